"""The value parsers: every spelling the issue lists, what they refuse, and properties (hypothesis)."""

import datetime as dt
import math
import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lakip_lib.domain import golongan_table
from lakip_lib.errors import LakipError
from lakip_lib.loading.parse import (
    INDONESIAN,
    POINT,
    Distinct,
    alias_key,
    ValueParseError,
    blank_mask,
    clean_texts,
    column_convention,
    is_no_value,
    map_unique,
    no_value_mask,
    parse_date,
    parse_dates,
    parse_education,
    parse_gender,
    parse_golongan,
    parse_nip,
    parse_nips,
    parse_number,
    parse_position_type,
    position_type_of_jabatan,
    parse_status,
    read_text_number,
)

# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(("text", "expected"), [
    ("13.201.715.554,00", 13201715554.0),
    ("106.439.453.000,00", 106439453000.0),
    ("Rp. 1.234", 1234.0),
    ("Rp.105.370.538.000", 105370538000.0),
    ("Rp 24.126.484.000", 24126484000.0),
    ("Rp. 3.698.626.072,00", 3698626072.0),
    ("IDR 1.234", 1234.0),
    ("88,30 %", 88.3),
    ("87,30%", 87.3),
    ("64,23", 64.23),
    ("44 orang", 44.0),
    ("100 %", 100.0),
    ("1.000,-", 1000.0),
    ("(1.000)", -1000.0),
    ("-1.234", -1234.0),
    ("  1.234  \r", 1234.0),
    ("12 345", 12345.0),
])
def test_number_written_the_indonesian_way(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("cell", [None, "", "   ", "-", " - ", "--", "—", "n/a", "N/A", "#N/A", "na", float("nan"), np.float32("nan"), pd.NA])
def test_no_value_is_none_never_zero(cell):
    assert parse_number(cell) is None
    assert is_no_value(cell)


@pytest.mark.parametrize("cell", [0, 0.0, "0", "x", False])
def test_zero_and_text_are_values(cell):
    assert not is_no_value(cell)


@pytest.mark.parametrize(("cell", "expected"), [(44, 44.0), (12.5, 12.5), (np.int64(7), 7.0), (np.float64(0.25), 0.25)])
def test_excel_numbers_are_taken_as_they_are(cell, expected):
    assert parse_number(cell) == expected


@pytest.mark.parametrize("cell", [True, float("inf"), -float("inf"), 10**400, "9" * 400, "abc", "1.2.3", ",5", "1e5", "١٢٣", dt.date(2024, 1, 1)])
def test_what_is_not_a_number_is_refused(cell):
    with pytest.raises(ValueParseError) as err:
        parse_number(cell)
    assert err.value.expected


@pytest.mark.parametrize("cell", ["150\n750", "1.172.842.020\n-312.731.020", "312.731.020\r\n0", "Rp 1.234\nRp 5.678"])
def test_two_figures_on_two_lines_of_a_cell_are_never_one_number(cell):
    # '150\n750' once read as 150750: the lines' figures were joined when the line break was collapsed
    with pytest.raises(ValueParseError, match="two figures on two lines"):
        parse_number(cell)
    assert parse_number("Rp\n1.234") == 1234.0 and parse_number("1.234\n") == 1234.0  # one figure, whatever the lines


def test_ambiguous_1234_is_refused_in_a_point_decimal_column():
    with pytest.raises(ValueParseError, match="could be 1,234 or 1234"):
        parse_number("1.234", POINT)
    assert parse_number("1.234", INDONESIAN) == 1234.0
    assert parse_number("12.5", POINT) == 12.5


def test_a_cell_of_the_other_convention_is_refused():
    with pytest.raises(ValueParseError, match="same number style"):
        parse_number("2500.75", INDONESIAN)  # a thousand and more, ungrouped: written in another style altogether
    with pytest.raises(ValueParseError, match="same number style"):
        parse_number("1,234.5", INDONESIAN)
    with pytest.raises(ValueParseError, match="same number style"):
        parse_number("13.201.715.554", POINT)


def test_a_mark_before_one_or_two_last_digits_is_a_decimal_mark_in_either_convention():
    """'3.5' beside '3,5' in a column of decimal commas (a Biro Umum's IKU matrix) was refused as 'a figure that cannot
    be read': no convention groups thousands by one or two digits, so the point is a decimal point and the cell means
    3.5 in either; likewise '88,30' among points. Near misses: '1.550' (three digits after the point) stays one
    thousand five hundred fifty in an Indonesian column and ambiguous in a point one; a number of a thousand or more
    written ungrouped ('2500.75') is still refused in an Indonesian column."""
    assert parse_number("3.5", INDONESIAN) == 3.5 and parse_number("3,5", INDONESIAN) == 3.5
    assert parse_number("88,30 %", POINT) == 88.3 and parse_number("-12.75", INDONESIAN) == -12.75
    assert parse_number("1.550", INDONESIAN) == 1550.0
    with pytest.raises(ValueParseError, match="an unambiguous number"):
        parse_number("1.550", POINT)
    with pytest.raises(ValueParseError, match="same number style"):
        parse_number("2500.75", INDONESIAN)
    assert read_text_number("3.5").convention == POINT  # it still votes for the column's style as it did


def test_only_a_single_group_of_three_is_ambiguous():
    assert read_text_number("1.234").ambiguous
    several = read_text_number("13.201.715.554")
    assert (several.value, several.convention, several.ambiguous) == (13201715554.0, INDONESIAN, False)
    assert read_text_number("1,234,567.5").convention == POINT


def test_column_convention_is_the_majority():
    assert column_convention(pd.Series(["88,30", "1.234", 5])) == INDONESIAN
    assert column_convention(pd.Series(["12.5", "3.25", "1.234", "9,5"])) == POINT
    assert column_convention(pd.Series(["12.5", "9,5"])) == INDONESIAN  # a tie: Indonesian exports
    assert column_convention(pd.Series([1, "1.234", None])) is None


# ---------------------------------------------------------------- golongan


@pytest.mark.parametrize("spelling", ["III/a", "III/A", "III.a", "III.A", "III-a", "III a", "IIIa", "3a", "3/a", "3-A",
                                      " III/a\r", "III / a", "Penata Muda, III/a", "Gol. III/a", "GOL III/a"])
def test_golongan_spellings(spelling):
    assert parse_golongan(spelling) == "III/a"


@pytest.mark.parametrize(("spelling", "expected"), [("IV/e", "IV/e"), ("Pembina Utama Muda, IV/c", "IV/c"), ("I/a\r", "I/a"),
                                                     ("II.d", "II/d"), ("4b", "IV/b"), ("1d", "I/d"),
                                                     # SIMPEG exports: the pangkat around the golongan
                                                     ("Penata Muda Tk.I (III/b)", "III/b"), ("III/b - Penata Muda Tingkat I", "III/b"),
                                                     ("Pembina Tk. I, IV/b", "IV/b")])
def test_golongan_codes(spelling, expected):
    assert parse_golongan(spelling) == expected


@pytest.mark.parametrize("spelling", ["V/a", "IV/f", "I/e", "III", "IX", "", None, "-", "Penata Muda", 3])
def test_impossible_golongan_is_refused(spelling):
    with pytest.raises(ValueParseError, match="golongan"):
        parse_golongan(spelling)


@pytest.mark.parametrize(("spelling", "expected"), [("IX", "IX (PPPK)"), ("ix", "IX (PPPK)"), ("XVII", "XVII (PPPK)"), ("I", "I (PPPK)"),
                                                     ("V", "V (PPPK)"), ("PPPK IX", "IX (PPPK)"), ("IX (PPPK)", "IX (PPPK)")])
def test_pppk_grades_are_their_own_scale(spelling, expected):
    assert parse_golongan(spelling, pppk=True) == expected


def test_pppk_grade_is_recognised_by_its_label_without_the_flag():
    assert parse_golongan("IX (PPPK)") == "IX (PPPK)"


@pytest.mark.parametrize("spelling", ["XVIII", "III/a", "0"])
def test_what_is_not_a_pppk_grade_is_refused(spelling):
    with pytest.raises(ValueParseError, match="PPPK grade I to XVII"):
        parse_golongan(spelling, pppk=True)


@pytest.mark.parametrize(("spelling", "expected"), [("IV", "IV"), ("iii", "III"), ("II", "II"), ("I", "I"), ("Golongan IV", "IV"),
                                                     ("Gol. III", "III"), ("III/b", "III/b")])
def test_group_only_summaries(spelling, expected):
    assert parse_golongan(spelling, group_only=True) == expected


@pytest.mark.parametrize(("spelling", "expected"), [("Pembina (IV/a)", "IV/a"), ("Penata Muda Tk.I (III/b)", "III/b"),
                                                     ("Pembina Utama Muda (IV/c)", "IV/c"), ("Juru (I/c)", "I/c"),
                                                     ("Penata Muda Tingkat I (III/b)", "III/b")])
def test_a_summary_row_naming_the_pangkat_before_its_golongan_in_brackets_reads_as_the_golongan(spelling, expected):
    """A rekap by pangkat/golongan (BKPSDM Kota Manado's SILADEN report) whose table may elsewhere list only groups."""
    assert parse_golongan(spelling, group_only=True) == expected


@pytest.mark.parametrize(("spelling", "expected"), [("Pengatur Muda / II a", "II/a"), ("Pengatur Muda Tingkat I / II b", "II/b"),
                                                     ("Pembina Utama Madya / IV d", "IV/d"), ("Penata: III/c", "III/c"),
                                                     ("Pengatur Muda / II", "II")])
def test_a_summary_row_naming_the_pangkat_then_a_slash_and_its_golongan(spelling, expected):
    """A school's rekap by pangkat ('simak'): the ruang letter after a space, the pangkat before a slash."""
    assert parse_golongan(spelling, group_only=True) == expected


def test_a_pangkat_and_a_slash_before_a_bare_group_is_no_golongan_of_a_person():
    with pytest.raises(ValueParseError, match="golongan"):
        parse_golongan("Pengatur Muda / II")


@pytest.mark.parametrize("spelling", ["Bidang (III/a)", "SD Negeri 1 (III/a)", "Pembina IV/a Bidang Mutasi", "Bidang / II a"])
def test_a_summary_row_with_a_golongan_inside_other_words_stays_refused(spelling):
    with pytest.raises(ValueParseError, match="golongan"):
        parse_golongan(spelling, group_only=True)


@pytest.mark.parametrize(("spelling", "expected"), [("IIIA Penata Muda", "III/a"), ("IVA Pembina", "IV/a"),
                                                     ("IIB Pengatur Muda Tingkat 1", "II/b"), ("ID Juru Tingkat I", "I/d"),
                                                     ("III/c - Penata", "III/c"),
                                                     # a publication's shifted name: the code decides (IV/a is Pembina)
                                                     ("IVA Pembina Muda", "IV/a")])
def test_a_code_with_its_ruang_letter_glued_then_the_pangkat_name_reads_as_the_code(spelling, expected):
    """A BPS 'Dalam Angka' table by golongan kepangkatan (Kerinci 2016, Tabel 2.3.3): 'IIIA Penata Muda'."""
    assert parse_golongan(spelling) == expected


@pytest.mark.parametrize("spelling", ["IIIAB Penata Muda", "IVX Pembina", "IIIA Bidang Umum", "IIIA Penata Muda Bidang Umum",
                                      "IIIAPenata Muda"])
def test_a_code_glued_into_a_longer_word_or_followed_by_other_words_stays_refused(spelling):
    with pytest.raises(ValueParseError, match="golongan"):
        parse_golongan(spelling)


def test_a_bilingual_group_label_reads_as_its_group_and_a_different_translation_does_not():
    assert parse_golongan("Golongan III\nRange III", group_only=True) == "III"
    assert parse_golongan("Golongan IV Group IV", group_only=True) == "IV"
    for spelling in ("Golongan III\nRange IV", "Golongan III Range"):
        with pytest.raises(ValueParseError, match="golongan"):
            parse_golongan(spelling, group_only=True)


def test_every_canonical_golongan_reads_as_itself():
    for code in golongan_table().index:
        assert parse_golongan(code, pppk=code.endswith("(PPPK)")) == code


# ---------------------------------------------------------------- gender, position type, education, status


@pytest.mark.parametrize(("spelling", "expected"), [
    ("L", "Laki-laki"), ("l", "Laki-laki"), ("Laki-laki", "Laki-laki"), ("Laki-Laki", "Laki-laki"), ("LAKI-LAKI", "Laki-laki"),
    ("Laki - Laki", "Laki-laki"), ("Pria", "Laki-laki"), ("LK", "Laki-laki"), (" L\r", "Laki-laki"), (1, "Laki-laki"),
    ("P", "Perempuan"), ("Perempuan", "Perempuan"), ("PEREMPUAN", "Perempuan"), ("Wanita", "Perempuan"), (" P\r", "Perempuan"), (2, "Perempuan"),
])
def test_gender_spellings(spelling, expected):
    assert parse_gender(spelling) == expected


@pytest.mark.parametrize("spelling", ["X", "", None, "-", "Lelaki", 3, 1.5])
def test_unknown_gender_is_refused(spelling):
    with pytest.raises(ValueParseError, match="L/P, Laki-laki or Perempuan"):
        parse_gender(spelling)


@pytest.mark.parametrize(("spelling", "expected"), [
    ("Struktural", "Struktural"), ("Jabatan Struktural", "Struktural"), ("STRUKTURAL", "Struktural"),
    ("Fungsional", "Fungsional"), ("Fungsional Tertentu", "Fungsional"), ("Jabatan Fungsional Tertentu", "Fungsional"), ("JFT", "Fungsional"),
    ("Pelaksana", "Pelaksana"), ("Fungsional Umum", "Pelaksana"), ("Jabatan Fungsional Umum", "Pelaksana"), ("JFU", "Pelaksana"),
    (" pelaksana\r", "Pelaksana"),
])
def test_position_type_spellings(spelling, expected):
    assert parse_position_type(spelling) == expected


@pytest.mark.parametrize(("jabatan", "expected"), [
    ("Pembimbing Kemasyarakatan Ahli Pertama", "Fungsional"), ("PERAWAT TERAMPIL", "Fungsional"), ("Auditor Madya", "Fungsional"),
    ("Pranata Komputer Pelaksana Lanjutan", "Fungsional"), ("Lektor Kepala", "Fungsional"), ("Asisten Ahli", "Fungsional"),
    ("KEPALA DINAS KESEHATAN", "Struktural"), ("Kasubbag Umum dan Kepegawaian", "Struktural"), ("Asisten Pemerintahan", "Struktural"),
    ("Camat Kertek", "Struktural"), ("Pengadministrasi Umum", "Pelaksana"), ("Pengelola Keuangan", "Pelaksana"),
    # a kepala sekolah is a guru with an extra task: the guru's jabatan fungsional, whatever the school
    ("Guru", "Fungsional"), ("Guru Kelas", "Fungsional"), ("Kepala Sekolah", "Fungsional"), ("Kepala TK", "Fungsional"),
    ("KEPALA SMP NEGERI 2", "Fungsional"),
    # near misses: a bare "Muda" names no jabatan, a pangkat's 'Muda' no jenjang, an analis either, the head of a
    # school's office in the dinas a structural post
    ("Muda", None), ("Penata Muda", None), ("Pembina Utama Madya", None), ("Kepala Bidang Pembinaan SD", "Struktural"),
    ("Analis Kepegawaian", None), ("Pemuda dan Olahraga", None), ("-", None),
    # a number after the name in its cell (an NPWP, a TMT) hides no jenjang; near miss: nor does it make one
    ("Epidemiolog Kesehatan Terampil\n26.182.338.0-125.000", "Fungsional"), ("Rescuer Terampil\n01-06-2018", "Fungsional"),
    ("Analis Kepegawaian 26.182.338.0-125.000", None),
])
def test_a_jabatan_name_tells_its_position_type_only_when_it_says_it(jabatan, expected):
    assert position_type_of_jabatan(jabatan) == expected


def test_unknown_position_type_is_refused():
    with pytest.raises(ValueParseError, match="Struktural, Fungsional or Pelaksana"):
        parse_position_type("Honorer")


@pytest.mark.parametrize(("spelling", "expected"), [
    ("S-1/Sarjana", "S1"), ("S1", "S1"), ("S-1", "S1"), ("S.1", "S1"), ("Strata 1", "S1"), ("STRATA I", "S1"), ("Sarjana", "S1"),
    ("Sarjana (S1)", "S1"), ("D-III", "D3"), ("D III", "D3"), ("D3", "D3"), ("Diploma III", "D3"), ("D-III/Sarjana Muda", "D3"),
    ("SLTA", "SMA"), ("SMA", "SMA"), ("SMK", "SMA"), ("SMA/SMK", "SMA"), ("Sekolah Menengah Atas", "SMA"),
    ("SD", "SD"), ("SLTP", "SMP"), ("SMP", "SMP"), ("D-I", "D1"), ("D II", "D2"), ("D-IV", "D4"), ("Diploma IV/Sarjana Terapan", "D4"),
    ("S-2", "S2"), ("S2", "S2"), ("Magister", "S2"), ("S-3/Doktor", "S3"), ("Doktor", "S3"), (" s1 \r", "S1"),
    # SIASN's tingkat names, and rosters that write the major after the level
    ("Diploma III/Sarjana Muda", "D3"), ("Sarjana Muda", "D3"), ("SLTA Kejuruan", "SMA"), ("Paket C", "SMA"),
    ("S1 Ekonomi", "S1"), ("D-III Keperawatan", "D3"), ("S1 - Ilmu Pemerintahan", "S1"), ("SMA IPA", "SMA"),
    ("S2 Magister Manajemen", "S2"),
    # two spellings of one level joined by a dash (a peta jabatan template's 'SMA-SMK')
    ("SMA-SMK", "SMA"), ("SLTA - SMK", "SMA"),
    # BKN's old codes for Sarjana Muda (a PHP SIMPEG's rekap heads them so)
    ("SM.Ak", "D3"), ("SM.Non Ak", "D3"), ("SM Non Akademi", "D3"),
    # the school names old staff still hold (a BPN kantor's table by pendidikan: 'AKD', 'SMU', 'SLTP')
    ("AKD", "D3"), ("Akademi", "D3"), ("Akademi Keperawatan", "D3"), ("SMU", "SMA"), ("STM", "SMA"), ("SMEA", "SMA"),
    ("SMKK", "SMA"), ("SPG", "SMA"), ("SGO", "SMA"), ("SMEP", "SMP"),
])
def test_education_spellings(spelling, expected):
    assert parse_education(spelling) == expected


def test_a_summary_category_is_a_level_alone():
    with pytest.raises(ValueParseError):
        parse_education("SD Negeri 1 Curup", major=False)  # a school in a table by unit
    assert parse_education("SD Negeri 1 Curup") == "SD"


@pytest.mark.parametrize("spelling", ["S9", "", None, "Kursus Komputer", "SMAK", "D3-D4",  # two levels: which?
                                      "Akademik", "SPGDT"])  # near misses of 'Akademi' and 'SPG'
def test_unknown_education_is_refused(spelling):
    with pytest.raises(ValueParseError, match="education level"):
        parse_education(spelling)


@pytest.mark.parametrize(("spelling", "expected"), [("PNS", "PNS"), ("CPNS", "PNS"), ("Pegawai Negeri Sipil", "PNS"), ("PPPK", "PPPK"),
                                                     ("P3K", "PPPK"), (" pppk ", "PPPK"),
                                                     # PPPK paruh waktu (part-time PPPK since 2025) is PPPK
                                                     ("PPPK-PW", "PPPK"), ("PPPK Paruh Waktu", "PPPK")])
def test_status_spellings(spelling, expected):
    assert parse_status(spelling) == expected


def test_kedudukan_hukum_is_not_a_status():
    with pytest.raises(ValueParseError):
        parse_status("Aktif")


# ---------------------------------------------------------------- NIP


def test_nip_decoded():
    nip = parse_nip("196711101992031001")
    assert (nip.digits, nip.birth_date, nip.appointed, nip.gender, nip.status) == (
        "196711101992031001", dt.date(1967, 11, 10), dt.date(1992, 3, 1), "Laki-laki", "PNS")


@pytest.mark.parametrize("printed", ["19641215 199003 1 009", " 19641215199003 1009 ", "'196412151990031009", "19641215\u00a0199003\u00a01\u00a0009"])
def test_nip_as_printed(printed):
    assert parse_nip(printed).digits == "196412151990031009"


def test_nip_of_a_woman_and_of_a_pppk():
    assert parse_nip("198502282010012003").gender == "Perempuan"
    pppk = parse_nip("199006152022211004")
    assert (pppk.status, pppk.appointed, pppk.gender) == ("PPPK", dt.date(2022, 1, 1), "Laki-laki")


@pytest.mark.parametrize(("value", "expected"), [
    ("19671110199203100", "this has 17 digits"),
    ("1967111019920310011", "this has 19 digits"),
    ("196502301992031001", "real birth date"),
    ("189912311920031001", "real birth date"),
    ("196711101992131001", "appointment year and month"),
    ("196711101960031001", "after the birth date"),
    ("196711101992033001", "15th digit is 1 (male) or 2 (female)"),
    (196711101992031001, "as text"),
    (1.9671110199203101e17, "as text"),
    (None, "the cell is empty"),
    ("", "the cell is empty"),
    ("abc", "this has 0 digits"),
    # a DUK saved from a SIMPEG page stacks a person's values in one cell; two items are no such list
    ("> Drs. HENDRA > 196904121994031001 > Laki-laki > Kawin", "alone in its cell, not a list of 4 values each after '>'"),
    ("196904121994031001 > 2019 > A", "this has 22 digits"),
    ("19690412199403100 > 2019", "this has 21 digits"),
])
def test_bad_nip(value, expected):
    with pytest.raises(ValueParseError, match=re.escape(expected)):
        parse_nip(value)


def test_parse_nips_is_parse_nip_for_a_column():
    values = pd.Series(["196711101992031001", None, 1.5, "196502301992031001", "199006152022211004"], index=[10, 11, 12, 13, 14])
    nips = parse_nips(values)
    assert list(nips.index) == [10, 11, 12, 13, 14]
    assert nips["status"].tolist() == ["PNS", None, None, None, "PPPK"]
    assert nips["error"].notna().tolist() == [False, True, True, True, False]


# ---------------------------------------------------------------- dates, columns


@pytest.mark.parametrize("text", ["15-12-1964", "15/12/1964", "15.12.1964", "15 Desember 1964", "15 Des 1964", "15 Dec 1964", "1964-12-15",
                                  "1964-12-15 00:00:00", "1964-12-15 07:30:00", dt.date(1964, 12, 15), dt.datetime(1964, 12, 15),
                                  dt.datetime(1964, 12, 15, 7, 30)])
def test_date_spellings(text):
    assert parse_date(text) == dt.date(1964, 12, 15)


@pytest.mark.parametrize("text", ["31-02-1964", "12/31/1964", "kemarin", None, 5])
def test_bad_date(text):
    with pytest.raises(ValueParseError):
        parse_date(text)


def test_distinct_parses_the_values_of_the_rows_asked_for_only():
    calls = []

    def parse(value):
        calls.append(value)
        return parse_gender(value)

    column = Distinct(pd.Series(["L", "X", None, "P", "L"]))
    results, errors = column.parse(parse, np.array([True, False, True, False, True]))
    assert sorted(map(str, calls)) == ["L", "None"]
    assert results[column.codes].tolist() == ["Laki-laki", None, None, None, "Laki-laki"]
    assert [error and str(error) for error in errors[column.codes]] == [None, None, "L/P, Laki-laki or Perempuan", None, None]


def test_map_unique_parses_each_distinct_value_once():
    calls = []

    def parse(value):
        calls.append(value)
        return parse_gender(value)

    parsed, errors = map_unique(pd.Series(["L", "P", "X", "L", None, "L"]), parse)
    assert parsed.tolist() == ["Laki-laki", "Perempuan", None, "Laki-laki", None, "Laki-laki"]
    assert errors.notna().tolist() == [False, False, True, False, True, False]
    assert sorted(map(str, calls)) == ["L", "None", "P", "X"]


# ---------------------------------------------------------------- properties

#: anything a cell (or a careless caller) can hand a parser
CELLS = st.one_of(st.text(), st.floats(), st.integers(), st.integers(min_value=-10**400, max_value=10**400), st.none(), st.booleans(),
                  st.dates(), st.datetimes(), st.text(alphabet="0123456789.,-+ ()Rp%", max_size=30),
                  st.text(alphabet="IVXivx/.-abcdePK, ()1234", max_size=12))


def _only_kit_errors(parse, value):
    try:
        parse(value)
    except LakipError:
        pass


@settings(max_examples=400, deadline=None)
@given(CELLS)
def test_parse_number_raises_only_kit_errors(value):
    _only_kit_errors(parse_number, value)
    _only_kit_errors(lambda v: parse_number(v, POINT), value)


@settings(max_examples=400, deadline=None)
@given(CELLS)
def test_parse_golongan_raises_only_kit_errors(value):
    _only_kit_errors(parse_golongan, value)
    _only_kit_errors(lambda v: parse_golongan(v, pppk=True), value)
    _only_kit_errors(lambda v: parse_golongan(v, group_only=True), value)


@settings(max_examples=400, deadline=None)
@given(CELLS)
def test_parse_gender_raises_only_kit_errors(value):
    _only_kit_errors(parse_gender, value)


@settings(max_examples=200, deadline=None)
@given(st.one_of(CELLS, st.text(alphabet="0123456789 '.", min_size=15, max_size=24)))
def test_parse_nip_raises_only_kit_errors(value):
    _only_kit_errors(parse_nip, value)


@settings(max_examples=400, deadline=None)
@given(CELLS)
def test_parse_education_raises_only_kit_errors(value):
    _only_kit_errors(parse_education, value)


@given(st.integers(min_value=-10**18, max_value=10**18))
def test_indonesian_thousands_round_trip(n):
    text = f"{n:,}".replace(",", ".")
    assert parse_number(text) == float(n)
    assert parse_number(f"Rp {text},00") == float(n)


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_indonesian_decimals_round_trip(whole, cents):
    text = f"{whole:,}".replace(",", ".") + f",{cents:02d}"
    assert parse_number(text) == pytest.approx(whole + cents / 100)


@given(st.sampled_from([c for c in golongan_table().index if "/" in c]), st.sampled_from(["/", ".", "-", " ", ""]),
       st.booleans(), st.booleans(), st.sampled_from(["", " ", "\r", "\n"]))
def test_golongan_spelling_variants_round_trip(code, separator, upper, digit_group, padding):
    group, letter = code.split("/")
    group = str(["I", "II", "III", "IV"].index(group) + 1) if digit_group else group
    assert parse_golongan(f"{padding}{group}{separator}{letter.upper() if upper else letter}{padding}") == code


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2005, 12, 31)), st.integers(0, 30), st.integers(1, 12),
       st.booleans(), st.integers(0, 999), st.booleans())
def test_a_well_formed_nip_decodes_to_its_parts(birth, years_later, month, female, serial, spaced):
    appointed = dt.date(min(birth.year + 18 + years_later, 2099), month, 1)
    digits = f"{birth:%Y%m%d}{appointed:%Y%m}{2 if female else 1}{serial:03d}"
    text = f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}" if spaced else digits
    nip = parse_nip(text)
    assert (nip.digits, nip.birth_date, nip.appointed, nip.gender, nip.status) == (
        digits, birth, appointed, "Perempuan" if female else "Laki-laki", "PNS")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet="0123456789 ", min_size=16, max_size=22), CELLS), min_size=1, max_size=8))
def test_parse_nips_agrees_with_parse_nip(values):
    column = parse_nips(pd.Series(values, dtype=object))
    for value, error, digits in zip(values, column["error"], column["digits"]):
        try:
            assert parse_nip(value).digits == digits and error is None
        except ValueParseError as err:
            assert err.expected == error and digits is None


def test_parse_number_never_returns_nan_or_infinity():
    for value in ("9" * 309, 1e308 * 10, "Rp " + "9" * 400):
        with pytest.raises(ValueParseError):
            parse_number(value)
    assert math.isfinite(parse_number("9" * 300))


# ---------------------------------------------------------------- columns read as text: the same answers as cell by cell

#: text as cells hold it: Unicode whitespace (Python's str.isspace, which Arrow's whitespace is), fullwidth letters, dashes
TEXTS = st.one_of(st.text(st.sampled_from(list(" \t\n\x0b\x1c\x85\xa0\u3000-–—naNA/#lLpP0123456789ＪＵＭＬＡＨtidakbelumy")), max_size=14),
                  st.sampled_from(["-", " n/a ", "N/A", "tidak  ada", "\u3000-\u3000", "ｎ／ａ", "Budi", " Sari \xa0Dewi ", ""]),
                  st.text(max_size=10))
DATE_TEXTS = st.one_of(TEXTS, st.dates(min_value=dt.date(1, 1, 1)).map(lambda d: f"{d:%d-%m-%Y}"),
                       st.dates().map(lambda d: f"{d:%Y-%m-%d} 00:00:00"), st.dates().map(lambda d: f"{d:%d/%m/%Y}"),
                       st.sampled_from(["31-02-1990", "29-02-1900", "29/02/2000", "1990-02-30 00:00:00", "00-01-1990", "15 Desember 1964"]))


def _text_columns(values: list) -> list[pd.Series]:
    """``values`` as the two kinds of column read as text: pandas' str, and string[pyarrow] (as read_text_grid reads)."""
    return [pd.Series(values, dtype="str"), pd.Series(values, dtype=pd.ArrowDtype(pa.string()))]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(TEXTS, st.none()), max_size=12))
def test_text_column_tests_agree_with_the_cell_tests(values):
    for column in _text_columns(values):
        assert no_value_mask(column).tolist() == [is_no_value(v) for v in values]
        assert blank_mask(column).tolist() == [v is None or not v.strip() for v in values]
        assert clean_texts(column).tolist() == [None if v is None else " ".join(v.split()) for v in values]
        assert clean_texts(pd.Series(values, dtype=object)).tolist() == clean_texts(column).tolist()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(DATE_TEXTS, st.none()), max_size=12))
def test_parse_dates_is_parse_date_for_a_column(values):
    for column in (*_text_columns(values), pd.Series(values, dtype=object)):
        dates, errors = parse_dates(column)
        for value, date, error in zip(values, dates, errors):
            if is_no_value(value):
                assert pd.isna(date) and pd.isna(error)
                continue
            try:
                assert date == pd.Timestamp(parse_date(value)) and pd.isna(error)
            except ValueParseError as err:
                assert pd.isna(date) and error == err.expected


@settings(max_examples=50, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet="0123456789 '.", min_size=15, max_size=24), TEXTS, st.none()), min_size=1, max_size=8))
def test_parse_nips_of_a_text_column_is_parse_nips_of_its_cells(values):
    for column in _text_columns(values):
        pd.testing.assert_frame_equal(parse_nips(column), parse_nips(pd.Series(values, dtype=object)))


@given(st.integers(0, 2019), st.integers(0, 13), st.integers(0, 32))
def test_a_nip_birth_date_is_the_calendar_s(year, month, day):
    nips = parse_nips(pd.Series([f"{year:04d}{month:02d}{day:02d}2020011001"]))
    try:
        birth = dt.date(year, month, day) if year > 1900 else None
    except ValueError:
        birth = None
    if birth is None:
        assert str(nips["error"].iloc[0]) == "an NIP whose first 8 digits are a real birth date YYYYMMDD"
    else:
        assert nips["birth_date"].iloc[0] == pd.Timestamp(birth) and nips["error"].iloc[0] is None


def test_nip_dates_follow_the_calendar():
    nips = parse_nips(pd.Series(["200002292022031001", "190002292022031001", "000001011990031001", "196711101992131001"]))
    assert nips["birth_date"].tolist()[0] == pd.Timestamp(2000, 2, 29)
    assert list(map(str, nips["error"].tolist()[1:])) == ["an NIP whose first 8 digits are a real birth date YYYYMMDD"] * 2 + [
        "an NIP whose digits 9–14 are the appointment year and month (PPPK: digits 9–12 the year)"]


def test_alias_key_keeps_two_numbers_apart():
    """Issue 11: 'Diploma I/II' was keyed as 'Diploma III' (D3); two numbers joined make another number."""
    assert alias_key("Diploma I/II") != alias_key("Diploma III")
    assert parse_education("Diploma I/II") == "D1"  # a combined category reads as its first part, as 'S-1/Sarjana' does
    assert parse_education("Diploma III") == parse_education("D-III") == "D3"


def test_an_html_fragment_opening_with_a_title_before_its_table_is_html(tmp_path):
    """A PHP view's download with no <html>: '<h1> Laporan …</h1>' then '<table>' is an HTML page, its header row of
    plain <td> cells read as the table's first row. Near misses: a CSV whose first cell starts with '<' ('<25 tahun')
    stays a CSV, and a title element with no table after it is no HTML table."""
    from lakip_lib.loading.plainfiles import plain_kind, read_plain
    page = tmp_path / "pegawai.xls"
    page.write_text("<h1> Laporan Data Pegawai</h1>\n<table>\n<tr><td>NIP</td><td>Nama</td></tr>\n"
                    "<tr><td>198001012005011001</td><td>A</td></tr></table>", encoding="utf-8")
    assert plain_kind(page) == "html"
    assert read_plain(page, "html")[0].cells.iloc[0].tolist() == ["NIP", "Nama"]
    csv = tmp_path / "umur.csv"
    csv.write_text("<25 tahun,3\n25-35 tahun,5\n", encoding="utf-8")
    assert plain_kind(csv) == "csv"
    bare = tmp_path / "judul.xls"
    bare.write_text("<h1>Laporan</h1>\nNIP;Nama\n1;A\n", encoding="utf-8")
    assert plain_kind(bare) != "html"


def test_the_2024_jabatan_pelaksana_layanan_operasional_are_pelaksana():
    """'Penata Layanan Operasional' (with Operator and Pengelola, the 2024 jabatan pelaksana) is a pelaksana post; the
    near misses: 'Penata Muda' (a pangkat) tells nothing, a Kepala of such a unit is structural."""
    from lakip_lib.loading.parse import position_type_of_jabatan

    assert position_type_of_jabatan("Penata Layanan Operasional") == "Pelaksana"
    assert position_type_of_jabatan("Penata Muda") is None
    assert position_type_of_jabatan("Kepala Seksi Layanan Operasional") == "Struktural"


@pytest.mark.parametrize(("spelling", "expected"), [
    # the degree a programme past the school levels stands on: a profesi (dokter, ners, apoteker) and an Akta IV
    # follow a bachelor's; Spesialis I and II are KKNI levels 8 and 9, the magister's and the doktor's (Perpres 8/2012)
    ("Profesi", "S1"), ("Profesi Ners", "S1"), ("AKTA IV", "S1"), ("Spesialis I", "S2"), ("Spesialis II", "S3"),
    ("D.III/Akademi", "D3"), ("diii akademi", "D3")])
def test_education_past_the_school_levels_is_the_degree_it_stands_on(spelling, expected):
    assert parse_education(spelling) == expected


@pytest.mark.parametrize("spelling", ["Spesialis", "Akta", "Profesional"])
def test_education_near_misses_of_the_programmes_stay_unknown(spelling):
    """'Spesialis' alone (I or II?), 'Akta' alone (which Akta: I … V?), 'Profesional': no level."""
    with pytest.raises(ValueParseError, match="education level"):
        parse_education(spelling, major=False)


@pytest.mark.parametrize(("label", "expected"), [
    # a summary's label with its level in brackets after words: the bracket names the level (SMA/SMK are both SMA,
    # as value_aliases.csv counts them; a school the kit does not know, SMPK, names no second level)
    ("Pendidikan Atas (SMA/SMK)", "SMA"), ("Pendidikan Dasar (SD)", "SD"), ("Pendidikan Menengah (SMP/SMPK)", "SMP"),
    ("Sarjana (S1)", "S1"), ("Magister (S2)", "S2"), ("Doktor(S3)", "S3"), ("Magister/Strata 2 (S2)", "S2")])
def test_education_label_with_its_level_in_brackets_is_that_level(label, expected):
    assert parse_education(label, major=False) == expected


def test_education_label_whose_brackets_name_several_levels_is_refused_naming_them():
    """'Ahli Madya/Diploma 3 (D1/D2/D3)': its staff hold any of three levels; counting them all as D3 is a guess."""
    with pytest.raises(ValueParseError) as refused:
        parse_education("Ahli Madya/Diploma 3 (D1/D2/D3)", major=False)
    assert "several levels (D1, D2, D3)" in refused.value.expected.text("en")
    assert "beberapa jenjang (D1, D2, D3)" in refused.value.expected.text("id")
    with pytest.raises(ValueParseError, match="several levels"):
        parse_education("Sarjana (S2)", major=False)  # the words and the bracket disagree


@pytest.mark.parametrize(("label", "expected"), [("Sarjana (umum)", "S1"), ("S1 (Ekonomi)", "S1"), ("SMA (sederajat)", "SMA")])
def test_education_near_miss_brackets_holding_no_level_leave_the_words_outside_them(label, expected):
    assert parse_education(label, major=False) == expected
    with pytest.raises(ValueParseError, match="education level"):
        parse_education("Pendidikan (umum)", major=False)  # neither the words nor the bracket name a level
