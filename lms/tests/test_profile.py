"""The profile page: name, language, partner organizations and consent to share progress."""

import pytest

from lms.models import Membership, MembershipRole, User
from lms.tests.factories import MembershipFactory, OrganizationFactory

pytestmark = pytest.mark.django_db

XSS = '<script>alert(1)</script><img src=x onerror=alert(1)>"><svg onload=alert(1)>'


def test_profile_needs_login(client):
    response = client.get("/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_update_profile_in_any_script(client, participant):
    client.force_login(participant)
    response = client.post(
        "/profile/",
        {"display_name": "محمد", "latin_name": "Mohamed", "preferred_language": "ar"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/ar/profile/"
    participant.refresh_from_db()
    assert (participant.display_name, participant.latin_name) == ("محمد", "Mohamed")
    assert participant.preferred_language == "ar"


def test_profile_ignores_extra_fields(client, participant):
    client.force_login(participant)
    client.post(
        "/profile/",
        {
            "display_name": "Ana",
            "preferred_language": "en",
            "is_staff": "on",
            "is_superuser": "on",
            "email": "attacker@example.org",
        },
    )
    participant.refresh_from_db()
    assert not participant.is_staff and not participant.is_superuser
    assert participant.email != "attacker@example.org"


def test_profile_rejects_an_unknown_language_with_a_message(client, participant):
    client.force_login(participant)
    response = client.post(
        "/profile/", {"display_name": "Ana", "preferred_language": "xx"}
    )
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    assert User.objects.get(pk=participant.pk).preferred_language == "en"


def test_names_render_as_text(client, participant):
    participant.display_name = XSS
    participant.save()
    client.force_login(participant)
    body = client.get("/profile/").content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "onerror=alert(1)>" not in body
    assert "&lt;script&gt;" in body


def test_join_an_organization_as_staff_without_sharing(client, participant):
    organization = OrganizationFactory()
    client.force_login(participant)
    response = client.post(
        "/profile/organizations/join/",
        {"organization": organization.pk, "role": "manager", "shares_progress": "on"},
    )
    assert response.status_code == 302
    membership = Membership.objects.get(user=participant, organization=organization)
    assert membership.role == MembershipRole.STAFF
    assert membership.shares_progress is False


def test_joining_an_unknown_organization_says_so(client, participant):
    client.force_login(participant)
    response = client.post(
        "/profile/organizations/join/", {"organization": 999999}, follow=True
    )
    assert "Choose an organization from the list." in response.content.decode()
    assert not Membership.objects.exists()


def test_grant_and_withdraw_consent_records_the_time(client, participant):
    membership = MembershipFactory(user=participant)
    url = f"/profile/organizations/{membership.organization.slug}/consent/"
    client.force_login(participant)

    client.post(url, {"shares_progress": "on"})
    membership.refresh_from_db()
    assert membership.shares_progress is True
    granted_at = membership.consent_changed_at
    assert granted_at is not None

    client.post(url, {})
    membership.refresh_from_db()
    assert membership.shares_progress is False
    assert membership.consent_changed_at >= granted_at


def test_leave_an_organization(client, participant):
    membership = MembershipFactory(user=participant)
    client.force_login(participant)
    client.post(f"/profile/organizations/{membership.organization.slug}/leave/")
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_someone_elses_membership_is_404_and_unchanged(client, participant):
    other = MembershipFactory()
    client.force_login(participant)
    slug = other.organization.slug
    assert (
        client.post(
            f"/profile/organizations/{slug}/consent/", {"shares_progress": "on"}
        ).status_code
        == 404
    )
    assert client.post(f"/profile/organizations/{slug}/leave/").status_code == 404
    other.refresh_from_db()
    assert other.shares_progress is False
    assert Membership.objects.filter(pk=other.pk).exists()


def test_membership_changes_are_post_only(client, participant):
    membership = MembershipFactory(user=participant)
    client.force_login(participant)
    slug = membership.organization.slug
    assert client.get(f"/profile/organizations/{slug}/leave/").status_code == 405
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_profile_lists_only_my_organizations(client, participant):
    mine = MembershipFactory(user=participant, organization__name="Mine Org")
    MembershipFactory(organization__name="Theirs Org")
    client.force_login(participant)
    body = client.get("/profile/").content.decode()
    assert mine.organization.name in body
    assert "Leave Theirs Org" not in body


def test_a_partner_manager_manages_only_their_own_organization(
    partner_manager, participant
):
    from lms.models import MembershipRole
    from lms.permissions import can_manage_organization

    own = MembershipFactory(
        user=partner_manager, role=MembershipRole.MANAGER
    ).organization
    other = OrganizationFactory()
    assert can_manage_organization(partner_manager, own)
    assert not can_manage_organization(partner_manager, other)
    # A manager membership without the role group is not enough, nor the group alone.
    member = MembershipFactory(
        user=participant, role=MembershipRole.MANAGER
    ).organization
    assert not can_manage_organization(participant, member)
