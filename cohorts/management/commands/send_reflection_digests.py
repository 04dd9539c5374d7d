"""Cron, once a day: one email per person with the responses and announcements
waiting for them (those who chose "in one email a day"), sent through the task
backend in each person's language."""

from django.core.management.base import BaseCommand

from cohorts import notifications, tasks


class Command(BaseCommand):
    help = "Queue today's email for everyone with responses or announcements waiting."

    def handle(self, *args, **options):
        people = list(notifications.people_with_digests())
        for user_id in people:
            tasks.digest_send.enqueue(user_id=user_id)
        self.stdout.write(f"Queued the daily email of {len(people)} people.")
