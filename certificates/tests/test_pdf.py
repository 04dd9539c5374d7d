"""The certificate PDF: every script prints in real (embedded Noto) fonts, names are
text whatever they contain, a long name shrinks to fit one page, and the template
comes in the holder's language (a default one is made when there is none)."""

import io
import logging
import re
import shutil
import subprocess
import unicodedata

import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from django.utils.html import escape
from PIL import Image as PILImage
from weasyprint import HTML

from certificates import pdf
from certificates.models import Certificate, CertificateTemplate
from certificates.tests.factories import certificate_for
from cohorts.tests.factories import CohortFactory
from curriculum.tests.factories import locale

pytestmark = pytest.mark.django_db

SCRIPTS = {
    "vietnamese": ("Nguyễn Thị Minh Khai", "vi"),
    "traditional chinese": ("陳美玲", "zh-hant"),
    "korean": ("김민준", "ko"),
    "arabic": ("فاطمة الزهراء", "ar"),
    "khmer": ("សុខ សុភា", "en"),
    "tagalog": ("Ligaya Bañaga-Dimaculangan", "tl"),
    "spanish": ("José Ñúñez", "es"),
}
# Marks pdftotext adds around right-to-left runs.
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


@pytest.fixture
def cohort(tree):
    return CohortFactory(program=tree.program, capacity=100)


def needs_poppler():
    if not shutil.which("pdffonts"):
        pytest.skip(
            "poppler-utils is not installed (as root: apt-get install poppler-utils)"
        )


def poppler(tool, pdf_bytes, tmp_path, *args) -> str:
    path = tmp_path / "certificate.pdf"
    path.write_bytes(pdf_bytes)
    command = [tool, *args, str(path)] + (["-"] if tool == "pdftotext" else [])
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def pdf_text(pdf_bytes, tmp_path) -> str:
    text = poppler("pdftotext", pdf_bytes, tmp_path).translate(BIDI_CONTROLS)
    return unicodedata.normalize("NFC", text)


def fonts(pdf_bytes, tmp_path) -> list[dict]:
    """pdffonts' table: each font's name (without the subset prefix), type, embedded."""
    lines = poppler("pdffonts", pdf_bytes, tmp_path).splitlines()[2:]
    rows = []
    for line in lines:
        name, rest = line.split(maxsplit=1)
        embedded = re.search(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s", rest)
        rows.append(
            {
                "name": name.split("+", 1)[-1],
                "type": rest[:18].strip(),
                "embedded": embedded.group(1) == "yes",
            }
        )
    return rows


def pages(pdf_bytes, tmp_path) -> int:
    info = poppler("pdfinfo", pdf_bytes, tmp_path)
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def template_of(certificate) -> CertificateTemplate:
    return pdf.template_for(
        certificate.enrollment.cohort.program_id, certificate.language
    )


@pytest.mark.parametrize("script", SCRIPTS)
def test_every_script_prints_in_embedded_noto_fonts(cohort, tmp_path, caplog, script):
    needs_poppler()
    name, language = SCRIPTS[script]
    certificate = certificate_for(
        cohort, display_name=name, latin_name="", preferred_language=language
    )
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        pdf_bytes = pdf.certificate_pdf_bytes(certificate)
    assert name in pdf_text(pdf_bytes, tmp_path)
    embedded = fonts(pdf_bytes, tmp_path)
    assert embedded, "no fonts at all"
    for font in embedded:
        assert font["embedded"], font
        assert font["name"].startswith("Noto-"), font  # no DejaVu or other fallback
        assert font["type"] != "Type 3", font
    # WeasyPrint warns of each character no font had (printed as an empty box).
    assert not [r.getMessage() for r in caplog.records if r.name == "weasyprint"]
    assert pages(pdf_bytes, tmp_path) == 1


def test_arabic_reads_right_to_left(cohort):
    certificate = certificate_for(
        cohort, display_name="فاطمة الزهراء", preferred_language="ar"
    )
    html = pdf.certificate_html(certificate, "http://testserver")
    assert '<html lang="ar" dir="rtl">' in html
    english = certificate_for(cohort, display_name="Ana", preferred_language="en")
    assert '<html lang="en" dir="ltr">' in pdf.certificate_html(
        english, "http://testserver"
    )


def test_the_latin_name_prints_under_the_name(cohort, tmp_path):
    needs_poppler()
    certificate = certificate_for(
        cohort,
        display_name="陳美玲",
        latin_name="Chen Meiling",
        preferred_language="zh-hant",
    )
    text = pdf_text(pdf.certificate_pdf_bytes(certificate), tmp_path)
    assert text.index("陳美玲") < text.index("Chen Meiling")


@pytest.mark.parametrize(
    "name",
    [
        "<script>alert(1)</script>",
        "{name}",
        "{0}",
        "{__class__}",
        "{program.__class__.__init__.__globals__}",
        'Ana } { O\'Brien & "Co"',
    ],
)
def test_names_print_as_typed_whatever_they_hold(cohort, tmp_path, name):
    template = CertificateTemplate.objects.create(
        name="With the name", body="{name} completed {program}. {dates}"
    )
    cohort.program.certificate_template = template
    cohort.program.save()
    certificate = certificate_for(cohort, display_name=name, latin_name=name)
    html = pdf.certificate_html(certificate, "http://testserver")
    assert "<script>alert" not in html
    assert html.count(str(escape(name))) >= 4  # title, name, Latin name, body
    if shutil.which("pdftotext"):
        text = " ".join(
            pdf_text(pdf.certificate_pdf_bytes(certificate), tmp_path).split()
        )
        assert text.count(name) >= 3  # the name, the Latin name and in the body
        assert f"{name} completed Boot Camp." in text


def test_placeholders_are_filled_once_and_the_rest_printed_as_typed():
    values = {
        "name": "{program}",
        "program": "<b>Boot Camp</b>",
        "cohort": "Fall",
        "dates": "",
        "issued": "",
    }
    body = "{name} in {program}, {cohort}. {unknown} {0} {name.__class__} { {{ }"
    assert pdf.fill(body, values) == (
        "{program} in &lt;b&gt;Boot Camp&lt;/b&gt;, Fall. {unknown} {0} "
        "{name.__class__} { {{ }"
    )
    assert pdf.fill("One\nTwo <i>", values) == "One<br>Two &lt;i&gt;"


def test_a_200_character_name_shrinks_to_two_lines_on_one_page(cohort, tmp_path):
    long_name = " ".join(["Wolfeschlegelsteinhausenbergerdorff"] * 6)[:194] + " Jr. X"
    assert len(long_name) == Certificate._meta.get_field("name_printed").max_length
    short = certificate_for(cohort, display_name="Ana Pérez")
    long = certificate_for(cohort, display_name="Ana")
    Certificate.objects.filter(pk=long.pk).update(name_printed=long_name)
    long.refresh_from_db()
    assert _name_size(long) < _name_size(short)
    lines, text_width, box_width = _name_layout(long)
    assert lines <= 2
    assert text_width <= box_width
    if shutil.which("pdfinfo"):
        pdf_bytes = pdf.certificate_pdf_bytes(long)
        assert pages(pdf_bytes, tmp_path) == 1
        printed = "".join(pdf_text(pdf_bytes, tmp_path).split())
        assert "".join(long_name.split()) in printed


def test_name_sizes_leave_short_names_large_and_cjk_counted_wider():
    sizes = pdf.NAME_SIZES
    assert pdf.name_font_size("Ana", 600, sizes) == sizes[0]
    latin = pdf.name_font_size("a" * 30, 600, sizes)
    chinese = pdf.name_font_size("陳" * 30, 600, sizes)
    assert chinese < latin
    assert pdf.name_font_size("x" * 2000, 600, sizes) == sizes[2]
    # Combining marks (Vietnamese written decomposed) take no room.
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Minh Khai " * 3)
    composed = unicodedata.normalize("NFC", decomposed)
    assert pdf.name_font_size(decomposed, 600, sizes) == pdf.name_font_size(
        composed, 600, sizes
    )


def _name_size(certificate) -> float:
    html = pdf.certificate_html(certificate, "http://testserver")
    return float(re.search(r"\.name \{[^}]*font-size: ([\d.]+)pt", html).group(1))


def _name_layout(certificate) -> tuple[int, float, float]:
    """How WeasyPrint laid out the name: its lines, the widest line's text, and the
    width of its box."""
    html = pdf.certificate_html(certificate, "http://testserver")
    document = HTML(string=html).render(font_config=pdf._font_config())
    box = next(
        box
        for box in _boxes(document.pages[0]._page_box)
        if box.element_tag == "p" and "name" in box.element.get("class", "").split()
    )
    widest = max(sum(child.width for child in line.children) for line in box.children)
    return len(box.children), widest, box.width


def _boxes(box):
    # Absolutely placed boxes hang under placeholders, which descendants() skips.
    yield box
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def test_the_qr_code_and_the_code_point_at_the_verification_page(cohort):
    certificate = certificate_for(cohort, display_name="Ana", preferred_language="es")
    url = pdf.verification_url(certificate, "http://testserver/")
    assert (
        url == f"http://testserver/es/certificates/verify/{certificate.display_code}/"
    )
    html = pdf.certificate_html(certificate, "http://testserver")
    assert html.count("<svg") == 1
    assert certificate.display_code in html
    assert url in html


@pytest.mark.parametrize("language", ["en", "ar", "zh-hant"])
def test_the_printed_qr_code_reads_as_the_verification_address(
    cohort, tmp_path, language
):
    if not (shutil.which("zbarimg") and shutil.which("pdftoppm")):
        pytest.skip("zbarimg is not installed (as root: apt-get install zbar-tools)")
    certificate = certificate_for(
        cohort, display_name="Ana", preferred_language=language
    )
    path = tmp_path / "certificate.pdf"
    path.write_bytes(pdf.certificate_pdf_bytes(certificate))
    subprocess.run(
        [
            shutil.which("pdftoppm"),
            "-png",
            "-r",
            "100",
            "-singlefile",
            path,
            tmp_path / "page",
        ],
        check=True,
    )
    read = subprocess.run(
        [shutil.which("zbarimg"), "-q", "--raw", tmp_path / "page.png"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert read.stdout.strip() == pdf.verification_url(
        certificate, settings.WAGTAILADMIN_BASE_URL
    )


def test_images_go_in_as_jpeg_data(cohort, image):
    template = CertificateTemplate.objects.create(
        name="With a logo",
        logo=image,
        signatories=[
            (
                "signatory",
                {"name": "Dolores Huerta", "title": "Director", "signature": image},
            )
        ],
    )
    cohort.program.certificate_template = template
    cohort.program.save()
    certificate = certificate_for(cohort, display_name="Ana")
    html = pdf.certificate_html(certificate, "http://testserver")
    sources = re.findall(r'<img [^>]*src="([^"]+)"', html)
    assert len(sources) == 2
    assert all(src.startswith("data:image/jpeg;base64,") for src in sources)
    assert "Dolores Huerta" in html


def test_nothing_is_fetched_while_rendering(cohort, caplog, monkeypatch):
    """Only the data: URIs made here: an address in a template (or in an uploaded
    SVG) never makes the renderer read a file or call a server."""
    certificate = certificate_for(cohort, display_name="Ana")
    html = pdf.certificate_html(certificate, "http://testserver").replace(
        "</body>",
        '<img src="file:///etc/passwd"><img src="http://127.0.0.1:9/x.png"></body>',
    )
    monkeypatch.setattr(pdf, "certificate_html", lambda *args: html)
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        pdf.certificate_pdf_bytes(certificate)
    refused = [r for r in caplog.records if "disallowed protocol" in r.getMessage()]
    assert len(refused) == 2


def test_the_programs_template_in_the_holders_language(cohort):
    template = CertificateTemplate.objects.create(
        name="Boot Camp", heading="Boot Camp graduate"
    )
    spanish = template.copy_for_translation(locale("es"))
    spanish.heading = "Egresada del Boot Camp"
    spanish.save()
    cohort.program.certificate_template = template
    cohort.program.save()
    holder = certificate_for(cohort, display_name="Ana", preferred_language="es")
    korean = certificate_for(cohort, display_name="김민준", preferred_language="ko")
    assert template_of(holder) == spanish
    assert "Egresada del Boot Camp" in pdf.certificate_html(holder, "http://testserver")
    assert template_of(korean) == template  # not translated into Korean
    assert "Boot Camp graduate" in pdf.certificate_html(korean, "http://testserver")


def test_a_default_template_is_made_when_there_is_none(cohort):
    assert not CertificateTemplate.objects.exists()
    certificate = certificate_for(cohort, display_name="Ana")
    template = template_of(certificate)
    assert template.is_default and template.name == "Default"
    assert template.locale.language_code == settings.LANGUAGE_CODE
    assert template_of(certificate) == template
    assert CertificateTemplate.objects.count() == 1
    assert "Certificate of completion" in pdf.certificate_html(
        certificate, "http://testserver"
    )


def test_programs_without_a_template_use_the_default(cohort):
    default = CertificateTemplate.objects.create(
        name="House style", heading="Movement graduate", is_default=True
    )
    CertificateTemplate.objects.create(name="Other", heading="Other")
    certificate = certificate_for(cohort, display_name="Ana")
    assert template_of(certificate) == default


def test_a_language_may_have_a_default_of_its_own(cohort):
    house = CertificateTemplate.objects.create(name="House", is_default=True)
    casa = CertificateTemplate.objects.create(
        name="Casa", is_default=True, locale=locale("es")
    )
    spanish = certificate_for(cohort, display_name="Ana", preferred_language="es")
    korean = certificate_for(cohort, display_name="김민준", preferred_language="ko")
    assert template_of(spanish) == casa
    assert template_of(korean) == house


def test_an_edited_wording_prints_as_edited_in_every_language(cohort):
    template = CertificateTemplate.objects.create(
        name="Edited", heading="Graduate of the Boot Camp", is_default=True
    )
    certificate = certificate_for(cohort, display_name="Ana", preferred_language="es")
    assert template_of(certificate) == template
    assert "Graduate of the Boot Camp" in pdf.certificate_html(
        certificate, "http://testserver"
    )


def test_a_colour_that_is_no_colour_never_reaches_the_css(cohort):
    template = CertificateTemplate.objects.create(name="Broken", accent_color="red;}*{")
    cohort.program.certificate_template = template
    cohort.program.save()
    certificate = certificate_for(cohort, display_name="Ana")
    html = pdf.certificate_html(certificate, "http://testserver")
    assert "red;}" not in html and pdf.DEFAULT_ACCENT in html


@pytest.mark.parametrize(("paper", "size"), [("letter", "letter"), ("a4", "A4")])
def test_paper_sizes_are_landscape(cohort, tmp_path, paper, size):
    template = CertificateTemplate.objects.create(name="Paper", paper_size=paper)
    cohort.program.certificate_template = template
    cohort.program.save()
    certificate = certificate_for(cohort, display_name="Ana")
    assert f"size: {size} landscape" in pdf.certificate_html(
        certificate, "http://testserver"
    )
    if shutil.which("pdfinfo"):
        info = poppler("pdfinfo", pdf.certificate_pdf_bytes(certificate), tmp_path)
        width, height = map(float, re.search(r"([\d.]+) x ([\d.]+) pts", info).groups())
        assert width > height
        assert round(width) == {"letter": 792, "a4": 842}[paper]


def test_storing_replaces_the_earlier_pdf_in_private_storage(cohort):
    certificate = certificate_for(cohort, display_name="Ana")
    pdf.certificate_pdf_store(certificate)
    first = certificate.pdf.name
    pdf.certificate_pdf_store(certificate)
    certificate.refresh_from_db()
    assert certificate.pdf.name == first == f"certificates/{certificate.code}.pdf"
    assert certificate.pdf.storage.exists(first)
    path = certificate.pdf.path
    assert path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert not path.startswith(str(settings.MEDIA_ROOT))
    with certificate.pdf.open("rb") as stored:
        assert stored.read(5) == b"%PDF-"


def test_what_a_template_prints_is_never_stale(cohort, image):
    """Kept in the shared cache between certificates; each change shows on the next."""
    template = CertificateTemplate.objects.create(name="Kept", heading="First heading")
    cohort.program.certificate_template = template
    cohort.program.save()
    certificate = certificate_for(cohort, display_name="Ana")

    def html():
        return pdf.certificate_html(certificate, "http://testserver")

    assert "First heading" in html() and "<img" not in html()
    template.heading = "Second heading"
    template.logo = image
    template.save()
    assert "Second heading" in html()
    logo = re.search(r'<img [^>]*src="([^"]+)"', html()).group(1)

    # As Wagtail's image form replaces a file: the image saved, its renditions dropped.
    image.file.save("another.png", _png("#c00"), save=False)
    image.save()
    image.renditions.all().delete()
    assert re.search(r'<img [^>]*src="([^"]+)"', html()).group(1) != logo

    other = CertificateTemplate.objects.create(name="Other", heading="Third heading")
    cohort.program.certificate_template = other
    cohort.program.save()
    assert "Third heading" in html()
    other.delete()
    assert "Certificate of completion" in html()  # the default, made anew


def _png(colour):
    buffer = io.BytesIO()
    PILImage.new("RGB", (400, 200), colour).save(buffer, "PNG")
    return ImageFile(buffer, "another.png")
