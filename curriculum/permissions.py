"""Who may read a lesson. The one place that decides; views, search and tests ask it.

Program and module pages are public. A lesson is readable by staff and facilitators, by
anyone when it is an open preview, and by people a `curriculum_readable_programs` hook
admits to its program (the cohorts app registers one for enrolled participants).
"""

from django.db.models import Q
from wagtail import hooks

from lms.permissions import is_facilitator, is_site_admin

from . import models, selectors

READABLE_PROGRAMS_HOOK = "curriculum_readable_programs"


def reads_every_lesson(user) -> bool:
    # Until cohorts know their facilitators, every facilitator reads every program.
    return user.is_authenticated and (
        user.is_staff or is_site_admin(user) or is_facilitator(user)
    )


def readable_program_keys(user) -> set:
    """translation_keys of the programs whose lessons this person may read in full."""
    if not user.is_authenticated:
        return set()
    keys = set()
    for readable_programs in hooks.get_hooks(READABLE_PROGRAMS_HOOK):
        keys.update(readable_programs(user))
    return keys


def can_read_lesson(user, lesson) -> bool:
    if lesson.is_preview or reads_every_lesson(user):
        return True
    keys = readable_program_keys(user)
    if not keys:
        return False
    # The outline is cached for every reader: no query to find the lesson's program.
    return selectors.program_outline(lesson).program_key in keys


def unreadable_lessons_filter(user) -> Q | None:
    """A Q over LessonPage rows this person may not read, or None when they read all."""
    if reads_every_lesson(user):
        return None
    hidden = Q(is_preview=False)
    keys = readable_program_keys(user)
    if keys:
        paths = models.ProgramPage.objects.filter(translation_key__in=keys).values_list(
            "path", flat=True
        )
        for path in paths:
            hidden &= ~Q(path__startswith=path)
    return hidden


def can_download_document(user, document) -> bool:
    """A document of the curriculum goes to those who may read a live page that uses
    it: anyone for a program or module page or an open preview, the lesson's readers
    otherwise. One no live page uses is for the people who write lessons only."""
    if reads_every_lesson(user):
        return True
    pages = selectors.live_pages_using(document)
    return any(
        not isinstance(page, models.LessonPage) or can_read_lesson(user, page)
        for page in pages
    )
