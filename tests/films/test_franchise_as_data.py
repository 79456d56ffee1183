"""The franchise is data: an editor who publishes a fourth film gets a site that knows it, in the
header's horizon, on the home page, in the comparison and behind its spoilers, with no change to
the code; and no code or template names a film of the series."""

import re
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from films.horizon import COOKIE_NAME, Horizon
from films.models import Film, FilmPassage
from films.series import Series
from tests.factories import make_user
from tests.pages import Disclosures

pytestmark = pytest.mark.django_db

SECRET = "The fourth film ends where the first began"


@pytest.fixture
def fourth(seeded):
    film = Film.objects.create(
        title="Final Bullet",
        original_title="Balle finale",
        slug="final-bullet",
        series_position=4,
        status="published",
        release_date=date(2028, 3, 1),
    )
    FilmPassage.objects.create(film=film, section="plot", text=SECRET, spoils=film)
    return film


def html_of(client, url, films_seen=None):
    if films_seen is not None:
        client.cookies[COOKIE_NAME] = str(films_seen)
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_a_fourth_film_is_among_the_horizons_choices(client, fourth):
    assert Series.current().horizon_choices == [
        (0, "Nothing yet"),
        (1, "Lost Bullet"),
        (2, "Lost Bullet 2"),
        (3, "Last Bullet"),
        (4, "All of them"),
    ]
    html = html_of(client, reverse("home"), films_seen=3)
    assert '<option value="3" selected>Last Bullet</option>' in html
    assert '<option value="4">All of them</option>' in html
    assert Horizon.parse("4").films_seen == 4
    assert Horizon.parse("5").films_seen == 0  # beyond the last film: names no horizon


def test_the_home_page_names_the_fourth_film_and_the_series_grown_past_a_trilogy(client, fourth):
    html = html_of(client, reverse("home"))
    assert 'href="/en/films/final-bullet/"' in html
    assert "<h1>The Lost Bullet series</h1>" in html
    assert "Four French action films" in html
    assert '<i lang="fr">Balle perdue 3</i> (2025) and <i lang="fr">Balle finale</i> (2028)' in html
    assert "Lost Bullet, Lost Bullet 2, Last Bullet and Final Bullet" in html  # the description
    assert 'the Lost Bullet series, <i lang="fr">Balle perdue</i> (2020–2028)' in html
    assert '<a href="/en/trilogy/">Series</a>' in html  # the header's link to the comparison
    assert "<title>The Lost Bullet series: films, cast and reviews · bulletsite</title>" in html


def test_the_comparison_shows_the_fourth_film_and_members_rank_all_four(client, fourth):
    html = html_of(client, reverse("trilogy"))
    assert 'href="/en/films/final-bullet/"' in html
    assert "<h1>The series compared</h1>" in html
    client.force_login(member := make_user())
    html = html_of(client, reverse("trilogy"))
    assert "Rank the four films" in html and 'name="place_4"' in html
    order = Film.objects.filter(series_position__lte=4).order_by("-series_position")
    response = client.post(
        reverse("trilogy-rank"), {f"place_{n}": film.pk for n, film in enumerate(order, start=1)}
    )
    assert response.status_code == 302
    assert [film.slug for film in member.trilogy_ranking.films()][0] == "final-bullet"
    assert "average position <strong>1.0</strong>, first for 1 of 1" in html_of(
        client, reverse("trilogy")
    )


@pytest.mark.parametrize("films_seen", [0, 1, 2, 3])
def test_the_fourth_films_spoilers_are_folded_for_a_reader_who_has_not_seen_it(
    client, fourth, films_seen
):
    found = Disclosures(html_of(client, fourth.get_absolute_url(), films_seen=films_seen))
    assert SECRET not in found.visible_text
    assert SECRET in found.folded_under("Final Bullet")


def test_the_fourth_films_spoilers_are_open_to_a_reader_who_has_seen_all_of_them(client, fourth):
    found = Disclosures(html_of(client, fourth.get_absolute_url(), films_seen=4))
    assert SECRET in found.visible_text


def test_cached_pages_follow_a_film_published_or_renamed_in_the_admin(client, seeded):
    html = html_of(client, reverse("home"), films_seen=3)  # cached for this horizon
    assert '<option value="3" selected>All of them</option>' in html
    film = Film.objects.create(
        title="Final Bullet", slug="final-bullet", series_position=4, status="published"
    )
    html = html_of(client, reverse("home"))
    assert '<option value="3" selected>Last Bullet</option>' in html
    assert '<option value="4">All of them</option>' in html
    film.title = "Ultimate Bullet"
    film.save()
    assert "Ultimate Bullet" in html_of(client, reverse("home"))
    film.delete()
    assert '<option value="3" selected>All of them</option>' in html_of(client, reverse("home"))


def test_a_members_horizon_past_a_withdrawn_film_counts_as_all_of_them(client, fourth):
    member = make_user()
    client.force_login(member)
    client.post(reverse("films:horizon-set"), {"films_seen": "4", "next": "/"})
    fourth.status = "draft"
    fourth.save()
    client.cookies.pop(COOKIE_NAME)
    html = html_of(client, reverse("home"))
    assert '<option value="3" selected>All of them</option>' in html


# Where the site's code and templates live; seed/ and locale/ are data and may name the films.
NOT_CODE = {"seed", "tests", "locale", "docs", "scripts", "tools", "var", "media", "node_modules"}
FILM_TITLES = re.compile(r"Lost Bullet|Last Bullet|Balle perdue")


def code_files():
    root = Path(settings.BASE_DIR)
    for folder in sorted(root.iterdir()):
        if not folder.is_dir() or folder.name.startswith(".") or folder.name in NOT_CODE:
            continue
        for path in folder.rglob("*"):
            if "migrations" in path.parts or path.suffix not in {
                ".py",
                ".html",
                ".txt",
                ".css",
                ".js",
                ".svg",
                ".xml",
            }:
                continue
            yield path


def test_no_code_or_template_names_a_film_of_the_series():
    files = list(code_files())
    assert any(path.name == "horizon.py" for path in files)  # the walk reaches the apps
    naming = [
        f"{path.relative_to(settings.BASE_DIR)}:{number}: {line.strip()}"
        for path in files
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), start=1)
        if FILM_TITLES.search(line)
    ]
    assert naming == []
