from django.urls import path, register_converter

from . import admin_views


class SpreadsheetFormat:
    regex = "csv|xlsx"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(SpreadsheetFormat, "sheet")

app_name = "cohorts_admin"

urlpatterns = [
    path("<int:pk>/", admin_views.cohort_manage, name="manage"),
    path("<int:pk>/progress/", admin_views.progress, name="progress"),
    path(
        "<int:pk>/roster.<sheet:spreadsheet_format>",
        admin_views.roster_export,
        name="roster_export",
    ),
    path(
        "<int:pk>/progress.<sheet:spreadsheet_format>",
        admin_views.progress_export,
        name="progress_export",
    ),
    path(
        "enrollments/<int:pk>/<str:decision>/",
        admin_views.enrollment_decide,
        name="decide",
    ),
    path(
        "sessions/<int:session_pk>/attendance/",
        admin_views.attendance,
        name="attendance",
    ),
]
