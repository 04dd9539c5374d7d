"""Writing reflections: participants write, rewrite and delete their own."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from curriculum.permissions import can_read_lesson
from curriculum.selectors import lesson_prompts

from ..models import REFLECTION_MAX_LENGTH, Reflection, ReflectionVisibility
from ..selectors.reflections import enrollment_for_lesson
from ..signals import progress_recorded_send


class ReflectionError(Exception):
    """A reflection that cannot be saved; the message is shown to the writer."""


def reflection_text_problem(text: str) -> str | None:
    """What is wrong with a reflection's text, in words for the writer; None if it
    can be saved."""
    if not text.strip():
        return _("Write your reflection before you save it.")
    if "\x00" in text:
        return _("Your reflection contains a character that cannot be saved.")
    if len(text) > REFLECTION_MAX_LENGTH:
        return _(
            "Your reflection is %(length)s characters long; the limit is %(limit)s. "
            "Please shorten it."
        ) % {"length": len(text), "limit": REFLECTION_MAX_LENGTH}
    return None


def reflection_submit(
    *, user, lesson, prompt_id: str, text: str, visibility: str
) -> Reflection:
    """The person's answer to a prompt of a lesson, in their seat in a cohort of its
    program: written, or rewritten when they answered it before (a second tap)."""
    if not lesson.live or not can_read_lesson(user, lesson):
        raise ReflectionError(_("You cannot write a reflection on this lesson."))
    if prompt_id not in lesson_prompts(lesson):
        raise ReflectionError(_("This question is no longer part of the lesson."))
    enrollment = enrollment_for_lesson(user, lesson)
    if enrollment is None:
        raise ReflectionError(_("Join a cohort of this program to write reflections."))
    _check(text, visibility)
    with transaction.atomic():
        reflection, _created = Reflection.objects.update_or_create(
            enrollment=enrollment,
            lesson_key=lesson.translation_key,
            prompt_id=prompt_id,
            defaults={
                "text": text,
                "visibility": visibility,
                "updated_at": timezone.now(),
            },
        )
    progress_recorded_send([enrollment])
    return reflection


def reflection_update(
    *,
    user,
    reflection: Reflection,
    text: str,
    visibility: str,
    quote_consent: bool,
    show_organization: bool,
) -> Reflection:
    """The writer changes their text, who sees it, or whether it may be quoted (and
    with their organization: only together with the quote)."""
    _refuse_unless_writer(user, reflection)
    _check(text, visibility)
    reflection.text = text
    reflection.visibility = visibility
    reflection.quote_consent = quote_consent
    reflection.show_organization = quote_consent and show_organization
    reflection.updated_at = timezone.now()
    reflection.save()
    return reflection


def reflection_delete(*, user, reflection: Reflection) -> None:
    _refuse_unless_writer(user, reflection)
    reflection.delete()


def _check(text: str, visibility: str) -> None:
    problem = reflection_text_problem(text)
    if problem:
        raise ReflectionError(problem)
    if visibility not in ReflectionVisibility.values:
        raise ReflectionError(_("Choose who can see your reflection."))


def _refuse_unless_writer(user, reflection: Reflection) -> None:
    if reflection.enrollment.user_id != user.pk:
        raise PermissionDenied
