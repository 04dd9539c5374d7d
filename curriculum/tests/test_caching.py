"""What is cached for speed never outlives a change a reader should see."""

import re

import pytest
from wagtail.models import PageViewRestriction

from curriculum.tests.factories import make_curriculum

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    return make_curriculum(modules=1, lessons_per_module=2)


def test_an_unpublished_lesson_is_gone_at_once(client, tree):
    preview = tree.lessons[0]
    assert client.get(preview.url).status_code == 200
    preview.unpublish()
    assert client.get(preview.url).status_code == 404


def test_a_published_change_shows_at_once(client, tree):
    preview = tree.lessons[0]
    client.get(preview.url)
    preview.title = "Retitled lesson"
    preview.save_revision().publish()
    body = client.get(preview.url).content.decode()
    assert "Retitled lesson" in body
    assert "Retitled lesson" in client.get(tree.program.url).content.decode()


def test_a_saved_draft_is_not_served(client, tree):
    preview = tree.lessons[0]
    client.get(preview.url)
    preview.title = "Draft title"
    preview.save_revision()
    assert "Draft title" not in client.get(preview.url).content.decode()


def test_wagtail_privacy_settings_still_apply(client, tree):
    preview = tree.lessons[0]
    assert client.get(preview.url).status_code == 200
    PageViewRestriction.objects.create(
        page=tree.program, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(preview.url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_moved_lesson_answers_at_its_new_address(client, tree):
    lesson = tree.lessons[0]
    old_url = lesson.url
    client.get(old_url)
    lesson.move(tree.modules[0], pos="last-child")
    lesson.refresh_from_db()
    lesson.slug = "moved-lesson"
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    assert lesson.url.endswith("/moved-lesson/")
    assert client.get(old_url).status_code == 404
    assert client.get(lesson.url).status_code == 200


def test_every_reader_gets_a_page_made_for_them(tree, participant, facilitator):
    """Two people reading the same lesson: each page carries its reader's own CSRF
    token and is marked private, so no shared cache on the way keeps it."""
    from django.test import Client

    url = tree.lessons[0].url
    tokens = []
    for person in (participant, facilitator):
        client = Client()
        client.force_login(person)
        client.get(url)
        response = client.get(url)
        body = response.content.decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)[1]
        tokens.append(token)
        assert response.context["request"].user == person
        assert "private" in response["Cache-Control"]
        assert "Cookie" in response["Vary"]
    assert tokens[0] != tokens[1]


def test_the_invitation_to_join_is_private_too(client, tree, participant):
    client.force_login(participant)
    response = client.get(tree.lessons[1].url)
    assert response.status_code == 403
    assert "private" in response["Cache-Control"]


def test_cached_pages_carry_a_working_csrf_token(tree, participant):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(participant)
    url = tree.lessons[0].url
    client.get(url)  # stored
    body = client.get(url).content.decode()  # served from the cache
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)
    assert "\x00" not in body
    response = client.post("/accounts/logout/", {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_someone_elses_message_is_never_served(client, tree, participant, facilitator):
    url = tree.lessons[0].url
    client.force_login(facilitator)
    client.get(url)
    client.post(
        "/profile/", {"display_name": "Fay", "preferred_language": "en"}
    )  # leaves a message
    with_message = client.get(url).content.decode()
    assert "Your profile has been saved." in with_message
    other = type(client)()
    other.force_login(participant)
    assert "Your profile has been saved." not in other.get(url).content.decode()


def test_signed_in_and_anonymous_readers_get_their_own_header(
    client, tree, participant
):
    url = tree.lessons[0].url
    assert "Sign in" in client.get(url).content.decode()
    client.force_login(participant)
    body = client.get(url).content.decode()
    assert "Sign out" in body and "Create an account" not in body


def test_a_link_in_a_cached_lesson_follows_the_page_it_names(client, tree):
    """The body is cached per revision; a link inside names another page's path."""
    from wagtail.rich_text import RichText

    preview, other = tree.lessons
    preview.body = [
        ("text", RichText(f'<p><a linktype="page" id="{other.pk}">Next up</a></p>'))
    ]
    preview.save_revision().publish()
    assert f'href="{other.url}"' in client.get(preview.url).content.decode()
    other.slug = "renamed-lesson"
    other.save_revision().publish()
    other.refresh_from_db()
    body = client.get(preview.url).content.decode()
    assert f'href="{other.url}"' in body and "renamed-lesson" in other.url


def test_versions_move_again_when_the_change_is_committed(
    django_capture_on_commit_callbacks,
):
    """A reader in another process who read the old rows during the transaction may
    store them under the version the change first moved to: commit moves it again."""
    from django.db import transaction

    from lms.caching import current_version
    from lms.pages import PAGES_VERSION, pages_changed

    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            before = current_version(PAGES_VERSION)
            pages_changed()
            during = current_version(PAGES_VERSION)
        assert during != before
    assert current_version(PAGES_VERSION) != during


def stored_entries() -> int:
    """How many entries the cache holds: local memory, or the worker's Redis database."""
    from django.core.cache import cache

    backend = cache._cache
    return len(backend) if isinstance(backend, dict) else backend.get_client().dbsize()


def test_made_up_addresses_do_not_fill_the_cache(client, tree):
    client.get(tree.program.url)
    stored = stored_entries()
    for number in range(30):
        assert client.get(f"/programs/nothing-{number}/").status_code == 404
    assert stored_entries() == stored
