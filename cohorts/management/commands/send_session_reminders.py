"""Run daily from cron (e.g. 09:00 Pacific): `manage.py send_session_reminders`."""

from django.core.management.base import BaseCommand

from cohorts import services


class Command(BaseCommand):
    help = "Email participants about the sessions that take place tomorrow (once per session)."

    def handle(self, *args, **options):
        count = services.session_reminders_send()
        self.stdout.write(f"Reminders sent for {count} session(s).")
