"""Draft and future-dated content stays off every public page until it is published and due."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from films.horizon import COOKIE_NAME
from films.models import EditorialPiece, Film, PublicationStatus
from reviews.models import CriticReview
from tests.factories import make_staff, make_user, make_user_review
from tests.pages import LISTINGS, PUBLIC_PAGES

pytestmark = pytest.mark.django_db

# Every page that shows Last Bullet, or a review of it, while it is published.
SHOWING_LAST_BULLET = [
    *LISTINGS,
    reverse("films:person-detail", kwargs={"slug": "caryl-ferey"}),
    reverse("films:character-detail", kwargs={"slug": "yuri"}),
    reverse("search:search") + "?q=last",
]


def visible_anywhere(client, needle, pages=SHOWING_LAST_BULLET):
    return [url for url in pages if needle in client.get(url).content.decode()]


@pytest.mark.parametrize(
    "hide",
    [
        {"status": PublicationStatus.DRAFT},
        {"published_at": timezone.now() + timedelta(days=2)},
    ],
    ids=["draft", "future-dated"],
)
def test_an_unpublished_film_is_on_no_public_page_until_published(client, seeded, hide):
    film = Film.objects.get(slug="last-bullet")
    make_user_review(film=film, title="A community review of the finale")
    # Seen the first two: person and character pages list the third (Horizon.within_reach).
    client.cookies[COOKIE_NAME] = "2"
    for page in SHOWING_LAST_BULLET:  # cached while published
        client.get(page)
    for field, value in hide.items():
        setattr(film, field, value)
    film.save()

    assert client.get(film.get_absolute_url()).status_code == 404
    assert visible_anywhere(client, "/en/films/last-bullet/") == []
    assert visible_anywhere(client, "A community review of the finale") == []

    film.status, film.published_at = PublicationStatus.PUBLISHED, timezone.now()
    film.save()
    assert client.get(film.get_absolute_url()).status_code == 200
    assert visible_anywhere(client, "/en/films/last-bullet/") == SHOWING_LAST_BULLET


def test_a_draft_critic_review_is_hidden_until_published(client, seeded):
    review = CriticReview.objects.get(critic__slug="jonathon-wilson")
    CriticReview.objects.filter(pk=review.pk).update(status=PublicationStatus.DRAFT)
    film_page = client.get(review.film.get_absolute_url()).content.decode()
    assert "formulaic genre vehicle" not in film_page
    assert "100%</strong> positive, of 5 reviews" in film_page
    assert visible_anywhere(client, "formulaic genre vehicle") == []


def test_a_draft_article_is_hidden_from_the_index_and_its_page(client, seeded):
    piece = EditorialPiece.objects.get(slug="last-bullet-explained")
    EditorialPiece.objects.filter(pk=piece.pk).update(status=PublicationStatus.DRAFT)
    assert client.get(piece.get_absolute_url()).status_code == 404
    assert piece.title not in client.get(reverse("films:piece-list")).content.decode()
    assert piece.get_absolute_url() not in client.get(reverse("sitemap")).content.decode()


@pytest.mark.parametrize(
    ("url_name", "model", "slug"),
    [
        ("films:film-preview", Film, "last-bullet"),
        ("films:piece-preview", EditorialPiece, "last-bullet-explained"),
    ],
)
def test_only_staff_can_preview_a_draft(client, seeded, url_name, model, slug):
    model.objects.filter(slug=slug).update(status=PublicationStatus.DRAFT)
    url = reverse(url_name, kwargs={"slug": slug})

    anonymous = client.get(url)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]
    client.force_login(make_user())
    assert client.get(url).status_code == 302

    client.force_login(make_staff("Editors"))
    html = client.get(url).content.decode()
    assert "Preview: this page is not published" in html
    assert '<meta name="robots" content="noindex">' in html


def test_the_admin_view_on_site_link_of_a_draft_opens_the_preview(client, seeded):
    film = Film.objects.get(slug="last-bullet")
    Film.objects.filter(pk=film.pk).update(status=PublicationStatus.DRAFT)
    client.force_login(make_staff("Editors"))
    html = client.get(reverse("admin:films_film_change", args=[film.pk])).content.decode()
    assert "/en/films/last-bullet/preview/" in html


def rename_to_a_draft(slug, title):
    film = Film.objects.get(slug=slug)
    film.title = title
    film.status = PublicationStatus.DRAFT
    film.save()


def test_a_draft_films_title_appears_on_no_public_page(client, seeded):
    rename_to_a_draft("last-bullet", "Working Title Zeta")
    pages = [
        *SHOWING_LAST_BULLET,
        PUBLIC_PAGES["article list"],
        *(piece.get_absolute_url() for piece in EditorialPiece.objects.published()),
        reverse("search:search") + "?q=zeta",
    ]
    assert visible_anywhere(client, "Working Title Zeta", pages) == []


def test_a_draft_films_title_appears_on_no_other_films_page(client, seeded):
    rename_to_a_draft("last-bullet", "Working Title Zeta")
    pages = [film.get_absolute_url() for film in Film.objects.published()]
    assert visible_anywhere(client, "Working Title Zeta", pages) == []
