"""The rating is chosen as stars: ten native radios, "0.5 out of 5" to "5 out of 5", in a
fieldset with a legend, stored as 1 to 10."""

import re

import pytest
from django.urls import reverse

from reviews.models import UserReview
from tests.factories import make_user_review
from tests.pages import write_url

pytestmark = pytest.mark.django_db

TEXT = {
    "title": "Cars, fists and a bullet",
    "body": "Lean and mean: the chases are real and Lenoir does his own stunts.",
}


def star_fieldset(html):
    """The rating's fieldset, as HTML."""
    match = re.search(r'<fieldset class="field star-rating[^"]*"[^>]*>.*?</fieldset>', html, re.S)
    assert match, "the rating is a fieldset"
    return match.group(0)


def radios(fieldset):
    """(value, checked, label text) of each radio, in order."""
    return [
        (value, " checked" in attrs, label)
        for value, attrs, label in re.findall(
            r'<input type="radio" name="rating" value="(\d+)"([^>]*)>'
            r'.*?<span class="star-rating__label">([^<]*)</span>',
            fieldset,
            re.S,
        )
    ]


def test_the_rating_is_ten_radios_from_half_a_star_to_five_in_a_fieldset(client, film, member):
    fieldset = star_fieldset(client.get(write_url(film)).content.decode())
    assert "<legend>Your rating</legend>" in fieldset
    assert radios(fieldset) == [
        ("1", False, "0.5 out of 5"),
        ("2", False, "1 out of 5"),
        ("3", False, "1.5 out of 5"),
        ("4", False, "2 out of 5"),
        ("5", False, "2.5 out of 5"),
        ("6", False, "3 out of 5"),
        ("7", False, "3.5 out of 5"),
        ("8", False, "4 out of 5"),
        ("9", False, "4.5 out of 5"),
        ("10", False, "5 out of 5"),
    ]
    # Each label wraps its radio, so a click on the star or its words chooses it.
    assert fieldset.count('<label class="star-rating__choice" for="id_rating_') == 10
    assert "style=" not in fieldset


def test_a_chosen_rating_is_saved_as_half_stars(client, film, member):
    client.post(write_url(film), TEXT | {"rating": "7"})
    assert UserReview.objects.get(film=film, author=member).rating == 7


@pytest.mark.parametrize("rating", ["11", "0", "3.5", "seven", ""])
def test_a_bad_rating_is_explained_beside_the_stars_and_the_text_is_kept(
    client, film, member, rating
):
    response = client.post(write_url(film), TEXT | {"rating": rating})
    assert response.status_code == 200
    html = response.content.decode()
    fieldset = star_fieldset(html)
    assert 'aria-describedby="id_rating_error"' in fieldset
    error = re.search(r'<div class="form-error" id="id_rating_error">(.*?)</div>', fieldset)
    assert error and "from half a star to five stars" in error.group(1)
    assert f'value="{TEXT["title"]}"' in html
    assert f"{TEXT['body']}</textarea>" in html
    assert not any(checked for _, checked, _ in radios(fieldset))
    assert not UserReview.objects.exists()


def test_editing_a_review_starts_from_its_rating(client, film, member):
    review = make_user_review(film=film, author=member, rating=7)
    url = reverse("reviews:review-edit", kwargs={"pk": review.pk})
    checked = [v for v, c, _ in radios(star_fieldset(client.get(url).content.decode())) if c]
    assert checked == ["7"]

    # An edit waiting for moderation is what the member edits next.
    client.post(url, TEXT | {"rating": "3"})
    checked = [v for v, c, _ in radios(star_fieldset(client.get(url).content.decode())) if c]
    assert checked == ["3"]
