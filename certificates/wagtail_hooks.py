"""How certificates plug into the Wagtail admin."""

from django.urls import include, path
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from cohorts.selectors.partners import CERTIFICATES_HOOK
from lms.personal_data import PERSONAL_DATA_HOOK
from lms.services import ACCOUNT_DELETE_HOOK

from . import admin_urls
from .models import CertificateTemplate
from .personal_data import certificate_sections, certificates_withdraw
from .selectors import certificates_shown_to_partners
from .viewsets import CertificateTemplateViewSet, SiteAdminsOnly

# Before anything asks Wagtail for the model's policy (it would make a default one).
register_permission_policy(CertificateTemplate, SiteAdminsOnly(CertificateTemplate))
register_snippet(CertificateTemplateViewSet)


@hooks.register("register_admin_urls")
def certificate_admin_urls():
    """A cohort's certificates page, linked from its manage page."""
    return [path("", include(admin_urls))]


# Partner dashboards list the certificates of their consenting members.
hooks.register(CERTIFICATES_HOOK, certificates_shown_to_partners)

hooks.register(PERSONAL_DATA_HOOK, certificate_sections)
# Before cohorts forget the enrollments the certificates name (lms.services).
hooks.register(ACCOUNT_DELETE_HOOK, certificates_withdraw, order=-10)
