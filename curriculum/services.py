"""Set-up of the curriculum's publishing rules: who writes, who approves, where files go."""

from itertools import product

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from lms.permissions import FACILITATORS, ensure_role_groups

from .models import COLLECTION_NAME

WORKFLOW_NAME = "Facilitator review"
# Facilitators write and submit; publishing is an admin's approval, never theirs.
FACILITATOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
FACILITATOR_FILE_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]


@transaction.atomic
def publishing_setup(*, program_index) -> Workflow:
    """Facilitators may add and edit pages under the catalog (in every language it is
    translated into so far: run again after adding a language) and submit them to the
    "Facilitator review" workflow, which a site admin approves; their images and
    documents go to the "Curriculum" collection only. Safe to run again."""
    facilitators = ensure_role_groups()[FACILITATORS]
    # Each language's catalog is its own subtree: grant and review on every one.
    catalogs = list(program_index.get_translations(inclusive=True))
    for catalog, codename in product(catalogs, FACILITATOR_PAGE_PERMISSIONS):
        GroupPagePermission.objects.get_or_create(
            group=facilitators,
            page=catalog,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    collection = curriculum_collection()
    # Wagtail's own migrations give every admin group "choose" on the root collection.
    GroupCollectionPermission.objects.filter(group=facilitators).exclude(
        collection=collection
    ).delete()
    for app_label, codename in FACILITATOR_FILE_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=facilitators,
            collection=collection,
            permission=Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            ),
        )
    facilitators.permissions.add(submit_translation_permission())
    return _review_workflow(catalogs)


def submit_translation_permission() -> Permission:
    """wagtail-localize's "Can submit translations", made by its migration on a content
    type of its own; recreated here if a database flush removed it (browser tests)."""
    content_type, _ = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    return permission


def curriculum_collection() -> Collection:
    existing = Collection.objects.filter(name=COLLECTION_NAME).first()
    if existing:
        return existing
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    return root.add_child(name=COLLECTION_NAME)


def _review_workflow(catalogs) -> Workflow:
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    # A task without groups is approved by site admins (superusers) only.
    task, _ = GroupApprovalTask.objects.get_or_create(name="Site admin approval")
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    for catalog in catalogs:
        WorkflowPage.objects.update_or_create(
            page=catalog, defaults={"workflow": workflow}
        )
    return workflow
