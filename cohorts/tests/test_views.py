"""What participants see and can do: cohort pages, joining, lessons, progress, My learning."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cohorts import services
from cohorts.models import (
    CohortStatus,
    Enrollment,
    EnrollmentMode,
    EnrollmentStatus,
    LessonCompletion,
)
from cohorts.tests.factories import CohortFactory, SessionFactory
from curriculum.tests.factories import make_curriculum, translate
from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def enroll(user, cohort):
    return services.enrollment_request(user=user, cohort=cohort)


def test_cohort_page_shows_dates_sessions_seats_and_the_right_button(
    client, cohort, participant
):
    SessionFactory(cohort=cohort, title="Opening circle")
    body = client.get(cohort.get_absolute_url()).content.decode()
    assert cohort.title in body and "Opening circle" in body
    assert "5 of 5" in body
    assert "Create an account" in body
    client.force_login(participant)
    body = client.get(cohort.get_absolute_url()).content.decode()
    assert f'action="/cohorts/{cohort.slug}/enroll/"' in body and "Enroll" in body


def test_full_cohort_offers_the_waitlist(client, tree, participant):
    cohort = CohortFactory(program=tree.program, capacity=1)
    enroll(UserFactory(), cohort)
    client.force_login(participant)
    assert "Join the waitlist" in client.get(cohort.get_absolute_url()).content.decode()


def test_enrolling_through_the_page_ignores_extra_fields(client, cohort, participant):
    other = UserFactory()
    client.force_login(participant)
    response = client.post(
        f"/cohorts/{cohort.slug}/enroll/",
        {"status": "completed", "user": other.pk, "cohort": 999, "seats_taken": 0},
    )
    assert response.status_code == 302
    enrollment = Enrollment.objects.get()
    assert (enrollment.user, enrollment.cohort, enrollment.status) == (
        participant,
        cohort,
        EnrollmentStatus.ENROLLED,
    )


def test_application_needs_a_reason_with_a_clear_message(client, tree, participant):
    cohort = CohortFactory(
        program=tree.program, enrollment_mode=EnrollmentMode.APPLICATION
    )
    client.force_login(participant)
    response = client.post(f"/cohorts/{cohort.slug}/enroll/", {"reason": ""})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert not Enrollment.objects.exists()


def test_wrong_invite_code_says_so(client, tree, participant):
    cohort = CohortFactory(program=tree.program, enrollment_mode=EnrollmentMode.INVITE)
    client.force_login(participant)
    response = client.post(
        f"/cohorts/{cohort.slug}/enroll/", {"code": "nope"}, follow=True
    )
    assert "invite code is not valid" in response.content.decode()


def test_draft_cohorts_are_404_except_for_their_facilitators(
    client, tree, participant, facilitator
):
    cohort = CohortFactory(program=tree.program, status=CohortStatus.DRAFT)
    cohort.facilitators.add(facilitator)
    client.force_login(participant)
    assert client.get(cohort.get_absolute_url()).status_code == 404
    assert client.post(f"/cohorts/{cohort.slug}/enroll/").status_code == 404
    client.force_login(facilitator)
    assert client.get(cohort.get_absolute_url()).status_code == 200


def test_withdrawing_needs_an_enrollment_of_ones_own(client, cohort, participant):
    enroll(UserFactory(), cohort)
    client.force_login(participant)
    assert client.post(f"/cohorts/{cohort.slug}/withdraw/").status_code == 404
    assert Enrollment.objects.get().status == EnrollmentStatus.ENROLLED


@pytest.mark.parametrize(
    ("status", "reads"),
    [
        (EnrollmentStatus.ENROLLED, True),
        (EnrollmentStatus.COMPLETED, True),
        (EnrollmentStatus.WAITLISTED, False),
        (EnrollmentStatus.APPLIED, False),
        (EnrollmentStatus.WITHDRAWN, False),
        (EnrollmentStatus.DECLINED, False),
    ],
)
def test_lessons_open_to_people_holding_a_seat(
    client, tree, cohort, participant, status, reads
):
    Enrollment.objects.create(user=participant, cohort=cohort, status=status)
    client.force_login(participant)
    response = client.get(tree.lessons[1].url)
    assert (response.status_code == 200) is reads
    assert ("Secret body 1.2" in response.content.decode()) is reads


def test_enrollment_in_one_program_does_not_open_another(
    client, tree, cohort, participant
):
    other = make_curriculum(program_title="Fellowship", catalog=tree.catalog)
    enroll(participant, cohort)
    client.force_login(participant)
    assert client.get(other.lessons[1].url).status_code == 403


def test_mark_complete_shows_progress_and_counts_any_language(
    client, tree, cohort, participant
):
    enroll(participant, cohort)
    client.force_login(participant)
    lesson = tree.lessons[1]
    body = client.get(lesson.url).content.decode()
    assert "Mark this lesson complete" in body and "0 of 4 lessons done" in body
    response = client.post(f"/learning/lessons/{lesson.pk}/complete/")
    following = tree.lessons[2]
    assert response["Location"] == following.url  # on to the next lesson
    body = client.get(following.url).content.decode()
    assert "Lesson complete: Lesson 1.2. Here is the next one." in body
    body = client.get(lesson.url).content.decode()
    assert "You finished this lesson." in body and "1 of 4 lessons done" in body

    for page in [tree.home, tree.catalog, tree.program, tree.modules[0]]:
        translate(page, "es")
    spanish = translate(tree.lessons[0], "es", title="Lección uno")
    client.post(f"/learning/lessons/{spanish.pk}/complete/")
    assert LessonCompletion.objects.filter(
        lesson_key=tree.lessons[0].translation_key
    ).exists()
    assert (
        "You finished this lesson." in client.get(tree.lessons[0].url).content.decode()
    )


def test_one_persons_progress_never_shows_to_another(client, tree, cohort, participant):
    enroll(participant, cohort)
    other = UserFactory()
    enroll(other, cohort)
    client.force_login(participant)
    client.post(f"/learning/lessons/{tree.lessons[0].pk}/complete/")
    client.get(tree.lessons[0].url)
    client.force_login(other)
    body = client.get(tree.lessons[0].url).content.decode()
    assert "0 of 4 lessons done" in body and "You finished" not in body


def test_mark_complete_without_a_seat_changes_nothing(client, tree, participant):
    client.force_login(participant)
    client.post(f"/learning/lessons/{tree.lessons[0].pk}/complete/")
    assert not LessonCompletion.objects.exists()


def test_my_learning_lists_cohorts_progress_next_lesson_and_session(
    client, tree, cohort, participant
):
    enroll(participant, cohort)
    SessionFactory(cohort=cohort, title="Canvass launch")
    waiting = CohortFactory(program=tree.program, capacity=1, title="Southern cohort")
    enroll(UserFactory(), waiting)
    enroll(participant, waiting)
    client.force_login(participant)
    client.post(f"/learning/lessons/{tree.lessons[0].pk}/complete/")
    body = client.get("/learning/").content.decode()
    assert cohort.title in body and "1 of 4 lessons done" in body
    assert "Continue where you left off" in body and "Lesson 1.2" in body
    assert "Canvass launch" in body
    assert "Southern cohort" in body and "on the waitlist" in body


def test_my_learning_costs_the_same_queries_for_more_cohorts(client, tree, participant):
    client.force_login(participant)

    def count():
        client.get("/learning/")
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/learning/").status_code == 200
        return len(captured.captured_queries)

    enroll(participant, CohortFactory(program=tree.program))
    one = count()
    for _ in range(4):
        cohort = CohortFactory(program=tree.program)
        enroll(participant, cohort)
        SessionFactory(cohort=cohort)
    assert count() == one
    assert one <= 12


def test_application_asks_for_the_organization(client, tree, participant):
    from lms.tests.factories import MembershipFactory, OrganizationFactory

    mine = MembershipFactory(user=participant).organization
    chosen = OrganizationFactory(name="Koreatown Voices")
    cohort = CohortFactory(
        program=tree.program, enrollment_mode=EnrollmentMode.APPLICATION
    )
    client.force_login(participant)
    body = client.get(cohort.get_absolute_url()).content.decode()
    assert f'<option value="{mine.pk}" selected>' in body
    client.post(
        f"/cohorts/{cohort.slug}/enroll/", {"reason": "x", "organization": chosen.pk}
    )
    assert Enrollment.objects.get().organization == chosen


def test_lesson_shows_module_and_program_progress(client, tree, cohort, participant):
    enroll(participant, cohort)
    client.force_login(participant)
    client.post(f"/learning/lessons/{tree.lessons[0].pk}/complete/")
    body = client.get(tree.lessons[1].url).content.decode()
    assert "Module 1: 1 of 2 lessons done" in body
    assert "1 of 4 lessons done" in body


def test_cohort_page_names_the_program_in_the_readers_language(client, tree, cohort):
    for page in [tree.home, tree.catalog]:
        translate(page, "es")
    translate(tree.program, "es", title="Campamento de organización")
    body = client.get(f"/es/cohorts/{cohort.slug}/").content.decode()
    assert "Campamento de organización" in body


@pytest.mark.parametrize("language", ["en", "es", "zh-hant", "vi", "ko", "tl", "ar"])
def test_session_dates_read_as_dates_on_the_cohort_page_and_my_learning(
    client, cohort, participant, language
):
    from lms.tests.test_dates import END, GARBLE, READABLE, START

    SessionFactory(cohort=cohort, title="Canvass day", starts_at=START, ends_at=END)
    enroll(participant, cohort)
    client.force_login(participant)
    prefix = "" if language == "en" else f"/{language}"
    for url in (f"{prefix}/cohorts/{cohort.slug}/", f"{prefix}/learning/"):
        body = client.get(url).content.decode()
        line = re.search(r"Canvass day.*?</(?:li|p)>", body, re.S)[0]
        for word in READABLE[language]:
            assert word in line, (url, line)
        assert not GARBLE.search(line), line
