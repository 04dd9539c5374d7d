"""Uploads: decompression bombs, SVG and HTML disguised as images are refused, and
nothing is left behind."""

import io
import struct
import zlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images.models import Image

from conftest import enable_totp
from curriculum.services import curriculum_collection, publishing_setup
from curriculum.tests.factories import make_curriculum

pytestmark = pytest.mark.django_db


def png_claiming(width, height) -> bytes:
    """A tiny valid PNG whose header claims the given size."""
    buffer = io.BytesIO()
    PILImage.new("L", (1, 1)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    ihdr = 8 + 8  # signature, then the IHDR chunk's length and type
    data[ihdr : ihdr + 8] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[12 : ihdr + 13]))
    data[ihdr + 13 : ihdr + 17] = struct.pack(">I", crc)
    return bytes(data)


@pytest.fixture
def uploader(client, facilitator):
    tree = make_curriculum(modules=1, lessons_per_module=1)
    publishing_setup(program_index=tree.catalog)
    enable_totp(facilitator)
    client.force_login(facilitator)
    return client


def upload(client, name, content, content_type):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": name,
            "collection": curriculum_collection().pk,
            "file": SimpleUploadedFile(name, content, content_type=content_type),
        },
    )


@pytest.mark.parametrize("size", [(10_000, 10_000), (7_000, 7_000)])
def test_a_decompression_bomb_is_refused_with_a_clear_message(uploader, size):
    response = upload(uploader, "bomb.png", png_claiming(*size), "image/png")
    assert response.status_code == 200
    assert "too many pixels" in response.content.decode()
    assert not Image.objects.exists()
    assert not list(Path(settings.MEDIA_ROOT).rglob("bomb*"))  # nothing left in storage


def test_a_file_cut_short_is_refused_not_a_server_error(uploader):
    response = upload(uploader, "cut.png", png_claiming(1_000, 1_000), "image/png")
    assert response.status_code == 200
    assert (
        "Upload a valid image" in response.content.decode()
        or "not a valid image" in response.content.decode()
    )
    assert not Image.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        (
            "drawing.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
            "image/svg+xml",
        ),
        ("page.png", b"<html><script>alert(1)</script></html>", "image/png"),
    ],
)
def test_svg_and_html_disguised_as_images_are_refused(
    uploader, name, content, content_type
):
    response = upload(uploader, name, content, content_type)
    assert response.status_code == 200
    assert (
        "errorlist" in response.content.decode() or "error" in response.content.decode()
    )
    assert not Image.objects.exists()


def test_a_real_photo_is_accepted(uploader):
    buffer = io.BytesIO()
    PILImage.new("RGB", (1200, 800), "#7a1f3d").save(buffer, "JPEG")
    response = upload(uploader, "canvass.jpg", buffer.getvalue(), "image/jpeg")
    assert response.status_code == 302
    assert Image.objects.get().collection == curriculum_collection()


def test_rendering_certificates_does_not_let_uploads_accept_cut_files():
    """WeasyPrint, imported for certificates, would make Pillow accept them."""
    from PIL import ImageFile

    import certificates.pdf  # noqa: F401

    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
