"""Facilitator tools in the Wagtail admin: cohorts, sessions and invite codes, each
limited to the cohorts the person facilitates (site admins see all; others get 404)."""

import django_filters
from django import forms
from django.conf import settings
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.http import Http404
from django.urls import path, register_converter, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from curriculum.models import ProgramPage
from lms import dates
from lms.admin_forms import AdminModelForm
from lms.forms import LanguagesField
from lms.models import User
from lms.permissions import FACILITATORS

from . import admin_views, services
from .models import Cohort, InviteCode, Session, normalize_invite_code
from .permissions import cohorts_managed_by
from .templatetags.cohorts_tags import cohort_moment, session_time


class ObjectInManagedCohorts:
    """Every view of a managed-cohorts viewset (edit, delete, history, usage, inspect,
    copy, and any Wagtail adds later): an object of a cohort the person does not
    manage is a 404, checked on the id in the address before the view runs."""

    cohort_path = "pk"  # from the model to its cohort's id

    def dispatch(self, request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None and not self.in_managed_cohorts(unquote(str(pk))):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def in_managed_cohorts(self, pk) -> bool:
        try:
            return self.narrow(self.model.objects.filter(pk=pk)).exists()
        except (ValueError, TypeError, ValidationError):
            return False

    def narrow(self, queryset):
        managed = cohorts_managed_by(self.request.user).values("pk")
        return queryset.filter(**{f"{self.cohort_path}__in": managed})


class ListingOfManagedCohorts(ObjectInManagedCohorts):
    """The listing (and its results, exports) shows only the managed cohorts' rows."""

    def get_base_queryset(self):
        return self.narrow(super().get_base_queryset())


class ManagedCohortsViewSet(ModelViewSet):
    """A viewset whose every view is narrowed to the cohorts the person manages (site
    admins: all), by construction: each view class is wrapped when it is built."""

    cohort_path = "pk"

    pages = []  # (route, view class, name): pages of the viewset's own

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path(route, self.construct_view(view, model=self.model), name=name)
            for route, view, name in self.pages
        ]

    def construct_view(self, view_class, **kwargs):
        guard = (
            ListingOfManagedCohorts
            if issubclass(view_class, generic.IndexView)
            else ObjectInManagedCohorts
        )
        narrowed = type(
            view_class.__name__,
            (guard, view_class),
            {"cohort_path": self.cohort_path},
        )
        return super().construct_view(narrowed, **kwargs)


class SpreadsheetFormat:
    regex = "csv|xlsx"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(SpreadsheetFormat, "sheet")


def managed_cohorts(request):
    """The cohorts a filter may offer: those the person manages."""
    return cohorts_managed_by(request.user) if request else Cohort.objects.none()


def in_cohort_filterset(filtered_model):
    """A listing's cohort filter that offers only the cohorts the person manages."""

    class InCohortFilterSet(WagtailFilterSet):
        cohort = django_filters.ModelChoiceFilter(
            label=_("cohort"), queryset=managed_cohorts
        )

        class Meta:
            model = filtered_model
            fields = ["cohort"]

    return InCohortFilterSet


class CohortEditView(generic.EditView):
    def save_instance(self):
        cohort = super().save_instance()
        # More seats than before: they go to the people waiting.
        services.waitlist_fill(cohort=cohort)
        return cohort


class CohortForm(AdminModelForm):
    languages = LanguagesField(label=_("Languages of instruction"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["facilitators"].queryset = User.objects.filter(
            groups__name=FACILITATORS
        )
        # A plain list of the programs (a handful): easier on a phone than a chooser.
        self.fields["program"] = forms.ModelChoiceField(
            label=_("program"),
            queryset=ProgramPage.objects.filter(
                locale__language_code=settings.LANGUAGE_CODE
            ).order_by("path"),
            initial=self.initial.get("program"),
        )

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        if self.instance.pk and capacity < self.instance.seats_taken:
            raise forms.ValidationError(
                _("%(taken)s people already hold a seat: capacity cannot be lower."),
                params={"taken": self.instance.seats_taken},
            )
        return capacity

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends <= starts:
            self.add_error("ends_on", _("The cohort must end after it starts."))
        return data

    def save(self, commit=True):
        """Never the seat counter: it may have moved since the form was loaded, and
        only the enrollment services change it."""
        cohort = super().save(commit=False)
        if commit:
            if cohort.pk:
                fields = [f.name for f in Cohort._meta.concrete_fields]
                cohort.save(
                    update_fields=[f for f in fields if f not in ("id", "seats_taken")]
                )
            else:
                cohort.save()
            self.save_m2m()
        return cohort


class CohortCreateView(generic.CreateView):
    def save_instance(self):
        cohort = super().save_instance()
        # Whoever creates a cohort facilitates it, so it stays in their list.
        cohort.facilitators.add(self.request.user)
        return cohort


class CohortViewSet(ManagedCohortsViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    url_prefix = "cohorts/cohorts"
    add_view_class = CohortCreateView
    edit_view_class = CohortEditView
    list_display = [
        TitleColumn(
            "title",
            label=_("Cohort"),
            get_url=lambda cohort: reverse("cohort:manage", args=[cohort.pk]),
        ),
        Column(
            "dates",
            label=_("When"),
            accessor=lambda c: (
                _("%(phase)s · %(dates)s")
                % {
                    "phase": c.phase().label,
                    "dates": dates.local_date_range(c.starts_on, c.ends_on),
                }
            ),
            sort_key="starts_on",
        ),
        Column(
            "seats",
            label=_("Seats taken"),
            accessor=lambda c: f"{c.seats_taken} / {c.capacity}",
        ),
        "status",
    ]
    list_filter = ["program", "status", "region", "enrollment_mode"]
    search_fields = ["title"]
    copy_view_enabled = False
    inspect_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("program"),
            FieldPanel("title"),
            FieldPanel("slug"),
            FieldPanel("starts_on"),
            FieldPanel("ends_on"),
            FieldPanel("time_zone"),
            FieldPanel("region"),
            FieldPanel("location"),
            FieldPanel("languages"),
            MultiFieldPanel(
                [
                    FieldPanel("enrollment_mode"),
                    FieldPanel("capacity"),
                    FieldPanel("enrollment_opens_at"),
                    FieldPanel("enrollment_closes_at"),
                ],
                heading=_("Enrollment"),
            ),
            FieldPanel("facilitators"),
            FieldPanel("status"),
        ],
        base_form_class=CohortForm,
    )

    # The per-cohort pages, inside the viewset (and so behind its guard).
    pages = [
        ("manage/<int:pk>/", admin_views.CohortManageView, "manage"),
        ("manage/<int:pk>/progress/", admin_views.ProgressView, "progress"),
        (
            "manage/<int:pk>/roster.<sheet:spreadsheet_format>",
            admin_views.RosterExportView,
            "roster_export",
        ),
        (
            "manage/<int:pk>/progress.<sheet:spreadsheet_format>",
            admin_views.ProgressExportView,
            "progress_export",
        ),
        (
            "manage/<int:pk>/applications/<int:enrollment_pk>/<str:decision>/",
            admin_views.EnrollmentDecideView,
            "decide",
        ),
    ]


class ScopedChoicesForm(AdminModelForm):
    """Cohort choices limited to the cohorts the person manages."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if "cohort" in self.fields and for_user is not None:
            self.fields["cohort"].queryset = cohorts_managed_by(for_user)


class InviteCodeForm(ScopedChoicesForm):
    def clean_code(self):
        code = normalize_invite_code(self.cleaned_data["code"])
        if not code:
            raise forms.ValidationError(_("Enter a code."))
        clash = InviteCode.objects.filter(code=code).exclude(pk=self.instance.pk)
        if clash.exists():
            raise forms.ValidationError(
                _("Another invite code is already %(code)s."), params={"code": code}
            )
        return code


class SessionViewSet(ManagedCohortsViewSet):
    model = Session
    icon = "date"
    menu_label = _("Sessions")
    url_prefix = "cohorts/sessions"
    cohort_path = "cohort"
    filterset_class = in_cohort_filterset(Session)
    pages = [("attendance/<int:pk>/", admin_views.AttendanceView, "attendance")]
    list_display = [
        "title",
        "cohort",
        Column(
            "starts_at",
            label=_("When"),
            accessor=lambda session: session_time(session),
            sort_key="starts_at",
        ),
    ]
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("cohort"),
            FieldPanel("title"),
            FieldPanel("starts_at"),
            FieldPanel("ends_at"),
            FieldPanel("place"),
            FieldPanel("online_url"),
        ],
        base_form_class=ScopedChoicesForm,
    )


class InviteCodeViewSet(SessionViewSet):
    model = InviteCode
    icon = "key"
    menu_label = _("Invite codes")
    url_prefix = "cohorts/invite-codes"
    filterset_class = in_cohort_filterset(InviteCode)
    pages = []
    list_display = [
        "code",
        "cohort",
        "label",
        "uses",
        "max_uses",
        Column(
            "expires_at",
            label=_("Expires"),
            accessor=lambda code: cohort_moment(code.expires_at, code.cohort),
            sort_key="expires_at",
        ),
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("cohort"),
            FieldPanel("code"),
            FieldPanel("label"),
            FieldPanel("organization"),
            FieldPanel("max_uses"),
            FieldPanel("expires_at"),
        ],
        base_form_class=InviteCodeForm,
    )


class CohortsViewSetGroup(ModelViewSetGroup):
    menu_label = _("Cohorts")
    menu_icon = "group"
    menu_order = 200
    items = (CohortViewSet, SessionViewSet, InviteCodeViewSet)
