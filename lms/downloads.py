"""A private file (a certificate PDF, a person's data), handed to the one person who
may have it: as a download, never kept by a browser or proxy, never indexed."""

from django.http import FileResponse


def private_download(stored, *, content_type: str, filename: str) -> FileResponse:
    response = FileResponse(
        stored.open("rb"),
        content_type=content_type,
        as_attachment=True,
        filename=filename,
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
