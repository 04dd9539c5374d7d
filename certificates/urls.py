from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("certificates/verify/", views.verify_form, name="verify_form"),
    path("certificates/verify/<str:code>/", views.verify, name="verify"),
    # The holder's own page (and facilitators'), reached from /learning/.
    path("learning/certificates/<str:code>/", views.detail, name="detail"),
    path("learning/certificates/<str:code>/pdf/", views.pdf, name="pdf"),
    path(
        "learning/certificates/<str:code>/visibility/",
        views.visibility,
        name="visibility",
    ),
]
