"""Demo certificates: the Boot Camp's completion rule, and last year's graduates
with their certificates (issued the day after the cohort ended), one of them
revoked and re-issued after a name change, one hidden by its holder. Then the demo
partner organization's members: last year's graduates and some of this year's
participants, most of them sharing their training, a few not."""

from datetime import datetime, time, timedelta

from django.utils import timezone

from cohorts.models import Cohort, Enrollment, EnrollmentStatus, LessonCompletion
from curriculum.models import ProgramPage
from curriculum.selectors import program_outline
from lms.models import Organization
from lms.services import membership_join, membership_set_consent

from .models import Certificate
from .services import (
    certificate_reissue,
    certificate_set_hidden,
    certificates_issue_earned,
)

BOOT_CAMP_ATTENDANCE = 60  # percent of a cohort's sessions
LAST_YEAR = "norcal-boot-camp-last-year"
DEMO_PARTICIPANT = "participant@example.org"
UNFINISHED = 2  # of last year's people, this many did not finish every lesson
PARTNER = "east-oakland-tenants-together"
RUNNING = "norcal-boot-camp"
PARTNER_SHARING = (
    15  # members who share their training, the demo participant among them
)
PARTNER_NOT_SHARING = 3


def seed(stdout) -> None:
    boot_camp = ProgramPage.objects.get(slug="boot-camp", locale__language_code="en")
    _set_rule(boot_camp)
    cohort = Cohort.objects.select_related("program").get(slug=LAST_YEAR)
    certificates = _graduate(cohort)
    others = [c for c in certificates if c.enrollment.user.email != DEMO_PARTICIPANT]
    if len(others) >= 2:
        certificate_reissue(
            user=cohort.facilitators.first(),
            certificate=others[0],
            reason="The holder asked for the name they use now.",
        )
        certificate_set_hidden(certificate=others[1], hidden=True)
    stdout.write(f"Certificates: {len(certificates)} issued for {cohort.title}")
    sharing, not_sharing = _partner_members()
    stdout.write(
        f"Partner organization: {sharing} members share their training, "
        f"{not_sharing} do not"
    )


def _set_rule(program) -> None:
    program.completion_requires_lessons = True
    program.completion_min_attendance = BOOT_CAMP_ATTENDANCE
    program.save_revision().publish()


def _graduate(cohort) -> list[Certificate]:
    """Every lesson done for all but a few, then the rule issues the certificates."""
    lessons = program_outline(cohort.program).lessons
    enrollments = list(
        cohort.enrollments.filter(status=EnrollmentStatus.ENROLLED)
        .exclude(user__email=DEMO_PARTICIPANT)
        .order_by("user__email")
    )
    demo = cohort.enrollments.filter(user__email=DEMO_PARTICIPANT)
    finished = [*demo, *enrollments[UNFINISHED:]]
    LessonCompletion.objects.bulk_create(
        [
            LessonCompletion(enrollment=e, lesson_key=lesson.translation_key)
            for e in finished
            for lesson in lessons
        ],
        ignore_conflicts=True,
    )
    certificates_issue_earned(enrollments=finished)
    # Some may have come already, with attendance recorded by the cohorts' demo.
    issued = list(
        Certificate.objects.filter(enrollment__cohort=cohort).select_related(
            "enrollment__user"
        )
    )
    day_after = datetime.combine(
        cohort.ends_on + timedelta(days=1),
        time(10),
        tzinfo=timezone.get_current_timezone(),
    )
    for certificate in issued:
        certificate.issued_at = day_after
        certificate.save(update_fields=["issued_at"])
    return issued


def _partner_members() -> tuple[int, int]:
    """Last year's people first (their certificates show), then this year's."""
    organization = Organization.objects.filter(slug=PARTNER).first()
    if organization is None:
        return 0, 0
    people = []
    for slug in (LAST_YEAR, RUNNING):
        for enrollment in (
            Enrollment.objects.filter(cohort__slug=slug)
            .select_related("user")
            .order_by("user__email")
        ):
            if (
                enrollment.user not in people
                and enrollment.user.email != DEMO_PARTICIPANT
            ):
                people.append(enrollment.user)
    sharing = people[: PARTNER_SHARING - 1]  # and the demo participant, already in
    not_sharing = people[PARTNER_SHARING - 1 :][:PARTNER_NOT_SHARING]
    for user in [*sharing, *not_sharing]:
        membership_join(user=user, organization=organization)
        membership_set_consent(
            user=user, organization=organization, shares_progress=user in sharing
        )
    return len(sharing) + 1, len(not_sharing)
