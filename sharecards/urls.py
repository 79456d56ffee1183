from django.urls import path

from sharecards import views

# No namespace: pages name their card "share-card", as they did before this app existed.
# Included in i18n_patterns (bulletsite/urls.py): the address names the card's language.
urlpatterns = [
    path("cards/<str:kind>/<str:slug>.png", views.share_card, name="share-card"),
]
