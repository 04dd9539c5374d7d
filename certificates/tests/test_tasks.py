"""The PDF is made in the background and kept where only the site serves it; the
holder hears of it in their language; a real database worker does the same."""

import os
import smtplib
import subprocess
import sys
import time
import traceback
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core import mail
from django.db import connection
from django.test import override_settings
from django.utils import timezone

from certificates import tasks
from certificates.models import Certificate
from certificates.tests.factories import certificate_for
from cohorts.tests.factories import CohortFactory
from lms.emails import EmailNotSent

ROOT = Path(__file__).resolve().parents[2]
DATABASE_TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
}
DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.fixture
def cohort(tree):
    return CohortFactory(program=tree.program, capacity=100)


@pytest.fixture
def certificate(cohort):
    return certificate_for(
        cohort,
        display_name="<b>Nguyễn</b> Thị Hoa",
        preferred_language="vi",
        email="hoa@example.org",
    )


@pytest.mark.django_db
def test_the_pdf_is_stored_privately_and_the_holder_told(certificate):
    mail.outbox.clear()
    tasks.render_certificate_pdf.enqueue(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    assert certificate.pdf.name == f"certificates/{certificate.code}.pdf"
    path = Path(certificate.pdf.path)
    assert path.is_relative_to(settings.PRIVATE_MEDIA_ROOT)
    assert not path.is_relative_to(settings.MEDIA_ROOT)
    assert path.read_bytes().startswith(b"%PDF-")
    [message] = mail.outbox
    assert message.to == ["hoa@example.org"]
    link = f"http://testserver/vi/learning/certificates/{certificate.code}/"
    assert link in message.body
    assert certificate.display_code in message.body
    assert "Boot Camp" in message.subject
    html, mime = message.alternatives[0]
    assert mime == "text/html"
    assert 'lang="vi"' in html
    assert "&lt;b&gt;Nguyễn&lt;/b&gt;" in html and "<b>Nguyễn" not in html


@pytest.mark.django_db
def test_a_revoked_certificate_is_rendered_but_not_announced(certificate):
    Certificate.objects.filter(pk=certificate.pk).update(revoked_at=timezone.now())
    mail.outbox.clear()
    tasks.render_certificate_pdf.enqueue(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    assert certificate.pdf
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_deleted_certificate_is_no_error(certificate):
    pk = certificate.pk
    certificate.delete()
    mail.outbox.clear()
    result = tasks.render_certificate_pdf.enqueue(certificate_id=pk)
    assert result.status == "SUCCESSFUL"
    assert mail.outbox == []


@pytest.mark.django_db
def test_queued_once_the_certificate_is_committed(
    certificate, django_capture_on_commit_callbacks
):
    Certificate.objects.filter(pk=certificate.pk).update(pdf="")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        tasks.queue_certificate_pdf(certificate)
    certificate.refresh_from_db()
    assert not certificate.pdf  # nothing before the commit
    for callback in callbacks:
        callback()
    certificate.refresh_from_db()
    assert certificate.pdf


@pytest.mark.django_db
def test_the_email_is_tried_again_later_when_the_mail_server_is_down(
    certificate, monkeypatch
):
    def down(certificate):
        raise smtplib.SMTPServerDisconnected("down")

    monkeypatch.setattr(tasks.emails, "certificate_ready_send", down)
    with override_settings(TASKS=DUMMY_TASKS):
        tasks.render_certificate_pdf.call(certificate_id=certificate.pk)
        results = tasks.send_certificate_email.get_backend().results
    [retry] = [r for r in results if r.task.name == "send_certificate_email"]
    assert retry.task.name == "send_certificate_email"
    assert retry.kwargs == {"certificate_id": certificate.pk, "attempt": 2}
    assert retry.task.run_after > timezone.now()
    certificate.refresh_from_db()
    assert certificate.pdf  # rendered once; the retry only sends


@pytest.mark.django_db
def test_the_email_gives_up_loudly_after_the_last_attempt(certificate, monkeypatch):
    """...naming the kind of error, never the address the mail server named."""
    address = certificate.enrollment.user.email

    def refused(certificate):
        raise smtplib.SMTPRecipientsRefused({address: (550, b"no such user")})

    monkeypatch.setattr(tasks.emails, "certificate_ready_send", refused)
    with override_settings(TASKS=DUMMY_TASKS), pytest.raises(EmailNotSent) as raised:
        tasks.send_certificate_email.call(
            certificate_id=certificate.pk, attempt=tasks.MAX_ATTEMPTS
        )
    assert str(raised.value) == "SMTPRecipientsRefused"
    assert raised.value.__cause__ is None and raised.value.__suppress_context__
    assert address not in "".join(traceback.format_exception(raised.value))


def database_url(settings_dict) -> str:
    """DATABASE_URL for the database these tests run on (the test database)."""
    user = quote(settings_dict["USER"] or "", safe="")
    password = quote(settings_dict["PASSWORD"] or "", safe="")
    credentials = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = settings_dict["HOST"] or "localhost"
    port = f":{settings_dict['PORT']}" if settings_dict["PORT"] else ""
    return f"postgres://{credentials}{host}{port}/{settings_dict['NAME']}"


def test_a_database_worker_renders_the_pdf(transactional_db, cohort, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: a second process shares the test database")
    certificate = certificate_for(cohort, display_name="Ana Worker")
    Certificate.objects.filter(pk=certificate.pk).update(pdf="")
    with override_settings(TASKS=DATABASE_TASKS):
        tasks.render_certificate_pdf.enqueue(certificate_id=certificate.pk)
    log = tmp_path / "worker.log"
    worker = subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "db_worker",
            "--no-startup-delay",
            "--interval=1",
        ],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "certificates.tests.worker_settings",
            "DATABASE_URL": database_url(connection.settings_dict),
        },
        stdout=subprocess.DEVNULL,
        stderr=log.open("w"),
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and worker.poll() is None:
            certificate.refresh_from_db()
            if certificate.pdf:
                break
            time.sleep(0.25)
        assert certificate.pdf, f"no PDF after 60 s: {log.read_text()[-2000:]}"
        assert certificate.pdf.storage.exists(certificate.pdf.name)
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=10)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()
