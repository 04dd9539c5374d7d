from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

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
