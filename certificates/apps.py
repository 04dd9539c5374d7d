from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.images import get_image_model

        from cohorts.signals import progress_recorded

        from .pdf import templates_changed
        from .services import certificates_issue_earned

        def issue_earned(sender, enrollments, **kwargs):
            certificates_issue_earned(enrollments=enrollments)

        progress_recorded.connect(
            issue_earned, weak=False, dispatch_uid="certificates-issue-earned"
        )
        # What a certificate prints comes from these (see `pdf.printed_template`).
        senders = (
            "certificates.CertificateTemplate",
            get_image_model(),
            "wagtailcore.Page",
            "curriculum.ProgramPage",
            "wagtailcore.Locale",
        )
        for signal in (post_save, post_delete):
            for sender in senders:
                signal.connect(
                    templates_changed,
                    sender=sender,
                    dispatch_uid=f"certificates-templates-{sender}-{id(signal)}",
                )
        # Wagtail's image form drops the renditions after it saves a new file.
        post_delete.connect(
            templates_changed,
            sender=get_image_model().get_rendition_model(),
            dispatch_uid="certificates-templates-renditions",
        )
