"""Certificate templates in the admin: site admins design them; facilitators neither
see nor open them, whatever their group is given; one default per language."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from certificates.models import CertificateTemplate
from conftest import enable_totp
from curriculum.tests.factories import locale
from lms.permissions import FACILITATORS, ensure_role_groups
from lms.tests.pages import make_home_page

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(CertificateTemplate.snippet_viewset.get_url_name(name), args=args)


@pytest.fixture
def template():
    make_home_page()  # the admin's dashboard needs a page tree
    return CertificateTemplate.objects.create(
        name="Boot Camp", is_default=True, locale=locale("en")
    )


@pytest.fixture
def admin_client(client, site_admin):
    enable_totp(site_admin)
    client.force_login(site_admin)
    return client


@pytest.fixture
def facilitator_client(client, facilitator):
    enable_totp(facilitator)
    client.force_login(facilitator)
    return client


def form_data(**fields):
    return {
        "name": "Fellowship",
        "heading": "Certificate of completion",
        "body": "has completed {program}.",
        "signatories-count": "0",
        "logo": "",
        "accent_color": "#0b5d4b",
        "paper_size": "letter",
        **fields,
    }


def test_site_admins_manage_templates(admin_client, template):
    listing = admin_client.get(url("list"))
    assert listing.status_code == 200
    assert "Boot Camp" in listing.content.decode()
    assert admin_client.get(url("edit", template.pk)).status_code == 200
    assert admin_client.get(url("add")).status_code == 200
    menu = admin_client.get("/admin/").content.decode()
    assert url("list") in menu


def test_facilitators_neither_see_nor_open_templates(facilitator_client, template):
    assert url("list") not in facilitator_client.get("/admin/").content.decode()
    for address in [
        url("list"),
        url("add"),
        url("edit", template.pk),
        url("delete", template.pk),
        url("copy", template.pk),
    ]:
        response = facilitator_client.get(address)
        assert response.status_code in (302, 403), address
        assert "Boot Camp" not in response.content.decode()
    response = facilitator_client.post(
        url("edit", template.pk), form_data(name="Hijacked")
    )
    assert response.status_code in (302, 403)
    assert CertificateTemplate.objects.get(pk=template.pk).name == "Boot Camp"


def test_a_group_given_the_permissions_still_gets_nothing(
    client, facilitator, template
):
    facilitators = ensure_role_groups()[FACILITATORS]
    facilitators.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="certificates",
            codename__endswith="certificatetemplate",
        )
    )
    enable_totp(facilitator)
    client.force_login(facilitator)
    assert client.get(url("list")).status_code in (302, 403)
    assert client.get(url("edit", template.pk)).status_code in (302, 403)


def test_one_default_per_language(admin_client, template):
    response = admin_client.post(url("add") + "?locale=en", form_data(is_default="on"))
    assert response.status_code == 200
    assert "is already the default template in this language" in (
        response.content.decode()
    )
    assert CertificateTemplate.objects.filter(is_default=True).count() == 1
    # The default itself stays the default when edited.
    response = admin_client.post(
        url("edit", template.pk), form_data(name="Boot Camp 2", is_default="on")
    )
    assert response.status_code == 302
    assert CertificateTemplate.objects.get(pk=template.pk).name == "Boot Camp 2"


def test_another_language_has_a_default_of_its_own(admin_client, template):
    locale("es")
    response = admin_client.post(
        url("add") + "?locale=es", form_data(name="Beca", is_default="on")
    )
    assert response.status_code == 302
    spanish = CertificateTemplate.objects.get(name="Beca")
    assert spanish.is_default and spanish.locale.language_code == "es"
