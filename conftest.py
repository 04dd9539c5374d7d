"""Fixtures shared by every app's tests, and the set-up of the browser tests
(`*/e2e/`: Debian's Chromium driven by Playwright against a live server)."""

import io
import os
import shutil

import pytest
from allauth.mfa.totp.internal.auth import (
    TOTP,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.core.cache import cache
from django.utils import translation

from lms.caching import forget_process_memory
from lms.permissions import FACILITATORS, PARTNER_MANAGERS
from lms.tests.factories import AdminFactory, UserFactory


@pytest.fixture(autouse=True)
def _fresh_state():
    """Rate-limit counters, cached pages and the language a previous request activated
    in this thread must not leak from one test to the next."""
    cache.clear()
    forget_process_memory()
    translation.deactivate()
    yield
    cache.clear()
    forget_process_memory()
    translation.deactivate()


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


@pytest.fixture
def image(db):
    """A JPEG in Wagtail's image library (whose root collection a browser test that
    ran before on this worker may have emptied away)."""
    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images.models import Image
    from wagtail.models import Collection

    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 900), "#7a1f3d").save(buffer, "JPEG")
    return Image.objects.create(title="Launch", file=ImageFile(buffer, "launch.jpg"))


def enable_totp(user) -> str:
    """Give the user an authenticator app; returns its secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def current_totp_code(secret: str) -> str:
    """What the person's authenticator app shows right now."""
    return f"{hotp_value(secret, next(yield_hotp_counters_from_time())):06d}"


# Browser tests ------------------------------------------------------------------

CHROMIUM = "/usr/bin/chromium"
# Playwright's sync API runs an event loop; the tests still use the ORM between steps.
# (Set for the whole session: database teardown also runs beside that loop.)
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


def pytest_collection_modifyitems(items):
    if os.path.exists(CHROMIUM) and shutil.which("chromium"):
        return
    skip = pytest.mark.skip(
        reason="Debian's chromium is not installed (as root: apt-get install chromium "
        "fonts-noto-core fonts-noto-cjk gettext, or run `make test` as root)"
    )
    for item in items:
        if "/e2e/" in item.nodeid:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
        ],
        "timeout": 30_000,
    }


@pytest.fixture
def browser_context_args(browser_context_args):
    # A phone: most participants read on one.
    return {**browser_context_args, "viewport": {"width": 390, "height": 844}}


@pytest.fixture
def page(page):
    page.set_default_timeout(10_000)
    return page


@pytest.fixture
def site(live_server):
    from lms.tests.pages import make_home_page

    make_home_page()
    return live_server
