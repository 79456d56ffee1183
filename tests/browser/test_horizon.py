"""The header's "I've seen" form, in Chromium with JavaScript off: a plain form that sets the
reader's horizon and returns to the same page, now showing those plots open."""

import pytest
from playwright.sync_api import expect

from films.models import CharacterArc
from tests.browser.test_journey import open_header_fold

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [390, 1280])
def test_the_header_form_works_without_javascript(
    browser, seeded_live_server, screenshots_dir, width
):
    context = browser.new_context(
        viewport={"width": width, "height": 900}, java_script_enabled=False
    )
    page = context.new_page()
    arc = CharacterArc.objects.get(character__slug="julia", film__slug="lost-bullet-2").text
    finale = CharacterArc.objects.get(character__slug="julia", film__slug="last-bullet").text
    url = seeded_live_server + "/en/characters/julia/"

    page.goto(url)
    open_header_fold(page)  # on a phone the form is in the menu
    expect(page.locator(".horizon-form__invite")).to_be_visible()
    expect(page.get_by_text(arc[:60])).to_be_hidden()
    page.screenshot(path=screenshots_dir / f"{width}-horizon-first-visit.png")

    page.select_option("#horizon-films-seen", label="Lost Bullet 2")
    page.get_by_role("button", name="Set").click()

    expect(page).to_have_url(url)
    expect(page.locator(".horizon-form__invite")).to_have_count(0)
    expect(page.locator("#horizon-films-seen")).to_have_value("2")
    expect(page.get_by_text(arc[:60])).to_be_visible()
    expect(page.get_by_text(finale[:60])).to_be_hidden()
    film_by_film = page.get_by_role("region", name="Film by film")
    expect(film_by_film.locator("summary", has_text="Spoils Last Bullet")).to_be_visible()
    page.screenshot(path=screenshots_dir / f"{width}-horizon-lost-bullet-2.png", full_page=True)
    context.close()
