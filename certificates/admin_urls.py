"""The admin's certificate pages, registered by wagtail_hooks under /admin/."""

from django.urls import path

from . import admin_views

urlpatterns = [
    path(
        "certificates/cohort/<int:pk>/",
        admin_views.cohort_certificates,
        name="certificates_cohort",
    ),
    path(
        "certificates/cohort/<int:pk>/issue/",
        admin_views.issue_all,
        name="certificates_issue_all",
    ),
    path(
        "certificates/cohort/<int:pk>/issue/<int:enrollment_pk>/",
        admin_views.issue,
        name="certificates_issue",
    ),
    path(
        "certificates/cohort/<int:pk>/<int:certificate_pk>/<str:action>/",
        admin_views.revoke,
        name="certificates_revoke",
    ),
]
