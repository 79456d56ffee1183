from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.db.models import FloatField, Value
from django.utils import timezone

from films.models import PublicationStatus
from reviews.models import AggregateScore, CriticReview, ScoredFilm, UserReview, Verdict
from tests.factories import make_critic_review, make_film, make_user_review

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("share", "consensus"),
    [(100, "positive"), (60, "positive"), (59.9, "mixed"), (40, "mixed"), (39.9, "negative")]
    + [(0, "negative"), (None, None)],
)
def test_each_share_of_positive_reviews_makes_one_consensus(share, consensus):
    """The bands are judged in the database, for the film list's filter and the film page."""
    films = ScoredFilm.objects.annotate(share=Value(share, FloatField()))
    films = films.annotate(consensus=Verdict.consensus("share"))
    assert films.values_list("consensus", flat=True).first() == consensus


@pytest.mark.parametrize("rating", [0, 11])
def test_a_rating_out_of_range_is_refused_by_the_database(rating):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_user_review(rating=rating)


@pytest.mark.parametrize("rating", [1, 10])
def test_ratings_at_the_ends_of_the_range_are_accepted(rating):
    assert make_user_review(rating=rating).pk


def test_a_second_review_of_the_same_film_by_the_same_user_is_refused():
    review = make_user_review()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_user_review(film=review.film, author=review.author)


def test_a_critic_score_above_its_scale_is_refused():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_critic_review(original_score=Decimal("6"), score_scale=Decimal("5"))


def test_a_critic_score_without_its_scale_is_refused():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_critic_review(original_score=Decimal("4"))


def test_an_aggregate_score_above_its_scale_is_refused():
    with pytest.raises(IntegrityError), transaction.atomic():
        AggregateScore.objects.create(
            film=make_film(), aggregator=AggregateScore.Aggregator.ROTTEN_TOMATOES, value=101
        )


def test_scores_count_only_approved_reviews_and_published_critics():
    film = make_film()
    for rating in (6, 9):
        make_user_review(film=film, rating=rating)
    make_user_review(film=film, rating=1, status=UserReview.Status.PENDING)
    make_user_review(film=film, rating=1, status=UserReview.Status.REJECTED)
    make_critic_review(film=film)
    make_critic_review(film=film, verdict=Verdict.NEGATIVE)
    make_critic_review(film=film, status=PublicationStatus.DRAFT)
    make_critic_review(film=film, published_at=timezone.now() + timedelta(hours=1))

    scored = ScoredFilm.objects.with_scores().get(pk=film.pk)

    assert scored.audience_count == 2
    assert scored.audience_average == pytest.approx(7.5)
    assert scored.critic_count == 2
    assert scored.critic_positive_count == 1


def test_a_film_without_reviews_scores_zero_counts_and_no_average():
    scored = ScoredFilm.objects.with_scores().get(pk=make_film().pk)
    assert (scored.audience_count, scored.audience_average, scored.critic_count) == (0, None, 0)


def test_critic_reviews_of_an_unpublished_film_are_not_public():
    review = make_critic_review(film=make_film(status=PublicationStatus.DRAFT))
    assert review not in CriticReview.objects.published()


def test_aggregate_score_value_reads_as_a_percentage_or_a_rating():
    assert AggregateScore(value=Decimal("86.0"), scale=100).value_display == "86%"
    assert AggregateScore(value=Decimal("7.5"), scale=10).value_display == "7.5/10"
