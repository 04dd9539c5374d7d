"""Cron, daily: delete or empty what the site no longer needs to keep (periods in
settings, `RETENTION_*`). Check-in codes need nothing here: each is signed with its
time and refused after CHECK_IN_MAX_AGE."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from cohorts.services import application_reasons_clear, calendar_feeds_expire
from lms.services import (
    data_exports_expire,
    sign_ins_expire,
    unverified_accounts_delete,
)


class Command(BaseCommand):
    help = (
        "Clear old application reasons, unused calendar addresses, unconfirmed "
        "accounts, old sign-ins and expired data downloads."
    )

    def handle(self, *args, **options):
        reasons = application_reasons_clear()
        feeds = calendar_feeds_expire()
        accounts = unverified_accounts_delete()
        sign_ins = sign_ins_expire()
        exports = data_exports_expire()
        # Expired sessions hold an account's number until deleted.
        call_command("clearsessions")
        self.stdout.write(
            f"Cleared the reasons of {reasons} declined or withdrawn applications, "
            f"deleted {feeds} unused calendar addresses, {accounts} accounts "
            f"never confirmed, {sign_ins} old sign-ins, {exports} expired data "
            "downloads and every expired session."
        )
