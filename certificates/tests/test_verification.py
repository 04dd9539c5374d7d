"""Certificates: at most one valid per enrollment, revoked and re-issued with a new
code, and verified by anyone with nothing but the code."""

import re

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from certificates.models import (
    CODE_LENGTH,
    CROCKFORD,
    Certificate,
    grouped,
    new_verification_code,
    normalized_code,
)
from certificates.services import (
    certificate_issue,
    certificate_issue_by,
    certificate_reissue,
    certificate_revoke,
)
from certificates.views import LOOKUPS_PER_MINUTE
from cohorts import services
from cohorts.models import Enrollment, EnrollmentStatus
from cohorts.tests.factories import CohortFactory
from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrollment(cohort):
    user = UserFactory(display_name="Nguyễn Thị Hoa", latin_name="Nguyen Thi Hoa")
    return services.enrollment_request(user=user, cohort=cohort)


def test_codes_are_80_random_bits_in_crockford_base32():
    codes = {new_verification_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(
        len(code) == CODE_LENGTH and set(code) <= set(CROCKFORD) for code in codes
    )
    assert CODE_LENGTH * 5 >= 80
    assert re.fullmatch(r"(\w{4}-){3}\w{4}", grouped(codes.pop()))


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("7KQ4-9ZP2-XM3D-A1B8", "7KQ49ZP2XM3DA1B8"),
        ("7kq4 9zp2 xm3d a1b8", "7KQ49ZP2XM3DA1B8"),
        ("7KQ49ZP2XM3DA1B8", "7KQ49ZP2XM3DA1B8"),
        ("7KQ4-9ZP2-XM3D-AIB8", "7KQ49ZP2XM3DA1B8"),  # I for 1
        ("7KQ4-9ZP2-XM3D-ALB8", "7KQ49ZP2XM3DA1B8"),  # L for 1
        ("OKQ4-9ZP2-XM3D-A1B8", "0KQ49ZP2XM3DA1B8"),  # O for 0
        ("7KQ4\u20119ZP2\u2013XM3D A1B8", "7KQ49ZP2XM3DA1B8"),  # copied dashes
    ],
)
def test_typed_codes_are_normalized(typed, stored):
    assert normalized_code(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "7KQ4",
        "7KQ4-9ZP2-XM3D-A1B8-X",
        "7KQ4-9ZP2-XM3D-A1B!",
        "U" * 16,
        "x" * 10_000,
    ],
)
def test_what_cannot_be_a_code_is_none(typed):
    assert normalized_code(typed) is None


def test_issuing_snapshots_and_marks_the_enrollment_completed(enrollment):
    certificate = certificate_issue(enrollment=enrollment)
    assert certificate.name_printed == "Nguyễn Thị Hoa"
    assert certificate.latin_name == "Nguyen Thi Hoa"
    assert certificate.cohort_title == enrollment.cohort.title
    assert certificate.program_title == enrollment.cohort.program.title
    assert Enrollment.objects.get(pk=enrollment.pk).status == EnrollmentStatus.COMPLETED
    enrollment.user.display_name = "Renamed"
    enrollment.user.save()
    assert Certificate.objects.get().name_printed == "Nguyễn Thị Hoa"


def test_issuing_twice_gives_the_same_certificate(enrollment):
    first = certificate_issue(enrollment=enrollment)
    assert certificate_issue(enrollment=enrollment) == first
    assert Certificate.objects.count() == 1


def test_revoke_and_reissue_gives_a_new_code_and_keeps_the_old_one_revoked(
    enrollment, facilitator
):
    enrollment.cohort.facilitators.add(facilitator)
    old = certificate_issue(enrollment=enrollment)
    new = certificate_reissue(user=facilitator, certificate=old, reason="Name change")
    old.refresh_from_db()
    assert new.code != old.code and new.is_valid
    assert not old.is_valid and old.revocation_reason == "Name change"


def test_a_facilitator_of_another_cohort_can_neither_issue_nor_revoke(
    enrollment, tree, facilitator
):
    CohortFactory(program=tree.program).facilitators.add(facilitator)
    with pytest.raises(PermissionDenied):
        certificate_issue_by(user=facilitator, enrollment=enrollment)
    assert not Certificate.objects.exists()
    certificate = certificate_issue(enrollment=enrollment)
    with pytest.raises(PermissionDenied):
        certificate_revoke(user=facilitator, certificate=certificate, reason="x")
    assert Certificate.objects.get().is_valid


def test_the_verify_page_shows_only_what_the_certificate_says(client, enrollment):
    certificate = certificate_issue(enrollment=enrollment)
    response = client.get(
        reverse("certificates:verify", args=[certificate.display_code])
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex" and 'content="noindex"' in body
    assert "This certificate is valid." in body
    assert "Nguyễn Thị Hoa" in body and "Nguyen Thi Hoa" in body
    assert enrollment.cohort.title in body
    assert enrollment.user.email not in body


def test_a_revoked_certificate_says_so_with_its_date(client, enrollment, site_admin):
    certificate = certificate_issue(enrollment=enrollment)
    certificate_revoke(user=site_admin, certificate=certificate, reason="Mistake")
    body = client.get(reverse("certificates:verify", args=[certificate.code])).content
    assert b"This certificate was revoked on" in body
    assert b"Mistake" not in body  # the reason is not for the public


def test_a_typed_code_goes_to_its_page_normalized(client, enrollment):
    certificate = certificate_issue(enrollment=enrollment)
    typed = certificate.code.lower().replace("0", "o").replace("1", "l")
    response = client.get(reverse("certificates:verify_form"), {"code": typed})
    assert response.status_code == 302
    assert response.url == reverse(
        "certificates:verify", args=[certificate.display_code]
    )
    assert client.get(response.url).status_code == 200


def test_unknown_malformed_and_huge_codes_get_the_same_not_found_page(
    client, enrollment
):
    certificate_issue(enrollment=enrollment)
    pages = [
        client.get(reverse("certificates:verify", args=[code]))
        for code in ["7KQ4-9ZP2-XM3D-A1B8", "not a code", "x" * 10_000]
    ]
    pages.append(
        client.get(reverse("certificates:verify_form"), {"code": "Z" * 10_000})
    )
    assert {page.status_code for page in pages} == {404}
    assert len({len(page.content) for page in pages}) == 1


def test_lookups_are_rate_limited_per_address(client, enrollment):
    url = reverse("certificates:verify", args=["7KQ4-9ZP2-XM3D-A1B8"])
    for _ in range(LOOKUPS_PER_MINUTE):
        assert client.get(url).status_code == 404
    assert client.get(url).status_code == 429
    other = client.get(url, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 404


def test_the_verify_page_runs_at_most_four_queries(client, enrollment):
    from cohorts.tests.test_query_counts import queries

    certificate = certificate_issue(enrollment=enrollment)
    url = reverse("certificates:verify", args=[certificate.display_code])
    assert queries(client, url) <= 4
    client.force_login(enrollment.user)
    assert queries(client, url) <= 4
