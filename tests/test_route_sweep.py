"""Promise 4: every URL has an access rule. Generated from the URL resolver, so a new URL
that is neither listed as public/own-account nor protected makes this test fail."""

import re
import uuid

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern

from lms.tests.factories import UserFactory

# Open to everyone (they work the same signed in or not).
PUBLIC = {
    "wagtail_serve",
    "healthz",
    "set_language",
    "admin_login",
    "wagtaildocs_serve",
    "wagtaildocs_authenticate_with_password",
    "wagtailcore_authenticate_with_password",
    "wagtailcore_login",
    "curriculum:search",
    "cohorts:detail",
    "cohorts:calendar",
    # The secret token in the address is the key (404 without the right one).
    "cohorts:calendar_feed",
    "cohorts:unsubscribe",
    # Certificates are checked by anyone with the code (404 without a real one).
    "certificates:verify_form",
    "certificates:verify",
    # Open Badges verifiers fetch the issuer's public keys and the revocation list.
    "certificates_credentials:did_document",
    "certificates_credentials:jwks",
    "certificates_credentials:status_list",
    # Static assets of the admin (icon sprite, JavaScript translations): no data.
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
}
# allauth's entrance flows: public by nature (sign in, sign up, reset, codes).
PUBLIC_PREFIXES = ("account_", "mfa_authenticate", "mfa_trust", "mfa_reauthenticate")
# A signed-in person's own account pages.
OWN_ACCOUNT = {
    "lms:profile",
    "lms:organization_join",
    "lms:organization_leave",
    "lms:organization_consent",
    # My data, its download (only the person's own: lms tests) and deleting the account.
    "lms:my_data",
    "lms:data_export_request",
    "lms:data_download",
    "lms:account_delete",
    "lms:account_delete_code",
    "cohorts:learning",
    "cohorts:enroll",
    "cohorts:withdraw",
    "cohorts:lesson_complete",
    "cohorts:calendar_renew",
    "cohorts:check_in",
    "cohorts_scan:check_in_scan",
    "cohorts:opening_notice",
    # A person's own reflections (anyone else's id is a 404: cohorts tests).
    "cohorts:journal",
    "cohorts:reflection_write",
    "cohorts:reflection_edit",
    "cohorts:reflection_delete",
    "cohorts:notification_settings",
    "account_email",
    "account_change_password",
    "account_set_password",
    "account_reauthenticate",
}
OWN_ACCOUNT_PREFIXES = ("mfa_",)
REFUSED = {302, 403, 404, 405}
SAMPLE = {
    "int": "1",
    "str": "x",
    "slug": "x",
    "path": "x",
    "uuid": str(uuid.uuid4()),
    "sheet": "csv",
}


def build_routes(resolver=None, prefix="", namespace=""):
    for entry in (resolver or get_resolver()).url_patterns:
        pattern = _fill(entry.pattern)
        if pattern is None:
            continue
        if isinstance(entry, URLResolver):
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from build_routes(entry, prefix + pattern, ns)
        elif isinstance(entry, URLPattern) and entry.name:
            yield "/" + prefix + pattern, f"{namespace}{entry.name}"


def _fill(pattern) -> str | None:
    if isinstance(pattern, RoutePattern):
        return re.sub(
            r"<(?:(\w+):)?\w+>", lambda m: SAMPLE[m.group(1) or "str"], str(pattern)
        )
    text = str(pattern)
    if text in ("", "^"):
        return ""
    if type(pattern).__name__ == "LocalePrefixPattern":
        return ""
    text = text.lstrip("^").rstrip("$").replace("\\", "")
    return None if re.search(r"[()\[\]?*+{}|]", text) else text


ROUTES = sorted(set(build_routes()))


def classify(name: str) -> str:
    if name in PUBLIC or (name.startswith(PUBLIC_PREFIXES) and name not in OWN_ACCOUNT):
        return "public"
    if name in OWN_ACCOUNT or name.startswith(OWN_ACCOUNT_PREFIXES):
        return "own"
    return "protected"


def is_refusal(response) -> bool:
    if response.status_code == 302:
        return "/accounts/login/" in response["Location"]
    return response.status_code in REFUSED


def test_the_sweep_sees_the_whole_site():
    names = {name for _url, name in ROUTES}
    assert len(ROUTES) > 150
    assert {"lms:profile", "wagtailadmin_home", "account_login"} <= names


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["anonymous", "participant", "partner"])
def test_every_non_public_url_refuses_people_without_the_role(client, role):
    if role != "anonymous":
        user = UserFactory(roles=["Partner managers"] if role == "partner" else [])
        client.force_login(user)
    leaks = []
    for url, name in ROUTES:
        kind = classify(name)
        if kind == "public" or (kind == "own" and role != "anonymous"):
            continue
        for method in (client.get, client.post):
            response = method(url)
            if not is_refusal(response):
                leaks.append(
                    f"{method.__name__.upper()} {url} ({name}) -> {response.status_code}"
                )
    assert leaks == [], "\n".join(leaks)


@pytest.mark.django_db
def test_public_and_own_pages_never_fail(client):
    client.force_login(UserFactory())
    failures = [
        f"{url} ({name}) -> {status}"
        for url, name in ROUTES
        if classify(name) != "protected"
        and (status := client.get(url).status_code) >= 500
    ]
    assert failures == []
