"""Per-cohort facilitator pages in the Wagtail admin: applications, roster, waitlist,
attendance, progress matrix and exports. They are views of the cohort and session
viewsets (cohorts/viewsets.py), which wrap each in the managed-cohorts guard, and each
also starts from the cohorts the person manages: another facilitator's cohort (or its
sessions and people) is a 404."""

import segno
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views import View

from . import selectors, services
from .exports import spreadsheet_response
from .forms import AttendanceForm, DeclineForm, HideForm
from .models import AttendanceStatus, EnrollmentStatus, Session
from .permissions import cohorts_managed_by, people_answerable_by
from .selectors import reflections as reflection_selectors
from .selectors.completion import completion_of
from .services import exchange, moderation

DECISIONS = {
    "approve": services.enrollment_approve,
    "decline": services.enrollment_decline,
}


class ManagedCohortView(View):
    """A page about one cohort (its id in the address as `pk`)."""

    model = None  # given by the viewset

    def get_cohort(self):
        return get_object_or_404(
            cohorts_managed_by(self.request.user).select_related("program"),
            pk=self.kwargs["pk"],
        )


class CohortManageView(ManagedCohortView):
    def get(self, request, pk):
        return cohort_manage(request, self.get_cohort())


def cohort_manage(request, cohort):
    enrollments = selectors.roster(cohort)
    context = {
        "cohort": cohort,
        "applications": [
            e for e in enrollments if e.status == EnrollmentStatus.APPLIED
        ],
        "waitlist": sorted(
            (e for e in enrollments if e.status == EnrollmentStatus.WAITLISTED),
            key=lambda e: (e.waitlisted_at, e.pk),
        ),
        "roster": enrollments,
        # Whose requests about their data (copy, deletion) this person may answer.
        "answerable": set(
            people_answerable_by(request.user)
            .filter(enrollments__cohort=cohort)
            .values_list("pk", flat=True)
        ),
        "completions": completion_of(e for e in enrollments if e.holds_seat),
        "sessions": cohort.sessions.select_related("cohort"),
    }
    return TemplateResponse(request, "cohorts/admin/manage.html", context)


class EnrollmentDecideView(ManagedCohortView):
    def post(self, request, pk, enrollment_pk, decision):
        if decision not in DECISIONS:
            raise Http404
        enrollment = get_object_or_404(
            self.get_cohort().enrollments.select_related("user"), pk=enrollment_pk
        )
        return enrollment_decide(request, enrollment, decision)


def enrollment_decide(request, enrollment, decision):
    extra = {}
    if decision == "decline":
        form = DeclineForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("The note cannot be sent as it is."))
            return redirect("cohort:manage", enrollment.cohort_id)
        extra = {"reason": form.cleaned_data["reason"]}
    try:
        DECISIONS[decision](enrollment=enrollment, by=request.user, **extra)
    except services.EnrollmentError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, _("Saved for %(name)s.") % {"name": enrollment.user.display_name}
        )
    return redirect("cohort:manage", enrollment.cohort_id)


class AttendanceView(View):
    """A session's attendance sheet (the session's id in the address as `pk`)."""

    model = None  # given by the viewset

    def dispatch(self, request, pk):
        session = get_object_or_404(
            Session.objects.filter(
                cohort__in=cohorts_managed_by(request.user)
            ).select_related("cohort"),
            pk=pk,
        )
        return attendance(request, session)


def attendance(request, session):
    if request.method == "POST":
        form = AttendanceForm(request.POST, session=session)
        if not form.is_valid():
            messages.error(request, _("Choose a person of this cohort and a status."))
            return redirect("session:attendance", session.pk)
        enrollment = form.cleaned_data["enrollment"]
        services.attendance_record(
            session=session,
            enrollment=enrollment,
            status=form.cleaned_data["status"],
            by=request.user,
        )
        return redirect(
            reverse("session:attendance", args=[session.pk])
            + f"#person-{enrollment.pk}"
        )
    # The language-neutral address: each participant's phone opens it in their language.
    check_in_url = request.build_absolute_uri(
        reverse("cohorts_scan:check_in_scan", args=[services.check_in_token(session)])
    )
    # Shown on the facilitator's screen for participants to scan: inline SVG, no file.
    qr = segno.make(check_in_url).svg_inline(scale=6)
    context = {
        "session": session,
        "sheet": selectors.attendance_sheet(session),
        "statuses": AttendanceStatus.choices,
        "check_in_url": check_in_url,
        "check_in_qr": mark_safe(qr),  # noqa: S308 - segno's own SVG, no user text in it
    }
    return TemplateResponse(request, "cohorts/admin/attendance.html", context)


class ProgressView(ManagedCohortView):
    def get(self, request, pk):
        cohort = self.get_cohort()
        context = {"cohort": cohort, "matrix": selectors.progress_matrix(cohort)}
        return TemplateResponse(request, "cohorts/admin/progress.html", context)


class RosterExportView(ManagedCohortView):
    def get(self, request, pk, spreadsheet_format):
        return roster_export(self.get_cohort(), spreadsheet_format)


class ProgressExportView(ManagedCohortView):
    def get(self, request, pk, spreadsheet_format):
        return progress_export(self.get_cohort(), spreadsheet_format)


def roster_export(cohort, spreadsheet_format):
    columns = {
        "name": _("Name"),
        "latin_name": _("Name in Latin letters"),
        "language": _("Language"),
        "email": _("Email"),
        "organization": _("Organization"),
        "status": _("Status"),
        "lessons_done": _("Lessons done"),
    }
    rows = (  # a generator: the CSV is streamed row by row
        {
            "name": e.user.display_name,
            "latin_name": e.user.latin_name,
            "language": e.user.get_preferred_language_display(),
            "email": e.user.email,
            "organization": e.organization.name if e.organization else "",
            "status": e.get_status_display(),
            "lessons_done": e.done,
        }
        for e in selectors.roster(cohort)
    )
    return spreadsheet_response(
        rows,
        columns=columns,
        filename=f"{cohort.slug}-roster",
        spreadsheet_format=spreadsheet_format,
    )


def progress_export(cohort, spreadsheet_format):
    matrix = selectors.progress_matrix(cohort)
    columns = {
        "name": _("Name"),
        **{f"l{i}": lesson.title for i, lesson in enumerate(matrix.lessons)},
        "total": _("Total"),
    }
    rows = (
        {
            "name": e.user.display_name,
            "total": total,
            **{f"l{i}": int(m) for i, m in enumerate(marks)},
        }
        for e, marks, total in matrix.rows
    )
    return spreadsheet_response(
        rows,
        columns=columns,
        filename=f"{cohort.slug}-progress",
        spreadsheet_format=spreadsheet_format,
    )


def moderation_queue(request):
    """Reports on reflections and responses of the cohorts the person manages, each
    with what was written (as text) and the two decisions: hide, or dismiss."""
    reports = list(moderation.open_reports_for(request.user))
    context = {"reports": reports, "hide_form": HideForm()}
    return TemplateResponse(request, "cohorts/admin/moderation.html", context)


def moderation_decide(request, pk, decision):
    if request.method != "POST" or decision not in ("hide", "dismiss"):
        raise Http404
    report = get_object_or_404(moderation.open_reports_for(request.user), pk=pk)
    if decision == "dismiss":
        moderation.report_dismiss(by=request.user, report=report)
        messages.success(request, _("Report dismissed: the item stays visible."))
        return redirect("cohorts_moderation")
    form = HideForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give a reason: the writer receives it."))
        return redirect("cohorts_moderation")
    moderation.item_hide(by=request.user, report=report, **form.cleaned_data)
    messages.success(request, _("Hidden. The writer has been told why."))
    return redirect("cohorts_moderation")


def public_quotes(request):
    """Reflections of the person's cohorts that their writers agreed to have quoted,
    to feature on (or take off) the program's public page."""
    context = {
        "reflections": list(reflection_selectors.quotable_reflections(request.user))
    }
    return TemplateResponse(request, "cohorts/admin/public_quotes.html", context)


def public_quote_toggle(request, pk):
    if request.method != "POST":
        raise Http404
    reflection = get_object_or_404(
        reflection_selectors.quotable_reflections(request.user), pk=pk
    )
    featured = exchange.quote_feature_toggle(user=request.user, reflection=reflection)
    messages.success(
        request,
        _("Featured on the program page.")
        if featured
        else _("Taken off the program page."),
    )
    return redirect("cohorts_public_quotes")
