"""What a visitor sees on the pages built on the seed content."""

import re

import pytest
from django.urls import reverse

from films.horizon import COOKIE_NAME
from films.models import Film, PublicationStatus

pytestmark = pytest.mark.django_db


def test_home_page_lists_the_trilogy_in_order(client, seeded):
    html = client.get(reverse("home")).content.decode()
    positions = [html.index(title) for title in ("Lost Bullet", "Lost Bullet 2", "Last Bullet")]
    assert positions == sorted(positions)
    assert "83% positive of 6" in html


def test_film_page_shows_infobox_facts_with_references(client, seeded):
    response = client.get(reverse("films:film-detail", kwargs={"slug": "lost-bullet"}))
    html = response.content.decode()
    for fact in (
        "Balle perdue",
        "19 June 2020",
        "1 h 32 min",
        "Kamel Guemra",
        "Inoxy Films, Nolita TV, Versus Production",
        "Sète, Languedoc, France",
        "37 million",
        "probably one of the best Gallic action movies",
        "Our critics' score: <strong>83%</strong> positive, of 6 reviews",
        "Lost Bullet (2020 film)",
    ):
        assert fact in html, fact
    assert '<details class="spoiler">' in html
    assert 'href="#ref-1"' in html and 'id="ref-1"' in html


def test_lost_bullet_2_shows_its_month_and_the_rotten_tomatoes_figure(client, seeded):
    html = client.get(reverse("films:film-detail", kwargs={"slug": "lost-bullet-2"})).content
    html = html.decode()
    assert "November 2022" in html
    assert "Rotten Tomatoes: <strong>86%</strong> approval rating, of 6 critics" in html
    assert 'rel="prev" href="/en/films/lost-bullet/"' in html
    assert 'rel="next" href="/en/films/last-bullet/"' in html


def test_a_draft_film_is_not_found(client, seeded):
    Film.objects.filter(slug="last-bullet").update(status=PublicationStatus.DRAFT)
    response = client.get(reverse("films:film-detail", kwargs={"slug": "last-bullet"}))
    assert response.status_code == 404
    assert 'href="/en/films/last-bullet/"' not in client.get(reverse("home")).content.decode()


def test_person_page_shows_every_role_and_alternative_spellings(client, seeded):
    client.cookies[COOKIE_NAME] = "3"  # every film seen: every credit listed
    html = client.get(reverse("films:person-detail", kwargs={"slug": "ramzy-bedia"})).content
    html = html.decode()
    assert "Also spelled: Ramazy Bedia" in html
    assert 'Actor, as <a href="/en/characters/charas/">Charas</a>' in html

    html = client.get(reverse("films:person-detail", kwargs={"slug": "alban-lenoir"})).content
    html = html.decode()
    assert html.count("/en/characters/lino/") == 3
    assert "Writer" in html and "Producer" in html


def test_character_page_shows_who_played_them_in_each_film(client, seeded):
    client.cookies[COOKIE_NAME] = "3"  # every film seen: every film listed
    html = client.get(reverse("films:character-detail", kwargs={"slug": "lino"})).content.decode()
    assert html.count('Played by <a href="/en/people/alban-lenoir/">Alban Lenoir</a>') == 3
    html = client.get(reverse("films:character-detail", kwargs={"slug": "alvaro"})).content
    html = html.decode()
    assert '<a href="/en/films/lost-bullet-2/">Lost Bullet 2</a>' in html
    assert "Played by" not in html
    assert "not named" not in html


def test_editorial_piece_page_renders_subheadings(client, seeded):
    url = reverse("films:piece-detail", kwargs={"slug": "lost-bullet-ending-explained"})
    html = client.get(url).content.decode()
    assert re.search(r"<h2[^>]*>Why did Areski kill Charas\?</h2>", html)
    assert 'href="/en/films/lost-bullet/"' in html


def test_critic_and_publication_pages_list_their_reviews(client, seeded):
    html = client.get(reverse("reviews:critic-detail", kwargs={"slug": "jonathon-wilson"}))
    assert "a bland, thin, formulaic genre vehicle" in html.content.decode()
    html = client.get(reverse("reviews:publication-detail", kwargs={"slug": "paste"}))
    assert "Kenneth Lowe" in html.content.decode()


def test_posters_are_served_as_responsive_thumbnails(client, seeded, media_root):
    from PIL import Image

    html = client.get(reverse("home")).content.decode()
    srcset = re.search(r'<img[^>]+srcset="([^"]+)"[^>]*alt="Poster of Lost Bullet \(2020\)"', html)
    assert srcset, "the home page shows the Lost Bullet poster with a srcset"
    candidates = [part.strip().split(" ") for part in srcset.group(1).split(",")]
    assert [width for _url, width in candidates] == ["160w", "320w", "480w", "600w"]
    thumbnail = media_root / candidates[0][0].removeprefix("/media/")
    with Image.open(thumbnail) as image:
        assert (image.format, image.size) == ("WEBP", (160, 240))
    img = re.search(r'<img[^>]+alt="Poster of Lost Bullet \(2020\)"[^>]*>', html).group(0)
    assert 'width="320" height="480"' in img
