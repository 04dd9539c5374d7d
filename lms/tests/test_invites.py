"""Invite links: a manager makes and revokes them; the person who opens one reads what
would be shared, with whom, and joins sharing or not."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms.models import Membership, MembershipRole, PartnerInvite
from lms.permissions import PARTNER_MANAGERS
from lms.services import partner_invite_create
from lms.tests.factories import OrganizationFactory, UserFactory


@pytest.fixture
def org(db):
    return OrganizationFactory(name="East Oakland Tenants", slug="east-oakland")


@pytest.fixture
def manager(org):
    user = UserFactory(display_name="Lan Nguyen", roles=[PARTNER_MANAGERS])
    Membership.objects.create(user=user, organization=org, role=MembershipRole.MANAGER)
    return user


@pytest.fixture
def invite(org, manager):
    return partner_invite_create(organization=org, by=manager)


def invite_path(invite) -> str:
    return reverse("lms:invite_accept", kwargs={"token": invite.token})


def invites_path(org) -> str:
    return reverse("lms:partner_invites", kwargs={"slug": org.slug})


def test_a_manager_makes_a_link_to_send(client, manager, org):
    client.force_login(manager)
    response = client.post(invites_path(org))
    invite = PartnerInvite.objects.get(organization=org)
    assert response.status_code == 302
    assert invite.created_by == manager and invite.is_usable()
    assert len(invite.token) >= 22  # 128 random bits
    page = client.get(invites_path(org)).content.decode()
    # The full link, without a language in it: it opens in the reader's language.
    assert f'value="http://testserver/invites/{invite.token}/"' in page
    assert ModelLogEntry.objects.filter(action="lms.partners.invite_create").exists()


def test_the_invite_says_what_is_shared_and_with_whom(client, invite, participant):
    client.force_login(participant)
    page = client.get(invite_path(invite)).content.decode()
    assert "East Oakland Tenants" in page and "Lan Nguyen" in page
    assert "They never see:" in page and "your reflections" in page
    assert "Join and share my training" in page and "Join without sharing" in page


@pytest.mark.parametrize(("choice", "shares"), [("share", True), ("private", False)])
def test_joining_with_or_without_sharing(client, invite, participant, choice, shares):
    client.force_login(participant)
    response = client.post(invite_path(invite), {"choice": choice})
    assert response.status_code == 302
    membership = Membership.objects.get(
        user=participant, organization=invite.organization
    )
    assert membership.shares_progress is shares
    assert membership.role == MembershipRole.STAFF


def test_a_choice_that_is_neither_button_joins_nothing(client, invite, participant):
    client.force_login(participant)
    response = client.post(invite_path(invite), {"choice": "everything"})
    assert response.status_code == 200
    assert "Choose one of the two buttons." in response.content.decode()
    assert not Membership.objects.filter(user=participant).exists()


def test_a_manager_who_opens_a_link_stays_a_manager(client, invite, manager):
    client.force_login(manager)
    client.post(invite_path(invite), {"choice": "share"})
    membership = Membership.objects.get(user=manager, organization=invite.organization)
    assert membership.role == MembershipRole.MANAGER and membership.shares_progress


def _unusable_page(client, path):
    response = client.get(path)
    assert response.status_code == 404
    return response.content.decode()


def test_expired_revoked_and_made_up_links_look_the_same(
    client, invite, org, manager, participant
):
    expired = partner_invite_create(organization=org, by=manager)
    expired.expires_at = timezone.now() - datetime.timedelta(minutes=1)
    expired.save()
    revoked = partner_invite_create(organization=org, by=manager)
    client.force_login(manager)
    client.post(
        reverse(
            "lms:partner_invite_revoke",
            kwargs={"slug": org.slug, "invite_id": revoked.pk},
        )
    )
    client.force_login(participant)
    pages = [
        _unusable_page(client, invite_path(expired)),
        _unusable_page(client, invite_path(revoked)),
        _unusable_page(client, "/invites/made-up-token/"),
        _unusable_page(client, "/invites/" + "A" * 10_000 + "/"),
    ]
    assert all("This invite link does not work" in page for page in pages)
    assert "East Oakland" not in "".join(pages)
    assert client.post(invite_path(revoked), {"choice": "share"}).status_code == 404
    assert not Membership.objects.filter(user=participant).exists()
    assert client.get(invite_path(invite)).status_code == 200  # the others still work


def test_another_organizations_manager_cannot_see_or_revoke_links(client, invite):
    other = UserFactory(roles=[PARTNER_MANAGERS])
    other_org = OrganizationFactory()
    Membership.objects.create(
        user=other, organization=other_org, role=MembershipRole.MANAGER
    )
    client.force_login(other)
    assert client.get(invites_path(invite.organization)).status_code == 404
    assert client.post(invites_path(invite.organization)).status_code == 404
    # Their own address with my organization's invite id:
    response = client.post(
        reverse(
            "lms:partner_invite_revoke",
            kwargs={"slug": other_org.slug, "invite_id": invite.pk},
        )
    )
    assert response.status_code == 404
    invite.refresh_from_db()
    assert invite.is_usable()
    assert PartnerInvite.objects.filter(organization=invite.organization).count() == 1


def test_opening_a_link_signed_out_asks_to_sign_in_first(client, invite):
    response = client.get(invite_path(invite))
    assert response.status_code == 302
    assert re.search(r"/accounts/login/\?next=/invites/", response["Location"])


def test_the_link_opens_in_the_readers_own_language(client, invite):
    reader = UserFactory(preferred_language="es")
    client.force_login(reader)
    response = client.get(invite_path(invite))
    assert response.status_code == 302
    assert response["Location"] == f"/es/invites/{invite.token}/"
    page = client.get(response["Location"]).content.decode()
    assert "Nunca ven:" in page
