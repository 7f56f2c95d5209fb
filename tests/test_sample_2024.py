"""The bundled 2024 sample reproduces the published LAKIP 2024 of BKD Provinsi Bengkulu (issue 3, "Done when").

``data/raw/2024`` is loaded with :func:`load_year` and analysed with
:func:`analyse`; every expected value is a literal copied from the reference
report (Tabel 1.1–1.6, 3.1–3.7 and the text of Bab I.G and Bab III.B), or from
``data/raw/README.md`` where the report is silent (the 16 other education
levels). Uncapped capaian are written as the ratio of the two published
figures (``64.23 / 63 * 100``), never taken from the code under test. A dash
in a published cell is "no value", which the analysis holds as NaN (None here).
"""

from __future__ import annotations

import csv
import math
import re
from pathlib import Path

import pandas as pd
import pytest

from lakip_lib.analysis.year import analyse, history
from lakip_lib.loading import load_year
from lakip_lib.formatting import format_number, format_percent
from lakip_lib.presentation.outputs import write_interface_tables

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def results():
    return analyse(load_year(ROOT / "data/raw", 2024))


def _counts(results, dimension: str) -> list[tuple[str, int]]:
    frame = results.staffing[dimension]
    return list(zip(frame["category"], frame["count"].astype(int)))


def _share(results, dimension: str, category: str) -> float:
    frame = results.staffing[dimension]
    return float(frame.loc[frame["category"] == category, "share_pct"].item())


def _cell(value: object) -> object:
    """A loaded number as the report prints it: NaN ("-") as None, whole numbers as int."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return int(value) if float(value).is_integer() else value


def _indicator(results, name: str) -> pd.Series:
    rows = results.indicators[results.indicators["indicator"] == name]
    assert len(rows) == 1, name
    return rows.iloc[0]


# ---------------------------------------------------------------- Bab I: staff (Tabel 1.1–1.4, Bab I.G)

def test_tabel_1_1_total_staff(results):
    assert len(results.data.staff.roster) == 103
    for dimension in ("golongan", "gender", "position_type", "education"):
        assert sum(count for _, count in _counts(results, dimension)) == 103, dimension


def test_tabel_1_2_by_position_type(results):
    assert dict(_counts(results, "position_type")) == {"Struktural": 8, "Pelaksana": 59, "Fungsional": 36}


def test_tabel_1_3_by_gender_with_the_shares_of_the_text(results):
    assert dict(_counts(results, "gender")) == {"Laki-laki": 45, "Perempuan": 58}
    male, female = _share(results, "gender", "Laki-laki"), _share(results, "gender", "Perempuan")
    assert male == pytest.approx(43.69, abs=0.005) and female == pytest.approx(56.31, abs=0.005)
    # unrounded in the results; the text of Bab I.G rounds them to whole percents
    assert (format_percent(male, 0), format_percent(female, 0)) == ("44%", "56%")


def test_tabel_1_4_by_golongan_in_report_order(results):
    assert _counts(results, "golongan") == [("IV/d", 1), ("IV/b", 6), ("IV/a", 10), ("III/d", 33), ("III/c", 21),
                                            ("III/b", 15), ("III/a", 15), ("II/d", 2)]
    # Bab I.G: "golongan III sebanyak 84 orang"
    assert sum(count for grade, count in _counts(results, "golongan") if grade.startswith("III/")) == 84


def test_education_of_bab_1_g_and_the_samples_choice_for_the_rest(results):
    counts = dict(_counts(results, "education"))
    assert (counts["S1"], counts["S2"]) == (58, 29)  # Bab I.G
    assert counts == {"SMA": 7, "D3": 6, "D4": 2, "S1": 58, "S2": 29, "S3": 1}  # data/raw/README.md


def test_everyone_is_pns(results):
    assert dict(_counts(results, "status")) == {"PNS": 103, "PPPK": 0}


# ---------------------------------------------------------------- Bab I: assets (Tabel 1.5–1.6)

SARANA = [  # item, baik, rusak, mencukupi, kurang, ket
    ("Kendaraan Roda 4", 7, 1, 7, None, "Cukup"),
    ("Kendaraan Roda 2", 18, 7, 18, None, "Cukup"),
    ("Personal Komputer (PC)", 50, None, 50, None, "Cukup"),
    ("Laptop", 31, 49, 35, 4, "Kurang"),
    ("Air Conditioner (AC)", 24, 11, 30, 6, "Kurang"),
    ("Printer", 36, 41, 40, 4, "Kurang"),
    ("Lemari Besi", 14, None, 14, None, "Cukup"),
    ("Lemari Kayu", 17, None, 17, None, "Cukup"),
    ("Filling Cabinet", 10, None, 10, None, "Cukup"),
    ("Kursi Tamu", 7, None, 7, None, "Cukup"),
    ("Meja Kerja", 43, None, 103, 60, "Kurang"),
    ("Kursi Kerja", 50, None, 103, 53, "Kurang"),
    ("Kursi Tunggu", 8, None, 8, None, "Cukup"),
    ("Kulkas", 2, None, 2, None, "Cukup"),
    ("TV", 4, 2, 4, None, "Cukup"),
    ("UPS", None, 10, 5, 5, "Kurang"),
    ("Infocus", 2, 3, 3, 1, "Kurang"),
    ("Meja Resepsionis", 2, None, 2, None, "Cukup"),
    ("Kamera", 1, 3, 2, 2, "Kurang"),
    ("Mesin Penghisap Debu", None, 2, None, 2, "Kurang"),
    ("Scanner", 2, None, 2, None, "Cukup"),
    ("Brankas", 1, None, 1, None, "Cukup"),
    ("CCTV", None, 1, None, 1, "Kurang"),
    ("Tablet", 3, None, 3, None, "Cukup"),
]
PRASARANA = [("Gedung dan Bangunan", 1, None, 1, None, "Cukup"), ("Tanah", 1, None, 1, None, "Cukup")]


@pytest.mark.parametrize("category, expected", [("sarana", SARANA), ("prasarana", PRASARANA)], ids=["tabel-1-5", "tabel-1-6"])
def test_tabel_1_5_and_1_6_every_cell(results, category, expected):
    rows = results.data.assets.rows
    rows = rows[rows["category"] == category]
    got = [(r.item, *(_cell(v) for v in (r.good, r.damaged, r.sufficient, r.lacking)), r.note) for r in rows.itertuples()]
    assert got == expected


# ---------------------------------------------------------------- Bab III A: indicators (Tabel 3.1–3.5)

# Tabel, goal, indicator, target 2024, realisation 2023, realisation 2024, uncapped capaian
NUMERIC = [
    ("3.1", "Tujuan 1: Meningkatnya Profesionalisme Aparatur Pemerintahan", "Indeks Profesionalitas ASN",
     63, 39.99, 64.23, 64.23 / 63 * 100),
    ("3.2", "Sasaran 1.1: Meningkatnya Kinerja Kepegawaian Daerah", "Persentase ASN yang sesuai dengan Standar Kompetensi",
     88.30, 87.30, 89, 89 / 88.30 * 100),
    ("3.2", "Sasaran 1.1: Meningkatnya Kinerja Kepegawaian Daerah", "Persentase ASN yang sesuai dengan Standar Kualifikasi",
     90.29, 90.00, 91.86, 91.86 / 90.29 * 100),
    ("3.3", "Sasaran 1.2: Meningkatnya Kinerja dan Tingkat Kedisiplinan ASN", "Persentase Peningkatan Kinerja ASN",
     88.10, 88.00, 89.25, 89.25 / 88.10 * 100),
    ("3.3", "Sasaran 1.2: Meningkatnya Kinerja dan Tingkat Kedisiplinan ASN", "Persentase Disiplin ASN",
     100, 100, 100, 100.0),
]


@pytest.mark.parametrize("table, goal, name, target, before, now, uncapped", NUMERIC, ids=[f"tabel-{r[0]}-{r[2][:24]}" for r in NUMERIC])
def test_tabel_3_1_to_3_3_numeric_indicators(results, table, goal, name, target, before, now, uncapped):
    row = _indicator(results, name)
    assert row["goal"] == goal
    assert (row["target"], row["realisation_prev"], row["realisation"]) == (target, before, now)
    assert row["achievement_pct"] == pytest.approx(uncapped, rel=1e-12)
    # the report prints every one of them as 100: the sample's cap of 100
    assert row["achievement_reported_pct"] == 100
    assert row["stated_capaian"] == 100
    assert bool(row["achieved"]) and row["category"] == "Sangat Tinggi"


def test_tabel_3_1_ip_asn_capaian_is_101_95_uncapped_and_100_reported(results):
    row = _indicator(results, "Indeks Profesionalitas ASN")
    assert format_number(row["achievement_pct"], 3) == "101,952"
    assert format_number(row["achievement_reported_pct"], 2) == "100,00"


def test_tabel_3_4_sakip_bb_to_a_is_achieved(results):
    row = _indicator(results, "Nilai SAKIP BKD")
    assert row["goal"] == "Tujuan 2: Meningkatnya Tata Kelola BKD"
    assert (row["target_text"], row["realisation_prev_text"], row["realisation_text"]) == ("BB", "BB", "A")
    assert row["polarity"] == "ordinal" and row["scale"] == "sakip"
    assert bool(row["achieved"]) and row["status"] == "achieved"
    assert math.isnan(row["achievement_pct"])  # a grade has no capaian %
    assert row["stated_capaian_text"] == "BB"  # as printed in Tabel 3.4


def test_tabel_3_5_priority_activity_4_of_2_applications(results):
    row = _indicator(results, "Jumlah Pembangunan/Pengembangan Aplikasi Kepegawaian")
    assert row["level"] == "prioritas" and row["goal"] == "Digitalisasi Pelayanan Kepegawaian"
    assert (row["target_text"], row["realisation_prev_text"], row["realisation_text"]) == ("2 Aplikasi", "2 Aplikasi", "4 Aplikasi")
    assert row["unit"] == "Aplikasi"
    assert row["achievement_pct"] == 200
    assert row["achievement_reported_pct"] == 100 and row["stated_capaian"] == 100


def test_ikk_nine_targets_as_published(results):
    ikk = results.indicators[results.indicators["level"] == "ikk"]
    assert ikk["target_text"].tolist() == ["B", "BB", "75%", "100%", "Inovatif", "Menuju Informatif", "80%", "95%", "63"]
    assert (ikk["status"] == "no_realisation").all()  # the PK of IKK sets targets only


def test_goals_are_all_achieved_at_100(results):
    goals = results.goals.set_index("goal")
    for goal in ("Tujuan 1: Meningkatnya Profesionalisme Aparatur Pemerintahan",
                 "Sasaran 1.1: Meningkatnya Kinerja Kepegawaian Daerah",
                 "Sasaran 1.2: Meningkatnya Kinerja dan Tingkat Kedisiplinan ASN"):
        # Bab III: "Persentase capaian sasaran ini adalah : 100"
        assert goals.loc[goal, "mean_achievement_reported_pct"] == 100 and goals.loc[goal, "all_achieved"], goal


# ---------------------------------------------------------------- Bab III B: budget (Tabel 3.6–3.7, text)

# code, name, anggaran, realisasi, % as printed
TABEL_3_6 = [
    ("5.03.01", "Program Penunjang Urusan Pemerintahan Daerah Provinsi", 13_201_715_554, 13_133_420_294, 99),
    ("5.03.01.1.01", "Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah", 350_000_000, 342_011_972, 99),
    ("5.03.01.1.02", "Administrasi Keuangan Perangkat Daerah", 11_471_170_554, 11_426_916_973, 100),
    ("5.03.01.1.06", "Administrasi Umum Perangkat Daerah", 425_600_000, 421_805_359, 99),
    ("5.03.01.1.07", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", 257_191_400, 255_795_500, 99),
    ("5.03.01.1.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", 443_753_600, 440_373_690, 99),
    ("5.03.01.1.09", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", 254_000_000, 246_516_800, 97),
]
TABEL_3_7 = [
    ("5.03.02", "Program Kepegawaian Daerah", 3_875_550_000, 3_698_626_072, 95),
    ("5.03.02.1.01", "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN", 1_521_550_000, 1_398_468_521, 92),
    ("5.03.02.1.02", "Mutasi dan Promosi ASN", 860_000_000, 893_618_832, 98),
    ("5.03.02.1.03", "Pengembangan Kompetensi ASN", 684_000_000, 663_009_785, 97),
    ("5.03.02.1.04", "Penilaian dan Evaluasi Kinerja Aparatur", 810_000_000, 797_528_934, 98),
]


@pytest.mark.parametrize("expected", [TABEL_3_6, TABEL_3_7], ids=["tabel-3-6", "tabel-3-7"])
def test_tabel_3_6_and_3_7_every_amount_and_percentage_as_published(results, expected):
    program = expected[0][0]
    rows = results.budget[(results.budget["code"] == program) | (results.budget["parent"] == program)]
    got = [(r.code, r.name, r.budget, r.realised, r.stated_pct) for r in rows.itertuples()]
    assert got == expected
    assert (rows["remaining"] == rows["budget"] - rows["realised"]).all()


def test_program_totals_are_kept_as_stated(results):
    budget = results.budget.set_index("code")
    # 3.698.626.072 as stated, though its kegiatan add up to 3.752.626.072 (a finding below)
    assert budget.loc["5.03.02", "realised"] == 3_698_626_072
    assert budget.loc["5.03.01", ["budget", "realised"]].tolist() == [13_201_715_554, 13_133_420_294]


def test_agency_total_of_bab_3_b(results):
    total = results.total.iloc[0]
    assert (total["budget"], total["realised"], total["remaining"]) == (17_077_265_554, 16_832_046_366, 245_219_188)
    assert format_percent(total["absorption_pct"]) == "98,56%"
    stated = results.data.budget.stated_totals.iloc[0]
    assert (stated["label"], stated["budget"], stated["realised"], stated["stated_pct"]) == ("JUMLAH", 17_077_265_554, 16_832_046_366, 99)


def test_exactly_the_four_known_mistakes_are_found(results):
    findings = results.findings
    assert findings[["severity", "check", "location"]].values.tolist() == [
        ["error", "sum_mismatch", "anggaran.xlsx:Realisasi!row 14"],
        ["error", "over_budget", "anggaran.xlsx:Realisasi!row 16"],
        ["warning", "pct_mismatch", "anggaran.xlsx:Realisasi!row 8"],
        ["warning", "pct_mismatch", "anggaran.xlsx:Realisasi!row 16"],
    ]
    sum_mismatch, over_budget, row_1_1, mutasi = findings["message"]
    # Tabel 3.7: the four kegiatan add up to 3.752.626.072, the program states 3.698.626.072
    assert "3.752.626.072" in sum_mismatch and "3.698.626.072" in sum_mismatch and "54.000.000" in sum_mismatch
    assert "893.618.832" in over_budget and "860.000.000" in over_budget
    assert "98%" in mutasi and "103,91%" in mutasi
    # Tabel 3.6 row 1.1: printed 99, 342.011.972 / 350.000.000 is 97,72%
    assert row_1_1.startswith("5.03.01.1.01 ") and "99%" in row_1_1 and "97,72%" in row_1_1


# ---------------------------------------------------------------- the stable CSV interface (README, "Output tables")

INTERFACE = {
    "staffing_by_grade.csv": ["grade", "count", "share_pct"],
    "staffing_by_gender.csv": ["gender", "count", "share_pct"],
    "staffing_by_position.csv": ["position_type", "count", "share_pct"],
    "staffing_by_education.csv": ["education", "count", "share_pct"],
    "indicators.csv": ["level", "goal", "indicator", "unit", "polarity", "target", "realisation", "realisation_prev",
                       "achievement_pct", "achievement_reported_pct", "achieved", "category"],
    "budget.csv": ["code", "name", "level", "budget", "realised", "remaining", "absorption_pct"],
    "checks.csv": ["severity", "dataset", "location", "message"],
    "trend.csv": ["year", "headcount", "absorption_pct", "indicators_achieved", "indicators_measured"],
}


@pytest.fixture(scope="module")
def tables(results, tmp_path_factory):
    directory = tmp_path_factory.mktemp("tables")
    results.history, _ = history(results, ROOT / "data" / "raw")  # as build_report sets it: the sample has no earlier year
    write_interface_tables(results, directory)
    return {p.name: list(csv.DictReader(p.open(encoding="utf-8", newline=""))) for p in directory.iterdir()}, directory


def test_readme_documents_the_interface_tested_here():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Output tables", 1)[1].split("\n## ", 1)[0]
    documented = {name: [c.strip() for c in columns.split(",")]
                  for name, columns in re.findall(r"^\| `([^`]+\.csv)` \| ([^|]+) \|$", section, re.MULTILINE)}
    assert documented == INTERFACE


def test_interface_csv_names_and_columns(tables):
    _, directory = tables
    assert sorted(p.name for p in directory.iterdir()) == sorted(INTERFACE)
    for name, columns in INTERFACE.items():
        with (directory / name).open(encoding="utf-8", newline="") as handle:
            assert next(csv.reader(handle)) == columns, name


def test_interface_csv_values_are_unrounded_and_as_stated(tables):
    rows, _ = tables
    earlier, trend = rows["trend.csv"]
    assert (trend["year"], trend["headcount"], trend["indicators_achieved"], trend["indicators_measured"]) == ("2024", "103", "7", "7")
    # 2023/ holds the 2023 realisations only: no staff, no budget, no target to measure against
    assert (earlier["year"], earlier["headcount"], earlier["absorption_pct"], earlier["indicators_measured"]) == ("2023", "", "", "0")
    assert float(trend["absorption_pct"]) == pytest.approx(98.564, abs=0.001)
    gender = {r["gender"]: r for r in rows["staffing_by_gender.csv"]}
    assert gender["Perempuan"]["count"] == "58"
    assert float(gender["Perempuan"]["share_pct"]) == pytest.approx(56.31, abs=0.005)
    assert len(gender["Perempuan"]["share_pct"].split(".")[1]) > 2  # unrounded
    budget = {r["code"]: r for r in rows["budget.csv"]}
    assert float(budget["5.03.02"]["realised"]) == 3_698_626_072
    assert [r["severity"] for r in rows["checks.csv"]] == ["error", "error", "warning", "warning"]
    grades = [r["grade"] for r in rows["staffing_by_grade.csv"]]
    assert grades == ["IV/d", "IV/b", "IV/a", "III/d", "III/c", "III/b", "III/a", "II/d"]


def test_the_report_figures_of_the_sample_are_drawn_once_and_split_by_section(results):
    from lakip_lib.presentation.report import report_figures

    every = report_figures(results, "id")
    # every figure numbered in its chapter, as the report prints them (Gambar 1.1 is the agency's organisation chart)
    # Gambar 3.2–3.8: each indicator's trend chart (the sheet's Realisasi 2023 column gives each a second year), in
    # its section between the capaian chart and the budget's
    assert [f.number for f in every.values()] == ["Gambar 1.2", "Gambar 1.3", "Gambar 1.4", "Gambar 1.5", "Gambar 1.6",
                                                  "Gambar 1.7", *[f"Gambar 3.{n}" for n in range(1, 10)]]
    assert [f.section for f in every.values()][7:14] == ["analysis"] * 7
    by_section = {section: report_figures(results, "id", section) for section in ("staff", "indicators", "analysis", "budget")}
    assert sorted(key for part in by_section.values() for key in part) == sorted(every)
    # the report notebook, in the kernel that ran the part notebooks, gets the very figures they drew
    assert all(by_section[f.section][key].figure is f.figure for key, f in every.items())
    english = report_figures(results, "en", "staff")
    assert english["gambar-1-2"].figure is not every["gambar-1-2"].figure
    assert english["gambar-1-2"].number == "Figure 1.2"
    other_year = analyse(load_year(ROOT / "data/raw", 2024))  # the same inputs loaded again: another results object
    assert report_figures(other_year, "id")["gambar-1-2"].figure is not every["gambar-1-2"].figure
