"""Issuing, revoking and re-issuing certificates: every write goes through here.

At most one valid certificate per enrollment is a database constraint, so ten
requests issuing at once all get the same certificate, without check-then-insert."""

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from cohorts.models import Enrollment
from cohorts.permissions import cohorts_managed_by
from cohorts.services import enrollment_complete

from .models import Certificate


def certificate_issue(*, enrollment: Enrollment, by=None) -> Certificate:
    """The enrollment's valid certificate, issued now if it has none, with what it
    prints copied from today's records; the enrollment is marked completed."""
    existing = valid_certificate(enrollment)
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                **_snapshot(enrollment), issued_at=timezone.now(), issued_by=by
            )
    except IntegrityError:  # issued at the same moment by another request
        return Certificate.objects.get(enrollment=enrollment, revoked_at__isnull=True)
    enrollment_complete(enrollment=enrollment)
    return certificate


def certificate_issue_by(*, user, enrollment: Enrollment) -> Certificate:
    """A facilitator of the cohort (or a site admin) issues by hand."""
    _refuse_unless_managing(user, enrollment)
    return certificate_issue(enrollment=enrollment, by=user)


def certificate_revoke(*, user, certificate: Certificate, reason: str) -> Certificate:
    """A revoked certificate still verifies, as revoked, with its date."""
    _refuse_unless_managing(user, certificate.enrollment)
    if certificate.revoked_at is None:
        certificate.revoked_at = timezone.now()
        certificate.revocation_reason = reason[:500]
        certificate.save(update_fields=["revoked_at", "revocation_reason"])
    return certificate


def certificate_reissue(*, user, certificate: Certificate, reason: str) -> Certificate:
    """Revoke and issue anew (a new code), e.g. after the holder changed their name:
    the old code shows revoked, the new one valid."""
    with transaction.atomic():
        certificate_revoke(user=user, certificate=certificate, reason=reason)
        return certificate_issue(enrollment=certificate.enrollment, by=user)


def valid_certificate(enrollment: Enrollment) -> Certificate | None:
    return Certificate.objects.filter(
        enrollment=enrollment, revoked_at__isnull=True
    ).first()


def _snapshot(enrollment: Enrollment) -> dict:
    """What the certificate prints, as it stands today: the holder's names, and the
    program's title in their language where it is translated."""
    user, cohort = enrollment.user, enrollment.cohort
    with translation.override(user.preferred_language):
        program = cohort.program.localized
    return {
        "enrollment": enrollment,
        "name_printed": user.display_name,
        "latin_name": user.latin_name,
        "program_title": program.title,
        "cohort_title": cohort.title,
        "cohort_starts_on": cohort.starts_on,
        "cohort_ends_on": cohort.ends_on,
    }


def _refuse_unless_managing(user, enrollment: Enrollment) -> None:
    if not cohorts_managed_by(user).filter(pk=enrollment.cohort_id).exists():
        raise PermissionDenied
