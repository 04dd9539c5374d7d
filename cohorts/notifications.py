"""How people hear of responses to their reflections and of announcements: by email
at once, in one email a day, or not at all, as each person chose per kind. Every
email carries a signed link that stops that kind of email without signing in."""

import secrets

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from . import emails
from .models import (
    SEAT_HOLDING,
    Announcement,
    NotificationChoice,
    NotificationKind,
    NotificationSettings,
    PendingNotification,
    Response,
)

UNSUBSCRIBE_SALT = "cohorts.notifications.unsubscribe"
EVERY_KIND = "all"  # what the link in a daily email stops


def settings_for(user) -> NotificationSettings:
    """The person's choices (the defaults when they never changed them)."""
    found = NotificationSettings.objects.filter(user=user).first()
    return found or NotificationSettings(user=user)


def notification_settings_update(*, user, responses: str, announcements: str) -> None:
    NotificationSettings.objects.update_or_create(
        user=user, defaults={"responses": responses, "announcements": announcements}
    )


def response_notify(response: Response) -> None:
    """Tell the writer of the reflection (not when they answered themselves)."""
    writer = response.reflection.enrollment.user
    # Nobody to tell once the writer deleted their account and left it in place.
    if writer is not None and response.author_id != writer.pk:
        _deliver(
            writer, NotificationKind.RESPONSES, settings_for(writer), response=response
        )


def announcement_notify(announcement: Announcement) -> None:
    """Tell everyone holding a seat in the cohort."""
    people = [
        enrollment.user
        for enrollment in announcement.cohort.enrollments.filter(
            status__in=SEAT_HOLDING
        )
        .exclude(user_id=announcement.author_id)
        .select_related("user")
    ]
    # Everyone's choices in one query, not one per person.
    chosen = {
        current.user_id: current
        for current in NotificationSettings.objects.filter(user__in=people)
    }
    for user in people:
        current = chosen.get(user.pk) or NotificationSettings(user=user)
        _deliver(
            user, NotificationKind.ANNOUNCEMENTS, current, announcement=announcement
        )


def _deliver(user, kind: str, current: NotificationSettings, **item) -> None:
    choice = getattr(current, kind)
    if choice == NotificationChoice.AT_ONCE:
        name = "response" if "response" in item else "announcement"
        _send(user, kind, name, item)
    elif choice == NotificationChoice.DAILY:
        PendingNotification.objects.create(user=user, **item)


def digest_send(user) -> int:
    """One email with everything waiting for the person; each item goes in one
    digest only, even when two run at once (each takes its items by a batch id
    first). Returns how many items it sent."""
    batch = secrets.token_hex(16)
    PendingNotification.objects.filter(user=user, batch="").update(batch=batch)
    items = list(
        PendingNotification.objects.filter(batch=batch)
        .select_related(
            "response__author",
            "response__reflection__enrollment__cohort",
            "announcement__cohort",
            "announcement__author",
        )
        .order_by("created_at", "pk")
    )
    if not items:
        return 0
    try:
        _send(user, None, "digest", {"items": items})
    except Exception:
        PendingNotification.objects.filter(batch=batch).update(batch="")
        raise
    PendingNotification.objects.filter(batch=batch).delete()
    return len(items)


def people_with_digests():
    """The people with something waiting for their daily email."""
    return (
        PendingNotification.objects.filter(batch="")
        .values_list("user_id", flat=True)
        .distinct()
    )


def unsubscribe_url(user, kind: str) -> str:
    token = signing.Signer(salt=UNSUBSCRIBE_SALT).sign(f"{user.pk}:{kind}")
    with translation.override(user.preferred_language):
        path = reverse("cohorts:unsubscribe", args=[token])
    return settings.WAGTAILADMIN_BASE_URL + path


def unsubscribe_target(token: str):
    """(user id, kind) named by a signed link, or None when it was not made here."""
    try:
        value = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token)
    except signing.BadSignature:
        return None
    user_pk, _, kind = value.partition(":")
    if not user_pk.isdigit() or kind not in [*NotificationKind.values, EVERY_KIND]:
        return None
    return int(user_pk), kind


def unsubscribe(*, user, kind: str) -> None:
    """No more emails of `kind` (or of any kind: EVERY_KIND) for the person."""
    current = settings_for(user)
    for each in NotificationKind.values if kind == EVERY_KIND else [kind]:
        setattr(current, each, NotificationChoice.NEVER)
    with transaction.atomic():
        current.save()
        if kind == EVERY_KIND:
            PendingNotification.objects.filter(user=user).delete()


def _send(user, kind: str | None, template: str, context: dict) -> None:
    """A single email's link stops its kind; a daily email's stops both. Mail apps
    offer the same link as one button (List-Unsubscribe, RFC 8058)."""
    url = unsubscribe_url(user, kind or EVERY_KIND)
    headers = {
        "List-Unsubscribe": f"<{url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    emails.send_email(
        user, template, {**context, "unsubscribe_url": url}, headers=headers
    )
