"""What a participant with a place sees of their cohort: where each session meets,
their own attendance, their waitlist position, lessons already done, and where a
click on "Mark complete" or a sign-in leads."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cohorts import services
from cohorts.models import Enrollment
from cohorts.tests.factories import CohortFactory, SessionFactory
from conftest import current_totp_code, enable_totp
from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db
HOUR = datetime.timedelta(hours=1)


@pytest.fixture
def sessions(cohort):
    now = timezone.now()
    past = SessionFactory(
        cohort=cohort,
        title="First Saturday",
        starts_at=now - 50 * HOUR,
        ends_at=now - 48 * HOUR,
        place="Community hall, 1234 Example Ave",
    )
    online = SessionFactory(
        cohort=cohort,
        title="Online evening",
        place="",
        online_url="https://meet.example.org/cohort-secret",
    )
    return past, online


def test_participants_see_where_sessions_meet_and_visitors_do_not(
    client, cohort, participant, sessions
):
    body = client.get(cohort.get_absolute_url()).content.decode()
    assert "meet.example.org" not in body and "1234 Example Ave" not in body
    assert "Online evening" in body and "Online" in body
    services.enrollment_request(user=participant, cohort=cohort)
    client.force_login(participant)
    body = client.get(cohort.get_absolute_url()).content.decode()
    assert 'href="https://meet.example.org/cohort-secret"' in body
    assert "First Saturday" in body  # past sessions too, for the person's history


def test_a_participant_sees_their_own_attendance(client, cohort, participant, sessions):
    services.enrollment_request(user=participant, cohort=cohort)
    other = UserFactory()
    services.enrollment_request(user=other, cohort=cohort)
    past, _online = sessions
    mine, theirs = (
        Enrollment.objects.get(user=participant),
        Enrollment.objects.get(user=other),
    )
    services.attendance_record(session=past, enrollment=mine, status="absent", by=None)
    services.attendance_record(
        session=past, enrollment=theirs, status="present", by=None
    )
    client.force_login(participant)
    body = client.get(cohort.get_absolute_url()).content.decode()
    assert "You were absent" in body and "You were there" not in body
    assert (
        "You attended 0 of 1 sessions so far."
        in client.get("/learning/").content.decode()
    )


def test_the_session_place_links_to_a_map(client, cohort, participant):
    SessionFactory(cohort=cohort, place="Fruitvale Plaza, Oakland")
    services.enrollment_request(user=participant, cohort=cohort)
    client.force_login(participant)
    body = client.get(cohort.get_absolute_url()).content.decode()
    assert "openstreetmap.org/search?query=Fruitvale+Plaza%2C+Oakland" in body


def test_the_public_calendar_file_keeps_places_and_links_private(
    client, cohort, participant, sessions
):
    public = client.get(f"/cohorts/{cohort.slug}/calendar.ics").content.decode()
    assert "meet.example.org" not in public and "1234 Example Ave" not in public
    assert "DTSTART;TZID=America/Los_Angeles:" in public and "BEGIN:VTIMEZONE" in public
    services.enrollment_request(user=participant, cohort=cohort)
    feed = services.calendar_feed_for(participant)
    private = client.get(f"/calendar/{feed.token}.ics").content.decode()
    assert "meet.example.org/cohort-secret" in private


@pytest.mark.parametrize("breaker", ["\r\n", "\r", "\n"])
def test_a_title_cannot_add_a_line_to_a_calendar(client, cohort, participant, breaker):
    cohort.title = f"Camp{breaker}ATTENDEE:mailto:a@example.org"
    cohort.save()
    SessionFactory(cohort=cohort, title=f"Evil{breaker}ORGANIZER:mailto:b@example.org")
    services.enrollment_request(user=participant, cohort=cohort)
    feed = services.calendar_feed_for(participant)
    for url in (f"/cohorts/{cohort.slug}/calendar.ics", f"/calendar/{feed.token}.ics"):
        body = client.get(url).content.decode()
        lines = re.split(r"\r\n|\r|\n", body)
        assert not [
            line for line in lines if line.startswith(("ATTENDEE", "ORGANIZER"))
        ]


def test_waitlisted_people_see_their_place_in_line(client, tree):
    cohort = CohortFactory(program=tree.program, capacity=1)
    services.enrollment_request(user=UserFactory(), cohort=cohort)
    first, second = UserFactory(), UserFactory()
    services.enrollment_request(user=first, cohort=cohort)
    services.enrollment_request(user=second, cohort=cohort)
    client.force_login(second)
    assert (
        "You are number 2 on the waitlist."
        in client.get(cohort.get_absolute_url()).content.decode()
    )
    assert (
        "You are number 2 on the waitlist." in client.get("/learning/").content.decode()
    )


def test_outlines_mark_the_lessons_the_reader_finished(client, tree, cohort):
    reader, other = UserFactory(), UserFactory()
    for person in (reader, other):
        services.enrollment_request(user=person, cohort=cohort)
    services.lesson_complete(user=reader, lesson=tree.lessons[0])
    services.lesson_complete(user=other, lesson=tree.lessons[2])
    client.force_login(reader)
    for url in (tree.lessons[1].url, tree.modules[0].url, tree.program.url):
        body = client.get(url).content.decode()
        assert body.count('class="done-mark"') == 1, url
    client.force_login(other)
    body = client.get(tree.lessons[1].url).content.decode()
    assert body.count('class="done-mark"') == 1
    assert body.index("done-mark") > body.index("Lesson 2.1") - 400


def test_done_marks_cost_the_same_queries_whatever_the_number_of_lessons(
    client, tree, cohort, participant
):
    """Warm, both times: a completion drops the person's cached progress, and the next
    page reads it again."""
    services.enrollment_request(user=participant, cohort=cohort)
    client.force_login(participant)
    url = tree.program.url
    client.get(url)

    def count():
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        return len(captured.captured_queries)

    before = count()
    for lesson in tree.lessons:
        services.lesson_complete(user=participant, lesson=lesson)
    assert client.get(url).content.decode().count('class="done-mark"') == len(
        tree.lessons
    )
    assert count() == before


def test_the_last_lesson_says_the_program_is_done(client, tree, cohort, participant):
    services.enrollment_request(user=participant, cohort=cohort)
    client.force_login(participant)
    last = tree.lessons[-1]
    response = client.post(f"/learning/lessons/{last.pk}/complete/", follow=True)
    assert "That was the last lesson of the program." in response.content.decode()
    assert response.redirect_chain[-1][0] == last.url


def test_signing_in_without_a_next_page_leads_to_my_learning(client, participant):
    from lms.tests.test_accounts import login

    response = login(client, participant.email)
    assert response["Location"] == "/learning/"


def test_facilitators_land_in_the_admin(client, facilitator):
    from lms.tests.test_accounts import login

    secret = enable_totp(facilitator)
    assert login(client, facilitator.email)["Location"] == "/accounts/2fa/authenticate/"
    response = client.post(
        "/accounts/2fa/authenticate/", {"code": current_totp_code(secret)}
    )
    assert response["Location"] == "/admin/"


def test_a_removed_completion_is_no_longer_marked_done(
    client, tree, cohort, participant
):
    from cohorts.models import LessonCompletion

    services.enrollment_request(user=participant, cohort=cohort)
    services.lesson_complete(user=participant, lesson=tree.lessons[0])
    client.force_login(participant)
    url = tree.program.url
    assert client.get(url).content.decode().count('class="done-mark"') == 1
    LessonCompletion.objects.get().delete()
    assert 'class="done-mark"' not in client.get(url).content.decode()
