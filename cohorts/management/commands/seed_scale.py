"""Data at the scale of a busy year, for benchmarks: `manage.py seed_scale`.

Defaults: 200 organizations, 5,000 participants, 30 cohorts (one of 500 people), a
60-lesson program, 150,000 lesson completions. Rows are bulk-inserted for speed (this
is test data, not a user path); seat counters are set to match. Run on an empty or
benchmark database: it refuses to run twice.
"""

import datetime
import itertools

from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from cohorts.models import (
    Cohort,
    CohortStatus,
    Enrollment,
    EnrollmentMode,
    EnrollmentStatus,
    LessonCompletion,
    Session,
)
from curriculum.demo import child_page
from curriculum.models import LessonPage, ModulePage, ProgramIndexPage, ProgramPage
from lms.models import HomePage, Membership, Organization, Region, User

SCALE_SLUG = "scale-program"
PASSWORD = "scale-benchmark-password"  # noqa: S105 - benchmark accounts only


class Command(BaseCommand):
    help = "Insert benchmark-scale data (participants, cohorts, completions)."

    def add_arguments(self, parser):
        parser.add_argument("--participants", type=int, default=5000)
        parser.add_argument("--organizations", type=int, default=200)
        parser.add_argument("--cohorts", type=int, default=30)
        parser.add_argument("--big-cohort", type=int, default=500)
        parser.add_argument("--completions", type=int, default=150_000)

    @transaction.atomic
    def handle(self, *args, **options):
        if ProgramPage.objects.filter(slug=SCALE_SLUG).exists():
            raise CommandError("Scale data is already here.")
        lessons = self.program_with_lessons(modules=6, per_module=10)
        organizations = self.organizations(options["organizations"])
        people = self.participants(options["participants"], organizations)
        cohorts = self.cohorts(lessons[0], options["cohorts"], options["big_cohort"])
        enrollments = self.enroll(people, cohorts, options["big_cohort"])
        count = self.completions(enrollments, lessons, options["completions"])
        self.stdout.write(
            f"Scale data: {len(organizations)} organizations, {len(people)} participants, "
            f"{len(cohorts)} cohorts, {len(enrollments)} enrollments, {count} completions, "
            f"{len(lessons)} lessons."
        )

    def program_with_lessons(self, *, modules, per_module):
        home = HomePage.objects.get(slug="home")
        catalog = ProgramIndexPage.objects.child_of(home).first() or child_page(
            home, ProgramIndexPage, slug="programs", title="Programs"
        )
        program = child_page(
            catalog,
            ProgramPage,
            slug=SCALE_SLUG,
            title="Scale Program",
            summary="Benchmark program.",
        )
        body = [("text", "<p>" + "Organizing is relationships. " * 40 + "</p>")]
        for m in range(1, modules + 1):
            module = child_page(
                program, ModulePage, slug=f"module-{m}", title=f"Module {m}"
            )
            for n in range(1, per_module + 1):
                child_page(
                    module,
                    LessonPage,
                    slug=f"lesson-{m}-{n}",
                    title=f"Lesson {m}.{n}",
                    body=body,
                )
        return list(LessonPage.objects.descendant_of(program).order_by("path"))

    def organizations(self, count):
        Organization.objects.bulk_create(
            Organization(
                name=f"Scale Organization {i}",
                slug=f"scale-organization-{i}",
                region=Region.STATEWIDE,
            )
            for i in range(count)
        )
        return list(Organization.objects.filter(slug__startswith="scale-organization-"))

    def participants(self, count, organizations):
        password = make_password(PASSWORD)
        User.objects.bulk_create(
            (
                User(
                    email=f"scale{i}@example.org",
                    display_name=f"Participant {i}",
                    password=password,
                )
                for i in range(count)
            ),
            batch_size=1000,
        )
        people = list(User.objects.filter(email__startswith="scale").order_by("pk"))
        Membership.objects.bulk_create(
            (
                Membership(
                    user=person, organization=organization, shares_progress=i % 2 == 0
                )
                for i, (person, organization) in enumerate(
                    zip(people, itertools.cycle(organizations))
                )
            ),
            batch_size=1000,
        )
        return people

    def cohorts(self, lesson, count, big):
        program = ProgramPage.objects.ancestor_of(lesson).get()
        start = timezone.localdate()
        cohorts = Cohort.objects.bulk_create(
            Cohort(
                program=program,
                title=f"Scale Cohort {i}",
                slug=f"scale-cohort-{i}",
                region=Region.STATEWIDE,
                starts_on=start,
                ends_on=start + datetime.timedelta(days=90),
                capacity=big if i == 0 else 250,
                enrollment_mode=EnrollmentMode.OPEN,
                status=CohortStatus.PUBLISHED,
            )
            for i in range(count)
        )
        now = timezone.now()
        Session.objects.bulk_create(
            Session(
                cohort=cohort,
                title=f"Session {s}",
                starts_at=now + datetime.timedelta(days=7 * s),
                ends_at=now + datetime.timedelta(days=7 * s, hours=2),
            )
            for cohort in cohorts
            for s in range(1, 7)
        )
        return cohorts

    def enroll(self, people, cohorts, big):
        """The first `big` people fill the big cohort; the rest spread over the others,
        some of them in two cohorts."""
        pairs = [(person, cohorts[0]) for person in people[:big]]
        others = itertools.cycle(cohorts[1:])
        for person in people[big:]:
            pairs.append((person, next(others)))
        for person in people[big : big + 500]:
            pairs.append((person, next(others)))
        now = timezone.now()
        enrollments = Enrollment.objects.bulk_create(
            (
                Enrollment(
                    user=p,
                    cohort=c,
                    status=EnrollmentStatus.ENROLLED,
                    status_changed_at=now,
                )
                for p, c in pairs
            ),
            batch_size=2000,
        )
        for cohort in cohorts:
            cohort.seats_taken = sum(1 for _p, c in pairs if c.pk == cohort.pk)
            cohort.capacity = max(cohort.capacity, cohort.seats_taken)
        Cohort.objects.bulk_update(cohorts, ["seats_taken", "capacity"])
        return enrollments

    def completions(self, enrollments, lessons, total):
        keys = [lesson.translation_key for lesson in lessons]
        per_person = max(1, min(len(keys), total // len(enrollments)))
        rows = (
            LessonCompletion(enrollment=enrollment, lesson_key=key)
            for enrollment in enrollments
            for key in keys[
                : per_person + (enrollment.pk % 7) - 3 if per_person > 3 else per_person
            ]
        )
        created = 0
        for batch in _batches(rows, 5000):
            LessonCompletion.objects.bulk_create(batch)
            created += len(batch)
        return created


def _batches(iterable, size):
    iterator = iter(iterable)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
