"""Who manages which cohort, and who may read which reflection.

Views, querysets, exports and emails all ask these functions.
"""

from django.db.models import Q, QuerySet

from lms.models import User
from lms.permissions import is_facilitator, is_site_admin

from .models import (
    SEAT_HOLDING,
    Cohort,
    Enrollment,
    Reflection,
    ReflectionVisibility,
    Response,
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


def exchange_cohorts(user) -> QuerySet[Cohort]:
    """The cohorts whose exchange `user` takes part in: those where they hold a seat,
    those they facilitate, and every one for site admins."""
    if not user.is_authenticated or not user.is_active:
        return Cohort.objects.none()
    return Cohort.objects.filter(
        Q(pk__in=_cohorts_seated(user))
        | Q(pk__in=cohorts_managed_by(user).values("pk"))
    )


def reflections_in_exchange(user) -> QuerySet[Reflection]:
    """What `user` sees in the exchanges they take part in: the reflections they may
    read, except private ones (those stay in the writer's journal)."""
    return (
        reflections_visible_to(user)
        .filter(enrollment__cohort__in=exchange_cohorts(user))
        .exclude(visibility=ReflectionVisibility.PRIVATE)
    )


def reflections_open_to_responses(user) -> QuerySet[Reflection]:
    """The reflections `user` may respond to, appreciate or report: those of their
    exchanges that are not hidden."""
    return reflections_in_exchange(user).filter(hidden_at__isnull=True)


def responses_visible_to(user) -> QuerySet[Response]:
    """Responses are read by whoever reads their reflection; a hidden one only by
    its author."""
    if not user.is_authenticated:
        return Response.objects.none()
    return Response.objects.filter(
        Q(hidden_at__isnull=True) | Q(author=user),
        reflection__in=reflections_visible_to(user),
    )


def reflections_written_by(user) -> QuerySet[Reflection]:
    """The reflections `user` may edit, change the visibility of, or delete: their own."""
    if not user.is_authenticated:
        return Reflection.objects.none()
    return Reflection.objects.filter(enrollment__user=user)


def _cohorts_seated(user) -> QuerySet:
    return Enrollment.objects.filter(user=user, status__in=SEAT_HOLDING).values(
        "cohort_id"
    )


def people_answerable_by(user) -> QuerySet:
    """The accounts whose requests for their data (a copy, or deletion) `user` may
    answer in the admin. Site admins: every account but their own (their own goes
    through their profile). Facilitators: participants with no role whose every
    cohort is one they run; anyone also in another team's cohort is a site admin's
    to answer. Anyone else: none."""
    if is_site_admin(user):
        return User.objects.exclude(pk=user.pk)
    if not is_facilitator(user):
        return User.objects.none()
    managed = cohorts_managed_by(user)
    elsewhere = Enrollment.objects.exclude(cohort__in=managed).values("user_id")
    return User.objects.filter(
        pk__in=Enrollment.objects.filter(cohort__in=managed).values("user_id"),
        is_staff=False,
        is_superuser=False,
        groups__isnull=True,
    ).exclude(pk__in=elsewhere)
