"""Certificate templates in the Wagtail admin: site admins design them; nobody else
sees them (facilitators choose nothing here: a program's template is a page setting
only site admins change)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.admin_forms import AdminModelForm
from lms.models import User
from lms.permissions import is_site_admin

from .models import CertificateTemplate


class SiteAdminsOnly(ModelPermissionPolicy):
    """Only site admins, whatever permissions a group is given: a template prints
    on every certificate of the programs that use it."""

    def user_has_permission(self, user, action):
        return is_site_admin(user)

    def users_with_any_permission(self, actions):
        return User.objects.filter(is_active=True, is_superuser=True)


class CertificateTemplateForm(AdminModelForm):
    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("is_default"):
            other = self._other_default()
            if other is not None:
                self.add_error(
                    "is_default",
                    ValidationError(
                        _(
                            "“%(name)s” is already the default template in this "
                            "language. Untick “default template” there first."
                        ),
                        params={"name": other.name},
                        code="second_default",
                    ),
                )
        return cleaned_data

    def _other_default(self) -> CertificateTemplate | None:
        # Per language: a translation of the default is the default in its language.
        return (
            CertificateTemplate.objects.filter(
                is_default=True, locale_id=self.instance.locale_id
            )
            .exclude(pk=self.instance.pk)
            .first()
        )


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    menu_name = "certificate-templates"
    url_prefix = "certificates/templates"
    add_to_settings_menu = True
    list_display = [
        "name",
        "heading",
        "paper_size",
        BooleanColumn("is_default", label=_("Default")),
    ]
    list_filter = ["is_default", "paper_size"]
    copy_view_enabled = True
    edit_handler = ObjectList(
        CertificateTemplate.panels, base_form_class=CertificateTemplateForm
    )
