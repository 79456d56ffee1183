"""Members rank the three films once, best first, and may change their minds; the site adds the
rankings up as each film's average position, with how many members ranked."""

import pytest
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse

from films.models import Film
from reviews.models import FEW_REVIEWS, RankingPlace, ScoredFilm, TrilogyRanking
from tests.factories import make_staff, make_user

pytestmark = pytest.mark.django_db

RANK_URL = reverse("trilogy-rank")


@pytest.fixture
def films(seeded):
    """The trilogy, by slug."""
    return {film.slug: film for film in Film.objects.filter(series_position__lte=3)}


def rank(member, films, *slugs):
    """Save a member's ranking, best first, as the form does."""
    TrilogyRanking.objects.rank(member=member, films=[films[s] for s in slugs])


def create_ranking(member, *films):
    """Write a ranking row by row, as nothing but the database checks it."""
    ranking = TrilogyRanking.objects.create(member=member)
    for position, film in enumerate(films, start=1):
        RankingPlace.objects.create(ranking=ranking, film=film, position=position)


def standings():
    result = TrilogyRanking.objects.standings(list(ScoredFilm.objects.series()))
    return result.count, [
        (s.film.slug, s.place, round(s.average_position, 2), s.firsts) for s in result.standings
    ]


def post(client, films, *slugs):
    places = (films[slug].pk if slug else "" for slug in slugs)
    data = dict(zip(("place_1", "place_2", "place_3"), places, strict=True))
    return client.post(RANK_URL, data)


def test_no_ranking_yet_is_said_on_the_home_page_and_the_comparison(client, films):
    assert standings() == (0, [])
    for page in (reverse("home"), reverse("trilogy")):
        assert "No member has ranked the films yet." in client.get(page).content.decode()


def test_rankings_add_up_to_average_positions_and_a_change_of_mind_replaces_the_old_one(
    client, films
):
    members = [make_user() for _ in range(5)]
    rank(members[0], films, "lost-bullet", "lost-bullet-2", "last-bullet")
    rank(members[1], films, "lost-bullet-2", "lost-bullet", "last-bullet")
    rank(members[2], films, "lost-bullet", "last-bullet", "lost-bullet-2")
    rank(members[3], films, "last-bullet", "lost-bullet-2", "lost-bullet")
    rank(members[4], films, "last-bullet", "lost-bullet", "lost-bullet-2")
    # Positions: Lost Bullet 1+2+1+3+2 = 9, Lost Bullet 2 2+1+3+2+3 = 11, Last Bullet 10.
    assert standings() == (
        5,
        [
            ("lost-bullet", 1, 1.8, 2),
            ("last-bullet", 2, 2.0, 2),
            ("lost-bullet-2", 3, 2.2, 1),
        ],
    )

    # The fourth member changes their mind: still five rankings, and Last Bullet gains.
    rank(members[3], films, "last-bullet", "lost-bullet", "lost-bullet-2")
    assert TrilogyRanking.objects.count() == 5
    assert standings() == (
        5,
        [
            ("lost-bullet", 1, 1.6, 2),
            ("last-bullet", 2, 2.0, 2),
            ("lost-bullet-2", 3, 2.4, 1),
        ],
    )

    html = client.get(reverse("trilogy")).content.decode()
    assert "Ranked by 5 members." in html
    assert "average position <strong>1.6</strong>, first for 2 of 5" in html
    assert "Few rankings" not in html
    home = client.get(reverse("home")).content.decode()
    assert "Ranked by 5 members." in home and "average position <strong>2.4</strong>" in home


def test_films_with_the_same_average_share_a_place(films):
    first, second = make_user(), make_user()
    rank(first, films, "lost-bullet", "lost-bullet-2", "last-bullet")
    rank(second, films, "lost-bullet-2", "lost-bullet", "last-bullet")
    assert standings() == (
        2,
        [
            ("lost-bullet", 1, 1.5, 1),
            ("lost-bullet-2", 1, 1.5, 1),
            ("last-bullet", 3, 3.0, 0),
        ],
    )


def test_few_rankings_are_marked_so_and_deactivated_members_do_not_count(client, films):
    gone = make_user()
    rank(make_user(), films, "last-bullet", "lost-bullet", "lost-bullet-2")
    rank(gone, films, "lost-bullet", "lost-bullet-2", "last-bullet")
    gone.is_active = False
    gone.save()  # as the admin and account views do: the tallies follow
    assert standings()[0] == 1
    html = client.get(reverse("trilogy")).content.decode()
    assert "Ranked by 1 member." in html
    assert f"fewer than {FEW_REVIEWS} members have ranked the films" in html


def test_the_database_refuses_a_film_ranked_twice_and_a_second_ranking(films):
    member = make_user()
    lost, sequel, last = films["lost-bullet"], films["lost-bullet-2"], films["last-bullet"]
    for places in ((lost, lost, last), (lost, sequel, sequel), (last, sequel, last)):
        with pytest.raises(IntegrityError), transaction.atomic():
            create_ranking(member, *places)
    create_ranking(member, lost, sequel, last)
    with pytest.raises(IntegrityError), transaction.atomic():
        create_ranking(member, last, sequel, lost)


def test_a_member_ranks_then_changes_the_ranking_through_the_form(client, films):
    member = make_user()
    client.force_login(member)
    html = client.get(reverse("trilogy")).content.decode()
    assert "Rank the three films" in html and "Save my ranking" in html

    response = post(client, films, "lost-bullet-2", "lost-bullet", "last-bullet")
    assert response.status_code == 302
    assert response["Location"] == reverse("trilogy") + "#rank"
    ranking = TrilogyRanking.objects.get(member=member)
    assert [film.slug for film in ranking.films()] == [
        "lost-bullet-2",
        "lost-bullet",
        "last-bullet",
    ]

    html = client.get(reverse("trilogy")).content.decode()
    assert "Your ranking is saved" in html
    assert "Your ranking</h3>" in html and "Change my ranking" in html
    assert f'<option value="{films["lost-bullet-2"].pk}" selected>' in html

    post(client, films, "last-bullet", "lost-bullet-2", "lost-bullet")
    ranking = TrilogyRanking.objects.get(member=member)
    assert [ranking.films()[0].slug, ranking.films()[2].slug] == ["last-bullet", "lost-bullet"]
    assert TrilogyRanking.objects.count() == 1


def test_a_film_chosen_twice_is_refused_with_the_choices_kept(client, films):
    client.force_login(make_user())
    response = post(client, films, "lost-bullet", "lost-bullet", "last-bullet")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Your ranking was not saved" in html
    assert "You put Lost Bullet first already: choose each film once." in html
    lost, last = films["lost-bullet"].pk, films["last-bullet"].pk
    assert html.count(f'<option value="{lost}" selected>') == 2
    assert html.count(f'<option value="{last}" selected>') == 1
    assert not TrilogyRanking.objects.exists()


def test_every_place_must_be_filled_with_one_of_the_three_films(client, films):
    client.force_login(make_user())
    html = post(client, films, "lost-bullet", "last-bullet", None).content.decode()
    assert "Choose the film you rank third." in html
    # A film of the series that visitors cannot see (a draft) is not among those to rank.
    other = Film.objects.create(title="Other", slug="other", series_position=9, status="draft")
    response = client.post(
        RANK_URL,
        {
            "place_1": films["lost-bullet"].pk,
            "place_2": films["last-bullet"].pk,
            "place_3": other.pk,
        },
    )
    assert "Choose one of the three films listed" in response.content.decode()
    response = client.post(RANK_URL, {"place_1": "x", "place_2": "", "place_3": "9" * 30})
    assert response.status_code == 200
    assert not TrilogyRanking.objects.exists()


def test_visitors_are_sent_to_sign_in_and_back_to_the_form(client, films):
    html = client.get(reverse("trilogy")).content.decode()
    assert f'href="{reverse("account_login")}?next={RANK_URL}"' in html
    response = post(client, films, "lost-bullet", "lost-bullet-2", "last-bullet")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not TrilogyRanking.objects.exists()
    # Back from signing in, the member lands on the form.
    client.force_login(make_user())
    response = client.get(RANK_URL)
    assert response.status_code == 302 and response["Location"] == reverse("trilogy") + "#rank"


def test_a_ranking_needs_the_csrf_token(films):
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user())
    response = post(client, films, "lost-bullet", "lost-bullet-2", "last-bullet")
    assert response.status_code == 403
    assert not TrilogyRanking.objects.exists()


def test_rankings_are_rate_limited(client, films, settings):
    settings.ACCOUNT_RATE_LIMITS = settings.ACCOUNT_RATE_LIMITS | {"trilogy_rank": "2/h/user"}
    client.force_login(make_user())
    for _ in range(2):
        assert post(client, films, "lost-bullet", "lost-bullet-2", "last-bullet").status_code == 302
    assert post(client, films, "last-bullet", "lost-bullet-2", "lost-bullet").status_code == 429
    assert TrilogyRanking.objects.get().films()[0].slug == "lost-bullet"


def test_a_new_ranking_shows_at_once_to_visitors_served_from_the_cache(client, films):
    assert "No member has ranked" in client.get(reverse("trilogy")).content.decode()
    rank(make_user(), films, "lost-bullet-2", "lost-bullet", "last-bullet")
    assert "Ranked by 1 member." in client.get(reverse("trilogy")).content.decode()


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_the_newsroom_sees_rankings_in_the_admin_and_cannot_change_them(client, films, group):
    member = make_user(username="ranker")
    rank(member, films, "lost-bullet", "lost-bullet-2", "last-bullet")
    client.force_login(make_staff(group))
    listing = client.get(reverse("admin:reviews_trilogyranking_changelist"))
    assert listing.status_code == 200
    assert "ranker" in listing.content.decode()
    ranking = TrilogyRanking.objects.get()
    change_url = reverse("admin:reviews_trilogyranking_change", args=[ranking.pk])
    page = client.get(change_url)
    assert page.status_code == 200 and 'name="first"' not in page.content.decode()
    other = films["last-bullet"].pk
    client.post(change_url, {"first": other, "second": ranking.films()[1].pk, "third": other})
    assert client.get(reverse("admin:reviews_trilogyranking_add")).status_code == 403
    ranking.refresh_from_db()
    assert ranking.films()[0].slug == "lost-bullet"
