"""What a partner organization sees of its people's training.

Rows are about members who agreed to share their progress, and no one else: one row
per cohort they took part in (past cohorts stay), and one for a member who has not
joined a cohort yet. Aggregates count every member once, consenting or not; the
people who do not share are counted apart, shown only when they are at least 5 (`Bar`).

Everything is read in a fixed number of queries, whatever the size of the
organization, then filtered, sorted and paged in memory: the same rows feed the page
and the exports, so what a manager downloads is what they saw."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Max, Q
from django.utils import timezone
from wagtail import hooks

from curriculum.models import ProgramPage
from curriculum.selectors import program_outline
from lms.models import Membership, Organization

from ..models import (
    SEAT_HOLDING,
    Attendance,
    AttendanceStatus,
    Cohort,
    Enrollment,
    EnrollmentStatus,
    LessonCompletion,
)

# fn(enrollments: QuerySet[Enrollment]) -> {enrollment id: [SharedCertificate, ...]}:
# the certificates app answers (cohorts does not import it).
CERTIFICATES_HOOK = "partner_certificates"
SMALL_COUNT = 5  # fewer people than this are "fewer than 5"
# Statuses a partner sees; applications still being decided and declined ones are
# the person's own business.
SHOWN_STATUSES = (  # in the order a sort by status lists them
    EnrollmentStatus.ENROLLED,
    EnrollmentStatus.COMPLETED,
    EnrollmentStatus.WAITLISTED,
    EnrollmentStatus.WITHDRAWN,
)


@dataclass(frozen=True)
class SharedCertificate:
    code: str  # as printed, grouped
    verify_path: str  # the public verification page
    issued_at: datetime.datetime


@dataclass
class MemberRow:
    membership: Membership
    enrollment: Enrollment | None = None
    program_title: str = ""
    percent: int | None = None
    attended: int = 0
    sessions_held: int = 0
    certificates: list = field(default_factory=list)
    last_activity: datetime.datetime | None = None
    # The person's first row on the page shown (where "Remove" goes, once).
    first_of_person: bool = True

    @property
    def name(self) -> str:
        return self.membership.user.display_name

    @property
    def cohort(self):
        return self.enrollment.cohort if self.enrollment else None

    @property
    def year(self) -> int | None:
        return self.cohort.starts_on.year if self.cohort else None

    @property
    def status(self) -> str:
        return self.enrollment.status if self.enrollment else ""


# Sortable columns: key -> how a row sorts (None sorts last, see `_sorted`).
SORTS = {
    "name": lambda row: row.name.casefold(),
    "program": lambda row: row.program_title.casefold() or None,
    "cohort": lambda row: row.cohort.starts_on if row.cohort else None,
    "status": lambda row: SHOWN_STATUSES.index(row.status) if row.status else None,
    "progress": lambda row: row.percent,
    "attended": lambda row: row.attended if row.enrollment else None,
    "activity": lambda row: row.last_activity,
}


@dataclass(frozen=True)
class Filters:
    program: str = ""  # a program's translation key
    cohort: int | None = None
    year: int | None = None
    status: str = ""

    def keep(self, row: MemberRow) -> bool:
        if not (self.program or self.cohort or self.year or self.status):
            return True
        if row.enrollment is None:
            return False
        return (
            (
                not self.program
                or str(row.cohort.program.translation_key) == self.program
            )
            and (not self.cohort or row.cohort.pk == self.cohort)
            and (not self.year or row.year == self.year)
            and (not self.status or row.status == self.status)
        )


@dataclass
class Training:
    rows: list  # MemberRow, for members who share, in name order
    totals: "Totals"


def organization_training(organization: Organization) -> Training:
    """The rows and the totals, from the same few queries. Rows are thousands at a
    large organization: only the columns shown are read, and each cohort and program
    is one object shared by its rows."""
    memberships = list(
        Membership.objects.filter(organization=organization)
        .select_related("user")
        .only("role", "shares_progress", "user_id", "user__display_name")
        .order_by("user__display_name", "pk")
    )
    # As subqueries: no list of thousands of ids in the SQL.
    of_members = Enrollment.objects.filter(
        user__memberships__organization=organization, status__in=SHOWN_STATUSES
    )
    # Progress is read for those who share it, and no one else.
    # (One filter: the same membership must be this organization's and sharing.)
    of_sharing = Enrollment.objects.filter(
        user__memberships__organization=organization,
        user__memberships__shares_progress=True,
        status__in=SHOWN_STATUSES,
    )
    cohorts = _cohorts(of_members)
    programs = _programs({cohort.program_id for cohort in cohorts.values()})
    for cohort in cohorts.values():
        cohort.program = programs[cohort.program_id].page
    by_user = defaultdict(list)
    for enrollment in of_members.only(
        "user_id", "cohort_id", "status", "status_changed_at"
    ):
        enrollment.cohort = cohorts[enrollment.cohort_id]
        by_user[enrollment.user_id].append(enrollment)
    for enrollments in by_user.values():  # newest cohort first
        enrollments.sort(
            key=lambda e: (-e.cohort.starts_on.toordinal(), e.cohort.title)
        )
    everyone = [e for each in by_user.values() for e in each]
    certificates = _certificates(of_members)
    rows = _rows(
        [m for m in memberships if m.shares_progress],
        by_user,
        programs,
        done=_lessons_done(of_sharing, programs),
        attended=_attended(of_sharing),
        certificates=certificates,
    )
    totals = _totals(memberships, everyone, programs, set(certificates))
    return Training(rows, totals)


def _rows(memberships, by_user, programs, *, done, attended, certificates):
    rows = []
    for membership in memberships:
        mine = by_user.get(membership.user_id)
        if not mine:
            rows.append(MemberRow(membership))
            continue
        for enrollment in mine:
            lessons_done, last_lesson = done.get(enrollment.pk, (0, None))
            present, last_session = attended.get(enrollment.pk, (0, None))
            rows.append(
                MemberRow(
                    membership,
                    enrollment,
                    program_title=programs[enrollment.cohort.program_id].title,
                    percent=programs[enrollment.cohort.program_id].percent(
                        lessons_done
                    ),
                    attended=present,
                    sessions_held=enrollment.cohort.sessions_held,
                    certificates=certificates.get(enrollment.pk, []),
                    last_activity=_latest(
                        enrollment.status_changed_at, last_lesson, last_session
                    ),
                )
            )
    return rows


def filtered(rows, filters: Filters, sort: str) -> list[MemberRow]:
    """The rows a filter keeps, sorted by an allowed column ("-name" reverses)."""
    key = sort.removeprefix("-")
    kept = [row for row in rows if filters.keep(row)]
    return _sorted(kept, SORTS.get(key, SORTS["name"]), reverse=sort.startswith("-"))


def _sorted(rows, key, *, reverse: bool) -> list:
    # Empty values last in both directions; ties in name order (the rows come in it).
    present = [row for row in rows if key(row) is not None]
    empty = [row for row in rows if key(row) is None]
    return sorted(present, key=key, reverse=reverse) + empty


@dataclass
class Choices:
    """What the filters offer: only what the rows hold."""

    programs: list  # (translation key, title)
    cohorts: list  # (id, title)
    years: list
    statuses: list  # (value, label)


def choices(rows) -> Choices:
    programs, cohorts, years, statuses = {}, {}, set(), set()
    for row in rows:
        if row.enrollment is None:
            continue
        programs[str(row.cohort.program.translation_key)] = row.program_title
        cohorts[row.cohort.pk] = row.cohort.title
        years.add(row.year)
        statuses.add(row.status)
    return Choices(
        sorted(programs.items(), key=lambda item: item[1].casefold()),
        sorted(cohorts.items(), key=lambda item: item[1].casefold()),
        sorted(years, reverse=True),
        [
            (value, label)
            for value, label in EnrollmentStatus.choices
            if value in statuses
        ],
    )


# Aggregates ----------------------------------------------------------------------------


@dataclass
class Bar:
    """People in one bar: those who share (listed on the page anyway) and the others,
    whose number is shown only when it is at least 5. Were it shown otherwise, the
    others could be counted by subtracting the rows on the page from a total."""

    label: str
    sharing: int
    others: int

    @property
    def others_shown(self) -> int | None:
        """None: "fewer than 5", which is also what none at all looks like."""
        return self.others if self.others >= SMALL_COUNT else None

    @property
    def shown_total(self) -> int:
        return self.sharing + (self.others_shown or 0)


@dataclass
class Totals:
    sharing: int  # members who share, the people the page lists
    enrolled: list[Bar]  # distinct people, per program
    completed: list[Bar]
    certified: list[Bar]
    by_year: list[Bar]  # distinct people who held a seat, per cohort year


def _totals(memberships, enrollments, programs, certified: set) -> Totals:
    """Over every member, sharing or not: each person once per bar."""
    sharing = {m.user_id for m in memberships if m.shares_progress}
    enrolled, completed, with_certificate, years = (defaultdict(set) for _ in range(4))
    for seat in (e for e in enrollments if e.status in SEAT_HOLDING):
        title = programs[seat.cohort.program_id].title
        enrolled[title].add(seat.user_id)
        years[seat.cohort.starts_on.year].add(seat.user_id)
        if seat.status == EnrollmentStatus.COMPLETED:
            completed[title].add(seat.user_id)
        if seat.pk in certified:
            with_certificate[title].add(seat.user_id)

    def bar(label, people: set) -> Bar:
        return Bar(str(label), len(people & sharing), len(people - sharing))

    def shown(bars: list[Bar]) -> list[Bar]:
        # A program or year that only a few others took part in is left out: its
        # label alone would tell that someone not sharing was there.
        return [b for b in bars if b.sharing or b.others_shown]

    titles = sorted(enrolled, key=str.casefold)
    by_program = shown([bar(title, enrolled[title]) for title in titles])
    kept = [b.label for b in by_program]
    return Totals(
        sharing=len(sharing),
        enrolled=by_program,
        completed=[bar(title, completed[title]) for title in kept],
        certified=[bar(title, with_certificate[title]) for title in kept],
        by_year=shown([bar(year, years[year]) for year in sorted(years)]),
    )


# Reads -------------------------------------------------------------------------------


@dataclass
class _Program:
    page: ProgramPage
    title: str  # in the reader's language where translated
    lesson_keys: set

    def percent(self, lessons_done: int) -> int:
        if not self.lesson_keys:
            return 0
        return round(
            100 * min(lessons_done, len(self.lesson_keys)) / len(self.lesson_keys)
        )


def _cohorts(enrollments) -> dict[int, Cohort]:
    """The cohorts of these enrollments, each with how many of its sessions began."""
    held = Count("sessions", filter=Q(sessions__starts_at__lte=timezone.now()))
    return {
        cohort.pk: cohort
        for cohort in Cohort.objects.filter(
            pk__in=enrollments.values("cohort_id")
        ).annotate(sessions_held=held)
    }


def _programs(program_ids) -> dict[int, _Program]:
    programs = {}
    for page in ProgramPage.objects.defer_streamfields().filter(pk__in=program_ids):
        outline = program_outline(page)  # cached: no query once warm
        title = outline.program.title if outline.program else page.title
        keys = {lesson.translation_key for lesson in outline.lessons}
        programs[page.pk] = _Program(page, title, keys)
    return programs


def _lessons_done(
    enrollments, programs
) -> dict[int, tuple[int, datetime.datetime | None]]:
    """enrollment id -> lessons done that are in a program now (a lesson taken out
    no longer counts; a completion is only ever of its cohort's program), and when
    the latest completion was."""
    current = set().union(*(program.lesson_keys for program in programs.values()))
    rows = (
        LessonCompletion.objects.filter(enrollment__in=enrollments.values("pk"))
        .values("enrollment_id")
        .annotate(
            done=Count("pk", filter=Q(lesson_key__in=current)),
            latest=Max("completed_at"),
        )
        .order_by()
    )
    return {row["enrollment_id"]: (row["done"], row["latest"]) for row in rows}


def _attended(enrollments) -> dict[int, tuple[int, datetime.datetime | None]]:
    rows = (
        Attendance.objects.filter(
            enrollment__in=enrollments.values("pk"),
            status=AttendanceStatus.PRESENT,
        )
        .values("enrollment_id")
        .annotate(count=Count("pk"), latest=Max("session__starts_at"))
        .order_by()
    )
    return {row["enrollment_id"]: (row["count"], row["latest"]) for row in rows}


def _certificates(enrollments) -> dict[int, list]:
    found = {}
    for answer in hooks.get_hooks(CERTIFICATES_HOOK):
        found.update(answer(enrollments))
    return found


def _latest(*moments):
    present = [moment for moment in moments if moment is not None]
    return max(present) if present else None
