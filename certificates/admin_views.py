"""A cohort's certificates in the Wagtail admin, for its facilitators and site
admins: who meets the program's rule and what the others miss, issuing (by hand or
in bulk), revoking and re-issuing. Every view starts from the cohorts the person
manages, so another cohort's id, or its people, is a 404."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from cohorts.models import SEAT_HOLDING
from cohorts.permissions import cohorts_managed_by
from cohorts.selectors.completion import completion_of

from . import services
from .forms import RevokeForm
from .models import Certificate


def _cohort(request, pk):
    return get_object_or_404(
        cohorts_managed_by(request.user).select_related("program"), pk=pk
    )


def cohort_certificates(request, pk):
    cohort = _cohort(request, pk)
    enrollments = list(
        cohort.enrollments.filter(status__in=SEAT_HOLDING)
        .select_related("user", "cohort__program")
        .prefetch_related("certificates")
        .order_by("user__display_name", "pk")
    )
    completions = completion_of(enrollments)
    rows = [_row(e, completions[e.pk]) for e in enrollments]
    context = {
        "cohort": cohort,
        "rows": rows,
        "ready": [row for row in rows if row["ready"]],
        "has_rule": any(row["completion"].has_rule for row in rows),
        "revoke_form": RevokeForm(),
    }
    return TemplateResponse(request, "certificates/admin/cohort.html", context)


def _row(enrollment, completion) -> dict:
    certificates = sorted(
        enrollment.certificates.all(), key=lambda c: c.issued_at, reverse=True
    )
    valid = next((c for c in certificates if c.is_valid), None)
    return {
        "enrollment": enrollment,
        "completion": completion,
        "certificate": valid,
        "revoked": [c for c in certificates if not c.is_valid],
        "ready": valid is None and completion.met,
    }


@require_POST
def issue_all(request, pk):
    cohort = _cohort(request, pk)
    issued = services.certificates_issue_to_cohort(user=request.user, cohort=cohort)
    if issued:
        messages.success(
            request,
            ngettext(
                "%(count)d certificate issued.",
                "%(count)d certificates issued.",
                len(issued),
            )
            % {"count": len(issued)},
        )
    else:
        messages.info(request, _("Nobody else meets the rule yet: nothing issued."))
    return redirect("certificates_cohort", cohort.pk)


@require_POST
def issue(request, pk, enrollment_pk):
    cohort = _cohort(request, pk)
    enrollment = get_object_or_404(
        cohort.enrollments.filter(status__in=SEAT_HOLDING).select_related("user"),
        pk=enrollment_pk,
    )
    services.certificate_issue_by(user=request.user, enrollment=enrollment)
    messages.success(
        request,
        _("Certificate issued to %(name)s.") % {"name": enrollment.user.display_name},
    )
    return redirect("certificates_cohort", cohort.pk)


@require_POST
def revoke(request, pk, certificate_pk, action):
    """Revoke, or revoke and issue a new one (`reissue`), with a reason."""
    if action not in ("revoke", "reissue"):
        raise Http404
    cohort = _cohort(request, pk)
    certificate = get_object_or_404(
        Certificate.objects.filter(enrollment__cohort=cohort, revoked_at__isnull=True),
        pk=certificate_pk,
    )
    form = RevokeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give a reason to revoke a certificate."))
        return redirect("certificates_cohort", cohort.pk)
    reason = form.cleaned_data["reason"]
    name = certificate.name_printed
    if action == "reissue":
        services.certificate_reissue(
            user=request.user, certificate=certificate, reason=reason
        )
        messages.success(
            request,
            _("Re-issued to %(name)s: the old code now shows revoked.")
            % {"name": name},
        )
    else:
        services.certificate_revoke(
            user=request.user, certificate=certificate, reason=reason
        )
        messages.success(request, _("Revoked: %(name)s.") % {"name": name})
    return redirect("certificates_cohort", cohort.pk)
