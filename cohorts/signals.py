"""What other apps may listen to without cohorts knowing them (certificates does)."""

from django.dispatch import Signal

# Sent after a person's progress toward completing their program was saved: a
# lesson completed, a reflection written, attendance recorded. `enrollments`: the
# seats it counted for.
progress_recorded = Signal()


def progress_recorded_send(enrollments) -> None:
    progress_recorded.send(sender=None, enrollments=list(enrollments))
