"""How the curriculum plugs into Wagtail: who may download its documents."""

from django.http import Http404
from wagtail import hooks

from .permissions import can_download_document
from .selectors import in_curriculum_collection


@hooks.register("before_serve_document")
def documents_follow_the_lessons_that_use_them(document, request):
    """Documents of the Curriculum collection: only for those who may read a page that
    uses them (404 for others, as for a lesson they may not open). Documents elsewhere
    follow Wagtail's collection privacy."""
    if in_curriculum_collection(document) and not can_download_document(
        request.user, document
    ):
        raise Http404
