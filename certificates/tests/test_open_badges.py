"""Each certificate as an Open Badges 3.0 credential: it conforms to 1EdTech's schema,
its signature verifies with the keys the site publishes (before and after a key
rotation), revocation shows in the served status list, no private key is ever
published, and only the holder, the cohort's facilitators and admins download it."""

import base64
import gzip
import json
import stat
from io import StringIO
from pathlib import Path

import jsonschema
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import translation
from django.utils.timezone import now
from joserfc import jwt
from joserfc.errors import BadSignatureError, InvalidKeyIdError
from joserfc.jwk import KeySet, OKPKey

from certificates import credentials
from certificates.models import Certificate
from certificates.services import certificate_issue, certificate_revoke
from cohorts import services
from cohorts.tests.factories import CohortFactory
from lms.permissions import FACILITATORS
from lms.tests.factories import UserFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.filterwarnings("ignore:EdDSA is deprecated"),
]

SCHEMA = json.loads(credentials.SCHEMA_FILE.read_text())  # the vendored 1EdTech file
PRIVATE_MEMBERS = {"d", "p", "q", "dp", "dq", "qi", "k"}


@pytest.fixture(autouse=True)
def key_file(tmp_path, settings):
    settings.CREDENTIAL_SIGNING_KEYS_FILE = str(tmp_path / "keys" / "credentials.json")
    return Path(settings.CREDENTIAL_SIGNING_KEYS_FILE)


def issue(cohort, **user_fields):
    user = UserFactory(**user_fields)
    enrollment = services.enrollment_request(user=user, cohort=cohort)
    return certificate_issue(enrollment=enrollment)


@pytest.fixture
def certificate(cohort):
    return issue(cohort, display_name="Nguyễn Thị Hoa", latin_name="Nguyen Thi Hoa")


def published_keys(client) -> KeySet:
    response = client.get("/.well-known/jwks.json")
    assert response.status_code == 200
    return KeySet.import_key_set(response.json())


def verified(token: str, keys) -> jwt.Token:
    return jwt.decode(token, keys, algorithms=["EdDSA"])


def download(client, certificate):
    return client.get(
        reverse("certificates_credentials:badge", kwargs={"code": certificate.code})
    )


def status_bits(client) -> bytes:
    response = client.get(reverse("certificates_credentials:status_list"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/jwt"
    token = verified(response.content.decode(), published_keys(client))
    subject = token.claims["credentialSubject"]
    assert "BitstringStatusListCredential" in token.claims["type"]
    assert subject["statusPurpose"] == "revocation"
    encoded = subject["encodedList"]
    assert encoded.startswith("u")  # multibase: base64url, no padding
    packed = base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4))
    return gzip.decompress(packed)


def bit(bits: bytes, index: int) -> bool:
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


# The credential ---------------------------------------------------------------------


def test_the_signed_credential_conforms_to_the_ob_3_0_schema(client, certificate):
    token = verified(credentials.credential_jwt(certificate), published_keys(client))
    jsonschema.Draft201909Validator(SCHEMA).validate(token.claims)
    vc = token.claims
    assert vc["@context"][:2] == [credentials.VC_CONTEXT, credentials.OB_CONTEXT]
    assert vc["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert vc["issuer"]["id"] == "did:web:testserver"
    assert vc["name"] == certificate.program_title == "Boot Camp"
    subject = vc["credentialSubject"]
    assert subject["name"] == "Nguyễn Thị Hoa"
    assert subject["achievement"]["criteria"]["narrative"]
    assert vc["validFrom"] == certificate.issued_at.strftime("%Y-%m-%dT%H:%M:%SZ")


def test_the_schema_is_not_a_formality(certificate):
    """The vendored schema refuses what is not an OpenBadgeCredential."""
    vc = credentials.credential_for(certificate)
    validator = jsonschema.Draft201909Validator(SCHEMA)
    assert validator.is_valid(vc)
    assert not validator.is_valid({**vc, "type": ["VerifiableCredential"]})
    assert not validator.is_valid({k: v for k, v in vc.items() if k != "issuer"})
    no_criteria = json.loads(json.dumps(vc))
    del no_criteria["credentialSubject"]["achievement"]["criteria"]
    assert not validator.is_valid(no_criteria)


def test_the_jwt_follows_the_ob_3_0_jwt_proof_format(client, certificate):
    token = verified(credentials.credential_jwt(certificate), published_keys(client))
    header, claims = token.header, token.claims
    assert set(header) == {"alg", "kid", "typ"}
    assert header["alg"] == "EdDSA" and header["typ"] == "JWT"
    assert header["kid"].startswith("did:web:testserver#")
    assert claims["iss"] == claims["issuer"]["id"]
    assert claims["jti"] == claims["id"]
    assert claims["sub"] == claims["credentialSubject"]["id"]
    assert claims["nbf"] == int(certificate.issued_at.timestamp())


def test_the_credential_names_its_verification_page_and_status_entry(certificate):
    vc = credentials.credential_for(certificate)
    verify = reverse("certificates:verify", kwargs={"code": certificate.display_code})
    assert vc["id"] == f"http://testserver{verify}"
    status = vc["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry"
    assert status["statusPurpose"] == "revocation"
    assert status["statusListIndex"] == str(certificate.pk)
    assert status["statusListCredential"] == (
        "http://testserver/certificates/status/revocation/"
    )


def test_the_credential_says_nothing_of_the_account(certificate):
    user = certificate.enrollment.user
    text = json.dumps(credentials.credential_for(certificate), ensure_ascii=False)
    assert user.email not in text
    assert "Nguyen Thi Hoa" not in text  # only the name as printed
    # The subject's id is derived from the credential's, not from the account.
    subject = credentials.credential_for(certificate)["credentialSubject"]
    assert subject["id"].startswith("urn:uuid:")
    assert (
        subject["id"]
        == credentials.credential_for(certificate)["credentialSubject"]["id"]
    )


def test_the_credential_speaks_the_holders_language(certificate):
    certificate.language = "zh-hant"
    certificate.save()
    vc = credentials.credential_for(certificate)
    assert vc["credentialSubject"]["achievement"]["inLanguage"] == "zh-Hant"
    with translation.override("es"):
        assert credentials.credential_for(certificate)["id"] == vc["id"]
    jsonschema.Draft201909Validator(SCHEMA).validate(vc)


@pytest.mark.parametrize(
    "name",
    [
        '", "issuer": "did:web:evil.example", "x": "',
        "</script><script>alert(1)</script>",
        "Robert'); DROP TABLE certificates_certificate;--",
        "\u2028\u2029 {{ name }} ${jndi:ldap://x}",  # NUL: forms refuse it, PostgreSQL cannot hold it
    ],
)
def test_names_are_carried_as_data_and_never_break_the_json(client, cohort, name):
    certificate = issue(cohort, display_name=name)
    token = verified(credentials.credential_jwt(certificate), published_keys(client))
    assert token.claims["credentialSubject"]["name"] == name
    assert token.claims["issuer"]["id"] == "did:web:testserver"
    assert set(token.claims["credentialSubject"]) == {
        "id",
        "type",
        "name",
        "term",
        "activityStartDate",
        "activityEndDate",
        "achievement",
    }


def test_an_injected_issuer_name_stays_a_string(client, certificate, settings):
    settings.CERTIFICATE_ISSUER_NAME = 'Hub", "id": "did:web:evil.example'
    token = verified(credentials.credential_jwt(certificate), published_keys(client))
    assert token.claims["issuer"]["name"] == settings.CERTIFICATE_ISSUER_NAME
    assert token.claims["issuer"]["id"] == token.claims["iss"] == "did:web:testserver"


# Published keys -------------------------------------------------------------------------


def test_the_signature_verifies_with_the_key_in_the_did_document(client, certificate):
    token = credentials.credential_jwt(certificate)
    document = client.get("/.well-known/did.json")
    assert document.status_code == 200
    assert document["Access-Control-Allow-Origin"] == "*"
    did = document.json()
    assert did["id"] == "did:web:testserver"
    kid = jwt.decode(token, published_keys(client), algorithms=["EdDSA"]).header["kid"]
    (method,) = [m for m in did["verificationMethod"] if m["id"] == kid]
    assert method["type"] == "JsonWebKey2020" and method["controller"] == did["id"]
    assert kid in did["assertionMethod"]
    key = OKPKey.import_key(method["publicKeyJwk"])
    assert (
        verified(token, key).claims["id"]
        == credentials.credential_for(certificate)["id"]
    )


def test_a_credential_signed_by_another_key_does_not_verify(client, certificate):
    forged = jwt.encode(
        {"alg": "EdDSA", "kid": "did:web:testserver#forged", "typ": "JWT"},
        credentials.credential_for(certificate),
        OKPKey.generate_key("Ed25519"),
        algorithms=["EdDSA"],
    )
    with pytest.raises(InvalidKeyIdError):
        verified(forged, published_keys(client))
    real_kid = jwt.decode(
        credentials.credential_jwt(certificate),
        published_keys(client),
        algorithms=["EdDSA"],
    ).header["kid"]
    forged = jwt.encode(
        {"alg": "EdDSA", "kid": real_kid, "typ": "JWT"},
        credentials.credential_for(certificate),
        OKPKey.generate_key("Ed25519"),
        algorithms=["EdDSA"],
    )
    with pytest.raises(BadSignatureError):
        verified(forged, published_keys(client))


def private_members(document) -> set:
    if isinstance(document, dict):
        found = PRIVATE_MEMBERS & set(document)
        return found.union(*(private_members(v) for v in document.values()))
    if isinstance(document, list):
        return set().union(*(private_members(v) for v in document))
    return set()


def test_no_private_key_material_is_ever_published(client, certificate, key_file):
    credentials.credential_jwt(certificate)
    call_command("rotate_credential_key", stdout=StringIO())
    token = credentials.credential_jwt(certificate)
    secrets = [entry["d"] for entry in json.loads(key_file.read_text())]
    assert len(secrets) == 2
    jwks = client.get("/.well-known/jwks.json")
    did = client.get("/.well-known/did.json")
    status = client.get(reverse("certificates_credentials:status_list"))
    assert jwks["Content-Type"] == "application/jwk-set+json"
    assert private_members(jwks.json()) == set()
    assert private_members(did.json()) == set()
    assert len(jwks.json()["keys"]) == 2
    for body in (jwks.content, did.content, status.content, token.encode()):
        assert not any(secret.encode() in body for secret in secrets)
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    assert private_members(header) == set()


@pytest.mark.parametrize(
    ("base_url", "did"),
    [
        ("https://learn.example.org", "did:web:learn.example.org"),
        ("https://Learn.Example.org/", "did:web:learn.example.org"),
        ("http://127.0.0.1:8000", "did:web:127.0.0.1%3A8000"),
    ],
)
def test_the_issuer_is_the_sites_did_web(settings, base_url, did):
    settings.WAGTAILADMIN_BASE_URL = base_url
    assert credentials.issuer_did() == did
    assert credentials.did_document()["id"] == did
    assert all(
        key["kid"].startswith(f"{did}#") for key in credentials.public_jwks()["keys"]
    )


def test_the_well_known_documents_have_no_language_prefix():
    with translation.override("es"):
        assert reverse("certificates_credentials:did_document") == (
            "/.well-known/did.json"
        )
        assert reverse("certificates_credentials:jwks") == "/.well-known/jwks.json"
        assert reverse("certificates_credentials:status_list") == (
            "/certificates/status/revocation/"
        )


# Keys -------------------------------------------------------------------------------------


def test_the_first_key_is_made_on_demand_readable_by_the_owner_only(
    certificate, key_file
):
    assert not key_file.exists()
    credentials.credential_jwt(certificate)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    (entry,) = json.loads(key_file.read_text())
    assert entry["kty"] == "OKP" and entry["crv"] == "Ed25519"
    assert entry["d"] and entry["kid"]


def test_after_rotation_old_credentials_verify_and_new_ones_use_the_new_key(
    client, certificate, key_file
):
    old = credentials.credential_jwt(certificate)
    call_command("rotate_credential_key", stdout=StringIO())
    new = credentials.credential_jwt(certificate)
    keys = published_keys(client)
    old_kid = verified(old, keys).header["kid"]
    new_kid = verified(new, keys).header["kid"]
    assert old_kid != new_kid
    newest = json.loads(key_file.read_text())[0]["kid"]
    assert new_kid == f"did:web:testserver#{newest}"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_keep_prunes_the_oldest_keys(client, certificate, key_file):
    first = credentials.credential_jwt(certificate)
    for _ in range(3):
        call_command("rotate_credential_key", "--keep", "2", stdout=StringIO())
    assert len(json.loads(key_file.read_text())) == 2
    assert len(published_keys(client).keys) == 2
    with pytest.raises(InvalidKeyIdError):
        verified(first, published_keys(client))


def test_keep_must_leave_the_new_key(key_file):
    with pytest.raises(CommandError):
        call_command("rotate_credential_key", "--keep", "0")


def test_a_key_file_replaced_on_disk_is_read_again(certificate, key_file):
    credentials.credential_jwt(certificate)
    replacement = OKPKey.generate_key("Ed25519", auto_kid=True)
    key_file.write_text(json.dumps([replacement.as_dict(private=True)]))
    token = credentials.credential_jwt(certificate)
    assert verified(token, replacement).header["kid"].endswith(f"#{replacement.kid}")


# The status list ----------------------------------------------------------------------------


def test_a_revoked_certificates_bit_is_set_and_a_valid_ones_is_not(
    client, cohort, certificate, site_admin
):
    other = issue(cohort)
    certificate_revoke(user=site_admin, certificate=certificate, reason="Mistake")
    bits = status_bits(client)
    assert len(bits) * 8 >= 131_072
    assert bit(bits, certificate.pk)
    assert not bit(bits, other.pk)
    assert sum(bin(byte).count("1") for byte in bits) == 1


def test_a_revocation_shows_in_the_next_status_list(
    client, cohort, certificate, facilitator
):
    cohort.facilitators.add(facilitator)
    assert not bit(status_bits(client), certificate.pk)
    certificate_revoke(user=facilitator, certificate=certificate, reason="Mistake")
    assert bit(status_bits(client), certificate.pk)


def test_the_status_list_is_the_one_the_credentials_point_to(client, certificate):
    response = client.get(reverse("certificates_credentials:status_list"))
    token = verified(response.content.decode(), published_keys(client))
    entry = credentials.credential_for(certificate)["credentialStatus"]
    assert token.claims["id"] == entry["statusListCredential"] == token.claims["jti"]
    assert token.claims["iss"] == token.claims["issuer"] == "did:web:testserver"
    assert response["Access-Control-Allow-Origin"] == "*"


def test_the_status_list_grows_to_cover_every_index(client, certificate):
    index = 131_072 + 5  # as if that many certificates had been issued
    Certificate.objects.filter(pk=certificate.pk).update(id=index, revoked_at=now())
    bits = status_bits(client)
    assert len(bits) * 8 == 2 * 131_072
    assert bit(bits, index)


def test_the_status_list_costs_two_queries_however_many_revoked(
    client, cohort, site_admin, django_assert_max_num_queries
):
    for _ in range(5):
        certificate_revoke(user=site_admin, certificate=issue(cohort), reason="x")
    published_keys(client)  # the key file exists before counting
    with django_assert_max_num_queries(2):
        credentials.status_list_jwt()


# Downloads -----------------------------------------------------------------------------------


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
    return services.enrollment_request(user=UserFactory(), cohort=cohort).user


@pytest.mark.parametrize(
    ("kind", "status"),
    [
        ("holder", 200),
        ("facilitator", 200),
        ("admin", 200),
        ("facilitator elsewhere", 404),
        ("other participant", 404),
    ],
)
def test_who_may_download_the_badge(
    client, certificate, tree, site_admin, kind, status
):
    client.force_login(who(kind, certificate, tree, site_admin))
    response = download(client, certificate)
    assert response.status_code == status
    if status == 200:
        assert response["Content-Type"] == "application/jwt"
        assert response["Content-Disposition"] == (
            f'attachment; filename="open-badge-{certificate.display_code}.jwt"'
        )
        assert response["Cache-Control"] == "private, no-store"
        token = verified(response.content.decode(), published_keys(client))
        assert token.claims["credentialSubject"]["name"] == "Nguyễn Thị Hoa"


def test_anonymous_visitors_are_sent_to_sign_in(client, certificate):
    response = download(client, certificate)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_badge_address_takes_the_code_as_printed_or_typed(client, certificate):
    client.force_login(certificate.enrollment.user)
    url = reverse("certificates_credentials:badge", kwargs={"code": certificate.code})
    assert url == f"/learning/certificates/{certificate.code}/badge.jwt"
    for typed in (certificate.display_code, certificate.code.lower()):
        assert (
            client.get(f"/learning/certificates/{typed}/badge.jwt").status_code == 200
        )
    for typed in ("nope", "0" * 16, "x" * 10_000):
        assert (
            client.get(f"/learning/certificates/{typed}/badge.jwt").status_code == 404
        )


def test_a_revoked_certificate_is_not_signed_anew(client, certificate, site_admin):
    certificate_revoke(user=site_admin, certificate=certificate, reason="Mistake")
    client.force_login(certificate.enrollment.user)
    assert download(client, certificate).status_code == 404


def test_the_badge_costs_a_few_queries(
    client, certificate, django_assert_max_num_queries
):
    client.force_login(certificate.enrollment.user)
    download(client, certificate)  # the key file and the site's paths, once
    with django_assert_max_num_queries(3):  # session, user, certificate
        assert download(client, certificate).status_code == 200
