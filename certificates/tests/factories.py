from certificates.services import certificate_issue
from cohorts import services
from lms.tests.factories import UserFactory


def certificate_for(cohort, **user_fields):
    """A certificate issued to a new participant of `cohort` (their name, latin_name
    and preferred_language as given)."""
    user = UserFactory(**user_fields)
    enrollment = services.enrollment_request(user=user, cohort=cohort)
    return certificate_issue(enrollment=enrollment)
