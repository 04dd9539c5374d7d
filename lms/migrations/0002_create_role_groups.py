"""The site's roles as groups: facilitators reach the Wagtail admin, partner managers do not."""

from django.db import migrations

FACILITATORS = "Facilitators"
PARTNER_MANAGERS = "Partner managers"


def create_role_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    facilitators, _ = Group.objects.get_or_create(name=FACILITATORS)
    Group.objects.get_or_create(name=PARTNER_MANAGERS)
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    facilitators.permissions.add(access_admin)


def remove_role_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=[FACILITATORS, PARTNER_MANAGERS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_role_groups, remove_role_groups)]
