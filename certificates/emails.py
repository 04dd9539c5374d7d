"""The email telling a holder their certificate is ready, in the language the
certificate speaks (the holder's when it was issued)."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from lms.emails import send_templated

from .models import Certificate


def certificate_ready_send(certificate: Certificate) -> None:
    """Written like every email of the site (lms.emails), sharing the cohorts'
    signature."""
    user = certificate.enrollment.user
    with translation.override(certificate.language):
        send_templated(
            user.email, "certificates/email/ready", _context(certificate, user)
        )


def _context(certificate: Certificate, user) -> dict:
    path = reverse("certificates:detail", kwargs={"code": certificate.code})
    return {
        "certificate": certificate,
        "user": user,
        "certificate_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path,
    }
