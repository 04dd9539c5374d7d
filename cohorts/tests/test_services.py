"""Enrollment rules: modes, seats, waitlist, applications, invite codes, withdrawal."""

import datetime
from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone

from cohorts import services
from cohorts.models import (
    Cohort,
    CohortStatus,
    Enrollment,
    EnrollmentMode,
    EnrollmentStatus,
)
from cohorts.tests.factories import CohortFactory, InviteCodeFactory
from curriculum.tests.factories import make_curriculum
from lms.tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=False)

S = EnrollmentStatus


def request(user, cohort, **kwargs):
    return services.enrollment_request(user=user, cohort=cohort, **kwargs)


def seats(cohort):
    return Cohort.objects.get(pk=cohort.pk).seats_taken


def test_open_cohort_enrolls_while_seats_remain_then_waitlists(
    tree, django_capture_on_commit_callbacks
):
    cohort = CohortFactory(program=tree.program, capacity=2)
    people = UserFactory.create_batch(3)
    with django_capture_on_commit_callbacks(execute=True):
        statuses = [request(person, cohort).status for person in people]
    assert statuses == [S.ENROLLED, S.ENROLLED, S.WAITLISTED]
    assert seats(cohort) == 2
    subjects = [m.subject for m in mail.outbox]
    assert subjects.count(f"You are enrolled in {cohort.title}") == 2
    assert subjects.count(f"You are on the waitlist for {cohort.title}") == 1


def test_asking_twice_returns_the_same_enrollment(cohort, participant):
    first = request(participant, cohort)
    second = request(participant, cohort)
    assert first.pk == second.pk
    assert Enrollment.objects.filter(user=participant).count() == 1
    assert seats(cohort) == 1


def test_withdrawal_promotes_the_first_waitlisted_and_emails_them(
    tree, django_capture_on_commit_callbacks
):
    cohort = CohortFactory(program=tree.program, capacity=1)
    holder, first, second = UserFactory.create_batch(3, preferred_language="es")
    with django_capture_on_commit_callbacks(execute=True):
        seat = request(holder, cohort)
        request(first, cohort)
        request(second, cohort)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.enrollment_withdraw(enrollment=seat)
    assert Enrollment.objects.get(user=first).status == S.ENROLLED
    assert Enrollment.objects.get(user=second).status == S.WAITLISTED
    assert seats(cohort) == 1
    assert [m.to for m in mail.outbox] == [[first.email]]
    assert (
        "plaza" in mail.outbox[0].subject.lower()
        or "cupo" in mail.outbox[0].subject.lower()
    )


def test_withdrawing_from_the_waitlist_frees_no_seat(tree):
    cohort = CohortFactory(program=tree.program, capacity=1)
    request(UserFactory(), cohort)
    waiting = request(UserFactory(), cohort)
    services.enrollment_withdraw(enrollment=waiting)
    assert seats(cohort) == 1
    assert Enrollment.objects.get(pk=waiting.pk).status == S.WITHDRAWN


def test_application_cohort_records_the_application(tree, participant):
    cohort = CohortFactory(
        program=tree.program, enrollment_mode=EnrollmentMode.APPLICATION
    )
    enrollment = request(participant, cohort, reason="To organize my block")
    assert enrollment.status == S.APPLIED
    assert enrollment.reason == "To organize my block"
    assert seats(cohort) == 0


def test_approval_respects_capacity(tree, facilitator):
    cohort = CohortFactory(
        program=tree.program, enrollment_mode=EnrollmentMode.APPLICATION, capacity=1
    )
    first, second = (request(UserFactory(), cohort) for _ in range(2))
    assert (
        services.enrollment_approve(enrollment=first, by=facilitator).status
        == S.ENROLLED
    )
    assert (
        services.enrollment_approve(enrollment=second, by=facilitator).status
        == S.WAITLISTED
    )
    assert seats(cohort) == 1
    assert Enrollment.objects.get(pk=first.pk).decided_by == facilitator


def test_decline_and_clear_messages_for_wrong_transitions(
    tree, facilitator, participant
):
    cohort = CohortFactory(
        program=tree.program, enrollment_mode=EnrollmentMode.APPLICATION
    )
    enrollment = request(participant, cohort)
    services.enrollment_decline(enrollment=enrollment, by=facilitator)
    assert Enrollment.objects.get(pk=enrollment.pk).status == S.DECLINED
    with pytest.raises(services.EnrollmentError, match="Only pending applications"):
        services.enrollment_approve(enrollment=enrollment, by=facilitator)


def test_invite_code_needed_valid_and_limited(tree):
    cohort = CohortFactory(
        program=tree.program, enrollment_mode=EnrollmentMode.INVITE, capacity=10
    )
    code = InviteCodeFactory(cohort=cohort, max_uses=2)
    with pytest.raises(services.EnrollmentError, match="invite code is not valid"):
        request(UserFactory(), cohort, invite_code="wrong")
    assert request(UserFactory(), cohort, invite_code=code.code).status == S.ENROLLED
    assert (
        request(UserFactory(), cohort, invite_code=f" {code.code} ").status
        == S.ENROLLED
    )
    with pytest.raises(services.EnrollmentError, match="used up"):
        request(UserFactory(), cohort, invite_code=code.code)
    code.refresh_from_db()
    assert code.uses == 2


def test_expired_invite_code_is_refused(tree):
    cohort = CohortFactory(program=tree.program, enrollment_mode=EnrollmentMode.INVITE)
    code = InviteCodeFactory(
        cohort=cohort, expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    with pytest.raises(services.EnrollmentError):
        request(UserFactory(), cohort, invite_code=code.code)
    assert not Enrollment.objects.exists()


def test_invite_code_of_another_cohort_is_refused(tree):
    cohort = CohortFactory(program=tree.program, enrollment_mode=EnrollmentMode.INVITE)
    other = InviteCodeFactory(
        cohort=CohortFactory(
            program=tree.program, enrollment_mode=EnrollmentMode.INVITE
        )
    )
    with pytest.raises(services.EnrollmentError):
        request(UserFactory(), cohort, invite_code=other.code)


@pytest.mark.parametrize(
    "change",
    [
        {"status": CohortStatus.DRAFT},
        {"enrollment_closes_at": timezone.now() - datetime.timedelta(hours=1)},
        {"enrollment_opens_at": timezone.now() + datetime.timedelta(hours=1)},
    ],
)
def test_closed_cohorts_refuse(tree, participant, change):
    cohort = CohortFactory(program=tree.program, **change)
    with pytest.raises(
        services.EnrollmentError,
        match=r"not taking enrollments|Enrollment is closed|Enrollment opens on",
    ):
        request(participant, cohort)
    assert not Enrollment.objects.exists()


def test_the_organization_at_enrollment_time_is_kept(cohort, participant):
    membership = MembershipFactory(user=participant)
    enrollment = request(participant, cohort)
    membership.delete()
    assert (
        Enrollment.objects.get(pk=enrollment.pk).organization == membership.organization
    )


def test_a_person_who_left_can_ask_again(cohort, participant):
    enrollment = request(participant, cohort)
    services.enrollment_withdraw(enrollment=enrollment)
    again = request(participant, cohort)
    assert again.pk == enrollment.pk and again.status == S.ENROLLED
    assert seats(cohort) == 1


def test_a_mail_server_that_is_down_never_breaks_an_enrollment(
    cohort, participant, django_capture_on_commit_callbacks
):
    with (
        mock.patch(
            "django.core.mail.backends.locmem.EmailBackend.send_messages",
            side_effect=OSError("down"),
        ),
        django_capture_on_commit_callbacks(execute=True),
    ):
        enrollment = request(participant, cohort)
    assert Enrollment.objects.get(pk=enrollment.pk).status == S.ENROLLED
    assert seats(cohort) == 1


def test_emails_are_in_the_recipients_language(
    cohort, django_capture_on_commit_callbacks
):
    person = UserFactory(preferred_language="zh-hant")
    with django_capture_on_commit_callbacks(execute=True):
        request(person, cohort)
    message = mail.outbox[-1]
    assert cohort.title in message.subject
    assert message.alternatives and message.alternatives[0][1] == "text/html"
    assert 'lang="zh-hant"' in message.alternatives[0][0]


def test_names_in_emails_are_escaped_in_html(
    cohort, django_capture_on_commit_callbacks
):
    person = UserFactory(display_name="<script>alert(1)</script>")
    with django_capture_on_commit_callbacks(execute=True):
        request(person, cohort)
    html = mail.outbox[-1].alternatives[0][0]
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_lesson_complete_records_nothing_for_someone_who_may_not_read_it(tree):
    from cohorts.models import LessonCompletion

    other_program = make_curriculum(program_title="Fellowship", catalog=tree.catalog)
    reader = UserFactory()
    services.enrollment_request(
        user=reader, cohort=CohortFactory(program=other_program.program)
    )
    stranger = UserFactory()
    for person in (reader, stranger):
        assert services.lesson_complete(user=person, lesson=tree.lessons[1]) is None
    assert not LessonCompletion.objects.exists()


def test_an_unpublished_lesson_cannot_be_completed(tree, cohort):
    from cohorts.models import LessonCompletion

    person = UserFactory()
    services.enrollment_request(user=person, cohort=cohort)
    lesson = tree.lessons[1]
    lesson.unpublish()
    lesson.refresh_from_db()
    assert services.lesson_complete(user=person, lesson=lesson) is None
    assert not LessonCompletion.objects.exists()
