"""A sequel's page opens with "Previously on…", a recap of the films before it, each part folded
under the film it retells until the reader has seen that film."""

import pytest
from django.urls import reverse

from films.models import Film, FilmPassage
from tests.factories import make_staff
from tests.pages import HORIZONS, Disclosures, html_of, words

pytestmark = pytest.mark.django_db


def film_page(client, slug, films_seen):
    return html_of(client, reverse("films:film-detail", kwargs={"slug": slug}), films_seen)


@pytest.mark.parametrize("films_seen", HORIZONS)
@pytest.mark.parametrize("slug", ["lost-bullet-2", "last-bullet"])
def test_a_recap_is_open_for_the_films_seen_and_folded_under_the_others(
    client, seeded, slug, films_seen
):
    html = film_page(client, slug, films_seen)
    found = Disclosures(html)
    assert "Previously on…" in found.visible_text
    recap = list(
        FilmPassage.objects.filter(film__slug=slug, section="recap").select_related("spoils")
    )
    assert recap
    for passage in recap:
        text = words(passage.text)
        found.assert_open_once_seen(text, passage.spoils, films_seen, (passage, films_seen))


def test_each_recap_retells_only_the_films_before_its_own(seeded):
    for passage in FilmPassage.objects.filter(section="recap").select_related("film", "spoils"):
        assert passage.spoils.series_position < passage.film.series_position, passage
    spoiled = {
        film.slug: set(
            FilmPassage.objects.filter(film=film, section="recap").values_list(
                "spoils__slug", flat=True
            )
        )
        for film in Film.objects.all()
    }
    assert spoiled == {
        "lost-bullet": set(),
        "lost-bullet-2": {"lost-bullet"},
        "last-bullet": {"lost-bullet", "lost-bullet-2"},
    }


def test_the_recap_comes_before_the_plot_and_tells_the_earlier_story(client, seeded):
    text = Disclosures(film_page(client, "last-bullet", 3)).visible_text
    assert text.index("Previously on…") < text.index("Plot")
    recap = text[text.index("Previously on…") : text.index("Plot")]
    for fact in (
        "bullet",
        "Charas's Renault",
        "Julia killed Marco by accident",
        "one review has him end up in a Spanish prison",
        "left the police",
        "Charas's crucifix",
    ):
        assert fact in recap, fact
    sequel = Disclosures(film_page(client, "lost-bullet-2", 1)).visible_text
    recap = sequel[sequel.index("Previously on…") : sequel.index("Plot")]
    assert "a bullet lodged in Charas's Renault" in recap and "Areski fled" in recap


def test_the_first_film_has_no_recap(client, seeded):
    assert "Previously on" not in film_page(client, "lost-bullet", 3)


def test_a_recap_cites_its_sources(client, seeded):
    html = film_page(client, "lost-bullet-2", 3)
    heading = html[html.index('id="recap-heading"') :]
    heading = heading[: heading.index("</h2>")]
    assert 'href="#ref-' in heading


def test_editors_write_recaps_like_other_passages(client, seeded):
    """On the film's passages page, linked from its form."""
    client.force_login(make_staff("Editors"))
    film = Film.objects.get(slug="lost-bullet-2")
    response = client.get(
        reverse("admin:films_filmpassage_changelist"), {"film__id__exact": film.pk}
    )
    sections = {passage.section for passage in response.context["cl"].result_list}
    assert "recap" in sections
    response = client.get(reverse("admin:films_filmpassage_add"), {"film": film.pk})
    form = response.context["adminform"].form
    assert form.initial["film"] == str(film.pk), "the add link preselects the film"
    choices = dict(form.fields["section"].choices)
    assert choices["recap"] == "Previously on"
