"""The French edition in a browser: the film, a character and the home page at a phone's width
and a desktop's, in French throughout, with the switch back to English in the header."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_journey import (
    DESKTOP,
    PHONE,
    assert_no_horizontal_overflow,
    open_header_fold,
)

pytestmark = pytest.mark.browser

PAGES = {
    "fr-film": ("/fr/films/lost-bullet-2/", "Balle perdue 2"),
    "fr-character": ("/fr/characters/lino/", "Lino"),
    "fr-home": ("/fr/", None),
}


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("name", PAGES)
def test_french_pages_read_in_french_at_both_widths(
    page, seeded_live_server, screenshot, name, size
):
    path, heading = PAGES[name]
    page.set_viewport_size(size)
    page.goto(seeded_live_server + path)
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    if heading:
        expect(page.locator("h1")).to_have_text(heading)
    open_header_fold(page)  # on a phone the languages are in the menu
    expect(page.get_by_role("link", name="English")).to_have_attribute("hreflang", "en")
    assert_no_horizontal_overflow(page)
    screenshot(name)


def test_the_switch_to_english_keeps_the_page(page, seeded_live_server):
    page.goto(seeded_live_server + "/fr/films/lost-bullet-2/")
    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(seeded_live_server + "/en/films/lost-bullet-2/")
    expect(page.locator("h1")).to_have_text("Lost Bullet 2")
    page.goto(seeded_live_server + "/films/lost-bullet/")
    expect(page).to_have_url(seeded_live_server + "/en/films/lost-bullet/")
