from django.apps import AppConfig
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

# What the newsroom's roles may do with reviews: editors edit the critics' side and moderate;
# moderators look after members' reviews only. Members' rankings are seen, never changed.
EDITED_CONTENT = ["publication", "critic", "criticreview", "aggregatescore"]
# Reports are closed (resolved, dismissed) by changing them.
MODERATION = [
    "view_userreview",
    "change_userreview",
    "view_reviewflag",
    "change_reviewflag",
    "view_trilogyranking",
]


class ReviewsConfig(AppConfig):
    name = "reviews"
    verbose_name = _("Reviews")

    def ready(self):
        from reviews import search  # noqa: F401  (registers reviews' documents with search)
        from reviews.data import register_sections
        from reviews.history import forget_what_members_delete

        forget_what_members_delete()
        register_sections()

        self.register_tallies()
        self.register_with_the_newsroom()
        self.register_with_the_page_cache()
        self.register_share_cards()

    def register_tallies(self):
        """Keep the tallies (reviews.models.tallies) through deletions and accounts switched
        off or on; saves keep them in the models' own methods."""
        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_save, pre_delete, pre_save

        from reviews.models import RankingPlace, ReviewVote, TrilogyRanking, UserReview, tallies

        pre_delete.connect(tallies.review_deleted, sender=UserReview)
        pre_delete.connect(tallies.vote_deleted, sender=ReviewVote)
        pre_delete.connect(tallies.ranking_deleted, sender=TrilogyRanking)
        pre_delete.connect(tallies.place_deleted, sender=RankingPlace)
        pre_save.connect(tallies.member_saving, sender=get_user_model())
        post_save.connect(tallies.member_saved, sender=get_user_model())

    def register_share_cards(self):
        import sharecards
        from reviews.cards import CARDS

        for kind, words in CARDS.items():
            sharecards.register(kind, words)

    def register_with_the_newsroom(self):
        from newsroom import roles
        from newsroom.sites import Queue, register_queue

        roles.grant_content(roles.EDITORS, self.label, EDITED_CONTENT)
        roles.grant(roles.EDITORS, self.label, [*MODERATION, "delete_userreview"])
        roles.grant(roles.MODERATORS, self.label, MODERATION)
        register_queue(
            Queue(
                permission="reviews.change_userreview",
                count=lambda: self.get_model("UserReview").objects.awaiting_moderation().count(),
                describe=lambda count: (
                    ngettext(
                        "%(counter)s community review awaiting moderation.",
                        "%(counter)s community reviews awaiting moderation.",
                        count,
                    )
                    % {"counter": count}
                ),
                url=lambda: reverse("admin:reviews_userreview_changelist") + "?queue=waiting",
                link_text=_("Open the queue"),
            )
        )

    def register_with_the_page_cache(self):
        from django.contrib.auth import get_user_model

        import pagecache
        from films.models import Publishable, next_publication
        from reviews.models import ReviewFlag, ReviewVote, TrilogyRanking, UserReview

        # What members do all day changes a few pages; the rest (critics' reviews, scores)
        # may show on any page. Reports are not registered: moderators see them, on pages
        # never cached.
        rules = {UserReview: review_topics, ReviewVote: vote_topics, TrilogyRanking: ranking_topics}
        for model in self.get_models():
            if model is not ReviewFlag:
                pagecache.register(model, topics=rules.get(model))
        # Members show in the bylines of their reviews.
        pagecache.register(get_user_model(), topics=member_topics)
        publishables = [m for m in self.get_models() if issubclass(m, Publishable)]
        pagecache.expires_at(lambda: next_publication(publishables))


def review_topics(review, created, update_fields):
    """A review shows on its film's page, its author's page and the lists of reviews."""
    if created and review.status != review.Status.APPROVED:
        return []  # a new review waits for a moderator, seen by its author only
    if not created and review.changes_only_a_waiting_edit(update_fields):
        return []  # an edit waiting for a moderator: the approved text stays
    from django.contrib.auth import get_user_model

    from films.models import Film

    film_slug = Film.objects.filter(pk=review.film_id).values_list("slug", flat=True).first()
    members = get_user_model().objects.filter(pk=review.author_id)
    username = members.values_list("username", flat=True).first()
    return [f"film:{film_slug}", f"member:{username}", "reviews"]


def vote_topics(vote, created, update_fields):
    """Helpful counts show on the film page only, where they also order its reviews."""
    from films.models import Film

    reviewed = Film.objects.filter(user_reviews=vote.review_id)  # one query, None once gone
    film_slug = reviewed.values_list("slug", flat=True).first()
    return [f"film:{film_slug}"] if film_slug else []


def ranking_topics(ranking, created, update_fields):
    """A ranking counts in the standings, and shows on its member's page."""
    from django.contrib.auth import get_user_model

    members = get_user_model().objects.filter(pk=ranking.member_id)
    username = members.values_list("username", flat=True).first()
    return ["rankings", *([f"member:{username}"] if username else [])]


def member_topics(member, created, update_fields):
    """A new account shows nowhere until its first review; a renamed or deactivated one
    changes its bylines everywhere. Signing in (last_login) changes nothing a page shows."""
    if created or (update_fields and set(update_fields) == {"last_login"}):
        return []
    return None
