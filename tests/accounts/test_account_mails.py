"""The mails allauth sends for the site, written in its voice in the reader's language and
naming the site by its name, never by the host it was reached at."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils.translation import override

from accounts.validators import USERNAME_PATTERN
from tests.accounts.test_accounts import PASSWORD, verified_member

pytestmark = pytest.mark.django_db


def address(name, language):
    with override(language):
        return reverse(name)


def sign_up(client, language, **overrides):
    data = {
        "email": "lino@example.com",
        "username": "lino",
        "password1": PASSWORD,
        "password2": PASSWORD,
    } | overrides
    return client.post(address("account_signup", language), data)


def only_mail():
    (message,) = mail.outbox
    assert message.subject.startswith("[bulletsite] ")
    assert "testserver" not in message.subject
    # The host appears only in the links, never as the site's name.
    assert "testserver" not in re.sub(r"https?://\S+", "", message.body)
    return message


@pytest.mark.parametrize(
    ("language", "subject", "greeting", "words", "sign_off"),
    [
        ("en", "Confirm your address to finish signing up", "Hello,",
         "Thank you for signing up to bulletsite as lino.", "See you soon on bulletsite."),
        ("fr", "Confirmez votre adresse pour finir votre inscription", "Bonjour,",
         "Merci de vous être inscrit sur bulletsite sous le nom lino.",
         "À bientôt sur bulletsite."),
    ],
)  # fmt: skip
def test_the_sign_up_mail(client, language, subject, greeting, words, sign_off):
    sign_up(client, language)
    message = only_mail()
    assert message.subject == f"[bulletsite] {subject}"
    assert message.body.startswith(greeting)
    assert words in message.body
    assert f"/{language}/accounts/confirm-email/" in message.body
    assert message.body.strip().endswith(sign_off)


@pytest.mark.parametrize(
    ("language", "subject", "words"),
    [
        ("en", "Choose a new password", "asked for a new password for your account on bulletsite"),
        ("fr", "Choisissez un nouveau mot de passe",
         "a demandé un nouveau mot de passe pour votre compte sur bulletsite"),
    ],
)  # fmt: skip
def test_the_password_reset_mail(client, language, subject, words):
    verified_member(client)
    client.post(address("account_reset_password", language), {"email": "julia@example.com"})
    message = only_mail()
    assert message.subject == f"[bulletsite] {subject}"
    assert words in message.body
    assert f"/{language}/accounts/password/reset/key/" in message.body


@pytest.mark.parametrize(
    ("language", "subject", "words"),
    [
        ("en", "No account uses this address",
         "Someone asked bulletsite for access to an account with this address, nobody@example.com"),
        ("fr", "Aucun compte n’utilise cette adresse",
         "Quelqu’un a demandé à bulletsite l’accès à un compte avec cette adresse, "
         "nobody@example.com"),
    ],
)  # fmt: skip
def test_the_unknown_account_mail(client, language, subject, words):
    client.post(address("account_reset_password", language), {"email": "nobody@example.com"})
    message = only_mail()
    assert message.subject == f"[bulletsite] {subject}"
    assert words in message.body
    assert f"/{language}/accounts/signup/" in message.body


@pytest.mark.parametrize(
    ("language", "subject", "words"),
    [
        ("en", "You already have an account",
         "Someone tried to sign up to bulletsite with this address, julia@example.com"),
        ("fr", "Vous avez déjà un compte",
         "Quelqu’un a tenté de s’inscrire sur bulletsite avec cette adresse, julia@example.com"),
    ],
)  # fmt: skip
def test_the_account_already_exists_mail(client, language, subject, words):
    verified_member(client)
    sign_up(client, language, email="julia@example.com", username="julia2")
    message = only_mail()
    assert message.subject == f"[bulletsite] {subject}"
    assert words in message.body
    assert f"/{language}/accounts/password/reset/" in message.body


@pytest.mark.parametrize(
    ("language", "rule"),
    [
        ("en", "Use 3 to 30 letters a–z, digits, dots, hyphens or underscores"),
        ("fr", "De 3 à 30 caractères : lettres a–z, chiffres, points, traits d’union"),
    ],
)
def test_the_username_rule_is_shown_before_submitting(client, language, rule):
    html = client.get(address("account_signup", language)).content.decode()
    field = re.search(r"<input [^>]*name=\"username\"[^>]*>", html).group(0)
    assert f'pattern="{USERNAME_PATTERN}"' in field
    assert 'maxlength="30"' in field
    assert 'aria-describedby="id_username_helptext' in field
    helptext = re.search(r'id="id_username_helptext">([^<]+)<', html).group(1)
    assert rule in helptext.replace("\u00a0", " ")
    assert re.fullmatch(USERNAME_PATTERN, "zoé") is None
    assert re.fullmatch(USERNAME_PATTERN, "zoe.2") is not None
