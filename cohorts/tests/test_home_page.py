"""The home page is the front door: every program as a card with its next cohort and
how to join, where a signed-in participant left off, and participants' words."""

import datetime
import re

import pytest
from django.utils import timezone

from cohorts import services
from cohorts.tests.factories import CohortFactory
from curriculum.tests.factories import make_curriculum, translate
from lms.blocks import QuoteBlock
from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def home(tree):
    return tree.home


def test_each_program_is_a_card_with_its_next_cohort_and_how_to_join(
    client, tree, home
):
    fellowship = make_curriculum(program_title="Fellowship", catalog=tree.catalog)
    CohortFactory(program=tree.program, title="Spring Camp")
    body = client.get("/").content.decode()
    assert f'href="{tree.program.url}"' in body
    assert "Spring Camp" in body and f'href="{tree.program.url}#join"' in body
    card = body[body.index(fellowship.program.title) :]
    assert "No cohort is open right now." in card[:2000]
    assert f'href="{fellowship.program.url}#join"' in card


def test_an_ended_cohort_is_not_offered_as_the_next(client, tree, home):
    today = timezone.localdate()
    CohortFactory(
        program=tree.program,
        title="Old Camp",
        starts_on=today - datetime.timedelta(days=90),
        ends_on=today - datetime.timedelta(days=1),
    )
    body = client.get("/").content.decode()
    assert "Old Camp" not in body


def test_a_signed_in_participant_continues_where_they_left_off(
    client, tree, home, cohort
):
    reader, other = UserFactory(), UserFactory()
    for person in (reader, other):
        services.enrollment_request(user=person, cohort=cohort)
    services.lesson_complete(user=reader, lesson=tree.lessons[0])
    client.force_login(other)
    client.get("/")  # the page is cached for every signed-in reader
    client.force_login(reader)
    body = client.get("/").content.decode()
    assert "Continue where you left off" in body
    assert f'href="{tree.lessons[1].url}"' in body and "1 of 4 lessons done" in body
    client.logout()
    assert "Continue where you left off" not in client.get("/").content.decode()


def test_participants_words_keep_their_own_language(client, home):
    home.testimonials = [
        (
            "quote",
            QuoteBlock().to_python(
                {
                    "quote": "I feel like I am a part of a larger movement.",
                    "attribution": "Niq Toliver",
                    "role": "Community Coalition",
                    "language": "en",
                }
            ),
        )
    ]
    home.save_revision().publish()
    translate(home, "es", title="Inicio")
    body = client.get("/es/").content.decode()
    quote = body[body.index("block-quote") - 40 :]
    assert 'lang="en" dir="ltr"' in quote[:120]
    assert "Niq Toliver" in quote and "Community Coalition" in quote


def test_the_home_page_is_light(client, tree, home, image):
    tree.program.hero_image = image
    tree.program.hero_image_alt = "Organizers at a canvass launch"
    tree.program.save_revision().publish()
    body = client.get("/").content.decode()
    assert "<script" not in body
    img = re.search(r"<img [^>]*>", body)[0]
    assert ".webp" in img and 'width="' in img and 'height="' in img
    assert 'alt="Organizers at a canvass launch"' in img and 'loading="lazy"' in img
