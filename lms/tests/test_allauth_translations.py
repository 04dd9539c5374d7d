"""allauth in Vietnamese and Tagalog. allauth ships neither catalog, so the site keeps
one (lms/locale_allauth/): every string allauth uses is translated there. The Django
strings its forms show (password rules, field errors) have no Tagalog in Django and
a few no Vietnamese: lms/locale_django/ translates those. The account pages, their
errors, messages and emails show none of allauth's or Django's English, and emails
reach people in their preferred language."""

import functools
import html
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import allauth
import django
import polib
import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django import forms
from django.contrib.auth import password_validation
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import translation

from conftest import current_totp_code, enable_totp
from lms.adapters import preferred_language_of
from lms.management.commands.allauth_messages import (
    DJANGO_SOURCES,
    django_translates,
    django_translations,
    refreshed_catalogs,
    refreshed_django_catalogs,
)
from lms.models import User
from lms.tests.factories import PASSWORD, UserFactory

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "lms" / "locale_allauth"
DJANGO_CATALOGS = ROOT / "lms" / "locale_django"
FOLDERS = [CATALOGS, DJANGO_CATALOGS]
LANGUAGES = ["vi", "tl"]
PLURAL_FORMS = {"vi": 1, "tl": 2}
ALLAUTH = Path(allauth.__file__).parent
DJANGO = Path(django.__file__).parent
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[ds]|\{\w+\}")
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
    "vi": {"Email", "WebAuthn", ":", "IPv4", "IPv6"},
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
        ":",
        "IPv4",
        "IPv6",
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


def django_entries() -> list[polib.POEntry]:
    """The strings of the Django modules whose strings allauth's pages show, from
    Django's English catalogs (regenerated from Django's source for each release)."""
    return [
        entry
        for path in ["conf/locale", "contrib/auth/locale"]
        for entry in polib.pofile(DJANGO / path / "en" / "LC_MESSAGES" / "django.po")
        if not entry.obsolete
        and any(path in DJANGO_SOURCES for path, _ in entry.occurrences)
    ]


def catalog(language: str, folder: Path = CATALOGS) -> polib.POFile:
    return polib.pofile(folder / language / "LC_MESSAGES" / "django.po")


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


def test_django_still_uses_about_as_many_strings():
    """Guards the selection of Django's modules: a change in its layout would empty it."""
    entries = django_entries()
    assert len(entries) > 40
    assert "This field is required." in {e.msgid for e in entries}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_django_string_is_translated_here_or_by_django(language):
    """Django's Vietnamese has most of them; its missing ones, and every Tagalog one,
    are in lms/locale_django/."""
    ours = {_key(e): e for e in catalog(language, DJANGO_CATALOGS)}
    missing = [
        entry.msgid
        for entry in django_entries()
        if not django_translates(language, entry)
        and (
            _key(entry) not in ours
            or not all(_translations(ours[_key(entry)]))
            or "fuzzy" in ours[_key(entry)].flags
        )
    ]
    assert missing == []
    assert [
        e.msgid for e in catalog(language, DJANGO_CATALOGS).untranslated_entries()
    ] == []
    assert [e.msgid for e in catalog(language, DJANGO_CATALOGS).fuzzy_entries()] == []


def test_django_has_no_tagalog_and_lacks_vietnamese_for_the_short_password():
    """Why lms/locale_django/ exists; if Django catches up, its strings take over."""
    assert django_translations("tl") == {}
    too_short = next(
        e for e in django_entries() if e.msgid.startswith("This password is too short")
    )
    assert not django_translates("vi", too_short)


@pytest.mark.parametrize("language", LANGUAGES)
def test_django_catalog_leaves_to_django_what_it_translates(language):
    """Only where Django's own translation reads wrong does the site's replace it,
    and the entry says why."""
    unexplained = [
        entry.msgid
        for entry in catalog(language, DJANGO_CATALOGS)
        if not entry.obsolete
        and django_translates(language, entry)
        and not entry.tcomment.startswith("Overrides Django's")
    ]
    assert unexplained == []


@pytest.mark.skipif(not shutil.which("xgettext"), reason="gettext is not installed")
@pytest.mark.parametrize("language", LANGUAGES)
def test_django_catalog_covers_the_installed_django(tmp_path, language):
    """Extract the Django strings afresh: a new one needs `manage.py allauth_messages`."""
    fresh = polib.pofile(
        refreshed_django_catalogs(tmp_path) / language / "LC_MESSAGES" / "django.po"
    )
    assert [e.msgid for e in fresh.untranslated_entries()] == []
    assert [e.msgid for e in fresh.fuzzy_entries()] == []
    assert {_key(e) for e in fresh if not e.obsolete} == {
        _key(e) for e in catalog(language, DJANGO_CATALOGS) if not e.obsolete
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_django_strings_come_out_translated(language):
    """Through the site's LOCALE_PATHS and Django's own catalogs, as pages get them;
    plural strings for one and for several."""
    untranslated = []
    for entry in django_entries():
        if entry.msgid in SAME_AS_ENGLISH[language]:
            continue
        with translation.override(language):
            if entry.msgid_plural:
                texts = [
                    translation.ngettext(entry.msgid, entry.msgid_plural, n)
                    for n in (1, 8)
                ]
            else:
                texts = [translation.gettext(entry.msgid)]
        if set(texts) & {entry.msgid, entry.msgid_plural}:
            untranslated.append(entry.msgid)
    assert untranslated == []


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda folder: folder.name)
@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalog_matches_its_source(language, folder):
    source = {
        _key(e): _translations(e)
        for e in catalog(language, folder)
        if not e.obsolete and "fuzzy" not in e.flags
    }
    compiled_catalog = polib.mofile(folder / language / "LC_MESSAGES" / "django.mo")
    compiled = {_key(e): _translations(e) for e in compiled_catalog if e.msgid}
    assert compiled == source
    plural_forms = catalog(language, folder).metadata["Plural-Forms"]
    assert compiled_catalog.metadata["Plural-Forms"] == plural_forms


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda folder: folder.name)
@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_header_matches_the_site_catalog(language, folder):
    ours = catalog(language, folder).metadata
    site = polib.pofile(ROOT / "locale" / language / "LC_MESSAGES" / "django.po")
    assert ours["Language"] == language
    assert ours["Plural-Forms"] == site.metadata["Plural-Forms"]
    assert ours["Last-Translator"] and "FULL NAME" not in ours["Last-Translator"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d[+-]\d{4}", ours["PO-Revision-Date"])


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda folder: folder.name)
@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_entries_have_every_form(language, folder):
    """vi has one form (nplurals=1), tl two (singular, plural)."""
    wrong = [
        entry.msgid
        for entry in catalog(language, folder)
        if entry.msgid_plural
        and sorted(entry.msgstr_plural) != list(range(PLURAL_FORMS[language]))
    ]
    assert wrong == []


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda folder: folder.name)
@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_are_not_the_english_copied(language, folder):
    copied = {
        entry.msgid
        for entry in catalog(language, folder)
        if entry.msgid in _translations(entry)
    }
    assert copied <= SAME_AS_ENGLISH[language]


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda folder: folder.name)
@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_markup(language, folder):
    """Every form of a plural keeps the placeholders (%(min_length)d, %d, ...)."""
    wrong = []
    for entry in catalog(language, folder):
        for pattern in (PLACEHOLDER, MARKUP):
            expected = sorted(pattern.findall(entry.msgid_plural or entry.msgid))
            for text in _translations(entry):
                if sorted(pattern.findall(text)) != expected:
                    wrong.append((entry.msgid, text))
    assert wrong == []


def test_placeholder_pattern_sees_every_kind():
    text = "%(min_length)d %(verbose_name)s %d {min_days}"
    assert PLACEHOLDER.findall(text) == text.split()


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
    pieces = re.split(r"%\(\w+\)[sd]|%[ds]|\{\w+\}|<[^>]+>", html.unescape(text))
    return [
        " ".join(piece.split())
        for piece in pieces
        if len(re.findall(r"[A-Za-z]", piece)) >= 4
    ]


def english_left(text: str, language: str) -> list[str]:
    """allauth's and Django's English phrases in `text`, leaving out words the
    translations keep (Tagalog says "Email address" too)."""
    found = set()
    text = " ".join(text.split())
    for fragment in _english_fragments(language):
        if re.search(rf"(?<![\w-]){re.escape(fragment)}(?![\w-])", text):
            found.add(fragment)
    return sorted(found)


@functools.cache
def _english_fragments(language: str) -> list[str]:
    ours = [*catalog(language), *catalog(language, DJANGO_CATALOGS)]
    theirs = list(django_translations(language).values())
    kept = " ".join(" ".join(_translations(e)) for e in [*ours, *theirs])
    fragments = set()
    for entry in [*allauth_entries(), *django_entries(), *ours]:
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


def django_message(language: str, check) -> str:
    """The message Django's own code gives when `check()` fails, in `language`."""
    with translation.override(language):
        with pytest.raises(ValidationError) as failure:
            check()
        return " ".join(failure.value.messages)


def test_english_left_finds_an_untranslated_string():
    """The check itself: English text of allauth's is found, translations are not."""
    assert english_left("Forgot your password? Đăng nhập", "vi") == [
        "Forgot your password?"
    ]
    assert english_left("Email address: Mag-sign in", "tl") == []
    assert "Please Confirm Your Email Address" in english_left(
        "Please Confirm Your Email Address", "tl"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_english_left_finds_django_strings(language):
    """Django's English on a page fails too, placeholders filled in or not."""
    assert english_left("This field is required.", language) == [
        "This field is required."
    ]
    too_short = django_message("en", lambda: password_validation.validate_password("x"))
    assert "This password is too short. It must contain at least" in english_left(
        too_short, language
    )
    rules = str(password_validation.password_validators_help_text_html())
    assert "Your password can’t be entirely numeric." in english_left(
        visible_text(rules), language
    )
    assert (
        english_left(django_message(language, lambda: validate_email("x")), language)
        == []
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
        "/profile/",
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


# Form errors: allauth's and Django's ------------------------------------------------------

NEW_PERSON = {
    "display_name": "Trần Văn An",
    "email": "an.tran@example.org",
    "password1": PASSWORD,
    "password2": PASSWORD,
}


def _too_short():
    password_validation.validate_password("Kp7#q")


def _too_common():
    password_validation.CommonPasswordValidator().validate("password123")


def _numeric():
    password_validation.NumericPasswordValidator().validate("4829173650")


def _like_the_email():
    person = User(email=NEW_PERSON["email"])
    password_validation.UserAttributeSimilarityValidator().validate(
        "an.tran@example", person
    )


def _required():
    forms.CharField().clean("")


def _bad_email():
    forms.EmailField().clean("not-an-email")


def _too_long_name():
    forms.CharField(max_length=150).clean("x" * 151)


def assert_errors_in_the_language(response, language, *checks):
    """The page shows Django's messages for `checks` in `language`, and no English."""
    assert response.status_code == 200
    page = response.content.decode()
    assert f'<html lang="{language}"' in page
    text = visible_text(page)
    assert english_left(text, language) == []
    for check in checks:
        message = django_message(language, check)
        assert message != django_message("en", check)
        assert message in text


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("changes", "checks"),
    [
        pytest.param(
            dict.fromkeys(NEW_PERSON, ""),
            [_required],
            id="empty",
        ),
        pytest.param(
            {"password1": "Kp7#q", "password2": "Kp7#q"}, [_too_short], id="short"
        ),
        pytest.param(
            {"password1": "password123", "password2": "password123"},
            [_too_common],
            id="common",
        ),
        pytest.param(
            {"password1": "4829173650", "password2": "4829173650"},
            [_numeric],
            id="numeric",
        ),
        pytest.param(
            {"password1": "an.tran@example", "password2": "an.tran@example"},
            [_like_the_email],
            id="like-the-email",
        ),
        pytest.param({"email": "not-an-email"}, [_bad_email], id="bad-email"),
        pytest.param({"display_name": "x" * 151}, [_too_long_name], id="too-long-name"),
    ],
)
def test_signup_errors(client, language, changes, checks):
    response = client.post(f"/{language}/accounts/signup/", {**NEW_PERSON, **changes})
    assert_errors_in_the_language(response, language, *checks)
    assert not User.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_entrance_form_errors(client, language):
    response = client.post(f"/{language}/accounts/login/", {})
    assert_errors_in_the_language(response, language, _required)
    response = client.post(f"/{language}/accounts/password/reset/", {"email": "x"})
    assert_errors_in_the_language(response, language, _bad_email)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_signed_in_form_errors(client, language):
    user = _person(language)
    _sign_in(client, language, user)
    url = f"/{language}/accounts/password/change/"
    response = client.post(url, {"oldpassword": PASSWORD})
    assert_errors_in_the_language(response, language, _required)
    short = {"oldpassword": PASSWORD, "password1": "4829", "password2": "4829"}
    assert_errors_in_the_language(
        client.post(url, short), language, _too_short, _numeric
    )
    response = client.post(
        f"/{language}/accounts/email/", {"action_add": "", "email": "not-an-email"}
    )
    assert_errors_in_the_language(response, language, _bad_email)
    response = client.post(f"/{language}/accounts/reauthenticate/", {})
    assert_errors_in_the_language(response, language, _required)
    _reauthenticate(client, language)
    response = client.post(f"/{language}/accounts/2fa/totp/activate/", {})
    assert_errors_in_the_language(response, language, _required)


# Emails in the recipient's language ------------------------------------------------------


def _tagalog(msgid: str) -> str:
    return translated("tl", msgid)


def in_language(language: str, msgid: str) -> str:
    """allauth's `msgid` as the site translates it (not a gettext call with a literal,
    which makemessages would collect into the site's own catalogs)."""
    with translation.override(language):
        return translation.gettext(msgid)


@pytest.mark.django_db
def test_password_reset_asked_from_an_english_page_is_emailed_in_the_preferred_language(
    client,
):
    user = _person("tl", email="maria.santos@example.org")
    response = client.post(
        "/accounts/password/reset/", {"email": "Maria.Santos@Example.org"}
    )
    assert response["Location"] == "/accounts/password/reset/confirm/"
    (message,) = mail.outbox
    assert message.to == [user.email]
    assert message.subject == _tagalog("Password Reset Code")
    assert english_left(message.subject + " " + message.body, "tl") == []
    # The page itself stays in the language it was asked from.
    assert (
        "Enter Password Reset Code" in client.get(response["Location"]).content.decode()
    )


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/tl"])
def test_a_reset_for_an_unknown_address_is_emailed_in_the_page_language(client, prefix):
    _person("vi", email="someone@example.org")
    client.post(f"{prefix}/accounts/password/reset/", {"email": "nobody@example.org"})
    (message,) = mail.outbox
    assert message.to == ["nobody@example.org"]
    subject = in_language(prefix.strip("/") or "en", "Unknown Account")
    assert message.subject == subject
    assert f"{prefix}/accounts/signup/" in message.body
    if prefix:
        assert subject != "Unknown Account"
        assert english_left(message.subject + " " + message.body, "tl") == []


@pytest.mark.django_db
def test_account_already_exists_is_emailed_in_the_owners_language_with_links_in_it(
    client,
):
    owner = _person("tl")
    response = client.post("/accounts/signup/", {**NEW_PERSON, "email": owner.email})
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == [owner.email]
    assert message.subject == _tagalog("Account Already Exists")
    assert english_left(message.subject + " " + message.body, "tl") == []
    assert "/tl/accounts/password/reset/" in message.body


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "vi", "tl"])
def test_signup_code_goes_out_in_the_language_signed_up_in(client, language):
    prefix = "" if language == "en" else f"/{language}"
    response = client.post(f"{prefix}/accounts/signup/", NEW_PERSON)
    assert response.status_code == 302
    person = User.objects.get(email=NEW_PERSON["email"])
    assert person.preferred_language == language
    (message,) = mail.outbox
    assert message.subject == in_language(language, "Please Confirm Your Email Address")


@pytest.mark.django_db
def test_the_language_of_an_address_is_its_owners():
    """Looked up without regard to case, also among addresses verified on an account."""
    owner = _person("tl")
    EmailAddress.objects.create(user=owner, email="Second@Example.org", verified=True)
    EmailAddress.objects.create(
        user=_person("vi"), email="claimed@example.org", verified=False
    )
    assert preferred_language_of(owner.email.upper()) == "tl"
    assert preferred_language_of("second@example.ORG") == "tl"
    assert preferred_language_of("claimed@example.org") is None
    assert preferred_language_of("nobody@example.org") is None
