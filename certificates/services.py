"""Issuing, revoking and re-issuing certificates: every write goes through here.

At most one valid certificate per enrollment is a database constraint, so ten
requests issuing at once all get the same certificate, without check-then-insert."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from cohorts.models import Enrollment, EnrollmentStatus
from cohorts.permissions import cohorts_managed_by
from cohorts.selectors.completion import completion_of
from cohorts.services import enrollment_complete

from .models import Certificate
from .tasks import queue_certificate_pdf


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
    queue_certificate_pdf(certificate)
    return certificate


def certificates_issue_earned(*, enrollments) -> list[Certificate]:
    """Issue to every enrollment that now meets its program's rule and never had a
    certificate: called when progress is recorded, so the last lesson, reflection
    or attendance mark brings the certificate. A revoked one is not issued again by
    this: re-issuing is a facilitator's decision."""
    candidates = [
        e
        for e in Enrollment.objects.filter(
            pk__in=[e.pk for e in enrollments], status=EnrollmentStatus.ENROLLED
        )
        .exclude(pk__in=Certificate.objects.values("enrollment_id"))
        .select_related("cohort__program", "user")
    ]
    completions = completion_of(candidates)
    return [
        certificate_issue(enrollment=e) for e in candidates if completions[e.pk].met
    ]


def certificates_issue_to_cohort(*, user, cohort) -> list[Certificate]:
    """A facilitator's bulk issue: everyone holding a seat who meets the rule and
    has no valid certificate (as the preview listed them)."""
    if not cohorts_managed_by(user).filter(pk=cohort.pk).exists():
        raise PermissionDenied
    enrollments = [
        e
        for e in cohort.enrollments.filter(
            status__in=[EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED]
        )
        .exclude(
            pk__in=Certificate.objects.filter(revoked_at__isnull=True).values(
                "enrollment_id"
            )
        )
        .select_related("cohort__program", "user")
    ]
    completions = completion_of(enrollments)
    return [
        certificate_issue(enrollment=e, by=user)
        for e in enrollments
        if completions[e.pk].met
    ]


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


def certificate_set_hidden(*, certificate: Certificate, hidden: bool) -> Certificate:
    """The holder's choice: a hidden certificate verifies as not found."""
    certificate.hidden_at = (
        (certificate.hidden_at or timezone.now()) if hidden else None
    )
    certificate.save(update_fields=["hidden_at"])
    return certificate


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
        "language": user.preferred_language or settings.LANGUAGE_CODE,
    }


def _refuse_unless_managing(user, enrollment: Enrollment) -> None:
    if not cohorts_managed_by(user).filter(pk=enrollment.cohort_id).exists():
        raise PermissionDenied
