"""Moderators see what they approve: the waiting edit beside the approved text, an excerpt of
what goes public in the queue, a confirmation of what bulk approval publishes, reports by
reason; they mark spoilers the author did not; editors are told when they saved a draft."""

import pytest
from django.urls import reverse

from reviews.models import CriticReview, UserReview
from reviews.moderation import review_flag
from tests.factories import make_staff, make_user, make_user_review
from tests.pages import Disclosures, form_values

pytestmark = pytest.mark.django_db


def edited_review(film):
    review = make_user_review(
        film=film, rating=6, title="Solid finale", body="The chases are great and lean."
    )
    review.revise(
        rating=9,
        title="A superb finale",
        body="The chases are superb and lean.",
        contains_spoilers=False,
    )
    return review


def test_a_waiting_edit_shows_beside_the_approved_review_with_differences_marked(
    client, film, moderator
):
    review = edited_review(film)
    html = client.get(reverse("admin:reviews_userreview_change", args=[review.pk])).content
    html = html.decode()
    assert "Approved, on the site" in html and "Waiting edit" in html
    assert "Solid finale" in html and "A superb finale" in html
    assert "<del>great</del> <ins>superb</ins>" in html
    assert "<del>3</del> <ins>4.5</ins> out of 5" in html


def test_the_queue_shows_the_text_that_approval_publishes(client, film, moderator):
    review = edited_review(film)
    html = client.get(reverse("admin:reviews_userreview_changelist") + "?queue=waiting")
    html = html.content.decode()
    assert "What approval publishes" in html
    assert "Edit: <strong>A superb finale</strong> The chases are superb and lean." in html
    assert review.title in html  # the list's title column still shows the approved title


def test_bulk_approval_first_shows_what_it_will_publish(client, film, moderator):
    new = make_user_review(film=film, title="First take", body="Fresh words.", status="pending")
    edited = edited_review(film)
    url = reverse("admin:reviews_userreview_changelist")
    selected = {"action": "approve", "_selected_action": [new.pk, edited.pk], "reason": ""}

    html = client.post(url, selected).content.decode()

    assert "Publish these reviews?" in html
    assert "Fresh words." in html and "The chases are superb and lean." in html
    assert "edit of an approved review" in html
    assert UserReview.objects.get(pk=new.pk).status == UserReview.Status.PENDING
    assert UserReview.objects.get(pk=edited.pk).title == "Solid finale"

    for review in (new, edited):
        assert f'name="_selected_action" value="{review.pk}"' in html
    assert 'name="confirm" value="yes"' in html
    client.post(url, selected | {"confirm": "yes"})

    assert UserReview.objects.get(pk=new.pk).status == UserReview.Status.APPROVED
    assert UserReview.objects.get(pk=edited.pk).title == "A superb finale"


def test_reports_carry_a_reason_counted_per_review(client, film, moderator):
    review = make_user_review(film=film, title="Reported twice")
    review_flag(review=review, by=make_user(), reason="spam")
    review_flag(review=review, by=make_user(), reason="spam")
    review_flag(review=review, by=make_user(), reason="other", note="Copied from a blog.")
    with pytest.raises(ValueError):
        review_flag(review=make_user_review(film=film), by=make_user(), reason="other")

    html = client.get(reverse("admin:reviews_userreview_changelist")).content.decode()
    assert "2 × Spam or advertising, 1 × Something else" in html
    change = client.get(reverse("admin:reviews_userreview_change", args=[review.pk]))
    assert "Copied from a blog." in change.content.decode()


def test_a_moderator_marks_a_spoiler_the_author_did_not(client, film, moderator):
    body = "Areski gets what he deserves at the very end."
    review = make_user_review(film=film, title="Unmarked", body=body)
    url = reverse("admin:reviews_userreview_change", args=[review.pk])
    values = form_values(client.get(url).content.decode())
    values["spoils"] = str(film.pk)
    response = client.post(url, values, follow=True)
    assert "Marked as spoiling Last Bullet" in response.content.decode()

    review.refresh_from_db()
    assert (review.contains_spoilers, review.spoils, review.spoilers_marked_by) == (
        True,
        film,
        moderator,
    )
    for page in (
        reverse("home"),
        reverse("reviews:review-list"),
        film.get_absolute_url(),
        reverse("reviews:member-detail", args=[review.author.username]),
    ):
        found = Disclosures(client.get(page).content.decode())
        assert body not in found.visible_text, page
        assert body in found.folded_under("Last Bullet"), page
    assert body not in client.get(reverse("reviews:feed")).content.decode()

    # The author sees why, and cannot untick it.
    client.force_login(review.author)
    own_page = client.get(reverse("reviews:member-detail", args=[review.author.username]))
    assert "A moderator marked this review as containing spoilers about" in (
        own_page.content.decode()
    )
    review.revise(rating=7, title="Unmarked", body=body, contains_spoilers=False)
    review.refresh_from_db()
    assert review.contains_spoilers and review.spoils == film


def test_the_bulk_action_marks_spoilers_of_the_film_reviewed(client, film, moderator):
    review = make_user_review(film=film)
    client.post(
        reverse("admin:reviews_userreview_changelist"),
        {"action": "mark_spoilers", "_selected_action": [review.pk], "reason": ""},
    )
    review.refresh_from_db()
    assert review.contains_spoilers and review.spoils == film
    assert review.spoilers_marked_by == moderator


def test_saving_a_critic_review_as_a_draft_says_it_is_not_on_the_site(client, seeded):
    client.force_login(make_staff("Editors"))
    review = CriticReview.objects.get(critic__slug="jonathon-wilson")
    url = reverse("admin:reviews_criticreview_change", args=[review.pk])
    values = form_values(client.get(url).content.decode()) | {"status": "draft"}
    html = client.post(url, values, follow=True).content.decode()
    assert "is saved as a draft: it is not on the site." in html
    values["status"] = "published"
    html = client.post(url, values, follow=True).content.decode()
    assert "not on the site" not in html
