"""The demo curriculum's content files (`curriculum/demo/`) are valid, so a broken file
fails here rather than in `seed_demo`."""

import re

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.blocks import RichTextBlock, StructBlock

from curriculum.demo import (
    CATALOG,
    load_programs,
    load_translations,
    module_files,
    program_folders,
    rich_text,
)
from curriculum.models import LessonPage, ModulePage, ProgramPage

PROGRAM_KEYS = {"slug", "title", "summary", "audience", "duration", "languages_offered"}
PROGRAM_KEYS |= {"body", "modules"}
MODULE_KEYS = {"slug", "title", "summary", "lessons"}
LESSON_KEYS = {"slug", "title", "estimated_minutes", "required", "preview", "body"}


def pages():
    """(where, page model, the page's field values) for every page in the files."""
    for program in load_programs():
        fields = {k: v for k, v in program.items() if k != "modules"}
        yield program["slug"], ProgramPage, fields
        for module in program["modules"]:
            where = f"{program['slug']}/{module['slug']}"
            fields = {k: v for k, v in module.items() if k != "lessons"}
            yield where, ModulePage, fields
            for lesson in module["lessons"]:
                yield f"{where}/{lesson['slug']}", LessonPage, _lesson_fields(lesson)
    for language, translation in load_translations().items():
        yield f"{language}: program", ProgramPage, translation["program"]
        yield f"{language}: module", ModulePage, translation["module"]
        for slug, fields in translation["lessons"].items():
            yield f"{language}: {slug}", LessonPage, fields


def _lesson_fields(lesson):
    renamed = {"required": "is_required", "preview": "is_preview"}
    return {renamed.get(key, key): value for key, value in lesson.items()}


def bodies():
    for where, model, fields in pages():
        if "body" in fields:
            yield where, model._meta.get_field("body").stream_block, fields["body"]


def rich_texts():
    """(where, HTML, the editor features allowed there) for every rich text value."""
    for where, stream_block, body in bodies():
        for name, value in body:
            block = stream_block.child_blocks.get(name)
            if isinstance(block, RichTextBlock):
                yield where, value, block.features
            for field, child in getattr(block, "child_blocks", {}).items():
                if isinstance(child, RichTextBlock) and field in value:
                    yield where, value[field], child.features


def test_every_body_validates_against_its_page_stream_block(monkeypatch):
    monkeypatch.setattr("curriculum.blocks.get_embed", lambda url: None)  # no requests
    problems = {}
    for where, stream_block, body in bodies():
        try:
            stream_block.clean(stream_block.normalize(body))
        except (KeyError, ValidationError) as error:
            problems[where] = repr(error)
    assert problems == {}


def test_blocks_are_blocks_of_their_page_with_their_own_fields():
    """Wagtail drops a block type the page does not have without a word."""
    for where, stream_block, body in bodies():
        for name, value in body:
            assert name in stream_block.child_blocks, (where, name)
            block = stream_block.child_blocks[name]
            if isinstance(block, StructBlock):
                assert set(value) <= set(block.child_blocks), (where, name)


def test_rich_text_is_what_the_editor_stores():
    """Only the features the block allows, written as the editor would write them."""
    for where, html, features in rich_texts():
        converter = ContentstateConverter(features)
        stored = converter.to_database_format(converter.from_database_format(html))
        assert re.sub(r' data-block-key="[^"]*"', "", stored) == html, where


def test_rich_text_lines_join_at_block_tags_and_otherwise_with_a_space():
    source = "<p>One paragraph\n  wrapped.</p>\n<ul><li>a</li>\n<li>b</li></ul>\n"
    assert (
        rich_text(source)
        == "<p>One paragraph wrapped.</p><ul><li>a</li><li>b</li></ul>"
    )


@pytest.mark.django_db  # a new page looks up its locale
def test_page_fields_are_page_fields_within_their_limits():
    """Lengths, numbers, required fields; an unknown field name raises TypeError."""
    problems = {}
    for where, model, fields in pages():
        others = [f.name for f in model._meta.concrete_fields if f.name not in fields]
        try:
            model(**fields).clean_fields(exclude=[*others, "body"])
        except ValidationError as error:
            problems[where] = error.message_dict
    assert problems == {}


def test_programs_have_modules_and_lessons_with_unique_slugs():
    programs = load_programs()
    assert programs
    assert _unique(program["slug"] for program in programs)
    for program in programs:
        assert set(program) == PROGRAM_KEYS, program["slug"]
        assert program["modules"], program["slug"]
        assert _unique(module["slug"] for module in program["modules"])
        lessons = [
            lesson for module in program["modules"] for lesson in module["lessons"]
        ]
        assert all(module["lessons"] for module in program["modules"]), program["slug"]
        assert all(set(module) == MODULE_KEYS for module in program["modules"])
        assert all(set(lesson) == LESSON_KEYS for lesson in lessons), program["slug"]
        assert _unique(lesson["slug"] for lesson in lessons), program["slug"]


def test_file_names_are_position_and_slug():
    for folder, program in zip(program_folders(), load_programs(), strict=True):
        assert re.fullmatch(rf"\d\d-{re.escape(program['slug'])}", folder.name)
        paths = module_files(folder)
        for path, module in zip(paths, program["modules"], strict=True):
            assert re.fullmatch(rf"\d\d-{re.escape(module['slug'])}\.yaml", path.name)


def test_translations_name_english_pages_in_site_languages():
    languages = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    programs = {program["slug"]: program for program in load_programs()}
    assert all(set(p["languages_offered"]) <= languages for p in programs.values())
    for language, translation in load_translations().items():
        assert language in languages - {"en"}
        assert language in CATALOG
        program = programs[translation["program"]["slug"]]
        modules = {module["slug"]: module for module in program["modules"]}
        lessons = {
            lesson["slug"] for lesson in modules[translation["module_slug"]]["lessons"]
        }
        assert set(translation["lessons"]) <= lessons, language


def _unique(slugs):
    slugs = list(slugs)
    return len(slugs) == len(set(slugs))
