"""Search over published curriculum, in the reader's language, without locked lessons."""

import pytest

from curriculum.tests.factories import make_curriculum, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    tree = make_curriculum(modules=1, lessons_per_module=3)
    for lesson, title in zip(
        tree.lessons, ["Canvass preview", "Canvass locked", "Phonebank"], strict=True
    ):
        lesson.title = title
        lesson.save_revision().publish()
    return tree


def titles(response):
    return [page.title for page in response.context["results"]]


def test_finds_programs_modules_and_lessons(client, facilitator, tree):
    client.force_login(facilitator)
    assert set(titles(client.get("/search/", {"q": "canvass"}))) == {
        "Canvass preview",
        "Canvass locked",
    }
    assert titles(client.get("/search/", {"q": "Boot Camp"})) == ["Boot Camp"]


def test_visitors_do_not_find_lessons_they_cannot_read(client, participant, tree):
    assert titles(client.get("/search/", {"q": "canvass"})) == ["Canvass preview"]
    client.force_login(participant)
    assert titles(client.get("/search/", {"q": "canvass"})) == ["Canvass preview"]


def test_lesson_body_text_is_not_leaked_through_search(client, tree):
    response = client.get("/search/", {"q": "Secret body 1.2"})
    assert "Canvass locked" not in response.content.decode()


def test_drafts_are_not_found(client, facilitator, tree):
    draft = tree.lessons[2]
    draft.title = "Unpublished draft title"
    draft.save_revision()
    client.force_login(facilitator)
    assert titles(client.get("/search/", {"q": "Unpublished"})) == []


def test_results_are_in_the_readers_language(client, tree):
    translate(tree.home, "es", title="Inicio")
    translate(tree.catalog, "es", title="Programas")
    translate(tree.program, "es", title="Campamento", summary="Sobre el campamento")
    response = client.get("/es/search/", {"q": "Campamento"})
    assert titles(response) == ["Campamento"]
    # English pages without a Spanish copy still turn up; the translated one does not twice.
    assert titles(client.get("/es/search/", {"q": "Boot Camp"})) == []
    assert titles(client.get("/es/search/", {"q": "canvass"})) == ["Canvass preview"]


def test_results_are_paginated(client, facilitator):
    make_curriculum(modules=1, lessons_per_module=12)
    client.force_login(facilitator)
    first = client.get("/search/", {"q": "Lesson"})
    second = client.get("/search/", {"q": "Lesson", "page": 2})
    assert len(first.context["results"]) == 10
    assert len(second.context["results"]) == 2
    assert client.get("/search/", {"q": "Lesson", "page": "x"}).status_code == 200
    assert client.get("/search/", {"q": "Lesson", "page": "999"}).status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "' OR 1=1--",
        "%",
        "_",
        "\\",
        '"',
        '"canvass',
        "x" * 10_000,
        "<script>",
        "AND OR NOT",
        "*",
        "NEAR(",
        "canvass*",
    ],
)
def test_odd_queries_give_normal_pages(client, tree, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_empty_query_shows_the_form(client, tree):
    response = client.get("/search/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


def test_search_is_get_only(client, tree):
    assert client.post("/search/", {"q": "x"}).status_code == 405


def test_search_finds_words_in_any_script(client, facilitator):
    tree = make_curriculum(modules=1, lessons_per_module=1)
    lesson = tree.lessons[0]
    lesson.title = "上門拜訪 canvass"
    lesson.save_revision().publish()
    client.force_login(facilitator)
    assert titles(client.get("/search/", {"q": "上門拜訪"})) == ["上門拜訪 canvass"]
