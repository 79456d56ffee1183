"""A member's words are theirs: no moderator or editor restores what a member replaced, the
review's history shows the newsroom's decisions and not the member's old words, and what a
member deletes leaves no copy in the history tables."""

import pytest
from django.test import Client
from django.urls import reverse
from reversion.models import Revision, Version

from films.models import Film
from reviews.models import UserReview
from tests.factories import make_staff, make_user
from tests.pages import write_url

pytestmark = pytest.mark.django_db

PHONE = "Call me on 06 12 34 56 78"
REVIEW = {
    "rating": "8",
    "title": "Cars, fists and a bullet",
    "body": f"Lean and mean: the chases are real and Lenoir does his own stunts. {PHONE}.",
    "spoils": "",
}


def approve_in_admin(client, review):
    """The moderation queue's action, confirmed, as a moderator approves a review or an edit."""
    response = client.post(
        reverse("admin:reviews_userreview_changelist"),
        {"action": "approve", "_selected_action": [review.pk], "confirm": "yes"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]


def versions_holding(text):
    return [v for v in Version.objects.all() if text in v.serialized_data]


@pytest.fixture
def replaced_words(seeded):
    """A member's review approved, then edited to remove their phone number, and the edit
    approved by a moderator: (member's client, moderator's client, review)."""
    film = Film.objects.get(slug="lost-bullet-2")
    member, moderator = Client(), Client()
    member.force_login(make_user(username="lino"))
    moderator.force_login(make_staff("Moderators", username="modo"))
    member.post(write_url(film), REVIEW)
    review = UserReview.objects.get(film=film, author__username="lino")
    approve_in_admin(moderator, review)
    edited = {**REVIEW, "body": REVIEW["body"].replace(f" {PHONE}.", "")}
    member.post(reverse("reviews:review-edit", kwargs={"pk": review.pk}), edited)
    approve_in_admin(moderator, review)
    review.refresh_from_db()
    assert PHONE not in review.body
    assert versions_holding(PHONE)
    return member, moderator, review


def test_a_moderator_cannot_bring_back_a_members_replaced_words(replaced_words):
    member, moderator, review = replaced_words
    history_url = reverse("admin:reviews_userreview_history", args=[review.pk])
    history = moderator.get(history_url).content.decode()
    assert "Approved" in history
    assert PHONE not in history
    oldest = Version.objects.get_for_object(review).order_by("pk").first()
    revision_url = reverse("admin:reviews_userreview_revision", args=[review.pk, oldest.pk])
    assert revision_url not in history

    page = moderator.get(revision_url, follow=True).content.decode()
    assert PHONE not in page
    assert "A member&#x27;s words are theirs" in page
    response = moderator.post(revision_url, {**REVIEW, "status": "approved"}, follow=True)

    review.refresh_from_db()
    assert PHONE not in review.body
    assert PHONE not in member.get(review.film.get_absolute_url()).content.decode()
    assert "A member&#x27;s words are theirs" in response.content.decode()
    recover = reverse("admin:reviews_userreview_recover", args=[oldest.pk])
    moderator.post(recover, {**REVIEW, "status": "approved"})
    assert UserReview.objects.filter(pk=review.pk).count() == 1


def test_a_deleted_review_leaves_no_version_of_its_words(replaced_words):
    member, moderator, review = replaced_words
    other = make_user(username="reporter")
    review.flags.create(flagged_by=other, reason="other", note="Has a phone number.")
    approve_in_admin(moderator, review)  # a revision holding the report too
    revisions = set(Version.objects.get_for_object(review).values_list("revision", flat=True))

    member.post(reverse("reviews:review-delete", kwargs={"pk": review.pk}))

    assert not UserReview.objects.filter(pk=review.pk).exists()
    assert not versions_holding(PHONE)
    assert not versions_holding("Has a phone number.")
    assert not Version.objects.get_for_object_reference(UserReview, review.pk).exists()
    assert not Revision.objects.filter(pk__in=revisions).exists()


def test_a_deleted_account_leaves_no_version_of_its_reviews(replaced_words):
    member, moderator, review = replaced_words
    review.author.delete()
    assert not versions_holding(PHONE)
    assert not versions_holding("Lenoir does his own stunts")
