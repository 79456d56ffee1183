import sqlite3

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from films.models import Discrepancy, EditorialPiece, Film
from reviews.models import UserReview
from tests.factories import make_user_review


def test_a_backup_round_trips_every_row(reseeded, tmp_path):
    make_user_review(film=Film.objects.get(slug="lost-bullet"), title="Kept by the backup")
    backup = tmp_path / "bulletsite.backup"
    call_command("dbbackup", output=str(backup))
    assert backup.stat().st_size > 0
    if connection.vendor == "sqlite":
        with sqlite3.connect(backup) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert copy.execute("SELECT COUNT(*) FROM films_film").fetchone()[0] == 3

    discrepancies = Discrepancy.objects.count()
    UserReview.objects.all().delete()
    EditorialPiece.objects.all().delete()
    Discrepancy.objects.all().delete()
    Film.objects.filter(slug="last-bullet").delete()
    kept = tmp_path / "before-restore.backup"
    call_command("dbrestore", str(backup), keep_current=str(kept))

    assert Film.objects.filter(slug="last-bullet").exists()
    assert EditorialPiece.objects.count() == 3
    assert Discrepancy.objects.count() == discrepancies
    assert UserReview.objects.filter(title="Kept by the backup").exists()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA integrity_check")
            assert cursor.fetchone()[0] == "ok"
    # What the restore replaced was copied aside first.
    assert kept.stat().st_size > 0
    if connection.vendor == "sqlite":
        with sqlite3.connect(kept) as copy:
            assert copy.execute("SELECT COUNT(*) FROM films_film").fetchone()[0] == 2
            assert copy.execute("SELECT COUNT(*) FROM reviews_userreview").fetchone()[0] == 0


@pytest.mark.django_db
def test_restoring_a_missing_or_broken_file_fails_clearly(tmp_path):
    with pytest.raises(CommandError, match="No backup at"):
        call_command("dbrestore", str(tmp_path / "missing.sqlite3"))
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database at all" * 100)
    kept = tmp_path / "before-restore.backup"
    with pytest.raises(CommandError, match="is not an intact|could not restore"):
        call_command("dbrestore", str(broken), keep_current=str(kept))
    # The backup was refused before anything was copied or replaced.
    assert not kept.exists()
