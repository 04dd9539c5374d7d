"""Partner managers' pages: their organization's consenting members and how their
training goes, with totals, charts and exports. Each view or export of member data
writes an entry to the audit trail (Wagtail's log, on the organization) with the
filters used, never the data itself."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods
from wagtail.log_actions import log

from lms import dates
from lms.decorators import partner_manager_view
from lms.models import Membership, MembershipRole
from lms.permissions import organizations_managed_by
from lms.services import membership_leave

from .charts import bar_chart
from .exports import spreadsheet_response
from .forms import PartnerFilterForm
from .selectors import partners

PER_PAGE = 50
VIEWED = "lms.partners.view"
EXPORTED = "lms.partners.export"
REMOVED = "lms.partners.remove_member"
EXPORT_FORMATS = ("csv", "xlsx")


@partner_manager_view
@require_GET
def partner_home(request):
    """A manager of one organization goes straight to it; of several, chooses."""
    organizations = list(organizations_managed_by(request.user).distinct())
    if not organizations:
        raise Http404
    if len(organizations) == 1:
        return redirect("cohorts:partner_dashboard", slug=organizations[0].slug)
    return render(
        request, "cohorts/partners/choose.html", {"organizations": organizations}
    )


@partner_manager_view
@require_GET
def partner_dashboard(request, slug):
    organization, others = _managed_or_404(request, slug)
    training = partners.organization_training(organization)
    rows, form, sort = _rows(request, training)
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    seen = set()
    for row in page.object_list:
        row.first_of_person = row.membership.pk not in seen
        seen.add(row.membership.pk)
    log(
        instance=organization,
        action=VIEWED,
        user=request.user,
        data={"filters": form.used(), "sort": sort, "page": page.number},
    )
    totals = training.totals
    context = {
        "organization": organization,
        "others": others,
        "form": form,
        "members": page,
        "sort": sort,
        "sort_links": _sort_links(form, sort),
        "query_string": urlencode(form.query(sort)),
        "totals": totals,
        "charts": _charts(totals),
        "shown_count": len(rows),
    }
    return render(request, "cohorts/partners/dashboard.html", context)


@partner_manager_view
@require_GET
def partner_export(request, slug, spreadsheet_format):
    organization, _others = _managed_or_404(request, slug)
    if spreadsheet_format not in EXPORT_FORMATS:
        raise Http404
    rows, form, sort = _rows(request, partners.organization_training(organization))
    log(
        instance=organization,
        action=EXPORTED,
        user=request.user,
        data={"filters": form.used(), "sort": sort, "format": spreadsheet_format},
    )
    return spreadsheet_response(
        _export_rows(rows, request),
        columns=_export_columns(),
        filename=f"{organization.slug}-training-{timezone.localdate().isoformat()}",
        spreadsheet_format=spreadsheet_format,
    )


@partner_manager_view
@require_http_methods(["GET", "POST"])
def partner_member_remove(request, slug, membership_id):
    """Asks first; the person then leaves the organization (their account and their
    training stay theirs, and an invite link brings them back)."""
    organization, _others = _managed_or_404(request, slug)
    membership = get_object_or_404(
        Membership.objects.select_related("user"),
        pk=membership_id,
        organization=organization,
        shares_progress=True,  # a manager only ever saw these
        role=MembershipRole.STAFF,  # managers are named by site admins, in the admin
    )
    if request.method == "GET":
        return render(
            request,
            "cohorts/partners/remove_member.html",
            {"organization": organization, "membership": membership},
        )
    membership_leave(user=membership.user, organization=organization)
    log(
        instance=organization,
        action=REMOVED,
        user=request.user,
        data={"membership": membership.pk},
    )
    messages.success(
        request,
        _("%(name)s is no longer a member of %(organization)s.")
        % {"name": membership.user.display_name, "organization": organization.name},
    )
    return redirect("cohorts:partner_dashboard", slug=organization.slug)


def _managed_or_404(request, slug):
    """The organization, and the others the person manages (one query). Every
    organization they do not manage, real or made up, is the same 404."""
    managed = list(organizations_managed_by(request.user).distinct())
    organization = next((o for o in managed if o.slug == slug), None)
    if organization is None:
        raise Http404
    return organization, [o for o in managed if o != organization]


def _rows(request, training):
    everyone = training.rows
    form = PartnerFilterForm(request.GET, choices=partners.choices(everyone))
    if request.GET and not form.is_valid():
        messages.warning(
            request, _("That filter is not available here: showing everyone.")
        )
    sort = form.sort_order()
    return partners.filtered(everyone, form.filters(), sort), form, sort


def _charts(totals) -> list:
    return [
        bar_chart("enrolled", _("People who took part, by program"), totals.enrolled),
        bar_chart("completed", _("People who completed, by program"), totals.completed),
        bar_chart(
            "certified", _("People with a certificate, by program"), totals.certified
        ),
        bar_chart("years", _("People who took part, by cohort year"), totals.by_year),
    ]


def _sort_links(form, sort) -> dict:
    """Column -> (address that sorts by it, the current direction or "")."""
    links = {}
    for column in partners.SORTS:
        current = sort.removeprefix("-") == column
        descending = sort.startswith("-")
        target = f"-{column}" if current and not descending else column
        direction = ("descending" if descending else "ascending") if current else ""
        links[column] = ("?" + urlencode(form.query(target)), direction)
    return links


def _export_columns() -> dict:
    return {
        "name": _("Name"),
        "program": _("Program"),
        "cohort": _("Cohort"),
        "dates": _("Dates"),
        "status": _("Status"),
        "progress": _("Progress (%)"),
        "attended": _("Sessions attended"),
        "held": _("Sessions held"),
        "certificates": _("Certificates"),
        "activity": _("Last activity"),
    }


def _export_rows(rows, request):
    """Row by row (the CSV streams); each cohort's dates and each day written once."""
    site = request.build_absolute_uri("/").rstrip("/")
    cohort_dates = {}
    days = {}

    def day(moment):
        key = timezone.localdate(moment)
        if key not in days:
            days[key] = dates.local_date(key)
        return days[key]

    for row in rows:
        cohort, enrollment = row.cohort, row.enrollment
        if cohort and cohort.pk not in cohort_dates:
            cohort_dates[cohort.pk] = dates.local_date_range(
                cohort.starts_on, cohort.ends_on
            )
        yield {
            "name": row.name,
            "program": row.program_title,
            "cohort": cohort.title if cohort else _("Not in a cohort yet"),
            "dates": cohort_dates[cohort.pk] if cohort else "",
            "status": enrollment.get_status_display() if enrollment else "",
            "progress": row.percent if enrollment else "",
            "attended": row.attended if enrollment else "",
            "held": row.sessions_held if enrollment else "",
            "certificates": " ".join(
                site + certificate.verify_path for certificate in row.certificates
            ),
            "activity": day(row.last_activity) if row.last_activity else "",
        }
