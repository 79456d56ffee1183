"""One member cannot take a page down for everyone: text holding a character that a page or a
feed cannot carry (a control character, a noncharacter) is refused at the door by every form a
member writes in, with the rest of what they typed kept; and the feed leaves such characters
out of text stored before, instead of answering 500."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils import translation

from reviews.models import ReviewFlag, UserReview
from tests.factories import make_critic_review, make_user, make_user_review
from tests.pages import write_url

pytestmark = pytest.mark.django_db

UNSHOWABLE = ["\x0b", "\x01", "\x1f", "\x7f", "\x85", "\ufffe", "\ufdd0"]
REFUSED = "cannot be shown"
BODY = "Lean and mean: the chases are real and Lenoir does his own stunts."


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_feed_leaves_out_what_xml_cannot_carry_in_text_stored_before(client, language):
    review = make_user_review(title="Fast\x0bcars", body=f"{BODY}\x01 Really.")
    make_critic_review(film=review.film, pull_quote="Bang\x1f bang", status="published")
    with translation.override(language):
        url = reverse("reviews:feed")
    response = client.get(url)

    assert response.status_code == 200
    feed = ET.fromstring(response.content)
    text = "".join(feed.itertext())
    assert "Fastcars" in text
    assert "Bang bang" in text
    assert "stunts. Really." in text


@pytest.mark.parametrize("character", UNSHOWABLE)
@pytest.mark.parametrize("field", ["title", "body"])
def test_the_review_form_refuses_an_unshowable_character_and_keeps_the_rest(
    client, member, film, field, character
):
    typed = {"rating": "8", "title": "Cars, fists and a bullet", "body": BODY, "spoils": ""}
    typed[field] = typed[field][:4] + character + typed[field][4:]
    response = client.post(write_url(film), typed)

    assert response.status_code == 200
    html = response.content.decode()
    assert REFUSED in html
    assert f"U+{ord(character):04X}, character 5" in html
    other = "body" if field == "title" else "title"
    assert typed[other].replace(",", "") in html.replace(",", "")
    assert not UserReview.objects.filter(author=member).exists()


def test_an_edit_waiting_for_a_moderator_is_refused_the_same_way(client, member, film):
    review = make_user_review(film=film, author=member, title="Worth it", body=BODY)
    edit_url = reverse("reviews:review-edit", kwargs={"pk": review.pk})
    edited = {"rating": "8", "title": "Worth\x0bit", "body": f"{BODY} Twice.", "spoils": ""}
    response = client.post(edit_url, edited)

    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert f"{BODY} Twice." in response.content.decode()
    review.refresh_from_db()
    assert not review.has_pending_edit
    assert review.title == "Worth it"


def test_a_report_note_with_an_unshowable_character_is_refused_and_kept(client, member, film):
    review = make_user_review(film=film)
    url = reverse("reviews:review-flag", kwargs={"pk": review.pk})
    response = client.post(url, {"reason": "other", "note": "Rude\x0b to Lenoir"})

    assert response.status_code == 200
    html = response.content.decode()
    assert REFUSED in html
    assert "to Lenoir" in html
    assert not ReviewFlag.objects.exists()


def test_a_ranking_with_an_unshowable_character_is_refused_without_a_server_error(
    client, member, film
):
    response = client.post(reverse("trilogy-rank"), {"place_1": "1\x0b", "place_2": "\ufffe"})
    assert response.status_code == 200


def test_the_refusal_reads_in_french_on_the_french_edition(client, member, film):
    with translation.override("fr"):
        url = write_url(film)
    typed = {"rating": "8", "title": "Voitures\x0brapides", "body": BODY, "spoils": ""}
    html = client.post(url, typed).content.decode()
    assert REFUSED not in html
    assert "U+000B" in html
    assert "invisible" in html


def test_another_member_can_still_read_the_site_after_a_refusal(client, film):
    """The refusal stores nothing: the film page and the feed stay up."""
    client.force_login(make_user())
    client.post(write_url(film), {"rating": "8", "title": "A\x0bB", "body": BODY, "spoils": ""})
    client.logout()
    assert client.get(film.get_absolute_url()).status_code == 200
    assert client.get(reverse("reviews:feed")).status_code == 200


def test_the_pages_showing_a_review_stored_before_stay_up(client):
    review = make_user_review(title="Fast\x0bcars", body=f"{BODY}\x01\ufffe Really.")
    pages = [
        review.get_absolute_url(),
        reverse("reviews:review-list"),
        reverse("reviews:member-detail", kwargs={"username": review.author.username}),
        reverse("search:search") + "?q=Lenoir",
    ]
    for url in pages:
        assert client.get(url).status_code == 200, url
