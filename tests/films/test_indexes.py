"""Every kind of page has an index: the characters hub, the cast and crew, each film's full
cast and crew, the critics and the publications; the home page leads to them and to some
characters."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from films.models import Character, Credit, Film, Person, Role
from reviews.models import Critic, CriticReview, Publication
from tests.factories import make_character, make_credit, make_critic_review, make_person
from tests.pages import HORIZONS, disclosures

pytestmark = pytest.mark.django_db


def main(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def in_order(html, *texts):
    positions = [html.index(text) for text in texts]
    return positions == sorted(positions)


def french(name, **kwargs):
    with translation.override("fr"):
        return reverse(name, kwargs=kwargs or None)


def test_the_indexes_answer_at_their_addresses(client, seeded):
    assert reverse("films:character-list") == "/en/characters/"
    assert reverse("films:person-list") == "/en/people/"
    assert reverse("films:film-credits", kwargs={"slug": "lost-bullet"}) == (
        "/en/films/lost-bullet/credits/"
    )
    for url in ("/en/characters/", "/en/people/", "/fr/characters/", "/fr/people/"):
        assert client.get(url).status_code == 200, url


def test_the_characters_hub_introduces_each_character_grouped_by_their_first_film(client, seeded):
    html = main(client, reverse("films:character-list"))
    lino, resz = Character.objects.get(slug="lino"), Character.objects.get(slug="resz")
    for character in Character.objects.filter(appearances__isnull=False).distinct():
        assert f'href="{character.get_absolute_url()}"' in html, character
        assert character.introduction.replace("'", "&#x27;") in html, character
    # Lost Bullet introduces Lino, its lead, first; Resz waits for Lost Bullet 2.
    assert in_order(html, "Introduced in", "Lost Bullet<", lino.name, "Lost Bullet 2<", resz.name)
    assert in_order(html, ">Lino<", ">Charas<")
    # Who played them in the film that introduces them, linked.
    lenoir = Person.objects.get(slug="alban-lenoir")
    assert f'<a href="{lenoir.get_absolute_url()}">{lenoir.name}</a>' in html


def test_the_characters_hub_tells_no_fate_at_any_horizon(client, seeded):
    """Introductions are set-up; the arcs, the end states and the films a character goes on to
    appear in are not on the hub."""
    arcs = [arc for character in Character.objects.all() for arc in character.arcs.all()]
    for films_seen in HORIZONS:
        found = disclosures(client, reverse("films:character-list"), films_seen)
        for arc in arcs:
            if arc.end_state:
                assert arc.end_state not in found.visible_text, (arc, films_seen)
        assert "Dead" not in found.visible_text
    # Stella is first seen in Lost Bullet but credited only from Lost Bullet 2: naming her actor
    # on the hub would tell she is back.
    html = main(client, reverse("films:character-list"))
    stella = Character.objects.get(slug="stella")
    card = html[html.index(f'href="{stella.get_absolute_url()}"') :].split("</li>")[0]
    assert "Played by" not in card


def test_the_people_index_groups_everyone_by_job_in_full_credits_order(client, seeded):
    html = main(client, reverse("films:person-list"))
    for person in Person.objects.all():
        assert f'href="{person.get_absolute_url()}"' in html, person
    assert in_order(html, 'id="role-director"', 'id="role-writer"', 'id="role-cast"')
    assert in_order(html, 'id="role-cast"', 'id="role-producer"', 'id="role-composer"')
    cast = html[html.index('id="role-cast"') : html.index('id="role-producer"')]
    lino = Character.objects.get(slug="lino")
    played = f'<span class="muted">—</span> <a href="{lino.get_absolute_url()}">Lino<'
    assert f">Alban Lenoir</a> {played}" in cast
    # Alban Lenoir writes and produces too: he is in each group.
    writers = html[html.index('id="role-writer"') : html.index('id="role-cast"')]
    assert ">Alban Lenoir<" in writers


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_people_index_sorts_names_as_readers_do(client, seeded, language):
    """Accents and case only break ties: "Gérard" before "Guillaume", "Émile" among the E's,
    where a sort on code points puts every accented letter after "z"."""
    film = Film.objects.get(slug="lost-bullet")
    for name in ("Guillaume Zorn", "Émile Abel", "Gérard Zorn", "Eric Zorn", "Zoé Abel"):
        make_credit(film=film, person=make_person(name=name))
    with translation.override(language):
        html = main(client, reverse("films:person-list"))
    cast = html[html.index('id="role-cast"') : html.index('id="role-producer"')]
    assert in_order(cast, ">Émile Abel<", ">Eric Zorn<", ">Gérard Zorn<", ">Guillaume Zorn<")
    assert in_order(cast, ">Gérard Lanvin<", ">Gérard Zorn<", ">Guillaume Zorn<", ">Zoé Abel<")


def test_the_indexes_leave_out_what_is_not_published(client, seeded):
    draft = Film.objects.create(title="Unseen", slug="unseen", series_position=9)
    secret = make_character(name="Secret Twin")
    secret.appearances.add(draft)
    make_credit(film=draft, person=make_person(name="Hidden Actor"), character=secret)
    for url in (reverse("films:character-list"), reverse("films:person-list")):
        html = main(client, url)
        assert "Secret Twin" not in html and "Hidden Actor" not in html
    assert client.get(reverse("films:film-credits", kwargs={"slug": "unseen"})).status_code == 404


def test_the_full_cast_and_crew_lists_every_credit_by_role(client, seeded):
    film = Film.objects.get(slug="last-bullet")
    html = main(client, reverse("films:film-credits", kwargs={"slug": film.slug}))
    credits = Credit.objects.filter(film=film).select_related("person", "character")
    assert credits
    for credit in credits:
        assert f'href="{credit.person.get_absolute_url()}"' in html, credit
        if credit.character:
            assert f'href="{credit.character.get_absolute_url()}">{credit.character.name}<' in html
        if credit.note:
            assert f"({credit.note})" in html, credit
    roles = {Role(role) for role in credits.values_list("role", flat=True)}
    headings = re.findall(r'id="credits-(\w+)-heading"', html)
    assert headings == [
        role.value for role in sorted(roles, key=lambda role: role.full_credits_rank)
    ]
    assert headings.index("cast") < headings.index("producer")
    # The cast in billing order.
    cast = [c for c in credits if c.role == Role.CAST]
    cast_html = html[html.index('id="credits-cast-heading"') :]
    assert in_order(
        cast_html,
        *(
            f">{escape(c.person.name)}<"
            for c in sorted(cast, key=lambda c: (c.billing_order, c.pk))
        ),
    )


def test_the_film_page_links_to_its_full_cast_and_crew(client, seeded):
    film = Film.objects.get(slug="lost-bullet")
    html = main(client, film.get_absolute_url())
    assert f'href="{reverse("films:film-credits", kwargs={"slug": film.slug})}"' in html
    html = main(client, film.get_absolute_url().replace("/en/", "/fr/"))
    assert f'href="{french("films:film-credits", slug=film.slug)}">Générique complet<' in html


def test_the_critics_and_publications_have_indexes(client, seeded):
    silent = Critic.objects.create(name="Never Published", slug="never-published")
    make_critic_review(critic=silent, status="draft")
    html = main(client, reverse("reviews:critic-list"))
    published = CriticReview.objects.published()
    critics = Critic.objects.filter(reviews__in=published).distinct()
    assert critics
    for critic in critics:
        assert f'href="{critic.get_absolute_url()}"' in html
    assert "Never Published" not in html
    html = main(client, reverse("reviews:publication-list"))
    for publication in Publication.objects.filter(reviews__in=published).distinct():
        assert f'href="{publication.get_absolute_url()}"' in html
    review_list = main(client, reverse("reviews:review-list"))
    assert f'href="{reverse("reviews:critic-list")}"' in review_list
    assert f'href="{reverse("reviews:publication-list")}"' in review_list


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_home_page_leads_to_the_indexes_and_some_characters(client, seeded, language):
    with translation.override(language):
        html = main(client, reverse("home"))
        for name in (
            "films:character-list",
            "films:person-list",
            "films:timeline",
            "films:vehicle-list",
        ):
            assert f'href="{reverse(name)}"' in html, name
        lino = Character.objects.get(slug="lino")
        assert f'href="{lino.get_absolute_url()}"' in html
        assert in_order(html, ">Lino<", ">Charas<")
