"""A copy of the seeded test database, taken once per session, that a transactional test puts
back in a fraction of a second instead of loading the seed through the ORM again (seconds).

SQLite copies itself with its backup API, page for page. PostgreSQL keeps a copy of every table
in a schema of its own, beside the test database's, and copies the rows back (generated columns,
such as the search vector, compute themselves again), then moves the id sequences past them.
"""

import sqlite3

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, transaction

SCHEMA = "seed_snapshot"


def _models():
    """Every model with a table of its own: many-to-many tables in, views and proxies out."""
    tables = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.managed and not model._meta.proxy:
            tables.setdefault(model._meta.db_table, model)
    return tables


def take():
    """Copy the database as it is now; return what `restore` needs to bring it back."""
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(copy)
        return copy
    models = _models()
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
        cursor.execute(f"CREATE SCHEMA {SCHEMA}")
        for table in models:
            cursor.execute(f"CREATE TABLE {SCHEMA}.{quote(table)} AS TABLE {quote(table)}")
        cursor.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND is_generated = 'NEVER' "
            "ORDER BY ordinal_position"
        )
        columns = {}
        for table, column in cursor.fetchall():
            if table in models:
                columns.setdefault(table, []).append(quote(column))
    return models, columns


def restore(snapshot):
    """Make the database what it was when `take` copied it."""
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        snapshot.backup(connection.connection)
        return
    models, columns = snapshot
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(quote(table) for table in models)}")
        for table, names in columns.items():
            names = ", ".join(names)
            cursor.execute(
                f"INSERT INTO {quote(table)} ({names}) SELECT {names} FROM {SCHEMA}.{quote(table)}"
            )
        for statement in connection.ops.sequence_reset_sql(no_style(), models.values()):
            cursor.execute(statement)
