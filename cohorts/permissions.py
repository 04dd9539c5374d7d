"""Who manages which cohort, and who may read which reflection.

Views, querysets, exports and emails all ask these functions.
"""

from django.db.models import Q, QuerySet

from lms.permissions import is_facilitator, is_site_admin

from .models import (
    SEAT_HOLDING,
    Cohort,
    Enrollment,
    Reflection,
    ReflectionVisibility,
)


def cohorts_managed_by(user) -> QuerySet[Cohort]:
    if is_site_admin(user):
        return Cohort.objects.all()
    if is_facilitator(user):
        return Cohort.objects.filter(facilitators=user)
    return Cohort.objects.none()


def reflections_visible_to(user) -> QuerySet[Reflection]:
    """The reflections `user` may read:

    - only me: the writer;
    - my facilitators: the writer, the facilitators of the writer's cohort, site admins;
    - my cohort: all of those and the participants holding a seat in that cohort.

    A hidden reflection stays visible to its writer only. Partner managers get
    nothing from their role; other cohorts of the same program see nothing.
    """
    if not user.is_authenticated or not user.is_active:
        return Reflection.objects.none()
    shown = Q(hidden_at__isnull=True)
    not_private = ~Q(visibility=ReflectionVisibility.PRIVATE)
    readable = Q(enrollment__user=user)
    readable |= shown & not_private & Q(enrollment__cohort__in=cohorts_managed_by(user))
    readable |= (
        shown
        & Q(visibility=ReflectionVisibility.COHORT)
        & Q(enrollment__cohort__in=_cohorts_seated(user))
    )
    return Reflection.objects.filter(readable)


def can_view_reflection(user, reflection: Reflection) -> bool:
    return reflections_visible_to(user).filter(pk=reflection.pk).exists()


def reflections_written_by(user) -> QuerySet[Reflection]:
    """The reflections `user` may edit, change the visibility of, or delete: their own."""
    if not user.is_authenticated:
        return Reflection.objects.none()
    return Reflection.objects.filter(enrollment__user=user)


def _cohorts_seated(user) -> QuerySet:
    return Enrollment.objects.filter(user=user, status__in=SEAT_HOLDING).values(
        "cohort_id"
    )
