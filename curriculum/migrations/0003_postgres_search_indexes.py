"""Indexes for curriculum search on PostgreSQL (curriculum/search.py); nothing elsewhere.

One expression index per text-search configuration over each index entry's title and
text, and, when the pg_trgm extension is there or can be created, trigram indexes for
the substring match of Chinese, Japanese and Korean terms (without it those still
work, by scanning).
"""

from django.db import DatabaseError, migrations, transaction

TABLE = "wagtailsearch_indexentry"
CONFIGS = ("english", "spanish", "arabic", "simple")
TRIGRAM_COLUMNS = ("title_text", "body_text")


def text_search_index(config):
    return f"curriculum_search_{config}"


def trigram_index(column):
    # The names modelsearch's enable_trigram command gives the same indexes.
    return f"modelsearch_{column}_trgm"


def trigram_extension_ready(schema_editor) -> bool:
    connection = schema_editor.connection
    try:
        # A savepoint: a failed CREATE EXTENSION must not abort the migration.
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DatabaseError:
        return False
    return True


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for config in CONFIGS:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {text_search_index(config)} ON {TABLE} "
            f"USING gin (to_tsvector('{config}'::regconfig, "
            f"(title_text || ' ' || body_text)))"
        )
    if not trigram_extension_ready(schema_editor):
        return
    for column in TRIGRAM_COLUMNS:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {trigram_index(column)} ON {TABLE} "
            f"USING gin ({column} gin_trgm_ops)"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    names = [text_search_index(c) for c in CONFIGS]
    names += [trigram_index(c) for c in TRIGRAM_COLUMNS]
    for name in names:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("curriculum", "0002_quote_language"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
