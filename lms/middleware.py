"""Request guards that apply across the whole site."""

import contextlib
import re
from urllib.parse import unquote_plus

from allauth.mfa.utils import is_mfa_enabled
from csp.middleware import CSPMiddleware
from django.contrib import messages
from django.db import DatabaseError
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext as _

from .pages import site_for_request
from .permissions import can_access_admin, requires_mfa

ADMIN_PREFIX = "/admin/"


class AdminAccessMiddleware:
    """Keeps the Wagtail admin to facilitators and site admins who use two-factor login.

    Anonymous visitors fall through to Wagtail, which sends them to the (allauth) login.
    Signed-in people without the role get 404 (not a login loop, and nothing about
    what the admin holds).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(ADMIN_PREFIX) and request.user.is_authenticated:
            if not can_access_admin(request.user):
                raise Http404
            if requires_mfa(request.user) and not is_mfa_enabled(request.user):
                # The admin has no language prefix: continue in the person's own.
                with translation.override(request.user.preferred_language):
                    messages.warning(
                        request,
                        _(
                            "Set up two-factor authentication before you open the admin."
                        ),
                    )
                    return redirect("mfa_activate_totp")
            # The admin has no language prefix: it speaks the person's language
            # (Wagtail's own "admin language" setting, when chosen, still wins).
            translation.activate(request.user.preferred_language)
            request.LANGUAGE_CODE = request.user.preferred_language
        return self.get_response(request)


class SiteMiddleware:
    """Wagtail's site for the request, read from the shared cache (`site_for_request`)
    and put where Wagtail's `Site.find_for_request` looks first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # A database that is down is left to the views that need a site (the health
        # check does not).
        with contextlib.suppress(DatabaseError):
            request._wagtail_site = site_for_request(request)
        return self.get_response(request)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The site's policy everywhere; the Wagtail admin also needs inline style attributes."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIX):
            parts.update = {**(parts.update or {}), "style-src": ["'unsafe-inline'"]}
        return parts


BIGGEST_ID = 2**63 - 1  # a 64-bit signed integer, the largest the databases store
ID_KWARG = re.compile(r"(?:^|_)(?:pk|id)$")


class UnusableValuesMiddleware:
    """Refuses, for every URL of every app (the admin's included), values that no view
    can use, before they reach a database that would fail on them (a 500):

    - a NUL character in the path or the query string: 400 (PostgreSQL cannot hold one
      in text; no link carries one);
    - an id in the path (a view argument named `pk`, `id` or `..._id`) that is not a
      whole number the databases can store: 404 (every model here has integer ids).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = unquote_plus(request.META.get("QUERY_STRING", ""))
        if "\x00" in request.path_info or "\x00" in query:
            return HttpResponseBadRequest("Bad request\n", content_type="text/plain")
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        for name, value in view_kwargs.items():
            if ID_KWARG.search(name) and not _usable_id(value):
                raise Http404


def _usable_id(value) -> bool:
    if isinstance(value, str):
        if not value.isascii() or not value.isdigit():
            return False
        value = int(value)
    return isinstance(value, int) and 0 <= value <= BIGGEST_ID
