"""Demo curriculum for `manage.py seed_demo`: the catalog, two programs, translations.

The programs, modules and lessons are YAML files in this folder (see its README.md).
Pages that already exist are left as they are (a facilitator may have edited them).
"""

import re
from pathlib import Path

import yaml
from wagtail.blocks import RichTextBlock
from wagtail.models import Locale

from curriculum.blocks import LessonStreamBlock, ProgramStreamBlock
from curriculum.models import LessonPage, ModulePage, ProgramIndexPage, ProgramPage
from curriculum.services import publishing_setup
from lms.models import HomePage

CONTENT_DIR = Path(__file__).resolve().parent
# Lessons' blocks and programs' (a subset, plus participant reflections).
BLOCKS = {
    **LessonStreamBlock().child_blocks,
    **ProgramStreamBlock().child_blocks,
}
# An HTML tag at which a line break in a content file is dropped rather than a space.
BLOCK_TAG = r"</?(?:p|h[1-6]|ul|ol|li)>"

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
        "培訓計畫",
        "為社區組織者而設的培訓：從第一次上門拜訪，到帶領一場競選活動。",
    ),
}


def seed(stdout) -> None:
    home = HomePage.objects.get(locale=Locale.get_default())
    title, intro = CATALOG["en"]
    catalog = child_page(
        home, ProgramIndexPage, slug="programs", title=title, intro=intro
    )
    programs = load_programs()
    for program in programs:
        _seed_program(catalog, program)
    for language, translation in load_translations().items():
        _seed_translation(catalog, language, translation)
    publishing_setup(program_index=catalog)
    stdout.write(f"Curriculum: {len(programs)} programs at /programs/")


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
    if "body" in fields:
        _keep_block_ids(page, copy)
    copy.save_revision().publish()


def _keep_block_ids(source, copy) -> None:
    """The translated body takes the source's block ids, block by block, as
    wagtail-localize keeps them: a reflection prompt is one prompt in every language."""
    for original, translated in zip(source.body, copy.body, strict=False):
        if original.block_type == translated.block_type:
            translated.id = original.id


def load_programs() -> list[dict]:
    """The programs in `programs/`, in the order of their folder names, each with its
    modules in the order of their file names and the lessons in each module's order."""
    return [_program(folder) for folder in program_folders()]


def load_translations() -> dict[str, dict]:
    """`translations/<language code>.yaml`: a program, one of its modules, its lessons."""
    paths = sorted((CONTENT_DIR / "translations").glob("*.yaml"))
    return {path.stem: _translation(_read(path)) for path in paths}


def program_folders() -> list[Path]:
    return sorted(
        path for path in (CONTENT_DIR / "programs").iterdir() if path.is_dir()
    )


def module_files(program_folder: Path) -> list[Path]:
    return sorted(
        path for path in program_folder.glob("*.yaml") if path.name != "program.yaml"
    )


def _stream(entries: list[dict]) -> list[tuple]:
    """A body as a StreamField takes it, `(block type, value)` pairs, from a file's
    list of blocks: `type` and the block's fields (`html` for a text block)."""
    return [_block(dict(entry)) for entry in entries]


def rich_text(source: str) -> str:
    """Rich text HTML as Wagtail stores it, from HTML written one element a line: line
    breaks next to paragraph, heading and list tags go, others become spaces."""
    html = ""
    for line in filter(None, (line.strip() for line in source.splitlines())):
        at_edge = re.search(BLOCK_TAG + "$", html) or re.match(BLOCK_TAG, line)
        html += line if at_edge or not html else " " + line
    return html


def _read(path):
    with path.open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def _program(folder):
    program = _with_stream(_read(folder / "program.yaml"))
    program["modules"] = [_module(_read(path)) for path in module_files(folder)]
    return program


def _module(module):
    module["lessons"] = [_with_stream(lesson) for lesson in module["lessons"]]
    return module


def _translation(data):
    module = data["module"]
    return {
        "program": _with_stream(data["program"]),
        "module_slug": module.pop("slug"),
        "module": module,
        "lessons": {
            lesson.pop("slug"): _with_stream(lesson) for lesson in data["lessons"]
        },
    }


def _with_stream(fields):
    if "body" in fields:
        fields["body"] = _stream(fields["body"])
    return fields


def _block(entry):
    name = entry.pop("type")
    block = BLOCKS[name]
    if isinstance(block, RichTextBlock):
        return name, rich_text(entry["html"])
    return name, {
        field: rich_text(value)
        if isinstance(block.child_blocks.get(field), RichTextBlock)
        else value
        for field, value in entry.items()
    }
