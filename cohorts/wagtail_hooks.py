"""How cohorts plug into the curriculum and the Wagtail admin."""

from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks

from curriculum.models import LessonPage, ProgramPage
from curriculum.permissions import READABLE_PROGRAMS_HOOK
from curriculum.selectors import programs_under
from lms.models import HomePage, User
from lms.pages import READER_FRAGMENT_HOOK

from . import selectors, services
from .dashboard import FacilitatorPanel
from .models import Cohort, CohortLogEntry, InviteCode, Session
from .viewsets import CohortsViewSetGroup


@hooks.register(READABLE_PROGRAMS_HOOK)
def enrolled_programs(user):
    """Participants holding a seat (enrolled or completed) read their program's lessons."""
    return selectors.readable_program_keys(user)


@hooks.register(READER_FRAGMENT_HOOK)
def per_person_parts(request, page, name):
    """A lesson's "mark complete" and progress, a check mark on each lesson the
    reader finished (in outlines), and how to join a program's cohorts."""
    if name == "progress" and isinstance(page, LessonPage):
        done = _lessons_done(request, page)
        if done is not None:
            context = {
                "progress": selectors.lesson_progress(page, done),
                "lesson": page,
            }
            return render_to_string(
                "cohorts/includes/lesson_progress.html", context, request
            )
    if name.startswith(DONE_HOLE_PREFIX):
        key = name.removeprefix(DONE_HOLE_PREFIX)
        return _done_mark() if key in _lessons_done_hex(request, page) else ""
    if isinstance(page, HomePage):
        return _home_part(request, page, name)
    if name == "cohorts" and isinstance(page, ProgramPage):
        context = {
            "cohorts": selectors.program_cohorts(page),
            "program": page,
            "notice_pending": selectors.opening_notice_pending(request.user, page),
        }
        return render_to_string(
            "cohorts/includes/program_cohorts.html", context, request
        )
    return ""


def _home_part(request, page, name) -> str:
    """The home page's program cards (with each one's next cohort), and where a
    signed-in participant left off."""
    if name == "programs":
        programs = programs_under(page)
        context = {
            "programs": programs,
            "next_cohorts": selectors.next_cohort_by_program(programs),
        }
        return render_to_string("cohorts/includes/home_programs.html", context, request)
    if name == "continue" and request.user.is_authenticated:
        step = selectors.next_step(request.user)
        if step:
            return render_to_string(
                "cohorts/includes/continue.html", {"step": step}, request
            )
    return ""


# Outlines write `<!--reader:done_<lesson translation_key hex>-->` beside each lesson.
DONE_HOLE_PREFIX = "done_"


def _done_mark() -> str:
    return format_html(
        '<span class="done-mark">✓<span class="visually-hidden"> {}</span></span>',
        _("done"),
    )


def _lessons_done(request, page) -> set | None:
    """The reader's finished lessons in the page's program, asked once per request."""
    if not hasattr(request, "_lessons_done"):
        request._lessons_done = selectors.completed_lesson_keys(request.user, page)
    return request._lessons_done


def _lessons_done_hex(request, page) -> set:
    if not hasattr(request, "_lessons_done_hex"):
        done = _lessons_done(request, page) or ()
        request._lessons_done_hex = {key.hex for key in done}
    return request._lessons_done_hex


@hooks.register("register_log_actions")
def cohort_log_entries(actions):
    """Changes to cohorts, sessions and codes are logged apart (CohortLogEntry)."""
    for model in (Cohort, Session, InviteCode):
        actions.register_model(model, CohortLogEntry)


@hooks.register("after_delete_user")
def free_the_seats_of_a_deleted_account(request, user):
    """An account's enrollments go with it: their seats go to the waitlists."""
    services.seat_counters_reconcile()


@hooks.register("after_bulk_action")
def free_the_seats_of_deleted_accounts(request, action_type, objects, action):
    if action_type == "delete" and objects and isinstance(objects[0], User):
        services.seat_counters_reconcile()


@hooks.register("construct_homepage_panels")
def add_facilitator_panel(request, panels):
    panels.append(FacilitatorPanel())


@hooks.register("register_admin_viewset")
def register_cohort_viewsets():
    return CohortsViewSetGroup()
