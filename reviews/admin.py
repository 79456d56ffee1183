from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html

from bulletsite.history import HistoryAdmin
from films.admin import PublishableAdminMixin
from reviews.models import (
    AggregateScore,
    Critic,
    CriticReview,
    Publication,
    ReviewFlag,
    UserReview,
)
from reviews.moderation import review_approve, review_hide, review_reject


class CriticReviewInline(admin.StackedInline):
    model = CriticReview
    extra = 0
    autocomplete_fields = ["critic", "publication", "source"]
    fields = [
        ("publication", "critic", "verdict"),
        "pull_quote",
        "summary",
        ("original_score", "score_scale"),
        ("url", "reviewed_on"),
        ("status", "published_at"),
        "source",
    ]


class AggregateScoreInline(admin.TabularInline):
    model = AggregateScore
    extra = 0
    fields = [
        "aggregator",
        "label",
        "value",
        "scale",
        "review_count",
        "as_of",
        "status",
        "published_at",
    ]


class ReviewCountAdmin(HistoryAdmin):
    """Publications and critics: listed by name, with how many reviews each has."""

    # Explicit: the annotated (GROUP BY) queryset would drop Meta.ordering.
    ordering = ["name"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(review_count=Count("reviews"))

    @admin.display(description="Reviews", ordering="review_count")
    def review_count(self, obj):
        return obj.review_count


@admin.register(Publication)
class PublicationAdmin(ReviewCountAdmin):
    list_display = ["name", "website", "review_count"]


@admin.register(Critic)
class CriticAdmin(ReviewCountAdmin):
    list_display = ["name", "review_count"]


@admin.register(CriticReview)
class CriticReviewAdmin(PublishableAdminMixin, HistoryAdmin):
    list_display = ["film", "critic", "publication", "verdict", "status", "published_at"]
    list_filter = ["verdict", "status", "film", "publication"]
    search_fields = ["pull_quote", "critic__name", "publication__name", "film__title"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["film", "critic", "publication", "source"]
    list_select_related = ["film", "critic", "publication"]


@admin.register(AggregateScore)
class AggregateScoreAdmin(PublishableAdminMixin, HistoryAdmin):
    list_display = ["film", "aggregator", "value", "review_count", "as_of", "status"]
    list_filter = ["aggregator", "status"]
    date_hierarchy = "as_of"
    autocomplete_fields = ["film", "source"]
    list_select_related = ["film"]


class ModerationActionForm(ActionForm):
    reason = forms.CharField(
        required=False,
        label="Reason shown to the author",
        widget=forms.TextInput(attrs={"size": 50}),
    )


class AwaitingModerationFilter(admin.SimpleListFilter):
    title = "queue"
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return [("waiting", "Awaiting moderation"), ("flagged", "Flagged")]

    def queryset(self, request, queryset):
        if self.value() == "waiting":
            return queryset.awaiting_moderation()
        if self.value() == "flagged":
            return queryset.flagged()
        return queryset


class ReviewFlagInline(admin.TabularInline):
    model = ReviewFlag
    fields = ["flagged_by", "reason", "created_at", "resolved_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(UserReview)
class UserReviewAdmin(HistoryAdmin):
    list_display = [
        "title",
        "film",
        "author",
        "rating",
        "status",
        "open_flags",
        "created_at",
    ]
    list_filter = [AwaitingModerationFilter, "status", "film", "contains_spoilers"]
    search_fields = ["title", "body", "author__username", "author__email"]
    date_hierarchy = "created_at"
    list_select_related = ["film", "author"]
    action_form = ModerationActionForm
    actions = ["approve", "reject", "hide"]
    inlines = [ReviewFlagInline]
    # Moderators decide; nobody rewrites a member's words.
    fields = [
        "film",
        "author",
        "rating",
        "title",
        "body",
        "contains_spoilers",
        "status",
        "moderation_reason",
        "moderated_by",
        "moderated_at",
        "created_at",
        "updated_at",
    ]
    readonly_fields = [f for f in fields if f not in ("status", "moderation_reason")]

    def has_add_permission(self, request):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).with_open_flag_count()

    @admin.display(description="Open flags", ordering="open_flag_count")
    def open_flags(self, review):
        return review.open_flag_count or ""

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data or "moderation_reason" in form.changed_data:
            decide = {
                UserReview.Status.APPROVED: lambda: review_approve(review=obj, by=request.user),
                UserReview.Status.REJECTED: lambda: review_reject(
                    review=obj, by=request.user, reason=obj.moderation_reason
                ),
                UserReview.Status.HIDDEN: lambda: review_hide(
                    review=obj, by=request.user, reason=obj.moderation_reason
                ),
            }.get(obj.status)
            if decide:
                decide()
                return
        super().save_model(request, obj, form, change)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.base_fields["moderation_reason"].required = False
        return form

    def _decide_each(self, request, queryset, decide, done):
        count = 0
        for review in queryset.select_related("film"):
            decide(review)
            count += 1
        self.message_user(request, f"{count} review{'s' if count != 1 else ''} {done}.")

    @admin.action(description="Approve the selected reviews", permissions=["change"])
    def approve(self, request, queryset):
        self._decide_each(
            request, queryset, lambda r: review_approve(review=r, by=request.user), "approved"
        )

    @admin.action(description="Reject the selected reviews (give a reason)", permissions=["change"])
    def reject(self, request, queryset):
        reason = request.POST.get("reason", "").strip()
        if not reason:
            self.message_user(
                request,
                "Nothing was rejected: write the reason the authors will read, then try again.",
                level=messages.ERROR,
            )
            return
        self._decide_each(
            request,
            queryset,
            lambda r: review_reject(review=r, by=request.user, reason=reason),
            "rejected",
        )

    @admin.action(description="Hide the selected reviews from the site", permissions=["change"])
    def hide(self, request, queryset):
        reason = request.POST.get("reason", "")
        self._decide_each(
            request,
            queryset,
            lambda r: review_hide(review=r, by=request.user, reason=reason),
            "hidden",
        )

    def view_on_site(self, review):
        return review.film.get_absolute_url()


@admin.register(ReviewFlag)
class ReviewFlagAdmin(admin.ModelAdmin):
    list_display = ["review_link", "flagged_by", "reason", "created_at", "resolved_at"]
    list_filter = [("resolved_at", admin.EmptyFieldListFilter)]
    date_hierarchy = "created_at"
    list_select_related = ["review__author", "review__film", "flagged_by"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="Review")
    def review_link(self, flag):
        url = reverse("admin:reviews_userreview_change", args=[flag.review_id])
        return format_html('<a href="{}">{}</a>', url, flag.review)
