import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from tests.factories import make_user

pytestmark = pytest.mark.django_db

PASSWORD = "lost-bullet-renault-21"


def sign_up(client, **overrides):
    data = {
        "email": "lino@example.com",
        "username": "lino",
        "password1": PASSWORD,
        "password2": PASSWORD,
    } | overrides
    return client.post(reverse("account_signup"), data)


def verified_member(client, email="julia@example.com", username="julia"):
    user = make_user(email=email, username=username, password=PASSWORD)
    user.emailaddress_set.create(email=email, verified=True, primary=True)
    return user


def test_sign_up_sends_a_verification_link_that_signs_the_member_in(client):
    response = sign_up(client)
    assert response.status_code == 302
    assert get_user_model().objects.filter(email="lino@example.com").exists()
    (message,) = mail.outbox
    assert message.to == ["lino@example.com"]
    assert message.subject.startswith("[bulletsite]")
    link = re.search(r"http://testserver(/en/accounts/confirm-email/\S+/)", message.body).group(1)

    assert not client.get(reverse("home")).wsgi_request.user.is_authenticated
    client.post(link)
    assert client.get(reverse("home")).wsgi_request.user.is_authenticated


def test_an_unverified_member_cannot_sign_in(client):
    sign_up(client)
    client.logout()
    mail.outbox.clear()
    response = client.post(
        reverse("account_login"), {"login": "lino@example.com", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert not client.get(reverse("home")).wsgi_request.user.is_authenticated


def test_a_bad_sign_up_keeps_what_was_typed_and_says_what_is_wrong(client):
    response = sign_up(client, password2="something else")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="lino@example.com"' in html and 'value="lino"' in html
    assert "You must type the same password each time." in html


def test_the_sign_up_honeypot_turns_bots_away(client):
    sign_up(client, homepage="http://spam.example")
    assert not get_user_model().objects.filter(email="lino@example.com").exists()


def test_sign_in_and_sign_out(client):
    verified_member(client)
    response = client.post(
        reverse("account_login"), {"login": "julia@example.com", "password": PASSWORD}
    )
    assert response.status_code == 302
    html = client.get(reverse("home")).content.decode()
    assert "Your reviews" in html and "Sign out" in html
    client.post(reverse("account_logout"))
    assert "Sign in" in client.get(reverse("home")).content.decode()


def failed_login(client):
    return client.post(
        reverse("account_login"), {"login": "julia@example.com", "password": "wrong"}
    )


def test_repeated_failed_logins_for_an_account_are_refused_with_a_message(client):
    verified_member(client)
    for _ in range(5):
        assert "The email address and/or password" in failed_login(client).content.decode()
    html = failed_login(client).content.decode()
    assert "Too many failed login attempts" in html


def test_too_many_logins_from_one_address_get_a_clear_429_page(client, settings):
    settings.ACCOUNT_RATE_LIMITS = settings.ACCOUNT_RATE_LIMITS | {"login": "3/m/ip"}
    statuses = [failed_login(client).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert "Slow down a little" in failed_login(client).content.decode()


def test_password_reset_mails_a_link(client):
    verified_member(client)
    client.post(reverse("account_reset_password"), {"email": "julia@example.com"})
    (message,) = mail.outbox
    assert "/en/accounts/password/reset/key/" in message.body


def test_account_pages_use_the_site_design(client):
    html = client.get(reverse("account_login")).content.decode()
    assert 'class="site-header"' in html
    assert re.search(r"<title>\s*Sign in\s*· bulletsite</title>", html)
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.parametrize(
    "username",
    [
        "\u0430dmin",  # a Cyrillic "а" before "dmin"
        "lino@example.com",
        "ｌｉｎｏ-fullwidth",
        "lin\u202eo",
        "-lino",
    ],
)
def test_a_username_that_could_pass_for_another_or_an_email_is_refused(client, username):
    response = sign_up(client, username=username)
    assert response.status_code == 200
    assert "cannot be an email address" in response.content.decode()
    assert not get_user_model().objects.filter(email="lino@example.com").exists()


def test_a_plain_username_with_dots_digits_and_hyphens_is_accepted(client):
    assert sign_up(client, username="lino.2-fan_").status_code == 302
    assert get_user_model().objects.filter(username="lino.2-fan_").exists()


def failed_login_through_proxy(client, forwarded_for, n):
    """A failed login relayed by a proxy at 10.0.0.1, with a login of its own each time."""
    return client.post(
        reverse("account_login"),
        {"login": f"nobody{n}@example.com", "password": "wrong"},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR=forwarded_for,
    ).content.decode()


@pytest.fixture
def behind_one_proxy(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1


def test_behind_a_proxy_each_client_has_its_own_rate_limit(client, behind_one_proxy):
    for n in range(10):
        failed_login_through_proxy(client, f"203.0.113.{n}", n)
    html = failed_login_through_proxy(client, "203.0.113.99", 99)
    assert "The email address and/or password" in html
    assert "Too many failed login attempts" not in html


def test_behind_a_proxy_a_client_cannot_dodge_its_limit_by_forging_forwarded_for(
    client, behind_one_proxy
):
    # The proxy appends the address it saw; what the client sent before it is not trusted.
    pages = [
        failed_login_through_proxy(client, f"198.51.100.{n}, 203.0.113.7", n) for n in range(11)
    ]
    assert "Too many failed login attempts" in pages[-1]


def test_behind_a_proxy_is_configured_from_the_environment():
    from tests.test_security import run_production

    code = "from django.conf import settings as s; print(s.ALLAUTH_TRUSTED_PROXY_COUNT)"
    assert run_production("shell", "-c", code, DJANGO_BEHIND_PROXY="true").stdout.split()[-1] == "1"
    two = run_production(
        "shell", "-c", code, DJANGO_BEHIND_PROXY="true", DJANGO_TRUSTED_PROXY_COUNT="2"
    )
    assert two.stdout.split()[-1] == "2"


def test_an_address_no_mail_can_be_sent_to_is_refused_with_a_message(client):
    response = sign_up(client, email="lino@exa\u202emple.com")
    assert response.status_code == 200
    assert "Check it for stray characters" in response.content.decode()
    assert not get_user_model().objects.exists()
    assert not mail.outbox


def test_when_the_confirmation_mail_fails_no_account_is_left_and_the_form_is_kept(
    client, monkeypatch
):
    import smtplib

    def mail_server_down(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    monkeypatch.setattr(
        "django.core.mail.backends.locmem.EmailBackend.send_messages", mail_server_down
    )
    client.raise_request_exception = False
    response = sign_up(client)
    assert response.status_code == 200
    html = response.content.decode()
    assert "We could not send the confirmation mail" in html
    assert 'value="lino@example.com"' in html and 'value="lino"' in html
    assert not get_user_model().objects.exists()
    from allauth.account.models import EmailAddress

    assert not EmailAddress.objects.exists()
    # Once mail works again, the same sign-up goes through.
    monkeypatch.undo()
    assert sign_up(client).status_code == 302
