"""Settings shared by every environment. Environment-specific modules import from here."""

from pathlib import Path

from csp.constants import NONE, SELF

from .environment import (
    database_from_url,
    env,
    env_bool,
    env_int,
    env_list,
    load_dotenv,
)

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"
load_dotenv(BASE_DIR / ".env")

SECRET_KEY = env("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "lms",
    "curriculum",
    "cohorts",
    "certificates",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "lms.apps.UsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Pages reach phones compressed even without a compressing proxy (Django pads the
    # compressed body against BREACH); WhiteNoise serves static files precompressed.
    "django.middleware.gzip.GZipMiddleware",
    # Before WhiteNoise, so static files carry the pages' frame and content policies.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "lms.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "lms.middleware.UnusableValuesMiddleware",
    "lms.middleware.SiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "lms.middleware.AdminAccessMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "lms.context_processors.site",
            ],
        },
    },
]

# Widgets render through TEMPLATES, so templates/wagtailadmin/widgets/ can override
# Wagtail's (their inline scripts would break the Content-Security-Policy).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

DATABASES = {
    "default": database_from_url(env("DATABASE_URL", f"sqlite:///{VAR_DIR}/db.sqlite3"))
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def cache_key_prefix(database: dict) -> str:
    """Cache keys name the site's database: two sites sharing one Redis (a site and
    its staging copy) never read each other's pages, people or sessions."""
    return env("CACHE_KEY_PREFIX", f"lms:{Path(str(database['NAME'])).name}")


REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": cache_key_prefix(DATABASES["default"]),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Content shared by every reader (lesson bodies, outlines, the page at a path) is
# also kept in each process's memory, in front of the cache, up to this many bytes
# (lms.caching.shared).
SHARED_CACHE_PROCESS_BYTES = env_int("SHARED_CACHE_PROCESS_BYTES", 32 * 1024 * 1024)

# Sessions are read from the cache (Redis in production) and kept in the database.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Background work goes through the task API; production swaps in the database backend.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Accounts ---------------------------------------------------------------------------

AUTH_USER_MODEL = "lms.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "cohorts:learning"

ACCOUNT_ADAPTER = "lms.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "lms.forms.SignupForm"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# Counted in the default cache, which is Redis (shared by every worker) in production.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,6/15m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
# Rate limits count per client. Behind proxies (production), the client is the address
# the proxies add to X-Forwarded-For: set how many proxies sit in front, so one
# visitor's failures never lock out everyone else who shares the proxy's address.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
# One 30-second step either way (RFC 6238): a code typed as it changes, or a phone
# whose clock drifts a little, still works. A used code is still refused again.
MFA_TOTP_TOLERANCE = 1
MFA_TOTP_PERIOD = 30
# ...and a used code stays refused for as long as it could be accepted (lms.forms).
MFA_FORMS = {
    "authenticate": "lms.forms.MFAAuthenticateForm",
    "reauthenticate": "lms.forms.MFAReauthenticateForm",
}
MFA_TOTP_ISSUER = env("SITE_NAME", "Movement Learning Hub")

# Email --------------------------------------------------------------------------------

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "learning@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Languages ------------------------------------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("zh-hant", "繁體中文"),
    ("vi", "Tiếng Việt"),
    ("ko", "한국어"),
    ("tl", "Tagalog"),
    ("ar", "العربية"),
]
# The site's own catalogs first (they win), then allauth's strings in the languages
# allauth ships no catalog for (vi, tl), then the Django strings its forms show that
# Django does not translate in them (`manage.py allauth_messages` refreshes both).
LOCALE_PATHS = [
    BASE_DIR / "locale",
    BASE_DIR / "lms" / "locale_allauth",
    BASE_DIR / "lms" / "locale_django",
]
# Formats Django lacks (Tagalog) or leaves incomplete (Arabic date and time).
FORMAT_MODULE_PATH = ["lms.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "America/Los_Angeles"
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin in every site language; where Wagtail has no catalog of its own
# (Tagalog) its words stay English while the site's are translated.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Static and media -------------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
# Files only the site serves, after checking who asks (certificate PDFs): outside
# MEDIA_ROOT, so no web server or bucket policy can hand them out by address.
PRIVATE_MEDIA_ROOT = VAR_DIR / "private"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
FILE_UPLOAD_PERMISSIONS = 0o640

# Retention (`manage.py apply_retention`, daily): how long what is no longer needed is
# kept. Why someone asked to join, and why they were declined, once the application
# was declined or withdrawn:
RETENTION_APPLICATION_REASON_DAYS = env_int("RETENTION_APPLICATION_REASON_DAYS", 180)
# A private calendar address no calendar app has fetched for this long:
RETENTION_CALENDAR_UNUSED_DAYS = env_int("RETENTION_CALENDAR_UNUSED_DAYS", 90)
# An account whose email address was never confirmed (it cannot sign in):
RETENTION_UNVERIFIED_ACCOUNT_DAYS = env_int("RETENTION_UNVERIFIED_ACCOUNT_DAYS", 7)
# When someone signed in (no address, no device): shown to them in My data.
RETENTION_SIGN_IN_DAYS = env_int("RETENTION_SIGN_IN_DAYS", 90)
# A download of a person's data: the link, and the file, expire after this long.
DATA_EXPORT_DAYS = env_int("DATA_EXPORT_DAYS", 7)

# Wagtail ---------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = env("SITE_NAME", "Movement Learning Hub")
# Who issues certificates: printed on them, sent to LinkedIn, named in credentials.
CERTIFICATE_ISSUER_NAME = env("CERTIFICATE_ISSUER_NAME", WAGTAIL_SITE_NAME)
WAGTAILADMIN_BASE_URL = env("SITE_URL", "http://127.0.0.1:8000")
# The private Ed25519 keys that sign Open Badges credentials, newest first (a JSON
# list of JWKs; `manage.py rotate_credential_key` adds one). Made on first use when
# missing. Every app server must read the same file, and it must outlive deploys.
CREDENTIAL_SIGNING_KEYS_FILE = env(
    "CREDENTIAL_SIGNING_KEYS_FILE", str(VAR_DIR / "credential-keys.json")
)
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Avatars from Gravatar would send a hash of each person's email to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Far below Pillow's ~89 megapixel default (and applied to Pillow itself, lms.images):
# a phone photo is 12 megapixels, 48-50 in its largest mode.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "lms.images.ImageForm"
# Documents are served by Wagtail's view (never straight from storage), where the
# curriculum's access rule applies (curriculum.wagtail_hooks), always as a download.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_DOCUMENT_FORM_BASE = "lms.documents.DocumentForm"
DOCUMENTS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "docx",
    "xlsx",
    "pptx",
    "odt",
    "ods",
    "odp",
    "txt",
    "csv",
]
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Session places link to a map search; nothing loads from it until someone taps.
MAP_SEARCH_URL = env("MAP_SEARCH_URL", "https://www.openstreetmap.org/search?query=")

# Security -------------------------------------------------------------------------------

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact_secret_paths": {"()": "lms.log_filters.RedactSecretPaths"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
    "loggers": {
        "lms": {"level": "INFO"},
        # Request logs carry paths, some with a token or a code in them: those are
        # redacted, and the logs kept at errors (django.server: warnings) besides.
        "django.request": {"level": "ERROR", "filters": ["redact_secret_paths"]},
        "django.server": {"level": "WARNING", "filters": ["redact_secret_paths"]},
    },
}
