"""The analysis of each indicator (change against the previous year, trend, Renstra progress, programmes, the
analyst's text) and the Ringkasan Eksekutif, from real workbooks read by the real loaders."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from lakip_lib.analysis.budget import efficiency
from lakip_lib.analysis.capaian import achievement
from lakip_lib.analysis.profiles import indicator_profiles, realisation_history, year_change
from lakip_lib.analysis.summary import executive_summary
from lakip_lib.config import ReportRules
from lakip_lib.loading.budget import load_budget
from lakip_lib.loading.indicators import load_indicators
from workbooks import make_workbook

HEADER = ["No", "Jenis Indikator", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Skala", "Program",
          "Target 2024", "Realisasi 2023", "Realisasi 2024", "Target Akhir Renstra 2026", "Analisis", "Kendala", "Upaya"]
ROWS = [
    ["1", "Tujuan", "Tujuan 1", "Indeks Profesionalitas ASN", "Angka", "Positif", None, "5.03.02", 63, "39,99", "64,23", 70,
     "Naik karena uji kompetensi", "Data SIASN terlambat", "Sinkronisasi bulanan"],
    ["2", "Sasaran", "Sasaran 1", "Persentase Pelanggaran Disiplin", "%", "Negatif", None, "Program Kepegawaian Daerah",
     "5%", "4%", "6%", "3%", None, None, None],
    ["3", "Sasaran", "Sasaran 1", "Nilai SAKIP BKD", "Predikat", "Ordinal", "sakip", "9.99.99", "BB", "A", "BB", "A",
     None, None, None],
    ["4", "Sasaran", "Sasaran 1", "Jumlah Aplikasi", "Aplikasi", "Positif", None, None, "2 Aplikasi", None, "-", None,
     None, None, None],
]


@pytest.fixture
def year_2024(tmp_path):
    """The indicators and budget of 2024, and the indicator sheet of 2023, as workbooks read by the kit's loaders."""
    for year in (2023, 2024):
        (tmp_path / str(year)).mkdir()
    kinerja = make_workbook(tmp_path / "2024" / "kinerja.xlsx", {"PK 2024": [["Perjanjian Kinerja 2024"], [], HEADER, *ROWS]})
    old = make_workbook(tmp_path / "2023" / "kinerja.xlsx", {"PK 2023": [
        ["Perjanjian Kinerja 2023"], [],
        ["No", "Indikator Kinerja", "Satuan", "Polaritas", "Skala", "Target 2023", "Realisasi 2022", "Realisasi 2023"],
        # the 2023 report stated 40,00 for the index: its own folder wins over the 2024 sheet's 39,99
        ["1", "indeks profesionalitas  ASN", "Angka", "Positif", None, 60, "35", "40"],
        ["2", "Nilai SAKIP BKD", "Predikat", "Ordinal", "sakip", "B", "B", "A"],
    ]})
    anggaran = make_workbook(tmp_path / "2024" / "anggaran.xlsx", {"Realisasi": [
        ["Kode", "Uraian Program/Kegiatan", "Anggaran 2024", "Realisasi 2024"],
        ["5.03.01", "Program Penunjang Urusan Pemerintahan Daerah", 1000, 900],
        ["5.03.02", "Program Kepegawaian Daerah", 2000, 1900],
    ]})
    now = load_indicators(kinerja, year=2024)
    before = load_indicators(old, year=2023)
    budget = load_budget(anggaran, year=2024).rows
    frame = achievement(now.indicators, now.values, 2024, ReportRules(cap=100))
    profiles = indicator_profiles(frame, now.values, 2024, levels=["tujuan", "sasaran"], budget=budget,
                                  efficiency=efficiency(frame, budget), indicators=now.indicators,
                                  earlier=[(2023, before.indicators, before.values)])
    return frame, {p.indicator: p for p in profiles}, [p.indicator for p in profiles]


def test_profiles_follow_the_perjanjian_kinerja_order_with_capped_and_uncapped_capaian(year_2024):
    _, profiles, order = year_2024
    assert order == ["Indeks Profesionalitas ASN", "Persentase Pelanggaran Disiplin", "Nilai SAKIP BKD", "Jumlah Aplikasi"]
    index = profiles["Indeks Profesionalitas ASN"]
    assert index.achievement_pct == pytest.approx(64.23 / 63 * 100)
    assert index.achievement_reported_pct == 100.0 and index.capped
    assert index.category == "Sangat Tinggi" and index.status == "achieved"
    assert not profiles["Persentase Pelanggaran Disiplin"].capped  # (2·5 − 6)/5 = 80 %: under the cap


def test_change_against_the_previous_year_reads_polarity_and_grades(year_2024):
    _, profiles, _ = year_2024
    index = profiles["Indeks Profesionalitas ASN"].change
    assert (index.previous_year, index.previous) == (2023, 40.0)  # the 2023 folder's own figure
    assert index.difference == pytest.approx(24.23) and index.relative_pct == pytest.approx(24.23 / 40 * 100)
    assert index.direction == "improved"
    discipline = profiles["Persentase Pelanggaran Disiplin"].change
    assert discipline.difference == pytest.approx(2.0) and discipline.direction == "declined"  # more violations is worse
    sakip = profiles["Nilai SAKIP BKD"].change
    assert (sakip.previous_text, sakip.direction) == ("A", "declined") and math.isnan(sakip.difference)
    assert profiles["Jumlah Aplikasi"].change is None  # no realisation this year, none the year before


def test_year_change_edge_cases():
    assert year_change(5.0, 0.0, "positive").direction == "improved"
    assert math.isnan(year_change(5.0, 0.0, "positive").relative_pct)  # no percentage of nothing
    assert year_change(3.0, 3.0, "negative").direction == "unchanged"
    assert year_change(float("nan"), 3.0, "positive") is None
    assert year_change(float("nan"), float("nan"), "ordinal", current_text="AA", previous_text="-", scale="sakip") is None
    assert year_change(float("nan"), float("nan"), "ordinal", current_text="X", previous_text="A", scale="sakip") is None


def test_trend_takes_each_year_from_its_own_folder_then_from_later_sheets(year_2024):
    _, profiles, _ = year_2024
    trend = [(v.year, v.value, v.read_from) for v in profiles["Indeks Profesionalitas ASN"].history]
    assert trend == [(2022, 35.0, 2023), (2023, 40.0, 2023), (2024, 64.23, 2024)]
    assert [(v.year, v.text) for v in profiles["Nilai SAKIP BKD"].history] == [(2022, "B"), (2023, "A"), (2024, "BB")]
    assert profiles["Jumlah Aplikasi"].history == []  # "-" is no value, never 0


def test_realisation_history_never_reads_a_later_year():
    indicators = pd.DataFrame({"id": ["I01"], "indicator": ["X"]})
    values = pd.DataFrame({"id": "I01", "kind": ["realisation"] * 2, "year": [2024, 2025], "value": [1.0, 2.0], "text": ["1", "2"]})
    assert realisation_history(indicators, values, 2024)["year"].tolist() == [2024]


def test_progress_towards_the_renstra_end_target(year_2024):
    _, profiles, _ = year_2024
    index = profiles["Indeks Profesionalitas ASN"]
    assert (index.renstra_target, index.renstra_year) == (70.0, 2026)
    assert index.renstra_pct == pytest.approx(64.23 / 70 * 100) and index.renstra_reached is False
    discipline = profiles["Persentase Pelanggaran Disiplin"]  # negative: (2·3 − 6)/3 = 0 %
    assert discipline.renstra_pct == pytest.approx(0.0) and discipline.renstra_reached is False
    assert profiles["Nilai SAKIP BKD"].renstra_reached is False and profiles["Nilai SAKIP BKD"].renstra_target_text == "A"
    assert profiles["Jumlah Aplikasi"].renstra_target_text is None and math.isnan(profiles["Jumlah Aplikasi"].renstra_pct)


def test_programmes_are_linked_by_code_or_name_and_never_guessed(year_2024):
    _, profiles, _ = year_2024
    [linked] = profiles["Indeks Profesionalitas ASN"].programs
    assert (linked.code, linked.budget, linked.realised, linked.remaining) == ("5.03.02", 2000.0, 1900.0, 100.0)
    assert linked.absorption_pct == pytest.approx(95.0) and linked.verdict is not None
    assert [p.code for p in profiles["Persentase Pelanggaran Disiplin"].programs] == ["5.03.02"]  # by its name
    assert profiles["Nilai SAKIP BKD"].programs == []  # 9.99.99 is in no budget
    assert profiles["Jumlah Aplikasi"].programs == []  # no Program cell


def test_the_analysts_columns_are_read_into_the_profile(year_2024):
    _, profiles, _ = year_2024
    assert profiles["Indeks Profesionalitas ASN"].texts == {
        "analysis": "Naik karena uji kompetensi", "obstacles": "Data SIASN terlambat", "actions": "Sinkronisasi bulanan"}
    assert profiles["Nilai SAKIP BKD"].texts == {}


def test_executive_summary_counts_and_lists(year_2024):
    frame, profiles, order = year_2024
    summary = executive_summary([profiles[name] for name in order], 2024,
                                pd.DataFrame({"budget": [3000.0], "realised": [2800.0], "remaining": [200.0], "absorption_pct": [2800 / 30]}),
                                dict(zip(frame["id"], frame["scale"])))
    assert (summary.achieved, summary.measured) == (2, 3)  # the index and the SAKIP grade; discipline missed
    assert summary.main.indicator == "Indeks Profesionalitas ASN"
    assert summary.sakip.realisation_text == "BB"
    assert [p.indicator for p in summary.went_well] == ["Indeks Profesionalitas ASN"]
    # missed first, then achieved but fallen against last year, then not yet measured
    assert [p.indicator for p in summary.fell_short] == ["Persentase Pelanggaran Disiplin", "Nilai SAKIP BKD", "Jumlah Aplikasi"]
    assert (summary.remaining, summary.absorption_pct) == (200.0, pytest.approx(93.33, abs=0.01))
    empty = executive_summary([], 2024)
    assert (empty.achieved, empty.measured, empty.main, empty.sakip) == (0, 0, None, None) and math.isnan(empty.remaining)
