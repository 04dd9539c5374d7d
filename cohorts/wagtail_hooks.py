"""How cohorts plug into the curriculum and the Wagtail admin."""

from django.template.loader import render_to_string
from django.urls import include, path
from wagtail import hooks

from curriculum.models import LessonPage, ProgramPage
from curriculum.permissions import READABLE_PROGRAMS_HOOK
from lms.pages import READER_FRAGMENT_HOOK

from . import admin_urls, selectors
from .viewsets import CohortsViewSetGroup


@hooks.register(READABLE_PROGRAMS_HOOK)
def enrolled_programs(user):
    """Participants holding a seat (enrolled or completed) read their program's lessons."""
    return selectors.readable_program_keys(user)


@hooks.register(READER_FRAGMENT_HOOK)
def per_person_parts(request, page, name):
    """A lesson's "mark complete" and progress; a program's cohorts open to join."""
    if name == "progress" and isinstance(page, LessonPage):
        progress = selectors.lesson_progress(request.user, page)
        if progress:
            context = {"progress": progress, "lesson": page}
            return render_to_string(
                "cohorts/includes/lesson_progress.html", context, request
            )
    if name == "cohorts" and isinstance(page, ProgramPage):
        cohorts = selectors.open_cohorts(page)
        return render_to_string(
            "cohorts/includes/program_cohorts.html", {"cohorts": cohorts}, request
        )
    return ""


@hooks.register("register_admin_viewset")
def register_cohort_viewsets():
    return CohortsViewSetGroup()


@hooks.register("register_admin_urls")
def register_cohort_admin_urls():
    return [path("cohorts/manage/", include(admin_urls, namespace="cohorts_admin"))]
