"""allauth hooks: after login, the site speaks the person's preferred language."""

from allauth.account.adapter import DefaultAccountAdapter
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
