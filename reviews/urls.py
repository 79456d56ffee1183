from django.urls import path, register_converter

from pagecache import cache_public_page
from reviews import views
from reviews.feeds import LatestReviewsFeed
from reviews.models import Critic, Publication

app_name = "reviews"


class UsernameConverter:
    """The characters a username can hold: a NUL or a slash never reaches the database."""

    regex = r"[\w.@+-]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(UsernameConverter, "username")

urlpatterns = [
    path("reviews/", views.review_list, name="review-list"),
    path("reviews/feed/", cache_public_page(LatestReviewsFeed(), topics=("reviews",)), name="feed"),
    path("films/<slug:slug>/review/", views.review_create, name="review-create"),
    path("reviews/<int:pk>/edit/", views.review_edit, name="review-edit"),
    path("reviews/<int:pk>/delete/", views.review_delete, name="review-delete"),
    path("reviews/<int:pk>/flag/", views.review_flag_create, name="review-flag"),
    path("reviews/<int:pk>/helpful/", views.review_vote_create, name="review-vote"),
    path("members/<username:username>/", views.member_detail, name="member-detail"),
    path("critics/", views.byline_list, {"model": Critic}, name="critic-list"),
    path("critics/<slug:slug>/", views.byline_detail, {"model": Critic}, name="critic-detail"),
    path("publications/", views.byline_list, {"model": Publication}, name="publication-list"),
    path(
        "publications/<slug:slug>/",
        views.byline_detail,
        {"model": Publication},
        name="publication-detail",
    ),
]
