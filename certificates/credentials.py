"""Each certificate as an Open Badges 3.0 credential (a W3C Verifiable Credential),
signed by the site's Ed25519 key as a JWT, with revocation through a Bitstring Status
List the site serves, and the site's public keys published as did:web and a JWKS.

The JWT follows the OB 3.0 "JSON Web Token Proof Format": the payload is the
credential itself plus the claims iss, jti, sub and nbf; the header holds only alg,
kid and typ "JWT". Signing keys live in a file (CREDENTIAL_SIGNING_KEYS_FILE), newest
first (`credential_keys`); older keys stay published so what they signed still
verifies."""

import base64
import gzip
import json
import uuid
import warnings
from datetime import UTC, datetime, time
from functools import cache
from pathlib import Path
from urllib.parse import quote, urlsplit

from django.conf import settings
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from joserfc import jwt
from joserfc.errors import SecurityWarning
from joserfc.jwk import OKPKey
from jsonschema import Draft201909Validator

from .credential_keys import signing_keys
from .models import Certificate

# OB 3.0 and the verifiers built for it name Ed25519 signatures "EdDSA" (RFC 8037);
# RFC 9864 renamed the algorithm, and joserfc warns on every use of the old name.
warnings.filterwarnings("ignore", "EdDSA is deprecated", SecurityWarning)

ALGORITHM = "EdDSA"
VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
SCHEMA_URL = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"
    "ob_v3p0_achievementcredential_schema.json"
)
SCHEMA_FILE = (
    Path(__file__).parent / "schemas" / "ob_v3p0_achievementcredential_schema.json"
)
# The Bitstring Status List's floor (16 KB): a short list would tell how few
# certificates there are, and which ones were revoked, to anyone who fetches it.
STATUS_LIST_BITS = 131_072
# Stable subject ids without naming the person: derived from the credential's id.
SUBJECT_NAMESPACE = uuid.UUID("6f1f6c38-3a59-4e8e-9f43-2c1a1d9b3a52")


# The issuer's identity ----------------------------------------------------------------


def issuer_did() -> str:
    """`did:web:` and the site's host, a port percent-encoded as did:web requires."""
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    host = parts.hostname or "localhost"
    return f"did:web:{quote(f'{host}:{parts.port}' if parts.port else host, safe='')}"


def public_jwks() -> dict:
    """Every key's public half, each named by its DID URL (the JWTs' kid)."""
    return {"keys": [_public_jwk(key) for key in signing_keys()]}


def did_document() -> dict:
    """The DID document a did:web resolver fetches from /.well-known/did.json."""
    did = issuer_did()
    methods = [
        {
            "id": _key_id(key),
            "type": "JsonWebKey2020",
            "controller": did,
            "publicKeyJwk": _public_jwk(key),
        }
        for key in signing_keys()
    ]
    return {
        "@context": [
            "https://www.w3.org/ns/did/v1",
            "https://w3id.org/security/suites/jws-2020/v1",
        ],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": [method["id"] for method in methods],
    }


def _key_id(key: OKPKey) -> str:
    return f"{issuer_did()}#{key.kid}"


def _public_jwk(key: OKPKey) -> dict:
    public = key.as_dict(private=False)
    return {**public, "kid": _key_id(key), "alg": ALGORITHM, "use": "sig"}


# The credential -----------------------------------------------------------------------


def credential_for(certificate: Certificate) -> dict:
    """The certificate as an OB 3.0 AchievementCredential: what it prints, in the
    holder's language, and nothing else about them (no email, no account id)."""
    with translation.override(certificate.language):
        return {
            "@context": [VC_CONTEXT, OB_CONTEXT],
            "id": _absolute(_verify_path(certificate)),
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": _issuer_profile(),
            "validFrom": _timestamp(certificate.issued_at),
            "awardedDate": _timestamp(certificate.issued_at),
            "name": certificate.program_title,
            "description": _description(certificate),
            "credentialSubject": _subject(certificate),
            "credentialStatus": _status_entry(certificate),
            "credentialSchema": [
                {"id": SCHEMA_URL, "type": "1EdTechJsonSchemaValidator2019"}
            ],
        }


def credential_jwt(certificate: Certificate) -> str:
    """The credential signed by the newest key: what the holder downloads."""
    credential = credential_for(certificate)
    _schema_validator().validate(credential)
    return _sign(credential)


def _description(certificate: Certificate) -> str:
    return _("%(name)s completed %(program)s with %(cohort)s.") % {
        "name": certificate.name_printed,
        "program": certificate.program_title,
        "cohort": certificate.cohort_title,
    }


def _issuer_profile() -> dict:
    return {
        "id": issuer_did(),
        "type": ["Profile"],
        "name": settings.CERTIFICATE_ISSUER_NAME,
        "url": settings.WAGTAILADMIN_BASE_URL,
    }


def _subject(certificate: Certificate) -> dict:
    credential_id = _absolute(_verify_path(certificate))
    return {
        "id": uuid.uuid5(SUBJECT_NAMESPACE, credential_id).urn,
        "type": ["AchievementSubject"],
        "name": certificate.name_printed,
        "term": certificate.cohort_title,
        "activityStartDate": _day(certificate.cohort_starts_on, time.min),
        "activityEndDate": _day(certificate.cohort_ends_on, time(23, 59, 59)),
        "achievement": _achievement(certificate),
    }


def _achievement(certificate: Certificate) -> dict:
    program = certificate.program_title
    return {
        "id": _program_url(certificate),
        "type": ["Achievement"],
        "achievementType": "CertificateOfCompletion",
        "name": program,
        "description": _("The certificate of completion of %(program)s.")
        % {"program": program},
        "criteria": {
            "narrative": _(
                "Awarded to participants who complete %(program)s as its completion "
                "rule asks, as recorded by the cohort's facilitators."
            )
            % {"program": program}
        },
        "inLanguage": _bcp47(certificate.language),
    }


def _status_entry(certificate: Certificate) -> dict:
    status_list = _absolute(reverse("certificates_credentials:status_list"))
    return {
        "id": f"{status_list}#{certificate.pk}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": str(certificate.pk),
        "statusListCredential": status_list,
    }


def _verify_path(certificate: Certificate) -> str:
    # The same address in every language: a credential's id never changes.
    with translation.override(settings.LANGUAGE_CODE):
        return reverse("certificates:verify", kwargs={"code": certificate.display_code})


def _program_url(certificate: Certificate) -> str:
    program = certificate.enrollment.cohort.program
    parts = program.get_url_parts()
    # A program page outside every site's tree has no address; its id still names it.
    return _absolute(parts[2] if parts else f"/?program={program.pk}")


@cache
def _schema_validator() -> Draft201909Validator:
    # What the site signs is first checked against 1EdTech's own schema.
    return Draft201909Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


# The status list ------------------------------------------------------------------------


def status_list_jwt() -> str:
    """The signed BitstringStatusListCredential: bit i set when certificate i is
    revoked. Two queries, rebuilt on each request so a revocation shows at once."""
    url = _absolute(reverse("certificates_credentials:status_list"))
    credential = {
        "@context": [VC_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_did(),
        "validFrom": _timestamp(timezone.now()),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encoded_status_list(),
        },
    }
    return _sign(credential)


def encoded_status_list() -> str:
    """GZIP, then base64url without padding behind the multibase prefix "u"."""
    highest = Certificate.objects.aggregate(highest=Max("pk"))["highest"] or 0
    bits = bytearray(_list_bytes(highest))
    revoked = Certificate.objects.filter(revoked_at__isnull=False)
    for index in revoked.values_list("pk", flat=True):
        # The list's first index is its left-most bit: the top bit of the first byte.
        bits[index // 8] |= 0x80 >> (index % 8)
    packed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(packed).decode("ascii").rstrip("=")


def _list_bytes(highest_index: int) -> int:
    blocks = highest_index // STATUS_LIST_BITS + 1  # whole 16 KB blocks
    return blocks * STATUS_LIST_BITS // 8


# Signing and the small pieces -------------------------------------------------------------


def _sign(credential: dict) -> str:
    """The credential as the JWT payload, with the claims OB 3.0 asks that repeat
    its issuer, id, subject and start of validity; signed by the newest key."""
    key = signing_keys()[0]
    issuer = credential["issuer"]
    claims = {
        **credential,
        "iss": issuer["id"] if isinstance(issuer, dict) else issuer,
        "jti": credential["id"],
        "sub": credential["credentialSubject"]["id"],
        "nbf": int(datetime.fromisoformat(credential["validFrom"]).timestamp()),
    }
    header = {"alg": ALGORITHM, "kid": _key_id(key), "typ": "JWT"}
    return jwt.encode(header, claims, key, algorithms=[ALGORITHM])


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _timestamp(moment: datetime) -> str:
    # Whole seconds in UTC: the JWT's nbf says the same instant as validFrom.
    return (
        moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    )


def _day(date, at: time) -> str:
    moment = timezone.make_aware(datetime.combine(date, at))
    return _timestamp(moment)


def _bcp47(language: str) -> str:
    """Django's `zh-hant` as BCP 47's `zh-Hant`."""
    base, *rest = language.split("-")
    tags = [tag.title() if len(tag) == 4 else tag.upper() for tag in rest]
    return "-".join([base.lower(), *tags])
