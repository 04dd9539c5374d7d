"""Every view the admin has for cohorts, sessions and invite codes (the listings and
what Wagtail's viewsets add: history, usage, delete, filters, the site history report)
is narrowed to the cohorts the facilitator runs. Swept from the URL resolver, so a view
Wagtail adds later is covered too."""

import re

import pytest
from django.test import Client

from cohorts import services
from cohorts.models import EnrollmentMode
from cohorts.tests.factories import CohortFactory, InviteCodeFactory, SessionFactory
from conftest import enable_totp
from lms.permissions import FACILITATORS
from lms.tests.factories import UserFactory
from tests.test_route_sweep import ROUTES

pytestmark = pytest.mark.django_db
COHORT_ADMIN = ("cohort:", "session:", "invitecode:", "cohorts_admin:")


@pytest.fixture
def theirs(tree):
    """Another facilitator's cohort, with one of everything."""
    cohort = CohortFactory(
        program=tree.program,
        title="Their Hidden Camp",
        enrollment_mode=EnrollmentMode.APPLICATION,
    )
    cohort.facilitators.add(UserFactory(roles=[FACILITATORS]))
    enrollment = services.enrollment_request(
        user=UserFactory(), cohort=cohort, reason="x"
    )
    return {
        "cohort": cohort,
        "session": SessionFactory(cohort=cohort, title="Their Hidden Session"),
        "invitecode": InviteCodeFactory(cohort=cohort, label="Their Hidden Code"),
        "enrollment": enrollment,
    }


@pytest.fixture
def mine_client(tree, facilitator):
    mine = CohortFactory(program=tree.program, title="My Camp")
    mine.facilitators.add(facilitator)
    enable_totp(facilitator)
    client = Client(raise_request_exception=False)
    client.force_login(facilitator)
    return client


def object_for(name, url, theirs):
    """Which of their objects a URL's id stands for."""
    if name.startswith("cohorts_admin:"):
        if "/enrollments/" in url:
            return theirs["enrollment"]
        return theirs["session"] if "/sessions/" in url else theirs["cohort"]
    return theirs[name.split(":")[0]]


def test_every_view_of_another_cohorts_objects_is_404(mine_client, theirs):
    leaks = []
    for url, name in ROUTES:
        if not name.startswith(COHORT_ADMIN) or "/1/" not in url:
            continue
        target = object_for(name, url, theirs)
        address = url.replace("/1/", f"/{target.pk}/").replace("/x/", "/approve/")
        for method in (mine_client.get, mine_client.post):
            status = method(address).status_code
            if status not in (404, 405):  # 405: a POST-only view asked with GET
                leaks.append(
                    f"{method.__name__.upper()} {address} ({name}) -> {status}"
                )
    assert leaks == []
    theirs["enrollment"].refresh_from_db()
    assert theirs["enrollment"].status == "applied"  # nothing was approved
    theirs["cohort"].refresh_from_db()  # nor deleted


def test_listings_and_their_filters_offer_only_my_cohorts(mine_client, theirs):
    for url in (
        "/admin/cohorts/cohorts/",
        "/admin/cohorts/sessions/",
        "/admin/cohorts/invite-codes/",
        f"/admin/cohorts/sessions/?cohort={theirs['cohort'].pk}",
    ):
        body = mine_client.get(url).content.decode()
        assert not re.search(r"Their Hidden (Camp|Session|Code)", body), url


def test_the_site_history_shows_only_changes_to_my_cohorts(
    client, tree, facilitator, theirs, site_admin
):
    other = theirs["cohort"].facilitators.get()
    for person in (other, site_admin):
        enable_totp(person)
    client.force_login(other)
    edit = {
        "program": tree.program.pk,
        "title": "Their Renamed Camp",
        "slug": theirs["cohort"].slug,
        "region": "northern",
        "starts_on": theirs["cohort"].starts_on.isoformat(),
        "ends_on": theirs["cohort"].ends_on.isoformat(),
        "time_zone": "America/Los_Angeles",
        "capacity": 5,
        "enrollment_mode": "application",
        "status": "published",
    }
    response = client.post(f"/admin/cohorts/cohorts/edit/{theirs['cohort'].pk}/", edit)
    assert response.status_code == 302
    assert (
        "Their Renamed Camp"
        in client.get("/admin/reports/site-history/").content.decode()
    )

    enable_totp(facilitator)
    client.force_login(facilitator)
    body = client.get("/admin/reports/site-history/").content.decode()
    assert "Their Renamed Camp" not in body
    client.force_login(site_admin)
    body = client.get("/admin/reports/site-history/").content.decode()
    assert "Their Renamed Camp" in body
