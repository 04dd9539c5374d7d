"""A person's own data: see it (My data), take it (a ZIP sent as a link), and delete
the account. Every page is the signed-in person's own: there is no id to change."""

import secrets
import time

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from . import emails, personal_data, services
from .downloads import private_download
from .forms import AccountDeleteForm
from .models import DataExport
from .ratelimits import allow

CODES_PER_HOUR = 5
CODE_SECONDS = 15 * 60
CODE_TRIES = 5
CODE_SESSION_KEY = "lms_account_delete_code"


PREVIEW_ROWS = 5


@never_cache
@login_required
def my_data(request):
    """Every section with its first rows; `?show=<key>` opens one section whole."""
    expanded = request.GET.get("show", "")
    sections = personal_data.sections_for(request.user)
    context = {
        "sections": personal_data.shown(
            sections, first=PREVIEW_ROWS, expanded=expanded
        ),
        "expanded": expanded,
        "exports": request.user.data_exports.all()[:3],
    }
    return render(request, "lms/my_data.html", context)


@login_required
@require_POST
def data_export_request(request):
    if services.data_export_request(user=request.user) is None:
        messages.error(
            request, _("You asked for your data several times today. Try tomorrow.")
        )
        return redirect("lms:my_data")
    messages.success(
        request,
        _(
            "We are preparing your data. We will email you a link to it in a few minutes."
        ),
    )
    return redirect("lms:my_data")


@never_cache
@login_required
def data_download(request, token):
    """Only to the person it was made for, signed in, before the link expires: a
    forwarded email or a link that leaked is not enough."""
    export = get_object_or_404(DataExport, token=token, user=request.user)
    if not export.is_downloadable():
        raise Http404
    return private_download(
        export.file,
        content_type="application/zip",
        filename=f"my-data-{export.ready_at:%Y-%m-%d}.zip",
    )


@never_cache
@login_required
def account_delete(request):
    form = AccountDeleteForm(
        request.POST or None,
        user=request.user,
        code_matches=lambda code: _code_matches(request, code),
    )
    if request.method == "POST" and form.is_valid():
        language = request.user.preferred_language
        services.account_delete(user=request.user, keep_writing=form.keep_writing)
        logout(request)
        with translation.override(language):
            messages.success(request, _("Your account is deleted."))
        return redirect("/")
    context = {"form": form, "code_sent": _code_pending(request)}
    return render(request, "lms/account_delete.html", context)


@login_required
@require_POST
def account_delete_code(request):
    """Email a code that stands in for the password on the deletion page."""
    if allow("delete-code", request.user.pk, limit=CODES_PER_HOUR, seconds=3600):
        code = f"{secrets.randbelow(10**6):06d}"
        request.session[CODE_SESSION_KEY] = {
            "hash": _hashed(code),
            "until": time.time() + CODE_SECONDS,
            "tries": 0,
        }
        emails.deletion_code_send(request.user, code)
        messages.success(request, _("We emailed you a code. Type it below."))
    else:
        messages.error(request, _("Too many codes asked for. Try again in an hour."))
    return redirect("lms:account_delete")


def _code_pending(request) -> bool:
    """A code was emailed for this session and can still be used."""
    stored = request.session.get(CODE_SESSION_KEY)
    return bool(
        stored and stored["until"] >= time.time() and stored["tries"] < CODE_TRIES
    )


def _code_matches(request, code: str) -> bool:
    """The code emailed for this session, not expired, within a few tries."""
    if not _code_pending(request):
        return False
    stored = request.session[CODE_SESSION_KEY]
    stored["tries"] += 1
    request.session[CODE_SESSION_KEY] = stored
    return constant_time_compare(stored["hash"], _hashed(code))


def _hashed(code: str) -> str:
    return salted_hmac("lms.account-delete-code", code).hexdigest()
