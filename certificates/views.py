"""Public verification: anyone, without an account, checks that a certificate is real.

Pages say only the name as printed, the program, the cohort, the date issued and
whether it is valid. An unknown code, a malformed one and a huge one get the same
not-found page, status and size; lookups are rate limited per address."""

from allauth.account.adapter import get_adapter
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lms.downloads import private_download
from lms.ratelimits import allow

from . import services
from .models import Certificate, grouped, normalized_code
from .permissions import certificates_downloadable_by, certificates_held_by
from .selectors import certificate_to_verify, linkedin_add_url

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


# The holder's certificate ------------------------------------------------------------


@login_required
@require_GET
def detail(request, code):
    """The holder's page (facilitators of the cohort see it too): the PDF, the link
    to verify it, LinkedIn, and whether verification finds it."""
    certificate = _downloadable(request, code)
    context = {
        "certificate": certificate,
        "is_holder": certificate.enrollment.user_id == request.user.pk,
        "verify_url": request.build_absolute_uri(
            reverse("certificates:verify", kwargs={"code": certificate.display_code})
        ),
    }
    context["linkedin_url"] = linkedin_add_url(certificate, context["verify_url"])
    return render(request, "certificates/detail.html", context)


@login_required
@require_GET
def pdf(request, code):
    certificate = _downloadable(request, code)
    if not certificate.pdf:
        messages.info(request, _("Your PDF is still being prepared. Try again soon."))
        return redirect("certificates:detail", code=certificate.code)
    return private_download(
        certificate.pdf,
        content_type="application/pdf",
        filename=f"certificate-{certificate.display_code}.pdf",
    )


@login_required
@require_POST
def visibility(request, code):
    """Only the holder hides a certificate from verification, or shows it again."""
    certificate = _found(certificates_held_by(request.user), code)
    hidden = request.POST.get("hidden") == "1"
    services.certificate_set_hidden(certificate=certificate, hidden=hidden)
    if hidden:
        messages.success(
            request,
            _("Hidden: checking this code now says no certificate was found."),
        )
    else:
        messages.success(request, _("Shown: anyone with the code can check it again."))
    return redirect("certificates:detail", code=certificate.code)


def _downloadable(request, code) -> Certificate:
    return _found(certificates_downloadable_by(request.user), code)


def _found(certificates, typed) -> Certificate:
    code = normalized_code(typed)
    if code is None:
        raise Http404
    return get_object_or_404(
        certificates.select_related("enrollment__cohort", "enrollment__user"),
        code=code,
    )
