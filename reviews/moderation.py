"""Moderation decisions on community reviews: called by admin actions and views alike.

Each decision records who made it and when, resolves the review's open reports, and is saved as
a django-reversion revision, so the history shows it and an editor can revert it. A moderator's
decisions taken together (a status and a spoiler mark, in one save) are applied together, in one
transaction and one revision: none of them undoes another.
"""

import reversion
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from reviews.marks import words_of
from reviews.models import ReviewFlag, UserReview


class OwnReview(PermissionDenied):
    """Nobody approves their own review: another moderator must."""


def review_moderate(*, review, by, status=None, reason="", spoils=None):
    """Apply a moderator's decisions on `review`: a new `status` (with the `reason` shown to the
    author), a mark that it spoils the film `spoils`, or both, as one revision. Returns the
    review as saved; refuses (OwnReview) to let anyone approve their own review."""
    if status is None and spoils is None:
        raise ValueError("Decide something: a status, a film spoiled, or both.")
    now = timezone.now()
    comments = []
    with transaction.atomic(), reversion.create_revision():
        # Decide on the review as it is now: the author may have edited it since it was loaded.
        review.refresh_from_db()
        if status is not None:
            status = UserReview.Status(status)
            if status == UserReview.Status.APPROVED and review.author_id == by.pk:
                raise OwnReview(gettext("You cannot approve your own review."))
            if review.has_pending_edit:
                if status == UserReview.Status.REJECTED:
                    # A rejected edit leaves the approved review as it was; the author sees why.
                    review.discard_pending_edit()
                    status = UserReview.Status.APPROVED
                elif status == UserReview.Status.APPROVED:
                    review.apply_pending_edit()
            review.status = status
            review.moderation_reason = reason
            review.moderated_by = by
            review.moderated_at = now
            comments.append(f"{status.label}{f': {reason}' if reason else ''}")
        if spoils is not None:
            # After the decision: an approved edit must not untick the moderator's mark.
            review.mark_spoilers(film=spoils, by=by, save=False)
            comments.append(
                gettext("Marked as containing spoilers about %(title)s") % {"title": spoils.title}
            )
        review.save()
        if status not in (None, UserReview.Status.PENDING):
            # Sent back to the queue, a review is not yet decided: its reports stay open.
            review.flags.filter(outcome=ReviewFlag.Outcome.OPEN).update(
                outcome=ReviewFlag.Outcome.RESOLVED, resolved_at=now, resolved_by=by
            )
        reversion.set_user(by)
        reversion.set_comment("; ".join(comments))
    return review


def review_approve(*, review, by):
    return review_moderate(review=review, by=by, status=UserReview.Status.APPROVED)


def review_reject(*, review, by, reason):
    if not reason.strip():
        raise ValueError("A rejection needs a reason the author can read.")
    return review_moderate(
        review=review, by=by, status=UserReview.Status.REJECTED, reason=reason.strip()
    )


def review_hide(*, review, by, reason=""):
    """Take an approved review off the site without deleting it."""
    return review_moderate(
        review=review, by=by, status=UserReview.Status.HIDDEN, reason=reason.strip()
    )


def review_mark_spoilers(*, review, by, film=None):
    """Mark a review as revealing the plot of `film` (by default the film it reviews), as a
    revision; the author is told, and the mark holds whatever the author ticks later."""
    return review_moderate(review=review, by=by, spoils=film or review.film)


def review_mark_passages(*, review, by, text):
    """Set the spoiler marks of the text approval publishes (the waiting edit, if there is
    one) to those of `text`, stored as reviews.marks.parse_typed leaves it; the member's words
    stay theirs, so `text` must hold the same words. A revision, like every decision."""
    field = "pending_body" if review.has_pending_edit else "body"
    if words_of(text) != words_of(getattr(review, field)):
        raise ValueError("Only the spoiler marks may change, never the member's words.")
    with transaction.atomic(), reversion.create_revision():
        setattr(review, field, text)
        review.save(update_fields=[field, "updated_at"])
        reversion.set_user(by)
        reversion.set_comment(gettext("Spoiler marks changed"))
    return review


def review_flag(*, review, by, reason, note="", spoils=None):
    """Report a review, once per user, with one of ReviewFlag.Reason and, for 'other', a note;
    an unmarked spoiler says which film it spoils. The review joins the moderation queue."""
    reason = ReviewFlag.Reason(reason)
    note = note.strip()[:300]
    if reason == ReviewFlag.Reason.OTHER and not note:
        raise ValueError("Say what is wrong with the review.")
    flag, created = ReviewFlag.objects.get_or_create(
        review=review,
        flagged_by=by,
        defaults={
            "reason": reason,
            "note": note,
            "spoils": spoils if reason == ReviewFlag.Reason.SPOILER else None,
        },
    )
    return flag, created


def flag_close(*, flag, by, outcome):
    """Close a report (resolved with an action, or dismissed) without deciding on the review
    again, or open it again (outcome OPEN). Returns the report as saved."""
    outcome = ReviewFlag.Outcome(outcome)
    closed = outcome != ReviewFlag.Outcome.OPEN
    flag.outcome = outcome
    flag.resolved_at = timezone.now() if closed else None
    flag.resolved_by = by if closed else None
    flag.save(update_fields=["outcome", "resolved_at", "resolved_by"])
    return flag
