"""Cohorts (one run of a program), enrollment, sessions, attendance and progress."""

import datetime
import secrets
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Upper
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models.audit_log import BaseLogEntry, ModelLogEntryManager

from lms.models import Organization, Region

CHECK_IN_OPENS_BEFORE = datetime.timedelta(minutes=30)
# The QR code's signed link: a code shown today is no use next week.
CHECK_IN_SALT = "cohorts.session-check-in"
CHECK_IN_MAX_AGE = datetime.timedelta(hours=12)
# Crockford's base32 letters: no I, L, O or U to misread when typing a code.
INVITE_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_invite_code() -> str:
    return "".join(secrets.choice(INVITE_CODE_ALPHABET) for _ in range(10))


def normalize_invite_code(code: str) -> str:
    """Codes are read off a screen or a flyer and typed on a phone: case, spaces and
    dashes do not matter."""
    return "".join(code.split()).replace("-", "").upper()


def new_calendar_token() -> str:
    return secrets.token_urlsafe(32)


class EnrollmentMode(models.TextChoices):
    OPEN = "open", _("Open: first come, first served")
    APPLICATION = "application", _("Application: facilitators choose")
    INVITE = "invite", _("Invite code")


class TimeZone(models.TextChoices):
    """Where a cohort meets: its sessions' times are shown on these clocks."""

    PACIFIC = "America/Los_Angeles", _("Pacific time")
    MOUNTAIN = "America/Denver", _("Mountain time")
    ARIZONA = "America/Phoenix", _("Arizona time")
    CENTRAL = "America/Chicago", _("Central time")
    EASTERN = "America/New_York", _("Eastern time")
    HAWAII = "Pacific/Honolulu", _("Hawaii time")


class CohortPhase(models.TextChoices):
    """A cohort's life cycle, as every page shows it and every service enforces it."""

    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open for enrollment")
    RUNNING = "running", _("Running")
    ENDED = "ended", _("Ended")


class CohortStatus(models.TextChoices):
    DRAFT = "draft", _("Draft (not shown)")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class Cohort(models.Model):
    """One run of a program, e.g. "2026 Northern California Fall Boot Camp"."""

    program = models.ForeignKey(
        "curriculum.ProgramPage",
        verbose_name=_("program"),
        on_delete=models.PROTECT,
        related_name="cohorts",
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    languages = models.JSONField(
        _("languages of instruction"), default=list, blank=True
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=TimeZone.choices,
        default=TimeZone.PACIFIC,
        help_text=_("Session times are shown in this time zone."),
    )
    location = models.CharField(_("where"), max_length=200, blank=True)
    capacity = models.PositiveIntegerField(
        _("seats"), validators=[MinValueValidator(1)]
    )
    # Seats held by enrolled (or completed) participants; only services change it.
    seats_taken = models.PositiveIntegerField(default=0, editable=False)
    enrollment_mode = models.CharField(
        _("enrollment"), max_length=20, choices=EnrollmentMode.choices
    )
    enrollment_opens_at = models.DateTimeField(
        _("enrollment opens"), null=True, blank=True
    )
    enrollment_closes_at = models.DateTimeField(
        _("enrollment closes"), null=True, blank=True
    )
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("facilitators"),
        blank=True,
        related_name="facilitated_cohorts",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CohortStatus.choices,
        default=CohortStatus.DRAFT,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_on", "title"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gt=F("starts_on")), name="cohort_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(capacity__gte=1), name="cohort_has_seats"
            ),
            models.CheckConstraint(
                condition=Q(seats_taken__lte=F("capacity")),
                name="cohort_never_over_capacity",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("cohorts:detail", args=[self.slug])

    @property
    def time_zone_label(self) -> str:
        return TimeZone(self.time_zone).label

    def language_names(self) -> list[str]:
        names = dict(settings.LANGUAGES)
        return [names[code] for code in self.languages if code in names]

    @property
    def seats_left(self) -> int:
        return max(self.capacity - self.seats_taken, 0)

    def local_today(self, now=None) -> datetime.date:
        return timezone.localtime(
            now or timezone.now(), ZoneInfo(self.time_zone)
        ).date()

    def has_started(self, now=None) -> bool:
        return self.local_today(now) >= self.starts_on

    def has_ended(self, now=None) -> bool:
        """Ended once its last day is over where it meets."""
        return self.local_today(now) > self.ends_on

    def enrollment_not_open_yet(self, now=None) -> bool:
        now = now or timezone.now()
        return self.enrollment_opens_at is not None and now < self.enrollment_opens_at

    def enrollment_closed(self, now=None) -> bool:
        now = now or timezone.now()
        return self.has_ended(now) or (
            self.enrollment_closes_at is not None and now >= self.enrollment_closes_at
        )

    def is_accepting(self, now=None) -> bool:
        """Published, enrollment opened, not closed and the cohort not over."""
        now = now or timezone.now()
        return (
            self.status == CohortStatus.PUBLISHED
            and not self.enrollment_not_open_yet(now)
            and not self.enrollment_closed(now)
        )

    def phase(self, now=None) -> CohortPhase:
        now = now or timezone.now()
        if self.has_ended(now):
            return CohortPhase.ENDED
        if self.is_accepting(now):
            return CohortPhase.OPEN
        if self.has_started(now):
            return CohortPhase.RUNNING
        return CohortPhase.UPCOMING


class EnrollmentStatus(models.TextChoices):
    APPLIED = "applied", _("Applied")
    WAITLISTED = "waitlisted", _("Waitlisted")
    ENROLLED = "enrolled", _("Enrolled")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    COMPLETED = "completed", _("Completed")


SEAT_HOLDING = (EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED)


class InviteCode(models.Model):
    """A code that lets a limited number of people enroll, e.g. one partner's staff."""

    cohort = models.ForeignKey(
        Cohort, on_delete=models.CASCADE, related_name="invite_codes"
    )
    code = models.CharField(
        _("code"),
        max_length=40,
        unique=True,
        default=new_invite_code,
        help_text=_(
            "Keep the one made for you or choose words people can remember. "
            "Capital letters, spaces and dashes do not matter."
        ),
    )
    label = models.CharField(
        _("for whom"),
        max_length=200,
        blank=True,
        help_text=_("E.g. a partner organization."),
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("partner organization"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    max_uses = models.PositiveIntegerField(
        _("maximum uses"), validators=[MinValueValidator(1)]
    )
    uses = models.PositiveIntegerField(default=0, editable=False)
    expires_at = models.DateTimeField(_("expires at"))

    class Meta:
        verbose_name = _("invite code")
        verbose_name_plural = _("invite codes")
        constraints = [
            models.CheckConstraint(
                condition=Q(uses__lte=F("max_uses")), name="invite_code_within_max_uses"
            ),
            # Stored as people's input is read: see normalize_invite_code.
            models.CheckConstraint(
                condition=Q(code=Upper("code")), name="invite_code_in_capitals"
            ),
        ]

    def __str__(self):
        return self.label or self.code


class Enrollment(models.Model):
    """A person's place in a cohort: at most one per person and cohort.

    No user means a former participant who deleted their account and left their
    reflections in the cohort: the enrollment is withdrawn and holds nothing else."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.CASCADE,
        related_name="enrollments",
    )
    cohort = models.ForeignKey(
        Cohort, on_delete=models.CASCADE, related_name="enrollments"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EnrollmentStatus.choices
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization at enrollment"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    reason = models.TextField(_("why they want to join"), blank=True, max_length=2000)
    decline_reason = models.TextField(
        _("reason for declining"), blank=True, max_length=1000
    )
    invite_code = models.ForeignKey(
        InviteCode, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)
    status_changed_at = models.DateTimeField(default=timezone.now)
    # Waitlist order: first in, first promoted.
    waitlisted_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("enrollment")
        verbose_name_plural = _("enrollments")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "cohort"], name="one_enrollment_per_cohort"
            ),
        ]
        indexes = [models.Index(fields=["cohort", "status", "waitlisted_at"])]

    def __str__(self):
        return f"{self.user} – {self.cohort}"

    @property
    def holds_seat(self) -> bool:
        return self.status in SEAT_HOLDING


class Session(models.Model):
    """A meeting of a cohort, in person or online."""

    cohort = models.ForeignKey(
        Cohort, on_delete=models.CASCADE, related_name="sessions"
    )
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    place = models.CharField(_("place"), max_length=250, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="session_ends_after_start"
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def time_zone(self) -> str:
        return self.cohort.time_zone

    @property
    def time_zone_label(self) -> str:
        return self.cohort.time_zone_label

    @property
    def check_in_opens_at(self) -> datetime.datetime:
        return self.starts_at - CHECK_IN_OPENS_BEFORE

    def is_running(self, now=None) -> bool:
        """Check-in is open from a little before the start until the end."""
        now = now or timezone.now()
        return self.check_in_opens_at <= now <= self.ends_at


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    ABSENT = "absent", _("Absent")
    EXCUSED = "excused", _("Excused")


class Attendance(models.Model):
    session = models.ForeignKey(
        Session, on_delete=models.CASCADE, related_name="attendance"
    )
    enrollment = models.ForeignKey(
        Enrollment, on_delete=models.CASCADE, related_name="attendance"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=AttendanceStatus.choices
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "enrollment"], name="one_attendance_per_session"
            ),
        ]

    def __str__(self):
        return f"{self.session} – {self.get_status_display()}"


class LessonCompletion(models.Model):
    """A lesson finished, counted by its translation_key so any language counts."""

    enrollment = models.ForeignKey(
        Enrollment, on_delete=models.CASCADE, related_name="completions"
    )
    lesson_key = models.UUIDField()
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "lesson_key"], name="one_completion_per_lesson"
            ),
        ]

    def __str__(self):
        return f"{self.enrollment} – {self.lesson_key}"


class ReflectionVisibility(models.TextChoices):
    """Who may read a reflection, chosen by its writer (see cohorts.permissions)."""

    PRIVATE = "private", _("Only me")
    FACILITATORS = "facilitators", _("My facilitators")
    COHORT = "cohort", _("My cohort")


REFLECTION_MAX_LENGTH = 5000


class Reflection(models.Model):
    """A participant's answer to a reflection prompt of a lesson, in one of their
    cohorts: one per enrollment and prompt. Plain text, never HTML."""

    enrollment = models.ForeignKey(
        Enrollment, on_delete=models.CASCADE, related_name="reflections"
    )
    # The lesson's translation_key (the answer counts for every language of it) and
    # the id of the prompt block in its body (kept by translations).
    lesson_key = models.UUIDField()
    prompt_id = models.CharField(max_length=64)
    text = models.TextField(_("reflection"), max_length=REFLECTION_MAX_LENGTH)
    visibility = models.CharField(
        _("who can see it"),
        max_length=20,
        choices=ReflectionVisibility.choices,
        default=ReflectionVisibility.COHORT,
    )
    quote_consent = models.BooleanField(_("may be quoted publicly"), default=False)
    show_organization = models.BooleanField(
        _("may show the writer's organization with a quote"), default=False
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    # Moderation: a hidden reflection is gone for everyone but its writer.
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_reason = models.CharField(max_length=500, blank=True)
    # A facilitator's pin keeps it at the top of the cohort's exchange.
    pinned_at = models.DateTimeField(null=True, blank=True)
    # Chosen by a facilitator for the program's public page; shown only while the
    # writer's consent to be quoted stands.
    featured_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("reflection")
        verbose_name_plural = _("reflections")
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "lesson_key", "prompt_id"],
                name="one_reflection_per_prompt",
            ),
            models.CheckConstraint(
                condition=Q(visibility__in=ReflectionVisibility.values),
                name="reflection_visibility_known",
            ),
        ]
        indexes = [models.Index(fields=["lesson_key", "prompt_id"])]

    def __str__(self):
        return f"{self.enrollment} – {self.lesson_key}"


RESPONSE_MAX_LENGTH = 2000


class Response(models.Model):
    """A reply to a reflection, by a peer or a facilitator of its cohort (one level:
    responses are not answered). Read by whoever reads the reflection."""

    reflection = models.ForeignKey(
        Reflection, on_delete=models.CASCADE, related_name="responses"
    )
    # None: a former participant, who deleted their account and left it in place.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.CASCADE,
        related_name="reflection_responses",
    )
    text = models.TextField(_("response"), max_length=RESPONSE_MAX_LENGTH)
    created_at = models.DateTimeField(default=timezone.now)
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_reason = models.CharField(max_length=500, blank=True)

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        indexes = [models.Index(fields=["reflection", "created_at"])]

    def __str__(self):
        return f"{self.author} – {self.reflection_id}"


class Appreciation(models.Model):
    """One person's "appreciate" on a reflection; tapping again takes it back."""

    reflection = models.ForeignKey(
        Reflection, on_delete=models.CASCADE, related_name="appreciations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["reflection", "user"], name="one_appreciation_per_person"
            ),
        ]

    def __str__(self):
        return f"{self.user_id} – {self.reflection_id}"


ANNOUNCEMENT_MAX_LENGTH = 3000


class Announcement(models.Model):
    """A facilitator's message to their cohort: at the top of its exchange and on My
    learning, and emailed to each participant in their language. Plain text."""

    cohort = models.ForeignKey(
        Cohort, on_delete=models.CASCADE, related_name="announcements"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("announcement"), max_length=ANNOUNCEMENT_MAX_LENGTH)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("announcement")
        verbose_name_plural = _("announcements")
        indexes = [models.Index(fields=["cohort", "-created_at"])]

    def __str__(self):
        return f"{self.cohort} – {self.created_at:%Y-%m-%d}"


class ReportReason(models.TextChoices):
    HURTFUL = "hurtful", _("Hurtful, hateful or harassing")
    PRIVATE = "private", _("Shares someone's private information")
    SPAM = "spam", _("Spam or advertising")
    OTHER = "other", _("Something else")


class ReportOutcome(models.TextChoices):
    HIDDEN = "hidden", _("Hidden")
    DISMISSED = "dismissed", _("Dismissed")


class Report(models.Model):
    """A participant's report of a reflection or a response, for the facilitators'
    moderation queue in the admin."""

    reflection = models.ForeignKey(
        Reflection, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    response = models.ForeignKey(
        Response, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # A report outlives its reporter's account: what it names still needs a look.
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.CharField(_("reason"), max_length=20, choices=ReportReason.choices)
    note = models.TextField(_("what happened"), blank=True, max_length=1000)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    outcome = models.CharField(max_length=20, choices=ReportOutcome.choices, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.CheckConstraint(
                condition=Q(reflection__isnull=True) ^ Q(response__isnull=True),
                name="report_names_one_item",
            ),
        ]

    def __str__(self):
        return f"{self.get_reason_display()} – {self.created_at:%Y-%m-%d}"

    @property
    def item(self):
        return self.reflection or self.response


class NotificationChoice(models.TextChoices):
    AT_ONCE = "at_once", _("At once")
    DAILY = "daily", _("In one email a day")
    NEVER = "never", _("Never")


class NotificationKind(models.TextChoices):
    RESPONSES = "responses", _("Responses to my reflections")
    ANNOUNCEMENTS = "announcements", _("Announcements from my facilitators")


class NotificationSettings(models.Model):
    """How a person hears of responses and announcements; no row means the default."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_settings",
    )
    responses = models.CharField(
        NotificationKind.RESPONSES.label,
        max_length=10,
        choices=NotificationChoice.choices,
        default=NotificationChoice.AT_ONCE,
    )
    announcements = models.CharField(
        NotificationKind.ANNOUNCEMENTS.label,
        max_length=10,
        choices=NotificationChoice.choices,
        default=NotificationChoice.AT_ONCE,
    )

    def __str__(self):
        return str(self.user)


class PendingNotification(models.Model):
    """Something waiting for its recipient's daily email; gone once sent. `batch`
    names the digest that took it, so two digests never send it twice."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    response = models.ForeignKey(
        Response, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    announcement = models.ForeignKey(
        Announcement,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)
    batch = models.CharField(max_length=32, blank=True, db_index=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(response__isnull=True) ^ Q(announcement__isnull=True),
                name="pending_notification_names_one_item",
            ),
        ]

    def __str__(self):
        return f"{self.user_id} – {self.created_at:%Y-%m-%d}"


class CalendarFeed(models.Model):
    """A person's private calendar address; a new token revokes the old one."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=new_calendar_token)
    created_at = models.DateTimeField(auto_now=True)
    # When a calendar app last fetched it (to the day): an address left unused for
    # RETENTION_CALENDAR_UNUSED_DAYS is deleted.
    last_used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.user} calendar"


class OpeningNotice(models.Model):
    """Someone asked to be emailed when a cohort of a program opens for enrollment.
    Sent once (then `sent_at` and the cohort are set); asking again makes a new one."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="opening_notices",
    )
    # The program's Wagtail translation_key: the same for every language of it.
    program_key = models.UUIDField()
    requested_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    cohort = models.ForeignKey(
        Cohort,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The cohort the notice announced.",
    )

    class Meta:
        verbose_name = _("opening notice")
        verbose_name_plural = _("opening notices")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "program_key"],
                condition=Q(sent_at__isnull=True),
                name="one_pending_opening_notice",
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.program_key}"


class CohortLogEntryManager(ModelLogEntryManager):
    def viewable_by_user(self, user):
        """The site history report shows a facilitator the changes to the cohorts
        they run (and to those cohorts' sessions and codes) only."""
        entries = super().viewable_by_user(user)
        if user.is_superuser:
            return entries
        from .permissions import cohorts_managed_by  # permissions imports models

        managed = cohorts_managed_by(user)
        return entries.filter(
            _logged(Cohort, managed)
            | _logged(Session, Session.objects.filter(cohort__in=managed))
            | _logged(InviteCode, InviteCode.objects.filter(cohort__in=managed))
        )


def _logged(model, objects) -> Q:
    """Entries about these objects (log entries keep the object's id as text)."""
    ids = [str(pk) for pk in objects.values_list("pk", flat=True)]
    return Q(content_type=ContentType.objects.get_for_model(model), object_id__in=ids)


class CohortLogEntry(BaseLogEntry):
    """The admin's record of changes to cohorts, sessions and invite codes, kept apart
    from other models' so the site history can be narrowed like the listings."""

    object_id = models.CharField(max_length=255, db_index=True)

    objects = CohortLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("cohort log entry")
        verbose_name_plural = _("cohort log entries")

    def __str__(self):
        return f"CohortLogEntry {self.pk}: {self.action} on {self.object_id}"
