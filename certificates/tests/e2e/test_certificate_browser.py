"""On a phone: a participant completes the program's last lesson, finds the
certificate on My learning, and the link the PDF's QR code carries verifies it,
signed out, with no accessibility violations."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from certificates.models import Certificate
from cohorts import services
from cohorts.tests.e2e.test_cohorts_browser import sign_in
from cohorts.tests.factories import CohortFactory
from curriculum.tests.factories import make_curriculum
from lms.tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_last_lesson_brings_a_certificate_that_verifies(site, browser):
    tree = make_curriculum(modules=1, lessons_per_module=2)
    cohort = CohortFactory(program=tree.program, title="Oakland Fall Boot Camp")
    person = UserFactory(display_name="Trần Thị Lan")
    services.enrollment_request(user=person, cohort=cohort)
    services.lesson_complete(user=person, lesson=tree.lessons[0])
    last = tree.lessons[1]

    page = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    sign_in(page, site.url, person, last.url)
    page.wait_for_url(re.compile(re.escape(last.url) + "$"))
    page.get_by_role("button", name="Mark this lesson complete").click()
    assert page.get_by_text("That was the last lesson of the program.").is_visible()

    page.goto(site.url + "/learning/")
    assert not page.get_by_text("What is left for your certificate").count()
    page.get_by_role("link", name="See and share your certificate").click()
    certificate = Certificate.objects.get(enrollment__user=person)
    assert page.get_by_text("Trần Thị Lan").first.is_visible()
    assert page.get_by_role("link", name="Download the PDF").is_visible()
    assert _violations(page) == []
    verify_link = page.get_by_label("Verification link").input_value()
    assert verify_link.endswith(f"/certificates/verify/{certificate.display_code}/")

    stranger = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    stranger.goto(verify_link)
    assert stranger.get_by_text("This certificate is valid.").is_visible()
    assert stranger.get_by_text("Trần Thị Lan").is_visible()
    assert _violations(stranger) == []


def _violations(page) -> list:
    return [v["id"] for v in Axe().run(page).response["violations"]]
