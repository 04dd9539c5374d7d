"""Sessions: QR check-in, private calendar feeds, reminders the day before."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.utils import timezone

from cohorts import services
from cohorts.models import Attendance, CalendarFeed
from cohorts.tests.factories import CohortFactory, SessionFactory
from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db
LA = ZoneInfo("America/Los_Angeles")


def running_session(cohort, **kwargs):
    now = timezone.now()
    return SessionFactory(
        cohort=cohort,
        starts_at=now - datetime.timedelta(minutes=10),
        ends_at=now + datetime.timedelta(hours=1),
        **kwargs,
    )


def test_participant_checks_in_by_scanning_while_the_session_runs(
    client, cohort, participant
):
    services.enrollment_request(user=participant, cohort=cohort)
    session = running_session(cohort)
    url = f"/check-in/{services.check_in_token(session)}/"
    client.force_login(participant)
    assert client.get(url).status_code == 200
    assert not Attendance.objects.exists()  # looking changes nothing
    response = client.post(url, follow=True)
    assert "You are checked in" in response.content.decode()
    assert Attendance.objects.get().status == "present"


def test_check_in_is_refused_outside_the_session_for_others_and_with_bad_codes(
    client, cohort, participant
):
    services.enrollment_request(user=participant, cohort=cohort)
    later = SessionFactory(cohort=cohort)  # tomorrow
    client.force_login(participant)
    response = client.post(f"/check-in/{services.check_in_token(later)}/", follow=True)
    assert "Check-in opens on" in response.content.decode()

    other_cohort = CohortFactory(program=cohort.program)
    theirs = running_session(other_cohort)
    assert (
        client.get(f"/check-in/{services.check_in_token(theirs)}/").status_code == 404
    )
    assert (
        client.post(f"/check-in/{services.check_in_token(theirs)}/").status_code == 404
    )

    session = running_session(cohort)
    forged = services.check_in_token(session)[:-3] + "abc"
    assert client.post(f"/check-in/{forged}/").status_code == 404
    assert client.post(f"/check-in/{session.pk}/").status_code == 404
    assert not Attendance.objects.exists()


def test_check_in_needs_login(client, cohort):
    session = running_session(cohort)
    response = client.post(f"/check-in/{services.check_in_token(session)}/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_private_calendar_feed_lists_my_sessions_and_can_be_revoked(
    client, cohort, participant
):
    services.enrollment_request(user=participant, cohort=cohort)
    SessionFactory(cohort=cohort, title="Phonebank night, Oakland; bring a phone")
    SessionFactory(cohort=CohortFactory(program=cohort.program), title="Not mine")
    feed = services.calendar_feed_for(participant)
    response = client.get(f"/calendar/{feed.token}.ics")
    body = response.content.decode()
    assert response["Content-Type"].startswith("text/calendar")
    assert body.startswith("BEGIN:VCALENDAR\r\n") and "BEGIN:VEVENT" in body
    assert "Phonebank night\\, Oakland\\; bring a phone" in body.replace("\r\n ", "")
    assert "Not mine" not in body
    old = feed.token
    client.force_login(participant)
    client.post("/learning/calendar/renew/")
    assert client.get(f"/calendar/{old}.ics").status_code == 404
    assert (
        client.get(f"/calendar/{CalendarFeed.objects.get().token}.ics").status_code
        == 200
    )


def test_unknown_calendar_tokens_are_404(client):
    assert client.get("/calendar/nope.ics").status_code == 404


def test_cohort_page_offers_an_ics_download(client, cohort):
    SessionFactory(cohort=cohort, title="Opening")
    response = client.get(f"/cohorts/{cohort.slug}/calendar.ics")
    assert (
        response["Content-Disposition"] == f'attachment; filename="{cohort.slug}.ics"'
    )
    assert "Opening" in response.content.decode()
    assert all(
        len(line.encode()) <= 75 for line in response.content.decode().split("\r\n")
    )


def test_reminders_go_once_the_day_before_in_each_persons_language(
    cohort, django_capture_on_commit_callbacks
):
    spanish = UserFactory(preferred_language="es")
    services.enrollment_request(user=spanish, cohort=cohort)
    now = datetime.datetime(2026, 11, 25, 9, 0, tzinfo=LA)
    tomorrow = SessionFactory(
        cohort=cohort,
        title="Canvass",
        starts_at=datetime.datetime(2026, 11, 26, 10, 0, tzinfo=LA),
        ends_at=datetime.datetime(2026, 11, 26, 12, 0, tzinfo=LA),
    )
    SessionFactory(
        cohort=cohort,
        title="Later",
        starts_at=datetime.datetime(2026, 11, 28, 10, 0, tzinfo=LA),
        ends_at=datetime.datetime(2026, 11, 28, 12, 0, tzinfo=LA),
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.session_reminders_send(now=now) == 1
        assert services.session_reminders_send(now=now) == 0
    assert len(mail.outbox) == 1
    assert "Canvass" in mail.outbox[0].subject
    assert re.search(r"10:00|10 a\.m\.", mail.outbox[0].body)
    tomorrow.refresh_from_db()
    assert tomorrow.reminded_at is not None
