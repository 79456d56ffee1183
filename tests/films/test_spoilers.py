"""Every passage knows the latest film whose plot it reveals, and every public surface folds it
behind a disclosure naming that film: a reader who has seen only the first film can use the
whole site without learning how the others end."""

import pytest
from django.urls import reverse

from films.horizon import COOKIE_NAME
from films.models import (
    ArticleSection,
    Character,
    CharacterArc,
    Discrepancy,
    EditorialPiece,
    Film,
    FilmPassage,
    Person,
    PublicationStatus,
    TimelineEvent,
    Vehicle,
    VehicleAppearance,
)
from reviews.models import UserReview
from tests.factories import make_user_review
from tests.pages import PUBLIC_PAGES, disclosures

pytestmark = pytest.mark.django_db

SECRET = "Zebediah survives the final explosion"


@pytest.fixture
def last_bullet(seeded):
    return Film.objects.get(slug="last-bullet")


def assert_folded(client, url, text=SECRET, film_title="Last Bullet"):
    found = disclosures(client, url)
    assert text not in found.visible_text, url
    assert text in found.folded_under(film_title), url


def test_a_film_page_folds_each_passage_under_the_film_it_spoils(client, last_bullet):
    film = Film.objects.get(slug="lost-bullet")
    FilmPassage.objects.create(film=film, section="production", text=SECRET, spoils=last_bullet)
    assert_folded(client, film.get_absolute_url())


def test_a_character_page_folds_each_arc(client, last_bullet):
    CharacterArc.objects.filter(character__slug="julia", film=last_bullet).update(text=SECRET)
    client.cookies[COOKIE_NAME] = "2"  # the film after the horizon is listed, its arc folded
    assert_folded(client, reverse("films:character-detail", kwargs={"slug": "julia"}))


def test_notes_on_disagreements_are_folded_on_person_character_and_film_pages(client, last_bullet):
    person = Person.objects.get(slug="alban-lenoir")
    character = Character.objects.get(slug="lino")
    film = Film.objects.get(slug="lost-bullet")
    for target in ({"person": person}, {"character": character}, {"film": film}):
        Discrepancy.objects.create(note=SECRET, spoils=last_bullet, **target)
    for obj in (person, character, film):
        assert_folded(client, obj.get_absolute_url())


def test_article_sections_and_teasers_are_folded_wherever_they_appear(client, last_bullet):
    piece = EditorialPiece.objects.get(slug="lost-bullet-ending-explained")
    ArticleSection.objects.create(piece=piece, text=SECRET, spoils=last_bullet, order=99)
    assert_folded(client, piece.get_absolute_url())
    piece.standfirst = SECRET
    piece.standfirst_spoils = last_bullet
    piece.save()
    film = Film.objects.get(slug="lost-bullet")
    for url in (PUBLIC_PAGES["home"], PUBLIC_PAGES["article list"], film.get_absolute_url()):
        assert_folded(client, url)
    assert_folded(client, piece.get_absolute_url())


def test_a_section_heading_is_folded_with_its_passage_and_found_only_with_it(client, last_bullet):
    """The disclosure names the film, never the heading; search finds the heading only where
    the passage is open."""
    piece = EditorialPiece.objects.get(slug="lost-bullet-ending-explained")
    heading = "Why does Zebediah walk away?"
    ArticleSection.objects.create(
        piece=piece, heading=heading, text=SECRET, spoils=last_bullet, order=99
    )
    for seen in (0, 1, 2):
        found = disclosures(client, piece.get_absolute_url(), films_seen=seen)
        assert heading not in found.visible_text and SECRET not in found.visible_text
        assert heading in found.folded_under("Last Bullet")
        assert "Zebediah" not in client.get(reverse("search:search"), {"q": "zebediah"}).text
    found = disclosures(client, piece.get_absolute_url(), films_seen=3)
    assert heading in found.visible_text
    assert heading in client.get(reverse("search:search"), {"q": "zebediah"}).text


def test_a_teaser_that_spoils_is_never_the_pages_description(client, last_bullet):
    piece = EditorialPiece.objects.get(slug="lost-bullet-ending-explained")
    EditorialPiece.objects.filter(pk=piece.pk).update(
        standfirst=SECRET, standfirst_spoils=last_bullet
    )
    html = client.get(piece.get_absolute_url()).content.decode()
    head = html[: html.index("</head>")]
    assert SECRET not in head


def test_search_results_show_no_passage(client, last_bullet):
    CharacterArc.objects.filter(character__slug="julia", film=last_bullet).update(text=SECRET)
    found = disclosures(client, reverse("search:search") + "?q=julia")
    assert "Julia" in found.visible_text and SECRET not in found.visible_text


def test_the_feed_has_no_disclosure_so_it_shows_no_spoiler(client, last_bullet):
    make_user_review(
        film=last_bullet,
        title="Read after watching",
        body=SECRET,
        contains_spoilers=True,
        status=UserReview.Status.APPROVED,
    )
    feed = client.get(reverse("reviews:feed")).content.decode()
    assert "Read after watching" in feed
    assert SECRET not in feed and "Contains spoilers about Last Bullet" in feed


def test_text_spoiling_a_draft_film_is_left_out_and_the_film_not_named(client, last_bullet):
    Film.objects.filter(pk=last_bullet.pk).update(status=PublicationStatus.DRAFT)
    film = Film.objects.get(slug="lost-bullet")
    FilmPassage.objects.create(film=film, section="production", text=SECRET, spoils=last_bullet)
    html = client.get(film.get_absolute_url()).content.decode()
    assert SECRET not in html and "Spoils <cite>Last Bullet" not in html


def test_no_seeded_passage_that_spoils_shows_outside_its_disclosure(client, seeded):
    """On every public page, every seeded passage tagged with a film stays folded."""
    spoiling = [
        *FilmPassage.objects.exclude(spoils=None).select_related("spoils"),
        *CharacterArc.objects.exclude(spoils=None).select_related("spoils"),
        *ArticleSection.objects.exclude(spoils=None).select_related("spoils"),
        *Discrepancy.objects.exclude(spoils=None).select_related("spoils"),
        *VehicleAppearance.objects.exclude(spoils=None).select_related("spoils"),
        *TimelineEvent.objects.exclude(spoils=None).select_related("spoils"),
    ]
    assert len(spoiling) > 30
    urls = [
        *PUBLIC_PAGES.values(),
        *(film.get_absolute_url() for film in Film.objects.all()),
        *(character.get_absolute_url() for character in Character.objects.all()),
        *(piece.get_absolute_url() for piece in EditorialPiece.objects.all()),
        *(person.get_absolute_url() for person in Person.objects.all()),
        *(vehicle.get_absolute_url() for vehicle in Vehicle.objects.all()),
    ]
    shown = 0
    for url in urls:
        found = disclosures(client, url)
        for passage in spoiling:
            text = " ".join((getattr(passage, "text", None) or passage.note).split())
            assert text not in found.visible_text, (url, passage)
            shown += text in found.folded_under(passage.spoils.title)
    assert shown >= len(spoiling)


def test_seeded_plots_spoil_their_own_film_and_teasers_spoil_none(seeded):
    for passage in FilmPassage.objects.filter(section="plot"):
        assert passage.spoils_id == passage.film_id
    assert not EditorialPiece.objects.exclude(standfirst_spoils=None).exists()
    for arc in CharacterArc.objects.all():
        assert arc.spoils_id == arc.film_id
    for passage in [*VehicleAppearance.objects.all(), *TimelineEvent.objects.all()]:
        assert passage.spoils_id == passage.film_id


@pytest.mark.parametrize("seen", [0, 1, 2, 3])
def test_person_and_character_pages_list_films_up_to_the_one_after_the_horizon(
    client, seeded, seen
):
    """Who is in the film after the last one seen tells only who survived those; a later
    film's cast would tell who survives the next. One line says later films are left out, with
    no count."""
    later = "Later films are not listed"
    lino = Character.objects.get(slug="lino")
    lenoir = Person.objects.get(slug="alban-lenoir")
    films = list(Film.objects.published().order_by("series_position"))
    assert len(films) == 3
    for page in (lino.get_absolute_url(), lenoir.get_absolute_url()):
        html = disclosures(client, page, films_seen=seen).visible_text
        for film in films:
            listed = film.series_position <= seen + 1
            assert (f"{film.title} ({film.year})" in html) == listed, (page, film)
        assert (later in html) == (seen + 1 < len(films)), page
