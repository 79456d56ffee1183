"""The account pages in Chromium, on a phone and a desktop: one column, labels above inputs, the
sign-in error at the top of the form, and a sign-up honeypot that nobody sees or tabs to."""

import pytest
from django.test import Client
from playwright.sync_api import expect

from tests.browser.test_journey import DESKTOP, PHONE, assert_no_horizontal_overflow
from tests.factories import make_user

pytestmark = pytest.mark.browser

PASSWORD = "renault-21-turbo-lost"


def assert_one_column_with_labels_above_inputs(page):
    """Each visible field's label sits above its input, and every input starts at the same x."""
    fields = page.evaluate(
        """Array.from(document.querySelectorAll("main .field:not(.field--trap)"), field => {
            const label = field.querySelector("label");
            const input = field.querySelector(
                "input:not([type=checkbox]):not([type=radio]), textarea, select"
            );
            if (!label || !input) return null;
            const l = label.getBoundingClientRect(), i = input.getBoundingClientRect();
            return {name: input.name, labelBottom: l.bottom, inputTop: i.top, left: i.left};
        }).filter(Boolean)"""
    )
    assert fields, f"{page.url} has no form fields"
    for field in fields:
        assert field["labelBottom"] <= field["inputTop"] + 1, f"{field['name']}: label not above"
    assert len({round(field["left"]) for field in fields}) == 1, f"{page.url}: not one column"


def sign_in_by_cookie(page, live_server_url, user):
    """Give the browser the session of a member signed in by Django's test client."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies["sessionid"]
    page.context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server_url}])


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"], indirect=True)
def test_account_pages_are_one_column_in_the_site_design(page, seeded_live_server, screenshot):
    page.goto(seeded_live_server + "/en/accounts/signup/")
    expect(page.locator("h1")).to_have_text("Create an account")
    assert_one_column_with_labels_above_inputs(page)
    assert_no_horizontal_overflow(page)
    # The honeypot has no box on the screen, and Tab goes from the last password to the button.
    box = page.locator("input[name=homepage]").bounding_box()
    assert box is None or box["x"] + box["width"] <= 0 or box["y"] + box["height"] <= 0
    page.focus("input[name=password2]")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Create the account")).to_be_focused()
    screenshot("account-sign-up")

    page.goto(seeded_live_server + "/en/accounts/login/")
    expect(page.locator("h1")).to_have_text("Sign in")
    assert_one_column_with_labels_above_inputs(page)
    page.fill("input[name=login]", "nobody@example.com")
    page.fill("input[name=password]", "not the password")
    page.get_by_role("button", name="Sign in", exact=True).click()
    alert = page.locator("form.account-form > .form-error[role=alert]")
    expect(alert).to_contain_text("The email address and/or password you specified are not")
    alert_box, email_box = alert.bounding_box(), page.locator("input[name=login]").bounding_box()
    assert alert_box["y"] + alert_box["height"] <= email_box["y"], "the error heads the form"
    assert_no_horizontal_overflow(page)
    screenshot("account-sign-in-error")

    page.goto(seeded_live_server + "/en/accounts/password/reset/")
    expect(page.locator("h1")).to_have_text("Reset your password")
    assert_one_column_with_labels_above_inputs(page)
    assert_no_horizontal_overflow(page)
    screenshot("account-password-reset")

    member = make_user(username="julia", email="julia@example.com", password=PASSWORD)
    member.emailaddress_set.create(email="julia@example.com", verified=True, primary=True)
    sign_in_by_cookie(page, seeded_live_server, member)
    page.goto(seeded_live_server + "/en/accounts/email/")
    expect(page.locator("h1")).to_have_text("Email addresses")
    expect(page.get_by_role("radio", name="julia@example.com")).to_be_checked()
    assert_one_column_with_labels_above_inputs(page)
    assert_no_horizontal_overflow(page)
    screenshot("account-email")
