"""Who may see what of a certificate beyond its public verification page."""

from django.db.models import QuerySet

from cohorts.permissions import cohorts_managed_by

from .models import Certificate


def certificates_downloadable_by(user) -> QuerySet[Certificate]:
    """The certificates whose PDF and credential `user` may download: their own, and
    those of the cohorts they facilitate (site admins: all). Anyone else: none, so
    a view reading a code from its address answers 404."""
    if not user.is_authenticated:
        return Certificate.objects.none()
    return Certificate.objects.filter(
        enrollment__user=user
    ) | Certificate.objects.filter(enrollment__cohort__in=cohorts_managed_by(user))


def certificates_held_by(user) -> QuerySet[Certificate]:
    """The holder's own certificates: only they change what is shown of them."""
    if not user.is_authenticated:
        return Certificate.objects.none()
    return Certificate.objects.filter(enrollment__user=user)
