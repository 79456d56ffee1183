"""An editor at work in the admin, as a person would do it, in Chromium."""

import pytest
from playwright.sync_api import expect

from films.models import Film
from tests.factories import make_staff

pytestmark = pytest.mark.browser


def test_editor_adds_a_critic_review_inline_and_sees_it_on_the_film_page(
    page, seeded_live_server, screenshot
):
    editor = make_staff("Editors", username="editor", email="editor@example.com")
    editor.set_password("a long editor password")
    editor.save()
    film = Film.objects.get(slug="last-bullet")

    page.goto(seeded_live_server + "/admin/")
    page.fill("input[name=login]", "editor@example.com")
    page.fill("input[name=password]", "a long editor password")
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("heading", name="What the site shows")).to_be_visible()

    page.goto(f"{seeded_live_server}/admin/films/film/{film.pk}/change/")
    page.get_by_text("Add another Critic review").click()
    form = page.locator("#critic_reviews-0")
    form.locator('[aria-labelledby="select2-id_critic_reviews-0-publication-container"]').click()
    page.locator(".select2-container--open .select2-search__field").fill("Variety")
    page.locator(".select2-results__option", has_text="Variety").click()
    form.locator("select[name$='-verdict']").select_option("positive")
    form.locator("textarea[name$='-pull_quote']").fill("a finale that lands every punch")
    form.locator("select[name$='-status']").select_option("published")
    screenshot("admin-film-critic-review")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    page.goto(seeded_live_server + film.get_absolute_url())
    review = page.locator("figure.critic-review", has_text="a finale that lands every punch")
    expect(review).to_be_visible()
    expect(review).to_contain_text("Variety")
    expect(page.locator("main")).to_contain_text("100% positive")
    screenshot("film-with-new-critic-review")
