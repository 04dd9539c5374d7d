"""Who manages which cohort: site admins all, facilitators the ones they facilitate."""

from django.db.models import QuerySet

from lms.permissions import is_facilitator, is_site_admin

from .models import Cohort


def cohorts_managed_by(user) -> QuerySet[Cohort]:
    if is_site_admin(user):
        return Cohort.objects.all()
    if is_facilitator(user):
        return Cohort.objects.filter(facilitators=user)
    return Cohort.objects.none()
