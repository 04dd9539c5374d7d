"""The seat counter cannot drift: every change that frees or adds seats (a deleted
account, a capacity changed in the admin) goes through a service that recounts and
gives free seats to the waitlist, and `check_seats` reports any counter that is wrong."""

import io

import pytest
from django.core.management import CommandError, call_command

from cohorts import services
from cohorts.models import Cohort, Enrollment, EnrollmentStatus
from cohorts.tests.factories import CohortFactory
from conftest import enable_totp
from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def full(tree):
    """Two seats taken, two people waiting (in this order)."""
    cohort = CohortFactory(program=tree.program, capacity=2)
    people = [UserFactory(display_name=f"Person {n}") for n in range(4)]
    for person in people:
        services.enrollment_request(user=person, cohort=cohort)
    return cohort, people


@pytest.fixture
def admin_client(client, site_admin):
    enable_totp(site_admin)
    client.force_login(site_admin)
    return client


def statuses(people):
    return [Enrollment.objects.get(user=p).status for p in people]


def test_deleting_an_enrolled_account_in_the_admin_frees_its_seat(admin_client, full):
    cohort, people = full
    # Wagtail's own delete leads to the data request page, which deletes it all.
    response = admin_client.post(f"/admin/users/delete/{people[0].pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/people/{people[0].pk}/data/"
    assert statuses(people) == ["enrolled", "enrolled", "waitlisted", "waitlisted"]
    response = admin_client.post(
        f"/admin/people/{people[0].pk}/data/delete/",
        {"writing": "delete", "asked": "on"},
    )
    assert response.status_code == 302
    cohort.refresh_from_db()
    assert cohort.seats_taken == 2  # the first person waiting took the seat
    assert statuses(people[1:]) == ["enrolled", "enrolled", "waitlisted"]


def test_accounts_are_not_deleted_in_bulk(admin_client, full):
    """Each deletion goes through the data request page, one person at a time."""
    _cohort, people = full
    response = admin_client.post(
        f"/admin/bulk/lms/user/delete/?id={people[0].pk}&id={people[1].pk}",
        {"next": "/admin/users/"},
    )
    assert response.status_code == 302
    assert statuses(people) == ["enrolled", "enrolled", "waitlisted", "waitlisted"]


def edit(admin_client, cohort, **changes):
    data = {
        "program": cohort.program_id,
        "title": cohort.title,
        "slug": cohort.slug,
        "region": cohort.region,
        "starts_on": cohort.starts_on.isoformat(),
        "ends_on": cohort.ends_on.isoformat(),
        "time_zone": cohort.time_zone,
        "capacity": cohort.capacity,
        "enrollment_mode": cohort.enrollment_mode,
        "status": cohort.status,
        **changes,
    }
    return admin_client.post(f"/admin/cohorts/cohorts/edit/{cohort.pk}/", data)


def test_raising_the_capacity_gives_the_new_seats_to_the_waitlist(
    admin_client, full, mailoutbox, django_capture_on_commit_callbacks
):
    cohort, people = full
    with django_capture_on_commit_callbacks(execute=True):
        assert edit(admin_client, cohort, capacity=3).status_code == 302
    cohort.refresh_from_db()
    assert cohort.seats_taken == 3
    assert statuses(people) == ["enrolled", "enrolled", "enrolled", "waitlisted"]
    assert [m.to for m in mailoutbox if "seat opened" in m.subject.lower()] == [
        [people[2].email]
    ]


def test_lowering_the_capacity_keeps_everyone_who_holds_a_seat(admin_client, full):
    cohort, people = full
    body = edit(admin_client, cohort, capacity=1).content.decode()
    assert "capacity cannot be lower" in body
    cohort.refresh_from_db()
    assert (cohort.capacity, cohort.seats_taken) == (2, 2)
    assert edit(admin_client, cohort, capacity=2).status_code == 302
    assert statuses(people) == ["enrolled", "enrolled", "waitlisted", "waitlisted"]


def test_an_edit_never_writes_back_a_stale_seat_counter(admin_client, tree):
    cohort = CohortFactory(program=tree.program, capacity=5)
    stale = Cohort.objects.get(pk=cohort.pk)  # what the edit form was loaded with
    services.enrollment_request(user=UserFactory(), cohort=cohort)
    assert edit(admin_client, stale, title="Renamed").status_code == 302
    cohort.refresh_from_db()
    assert (cohort.title, cohort.seats_taken) == ("Renamed", 1)


def test_check_seats_reports_a_drifted_counter_and_fix_repairs_it(full):
    cohort, people = full
    Enrollment.objects.filter(user=people[0]).delete()  # as a raw delete would
    with pytest.raises(CommandError, match="1 cohort"):
        call_command("check_seats", stdout=io.StringIO())
    out = io.StringIO()
    call_command("check_seats", "--fix", stdout=out)
    assert "counter 2, 1 enrollments hold a seat" in out.getvalue()
    cohort.refresh_from_db()
    assert cohort.seats_taken == 2
    assert statuses(people[1:]) == ["enrolled", "enrolled", "waitlisted"]
    call_command("check_seats", stdout=io.StringIO())  # now it agrees


def test_a_reconciled_cohort_that_has_ended_promotes_nobody(full):
    cohort, people = full
    Enrollment.objects.filter(user=people[0]).delete()
    Cohort.objects.filter(pk=cohort.pk).update(
        starts_on="2020-01-01", ends_on="2020-02-01"
    )
    services.seat_counters_reconcile()
    cohort.refresh_from_db()
    assert cohort.seats_taken == 1
    assert Enrollment.objects.get(user=people[2]).status == EnrollmentStatus.WAITLISTED
