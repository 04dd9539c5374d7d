"""Emails about a person's enrollment, in their language, sent by a background task
after the change is committed, so a mail server that is down never undoes it."""

from django.db import transaction
from django.utils import translation

from lms.emails import send_templated

KINDS = (
    "applied",
    "enrolled",
    "waitlisted",
    "promoted",
    "approved",
    "declined",
    "reminder",
)


def enrollment_email_on_commit(enrollment, kind: str, **extra) -> None:
    from .tasks import send_enrollment_email  # tasks imports this module

    transaction.on_commit(
        lambda: send_enrollment_email.enqueue(
            enrollment_id=enrollment.pk, kind=kind, **extra
        )
    )


def opening_notice_email_on_commit(notice) -> None:
    from .tasks import send_opening_notice_email

    transaction.on_commit(
        lambda: send_opening_notice_email.enqueue(notice_id=notice.pk)
    )


def send_enrollment_email(enrollment, kind: str, session=None) -> None:
    if kind not in KINDS:
        raise ValueError(kind)
    context = {
        "enrollment": enrollment,
        "cohort": enrollment.cohort,
        "session": session,
    }
    send_email(enrollment.user, kind, context)


def send_opening_notice(notice) -> None:
    send_email(notice.user, "opening", {"cohort": notice.cohort})


def send_email(user, kind: str, context: dict, headers=None) -> None:
    """`cohorts/email/<kind>_subject.txt` and `_message.txt`, in the person's language,
    as text with an HTML copy."""
    with translation.override(user.preferred_language):
        send_templated(
            user.email, f"cohorts/email/{kind}", {**context, "user": user}, headers
        )
