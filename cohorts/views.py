"""Participant pages: a cohort, joining and leaving it, My learning, marking lessons
done, checking in, and asking to hear when a program's next cohort opens."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from curriculum.models import LessonPage, ProgramPage
from curriculum.selectors import program_outline
from lms.pages import localized_url

from . import ical, selectors, services
from .forms import EnrollmentForm
from .models import CalendarFeed, Enrollment, EnrollmentStatus


@require_GET
def cohort_detail(request, slug):
    cohort = _visible_cohort_or_404(slug, request.user)
    enrollment = None
    if request.user.is_authenticated:
        enrollment = Enrollment.objects.filter(user=request.user, cohort=cohort).first()
    form = EnrollmentForm(cohort=cohort, user=request.user)
    return render(
        request, "cohorts/cohort_detail.html", _detail_context(cohort, enrollment, form)
    )


def _detail_context(cohort, enrollment, form) -> dict:
    refusal = services.enrollment_refusal(cohort)
    positions = selectors.waitlist_positions([enrollment] if enrollment else [])
    return {
        "cohort": cohort,
        "enrollment": enrollment,
        "active": enrollment is not None
        and enrollment.status
        not in (EnrollmentStatus.WITHDRAWN, EnrollmentStatus.DECLINED),
        "waitlist_position": positions.get(enrollment.pk) if enrollment else None,
        "sessions": selectors.sessions_for(cohort, enrollment),
        "form": form,
        "refusal": refusal,
        "next_cohort": selectors.next_cohort(cohort) if refusal else None,
    }


@login_required
@require_POST
def cohort_enroll(request, slug):
    cohort = _visible_cohort_or_404(slug, request.user)
    form = EnrollmentForm(request.POST, cohort=cohort)
    if not form.is_valid():
        context = _detail_context(cohort, None, form)
        return render(request, "cohorts/cohort_detail.html", context, status=400)
    try:
        enrollment = services.enrollment_request(
            user=request.user,
            cohort=cohort,
            reason=form.cleaned_data.get("reason", ""),
            invite_code=form.cleaned_data.get("code", ""),
            organization=form.cleaned_data.get("organization"),
        )
    except services.EnrollmentError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, STATUS_MESSAGES[enrollment.status] % {"cohort": cohort.title}
        )
    return redirect(cohort)


@login_required
def cohort_withdraw(request, slug):
    """GET asks "are you sure?" and says what happens to the seat; POST leaves. A
    second tap, or an old tab, finds the person already gone and says so."""
    cohort = _visible_cohort_or_404(slug, request.user)
    enrollment = get_object_or_404(Enrollment, user=request.user, cohort=cohort)
    if enrollment.status not in LEAVABLE:
        messages.info(request, _("You are not in this cohort."))
        return redirect(cohort)
    if request.method != "POST":
        context = {"cohort": cohort, "enrollment": enrollment}
        return render(request, "cohorts/withdraw_confirm.html", context)
    try:
        services.enrollment_withdraw(enrollment=enrollment)
    except services.EnrollmentError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("You left %(cohort)s.") % {"cohort": cohort.title})
    return redirect(cohort)


LEAVABLE = (
    EnrollmentStatus.APPLIED,
    EnrollmentStatus.WAITLISTED,
    EnrollmentStatus.ENROLLED,
)


@login_required
@require_GET
def learning(request):
    context = {
        "entries": selectors.learning_overview(request.user),
        "calendar_feed": services.calendar_feed_for(request.user),
    }
    return render(request, "cohorts/learning.html", context)


@login_required
@require_POST
def lesson_complete(request, page_id):
    """Record the lesson, say so, and go on to the next one."""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=page_id)
    if not services.lesson_complete(user=request.user, lesson=lesson):
        messages.error(
            request,
            _("Only participants of this program's cohorts can track progress."),
        )
        return redirect(localized_url(lesson, request))
    following = program_outline(lesson).position(lesson)["next"]
    if following is None:
        messages.success(
            request,
            _("Lesson complete: %(lesson)s. That was the last lesson of the program.")
            % {"lesson": lesson.title},
        )
        return redirect(localized_url(lesson, request))
    messages.success(
        request,
        _("Lesson complete: %(lesson)s. Here is the next one.")
        % {"lesson": lesson.title},
    )
    return redirect(localized_url(following, request))


STATUS_MESSAGES = {
    EnrollmentStatus.ENROLLED: gettext_lazy("You are enrolled in %(cohort)s."),
    EnrollmentStatus.WAITLISTED: gettext_lazy(
        "%(cohort)s is full: you are on the waitlist."
    ),
    EnrollmentStatus.APPLIED: gettext_lazy("Your application to %(cohort)s was sent."),
    EnrollmentStatus.COMPLETED: gettext_lazy("You completed %(cohort)s."),
}


def _visible_cohort_or_404(slug, user):
    cohort = selectors.visible_cohort(slug, user)
    if cohort is None:
        raise Http404
    return cohort


def check_in_scan(request, token):
    """What the QR code opens: the check-in page in the participant's own language
    (the code was shown on a facilitator's screen, in theirs)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    with translation.override(request.user.preferred_language):
        return redirect(reverse("cohorts:check_in", args=[token]))


@login_required
def session_check_in(request, token):
    """GET shows the session and, while it runs, the "I am here" button (else when
    check-in opens); POST checks in. A bad code, or a session of a cohort the person
    has no seat in, is 404."""
    session = selectors.session_from_check_in_token(token)
    if session is None or selectors.seat_in(request.user, session.cohort) is None:
        raise Http404
    if request.method == "POST":
        try:
            services.session_check_in(user=request.user, session=session)
        except services.EnrollmentError as error:
            messages.error(request, str(error))
            return redirect("cohorts:check_in", token)
        messages.success(
            request,
            _("You are checked in to %(session)s.") % {"session": session.title},
        )
        return redirect("cohorts:learning")
    context = {
        "session": session,
        "closed_reason": None
        if session.is_running()
        else services.check_in_closed_reason(session),
    }
    return render(request, "cohorts/check_in.html", context)


@login_required
@require_POST
def opening_notice(request, program_id):
    """Ask (or stop asking) to be emailed when the program's next cohort opens."""
    program = get_object_or_404(ProgramPage.objects.live(), pk=program_id)
    if request.POST.get("action") == "cancel":
        services.opening_notice_cancel(user=request.user, program=program)
        messages.success(request, _("We will not email you about new cohorts."))
    else:
        services.opening_notice_request(user=request.user, program=program)
        messages.success(
            request,
            _("We will email you when a new cohort of %(program)s opens.")
            % {"program": program.localized.title},
        )
    return redirect(localized_url(program, request) + "#join")


@require_GET
def calendar_feed(request, token):
    """A person's sessions as iCalendar, for their phone's calendar; the secret address
    is the only key, so unknown tokens are 404."""
    feed = get_object_or_404(CalendarFeed.objects.select_related("user"), token=token)
    sessions = selectors.sessions_of(feed.user)
    return HttpResponse(
        ical.calendar(sessions, name=_("My sessions"), private=True),
        content_type="text/calendar; charset=utf-8",
    )


@require_GET
def cohort_calendar(request, slug):
    cohort = _visible_cohort_or_404(slug, request.user)
    response = HttpResponse(
        ical.calendar(
            cohort.sessions.select_related("cohort"), name=cohort.title, private=False
        ),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{cohort.slug}.ics"'
    return response


@login_required
@require_POST
def calendar_feed_renew(request):
    services.calendar_feed_renew(user=request.user)
    messages.success(
        request,
        _("Your calendar has a new private address. The old one no longer works."),
    )
    return redirect("cohorts:learning")
