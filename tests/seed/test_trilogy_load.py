"""The recaps, end states, cars and timeline load once, into a fresh database or into one whose
films were loaded before they existed, and never undo an editor's work."""

from functools import reduce
from operator import or_

import pytest
from django.db.models import Q

from films.models import CharacterArc, Discrepancy, FilmPassage, TimelineEvent, Vehicle
from seed import trilogy
from seed.loader import seed_load
from seed.models import SeedRecord

pytestmark = pytest.mark.django_db

TRILOGY_KEYS = (
    "recap",
    "arc-end-state:",
    "vehicle",
    "timeline:",
    "discrepancy:renault-armour",
    "discrepancy:julia-back-in-the-police",
    "discrepancy-vehicle:",
)


def as_before_the_trilogy_content():
    """The database of a site loaded before recaps, end states, cars and the timeline."""
    SeedRecord.objects.filter(reduce(or_, (Q(key__startswith=k) for k in TRILOGY_KEYS))).delete()
    FilmPassage.objects.filter(section="recap").delete()
    CharacterArc.objects.update(end_state="")
    Discrepancy.objects.filter(note__in=[item["note"] for item in trilogy.DISCREPANCIES]).delete()
    Discrepancy.objects.update(vehicle=None)
    Vehicle.objects.all().delete()
    TimelineEvent.objects.all().delete()


def trilogy_counts():
    return (
        FilmPassage.objects.filter(section="recap").count(),
        CharacterArc.objects.exclude(end_state="").count(),
        Vehicle.objects.count(),
        Discrepancy.objects.filter(vehicle__isnull=False).count(),
        Discrepancy.objects.count(),
        TimelineEvent.objects.count(),
    )


def test_a_site_loaded_before_gets_the_trilogy_content_once(seeded):
    loaded = trilogy_counts()
    discrepancies = loaded[4]
    assert loaded == (3, 25, 5, 2, discrepancies, 17)
    as_before_the_trilogy_content()
    assert trilogy_counts() == (0, 0, 0, 0, discrepancies - 2, 0)

    created = seed_load()

    assert created["recaps"] == 3 and created["timeline events"] == 17
    assert trilogy_counts() == loaded
    assert seed_load() == {}
    assert trilogy_counts() == loaded


def test_an_end_state_an_editor_wrote_is_kept(seeded):
    arc = CharacterArc.objects.get(character__slug="julia", film__slug="lost-bullet-2")
    arc.end_state = "Written by an editor."
    arc.save()
    SeedRecord.objects.filter(key__startswith="arc-end-state:").delete()

    seed_load()

    arc.refresh_from_db()
    assert arc.end_state == "Written by an editor."


def test_a_car_an_editor_deleted_stays_deleted(seeded):
    Vehicle.objects.filter(slug="julias-car").delete()
    seed_load()
    assert not Vehicle.objects.filter(slug="julias-car").exists()


def test_every_car_and_event_in_the_seed_names_the_sources_of_its_facts(seeded):
    for vehicle in Vehicle.objects.prefetch_related("citations"):
        assert vehicle.citations.all(), vehicle
    assert {item["slug"] for item in trilogy.VEHICLES} == set(
        Vehicle.objects.values_list("slug", flat=True)
    )
    assert not TimelineEvent.objects.filter(citations__isnull=True).exists()
