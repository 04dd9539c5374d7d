from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _

# Facilitators run cohorts in the Wagtail admin; which cohorts is narrowed per view.
FACILITATOR_MODEL_PERMISSIONS = [
    f"{action}_{model}"
    for model in ("cohort", "session", "invitecode")
    for action in ("add", "change", "delete", "view")
]


def grant_facilitator_permissions(sender, **kwargs):
    """After every migrate, once Django has created the permissions of every app (the
    signal is sent app by app; the last one comes after all). Idempotent."""
    from django.apps import apps
    from django.contrib.auth.models import Permission

    if sender is not list(apps.get_app_configs())[-1]:
        return

    from lms.permissions import FACILITATORS, ensure_role_groups

    permissions = Permission.objects.filter(
        content_type__app_label="cohorts", codename__in=FACILITATOR_MODEL_PERMISSIONS
    )
    ensure_role_groups()[FACILITATORS].permissions.add(*permissions)


class CohortsConfig(AppConfig):
    name = "cohorts"
    verbose_name = _("Cohorts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .selectors import lessons_done_changed, seats_changed

        post_migrate.connect(
            grant_facilitator_permissions, dispatch_uid="cohorts-facilitators"
        )
        # Who may read which program, and what they finished, are cached per person:
        # dropped when that changes.
        for signal in (post_save, post_delete):
            signal.connect(
                seats_changed,
                sender="cohorts.Enrollment",
                dispatch_uid=f"cohorts-seats-{id(signal)}",
            )
            signal.connect(
                lessons_done_changed,
                sender="cohorts.LessonCompletion",
                dispatch_uid=f"cohorts-lessons-done-{id(signal)}",
            )
