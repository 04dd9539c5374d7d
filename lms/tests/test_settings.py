"""Settings: production refuses unsafe configuration, and every page carries security headers."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from lms.settings.environment import database_from_url

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "SECRET_KEY": "x" * 64 + "-production-test-key-0123456789",
    "ALLOWED_HOSTS": "learn.example.org",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "DATABASE_URL": "sqlite:///" + str(ROOT / "var" / "check.sqlite3"),
}


def manage(*args, env):
    # Browser tests relax async safety for themselves; a deployment never does.
    unset = {*PRODUCTION_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in unset}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_passes_the_deploy_checks():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


def test_deploy_check_flags_a_process_local_cache():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "REDIS_URL"}
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "lms.W001" in result.stderr + result.stdout


def test_production_uses_the_database_task_backend_and_shared_cache():
    code = (
        "from django.conf import settings as s;"
        "print(s.TASKS['default']['BACKEND']);print(s.CACHES['default']['BACKEND'])"
    )
    result = manage("shell", "--no-imports", "-c", code, env=PRODUCTION_ENV)
    assert result.stdout.split() == [
        "django_tasks_db.DatabaseBackend",
        "django.core.cache.backends.redis.RedisCache",
    ], result.stderr


def test_wagtail_update_check_is_off():
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False


def test_database_url_parsing():
    pg = database_from_url(
        "postgres://lms:p%40ss@db.internal:5433/learning?sslmode=require"
    )
    assert pg["ENGINE"] == "django.db.backends.postgresql"
    assert (pg["USER"], pg["PASSWORD"], pg["HOST"], pg["PORT"], pg["NAME"]) == (
        "lms",
        "p@ss",
        "db.internal",
        "5433",
        "learning",
    )
    assert pg["OPTIONS"] == {"sslmode": "require"}
    assert database_from_url("sqlite:////tmp/x.sqlite3")["NAME"] == "/tmp/x.sqlite3"
    with pytest.raises(Exception, match="Unsupported"):
        database_from_url("mysql://x/y")


@pytest.mark.django_db
def test_security_headers_on_pages(client):
    response = client.get("/accounts/login/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    # No third-party origins anywhere in the policy.
    assert "http" not in csp and "*" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_bad_host_header_is_rejected(client):
    response = client.get("/healthz/", HTTP_HOST="evil.example.com")
    assert response.status_code == 400


@pytest.mark.django_db
def test_session_cookie_is_http_only(client, participant):
    from lms.tests.factories import PASSWORD

    client.post("/accounts/login/", {"login": participant.email, "password": PASSWORD})
    assert client.cookies[settings.SESSION_COOKIE_NAME]["httponly"]


def test_two_sites_sharing_one_redis_keep_apart():
    """Cache keys name the database: a staging copy on the same Redis never reads the
    live site's pages, people or sessions."""
    env = {
        **PRODUCTION_ENV,
        "DATABASE_URL": "postgres://lms@127.0.0.1:5432/lms_staging",
    }
    script = "from django.conf import settings; print(settings.CACHES['default']['KEY_PREFIX'])"
    staging = manage("shell", "-c", script, env=env)
    assert staging.stdout.splitlines()[-1] == "lms:lms_staging", staging.stderr
    chosen = manage("shell", "-c", script, env={**env, "CACHE_KEY_PREFIX": "lms:live"})
    assert chosen.stdout.splitlines()[-1] == "lms:live", chosen.stderr
