"""On a phone: a participant enrolls, reads a lesson, marks it complete and sees their
progress; a facilitator approves an application and takes attendance."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from cohorts import services
from cohorts.models import Attendance, Enrollment, EnrollmentMode, EnrollmentStatus
from cohorts.tests.factories import CohortFactory, SessionFactory
from conftest import current_totp_code, enable_totp
from curriculum.tests.factories import make_curriculum
from lms.tests.factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, base_url, user, next_url="/"):
    page.goto(f"{base_url}/accounts/login/?next={next_url}")
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form[action$='/accounts/login/'] button[type=submit]").click()


def test_participant_enrolls_reads_and_marks_a_lesson_complete(site, page, participant):
    tree = make_curriculum(modules=1, lessons_per_module=2)
    cohort = CohortFactory(program=tree.program, title="Oakland Fall Boot Camp")
    sign_in(page, site.url, participant, cohort.get_absolute_url())
    page.wait_for_url(re.compile(re.escape(cohort.get_absolute_url()) + "$"))
    page.get_by_role("button", name="Enroll").click()
    assert page.get_by_text("You are enrolled in Oakland Fall Boot Camp.").is_visible()

    page.goto(site.url + tree.lessons[1].url)
    assert page.get_by_text("Secret body 1.2").is_visible()
    page.get_by_role("button", name="Mark this lesson complete").click()
    assert page.get_by_text("You finished this lesson.").is_visible()
    assert page.get_by_text("1 of 2 lessons done", exact=True).is_visible()

    page.goto(site.url + "/learning/")
    assert page.get_by_text("1 of 2 lessons done").is_visible()
    assert page.get_by_role(
        "link", name=re.compile("Continue where you left off")
    ).is_visible()
    violations = Axe().run(page).response["violations"]
    assert [v["id"] for v in violations] == []


def test_facilitator_approves_an_application_and_takes_attendance(
    site, page, facilitator
):
    tree = make_curriculum(modules=1, lessons_per_module=1)
    cohort = CohortFactory(
        program=tree.program, enrollment_mode=EnrollmentMode.APPLICATION
    )
    cohort.facilitators.add(facilitator)
    applicant = UserFactory(display_name="Rosa Applicant")
    enrollment = services.enrollment_request(
        user=applicant, cohort=cohort, reason="For my block"
    )
    session = SessionFactory(cohort=cohort, title="Opening circle")
    secret = enable_totp(facilitator)

    sign_in(page, site.url, facilitator, f"/admin/cohorts/cohorts/manage/{cohort.pk}/")
    page.locator("input[name=code]").fill(current_totp_code(secret))
    page.locator("input[name=code]").press("Enter")
    page.wait_for_url(re.compile(rf"/admin/cohorts/cohorts/manage/{cohort.pk}/$"))
    assert page.get_by_text("For my block").is_visible()
    page.get_by_role("button", name="Approve", exact=True).click()
    page.wait_for_url(re.compile(rf"/admin/cohorts/cohorts/manage/{cohort.pk}/$"))
    assert Enrollment.objects.get(pk=enrollment.pk).status == EnrollmentStatus.ENROLLED

    page.goto(f"{site.url}/admin/cohorts/sessions/attendance/{session.pk}/")
    person = page.locator(f"#person-{enrollment.pk}")
    assert person.get_by_text("Rosa Applicant").is_visible()
    person.get_by_role("button", name="Present").click()
    page.wait_for_url(re.compile(r"/attendance/"))
    assert (
        Attendance.objects.get(session=session, enrollment=enrollment).status
        == "present"
    )
    assert (
        page.locator(f"#person-{enrollment.pk} button[aria-pressed=true]")
        .inner_text()
        .strip()
        == "Present"
    )
