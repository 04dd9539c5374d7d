"""Enrollment, waitlists, attendance and progress: every write goes through here.

Capacity is enforced by the database: a seat is taken by a conditional UPDATE on the
cohort's seat counter (`seats_taken < capacity`), backed by a check constraint, and one
enrollment per person and cohort by a unique constraint. Both hold under concurrency on
SQLite and PostgreSQL, without check-then-insert.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from curriculum.permissions import can_read_lesson
from curriculum.selectors import program_of
from lms import dates
from lms.models import Membership

from .. import emails, selectors
from ..models import (
    CHECK_IN_SALT,
    SEAT_HOLDING,
    Attendance,
    AttendanceStatus,
    CalendarFeed,
    Cohort,
    CohortStatus,
    Enrollment,
    EnrollmentMode,
    EnrollmentStatus,
    InviteCode,
    LessonCompletion,
    OpeningNotice,
    Session,
    new_calendar_token,
    normalize_invite_code,
)
from ..signals import progress_recorded_send

REOPENABLE = (EnrollmentStatus.WITHDRAWN, EnrollmentStatus.DECLINED)
SESSION_TIME_ZONE = ZoneInfo("America/Los_Angeles")


class EnrollmentError(Exception):
    """A request that cannot be granted; the message is shown to the person."""


def enrollment_refusal(cohort: Cohort, now=None) -> str | None:
    """Why nobody can ask to join this cohort right now, in words for the page and
    the error alike; None while it takes enrollments."""
    now = now or timezone.now()
    if cohort.has_ended(now):
        return _("This cohort has ended.")
    if cohort.status != CohortStatus.PUBLISHED:
        return _("This cohort is not taking enrollments.")
    if cohort.enrollment_not_open_yet(now):
        opens = dates.local_moment(
            cohort.enrollment_opens_at, cohort.time_zone, cohort.time_zone_label
        )
        return _("Enrollment opens on %(date)s.") % {"date": opens}
    if cohort.enrollment_closed(now):
        return _("Enrollment is closed.")
    return None


def _refuse_if_ended(cohort: Cohort) -> None:
    if cohort.has_ended():
        raise EnrollmentError(_("This cohort has ended."))


def enrollment_request(
    *, user, cohort: Cohort, reason: str = "", invite_code: str = "", organization=None
) -> Enrollment:
    """Ask to join. Open cohorts enroll while seats remain, then waitlist; application
    cohorts record the application; invite cohorts need a valid code. Asking again
    returns the existing enrollment; after withdrawing or being declined, one may ask
    again."""
    refusal = enrollment_refusal(cohort)
    if refusal:
        raise EnrollmentError(refusal)
    try:
        with transaction.atomic():
            enrollment = (
                Enrollment.objects.select_for_update()
                .filter(user=user, cohort=cohort)
                .first()
            )
            if enrollment and enrollment.status not in REOPENABLE:
                return enrollment
            code = None
            if cohort.enrollment_mode == EnrollmentMode.INVITE:
                code = _use_invite_code(cohort, invite_code)
            enrollment = _open_enrollment(
                user,
                cohort,
                enrollment,
                reason=reason,
                code=code,
                organization=organization,
            )
            if cohort.enrollment_mode == EnrollmentMode.APPLICATION:
                _set_status(enrollment, EnrollmentStatus.APPLIED)
                emails.enrollment_email_on_commit(enrollment, "applied")
            else:
                _seat_or_waitlist(enrollment)
    except IntegrityError:
        # The same person's concurrent request created the enrollment first; this one
        # was rolled back whole (invite code use included).
        return Enrollment.objects.get(user=user, cohort=cohort)
    return enrollment


def enrollment_approve(*, enrollment: Enrollment, by) -> Enrollment:
    """Accept an application: a seat if one is left, else the waitlist."""
    with transaction.atomic():
        enrollment = _locked(enrollment)
        if enrollment.status != EnrollmentStatus.APPLIED:
            raise EnrollmentError(_("Only pending applications can be approved."))
        _refuse_if_ended(enrollment.cohort)
        enrollment.decided_by = by
        _seat_or_waitlist(enrollment, approved=True)
    return enrollment


def enrollment_decline(*, enrollment: Enrollment, by, reason: str = "") -> Enrollment:
    """Say no to an application (or to someone waiting); the optional reason is
    written into the email they get."""
    with transaction.atomic():
        enrollment = _locked(enrollment)
        if enrollment.status not in (
            EnrollmentStatus.APPLIED,
            EnrollmentStatus.WAITLISTED,
        ):
            raise EnrollmentError(
                _("Only applications and waitlisted people can be declined.")
            )
        enrollment.decided_by = by
        enrollment.decline_reason = reason.strip()
        _set_status(enrollment, EnrollmentStatus.DECLINED)
        emails.enrollment_email_on_commit(enrollment, "declined")
    return enrollment


def enrollment_withdraw(*, enrollment: Enrollment) -> Enrollment:
    """Leave a cohort; a freed seat goes to the first person on the waitlist."""
    with transaction.atomic():
        enrollment = _locked(enrollment)
        if enrollment.status in (*REOPENABLE, EnrollmentStatus.COMPLETED):
            return enrollment
        _refuse_if_ended(enrollment.cohort)
        held_seat = enrollment.status == EnrollmentStatus.ENROLLED
        _set_status(enrollment, EnrollmentStatus.WITHDRAWN)
        if held_seat:
            Cohort.objects.filter(pk=enrollment.cohort_id, seats_taken__gt=0).update(
                seats_taken=F("seats_taken") - 1
            )
            waitlist_promote(cohort=enrollment.cohort)
    return enrollment


def enrollment_complete(*, enrollment: Enrollment) -> Enrollment:
    """The person completed the program in this cohort (a certificate was issued);
    they keep their seat."""
    with transaction.atomic():
        enrollment = _locked(enrollment)
        if enrollment.status == EnrollmentStatus.ENROLLED:
            _set_status(enrollment, EnrollmentStatus.COMPLETED)
    return enrollment


def waitlist_promote(*, cohort: Cohort) -> Enrollment | None:
    """Give a free seat to the first person waiting, and tell them (not once the
    cohort is over)."""
    if cohort.has_ended():
        return None
    with transaction.atomic():
        waiting = (
            Enrollment.objects.select_for_update(skip_locked=True)
            .filter(cohort=cohort, status=EnrollmentStatus.WAITLISTED)
            .order_by("waitlisted_at", "pk")
            .first()
        )
        if waiting is None or not _take_seat(cohort.pk):
            return None
        _set_status(waiting, EnrollmentStatus.ENROLLED)
        emails.enrollment_email_on_commit(waiting, "promoted")
    return waiting


def lesson_complete(*, user, lesson) -> LessonCompletion | None:
    """Mark a lesson done for the person's seats in cohorts of its program that are
    still running (or, if all have ended, for those): an ended cohort's record stays
    as it was when it ended while a newer cohort is under way. Nothing for someone
    who may not read the lesson, for a lesson not published, or for someone with no
    seat in its program (None)."""
    if not lesson.live or not can_read_lesson(user, lesson):
        return None
    program_key = program_of(lesson).translation_key
    enrollments = list(
        Enrollment.objects.filter(
            user=user,
            status__in=SEAT_HOLDING,
            cohort__program__translation_key=program_key,
        ).select_related("cohort")
    )
    current = [e for e in enrollments if not e.cohort.has_ended()] or enrollments
    completion = None
    with transaction.atomic():
        for enrollment in current:
            completion, _created = LessonCompletion.objects.get_or_create(
                enrollment=enrollment, lesson_key=lesson.translation_key
            )
    progress_recorded_send(current)
    return completion


def cohort_seats_reconcile(*, cohort: Cohort) -> Cohort:
    """The seat counter set from the enrollments that hold a seat, then any seat that
    is free given to the waitlist. For every change that frees or adds seats outside
    the enrollment services: a deleted account, a capacity raised in the admin."""
    with transaction.atomic():
        locked = Cohort.objects.select_for_update().get(pk=cohort.pk)
        held = locked.enrollments.filter(status__in=SEAT_HOLDING).count()
        if held != locked.seats_taken:
            Cohort.objects.filter(pk=locked.pk).update(seats_taken=held)
    waitlist_fill(cohort=cohort)
    cohort.refresh_from_db()
    return cohort


def waitlist_fill(*, cohort: Cohort) -> int:
    """Give every free seat to the people waiting, first come first served."""
    promoted = 0
    while waitlist_promote(cohort=cohort) is not None:
        promoted += 1
    return promoted


def seat_counters_reconcile() -> list[Cohort]:
    """Every cohort whose counter disagrees with its enrollments, reconciled."""
    return [
        cohort_seats_reconcile(cohort=cohort)
        for cohort in selectors.cohorts_with_drifted_seats()
    ]


# Internals -----------------------------------------------------------------------------


def _take_seat(cohort_id: int) -> bool:
    """One seat, if any is left: decided by the database in a single UPDATE."""
    return bool(
        Cohort.objects.filter(pk=cohort_id, seats_taken__lt=F("capacity")).update(
            seats_taken=F("seats_taken") + 1
        )
    )


def _seat_or_waitlist(enrollment: Enrollment, approved: bool = False) -> None:
    if _take_seat(enrollment.cohort_id):
        _set_status(enrollment, EnrollmentStatus.ENROLLED)
        emails.enrollment_email_on_commit(
            enrollment, "approved" if approved else "enrolled"
        )
    else:
        enrollment.waitlisted_at = timezone.now()
        _set_status(enrollment, EnrollmentStatus.WAITLISTED)
        emails.enrollment_email_on_commit(enrollment, "waitlisted")


def _use_invite_code(cohort: Cohort, code: str) -> InviteCode:
    code = normalize_invite_code(code)
    used = InviteCode.objects.filter(
        cohort=cohort,
        code=code,
        uses__lt=F("max_uses"),
        expires_at__gt=timezone.now(),
    ).update(uses=F("uses") + 1)
    if not used:
        raise EnrollmentError(
            _("This invite code is not valid, has expired or has been used up.")
        )
    return InviteCode.objects.get(cohort=cohort, code=code)


def _open_enrollment(
    user, cohort, enrollment, *, reason, code, organization
) -> Enrollment:
    """A new enrollment, or a withdrawn or declined one opened again."""
    fields = {
        "reason": reason,
        "invite_code": code,
        "organization": organization or _current_organization(user, code),
    }
    if enrollment is None:
        return Enrollment.objects.create(
            user=user, cohort=cohort, status=EnrollmentStatus.APPLIED, **fields
        )
    for name, value in fields.items():
        setattr(enrollment, name, value)
    enrollment.waitlisted_at = None
    return enrollment


def _current_organization(user, code):
    if code and code.organization_id:
        return code.organization
    membership = (
        Membership.objects.filter(user=user).select_related("organization").first()
    )
    return membership.organization if membership else None


def _set_status(enrollment: Enrollment, status: str) -> None:
    enrollment.status = status
    enrollment.status_changed_at = timezone.now()
    enrollment.save()


def _locked(enrollment: Enrollment) -> Enrollment:
    return (
        Enrollment.objects.select_for_update()
        .select_related("cohort")
        .get(pk=enrollment.pk)
    )


def attendance_record(*, session, enrollment, status: str, by) -> Attendance:
    """One tap on the attendance sheet, or a participant checking themselves in."""
    attendance, _created = Attendance.objects.update_or_create(
        session=session,
        enrollment=enrollment,
        defaults={"status": status, "recorded_by": by},
    )
    progress_recorded_send([enrollment])
    return attendance


def check_in_token(session) -> str:
    """What the facilitator's QR code carries: the session, signed (not guessable)."""
    return signing.TimestampSigner(salt=CHECK_IN_SALT).sign(str(session.pk))


def session_check_in(*, user, session: Session) -> Attendance:
    """A participant who scanned the QR code marks themselves present: only while the
    session runs and only with a seat in its cohort."""
    enrollment = selectors.seat_in(user, session.cohort)
    if enrollment is None:
        raise EnrollmentError(_("Only participants of this cohort can check in."))
    if not session.is_running():
        raise EnrollmentError(check_in_closed_reason(session))
    return attendance_record(
        session=session,
        enrollment=enrollment,
        status=AttendanceStatus.PRESENT,
        by=user,
    )


def check_in_closed_reason(session: Session, now=None) -> str:
    """What the check-in page says outside the session's time."""
    now = now or timezone.now()
    if now < session.check_in_opens_at:
        opens = dates.local_moment(
            session.check_in_opens_at, session.time_zone, session.time_zone_label
        )
        return _("Check-in opens on %(time)s.") % {"time": opens}
    return _("This session is over: check-in has closed.")


def calendar_feed_for(user):
    return CalendarFeed.objects.get_or_create(user=user)[0]


def calendar_feed_renew(*, user):
    """A new secret address; the old one stops working at once."""
    feed, _created = CalendarFeed.objects.get_or_create(user=user)
    feed.token = new_calendar_token()
    feed.save(update_fields=["token", "created_at"])
    return feed


def calendar_feed_used(feed, *, now=None) -> None:
    """A calendar app fetched the address: noted once a day at most (apps fetch it
    every few hours), which is all retention needs to tell a used one."""
    now = now or timezone.now()
    if feed.last_used_at is None or now - feed.last_used_at > timedelta(days=1):
        CalendarFeed.objects.filter(pk=feed.pk).update(last_used_at=now)


def calendar_feeds_expire(*, now=None) -> int:
    """Delete the addresses no app fetched for RETENTION_CALENDAR_UNUSED_DAYS (one
    never fetched counts from when it was made). My learning makes a new one."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.RETENTION_CALENDAR_UNUSED_DAYS)
    unused = CalendarFeed.objects.filter(
        Q(last_used_at__lt=cutoff) | Q(last_used_at__isnull=True, created_at__lt=cutoff)
    )
    deleted, _by_model = unused.delete()
    return deleted


def application_reasons_clear(*, now=None) -> int:
    """Empty why someone asked to join, and why they were declined, once the
    application has been declined or withdrawn for RETENTION_APPLICATION_REASON_DAYS.
    The enrollment itself stays: the person's history, and the waitlist's order."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.RETENTION_APPLICATION_REASON_DAYS)
    return (
        Enrollment.objects.filter(
            status__in=(EnrollmentStatus.DECLINED, EnrollmentStatus.WITHDRAWN),
            status_changed_at__lt=cutoff,
        )
        .exclude(reason="", decline_reason="")
        .update(reason="", decline_reason="")
    )


def session_reminders_send(*, now=None) -> int:
    """Email everyone holding a seat about the sessions that take place tomorrow
    (Pacific time), once per session. Returns how many sessions were announced."""
    now = now or timezone.now()
    today = timezone.localtime(now, SESSION_TIME_ZONE).date()
    start = datetime.combine(today + timedelta(days=1), time.min, SESSION_TIME_ZONE)
    sessions = Session.objects.filter(
        reminded_at__isnull=True,
        starts_at__gte=start,
        starts_at__lt=start + timedelta(days=1),
    ).select_related("cohort")
    count = 0
    for session in sessions:
        with transaction.atomic():
            claimed = Session.objects.filter(
                pk=session.pk, reminded_at__isnull=True
            ).update(reminded_at=now)
            if not claimed:  # another run got it first
                continue
            for enrollment in session.cohort.enrollments.filter(
                status__in=SEAT_HOLDING
            ):
                emails.enrollment_email_on_commit(
                    enrollment, "reminder", session_id=session.pk
                )
        count += 1
    return count


def opening_notice_request(*, user, program) -> OpeningNotice:
    """Email this person once when a cohort of the program opens for enrollment."""
    notice, _created = OpeningNotice.objects.get_or_create(
        user=user, program_key=program.translation_key, sent_at=None
    )
    return notice


def opening_notice_cancel(*, user, program) -> None:
    OpeningNotice.objects.filter(
        user=user, program_key=program.translation_key, sent_at__isnull=True
    ).delete()


def opening_notices_send(*, now=None) -> int:
    """For each published cohort taking enrollments, tell everyone waiting to hear
    about its program, once each. Returns how many people were told."""
    now = now or timezone.now()
    candidates = Cohort.objects.filter(
        status=CohortStatus.PUBLISHED, ends_on__gte=(now - timedelta(days=1)).date()
    ).select_related("program")
    told = 0
    for cohort in sorted(candidates, key=lambda c: (c.starts_on, c.pk)):
        if not cohort.is_accepting(now):
            continue
        waiting = OpeningNotice.objects.filter(
            program_key=cohort.program.translation_key, sent_at__isnull=True
        )
        for notice in waiting:
            with transaction.atomic():
                # A conditional update claims it: a second run at once sends nothing.
                if OpeningNotice.objects.filter(
                    pk=notice.pk, sent_at__isnull=True
                ).update(sent_at=now, cohort=cohort):
                    emails.opening_notice_email_on_commit(notice)
                    told += 1
    return told
