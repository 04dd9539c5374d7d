"""Logs and errors never hold reflection text, tokens, codes, passwords or email
addresses: the main flows run with every logger at DEBUG (as LOG_LEVEL=DEBUG would
set the root), and no record, message, argument or traceback holds any of them."""

import datetime
import logging
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from certificates.services import certificate_issue
from cohorts import services
from cohorts.services.reflections import reflection_submit
from cohorts.tests.factories import CohortFactory, SessionFactory
from curriculum.selectors import lesson_prompts
from curriculum.tests.factories import make_curriculum
from lms.log_filters import redact
from lms.models import DataExport, Membership, MembershipRole, User
from lms.permissions import PARTNER_MANAGERS
from lms.services import partner_invite_create
from lms.tests.factories import OrganizationFactory, UserFactory

pytestmark = pytest.mark.django_db

EMAIL = "rosa.secreta@example.org"
PASSWORD = "rosa-private-passphrase-91"
REFLECTION = "My uncle crossed at Nogales in 2019 and we never told anyone"
CODE = re.compile(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", re.MULTILINE)


def _records_text(records) -> str:
    parts = []
    # factory_boy's own records (it logs the test fixtures' passwords) are not the site's.
    for record in (r for r in records if not r.name.startswith("factory")):
        parts.append(record.getMessage())
        parts.append(repr(record.args))
        if record.exc_info:
            parts.append(logging.Formatter().formatException(record.exc_info))
        parts.append(repr(getattr(record, "request", "")))
    return "\n".join(parts)


def test_the_main_flows_leave_no_secret_in_the_logs(
    client, caplog, django_capture_on_commit_callbacks
):
    secrets = [EMAIL, PASSWORD, REFLECTION]
    caplog.set_level(logging.DEBUG)
    # Even request logs let through at every level (settings keep them at errors),
    # for the 404s below: their paths are redacted.
    for name in ("django.request", "django.server"):
        caplog.set_level(logging.DEBUG, logger=name)

    # Sign up, confirm the address with the emailed code, sign in again.
    client.post(
        "/accounts/signup/",
        {
            "display_name": "Rosa",
            "email": EMAIL,
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    signup_code = CODE.search(mail.outbox[-1].body).group(1)
    secrets.append(signup_code)
    client.post("/accounts/confirm-email/", {"code": signup_code})
    client.post("/accounts/logout/")
    client.post("/accounts/login/", {"login": EMAIL, "password": "wrong-" + PASSWORD})
    client.post("/accounts/login/", {"login": EMAIL, "password": PASSWORD})
    client.post("/accounts/password/reset/", {"email": EMAIL})
    reset_code = CODE.search(mail.outbox[-1].body).group(1)
    secrets.append(reset_code)
    client.post("/accounts/password/reset/confirm/", {"code": "ZZZZ-ZZZZ"})
    client.post("/accounts/password/reset/confirm/", {"code": reset_code})

    # Take part: enroll, write a reflection, check in, fetch the calendar.
    rosa = User.objects.get(email=EMAIL)
    client.force_login(rosa)
    tree = make_curriculum(modules=1, lessons_per_module=2)
    cohort = CohortFactory(
        program=tree.program,
        starts_on=timezone.localdate() - datetime.timedelta(days=3),
        ends_on=timezone.localdate() + datetime.timedelta(days=30),
    )
    client.post(reverse("cohorts:enroll", kwargs={"slug": cohort.slug}))
    lesson = tree.lessons[1]
    prompt = next(iter(lesson_prompts(lesson)))
    client.post(
        reverse(
            "cohorts:reflection_write", kwargs={"page_id": lesson.pk, "prompt": prompt}
        ),
        {"text": REFLECTION, "visibility": "cohort"},
    )
    session = SessionFactory(cohort=cohort, starts_at=timezone.now())
    check_in = services.check_in_token(session)
    feed = services.calendar_feed_for(rosa).token
    secrets += [check_in, feed]
    client.post(f"/check-in/{check_in}/")
    client.get(reverse("cohorts:calendar_feed", kwargs={"token": feed}))
    client.get(reverse("cohorts:calendar_feed", kwargs={"token": feed + "x"}))  # 404

    # A partner invite, used and then made up; a certificate and its check.
    manager = UserFactory(roles=[PARTNER_MANAGERS])
    org = OrganizationFactory()
    Membership.objects.create(
        user=manager, organization=org, role=MembershipRole.MANAGER
    )
    invite = partner_invite_create(organization=org, by=manager).token
    secrets.append(invite)
    client.post(f"/invites/{invite}/", {"choice": "share"})
    client.get(f"/invites/{invite}nope/")
    peer = UserFactory()
    reflection_submit(
        user=rosa, lesson=lesson, prompt_id=prompt, text=REFLECTION, visibility="cohort"
    )
    certificate = certificate_issue(enrollment=rosa.enrollments.get())
    secrets.append(certificate.code)
    client.get(f"/certificates/verify/{certificate.display_code}/")
    client.force_login(peer)
    client.get(f"/certificates/verify/{certificate.code}X/")

    # Her data: a download (then someone else's try at it), and deleting the account
    # with an emailed code, run to the end (files, sessions, the last email).
    client.force_login(rosa)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("lms:data_export_request"))
    export = DataExport.objects.get(user=rosa)
    secrets.append(export.token)
    client.get(reverse("lms:data_download", args=[export.token]))
    client.force_login(peer)
    client.get(reverse("lms:data_download", args=[export.token]))  # 404
    client.force_login(rosa)
    client.post(reverse("lms:account_delete_code"))
    deletion_code = re.search(r"^(\d{6})$", mail.outbox[-1].body, re.M).group(1)
    secrets.append(deletion_code)
    client.post(reverse("lms:account_delete"), {"writing": "keep", "code": "000000"})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("lms:account_delete"), {"writing": "keep", "code": deletion_code}
        )
    assert not User.objects.filter(email=EMAIL).exists()

    assert caplog.records, "the flows logged nothing: the capture is not working"
    assert any(
        "Not Found: /invites/[redacted]/" in r.getMessage() for r in caplog.records
    )
    text = _records_text(caplog.records)
    found = [secret for secret in secrets if secret and secret in text]
    assert found == [], f"in the logs: {found}"


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("/invites/H4tc2en1cJC1RTzHiCnDPQ/", "/invites/[redacted]/"),
        ("/es/invites/H4tc2en1cJC1RTzHiCnDPQ/", "/es/invites/[redacted]/"),
        ("/calendar/YY02f7dNJ_6x0Vv7t5wlIOoE6wo.ics", "/calendar/[redacted].ics"),
        ("/ar/profile/data/kq3VwX9_aBcD/", "/ar/profile/data/[redacted]/"),
        ("/check-in/12:1tXyZ:abcDEF/", "/check-in/[redacted]/"),
        ("/scan/12:1tXyZ:abcDEF/", "/scan/[redacted]/"),
        ("/emails/stop/abc.def:ghi/", "/emails/stop/[redacted]/"),
        (
            "/certificates/verify/J57Z-KFPC-EG5Z-BHK4/",
            "/certificates/verify/[redacted]/",
        ),
        (
            "/vi/learning/certificates/J57ZKFPCEG5ZBHK4/pdf/",
            "/vi/learning/certificates/[redacted]/pdf/",
        ),
        (
            "/learning/certificates/J57ZKFPCEG5ZBHK4/badge.jwt",
            "/learning/certificates/[redacted]/badge.jwt",
        ),
        ("/partners/east-oakland/", "/partners/east-oakland/"),  # no secret: kept
        ("/no/such/page/", "/no/such/page/"),
    ],
)
def test_paths_with_a_token_or_code_are_redacted(path, shown):
    assert redact(f"Not Found: {path}") == f"Not Found: {shown}"
    assert redact(f'"GET {path}?x=1 HTTP/1.1" 404') == f'"GET {shown}?x=1 HTTP/1.1" 404'
