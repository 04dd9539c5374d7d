"""A lesson costs the same number of queries whatever the size of its program."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from curriculum.tests.factories import make_curriculum

pytestmark = pytest.mark.django_db

LESSON_QUERY_BUDGET = 10


def queries_for(client, url, *, cold=False) -> int:
    client.get(url)  # warm the caches, as readers after the first find them
    if cold:
        cache.clear()
        client.get("/healthz/")
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def test_lesson_queries_do_not_grow_with_the_program(client, facilitator):
    small = make_curriculum(modules=1, lessons_per_module=5, program_title="Small")
    large = make_curriculum(
        modules=5, lessons_per_module=8, program_title="Large", catalog=small.catalog
    )
    client.force_login(facilitator)
    small_count = queries_for(client, small.lessons[-1].url)
    large_count = queries_for(client, large.lessons[-1].url)
    assert small_count == large_count
    assert large_count <= LESSON_QUERY_BUDGET


def test_first_reader_after_a_change_costs_a_fixed_number_too(client, facilitator):
    small = make_curriculum(modules=1, lessons_per_module=5, program_title="Small")
    large = make_curriculum(
        modules=5, lessons_per_module=8, program_title="Large", catalog=small.catalog
    )
    client.force_login(facilitator)
    small_count = queries_for(client, small.lessons[-1].url, cold=True)
    large_count = queries_for(client, large.lessons[-1].url, cold=True)
    assert small_count == large_count


def test_program_and_module_pages_do_not_grow_either(client):
    small = make_curriculum(modules=1, lessons_per_module=5, program_title="Small")
    large = make_curriculum(
        modules=5, lessons_per_module=8, program_title="Large", catalog=small.catalog
    )
    assert queries_for(client, small.program.url) == queries_for(
        client, large.program.url
    )
    assert queries_for(client, small.modules[0].url) == queries_for(
        client, large.modules[4].url
    )
