from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save
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

        for code, info in EXTRA_LANG_INFO.items():
            LANG_INFO.setdefault(code, info)
        from . import checks  # noqa: F401  (registers the deploy checks)
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .models import User
        from .pages import pages_changed, view_restrictions_changed
        from .permissions import roles_changed

        m2m_changed.connect(
            roles_changed, sender=User.groups.through, dispatch_uid="lms-roles"
        )
        for signal in (post_save, post_delete):
            signal.connect(
                roles_changed, sender="auth.Group", dispatch_uid=f"lms-roles-{signal}"
            )

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(pages_changed, dispatch_uid=f"lms-pages-{signal}")
        post_delete.connect(
            pages_changed, sender="wagtailcore.Page", dispatch_uid="lms-pages-delete"
        )

        for signal in (post_save, post_delete):
            signal.connect(
                view_restrictions_changed,
                sender="wagtailcore.PageViewRestriction",
                dispatch_uid=f"lms-view-restrictions-{signal}",
            )


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms for this site's email-based user model."""

    user_viewset = "lms.viewsets.UserViewSet"
