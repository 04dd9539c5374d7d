"""Refresh the Vietnamese and Tagalog catalogs of allauth's strings (lms/locale_allauth/)
from the installed django-allauth, e.g. after an upgrade. allauth ships neither language.

New strings arrive untranslated, changed ones fuzzy, strings allauth dropped become
obsolete entries; translate, then run this again or `make messages` to compile.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import allauth
import polib
from django.core.management.base import BaseCommand, CommandError

CATALOGS = Path(__file__).resolve().parents[2] / "locale_allauth"
LANGUAGES = ["vi", "tl"]
# The parts of allauth the site uses: core, account, and mfa with TOTP and recovery
# codes. Not socialaccount, idp, usersessions, headless, nor mfa's webauthn.
PYTHON_PARTS = ["core", "account", "mfa", "templatetags"]
TEMPLATE_PARTS = ["account", "mfa", "allauth"]


def _left_out(folder, names):
    return [
        name
        for name in names
        if "webauthn" in name or name in {"__pycache__", "migrations", "static"}
    ]


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
    # Without the site's settings, makemessages writes only into workdir/locale.
    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    subprocess.run(  # noqa: S603 - fixed arguments, no shell
        [sys.executable, "-m", "django", "makemessages", "--no-wrap"]
        + [f"--locale={language}" for language in LANGUAGES],
        cwd=workdir,
        env=environment,
        check=True,
        capture_output=True,
        timeout=300,
    )
    return workdir / "locale"


class Command(BaseCommand):
    help = "Refresh and compile lms/locale_allauth/ from the installed django-allauth."

    def handle(self, *args, **options):
        msgfmt = shutil.which("msgfmt")
        if not msgfmt:
            raise CommandError("GNU gettext is needed (apt-get install gettext).")
        with tempfile.TemporaryDirectory() as workdir:
            fresh = refreshed_catalogs(Path(workdir))
            for language in LANGUAGES:
                shutil.copy(
                    fresh / language / "LC_MESSAGES" / "django.po",
                    CATALOGS / language / "LC_MESSAGES" / "django.po",
                )
        for language in LANGUAGES:
            folder = CATALOGS / language / "LC_MESSAGES"
            subprocess.run(  # noqa: S603 - fixed arguments, no shell
                [msgfmt, "--check-format", "-o", "django.mo", "django.po"],
                cwd=folder,
                check=True,
            )
            catalog = polib.pofile(folder / "django.po")
            todo = len(catalog.untranslated_entries()) + len(catalog.fuzzy_entries())
            self.stdout.write(f"{folder / 'django.po'}: {todo} entries to translate")
