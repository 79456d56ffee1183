"""What a member sees of their own words and votes: a helpful vote they can take back, their own
review open to them (and folded for others who have not seen the film it spoils), their ranking
on their page, and the spoiler choice said back after writing, in both languages."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from films.models import Film
from reviews.models import TrilogyRanking, UserReview
from tests.factories import make_user, make_user_review
from tests.pages import Disclosures, html_of, words, write_url

pytestmark = pytest.mark.django_db

SPOILING_BODY = "Areski's fate in the garage is the best scene of the sequel, and the saddest."


@pytest.fixture
def films(seeded):
    return {film.slug: film for film in Film.objects.published()}


def vote_url(review):
    return reverse("reviews:review-vote", kwargs={"pk": review.pk})


def card(html, review):
    start = html.index(f'id="review-{review.pk}"')
    return html[start : html.index("</article>", start)]


def test_a_helpful_vote_is_taken_back_with_the_same_button(client, member, films):
    film = films["last-bullet"]
    review = make_user_review(film=film)
    client.post(vote_url(review), {"helpful": "yes"})
    assert review.votes.count() == 1
    mine = card(html_of(client, film.get_absolute_url()), review)
    assert "1 found this helpful" in mine
    assert 'name="helpful" value="no"' in mine and 'aria-pressed="true"' in mine

    response = client.post(vote_url(review), {"helpful": "no"}, follow=True)

    assert review.votes.count() == 0
    html = response.content.decode()
    assert "You no longer mark this review as helpful." in html
    mine = card(html, review)
    assert "0 found this helpful" in mine
    assert 'name="helpful" value="yes"' in mine and 'aria-pressed="false"' in mine
    # A resent form does what its button said: no second take-back, no vote given.
    client.post(vote_url(review), {"helpful": "no"})
    assert review.votes.count() == 0


def test_a_vote_taken_back_shows_at_once_to_visitors_served_from_the_cache(client, member, films):
    film = films["last-bullet"]
    review = make_user_review(film=film)
    client.post(vote_url(review), {"helpful": "yes"})
    visitor = Client()
    assert "1 found this helpful" in card(html_of(visitor, film.get_absolute_url()), review)
    client.post(vote_url(review), {"helpful": "no"})
    assert "0 found this helpful" in card(html_of(visitor, film.get_absolute_url()), review)


def test_taking_votes_back_counts_in_the_voting_rate_limit(client, member, films, settings):
    settings.ACCOUNT_RATE_LIMITS = settings.ACCOUNT_RATE_LIMITS | {"review_vote": "2/h/user"}
    review = make_user_review(film=films["last-bullet"])
    statuses = [
        client.post(vote_url(review), {"helpful": helpful}).status_code
        for helpful in ("yes", "no", "yes")
    ]
    assert statuses == [302, 302, 429]
    assert not review.votes.exists()


@pytest.fixture
def spoiling_review(films):
    """An approved review of Lost Bullet 2 that reveals its plot, by lino."""
    film = films["lost-bullet-2"]
    return make_user_review(
        film=film,
        author=make_user(username="lino"),
        body=SPOILING_BODY,
        contains_spoilers=True,
        spoils=film,
    )


def test_a_members_own_review_is_open_to_them_and_folded_for_others(spoiling_review):
    film = spoiling_review.film
    member_url = reverse("reviews:member-detail", kwargs={"username": "lino"})
    author = Client()
    author.force_login(spoiling_review.author)
    other = Client()
    other.force_login(make_user())
    for url in (member_url, film.get_absolute_url()):
        for reader, open_to_them in ((author, True), (other, False), (Client(), False)):
            page = Disclosures(html_of(reader, url, films_seen=0))
            if open_to_them:
                assert words(SPOILING_BODY) in page.visible_text, url
            else:
                assert words(SPOILING_BODY) not in page.visible_text, url
                assert words(SPOILING_BODY) in page.folded_under(film.title), url


def ranking_section(html):
    start = html.index('class="member-ranking"')
    return html[start : html.index("</section>", start)]


def test_the_member_page_shows_their_ranking_whatever_the_readers_horizon(client, films):
    lino = make_user(username="lino")
    url = reverse("reviews:member-detail", kwargs={"username": "lino"})
    assert "ranking of the films" not in html_of(client, url)  # cached: no ranking yet
    order = [films["last-bullet"], films["lost-bullet"], films["lost-bullet-2"]]
    TrilogyRanking.objects.rank(member=lino, films=order)

    for films_seen in (0, 3):
        html = html_of(Client(), url, films_seen=films_seen)
        assert "lino’s ranking of the films" in html
        section = ranking_section(html)
        positions = [section.index(f">{film.title}</a>") for film in order]
        assert positions == sorted(positions)
    assert "ranking of the films" in html_of(client, url)  # the cached copy moved

    client.force_login(lino)
    html = html_of(client, url)
    assert "Your ranking of the films" in html and reverse("trilogy-rank") in html


def test_a_ranking_leaves_out_a_film_visitors_cannot_see(client, films):
    lino = make_user(username="lino")
    TrilogyRanking.objects.rank(
        member=lino, films=[films["last-bullet"], films["lost-bullet"], films["lost-bullet-2"]]
    )
    Film.objects.filter(slug="last-bullet").update(status="draft")
    html = html_of(client, reverse("reviews:member-detail", kwargs={"username": "lino"}))
    section = ranking_section(html)
    assert ">Lost Bullet</a>" in section and "Last Bullet" not in section


REVIEW = {
    "rating": "8",
    "title": "Cars, fists and a bullet",
    "body": "Lean and mean: the chases are real and Lenoir does his own stunts.",
    "language": "en",
}


@pytest.mark.parametrize(
    ("language", "spoils", "said"),
    [
        ("en", "lost-bullet-2", "It is marked as revealing the plot of Lost Bullet 2."),
        ("en", None, "It is marked as spoiler-free."),
        ("fr", "lost-bullet-2", "Il est signalé comme révélant l’intrigue de Balle perdue 2."),
        ("fr", None, "Il est signalé comme sans spoiler."),
    ],
)
def test_the_confirmation_after_writing_repeats_the_spoiler_choice(
    client, member, films, language, spoils, said
):
    film = films["last-bullet"]
    chosen = films[spoils].pk if spoils else ""
    with translation.override(language):
        url = write_url(film)
    response = client.post(url, REVIEW | {"spoils": chosen}, follow=True)
    assert said in response.content.decode()

    # Said again after an edit.
    review = UserReview.objects.get(author=member)
    with translation.override(language):
        edit = reverse("reviews:review-edit", kwargs={"pk": review.pk})
    response = client.post(edit, REVIEW | {"spoils": chosen}, follow=True)
    assert said in response.content.decode()


def test_the_member_page_costs_the_same_however_many_reviews_and_films_ranked(
    client, films, django_assert_max_num_queries
):
    """The ranking's places come with their films in one query, and each review card with its
    film and the film it spoils (no query per card, nor per film ranked)."""
    lino = make_user(username="lino")
    TrilogyRanking.objects.rank(member=lino, films=list(films.values()))
    for film in films.values():
        make_user_review(film=film, author=lino, contains_spoilers=True, spoils=film)
    client.force_login(lino)  # not served from the cache
    with django_assert_max_num_queries(7):
        html = html_of(client, reverse("reviews:member-detail", kwargs={"username": "lino"}))
    assert "Your ranking of the films" in html
