"""Certificate PDFs: median ms per certificate through our whole path (what the task
does before it emails: the certificate fetched by id, its template looked up, the
HTML with its QR code, WeasyPrint, storage), warm, beside WeasyPrint printing the
same finished HTML alone and a trivial WeasyPrint document, measured in the same
run; one row per script. With PostgreSQL, also 300 certificates
through a real `db_worker` process: wall time and the worker's memory over the run.

    python -m benchmarks.certificate_pdf                                     SQLite
    BENCH_DATABASE_URL=postgres://... python -m benchmarks.certificate_pdf   + the worker

Ratios are the claim, not absolute times: this machine's speed varies from run to run.
"""

import datetime
import io
import os
import statistics
import subprocess
import sys
import time

from benchmarks.lesson_page import ROOT

ROUNDS = 61
WARM_UP = 3
BULK = 300
BULK_TIMEOUT = 900  # seconds
SCRIPTS = {
    "Spanish (Latin)": ("José Ñúñez", "", "es"),
    "Vietnamese": ("Nguyễn Thị Minh Khai", "", "vi"),
    "Traditional Chinese": ("陳美玲", "Chen Meiling", "zh-hant"),
    "Korean": ("김민준", "Kim Minjun", "ko"),
    "Arabic (RTL)": ("فاطمة الزهراء", "Fatima Al-Zahraa", "ar"),
    "Khmer": ("សុខ សុភា", "Sok Sophea", "en"),
    "200-character name": (
        ("Wolfeschlegelsteinhausenbergerdorff " * 6)[:200],
        "",
        "en",
    ),
}
TARGET_RATIO = 1.2
TARGET_MS = 300


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
    os.environ.setdefault(
        "BENCH_DATABASE_URL", f"sqlite:///{ROOT}/var/bench-certificates.sqlite3"
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from cohorts.models import Cohort

    call_command("migrate", verbosity=0)
    if not Cohort.objects.filter(slug="boot-camp-bench-certificates").exists():
        if not Cohort.objects.filter(slug="norcal-boot-camp").exists():
            call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
        seed_certificates()


def seed_certificates():
    """A program template with a logo and two signatures, and a cohort whose people
    hold certificates in every script (bulk inserts: data for measuring)."""
    from django.utils import timezone

    from certificates.models import Certificate, CertificateTemplate
    from cohorts.models import Cohort, CohortStatus, Enrollment, EnrollmentStatus
    from curriculum.models import ProgramPage
    from lms.models import Region, User

    program = ProgramPage.objects.get(slug="boot-camp", locale__language_code="en")
    template = CertificateTemplate.objects.create(
        name="Benchmark",
        logo=_image("bench-logo", (1200, 400), png=True),
        signatories=[
            ("signatory", {"name": name, "title": title, "signature": _image(name)})
            for name, title in [("Dolores Huerta", "Director"), ("Trần Bình", "Lead")]
        ],
    )
    ProgramPage.objects.filter(pk=program.pk).update(certificate_template=template)
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        program=program,
        title="Certificates benchmark cohort",
        slug="boot-camp-bench-certificates",
        region=Region.NORTHERN,
        starts_on=today - datetime.timedelta(days=60),
        ends_on=today - datetime.timedelta(days=1),
        capacity=BULK + len(SCRIPTS),
        status=CohortStatus.PUBLISHED,
    )
    people = [SCRIPTS[key] for key in SCRIPTS] + [
        list(SCRIPTS.values())[n % len(SCRIPTS)] for n in range(BULK)
    ]
    users = User.objects.bulk_create(
        User(
            email=f"certificate{n:04}@example.org",
            display_name=name[:150],  # a certificate prints up to 200
            latin_name=latin,
            preferred_language=language,
        )
        for n, (name, latin, language) in enumerate(people)
    )
    enrollments = Enrollment.objects.bulk_create(
        Enrollment(user=user, cohort=cohort, status=EnrollmentStatus.COMPLETED)
        for user in users
    )
    Certificate.objects.bulk_create(
        Certificate(
            enrollment=enrollment,
            name_printed=name,
            latin_name=enrollment.user.latin_name,
            program_title=program.title,
            cohort_title=cohort.title,
            cohort_starts_on=cohort.starts_on,
            cohort_ends_on=cohort.ends_on,
            issued_at=timezone.now(),
            language=enrollment.user.preferred_language,
        )
        for enrollment, (name, _latin, _language) in zip(
            enrollments, people, strict=True
        )
    )


def _image(title, size=(600, 200), png=False):
    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from PIL import ImageDraw
    from wagtail.images.models import Image

    picture = PILImage.new("RGB", size, "white")
    ImageDraw.Draw(picture).ellipse(
        [8, 8, size[0] - 8, size[1] - 8], outline="#0b5d4b", width=10
    )
    buffer = io.BytesIO()
    picture.save(buffer, "PNG" if png else "JPEG")
    name = f"{title}.{'png' if png else 'jpg'}"
    return Image.objects.create(title=title, file=ImageFile(buffer, name))


# In process, warm --------------------------------------------------------------------


def measure_scripts() -> dict:
    from django.conf import settings
    from weasyprint import HTML

    from certificates import pdf, tasks
    from certificates.models import Certificate

    first = {
        key: Certificate.objects.filter(
            enrollment__cohort__slug="boot-camp-bench-certificates",
            name_printed=name,
        )
        .order_by("pk")
        .first()
        for key, (name, _latin, _language) in SCRIPTS.items()
    }
    base_url = settings.WAGTAILADMIN_BASE_URL

    def ours(certificate):
        # What the task does before it emails: fetch, look up, fill in, print, store.
        pdf.certificate_pdf_store(tasks._certificate(certificate.pk))

    def weasyprint_alone(html):
        HTML(
            string=html,
            base_url=base_url,
            url_fetcher=pdf.URLFetcher(allowed_protocols={"data"}),
        ).write_pdf(font_config=pdf._font_config())

    def trivial():
        HTML(string="<p>Certificate</p>").write_pdf(font_config=pdf._font_config())

    rows = {}
    for key, certificate in first.items():
        html = pdf.certificate_html(certificate, base_url)
        rows[key] = paired(
            lambda c=certificate: ours(c), lambda h=html: weasyprint_alone(h)
        )
    rows["trivial WeasyPrint document"] = (median_ms(trivial), None)
    return rows


def paired(ours, alone) -> tuple[float, float]:
    """Medians of both, measured in alternation (the machine's drift hits both)."""
    for _ in range(WARM_UP):
        ours()
        alone()
    ours_ms, alone_ms = [], []
    for _ in range(ROUNDS):
        ours_ms.append(timed(ours))
        alone_ms.append(timed(alone))
    return statistics.median(ours_ms), statistics.median(alone_ms)


def median_ms(call) -> float:
    for _ in range(WARM_UP):
        call()
    return statistics.median(timed(call) for _ in range(ROUNDS))


def timed(call) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


# Through a real worker (PostgreSQL) ----------------------------------------------------


def measure_worker() -> dict:
    """Enqueue BULK renders in the database, run one `db_worker` until they are done;
    its resident memory sampled throughout."""
    from django.db import connection
    from django.test import override_settings
    from django_tasks_db.models import DBTaskResult

    from certificates import tasks
    from certificates.models import Certificate

    certificates = list(
        Certificate.objects.filter(
            enrollment__cohort__slug="boot-camp-bench-certificates"
        ).order_by("pk")[len(SCRIPTS) : len(SCRIPTS) + BULK]
    )
    Certificate.objects.filter(pk__in=[c.pk for c in certificates]).update(pdf="")
    DBTaskResult.objects.all().delete()
    with override_settings(TASKS=WORKER_TASKS):
        for certificate in certificates:
            tasks.render_certificate_pdf.enqueue(certificate_id=certificate.pk)
    connection.close()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "benchmarks.worker_settings",
    }
    start = time.perf_counter()
    worker = subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "db_worker",
            "--no-startup-delay",
            "--interval=0.5",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        samples = watch(worker.pid, lambda: _unfinished(DBTaskResult) == 0)
        wall = time.perf_counter() - start
        peak = _status_kb(worker.pid, "VmHWM")
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    failed = DBTaskResult.objects.filter(status="FAILED").count()
    rendered = Certificate.objects.filter(pk__in=[c.pk for c in certificates]).exclude(
        pdf=""
    )
    return {
        "wall_s": wall,
        "rendered": rendered.count(),
        "failed": failed,
        "peak_mb": peak / 1024,
        "samples_mb": [kb / 1024 for kb in samples],
    }


WORKER_TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
}


def watch(pid: int, done) -> list[int]:
    """The process's resident kB every half second until `done()` (or the timeout)."""
    samples = []
    deadline = time.monotonic() + BULK_TIMEOUT
    while time.monotonic() < deadline:
        samples.append(_status_kb(pid, "VmRSS"))
        if done():
            break
        time.sleep(0.5)
    return samples


def _unfinished(results) -> int:
    return results.objects.exclude(status__in=["SUCCESSFUL", "FAILED"]).count()


def _status_kb(pid: int, field: str) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


# Report ---------------------------------------------------------------------------------


def main():
    setup()
    from benchmarks.lesson_page import setup_name

    rows = measure_scripts()
    trivial = rows["trivial WeasyPrint document"][0]
    print(f"\nCertificate PDFs, warm, median of {ROUNDS} each, {setup_name()}\n")
    print(
        "| certificate | our path ms | WeasyPrint, same HTML ms | x WeasyPrint | "
        "x trivial document |"
    )
    print("| --- | ---: | ---: | ---: | ---: |")
    for key, (ours, alone) in rows.items():
        if alone is None:
            print(f"| {key} | {ours:.0f} | | | 1.0 |")
        else:
            print(
                f"| {key} | {ours:.0f} | {alone:.0f} | {ours / alone:.2f} | "
                f"{ours / trivial:.1f} |"
            )
    worst = max(ours / alone for ours, alone in rows.values() if alone)
    slowest = max(ours for ours, alone in rows.values() if alone)
    print(
        f"\nTargets: at most {TARGET_RATIO}x WeasyPrint (worst {worst:.2f}x), "
        f"at most {TARGET_MS} ms (slowest {slowest:.0f} ms)."
    )
    from django.db import connection

    if connection.vendor != "postgresql":
        print("PostgreSQL not configured: the db_worker run is not measured.")
        return
    bulk = measure_worker()
    # Resident memory a quarter, half, three quarters of the way and at the end.
    samples = bulk["samples_mb"] or [0]
    quarters = [
        samples[min(len(samples) - 1, len(samples) * q // 4)] for q in (1, 2, 3)
    ]
    print(f"\n{BULK} certificates through one db_worker process (PostgreSQL)\n")
    print(
        "| rendered | failed | wall s | ms each | RSS at 25 / 50 / 75 / 100 % MB | "
        "peak RSS MB |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    rss = " / ".join(f"{mb:.0f}" for mb in [*quarters, samples[-1]])
    print(
        f"| {bulk['rendered']} | {bulk['failed']} | {bulk['wall_s']:.1f} | "
        f"{bulk['wall_s'] * 1000 / BULK:.0f} | {rss} | {bulk['peak_mb']:.0f} |"
    )


if __name__ == "__main__":
    main()
