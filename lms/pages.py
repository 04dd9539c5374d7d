"""Page behaviour shared by every page type of the site."""

from django.http import Http404
from wagtail.models import Locale


class LocaleFallbackMixin:
    """A page missing in the visitor's language falls back to the default-language page.

    `/es/programs/...` routes through the Spanish tree while it exists, then continues
    in the English tree; the page is served in English with a notice (base template),
    never a 404.
    """

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            source = self.default_locale_page()
            if not path_components or source is None or source.pk == self.pk:
                raise
            return source.route(request, path_components)

    def default_locale_page(self):
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        page = self.get_translation_or_none(default)
        return page.specific if page else None
