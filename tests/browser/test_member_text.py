"""Whatever a member writes stays inside its review on a phone."""

import pytest

from films.models import Film
from tests.browser.test_journey import PHONE, assert_no_horizontal_overflow
from tests.factories import make_user_review

pytestmark = pytest.mark.browser

# One letter under 480 combining marks: fonts lay many of them out side by side.
ZALGO = "Z" + "\u0301\u0489\u20dd\u0336" * 120


@pytest.mark.parametrize("viewport", [PHONE], ids=["phone"], indirect=True)
def test_a_letter_under_hundreds_of_combining_marks_does_not_widen_the_page(
    page, seeded_live_server, screenshot
):
    film = Film.objects.get(slug="lost-bullet")
    # Titles hold 150 characters: one letter under 37 × 4 marks.
    make_user_review(film=film, title=ZALGO[:149], body=f"{ZALGO} and a review long enough.")
    for url in (film.get_absolute_url(), "/en/reviews/", "/en/"):
        page.goto(seeded_live_server + url)
        assert_no_horizontal_overflow(page)
    screenshot("home-combining-marks")
