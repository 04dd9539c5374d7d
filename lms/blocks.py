"""Blocks shared by every app's pages (the home page, programs, lessons)."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


def site_languages():
    return settings.LANGUAGES


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        label=_("Who said it"), required=False, max_length=150
    )
    role = blocks.CharBlock(
        label=_("Their role or place"), required=False, max_length=150
    )
    language = blocks.ChoiceBlock(
        label=_("Language of the quote"),
        choices=site_languages,
        required=False,
        help_text=_("When it differs from the page's, e.g. a quote kept in English."),
    )

    class Meta:
        icon = "openquote"
        template = "lms/blocks/quote.html"
        label = _("Quote or testimonial")
        description = _("Words of an organizer, a participant or an elder.")
