"""Reads for the public verification pages."""

from .models import Certificate, normalized_code


def certificate_to_verify(typed_code: str) -> Certificate | None:
    """The certificate a typed code names (normalized), or None. One query."""
    code = normalized_code(typed_code)
    if code is None:
        return None
    return Certificate.objects.filter(code=code).first()
