"""Template helpers: pages shown in a language other than their own, dates, and text
participants wrote."""

import datetime
import functools

from django import template
from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import translation
from django.utils.html import urlize
from django.utils.safestring import mark_safe
from django.utils.text import normalize_newlines
from django.utils.translation import (
    get_language,
    get_language_info,
    gettext,
    ngettext,
)

from lms import dates, pages, permissions
from lms.pages import (
    locale_languages,
    localized_url,
    page_language_attrs,
    rendered_for_everyone,
)

register = template.Library()


@register.simple_tag
def content_language(page) -> str:
    """The language a page is written in (not necessarily the language of the UI)."""
    return locale_languages().get(page.locale_id, "")


@register.simple_tag(takes_context=True)
def localized_pageurl(context, page) -> str:
    """`pageurl`, keeping the reader's language prefix (see lms.pages.localized_url)."""
    return localized_url(page, context.get("request"))


@register.simple_tag(takes_context=True)
def for_everyone(context, template_name: str) -> str:
    """`{% for_everyone "curriculum/includes/lesson_body.html" %}`: the part of the page
    that is the same for every reader, rendered from the page alone and shared
    (lms.pages.rendered_for_everyone). Previews show unsaved edits: never shared."""
    request = context.get("request")
    previewing = getattr(request, "is_preview", False)
    return rendered_for_everyone(context["page"], template_name, cached=not previewing)


@register.simple_tag
def content_lang_attrs(page) -> str:
    """`lang` and `dir` for the element holding a page's own text."""
    return page_language_attrs(page)


@register.simple_tag
def language_attrs(code: str) -> str:
    """`lang` and `dir` for text written in the language `code`."""
    return pages.language_attrs(code)


@register.filter
def local_date(value) -> str:
    """A date in the reader's language: `{{ cohort.starts_on|local_date }}`."""
    return dates.local_date(value) if value else ""


@register.filter
def data_value(value) -> str:
    """A value of a person's data as people read it (lms.personal_data)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, datetime.datetime):
        return dates.local_datetime(value)
    if isinstance(value, datetime.date):
        return dates.local_date(value)
    return str(value)


@register.filter
def person_name(user) -> str:
    """The name shown for the writer of something in a cohort: "A former
    participant" once they deleted their account and left it there."""
    return user.display_name if user else gettext("A former participant")


@register.filter
def former_facilitator(user) -> str:
    """The same, for announcements: only facilitators write them."""
    return user.display_name if user else gettext("A former facilitator")


@register.simple_tag
def local_date_range(start, end) -> str:
    return dates.local_date_range(start, end)


@register.filter
def weekday_date(value) -> str:
    return dates.weekday_date(value) if value else ""


@register.filter
def minutes(value: int) -> str:
    """`{{ lesson.estimated_minutes|minutes }}`: "15 minutes", in the reader's language."""
    return ngettext("%(minutes)s minute", "%(minutes)s minutes", value) % {
        "minutes": value
    }


@register.simple_tag
def site_url(name: str) -> str:
    """`{% url name %}` for an address without arguments, remembered per language:
    the header asks for the same few on every page, and reversing one under the
    language prefix costs about 0.1 ms."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return _site_url(name, get_language(), get_script_prefix(), urlconf)


@functools.lru_cache(maxsize=512)
def _site_url(name: str, language: str, script_prefix: str, urlconf) -> str:
    return reverse(name, urlconf=urlconf)


@register.simple_tag
def site_languages() -> list[dict]:
    """The languages the site offers, each with its own name and direction."""
    return _site_languages()


@functools.cache
def _site_languages() -> list[dict]:
    return [
        get_language_info(code) | {"code": code} for code, _name in settings.LANGUAGES
    ]


@register.filter
def get_item(mapping, key):
    """`{{ mapping|get_item:key }}`: a dict entry by a key that is not a name."""
    return mapping.get(key)


@register.filter
def item(mapping, key):
    """`{{ panels|item:prompt.id }}`: a dict's value for a key held in a variable."""
    return mapping.get(key) if mapping else None


@register.filter
def participant_text(text: str) -> str:
    """What a participant wrote, as HTML: every character escaped, line breaks kept,
    web addresses made links (rel="nofollow"). Participants never write HTML."""
    html = urlize(normalize_newlines(text), nofollow=True, autoescape=True)
    return mark_safe(html.replace("\n", "<br>"))  # noqa: S308 (escaped by urlize)


@register.filter
def manages_partners(user) -> bool:
    """Whether the header offers the partner dashboard."""
    return permissions.is_partner_manager(user)


@register.simple_tag(takes_context=True)
def invite_url(context, invite) -> str:
    """An invite link with no language in it: it opens in the reader's language."""
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("lms:invite_accept", kwargs={"token": invite.token})
    return context["request"].build_absolute_uri(path)
