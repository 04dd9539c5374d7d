"""Writes on accounts and partner memberships. Views and commands call these, not .save()."""

import logging
from datetime import timedelta
from importlib import import_module
from typing import NamedTuple

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from wagtail import hooks

from . import emails, personal_data
from .models import (
    DataExport,
    Membership,
    MembershipRole,
    Organization,
    PartnerInvite,
    SignIn,
    User,
)
from .ratelimits import allow

logger = logging.getLogger(__name__)


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


# Sign-ins ---------------------------------------------------------------------------


def sign_in_record(*, user: User, session_key: str) -> SignIn:
    return SignIn.objects.create(user=user, session_key=session_key or "")


def sign_out_record(*, session_key: str) -> None:
    if session_key:
        SignIn.objects.filter(session_key=session_key).update(session_key="")


def sign_ins_expire(*, now=None) -> int:
    """Sign-ins older than RETENTION_SIGN_IN_DAYS, but never one whose session is
    still open: deleting the account must still find and end it."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.RETENTION_SIGN_IN_DAYS)
    old = SignIn.objects.filter(signed_in_at__lt=cutoff)
    open_sessions = Session.objects.filter(
        session_key=OuterRef("session_key"), expire_date__gt=now
    )
    deleted, _by_model = old.exclude(Exists(open_sessions)).delete()
    return deleted


# A person's data: the download, and deleting the account ------------------------------


DATA_EXPORTS_PER_DAY = 3


def data_export_request(*, user: User) -> DataExport | None:
    """A ZIP of everything the site holds about `user`, made by a task that emails
    them a link to it. Staff answering a request by email call this too: the link
    goes to the person, never to whoever asked for it. None once the person was sent
    DATA_EXPORTS_PER_DAY today, whoever asked: nobody fills their inbox with links."""
    from .tasks import prepare_data_export  # tasks imports this module

    if not allow("data-export", user.pk, limit=DATA_EXPORTS_PER_DAY, seconds=86400):
        return None
    export = DataExport.objects.create(user=user)
    transaction.on_commit(lambda: prepare_data_export.enqueue(export_id=export.pk))
    return export


def data_export_prepare(*, export: DataExport, now=None) -> DataExport | None:
    """Write the ZIP and email the link; None if the account was deleted meanwhile
    (the file is then removed at once, and no email goes out)."""
    now = now or timezone.now()
    archive = personal_data.as_zip(export.user, now=now)
    storage = export.file.storage
    name = storage.save(
        export.file.field.generate_filename(export, ""), ContentFile(archive)
    )
    expires_at = now + timedelta(days=settings.DATA_EXPORT_DAYS)
    ready = DataExport.objects.filter(pk=export.pk).update(
        file=name, ready_at=now, expires_at=expires_at
    )
    if not ready:
        storage.delete(name)
        return None
    export.refresh_from_db()
    emails.data_export_ready_send(export)
    return export


def data_exports_expire(*, now=None) -> int:
    """Downloads past their date, and any whose task never finished within a day:
    the file and the row are deleted."""
    now = now or timezone.now()
    stuck = Q(ready_at__isnull=True, requested_at__lt=now - timedelta(days=1))
    expired = list(DataExport.objects.filter(Q(expires_at__lt=now) | stuck))
    for export in expired:
        export.file.delete(save=False)
    DataExport.objects.filter(pk__in=[e.pk for e in expired]).delete()
    return len(expired)


ACCOUNT_DELETE_HOOK = "account_delete"
ACCOUNT_DELETED = "lms.account.delete"
DATA_EXPORTED = "lms.account.export"


def account_delete(*, user: User, keep_writing: bool, by: User | None = None) -> None:
    """Delete the account and what it holds. Each app answers the `account_delete`
    hook first (cohorts free the seats and, if `keep_writing`, leave reflections and
    responses as "a former participant"; certificates are withdrawn) and returns the
    files to remove. Every session ends; the audit trail keeps only the account's
    number. A confirmation email goes to the old address, which is not kept."""
    address, language, number = user.email, user.preferred_language, user.pk
    with transaction.atomic():
        user = User.objects.select_for_update().filter(pk=user.pk).first()
        if user is None:  # a second tap, after the first deleted it
            return
        files = [*_own_files(user)]
        for forget in hooks.get_hooks(ACCOUNT_DELETE_HOOK):
            files += forget(user=user, keep_writing=keep_writing)
        sessions = list(
            user.sign_ins.exclude(session_key="").values_list("session_key", flat=True)
        )
        _audit_account_deleted(user, by=by, keep_writing=keep_writing)
        user.delete()
        transaction.on_commit(lambda: _after_deletion(files, sessions))
        transaction.on_commit(lambda: emails.account_deleted_send(address, language))
    logger.info("Account %s deleted", number)


def _own_files(user: User) -> list:
    from wagtail.users.models import UserProfile

    # By token, whatever a row says: a task may be writing one at this moment.
    files = [_export_file(export) for export in user.data_exports.select_for_update()]
    profile = UserProfile.objects.filter(user=user).exclude(avatar="").first()
    if profile is not None:
        files.append(profile.avatar)
    return files


class StoredFile(NamedTuple):
    """A file to remove: a FieldFile has the same two attributes."""

    storage: object
    name: str


def _export_file(export: DataExport) -> StoredFile:
    """The file an export has, or will have once its task has written it."""
    name = export.file.name or export.file.field.generate_filename(export, "")
    return StoredFile(export.file.storage, name)


def _audit_account_deleted(user: User, *, by: User | None, keep_writing: bool) -> None:
    """One entry, naming the account by number only; earlier entries about the
    account lose its name too. Entries the person made keep their number."""
    from wagtail.log_actions import log
    from wagtail.models import ModelLogEntry

    label = f"Account {user.pk}"  # stored as is: the same in every language
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(User), object_id=str(user.pk)
    ).update(label=label)
    log(
        instance=user,
        action=ACCOUNT_DELETED,
        user=by or user,
        title=label,
        data={
            "writing": "kept" if keep_writing else "deleted",
            "by_the_person": by is None or by.pk == user.pk,
        },
    )


def _after_deletion(files: list, sessions: list[str]) -> None:
    for stored in files:
        stored.storage.delete(stored.name)
    store = import_module(settings.SESSION_ENGINE).SessionStore
    for session_key in sessions:
        store(session_key).delete()
