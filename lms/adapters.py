"""allauth hooks: after login, and in the emails it sends, the site speaks the person's
preferred language."""

from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.http import HttpResponseRedirect
from django.urls import reverse, translate_url
from django.utils import translation

from .models import User
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
        """Emails greet with the site's name rather than the bare host name, and are
        written in the preferred language of the person the address belongs to, with
        their links to pages in that language: a password reset asked for from an
        English page reaches a Tagalog reader in Tagalog. An address that belongs to no
        one (allauth's mails against account enumeration) is written to in the
        language of the page the request came from."""
        request = allauth_context.request
        site = SimpleNamespace(
            name=settings.WAGTAIL_SITE_NAME, domain=get_current_site(request).domain
        )
        context = {"current_site": site, **context}
        language = preferred_language_of(email)
        if language is None:
            super().send_mail(template_prefix, email, context)
            return
        links = {
            name: url_in_language(value, language)
            for name, value in context.items()
            if name.endswith("_url") and isinstance(value, str)
        }
        context.update(links)
        with translation.override(language):
            super().send_mail(template_prefix, email, context)


def preferred_language_of(email: str) -> str | None:
    """The preferred language of the account an email address belongs to, compared
    without regard to case: the address it signs in with, else one verified on it
    (allauth's EmailAddress). None when the address belongs to no account."""
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        address = (
            EmailAddress.objects.filter(email__iexact=email, verified=True)
            .select_related("user")
            .order_by("-primary", "pk")
            .first()
        )
        user = address.user if address else None
    if user is None or user.preferred_language not in dict(settings.LANGUAGES):
        return None
    return user.preferred_language


def url_in_language(url: str, language: str) -> str:
    """The same page in another language: `/profile/` -> `/es/profile/` and back."""
    current = translation.get_language_from_path(urlsplit(url).path)
    with translation.override(current or settings.LANGUAGE_CODE):
        return translate_url(url, language)
