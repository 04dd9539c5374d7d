"""Health check, and what people see when the database fails: a plain 503 when it
cannot be reached (on every URL, whatever part of the request reached for it), a plain
500 for any other database error, which is logged with its traceback."""

import logging
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client

from lms import views
from lms.tests.factories import UserFactory
from lms.tests.pages import make_home_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    # As a browser sees it: the error page, not the exception.
    return Client(raise_request_exception=False)


@pytest.fixture
def database_down():
    """Every query fails and no new connection can be made."""
    with (
        mock.patch(
            "django.db.backends.utils.CursorWrapper.execute",
            side_effect=OperationalError("connection refused"),
        ),
        mock.patch.object(views, "database_unreachable", return_value=True),
    ):
        yield


def test_healthz_is_ok_when_the_database_answers(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_503_when_the_database_is_down(client):
    with mock.patch(
        "lms.views.connection.cursor",
        side_effect=OperationalError("connection refused"),
    ):
        response = client.get("/healthz/")
    assert response.status_code == 503
    assert b"connection refused" not in response.content


@pytest.mark.parametrize("url", ["/profile/", "/admin/", "/learning/", "/es/"])
def test_every_page_answers_503_without_traceback_when_the_database_is_down(
    client, url
):
    make_home_page()
    client.force_login(UserFactory())
    with (
        mock.patch(
            "django.contrib.sessions.backends.cached_db.SessionStore.load",
            side_effect=OperationalError("server closed the connection"),
        ),
        mock.patch.object(views, "database_unreachable", return_value=True),
    ):
        response = client.get(url)  # the session (and the user) is read first
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    body = response.content.decode()
    assert "Temporarily unavailable" in body
    assert "Traceback" not in body and "server closed" not in body


def test_a_view_that_finds_the_database_down_answers_503(client, database_down):
    assert client.get("/programs/").status_code == 503


@pytest.mark.parametrize("message", ["database is locked", "no such table: x"])
def test_other_database_errors_are_500_and_logged_with_their_traceback(
    client, caplog, message
):
    client.force_login(UserFactory())
    with (
        mock.patch(
            "lms.views.selectors.memberships_for", side_effect=OperationalError(message)
        ),
        caplog.at_level(logging.ERROR, logger="django.request"),
    ):
        response = client.get("/profile/")
    assert response.status_code == 500
    assert message not in response.content.decode()
    record = next(r for r in caplog.records if r.name == "django.request")
    assert record.exc_info and message in str(record.exc_info[1])


def test_a_working_database_is_not_taken_for_a_dead_one():
    assert views.database_unreachable(OperationalError("database is locked")) is False
    assert views.database_unreachable(ValueError("x")) is False


def test_a_database_that_refuses_connections_is_taken_for_down():
    with mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.ensure_connection",
        side_effect=OperationalError("could not connect"),
    ):
        assert views.database_unreachable(OperationalError("x")) is True


def test_static_files_carry_the_security_headers(client):
    response = client.get("/static/css/site.css")
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "DENY"
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_pages_are_sent_compressed_to_browsers_that_accept_it(client):
    make_home_page()
    response = client.get("/", headers={"accept-encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert client.get("/").get("Content-Encoding") is None
