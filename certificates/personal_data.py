"""A person's certificates, for their data download, and what becomes of them when
the holder deletes their account (see lms.personal_data and lms.services)."""

from django.utils import timezone
from django.utils.translation import gettext as _

from lms.personal_data import Section, row

from .models import Certificate


def certificate_sections(user) -> list[Section]:
    section = Section(
        key="certificates",
        title=_("Certificates"),
        about=_(
            "Certificates issued to you. Anyone with a code can check it, and sees "
            "the name as printed, the program, the cohort and the date. Partner "
            "organizations you share your progress with see them too."
        ),
        labels={
            "code": _("Verification code"),
            "name_printed": _("Name as printed"),
            "latin_name": _("Name in Latin letters"),
            "program": _("Program"),
            "cohort": _("Cohort"),
            "issued": _("Issued"),
            "revoked": _("Revoked"),
            "hidden": _("Hidden from checks"),
        },
    )
    for certificate in Certificate.objects.filter(enrollment__user=user):
        section.rows.append(
            row(
                certificate,
                code=certificate.display_code,
                name_printed=certificate.name_printed,
                latin_name=certificate.latin_name,
                program=certificate.program_title,
                cohort=certificate.cohort_title,
                issued=certificate.issued_at,
                revoked=certificate.revoked_at,
                hidden=certificate.hidden_at is not None,
            )
        )
        if certificate.pdf:
            name = f"certificates/certificate-{certificate.display_code}.pdf"
            section.files.append((name, certificate.pdf))
    return [section]


def certificates_withdraw(*, user, keep_writing: bool) -> list:
    """The holder's certificates verify as "withdrawn by the holder" from now on,
    with no name; their PDFs are returned for deletion once the account is gone."""
    now = timezone.now()
    held = Certificate.objects.filter(enrollment__user=user)
    files = [c.pdf for c in held.exclude(pdf="")]
    held.filter(revoked_at__isnull=True).update(revoked_at=now)
    held.update(
        withdrawn_at=now,
        name_printed="",
        latin_name="",
        revocation_reason="",
        pdf="",
        enrollment=None,
    )
    return files
