"""The Editors and Moderators groups hold what the apps grant them, and making them again is
harmless: an existing database keeps its groups and whatever an administrator added."""

import pytest
from django.contrib.auth.models import Group, Permission

from newsroom import roles

pytestmark = pytest.mark.django_db


def held(role):
    return sorted(
        (p.content_type.app_label, p.codename)
        for p in Group.objects.get(name=role).permissions.select_related("content_type")
    )


@pytest.mark.parametrize("role", roles.ROLES)
def test_the_migrated_groups_hold_exactly_what_the_apps_grant(role):
    """The data migrations made the groups; the apps' grants in code say the same."""
    assert held(role) == roles.granted(role)


def test_every_granted_permission_exists():
    existing = set(Permission.objects.values_list("content_type__app_label", "codename"))
    for role in roles.ROLES:
        assert set(roles.granted(role)) <= existing, role


def test_editors_edit_content_and_moderate_and_moderators_only_moderate():
    assert ("films", "change_film") in roles.granted(roles.EDITORS)
    assert ("reviews", "delete_userreview") in roles.granted(roles.EDITORS)
    assert ("films", "view_spoilerhorizon") not in roles.granted(roles.EDITORS)
    assert {label for label, _codename in roles.granted(roles.MODERATORS)} == {"reviews"}
    assert ("reviews", "delete_userreview") not in roles.granted(roles.MODERATORS)


def test_syncing_again_changes_nothing_and_takes_nothing_away():
    editors = Group.objects.get(name=roles.EDITORS)
    added_by_hand = Permission.objects.get(codename="view_user")
    editors.permissions.add(added_by_hand)
    before = {role: held(role) for role in roles.ROLES}

    roles.sync_groups()
    roles.sync_groups()

    assert {role: held(role) for role in roles.ROLES} == before
    assert Group.objects.filter(name__in=roles.ROLES).count() == 2


def test_a_database_without_the_groups_gets_them_back():
    Group.objects.filter(name__in=roles.ROLES).delete()
    roles.sync_groups()
    for role in roles.ROLES:
        assert held(role) == roles.granted(role)


def test_a_missing_permission_is_given_back():
    moderators = Group.objects.get(name=roles.MODERATORS)
    moderators.permissions.remove(Permission.objects.get(codename="view_reviewflag"))
    roles.sync_groups()
    assert held(roles.MODERATORS) == roles.granted(roles.MODERATORS)


def test_an_unknown_role_is_refused():
    with pytest.raises(ValueError, match="No newsroom role"):
        roles.grant("Interns", "films", ["view_film"])
