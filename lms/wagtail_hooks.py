from wagtail import hooks

from .viewsets import PartnersViewSetGroup


@hooks.register("register_admin_viewset")
def register_partners_viewsets():
    return PartnersViewSetGroup()
