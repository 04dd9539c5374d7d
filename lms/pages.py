"""Page behaviour shared by every page type of the site."""

from django.conf import settings
from django.http import Http404
from django.http.request import split_domain_port
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info
from wagtail import hooks
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

from .caching import bump_version, shared, version_key

# Bumped whenever a page is published, unpublished, moved or deleted, and when a
# locale, a site or a Wagtail privacy setting changes: the version of everything cached
# about where pages live and what they contain.
PAGES_VERSION = version_key("lms:pages-version")


def pages_changed(**kwargs) -> None:
    bump_version(PAGES_VERSION)


def locale_languages() -> dict[int, str]:
    """Locale id -> language code, read many times on every page view."""
    return shared(
        PAGES_VERSION,
        "locale-languages",
        make=lambda: dict(Locale.objects.values_list("pk", "language_code")),
    )


def active_locale_id() -> int | None:
    """The id of the locale of the active language (Wagtail's `Locale.get_active()`,
    a query each time): the default locale's when the language has none."""
    return locale_id_for(get_language()) or default_locale_id()


def locale_id_for(language: str) -> int | None:
    code = get_supported_content_language_variant(language)
    for pk, language_code in locale_languages().items():
        if language_code == code:
            return pk
    return None


def default_locale_id() -> int | None:
    return locale_id_for(settings.LANGUAGE_CODE)


def site_for_request(request):
    """Wagtail's `Site.find_for_request` (a query with several joins, on every
    request) from the shared cache, with the root page already specific. Only the
    hostnames of real sites are keys: any other Host header can only be answered by
    the default site, so made-up hosts all share one entry."""
    # As Wagtail reads them: the raw host, since its site may not be in ALLOWED_HOSTS.
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    if hostname not in site_hostnames():
        hostname, port = (
            "",
            0,
        )  # no site has an empty hostname: the default site answers
    return shared(
        PAGES_VERSION, "site", hostname, port, make=lambda: _site(hostname, port)
    )


def site_hostnames() -> set[str]:
    return shared(
        PAGES_VERSION,
        "site-hostnames",
        make=lambda: set(Site.objects.values_list("hostname", flat=True)),
    )


def _site(hostname: str, port):
    try:
        site = get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None
    site.root_page = site.root_page.specific
    return site


def page_at(url_path: str):
    """The specific page at a full url_path. Kept in the cache until any page is
    published, unpublished, moved or deleted: the live content cannot change without
    one of those (drafts are not served). A path with no page is not remembered, so
    made-up addresses cannot fill the cache."""
    return shared(PAGES_VERSION, "page-at", url_path, make=lambda: _page_at(url_path))


def _page_at(url_path: str):
    page = Page.objects.filter(url_path=url_path).first()
    return page.specific if page else None


def site_root_paths() -> list:
    """Wagtail's list of sites and their root pages, for working out page addresses."""
    return shared(PAGES_VERSION, "site-root-paths", make=Site.get_site_root_paths)


def view_restrictions_exist() -> bool:
    """Whether any page has Wagtail's privacy setting (this site controls access its
    own way, so usually none does): saving or deleting one moves the pages version."""
    return shared(
        PAGES_VERSION,
        "view-restrictions-exist",
        make=PageViewRestriction.objects.exists,
    )


class LocaleFallbackMixin:
    """Routing for the site's pages.

    A page is found by its whole path from the shared cache (Wagtail walks the tree,
    one query per level). A page missing in the visitor's language, or still a draft
    there, falls back to the default-language page: `/es/programs/...` continues in
    the English tree, and the page is served in English with a notice (base
    template), never a 404. Translations are looked up in the shared cache too.
    """

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        # A path no page has would not be found by Wagtail's walk either. A
        # translation still in draft is not there yet for readers: they get the
        # default-language page, as when there is no translation.
        page = page_at(self.url_path + "/".join(path_components) + "/")
        if page is not None and page.live:
            return page.route(request, [])
        source = self.default_locale_page()
        if source is None or source.pk == self.pk:
            raise Http404
        return source.route(request, path_components)

    @property
    def localized(self):
        # Wagtail's own (the live translation in the active language, or the page
        # itself) runs two queries; it is asked of the site's root page on every view.
        page = self.translation_in(active_locale_id())
        return page if page is not None and page.live else self

    def default_locale_page(self):
        """This page in the site's default language, or None."""
        return self.translation_in(default_locale_id())

    def translation_in(self, locale_id: int | None):
        """The specific translation of this page in the locale `locale_id` (itself
        when it is in that locale), or None."""
        if locale_id is None:
            return None
        if locale_id == self.locale_id:
            return self
        found = shared(
            PAGES_VERSION,
            "translation",
            self.translation_key,
            locale_id,
            make=lambda: self._translation_list(locale_id),
        )
        return found[0] if found else None

    def _translation_list(self, locale_id: int) -> list:
        """[the translation] or [] (an empty list is cached, None would not be)."""
        page = self.get_translation_or_none(locale_id)
        return [page.specific] if page is not None else []

    def _get_site_root_paths(self, request=None):
        # Wagtail reads these from the cache for each address it works out without a
        # request (outlines are built so); the shared copy is read once per request.
        return site_root_paths()

    def get_view_restrictions(self):
        # Wagtail checks the page and each ancestor on every view: two queries that
        # find nothing unless a restriction exists somewhere.
        if not view_restrictions_exist():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def rendered_for_everyone(page, template_name: str, *, cached: bool = True) -> str:
    """`template_name` rendered with the page alone in its context: no request, no
    reader, so nothing personal can get in, and the HTML is shared by every reader of
    the page's live revision in this language (see `for_everyone`)."""
    return for_everyone(
        page,
        "fragment",
        template_name,
        make=lambda: render_to_string(template_name, {"page": page, "self": page}),
        cached=cached,
    )


def for_everyone(page, name: str, *parts, make, cached: bool = True):
    """What `make()` builds from the page alone, shared by every reader of the page's
    live revision in the active language. The pages version is in the key too: links
    in the content name other pages' current addresses. Previews (`cached=False`)
    show unsaved edits and are never shared."""
    if not cached:
        return make()
    return shared(
        PAGES_VERSION,
        name,
        *parts,
        page.pk,
        page.live_revision_id,
        get_language(),
        make=make,
    )


READER_CONTEXT_HOOK = "page_reader_context"


class ReaderContextMixin:
    """Pages are rendered for each reader on every request (only fragments that are
    the same for everyone are cached, see lms.caching). What other apps know about the
    reader and the page (their progress, how to join) reaches the template through the
    `page_reader_context` hook: fn(request, page) -> dict of context, or None."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        for reader_context in hooks.get_hooks(READER_CONTEXT_HOOK):
            context.update(reader_context(request, self) or {})
        return context

    def serve(self, request, *args, **kwargs):
        return made_for_reader(request, super().serve(request, *args, **kwargs))


def made_for_reader(request, response):
    """A page for a signed-in reader is made for one person (their name, their CSRF
    token): no shared cache on the way may keep it."""
    if request.user.is_authenticated:
        patch_cache_control(response, private=True)
    return response


def page_language_attrs(page) -> str:
    """`lang` and `dir` for the element holding a page's own text."""
    code = locale_languages().get(page.locale_id)
    return language_attrs(code) if code else ""


def language_attrs(code: str) -> str:
    """`lang` and `dir` for text written in the language `code`."""
    bidi = get_language_info(code)["bidi"]
    return format_html('lang="{}" dir="{}"', code, "rtl" if bidi else "ltr")


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
