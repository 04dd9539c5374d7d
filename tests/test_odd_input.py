"""Every id or value read from a URL or a form: odd values give 400, 404 or a form
error, never 500 (swept over every route of the URL resolver, on both databases)."""

import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cohorts import services
from cohorts.models import Attendance, Cohort, EnrollmentMode
from cohorts.tests.factories import CohortFactory, SessionFactory
from conftest import enable_totp
from curriculum.tests.factories import make_curriculum
from lms.tests.factories import AdminFactory, UserFactory
from lms.tests.pages import make_home_page

ODD = [
    "abc",
    "%00",
    "1e309",
    str(2**63),
    "9223372036854775808",
    "%E6%97%A5%E6%9C%AC",
    "-1",
    "0",
]


def routes_with_parameters(resolver=None, prefix=""):
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry.pattern, RoutePattern):
            text = str(entry.pattern)
        elif type(entry.pattern).__name__ == "LocalePrefixPattern":
            text = ""
        else:
            text = str(entry.pattern).lstrip("^").rstrip("$").replace("\\\\", "")
            if re.search(r"[()\[\]?*+{}|]", text):
                continue
        if isinstance(entry, URLResolver):
            yield from routes_with_parameters(entry, prefix + text)
        elif isinstance(entry, URLPattern) and "<" in prefix + text:
            yield prefix + text


@pytest.mark.django_db
def test_odd_values_in_every_url_never_fail():
    """As a site admin (who reaches every view), GET and POST, on a site with its page
    tree (a browser test run before this one in the same worker empties the database,
    and Wagtail's page chooser needs a root)."""
    make_home_page()
    admin = AdminFactory()
    enable_totp(admin)
    client = Client(raise_request_exception=False)
    client.force_login(admin)
    failures = []
    for route in sorted(set(routes_with_parameters())):
        for value in ODD:
            url = "/" + re.sub(r"<(?:\w+:)?\w+>", value, route)
            for method in (client.get, client.post):
                status = method(url).status_code
                if status >= 500:
                    failures.append(f"{method.__name__} {url} -> {status}")
    assert failures == []


@pytest.fixture
def admin_client(db):
    admin = AdminFactory()
    enable_totp(admin)
    client = Client(raise_request_exception=False)
    client.force_login(admin)
    return client


ODD_IDS = ["", "abc", "\x00", "1e309", "[1]", str(2**63), "٣"]


@pytest.mark.django_db
def test_named_addresses_with_odd_values(client):
    client.raise_request_exception = False
    assert client.get("/calendar/%00.ics").status_code == 400
    assert client.get("/search/?q=%00").status_code == 400
    client.force_login(UserFactory())
    assert client.post("/profile/organizations/%00/consent/").status_code == 400
    huge = "9223372036854775808"
    assert client.post(f"/learning/lessons/{huge}/complete/").status_code == 404
    assert client.get("/admin/images/chooser/chosen/abc/").status_code == 404


@pytest.mark.parametrize("value", ODD_IDS)
def test_odd_ids_in_admin_forms_are_form_errors(admin_client, value):
    tree = make_curriculum(modules=1, lessons_per_module=1)
    cohort = CohortFactory(program=tree.program)
    session = SessionFactory(cohort=cohort)
    before = Cohort.objects.count()
    response = admin_client.post(
        "/admin/cohorts/cohorts/new/",
        {
            "program": value,
            "title": "x",
            "slug": "x-camp",
            "region": "northern",
            "starts_on": "2027-01-01",
            "ends_on": "2027-02-01",
            "time_zone": "America/Los_Angeles",
            "capacity": "5",
            "enrollment_mode": "open",
            "status": "published",
        },
    )
    assert response.status_code == 200 and Cohort.objects.count() == before
    response = admin_client.post(
        f"/admin/cohorts/sessions/attendance/{session.pk}/",
        {"enrollment": value, "status": "present"},
    )
    assert response.status_code == 302 and not Attendance.objects.exists()
    page = tree.program
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": "x",
            "hero_image": value,
            "body": streamfield([]),
        }
    )
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code in (200, 302)


def test_a_decline_note_with_a_nul_changes_nothing(admin_client):
    tree = make_curriculum(modules=1, lessons_per_module=1)
    cohort = CohortFactory(
        program=tree.program, enrollment_mode=EnrollmentMode.APPLICATION
    )
    applicant = services.enrollment_request(
        user=UserFactory(), cohort=cohort, reason="x"
    )
    response = admin_client.post(
        f"/admin/cohorts/cohorts/manage/{applicant.cohort_id}/applications/{applicant.pk}/decline/",
        {"reason": "no\x00"},
    )
    assert response.status_code == 302
    applicant.refresh_from_db()
    assert applicant.status == "applied"
