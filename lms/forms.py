"""Forms for signup, two-factor codes and the profile page. Only the fields listed here
can be changed."""

from allauth.mfa.adapter import get_adapter as get_mfa_adapter
from allauth.mfa.base.forms import AuthenticateForm, ReauthenticateForm
from allauth.mfa.models import Authenticator
from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import Organization, User
from .ratelimits import allow


class SignupForm(forms.Form):
    """Extra signup fields for allauth: the name to show, in any script."""

    display_name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        help_text=_("As you want others to see it, in any script."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    field_order = ["display_name", "email", "password1", "password2"]

    def signup(self, request, user):
        user.display_name = self.cleaned_data["display_name"]
        language = get_language()
        if language in dict(settings.LANGUAGES):
            user.preferred_language = language
        user.save(update_fields=["display_name", "preferred_language"])


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "latin_name", "preferred_language"]
        widgets = {
            "display_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "latin_name": forms.TextInput(attrs={"autocomplete": "off"}),
        }


class JoinOrganizationForm(forms.Form):
    organization = forms.ModelChoiceField(
        label=_("Partner organization"),
        queryset=Organization.objects.all(),
        empty_label=_("Choose an organization"),
    )


class ConsentForm(forms.Form):
    shares_progress = forms.BooleanField(
        label=_("Share my training progress with this organization"), required=False
    )


class LanguagesField(forms.MultipleChoiceField):
    """A list of the site's languages as checkboxes (stored in a JSONField)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(
            choices=settings.LANGUAGES, widget=forms.CheckboxSelectMultiple, **kwargs
        )


class RemembersUsedTOTPCodes:
    """A TOTP code signs in once. allauth remembers a used code for one 30-second step,
    but accepts it for `MFA_TOTP_TOLERANCE` steps either side of its own: this
    remembers it for as long as it could be accepted."""

    def clean_code(self):
        key = used_code_key(self.user, self.data.get("code", ""))
        if cache.get(key):
            raise get_mfa_adapter().validation_error("incorrect_code")
        code = super().clean_code()
        if self.authenticator.type == Authenticator.Type.TOTP:
            cache.set(key, True, timeout=totp_code_lifetime())
        return code


def used_code_key(user, code: str) -> str:
    return f"lms:totp-used:{user.pk}:{''.join(code.split())}"


def totp_code_lifetime() -> int:
    """Seconds from the first moment a code is accepted to the last."""
    return (2 * settings.MFA_TOTP_TOLERANCE + 1) * settings.MFA_TOTP_PERIOD


class MFAAuthenticateForm(RemembersUsedTOTPCodes, AuthenticateForm):
    pass


class MFAReauthenticateForm(RemembersUsedTOTPCodes, ReauthenticateForm):
    pass


WRITING_CHOICES = [
    (
        "keep",
        _(
            'Keep them in my cohorts, shown as written by "a former participant", '
            "without my name"
        ),
    ),
    ("delete", _("Delete them")),
]


class AccountDeleteForm(forms.Form):
    """What becomes of the person's writing, and their password (or an emailed code)
    again: deleting cannot be undone."""

    writing = forms.ChoiceField(
        label=_("Your reflections and responses"),
        choices=WRITING_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what becomes of what you wrote.")},
    )
    password = forms.CharField(
        label=_("Your password"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    code = forms.CharField(
        label=_("The code we emailed you"),
        required=False,
        max_length=20,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}
        ),
    )

    def __init__(self, *args, user, code_matches, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.code_matches = code_matches

    # Tries at the password or a code, per person, in the shared cache: parallel
    # requests and several sessions count together.
    TRIES = 10
    TRIES_SECONDS = 15 * 60

    def clean(self):
        cleaned = super().clean()
        password, code = cleaned.get("password"), cleaned.get("code", "").strip()
        if (password or code) and not allow(
            "account-delete-check",
            self.user.pk,
            limit=self.TRIES,
            seconds=self.TRIES_SECONDS,
        ):
            raise forms.ValidationError(
                _("Too many tries. Wait 15 minutes, then try again.")
            )
        if password:
            if not self.user.check_password(password):
                self.add_error("password", _("That is not your password."))
        elif code:
            if not self.code_matches(code):
                self.add_error("code", _("That code is wrong or too old."))
        else:
            raise forms.ValidationError(
                _("Type your password, or ask for a code by email.")
            )
        return cleaned

    @property
    def keep_writing(self) -> bool:
        return self.cleaned_data["writing"] == "keep"
