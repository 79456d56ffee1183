"""The newsroom's roles, Editors and Moderators: each app grants them permissions on its own
models from its apps.py, and the groups are brought up to date after every migrate."""

from collections import defaultdict

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS

EDITORS = "Editors"
MODERATORS = "Moderators"
ROLES = (EDITORS, MODERATORS)
CONTENT_ACTIONS = ("add", "change", "delete", "view")

# Role name -> {(app label, permission codename)}.
_granted = defaultdict(set)


def grant(role, app_label, codenames):
    """Give `role` these permissions of the app `app_label` (codenames like "view_film")."""
    if role not in ROLES:
        raise ValueError(f"No newsroom role {role!r}: choose one of {ROLES}.")
    _granted[role].update((app_label, codename) for codename in codenames)


def grant_content(role, app_label, model_names, actions=CONTENT_ACTIONS):
    """Let `role` add, change, delete and view these models of `app_label` (the editors' way
    with content)."""
    grant(role, app_label, [f"{action}_{model}" for model in model_names for action in actions])


def granted(role):
    """The (app label, codename) pairs granted to `role`, sorted."""
    return sorted(_granted[role])


def sync_groups(*, using=DEFAULT_DB_ALIAS, apps=global_apps, **kwargs):
    """Make each role's group and give it every permission its apps grant: safe to run again and
    again (a post_migrate receiver), and it takes away nothing an administrator added by hand or
    the data migrations that first made the groups gave them."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for label in {label for role in ROLES for label, _codename in _granted[role]}:
        # Permissions are made after migrate by a receiver that may run after this one.
        create_permissions(global_apps.get_app_config(label), verbosity=0, using=using, apps=apps)
    existing = {
        (permission.content_type.app_label, permission.codename): permission
        for permission in Permission.objects.using(using).select_related("content_type")
    }
    for role in ROLES:
        group, _created = Group.objects.using(using).get_or_create(name=role)
        # A permission not found is of a model that a partial migration has not made yet.
        group.permissions.add(*(existing[pair] for pair in _granted[role] if pair in existing))
