"""Publishing: facilitators write and submit; a site admin approves; readers see it."""

import pytest
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission
from wagtail.permissions import policy_registry
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from conftest import enable_totp
from curriculum.blocks import RICH_TEXT_FEATURES
from curriculum.models import LessonPage
from curriculum.services import COLLECTION_NAME, WORKFLOW_NAME, publishing_setup
from curriculum.tests.factories import make_curriculum
from lms.permissions import FACILITATORS

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    tree = make_curriculum(modules=1, lessons_per_module=1)
    publishing_setup(program_index=tree.catalog)
    return tree


def edit_data(lesson, text, **actions):
    return nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "body": streamfield(
                [("text", rich_text(f"<p>{text}</p>", features=RICH_TEXT_FEATURES))]
            ),
            "estimated_minutes": 20,
            "is_required": "on",
            **actions,
        }
    )


def admin_client(client, user):
    enable_totp(user)
    client.force_login(user)
    return client


def test_facilitator_submits_and_an_admin_approves(
    client, django_user_model, tree, facilitator, site_admin
):
    lesson = tree.lessons[0]
    edit_url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    admin_client(client, facilitator)
    response = client.post(
        edit_url,
        edit_data(lesson, "Fresh words on canvassing", **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    lesson.refresh_from_db()
    assert lesson.workflow_in_progress
    assert "Fresh words" not in client.get(lesson.url).content.decode()  # not live yet

    admin_client(client, site_admin)
    task_state = lesson.current_workflow_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", task_state.pk]
    )
    response = client.post(url, {"comment": ""})
    assert response.status_code in (200, 302)
    client.logout()
    client.force_login(facilitator)
    assert "Fresh words on canvassing" in client.get(lesson.url).content.decode()


def test_facilitator_cannot_publish_directly(client, tree, facilitator):
    lesson = tree.lessons[0]
    admin_client(client, facilitator)
    edit_url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    client.post(
        edit_url, edit_data(lesson, "Sneaky publish", **{"action-publish": "1"})
    )
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert "Sneaky publish" not in str(lesson.body)  # live content unchanged
    assert lesson.has_unpublished_changes  # saved as a draft at most


def test_facilitator_can_add_a_lesson_as_a_draft(client, tree, facilitator):
    module = tree.modules[0]
    admin_client(client, facilitator)
    url = reverse(
        "wagtailadmin_pages:add", args=["curriculum", "lessonpage", module.pk]
    )
    data = edit_data(LessonPage(title="New lesson", slug="new-lesson"), "Draft words")
    response = client.post(url, data)
    assert response.status_code == 302
    new = LessonPage.objects.get(slug="new-lesson")
    assert not new.live


def test_facilitators_cannot_edit_outside_the_catalog(client, tree, facilitator):
    admin_client(client, facilitator)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[tree.home.pk]))
    assert response.status_code in (302, 403)


def test_setup_is_idempotent_and_complete(tree):
    workflow = publishing_setup(program_index=tree.catalog)
    assert workflow.name == WORKFLOW_NAME
    assert tree.catalog.get_workflow() == workflow
    curriculum = Collection.objects.get(name=COLLECTION_NAME)
    allowed = GroupCollectionPermission.objects.filter(group__name=FACILITATORS)
    assert set(allowed.values_list("collection", flat=True)) == {curriculum.pk}
    assert allowed.count() == 6


@pytest.mark.parametrize("get_model", [get_image_model, get_document_model])
def test_facilitator_files_go_to_the_curriculum_collection_only(
    tree, facilitator, get_model
):
    policy = policy_registry.get_by_type(get_model())
    for action in ["add", "change", "choose"]:
        collections = policy.collections_user_has_permission_for(facilitator, action)
        assert [c.name for c in collections] == [COLLECTION_NAME]


def test_facilitator_can_translate_a_lesson(client, tree, facilitator):
    from curriculum.tests.factories import locale, translate

    locale("es")
    for page in [tree.home, tree.catalog]:
        translate(page, "es")
    publishing_setup(program_index=tree.catalog)  # grants on the Spanish catalog too
    admin_client(client, facilitator)
    url = reverse("wagtail_localize:submit_page_translation", args=[tree.lessons[0].pk])
    response = client.get(url)
    assert response.status_code == 200
    response = client.post(url, {"locales": [locale("es").pk], "include_subtree": ""})
    assert response.status_code == 302
    spanish = tree.lessons[0].get_translation(locale("es"))
    assert (
        spanish.title == tree.lessons[0].title
    )  # a draft to translate, string by string
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[spanish.pk]))
    assert edit.status_code == 200


def test_facilitator_previews_a_draft_that_readers_do_not_see(
    client, tree, facilitator
):
    lesson = tree.lessons[0]
    admin_client(client, facilitator)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.pk])
    response = client.post(preview_url, edit_data(lesson, "Draft words in preview"))
    assert response.json()["is_valid"]
    body = client.get(preview_url).content.decode()
    assert "Draft words in preview" in body
    client.logout()
    assert "Draft words in preview" not in client.get(lesson.url).content.decode()
