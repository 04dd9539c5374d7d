"""Fixtures shared by every app's tests."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core.cache import cache

from lms.permissions import FACILITATORS, PARTNER_MANAGERS
from lms.tests.factories import AdminFactory, UserFactory


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters and cached pages must not leak from one test to the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def participant(db):
    return UserFactory(display_name="Ana Participant")


@pytest.fixture
def facilitator(db):
    return UserFactory(display_name="Fay Facilitator", roles=[FACILITATORS])


@pytest.fixture
def partner_manager(db):
    return UserFactory(display_name="Pat Partner", roles=[PARTNER_MANAGERS])


@pytest.fixture
def site_admin(db):
    return AdminFactory(display_name="Sam Admin")


def enable_totp(user) -> str:
    """Give the user an authenticator app; returns its secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret
