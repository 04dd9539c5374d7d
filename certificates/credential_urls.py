"""Open Badges addresses outside the language prefixes: a credential, a DID and a
status list name one address each, whatever language the reader speaks."""

from django.urls import path

from . import credential_views

app_name = "certificates_credentials"

urlpatterns = [
    path(".well-known/did.json", credential_views.did_document, name="did_document"),
    path(".well-known/jwks.json", credential_views.jwks, name="jwks"),
    path(
        "certificates/status/revocation/",
        credential_views.status_list,
        name="status_list",
    ),
    path(
        "learning/certificates/<str:code>/badge.jwt",
        credential_views.badge,
        name="badge",
    ),
]
