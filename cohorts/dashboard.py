"""The facilitator's panel on the Wagtail home page: their cohorts with applications
waiting, the next sessions, pages waiting for review; for site admins, enrollments
this week and cohorts filling up."""

from django.contrib.contenttypes.models import ContentType
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from . import selectors

PAGES_IN_REVIEW_SHOWN = 5


class FacilitatorPanel(Component):
    name = "facilitator_overview"
    template_name = "cohorts/admin/dashboard_panel.html"
    order = 50  # above Wagtail's own panels

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        context = super().get_context_data(parent_context)
        context["overview"] = selectors.facilitator_overview(request.user)
        context["in_review"], context["in_review_count"] = pages_in_review()
        return context


def pages_in_review() -> tuple[list, int]:
    """Pages submitted to a workflow (the facilitators' review) and not yet decided."""
    states = WorkflowState.objects.active().filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    shown = list(
        states.select_related("current_task_state__task", "requested_by")
        .prefetch_related("content_object")
        .order_by("-created_at")[:PAGES_IN_REVIEW_SHOWN]
    )
    return [state for state in shown if state.content_object], states.count()
