"""Partner dashboards (SECURITY.md promise 3): a manager sees their own organization's
members who share their training, and nothing of anyone else."""

import csv
import datetime
import io
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from certificates.services import (
    certificate_issue,
    certificate_revoke,
    certificate_set_hidden,
)
from cohorts import services
from cohorts.forms import SORT_LABELS
from cohorts.models import AttendanceStatus, Enrollment, EnrollmentStatus
from cohorts.selectors.partners import SORTS
from cohorts.services.reflections import reflection_submit
from cohorts.tests.factories import CohortFactory, SessionFactory
from conftest import enable_totp
from curriculum.selectors import lesson_prompts
from curriculum.tests.factories import make_curriculum, translate
from lms.models import Membership, MembershipRole, Organization, User
from lms.permissions import PARTNER_MANAGERS
from lms.services import membership_join, membership_set_consent
from lms.tests.factories import OrganizationFactory, UserFactory

TODAY = timezone.localdate()


@pytest.fixture
def running(tree):
    return CohortFactory(
        program=tree.program,
        title="2026 Oakland Boot Camp",
        starts_on=TODAY - datetime.timedelta(days=10),
        ends_on=TODAY + datetime.timedelta(days=50),
        capacity=100,
    )


@pytest.fixture
def past(tree):
    return CohortFactory(
        program=tree.program,
        title="2025 Oakland Boot Camp",
        starts_on=TODAY - datetime.timedelta(days=400),
        ends_on=TODAY - datetime.timedelta(days=340),
        capacity=100,
    )


@pytest.fixture
def org(db):
    return OrganizationFactory(name="East Oakland Tenants", slug="east-oakland")


@pytest.fixture
def other_org(db):
    return OrganizationFactory(name="Fresno Youth Voices", slug="fresno-youth")


@pytest.fixture
def manager(org, partner_manager):
    Membership.objects.create(
        user=partner_manager, organization=org, role=MembershipRole.MANAGER
    )
    return partner_manager


def member(org, *, shares=True, **user_fields):
    user = UserFactory(**user_fields)
    membership_join(user=user, organization=org)
    membership_set_consent(user=user, organization=org, shares_progress=shares)
    return user


def seat(user, cohort):
    if cohort.has_ended():  # joined while it ran: written as it stands now
        return Enrollment.objects.create(
            user=user, cohort=cohort, status=EnrollmentStatus.ENROLLED
        )
    return services.enrollment_request(user=user, cohort=cohort)


def dashboard(client, org, **query):
    return client.get(
        reverse("cohorts:partner_dashboard", kwargs={"slug": org.slug}), query
    )


def export(client, org, spreadsheet_format="csv", **query):
    return client.get(
        reverse(
            "cohorts:partner_export",
            kwargs={"slug": org.slug, "spreadsheet_format": spreadsheet_format},
        ),
        query,
    )


def remove_url(org, membership) -> str:
    return reverse(
        "cohorts:partner_member_remove",
        kwargs={"slug": org.slug, "membership_id": membership.pk},
    )


def csv_rows(response) -> list[dict]:
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def xlsx_values(response) -> list:
    content = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    sheet = load_workbook(io.BytesIO(content)).active
    return [cell.value for row in sheet.iter_rows() for cell in row]


def page_text(response) -> str:
    return response.content.decode()


# What a manager sees --------------------------------------------------------------------


def test_a_sharing_member_shows_with_their_training(
    client, manager, org, tree, running, past
):
    ana = member(org, display_name="Ana Reyes")
    seat(ana, running)
    old = seat(ana, past)
    services.lesson_complete(user=ana, lesson=tree.lessons[0])
    session = SessionFactory(
        cohort=running, starts_at=timezone.now() - datetime.timedelta(days=2)
    )
    services.attendance_record(
        session=session,
        enrollment=ana.enrollments.get(cohort=running),
        status=AttendanceStatus.PRESENT,
        by=None,
    )
    certificate = certificate_issue(enrollment=old)
    client.force_login(manager)
    response = dashboard(client, org)
    assert response.status_code == 200
    html = page_text(response)
    assert html.count("Ana Reyes</th>") == 2  # one row per cohort, the past one too
    assert "2026 Oakland Boot Camp" in html and "2025 Oakland Boot Camp" in html
    assert "25%" in html  # 1 of the program's 4 lessons
    assert "1 of 1" in html  # sessions attended of those held
    verify = reverse("certificates:verify", kwargs={"code": certificate.display_code})
    assert f'href="{verify}"' in html


def test_a_sharing_member_with_no_cohort_is_never_missing(client, manager, org):
    member(org, display_name="Brand New Member")
    client.force_login(manager)
    html = page_text(dashboard(client, org))
    assert "Brand New Member" in html and "Not in a cohort yet" in html
    rows = csv_rows(export(client, org))
    assert [row["Name"] for row in rows] == ["Brand New Member"]


def test_people_who_do_not_share_appear_nowhere_by_name(client, manager, org, running):
    quiet = [
        member(org, shares=False, display_name=f"Quiet Person {n}") for n in range(5)
    ]
    for person in quiet:
        seat(person, running)
    client.force_login(manager)
    html = page_text(dashboard(client, org))
    assert "Quiet Person" not in html
    assert "Quiet Person" not in str(csv_rows(export(client, org)))
    assert not any("Quiet" in str(v) for v in xlsx_values(export(client, org, "xlsx")))
    # They count in the totals (five people: shown as a number).
    assert counts(html, "enrolled") == ["0 who share", "5 others"]


def test_sharing_with_another_organization_shares_nothing_here(
    client, manager, org, other_org, running
):
    both = member(org, shares=False, display_name="Two Hats")
    membership_join(user=both, organization=other_org)
    membership_set_consent(user=both, organization=other_org, shares_progress=True)
    seat(both, running)
    client.force_login(manager)
    assert "Two Hats" not in page_text(dashboard(client, org))
    assert csv_rows(export(client, org)) == []


def test_reflections_answers_and_emails_are_never_shown(
    client, manager, org, tree, running
):
    writer = member(org, display_name="Rosa Writer", email="rosa.secret@example.org")
    seat(writer, running)
    lesson = tree.lessons[1]
    reflection_submit(
        user=writer,
        lesson=lesson,
        prompt_id=next(iter(lesson_prompts(lesson))),
        text="My uncle was deported in 2019",
        visibility="cohort",
    )
    client.force_login(manager)
    for response in (dashboard(client, org), export(client, org)):
        text = (
            page_text(response) if not response.streaming else str(csv_rows(response))
        )
        assert "Rosa Writer" in text
        assert "deported" not in text and "rosa.secret" not in text


def test_revoked_and_hidden_certificates_are_not_listed(
    client, manager, org, past, site_admin
):
    people = [member(org, display_name=f"Graduate {n}") for n in range(3)]
    shown, revoked, hidden = (
        certificate_issue(enrollment=seat(p, past)) for p in people
    )
    certificate_revoke(user=site_admin, certificate=revoked, reason="Issued in error")
    certificate_set_hidden(certificate=hidden, hidden=True)
    client.force_login(manager)
    html = page_text(dashboard(client, org))
    assert shown.display_code in html
    assert revoked.display_code not in html and hidden.display_code not in html


# Consent ---------------------------------------------------------------------------------


def test_withdrawing_consent_hides_the_member_at_once(client, manager, org, running):
    ana = member(org, display_name="Ana Withdraws")
    seat(ana, running)
    client.force_login(manager)
    assert "Ana Withdraws" in page_text(dashboard(client, org))

    client.force_login(ana)
    response = client.post(
        reverse("lms:organization_consent", kwargs={"slug": org.slug}), {}
    )
    assert response.status_code == 302

    client.force_login(manager)
    assert "Ana Withdraws" not in page_text(dashboard(client, org))
    assert csv_rows(export(client, org)) == []  # the same export address, now empty

    client.force_login(ana)
    client.post(
        reverse("lms:organization_consent", kwargs={"slug": org.slug}),
        {"shares_progress": "on"},
    )
    client.force_login(manager)
    assert "Ana Withdraws" in page_text(dashboard(client, org))


def test_leaving_the_organization_hides_the_member(client, manager, org):
    ana = member(org, display_name="Ana Leaves")
    client.force_login(ana)
    client.post(reverse("lms:organization_leave", kwargs={"slug": org.slug}))
    client.force_login(manager)
    assert "Ana Leaves" not in page_text(dashboard(client, org))


def test_a_manager_removes_a_member(client, manager, org):
    ana = member(org, display_name="Ana Removed")
    membership = Membership.objects.get(user=ana, organization=org)
    client.force_login(manager)
    response = client.post(remove_url(org, membership))
    assert response.status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()
    entry = ModelLogEntry.objects.get(action="lms.partners.remove_member")
    assert entry.data == {"membership": membership.pk}  # an id, not who it was


# Isolation -------------------------------------------------------------------------------


def test_another_organizations_manager_gets_404_and_changes_nothing(
    client, manager, org, other_org
):
    theirs = member(other_org, display_name="Fresno Member")
    membership = Membership.objects.get(user=theirs)
    client.force_login(manager)
    for response in (
        dashboard(client, other_org),
        export(client, other_org),
        export(client, other_org, "xlsx"),
        client.get(
            reverse("cohorts:partner_dashboard", kwargs={"slug": "no-such-org"})
        ),
        # Their member's id under my organization's address:
        client.get(remove_url(org, membership)),
        client.post(remove_url(org, membership)),
        client.post(remove_url(other_org, membership)),
    ):
        assert response.status_code == 404
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_a_non_sharing_members_id_cannot_be_removed(client, manager, org):
    quiet = member(org, shares=False)
    membership = Membership.objects.get(user=quiet)
    client.force_login(manager)
    response = client.post(remove_url(org, membership))
    assert response.status_code == 404
    assert Membership.objects.filter(pk=membership.pk).exists()


@pytest.mark.parametrize(
    "who", ["participant", "facilitator", "staff member", "anonymous"]
)
def test_only_managers_open_a_dashboard(client, org, who, request):
    if who == "staff member":  # in the managers' group, but staff of this organization
        user = UserFactory(roles=[PARTNER_MANAGERS])
        membership_join(user=user, organization=org)
    elif who != "anonymous":
        user = request.getfixturevalue(who)
        Membership.objects.create(
            user=user, organization=org, role=MembershipRole.MANAGER
        )
    if who != "anonymous":
        client.force_login(user)
    response = dashboard(client, org)
    if who == "anonymous":
        assert (
            response.status_code == 302 and "/accounts/login/" in response["Location"]
        )
    else:
        assert response.status_code == 404
    assert client.get(reverse("cohorts:partner_home")).status_code in (302, 404)


def test_site_admins_open_every_dashboard_from_the_admin(
    client, site_admin, org, other_org
):
    client.force_login(site_admin)
    # Every organization's members: behind the admin's two-factor login.
    assert dashboard(client, org)["Location"] == reverse("mfa_activate_totp")
    enable_totp(site_admin)
    home = client.get(reverse("cohorts:partner_home"))
    assert home.status_code == 200
    assert org.name in page_text(home) and other_org.name in page_text(home)
    assert dashboard(client, other_org).status_code == 200


def test_a_manager_of_two_organizations_switches_between_them(
    client, manager, org, other_org
):
    Membership.objects.create(
        user=manager, organization=other_org, role=MembershipRole.MANAGER
    )
    client.force_login(manager)
    assert client.get(reverse("cohorts:partner_home")).status_code == 200
    html = page_text(dashboard(client, org))
    other = reverse("cohorts:partner_dashboard", kwargs={"slug": other_org.slug})
    assert f'href="{other}"' in html


def test_a_manager_of_one_organization_goes_straight_to_it(client, manager, org):
    client.force_login(manager)
    response = client.get(reverse("cohorts:partner_home"))
    assert response["Location"] == reverse(
        "cohorts:partner_dashboard", kwargs={"slug": org.slug}
    )


# Counting --------------------------------------------------------------------------------


def chart(html, name) -> str:
    start = html.index(f'id="chart-{name}"')
    return html[start : html.index("</figure>", start)]


def counts(html, name) -> list[str]:
    """The numbers of a chart's rows, as read: ["6 who share", "fewer than 5 others"]."""
    return [
        re.sub(r"\s+", " ", cell).strip()
        for cell in re.findall(
            r'<td class="chart__count">(.*?)</td>', chart(html, name), re.S
        )
    ]


def test_each_person_counts_once(client, manager, org, tree, running, past):
    people = [member(org, display_name=f"Twice {n}") for n in range(5)]
    for person in people:  # two cohorts of the same program each
        seat(person, running)
        seat(person, past)
    client.force_login(manager)
    html = page_text(dashboard(client, org))
    assert counts(html, "enrolled") == ["5 who share", "fewer than 5 others"]


@pytest.mark.parametrize(("quiet", "shown"), [(1, None), (4, None), (5, "5 others")])
def test_people_who_do_not_share_count_only_as_five_or_more(
    client, manager, org, running, quiet, shown
):
    """Six who share and one who does not: a total of 7 would give that one away
    (7 less the 6 rows on the page). Others are a number only from 5 up."""
    for n in range(6):
        seat(member(org, display_name=f"Sharer {n}"), running)
    for _n in range(quiet):
        seat(member(org, shares=False), running)
    client.force_login(manager)
    html = page_text(dashboard(client, org))
    for name in ("enrolled", "years"):
        assert counts(html, name) == ["6 who share", shown or "fewer than 5 others"]
        text = re.sub(r"<[^>]+>", " ", chart(html, name))
        assert not re.search(rf"\b{6 + quiet}\b", text)


def test_a_program_only_a_few_others_took_part_in_is_not_named(
    client, manager, org, tree, running
):
    other_program = make_curriculum(
        program_title="Youth Fellowship", catalog=tree.catalog
    ).program
    fellowship = CohortFactory(
        program=other_program,
        starts_on=TODAY - datetime.timedelta(days=3),
        ends_on=TODAY + datetime.timedelta(days=90),
    )
    seat(member(org, display_name="Sharer"), running)
    seat(member(org, shares=False), fellowship)
    client.force_login(manager)
    html = page_text(dashboard(client, org))
    assert "Youth Fellowship" not in html
    for _n in range(4):  # five others: a number that may be shown
        seat(member(org, shares=False), fellowship)
    html = page_text(dashboard(client, org))
    assert "Youth Fellowship" in chart(html, "enrolled")


def test_a_bar_is_as_long_as_the_number_it_shows(client, manager, org, running, past):
    seat(member(org, display_name="Sharer"), running)
    for _n in range(4):  # last year: only others, too few to be a number
        seat(member(org, shares=False), past)
    client.force_login(manager)
    years = chart(page_text(dashboard(client, org)), "years")
    assert str(past.starts_on.year) not in years
    assert 'width="100.0"' in years


# Exports ---------------------------------------------------------------------------------


def test_exports_neutralize_formulas_and_open_in_excel(client, manager, org, running):
    sneaky = member(org, display_name='=HYPERLINK("http://evil.example","Click")')
    seat(sneaky, running)
    member(org, display_name="Nguyễn Thị Lan")
    client.force_login(manager)
    response = export(client, org)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    filename = f"east-oakland-training-{TODAY.isoformat()}.csv"
    assert filename in response["Content-Disposition"]
    names = [row["Name"] for row in csv_rows(response)]
    assert "Nguyễn Thị Lan" in names
    assert all(not name.startswith("=") for name in names)
    assert "'=HYPERLINK" in "".join(names)
    values = xlsx_values(export(client, org, "xlsx"))
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)
    assert export(client, org, "pdf").status_code == 404


def test_exports_hold_exactly_what_the_page_shows(client, manager, org, running, past):
    now, then = (
        member(org, display_name="Now Person"),
        member(org, display_name="Then Person"),
    )
    seat(now, running)
    seat(then, past)
    client.force_login(manager)
    query = {"cohort": str(past.pk)}
    html = page_text(dashboard(client, org, **query))
    assert "Then Person" in html and "Now Person" not in html
    assert [row["Name"] for row in csv_rows(export(client, org, **query))] == [
        "Then Person"
    ]
    assert f"cohort={past.pk}" in html  # the download links keep the filter


# Filters, sort and pages ----------------------------------------------------------------------


def test_filters_by_program_cohort_year_and_status(
    client, manager, org, tree, running, past
):
    done = member(org, display_name="Done Person")
    services.enrollment_complete(enrollment=seat(done, past))
    seat(member(org, display_name="Doing Person"), running)
    client.force_login(manager)
    by_status = page_text(dashboard(client, org, status=EnrollmentStatus.COMPLETED))
    assert "Done Person" in by_status and "Doing Person" not in by_status
    by_year = page_text(dashboard(client, org, year=str(running.starts_on.year)))
    assert "Doing Person" in by_year
    by_program = page_text(
        dashboard(client, org, program=str(tree.program.translation_key))
    )
    assert "Done Person" in by_program and "Doing Person" in by_program


@pytest.mark.parametrize(
    "query",
    [
        {"cohort": "999999"},
        {"cohort": "abc"},
        {"year": "1900"},
        {"status": "declined"},
        {"sort": "email"},
        {"sort": "-user__password"},
        {"program": "x" * 10_000},
        {"page": "abc"},
    ],
)
def test_a_filter_that_does_not_apply_shows_everyone(
    client, manager, org, running, query
):
    seat(member(org, display_name="Everyone Here"), running)
    client.force_login(manager)
    response = dashboard(client, org, **query)
    assert response.status_code == 200
    assert "Everyone Here" in page_text(response)
    if "page" not in query:
        assert "That filter is not available here" in page_text(response)


def test_sorting_by_progress_and_paging(client, manager, org, tree, running):
    for n in range(53):
        seat(member(org, display_name=f"Person {n:02}"), running)
    fast = member(org, display_name="Zed Fast")
    seat(fast, running)
    for lesson in tree.lessons:
        services.lesson_complete(user=fast, lesson=lesson)
    client.force_login(manager)
    first = page_text(dashboard(client, org, sort="-progress"))
    assert first.index("Zed Fast") < first.index("Person 00")
    assert 'aria-sort="descending"' in first
    by_name = page_text(dashboard(client, org))
    assert "Person 49" in by_name and "Person 50" not in by_name
    second = page_text(dashboard(client, org, page="2"))
    assert "Person 50" in second and "Zed Fast" in second
    assert "Page 2 of 2" in second


def test_program_names_in_the_managers_language(client, manager, org, tree, running):
    translate(tree.home, "es", title="Inicio")
    translate(tree.catalog, "es", title="Programas")
    translate(tree.program, "es", title="Campamento de Organización")
    seat(member(org, display_name="Ana"), running)
    client.force_login(manager)
    response = client.get(f"/es/partners/{org.slug}/")
    assert "Campamento de Organización" in page_text(response)
    assert "Campamento de Organización" in str(
        csv_rows(client.get(f"/es/partners/{org.slug}/export.csv"))
    )


# Audit and speed -----------------------------------------------------------------------------


def test_each_view_and_export_is_audited_without_the_data(
    client, manager, org, running, site_admin
):
    seat(member(org, display_name="Audited Person"), running)
    client.force_login(manager)
    dashboard(client, org, cohort=str(running.pk))
    export(client, org, "xlsx")
    entries = ModelLogEntry.objects.filter(object_id=str(org.pk)).order_by("timestamp")
    assert [e.action for e in entries] == ["lms.partners.view", "lms.partners.export"]
    assert all(e.user_id == manager.pk for e in entries)
    assert entries[0].data["filters"] == {"cohort": running.pk}
    assert "Audited Person" not in str([e.data for e in entries])
    enable_totp(site_admin)
    client.force_login(site_admin)
    history = client.get("/admin/reports/site-history/")
    assert "Viewed the partner dashboard" in page_text(history)


def _organization_of(size, tree, cohorts):
    org = OrganizationFactory()
    manager = UserFactory(roles=[PARTNER_MANAGERS])
    Membership.objects.create(
        user=manager, organization=org, role=MembershipRole.MANAGER
    )
    for n in range(size):
        person = member(org, shares=n % 4 != 0)
        for cohort in cohorts:
            enrollment = seat(person, cohort)
        services.lesson_complete(
            user=person, lesson=tree.lessons[n % len(tree.lessons)]
        )
        if n % 3 == 0:
            certificate_issue(enrollment=enrollment)
    return org, manager


def test_the_dashboard_takes_the_same_few_queries_at_any_size(
    client, tree, running, past
):
    counts = {}
    for size in (3, 30):
        org, manager = _organization_of(size, tree, [past, running])
        client.force_login(manager)
        dashboard(client, org)  # warm the per-process caches (outline, roles)
        with CaptureQueriesContext(connection) as queries:
            assert dashboard(client, org).status_code == 200
        counts[size] = len(queries)
    assert counts[3] == counts[30] <= 12, counts


def test_every_sortable_column_is_offered_both_ways():
    assert set(SORT_LABELS) == set(SORTS) | {f"-{key}" for key in SORTS}


def test_removing_a_member_asks_first(client, manager, org):
    ana = member(org, display_name="Ana Asked")
    membership = Membership.objects.get(user=ana, organization=org)
    client.force_login(manager)
    url = remove_url(org, membership)
    page = client.get(url)
    assert page.status_code == 200
    assert (
        "Remove <bdi>Ana Asked</bdi> from <bdi>East Oakland Tenants</bdi>?"
        in page_text(page)
    )
    assert Membership.objects.filter(pk=membership.pk).exists()
    assert f'href="{url}"' in page_text(dashboard(client, org))


@pytest.mark.django_db
def test_the_demo_partner_sees_its_sharing_members_and_no_one_else(client):
    call_command("seed_demo", stdout=io.StringIO())
    org = Organization.objects.get(slug="east-oakland-tenants-together")
    sharing = Membership.objects.filter(organization=org, shares_progress=True)
    quiet = Membership.objects.filter(organization=org, shares_progress=False).exclude(
        role=MembershipRole.MANAGER
    )
    assert sharing.count() == 15 and quiet.count() >= 3
    client.force_login(User.objects.get(email="partner@example.org"))
    html = page_text(dashboard(client, org))
    for membership in sharing.select_related("user"):
        assert escape(membership.user.display_name) in html
    for membership in quiet.select_related("user"):
        assert escape(membership.user.display_name) not in html
    assert html.count('href="/certificates/verify/') >= 3
    assert "2025 Northern California" in html or "Northern California" in html


def test_the_admin_menu_leads_site_admins_to_the_dashboards(
    client, tree, site_admin, facilitator
):
    home = reverse("cohorts:partner_home")
    for user, shown in ((site_admin, True), (facilitator, False)):
        enable_totp(user)
        client.force_login(user)
        admin = page_text(client.get("/admin/"))
        assert ("Partner dashboards" in admin) is shown
        assert (f'"{home}"' in admin or f"'{home}'" in admin) is shown


def test_an_organization_named_outside_ascii_downloads_under_its_name(
    client, partner_manager
):
    org = OrganizationFactory(name="Tổ chức Cộng đồng", slug="tổ-chức")
    Membership.objects.create(
        user=partner_manager, organization=org, role=MembershipRole.MANAGER
    )
    client.force_login(partner_manager)
    disposition = export(client, org)["Content-Disposition"]
    assert disposition.startswith("attachment; filename*=utf-8''")
    assert "t%E1%BB%95-ch%E1%BB%A9c-training-" in disposition


def test_a_manager_cannot_remove_another_manager(client, manager, org):
    other = member(org, display_name="Other Manager")
    Membership.objects.filter(user=other).update(role=MembershipRole.MANAGER)
    membership = Membership.objects.get(user=other)
    client.force_login(manager)
    url = remove_url(org, membership)
    assert client.post(url).status_code == 404
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_member_data_is_never_kept_by_a_browser(client, manager, org):
    client.force_login(manager)
    for response in (dashboard(client, org), export(client, org)):
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]


def test_a_sharing_managers_row_offers_no_removal(client, manager, org):
    Membership.objects.filter(user=manager).update(shares_progress=True)
    staff = member(org, display_name="Staff Member")
    client.force_login(manager)
    html = page_text(dashboard(client, org))
    assert "Pat Partner</th>" in html  # the manager shares, and is listed
    manager_membership = Membership.objects.get(user=manager)
    assert remove_url(org, manager_membership) not in html
    assert remove_url(org, Membership.objects.get(user=staff)) in html
