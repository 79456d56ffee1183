from django.urls import path

from reviews import views

app_name = "reviews"

urlpatterns = [
    path("critics/<slug:slug>/", views.critic_detail, name="critic-detail"),
    path("publications/<slug:slug>/", views.publication_detail, name="publication-detail"),
]
