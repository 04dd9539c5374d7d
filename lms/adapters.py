"""allauth hooks: after login, the site speaks the person's preferred language."""

from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.http import HttpResponseRedirect
from django.urls import reverse, translate_url
from django.utils import translation

from .permissions import can_access_admin


class AccountAdapter(DefaultAccountAdapter):
    def post_login(self, request, user, **kwargs):
        """Send the person on in their preferred language (`/es/...` for Spanish)."""
        language = user.preferred_language
        with translation.override(language):
            # The "signed in" message is written now, so write it in their language.
            response = super().post_login(request, user, **kwargs)
        if isinstance(response, HttpResponseRedirect):
            response["Location"] = url_in_language(response["Location"], language)
        return response

    def get_login_redirect_url(self, request):
        """Without a `next`: facilitators and admins to the admin, everyone else to
        their own learning (settings.LOGIN_REDIRECT_URL)."""
        if can_access_admin(request.user):
            return reverse("wagtailadmin_home")
        return super().get_login_redirect_url(request)

    def send_mail(self, template_prefix, email, context):
        """Emails greet with the site's name rather than the bare host name."""
        request = allauth_context.request
        site = SimpleNamespace(
            name=settings.WAGTAIL_SITE_NAME, domain=get_current_site(request).domain
        )
        super().send_mail(template_prefix, email, {"current_site": site, **context})


def url_in_language(url: str, language: str) -> str:
    """The same page in another language: `/profile/` -> `/es/profile/` and back."""
    current = translation.get_language_from_path(urlsplit(url).path)
    with translation.override(current or settings.LANGUAGE_CODE):
        return translate_url(url, language)
