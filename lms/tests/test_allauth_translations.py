"""allauth in Vietnamese and Tagalog. allauth ships neither catalog, so the site keeps
one (lms/locale_allauth/): every string allauth uses is translated there, and the
account pages, errors, messages and emails show none of allauth's English."""

import functools
import html
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import allauth
import polib
import pytest
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.core import mail

from conftest import current_totp_code, enable_totp
from lms.management.commands.allauth_messages import refreshed_catalogs
from lms.tests.factories import PASSWORD, UserFactory

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "lms" / "locale_allauth"
LANGUAGES = ["vi", "tl"]
ALLAUTH = Path(allauth.__file__).parent
PLACEHOLDER = re.compile(r"%\(\w+\)s|%[ds]|\{\w+\}")
MARKUP = re.compile(r"<[^>]+>")
# allauth's account and mfa (TOTP, recovery codes; not webauthn), as its catalogs name them.
USED_PARTS = (
    "account/",
    "mfa/",
    "templates/account/",
    "templates/mfa/",
    "templates/allauth/",
)


# Words a language uses as they are (the site's own catalogs say "Email" too).
SAME_AS_ENGLISH = {
    "vi": {"Email", "WebAuthn"},
    "tl": {
        "Code",
        "Email",
        "Email address",
        "email address",
        "MFA",
        "Menu:",
        "Password",
        "Username",
        "user",
        "WebAuthn",
    },
}


def _used_by_the_site(path: str) -> bool:
    return "webauthn" not in path and path.startswith(USED_PARTS)


def allauth_entries() -> list[polib.POEntry]:
    """The strings of the parts of allauth the site uses, from allauth's own Spanish
    catalog (regenerated from allauth's source for each release)."""
    spanish = polib.pofile(ALLAUTH / "locale" / "es" / "LC_MESSAGES" / "django.po")
    return [
        entry
        for entry in spanish
        if not entry.obsolete
        and any(_used_by_the_site(path) for path, _ in entry.occurrences)
    ]


def catalog(language: str) -> polib.POFile:
    return polib.pofile(CATALOGS / language / "LC_MESSAGES" / "django.po")


def _key(entry):
    return (entry.msgctxt or None, entry.msgid)


def _translations(entry) -> list[str]:
    if entry.msgid_plural:
        return [entry.msgstr_plural[n] for n in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


# The catalogs ---------------------------------------------------------------------------


def test_allauth_still_uses_about_as_many_strings():
    """Guards the selection above: a change in allauth's layout would empty it."""
    assert len(allauth_entries()) > 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_translates_every_allauth_string(language):
    """(A string allauth no longer uses may stay, as an obsolete entry.)"""
    ours = {_key(e): e for e in catalog(language)}
    missing = [
        entry.msgid
        for entry in allauth_entries()
        if _key(entry) not in ours
        or not all(_translations(ours[_key(entry)]))
        or "fuzzy" in ours[_key(entry)].flags
    ]
    assert missing == []
    assert [e.msgid for e in catalog(language).untranslated_entries()] == []
    assert [e.msgid for e in catalog(language).fuzzy_entries()] == []


@pytest.mark.skipif(not shutil.which("xgettext"), reason="gettext is not installed")
@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_covers_the_installed_allauth(tmp_path, language):
    """Extract allauth's strings afresh: a new one needs `manage.py allauth_messages`."""
    fresh = polib.pofile(
        refreshed_catalogs(tmp_path) / language / "LC_MESSAGES" / "django.po"
    )
    assert [e.msgid for e in fresh.untranslated_entries()] == []
    assert [e.msgid for e in fresh.fuzzy_entries()] == []
    assert {_key(e) for e in fresh if not e.obsolete} == {
        _key(e) for e in catalog(language) if not e.obsolete
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalog_matches_its_source(language):
    folder = CATALOGS / language / "LC_MESSAGES"
    source = {_key(e): _translations(e) for e in catalog(language) if not e.obsolete}
    compiled_catalog = polib.mofile(folder / "django.mo")
    compiled = {_key(e): _translations(e) for e in compiled_catalog if e.msgid}
    assert compiled == source
    plural_forms = catalog(language).metadata["Plural-Forms"]
    assert compiled_catalog.metadata["Plural-Forms"] == plural_forms


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_header_matches_the_site_catalog(language):
    ours = catalog(language).metadata
    site = polib.pofile(ROOT / "locale" / language / "LC_MESSAGES" / "django.po")
    assert ours["Language"] == language
    assert ours["Plural-Forms"] == site.metadata["Plural-Forms"]
    assert ours["Last-Translator"] and "FULL NAME" not in ours["Last-Translator"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d[+-]\d{4}", ours["PO-Revision-Date"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_are_not_the_english_copied(language):
    copied = {
        entry.msgid
        for entry in catalog(language)
        if entry.msgid in _translations(entry)
    }
    assert copied <= SAME_AS_ENGLISH[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_markup(language):
    wrong = []
    for entry in catalog(language):
        for pattern in (PLACEHOLDER, MARKUP):
            expected = sorted(pattern.findall(entry.msgid))
            for text in _translations(entry):
                if sorted(pattern.findall(text)) != expected:
                    wrong.append((entry.msgid, text))
    assert wrong == []


# The pages -------------------------------------------------------------------------------


class _VisibleText(HTMLParser):
    """What a reader sees or hears: text, and the attributes shown or read out."""

    SHOWN = {"placeholder", "title", "aria-label", "alt"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._hidden += 1
        attributes = dict(attrs)
        self.parts += [value for name, value in attrs if name in self.SHOWN and value]
        if tag == "input" and attributes.get("type") in ("submit", "button"):
            self.parts.append(attributes.get("value") or "")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def visible_text(page: str) -> str:
    parser = _VisibleText()
    parser.feed(page)
    return " ".join(" ".join(parser.parts).split())


def _fragments(text: str) -> list[str]:
    """The English words of a msgid between its placeholders and tags."""
    pieces = re.split(r"%\(\w+\)s|%[ds]|\{\w+\}|<[^>]+>", html.unescape(text))
    return [
        " ".join(piece.split())
        for piece in pieces
        if len(re.findall(r"[A-Za-z]", piece)) >= 4
    ]


def english_left(text: str, language: str) -> list[str]:
    """allauth's English phrases in `text`, leaving out words the translations keep
    (Tagalog says "Email address" too)."""
    found = set()
    text = " ".join(text.split())
    for fragment in _english_fragments(language):
        if re.search(rf"(?<![\w-]){re.escape(fragment)}(?![\w-])", text):
            found.add(fragment)
    return sorted(found)


@functools.cache
def _english_fragments(language: str) -> list[str]:
    ours = list(catalog(language))
    kept = " ".join(" ".join(_translations(e)) for e in ours)
    fragments = set()
    for entry in [*allauth_entries(), *ours]:
        for source in filter(None, [entry.msgid, entry.msgid_plural]):
            fragments.update(_fragments(source))
    return sorted(
        fragment
        for fragment in fragments
        if not re.search(rf"(?<![\w-]){re.escape(fragment)}(?![\w-])", kept)
    )


def translated(language: str, msgid: str, context: str | None = None) -> str:
    entry = next(e for e in catalog(language) if _key(e) == (context, msgid))
    return entry.msgstr


def assert_no_english(client, url: str, language: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    assert f'<html lang="{language}"' in response.content.decode()
    text = visible_text(response.content.decode())
    assert english_left(text, language) == [], url
    return text


def _person(language, **kwargs):
    return UserFactory(
        display_name="Nguyễn Thị Mai" if language == "vi" else "Maria Santos",
        preferred_language=language,
        **kwargs,
    )


def _sign_in(client, language, user):
    return client.post(
        f"/{language}/accounts/login/", {"login": user.email, "password": PASSWORD}
    )


def _reauthenticate(client, language):
    """Two-factor settings ask for the password again, even just after signing in."""
    response = client.post(
        f"/{language}/accounts/reauthenticate/", {"password": PASSWORD}
    )
    assert response.status_code == 302


def test_english_left_finds_an_untranslated_string():
    """The check itself: English text of allauth's is found, translations are not."""
    assert english_left("Forgot your password? Đăng nhập", "vi") == [
        "Forgot your password?"
    ]
    assert english_left("Email address: Mag-sign in", "tl") == []
    assert "Please Confirm Your Email Address" in english_left(
        "Please Confirm Your Email Address", "tl"
    )


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "url", ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"]
)
def test_entrance_pages(client, language, url):
    assert_no_english(client, f"/{language}{url}", language)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_signup_code_page_and_email(client, language):
    response = client.post(
        f"/{language}/accounts/signup/",
        {
            "display_name": "Trần Văn An",
            "email": "new@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/accounts/confirm-email/"
    text = assert_no_english(client, response["Location"], language)
    assert translated(language, "Enter Email Verification Code") in text

    (message,) = mail.outbox
    assert message.subject == translated(language, "Please Confirm Your Email Address")
    body = message.body
    assert english_left(message.subject + " " + body, language) == []
    assert (
        translated(
            language,
            "Your email verification code is listed below. Please enter it in your open browser window.",
        )
        in body
    )
    assert re.search(r"^[A-Z0-9]{4}-[A-Z0-9]{4}$", body, re.MULTILINE)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_password_reset_code_pages_and_email(client, language):
    user = _person(language)
    response = client.post(
        f"/{language}/accounts/password/reset/", {"email": user.email}
    )
    assert response["Location"] == f"/{language}/accounts/password/reset/confirm/"
    text = assert_no_english(client, response["Location"], language)
    assert translated(language, "Enter Password Reset Code") in text

    (message,) = mail.outbox
    assert message.subject == translated(language, "Password Reset Code")
    assert english_left(message.subject + " " + message.body, language) == []
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", message.body, re.MULTILINE)[1]

    response = client.post(
        f"/{language}/accounts/password/reset/confirm/", {"code": code}
    )
    assert response.status_code == 302
    text = assert_no_english(client, response["Location"], language)
    assert translated(language, "Change Password") in text


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_wrong_password_is_refused_in_the_language(client, language):
    user = _person(language)
    response = client.post(
        f"/{language}/accounts/login/", {"login": user.email, "password": "wrong-one"}
    )
    assert response.status_code == 200
    text = visible_text(response.content.decode())
    assert english_left(text, language) == []
    assert (
        translated(
            language,
            "The email address and/or password you specified are not correct.",
        )
        in text
    )


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_signed_in_pages_and_the_signed_in_message(client, language):
    user = _person(language)
    response = _sign_in(client, language, user)
    assert response["Location"] == f"/{language}/learning/"
    text = visible_text(client.get(response["Location"]).content.decode())
    signed_in = translated(language, "Successfully signed in as %(name)s.")
    assert signed_in.split("%(name)s")[0] in text
    assert english_left(text, language) == []

    for url in [
        "/accounts/password/change/",
        "/accounts/email/",
        "/accounts/logout/",
        "/accounts/2fa/",
        "/accounts/reauthenticate/",
    ]:
        assert_no_english(client, f"/{language}{url}", language)
    _reauthenticate(client, language)
    text = assert_no_english(
        client, f"/{language}/accounts/2fa/totp/activate/", language
    )
    assert translated(language, "Activate Authenticator App") in text


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_two_factor_pages(client, language):
    user = _person(language)
    secret = enable_totp(user)
    RecoveryCodes.activate(user)
    response = _sign_in(client, language, user)
    assert response["Location"] == f"/{language}/accounts/2fa/authenticate/"
    text = assert_no_english(client, response["Location"], language)
    assert translated(language, "Two-Factor Authentication") in text

    response = client.post(
        f"/{language}/accounts/2fa/authenticate/", {"code": current_totp_code(secret)}
    )
    assert response.status_code == 302
    for url in ["/accounts/2fa/", "/accounts/2fa/reauthenticate/"]:
        assert_no_english(client, f"/{language}{url}", language)
    _reauthenticate(client, language)
    for url in [
        "/accounts/2fa/recovery-codes/",
        "/accounts/2fa/recovery-codes/generate/",
        "/accounts/2fa/totp/deactivate/",
    ]:
        assert_no_english(client, f"/{language}{url}", language)
