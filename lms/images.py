"""Image uploads: Wagtail's form with a safer file field, and Pillow's own limit lowered."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm
from wagtail.images.models import AbstractImage


def limit_pillow():
    """Pillow refuses to open anything over the site's limit, so a decompression bomb is
    stopped before it is decoded. (Pillow raises above twice its MAX_IMAGE_PIXELS and
    only warns below that; warning filters are not something to rely on.)"""
    PILImage.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 2


class SafeImageField(WagtailImageField):
    """Refuses files whose pixels cannot be read (cut short, or a tiny file claiming a
    bigger picture) with the usual "not a valid image" message instead of a 500."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except (OSError, SyntaxError, ValueError) as error:
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error


class ImageForm(BaseImageForm):
    # Same label as Wagtail gives the field (and its translations).
    file = SafeImageField(
        label=capfirst(AbstractImage._meta.get_field("file").verbose_name)
    )
