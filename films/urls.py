from django.urls import path

from films import views

app_name = "films"

# The film list and film pages join these in bulletsite.urls: they show reviews as well.
urlpatterns = [
    path("films/<slug:slug>/credits/", views.film_credits, name="film-credits"),
    path("people/", views.person_list, name="person-list"),
    path("people/<slug:slug>/", views.person_detail, name="person-detail"),
    path("characters/", views.character_list, name="character-list"),
    path("characters/<slug:slug>/", views.character_detail, name="character-detail"),
    path("cars/", views.vehicle_list, name="vehicle-list"),
    path("cars/<slug:slug>/", views.vehicle_detail, name="vehicle-detail"),
    path("timeline/", views.timeline, name="timeline"),
    path("articles/", views.piece_list, name="piece-list"),
    path("articles/<slug:slug>/", views.piece_detail, name="piece-detail"),
    path("articles/<slug:slug>/preview/", views.piece_preview, name="piece-preview"),
    path("seen-up-to/", views.horizon_set, name="horizon-set"),
]
