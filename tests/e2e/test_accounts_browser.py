"""A newcomer signs up, verifies the emailed code, signs in again and switches language."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail

from lms.tests.factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_signup_verify_login_and_switch_language(site, page):
    page.goto(site.url + "/accounts/signup/")
    page.get_by_label("Your name").fill("Trần Minh Anh")
    page.get_by_label("Email").fill("anh@example.org")
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()

    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", mail.outbox[-1].body, re.M).group(
        1
    )
    page.get_by_label("Code").fill(code)
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url(re.compile(r"/learning/$"))
    assert page.get_by_role("heading", name="My learning").is_visible()

    page.get_by_role("button", name="Sign out").click()
    page.goto(site.url + "/accounts/login/")
    page.get_by_label("Email").fill("anh@example.org")
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(re.compile(r"/learning/$"))

    page.locator(".language-switcher summary").click()
    page.get_by_role("button", name="Español").click()
    page.wait_for_url(re.compile(r"/es/learning/$"))
    assert page.get_by_role("heading", name="Mi aprendizaje").is_visible()
    assert page.locator("html").get_attribute("lang") == "es"


def _violations(page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']}: {[n['target'] for n in v['nodes']]}"
        for v in results.response["violations"]
    ]


@pytest.mark.parametrize("prefix", ["", "/es", "/ar"])
def test_home_login_learning_and_profile_have_no_axe_violations(site, page, prefix):
    user = UserFactory(email="axe@example.org")
    found = {}
    for path in ["/", "/accounts/login/", "/accounts/signup/"]:
        page.goto(site.url + prefix + path)
        found[path] = _violations(page)

    page.goto(site.url + prefix + "/accounts/login/")
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form[action$='/accounts/login/'] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/learning/$"))
    found["/learning/"] = _violations(page)
    page.goto(site.url + prefix + "/profile/")
    found["/profile/"] = _violations(page)
    assert found == {path: [] for path in found}
