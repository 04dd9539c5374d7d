"""Reports every cohort whose seat counter disagrees with its enrollments (exit 1 if
any), and with --fix sets it right and gives free seats to the waitlist."""

from django.core.management.base import BaseCommand, CommandError

from cohorts import selectors, services


class Command(BaseCommand):
    help = "Check (and with --fix, repair) every cohort's seat counter."

    def add_arguments(self, parser):
        parser.add_argument(
            "--fix", action="store_true", help="Recount and fill from the waitlist."
        )

    def handle(self, *args, fix=False, **options):
        drifted = list(selectors.cohorts_with_drifted_seats())
        for cohort in drifted:
            self.stdout.write(
                f"{cohort.slug}: counter {cohort.seats_taken}, "
                f"{cohort.held} enrollments hold a seat"
            )
        if fix:
            services.seat_counters_reconcile()
            self.stdout.write(f"Reconciled {len(drifted)} cohort(s).")
        elif drifted:
            raise CommandError(f"{len(drifted)} cohort(s) have a wrong seat counter.")
        else:
            self.stdout.write("Every seat counter agrees with its enrollments.")
