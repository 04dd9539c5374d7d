"""Base classes of the site's admin forms (pages and its own models)."""

from django import forms
from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm


class ClearsRefusedChoices:
    """Admin forms re-render the object a submitted id names (Wagtail's page, image and
    document choosers look it up); an id that is not a number, or names nothing, would
    crash that render. A refused choice is cleared, so the form shows its error instead.
    A number too large for SQLite's integers (OverflowError, which Django's choice
    fields do not expect) is refused like any id that names nothing."""

    def full_clean(self):
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField):
                field.clean = _refusing_overflow(field)
        super().full_clean()
        refused = [
            name
            for name in self.errors
            if isinstance(self.fields.get(name), forms.ModelChoiceField)
        ]
        if refused:
            self.data = self.data.copy()
            for name in refused:
                self.data[self.add_prefix(name)] = ""


class AdminModelForm(ClearsRefusedChoices, WagtailAdminModelForm):
    """The base of every admin form of the site's own models."""


class PageForm(ClearsRefusedChoices, WagtailAdminPageForm):
    """The base of every page type's admin form."""


def _refusing_overflow(field):
    clean = type(field).clean.__get__(field)

    def guarded_clean(value):
        try:
            return clean(value)
        except OverflowError:
            raise ValidationError(
                field.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            ) from None

    return guarded_clean
