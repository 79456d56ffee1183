"""The films, people and characters a query names come first, as cards with a spoiler-free
line; near misses are words as the readable text spells them; the page without a query offers
what people look for. At every horizon, in both languages."""

import pytest
from django.urls import reverse
from django.utils.translation import override

from films.models import Character, Film, FilmPassage
from search.models import SearchDocument
from tests.caches import LOCAL_CACHES, clear_caches
from tests.factories import make_film
from tests.search.results import cards, results, search

pytestmark = pytest.mark.django_db

HORIZONS = [0, 1, 3]


@pytest.mark.parametrize("seen", HORIZONS)
def test_a_films_title_puts_that_film_first_not_a_filming_location(client, seeded, seen):
    found = results(client, "lost bullet", seen=seen)
    assert found[0]["url"] == "/en/films/lost-bullet/"
    assert found[0]["group"] == "card"
    assert found[0]["snippet"] == "Film, 2020"
    assert [c["url"] for c in cards(client, "lost bullet", seen)][:2] == [
        "/en/films/lost-bullet/",
        "/en/films/lost-bullet-2/",
    ], "the film named exactly, then the one whose title holds the words"


@pytest.mark.parametrize("seen", HORIZONS)
def test_last_bullet_puts_the_film_first_not_a_distributor_line(client, seeded, seen):
    found = results(client, "last bullet", seen=seen)
    assert [found[0]["url"], found[0]["title"]] == ["/en/films/last-bullet/", "Last Bullet"]
    assert found[0]["group"] == "card"
    assert "Production companies" not in found[0]["section"]


def test_a_card_is_not_repeated_among_the_results(client, seeded):
    found = results(client, "last bullet", seen=3)
    assert [r["url"].partition("#")[0] for r in found].count("/en/films/last-bullet/") == 1


@pytest.mark.parametrize("seen", HORIZONS)
def test_a_persons_name_puts_their_card_first_with_their_jobs(client, seeded, seen):
    found = results(client, "alban lenoir", seen=seen)
    assert found[0]["url"] == "/en/people/alban-lenoir/"
    assert found[0]["group"] == "card"
    assert "Cast" in found[0]["snippet"]
    assert [c["url"] for c in cards(client, "lenoir", seen)] == ["/en/people/alban-lenoir/"]


def test_another_spelling_finds_the_card_and_says_it(client, seeded):
    [card] = cards(client, "ramazy")
    assert card["title"] == "Ramzy Bedia" and card["marked"] == ["Ramazy"]


@pytest.mark.parametrize("seen", HORIZONS)
def test_a_characters_name_puts_their_card_first_with_the_spoiler_free_introduction(
    client, seeded, seen
):
    lino = Character.objects.get(slug="lino")
    found = results(client, "lino", seen=seen)
    assert found[0]["url"] == lino.get_absolute_url()
    assert found[0]["snippet"] == lino.introduction
    resz = Character.objects.get(slug="resz")
    assert [c["url"] for c in cards(client, "resz", seen)] == [resz.get_absolute_url()]
    assert [c["url"] for c in cards(client, "alexander resz", seen)] == [resz.get_absolute_url()]


def test_cards_follow_the_edition(client, seeded):
    with override("fr"):
        found = results(client, "balle perdue", seen=0)
    assert found[0]["url"] == "/fr/films/lost-bullet/"
    assert found[0]["group"] == "card"
    assert found[0]["snippet"] == "Film, 2020"  # the French of "Film, %(year)s" is the same


def test_a_word_naming_nothing_makes_no_card(client, seeded):
    assert cards(client, "renault", seen=3) == []
    assert cards(client, "lino renault", seen=3) == []


@pytest.mark.parametrize("seen", [0, 3])
def test_a_near_miss_is_a_word_as_the_text_spells_it_not_a_stem(client, seeded, seen):
    for language in ("en", "fr"):
        with override(language):
            page = search(client, "charras", seen=seen).content.decode()
            assert "“Charas”" in page or "«\xa0Charas\xa0»" in page, language
            assert "chara”" not in page and "chara\xa0»" not in page
            assert cards(client, "charras", seen)[0]["url"].endswith("/characters/charas/")


def test_policier_on_the_french_page_is_found_or_corrected_to_a_whole_word(client, seeded):
    with override("fr"):
        assert results(client, "policier", seen=3), "the French text has the word"
        page = search(client, "polcier", seen=3).content.decode()
        assert "Voici les résultats pour «\xa0policier\xa0»" in page
    page = search(client, "policier", seen=3).content.decode()
    assert "Showing results for “police”" in page, "on the English page, an English word"
    assert "“polic”" not in page


def test_a_near_miss_comes_only_from_text_readable_at_the_horizon(client, seeded):
    film = Film.objects.get(slug="last-bullet")
    FilmPassage.objects.create(
        film=film, section="plot", spoils=film, order=99, text="The zeppelinist wins."
    )
    assert "Showing results for" not in search(client, "zeppelinest", seen=2).content.decode()
    assert "“zeppelinist”" in search(client, "zeppelinest", seen=3).content.decode()


def start(client, seen, language="en"):
    with override(language):
        response = search(client, "", seen=seen)
    assert response.status_code == 200
    return response.content.decode().split('id="main"')[1]


@pytest.mark.parametrize("seen", [0, 3])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_page_without_a_query_offers_what_people_look_for(client, seeded, seen, language):
    page = start(client, seen, language)
    with override(language):
        for film in Film.objects.published():
            assert f'href="{film.get_absolute_url()}"' in page
        for slug in ("lino", "charas", "areski", "julia"):
            assert f'href="{reverse("films:character-detail", args=[slug])}"' in page
        assert f'href="{reverse("films:person-detail", args=["alban-lenoir"])}"' in page
        for name in ("films:timeline", "films:vehicle-list", "films:piece-list"):
            assert f'href="{reverse(name)}"' in page
    heading = "Personnages" if language == "fr" else "Characters"
    assert f">{heading}</h2>" in page
    assert ("Plus à découvrir" if language == "fr" else "More to explore") in page


def test_the_page_without_a_query_shows_no_spoiler(client, seeded):
    """Its lines are the introductions, the years and the jobs, the same at every horizon."""
    assert start(client, 0) == start(client, 3).replace("seen_up_to", "seen_up_to")
    lino = Character.objects.get(slug="lino")
    assert all(arc.text[:40] not in start(client, 0) for arc in lino.arcs.all() if arc.text)


def test_the_page_without_a_query_takes_a_fixed_number_of_queries(
    client, seeded, settings, django_assert_max_num_queries
):
    """The named pages come from the index in one query, not one per kind or per page."""
    settings.CACHES = LOCAL_CACHES
    clear_caches()
    with django_assert_max_num_queries(8):
        assert search(client, "").status_code == 200


def test_a_film_far_down_the_series_is_indexed_with_a_weight_all_the_same(db):
    film = make_film(title="A Film Much Later", series_position=1500)
    weights = SearchDocument.objects.filter(url=film.get_absolute_url(), title=film.title)
    assert weights.exists()
    assert all(weight >= 0 for weight in weights.values_list("weight", flat=True))
