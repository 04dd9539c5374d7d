"""Browser tests: Debian's Chromium driven by Playwright against a live server."""

import os
import shutil

import pytest

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
        if "e2e" in item.nodeid:
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
