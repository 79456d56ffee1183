"""The film's form as an editor works in it, at 1280 pixels: the film's own fields with English
and French side by side, its passages and credits a link away."""

import pytest
from playwright.sync_api import expect

from films.models import Film
from tests.factories import make_staff

pytestmark = pytest.mark.browser


def test_an_editor_opens_a_film_form_that_fits_and_holds_the_french(
    page, seeded_live_server, screenshot
):
    editor = make_staff("Editors", username="editor", email="editor@example.com")
    editor.set_password("a long editor password")
    editor.save()
    film = Film.objects.get(slug="lost-bullet")

    page.goto(seeded_live_server + "/admin/")
    page.fill("input[name=login]", "editor@example.com")
    page.fill("input[name=password]", "a long editor password")
    page.get_by_role("button", name="Sign In").click()
    page.goto(f"{seeded_live_server}/admin/films/film/{film.pk}/change/")

    for name in ("title_fr", "synopsis_fr", "countries_fr", "languages_fr"):
        expect(page.locator(f"[name={name}]")).to_be_visible()
    title_fr = page.locator(".fieldBox.field-title_fr")
    expect(title_fr).to_contain_text("The French title")
    expect(title_fr).not_to_contain_text("The English title")
    height = page.evaluate("document.documentElement.scrollHeight")
    screenshot("admin-film-form")
    assert height < 6000, f"the film form is {height} px tall"

    credits = film.credits.count()
    page.get_by_role("link", name=f"{credits} credits").click()
    expect(page.locator("#result_list tbody tr")).to_have_count(credits)
    screenshot("admin-film-credits")
