from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import invite_views
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
