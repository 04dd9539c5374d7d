"""Facilitator tools: each facilitator manages only their own cohorts; others get 404."""

import re

import pytest

from cohorts.models import Cohort, Session
from cohorts.tests.factories import CohortFactory, InviteCodeFactory, SessionFactory
from conftest import enable_totp
from lms.permissions import FACILITATORS
from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mine(tree, facilitator):
    cohort = CohortFactory(program=tree.program, title="Mine Cohort")
    cohort.facilitators.add(facilitator)
    return cohort


@pytest.fixture
def theirs(tree):
    cohort = CohortFactory(program=tree.program, title="Theirs Cohort")
    cohort.facilitators.add(UserFactory(roles=[FACILITATORS]))
    return cohort


@pytest.fixture
def admin_client(client, facilitator):
    enable_totp(facilitator)
    client.force_login(facilitator)
    return client


def test_facilitator_lists_only_their_cohorts(admin_client, mine, theirs):
    body = admin_client.get("/admin/cohorts/cohorts/").content.decode()
    assert "Mine Cohort" in body and "Theirs Cohort" not in body


def test_another_facilitators_cohort_is_404(admin_client, mine, theirs):
    for url in [
        f"/admin/cohorts/cohorts/edit/{theirs.pk}/",
        f"/admin/cohorts/cohorts/delete/{theirs.pk}/",
    ]:
        assert admin_client.get(url).status_code == 404, url
    response = admin_client.post(
        f"/admin/cohorts/cohorts/edit/{theirs.pk}/", {"title": "Hijacked"}
    )
    assert response.status_code == 404
    assert Cohort.objects.get(pk=theirs.pk).title == "Theirs Cohort"
    assert (
        admin_client.get(f"/admin/cohorts/cohorts/edit/{mine.pk}/").status_code == 200
    )


def test_sessions_and_codes_of_other_cohorts_are_404(admin_client, mine, theirs):
    session = SessionFactory(cohort=theirs, title="Their session")
    code = InviteCodeFactory(cohort=theirs)
    SessionFactory(cohort=mine, title="My session")
    assert (
        admin_client.get(f"/admin/cohorts/sessions/edit/{session.pk}/").status_code
        == 404
    )
    assert (
        admin_client.get(f"/admin/cohorts/invite-codes/edit/{code.pk}/").status_code
        == 404
    )
    listing = admin_client.get("/admin/cohorts/sessions/").content.decode()
    assert "My session" in listing and "Their session" not in listing


def test_a_session_cannot_be_added_to_another_facilitators_cohort(
    admin_client, mine, theirs
):
    response = admin_client.post(
        "/admin/cohorts/sessions/new/",
        {
            "cohort": theirs.pk,
            "title": "Sneaky",
            "starts_at": "2026-12-01 10:00",
            "ends_at": "2026-12-01 12:00",
        },
    )
    assert response.status_code == 200  # the form refuses the choice
    assert not Session.objects.filter(title="Sneaky").exists()


def test_a_facilitator_who_creates_a_cohort_facilitates_it(
    admin_client, tree, facilitator
):
    response = admin_client.post(
        "/admin/cohorts/cohorts/new/",
        {
            "program": tree.program.pk,
            "title": "Fresno Spring Boot Camp",
            "slug": "fresno-spring",
            "region": "central",
            "starts_on": "2027-03-01",
            "ends_on": "2027-05-01",
            "time_zone": "America/Los_Angeles",
            "capacity": 20,
            "enrollment_mode": "open",
            "status": "published",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert facilitator in Cohort.objects.get(slug="fresno-spring").facilitators.all()


def test_dates_and_capacity_are_checked_with_clear_messages(admin_client, mine):
    data = {
        "program": mine.program_id,
        "title": mine.title,
        "slug": mine.slug,
        "region": mine.region,
        "starts_on": "2027-03-01",
        "ends_on": "2027-02-01",
        "capacity": 0,
        "enrollment_mode": "open",
        "status": "published",
    }
    body = admin_client.post(
        f"/admin/cohorts/cohorts/edit/{mine.pk}/", data
    ).content.decode()
    assert "The cohort must end after it starts." in body
    assert "Ensure this value is greater than or equal to 1." in body


def test_participants_never_reach_cohort_admin(client, participant, mine):
    client.force_login(participant)
    assert client.get("/admin/cohorts/cohorts/").status_code == 404


def enroll(user, cohort, **kwargs):
    from cohorts import services

    return services.enrollment_request(user=user, cohort=cohort, **kwargs)


def test_manage_page_shows_applications_roster_waitlist_and_seats(
    admin_client, tree, facilitator
):
    from cohorts.models import EnrollmentMode

    cohort = CohortFactory(
        program=tree.program, enrollment_mode=EnrollmentMode.APPLICATION, capacity=1
    )
    cohort.facilitators.add(facilitator)
    enroll(
        UserFactory(display_name="Applicant Ana"), cohort, reason="I organize tenants"
    )
    body = admin_client.get(
        f"/admin/cohorts/cohorts/manage/{cohort.pk}/"
    ).content.decode()
    assert "Applicant Ana" in body and "I organize tenants" in body
    assert "0 of 1 seats taken" in body


def test_facilitator_approves_and_declines(admin_client, tree, facilitator):
    from cohorts.models import Enrollment, EnrollmentMode, EnrollmentStatus

    cohort = CohortFactory(
        program=tree.program, enrollment_mode=EnrollmentMode.APPLICATION, capacity=1
    )
    cohort.facilitators.add(facilitator)
    first, second, third = (enroll(UserFactory(), cohort, reason="x") for _ in range(3))
    admin_client.post(
        f"/admin/cohorts/cohorts/manage/{first.cohort_id}/applications/{first.pk}/approve/"
    )
    admin_client.post(
        f"/admin/cohorts/cohorts/manage/{second.cohort_id}/applications/{second.pk}/approve/"
    )
    admin_client.post(
        f"/admin/cohorts/cohorts/manage/{third.cohort_id}/applications/{third.pk}/decline/"
    )
    statuses = [Enrollment.objects.get(pk=e.pk).status for e in (first, second, third)]
    assert statuses == [
        EnrollmentStatus.ENROLLED,
        EnrollmentStatus.WAITLISTED,
        EnrollmentStatus.DECLINED,
    ]
    assert (
        admin_client.post(
            f"/admin/cohorts/cohorts/manage/{first.cohort_id}/applications/{first.pk}/delete/"
        ).status_code
        == 404
    )


def test_other_cohorts_pages_are_404_and_unchanged(admin_client, mine, theirs):
    from cohorts.models import Enrollment, EnrollmentStatus

    theirs.enrollment_mode = "application"
    theirs.save()
    applicant = enroll(UserFactory(), theirs, reason="x")
    session = SessionFactory(cohort=theirs)
    for url in [
        f"/admin/cohorts/cohorts/manage/{theirs.pk}/",
        f"/admin/cohorts/cohorts/manage/{theirs.pk}/progress/",
        f"/admin/cohorts/cohorts/manage/{theirs.pk}/roster.csv",
        f"/admin/cohorts/cohorts/manage/{theirs.pk}/progress.xlsx",
        f"/admin/cohorts/sessions/attendance/{session.pk}/",
    ]:
        assert admin_client.get(url).status_code == 404, url
    assert (
        admin_client.post(
            f"/admin/cohorts/cohorts/manage/{applicant.cohort_id}/applications/{applicant.pk}/approve/"
        ).status_code
        == 404
    )
    assert Enrollment.objects.get(pk=applicant.pk).status == EnrollmentStatus.APPLIED


def test_attendance_is_one_tap_per_person(admin_client, mine):
    from cohorts.models import Attendance

    person = UserFactory(display_name="Present Pat")
    enrollment = enroll(person, mine)
    session = SessionFactory(cohort=mine)
    url = f"/admin/cohorts/sessions/attendance/{session.pk}/"
    assert "Present Pat" in admin_client.get(url).content.decode()
    response = admin_client.post(
        url, {"enrollment": enrollment.pk, "status": "present"}
    )
    assert response.status_code == 302 and response["Location"].endswith(
        f"#person-{enrollment.pk}"
    )
    assert (
        Attendance.objects.get(session=session, enrollment=enrollment).status
        == "present"
    )
    admin_client.post(url, {"enrollment": enrollment.pk, "status": "excused"})
    assert (
        Attendance.objects.get(session=session, enrollment=enrollment).status
        == "excused"
    )
    admin_client.post(url, {"enrollment": enrollment.pk, "status": "bogus"})
    assert Attendance.objects.get().status == "excused"


def test_progress_matrix_and_exports_neutralize_formulas(admin_client, tree, mine):
    import csv
    import io

    from cohorts import services

    evil = UserFactory(display_name='=HYPERLINK("http://evil")')
    enroll(evil, mine)
    services.lesson_complete(user=evil, lesson=tree.lessons[0])
    body = admin_client.get(
        f"/admin/cohorts/cohorts/manage/{mine.pk}/progress/"
    ).content.decode()
    assert "✓" in body and "Lesson 1.1" in body

    response = admin_client.get(f"/admin/cohorts/cohorts/manage/{mine.pk}/roster.csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:4] == ["\ufeffName", "Name in Latin letters", "Language", "Email"]
    assert rows[1][0] == '\'=HYPERLINK("http://evil")'

    response = admin_client.get(f"/admin/cohorts/cohorts/manage/{mine.pk}/progress.csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][0] == "\ufeffName" and rows[0][1] == "Lesson 1.1"
    assert rows[1][0].startswith("'=") and rows[1][1] == "1" and rows[1][-1] == "1"

    xlsx = admin_client.get(f"/admin/cohorts/cohorts/manage/{mine.pk}/roster.xlsx")
    assert xlsx.status_code == 200
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    assert sheet["A2"].value == '\'=HYPERLINK("http://evil")'
    assert sheet["A2"].data_type == "s"


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_every_formula_prefix_is_neutralized(value):
    from cohorts.exports import neutralize

    assert neutralize(value) == "'" + value
    assert neutralize("Ana") == "Ana" and neutralize(3) == 3


def test_the_roster_opens_in_excel_with_any_script(admin_client, mine):
    import csv
    import io

    person = UserFactory(
        display_name="陳美玲", latin_name="Chen Meiling", preferred_language="zh-hant"
    )
    enroll(UserFactory(display_name="Nguyễn Văn An", preferred_language="vi"), mine)
    enroll(person, mine)
    response = admin_client.get(f"/admin/cohorts/cohorts/manage/{mine.pk}/roster.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    raw = b"".join(response.streaming_content)
    assert raw.startswith("\ufeff".encode())  # Excel reads UTF-8 only with the mark
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    by_name = {row["Name"]: row for row in rows}
    assert by_name["陳美玲"]["Name in Latin letters"] == "Chen Meiling"
    assert by_name["陳美玲"]["Language"] == "繁體中文"
    assert by_name["Nguyễn Văn An"]["Language"] == "Tiếng Việt"


def test_the_progress_matrix_marks_each_lesson_done_and_keeps_names_in_view(
    admin_client, tree, mine
):
    first, second = UserFactory(display_name="Ana"), UserFactory(display_name="Bo")
    for person in (first, second):
        enroll(person, mine)
    from cohorts import services

    services.lesson_complete(user=first, lesson=tree.lessons[1])
    services.lesson_complete(user=second, lesson=tree.lessons[0])
    services.lesson_complete(user=second, lesson=tree.lessons[3])
    body = admin_client.get(f"/admin/cohorts/cohorts/manage/{mine.pk}/progress/")
    body = body.content.decode()
    assert 'class="progress-matrix"' in body  # scrolls with the names column kept
    rows = re.findall(r'<tr><th scope="row" dir="auto">(\w+)</th>(.*?)</tr>', body)
    cells = {name: re.findall(r"<td>(✓?|\d+)</td>", html) for name, html in rows}
    assert cells == {  # the four lessons, then the total
        "Ana": ["", "✓", "", "", "1"],
        "Bo": ["✓", "", "", "✓", "2"],
    }
