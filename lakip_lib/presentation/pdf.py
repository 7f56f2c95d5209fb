"""Printing the HTML report to PDF with headless Chromium.

The report's own stylesheet does the layout: A4 pages (``@page``), page
numbers "n / total" in the bottom margin (CSS page-margin boxes, which
Chromium renders since version 131), the cover alone on the first page,
every chapter on a new page, charts and short tables kept whole and long
tables broken between rows with their head repeated. Chromium prints the
page exactly as a browser shows it, so the PDF and the HTML cannot disagree.

What CSS cannot do in Chromium is done around it:

- The contents get their page numbers in two passes (Chromium supports no
  ``target-counter()``): the report is printed, the page of every link target
  is read from the PDF's named destinations (Chromium writes one for each
  ``#id`` a link points to), and the report is printed again with each
  number set as the custom property ``--lakip-page`` of the links to that
  target, which the print stylesheet shows beside the entry in a slot of
  fixed width, so that the numbers cannot move what they number. The pages
  are read again from the second print and must be the same.
- The bookmarks (outline) are Chromium's, made from the headings, rearranged:
  the cover's title and each chapter at the top level, the sections below
  them, each titled with its heading's text as the HTML has it.
- The document information (title, author, subject, keywords) and the
  language are written with pypdf.

The browser runs with JavaScript disabled and every request other than the
report file itself is aborted (``data:`` images are inline and never leave
the file): printing fetches nothing.

Chromium is found as ``$LAKIP_CHROMIUM`` when set, else ``chromium`` or
``chromium-browser`` on the ``PATH`` (Debian/Ubuntu: ``apt-get install
chromium``). Playwright's own browser download is not needed.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..errors import BuildError, LakipError
from ..messages import Joined, Pair, said

#: flags for a headless Chromium that stays offline (no update checks, no Google services) and runs as root
CHROMIUM_ARGS = ("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run")
#: the environment variable naming the Chromium (or Chrome) executable to use
CHROMIUM_ENV = "LAKIP_CHROMIUM"
_NAMES = ("chromium", "chromium-browser")
_INSTALL = said("install_chromium")
#: prints of the report at most before the contents' page numbers must have settled (two suffice: see the module's text)
MAX_PRINTS = 3
#: the custom property of a link whose value the print stylesheet shows as the page of its target
PAGE_PROPERTY = "--lakip-page"
#: run by Playwright (the page's own scripts stay disabled): a stylesheet appended to the report's head
_ADD_STYLE = "css => { const style = document.createElement('style'); style.textContent = css; document.head.append(style); }"

#: the PDF's document information by report language: title, subject and keywords, filled with agency and year
_INFO = {
    "id": ("Laporan Kinerja Instansi Pemerintah {agency} Tahun {year}",
           "Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP) tahun {year}: capaian kinerja, anggaran dan "
           "sumber daya",
           "LAKIP, SAKIP, laporan kinerja, {year}, {agency}"),
    "en": ("Government Agency Performance Report of {agency}, {year}",
           "Government Agency Performance Accountability Report (LAKIP) {year}: performance, budget and resources",
           "LAKIP, SAKIP, performance report, {year}, {agency}"),
}


@dataclass(frozen=True)
class PdfMetadata:
    """What a PDF reader shows as the document's properties, and the language a screen reader speaks it in."""

    title: str
    author: str = ""
    subject: str = ""
    keywords: str = ""
    language: str = "id"


def report_metadata(agency: str, year: int, lang: str = "id") -> PdfMetadata:
    """The document information of the LAKIP of ``agency`` for ``year``, in the report's language.

    Example:
        >>> info = report_metadata("Badan Kepegawaian Daerah Provinsi Bengkulu", 2024)
        >>> info.title
        'Laporan Kinerja Instansi Pemerintah Badan Kepegawaian Daerah Provinsi Bengkulu Tahun 2024'
        >>> info.author, info.language
        ('Badan Kepegawaian Daerah Provinsi Bengkulu', 'id')
        >>> report_metadata("Dinas Kesehatan Kota Contoh", 2025, "en").title
        'Government Agency Performance Report of Dinas Kesehatan Kota Contoh, 2025'
    """
    title, subject, keywords = (text.format(agency=agency, year=year) for text in _INFO.get(lang, _INFO["id"]))
    return PdfMetadata(title=title, author=agency, subject=subject, keywords=keywords, language=lang)


class PdfUnavailableError(LakipError):
    """No usable Chromium: the PDF cannot be printed, the HTML report is unaffected."""


def find_chromium() -> Path:
    """The Chromium executable to print with: ``$LAKIP_CHROMIUM``, else ``chromium`` on the ``PATH``.

    Raises :class:`PdfUnavailableError` when there is none.

    Example (not run as a test: its answer depends on the computer):
        >>> find_chromium()  # doctest: +SKIP
        PosixPath('/usr/bin/chromium')
    """
    configured = os.environ.get(CHROMIUM_ENV)
    if configured:
        path = Path(configured)
        if not (path.is_file() and os.access(path, os.X_OK)):
            raise PdfUnavailableError(said("chromium_not_executable", setting=CHROMIUM_ENV, path=configured, install=_INSTALL))
        return path
    for name in _NAMES:
        found = shutil.which(name)
        if found:
            return Path(found)
    raise PdfUnavailableError(said("no_chromium", names=Joined(_NAMES, Pair(" atau ", " or ")), install=_INSTALL))


def write_pdf(html_path: str | Path, pdf_path: str | Path, metadata: PdfMetadata | None = None) -> Path:
    """Print the report ``html_path`` to an A4 PDF at ``pdf_path`` with headless Chromium; return ``pdf_path``.

    The contents get the page numbers of their entries, the PDF bookmarks of
    the chapters and sections, and ``metadata`` as its document information
    (without, the HTML's ``<title>`` and language).

    Raises :class:`PdfUnavailableError` when Chromium is missing or does not
    start, and :class:`~lakip_lib.errors.BuildError` when the page cannot be
    printed.

    Example (not run as a test: it needs Chromium and a build's outputs; tests/test_pdf.py prints):
        >>> write_pdf("outputs/2024/lakip-2024.html", "outputs/2024/lakip-2024.pdf",
        ...           report_metadata("Badan Kepegawaian Daerah Provinsi Bengkulu", 2024))  # doctest: +SKIP
        PosixPath('outputs/2024/lakip-2024.pdf')
    """
    html_path, pdf_path = Path(html_path), Path(pdf_path)
    if not html_path.is_file():
        raise BuildError(said("pdf_no_html", path=html_path))
    executable = find_chromium()
    # Playwright's sync API refuses to run in a thread with an asyncio loop (Jupyter, another
    # Playwright session): a thread of its own makes write_pdf callable from anywhere.
    with ThreadPoolExecutor(1) as pool:
        printed = pool.submit(_print, executable, html_path).result()
    pdf_path.write_bytes(_finished(printed, _headings(html_path), metadata))
    return pdf_path


def destination_pages(pdf: bytes | Path) -> dict[str, int]:
    """The page (from 1) of each named destination of ``pdf``: Chromium names each by the id a link of the page
    points to, so these are the pages of the report's link targets.

    Example (not run as a test: it needs a printed report; tests/test_pdf.py prints):
        >>> destination_pages(Path("outputs/2024/lakip-2024.pdf"))["bab-1"]  # doctest: +SKIP
        5
    """
    from pypdf import PdfReader

    with _quiet_pypdf():
        reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
        return {(name[1:] if name.startswith("/") else name): reader.get_destination_page_number(target) + 1
                for name, target in reader.named_destinations.items()}


@contextmanager
def _quiet_pypdf():
    """pypdf's warnings silenced: Chromium's PDFs give it one on every read ("Object count … exceeds defined trailer
    size"), which says nothing to the reader of the build's console."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _print(executable: Path, html_path: Path) -> bytes:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    url = html_path.resolve().as_uri()
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=str(executable), args=list(CHROMIUM_ARGS))
        except PlaywrightError as err:
            raise PdfUnavailableError(said("chromium_fails", path=executable, error=_first_line(err), install=_INSTALL)) from None
        try:
            page = browser.new_context(java_script_enabled=False).new_page()
            page.route("**/*", lambda route: route.continue_() if route.request.url == url else route.abort())
            page.goto(url, wait_until="load")
            numbers: dict[str, int] = {}
            for _ in range(MAX_PRINTS):
                # tagged: Chromium makes the outline from the tagged headings only
                printed = page.pdf(format="A4", print_background=True, prefer_css_page_size=True, outline=True, tagged=True)
                found = destination_pages(printed)
                if found == numbers:
                    return printed
                numbers = found
                # a later rule of the same weight wins: each print's numbers replace the previous ones. Not
                # add_style_tag: it waits for the style's load event, which a page without JavaScript never fires.
                page.evaluate(_ADD_STYLE, _page_rules(found))
            raise BuildError(said("pdf_unsettled", name=html_path.name, prints=MAX_PRINTS))
        except PlaywrightError as err:
            raise BuildError(said("pdf_failed", name=html_path.name, error=_first_line(err))) from None
        finally:
            browser.close()


def _page_rules(pages: dict[str, int]) -> str:
    """CSS giving every link to a target the target's page, as the value of :data:`PAGE_PROPERTY`."""
    return "\n".join(f'a[href={_css_string("#" + name)}] {{ {PAGE_PROPERTY}: "{number}"; }}'
                     for name, number in sorted(pages.items()))


def _css_string(text: str) -> str:
    r"""``text`` as a CSS string: an id is the agency's heading text at worst, never trusted to be plain.

    Example:
        >>> print(_css_string('a"b\\c'))
        "a\"b\\c"
    """
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(ch if ch.isprintable() else f"\\{ord(ch):x} " for ch in escaped) + '"'


def _headings(html_path: Path) -> dict[str, str]:
    """Each heading's text as the HTML has it, by its letters alone in lower case: the outline Chromium makes
    joins the lines of a heading that wraps without a space ("PERJANJIANKINERJA")."""
    import lxml.html

    document = lxml.html.fromstring(html_path.read_bytes())
    texts = (" ".join(element.text_content().split()) for element in document.iter("h1", "h2", "h3", "h4", "h5", "h6"))
    return {_letters(text): text for text in texts if text}


def _letters(text: str) -> str:
    return "".join(text.split()).casefold()


def _finished(printed: bytes, headings: dict[str, str], metadata: PdfMetadata | None) -> bytes:
    """Chromium's PDF with the outline rearranged (:func:`_outline`), and ``metadata`` as its document information."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import Fit, NameObject, TextStringObject

    with _quiet_pypdf():
        reader = PdfReader(io.BytesIO(printed))
        entries = _outline(reader)
        writer = PdfWriter(clone_from=reader)
    if "/Outlines" in writer.root_object:
        del writer.root_object["/Outlines"]
    parents: list = []
    for depth, title, page, left, top in entries:
        del parents[depth:]
        item = writer.add_outline_item(title=headings.get(_letters(title), title), page_number=page,
                                       parent=parents[-1] if parents else None, fit=Fit.xyz(left=left, top=top),
                                       is_open=False)
        parents.append(item)
    if entries:
        writer.page_mode = "/UseOutlines"
    if metadata is not None:
        writer.add_metadata({"/Title": metadata.title, "/Author": metadata.author, "/Subject": metadata.subject,
                             "/Keywords": metadata.keywords})
        writer.root_object[NameObject("/Lang")] = TextStringObject(metadata.language)
    # a reader's window shows the title, not the file name
    writer.create_viewer_preferences().display_doctitle = True
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _outline(reader) -> list[tuple[int, str, int, float | None, float | None]]:
    """Chromium's outline as (depth, title, page index, left, top), the report's single ``h1`` (the cover) beside
    the chapters instead of above them: a reader's bookmarks then list the chapters."""
    entries: list[tuple[int, str, int, float | None, float | None]] = []

    def walk(items: list, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                entries.append((depth, item.title, reader.get_destination_page_number(item), item.get("/Left"),
                                item.get("/Top")))

    walk(reader.outline, 0)
    if sum(depth == 0 for depth, *_ in entries) == 1:
        entries = [entries[0]] + [(depth - 1, *rest) for depth, *rest in entries[1:]]
    return entries


def _first_line(err: Exception) -> str:
    return (str(err).strip().splitlines() or ["unknown error"])[0]
