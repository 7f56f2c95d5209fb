"""Budget realisation and efficiency (domain.md "Budget"; reference Tabel 3.6 and 3.7)."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lakip_lib.analysis import agency_total, budget_table, efficiency
from lakip_lib.errors import AnalysisError

REF = "lakip-bkd-bengkulu-2024.pdf"
NAN = float("nan")


def budget(rows: list[tuple]) -> pd.DataFrame:
    """A budget frame in the loaders' shape from (code, name, level, parent, budget, realised[, stated_pct])."""
    frame = pd.DataFrame([(*r, NAN)[:7] for r in rows], columns=["code", "name", "level", "parent", "budget", "realised", "stated_pct"])
    return frame.assign(location=REF).astype({"budget": float, "realised": float, "stated_pct": float})


@pytest.fixture
def reference() -> pd.DataFrame:
    """Tabel 3.6 and 3.7 as printed, typo included (Mutasi realised 893.618.832 against 860.000.000, printed 98%)."""
    p1, p2 = "5.03.01", "5.03.02"
    return budget([
        (p1, "Program Penunjang Urusan Pemerintahan Daerah Provinsi", "program", None, 13_201_715_554, 13_133_420_294, 99),
        (f"{p1}.1.01", "Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah", "kegiatan", p1, 350_000_000, 342_011_972, 99),
        (f"{p1}.1.02", "Administrasi Keuangan Perangkat Daerah", "kegiatan", p1, 11_471_170_554, 11_426_916_973, 100),
        (f"{p1}.1.03", "Administrasi Umum Perangkat Daerah", "kegiatan", p1, 425_600_000, 421_805_359, 99),
        (f"{p1}.1.04", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "kegiatan", p1, 257_191_400, 255_795_500, 99),
        (f"{p1}.1.05", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "kegiatan", p1, 443_753_600, 440_373_690, 99),
        (f"{p1}.1.06", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "kegiatan", p1, 254_000_000, 246_516_800, 97),
        (p2, "Program Kepegawaian Daerah", "program", None, 3_875_550_000, 3_698_626_072, 95),
        (f"{p2}.2.01", "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN", "kegiatan", p2, 1_521_550_000, 1_398_468_521, 92),
        (f"{p2}.2.02", "Mutasi dan Promosi ASN", "kegiatan", p2, 860_000_000, 893_618_832, 98),
        (f"{p2}.2.03", "Pengembangan Kompetensi ASN", "kegiatan", p2, 684_000_000, 663_009_785, 97),
        (f"{p2}.2.04", "Penilaian dan Evaluasi Kinerja Aparatur", "kegiatan", p2, 810_000_000, 797_528_934, 98),
    ])  # fmt: skip


# ---------------------------------------------------------------- reference Tabel 3.6 / 3.7


def test_reference_program_absorption(reference):
    table = budget_table(reference).set_index("code")
    assert table.loc["5.03.01", "absorption_pct"] == pytest.approx(13_133_420_294 / 13_201_715_554 * 100)
    assert table.loc["5.03.01", "absorption_pct"] == pytest.approx(99.4826789)
    assert table.loc["5.03.01", "remaining"] == 68_295_260
    assert table.loc["5.03.02", "absorption_pct"] == pytest.approx(95.4348518)
    # "terjadi sisa Anggaran Sebesar Rp. 176.923.928,00"
    assert table.loc["5.03.02", "remaining"] == 176_923_928


def test_reference_program_keeps_its_stated_amount(reference):
    table = budget_table(reference).set_index("code")
    # the kegiatan sum to 3.752.626.072: the program row stays as stated
    assert table.loc["5.03.02", "realised"] == 3_698_626_072
    # Mutasi is computed from its amounts, not taken from the printed 98%
    mutasi = table.loc["5.03.02.2.02"]
    assert mutasi["absorption_pct"] == pytest.approx(893_618_832 / 860_000_000 * 100)
    assert mutasi["absorption_pct"] > 100 and mutasi["remaining"] == -33_618_832
    assert mutasi["stated_pct"] == 98


def test_reference_agency_total(reference):
    total = agency_total(reference)
    assert total.columns.tolist() == ["budget", "realised", "remaining", "absorption_pct"]
    assert len(total) == 1
    row = total.iloc[0]
    assert (row["budget"], row["realised"]) == (17_077_265_554, 16_832_046_366)
    assert row["remaining"] == 245_219_188
    assert row["absorption_pct"] == pytest.approx(16_832_046_366 / 17_077_265_554 * 100)
    assert row["absorption_pct"] == pytest.approx(98.564060579)


def test_reference_efficiency(reference):
    achievement = pd.DataFrame({"id": ["t35"], "program": ["5.03.02"], "achievement_reported_pct": [100.0]})
    row = efficiency(achievement, reference, 5.0).iloc[0]
    assert row["name"] == "Program Kepegawaian Daerah"
    assert row["selisih"] == pytest.approx(100 - 3_698_626_072 / 3_875_550_000 * 100)
    assert row["verdict"] == "cukup efisien"
    # budget_table's own output is a valid budget frame too
    assert efficiency(achievement, budget_table(reference), 5.0).equals(efficiency(achievement, reference, 5.0))


def test_table_columns(reference):
    assert budget_table(reference).columns.tolist() == [
        "code", "name", "level", "budget", "realised", "remaining", "absorption_pct", "parent", "stated_pct", "location",
    ]  # fmt: skip


# ---------------------------------------------------------------- filling from children


def test_missing_amounts_are_summed_from_children_recursively():
    table = budget_table(budget([
        ("1", "Program", "program", None, NAN, NAN),
        ("1.1", "Kegiatan A", "kegiatan", "1", NAN, NAN),
        ("1.1.1", "Sub A1", "sub_kegiatan", "1.1", 100, 90),
        ("1.1.2", "Sub A2", "sub_kegiatan", "1.1", 50, 50),
        ("1.2", "Kegiatan B", "kegiatan", "1", 200, NAN),
        ("1.2.1", "Sub B1", "sub_kegiatan", "1.2", 999, 120),
    ])).set_index("code")  # fmt: skip
    assert table.loc["1.1", ["budget", "realised"]].tolist() == [150, 140]
    # a stated amount is kept even when its children disagree
    assert table.loc["1.2", ["budget", "realised"]].tolist() == [200, 120]
    assert table.loc["1", ["budget", "realised", "remaining"]].tolist() == [350, 260, 90]
    assert table.loc["1", "absorption_pct"] == pytest.approx(260 / 350 * 100)


def test_a_missing_child_amount_leaves_the_parent_unknown():
    table = budget_table(budget([
        ("1", "Program", "program", None, NAN, 100),
        ("1.1", "Kegiatan A", "kegiatan", "1", 80, 60),
        ("1.2", "Kegiatan B", "kegiatan", "1", NAN, 40),
    ])).set_index("code")  # fmt: skip
    assert math.isnan(table.loc["1", "budget"]) and math.isnan(table.loc["1", "absorption_pct"])
    assert math.isnan(agency_total(table.reset_index()).iloc[0]["budget"])


def test_zero_or_unknown_budget_has_no_absorption():
    table = budget_table(budget([("1", "P", "program", None, 0, 0), ("2", "Q", "program", None, NAN, 5)]))
    assert table["absorption_pct"].isna().all()
    assert table["remaining"].iloc[0] == 0


def test_duplicate_codes_are_an_error():
    rows = budget([("1", "P", "program", None, 1, 1), ("1", "P", "program", None, 2, 2)])
    rows["location"] = ["anggaran.xlsx:DAU!row 5", "anggaran.xlsx:DAK!row 7"]
    places = r"\('1' at anggaran.xlsx:DAU!row 5, anggaran.xlsx:DAK!row 7\)"
    with pytest.raises(AnalysisError, match=r"'1' appears more than once " + places):
        budget_table(rows)


# ---------------------------------------------------------------- efficiency


@pytest.mark.parametrize(("capaian", "verdict"), [(80.0, "cukup efisien"), (70.0, "cukup efisien"), (80.5, "efisien"), (69.5, "tidak efisien")])
def test_efficiency_band_is_inclusive(capaian, verdict):
    # absorption 3/4 = 75% exactly, so selisih is exactly ±5 on the boundary
    rows = budget([("1", "Program", "program", None, 4, 3)])
    row = efficiency(pd.DataFrame({"program": ["1"], "achievement_reported_pct": [capaian]}), rows, 5.0).iloc[0]
    assert row["selisih"] == capaian - 75
    assert row["verdict"] == verdict


def test_efficiency_per_program_mean_of_numeric_capaian():
    rows = budget([("1", "P1", "program", None, 4, 3), ("2", "P2", "program", None, 100, 100)])
    achievement = pd.DataFrame({
        "program": ["2", "1", "1", "1", None, "9", "3"],
        "achievement_reported_pct": [100.0, 100.0, 50.0, NAN, 10.0, 100.0, NAN],
    })  # fmt: skip
    table = efficiency(achievement, rows, 5.0)
    assert table.columns.tolist() == ["program", "name", "indicators", "achievement_reported_pct", "absorption_pct", "selisih", "verdict"]
    assert table["program"].tolist() == ["2", "1", "9", "3"]
    assert table["indicators"].tolist() == [1, 3, 1, 1]
    assert table["achievement_reported_pct"].tolist()[:2] == [100.0, 75.0]
    assert table["verdict"].tolist()[:2] == ["cukup efisien", "cukup efisien"]
    # a program absent from the budget, or with no numeric capaian, gets no verdict
    assert pd.isna(table.loc[2, "name"]) and table.loc[2:, "verdict"].isna().all()


# ---------------------------------------------------------------- properties

_amount = st.integers(min_value=0, max_value=10**12).map(float)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(_amount, _amount), min_size=1, max_size=8))
def test_unstated_program_is_the_sum_of_its_kegiatan(kegiatan):
    rows = budget([("P", "Program", "program", None, NAN, NAN)]
                  + [(f"P.{i}", f"K{i}", "kegiatan", "P", b, r) for i, (b, r) in enumerate(kegiatan)])  # fmt: skip
    program = budget_table(rows).iloc[0]
    assert program["budget"] == sum(b for b, _ in kegiatan)
    assert program["realised"] == sum(r for _, r in kegiatan)
    assert program["remaining"] == program["budget"] - program["realised"]
    if program["budget"]:
        assert program["absorption_pct"] == pytest.approx(program["realised"] / program["budget"] * 100)
    assert agency_total(rows).iloc[0]["budget"] == program["budget"]
