"""The Ringkasan Eksekutif and Bab III's analysis per indicator in a real browser (headless Chromium), on the bundled sample's build.

Shares the session's sample build with ``test_browser.py``; screenshots at 1280 and 390 px are saved in the pytest
temporary folder (``pytest tests/test_browser_analysis.py -rP`` prints it).
"""

from __future__ import annotations


import pytest
from PIL import Image

from browser_support import open_watched

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
#: the sample's Perjanjian Kinerja 2024, in its order: the sasaran and tujuan sheet, then the priority activity
PK_ORDER = [
    "Indeks Profesionalitas ASN",
    "Persentase ASN yang sesuai dengan Standar Kompetensi",
    "Persentase ASN yang sesuai dengan Standar Kualifikasi",
    "Persentase Peningkatan Kinerja ASN",
    "Persentase Disiplin ASN",
    "Nilai SAKIP BKD",
    "Jumlah Pembangunan/Pengembangan Aplikasi Kepegawaian",
]


def cells(row) -> list[str]:
    return [" ".join(c.split()) for c in row.locator("td").all_inner_texts()]


def test_the_first_chapter_is_the_ringkasan_eksekutif_with_its_cards(browser, report):
    context = browser.new_context(viewport=DESKTOP)
    page = open_watched(context, report.as_uri()).page
    chapters = page.locator("main section.chapter > h2").all_inner_texts()
    assert chapters[:3] == ["RINGKASAN EKSEKUTIF", "KATA PENGANTAR", "BAB I PENDAHULUAN"]
    cards = {card.get_attribute("id"): [" ".join(t.split()) for t in card.locator("p").all_inner_texts()]
             for card in page.locator("#ringkasan .card").all()}
    assert cards == {
        "kartu-indikator": ["7 dari 7", "indikator kinerja mencapai target tahun 2024"],
        "kartu-iku": ["64,23", "Indeks Profesionalitas ASN (target 63); naik 24,24 dari 39,99 pada tahun 2023"],
        "kartu-sakip": ["A", "Nilai SAKIP (target BB; tahun 2023: BB)"],
        "kartu-serapan": ["98,56%", "serapan anggaran: Rp 16.832.046.366 dari Rp 17.077.265.554"],
        "kartu-sisa": ["Rp 245.219.188", "sisa anggaran tahun 2024"],
    }
    for card in page.locator("#ringkasan .card").all():
        assert card.is_visible()
    # several cards a row on a desktop
    tops = {round(box["y"]) for box in (card.bounding_box() for card in page.locator("#ringkasan .card").all())}
    assert len(tops) < 5
    # the Kata Pengantar is signed with the date written the Indonesian way
    assert page.locator("#kata-pengantar .signature p").first.inner_text() == "Bengkulu, 29 Januari 2025"
    context.close()


def test_ringkasan_cards_fit_a_phone_one_a_row(browser, report, tmp_path_factory):
    folder = tmp_path_factory.mktemp("summary-screenshots")
    for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        context = browser.new_context(viewport=viewport)
        page = open_watched(context, report.as_uri()).page
        cards = page.locator("#ringkasan .cards")
        cards.scroll_into_view_if_needed()
        boxes = [card.bounding_box() for card in page.locator("#ringkasan .card").all()]
        assert all(0 <= box["x"] and box["x"] + box["width"] <= viewport["width"] for box in boxes), name
        if name == "phone":
            assert len({round(box["x"]) for box in boxes}) == 1  # one card a row
        page.locator("#ringkasan").screenshot(path=folder / f"{name}-ringkasan.png")
        context.close()
        image = Image.open(folder / f"{name}-ringkasan.png").convert("L")
        assert image.size[0] <= viewport["width"] and image.size[1] > 300, (name, image.size)
        darkest, lightest = image.getextrema()
        assert darkest < 100 and lightest == 255, f"{name}: a blank screenshot"
    print(f"\nscreenshots for review: {folder}")


def test_one_analysis_section_per_indicator_in_the_order_of_the_perjanjian_kinerja(browser, report):
    context = browser.new_context(viewport=DESKTOP)
    page = open_watched(context, report.as_uri()).page
    sections = page.locator("#bab-3 section.indicator")
    titles = [" ".join(t.split()) for t in sections.locator("h5").all_inner_texts()]
    assert titles == [f"{n}. {name}" for n, name in enumerate(PK_ORDER, start=1)]
    for i in range(sections.count()):
        section = sections.nth(i)
        section.scroll_into_view_if_needed()
        assert section.is_visible(), titles[i]
        assert section.locator("table.facts").is_visible(), titles[i]
        # the sample explains every indicator (narasi/2024/indikator/): no placeholder is left
        narrative = section.locator(".narrative")
        assert "Kendala." in narrative.inner_text(), titles[i]
        assert section.locator(".placeholder").count() == 0, titles[i]
    assert page.locator("#kata-pengantar .placeholder").count() == 0
    assert "Puji syukur" in page.locator("#kata-pengantar").inner_text()
    context.close()


def test_progress_towards_the_renstra_end_target(browser, report):
    context = browser.new_context(viewport=DESKTOP)
    page = open_watched(context, report.as_uri()).page
    index = page.locator("section.indicator", has=page.locator("h5", has_text="Indeks Profesionalitas ASN"))
    assert " ".join(index.locator("p.renstra").inner_text().split()) == (
        "Target akhir Renstra (tahun 2026) untuk indikator ini adalah 70. "
        "Realisasi tahun 2024 telah mencapai 91,76% dari target akhir tersebut.")
    discipline = page.locator("section.indicator", has=page.locator("h5", has_text="Persentase Disiplin ASN"))
    assert "sehingga target akhir Renstra sudah terpenuhi" in discipline.locator("p.renstra").inner_text()
    sakip = page.locator("section.indicator", has=page.locator("h5", has_text="Nilai SAKIP BKD"))
    assert "Predikat tahun 2024 (A) sudah mencapai target akhir tersebut." in sakip.locator("p.renstra").inner_text()
    context.close()


def test_capaian_is_labelled_uncapped_and_capped_with_percent(browser, report):
    context = browser.new_context(viewport=DESKTOP)
    page = open_watched(context, report.as_uri()).page
    index = page.locator("section.indicator", has=page.locator("h5", has_text="Indeks Profesionalitas ASN"))
    assert cells(index.locator("tr.capaian-uncapped")) == ["Capaian terukur (tanpa batas atas)", "101,95%"]
    assert cells(index.locator("tr.capaian-reported")) == ["Capaian dilaporkan (dibatasi 100%)", "100,00%"]
    text = " ".join(index.inner_text().split())
    assert "capaian terukurnya 101,95% dengan kategori Sangat Tinggi" in text
    assert "capaian yang dilaporkan adalah 100,00%" in text
    # the priority activity's 200 % is shown as measured, beside the 100 % the cap reports
    apps = page.locator("section.indicator", has=page.locator("h5", has_text="Aplikasi Kepegawaian"))
    assert cells(apps.locator("tr.capaian-uncapped"))[1] == "200,00%"
    assert cells(apps.locator("tr.capaian-reported"))[1] == "100,00%"
    # an ordinal indicator has grades and a status, no percentage
    sakip = page.locator("section.indicator", has=page.locator("h5", has_text="Nilai SAKIP BKD"))
    assert sakip.locator("tr.capaian-uncapped").count() == 0
    assert "Predikat yang diraih pada tahun 2024 adalah A dengan target BB" in " ".join(sakip.inner_text().split())
    context.close()


def test_change_and_trend_over_the_years_the_data_hold(browser, report):
    context = browser.new_context(viewport=DESKTOP)
    page = open_watched(context, report.as_uri()).page
    index = page.locator("section.indicator", has=page.locator("h5", has_text="Indeks Profesionalitas ASN"))
    assert "Dibanding realisasi tahun 2023 (39,99), realisasi naik 24,24 (60,62%): kinerjanya membaik." in " ".join(
        index.inner_text().split())
    rows = index.locator("table.trend tbody tr")
    # the sample's 2023/ folder holds the 2023 realisations (no targets): each year is read from its own folder, and
    # says so; then the chart of the same targets and realisations
    assert [cells(rows.nth(i)) for i in range(rows.count())] == [
        ["2023", "-", "39,99", "-", "data tahun 2023"],
        ["2024", "63", "64,23", "+24,24", "data tahun 2024"]]
    chart = index.locator("figure.chart")
    assert chart.locator("figcaption").inner_text().startswith("Gambar 3.2 Target dan Realisasi Indeks Profesionalitas ASN")
    assert "2024 target 63, realisasi 64,23" in chart.locator("svg").get_attribute("aria-label")
    competence = page.locator("section.indicator", has=page.locator("h5", has_text="Standar Kompetensi"))
    assert cells(competence.locator("table.trend tbody tr").nth(1))[:4] == ["2024", "88,30%", "89,00%", "+1,70 poin persen"]
    for section in page.locator("section.indicator").all():
        assert section.locator("table.trend tbody tr").count() == 2  # every indicator of the sample, 2023–2024
        assert section.locator("figure.chart svg").count() == 1
    sakip = page.locator("section.indicator", has=page.locator("h5", has_text="Nilai SAKIP BKD"))
    assert [cells(r)[1:3] for r in sakip.locator("table.trend tbody tr").all()] == [["-", "BB"], ["BB", "A"]]
    context.close()


def test_linked_programme_with_budget_and_absorption(browser, report):
    context = browser.new_context(viewport=DESKTOP)
    page = open_watched(context, report.as_uri()).page
    index = page.locator("section.indicator", has=page.locator("h5", has_text="Indeks Profesionalitas ASN"))
    assert cells(index.locator("table.programs tbody tr")) == [
        "5.03.02 Program Kepegawaian Daerah", "Rp 3.875.550.000", "Rp 3.698.626.072", "95,43%", "cukup efisien"]
    context.close()


def test_screenshots_of_an_indicator_section(browser, report, tmp_path_factory):
    folder = tmp_path_factory.mktemp("analysis-screenshots")
    for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        context = browser.new_context(viewport=viewport)
        page = open_watched(context, report.as_uri()).page
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"{name}: the page is {width} px wide"
        section = page.locator("section.indicator").first
        section.scroll_into_view_if_needed()
        section.screenshot(path=folder / f"{name}-indikator-1.png")
        context.close()
        image = Image.open(folder / f"{name}-indikator-1.png").convert("L")
        assert image.size[0] <= viewport["width"] and image.size[1] > 300, (name, image.size)
        darkest, lightest = image.getextrema()
        assert darkest < 100 and lightest == 255, f"{name}: a blank screenshot"
    print(f"\nscreenshots for review: {folder}")
