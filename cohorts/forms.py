from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from lms.models import Organization

from .models import (
    ANNOUNCEMENT_MAX_LENGTH,
    RESPONSE_MAX_LENGTH,
    AttendanceStatus,
    EnrollmentMode,
    NotificationChoice,
    NotificationKind,
    ReflectionVisibility,
    ReportReason,
)
from .selectors.partners import Filters
from .services.exchange import text_problem
from .services.reflections import reflection_text_problem


class EnrollmentForm(forms.Form):
    """What a person gives when asking to join; the fields depend on the cohort's mode."""

    reason = forms.CharField(
        label=_("Why do you want to join?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )
    organization = forms.ModelChoiceField(
        label=_("Your organization"),
        queryset=Organization.objects.all(),
        required=False,
        empty_label=_("None"),
        help_text=_("The partner organization you organize with, if any."),
    )
    code = forms.CharField(label=_("Invite code"), max_length=40)

    def __init__(self, *args, cohort, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if cohort.enrollment_mode != EnrollmentMode.APPLICATION:
            del self.fields["reason"]
            del self.fields["organization"]
        elif user is not None and user.is_authenticated:
            membership = user.memberships.first()
            self.fields["organization"].initial = (
                membership.organization_id if membership else None
            )
        if cohort.enrollment_mode != EnrollmentMode.INVITE:
            del self.fields["code"]


class AttendanceForm(forms.Form):
    """One tap on the attendance sheet: who (among the session's cohort) and how."""

    enrollment = forms.ModelChoiceField(queryset=None)
    status = forms.ChoiceField(choices=AttendanceStatus.choices)

    def __init__(self, *args, session, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enrollment"].queryset = session.cohort.enrollments.filter(
            user__isnull=False
        )


class DeclineForm(forms.Form):
    reason = forms.CharField(required=False, max_length=1000)


class ReflectionForm(forms.Form):
    """A participant's answer to a prompt: plain text, and who can see it (each
    choice says exactly who that is in their cohort)."""

    text = forms.CharField(
        label=_("Your reflection"),
        widget=forms.Textarea(attrs={"rows": 6}),
        strip=False,
        help_text=_("Plain text. Web addresses become links."),
    )
    visibility = forms.ChoiceField(
        label=_("Who can see it"),
        widget=forms.RadioSelect,
        choices=ReflectionVisibility.choices,
        initial=ReflectionVisibility.COHORT,
    )

    def __init__(self, *args, audience, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["visibility"].choices = [
            (value, format_html('{} <span class="muted">{}</span>', label, hint))
            for value, label in ReflectionVisibility.choices
            for hint in [audience.sentence(value)]
        ]

    def clean_text(self):
        text = self.cleaned_data["text"]
        problem = reflection_text_problem(text)
        if problem:
            raise forms.ValidationError(problem)
        return text


class ReflectionEditForm(ReflectionForm):
    """The same, with the writer's consent to be quoted on the site's public pages."""

    quote_consent = forms.BooleanField(
        label=_("You may quote this reflection publicly"),
        required=False,
        help_text=_(
            "Facilitators may then show it on the program's public page with your "
            "display name. Untick this and it is gone from every page at once."
        ),
    )
    show_organization = forms.BooleanField(
        label=_("You may also show my organization with the quote"),
        required=False,
    )


class ResponseForm(forms.Form):
    text = forms.CharField(
        label=_("Your response"),
        widget=forms.Textarea(attrs={"rows": 3}),
        strip=False,
    )

    def clean_text(self):
        return _checked(self.cleaned_data["text"], RESPONSE_MAX_LENGTH)


class AnnouncementForm(forms.Form):
    text = forms.CharField(
        label=_("Announcement to the cohort"),
        widget=forms.Textarea(attrs={"rows": 4}),
        strip=False,
        help_text=_(
            "Shown at the top of the exchange and emailed to every participant."
        ),
    )

    def clean_text(self):
        return _checked(self.cleaned_data["text"], ANNOUNCEMENT_MAX_LENGTH)


def _checked(text: str, limit: int) -> str:
    problem = text_problem(text, limit)
    if problem:
        raise forms.ValidationError(problem)
    return text


class NotificationSettingsForm(forms.Form):
    responses = forms.ChoiceField(
        label=NotificationKind.RESPONSES.label,
        choices=NotificationChoice.choices,
        widget=forms.RadioSelect,
    )
    announcements = forms.ChoiceField(
        label=NotificationKind.ANNOUNCEMENTS.label,
        choices=NotificationChoice.choices,
        widget=forms.RadioSelect,
    )


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why are you reporting this?"),
        choices=ReportReason.choices,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Anything the facilitators should know (optional)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=1000,
    )


class HideForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason, sent to the writer"), max_length=500, required=True
    )


SORT_LABELS = {
    "name": _("Name, A to Z"),
    "-name": _("Name, Z to A"),
    "program": _("Program, A to Z"),
    "-program": _("Program, Z to A"),
    "cohort": _("Cohort, oldest first"),
    "-cohort": _("Cohort, newest first"),
    "status": _("Status"),
    "-status": _("Status, in reverse"),
    "progress": _("Progress, lowest first"),
    "-progress": _("Progress, highest first"),
    "attended": _("Sessions attended, fewest first"),
    "-attended": _("Sessions attended, most first"),
    "activity": _("Last activity, oldest first"),
    "-activity": _("Last activity, latest first"),
}


class PartnerFilterForm(forms.Form):
    """The filters and sort of a partner dashboard, offering only what its rows hold.
    Anything else in the address (a made-up cohort id, a sort by email) is refused,
    and the page shows everyone in name order."""

    program = forms.ChoiceField(label=_("Program"), required=False)
    cohort = forms.TypedChoiceField(
        label=_("Cohort"), required=False, coerce=int, empty_value=None
    )
    year = forms.TypedChoiceField(
        label=_("Year"), required=False, coerce=int, empty_value=None
    )
    status = forms.ChoiceField(label=_("Status"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False)

    FILTERS = ("program", "cohort", "year", "status")

    def __init__(self, data, *, choices):
        super().__init__({key: value for key, value in data.items() if value} or None)
        everyone = [("", _("All"))]
        self.fields["program"].choices = everyone + choices.programs
        self.fields["cohort"].choices = everyone + choices.cohorts
        self.fields["year"].choices = everyone + [(y, str(y)) for y in choices.years]
        self.fields["status"].choices = everyone + choices.statuses
        self.fields["sort"].choices = list(SORT_LABELS.items())

    def _valid(self) -> dict:
        return self.cleaned_data if self.is_bound and self.is_valid() else {}

    def filters(self) -> Filters:
        data = self._valid()
        return Filters(
            program=data.get("program") or "",
            cohort=data.get("cohort"),
            year=data.get("year"),
            status=data.get("status") or "",
        )

    def sort_order(self) -> str:
        return self._valid().get("sort") or "name"

    def used(self) -> dict:
        """The filters in use, for the audit trail and the addresses of links."""
        data = self._valid()
        return {key: data[key] for key in self.FILTERS if data.get(key)}

    def query(self, sort: str) -> dict:
        query = {key: str(value) for key, value in self.used().items()}
        if sort != "name":
            query["sort"] = sort
        return query
