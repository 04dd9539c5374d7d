from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig

# Django ships no locale data for Tagalog; the site offers it as a content language.
EXTRA_LANG_INFO = {
    "tl": {"bidi": False, "code": "tl", "name": "Tagalog", "name_local": "Tagalog"},
}


class LmsConfig(AppConfig):
    default = True
    name = "lms"
    verbose_name = _("Learning site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.conf.locale import LANG_INFO

        from . import checks, images, signals  # noqa: F401  (checks registers the deploy checks)

        for code, info in EXTRA_LANG_INFO.items():
            LANG_INFO.setdefault(code, info)
        signals.connect()
        images.limit_pillow()


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms for this site's email-based user model."""

    user_viewset = "lms.viewsets.UserViewSet"
