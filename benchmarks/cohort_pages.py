"""Pages of a signed-in participant at scale (home, My learning, a program, a cohort, a
lesson with progress) and the progress matrix of a 500-person cohort over 60 lessons,
on `seed_scale` data, each beside the minimal Wagtail page in the same run.

    make bench        (or: python -m benchmarks.cohort_pages)
"""

import os
import sys

from benchmarks.lesson_page import REQUESTS, ROOT, ensure_floor, measure


def big_cohort_size() -> int:
    """BENCH_BIG_COHORT=2000 measures the matrix at another size (its own database)."""
    return int(os.environ.get("BENCH_BIG_COHORT", "500"))


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
    os.environ.setdefault(
        "BENCH_DATABASE_URL",
        f"sqlite:///{ROOT}/var/bench-scale-{big_cohort_size()}.sqlite3",
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from curriculum.models import ProgramPage

    call_command("migrate", verbosity=0)
    if not ProgramPage.objects.filter(slug="scale-program").exists():
        call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
        call_command("seed_scale", big_cohort=big_cohort_size())
    ensure_floor()
    analyze()


def analyze():
    """Fresh statistics, as autovacuum keeps them in production (PostgreSQL would
    otherwise plan for the empty tables it saw before seed_scale)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def main():
    setup()
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.db.models import Count
    from django.test import Client

    from cohorts.models import Cohort, Enrollment
    from curriculum.models import LessonPage
    from lms.models import User

    big = Cohort.objects.get(slug="scale-cohort-0")
    reader = (
        User.objects.filter(email__startswith="scale")
        .annotate(n=Count("enrollments"))
        .filter(n=2)
        .first()
    )
    lesson = (
        LessonPage.objects.live()
        .filter(slug="lesson-3-5", locale__language_code="en")
        .first()
    )
    admin = User.objects.get(email="admin@example.org")
    if not admin.authenticator_set.exists():
        TOTP.activate(admin, generate_totp_secret())

    participant, facilitator = Client(), Client()
    participant.force_login(reader)
    facilitator.force_login(admin)
    cohort = reader.enrollments.select_related("cohort__program").first().cohort
    rows = {
        "minimal Wagtail page": measure(participant, "/floor/"),
        "home page (continue, program cards)": measure(participant, "/"),
        "My learning (2 cohorts)": measure(participant, "/learning/"),
        "program page (how to join)": measure(participant, cohort.program.url),
        "cohort page (sessions, attendance)": measure(
            participant, cohort.get_absolute_url()
        ),
        "lesson page with progress": measure(participant, lesson.url),
        f"progress matrix ({big.seats_taken} people x 60 lessons)": measure(
            facilitator, f"/admin/cohorts/cohorts/manage/{big.pk}/progress/"
        ),
    }
    data = (
        f"{User.objects.count()} users, {Cohort.objects.count()} cohorts, "
        f"{Enrollment.objects.count()} enrollments"
    )
    print(f"\nseed_scale data ({data}), {REQUESTS} requests each, {vendor()}\n")
    print("| page | queries | median ms | x minimal Wagtail page |")
    print("| --- | ---: | ---: | ---: |")
    floor = rows["minimal Wagtail page"]["median_ms"]
    for name, row in rows.items():
        ms = row["median_ms"]
        print(f"| {name} | {row['queries']} | {ms:.1f} | {ms / floor:.2f} |")


def vendor():
    from django.db import connection

    return connection.vendor


if __name__ == "__main__":
    main()
