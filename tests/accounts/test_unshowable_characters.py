"""Addresses and usernames are refused when they hold a character that a page cannot carry:
Django's address validator lets controls through in a quoted local part."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.factories import make_user

pytestmark = pytest.mark.django_db

PASSWORD = "lost-bullet-renault-21"
REFUSED = "cannot be shown"


def sign_up(client, **overrides):
    data = {
        "email": "lino@example.com",
        "username": "lino",
        "password1": PASSWORD,
        "password2": PASSWORD,
    } | overrides
    return client.post(reverse("account_signup"), data)


@pytest.mark.parametrize("character", ["\x0b", "\x01", "\x7f"])
def test_sign_up_refuses_an_address_with_a_control_character_and_keeps_the_rest(client, character):
    response = sign_up(client, email=f'"li{character}no"@example.com')

    assert response.status_code == 200
    html = response.content.decode()
    assert REFUSED in html
    assert 'value="lino"' in html
    assert not get_user_model().objects.exists()


def test_sign_up_refuses_a_username_with_a_control_character(client):
    response = sign_up(client, username="li\x0bno")
    assert response.status_code == 200
    assert not get_user_model().objects.exists()


def test_a_member_cannot_add_an_address_with_a_control_character(client):
    member = make_user(username="julia", email="julia@example.com", password=PASSWORD)
    member.emailaddress_set.create(email="julia@example.com", verified=True, primary=True)
    client.force_login(member)
    response = client.post(
        reverse("account_email"), {"email": '"ju\x0blia"@example.com', "action_add": ""}
    )

    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert member.emailaddress_set.count() == 1
