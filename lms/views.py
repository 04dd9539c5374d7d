"""Site-wide views: health, language choice, the profile page, the admin login hand-off,
and the page shown when a request fails."""

import sys

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db import (
    DatabaseError,
    InterfaceError,
    OperationalError,
    connection,
    connections,
)
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django.views.i18n import set_language as django_set_language
from wagtail import hooks

from . import selectors, services
from .forms import ConsentForm, JoinOrganizationForm, ProfileForm
from .models import Organization


@never_cache
@require_GET
def healthz(request):
    """200 when the database answers, 503 otherwise; for load balancers and uptime checks."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse(
            "database unavailable\n", status=503, content_type="text/plain"
        )
    return HttpResponse("ok\n", content_type="text/plain")


def server_error(request):
    """handler500, for an error anywhere (a view or any middleware): a plain 503 with
    Retry-After when the database cannot be reached, Django's 500 otherwise. Django has
    already logged the error with its traceback; neither page says anything about it."""
    error = sys.exc_info()[1]
    if database_unreachable(error):
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = "30"
        return response
    return HttpResponseServerError(render_to_string("500.html"))


def database_unreachable(error) -> bool:
    """Whether `error` means the database is down: a new connection cannot be made.
    Other database errors ("database is locked", a missing table) are faults to fix."""
    if not isinstance(error, OperationalError | InterfaceError):
        return False
    probe = connections.create_connection("default")
    try:
        probe.ensure_connection()
    except DatabaseError:
        return True
    finally:
        probe.close()
    return False


@require_POST
def set_language(request):
    """Django's language switch; signed-in people also keep the choice for next time."""
    response = django_set_language(request)
    language = request.POST.get("language", "")
    if request.user.is_authenticated and language in selectors.language_codes():
        services.user_set_preferred_language(user=request.user, language=language)
    return response


@never_cache
def admin_login(request):
    """The Wagtail admin signs in through allauth, so rate limits and MFA apply."""
    return redirect_to_login(request.GET.get("next") or "/admin/")


PROFILE_HOOK = "profile_sections"


@login_required
def profile(request):
    user = request.user
    form = ProfileForm(request.POST or None, instance=user)
    if request.method == "POST" and form.is_valid():
        services.user_update_profile(user=user, **form.cleaned_data)
        messages.success(request, _("Your profile has been saved."))
        return redirect(_profile_url_in(form.cleaned_data["preferred_language"]))
    context = {
        "form": form,
        "memberships": selectors.memberships_for(user),
        "join_form": JoinOrganizationForm(),
        # Other apps' settings (cohorts: emails about the exchange), as HTML.
        "sections": [section(request) for section in hooks.get_hooks(PROFILE_HOOK)],
    }
    return render(request, "lms/profile.html", context)


@login_required
@require_POST
def organization_join(request):
    form = JoinOrganizationForm(request.POST)
    if form.is_valid():
        organization = form.cleaned_data["organization"]
        services.membership_join(user=request.user, organization=organization)
        messages.success(
            request, _("You joined %(name)s.") % {"name": organization.name}
        )
    else:
        messages.error(request, _("Choose an organization from the list."))
    return redirect("lms:profile")


@login_required
@require_POST
def organization_leave(request, slug):
    organization = _my_organization(request, slug)
    services.membership_leave(user=request.user, organization=organization)
    messages.success(request, _("You left %(name)s.") % {"name": organization.name})
    return redirect("lms:profile")


@login_required
@require_POST
def organization_consent(request, slug):
    organization = _my_organization(request, slug)
    form = ConsentForm(request.POST)
    form.is_valid()  # a missing checkbox means "no": the form cannot be invalid
    shares = form.cleaned_data.get("shares_progress", False)
    services.membership_set_consent(
        user=request.user, organization=organization, shares_progress=shares
    )
    if shares:
        message = _("%(name)s can now see your training progress.")
    else:
        message = _("%(name)s can no longer see your training progress.")
    messages.success(request, message % {"name": organization.name})
    return redirect("lms:profile")


def _my_organization(request, slug) -> Organization:
    """An organization the signed-in person belongs to, or 404."""
    return get_object_or_404(Organization, slug=slug, memberships__user=request.user)


def _profile_url_in(language: str) -> str:
    with translation.override(language):
        return reverse("lms:profile")
