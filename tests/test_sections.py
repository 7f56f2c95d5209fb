"""Where the report finds the analyst's texts (narrative files by name, code or id; the sheet's Analisis/Kendala/Upaya
columns), what it lists as missing, and that those texts are shown as text: on a copy of the sample, through
build_report and the real workbook readers."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import openpyxl
import pytest
from bs4 import BeautifulSoup

from browser_support import ACKNOWLEDGEMENTS, acknowledged_data
from lakip_lib.presentation.report import build_report

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw"
TEXTS = Path("narasi") / "2024" / "indikator"  # the sample's analyses are 2024's: its 2023 report has none


@pytest.fixture
def data(tmp_path) -> Path:
    folder = tmp_path / "raw"
    shutil.copytree(SAMPLE, folder)
    return folder


def section_html(html: str, anchor: str) -> str:
    start = html.index(f'<section class="indicator" id="{anchor}"')
    return html[start:html.index("</section>", start)]


def test_the_sample_lacks_no_text(data):
    assert build_report(data, 2024).missing_texts == []


def test_texts_from_files_by_id_and_from_the_sheets_columns_and_what_is_missing(data):
    (data / "narasi" / "kata-pengantar.md").unlink()
    (data / TEXTS / "nilai-sakip-bkd.md").unlink()
    (data / TEXTS / "persentase-disiplin-asn.md").rename(data / TEXTS / "I05.md")  # the kit's id, any case
    (data / TEXTS / "jumlah-pembangunan-pengembangan-aplikasi-kepegawaian.md").unlink()
    book = openpyxl.load_workbook(data / "2024" / "kinerja.xlsx")
    sheet = book["PK 2024"]
    assert sheet["D10"].value == "Nilai SAKIP BKD"
    sheet["P4"], sheet["Q4"], sheet["R4"] = "Analisis", "Kendala", "Rencana Tindak Lanjut"
    sheet["P10"], sheet["Q10"], sheet["R10"] = "Rekomendasi evaluasi ditindaklanjuti", "Cascading belum tuntas", "Reviu triwulanan"
    book.save(data / "2024" / "kinerja.xlsx")
    report = build_report(data, 2024)
    assert report.missing_texts == ["narasi/kata-pengantar.md",
                                    "narasi/indikator/jumlah-pembangunan-pengembangan-aplikasi-kepegawaian.md"]
    html = report.html()
    sakip = section_html(html, "indikator-nilai-sakip-bkd")
    assert "<p><strong>Analisis.</strong> Rekomendasi evaluasi ditindaklanjuti</p>" in sakip
    assert "<p><strong>Kendala.</strong> Cascading belum tuntas</p>" in sakip
    assert "<p><strong>Upaya tindak lanjut.</strong> Reviu triwulanan</p>" in sakip
    assert "placeholder" not in sakip
    assert "Target disiplin terjaga" in section_html(html, "indikator-persentase-disiplin-asn")
    apps = section_html(html, "indikator-jumlah-pembangunan-pengembangan-aplikasi-kepegawaian")
    assert 'class="placeholder"' in apps and "narasi/indikator/jumlah-pembangunan-pengembangan-aplikasi-kepegawaian.md" in apps
    foreword = html[html.index('id="kata-pengantar"'):html.index("</section>", html.index('id="kata-pengantar"'))]
    assert "Kata Pengantar belum ditulis." in foreword and "Bengkulu, 29 Januari 2025" in foreword


def test_a_report_with_no_open_error_shows_no_placeholder_and_the_self_check_lists_the_missing_texts(tmp_path):
    """Issue 13: an empty slot is a visible placeholder in a draft and nothing in a final report."""
    data = acknowledged_data(tmp_path / "raw", ACKNOWLEDGEMENTS)
    (data / "narasi" / "kata-pengantar.md").unlink()
    (data / TEXTS / "nilai-sakip-bkd.md").unlink()
    report = build_report(data, 2024)
    assert not report.draft
    assert report.missing_texts == ["narasi/kata-pengantar.md", "narasi/indikator/nilai-sakip-bkd.md"]
    html = report.html()
    assert 'class="placeholder"' not in html and "belum ditulis" not in html
    analysis = [c for c in report.checklist if "narasi/indikator/" in c.text]
    assert [c.lacking for c in analysis] == [["Nilai SAKIP BKD"]]


def test_an_analysts_text_is_shown_as_text_never_markup(data):
    path = data / TEXTS / "indeks-profesionalitas-asn.md"
    path.write_text("## Sebab\n\n<script>alert(1)</script> <img src=x onerror=alert(2)> {{ 7*7 }}\n", encoding="utf-8")
    html = section_html(build_report(data, 2024).html(), "indikator-indeks-profesionalitas-asn")
    assert "<p><strong>Sebab</strong></p>" in html  # a heading inside a section is a bold line
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script" not in html and "<img" not in html
    assert "{{ 7*7 }}" in html


def test_the_english_report_has_the_same_sections(data):
    report = build_report(data, 2024, lang="en")
    html = report.html()
    assert html.count('<section class="indicator"') == 7
    assert "<td>Measured achievement (uncapped)</td><td>101.95%</td>" in html
    assert "<td>Reported achievement (capped at 100%)</td><td>100.00%</td>" in html
    assert "EXECUTIVE SUMMARY" in html and "FOREWORD" in html
    # the same structure, in English words
    page = BeautifulSoup(html, "html.parser")
    numbers = [span.get_text() for span in page.select("section.chapter figcaption .number")]
    assert len(numbers) >= 25 and len(set(numbers)) == len(numbers)
    assert all(re.match(r"^(Table|Figure) \d\.\d+$", number) for number in numbers)
    assert [h.get_text() for h in page.select("nav.toc > h2")] == ["Contents", "List of Tables", "List of Figures"]
    assert [h.get_text() for h in page.select("#bab-3 > h3")] == ["A. Performance Accountability", "B. Financial Accountability", "C. Year on Year"]
    assert [td.get_text() for td in page.select("#tabel-pensiun tbody tr")[-1].find_all("td")] == ["TOTAL", "1", "2", "3", "6"]


def test_a_trend_over_year_folders_and_what_fell_short_on_generated_data(tmp_path):
    """Two generated years: the 2024 report takes 2023 from the 2023 folder, 2022 from that folder's sheet."""
    from lakip_lib.demo import write_demo
    from lakip_lib.loading.year import load_year

    data = tmp_path / "raw"
    write_demo(data, employees=30, years=2, start_year=2023, seed=3)
    report = build_report(data, 2024)
    earlier = load_year(data, 2023).indicators
    own = earlier.values.merge(earlier.indicators[["id", "indicator"]], on="id")
    for section in report.sections:
        p = section.profile
        stated = own[own["indicator"].eq(p.indicator) & own["kind"].eq("realisation") & own["year"].eq(2023)]
        [before] = [v for v in p.history if v.year == 2023]
        assert (before.read_from, before.text) == (2023, stated["text"].iloc[0]), p.indicator
        assert [v.year for v in p.history] == [2022, 2023, 2024], p.indicator
    html = report.html()
    assert html.count('<td data-label="Sumber data">data tahun 2023</td>') == len(report.sections)
    summary = report.summary
    missed = [p for p in summary.fell_short if p.status == "not_achieved"]
    assert summary.achieved + len(missed) == summary.measured and missed
    fell_short = html[html.index("Yang Belum Tercapai"):html.index('id="kata-pengantar"')]
    assert all(p.indicator in fell_short for p in summary.fell_short)
    assert "di bawah target" in fell_short


def test_each_indicator_has_a_trend_chart_of_its_targets_and_realisations_and_its_tables_in_the_xlsx(tmp_path):
    """Two generated years: each indicator's section has its trend table and, after it, a numbered chart of the target
    and realisation of every year, printed as the table prints them; its tables are sheets of the xlsx, numbers as
    numbers."""
    from lakip_lib.demo import write_demo

    data = tmp_path / "raw"
    write_demo(data, employees=30, years=2, start_year=2023, seed=3)
    report = build_report(data, 2024, tmp_path / "out")
    page = structure(report.html())
    book = openpyxl.load_workbook(tmp_path / "out" / "tabel-lakip-2024.xlsx")
    for section in report.sections:
        html = page.find(id=section.anchor)
        trend, chart = html.find(id=f"{section.anchor}-tren"), html.find(id=f"{section.anchor}-grafik")
        assert chart is not None and "chart" in chart["class"], section.profile.indicator
        assert trend.find_all_next("figure")[0] is chart  # the chart follows its table
        figure = report.figures[f"{section.anchor}-grafik"]
        assert chart.figcaption.select_one(".number").get_text() == figure.number == report.captions[chart["id"]].label
        rows = [[td.get_text() for td in tr.find_all("td")] for tr in trend.select("tbody tr")]
        label = chart.find("svg")["aria-label"]
        for year, target, real, *_ in rows:
            assert f"{year} target {target}, realisasi {real}" in label, (label, rows)
        assert any(row[1] != "-" for row in rows[:-1]), rows  # an earlier year's target, from its own folder
        # the sheet of the trend table: a number stays a number, with the format the report prints it in
        sheet = book[report.captions[f"{section.anchor}-tren"].label]
        assert [c.value for c in sheet[3]] == ["Tahun", "Target", "Realisasi", "Perubahan"]
        cells = [row for row in sheet.iter_rows(min_row=4, max_row=3 + len(rows))]
        assert [c[0].value for c in cells] == [row[0] for row in rows]
        for cell, printed in zip([c[2] for c in cells], [row[2] for row in rows]):
            if section.profile.polarity == "ordinal":
                assert cell.value == printed
            else:
                assert isinstance(cell.value, (int, float)) and cell.number_format.endswith('"%"') == printed.endswith("%")
    assert all(f.section == "analysis" for key, f in report.figures.items() if key.endswith("-grafik"))
    # printed once, in the indicator's section: not also in the list of Bab III's goal tables and charts
    assert all(len(page.find_all(id=key)) == 1 for key in report.figures)


# ---------------------------------------------------------------- issue 13 item 4: the report's structure

CAPTION = re.compile(r"^(Tabel|Gambar|Table|Figure) (\d)\.(\d+)$")


def structure(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def numbered(page: BeautifulSoup) -> list[tuple[str, str, str]]:
    """Every figure of the chapters in page order: (chapter id, its caption's number, the figure's id)."""
    return [(figure.find_parent("section", class_="chapter")["id"], figure.figcaption.select_one(".number").get_text()
             if figure.figcaption.select_one(".number") else "", figure.get("id", ""))
            for chapter in page.select("section.chapter") for figure in chapter.select("figure")]


def test_every_table_and_figure_is_numbered_once_in_its_chapter_and_listed_with_its_link(data):
    page = structure(build_report(data, 2024).html())
    figures = numbered(page)
    assert len(figures) >= 13 + 2 + 3 + 7  # the reference's 13 tables and 3 figures, PK and IKK, each indicator's own
    numbers = [number for _, number, _ in figures]
    assert all(CAPTION.match(number) for number in numbers), [n for n in numbers if not CAPTION.match(n)]
    assert len(set(numbers)) == len(numbers) and len({key for *_, key in figures}) == len(figures)
    for chapter in ("bab-1", "bab-2", "bab-3", "bab-4"):
        for word in ("Tabel", "Gambar"):
            found = [int(CAPTION.match(n)[3]) for c, n, _ in figures if c == chapter and n.startswith(word)]
            assert all(CAPTION.match(n)[2] == chapter[-1] for c, n, _ in figures if c == chapter)
            first = 2 if (chapter, word) == ("bab-1", "Gambar") else 1  # Gambar 1.1: the agency's organisation chart
            assert found == list(range(first, first + len(found))), (chapter, word, found)  # in page order, no gap
    # every table of the chapters is a numbered one; every chart too
    assert all(table.find_parent("figure", class_="table") for c in page.select("section.chapter")[2:6] for table in c.select("table"))
    assert all(img.find_parent("figure", class_="chart") for img in page.select("section.chapter img"))
    # Daftar Tabel and Daftar Gambar, after the Daftar Isi: each caption once, in order, linked to its figure
    navs = [nav["id"] for nav in page.select("nav.toc")]
    assert navs == ["daftar-isi", "daftar-tabel", "daftar-gambar"]
    for nav, word in (("daftar-tabel", "Tabel"), ("daftar-gambar", "Gambar")):
        links = page.select(f"#{nav} a")
        expected = [(f"#{key}", " ".join(page.find(id=key).figcaption.get_text().split())) for _, number, key in figures
                    if number.startswith(word)]
        assert [(a["href"], " ".join(a.get_text().split())) for a in links] == expected
    assert {a["href"] for a in page.select("#daftar-isi > ol > li > a")} >= {"#daftar-tabel", "#daftar-gambar", "#bab-1", "#lampiran"}


def test_the_tables_the_reference_left_unnumbered_have_numbers_and_titles(data):
    report = build_report(data, 2024)
    captions = {c.key: c.text for c in report.captions.values()}
    agency = "Badan Kepegawaian Daerah Provinsi Bengkulu"
    assert captions["tabel-pk"] == "Tabel 2.1 Indikator dan Target Perjanjian Kinerja Tahun 2024"
    assert captions["tabel-ikk"] == "Tabel 2.2 Indikator Kinerja Khusus Tahun 2024"
    assert captions["gambar-piramida"] == f"Gambar 1.5 Piramida Golongan Pegawai {agency} menurut Jenis Kelamin Tahun 2024"
    assert captions["tabel-pendidikan"] == f"Tabel 1.5 Jumlah Pegawai {agency} Berdasarkan Pendidikan Tahun 2024"
    assert captions["tabel-pensiun"] == "Tabel 1.6 Proyeksi Pegawai Mencapai Batas Usia Pensiun Tahun 2025–2029"
    assert captions["gambar-capaian"] == "Gambar 3.1 Capaian Indikator Kinerja Tahun 2024"
    # each indicator's small trend chart follows its trend table: Gambar 3.2–3.8 for the sample's seven, then the budget
    assert captions["indikator-indeks-profesionalitas-asn-grafik"] == (
        "Gambar 3.2 Target dan Realisasi Indeks Profesionalitas ASN Tahun 2023–2024")
    assert [key for key in captions if key.endswith("-grafik")] == [f"{s.anchor}-grafik" for s in report.sections]
    assert captions["gambar-anggaran"] == "Gambar 3.9 Anggaran dan Realisasi Belanja per Program Tahun 2024"
    assert captions["tabel-efisiensi"].endswith(" Efisiensi Penggunaan Sumber Daya per Program Tahun 2024")
    assert captions["indikator-indeks-profesionalitas-asn-tren"] == (
        "Tabel 3.7 Perkembangan Realisasi Indeks Profesionalitas ASN Tahun 2023–2024")
    # the model's numbers are the tables' and figures' own, which the xlsx and the Word document print
    assert report.tables["tabel-3-7"].number == captions["tabel-3-7"].split(" Anggaran")[0]
    assert report.figures["gambar-1-2"].number == "Gambar 1.2"
    # a chart's title is its caption only, never also drawn inside the image
    assert all(not f.figure.get_suptitle() for f in report.figures.values())


def test_headings_are_lettered_in_every_chapter_whatever_the_narrative_wrote(data):
    """The narrative's own "## A. Dasar Hukum" is re-lettered, a heading added in a file moves the kit's own ones."""
    tugas = data / "narasi" / "03-tugas-fungsi.md"
    tugas.write_text(tugas.read_text(encoding="utf-8") + "\n## X. Struktur Organisasi\n\nBagan di Gambar 1.1.\n", encoding="utf-8")
    dasar = data / "narasi" / "02-dasar-hukum.md"
    dasar.write_text(dasar.read_text(encoding="utf-8").replace("## Dasar Hukum", "## A. Dasar Hukum"), encoding="utf-8")
    page = structure(build_report(data, 2024).html())
    lettered = {}
    for chapter in page.select("section.chapter")[2:6]:  # Bab I–IV
        titles = [" ".join(h.get_text().split()) for h in chapter.find_all("h3")]
        letters = [title.split(". ", 1)[0] for title in titles]
        assert letters == [chr(65 + i) for i in range(len(titles))], titles
        lettered[chapter["id"]] = titles
        # the Daftar Isi lists each, linked to its id
        contents = [(a["href"], " ".join(a.get_text().split())) for a in page.select(f'#daftar-isi a[href="#{chapter["id"]}"] + ol a')]
        assert contents == [(f"#{h['id']}", " ".join(h.get_text().split())) for h in chapter.find_all("h3")]
    assert lettered["bab-1"] == ["A. Latar Belakang", "B. Dasar Hukum", "C. Kedudukan, Tugas Pokok dan Fungsi",
                                 "D. Struktur Organisasi", "E. Aspek Strategis Organisasi", "F. Permasalahan Utama (Isu Strategis)",
                                 "G. Sumber Daya Manusia", "H. Sarana dan Prasarana"]
    assert lettered["bab-2"] == ["A. Rencana Strategis 2021–2026", "B. Strategi", "C. Kebijakan", "D. Perjanjian Kinerja 2024"]
    assert lettered["bab-3"] == ["A. Akuntabilitas Kinerja", "B. Akuntabilitas Keuangan", "C. Perkembangan dari Tahun ke Tahun"]
    assert lettered["bab-4"] == ["A. Kesimpulan", "B. Saran"]


def test_each_indicator_table_names_the_data_source_its_rows_give(data):
    book = openpyxl.load_workbook(data / "2024" / "kinerja.xlsx")
    sheet = book["PK 2024"]
    assert sheet["N4"].value == "Sumber Data" and sheet["D6"].value == "Persentase ASN yang sesuai dengan Standar Kompetensi"
    sheet["N6"] = None  # one of Tabel 3.2's two indicators names no source: lakip.yml's line stands for it
    book.save(data / "2024" / "kinerja.xlsx")
    report = build_report(data, 2024)
    page = structure(report.html())
    default = "Perjanjian Kinerja dan realisasi Tahun 2024"

    def source(key: str) -> str:
        return " ".join(page.find(id=key).select_one("p.source").get_text().split())

    assert source("tabel-3-1") == "Sumber: Badan Kepegawaian Negara Per Oktober 2024"
    assert source("tabel-3-2") == f"Sumber: {default}; Bidang Pengembangan Aparatur"
    assert source("tabel-3-3") == "Sumber: Bidang Penilaian Kinerja Aparatur dan Penghargaan"
    assert source("tabel-3-4") == "Sumber: Sub. Koordinator Perencanaan Evaluasi dan Pelaporan"
    assert source("tabel-prioritas") == f"Sumber: {default}"  # the priority sheet has no Sumber Data column
    sheet_sources = {row[3].value: row[13].value for row in sheet.iter_rows(min_row=5, max_row=10)}
    for section in report.sections:
        expected = sheet_sources.get(section.profile.indicator) or default
        assert source(f"{section.anchor}-capaian") == f"Sumber: {expected}", section.profile.indicator
    assert source("indikator-persentase-asn-yang-sesuai-dengan-standar-kompetensi-capaian") == f"Sumber: {default}"


def test_the_asset_tables_keep_their_two_row_header_and_the_retirement_table_adds_up(data, tmp_path):
    report = build_report(data, 2024, tmp_path)
    page = structure(report.html())
    for key in ("tabel-1-5", "tabel-1-6"):
        upper, lower = page.find(id=key).select("thead tr")
        assert [(th.get_text(), th.get("colspan"), th.get("rowspan")) for th in upper.find_all("th")] == [
            ("No", None, "2"), ("Sarana" if key == "tabel-1-5" else "Prasarana", None, "2"), ("Kondisi", "2", None),
            ("Jumlah", "2", None), ("Ket", None, "2")]
        assert [th.get_text() for th in lower.find_all("th")] == ["Baik", "Rusak", "Mencukupi", "Kurang"]
        assert all(len(row.find_all("td")) == 7 for row in page.find(id=key).select("tbody tr"))
    rows = [[td.get_text() for td in row.find_all("td")] for row in page.find(id="tabel-pensiun").select("tbody tr")]
    header = [th.get_text() for th in page.find(id="tabel-pensiun").select("thead th")]
    assert header == ["Tahun", "Struktural", "Fungsional", "Pelaksana", "Jumlah"]
    *years, total = rows
    assert [row[0] for row in years] == ["2025", "2026", "2027", "2028", "2029"] and total[0] == "JUMLAH"
    assert total[1:] == [str(sum(int(row[i]) for row in years)) for i in range(1, 5)] and total[4] == "6"
    # the xlsx: its sheets in the report's order, the same two header rows (the group labels merged) and total row
    book = openpyxl.load_workbook(tmp_path / "tabel-lakip-2024.xlsx")
    # every numbered table has its sheet, each indicator's own tables of Bab III too
    assert book.sheetnames == [c.label for c in report.captions.values() if c.kind == "table"]
    sheet = book[report.tables["tabel-1-5"].number]
    assert [c.value for c in sheet[3]] == [None, None, "Kondisi", None, "Jumlah", None, None]
    assert [c.value for c in sheet[4]] == ["No", "Sarana", "Baik", "Rusak", "Mencukupi", "Kurang", "Ket"]
    assert sorted(str(r) for r in sheet.merged_cells.ranges) == ["C3:D3", "E3:F3"]
    pensiun = list(book[report.tables["tabel-pensiun"].number].iter_rows(min_row=4, values_only=True))
    assert pensiun[5] == ("JUMLAH", 1, 2, 3, 6)


def test_an_agency_with_six_goals_keeps_every_goal_table_beside_its_budget_tables(data):
    """The budget tables keep the reference's ids (#tabel-3-6, #tabel-3-7) only while no goal table has them: with six
    goals, the sixth goal's table was overwritten by the first programme's."""
    book = openpyxl.load_workbook(data / "2024" / "kinerja.xlsx")
    sheet = book["PK 2024"]
    for n, row in enumerate(range(5, 11), start=1):
        sheet[f"C{row}"] = f"Sasaran {n}: Sasaran ke-{n}"
    book.save(data / "2024" / "kinerja.xlsx")
    report = build_report(data, 2024)
    by_section = {section: [key for key, table in report.tables.items() if table.section == section]
                  for section in ("indicators", "budget")}
    goals = [key for key in by_section["indicators"] if key.startswith("tabel-3-")]
    assert goals == [f"tabel-3-{n}" for n in range(1, 7)]
    assert [report.tables[key].title.split(":")[0] for key in goals] == [f"Indikator Kinerja Sasaran {n}" for n in range(1, 7)]
    assert [key for key in by_section["budget"] if key.startswith("tabel-3-")] == ["tabel-3-7", "tabel-3-8"]


def test_an_indicator_with_no_unit_and_no_goal_never_prints_nan(tmp_path):
    """Found while reading a Renstra plan of the corpus: an indicator without a Satuan beside one with '%' was printed
    '12 nan' in Tabel 3.1, and a table of indicators with no goal was titled 'Indikator Kinerja nan Tahun 2024' (a text
    column's missing value is NaN, which is truthy). Near miss: the unit that is there is still printed."""
    from workbooks import make_workbook

    (tmp_path / "raw" / "2024").mkdir(parents=True)
    make_workbook(tmp_path / "raw" / "2024" / "kinerja.xlsx", {"PK": [
        ["No", "Indikator Kinerja", "Target 2024", "Realisasi 2024"],
        [1, "Indeks Kepuasan Masyarakat", "80%", "85%"], [2, "Jumlah dokumen perencanaan", 12, 12]]})
    for lang, title in (("id", "Indikator Kinerja Tahun 2024"), ("en", "Performance Indicators: 2024")):
        report = build_report(tmp_path / "raw", 2024, lang=lang)
        table = report.tables["tabel-3-1"]
        assert table.title == title
        page = BeautifulSoup(report.html(), "html.parser")
        assert not re.search(r"\bnan\b", page.get_text(" "), re.IGNORECASE)
        assert "85%" in page.get_text(" ") and "80%" in page.get_text(" ")
