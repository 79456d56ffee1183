"""createeditor makes newsroom accounts without handing a stranger's account the keys."""

import re
from datetime import datetime
from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone

from tests.factories import make_user, make_user_review

pytestmark = pytest.mark.django_db

PASSWORD = "lost-bullet-renault-21"


def createeditor(*args):
    out, err = StringIO(), StringIO()
    call_command("createeditor", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def stranger(email="editor@example.com", verified=False):
    """Someone who signed up with the address, and verified it or not."""
    user = make_user(username="stranger", email=email, password=PASSWORD)
    user.date_joined = timezone.make_aware(datetime(2026, 3, 14, 9, 0))
    user.save()
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


def test_an_unverified_strangers_account_is_neither_named_nor_promoted(db):
    user = stranger()
    out, _err = createeditor("editor@example.com", "--username", "newsdesk")
    assert "stranger" not in out
    editor = get_user_model().objects.get(username="newsdesk")
    assert editor.is_staff and EmailAddress.objects.get(email="editor@example.com").user == editor
    user.refresh_from_db()
    assert not user.is_staff and not user.groups.exists()
    assert not user.emailaddress_set.exists(), "the unverified copy went to the address's owner"


def test_an_existing_member_who_verified_the_address_is_promoted_only_explicitly(db):
    user = stranger(verified=True)
    with pytest.raises(CommandError) as refused:
        createeditor("editor@example.com", "--username", "ed")
    message = str(refused.value)
    assert "'stranger'" in message and "14 March 2026" in message
    assert "--promote-existing" in message
    user.refresh_from_db()
    assert not user.is_staff and not user.groups.exists()

    _out, err = createeditor("editor@example.com", "--promote-existing")
    assert "'stranger' joined on 14 March 2026" in err
    user.refresh_from_db()
    assert user.is_staff and user.groups.filter(name="Editors").exists()
    assert user.check_password(PASSWORD), "the member keeps the password they chose"


def test_a_new_account_has_no_password_and_gets_a_set_password_link(client, db, settings):
    settings.SITE_URL = "https://bulletsite.example"
    out, _err = createeditor("Ed@Example.com", "--username", "ed-newsroom", "--moderator")
    user = get_user_model().objects.get(email="Ed@example.com")
    assert user.username == "ed-newsroom"
    assert user.is_staff and user.groups.filter(name="Moderators").exists()
    assert not user.has_usable_password()
    link = re.search(r"https://bulletsite\.example(/en/accounts/password/reset/key/\S+/)", out)
    assert link, out

    response = client.get(link.group(1), follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else link.group(1)
    client.post(form_url, {"password1": PASSWORD, "password2": PASSWORD})
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_running_it_again_says_what_the_account_has_and_issues_no_link_unasked(db, settings):
    settings.SITE_URL = "https://bulletsite.example"
    createeditor("ed@example.com", "--username", "ed-newsroom")
    out, _err = createeditor("ed@example.com", "--username", "ed-newsroom")
    assert "The account 'ed-newsroom' exists: staff, in Editors" in out
    assert "has no password yet" in out and "--reset-password" in out
    assert "bulletsite.example" not in out, "no fresh set-password link unless asked"

    out, _err = createeditor("ed@example.com", "--reset-password")
    assert re.search(r"https://bulletsite\.example/en/accounts/password/reset/key/\S+/", out)


def test_a_new_account_needs_a_username_that_is_not_an_email(db):
    with pytest.raises(CommandError, match="--username"):
        createeditor("ed@example.com")
    with pytest.raises(CommandError, match="cannot be an email address"):
        createeditor("ed@example.com", "--username", "ed@example.com")
    assert not get_user_model().objects.exists()


def test_staff_addresses_appear_on_no_public_page(client, seeded):
    createeditor("editor@example.com", "--username", "newsdesk")
    editor = get_user_model().objects.get(email="editor@example.com")
    review = make_user_review(author=editor)
    pages = ["/en/", review.film.get_absolute_url(), "/en/reviews/", "/en/reviews/feed/"]
    pages.append("/en/members/newsdesk/")
    for url in pages:
        html = client.get(url).content.decode()
        assert "newsdesk" in html, url
        assert "editor@example.com" not in html, url
    assert client.get("/en/members/editor@example.com/").status_code == 404


def test_the_migration_renames_usernames_that_are_email_addresses(db):
    from importlib import import_module

    from django.apps import apps

    old = make_user(username="old.editor@example.com", email="old.editor@example.com")
    kept = make_user(username="julia")
    import_module("bulletsite.migrations.0001_usernames_are_not_emails").rename_email_usernames(
        apps, None
    )
    old.refresh_from_db()
    kept.refresh_from_db()
    assert old.username == f"member{old.pk}"
    assert kept.username == "julia"
