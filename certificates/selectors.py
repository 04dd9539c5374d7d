"""Reads for the verification, holder and partner pages."""

from collections import defaultdict
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse

from cohorts.selectors.partners import SharedCertificate

from .models import Certificate, grouped, normalized_code

LINKEDIN_ADD_TO_PROFILE = "https://www.linkedin.com/profile/add"


def certificate_to_verify(typed_code: str) -> Certificate | None:
    """The certificate a typed code names (normalized), or None. One query."""
    code = normalized_code(typed_code)
    if code is None:
        return None
    return Certificate.objects.filter(code=code, hidden_at__isnull=True).first()


def linkedin_add_url(certificate: Certificate, verify_url: str) -> str:
    """LinkedIn's add-to-profile address, filled in: the certification's name, the
    organization, the month and year issued, the verification page and the code."""
    issued = certificate.issued_at
    query = {
        "startTask": "CERTIFICATION_NAME",
        "name": certificate.program_title,
        "organizationName": settings.CERTIFICATE_ISSUER_NAME,
        "issueYear": issued.year,
        "issueMonth": issued.month,
        "certUrl": verify_url,
        "certId": certificate.display_code,
    }
    return f"{LINKEDIN_ADD_TO_PROFILE}?{urlencode(query)}"


def certificates_shown_to_partners(enrollments) -> dict[int, list[SharedCertificate]]:
    """enrollment id -> its valid certificates that verify publicly: a revoked one
    is no credential, and one its holder hid is not shown to anyone."""
    # One address worked out, then filled in: thousands of rows at a large partner.
    placeholder = "CODE"
    verify = reverse("certificates:verify", kwargs={"code": placeholder})
    found = defaultdict(list)
    for enrollment_id, code, issued_at in (
        Certificate.objects.filter(
            enrollment__in=enrollments.values("pk"),
            revoked_at__isnull=True,
            hidden_at__isnull=True,
        )
        .order_by("issued_at")
        .values_list("enrollment_id", "code", "issued_at")
    ):
        shown = grouped(code)
        found[enrollment_id].append(
            SharedCertificate(
                code=shown,
                verify_path=verify.replace(placeholder, shown),
                issued_at=issued_at,
            )
        )
    return dict(found)
