"""Public verification: anyone, without an account, checks that a certificate is real.

Pages say only the name as printed, the program, the cohort, the date issued and
whether it is valid. An unknown code, a malformed one and a huge one get the same
not-found page, status and size; lookups are rate limited per address."""

from allauth.account.adapter import get_adapter
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from lms.ratelimits import allow

from .models import grouped, normalized_code
from .selectors import certificate_to_verify

LOOKUPS_PER_MINUTE = 20


@require_GET
def verify_form(request):
    """The form; a code sent with it goes on to its own address, normalized."""
    typed = request.GET.get("code")
    if typed is None:
        return _page(request, "certificates/verify_form.html", {})
    code = normalized_code(typed)
    if code is None:
        return _not_found(request)
    return redirect("certificates:verify", code=grouped(code))


@require_GET
def verify(request, code):
    if not allow("verify", _address(request), limit=LOOKUPS_PER_MINUTE, seconds=60):
        return _page(request, "certificates/too_many.html", {}, status=429)
    certificate = certificate_to_verify(code)
    if certificate is None:
        return _not_found(request)
    return _page(request, "certificates/verify.html", {"certificate": certificate})


def _not_found(request):
    # Nothing of the address comes back, not even in the language switcher: the page
    # is the same, byte for byte in length, whatever was asked.
    context = {"language_next": reverse("certificates:verify_form")}
    return _page(request, "certificates/not_found.html", context, status=404)


def _page(request, template, context, status=200):
    response = render(request, template, context, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


def _address(request) -> str:
    # The real client behind the trusted proxies, as allauth counts sign-in attempts.
    return get_adapter(request).get_client_ip(request)
