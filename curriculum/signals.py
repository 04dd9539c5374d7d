"""Cached outlines are dropped whenever the shape or content of the curriculum changes."""

from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import selectors


def _curriculum_changed(**kwargs):
    selectors.outline_changed()


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_curriculum_changed, dispatch_uid=f"curriculum-outline-{id(signal)}")
    post_delete.connect(_curriculum_changed, sender="wagtailcore.Page", dispatch_uid="curriculum-outline-delete")
