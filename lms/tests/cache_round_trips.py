"""Counting what a request asks of the cache (tests and benchmarks)."""

import contextlib

from django.core.cache import caches

CACHE_OPERATIONS = (
    "get",
    "get_many",
    "get_or_set",
    "set",
    "set_many",
    "add",
    "delete",
    "delete_many",
    "incr",
    "decr",
    "touch",
    "has_key",
)


@contextlib.contextmanager
def cache_round_trips():
    """Counts the calls a request makes to the cache: each is one round trip to
    Redis (get_many is one MGET; calls made inside another call are not counted)."""
    backend = caches["default"]
    calls = []
    depth = [0]

    def counted(name, original):
        def call(*args, **kwargs):
            if depth[0] == 0:
                calls.append((name, args[0] if args else None))
            depth[0] += 1
            try:
                return original(*args, **kwargs)
            finally:
                depth[0] -= 1

        return call

    originals = {name: getattr(backend, name) for name in CACHE_OPERATIONS}
    for name, original in originals.items():
        setattr(backend, name, counted(name, original))
    try:
        yield calls
    finally:
        for name in originals:
            delattr(backend, name)
