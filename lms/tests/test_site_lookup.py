"""Wagtail's site, the root page in the reader's language and translations come from
the shared cache: no query on a warm page view, fresh after any change, and made-up
Host headers cannot fill the cache."""

from unittest import mock

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from curriculum.tests.factories import locale, make_curriculum, translate
from lms import pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    return make_curriculum(modules=1, lessons_per_module=2)


def tables_read(client, url) -> str:
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return " ".join(query["sql"] for query in captured.captured_queries)


def test_a_warm_page_view_looks_up_neither_site_nor_locale(client, tree):
    translate(tree.home, "es", title="Inicio")
    for url in ["/", "/es/", tree.program.url, "/es" + tree.lessons[0].url]:
        sql = tables_read(client, url)
        assert "wagtailcore_site" not in sql, url
        assert "wagtailcore_locale" not in sql, url


def test_made_up_hosts_share_the_default_sites_entry(tree, settings):
    settings.ALLOWED_HOSTS = ["*"]
    factory = RequestFactory()
    with mock.patch.object(
        pages, "get_site_for_hostname", wraps=pages.get_site_for_hostname
    ) as lookups:
        for number in range(20):
            request = factory.get("/", HTTP_HOST=f"made-up-{number}.example")
            assert pages.site_for_request(request).is_default_site
    assert lookups.call_count == 1


def test_a_new_site_is_found_on_the_next_request(tree):
    request = RequestFactory().get("/", HTTP_HOST="partners.example.org")
    assert pages.site_for_request(request).root_page == tree.home
    Site.objects.create(hostname="partners.example.org", root_page=tree.catalog)
    site = pages.site_for_request(request)
    assert site.hostname == "partners.example.org"
    assert site.root_page == tree.catalog


def test_the_root_page_comes_specific_from_the_cache(tree):
    request = RequestFactory().get("/")
    assert pages.site_for_request(request).root_page.localized  # cached now
    with CaptureQueriesContext(connection) as captured:
        home = pages.site_for_request(request).root_page.localized.specific
    assert type(home) is type(tree.home)
    assert captured.captured_queries == []


def test_localized_is_the_live_translation_or_the_page_itself(tree):
    from django.utils import translation

    spanish_home = translate(tree.home, "es", title="Inicio")
    draft = tree.catalog.copy_for_translation(locale("es"))
    with translation.override("es"):
        assert tree.home.localized == spanish_home
        assert tree.catalog.localized == tree.catalog  # a draft is not shown
        assert tree.program.localized == tree.program  # not translated at all
        draft.save_revision().publish()
        assert tree.catalog.localized == draft
    with translation.override("en"):
        assert spanish_home.localized == tree.home


def test_a_draft_translation_falls_back_to_the_default_language(client, tree):
    translate(tree.home, "es", title="Inicio")
    translate(tree.catalog, "es", title="Programas")
    tree.program.copy_for_translation(locale("es"))  # being translated, not published
    response = client.get("/es" + tree.program.url)
    assert response.status_code == 200
    assert tree.program.title in response.content.decode()


def test_made_up_paths_are_not_remembered(client, tree):
    translate(tree.home, "es", title="Inicio")
    for number in range(3):
        assert client.get(f"/es/programs/nope-{number}/").status_code == 404
    with mock.patch.object(pages, "_page_at", wraps=pages._page_at) as lookups:
        assert client.get("/es/programs/nope-0/").status_code == 404
    assert lookups.call_count == 2  # the Spanish path, then the English one, again
