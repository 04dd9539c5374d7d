"""The catalogs follow the translation glossary (../shared/GLOSSARY.md): the terms a
fluent review flagged stay out, and each catalog says who last translated it."""

import re
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]

# Anywhere in a catalog's translations: the flagged term (a regular expression).
FORBIDDEN = {
    "es": [
        r"(?i)\bbecas?\b",  # a scholarship: people expect money
        r"\bReflexione\b",  # the imperative ("Reflect"), not the plural noun
        r"Es bueno saber",
        r"\w\((?:a|as|os)\)",  # "Inscrito(a)": inclusive forms go one way throughout
        r"\bo/a\b",
    ],
    "zh_Hant": [
        r"研究員",
        r"聚會",
        r"運動建設",
        r"導師",
        r"已完成課堂",
        r"見證",
        r"計劃",
    ],
    "vi": [
        r"xem trước mở",
        r"viết thư cho bạn",
        r"đường dẫn rút gọn",
        r"(?i)fellowship",
    ],
    "ko": [r"운동 건설", r"자리가 나서 등록되셨습니다", r"가가호호"],
    "tl": [r"\(first come, first served\)", r"Tuwing fall"],
    "ar": [r"أنت الآن مسجَّل", r"بيت التعلّم"],
}
# The translation of one string must not be a flagged word.
FORBIDDEN_FOR = {
    "tl": {"Withdrawn": "Umalis"},
    "ar": {"Withdrawn": "انسحب"},
    "es": {"Reflect": "Reflexione", "Good to know": "Es bueno saber"},
}
LANGUAGES = sorted(FORBIDDEN)


def catalog(language):
    return polib.pofile(ROOT / "locale" / language / "LC_MESSAGES" / "django.po")


def translations(entry) -> list[str]:
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


@pytest.mark.parametrize("language", LANGUAGES)
def test_flagged_terms_are_gone(language):
    found = [
        (pattern, entry.msgid)
        for entry in catalog(language)
        for text in translations(entry)
        for pattern in FORBIDDEN[language]
        if re.search(pattern, text)
    ]
    assert found == []


@pytest.mark.parametrize("language", sorted(FORBIDDEN_FOR))
def test_flagged_translations_of_single_strings_are_gone(language):
    entries = {entry.msgid: entry.msgstr for entry in catalog(language)}
    for msgid, flagged in FORBIDDEN_FOR[language].items():
        assert entries[msgid] != flagged, msgid


def test_tagalog_translates_whole_phrases():
    """Taglish is a choice for single words (Email, Online), not for whole phrases."""
    copied = [
        entry.msgid
        for entry in catalog("tl")
        if not entry.msgid_plural
        and entry.msgstr == entry.msgid
        and len(re.findall(r"[A-Za-z]{2,}", entry.msgid)) > 1
    ]
    assert copied == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_catalog_says_who_last_translated_it(language):
    metadata = catalog(language).metadata
    assert "FULL NAME" not in metadata["Last-Translator"]
    assert not metadata["PO-Revision-Date"].startswith("YEAR")
