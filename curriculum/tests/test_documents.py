"""Documents: a lesson's resource goes only to the lesson's readers, always as a
download; uploads have a size limit with a clear message and leave nothing behind."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents.models import Document

from cohorts import services as cohort_services
from cohorts.tests.factories import CohortFactory
from conftest import enable_totp
from curriculum.services import curriculum_collection, publishing_setup
from curriculum.tests.factories import make_curriculum
from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def document(title="Walk list"):
    return Document.objects.create(
        title=title,
        collection=curriculum_collection(),
        file=ContentFile(b"%PDF-1.4 walk list", name="walk-list.pdf"),
    )


def attach(lesson, doc):
    lesson.body = [("resource", {"document": doc, "title": doc.title})]
    lesson.save_revision().publish()


@pytest.fixture
def tree():
    return make_curriculum(modules=1, lessons_per_module=2)


def download(client, doc):
    return client.get(doc.url)


def test_a_locked_lessons_resource_is_not_served_to_visitors(client, tree):
    doc = document()
    attach(tree.lessons[1], doc)  # not an open preview
    assert download(client, doc).status_code == 404
    client.force_login(UserFactory())
    assert download(client, doc).status_code == 404


def test_participants_and_facilitators_get_it_as_a_download(client, tree, facilitator):
    doc = document()
    attach(tree.lessons[1], doc)
    participant = UserFactory()
    cohort_services.enrollment_request(
        user=participant, cohort=CohortFactory(program=tree.program)
    )
    for person in (participant, facilitator):
        client.force_login(person)
        response = download(client, doc)
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment")
        assert response["X-Content-Type-Options"] == "nosniff"


def test_an_open_previews_resource_is_for_everyone(client, tree):
    doc = document()
    attach(tree.lessons[0], doc)  # the open preview
    assert download(client, doc).status_code == 200


def test_a_document_no_live_page_uses_is_for_the_lesson_writers(
    client, tree, facilitator
):
    doc = document("Draft handout")
    assert download(client, doc).status_code == 404
    client.force_login(facilitator)
    assert download(client, doc).status_code == 200


def test_a_document_outside_the_curriculum_follows_wagtails_privacy(client):
    from wagtail.models import Collection

    doc = Document.objects.create(
        title="Public flyer",
        collection=Collection.get_first_root_node(),
        file=ContentFile(b"flyer", name="flyer.txt"),
    )
    assert download(client, doc).status_code == 200


def test_a_document_over_the_size_limit_is_refused_and_not_stored(
    client, tree, facilitator, settings
):
    settings.DOCUMENTS_MAX_UPLOAD_SIZE = 1024
    publishing_setup(program_index=tree.catalog)
    enable_totp(facilitator)
    client.force_login(facilitator)
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Huge",
            "collection": curriculum_collection().pk,
            "file": SimpleUploadedFile("huge.txt", b"x" * 4096, "text/plain"),
        },
    )
    assert response.status_code == 200
    assert "This file is 4.0" in response.content.decode()
    assert "the largest accepted is 1.0" in response.content.decode()
    assert not Document.objects.exists()


def test_the_multiple_upload_has_the_same_limit(client, tree, facilitator, settings):
    settings.DOCUMENTS_MAX_UPLOAD_SIZE = 1024
    publishing_setup(program_index=tree.catalog)
    enable_totp(facilitator)
    client.force_login(facilitator)
    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {
            "collection": curriculum_collection().pk,
            "files[]": SimpleUploadedFile("huge.txt", b"x" * 4096, "text/plain"),
        },
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "largest accepted" in response.json()["error_message"]
    assert not Document.objects.exists()
