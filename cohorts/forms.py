from django import forms
from django.utils.translation import gettext_lazy as _

from lms.models import Organization

from .models import AttendanceStatus, EnrollmentMode


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
        self.fields["enrollment"].queryset = session.cohort.enrollments.all()


class DeclineForm(forms.Form):
    reason = forms.CharField(required=False, max_length=1000)
