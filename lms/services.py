"""Writes on accounts and partner memberships. Views and commands call these, not .save()."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import Membership, MembershipRole, Organization, PartnerInvite, User


def user_update_profile(
    *, user: User, display_name: str, latin_name: str, preferred_language: str
) -> User:
    user.display_name = display_name
    user.latin_name = latin_name
    user_set_preferred_language(user=user, language=preferred_language, save=False)
    user.save(update_fields=["display_name", "latin_name", "preferred_language"])
    return user


def user_set_preferred_language(
    *, user: User, language: str, save: bool = True
) -> None:
    if language not in dict(settings.LANGUAGES):
        raise ValueError(f"Unsupported language: {language!r}")
    user.preferred_language = language
    if save:
        user.save(update_fields=["preferred_language"])


def membership_join(*, user: User, organization: Organization) -> Membership:
    """Join as staff, not sharing progress until the person says so."""
    membership, _created = Membership.objects.get_or_create(
        user=user,
        organization=organization,
        defaults={"role": MembershipRole.STAFF},
    )
    return membership


def membership_leave(*, user: User, organization: Organization) -> None:
    Membership.objects.filter(user=user, organization=organization).delete()


@transaction.atomic
def membership_set_consent(
    *, user: User, organization: Organization, shares_progress: bool
) -> Membership:
    """Record the choice and when it was made; an unchanged choice keeps its old time."""
    membership = Membership.objects.select_for_update().get(
        user=user, organization=organization
    )
    if membership.shares_progress != shares_progress:
        membership.shares_progress = shares_progress
        membership.consent_changed_at = timezone.now()
        membership.save(update_fields=["shares_progress", "consent_changed_at"])
    return membership


def partner_invite_create(*, organization: Organization, by: User) -> PartnerInvite:
    return PartnerInvite.objects.create(organization=organization, created_by=by)


def partner_invite_revoke(*, invite: PartnerInvite) -> None:
    """The link stops working at once; a second revoke changes nothing."""
    PartnerInvite.objects.filter(pk=invite.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )


@transaction.atomic
def partner_invite_accept(
    *, invite: PartnerInvite, user: User, shares_progress: bool
) -> Membership:
    """Join (or stay) with the choice made on the invite page. A manager stays one."""
    membership_join(user=user, organization=invite.organization)
    return membership_set_consent(
        user=user, organization=invite.organization, shares_progress=shares_progress
    )
