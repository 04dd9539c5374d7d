from django.urls import path

from . import views

app_name = "cohorts"

urlpatterns = [
    path("cohorts/<slug:slug>/", views.cohort_detail, name="detail"),
    path("cohorts/<slug:slug>/enroll/", views.cohort_enroll, name="enroll"),
    path("cohorts/<slug:slug>/withdraw/", views.cohort_withdraw, name="withdraw"),
    path("learning/", views.learning, name="learning"),
    path(
        "learning/lessons/<int:page_id>/complete/",
        views.lesson_complete,
        name="lesson_complete",
    ),
]
