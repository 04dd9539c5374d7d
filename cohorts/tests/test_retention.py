"""Retention (`manage.py apply_retention`, daily): what is no longer needed goes, on
a fixed clock, after the periods in settings."""

import datetime
import io

import pytest
from allauth.account.models import EmailAddress
from django.core import signing
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from cohorts import services
from cohorts.models import CalendarFeed, Enrollment, EnrollmentStatus
from cohorts.selectors import session_from_check_in_token
from cohorts.tests.factories import CohortFactory, SessionFactory
from lms.models import User
from lms.permissions import FACILITATORS
from lms.services import unverified_accounts_delete
from lms.tests.factories import UserFactory

NOW = datetime.datetime(2027, 3, 1, 12, 0, tzinfo=datetime.UTC)
DAY = datetime.timedelta(days=1)


def decided(cohort, status, days_ago, reason="My cousin was detained last year."):
    enrollment = Enrollment.objects.create(
        user=UserFactory(),
        cohort=cohort,
        status=status,
        reason=reason,
        decline_reason="The cohort is full."
        if status == EnrollmentStatus.DECLINED
        else "",
    )
    Enrollment.objects.filter(pk=enrollment.pk).update(
        status_changed_at=NOW - days_ago * DAY
    )
    return enrollment


@override_settings(RETENTION_APPLICATION_REASON_DAYS=180)
def test_reasons_of_decided_applications_are_emptied_after_the_period(cohort):
    old_declined = decided(cohort, EnrollmentStatus.DECLINED, 181)
    old_withdrawn = decided(cohort, EnrollmentStatus.WITHDRAWN, 200)
    recent = decided(cohort, EnrollmentStatus.DECLINED, 179)
    waiting = decided(cohort, EnrollmentStatus.APPLIED, 400)
    enrolled = decided(cohort, EnrollmentStatus.ENROLLED, 400)
    assert services.application_reasons_clear(now=NOW) == 2
    for enrollment in (old_declined, old_withdrawn):
        enrollment.refresh_from_db()
        assert enrollment.reason == "" and enrollment.decline_reason == ""
        assert Enrollment.objects.filter(pk=enrollment.pk).exists()  # history stays
    for enrollment in (recent, waiting, enrolled):
        enrollment.refresh_from_db()
        assert enrollment.reason == "My cousin was detained last year."
    assert services.application_reasons_clear(now=NOW) == 0  # nothing left to do


@override_settings(RETENTION_CALENDAR_UNUSED_DAYS=90)
def test_calendar_addresses_no_app_fetched_for_the_period_are_deleted(client, db):
    fetched, idle, never, new = (UserFactory() for _ in range(4))
    feeds = {
        user: services.calendar_feed_for(user) for user in (fetched, idle, never, new)
    }
    CalendarFeed.objects.filter(pk=feeds[fetched].pk).update(
        last_used_at=NOW - 10 * DAY
    )
    CalendarFeed.objects.filter(pk=feeds[idle].pk).update(last_used_at=NOW - 91 * DAY)
    CalendarFeed.objects.filter(pk=feeds[never].pk).update(created_at=NOW - 91 * DAY)
    CalendarFeed.objects.filter(pk=feeds[new].pk).update(created_at=NOW - 5 * DAY)
    assert services.calendar_feeds_expire(now=NOW) == 2
    assert set(CalendarFeed.objects.values_list("user", flat=True)) == {
        fetched.pk,
        new.pk,
    }
    gone = reverse("cohorts:calendar_feed", kwargs={"token": feeds[idle].token})
    assert client.get(gone).status_code == 404


def test_a_fetch_marks_the_address_used_once_a_day(client, db):
    feed = services.calendar_feed_for(UserFactory())
    url = reverse("cohorts:calendar_feed", kwargs={"token": feed.token})
    assert client.get(url).status_code == 200
    feed.refresh_from_db()
    first = feed.last_used_at
    assert first is not None
    client.get(url)
    feed.refresh_from_db()
    assert feed.last_used_at == first  # the same day: no write
    services.calendar_feed_used(feed, now=first + 2 * DAY)
    feed.refresh_from_db()
    assert feed.last_used_at == first + 2 * DAY


def _signed_up(days_ago, *, verified=False, **fields):
    user = UserFactory(verified=verified, **fields)
    User.objects.filter(pk=user.pk).update(date_joined=NOW - days_ago * DAY)
    return user


@override_settings(RETENTION_UNVERIFIED_ACCOUNT_DAYS=7)
def test_accounts_never_confirmed_are_deleted_after_a_few_days(db):
    stale = _signed_up(8, email="typed-by-mistake@example.org")
    fresh = _signed_up(6)
    confirmed = _signed_up(30, verified=True)
    signed_in = _signed_up(30)
    User.objects.filter(pk=signed_in.pk).update(last_login=NOW - 20 * DAY)
    facilitator = _signed_up(30, roles=[FACILITATORS])
    made_by_admin = UserFactory()  # no address record: an admin made it
    EmailAddress.objects.filter(user=made_by_admin).delete()
    User.objects.filter(pk=made_by_admin.pk).update(date_joined=NOW - 30 * DAY)

    assert unverified_accounts_delete(now=NOW) == 1
    assert not User.objects.filter(pk=stale.pk).exists()
    assert not EmailAddress.objects.filter(
        email="typed-by-mistake@example.org"
    ).exists()
    kept = {fresh, confirmed, signed_in, facilitator, made_by_admin}
    assert set(User.objects.filter(pk__in=[u.pk for u in kept])) == kept


def test_check_in_codes_are_refused_once_old(tree, monkeypatch):
    cohort = CohortFactory(program=tree.program)
    session = SessionFactory(cohort=cohort, starts_at=timezone.now())
    token = services.check_in_token(session)
    assert session_from_check_in_token(token) == session
    later = timezone.now() + datetime.timedelta(hours=13)
    monkeypatch.setattr(signing.time, "time", lambda: later.timestamp())
    assert session_from_check_in_token(token) is None


@pytest.mark.django_db
def test_the_daily_command_does_all_of_it(monkeypatch, cohort):
    monkeypatch.setattr(timezone, "now", lambda: NOW)
    decided(cohort, EnrollmentStatus.DECLINED, 365)
    _signed_up(30)
    out = io.StringIO()
    call_command("apply_retention", stdout=out)
    assert out.getvalue().startswith(
        "Cleared the reasons of 1 declined or withdrawn applications, "
        "deleted 0 unused calendar addresses, 1 accounts never confirmed, "
        "0 old sign-ins, 0 expired data downloads and every expired session."
    )
