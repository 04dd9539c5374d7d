"""lms.caching: shared values live under versions, nothing shared can be changed by
the request that reads it, and a request asks the cache for little."""

import pytest
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.test import RequestFactory

from lms import caching

VERSION = caching.version_key("test:version")


@pytest.fixture
def calls():
    return []


def make_value(calls):
    def make():
        calls.append(1)
        return {"title": "Lesson one", "tags": ["a"]}

    return make


@pytest.mark.django_db  # bumps move again at commit
def test_a_shared_value_is_made_once_per_version(calls):
    first = caching.shared(VERSION, "thing", 1, make=make_value(calls))
    again = caching.shared(VERSION, "thing", 1, make=make_value(calls))
    assert first == again and len(calls) == 1
    caching.bump_version(VERSION)
    caching.shared(VERSION, "thing", 1, make=make_value(calls))
    assert len(calls) == 2


def test_another_process_moving_the_version_is_seen(calls):
    """Process memory holds the old entry; the version lives in the shared cache."""
    caching.shared(VERSION, "thing", make=make_value(calls))
    cache.incr(VERSION)  # as another process's bump does
    caching.shared(VERSION, "thing", make=make_value(calls))
    assert len(calls) == 2


def test_a_value_from_process_memory_is_a_copy_of_its_own(calls):
    value = caching.shared(VERSION, "thing", make=make_value(calls))
    value["tags"].append("changed by this request")
    assert caching.shared(VERSION, "thing", make=make_value(calls))["tags"] == ["a"]


def test_a_value_in_process_memory_needs_no_cache_read(calls):
    caching.shared(VERSION, "thing", make=make_value(calls))
    cache.delete_many([key for key in _keys() if key.startswith("shared:")])
    caching.shared(VERSION, "thing", make=make_value(calls))
    assert len(calls) == 1


def _keys():
    backend = cache._cache
    if isinstance(backend, dict):
        return [key.split(":", 2)[2] for key in backend]
    prefix = cache.make_key("")
    client = backend.get_client()
    return [key.decode().removeprefix(prefix) for key in client.keys(f"{prefix}*")]


def test_nothing_is_cached_for_none():
    made = []
    for _ in range(2):
        assert caching.shared(VERSION, "missing", make=lambda: made.append(1)) is None
    assert len(made) == 2


def test_process_memory_stays_within_its_bound():
    memory = caching._ProcessMemory(max_bytes=64 * 1024)
    for number in range(200):
        memory.put(f"key-{number}", "x" * 1000)
    assert memory.size <= 64 * 1024
    assert memory.get("key-199") == "x" * 1000
    assert memory.get("key-0") is None  # the least recently used went first
    memory.put("huge", "x" * 64 * 1024)
    assert memory.get("huge") is None and memory.get("key-199")


@pytest.mark.django_db
def test_a_request_reads_the_versions_once_and_sees_its_own_bump():
    request_started.send(sender=None, environ=RequestFactory().get("/").environ)
    try:
        before = caching.current_version(VERSION)
        cache.set(VERSION, before + 100)  # another process, mid-request
        assert caching.current_version(VERSION) == before  # one view per request
        caching.bump_version(VERSION)
        assert caching.current_version(VERSION) == before + 101
    finally:
        request_finished.send(sender=None)
    assert caching.current_version(VERSION) == before + 101


def test_outside_a_request_every_read_asks_the_cache():
    before = caching.current_version(VERSION)
    cache.set(VERSION, before + 5)
    assert caching.current_version(VERSION) == before + 5
