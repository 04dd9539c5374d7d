"""Cron, daily or hourly: email the people who asked to hear when a cohort of a
program opens for enrollment."""

from django.core.management.base import BaseCommand

from cohorts.services import opening_notices_send


class Command(BaseCommand):
    help = "Email everyone waiting for a cohort of a program to open, once each."

    def handle(self, *args, **options):
        told = opening_notices_send()
        self.stdout.write(f"Told {told} people about cohorts open for enrollment.")
