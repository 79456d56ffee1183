"""On a phone the film page shows its synopsis on the first screen, score tiles and the menu
never break a word, and the review filters fold away; a desktop shows the filters open."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_account_pages import sign_in_by_cookie
from tests.browser.test_journey import (
    DESKTOP,
    PHONE,
    assert_no_horizontal_overflow,
    open_header_fold,
)
from tests.factories import make_user

pytestmark = pytest.mark.browser

# Each word of the text under the selectors, with the lines it is laid out on; a word on more
# than one line was broken inside. Also each element that overflows its own box. Hidden ones
# (the menu folded on a phone) are left out.
BROKEN_WORDS = """selectors => {
    const broken = [];
    for (const root of document.querySelectorAll(selectors)) {
        if (!root.checkVisibility()) continue;  // a folded menu: measured once open
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
            const node = walker.currentNode;
            for (const match of node.data.matchAll(/\\S+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const lines = new Set(Array.from(range.getClientRects(), r => Math.round(r.top)));
                if (lines.size > 1) broken.push(match[0]);
            }
        }
        if (root.scrollWidth > root.clientWidth + 1) broken.push(`${root.textContent} overflows`);
    }
    return broken;
}"""

# Each menu entry on one line: "Your reviews" and "Sign out" are not split over two. The lines of
# its words are counted (a link's own box, 44 px tall, is not a line).
SPLIT_MENU_ENTRIES = """() => Array.from(document.querySelectorAll(".site-nav li"))
    .filter(item => {
        const tops = new Set();
        const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(walker.currentNode);
            for (const rect of range.getClientRects()) {
                if (rect.width) tops.add(Math.round(rect.top));
            }
        }
        return tops.size > 1;
    })
    .map(item => item.textContent.trim())"""

TILES_AND_MENU = ".scoreboard dt, .scoreboard dd, .site-nav li"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"], indirect=True)
def test_film_page_and_review_filters_fit_the_screen(page, seeded_live_server, screenshot):
    phone = page.viewport_size["width"] == PHONE["width"]
    for slug in ("lost-bullet", "lost-bullet-2"):
        page.goto(f"{seeded_live_server}/films/{slug}/")
        synopsis_top = page.locator(".film__lede").bounding_box()["y"]
        assert synopsis_top < PHONE["height"], f"{slug}: the synopsis starts at {synopsis_top} px"
        assert page.evaluate(BROKEN_WORDS, TILES_AND_MENU) == []
        assert_no_horizontal_overflow(page)
    screenshot("film-first-screen")

    member = make_user(username="areski_fan")
    sign_in_by_cookie(page, seeded_live_server, member)
    page.goto(seeded_live_server + "/en/films/lost-bullet-2/")
    open_header_fold(page)  # on a phone the menu is folded
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    assert page.evaluate(BROKEN_WORDS, TILES_AND_MENU) == []
    assert page.evaluate(SPLIT_MENU_ENTRIES) == []
    assert page.locator(".film__lede").bounding_box()["y"] < PHONE["height"]
    screenshot("film-signed-in")
    page.context.clear_cookies()

    page.goto(seeded_live_server + "/en/reviews/")
    filters = page.get_by_role("form", name="Filter reviews")
    if phone:
        expect(filters).to_be_hidden()
        screenshot("review-list-filters-folded")
        page.get_by_text("Filter reviews", exact=True).click()
    expect(filters).to_be_visible()
    assert_no_horizontal_overflow(page)
    screenshot("review-list")

    # Filters in use stay open on a phone too, so the reader sees what is applied.
    page.goto(seeded_live_server + "/en/reviews/?kind=community")
    expect(filters).to_be_visible()
