"""Refresh the Vietnamese and Tagalog catalogs of the account pages' strings that the
installed packages do not translate, e.g. after upgrading django-allauth or Django:

- lms/locale_allauth/: allauth's own strings (allauth ships neither language);
- lms/locale_django/: the Django strings allauth's forms show, i.e. the password rules
  under password fields and their errors, and form field errors ("This field is
  required.", "Enter a valid email address.", too long, ...). Django ships no Tagalog,
  and its Vietnamese lacks a few of them (it is older than Django 5's wording).

New strings arrive untranslated, changed ones fuzzy, strings dropped upstream become
obsolete entries; translate, then run this again or `make messages` to compile.
"""

import functools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import allauth
import django
import polib
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import to_locale

LMS = Path(__file__).resolve().parents[2]
CATALOGS = LMS / "locale_allauth"
DJANGO_CATALOGS = LMS / "locale_django"
LANGUAGES = ["vi", "tl"]
# The parts of allauth the site uses: core, account, and mfa with TOTP and recovery
# codes. Not socialaccount, idp, usersessions, headless, nor mfa's webauthn.
PYTHON_PARTS = ["core", "account", "mfa", "templatetags"]
TEMPLATE_PARTS = ["account", "mfa", "allauth"]
# The Django modules whose strings allauth's pages show: the password validators'
# rules (shown under every new-password field) and errors, and the errors of form
# fields and their validators. Whole files rather than a hand-picked list of msgids, so
# that a Django upgrade that adds or rewords one of them shows up here; a few of their
# strings (files, JSON, IP addresses) appear on no page today and come along anyway.
DJANGO_SOURCES = [
    "contrib/auth/password_validation.py",
    "core/validators.py",
    "forms/fields.py",
    "forms/forms.py",
]
# Where Django keeps its own translations of those files' strings.
DJANGO_OWN_CATALOGS = ["conf/locale", "contrib/auth/locale"]


def _left_out(folder, names):
    return [
        name
        for name in names
        if "webauthn" in name or name in {"__pycache__", "migrations", "static"}
    ]


def _makemessages(workdir: Path) -> None:
    """Extract the strings under `workdir` into `workdir/locale/<lang>/`."""
    # Without the site's settings, makemessages writes only into workdir/locale.
    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    subprocess.run(  # noqa: S603 - fixed arguments, no shell
        [sys.executable, "-P", "-m", "django", "makemessages", "--no-wrap"]
        + [f"--locale={language}" for language in LANGUAGES],
        cwd=workdir,
        env=environment,
        check=True,
        capture_output=True,
        timeout=300,
    )


def refreshed_catalogs(workdir: Path, catalogs: Path = CATALOGS) -> Path:
    """Extract the strings of the parts of allauth the site uses into copies of
    `catalogs` in `workdir`; returns the folder holding `<lang>/LC_MESSAGES/django.po`."""
    source = Path(allauth.__file__).parent
    tree = workdir / "allauth"
    tree.mkdir(parents=True)
    for module in source.glob("*.py"):
        shutil.copy(module, tree)
    for name in PYTHON_PARTS:
        shutil.copytree(source / name, tree / name, ignore=_left_out)
    for name in TEMPLATE_PARTS:
        shutil.copytree(
            source / "templates" / name, tree / "templates" / name, ignore=_left_out
        )
    shutil.copytree(catalogs, workdir / "locale", ignore=shutil.ignore_patterns("*.mo"))
    _makemessages(workdir)
    return workdir / "locale"


@functools.cache
def django_translations(language: str) -> dict:
    """What Django's own catalogs translate in `language`: {(msgctxt, msgid): entry}."""
    source = Path(django.__file__).parent
    found = {}
    for folder in DJANGO_OWN_CATALOGS:
        compiled = source / folder / to_locale(language) / "LC_MESSAGES" / "django.mo"
        if compiled.exists():
            for entry in polib.mofile(compiled):
                translations = [entry.msgstr, *entry.msgstr_plural.values()]
                if entry.msgid and any(translations):
                    found[(entry.msgctxt or None, entry.msgid)] = entry
    return found


def django_translates(language: str, entry: polib.POEntry) -> bool:
    return (entry.msgctxt or None, entry.msgid) in django_translations(language)


def refreshed_django_catalogs(workdir: Path, catalogs: Path = DJANGO_CATALOGS) -> Path:
    """Extract the strings of DJANGO_SOURCES into copies of `catalogs` in `workdir`;
    returns the folder holding `<lang>/LC_MESSAGES/django.po`.

    A string Django's own catalog translates in that language is left to Django (so
    its Vietnamese, which has most of them, goes on being used), unless the site's
    catalog already translates it: such a translation is kept on purpose, where
    Django's reads wrong, with a comment saying why."""
    source = Path(django.__file__).parent
    for name in DJANGO_SOURCES:
        copy = workdir / "django" / name
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source / name, copy)
    shutil.copytree(catalogs, workdir / "locale", ignore=shutil.ignore_patterns("*.mo"))
    _makemessages(workdir)
    for language in LANGUAGES:
        path = workdir / "locale" / language / "LC_MESSAGES" / "django.po"
        catalog = polib.pofile(path, wrapwidth=0)
        # Untranslated, or fuzzy: msgmerge guesses at the strings left to Django from
        # the catalog's nearest ones, and those guesses are not translations.
        left_to_django = [
            entry
            for entry in catalog
            if not entry.obsolete
            and not entry.translated()
            and django_translates(language, entry)
        ]
        for entry in left_to_django:
            catalog.remove(entry)
        if left_to_django:
            catalog.save(path)
    return workdir / "locale"


class Command(BaseCommand):
    help = (
        "Refresh and compile lms/locale_allauth/ and lms/locale_django/ from the "
        "installed django-allauth and Django."
    )

    def handle(self, *args, **options):
        msgfmt = shutil.which("msgfmt")
        if not msgfmt:
            raise CommandError("GNU gettext is needed (apt-get install gettext).")
        for catalogs, refresh in [
            (CATALOGS, refreshed_catalogs),
            (DJANGO_CATALOGS, refreshed_django_catalogs),
        ]:
            with tempfile.TemporaryDirectory() as workdir:
                fresh = refresh(Path(workdir), catalogs)
                for language in LANGUAGES:
                    shutil.copy(
                        fresh / language / "LC_MESSAGES" / "django.po",
                        catalogs / language / "LC_MESSAGES" / "django.po",
                    )
            for language in LANGUAGES:
                folder = catalogs / language / "LC_MESSAGES"
                subprocess.run(  # noqa: S603 - fixed arguments, no shell
                    [msgfmt, "--check-format", "-o", "django.mo", "django.po"],
                    cwd=folder,
                    check=True,
                )
                catalog = polib.pofile(folder / "django.po")
                todo = len(catalog.untranslated_entries()) + len(
                    catalog.fuzzy_entries()
                )
                self.stdout.write(
                    f"{folder / 'django.po'}: {todo} entries to translate"
                )
