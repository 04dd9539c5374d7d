"""Dates and times read as people write them, in every language of the site and on
the clocks where the event happens, on pages and in emails alike."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.utils import translation

from lms import dates

PACIFIC = ZoneInfo("America/Los_Angeles")
# Thursday, December 3, 2026, 6 to 8 p.m. in California (02:00 UTC on the 4th).
START = datetime.datetime(2026, 12, 4, 2, 0, tzinfo=datetime.UTC)
END = START + datetime.timedelta(hours=2)

# A word of the date in each language: the month or the weekday, as people write it.
READABLE = {
    "en": ["Thursday", "Dec", "2026", "6 p.m."],
    "es": ["jueves", "diciembre", "2026", "18:00"],
    "zh-hant": ["2026年12月3日", "星期四", "18:00"],
    "vi": ["tháng 12", "2026", "18:00"],
    "ko": ["2026년 12월 3일", "목요일", "오후 6:00"],
    "tl": ["Disyembre", "Huwebes", "2026", "6:00 PM"],
    "ar": ["ديسمبر", "الخميس", "2026"],
}
# What a format *name* given as a format string turns into: letters and zone names.
GARBLE = re.compile(r"PST|PDT|DATE_FORMAT|DATETIME_FORMAT|[A-Za-z]{2}_[A-Za-z]")


def session_time(language: str) -> str:
    with translation.override(language):
        return dates.time_span(START, END, zone="America/Los_Angeles", zone_label="x")


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_a_session_reads_as_a_date_in_every_language(language):
    text = session_time(language)
    for word in READABLE[language]:
        assert word in text, (language, text)
    assert not GARBLE.search(text), text
    assert "3" in text and "4" not in text.replace("2026", "")  # Pacific, not UTC


def test_both_ends_of_a_session_and_its_zone_are_named_once():
    with translation.override("en"):
        text = dates.time_span(
            START, END, zone="America/Los_Angeles", zone_label="Pacific time"
        )
    assert text == "Thursday, Dec. 3, 2026, 6 p.m. – 8 p.m. (Pacific time)"


def test_an_event_over_several_days_names_both_days():
    with translation.override("en"):
        text = dates.time_span(
            START,
            START + datetime.timedelta(days=1),
            zone="America/Los_Angeles",
            zone_label="Pacific time",
        )
    assert text.count("Dec.") == 2 and "Thursday" in text and "Friday" in text


def test_the_same_instant_reads_on_the_clocks_of_the_place():
    late = datetime.datetime(2026, 12, 4, 6, 30, tzinfo=datetime.UTC)
    with translation.override("en"):
        assert dates.local_moment(late, "America/Los_Angeles") == (
            "Thursday, Dec. 3, 2026, 10:30 p.m."
        )
        assert dates.local_moment(late, "America/New_York").startswith("Friday")


def test_dates_and_ranges_in_spanish_and_arabic():
    with translation.override("es"):
        assert (
            dates.local_date_range(
                datetime.date(2026, 9, 12), datetime.date(2026, 11, 21)
            )
            == "12 de septiembre de 2026 – 21 de noviembre de 2026"
        )
    with translation.override("ar"):
        assert "سبتمبر" in dates.local_date(datetime.date(2026, 9, 12))


def test_an_instant_is_dated_on_the_sites_clocks():
    late_evening = datetime.datetime(2026, 12, 4, 6, 30, tzinfo=datetime.UTC)
    with translation.override("en"):
        assert dates.local_date(late_evening) == "Dec. 3, 2026"
