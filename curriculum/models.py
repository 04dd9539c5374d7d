"""Programs, modules and lessons: the curriculum facilitators write in the Wagtail admin."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from lms.admin_forms import PageForm
from lms.forms import LanguagesField
from lms.pages import LocaleFallbackMixin, ReaderContextMixin, made_for_reader

from . import selectors
from .blocks import LessonStreamBlock, ProgramStreamBlock
from .permissions import can_read_lesson

# The collection of the curriculum's images and documents (facilitators upload there).
COLLECTION_NAME = "Curriculum"


class ProgramIndexPage(LocaleFallbackMixin, Page):
    """The catalog of programs, at /programs/."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    base_form_class = PageForm
    parent_page_types = ["lms.HomePage"]
    subpage_types = ["curriculum.ProgramPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("program catalog")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programs"] = selectors.programs_in(self)
        return context


class ProgramPageForm(PageForm):
    languages_offered = LanguagesField(label=_("Languages offered"))


class ProgramPage(ReaderContextMixin, LocaleFallbackMixin, Page):
    """A program such as the Boot Camp or the New Majority Fellowship."""

    summary = models.TextField(_("summary"), max_length=400)
    body = StreamField(ProgramStreamBlock(), blank=True, verbose_name=_("description"))
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image description"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    audience = models.CharField(_("who it is for"), max_length=250, blank=True)
    duration = models.CharField(_("duration"), max_length=120, blank=True)
    languages_offered = models.JSONField(
        _("languages offered"), default=list, blank=True
    )
    # The completion rule: what earns the certificate (cohorts.selectors.completion).
    # Read from the default-language page; translations copy it.
    completion_requires_lessons = models.BooleanField(
        _("all required lessons completed"), default=True
    )
    completion_min_reflections = models.PositiveSmallIntegerField(
        _("reflections on required lessons, at least"),
        default=0,
        validators=[MaxValueValidator(200)],
        help_text=_("Answers to reflection prompts of required lessons."),
    )
    completion_min_attendance = models.PositiveSmallIntegerField(
        _("sessions attended, at least (percent)"),
        default=0,
        validators=[MaxValueValidator(100)],
        help_text=_("Of all the sessions of the person's cohort."),
    )
    certificate_template = models.ForeignKey(
        "certificates.CertificateTemplate",
        verbose_name=_("certificate template"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty: the default template."),
    )

    base_form_class = ProgramPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")],
            heading=_("Hero image"),
        ),
        FieldPanel("audience"),
        FieldPanel("duration"),
        FieldPanel("languages_offered"),
        FieldPanel("body"),
    ]
    # Only site admins change what a certificate takes.
    settings_panels = [
        *Page.settings_panels,
        MultiFieldPanel(
            [
                FieldPanel("completion_requires_lessons", permission="superuser"),
                FieldPanel("completion_min_reflections", permission="superuser"),
                FieldPanel("completion_min_attendance", permission="superuser"),
                FieldPanel("certificate_template", permission="superuser"),
            ],
            heading=_("Certificate"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("audience"),
        index.SearchField("body"),
    ]

    parent_page_types = ["curriculum.ProgramIndexPage"]
    subpage_types = ["curriculum.ModulePage"]
    # Root > home > catalog > program: the tree rules fix where programs sit.
    TREE_DEPTH = 4

    class Meta:
        verbose_name = _("program")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["outline"] = selectors.program_outline(self)
        return context

    def language_names(self):
        names = dict(settings.LANGUAGES)
        return [names[code] for code in self.languages_offered if code in names]


class ModulePage(ReaderContextMixin, LocaleFallbackMixin, Page):
    """A module of a program; its lessons follow the order of the page tree."""

    summary = models.TextField(_("summary"), max_length=400, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]

    base_form_class = PageForm
    parent_page_types = ["curriculum.ProgramPage"]
    subpage_types = ["curriculum.LessonPage"]

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        outline = selectors.program_outline(self)
        context["outline"] = outline
        context["module_entry"] = outline.module(self)
        return context


class LessonPage(ReaderContextMixin, LocaleFallbackMixin, Page):
    """A lesson. Readable by whom `can_read_lesson` says; others are invited to join."""

    body = StreamField(LessonStreamBlock(), verbose_name=_("lesson"))
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"),
        default=15,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
    )
    is_required = models.BooleanField(
        _("required"), default=True, help_text=_("Needed to complete the program.")
    )
    is_preview = models.BooleanField(
        _("open preview"),
        default=False,
        help_text=_("Anyone can read this lesson, without joining a cohort."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("estimated_minutes"),
                FieldPanel("is_required"),
                FieldPanel("is_preview"),
            ],
            heading=_("About this lesson"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    base_form_class = PageForm
    parent_page_types = ["curriculum.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    def serve(self, request, *args, **kwargs):
        if not can_read_lesson(request.user, self):
            return self.serve_invitation(request)
        return super().serve(request, *args, **kwargs)

    def serve_invitation(self, request):
        """Instead of the lesson: what it is, and how to get in. Never the body."""
        # The program in the reader's language, from the cached outline.
        program = selectors.program_outline(self).program
        context = {"page": self, "program": program, "self": self}
        response = TemplateResponse(
            request, "curriculum/lesson_locked.html", context, status=403
        )
        return made_for_reader(request, response)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        outline = selectors.program_outline(self)
        context["outline"] = outline
        context["position"] = outline.position(self)
        return context
