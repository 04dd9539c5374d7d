"""Public quotes: a reflection reaches the program's public page only while its
writer agrees to be quoted and a facilitator of their cohort featured it."""

import pytest
from django.urls import reverse

from cohorts import services
from cohorts.models import Reflection
from cohorts.services.exchange import ExchangeError, quote_feature_toggle
from cohorts.services.reflections import reflection_submit, reflection_update
from cohorts.tests.factories import CohortFactory
from conftest import enable_totp
from curriculum.selectors import lesson_prompts
from lms.models import Organization
from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

WORDS = "My aunt's block club taught me <b>everything</b>."


@pytest.fixture
def program_with_quotes(tree):
    program = tree.program
    program.body = [
        *[(block.block_type, block.value) for block in program.body],
        ("participant_reflections", {"heading": "In their words"}),
    ]
    program.save_revision().publish()
    return program


@pytest.fixture
def writer(cohort):
    organization = Organization.objects.create(name="Tenants Together", slug="tt")
    user = UserFactory(display_name="Keisha W.")
    services.enrollment_request(user=user, cohort=cohort)
    cohort.enrollments.filter(user=user).update(organization=organization)
    return user


@pytest.fixture
def reflection(writer, tree):
    lesson = tree.lessons[1]
    return reflection_submit(
        user=writer,
        lesson=lesson,
        prompt_id=next(iter(lesson_prompts(lesson))),
        text=WORDS,
        visibility="cohort",
    )


def consent(reflection, quote=True, organization=False):
    reflection_update(
        user=reflection.enrollment.user,
        reflection=reflection,
        text=reflection.text,
        visibility=reflection.visibility,
        quote_consent=quote,
        show_organization=organization,
    )


def test_a_featured_quote_shows_until_consent_is_taken_back(
    client, program_with_quotes, cohort, facilitator, reflection
):
    cohort.facilitators.add(facilitator)
    consent(reflection)
    quote_feature_toggle(user=facilitator, reflection=reflection)
    body = client.get(program_with_quotes.url).content.decode()
    assert "In their words" in body
    assert "block club taught me &lt;b&gt;everything&lt;/b&gt;" in body
    assert "Keisha W." in body
    assert "Tenants Together" not in body  # not agreed to
    consent(reflection, organization=True)
    assert "Tenants Together" in client.get(program_with_quotes.url).content.decode()
    consent(reflection, quote=False)
    body = client.get(program_with_quotes.url).content.decode()
    assert "block club" not in body and "Keisha W." not in body
    assert "In their words" not in body  # no empty heading either


def test_without_a_feature_or_when_hidden_nothing_shows(
    client, program_with_quotes, cohort, facilitator, reflection
):
    cohort.facilitators.add(facilitator)
    consent(reflection)
    assert "block club" not in client.get(program_with_quotes.url).content.decode()
    quote_feature_toggle(user=facilitator, reflection=reflection)
    Reflection.objects.filter(pk=reflection.pk).update(hidden_at="2026-11-30T10:00Z")
    assert "block club" not in client.get(program_with_quotes.url).content.decode()


def test_only_consented_reflections_of_ones_cohorts_can_be_featured(
    tree, cohort, facilitator, reflection
):
    cohort.facilitators.add(facilitator)
    with pytest.raises(ExchangeError):
        quote_feature_toggle(user=facilitator, reflection=reflection)  # no consent
    consent(reflection)
    other = UserFactory()
    CohortFactory(program=tree.program).facilitators.add(other)
    with pytest.raises(ExchangeError):
        quote_feature_toggle(user=other, reflection=reflection)
    assert not Reflection.objects.get(pk=reflection.pk).featured_at


def test_the_admin_lists_only_consented_reflections_of_my_cohorts(
    client, tree, cohort, facilitator, reflection
):
    cohort.facilitators.add(facilitator)
    enable_totp(facilitator)
    client.force_login(facilitator)
    url = reverse("cohorts_public_quotes")
    assert "block club" not in client.get(url).content.decode()
    consent(reflection)
    assert "block club taught me &lt;b&gt;" in client.get(url).content.decode()
    client.post(reverse("cohorts_public_quote_toggle", args=[reflection.pk]))
    assert Reflection.objects.get(pk=reflection.pk).featured_at
    other = UserFactory()
    other.groups.add(*facilitator.groups.all())
    enable_totp(other)
    client.force_login(other)
    assert "block club" not in client.get(url).content.decode()
    toggle = reverse("cohorts_public_quote_toggle", args=[reflection.pk])
    assert client.post(toggle).status_code == 404
