"""iCalendar (RFC 5545) files of sessions, for phones' calendar apps, written by the
icalendar library (it escapes text and folds lines, so a title cannot start a new
property). Times carry the cohort's time zone, as on the site's pages."""

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vText

from lms import dates


def calendar(sessions, *, name: str, private: bool) -> bytes:
    """`private` (a participant's own feed) adds the meeting place and online link;
    a cohort's public download names only the cohort's city."""
    cal = Calendar()
    cal.add("prodid", "-//Movement Learning Hub//Sessions//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", vText(one_line(name)))
    for session in sessions:
        cal.add_component(_event(session, private=private))
    cal.add_missing_timezones()
    return cal.to_ical()


def _event(session, *, private: bool) -> Event:
    host = settings.WAGTAILADMIN_BASE_URL.split("//")[-1].split("/")[0]
    event = Event()
    event.add("uid", f"session-{session.pk}@{host}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", dates.in_zone(session.starts_at, session.time_zone))
    event.add("dtend", dates.in_zone(session.ends_at, session.time_zone))
    event.add("summary", one_line(f"{session.title} ({session.cohort.title})"))
    location = (session.place or session.online_url) if private else ""
    location = location or session.cohort.location
    if location:
        event.add("location", one_line(location))
    if private and session.online_url:
        event.add("url", session.online_url)
    return event


def one_line(text: str) -> str:
    """Titles and places are one line: a line break typed into one (or a bare carriage
    return) becomes a space, whatever a calendar app makes of escaped breaks."""
    return " ".join(str(text).split())
