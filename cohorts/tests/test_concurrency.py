"""Capacity and uniqueness hold under concurrent requests (threads, real transactions)."""

import threading

import pytest
from django.db import connection
from django.test import Client

from cohorts.models import Cohort, Enrollment, EnrollmentStatus
from cohorts.tests.factories import CohortFactory
from curriculum.tests.factories import make_curriculum
from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def at_once(calls):
    """Run the calls in threads released together; returns their results."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait(timeout=30)
            results[index] = call()
        except Exception as error:
            results[index] = error
        finally:
            connection.close()

    threads = [
        threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def post_enroll(user, cohort):
    def call():
        client = Client()
        client.force_login(user)
        return client.post(f"/cohorts/{cohort.slug}/enroll/").status_code

    return call


def test_twenty_people_for_five_seats(transactional_db):
    cohort = CohortFactory(
        program=make_curriculum(modules=1, lessons_per_module=1).program, capacity=5
    )
    people = [UserFactory() for _ in range(20)]
    statuses = at_once([post_enroll(person, cohort) for person in people])
    assert statuses == [302] * 20, statuses
    enrollments = Enrollment.objects.filter(cohort=cohort)
    assert enrollments.filter(status=EnrollmentStatus.ENROLLED).count() == 5
    assert enrollments.filter(status=EnrollmentStatus.WAITLISTED).count() == 15
    assert Cohort.objects.get(pk=cohort.pk).seats_taken == 5


def test_the_same_person_ten_times_at_once(transactional_db):
    cohort = CohortFactory(
        program=make_curriculum(modules=1, lessons_per_module=1).program, capacity=5
    )
    person = UserFactory()
    statuses = at_once([post_enroll(person, cohort) for _ in range(10)])
    assert statuses == [302] * 10, statuses
    assert Enrollment.objects.filter(cohort=cohort, user=person).count() == 1
    assert Cohort.objects.get(pk=cohort.pk).seats_taken == 1
