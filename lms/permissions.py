"""Who may do what. Views, querysets and templates ask these functions, never the groups."""

from django.contrib.auth.models import AnonymousUser, Group, Permission
from django.db.models import QuerySet

from .caching import bump_version, current_version, for_person, person_key, version_key
from .models import MembershipRole, Organization, User

FACILITATORS = "Facilitators"
PARTNER_MANAGERS = "Partner managers"
ROLE_GROUPS = (FACILITATORS, PARTNER_MANAGERS)
ROLES_VERSION = version_key("lms:roles-version")
ROLES = person_key(
    "roles", lambda user_pk: f"lms:roles:{current_version(ROLES_VERSION)}:{user_pk}"
)


def ensure_role_groups() -> dict[str, Group]:
    """The role groups with their permissions (the data migration makes them first)."""
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLE_GROUPS}
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    groups[FACILITATORS].permissions.add(access_admin)
    return groups


def _in_group(user: User | AnonymousUser, name: str) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    return name in group_names(user)


def group_names(user: User) -> set[str]:
    """The user's role groups, read on most requests: cached until they change
    (`roles_changed`), so a removed role is refused on the very next request."""
    if not hasattr(user, "_group_names"):
        user._group_names = for_person(
            ROLES,
            user.pk,
            lambda: set(user.groups.values_list("name", flat=True)),
            60 * 60,
        )
    return user._group_names


def roles_changed(**kwargs) -> None:
    """Any change to who is in which group, or to the groups themselves."""
    bump_version(ROLES_VERSION)


def is_site_admin(user: User | AnonymousUser) -> bool:
    return user.is_authenticated and user.is_active and user.is_superuser


def is_facilitator(user: User | AnonymousUser) -> bool:
    return _in_group(user, FACILITATORS)


def is_partner_manager(user: User | AnonymousUser) -> bool:
    return _in_group(user, PARTNER_MANAGERS)


def can_access_admin(user: User | AnonymousUser) -> bool:
    """Facilitators and site admins work in the Wagtail admin; nobody else reaches it."""
    return is_site_admin(user) or is_facilitator(user)


def requires_mfa(user: User | AnonymousUser) -> bool:
    """Two-factor authentication is mandatory for everyone who can reach the admin."""
    return can_access_admin(user)


def can_manage_organization(
    user: User | AnonymousUser, organization: Organization
) -> bool:
    """A partner manager sees their own organization's consenting staff, nothing else."""
    return organizations_managed_by(user).filter(pk=organization.pk).exists()


def organizations_managed_by(user: User | AnonymousUser) -> QuerySet[Organization]:
    """Site admins: every organization; partner managers: those they manage."""
    if is_site_admin(user):
        return Organization.objects.all()
    if not is_partner_manager(user):
        return Organization.objects.none()
    return Organization.objects.filter(
        memberships__user=user, memberships__role=MembershipRole.MANAGER
    )
