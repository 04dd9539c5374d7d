"""allauth hooks: after login, the site speaks the person's preferred language."""

from types import SimpleNamespace

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.http import HttpResponseRedirect
from django.urls import translate_url


class AccountAdapter(DefaultAccountAdapter):
    def post_login(self, request, user, **kwargs):
        """Send the person on in their preferred language (`/es/...` for Spanish)."""
        response = super().post_login(request, user, **kwargs)
        if isinstance(response, HttpResponseRedirect):
            response["Location"] = translate_url(
                response["Location"], user.preferred_language
            )
        return response

    def send_mail(self, template_prefix, email, context):
        """Emails greet with the site's name rather than the bare host name."""
        request = allauth_context.request
        site = SimpleNamespace(
            name=settings.WAGTAIL_SITE_NAME, domain=get_current_site(request).domain
        )
        super().send_mail(template_prefix, email, {"current_site": site, **context})
