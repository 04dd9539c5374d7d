"""Cohort pages cost a fixed number of queries, whatever the size of the data, and
at most three cache round trips once warm."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cohorts import services
from cohorts.tests.factories import CohortFactory
from conftest import enable_totp
from lms.tests.cache_round_trips import cache_round_trips
from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def queries(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_lesson_page_with_progress(client, tree, cohort, participant):
    services.enrollment_request(user=participant, cohort=cohort)
    client.force_login(participant)
    url = tree.lessons[1].url
    before = queries(client, url)
    for lesson in tree.lessons:
        services.lesson_complete(user=participant, lesson=lesson)
    assert queries(client, url) == before <= 12


def test_progress_matrix_and_manage_page_do_not_grow_with_the_cohort(
    client, tree, site_admin
):
    enable_totp(site_admin)
    client.force_login(site_admin)
    cohort = CohortFactory(program=tree.program, capacity=100)

    def fill(count):
        for _ in range(count):
            person = UserFactory()
            services.enrollment_request(user=person, cohort=cohort)
            services.lesson_complete(user=person, lesson=tree.lessons[0])

    fill(3)
    small = [
        queries(client, f"/admin/cohorts/cohorts/manage/{cohort.pk}/{page}")
        for page in ("", "progress/")
    ]
    fill(12)
    large = [
        queries(client, f"/admin/cohorts/cohorts/manage/{cohort.pk}/{page}")
        for page in ("", "progress/")
    ]
    assert small == large
    assert max(large) <= 12


@pytest.mark.parametrize(
    "page", ["lesson", "module", "program", "home", "learning", "cohort"]
)
def test_a_warm_page_asks_the_cache_at_most_three_times(
    client, tree, cohort, participant, page
):
    """The session, the versions, and the values about the reader: one round trip each."""
    services.enrollment_request(user=participant, cohort=cohort)
    services.lesson_complete(user=participant, lesson=tree.lessons[0])
    client.force_login(participant)
    url = {
        "lesson": tree.lessons[1].url,
        "module": tree.modules[0].url,
        "program": tree.program.url,
        "home": "/",
        "learning": "/learning/",
        "cohort": f"/cohorts/{cohort.slug}/",
    }[page]
    for _ in range(2):
        assert client.get(url).status_code == 200
    with cache_round_trips() as calls:
        assert client.get(url).status_code == 200
    assert len(calls) <= 3, calls
