"""Wagtail admin screens for people and partner organizations."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from .models import Membership, Organization

PROFILE_FIELDS = ["display_name", "latin_name", "preferred_language"]


class SiteUserCreationForm(UserCreationForm):
    # The user model has one free-form name instead of first and last names.
    first_name = None
    last_name = None

    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields - {"first_name", "last_name"} | set(
            PROFILE_FIELDS
        )


class SiteUserEditForm(UserEditForm):
    first_name = None
    last_name = None

    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields - {"first_name", "last_name"} | set(
            PROFILE_FIELDS
        )


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return SiteUserEditForm if for_update else SiteUserCreationForm


class OrganizationViewSet(ModelViewSet):
    model = Organization
    url_prefix = "partners/organizations"
    icon = "group"
    menu_label = _("Organizations")
    form_fields = ["name", "slug", "region", "website"]
    list_display = ["name", "region", "website"]
    list_filter = ["region"]
    search_fields = ["name"]
    copy_view_enabled = False


class MembershipViewSet(ModelViewSet):
    """Site admins name partner managers here; participants manage their own ties."""

    model = Membership
    url_prefix = "partners/memberships"
    icon = "user"
    menu_label = _("Memberships")
    form_fields = ["user", "organization", "role"]
    list_display = ["user", "organization", "role", "shares_progress"]
    list_filter = ["organization", "role", "shares_progress"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)
        # Consent belongs to the member: the admin form cannot change it.
        form_class.base_fields.pop("shares_progress", None)
        return form_class


class PartnersViewSetGroup(ModelViewSetGroup):
    menu_label = _("Partners")
    menu_icon = "group"
    menu_order = 300
    items = (OrganizationViewSet, MembershipViewSet)
