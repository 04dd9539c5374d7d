"""iCalendar (RFC 5545) text for sessions: enough for phones' calendar apps."""

import datetime

from django.conf import settings
from django.utils import timezone

LINE_LIMIT = 75


def calendar(sessions, *, name: str) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Movement Learning Hub//Sessions//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_text(name)}",
    ]
    for session in sessions:
        lines += _event(session)
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _event(session) -> list[str]:
    host = settings.WAGTAILADMIN_BASE_URL.split("//")[-1].split("/")[0]
    location = session.place or session.online_url
    event = [
        "BEGIN:VEVENT",
        f"UID:session-{session.pk}@{host}",
        f"DTSTAMP:{_utc(timezone.now())}",
        f"DTSTART:{_utc(session.starts_at)}",
        f"DTEND:{_utc(session.ends_at)}",
        f"SUMMARY:{_text(f'{session.title} ({session.cohort.title})')}",
    ]
    if location:
        event.append(f"LOCATION:{_text(location)}")
    if session.online_url:
        event.append(f"URL:{session.online_url}")
    return [*event, "END:VEVENT"]


def _utc(moment) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def _text(value: str) -> str:
    return (
        str(value)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space."""
    encoded = line.encode()
    if len(encoded) <= LINE_LIMIT:
        return line
    parts, current = [], b""
    for char in line:
        piece = char.encode()
        if len(current) + len(piece) > (LINE_LIMIT if not parts else LINE_LIMIT - 1):
            parts.append(current.decode())
            current = b""
        current += piece
    parts.append(current.decode())
    return "\r\n ".join(parts)
