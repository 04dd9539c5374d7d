"""Participant pages: a cohort, joining and leaving it, My learning, marking lessons done."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from curriculum.models import LessonPage
from curriculum.permissions import can_read_lesson
from lms.pages import localized_url

from . import selectors, services
from .forms import EnrollmentForm
from .models import Enrollment


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
        "form": EnrollmentForm(cohort=cohort),
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
    entries = selectors.learning_overview(request.user)
    return render(request, "cohorts/learning.html", {"entries": entries})


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
