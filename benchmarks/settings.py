"""Benchmarks run like production (DEBUG off, templates cached) on their own database."""

from lms.settings.base import *  # noqa: F403
from lms.settings.environment import database_from_url, env

DEBUG = False
SECRET_KEY = "benchmark-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1"]
ROOT_URLCONF = "benchmarks.urls"
DATABASES = {
    "default": database_from_url(
        env("BENCH_DATABASE_URL", f"sqlite:///{VAR_DIR}/bench.sqlite3")
    )
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
if REDIS_URL:  # the production set-up: base's Redis cache, keys named for this database
    CACHES["default"]["KEY_PREFIX"] = cache_key_prefix(DATABASES["default"])
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
