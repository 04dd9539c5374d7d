"""Languages: prefixes, the switcher, right-to-left Arabic, and complete catalogs."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
COMPLETE_CATALOGS = ["es", "zh_Hant", "vi", "ko", "tl", "ar"]
SOURCE_DIRS = ["lms", "curriculum", "cohorts", "certificates", "templates"]


@pytest.fixture
def home():
    from lms.tests.pages import make_home_page

    return make_home_page()


def test_english_is_unprefixed(client, home):
    body = client.get("/").content.decode()
    assert '<html lang="en" dir="ltr">' in body
    assert "Our programs" in body


def test_spanish_pages_show_spanish(client, home):
    body = client.get("/es/").content.decode()
    assert '<html lang="es" dir="ltr">' in body
    assert "Nuestros programas" in body
    assert "Our programs" not in body


def test_traditional_chinese_pages_show_chinese(client, home):
    body = client.get("/zh-hant/accounts/login/").content.decode()
    assert '<html lang="zh-hant"' in body
    assert "登入" in body


def test_arabic_pages_are_right_to_left(client, home):
    body = client.get("/ar/").content.decode()
    assert '<html lang="ar" dir="rtl">' in body
    # The home page has no Arabic translation: its English text keeps its own direction.
    assert 'lang="en" dir="ltr"' in body


def test_every_language_is_offered_in_the_switcher(client, home):
    body = client.get("/").content.decode()
    for code in ["en", "es", "zh-hant", "vi", "ko", "tl", "ar"]:
        assert f'value="{code}"' in body


def test_switching_language_goes_to_the_same_page_in_that_language(client, home):
    response = client.post(
        "/i18n/setlang/", {"language": "es", "next": "/accounts/login/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/es/accounts/login/"


def test_switching_language_remembers_it_for_a_signed_in_person(client, home):
    user = UserFactory()
    client.force_login(user)
    client.post("/i18n/setlang/", {"language": "ar", "next": "/profile/"})
    user.refresh_from_db()
    assert user.preferred_language == "ar"


def test_switching_to_an_unknown_language_changes_nothing(client, home):
    user = UserFactory()
    client.force_login(user)
    response = client.post("/i18n/setlang/", {"language": "xx", "next": "/profile/"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.preferred_language == "en"


def test_switcher_refuses_to_redirect_off_site(client, home):
    response = client.post(
        "/i18n/setlang/", {"language": "es", "next": "https://evil.example.com/"}
    )
    assert "evil.example.com" not in response["Location"]


@pytest.mark.parametrize("language", COMPLETE_CATALOGS)
def test_catalog_translates_everything(language):
    catalog = polib.pofile(ROOT / "locale" / language / "LC_MESSAGES" / "django.po")
    assert [e.msgid for e in catalog.untranslated_entries()] == []
    assert [e.msgid for e in catalog.fuzzy_entries()] == []


@pytest.mark.parametrize("language", COMPLETE_CATALOGS)
def test_compiled_catalog_matches_its_source(language):
    folder = ROOT / "locale" / language / "LC_MESSAGES"
    source = {e.msgid: _translation(e) for e in polib.pofile(folder / "django.po")}
    compiled = {
        e.msgid: _translation(e) for e in polib.mofile(folder / "django.mo") if e.msgid
    }
    assert compiled == source


def _translation(entry):
    return entry.msgstr_plural if entry.msgid_plural else entry.msgstr


@pytest.mark.skipif(not shutil.which("xgettext"), reason="gettext is not installed")
@pytest.mark.parametrize("language", COMPLETE_CATALOGS)
def test_catalog_covers_every_string_in_the_source(tmp_path, language):
    """Extract the strings afresh; any not in the committed catalog needs `make messages`."""
    for name in [*SOURCE_DIRS, "manage.py"]:
        source = ROOT / name
        copy = shutil.copytree if source.is_dir() else shutil.copy
        copy(source, tmp_path / name)
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", language, "--no-obsolete"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        timeout=120,
    )
    fresh = polib.pofile(tmp_path / "locale" / language / "LC_MESSAGES" / "django.po")
    assert [e.msgid for e in fresh.untranslated_entries()] == []


@pytest.mark.parametrize(
    ("prefix", "phrase"),
    [
        ("/vi", "Chương trình"),
        ("/ko", "프로그램"),
        ("/tl", "Mag-sign in"),
        ("/ar", "البرامج"),
    ],
)
def test_other_languages_show_their_own_words(client, home, prefix, phrase):
    body = client.get(prefix + "/").content.decode()
    assert phrase in body, prefix


def test_the_header_links_keep_each_readers_language(client, home, participant):
    """The header's addresses are remembered per language, never one for all."""
    client.force_login(participant)
    english = client.get("/").content.decode()
    spanish = client.get("/es/").content.decode()
    arabic = client.get("/ar/").content.decode()
    assert 'href="/learning/"' in english
    assert 'href="/es/learning/"' in spanish and 'href="/learning/"' not in spanish
    assert 'href="/ar/learning/"' in arabic
