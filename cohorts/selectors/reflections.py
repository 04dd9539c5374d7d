"""Reads about reflections: where a person writes, who will read what they write,
their journal, the cohort's exchange, and what counts toward completion."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from django.core.paginator import Paginator
from django.db.models import Case, Count, F, Max, When
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from curriculum.models import LessonPage
from curriculum.selectors import lesson_prompts, program_outline

from ..models import (
    SEAT_HOLDING,
    Announcement,
    Appreciation,
    Enrollment,
    Reflection,
    ReflectionVisibility,
)
from ..permissions import (
    cohorts_managed_by,
    reflections_in_exchange,
    reflections_written_by,
    responses_visible_to,
)


def enrollment_for_lesson(user, lesson) -> Enrollment | None:
    """The seat a person's work on a lesson belongs to: their cohort of its program
    that is still running, or else the one that started last; None without a seat."""
    if not user.is_authenticated:
        return None
    program_key = program_outline(lesson).program_key
    enrollments = list(
        Enrollment.objects.filter(
            user=user,
            status__in=SEAT_HOLDING,
            cohort__program__translation_key=program_key,
        )
        .select_related("cohort")
        .order_by("-cohort__starts_on", "-pk")
    )
    running = [e for e in enrollments if not e.cohort.has_ended()]
    return (running or enrollments or [None])[0]


@dataclass(frozen=True)
class Audience:
    """Who can read a reflection written in a cohort, counted, for the plain sentence
    shown next to the form and on every reflection."""

    cohort_title: str
    facilitators: int
    # Other people holding a seat in the cohort.
    peers: int

    def sentence(self, visibility: str) -> str:
        if visibility == ReflectionVisibility.PRIVATE:
            return gettext("Only you can see this.")
        if visibility == ReflectionVisibility.FACILITATORS:
            return self._facilitators_sentence()
        return gettext(
            "Visible to you, %(facilitators)s and %(peers)s of %(cohort)s, "
            "and to the site's administrators."
        ) % {
            "facilitators": self._facilitators(),
            "peers": ngettext(
                "the %(count)s other participant",
                "the %(count)s other participants",
                self.peers,
            )
            % {"count": self.peers},
            "cohort": self.cohort_title,
        }

    def _facilitators_sentence(self) -> str:
        if not self.facilitators:
            return gettext(
                "Visible to you and to the site's administrators: %(cohort)s has no "
                "facilitator yet."
            ) % {"cohort": self.cohort_title}
        return gettext(
            "Visible to you, %(facilitators)s of %(cohort)s, and to the site's "
            "administrators."
        ) % {"facilitators": self._facilitators(), "cohort": self.cohort_title}

    def _facilitators(self) -> str:
        return ngettext(
            "the %(count)s facilitator",
            "the %(count)s facilitators",
            self.facilitators,
        ) % {"count": self.facilitators}


def audience_of(enrollment: Enrollment) -> Audience:
    """Who reads what is written in this enrollment's cohort (a query for the
    facilitators unless the enrollment comes with `facilitator_count`)."""
    return cohort_audience(
        enrollment.cohort, getattr(enrollment, "facilitator_count", None)
    )


def cohort_audience(cohort, facilitators: int | None = None) -> Audience:
    if facilitators is None:
        facilitators = cohort.facilitators.count()
    return Audience(cohort.title, facilitators, max(cohort.seats_taken - 1, 0))


def own_reflections_on(enrollment: Enrollment, lesson) -> dict[str, Reflection]:
    """prompt id -> the person's reflection on that prompt of the lesson."""
    return {
        reflection.prompt_id: reflection
        for reflection in enrollment.reflections.filter(
            lesson_key=lesson.translation_key
        )
    }


@dataclass
class JournalLesson:
    lesson: object
    # (Prompt, or None once it left the lesson; the reflection; who can see it)
    entries: list = field(default_factory=list)


@dataclass
class JournalProgram:
    enrollment: Enrollment
    lessons: list[JournalLesson] = field(default_factory=list)


def journal(user) -> list[JournalProgram]:
    """The person's reflections in every cohort, by cohort (newest first) and lesson
    (in the program's order), each with its prompt in the reader's language."""
    reflections = list(
        reflections_written_by(user)
        .select_related("enrollment__cohort__program")
        .annotate(facilitator_count=Count("enrollment__cohort__facilitators"))
        .order_by("-enrollment__cohort__starts_on", "enrollment_id", "created_at")
    )
    programs: dict[int, JournalProgram] = {}
    for reflection in reflections:
        enrollment = reflection.enrollment
        enrollment.facilitator_count = reflection.facilitator_count
        programs.setdefault(enrollment.pk, JournalProgram(enrollment))
    for entry in programs.values():
        mine = [r for r in reflections if r.enrollment_id == entry.enrollment.pk]
        audience = audience_of(entry.enrollment)
        entry.lessons = _journal_lessons(
            entry.enrollment.cohort.program, mine, audience
        )
    return list(programs.values())


def _journal_lessons(program, reflections, audience) -> list[JournalLesson]:
    keys = {reflection.lesson_key for reflection in reflections}
    lessons = [x for x in program_outline(program).lessons if x.translation_key in keys]
    # The outline leaves the bodies out; the prompts' questions are in them.
    bodies = LessonPage.objects.only("body").in_bulk([x.pk for x in lessons])
    found = []
    for lesson in lessons:
        prompts = lesson_prompts(bodies[lesson.pk])
        entry = JournalLesson(lesson)
        for reflection in reflections:
            if reflection.lesson_key == lesson.translation_key:
                entry.entries.append(
                    (
                        prompts.get(reflection.prompt_id),
                        reflection,
                        audience.sentence(reflection.visibility),
                    )
                )
        found.append(entry)
    return found


def reflections_on_required_prompts(enrollments) -> dict[int, int]:
    """enrollment id -> how many prompts of the program's required lessons the person
    answered: what a completion rule counts (one query; the enrollments come with
    `cohort__program`). Prompts since removed from a lesson still count; hidden
    reflections do not."""
    counts = {}
    for enrollment in enrollments:
        required = [
            lesson.translation_key
            for lesson in program_outline(enrollment.cohort.program).lessons
            if lesson.is_required
        ]
        counts[enrollment.pk] = required
    rows = (
        Reflection.objects.filter(enrollment__in=list(counts), hidden_at__isnull=True)
        .values("enrollment_id", "lesson_key")
        .annotate(n=Count("pk"))
    )
    answered = {pk: 0 for pk in counts}
    for row in rows:
        if row["lesson_key"] in counts[row["enrollment_id"]]:
            answered[row["enrollment_id"]] += row["n"]
    return answered


EXCHANGE_PAGE_SIZE = 10


@dataclass
class ExchangeEntry:
    reflection: Reflection
    lesson: object  # the lesson it answers, in the reader's language (None if gone)
    sentence: str  # who can see it
    responses: list
    appreciations: int = 0
    appreciated: bool = False  # by the reader


def exchange_page(user, cohort, *, by_lesson: bool = False, page_number=None):
    """One page of the cohort's exchange as `user` may see it: pinned reflections
    first, then the newest (or in the program's lesson order), each with its
    responses, appreciation count and whether `user` appreciated it. A fixed number
    of queries, whatever the cohort has written; counts are made for the page's
    reflections only."""
    lessons = {x.translation_key: x for x in program_outline(cohort.program).lessons}
    reflections = (
        reflections_in_exchange(user)
        .filter(enrollment__cohort=cohort)
        .select_related("enrollment__user")
        .order_by(*_exchange_order(by_lesson, list(lessons)))
    )
    page = Paginator(reflections, EXCHANGE_PAGE_SIZE).get_page(page_number)
    ids = [reflection.pk for reflection in page.object_list]
    responses = _responses_by_reflection(user, ids)
    appreciations = _appreciations(user, ids)
    audience = cohort_audience(cohort)
    page.object_list = [
        ExchangeEntry(
            reflection,
            lessons.get(reflection.lesson_key),
            audience.sentence(reflection.visibility),
            responses.get(reflection.pk, []),
            *appreciations.get(reflection.pk, (0, False)),
        )
        for reflection in page.object_list
    ]
    return page


def _appreciations(user, reflection_ids) -> dict:
    """reflection id -> (how many appreciate it, whether `user` does)."""
    rows = (
        Appreciation.objects.filter(reflection_id__in=reflection_ids)
        .values("reflection_id")
        .annotate(count=Count("pk"), mine=Max(Case(When(user=user, then=1), default=0)))
    )
    return {row["reflection_id"]: (row["count"], bool(row["mine"])) for row in rows}


def _exchange_order(by_lesson: bool, lesson_keys: list) -> list:
    if by_lesson:
        position = Case(
            *[When(lesson_key=key, then=i) for i, key in enumerate(lesson_keys)],
            default=len(lesson_keys),
        )
        return [position, "-created_at", "-pk"]
    return [F("pinned_at").desc(nulls_last=True), "-created_at", "-pk"]


def _responses_by_reflection(user, reflection_ids) -> dict:
    found = defaultdict(list)
    for response in (
        responses_visible_to(user)
        .filter(reflection_id__in=reflection_ids)
        .select_related("author")
        .order_by("created_at", "pk")
    ):
        found[response.reflection_id].append(response)
    return found


def announcements_of(cohort, *, count: int = 3) -> list:
    return list(
        cohort.announcements.select_related("author").order_by("-created_at")[:count]
    )


def latest_announcements(cohort_ids, *, days: int = 60) -> dict:
    """cohort id -> its latest announcement of the last `days` days (one query)."""
    since = timezone.now() - timedelta(days=days)
    found = {}
    for announcement in (
        Announcement.objects.filter(cohort_id__in=cohort_ids, created_at__gte=since)
        .select_related("author")
        .order_by("-created_at", "-pk")
    ):
        found.setdefault(announcement.cohort_id, announcement)
    return found


@dataclass(frozen=True)
class Quote:
    """What a program's public page shows of a reflection: the words, the writer's
    display name, and their organization only if they agreed to that too."""

    text: str
    name: str
    organization: str


PUBLIC_QUOTES = 6


def public_quotes(program) -> list[Quote]:
    """The reflections facilitators featured on the program's page whose writers
    still agree to be quoted (one query, on every view: consent taken back shows
    at once)."""
    reflections = (
        Reflection.objects.filter(
            quote_consent=True,
            featured_at__isnull=False,
            hidden_at__isnull=True,
            enrollment__cohort__program__translation_key=program.translation_key,
        )
        .select_related("enrollment__user", "enrollment__organization")
        .order_by("-featured_at", "-pk")[:PUBLIC_QUOTES]
    )
    return [
        Quote(
            r.text,
            r.enrollment.user.display_name,
            r.enrollment.organization.name
            if r.show_organization and r.enrollment.organization
            else "",
        )
        for r in reflections
    ]


def quotable_reflections(user):
    """For the admin's Public quotes: reflections of the cohorts `user` manages whose
    writers agreed to be quoted, newest first."""
    return (
        Reflection.objects.filter(
            quote_consent=True,
            hidden_at__isnull=True,
            enrollment__cohort__in=cohorts_managed_by(user),
        )
        .select_related("enrollment__user", "enrollment__cohort__program")
        .order_by("-featured_at", "-updated_at")
    )
