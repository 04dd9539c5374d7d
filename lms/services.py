"""Writes on accounts and partner memberships. Views and commands call these, not .save()."""

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef
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


def unverified_accounts_delete(*, now=None) -> int:
    """Accounts made by signing up whose email address was never confirmed, older than
    RETENTION_UNVERIFIED_ACCOUNT_DAYS: they could never sign in, and an address
    someone typed (perhaps another person's) is not kept. Accounts made by an admin
    (no address record), and anyone who ever signed in or holds a role, are kept."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.RETENTION_UNVERIFIED_ACCOUNT_DAYS)
    addresses = EmailAddress.objects.filter(user=OuterRef("pk"))
    never_verified = User.objects.filter(
        Exists(addresses),
        ~Exists(addresses.filter(verified=True)),
        date_joined__lt=cutoff,
        last_login__isnull=True,
        is_staff=False,
        is_superuser=False,
        groups__isnull=True,
    )
    _total, by_model = never_verified.delete()
    return by_model.get(User._meta.label, 0)
