"""The account pages read like the rest of the site: sentence-case headings, each label above its
input, errors beside what they are about; and the sign-up honeypot is for bots alone."""

import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from tests.accounts.test_accounts import PASSWORD, sign_up, verified_member

pytestmark = pytest.mark.django_db

VISITOR_PAGES = {
    "account_signup": "Create an account",
    "account_login": "Sign in",
    "account_reset_password": "Reset your password",
    "account_reset_password_done": "Check your email",
    "account_email_verification_sent": "Check your email",
}
MEMBER_PAGES = {
    "account_email": "Email addresses",
    "account_change_password": "Change your password",
    "account_logout": "Sign out",
}


class Fields(HTMLParser):
    """The page's h1 and title text, and the visible form fields in document order, each with
    what its wrapper holds in order (label, input, error, help)."""

    def __init__(self, html):
        super().__init__()
        self.h1 = self.title = ""
        self.fields, self.stack, self.in_tag = [], [], None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag in ("h1", "title"):
            self.in_tag = tag
        if tag == "div":
            if "field" in classes:
                self.fields.append({"attrs": attrs, "parts": []})
                self.stack.append("field")
            else:
                self.stack.append("div")
                if self.stack.count("field") and {"form-error", "help"} & set(classes):
                    part = "error" if "form-error" in classes else "help"
                    self.fields[-1]["parts"].append((part, attrs.get("id")))
        if self.stack.count("field") and tag in ("label", "input", "textarea", "select"):
            kind = "checkbox" if attrs.get("type") == "checkbox" else tag
            self.fields[-1]["parts"].append((kind, attrs.get("for") or attrs.get("id")))

    def handle_endtag(self, tag):
        if tag == "div" and self.stack:
            self.stack.pop()
        if tag == self.in_tag:
            self.in_tag = None

    def handle_data(self, data):
        if self.in_tag:
            setattr(self, self.in_tag, getattr(self, self.in_tag) + data)


def is_sentence_case(text):
    first, *rest = text.split()
    return first[0].isupper() and all(word.islower() or word == "I" for word in rest)


@pytest.fixture
def member(client):
    user = verified_member(client)
    client.force_login(user)
    return user


def page(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 200, name
    return response.content.decode()


def assert_reads_like_the_site(html, heading):
    parsed = Fields(html)
    assert 'class="site-header"' in html and 'class="site-footer"' in html
    assert " ".join(parsed.h1.split()) == heading
    assert is_sentence_case(heading)
    assert " ".join(parsed.title.split()) == f"{heading} · bulletsite"
    for field in parsed.fields:
        parts = [kind for kind, _ in field["parts"]]
        if "checkbox" in parts or "field--trap" in field["attrs"]["class"]:
            continue
        # One field per block, its label first and its input right under it.
        assert parts[:2] in (["label", "input"], ["label", "textarea"], ["label", "select"])
        assert field["parts"][0][1] == field["parts"][1][1], "the label is for its input"


@pytest.mark.parametrize(("name", "heading"), VISITOR_PAGES.items())
def test_a_visitor_account_page_has_a_sentence_case_heading_and_labels_above_inputs(
    client, name, heading
):
    assert_reads_like_the_site(page(client, name), heading)


@pytest.mark.parametrize(("name", "heading"), MEMBER_PAGES.items())
def test_a_member_account_page_has_a_sentence_case_heading_and_labels_above_inputs(
    client, member, name, heading
):
    assert_reads_like_the_site(page(client, name), heading)


def test_every_account_heading_and_button_is_in_sentence_case(client, member):
    html = "".join(page(client, name) for name in MEMBER_PAGES)
    client.logout()
    html += "".join(page(client, name) for name in VISITOR_PAGES)
    texts = re.findall(r"<(?:h1|h2|button)[^>]*>([^<]+)</", html)
    assert texts and [t for t in texts if not is_sentence_case(" ".join(t.split()))] == []


def test_a_bad_sign_in_says_so_at_the_top_of_the_form(client):
    verified_member(client)
    response = client.post(
        reverse("account_login"), {"login": "julia@example.com", "password": "x"}
    )
    html = response.content.decode()
    form = html[html.index('<form class="account-form"') :]
    alert = form.index('<div class="form-error" role="alert">')
    assert "The email address and/or password you specified are not correct." in form[alert:]
    assert alert < form.index('<div class="field')
    assert 'value="julia@example.com"' in form


def test_a_field_error_sits_under_its_input_and_is_announced_with_it(client):
    html = sign_up(client, password2="something else").content.decode()
    (password2,) = [f for f in Fields(html).fields if ("input", "id_password2") in f["parts"]]
    assert [kind for kind, _ in password2["parts"]] == ["label", "input", "error"]
    assert password2["parts"][2] == ("error", "id_password2_error")
    assert re.search(
        r'<input [^>]*aria-describedby="id_password2_error"[^>]*id="id_password2"', html
    )
    assert "You must type the same password each time." in html


def test_the_honeypot_is_hidden_from_people_and_screen_readers(client):
    html = page(client, "account_signup")
    wrapper = re.search(
        r'<div class="field field--trap" aria-hidden="true">(.*?)</div>', html, re.S
    )
    assert wrapper, "the honeypot's wrapper is off screen and hidden from screen readers"
    (honeypot,) = re.findall(r'<input [^>]*name="homepage"[^>]*>', wrapper.group(1))
    assert 'tabindex="-1"' in honeypot and 'autocomplete="off"' in honeypot
    # No inline style (the CSP forbids it): the stylesheet moves it off screen, never with
    # display: none, which bots look for.
    assert "style=" not in honeypot
    from django.contrib.staticfiles import finders

    css = open(finders.find("css/site.css"), encoding="utf-8").read()
    (rule,) = re.findall(r"\.field--trap \{([^}]*)\}", css)
    assert "left: -10000px" in rule and "display" not in rule


def test_a_filled_honeypot_looks_like_success_to_the_bot_but_creates_nothing(client):
    response = sign_up(client, homepage="http://spam.example")
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert not get_user_model().objects.exists()
    assert not mail.outbox


def test_the_member_pages_link_to_each_other(client, member):
    html = page(client, "account_email")
    assert f'href="{reverse("account_change_password")}"' in html
    assert f'href="{reverse("reviews:member-detail", args=[member.username])}"' in html


def test_a_member_changes_their_password(client, member):
    response = client.post(
        reverse("account_change_password"),
        {"oldpassword": PASSWORD, "password1": "another-long-pass-21", "password2": "x"},
    )
    fields = Fields(response.content.decode()).fields
    (password2,) = [f for f in fields if ("input", "id_password2") in f["parts"]]
    assert [kind for kind, _ in password2["parts"]] == ["label", "input", "error"]
