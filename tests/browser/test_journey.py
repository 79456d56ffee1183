"""A visitor's path through the site, on a phone and on a desktop screen."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def assert_no_horizontal_overflow(page):
    fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert fits, f"{page.url} is {width} px wide in a {page.viewport_size['width']} px window"


def is_phone(page):
    return page.viewport_size["width"] <= PHONE["width"]


def open_header_fold(page, which="menu"):
    """On a phone, open the header's menu or search (a <details>); a desktop shows both open."""
    if is_phone(page):
        page.locator(f".site-header__fold--{which} > summary").click()
    expect(page.locator(".site-nav" if which == "menu" else ".site-search")).to_be_visible()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"], indirect=True)
def test_visitor_goes_from_home_to_film_person_character_and_search(
    page, seeded_live_server, screenshot
):
    page.goto(seeded_live_server + "/")
    screenshot("home")
    assert_no_horizontal_overflow(page)

    page.locator('a[href="/en/films/lost-bullet/"]', has_text="Lost Bullet").first.click()
    expect(page).to_have_url(re.compile(r"/en/films/lost-bullet/$"))
    expect(page.locator("h1")).to_have_text("Lost Bullet")
    screenshot("film-lost-bullet")
    assert_no_horizontal_overflow(page)

    plot_section = page.locator('section[aria-labelledby="plot-heading"]')
    plot = plot_section.locator("details.spoiler").get_by_text("armours a Renault Clio")
    expect(plot).to_be_hidden()
    expect(plot_section.locator("summary")).to_have_text("Spoils Lost Bullet: show")
    plot_section.locator("summary").click()
    expect(plot).to_be_visible()
    screenshot("film-plot-open")
    assert_no_horizontal_overflow(page)

    page.get_by_role("link", name="Alban Lenoir", exact=True).first.click()
    expect(page).to_have_url(re.compile(r"/en/people/alban-lenoir/$"))
    expect(page.locator("h1")).to_have_text("Alban Lenoir")
    expect(page.locator("main")).to_contain_text("Lino")
    screenshot("person")
    assert_no_horizontal_overflow(page)

    page.locator("main").get_by_role("link", name="Lino", exact=True).first.click()
    expect(page).to_have_url(re.compile(r"/en/characters/lino/$"))
    expect(page.locator("h1")).to_have_text("Lino")
    expect(page.locator("main")).to_contain_text("Alban Lenoir")
    screenshot("character")
    assert_no_horizontal_overflow(page)

    open_header_fold(page, "search")  # on a phone, behind "Search" in the header's bar
    search_box = page.locator("header").get_by_role("search").locator('input[name="q"]')
    expect(search_box, "the header has a search form with a `q` box").to_be_visible()
    search_box.fill("stefi")
    search_box.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/search/\?q=stefi"))
    expect(page.get_by_role("heading", name="What your search names")).to_be_visible()
    expect(page.locator("main")).to_contain_text("Stéfi Celma")
    screenshot("search")
    assert_no_horizontal_overflow(page)
