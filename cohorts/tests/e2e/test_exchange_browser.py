"""On a phone: one participant writes a reflection for their cohort, another reads it
in the exchange and responds, and the first sees the response; the exchange has no
accessibility violations in English and Arabic."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from cohorts import services
from cohorts.models import Reflection, Response
from cohorts.tests.e2e.test_cohorts_browser import sign_in
from cohorts.tests.factories import CohortFactory
from curriculum.tests.factories import make_curriculum
from lms.tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_two_participants_exchange_a_reflection_and_a_response(site, browser):
    tree = make_curriculum(modules=1, lessons_per_module=2)
    cohort = CohortFactory(program=tree.program, title="Oakland Fall Boot Camp")
    lesson = tree.lessons[1]
    writer = UserFactory(display_name="Rosa Writer")
    reader = UserFactory(display_name="Tou Reader")
    for person in (writer, reader):
        services.enrollment_request(user=person, cohort=cohort)
    phone = {"viewport": {"width": 390, "height": 844}}

    first = browser.new_context(**phone).new_page()
    sign_in(first, site.url, writer, lesson.url)
    first.wait_for_url(re.compile(re.escape(lesson.url) + "$"))
    first.get_by_label("Your reflection").fill("My grandmother's kitchen <b>table</b>.")
    assert first.get_by_text(
        "the 1 other participant of Oakland Fall Boot Camp"
    ).is_visible()
    first.get_by_role("button", name="Save my reflection").click()
    assert first.get_by_text("Your reflection is saved.").is_visible()
    assert Reflection.objects.get().visibility == "cohort"

    second = browser.new_context(**phone).new_page()
    exchange = f"/cohorts/{cohort.slug}/exchange/"
    sign_in(second, site.url, reader, exchange)
    second.wait_for_url(re.compile(re.escape(exchange) + "$"))
    assert second.get_by_text("My grandmother's kitchen <b>table</b>.").is_visible()
    second.get_by_label("Your response").fill("Ours too: every Sunday.")
    second.get_by_role("button", name="Respond").click()
    assert second.get_by_text("Your response is posted.").is_visible()
    assert Response.objects.get().text == "Ours too: every Sunday."
    assert _violations(second) == []
    second.goto(site.url + "/ar" + exchange)
    assert second.locator("html").get_attribute("dir") == "rtl"
    assert _violations(second) == []

    first.goto(site.url + exchange)
    assert first.get_by_text("Ours too: every Sunday.").is_visible()
    assert first.get_by_text("Tou Reader").is_visible()
    assert _violations(first) == []


def _violations(page) -> list:
    return [v["id"] for v in Axe().run(page).response["violations"]]
