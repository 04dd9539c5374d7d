"""Demo cohorts for `manage.py seed_demo`, dated from the day it runs so the demo never
ages: one boot camp that ended last year, one running, one open for applications, one
coming up, and a fellowship under way, with sessions, thirty participants, enrollments
of every mode, lesson progress and attendance, and the running boot camp's
reflections and exchange (cohorts.demo_reflections).

Safe to run again: cohorts are found by slug and moved to today's dates; sessions and
accounts that exist are kept, and only people without an enrollment in a cohort are
enrolled (always through `cohorts.services`).
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from django.utils import timezone, translation

from curriculum.models import ProgramPage
from curriculum.selectors import program_outline
from lms import services as lms_services
from lms.management.commands.seed_demo import DEMO_PASSWORD
from lms.models import Organization, Region, User

from . import demo_reflections
from .models import (
    Attendance,
    AttendanceStatus,
    Cohort,
    CohortStatus,
    Enrollment,
    EnrollmentMode,
    EnrollmentStatus,
    InviteCode,
    Session,
)
from .services import enrollment_approve, enrollment_request, lesson_complete

PACIFIC = ZoneInfo("America/Los_Angeles")
FACILITATOR = "facilitator@example.org"
DEMO_PARTICIPANT = "participant@example.org"
INVITE_CODE = "NEWMAJORITY"

BOOT_CAMP_SESSIONS = [
    "Leading with Culture",
    "Our Histories and Shared Values",
    "Canvassing",
    "Phonebanking",
    "Strategic Communications",
    "Building Power Beyond Election Day",
]
FELLOWSHIP_SESSIONS = [
    "Power Mapping",
    "Leading a Campaign Team",
    "Data and Targeting",
    "Storytelling for Change",
    "Sustaining Yourself and Your Community",
]


@dataclass
class DemoCohort:
    """A demo cohort, dated relative to `today`."""

    slug: str
    program: str
    name: str  # the title, after its year and season
    region: str
    languages: list
    location: str
    mode: str
    capacity: int
    starts_in_days: int  # negative: it started that many days ago
    weeks: int
    sessions: list
    session_every: timedelta
    hours: tuple
    place: str = ""
    online_url: str = ""
    opens_in_days: int | None = None  # enrollment opens (None: open already)
    closes_after_start_days: int | None = None  # enrollment closes, from the start

    def starts_on(self, today: date) -> date:
        return _saturday_on_or_after(today + timedelta(days=self.starts_in_days))

    def title(self, today: date) -> str:
        start = self.starts_on(today)
        if self.program == "new-majority-fellowship":
            return f"{start.year}–{start.year + 1} {self.name}"
        return f"{start.year} {self.name.format(season=_season(start))}"


BOOT_CAMP = {
    "program": "boot-camp",
    "mode": EnrollmentMode.OPEN,
    "sessions": BOOT_CAMP_SESSIONS,
    "session_every": timedelta(weeks=2),
    "weeks": 11,
    "hours": (time(10), time(16)),
}
COHORTS = {
    "past": DemoCohort(
        slug="norcal-boot-camp-last-year",
        name="Northern California {season} Boot Camp",
        region=Region.NORTHERN,
        languages=["en", "es"],
        location="Oakland",
        capacity=30,
        starts_in_days=-420,
        place="Oakland, community hall (address sent to participants)",
        **BOOT_CAMP,
    ),
    "running": DemoCohort(
        slug="norcal-boot-camp",
        name="Northern California {season} Boot Camp",
        region=Region.NORTHERN,
        languages=["en", "es", "zh-hant"],
        location="Oakland",
        capacity=40,
        starts_in_days=-49,
        closes_after_start_days=0,
        place="Oakland, community hall (address sent to participants)",
        **BOOT_CAMP,
    ),
    "applications": DemoCohort(
        slug="socal-boot-camp",
        name="Southern California {season} Boot Camp",
        region=Region.SOUTHERN,
        languages=["en", "es", "ko"],
        location="Los Angeles",
        capacity=35,
        starts_in_days=35,
        closes_after_start_days=-10,
        place="Los Angeles, community center (address sent to participants)",
        **{**BOOT_CAMP, "mode": EnrollmentMode.APPLICATION},
    ),
    "upcoming": DemoCohort(
        slug="central-valley-boot-camp",
        name="Central Valley {season} Boot Camp",
        region=Region.CENTRAL,
        languages=["en", "es"],
        location="Fresno",
        capacity=30,
        starts_in_days=110,
        opens_in_days=40,
        place="Fresno, community center (address sent to participants)",
        **BOOT_CAMP,
    ),
    "fellowship": DemoCohort(
        slug="new-majority-fellowship",
        program="new-majority-fellowship",
        name="New Majority Fellowship",
        region=Region.STATEWIDE,
        languages=["en", "es"],
        location="Online and Sacramento",
        mode=EnrollmentMode.INVITE,
        capacity=25,
        starts_in_days=-33,
        weeks=26,
        sessions=FELLOWSHIP_SESSIONS,
        session_every=timedelta(weeks=5),
        hours=(time(18), time(20)),
        online_url="https://meet.example.org/new-majority",
        closes_after_start_days=14,
    ),
}

PARTICIPANTS = [
    # display name, name in Latin letters (for other scripts), language
    ("José Luis Hernández", "", "es"),
    ("陳美玲", "Chen Meiling", "zh-hant"),
    ("Nguyễn Văn An", "", "vi"),
    ("김지현", "Kim Jihyun", "ko"),
    ("Maria Cristina Santos", "", "tl"),
    ("Keisha Williams", "", "en"),
    ("محمد علي", "Mohammed Ali", "ar"),
    ("Pa Nhia Vang", "", "en"),
    ("Guadalupe Ramírez", "", "es"),
    ("黃志明", "Wong Chi Ming", "zh-hant"),
    ("Trần Thị Mai", "", "vi"),
    ("박민수", "Park Minsu", "ko"),
    ("Rodrigo Dela Cruz", "", "tl"),
    ("Darnell Jackson", "", "en"),
    ("فاطمة حسن", "Fatima Hassan", "ar"),
    ("Tou Xiong", "", "en"),
    ("Ana Sofía Morales", "", "es"),
    ("林家豪", "Lin Chia-hao", "zh-hant"),
    ("Phạm Minh Tuấn", "", "vi"),
    ("이수진", "Lee Sujin", "ko"),
    ("Jasmine Bautista", "", "tl"),
    ("Aaliyah Robinson", "", "en"),
    ("Yousef Haddad", "", "ar"),
    ("Mai Lee Thao", "", "en"),
    ("Miguel Ángel Torres", "", "es"),
    ("張雅婷", "Chang Ya-ting", "zh-hant"),
    ("Lê Hoàng Nam", "", "vi"),
    ("최은영", "Choi Eunyoung", "ko"),
    ("Marisol Gutierrez", "", "en"),
    ("Andre Thompson", "", "en"),
]

REASONS = [
    "I volunteer with my tenants' association and want to learn to canvass my neighbors.",
    "Quiero ayudar a que más familias de mi barrio voten y conozcan sus derechos.",
    "My parents never voted. I want to help people like them feel this is for them too.",
    "I speak Korean and English and want to help our community organize in both.",
]

SOCAL_APPROVED = 6  # participants 21-26 are accepted, 27-30 still wait for a decision
FELLOWS = [2, 5, 9, 13, 17]  # from the NorCal boot camp, invited to the fellowship
LAST_YEAR = [1, 3, 6, 8, 11, 14, 16, 19]  # took last year's boot camp


def seed(stdout) -> None:
    today = timezone.localdate()
    facilitator = User.objects.get(email=FACILITATOR)
    participants = _participants()
    demo_participant = User.objects.get(email=DEMO_PARTICIPANT)
    cohorts = {}
    # Each cohort takes its people while open, then gets its real dates: a cohort
    # that has ended (last year's) no longer counts lessons finished today.
    for key, plan in COHORTS.items():
        cohort = cohorts[key] = _open_cohort(plan, today)
        _sessions(cohort, plan, today)
        if plan.program == "boot-camp" and key != "upcoming":
            cohort.facilitators.add(facilitator)
        if key == "past":
            for number in LAST_YEAR:
                _enroll(participants[number - 1], cohort)
            _enroll(demo_participant, cohort)
        elif key == "running":
            for user in [*participants[:20], demo_participant]:
                _enroll(user, cohort)
        elif key == "applications":
            for number, user in enumerate(participants[20:]):
                applied = _enroll(user, cohort, reason=REASONS[number % len(REASONS)])
                if applied and number < SOCAL_APPROVED:
                    enrollment_approve(enrollment=applied, by=facilitator)
        elif key == "fellowship":
            _invite_code(cohort, plan, today)
            for number in FELLOWS:
                fellow = participants[number - 1]
                _enroll(fellow, cohort, invite_code=INVITE_CODE)
        if plan.starts_in_days < 0:
            _progress(cohort, lessons_each=4 if key == "fellowship" else 11)
            _attendance(cohort, facilitator)
        _set_dates(cohort, plan, today)
    demo_reflections.seed(cohorts["running"], participants, facilitator)
    stdout.write(
        f"Cohorts: {len(cohorts)} cohorts dated from {today}, "
        f"{len(participants)} participants"
    )


def _open_cohort(plan: DemoCohort, today: date) -> Cohort:
    """The cohort, taking enrollments for now (its real dates come last)."""
    starts = plan.starts_on(today)
    fields = {
        "program": ProgramPage.objects.get(
            slug=plan.program, locale__language_code="en"
        ),
        "title": plan.title(today),
        "region": plan.region,
        "languages": plan.languages,
        "location": plan.location,
        "capacity": plan.capacity,
        "enrollment_mode": plan.mode,
        "starts_on": starts,
        "ends_on": max(today, starts) + timedelta(weeks=plan.weeks),
        "enrollment_opens_at": None,
        "enrollment_closes_at": None,
        "status": CohortStatus.PUBLISHED,
    }
    cohort, _created = Cohort.objects.update_or_create(slug=plan.slug, defaults=fields)
    return cohort


def _set_dates(cohort: Cohort, plan: DemoCohort, today: date) -> None:
    starts = plan.starts_on(today)
    cohort.ends_on = starts + timedelta(weeks=plan.weeks)
    if plan.opens_in_days is not None:
        cohort.enrollment_opens_at = _morning(
            today + timedelta(days=plan.opens_in_days)
        )
    if plan.closes_after_start_days is not None:
        closes = starts + timedelta(days=plan.closes_after_start_days)
        cohort.enrollment_closes_at = _morning(closes)
    # Only these: the seat counter in memory is stale (services update it in SQL).
    cohort.save(
        update_fields=["ends_on", "enrollment_opens_at", "enrollment_closes_at"]
    )


def _morning(day: date) -> datetime:
    return datetime.combine(day, time(9), tzinfo=PACIFIC)


def _saturday_on_or_after(day: date) -> date:
    return day + timedelta(days=(5 - day.weekday()) % 7)


def _season(day: date) -> str:
    return ["Winter", "Spring", "Summer", "Fall"][(day.month % 12) // 3]


def _invite_code(cohort, plan: DemoCohort, today: date) -> None:
    InviteCode.objects.update_or_create(
        code=INVITE_CODE,
        defaults={
            "cohort": cohort,
            "label": "Partner organizations",
            "max_uses": 25,
            # Valid as long as the cohort runs; its enrollment dates still apply.
            "expires_at": _morning(plan.starts_on(today) + timedelta(weeks=plan.weeks)),
        },
    )


def _sessions(cohort, plan: DemoCohort, today: date) -> None:
    """Moved to this run's dates; the fellowship meets on Thursday evenings."""
    first = plan.starts_on(today)
    if plan.program == "new-majority-fellowship":
        first -= timedelta(days=2)
    starts, ends = plan.hours
    for number, title in enumerate(plan.sessions):
        day = first + number * plan.session_every
        Session.objects.update_or_create(
            cohort=cohort,
            title=title,
            defaults={
                "starts_at": datetime.combine(day, starts, tzinfo=PACIFIC),
                "ends_at": datetime.combine(day, ends, tzinfo=PACIFIC),
                "place": plan.place,
                "online_url": plan.online_url,
            },
        )


def _participants() -> list:
    """participant01…participant30, each with a verified address and a partner
    organization (every other one sharing progress with it)."""
    organizations = list(Organization.objects.order_by("name"))
    users = []
    for number, (name, latin_name, language) in enumerate(PARTICIPANTS, start=1):
        email = f"participant{number:02}@example.org"
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email,
                password=DEMO_PASSWORD,
                display_name=name,
                latin_name=latin_name,
                preferred_language=language,
            )
            EmailAddress.objects.create(
                user=user, email=email, verified=True, primary=True
            )
            organization = organizations[(number - 1) % len(organizations)]
            lms_services.membership_join(user=user, organization=organization)
            if number % 2:
                lms_services.membership_set_consent(
                    user=user, organization=organization, shares_progress=True
                )
        users.append(user)
    return users


def _enroll(user, cohort, **request) -> Enrollment | None:
    """The new enrollment, or None if the person already has one in the cohort."""
    if Enrollment.objects.filter(user=user, cohort=cohort).exists():
        return None
    return enrollment_request(user=user, cohort=cohort, **request)


def _enrolled(cohort) -> list:
    return list(
        cohort.enrollments.filter(status=EnrollmentStatus.ENROLLED)
        .select_related("user")
        .order_by("user__email")
    )


def _progress(cohort, lessons_each: int) -> None:
    """Up to `lessons_each` lessons done, in order, varying from person to person."""
    with translation.override("en"):
        lessons = program_outline(cohort.program).lessons
    for number, enrollment in enumerate(_enrolled(cohort)):
        for lesson in lessons[: number * 7 % lessons_each]:
            lesson_complete(user=enrollment.user, lesson=lesson)


def _attendance(cohort, facilitator) -> None:
    """Mostly present, now and then absent or excused, at the sessions held so far."""
    held = cohort.sessions.filter(starts_at__lt=timezone.now())
    enrollments = _enrolled(cohort)
    for index, session in enumerate(held):
        for number, enrollment in enumerate(enrollments):
            turn = (number + 3 * index) % 10
            status = {0: AttendanceStatus.ABSENT, 1: AttendanceStatus.EXCUSED}.get(
                turn, AttendanceStatus.PRESENT
            )
            Attendance.objects.update_or_create(
                session=session,
                enrollment=enrollment,
                defaults={"status": status, "recorded_by": facilitator},
            )
