"""The seed's facts reach readers: each is in the visible text of a public page, outside any
spoiler disclosure, and no note meant for editors is."""

import pytest
from django.urls import reverse
from django.utils.translation import override

from films.horizon import COOKIE_NAME
from films.models import Character, EditorialPiece, Film, Person
from tests.pages import PUBLIC_PAGES, Disclosures

pytestmark = pytest.mark.django_db

FILM_FACTS = {
    "lost-bullet": [
        "Balle perdue",
        "19 June 2020",
        "1 h 32 min",
        "Alban Lenoir as Lino",
        "Nicolas Duvauchelle as Areski",
        "Ramzy Bedia as Charas",
        "Stéfi Celma as Julia",
        "Sébastien Lalanne as Marco",
        "Rod Paradot as Quentin",
        "Pascale Arbillot as Moss",
        "Director Guillaume Pierret",
        "Writers Guillaume Pierret [2] , Alban Lenoir [2] , Kamel Guemra",
        "Production companies Inoxy Films, Nolita TV, Versus Production",
        "Distributor Netflix",
        "Country France",
        "Language French",
        "Sète, Languedoc, France",
        "37 million",
    ],
    "lost-bullet-2": [
        "Balle perdue 2",
        "November 2022",
        "1 h 40 min",
        "Gérard Lanvin as Resz",
        "Quentin D'Hainaut as Yuri",
        "Anne Serra as Stella",
        "Cinematographer Morgan S. Dalibert",
        "Composer Romain Trouillet",
        "Producers Guillaume Pierret [2] , Alban Lenoir",
        "Agde, Hérault, Occitanie, France",
        "Montpellier, Occitanie, France",
        "most-watched non-English-language film",
        "Rotten Tomatoes: 86% approval rating, of 6 critics.",
    ],
    "last-bullet": [
        "Balle perdue 3",
        "7 May 2025",
        "1 h 52 min",
        "Writers Guillaume Pierret [1] , Caryl Férey",
        "Producer Rémi Leautier",
        "Executive producer Jacques-Henri Bronckart",
        # No source names these two for Last Bullet: the credit says it is inferred.
        "Gérard Lanvin as Resz (presumably: our sources name him in this part only for Lost "
        "Bullet 2)",
        "Quentin D'Hainaut as Yuri (presumably:",
        "Distributor Netflix",
        "Country France",
    ],
}

CRITICS_ON_LOST_BULLET = [
    (
        "“probably one of the best Gallic action movies to come along in a while”",
        "Jordan Mintzer , The Hollywood Reporter · Positive",
    ),
    (
        "“impressively lean French thriller wastes nothing in its quest to deliver the goods”",
        "Elisabeth Vincentelli , The New York Times · Positive",
    ),
    (
        "“an entertaining, well-staged action flick that does much well even if it does little "
        "new”",
        "Kenneth Lowe , Paste · Positive",
    ),
    ("“a bland, thin, formulaic genre vehicle”", "Jonathon Wilson , Ready Steady Cut · Negative"),
]

EDITORS_NOTES = ["not named in our sources", "actor not named", "as reported in"]


def visible(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return Disclosures(response.content.decode()).visible_text


@pytest.mark.parametrize("slug", FILM_FACTS)
def test_each_films_facts_are_visible_on_its_page(client, seeded, slug):
    text = visible(client, reverse("films:film-detail", kwargs={"slug": slug}))
    missing = [fact for fact in FILM_FACTS[slug] if fact not in text]
    assert not missing, f"{slug}: {missing}"


def test_every_critics_quote_shows_with_critic_and_publication(client, seeded):
    text = visible(client, reverse("films:film-detail", kwargs={"slug": "lost-bullet"}))
    for quote, byline in CRITICS_ON_LOST_BULLET:
        assert f"{quote} {byline}" in text
    critic = visible(client, reverse("reviews:critic-detail", kwargs={"slug": "jordan-mintzer"}))
    assert CRITICS_ON_LOST_BULLET[0][0] in critic


def test_people_and_characters_pages_carry_the_credits(client, seeded):
    client.cookies[COOKIE_NAME] = "3"  # every film seen: every film's credits listed
    lenoir = visible(client, reverse("films:person-detail", kwargs={"slug": "alban-lenoir"}))
    for film in ("Lost Bullet", "Lost Bullet 2", "Last Bullet"):
        assert film in lenoir
    resz = visible(client, reverse("films:character-detail", kwargs={"slug": "resz"}))
    assert "Alexander Resz" in resz and "Played by Gérard Lanvin" in resz
    assert "Gérard Lanvin (presumably: our sources name him in this part only" in resz
    with override("fr"):
        resz_fr = visible(client, reverse("films:character-detail", kwargs={"slug": "resz"}))
    assert "Lanvin (sans doute" in resz_fr
    assert "nos sources ne le citent dans ce rôle que pour Balle perdue 2)" in resz_fr


def test_no_page_shows_a_note_meant_for_editors(client, seeded):
    urls = [
        *PUBLIC_PAGES.values(),
        *(film.get_absolute_url() for film in Film.objects.all()),
        *(character.get_absolute_url() for character in Character.objects.all()),
        *(person.get_absolute_url() for person in Person.objects.all()),
        *(piece.get_absolute_url() for piece in EditorialPiece.objects.all()),
    ]
    for url in urls:
        html = " ".join(client.get(url).content.decode().split())
        for note in EDITORS_NOTES:
            assert note not in html, (url, note)
