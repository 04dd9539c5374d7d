"""A person with two years of taking part: 10 enrollments, 200 reflections (150 of
them answered), 150 responses, 500 attendance marks, every lesson finished in each
cohort, 200 appreciations, 5 certificates and 90 sign-ins. My data (queries, median time), building the ZIP, and
deleting the account while keeping the writing, beside the minimal Wagtail page in
the same run. In process, through the test client.

    python -m benchmarks.my_data                                                SQLite
    BENCH_DATABASE_URL=postgres://... REDIS_URL=redis://... python -m benchmarks.my_data
"""

import datetime
import os
import secrets
import statistics
import sys
import time

from benchmarks.lesson_page import ROOT, ensure_floor
from benchmarks.partner_dashboard import fetch, queries, timed

ROUNDS = 15
ZIP_ROUNDS = 7
DELETE_ROUNDS = 5
EMAIL = "bench-my-data-{n}@example.org"


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
    os.environ.setdefault(
        "BENCH_DATABASE_URL", f"sqlite:///{ROOT}/var/bench-my-data.sqlite3"
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from lms.models import Organization

    call_command("migrate", verbosity=0)
    if not Organization.objects.exists():
        call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    ensure_floor()


def seed_person(n):
    """Bulk inserts: data for measuring, not a story. Each person has cohorts of
    their own, shared with one peer who answers them."""
    from django.utils import timezone

    from certificates.models import Certificate
    from cohorts.models import (
        Appreciation,
        Attendance,
        AttendanceStatus,
        Cohort,
        CohortStatus,
        Enrollment,
        EnrollmentMode,
        EnrollmentStatus,
        LessonCompletion,
        Reflection,
        Response,
        Session,
    )
    from curriculum.models import ProgramPage
    from curriculum.selectors import program_outline
    from lms.models import Region, SignIn, User

    program = ProgramPage.objects.get(slug="boot-camp", locale__language_code="en")
    lessons = [lesson.translation_key for lesson in program_outline(program).lessons]
    today = timezone.localdate()
    person = User.objects.create_user(
        email=EMAIL.format(n=n),
        password="bench-only",  # noqa: S106
        display_name=f"Person {n}",
    )
    peer = User.objects.create_user(
        email=f"bench-my-data-peer-{n}@example.org", display_name=f"Peer {n}"
    )
    cohorts = [
        Cohort.objects.create(
            program=program,
            title=f"My data cohort {n}-{k}",
            slug=f"bench-my-data-{n}-{k}",
            region=Region.NORTHERN,
            starts_on=today - datetime.timedelta(days=70 * k + 30),
            ends_on=today - datetime.timedelta(days=70 * k - 30),
            capacity=50,
            enrollment_mode=EnrollmentMode.OPEN,
            status=CohortStatus.PUBLISHED,
        )
        for k in range(10)
    ]
    mine = Enrollment.objects.bulk_create(
        Enrollment(user=person, cohort=c, status=EnrollmentStatus.COMPLETED)
        for c in cohorts
    )
    theirs = Enrollment.objects.bulk_create(
        Enrollment(user=peer, cohort=c, status=EnrollmentStatus.ENROLLED)
        for c in cohorts
    )
    reflections = Reflection.objects.bulk_create(
        Reflection(
            enrollment=e,
            lesson_key=lessons[k % len(lessons)],
            prompt_id=f"prompt-{k}",
            text="What we learned at the door tonight. " * 8,
        )
        for e in mine
        for k in range(20)
    )
    peer_reflections = Reflection.objects.bulk_create(
        Reflection(
            enrollment=e,
            lesson_key=lessons[0],
            prompt_id=f"prompt-{k}",
            text="A peer's reflection.",
        )
        for e in theirs
        for k in range(20)
    )
    Response.objects.bulk_create(
        Response(reflection=r, author=person, text="Thank you for this.")
        for r in peer_reflections[:150]
    )
    Response.objects.bulk_create(
        Response(reflection=r, author=peer, text="Same here.")
        for r in reflections[:150]
    )
    Appreciation.objects.bulk_create(
        Appreciation(reflection=r, user=person) for r in peer_reflections
    )
    sessions = Session.objects.bulk_create(
        Session(
            cohort=c,
            title=f"Session {k}",
            starts_at=timezone.now() - datetime.timedelta(days=70 * i + k),
            ends_at=timezone.now() - datetime.timedelta(days=70 * i + k, hours=-2),
        )
        for i, c in enumerate(cohorts)
        for k in range(50)
    )
    by_cohort = {e.cohort_id: e for e in mine}
    Attendance.objects.bulk_create(
        Attendance(
            enrollment=by_cohort[s.cohort_id],
            session=s,
            status=AttendanceStatus.PRESENT,
        )
        for s in sessions
    )
    LessonCompletion.objects.bulk_create(
        LessonCompletion(enrollment=e, lesson_key=key)
        for e in mine
        for key in lessons[:30]
    )
    Certificate.objects.bulk_create(
        Certificate(
            enrollment=e,
            name_printed=person.display_name,
            program_title=program.title,
            cohort_title=e.cohort.title,
            cohort_starts_on=e.cohort.starts_on,
            cohort_ends_on=e.cohort.ends_on,
            issued_at=timezone.now(),
        )
        for e in mine[:5]
    )
    SignIn.objects.bulk_create(
        SignIn(user=person, signed_in_at=timezone.now() - datetime.timedelta(days=d))
        for d in range(90)
    )
    return person


def person(n):
    from lms.models import User

    return User.objects.filter(email=EMAIL.format(n=n)).first() or seed_person(n)


def counted(user) -> str:
    from cohorts.models import Attendance, LessonCompletion, Reflection, Response

    return (
        f"{Reflection.objects.filter(enrollment__user=user).count()} reflections, "
        f"{Response.objects.filter(author=user).count()} responses, "
        f"{Attendance.objects.filter(enrollment__user=user).count()} attendance marks, "
        f"{LessonCompletion.objects.filter(enrollment__user=user).count()} lessons"
    )


def deletion_ms() -> float:
    """Median of deleting a freshly seeded person (seeding untimed)."""
    from lms.services import account_delete

    samples = []
    for _ in range(DELETE_ROUNDS):
        someone = seed_person(secrets.token_hex(4))
        start = time.perf_counter()
        account_delete(user=someone, keep_writing=True)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main():
    setup()
    from django.db import connection
    from django.test import Client

    from lms.personal_data import as_zip

    reader = person(0)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    client = Client()
    client.force_login(reader)
    print(f"\nMy data: one person with {counted(reader)}, {connection.vendor}\n")
    print("| what | queries | median ms | x minimal Wagtail page | size KB |")
    print("| --- | ---: | ---: | ---: | ---: |")
    floor = timed(lambda: fetch(client, "/floor/"), ROUNDS)
    print(
        f"| minimal Wagtail page | {queries(client, '/floor/')} | {floor:.0f} | 1.0 "
        f"| {len(fetch(client, '/floor/')) / 1024:.0f} |"
    )
    page = timed(lambda: fetch(client, "/profile/data/"), ROUNDS)
    print(
        f"| My data page | {queries(client, '/profile/data/')} | {page:.0f} "
        f"| {page / floor:.0f} | {len(fetch(client, '/profile/data/')) / 1024:.0f} |"
    )
    archive = timed(lambda: as_zip(reader), ZIP_ROUNDS)
    print(
        f"| the ZIP (JSON + HTML), made by the task | – | {archive:.0f} "
        f"| {archive / floor:.0f} | {len(as_zip(reader)) / 1024:.0f} |"
    )
    deleting = deletion_ms()
    print(
        f"| deleting the account, keeping the writing | – | {deleting:.0f} "
        f"| {deleting / floor:.0f} | – |"
    )


if __name__ == "__main__":
    main()
