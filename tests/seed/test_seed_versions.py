"""The seed's versions hold everything the seed loads, its French included: reverting to
"Loaded from the seed content." gives back what the seed gave, in both languages."""

import json

import pytest
from reversion.models import Version

from films.models import Film
from seed.loader import SEED_COMMENT, seed_load
from seed.models import SeedRecord

pytestmark = pytest.mark.django_db

FRENCH_FIELDS = ("title_fr", "synopsis_fr", "countries_fr", "languages_fr")


def first_version(obj):
    return Version.objects.get_for_object(obj).order_by("pk").first()


def test_the_seeds_first_version_of_a_film_holds_its_french(seeded):
    film = Film.objects.get(slug="lost-bullet")
    version = first_version(film)
    assert version.revision.comment == SEED_COMMENT
    for field in FRENCH_FIELDS:
        assert getattr(film, field), field
        assert version.field_dict[field] == getattr(film, field), field


def test_a_database_loaded_before_gets_the_french_in_the_seeds_versions(seeded):
    """A database whose seed versions were recorded without the French (before this fix): the
    next load, which `make run` runs, puts it in them, and touches no object."""
    film = Film.objects.get(slug="lost-bullet")
    version = first_version(film)
    data = json.loads(version.serialized_data)
    for field in FRENCH_FIELDS:
        data[0]["fields"][field] = None
    version.serialized_data = json.dumps(data)
    version.save()
    SeedRecord.objects.filter(key="first-versions-hold-the-french").delete()
    film.title_fr = "Le titre d'une éditrice"
    film.save()

    seed_load()

    version.refresh_from_db()
    assert version.field_dict["synopsis_fr"] and version.field_dict["countries_fr"]
    assert version.field_dict["title_fr"] == film.original_title
    assert Film.objects.get(pk=film.pk).title_fr == "Le titre d'une éditrice"
    seed_load()  # once only
    assert SeedRecord.objects.filter(key="first-versions-hold-the-french").count() == 1
