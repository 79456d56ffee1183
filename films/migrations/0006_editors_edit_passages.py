"""Give the Editors group the passages added in 0005: without them the inlines are hidden."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PASSAGES = ["filmpassage", "characterarc", "articlesection"]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations run; the group needs them now.
    films = apps.get_app_config("films")
    models_module = getattr(films, "models_module", None)
    films.models_module = True
    create_permissions(films, apps=apps, verbosity=0)
    films.models_module = models_module
    editors = apps.get_model("auth", "Group").objects.filter(name="Editors").first()
    if editors:
        editors.permissions.add(*passage_permissions(apps))


def revoke(apps, schema_editor):
    editors = apps.get_model("auth", "Group").objects.filter(name="Editors").first()
    if editors:
        editors.permissions.remove(*passage_permissions(apps))


def passage_permissions(apps):
    return apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="films", content_type__model__in=PASSAGES
    )


class Migration(migrations.Migration):
    dependencies = [
        ("films", "0005_passages_and_spoilers"),
        ("reviews", "0003_newsroom_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
