"""On a phone: a partner manager opens the dashboard and downloads the CSV; a member
withdraws consent on the profile page and is gone from the manager's page. The
dashboard has no accessibility violations in English and Spanish."""

import datetime
import re

import pytest
from django.utils import timezone

from cohorts import services
from cohorts.tests.e2e.test_cohorts_browser import sign_in
from cohorts.tests.e2e.test_phone_pages_browser import axe_violations, fits_the_phone
from cohorts.tests.factories import CohortFactory
from curriculum.tests.factories import make_curriculum, translate
from lms.models import Membership, MembershipRole
from lms.permissions import PARTNER_MANAGERS
from lms.services import membership_join, membership_set_consent
from lms.tests.factories import OrganizationFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE = {"viewport": {"width": 390, "height": 844}, "accept_downloads": True}


@pytest.fixture
def organization():
    tree = make_curriculum(modules=1, lessons_per_module=2)
    for code, title in (("es", "Campamento de Organización"),):
        translate(tree.home, code, title="Inicio")
        translate(tree.catalog, code, title="Programas")
        translate(tree.program, code, title=title)
    today = timezone.localdate()
    cohort = CohortFactory(
        program=tree.program,
        title="2026 Oakland Boot Camp",
        starts_on=today - datetime.timedelta(days=5),
        ends_on=today + datetime.timedelta(days=50),
        capacity=20,
    )
    org = OrganizationFactory(name="East Oakland Tenants", slug="east-oakland")
    for n, name in enumerate(["Trần Thị Lan", "José Ñúñez", "فاطمة الزهراء"]):
        person = UserFactory(display_name=name, email=f"member{n}@example.org")
        membership_join(user=person, organization=org)
        membership_set_consent(user=person, organization=org, shares_progress=True)
        services.enrollment_request(user=person, cohort=cohort)
    services.lesson_complete(
        user=Membership.objects.get(user__email="member0@example.org").user,
        lesson=tree.lessons[0],
    )
    quiet = UserFactory(display_name="Quiet Member")
    membership_join(user=quiet, organization=org)
    services.enrollment_request(user=quiet, cohort=cohort)
    manager = UserFactory(display_name="Pat Manager", roles=[PARTNER_MANAGERS])
    Membership.objects.create(
        user=manager, organization=org, role=MembershipRole.MANAGER
    )
    return org, manager


def test_a_manager_downloads_and_a_member_withdraws(site, browser, organization):
    org, manager = organization
    page = browser.new_context(**PHONE).new_page()
    sign_in(page, site.url, manager, "/partners/")
    page.wait_for_url(re.compile(rf"/partners/{org.slug}/$"))
    assert page.get_by_role("heading", name="East Oakland Tenants").is_visible()
    assert page.get_by_text("Trần Thị Lan").first.is_visible()
    assert not page.get_by_text("Quiet Member").count()
    assert fits_the_phone(page)

    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV").click()
    assert re.fullmatch(
        r"east-oakland-training-\d{4}-\d{2}-\d{2}\.csv",
        download.value.suggested_filename,
    )
    text = open(download.value.path(), encoding="utf-8-sig").read()  # noqa: SIM115
    assert "Trần Thị Lan" in text and "José Ñúñez" in text and "Quiet" not in text

    member = browser.new_context(**PHONE).new_page()
    lan = Membership.objects.get(user__email="member0@example.org").user
    sign_in(member, site.url, lan, "/profile/")
    member.wait_for_url(re.compile(r"/profile/$"))
    member.get_by_label("Share my training progress with this organization").uncheck()
    member.get_by_role("button", name="Save my choice").click()
    assert member.get_by_text("East Oakland Tenants can no longer see").is_visible()

    page.reload()
    assert not page.get_by_text("Trần Thị Lan").count()
    assert page.get_by_text("José Ñúñez").first.is_visible()


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_dashboard_has_no_accessibility_violations(
    site, browser, organization, language
):
    org, manager = organization
    manager.preferred_language = language  # applied at sign-in
    manager.save()
    page = browser.new_context(**PHONE).new_page()
    prefix = "" if language == "en" else f"/{language}"
    sign_in(page, site.url, manager, f"{prefix}/partners/{org.slug}/")
    page.wait_for_url(re.compile(rf"{prefix}/partners/{org.slug}/$"))
    if language == "es":
        assert page.get_by_text("Campamento de Organización").first.is_visible()
        assert page.get_by_role("link", name="Descargar CSV").is_visible()
    assert axe_violations(page) == []
    assert fits_the_phone(page)
