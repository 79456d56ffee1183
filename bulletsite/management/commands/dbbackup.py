"""`manage.py dbbackup`: a consistent copy of the database, taken while the site runs.

Written here rather than with django-dbbackup (weighed for issue 24): its PostgreSQL backup is
the same `pg_dump --format=custom` as ours, and its SQLite backup the same online backup API, but
its SQLite restore writes the backup's bytes over the live database file, beside the open
connections and their write-ahead log, without checking the backup first: a broken or
half-copied file replaces the site's data. Ours checks the backup, keeps a copy of the current
database, then restores through SQLite's backup API, which takes the write lock like any writer.
The library's extras (storages, encryption, compression) are not needed here.
"""

import os
import sqlite3
import subprocess
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

SUFFIXES = {"sqlite": "sqlite3", "postgresql": "pgdump"}


class Command(BaseCommand):
    help = (
        "Write a consistent copy of the database while the site runs: SQLite's online backup, "
        "or pg_dump for PostgreSQL."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", help="File to write (default: backups/<timestamp>).")

    def handle(self, *args, output=None, **options):
        output = database_backup(output=output)
        self.stdout.write(self.style.SUCCESS(f"Backup written to {output}"))


def database_backup(*, output=None, name="bulletsite"):
    """Write a consistent copy of the database to `output` (default: backups/<name>-<time>);
    return its path."""
    suffix = SUFFIXES.get(connection.vendor)
    if suffix is None:
        raise CommandError(f"No backup method for the {connection.vendor} database.")
    if output is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        output = settings.BASE_DIR / "backups" / f"{name}-{stamp}.{suffix}"
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(output) as copy:
            # The online backup API copies a consistent snapshot, WAL included.
            connection.connection.backup(copy)
        copy.close()
    else:
        _run(
            ["pg_dump", "--format=custom", "--no-owner", f"--file={output}", _pg_dbname()],
            env=_pg_env(),
        )
    return output


def _pg_dbname():
    return connection.settings_dict["NAME"]


def _pg_env():
    params = connection.settings_dict
    env = dict(os.environ)
    for variable, key in (
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGPASSWORD", "PASSWORD"),
    ):
        if params.get(key):
            env[variable] = str(params[key])
    return env


def _run(command, **kwargs):
    """Run pg_dump or pg_restore, turning a failure into one clear line."""
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        message = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise CommandError(f"{command[0]} could not restore or back up: {message}")
