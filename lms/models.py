"""Accounts, partner organizations and the site's home page."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import (
    AbstractBaseUser,
    BaseUserManager,
    PermissionsMixin,
)
from django.core.files.storage import storages
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .admin_forms import PageForm
from .blocks import QuoteBlock
from .pages import LocaleFallbackMixin, ReaderContextMixin


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(index.Indexed, AbstractBaseUser, PermissionsMixin):
    """A person with an account. Email is the login; the name is shown as they write it.

    By design there is nothing here about immigration status, birth country or
    government ID numbers (see lms/tests/test_schema.py).
    """

    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(
        _("name"),
        max_length=150,
        help_text=_("Your name as you want others to see it, in any script."),
    )
    latin_name = models.CharField(
        _("name in Latin letters"),
        max_length=150,
        blank=True,
        help_text=_("Optional. Printed on certificates next to your name."),
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    is_staff = models.BooleanField(_("staff status"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["display_name"]

    search_fields = [
        index.SearchField("display_name"),
        index.SearchField("email"),
        index.AutocompleteField("display_name"),
        index.AutocompleteField("email"),
    ]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="lms_user_email_ci_unique"),
        ]

    def __str__(self):
        return self.display_name or self.email

    def get_full_name(self):
        return self.display_name

    def get_short_name(self):
        return self.display_name


class Region(models.TextChoices):
    NORTHERN = "northern", _("Northern California")
    CENTRAL = "central", _("Central California")
    SOUTHERN = "southern", _("Southern California")
    STATEWIDE = "statewide", _("Statewide")


class Organization(models.Model):
    """A partner community organization in the alliance."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, allow_unicode=True)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner organization")
        verbose_name_plural = _("partner organizations")

    def __str__(self):
        return self.name


class MembershipRole(models.TextChoices):
    STAFF = "staff", _("Staff or member")
    MANAGER = "manager", _("Manager")


class Membership(models.Model):
    """A person's tie to a partner organization, and their consent to share progress."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(
        _("role"),
        max_length=10,
        choices=MembershipRole.choices,
        default=MembershipRole.STAFF,
    )
    shares_progress = models.BooleanField(_("shares training progress"), default=False)
    consent_changed_at = models.DateTimeField(
        _("consent given or withdrawn at"), null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["organization__name"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organization"], name="lms_membership_unique_per_org"
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.organization}"


def new_invite_token() -> str:
    # 128 random bits: a link that cannot be guessed, short enough to send by text.
    return secrets.token_urlsafe(16)


INVITE_DAYS = 30


def invite_expiry():
    return timezone.now() + timedelta(days=INVITE_DAYS)


class PartnerInvite(models.Model):
    """A link a partner manager shares so their staff can join the organization.
    Joining shares nothing by itself: the person chooses, on the page the link opens."""

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="invites"
    )
    token = models.CharField(
        max_length=32, unique=True, default=new_invite_token, editable=False
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"), default=invite_expiry)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invite link")
        verbose_name_plural = _("invite links")

    def __str__(self):
        return f"{self.organization} – {self.created_at:%Y-%m-%d}"

    def is_usable(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()


class SignIn(models.Model):
    """When a person signed in, and the session it opened, so deleting an account ends
    every session at once. No address or device is kept; rows older than
    RETENTION_SIGN_IN_DAYS are deleted."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sign_ins"
    )
    signed_in_at = models.DateTimeField(_("signed in at"), default=timezone.now)
    # Emptied when the person signs out.
    session_key = models.CharField(max_length=40, blank=True, editable=False)

    class Meta:
        ordering = ["-signed_in_at"]
        verbose_name = _("sign-in")
        verbose_name_plural = _("sign-ins")

    def __str__(self):
        return f"{self.user_id} – {self.signed_in_at:%Y-%m-%d %H:%M}"


def new_export_token() -> str:
    return secrets.token_urlsafe(24)


def private_storage():
    return storages["private"]


def data_export_path(export, filename) -> str:
    # The token names the file: unguessable, and never the person's name.
    return f"personal-data/{export.token}.zip"


class DataExport(models.Model):
    """A ZIP of everything the site holds about a person, made by a task and sent to
    them as a link. The file is deleted once the link expires."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="data_exports"
    )
    token = models.CharField(
        max_length=40, unique=True, default=new_export_token, editable=False
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    ready_at = models.DateTimeField(_("ready at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    file = models.FileField(
        upload_to=data_export_path, storage=private_storage, blank=True, editable=False
    )

    class Meta:
        ordering = ["-requested_at"]
        verbose_name = _("data export")
        verbose_name_plural = _("data exports")

    def __str__(self):
        return f"{self.user_id} – {self.requested_at:%Y-%m-%d}"

    def is_downloadable(self, now=None) -> bool:
        now = now or timezone.now()
        return bool(self.file) and self.expires_at is not None and self.expires_at > now


class HomePage(ReaderContextMixin, LocaleFallbackMixin, Page):
    """The site's front page: who we are, each program and how to join it, and what
    participants say. The programs and a signed-in person's "continue" come from the
    apps that know them (`page_reader_context` hook)."""

    intro = models.TextField(_("introduction"), blank=True)
    testimonials = StreamField(
        [("quote", QuoteBlock())],
        blank=True,
        verbose_name=_("what participants say"),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("testimonials"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    base_form_class = PageForm
    # One per locale under the tree root. Sections (programs, ...) declare that
    # they live under the home page, so this app need not know them.
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
