"""How this site caches, in one place.

Pages are rendered for each person on every request; what is cached is data and
fragments that are the same for every reader (a lesson's body, a program's outline,
the page at a path), under keys that name a *version* (`current_version`). Bumping a
version makes every key built from it unreachable at once, in every process sharing
the cache (Redis in production), so nothing cached under a version ever changes. That
is what lets `shared()` keep such values in process memory too, in front of Redis: a
warm request asks Redis only for the versions, once, plus one read of the values
about the person (`for_person`) and the session.

Within a request, the versions and the person's values are read once and remembered
until the request ends (`request_started`/`request_finished`); outside requests
(commands, tasks) every call reads the cache.
"""

import pickle
import threading
import time
from collections import OrderedDict

from asgiref.local import Local
from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import transaction

# Request memo -----------------------------------------------------------------------

_request = Local()


def _start_request(**kwargs) -> None:
    _request.memo = {"versions": {}, "people": {}, "shared": {}}


def _end_request(**kwargs) -> None:
    _request.memo = None


request_started.connect(_start_request, dispatch_uid="lms-caching-start")
request_finished.connect(_end_request, dispatch_uid="lms-caching-end")


def _memo() -> dict | None:
    return getattr(_request, "memo", None)


# Versions ---------------------------------------------------------------------------

# Every version key in use: a request reads them all in one round trip.
_VERSION_KEYS: set[str] = set()


def version_key(key: str) -> str:
    """Declare a version counter (at import time); returns the key."""
    _VERSION_KEYS.add(key)
    return key


def current_version(key: str) -> int:
    memo = _memo()
    if memo is None:
        return _read_versions({key})[key]
    versions = memo["versions"]
    if key not in versions:
        versions.update(_read_versions(_VERSION_KEYS | {key}))
    return versions[key]


def _read_versions(keys: set[str]) -> dict[str, int]:
    found = cache.get_many(list(keys))
    for key in keys - found.keys():  # first use, or evicted
        cache.add(key, _fresh(), None)
        found[key] = cache.get(key)
    return found


def _fresh() -> int:
    # Start from the clock, so a counter lost to eviction never comes back to a value
    # whose cached data may still be around.
    return time.time_ns() // 1000


def bump_version(key: str) -> None:
    """Now, and again once the change is committed: a reader in another process who
    read the old rows before the commit may have stored them under the first new
    version; the second makes that entry unreachable."""
    _bump(key)
    transaction.on_commit(lambda: _bump(key))


def _bump(key: str) -> None:
    try:
        value = cache.incr(key)
    except ValueError:  # not set yet, or evicted
        value = _fresh()
        cache.set(key, value, None)
    memo = _memo()
    if memo is not None:
        memo["versions"][key] = value


# Shared values: the same for every reader, under a version --------------------------


class _ProcessMemory:
    """A bounded, least-recently-used store of pickled values. Values go in and come
    out as pickles, so no request ever holds an object another request also holds."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.size = 0
        self.items: OrderedDict[str, bytes] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: str):
        with self.lock:
            data = self.items.get(key)
            if data is None:
                return None
            self.items.move_to_end(key)
        return pickle.loads(data)  # noqa: S301 (written by this process only)

    def put(self, key: str, value) -> None:
        data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        if len(data) > self.max_bytes // 8:
            return  # one big value must not push out everything else
        with self.lock:
            old = self.items.pop(key, None)
            self.size += len(data) - (len(old) if old else 0)
            self.items[key] = data
            while self.size > self.max_bytes:
                _, evicted = self.items.popitem(last=False)
                self.size -= len(evicted)

    def clear(self) -> None:
        with self.lock:
            self.items.clear()
            self.size = 0


_process_memory = _ProcessMemory(settings.SHARED_CACHE_PROCESS_BYTES)
SHARED_SECONDS = 60 * 60 * 24


def shared(version: str, name: str, *parts, make, timeout: int = SHARED_SECONDS):
    """The value `make()` returns, for everyone: cached under `name`, `parts` and the
    current value of the version counter `version`. Whatever `make` reads must be
    covered by that version (or named in `parts`): the entry is never updated, only
    left behind when the version moves. `make` may return None (not cached).
    Each request gets a copy of its own, and the same copy on every call."""
    key = ":".join(["shared", name, str(current_version(version)), *map(str, parts)])
    memo = _memo()
    if memo is not None and key in memo["shared"]:
        return memo["shared"][key]  # this request's own copy
    value = _process_memory.get(key)
    if value is None:
        value = cache.get(key)
        if value is None:
            value = make()
            if value is None:
                return None
            cache.set(key, value, timeout)
        _process_memory.put(key, value)
    if memo is not None:
        memo["shared"][key] = value
    return value


def forget_process_memory() -> None:
    """For tests: another process's view of the shared cache starts empty."""
    _process_memory.clear()


# Values about one person ------------------------------------------------------------

# name -> fn(user_pk) -> cache key. A request reads all of a person's keys at once.
_PERSON_KEYS: dict[str, object] = {}


def person_key(name: str, key_for) -> str:
    """Declare a per-person value (at import time): `key_for(user_pk)` names its key,
    which may include a version."""
    _PERSON_KEYS[name] = key_for
    return name


def for_person(name: str, user_pk: int, make, timeout: int):
    """A value about one person (their roles, their seats), cached until it is
    forgotten (`forget(person_cache_key(name, pk))`) or its key's version moves."""
    key = person_cache_key(name, user_pk)
    memo = _memo()
    if memo is None:
        value = cache.get(key)
    else:
        people = memo["people"]
        if user_pk not in people:
            keys = [key_for(user_pk) for key_for in _PERSON_KEYS.values()]
            people[user_pk] = cache.get_many(keys)
        value = people[user_pk].get(key)
    if value is None:
        value = make()
        cache.set(key, value, timeout)
        if memo is not None:
            memo["people"][user_pk][key] = value
    return value


def person_cache_key(name: str, user_pk: int) -> str:
    return _PERSON_KEYS[name](user_pk)


def forget(key: str) -> None:
    """Drop a cached value now and again after the commit (see `bump_version`)."""
    _forget(key)
    transaction.on_commit(lambda: _forget(key))


def _forget(key: str) -> None:
    cache.delete(key)
    memo = _memo()
    if memo is not None:
        for values in memo["people"].values():
            values.pop(key, None)
