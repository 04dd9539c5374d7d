"""Test runs: fast hashing, process-local cache, immediate tasks, mail kept in memory."""

import os
from urllib.parse import urlsplit, urlunsplit

from .base import *

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# With REDIS_URL (as CI's PostgreSQL run has it) the cache is Redis, as in production;
# each pytest-xdist worker gets a database of its own, since tests clear the cache.
if REDIS_URL:
    _worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": urlunsplit(
                urlsplit(REDIS_URL)._replace(path=f"/{1 + _worker}")
            ),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = VAR_DIR / "test-media"
PRIVATE_MEDIA_ROOT = VAR_DIR / "test-private"
STORAGES = {
    **STORAGES,
    "private": {**STORAGES["private"], "OPTIONS": {"location": PRIVATE_MEDIA_ROOT}},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Never the development site's signing keys (tests that sign use a tmp file).
CREDENTIAL_SIGNING_KEYS_FILE = str(VAR_DIR / "test-credential-keys.json")
# Serve static files straight from the app folders, without collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# A file, not shared memory, for SQLite test databases: concurrent writers then queue
# for the lock (the concurrency tests use threads) instead of failing at once.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}
