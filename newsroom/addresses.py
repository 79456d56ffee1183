"""Members' email addresses in the admin: staff who manage accounts see and search them; no one
else does, so a moderator cannot test which address a member uses by searching for it."""

from django.core.exceptions import FieldDoesNotExist
from django.db import models

# Managing accounts (Django's user admin) is what shows a member's addresses.
MANAGES_ACCOUNTS = "auth.change_user"


def sees_addresses(user):
    """Whether `user` may see and search members' email addresses (superusers may)."""
    return user.has_perm(MANAGES_ACCOUNTS)


def reaches_an_address(model, search_field):
    """Whether the admin search field (`"^author__email"`, `"member__email__iexact"`) reads an
    email address, on `model` or on a model it leads to."""
    for part in search_field.lstrip("^=@").split("__"):
        try:
            field = model._meta.get_field(part)
        except FieldDoesNotExist:
            return False  # a lookup ("iexact"): the path ended on a field that is not an address
        if isinstance(field, models.EmailField):
            return True
        if not field.is_relation:
            return False
        model = field.related_model
    return False


class HidesMembersAddresses:
    """A ModelAdmin mixin: its search fields that read an email address apply only for staff who
    manage accounts."""

    def get_search_fields(self, request):
        fields = super().get_search_fields(request)
        if sees_addresses(request.user):
            return fields
        return [field for field in fields if not reaches_an_address(self.model, field)]
