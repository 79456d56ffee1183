"""An address belongs to the account that verified it first: no one else can add it, another
member's unverified copy keeps its owner from nothing, their verification removes that copy, and
createeditor names only the account that verified the address."""

import re
from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import caches
from django.core.management import CommandError, call_command
from django.urls import reverse

from tests.factories import make_user

pytestmark = pytest.mark.django_db

PASSWORD = "lost-bullet-renault-21"
OWNERS = "julia@example.com"


def member(username, email):
    """A member who verified `email`, signed up with their password."""
    user = make_user(username=username, email=email, password=PASSWORD)
    user.emailaddress_set.create(email=email, verified=True, primary=True)
    return user


def add_address(client, user, email):
    """Add `email` to `user`'s account through allauth's email page, as they would."""
    client.force_login(user)
    return client.post(reverse("account_email"), {"email": email, "action_add": ""})


def confirmation_link(to):
    (message,) = [m for m in mail.outbox if m.to == [to]]
    return re.search(r"http://testserver(/en/accounts/confirm-email/\S+/)", message.body).group(1)


def later():
    """Minutes later: allauth mails an address one confirmation per three minutes, whoever
    asks, so the owner's own link waits out the one someone else's account had sent."""
    mail.outbox.clear()
    for cache in caches.all(initialized_only=False):
        cache.clear()


def sign_up(client, email, username):
    client.logout()
    data = {"email": email, "username": username, "password1": PASSWORD, "password2": PASSWORD}
    return client.post(reverse("account_signup"), data)


def createeditor(*args):
    out = StringIO()
    call_command("createeditor", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def squatter():
    return member("squatter", "squatter@example.com")


def test_another_members_verified_address_cannot_be_added(client, squatter):
    owner = member("julia", OWNERS)
    response = add_address(client, squatter, OWNERS.upper())
    assert response.status_code == 200
    assert "already registered with this email" in response.content.decode()
    assert not EmailAddress.objects.filter(user=squatter, email__iexact=OWNERS).exists()
    assert not mail.outbox, "no confirmation mail to the owner about someone else's account"
    assert list(EmailAddress.objects.filter(email=OWNERS)) == [owner.emailaddress_set.get()]


def test_an_unused_address_added_by_someone_else_does_not_stop_its_owner(client, squatter):
    add_address(client, squatter, OWNERS)
    squatted = EmailAddress.objects.get(user=squatter, email=OWNERS)
    assert not squatted.verified
    later()

    response = sign_up(client, OWNERS, "julia")

    assert response.status_code == 302
    owner = get_user_model().objects.get(username="julia")
    client.post(confirmation_link(OWNERS))
    assert EmailAddress.objects.get(email=OWNERS).user == owner
    assert EmailAddress.objects.get(email=OWNERS).verified
    assert not EmailAddress.objects.filter(pk=squatted.pk).exists(), "the copy is gone"
    squatter.refresh_from_db()
    assert squatter.email == "squatter@example.com"


def test_the_owner_can_add_an_address_someone_else_holds_unverified(client, squatter):
    add_address(client, squatter, OWNERS)
    owner = member("julia", "julia.old@example.com")
    later()

    response = add_address(client, owner, OWNERS)

    assert response.status_code == 302
    client.post(confirmation_link(OWNERS))
    assert EmailAddress.objects.get(email=OWNERS).user == owner
    assert not squatter.emailaddress_set.filter(email=OWNERS).exists()


def test_a_squatters_only_address_goes_with_its_mirror_on_the_account(client):
    sign_up(client, OWNERS, "squatter")  # signed up with someone else's address, never verified
    squatter = get_user_model().objects.get(username="squatter")
    later()
    sign_up(client, OWNERS, "julia")
    client.post(confirmation_link(OWNERS))
    squatter.refresh_from_db()
    assert squatter.email == "" and not squatter.emailaddress_set.exists()
    assert get_user_model().objects.get(email=OWNERS).username == "julia"


def test_signing_up_with_another_members_verified_address_makes_no_account(client):
    member("julia", OWNERS)
    response = sign_up(client, OWNERS, "squatter")
    assert response.status_code == 302  # what any sign-up says: no telling who has an account
    assert not get_user_model().objects.filter(username="squatter").exists()
    (message,) = mail.outbox
    assert message.to == [OWNERS]


def test_createeditor_names_not_the_squatter_but_makes_the_owners_account(client, squatter):
    add_address(client, squatter, OWNERS)

    out = createeditor(OWNERS, "--username", "julia-newsroom")

    assert "julia-newsroom" in out and "squatter" not in out
    owner = get_user_model().objects.get(username="julia-newsroom")
    assert owner.is_staff and EmailAddress.objects.get(email=OWNERS).user == owner
    squatter.refresh_from_db()
    assert not squatter.is_staff and not squatter.emailaddress_set.filter(email=OWNERS).exists()


def test_createeditor_finds_the_member_who_verified_the_address(client, squatter):
    owner = member("julia", OWNERS)
    with pytest.raises(CommandError, match="'julia'.*--promote-existing"):
        createeditor(OWNERS, "--username", "julia-newsroom")
    createeditor(OWNERS, "--promote-existing")
    owner.refresh_from_db()
    squatter.refresh_from_db()
    assert owner.is_staff and not squatter.is_staff
