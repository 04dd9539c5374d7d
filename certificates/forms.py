from django import forms
from django.utils.translation import gettext_lazy as _


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (kept with the certificate; not shown publicly)"),
        max_length=500,
        strip=True,
    )
