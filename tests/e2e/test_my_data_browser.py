"""On a phone: a participant reads My data, downloads it, deletes the account and
leaves their reflection in the cohort; a peer then reads it in the exchange as
written by "a former participant"."""

import datetime
import io
import json
import re
import zipfile

import pytest
from django.core import mail
from django.utils import timezone

from cohorts import services
from cohorts.services.reflections import reflection_submit
from cohorts.tests.e2e.test_cohorts_browser import sign_in
from cohorts.tests.e2e.test_phone_pages_browser import axe_violations, fits_the_phone
from cohorts.tests.factories import CohortFactory
from curriculum.selectors import lesson_prompts
from curriculum.tests.factories import make_curriculum
from lms.models import User
from lms.personal_data import as_zip
from lms.tests.factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE = {"viewport": {"width": 390, "height": 844}, "accept_downloads": True}
WRITING = "Mi familia votó por primera vez."


@pytest.fixture
def cohort_of_two():
    tree = make_curriculum(modules=1, lessons_per_module=2)
    today = timezone.localdate()
    cohort = CohortFactory(
        program=tree.program,
        title="2026 Oakland Boot Camp",
        starts_on=today - datetime.timedelta(days=5),
        ends_on=today + datetime.timedelta(days=50),
    )
    writer = UserFactory(display_name="Rosa Writer", email="rosa@example.org")
    peer = UserFactory(display_name="Pia Peer", email="pia@example.org")
    for person in (writer, peer):
        services.enrollment_request(user=person, cohort=cohort)
    lesson = tree.lessons[1]
    reflection_submit(
        user=writer,
        lesson=lesson,
        prompt_id=next(iter(lesson_prompts(lesson))),
        text=WRITING,
        visibility="cohort",
    )
    return cohort, writer, peer


def test_download_then_delete_keeping_the_reflection(site, browser, cohort_of_two):
    cohort, writer, peer = cohort_of_two
    page = browser.new_context(**PHONE).new_page()
    sign_in(page, site.url, writer, "/profile/data/")
    page.wait_for_url(re.compile(r"/profile/data/$"))
    assert page.get_by_role("heading", name="My data", level=1).is_visible()
    page.get_by_text("Reflections and responses").click()
    assert page.get_by_text(WRITING).is_visible()
    assert fits_the_phone(page)
    assert axe_violations(page) == []

    page.get_by_role("button", name="Email me a download of my data").click()
    assert page.get_by_text("We are preparing your data.").is_visible()
    [message] = [m for m in mail.outbox if "/profile/data/" in m.body]
    assert message.to == [writer.email]
    with page.expect_download() as download:
        page.get_by_role(
            "link", name=re.compile("Download the file prepared on")
        ).click()
    archive = zipfile.ZipFile(download.value.path())
    assert {"personal-data.json", "personal-data.html"} <= set(archive.namelist())
    assert WRITING in archive.read("personal-data.json").decode()

    page.get_by_role("link", name="Delete my account…").click()
    page.wait_for_url(re.compile(r"/profile/delete/$"))
    assert fits_the_phone(page)
    assert axe_violations(page) == []
    page.get_by_role("button", name="Delete my account for good").click()
    # Sent empty: nothing happens but a clear message.
    assert page.get_by_text("Choose what becomes of what you wrote.").is_visible()
    page.get_by_label(re.compile("Keep them in my cohorts")).check()
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Delete my account for good").click()
    assert page.get_by_text("Your account is deleted.").is_visible()
    assert not User.objects.filter(pk=writer.pk).exists()

    other = browser.new_context(**PHONE).new_page()
    sign_in(other, site.url, peer, f"/cohorts/{cohort.slug}/exchange/")
    other.wait_for_url(re.compile(r"/exchange/$"))
    assert other.get_by_text(WRITING).is_visible()
    assert other.get_by_text("A former participant").first.is_visible()
    assert not other.get_by_text("Rosa Writer").count()
    assert fits_the_phone(other)


def test_the_download_page_inside_the_zip_reads_on_a_phone(
    site, browser, cohort_of_two
):
    """The HTML page of the download stands alone: no site, no network."""
    _cohort, writer, _peer = cohort_of_two

    archive = zipfile.ZipFile(io.BytesIO(as_zip(writer)))
    html = archive.read("personal-data.html").decode()
    data = json.loads(archive.read("personal-data.json"))
    assert data["format"] == "personal-data/1"
    page = browser.new_context(**PHONE).new_page()
    page.set_content(html)
    assert page.get_by_text(WRITING).is_visible()
    assert fits_the_phone(page)
    assert axe_violations(page) == []
