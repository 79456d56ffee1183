"""A visitor who signs up or signs in to write a review lands back on the film's review form,
through the verification mail too; a `next` that leads off the site is ignored."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

from tests.accounts.test_accounts import PASSWORD, sign_up, verified_member

pytestmark = pytest.mark.django_db

WRITE = "/en/films/last-bullet/review/"
OFF_SITE = [
    "https://evil.example/",
    "//evil.example/films/",
    "/\\evil.example",
    "https:/evil.example",
    "javascript:alert(1)",
    "http://testserver.evil.example/",
]


def signed_up_with_next(client, next_url):
    response = sign_up(client, next=next_url)
    assert response.status_code == 302
    assert get_user_model().objects.filter(email="lino@example.com").exists()
    (message,) = mail.outbox
    return re.search(r"http://testserver(/en/accounts/confirm-email/\S+)", message.body).group(1)


def test_the_film_page_offers_to_write_a_review_then_sign_in_or_up_and_come_back(client, seeded):
    html = client.get("/en/films/last-bullet/").content.decode()
    assert f'href="/en/accounts/login/?next={WRITE}"' in html
    assert "Write a review of Last Bullet" in html
    assert f'href="/en/accounts/signup/?next={WRITE}"' in html
    signin = client.get(f"/en/accounts/login/?next={WRITE}").content.decode()
    assert f'<input type="hidden" name="next" value="{WRITE}">' in signin
    assert 'href="/en/accounts/signup/?next=%2Fen%2Ffilms%2Flast-bullet%2Freview%2F"' in signin


def test_a_new_member_confirms_their_address_and_lands_on_the_review_form(client, seeded):
    link = signed_up_with_next(client, WRITE)
    assert link.endswith(f"?next={WRITE.replace('/', '%2F')}")
    confirm_page = client.get(link).content.decode()
    assert f'<input type="hidden" name="next" value="{WRITE}">' in confirm_page

    response = client.post(link, {"next": WRITE})
    assert response.status_code == 302 and response["Location"] == WRITE
    form = client.get(WRITE)
    assert form.status_code == 200 and form.wsgi_request.user.username == "lino"


def test_confirming_in_another_browser_asks_to_sign_in_then_opens_the_form(client, seeded):
    link = signed_up_with_next(client, WRITE)
    other_browser = Client()
    response = other_browser.post(link, {"next": WRITE}, follow=True)
    login_url = f"{reverse('account_login')}?next={WRITE}"
    assert response.redirect_chain[-1][0] == login_url
    response = other_browser.post(
        login_url, {"login": "lino@example.com", "password": PASSWORD, "next": WRITE}
    )
    assert response.status_code == 302 and response["Location"] == WRITE
    assert other_browser.get(WRITE).status_code == 200


def test_a_member_who_signs_in_lands_on_the_review_form(client, seeded):
    verified_member(client)
    response = client.post(
        f"{reverse('account_login')}?next={WRITE}",
        {"login": "julia@example.com", "password": PASSWORD, "next": WRITE},
    )
    assert response["Location"] == WRITE


@pytest.mark.parametrize("next_url", OFF_SITE)
def test_a_next_leading_off_the_site_is_ignored_everywhere(client, seeded, next_url):
    for page in ("account_signup", "account_login"):
        response = client.get(reverse(page), {"next": next_url})
        assert response.status_code == 200
        assert "evil.example" not in " ".join(
            re.findall(r'href="([^"]*)"', response.content.decode())
        )

    link = signed_up_with_next(client, next_url)
    assert "next" not in link
    response = client.post(link, {"next": next_url})
    assert response.status_code == 302
    assert not response["Location"].startswith(("http", "//", "/\\", "javascript"))

    client.logout()
    response = client.post(
        reverse("account_login"),
        {"login": "lino@example.com", "password": PASSWORD, "next": next_url},
    )
    assert response["Location"] == reverse("home")


@pytest.mark.parametrize("next_url", ["http://[::1", "http://[::1]:x/", "/" * 5000, "%", "\x00"])
def test_a_malformed_next_is_no_error_and_never_leads_off_the_site(client, seeded, next_url):
    verified_member(client)
    for page in ("account_signup", "account_login"):
        assert client.get(reverse(page), {"next": next_url}).status_code == 200
    response = client.post(
        reverse("account_login"),
        {"login": "julia@example.com", "password": PASSWORD, "next": next_url},
    )
    assert response.status_code == 302
    assert not response["Location"].startswith(("http", "//"))
