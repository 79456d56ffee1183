from django.db import migrations, models

# The database's own full-text index over SearchDocument (see search/models.py).
TRIGGERS = [
    """CREATE TRIGGER search_searchdocument_fts_insert AFTER INSERT ON search_searchdocument
    BEGIN
        INSERT INTO search_searchdocument_fts (rowid, title, body)
        VALUES (new.id, new.title, new.body);
    END""",
    """CREATE TRIGGER search_searchdocument_fts_delete AFTER DELETE ON search_searchdocument
    BEGIN
        INSERT INTO search_searchdocument_fts (search_searchdocument_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    END""",
    """CREATE TRIGGER search_searchdocument_fts_update AFTER UPDATE ON search_searchdocument
    BEGIN
        INSERT INTO search_searchdocument_fts (search_searchdocument_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO search_searchdocument_fts (rowid, title, body)
        VALUES (new.id, new.title, new.body);
    END""",
]
SQLITE = [
    # Accents and case folded, English words stemmed ("endings" finds "ending"); an external
    # content table: the text is kept once, in search_searchdocument.
    """CREATE VIRTUAL TABLE search_searchdocument_fts USING fts5(
        title, body, content='search_searchdocument', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    # Which document holds each word, for near misses in the page's language. It stores
    # nothing: it reads the FTS5 index.
    """CREATE VIRTUAL TABLE search_searchdocument_words
        USING fts5vocab(search_searchdocument_fts, instance)""",
    *TRIGGERS,
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_searchdocument_fts_insert",
    "DROP TRIGGER IF EXISTS search_searchdocument_fts_delete",
    "DROP TRIGGER IF EXISTS search_searchdocument_fts_update",
    "DROP TABLE IF EXISTS search_searchdocument_words",
    "DROP TABLE IF EXISTS search_searchdocument_fts",
]

POSTGRESQL = [
    # unaccent folds accents before stemming; pg_trgm's similarity() finds near misses. Kept
    # on reversal: other apps may use them.
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # English and French, each with accents folded before its own stemmer: "sete" finds
    # "Sète", and ts_headline marks "Sète" in the original text.
    "CREATE TEXT SEARCH CONFIGURATION search_en (COPY = pg_catalog.english)",
    """ALTER TEXT SEARCH CONFIGURATION search_en
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem""",
    "CREATE TEXT SEARCH CONFIGURATION search_fr (COPY = pg_catalog.french)",
    """ALTER TEXT SEARCH CONFIGURATION search_fr
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem""",
    # A column of PostgreSQL's alone, left out of the model: SQLite has its FTS5 table.
    """ALTER TABLE search_searchdocument ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (
            CASE WHEN language = 'fr' THEN
                setweight(to_tsvector('search_fr'::regconfig, coalesce(title, '')), 'A')
                || setweight(to_tsvector('search_fr'::regconfig, coalesce(body, '')), 'B')
            ELSE
                setweight(to_tsvector('search_en'::regconfig, coalesce(title, '')), 'A')
                || setweight(to_tsvector('search_en'::regconfig, coalesce(body, '')), 'B')
            END
        ) STORED""",
    """CREATE INDEX search_searchdocument_vector_gin
        ON search_searchdocument USING gin (search_vector)""",
]
POSTGRESQL_REVERSE = [
    "DROP INDEX IF EXISTS search_searchdocument_vector_gin",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS search_vector",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS search_fr",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS search_en",
]


def run(statements):
    def operation(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement, params=None)

    return operation


class Migration(migrations.Migration):
    """The search index. Its documents are written by `manage.py search_rebuild`, which every
    `migrate` that applies a migration runs (search/apps.py)."""

    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("object_id", models.PositiveBigIntegerField(help_text="The object the text comes from.")),
                ("kind", models.CharField(help_text="The model the text comes from, as registered with search (search.registry).", max_length=100)),
                ("page", models.CharField(help_text="The kind of page it is shown on, as results are grouped.", max_length=40)),
                ("url", models.CharField(help_text="Where the text is shown.", max_length=300)),
                ("title", models.CharField(help_text="The title of the page, searched with more weight.", max_length=300)),
                ("section", models.CharField(blank=True, help_text="Where on the page the text is, e.g. Production.", max_length=200)),
                ("body", models.TextField(blank=True)),
                ("language", models.CharField(choices=[("en", "English"), ("fr", "Français")], default="en", help_text="The edition the text is from: each page is indexed once per language.", max_length=8)),
                ("requires_model", models.CharField(blank=True, help_text="The model of the object that must be public for the text to be found, as a lower-case label (app_label.modelname), if any.", max_length=100)),
                ("requires_id", models.PositiveBigIntegerField(help_text="The object that must be public for the text to be found.", null=True)),
                ("spoils_id", models.PositiveBigIntegerField(help_text="The object whose plot the text reveals (see register_spoilers), if any.", null=True)),
            ],
            options={
                "indexes": [models.Index(fields=["kind", "object_id"], name="search_sear_kind_b345f7_idx")],
            },
        ),
        migrations.RunPython(
            run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}),
        ),
    ]
