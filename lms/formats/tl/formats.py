"""Tagalog date formats, which Django does not ship (FORMAT_MODULE_PATH = lms.formats).

Django names months and weekdays through its own catalog, which has no Tagalog: the
names are listed below so that `makemessages` collects them into the project's
catalogs, where the Tagalog one translates them (Enero, Lunes, ...).
"""

from django.utils.translation import gettext_noop

DATE_FORMAT = "F j, Y"  # Disyembre 3, 2026
TIME_FORMAT = "g:i A"  # 6:00 PM
DATETIME_FORMAT = "F j, Y, g:i A"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "F j"
SHORT_DATE_FORMAT = "m/d/Y"
SHORT_DATETIME_FORMAT = "m/d/Y g:i A"
FIRST_DAY_OF_WEEK = 0  # Sunday

MONTH_AND_WEEKDAY_NAMES = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
    gettext_noop("Monday"),
    gettext_noop("Tuesday"),
    gettext_noop("Wednesday"),
    gettext_noop("Thursday"),
    gettext_noop("Friday"),
    gettext_noop("Saturday"),
    gettext_noop("Sunday"),
]
