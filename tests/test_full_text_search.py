"""Search finds the text of every page, not only names: through the database's own full-text
search (FTS5 on SQLite, tsvector on PostgreSQL), ranked, with highlighted snippets that respect
the reader's spoiler horizon."""

import html
import io
import re

import pytest
import reversion
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils.translation import override
from reversion.models import Version

from bulletsite.models import SearchDocument
from films.horizon import COOKIE_NAME
from films.models import (
    ArticleSection,
    Character,
    EditorialPiece,
    Film,
    FilmPassage,
    PublicationStatus,
)
from tests.factories import make_person

pytestmark = pytest.mark.django_db

GROUP = re.compile(r'<h2 id="results-\d+">(?P<heading>[^<]+)</h2>(?P<body>.*?)</section>', re.S)
RESULT = re.compile(r'<li class="search-result">(.*?)</li>', re.S)
TAG = re.compile(r"<[^>]+>")


def text(fragment):
    return html.unescape(" ".join(TAG.sub("", fragment).split()))


def first(pattern, fragment):
    found = re.search(pattern, fragment, re.S)
    return found.group(1) if found else ""


def results(client, query, seen=None):
    """Search as a reader who has seen `seen` films; return each result with its group."""
    if seen is not None:
        client.cookies[COOKIE_NAME] = str(seen)
    response = client.get(reverse("search"), {"q": query})
    assert response.status_code == 200
    found = []
    for group in GROUP.finditer(response.content.decode()):
        for item in RESULT.findall(group["body"]):
            snippet = first(r'<p class="search-result__snippet">(.*?)</p>', item)
            found.append(
                {
                    "group": group["heading"],
                    "url": first(r'href="([^"]+)"', item),
                    "title": text(first(r"<a [^>]*>(.*?)</a>", item)),
                    "section": text(first(r'search-result__section">(.*?)</span>', item)),
                    "snippet": snippet,
                    "marked": [text(m) for m in re.findall(r"<mark>(.*?)</mark>", item)],
                    "hidden": text(first(r'search-result__hidden">(.*?)</p>', item)),
                }
            )
    return found


def marked(client, query, seen=3):
    """Every word marked in the results: a word the index no longer holds is never marked,
    though its near misses may be."""
    return {word.casefold() for result in results(client, query, seen) for word in result["marked"]}


def by_page(found):
    return {result["url"].partition("#")[0]: result for result in found}


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


def test_a_match_in_the_title_ranks_above_a_passing_mention(client, seeded):
    mention = make_person(
        name="Odile Marchetti",
        biography="A stunt coordinator. She trained with many drivers over the years, among "
        "them Quillon, before she worked on the trilogy's chases and its crashes.",
    )
    named = make_person(name="Aurélien Quillon", biography="A driver.")
    people = [r["url"] for r in results(client, "quillon") if r["group"] == "People"]
    assert people == [named.get_absolute_url(), mention.get_absolute_url()]


def test_groups_are_ordered_by_their_best_result(client, seeded):
    groups = [r["group"] for r in results(client, "renault", seen=3)]
    assert groups[0] in ("Cars", "Articles"), "a car or an article has Renault in its title"
    articles = [r for r in results(client, "renault", seen=3) if r["group"] == "Articles"]
    assert articles[0]["url"].startswith("/en/articles/lost-bullet-trilogy-retrospective/")


@pytest.mark.parametrize("query", ["Stéfi Celma", "stefi celma", "STÉFI CELMA", "StEfI cElMa"])
def test_search_ignores_accents_and_case(client, seeded, query):
    found = by_page(results(client, query))
    assert "/en/people/stefi-celma/" in found


def test_a_near_miss_finds_the_word_and_says_what_it_searched_for(client, seeded):
    response = client.get(reverse("search"), {"q": "lanvim"})
    page = response.content.decode()
    assert "Showing results for “lanvin”" in page
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
            assert reverse("search") == f"/{language}/search/"
            page = f"/{language}/films/lost-bullet/"
            assert by_page(results(client, word))[page]["marked"] == [word]
            assert by_page(results(client, "tyrannozaure"))[page]["marked"] == [word]
            assert page not in by_page(results(client, other_languages_word))


def test_words_matching_nothing_even_nearly_find_nothing(client, seeded):
    assert results(client, "qwxzv") == []
    assert "Nothing matches" in client.get(reverse("search"), {"q": "qwxzv"}).content.decode()


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


def test_a_snippet_never_shows_text_spoiling_a_film_beyond_the_horizon(client, spoiling_passage):
    for seen in (0, 1, 2):
        found = by_page(results(client, "xylophonist", seen=seen))
        result = found["/en/films/last-bullet/"]
        assert result["snippet"] == ""
        assert result["hidden"] == "Matches text that spoils Last Bullet."
        page = client.get(reverse("search"), {"q": "xylophonist"}).content.decode()
        assert "lighthouse keeper" not in page
        assert "Text that spoils a film you have not seen is not quoted" in page


def test_a_reader_who_has_seen_the_film_reads_the_snippet(client, spoiling_passage):
    found = by_page(results(client, "xylophonist", seen=3))
    result = found["/en/films/last-bullet/"]
    assert result["url"] == "/en/films/last-bullet/#plot-heading"
    assert result["section"] == "Plot"
    assert "lighthouse keeper" in text(result["snippet"])
    assert result["marked"] == ["xylophonist"]
    assert not result["hidden"]


def test_a_hidden_match_names_the_film_the_reader_comes_to_next(client, seeded):
    character = Character.objects.get(slug="lino")
    character.arcs.filter(film__slug="lost-bullet").update(text="He meets a tapir.")
    character.arcs.filter(film__slug="lost-bullet-2").update(text="Tapir, tapir, tapir.")
    call_command("search_rebuild", stdout=io.StringIO())
    result = by_page(results(client, "tapir", seen=0))["/en/characters/lino/"]
    assert result["hidden"] == "Matches text that spoils Lost Bullet."
    assert result["section"] == "In Lost Bullet"
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
    response = client.get(reverse("search"), {"q": query})
    assert response.status_code == 200
    if re.findall(r"[^\W_]+", query) == ["renault"]:
        assert "/en/cars/charas-renault/" in response.content.decode()


def test_a_query_of_punctuation_only_finds_nothing(client, seeded):
    page = client.get(reverse("search"), {"q": "*^:()-"}).content.decode()
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
    assert ("Films", "Balle Kumquat") in titles
    assert len(found) == 1, "the film page once, however many of its passages match"


def test_a_film_deleted_takes_its_text_out_of_the_index(client, seeded):
    film = Film.objects.create(title="Pangolin", slug="pangolin", series_position=9)
    FilmPassage.objects.create(film=film, section="plot", text="A pangolin drives.")
    pk = film.pk
    languages = SearchDocument.objects.filter(film_id=pk).values_list("language", flat=True)
    assert sorted(languages) == ["en", "en", "fr", "fr"], "the film and its passage, in each"
    film.delete()
    assert not SearchDocument.objects.filter(film_id=pk).exists()


def test_draft_films_and_articles_are_never_found(client, seeded):
    film = Film.objects.get(slug="last-bullet")
    FilmPassage.objects.create(film=film, section="production", text="An okapi on set.")
    piece = EditorialPiece.objects.get(slug="lost-bullet-ending-explained")
    ArticleSection.objects.create(piece=piece, text="The okapi scene, explained.", order=99)
    assert len(results(client, "okapi", seen=3)) == 2
    Film.objects.filter(pk=film.pk).update(status=PublicationStatus.DRAFT)
    EditorialPiece.objects.filter(pk=piece.pk).update(status=PublicationStatus.DRAFT)
    cache.clear()  # update() bumps no content version; an editor's save would
    assert "okapi" not in marked(client, "okapi")


def test_search_rebuild_catches_up_with_changes_that_sent_no_signal(client, seeded):
    FilmPassage.objects.filter(film__slug="lost-bullet", section="plot").update(
        text="Nothing but a narwhal."
    )
    assert "narwhal" not in marked(client, "narwhal")
    call_command("search_rebuild", stdout=io.StringIO())
    assert "/en/films/lost-bullet/" in by_page(results(client, "narwhal", seen=3))


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
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    with django_assert_max_num_queries(11):
        assert client.get(reverse("search"), {"q": "lanvim renaul"}).status_code == 200
