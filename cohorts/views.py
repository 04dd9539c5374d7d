"""Participant pages: a cohort, joining and leaving it, My learning, marking lessons
done, writing reflections, checking in, and asking to hear when a program's next
cohort opens."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import (
    require_GET,
    require_http_methods,
    require_POST,
)

from curriculum.models import LessonPage, ProgramPage
from curriculum.permissions import can_read_lesson
from curriculum.selectors import lesson_prompts, program_outline
from lms.models import User
from lms.pages import localized_url

from . import ical, notifications, selectors, services
from .forms import (
    AnnouncementForm,
    EnrollmentForm,
    NotificationSettingsForm,
    ReflectionEditForm,
    ReflectionForm,
    ReportForm,
    ResponseForm,
)
from .models import CalendarFeed, Enrollment, EnrollmentStatus
from .permissions import (
    cohorts_managed_by,
    exchange_cohorts,
    reflections_open_to_responses,
    reflections_written_by,
    responses_visible_to,
)
from .selectors import reflections as reflection_selectors
from .services import exchange as exchange_services
from .services import moderation
from .services import reflections as reflection_services


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
    entries = selectors.learning_overview(request.user)
    seated = [e.enrollment.cohort_id for e in entries if e.enrollment.holds_seat]
    context = {
        "entries": entries,
        "announcements": reflection_selectors.latest_announcements(seated),
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
    services.calendar_feed_used(feed)
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


# Reflections ------------------------------------------------------------------------


@login_required
@require_POST
def reflection_write(request, page_id, prompt):
    """An answer sent from the lesson page to one of its prompts (`prompt`, the
    block's id). A refused one comes back on a page of its own, with the text kept
    and the reason shown."""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=page_id)
    prompt_id = prompt
    prompt = lesson_prompts(lesson).get(prompt_id)
    enrollment = reflection_selectors.enrollment_for_lesson(request.user, lesson)
    if prompt is None or not can_read_lesson(request.user, lesson):
        raise Http404
    if enrollment is None:
        messages.error(
            request, _("Join a cohort of this program to write reflections.")
        )
        return redirect(localized_url(lesson, request))
    audience = reflection_selectors.audience_of(enrollment)
    form = ReflectionForm(request.POST, audience=audience)
    if form.is_valid():
        try:
            reflection = reflection_services.reflection_submit(
                user=request.user,
                lesson=lesson,
                prompt_id=prompt_id,
                **form.cleaned_data,
            )
        except reflection_services.ReflectionError as error:
            form.add_error(None, str(error))
        else:
            _say_saved(request, reflection, audience)
            return redirect(_prompt_url(request, lesson, prompt_id))
    context = {"form": form, "lesson": lesson, "prompt": prompt}
    return render(request, "cohorts/reflection_form.html", context, status=400)


@login_required
@require_http_methods(["GET", "POST"])
def reflection_edit(request, pk):
    reflection, lesson, prompt = _own_reflection_or_404(request.user, pk)
    audience = reflection_selectors.audience_of(reflection.enrollment)
    form = ReflectionEditForm(
        request.POST or None, audience=audience, initial=_form_values(reflection)
    )
    if request.method == "POST" and form.is_valid():
        reflection_services.reflection_update(
            user=request.user, reflection=reflection, **form.cleaned_data
        )
        _say_saved(request, reflection, audience)
        return redirect(_prompt_url(request, lesson, reflection.prompt_id))
    context = {
        "form": form,
        "lesson": lesson,
        "prompt": prompt,
        "reflection": reflection,
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "cohorts/reflection_form.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def reflection_delete(request, pk):
    reflection, lesson, prompt = _own_reflection_or_404(request.user, pk)
    if request.method == "POST":
        reflection_services.reflection_delete(user=request.user, reflection=reflection)
        messages.success(request, _("Your reflection is deleted."))
        return redirect(_prompt_url(request, lesson, reflection.prompt_id))
    context = {"lesson": lesson, "prompt": prompt, "reflection": reflection}
    return render(request, "cohorts/reflection_delete.html", context)


@login_required
@require_GET
def reflection_journal(request):
    """My reflections: everything the person wrote, by cohort and lesson."""
    journal = reflection_selectors.journal(request.user)
    return render(request, "cohorts/reflection_journal.html", {"journal": journal})


def _own_reflection_or_404(user, pk):
    """The person's own reflection with its lesson in the reader's language and the
    prompt it answers (None when the prompt has left the lesson); 404 for anyone
    else's, whatever the id."""
    reflection = get_object_or_404(
        reflections_written_by(user).select_related("enrollment__cohort"), pk=pk
    )
    lesson = (
        LessonPage.objects.filter(translation_key=reflection.lesson_key)
        .order_by("pk")
        .first()
    )
    if lesson is None:
        raise Http404
    lesson = (lesson.default_locale_page() or lesson).localized
    return reflection, lesson, lesson_prompts(lesson).get(reflection.prompt_id)


def _form_values(reflection) -> dict:
    return {
        "text": reflection.text,
        "visibility": reflection.visibility,
        "quote_consent": reflection.quote_consent,
        "show_organization": reflection.show_organization,
    }


def _say_saved(request, reflection, audience) -> None:
    messages.success(
        request,
        _("Your reflection is saved. %(who)s")
        % {"who": audience.sentence(reflection.visibility)},
    )


def _prompt_url(request, lesson, prompt_id) -> str:
    return f"{localized_url(lesson, request)}#reflection-{prompt_id}"


# The cohort's exchange ----------------------------------------------------------------


@login_required
@require_GET
def exchange(request, slug):
    """The cohort's shared reflections, with responses; for its seat holders, its
    facilitators and site admins (404 for anyone else)."""
    cohort = _exchange_cohort_or_404(request.user, slug)
    by_lesson = request.GET.get("order") == "lessons"
    page = reflection_selectors.exchange_page(
        request.user, cohort, by_lesson=by_lesson, page_number=request.GET.get("page")
    )
    facilitating = cohorts_managed_by(request.user).filter(pk=cohort.pk).exists()
    context = {
        "cohort": cohort,
        "entries": page,  # not "page": that names the Wagtail page in base.html
        "by_lesson": by_lesson,
        "announcements": reflection_selectors.announcements_of(cohort),
        "facilitating": facilitating,
        "announcement_form": AnnouncementForm() if facilitating else None,
    }
    return render(request, "cohorts/exchange.html", context)


@login_required
@require_POST
def announcement_post(request, slug):
    cohort = _exchange_cohort_or_404(request.user, slug)
    _post_text(
        request,
        AnnouncementForm,
        lambda text: exchange_services.announcement_post(
            user=request.user, cohort=cohort, text=text
        ),
        _("Your announcement is posted and on its way."),
    )
    return redirect("cohorts:exchange", slug=cohort.slug)


@login_required
@require_POST
def response_post(request, pk):
    reflection = _open_reflection_or_404(request.user, pk)
    _post_text(
        request,
        ResponseForm,
        lambda text: exchange_services.response_submit(
            user=request.user, reflection=reflection, text=text
        ),
        _("Your response is posted."),
    )
    return _back_to_exchange(request, reflection)


def _post_text(request, form_class, post, done: str) -> None:
    """Check the sent text with `form_class`, hand it to `post`, and say what came
    of it (the reason, when refused)."""
    form = form_class(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["text"]))
        return
    try:
        post(form.cleaned_data["text"])
    except exchange_services.ExchangeError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done)


@login_required
@require_POST
def appreciation_toggle(request, pk):
    reflection = _open_reflection_or_404(request.user, pk)
    exchange_services.appreciation_toggle(user=request.user, reflection=reflection)
    return _back_to_exchange(request, reflection)


@login_required
@require_POST
def reflection_pin(request, pk):
    reflection = _open_reflection_or_404(request.user, pk)
    try:
        exchange_services.reflection_pin_toggle(
            user=request.user, reflection=reflection
        )
    except exchange_services.ExchangeError:
        raise Http404 from None
    return _back_to_exchange(request, reflection)


def _exchange_cohort_or_404(user, slug):
    return get_object_or_404(
        exchange_cohorts(user).select_related("program"), slug=slug
    )


def _open_reflection_or_404(user, pk):
    return get_object_or_404(
        reflections_open_to_responses(user).select_related("enrollment__cohort"),
        pk=pk,
    )


def _back_to_exchange(request, reflection):
    """To the reflection on the exchange page the person was on."""
    url = reverse("cohorts:exchange", args=[reflection.enrollment.cohort.slug])
    query = {
        key: request.POST[key]
        for key in ("page", "order")
        if request.POST.get(key, "").isascii() and request.POST.get(key, "").isalnum()
    }
    if query:
        url += "?" + urlencode(query)
    return redirect(f"{url}#reflection-{reflection.pk}")


# Email about the exchange -------------------------------------------------------------


@login_required
@require_POST
def notification_settings(request):
    form = NotificationSettingsForm(request.POST)
    if form.is_valid():
        notifications.notification_settings_update(
            user=request.user, **form.cleaned_data
        )
        messages.success(request, _("Your email choices are saved."))
    else:
        messages.error(request, _("Choose one option for each kind of email."))
    return redirect(reverse("lms:profile") + "#emails")


@csrf_exempt  # mail apps' one-click button posts without a session: the link is signed
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """A link from an email: a page with one button (link checkers that open links
    change nothing), or the mail app's one-click POST."""
    target = notifications.unsubscribe_target(token)
    user = User.objects.filter(pk=target[0], is_active=True).first() if target else None
    if user is None:
        raise Http404
    kind = target[1]
    if request.method == "POST":
        notifications.unsubscribe(user=user, kind=kind)
        return render(request, "cohorts/unsubscribed.html", {"kind": kind})
    return render(request, "cohorts/unsubscribe.html", {"kind": kind})


@login_required
@require_http_methods(["GET", "POST"])
def report(request, kind, pk):
    """Report a reflection or a response of one of the person's exchanges."""
    item = _reportable_or_404(request.user, kind, pk)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            moderation.report_submit(user=request.user, item=item, **form.cleaned_data)
        except exchange_services.ExchangeError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("Thank you. The cohort's facilitators will look at it.")
            )
        reflection = item.reflection if kind == "response" else item
        return _back_to_exchange(request, reflection)
    return render(request, "cohorts/report.html", {"form": form, "item": item})


def _reportable_or_404(user, kind, pk):
    if kind == "reflection":
        return _open_reflection_or_404(user, pk)
    if kind == "response":
        return get_object_or_404(
            responses_visible_to(user)
            .filter(
                hidden_at__isnull=True,
                reflection__in=reflections_open_to_responses(user),
            )
            .select_related("reflection__enrollment__cohort", "author"),
            pk=pk,
        )
    raise Http404
