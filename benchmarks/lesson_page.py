"""Lesson page benchmark: queries, cache round trips, median server time and page
weight for an enrolled participant, warm and on the first view after a publish,
beside two floors (a trivial Django view, a minimal Wagtail page). In process, through
the Django test client.

    make bench        (or: python -m benchmarks.lesson_page)
    BENCH_DATABASE_URL=postgres://... REDIS_URL=redis://... python -m benchmarks.lesson_page
"""

import gzip
import os
import re
import statistics
import sys
import time
from pathlib import Path

REQUESTS = 50
ROOT = Path(__file__).resolve().parents[1]


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def build_site():
    """A fresh database with the demo curriculum and a minimal Wagtail page."""
    from django.core.cache import cache
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    ensure_floor()
    cache.clear()  # every run starts from what the fresh data says


def ensure_floor():
    """The minimal Wagtail page every page is measured beside, at /floor/."""
    from wagtail.models import Page

    from lms.models import HomePage

    home = HomePage.objects.get(slug="home")
    if not Page.objects.filter(slug="floor").exists():
        home.add_child(
            instance=Page(title="Floor", slug="floor")
        ).save_revision().publish()


def measure(client, url, before_each=None):
    """Median ms of REQUESTS requests; `before_each` runs (untimed) before each one."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from lms.tests.cache_round_trips import cache_round_trips

    for _ in range(5):  # warm caches, as every reader after the first finds them
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    if before_each:
        before_each()
    with CaptureQueriesContext(connection) as queries, cache_round_trips() as calls:
        response = client.get(url)
    query_count = len(queries.captured_queries)  # read now: each request clears the log
    timings = []
    for _ in range(REQUESTS):
        if before_each:
            before_each()
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    return {
        "queries": query_count,
        "cache": len(calls),
        "median_ms": statistics.median(timings),
        "html": response.content,
    }


def publish_elsewhere():
    """What a publish does to every cached page: the pages version moves (as a
    process that publishes would move it), and this process's memory of shared
    values is no use any more."""
    from django.core.cache import cache

    from lms.caching import forget_process_memory
    from lms.pages import PAGES_VERSION

    cache.incr(PAGES_VERSION)
    forget_process_memory()


def page_weight(html: bytes) -> tuple[int, list[str]]:
    """gzip bytes of the HTML plus its same-origin CSS and JS; other hosts it refers to."""
    from django.contrib.staticfiles import finders

    text = html.decode()
    assets = re.findall(r'(?:href|src)="(/static/[^"]+\.(?:css|js))"', text)
    total = len(gzip.compress(html))
    for asset in assets:
        path = finders.find(asset.removeprefix("/static/"))
        total += len(gzip.compress(Path(path).read_bytes()))
    external = re.findall(r'(?:src|href|srcset|action)="(https?://[^"]+)"', text)
    loaded = [url for url in external if not re.search(r'rel="[^"]*external', text)]
    return total, sorted(set(loaded))


def main():
    setup_django()
    build_site()
    from django.test import Client

    from curriculum.models import LessonPage
    from lms.models import User

    lesson = (
        LessonPage.objects.live()
        .filter(
            locale__language_code="en",
            is_preview=False,
            url_path__contains="/boot-camp/",  # the participant's program
        )
        .last()
    )
    client = Client()
    client.force_login(User.objects.get(email="participant@example.org"))
    rows = {
        "trivial Django view": measure(client, "/bench/trivial/"),
        "minimal Wagtail page": measure(client, "/floor/"),
        f"lesson page ({lesson.title})": measure(client, lesson.url),
        "the same, first view after a publish": measure(
            client, lesson.url, before_each=publish_elsewhere
        ),
    }
    trivial, minimal = (
        rows["trivial Django view"]["median_ms"],
        rows["minimal Wagtail page"]["median_ms"],
    )
    lesson_row = rows[f"lesson page ({lesson.title})"]
    weight, external = page_weight(lesson_row["html"])
    lessons_in_program = (
        LessonPage.objects.live()
        .filter(
            locale=lesson.locale, path__startswith=lesson.path[: lesson.steplen * 4]
        )
        .count()
    )

    print(
        f"\nEnrolled participant, {REQUESTS} requests each, Django test client, {setup_name()}\n"
    )
    print(
        "| page | queries | cache round trips | median ms | x trivial view | x minimal Wagtail page |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, row in rows.items():
        ms = row["median_ms"]
        print(
            f"| {name} | {row['queries']} | {row['cache']} | {ms:.2f} | {ms / trivial:.1f} | {ms / minimal:.2f} |"
        )
    print(
        f"\nLesson page weight (HTML + same-origin CSS/JS, gzip): {weight / 1024:.1f} KB"
    )
    print(f"Lessons in its program: {lessons_in_program}")
    print(f"Requests to other hosts made by the page: {len(external)} {external or ''}")


def setup_name():
    from django.conf import settings
    from django.db import connection

    cache = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[1]
    return f"{connection.vendor}, {cache}"


if __name__ == "__main__":
    main()
