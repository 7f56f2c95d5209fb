"""Printing the HTML report to PDF with headless Chromium.

The report's own stylesheet does the layout: A4 pages (``@page``), page
numbers "n / total" in the bottom margin (CSS page-margin boxes, which
Chromium renders since version 131), every chapter on a new page, and no
table or figure split across pages when it fits on one. Chromium prints the
page exactly as a browser shows it, so the PDF and the HTML cannot disagree.

The browser runs with JavaScript disabled and every request other than the
report file itself is aborted (``data:`` images are inline and never leave
the file): printing fetches nothing.

Chromium is found as ``$LAKIP_CHROMIUM`` when set, else ``chromium`` or
``chromium-browser`` on the ``PATH`` (Debian/Ubuntu: ``apt-get install
chromium``). Playwright's own browser download is not needed.
"""

from __future__ import annotations

import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..errors import BuildError, LakipError

#: flags for a headless Chromium that stays offline (no update checks, no Google services) and runs as root
CHROMIUM_ARGS = ("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run")
#: the environment variable naming the Chromium (or Chrome) executable to use
CHROMIUM_ENV = "LAKIP_CHROMIUM"
_NAMES = ("chromium", "chromium-browser")
_INSTALL = "install Chromium (Debian/Ubuntu: apt-get install chromium) or set LAKIP_CHROMIUM to its executable"


class PdfUnavailableError(LakipError):
    """No usable Chromium: the PDF cannot be printed, the HTML report is unaffected."""


def find_chromium() -> Path:
    """The Chromium executable to print with: ``$LAKIP_CHROMIUM``, else ``chromium`` on the ``PATH``.

    Raises :class:`PdfUnavailableError` when there is none.

    Example:
        >>> find_chromium()  # doctest: +SKIP
        PosixPath('/usr/bin/chromium')
    """
    configured = os.environ.get(CHROMIUM_ENV)
    if configured:
        path = Path(configured)
        if not (path.is_file() and os.access(path, os.X_OK)):
            raise PdfUnavailableError(f"{CHROMIUM_ENV}={configured} is not an executable file: {_INSTALL}")
        return path
    for name in _NAMES:
        found = shutil.which(name)
        if found:
            return Path(found)
    raise PdfUnavailableError(f"cannot print the PDF: no Chromium found ({' or '.join(_NAMES)} on the PATH): {_INSTALL}")


def write_pdf(html_path: str | Path, pdf_path: str | Path) -> Path:
    """Print the report ``html_path`` to an A4 PDF at ``pdf_path`` with headless Chromium; return ``pdf_path``.

    Raises :class:`PdfUnavailableError` when Chromium is missing or does not
    start, and :class:`~lakip_lib.errors.BuildError` when the page cannot be
    printed.

    Example:
        >>> write_pdf("outputs/2024/lakip-2024.html", "outputs/2024/lakip-2024.pdf")  # doctest: +SKIP
        PosixPath('outputs/2024/lakip-2024.pdf')
    """
    html_path, pdf_path = Path(html_path), Path(pdf_path)
    if not html_path.is_file():
        raise BuildError(f"cannot print {html_path} to PDF: the file does not exist")
    executable = find_chromium()
    # Playwright's sync API refuses to run in a thread with an asyncio loop (Jupyter, another
    # Playwright session): a thread of its own makes write_pdf callable from anywhere.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(_print, executable, html_path, pdf_path).result()
    return pdf_path


def _print(executable: Path, html_path: Path, pdf_path: Path) -> None:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    url = html_path.resolve().as_uri()
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=str(executable), args=list(CHROMIUM_ARGS))
        except PlaywrightError as err:
            raise PdfUnavailableError(f"Chromium at {executable} does not start ({_first_line(err)}): {_INSTALL}") from None
        try:
            page = browser.new_context(java_script_enabled=False).new_page()
            page.route("**/*", lambda route: route.continue_() if route.request.url == url else route.abort())
            page.goto(url, wait_until="load")
            page.pdf(path=str(pdf_path), format="A4", print_background=True, prefer_css_page_size=True)
        except PlaywrightError as err:
            raise BuildError(f"printing {html_path.name} to PDF failed: {_first_line(err)}") from None
        finally:
            browser.close()


def _first_line(err: Exception) -> str:
    return (str(err).strip().splitlines() or ["unknown error"])[0]
