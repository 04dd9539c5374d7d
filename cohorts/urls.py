from django.urls import path

from . import partner_views, views

app_name = "cohorts"

urlpatterns = [
    path("cohorts/<slug:slug>/", views.cohort_detail, name="detail"),
    path("cohorts/<slug:slug>/enroll/", views.cohort_enroll, name="enroll"),
    path("cohorts/<slug:slug>/leave/", views.cohort_withdraw, name="withdraw"),
    path("cohorts/<slug:slug>/calendar.ics", views.cohort_calendar, name="calendar"),
    path("cohorts/<slug:slug>/exchange/", views.exchange, name="exchange"),
    path(
        "cohorts/<slug:slug>/exchange/announce/",
        views.announcement_post,
        name="announce",
    ),
    path(
        "learning/reflections/<int:pk>/respond/",
        views.response_post,
        name="respond",
    ),
    path(
        "learning/reflections/<int:pk>/appreciate/",
        views.appreciation_toggle,
        name="appreciate",
    ),
    path("learning/reflections/<int:pk>/pin/", views.reflection_pin, name="pin"),
    path("learning/report/<str:kind>/<int:pk>/", views.report, name="report"),
    path("learning/", views.learning, name="learning"),
    path("partners/", partner_views.partner_home, name="partner_home"),
    path(
        "partners/<str:slug>/",
        partner_views.partner_dashboard,
        name="partner_dashboard",
    ),
    path(
        "partners/<str:slug>/export.<str:spreadsheet_format>",
        partner_views.partner_export,
        name="partner_export",
    ),
    path(
        "partners/<str:slug>/members/<int:membership_id>/remove/",
        partner_views.partner_member_remove,
        name="partner_member_remove",
    ),
    path("learning/calendar/renew/", views.calendar_feed_renew, name="calendar_renew"),
    path(
        "learning/notify/<int:program_id>/",
        views.opening_notice,
        name="opening_notice",
    ),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
    path(
        "profile/emails/",
        views.notification_settings,
        name="notification_settings",
    ),
    path("emails/stop/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("check-in/<str:token>/", views.session_check_in, name="check_in"),
    path("learning/reflections/", views.reflection_journal, name="journal"),
    path(
        "learning/lessons/<int:page_id>/reflections/<str:prompt>/",
        views.reflection_write,
        name="reflection_write",
    ),
    path(
        "learning/reflections/<int:pk>/edit/",
        views.reflection_edit,
        name="reflection_edit",
    ),
    path(
        "learning/reflections/<int:pk>/delete/",
        views.reflection_delete,
        name="reflection_delete",
    ),
    path(
        "learning/lessons/<int:page_id>/complete/",
        views.lesson_complete,
        name="lesson_complete",
    ),
]

# Outside the language prefixes: the address a QR code carries, which sends each
# person on in their own language.
language_neutral_urlpatterns = [
    path("scan/<str:token>/", views.check_in_scan, name="check_in_scan"),
]
