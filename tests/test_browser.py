"""The HTML report in a real browser (headless Chromium through Playwright).

One sample build per session (shared with ``test_pdf.py``), one browser per
module. Without Chromium these tests are skipped locally and fail under
``CI=true`` (see ``browser_support``). Screenshots for review are written to
the pytest temporary folder; ``pytest tests/test_browser.py -rP`` prints it.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import openpyxl
import pytest
import yaml
from PIL import Image
from playwright.sync_api import sync_playwright

from browser_support import SAMPLE, chromium_or_skip, launch, open_watched, sample_build
from lakip_lib.cli import main

pytestmark = [pytest.mark.browser, pytest.mark.slow]

AGENCY = "Badan Kepegawaian Daerah Provinsi Bengkulu"
#: every numbered table and figure of the reference LAKIP 2024, with its title
NUMBERED = {
    "Tabel 1.1": f"Jumlah Pegawai {AGENCY} Tahun 2024",
    "Tabel 1.2": f"Jumlah Pegawai {AGENCY} Berdasarkan Jabatan Tahun 2024",
    "Tabel 1.3": f"Jumlah Pegawai {AGENCY} Berdasarkan Jenis Kelamin Tahun 2024",
    "Tabel 1.4": f"Jumlah Pegawai {AGENCY} Berdasarkan Golongan Tahun 2024",
    "Tabel 1.5": f"Sarana {AGENCY} Tahun 2024",
    "Tabel 1.6": f"Prasarana {AGENCY} Tahun 2024",
    "Tabel 3.1": "Indikator Kinerja Tujuan 1: Meningkatnya Profesionalisme Aparatur Pemerintahan Tahun 2024",
    "Tabel 3.2": "Indikator Kinerja Sasaran 1.1: Meningkatnya Kinerja Kepegawaian Daerah Tahun 2024",
    "Tabel 3.3": "Indikator Kinerja Sasaran 1.2: Meningkatnya Kinerja dan Tingkat Kedisiplinan ASN Tahun 2024",
    "Tabel 3.4": "Indikator Kinerja Tujuan 2: Meningkatnya Tata Kelola BKD Tahun 2024",
    "Tabel 3.5": f"Kegiatan Prioritas OPD Tahun 2024 {AGENCY}",
    "Tabel 3.6": "Anggaran dan Realisasi Belanja Program Penunjang Urusan Pemerintahan Daerah Provinsi Tahun 2024",
    "Tabel 3.7": "Anggaran dan Realisasi Belanja Program Kepegawaian Daerah Tahun 2024",
    "Gambar 1.2": f"Jumlah Pegawai {AGENCY} Berdasarkan Jabatan Tahun 2024",
    "Gambar 1.3": f"Jumlah Pegawai {AGENCY} Berdasarkan Jenis Kelamin Tahun 2024",
    "Gambar 1.4": f"Jumlah Pegawai {AGENCY} Berdasarkan Golongan Tahun 2024",
}
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
def chromium() -> Path:
    return chromium_or_skip()


@pytest.fixture(scope="module")
def report(chromium, tmp_path_factory) -> Path:
    return sample_build(tmp_path_factory) / "lakip-2024.html"


@pytest.fixture(scope="module")
def browser(chromium):
    with sync_playwright() as playwright:
        browser = launch(playwright, chromium)
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport=DESKTOP)
    yield context
    context.close()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


def test_report_loads_without_errors_and_fetches_nothing(context, report):
    watched = open_watched(context, report.as_uri())
    page = watched.page
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # lazy content, if any, would load now
    page.wait_for_load_state("networkidle")
    assert watched.console_errors == []
    assert watched.page_errors == []
    # the page itself and nothing else; data: images are inline (Chromium does not even report them)
    assert [url for url in watched.requests if not url.startswith("data:")] == [report.as_uri()]
    assert page.title() == "LAKIP 2024"
    assert page.locator("script").count() == 0
    assert "default-src 'none'" in page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    srcs = page.eval_on_selector_all("img", "imgs => imgs.map(i => i.getAttribute('src'))")
    assert srcs and all(src.startswith("data:image/") for src in srcs)


def test_every_reference_table_and_figure_is_visible_with_number_and_title(context, report):
    page = open_watched(context, report.as_uri()).page
    for number, title in NUMBERED.items():
        figure = page.locator("main figure").filter(has=page.locator("figcaption .number", has_text=re.compile(rf"^{re.escape(number)}$")))
        assert figure.count() == 1, number
        caption = figure.locator("figcaption")
        caption.scroll_into_view_if_needed()
        assert caption.is_visible(), number
        assert " ".join(caption.inner_text().split()) == f"{number} {title}"
        if number.startswith("Tabel"):
            assert figure.locator("tbody tr").count() >= 1, number
            assert figure.locator("table").is_visible(), number
        else:
            image = figure.locator("img")
            assert image.is_visible(), number
            assert image.evaluate("img => img.complete && img.naturalWidth > 100"), number
    row = page.locator("#tabel-3-7 tr", has_text="Mutasi dan Promosi ASN")
    assert [" ".join(c.split()) for c in row.locator("td").all_inner_texts()][2:4] == ["860.000.000", "893.618.832"]


def test_every_image_has_alt_text(context, report):
    page = open_watched(context, report.as_uri()).page
    alts = page.eval_on_selector_all("img", "imgs => imgs.map(i => i.getAttribute('alt'))")
    assert len(alts) >= 3
    assert all(alt and alt.strip() for alt in alts), alts


def test_contents_links_jump_to_their_sections(context, report):
    page = open_watched(context, report.as_uri()).page
    links = page.locator("nav.toc a")
    hrefs = links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert {"#bab-1", "#bab-2", "#bab-3", "#bab-4", "#lampiran"} <= set(hrefs)
    assert len(hrefs) >= 5 + len(NUMBERED)  # the chapters, then every numbered table and figure
    for i, href in enumerate(hrefs):
        page.evaluate("window.scrollTo(0, 0)")
        links.nth(i).click()
        page.wait_for_function("href => location.hash === href", arg=href)
        target_id, top, at_bottom = page.evaluate("""() => {
            const target = document.querySelector(':target');
            const bottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
            return [target && target.id, target && target.getBoundingClientRect().top, bottom];
        }""")
        assert target_id == href[1:], href
        assert abs(top) <= 2 or (at_bottom and 0 <= top < page.viewport_size["height"]), (href, top)


def test_nothing_overflows_a_phone_screen_except_inside_its_scroll_box(browser, report):
    context = browser.new_context(viewport=PHONE, device_scale_factor=1)
    page = open_watched(context, report.as_uri()).page
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the page is {width} px wide on a {PHONE['width']} px screen"
    problems = page.evaluate("""() => {
        const vw = document.documentElement.clientWidth, out = [];
        for (const el of document.querySelectorAll('main table, main figure, main img, main .scroll')) {
            const box = el.closest('.scroll');
            const r = el.getBoundingClientRect();
            const name = el.tagName + (el.id ? '#' + el.id : '') + (el.closest('figure') ? ' in ' + el.closest('figure').id : '');
            if (box && box !== el) {
                const b = box.getBoundingClientRect();
                if (b.left < 0 || b.right > vw + 0.5) out.push(name + ': its scroll box is wider than the screen');
                if (!['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) out.push(name + ': its box does not scroll');
            } else if (r.left < 0 || r.right > vw + 0.5) {
                out.push(name + ': ' + Math.round(r.right) + ' px wide, no scroll box');
            }
        }
        for (const box of document.querySelectorAll('main .scroll')) {
            if (box.scrollWidth > box.clientWidth) {
                const label = document.getElementById(box.getAttribute('aria-labelledby'));
                if (box.tabIndex !== 0 || !label || !label.textContent.trim()) out.push('a scrolling box without focus or name: ' + box.innerText.slice(0, 40));
            }
        }
        return out;
    }""")
    context.close()
    assert problems == []


def test_screenshots_for_review(browser, report, screenshots):
    """The first screen and Tabel 3.7 on a phone and a desktop, saved for a person to look at."""
    for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        context = browser.new_context(viewport=viewport)
        page = open_watched(context, report.as_uri()).page
        page.screenshot(path=screenshots / f"{name}-first-screen.png")
        page.locator("#tabel-3-7").screenshot(path=screenshots / f"{name}-tabel-3-7.png")
        context.close()
        first = Image.open(screenshots / f"{name}-first-screen.png").convert("L")
        table = Image.open(screenshots / f"{name}-tabel-3-7.png").convert("L")
        assert first.size == (viewport["width"], viewport["height"]), name
        assert table.size[0] <= viewport["width"] and table.size[1] > 150, (name, table.size)
        for image in (first, table):
            darkest, lightest = image.getextrema()
            assert darkest < 100 and lightest == 255, f"{name}: a blank screenshot"
    print(f"\nscreenshots for review: {screenshots}")


# ------------------------------------------------------------------ hostile input

SCRIPT = "<script>window.__pwned = 1; alert(1)</script>"
IMAGE = "<img src=x onerror=\"window.__pwned = 2; alert(2)\">"
TEMPLATE = "{{ 7*7 }}"
PAYLOAD = f"{SCRIPT} {IMAGE} {TEMPLATE}"


@pytest.fixture(scope="module")
def hostile_report(chromium, tmp_path_factory) -> Path:
    """The 2024 sample with HTML, script and template text in indicator and unit names, the agency name and the narrative."""
    data = tmp_path_factory.mktemp("hostile") / "raw"
    shutil.copytree(SAMPLE, data)
    book = openpyxl.load_workbook(data / "2024" / "kinerja.xlsx")
    sheet = book["PK 2024"]
    assert sheet["D5"].value == "Indeks Profesionalitas ASN" and sheet["F5"].value == "Angka"
    sheet["D5"] = f"Indeks {PAYLOAD}"
    sheet["F5"] = PAYLOAD
    book.save(data / "2024" / "kinerja.xlsx")
    project = yaml.safe_load((data / "lakip.yml").read_text(encoding="utf-8"))
    project["agency"]["name"] = f"BKD {PAYLOAD}"
    (data / "lakip.yml").write_text(yaml.safe_dump(project, allow_unicode=True), encoding="utf-8")
    narasi = data / "narasi" / "01-latar-belakang.md"
    narasi.write_text(narasi.read_text(encoding="utf-8") + f"\nCatatan {PAYLOAD}\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile-out")
    assert main(["build", "--year", "2024", "--data", str(data), "--out", str(out)]) == 0
    return out / "2024" / "lakip-2024.html"


def test_hostile_text_is_shown_as_text_and_never_runs(browser, hostile_report):
    # Without the page's Content-Security-Policy, so that escaping alone is what is tested.
    context = browser.new_context(viewport=DESKTOP, bypass_csp=True)
    watched = open_watched(context, hostile_report.as_uri())
    page = watched.page
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_load_state("networkidle")
    assert watched.dialogs == []
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("script, [onerror], img[src='x']").count() == 0
    # an <img src=x> would have fetched x
    assert [url for url in watched.requests if not url.startswith("data:")] == [hostile_report.as_uri()]
    assert watched.page_errors == []
    places = {
        "cover": page.locator("header.cover h1"),
        "indicator": page.locator("#tabel-3-1 td", has_text="Indeks <script>"),
        "unit": page.locator("#tabel-3-1 td").nth(2),
        "narrative": page.locator("#bab-1 p", has_text="Catatan <script>"),
    }
    for place, locator in places.items():
        locator.scroll_into_view_if_needed()
        assert locator.is_visible(), place
        text = " ".join(locator.inner_text().split())
        for literal in (SCRIPT, IMAGE, TEMPLATE):
            assert literal in text, (place, literal, text)
    context.close()
