"""Version counters that name cached data: bumping one makes every key built from it
stale at once, in every process sharing the cache (Redis in production)."""

import time

from django.core.cache import cache
from django.db import transaction


def _fresh() -> int:
    # Start from the clock, so a counter lost to eviction never comes back to a value
    # whose cached data may still be around.
    return time.time_ns() // 1000


def current_version(key: str) -> int:
    return cache.get_or_set(key, _fresh, None)


def bump_version(key: str) -> None:
    """Now, and again once the change is committed: a reader in another process who
    read the old rows before the commit may have stored them under the first new
    version; the second makes that entry unreachable."""
    _bump(key)
    transaction.on_commit(lambda: _bump(key))


def forget(key: str) -> None:
    """Drop a cached value now and again after the commit, for the same reason."""
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def _bump(key: str) -> None:
    try:
        cache.incr(key)
    except ValueError:  # not set yet, or evicted
        cache.set(key, _fresh(), None)
