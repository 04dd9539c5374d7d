"""Translations: a missing one falls back to English with a notice, never a 404;
wagtail-localize flags a translation out of date when the English lesson changes."""

import pytest
from wagtail_localize.models import Translation, TranslationSource

from curriculum.tests.factories import locale, make_curriculum, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    return make_curriculum(modules=1, lessons_per_module=2)


def test_untranslated_lesson_is_served_in_english_with_a_notice(client, tree):
    translate(tree.home, "es", title="Inicio")
    response = client.get("/es" + tree.lessons[0].url)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Secret body 1.1" in body
    assert "esta página todavía no está disponible en español" in body.lower()
    assert '<article class="lesson" lang="en" dir="ltr">' in body
    assert '<html lang="es"' in body


def test_fallback_works_when_no_home_page_is_translated(client, tree):
    response = client.get("/vi" + tree.program.url)
    assert response.status_code == 200
    assert "Boot Camp" in response.content.decode()


def test_links_on_a_fallback_page_keep_the_readers_language(client, tree):
    body = client.get("/es" + tree.program.url).content.decode()
    assert f'href="/es{tree.lessons[0].url}"' in body


def test_translated_lesson_is_served_in_spanish_without_notice(client, tree):
    translate(tree.home, "es", title="Inicio")
    translate(tree.catalog, "es", title="Programas")
    translate(tree.program, "es", title="Campamento")
    translate(tree.modules[0], "es", title="Módulo")
    translate(tree.lessons[0], "es", title="Lección uno")
    body = client.get("/es" + tree.lessons[0].url).content.decode()
    assert "Lección uno" in body
    assert "no está disponible" not in body
    # The outline shows the Spanish title where there is one, English otherwise.
    assert "Lesson 1.2" in body


def test_unknown_pages_are_still_404(client, tree):
    assert client.get("/es/programs/boot-camp/nope/").status_code == 404
    assert client.get("/programs/nope/").status_code == 404


def test_arabic_fallback_page_keeps_english_left_to_right(client, tree):
    body = client.get("/ar" + tree.program.url).content.decode()
    assert '<html lang="ar" dir="rtl">' in body
    assert 'lang="en" dir="ltr"' in body


def test_localize_flags_a_translation_out_of_date_and_syncs_it(tree):
    lesson = tree.lessons[0]
    for page in [tree.home, tree.catalog, tree.program, tree.modules[0]]:
        source, _ = TranslationSource.get_or_create_from_instance(page)
        Translation.objects.get_or_create(source=source, target_locale=locale("es"))[
            0
        ].save_target(publish=True)
    source, _ = TranslationSource.get_or_create_from_instance(lesson)
    translation = Translation.objects.create(source=source, target_locale=locale("es"))
    translation.save_target(publish=True)

    lesson.title = "Lesson about culture, revised"
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    source.refresh_from_db()
    # The stored source predates the change: wagtail-localize shows the translation as
    # out of date and offers to sync, which takes the new English strings in.
    assert source.last_updated_at < lesson.last_published_at
    source.update_from_db()
    translation.save_target(publish=True)
    spanish = lesson.get_translation(locale("es"))
    assert (
        spanish.title == "Lesson about culture, revised"
    )  # untranslated strings follow English
