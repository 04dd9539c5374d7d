"""Cache invalidation (what is cached about pages and roles is dropped when they
change), and the record of sign-ins that lets deleting an account end its sessions."""

from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import User
from .pages import pages_changed
from .permissions import roles_changed


def signed_in(sender, request, user, **kwargs):
    from .services import sign_in_record  # services imports the models' apps

    # A sign-in over someone else's session empties it and leaves the new key to the
    # end of the request: make it now, so deleting the account can find the session.
    if request.session.session_key is None:
        request.session.save()
    sign_in_record(user=user, session_key=request.session.session_key)


def signed_out(sender, request, user, **kwargs):
    from .services import sign_out_record

    sign_out_record(session_key=request.session.session_key)


def connect() -> None:
    user_logged_in.connect(signed_in, dispatch_uid="lms-signed-in")
    user_logged_out.connect(signed_out, dispatch_uid="lms-signed-out")
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
