"""Document uploads: Wagtail's form with a size limit and a clear message."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        limit = settings.DOCUMENTS_MAX_UPLOAD_SIZE
        if file and file.size > limit:
            raise ValidationError(
                _("This file is %(size)s; the largest accepted is %(limit)s."),
                params={
                    "size": filesizeformat(file.size),
                    "limit": filesizeformat(limit),
                },
                code="file_too_large",
            )
        return file
