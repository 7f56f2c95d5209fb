"""The report's charts and its indicator and budget tables on a phone and a desktop, in a real browser (headless
Chromium), on the bundled sample's build (issue 13, item 5).

What a reader sees is measured, not assumed: the rendered size of every chart's text, where every cell of Tabel
3.1–3.7 lands on a 390 px screen. Screenshots at 1280 and 390 px are saved in the pytest temporary folder
(``pytest tests/test_browser_charts.py -rP`` prints it).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

from browser_support import open_watched

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
#: Tabel 3.1–3.7: the indicator tables (3.1–3.4), the priority activity (3.5) and the budget tables (3.6, 3.7)
#: what a reader of each kind of table must see on a phone
MUST_SHOW = {"indicators": ("Realisasi 2024", "% Capaian 2024", "Status"), "budget": ("Realisasi", "Realisasi (%)")}

#: each chart's text as the page renders it: the font size in px times the scale of its SVG on the screen
TEXT_SIZES = """() => [...document.querySelectorAll('figure.chart > svg')].map(svg => {
    const sizes = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim()).map(t => {
        const m = t.getScreenCTM();
        return parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
    });
    return [svg.closest('figure').id, Math.min(...sizes), Math.max(...sizes), sizes.length, svg.getBoundingClientRect().width];
})"""


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("chart-screenshots")


def _page(browser, report: Path, viewport: dict):
    context = browser.new_context(viewport=viewport, device_scale_factor=1)
    watched = open_watched(context, report.as_uri())
    assert watched.page_errors == [] and watched.console_errors == []
    return context, watched.page


def test_chart_text_is_at_least_10_px_on_a_phone_and_body_sized_on_a_desktop(browser, report):
    """Before: PNG charts 8 inches wide, shrunk to the phone's width, had labels 4–5 px high."""
    for name, viewport, smallest, largest in (("phone", PHONE, 9.9, 13), ("desktop", DESKTOP, 10, 20)):
        context, page = _page(browser, report, viewport)
        sizes = page.evaluate(TEXT_SIZES)
        context.close()
        assert len(sizes) >= 8, sizes
        for figure, low, high, count, width in sizes:
            assert count >= 3 and width <= viewport["width"], (name, figure, count, width)
            assert low >= smallest, f"{name}: the smallest text of {figure} is {low:.1f} px high"
            assert high <= largest, f"{name}: the largest text of {figure} is {high:.1f} px high"


def test_no_chart_text_runs_off_its_chart_or_the_screen(browser, report):
    for viewport in (PHONE, DESKTOP):
        context, page = _page(browser, report, viewport)
        outside = page.evaluate("""() => {
            const out = [], vw = document.documentElement.clientWidth;
            for (const svg of document.querySelectorAll('figure.chart > svg')) {
                const box = svg.getBoundingClientRect();
                for (const t of svg.querySelectorAll('text')) {
                    const r = t.getBoundingClientRect();
                    if (!t.textContent.trim()) continue;
                    if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1
                        || r.left < 0 || r.right > vw) out.push(svg.closest('figure').id + ': ' + t.textContent);
                }
            }
            return out;
        }""")
        context.close()
        assert outside == [], viewport


def test_every_column_of_tabel_3_x_is_on_a_phone_screen(browser, report, screenshots):
    """The indicator and budget tables of Bab III (the reference's Tabel 3.1–3.7) on a 390 px screen: every cell,
    Realisasi, % Capaian and Status included, lies inside the screen, none behind a horizontal scroll, and each says
    which column it is; and no other Tabel 3.x (each indicator's own tables) scrolls sideways either."""
    context, page = _page(browser, report, PHONE)
    numbered = page.locator("#bab-3 figure.table figcaption .number").all_inner_texts()
    assert len(numbered) > 7 and all(n.startswith("Tabel 3.") for n in numbered)
    for key in page.locator("#bab-3 figure.table").evaluate_all("figures => figures.map(f => f.id)"):
        box = page.locator(f"#{key} .scroll")
        box.scroll_into_view_if_needed()
        assert box.evaluate("b => b.scrollWidth <= b.clientWidth + 1"), f"{key}: its box scrolls sideways on a phone"
    # their ids keep the reference's numbers, whatever number the report prints
    tables = page.locator(", ".join(f"#{key}.stack" for key in ("tabel-3-1", "tabel-3-2", "tabel-3-3", "tabel-3-4",
                                                                   "tabel-prioritas", "tabel-3-6", "tabel-3-7")))
    assert tables.count() == 7
    for i in range(tables.count()):
        table = tables.nth(i)
        number = table.locator("figcaption .number").inner_text()
        table.scroll_into_view_if_needed()
        cells = table.evaluate("""figure => [...figure.querySelectorAll('tbody td')].map(td => {
            const r = td.getBoundingClientRect(), box = td.closest('.scroll');
            return {label: td.dataset.label, text: td.innerText.trim(), left: r.left, right: r.right, width: r.width,
                    hidden: box ? box.scrollWidth > box.clientWidth + 1 : false,
                    before: getComputedStyle(td, '::before').content};
        })""")
        labels = {cell["label"] for cell in cells}
        kind = "budget" if "Anggaran" in labels else "indicators"
        assert set(MUST_SHOW[kind]) <= labels, (number, labels)
        for cell in cells:
            assert 0 <= cell["left"] and cell["right"] <= PHONE["width"] and cell["width"] > 0, (number, cell)
            assert not cell["hidden"], f"{number}: its box scrolls sideways on a phone"
            assert cell["before"] == f'"{cell["label"]}"', (number, cell)  # the column's name beside the value
        shown = {cell["label"]: cell["text"] for cell in cells}
        assert all(shown[label] for label in MUST_SHOW[kind]), (number, shown)
        table.screenshot(path=screenshots / f"phone-{number.replace(' ', '-').lower()}.png")
    # the sample's overspent kegiatan, on a phone: its realisation and absorption beside their names
    row = page.locator("figure.table tr", has_text="Mutasi dan Promosi ASN").first
    texts = [" ".join(t.split()) for t in row.locator("td").all_inner_texts()]
    assert "893.618.832" in texts and "103,91%" in texts
    context.close()
    print(f"\nscreenshots for review: {screenshots}")


def test_tables_keep_their_columns_on_a_desktop(browser, report):
    context, page = _page(browser, report, DESKTOP)
    table = page.locator("#tabel-3-2")
    assert table.locator("thead").is_visible()
    row = table.locator("tbody tr").first
    tops = {round(box["y"]) for box in (cell.bounding_box() for cell in row.locator("td").all())}
    assert len(tops) == 1  # one line of cells, as printed
    context.close()


def test_the_capaian_chart_shows_grades_and_the_budget_chart_the_overspent_kegiatan(browser, report):
    context, page = _page(browser, report, DESKTOP)
    capaian = page.locator("figure.chart > svg").filter(has=page.locator("text", has_text="Capaian (% dari target)"))
    assert capaian.count() == 1
    shown = [" ".join(t.split()) for t in capaian.locator("text").all_text_contents()]
    assert {"D", "C", "CC", "B", "BB", "A", "AA", "A (target BB)", "Nilai SAKIP BKD"} <= set(shown)
    assert {"101,95%", "200,00%", "realisasi 4 aplikasi dari target 2 aplikasi"} <= set(shown)
    assert "Nilai SAKIP BKD A (target BB)" in capaian.get_attribute("aria-label")
    budget = page.locator("#gambar-anggaran > svg")
    shown = [" ".join(t.split()) for t in budget.locator("text").all_text_contents()]
    assert "Realisasi melebihi anggaran Rp 33,6 juta" in shown and "serapan 103,9%" in shown
    assert "realisasi melebihi anggaran: Mutasi dan Promosi ASN" in budget.get_attribute("aria-label")
    for key in ("gambar-pendidikan", "gambar-pensiun"):
        assert page.locator(f"#{key} > svg").is_visible(), key
    context.close()


def test_screenshots_of_the_charts_at_1280_and_390(browser, report, screenshots):
    for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        context, page = _page(browser, report, viewport)
        keys = page.eval_on_selector_all("figure.chart", "figures => figures.map(f => f.id)")
        for key in keys:
            figure = page.locator(f"#{key}")
            figure.scroll_into_view_if_needed()
            figure.screenshot(path=screenshots / f"{name}-{key}.png")
        context.close()
        for key in keys:
            image = Image.open(screenshots / f"{name}-{key}.png").convert("L")
            assert image.size[0] <= viewport["width"] and image.size[1] > 150, (name, key, image.size)
            darkest, lightest = image.getextrema()
            assert darkest < 100 and lightest == 255, f"{name} {key}: a blank screenshot"
    print(f"\nscreenshots for review: {screenshots}")
