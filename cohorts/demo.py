"""Demo cohorts for `manage.py seed_demo`: three 2026 cohorts with sessions, thirty
participants, enrollments of every mode, lesson progress and attendance.

Safe to run again: cohorts, sessions and accounts that exist are kept, and only people
without an enrollment in a cohort are enrolled (always through `cohorts.services`).
"""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from django.utils import timezone, translation

from curriculum.models import ProgramPage
from curriculum.selectors import program_outline
from lms import services as lms_services
from lms.management.commands.seed_demo import DEMO_PASSWORD
from lms.models import Organization, Region, User

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
INVITE_CODE = "NEWMAJORITY2026"

BOOT_CAMP_MODULES = [
    "Leading with Culture",
    "Our Histories and Shared Values",
    "Canvassing",
    "Phonebanking",
    "Strategic Communications",
    "Building Power Beyond Election Day",
]

COHORTS = [
    {
        "slug": "2026-norcal-fall-boot-camp",
        "program": "boot-camp",
        "title": "2026 Northern California Fall Boot Camp",
        "region": Region.NORTHERN,
        "languages": ["en", "es", "zh-hant"],
        "location": "Oakland",
        "enrollment_mode": EnrollmentMode.OPEN,
        "capacity": 40,
        "starts_on": date(2026, 9, 12),
        "ends_on": date(2026, 11, 21),
    },
    {
        "slug": "2026-socal-fall-boot-camp",
        "program": "boot-camp",
        "title": "2026 Southern California Fall Boot Camp",
        "region": Region.SOUTHERN,
        "languages": ["en", "es", "ko"],
        "location": "Los Angeles",
        "enrollment_mode": EnrollmentMode.APPLICATION,
        "capacity": 35,
        "starts_on": date(2026, 9, 19),
        "ends_on": date(2026, 11, 21),
    },
    {
        "slug": "2026-new-majority-fellowship",
        "program": "new-majority-fellowship",
        "title": "2026–2027 New Majority Fellowship",
        "region": Region.STATEWIDE,
        "languages": ["en", "es"],
        "location": "Online and Sacramento",
        "enrollment_mode": EnrollmentMode.INVITE,
        "capacity": 25,
        "starts_on": date(2026, 10, 1),
        "ends_on": date(2027, 3, 31),
    },
]

FORTNIGHTLY = timedelta(weeks=2)
SESSIONS = {
    # cohort slug: [(title, day)], (start, end), place, online link
    "2026-norcal-fall-boot-camp": (
        [
            (t, date(2026, 9, 12) + i * FORTNIGHTLY)
            for i, t in enumerate(BOOT_CAMP_MODULES)
        ],
        (time(10), time(16)),
        "Oakland, community hall (address sent to participants)",
        "",
    ),
    "2026-socal-fall-boot-camp": (
        [
            (t, date(2026, 9, 19) + i * FORTNIGHTLY)
            for i, t in enumerate(
                [
                    "Leading with Culture",
                    "Our Histories and Shared Values",
                    "Canvassing and Phonebanking",
                    "Strategic Communications",
                    "Building Power Beyond Election Day",
                ]
            )
        ],
        (time(10), time(16)),
        "Los Angeles, community center (address sent to participants)",
        "",
    ),
    "2026-new-majority-fellowship": (
        [
            ("Power Mapping", date(2026, 10, 1)),
            ("Leading a Campaign Team", date(2026, 11, 5)),
            ("Data and Targeting", date(2026, 12, 3)),
            ("Storytelling for Change", date(2027, 1, 7)),
        ],
        (time(18), time(20)),
        "",
        "https://meet.example.org/new-majority",
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


def seed(stdout) -> None:
    facilitator = User.objects.get(email=FACILITATOR)
    cohorts = {data["slug"]: _cohort(data) for data in COHORTS}
    for slug, sessions in SESSIONS.items():
        _sessions(cohorts[slug], *sessions)
    norcal, socal, fellowship = cohorts.values()
    for boot_camp in (norcal, socal):
        boot_camp.facilitators.add(facilitator)
    _invite_code(fellowship)
    participants = _participants()
    demo_participant = User.objects.get(email=DEMO_PARTICIPANT)
    for user in [*participants[:20], demo_participant]:
        _enroll(user, norcal)
    for number, user in enumerate(participants[20:]):
        applied = _enroll(user, socal, reason=REASONS[number % len(REASONS)])
        if applied and number < SOCAL_APPROVED:
            enrollment_approve(enrollment=applied, by=facilitator)
    for number in FELLOWS:
        _enroll(participants[number - 1], fellowship, invite_code=INVITE_CODE)
    _progress(norcal)
    _attendance(norcal, facilitator)
    stdout.write(f"Cohorts: {len(COHORTS)} cohorts, {len(participants)} participants")


def _cohort(data) -> Cohort:
    fields = {k: v for k, v in data.items() if k not in ("slug", "program")}
    fields["program"] = ProgramPage.objects.get(
        slug=data["program"], locale__language_code="en"
    )
    cohort, _created = Cohort.objects.get_or_create(
        slug=data["slug"], defaults={**fields, "status": CohortStatus.PUBLISHED}
    )
    return cohort


def _invite_code(cohort) -> None:
    InviteCode.objects.get_or_create(
        code=INVITE_CODE,
        defaults={
            "cohort": cohort,
            "label": "Partner organizations",
            "max_uses": 25,
            "expires_at": datetime(2027, 1, 31, 23, 59, tzinfo=PACIFIC),
        },
    )


def _sessions(cohort, days, hours, place, online_url) -> None:
    starts, ends = hours
    for title, day in days:
        if not cohort.sessions.filter(title=title).exists():
            Session.objects.create(
                cohort=cohort,
                title=title,
                starts_at=datetime.combine(day, starts, tzinfo=PACIFIC),
                ends_at=datetime.combine(day, ends, tzinfo=PACIFIC),
                place=place,
                online_url=online_url,
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


def _progress(cohort) -> None:
    """0 to 10 lessons done, in order, varying from person to person."""
    with translation.override("en"):
        lessons = program_outline(cohort.program).lessons
    for number, enrollment in enumerate(_enrolled(cohort)):
        for lesson in lessons[: number * 7 % 11]:
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
