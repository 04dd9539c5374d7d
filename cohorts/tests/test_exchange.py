"""The cohort's exchange: who gets in, responses, appreciations, pins, announcements,
reports and moderation, and the emails each sends."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cohorts import notifications, services
from cohorts.models import (
    Announcement,
    Appreciation,
    Enrollment,
    NotificationChoice,
    PendingNotification,
    Reflection,
    Report,
    Response,
)
from cohorts.services.exchange import RESPONSES_PER_HOUR, response_submit
from cohorts.services.reflections import reflection_submit
from cohorts.tests.factories import CohortFactory
from conftest import enable_totp
from curriculum.selectors import lesson_prompts
from lms.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script> <img src=x onerror=alert(1)> 碁"


@pytest.fixture
def lesson(tree):
    return tree.lessons[1]


@pytest.fixture
def people(tree, cohort, facilitator, partner_manager, site_admin):
    cohort.facilitators.add(facilitator)
    other = CohortFactory(program=tree.program)
    people = {
        "writer": UserFactory(display_name="Wren Writer", preferred_language="es"),
        "peer": UserFactory(display_name="Pia Peer"),
        "facilitator": facilitator,
        "site admin": site_admin,
        "other cohort's participant": UserFactory(),
        "other facilitator": UserFactory(),
        "partner manager": partner_manager,
    }
    for role in ("writer", "peer"):
        services.enrollment_request(user=people[role], cohort=cohort)
    services.enrollment_request(user=people["other cohort's participant"], cohort=other)
    other.facilitators.add(people["other facilitator"])
    mail.outbox.clear()
    return people


@pytest.fixture(autouse=True)
def _after_commit_at_once(monkeypatch):
    """Emails go out after the commit; tests run inside one transaction."""
    monkeypatch.setattr(
        "django.db.transaction.on_commit", lambda callback, *a, **k: callback()
    )


def reflect(user, lesson, text="We belong here.", visibility="cohort"):
    return reflection_submit(
        user=user,
        lesson=lesson,
        prompt_id=next(iter(lesson_prompts(lesson))),
        text=text,
        visibility=visibility,
    )


def exchange_url(cohort, **query):
    url = reverse("cohorts:exchange", args=[cohort.slug])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def test_only_the_cohort_gets_into_its_exchange(client, people, cohort):
    allowed = {"writer", "peer", "facilitator", "site admin"}
    for role, user in people.items():
        client.force_login(user)
        status = client.get(exchange_url(cohort)).status_code
        assert status == (200 if role in allowed else 404), role
    client.logout()
    assert client.get(exchange_url(cohort)).status_code == 302


def test_a_withdrawn_participant_loses_the_exchange(client, people, cohort):
    services.enrollment_withdraw(enrollment=Enrollment.objects.get(user=people["peer"]))
    client.force_login(people["peer"])
    assert client.get(exchange_url(cohort)).status_code == 404


def test_the_exchange_shows_what_each_reader_may_see(
    client, people, cohort, tree, lesson
):
    reflect(people["writer"], lesson, "Shared with everyone here")
    reflect(people["peer"], lesson, "Only my facilitators", visibility="facilitators")
    reflect(people["peer"], tree.lessons[2], "My journal", visibility="private")
    client.force_login(people["writer"])
    body = client.get(exchange_url(cohort)).content.decode()
    assert "Shared with everyone here" in body and "Wren Writer" in body
    assert "Only my facilitators" not in body and "My journal" not in body
    client.force_login(people["facilitator"])
    body = client.get(exchange_url(cohort)).content.decode()
    assert "Shared with everyone here" in body and "Only my facilitators" in body
    assert "My journal" not in body


def test_a_response_is_posted_shown_and_emailed_to_the_writer_in_their_language(
    client, people, cohort, lesson
):
    reflection = reflect(people["writer"], lesson)
    client.force_login(people["peer"])
    response = client.post(
        reverse("cohorts:respond", args=[reflection.pk]), {"text": SCRIPT}
    )
    assert response.status_code == 302
    assert response.url.endswith(f"#reflection-{reflection.pk}")
    body = client.get(exchange_url(cohort)).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<img src=x" not in body
    [email] = mail.outbox
    assert email.to == [people["writer"].email]
    assert email.subject == "Pia Peer respondió a su reflexión"
    assert SCRIPT in email.body  # plain text, as written
    html = email.alternatives[0][0]
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert email.extra_headers["List-Unsubscribe"].startswith("<http")


def test_responding_outside_ones_exchange_stores_nothing(client, people, tree, lesson):
    mine = reflect(people["writer"], lesson)
    elsewhere = reflect(people["other cohort's participant"], lesson)
    hidden = reflect(people["peer"], tree.lessons[2])
    Reflection.objects.filter(pk=hidden.pk).update(hidden_at="2026-11-30T10:00Z")
    private = reflect(people["peer"], tree.lessons[3], visibility="private")
    client.force_login(people["writer"])
    for pk in (elsewhere.pk, hidden.pk, private.pk, mine.pk + 100, private.pk + 1):
        url = reverse("cohorts:respond", args=[pk])
        assert client.post(url, {"text": "Hi"}).status_code == 404
    assert not Response.objects.exists()
    assert mail.outbox == []


def test_empty_and_overlong_responses_are_refused_with_a_reason(
    client, people, cohort, lesson
):
    reflection = reflect(people["writer"], lesson)
    client.force_login(people["peer"])
    url = reverse("cohorts:respond", args=[reflection.pk])
    client.post(url, {"text": "  "})
    body = client.get(exchange_url(cohort)).content.decode()
    assert "Write something before you send it." in body
    client.post(url, {"text": "x" * 2001})
    body = client.get(exchange_url(cohort)).content.decode()
    assert "Your text is 2001 characters long; the limit is 2000." in body
    assert not Response.objects.exists()


def test_responses_are_rate_limited_with_a_message(client, people, cohort, lesson):
    reflection = reflect(people["writer"], lesson)
    for _ in range(RESPONSES_PER_HOUR):
        response_submit(user=people["peer"], reflection=reflection, text="Again")
    client.force_login(people["peer"])
    client.post(reverse("cohorts:respond", args=[reflection.pk]), {"text": "More"})
    body = client.get(exchange_url(cohort)).content.decode()
    assert "You have sent many responses in the last hour." in body
    assert Response.objects.count() == RESPONSES_PER_HOUR


def test_appreciating_toggles_and_counts(client, people, cohort, lesson):
    reflection = reflect(people["writer"], lesson)
    client.force_login(people["peer"])
    url = reverse("cohorts:appreciate", args=[reflection.pk])
    client.post(url)
    assert "1 appreciation" in client.get(exchange_url(cohort)).content.decode()
    client.post(url)
    assert not Appreciation.objects.exists()


def test_facilitators_pin_and_participants_cannot(client, people, cohort, tree, lesson):
    first = reflect(people["writer"], lesson, "Written first")
    reflect(people["peer"], tree.lessons[2], "Written last")
    client.force_login(people["peer"])
    assert client.post(reverse("cohorts:pin", args=[first.pk])).status_code == 404
    client.force_login(people["facilitator"])
    client.post(reverse("cohorts:pin", args=[first.pk]))
    body = client.get(exchange_url(cohort)).content.decode()
    assert body.index("Written first") < body.index("Written last")


def test_an_announcement_reaches_the_page_my_learning_and_every_seat(
    client, people, cohort
):
    client.force_login(people["peer"])
    url = reverse("cohorts:announce", args=[cohort.slug])
    assert client.post(url, {"text": "Not mine to send"}).status_code == 302
    assert not Announcement.objects.exists()
    client.force_login(people["facilitator"])
    client.post(url, {"text": "Canvass on Saturday " + SCRIPT})
    assert Announcement.objects.count() == 1
    assert sorted(email.to[0] for email in mail.outbox) == sorted(
        [people["writer"].email, people["peer"].email]
    )
    spanish = next(e for e in mail.outbox if e.to == [people["writer"].email])
    assert spanish.subject == f"Anuncio: {cohort.title}"
    client.force_login(people["writer"])
    for page in (exchange_url(cohort), reverse("cohorts:learning")):
        body = client.get(page).content.decode()
        assert "Canvass on Saturday &lt;script&gt;" in body


def test_a_report_reaches_only_the_cohorts_moderators(client, people, cohort, lesson):
    reflection = reflect(people["writer"], lesson, "Reported words")
    client.force_login(people["peer"])
    url = reverse("cohorts:report", args=["reflection", reflection.pk])
    assert client.get(url).status_code == 200
    client.post(url, {"reason": "hurtful", "note": "Not kind"})
    client.post(url, {"reason": "hurtful"})  # a second tap
    assert Report.objects.count() == 1
    queue = reverse("cohorts_moderation")
    for role, sees in (("facilitator", True), ("other facilitator", False)):
        user = people[role]
        user.groups.add(*people["facilitator"].groups.all())
        enable_totp(user)
        client.force_login(user)
        body = client.get(queue).content.decode()
        assert ("Reported words" in body) is sees, role


def test_nobody_reports_their_own_or_what_they_cannot_see(client, people, lesson, tree):
    mine = reflect(people["writer"], lesson)
    elsewhere = reflect(people["other cohort's participant"], lesson)
    client.force_login(people["writer"])
    for pk in (mine.pk, elsewhere.pk):
        url = reverse("cohorts:report", args=["reflection", pk])
        client.post(url, {"reason": "spam"})
    assert (
        client.get(reverse("cohorts:report", args=["nothing", mine.pk])).status_code
        == 404
    )
    assert not Report.objects.exists()


def test_hiding_removes_it_for_peers_keeps_it_for_the_writer_and_tells_them(
    client, people, cohort, lesson
):
    reflection = reflect(people["writer"], lesson, "To be hidden")
    client.force_login(people["peer"])
    client.post(
        reverse("cohorts:report", args=["reflection", reflection.pk]),
        {"reason": "private"},
    )
    report = Report.objects.get()
    enable_totp(people["facilitator"])
    client.force_login(people["facilitator"])
    mail.outbox.clear()
    client.post(
        reverse("cohorts_moderation_decide", args=[report.pk, "hide"]),
        {"reason": "It names a person who did not agree"},
    )
    report.refresh_from_db()
    assert report.outcome == "hidden"
    [email] = mail.outbox
    assert email.to == [people["writer"].email]
    assert "It names a person who did not agree" in email.body
    assert "Una persona facilitadora de su cohorte ocultó" in email.body
    client.force_login(people["peer"])
    assert "To be hidden" not in client.get(exchange_url(cohort)).content.decode()
    client.force_login(people["writer"])
    body = client.get(exchange_url(cohort)).content.decode()
    assert "To be hidden" in body
    assert "A facilitator hid this reflection" in body


def test_a_dismissed_report_leaves_the_item(client, people, cohort, lesson):
    reflection = reflect(people["writer"], lesson, "Still here")
    client.force_login(people["peer"])
    client.post(
        reverse("cohorts:report", args=["reflection", reflection.pk]),
        {"reason": "spam"},
    )
    report = Report.objects.get()
    client.force_login(people["other facilitator"])
    enable_totp(people["site admin"])
    client.force_login(people["site admin"])
    client.post(reverse("cohorts_moderation_decide", args=[report.pk, "dismiss"]))
    report.refresh_from_db()
    assert report.outcome == "dismissed"
    client.force_login(people["peer"])
    assert "Still here" in client.get(exchange_url(cohort)).content.decode()


def test_the_daily_email_sends_each_response_once(people, lesson, cohort):
    notifications.notification_settings_update(
        user=people["writer"],
        responses=NotificationChoice.DAILY,
        announcements=NotificationChoice.DAILY,
    )
    reflection = reflect(people["writer"], lesson)
    response_submit(user=people["peer"], reflection=reflection, text="First answer")
    response_submit(user=people["peer"], reflection=reflection, text="Second answer")
    assert mail.outbox == []
    assert PendingNotification.objects.count() == 2
    call_command("send_reflection_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    [digest] = mail.outbox
    assert "First answer" in digest.body and "Second answer" in digest.body
    assert digest.subject == "Su día en el intercambio: 2 mensajes nuevos"
    call_command("send_reflection_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 1
    assert not PendingNotification.objects.exists()


def test_never_means_no_email(people, lesson):
    notifications.notification_settings_update(
        user=people["writer"],
        responses=NotificationChoice.NEVER,
        announcements=NotificationChoice.AT_ONCE,
    )
    reflection = reflect(people["writer"], lesson)
    response_submit(user=people["peer"], reflection=reflection, text="Hello")
    assert mail.outbox == []
    assert not PendingNotification.objects.exists()


def test_the_link_in_an_email_stops_that_kind_without_signing_in(
    client, people, lesson
):
    reflection = reflect(people["writer"], lesson)
    response_submit(user=people["peer"], reflection=reflection, text="Hello")
    [email] = mail.outbox
    url = email.extra_headers["List-Unsubscribe"].strip("<>")
    assert url in email.body
    path = url.removeprefix("http://testserver")
    assert client.get(path).status_code == 200  # a page with a button: no change yet
    assert notifications.settings_for(people["writer"]).responses == "at_once"
    client.post(path)  # a mail app's one-click post: no session, no CSRF token
    current = notifications.settings_for(people["writer"])
    assert (current.responses, current.announcements) == ("never", "at_once")
    tampered = path.replace("responses", "announcements")
    assert client.post(tampered).status_code == 404
    assert client.get("/emails/stop/1:all:bad/").status_code == 404


def test_email_choices_are_set_on_the_profile_page(client, people):
    client.force_login(people["peer"])
    body = client.get(reverse("lms:profile")).content.decode()
    assert "Emails about your cohort" in body
    client.post(
        reverse("cohorts:notification_settings"),
        {"responses": "daily", "announcements": "never"},
    )
    current = notifications.settings_for(people["peer"])
    assert (current.responses, current.announcements) == ("daily", "never")
    client.post(reverse("cohorts:notification_settings"), {"responses": "loud"})
    assert notifications.settings_for(people["peer"]).responses == "daily"


@pytest.mark.parametrize("page", ["abc", "0", "99999999999999999999", "1e309", ""])
def test_odd_page_numbers_still_show_a_page(client, people, cohort, page):
    client.force_login(people["writer"])
    assert client.get(exchange_url(cohort, page=page)).status_code == 200


def test_the_exchange_pages_and_costs_the_same_queries_whatever_was_written(
    client, people, cohort, tree, lesson
):
    client.force_login(people["writer"])

    def count():
        client.get(exchange_url(cohort))
        with CaptureQueriesContext(connection) as captured:
            assert client.get(exchange_url(cohort)).status_code == 200
        return len(captured.captured_queries)

    reflect(people["writer"], lesson)
    before = count()
    for index, writer in enumerate([people["peer"], *UserFactory.create_batch(3)]):
        if index:
            services.enrollment_request(user=writer, cohort=cohort)
        for each in tree.lessons:
            reflection = reflect(writer, each)
            response_submit(user=people["writer"], reflection=reflection, text="Yes")
    assert count() == before <= 12


def test_moderation_and_exports_show_participant_text_as_text_or_not_at_all(
    client, people, cohort, lesson
):
    reflection = reflect(people["writer"], lesson, SCRIPT)
    client.force_login(people["peer"])
    client.post(
        reverse("cohorts:report", args=["reflection", reflection.pk]),
        {"reason": "hurtful", "note": SCRIPT},
    )
    enable_totp(people["facilitator"])
    client.force_login(people["facilitator"])
    queue = client.get(reverse("cohorts_moderation")).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in queue and "<script>" not in queue
    for name in ("cohort:roster_export", "cohort:progress_export"):
        response = client.get(reverse(name, args=[cohort.pk, "csv"]))
        assert response.status_code == 200
        assert b"alert(1)" not in b"".join(response.streaming_content)


def test_an_announcement_reads_everyones_email_choices_at_once(people, cohort):
    notifications.notification_settings_update(
        user=people["peer"],
        responses=NotificationChoice.AT_ONCE,
        announcements=NotificationChoice.DAILY,
    )
    announcement = Announcement.objects.create(
        cohort=cohort, author=people["facilitator"], text="Saturday"
    )
    with CaptureQueriesContext(connection) as captured:
        notifications.announcement_notify(announcement)
    settings_reads = [
        q
        for q in captured.captured_queries
        if 'FROM "cohorts_notificationsettings"' in q["sql"]
    ]
    assert len(settings_reads) == 1
    assert [email.to for email in mail.outbox] == [[people["writer"].email]]
    assert PendingNotification.objects.filter(user=people["peer"]).count() == 1
