"""On a 390 px phone: the page of a cohort that has ended, session dates in Spanish
and Arabic, and a facilitator's dashboard and roster (declining with a note)."""

import datetime
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from cohorts import services
from cohorts.models import EnrollmentMode, EnrollmentStatus
from cohorts.tests.e2e.test_cohorts_browser import sign_in
from cohorts.tests.factories import CohortFactory, SessionFactory
from conftest import current_totp_code, enable_totp
from curriculum.tests.factories import make_curriculum
from lms.tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE_WIDTH = 390
DAY = datetime.timedelta(days=1)


def fits_the_phone(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE_WIDTH


def axe_violations(page) -> list:
    return [v["id"] for v in Axe().run(page).response["violations"]]


def test_an_ended_cohort_says_so_and_leads_to_the_next(site, page, participant):
    tree = make_curriculum(modules=1, lessons_per_module=1)
    today = timezone.localdate()
    over = CohortFactory(
        program=tree.program,
        title="2025 Northern California Fall Boot Camp",
        starts_on=today - 400 * DAY,
        ends_on=today - 330 * DAY,
    )
    CohortFactory(program=tree.program, title="2027 Spring Boot Camp")
    sign_in(page, site.url, participant, over.get_absolute_url())
    page.wait_for_url(re.compile(re.escape(over.get_absolute_url()) + "$"))
    assert page.get_by_text("This cohort has ended.").is_visible()
    assert page.get_by_role("button", name="Enroll").count() == 0
    page.get_by_role("link", name="2027 Spring Boot Camp").click()
    page.wait_for_url(re.compile(r"/cohorts/.+/$"))
    assert page.get_by_role("button", name="Enroll").is_visible()
    assert fits_the_phone(page)


@pytest.mark.parametrize(
    ("prefix", "words"),
    [("/es", ["jueves", "diciembre", "18:00"]), ("/ar", ["الخميس", "ديسمبر"])],
)
def test_session_dates_read_well_in_spanish_and_arabic(site, page, prefix, words):
    tree = make_curriculum(modules=1, lessons_per_module=1)
    cohort = CohortFactory(program=tree.program, title="Camp")
    start = datetime.datetime(2026, 12, 4, 2, 0, tzinfo=datetime.UTC)
    SessionFactory(
        cohort=cohort,
        title="Canvass day",
        starts_at=start,
        ends_at=start + 2 * datetime.timedelta(hours=1),
    )
    page.goto(f"{site.url}{prefix}{cohort.get_absolute_url()}")
    when = page.locator(".session__time").first.inner_text()
    for word in words:
        assert word in when, when
    assert not re.search(r"PST|_FORMAT", when)
    assert fits_the_phone(page)
    assert axe_violations(page) == []


def test_a_facilitator_reads_the_dashboard_and_declines_with_a_note(
    site, page, facilitator
):
    tree = make_curriculum(modules=1, lessons_per_module=1)
    cohort = CohortFactory(
        program=tree.program,
        title="2027 Southern California Winter Boot Camp",
        enrollment_mode=EnrollmentMode.APPLICATION,
    )
    cohort.facilitators.add(facilitator)
    for name in ("Rosa Applicant", "陳美玲", "محمد علي"):
        services.enrollment_request(
            user=UserFactory(display_name=name), cohort=cohort, reason="For my block"
        )
    SessionFactory(cohort=cohort, title="Opening circle")
    secret = enable_totp(facilitator)

    sign_in(page, site.url, facilitator, "/admin/")
    page.locator("input[name=code]").fill(current_totp_code(secret))
    page.locator("input[name=code]").press("Enter")
    page.wait_for_url(re.compile(r"/admin/$"))
    panel = page.locator("#facilitator-overview-content")
    assert panel.get_by_text("3 applications to review").is_visible()
    assert panel.get_by_text("Opening circle").is_visible()
    assert fits_the_phone(page)

    panel.get_by_text("3 applications to review").click()
    page.wait_for_url(re.compile(rf"/admin/cohorts/cohorts/manage/{cohort.pk}/"))
    assert fits_the_phone(page)
    first = page.locator("table.stacked-table tbody tr").first
    first.locator("summary", has_text="Decline").click()
    first.get_by_label(re.compile("A note for them")).fill(
        "This cohort is full of Los Angeles organizers; join us in Fresno in May."
    )
    first.get_by_role("button", name="Decline and send the email").click()
    page.wait_for_url(re.compile(rf"/admin/cohorts/cohorts/manage/{cohort.pk}/"))
    declined = cohort.enrollments.get(status=EnrollmentStatus.DECLINED)
    assert "Fresno in May" in declined.decline_reason
    assert page.locator("table.stacked-table tbody tr").count() == 2 + 3  # + roster
