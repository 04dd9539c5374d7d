from django import forms
from django.utils.translation import gettext_lazy as _

from .models import EnrollmentMode


class EnrollmentForm(forms.Form):
    """What a person gives when asking to join; the fields depend on the cohort's mode."""

    reason = forms.CharField(
        label=_("Why do you want to join?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )
    code = forms.CharField(label=_("Invite code"), max_length=40)

    def __init__(self, *args, cohort, **kwargs):
        super().__init__(*args, **kwargs)
        if cohort.enrollment_mode != EnrollmentMode.APPLICATION:
            del self.fields["reason"]
        if cohort.enrollment_mode != EnrollmentMode.INVITE:
            del self.fields["code"]
