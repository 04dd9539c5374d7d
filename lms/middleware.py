"""Request guards that apply across the whole site."""

from allauth.mfa.utils import is_mfa_enabled
from csp.middleware import CSPMiddleware
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext as _

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


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The site's policy everywhere; the Wagtail admin also needs inline style attributes."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIX):
            parts.update = {**(parts.update or {}), "style-src": ["'unsafe-inline'"]}
        return parts
