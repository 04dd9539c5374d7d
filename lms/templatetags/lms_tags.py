"""Template helpers: pages shown in a language other than their own, and dates."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language_info

from lms import dates
from lms.pages import locale_languages, localized_url

register = template.Library()


@register.simple_tag
def content_language(page) -> str:
    """The language a page is written in (not necessarily the language of the UI)."""
    return locale_languages().get(page.locale_id, "")


@register.simple_tag(takes_context=True)
def localized_pageurl(context, page) -> str:
    """`pageurl`, keeping the reader's language prefix (see lms.pages.localized_url)."""
    return localized_url(page, context.get("request"))


@register.simple_tag
def content_lang_attrs(page) -> str:
    """`lang` and `dir` for the element holding a page's own text."""
    code = content_language(page)
    return language_attrs(code) if code else ""


@register.simple_tag
def language_attrs(code: str) -> str:
    """`lang` and `dir` for text written in the language `code`."""
    bidi = get_language_info(code)["bidi"]
    return format_html('lang="{}" dir="{}"', code, "rtl" if bidi else "ltr")


@register.filter
def local_date(value) -> str:
    """A date in the reader's language: `{{ cohort.starts_on|local_date }}`."""
    return dates.local_date(value) if value else ""


@register.simple_tag
def local_date_range(start, end) -> str:
    return dates.local_date_range(start, end)


@register.filter
def weekday_date(value) -> str:
    return dates.weekday_date(value) if value else ""


@register.filter
def get_item(mapping, key):
    """`{{ mapping|get_item:key }}`: a dict entry by a key that is not a name."""
    return mapping.get(key)
