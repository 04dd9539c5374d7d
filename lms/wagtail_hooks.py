from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import invite_views, personal_data, services
from .viewsets import PartnersViewSetGroup


@hooks.register("register_admin_viewset")
def register_partners_viewsets():
    return PartnersViewSetGroup()


@hooks.register("insert_global_admin_js")
def admin_choosers_js():
    return format_html('<script src="{}"></script>', static("js/admin-choosers.js"))


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("register_log_actions")
def partner_invite_log_actions(actions):
    actions.register_action(
        invite_views.INVITE_CREATED, _("Make invite link"), _("Made an invite link")
    )
    actions.register_action(
        invite_views.INVITE_REVOKED,
        _("Revoke invite link"),
        _("Revoked an invite link"),
    )


@hooks.register("register_log_actions")
def account_log_actions(actions):
    actions.register_action(
        services.ACCOUNT_DELETED, _("Delete account"), _("Deleted an account")
    )
    actions.register_action(
        services.DATA_EXPORTED,
        _("Export a person's data"),
        _("Sent a person a copy of their data"),
    )


hooks.register(personal_data.PERSONAL_DATA_HOOK, personal_data.account_sections)
