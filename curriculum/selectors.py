"""Reads of the curriculum tree that pages share, at a fixed number of queries."""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Collection, Locale, Page, ReferenceIndex

from lms.caching import shared
from lms.pages import (
    PAGES_VERSION,
    for_everyone,
    locale_languages,
    localized_url,
    page_language_attrs,
)

from . import models, permissions, search


def programs_in(index) -> list:
    """Every live program of the catalog, in the catalog's language where translated
    and in the default language otherwise, so no language's catalog lacks a program.
    The same for every reader: cached until the curriculum changes."""
    return shared(
        PAGES_VERSION, "programs-in", index.pk, make=lambda: _programs_in(index)
    )


def _programs_in(index) -> list:
    source = index.default_locale_page() or index
    programs = list(_live_programs().child_of(source))
    if source.pk == index.pk:
        return programs
    translated = {
        page.translation_key: page
        for page in _live_programs().filter(
            locale_id=index.locale_id,
            translation_key__in=[page.translation_key for page in programs],
        )
    }
    return [translated.get(page.translation_key, page) for page in programs]


def programs_under(home) -> list:
    """The programs of the catalog under a home page (see `programs_in`), the same for
    every reader of a language: cached until the curriculum changes."""
    return shared(
        PAGES_VERSION,
        "programs-under",
        home.pk,
        get_language(),
        make=lambda: _programs_under(home),
    )


def _programs_under(home) -> list:
    index = models.ProgramIndexPage.objects.child_of(home).live().first()
    return programs_in(index) if index else []


def _live_programs():
    return (
        models.ProgramPage.objects.live()
        .select_related("hero_image")
        .defer_streamfields()
    )


def in_curriculum_collection(item) -> bool:
    """Whether an image or document belongs to the Curriculum collection (or under it)."""
    collection = Collection.objects.filter(name=models.COLLECTION_NAME).first()
    return collection is not None and item.collection.path.startswith(collection.path)


def live_pages_using(document) -> list:
    """The live pages whose content refers to `document` (Wagtail's reference index)."""
    page_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    return list(
        Page.objects.live().filter(pk__in=[int(pk) for pk in page_ids]).specific()
    )


REFLECTION_BLOCK = "reflection"
QUOTES_BLOCK = "participant_reflections"


@dataclass(frozen=True)
class Prompt:
    """A reflection prompt of a lesson; `id` is its block's id, kept by translations."""

    id: str
    question: str
    guidance: str = ""


@dataclass(frozen=True)
class QuotesSlot:
    """Where a program page shows the participants' reflections featured on it."""

    id: str
    heading: str


def lesson_prompts(lesson) -> dict[str, Prompt]:
    """The lesson's reflection prompts by id, in body order."""
    return {
        block.id: Prompt(block.id, block.value["question"], block.value["guidance"])
        for block in lesson.body
        if block.block_type == REFLECTION_BLOCK
    }


def body_parts(page, *, cached: bool = True) -> list:
    """A lesson's or program's body as HTML that is the same for every reader, split
    where each reader sees something of their own: at reflection prompts (`Prompt`:
    their answer goes under the question) and participant reflections (`QuotesSlot`:
    filled in on each request, so a withdrawn consent shows at once).
    ["<p>...</p>", Prompt(...), "<p>...</p>"]."""
    return for_everyone(
        page, "body-parts", make=lambda: _body_parts(page), cached=cached
    )


def _body_parts(page) -> list:
    parts, html = [], []
    for block in page.body:
        slot = _slot(block)
        if slot is None:
            context = {"page": page, "self": page, "block_id": block.id}
            html.append(block.render_as_block(context))
            continue
        parts += [mark_safe("".join(html)), slot]  # noqa: S308 (blocks' own HTML)
        html = []
    return [*parts, mark_safe("".join(html))]  # noqa: S308


def _slot(block):
    if block.block_type == REFLECTION_BLOCK:
        return Prompt(block.id, block.value["question"], block.value["guidance"])
    if block.block_type == QUOTES_BLOCK:
        return QuotesSlot(block.id, block.value["heading"])
    return None


def program_of(page):
    """The program a module or lesson belongs to (one query)."""
    return models.ProgramPage.objects.ancestor_of(page).defer_streamfields().get()


@dataclass
class ModuleEntry:
    page: Page
    lessons: list = field(default_factory=list)

    @property
    def minutes(self) -> int:
        return sum(lesson.estimated_minutes for lesson in self.lessons)


@dataclass
class Outline:
    """A program's modules and lessons in tree order, in the reader's language where
    translated (the default-language page otherwise), with their times."""

    modules: list[ModuleEntry]
    program: Page | None = None
    # The program's translation_key (shared by its translations).
    program_key: object = None

    @property
    def minutes(self) -> int:
        return sum(module.minutes for module in self.modules)

    @property
    def lessons(self) -> list:
        return [lesson for module in self.modules for lesson in module.lessons]

    def module(self, page) -> ModuleEntry | None:
        return next(
            (m for m in self.modules if m.page.translation_key == page.translation_key),
            None,
        )

    def position(self, lesson) -> dict:
        lessons = self.lessons
        keys = [each.translation_key for each in lessons]
        index = (
            keys.index(lesson.translation_key) if lesson.translation_key in keys else 0
        )
        return {
            "module": next(
                (
                    m
                    for m in self.modules
                    if lesson.translation_key in {x.translation_key for x in m.lessons}
                ),
                None,
            ),
            "number": index + 1,
            "count": len(lessons),
            "previous": lessons[index - 1] if index > 0 else None,
            "next": lessons[index + 1] if index + 1 < len(lessons) else None,
        }


def program_outline(page) -> Outline:
    """The outline of the program that `page` (program, module or lesson) belongs to,
    in the reader's language, each page with its address in that language (`local_url`)
    and the `lang` and `dir` of its own text (`lang_attrs`).
    The same for every reader: cached until the curriculum changes, and built in a
    fixed number of queries, whatever the size of the program."""
    program_path = page.path[: page.steplen * models.ProgramPage.TREE_DEPTH]
    return shared(
        PAGES_VERSION,
        "outline",
        program_path,
        get_language(),
        make=lambda: _build_outline(page, program_path),
    )


def _build_outline(page, program_path) -> Outline:
    program = models.ProgramPage.objects.defer_streamfields().get(path=program_path)
    if locale_languages().get(page.locale_id) != settings.LANGUAGE_CODE:
        program_path = program.default_locale_page().path
    depth = models.ProgramPage.TREE_DEPTH
    in_program = {"path__startswith": program_path}
    modules = list(
        models.ModulePage.objects.live()
        .filter(depth=depth + 1, **in_program)
        .order_by("path")
    )
    lessons = list(
        models.LessonPage.objects.live()
        .filter(depth=depth + 2, **in_program)
        .defer_streamfields()
        .order_by("path")
    )
    translated = _translations_in_current_language([program, *modules, *lessons])
    entries = {
        m.path: ModuleEntry(translated.get(m.translation_key, m)) for m in modules
    }
    for lesson in lessons:
        module = entries.get(lesson.path[: -lesson.steplen])
        if module is not None:
            module.lessons.append(translated.get(lesson.translation_key, lesson))
    program = translated.get(program.translation_key, program)
    outline = Outline(list(entries.values()), program, program.translation_key)
    pages = [program, *(module.page for module in outline.modules), *outline.lessons]
    for each in pages:
        each.local_url = localized_url(each)
        each.lang_attrs = page_language_attrs(each)
    return outline


def _translations_in_current_language(pages) -> dict:
    """translation_key -> the live page in the reader's language, for those translated."""
    # The outline is built from the default-language tree: English readers need no more.
    if not pages or get_language() == settings.LANGUAGE_CODE:
        return {}
    locale = Locale.objects.filter(language_code=get_language()).first()
    if locale is None:
        return {}
    keys = [page.translation_key for page in pages]
    found = {}
    for model in (models.ProgramPage, models.ModulePage, models.LessonPage):
        rows = model.objects.filter(translation_key__in=keys, locale=locale).live()
        found.update({page.translation_key: page for page in rows.defer_streamfields()})
    return found


SEARCH_QUERY_MAX_LENGTH = 200


def search_curriculum(*, query: str, user):
    """Published programs, modules and lessons matching every word of `query`, in the
    reader's language (default-language pages stand in for those not translated),
    without the lessons this person may not read. Pages with every word in the title
    come first."""
    query = search_terms(query)
    if not query:
        return Page.objects.none()
    pages = (
        Page.objects.live()
        .public()
        .type(models.ProgramPage, models.ModulePage, models.LessonPage)
        .filter(_in_reader_language())
    )
    hidden = permissions.unreadable_lessons_filter(user)
    if hidden is not None:
        pages = pages.exclude(
            pk__in=models.LessonPage.objects.filter(hidden).values("pk")
        )
    return search.matching(pages, query).defer_streamfields().specific()


def search_terms(query: str) -> str:
    """The words of `query` (`search.words`), as one string of limited length."""
    words = search.words(query[: SEARCH_QUERY_MAX_LENGTH * 2])
    return " ".join(words)[:SEARCH_QUERY_MAX_LENGTH]


def _in_reader_language() -> Q:
    default = Locale.get_default()
    locale = Locale.objects.filter(language_code=get_language()).first() or default
    if locale.pk == default.pk:
        return Q(locale=default)
    translated = Page.objects.filter(locale=locale).values("translation_key")
    return Q(locale=locale) | (Q(locale=default) & ~Q(translation_key__in=translated))
