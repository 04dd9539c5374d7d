"""What cohorts hold about a person, for their data download (lms.personal_data),
and what becomes of it when they delete their account (lms.services.account_delete)."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from curriculum.models import LessonPage
from lms.personal_data import Section, row

from . import services
from .models import (
    Announcement,
    Appreciation,
    Attendance,
    CalendarFeed,
    Cohort,
    Enrollment,
    EnrollmentStatus,
    LessonCompletion,
    NotificationSettings,
    OpeningNotice,
    PendingNotification,
    Reflection,
    ReflectionVisibility,
    Report,
    Response,
)


def cohort_sections(user) -> list[Section]:
    return [
        _enrollments(user),
        _attendance(user),
        _progress(user),
        _writing(user),
        _emails(user),
        _facilitating(user),
    ]


def _enrollments(user) -> Section:
    section = Section(
        key="enrollments",
        title=_("Cohorts and applications"),
        about=_(
            "The cohorts you joined or asked to join. Their facilitators see these, "
            "and so does a partner organization you share your progress with "
            "(never why you asked to join)."
        ),
        labels={
            "cohort": _("Cohort"),
            "status": _("Status"),
            "asked": _("Asked to join"),
            "reason": _("Why you asked to join"),
            "decline_reason": _("Reason for declining"),
            "organization": _("Organization at enrollment"),
            "waitlisted": _("On the waitlist since"),
            "program": _("Program"),
            "notice_asked": _("Email asked for when a cohort opens"),
            "notice_sent": _("Sent"),
        },
        covers=("cohorts.enrollment.user", "cohorts.openingnotice.user"),
    )
    enrollments = user.enrollments.select_related("cohort", "organization")
    for enrollment in enrollments.order_by("-created_at"):
        section.rows.append(
            row(
                enrollment,
                cohort=enrollment.cohort.title,
                status=enrollment.get_status_display(),
                asked=enrollment.created_at,
                reason=enrollment.reason,
                decline_reason=enrollment.decline_reason,
                organization=getattr(enrollment.organization, "name", ""),
                waitlisted=enrollment.waitlisted_at,
            )
        )
    for notice in OpeningNotice.objects.filter(user=user):
        section.rows.append(
            row(notice, notice_asked=notice.requested_at, notice_sent=notice.sent_at)
        )
    return section


def _attendance(user) -> Section:
    section = Section(
        key="attendance",
        title=_("Attendance"),
        about=_("Sessions you were marked at. Your cohort's facilitators see this."),
        labels={
            "session": _("Session"),
            "cohort": _("Cohort"),
            "starts": _("Starts"),
            "status": _("Status"),
        },
    )
    records = Attendance.objects.filter(enrollment__user=user).select_related(
        "session__cohort"
    )
    for attendance in records.order_by("session__starts_at"):
        section.rows.append(
            row(
                attendance,
                session=attendance.session.title,
                cohort=attendance.session.cohort.title,
                starts=attendance.session.starts_at,
                status=attendance.get_status_display(),
            )
        )
    return section


def _progress(user) -> Section:
    section = Section(
        key="progress",
        title=_("Lesson progress"),
        about=_(
            "Lessons you finished. Your cohort's facilitators see this, and so does "
            "a partner organization you share your progress with."
        ),
        labels={"lesson": _("Lesson"), "cohort": _("Cohort"), "done": _("Finished")},
    )
    completions = list(
        LessonCompletion.objects.filter(enrollment__user=user).select_related(
            "enrollment__cohort"
        )
    )
    titles = _lesson_titles({c.lesson_key for c in completions})
    for completion in completions:
        section.rows.append(
            row(
                completion,
                lesson=titles.get(completion.lesson_key, ""),
                cohort=completion.enrollment.cohort.title,
                done=completion.completed_at,
            )
        )
    return section


def _writing(user) -> Section:
    section = Section(
        key="writing",
        title=_("Reflections and responses"),
        about=_(
            "What you wrote, with who can read it. Partner organizations never see "
            "it. Appreciations and reports you made are listed too."
        ),
        labels={
            "lesson": _("Lesson"),
            "cohort": _("Cohort"),
            "text": _("Text"),
            "visibility": _("Who can read it"),
            "quote_consent": _("May be quoted publicly"),
            "written": _("Written on"),
            "hidden": _("Hidden by a facilitator"),
            "response_to": _("Response to reflection"),
            "appreciated": _("Reflection you appreciated"),
            "report": _("Report you made"),
            "note": _("What you wrote"),
        },
        covers=(
            "cohorts.response.author",
            "cohorts.appreciation.user",
            "cohorts.report.reporter",
        ),
    )
    reflections = list(
        Reflection.objects.filter(enrollment__user=user).select_related(
            "enrollment__cohort"
        )
    )
    titles = _lesson_titles({r.lesson_key for r in reflections})
    for reflection in reflections:
        section.rows.append(
            row(
                reflection,
                lesson=titles.get(reflection.lesson_key, ""),
                cohort=reflection.enrollment.cohort.title,
                text=reflection.text,
                visibility=reflection.get_visibility_display(),
                quote_consent=reflection.quote_consent,
                written=reflection.created_at,
                hidden=reflection.hidden_at is not None,
            )
        )
    for response in Response.objects.filter(author=user):
        section.rows.append(
            row(
                response,
                response_to=response.reflection_id,
                text=response.text,
                written=response.created_at,
                hidden=response.hidden_at is not None,
            )
        )
    for appreciation in Appreciation.objects.filter(user=user):
        section.rows.append(
            row(
                appreciation,
                appreciated=appreciation.reflection_id,
                written=appreciation.created_at,
            )
        )
    for report in Report.objects.filter(reporter=user):
        section.rows.append(
            row(
                report,
                report=report.get_reason_display(),
                note=report.note,
                written=report.created_at,
            )
        )
    return section


def _emails(user) -> Section:
    section = Section(
        key="emails",
        title=_("Emails and calendar"),
        about=_(
            "The site sends you emails about your cohorts but keeps no copy of "
            "them. Here are your choices, what waits for your daily email, and your "
            "private calendar address (its secret part is left out)."
        ),
        labels={
            "responses": _("Responses to my reflections"),
            "announcements": _("Announcements from my facilitators"),
            "waiting_since": _("Waiting for your daily email since"),
            "calendar_made": _("Private calendar address made"),
            "calendar_used": _("Last fetched by a calendar app"),
        },
        covers=(
            "cohorts.notificationsettings.user",
            "cohorts.pendingnotification.user",
            "cohorts.calendarfeed.user",
        ),
    )
    for choice in NotificationSettings.objects.filter(user=user):
        section.rows.append(
            row(
                choice,
                responses=choice.get_responses_display(),
                announcements=choice.get_announcements_display(),
            )
        )
    for pending in PendingNotification.objects.filter(user=user):
        section.rows.append(row(pending, waiting_since=pending.created_at))
    for feed in CalendarFeed.objects.filter(user=user):
        section.rows.append(
            row(feed, calendar_made=feed.created_at, calendar_used=feed.last_used_at)
        )
    return section


def _facilitating(user) -> Section:
    section = Section(
        key="facilitating",
        title=_("Cohorts you facilitate"),
        about=_("The cohorts you run, and the announcements you wrote to them."),
        labels={
            "cohort": _("Cohort"),
            "text": _("Announcement"),
            "written": _("Written on"),
        },
        covers=("cohorts.cohort_facilitators.user", "cohorts.announcement.author"),
        shown_when_empty=False,
    )
    through = Cohort.facilitators.through.objects.filter(user=user)
    for facilitation in through.select_related("cohort"):
        section.rows.append(row(facilitation, cohort=facilitation.cohort.title))
    announcements = Announcement.objects.filter(author=user).select_related("cohort")
    for announcement in announcements:
        section.rows.append(
            row(
                announcement,
                cohort=announcement.cohort.title,
                text=announcement.text,
                written=announcement.created_at,
            )
        )
    return section


def _lesson_titles(keys) -> dict:
    """Lesson titles by translation_key, in the reader's language where translated."""
    titles = {}
    if not keys:
        return titles
    try:
        active = Locale.get_active().pk
    except Locale.DoesNotExist:  # a language the site has no pages in
        active = None
    pages = LessonPage.objects.filter(translation_key__in=keys).only(
        "title", "translation_key", "locale_id"
    )
    for page in pages:
        if page.translation_key not in titles or page.locale_id == active:
            titles[page.translation_key] = page.title
    return titles


# Deleting an account ------------------------------------------------------------------


def cohorts_forget(*, user, keep_writing: bool) -> list:
    """Before the account goes: free its seats (the waitlists move) and, when the
    person chose so, leave their reflections and responses in their cohorts as "a
    former participant". Everything else of theirs goes with the account."""
    enrollments = user.enrollments.select_related("cohort")
    seated = {e.cohort for e in enrollments if e.holds_seat}
    if keep_writing:
        _anonymize_writing(user)
    user.enrollments.all().delete()
    for cohort in seated:
        services.cohort_seats_reconcile(cohort=cohort)
    return []


def _anonymize_writing(user) -> None:
    """The enrollments kept as anchors of reflections the cohort can read: withdrawn,
    with no person, no organization, no reasons, no attendance and no progress.
    Private and hidden reflections are deleted; kept ones are no longer quotable."""
    writing = Reflection.objects.filter(enrollment__user=user)
    writing.filter(
        Q(visibility=ReflectionVisibility.PRIVATE) | Q(hidden_at__isnull=False)
    ).delete()
    writing.update(quote_consent=False, show_organization=False, featured_at=None)
    kept = set(writing.values_list("enrollment_id", flat=True))
    Response.objects.filter(author=user, hidden_at__isnull=True).update(author=None)
    Attendance.objects.filter(enrollment_id__in=kept).delete()
    LessonCompletion.objects.filter(enrollment_id__in=kept).delete()
    Enrollment.objects.filter(pk__in=kept).update(
        user=None,
        status=EnrollmentStatus.WITHDRAWN,
        status_changed_at=timezone.now(),
        organization=None,
        invite_code=None,
        reason="",
        decline_reason="",
        waitlisted_at=None,
        decided_by=None,
    )
