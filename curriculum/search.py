"""Matching curriculum pages against Wagtail's search index, per database.

Chinese, Japanese and Korean terms match as substrings: those scripts run words
together, and Korean joins particles to the word ("유권자" is in "유권자를"). Other
terms match whole words or their beginnings ("canvass" is in "Canvassing"); on
PostgreSQL also by stem, in the text-search configuration of the page's language, so
"puertas" and "puerta" meet.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db import connection
from django.db.models import (
    Case,
    CharField,
    Exists,
    F,
    Func,
    Lookup,
    OuterRef,
    Q,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Cast
from modelsearch.conf import get_app_config
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page
from wagtail.search.models import IndexEntry

# Han (with its extensions), kana and Hangul (syllables and jamo, full and half width).
SUBSTRING_SCRIPTS = re.compile(
    "[\u1100-\u11ff\u3005-\u3007\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff"
    "\uff66-\uffdc\U00020000-\U0003ffff]"
)
# PostgreSQL's text-search configurations for the site's languages; the expression
# indexes of migration 0002 are built for these and "simple" (every other language).
TEXT_SEARCH_CONFIGS = {"en": "english", "es": "spanish", "ar": "arabic"}
SIMPLE_CONFIG = "simple"
# Every term is one more condition; past this many the rest are not looked for.
MAX_TERMS = 20


def words(text: str) -> list[str]:
    """The words of `text`, lower case and composed (NFC): letters of every script
    with their marks, digits, and points between digits ("1.2"). Nothing else is
    kept: quotes, operators and wildcards would be full-text or LIKE syntax."""
    text = unicodedata.normalize("NFC", text.lower())
    kept = (
        c if _is_word_character(c) or _is_decimal_point(text, i) else " "
        for i, c in enumerate(text)
    )
    return "".join(kept).split()


def _is_word_character(character: str) -> bool:
    return character.isalnum() or unicodedata.category(character).startswith("M")


def _is_decimal_point(text: str, i: int) -> bool:
    return (
        text[i] == "."
        and 0 < i < len(text) - 1
        and text[i - 1].isdecimal()
        and text[i + 1].isdecimal()
    )


@dataclass(frozen=True)
class Terms:
    words: tuple[str, ...] = ()
    substrings: tuple[str, ...] = ()

    @classmethod
    def parse(cls, query: str) -> "Terms":
        """The distinct terms of `query`, at most MAX_TERMS of them."""
        pieces = [p for word in words(query) for p in _split_at_cased_letters(word)]
        unique = [t for t in dict.fromkeys(pieces) if any(map(str.isalnum, t))]
        unique = unique[:MAX_TERMS]
        substrings = tuple(t for t in unique if SUBSTRING_SCRIPTS.search(t))
        return cls(tuple(t for t in unique if t not in substrings), substrings)

    def __bool__(self) -> bool:
        return bool(self.words or self.substrings)


def _split_at_cased_letters(word: str) -> list[str]:
    """A word with Chinese, Japanese or Korean in it, cut where letters with case
    begin or end ("sns行銷": "sns", "行銷"), so substrings match without regard to
    case; digits stay with the characters around them ("第3課")."""
    if not SUBSTRING_SCRIPTS.search(word):
        return [word]
    runs = []
    for character in word:
        cased = character.lower() != character.upper()
        if runs and runs[-1][0] == cased:
            runs[-1][1].append(character)
        else:
            runs.append((cased, [character]))
    return ["".join(characters) for _, characters in runs]


def matching(pages, query: str):
    """`pages` whose indexed title and text hold every term of `query`: those holding
    every term in their title first, then in tree order."""
    terms = Terms.parse(query)
    if not terms:
        return pages.none()
    title_first = Case(
        When(_holding(terms, title_only=True), then=Value(0)), default=Value(1)
    )
    return (
        pages.alias(search_object_id=Cast("pk", CharField()))
        .filter(_holding(terms, title_only=False))
        .alias(search_title_first=title_first)
        .order_by("search_title_first", "path")
    )


def _holding(terms: Terms, *, title_only: bool) -> Q:
    """Pages whose index entry holds every term (in the title alone if asked).

    Over the whole text, the matching entries are found once, through the indexes;
    the title is looked at only for the pages found (one entry each, by its key)."""
    entries = _entry_of_page if title_only else _entries_among
    condition = Q()
    if terms.substrings:
        condition &= entries(_substrings(terms.substrings, title_only))
    if terms.words and connection.vendor == "postgresql":
        condition &= reduce(
            or_,
            (
                in_locales & entries(_postgres_words(terms.words, config, title_only))
                for config, in_locales in _postgres_configs()
            ),
        )
    elif terms.words:
        condition &= entries(_sqlite_words(terms.words, title_only))
    return condition


def _entries_among(condition: Q) -> Q:
    # Entries of other models are left out: their ids can equal a page's.
    entries = IndexEntry.objects.filter(
        condition, content_type_id__in=get_descendants_content_types_pks(Page)
    )
    return Q(search_object_id__in=entries.values("object_id"))


def _entry_of_page(condition: Q) -> Q:
    entry = IndexEntry.objects.filter(
        condition,
        content_type_id=OuterRef("content_type_id"),
        object_id=OuterRef("search_object_id"),
    )
    return Q(Exists(entry))


def _substrings(substrings, title_only: bool) -> Q:
    # The plain-text columns: title/body on SQLite, title_text/body_text on PostgreSQL.
    suffix = "_text" if connection.vendor == "postgresql" else ""
    columns = ["title"] if title_only else ["title", "body"]
    condition = Q()
    for term in substrings:
        # Case-sensitive LIKE (terms hold no cased letters), so the trigram indexes
        # apply; Django escapes % and _ (LIKE wildcards) in the term.
        condition &= reduce(
            or_, (Q(**{f"{column}{suffix}__contains": term}) for column in columns)
        )
    return condition


def _postgres_configs():
    """(configuration, Q over the pages written in its languages), "simple" last."""
    special = Q()
    for language, config in TEXT_SEARCH_CONFIGS.items():
        code = Q(locale__language_code=language)
        in_language = code | Q(locale__language_code__startswith=f"{language}-")
        special |= in_language
        yield config, in_language
    yield SIMPLE_CONFIG, ~special


def _postgres_words(terms, config: str, title_only: bool) -> Q:
    document = F("title_text") if title_only else TITLE_AND_BODY
    # Words hold word characters and points only: no tsquery syntax.
    query = " & ".join(f"{word}:*" for word in terms)
    # Stemmed in the page's language ("canvassing" is "canvass"), or as written, for
    # the beginning of a word whose stem differs ("organiz" of "organizing"). Each
    # side is answered by its expression index alone.
    return reduce(
        or_,
        (
            Q(TextSearchMatch(document, query, config=each))
            for each in dict.fromkeys([config, SIMPLE_CONFIG])
        ),
    )


def _sqlite_words(terms, title_only: bool) -> Q:
    columns = "title" if title_only else "title body"
    phrases = " AND ".join('"{}"*'.format(word.replace('"', '""')) for word in terms)
    return Q(FTS5Match(F("pk"), f"{{{columns}}} : ({phrases})"))


# The document PostgreSQL searches, written exactly as in the indexes of migration 0002.
TITLE_AND_BODY = Func(
    F("title_text"),
    F("body_text"),
    template="(%(expressions)s)",
    arg_joiner=" || ' ' || ",
    output_field=TextField(),
)


class TextSearchMatch(Lookup):
    """to_tsvector(config, document) @@ to_tsquery(config, query) (PostgreSQL)."""

    lookup_name = "curriculum_text_search_match"
    prepare_rhs = False

    def __init__(self, document, query: str, *, config: str):
        if config not in {*TEXT_SEARCH_CONFIGS.values(), SIMPLE_CONFIG}:
            raise ValueError(config)
        self.config = config
        super().__init__(document, query)

    @property
    def identity(self):
        return (*super().identity, self.config)

    def as_sql(self, compiler, connection):
        document, document_params = self.process_lhs(compiler, connection)
        query, query_params = self.process_rhs(compiler, connection)
        # A literal (from the allow-list above), so the expression indexes apply.
        config = f"'{self.config}'::regconfig"
        sql = f"to_tsvector({config}, {document}) @@ to_tsquery({config}, {query})"
        return sql, [*document_params, *query_params]


class FTS5Match(Lookup):
    """Index entries whose row in SQLite's FTS5 table matches an FTS5 query."""

    lookup_name = "curriculum_fts5_match"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        entry_id, entry_params = self.process_lhs(compiler, connection)
        query, query_params = self.process_rhs(compiler, connection)
        table = connection.ops.quote_name(
            get_app_config().get_model("SQLiteFTSIndexEntry")._meta.db_table
        )
        # The FTS table's own name; the query itself is a parameter.
        sql = f"{entry_id} IN (SELECT rowid FROM {table} WHERE {table} MATCH {query})"  # noqa: S608
        return sql, [*entry_params, *query_params]
