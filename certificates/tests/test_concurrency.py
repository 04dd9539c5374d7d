"""Ten requests issuing one enrollment's certificate at once: one certificate, and
every caller gets it (threads, real transactions; both databases)."""

import pytest

from certificates.models import Certificate
from certificates.services import certificate_issue
from cohorts import services
from cohorts.models import Enrollment
from cohorts.tests.factories import CohortFactory
from cohorts.tests.test_concurrency import at_once
from curriculum.tests.factories import make_curriculum
from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_ten_issues_at_once_make_one_certificate(transactional_db):
    cohort = CohortFactory(
        program=make_curriculum(modules=1, lessons_per_module=1).program
    )
    enrollment = services.enrollment_request(user=UserFactory(), cohort=cohort)

    def issue():
        return certificate_issue(
            enrollment=Enrollment.objects.get(pk=enrollment.pk)
        ).code

    codes = at_once([issue] * 10)
    assert Certificate.objects.count() == 1
    assert codes == [Certificate.objects.get().code] * 10, codes
