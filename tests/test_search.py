import pytest
from django.urls import reverse

from films.models import Film, PublicationStatus
from films.search import fold

pytestmark = pytest.mark.django_db


def search(client, query):
    return client.get(reverse("search"), {"q": query})


def group(html, label):
    """Return the part of the results page under the heading for one kind of result, without
    the marks around matches."""
    start = html.index(f">{label}</h2>")
    end = html.find("</section>", start)
    return html[start:end].replace("<mark>", "").replace("</mark>", "")


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
        ("d\u2019hainaut", "People", "Quentin D&#x27;Hainaut"),
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
    response = search(client, query)
    assert response.status_code == 200
    assert expected in group(response.content.decode(), label)


def test_results_are_grouped_by_kind_the_best_group_first(client, seeded):
    html = search(client, "lino").content.decode()
    assert html.index(">Characters</h2>") < html.index(">Films</h2>")
    assert 'href="/en/characters/lino/"' in group(html, "Characters")


def test_other_spellings_find_the_person_and_are_marked(client, seeded):
    html = search(client, "ramazy").content.decode()
    assert "Ramzy Bedia" in group(html, "People")
    assert "<mark>Ramazy</mark>" in html


def test_a_person_with_two_matching_spellings_is_listed_once(client, seeded):
    html = group(search(client, "celma").content.decode(), "People")
    assert html.count('href="/en/people/stefi-celma/"') == 1


def test_no_match_says_so_and_suggests_a_fix(client, seeded):
    html = search(client, "zzzz").content.decode()
    assert "Nothing matches" in html


def test_an_empty_query_shows_the_form_without_results(client, seeded):
    response = search(client, "   ")
    assert response.status_code == 200
    assert "<h2" not in response.content.decode().split('id="main"')[1]


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


def test_a_draft_film_is_not_found_by_search(client, seeded):
    Film.objects.filter(slug="last-bullet").update(status=PublicationStatus.DRAFT)
    html = search(client, "last bullet").content.decode()
    assert ">Films</h2>" in html, "other films' pages mention it"
    assert "/en/films/last-bullet/" not in html
