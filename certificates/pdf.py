"""The certificate as a PDF: the program's template in the holder's language, filled
in with what the certificate copied at issue, with a QR code of its verification
address. Rendered by WeasyPrint from a Django template; nothing is fetched from the
network or the disk while rendering (images come in as data: URIs)."""

import base64
import functools
import re
import unicodedata

import segno
from django.conf import settings
from django.core.files.base import ContentFile
from django.db.models import Q, Subquery
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import conditional_escape, escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from PIL import ImageFile
from wagtail.models import Locale
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

from curriculum.models import ProgramPage
from lms import dates
from lms.caching import bump_version, shared, version_key
from lms.pages import default_locale_id, language_attrs, locale_id_for

from .models import PLACEHOLDERS, Certificate, CertificateTemplate, PaperSize

# Importing WeasyPrint tells Pillow, for the whole process, to accept truncated
# images. Image uploads must still refuse a file cut short; WeasyPrint only ever
# gets the site's own renditions, whole.
ImageFile.LOAD_TRUNCATED_IMAGES = False

# Wagtail images go in as JPEG (or SVG as uploaded): WeasyPrint decodes a PNG for
# about 300 ms, a JPEG in a few.
LOGO_FILTER = "max-800x300|bgcolor-ffffff|format-jpeg"
SIGNATURE_FILTER = "max-600x200|bgcolor-ffffff|format-jpeg"
DEFAULT_ACCENT = "#0b5d4b"
ACCENT = re.compile(r"#[0-9a-fA-F]{6}")
QR_MASK = 6
PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")

# Width in points the printed name may take (the page less its frame and margins),
# and the font sizes it is set in: the largest that fits, on one line, or on two
# when one line would make it small.
NAME_WIDTH_PT = {PaperSize.LETTER: 600, PaperSize.A4: 650}
NAME_SIZES = (40, 26, 10)  # largest on one line, largest on two, smallest
LATIN_SIZES = (18, 14, 9)
BODY_SIZES = (15, 12)  # a body longer than LONG_BODY (in HTML) gets the smaller
LONG_BODY = 300


# Which template, and what it prints ----------------------------------------------------

# Bumped whenever a certificate template, an image, a page or a locale changes:
# everything `printed_template` reads.
TEMPLATES_VERSION = version_key("certificates:templates-version")


def templates_changed(**kwargs) -> None:
    bump_version(TEMPLATES_VERSION)


def printed_template(program_id: int, language: str) -> dict:
    """What the program's template prints in `language`: its wording (placeholders
    still in), paper, colour, and logo and signatures as data: URIs. The same for
    every certificate of the program, so made once and kept in the shared cache,
    rather than looked up, resized and encoded for each of 300 graduates."""
    return shared(
        TEMPLATES_VERSION,
        "certificate-template",
        program_id,
        language,
        make=lambda: _printed_template(program_id, language),
    )


def _printed_template(program_id: int, language: str) -> dict:
    template = template_for(program_id, language)
    paper = template.paper_size if template.paper_size in NAME_WIDTH_PT else "letter"
    with translation.override(language):
        return {
            "paper": paper,
            "accent": _accent(template.accent_color),
            "heading": _wording(template, "heading"),
            "body": _wording(template, "body"),
            "logo": image_data_uri(template.logo, LOGO_FILTER),
            "signatories": _signatories(template),
        }


def template_for(program_id: int, language: str) -> CertificateTemplate:
    """The program's template (else the default), in `language` where the template
    is translated into it."""
    locale_id = _locale_id(language)
    return _programs_template(program_id, locale_id) or default_template(locale_id)


def _programs_template(program_id, locale_id) -> CertificateTemplate | None:
    """The template the program chose, or its translation into `locale_id`: one
    query, without loading the program page (its body and all of Page)."""
    chosen = CertificateTemplate.objects.filter(
        pk=Subquery(
            ProgramPage.objects.filter(pk=program_id).values("certificate_template_id")
        )
    )
    found = list(
        _templates().filter(
            Q(pk__in=chosen.values("pk"))
            | Q(translation_key__in=chosen.values("translation_key"), locale=locale_id)
        )
    )
    return _in_locale(found, locale_id) or next(iter(found), None)


def default_template(locale_id: int | None = None) -> CertificateTemplate:
    """The default template in `locale_id` (a translation of the default is the
    default in its language), else in the site's language. Made when there is none,
    so a new site prints certificates before anyone designs one."""
    site_locale_id = default_locale_id() or Locale.get_default().pk
    defaults = list(_templates().filter(is_default=True).order_by("pk"))
    template = (
        _in_locale(defaults, locale_id)
        or _in_locale(defaults, site_locale_id)
        or next(iter(defaults), None)
    )
    if template is None:
        # Stored in the site's language; other languages get the built-in wording
        # from the catalogs (see `_wording`).
        with translation.override(settings.LANGUAGE_CODE):
            template = CertificateTemplate.objects.create(
                name="Default", is_default=True, locale_id=site_locale_id
            )
    return template


def _templates():
    return CertificateTemplate.objects.select_related("logo")


def _in_locale(templates, locale_id) -> CertificateTemplate | None:
    return next((t for t in templates if t.locale_id == locale_id), None)


def _locale_id(language: str) -> int | None:
    try:
        return locale_id_for(language)
    except LookupError:  # a language the site no longer offers
        return None


def _wording(template: CertificateTemplate, field: str) -> str:
    """The template's text; the built-in wording, never edited, in the active
    language (the default template is stored in the site's language only)."""
    value = getattr(template, field)
    default = CertificateTemplate._meta.get_field(field).default
    with translation.override(settings.LANGUAGE_CODE):
        untouched = value == str(default)
    return str(default) if untouched else value


def _accent(color: str) -> str:
    # The colour goes into CSS: only a colour the form would have accepted.
    return color if ACCENT.fullmatch(color or "") else DEFAULT_ACCENT


def _signatories(template: CertificateTemplate) -> list[dict]:
    return [
        {
            "name": block.value["name"],
            "title": block.value["title"],
            "signature": image_data_uri(block.value["signature"], SIGNATURE_FILTER),
        }
        for block in template.signatories
    ]


# The HTML -------------------------------------------------------------------------------


def certificate_html(certificate: Certificate, base_url: str) -> str:
    """The certificate as the HTML WeasyPrint prints, in the holder's language."""
    printed = printed_template(_program_id(certificate), certificate.language)
    with translation.override(certificate.language):
        context = _context(certificate, printed, base_url)
        return render_to_string("certificates/pdf/certificate.html", context)


def _program_id(certificate: Certificate) -> int:
    # The task fetches it with the certificate (`tasks._certificate`).
    program_id = getattr(certificate, "program_id", None)
    if program_id is None:
        program_id = certificate.enrollment.cohort.program_id
    return program_id


def verification_url(certificate: Certificate, base_url: str) -> str:
    """The public check of this certificate, in the holder's language."""
    with translation.override(certificate.language):
        path = reverse("certificates:verify", kwargs={"code": certificate.display_code})
    return base_url.rstrip("/") + path


def _context(certificate, printed, base_url) -> dict:
    url = verification_url(certificate, base_url)
    width = NAME_WIDTH_PT[printed["paper"]]
    body = fill(printed["body"], _values(certificate))
    return {
        "certificate": certificate,
        "language_attrs": language_attrs(certificate.language),
        "page_size": "A4" if printed["paper"] == PaperSize.A4 else "letter",
        "accent": printed["accent"],
        "heading": printed["heading"],
        "body": body,
        "body_size": _pt(BODY_SIZES[len(body) > LONG_BODY]),
        "name_size": _pt(name_font_size(certificate.name_printed, width, NAME_SIZES)),
        "latin_size": _pt(name_font_size(certificate.latin_name, width, LATIN_SIZES)),
        "logo": printed["logo"],
        "signatories": printed["signatories"],
        "issuer": settings.CERTIFICATE_ISSUER_NAME,
        "issued": _date_html(certificate.issued_at),
        "verify_url": url,
        "qr_svg": qr_svg(url),
    }


def _values(certificate: Certificate) -> dict[str, str]:
    return {
        "name": certificate.name_printed,
        "program": certificate.program_title,
        "cohort": certificate.cohort_title,
        "dates": _date_range_html(
            certificate.cohort_starts_on, certificate.cohort_ends_on
        ),
        "issued": _date_html(certificate.issued_at),
    }


def _date_html(value) -> str:
    # A date is never broken across lines ("7 tháng / 2 năm 2027").
    return format_html('<span class="date">{}</span>', dates.local_date(value))


def _date_range_html(start, end) -> str:
    pattern = escape(_("%(start)s – %(end)s"))  # the wording of lms.dates
    return mark_safe(pattern % {"start": _date_html(start), "end": _date_html(end)})  # noqa: S308


def fill(text: str, values: dict[str, str]) -> str:
    """`text` as HTML with its {placeholders} filled in: the text and the values
    escaped (values made HTML here are kept), each placeholder replaced once (a
    value that reads `{name}` stays that), anything else in braces printed as
    typed. Not str.format, which would also read `{name.__class__}` or `{0}`."""

    def value(match):
        return conditional_escape(values[match.group(1)])

    html = PLACEHOLDER.sub(value, escape(text))
    return mark_safe(html.replace("\n", "<br>"))  # noqa: S308 (escaped above)


def _pt(size: float) -> str:
    # Written out here: the template would format the number in the holder's
    # language ("26,5" is no CSS length).
    return f"{size:.1f}pt"


# Sizes, images and the QR code ----------------------------------------------------------


def name_font_size(name: str, width_pt: float, sizes: tuple[int, int, int]) -> float:
    """A font size at which `name` fits `width_pt`: the largest size on one line,
    else on two lines, never under the smallest (a name longer still wraps)."""
    one_line, two_lines, smallest = sizes
    ems = _width_in_ems(name)
    if not ems:
        return one_line
    fits_one = width_pt / ems
    if fits_one >= two_lines:
        return round(min(one_line, fits_one), 1)
    # Two lines never break evenly: leave room for a word that moves down.
    fits_two = 2 * width_pt / ems * 0.85
    return round(max(smallest, min(two_lines, fits_two)), 1)


def _width_in_ems(text: str) -> float:
    """A generous estimate of how wide `text` prints, in ems: Chinese, Japanese and
    Korean characters are square, marks that combine take no room, and the rest
    (Latin, Arabic, Khmer) about 0.6 em in the Noto faces."""
    total = 0.0
    for char in text:
        if unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        total += 1.0 if unicodedata.east_asian_width(char) in ("W", "F") else 0.6
    return total


def image_data_uri(image, filter_spec: str) -> str:
    """A Wagtail image as a data: URI, JPEG (or the SVG as uploaded); "" for none."""
    if image is None:
        return ""
    if image.is_svg():
        return _data_uri(_read(image.file), "image/svg+xml")
    return _data_uri(_read(image.get_rendition(filter_spec).file), "image/jpeg")


def _read(file) -> bytes:
    with file.open("rb") as opened:
        return opened.read()


def _data_uri(data: bytes, mime: str) -> str:
    # Base64 holds no character HTML escapes: safe as it is, so the template does not
    # copy tens of kilobytes to escape nothing.
    return mark_safe(f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}")  # noqa: S308


def qr_svg(url: str) -> str:
    """The QR code of `url` as inline SVG, sized by its container."""
    # A fixed mask: choosing the best of eight is most of the time segno takes
    # (5 of 7 ms), and for these addresses (a random code in each) it is the
    # mask segno itself picks most often; any mask reads the same.
    code = segno.make(url, error="m", micro=False, mask=QR_MASK)
    return mark_safe(code.svg_inline(border=0, omitsize=True, dark="#000"))  # noqa: S308


# The PDF ---------------------------------------------------------------------------------


def certificate_pdf_bytes(certificate: Certificate) -> bytes:
    """The certificate printed: one landscape page."""
    base_url = settings.WAGTAILADMIN_BASE_URL
    html = HTML(
        string=certificate_html(certificate, base_url),
        base_url=base_url,
        # Only the data: URIs above: a template never makes the renderer fetch an
        # address (or a file) that someone typed.
        url_fetcher=URLFetcher(allowed_protocols={"data"}),
    )
    return html.write_pdf(font_config=_font_config())


def certificate_pdf_store(certificate: Certificate) -> Certificate:
    """Render the certificate and keep the PDF in private storage, replacing any
    earlier rendering of it."""
    pdf = certificate_pdf_bytes(certificate)
    if certificate.pdf:
        certificate.pdf.delete(save=False)
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
    # The file's name only: a revocation saved while this rendered stays. A holder
    # who withdrew it meanwhile (deleting their account) keeps no PDF.
    kept = Certificate.objects.filter(pk=certificate.pk, withdrawn_at__isnull=True)
    if not kept.update(pdf=certificate.pdf.name):
        certificate.pdf.delete(save=False)
    return certificate


@functools.cache
def _font_config() -> FontConfiguration:
    # One per process: a new one for each document costs 25-40 ms more and a
    # worker's memory no longer stays flat (benchmarks/certificate_pdf.py).
    return FontConfiguration()
