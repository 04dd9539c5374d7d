"""Pages as people meet them: served by gunicorn (2 sync workers) over HTTP, measured
as the app server's CPU milliseconds per request (read from the workers' /proc entries),
each beside the minimal Wagtail page measured in the same run.

    python -m benchmarks.http_pages embedded      SQLite file, local-memory cache
    python -m benchmarks.http_pages production    PostgreSQL + Redis (as CI has them)
    BENCH_SCALE=1 ...                             adds seed_scale data (the matrix too)

Ratios are the claim, not absolute times: this machine's speed varies from run to run.
"""

import http.client
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PORT = 8711
WORKERS = 2
WARM_UP = 30
REQUESTS = 300
PASSES = 3
# The scale data goes to databases of its own, so a demo-data run stays one.
DATA = "_scale" if os.environ.get("BENCH_SCALE") else ""
SETUPS = {
    "embedded": {
        "BENCH_DATABASE_URL": f"sqlite:///{ROOT}/var/bench-http{DATA}.sqlite3"
    },
    "production": {
        "BENCH_DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/lms_bench_http{DATA}",
        "REDIS_URL": "redis://127.0.0.1:6379/9",
    },
}


def prepare():
    """Data, and session cookies for the people the pages are measured as."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.core.cache import cache
    from django.core.management import call_command
    from django.test import Client

    from benchmarks.lesson_page import ensure_floor
    from cohorts.models import Cohort
    from curriculum.models import LessonPage
    from lms.models import User

    call_command("migrate", verbosity=0)
    cache.clear()
    if not User.objects.filter(email="participant@example.org").exists():
        call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    if (
        os.environ.get("BENCH_SCALE")
        and not Cohort.objects.filter(slug="scale-cohort-0").exists()
    ):
        call_command("seed_scale", stdout=open(os.devnull, "w"))  # noqa: SIM115
    ensure_floor()
    _analyze()
    admin = User.objects.get(email="admin@example.org")
    if not admin.authenticator_set.exists():
        TOTP.activate(admin, generate_totp_secret())
    cookies = {}
    for name, email in (("participant", "participant@example.org"), ("admin", None)):
        client = Client()
        client.force_login(admin if email is None else User.objects.get(email=email))
        cookies[name] = f"sessionid={client.cookies['sessionid'].value}"
    lessons = LessonPage.objects.live().filter(locale__language_code="en")
    boot_camp = lessons.filter(url_path__contains="/boot-camp/")
    pages = {
        "minimal Wagtail page, anonymous": ("/floor/", None),
        "minimal Wagtail page, participant": ("/floor/", "participant"),
        "open preview lesson, anonymous": (
            boot_camp.filter(is_preview=True).first().url,
            None,
        ),
        "lesson with progress and reflection form, enrolled participant": (
            boot_camp.filter(is_preview=False).first().url,
            "participant",
        ),
        "cohort exchange (demo)": (
            "/cohorts/norcal-boot-camp/exchange/",
            "participant",
        ),
        "My learning": ("/learning/", "participant"),
        "program page": ("/programs/boot-camp/", "participant"),
        "cohort page": ("/cohorts/norcal-boot-camp/", "participant"),
        "home page": ("/", "participant"),
    }
    big = Cohort.objects.filter(slug="scale-cohort-0").first()
    if big:
        pages[f"progress matrix {big.seats_taken} x 60"] = (
            f"/admin/cohorts/cohorts/manage/{big.pk}/progress/",
            "admin",
        )
    return pages, cookies


def _analyze():
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def start_gunicorn() -> subprocess.Popen:
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "benchmarks.wsgi",
            "--no-control-socket",
            "--workers",
            str(WORKERS),
            "--bind",
            f"127.0.0.1:{PORT}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "benchmarks.settings"},
    )
    for _ in range(100):
        try:
            get("/healthz/", None)
            return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise RuntimeError("gunicorn did not start")


def get(path, cookie) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    headers = {"Host": "127.0.0.1", "Accept-Encoding": "gzip"}
    if cookie:
        headers["Cookie"] = cookie
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status


def worker_cpu_seconds(server) -> float:
    """User + system CPU time of the gunicorn workers (children of the master)."""
    ticks = os.sysconf("SC_CLK_TCK")
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text()
    total = 0
    for pid in children.split():
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def measure(server, path, cookie) -> float:
    """CPU milliseconds per request, the median of PASSES passes."""
    for _ in range(WARM_UP):
        status = get(path, cookie)
    assert status == 200, (path, status)
    results = []
    for _ in range(PASSES):
        before = worker_cpu_seconds(server)
        threads = [
            threading.Thread(
                target=lambda: [get(path, cookie) for _ in range(REQUESTS // WORKERS)]
            )
            for _ in range(WORKERS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        results.append((worker_cpu_seconds(server) - before) * 1000 / REQUESTS)
    return statistics.median(results)


def run_setup(name):
    """In a process of its own: Django settings are per process."""
    os.environ.update(SETUPS[name])
    pages, cookies = prepare()
    server = start_gunicorn()
    try:
        for path, who in pages.values():  # every worker imports and warms up first
            for _ in range(WARM_UP):
                get(path, cookies.get(who))
        results = {
            page: measure(server, path, cookies.get(who))
            for page, (path, who) in pages.items()
        }
    finally:
        server.terminate()
        server.wait(timeout=30)
    scale = "demo + seed_scale data" if os.environ.get("BENCH_SCALE") else "demo data"
    print(f"\n{name} ({scale}): gunicorn, {WORKERS} sync workers, HTTP, CPU ms/request")
    print("| page | CPU ms | x minimal Wagtail page (same visitor) |")
    print("| --- | ---: | ---: |")
    for page, cpu in results.items():
        floor = results[
            "minimal Wagtail page, anonymous"
            if pages[page][1] is None
            else "minimal Wagtail page, participant"
        ]
        print(f"| {page} | {cpu:.2f} | {cpu / floor:.2f} |")


if __name__ == "__main__":
    run_setup(sys.argv[1] if len(sys.argv) > 1 else "embedded")
