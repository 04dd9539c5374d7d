"""Where each person stands against their program's completion rule (ProgramPage:
required lessons, reflections on them, share of sessions attended): which parts are
met and what is missing, for /learning/, the roster and automatic certificates."""

import math
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count

from curriculum.selectors import program_outline

from ..models import Attendance, AttendanceStatus, LessonCompletion, Session
from .reflections import reflections_on_required_prompts

LESSONS, REFLECTIONS, ATTENDANCE = "lessons", "reflections", "attendance"


@dataclass(frozen=True)
class Requirement:
    kind: str  # LESSONS, REFLECTIONS or ATTENDANCE
    done: int
    needed: int
    # Attendance: how many sessions the cohort has. None of them yet meets nothing.
    sessions: int | None = None
    # Lessons: the required lessons still to do, in the reader's language.
    missing: list = field(default_factory=list)

    @property
    def met(self) -> bool:
        if self.kind == ATTENDANCE and not self.sessions:
            return False
        return self.done >= self.needed

    @property
    def left(self) -> int:
        return max(self.needed - self.done, 0)


@dataclass(frozen=True)
class Completion:
    requirements: list[Requirement]

    @property
    def has_rule(self) -> bool:
        """A program that asks for nothing gives certificates by hand only."""
        return bool(self.requirements)

    @property
    def met(self) -> bool:
        return self.has_rule and all(each.met for each in self.requirements)

    @property
    def missing(self) -> list[Requirement]:
        return [each for each in self.requirements if not each.met]


def completion_of(enrollments, *, done=None, attended=None) -> dict[int, Completion]:
    """enrollment id -> Completion, in at most four queries whatever their number,
    and only those the rules ask for (the enrollments come with `cohort__program`;
    outlines are cached). A page that read the lessons done (enrollment id -> lesson
    keys) or the sessions attended (enrollment id -> count) passes them in."""
    enrollments = list(enrollments)
    if not enrollments:
        return {}
    ids = [e.pk for e in enrollments]
    programs = [e.cohort.program for e in enrollments]
    if done is None and any(p.completion_requires_lessons for p in programs):
        done = _lessons_done(ids)
    answered = {}
    if any(p.completion_min_reflections for p in programs):
        answered = reflections_on_required_prompts(enrollments)
    sessions = {}
    if any(p.completion_min_attendance for p in programs):
        attended = _attended(ids) if attended is None else attended
        sessions = _sessions(e.cohort_id for e in enrollments)
    return {
        e.pk: completion(
            e,
            done=(done or {}).get(e.pk, set()),
            answered=answered.get(e.pk, 0),
            attended=(attended or {}).get(e.pk, 0),
            sessions=sessions.get(e.cohort_id, 0),
        )
        for e in enrollments
    }


def _lessons_done(enrollment_ids) -> dict:
    done = defaultdict(set)
    for enrollment_id, key in LessonCompletion.objects.filter(
        enrollment__in=enrollment_ids
    ).values_list("enrollment_id", "lesson_key"):
        done[enrollment_id].add(key)
    return done


def _attended(enrollment_ids) -> dict:
    return dict(
        Attendance.objects.filter(
            enrollment__in=enrollment_ids, status=AttendanceStatus.PRESENT
        )
        .values("enrollment_id")
        .annotate(n=Count("pk"))
        .values_list("enrollment_id", "n")
    )


def _sessions(cohort_ids) -> dict:
    return dict(
        Session.objects.filter(cohort__in=set(cohort_ids))
        .values("cohort_id")
        .annotate(n=Count("pk"))
        .values_list("cohort_id", "n")
    )


def completion(enrollment, *, done, answered, attended, sessions) -> Completion:
    """The rule of the enrollment's program against what the person has done."""
    program = enrollment.cohort.program
    requirements = []
    if program.completion_requires_lessons:
        required = [x for x in program_outline(program).lessons if x.is_required]
        if required:
            missing = [x for x in required if x.translation_key not in done]
            requirements.append(
                Requirement(
                    LESSONS, len(required) - len(missing), len(required), None, missing
                )
            )
    if program.completion_min_reflections:
        needed = program.completion_min_reflections
        requirements.append(Requirement(REFLECTIONS, min(answered, needed), needed))
    if program.completion_min_attendance:
        needed = math.ceil(program.completion_min_attendance * sessions / 100)
        requirements.append(
            Requirement(ATTENDANCE, min(attended, needed), needed, sessions)
        )
    return Completion(requirements)
