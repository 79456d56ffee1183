"""A member owns their words: they download everything they wrote, and deleting their account
takes all of it off the site and out of the history tables, at once."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from films.models import Film, SpoilerHorizon
from reviews.models import RankingPlace, ReviewFlag, ReviewVote, TrilogyRanking, UserReview
from reviews.moderation import review_approve
from tests.factories import make_staff, make_user, make_user_review
from tests.pages import PUBLIC_PAGES

pytestmark = pytest.mark.django_db

REVIEW_BODY = "Chris Lenoir's number plate shows in the last scene, read it twice."
EDIT_BODY = "On a second look the number plate is someone else's: an edit waiting."
REPORT_NOTE = "Copied word for word from a forum I read every week."
OTHERS_BODY = "Another member's words about the chases, never in lino's file."


@pytest.fixture
def films(seeded):
    return {film.slug: film for film in Film.objects.published()}


@pytest.fixture
def lino(client, films):
    """A member with one of everything: an approved review with an edit waiting, a pending
    one, a ranking, a report, a helpful vote and a horizon; signed in."""
    member = make_user(username="lino", email="lino@example.com", password="s3cret-words")
    client.force_login(member)
    moderator = make_staff("Moderators")
    review = make_user_review(
        film=films["lost-bullet"], author=member, body=REVIEW_BODY, title="Plates and fists"
    )
    review_approve(review=review, by=moderator)  # a revision holding lino's words
    review.revise(rating=6, title="Plates, again", body=EDIT_BODY, contains_spoilers=False)
    make_user_review(
        film=films["lost-bullet-2"],
        author=member,
        status=UserReview.Status.PENDING,
        title="Pending thoughts",
    )
    TrilogyRanking.objects.rank(
        member=member, films=[films["lost-bullet-2"], films["lost-bullet"], films["last-bullet"]]
    )
    other = make_user_review(film=films["lost-bullet"], body=OTHERS_BODY, title="Someone else")
    ReviewFlag.objects.create(review=other, flagged_by=member, reason="other", note=REPORT_NOTE)
    review_approve(review=other, by=moderator)  # the report is in the other review's versions
    ReviewVote.objects.create(review=other, voter=member)
    SpoilerHorizon.objects.create(member=member, films_seen=2)
    return member


def versions_holding(text):
    return [v for v in Version.objects.all() if text in v.serialized_data]


def test_a_member_downloads_everything_they_wrote_and_nobody_elses(client, lino):
    response = client.get(reverse("account_export"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith('attachment; filename="bulletsite-lino-')
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["username"] == "lino"
    assert data["account"]["email"] == "lino@example.com"
    reviews = {review["film"]: review for review in data["reviews"]}
    assert reviews["Lost Bullet"]["body"] == REVIEW_BODY
    assert reviews["Lost Bullet"]["edit_awaiting_moderation"]["body"] == EDIT_BODY
    assert reviews["Lost Bullet 2"]["status"] == "pending"
    assert [p["film"] for p in data["ranking"]["films_best_first"]] == [
        "Lost Bullet 2",
        "Lost Bullet",
        "Last Bullet",
    ]
    assert data["reports"][0]["note"] == REPORT_NOTE
    assert data["reports"][0]["film"] == "Lost Bullet"
    others = UserReview.objects.get(title="Someone else")
    assert data["helpful_votes"][0]["review"].endswith(f"#review-{others.pk}")
    assert data["horizon"] == {"films_seen": 2}
    # Other members' reviews are named by their address, never by their words or their name.
    assert OTHERS_BODY not in response.content.decode()
    assert "Someone else" not in response.content.decode()


def test_the_download_holds_only_the_signed_in_members_data(lino, films):
    other = make_user(username="zoe")
    client = Client()
    client.force_login(other)
    data = json.loads(client.get(reverse("account_export")).content)
    assert data["account"]["username"] == "zoe"
    assert data["reviews"] == data["reports"] == data["helpful_votes"] == []
    assert data["ranking"] is None and data["horizon"] is None
    assert REVIEW_BODY not in json.dumps(data)


def test_visitors_are_sent_to_sign_in_for_the_download_and_the_deletion(films):
    for name in ("account_export", "account_delete"):
        response = Client().get(reverse(name))
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_deletion_page_lists_what_goes_and_offers_the_download_first(client, lino):
    html = client.get(reverse("account_delete")).content.decode()
    assert "Delete your account" in html
    for consequence in (
        "Your 2 reviews, and any edits of them awaiting moderation.",
        "Your ranking of the films.",
        "Your report of a review.",
        "Your helpful vote: the review loses it.",
        "How far you have watched the series.",
        "cannot be undone",
    ):
        assert consequence in html
    assert f'href="{reverse("account_export")}"' in html
    assert 'method="post"' in html and 'type="password"' in html


def test_a_get_or_a_wrong_password_deletes_nothing(client, lino):
    client.get(reverse("account_delete"))
    response = client.post(reverse("account_delete"), {"password": "not-it"})
    assert response.status_code == 200
    assert "That is not your password: your account is not deleted." in response.content.decode()
    assert get_user_model().objects.filter(username="lino").exists()


def test_an_account_without_a_password_confirms_with_its_username(client, lino):
    lino.set_unusable_password()
    lino.save()
    client.force_login(lino)
    client.post(reverse("account_delete"), {"username": "lin"})
    assert get_user_model().objects.filter(username="lino").exists()
    client.post(reverse("account_delete"), {"username": "lino"})
    assert not get_user_model().objects.filter(username="lino").exists()


def test_deleting_the_account_removes_every_word_from_the_database_history_and_pages(
    client, lino, films
):
    reviewed = films["lost-bullet"]
    visitor = Client()
    film_url = reviewed.get_absolute_url()
    member_url = reverse("reviews:member-detail", kwargs={"username": "lino"})
    assert "Plates and fists" in visitor.get(film_url).content.decode()  # cached now
    assert "Plates and fists" in visitor.get(PUBLIC_PAGES["review list"]).content.decode()
    assert visitor.get(member_url).status_code == 200
    assert versions_holding(REVIEW_BODY) and versions_holding(REPORT_NOTE)
    review_pks = list(UserReview.objects.filter(author=lino).values_list("pk", flat=True))

    response = client.post(reverse("account_delete"), {"password": "s3cret-words"}, follow=True)

    assert "Your account is deleted, and everything you wrote with it." in (
        response.content.decode()
    )
    assert not response.wsgi_request.user.is_authenticated
    assert not get_user_model().objects.filter(username="lino").exists()
    assert not UserReview.objects.filter(pk__in=review_pks).exists()
    assert not TrilogyRanking.objects.filter(member_id=lino.pk).exists()
    assert not RankingPlace.objects.filter(ranking__member_id=lino.pk).exists()
    assert not ReviewFlag.objects.filter(flagged_by_id=lino.pk).exists()
    assert not ReviewVote.objects.filter(voter_id=lino.pk).exists()
    assert not SpoilerHorizon.objects.filter(member_id=lino.pk).exists()
    # Out of the history tables: their reviews' versions, and their report in another's.
    for words in (REVIEW_BODY, EDIT_BODY, REPORT_NOTE):
        assert not versions_holding(words), words
    for pk in review_pks:
        assert not Version.objects.get_for_object_reference(UserReview, pk).exists()
    other = UserReview.objects.get(title="Someone else")
    assert Version.objects.get_for_object(other).exists()  # the other review's history stays
    # Off every page at once, cached ones included.
    assert "Plates and fists" not in visitor.get(film_url).content.decode()
    assert "Plates and fists" not in visitor.get(PUBLIC_PAGES["review list"]).content.decode()
    assert "0 found this helpful" in visitor.get(film_url).content.decode()
    assert visitor.get(member_url).status_code == 404


def test_account_deletion_is_post_only_and_rate_limited(client, lino, settings):
    settings.ACCOUNT_RATE_LIMITS = settings.ACCOUNT_RATE_LIMITS | {"account_delete": "2/h/user"}
    statuses = [
        client.post(reverse("account_delete"), {"password": "wrong"}).status_code for _ in range(3)
    ]
    assert statuses == [200, 200, 429]
    assert get_user_model().objects.filter(username="lino").exists()
