"""Search finds only what a reader may read: drafts are never found, and text spoiling a film
beyond the reader's horizon matches nothing."""

import io

import pytest
from django.core.management import call_command

from films.models import (
    ArticleSection,
    Character,
    EditorialPiece,
    Film,
    FilmPassage,
    PublicationStatus,
)
from tests.caches import clear_caches
from tests.search.results import by_page, marked, results, search, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def spoiling_passage(seeded):
    """A passage of Last Bullet's plot that spoils it, and a word only it holds."""
    film = Film.objects.get(slug="last-bullet")
    return FilmPassage.objects.create(
        film=film,
        section=FilmPassage.Section.PLOT,
        spoils=film,
        order=99,
        text="The xylophonist turns out to be the lighthouse keeper all along.",
    )


def test_text_spoiling_a_film_beyond_the_horizon_matches_nothing(client, spoiling_passage):
    """A match a reader may not read is no match: the page is the one nothing matches, with no
    result, no line saying text is hidden, no count."""
    for seen in (0, 1, 2):
        nothing = search(client, "qwzrtplk", seen=seen).content.decode()
        assert results(client, "xylophonist", seen=seen) == []
        page = search(client, "xylophonist").content.decode()
        assert "lighthouse keeper" not in page and "Last Bullet" not in page.split("<h1>")[1]
        assert page.replace("xylophonist", "qwzrtplk") == nothing


def test_a_reader_who_has_seen_the_film_reads_the_snippet(client, spoiling_passage):
    found = by_page(results(client, "xylophonist", seen=3))
    result = found["/en/films/last-bullet/"]
    assert result["url"] == "/en/films/last-bullet/#plot-heading"
    assert result["section"] == "Plot"
    assert "lighthouse keeper" in text(result["snippet"])
    assert result["marked"] == ["xylophonist"]


def test_no_near_miss_comes_from_hidden_words(client, spoiling_passage):
    """A misspelt hidden word is not corrected to it: the correction would confirm it."""
    assert results(client, "xylophonast", seen=2) == []
    assert "Showing results for" not in search(client, "xylophonast", seen=2).content.decode()
    assert "xylophonist" in marked(client, "xylophonast", seen=3)


def test_hidden_text_leaves_the_page_only_its_readable_matches(client, seeded):
    character = Character.objects.get(slug="lino")
    character.arcs.filter(film__slug="lost-bullet").update(text="He meets a tapir.")
    character.arcs.filter(film__slug="lost-bullet-2").update(text="Tapir, tapir, tapir.")
    call_command("search_rebuild", stdout=io.StringIO())
    assert results(client, "tapir", seen=0) == []
    result = by_page(results(client, "tapir", seen=1))["/en/characters/lino/"]
    assert result["section"] == "In Lost Bullet" and "meets" in result["snippet"]
    assert result["url"].endswith(f"#film-{Film.objects.get(slug='lost-bullet').pk}-heading")


def test_a_page_shows_its_best_snippet_the_horizon_allows(client, seeded):
    """Lost Bullet 2's plot passages spoil it: a reader who has seen only the first film gets
    the snippet of a passage that spoils nothing instead."""
    film = Film.objects.get(slug="lost-bullet-2")
    FilmPassage.objects.create(
        film=film, section="plot", spoils=film, text="Quokka quokka quokka: the twist."
    )
    FilmPassage.objects.create(film=film, section="production", text="A quokka was on set.")
    result = by_page(results(client, "quokka", seen=1))["/en/films/lost-bullet-2/"]
    assert result["section"] == "Production" and "on set" in result["snippet"]
    assert "twist" not in result["snippet"]
    result = by_page(results(client, "quokka", seen=2))["/en/films/lost-bullet-2/"]
    assert result["section"] == "Plot" and "twist" in result["snippet"]


def test_a_draft_film_is_not_found_by_search(client, seeded):
    Film.objects.filter(slug="last-bullet").update(status=PublicationStatus.DRAFT)
    html = search(client, "last bullet").content.decode()
    assert ">Films</h2>" in html, "other films' pages mention it"
    assert "/en/films/last-bullet/" not in html


def test_draft_films_and_articles_are_never_found(client, seeded):
    film = Film.objects.get(slug="last-bullet")
    FilmPassage.objects.create(film=film, section="production", text="An okapi on set.")
    piece = EditorialPiece.objects.get(slug="lost-bullet-ending-explained")
    ArticleSection.objects.create(piece=piece, text="The okapi scene, explained.", order=99)
    assert len(results(client, "okapi", seen=3)) == 2
    Film.objects.filter(pk=film.pk).update(status=PublicationStatus.DRAFT)
    EditorialPiece.objects.filter(pk=piece.pk).update(status=PublicationStatus.DRAFT)
    clear_caches()  # update() bumps no content version; an editor's save would
    assert "okapi" not in marked(client, "okapi")
