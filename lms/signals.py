"""Cache invalidation: what is cached about pages and roles is dropped when they change."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import User
from .pages import pages_changed
from .permissions import roles_changed


def connect() -> None:
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(pages_changed, dispatch_uid=f"lms-pages-{id(signal)}")
    post_delete.connect(
        pages_changed, sender="wagtailcore.Page", dispatch_uid="lms-pages-delete"
    )
    m2m_changed.connect(
        roles_changed, sender=User.groups.through, dispatch_uid="lms-roles"
    )
    for signal in (post_save, post_delete):
        signal.connect(
            roles_changed, sender="auth.Group", dispatch_uid=f"lms-roles-{id(signal)}"
        )
        # Routing, page addresses and access read these too.
        for sender in ("PageViewRestriction", "Locale", "Site"):
            signal.connect(
                pages_changed,
                sender=f"wagtailcore.{sender}",
                dispatch_uid=f"lms-pages-{sender}-{id(signal)}",
            )
