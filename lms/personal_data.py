"""Everything the site holds about one person, gathered for "My data" and its download.

Each app answers the `personal_data` hook with the sections it knows (cohorts: their
enrollments, reflections...), and says which foreign keys to the user those sections
account for. Any other row that names the person, through a foreign key that no
section claims, is still listed under "Other records": a model added later, here or
in a library, cannot be left out of the export by mistake."""

import datetime
import io
import json
import zipfile
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks

from .models import PartnerInvite

PERSONAL_DATA_HOOK = "personal_data"
FORMAT = "personal-data/1"


@dataclass
class Row:
    """One stored record: its model and id, and its values by stable key."""

    model: str
    id: int | str
    values: dict


@dataclass
class Section:
    """A group of records in plain words. `labels` name each value key for people;
    `covers` lists the foreign keys to the user ("app.model.field") it accounts for."""

    key: str
    title: str
    about: str
    labels: dict
    rows: list[Row] = field(default_factory=list)
    covers: tuple[str, ...] = ()
    # Files that belong in the download (name in the ZIP, an open-able FieldFile).
    files: list[tuple[str, object]] = field(default_factory=list)
    # Sections about staff work are left off the page of someone who has none.
    shown_when_empty: bool = True


@dataclass
class Shown:
    """A section as a page shows it: its first rows, and how many are left out."""

    section: Section
    rows: list[Row]
    more: int


def shown(sections: list[Section], *, first=None, expanded: str = "") -> list[Shown]:
    """Each section with rows (or meant to show even when empty), cut to its `first`
    rows unless it is the `expanded` one: a long history stays light on a phone."""
    result = []
    for section in sections:
        if not (section.rows or section.shown_when_empty):
            continue
        cut = None if first is None or section.key == expanded else first
        rows = section.rows[:cut]
        result.append(Shown(section, rows, len(section.rows) - len(rows)))
    return result


def row(instance: models.Model, **values) -> Row:
    return Row(model=instance._meta.label_lower, id=instance.pk, values=values)


def fields_naming_a_user() -> list[models.Field]:
    """Every foreign key (and one-to-one) to the user, on the model that declares it:
    many-to-many relations appear as their through models' keys."""
    user_model = get_user_model()
    found = []
    for model in apps.get_models(include_auto_created=True):
        for candidate in model._meta.get_fields():
            if (
                candidate.concrete
                and (candidate.many_to_one or candidate.one_to_one)
                and candidate.related_model is user_model
                and candidate.model is model
            ):
                found.append(candidate)
    return found


def field_key(key_field: models.Field) -> str:
    return f"{key_field.model._meta.label_lower}.{key_field.name}"


def sections_for(user) -> list[Section]:
    """Every app's sections, then the rows no section accounts for."""
    sections = [
        section
        for provider in hooks.get_hooks(PERSONAL_DATA_HOOK)
        for section in provider(user)
    ]
    covered = {key for section in sections for key in section.covers}
    sections.append(_other_records(user, covered))
    return sections


OTHER_LABELS = {
    "record": gettext_lazy("Record"),
    "as": gettext_lazy("Names you as"),
    "when": gettext_lazy("When"),
}


def _other_records(user, covered: set[str]) -> Section:
    """Rows that name the person through keys no app described: mostly work done as
    staff in the admin (pages edited, files uploaded). Only the kind of record and
    its date are shown: such rows often concern other people."""
    section = Section(
        key="other",
        title=_("Other records"),
        about=_(
            "Other records that name you, mostly work done as staff in the admin. "
            "Only their kind and date are shown here."
        ),
        labels=OTHER_LABELS,
        shown_when_empty=False,
    )
    for key_field in fields_naming_a_user():
        if field_key(key_field) in covered:
            continue
        model = key_field.model
        for instance in model._default_manager.filter(**{key_field.name: user}):
            section.rows.append(
                row(
                    instance,
                    record=str(model._meta.verbose_name),
                    **{"as": str(key_field.verbose_name)},
                    when=_first_moment(instance),
                )
            )
    return section


def _first_moment(instance) -> datetime.datetime | None:
    for candidate in instance._meta.concrete_fields:
        if isinstance(candidate, models.DateTimeField):
            value = getattr(instance, candidate.attname)
            if value is not None:
                return value
    return None


# The download ---------------------------------------------------------------------------


def as_json(sections: list[Section], now) -> str:
    document = {
        "format": FORMAT,
        "exported_at": now,
        "sections": [
            {
                "key": section.key,
                "title": section.title,
                "rows": [
                    {"model": r.model, "id": r.id, **r.values} for r in section.rows
                ],
            }
            for section in sections
        ],
    }
    return json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


def as_zip(user, now=None) -> bytes:
    """personal-data.json (for machines), personal-data.html (for people) and the
    person's own files, in their language."""
    now = now or timezone.now()
    with translation.override(user.preferred_language):
        sections = sections_for(user)
        html = render_to_string(
            "lms/personal_data/document.html",
            {"person": user, "sections": shown(sections), "exported_at": now},
        )
        data = as_json(sections, now)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("personal-data.json", data)
        archive.writestr("personal-data.html", html)
        for section in sections:
            for name, stored in section.files:
                with stored.open("rb") as source:
                    archive.writestr(name, source.read())
    return buffer.getvalue()


# What lms holds: the account, sign-ins, organizations ----------------------------------


def account_sections(user) -> list[Section]:
    return [
        _account(user),
        _sign_ins(user),
        _organizations(user),
    ]


def _account(user) -> Section:
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from wagtail.users.models import UserProfile

    section = Section(
        key="account",
        title=_("Your account"),
        about=_(
            "What you gave when you signed up and have changed since. Facilitators of "
            "your cohorts and site admins see your name and email address."
        ),
        labels={
            "email": _("Email address"),
            "name": _("Name"),
            "latin_name": _("Name in Latin letters"),
            "language": _("Language"),
            "joined": _("Joined"),
            "last_sign_in": _("Last sign-in"),
            "verified": _("Confirmed"),
            "primary": _("Used for sign-in and email"),
            "kind": _("Kind"),
            "created": _("Set up"),
            "last_used": _("Last used"),
            "role": _("Role"),
            "admin_language": _("Admin language"),
            "picture": _("Profile picture"),
            "download_requested": _("Download of your data asked for"),
        },
        covers=(
            "account.emailaddress.user",
            "mfa.authenticator.user",
            "lms.user_groups.user",
            "lms.user_user_permissions.user",
            "wagtailusers.userprofile.user",
            "lms.dataexport.user",
        ),
    )
    section.rows.append(
        row(
            user,
            email=user.email,
            name=user.display_name,
            latin_name=user.latin_name,
            language=user.get_preferred_language_display(),
            joined=user.date_joined,
            last_sign_in=user.last_login,
        )
    )
    for address in EmailAddress.objects.filter(user=user):
        section.rows.append(
            row(
                address,
                email=address.email,
                verified=address.verified,
                primary=address.primary,
            )
        )
    # The kind and dates only: an authenticator's secret never leaves the site.
    for authenticator in Authenticator.objects.filter(user=user):
        section.rows.append(
            row(
                authenticator,
                kind=authenticator.get_type_display(),
                created=authenticator.created_at,
                last_used=authenticator.last_used_at,
            )
        )
    for through in user.groups.through.objects.filter(user=user).select_related(
        "group"
    ):
        section.rows.append(row(through, role=through.group.name))
    for through in user.user_permissions.through.objects.filter(
        user=user
    ).select_related("permission"):
        section.rows.append(row(through, role=through.permission.name))
    for profile in UserProfile.objects.filter(user=user):
        section.rows.append(
            row(
                profile,
                admin_language=profile.preferred_language,
                picture=bool(profile.avatar),
            )
        )
        if profile.avatar:
            section.files.append((f"files/{profile.avatar.name}", profile.avatar))
    for export in user.data_exports.all():
        section.rows.append(row(export, download_requested=export.requested_at))
    return section


def _sign_ins(user) -> Section:
    section = Section(
        key="sign_ins",
        title=_("Sign-ins"),
        about=_(
            "When you signed in, for the last %(days)s days. No address or device "
            "is kept. Only you see this."
        )
        % {"days": settings.RETENTION_SIGN_IN_DAYS},
        labels={"when": _("When"), "open": _("Still signed in")},
        covers=("lms.signin.user",),
    )
    sign_ins = list(user.sign_ins.all())
    still_open = set(
        Session.objects.filter(
            session_key__in=[s.session_key for s in sign_ins if s.session_key],
            expire_date__gt=timezone.now(),
        ).values_list("session_key", flat=True)
    )
    for sign_in in sign_ins:
        section.rows.append(
            row(
                sign_in,
                when=sign_in.signed_in_at,
                open=sign_in.session_key in still_open,
            )
        )
    return section


def _organizations(user) -> Section:
    section = Section(
        key="organizations",
        title=_("Organizations and what you share with them"),
        about=_(
            "Partner organizations you belong to. Their managers see your training "
            "progress only where you chose to share it, and never your reflections."
        ),
        labels={
            "organization": _("Organization"),
            "role": _("Role"),
            "shares_progress": _("Shares your training progress"),
            "consent_changed": _("Choice made"),
            "joined": _("Joined"),
            "invite_made": _("Invite link you made"),
            "made": _("Made"),
            "expires": _("Expires"),
        },
        covers=("lms.membership.user", "lms.partnerinvite.created_by"),
    )
    for membership in user.memberships.select_related("organization"):
        section.rows.append(
            row(
                membership,
                organization=membership.organization.name,
                role=membership.get_role_display(),
                shares_progress=membership.shares_progress,
                consent_changed=membership.consent_changed_at,
                joined=membership.created_at,
            )
        )
    invites = PartnerInvite.objects.filter(created_by=user).select_related(
        "organization"
    )
    for invite in invites:
        section.rows.append(
            row(
                invite,
                invite_made=invite.organization.name,
                made=invite.created_at,
                expires=invite.expires_at,
            )
        )
    return section
