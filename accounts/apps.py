from django.apps import AppConfig
from django.db.models.signals import post_save


class AccountsConfig(AppConfig):
    """Members' accounts, on django-allauth: the site's rules for usernames and addresses, its
    sign-up and sign-in forms, and a sign-up that keeps no account when its mail cannot go."""

    name = "accounts"

    def ready(self):
        from allauth.account.models import EmailAddress

        from accounts.addresses import claim_when_verified

        post_save.connect(
            claim_when_verified, sender=EmailAddress, dispatch_uid="accounts.claim_when_verified"
        )
