"""Dates and times as people read them: in their own language and in the time zone
where the event takes place. Every page, email, calendar file and admin listing that
shows a date goes through these helpers, so the formats live in one place (Django's
per-language format names through `django.utils.formats`, plus lms/formats/)."""

import datetime
from zoneinfo import ZoneInfo

from django.utils import dateformat, formats, timezone
from django.utils.translation import gettext as _


def in_zone(moment: datetime.datetime, zone: str) -> datetime.datetime:
    """The same instant on the clocks of `zone` (an IANA name)."""
    return timezone.localtime(moment, ZoneInfo(zone))


def local_date(value) -> str:
    """A day as people write it: Dec. 3, 2026 / 3 de diciembre de 2026 / 2026年12月3日.
    An instant is read on the site's clocks (11 p.m. Pacific is still that day)."""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value)
    return formats.date_format(value, "DATE_FORMAT")


def local_date_range(start, end) -> str:
    return _("%(start)s – %(end)s") % {
        "start": local_date(start),
        "end": local_date(end),
    }


def weekday_date(value) -> str:
    """With the weekday (Thursday, Dec. 3, 2026): it helps people place a session."""
    return _("%(weekday)s, %(date)s") % {
        "weekday": dateformat.format(value, "l"),
        "date": local_date(value),
    }


def local_datetime(moment: datetime.datetime) -> str:
    """Day and time on the site's clocks: Dec. 3, 2026, 6 p.m."""
    local = timezone.localtime(moment)
    return _("%(date)s, %(time)s") % {
        "date": local_date(local),
        "time": formats.time_format(local, "TIME_FORMAT"),
    }


def local_time(moment: datetime.datetime, zone: str) -> str:
    return formats.time_format(in_zone(moment, zone), "TIME_FORMAT")


def local_moment(moment: datetime.datetime, zone: str, zone_label: str = "") -> str:
    """Day and time on the clocks of `zone`: Thursday, Dec. 3, 2026, 6 p.m., and the
    zone's name when given: ... 6 p.m. (Pacific time)."""
    local = in_zone(moment, zone)
    parts = {
        "day": weekday_date(local.date()),
        "time": formats.time_format(local, "TIME_FORMAT"),
        "zone": zone_label,
    }
    if zone_label:
        return _("%(day)s, %(time)s (%(zone)s)") % parts
    return _("%(day)s, %(time)s") % parts


def time_span(start, end, *, zone: str, zone_label: str) -> str:
    """From start to end on the clocks of `zone`, e.g. Thursday, Dec. 3, 2026,
    6 p.m. to 8 p.m. (Pacific time). The day is given once when both ends fall on it,
    as they do for every session."""
    start_local, end_local = in_zone(start, zone), in_zone(end, zone)
    if start_local.date() == end_local.date():
        return _("%(day)s, %(start)s – %(end)s (%(zone)s)") % {
            "day": weekday_date(start_local.date()),
            "start": formats.time_format(start_local, "TIME_FORMAT"),
            "end": formats.time_format(end_local, "TIME_FORMAT"),
            "zone": zone_label,
        }
    return _("%(start)s – %(end)s (%(zone)s)") % {
        "start": local_moment(start, zone),
        "end": local_moment(end, zone),
        "zone": zone_label,
    }
