"""The email telling a holder their certificate is ready, in the language the
certificate speaks (the holder's when it was issued)."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from .models import Certificate


def certificate_ready_send(certificate: Certificate) -> None:
    """Plain text with an HTML copy, like the cohorts' emails (and sharing their
    signature and layout)."""
    user = certificate.enrollment.user
    with translation.override(certificate.language):
        context = _context(certificate, user)
        subject = " ".join(
            render_to_string("certificates/email/ready_subject.txt", context).split()
        )
        text = render_to_string("certificates/email/ready_message.txt", context)
        # Names are plain text as typed: the HTML copy escapes the text whole.
        html = render_to_string(
            "includes/email_message.html", {**context, "text": escape(text)}
        )
    message = EmailMultiAlternatives(subject, text, to=[user.email])
    message.attach_alternative(html, "text/html")
    message.send()


def _context(certificate: Certificate, user) -> dict:
    path = reverse("certificates:detail", kwargs={"code": certificate.code})
    return {
        "certificate": certificate,
        "user": user,
        "certificate_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "site_url": settings.WAGTAILADMIN_BASE_URL,
    }
