from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts.validators import xml_legal
from films.horizon import Horizon
from films.series import Series
from pagecache import fragment
from reviews.marks import review_plain
from reviews.models import (
    CriticReview,
    ReviewKind,
    UserReview,
    reviews_combined,
    reviews_hydrate,
)


def _xml_legal_strings(args, kwargs):
    args = [xml_legal(value) if isinstance(value, str) else value for value in args]
    kwargs = {k: xml_legal(v) if isinstance(v, str) else v for k, v in kwargs.items()}
    return args, kwargs


class XmlLegalAtom1Feed(Atom1Feed):
    """Atom that leaves out the characters XML 1.0 forbids instead of failing on them: forms
    refuse them now, but one row stored before (or written by another way in) would otherwise
    take the whole feed down for everyone."""

    def __init__(self, *args, **kwargs):
        args, kwargs = _xml_legal_strings(args, kwargs)
        super().__init__(*args, **kwargs)

    def add_item(self, *args, **kwargs):
        args, kwargs = _xml_legal_strings(args, kwargs)
        super().add_item(*args, **kwargs)


class LatestReviewsFeed(Feed):
    feed_type = XmlLegalAtom1Feed
    title = _("bulletsite: latest reviews")
    link = reverse_lazy("reviews:review-list")
    item_count = 20

    def __call__(self, request, *args, **kwargs):
        # The same for every reader: kept under the page's versions for those the page cache
        # does not answer (members, a message waiting), as the pages' fragments are.
        feed = super().__call__

        def render():
            response = feed(request, *args, **kwargs)
            headers = response.headers
            return response.content, headers["Content-Type"], headers.get("Last-Modified")

        content, content_type, last_modified = fragment(request, "reviews-feed", render)
        response = HttpResponse(content, content_type=content_type)
        if last_modified:
            response.headers["Last-Modified"] = last_modified
        return response

    def subtitle(self):
        series = Series.current().name
        return gettext("Critic and community reviews of %(series)s.") % {"series": series}

    def items(self):
        rows = reviews_combined(
            critic_reviews=CriticReview.objects.published(),
            user_reviews=UserReview.objects.approved(),
        )
        return reviews_hydrate(rows[: self.item_count])

    def item_title(self, review):
        if review.kind == ReviewKind.CRITIC:
            by = review.publication.name if review.publication else review.byline
            return f"{review.film.title}: {by}"
        return f"{review.film.title}: {review.title}"

    def item_description(self, review):
        # Atom sends descriptions as type="html": escaped, a review's "<img ...>" reaches feed
        # readers as the text the member typed, never as markup.
        if review.kind == ReviewKind.CRITIC and review.spoils_id:
            # A feed has no horizon: it shows no spoiler.
            return escape(
                gettext("Quotes spoilers about %(title)s: read it on the site.")
                % {"title": review.spoils.title}
            )
        if review.kind == ReviewKind.CRITIC and not review.pull_quote:
            # A view the source reports without the critic's words.
            return escape(review.summary)
        if review.kind == ReviewKind.CRITIC and not review.verdict:
            return escape(f"\u201c{review.pull_quote}\u201d")
        if review.kind == ReviewKind.CRITIC:
            # Translators: a critic's quotation, in the language they wrote in, and the verdict.
            quoted = gettext("\u201c%(quote)s\u201d (%(verdict)s)") % {
                "quote": review.pull_quote,
                "verdict": review.get_verdict_display(),
            }
            return escape(quoted)
        # A member's rating, in the words every page uses ("3.5 out of 5"); it reveals no plot.
        rated = gettext("Rated %(rating)s.") % {"rating": review.rating_out_of_five}
        if review.contains_spoilers:
            # A feed has no disclosure to fold a spoiler behind: it shows none.
            spoiled = review.spoils or review.film
            return escape(
                f"{rated} "
                + gettext("Contains spoilers about %(title)s: read it on the site.")
                % {"title": spoiled.title}
            )
        # A feed has no horizon: a marked passage is a line naming the film it spoils.
        body = Truncator(review_plain(review.body, horizon=Horizon())).words(60)
        return escape(f"{rated} {body}")

    def item_link(self, review):
        return review.get_absolute_url()

    def item_pubdate(self, review):
        return getattr(review, review.kind.date_field)

    def item_updateddate(self, review):
        return review.published_at if review.kind == ReviewKind.CRITIC else review.updated_at

    def item_author_name(self, review):
        if review.kind == ReviewKind.CRITIC:
            return review.byline
        return review.author.get_username()
