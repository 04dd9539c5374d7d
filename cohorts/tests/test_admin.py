"""Facilitator tools: each facilitator manages only their own cohorts; others get 404."""

import pytest

from cohorts.models import Cohort, Session
from cohorts.tests.factories import CohortFactory, InviteCodeFactory, SessionFactory
from conftest import enable_totp
from lms.permissions import FACILITATORS
from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mine(tree, facilitator):
    cohort = CohortFactory(program=tree.program, title="Mine Cohort")
    cohort.facilitators.add(facilitator)
    return cohort


@pytest.fixture
def theirs(tree):
    cohort = CohortFactory(program=tree.program, title="Theirs Cohort")
    cohort.facilitators.add(UserFactory(roles=[FACILITATORS]))
    return cohort


@pytest.fixture
def admin_client(client, facilitator):
    enable_totp(facilitator)
    client.force_login(facilitator)
    return client


def test_facilitator_lists_only_their_cohorts(admin_client, mine, theirs):
    body = admin_client.get("/admin/cohorts/cohorts/").content.decode()
    assert "Mine Cohort" in body and "Theirs Cohort" not in body


def test_another_facilitators_cohort_is_404(admin_client, mine, theirs):
    for url in [
        f"/admin/cohorts/cohorts/edit/{theirs.pk}/",
        f"/admin/cohorts/cohorts/delete/{theirs.pk}/",
    ]:
        assert admin_client.get(url).status_code == 404, url
    response = admin_client.post(
        f"/admin/cohorts/cohorts/edit/{theirs.pk}/", {"title": "Hijacked"}
    )
    assert response.status_code == 404
    assert Cohort.objects.get(pk=theirs.pk).title == "Theirs Cohort"
    assert (
        admin_client.get(f"/admin/cohorts/cohorts/edit/{mine.pk}/").status_code == 200
    )


def test_sessions_and_codes_of_other_cohorts_are_404(admin_client, mine, theirs):
    session = SessionFactory(cohort=theirs, title="Their session")
    code = InviteCodeFactory(cohort=theirs)
    SessionFactory(cohort=mine, title="My session")
    assert (
        admin_client.get(f"/admin/cohorts/sessions/edit/{session.pk}/").status_code
        == 404
    )
    assert (
        admin_client.get(f"/admin/cohorts/invite-codes/edit/{code.pk}/").status_code
        == 404
    )
    listing = admin_client.get("/admin/cohorts/sessions/").content.decode()
    assert "My session" in listing and "Their session" not in listing


def test_a_session_cannot_be_added_to_another_facilitators_cohort(
    admin_client, mine, theirs
):
    response = admin_client.post(
        "/admin/cohorts/sessions/new/",
        {
            "cohort": theirs.pk,
            "title": "Sneaky",
            "starts_at": "2026-12-01 10:00",
            "ends_at": "2026-12-01 12:00",
        },
    )
    assert response.status_code == 200  # the form refuses the choice
    assert not Session.objects.filter(title="Sneaky").exists()


def test_a_facilitator_who_creates_a_cohort_facilitates_it(
    admin_client, tree, facilitator
):
    response = admin_client.post(
        "/admin/cohorts/cohorts/new/",
        {
            "program": tree.program.pk,
            "title": "Fresno Spring Boot Camp",
            "slug": "fresno-spring",
            "region": "central",
            "starts_on": "2027-03-01",
            "ends_on": "2027-05-01",
            "capacity": 20,
            "enrollment_mode": "open",
            "status": "published",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert facilitator in Cohort.objects.get(slug="fresno-spring").facilitators.all()


def test_dates_and_capacity_are_checked_with_clear_messages(admin_client, mine):
    data = {
        "program": mine.program_id,
        "title": mine.title,
        "slug": mine.slug,
        "region": mine.region,
        "starts_on": "2027-03-01",
        "ends_on": "2027-02-01",
        "capacity": 0,
        "enrollment_mode": "open",
        "status": "published",
    }
    body = admin_client.post(
        f"/admin/cohorts/cohorts/edit/{mine.pk}/", data
    ).content.decode()
    assert "The cohort must end after it starts." in body
    assert "Ensure this value is greater than or equal to 1." in body


def test_participants_never_reach_cohort_admin(client, participant, mine):
    client.force_login(participant)
    assert client.get("/admin/cohorts/cohorts/").status_code == 403
