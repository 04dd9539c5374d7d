"""The benchmark settings for a `db_worker` process: tasks from the database, and
emails dropped (the worker's memory is measured, not a growing outbox)."""

from benchmarks.settings import *  # noqa: F403

TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
}
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
