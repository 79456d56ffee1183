"""The timeline tells the story in story order, film by film, each film's events folded until the
reader has seen it."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from films.models import Film, TimelineEvent
from tests.factories import make_staff
from tests.pages import HORIZONS, PUBLIC_PAGES, disclosures, words

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("films_seen", HORIZONS)
def test_each_event_is_open_once_its_film_is_seen_and_folded_under_it_before(
    client, seeded, films_seen
):
    found = disclosures(client, PUBLIC_PAGES["timeline"], films_seen)
    events = list(TimelineEvent.objects.select_related("film", "spoils"))
    assert {event.film.slug for event in events} == {"lost-bullet", "lost-bullet-2", "last-bullet"}
    for event in events:
        # The label is inside the fold too: "Six months after Charas's death" spoils the first.
        for part in (words(event.when), words(event.text)):
            found.assert_open_once_seen(part, event.spoils, films_seen, (event, films_seen))
    # The films' names, which spoil nothing, head each part of the page.
    for title in ("Lost Bullet (2020)", "Lost Bullet 2 (2022)", "Last Bullet (2025)"):
        assert title in found.visible_text


def test_a_reader_who_has_seen_only_the_first_film_learns_nothing_of_the_sequels(client, seeded):
    found = disclosures(client, PUBLIC_PAGES["timeline"], 1)
    for secret in ("resigns", "Resz", "Marco by accident", "German border", "two years"):
        assert secret.lower() not in found.visible_text.lower(), secret
    assert "Charas" in found.visible_text  # the first film's events are open


def test_events_are_in_story_order_with_the_time_between_the_films(client, seeded):
    text = disclosures(client, PUBLIC_PAGES["timeline"], 3).visible_text
    moments = [
        "The opening",
        "The day Charas dies",
        "The final run",
        "Six months after Charas's death",
        "A year later",
        "At the Spanish border",
        "Two years after Charas's death",
        "At the German border",
        "The end",
    ]
    positions = [text.index(moment) for moment in moments]
    assert positions == sorted(positions)
    assert "Lino rams his armoured Clio into a jewellery shop" in text
    assert "Yuri kills Resz" in text
    # Where the time between the films is our reckoning, the event says so.
    assert "by our reckoning, about six months after it" in text


def test_the_timeline_cites_its_sources(client, seeded):
    html = client.get(PUBLIC_PAGES["timeline"]).content.decode()
    assert 'id="references-heading"' in html
    for title in ("Lost Bullet (2020 film)", "Lost Bullet 2", "Last Bullet: the story"):
        assert title in html
    assert not TimelineEvent.objects.filter(citations__isnull=True).exists()


def test_film_pages_link_to_their_part_of_the_timeline(client, seeded):
    for film in Film.objects.all():
        html = client.get(film.get_absolute_url()).content.decode()
        assert f'href="{reverse("films:timeline")}#timeline-{film.slug}"' in html
    html = client.get(PUBLIC_PAGES["timeline"]).content.decode()
    assert 'id="timeline-lost-bullet-2"' in html


def test_the_events_of_a_draft_film_are_left_out(client, seeded):
    Film.objects.filter(slug="last-bullet").update(status="draft")
    found = disclosures(client, PUBLIC_PAGES["timeline"], 3)
    assert "Two years after Charas's death" not in found.visible_text
    assert "Last Bullet (2025)" not in found.visible_text


def test_an_event_spoils_at_least_its_own_film(seeded):
    finale = Film.objects.get(slug="last-bullet")
    untagged = TimelineEvent.objects.create(film=finale, when="Later", text="Something happens.")
    assert untagged.spoils == finale
    too_early = TimelineEvent(
        film=finale, when="Later", text="Something.", spoils=Film.objects.get(slug="lost-bullet")
    )
    with pytest.raises(ValidationError, match="spoils that film at least"):
        too_early.full_clean()


def test_editors_run_the_timeline_from_the_admin(client, seeded):
    client.force_login(make_staff("Editors"))
    assert client.get(reverse("admin:films_timelineevent_changelist")).status_code == 200
    event = TimelineEvent.objects.get(when="A year later")
    response = client.get(reverse("admin:films_timelineevent_change", args=[event.pk]))
    assert response.status_code == 200
    assert {"film", "when_en", "when_fr", "text_en", "text_fr", "spoils", "order"} <= set(
        response.context["adminform"].form.fields
    )
