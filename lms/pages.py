"""Page behaviour shared by every page type of the site."""

from django.conf import settings
from django.core.cache import cache
from django.http import Http404
from wagtail.models import Locale, Page


def locale_languages() -> dict[int, str]:
    """Locale id -> language code. Locales change about never and are read on every
    page view, so they are kept in the cache for a few minutes."""
    return cache.get_or_set(
        "lms:locale-languages",
        lambda: dict(Locale.objects.values_list("pk", "language_code")),
        300,
    )


class LocaleFallbackMixin:
    """Routing for the site's pages.

    A page is found by its whole path in one query (Wagtail walks the tree one query
    per level). A page missing in the visitor's language falls back to the
    default-language page: `/es/programs/...` continues in the English tree, and the
    page is served in English with a notice (base template), never a 404.
    """

    def route(self, request, path_components):
        if path_components:
            url_path = self.url_path + "/".join(path_components) + "/"
            page = Page.objects.filter(url_path=url_path).first()
            if page is not None:
                return page.specific.route(request, [])
        try:
            return super().route(request, path_components)
        except Http404:
            source = self.default_locale_page()
            if not path_components or source is None or source.pk == self.pk:
                raise
            return source.route(request, path_components)

    def default_locale_page(self):
        if locale_languages().get(self.locale_id) == settings.LANGUAGE_CODE:
            return self
        page = self.get_translation_or_none(Locale.get_default())
        return page.specific if page else None
