"""Reads for the verification and holder pages."""

from urllib.parse import urlencode

from django.conf import settings

from .models import Certificate, normalized_code

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
