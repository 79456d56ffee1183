"""Create the newsroom's groups with exactly the permissions each role needs."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONTENT = {
    "films": [
        "film",
        "person",
        "alternativename",
        "character",
        "credit",
        "company",
        "filminglocation",
        "externallink",
        "source",
        "citation",
        "discrepancy",
        "editorialpiece",
    ],
    "reviews": ["publication", "critic", "criticreview", "aggregatescore"],
}
MODERATION = [
    ("reviews", "view_userreview"),
    ("reviews", "change_userreview"),
    ("reviews", "view_reviewflag"),
]


def permission_codes_for_editors():
    codes = [
        (app, f"{action}_{model}")
        for app, models in CONTENT.items()
        for model in models
        for action in ("add", "change", "delete", "view")
    ]
    return [*codes, *MODERATION, ("reviews", "delete_userreview")]


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations run; the groups need them now.
    for app_config in apps.get_app_configs():
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def permissions(codes):
        found = []
        for app_label, codename in codes:
            found.append(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        return found

    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.set(permissions(permission_codes_for_editors()))
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    moderators.permissions.set(permissions(MODERATION))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Editors", "Moderators"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("films", "0001_initial"),
        ("reviews", "0002_moderation"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
