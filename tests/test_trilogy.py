"""The trilogy compared: each figure on /trilogy/ is the one its source gives and its film page
shows, with its count, a note where the count is small, and words where there is no figure."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from films.models import Credit, Film, PublicationStatus, Role
from reviews.models import FEW_REVIEWS, CriticReview, UserReview, Verdict
from tests.factories import make_critic_review, make_user, make_user_review

pytestmark = pytest.mark.django_db

TRILOGY = ["lost-bullet", "lost-bullet-2", "last-bullet"]


class Table(HTMLParser):
    """Read the first table of a page: its column headings and, by row heading, its cells'
    text."""

    def __init__(self, html):
        super().__init__()
        self.columns, self.rows, self._row, self._cell, self._done = [], {}, None, None, False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if self._done:
            return
        if tag == "tr":
            self._row = []
        elif tag in ("th", "td") and self._row is not None:
            self._cell = ""

    def handle_endtag(self, tag):
        if self._done:
            return
        if tag in ("th", "td") and self._cell is not None:
            self._row.append(" ".join(self._cell.split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            heading, *cells = self._row
            if not self.columns:
                self.columns = cells
            else:
                self.rows[heading] = cells
            self._row = None
        elif tag == "table":
            self._done = True

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data

    def row(self, starts_with):
        (cells,) = [cells for name, cells in self.rows.items() if name.startswith(starts_with)]
        return dict(zip(self.columns, cells, strict=True))


def comparison(client):
    response = client.get(reverse("trilogy"))
    assert response.status_code == 200
    return Table(response.content.decode())


def film(slug):
    return Film.objects.get(slug=slug)


def test_the_films_stand_side_by_side_in_series_order(client, seeded):
    assert comparison(client).columns == [
        "Lost Bullet 2020",
        "Lost Bullet 2 2022",
        "Last Bullet 2025",
    ]


def test_critics_share_and_count_come_from_the_critic_reviews_and_match_the_film_page(
    client, seeded
):
    reviews = CriticReview.objects.published().filter(film=film("lost-bullet"))
    count = reviews.count()
    share = round(100 * reviews.filter(verdict=Verdict.POSITIVE).count() / count)
    # The seed: five of the six reviews that give a verdict are positive.
    assert (share, count) == (83, 6)

    cells = comparison(client).row("Our critics")
    assert cells["Lost Bullet 2020"] == f"{share}% positive of {count} reviews"
    film_page = client.get(film("lost-bullet").get_absolute_url()).content.decode()
    assert f"<strong>{share}%</strong> positive, of {count} reviews" in film_page
    for other in ("Lost Bullet 2 2022", "Last Bullet 2025"):
        assert cells[other] == "No critic verdicts on the site yet"


def test_enough_critic_reviews_lose_the_few_reviews_note(client, seeded):
    sequel = film("lost-bullet-2")
    for verdict in [Verdict.POSITIVE] * 3 + [Verdict.NEGATIVE] * (FEW_REVIEWS - 3):
        make_critic_review(film=sequel, verdict=verdict)
    cells = comparison(client).row("Our critics")
    assert cells["Lost Bullet 2 2022"] == f"60% positive of {FEW_REVIEWS} reviews"


def test_rotten_tomatoes_figure_shows_its_count_and_source(client, seeded):
    html = client.get(reverse("trilogy")).content.decode()
    cells = Table(html).row("Rotten Tomatoes")
    assert cells["Lost Bullet 2 2022"] == (
        "86% approval rating of 6 critics Source: Lost Bullet 2 (encyclopedia article)"
    )
    assert '<cite lang="en">Lost Bullet 2</cite>' in html
    assert cells["Lost Bullet 2020"] == "No Rotten Tomatoes score on the site"
    assert cells["Last Bullet 2025"] == "No Rotten Tomatoes score on the site"
    film_page = client.get(film("lost-bullet-2").get_absolute_url()).content.decode()
    assert "Rotten Tomatoes: <strong>86%</strong> approval rating, of 6 critics" in film_page


def test_audience_figures_count_approved_ratings_only_and_match_the_film_page(client, seeded):
    last = film("last-bullet")
    for rating in (8, 7, 10):
        make_user_review(film=last, rating=rating)
    make_user_review(film=last, rating=1, status=UserReview.Status.PENDING)
    make_user_review(film=last, rating=1, status=UserReview.Status.REJECTED)
    for rating in (6, 6, 7, 9, 2):
        make_user_review(film=film("lost-bullet-2"), rating=rating)

    table = comparison(client)
    audience = table.row("Audience")
    assert audience["Last Bullet 2025"] == "4.2 out of 5 from 3 ratings Few ratings"
    assert audience["Lost Bullet 2 2022"] == "3 out of 5 from 5 ratings"
    assert audience["Lost Bullet 2020"] == "No audience ratings yet"
    film_page = client.get(last.get_absolute_url()).content.decode()
    assert (
        'Audience score: <strong><span class="rating" role="img" aria-label="4.2 out of 5 stars">'
        in film_page
    )
    assert "from 3 ratings" in film_page

    chart = table.row("How the audience rated it")["Last Bullet 2025"]
    counts = {
        stars: int(count)
        for stars, count in re.findall(r"([\d.]+) (\d+) ratings? of \1 out of 5", chart)
    }
    assert counts == {
        "5": 1,
        "4.5": 0,
        "4": 1,
        "3.5": 1,
        "3": 0,
        "2.5": 0,
        "2": 0,
        "1.5": 0,
        "1": 0,
        "0.5": 0,
    }
    assert "1 rating of 5 out of 5 (33%)" in chart
    assert table.row("How the audience rated it")["Lost Bullet 2020"] == "No ratings to chart"


def test_a_missing_figure_is_said_in_words_never_as_zero(client, seeded):
    html = client.get(reverse("trilogy")).content.decode()
    table = Table(html)
    for label in ("Our critics", "Audience", "Members' ranking"):
        for cell in table.row(label).values():
            assert not re.search(r"(^|\s)0(\.0)?(%| out of 5)", cell), (label, cell)
    assert "No audience ratings yet" in html
    assert "No member has ranked the films yet" in html


def test_runtime_and_release_date_as_each_film_page_shows_them(client, seeded):
    table = comparison(client)
    runtimes = table.row("Running time")
    dates = table.row("Release date")
    for slug, column in zip(TRILOGY, table.columns, strict=True):
        each = film(slug)
        assert runtimes[column] == each.runtime_display
        assert dates[column] == each.release_date_display
        film_page = client.get(each.get_absolute_url()).content.decode()
        assert f">{each.release_date_display}</time>" in film_page
    # Only the month of the sequel's release is known, and only the month is shown.
    assert dates["Lost Bullet 2 2022"] == "November 2022"
    assert runtimes["Lost Bullet 2020"] == "1 h 32 min"


def test_the_returning_cast_is_everyone_in_more_than_one_film_with_their_characters(client, seeded):
    html = client.get(reverse("trilogy")).content.decode()
    cast_table = Table(html[html.index('id="cast-heading"') :])
    credits = Credit.objects.filter(film__slug__in=TRILOGY, role=Role.CAST)
    films_per_person = {}
    for credit in credits.select_related("person"):
        films_per_person.setdefault(credit.person.name, set()).add(credit.film_id)
    returning = {name for name, films in films_per_person.items() if len(films) > 1}
    assert set(cast_table.rows) == returning
    assert "Alban Lenoir" in returning and "Rod Paradot" not in returning
    assert cast_table.rows["Alban Lenoir"] == ["Lino", "Lino", "Lino"]
    marco = cast_table.rows["Sébastien Lalanne"]
    assert marco[:2] == ["Marco", "Marco"] and marco[2].endswith("Not in this film")


def test_only_published_films_are_compared_and_ranked(client, seeded):
    """The series is what is published: a film withdrawn to draft leaves the comparison and
    the ranking, which asks members to order the films that remain; one film alone is not
    ranked."""
    Film.objects.filter(slug="last-bullet").update(status=PublicationStatus.DRAFT)
    html = client.get(reverse("trilogy")).content.decode()
    assert Table(html).columns == ["Lost Bullet 2020", "Lost Bullet 2 2022"]
    assert 'href="/en/films/last-bullet/"' not in html
    client.force_login(make_user())
    html = client.get(reverse("trilogy")).content.decode()
    assert "Rank the two films" in html and 'name="place_3"' not in html
    Film.objects.filter(slug="lost-bullet-2").update(status=PublicationStatus.DRAFT)
    html = client.get(reverse("trilogy")).content.decode()
    assert "Ranking opens once there are two films on the site." in html


def test_the_home_page_and_the_film_list_lead_to_the_comparison(client, seeded):
    for page in (reverse("home"), reverse("films:film-list")):
        assert f'href="{reverse("trilogy")}"' in client.get(page).content.decode()
