"""A member's words are theirs: what they delete, a review or their account, is deleted from
the newsroom's history too, in the same transaction. Of what members write, reviews are
versioned, and with them, as their inlines, the reports on them (another member's report on a
review lives in that review's versions); rankings and votes are not versioned."""

from django.db.models.signals import pre_delete

from newsroom.history import history_forget


def review_history_forget(*, reviews):
    """Delete every stored version of `reviews` and of their reports."""
    from reviews.models import ReviewFlag, UserReview

    history_forget(
        UserReview, [review.pk for review in reviews], inline_links=[(ReviewFlag, "review_id")]
    )


def _forget_deleted_review(sender, instance, **kwargs):
    review_history_forget(reviews=[instance])


def _forget_deleted_report(sender, instance, **kwargs):
    """A report deleted (its author's account is) leaves no version in the history of the
    review it reported, which stays."""
    from reviews.models import ReviewFlag

    history_forget(ReviewFlag, [instance.pk])


def forget_what_members_delete():
    """Whichever way a review goes (its author deletes it, or their account, which takes their
    reviews with it), its history goes with it: the delete's pre_delete signals are sent inside
    its transaction."""
    from reviews.models import ReviewFlag, UserReview

    pre_delete.connect(
        _forget_deleted_review, sender=UserReview, dispatch_uid="reviews.forget_deleted_review"
    )
    pre_delete.connect(
        _forget_deleted_report, sender=ReviewFlag, dispatch_uid="reviews.forget_deleted_report"
    )
