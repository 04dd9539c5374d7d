"""Account flows through allauth: signup with an emailed code, login, limits, logout."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import mail

from lms.models import User
from lms.tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def signup(client, email="new@example.org", name="陳小明", prefix=""):
    return client.post(
        f"{prefix}/accounts/signup/",
        {
            "display_name": name,
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )


def emailed_code(message) -> str:
    return re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", message.body, re.MULTILINE).group(
        1
    )


def login(client, email, password=PASSWORD):
    return client.post("/accounts/login/", {"login": email, "password": password})


def test_signup_sends_a_code_and_the_code_verifies_and_signs_in(client):
    response = signup(client)
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    user = User.objects.get(email="new@example.org")
    assert user.display_name == "陳小明"
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1

    response = client.post(
        "/accounts/confirm-email/", {"code": emailed_code(mail.outbox[0])}
    )
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    assert client.get("/profile/").status_code == 200


def test_a_wrong_code_does_not_verify(client):
    signup(client)
    response = client.post("/accounts/confirm-email/", {"code": "AAAA-AAAA"})
    assert response.status_code == 200
    assert not EmailAddress.objects.get(email="new@example.org").verified
    assert client.get("/profile/").status_code == 302


def test_signup_in_spanish_remembers_spanish(client):
    signup(client, prefix="/es")
    assert User.objects.get(email="new@example.org").preferred_language == "es"
    assert "Confirme" in mail.outbox[0].subject or "correo" in mail.outbox[0].body


def test_login_needs_a_verified_email(client):
    UserFactory(email="unverified@example.org", verified=False)
    response = login(client, "unverified@example.org")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert client.get("/profile/").status_code == 302


def test_login_changes_the_session_key(client, participant):
    client.get("/accounts/login/")
    client.session.save()
    before = client.session.session_key
    response = login(client, participant.email)
    assert response.status_code == 302
    assert client.session.session_key != before
    assert int(client.session["_auth_user_id"]) == participant.pk


def test_login_goes_on_in_the_preferred_language(client):
    user = UserFactory(preferred_language="es")
    response = login(client, user.email)
    assert response["Location"] == "/es/learning/"
    body = client.get(response["Location"]).content.decode()
    assert "Mi aprendizaje" in body
    assert "Ha iniciado sesi" in body  # allauth's "signed in" message, in Spanish


def test_login_translates_the_next_page_into_the_preferred_language(client):
    user = UserFactory(preferred_language="zh-hant")
    response = client.post(
        "/accounts/login/?next=/accounts/email/",
        {"login": user.email, "password": PASSWORD},
    )
    assert response["Location"] == "/zh-hant/accounts/email/"


def test_login_keeps_a_local_next_and_refuses_another_host(client, participant):
    response = client.post(
        "/accounts/login/?next=https://evil.example.com/",
        {"login": participant.email, "password": PASSWORD},
    )
    assert "evil.example.com" not in response["Location"]


def test_six_wrong_passwords_lock_the_seventh_attempt_even_if_correct(
    client, participant
):
    for _ in range(6):
        response = login(client, participant.email, "wrong-password")
        assert response.status_code == 200
    response = login(client, participant.email)
    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 429)


def test_five_wrong_passwords_still_let_the_right_one_in(client, participant):
    for _ in range(5):
        login(client, participant.email, "wrong-password")
    login(client, participant.email)
    assert int(client.session["_auth_user_id"]) == participant.pk


def test_logout_by_get_does_not_sign_out(client, participant):
    client.force_login(participant)
    response = client.get("/accounts/logout/")
    assert response.status_code == 200
    assert "_auth_user_id" in client.session


def test_logout_by_post_signs_out(client, participant):
    client.force_login(participant)
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


class TestNoEnumeration:
    """Signup, login and password reset answer alike for known and unknown emails."""

    def test_signup_with_a_taken_email_looks_like_a_new_signup(
        self, client, participant
    ):
        taken = signup(client, email=participant.email)
        fresh = signup(self._new_client(), email="brand-new@example.org")
        assert taken.status_code == fresh.status_code == 302
        assert taken["Location"] == fresh["Location"]
        assert User.objects.filter(email=participant.email).count() == 1
        # The owner of the address is told someone tried, instead of the visitor.
        assert any(participant.email in m.to for m in mail.outbox)

    def test_login_errors_are_the_same(self, client, participant):
        known = login(client, participant.email, "wrong-password").content.decode()
        unknown = login(client, "nobody@example.org", "wrong-password").content.decode()
        assert _errors(known) == _errors(unknown) != []

    def test_password_reset_answers_the_same(self, client, participant):
        known = client.post("/accounts/password/reset/", {"email": participant.email})
        unknown = client.post(
            "/accounts/password/reset/", {"email": "nobody@example.org"}
        )
        assert known.status_code == unknown.status_code == 302
        assert known["Location"] == unknown["Location"]

    @staticmethod
    def _new_client():
        from django.test import Client

        return Client()


def _errors(html: str) -> list[str]:
    return re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, re.DOTALL)


def test_password_reset_by_code(client, participant):
    client.post("/accounts/password/reset/", {"email": participant.email})
    code = emailed_code(mail.outbox[-1])
    response = client.post("/accounts/password/reset/confirm/", {"code": code})
    assert response.status_code == 302
    new_password = "another-long-password-77"
    response = client.post(
        response["Location"], {"password1": new_password, "password2": new_password}
    )
    assert response.status_code == 302
    participant.refresh_from_db()
    assert participant.check_password(new_password)


def test_rate_limits_are_counted_in_the_default_cache():
    # In production the default cache is Redis, shared by every worker (see checks.py).
    assert "login_failed" in settings.ACCOUNT_RATE_LIMITS
    assert getattr(settings, "ACCOUNT_RATE_LIMITS_CACHE", "default") == "default"


@pytest.fixture
def behind_one_proxy(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1


def login_from(client, address, email, password=PASSWORD):
    """A sign-in through the proxy, which adds the visitor's address."""
    return client.post(
        "/accounts/login/",
        {"login": email, "password": password},
        HTTP_X_FORWARDED_FOR=address,
        REMOTE_ADDR="10.0.0.1",  # the proxy, the same for everyone
    )


def test_one_visitors_failures_do_not_lock_out_another(behind_one_proxy, client):
    for number in range(12):  # over the 10 a minute allowed per address
        login_from(client, "203.0.113.7", f"nobody{number}@example.org", "wrong")
    someone = UserFactory()
    login_from(client, "198.51.100.20", someone.email)
    assert int(client.session["_auth_user_id"]) == someone.pk


def test_the_noisy_visitor_is_the_one_slowed_down(behind_one_proxy, client):
    for number in range(12):
        login_from(client, "203.0.113.7", f"nobody{number}@example.org", "wrong")
    someone = UserFactory()
    login_from(client, "203.0.113.7", someone.email)
    assert "_auth_user_id" not in client.session


def test_guessing_one_accounts_password_from_many_addresses_still_locks_it(
    behind_one_proxy, client, participant
):
    for number in range(6):
        login_from(client, f"203.0.113.{number}", participant.email, "wrong")
    login_from(client, "198.51.100.99", participant.email)
    assert "_auth_user_id" not in client.session
