"""Cohort pages at scale: My learning, a lesson with progress, and the progress matrix
of a 500-person cohort over 60 lessons, on `seed_scale` data.

    make bench        (or: python -m benchmarks.cohort_pages)
"""

import os
import sys

from benchmarks.lesson_page import REQUESTS, ROOT, measure


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
    os.environ.setdefault(
        "BENCH_DATABASE_URL", f"sqlite:///{ROOT}/var/bench-scale.sqlite3"
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from curriculum.models import ProgramPage

    call_command("migrate", verbosity=0)
    if not ProgramPage.objects.filter(slug="scale-program").exists():
        call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
        call_command("seed_scale")


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
    rows = {
        "My learning (2 cohorts)": measure(participant, "/learning/"),
        "lesson page with progress": measure(participant, lesson.url),
        f"progress matrix ({big.seats_taken} people x 60 lessons)": measure(
            facilitator, f"/admin/cohorts/manage/{big.pk}/progress/"
        ),
    }
    data = (
        f"{User.objects.count()} users, {Cohort.objects.count()} cohorts, "
        f"{Enrollment.objects.count()} enrollments"
    )
    print(f"\nseed_scale data ({data}), {REQUESTS} requests each\n")
    print("| page | queries | median ms |")
    print("| --- | ---: | ---: |")
    for name, row in rows.items():
        print(f"| {name} | {row['queries']} | {row['median_ms']:.1f} |")


if __name__ == "__main__":
    main()
