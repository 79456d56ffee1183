"""One rating scale, shown one way: a member's rating (stored as half stars, 1 to 10) and the
averages of ratings read as stars out of five on every page, in the admin, the feed and the
structured data, in both languages; a figure resting on few ratings is marked so wherever it
shows."""

import json
import re

import pytest
from django.urls import reverse
from django.utils import translation

from reviews.models import FEW_REVIEWS, UserReview, rating_out_of_five
from reviews.moderation import review_approve
from tests.factories import make_staff, make_user, make_user_review

pytestmark = pytest.mark.django_db

# A rating of 9 half stars, as each language writes it: the figure, and the words read aloud.
READS = {
    "en": ("4.5 out of 5", "4.5 out of 5 stars", "Rated 4.5 out of 5."),
    "fr": ("4,5 sur 5", "4,5 étoiles sur 5", "Note : 4,5 sur 5."),
}


def shows_rating(html, language):
    """Whether the page shows the rating of 9 the one way: stars read aloud, then the figure."""
    figure, spoken, _ = READS[language]
    return bool(
        re.search(
            rf'<span class="rating" role="img" aria-label="{re.escape(spoken)}">'
            rf'<span class="stars stars--9"></span> '
            rf'<span class="rating__figure">{re.escape(figure)}</span></span>',
            html,
        )
    )


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def get(client, language, name, **kwargs):
    with translation.override(language):
        url = reverse(name, kwargs=kwargs or None)
    return client.get(url, HTTP_ACCEPT_LANGUAGE=language).content.decode()


@pytest.mark.parametrize(
    ("rating", "en", "fr"),
    [
        (1, "0.5 out of 5", "0,5 sur 5"),
        (8, "4 out of 5", "4 sur 5"),
        (6.53, "3.3 out of 5", "3,3 sur 5"),
    ],
)
def test_ratings_and_averages_read_as_stars_out_of_five_in_each_language(rating, en, fr):
    assert rating_out_of_five(rating) == en
    with translation.override("fr"):
        assert rating_out_of_five(rating) == fr


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_reviews_rating_reads_the_same_on_every_surface(client, film, language):
    author = make_user(username="zelie")
    review = make_user_review(
        film=film, author=author, rating=9, title="Nine halves", status="pending"
    )
    moderator = make_staff("Moderators")
    client.force_login(moderator)
    figure, _, rated = READS[language]

    changelist = get(client, language, "admin:reviews_userreview_changelist")
    assert shows_rating(changelist, language), "moderation list"
    change_form = get(client, language, "admin:reviews_userreview_change", object_id=review.pk)
    assert shows_rating(change_form, language), "review change form"
    preview = client.post(
        reverse("admin:reviews_userreview_changelist"),
        {"action": "approve", "_selected_action": [review.pk]},
        HTTP_ACCEPT_LANGUAGE=language,
    ).content.decode()
    assert shows_rating(preview, language), "bulk-approval preview"
    for admin_page in (changelist, change_form, preview):
        assert ">9<" not in admin_page and "9/10" not in admin_page

    review_approve(review=UserReview.objects.get(pk=review.pk), by=moderator)
    client.logout()
    public = {
        "film page": get(client, language, "films:film-detail", slug=film.slug),
        "review list": get(client, language, "reviews:review-list"),
        "member page": get(client, language, "reviews:member-detail", username="zelie"),
        "home": get(client, language, "home"),
    }
    for surface, html in public.items():
        assert shows_rating(html, language), surface
        assert "/10" not in html, surface
    feed = get(client, language, "reviews:feed")
    assert f"{rated} A lean, well-staged chase film" in feed


def test_the_json_ld_rates_on_the_scale_the_page_shows(client, film):
    for _ in range(FEW_REVIEWS):
        make_user_review(film=film, rating=9)
    for language in ("en", "fr"):
        html = get(client, language, "films:film-detail", slug=film.slug)
        assert json_ld(html)[0]["aggregateRating"] == {
            "@type": "AggregateRating",
            "ratingValue": 4.5,
            "bestRating": 5,
            "worstRating": 0.5,
            "ratingCount": FEW_REVIEWS,
        }
        assert shows_rating(html, language)


def few_marks(html):
    return html.count('class="few"')


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_average_resting_on_few_ratings_is_marked_on_every_page_that_shows_it(
    client, film, language
):
    for _ in range(FEW_REVIEWS - 1):
        make_user_review(film=film, rating=9)
    label = "Few ratings" if language == "en" else "Peu de notes"
    film_page = get(client, language, "films:film-detail", slug=film.slug)
    # The audience section and the scoreboard at the top of the page.
    assert few_marks(film_page) == 2 and label in film_page
    assert "aggregateRating" not in json_ld(film_page)[0]
    for name in ("home", "films:film-list", "trilogy"):
        html = get(client, language, name)
        assert few_marks(html) == 1 and label in html, name

    make_user_review(film=film, rating=9)
    film_page = get(client, language, "films:film-detail", slug=film.slug)
    assert few_marks(film_page) == 0
    assert "aggregateRating" in json_ld(film_page)[0]
    for name in ("home", "films:film-list", "trilogy"):
        assert few_marks(get(client, language, name)) == 0, name
