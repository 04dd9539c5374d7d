"""Page behaviour shared by every page type of the site."""

import re

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Locale, Page, PageViewRestriction

from .cache_versions import bump_version, current_version, forget

VIEW_RESTRICTIONS_KEY = "lms:page-view-restrictions-exist"


def locale_languages() -> dict[int, str]:
    """Locale id -> language code. Locales change about never and are read on every
    page view, so they are kept in the cache for a few minutes."""
    return cache.get_or_set(
        "lms:locale-languages",
        lambda: dict(Locale.objects.values_list("pk", "language_code")),
        300,
    )


PAGES_VERSION_KEY = "lms:pages-version"


def pages_version() -> int:
    """Bumped whenever a page is published, unpublished, moved or deleted: the key of
    everything cached about where pages live and what they contain."""
    return current_version(PAGES_VERSION_KEY)


def pages_changed(**kwargs) -> None:
    bump_version(PAGES_VERSION_KEY)


def page_at(url_path: str):
    """The specific page at a full url_path. Kept in the cache until any page is
    published, unpublished, moved or deleted: the live content cannot change without
    one of those (drafts are not served). A path with no page is not remembered, so
    made-up addresses cannot fill the cache."""
    key = f"lms:page-at:{pages_version()}:{url_path}"
    page = cache.get(key)
    if page is None:
        page = Page.objects.filter(url_path=url_path).first()
        if page is None:
            return None
        page = page.specific
        cache.set(key, page, 60 * 60 * 24)
    return page


def view_restrictions_exist() -> bool:
    """Whether any page has Wagtail's privacy setting (this site controls access its
    own way, so usually none does); cached, and dropped when one is saved or deleted."""
    return cache.get_or_set(
        VIEW_RESTRICTIONS_KEY, lambda: PageViewRestriction.objects.exists(), None
    )


def view_restrictions_changed(**kwargs) -> None:
    forget(VIEW_RESTRICTIONS_KEY)


class LocaleFallbackMixin:
    """Routing for the site's pages.

    A page is found by its whole path in one query (Wagtail walks the tree one query
    per level). A page missing in the visitor's language falls back to the
    default-language page: `/es/programs/...` continues in the English tree, and the
    page is served in English with a notice (base template), never a 404.
    """

    def route(self, request, path_components):
        if path_components:
            page = page_at(self.url_path + "/".join(path_components) + "/")
            if page is not None:
                return page.route(request, [])
        try:
            return super().route(request, path_components)
        except Http404:
            source = self.default_locale_page()
            if not path_components or source is None or source.pk == self.pk:
                raise
            return source.route(request, path_components)

    def get_view_restrictions(self):
        # Wagtail checks the page and each ancestor on every view: two queries that
        # find nothing unless a restriction exists somewhere.
        if not view_restrictions_exist():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def default_locale_page(self):
        if locale_languages().get(self.locale_id) == settings.LANGUAGE_CODE:
            return self
        page = self.get_translation_or_none(Locale.get_default())
        return page.specific if page else None


CSRF_INPUT = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]+(")')
CSRF_HOLE = "\x00csrf-token\x00"
PAGE_CACHE_SECONDS = 60 * 60


READER_HOLE = re.compile(r"<!--reader:(\w+)-->")
READER_FRAGMENT_HOOK = "page_reader_fragment"


class ReaderCachedPageMixin:
    """Serves the page's HTML from the cache: it is the same for every reader of a
    language who is signed in (or for everyone who is not), except the CSRF token,
    which is put back per request, and per-person holes: a template writes
    `<!--reader:name-->` and `reader_fragment(name, request)` fills it on each request.
    The page's own access checks run before this, on every request.
    """

    def serve(self, request, *args, **kwargs):
        cacheable = _cacheable(request)
        key = self._reader_cache_key(request) if cacheable else None
        html = cache.get(key) if cacheable else None
        if html is None:
            response = super().serve(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
            if response.status_code != 200:
                return response
            html = CSRF_INPUT.sub(rf"\g<1>{CSRF_HOLE}\g<2>", response.content.decode())
            if cacheable:
                cache.set(key, html, PAGE_CACHE_SECONDS)
        html = html.replace(CSRF_HOLE, get_token(request))
        return HttpResponse(
            READER_HOLE.sub(lambda m: self.reader_fragment(m[1], request), html)
        )

    def reader_fragment(self, name: str, request) -> str:
        """HTML for one person, put into the page at `<!--reader:name-->`. Apps add
        theirs with the `page_reader_fragment` hook: fn(request, page, name) -> HTML."""
        parts = [
            fn(request, self, name) for fn in hooks.get_hooks(READER_FRAGMENT_HOOK)
        ]
        return "".join(part for part in parts if part)

    def _reader_cache_key(self, request) -> str:
        parts = (
            pages_version(),
            self.pk,
            get_language(),
            request.user.is_authenticated,
            request.path,
        )
        return "lms:page-html:" + ":".join(str(part) for part in parts)


def _cacheable(request) -> bool:
    # Query strings are not part of the key (they could flood the cache); pending
    # messages belong to one person.
    return (
        request.method == "GET"
        and not request.GET
        and not getattr(request, "is_preview", False)
        and not messages.get_messages(request)
    )


def localized_url(page, request=None) -> str:
    """The page's address under the reader's language prefix (`/es/programs/...`), so a
    page not yet translated does not switch the whole site back to English."""
    parts = page.get_url_parts(request)
    if parts is None:
        return ""
    path = parts[2]
    if locale_languages().get(page.locale_id) == get_language():
        return path
    return reverse("wagtail_serve", args=[path.lstrip("/")])
