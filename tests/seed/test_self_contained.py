"""The project's own repository is all `make run` needs: no document from outside it."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
# What a fresh clone holds: tracked files, without the virtualenv, local database or media.
LEFT_OUT = shutil.ignore_patterns(
    ".git", ".venv", ".tools", "media", "staticfiles", "db.sqlite3*", "__pycache__", ".*cache"
)


@pytest.mark.processes
def test_a_clone_with_nothing_beside_it_loads_the_whole_seed(tmp_path):
    clone = tmp_path / "alone" / "main"
    shutil.copytree(PROJECT, clone, ignore=LEFT_OUT)
    assert not (clone.parent / "shared").exists()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "BULLETSITE_"))}
    env |= {
        "DJANGO_SETTINGS_MODULE": "bulletsite.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'alone.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
    }

    def manage(*args):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=clone,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, f"manage.py {args[0]} failed:\n{result.stderr}"
        return result.stdout

    manage("migrate", "--no-input")  # as `make seed` does
    manage("createcachetable")
    loaded = manage("load_seed")
    counts = manage(
        "shell",
        "--no-imports",
        "-c",
        "from films.models import *; from reviews.models import *; print("
        "Film.objects.count(), Person.objects.count(), Character.objects.count(), "
        "Credit.objects.count(), FilmPassage.objects.count(), CharacterArc.objects.count(), "
        "EditorialPiece.objects.count(), ArticleSection.objects.count(), "
        "CriticReview.objects.count(), Source.objects.count(), Vehicle.objects.count(), "
        "VehicleAppearance.objects.count(), TimelineEvent.objects.count(), "
        "FilmPassage.objects.filter(section='recap').count(), "
        "CharacterArc.objects.exclude(end_state='').count())",
    )
    assert loaded.startswith("Loaded ")
    (
        films,
        people,
        characters,
        credits,
        passages,
        arcs,
        pieces,
        sections,
        critics,
        sources,
        cars,
        car_appearances,
        events,
        recaps,
        end_states,
    ) = map(int, counts.split())
    assert (films, people, characters, pieces, critics, sources, cars) == (3, 17, 13, 3, 9, 5, 5)
    assert credits >= 30 and passages >= 15 and arcs >= 20 and sections >= 9
    assert car_appearances >= 7 and events >= 15 and recaps == 3 and end_states == arcs
