from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Members' accounts, on django-allauth: the site's rules for usernames and addresses, its
    sign-up and sign-in forms, and a sign-up that keeps no account when its mail cannot go."""

    name = "accounts"
