"""The test settings with tasks in the database: for a real `db_worker` process that
a test starts against the test database (DATABASE_URL names it)."""

from lms.settings.test import *  # noqa: F403

TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
}
