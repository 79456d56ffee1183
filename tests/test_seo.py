"""Titles, descriptions, canonical links, social tags and structured data on every page type."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from films.models import Film, PublicationStatus
from reviews.models import UserReview
from tests.factories import make_user_review
from tests.pages import PUBLIC_PAGES

pytestmark = pytest.mark.django_db

# Two pages of one kind, to show that titles name their subject.
PAGES = [
    *PUBLIC_PAGES.values(),
    reverse("films:film-detail", kwargs={"slug": "last-bullet"}),
]


def head_tags(html):
    return {
        "title": re.search(r"<title>(.*?)</title>", html, re.S).group(1),
        "description": re.search(r'<meta name="description" content="([^"]*)"', html).group(1),
        "canonical": re.search(r'<link rel="canonical" href="([^"]*)"', html).group(1),
        "og_title": re.search(r'<meta property="og:title" content="([^"]*)"', html).group(1),
    }


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def test_every_page_has_its_own_title_description_canonical_and_social_tags(client, seeded):
    seen_titles = set()
    for url in PAGES:
        html = client.get(url).content.decode()
        tags = head_tags(html)
        assert tags["title"] not in seen_titles, url
        seen_titles.add(tags["title"])
        assert len(tags["description"]) > 20, url
        assert tags["canonical"] == f"http://testserver{url.split('?')[0]}", url
        assert tags["og_title"]
        assert html.count("<h1") == 1, url
        assert 'href="#main"' in html and 'id="main"' in html
        assert 'type="application/atom+xml"' in html


def test_film_page_social_image_is_the_poster(client, seeded):
    html = client.get(reverse("films:film-detail", kwargs={"slug": "lost-bullet"})).content
    html = html.decode()
    assert '<meta property="og:type" content="video.movie">' in html
    poster = Film.objects.get(slug="lost-bullet").poster.url
    assert f'<meta property="og:image" content="http://testserver{poster}">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_film_json_ld_describes_the_movie(client, seeded):
    html = client.get(reverse("films:film-detail", kwargs={"slug": "lost-bullet"})).content
    (movie,) = json_ld(html.decode())
    assert movie["@type"] == "Movie"
    assert movie["name"] == "Lost Bullet"
    assert movie["alternateName"] == "Balle perdue"
    assert movie["datePublished"] == "2020-06-19"
    assert movie["duration"] == "PT92M"
    assert movie["countryOfOrigin"] == [{"@type": "Country", "name": "France"}]
    assert movie["director"][0]["name"] == "Guillaume Pierret"
    assert {"Alban Lenoir": "Lino", "Ramzy Bedia": "Charas"}.items() <= {
        role["actor"]["name"]: role["characterName"] for role in movie["actor"]
    }.items()
    assert {c["name"] for c in movie["productionCompany"]} == {
        "Inoxy Films",
        "Nolita TV",
        "Versus Production",
    }
    assert movie["image"] == "http://testserver" + Film.objects.get(slug="lost-bullet").poster.url
    assert "review" not in movie and "aggregateRating" not in movie


def test_month_precision_release_is_marked_up_as_a_month(client, seeded):
    html = client.get(reverse("films:film-detail", kwargs={"slug": "lost-bullet-2"})).content
    (movie,) = json_ld(html.decode())
    assert movie["datePublished"] == "2022-11"
    assert "aggregateRating" not in movie  # the Rotten Tomatoes figure is never marked up


def test_aggregate_rating_appears_from_five_approved_ratings_and_matches_the_page(client, seeded):
    film = Film.objects.get(slug="last-bullet")
    url = film.get_absolute_url()
    for rating in (8, 9, 6, 7):
        make_user_review(film=film, rating=rating)
    make_user_review(film=film, rating=1, status=UserReview.Status.PENDING)
    assert "aggregateRating" not in json_ld(client.get(url).content.decode())[0]

    make_user_review(film=film, rating=10)
    html = client.get(url).content.decode()
    rating = json_ld(html)[0]["aggregateRating"]
    assert rating == {
        "@type": "AggregateRating",
        "ratingValue": 4.0,
        "bestRating": 5,
        "worstRating": 0.5,
        "ratingCount": 5,
    }
    assert 'aria-label="4 out of 5 stars"' in html and ">4 out of 5</span>" in html
    assert "from 5 ratings" in html


def test_json_ld_cannot_be_broken_out_of(client, seeded):
    Film.objects.filter(slug="lost-bullet").update(synopsis="</script><script>alert(1)</script>")
    html = client.get(reverse("films:film-detail", kwargs={"slug": "lost-bullet"})).content
    html = html.decode()
    assert "</script><script>alert(1)" not in html
    assert json_ld(html)[0]["description"] == "</script><script>alert(1)</script>"


def test_person_json_ld_names_the_alternative_spellings(client, seeded):
    html = client.get(reverse("films:person-detail", kwargs={"slug": "ramzy-bedia"})).content
    (person,) = json_ld(html.decode())
    assert person["@type"] == "Person"
    assert person["alternateName"] == ["Ramazy Bedia"]


def test_sitemap_lists_every_public_page_and_no_draft(client, seeded):
    Film.objects.filter(slug="last-bullet").update(status=PublicationStatus.DRAFT)
    response = client.get(reverse("sitemap"))
    urls = {
        loc.text
        for loc in ET.fromstring(response.content).iter(
            "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"
        )
    }
    for kind, url in PUBLIC_PAGES.items():
        if kind != "search":
            assert f"http://testserver{url}" in urls, url
    assert "http://testserver/en/films/last-bullet/" not in urls
    assert "http://testserver/en/people/caryl-ferey/" in urls
    assert "http://testserver/en/characters/alvaro/" in urls


def test_robots_txt_points_at_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_every_page_names_the_site_icon_and_favicon_ico_leads_to_it(client, seeded):
    icon = 'rel="icon" href="/static/img/favicon.svg"'
    assert icon in client.get("/en/").content.decode()
    assert icon in client.get("/en/films/lost-bullet/").content.decode()
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/img/favicon.svg"


def test_feed_lists_the_latest_reviews_newest_first(client, seeded):
    film = Film.objects.get(slug="lost-bullet-2")
    make_user_review(film=film, title="Newest community take")
    make_user_review(film=film, title="Not yet approved", status=UserReview.Status.PENDING)
    response = client.get(reverse("reviews:feed"))
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    atom = "{http://www.w3.org/2005/Atom}"
    titles = [entry.find(f"{atom}title").text for entry in feed.iter(f"{atom}entry")]
    assert titles[0] == "Lost Bullet 2: Newest community take"
    assert "Lost Bullet: Ready Steady Cut" in titles
    assert not any("Not yet approved" in title for title in titles)
    links = [entry.find(f"{atom}link").get("href") for entry in feed.iter(f"{atom}entry")]
    assert len(set(links)) == len(links)


def test_not_found_page_is_in_the_site_design(client, db):
    response = client.get("/en/films/no-such-film/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page not found</h1>" in html
    assert 'role="search"' in html and 'class="site-header"' in html


def test_server_error_page_renders_without_a_database():
    """The test has no database access: a query would fail it."""
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "<h1>Something went wrong</h1>" in html
    assert 'href="/en/"' in html


def test_the_feed_sends_member_text_as_text_never_as_markup(client, seeded):
    film = Film.objects.get(slug="lost-bullet-2")
    make_user_review(
        film=film, title="<b>Bold</b> claim", body="<img src=x onerror=alert(1)> & more"
    )
    feed = ET.fromstring(client.get(reverse("reviews:feed")).content)
    atom = "{http://www.w3.org/2005/Atom}"
    entry = next(feed.iter(f"{atom}entry"))
    summary = entry.find(f"{atom}summary")
    # A feed reader renders type="html" content as markup: the member's tags must arrive as
    # escaped text inside it.
    assert summary.get("type") == "html"
    assert "<img" not in summary.text
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; more" in summary.text
    assert entry.find(f"{atom}title").text == "Lost Bullet 2: <b>Bold</b> claim"
