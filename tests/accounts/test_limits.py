"""Limits on what a visitor can make the site do: mail sent per address and per client, and
accounts made per client (attempts that fail validation do not count)."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from tests.accounts.test_accounts import PASSWORD, sign_up, verified_member

pytestmark = pytest.mark.django_db


def reset(client, email):
    return client.post(reverse("account_reset_password"), {"email": email})


@pytest.mark.parametrize("known", [True, False], ids=["member", "unknown-account"])
def test_password_reset_mails_one_address_three_times_an_hour(client, known):
    if known:
        verified_member(client)
    statuses = [reset(client, "julia@example.com").status_code for _ in range(3)]
    assert statuses == [302, 302, 302]
    assert len(mail.outbox) == 3
    response = reset(client, "julia@example.com")
    assert response.status_code == 429
    assert "Slow down a little" in response.content.decode()
    assert len(mail.outbox) == 3


def test_password_reset_mails_ten_addresses_an_hour_from_one_client(client):
    statuses = [reset(client, f"someone{n}@example.com").status_code for n in range(11)]
    assert statuses == [302] * 10 + [429]
    assert len(mail.outbox) == 10


def test_a_confirmation_mail_is_sent_again_at_most_once_in_a_while(client):
    sign_up(client)
    client.logout()
    for _ in range(3):
        client.post(reverse("account_login"), {"login": "lino@example.com", "password": PASSWORD})
    assert len(mail.outbox) == 1  # the sign-up's; signing in again soon after sends no other


def test_sign_ups_that_fail_validation_never_lock_a_client_out(client):
    for n in range(30):
        response = sign_up(client, username=f"lino{n}", password2="a typo")
        assert response.status_code == 200
    for n in range(30):
        response = sign_up(client, username=f"lino{n}", password1="short", password2="short")
        assert response.status_code == 200
    assert sign_up(client).status_code == 302
    assert get_user_model().objects.filter(email="lino@example.com").exists()


def test_the_sign_up_limit_stops_many_accounts_from_one_client(client):
    for n in range(5):
        client.logout()
        assert sign_up(client, email=f"lino{n}@example.com", username=f"lino{n}").status_code == 302
    client.logout()
    response = sign_up(client, email="lino9@example.com", username="lino9")
    assert response.status_code == 429
    assert not get_user_model().objects.filter(username="lino9").exists()
    assert get_user_model().objects.count() == 5
