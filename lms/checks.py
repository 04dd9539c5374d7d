"""Deployment checks: `manage.py check --deploy --fail-level WARNING` must pass."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

PROCESS_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@register(Tags.security, deploy=True)
def check_shared_cache(app_configs, **kwargs):
    """Login rate limits are counted in the cache; each worker must see the same counts."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend in PROCESS_LOCAL_CACHES:
        return [
            Warning(
                "The default cache is local to one process, so login rate limits "
                "are not shared between workers.",
                hint="Set REDIS_URL.",
                id="lms.W001",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def check_task_backend(app_configs, **kwargs):
    """Immediate tasks would run email and PDF work inside web requests."""
    backend = settings.TASKS["default"]["BACKEND"]
    if backend.endswith("ImmediateBackend"):
        return [
            Warning(
                "Background tasks run inside web requests.",
                hint="Use django_tasks_db.DatabaseBackend and run `manage.py db_worker`.",
                id="lms.W002",
            )
        ]
    return []
