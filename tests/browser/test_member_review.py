"""A new member, from sign-up to a published review, with an editor approving it."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from playwright.sync_api import expect

from tests.factories import make_staff

pytestmark = pytest.mark.browser

PASSWORD = "renault-21-turbo-lost"


def test_new_member_signs_up_reviews_and_an_editor_approves(
    browser, page, seeded_live_server, screenshot
):
    cache.clear()
    film_url = seeded_live_server + "/films/last-bullet/"

    page.goto(film_url)
    page.get_by_role("link", name="create an account").click()
    page.fill("input[name=email]", "areski.fan@example.com")
    page.fill("input[name=username]", "areski_fan")
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.get_by_role("button", name="Sign Up").click()
    expect(page.locator("main")).to_contain_text("Verify Your Email Address")

    (message,) = mail.outbox
    link = re.search(r"http://[^/\s]+(/accounts/confirm-email/\S+/)", message.body).group(1)
    page.goto(seeded_live_server + link)
    page.get_by_role("button", name="Confirm").click()

    page.goto(film_url)
    page.get_by_role("link", name="Write a review of Last Bullet").click()
    page.fill("input[name=rating]", "77")
    page.fill("input[name=title]", "A worthy last bullet")
    page.fill(
        "textarea[name=body]",
        "Every chase lands, and Lino's last stand is the best fight of the trilogy.",
    )
    page.get_by_role("button", name="Send for moderation").click()
    expect(page.locator("main")).to_contain_text("The highest rating is 10.")
    expect(page.locator("input[name=title]")).to_have_value("A worthy last bullet")
    screenshot("review-form-error")

    page.fill("input[name=rating]", "7")
    page.get_by_role("button", name="Send for moderation").click()
    expect(page.locator("#my-review")).to_contain_text("Awaiting moderation")
    screenshot("review-awaiting-moderation")

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
    expect(newsroom.locator(".messagelist")).to_contain_text("1 review approved.")
    newsroom.context.close()

    visitor = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    visitor.goto(film_url)
    expect(visitor.locator("main")).to_contain_text("A worthy last bullet")
    expect(visitor.locator("main")).to_contain_text("Audience score: 7.0/10")
    visitor.context.close()
