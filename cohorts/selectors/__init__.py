"""Reads for participants' and cohort pages, at a fixed number of queries."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.core import signing
from django.db.models import CharField, Count, F, Q
from django.db.models.functions import Cast
from django.utils import timezone

from curriculum.selectors import program_outline
from lms import dates
from lms.caching import for_person, forget, person_cache_key, person_key
from lms.permissions import is_site_admin

from ..models import (
    CHECK_IN_MAX_AGE,
    CHECK_IN_SALT,
    SEAT_HOLDING,
    Attendance,
    AttendanceStatus,
    Cohort,
    CohortPhase,
    CohortStatus,
    Enrollment,
    EnrollmentStatus,
    LessonCompletion,
    OpeningNotice,
    Session,
)
from ..permissions import cohorts_managed_by
from .completion import completion_of


def readable_program_keys(user) -> list:
    """Programs whose lessons the person may read: they hold a seat in a cohort of it.
    Read on every lesson view, so cached until one of their enrollments changes."""
    return for_person(
        SEAT_PROGRAMS,
        user.pk,
        lambda: list(
            Enrollment.objects.filter(user=user, status__in=SEAT_HOLDING).values_list(
                "cohort__program__translation_key", flat=True
            )
        ),
        60 * 60,
    )


SEAT_PROGRAMS = person_key(
    "seat-programs", lambda user_pk: f"cohorts:seat-programs:{user_pk}"
)


LESSONS_DONE = person_key(
    "lessons-done", lambda user_pk: f"cohorts:lessons-done:{user_pk}"
)


def seats_changed(sender, instance, **kwargs) -> None:
    """An enrollment saved or deleted: the person's seats and what counts as done."""
    for name in (SEAT_PROGRAMS, LESSONS_DONE):
        forget(person_cache_key(name, instance.user_id))


def lessons_done_changed(sender, instance, **kwargs) -> None:
    """A completion saved or deleted (deleted ones go with their enrollment, which
    is still there when its completions are deleted)."""
    user_pk = (
        Enrollment.objects.filter(pk=instance.enrollment_id)
        .values_list("user_id", flat=True)
        .first()
    )
    if user_pk is not None:
        forget(person_cache_key(LESSONS_DONE, user_pk))


def session_from_check_in_token(token: str) -> Session | None:
    """The session a check-in code names, while the code is fresh; None otherwise."""
    try:
        session_pk = signing.TimestampSigner(salt=CHECK_IN_SALT).unsign(
            token, max_age=CHECK_IN_MAX_AGE
        )
    except signing.BadSignature:
        return None
    return Session.objects.select_related("cohort").filter(pk=session_pk).first()


def seat_in(user, cohort) -> Enrollment | None:
    return Enrollment.objects.filter(
        user=user, cohort=cohort, status__in=SEAT_HOLDING
    ).first()


def cohorts_with_drifted_seats():
    """Cohorts whose seat counter disagrees with the enrollments holding a seat."""
    return (
        Cohort.objects.annotate(
            held=Count("enrollments", filter=Q(enrollments__status__in=SEAT_HOLDING))
        )
        .exclude(seats_taken=F("held"))
        .order_by("pk")
    )


def visible_cohort(slug: str, user) -> Cohort | None:
    """A published cohort; drafts only for their facilitators and site admins."""
    cohort = Cohort.objects.select_related("program").filter(slug=slug).first()
    if cohort is None or cohort.status == CohortStatus.PUBLISHED:
        return cohort
    if is_site_admin(user) or (
        user.is_authenticated and cohort.facilitators.filter(pk=user.pk).exists()
    ):
        return cohort
    return None


PAST_COHORTS_SHOWN = 3


@dataclass
class ProgramCohorts:
    """A program's published cohorts by where they are in their life cycle."""

    open: list  # taking enrollments now, soonest first
    upcoming: list  # enrollment not open yet (or closed before the start)
    running: list  # under way, enrollment closed
    past: list  # ended, the most recent first

    @property
    def joinable(self) -> list:
        return self.open + self.upcoming


def program_cohorts(program, now=None) -> ProgramCohorts:
    """Two queries, whatever the number of years behind the program: its cohorts that
    have not ended (in any of its languages), and its few most recent past ones."""
    now = now or timezone.now()
    published = Cohort.objects.filter(
        program__translation_key=program.translation_key,
        status=CohortStatus.PUBLISHED,
    )
    # A day's margin either way: whether a cohort has ended depends on its time zone.
    cutoff = timezone.localdate(now) - ONE_DAY
    by_phase = defaultdict(list)
    for cohort in published.filter(ends_on__gte=cutoff).order_by("starts_on", "pk"):
        by_phase[cohort.phase(now)].append(cohort)
    recent = published.filter(ends_on__lte=cutoff + 2 * ONE_DAY).order_by("-ends_on")
    past = [c for c in recent[: PAST_COHORTS_SHOWN + 2] if c.has_ended(now)]
    return ProgramCohorts(
        open=by_phase[CohortPhase.OPEN],
        upcoming=by_phase[CohortPhase.UPCOMING],
        running=by_phase[CohortPhase.RUNNING],
        past=past[:PAST_COHORTS_SHOWN],
    )


def next_cohort(cohort: Cohort) -> Cohort | None:
    """Where to send people when this cohort has ended or closed: the program's next
    cohort that is open or coming up."""
    return next(
        (c for c in program_cohorts(cohort.program).joinable if c.pk != cohort.pk),
        None,
    )


def next_cohort_by_program(programs, now=None) -> dict:
    """program translation_key -> its cohort to join next (open, else coming up), for
    a list of programs in one query."""
    now = now or timezone.now()
    cohorts = list(
        Cohort.objects.filter(
            program__translation_key__in=[p.translation_key for p in programs],
            status=CohortStatus.PUBLISHED,
            ends_on__gte=timezone.localdate(now) - ONE_DAY,
        )
        .annotate(program_key=F("program__translation_key"))
        .order_by("starts_on", "pk")
    )
    found = {}
    for phase in (CohortPhase.OPEN, CohortPhase.UPCOMING):
        for cohort in cohorts:
            if cohort.phase(now) == phase:
                found.setdefault(cohort.program_key, cohort)
    return found


@dataclass
class NextStep:
    """Where a signed-in participant left off: the home page's "continue"."""

    enrollment: Enrollment
    lesson: object
    done: int
    total: int


def next_step(user) -> NextStep | None:
    """The person's most recent running cohort with a lesson left (two queries)."""
    enrollments = (
        Enrollment.objects.filter(user=user, status=EnrollmentStatus.ENROLLED)
        .select_related("cohort", "cohort__program")
        .order_by("-cohort__starts_on")
    )
    enrollment = next((e for e in enrollments if not e.cohort.has_ended()), None)
    if enrollment is None:
        return None
    lessons = program_outline(enrollment.cohort.program).lessons
    done = set(enrollment.completions.values_list("lesson_key", flat=True))
    lesson = next((x for x in lessons if x.translation_key not in done), None)
    if lesson is None:
        return None
    finished = len(done & {x.translation_key for x in lessons})
    return NextStep(enrollment, lesson, finished, len(lessons))


def opening_notice_pending(user, program) -> bool:
    return user.is_authenticated and (
        OpeningNotice.objects.filter(
            user=user, program_key=program.translation_key, sent_at__isnull=True
        ).exists()
    )


def waitlist_positions(enrollments) -> dict:
    """enrollment id -> 1 for the first person waiting in its cohort, 2 for the next..."""
    cohort_ids = {
        e.cohort_id for e in enrollments if e.status == EnrollmentStatus.WAITLISTED
    }
    if not cohort_ids:
        return {}
    waiting = Enrollment.objects.filter(
        cohort_id__in=cohort_ids, status=EnrollmentStatus.WAITLISTED
    ).order_by("cohort_id", "waitlisted_at", "pk")
    positions, counters = {}, defaultdict(int)
    for cohort_id, pk in waiting.values_list("cohort_id", "pk"):
        counters[cohort_id] += 1
        positions[pk] = counters[cohort_id]
    return positions


@dataclass
class SessionEntry:
    session: Session
    attendance: str | None  # the participant's mark, once the session has started
    is_past: bool


def sessions_for(cohort: Cohort, enrollment: Enrollment | None) -> list[SessionEntry]:
    """A cohort page's sessions: everyone sees those still to come; a participant
    with a seat sees them all, with their own attendance (two queries)."""
    now = timezone.now()
    sessions = cohort.sessions.select_related("cohort").order_by("starts_at")
    if enrollment is None or not enrollment.holds_seat:
        sessions = sessions.filter(ends_at__gte=now)
        marks = {}
    else:
        marks = dict(enrollment.attendance.values_list("session_id", "status"))
    return [
        SessionEntry(session, marks.get(session.pk), session.ends_at < now)
        for session in sessions
    ]


def upcoming_sessions(cohort: Cohort) -> list:
    return list(
        cohort.sessions.filter(ends_at__gte=timezone.now()).order_by("starts_at")
    )


@dataclass
class LearningEntry:
    enrollment: Enrollment
    done: int
    total: int
    next_lesson: object
    next_session: Session | None
    attended: int = 0
    sessions_held: int = 0
    waitlist_position: int | None = None
    completion: object = None  # completion.Completion, for a seat
    certificate: object = None  # the valid certificate, if one was issued

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def has_ended(self) -> bool:
        return self.enrollment.cohort.has_ended()


def learning_overview(user) -> list[LearningEntry]:
    """The person's cohorts with status, progress, next lesson and next session."""
    enrollments = list(
        Enrollment.objects.filter(user=user)
        .exclude(status=EnrollmentStatus.WITHDRAWN)
        .select_related("cohort", "cohort__program")
        .prefetch_related("certificates")
        .order_by("-cohort__starts_on")
    )
    completed = _completed_keys(enrollments)
    cohort_ids = [e.cohort_id for e in enrollments]
    sessions = _next_sessions(cohort_ids)
    held = _sessions_held(cohort_ids)
    attended = _sessions_attended(enrollments)
    positions = waitlist_positions(enrollments)
    completions = completion_of(
        [e for e in enrollments if e.holds_seat], done=completed, attended=attended
    )
    entries = []
    for enrollment in enrollments:
        lessons = program_outline(enrollment.cohort.program).lessons
        done = completed[enrollment.pk]
        next_lesson = next((x for x in lessons if x.translation_key not in done), None)
        entries.append(
            LearningEntry(
                enrollment,
                # Lessons of the program as it is now (one taken out no longer counts).
                len(done & {lesson.translation_key for lesson in lessons}),
                len(lessons),
                next_lesson,
                sessions.get(enrollment.cohort_id),
                attended.get(enrollment.pk, 0),
                held.get(enrollment.cohort_id, 0),
                positions.get(enrollment.pk),
                completions.get(enrollment.pk),
                next((c for c in enrollment.certificates.all() if c.is_valid), None),
            )
        )
    return entries


def completed_lesson_keys(user, page) -> set | None:
    """The lessons (translation keys) this person finished in the program of `page`,
    or None when they hold no seat in a cohort of it. No query once cached: read with
    the person's other values (lms.caching.for_person)."""
    seats = readable_program_keys(user) if user.is_authenticated else []
    if not seats:
        return None
    program_key = program_outline(page).program_key
    if program_key not in seats:
        return None
    return lessons_done_by_program(user).get(program_key, set())


def lessons_done_by_program(user) -> dict:
    """program translation_key -> the lessons finished in cohorts where the person
    holds a seat. Cached until one of their enrollments or completions changes."""

    def done():
        rows = LessonCompletion.objects.filter(
            enrollment__user=user, enrollment__status__in=SEAT_HOLDING
        ).values_list("enrollment__cohort__program__translation_key", "lesson_key")
        by_program = defaultdict(set)
        for program_key, lesson_key in rows:
            by_program[program_key].add(lesson_key)
        return dict(by_program)

    return for_person(LESSONS_DONE, user.pk, done, 60 * 60)


def lesson_progress(lesson, done: set) -> dict:
    """For a lesson page: whether the reader has done it, and how far they are in its
    module and program, from the lessons they finished (`completed_lesson_keys`)."""
    outline = program_outline(lesson)
    module = outline.position(lesson)["module"]
    module_keys = {each.translation_key for each in module.lessons} if module else set()
    return {
        "done": len(done & {each.translation_key for each in outline.lessons}),
        "total": len(outline.lessons),
        "module": module,
        "module_done": len(done & module_keys),
        "module_total": len(module_keys),
        "lesson_done": lesson.translation_key in done,
    }


def _completed_keys(enrollments) -> dict:
    keys = defaultdict(set)
    rows = LessonCompletion.objects.filter(
        enrollment__in=[e.pk for e in enrollments]
    ).values_list("enrollment_id", "lesson_key")
    for enrollment_id, key in rows:
        keys[enrollment_id].add(key)
    return keys


def _sessions_held(cohort_ids) -> dict:
    """cohort id -> how many of its sessions have started."""
    rows = (
        Session.objects.filter(cohort_id__in=cohort_ids, starts_at__lte=timezone.now())
        .values("cohort_id")
        .annotate(count=Count("pk"))
    )
    return {row["cohort_id"]: row["count"] for row in rows}


def _sessions_attended(enrollments) -> dict:
    """enrollment id -> sessions the person was marked present at."""
    rows = (
        Attendance.objects.filter(
            enrollment__in=[e.pk for e in enrollments],
            status=AttendanceStatus.PRESENT,
        )
        .values("enrollment_id")
        .annotate(count=Count("pk"))
    )
    return {row["enrollment_id"]: row["count"] for row in rows}


def _next_sessions(cohort_ids) -> dict:
    upcoming = {}
    for session in (
        Session.objects.filter(cohort_id__in=cohort_ids, ends_at__gte=timezone.now())
        .select_related("cohort")
        .order_by("starts_at")
    ):
        upcoming.setdefault(session.cohort_id, session)
    return upcoming


def roster(cohort: Cohort) -> list:
    """Everyone who asked to join, with their progress, in a fixed number of queries."""
    return list(
        cohort.enrollments.filter(user__isnull=False)
        .select_related("user", "organization", "cohort__program")
        .annotate(done=Count("completions"))
        .order_by("status", "waitlisted_at", "user__display_name")
    )


@dataclass
class Matrix:
    lessons: list
    rows: list  # (enrollment, [done per lesson], total done)
    column_totals: list


def progress_matrix(cohort: Cohort) -> Matrix:
    """Participants holding a seat x the program's lessons, in two queries (outline
    cached) whatever the size of the cohort. Completions are read as text and matched
    to columns by a dictionary: a 2,000 x 60 cohort is 120,000 rows to place."""
    lessons = program_outline(cohort.program).lessons
    column = {}
    for index, lesson in enumerate(lessons):
        key = lesson.translation_key
        column[str(key)] = column[key.hex] = index  # PostgreSQL's text, SQLite's
    enrollments = list(
        cohort.enrollments.filter(status__in=SEAT_HOLDING)
        .select_related("user")
        .order_by("user__display_name", "pk")
    )
    done = defaultdict(set)
    completions = (
        LessonCompletion.objects.filter(
            enrollment__cohort=cohort, enrollment__status__in=SEAT_HOLDING
        )
        .annotate(key=Cast("lesson_key", CharField()))
        .values_list("enrollment_id", "key")
    )
    for enrollment_id, key in completions:
        index = column.get(key)
        if index is not None:
            done[enrollment_id].add(index)
    rows, totals = [], [0] * len(lessons)
    for enrollment in enrollments:
        columns = done.get(enrollment.pk, set())
        for index in columns:
            totals[index] += 1
        marks = [index in columns for index in range(len(lessons))]
        rows.append((enrollment, marks, len(columns)))
    return Matrix(lessons, rows, totals)


def attendance_sheet(session: Session) -> list:
    """(enrollment, status or None) for everyone holding a seat in the session's cohort."""
    marks = dict(session.attendance.values_list("enrollment_id", "status"))
    enrollments = session.cohort.enrollments.filter(
        status__in=SEAT_HOLDING
    ).select_related("user")
    return [(e, marks.get(e.pk)) for e in enrollments.order_by("user__display_name")]


def sessions_of(user) -> list:
    """Sessions of the cohorts where the person holds a seat."""
    return list(
        Session.objects.filter(
            cohort__enrollments__user=user, cohort__enrollments__status__in=SEAT_HOLDING
        ).select_related("cohort")
    )


@dataclass
class FacilitatorOverview:
    """The facilitator's dashboard panel on the Wagtail home page."""

    cohorts: list  # their cohorts still to come or running, with `pending` applications
    sessions: list  # their next sessions, soonest first
    today_session_ids: set  # those of them that take place today, where they meet
    enrollments_this_week: int | None = None  # site admins only
    filling_up: list = field(default_factory=list)  # site admins: few seats left


NEXT_SESSIONS_SHOWN = 5


def facilitator_overview(user, now=None) -> FacilitatorOverview:
    now = now or timezone.now()
    managed = cohorts_managed_by(user)
    current = [
        cohort
        for cohort in managed.filter(ends_on__gte=timezone.localdate(now) - ONE_DAY)
        .select_related("program")
        .annotate(
            pending=Count(
                "enrollments", filter=Q(enrollments__status=EnrollmentStatus.APPLIED)
            )
        )
        .order_by("starts_on")
        if not cohort.has_ended(now)
    ]
    sessions = list(
        Session.objects.filter(cohort__in=managed, ends_at__gte=now)
        .select_related("cohort")
        .order_by("starts_at")[:NEXT_SESSIONS_SHOWN]
    )
    today = {
        session.pk
        for session in sessions
        if dates.in_zone(session.starts_at, session.time_zone).date()
        == session.cohort.local_today(now)
    }
    overview = FacilitatorOverview(current, sessions, today)
    if is_site_admin(user):
        week_ago = now - datetime.timedelta(days=7)
        overview.enrollments_this_week = Enrollment.objects.filter(
            created_at__gte=week_ago
        ).count()
        overview.filling_up = [
            cohort
            for cohort in current
            if cohort.is_accepting(now) and cohort.seats_left <= _few(cohort.capacity)
        ]
    return overview


ONE_DAY = datetime.timedelta(days=1)


def _few(capacity: int) -> int:
    """Seats left that call for attention: a tenth of the cohort, at least three."""
    return max(3, capacity // 10)
