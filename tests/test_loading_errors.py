"""Each kind of bad input gives one clear InputError naming the file, sheet, cell and what was expected."""

import datetime as dt
import math
import re
import shutil
import zipfile

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lakip_lib.errors import InputError, LakipError, UnsafeInputError
from lakip_lib.loading import load_assets, load_budget, load_indicators, load_staff, load_year, workbook
from lakip_lib.loading.tables import tables_in
from workbooks import NIP_FEMALE, NIP_MALE, NIP_PPPK, add_member, make_workbook, nip, rewrite_member

SHORT = ["NIP", "NAMA", "JK", "GOL", "JENIS JABATAN", "PENDIDIKAN"]
BUDGET = ["Kode", "Uraian", "Anggaran", "Realisasi"]


def employee(number=NIP_MALE, gender="L", golongan="IV/a", kind="Struktural", education="S2", name="Budi"):
    return [number, name, gender, golongan, kind, education]


def input_error(load, *args, **kwargs) -> InputError:
    """The InputError ``load`` raises; anything else (a traceback of pandas, openpyxl, calamine) fails the test."""
    with pytest.raises(InputError) as caught:
        load(*args, **kwargs)
    return caught.value


def one_problem(load, *args, **kwargs) -> str:
    err = input_error(load, *args, **kwargs)
    assert len(err.problems) == 1, str(err)
    return str(err.problems[0])


# ---------------------------------------------------------------- files and sheets


def test_missing_file(tmp_path):
    assert one_problem(load_staff, tmp_path / "pegawai.xlsx").startswith("pegawai.xlsx: expected an existing file")


def test_missing_sheet(xlsx):
    path = xlsx("pegawai.xlsx", {"Data": [SHORT, employee()]})
    assert one_problem(tables_in, path, {"staff": ()}, sheet="Rekap") == (
        "pegawai.xlsx, sheet 'Rekap': expected a sheet named 'Rekap' (the workbook has 'Data')")
    assert one_problem(load_staff, path, sheet="Rekap").startswith("pegawai.xlsx, sheet 'Rekap'")


def test_empty_sheet(xlsx):
    message = one_problem(load_staff, xlsx("pegawai.xlsx", {"Kosong": []}))
    assert message == "pegawai.xlsx, sheet 'Kosong': got 'an empty sheet', expected a table with a header row"


def test_no_recognisable_header(xlsx):
    message = one_problem(load_budget, xlsx("anggaran.xlsx", {"Data": [["Laporan"], ["a", "b", "c"], [1, 2, 3]]}))
    # the row that comes nearest to a header, over numbers, is named with what it lacks
    assert message.startswith("anggaran.xlsx, sheet 'Data', cell A2: expected a header row with column names such as 'Uraian', "
                              "'Anggaran'")
    assert "; the nearest is row 2, under 'Laporan': 'a', 'b', 'c'; a budget table needs a column for 'name'" in message
    blank = one_problem(load_budget, xlsx("anggaran.xlsx", {"Data": [["Laporan"], ["a", "b", "c"]]}))
    assert blank.startswith("anggaran.xlsx, sheet 'Data': expected a header row") and "nearest" not in blank  # no data under it
    staff = one_problem(load_staff, xlsx("pegawai.xlsx", {"Data": [["a", "b"], [1, 2]]}))
    assert "'NIP'" in staff and "'Jumlah'" in staff  # a roster or a summary


def test_a_table_of_fractions_of_a_standard_is_named_and_said_to_hold_no_headcounts(xlsx):
    """Health workers per pustu as 'existing/standard' ('0/1' under Perawat | Bidan): no headcount, but the message
    names the table by its columns and says what its cells are. Near miss: the same table with counts is named with no
    word of fractions; golongan written 'III/a' under a header are no fractions, and no table is named."""
    head = ["Kabupaten", "Pustu", "Perawat", "Bidan"]
    rows = [["Kelengkapan Tenaga Pustu"], head, ["KLUNGKUNG", "PUSTU A", "0/1", "1/1"], ["KLUNGKUNG", "PUSTU B", "0/1", "0/1"]]
    message = one_problem(load_staff, xlsx("pegawai.xlsx", {"Pustu": rows}))
    assert "the nearest is row 2, under 'Kelengkapan Tenaga Pustu': 'Kabupaten', 'Pustu', 'Perawat', 'Bidan'" in message
    assert message.endswith("its cells such as '0/1' (C3) are fractions existing/standard (how many there are of how many "
                            "a standard asks), not headcounts: give the number of staff in each category as a count of its own")
    counts = one_problem(load_staff, xlsx("jumlah.xlsx", {"Pustu": [*rows[:2], ["KLUNGKUNG", "PUSTU A", 0, 1]]}))
    assert "'Perawat', 'Bidan'" in counts and "fraction" not in counts
    grades = one_problem(load_staff, xlsx("gol.xlsx", {"Pustu": [*rows[:2], ["KLUNGKUNG", "PUSTU A", "III/a", "II/b"]]}))
    assert "nearest" not in grades and "fraction" not in grades


def test_a_sheet_without_header_is_skipped_when_another_has_one(xlsx):
    path = xlsx("anggaran.xlsx", {"Catatan": [["Disusun oleh Subbag Keuangan"]], "Data": [BUDGET, ["1", "Program", 10, 9]]})
    assert len(load_budget(path).rows) == 1


def test_required_column_missing(xlsx):
    message = one_problem(load_budget, xlsx("anggaran.xlsx", {"Data": [["Kode", "Uraian", "Realisasi"], ["1", "Program", 2]]}))
    assert message.startswith("anggaran.xlsx, sheet 'Data', cell A1: expected a column for 'budget'")
    assert "'Anggaran'" in message
    # a roster needs only its NIPs: with no golongan column it is read, and says which table it cannot give
    staff = load_staff(xlsx("pegawai.xlsx", {"Data": [["NIP", "NAMA", "JK", "JABATAN"], [NIP_MALE, "B", "L", "Kepala"]]}))
    missing = staff.notes[staff.notes["check"].eq("column_missing")]["message_en"].tolist()
    assert missing[0] == ("No golongan column: the staff table by golongan cannot be made (known headers: 'Golongan', "
                          "'Gol. Ruang' or 'Pangkat/Gol')")
    # the near miss: golongan under a header no spelling names is asked for, naming the column
    roster = one_problem(load_staff, xlsx("ruang.xlsx", {"Data": [["NIP", "NAMA", "Ruang Terakhir"], [NIP_MALE, "B", "III/a"]]}))
    assert roster.startswith("ruang.xlsx, sheet 'Data', cell C1, column 'Ruang Terakhir': expected a column for 'golongan'")


def test_a_column_twice(xlsx):
    message = one_problem(load_staff, xlsx("pegawai.xlsx", {"Data": [SHORT + ["GOL. RUANG"], employee() + ["IV/a"]]}))
    assert message == ("pegawai.xlsx, sheet 'Data', cell G1: got 'GOL. RUANG', expected one column for 'golongan', not 'GOL' (D1), "
                       "'GOL. RUANG' (G1): rename the ones that are not it, or add the right header to lakip.yml header_aliases")


def test_a_wrong_sheet_is_reported_even_when_another_sheet_loads(xlsx):
    path = xlsx("anggaran.xlsx", {"2024": [BUDGET, ["1", "Program", 10, 9]], "Rinci": [BUDGET + ["Pagu"], ["1", "Program", 10, 9, 10]]})
    assert "sheet 'Rinci', cell E1" in one_problem(load_budget, path)


# ---------------------------------------------------------------- numbers


def test_text_where_a_number_must_be(xlsx):
    path = xlsx("anggaran.xlsx", {"Anggaran": [BUDGET, ["1", "Program", "abc", 9], ["1.1", "Kegiatan", 5, 2]]})
    assert one_problem(load_budget, path) == (
        "anggaran.xlsx, sheet 'Anggaran', cell C2, column 'Anggaran': got 'abc', expected a number such as 1.234.567, 88,30 or Rp 1.234")


def test_ambiguous_number_in_a_point_decimal_column(xlsx):
    path = xlsx("anggaran.xlsx", {"Data": [BUDGET + ["%"], ["1", "Program", 10, 9, "12.5"], ["1.1", "Kegiatan", 5, 2, "1.234"]]})
    message = one_problem(load_budget, path)
    assert message.startswith("anggaran.xlsx, sheet 'Data', cell E3, column '%': got '1.234', expected an unambiguous number")


def test_a_number_written_the_other_way(xlsx):
    path = xlsx("anggaran.xlsx", {"Data": [BUDGET, ["1", "Program", "1.000.000,50", 9], ["2", "Program", "2500.75", 2],
                                           ["3", "Program", "3.000,25", 1]]})
    assert one_problem(load_budget, path).startswith("anggaran.xlsx, sheet 'Data', cell C3, column 'Anggaran': got '2500.75', expected the same number style")


def test_an_excel_error_in_an_amount_is_no_value_with_an_error_naming_the_cell(xlsx):
    """A failed formula (#REF!, and #N/A, which is also a "no value" spelling) in a budget, a staff count or an asset
    count: no value, never silently, an excel_error at its cell, an error since the totals that hold it fall short; the
    near miss '-' is no value without a word."""
    path = xlsx("anggaran.xlsx", {"Data": [BUDGET, ["1", "Program A", "#REF!", 9], ["2", "Program B", 100, "#N/A"],
                                           ["3", "Program C", 50, "-"]]})
    budget = load_budget(path)
    assert budget.rows["budget"].isna().tolist() == [True, False, False]
    assert budget.rows["realised"].isna().tolist() == [False, True, True]
    errors = budget.notes[budget.notes["check"].eq("excel_error")]
    assert errors["location"].tolist() == ["anggaran.xlsx:Data!C2", "anggaran.xlsx:Data!D3"]
    assert errors["severity"].eq("error").all()
    assert errors["message_en"].iloc[1] == ("The 'Realisasi' cell holds the Excel error #N/A (its formula failed), read as no "
                                            "value, so the totals that hold it fall short; fix the formula or enter the value")
    staff = load_staff(xlsx("pegawai.xlsx", {"Golongan": [["GOLONGAN", "JUMLAH"], ["IV", 17], ["III", "#N/A"]]}))
    assert staff.notes.loc[staff.notes["check"].eq("excel_error"), "location"].tolist() == ["pegawai.xlsx:Golongan!B3"]
    assets = load_assets(xlsx("sarana.xlsx", {"Sarana": [["NO", "SARANA", "BAIK", "RUSAK"], [1, "Meja", 40, "#DIV/0!"]]}))
    assert assets.notes.loc[assets.notes["check"].eq("excel_error"), "location"].tolist() == ["sarana.xlsx:Sarana!D2"]


def test_negative_budget(xlsx):
    path = xlsx("anggaran.xlsx", {"Data": [BUDGET, ["1", "Program", -5000, 100]]})
    assert one_problem(load_budget, path) == "anggaran.xlsx, sheet 'Data', cell C2, column 'Anggaran': got -5000, expected an amount of zero or more"


def test_realisation_with_no_budget(xlsx):
    path = xlsx("anggaran.xlsx", {"Data": [BUDGET, ["1", "Program", 100, 90], ["1.1", "Kegiatan A", None, 40], ["1.2", "Kegiatan B", "-", 50]]})
    err = input_error(load_budget, path)
    assert [str(p) for p in err.problems] == [
        "anggaran.xlsx, sheet 'Data', cell C3, column 'Anggaran': expected a budget (anggaran) for a row that states a realisation",
        "anggaran.xlsx, sheet 'Data', cell C4, column 'Anggaran': expected a budget (anggaran) for a row that states a realisation"]


def test_only_subtotal_and_total_rows(xlsx):
    path = xlsx("anggaran.xlsx", {"Data": [BUDGET, [None, "Sub Total", 10, 2], [None, "JUMLAH", 10, 2]]})
    assert one_problem(load_budget, path) == "anggaran.xlsx, sheet 'Data', cell A2: expected program and kegiatan rows (the table has only total rows)"
    staff = xlsx("pegawai.xlsx", {"Data": [["NO", "GOLONGAN", "JUMLAH"], [None, "JUMLAH", 10]]})
    assert one_problem(load_staff, staff) == "pegawai.xlsx, sheet 'Data', cell A2: expected data rows above the total row (the table has only totals)"


def test_budget_codes_of_no_known_depth(xlsx):
    # 5.1.02.01 is a Permendagri 90 objek (read as an account); akun 7 is in no scheme
    path = xlsx("anggaran.xlsx", {"Data": [BUDGET, ["7.1.02.01", "Belanja", 10, 9]]})
    assert one_problem(load_budget, path).endswith("or indented names; their codes are 4-part codes")


def test_budget_row_without_code(xlsx):
    path = xlsx("anggaran.xlsx", {"Data": [BUDGET, ["1", "Program", 10, 9], [None, "Kegiatan", 5, 4]]})
    assert one_problem(load_budget, path) == ("anggaran.xlsx, sheet 'Data', cell A3: expected a code on every row, as the others "
                                              "have (numbered codes), so each kegiatan can name its program")


def test_budget_code_twice(xlsx):
    path = xlsx("anggaran.xlsx", {"Data": [["No", "Uraian", "Anggaran"], [1, "Program", 10], [1.1, "K", 5], [1.10, "K10", 5]]})
    assert "cell A4, column 'No': got '1.1', expected each code once (it is also in row 3)" in one_problem(load_budget, path)


def test_year_header_disagreeing_with_the_year(xlsx):
    path = xlsx("anggaran.xlsx", {"Data": [["Kode", "Uraian", "Anggaran 2023", "Realisasi 2023"], ["1", "Program", 10, 9]]})
    assert [str(p) for p in input_error(load_budget, path, year=2024).problems] == [
        "anggaran.xlsx, sheet 'Data', cell C1: got 'Anggaran 2023', expected a column for 2024 (the report's year); this sheet has 2023",
        "anggaran.xlsx, sheet 'Data', cell D1: got 'Realisasi 2023', expected a column for 2024 (the report's year); this sheet has 2023"]
    kinerja = xlsx("kinerja.xlsx", {"PK": [["No", "Indikator", "Target 2023"], [1, "Indeks", 60]]})
    assert "cell C1: got 'Target 2023', expected columns for 2024" in one_problem(load_indicators, kinerja, year=2024)


def test_two_years_without_the_report_year(xlsx):
    path = xlsx("anggaran.xlsx", {"Data": [["Kode", "Uraian", "Anggaran 2023", "Anggaran 2024"], ["1", "Program", 10, 9]]})
    assert "one column for 'budget', not 'Anggaran 2023' (C1), 'Anggaran 2024' (D1)" in one_problem(load_budget, path)


# ---------------------------------------------------------------- staff values


def test_impossible_golongan(xlsx):
    path = xlsx("pegawai.xlsx", {"Data": [SHORT, employee(golongan="V/a")]})
    assert one_problem(load_staff, path) == "pegawai.xlsx, sheet 'Data', cell D2, column 'GOL': got 'V/a', expected a golongan I/a … IV/e"


def test_nip_with_17_and_19_digits(xlsx):
    path = xlsx("pegawai.xlsx", {"Data": [SHORT, employee(NIP_MALE[:-1]), employee(NIP_MALE + "1")]})
    assert [str(p) for p in input_error(load_staff, path).problems] == [
        "pegawai.xlsx, sheet 'Data', cell A2, column 'NIP': got '19671110199203100', expected an 18-digit NIP (this has 17 digits)",
        "pegawai.xlsx, sheet 'Data', cell A3, column 'NIP': got '1967111019920310011', expected an 18-digit NIP (this has 19 digits)"]


def test_nip_with_a_birth_date_that_does_not_exist(xlsx):
    path = xlsx("pegawai.xlsx", {"Data": [SHORT, employee("196502301992031001")]})
    assert one_problem(load_staff, path) == (
        "pegawai.xlsx, sheet 'Data', cell A2, column 'NIP': got '196502301992031001', expected an NIP whose first 8 digits are a real birth date YYYYMMDD")


def test_nip_stored_as_an_excel_number(xlsx):
    path = xlsx("pegawai.xlsx", {"Data": [SHORT, employee(196711101992031001)]})
    message = one_problem(load_staff, path)
    assert message.startswith("pegawai.xlsx, sheet 'Data', cell A2, column 'NIP': got 1.96711101992031e+17")
    assert message.endswith("expected the NIP as text: stored as a number it loses its last digits")


def test_a_nip_stored_as_a_number_far_down_the_sheet(xlsx, monkeypatch):
    # the sheet's XML is scanned a piece at a time, most pieces only for a cell that may not be text: a NIP stored
    # as a number, with or without a type attribute, is found in any piece
    monkeypatch.setattr(workbook, "CHUNK", 512)
    rows = [employee(nip(i), name=f"Pegawai {i}") for i in range(1, 41)]
    rows[25][0], rows[35][0] = int(rows[25][0]), int(rows[35][0])
    source = xlsx("source.xlsx", {"Data": [SHORT, *rows]})
    path = rewrite_member(source, source.with_name("pegawai.xlsx"), "xl/worksheets/sheet1.xml",
                          lambda xml: xml.replace(b'<c r="A37" t="n">', b'<c r="A37">'))
    expected = "got 1.96711101992031e+17, expected the NIP as text: stored as a number it loses its last digits"
    assert [str(p) for p in input_error(load_staff, path).problems] == [
        f"pegawai.xlsx, sheet 'Data', cell {cell}, column 'NIP': {expected}" for cell in ("A27", "A37")]


def test_cells_that_are_not_text_are_named_as_they_are(xlsx):
    # a roster is read as text; where a number, a date or TRUE/FALSE is a problem, it is named as the cell holds it
    path = xlsx("pegawai.xlsx", {"Data": [[*SHORT, "TANGGAL LAHIR"],
                                          employee(gender=3) + [None],
                                          employee(nip(2), golongan=2.5) + [None],
                                          employee(dt.date(1970, 1, 1)) + [None],
                                          employee(nip(4), kind=True) + [4]]})
    assert [str(p) for p in input_error(load_staff, path).problems] == [
        "pegawai.xlsx, sheet 'Data', cell A4, column 'NIP': got 1970-01-01, expected an 18-digit NIP (this has 8 digits)",
        "pegawai.xlsx, sheet 'Data', cell C2, column 'JK': got 3, expected L/P, Laki-laki or Perempuan",
        "pegawai.xlsx, sheet 'Data', cell D3, column 'GOL': got 2.5, expected a golongan I/a … IV/e",
        "pegawai.xlsx, sheet 'Data', cell E5, column 'JENIS JABATAN': got True, expected Struktural, Fungsional or Pelaksana (JFU/Fungsional Umum)",
        "pegawai.xlsx, sheet 'Data', cell G5, column 'TANGGAL LAHIR': got 4, expected a date such as 15-12-1964"]


def test_a_roster_away_from_the_corner_names_its_cells(xlsx):
    # titles in C1, the header in row 4 from column C: cell names count from the sheet's A1, not the table's corner
    path = xlsx("pegawai.xlsx", {"Data": [[None, None, "DAFTAR PEGAWAI"], [], [], [None, None, *SHORT], [None, None, *employee()],
                                          [None, None, *employee(nip(2), golongan="V/a")]]})
    assert one_problem(load_staff, path) == "pegawai.xlsx, sheet 'Data', cell F6, column 'GOL': got 'V/a', expected a golongan I/a … IV/e"


def test_excel_error_values_in_a_roster_are_what_the_cells_say(xlsx):
    path = xlsx("pegawai.xlsx", {"Data": [SHORT, employee(name="#N/A"), employee(nip(2), education="#REF!", name="Sari")]})
    assert one_problem(load_staff, path) == (
        "pegawai.xlsx, sheet 'Data', cell F3, column 'PENDIDIKAN': got '#REF!', expected an education level such as SMA, D3, S1, S2")
    assert load_staff(xlsx("ok.xlsx", {"Data": [SHORT, employee(name="#N/A")]})).roster["name"].tolist() == ["#N/A"]


def test_duplicate_nip_names_the_other_row(xlsx):
    path = xlsx("pegawai.xlsx", {"Data": [SHORT, employee(), employee(NIP_FEMALE, "P"), employee(name="Budi lagi")]})
    assert one_problem(load_staff, path) == (
        "pegawai.xlsx, sheet 'Data', cell A4, column 'NIP': got '196711101992031001', expected a NIP used once (it is also in row 2)")


def test_duplicate_nip_across_sheets(xlsx):
    path = xlsx("pegawai.xlsx", {"PNS": [SHORT, employee()], "Mutasi": [SHORT, employee(name="Budi")]})
    assert one_problem(load_staff, path) == (
        "pegawai.xlsx, sheet 'Mutasi', cell A2, column 'NIP': got '196711101992031001', expected a NIP used once (it is also in sheet 'PNS', row 2)")


def test_gender_disagreeing_with_the_nip(xlsx):
    path = xlsx("pegawai.xlsx", {"Data": [SHORT, employee(gender="P")]})
    assert one_problem(load_staff, path) == (
        "pegawai.xlsx, sheet 'Data', cell C2, column 'JK': got 'P', expected Laki-laki, as the NIP's 15th digit says")


def test_birth_date_disagreeing_with_the_nip(xlsx):
    path = xlsx("pegawai.xlsx", {"Data": [[*SHORT, "TANGGAL LAHIR"], [*employee(), "11-11-1967"]]})
    assert one_problem(load_staff, path) == (
        "pegawai.xlsx, sheet 'Data', cell G2, column 'TANGGAL LAHIR': got '11-11-1967', expected 10-11-1967, the birth date in the NIP")


def test_status_disagreeing_with_the_nip(xlsx):
    path = xlsx("pegawai.xlsx", {"Data": [[*SHORT, "STATUS"], [*employee(NIP_PPPK, golongan="IX"), "PNS"]]})
    assert one_problem(load_staff, path) == "pegawai.xlsx, sheet 'Data', cell G2, column 'STATUS': got 'PNS', expected PPPK, as the NIP says"


def test_summary_category_of_another_kind(xlsx):
    path = xlsx("pegawai.xlsx", {"Data": [["NO", "GOLONGAN", "JUMLAH"], [1, "IV", 17], [2, "III", "12,5"], [3, "Pria", 3]]})
    assert [str(p) for p in input_error(load_staff, path).problems] == [
        "pegawai.xlsx, sheet 'Data', cell C3, column 'JUMLAH': got '12,5', expected a whole number of staff",
        "pegawai.xlsx, sheet 'Data', cell B4, column 'GOLONGAN': got 'Pria', expected a golongan I/a … IV/e or a group I–IV, as the other rows of this golongan table"]


@pytest.mark.parametrize(("rows", "expected"), [
    ([["NO", "GOL", "L"], [1, "IV", 3]], "cell A1: expected both an 'L' and a 'P' column, or neither"),
    ([["NO", "L", "P"], [1, 3, 4], [2, 5, 6]], "cell A1: expected a column naming each row's category"),
    ([["NO", "GOLONGAN", "JUMLAH"], [1, "IV", 3], [2, "iv", 1]], "cell B3, column 'GOLONGAN': got 'iv', expected each category once (IV is also in row 2)"),
    ([["NO", "GOLONGAN", "JUMLAH"], [1, "IV", 3], [2, "IV/a", 1]], "cell B2, column 'GOLONGAN': got 'IV', expected groups (IV, III …) or golongan"),
    ([["NO", "GOLONGAN", "JUMLAH"]], "cell A2: expected one row per category under the header"),
])
def test_summary_that_cannot_be_read(xlsx, rows, expected):
    assert one_problem(load_staff, xlsx("pegawai.xlsx", {"Rekap": rows})).startswith(f"pegawai.xlsx, sheet 'Rekap', {expected}")


def test_roster_without_employees(xlsx):
    assert one_problem(load_staff, xlsx("pegawai.xlsx", {"Data": [SHORT]})) == (
        "pegawai.xlsx, sheet 'Data', cell A2: expected one row per employee under the header")


def test_problems_of_several_rows_listed_at_once(xlsx):
    path = xlsx("pegawai.xlsx", {"Data": [
        SHORT,
        employee(gender="P", golongan="V/a"),
        employee("123", "X", "III/a", "Honorer", "S9", name="C"),
        employee(nip(3, female=True), "P", "III/e", "Pelaksana", "SMA", name="D"),
        employee(196711101992031001, name="E"),
    ]})
    err = input_error(load_staff, path)
    cells = sorted(p.cell for p in err.problems)
    assert cells == ["A3", "A5", "C2", "C3", "D2", "D4", "E3", "F3"]
    assert str(err).startswith("8 problems in the input:")
    assert all(p.file == "pegawai.xlsx" and p.sheet == "Data" and p.expected for p in err.problems)


def test_problems_of_every_dataset_of_a_year_at_once(tmp_path):
    year = tmp_path / "2024"
    year.mkdir()
    make_workbook(year / "pegawai.xlsx", {"Data": [SHORT, employee(golongan="V/a")]})
    make_workbook(year / "anggaran.xlsx", {"Data": [BUDGET, ["1", "Program", -1, 0]]})
    (year / "sarana.csv").write_text("Sarana,Baik\nMeja,satu\n", encoding="utf-8")
    err = input_error(load_year, tmp_path, 2024)
    assert [p.file for p in err.problems] == ["pegawai.xlsx", "anggaran.xlsx", "sarana.csv"]
    assert "sarana.csv, sheet 'sarana', cell B2, column 'Baik': got 'satu'" in str(err)


def test_two_files_for_one_dataset(tmp_path):
    year = tmp_path / "2024"
    year.mkdir()
    for name in ("pegawai.xlsx", "pegawai_lama.xlsx"):
        make_workbook(year / name, {"Data": [SHORT, employee()]})
    assert "expected one pegawai* file, found pegawai.xlsx, pegawai_lama.xlsx" in one_problem(load_year, tmp_path, 2024)


def test_missing_year_folder(tmp_path):
    assert "expected a folder of input files for 2030" in one_problem(load_year, tmp_path, 2030)


def test_assets_without_count_columns(xlsx):
    path = xlsx("sarana.xlsx", {"Sarana": [["NO", "SARANA", "KET"], [1, "Meja", "Cukup"]]})
    assert one_problem(load_assets, path).startswith("sarana.xlsx, sheet 'Sarana', cell A1: expected count columns")


def test_ordinal_value_outside_its_scale(xlsx):
    path = xlsx("kinerja.xlsx", {"PK": [["No", "Indikator", "Target 2024", "Realisasi 2024"], [1, "Nilai SAKIP", "BB", "Baik Sekali"]]})
    assert one_problem(load_indicators, path, year=2024) == (
        "kinerja.xlsx, sheet 'PK', cell D2, column 'Realisasi 2024': got 'Baik Sekali', expected a grade of the indicator's scale "
        "(AA, A, BB, B, CC, C, D) or a number")


# ---------------------------------------------------------------- damaged and crafted files


def test_formula_with_no_saved_value(xlsx):
    path = xlsx("anggaran.xlsx", {"Data": [BUDGET, ["1", "Program", 10, "=C2*2"], ["2", "Program", 5, "=C3*2"]]})
    err = input_error(load_budget, path)
    assert [str(p) for p in err.problems] == [
        f"anggaran.xlsx, sheet 'Data', cell {cell}: got 'a formula with no saved result', expected values: open the file in Excel "
        "and save it, so formulas are calculated" for cell in ("D2", "D3")]


def test_formula_with_a_saved_value_is_a_value(xlsx, tmp_path):
    path = xlsx("anggaran.xlsx", {"Data": [BUDGET, ["1", "Program", 10, "=C2*2"]]})
    saved = rewrite_member(path, tmp_path / "saved.xlsx", "xl/worksheets/sheet1.xml", lambda xml: re.sub(rb"<v ?/>|<v></v>", b"<v>20</v>", xml))
    assert load_budget(saved).rows.loc[0, "realised"] == 20.0
    # a formula whose result is the empty string (=IF(…;"";…)) is saved with t="str" and an empty value
    empty = rewrite_member(path, tmp_path / "empty.xlsx", "xl/worksheets/sheet1.xml",
                           lambda xml: xml.replace(b'<c r="D2"><f>', b'<c r="D2" t="str"><f>').replace(b"<v />", b"<v></v>"))
    assert math.isnan(load_budget(empty).rows.loc[0, "realised"])


def test_a_text_file_that_is_neither_csv_nor_a_table(tmp_path):
    path = tmp_path / "pegawai.xlsx"
    path.write_text("Data pegawai per 31 Desember\n", encoding="utf-8")
    assert one_problem(load_staff, path).startswith("pegawai.xlsx: got 'a text file (CSV?) renamed to a spreadsheet name', expected an Excel workbook")


@pytest.mark.parametrize(("name", "expected"), [
    ("pegawai.xls", "pegawai.xls: got 'an .xlsx workbook named .xls', expected the file renamed to .xlsx"),
    ("pegawai.xlsb", "pegawai.xlsb: got 'an .xlsx workbook named .xlsb', expected the file renamed to .xlsx"),
    ("pegawai.ods", "pegawai.ods: got 'an .xlsx workbook named .ods', expected the file renamed to .xlsx"),
])
def test_xlsx_under_another_spreadsheet_suffix(xlsx, tmp_path, name, expected):
    source = xlsx("source.xlsx", {"Data": [SHORT, employee()]})
    shutil.copy(source, tmp_path / name)
    assert one_problem(load_staff, tmp_path / name) == expected


def test_excel_97_workbook_named_xlsx(tmp_path):
    path = tmp_path / "pegawai.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    assert one_problem(load_staff, path) == "pegawai.xlsx: got 'an Excel 97-2003 workbook', expected a file named .xls, or saved again as .xlsx"


def test_damaged_xls(tmp_path):
    path = tmp_path / "pegawai.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    assert one_problem(load_staff, path).startswith("pegawai.xls: got 'a file the reader cannot open")


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "pegawai.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    assert one_problem(load_staff, path) == "pegawai.xlsx: got 'a zip archive that is not a spreadsheet', expected an Excel workbook (.xlsx, .xlsb) or an OpenDocument spreadsheet (.ods)"


def test_truncated_workbook(xlsx, tmp_path):
    data = xlsx("source.xlsx", {"Data": [SHORT, employee()]}).read_bytes()
    path = tmp_path / "pegawai.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert one_problem(load_staff, path).startswith("pegawai.xlsx: got 'a damaged or truncated file")


def test_empty_file(tmp_path):
    path = tmp_path / "pegawai.xlsx"
    path.write_bytes(b"")
    assert one_problem(load_staff, path) == "pegawai.xlsx: got 'an empty file (0 bytes)', expected an Excel workbook"


def test_xml_entity_declarations(xlsx, tmp_path):
    source = xlsx("source.xlsx", {"Data": [SHORT, employee()]})
    laughs = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
    path = rewrite_member(source, tmp_path / "pegawai.xlsx", "xl/worksheets/sheet1.xml", lambda xml: laughs + xml)
    err = input_error(load_staff, path)
    assert isinstance(err, UnsafeInputError)
    assert str(err.problems[0]) == ("pegawai.xlsx: got 'XML entities in xl/worksheets/sheet1.xml', expected a workbook without XML "
                                    "entity declarations (such files can expand to gigabytes)")


def test_entity_declaration_behind_a_long_comment(xlsx, tmp_path):
    source = xlsx("source.xlsx", {"Data": [SHORT, employee()]})
    padded = b"<!--" + b" " * 100_000 + b'--><!DOCTYPE x [<!ENTITY a "a">]>'
    path = rewrite_member(source, tmp_path / "pegawai.xlsx", "xl/styles.xml", lambda xml: padded + xml)
    assert isinstance(input_error(load_staff, path), UnsafeInputError)


def test_archive_larger_than_the_limit(xlsx, tmp_path):
    source = xlsx("source.xlsx", {"Data": [SHORT, employee()]})
    path = add_member(source, tmp_path / "pegawai.xlsx", "xl/media/image1.bin", b"\0" * (3 * 2**20))
    err = input_error(load_staff, path, limits={"max_uncompressed_mb": 1})
    assert isinstance(err, UnsafeInputError)
    assert str(err.problems[0]) == ("pegawai.xlsx: got 'an archive that unpacks to 3 MB', expected at most 1 MB unpacked "
                                    "(limits.max_uncompressed_mb): this looks like a zip bomb")


def test_zip_bomb_member(xlsx, tmp_path):
    source = xlsx("source.xlsx", {"Data": [SHORT, employee()]})
    path = add_member(source, tmp_path / "pegawai.xlsx", "xl/media/image1.bin", b"\0" * (50 * 2**20))
    err = input_error(load_staff, path)
    assert isinstance(err, UnsafeInputError)
    assert "member xl/media/image1.bin compressed" in str(err) and "expected a compression ratio under 200:1" in str(err)


HEADERS = ["NIP", "NIP BARU", "JK", "L/P", "GOL", "Jenis Jabatan", "Pendidikan", "TANGGAL LAHIR", "STATUS", "Golongan", "L", "P", "Jumlah",
           "Indikator", "Target 2024", "Realisasi", "Th 2023", "% Capaian", "Skala", "Polaritas", "Satuan", "Kode", "No", "Uraian",
           "Anggaran", "Realisasi 2024 (%)", "Level", "Sarana", "Baik", "Rusak", "KONDISI"]
CELLS = st.one_of(st.none(), st.sampled_from(HEADERS), st.integers(-5, 2030), st.floats(allow_nan=False, allow_infinity=False, width=32),
                  st.sampled_from(["-", "n/a", "Jumlah", "TOTAL", "Sumber: BKD", "IV/a", "IX", "V/a", "L", "Pria", "BB", "1.234", "12.5",
                                   "88,30 %", "2 Aplikasi", "5.03.02", "5.03.02.1.01", "1.1", "Program", "Sub Kegiatan", NIP_MALE,
                                   NIP_FEMALE, NIP_PPPK, "#REF!", "=A1*2", "  ", "(1)", "Positif", "sakip"]),
                  st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12))  # what openpyxl can write


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(CELLS, max_size=6), max_size=7), st.lists(st.lists(CELLS, max_size=6), max_size=4), st.booleans())
@example(rows=[[1990.0, None, None, "NIP"], [0]], second=[], merge=True)  # a year merged over three cells, as the next: IndexError
def test_any_small_table_gives_a_table_or_an_input_error(tmp_path_factory, rows, second, merge):
    """Whatever cells a workbook holds, each loader returns or raises the kit's own error, never a traceback."""
    path = make_workbook(tmp_path_factory.mktemp("fuzz") / "data.xlsx", {"A": rows, "B": second}, merged={"A": ["A1:C1"]} if merge else None)
    for load, options in ((load_staff, {}), (load_budget, {"year": 2024}), (load_indicators, {"year": 2024}), (load_assets, {})):
        try:
            load(path, **options)
        except LakipError:
            pass


def test_no_error_is_a_traceback_of_the_readers(tmp_path):
    """Whatever bytes a file holds, the loaders answer with an InputError."""
    for i, data in enumerate([b"PK\x03\x04" + b"\0" * 100, b"PK\x03\x04garbage", b"\xff\xfe\x00\x00" * 50, b"\x00" * 10, b"<?xml version='1.0'?><a/>"]):
        path = tmp_path / f"pegawai{i}.xlsx"
        path.write_bytes(data)
        input_error(load_staff, path)


def test_an_indicator_realised_by_quarter_without_a_total_is_refused_unless_reported_to_date(xlsx):
    """'Realisasi Target' over TW I … TW IV: the year's value is not their sum. Quarters that never decrease are
    reported to date (the last one is the year's, with a warning); quarters that do need a total column."""
    rows = [["No", "Indikator", "Target", "Realisasi Target", None, None, None],
            [None, None, None, "TW I", "TW II", "TW III", "TW IV"], [1, "Indeks X", 80, 20, 40, 60, 85]]
    merged = {"PK": ["A1:A2", "B1:B2", "C1:C2", "D1:G1"]}
    data = load_indicators(xlsx("kinerja0.xlsx", {"PK": rows}, merged=merged), year=2024)
    assert data.values.loc[data.values["kind"].eq("realisation"), "value"].tolist() == [85.0]
    assert "last_period" in data.notes["check"].tolist()
    per_quarter = [*rows[:2], [1, "Indeks X", 80, 20, 25, 15, 25]]
    assert one_problem(load_indicators, xlsx("kinerja1.xlsx", {"PK": per_quarter}, merged=merged), year=2024) == (
        "kinerja1.xlsx, sheet 'PK', cell D2: got 'Realisasi Target › TW I', expected one column for the year's 'realisation' "
        "(a 'Jumlah' or 'Tahun' column beside the 4 period columns, or periods reported to date, which never decrease)")
    rows = [row + [value] for row, value in zip(rows, [None, "Jumlah", 85])]
    path = xlsx("kinerja2.xlsx", {"PK": rows}, merged={"PK": ["A1:A2", "B1:B2", "C1:C2", "D1:H1"]})
    values = load_indicators(path, year=2024).values
    assert values[["kind", "year", "value"]].values.tolist() == [["target", 2024, 80.0], ["realisation", 2024, 85.0]]
