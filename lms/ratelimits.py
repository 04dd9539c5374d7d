"""How often one person may do something (post a response, report), counted in the
shared cache, so every app server counts the same person the same."""

import time

from django.core.cache import cache


def allow(action: str, who, *, limit: int, seconds: int) -> bool:
    """Count one more `action` by `who` (a person's id, an address); False once they
    passed `limit` in the current window of `seconds` (a fixed window: simple and
    enough here)."""
    window = int(time.time() // seconds)
    key = f"lms:rate:{action}:{who}:{window}"
    cache.add(key, 0, seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between the two calls
        cache.set(key, 1, seconds)
        count = 1
    return count <= limit
