from django.urls import include, path
from wagtail import hooks

from . import admin_urls


@hooks.register("register_admin_urls")
def certificate_admin_urls():
    return [path("", include(admin_urls))]
