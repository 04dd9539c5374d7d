"""How cohorts plug into the curriculum and the Wagtail admin."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from curriculum.models import LessonPage, ModulePage, ProgramPage
from curriculum.permissions import READABLE_PROGRAMS_HOOK
from curriculum.selectors import lesson_prompts, programs_under
from lms.models import HomePage, User
from lms.pages import READER_CONTEXT_HOOK
from lms.permissions import is_site_admin
from lms.personal_data import PERSONAL_DATA_HOOK
from lms.services import ACCOUNT_DELETE_HOOK
from lms.views import PROFILE_HOOK

from . import (
    admin_views,
    notifications,
    partner_views,
    people_views,
    selectors,
)
from .dashboard import FacilitatorPanel
from .forms import NotificationSettingsForm, ReflectionForm
from .models import Cohort, CohortLogEntry, InviteCode, Session
from .personal_data import cohort_sections, cohorts_forget
from .selectors import reflections as reflection_selectors
from .viewsets import CohortsViewSetGroup


@hooks.register(READABLE_PROGRAMS_HOOK)
def enrolled_programs(user):
    """Participants holding a seat (enrolled or completed) read their program's lessons."""
    return selectors.readable_program_keys(user)


@hooks.register(READER_CONTEXT_HOOK)
def reader_context(request, page) -> dict:
    """What a page shows of the reader's cohorts: on a lesson their progress and the
    "mark complete" button, in outlines a check mark on each lesson they finished, on
    a program how to join its cohorts, on the home page each program's next cohort
    and where they left off."""
    if isinstance(page, HomePage):
        return _home_context(request, page)
    context = {}
    if isinstance(page, ProgramPage | ModulePage | LessonPage):
        done = selectors.completed_lesson_keys(request.user, page)
        context["lessons_done"] = done or set()
        if done is not None and isinstance(page, LessonPage):
            context["progress"] = selectors.lesson_progress(page, done)
            context["lesson"] = page
            context["reflection_panels"] = _reflection_panels(request.user, page)
    if isinstance(page, ProgramPage):
        context["quotes"] = reflection_selectors.public_quotes(page)
        context["program"] = page
        context["cohorts"] = selectors.program_cohorts(page)
        context["notice_pending"] = selectors.opening_notice_pending(request.user, page)
    return context


def _reflection_panels(user, lesson) -> dict:
    """prompt id -> what the lesson shows under that prompt: the person's reflection
    with who can see it, or the form to write one."""
    enrollment = reflection_selectors.enrollment_for_lesson(user, lesson)
    if enrollment is None:
        return {}
    audience = reflection_selectors.audience_of(enrollment)
    mine = reflection_selectors.own_reflections_on(enrollment, lesson)
    panels = {}
    for prompt_id in lesson_prompts(lesson):
        reflection = mine.get(prompt_id)
        panels[prompt_id] = {
            "reflection": reflection,
            "sentence": audience.sentence(reflection.visibility) if reflection else "",
            "form": None
            if reflection
            else ReflectionForm(audience=audience, auto_id=f"r-{prompt_id}-%s"),
        }
    return panels


def _home_context(request, page) -> dict:
    programs = programs_under(page)
    context = {
        "programs": programs,
        "next_cohorts": selectors.next_cohort_by_program(programs),
    }
    if request.user.is_authenticated:
        context["step"] = selectors.next_step(request.user)
    return context


@hooks.register(PROFILE_HOOK)
def email_choices(request) -> str:
    """On the profile page: how the person hears of responses and announcements."""
    current = notifications.settings_for(request.user)
    form = NotificationSettingsForm(
        initial={
            "responses": current.responses,
            "announcements": current.announcements,
        }
    )
    return render_to_string(
        "cohorts/includes/notification_settings.html", {"form": form}, request=request
    )


@hooks.register("register_admin_urls")
def moderation_urls():
    return [
        path("reports/", admin_views.moderation_queue, name="cohorts_moderation"),
        path(
            "reports/<int:pk>/<str:decision>/",
            admin_views.moderation_decide,
            name="cohorts_moderation_decide",
        ),
        path("quotes/", admin_views.public_quotes, name="cohorts_public_quotes"),
        path(
            "quotes/<int:pk>/",
            admin_views.public_quote_toggle,
            name="cohorts_public_quote_toggle",
        ),
    ]


@hooks.register("register_admin_menu_item")
def moderation_menu_item():
    return MenuItem(
        _("Reports"), reverse("cohorts_moderation"), icon_name="warning", order=260
    )


@hooks.register("register_admin_menu_item")
def public_quotes_menu_item():
    return MenuItem(
        _("Public quotes"),
        reverse("cohorts_public_quotes"),
        icon_name="openquote",
        order=261,
    )


class SiteAdminMenuItem(MenuItem):
    def is_shown(self, request):
        return is_site_admin(request.user)


@hooks.register("register_admin_menu_item")
def partner_dashboards_menu_item():
    """Site admins open any organization's dashboard, as its managers see it."""
    return SiteAdminMenuItem(
        _("Partner dashboards"),
        reverse("cohorts:partner_home"),
        icon_name="group",
        order=301,
    )


@hooks.register("register_log_actions")
def cohort_log_entries(actions):
    """Changes to cohorts, sessions and codes are logged apart (CohortLogEntry)."""
    for model in (Cohort, Session, InviteCode):
        actions.register_model(model, CohortLogEntry)
    # Partner dashboards: who read or downloaded member data, with which filters.
    actions.register_action(
        partner_views.VIEWED,
        _("View partner dashboard"),
        _("Viewed the partner dashboard"),
    )
    actions.register_action(
        partner_views.EXPORTED,
        _("Export partner data"),
        _("Exported the partner dashboard"),
    )
    actions.register_action(
        partner_views.REMOVED, _("Remove partner member"), _("Removed a member")
    )


hooks.register(PERSONAL_DATA_HOOK, cohort_sections)
hooks.register(ACCOUNT_DELETE_HOOK, cohorts_forget)


@hooks.register("register_admin_urls")
def person_data_urls():
    return [
        path(
            "people/<int:user_id>/data/",
            people_views.person_data,
            name="cohorts_person_data",
        ),
        path(
            "people/<int:user_id>/data/export/",
            people_views.person_data_export,
            name="cohorts_person_data_export",
        ),
        path(
            "people/<int:user_id>/data/delete/",
            people_views.person_delete,
            name="cohorts_person_delete",
        ),
    ]


@hooks.register("register_user_listing_buttons")
def person_data_button(user, request_user):
    # Only site admins reach Wagtail's user list: every account but their own.
    if is_site_admin(request_user) and user.pk != request_user.pk:
        url = reverse("cohorts_person_data", args=[user.pk])
        yield Button(_("Data request: copy or delete"), url=url, priority=90)


@hooks.register("before_delete_user")
def delete_accounts_through_their_data_page(request, user):
    """Deleting an account also frees seats, withdraws certificates and removes
    files: every deletion goes through the one service that does all of it."""
    messages.info(request, _("Delete the account here, with what it holds."))
    return redirect("cohorts_person_data", user.pk)


@hooks.register("before_bulk_action")
def no_bulk_account_deletion(request, action_type, objects, action):
    if action_type == "delete" and objects and isinstance(objects[0], User):
        messages.error(
            request,
            _("Delete accounts one at a time, from each person's data request page."),
        )
        return redirect("wagtailusers_users:index")
    return None


@hooks.register("construct_homepage_panels")
def add_facilitator_panel(request, panels):
    panels.append(FacilitatorPanel())


@hooks.register("register_admin_viewset")
def register_cohort_viewsets():
    return CohortsViewSetGroup()
