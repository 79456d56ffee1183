"""The trilogy compared, on a phone and a desktop: the page never scrolls sideways (on a phone the
table scrolls in its own box), and a member ranks the films with the selects alone."""

import pytest
from playwright.sync_api import expect

from films.models import Film
from reviews.models import TrilogyRanking
from tests.browser.test_account_pages import sign_in_by_cookie
from tests.browser.test_journey import DESKTOP, PHONE, assert_no_horizontal_overflow
from tests.factories import make_user, make_user_review

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"], indirect=True)
def test_the_comparison_fits_the_screen_and_a_member_ranks_the_films(
    page, seeded_live_server, screenshot
):
    phone = page.viewport_size["width"] == PHONE["width"]
    films = {film.slug: film for film in Film.objects.all()}
    for rating in (8, 9, 6):
        make_user_review(film=films["last-bullet"], rating=rating)

    page.goto(seeded_live_server + "/en/trilogy/")
    expect(page.locator("h1")).to_have_text("The trilogy compared")
    figures = page.get_by_role("region", name="Scores and facts, film by film")
    expect(figures).to_contain_text("83% positive of 6 reviews")
    expect(figures).to_contain_text("86% approval rating of 6 critics")
    assert_no_horizontal_overflow(page)
    box = figures.evaluate("box => [box.scrollWidth, box.clientWidth]")
    if phone:
        assert box[0] > box[1], "on a phone the table scrolls within its own box"
    else:
        assert box[0] <= box[1], "on a desktop the whole table shows"
    expect(page.get_by_text("No member has ranked the films yet.")).to_be_visible()
    screenshot("trilogy")

    member = make_user(username="ranker")
    sign_in_by_cookie(page, seeded_live_server, member)
    # Where "Sign in" leads back to: the form.
    page.goto(seeded_live_server + "/en/trilogy/rank/")
    expect(page).to_have_url(seeded_live_server + "/en/trilogy/#rank")
    form = page.locator("form.ranking-form")
    form.get_by_label("1. Best").select_option(label="Last Bullet")
    form.get_by_label("2. Second").select_option(label="Last Bullet")
    form.get_by_label("3. Third").select_option(label="Lost Bullet")
    form.get_by_role("button", name="Save my ranking").click()
    expect(form.get_by_role("alert")).to_contain_text("Your ranking was not saved")
    expect(form).to_contain_text("You put Last Bullet first already: choose each film once.")
    expect(form.get_by_label("2. Second")).to_have_value(str(films["last-bullet"].pk))
    page.wait_for_load_state()
    assert_no_horizontal_overflow(page)
    screenshot("trilogy-ranking-error")

    form.get_by_label("2. Second").select_option(label="Lost Bullet 2")
    form.get_by_role("button", name="Save my ranking").click()
    expect(page.get_by_text("Your ranking is saved")).to_be_visible()
    ranking = TrilogyRanking.objects.get(member=member)
    assert [film.slug for film in ranking.films()] == [
        "last-bullet",
        "lost-bullet-2",
        "lost-bullet",
    ]
    standings = page.locator(".standings li")
    expect(standings).to_have_count(3)
    expect(standings.first).to_contain_text("Last Bullet")
    expect(page.locator("#rank")).to_contain_text("Ranked by 1 member.")
    expect(page.get_by_role("button", name="Change my ranking")).to_be_visible()
    page.wait_for_load_state()
    assert_no_horizontal_overflow(page)
    screenshot("trilogy-ranked")
