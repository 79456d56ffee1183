import pytest
from django.urls import reverse
from reversion.models import Version

from reviews.models import ReviewFlag, UserReview
from reviews.moderation import review_approve, review_flag, review_hide, review_reject
from tests.factories import make_staff, make_user, make_user_review

pytestmark = pytest.mark.django_db


def act(client, action, reviews, reason=""):
    return client.post(
        reverse("admin:reviews_userreview_changelist"),
        {
            "action": action,
            "_selected_action": [r.pk for r in reviews],
            "reason": reason,
            "confirm": "yes",
        },
        follow=True,
    )


def audience(client, film):
    html = client.get(film.get_absolute_url()).content.decode()
    start = html.index('id="audience-heading"')
    return html[start : html.index("</section>", start)]


def test_bulk_approval_puts_reviews_and_their_score_on_the_film_page(client, film, moderator):
    pending = [
        make_user_review(film=film, rating=rating, title=f"Take {rating}", status="pending")
        for rating in (6, 9)
    ]
    assert "No community ratings yet." in audience(client, film)

    response = act(client, "approve", pending)

    assert "2 reviews approved." in response.content.decode()
    section = audience(client, film)
    assert (
        'Audience score: <strong><span class="rating" role="img" aria-label="3.8 out of 5 stars">'
        in section
    )  # 7.5 half stars
    assert "Take 6" in section and "Take 9" in section
    review = UserReview.objects.get(pk=pending[0].pk)
    assert (review.moderated_by, review.status) == (moderator, UserReview.Status.APPROVED)


def test_rejecting_needs_a_reason_the_author_can_read(client, film, moderator):
    review = make_user_review(film=film, status="pending")
    response = act(client, "reject", [review])
    assert "Nothing was rejected" in response.content.decode()
    assert UserReview.objects.get(pk=review.pk).status == UserReview.Status.PENDING

    act(client, "reject", [review], reason="Please keep to the film.")
    review.refresh_from_db()
    assert review.status == UserReview.Status.REJECTED
    assert review.moderation_reason == "Please keep to the film."


def test_hiding_an_approved_review_takes_it_off_the_page_and_out_of_the_score(
    client, film, moderator
):
    kept = make_user_review(film=film, rating=8, title="Kept")
    hidden = make_user_review(film=film, rating=2, title="Hidden later")
    assert (
        'Audience score: <strong><span class="rating" role="img" aria-label="2.5 out of 5 stars">'
        in audience(client, film)
    )

    act(client, "hide", [hidden], reason="Personal attack")

    section = audience(client, film)
    assert "Hidden later" not in section and kept.title in section
    assert (
        'Audience score: <strong><span class="rating" role="img" aria-label="4 out of 5 stars">'
        in section
    )
    assert UserReview.objects.filter(pk=hidden.pk, status=UserReview.Status.HIDDEN).exists()


def test_a_flagged_review_returns_to_the_queue_until_a_moderator_decides(film):
    review = make_user_review(film=film)
    assert review not in UserReview.objects.awaiting_moderation()

    _, created = review_flag(review=review, by=make_user(), reason="spam")
    assert created and review in UserReview.objects.awaiting_moderation()
    assert review in UserReview.objects.approved()  # still shown while it waits

    review_approve(review=review, by=make_staff("Moderators"))
    assert review not in UserReview.objects.awaiting_moderation()
    assert not ReviewFlag.objects.filter(review=review, resolved_at__isnull=True).exists()


def test_a_user_flags_a_review_once(film):
    review, user = make_user_review(film=film), make_user()
    assert review_flag(review=review, by=user, reason="spam")[1] is True
    assert review_flag(review=review, by=user, reason="abuse")[1] is False
    assert review.flags.count() == 1


def test_the_queue_filter_lists_pending_and_flagged_reviews_only(client, film, moderator):
    make_user_review(film=film, title="Fine already")
    make_user_review(film=film, title="Brand new", status="pending")
    review_flag(
        review=make_user_review(film=film, title="Reported"), by=make_user(), reason="spoiler"
    )
    html = client.get(reverse("admin:reviews_userreview_changelist") + "?queue=waiting")
    html = html.content.decode()
    assert "Brand new" in html and "Reported" in html and "Fine already" not in html


def test_each_decision_is_kept_in_the_reviews_history(film):
    review = make_user_review(film=film, status="pending")
    moderator = make_staff("Moderators")
    review_reject(review=review, by=moderator, reason="Off topic")
    review_approve(review=review, by=moderator)
    review_hide(review=review, by=moderator)
    versions = Version.objects.get_for_object(review)
    assert [v.revision.comment for v in versions] == [
        "Hidden by a moderator",
        "Approved",
        "Rejected: Off topic",
    ]
    assert {v.revision.user for v in versions} == {moderator}


def test_a_rejection_without_a_reason_is_refused(film):
    with pytest.raises(ValueError, match="needs a reason"):
        review_reject(review=make_user_review(film=film), by=make_user(), reason="  ")


def test_the_flag_list_costs_the_same_for_five_flags_or_fifteen(
    client, film, moderator, django_assert_max_num_queries
):
    """Each flag's row names its review (author and film): without select_related on both, the
    list ran two queries per flag."""

    def flag_reviews(count):
        for _ in range(count):
            review_flag(review=make_user_review(film=film), by=make_user(), reason="spam")

    def queries_for_the_list():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse("admin:reviews_reviewflag_changelist"))
        assert response.status_code == 200
        return len(captured)

    flag_reviews(5)
    five = queries_for_the_list()
    flag_reviews(10)
    assert queries_for_the_list() == five
