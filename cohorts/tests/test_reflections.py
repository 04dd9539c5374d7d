"""Reflections: written under a lesson's prompt, private by default to the people
the writer chose, under the writer's control, and counted toward completion."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cohorts import permissions, services
from cohorts.models import Enrollment, EnrollmentStatus, Reflection
from cohorts.selectors.reflections import journal, reflections_on_required_prompts
from cohorts.services.reflections import (
    ReflectionError,
    reflection_submit,
    reflection_update,
)
from cohorts.tests.factories import CohortFactory
from curriculum.selectors import lesson_prompts
from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "javascript:alert(1)",
    "< > & &lt; ' \\ 碁",
]


def seated(cohort, user=None):
    user = user or UserFactory()
    services.enrollment_request(user=user, cohort=cohort)
    return user


@pytest.fixture
def lesson(tree):
    return tree.lessons[1]  # not an open preview: only seat holders read it


@pytest.fixture
def prompt_id(lesson):
    return next(iter(lesson_prompts(lesson)))


@pytest.fixture
def people(tree, cohort, facilitator, partner_manager, site_admin):
    """Everyone who might read a reflection written in `cohort`."""
    cohort.facilitators.add(facilitator)
    other_cohort = CohortFactory(program=tree.program)
    other_facilitator = UserFactory()
    other_cohort.facilitators.add(other_facilitator)
    return {
        "writer": seated(cohort),
        "peer": seated(cohort),
        "facilitator": facilitator,
        "site admin": site_admin,
        "other cohort's participant": seated(other_cohort),
        "other cohort's facilitator": other_facilitator,
        "partner manager": partner_manager,
        "signed in, no seat": UserFactory(),
    }


def write(people, lesson, prompt_id, visibility="cohort", text="My grandmother sang."):
    return reflection_submit(
        user=people["writer"],
        lesson=lesson,
        prompt_id=prompt_id,
        text=text,
        visibility=visibility,
    )


READERS = {
    "private": {"writer"},
    "facilitators": {"writer", "facilitator", "site admin"},
    "cohort": {"writer", "facilitator", "site admin", "peer"},
}


@pytest.mark.parametrize("visibility", READERS)
def test_who_can_read_each_visibility(people, lesson, prompt_id, visibility):
    reflection = write(people, lesson, prompt_id, visibility)
    readers = {
        role
        for role, user in people.items()
        if permissions.can_view_reflection(user, reflection)
    }
    assert readers == READERS[visibility]


def test_a_hidden_reflection_is_left_to_its_writer(people, lesson, prompt_id):
    reflection = write(people, lesson, prompt_id)
    Reflection.objects.filter(pk=reflection.pk).update(hidden_at="2026-11-30T10:00Z")
    readers = {
        role
        for role, user in people.items()
        if permissions.can_view_reflection(user, reflection)
    }
    assert readers == {"writer"}


def test_withdrawing_ends_reading_but_keeps_what_was_written(
    people, cohort, lesson, prompt_id
):
    reflection = write(people, lesson, prompt_id)
    peer = people["peer"]
    services.enrollment_withdraw(enrollment=Enrollment.objects.get(user=peer))
    assert not permissions.can_view_reflection(peer, reflection)
    services.enrollment_withdraw(
        enrollment=Enrollment.objects.get(user=people["writer"])
    )
    still_seated = seated(cohort)
    assert permissions.can_view_reflection(still_seated, reflection)


def test_the_lesson_offers_the_form_with_who_sees_each_choice(
    client, people, cohort, lesson
):
    client.force_login(people["writer"])
    body = client.get(lesson.url).content.decode()
    assert 'name="text"' in body
    assert "Only you can see this." in body
    assert f"Visible to you, the 1 facilitator of {cohort.title}" in body
    assert (
        f"Visible to you, the 1 facilitator and the 1 other participant of "
        f"{cohort.title}" in body
    )
    assert re.search(r'value="cohort"[^>]*checked', body)


def test_people_without_a_seat_are_invited_instead(client, tree, cohort):
    preview = tree.lessons[0]
    body = client.get(preview.url).content.decode()
    assert 'name="text"' not in body
    assert "/accounts/login/?next=" in body
    client.force_login(UserFactory())
    body = client.get(preview.url).content.decode()
    assert 'name="text"' not in body
    assert "How to join" in body


def test_writing_saves_says_who_sees_it_and_shows_it_as_text(
    client, people, lesson, prompt_id
):
    client.force_login(people["writer"])
    url = reverse("cohorts:reflection_write", args=[lesson.pk, prompt_id])
    text = "Line one\n" + " ".join(PAYLOADS)
    response = client.post(url, {"text": text, "visibility": "facilitators"})
    assert response.status_code == 302
    assert response.url.endswith(f"#reflection-{prompt_id}")
    reflection = Reflection.objects.get()
    assert (reflection.text, reflection.visibility) == (text, "facilitators")
    body = client.get(lesson.url).content.decode()
    assert "Your reflection is saved. Visible to you, the 1 facilitator" in body
    assert "Line one<br>" in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<img src=x" not in body and "<svg onload" not in body
    assert 'href="javascript' not in body
    assert 'name="text"' not in body  # answered: shown, with edit and delete


def test_a_link_in_a_reflection_is_clickable_and_nofollow(
    client, people, lesson, prompt_id
):
    write(people, lesson, prompt_id, text="See https://example.org/photo")
    client.force_login(people["writer"])
    body = client.get(lesson.url).content.decode()
    assert '<a href="https://example.org/photo" rel="nofollow">' in body


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("   ", "Write your reflection before you save it."),
        ("x" * 5001, "Your reflection is 5001 characters long; the limit is 5000."),
        ("bad \x00 byte", "Null characters are not allowed."),
    ],
)
def test_unusable_text_is_refused_with_its_reason_and_kept(
    client, people, lesson, prompt_id, text, message
):
    client.force_login(people["writer"])
    url = reverse("cohorts:reflection_write", args=[lesson.pk, prompt_id])
    response = client.post(url, {"text": text, "visibility": "cohort"})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Reflection.objects.exists()


def test_a_second_tap_keeps_one_reflection(client, people, lesson, prompt_id):
    client.force_login(people["writer"])
    url = reverse("cohorts:reflection_write", args=[lesson.pk, prompt_id])
    for _ in range(2):
        client.post(url, {"text": "Once", "visibility": "cohort"})
    assert Reflection.objects.count() == 1


def test_extra_fields_are_ignored(client, people, lesson, prompt_id):
    client.force_login(people["writer"])
    other = Enrollment.objects.get(user=people["peer"])
    url = reverse("cohorts:reflection_write", args=[lesson.pk, prompt_id])
    client.post(
        url,
        {
            "text": "Mine",
            "visibility": "cohort",
            "user": people["peer"].pk,
            "enrollment": other.pk,
            "hidden_at": "",
            "quote_consent": "on",
        },
    )
    reflection = Reflection.objects.get()
    assert reflection.enrollment.user == people["writer"]
    assert not reflection.quote_consent


def test_prompts_and_lessons_that_do_not_match_give_404(
    client, people, tree, lesson, prompt_id
):
    client.force_login(people["writer"])
    data = {"text": "Mine", "visibility": "cohort"}
    for page_id, prompt in [
        (lesson.pk, "made-up"),
        (lesson.pk + 1000, prompt_id),
        (tree.program.pk, prompt_id),
    ]:
        url = reverse("cohorts:reflection_write", args=[page_id, prompt])
        assert client.post(url, data).status_code == 404
    assert not Reflection.objects.exists()


def test_someone_without_a_seat_stores_nothing(client, tree, cohort):
    preview = tree.lessons[0]
    client.force_login(UserFactory())
    prompt = next(iter(lesson_prompts(preview)))
    url = reverse("cohorts:reflection_write", args=[preview.pk, prompt])
    response = client.post(url, {"text": "Hi", "visibility": "cohort"})
    assert response.status_code == 302
    assert not Reflection.objects.exists()


def test_the_writer_edits_and_takes_back_consent(client, people, lesson, prompt_id):
    reflection = write(people, lesson, prompt_id)
    client.force_login(people["writer"])
    url = reverse("cohorts:reflection_edit", args=[reflection.pk])
    assert "You may quote this reflection publicly" in client.get(url).content.decode()
    client.post(
        url,
        {
            "text": "Rewritten",
            "visibility": "private",
            "quote_consent": "on",
            "show_organization": "on",
        },
    )
    reflection.refresh_from_db()
    assert (reflection.text, reflection.visibility) == ("Rewritten", "private")
    assert reflection.quote_consent and reflection.show_organization
    client.post(url, {"text": "Rewritten", "visibility": "private"})
    reflection.refresh_from_db()
    assert not reflection.quote_consent and not reflection.show_organization


def test_the_organization_is_shown_only_with_a_quote(people, lesson, prompt_id):
    reflection = write(people, lesson, prompt_id)
    reflection_update(
        user=people["writer"],
        reflection=reflection,
        text="Mine",
        visibility="cohort",
        quote_consent=False,
        show_organization=True,
    )
    assert not reflection.show_organization


def test_nobody_else_edits_or_deletes_a_reflection(client, people, lesson, prompt_id):
    reflection = write(people, lesson, prompt_id)
    for role in ("peer", "facilitator", "site admin", "partner manager"):
        client.force_login(people[role])
        for pk in (reflection.pk, reflection.pk + 1, reflection.pk - 1):
            for name in ("cohorts:reflection_edit", "cohorts:reflection_delete"):
                url = reverse(name, args=[pk])
                assert client.get(url).status_code == 404
                response = client.post(url, {"text": "Taken", "visibility": "private"})
                assert response.status_code == 404
    reflection.refresh_from_db()
    assert (reflection.text, reflection.visibility) == (
        "My grandmother sang.",
        "cohort",
    )


def test_the_writer_deletes_after_confirming(client, people, lesson, prompt_id):
    reflection = write(people, lesson, prompt_id)
    client.force_login(people["writer"])
    url = reverse("cohorts:reflection_delete", args=[reflection.pk])
    assert "Delete your reflection?" in client.get(url).content.decode()
    assert Reflection.objects.exists()
    response = client.post(url)
    assert response.status_code == 302
    assert not Reflection.objects.exists()


def test_my_reflections_hold_every_cohort_and_no_one_elses(
    client, people, tree, lesson, prompt_id
):
    write(people, lesson, prompt_id, visibility="private", text="In my journal")
    earlier = CohortFactory(program=tree.program, title="Last year's cohort")
    seated(earlier, people["writer"])
    reflection_submit(
        user=people["peer"],
        lesson=lesson,
        prompt_id=prompt_id,
        text="The peer's words",
        visibility="cohort",
    )
    client.force_login(people["writer"])
    body = client.get(reverse("cohorts:journal")).content.decode()
    assert "In my journal" in body
    assert "Only you can see this." in body
    assert lesson.title in body
    assert "Why do you organize?" in body  # the prompt it answers
    assert "The peer's words" not in body
    entries = journal(people["writer"])
    assert [len(entry.lessons) for entry in entries] == [1]


def test_my_learning_links_to_my_reflections(client, people):
    client.force_login(people["writer"])
    body = client.get(reverse("cohorts:learning")).content.decode()
    assert reverse("cohorts:journal") in body


def test_a_reflection_never_reaches_another_readers_page(
    client, people, lesson, prompt_id
):
    write(people, lesson, prompt_id, visibility="private", text="Only for me")
    client.force_login(people["writer"])
    response = client.get(lesson.url)
    assert "Only for me" in response.content.decode()
    assert "private" in response["Cache-Control"]
    client.force_login(people["peer"])
    body = client.get(lesson.url).content.decode()
    assert "Only for me" not in body
    assert 'name="text"' in body  # the peer's own form


def test_only_shown_reflections_on_required_lessons_count(people, tree, cohort):
    required, optional = tree.lessons[1], tree.lessons[2]
    optional.is_required = False
    optional.save_revision().publish()
    for lesson in (required, optional):
        reflection_submit(
            user=people["writer"],
            lesson=lesson,
            prompt_id=next(iter(lesson_prompts(lesson))),
            text="Counted?",
            visibility="private",
        )
    enrollments = Enrollment.objects.filter(
        user__in=[people["writer"], people["peer"]]
    ).select_related("cohort__program")
    counts = reflections_on_required_prompts(enrollments)
    writer = Enrollment.objects.get(user=people["writer"])
    peer = Enrollment.objects.get(user=people["peer"])
    assert counts == {writer.pk: 1, peer.pk: 0}
    Reflection.objects.update(hidden_at="2026-11-30T10:00Z")
    assert reflections_on_required_prompts(enrollments)[writer.pk] == 0


def test_the_service_refuses_people_without_a_seat(tree, lesson, prompt_id):
    with pytest.raises(ReflectionError):
        reflection_submit(
            user=UserFactory(),
            lesson=lesson,
            prompt_id=prompt_id,
            text="Hi",
            visibility="cohort",
        )
    assert not Reflection.objects.exists()


def test_a_withdrawn_writer_can_no_longer_write(people, lesson, prompt_id):
    services.enrollment_withdraw(
        enrollment=Enrollment.objects.get(user=people["writer"])
    )
    assert (
        Enrollment.objects.get(user=people["writer"]).status
        == EnrollmentStatus.WITHDRAWN
    )
    with pytest.raises(ReflectionError):
        write(people, lesson, prompt_id)


def test_the_lesson_costs_the_same_queries_whatever_was_written(
    client, people, tree, cohort, lesson, prompt_id
):
    client.force_login(people["writer"])

    def count():
        client.get(lesson.url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(lesson.url).status_code == 200
        return len(captured.captured_queries)

    before = count()
    for _ in range(2):  # the cohort has 5 seats
        write(people | {"writer": seated(cohort)}, lesson, prompt_id)
    write(people, lesson, prompt_id)
    assert count() == before <= 12


def test_reflection_text_is_in_no_shared_cache_and_no_search(
    client, people, lesson, prompt_id
):
    import pickle

    from lms import caching

    write(people, lesson, prompt_id, visibility="cohort", text="Zanzibar marmalade")
    for reader in ("writer", "peer", "facilitator"):
        client.force_login(people[reader])
        client.get(lesson.url)
    memory = caching._process_memory.items.values()
    shared = [pickle.loads(data) for data in memory]  # noqa: S301 (written here)
    assert shared and "Zanzibar" not in repr(shared)
    stored = _every_cached_value()
    assert stored and all(b"Zanzibar" not in value for value in stored)
    body = client.get(reverse("curriculum:search"), {"q": "Zanzibar"}).content.decode()
    assert "Zanzibar marmalade" not in body


IN_EXCHANGE = {
    "private": set(),  # in the writer's journal only
    "facilitators": {"writer", "facilitator", "site admin"},
    "cohort": {"writer", "facilitator", "site admin", "peer"},
}


@pytest.mark.parametrize("visibility", IN_EXCHANGE)
def test_every_role_sees_each_visibility_only_where_it_may(
    client, people, cohort, lesson, prompt_id, visibility
):
    write(people, lesson, prompt_id, visibility, text="Quetzal words")
    pages = {
        "exchange": reverse("cohorts:exchange", args=[cohort.slug]),
        "lesson": lesson.url,
        "journal": reverse("cohorts:journal"),
        "search": reverse("curriculum:search") + "?q=Quetzal",
        "learning": reverse("cohorts:learning"),
    }
    expected = {
        "exchange": IN_EXCHANGE[visibility],
        "lesson": {"writer"},
        "journal": {"writer"},
        "search": set(),
        "learning": set(),
    }
    for page, url in pages.items():
        seen = set()
        for role, user in people.items():
            client.force_login(user)
            response = client.get(url)
            if (
                response.status_code == 200
                and "Quetzal words" in response.content.decode()
            ):
                seen.add(role)
        assert seen == expected[page], page


def _every_cached_value() -> list[bytes]:
    """Every value the cache holds for this site, as stored (pickled)."""
    from django.core.cache import caches
    from django.core.cache.backends.locmem import LocMemCache

    cache = caches["default"]
    if isinstance(cache, LocMemCache):
        return list(cache._cache.values())
    client = cache._cache.get_client()  # Redis, as in production
    keys = client.keys(f"{cache.key_prefix}*")
    return [value for value in client.mget(keys) if value] if keys else []
