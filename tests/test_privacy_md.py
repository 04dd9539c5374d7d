"""PRIVACY.md stays true: every field of our apps' models is named in its model's
section, and every retention setting is named with its default.

A model's section starts at a heading (or a line in bold) whose first `code` span is
the model's class name (or `app_label.ClassName`), and runs to the next heading or the
next such line. Inside it, each field must appear as `field_name`. For Wagtail pages
only the fields the page type declares count: those of wagtailcore.Page are described
in brief under Wagtail's own tables."""

import re
from pathlib import Path

from django.apps import apps
from django.conf import settings

PRIVACY_MD = Path(settings.BASE_DIR) / "PRIVACY.md"
BASE_SETTINGS = Path(settings.BASE_DIR) / "lms" / "settings" / "base.py"
APPS = ("lms", "curriculum", "cohorts", "certificates")

HEADING = re.compile(r"^\s{0,3}(#{1,6}\s|\*\*)")
FIRST_CODE = re.compile(r"`([^`]+)`")
# How long things are kept: every RETENTION_* setting, and the data download's days,
# with its default (`env_int("NAME", 90)` or a plain number).
RETENTION_SETTING = re.compile(
    r"^(RETENTION_\w+|DATA_EXPORT_DAYS)\s*=\s*(.*)$", re.MULTILINE
)
DEFAULT_DAYS = re.compile(r'^(?:env_int\("\w+",\s*)?(\d+)\)?\s*(?:#.*)?$')


def documented_fields():
    """{"app.Model": [field names]} for every concrete model of our apps."""
    found = {}
    for label in APPS:
        for model in apps.get_app_config(label).get_models():
            if model._meta.abstract or model._meta.proxy:
                continue
            found[model._meta.label] = [
                field.name
                for field in model._meta.get_fields()
                if field.concrete
                and field.model is model  # not inherited from wagtailcore.Page
                and not _automatic_key(field)
            ]
    return found


def _automatic_key(field) -> bool:
    """The automatic `id`, and a page's link to its wagtailcore.Page row."""
    if field.primary_key and field.auto_created:
        return True
    return bool(field.one_to_one and getattr(field.remote_field, "parent_link", False))


def model_sections(text: str, labels) -> dict:
    """{"app.Model": the text of its section(s)}; a model with none is left out."""
    by_name = {}
    for label in labels:
        by_name.setdefault(label.split(".")[1], []).append(label)
    names = {}  # what a heading may call a model -> its label
    for name, same in by_name.items():
        for label in same:
            names[label] = label
            if len(same) == 1:  # a class name two apps share must be qualified
                names[name] = label
    sections = {}
    current = None
    for line in text.splitlines():
        if HEADING.match(line):
            first = FIRST_CODE.search(line)
            named = names.get(first.group(1)) if first else None
            if named is not None:
                current = named
                sections.setdefault(current, [])
                continue
            if line.lstrip().startswith("#"):
                current = None  # any other heading ends the section
        if current is not None:
            sections[current].append(line)
    return {label: "\n".join(lines) for label, lines in sections.items()}


def not_mentioned(text: str, fields: dict) -> list[str]:
    sections = model_sections(text, fields)
    missing = []
    for label, names in fields.items():
        section = sections.get(label)
        if section is None:
            missing.append(f"{label} (no section)")
            section = ""
        missing += [f"{label}.{name}" for name in names if f"`{name}`" not in section]
    return missing


def test_privacy_md_mentions_every_field_of_every_model():
    missing = not_mentioned(PRIVACY_MD.read_text(encoding="utf-8"), documented_fields())
    assert not missing, "PRIVACY.md does not mention: " + ", ".join(missing)


def test_privacy_md_names_every_retention_setting_with_its_default():
    """Each setting is named at least once as `NAME` (N), and wherever a number follows
    its name, it is the default in lms/settings/base.py: a changed default shows up."""
    found = RETENTION_SETTING.findall(BASE_SETTINGS.read_text(encoding="utf-8"))
    assert any(name.startswith("RETENTION_") for name, _value in found)
    text = PRIVACY_MD.read_text(encoding="utf-8")
    wrong = []
    for name, value in found:
        default = DEFAULT_DAYS.match(value.strip())
        if default is None:  # not a plain number of days: the name will do
            if f"`{name}`" not in text:
                wrong.append(f"{name} (not named)")
            continue
        days = default.group(1)
        stated = re.findall(rf"`{name}`\s*\((\d+)", text)
        if not stated:
            wrong.append(f"{name} (not named with its default, {days})")
        wrong += [
            f"{name} says {n}, the default is {days}" for n in stated if n != days
        ]
    assert not wrong, "PRIVACY.md on retention settings: " + ", ".join(wrong)


def test_the_check_finds_what_is_missing():
    """The check itself: a field outside its model's section, a model with no
    section, and a bold line naming a model all count as they should."""
    text = "\n".join(
        [
            "## `lms`: accounts",
            "### `User`: the account",
            "`email` and `display_name`.",
            "## Retention",
            "`latin_name` is here, outside the section.",
            "**`Organization`**",
            "`name`",
        ]
    )
    fields = {
        "lms.User": ["email", "display_name", "latin_name"],
        "lms.Organization": ["name", "slug"],
        "lms.Membership": ["user"],
    }
    assert not_mentioned(text, fields) == [
        "lms.User.latin_name",
        "lms.Organization.slug",
        "lms.Membership (no section)",
        "lms.Membership.user",
    ]
