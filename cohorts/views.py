"""Participant pages: a cohort, joining and leaving it, My learning, marking lessons done."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from curriculum.models import LessonPage
from curriculum.permissions import can_read_lesson
from lms.pages import localized_url

from . import ical, selectors, services
from .forms import EnrollmentForm
from .models import CalendarFeed, Enrollment


@require_GET
def cohort_detail(request, slug):
    cohort = selectors.visible_cohort(slug, request.user)
    enrollment = None
    if request.user.is_authenticated:
        enrollment = Enrollment.objects.filter(user=request.user, cohort=cohort).first()
    context = {
        "cohort": cohort,
        "enrollment": enrollment,
        "sessions": selectors.upcoming_sessions(cohort),
        "form": EnrollmentForm(cohort=cohort, user=request.user),
    }
    return render(request, "cohorts/cohort_detail.html", context)


@login_required
@require_POST
def cohort_enroll(request, slug):
    cohort = selectors.visible_cohort(slug, request.user)
    form = EnrollmentForm(request.POST, cohort=cohort)
    if not form.is_valid():
        context = {
            "cohort": cohort,
            "form": form,
            "sessions": selectors.upcoming_sessions(cohort),
        }
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
@require_POST
def cohort_withdraw(request, slug):
    cohort = selectors.visible_cohort(slug, request.user)
    enrollment = get_object_or_404(Enrollment, user=request.user, cohort=cohort)
    services.enrollment_withdraw(enrollment=enrollment)
    messages.success(request, _("You left %(cohort)s.") % {"cohort": cohort.title})
    return redirect(cohort)


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
    lesson = get_object_or_404(LessonPage.objects.live(), pk=page_id)
    if not can_read_lesson(request.user, lesson) or not services.lesson_complete(
        user=request.user, lesson=lesson
    ):
        messages.error(
            request,
            _("Only participants of this program's cohorts can track progress."),
        )
    return redirect(localized_url(lesson, request))


STATUS_MESSAGES = {
    "enrolled": gettext_lazy("You are enrolled in %(cohort)s."),
    "waitlisted": gettext_lazy("%(cohort)s is full: you are on the waitlist."),
    "applied": gettext_lazy("Your application to %(cohort)s was sent."),
    "completed": gettext_lazy("You completed %(cohort)s."),
}


@login_required
def session_check_in(request, token):
    """GET shows what will happen; POST checks in. A bad code, or a session of a cohort
    the person has no seat in, is 404."""
    session = services.session_from_check_in_token(token)
    if session is None or services.seat_in(request.user, session.cohort) is None:
        raise Http404
    if request.method == "POST":
        try:
            services.session_check_in(user=request.user, session=session)
        except services.EnrollmentError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("You are checked in to %(session)s.") % {"session": session.title},
            )
        return redirect("cohorts:learning")
    return render(request, "cohorts/check_in.html", {"session": session})


@require_GET
def calendar_feed(request, token):
    """A person's sessions as iCalendar, for their phone's calendar; the secret address
    is the only key, so unknown tokens are 404."""
    feed = get_object_or_404(CalendarFeed.objects.select_related("user"), token=token)
    sessions = selectors.sessions_of(feed.user)
    return HttpResponse(
        ical.calendar(sessions, name=_("My sessions")),
        content_type="text/calendar; charset=utf-8",
    )


@require_GET
def cohort_calendar(request, slug):
    cohort = selectors.visible_cohort(slug, request.user)
    response = HttpResponse(
        ical.calendar(cohort.sessions.select_related("cohort"), name=cohort.title),
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
