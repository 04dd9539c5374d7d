"""A partner organization of 1,000 members (four in five share their training) with
5,000 enrollments over 20 cohorts, past and running: the dashboard's queries and
median server time, a filtered view, and the export of all of it as CSV and Excel,
beside the minimal Wagtail page in the same run. In process, through the test client.

    python -m benchmarks.partner_dashboard                                    SQLite
    BENCH_DATABASE_URL=postgres://... REDIS_URL=redis://... python -m benchmarks.partner_dashboard
"""

import datetime
import os
import statistics
import sys
import time

from benchmarks.lesson_page import ROOT, ensure_floor

MEMBERS = 1000
COHORTS = 20
ENROLLMENTS_EACH = 5
ROUNDS = 15
EXPORT_ROUNDS = 5
SLUG = "bench-partner"


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
    os.environ.setdefault(
        "BENCH_DATABASE_URL", f"sqlite:///{ROOT}/var/bench-partners.sqlite3"
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from lms.models import Organization

    call_command("migrate", verbosity=0)
    if not Organization.objects.filter(slug=SLUG).exists():
        if not Organization.objects.exists():
            call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
        seed_organization()
    ensure_floor()
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def seed_organization():
    """Bulk inserts: data for measuring, not a story."""
    from django.utils import timezone

    from certificates.models import Certificate
    from cohorts.models import (
        Attendance,
        AttendanceStatus,
        Cohort,
        CohortStatus,
        Enrollment,
        EnrollmentMode,
        EnrollmentStatus,
        LessonCompletion,
        Session,
    )
    from curriculum.models import ProgramPage
    from curriculum.selectors import program_outline
    from lms.models import Membership, MembershipRole, Organization, Region, User
    from lms.permissions import PARTNER_MANAGERS, ensure_role_groups

    program = ProgramPage.objects.get(slug="boot-camp", locale__language_code="en")
    lessons = [lesson.translation_key for lesson in program_outline(program).lessons]
    today = timezone.localdate()
    organization = Organization.objects.create(
        name="Benchmark Partner", slug=SLUG, region=Region.NORTHERN
    )
    manager = User.objects.create_user(
        email="bench-partner-manager@example.org",
        password="bench-only",  # noqa: S106
        display_name="Benchmark Manager",
    )
    manager.groups.add(ensure_role_groups()[PARTNER_MANAGERS])
    Membership.objects.create(
        user=manager, organization=organization, role=MembershipRole.MANAGER
    )
    cohorts = [
        Cohort.objects.create(
            program=program,
            title=f"Benchmark cohort {n:02}",
            slug=f"bench-partner-cohort-{n:02}",
            region=Region.NORTHERN,
            starts_on=today - datetime.timedelta(days=60 * n + 30),
            ends_on=today - datetime.timedelta(days=60 * n - 30),
            capacity=MEMBERS,
            enrollment_mode=EnrollmentMode.OPEN,
            status=CohortStatus.PUBLISHED,
        )
        for n in range(COHORTS)
    ]
    sessions = Session.objects.bulk_create(
        Session(
            cohort=cohort,
            title=f"Session {n}",
            starts_at=timezone.now() - datetime.timedelta(days=60 * i + n),
            ends_at=timezone.now() - datetime.timedelta(days=60 * i + n, hours=-2),
        )
        for i, cohort in enumerate(cohorts)
        for n in range(6)
    )
    users = User.objects.bulk_create(
        User(email=f"bench-member{n:04}@example.org", display_name=f"Member {n:04}")
        for n in range(MEMBERS)
    )
    Membership.objects.bulk_create(
        Membership(user=user, organization=organization, shares_progress=n % 5 != 0)
        for n, user in enumerate(users)
    )
    enrollments = Enrollment.objects.bulk_create(
        Enrollment(
            user=user,
            cohort=cohorts[(n + k * 3) % COHORTS],
            status=EnrollmentStatus.COMPLETED if k % 2 else EnrollmentStatus.ENROLLED,
        )
        for n, user in enumerate(users)
        for k in range(ENROLLMENTS_EACH)
    )
    LessonCompletion.objects.bulk_create(
        LessonCompletion(enrollment=e, lesson_key=lessons[(e.pk + k) % len(lessons)])
        for e in enrollments
        for k in range(3)
    )
    by_cohort = {}
    for session in sessions:
        by_cohort.setdefault(session.cohort_id, []).append(session)
    Attendance.objects.bulk_create(
        Attendance(enrollment=e, session=s, status=AttendanceStatus.PRESENT)
        for e in enrollments
        for s in by_cohort[e.cohort_id][:4]
    )
    Certificate.objects.bulk_create(
        Certificate(
            enrollment=e,
            name_printed=e.user.display_name,
            program_title=program.title,
            cohort_title=e.cohort.title,
            cohort_starts_on=e.cohort.starts_on,
            cohort_ends_on=e.cohort.ends_on,
            issued_at=timezone.now(),
            language="en",
        )
        for e in enrollments
        if e.status == EnrollmentStatus.COMPLETED
    )


def timed(fn, rounds) -> float:
    fn()  # warm
    fn()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def fetch(client, url) -> bytes:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def queries(client, url) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        fetch(client, url)
    return len(captured)


def main():
    setup()
    from django.db import connection
    from django.test import Client

    from cohorts.models import Enrollment
    from lms.models import Membership, User

    manager = Client()
    manager.force_login(User.objects.get(email="bench-partner-manager@example.org"))
    year = Enrollment.objects.filter(user__email__startswith="bench-member").first()
    base = f"/partners/{SLUG}/"
    pages = {
        "minimal Wagtail page": ("/floor/", ROUNDS),
        "dashboard, first page of 50": (base, ROUNDS),
        "dashboard, one year, sorted by progress": (
            f"{base}?year={year.cohort.starts_on.year}&sort=-progress",
            ROUNDS,
        ),
        "CSV export of every row": (f"{base}export.csv", EXPORT_ROUNDS),
        "Excel export of every row": (f"{base}export.xlsx", EXPORT_ROUNDS),
    }
    members = Membership.objects.filter(organization__slug=SLUG).count()
    enrollments = Enrollment.objects.filter(user__email__startswith="bench-member")
    print(
        f"\nPartner dashboard: {members} members, {enrollments.count()} enrollments "
        f"in {COHORTS} cohorts, {connection.vendor}\n"
    )
    print("| page | queries | median ms | x minimal Wagtail page | size KB |")
    print("| --- | ---: | ---: | ---: | ---: |")
    floor = None
    for name, (url, rounds) in pages.items():
        ms = timed(lambda url=url: fetch(manager, url), rounds)
        floor = floor or ms
        size = len(fetch(manager, url)) / 1024
        print(
            f"| {name} | {queries(manager, url)} | {ms:.0f} | {ms / floor:.1f} "
            f"| {size:.0f} |"
        )


if __name__ == "__main__":
    main()
