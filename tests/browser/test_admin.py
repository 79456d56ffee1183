"""An editor at work in the admin, as a person would do it, in Chromium."""

import pytest
from playwright.sync_api import expect

from films.models import Film
from tests.factories import make_staff, make_user_review

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
    page.locator("summary", has_text="Critic reviews").click()
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


@pytest.mark.parametrize(
    "viewport", [{"width": 390, "height": 844}, {"width": 1280, "height": 900}], indirect=True
)
def test_a_moderator_compares_a_waiting_edit_with_the_approved_review(
    page, seeded_live_server, screenshot, viewport
):
    moderator = make_staff("Moderators", username="moderator", email="moderator@example.com")
    moderator.set_password("a long moderator password")
    moderator.save()
    review = make_user_review(
        film=Film.objects.get(slug="last-bullet"),
        title="Solid finale",
        body="The chases are great and lean, and Lenoir carries it.",
    )
    review.revise(
        rating=9,
        title="A superb finale",
        body="The chases are superb and lean, and Lenoir carries it to the end.",
        contains_spoilers=False,
    )

    page.goto(seeded_live_server + "/admin/")
    page.fill("input[name=login]", "moderator@example.com")
    page.fill("input[name=password]", "a long moderator password")
    page.get_by_role("button", name="Sign In").click()
    page.goto(f"{seeded_live_server}/admin/reviews/userreview/?queue=waiting")
    expect(page.locator("#result_list")).to_contain_text("Edit: A superb finale")
    page.get_by_role("link", name="Solid finale").click()

    comparison = page.locator("table.pending-edit")
    expect(comparison).to_be_visible()
    expect(comparison.get_by_text("great", exact=True)).to_be_visible()
    expect(comparison.locator("ins").get_by_text("superb", exact=True)).to_be_visible()
    screenshot("admin-pending-edit")
