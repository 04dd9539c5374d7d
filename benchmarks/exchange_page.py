"""A cohort's exchange with 2,000 reflections and 6,000 responses, and a lesson page
with its reflection form, as a participant of that cohort: queries, median server
time, and the ratio to the minimal Wagtail page measured in the same run (Django's
test client, in process).

    python -m benchmarks.exchange_page                      SQLite, local memory
    BENCH_DATABASE_URL=postgres://... REDIS_URL=redis://... python -m benchmarks.exchange_page
"""

import os
import sys

from benchmarks.lesson_page import REQUESTS, ROOT, ensure_floor, measure

REFLECTIONS = 2000
RESPONSES_EACH = 3


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
    os.environ.setdefault(
        "BENCH_DATABASE_URL", f"sqlite:///{ROOT}/var/bench-exchange.sqlite3"
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command

    from cohorts.models import Cohort

    call_command("migrate", verbosity=0)
    if not Cohort.objects.filter(slug="bench-exchange").exists():
        if not Cohort.objects.filter(slug="norcal-boot-camp").exists():
            call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
        seed_exchange()
    ensure_floor()
    from benchmarks.cohort_pages import analyze

    analyze()
    cache.clear()


def seed_exchange():
    """A running boot camp cohort whose participants answered every prompt, with
    responses from their peers (bulk inserts: data for measuring, not a demo)."""
    import datetime

    from django.utils import timezone
    from django.utils.translation import override

    from cohorts.models import (
        Cohort,
        CohortStatus,
        Enrollment,
        EnrollmentStatus,
        Reflection,
        Response,
    )
    from curriculum.models import ProgramPage
    from curriculum.selectors import lesson_prompts, program_outline
    from lms.models import Region, User

    program = ProgramPage.objects.get(slug="boot-camp", locale__language_code="en")
    with override("en"):
        lessons = [x.specific for x in program_outline(program).lessons]
    prompts = [(x.translation_key, p) for x in lessons for p in lesson_prompts(x)]
    people = -(-REFLECTIONS // len(prompts))  # enough people to write them all
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        program=program,
        title="Exchange benchmark cohort",
        slug="bench-exchange",
        region=Region.NORTHERN,
        starts_on=today - datetime.timedelta(days=30),
        ends_on=today + datetime.timedelta(days=30),
        capacity=people,
        seats_taken=people,
        status=CohortStatus.PUBLISHED,
    )
    users = User.objects.bulk_create(
        User(email=f"exchange{n:04}@example.org", display_name=f"Writer {n}")
        for n in range(people)
    )
    enrollments = Enrollment.objects.bulk_create(
        Enrollment(user=user, cohort=cohort, status=EnrollmentStatus.ENROLLED)
        for user in users
    )
    reflections = Reflection.objects.bulk_create(
        Reflection(
            enrollment=enrollment,
            lesson_key=key,
            prompt_id=prompt,
            text=f"What I learned, by {enrollment.user.display_name}. " * 6,
        )
        for enrollment in enrollments
        for key, prompt in prompts
    )[:REFLECTIONS]
    Reflection.objects.filter(enrollment__cohort=cohort).exclude(
        pk__in=[r.pk for r in reflections]
    ).delete()
    Response.objects.bulk_create(
        Response(reflection=reflection, author=users[(i + n + 1) % people], text="Yes!")
        for i, reflection in enumerate(reflections)
        for n in range(RESPONSES_EACH)
    )


def main():
    setup()
    from django.test import Client

    from cohorts.models import Cohort, Reflection, Response
    from curriculum.models import LessonPage

    cohort = Cohort.objects.get(slug="bench-exchange")
    enrollment = cohort.enrollments.select_related("user").order_by("pk").last()
    answered = set(enrollment.reflections.values_list("lesson_key", flat=True))
    lessons = LessonPage.objects.live().filter(
        locale__language_code="en", url_path__contains="/boot-camp/", is_preview=False
    )
    unanswered = next(x for x in lessons if x.translation_key not in answered)
    with_answer = next(x for x in lessons if x.translation_key in answered)
    client = Client()
    client.force_login(enrollment.user)
    exchange = f"/cohorts/{cohort.slug}/exchange/"
    rows = {
        "minimal Wagtail page": measure(client, "/floor/"),
        "exchange, newest first (10 a page, with responses)": measure(client, exchange),
        "exchange, by lesson": measure(client, exchange + "?order=lessons"),
        "exchange, page 50": measure(client, exchange + "?page=50"),
        "lesson with progress and its reflection form": measure(client, unanswered.url),
        "lesson with progress and the reader's reflection": measure(
            client, with_answer.url
        ),
    }
    counts = (
        f"{Reflection.objects.filter(enrollment__cohort=cohort).count()} reflections, "
        f"{Response.objects.filter(reflection__enrollment__cohort=cohort).count()} "
        "responses"
    )
    print(
        f"\nExchange benchmark ({counts}), {REQUESTS} requests each, {setup_name()}\n"
    )
    print("| page | queries | cache round trips | median ms | x minimal Wagtail page |")
    print("| --- | ---: | ---: | ---: | ---: |")
    floor = rows["minimal Wagtail page"]["median_ms"]
    for name, row in rows.items():
        ms = row["median_ms"]
        print(
            f"| {name} | {row['queries']} | {row['cache']} | {ms:.1f} | {ms / floor:.2f} |"
        )


def setup_name():
    from benchmarks.lesson_page import setup_name as name

    return name()


if __name__ == "__main__":
    main()
