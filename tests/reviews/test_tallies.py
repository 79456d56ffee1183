"""The tallies pages read (ratings per film, rankings' places, helpful votes) always equal a
fresh count of the reviews, votes and rankings, after every kind of write: a member's, a
moderator's, an account switched off, on or deleted. Run on SQLite and on PostgreSQL."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from films.models import Film
from reviews.models import (
    RatingTally,
    ReviewVote,
    ScoredFilm,
    TrilogyRanking,
    UserReview,
    audience_distributions,
    fresh_tallies,
    stored_tallies,
)
from reviews.moderation import review_approve, review_hide, review_reject
from tests.factories import make_staff, make_user, make_user_review

pytestmark = pytest.mark.django_db


def assert_fresh():
    ratings, places, rankings, helpful = fresh_tallies()
    assert stored_tallies() == (ratings, places, rankings, helpful)


def audience(film):
    scored = ScoredFilm.objects.with_scores().get(pk=film.pk)
    return scored.audience_count, scored.audience_average


@pytest.fixture
def films(seeded):
    return list(Film.objects.order_by("series_position"))


@pytest.fixture
def film(films):
    return films[0]


def test_moderators_decisions_keep_the_audience_figures(film):
    moderator = make_staff("Moderators")
    review = make_user_review(film=film, rating=8, status=UserReview.Status.PENDING)
    make_user_review(film=film, rating=4)
    assert_fresh()
    assert audience(film) == (1, 4)

    review_approve(review=review, by=moderator)
    assert_fresh()
    assert audience(film) == (2, 6)

    review.revise(rating=2, title="Second thoughts", body="Less good.", contains_spoilers=False)
    assert_fresh()
    assert audience(film) == (2, 6), "an edit waiting for a moderator changes no figure"
    review_reject(review=review, by=moderator, reason="Keep the first one.")
    assert_fresh()
    assert audience(film) == (2, 6)

    review.refresh_from_db()
    review.revise(rating=2, title="Second thoughts", body="Less good.", contains_spoilers=False)
    review_approve(review=review, by=moderator)
    assert_fresh()
    assert audience(film) == (2, 3)

    review_hide(review=review, by=moderator, reason="Off topic")
    assert_fresh()
    assert audience(film) == (1, 4)

    review_approve(review=review, by=moderator)
    review_reject(review=review, by=moderator, reason="Not about the film")
    assert_fresh()
    counts = {row["rating"]: row["count"] for row in audience_distributions([film])[film.pk]}
    assert counts[2] == 0 and counts[4] == 1


def test_the_admins_bulk_approval_keeps_the_figures(client, film):
    client.force_login(make_staff("Moderators"))
    waiting = [
        make_user_review(film=film, rating=rating, status=UserReview.Status.PENDING)
        for rating in (6, 10)
    ]
    response = client.post(
        reverse("admin:reviews_userreview_changelist"),
        {"action": "approve", "_selected_action": [r.pk for r in waiting], "confirm": "yes"},
    )
    assert response.status_code == 302
    assert_fresh()
    assert audience(film) == (2, 8)


def test_a_members_vote_review_and_deletion_keep_the_figures(client, film):
    review = make_user_review(film=film, rating=9)
    voter = make_user()
    client.force_login(voter)
    vote = reverse("reviews:review-vote", args=[review.pk])

    client.post(vote, {"helpful": "yes"})
    client.post(vote, {"helpful": "yes"})  # a double click counts once
    assert_fresh()
    assert UserReview.objects.get(pk=review.pk).helpful_count == 1

    client.post(vote, {"helpful": "no"})
    assert_fresh()
    assert UserReview.objects.get(pk=review.pk).helpful_count == 0

    client.post(vote, {"helpful": "yes"})
    client.force_login(review.author)
    client.post(reverse("reviews:review-delete", args=[review.pk]))
    assert not UserReview.objects.filter(pk=review.pk).exists()
    assert not ReviewVote.objects.exists()
    assert_fresh()
    assert audience(film) == (0, None)


def test_accounts_switched_off_on_and_deleted_keep_every_tally(client, films):
    member = make_user(password="a long passphrase")
    other = make_user()
    for film, rating in zip(films, (3, 7, 10), strict=True):
        make_user_review(film=film, author=member, rating=rating)
    liked = make_user_review(film=films[0], author=other, rating=5)
    ReviewVote.objects.create(review=liked, voter=member)
    TrilogyRanking.objects.rank(member=member, films=films)
    TrilogyRanking.objects.rank(member=other, films=films[::-1])
    TrilogyRanking.objects.rank(member=member, films=[films[1], films[0], films[2]])  # again
    assert_fresh()
    assert TrilogyRanking.objects.standings(films).count == 2

    member.is_active = False
    member.save()
    assert_fresh()
    assert audience(films[0]) == (1, 5)
    assert TrilogyRanking.objects.standings(films).count == 1

    member.is_active = True
    member.save(update_fields=["is_active"])
    assert_fresh()
    assert audience(films[0]) == (2, 4)

    client.force_login(member)
    response = client.post(reverse("account_delete"), {"password": "a long passphrase"})
    assert response.status_code == 302
    assert_fresh()
    assert audience(films[0]) == (1, 5)
    assert UserReview.objects.get(pk=liked.pk).helpful_count == 0
    assert TrilogyRanking.objects.standings(films).count == 1


def test_a_ranking_deleted_leaves_the_standings(films):
    """Nobody deletes a ranking in the admin; a deletion (a member's data removed by hand, a
    cascade) still leaves the standings."""
    TrilogyRanking.objects.rank(member=make_user(), films=films)
    TrilogyRanking.objects.rank(member=make_user(), films=films[::-1])
    TrilogyRanking.objects.first().delete()
    assert_fresh()
    assert TrilogyRanking.objects.standings(films).count == 1


def test_rebuild_tallies_counts_a_database_loaded_around_the_write_functions(films):
    member = make_user()
    UserReview.objects.bulk_create(
        UserReview(film=film, author=member, rating=6, title="Bulk", body="Loaded.")
        for film in films
    )
    UserReview.objects.update(status=UserReview.Status.APPROVED)
    ReviewVote.objects.bulk_create(
        ReviewVote(review=review, voter=make_user()) for review in UserReview.objects.all()
    )
    RatingTally.objects.create(film=films[0], rating=1, count=99)  # a stray figure
    assert stored_tallies() != fresh_tallies()

    call_command("rebuild_tallies", verbosity=0)

    assert_fresh()
    assert audience(films[0]) == (1, 6)
