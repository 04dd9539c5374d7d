"""Reads shared by the account and organization pages."""

from django.conf import settings
from django.db.models import QuerySet

from .models import Membership, User


def language_codes() -> set[str]:
    return {code for code, _name in settings.LANGUAGES}


def memberships_for(user: User) -> QuerySet[Membership]:
    return Membership.objects.filter(user=user).select_related("organization")
