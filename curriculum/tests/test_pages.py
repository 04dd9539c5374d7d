"""Page tree rules and what each page shows."""

import pytest

from curriculum.models import LessonPage, ModulePage, ProgramIndexPage, ProgramPage
from curriculum.tests.factories import make_curriculum
from lms.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "parents", "children"),
    [
        (ProgramIndexPage, {HomePage}, {ProgramPage}),
        (ProgramPage, {ProgramIndexPage}, {ModulePage}),
        (ModulePage, {ProgramPage}, {LessonPage}),
        (LessonPage, {ModulePage}, set()),
    ],
)
def test_tree_rules(model, parents, children):
    assert set(model.allowed_parent_page_models()) == parents
    assert set(model.allowed_subpage_models()) == children


def test_only_one_catalog_per_home():
    tree = make_curriculum()
    assert not ProgramIndexPage.can_create_at(tree.home)


def test_catalog_lists_programs(client):
    make_curriculum(program_title="Boot Camp")
    body = client.get("/programs/").content.decode()
    assert "Boot Camp" in body
    assert 'href="/programs/boot-camp/"' in body


def test_program_page_lists_modules_lessons_and_times(client):
    tree = make_curriculum(modules=2, lessons_per_module=3)
    body = client.get(tree.program.url).content.decode()
    for page in [*tree.modules, *tree.lessons]:
        assert page.title in body
    assert "60 minutes" in body  # 6 lessons x 10 minutes
    assert "30 minutes" in body  # each module


def test_titles_in_the_outline_are_text_not_markup(client):
    tree = make_curriculum(modules=1, lessons_per_module=2)
    lesson = tree.lessons[1]
    lesson.title = '<img src=x onerror="alert(1)"> & "Voices"'
    lesson.save_revision().publish()
    body = client.get(tree.program.url).content.decode()
    assert "<img src=x" not in body
    assert (
        "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &quot;Voices&quot;"
        in body
    )


def test_module_page_lists_its_lessons(client):
    tree = make_curriculum(modules=2, lessons_per_module=2)
    body = client.get(tree.modules[1].url).content.decode()
    assert "Lesson 2.1" in body and "Lesson 2.2" in body
    assert "Lesson 1.1" not in body


def test_lesson_shows_outline_current_lesson_and_neighbours(client, facilitator):
    tree = make_curriculum(modules=2, lessons_per_module=2)
    client.force_login(facilitator)
    lesson = tree.lessons[1]
    body = client.get(lesson.url).content.decode()
    assert "Secret body 1.2" in body
    assert '<span aria-current="page"><strong>Lesson 1.2</strong></span>' in body
    assert f'rel="prev" href="{tree.lessons[0].url}"' in body
    assert f'rel="next" href="{tree.lessons[2].url}"' in body
    assert "Lesson 2 of 4" in body
    assert "40 minutes" in body  # whole program


def test_first_and_last_lessons_have_one_neighbour(client, facilitator):
    tree = make_curriculum(modules=1, lessons_per_module=2)
    client.force_login(facilitator)
    first = client.get(tree.lessons[0].url).content.decode()
    last = client.get(tree.lessons[-1].url).content.decode()
    assert 'rel="prev"' not in first and 'rel="next"' in first
    assert 'rel="next"' not in last and 'rel="prev"' in last


def test_unpublished_lessons_are_not_listed(client):
    tree = make_curriculum(modules=1, lessons_per_module=2)
    tree.lessons[1].unpublish()
    body = client.get(tree.program.url).content.decode()
    assert "Lesson 1.2" not in body
