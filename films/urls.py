from django.urls import path

from films import views

app_name = "films"

urlpatterns = [
    path("films/", views.film_list, name="film-list"),
    path("films/<slug:slug>/", views.film_detail, name="film-detail"),
    path("films/<slug:slug>/preview/", views.film_preview, name="film-preview"),
    path("people/<slug:slug>/", views.person_detail, name="person-detail"),
    path("characters/<slug:slug>/", views.character_detail, name="character-detail"),
    path("articles/", views.piece_list, name="piece-list"),
    path("articles/<slug:slug>/", views.piece_detail, name="piece-detail"),
    path("articles/<slug:slug>/preview/", views.piece_preview, name="piece-preview"),
]
