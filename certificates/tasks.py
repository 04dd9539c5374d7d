"""Background work of the certificates app: the PDF, and the email saying it is ready.
Each task fetches its certificate by id; one deleted meanwhile is no error."""

import logging
import smtplib
from datetime import timedelta

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from lms.emails import EmailNotSent

from . import emails, pdf
from .models import Certificate

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 5


def queue_certificate_pdf(certificate: Certificate) -> None:
    """Render once the certificate is committed (the worker must find its row)."""
    transaction.on_commit(
        lambda: render_certificate_pdf.enqueue(certificate_id=certificate.pk)
    )


@task()
def render_certificate_pdf(*, certificate_id: int):
    certificate = _certificate(certificate_id)
    if certificate is None:
        return
    pdf.certificate_pdf_store(certificate)
    _email(certificate, attempt=1)


@task()
def send_certificate_email(*, certificate_id: int, attempt: int = 1):
    certificate = _certificate(certificate_id)
    if certificate is not None:
        _email(certificate, attempt=attempt)


def _certificate(certificate_id: int) -> Certificate | None:
    # With what printing needs (its program, for the template), and no more: the
    # holder is loaded only if the email goes out.
    return (
        Certificate.objects.annotate(program_id=F("enrollment__cohort__program_id"))
        .filter(pk=certificate_id)
        .first()
    )


def _email(certificate: Certificate, *, attempt: int) -> None:
    """A revoked certificate is not announced (it was re-issued or withdrawn while
    waiting); the mail server may be down: try again later, a few times, without
    rendering the PDF again."""
    if not certificate.is_valid:
        return
    try:
        emails.certificate_ready_send(certificate)
    except (smtplib.SMTPException, OSError) as error:
        backend = send_certificate_email.get_backend()
        if attempt >= MAX_ATTEMPTS or not backend.supports_defer:
            logger.error("Certificate email not sent after %s attempts", attempt)
            raise EmailNotSent.of(error) from None
        send_certificate_email.using(
            run_after=timezone.now() + timedelta(minutes=5 * attempt)
        ).enqueue(certificate_id=certificate.pk, attempt=attempt + 1)
