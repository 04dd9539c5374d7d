"""The holder's certificate page: the PDF for the holder, the cohort's facilitators
and admins only (anyone else 404), the link to verify, LinkedIn, and hiding it from
verification."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from certificates.models import Certificate
from certificates.services import certificate_issue
from cohorts import services
from cohorts.tests.factories import CohortFactory
from lms.permissions import FACILITATORS
from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7 certificate"


@pytest.fixture
def certificate(cohort, participant):
    enrollment = services.enrollment_request(user=participant, cohort=cohort)
    certificate = certificate_issue(enrollment=enrollment)
    certificate.pdf.save("ignored.pdf", ContentFile(PDF))
    return certificate


def pdf_url(certificate):
    return reverse("certificates:pdf", args=[certificate.code])


def detail_url(certificate):
    return reverse("certificates:detail", args=[certificate.code])


def test_the_pdf_is_stored_outside_public_media(certificate, settings):
    path = certificate.pdf.path
    assert path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert not path.startswith(str(settings.MEDIA_ROOT))
    assert certificate.code in path


def who(kind, certificate, tree, site_admin):
    cohort = certificate.enrollment.cohort
    if kind == "holder":
        return certificate.enrollment.user
    if kind == "admin":
        return site_admin
    if kind == "facilitator":
        facilitator = UserFactory(roles=[FACILITATORS])
        cohort.facilitators.add(facilitator)
        return facilitator
    if kind == "facilitator elsewhere":
        facilitator = UserFactory(roles=[FACILITATORS])
        CohortFactory(program=tree.program).facilitators.add(facilitator)
        return facilitator
    if kind == "cohort peer":
        return services.enrollment_request(user=UserFactory(), cohort=cohort).user
    return None


@pytest.mark.parametrize(
    ("kind", "status"),
    [
        ("holder", 200),
        ("facilitator", 200),
        ("admin", 200),
        ("facilitator elsewhere", 404),
        ("cohort peer", 404),
    ],
)
def test_who_may_download_the_pdf(client, certificate, tree, site_admin, kind, status):
    client.force_login(who(kind, certificate, tree, site_admin))
    response = client.get(pdf_url(certificate))
    assert response.status_code == status
    assert client.get(detail_url(certificate)).status_code == status
    if status == 200:
        assert b"".join(response.streaming_content) == PDF
        assert response["Content-Type"] == "application/pdf"
        assert "no-store" in response["Cache-Control"]
        assert certificate.display_code in response["Content-Disposition"]


def test_anonymous_visitors_are_sent_to_sign_in(client, certificate):
    response = client.get(pdf_url(certificate))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_codes_that_are_not_a_certificate_are_404(client, certificate):
    client.force_login(certificate.enrollment.user)
    for code in ("nope", "0" * 16, "x" * 10_000):
        assert client.get(f"/learning/certificates/{code}/pdf/").status_code == 404


def test_a_pdf_not_ready_yet_says_so(client, certificate):
    certificate.pdf = ""
    certificate.save()
    client.force_login(certificate.enrollment.user)
    response = client.get(pdf_url(certificate), follow=True)
    assert "still being prepared" in response.content.decode()


def test_the_holder_page_links_verification_and_linkedin(client, certificate, settings):
    client.force_login(certificate.enrollment.user)
    body = client.get(detail_url(certificate)).content.decode()
    verify = f"/certificates/verify/{certificate.display_code}/"
    assert verify in body and "Add to LinkedIn" in body
    assert f"/learning/certificates/{certificate.code}/badge.jwt" in body
    response = client.get(detail_url(certificate))
    (link,) = [
        part.split('"')[0]
        for part in response.content.decode().split('href="')
        if part.startswith("https://www.linkedin.com/")
    ]
    query = parse_qs(urlsplit(link.replace("&amp;", "&")).query)
    assert query["startTask"] == ["CERTIFICATION_NAME"]
    assert query["name"] == [certificate.program_title]
    assert query["organizationName"] == [settings.CERTIFICATE_ISSUER_NAME]
    assert query["issueYear"] == [str(certificate.issued_at.year)]
    assert query["issueMonth"] == [str(certificate.issued_at.month)]
    assert query["certId"] == [certificate.display_code]
    assert query["certUrl"][0].endswith(verify)


def test_the_holder_hides_it_from_verification_and_shows_it_again(client, certificate):
    verify = reverse("certificates:verify", args=[certificate.display_code])
    client.force_login(certificate.enrollment.user)
    response = client.post(
        reverse("certificates:visibility", args=[certificate.code]),
        {"hidden": "1"},
        follow=True,
    )
    assert "Show it again" in response.content.decode()
    hidden = client.get(verify)
    assert hidden.status_code == 404
    unknown = client.get(reverse("certificates:verify", args=["0" * 16]))
    assert len(hidden.content) == len(unknown.content)
    client.post(
        reverse("certificates:visibility", args=[certificate.code]), {"hidden": "0"}
    )
    assert client.get(verify).status_code == 200


def test_only_the_holder_may_hide_it(client, certificate, tree, site_admin):
    client.force_login(who("facilitator", certificate, tree, site_admin))
    response = client.post(
        reverse("certificates:visibility", args=[certificate.code]), {"hidden": "1"}
    )
    assert response.status_code == 404
    assert Certificate.objects.get().hidden_at is None
    body = client.get(detail_url(certificate)).content.decode()
    assert "Add to LinkedIn" not in body and "Hide it" not in body
