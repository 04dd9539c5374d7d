"""Build curriculum page trees for tests (no demo data)."""

from dataclasses import dataclass

from wagtail.models import Locale

from curriculum.models import LessonPage, ModulePage, ProgramIndexPage, ProgramPage
from lms.tests.pages import make_home_page


@dataclass
class Curriculum:
    home: object
    catalog: ProgramIndexPage
    program: ProgramPage
    modules: list
    lessons: list


def lesson_body(text="Knock, smile, listen first.", question="Why do you organize?"):
    return [
        ("text", f"<p>{text}</p>"),
        ("reflection", {"question": question, "guidance": ""}),
    ]


def publish(parent, page):
    page = parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_catalog(home=None):
    home = home or make_home_page()
    catalog = publish(home, ProgramIndexPage(title="Programs", slug="programs"))
    return home, catalog


def make_curriculum(
    *, modules=2, lessons_per_module=3, program_title="Boot Camp", catalog=None
):
    """A published program; the first lesson is an open preview, the rest are not."""
    home, catalog = (
        (catalog.get_parent().specific, catalog) if catalog else make_catalog()
    )
    slug = program_title.lower().replace(" ", "-")
    program = publish(
        catalog,
        ProgramPage(title=program_title, slug=slug, summary=f"About {program_title}"),
    )
    module_pages, lesson_pages = [], []
    for m in range(1, modules + 1):
        module = publish(program, ModulePage(title=f"Module {m}", slug=f"module-{m}"))
        module_pages.append(module)
        for n in range(1, lessons_per_module + 1):
            lesson = LessonPage(
                title=f"Lesson {m}.{n}",
                slug=f"lesson-{m}-{n}",
                body=lesson_body(text=f"Secret body {m}.{n}"),
                estimated_minutes=10,
                is_preview=not lesson_pages,
            )
            lesson_pages.append(publish(module, lesson))
    return Curriculum(home, catalog, program, module_pages, lesson_pages)


def locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]


def translate(page, code, **fields):
    """A published translation of `page` (its parents must be translated first)."""
    copy = page.copy_for_translation(locale(code)).specific
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy
