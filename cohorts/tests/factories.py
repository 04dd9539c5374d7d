import datetime

import factory
from django.utils import timezone

from cohorts.models import Cohort, CohortStatus, EnrollmentMode, InviteCode, Session
from lms.models import Region


class CohortFactory(factory.django.DjangoModelFactory):
    """A published, open cohort. Pass program=<ProgramPage>."""

    class Meta:
        model = Cohort

    title = factory.Sequence(lambda n: f"2026 Fall Boot Camp {n}")
    slug = factory.Sequence(lambda n: f"2026-fall-boot-camp-{n}")
    region = Region.NORTHERN
    starts_on = factory.LazyFunction(
        lambda: timezone.localdate() + datetime.timedelta(days=7)
    )
    ends_on = factory.LazyAttribute(lambda o: o.starts_on + datetime.timedelta(days=60))
    capacity = 5
    enrollment_mode = EnrollmentMode.OPEN
    status = CohortStatus.PUBLISHED


class InviteCodeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InviteCode

    max_uses = 3
    expires_at = factory.LazyFunction(
        lambda: timezone.now() + datetime.timedelta(days=30)
    )


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    title = factory.Sequence(lambda n: f"Session {n}")
    starts_at = factory.LazyFunction(
        lambda: timezone.now() + datetime.timedelta(days=1)
    )
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=2))
    place = "Oakland"
