"""Where the report finds the analyst's texts (narrative files by name, code or id; the sheet's Analisis/Kendala/Upaya
columns), what it lists as missing, and that those texts are shown as text: on a copy of the sample, through
build_report and the real workbook readers."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

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
    assert html.count("<td>data tahun 2023</td>") == len(report.sections)
    summary = report.summary
    missed = [p for p in summary.fell_short if p.status == "not_achieved"]
    assert summary.achieved + len(missed) == summary.measured and missed
    fell_short = html[html.index("Yang Belum Tercapai"):html.index('id="kata-pengantar"')]
    assert all(p.indicator in fell_short for p in summary.fell_short)
    assert "di bawah target" in fell_short
