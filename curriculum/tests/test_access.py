"""Who reads a lesson: staff, facilitators, anyone for previews, enrolled people via the hook."""

import pytest
from wagtail import hooks

from curriculum.permissions import READABLE_PROGRAMS_HOOK, can_read_lesson
from curriculum.tests.factories import make_curriculum

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    return make_curriculum(modules=1, lessons_per_module=2)


def locked(tree):
    return tree.lessons[1]


def test_anonymous_visitor_is_invited_not_shown_the_lesson(client, tree):
    response = client.get(locked(tree).url)
    assert response.status_code == 403
    body = response.content.decode()
    assert "Secret body 1.2" not in body
    assert "Why do you organize?" not in body
    assert "open to participants of a cohort" in body
    assert f'href="{tree.program.url}#join"' in body
    assert "/accounts/login/?next=" in body


def test_participant_without_a_cohort_is_invited(client, participant, tree):
    client.force_login(participant)
    response = client.get(locked(tree).url)
    assert response.status_code == 403
    assert "Secret body 1.2" not in response.content.decode()


def test_partner_manager_is_invited(client, partner_manager, tree):
    client.force_login(partner_manager)
    assert client.get(locked(tree).url).status_code == 403


@pytest.mark.parametrize("role", ["facilitator", "site_admin"])
def test_facilitators_and_admins_read_every_lesson(client, request, role, tree):
    client.force_login(request.getfixturevalue(role))
    response = client.get(locked(tree).url)
    assert response.status_code == 200
    assert "Secret body 1.2" in response.content.decode()


def test_preview_lessons_are_open_to_everyone(client, tree):
    response = client.get(tree.lessons[0].url)
    assert response.status_code == 200
    assert "Secret body 1.1" in response.content.decode()


def test_program_and_module_pages_are_public(client, tree):
    assert client.get(tree.program.url).status_code == 200
    assert client.get(tree.modules[0].url).status_code == 200


def test_the_hook_admits_people_to_a_program(client, participant, tree):
    def enrolled(user):
        return [tree.program.translation_key] if user == participant else []

    with hooks.register_temporarily(READABLE_PROGRAMS_HOOK, enrolled):
        assert can_read_lesson(participant, locked(tree))
        client.force_login(participant)
        assert "Secret body 1.2" in client.get(locked(tree).url).content.decode()
    assert not can_read_lesson(participant, locked(tree))


def test_the_hook_admits_to_one_program_only(participant):
    first = make_curriculum(program_title="Boot Camp")
    second = make_curriculum(program_title="Fellowship", catalog=first.catalog)

    def enrolled(user):
        return [first.program.translation_key]

    with hooks.register_temporarily(READABLE_PROGRAMS_HOOK, enrolled):
        assert can_read_lesson(participant, first.lessons[1])
        assert not can_read_lesson(participant, second.lessons[1])
