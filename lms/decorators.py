"""View decorators shared by the apps."""

import functools

from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from .permissions import is_site_admin


def partner_manager_view(view):
    """Pages of member data for partner managers (and site admins): signed in, never
    kept by a browser or a proxy (a withdrawn consent must not linger in a back
    button), and, for site admins, who see every organization from here, behind
    their two-factor login as the admin is."""

    @functools.wraps(view)
    def guarded(request, *args, **kwargs):
        if is_site_admin(request.user) and not is_mfa_enabled(request.user):
            messages.warning(
                request,
                _("Set up two-factor authentication before you open the admin."),
            )
            return redirect("mfa_activate_totp")
        return view(request, *args, **kwargs)

    return login_required(never_cache(guarded))
