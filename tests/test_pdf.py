"""The PDF report: ``lakip build --pdf`` prints the HTML with headless Chromium.

The sample build is shared with ``test_browser.py`` (one per session). Tests
that need Chromium are skipped locally without it and fail under ``CI=true``;
the tests of the missing-Chromium errors run everywhere.
"""

from __future__ import annotations

import http.server
import re
import threading
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from browser_support import acknowledged_build, chromium_or_skip, sample_build
from lakip_lib.errors import BuildError, LakipError
from lakip_lib.presentation.pdf import CHROMIUM_ENV, PdfUnavailableError, find_chromium, write_pdf

A4 = (595.28, 841.89)
CHAPTERS = ("BAB I ", "BAB II ", "BAB III ", "BAB IV ")
FOOTER = re.compile(r"^(\d+) / (\d+)$")
DRAFT = "DRAFT — belum final"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    chromium_or_skip()
    return sample_build(tmp_path_factory)


@pytest.fixture(scope="module")
def pages(built) -> list[str]:
    """Each page's text, whitespace collapsed, without its page number ("3 / 17") and the draft mark of its top margin;
    the font's ligatures as their letters ("Kualiﬁkasi" is "Kualifikasi")."""
    return [" ".join(line.strip() for line in page.extract_text().replace("\ufb01", "fi").replace("\ufb02", "fl").splitlines()
                     if line.strip() and not FOOTER.match(line.strip()) and line.strip() != DRAFT)
            for page in PdfReader(built / "lakip-2024.pdf").pages]


@pytest.mark.browser
def test_every_page_of_the_samples_draft_says_so_in_its_top_margin(built):
    """The sample keeps the reference's two errors unexplained: each page of its PDF is marked, the cover has the band."""
    texts = [page.extract_text() for page in PdfReader(built / "lakip-2024.pdf").pages]
    assert all(DRAFT in [line.strip() for line in text.splitlines()] for text in texts)
    assert "2 kesalahan data belum diperbaiki atau dijelaskan" in " ".join(texts[0].split())  # "final" prints with a ligature


@pytest.mark.browser
def test_a_report_whose_errors_are_explained_has_no_draft_mark(tmp_path_factory):
    chromium_or_skip()
    status, _, year = acknowledged_build(tmp_path_factory)
    assert status == 0
    texts = [page.extract_text() for page in PdfReader(year / "lakip-2024.pdf").pages]
    assert len(texts) >= 8 and not any("DRAFT" in text for text in texts)
    assert "Penjelasan instansi: angka realisasi sesuai SP2D" in " ".join(" ".join(text.split()) for text in texts)


@pytest.mark.browser
def test_pdf_is_a4_with_a_sensible_page_count(built):
    reader = PdfReader(built / "lakip-2024.pdf")
    assert 8 <= len(reader.pages) <= 60
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(A4[0], abs=2)
        assert float(page.mediabox.height) == pytest.approx(A4[1], abs=2)


@pytest.mark.browser
def test_pdf_holds_the_report_numbers(built, pages):
    text = " ".join(pages)
    assert "13.201.715.554" in text
    assert "98,56" in text
    html = BeautifulSoup((built / "lakip-2024.html").read_text(encoding="utf-8"), "html.parser")
    caption = " ".join(html.select_one("#tabel-3-7 figcaption").get_text().split())  # the reference's Tabel 3.7
    assert caption.endswith(" Anggaran dan Realisasi Belanja Program Kepegawaian Daerah Tahun 2024") and caption in text


@pytest.mark.browser
def test_every_page_is_numbered_n_of_total(built):
    reader = PdfReader(built / "lakip-2024.pdf")
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert f"{number} / {total}" in page.extract_text().splitlines(), number


@pytest.mark.browser
def test_each_chapter_starts_a_page(pages):
    tops = [page[:40] for page in pages]
    for chapter in CHAPTERS:
        assert any(top.startswith(chapter) for top in tops), (chapter, tops)
    assert any(top.startswith("Lampiran") for top in tops)


@pytest.mark.browser
def test_no_table_is_cut_across_pages(built, pages):
    """Every table of the HTML is on one page: its caption and its distinctive cells share a page."""
    html = BeautifulSoup((built / "lakip-2024.html").read_text(encoding="utf-8"), "html.parser")
    first_chapter = next(i for i, page in enumerate(pages) if page.startswith("BAB I "))  # skip the contents
    body = pages[first_chapter:]
    everything = " ".join(body)
    checked = 0
    for figure in html.select("figure.table"):
        caption = " ".join(figure.figcaption.get_text().split())
        on = [i for i, page in enumerate(body) if caption in page]
        assert len(on) == 1, (caption, on)
        # cells that appear nowhere else in the report tell where each part of the table went
        cells = {td.get_text().strip() for td in figure.select("td")}
        distinctive = [c for c in cells if len(c) >= 4 and " " not in c and everything.count(c) == 1]
        elsewhere = [c for c in distinctive if c not in body[on[0]]]
        assert elsewhere == [], f"{caption}: {elsewhere} are on another page than the caption"
        checked += bool(distinctive)
    assert checked >= 10, "too few tables with distinctive cells to tell whether they are whole"


@pytest.mark.browser
def test_printing_fetches_nothing(tmp_path):
    chromium_or_skip()
    hits = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the http.server name)
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    page = tmp_path / "page.html"
    page.write_text(f'<!DOCTYPE html><html><head><link rel="stylesheet" href="{base}/style.css"></head><body>'
                    f'<p>Halaman uji</p><img src="{base}/image.png" alt="x"><iframe src="{base}/frame"></iframe>'
                    f'<script>fetch("{base}/script")</script></body></html>', encoding="utf-8")
    try:
        pdf = write_pdf(page, tmp_path / "page.pdf")
    finally:
        server.shutdown()
        server.server_close()
    assert hits == []
    assert "Halaman uji" in PdfReader(pdf).pages[0].extract_text()


def test_missing_chromium_is_a_clear_error(monkeypatch, tmp_path):
    html = tmp_path / "r.html"
    html.write_text("<p>x</p>", encoding="utf-8")
    monkeypatch.delenv(CHROMIUM_ENV, raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PdfUnavailableError, match="apt-get install chromium") as caught:
        write_pdf(html, tmp_path / "r.pdf")
    assert isinstance(caught.value, LakipError)
    assert not (tmp_path / "r.pdf").exists()


def test_lakip_chromium_must_name_an_executable(monkeypatch, tmp_path):
    monkeypatch.setenv(CHROMIUM_ENV, str(tmp_path / "no-such-chromium"))
    with pytest.raises(PdfUnavailableError, match=f"{CHROMIUM_ENV}=.*no-such-chromium"):
        find_chromium()
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv(CHROMIUM_ENV, str(fake))
    assert find_chromium() == fake


def test_a_chromium_that_does_not_start_is_a_clear_error(monkeypatch, tmp_path):
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\necho 'cannot open display' >&2\nexit 1\n", encoding="utf-8")
    fake.chmod(0o755)
    html = tmp_path / "r.html"
    html.write_text("<p>x</p>", encoding="utf-8")
    monkeypatch.setenv(CHROMIUM_ENV, str(fake))
    with pytest.raises(PdfUnavailableError, match="does not start"):
        write_pdf(html, tmp_path / "r.pdf")


def test_missing_html_is_a_build_error(tmp_path):
    with pytest.raises(BuildError, match="does not exist"):
        write_pdf(tmp_path / "missing.html", tmp_path / "r.pdf")
