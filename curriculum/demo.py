"""Demo curriculum for `manage.py seed_demo`: the catalog, two programs, translations.

Pages that already exist are left as they are (a facilitator may have edited them).
"""

from wagtail.models import Locale

from lms.models import HomePage

from .demo_content import PROGRAMS, TRANSLATIONS
from .models import LessonPage, ModulePage, ProgramIndexPage, ProgramPage
from .services import publishing_setup

CATALOG = {
    "en": (
        "Programs",
        "Trainings for organizers, from a first canvass to leading a campaign.",
    ),
    "es": (
        "Programas",
        "Capacitaciones para organizadores, desde el primer recorrido de puerta en puerta hasta dirigir una campaña.",
    ),
    "zh-hant": (
        "培訓計劃",
        "為社區組織者而設的培訓：從第一次上門拜訪，到帶領一場競選活動。",
    ),
}


def seed(stdout) -> None:
    home = HomePage.objects.get(locale=Locale.get_default())
    title, intro = CATALOG["en"]
    catalog = child_page(
        home, ProgramIndexPage, slug="programs", title=title, intro=intro
    )
    for program in PROGRAMS:
        _seed_program(catalog, program)
    for language, translation in TRANSLATIONS.items():
        _seed_translation(catalog, language, translation)
    publishing_setup(program_index=catalog)
    stdout.write(f"Curriculum: {len(PROGRAMS)} programs at /programs/")


def child_page(parent, model, *, slug, **fields):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = parent.add_child(instance=model(slug=slug, **fields))
    page.save_revision().publish()
    return page


def _seed_program(catalog, data):
    program = child_page(
        catalog,
        ProgramPage,
        slug=data["slug"],
        title=data["title"],
        summary=data["summary"],
        audience=data["audience"],
        duration=data["duration"],
        languages_offered=data["languages_offered"],
        body=data["body"],
    )
    for module_data in data["modules"]:
        module = child_page(
            program,
            ModulePage,
            slug=module_data["slug"],
            title=module_data["title"],
            summary=module_data["summary"],
        )
        for lesson in module_data["lessons"]:
            child_page(
                module,
                LessonPage,
                slug=lesson["slug"],
                title=lesson["title"],
                body=lesson["body"],
                estimated_minutes=lesson["estimated_minutes"],
                is_required=lesson["required"],
                is_preview=lesson["preview"],
            )


def _seed_translation(catalog, language, data):
    locale = Locale.objects.get(language_code=language)
    title, intro = CATALOG[language]
    _translate(catalog, locale, title=title, intro=intro)
    program = ProgramPage.objects.child_of(catalog).get(slug=data["program"]["slug"])
    fields = {k: v for k, v in data["program"].items() if k != "slug"}
    _translate(program, locale, **fields)
    module = ModulePage.objects.child_of(program).get(slug=data["module_slug"])
    _translate(module, locale, **data["module"])
    for slug, lesson_fields in data["lessons"].items():
        _translate(
            LessonPage.objects.child_of(module).get(slug=slug), locale, **lesson_fields
        )


def _translate(page, locale, **fields):
    """The page's copy in `locale` with translated fields, unless it exists already."""
    if page.get_translation_or_none(locale):
        return
    copy = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
