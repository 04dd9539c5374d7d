"""Certificates: one valid certificate per enrollment, each with a verification code
anyone can check without an account. What is printed is copied at issue (the name,
the program, the cohort and its dates), so later edits never change a certificate."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cohorts.models import Enrollment

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


class Certificate(models.Model):
    enrollment = models.ForeignKey(
        Enrollment, on_delete=models.CASCADE, related_name="certificates"
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
