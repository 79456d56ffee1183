"""A critic's view whose source names no critic or publication is shown attributed to that
source, with our translation of its words on the other edition, and counted only if it gives a
verdict on the film."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import translation

from films.models import Source
from reviews.models import ScoredFilm
from tests.factories import make_critic_review, make_film

pytestmark = pytest.mark.django_db


@pytest.fixture
def source():
    return Source.objects.create(key="a-review", title="A look back at the series", kind="review")


def test_a_review_with_no_byline_must_name_its_source(source):
    with transaction.atomic(), pytest.raises(IntegrityError):
        make_critic_review(publication=None, critic=None)
    review = make_critic_review(publication=None, critic=None, source=source)
    assert review.byline == "author not named, in A look back at the series"


def test_a_remark_without_a_verdict_is_not_counted_in_the_critics_score(source):
    film = make_film()
    make_critic_review(film=film)
    make_critic_review(film=film, publication=None, critic=None, source=source, verdict="")
    scored = ScoredFilm.objects.with_scores().get(pk=film.pk)
    assert (scored.critic_count, scored.critic_share) == (1, 100)


def test_the_quotes_translation_shows_on_the_other_edition_only(client, source):
    review = make_critic_review(
        publication=None,
        critic=None,
        source=source,
        pull_quote="beautifully clean",
        pull_quote_translation="d’une netteté superbe",
    )
    english = client.get(review.film.get_absolute_url()).content.decode()
    assert "beautifully clean" in english and "netteté" not in english
    assert "A look back at the series</cite> (review)" in english
    with translation.override("fr"):
        url = review.film.get_absolute_url()
    french = client.get(url).content.decode()
    assert "beautifully clean" in french and "Notre traduction" in french


def test_a_film_whose_reviews_give_no_verdict_says_so_not_that_it_has_no_reviews(client, source):
    review = make_critic_review(publication=None, critic=None, source=source, verdict="")
    page = client.get(review.film.get_absolute_url()).content.decode()
    assert "No verdicts yet" in page and "No reviews yet" not in page
