"""A cohort's life cycle (upcoming, open for enrollment, running, ended): shown on
every page, enforced by every service."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from cohorts import services
from cohorts.models import (
    Cohort,
    CohortPhase,
    Enrollment,
    EnrollmentMode,
    EnrollmentStatus,
    InviteCode,
)
from cohorts.tests.factories import CohortFactory, InviteCodeFactory, SessionFactory
from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


def ended(program, **kwargs):
    today = timezone.localdate()
    return CohortFactory(
        program=program,
        starts_on=today - 60 * DAY,
        ends_on=today - DAY,
        **kwargs,
    )


def test_each_phase_follows_the_dates(tree):
    now, today = timezone.now(), timezone.localdate()
    upcoming = CohortFactory(program=tree.program, enrollment_opens_at=now + DAY)
    open_now = CohortFactory(program=tree.program)
    running = CohortFactory(
        program=tree.program,
        starts_on=today - 7 * DAY,
        enrollment_closes_at=now - 7 * DAY,
    )
    over = ended(tree.program)
    last_day = CohortFactory(
        program=tree.program, starts_on=today - 7 * DAY, ends_on=today
    )
    assert [c.phase() for c in (upcoming, open_now, running, over, last_day)] == [
        CohortPhase.UPCOMING,
        CohortPhase.OPEN,
        CohortPhase.RUNNING,
        CohortPhase.ENDED,
        CohortPhase.OPEN,  # its last day is not over yet where it meets
    ]


@pytest.mark.parametrize(
    "mode", [EnrollmentMode.OPEN, EnrollmentMode.APPLICATION, EnrollmentMode.INVITE]
)
def test_nobody_joins_an_ended_cohort_in_any_mode(tree, participant, mode):
    cohort = ended(tree.program, enrollment_mode=mode)
    code = InviteCodeFactory(cohort=cohort)
    with pytest.raises(services.EnrollmentError, match=r"This cohort has ended\."):
        services.enrollment_request(
            user=participant, cohort=cohort, reason="x", invite_code=code.code
        )
    assert not Enrollment.objects.exists()
    assert InviteCode.objects.get().uses == 0


def test_a_full_ended_cohort_does_not_take_waitlist_requests(tree, participant):
    cohort = CohortFactory(program=tree.program, capacity=1)
    services.enrollment_request(user=UserFactory(), cohort=cohort)
    Cohort.objects.filter(pk=cohort.pk).update(
        starts_on=timezone.localdate() - 30 * DAY,
        ends_on=timezone.localdate() - DAY,
    )
    cohort.refresh_from_db()
    with pytest.raises(services.EnrollmentError, match="ended"):
        services.enrollment_request(user=participant, cohort=cohort)
    assert not Enrollment.objects.filter(user=participant).exists()


def test_after_enrollment_closes_the_refusal_says_so(tree, participant):
    cohort = CohortFactory(
        program=tree.program, enrollment_closes_at=timezone.now() - DAY
    )
    with pytest.raises(services.EnrollmentError, match=r"Enrollment is closed\."):
        services.enrollment_request(user=participant, cohort=cohort)


def test_before_enrollment_opens_the_refusal_says_when(tree, participant):
    opens = timezone.now() + 3 * DAY
    cohort = CohortFactory(program=tree.program, enrollment_opens_at=opens)
    with pytest.raises(services.EnrollmentError, match=r"Enrollment opens on \w+day"):
        services.enrollment_request(user=participant, cohort=cohort)


def test_once_ended_no_approval_no_promotion_no_leaving(tree):
    cohort = CohortFactory(
        program=tree.program, capacity=1, enrollment_mode=EnrollmentMode.APPLICATION
    )
    seated, applicant, waiting = (
        services.enrollment_request(user=UserFactory(), cohort=cohort, reason="x")
        for _ in range(3)
    )
    services.enrollment_approve(enrollment=seated, by=None)
    services.enrollment_approve(enrollment=waiting, by=None)
    Cohort.objects.filter(pk=cohort.pk).update(
        starts_on=timezone.localdate() - 30 * DAY, ends_on=timezone.localdate() - DAY
    )
    with pytest.raises(services.EnrollmentError, match="ended"):
        services.enrollment_approve(enrollment=applicant, by=None)
    with pytest.raises(services.EnrollmentError, match="ended"):
        services.enrollment_withdraw(enrollment=seated)
    assert services.waitlist_promote(cohort=Cohort.objects.get(pk=cohort.pk)) is None
    statuses = list(Enrollment.objects.order_by("pk").values_list("status", flat=True))
    assert statuses == ["enrolled", "applied", "waitlisted"]


def test_the_page_of_an_ended_cohort_says_so_and_points_to_the_next(
    client, tree, participant
):
    over = ended(tree.program, title="Last Year's Camp")
    following = CohortFactory(program=tree.program, title="Next Spring Camp")
    client.force_login(participant)
    body = client.get(over.get_absolute_url()).content.decode()
    assert "This cohort has ended." in body
    assert f'href="/cohorts/{following.slug}/"' in body and "Next Spring Camp" in body
    assert f'action="/cohorts/{over.slug}/enroll/"' not in body
    assert "Seats left" not in body
    response = client.post(f"/cohorts/{over.slug}/enroll/")
    assert not Enrollment.objects.exists()
    assert "This cohort has ended." in client.get(response["Location"]).content.decode()


def test_a_closed_cohort_without_a_next_one_points_to_its_program(
    client, tree, participant
):
    closed = CohortFactory(
        program=tree.program, enrollment_closes_at=timezone.now() - DAY
    )
    client.force_login(participant)
    body = client.get(closed.get_absolute_url()).content.decode()
    assert "Enrollment is closed." in body
    assert f'href="{tree.program.url}#join"' in body


def test_my_learning_shows_an_ended_cohort_with_what_was_done(
    client, tree, participant
):
    cohort = CohortFactory(program=tree.program)
    services.enrollment_request(user=participant, cohort=cohort)
    services.lesson_complete(user=participant, lesson=tree.lessons[0])
    session = SessionFactory(
        cohort=cohort,
        starts_at=timezone.now() - 2 * DAY,
        ends_at=timezone.now() - 2 * DAY + datetime.timedelta(hours=2),
    )
    services.attendance_record(
        session=session,
        enrollment=Enrollment.objects.get(),
        status="present",
        by=None,
    )
    Cohort.objects.filter(pk=cohort.pk).update(
        starts_on=timezone.localdate() - 30 * DAY, ends_on=timezone.localdate() - DAY
    )
    client.force_login(participant)
    body = client.get("/learning/").content.decode()
    assert "This cohort ended on" in body
    assert "You completed 1 of 4 lessons." in body
    assert "You attended 1 of 1 sessions." in body
    assert "Continue where you left off" not in body and "Start:" not in body


def test_lessons_done_after_a_cohort_ended_count_for_the_running_one(tree, participant):
    old = CohortFactory(program=tree.program)
    services.enrollment_request(user=participant, cohort=old)
    Cohort.objects.filter(pk=old.pk).update(
        starts_on=timezone.localdate() - 400 * DAY,
        ends_on=timezone.localdate() - 300 * DAY,
    )
    current = CohortFactory(program=tree.program)
    services.enrollment_request(user=participant, cohort=current)
    services.lesson_complete(user=participant, lesson=tree.lessons[0])
    assert list(
        Enrollment.objects.filter(completions__isnull=False).values_list(
            "cohort_id", flat=True
        )
    ) == [current.pk]


def test_the_demo_is_dated_from_the_day_it_runs(monkeypatch):
    """Seeded on any day, the demo has a cohort in every phase of the life cycle."""
    some_day = datetime.datetime(2031, 4, 17, 12, 0, tzinfo=datetime.UTC)
    monkeypatch.setattr(timezone, "now", lambda: some_day)
    call_command("seed_demo", stdout=io.StringIO())
    phases = {cohort.phase(some_day) for cohort in Cohort.objects.all()}
    assert phases == set(CohortPhase)
    running = Cohort.objects.get(slug="norcal-boot-camp")
    assert running.title.startswith("2031 ")
    assert running.enrollments.filter(status=EnrollmentStatus.ENROLLED).count() == 21
