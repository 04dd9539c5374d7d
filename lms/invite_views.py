"""Invite links of partner organizations: a manager makes and revokes them; a person
who opens one reads, in plain words, what the organization would see, and joins with
or without sharing their training."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.log_actions import log

from . import services
from .adapters import url_in_language
from .decorators import partner_manager_view
from .models import INVITE_DAYS, Membership, MembershipRole, PartnerInvite
from .permissions import organizations_managed_by

INVITE_CREATED = "lms.partners.invite_create"
INVITE_REVOKED = "lms.partners.invite_revoke"
CHOICES = {"share": True, "private": False}
SPENT_SHOWN = 10


@partner_manager_view
@require_http_methods(["GET", "POST"])
def partner_invites(request, slug):
    organization = _managed_or_404(request, slug)
    if request.method == "POST":
        invite = services.partner_invite_create(
            organization=organization, by=request.user
        )
        log(instance=organization, action=INVITE_CREATED, user=request.user, data={})
        messages.success(request, _("A new invite link is ready. Copy it and send it."))
        return redirect(f"{request.path}#invite-{invite.pk}")
    now = timezone.now()
    usable = Q(revoked_at__isnull=True, expires_at__gt=now)
    invites = organization.invites.select_related("created_by")
    return render(
        request,
        "lms/partner_invites.html",
        {
            "organization": organization,
            "invite_days": INVITE_DAYS,
            "usable": invites.filter(usable),
            "spent": invites.exclude(usable)[:SPENT_SHOWN],
        },
    )


@partner_manager_view
@require_POST
def partner_invite_revoke(request, slug, invite_id):
    organization = _managed_or_404(request, slug)
    invite = get_object_or_404(PartnerInvite, pk=invite_id, organization=organization)
    services.partner_invite_revoke(invite=invite)
    log(instance=organization, action=INVITE_REVOKED, user=request.user, data={})
    messages.success(request, _("That invite link no longer works."))
    return redirect("lms:partner_invites", slug=organization.slug)


@login_required
@require_http_methods(["GET", "POST"])
def invite_accept(request, token):
    invite = (
        PartnerInvite.objects.select_related("organization")
        .filter(token=token[:64])
        .first()
    )
    if invite is None or not invite.is_usable():
        # Unknown, expired or revoked: one page, and no telling which.
        return render(request, "lms/invite_unusable.html", status=404)
    language = request.user.preferred_language
    if request.method == "GET" and language != request.LANGUAGE_CODE:
        # The link has no language in it: what is shared is read in the person's own.
        return redirect(url_in_language(request.get_full_path(), language))
    organization = invite.organization
    membership = Membership.objects.filter(
        user=request.user, organization=organization
    ).first()
    if request.method == "POST":
        choice = request.POST.get("choice")
        if choice not in CHOICES:
            messages.error(request, _("Choose one of the two buttons."))
        else:
            services.partner_invite_accept(
                invite=invite, user=request.user, shares_progress=CHOICES[choice]
            )
            if CHOICES[choice]:
                message = _("You joined %(name)s and share your training with it.")
            else:
                message = _("You joined %(name)s. It does not see your training.")
            messages.success(request, message % {"name": organization.name})
            return redirect("lms:profile")
    managers = Membership.objects.filter(
        organization=organization, role=MembershipRole.MANAGER
    ).select_related("user")
    return render(
        request,
        "lms/invite_accept.html",
        {
            "invite": invite,
            "organization": organization,
            "membership": membership,
            "managers": [m.user.display_name for m in managers],
        },
    )


def _managed_or_404(request, slug):
    organization = organizations_managed_by(request.user).filter(slug=slug).first()
    if organization is None:
        raise Http404
    return organization
