"""Search finds the text of every page, not only names, whatever the case, the accents or
the punctuation of the query: through the database's own full-text search (FTS5 on SQLite,
tsvector on PostgreSQL), ranked, grouped by kind of page, with the matches marked."""

import re

import pytest
from django.urls import reverse
from django.utils.translation import override

from films.models import Film, FilmPassage
from search.query import fold
from tests.caches import LOCAL_CACHES, clear_caches
from tests.factories import make_person
from tests.search.results import by_page, cards, group, results, search

pytestmark = pytest.mark.django_db


def test_fold_drops_accents_case_and_curly_apostrophes():
    assert fold("Stéfi CELMA") == "stefi celma"
    assert fold("Quentin D\u2019Hainaut") == "quentin d'hainaut"


@pytest.mark.parametrize(
    ("query", "label", "expected"),
    [
        ("Stefi", "People", "Stéfi Celma"),
        ("STÉFI", "People", "Stéfi Celma"),
        ("gerard lanvin", "People", "Gérard Lanvin"),
        ("Ramazy", "People", "Ramzy Bedia"),
        ("ferey", "People", "Caryl Férey"),
        ("d\u2019hainaut", "People", "Quentin D'Hainaut"),
        ("balle perdue", "Films", "Lost Bullet 2"),
        ("last", "Films", "Last Bullet"),
        ("resz", "Characters", "Alexander Resz"),
        ("vincentelli", "Critics", "Elisabeth Vincentelli"),
        ("hollywood", "Publications", "The Hollywood Reporter"),
    ],
)
def test_search_finds_each_kind_accent_and_case_insensitively(
    client, seeded, query, label, expected
):
    """Films, people and characters the query names are cards, the rest in their groups."""
    found = results(client, query)
    named = label in ("Films", "People", "Characters")
    assert any(r["title"] == expected and r["group"] == ("card" if named else label) for r in found)


@pytest.mark.parametrize(
    ("query", "page", "marked"),
    [
        ("renault", "/en/cars/charas-renault/", "Renault"),
        ("renault", "/en/articles/lost-bullet-trilogy-retrospective/", "Renault"),
        ("netflix", "/en/films/lost-bullet/", "Netflix"),
        ("netflix", "/en/articles/last-bullet-explained/", "Netflix"),
        ("Sète", "/en/films/lost-bullet/", "Sète"),
        ("sete", "/en/films/lost-bullet/", "Sète"),
        ("SÈTE", "/en/films/lost-bullet/", "Sète"),
        ("ending", "/en/articles/lost-bullet-ending-explained/", "ending"),
        ("lenoire", "/en/people/alban-lenoir/", "Lenoir"),
    ],
)
def test_search_finds_words_in_the_text_of_pages_and_marks_them(
    client, seeded, query, page, marked
):
    found = by_page(results(client, query, seen=3))
    assert page in found, sorted(found)
    assert marked in found[page]["marked"]


def test_filming_locations_and_companies_are_found_on_the_film_page(client, seeded):
    found = by_page(results(client, "sete"))
    assert "/en/films/lost-bullet/" in found
    found = results(client, "inoxy")
    assert [r["group"] for r in found] == ["Films", "Films"]
    assert {r["section"] for r in found} == {"Production companies"}


@pytest.mark.parametrize("query", ["Stéfi Celma", "stefi celma", "STÉFI CELMA", "StEfI cElMa"])
def test_search_ignores_accents_and_case(client, seeded, query):
    found = by_page(results(client, query))
    assert "/en/people/stefi-celma/" in found


def test_other_spellings_find_the_person_and_are_marked(client, seeded):
    assert [card["title"] for card in cards(client, "ramazy")] == ["Ramzy Bedia"]
    assert "<mark>Ramazy</mark>" in search(client, "ramazy").content.decode()


def test_a_person_with_two_matching_spellings_is_listed_once(client, seeded):
    html = search(client, "celma").content.decode()
    assert html.count('href="/en/people/stefi-celma/"') == 1


def test_results_are_grouped_by_kind_the_best_group_first(client, seeded):
    found = results(client, "lino")
    assert found[0]["url"] == "/en/characters/lino/", "the character named: a card"
    groups = [r["group"] for r in found[1:]]
    assert groups == sorted(groups, key=groups.index), "each group once, in one piece"
    assert groups[0] == "Films", "the films' plots name him most"
    assert 'href="/en/characters/' in group(search(client, "lino").content.decode(), "Characters")


def test_groups_are_ordered_by_their_best_result(client, seeded):
    found = [r for r in results(client, "renault", seen=3) if r["group"] != "card"]
    assert found[0]["group"] == "Cars", "a car has Renault in its name"
    assert found[0]["url"] == "/en/cars/charas-renault/"


def test_a_match_in_the_title_ranks_above_a_passing_mention(client, seeded):
    mention = make_person(
        name="Odile Marchetti",
        biography="A stunt coordinator. She trained with many drivers over the years, among "
        "them Quillon, before she worked on the trilogy's chases and its crashes.",
    )
    named = make_person(name="Aurélien Quillon", biography="A driver.")
    people = [r["url"] for r in results(client, "quillon") if r["group"] in ("card", "People")]
    assert people == [named.get_absolute_url(), mention.get_absolute_url()]


def test_a_near_miss_finds_the_word_and_says_what_it_searched_for(client, seeded):
    response = search(client, "lanvim")
    page = response.content.decode()
    assert "Showing results for “Lanvin”" in page, "the word as the text spells it"
    found = by_page(results(client, "lanvim"))
    assert found["/en/people/gerard-lanvin/"]["title"] == "Gérard Lanvin"


def test_each_edition_searches_its_own_text_and_near_misses(client, seeded):
    """Every page is indexed in English and in French: a search finds the text of its page's
    language only, and corrects a misspelt word to a word of that language."""
    film = Film.objects.get(slug="lost-bullet")
    FilmPassage.objects.create(
        film=film,
        section="production",
        text_en="A tyrannosaurus stood on set.",
        text_fr="Un tyrannosaure trônait sur le plateau.",
    )
    editions = [("en", "tyrannosaurus", "trônait"), ("fr", "tyrannosaure", "stood")]
    for language, word, other_languages_word in editions:
        with override(language):
            assert reverse("search:search") == f"/{language}/search/"
            page = f"/{language}/films/lost-bullet/"
            assert by_page(results(client, word))[page]["marked"] == [word]
            assert by_page(results(client, "tyrannozaure"))[page]["marked"] == [word]
            assert page not in by_page(results(client, other_languages_word))


def test_no_match_says_so_and_suggests_a_fix(client, seeded):
    html = search(client, "zzzz").content.decode()
    assert "Nothing matches" in html


def test_words_matching_nothing_even_nearly_find_nothing(client, seeded):
    assert results(client, "qwxzv") == []
    assert "Nothing matches" in search(client, "qwxzv").content.decode()


def test_an_empty_query_shows_no_results(client, seeded):
    response = search(client, "   ")
    assert response.status_code == 200
    assert results(client, "   ") == []
    assert "Nothing matches" not in response.content.decode()


def test_an_overlong_query_is_a_400_with_a_message_and_keeps_the_text(client, seeded):
    response = search(client, "x" * 101)
    assert response.status_code == 400
    html = response.content.decode()
    assert "at most 100 characters" in html
    assert 'value="' + "x" * 101 + '"' in html


@pytest.mark.parametrize("query", ["%", "_", "'; DROP TABLE films_film; --", "\\", "<script>"])
def test_odd_characters_are_searched_literally(client, seeded, query):
    """No name holds these characters: taken as LIKE wildcards, `%` and `_` would match all."""
    response = search(client, query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nothing matches" in html
    assert "<script>" not in html.split("<main")[1]
    assert Film.objects.count() == 3


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        '"renault',
        "*",
        "renault*",
        "^renault",
        "NEAR",
        "NEAR(renault clio)",
        "renault OR clio",
        "OR",
        "AND NOT",
        "(",
        "renault)",
        ":",
        "title:renault",
        "-",
        "-renault",
        "renault -clio",
        "'",
        "{title}: renault",
        "& | ! <-> :*",
        "\\",
        "_",
        "…",
    ],
)
def test_full_text_syntax_is_never_read_as_syntax(client, seeded, query):
    response = search(client, query)
    assert response.status_code == 200
    if re.findall(r"[^\W_]+", query) == ["renault"]:
        assert "/en/cars/charas-renault/" in response.content.decode()


def test_a_query_of_punctuation_only_finds_nothing(client, seeded):
    page = search(client, "*^:()-").content.decode()
    assert "Nothing matches" in page


def test_text_is_escaped_around_the_marks(client, seeded):
    """Markup in the text is never markup in the snippet (PostgreSQL's ts_headline leaves tags
    out; SQLite's snippet() keeps them, escaped)."""
    film = Film.objects.get(slug="lost-bullet")
    FilmPassage.objects.create(
        film=film, section="production", text="The <b>zanzibar</b> & <script>x</script> scene."
    )
    snippet = by_page(results(client, "zanzibar"))["/en/films/lost-bullet/"]["snippet"]
    assert "<mark>zanzibar</mark>" in snippet and "&amp;" in snippet
    assert re.sub(r"</?mark>", "", snippet).count("<") == 0


@pytest.mark.parametrize("query", ["renault", "ending", "sete", "netflix", "lino"])
def test_every_result_links_to_a_place_on_its_page(client, seeded, query):
    for result in results(client, query, seen=3):
        path, _, fragment = result["url"].partition("#")
        page = client.get(path)
        assert page.status_code == 200, result["url"]
        if fragment:
            assert f'id="{fragment}"' in page.content.decode(), result["url"]


def test_the_query_count_stays_bounded_when_nothing_matches_at_first(
    client, seeded, settings, django_assert_max_num_queries
):
    """A misspelt query is searched twice, and the vocabulary (or each word's near miss) looked
    up in between: no query per document or per result. Five more start a content version."""
    settings.CACHES = LOCAL_CACHES
    clear_caches()
    with django_assert_max_num_queries(11):
        assert search(client, "lanvim renaul").status_code == 200
