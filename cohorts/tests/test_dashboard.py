"""The facilitator's panel on the admin home page, and the admin in their language."""

import datetime

import pytest
from django.utils import timezone

from cohorts import services
from cohorts.models import EnrollmentMode
from cohorts.tests.factories import CohortFactory, SessionFactory
from conftest import enable_totp
from lms.permissions import FACILITATORS
from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, facilitator):
    enable_totp(facilitator)
    client.force_login(facilitator)
    return client


def test_the_panel_shows_my_cohorts_applications_and_next_sessions(
    admin_client, tree, facilitator
):
    mine = CohortFactory(
        program=tree.program,
        title="My Camp",
        enrollment_mode=EnrollmentMode.APPLICATION,
    )
    mine.facilitators.add(facilitator)
    for _ in range(2):
        services.enrollment_request(user=UserFactory(), cohort=mine, reason="x")
    now = timezone.now()
    SessionFactory(
        cohort=mine,
        title="Tonight's session",
        starts_at=now + datetime.timedelta(minutes=5),
        ends_at=now + datetime.timedelta(hours=2),
    )
    theirs = CohortFactory(program=tree.program, title="Their Camp")
    theirs.facilitators.add(UserFactory(roles=[FACILITATORS]))
    SessionFactory(cohort=theirs, title="Their session")
    body = admin_client.get("/admin/").content.decode()
    assert "My Camp" in body and "2 applications to review" in body
    assert "Tonight&#x27;s session" in body or "Tonight's session" in body
    assert "Their Camp" not in body and "Their session" not in body
    assert "Pages waiting for review" in body
    assert "new enrollments" not in body  # site admins only


def test_site_admins_see_enrollments_this_week_and_cohorts_filling_up(
    client, tree, site_admin
):
    cohort = CohortFactory(program=tree.program, title="Nearly Full", capacity=4)
    for _ in range(3):
        services.enrollment_request(user=UserFactory(), cohort=cohort)
    enable_totp(site_admin)
    client.force_login(site_admin)
    body = client.get("/admin/").content.decode()
    assert "3 new enrollments and applications this week." in body
    assert "Filling up" in body and "1 of 4 seats left" in body


def test_the_admin_opens_in_the_facilitators_language(admin_client, facilitator):
    facilitator.preferred_language = "es"
    facilitator.save()
    body = admin_client.get("/admin/").content.decode()
    assert '<html lang="es"' in body
    assert "Panel de control" in body or "Páginas" in body


def test_a_page_in_review_is_listed(admin_client, tree, facilitator):
    from curriculum.services import publishing_setup

    workflow = publishing_setup(program_index=tree.catalog)
    lesson = tree.lessons[1]
    lesson.title = "A lesson in review"
    lesson.save_revision(user=facilitator)
    workflow.start(lesson, facilitator)
    body = admin_client.get("/admin/").content.decode()
    section = body[body.index("Pages waiting for review") :]
    assert "A lesson in review" in section


def test_roster_and_applications_fit_a_phone(admin_client, tree, facilitator):
    cohort = CohortFactory(
        program=tree.program, enrollment_mode=EnrollmentMode.APPLICATION
    )
    cohort.facilitators.add(facilitator)
    services.enrollment_request(
        user=UserFactory(latin_name="Chen Meiling"), cohort=cohort, reason="x"
    )
    body = admin_client.get(
        f"/admin/cohorts/cohorts/manage/{cohort.pk}/"
    ).content.decode()
    assert body.count('class="listing stacked-table"') == 2
    assert 'data-label="Organization"' in body
    assert "css/admin.css" in body
