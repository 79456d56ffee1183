from django.apps import AppConfig
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

# What the newsroom's roles may do with reviews: editors edit the critics' side and moderate;
# moderators look after members' reviews only. Members' rankings are seen, never changed.
EDITED_CONTENT = ["publication", "critic", "criticreview", "aggregatescore"]
MODERATION = ["view_userreview", "change_userreview", "view_reviewflag", "view_trilogyranking"]


class ReviewsConfig(AppConfig):
    name = "reviews"
    verbose_name = _("Reviews")

    def ready(self):
        # Registers reviews' pages and documents with search.
        from newsroom import roles
        from newsroom.sites import Queue, register_queue
        from reviews import search  # noqa: F401

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
