"""The index follows the content: edits are found at once, deletions are gone, and
`search_rebuild` catches up with changes that sent no signal."""

import io

import pytest
import reversion
from django.core.management import call_command
from reversion.models import Version

from films.models import Film, FilmPassage
from search.models import SearchDocument
from tests.factories import make_person
from tests.search.results import by_page, marked, results

pytestmark = pytest.mark.django_db


def documents_of(film_pk):
    """The documents of the index that require this film to be public."""
    return SearchDocument.objects.filter(requires_model="films.film", requires_id=film_pk)


def test_edits_are_found_at_once_and_deletions_gone(client, seeded):
    film = Film.objects.get(slug="lost-bullet")
    passage = FilmPassage.objects.create(
        film=film, section="production", text="A marmoset rode in the Renault."
    )
    assert "/en/films/lost-bullet/" in by_page(results(client, "marmoset"))
    passage.text = "A capybara rode in the Renault."
    passage.save()
    assert "marmoset" not in marked(client, "marmoset")
    assert "/en/films/lost-bullet/" in by_page(results(client, "capybara"))
    passage.delete()
    assert "capybara" not in marked(client, "capybara")


def test_reverting_a_version_in_the_admin_is_reflected(client, seeded):
    """django-reversion saves what it reverts raw, as fixtures are loaded."""
    passage = FilmPassage.objects.get(film__slug="lost-bullet", section="production", order=0)
    with reversion.create_revision():
        passage.text = "A wombat rode in the Renault."
        passage.save()
    with reversion.create_revision():
        passage.text = "A numbat rode in the Renault."
        passage.save()
    assert "wombat" not in marked(client, "wombat")
    Version.objects.get_for_object(passage)[1].revert()
    assert "/en/films/lost-bullet/" in by_page(results(client, "wombat"))
    assert "numbat" not in marked(client, "numbat")


def test_other_spellings_are_found_until_deleted(client, seeded):
    person = make_person(name="Jean Dupont")
    person.alternative_names.create(name="Jehan Dupond")
    assert "/en/people/" + person.slug + "/" in by_page(results(client, "jehan"))
    person.alternative_names.get().delete()
    assert "jehan" not in marked(client, "jehan")


def test_a_renamed_film_is_found_by_its_new_title_in_its_passages_too(client, seeded):
    film = Film.objects.get(slug="lost-bullet")
    film.title = "Balle Kumquat"
    film.save()
    found = results(client, "kumquat", seen=3)
    titles = {(r["group"], r["title"]) for r in found}
    assert ("card", "Balle Kumquat") in titles, "named by its new title: a card"
    assert len(found) == 1, "the film page once, however many of its passages match"


def test_a_film_deleted_takes_its_text_out_of_the_index(client, seeded):
    film = Film.objects.create(title="Pangolin", slug="pangolin", series_position=9)
    FilmPassage.objects.create(film=film, section="plot", text="A pangolin drives.")
    pk = film.pk
    languages = documents_of(pk).values_list("language", flat=True)
    assert sorted(languages) == ["en", "en", "fr", "fr"], "the film and its passage, in each"
    film.delete()
    assert not documents_of(pk).exists()


def test_search_rebuild_catches_up_with_changes_that_sent_no_signal(client, seeded):
    FilmPassage.objects.filter(film__slug="lost-bullet", section="plot").update(
        text="Nothing but a narwhal."
    )
    assert "narwhal" not in marked(client, "narwhal")
    call_command("search_rebuild", stdout=io.StringIO())
    assert "/en/films/lost-bullet/" in by_page(results(client, "narwhal", seen=3))
