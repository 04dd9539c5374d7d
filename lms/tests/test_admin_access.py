"""Who reaches the Wagtail admin: facilitators and admins with two-factor login, nobody else."""

import pytest

from conftest import current_totp_code, enable_totp
from lms.models import Organization
from lms.permissions import FACILITATORS
from lms.tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_are_sent_to_the_allauth_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/admin/")


def test_the_wagtail_login_form_is_never_served(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/pages/"
    response = client.post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code == 302


@pytest.mark.parametrize("role", ["participant", "partner_manager"])
def test_participants_and_partners_get_404_in_the_admin(client, request, role):
    client.force_login(request.getfixturevalue(role))
    for url in [
        "/admin/",
        "/admin/pages/",
        "/admin/users/",
        "/admin/partners/organizations/",
    ]:
        assert client.get(url).status_code == 404, url


def test_facilitator_without_mfa_is_sent_to_set_it_up(client, facilitator):
    client.force_login(facilitator)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/totp/activate/"


def test_mfa_setup_continues_in_the_preferred_language(client, facilitator):
    facilitator.preferred_language = "es"
    facilitator.save()
    client.force_login(facilitator)
    response = client.get("/admin/")
    assert response["Location"] == "/es/accounts/2fa/totp/activate/"


def test_facilitator_with_mfa_signs_in_with_a_code_and_reaches_the_admin(
    client, facilitator
):
    secret = enable_totp(facilitator)
    response = client.post(
        "/accounts/login/?next=/admin/",
        {"login": facilitator.email, "password": PASSWORD},
    )
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session
    response = client.post(
        "/accounts/2fa/authenticate/", {"code": current_totp_code(secret)}
    )
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_totp_code_cannot_be_used_twice(client, facilitator):
    secret = enable_totp(facilitator)
    code = current_totp_code(secret)
    client.post("/accounts/login/", {"login": facilitator.email, "password": PASSWORD})
    client.post("/accounts/2fa/authenticate/", {"code": code})
    client.post("/accounts/logout/")
    client.post("/accounts/login/", {"login": facilitator.email, "password": PASSWORD})
    response = client.post("/accounts/2fa/authenticate/", {"code": code})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_site_admin_needs_mfa_too(client, site_admin):
    client.force_login(site_admin)
    assert client.get("/admin/")["Location"] == "/accounts/2fa/totp/activate/"
    enable_totp(site_admin)
    assert client.get("/admin/").status_code == 200


def test_admin_pages_load_nothing_from_other_hosts(client, site_admin):
    enable_totp(site_admin)
    client.force_login(site_admin)
    body = client.get("/admin/").content.decode()
    assert "gravatar" not in body.lower()


def test_admin_date_pickers_need_no_inline_script(client, site_admin):
    from lms.tests.pages import make_home_page

    home = make_home_page()
    enable_totp(site_admin)
    client.force_login(site_admin)
    body = client.get(f"/admin/pages/{home.pk}/edit/").content.decode()
    assert 'data-admin-chooser="datetime"' in body
    assert "<script>initDateTimeChooser" not in body
    assert "js/admin-choosers.js" in body


def test_facilitator_whose_role_is_removed_is_refused_on_the_next_request(
    client, facilitator
):
    enable_totp(facilitator)
    client.force_login(facilitator)
    assert client.get("/admin/").status_code == 200
    facilitator.groups.remove(facilitator.groups.get(name=FACILITATORS))
    assert client.get("/admin/").status_code == 404


def test_only_site_admins_manage_organizations(client, facilitator, site_admin):
    enable_totp(facilitator)
    client.force_login(facilitator)
    response = client.post(
        "/admin/partners/organizations/new/",
        {"name": "Sneaky Org", "slug": "sneaky", "region": "northern"},
    )
    assert response.status_code in (302, 403)
    assert not Organization.objects.filter(slug="sneaky").exists()

    enable_totp(site_admin)
    client.force_login(site_admin)
    response = client.post(
        "/admin/partners/organizations/new/",
        {
            "name": "Santa Ana Youth Voice",
            "slug": "santa-ana-youth-voice",
            "region": "southern",
        },
    )
    assert response.status_code == 302
    assert Organization.objects.filter(slug="santa-ana-youth-voice").exists()
    listing = client.get("/admin/partners/organizations/").content.decode()
    assert "Santa Ana Youth Voice" in listing


def test_admin_user_form_uses_display_name(client, site_admin):
    enable_totp(site_admin)
    client.force_login(site_admin)
    response = client.get(f"/admin/users/edit/{site_admin.pk}/")
    assert response.status_code == 200
    assert 'name="display_name"' in response.content.decode()
    assert 'name="first_name"' not in response.content.decode()


@pytest.mark.parametrize("later", [0, 31, 58])
def test_a_used_code_stays_refused_as_long_as_it_could_be_accepted(
    client, facilitator, monkeypatch, later
):
    """One step of clock drift either way is accepted (MFA_TOTP_TOLERANCE = 1): a code
    made early in its 30-second step is accepted for about a minute more. The clock
    moves for everything, the expiry of allauth's memory of used codes included."""
    import time

    from allauth.mfa.totp.internal.auth import hotp_value

    secret = enable_totp(facilitator)
    step = int(time.time()) // 30
    monkeypatch.setattr(time, "time", lambda: step * 30 + 1)
    code = f"{hotp_value(secret, step):06d}"  # what the phone shows in this step
    client.post("/accounts/login/", {"login": facilitator.email, "password": PASSWORD})
    response = client.post("/accounts/2fa/authenticate/", {"code": code})
    assert response["Location"] == "/admin/"
    client.post("/accounts/logout/")

    monkeypatch.setattr(time, "time", lambda: step * 30 + 1 + later)
    client.post("/accounts/login/", {"login": facilitator.email, "password": PASSWORD})
    response = client.post("/accounts/2fa/authenticate/", {"code": code})
    assert response.status_code == 200  # the form again, with an error
    assert "_auth_user_id" not in client.session


def test_the_next_code_still_signs_in(client, facilitator, monkeypatch):
    import time

    from allauth.mfa.totp.internal.auth import hotp_value

    secret = enable_totp(facilitator)
    step = int(time.time()) // 30
    monkeypatch.setattr(time, "time", lambda: step * 30 + 1)
    client.post("/accounts/login/", {"login": facilitator.email, "password": PASSWORD})
    client.post(
        "/accounts/2fa/authenticate/", {"code": f"{hotp_value(secret, step):06d}"}
    )
    client.post("/accounts/logout/")
    monkeypatch.setattr(time, "time", lambda: step * 30 + 31)
    client.post("/accounts/login/", {"login": facilitator.email, "password": PASSWORD})
    response = client.post(
        "/accounts/2fa/authenticate/", {"code": f"{hotp_value(secret, step + 1):06d}"}
    )
    assert response["Location"] == "/admin/"
