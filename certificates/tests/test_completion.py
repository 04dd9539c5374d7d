"""The completion rule: what each part asks and what is missing, certificates that
come by themselves with the last requirement, and the facilitators' certificates
page (preview, bulk issue, by hand, revoke, re-issue) for their own cohorts only."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate
from certificates.services import certificate_issue, certificate_revoke
from cohorts import services
from cohorts.models import Enrollment, EnrollmentStatus
from cohorts.selectors.completion import completion_of
from cohorts.services.reflections import reflection_submit
from cohorts.tests.factories import CohortFactory, SessionFactory
from conftest import enable_totp
from curriculum.selectors import lesson_prompts
from lms.permissions import FACILITATORS
from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def set_rule(program, *, lessons=True, reflections=0, attendance=0):
    program.completion_requires_lessons = lessons
    program.completion_min_reflections = reflections
    program.completion_min_attendance = attendance
    program.save_revision().publish()
    program.refresh_from_db()


def seat(cohort, **user):
    return services.enrollment_request(user=UserFactory(**user), cohort=cohort)


def completion(enrollment):
    enrollment = Enrollment.objects.select_related("cohort__program").get(
        pk=enrollment.pk
    )
    return completion_of([enrollment])[enrollment.pk]


def answer(enrollment, lesson):
    prompt_id = next(iter(lesson_prompts(lesson)))
    return reflection_submit(
        user=enrollment.user,
        lesson=lesson,
        prompt_id=prompt_id,
        text="What I learned at the door.",
        visibility="cohort",
    )


def certificates_of(enrollment):
    return list(Certificate.objects.filter(enrollment=enrollment))


# The rule, part by part ----------------------------------------------------------------


def test_required_lessons_part_lists_what_is_left(tree, cohort):
    optional = tree.lessons[1]
    optional.is_required = False
    optional.save_revision().publish()
    enrollment = seat(cohort)
    before = completion(enrollment)
    (part,) = before.requirements
    assert (part.kind, part.done, part.needed) == ("lessons", 0, 1)
    assert [lesson.title for lesson in part.missing] == [tree.lessons[0].title]
    services.lesson_complete(user=enrollment.user, lesson=tree.lessons[0])
    assert completion(enrollment).met


def test_reflections_count_only_on_required_lessons_and_not_hidden(tree, cohort):
    set_rule(tree.program, lessons=False, reflections=2)
    optional = tree.lessons[1]
    optional.is_required = False
    optional.save_revision().publish()
    enrollment = seat(cohort)
    answer(enrollment, tree.lessons[1])  # optional lesson: does not count
    part = completion(enrollment).requirements[0]
    assert (part.kind, part.done, part.needed, part.met) == ("reflections", 0, 2, False)
    reflection = answer(enrollment, tree.lessons[0])
    assert completion(enrollment).requirements[0].done == 1
    reflection.hidden_at = timezone.now()
    reflection.save()
    assert completion(enrollment).requirements[0].done == 0


def test_attendance_is_a_share_of_all_the_cohorts_sessions(tree, cohort, facilitator):
    set_rule(tree.program, lessons=False, attendance=60)
    enrollment = seat(cohort)
    part = completion(enrollment).requirements[0]
    assert part.kind == "attendance" and part.sessions == 0 and not part.met
    sessions = [SessionFactory(cohort=cohort) for _ in range(4)]
    part = completion(enrollment).requirements[0]
    assert (part.needed, part.sessions) == (3, 4)  # 60% of 4, rounded up
    for session in sessions[:2]:
        services.attendance_record(
            session=session, enrollment=enrollment, status="present", by=facilitator
        )
    services.attendance_record(
        session=sessions[2], enrollment=enrollment, status="absent", by=facilitator
    )
    assert completion(enrollment).requirements[0].done == 2
    assert not certificates_of(enrollment)
    services.attendance_record(
        session=sessions[3], enrollment=enrollment, status="present", by=facilitator
    )
    assert completion(enrollment).met
    assert len(certificates_of(enrollment)) == 1  # the last requirement issued it


def test_a_rule_that_asks_nothing_is_no_rule(tree, cohort):
    set_rule(tree.program, lessons=False)
    enrollment = seat(cohort)
    assert not completion(enrollment).has_rule
    assert not completion(enrollment).met
    services.lesson_complete(user=enrollment.user, lesson=tree.lessons[0])
    assert not certificates_of(enrollment)


# Certificates that come by themselves ---------------------------------------------------


def test_the_last_lesson_brings_the_certificate(tree, cohort):
    enrollment = seat(cohort, display_name="Lupe Ortega")
    services.lesson_complete(user=enrollment.user, lesson=tree.lessons[0])
    assert not certificates_of(enrollment)
    services.lesson_complete(user=enrollment.user, lesson=tree.lessons[1])
    (certificate,) = certificates_of(enrollment)
    assert certificate.name_printed == "Lupe Ortega" and certificate.issued_by is None
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.COMPLETED
    # Done again, nothing new.
    services.lesson_complete(user=enrollment.user, lesson=tree.lessons[1])
    assert len(certificates_of(enrollment)) == 1


def test_the_last_reflection_brings_the_certificate(tree, cohort):
    set_rule(tree.program, reflections=1)
    enrollment = seat(cohort)
    for lesson in tree.lessons:
        services.lesson_complete(user=enrollment.user, lesson=lesson)
    assert not certificates_of(enrollment)
    answer(enrollment, tree.lessons[0])
    assert len(certificates_of(enrollment)) == 1


def test_a_revoked_certificate_does_not_come_back_by_itself(tree, cohort, site_admin):
    enrollment = seat(cohort)
    for lesson in tree.lessons:
        services.lesson_complete(user=enrollment.user, lesson=lesson)
    (certificate,) = certificates_of(enrollment)
    certificate_revoke(user=site_admin, certificate=certificate, reason="Issued early")
    services.lesson_complete(user=enrollment.user, lesson=tree.lessons[0])
    assert [c.is_valid for c in certificates_of(enrollment)] == [False]


def test_waitlisted_people_get_no_certificate(tree):
    cohort = CohortFactory(program=tree.program, capacity=1)
    seat(cohort)
    waiting = seat(cohort)
    assert waiting.status == EnrollmentStatus.WAITLISTED
    assert services.lesson_complete(user=waiting.user, lesson=tree.lessons[0]) is None
    assert not certificates_of(waiting)


# My learning -------------------------------------------------------------------------


def test_my_learning_says_what_is_left_then_links_the_certificate(client, tree, cohort):
    set_rule(tree.program, reflections=1)
    enrollment = seat(cohort)
    client.force_login(enrollment.user)
    body = client.get("/learning/").content.decode()
    assert "What is left for your certificate" in body
    assert "Required lessons: 0 of 2 completed." in body
    assert tree.lessons[1].title in body
    assert "Reflections on required lessons: 0 of 1 written." in body
    for lesson in tree.lessons:
        services.lesson_complete(user=enrollment.user, lesson=lesson)
    answer(enrollment, tree.lessons[0])
    body = client.get("/learning/").content.decode()
    assert "What is left for your certificate" not in body
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert f"/learning/certificates/{certificate.code}/" in body


def test_my_learning_without_a_rule_says_facilitators_give_them(client, tree, cohort):
    set_rule(tree.program, lessons=False)
    enrollment = seat(cohort)
    client.force_login(enrollment.user)
    body = client.get("/learning/").content.decode()
    assert "Your facilitators give the certificates for this program." in body


# The facilitators' certificates page ---------------------------------------------------


@pytest.fixture
def mine(cohort, facilitator):
    cohort.facilitators.add(facilitator)
    return cohort


@pytest.fixture
def facilitator_client(client, facilitator):
    enable_totp(facilitator)
    client.force_login(facilitator)
    return client


def ready_and_not(cohort, tree):
    ready, behind = seat(cohort, display_name="Ready Rosa"), seat(cohort)
    # The rule is met without issuing (as when the rule changed afterwards).
    set_rule(tree.program, lessons=False)
    for lesson in tree.lessons:
        services.lesson_complete(user=ready.user, lesson=lesson)
    set_rule(tree.program)
    return ready, behind


def test_the_page_previews_who_is_ready_and_bulk_issues_to_them(
    facilitator_client, mine, tree
):
    ready, behind = ready_and_not(mine, tree)
    url = f"/admin/certificates/cohort/{mine.pk}/"
    body = facilitator_client.get(url).content.decode()
    assert "Ready for a certificate (1)" in body and "Ready Rosa" in body
    assert "Required lessons: 0 of 2 completed." in body  # what the other misses
    response = facilitator_client.post(f"{url}issue/", follow=True)
    assert "1 certificate issued." in response.content.decode()
    assert len(certificates_of(ready)) == 1 and not certificates_of(behind)
    # A second tap issues nothing more.
    facilitator_client.post(f"{url}issue/")
    assert Certificate.objects.count() == 1


def test_issue_by_hand_revoke_with_a_reason_and_reissue(
    facilitator_client, mine, tree, facilitator
):
    _ready, behind = ready_and_not(mine, tree)
    url = f"/admin/certificates/cohort/{mine.pk}/"
    facilitator_client.post(f"{url}issue/{behind.pk}/")
    (certificate,) = certificates_of(behind)
    assert certificate.issued_by == facilitator
    response = facilitator_client.post(
        f"{url}{certificate.pk}/revoke/", {"reason": "  "}, follow=True
    )
    assert "Give a reason to revoke a certificate." in response.content.decode()
    assert Certificate.objects.get(pk=certificate.pk).is_valid
    facilitator_client.post(f"{url}{certificate.pk}/reissue/", {"reason": "New name"})
    old, new = sorted(certificates_of(behind), key=lambda c: c.pk)
    assert not old.is_valid and old.revocation_reason == "New name" and new.is_valid
    facilitator_client.post(f"{url}{new.pk}/revoke/", {"reason": "Asked by holder"})
    assert not any(c.is_valid for c in certificates_of(behind))


def test_another_cohorts_facilitator_gets_404_and_changes_nothing(
    facilitator_client, tree, facilitator
):
    theirs = CohortFactory(program=tree.program)
    theirs.facilitators.add(UserFactory(roles=[FACILITATORS]))
    CohortFactory(program=tree.program).facilitators.add(facilitator)
    ready, _behind = ready_and_not(theirs, tree)
    issued = certificate_issue(enrollment=seat(theirs))
    url = f"/admin/certificates/cohort/{theirs.pk}/"
    assert facilitator_client.get(url).status_code == 404
    assert facilitator_client.post(f"{url}issue/").status_code == 404
    assert facilitator_client.post(f"{url}issue/{ready.pk}/").status_code == 404
    for action in ("revoke", "reissue"):
        response = facilitator_client.post(
            f"{url}{issued.pk}/{action}/", {"reason": "x"}
        )
        assert response.status_code == 404
    assert list(Certificate.objects.all()) == [issued] and issued.is_valid


def test_someone_elses_enrollment_or_certificate_through_my_cohort_is_404(
    facilitator_client, mine, tree
):
    other = CohortFactory(program=tree.program)
    stranger = seat(other)
    certificate = certificate_issue(enrollment=stranger)
    url = f"/admin/certificates/cohort/{mine.pk}/"
    assert facilitator_client.post(f"{url}issue/{stranger.pk}/").status_code == 404
    response = facilitator_client.post(
        f"{url}{certificate.pk}/revoke/", {"reason": "x"}
    )
    assert response.status_code == 404
    assert Certificate.objects.get().is_valid


def test_the_roster_says_what_is_left(facilitator_client, mine, tree):
    ready_and_not(mine, tree)
    response = facilitator_client.get(reverse("cohort:manage", args=[mine.pk]))
    body = response.content.decode()
    assert "Nothing: ready for the certificate" in body
    assert "Required lessons: 0 of 2 completed." in body
    assert reverse("certificates_cohort", args=[mine.pk]) in body


def test_an_ended_cohort_keeps_its_certificates_page(facilitator_client, mine, tree):
    ready, _ = ready_and_not(mine, tree)
    mine.starts_on = timezone.localdate() - datetime.timedelta(days=90)
    mine.ends_on = timezone.localdate() - datetime.timedelta(days=30)
    mine.save()
    url = f"/admin/certificates/cohort/{mine.pk}/"
    facilitator_client.post(f"{url}issue/")
    assert len(certificates_of(ready)) == 1


def test_the_certificates_page_costs_the_same_for_3_or_15_people(
    facilitator_client, mine, tree
):
    from cohorts.tests.test_query_counts import queries

    set_rule(tree.program, reflections=1, attendance=50)
    SessionFactory(cohort=mine)
    url = f"/admin/certificates/cohort/{mine.pk}/"

    def fill(count):
        for _ in range(count):
            enrollment = seat(mine)
            services.lesson_complete(user=enrollment.user, lesson=tree.lessons[0])
            answer(enrollment, tree.lessons[0])
            certificate_issue(enrollment=enrollment)

    mine.capacity = 20
    mine.save()
    fill(3)
    small = queries(facilitator_client, url)
    fill(12)
    assert queries(facilitator_client, url) == small <= 15
