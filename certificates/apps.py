from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cohorts.signals import progress_recorded

        from .services import certificates_issue_earned

        def issue_earned(sender, enrollments, **kwargs):
            certificates_issue_earned(enrollments=enrollments)

        progress_recorded.connect(
            issue_earned, weak=False, dispatch_uid="certificates-issue-earned"
        )
