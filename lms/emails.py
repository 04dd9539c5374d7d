"""How the site's emails are written (plain text with an HTML copy, one layout), and
the emails about a person's own data, in their language."""

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

logger = logging.getLogger(__name__)


class EmailNotSent(Exception):
    """An email that could not be sent, by the kind of error only: the mail server's
    own errors name the address, and tracebacks end up in logs and task results."""

    @classmethod
    def of(cls, error: Exception) -> "EmailNotSent":
        return cls(type(error).__name__)


def data_export_ready_send(export) -> None:
    user = export.user
    with translation.override(user.preferred_language):
        path = reverse("lms:data_download", kwargs={"token": export.token})
        context = {
            "user": user,
            "export": export,
            "download_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path,
        }
        _send(user.email, "data_export_ready", context)


def account_deleted_send(address: str, language: str) -> None:
    """Sent once the account is gone, so the address is not kept for a retry: a mail
    server that is down loses this one email (logged, without the address)."""
    try:
        with translation.override(language):
            _send(address, "account_deleted", {})
    except (smtplib.SMTPException, OSError) as error:
        logger.error(
            "The account deletion email was not sent: %s", EmailNotSent.of(error)
        )


def send_templated(address: str, templates: str, context: dict, headers=None) -> None:
    """`<templates>_subject.txt` and `_message.txt` in the active language, sent as
    text with an HTML copy. Every email of the site goes through here."""
    context = {
        **context,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "site_url": settings.WAGTAILADMIN_BASE_URL,
    }
    subject = " ".join(render_to_string(f"{templates}_subject.txt", context).split())
    text = render_to_string(f"{templates}_message.txt", context)
    # The text is plain (names as typed): escape it whole for the HTML version.
    html = render_to_string(
        "includes/email_message.html", {**context, "text": escape(text)}
    )
    message = EmailMultiAlternatives(subject, text, to=[address], headers=headers)
    message.attach_alternative(html, "text/html")
    message.send()


def _send(address: str, name: str, context: dict) -> None:
    send_templated(address, f"lms/email/{name}", context)


def deletion_code_send(user, code: str) -> None:
    with translation.override(user.preferred_language):
        _send(user.email, "deletion_code", {"user": user, "code": code})
