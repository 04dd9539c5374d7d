"""Answering a person's request about their data, in the admin: email them a copy,
or delete their account. Both run the same services as the person's own pages, and
are written to the audit trail. Only people the staff member may answer for
(cohorts.permissions.people_answerable_by) are found; anyone else is a 404."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from lms import services as account_services

from .permissions import people_answerable_by

STAFF_WRITING_CHOICES = [
    (
        "keep",
        _(
            'Keep them in their cohorts, shown as written by "a former participant", '
            "without their name"
        ),
    ),
    ("delete", _("Delete them")),
]


class StaffDeleteForm(forms.Form):
    writing = forms.ChoiceField(
        label=_("Their reflections and responses"),
        choices=STAFF_WRITING_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what they asked for their writing.")},
    )
    asked = forms.BooleanField(
        label=_("They asked for this themselves, and I checked it was them."),
        error_messages={"required": _("Confirm that they asked for this.")},
    )


def person_data(request, user_id):
    person = _answerable(request, user_id)
    context = {"person": person, "form": StaffDeleteForm()}
    return TemplateResponse(request, "cohorts/admin/person_data.html", context)


@require_POST
def person_data_export(request, user_id):
    person = _answerable(request, user_id)
    if account_services.data_export_request(user=person) is None:
        messages.error(request, _("They were sent their data several times today."))
        return redirect("cohorts_person_data", person.pk)
    log(
        instance=person,
        action=account_services.DATA_EXPORTED,
        user=request.user,
        data={},
    )
    messages.success(
        request,
        _("A link to their data is on its way to their own email address."),
    )
    return redirect("cohorts_person_data", person.pk)


@require_POST
def person_delete(request, user_id):
    person = _answerable(request, user_id)
    form = StaffDeleteForm(request.POST)
    if not form.is_valid():
        context = {"person": person, "form": form}
        return TemplateResponse(
            request, "cohorts/admin/person_data.html", context, status=400
        )
    account_services.account_delete(
        user=person,
        keep_writing=form.cleaned_data["writing"] == "keep",
        by=request.user,
    )
    messages.success(request, _("The account is deleted. They were told by email."))
    return redirect("wagtailadmin_home")


def _answerable(request, user_id):
    return get_object_or_404(people_answerable_by(request.user), pk=user_id)
