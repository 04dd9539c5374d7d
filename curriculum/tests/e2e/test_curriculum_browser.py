"""A facilitator edits a lesson and submits it; an admin approves; a reader sees it.
And the curriculum pages pass an axe-core scan in English and Spanish."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import current_totp_code, enable_totp
from curriculum.services import publishing_setup
from curriculum.tests.factories import make_curriculum, translate
from lms.tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in_with_code(page, base_url, user, secret):
    page.goto(base_url + "/accounts/login/?next=/admin/")
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form[action$='/accounts/login/'] button[type=submit]").click()
    page.locator("input[name=code]").fill(current_totp_code(secret))
    page.locator("input[name=code]").press("Enter")
    page.wait_for_url(re.compile(r"/admin/$"))


def open_actions_menu(page):
    page.locator(
        "footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle"
    ).first.click()


def test_facilitator_submits_admin_approves_reader_sees(
    site, page, facilitator, site_admin, browser
):
    tree = make_curriculum(modules=1, lessons_per_module=1)
    publishing_setup(program_index=tree.catalog)
    lesson = tree.lessons[0]

    sign_in_with_code(page, site.url, facilitator, enable_totp(facilitator))
    page.goto(f"{site.url}/admin/pages/{lesson.pk}/edit/")
    editor = page.locator(".public-DraftEditor-content").first
    editor.click()
    page.keyboard.press("End")
    page.keyboard.type(" Door knocking starts with listening.")
    page.wait_for_timeout(1000)  # the editor saves its state to the form after a pause
    open_actions_menu(page)
    page.get_by_role("button", name=re.compile("Submit to Facilitator review")).click()
    page.get_by_text("has been submitted for moderation").wait_for()

    admin = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    sign_in_with_code(admin, site.url, site_admin, enable_totp(site_admin))
    admin.goto(f"{site.url}/admin/pages/{lesson.pk}/edit/")
    open_actions_menu(admin)
    admin.get_by_role("button", name="Approve and Publish", exact=True).click()
    admin.wait_for_url(re.compile(r"/admin/pages/\d+/"))

    page.goto(site.url + lesson.url)
    assert page.get_by_text("Door knocking starts with listening.").is_visible()


def _violations(page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']}: {[n['target'] for n in v['nodes']]}"
        for v in results.response["violations"]
    ]


@pytest.mark.parametrize("prefix", ["", "/es"])
def test_program_module_and_lesson_pages_have_no_axe_violations(
    site, page, facilitator, prefix
):
    tree = make_curriculum(modules=2, lessons_per_module=2)
    if prefix:
        translate(tree.home, "es", title="Inicio")
        translate(tree.catalog, "es", title="Programas")
        translate(tree.program, "es", title="Campamento", summary="Sobre el campamento")
    page.goto(site.url + "/accounts/login/")
    page.locator("input[name=login]").fill(facilitator.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form[action$='/accounts/login/'] button[type=submit]").click()
    found = {}
    for url in [
        "/programs/",
        tree.program.url,
        tree.modules[0].url,
        tree.lessons[1].url,
        "/search/?q=lesson",
    ]:
        page.goto(site.url + prefix + url)
        found[url] = _violations(page)
    assert found == {url: [] for url in found}
