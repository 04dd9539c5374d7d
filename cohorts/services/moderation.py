"""Reports from participants and what facilitators decide about them."""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.ratelimits import allow

from .. import emails
from ..models import Report, ReportOutcome, ReportReason, Response
from ..permissions import (
    cohorts_managed_by,
    reflections_open_to_responses,
    responses_visible_to,
)
from .exchange import HOUR, ExchangeError

REPORTS_PER_HOUR = 10


def report_submit(*, user, item, reason: str, note: str = "") -> Report:
    """Report a reflection or a response the person can see (not their own). A
    second report of the same item by the same person adds nothing."""
    if reason not in ReportReason.values:
        raise ExchangeError(_("Choose why you are reporting this."))
    if not _open_to(user, item) or _author_of(item) == user.pk:
        raise ExchangeError(_("You cannot report this."))
    if not allow("report", user.pk, limit=REPORTS_PER_HOUR, seconds=HOUR):
        raise ExchangeError(
            _("You have sent many reports in the last hour. Please wait a little.")
        )
    report, _created = Report.objects.get_or_create(
        reporter=user,
        resolved_at=None,
        **{_field(item): item},
        defaults={"reason": reason, "note": note[:1000]},
    )
    return report


def open_reports_for(user):
    """The moderation queue: unresolved reports on items of the cohorts `user`
    manages, oldest first."""
    managed = cohorts_managed_by(user).values("pk")
    return (
        Report.objects.filter(resolved_at__isnull=True)
        .filter(
            Q(reflection__enrollment__cohort__in=managed)
            | Q(response__reflection__enrollment__cohort__in=managed)
        )
        .select_related(
            "reporter",
            "reflection__enrollment__user",
            "reflection__enrollment__cohort",
            "response__author",
            "response__reflection__enrollment__cohort",
        )
        .order_by("created_at", "pk")
    )


def item_hide(*, by, report: Report, reason: str) -> None:
    """Hide the reported item for everyone but its writer, resolve every open report
    of it, and tell the writer why, in their language."""
    item = report.item
    with transaction.atomic():
        type(item).objects.filter(pk=item.pk).update(
            hidden_at=timezone.now(), hidden_reason=reason[:500]
        )
        _resolve(by, item, ReportOutcome.HIDDEN)
        transaction.on_commit(lambda: _tell_writer(item, reason))


def report_dismiss(*, by, report: Report) -> None:
    with transaction.atomic():
        _resolve(by, report.item, ReportOutcome.DISMISSED)


def _resolve(by, item, outcome: str) -> None:
    Report.objects.filter(resolved_at__isnull=True, **{_field(item): item}).update(
        resolved_at=timezone.now(), resolved_by=by, outcome=outcome
    )


def _tell_writer(item, reason: str) -> None:
    writer = item.author if isinstance(item, Response) else item.enrollment.user
    if writer is not None:  # a former participant has no address to write to
        emails.send_email(writer, "hidden", {"item": item, "reason": reason})


def _open_to(user, item) -> bool:
    if isinstance(item, Response):
        return (
            responses_visible_to(user)
            .filter(pk=item.pk, hidden_at__isnull=True)
            .exists()
            and reflections_open_to_responses(user)
            .filter(pk=item.reflection_id)
            .exists()
        )
    return reflections_open_to_responses(user).filter(pk=item.pk).exists()


def _author_of(item) -> int:
    return item.author_id if isinstance(item, Response) else item.enrollment.user_id


def _field(item) -> str:
    return "response" if isinstance(item, Response) else "reflection"
