from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cohorts.urls import language_neutral_urlpatterns as cohorts_neutral_urls

from . import account_views, invite_views, views

account_patterns = [
    path("profile/", views.profile, name="profile"),
    path("profile/data/", account_views.my_data, name="my_data"),
    path(
        "profile/data/export/",
        account_views.data_export_request,
        name="data_export_request",
    ),
    path(
        "profile/data/<str:token>/", account_views.data_download, name="data_download"
    ),
    path("profile/delete/", account_views.account_delete, name="account_delete"),
    path(
        "profile/delete/code/",
        account_views.account_delete_code,
        name="account_delete_code",
    ),
    path(
        "profile/organizations/join/", views.organization_join, name="organization_join"
    ),
    path(
        "profile/organizations/<str:slug>/leave/",
        views.organization_leave,
        name="organization_leave",
    ),
    path(
        "profile/organizations/<str:slug>/consent/",
        views.organization_consent,
        name="organization_consent",
    ),
    path("invites/<str:token>/", invite_views.invite_accept, name="invite_accept"),
    path(
        "partners/<str:slug>/invites/",
        invite_views.partner_invites,
        name="partner_invites",
    ),
    path(
        "partners/<str:slug>/invites/<int:invite_id>/revoke/",
        invite_views.partner_invite_revoke,
        name="partner_invite_revoke",
    ),
]

urlpatterns = [
    path("healthz/", views.healthz, name="healthz"),
    path("i18n/setlang/", views.set_language, name="set_language"),
    # Declared before the admin so Wagtail's own login form is never served.
    path("admin/login/", views.admin_login, name="admin_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include((cohorts_neutral_urls, "cohorts_scan"))),
    # Open Badges: the issuer's DID and keys, the status list, the signed badge.
    path("", include("certificates.credential_urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("", include((account_patterns, "lms"))),
    path("", include("curriculum.urls")),
    path("", include("cohorts.urls")),
    path("", include("certificates.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler500 = "lms.views.server_error"
