"""Moderation decisions on community reviews: called by admin actions and views alike.

Each decision records who made it and when, resolves the review's open flags, and is saved as
a django-reversion revision, so the history shows it and an editor can revert it.
"""

import reversion
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from reviews.models import ReviewFlag, UserReview


def _decide(*, review, by, status, reason=""):
    now = timezone.now()
    with transaction.atomic(), reversion.create_revision():
        # Decide on the review as it is now: the author may have edited it since it was loaded.
        review.refresh_from_db()
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
        review.save()
        review.flags.filter(resolved_at__isnull=True).update(resolved_at=now)
        reversion.set_user(by)
        reversion.set_comment(f"{UserReview.Status(status).label}{f': {reason}' if reason else ''}")
    return review


def review_approve(*, review, by):
    return _decide(review=review, by=by, status=UserReview.Status.APPROVED)


def review_reject(*, review, by, reason):
    if not reason.strip():
        raise ValueError("A rejection needs a reason the author can read.")
    return _decide(review=review, by=by, status=UserReview.Status.REJECTED, reason=reason.strip())


def review_hide(*, review, by, reason=""):
    """Take an approved review off the site without deleting it."""
    return _decide(review=review, by=by, status=UserReview.Status.HIDDEN, reason=reason.strip())


def review_flag(*, review, by, reason, note=""):
    """Report a review, once per user, with one of ReviewFlag.Reason and, for 'other', a note;
    the review joins the moderation queue."""
    reason = ReviewFlag.Reason(reason)
    note = note.strip()[:300]
    if reason == ReviewFlag.Reason.OTHER and not note:
        raise ValueError("Say what is wrong with the review.")
    flag, created = ReviewFlag.objects.get_or_create(
        review=review, flagged_by=by, defaults={"reason": reason, "note": note}
    )
    return flag, created


def review_mark_spoilers(*, review, by, film=None):
    """Mark a review as revealing the plot of `film` (by default the film it reviews), as a
    revision; the author is told, and the mark holds whatever the author ticks later."""
    with transaction.atomic(), reversion.create_revision():
        review.refresh_from_db()
        review.mark_spoilers(film=film or review.film, by=by)
        reversion.set_user(by)
        reversion.set_comment(
            gettext("Marked as containing spoilers about %(title)s")
            % {"title": review.spoils.title}
        )
    return review
