"""What the browser tests share: finding Chromium, one sample build per session, a watched page.

Locally, a machine without Chromium skips the browser tests with a reason
naming the install command; under ``CI=true`` a missing Chromium fails them,
so CI can never pass without running them.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from lakip_lib.cli import main
from lakip_lib.presentation.pdf import CHROMIUM_ARGS, PdfUnavailableError, find_chromium

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw"

_builds: dict[Path, Path] = {}
_acknowledged: dict[Path, tuple[int, str, Path]] = {}

#: the agency's explanations of the sample's two errors (Tabel 3.7), as lakip.yml would give them
ACKNOWLEDGEMENTS = [
    {"check": "sum_mismatch", "location": "anggaran.xlsx:Realisasi!row 14",
     "explanation": "angka realisasi sesuai SP2D; tabel laporan lama salah ketik"},
    {"check": "over_budget", "location": "anggaran.xlsx:Realisasi!row 16",
     "explanation": "kelebihan realisasi dibayar dari pergeseran anggaran yang disahkan"},
]


def on_ci() -> bool:
    """True when the ``CI`` environment variable says so (``CI=true``, as ``.ci/run`` is run).

    Example:
        >>> isinstance(on_ci(), bool)
        True
    """
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def chromium_or_skip() -> Path:
    """The Chromium to drive; without one, skip the calling test locally and fail it under ``CI=true``.

    Example:
        >>> chromium_or_skip()  # doctest: +SKIP
        PosixPath('/usr/bin/chromium')
    """
    try:
        return find_chromium()
    except PdfUnavailableError as err:
        if on_ci():
            pytest.fail(f"CI=true but the browser tests cannot run: {err}", pytrace=False)
        pytest.skip(f"browser tests not run: {err}")


def launch(playwright, chromium: Path):
    """A headless, offline Chromium started by ``playwright`` (a ``sync_playwright()`` object).

    Example:
        >>> with sync_playwright() as p:  # doctest: +SKIP
        ...     browser = launch(p, chromium_or_skip())
    """
    return playwright.chromium.launch(executable_path=str(chromium), args=list(CHROMIUM_ARGS))


@contextlib.contextmanager
def browser_session():
    """A headless, offline Chromium for a module's tests (skipped with the reason when there is none), closed after.

    Example:
        >>> with browser_session() as browser:  # doctest: +SKIP
        ...     page = browser.new_page()
    """
    from playwright.sync_api import sync_playwright

    chromium = chromium_or_skip()
    with sync_playwright() as playwright:
        browser = launch(playwright, chromium)
        yield browser
        browser.close()


def sample_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``lakip build --year 2024 --pdf --docx`` of the bundled sample, run once per test session; the year's folder.

    Shared by the browser, PDF and Word tests (``test_docx.py`` needs no Chromium: without one the PDF is skipped).

    Example:
        >>> (sample_build(tmp_path_factory) / "lakip-2024.pdf").is_file()  # doctest: +SKIP
        True
    """
    key = tmp_path_factory.getbasetemp()
    if key not in _builds:
        out = tmp_path_factory.mktemp("sample-build")
        status = main(["build", "--year", "2024", "--data", str(SAMPLE), "--out", str(out), "--pdf", "--docx"])
        assert status == 0, "lakip build --year 2024 --pdf --docx failed (its message is in the captured stderr)"
        _builds[key] = out / "2024"
    return _builds[key]


def acknowledged_data(folder: Path, acknowledgements: list[dict[str, str]]) -> Path:
    """A copy of the sample at ``folder`` whose ``lakip.yml`` explains ``acknowledgements`` under ``years: 2024``."""
    shutil.copytree(SAMPLE, folder, ignore=shutil.ignore_patterns("README.md"))
    project = yaml.safe_load((folder / "lakip.yml").read_text(encoding="utf-8"))
    project["years"] = {2024: {"acknowledgements": acknowledgements}}
    (folder / "lakip.yml").write_text(yaml.safe_dump(project, allow_unicode=True), encoding="utf-8")
    return folder


def acknowledged_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, Path]:
    """``lakip build --year 2024 --final --pdf --docx`` of a copy of the sample whose two errors are explained in
    ``lakip.yml``, once per session: its exit status, what it printed and the year's folder.

    Example:
        >>> status, printed, year = acknowledged_build(tmp_path_factory)  # doctest: +SKIP
    """
    key = tmp_path_factory.getbasetemp()
    if key not in _acknowledged:
        root = tmp_path_factory.mktemp("acknowledged")
        data = acknowledged_data(root / "raw", ACKNOWLEDGEMENTS)
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            status = main(["build", "--year", "2024", "--final", "--data", str(data), "--out", str(root / "out"), "--pdf", "--docx"])
        _acknowledged[key] = status, printed.getvalue(), root / "out" / "2024"
    return _acknowledged[key]


@dataclass
class Watched:
    """A page with everything it did recorded: requests, console messages, page errors, dialogs."""

    page: object
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def open_watched(context, url: str) -> Watched:
    """Open ``url`` in a new page of ``context`` with every request, error and dialog recorded.

    Dialogs are recorded and dismissed, so a page that calls ``alert`` cannot hang the test.

    Example:
        >>> watched = open_watched(browser.new_context(), report.as_uri())  # doctest: +SKIP
        >>> watched.requests == [report.as_uri()]  # doctest: +SKIP
        True
    """
    page = context.new_page()
    watched = Watched(page)
    page.on("request", lambda request: watched.requests.append(request.url))
    page.on("console", lambda message: watched.console_errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: watched.page_errors.append(str(error)))
    page.on("dialog", lambda dialog: (watched.dialogs.append(f"{dialog.type}: {dialog.message}"), dialog.dismiss()))
    page.goto(url, wait_until="load")
    return watched
