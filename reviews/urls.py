from django.urls import path

from reviews import views
from reviews.feeds import LatestReviewsFeed

app_name = "reviews"

urlpatterns = [
    path("reviews/", views.review_list, name="review-list"),
    path("reviews/feed/", LatestReviewsFeed(), name="feed"),
    path("critics/<slug:slug>/", views.critic_detail, name="critic-detail"),
    path("publications/<slug:slug>/", views.publication_detail, name="publication-detail"),
]
