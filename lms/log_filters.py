"""Keep secrets out of log records about requests. Django logs the path of a request
that failed ("Not Found: /invites/<token>/"), and some paths carry the key to
something: an invite, a private calendar, a check-in, a certificate's code, a way to
stop emails. Whatever route takes a `token` or a `code` has it replaced, so a new
route of that kind is covered without being listed here."""

import logging
import re

from django.urls import Resolver404, resolve
from django.utils import translation

SECRET_PARAMETERS = ("token", "code")
REDACTED = "[redacted]"
PATH = re.compile(r"/[^\s'\"<>]*")


def redact_path(path: str) -> str:
    route = path.split("?", 1)[0]
    # A path in another language resolves only with that language active.
    language = translation.get_language_from_path(route) or translation.get_language()
    try:
        with translation.override(language):
            match = resolve(route)
    except Resolver404:
        return path
    for name in SECRET_PARAMETERS:
        value = match.kwargs.get(name)
        if value:
            path = path.replace(str(value), REDACTED)
    return path


def redact(text):
    return PATH.sub(lambda found: redact_path(found.group(0)), text)


class RedactSecretPaths(logging.Filter):
    """For the loggers that write request paths (`django.request`, `django.server`)."""

    def filter(self, record):
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(
                redact(arg) if isinstance(arg, str) else arg for arg in record.args
            )
        # The request itself holds the path and the form sent (a password): no
        # handler here reads it, and none should be handed it.
        if hasattr(record, "request"):
            record.request = None
        return True
