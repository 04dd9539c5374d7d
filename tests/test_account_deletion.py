"""Deleting an account, by the person or by staff answering their request: what is
left in the database and in storage, before and after, and what others then see."""

import re
import time
from io import BytesIO

import pytest
from django.apps import apps
from django.contrib.sessions.models import Session
from django.core import mail
from django.db import models
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from certificates.models import Certificate
from certificates.services import certificate_issue
from cohorts import services
from cohorts.models import (
    Appreciation,
    Attendance,
    CalendarFeed,
    Enrollment,
    EnrollmentStatus,
    LessonCompletion,
    Reflection,
    Report,
    Response,
)
from cohorts.services.exchange import appreciation_toggle, response_submit
from cohorts.services.reflections import reflection_submit
from cohorts.tests.factories import CohortFactory, SessionFactory
from conftest import enable_totp
from curriculum.selectors import lesson_prompts
from curriculum.tests.factories import make_curriculum
from lms import services as account_services
from lms.models import DataExport, Membership, SignIn, User
from lms.tests.factories import PASSWORD, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

NAME = "Dolores Deleteme"
EMAIL = "dolores.deleteme@example.org"


@pytest.fixture(autouse=True)
def _after_commit_at_once(monkeypatch):
    """Files, sessions and emails are dealt with after the commit; tests run inside
    one transaction."""
    monkeypatch.setattr(
        "django.db.transaction.on_commit", lambda callback, *a, **k: callback()
    )


@pytest.fixture
def tree(db):
    return make_curriculum(modules=1, lessons_per_module=3)


def write(user, lesson, text, visibility="cohort"):
    return reflection_submit(
        user=user,
        lesson=lesson,
        prompt_id=next(iter(lesson_prompts(lesson))),
        text=text,
        visibility=visibility,
    )


@pytest.fixture
def world(tree, facilitator):
    """Dolores holds the last seat of a cohort with someone waiting; she wrote, was
    answered, answered others, has a certificate from an earlier cohort, a data
    download, a calendar address and two signed-in devices."""
    cohort = CohortFactory(program=tree.program, capacity=2)
    cohort.facilitators.add(facilitator)
    person = UserFactory(email=EMAIL, display_name=NAME, preferred_language="es")
    peer, waiting = UserFactory(display_name="Pia Peer"), UserFactory()
    MembershipFactory(user=person, shares_progress=True)
    enrollment = services.enrollment_request(user=person, cohort=cohort)
    services.enrollment_request(user=peer, cohort=cohort)
    services.enrollment_request(user=waiting, cohort=cohort)
    lesson = tree.lessons[1]
    kept = write(person, lesson, "Our block votes together.")
    private = write(person, tree.lessons[2], "Only for me.", visibility="private")
    peers = write(peer, lesson, "I door-knocked for the first time.")
    response_submit(user=peer, reflection=kept, text="Same here!")
    mine = response_submit(user=person, reflection=peers, text="Proud of you.")
    appreciation_toggle(user=person, reflection=peers)
    Report.objects.create(reflection=peers, reporter=person, reason="other")
    services.lesson_complete(user=person, lesson=tree.lessons[0])
    session = SessionFactory(cohort=cohort)
    services.attendance_record(
        session=session, enrollment=enrollment, status="present", by=facilitator
    )
    services.calendar_feed_for(person)
    earlier = CohortFactory(program=tree.program)
    earlier.facilitators.add(facilitator)
    done = Enrollment.objects.create(
        user=person, cohort=earlier, status=EnrollmentStatus.ENROLLED
    )
    certificate = certificate_issue(enrollment=done)
    certificate.refresh_from_db()
    export = account_services.data_export_request(user=person)
    export.refresh_from_db()
    devices = [Client(), Client()]
    for device in devices:
        device.post(reverse("account_login"), {"login": EMAIL, "password": PASSWORD})
    mail.outbox.clear()
    return {
        "cohort": cohort,
        "person": person,
        "peer": peer,
        "waiting": waiting,
        "kept": kept,
        "private": private,
        "peers": peers,
        "mine": mine,
        "certificate": certificate,
        "export": export,
        "devices": devices,
    }


def delete_own_account(device, writing="keep", **credentials):
    data = {"writing": writing, "password": PASSWORD, **credentials}
    return device.post(reverse("lms:account_delete"), data)


def to_the_person() -> list:
    return [m for m in mail.outbox if m.to == [EMAIL]]


def rows_holding(text: str) -> list[str]:
    """Every model and text field whose stored value contains `text`."""
    found = []
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.CharField | models.TextField):
                lookup = {f"{field.attname}__icontains": text}
                if model._default_manager.filter(**lookup).exists():
                    found.append(f"{model._meta.label}.{field.name}")
    return found


def test_the_world_holds_the_person_before(world):
    """The checks below start from data that is really there."""
    person = world["person"]
    assert set(rows_holding(EMAIL)) >= {"lms.User.email", "account.EmailAddress.email"}
    assert "certificates.Certificate.name_printed" in rows_holding(NAME)
    assert SignIn.objects.filter(user=person).exclude(session_key="").count() == 2
    assert world["certificate"].pdf and world["export"].file
    storage = world["certificate"].pdf.storage
    assert storage.exists(world["certificate"].pdf.name)
    assert storage.exists(world["export"].file.name)
    assert world["cohort"].enrollments.filter(status="waitlisted").count() == 1


def test_deleting_and_keeping_the_writing(world, client):
    person, devices = world["person"], world["devices"]
    number = person.pk
    pdf_name, zip_name = world["certificate"].pdf.name, world["export"].file.name
    storage = world["certificate"].pdf.storage

    response = delete_own_account(devices[0], writing="keep")

    assert response.status_code == 302
    assert not User.objects.filter(pk=number).exists()
    # No email address, and no name, is kept anywhere.
    assert rows_holding(EMAIL) == []
    assert rows_holding(NAME) == []
    # Every session ended: the other phone is signed out too.
    for device in devices:
        assert device.get(reverse("lms:profile")).status_code == 302
    assert not SignIn.objects.filter(user_id=number).exists()
    assert not Session.objects.filter(
        session_key__in=[d.session.session_key for d in devices]
    ).exists()
    # The seat went to the person waiting.
    world["cohort"].refresh_from_db()
    assert world["cohort"].seats_taken == 2
    assert Enrollment.objects.get(user=world["waiting"]).status == "enrolled"
    # What the cohort could read stays, by "a former participant".
    kept = Reflection.objects.get(pk=world["kept"].pk)
    assert kept.enrollment.user is None
    assert kept.enrollment.status == EnrollmentStatus.WITHDRAWN
    assert kept.enrollment.organization is None and kept.enrollment.reason == ""
    assert not kept.quote_consent
    assert Response.objects.get(pk=world["mine"].pk).author is None
    assert Response.objects.filter(reflection=kept).count() == 1  # the peer's answer
    assert not Reflection.objects.filter(pk=world["private"].pk).exists()
    assert not Attendance.objects.filter(enrollment=kept.enrollment).exists()
    assert not LessonCompletion.objects.filter(enrollment=kept.enrollment).exists()
    assert not Appreciation.objects.filter(user_id=number).exists()
    assert not Membership.objects.filter(user_id=number).exists()
    assert not CalendarFeed.objects.filter(user_id=number).exists()
    assert not DataExport.objects.filter(user_id=number).exists()
    # A report stays in the moderation queue, without its reporter.
    assert Report.objects.get(reflection=world["peers"]).reporter is None
    # Files are gone from storage.
    assert not storage.exists(pdf_name)
    assert not storage.exists(zip_name)
    # The audit trail keeps the account's number, not its name.
    entry = ModelLogEntry.objects.get(action=account_services.ACCOUNT_DELETED)
    assert entry.object_id == str(number) and entry.user_id == number
    assert entry.label == f"Account {number}"
    assert entry.data == {"writing": "kept", "by_the_person": True}


def test_the_exchange_shows_a_former_participant(world, client):
    delete_own_account(world["devices"][0], writing="keep")
    client.force_login(world["peer"])
    page = client.get(reverse("cohorts:exchange", args=[world["cohort"].slug]))
    text = page.content.decode()
    assert page.status_code == 200
    assert "Our block votes together." in text and "Proud of you." in text
    assert text.count("A former participant") == 2
    assert NAME not in text


def test_the_certificate_verifies_as_withdrawn_without_a_name(world, client):
    code = world["certificate"].display_code
    delete_own_account(world["devices"][0])
    page = client.get(reverse("certificates:verify", args=[code]))
    text = page.content.decode()
    assert page.status_code == 200
    assert "withdrawn by the holder" in text
    assert NAME not in text
    certificate = Certificate.objects.get(pk=world["certificate"].pk)
    assert certificate.revoked_at and certificate.withdrawn_at
    assert certificate.enrollment is None and not certificate.pdf
    status_list = client.get(reverse("certificates_credentials:status_list"))
    assert status_list.status_code == 200


def test_deleting_the_writing_too(world):
    delete_own_account(world["devices"][0], writing="delete")
    assert not Reflection.objects.filter(pk=world["kept"].pk).exists()
    assert not Response.objects.filter(pk=world["mine"].pk).exists()
    # Responses others wrote to a deleted reflection go with it.
    assert not Response.objects.filter(text="Same here!").exists()
    assert not Enrollment.objects.filter(user__isnull=True).exists()
    assert Reflection.objects.filter(pk=world["peers"].pk).exists()
    entry = ModelLogEntry.objects.get(action=account_services.ACCOUNT_DELETED)
    assert entry.data["writing"] == "deleted"


def test_the_confirmation_email_speaks_their_language(world):
    delete_own_account(world["devices"][0])
    [message] = to_the_person()
    assert "cuenta" in (message.subject + message.body).lower()


def test_a_wrong_password_deletes_nothing(world):
    response = delete_own_account(world["devices"][0], password="guess")
    assert response.status_code == 200
    assert User.objects.filter(pk=world["person"].pk).exists()
    assert mail.outbox == []


@pytest.mark.parametrize("missing", ["writing", "password"])
def test_a_form_sent_half_empty_deletes_nothing(world, missing):
    data = {"writing": "keep", "password": PASSWORD}
    del data[missing]
    response = world["devices"][0].post(reverse("lms:account_delete"), data)
    assert response.status_code == 200
    assert User.objects.filter(pk=world["person"].pk).exists()


def test_an_emailed_code_stands_in_for_the_password(world):
    device = world["devices"][0]
    device.post(reverse("lms:account_delete_code"))
    [message] = mail.outbox
    code = re.search(r"\b(\d{6})\b", message.body).group(1)
    page = device.get(reverse("lms:account_delete"))
    assert 'name="code"' in page.content.decode()
    wrong = "000000" if code != "000000" else "111111"
    assert delete_own_account(device, password="", code=wrong).status_code == 200
    assert User.objects.filter(pk=world["person"].pk).exists()
    assert delete_own_account(device, password="", code=code).status_code == 302
    assert not User.objects.filter(pk=world["person"].pk).exists()


def test_a_code_cannot_be_guessed(world):
    device = world["devices"][0]
    device.post(reverse("lms:account_delete_code"))
    code = re.search(r"\b(\d{6})\b", mail.outbox[0].body).group(1)
    wrong = "000000" if code != "000000" else "111111"
    for _attempt in range(5):
        delete_own_account(device, password="", code=wrong)
    assert delete_own_account(device, password="", code=code).status_code == 200
    assert User.objects.filter(pk=world["person"].pk).exists()


def test_a_code_from_another_session_does_not_work(world):
    first, second = world["devices"]
    first.post(reverse("lms:account_delete_code"))
    code = re.search(r"\b(\d{6})\b", mail.outbox[0].body).group(1)
    assert delete_own_account(second, password="", code=code).status_code == 200
    assert User.objects.filter(pk=world["person"].pk).exists()


def test_partner_dashboards_no_longer_list_them(world, client):
    membership = Membership.objects.get(user=world["person"])
    manager = UserFactory(roles=["Partner managers"])
    MembershipFactory(
        user=manager, organization=membership.organization, role="manager"
    )
    client.force_login(manager)
    url = reverse("cohorts:partner_export", args=[membership.organization.slug, "csv"])
    assert NAME in csv_of(client.get(url))
    delete_own_account(world["devices"][0])
    assert NAME not in csv_of(client.get(url))


def csv_of(response) -> str:
    return b"".join(response.streaming_content).decode("utf-8-sig")


# Staff answering a request -------------------------------------------------------------


@pytest.fixture
def staff(client, facilitator):
    enable_totp(facilitator)
    client.force_login(facilitator)
    return client


def data_url(user, action=""):
    return f"/admin/people/{user.pk}/data/{action}"


def test_a_facilitator_answers_for_the_people_of_their_cohorts_only(
    world, staff, tree, site_admin
):
    outsider = UserFactory()
    Enrollment.objects.create(
        user=outsider, cohort=CohortFactory(program=tree.program), status="enrolled"
    )
    colleague = UserFactory(roles=["Facilitators"])
    Enrollment.objects.create(user=colleague, cohort=world["cohort"], status="enrolled")
    # Also in another team's cohort: a site admin's to answer.
    shared = UserFactory()
    Enrollment.objects.create(user=shared, cohort=world["cohort"], status="enrolled")
    Enrollment.objects.create(
        user=shared, cohort=CohortFactory(program=tree.program), status="enrolled"
    )
    page = staff.get(data_url(world["person"]))
    assert page.status_code == 200 and EMAIL in page.content.decode()
    for someone in (outsider, colleague, site_admin, shared):
        assert staff.get(data_url(someone)).status_code == 404
        assert staff.post(data_url(someone, "export/")).status_code == 404
        assert (
            staff.post(
                data_url(someone, "delete/"), {"writing": "delete", "asked": "on"}
            ).status_code
            == 404
        )
        assert User.objects.filter(pk=someone.pk).exists()
    assert staff.get("/admin/people/99999999/data/").status_code == 404


def test_staff_send_the_copy_to_the_person_not_to_themselves(world, staff, facilitator):
    response = staff.post(data_url(world["person"], "export/"))
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == [EMAIL]
    export = DataExport.objects.filter(user=world["person"]).latest("requested_at")
    assert export.token in message.body
    # The copy opens only for the person, signed in: not for the staff member.
    assert (
        staff.get(reverse("lms:data_download", args=[export.token])).status_code == 404
    )
    entry = ModelLogEntry.objects.get(action=account_services.DATA_EXPORTED)
    assert entry.user_id == facilitator.pk and entry.object_id == str(
        world["person"].pk
    )


def test_staff_delete_only_once_they_confirm(world, staff, facilitator):
    person = world["person"]
    unconfirmed = staff.post(data_url(person, "delete/"), {"writing": "keep"})
    assert unconfirmed.status_code == 400
    assert User.objects.filter(pk=person.pk).exists()
    response = staff.post(
        data_url(person, "delete/"), {"writing": "keep", "asked": "on"}
    )
    assert response.status_code == 302
    assert not User.objects.filter(pk=person.pk).exists()
    assert rows_holding(EMAIL) == []
    entry = ModelLogEntry.objects.get(action=account_services.ACCOUNT_DELETED)
    assert entry.user_id == facilitator.pk
    assert entry.data == {"writing": "kept", "by_the_person": False}
    assert len(to_the_person()) == 1


def test_participants_cannot_reach_the_data_request_pages(world, client):
    client.force_login(world["peer"])
    for action in ("", "export/", "delete/"):
        response = client.post(data_url(world["person"], action), {"asked": "on"})
        assert response.status_code in (302, 403, 404)
    assert User.objects.filter(pk=world["person"].pk).exists()


def test_site_admins_find_the_page_from_the_user_listing(world, client, site_admin):
    enable_totp(site_admin)
    client.force_login(site_admin)
    listing = client.get("/admin/users/").content.decode()
    assert data_url(world["person"]) in listing
    assert data_url(site_admin) not in listing


def test_the_facilitator_pages_leave_a_former_participant_out(world, staff):
    delete_own_account(world["devices"][0], writing="keep")
    cohort = world["cohort"]
    base = f"/admin/cohorts/cohorts/manage/{cohort.pk}/"
    for url in (base, base + "progress/", base + "roster.csv"):
        response = staff.get(url)
        assert response.status_code == 200, url
        body = (
            b"".join(response.streaming_content)
            if response.streaming
            else response.content
        ).decode("utf-8-sig")
        assert NAME not in body and EMAIL not in body
        assert "Pia Peer" in body


def test_a_second_tap_deletes_nothing_more(world):
    """Two taps on the button: the second finds the account gone, and says so."""
    device = world["devices"][0]
    person = User.objects.get(pk=world["person"].pk)
    account_services.account_delete(user=person, keep_writing=True)
    account_services.account_delete(user=person, keep_writing=True)
    assert len(to_the_person()) == 1
    assert (
        ModelLogEntry.objects.filter(action=account_services.ACCOUNT_DELETED).count()
        == 1
    )
    assert device.get(reverse("lms:account_delete")).status_code == 302


def test_a_sign_in_over_someone_elses_session_is_ended_too(world):
    """Django's login() over another person's session starts a session whose key
    exists only at the end of the request: the sign-in still records it."""
    shared = Client()
    shared.force_login(world["peer"])
    shared.force_login(world["person"])
    assert shared.get(reverse("lms:profile")).status_code == 200
    account_services.account_delete(user=world["person"], keep_writing=False)
    assert shared.get(reverse("lms:profile")).status_code == 302
    assert not Session.objects.filter(session_key=shared.session.session_key).exists()


def test_wagtails_own_delete_of_a_site_admin_goes_through_the_service(
    world, client, site_admin
):
    other_admin = UserFactory(is_superuser=True, is_staff=True)
    enable_totp(site_admin)
    client.force_login(site_admin)
    response = client.post(f"/admin/users/delete/{other_admin.pk}/")
    assert response["Location"] == data_url(other_admin)
    assert User.objects.filter(pk=other_admin.pk).exists()
    client.post(data_url(other_admin, "delete/"), {"writing": "delete", "asked": "on"})
    assert not User.objects.filter(pk=other_admin.pk).exists()
    assert ModelLogEntry.objects.get(
        action=account_services.ACCOUNT_DELETED
    ).user_id == (site_admin.pk)


def test_guessing_the_password_is_cut_short(world):
    device = world["devices"][0]
    for _attempt in range(10):
        delete_own_account(device, password="guess")
    page = delete_own_account(device)  # the right password, too late
    assert page.status_code == 200 and "Too many tries" in page.content.decode()
    assert User.objects.filter(pk=world["person"].pk).exists()


def test_an_expired_code_leaves_the_password_and_a_new_code(world, monkeypatch):
    device = world["devices"][0]
    device.post(reverse("lms:account_delete_code"))
    later = time.time() + 3600
    monkeypatch.setattr("lms.account_views.time.time", lambda: later)
    page = device.get(reverse("lms:account_delete")).content.decode()
    assert 'name="password"' in page and 'name="code"' not in page
    assert "Email me a code instead" in page
    assert delete_own_account(device).status_code == 302


def test_a_zip_being_written_while_the_account_goes_is_removed(world):
    """The task has written the file but not yet its row: the file still goes."""
    export = world["export"]
    storage = export.file.storage
    pending = DataExport.objects.create(user=world["person"])
    name = storage.save(
        pending.file.field.generate_filename(pending, ""), BytesIO(b"x")
    )
    delete_own_account(world["devices"][0])
    assert not storage.exists(name)


def test_the_daily_email_names_a_former_participant(world):
    from cohorts import notifications
    from cohorts.models import PendingNotification

    PendingNotification.objects.create(user=world["peer"], response=world["mine"])
    delete_own_account(world["devices"][0], writing="keep")
    mail.outbox.clear()
    notifications.digest_send(world["peer"])
    [message] = mail.outbox
    assert "A former participant" in message.body and NAME not in message.body


def test_a_deleted_cohort_takes_its_certificates_along(world):
    certificate = world["certificate"]
    certificate.enrollment.cohort.delete()
    assert not Certificate.objects.filter(pk=certificate.pk).exists()
