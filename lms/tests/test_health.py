from unittest import mock

import pytest
from django.db import OperationalError


@pytest.mark.django_db
def test_healthz_is_ok_when_the_database_answers(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_is_503_when_the_database_is_down(client):
    with mock.patch(
        "lms.views.connection.cursor",
        side_effect=OperationalError("connection refused"),
    ):
        response = client.get("/healthz/")
    assert response.status_code == 503
    assert b"connection refused" not in response.content


@pytest.mark.django_db
def test_pages_answer_503_without_traceback_when_the_database_is_down(client):
    with mock.patch(
        "lms.views.selectors.memberships_for",
        side_effect=OperationalError("server closed the connection"),
    ):
        client.force_login(_user())
        response = client.get("/profile/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    body = response.content.decode()
    assert "Temporarily unavailable" in body
    assert "Traceback" not in body and "server closed" not in body


def _user():
    from lms.tests.factories import UserFactory

    return UserFactory()
