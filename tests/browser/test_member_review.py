"""A new member, from "Write a review" through sign-up and the verification mail back to the
review form, stars chosen with the keyboard, then an editor approving the review."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from playwright.sync_api import expect

from tests.browser.test_journey import DESKTOP, PHONE
from tests.factories import make_staff

pytestmark = pytest.mark.browser

PASSWORD = "renault-21-turbo-lost"


def screenshot_phone_and_desktop(page, screenshot, name):
    """Save the page as it is at the phone's width, then at a desktop's."""
    screenshot(name)
    page.set_viewport_size(DESKTOP)
    screenshot(name)
    page.set_viewport_size(PHONE)


def tab_until(page, selector, limit=12):
    """Press Tab until the element matching selector has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"Tab never reached {selector}")


@pytest.mark.parametrize("viewport", [PHONE], ids=["phone"], indirect=True)
def test_new_member_signs_up_reviews_and_an_editor_approves(
    browser, page, seeded_live_server, screenshot
):
    cache.clear()
    film_url = seeded_live_server + "/en/films/last-bullet/"

    page.goto(film_url)
    page.get_by_role("link", name="Write a review of Last Bullet").click()
    expect(page.locator("h1")).to_have_text("Sign in")
    page.locator("main").get_by_role("link", name="Create an account").click()
    expect(page.locator("h1")).to_have_text("Create an account")
    page.fill("input[name=email]", "areski.fan@example.com")
    page.fill("input[name=username]", "areski_fan")
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    # The honeypot is off screen and out of the tab order: Tab goes on to the button.
    page.focus("input[name=password2]")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Create the account")).to_be_focused()
    screenshot_phone_and_desktop(page, screenshot, "sign-up-filled")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Check your email")

    (message,) = mail.outbox
    link = re.search(r"http://[^/\s]+(/en/accounts/confirm-email/\S+)", message.body).group(1)
    assert link.endswith("?next=%2Fen%2Ffilms%2Flast-bullet%2Freview%2F"), link
    page.goto(seeded_live_server + link)
    page.get_by_role("button", name="Confirm").click()
    # Signed in, on the form the member set out to fill, with nothing to retype.
    expect(page).to_have_url(film_url + "review/")
    expect(page.locator("h1")).to_have_text("Your review of Last Bullet")
    expect(page.locator("input[name=rating]:checked")).to_have_count(0)

    page.fill("input[name=title]", "A worthy last bullet")
    page.fill(
        "textarea[name=body]",
        "Every chase lands, and Lino's last stand is the best fight of the trilogy.",
    )
    page.get_by_role("button", name="Send for moderation").click()
    expect(page.locator("fieldset.star-rating #id_rating_error")).to_contain_text("Choose a rating")
    expect(page.locator("input[name=title]")).to_have_value("A worthy last bullet")
    screenshot_phone_and_desktop(page, screenshot, "review-form-error")

    # The stars are native radios: Tab reaches them, arrow keys move the choice.
    page.locator("main .eyebrow a").focus()
    page.keyboard.press("Tab")
    expect(page.get_by_role("radio", name="0.5 out of 5")).to_be_focused()
    for _ in range(6):
        page.keyboard.press("ArrowRight")
    expect(page.get_by_role("radio", name="3.5 out of 5")).to_be_checked()
    page.keyboard.press("ArrowLeft")
    expect(page.get_by_role("radio", name="3 out of 5")).to_be_checked()
    page.keyboard.press("ArrowRight")
    chosen = page.get_by_role("radio", name="3.5 out of 5")
    expect(chosen).to_be_checked()
    expect(chosen).to_be_focused()
    focus_ring = page.evaluate(
        "getComputedStyle(document.querySelector('#id_rating_6 + .star-rating__star')).outlineStyle"
    )
    assert focus_ring == "solid", "the focused star shows a focus ring"
    expect(page.locator("fieldset.star-rating").get_by_text("3.5 out of 5")).to_be_visible()
    screenshot_phone_and_desktop(page, screenshot, "review-form-stars")
    tab_until(page, "button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator("#my-review")).to_contain_text("Awaiting moderation")
    screenshot_phone_and_desktop(page, screenshot, "review-awaiting-moderation")

    editor = make_staff("Editors", username="editor", email="editor@example.com")
    editor.set_password(PASSWORD)
    editor.save()
    newsroom = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    newsroom.goto(seeded_live_server + "/admin/")
    newsroom.fill("input[name=login]", "editor@example.com")
    newsroom.fill("input[name=password]", PASSWORD)
    newsroom.get_by_role("button", name="Sign In").click()
    expect(newsroom.locator("#content")).to_contain_text("1 community review awaiting moderation")
    newsroom.get_by_role("link", name="Open the queue").click()
    newsroom.locator("input[name=_selected_action]").first.check()
    newsroom.select_option("select[name=action]", "approve")
    newsroom.get_by_role("button", name="Run").click()
    expect(newsroom.locator("#content")).to_contain_text("A worthy last bullet")
    newsroom.get_by_role("button", name="Yes, publish it").click()
    expect(newsroom.locator(".messagelist")).to_contain_text("1 review approved.")
    newsroom.context.close()

    visitor = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    visitor.goto(film_url)
    expect(visitor.locator("main")).to_contain_text("A worthy last bullet")
    expect(visitor.locator("main")).to_contain_text("Audience score: 3.5 out of 5")
    visitor.context.close()
