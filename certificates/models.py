"""Certificates: one valid certificate per enrollment, each with a verification code
anyone can check without an account. What is printed is copied at issue (the name,
the program, the cohort and its dates), so later edits never change a certificate."""

import secrets

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import TranslatableMixin

from cohorts.models import Enrollment
from lms.models import private_storage

# Crockford's base32: no I, L, O or U, so a code read aloud or typed is not misread.
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 16  # 16 x 5 = 80 random bits
LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
LONGEST_TYPED_CODE = 64  # spaces and dashes included; anything longer is not a code
# What may stand between the groups: spaces and any dash (a code copied from a page or
# a PDF may carry a non-breaking hyphen or an en dash).
SEPARATORS = " \t-\u2010\u2011\u2012\u2013\u2014\u2212"


def new_verification_code() -> str:
    return "".join(secrets.choice(CROCKFORD) for _ in range(CODE_LENGTH))


def normalized_code(typed: str) -> str | None:
    """The stored form of a code as someone typed it: any case, with or without
    spaces and dashes, O for 0 and I or L for 1. None if it cannot be a code."""
    if not isinstance(typed, str) or len(typed) > LONGEST_TYPED_CODE:
        return None
    code = typed.upper().translate(LOOK_ALIKES)
    code = "".join(ch for ch in code if ch not in SEPARATORS)
    if len(code) != CODE_LENGTH or any(ch not in CROCKFORD for ch in code):
        return None
    return code


def grouped(code: str) -> str:
    """`7KQ49ZP2XM3DA1B8` as `7KQ4-9ZP2-XM3D-A1B8`, the way it is printed."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


class PaperSize(models.TextChoices):
    LETTER = "letter", _("US Letter, landscape")
    A4 = "a4", _("A4, landscape")


# What a template's body may say; anything else in braces is printed as typed.
PLACEHOLDERS = ("name", "program", "cohort", "dates", "issued")


class SignatoryBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    title = blocks.CharBlock(label=_("Title"), max_length=120, required=False)
    signature = ImageChooserBlock(
        label=_("Signature"),
        required=False,
        help_text=_("Printed as JPEG: a scan on white works best."),
    )

    class Meta:
        icon = "user"
        label = _("Signatory")


class CertificateTemplate(TranslatableMixin, models.Model):
    """How a program's certificates look (a snippet; each program chooses one, and
    one is the default). Translated like pages: a certificate prints the holder's
    language where the template has it."""

    name = models.CharField(
        _("name"), max_length=120, help_text=_("For the admin only.")
    )
    heading = models.CharField(
        _("heading"), max_length=120, default=_("Certificate of completion")
    )
    body = models.TextField(
        _("body text"),
        max_length=1000,
        default=_("has completed {program} in {cohort}, {dates}."),
        help_text=_(
            "Printed under the name. Placeholders: {name}, {program}, {cohort}, "
            "{dates}, {issued}."
        ),
    )
    signatories = StreamField(
        [("signatory", SignatoryBlock())],
        blank=True,
        max_num=3,
        verbose_name=_("signatories"),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accent_color = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#0b5d4b",
        validators=[
            RegexValidator(
                r"^#[0-9a-fA-F]{6}$", _("A colour like #0b5d4b (# and six digits).")
            )
        ],
    )
    paper_size = models.CharField(
        _("paper size"),
        max_length=10,
        choices=PaperSize.choices,
        default=PaperSize.LETTER,
    )
    is_default = models.BooleanField(
        _("default template"),
        default=False,
        help_text=_("Used by programs that choose none."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("heading"),
        FieldPanel("body"),
        FieldPanel("signatories"),
        FieldPanel("logo"),
        FieldPanel("accent_color"),
        FieldPanel("paper_size"),
        FieldPanel("is_default"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")

    def __str__(self):
        return self.name


def certificate_pdf_path(certificate, filename) -> str:
    # The code names the file: unguessable, and never the holder's name.
    return f"certificates/{certificate.code}.pdf"


class Certificate(models.Model):
    # None once the holder deleted their account: the certificate is then withdrawn
    # and keeps no name, so its code verifies as "withdrawn by the holder". A deleted
    # cohort takes its certificates with it.
    enrollment = models.ForeignKey(
        Enrollment,
        null=True,
        on_delete=models.CASCADE,
        related_name="certificates",
    )
    code = models.CharField(
        _("verification code"),
        max_length=CODE_LENGTH,
        unique=True,
        default=new_verification_code,
        editable=False,
    )
    name_printed = models.CharField(_("name as printed"), max_length=200)
    latin_name = models.CharField(
        _("name in Latin letters"), max_length=200, blank=True
    )
    program_title = models.CharField(_("program"), max_length=255)
    cohort_title = models.CharField(_("cohort"), max_length=200)
    cohort_starts_on = models.DateField()
    cohort_ends_on = models.DateField()
    issued_at = models.DateTimeField(_("issued at"))
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revocation_reason = models.CharField(
        _("reason for revoking"), max_length=500, blank=True
    )
    # The holder's language when it was issued: the PDF and its email speak it.
    language = models.CharField(max_length=10, default="en")
    # Withdrawn by the holder, with their account: also revoked, with no name kept.
    withdrawn_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Hidden by the holder: verifies as not found until shown again.
    hidden_at = models.DateTimeField(null=True, blank=True)
    pdf = models.FileField(
        upload_to=certificate_pdf_path,
        storage=private_storage,
        blank=True,
        editable=False,
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment"],
                condition=Q(revoked_at__isnull=True),
                name="one_valid_certificate_per_enrollment",
            ),
        ]

    def __str__(self):
        return grouped(self.code)

    @property
    def display_code(self) -> str:
        return grouped(self.code)

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None
