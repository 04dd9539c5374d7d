"""What verifiers fetch without an account (the issuer's DID document, its public
keys, the revocation list) and the holder's signed credential."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from . import credentials
from .models import normalized_code
from .permissions import certificates_downloadable_by

JWT_CONTENT_TYPE = "application/jwt"
# Public documents, refetched by verifiers at most this often.
PUBLIC_MAX_AGE = 60


@require_GET
def did_document(request):
    return _public(JsonResponse(credentials.did_document()))


@require_GET
def jwks(request):
    response = JsonResponse(
        credentials.public_jwks(), content_type="application/jwk-set+json"
    )
    return _public(response)


@require_GET
def status_list(request):
    token = credentials.status_list_jwt()
    return _public(HttpResponse(token, content_type=JWT_CONTENT_TYPE))


@login_required
@require_GET
def badge(request, code):
    """The holder's certificate as a signed Open Badge, for their wallet or backpack.
    A revoked certificate is not signed anew: copies already out show it revoked."""
    certificate = _badge_certificate(request.user, code)
    response = HttpResponse(
        credentials.credential_jwt(certificate), content_type=JWT_CONTENT_TYPE
    )
    filename = f"open-badge-{certificate.display_code}.jwt"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def _badge_certificate(user, typed_code):
    code = normalized_code(typed_code)
    if code is None:
        raise Http404
    certificates = certificates_downloadable_by(user).filter(revoked_at__isnull=True)
    return get_object_or_404(
        certificates.select_related("enrollment__cohort__program"), code=code
    )


def _public(response):
    # Verifiers running in a browser (web wallets) fetch these from other sites.
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = f"public, max-age={PUBLIC_MAX_AGE}"
    return response
