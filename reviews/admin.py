from django.contrib import admin

from reviews.models import AggregateScore, Critic, CriticReview, Publication, UserReview


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin):
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Critic)
class CriticAdmin(admin.ModelAdmin):
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(CriticReview)
class CriticReviewAdmin(admin.ModelAdmin):
    list_display = ["film", "critic", "publication", "verdict", "status"]
    list_filter = ["verdict", "status", "film"]
    search_fields = ["pull_quote", "critic__name", "publication__name"]
    autocomplete_fields = ["film", "critic", "publication"]
    list_select_related = ["film", "critic", "publication"]


@admin.register(AggregateScore)
class AggregateScoreAdmin(admin.ModelAdmin):
    list_display = ["film", "aggregator", "value", "review_count", "as_of", "status"]
    list_filter = ["aggregator"]
    autocomplete_fields = ["film"]


@admin.register(UserReview)
class UserReviewAdmin(admin.ModelAdmin):
    list_display = ["title", "film", "author", "rating", "status", "created_at"]
    list_filter = ["status", "film"]
    search_fields = ["title", "body", "author__username"]
    readonly_fields = ["created_at", "updated_at"]
    list_select_related = ["film", "author"]
