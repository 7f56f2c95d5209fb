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
from lakip_lib.presentation.html import report_page
from lakip_lib.presentation.pdf import (CHROMIUM_ENV, PdfUnavailableError, destination_pages, find_chromium,
                                        report_metadata, write_pdf)

A4 = (595.28, 841.89)
#: the page box the text is printed in (lakip.css: @page margin 18mm 16mm 20mm), in points from the bottom
TEXT_TOP, TEXT_BOTTOM = A4[1] - 18 / 25.4 * 72, 20 / 25.4 * 72
#: a table cell that holds a number, with its unit: "88,30%", "Rp 3.875.550.000", "+1,70 poin persen", "4 aplikasi"
NUMBER = re.compile(r"^[-+−]?(Rp\s)?\d[\d.]*(,\d+)?(\s?%|\s\w+(\s\w+)?)?$")
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


@pytest.fixture(scope="module")
def html(built) -> BeautifulSoup:
    return BeautifulSoup((built / "lakip-2024.html").read_text(encoding="utf-8"), "html.parser")


def _text(element) -> str:
    return " ".join(element.get_text().split())


def _page_starts(html: BeautifulSoup) -> dict[str, str]:
    """What starts a page of its own (a chapter, the contents), by its title: chapter or contents."""
    starts = {_text(section.h2): "chapter" for section in html.select("section.chapter")}
    starts.update({_text(nav.find(["h2", "h3"])): "contents" for nav in html.select("nav")})
    return starts


def _fill(page) -> float:
    """How much of the page's text box is used: from its top down to its lowest line of text (a chart's caption
    is below it), the running marks of the margins left out."""
    lows = []

    def visit(text, cm, tm, font, size):
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and TEXT_BOTTOM < y < TEXT_TOP:
            lows.append(y)

    page.extract_text(visitor_text=visit)
    return (TEXT_TOP - min(lows, default=TEXT_TOP)) / (TEXT_TOP - TEXT_BOTTOM)


@pytest.mark.browser
def test_the_cover_is_alone_on_the_first_page(built, html, pages, tmp_path_factory):
    cover = [_text(element) for element in html.select("#sampul .kicker, #sampul h1, #sampul .year")]
    assert len(cover) == 3 and "Tahun 2024" in cover
    first = pages[0].casefold()  # the kicker prints in capitals
    assert all(text.casefold() in first for text in cover)
    following = html.select_one("#sampul").find_next_sibling(lambda tag: tag.name != "div" or "draft-band" not in tag.get("class", []))
    assert pages[1].startswith(_text(following.find(["h2", "h3"])))
    # of the report's text, the first page holds the cover and the draft band alone: without the band, only the cover
    status, _, year = acknowledged_build(tmp_path_factory)
    assert status == 0
    final_first = " ".join(line for line in PdfReader(year / "lakip-2024.pdf").pages[0].extract_text().splitlines()
                           if not FOOTER.match(line.strip()))
    rest = " ".join(final_first.split()).casefold()
    for text in cover:
        assert text.casefold() in rest
        rest = rest.replace(text.casefold(), "")
    assert rest.strip() == ""


@pytest.mark.browser
def test_the_contents_give_the_page_each_entry_is_on(built, html, pages):
    targets = destination_pages(built / "lakip-2024.pdf")
    links = [(_text(a), a["href"][1:]) for a in html.select("nav a[href^='#']")]
    assert len(links) >= 20 and all(target in targets for _, target in links)
    starts, block, contents = _page_starts(html), None, []
    for text in pages:
        block = next((kind for title, kind in starts.items() if text.startswith(title)), block)
        contents += [text] if block == "contents" else []
    # spaces aside: a long entry wraps onto a second line, at a space or after a dash
    listed = "".join("".join(contents).split())
    for entry, target in links:
        number = targets[target]
        assert re.search(re.escape("".join(entry.split()) + str(number)) + r"(?!\d)", listed), (entry, number)
        assert entry in pages[number - 1], f"{entry} is not on page {number}"


@pytest.mark.browser
def test_bookmarks_list_each_chapter_at_its_page_and_its_sections_below_it(built, html):
    reader = PdfReader(built / "lakip-2024.pdf")
    outline, targets = reader.outline, destination_pages(built / "lakip-2024.pdf")
    tops = {item.title: (index, reader.get_destination_page_number(item) + 1)
            for index, item in enumerate(outline) if not isinstance(item, list)}
    assert next(iter(tops)) == _text(html.select_one("#sampul h1"))
    chapters = html.select("section.chapter")
    assert len(chapters) >= 6
    for chapter in chapters:
        title = _text(chapter.h2)
        assert title in tops and tops[title][1] == targets[chapter["id"]], title
        below = outline[tops[title][0] + 1]
        sections = [_text(h3) for h3 in chapter.find_all("h3")]
        assert [item.title for item in below if not isinstance(item, list)] == sections, title


@pytest.mark.browser
def test_pdf_metadata_names_the_report_the_agency_and_the_language(built, html):
    reader = PdfReader(built / "lakip-2024.pdf")
    agency = _text(html.select_one("#sampul h1"))
    assert reader.metadata.title == f"Laporan Kinerja Instansi Pemerintah {agency} Tahun 2024"
    assert reader.metadata.author == agency
    assert "LAKIP" in reader.metadata.subject and "2024" in reader.metadata.subject
    assert reader.trailer["/Root"]["/Lang"] == "id"
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]


@pytest.mark.browser
def test_no_page_is_mostly_empty_but_the_end_of_a_chapter(built, html, pages):
    """A page under 40 % full is only the cover, the last page, or one whose next page starts a chapter or the
    contents: keep-together rules push nothing big to the next page (long tables break between rows)."""
    reader = PdfReader(built / "lakip-2024.pdf")
    starts = _page_starts(html)
    ends = {0, len(pages) - 1} | {index for index in range(len(pages) - 1)
                                  if any(pages[index + 1].startswith(title) for title in starts)}
    fills = {index + 1: round(_fill(page), 2) for index, page in enumerate(reader.pages) if index not in ends}
    assert len(fills) >= 15
    assert {page: fill for page, fill in fills.items() if fill < 0.4} == {}


@pytest.mark.browser
def test_a_tall_chart_is_printed_small_enough_never_to_leave_a_mostly_empty_page(tmp_path):
    """A budget of 16 kegiatan is a chart taller than the page's text box at its width: kept whole, it would go to the
    next page and leave a page a quarter full behind it. Bounded in height for print, it fits under the text."""
    chromium_or_skip()
    import pandas as pd

    from lakip_lib.presentation.charts import chart_budget, figure_svg

    kegiatan = [(f"1.{n}", f"Kegiatan Penunjang Urusan Pemerintahan Daerah Nomor {n}", "kegiatan", 500_000_000, 480_000_000)
                for n in range(1, 17)]
    frame = pd.DataFrame([("1", "Program Penunjang", "program", 8_000_000_000, 7_680_000_000), *kegiatan],
                         columns=["code", "name", "level", "budget", "realised"])
    fig = chart_budget(frame.assign(absorption_pct=frame["realised"] / frame["budget"] * 100))
    across, down = fig.get_size_inches()
    assert down / across * 36 * 10.5 / 72 * 25.4 > 259  # as wide as the report prints it (36rem), taller than the page
    text = "".join(f"<p>Paragraf {n} tentang realisasi anggaran tahun ini.</p>" for n in range(8))
    body = f'{text}<figure class="chart" id="gambar-uji">{figure_svg(fig, "uji")}<figcaption>Gambar uji</figcaption></figure>'
    page = tmp_path / "grafik.html"
    page.write_text(report_page(body, 2024), encoding="utf-8")
    reader = PdfReader(write_pdf(page, tmp_path / "grafik.pdf"))
    assert len(reader.pages) == 1 and "Gambar uji" in reader.pages[0].extract_text()


@pytest.mark.browser
def test_no_number_is_split_over_two_lines(built, html):
    values = {_text(td) for td in html.select("td")}
    numbers = [value for value in values if NUMBER.match(value)]
    assert len(numbers) >= 100 and any(" " in value for value in numbers)
    lines = [" ".join(line.split()) for page in PdfReader(built / "lakip-2024.pdf").pages
             for line in page.extract_text().splitlines()]
    assert [value for value in numbers if not any(value in line for line in lines)] == []


@pytest.mark.browser
def test_numbers_stay_on_one_line_in_a_crowded_table(tmp_path):
    """Six columns of rupiah beside a long text: the text wraps, the numbers do not (td.num never wraps)."""
    chromium_or_skip()
    amounts = ["Rp 13.201.715.554", "Rp 3.875.550.000", "Rp 176.923.928", "103,91 %", "+1,70 poin persen"]
    cells = "".join(f'<td class="num">{amount}</td>' for amount in amounts)
    rows = "".join(f"<tr><td class=\"wide\">{'Program Penunjang Urusan Pemerintahan Daerah Provinsi ' * 2}</td>{cells}</tr>"
                   for _ in range(3))
    head = "".join(f'<th scope="col" class="num">Kolom {n}</th>' for n in range(len(amounts)))
    body = (f'<figure class="table"><figcaption>Tabel uji</figcaption><div class="scroll"><table><thead><tr>'
            f'<th scope="col">Uraian</th>{head}</tr></thead><tbody>{rows}</tbody></table></div></figure>')
    page = tmp_path / "tabel.html"
    page.write_text(report_page(body, 2024), encoding="utf-8")
    lines = [" ".join(line.split()) for line in PdfReader(write_pdf(page, tmp_path / "tabel.pdf")).pages[0].extract_text().splitlines()]
    assert [amount for amount in amounts if sum(amount in line for line in lines) != 3] == []


@pytest.mark.browser
def test_a_logo_in_lakip_yml_is_on_the_cover_embedded(tmp_path):
    chromium_or_skip()
    from PIL import Image

    from lakip_lib.presentation.report import build_report
    from corpus import sample_copy

    data = sample_copy(tmp_path / "raw")
    Image.new("RGB", (120, 120), (0, 114, 178)).save(data / "logo.png", "PNG")
    settings = (data / "lakip.yml").read_text(encoding="utf-8")
    (data / "lakip.yml").write_text(settings.replace('  region: "Provinsi Bengkulu"\n',
                                                     '  region: "Provinsi Bengkulu"\n  logo: "logo.png"\n'), encoding="utf-8")
    report = build_report(data, 2024)
    body = report.html()
    assert '<img class="logo" src="data:image/png;base64,' in body
    page = tmp_path / "lakip-2024.html"
    page.write_text(report_page(body, 2024), encoding="utf-8")
    reader = PdfReader(write_pdf(page, tmp_path / "lakip-2024.pdf", report_metadata(report.data.project.agency, 2024)))
    images = [len(page.images) for page in reader.pages[:2]]
    assert images[0] == 1 and images[1] == 0  # the logo, on the cover alone
    assert reader.metadata.author == "Badan Kepegawaian Daerah Provinsi Bengkulu"


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
def test_every_page_but_the_cover_is_numbered_n_of_total(built):
    reader = PdfReader(built / "lakip-2024.pdf")
    total = len(reader.pages)
    assert not any(FOOTER.match(line.strip()) for line in reader.pages[0].extract_text().splitlines())  # the cover
    for number, page in enumerate(reader.pages[1:], start=2):
        assert f"{number} / {total}" in page.extract_text().splitlines(), number


@pytest.mark.browser
def test_each_chapter_starts_a_page(pages):
    tops = [page[:40] for page in pages]
    for chapter in CHAPTERS:
        assert any(top.startswith(chapter) for top in tops), (chapter, tops)
    assert any(top.startswith("Lampiran") for top in tops)


@pytest.mark.browser
def test_a_short_table_is_on_one_page_and_a_long_one_starts_with_its_caption(built, pages):
    """A table of up to 12 rows is whole on one page: its caption and its distinctive cells share a page. A longer
    one breaks between rows (keeping it whole left most of a page empty): its first row is on its caption's page."""
    html = BeautifulSoup((built / "lakip-2024.html").read_text(encoding="utf-8"), "html.parser")
    first_chapter = next(i for i, page in enumerate(pages) if page.startswith("BAB I "))  # skip the contents
    body = pages[first_chapter:]
    everything = " ".join(body)
    checked = broken = 0
    for figure in html.select("figure.table"):
        caption = " ".join(figure.figcaption.get_text().split())
        on = [i for i, page in enumerate(body) if caption in page]
        assert len(on) == 1, (caption, on)
        rows = figure.select("tbody tr")
        # cells that appear nowhere else in the report tell where each part of the table went
        long = len(rows) > 12
        cells = {" ".join(td.get_text().split()) for td in (rows[0].select("td") if long else figure.select("td"))}
        distinctive = [c for c in cells if len(c) >= 4 and (long or " " not in c) and everything.count(c) == 1]
        elsewhere = [c for c in distinctive if c not in body[on[0]]]
        assert elsewhere == [], f"{caption}: {elsewhere} are on another page than the caption"
        checked += bool(distinctive)
        broken += long and bool(distinctive)
    assert checked >= 10, "too few tables with distinctive cells to tell whether they are whole"
    assert broken >= 1, "no long table: the rule for those is not exercised"


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
