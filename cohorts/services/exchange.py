"""The cohort's exchange: responses, appreciations, pins and announcements."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.ratelimits import allow

from .. import tasks
from ..models import (
    ANNOUNCEMENT_MAX_LENGTH,
    RESPONSE_MAX_LENGTH,
    Announcement,
    Appreciation,
    Cohort,
    Reflection,
    Response,
)
from ..permissions import cohorts_managed_by, reflections_open_to_responses

# Per person and hour: plenty for a conversation, too few for a flood.
RESPONSES_PER_HOUR = 30
ANNOUNCEMENTS_PER_HOUR = 10
HOUR = 60 * 60


class ExchangeError(Exception):
    """Something the exchange cannot take; the message is shown to the person."""


def text_problem(text: str, limit: int) -> str | None:
    """What is wrong with a response or announcement's text; None if it can be saved."""
    if not text.strip():
        return _("Write something before you send it.")
    if "\x00" in text:
        return _("Your text contains a character that cannot be saved.")
    if len(text) > limit:
        return _(
            "Your text is %(length)s characters long; the limit is %(limit)s. "
            "Please shorten it."
        ) % {"length": len(text), "limit": limit}
    return None


def response_submit(*, user, reflection: Reflection, text: str) -> Response:
    """A reply under a reflection of one of the person's exchanges; its writer hears
    of it as they chose (cohorts.notifications)."""
    _refuse_unless_open(user, reflection)
    _check_text(text, RESPONSE_MAX_LENGTH)
    if not allow("response", user.pk, limit=RESPONSES_PER_HOUR, seconds=HOUR):
        raise ExchangeError(
            _("You have sent many responses in the last hour. Please wait a little.")
        )
    with transaction.atomic():
        response = Response.objects.create(
            reflection=reflection, author=user, text=text
        )
        transaction.on_commit(
            lambda: tasks.response_notify.enqueue(response_id=response.pk)
        )
    return response


def appreciation_toggle(*, user, reflection: Reflection) -> bool:
    """Appreciate a reflection, or take it back; True when it is now appreciated."""
    _refuse_unless_open(user, reflection)
    deleted, _rows = Appreciation.objects.filter(
        reflection=reflection, user=user
    ).delete()
    if deleted:
        return False
    try:
        with transaction.atomic():
            Appreciation.objects.create(reflection=reflection, user=user)
    except IntegrityError:  # a second tap at the same moment
        pass
    return True


def reflection_pin_toggle(*, user, reflection: Reflection) -> bool:
    """A facilitator pins a reflection to the top of the exchange, or unpins it."""
    if not cohorts_managed_by(user).filter(pk=reflection.enrollment.cohort_id).exists():
        raise ExchangeError(_("Only the cohort's facilitators pin reflections."))
    reflection.pinned_at = None if reflection.pinned_at else timezone.now()
    Reflection.objects.filter(pk=reflection.pk).update(pinned_at=reflection.pinned_at)
    return reflection.pinned_at is not None


def quote_feature_toggle(*, user, reflection: Reflection) -> bool:
    """A facilitator features a reflection on its program's public page, or stops;
    only reflections whose writers agreed to be quoted. True when now featured."""
    managed = cohorts_managed_by(user).filter(pk=reflection.enrollment.cohort_id)
    if not managed.exists() or not reflection.quote_consent or reflection.hidden_at:
        raise ExchangeError(_("This reflection cannot be featured."))
    reflection.featured_at = None if reflection.featured_at else timezone.now()
    Reflection.objects.filter(pk=reflection.pk).update(
        featured_at=reflection.featured_at
    )
    return reflection.featured_at is not None


def announcement_post(*, user, cohort: Cohort, text: str) -> Announcement:
    """A facilitator's message to the cohort, emailed to everyone holding a seat."""
    if not cohorts_managed_by(user).filter(pk=cohort.pk).exists():
        raise ExchangeError(_("Only the cohort's facilitators post announcements."))
    _check_text(text, ANNOUNCEMENT_MAX_LENGTH)
    if not allow("announcement", user.pk, limit=ANNOUNCEMENTS_PER_HOUR, seconds=HOUR):
        raise ExchangeError(
            _("You have posted many announcements in the last hour. Please wait.")
        )
    with transaction.atomic():
        announcement = Announcement.objects.create(
            cohort=cohort, author=user, text=text
        )
        transaction.on_commit(
            lambda: tasks.announcement_notify.enqueue(announcement_id=announcement.pk)
        )
    return announcement


def _refuse_unless_open(user, reflection: Reflection) -> None:
    if not reflections_open_to_responses(user).filter(pk=reflection.pk).exists():
        raise ExchangeError(_("This reflection is not open to you."))


def _check_text(text: str, limit: int) -> None:
    problem = text_problem(text, limit)
    if problem:
        raise ExchangeError(problem)
