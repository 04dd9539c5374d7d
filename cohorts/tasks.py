"""Background work of the cohorts app. Each task fetches its object and calls a function."""

import logging
import smtplib
from datetime import timedelta

from django.utils import timezone
from django_tasks import default_task_backend, task

from lms.emails import EmailNotSent
from lms.models import User

from . import emails, notifications
from .models import Announcement, Enrollment, OpeningNotice, Response, Session

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 5


@task()
def send_enrollment_email(
    *, enrollment_id: int, kind: str, session_id=None, attempt: int = 1
):
    enrollment = (
        Enrollment.objects.select_related("user", "cohort")
        .filter(pk=enrollment_id, user__isnull=False)
        .first()
    )
    if enrollment is None:  # the person deleted their account meanwhile
        return
    session = (
        Session.objects.select_related("cohort").filter(pk=session_id).first()
        if session_id
        else None
    )
    try:
        emails.send_enrollment_email(enrollment, kind, session=session)
    except (smtplib.SMTPException, OSError) as error:
        _retry_later(
            send_enrollment_email,
            attempt,
            error,
            enrollment_id=enrollment_id,
            kind=kind,
            session_id=session_id,
        )


@task()
def send_opening_notice_email(*, notice_id: int, attempt: int = 1):
    notice = (
        OpeningNotice.objects.select_related("user", "cohort")
        .filter(pk=notice_id, cohort__isnull=False)
        .first()
    )
    if notice is None:
        return
    try:
        emails.send_opening_notice(notice)
    except (smtplib.SMTPException, OSError) as error:
        _retry_later(send_opening_notice_email, attempt, error, notice_id=notice_id)


@task()
def response_notify(*, response_id: int):
    response = (
        Response.objects.select_related("author", "reflection__enrollment__user")
        .filter(pk=response_id, hidden_at__isnull=True)
        .first()
    )
    if response is not None:  # not deleted or hidden meanwhile
        notifications.response_notify(response)


@task()
def announcement_notify(*, announcement_id: int):
    announcement = (
        Announcement.objects.select_related("cohort", "author")
        .filter(pk=announcement_id)
        .first()
    )
    if announcement is not None:
        notifications.announcement_notify(announcement)


@task()
def digest_send(*, user_id: int):
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is not None:
        notifications.digest_send(user)


def _retry_later(email_task, attempt: int, error: Exception, **arguments) -> None:
    """The mail server may be down: try again later, a few times, then give up loudly."""
    if attempt >= MAX_ATTEMPTS or not default_task_backend.supports_defer:
        logger.error("Email not sent after %s attempts", attempt)
        raise EmailNotSent.of(error) from None
    email_task.using(run_after=timezone.now() + timedelta(minutes=5 * attempt)).enqueue(
        **arguments, attempt=attempt + 1
    )
