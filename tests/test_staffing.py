"""Staff tables: counts, crosstabs, bands and retirement projection (domain.md "Staff"; reference Tabel 1.2–1.4)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lakip_lib.analysis import age_bands, count_by, crosstab, retirement_projection, totals, years_of_service
from lakip_lib.analysis.staffing import UNKNOWN, retirement_year
from lakip_lib.domain import education_order, golongan_order
from lakip_lib.errors import AnalysisError, LakipError
from lakip_lib.loading.staff import ROSTER_CATEGORIES

REF = "lakip-bkd-bengkulu-2024.pdf"


def summaries(rows: list[tuple[str, str, str | None, float]]) -> pd.DataFrame:
    """A summaries frame in the loaders' shape from (dimension, category, gender, count)."""
    frame = pd.DataFrame(rows, columns=["dimension", "category", "gender", "count"])
    return frame.assign(count=frame["count"].astype(float), location=REF)


def roster(**columns: list) -> pd.DataFrame:
    """A roster in the loaders' shape; columns not given are filled with plausible values."""
    n = len(next(iter(columns.values())))
    base = {
        "nip": [f"19700101199503100{i % 10}" for i in range(n)],
        "name": [f"Pegawai {i}" for i in range(n)],
        "birth_date": pd.to_datetime(["1970-01-01"] * n),
        "gender": ["Perempuan"] * n,
        "golongan": ["III/a"] * n,
        "position_type": ["Pelaksana"] * n,
        "position": ["Pengadministrasi Umum"] * n,
        "education": ["S1"] * n,
        "unit": ["Sekretariat"] * n,
        "status": ["PNS"] * n,
        "appointed": pd.to_datetime(["1995-03-01"] * n),
        "row": list(range(2, n + 2)),
    }
    return pd.DataFrame({**base, **columns})


def categorical(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the ordered categoricals the roster loader gives (``ROSTER_CATEGORIES``)."""
    return frame.assign(**{column: pd.Categorical(frame[column], categories=order(), ordered=True)
                           for column, order in ROSTER_CATEGORIES.items()})


@pytest.fixture
def reference_summaries() -> pd.DataFrame:
    """Tabel 1.2 (jabatan), 1.3 (jenis kelamin) and 1.4 (golongan) of the reference, as the loaders give them."""
    return summaries(
        [("position_type", c, None, n) for c, n in (("Struktural", 8), ("Pelaksana", 59), ("Fungsional", 36))]
        + [("gender", c, None, n) for c, n in (("Laki-laki", 45), ("Perempuan", 58))]
        + [("golongan", c, None, n) for c, n in (("IV/d", 1), ("IV/b", 6), ("IV/a", 10), ("III/d", 33),
                                                  ("III/c", 21), ("III/b", 15), ("III/a", 15), ("II/d", 2))]
    )  # fmt: skip


# ---------------------------------------------------------------- reference tables


def test_reference_tabel_1_2_position_type(reference_summaries):
    table = count_by(reference_summaries, "position_type")
    assert table["category"].tolist() == ["Struktural", "Fungsional", "Pelaksana"]
    assert table["count"].tolist() == [8, 36, 59]
    # the report's "57% pegawai … pelaksana" is 59/103 rounded
    assert table["share_pct"].tolist() == pytest.approx([8 / 103 * 100, 36 / 103 * 100, 59 / 103 * 100])
    assert table["count"].dtype == np.int64


def test_reference_tabel_1_3_gender(reference_summaries):
    table = count_by(reference_summaries, "gender")
    assert table["count"].tolist() == [45, 58]
    # the report prints 44% and 56%: unrounded here
    assert table["share_pct"].tolist() == pytest.approx([43.689320388349515, 56.310679611650485])


def test_reference_tabel_1_4_golongan(reference_summaries):
    table = count_by(reference_summaries, "golongan")
    assert table["category"].tolist() == ["IV/d", "IV/b", "IV/a", "III/d", "III/c", "III/b", "III/a", "II/d"]
    assert table["count"].tolist() == [1, 6, 10, 33, 21, 15, 15, 2]
    assert table.loc[table["category"] == "III/d", "share_pct"].item() == pytest.approx(33 / 103 * 100)


def test_reference_totals_are_103(reference_summaries):
    assert totals(reference_summaries).to_dict("records") == [
        {"dimension": "golongan", "total": 103},
        {"dimension": "gender", "total": 103},
        {"dimension": "position_type", "total": 103},
    ]


# ---------------------------------------------------------------- count_by ordering


def test_group_level_summary_is_ordered_iv_to_i():
    table = count_by(summaries([("golongan", g, None, n) for g, n in (("II", 2), ("IV", 17), ("III", 84))]), "golongan")
    assert table["category"].tolist() == ["IV", "III", "II"]


def test_roster_golongan_at_ruang_level_pppk_after_pns():
    staff = roster(golongan=["IX (PPPK)", "III/a", "IV/b", "V (PPPK)", "III/a", "I/a"])
    table = count_by(staff, "golongan")
    assert table["category"].tolist() == ["IV/b", "III/a", "I/a", "IX (PPPK)", "V (PPPK)"]
    assert table["count"].tolist() == [1, 2, 1, 1, 1]


def test_golongan_order_follows_domain_order():
    staff = roster(golongan=list(reversed(golongan_order())))
    assert count_by(staff, "golongan")["category"].tolist() == list(golongan_order())


def test_education_lowest_first_and_missing_last():
    staff = roster(education=["S2", "SMA", None, "D3", "SD", "S1"])
    table = count_by(staff, "education")
    assert table["category"].tolist() == ["SD", "SMA", "D3", "S1", "S2", UNKNOWN]
    assert table["count"].sum() == 6


def test_fixed_dimensions_list_every_category_with_zero():
    table = count_by(roster(position_type=["Pelaksana", "Pelaksana"]), "position_type")
    assert table.to_dict("list") == {"category": ["Struktural", "Fungsional", "Pelaksana"], "count": [0, 0, 2], "share_pct": [0.0, 0.0, 100.0]}
    assert count_by(roster(status=["PPPK"]), "status")["category"].tolist() == ["PNS", "PPPK"]


def test_unexpected_category_is_an_error_naming_it():
    with pytest.raises(AnalysisError, match="'V/a'"):
        count_by(roster(golongan=["III/a", "V/a"]), "golongan")
    assert issubclass(AnalysisError, LakipError)


def test_unknown_dimension_and_missing_table_are_errors(reference_summaries):
    with pytest.raises(AnalysisError, match="unknown staff dimension 'agama'"):
        count_by(reference_summaries, "agama")
    with pytest.raises(AnalysisError, match="no education table"):
        count_by(reference_summaries, "education")
    with pytest.raises(AnalysisError, match="no 'education' column"):
        count_by(roster(gender=["Perempuan"]).drop(columns="education"), "education")


def test_summary_counts_use_the_gender_breakdown_not_the_stated_jumlah():
    # III/a: L 5 + P 7 with a wrong stated Jumlah of 13; III/b given only as a total
    frame = summaries([("golongan", "III/a", "Laki-laki", 5), ("golongan", "III/a", "Perempuan", 7),
                       ("golongan", "III/a", None, 13), ("golongan", "III/b", None, 4)])  # fmt: skip
    assert count_by(frame, "golongan")["count"].tolist() == [4, 12]


def test_fractional_summary_count_is_an_error():
    with pytest.raises(AnalysisError, match="whole numbers"):
        count_by(summaries([("gender", "Laki-laki", None, 4.5)]), "gender")


def test_any_roster_column_is_counted_in_first_appearance_order_with_missing_last():
    staff = roster(unit=["Sekretariat", "Bidang Mutasi", None, "Sekretariat", "Bidang Aparatur"])
    table = count_by(staff, "unit")
    assert table.to_dict("list") == {"category": ["Sekretariat", "Bidang Mutasi", "Bidang Aparatur", UNKNOWN],
                                     "count": [2, 1, 1, 1], "share_pct": [40.0, 20.0, 20.0, 20.0]}


def test_a_categorical_column_is_counted_in_its_category_order_listing_only_those_present():
    units = pd.Categorical(["B", "C", "B", None], categories=["C", "A", "B"], ordered=True)
    assert count_by(roster(unit=units), "unit")["category"].tolist() == ["C", "B", UNKNOWN]


def test_a_column_the_roster_lacks_is_an_error_naming_its_columns():
    with pytest.raises(AnalysisError, match="no 'agama' column .*golongan"):
        count_by(roster(golongan=["III/a"]), "agama")
    with pytest.raises(AnalysisError, match="no 'agama' column"):
        crosstab(roster(golongan=["III/a"]), "golongan", "agama")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([*golongan_order(), None]), st.sampled_from(["Laki-laki", "Perempuan", None]),
                          st.sampled_from([*education_order(), None]), st.sampled_from(["Struktural", "Fungsional", "Pelaksana", None])),
                min_size=1, max_size=40))  # fmt: skip
def test_the_loaders_categoricals_count_as_their_plain_values(people):
    plain = roster(golongan=[p[0] for p in people], gender=[p[1] for p in people], education=[p[2] for p in people],
                   position_type=[p[3] for p in people], birth_date=pd.to_datetime(["1966-05-01"] * len(people)))
    typed = categorical(plain)
    for dimension in ("golongan", "gender", "education", "position_type", "unit"):
        pd.testing.assert_frame_equal(count_by(typed, dimension), count_by(plain, dimension), check_exact=True)
    for rows, columns in (("golongan", "gender"), ("education", "position_type"), ("unit", "golongan")):
        pd.testing.assert_frame_equal(crosstab(typed, rows, columns), crosstab(plain, rows, columns), check_exact=True)
    pd.testing.assert_frame_equal(retirement_projection(typed, 2024), retirement_projection(plain, 2024), check_exact=True)


# ---------------------------------------------------------------- crosstab


def test_crosstab_of_any_two_roster_columns():
    staff = categorical(roster(unit=["Sekretariat", "Bidang Mutasi", "Sekretariat"], education=["S2", "SMA", "D3"]))
    table = crosstab(staff, "unit", "education")
    assert table.index.tolist() == ["Sekretariat", "Bidang Mutasi"]
    assert table.columns.tolist() == ["SMA", "D3", "S2", "Jumlah"]  # education lowest first, only those present
    assert table.loc["Sekretariat"].tolist() == [0, 1, 1, 2]



def test_crosstab_from_roster():
    staff = roster(golongan=["III/a", "IV/a", "III/a", "III/a"], gender=["Laki-laki", "Perempuan", "Perempuan", "Laki-laki"])
    table = crosstab(staff, "golongan", "gender")
    assert table.index.tolist() == ["IV/a", "III/a"]
    assert table.columns.tolist() == ["Laki-laki", "Perempuan", "Jumlah"]
    assert table.loc["III/a"].tolist() == [2, 1, 3]
    assert table.loc["IV/a"].tolist() == [0, 1, 1]
    assert (table.dtypes == np.int64).all()


def test_crosstab_keeps_both_genders_when_one_is_absent():
    table = crosstab(roster(gender=["Perempuan", "Perempuan"]), "status")
    assert table.to_dict("index") == {"PNS": {"Laki-laki": 0, "Perempuan": 2, "Jumlah": 2}, "PPPK": {"Laki-laki": 0, "Perempuan": 0, "Jumlah": 0}}


def test_crosstab_from_summaries_with_gender_breakdown():
    frame = summaries([("golongan", "III/a", "Laki-laki", 5), ("golongan", "III/a", "Perempuan", 7),
                       ("golongan", "IV/a", "Perempuan", 2), ("golongan", "IV/a", None, 2)])  # fmt: skip
    table = crosstab(frame, "golongan")
    assert table.to_dict("index") == {"IV/a": {"Laki-laki": 0, "Perempuan": 2, "Jumlah": 2}, "III/a": {"Laki-laki": 5, "Perempuan": 7, "Jumlah": 12}}


def test_crosstab_from_summaries_without_gender_breakdown_is_an_error(reference_summaries):
    with pytest.raises(AnalysisError, match="no Laki-laki/Perempuan breakdown of II/d, III/a"):
        crosstab(reference_summaries, "golongan", "gender")
    partly = summaries([("golongan", "III/a", "Laki-laki", 5), ("golongan", "III/a", "Perempuan", 7), ("golongan", "III/b", None, 4)])
    with pytest.raises(AnalysisError, match="breakdown of III/b;"):
        crosstab(partly, "golongan")
    with pytest.raises(AnalysisError, match="by gender only"):
        crosstab(reference_summaries, "golongan", "education")


# ---------------------------------------------------------------- bands


def test_age_bands_on_their_boundaries():
    on = dt.date(2024, 12, 31)
    births = ["1995-01-01", "1994-12-31", "1985-01-01", "1975-01-01", "1970-01-01", "1969-12-31", None]
    table = age_bands(roster(birth_date=pd.to_datetime(births)), on)
    # 29, 30, 39, 49, 54, 55, unknown
    assert table.to_dict("list") == {
        "band": ["<30", "30–39", "40–49", "50–54", "55+", UNKNOWN],
        "count": [1, 2, 1, 1, 1, 1],
        "share_pct": pytest.approx([100 / 7, 200 / 7, 100 / 7, 100 / 7, 100 / 7, 100 / 7]),
    }


def test_age_counts_a_birthday_only_once_reached():
    on = pd.Timestamp("2024-06-15")
    table = age_bands(roster(birth_date=pd.to_datetime(["1994-06-15", "1994-06-16"])), on, bands=(30,))
    assert table.set_index("band")["count"].to_dict() == {"<30": 1, "30+": 1}


def test_years_of_service_bands():
    appointed = pd.to_datetime(["2020-01-01", "2019-12-31", "2005-01-01", "1995-01-01", "1994-12-31"])
    table = years_of_service(roster(appointed=appointed), dt.date(2024, 12, 31))
    assert table.set_index("band")["count"].to_dict() == {"<5": 1, "5–9": 1, "10–19": 1, "20–29": 1, "30+": 1}


def test_bands_must_increase():
    with pytest.raises(AnalysisError, match="increasing"):
        age_bands(roster(gender=["Perempuan"]), dt.date(2024, 1, 1), bands=(40, 30))


# ---------------------------------------------------------------- retirement


def test_retirement_age_by_position_type_and_keyword():
    staff = roster(
        position_type=["Struktural", "Struktural", "Fungsional", "Fungsional", "Fungsional", "Pelaksana", "Pelaksana"],
        position=["KEPALA BADAN Kepegawaian Daerah", "Kepala Bidang Mutasi", "Analis SDM Aparatur Ahli Madya",
                  "Widyaiswara Ahli Utama", "Analis SDM Aparatur Ahli Muda", "Pengadministrasi Umum", None],
        # BUP 60, 58, 60, 65, 58, 58, 58: all reach it in 2025
        birth_date=pd.to_datetime(["1965-03-01", "1967-03-01", "1965-03-01", "1960-03-01", "1967-03-01", "1967-03-01", "1967-12-31"]),
    )  # fmt: skip
    table = retirement_projection(staff, 2025, years=3)
    assert table.columns.tolist() == ["year", "Struktural", "Fungsional", "Pelaksana", "total"]
    assert table.to_dict("records") == [
        {"year": 2025, "Struktural": 2, "Fungsional": 3, "Pelaksana": 2, "total": 7},
        {"year": 2026, "Struktural": 0, "Fungsional": 0, "Pelaksana": 0, "total": 0},
        {"year": 2027, "Struktural": 0, "Fungsional": 0, "Pelaksana": 0, "total": 0},
    ]


def test_a_dosen_retires_at_65_a_professor_at_70_and_a_guru_at_60():
    """UU 14/2005 (Pasal 40, 67) sets the BUP of guru and dosen, which PP 11/2017 leaves to it: a 'Lektor Kepala' born
    in 1966 still serves in 2024 (65 in 2031). Near miss: a jabatan fungsional with no such word keeps 58."""
    staff = roster(position_type=["Fungsional"] * 5,
                   position=["Lektor Kepala", "Guru Besar", "Guru Kelas", "Kepala Sekolah", "Pranata Komputer Ahli Muda"],
                   birth_date=pd.to_datetime(["1966-04-12"] * 5))
    assert retirement_year(staff).tolist() == [2031, 2036, 2026, 2026, 2024]


def test_retirement_outside_the_window_and_unknowns_are_not_counted():
    staff = roster(
        position_type=["Pelaksana", "Pelaksana", None, "Fungsional"],
        birth_date=pd.to_datetime(["1966-01-01", "1968-01-01", "1967-01-01", None]),
    )
    # 2024 is before the window, 2026 inside, no type / no birth date: no BUP
    assert retirement_projection(staff, 2025, years=2)["total"].tolist() == [0, 1]


def test_unknown_position_type_is_an_error():
    with pytest.raises(AnalysisError, match="'Guru'"):
        retirement_projection(roster(position_type=["Guru"]), 2025)


# ---------------------------------------------------------------- properties

_GOLONGAN = st.sampled_from(golongan_order())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_GOLONGAN, st.sampled_from(["Laki-laki", "Perempuan"])), min_size=1, max_size=60))
def test_shares_sum_to_100_and_counts_to_headcount(people):
    staff = roster(golongan=[g for g, _ in people], gender=[s for _, s in people])
    for dimension in ("golongan", "gender"):
        table = count_by(staff, dimension)
        assert table["count"].sum() == len(people)
        assert table["share_pct"].sum() == pytest.approx(100)
    assert crosstab(staff, "golongan")["Jumlah"].sum() == len(people)
    assert set(totals(staff)["total"]) == {len(people)}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.dates(dt.date(1950, 1, 1), dt.date(2005, 12, 31)), st.sampled_from(["Struktural", "Fungsional", "Pelaksana"])),
                min_size=1, max_size=40))  # fmt: skip
def test_each_employee_retires_exactly_once(people):
    staff = roster(birth_date=pd.to_datetime([d for d, _ in people]), position_type=[t for _, t in people])
    # every BUP lies in 58..65, so 1950+58 … 2005+65 covers everyone
    assert retirement_projection(staff, 2008, years=63)["total"].sum() == len(people)
