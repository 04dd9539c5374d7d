"""The blocks a lesson (and a program's description) is written with.

Participant safety comes first: nothing here loads content from another host when a
lesson is read. Videos are shown as a link card; images are served from this site.
"""

from contextlib import suppress

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.embeds import get_embed, get_embed_hash
from wagtail.embeds.exceptions import EmbedException
from wagtail.embeds.models import Embed
from wagtail.images.blocks import ImageChooserBlock

from lms.blocks import QuoteBlock

# Facilitators write headings, emphasis, links and lists; no embeds, no raw HTML.
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class TextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "curriculum/blocks/text.html"
        label = _("Text")
        description = _("Paragraphs, headings, lists and links.")


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "curriculum/blocks/figure.html"
        label = _("Image")
        description = _(
            "A photo or drawing with a description and an optional caption."
        )


class VideoValue(blocks.StructValue):
    def provider(self):
        """Title and provider as fetched when the lesson was saved, or None when the
        provider could not be reached then. Reading a lesson never calls the provider."""
        embed = Embed.objects.filter(hash=get_embed_hash(self["url"])).first()
        if embed is None:
            return None
        return {"title": embed.title, "provider": embed.provider_name}


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("Video address"), help_text=_("YouTube, Vimeo, ..."))
    title = blocks.CharBlock(
        label=_("Title"), max_length=200, help_text=_("Shown as the link text.")
    )
    minutes = blocks.IntegerBlock(
        label=_("Length in minutes"), required=False, min_value=1
    )

    def clean(self, value):
        value = super().clean(value)
        # Fetch and store the provider's details now; if it cannot be reached, the
        # lesson shows a plain link.
        with suppress(EmbedException):
            get_embed(value["url"])
        return value

    class Meta:
        icon = "media"
        template = "curriculum/blocks/video.html"
        value_class = VideoValue
        label = _("Video")
        description = _(
            "A link to a video on another site. It opens there, so reading the lesson "
            "never tells that site who is reading."
        )


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("info", _("Good to know")),
            ("tip", _("Tip")),
            ("important", _("Important")),
        ],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    text = blocks.RichTextBlock(
        label=_("Text"), features=["bold", "italic", "link", "ul"]
    )

    class Meta:
        icon = "warning"
        template = "curriculum/blocks/callout.html"
        label = _("Callout")
        description = _("A highlighted box: a tip, a key fact, a safety note.")


class ResourceBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=200,
        help_text=_("Defaults to the document's title."),
    )
    description = blocks.CharBlock(
        label=_("Description"), required=False, max_length=250
    )

    class Meta:
        icon = "doc-full"
        template = "curriculum/blocks/resource.html"
        label = _("Downloadable resource")
        description = _("A handout, script or worksheet to download.")


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    items = blocks.ListBlock(blocks.CharBlock(max_length=250), label=_("Steps"))

    class Meta:
        icon = "list-ul"
        template = "curriculum/blocks/checklist.html"
        label = _("Activity checklist")
        description = _(
            "Steps of an activity participants do on their own or in pairs."
        )


class ReflectionPromptBlock(blocks.StructBlock):
    """A question participants answer in writing. The block's id is the prompt's stable id."""

    question = blocks.TextBlock(label=_("Question"))
    guidance = blocks.CharBlock(
        label=_("Guidance"),
        required=False,
        max_length=250,
        help_text=_("Optional hint."),
    )

    class Meta:
        icon = "help"
        template = "curriculum/blocks/reflection_prompt.html"
        label = _("Reflection prompt")
        description = _("A question participants answer in their own words.")


class ParticipantReflectionsBlock(blocks.StructBlock):
    """Where a program page shows participants' own words: the reflections their
    writers agreed to have quoted and that facilitators chose to feature (admin:
    Public quotes). Filled in for each request, so a withdrawn consent shows at once."""

    heading = blocks.CharBlock(
        label=_("Heading"), max_length=120, default=_("In participants' words")
    )

    class Meta:
        icon = "openquote"
        template = "curriculum/blocks/participant_reflections.html"
        label = _("Participant reflections")
        description = _(
            "Reflections participants agreed to share publicly, chosen by facilitators."
        )


class LessonStreamBlock(blocks.StreamBlock):
    text = TextBlock()
    image = FigureBlock()
    video = VideoBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    resource = ResourceBlock()
    checklist = ChecklistBlock()
    reflection = ReflectionPromptBlock()


class ProgramStreamBlock(blocks.StreamBlock):
    """A program's description: the lesson blocks minus activities and prompts, plus
    participants' reflections."""

    text = TextBlock()
    image = FigureBlock()
    video = VideoBlock()
    quote = QuoteBlock()
    participant_reflections = ParticipantReflectionsBlock()
    callout = CalloutBlock()
