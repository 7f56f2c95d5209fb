"""Table recognition (lakip_lib.loading.recognise): one table in many dresses gives one dataset.

Hypothesis dresses a budget table and an indicator table the way exports and
published tables do: title rows, a header of one row or a band of two (a group
label merged, or written once over its columns), blank spacer columns, a
column-number row, blank rows in the body, a footer and a signature block
under it, and amounts in every number style agencies print. Whatever the
dress, the loader must give the same rows. ``LAKIP_EXAMPLES`` raises the
number of dresses tried (default 25 each, a few seconds).
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lakip_lib.errors import InputError
from lakip_lib.messages import render
from lakip_lib.loading import load_budget, load_indicators
from lakip_lib.loading.recognise import column_paths, is_column_numbers, match_path, vocabulary
from lakip_lib.loading.recognise.band import _money_half, is_header_like
from workbooks import make_workbook

EXAMPLES = int(os.environ.get("LAKIP_EXAMPLES", "25"))

#: program → kegiatan → sub-kegiatan, budget and realisation (Kepmendagri codes)
BUDGET = [("5.03.01", "Program Penunjang Urusan Pemerintahan", 4_000_000, 3_900_000),
          ("5.03.01.1.01", "Perencanaan dan Evaluasi Kinerja", 1_500_000, 1_450_000),
          ("5.03.01.1.01.0001", "Penyusunan Dokumen Perencanaan", 1_500_000, 1_450_000),
          ("5.03.01.1.02", "Administrasi Keuangan", 2_500_000, 2_450_000),
          ("5.03.01.1.02.0002", "Penyediaan Gaji dan Tunjangan ASN", 2_500_000, 2_450_000)]
INDICATORS = [("Indeks Profesionalitas ASN", 75, 77.5), ("Persentase ASN yang mengikuti diklat", 80, 88.25),
              ("Nilai SAKIP", 70, 71)]


def _amount(style: str, value: float) -> object:
    whole = f"{value:,.0f}"
    return {"number": value, "id": whole.replace(",", "."), "id-rp": "Rp " + whole.replace(",", ".") + ",00",
            "en": whole + ".00", "id-dash": whole.replace(",", ".") + ",-"}[style]


@st.composite
def dresses(draw) -> dict:
    return {
        "titles": draw(st.lists(st.sampled_from(["PEMERINTAH KABUPATEN CONTOH", "Tabel 3.6 Realisasi Anggaran Tahun 2024",
                                                  "Keadaan s.d. 31 Desember 2024", None]), max_size=3)),
        "band": draw(st.sampled_from(["one row", "merged group", "spread group"])),
        "spacer": draw(st.booleans()),
        "numbers_row": draw(st.sampled_from([None, "plain", "brackets", "formula"])),
        "blank_rows": draw(st.booleans()),
        "footer": draw(st.sampled_from([None, "Sumber: BPKAD, 2025", "Keterangan: data sementara"])),
        "signature": draw(st.booleans()),
        # a report printed page by page: its header again after the third row, after a page number or the title
        "page_break": draw(st.sampled_from([None, "header", "Halaman 1 dari 2", "- 12 -", "title"])),
        "style": draw(st.sampled_from(["number", "id", "id-rp", "en", "id-dash"])),
    }


def _dress(header: list[str], group: tuple[int, str] | None, rows: list[list], dress: dict) -> tuple[list[list], list[str]]:
    """The sheet's rows and merged ranges: ``header`` one row, or under ``group`` (first column index, label) a band."""
    out: list[list] = [[t] for t in dress["titles"]]
    merged: list[str] = []
    width = len(header)

    def spaced(row: list) -> list:
        return [*row[:2], None, *row[2:]] if dress["spacer"] else row

    head = len(out)
    if dress["band"] == "one row" or group is None:
        out.append(spaced(header))
    else:
        start, label = group
        upper = [h if j < start else None for j, h in enumerate(header)]
        upper[start] = label
        lower = [None if j < start else h.split(" ", 1)[-1] if h.startswith(label.split()[0]) else h for j, h in enumerate(header)]
        top = len(out) + 1
        out += [spaced(upper), spaced(lower)]
        shift = 1 if dress["spacer"] else 0
        first, last = start + (shift if start >= 2 else 0), width - 1 + shift
        if dress["band"] == "merged group":
            merged.append(f"{chr(65 + first)}{top}:{chr(65 + last)}{top}")
        for j in range(start):
            column = chr(65 + j)
            merged.append(f"{column}{top}:{column}{top + 1}")
    if dress["numbers_row"]:
        numbers = {"plain": [str(i) for i in range(1, width + 1)], "brackets": [f"({i})" for i in range(1, width + 1)],
                   "formula": [str(i) for i in range(1, width)] + [f"{width} = {width - 1}/{width - 2} x 100"]}[dress["numbers_row"]]
        out.append(spaced(numbers))
    band = out[head:]
    for i, row in enumerate(rows):
        out.append(spaced(row))
        if dress["blank_rows"] and i == 1:
            out.append([])
        if dress["page_break"] and i == 2:
            if dress["page_break"] != "header":
                title = next((t for t in reversed(dress["titles"]) if t), "Laporan Realisasi")
                out += [[], [title if dress["page_break"] == "title" else dress["page_break"]]]
            merged += [_moved(m, len(out) - head) for m in merged if int(m.split(":")[0][1:]) > head]
            out += band
    if dress["footer"]:
        out.append([dress["footer"]])
    if dress["signature"]:
        out += [[], [None, None, "Kepala Badan,"], [], [None, None, "Dr. NAMA KEPALA, M.Si"], [None, None, "NIP. 19700101 199003 1 001"]]
    return out, merged


def _moved(cells: str, by: int) -> str:
    """An A1:B2 range ``by`` rows further down."""
    return ":".join(f"{c[0]}{int(c[1:]) + by}" for c in cells.split(":"))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(dresses())
def test_a_budget_table_in_any_dress_gives_the_same_rows(tmp_path_factory, dress):
    rows = [[code, name, _amount(dress["style"], b), _amount(dress["style"], r), round(r / b * 100, 2)] for code, name, b, r in BUDGET]
    header = ["Kode", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)"] if dress["band"] == "one row" else \
        ["Kode", "Uraian", "Anggaran", "Realisasi", "%"]
    sheet, merged = _dress(header, (2, "Tahun Anggaran 2024"), rows, dress)
    path = make_workbook(tmp_path_factory.mktemp("budget") / "anggaran.xlsx", {"Realisasi": sheet}, merged={"Realisasi": merged})
    loaded = load_budget(path, year=2024).rows
    assert loaded[["code", "level", "budget", "realised"]].values.tolist() == [
        [code, level, float(b), float(r)] for (code, _, b, r), level in
        zip(BUDGET, ["program", "kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan"])]
    assert loaded["name"].tolist() == [name for _, name, _, _ in BUDGET]


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(dresses())
def test_an_indicator_table_in_any_dress_gives_the_same_values(tmp_path_factory, dress):
    header = ["No", "Indikator Kinerja", "Tahun 2024 Target", "Tahun 2024 Realisasi"]
    rows = [[i + 1, name, target, realisation] for i, (name, target, realisation) in enumerate(INDICATORS)]
    if dress["band"] == "one row":
        header = ["No", "Indikator Kinerja", "Target 2024", "Realisasi 2024"]
    sheet, merged = _dress(header, (2, "Tahun 2024"), rows, dress)
    path = make_workbook(tmp_path_factory.mktemp("kinerja") / "kinerja.xlsx", {"PK": sheet}, merged={"PK": merged})
    data = load_indicators(path, year=2024)
    assert data.indicators["indicator"].tolist() == [name for name, _, _ in INDICATORS]
    values = data.values[data.values["year"].eq(2024).fillna(False).astype(bool)]
    got = values.pivot(index="id", columns="kind", values="value")[["target", "realisation"]].values.tolist()
    assert got == [[float(t), float(r)] for _, t, r in INDICATORS]


def test_a_band_is_flattened_into_paths():
    rows = [["No", "Golongan", "JUMLAH", None, None, "PERSENTASE", None, None],
            [None, None, "L", "P", "L+P", "L", "P", "L+P"]]
    paths = column_paths(rows, 0, 1, [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 0, 7)])
    assert paths == {0: ("No",), 1: ("Golongan",), 2: ("JUMLAH", "L"), 3: ("JUMLAH", "P"), 4: ("JUMLAH", "L+P"),
                     5: ("PERSENTASE", "L"), 6: ("PERSENTASE", "P"), 7: ("PERSENTASE", "L+P")}
    summary = vocabulary("summary")
    assert [match_path(paths[j], summary).name for j in range(1, 8)] == ["category", "male", "female", "count", "share", "share", "share"]


def test_a_gender_band_over_education_levels_keeps_sd_and_its_total():
    """LAKI-LAKI over <SD | SD | SMP … | JML: SD is a level (a column of its own), not "s.d." (the band's total), and
    JML is the men's count; under a budget's realisation "s.d." still names the total."""
    summary = vocabulary("summary")
    assert match_path(("LAKI-LAKI", "SD"), summary) is None
    assert match_path(("PEREMPUAN", "<SD"), summary) is None
    men, women = match_path(("LAKI-LAKI", "JML"), summary), match_path(("PEREMPUAN", "Jumlah"), summary)
    assert (men.name, men.total, women.name, women.total) == ("male", True, "female", True)
    assert match_path(("JUMLAH", "L"), summary).name == "male"
    assert match_path(("Jumlah",), summary).name == "count"
    realised = match_path(("Realisasi", "s.d."), vocabulary("budget"))
    assert (realised.name, realised.total) == ("realised", True)


def test_a_bilingual_header_is_read_by_its_indonesian_line():
    """BPS 'Dalam Angka' headers print the English under the Indonesian ('Laki-Laki\\nMale'); a header whose last
    words are English but whose Indonesian names no field stays unknown, and an Indonesian word is never cut."""
    summary = vocabulary("summary")
    assert match_path(("Jenis Kelamin\nSex", "Laki-Laki\nMale"), summary).name == "male"
    assert match_path(("Jenis Kelamin\nSex", "Perempuan\nFemale"), summary).name == "female"
    assert match_path(("Catatan\nMale",), summary) is None
    assert match_path(("Male",), summary) is None
    indicators = vocabulary("indicators")
    assert match_path(("Capaian Tahun Lalu",), indicators) is None  # 'Lalu' is no English word to cut


def test_a_header_of_its_own_in_the_value_columns_heads_detail_rows_that_are_skipped(tmp_path):
    """A Perjanjian Kinerja measurement with the activities under its indicators in the same columns ('Target
    aktifitas' | 'realisasi aktifitas' | 'capaian aktifitas'): that row and the rows under it up to a blank row are
    details, skipped and said; indicators after the blank row are read. Near miss: one such word in one value column
    is a bad value, refused as before."""
    from lakip_lib.errors import InputError

    rows = [["No", "Indikator", "TARGET DAN CAPAIAN", None, None],
            [None, None, "Target", "Realisasi", "% Capaian"],
            [1, "Cakupan imunisasi dasar", 95, 90, 94.74],
            [None, "Aktifitas yang berhubungan dengan Indikator", "Target aktifitas", "realisasi aktifitas", "capaian aktifitas"],
            [None, "- Sweeping imunisasi", 12, 6, 50],
            [None, None, None, None, None],
            [2, "Cakupan persalinan di fasilitas kesehatan", 90, 88, 97.78]]
    path = make_workbook(tmp_path / "kinerja.xlsx", {"PK": rows}, merged={"PK": ["A1:A2", "B1:B2", "C1:E1"]})
    data = load_indicators(path, year=2024)
    assert data.indicators["indicator"].tolist() == ["Cakupan imunisasi dasar", "Cakupan persalinan di fasilitas kesehatan"]
    realised = data.values[data.values["kind"].eq("realisation")]["value"].tolist()
    assert realised == [90.0, 88.0]  # 'TARGET DAN CAPAIAN' lists the fields: it does not hide 'Realisasi'
    skipped = {row: role.text("en") for row, role in data.recognition[0].skipped_rows}
    assert "rows 4–5 are details under it" in skipped[4] and "'Target aktifitas' (C4)" in skipped[4]
    near = [row[:] for row in rows[:3]] + [[2, "Cakupan persalinan", "Target aktifitas", 88, 97.78]]
    with pytest.raises(InputError, match="got 'Target aktifitas', expected a number"):
        load_indicators(make_workbook(tmp_path / "near.xlsx", {"PK": near}, merged={"PK": ["A1:A2", "B1:B2", "C1:E1"]}), year=2024)


def test_a_value_under_a_comparison_band_is_a_comparison_not_this_years_value(tmp_path):
    """The PermenPANRB P1 … P4 bands: only P1 is this year's; 'Peningkatan dari Tahun Lalu › Realisasi 2023' and
    'Perbandingan Dengan Nasional › Rata-Rata Realisasi Nasional' compare it, and are noted, not read. Near misses:
    'Capaian Tahun 2023 › Realisasi' and a plain 'Rata-rata Capaian' stay what they were."""
    indicators = vocabulary("indicators")
    for path in [("P2", "Peningkatan dari Tahun Lalu", "Realisasi 2023"), ("P2", "Peningkatan dari Tahun Lalu", "Capaian 2023"),
                 ("P4", "Perbandingan Dengan Nasional", "Rata-Rata Realisasi Nasional"),
                 ("Perbandingan dengan Internasional", "Rata-Rata Realisasi Internasional")]:
        assert match_path(path, indicators).name == "comparison", path
    assert match_path(("P1", "Capaian Tahun 2023", "Realisasi"), indicators).name == "realisation"
    assert match_path(("Rata-rata Capaian",), indicators).name == "stated_capaian"
    rows = [["No", "Indikator", "P1", None, "P2", None, "P4"],
            [None, None, "Capaian Tahun 2023", None, "Peningkatan dari Tahun Lalu", None, "Perbandingan Dengan Nasional"],
            [None, None, "Target", "Realisasi", "Realisasi 2023", "Realisasi Tahun lalu", "Rata-Rata Realisasi Nasional"],
            [1, "Persentase kepemilikan akta kelahiran", 95, 96.4, 96.4, 94.1, 91.5]]
    path = make_workbook(tmp_path / "kinerja.xlsx", {"PD": rows},
                         merged={"PD": ["A1:A3", "B1:B3", "C1:D1", "E1:F1", "C2:D2", "E2:F2"]})
    data = load_indicators(path, year=2023)
    assert data.values.set_index("kind")["value"].to_dict() == {"target": 95.0, "realisation": 96.4}
    used = {cell: render(field, "en") for cell, _, field, _ in data.recognition[0].columns}
    assert used["E3"] == used["G3"] == "(comparison, not used)"


def test_a_data_sets_snake_case_column_names_carry_their_year(tmp_path):
    """An open-data export's own column names ('capaian_tahun_2018', 'capaian_tahun_2019'): the underscore parts the
    year from its words as a space does, so each column is the capaian of its year (they were two year-less capaian
    columns, refused as one field twice). Near misses: digits glued to a word or running on ('periode_201912', a
    month) carry no year."""
    indicators = vocabulary("indicators")
    assert (match_path(("capaian_tahun_2019",), indicators).name, match_path(("capaian_tahun_2019",), indicators).year) == (
        "stated_capaian", 2019)
    assert match_path(("target_2024",), indicators).year == 2024
    assert getattr(match_path(("realisasi_periode_201912",), indicators), "year", None) is None
    assert getattr(match_path(("realisasi2019",), indicators), "year", None) is None
    rows = [["_id", "indikator_kinerja", "capaian_tahun_2018", "capaian_tahun_2019"],
            [1, "Angka Harapan Hidup", "75,57", "75,00"], [2, "Angka Partisipasi Kasar SD", "106,79", "107,58"]]
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"data": rows}), year=2019)
    values = data.values[data.values["kind"].eq("realisation")]
    assert values[["year", "value"]].values.tolist() == [[2018, 75.57], [2019, 75.0], [2018, 106.79], [2019, 107.58]]


def test_one_small_table_per_indicator_is_named_by_its_title(tmp_path):
    """A court's analysis tables: one per indicator, named only in its title ('Tabel 17. Analisa Kinerja Penurunan
    upaya hukum Kasasi …'), the figures it is computed from as rows ('54 Berkas') and the realisation merged down
    beside them. It was refused for want of an indicator column; the title names the one indicator whose values stand
    on one row; the next table's title and header under it start another table, not a page of the same. Near misses:
    a titled table whose rows are years (two rows of values) and a title that only numbers the table are still
    refused, and a page break that repeats the title and header still continues the table."""
    def sheet(title: str, rows: list[list]) -> list[list]:
        return [[title, None, None, None], ["Data Perkara Perdata", "Jumlah", "Realisasi", "Capaian Kinerja"], *rows, [None] * 4]

    rows = [*sheet("Tabel 16. Analisa Kinerja Penurunan upaya hukum banding yang tidak diajukan",
                   [["Upaya hukum banding 2016 dan 2015", "40 Berkas", "50,00", "50,00"], ["Upaya hukum banding 2015", "20 Berkas", None, None]]),
            *sheet("Tabel 17. Analisa Kinerja Penurunan upaya hukum kasasi yang tidak diajukan",
                   [["Upaya hukum kasasi 2016 dan 2015", "54 Berkas", "33,33", "33,33"], ["Upaya hukum kasasi 2015", "18 Berkas", None, None]])]
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"Hal. 26": rows}, merged={"Hal. 26": ["C3:C4", "C8:C9"]}), year=2016)
    assert data.indicators["indicator"].tolist() == ["Penurunan upaya hukum banding yang tidak diajukan",
                                                     "Penurunan upaya hukum kasasi yang tidak diajukan"]
    assert data.values.loc[data.values["kind"].eq("realisation"), "value"].tolist() == [50.0, 33.33]
    assert data.recognition[0].columns[-1][:3] == ("A1", rows[0][0], "indicator")
    years = [["Tabel 3.5 Perbandingan Tahunan Penurunan Sisa Perkara", None, None, None],
             ["Tahun", "Sisa Perkara", "Target", "Realisasi"], [2020, 1, "3%", "-100%"], [2021, 2, "3%", "50%"]]
    numbered = [["Tabel 3.2.", None, None, None], *sheet("", [["Upaya hukum banding", "40 Berkas", "50,00", "50,00"]])[1:]]
    for n, near in enumerate([years, numbered]):
        with pytest.raises(InputError, match="expected a column for 'indicator'"):
            load_indicators(make_workbook(tmp_path / f"near{n}.xlsx", {"T": near}), year=2021)
    page = [["Tabel 3.1 Capaian IKU", None, None], ["Indikator", "Target", "Realisasi"], ["Indeks A", 80, 82], [None] * 3,
            ["Tabel 3.1 Capaian IKU (lanjutan)", None, None], ["Indikator", "Target", "Realisasi"], ["Indeks B", 70, 71]]
    data = load_indicators(make_workbook(tmp_path / "page.xlsx", {"T": page}), year=2021)
    assert data.indicators["indicator"].tolist() == ["Indeks A", "Indeks B"] and len(data.recognition) == 1


def test_one_indicator_stated_by_label_lines_is_read_from_the_yearly_row_of_its_periods(tmp_path):
    """A quality-indicator export of ONE indicator: 'INDIKATOR: …' and 'STANDAR: <= 5 menit' as label lines above a
    month table (Bulan | Numerator | Denumerator | Capaian) and a summary by period whose 'Tahunan' row is the year's.
    It was refused for want of an indicator column; the label lines give the name and the target (its operator the
    polarity, with a warning), the Tahunan row the year's value, and each value names its own cell. Near misses: the
    same sheet without a yearly row (months and quarters only) and a sheet with two 'INDIKATOR:' lines are still
    refused, and a table with an indicator column under such a line is read by its column."""
    head = [["INDIKATOR: Waktu tanggap dokter IGD", None, None, None], ["STANDAR: <= 5 menit", None, None, None], [None] * 4,
            ["Bulan", "Numerator", "Denumerator", "Capaian"], ["Jan", 420, 100, "4.20"], ["Feb", 530, 100, "5.30"], [None] * 4]
    summary = [["Periode", "Num", "Denum", "Capaian"], ["TW I", 950, 200, "4.75"], ["Tahunan", 950, 200, "4.75"]]
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"Grafik 2025": head + summary}), year=2025)
    assert data.indicators["indicator"].tolist() == ["Waktu tanggap dokter IGD"]
    assert data.indicators["polarity"].tolist() == ["negative"]
    values = data.values.set_index("kind")
    assert (values.at["target", "value"], values.at["realisation", "value"]) == (5.0, 4.75)
    assert values.at["target", "location"].endswith("!A2") and values.at["realisation", "location"].endswith("!D10")
    assert [c[2] for c in data.recognition[0].columns[:2]] == ["indicator", "target"]
    assert "polarity_inferred" in data.notes["check"].tolist()
    no_year = head + summary[:2]
    two = [["INDIKATOR: Waktu tanggap dokter IGD", None, None, None], ["INDIKATOR: Kepatuhan cuci tangan", None, None, None],
           *head[1:], *summary]
    for n, near in enumerate([no_year, two]):
        with pytest.raises(InputError, match="expected a header row"):
            load_indicators(make_workbook(tmp_path / f"near{n}.xlsx", {"T": near}), year=2025)
    columned = [["INDIKATOR: Indikator Kinerja Utama", None, None], ["Indikator", "Target", "Realisasi"],
                ["Indeks A", 80, 82]]
    data = load_indicators(make_workbook(tmp_path / "columned.xlsx", {"T": columned}), year=2025)
    assert data.indicators["indicator"].tolist() == ["Indeks A"]


def test_bare_month_columns_of_an_indicator_table_are_its_realisation_by_month(tmp_path):
    """A hospital's indicator mutu report: Target | Jan | Feb | … | Des, the months under no band and no realisation
    column. The months were not used and the table was read with no realisation at all (one warning); they are the
    realisation by month, so a year's value going up and down is refused naming the first month, and months that
    never decrease (to date) give their last, with a warning, as under a 'Realisasi' band. Near miss: beside a
    'Realisasi' column the months stay unused."""
    months = ["Jan", "Feb", "Mar", "Apr"]
    def table(values: list[list], realisation: bool = False) -> Path:
        header = ["No", "Indikator", "Target", *(["Realisasi"] if realisation else []), *months]
        rows = [[n, f"Indikator {n}", ">=80%", *([85] if realisation else []), *v] for n, v in enumerate(values, start=1)]
        return make_workbook(tmp_path / f"kinerja{len(list(tmp_path.iterdir()))}.xlsx", {"Mutu": [header, *rows]})

    with pytest.raises(InputError, match=r"cell D1: got 'Jan', expected one column for the year's 'realisation'"):
        load_indicators(table([[82.4, 85.1, 79.6, 83.0], [90, 91, 89, 92]]), year=2025)
    data = load_indicators(table([[20, 40, 60, 81], [10, 30, None, None]]), year=2025)
    assert data.values.loc[data.values["kind"].eq("realisation"), "value"].tolist() == [81.0, 30.0]
    assert data.notes["check"].eq("last_period").sum() == 1
    data = load_indicators(table([[82.4, 85.1, 79.6, 83.0]], realisation=True), year=2025)
    assert data.values.loc[data.values["kind"].eq("realisation"), "value"].tolist() == [85.0]


def test_an_interim_table_reads_the_realisation_to_date_beside_its_ratio_terms_and_the_capaian_against_target(tmp_path):
    """A Badan POM centre's interim table: 'Realisasi Per Triwulan (kumulatif) › pembilang | penyebut | realisasi s/d
    Triwulan II' and 'Capaian terhadap target › s/d Triwulan II' under a two-row header whose periods are written out
    once each. The numerator and denominator are no realisation; near misses: a capaian against the Renstra's final
    target is no capaian of the year, and a bare number under a band (No › 1) is still no period."""
    indicators = vocabulary("indicators")
    assert match_path(("Realisasi Per Triwulan (kumulatif)", "pembilang"), indicators) is None
    assert match_path(("Realisasi Per Triwulan (kumulatif)", "penyebut"), indicators) is None
    assert match_path(("Capaian terhadap target",), indicators).name == "stated_capaian"
    assert getattr(match_path(("Capaian Tahun 2023 Terhadap Target Akhir Renstra",), indicators), "name", None) != "stated_capaian"
    rows = [["sasaran strategis", "Indikator", "target 2021", "Realisasi Per Triwulan (kumulatif)", None, None,
             "Capaian terhadap target"],
            [None, None, None, "pembilang", "penyebut", "realisasi s/d Triwulan II", "s/d Triwulan II"],
            ["Meningkatnya kualitas pengujian", "Persentase hasil uji tepat waktu", "90%", 412, 445, "92,58%", "102,87%"],
            [None, "Jumlah metode analisa yang dikembangkan", "25 metode", "-", "-", "12", "48,00%"]]
    path = make_workbook(tmp_path / "kinerja.xlsx", {"T": rows}, merged={"T": ["A1:A2", "B1:B2", "C1:C2", "D1:F1"]})
    data = load_indicators(path, year=2021)
    record = data.recognition[0]
    assert record.header_rows == (1, 2)
    values = data.values.pivot(index="id", columns="kind", values="value")
    assert values["target"].tolist() == [90.0, 25.0] and values["realisation"].tolist() == [92.58, 12.0]
    assert values["stated_capaian"].tolist() == [102.87, 48.0]


def test_a_band_of_periods_that_says_it_is_cumulative_is_read_from_its_last_period_with_an_info_note(tmp_path):
    """'Realisasi (kumulatif) › TW I … TW IV': the header says the periods run to date, so the last one filled is the
    year's, said as info; near miss: the same band not saying so keeps its warning (inferred from values that never
    decrease)."""
    def notes(band: str, name: str):
        rows = [["No", "Indikator", "Target 2024", band, None, None, None],
                [None, None, None, "TW I", "TW II", "TW III", "TW IV"],
                [1, "Cakupan imunisasi", 90, 20, 45, 70, None]]
        path = make_workbook(tmp_path / name, {"IKU": rows}, merged={"IKU": ["A1:A2", "B1:B2", "C1:C2", "D1:G1"]})
        data = load_indicators(path, year=2024)
        assert data.values.set_index("kind")["value"]["realisation"] == 70
        return data.notes.loc[data.notes["check"].eq("last_period"), "severity"].tolist()

    assert notes("Realisasi (kumulatif)", "a.xlsx") == ["info"]
    assert notes("Realisasi", "b.xlsx") == ["warning"]


def test_targets_set_to_date_beside_the_years_target_make_the_realisations_beside_them_to_date(tmp_path):
    """'Target Tahunan | Target TW I | Realisasi TW I | … | Target TW IV | Realisasi TW IV': each row's last quarter
    target is its year's, so the quarters run to date and the year's realisation is the last one filled, though a
    percentage to date falls (100, 85,7, 88,9, 90,9); near miss: quarter targets that add up to the year's are no
    targets to date, and a realisation that falls beside them is still refused."""
    def load(quarters: list[tuple[int, int]], name: str):
        header = ["No", "Indikator", "Target Tahunan"]
        for n in ("I", "II", "III", "IV"):
            header += [f"Target TW {n}", f"Realisasi TW {n}"]
        rows = [header,
                [1, "Persentase kasus perselisihan yang diselesaikan", 90, 90, 100, 90, 85.7, 90, 88.9, 90, 90.9],
                [2, "Jumlah tenaga kerja yang dilatih", 240, *[v for pair in quarters for v in pair]]]
        return load_indicators(make_workbook(tmp_path / name, {"IKP": rows}), year=2025)

    data = load([(40, 40), (120, 112), (200, 196), (240, 252)], "a.xlsx")
    values = data.values[data.values["kind"].eq("realisation")]["value"].tolist()
    assert values == [90.9, 252.0]
    assert data.notes.loc[data.notes["check"].eq("last_period"), "severity"].tolist() == ["info"]
    with pytest.raises(InputError, match="one column for the year's 'realisation'"):
        load([(40, 40), (80, 72), (80, 84), (40, 56)], "b.xlsx")


def test_a_band_of_period_targets_with_a_year_column_reads_the_year_and_leaves_the_periods_aside(tmp_path):
    """A DJP IKI sheet: 'Target › Q1 | Q2 | Smt 1 | Q3 | s.d.Q3 | Q4 | Y': Y is the year's target, the periods (quarters,
    the semester, to date) only its milestones, though they rise and fall (a milestone index: 5, 5, 10, 5, 15, 85);
    'Tahunan' says the same. Near miss: the same band without its year column is read from its last period only when
    the periods never decrease, and is refused otherwise; 'Y' under no field of a year (a count) is no year."""
    def load(periods: list[str], first: list, second: list, name: str):
        rows = [["No", "Kode", "Indikator Kinerja Utama", "Target", *[None] * (len(periods) - 1)],
                [None, None, None, *periods],
                [1, "01a-CP", "Persentase kepatuhan SPT Tahunan", *first],
                [2, "02b-CP", "Indeks Kepuasan Pelayanan", *second]]
        last = chr(ord("C") + len(periods))
        path = make_workbook(tmp_path / name, {"IKI": rows}, merged={"IKI": [f"D1:{last}1", "A1:A2", "B1:B2", "C1:C2"]})
        return load_indicators(path, year=2024)

    iki = ["Q1", "Q2", "Smt 1", "Q3", "s.d.Q3", "Q4"]
    for year in ("Y", "Tahunan"):
        data = load([*iki, year], ["60%", "80%", "80%", "90%", "90%", "100%", "100%"], ["5%", "5%", "10%", "5%", "15%", "85%", "100%"],
                    f"{year}.xlsx")
        assert data.values[data.values["kind"].eq("target")]["value"].tolist() == [100.0, 100.0]
        assert [c[2:] for c in data.recognition[0].columns if c[2] == "target"] == [("target", "the year's")]
        assert {header for _, header in data.recognition[0].unused} == {f"Target › {p}" for p in iki}
    rising = load(iki, ["60%", "80%", "80%", "90%", "90%", "100%"], ["5%", "10%", "10%", "15%", "15%", "100%"], "rising.xlsx")
    assert rising.values[rising.values["kind"].eq("target")]["value"].tolist() == [100.0, 100.0]
    with pytest.raises(InputError, match="one column for the year's 'target'"):
        load(iki, ["60%", "80%", "80%", "90%", "90%", "100%"], ["5%", "5%", "10%", "5%", "15%", "85%"], "milestones.xlsx")
    staff = vocabulary("staff")
    assert match_path(("Jumlah Pegawai", "Y"), staff) is None or not match_path(("Jumlah Pegawai", "Y"), staff).total
    assert match_path(("Target", "s.d.Q3"), vocabulary("indicators")).part


def test_of_two_capaian_columns_the_one_of_words_is_a_status_not_the_capaian(tmp_path):
    """'% Capaian Akhir | Capaian Kinerja': both headers name the capaian, the second's cells are words ('Tercapai',
    'Belum Tercapai'), so the percentage is the stated capaian; near miss: two capaian columns of numbers stay a
    question to the user. (The table printed 'Keterangan Capaian', a remark, which its header alone now leaves out:
    test_a_column_of_commentary_is_text_about_the_figures_never_a_figure.)"""
    def load(status: list, name: str):
        rows = [["No", "Indikator", "Target", "Realisasi", "% Capaian Akhir", "Capaian Kinerja"],
                [1, "Persentase pencari kerja yang ditempatkan", 45, 41.6, 92.44, status[0]],
                [2, "Jumlah kawasan transmigrasi yang difasilitasi", 3, 3, 100, status[1]]]
        return load_indicators(make_workbook(tmp_path / name, {"IKP": rows}), year=2025)

    data = load(["Belum Tercapai", "Tercapai"], "a.xlsx")
    assert data.values[data.values["kind"].eq("stated_capaian")]["value"].tolist() == [92.44, 100.0]
    used = {cell: (field, how) for cell, _, field, how in data.recognition[0].columns}
    assert used["E1"] == ("stated_capaian", "content")
    with pytest.raises(InputError, match="one column for 'stated_capaian'"):
        load([92.4, 100], "b.xlsx")


def test_a_capaian_status_column_is_no_capaian_even_when_its_cells_are_empty(tmp_path):
    """'NILAI CAPAIAN IKU › TARGET | REALISASI | %' beside 'CAPAIAN STATUS IKU': a scorecard's traffic light, a colour
    with no text in its cells, so no content tells it from the percentage; the header says it is a status, as
    'Predikat Capaian' says a grade. Near miss: a capaian header without the word stays the capaian."""
    indicators = vocabulary("indicators")
    for header in ["CAPAIAN STATUS IKU", "Status Capaian", "Status Persentase Capaian"]:
        assert match_path((header,), indicators) is None, header
    assert match_path(("Capaian Kinerja",), indicators).name == "stated_capaian"
    rows = [["SASARAN STRATEGIS", "NO", "INDIKATOR KINERJA UTAMA (IKU)", "NILAI CAPAIAN IKU", None, None,
             "CAPAIAN STATUS IKU"],
            [None, None, None, "TARGET", "REALISASI", "%", None],
            ["Meningkatnya pengelolaan SDKP", 1, "Persentase tindak pidana yang disidik", "90%", "81%", "90%", None]]
    path = make_workbook(tmp_path / "bsc.xlsx", {"T": rows}, merged={"T": ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:G2"]})
    data = load_indicators(path, year=2014)
    assert data.values.set_index("kind")["value"].to_dict() == {"target": 90.0, "realisation": 81.0, "stated_capaian": 90.0}


def test_header_wordings_seen_in_real_exports_name_their_fields():
    budget = vocabulary("budget")
    for header, field in [("ANGGARAN (Rp)", "budget"), ("Alokasi Anggaran (Rp)", "budget"), ("Anggaran Setelah Perubahan", "budget"),
                          ("Realisasi s.d. Desember", "realised"), ("Kegiatan / Sub-Kegiatan", "name"), ("Pagu DPA", "budget"),
                          ("BERTAMBAH/(BERKURANG)", "remaining"), ("Ralisasi Simda (Rp.)", "realised")]:
        assert match_path((header,), budget).name == field, header
    months = match_path(("Realisasi Anggaran (Rp)", "7"), budget)
    total = match_path(("Realisasi Anggaran (Rp)", "Jumlah"), budget)
    assert (months.name, months.part, total.name, total.total) == ("realised", True, "realised", True)
    assert match_path(("Tahun 2022", "Target"), vocabulary("indicators")).year == 2022
    # a puskesmas SPM table: the coverage in percent is the realisation, the count of people covered is not
    assert match_path(("Cakupan", "%"), vocabulary("indicators")).name == "realisation"
    assert match_path(("Cakupan", "Angka"), vocabulary("indicators")) is None


def test_a_table_of_indicators_by_bare_years_stacked_under_the_years_table_is_set_aside(tmp_path):
    """The year's table (Target | Realisasi | Capaian) with, under it, the same indicators' capaian over five years
    (2010 … 2014 as columns, every cell '100 %'): a percentage is no header cell, so the second table's header is its
    one row, whose years name no kind of value; the table is set aside with a note, not read as more indicators. Near
    misses: alone in its file the same table is read, and a header's '%' or '(%)' still heads a column."""
    stacked = [["Tabel 5. Capaian 5 Tahun terakhir", None, None, None, None],
               ["NO", "INDIKATOR KINERJA", "2012", "2013", "2014"],
               [1, "Akurasi peringatan dini", "100 %", "100 %", "100 %"],
               [2, "Akurasi cuaca publik", "100 %", "98 %", "100 %"]]
    rows = [["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN"],
            [1, "Akurasi peringatan dini", "90%", "90%", "100 %"],
            [2, "Akurasi cuaca publik", "70%", "70%", "100%"],
            [None] * 5, *stacked]
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"Bab III": rows}), year=2014)
    assert data.indicators["indicator"].tolist() == ["Akurasi peringatan dini", "Akurasi cuaca publik"]
    skipped = data.notes[data.notes["check"].eq("table_skipped")]
    assert skipped["location"].tolist() == ["kinerja.xlsx:Bab III!A6"]
    assert "its columns '2012', '2013', '2014' name no kind of value" in skipped["message_en"].iloc[0]
    alone = load_indicators(make_workbook(tmp_path / "alone.xlsx", {"Tabel 5": stacked}), year=2014)
    assert alone.indicators["indicator"].tolist() == ["Akurasi peringatan dini", "Akurasi cuaca publik"]
    assert alone.values.empty and not alone.notes["check"].eq("table_skipped").any()
    assert not is_header_like([1, "Akurasi peringatan dini", "100 %", "98,5%"])
    assert is_header_like(["INDIKATOR", "Realisasi", "%", "(%)"])


def test_a_renstra_band_over_years_reads_a_syllable_typed_twice_and_the_end_state_target_alone(tmp_path):
    """An e-SAKIP's Renstra achievement: each year's Target | Realilisasi (a syllable typed twice) | Capaian and
    'Kondisi Akhir Periode' over the same three: the misspelt Realisasi is each year's realisation, the end state's
    Target the Renstra target, its Realisasi and Capaian (reached by the period's end) neither a target nor the year's
    capaian; near misses: a word with letters added that are no repeat is no typo, the start state's Realisasi stays
    the baseline and a lone end-state Target the Renstra target."""
    rows = [["Indikator", "2021", None, None, "2022", None, None, "Kondisi Akhir Periode", None, None],
            [None, *["Target", "Realilisasi", "Capaian"] * 3],
            ["Angka Partisipasi Murni SMP", "81", "80.6", "-", "82", "", "-", "83", "32.2", "-"]]
    merged = {"IKU": ["A1:A2", "B1:D1", "E1:G1", "H1:J1"]}
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"IKU": rows}, merged=merged), year=2021)
    values = data.values.set_index(["kind", "year"])["value"]
    assert values[("realisation", 2021)] == 80.6 and values[("target", 2022)] == 82
    assert data.values.loc[data.values["kind"].eq("renstra_target"), "value"].tolist() == [83.0]
    assert data.values["year"].notna().sum() == len(data.values) - 1  # no year-less realisation or capaian
    indicators = vocabulary("indicators")
    assert match_path(("2021", "Realisasian"), indicators) is None
    assert match_path(("Tahun Awal", "Realisasi"), indicators).name == "baseline"
    assert match_path(("Kondisi Kinerja pada akhir periode Renstra", "Target"), indicators).name == "renstra_target"
    assert match_path(("Kondisi Akhir Periode", "Realisasi"), indicators) is None


def test_the_starting_state_of_a_plan_is_the_baseline_however_worded():
    """An RPJMD's 'Kondisi Kinerja Awal', 'Kondisi Kinerja pada Awal Periode', 'Capaian Awal' (which read as a stated
    capaian before), 'Kinerja Awal', 'Data Awal' are the baseline. Near misses: the end state stays the Renstra target,
    and a capaian over start and end is no baseline."""
    indicators = vocabulary("indicators")
    for header in ("Kondisi Kinerja Awal", "Kondisi Kinerja pada Awal Periode RPJMD", "Capaian Awal", "Kinerja Awal", "Data Awal"):
        assert match_path((header,), indicators).name == "baseline", header
    found = match_path(("Kondisi Kinerja Awal RPJMD (Tahun 2015)",), indicators)
    assert (found.name, found.year) == ("baseline", 2015)
    assert match_path(("Kondisi Kinerja pada Akhir Periode RPJMD",), indicators).name == "renstra_target"
    assert match_path(("Capaian Kinerja Awal dan Akhir",), indicators).name != "baseline"


def test_rows_that_are_not_data_are_told():
    assert is_column_numbers(["1", "2", "3", "4", "5 = 3 - 4", "6 = 4 / 3 x 100"])
    assert not is_column_numbers(["1", "Program A", "1.000"])
    assert is_header_like(["Realisasi", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, "Jumlah"])
    assert not is_header_like(["196905121994031061", "Drs. SURYA", "IV/c"])


def test_a_roster_with_a_jabatan_band_reads_each_column_as_its_own_field(tmp_path):
    """Issue 11: 'JABATAN' over 'NAMA | JENIS | TMT' beside the employee's own 'NAMA'."""
    from lakip_lib.loading import load_staff
    from workbooks import nip

    rows = [["NIP", "NAMA", "GOL", "JABATAN", None, None, "PENDIDIKAN"],
            [None, None, None, "NAMA", "JENIS", "TMT", None],
            [nip(1), "Budi", "IV/a", "Kepala Bidang", "Struktural", "01-01-2020", "S2"],
            [nip(2, female=True), "Sari", "III/b", "Analis", "Fungsional", "01-03-2021", "S1"]]
    path = make_workbook(tmp_path / "pegawai.xlsx", {"Data": rows},
                         merged={"Data": ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:G2"]})
    staff = load_staff(path)
    assert staff.roster[["name", "position", "position_type", "gender", "education"]].values.tolist() == [
        ["Budi", "Kepala Bidang", "Struktural", "Laki-laki", "S2"], ["Sari", "Analis", "Fungsional", "Perempuan", "S1"]]
    record = staff.recognition[0]
    assert record.unused == [("F2", "JABATAN › TMT")]




def test_a_tipe_jabatan_is_the_position_type_and_a_level_or_jenjang_jabatan_no_position_name(tmp_path):
    """The Kemenag SIMPEG download's 'LEVEL_JABATAN | … | TIPE_JABATAN | TAMPIL_JABATAN': 'tipe' says what 'jenis'
    says (SAPK's words: the type is struktural, fungsional tertentu or umum), and a jabatan's level or jenjang
    ('Ahli Muda', 'Administrator') is no position's name, so the one jabatan left is the name. Near misses: 'Tipe'
    alone and 'Tipe Pegawai' are no position type, a plain 'Jabatan' and 'Nama Jabatan' are still the position, and
    two name columns left ('JABATAN_LAMA' beside 'TAMPIL_JABATAN') stay a question."""
    from lakip_lib.loading import load_staff
    from workbooks import nip

    staff_words = vocabulary("staff")
    assert match_path(("TIPE_JABATAN",), staff_words).name == "position_type"
    assert match_path(("Tipe Jabatan",), staff_words).name == "position_type"
    assert match_path(("LEVEL_JABATAN",), staff_words) is None
    assert match_path(("Jenjang Jabatan",), staff_words) is None
    assert match_path(("Tipe",), staff_words) is None
    assert getattr(match_path(("Tipe Pegawai",), staff_words), "name", None) != "position_type"
    assert match_path(("Jabatan",), staff_words).name == "position"
    assert match_path(("Nama Jabatan",), staff_words).name == "position"

    rows = [["NIP_BARU", "NAMA_LENGKAP", "LEVEL_JABATAN", "GOL_RUANG", "TIPE_JABATAN", "TAMPIL_JABATAN"],
            [nip(1), "A", "Administrator", "IV/b", "Jabatan Struktural", "Kepala Kantor"],
            [nip(2, female=True), "B", "Ahli Muda", "III/d", "Jabatan Fungsional Tertentu", "Penyuluh Agama Ahli Muda"],
            [nip(3), "C", "Pelaksana", "II/c", "Jabatan Fungsional Umum", "Pengadministrasi Perkantoran"]]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Worksheet": rows}))
    assert staff.roster[["position_type", "position"]].values.tolist() == [
        ["Struktural", "Kepala Kantor"], ["Fungsional", "Penyuluh Agama Ahli Muda"],
        ["Pelaksana", "Pengadministrasi Perkantoran"]]
    assert ("C1", "LEVEL_JABATAN") in staff.recognition[0].unused

    rows[0][2] = "JABATAN_LAMA"
    with pytest.raises(InputError, match="one column for 'position'"):
        load_staff(make_workbook(tmp_path / "pegawai2.xlsx", {"Worksheet": rows}))
def test_a_roster_unit_split_over_numbered_levels_is_each_rows_deepest_level_filled(tmp_path):
    """SIASN's 'UNOR (1) | UNOR (2) | UNOR (3)' (in any order): one unit field over the levels of the hierarchy, the
    highest number the deepest (eselon IV is under eselon I). Each row's unit is its deepest level filled: the school,
    else the bidang; the dinas itself only where nothing under it is. Near miss: two unit columns that are not levels of
    one name ('UNOR (1) | UNOR ATASAN | UNOR (3)') stay a question naming them."""
    from lakip_lib.errors import InputError
    from lakip_lib.loading import load_staff
    from workbooks import nip

    rows = [["NIP BARU", "NAMA", "GOL AKHIR NAMA", "UNOR (1)", "UNOR (2)", "UNOR (3)"],
            [nip(1), "A", "III/d", "Dinas Pendidikan", None, "SD Negeri 5"],
            [nip(2), "B", "IV/b", "Dinas Pendidikan", "Bidang Pembinaan SD", "-"],
            [nip(3), "C", "IV/c", "Dinas Pendidikan", None, None]]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Sheet1": rows}))
    assert staff.roster["unit"].tolist() == ["SD Negeri 5", "Bidang Pembinaan SD", "Dinas Pendidikan"]
    assert {cell: render(field, "en") for cell, _, field, _ in staff.recognition[0].columns if render(field, "en").endswith("unit")} == {
        "F1": "unit", "E1": "part of unit", "D1": "part of unit"}

    rows[0][4] = "UNOR ATASAN"
    with pytest.raises(InputError, match="one column for 'unit'"):
        load_staff(make_workbook(tmp_path / "unit.xlsx", {"Sheet1": rows}))


def test_tables_side_by_side_and_a_title_right_under_a_total_are_separate_tables(tmp_path):
    """A rekap sheet: golongan and education tables in one header row, their Total, then the next table's title
    with no blank row between."""
    from lakip_lib.analysis import count_by
    from lakip_lib.loading import load_staff

    rows = [["Klasifikasi PNS Berdasarkan Golongan / Pendidikan"],
            ["Gol", "Jumlah", "Jenjang", "Jumlah"],
            ["IV/a", 2, "S2", 3], ["III/b", 5, "S1", 4], ["II/c", 1, None, None],
            ["Total", 8, None, 7],
            ["Rincian Jumlah PNS Berdasarkan Jenis Kelamin"],
            ["Jenis Kelamin", "Jumlah"], ["Laki-laki", 5], ["Perempuan", 3], ["Total", 8]]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Rekap": rows}))
    summaries = staff.summaries
    assert count_by(summaries, "golongan")[["category", "count"]].values.tolist() == [["IV/a", 2], ["III/b", 5], ["II/c", 1]]
    assert count_by(summaries, "education")[["category", "count"]].values.tolist() == [["S1", 4], ["S2", 3]]
    assert count_by(summaries, "gender")[["category", "count"]].values.tolist() == [["Laki-laki", 5], ["Perempuan", 3]]
    assert [r.header_rows for r in staff.recognition] == [(2, 2), (2, 2), (8, 8)]
    # the education table's stated total (7) agrees with its rows; the headcounts differ (8 and 7): a finding
    from lakip_lib.analysis.checks import reconcile
    from lakip_lib.config import Project
    from lakip_lib.loading import YearData

    found = reconcile(YearData(2024, Project(), staff=staff))
    assert found.loc[found["severity"].eq("error"), "check"].tolist() == ["summaries_disagree"]


def test_a_header_merged_over_labels_and_their_numbers_names_the_numbers_a_count():
    """A table pasted from Word: 'Pendidikan' merged over the labels and the counts, with no 'Jumlah' of its own."""
    rows = [["Pendidikan", None, None], ["S1", 2, None], ["SMA", "1", None]]
    assert column_paths(rows, 0, 0, [(0, 0, 0, 2), (1, 1, 1, 2), (2, 1, 2, 2)]) == {0: ("Pendidikan",), 1: ("Pendidikan", "(jumlah)")}
    assert match_path(("Pendidikan", "(jumlah)"), vocabulary("summary")).name == "count"
    # labels over labels (a roster's Pendidikan merged over jenjang and jurusan) stay one column, as before
    texts = [["Pendidikan", None], ["S1", "Hukum"]]
    assert column_paths(texts, 0, 0, [(0, 0, 0, 1)]) == {0: ("Pendidikan",), 1: ("Pendidikan",)}


def test_a_caption_over_a_repeated_header_starts_a_table_and_a_non_asn_caption_sets_the_table_apart(tmp_path):
    """PTTB and PTTH tables one under the other, each under a one-cell caption: two tables of non-ASN staff, not the
    PNS education table, and not one table with each category twice."""
    from lakip_lib.loading import load_staff

    rows = [["Jumlah PNS menurut Pendidikan"], ["Pendidikan", "Jumlah"], ["S1", 5], ["SMA", 3], ["Total", 8], [],
            ["PTTB"], ["Pendidikan", "Jumlah"], ["S1", 2], ["SMA", 1], ["Total", 3], [],
            ["PTTH"], ["Pendidikan", "Jumlah"], ["SMA", 4], ["Total", 4]]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Rekap": rows}))
    assert [r.header_rows for r in staff.recognition] == [(2, 2), (8, 8), (14, 14)]
    assert staff.summaries[["category", "count"]].values.tolist() == [["S1", 5.0], ["SMA", 3.0]]
    assert staff.non_asn.groupby("table", sort=False)["count"].sum().tolist() == [3.0, 4.0]
    assert staff.notes["check"].tolist() == ["non_asn_aside", "non_asn_aside"]


def test_a_units_row_under_the_column_numbers_tells_the_kinerja_and_the_money_of_one_band_apart(tmp_path):
    """Permendagri 86/2017 evaluation forms: every band over K | Rp, the units printed under the column numbers."""
    rows = [["Kode", "Program/Kegiatan", "Target Kinerja dan Anggaran Tahun 2024", None,
             "Realisasi Capaian Kinerja dan Anggaran Tahun 2024", None],
            ["1", "2", "3", None, "4", None],
            [None, None, "K", "Rp", "K", "Rp"],
            ["5.03.01", "Program Penunjang", 100, 4_000_000, 95, 3_900_000],
            ["5.03.01.1.01", "Perencanaan", 100, 4_000_000, 95, 3_900_000]]
    merged = ["C1:D1", "E1:F1", "C2:D2", "E2:F2"]
    paths = column_paths(rows, 0, 0, [(0, 2, 0, 3), (0, 4, 0, 5)])
    assert paths[2][-1] == "K" and paths[3][-1] == "Rp"
    budget = vocabulary("budget")
    fields = [getattr(match_path(paths[j], budget), "name", None) for j in range(2, 6)]
    assert fields == ["physical", "budget", "physical", "realised"]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"E81": rows}, merged={"E81": merged}), year=2024)
    assert loaded.rows[["code", "budget", "realised"]].values.tolist() == [["5.03.01", 4_000_000, 3_900_000],
                                                                           ["5.03.01.1.01", 4_000_000, 3_900_000]]
    assert loaded.recognition[0].skipped_rows == [(2, "column numbers"), (3, "units")]


def test_a_note_typed_right_of_the_table_after_its_total_does_not_end_the_body():
    """An analyst's words beside an LRA ('tanpa pendptn utk invest', in a column no header cell heads) after the revenue's
    Jumlah: a note, not the caption of a next table, so the spending below stays in the body. Near miss: the same line
    under the header's columns, after a grand total, is a next table's caption and ends the body there."""
    from lakip_lib.loading.recognise.rows import body

    def end(note_column: int) -> int:
        note = [None] * 5
        note[note_column] = "tanpa pendptn utk invest"
        cells = pd.DataFrame([["No", "Uraian", "Anggaran", "Realisasi", None],
                              ["4.1", "Retribusi", 400, 160, None], [None, "Jumlah", 400, 160, None], note,
                              ["5", "BELANJA", None, None, None], ["5.1", "Belanja Pegawai", 190, 90, None],
                              ["5.2", "Belanja Barang", 420, 120, None]], dtype=object)
        return body(cells, 1, lambda row: False, [cells.iloc[0].tolist()])[1]

    assert end(4) == 7
    assert end(1) == 3


def test_a_row_under_the_column_numbers_that_is_no_units_row_of_two_kinds_leaves_the_header_alone():
    """The near misses: units of one kind only ((Rp.) under every amount), and a first data row of text."""
    same = [["Uraian", "Anggaran", "Realisasi"], ["1", "2", "3"], [None, "(Rp.)", "(Rp.)"], ["Program A", 100, 90]]
    assert column_paths(same, 0, 0, []) == {0: ("Uraian",), 1: ("Anggaran",), 2: ("Realisasi",)}
    data = [["Uraian", "Anggaran", "Realisasi"], ["1", "2", "3"], ["K", "Program A", "Rp"]]
    assert column_paths(data, 0, 0, []) == {0: ("Uraian",), 1: ("Anggaran",), 2: ("Realisasi",)}
    # a leaf that is no unit keeps today's reading of a band, Kinerja in it or not
    assert match_path(("Target Kinerja dan Anggaran", "Jumlah"), vocabulary("budget")).name == "budget"


def _source_block(source: str, program: tuple, kegiatan: list[tuple]) -> list[list]:
    """One source of funds' block: its caption, its header, then its program and kegiatan (code, name, budget, realised)."""
    return [[f"SUMBER DANA : {source}"], ["Kode", "Uraian", "Anggaran", "Realisasi"], list(program), *map(list, kegiatan), []]


def test_blocks_of_one_code_tree_per_source_of_funds_are_added_up_per_code_and_their_total_block_left_out(tmp_path):
    dau = _source_block("DAU", ("5.03.01", "Program Penunjang", 300, 270),
                        [("5.03.01.1.01", "Perencanaan", 100, 90), ("5.03.01.1.02", "Keuangan", 200, 180)])
    dak = _source_block("DAK", ("5.03.01", "Program Penunjang", 50, 40),
                        [("5.03.01.1.01", "Perencanaan", 20, 15), ("5.03.01.1.02", "Keuangan", 30, 25)])
    total = _source_block("TOTAL (DAU + DAK)", ("5.03.01", "Program Penunjang", 350, 310),
                          [("5.03.01.1.01", "Perencanaan", 120, 105), ("5.03.01.1.02", "Keuangan", 230, 205)])
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"Realisasi": dau + dak + total}))
    assert loaded.rows[["code", "budget", "realised"]].values.tolist() == [
        ["5.03.01", 350, 310], ["5.03.01.1.01", 120, 105], ["5.03.01.1.02", 230, 205]]
    summed = loaded.notes[loaded.notes["check"].eq("blocks_summed")]
    assert summed["message_en"].tolist() == ["2 blocks with the same program/kegiatan codes (one per source of funds; rows 3–5, "
                                             "9–11) added up per code; the block from row 15 is their total (it agrees) and is "
                                             "not counted again"]
    # without a total block, the blocks alone are added up
    loaded = load_budget(make_workbook(tmp_path / "dua.xlsx", {"Realisasi": dau + dak}))
    assert loaded.rows["budget"].tolist() == [350, 120, 230]


def test_source_blocks_of_differing_codes_are_added_up_when_a_block_totals_them_and_a_slip_in_it_is_an_error(tmp_path):
    """A source of funds that pays for one kegiatan only (DAU over both, DAK over the second) and a TOTAL block over
    both: the total block has every code and states their sum, so the blocks are sources, added up per code in the
    total's order and the total set aside. Near misses: without the total block the same rows are one tree printed
    twice (a page break repeating its program), refused as before; a total block with a slip on one row is still the
    total (it agrees on the others), set aside with a sum_mismatch error at the row that differs."""
    dau = _source_block("DAU", ("5.03.01", "Program Penunjang", 300, 270),
                        [("5.03.01.1.01", "Perencanaan", 100, 90), ("5.03.01.1.02", "Keuangan", 200, 180)])
    dak = _source_block("DAK", ("5.03.01", "Program Penunjang", 30, 25), [("5.03.01.1.02", "Keuangan", 30, 25)])

    def total(keuangan: int) -> list[list]:
        return _source_block("TOTAL (DAU + DAK)", ("5.03.01", "Program Penunjang", 330, 295),
                             [("5.03.01.1.01", "Perencanaan", 100, 90), ("5.03.01.1.02", "Keuangan", keuangan, 205)])

    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"Realisasi": dau + dak + total(230)}))
    assert loaded.rows[["code", "budget", "realised"]].values.tolist() == [
        ["5.03.01", 330, 295], ["5.03.01.1.01", 100, 90], ["5.03.01.1.02", 230, 205]]
    assert "the block from row 14 is their total (it agrees)" in loaded.notes["message_en"].str.cat()
    with pytest.raises(InputError, match="expected each code once"):
        load_budget(make_workbook(tmp_path / "dua.xlsx", {"Realisasi": dau + dak}))
    slipped = load_budget(make_workbook(tmp_path / "slip.xlsx", {"Realisasi": dau + dak + total(240)}))
    assert slipped.rows["budget"].tolist() == [330, 100, 230]
    wrong = slipped.notes[slipped.notes["check"].eq("sum_mismatch")]
    assert wrong[["severity", "location"]].values.tolist() == [["error", "slip.xlsx:Realisasi!row 16"]]
    assert "states the budget 240" in wrong["message_en"].iloc[0] and "add up to 230" in wrong["message_en"].iloc[0]


def test_the_jumlah_rows_of_blocks_per_source_of_funds_are_added_up_as_their_rows_are(tmp_path):
    """Each source's block closes with its JUMLAH: the rows are added up per code, so are the n-th totals of the
    blocks (the total block's own left out), and no JUMLAH is checked against the other sources' programs. The near
    miss: a block's JUMLAH off its block is still a sum_mismatch, at the first block's total."""
    from lakip_lib.analysis import reconcile
    from lakip_lib.config import Project
    from lakip_lib.loading import YearData

    def block(source: str, program: tuple, kegiatan: list[tuple], jumlah: tuple) -> list[list]:
        return [*_source_block(source, program, kegiatan)[:-1], [None, "JUMLAH", *jumlah], []]

    def errors(rows: list[list], name: str) -> pd.DataFrame:
        budget = load_budget(make_workbook(tmp_path / name, {"Realisasi": rows}))
        found = reconcile(YearData(2024, Project(), budget=budget))
        return budget, found[found["severity"].eq("error")]

    kegiatan = [("5.03.01.1.01", "Perencanaan", 100, 90), ("5.03.01.1.02", "Keuangan", 200, 180)]
    dau = block("DAU", ("5.03.01", "Program Penunjang", 300, 270), kegiatan, (300, 270))
    dak = block("DAK", ("5.03.01", "Program Penunjang", 50, 40),
                [("5.03.01.1.01", "Perencanaan", 20, 15), ("5.03.01.1.02", "Keuangan", 30, 25)], (50, 40))
    total = block("TOTAL", ("5.03.01", "Program Penunjang", 350, 310),
                  [("5.03.01.1.01", "Perencanaan", 120, 105), ("5.03.01.1.02", "Keuangan", 230, 205)], (350, 310))
    budget, found = errors(dau + dak + total, "anggaran.xlsx")
    assert budget.stated_totals[["label", "budget", "realised", "location"]].values.tolist() == [
        ["JUMLAH", 350, 310, "anggaran.xlsx:Realisasi!row 6"]]
    assert found.empty, found["message_en"].tolist()
    off = block("DAK", ("5.03.01", "Program Penunjang", 50, 40),
                [("5.03.01.1.01", "Perencanaan", 20, 15), ("5.03.01.1.02", "Keuangan", 30, 25)], (60, 40))
    _, found = errors(dau + off, "selisih.xlsx")
    assert found["message_en"].tolist() == ["JUMLAH: the programme budgets add up to 350, not the stated budget JUMLAH 360 "
                                            "(difference 10)"]


def test_codes_repeated_otherwise_than_as_blocks_of_one_tree_are_refused_naming_the_rows(tmp_path):
    from lakip_lib.errors import InputError

    dau = _source_block("DAU", ("5.03.01", "Program Penunjang", 300, 270),
                        [("5.03.01.1.01", "Perencanaan", 100, 90), ("5.03.01.1.02", "Keuangan", 200, 180)])
    other = _source_block("DAK", ("5.03.01", "Program Penunjang", 50, 40), [("5.03.01.1.03", "Umum", 50, 40)])
    with pytest.raises(InputError) as refused:  # another tree under the same program: no blocks of one tree
        load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"Realisasi": dau + other}))
    assert ("sheet 'Realisasi', cell A9, column 'Kode': got '5.03.01', expected each code once (it is also in row 3)"
            in str(refused.value))
    with pytest.raises(InputError) as refused:  # one table pasted twice: two blocks alike are no sources of funds
        load_budget(make_workbook(tmp_path / "dua.xlsx", {"Realisasi": dau + dau}))
    assert "cell A11, column 'Kode': got '5.03.01.1.02', expected each code once (it is also in row 5)" in str(refused.value)
    two_sheets = {"2024": dau[1:], "Salinan": dau[1:]}
    with pytest.raises(InputError) as refused:  # two sheets with the same codes and their realisations
        load_budget(make_workbook(tmp_path / "tiga.xlsx", two_sheets))
    assert ("tiga.xlsx, sheet 'Salinan', row 2: got '5.03.01', expected each program/kegiatan code once in the file, not "
            "at tiga.xlsx:2024!row 2, tiga.xlsx:Salinan!row 2") in str(refused.value)


def _headed_blocks(murni_total: tuple, second_name: str = "Program sarana") -> list[list]:
    """One table by source of funds: each source a heading row (code and name, no amount) over its programs and their
    kegiatan, a 'Jumlah belanja program' under each program and a JUMLAH under each source; program 02 under both."""
    return [["Kode", "Uraian", "Anggaran", "Realisasi"],
            ["01", "Rupiah murni", None, None],
            ["01", "Program dukungan", 300, 270], ["0111", "Sistem informasi", 300, 270], [None, "Jumlah belanja program 01", 300, 270],
            ["02", "Program sarana", 100, 80], ["0211", "Barang milik negara", 100, 80], [None, "Jumlah belanja program 02", 100, 80],
            [None, "JUMLAH", *murni_total],
            ["04", "Pinjaman luar negeri", None, None],
            ["02", second_name, 500, 450], ["0216", "Alutsista", 500, 450], [None, "Jumlah belanja program 02", 500, 450],
            [None, "JUMLAH", 500, 450]]


def test_blocks_under_headings_of_a_grouping_that_is_no_level_are_one_tree_added_up_per_code(tmp_path):
    """'01 Rupiah murni' and '04 Pinjaman luar negeri' head blocks whose program 02 is the same program: the headings
    are no programs, program 02 is one row with both sources' amounts and kegiatan, each 'Jumlah belanja program 02'
    is checked against its own block's row and each JUMLAH against its own block's programs, a TOTAL under them all
    is kept. The near misses: a JUMLAH off its block is a sum_mismatch there; a code repeated under another name is no
    such block (refused)."""
    from lakip_lib.analysis import reconcile
    from lakip_lib.config import Project
    from lakip_lib.loading import YearData

    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"LRA": _headed_blocks((400, 350))}))
    assert loaded.rows[["code", "level", "parent", "budget", "realised"]].values.tolist() == [
        ["01", "program", None, 300, 270], ["0111", "kegiatan", "01", 300, 270],
        ["02", "program", None, 600, 530], ["0211", "kegiatan", "02", 100, 80], ["0216", "kegiatan", "02", 500, 450]]
    assert loaded.stated_totals.empty
    summed = loaded.notes[loaded.notes["check"].eq("blocks_summed")]
    assert summed["message_en"].tolist() == ["2 blocks under headings that are no budget level ('Rupiah murni' (row 2), "
                                             "'Pinjaman luar negeri' (row 10); such as sources of funds): the same "
                                             "program/kegiatan added up per code (codes in more than one block: 02)"]
    found = reconcile(YearData(2024, Project(), budget=loaded))
    assert found[found["severity"].eq("error")].empty
    off = load_budget(make_workbook(tmp_path / "selisih.xlsx", {"LRA": _headed_blocks((410, 350))}))
    assert off.notes.loc[off.notes["check"].eq("sum_mismatch"), ["location", "message_en"]].values.tolist() == [
        ["selisih.xlsx:LRA!row 9", "JUMLAH: the stated budget 410 is not the sum of the programs of the block 'Rupiah murni', 400"]]
    # a grand total under the last block (one total more there) is the programs' over every block: kept for the checks
    whole = load_budget(make_workbook(tmp_path / "total.xlsx", {"LRA": [*_headed_blocks((400, 350)), [None, "TOTAL", 900, 800]]}))
    assert whole.stated_totals[["label", "budget", "realised"]].values.tolist() == [["TOTAL", 900, 800]]
    with pytest.raises(InputError) as refused:
        load_budget(make_workbook(tmp_path / "lain.xlsx", {"LRA": _headed_blocks((400, 350), "Program lain")}))
    assert "cell A11, column 'Kode': got '02', expected each code once (it is also in row 6)" in str(refused.value)


def test_a_block_under_a_heading_that_totals_the_other_blocks_is_set_aside(tmp_path):
    """'TOTAL (RM + PLN)' heading a block of every code with the sources' sums: it is no third source, its rows are
    set aside with a note, and program 02 is still the two sources' 600. Near miss: a slip in the total block (0216
    stated 510) leaves it aside as the total, with a sum_mismatch error at its row."""
    def total(alutsista: int) -> list[list]:
        return [[None, "TOTAL (RM + PLN)", None, None], ["01", "Program dukungan", 300, 270],
                ["0111", "Sistem informasi", 300, 270], ["02", "Program sarana", 600, 530],
                ["0211", "Barang milik negara", 100, 80], ["0216", "Alutsista", alutsista, 450]]

    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"LRA": _headed_blocks((400, 350)) + total(500)}))
    assert loaded.rows[["code", "budget", "realised"]].values.tolist() == [
        ["01", 300, 270], ["0111", 300, 270], ["02", 600, 530], ["0211", 100, 80], ["0216", 500, 450]]
    assert "The block 'TOTAL (RM + PLN)' (row 15) is the other blocks' sum per code (it agrees)" in loaded.notes["message_en"].str.cat()
    slipped = load_budget(make_workbook(tmp_path / "slip.xlsx", {"LRA": _headed_blocks((400, 350)) + total(510)}))
    assert slipped.rows["budget"].tolist() == [300, 300, 600, 100, 500]
    wrong = slipped.notes[slipped.notes["check"].eq("sum_mismatch")]
    assert wrong[["severity", "location"]].values.tolist() == [["error", "slip.xlsx:LRA!row 20"]]


def _apbdes(first_bidang: str = "Bidang Pembangunan") -> list[list]:
    """An APBDes page: the bidang named in a column with no header, its kegiatan under Uraian, revenue and financing
    sections beside the spending, the spending total and the surplus printed on two lines of the same cells."""
    return [[None, "Uraian", "Anggaran", "Realisasi", "Presentase"],
            ["Pendapatan"], [None, "Dana Desa", "500.000", "500.000", "100"], [None, "JUMLAH PENDAPATAN", "500.000", "500.000", "100"],
            ["Belanja"],
            [first_bidang, None, "300.000", "240.000", "80"], [None, "Jalan Desa", "300.000", "240.000", "80"],
            [None, "JUMLAH PENDAPATAN", "500.000", "500.000", "100"],  # repeated by the page among the bidang
            ["Bidang Pembinaan", None, "100.000", "50.000", "50"], [None, "Posyandu", "100.000", "50.000", "50"],
            [None, "JUMLAH BELANJA\nSURPLUS/(DEFISIT)", "400.000\n100.000", "290.000\n210.000", "72,5\n"],
            ["Penerimaan Pembiayaan", None, "20.000", "20.000", None], [None, "SILPA Tahun Sebelumnya", "20.000", "20.000", None]]


def test_an_apbdes_bidang_in_a_column_without_header_heads_its_kegiatan_and_two_line_cells_are_one_row_per_line(tmp_path):
    """The bidang are programs, their kegiatan under them; revenue and financing rows are set aside, the repeated
    JUMLAH PENDAPATAN closes no spending; JUMLAH BELANJA is its cells' first line, the surplus on the second line a
    balance row set aside. The near misses: a first column whose names are not all bidang or programs leaves the
    levels to the name columns' rule (the deepest is the sub-kegiatan); a name of one line beside a cell of two figures
    is refused naming the cell."""
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"APBDes": _apbdes()}))
    assert loaded.rows[["name", "level", "budget", "realised", "stated_pct"]].values.tolist() == [
        ["Bidang Pembangunan", "program", 300_000, 240_000, 80], ["Jalan Desa", "kegiatan", 300_000, 240_000, 80],
        ["Bidang Pembinaan", "program", 100_000, 50_000, 50], ["Posyandu", "kegiatan", 100_000, 50_000, 50]]
    assert loaded.stated_totals[["label", "budget", "realised", "location"]].values.tolist() == [
        ["JUMLAH BELANJA", 400_000, 290_000, "anggaran.xlsx:APBDes!row 11"]]
    notes = dict(zip(loaded.notes["check"], loaded.notes["location"]))
    assert notes["lines_as_rows"] == "anggaran.xlsx:APBDes!row 11"
    assert ("A1", "", "part of name", "unheaded") in [(c, p, render(f, "en"), h) for c, p, f, h in loaded.recognition[0].columns]
    other = load_budget(make_workbook(tmp_path / "lain.xlsx", {"APBDes": _apbdes("Pembangunan")}))
    assert other.rows["level"].tolist() == ["kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan"]
    joined = _apbdes()
    joined[10] = [None, "JUMLAH BELANJA", "400.000\n100.000", "290.000", "72,5"]
    with pytest.raises(InputError) as refused:
        load_budget(make_workbook(tmp_path / "dua.xlsx", {"APBDes": joined}))
    assert ("cell C11, column 'Anggaran': got '400.000\\n100.000', expected one number in the cell, not two figures on "
            "two lines of it") in str(refused.value)


def test_a_plan_sheet_without_realisation_beside_the_realisation_of_its_codes_is_set_aside(tmp_path):
    plan = [["DPA 2024"], ["Kode", "Uraian", "Anggaran", "Rencana Kas Januari"],
            ["5.03.01", "Program Penunjang", 300, 25], ["5.03.01.1.01", "Perencanaan", 300, 25]]
    real = [["Kode", "Uraian", "Anggaran", "Realisasi"], ["5.03.01", "Program Penunjang", 300, 270],
            ["5.03.01.1.01", "Perencanaan", 300, 270]]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"DPA": plan, "Realisasi": real}))
    assert loaded.rows[["code", "budget", "realised"]].values.tolist() == [["5.03.01", 300, 270], ["5.03.01.1.01", 300, 270]]
    assert loaded.notes.loc[loaded.notes["check"].eq("plan_aside"), "location"].tolist() == ["anggaran.xlsx:DPA!A2"]
    # the near miss: a table without realisation of other codes is part of the budget
    other = [["Kode", "Uraian", "Anggaran"], ["5.03.02", "Program Lain", 50], ["5.03.02.1.01", "Kegiatan Lain", 50]]
    loaded = load_budget(make_workbook(tmp_path / "dua.xlsx", {"Lain": other, "Realisasi": real}))
    assert loaded.rows["code"].tolist() == ["5.03.02", "5.03.02.1.01", "5.03.01", "5.03.01.1.01"]
    assert not loaded.notes["check"].eq("plan_aside").any()


def test_of_budgets_revised_twice_the_rightmost_is_the_budget(tmp_path):
    rows = [["Kode", "Uraian", "Anggaran Murni", "Anggaran Setelah Efisiensi", "Anggaran PAPBD", "Realisasi"],
            ["5.03.01", "Program Penunjang", 400, 300, 350, 310]]
    assert load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"R": rows})).rows["budget"].tolist() == [350]
    # the near miss: one revision beside the original is the budget wherever it stands
    rows = [["Kode", "Uraian", "Anggaran Setelah Perubahan", "Anggaran Murni", "Realisasi"],
            ["5.03.01", "Program Penunjang", 350, 400, 310]]
    assert load_budget(make_workbook(tmp_path / "dua.xlsx", {"R": rows})).rows["budget"].tolist() == [350]


def test_status_across_the_top_of_positions_reads_the_count_by_status_and_a_verdict_column_is_no_category(tmp_path):
    """A bezetting: positions down the side, PNS | PPPK | PPPK Paruh Waktu | Honorer across the top, then the row's
    Jumlah and a Status verdict (Kurang/Sesuai) that also claims the category."""
    from lakip_lib.analysis import count_by
    from lakip_lib.loading import load_staff

    rows = [["Jabatan", "PNS", "PPPK", "PPPK Paruh Waktu", "Honorer", "Jumlah", "Status"],
            ["Perawat", 3, 1, 2, 1, 7, "Kurang"], ["Bidan", 2, 0, 1, 2, 5, "Sesuai"]]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Bezetting": rows}))
    assert count_by(staff.summaries, "status")[["category", "count"]].values.tolist() == [["PNS", 5], ["PPPK", 4]]
    assert staff.non_asn["count"].sum() == 3
    joined = staff.notes[staff.notes["check"].eq("categories_joined")]
    assert joined["message_en"].tolist() == ["Columns 'PPPK Paruh Waktu' and 'PPPK' are both PPPK: added up"]
    assert ("G1", "Status") in staff.recognition[0].unused


def test_two_category_columns_left_of_the_counts_stay_ambiguous(tmp_path):
    """The near miss: Unit Kerja and Golongan both before Jumlah; neither is a verdict after the counts."""
    from lakip_lib.errors import InputError
    from lakip_lib.loading import load_staff

    rows = [["Unit Kerja", "Golongan", "Jumlah"], ["Sekretariat", "III/a", 4], ["Bidang A", "IV/a", 2]]
    with pytest.raises(InputError, match=r"expected one column for 'category', not 'Unit Kerja' \(A1\), 'Golongan' \(B1\)"):
        load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Rekap": rows}))


def test_items_spread_over_several_lines_under_the_same_columns_are_refused_saying_so(tmp_path):
    """A SIMDA upload: the budget on an item's first line, the difference on the second, the realisation on the third."""
    from lakip_lib.errors import InputError

    rows = [["NOREKENING", "URAIAN", "JUMLAH", "Rp", "(%)"],
            ["1.13.1.13.01.01.02", "Program A", "400.00", None, None], [None, None, None, "(10.00)", "97.50"],
            [None, None, "390.00", None, None], [],
            ["1.13.1.13.01.01.02.22", "Kegiatan B", "400.00", None, None], [None, None, None, "(10.00)", "97.50"],
            [None, None, "390.00", None, None]]
    with pytest.raises(InputError) as refused:
        load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"R": rows}))
    assert ("sheet 'R', cell A2: expected one line per item: rows 2–4 are one item over 3 lines under the same columns"
            in str(refused.value))
    # the near miss: a name wrapped onto a second line, and amounts on one line, is no item over several lines
    rows = [["Kode", "Uraian", "Jumlah"], ["5.03.01", "Program Penunjang", 400], [None, "Urusan Pemerintahan", None],
            ["5.03.01.1.01", "Perencanaan", 400]]
    with pytest.raises(InputError) as refused:
        load_budget(make_workbook(tmp_path / "dua.xlsx", {"R": rows}))
    assert "expected a column for 'budget'" in str(refused.value) and "one line per item" not in str(refused.value)


@pytest.mark.parametrize("merged", [False, True])
def test_a_band_of_categories_by_unit_reads_the_column_sums_and_checks_its_totals(tmp_path, merged):
    """A BKPSDM rekap: units down the side, GOLONGAN written once (or merged) over I | II | III | IV, then JUMLAH. The
    golongan table is the column sums, the units are an info note, and every stated total is checked by its cell."""
    from lakip_lib.analysis import count_by
    from lakip_lib.loading import load_staff

    rows = [["REKAPITULASI PNS MENURUT GOLONGAN PER UNIT KERJA"], [],
            ["NO", "UNIT KERJA", "GOLONGAN", None, None, None, "JUMLAH"], [None, None, "I", "II", "III", "IV", None],
            [1, "Sekretariat", 0, 5, 10, 3, 19], [2, "Bidang Mutasi", 1, 2, 8, 2, 13], [None, "JUMLAH", 1, 7, 17, 5, 31]]
    spans = {"Rekap": ["C3:F3", "A3:A4", "B3:B4", "G3:G4"]} if merged else {}
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Rekap": rows}, merged=spans))
    counts = count_by(staff.summaries, "golongan")
    assert counts.loc[counts["count"].gt(0), ["category", "count"]].values.tolist() == [["IV", 5], ["III", 18], ["II", 7], ["I", 1]]
    notes = staff.notes.set_index("check")
    # the row's JUMLAH (19, its cells 18) and the total row's III (17, the column 18) each name their cell
    assert sorted(staff.notes.loc[staff.notes["check"].eq("sum_mismatch"), "location"]) == ["pegawai.xlsx:Rekap!E7", "pegawai.xlsx:Rekap!G5"]
    assert notes.loc["rows_not_modelled", "message_en"] == ("This table's rows are by unit (2 rows: Sekretariat, Bidang Mutasi), "
                                                            "which the kit does not model: only its column sums are read, as the "
                                                            "table by golongan")
    # the near miss: a first data row with a note where the header has none is no second header row
    rows = [["Golongan", "Jumlah", None], ["IV/a", 5, "Kepala Dinas"], ["III/a", 7, None]]
    staff = load_staff(make_workbook(tmp_path / "dua.xlsx", {"Rekap": rows}))
    assert staff.summaries[["category", "count"]].values.tolist() == [["IV/a", 5], ["III/a", 7]]


def test_a_band_of_education_levels_keeps_sd_a_level_and_a_realisation_to_date_stays_a_total(tmp_path):
    """Under PENDIDIKAN, 'SD' is the primary school level; under Realisasi, 's.d.' (to date) is still the band's total."""
    from lakip_lib.analysis import count_by
    from lakip_lib.errors import InputError
    from lakip_lib.loading import load_staff

    rows = [["NO", "UNIT KERJA", "PENDIDIKAN", None, None, None, "JUMLAH"], [None, None, "SD", "SMA", "S1", "S2", None],
            [1, "Sekretariat", 1, 5, 10, 3, 19], [2, "Bidang", 0, 2, 8, 2, 12]]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Rekap": rows}))
    counts = count_by(staff.summaries, "education")
    assert counts.loc[counts["count"].gt(0), ["category", "count"]].values.tolist() == [["SD", 1], ["SMA", 7], ["S1", 18], ["S2", 5]]
    budget = vocabulary("budget")
    assert match_path(("Realisasi", "s.d."), budget).total and match_path(("Realisasi", "s.d."), budget).name == "realised"
    # the near miss: under BENTUK PENDIDIKAN, SD | SMP | SMA are the schools teachers teach at, not their schooling
    rows = [["NO", "KECAMATAN", "BENTUK PENDIDIKAN", None, None, "TOTAL"], [None, None, "SD", "SMP", "SMA", None],
            [1, "Kapontori", 178, 120, 73, 371], [2, "Lasalimu", 115, 85, 61, 261]]
    with pytest.raises(InputError, match="a table by unit, which the kit does not model"):
        load_staff(make_workbook(tmp_path / "sekolah.xlsx", {"Rekap": rows}, merged={"Rekap": ["C1:E1"]}))


def test_one_category_column_beside_a_band_of_categories_is_no_band_and_stays_ambiguous(tmp_path):
    """The near miss: two label columns of known spellings (Satuan Kerja, Unit Kerja) beside the GOLONGAN band: which
    one names the rows is not for the kit to guess."""
    from lakip_lib.errors import InputError
    from lakip_lib.loading import load_staff

    rows = [["SATUAN KERJA", "UNIT KERJA", "GOLONGAN", None, "JUMLAH"], [None, None, "III", "IV", None],
            ["Dinas A", "Sekretariat", 0, 1, 1], ["Dinas A", "Bidang", 1, 1, 2]]
    with pytest.raises(InputError, match=r"expected one column for 'category', not 'SATUAN KERJA' \(A2\), 'UNIT KERJA' \(B2\)"):
        load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Rekap": rows}))


def test_a_bilingual_band_skips_its_english_row_and_a_last_row_that_adds_up_the_others_is_their_total(tmp_path):
    """Kemendikbud's Tabel 19 A: an English row under the Indonesian labels, and a total row naming the kabupaten
    (no 'Jumlah'), its counts written with comma thousands. Near misses: a last row that does not add up the others is
    a row like the others, and '2,5' in a count column is still no whole number."""
    from lakip_lib.errors import InputError
    from lakip_lib.loading import load_staff

    head = [["No.", "Kecamatan", "Tetap", None, "Tidak Tetap", None, "Jumlah"],
            [None, None, "PNS", "Yayasan", "Guru Honda", "GTT", "Total"],
            [None, "Sub district", "CS", "Private", "ATLG", "PTT", None]]
    rows = [[1, "Kec. A", 100, 0, 30, 121, 251], [2, "Kec. B", 84, 1, 6, 64, 155], [3, "Kec. C", 152, 0, 15, 57, 224]]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"T": head + rows + [[None, "Kab. X", 336, 1, 51, "242", "630"]]},
                                     merged={"T": ["A1:A3", "C1:D1", "E1:F1"]}))
    assert staff.summaries[["category", "count"]].values.tolist() == [["PNS", 336]]
    assert staff.non_asn["count"].sum() == 1 + 51 + 242
    assert staff.recognition[0].skipped_rows == [(3, "header translation")]
    assert staff.stated_totals.loc[staff.stated_totals["category"].isna(), "count"].tolist() == [630]
    # the near miss: a fourth kecamatan is no total because it does not add up the rows above it
    staff = load_staff(make_workbook(tmp_path / "dua.xlsx", {"T": head + rows + [[4, "Kec. D", 10, 0, 2, 3, 15]]},
                                     merged={"T": ["A1:A3", "C1:D1", "E1:F1"]}))
    assert staff.summaries[["category", "count"]].values.tolist() == [["PNS", 346]] and staff.stated_totals.empty
    with pytest.raises(InputError, match=r"got '2,5', expected a whole number of staff"):
        load_staff(make_workbook(tmp_path / "tiga.xlsx", {"T": head + rows + [[4, "Kec. D", "2,5", 0, 2, 3, 15]]},
                                 merged={"T": ["A1:A3", "C1:D1", "E1:F1"]}))
def test_a_total_under_each_gender_band_and_the_tables_total_read_the_tables_total(tmp_path):
    """LAKI-LAKI › <SD … JML | PEREMPUAN › <SD … JML | Jumlah (a SIMPEG print of the corpus): three total columns of
    one field; the one under no band is the table's (an IndexError before). The near miss: the group totals alone,
    with no table total, are the field's parts, read without a crash."""
    from layouts.second import _jk_didik_sheet
    from lakip_lib.errors import InputError
    from lakip_lib.loading import load_staff

    rows = _jk_didik_sheet()
    merged = ["A4:A5", "B4:B5", "C4:M4", "N4:X4", "Y4:Y5"]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"P": rows}, merged={"P": merged}))
    assert ("Y5", "Jumlah", "count") in [c[:3] for c in staff.recognition[0].columns]
    rows = [row[:24] for row in rows]
    try:
        load_staff(make_workbook(tmp_path / "tanpa.xlsx", {"P": rows}, merged={"P": merged[:4]}))
    except InputError:
        pass  # refused with a message is fine; an IndexError is not


def test_a_level_below_the_one_a_label_names_is_not_that_level():
    """'<SD' and 'Tidak tamat SD' are below SD; the near miss '=< SMA' (at most SMA) and '≤ SMP' include their level."""
    from lakip_lib.loading.parse import ValueParseError, parse_education

    for label in ("<SD", "< SD", "Tidak tamat SD", "Kurang dari SMP"):
        with pytest.raises(ValueParseError, match="below"):
            parse_education(label, major=False)
    assert [parse_education(t, major=False) for t in ("=< SMA", "<= SMP", "SD", "SMA sederajat")] == ["SMA", "SMP", "SD", "SMA"]


def test_a_caption_by_eselon_is_eselon_though_its_columns_read_as_golongan_and_it_names_jabatan(tmp_path):
    """'… MENURUT ESELON JABATAN' over I/A … IV/B: an eselon table, refused as the kit's only staff table (it was read
    as golongan). The near miss: '… Berdasarkan Jabatan dan Eselon' names a modelled dimension first."""
    from lakip_lib.errors import InputError
    from lakip_lib.loading import load_staff
    from lakip_lib.loading.staff import _caption_by_unmodelled

    rows = [["JUMLAH PEGAWAI NEGERI SIPIL MENURUT ESELON JABATAN"], [],
            ["No", "UNIT KERJA", "II/B", "III/A", "IV/A", "JUMLAH"], [1, "Sekretariat", 1, 2, 4, 7], [2, "Dinas", 0, 1, 3, 4]]
    with pytest.raises(InputError, match="a table by echelon, which the kit does not model"):
        load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Eselon": rows}))
    assert not _caption_by_unmodelled("Jumlah Pegawai Berdasarkan Jabatan dan Eselon")
    assert not _caption_by_unmodelled("Jumlah PNS menurut golongan")


def test_a_bound_in_an_indicators_name_gives_its_polarity_when_its_target_states_none(tmp_path):
    """'… maksimal 1 % per bulan' is lower is better (a warning); '… minimal 24 jam' higher; the near miss 'balita usia
    kurang dari 5 tahun' describes who is counted and says nothing of the polarity."""
    rows = [["No", "Indikator Kinerja", "Target", "Realisasi"],
            [1, "Tingkat salah cetak dokumen maksimal 1 % per bulan", "1%", "0,26%"],
            [2, "Peningkatan kompetensi pegawai minimal 24 jam per orang", 24, 22],
            [3, "Cakupan pelayanan balita usia kurang dari 5 tahun", 90, 92]]
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"IKU": rows}), year=2024)
    assert data.indicators["polarity"].tolist() == ["negative", "positive", "positive"]
    inferred = data.notes[data.notes["check"].eq("polarity_inferred")]
    assert len(inferred) == 1 and "its name states 'maksimal 1 %', an upper bound" in inferred["message_en"].iloc[0]


def test_targets_that_fall_every_year_make_an_indicator_with_no_polarity_lower_is_better_with_a_warning(tmp_path):
    """A Renstra's targets 12 → 10 → 8 for an indicator no word of the lexicon names ('Persentase desa tertinggal'):
    a plan that lowers its target every year wants the figure lowered, so it is read as negative, said as a warning
    naming the targets. Near misses: targets that rise or stay (80 → 80 → 85), two years only, or a polarity stated
    in its column keep what they say."""
    header = ["No", "Indikator", "Target 2022", "Target 2023", "Target 2024", "Realisasi 2024"]
    rows = [header, [1, "Persentase desa tertinggal", 12, 10, 8, 9], [2, "Indeks kepuasan masyarakat", 80, 80, 85, 86]]
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"IKU": rows}), year=2024)
    assert data.indicators["polarity"].tolist() == ["negative", "positive"]
    inferred = data.notes[data.notes["check"].eq("polarity_inferred")]
    assert len(inferred) == 1 and "its targets fall year by year (12 → 10 → 8)" in inferred["message_en"].iloc[0]
    stated = [[*header, "Polaritas"], [1, "Persentase desa tertinggal", 12, 10, 8, 9, "Positif"]]
    assert load_indicators(make_workbook(tmp_path / "stated.xlsx", {"IKU": stated}), year=2024).indicators["polarity"].tolist() \
        == ["positive"]
    two = [["No", "Indikator", "Target 2023", "Target 2024", "Realisasi 2024"], [1, "Persentase desa tertinggal", 10, 8, 9]]
    assert load_indicators(make_workbook(tmp_path / "two.xlsx", {"IKU": two}), year=2024).indicators["polarity"].tolist() \
        == ["positive"]


def test_a_budget_table_with_no_amount_on_any_row_is_refused_naming_its_amount_column(tmp_path):
    """A page that prints its Pagu cells blank would give a budget of names only; the near miss: a plan with budgets
    and no realisation is read."""
    from lakip_lib.errors import InputError

    rows = [["Kode Program", "Program", "Kode Kegiatan", "Kegiatan", "Pagu"],
            ["WA", "Program Dukungan Manajemen", "4165", "Dukungan Manajemen Internal", "    "],
            ["WA", "Program Dukungan Manajemen", "4166", "Pengelolaan Keuangan", None]]
    with pytest.raises(InputError, match=r"cell E1: got 'Pagu', expected amounts in 'Pagu' \(E1\): the column is empty on all 2 rows"):
        load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"Data": rows}))
    rows[1][4], rows[2][4] = 1_000_000, 2_000_000
    budget = load_budget(make_workbook(tmp_path / "rencana.xlsx", {"Data": rows}))
    assert budget.rows.loc[budget.rows["level"].eq("kegiatan"), "budget"].tolist() == [1_000_000, 2_000_000]


def test_a_table_lacking_a_needed_column_is_set_aside_when_another_table_of_the_sheet_has_them_all(tmp_path):
    """A performance agreement: 'Indikator Kinerja Program | Target' (in rupiah) over 'Kegiatan | Anggaran (Rp)': the
    first lacks a budget column, the second is the budget; the near miss: no table with a budget column is refused."""
    from lakip_lib.errors import InputError

    first = [["Sasaran Program"], ["No", "Indikator Kinerja Program", "Target"], [1, "Pengawasan Intern", "966.661.000,00"],
             [2, "Dukungan Manajemen", "376.366.000,00"], [None, "Jumlah", "1.343.027.000,00"], []]
    second = [["Kegiatan/Anggaran"], ["No", "Kegiatan", "Anggaran (Rp)"], [1, "Pengawasan Intern", "966.661.000,00"],
              [2, "Dukungan Manajemen", "376.366.000,00"], [None, "Jumlah", "1.343.027.000,00"]]
    budget = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"Tapkin": first + second}))
    assert budget.rows["budget"].tolist() == [966_661_000, 376_366_000]
    skipped = budget.notes[budget.notes["check"].eq("table_skipped")]
    # nor a name: an indicator of a program names no budget line
    assert skipped["message_en"].tolist() == ["Table not used: it has no column for 'name', 'budget', which the table used has"]
    with pytest.raises(InputError, match=r"cell A2: expected a column for 'budget'"):
        load_budget(make_workbook(tmp_path / "target.xlsx", {"Tapkin": first + first}))


def test_title_rows_over_a_band_are_no_header_and_jumlah_rp_is_the_budget(tmp_path):
    """An RKA print: a title merged across most of the width (a second title at its right), then lines of one cell
    (the region and year, the organisation) over a band Kode | Uraian | Jumlah › Tahun N › Jumlah (Rp). The titles name
    'Anggaran' and a year; they are neither the budget nor a level of the band. The near miss: a group label merged
    over three of five columns at the left edge (TW III over Target | Realisasi | Capaian) is a level."""
    from lakip_lib.loading.recognise.band import is_title_row

    rows = [["RENCANA KERJA DAN ANGGARAN SKPD", None, None, None, None, None, "RKA-BELANJA SKPD"],
            ["Pemerintahan Provinsi Contoh Tahun Anggaran 2025"],
            ["Organisasi : DINAS CONTOH"],
            ["Kode", "Uraian", "Jumlah", None, None, None, None],
            [None, None, "Tahun N", None, None, "Tahun + 1", None],
            [None, None, "Belanja Operasi", "Belanja Modal", "Jumlah (Rp)", None, None],
            ["5.01.01", "Program Penunjang", 100, 20, 120, 130, 10],
            ["5.01.01.2.01", "Perencanaan", 100, 20, 120, 130, 10]]
    merged = ["A1:F1", "A4:A6", "B4:B6", "C4:G4", "C5:E5", "F5:F6"]
    budget = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"RKA": rows}, merged={"RKA": merged}))
    assert budget.rows["budget"].tolist() == [120, 120]
    assert budget.rows["name"].tolist() == ["Program Penunjang", "Perencanaan"]
    assert [is_title_row(rows, i, [(0, 0, 0, 5)]) for i in range(4)] == [True, True, True, False]
    band = [["TW III", None, None, "Target 2018", "Capaian Pertahun"], ["Target", "Realisasi", "Capaian", None, None]]
    assert not is_title_row(band, 0, [(0, 0, 0, 2), (0, 3, 1, 3), (0, 4, 1, 4)])
    # the rule is on the rupiah total of a plan: a realisation's Jumlah (Rp) stays the realisation
    assert match_path(("Jumlah (Rp)",), vocabulary("budget")).name == "budget"
    assert match_path(("Realisasi", "Jumlah (Rp)"), vocabulary("budget")).name == "realised"


def test_an_excel_error_in_a_value_cell_is_a_warning_naming_the_cell_never_a_silent_empty(tmp_path):
    """#DIV/0! written by Excel (an error cell) and '#N/A' typed as text are both a failed formula: no value, and a
    warning naming the cell; the near miss '-' is a plain "no value" without a word. 'Target (%)' is the target."""
    rows = [["No", "Indikator Kinerja", "Target (%)", "Realisasi"],
            [1, "Cakupan A", 90, "#DIV/0!"], [2, "Cakupan B", 80, "#N/A"], [3, "Cakupan C", 70, "-"], [4, "Cakupan D", 60, 65]]
    path = make_workbook(tmp_path / "kinerja.xlsx", {"IKU": rows}, formulas=False)
    import openpyxl

    book = openpyxl.load_workbook(path)
    book["IKU"]["D2"].data_type = "e"  # an error cell as Excel saves it
    book["IKU"]["D3"].data_type = "s"  # the text of an error, as a pasted or exported table holds it
    book.save(path)
    data = load_indicators(path, year=2024)
    values = data.values[data.values["kind"].eq("target")]
    assert values["value"].tolist() == [90, 80, 70, 60]
    realised = data.values[data.values["kind"].eq("realisation")]
    assert realised["value"].isna().tolist() == [True, True, True, False]
    errors = data.notes[data.notes["check"].eq("excel_error")]
    assert errors["location"].tolist() == ["kinerja.xlsx:IKU!D2", "kinerja.xlsx:IKU!D3"]
    assert errors["severity"].eq("warning").all()
    assert "Cakupan A: the 'Realisasi' cell holds the Excel error #DIV/0!" in errors["message_en"].iloc[0]


def test_a_value_split_by_the_levels_of_a_hierarchy_is_read_at_the_indicators_level(tmp_path):
    """A puskesmas PKP instrument: '% Kinerja Puskesmas' over Sub Variabel | Variabel | Program, each level's score on
    its own rows; 'Variabel/Sub Variabel' names the indicator, 'Total Sasaran' and 'Satuan sasaran' count the population
    (no goal). The near miss: two levels filled on the same rows cannot be told apart and stay ambiguous."""
    from lakip_lib.errors import InputError

    rows = [["No", "Program/Variabel/Sub Variabel", "Target (%)", "Satuan sasaran", "Total Sasaran", "%Cakupan Riil",
             "% Kinerja Puskesmas", None, None],
            [None, None, None, None, None, None, "Sub Variabel", "Variabel", "Program"],
            ["1.", "Pelayanan Rawat Jalan", None, None, None, None, None, 80.0, None],
            ["1.", "Rasio kunjungan", "50%", "orang", 20, 40.0, 80.0, None, None],
            ["2.", "Kelengkapan rekam medik", "100%", "berkas", 30, 90.0, 90.0, None, None]]
    merged = {"PKP": ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:F2", "G1:I1"]}
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"PKP": rows}, merged=merged), year=2019)
    assert data.indicators["indicator"].tolist() == ["Rasio kunjungan", "Kelengkapan rekam medik"]
    assert data.indicators["goal"].tolist() == ["Pelayanan Rawat Jalan"] * 2
    stated = data.values[data.values["kind"].eq("stated_capaian")]
    assert stated["value"].tolist() == [80.0, 90.0] and stated["location"].str.endswith(("G4", "G5")).all()
    rows[3][7] = 75.0  # a Variabel score on an indicator's row
    with pytest.raises(InputError, match=r"one column for 'stated_capaian', not '% Kinerja Puskesmas › Sub Variabel' \(G2\)"):
        load_indicators(make_workbook(tmp_path / "dua.xlsx", {"PKP": rows}, merged=merged), year=2019)


def _renstra(rows: list[list]) -> list[list]:
    """A Renstra table: Tujuan | Sasaran | Indikator Sasaran | Kode over three cells | Program/Kegiatan | Indikator
    Program/Kegiatan | Tahun Awal | 2022 › Target | Rp | Kondisi Akhir › Target | Rp."""
    return [["Tujuan", "Sasaran", "Indikator Sasaran", "Kode", None, None, "Program/Kegiatan", "Indikator Program/Kegiatan",
             "Kondisi Kinerja pada Tahun Awal", "Target Kinerja dan Kerangka Pendanaan", None,
             "Kondisi Kinerja pada Akhir Periode Renstra", None],
            [*[None] * 9, 2022, None, None, None],
            [*[None] * 9, "Target", "Rp", "Target", "Rp"],
            *rows]


_RENSTRA_MERGED = {"Renstra": ["A1:A3", "B1:B3", "C1:C3", "D1:F3", "G1:G3", "H1:H3", "I1:I3", "J1:K1", "J2:K2", "L1:M2"]}


def test_a_renstra_table_reads_indicators_of_two_levels_its_split_code_and_leaves_the_rupiah_half_aside(tmp_path):
    """Two indicator columns, each row naming its own in the column of its level; Tujuan | Sasaran, the nearest the
    goal; a code split over three cells under one 'Kode'; 'Tahun Awal' the baseline, the Renstra end state's Target
    the Renstra target, each year's Rp the money (no value of the indicator); a kegiatan among its siblings with no
    target is an indicator with a warning, not a heading."""
    rows = _renstra([
        ["Tujuan A", "Sasaran A", "Nilai SAKIP", None, None, None, None, None, "B", "A", None, "A", None],
        [None, None, "Persentase serapan", None, None, None, None, None, 90, 95, None, 98, None],
        [None, None, None, 5, 3, 1, "Program Penunjang", "Persentase dokumen tepat waktu", 80, 90, 7_000_000, 100, 9_000_000],
        [None, None, None, 5, 3, "1.2.01", "Perencanaan", "Jumlah dokumen perencanaan", 20, "24 dokumen", 60_000, 26, 90_000],
        [None, None, None, 5, 3, "1.2.03", "Barang Milik Daerah", "Jumlah laporan BMD", "-", None, 20_000, None, 40_000],
        [None, None, None, 5, 3, "1.2.05", "Kepegawaian", "Jumlah pegawai dilatih", 40, "50 orang", 12_000, 60, 30_000]])
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"Renstra": rows}, merged=_RENSTRA_MERGED), year=2022)
    table = data.indicators
    assert table["indicator"].tolist() == ["Nilai SAKIP", "Persentase serapan", "Persentase dokumen tepat waktu",
                                           "Jumlah dokumen perencanaan", "Jumlah laporan BMD", "Jumlah pegawai dilatih"]
    assert table["level"].tolist() == ["sasaran"] * 2 + ["program"] * 4
    assert table["goal"].tolist()[:2] == ["Sasaran A"] * 2
    assert table["code"].tolist()[2:] == ["5.3.1", "5.3.1.2.01", "5.3.1.2.03", "5.3.1.2.05"]

    def kind(name: str) -> list:
        cells = data.values[data.values["kind"].eq(name)]
        return [v if pd.notna(v) else t if isinstance(t, str) else None for v, t in zip(cells["value"], cells["text"])]

    assert kind("target") == ["A", 95, 90, 24, None, 50]
    assert kind("baseline") == ["B", 90, 80, 20, "-", 40]
    assert kind("renstra_target") == ["A", 98, 100, 26, None, 60]
    missing = data.notes[data.notes["check"].eq("target_missing")]
    assert missing["location"].tolist() == ["kinerja.xlsx:Renstra!J8"]
    assert "Jumlah laporan BMD: no target for 2022" in missing["message_en"].iloc[0]
    unused = data.notes.loc[data.notes["check"].eq("columns_unused"), "message_en"].iloc[0]
    assert "'Target Kinerja dan Kerangka Pendanaan › 2022 › Rp'" in unused and "'Tujuan'" in unused


def test_two_indicator_columns_filled_on_one_row_stay_ambiguous(tmp_path):
    """The near miss of the Renstra's two levels: a row naming an indicator in both columns cannot say which it is."""
    from lakip_lib.errors import InputError

    rows = _renstra([["Tujuan A", "Sasaran A", "Nilai SAKIP", None, None, None, "Program A", "Dokumen", "B", "A", None, "A", None],
                     [None, None, None, 5, 3, 1, "Program B", "Persentase dokumen", 80, 90, 7_000, 100, 9_000]])
    with pytest.raises(InputError, match=r"one column for 'indicator', not 'Indikator Sasaran' \(C3\)"):
        load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"Renstra": rows}, merged=_RENSTRA_MERGED), year=2022)


def test_a_row_with_no_value_among_code_siblings_is_an_indicator_and_a_heading_numbered_in_one_run_stays_one(tmp_path):
    """1.1 | 1.2 (no value) | 1.3: the middle row is an indicator of the run whose values are missing (a warning says
    its target is); the near miss: headings numbered in one run with their indicators (1 Sasaran A, 2 …, 3 Sasaran B)
    are headings, a single number saying nothing of a hierarchy."""
    rows = [["Kode", "Indikator Kinerja", "Target 2024", "Realisasi 2024"], ["1", "Sasaran A", None, None],
            ["1.1", "Cakupan a", 80, 85], ["1.2", "Cakupan b", None, None], ["1.3", "Cakupan c", 70, 75]]
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"IKU": rows}), year=2024)
    assert data.indicators["indicator"].tolist() == ["Cakupan a", "Cakupan b", "Cakupan c"]
    assert data.notes.loc[data.notes["check"].eq("target_missing"), "location"].tolist() == ["kinerja.xlsx:IKU!C4"]
    rows = [["No", "Indikator Kinerja", "Target 2024", "Realisasi 2024"], [1, "Sasaran A", None, None],
            [2, "Cakupan a", 80, 85], [3, "Sasaran B", None, None], [4, "Cakupan c", 70, 75]]
    data = load_indicators(make_workbook(tmp_path / "satu.xlsx", {"IKU": rows}), year=2024)
    assert data.indicators["indicator"].tolist() == ["Cakupan a", "Cakupan c"]
    assert data.indicators["goal"].tolist() == ["Sasaran A", "Sasaran B"]
    assert not data.notes["check"].eq("target_missing").any()


def _stacked(title: str, label: str, rows: list[tuple[str, int, int]]) -> list[list]:
    """One table of a rekap report: its caption, No | <label> | Laki-laki | Perempuan | Total, its rows, its Total."""
    men, women = sum(r[1] for r in rows), sum(r[2] for r in rows)
    return [[f"Jumlah ASN Menurut {title}"], ["No", label, "Laki-laki", "Perempuan", "Total"],
            *[[n, name, m, w, m + w] for n, (name, m, w) in enumerate(rows, start=1)], [len(rows) + 1, "Total", men, women, men + women]]


def test_tables_stacked_under_headers_of_one_shape_are_each_their_own_table_and_unknown_rows_count_as_unknown(tmp_path):
    """A rekap report's tables by unit, by pangkat/golongan and by education, one under the other with the same
    columns but the first: the later headers are other tables, not the first one's header repeated at a page break."""
    from lakip_lib.domain import UNKNOWN
    from lakip_lib.loading import load_staff

    rows = [*_stacked("Unit Kerja", "Unit Kerja", [("Dinas Kesehatan", 3, 4), ("Kecamatan Wenang", 2, 1)]), [],
            *_stacked("Pangkat/Golongan", "Pangkat/Golongan", [("Pembina (IV/a)", 1, 2), ("Penata Muda Tk.I (III/b)", 4, 3)]), [],
            *_stacked("Tingkat Pendidikan", "Pendidikan", [("S-1", 4, 4), ("SLTA", 0, 1), ("Belum Terdata", 1, 0)])]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Laporan": rows}))
    assert [r.header_rows for r in staff.recognition] == [(2, 2), (8, 8), (14, 14)]
    assert [r.skipped_rows for r in staff.recognition] == [[(7, "next table")], [(13, "next table")], []]
    both = staff.summaries.groupby(["dimension", "category"], sort=False)["count"].sum()
    assert both["golongan"].to_dict() == {"IV/a": 3, "III/b": 7}
    assert both["education"].to_dict() == {"S1": 8, "SMA": 1, UNKNOWN: 1}
    assert both["gender"].to_dict() == {"Laki-laki": 5, "Perempuan": 5}  # the unit table's column sums, with an info note
    assert "rows_not_modelled" in staff.notes["check"].tolist()


def test_a_header_after_a_grand_total_or_a_blank_row_starts_a_table_and_without_either_is_a_page_break(tmp_path):
    """Two tables by education of one shape, the second right under the first one's Total: two tables; the same header again
    in the middle of a table (a printed page's end) is skipped and the table goes on."""
    from lakip_lib.loading import load_staff

    head = ["Pendidikan", "L", "P", "Jumlah"]
    two = [["PNS"], head, ["S1", 2, 3, 5], ["SMA", 1, 1, 2], ["Jumlah", 3, 4, 7], head, ["S1", 1, 0, 1], ["Jumlah", 1, 0, 1]]
    staff = load_staff(make_workbook(tmp_path / "two.xlsx", {"Rekap": two}))
    assert [r.header_rows for r in staff.recognition] == [(2, 2), (6, 6)]
    # after a blank row, another table's header with no caption over it: read too (it was passed over)
    spaced = [head, ["S1", 2, 3, 5], ["Jumlah", 2, 3, 5], [], ["Golongan", "L", "P", "Jumlah"], ["III/a", 2, 3, 5], ["Jumlah", 2, 3, 5]]
    staff = load_staff(make_workbook(tmp_path / "spaced.xlsx", {"Rekap": spaced}))
    assert [r.header_rows for r in staff.recognition] == [(1, 1), (5, 5)]
    assert set(staff.summaries["dimension"]) == {"education", "golongan", "gender"}
    one = [["PNS"], head, ["S1", 2, 3, 5], ["Halaman 1 dari 2"], head, ["SMA", 1, 1, 2], ["Jumlah", 3, 4, 7]]
    staff = load_staff(make_workbook(tmp_path / "one.xlsx", {"Rekap": one}))
    assert [r.header_rows for r in staff.recognition] == [(2, 2)]
    assert (5, "repeated header") in staff.recognition[0].skipped_rows
    education = staff.summaries[staff.summaries["dimension"].eq("education")]
    assert education.groupby("category")["count"].sum().to_dict() == {"S1": 5, "SMA": 2}


def test_golongan_tables_by_status_under_their_captions_are_read_as_one_and_bare_grades_beyond_iv_are_pppk(tmp_path):
    """A rekap's golongan tables for PNS, PPPK and PPPK paruh waktu, one under the other under their captions and with
    one header twice: three tables added up as one (a ``tables_joined`` note each), the PPPK tables' bare roman
    numerals PPPK grades, so the two PPPK tables add up on their common grade. Near misses: bare I–IV under no PPPK word
    stay PNS groups; a bare grade beyond IV makes a table's numerals PPPK grades without a caption; the header repeated
    under the table's own caption is still a page break."""
    from lakip_lib.analysis.checks import reconcile
    from lakip_lib.config import Project
    from lakip_lib.loading import YearData, load_staff

    head = ["Golongan", "Pria", "Wanita", "Total"]
    rows = [["Golongan PNS"], ["Gol. / Ruang", "Pria", "Wanita", "Total"], ["III/a", 2, 1, 3], ["II/b", 1, 0, 1], [],
            ["Golongan PPPK"], head, ["IX", 3, 4, 7], ["V", 1, 1, 2], [],
            ["Golongan PPPK Paruh Waktu"], head, ["V", 2, 0, 2], ["I", 0, 1, 1]]
    staff = load_staff(make_workbook(tmp_path / "status.xlsx", {"Golongan": rows}))
    assert [r.header_rows for r in staff.recognition] == [(2, 2), (7, 7), (12, 12)]
    assert [r.status for r in staff.recognition] == ["used"] * 3
    golongan = staff.summaries[staff.summaries["dimension"].eq("golongan")]
    assert golongan.groupby("category", sort=False)["count"].sum().to_dict() == {"III/a": 3, "II/b": 1, "IX (PPPK)": 7,
                                                                                 "V (PPPK)": 4, "I (PPPK)": 1}
    gender = staff.summaries[staff.summaries["dimension"].eq("gender")].set_index("category")["count"]
    assert gender.to_dict() == {"Laki-laki": 9, "Perempuan": 7}  # the L and P columns of all three
    assert staff.notes["check"].tolist().count("tables_joined") == 2
    derived = staff.notes.loc[staff.notes["check"].eq("gender_derived"), "message_en"].tolist()
    assert derived == ["The headcount by gender is the sum of the L and P columns of this table and of the tables added to it"]
    found = reconcile(YearData(2024, Project(), staff=staff))
    assert not found["severity"].eq("error").any(), found.to_string()

    groups = [["Jumlah Pegawai Menurut Golongan"], head, ["IV", 1, 1, 2], ["III", 2, 2, 4], ["I", 1, 0, 1]]
    golongan = load_staff(make_workbook(tmp_path / "groups.xlsx", {"Rekap": groups})).summaries
    assert set(golongan.loc[golongan["dimension"].eq("golongan"), "category"]) == {"IV", "III", "I"}
    grades = [head, ["XI", 1, 1, 2], ["I", 0, 1, 1]]
    golongan = load_staff(make_workbook(tmp_path / "grades.xlsx", {"Rekap": grades})).summaries
    assert set(golongan.loc[golongan["dimension"].eq("golongan"), "category"]) == {"XI (PPPK)", "I (PPPK)"}
    paged = [["Golongan PPPK"], head, ["IX", 3, 4, 7], [], ["Golongan PPPK"], head, ["V", 1, 1, 2]]
    staff = load_staff(make_workbook(tmp_path / "paged.xlsx", {"Rekap": paged}))
    assert [r.header_rows for r in staff.recognition] == [(2, 2)]
    assert (6, "repeated header") in staff.recognition[0].skipped_rows


def test_a_roster_read_as_text_skips_its_header_repeated_at_a_page_break_and_keeps_a_row_whose_number_cell_only_reads_no(tmp_path):
    """A roster printed page by page repeats its header (`No | NIP | NAMA …`, in other case and spacing) among a million
    numbered rows; a row whose first cell happens to read "No" but whose other cells are data is an employee."""
    from lakip_lib.loading import load_staff
    from workbooks import NIP_FEMALE, NIP_MALE, nip

    head = ["NO", "NIP", "NAMA", "JK", "GOL", "JENIS JABATAN"]
    rows = [head, [1, NIP_MALE, "Budi", "L", "IV/a", "Struktural"], [" no ", "nip", "Nama", "jk", "gol", "jenis jabatan"],
            [2, NIP_FEMALE, "Sari", "P", "III/b", "Pelaksana"], ["No", nip(3), "Andi", "L", "III/a", "Pelaksana"]]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"DUK": rows}))
    assert staff.recognition[0].skipped_rows == [(3, "repeated header")]
    assert staff.roster["name"].tolist() == ["Budi", "Sari", "Andi"]


_HEALTH_WORKERS = [["LAPORAN JUMLAH TENAGA KESEHATAN PUSKESMAS TAHUN 2019"], [],
                   [None, "No.", "Nama Tenaga Kesehatan", "Jumlah"], [None, "1.", "Dokter Umum", 268], [None, "2.", "Perawat", 1384],
                   [None, "3.", "Bidan", 1126], [], [None, None, None, "Kepala Dinas Kesehatan"]]


def test_a_count_table_by_labels_no_header_names_is_refused_naming_it_when_alone_and_skipped_beside_a_table_the_kit_reads(tmp_path):
    """Health workers by type (No. | Nama Tenaga Kesehatan | Jumlah): a table by something the kit does not model. Alone,
    the file is refused with its header cell, caption and what it is by (not 'no header in the first 40 rows');
    beside a golongan table, it is reported and skipped."""
    from lakip_lib.errors import InputError
    from lakip_lib.loading import load_staff

    with pytest.raises(InputError) as refused:
        load_staff(make_workbook(tmp_path / "alone.xlsx", {"Laporan": _HEALTH_WORKERS}))
    assert [str(p) for p in refused.value.problems] == [
        "alone.xlsx, sheet 'Laporan', cell C3: expected a staff table the kit reads (a roster with NIP and golongan, or counts by "
        "golongan, gender, education, position type or status); the table here, captioned 'LAPORAN JUMLAH TENAGA KESEHATAN "
        "PUSKESMAS TAHUN 2019', is a table by 'Nama Tenaga Kesehatan', which the kit does not model"]
    golongan = [["Golongan", "Jumlah"], ["IV", 2], ["III", 5], ["Jumlah", 7], []]
    staff = load_staff(make_workbook(tmp_path / "beside.xlsx", {"Laporan": golongan + _HEALTH_WORKERS}))
    assert staff.summaries[["category", "count"]].values.tolist() == [["IV", 2.0], ["III", 5.0]]
    skipped = staff.notes[staff.notes["check"].eq("table_skipped")]
    assert skipped[["severity", "message_en"]].values.tolist() == [
        ["info", "Table not used: a table by 'Nama Tenaga Kesehatan', which the kit does not model"]]


def test_a_header_naming_only_counts_over_rows_that_are_no_labels_and_counts_is_no_table():
    """The near misses of the count table by unknown labels: two unknown columns, a label column right of the counts,
    and a single row under the header."""
    from lakip_lib.loading.recognise.fields import vocabulary
    from lakip_lib.loading.recognise.unnamed import unnamed_band

    summary = vocabulary("summary")
    assert unnamed_band([["Nama", "Keterangan", "Jumlah"], ["Perawat", "x", 3], ["Bidan", "y", 4]], 0, 3, [], summary) is None
    assert unnamed_band([["Jumlah", "Nama Tenaga"], [3, "Perawat"], [4, "Bidan"]], 0, 3, [], summary) is None
    assert unnamed_band([["Nama Tenaga", "Jumlah"], ["Perawat", 3], [None, None]], 0, 3, [], summary) is None
    assert unnamed_band([["Nama Tenaga", "Jumlah"], ["Perawat", 3], ["Bidan", 4]], 0, 3, [], summary).top == 0


def test_the_money_half_of_a_k_rp_band_is_no_target_or_realisation_of_the_indicator():
    """'Target Kinerja dan Anggaran › Rp' is the program's money: in a budget it is the budget, in an indicator table
    nothing; its K half stays the target."""
    indicators, budget = vocabulary("indicators"), vocabulary("budget")
    band = "Target Kinerja dan Anggaran Renja Tahun Berjalan (Tahun 2021)"
    assert match_path((band, "Rp"), indicators) is None
    assert (match_path((band, "K"), indicators).name, match_path((band, "K"), indicators).year) == ("target", 2021)
    assert match_path((band, "Rp"), budget).name == "budget"


def test_form_column_numbers_that_repeat_under_a_merged_cell_and_skip_columns_are_column_numbers():
    assert is_column_numbers(["1", "1", "2", "3", "4", "7", "8"])  # Formulir E.81 of Permendagri 86/2017
    assert not is_column_numbers([1, 5, 20, 30]) and not is_column_numbers([1, 1, 1, 1])
    assert not is_column_numbers(["1", "1", "2", "Program A"])


def test_a_renja_evaluation_form_reads_the_indicator_beside_its_letter_and_the_k_of_each_band(tmp_path):
    """Formulir E.81: the indicator's letter (a, b) in its own column under the merged indicator header, a target band
    and a quarter's realisation band each over K | Rp (one period over two columns, not a band of months), column
    numbers that repeat and skip ('1 1 2 3 4 7 8')."""
    rows = [["No", "Sasaran", "Program/Kegiatan", "Indikator Kinerja Program (outcome) / Kegiatan (output)", None, "Satuan",
             "Target Kinerja dan Anggaran Renja Tahun Berjalan (Tahun 2021)", None, "Realisasi Kinerja Triwulan I", None],
            [None, None, None, None, None, None, "K", "Rp", "K", "Rp"],
            ["1", "1", "2", "3", None, "4", "7", None, "8", None],
            [1, "Meningkatnya mutu layanan", "Program: Upaya Kesehatan", "a", "Persentase pasien keluar hidup", "%", 93,
             "590.090.455.000,00", "90,82", "103.035.984.342,00"],
            [None, None, None, "b", "Angka kepuasan pasien", "%", 80, None, 84, None]]
    merged = {"E81": ["D1:E1", "G1:H1", "I1:J1", "D2:E2", "G3:H3", "I3:J3"]}
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"E81": rows}, merged=merged), year=2021)
    assert data.indicators["indicator"].tolist() == ["Persentase pasien keluar hidup", "Angka kepuasan pasien"]
    values = data.values.set_index(["id", "kind"])["value"]
    ids = data.indicators["id"].tolist()
    assert [values[(i, "target")] for i in ids] == [93, 80] and [values[(i, "realisation")] for i in ids] == [90.82, 84]


def test_header_wordings_of_budget_rows_named_by_account_or_unit_and_simda_code_columns():
    """wp-sipd names its rows under 'Rekening' beside 'Kode'; pemda recaps by SKPD or OPD; SIMDA heads its code parts
    Kd_Urusan … Kd_Keg; a peta jabatan's 'Grade/Kelas Jabatan' is the job's class, not the position."""
    budget = vocabulary("budget")
    for header, field in [("Rekening", "name"), ("Kode Rekening", "code"), ("No. Rekening", "code"), ("SKPD", "name"), ("Nama OPD", "name"),
                          ("Kd_Urusan", "code"), ("Kd_Keg", "code"), ("Ket_Kegiatan", "name")]:
        assert getattr(match_path((header,), budget), "name", None) == field, header
    staff = vocabulary("staff")
    assert match_path(("Grade/Kelas Jabatan",), staff) is None
    assert match_path(("Jabatan Sesuai Kepmen 202 Tahun 2024",), staff).name == "position"


def test_simda_codes_split_over_columns_whose_shallowest_rows_say_program_are_programs_and_kegiatan(tmp_path):
    """Kd_Urusan … Kd_Prog, Kd_Keg end at the kegiatan (Permendagri 13/2006): counted from the right the program rows
    would be kegiatan; the names starting 'Program' move every row up one level."""
    rows = [["Kd_Urusan", "Kd_Bidang", "Kd_Prog", "Kd_Keg", "Ket_Kegiatan", "Anggaran", "Total Realisasi"],
            [4, 3, 1, None, "Program Pelayanan Administrasi Perkantoran", 505, 497],
            [4, 3, 1, 2, "Penyediaan Jasa Komunikasi", 420, 415],
            [4, 3, 1, 10, "Penyediaan Alat Tulis Kantor", 85, 82]]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"SP2D": rows}), year=2019)
    assert loaded.rows["level"].tolist() == ["program", "kegiatan", "kegiatan"]
    assert loaded.rows[["budget", "realised"]].values.tolist() == [[505, 497], [420, 415], [85, 82]]


def test_of_budget_columns_the_jumlah_adding_up_the_others_is_the_budget_and_the_spending_beside_its_pagu_the_realisation(tmp_path):
    """A recap by SKPD: 'Pagu BTL | Pagu BL | Jumlah Pagu', then the same belanja without 'Pagu' and their 'Jumlah
    Belanja'. The Jumlah that adds up the others on every row is the budget, the spending's Jumlah (checked the same
    way) the realisation. Near misses: a Jumlah that differs from its parts on one row, and two budget columns with
    no Jumlah, stay an error naming every candidate; spending that does not add up is no realisation."""
    from lakip_lib.errors import InputError

    head = ["No", "SKPD", "Pagu Belanja Tidak Langsung", "Pagu Belanja Langsung", "Jumlah Pagu", "Belanja Tidak Langsung",
            "Belanja Langsung", "Jumlah Belanja", "Sisa Pagu"]
    rows = [head, [1, "DINAS KESEHATAN", 480, 610, 1090, 444, 518, 962, 128], [2, "INSPEKTORAT", 62, 41, 103, 58, "-", 58, 45]]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"Rekap": rows}))
    assert loaded.rows[["name", "budget", "realised"]].values.tolist() == [["DINAS KESEHATAN", 1090, 962], ["INSPEKTORAT", 103, 58]]
    read = {cell: (render(field, "en"), how) for cell, _, field, how in loaded.recognition[0].columns}
    assert [read[f"{c}1"] for c in "CDEFGH"] == [
        ("part of budget", "sum"), ("part of budget", "sum"), ("budget", "rule"), ("part of realised", "sum"),
        ("part of realised", "sum"), ("realised", "sum")]
    off = [head, [1, "DINAS KESEHATAN", 480, 610, 1090, 444, 518, 962, 128], [2, "INSPEKTORAT", 62, 41, 105, 58, 0, 58, 45]]
    with pytest.raises(InputError, match=r"one column for 'budget', not 'Pagu Belanja Tidak Langsung' \(C1\), 'Pagu Belanja "
                                         r"Langsung' \(D1\), 'Jumlah Pagu' \(E1\)"):
        load_budget(make_workbook(tmp_path / "selisih.xlsx", {"Rekap": off}))
    two = [["SKPD", "Pagu Belanja Operasi", "Pagu Belanja Modal", "Realisasi"], ["INSPEKTORAT", 62, 41, 90]]
    with pytest.raises(InputError, match=r"one column for 'budget', not 'Pagu Belanja Operasi' \(B1\), 'Pagu Belanja Modal' \(C1\)"):
        load_budget(make_workbook(tmp_path / "dua.xlsx", {"Rekap": two}))
    unspent = [head[:8], [1, "DINAS KESEHATAN", 480, 610, 1090, 444, 518, 900]]
    loaded = load_budget(make_workbook(tmp_path / "belanja.xlsx", {"Rekap": unspent}))
    assert loaded.rows[["budget"]].values.tolist() == [[1090]] and loaded.rows["realised"].isna().all()


def test_of_realisation_columns_that_no_total_word_heads_the_one_adding_up_the_others_is_the_realisation(tmp_path):
    """A budget application's 'Realisasi NPD | Realisasi LS | Realisasi Aktual': the payment routes and their sum, no
    'Jumlah' over it; the column that adds up the others on every row is the realisation, said as read by the sums.
    Near misses: three that do not add up stay an error naming every candidate, and so do columns where two add up
    the others (a route that is zero on every row)."""
    from lakip_lib.errors import InputError

    head = ["Kode", "Uraian", "Pagu Setahun", "Realisasi NPD", "Realisasi LS", "Realisasi Aktual"]
    rows = [head, ["1.02.01", "Program Penunjang", 2500, 1200, 300, 1500], ["1.02.02", "Program Pemenuhan Upaya", 900, 0, 450, 450]]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"Data": rows}))
    assert loaded.rows[["budget", "realised"]].values.tolist() == [[2500, 1500], [900, 450]]
    read = {cell: (render(field, "en"), how) for cell, _, field, how in loaded.recognition[0].columns}
    assert [read[f"{c}1"] for c in "DEF"] == [("part of realised", "sum"), ("part of realised", "sum"), ("realised", "sum")]
    for name, body in (("lepas.xlsx", [["1.02.01", "Program Penunjang", 2500, 1200, 300, 1400]]),
                       ("nol.xlsx", [["1.02.01", "Program Penunjang", 2500, 0, 300, 300]])):
        with pytest.raises(InputError, match=r"one column for 'realised', not 'Realisasi NPD' \(D1\), 'Realisasi LS' \(E1\), "
                                             r"'Realisasi Aktual' \(F1\)"):
            load_budget(make_workbook(tmp_path / name, {"Data": [head, *body]}))


def test_of_columns_one_header_names_the_one_whose_cells_fit_and_the_state_now_are_read(tmp_path):
    """A nominatif (Basarnas): 'CPNS › GOL.', 'PANGKAT TERAKHIR › GOL.' and 'PANGKAT TERAKHIR › NO. / TGL SK' all read as
    golongan by their words; the SK numbers hold no golongan, and of the two that do, the last rank is the one now."""
    from lakip_lib.errors import InputError
    from lakip_lib.loading import load_staff
    from lakip_lib.presentation.explain import explain
    from workbooks import nip

    head = [["NIP", "NAMA", "CPNS", "PANGKAT TERAKHIR", None, "PENDIDIKAN"], [None, None, "GOL.", "GOL.", "NO. / TGL SK", None]]
    people = [[nip(1), "Budi", "II/a", "III/c", "SK 823/12/2019", "S1"],
              [nip(2, female=True), "Sari", "III/a", "III/d", "SK 823/40/2021", "S2"]]
    merged = {"Data": ["A1:A2", "B1:B2", "D1:E1", "F1:F2"]}
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Data": head + people}, merged=merged))
    assert staff.roster["golongan"].astype(str).tolist() == ["III/c", "III/d"]
    explained = explain("pegawai.xlsx", staff.recognition, lang="en")
    assert "'PANGKAT TERAKHIR › GOL.' → golongan (of the columns so headed, the one of the state now" in explained
    # the near miss: two columns that both hold golongan and say nothing of when are still a question for the user
    head[0][2:5] = ["GOL. I", "GOL. II", None]
    head[1][2:5] = [None, None, "NO. / TGL SK"]
    with pytest.raises(InputError, match=r"one column for 'golongan', not 'GOL. I' \(C2\), 'GOL. II' \(D2\)"):
        load_staff(make_workbook(tmp_path / "lagi.xlsx", {"Data": head + people},
                                 merged={"Data": ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "F1:F2"]}))


def test_of_columns_under_an_education_band_the_one_whose_cells_are_levels_is_the_education(tmp_path):
    """Kemenag's DUK: 'PENDIDIKAN TERAKHIR › NAMA | THN | JML JAM' — the year of graduation and the column the view
    fills with the jenjang both read as education by their band; only the jenjang's cells are levels. Near miss: two
    columns of levels under one band (the first and the last) stay a question for the user."""
    from lakip_lib.errors import InputError
    from lakip_lib.loading import load_staff
    from workbooks import nip

    head = [["NIP", "NAMA", "PENDIDIKAN TERAKHIR", None, None, "GOL"], [None, None, "NAMA", "THN", "JML JAM", None]]
    people = [[nip(1), "Budi", "UNIVERSITAS INDONESIA", 2005, "S1", "III/c"],
              [nip(2, female=True), "Sari", "MAN 2 JAKARTA", 1996, "SLTA", "II/c"]]
    merged = {"Data": ["A1:A2", "B1:B2", "C1:E1", "F1:F2"]}
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Data": head + people}, merged=merged))
    assert staff.roster["education"].astype(str).tolist() == ["S1", "SMA"]
    for person, first in zip(people, ["SMA", "SMP"]):
        person[3] = first
    # (NAMA under the band is a candidate too since it may hold the level: PENDIDIKAN › NAMA in a DUK)
    with pytest.raises(InputError, match=r"one column for 'education', not 'PENDIDIKAN TERAKHIR › NAMA' \(C2\), "
                                         r"'PENDIDIKAN TERAKHIR › THN' \(D2\), 'PENDIDIKAN TERAKHIR › JML JAM' \(E2\)"):
        load_staff(make_workbook(tmp_path / "lagi.xlsx", {"Data": head + people}, merged=merged))


def test_with_no_nip_column_the_one_nip_in_each_name_cell_is_read_with_a_note(tmp_path):
    """Kemenag's DUK: the name, then 'old NIP / new NIP' on the next line. Near miss: a cell with two 18-digit NIPs
    (whose is which?) leaves the roster without a NIP column, refused as before."""
    from lakip_lib.errors import InputError
    from lakip_lib.loading import load_staff
    from lakip_lib.presentation.explain import explain
    from workbooks import nip

    head = [["NO", "NAMA", "GOL/ RUANG", "PENDIDIKAN"]]
    people = [[1, f"Dr. AHMAD, M.Ag\n150001680 / {nip(1)}", "IV/c", "S3"],
              [2, f"SITI AMINAH, S.Ag\n- / {nip(2, female=True)}", "IV/a", "S2"]]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"DUK": head + people}))
    assert staff.roster[["nip", "name", "gender"]].values.tolist() == [
        [nip(1), "Dr. AHMAD, M.Ag", "Laki-laki"], [nip(2, female=True), "SITI AMINAH, S.Ag", "Perempuan"]]
    found = staff.notes[staff.notes["check"].eq("nip_in_name")]
    assert found["message"].tolist() == ["Tidak ada kolom NIP: NIP tiap pegawai dibaca dari sel kolom 'NAMA', yang memuat "
                                         "nama dan satu NIP 18 digit (NIP lama 9 digit di sampingnya tidak dibaca)"]
    assert "B1  'NAMA' → nip (no NIP column" in explain("pegawai.xlsx", staff.recognition, lang="en")
    people[1][1] = f"SITI AMINAH, S.Ag\n{nip(3)} / {nip(2, female=True)}"
    with pytest.raises(InputError, match="expected a column for 'nip'"):
        load_staff(make_workbook(tmp_path / "dua.xlsx", {"DUK": head + people}))


def test_a_header_stacking_fields_on_lines_is_read_from_the_same_line_of_its_cells(tmp_path):
    """A staffing application's print: 'GOL. RUANG ⏎ T.M.T' over 'III/b ⏎ 01/04/2015', 'MASA KERJA ⏎ JENIS KELAMIN ⏎
    AGAMA' over '11 Tahun ⏎ Laki-laki ⏎ Islam': each field from the line its header line stands at. Near misses: a
    header of one line over cells of several keeps the cells whole; a cell of another number of lines than its header is
    refused naming it, not read from a guessed line."""
    from lakip_lib.loading import load_staff
    from lakip_lib.presentation.explain import explain
    from workbooks import nip

    head = [["NO", "NAMA", "NIP", "GOL. RUANG\nT.M.T", "MASA KERJA\nJENIS KELAMIN\nAGAMA", "PENDIDIKAN"]]
    people = [[1, "Ani", nip(1, female=True), "III/b\n01/04/2015", "11 Tahun\nPerempuan\nIslam", "S1\nIlmu Hukum"],
              [2, "Budi", nip(2), "III/a\n01/10/2016", "9 Tahun\nLaki-laki\nIslam", "D3\nAkuntansi"]]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Nominatif": head + people}))
    assert staff.roster[["golongan", "gender", "education"]].values.tolist() == [["III/b", "Perempuan", "S1"],
                                                                                 ["III/a", "Laki-laki", "D3"]]
    assert "E1  'MASA KERJA JENIS KELAMIN AGAMA' → gender (the header stacks" in explain("pegawai.xlsx", staff.recognition,
                                                                                         lang="en")
    people.append([3, "Citra", nip(3, female=True), "III/a\n01/10/2016", "8 Tahun\nPerempuan", "S1"])
    with pytest.raises(InputError, match=r"(?s)1 problem .* cell E4, column 'MASA KERJA JENIS KELAMIN AGAMA': got '8 Tahun\\nPerempuan'"):
        load_staff(make_workbook(tmp_path / "dua.xlsx", {"Nominatif": head + people}))


def test_a_training_column_is_never_the_post_the_golongan_or_the_education():
    """'DIKLAT JABATAN TERAKHIR' beside 'JABATAN TERAKHIR', 'Pelatihan Jabatan Fungsional', 'Kursus Pendidikan' name a
    training, which the kit does not model. Near misses: the post, the golongan and the education headed as always."""
    v = vocabulary("staff")
    for path in [("DIKLAT JABATAN TERAKHIR",), ("Diklat Pangkat",), ("DIKLAT", "JABATAN TERAKHIR"), ("Kursus Pendidikan",),
                 ("Pelatihan Jabatan Fungsional",)]:
        assert match_path(path, v) is None, path
    assert [match_path(p, v).name for p in [("JABATAN TERAKHIR T.M.T",), ("GOL. RUANG",), ("PENDIDIKAN UMUM TERAKHIR",)]] \
        == ["position", "golongan", "education"]


def test_a_number_of_sixteen_digits_under_a_nip_or_nuptk_header_is_no_civil_servant(tmp_path):
    """A school's report: 'NAMA ⏎ NIP / NUPTK' over the name and the NIP, or the NUPTK (16 digits) or a dash for a teacher
    who is no civil servant; their golongan printed ' / '. Those people are set aside as non-ASN. Near miss: a line of
    17 digits is a NIP mistyped, refused naming the cell."""
    from lakip_lib.loading import load_staff
    from workbooks import nip

    head = [["NO", "NAMA\nNIP / NUPTK", "L/P", "GOL/RUANG"]]
    people = [[1, f"Sri\n{nip(1, female=True)}", "P", "III / c"], [2, "Nur\n1342766667300023", "P", " / "],
              [3, "Agus\n-", "L", "-/-"]]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Personalia": head + people}))
    assert staff.roster[["nip", "golongan"]].values.tolist() == [[nip(1, female=True), "III/c"]]
    assert "Non-ASN 2" in " ".join(staff.notes["message_en"])
    people[2][1] = "Agus\n19930621202207100"
    with pytest.raises(InputError, match=r"cell B4, column 'NAMA NIP / NUPTK': got '19930621202207100'"):
        load_staff(make_workbook(tmp_path / "salah.xlsx", {"Personalia": head + people}))


def test_a_header_naming_two_fields_is_the_second_when_another_column_is_the_first_by_its_own_header(tmp_path):
    """A kindergarten's report: 'PANGKAT/JABATAN' holding the post only ('Guru', 'Kepala TK') beside 'GOL/RUANG', and
    the education under 'IJASAH TERAKHIR'. Near miss: 'PANGKAT/JABATAN' holding pangkat and golongan is no post."""
    from lakip_lib.loading import load_staff
    from lakip_lib.presentation.explain import explain
    from workbooks import nip

    head = [["NIP", "NAMA", "GOL/RUANG", "PANGKAT/JABATAN", "IJASAH TERAKHIR"]]
    people = [[nip(1, female=True), "Sri", "III/c", "Kepala TK", "S1"], [nip(2, female=True), "Endang", "III/b", "Guru", "D2"]]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Personalia": head + people}))
    assert staff.roster[["position", "position_type", "education"]].values.tolist() == [
        ["Kepala TK", "Fungsional", "S1"], ["Guru", "Fungsional", "D2"]]
    assert "D1  'PANGKAT/JABATAN' → position (the header names two fields" in explain("pegawai.xlsx", staff.recognition,
                                                                                    lang="en")
    people = [[*p[:3], f"Penata, {p[2]}", p[4]] for p in people]
    staff = load_staff(make_workbook(tmp_path / "pangkat.xlsx", {"Personalia": head + people}))
    assert "position" not in staff.roster.columns or staff.roster["position"].isna().all()


def test_a_paged_print_with_title_lines_letter_spaced_headers_and_page_totals_is_one_roster(tmp_path):
    """A payroll print: each page repeats the title, a line 'UNIT ORGANISASI: …' beside 'TGL PROSES: …', the header
    with its words one letter a line ('G⏎O⏎L⏎O⏎N⏎G⏎A⏎N') and closes with 'JUMLAH LEMBAR KE :n'; name and 'NIP. …' share
    one cell under NAMA over NIP. Near misses: a band level of plain labels is a level, 'L P' no spaced word, 'Jumlah
    Lembar Saham' no page total (doctests); title lines of other values over the header again head another block (an
    inventory room by room, test_loading)."""
    from lakip_lib.loading import load_staff
    from lakip_lib.presentation.explain import explain
    from workbooks import nip

    def page(people: list[tuple[int, str]], n: int) -> list[list]:
        return [["DAFTAR PEMBAYARAN TUNJANGAN KINERJA\nBULAN : SEPTEMBER 2024"],
                ["UNIT ORGANISASI: BIRO UMUM", None, None, None, None, "TGL PROSES: 30-09-2024"],
                ["NO", "NAMA", "\nG\nO\nL\nO\nN\nG\nA\nN", "SUSUNAN KELUARGA", None,
                 "K\nE\nL\nA\nS\n\nJ\nA\nB\nA\nT\nA\nN"],
                [None, "NIP", None, "STATUS KAWIN", "JUMLAH ANAK", None],
                *[[k, f"Orang {k}\nNIP. {nip(k)}", gol, "K1", 1, 7] for k, gol in people],
                [f"JUMLAH LEMBAR KE :{n}", None, None, None, None, None]]

    rows = page([(1, "III/c"), (2, "IV/a")], 1) + page([(3, "II/c")], 2)
    merged = [m for r in (3, 10) for m in (f"D{r}:E{r}", *(f"{c}{r}:{c}{r + 1}" for c in "ACF"))]
    staff = load_staff(make_workbook(tmp_path / "tukin.xlsx", {"Tukin": rows}, merged={"Tukin": merged}))
    assert staff.roster[["nip", "golongan"]].values.tolist() == [[nip(1), "III/c"], [nip(2), "IV/a"], [nip(3), "II/c"]]
    said = explain("tukin.xlsx", staff.recognition, lang="en")
    assert "C4  'GOLONGAN' → golongan" in said and "'KELAS JABATAN'" in said and "8 (title), 9 (title)" in said


def test_with_no_nip_header_the_one_column_of_nips_is_the_nip_and_its_local_numbers_are_non_asn(tmp_path):
    """SIMRS Khanza keys staff by its 'NIK' (Nomor Induk Karyawan): the NIP for civil servants, a local number for the
    contract staff, whose rows name their status (KTR, HON) and are set aside as non-ASN. Near misses: a local number
    in a row that names no non-ASN status is refused, not dropped; two columns of NIPs (the spouse's) stay a question."""
    from lakip_lib.errors import InputError
    from lakip_lib.loading import load_staff
    from lakip_lib.presentation.explain import explain
    from workbooks import nip

    head = [["NIK", "Nama", "J.K.", "Status Karyawan"]]
    people = [[nip(1), "A", "Pria", "PNS"], [nip(2, female=True), "B", "Wanita", "PNS"], ["BLUD.2019.007", "C", "Wanita", "KTR"],
              ["BLUD.2020.008", "D", "Pria", "HON"]]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Pegawai": head + people}))
    assert staff.roster["nip"].tolist() == [nip(1), nip(2, female=True)]
    assert "Kontrak 1, Honorer 1" in " ".join(staff.notes["message_en"])
    assert "A1  'NIK' → nip (no NIP header" in explain("pegawai.xlsx", staff.recognition, lang="en")
    people[3][3] = "Tetap"
    with pytest.raises(InputError, match=r"cell A5, column 'NIK': got 'BLUD.2020.008'"):
        load_staff(make_workbook(tmp_path / "tetap.xlsx", {"Pegawai": head + people}))
    spouse = [[*head[0], "NIK Suami/Istri"], *[[*p, nip(9)] for p in people[:2]]]
    with pytest.raises(InputError, match="expected a column for 'nip'"):
        load_staff(make_workbook(tmp_path / "pasangan.xlsx", {"Pegawai": spouse}))


def test_a_nip_column_holding_names_beside_the_one_column_of_nips_is_read_swapped_with_a_warning(tmp_path):
    """A print template that writes each row's NIP under 'NAMA PNS' and the name under 'NIP': the NIP and the name are
    read from each other's column, with a warning naming both headers. Near misses: a NIP column with some bad NIPs
    stays a value problem naming its cells; two other columns of NIPs (the spouse's) leave the NIP column as headed."""
    from lakip_lib.errors import InputError
    from lakip_lib.loading import load_staff
    from lakip_lib.presentation.explain import explain
    from workbooks import nip

    head = [["NO.", "NAMA PNS", "NIP", "GOLONGAN"]]
    people = [[1, nip(1), "Agus, S.Pd", "III/c"], [2, nip(2, female=True), "Dewi, S.Pd", "III/b"],
              [3, nip(3), "Budi", "II/c"]]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Usulan": head + people}))
    assert staff.roster["nip"].tolist() == [nip(1), nip(2, female=True), nip(3)]
    assert staff.roster["name"].tolist() == ["Agus, S.Pd", "Dewi, S.Pd", "Budi"]
    warned = staff.notes[staff.notes["check"].eq("nip_headers_swapped")]
    assert warned["severity"].tolist() == ["warning"]
    assert warned["message"].iloc[0].startswith("Kolom berjudul 'NIP' tidak memuat satu NIP pun, sedangkan kolom 'NAMA PNS' "
                                                "berisi NIP 18 digit")
    text = explain("pegawai.xlsx", staff.recognition, lang="en")
    assert "B1  'NAMA PNS' → nip (the headers of the NIP column and this one are swapped" in text
    assert "C1  'NIP' → name (the headers" in text

    mistyped = [[1, "Agus, S.Pd", nip(1), "III/c"], [2, "Dewi, S.Pd", "Dewi", "III/b"], [3, "Budi", nip(3)[:-1], "II/c"]]
    with pytest.raises(InputError, match=r"cell C3, column 'NIP': got 'Dewi'"):
        load_staff(make_workbook(tmp_path / "salah.xlsx", {"Usulan": head + mistyped}))
    spouse = [[*head[0], "NIP Suami/Istri"], *[[*p, nip(9)] for p in people]]
    with pytest.raises(InputError, match=r"cell C2, column 'NIP': got 'Agus, S.Pd'"):
        load_staff(make_workbook(tmp_path / "pasangan.xlsx", {"Usulan": spouse}))


def test_of_name_columns_the_one_that_names_each_row_apart_and_not_under_a_group_is_the_name(tmp_path):
    """PDDikti: 'nama_sdm' beside 'nama_status_pegawai' (PNS, NON PNS repeat); Basarnas: 'NAMA' beside 'KURSUS /
    DIKLAT › NAMA DIKLAT'. Near miss: two top-level name columns whose cells are all distinct stay a question."""
    from lakip_lib.errors import InputError
    from lakip_lib.loading import load_staff
    from workbooks import nip

    names = ["Ani", "Budi", "Citra", "Dodi", "Eka", "Fajar"]
    people = [(nip(k, female=k % 2 == 0), names[k - 1], "PNS" if k < 4 else "NON PNS", "III/a") for k in range(1, 7)]
    rows = [["nip", "nama_sdm", "nama_status_pegawai", "gol"], *[list(p) for p in people]]
    staff = load_staff(make_workbook(tmp_path / "a.xlsx", {"Data": rows}))
    assert staff.roster["name"].tolist() == [p[1] for p in people]

    band = [["NIP", "NAMA", "DIKLAT", "GOL"], [None, None, "NAMA DIKLAT", None]]
    rows = band + [[p[0], p[1], f"Diklat SAR {'ABCDEF'[k]}", p[3]] for k, p in enumerate(people)]
    merged = {"Data": ["A1:A2", "B1:B2", "D1:D2"]}
    staff = load_staff(make_workbook(tmp_path / "b.xlsx", {"Data": rows}, merged=merged))
    assert staff.roster["name"].tolist() == [p[1] for p in people]

    rows = [["NIP", "NAMA DEPAN", "NAMA BELAKANG", "GOL"], *[[p[0], p[1], f"Putri {'ABCDEF'[k]}", p[3]] for k, p in enumerate(people)]]
    with pytest.raises(InputError, match=r"one column for 'name', not 'NAMA DEPAN' \(B1\), 'NAMA BELAKANG' \(C1\)"):
        load_staff(make_workbook(tmp_path / "c.xlsx", {"Data": rows}))


def _lra(rows: list[list], numbers: list[str] | None = None) -> list[list]:
    """A ministry LRA by account: the two header rows, the column numbers, then ``rows`` (code, name, revised budget,
    spent, refunds, net, %)."""
    head = [["KODE", "URAIAN", "ANGGARAN SETELAH REVISI", "REALISASI BELANJA", None, None, "%REALISASI ANGGARAN"],
            [None, None, None, "BELANJA", "PENGEMBALIAN BELANJA", "BELANJA NETTO", None]]
    return [*head, numbers or ["1", "2", "4", "5", "6", "7=5+6", "8=5/4"], *rows]


def test_account_codes_nest_by_prefix_and_a_groups_total_row_is_checked_against_the_group(tmp_path):
    from lakip_lib.loading.recognise.rows import is_total_label

    rows = [["51", "Belanja pegawai", 500, 480, -10, 470, "96.00"],
            ["511111", "Belanja gaji pokok", 300, 290, -10, 280, "96.67"],
            ["511121", "Belanja tunjangan", 200, 190, 0, 190, "95.00"],
            [None, "Jumlah kelompok belanja 51", 500, 480, -10, 470, "96.00"],
            ["52", "Belanja barang", 100, 90, 0, 90, "90.00"],
            ["521111", "Belanja keperluan perkantoran", 100, 90, 0, 90, "90.00"],
            [None, "Jumlah kelompok belanja 52", 100, 90, 0, 80, "90.00"]]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"LRA": _lra(rows)}))
    assert loaded.rows[["code", "level", "parent", "budget", "realised"]].values.tolist() == [
        ["51", "program", None, 500, 470], ["511111", "kegiatan", "51", 300, 280], ["511121", "kegiatan", "51", 200, 190],
        ["52", "program", None, 100, 90], ["521111", "kegiatan", "52", 100, 90]]
    assert loaded.stated_totals.empty  # each group's total row is its group's, not the table's
    mismatch = loaded.notes[loaded.notes["check"].eq("sum_mismatch")]
    assert mismatch["message_en"].tolist() == ["Jumlah kelompok belanja 52: the stated realisation 80 is not the realisation "
                                               "of row 52's 90"]
    # the % is Belanja over the budget ('8=5/4'), not the net realisation read: set aside, not checked
    assert loaded.notes.loc[loaded.notes["check"].eq("pct_other_columns"), "location"].tolist() == ["anggaran.xlsx:LRA!G2"]
    assert loaded.rows["stated_pct"].isna().all()
    # near misses: a numbering 1 … 10 does not nest ('10' is no child of '9'), a '%' of the net realisation is checked,
    # a label naming a group by a word no budget uses is no total
    numbered = [[str(n), f"Program {n}", 100, 90, 0, 90, "90.00"] for n in range(1, 11)]
    loaded = load_budget(make_workbook(tmp_path / "dua.xlsx", {"LRA": _lra(numbered, ["1", "2", "4", "5", "6", "7", "8=7/4"])}))
    assert loaded.rows["level"].eq("program").all() and loaded.rows["stated_pct"].eq(90).all()
    assert not loaded.notes["check"].eq("pct_other_columns").any()
    assert not is_total_label("Jumlah Kelompok Tani 12")


def test_a_label_merged_over_exactly_the_categories_below_it_is_their_group_not_a_title(tmp_path):
    from lakip_lib.loading import load_staff

    def counts(rows: list[list], merged: list[str], header: tuple[int, int] | None = None) -> dict[str, float]:
        path = make_workbook(tmp_path / "pegawai.xlsx", {"S": rows}, merged={"S": merged})
        staff = load_staff(path)
        assert header is None or staff.recognition[0].header_rows == header
        return dict(zip(staff.summaries["category"], staff.summaries["count"]))

    # 'Golongan' alone on its row over I … IV, one row of counts: a summary by golongan group, with a Jumlah beside it
    assert counts([["Rekap Pegawai 2024"], [], ["Golongan", None, None, None], ["I", "II", "III", "IV"], [2, 5, 10, 3]],
                  ["A3:D3"]) == {"I": 2, "II": 5, "III": 10, "IV": 3}
    assert counts([["Golongan", None, None, None, "Jumlah"], ["I", "II", "III", "IV", None], [2, 5, 10, 3, 20]],
                  ["A1:D1", "E1:E2"], (1, 2)) == {"I": 2, "II": 5, "III": 10, "IV": 3}
    # near misses: merged over more columns than the categories, or over three of four, the label is a title as before,
    # over the categories with no label (a summary across, read by its categories alone)
    assert counts([["Golongan", None, None, None, None], ["I", "II", "III", "IV", None], [2, 5, 10, 3, None]], ["A1:E1"],
                  (2, 2)) == {"I": 2, "II": 5, "III": 10, "IV": 3}
    assert counts([["Golongan", None, None, None], ["I", "II", "III", "IV"], [2, 5, 10, 3]], ["A1:C1"],
                  (2, 2)) == {"I": 2, "II": 5, "III": 10, "IV": 3}


def test_a_summary_across_with_no_group_label_is_read_by_its_categories_and_its_jumlah_checked(tmp_path):
    """A thesis quotes the education table as one row of counts under its levels, no label over them ('Pascasarjana
    (S2) | Sarjana (S1) | Sarjana Muda | SLTA | SLTP | Jumlah'): the same table as under 'Pendidikan'. Near misses: a
    column of unit names left of the levels keeps them a table by unit (its column sums), and levels over marks
    (a roster's one tick per person) are no counts."""
    from lakip_lib.loading import load_staff

    head = ["Pascasarjana (S2)", "Sarjana (S1)", "Sarjana Muda", "SLTA", "SLTP", "Jumlah"]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"S": [["Tabel 4.5 Tingkat Pendidikan"], head,
                                                                       [4, 18, 11, 46, 0, 79], ["Sumber: Kantor"]]}))
    summaries = staff.summaries
    assert dict(zip(summaries["category"], summaries["count"])) == {"S2": 4, "S1": 18, "D3": 11, "SMA": 46, "SMP": 0}
    assert set(summaries["dimension"]) == {"education"} and staff.notes.empty
    staff = load_staff(make_workbook(tmp_path / "salah.xlsx", {"S": [head, [4, 18, 11, 46, 0, 80]]}))
    assert staff.notes["check"].tolist() == ["sum_mismatch"]

    staff = load_staff(make_workbook(tmp_path / "unit.xlsx", {"S": [["Unit Kerja", *head], ["Kantor", 4, 18, 11, 46, 0, 79],
                                                                   ["TPI", 1, 2, 0, 5, 0, 8]]}))
    assert dict(zip(staff.summaries["category"], staff.summaries["count"])) == {"S2": 5, "S1": 20, "D3": 11, "SMA": 51, "SMP": 0}
    assert staff.notes["check"].tolist() == ["rows_not_modelled"]
    with pytest.raises(InputError, match="expected a header row"):
        load_staff(make_workbook(tmp_path / "tanda.xlsx", {"S": [head[:4], [1, None, None, None], [None, 1, None, None],
                                                                 [None, None, None, 1]]}))


def test_a_count_split_between_a_staff_group_and_the_others_is_checked_against_its_jumlah(tmp_path):
    """'Pegawai Teknis | Pegawai Non Teknis | Jumlah' by golongan: a grouping the kit does not model, whose two columns
    are the parts of each row's Jumlah, each row checked (total row too) and said in the record. Near misses: two
    groups that are not one and its complement stay columns not used; PNS | PPPK is a table by status, as before."""
    from lakip_lib.loading import load_staff
    from lakip_lib.presentation.explain import explain

    head = ["No.", "Golongan", "Pegawai Teknis", "Pegawai Non Teknis", "Jumlah"]
    rows = [head, [1, "III/a", 3, 2, 5], [2, "III/b", 4, 1, 5], ["Jumlah", None, 7, 3, 10]]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"S": rows}))
    assert dict(zip(staff.summaries["category"], staff.summaries["count"])) == {"III/a": 5, "III/b": 5}
    assert staff.notes.empty
    assert "C1  'Pegawai Teknis' → part of count: 'Pegawai Teknis' + 'Pegawai Non Teknis' = Jumlah, checked" \
        in explain("pegawai.xlsx", staff.recognition, lang="en")
    assert "bagian dari count" in explain("pegawai.xlsx", staff.recognition, lang="id")
    rows[2][4], rows[3][4] = 6, 11
    staff = load_staff(make_workbook(tmp_path / "salah.xlsx", {"S": rows}))
    mismatched = staff.notes[staff.notes["check"].eq("sum_mismatch")]
    assert mismatched["location"].tolist() == ["salah.xlsx:S!E3", "salah.xlsx:S!E4"]
    assert mismatched["message_en"].iloc[0] == ("This row's 'Pegawai Teknis' + 'Pegawai Non Teknis' add up to 5, not its "
                                                "stated total 6")

    rows = [["No.", "Golongan", "Pegawai Teknis", "Pegawai Administrasi", "Jumlah"], [1, "III/a", 3, 2, 5], [2, "III/b", 4, 1, 6]]
    staff = load_staff(make_workbook(tmp_path / "lain.xlsx", {"S": rows}))
    assert staff.notes["check"].tolist() == ["columns_unused"]
    rows = [["No.", "Golongan", "PNS", "PPPK", "Jumlah"], [1, "III/a", 3, 2, 5], [2, "III/b", 4, 1, 6]]
    staff = load_staff(make_workbook(tmp_path / "status.xlsx", {"S": rows}))
    assert set(staff.summaries["dimension"]) == {"golongan", "status"}
    assert staff.notes["check"].tolist() == ["sum_mismatch"]


def test_categories_across_beside_one_unnamed_column_of_labels_are_read_as_their_dimension_summed_over_rows(tmp_path):
    """A school page's card 'NO | JENIS GTK | SLTA | DI | DII | DIII | S1 | S2 | S3' (or '… | PNS | PPPK | HONORER
    SEKOLAH'), no total: the columns each name a category of one dimension over rows of a grouping no header spelling
    names, so the column sums are the table by that dimension (the school's honorer counted aside, not ASN). Near
    misses: a column of counts that is no category (its people would drop out of the sums), columns of years, and two
    columns of labels left of the categories stay refused as before."""
    from lakip_lib.loading import load_staff

    def summaries(name: str, rows: list[list]):
        return load_staff(make_workbook(tmp_path / name, {"S": [["Jumlah GTK"], *rows]})).summaries

    body = [[1, "Guru Mapel", 0, 1, 2, 14, 3], [2, "Tenaga Administrasi", 3, 0, 2, 1, 0]]
    read = summaries("pendidikan.xlsx", [["NO", "JENIS GTK", "SLTA", "DI", "DIII", "S1", "S2"], *body])
    read = read[read["dimension"] == "education"]  # the rows' kinds read as jenis jabatan besides: a cross-table
    assert dict(zip(read["category"], read["count"])) == {"SMA": 3, "D1": 1, "D3": 4, "S1": 15, "S2": 3}
    read = summaries("status.xlsx", [["NO", "JENIS GTK", "PNS", "PPPK", "HONORER SEKOLAH"], [1, "Guru Mapel", 9, 6, 5],
                                     [2, "Penjaga Sekolah", 0, 0, 2]])
    read = read[read["dimension"] == "status"]
    assert dict(zip(read["category"], read["count"])) == {"PNS": 9, "PPPK": 6}

    for name, head in [("lainnya.xlsx", ["NO", "JENIS GTK", "SLTA", "DI", "DIII", "S1", "Lainnya"]),
                       ("tahun.xlsx", ["NO", "JENIS GTK", "2020", "2021", "2022", "2023", "2024"])]:
        with pytest.raises(InputError, match="expected a header row"):
            summaries(name, [head, *body])
    with pytest.raises(InputError, match="expected a header row"):
        summaries("dua.xlsx", [["JENIS GTK", "SEKOLAH", "SLTA", "DI", "DIII", "S1"],
                               ["Guru Mapel", "SMP 1", 0, 1, 2, 14], ["Tenaga Administrasi", "SMP 1", 3, 0, 2, 1]])


def test_permendagri_90_accounts_alone_are_read_as_accounts_and_said_so_not_as_permendagri_13_programs(tmp_path):
    from lakip_lib.loading.recognise.hierarchy import code_levels

    rows = [["Kode Rekening", "Uraian", "Pagu", "Realisasi"],
            ["5.1.02", "Belanja Barang dan Jasa", 300, 250],
            ["5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", 100, 90],
            ["5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 200, 160]]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"Rekening": rows}))
    assert loaded.rows[["code", "level", "parent"]].values.tolist() == [
        ["5.1.02", "program", None], ["5.1.02.01.01.0024", "kegiatan", "5.1.02"], ["5.1.02.04.01.0001", "kegiatan", "5.1.02"]]
    said = loaded.notes[loaded.notes["check"].eq("levels_from_codes")]
    assert said["message_en"].str.contains("Permendagri 90 account codes").tolist() == [True]
    assert code_levels(["5.1.02.01.01.0024", "4.1.01.06.01.0001"])[0].how == "account codes"
    # near misses: Permendagri 13 codes of six parts (two digits in the second place) stay programs, an account under
    # a Kepmendagri sub-kegiatan stays an account row below it, and an objek under no jenis of its own is refused
    assert code_levels(["1.20.1.20.13.01", "1.20.1.20.13.01.01"])[0].how == "permendagri13 codes"
    under = code_levels(["5.03.02.1.01.0005", "5.1.02.01.01.0024"])[0]
    assert (under.how, under.levels, under.roles) == ("kepmendagri codes", ["sub_kegiatan", None], ["level", "account"])
    assert code_levels(["5.1.02", "5.2.02.05.01.0005"]) == (None, "3, 6")


def test_an_accounts_name_column_and_the_net_realisation_beside_the_gross_one(tmp_path):
    rows = [["KODE", "NAMA AKUN", "ALOKASI DIPA", "REALISASI SPAN", "SISA", "%"], [1, 2, 3, 4, 5, 6],
            ["511161", "Beban Gaji Pokok PNS", 1000, 250, 750, "25.00"], ["512211", "Beban Uang Lembur", 100, 10, 90, "10.00"]]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"Belanja Pegawai": rows}))
    assert loaded.rows[["code", "name", "budget", "realised"]].values.tolist() == [
        ["511161", "Beban Gaji Pokok PNS", 1000, 250], ["512211", "Beban Uang Lembur", 100, 10]]
    # the near miss: the account's code column stays the code
    assert match_path(("Kode Akun",), vocabulary("budget")).name == "code"
    net = [["Uraian", "Anggaran", "Realisasi Bruto", "Pengembalian", "Realisasi Neto"], ["Program A", 100, 90, -5, 85]]
    assert load_budget(make_workbook(tmp_path / "neto.xlsx", {"R": net})).rows["realised"].tolist() == [85]
    # without a net column the one realisation is read, a refunds column beside it taking nothing from it
    gross = [["Uraian", "Anggaran", "Realisasi", "Pengembalian Belanja"], ["Program A", 100, 90, -5]]
    assert load_budget(make_workbook(tmp_path / "bruto.xlsx", {"R": gross})).rows["realised"].tolist() == [90]


def test_the_pagu_half_of_a_kinerja_and_pagu_band_is_no_value_of_the_indicator(tmp_path):
    """An RPJMD monitoring print: each year's Target, Realisasi and Capaian over Kinerja | Pagu."""
    rows = [["Indikator", "Satuan", "Target", None, "Realisasi", None, "Capaian", None],
            [None, None, 2024, None, 2024, None, 2024, None],
            [None, None, "Kinerja", "Pagu", "Kinerja", "Pagu", "Kinerja", "Pagu"],
            ["Indeks Pembangunan Manusia", "Indeks", 70, "138.500.000.000,00", 69.9, "131.210.000.000,00", "99.86%", "94.74%"]]
    merged = ["C1:D1", "E1:F1", "G1:H1", "C2:D2", "E2:F2", "G2:H2"]
    loaded = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"RPJMD": rows}, merged={"RPJMD": merged}), year=2024)
    values = loaded.values.set_index("kind")["value"]
    assert (values["target"], values["realisation"], values["stated_capaian"]) == (70, 69.9, 99.86)
    # the near miss: a Pagu column of its own, beside no Kinerja, is no half of a band and stays what it was
    assert not _money_half({0: ("Target",), 1: ("Pagu",)}, 1)


def test_a_printed_nominatif_reads_its_multi_line_cells_and_a_persons_further_diklat_lines(tmp_path):
    """A daftar nominatif printed to PDF and copied: NIP and karpeg in one cell, the CPNS rank beside the last one, the
    SK beside it under PANGKAT TERAKHIR, each further diklat on a row of its own under the person's merged cells."""
    from lakip_lib.errors import InputError
    from lakip_lib.loading import load_staff
    from workbooks import nip

    head = [["NO", "NAMA", "NIP / NRP \nKARPEG", "JK", "CPNS \nGOL. \nTMT", "PANGKAT TERAKHIR", None, "KURSUS / DIKLAT", None],
            [None, None, None, None, None, "GOL. TMT", "NO. / TGL SK", "NAMA DIKLAT", "THN"]]
    people = [[1, "HENDRA", f"{nip(1)}\nN.500137", "L", "Penata Muda\nIII/a\n01-03-2000", "Pembina\nIV/a\n01-04-2018",
               "KP.402/IV/2018\n15-03-2018", "Diklat SAR Dasar", 2001],
              [None, None, None, None, None, None, None, "Diklat Manajemen SAR", 2012],
              [2, "RINA", f"{nip(2, female=True)}\nP.500274", "P", "Pengatur\nII/c\n01-01-2008", "Penata\nIII/c\n01-10-2019",
               "KP.311/III/2019\n20-09-2019", None, None]]
    merged = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:G1", "H1:I1", *[f"{c}3:{c}4" for c in "ABCDEFG"]]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Nominatif": head + people}, merged={"Nominatif": merged}))
    assert staff.roster[["nip", "name", "golongan", "gender"]].values.tolist() == [
        [nip(1), "HENDRA", "IV/a", "Laki-laki"], [nip(2, female=True), "RINA", "III/c", "Perempuan"]]
    assert (4, "further line of the person above") in staff.recognition[0].skipped_rows
    # near misses: the further line without the merge over it is no part of anyone (its empty NIP is a problem), and
    # a cell of two NIPs names neither
    with pytest.raises(InputError) as refused:
        load_staff(make_workbook(tmp_path / "lepas.xlsx", {"Nominatif": head + people}, merged={"Nominatif": merged[:7]}))
    assert "cell C4, column 'NIP / NRP KARPEG': expected an 18-digit NIP (the cell is empty)" in str(refused.value)
    two = [*people[:1], [3, "BUDI", f"{nip(3)}\n{nip(4)}", "L", None, "Penata\nIII/c\n01-10-2019", None, None, None]]
    with pytest.raises(InputError) as refused:
        load_staff(make_workbook(tmp_path / "dua.xlsx", {"Nominatif": head + two}, merged={"Nominatif": merged[:7]}))
    assert "expected an 18-digit NIP (this has 36 digits)" in str(refused.value)
    # a one-cell header of a field and what the further lines of its cells hold names the field; one such word does not
    staff = vocabulary("staff")
    assert match_path(("PENDIDIKAN \nTERAKHIR \nJURUSAN \nTHN LULUS",), staff).name == "education"
    assert match_path(("JABATAN TMT",), staff) is None


def test_the_l_and_p_row_under_the_column_numbers_ends_each_columns_path(tmp_path):
    """A university's dosen by jabatan fungsional: No. | Unit Kerja | Fungsional › <jabatan> | Jumlah, the column
    numbers, then 'Jenis Kelamin | L | P | …' under them."""
    from lakip_lib.loading import load_staff
    from lakip_lib.loading.recognise.rows import gender_cells

    rows = [["No.", "Unit Kerja", "Fungsional", None, None, None, None, None],
            [None, None, "Lektor", None, "Guru Besar", None, "Jumlah", None],
            ["1", "2", 3, None, 4, None, 5, None],
            [" ", "Jenis Kelamin", "L", "P", "L", "P", "L", "P"],
            [1, "Fakultas Ekonomi", 5, 5, 1, None, 6, 5],
            [2, "Fakultas Hukum", 3, 2, None, 1, 3, 3],
            [None, "TOTAL", 8, 7, 1, 1, 9, 8]]
    merged = ["A1:A2", "B1:B2", "C1:H1", "C2:D2", "E2:F2", "G2:H2", "C3:D3", "E3:F3", "G3:H3"]
    paths = column_paths(rows, 0, 1, [(0, 2, 0, 7), (1, 2, 1, 3), (1, 4, 1, 5), (1, 6, 1, 7)])
    assert paths[2] == ("Fungsional", "Lektor", "L") and paths[7] == ("Fungsional", "Jumlah", "P")
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Pegawai": rows}, merged={"Pegawai": merged}))
    genders = staff.summaries[staff.summaries["dimension"].eq("gender")]
    assert dict(zip(genders["category"], genders["count"])) == {"Laki-laki": 9, "Perempuan": 8}
    assert (4, "sexes") in staff.recognition[0].skipped_rows
    # near misses: a row of counts beside its sex is data, and so is a row whose L and P do not pair up
    assert gender_cells(["L", 12, "P", 9]) is None and gender_cells(["L", "L", "P", "L"]) is None


def test_two_month_bands_each_with_its_total_are_a_question_not_a_crash(tmp_path):
    """Found by tests/test_layout_variations.py: 'Realisasi › TW I | TW II | Jumlah' beside 'Realisasi › TW III |
    Jumlah' left no plain column, and the level rule indexed into an empty list (IndexError)."""
    from lakip_lib.errors import InputError

    rows = [["Indikator", "Target", "Realisasi", None, None, "Realisasi", None],
            [None, None, "TW I", "TW II", "Jumlah", "TW III", "Jumlah"], ["Indeks A", 80, 20, 30, 50, 10, 60]]
    path = make_workbook(tmp_path / "kinerja.xlsx", {"PK": rows}, merged={"PK": ["A1:A2", "B1:B2", "C1:E1", "F1:G1"]})
    with pytest.raises(InputError, match=r"one column for 'realisation', not 'Realisasi › TW I' \(C2\)"):
        load_indicators(path)


def test_the_two_parties_of_a_perjanjian_kinerja_under_its_program_budget_end_the_table(tmp_path):
    """The e-SAKIP print of a Perjanjian Kinerja closes with its parties, 'PIHAK KEDUA,' beside 'PIHAK KESATU,', over
    their offices and names: the signature block, not budget rows. Near misses: the words inside a longer name, or
    beside an amount, are no signature."""
    from lakip_lib.loading.recognise import is_signature

    rows = [["PROGRAM", None, "ANGGARAN"], ["1. Program Informasi dan Komunikasi Publik", None, "1.276.300.000"],
            ["2. Program Aplikasi Informatika", None, "2.105.450.000"], ["TOTAL", None, "Rp. 3.381.750.000"], [],
            ["PIHAK KEDUA,", None, "PIHAK KESATU,"], ["BUPATI PRINGSEWU", None, "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA"],
            [], ["BUDI SANTOSO", None, "ANDI WIJAYA, S.STP., MH"]]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"PK": rows}), year=2025)
    assert loaded.rows["name"].tolist() == ["Program Informasi dan Komunikasi Publik", "Program Aplikasi Informatika"]
    assert loaded.rows["budget"].tolist() == [1_276_300_000, 2_105_450_000]
    assert is_signature(["Pihak Pertama"])
    assert not is_signature(["Pihak kedua penyedia jasa"]) and not is_signature(["PIHAK KEDUA", 5_000_000])


def test_a_budget_by_unit_kerja_or_satker_names_its_rows_there_and_its_fisik_and_weighted_shares_are_no_realisation_pct(tmp_path):
    """A monev report of APBN funds by unit kerja: 'NAMA UNIT KERJA' names the rows, 'REALISASI (%) › FISIK' is the
    physical progress and 'PERSENTASE TERTIMBANG › KEUANGAN (%)' (bobot × realisation) no percentage of the realisation:
    the one stated is 'REALISASI (%) › KEUANGAN'. Near misses: the same words name a staff table's unit and a staff
    summary's category, a budget's responsible unit and an output's unit are no row names."""
    budget = vocabulary("budget")
    for path in [("Unit Kerja",), ("NAMA UNIT KERJA",), ("Satker",), ("Satuan Kerja",), ("Unit Eselon I",), ("ESELON 1",)]:
        assert getattr(match_path(path, budget), "name", None) == "name", path
    for path in [("Unit Kerja Penanggung Jawab",), ("INDIKATOR KERJA KELUARAN (OUTPUT)", "SATUAN")]:
        assert getattr(match_path(path, budget), "name", None) != "name", path
    assert match_path(("Unit Kerja",), vocabulary("staff")).name == "unit"
    assert match_path(("Satker",), vocabulary("summary")).name == "category"
    assert match_path(("REALISASI (%)", "FISIK"), budget).name == "physical"
    assert getattr(match_path(("PERSENTASE TERTIMBANG", "KEUANGAN (%)"), budget), "name", None) != "stated_pct"

    rows = [["NO", "NAMA UNIT KERJA", "JUMLAH DANA / DPA (RP)", "REALISASI KEUANGAN (RP)", "REALISASI (%)", None,
             "PERSENTASE TERTIMBANG", None],
            [None, None, None, None, "FISIK", "KEUANGAN", "FISIK (%)", "KEUANGAN (%)"],
            [1, "Bidang Ketersediaan Pangan", "1.850.000.000", "312.400.000", "20.00", "16.89", "8.21", "6.93"],
            [2, "Bidang Konsumsi Pangan", "965.000.000", "120.625.000", "12.50", "12.50", "2.87", "2.87"]]
    merged = {"APBN": ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1", "G1:H1"]}
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"APBN": rows}, merged=merged), year=2020)
    assert loaded.rows["name"].tolist() == ["Bidang Ketersediaan Pangan", "Bidang Konsumsi Pangan"]
    assert loaded.rows[["budget", "realised", "stated_pct"]].values.tolist() == [[1_850_000_000, 312_400_000, 16.89],
                                                                                  [965_000_000, 120_625_000, 12.5]]


def test_a_budget_realisation_band_of_k_and_f_reads_k_as_the_money_and_f_as_the_physical_progress(tmp_path):
    """'Realisasi › K | F' (keuangan | fisik) in a monev budget: F is the physical progress, never added to the money
    (it was: 800.000 + 75 read as 800.075, without a word). Near misses: an indicator band's 'K' is the kinerja half
    (the target), and an indicator table has no physical progress, so its 'F' names nothing."""
    budget, indicators = vocabulary("budget"), vocabulary("indicators")
    assert match_path(("Realisasi", "F"), budget).name == "physical"
    assert match_path(("Realisasi", "K"), budget).name == "realised"
    assert match_path(("Target 2024", "K"), indicators).name == "target"
    assert getattr(match_path(("Realisasi", "F"), indicators), "name", None) != "physical"

    rows = [["LAPORAN REALISASI FISIK DAN KEUANGAN", None, None, None, None],
            ["Kode", "Uraian", "Pagu", "Realisasi", None],
            [None, None, None, "K", "F"],
            ["1.02.02", "Program Pemenuhan Upaya Kesehatan", "1.000.000", "800.000", "75"],
            ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", "1.000.000", "800.000", "75"]]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"RFK": rows}, merged={"RFK": ["D2:E2"]}), year=2024)
    assert loaded.rows[["budget", "realised"]].values.tolist() == [[1_000_000, 800_000], [1_000_000, 800_000]]


def test_an_indicator_table_s_program_money_under_an_anggaran_band_is_no_value_of_the_indicator(tmp_path):
    """A Perjanjian Kinerja with its program's money beside the indicators ('Anggaran › Pagu | Realisasi'): the
    Realisasi there is rupiah, not the indicator's realisation (it was read as a second realisation, 900.000, of no
    year). Near misses: 'Target Kinerja dan Anggaran › Realisasi' names the performance too, and a K | Rp band's K half
    is the indicator's."""
    indicators = vocabulary("indicators")
    assert match_path(("Anggaran", "Realisasi"), indicators) is None
    assert match_path(("Target Kinerja dan Anggaran", "Realisasi"), indicators).name == "realisation"
    assert match_path(("Target Kinerja dan Anggaran", "K"), indicators).name == "target"

    rows = [["No", "Indikator", "2024", None, None, "Anggaran", None],
            [None, None, "Target", "Realisasi", "Capaian", "Pagu", "Realisasi"],
            [1, "Nilai SAKIP", 70, 72.3, "103,29", "500.000.000", "450.000.000"]]
    merged = {"PK": ["A1:A2", "B1:B2", "C1:E1", "F1:G1"]}
    loaded = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"PK": rows}, merged=merged), year=2024)
    assert loaded.values[["kind", "year", "value"]].values.tolist() == [["target", 2024, 70.0], ["realisation", 2024, 72.3],
                                                                         ["stated_capaian", 2024, 103.29]]
    assert "'Anggaran › Realisasi'" in loaded.notes.loc[loaded.notes["check"].eq("columns_unused"), "message_en"].iloc[0]


def test_a_budget_s_program_performance_under_a_kinerja_band_is_no_rupiah(tmp_path):
    """A budget with its program's performance beside the money ('Kinerja › Target | Realisasi', 'Anggaran › Pagu |
    Realisasi'): the kinerja Realisasi was added to the rupiah one (95 + 900 read as 995, silently). Near misses: a
    band naming money too ('Realisasi Fisik dan Keuangan › Realisasi') and a 'Capaian' band, which heads money as well
    ('Capaian › Realisasi | %'), stay the realisation."""
    budget = vocabulary("budget")
    assert match_path(("Kinerja", "Realisasi"), budget) is None
    assert match_path(("Realisasi Fisik dan Keuangan", "Realisasi"), budget).name == "realised"
    assert match_path(("Capaian", "Realisasi"), budget).name == "realised"

    rows = [["Kode", "Uraian", "Kinerja", None, "Anggaran", None], [None, None, "Target", "Realisasi", "Pagu", "Realisasi"],
            ["1.02.02", "Program Pemenuhan Upaya Kesehatan", "100", "95", "1.000.000", "900.000"],
            ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", "100", "95", "1.000.000", "900.000"]]
    merged = {"RFK": ["A1:A2", "B1:B2", "C1:D1", "E1:F1"]}
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"RFK": rows}, merged=merged), year=2024)
    assert loaded.rows[["budget", "realised"]].values.tolist() == [[1_000_000, 900_000], [1_000_000, 900_000]]


def test_a_budget_row_name_wrapped_onto_a_row_of_its_own_is_joined_and_said_in_the_record(tmp_path):
    """A program's name typed over two rows ('… Perorangan dan' then 'Upaya Kesehatan Masyarakat', or a line starting
    lower-case) with no amount on the second: the name is joined, the line recorded as skipped (`--explain`). Before,
    the name was cut, or the line was taken as a heading and the table refused. Near miss: a kegiatan row with no
    amount after a closed line stays a row of its own."""
    rows = [["No", "Program/Kegiatan", "Pagu", "Realisasi"],
            [1, "Program Pemenuhan Upaya Kesehatan Perorangan dan", "1.000", "900"], [None, "Upaya Kesehatan Masyarakat", None, None],
            [None, "Kegiatan Penyediaan Fasilitas Pelayanan", "1.000", "900"], [None, "bagi UKM dan UKP", None, None],
            [None, "Kegiatan Peningkatan Kapasitas SDM Kesehatan", None, None]]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"RFK": rows}), year=2024)
    assert loaded.rows["name"].tolist() == ["Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
                                            "Kegiatan Penyediaan Fasilitas Pelayanan bagi UKM dan UKP",
                                            "Kegiatan Peningkatan Kapasitas SDM Kesehatan"]
    assert [(row, render(role, "en")) for row, role in loaded.recognition[0].skipped_rows] == [(3, "continues the name on row 2"),
                                                                                               (5, "continues the name on row 4")]


def test_an_indicator_s_revised_target_is_read_beside_the_original(tmp_path):
    """A Perjanjian Kinerja revised during the year ('Target Awal | Target Perubahan'): the revised agreement is the one
    in force, as a budget's 'Sesudah Perubahan' is; it was refused as two target columns. Near misses: 'Target Akhir'
    is the Renstra's end target, never a revision, and two targets neither of which is revised stay a question."""
    rows = [["No", "Indikator", "Target Awal", "Target Perubahan", "Target Akhir Renstra", "Realisasi"],
            [1, "Nilai SAKIP", 70, 65, 80, 66]]
    loaded = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"PK": rows}), year=2024)
    assert loaded.values[["kind", "value"]].values.tolist() == [["target", 65.0], ["renstra_target", 80.0], ["realisation", 66.0]]
    from lakip_lib.errors import InputError

    rows = [["No", "Indikator", "Target PK", "Target IKU", "Realisasi"], [1, "Nilai SAKIP", 70, 65, 66]]
    with pytest.raises(InputError, match="one column for 'target'"):
        load_indicators(make_workbook(tmp_path / "kinerja2.xlsx", {"PK": rows}), year=2024)


def test_a_budget_s_totals_carried_over_a_page_turn_are_skipped_as_its_repeated_header_is(tmp_path):
    """A printed budget's page turn: 'Jumlah dipindahkan' at the foot of the page, the header again, 'Jumlah pindahan'
    at the head of the next; running totals, neither a row nor the table's total. They were taken as rows without a
    code and the table refused ('expected a code on every row'). Near misses: the grand total is still checked, and a
    kegiatan whose name holds 'pindah' ('Pemindahan Arsip') stays a row."""
    rows = [["Kode", "Uraian", "Pagu", "Realisasi"],
            ["1.02.02", "Program Pemenuhan Upaya Kesehatan", "1.000", "900"],
            ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", "600", "500"],
            [None, "Jumlah dipindahkan", "1.600", "1.400"], ["Kode", "Uraian", "Pagu", "Realisasi"],
            [None, "Jumlah pindahan", "1.600", "1.400"],
            ["1.02.02.2.02", "Pemindahan Arsip Dinas", "400", "400"], [None, "JUMLAH", "1.000", "950"]]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"RFK": rows}), year=2024)
    assert loaded.rows["code"].tolist() == ["1.02.02", "1.02.02.2.01", "1.02.02.2.02"]
    assert ("4", "total carried over a page turn") in [(str(r), why) for r, why in loaded.recognition[0].skipped_rows]
    assert ("6", "total carried over a page turn") in [(str(r), why) for r, why in loaded.recognition[0].skipped_rows]
    assert loaded.stated_totals["realised"].tolist() == [950.0]


def test_the_room_inventory_form_s_conditions_and_lot_count_are_read_as_such():
    """The KIR form (Lampiran 31 of the BMD forms): 'Kurang Baik (KB)' under Keadaan Barang is the lightly damaged,
    not good, and 'Jumlah Barang / Register' the lot's count, not a second code column (the form was refused). Near
    misses: 'Kurang' under JUMLAH is an insufficient count, 'Baik (B)' stays good. The Buku Inventaris: its register
    number beside the Kode Barang is no second code, its Keadaan Barang (B, RR, RB) the condition."""
    assets = vocabulary("assets")
    assert match_path(("Keadaan Barang", "Kurang Baik (KB)"), assets).name == "damaged"
    assert match_path(("Keadaan Barang", "Baik (B)"), assets).name == "good"
    assert match_path(("Jumlah Barang / Register x)",), assets).name == "quantity"
    assert match_path(("JUMLAH", "KURANG"), assets).name == "lacking"
    assert match_path(("No. Register",), assets).name == "register"
    assert match_path(("Nomor Kode Barang",), assets).name == "code"
    # the Buku Inventaris: its condition column, and columns that name the lot's origin or size, not the item
    assert match_path(("Keadaan Barang (B, RR, RB)",), assets).name == "condition"
    assert getattr(match_path(("Asal / Cara Perolehan Barang",), assets), "name", None) != "item"
    assert getattr(match_path(("Ukuran Barang / Konstruksi (P, SP, D)",), assets), "name", None) != "item"
    assert match_path(("Nama / Jenis Barang",), assets).name == "item"


def test_a_school_s_rooms_and_fields_name_the_item_and_a_count_in_pieces_is_the_quantity():
    """A school's facilities page: 'JENIS RUANGAN' or 'LAPANGAN' names each row's premises, 'JUMLAH (buah)' / 'Jumlah
    Unit' counts them (the field table was refused for want of its item, the room count left unread). Near misses: the
    rooms' condition and the field's size are no item."""
    assets = vocabulary("assets")
    for header in ("LAPANGAN", "Nama Ruangan", "JENIS RUANGAN"):
        assert match_path((header,), assets).name == "item", header
    for header in ("JUMLAH (buah)", "Jumlah Unit"):
        assert match_path((header,), assets).name == "quantity", header
    assert match_path(("KONDISI RUANGAN",), assets).name == "condition"
    assert getattr(match_path(("Luas Lapangan",), assets), "name", None) != "item"
    assert getattr(match_path(("Ukuran Ruangan",), assets), "name", None) != "item"


def test_an_asset_named_or_described_is_the_item_but_its_code_value_or_place_is_not():
    """Issue 11, thirteenth set: 'Deskripsi Obj' of a KIB web list, and 'Nama Aset' / 'Deskripsi Aset' of asset
    registers, name the item as 'Nama Barang' does. Near misses: the asset's code, value, place and count are no item."""
    assets = vocabulary("assets")
    for header in ("Deskripsi Obj", "Deskripsi Aset", "Nama Aset", "Aset", "Deskripsi Barang"):
        assert match_path((header,), assets).name == "item", header
    assert match_path(("Kode Aset",), assets).name == "code"
    for header in ("Jumlah Aset", "Nilai Aset", "Lokasi Aset", "Lokasi Barang", "Alamat Aset", "Tahun Perolehan Aset"):
        assert getattr(match_path((header,), assets), "name", None) != "item", header



def test_a_staff_count_under_a_band_of_needs_is_no_count_of_staff():
    """Thirty-third set: Formulir 1 prints the staff in post ('JUMLAH PNS KEADAAN … / RIIL' › JUMLAH) and then the
    same columns for the staff a workload analysis asks for ('JUMLAH KEBUTUHAN PNS BERDASARKAN ANALISIS BEBAN KERJA/
    ABK' › JUMLAH); read as a second count the needs were added to the staff. Near misses: the band of staff in post
    and a plain 'Jumlah' stay the count, and a roster's columns are not touched."""
    summary = vocabulary("summary")
    for path in (("JUMLAH KEBUTUHAN PNS BERDASARKAN ANALISIS BEBAN KERJA/ ABK", "JUMLAH"), ("Jumlah Kebutuhan",),
                 ("ABK", "Jumlah"), ("Kekurangan/Kelebihan",)):
        assert match_path(path, summary) is None, path
    for path in (("JUMLAH PNS KEADAAN SAMPAI DENGAN JANUARI 2020/ RIIL", "JUMLAH"), ("Jumlah",), ("Jumlah Pegawai",)):
        assert match_path(path, summary).name == "count", path
    assert match_path(("Nama",), vocabulary("staff")).name == "name"


def test_the_code_of_the_land_an_asset_stands_on_is_not_the_assets_code():
    """Thirty-third set: a KIB D (or C, F) prints 'Kode Tanah' / 'Nomor Kode Tanah', the code of the land RECORD the
    road or building stands on (Permendagri's KIB columns), beside the item's own 'Kode Barang'. Near misses: the item's
    code, however worded, stays the code, and a land register's own 'Kode Barang' too."""
    assets = vocabulary("assets")
    for header in ("Kode Tanah", "Nomor Kode Tanah"):
        assert getattr(match_path((header,), assets), "name", None) != "code", header
    for header in ("Kode Barang", "Kode Aset", "Kode", "Nomor Kode Barang"):
        assert match_path((header,), assets).name == "code", header

def test_cards_of_a_label_and_its_value_in_one_cell_are_no_header_and_the_sheet_is_refused_for_want_of_one(tmp_path):
    """A dashboard's NKO cards copied into a sheet: 'Target : 70%' and 'Realisasi : 98.2%' under each IKU code are data
    with their labels, not column names. Near misses: a header naming a period with a colon ('Tahun : 2024') and a
    header with a unit ('Realisasi (%)') stay header cells."""
    from lakip_lib.errors import InputError

    assert not is_header_like(["Target : 70%", "Target : 4.38", "Target : 3"])
    assert not is_header_like(["Realisasi : 98.2%", "Realisasi: 100 %"])
    assert is_header_like(["Indikator", "Tahun : 2024", "Realisasi (%)"])
    rows = [["Nilai Kinerja Organisasi 2019"], [], ["IKU 1a-CP", "IKU 1b-CP", "IKU 2a-CP"], ["120", "120", "105.2"],
            ["Target : 70%", "Target : 75%", "Target : 4.38"], ["Realisasi : 90%", "Realisasi : 98.2%", "Realisasi : 4.6"]]
    with pytest.raises(InputError, match="expected a header row"):
        load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"NKO": rows}), year=2019)


def test_a_percentage_under_each_group_of_a_band_is_the_total_groups_and_a_last_row_adding_up_the_rest_is_the_total(tmp_path):
    """A kementerian's realisation by eselon I: PEGAWAI | BARANG | TOTAL each over PAGU | REAL | %, closed by a row
    'KEMNAKER' merged over NO and ESELON 1. The row's percentage is the TOTAL group's, and the closing row, which adds
    up every row above, is the stated total. Near misses: the same band without a TOTAL group leaves the percentages a
    question, and a last row that does not add up the others is a unit of its own."""
    from lakip_lib.errors import InputError

    head = [["NO", "ESELON 1", "PEGAWAI", None, None, "BARANG", None, None, "TOTAL", None, None],
            [None, None, *["PAGU", "REAL", "%"] * 3]]
    units = [("SETJEN", (100, 80), (300, 240)), ("ITJEN", (50, 40), (150, 90)), ("BARENBANG", (20, 10), (180, 150))]

    def line(first, parts):
        total = (sum(p for p, _ in parts), sum(r for _, r in parts))
        return [*first, *[v for p, r in (*parts, total) for v in (p * 1_000_000, r * 1_000_000, f"{r / p * 100:.2f}")]]

    rows = [line([n, name], parts) for n, (name, *parts) in enumerate(units, start=1)]
    closing = line(["KEMNAKER", None], [(sum(u[k][0] for u in units), sum(u[k][1] for u in units)) for k in (1, 2)])
    merged = ["A1:A2", "B1:B2", "C1:E1", "F1:H1", "I1:K1"]
    loaded = load_budget(make_workbook(tmp_path / "a.xlsx", {"R": head + rows + [closing]}, merged={"R": merged + ["A6:B6"]}), year=2023)
    assert loaded.rows["name"].tolist() == ["SETJEN", "ITJEN", "BARENBANG"]
    assert loaded.rows[["budget", "realised", "stated_pct"]].values.tolist() == [[400e6, 320e6, 80.0], [200e6, 130e6, 65.0],
                                                                                  [200e6, 160e6, 80.0]]
    assert loaded.stated_totals[["label", "budget", "realised"]].values.tolist() == [["KEMNAKER", 800e6, 610e6]]

    other = line([4, "DITJEN BINWASNAKER"], [(90, 60), (10, 5)])
    loaded = load_budget(make_workbook(tmp_path / "b.xlsx", {"R": head + rows + [other]}, merged={"R": merged}), year=2023)
    assert loaded.rows["name"].tolist()[-1] == "DITJEN BINWASNAKER" and loaded.stated_totals.empty

    no_total = [[c for k, c in enumerate(r) if k < 8] for r in head + rows]
    with pytest.raises(InputError, match=r"one column for 'stated_pct', not 'PEGAWAI › %' \(E2\), 'BARANG › %' \(H2\)"):
        load_budget(make_workbook(tmp_path / "c.xlsx", {"R": no_total}, merged={"R": merged[:4]}), year=2023)


def test_the_realisation_a_renja_evaluation_states_for_the_year_wins_over_its_quarters(tmp_path):
    """Formulir E.81 at mid-year: the quarters' realisations (25%, 25%) are each quarter's own, and the form states the
    year's in 'Realisasi Capaian Kinerja dan Anggaran Renja OPD yang Dievaluasi › K' (50%). Near miss: the same
    quarters with no such column keep today's rule, the last quarter filled taken as reported to date, with a warning."""
    head = [["Indikator Kinerja Program (outcome) / Kegiatan (output)",
             "Target Kinerja dan Anggaran Renja OPD Tahun berjalan yang dievaluasi (2021)", None,
             "Realisasi Kinerja Pada Triwulan", None, None, None, None, None, None, None,
             "Realisasi Capaian Kinerja dan Anggaran Renja OPD yang Dievaluasi", None],
            [None, None, None, "I", None, "II", None, "III", None, "IV", None, None, None],
            [None, *["K", "Rp"] * 6]]
    rows = [["Persentase dokumen perencanaan tepat waktu", "100%", "93.000.000", "25%", "14.820.000", "25%", "18.511.800",
             None, None, None, None, "50%", "33.331.800"]]
    merged = ["A1:A3", "B1:C2", "D1:K1", "D2:E2", "F2:G2", "H2:I2", "J2:K2", "L1:M2"]
    data = load_indicators(make_workbook(tmp_path / "a.xlsx", {"E81": head + rows}, merged={"E81": merged}), year=2021)
    values = data.values.set_index("kind")["value"]
    assert values["target"] == 100 and values["realisation"] == 50
    assert "last_period" not in data.notes["check"].tolist()

    cut = [r[:11] for r in head + rows]
    data = load_indicators(make_workbook(tmp_path / "b.xlsx", {"E81": cut}, merged={"E81": merged[:-1]}), year=2021)
    assert data.values.set_index("kind")["value"]["realisation"] == 25
    assert "last_period" in data.notes["check"].tolist()


def test_units_written_alone_above_their_lines_of_funds_are_read_with_the_lines_sum_and_a_count_of_kegiatan_is_no_name(tmp_path):
    """A Polri dashboard: each satker alone on a row, its RM and PNBP lines below with no name, 'Kegiatan' holding the
    number of kegiatan. Each satker's budget and realisation are its lines' sums; 'Kegiatan' is a count, not the
    names of a level below. Near miss: when a named row states amounts too, the rows are no units over lines and the
    table is refused as before, for want of levels."""
    from lakip_lib.errors import InputError

    head = [["Satker", "Sumber Dana", "Kegiatan", "Kontrak", "Pagu", "Realisasi", "Daser (%)"]]
    rows = [["Srena"], [None, "RM", 7, 1, "2.000.000.000", "1.000.000.000", "50.00"],
            [None, "PNBP", 7, 1, "2.000.000.000", "1.500.000.000", "75.00"],
            ["Biro SDM"], [None, "RM", 5, 0, "1.450.000.000", "1.211.300.000", "83.54"]]
    loaded = load_budget(make_workbook(tmp_path / "a.xlsx", {"S": head + rows}), year=2023)
    assert loaded.rows["name"].tolist() == ["Srena", "Biro SDM"] and loaded.rows["level"].eq("program").all()
    assert loaded.rows[["budget", "realised"]].values.tolist() == [[4_000_000_000, 2_500_000_000], [1_450_000_000, 1_211_300_000]]
    assert "line_items_summed" in loaded.notes["check"].tolist()

    rows[3] = ["Biro SDM", None, None, None, "1.450.000.000", "1.211.300.000", "83.54"]
    with pytest.raises(InputError, match="a way to tell programs, kegiatan and sub-kegiatan apart"):
        load_budget(make_workbook(tmp_path / "b.xlsx", {"S": head + rows}), year=2023)


def test_a_budget_turned_on_its_side_is_refused_naming_its_pagu_and_realisasi_rows(tmp_path):
    """A satker's DIPA: the jenis belanja across the top, 'Pagu' and 'Realisasi' as rows in a block per sumber dana.
    The refusal names the two rows and asks for them as columns. Near miss: rows that name only the budget ('Pagu'
    without 'Realisasi') say nothing of a turned table."""
    from lakip_lib.errors import InputError

    head = [["Data DIPA TA 2023"], ["Sumber Dana", "Keterangan", "Jenis Belanja", None, None, "Total"],
            [None, None, "Pegawai", "Barang", "Modal", None]]
    block = [["DIPA", "Pagu", "18.460.120.000", "11.119.500.000", "2.530.000.000", "32.109.620.000"],
             [None, "Realisasi", "17.212.846.300", "9.905.843.750", "2.349.550.000", "29.468.240.050"],
             [None, "Daya Serap", "93.24", "89.09", "92.87", "91.78"]]
    merged = {"DIPA": ["A2:A3", "B2:B3", "C2:E2", "F2:F3", "A4:A6"]}
    with pytest.raises(InputError, match=r"its rows 'Pagu' \(B4\) and 'Realisasi' \(B5\) hold the budget and the realisation: "
                                         r"the table is turned on its side"):
        load_budget(make_workbook(tmp_path / "a.xlsx", {"DIPA": head + block}, merged=merged), year=2023)
    block[1][1] = "Sisa"
    with pytest.raises(InputError) as refused:
        load_budget(make_workbook(tmp_path / "b.xlsx", {"DIPA": head + block}, merged=merged), year=2023)
    assert "turned on its side" not in str(refused.value)


def test_notes_and_refusals_name_the_real_cell_of_a_table_that_starts_at_c5_under_title_rows(tmp_path):
    """A table whose header starts at C5, under two title rows and right of two empty columns: its notes name C5 (not
    A5), a header lacking a column is refused at C5 (not 'row 5'), and a row-level problem names the row's cell in the
    table's first column. The near miss: the same table at A1 is named A1."""
    from lakip_lib.errors import InputError
    from lakip_lib.loading.tables import tables_in

    def placed(rows: list[list], top: int, left: int) -> list[list]:
        return [[]] * (top - 1) + [[None] * (left - 1) + row for row in rows]

    header = ["Kode", "Uraian", "Anggaran", "Realisasi", "Keterangan Lain"]
    body = [[code, name, budget, realised, "-"] for code, name, budget, realised in BUDGET[:3]]
    titles = [["LAPORAN REALISASI ANGGARAN"], ["Tahun Anggaran 2024"], [], []]
    shifted = [[None, None, *row] for row in titles] + placed([header, *body], 1, 3)
    budget = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"Data": shifted}))
    assert set(budget.notes["location"]) == {"anggaran.xlsx:Data!C5"}
    assert [r.where for r in budget.recognition] == ["anggaran.xlsx:Data!C5"]
    table = tables_in(tmp_path / "anggaran.xlsx", {"budget": ("name", "budget")})[0]
    assert table.where == "anggaran.xlsx:Data!C5"
    assert table.problem(table.header_row + 2, None, None, "x").cell == "C7"
    lacking = [[None, None, *row] for row in titles] + placed([["Kode", "Uraian", "Keterangan"], *[r[:2] + ["-"] for r in body]], 1, 3)
    with pytest.raises(InputError, match=r"sheet 'Data', cell C5: expected a column for 'budget'"):
        load_budget(make_workbook(tmp_path / "kurang.xlsx", {"Data": lacking}))
    plain = load_budget(make_workbook(tmp_path / "biasa.xlsx", {"Data": [header, *body]}))
    assert set(plain.notes["location"]) == {"biasa.xlsx:Data!A1"}


def test_a_cell_of_nan_or_whitespace_is_blank_wherever_recognition_looks_and_a_zero_is_a_value():
    """One predicate (workbook.is_blank) for every look at a cell: a grid read as text holds NaN where a cell is empty,
    which must read as blank as None does (a caption over a blank row, a count table's header over its rows). The
    near miss: 0, FALSE and '0' are values."""
    from lakip_lib.loading.recognise.rows import caption
    from lakip_lib.loading.recognise.unnamed import unnamed_band
    from lakip_lib.loading.workbook import is_blank

    nan = float("nan")
    assert [is_blank(v) for v in (None, nan, pd.NA, "", " \xa0\n", 0, 0.0, False, "0")] == [True] * 5 + [False] * 4
    rows = [["Laporan Tenaga Kesehatan", nan, nan], ["No.", "Nama Tenaga Kesehatan", "Jumlah"], ["1.", "Perawat", "1384"],
            ["2.", "Bidan", "1126"]]
    band = unnamed_band(rows, 0, 4, [], vocabulary("summary"))
    assert band is not None and band.top == 1
    assert caption([["Rincian Jumlah PNS", nan], [nan, nan], ["No", "Golongan"]], 2) == "Rincian Jumlah PNS"
    assert caption([["Rincian Jumlah PNS", 0], [nan, nan], ["No", "Golongan"]], 2) == ""


def test_a_header_repeated_at_a_page_break_with_trivially_different_labels_is_a_page_break_and_another_label_a_new_table(tmp_path):
    """A printed report repeats its header on the next page as typed again: 'No.' for 'No', another case, other spaces.
    Compared by header key it is the same header (a page break: skipped, the table goes on), in a summary read cell by
    cell and in a roster read as text. The near miss: the header again with one label really changed (Unit Kerja for
    Golongan) heads another table."""
    from lakip_lib.loading import load_staff
    from workbooks import NIP_FEMALE, NIP_MALE, nip

    head = ["No", "Golongan", "L", "P", "Jumlah"]
    again = ["No.", "  GOLONGAN ", "l", "P", "JUMLAH"]
    one = [["Rekap PNS"], head, [1, "III/a", 2, 3, 5], [2, "III/b", 1, 1, 2], ["Halaman 1 dari 2"], again,
           [3, "IV/a", 1, 0, 1], [None, "Jumlah", 4, 4, 8]]
    staff = load_staff(make_workbook(tmp_path / "one.xlsx", {"Rekap": one}))
    assert [r.header_rows for r in staff.recognition] == [(2, 2)]
    assert (6, "repeated header") in staff.recognition[0].skipped_rows
    golongan = staff.summaries[staff.summaries["dimension"].eq("golongan")]
    assert golongan.groupby("category")["count"].sum().to_dict() == {"III/a": 5, "III/b": 2, "IV/a": 1}

    roster = ["NO", "NIP", "NAMA", "JK", "GOL", "JENIS JABATAN", "PENDIDIKAN"]
    people = [[n, number, f"Pegawai {n}", "P" if number == NIP_FEMALE else "L", "III/a", "Fungsional Umum", "S1"]
              for n, number in enumerate([NIP_MALE, NIP_FEMALE, nip(5), nip(6)], start=1)]
    paged = [roster, *people[:2], ["No.", "N I P", "Nama", "jk", "Gol.", "Jenis  Jabatan", "Pendidikan"], *people[2:]]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Data": paged}))
    assert len(staff.roster) == 4 and [r.header_rows for r in staff.recognition] == [(1, 1)]

    other = [["Rekap PNS"], head, [1, "III/a", 2, 3, 5], [2, "III/b", 1, 1, 2], ["Halaman 1 dari 2"],
             ["No.", "Unit Kerja", "L", "P", "Jumlah"], [1, "Dinas Kesehatan", 1, 0, 1], [None, "Jumlah", 1, 0, 1]]
    staff = load_staff(make_workbook(tmp_path / "other.xlsx", {"Rekap": other}))
    assert [r.header_rows for r in staff.recognition] == [(2, 2), (6, 6)]


def test_packages_named_under_nama_pekerjaan_numbered_per_group_with_a_total_rupiah_footer(tmp_path):
    """A monev export by paket: 'NAMA PEKERJAAN' names the rows, the No. column starts at 1 again under each group row
    ('Kegiatan Fisik', 'Kegiatan Non Fisik') and 'TOTAL RUPIAH' closes the table. The packages are a flat list.
    Near misses: 'Nilai Pekerjaan' and 'Jenis Paket' name no row, a header of the staff or indicator vocabulary is not
    named by 'Pekerjaan', and a number repeated within one group stays a problem."""
    from lakip_lib.errors import InputError

    budget = vocabulary("budget")
    assert [match_path((h,), budget).name for h in ("NAMA PEKERJAAN", "Paket Pekerjaan", "Nama Paket")] == ["name"] * 3
    assert match_path(("Nilai Pekerjaan",), budget) is None and match_path(("Jenis Paket",), budget) is None
    assert match_path(("Paket Pekerjaan",), vocabulary("staff")) is None
    assert match_path(("Paket Pekerjaan",), vocabulary("indicators")) is None

    head = [["No.", "NAMA PEKERJAAN", "PAGU (Rp)", "TOTAL REALISASI ANGGARAN"]]
    rows = [[None, "Kegiatan Fisik"], [1, "Rehabilitasi Rumah", 450_000_000, 382_500_000],
            [2, "Jalan Lingkungan", 275_000_000, 206_250_000], ["SUBTOTAL", None, 725_000_000, 588_750_000],
            [None, "Kegiatan Non Fisik"], [1, "Pendataan Kawasan Kumuh", 120_000_000, 96_000_000],
            ["SUBTOTAL", None, 120_000_000, 96_000_000], ["TOTAL RUPIAH", None, 845_000_000, 684_750_000]]
    loaded = load_budget(make_workbook(tmp_path / "a.xlsx", {"S": head + rows}), year=2025)
    assert loaded.rows["name"].tolist() == ["Rehabilitasi Rumah", "Jalan Lingkungan", "Pendataan Kawasan Kumuh"]
    assert loaded.rows["level"].eq("program").all() and loaded.rows["code"].is_unique
    assert loaded.rows["budget"].sum() == 845_000_000
    assert "numbered_per_group" in loaded.notes["check"].tolist()

    rows[5][0] = 2  # 1, 2 then 2: no numbering per group, a number typed twice
    with pytest.raises(InputError, match="each code once"):
        load_budget(make_workbook(tmp_path / "b.xlsx", {"S": head + rows}), year=2025)


def test_a_units_row_under_a_three_row_band_ends_each_columns_path(tmp_path):
    """A provinsi's realisation by kabupaten/kota: Pagu by jenis belanja with its Total, then Realisasi › Keuangan by
    the same jenis, each over 'Rp.' | '%' in a fourth header row. The units tell each jenis's two columns apart: the
    budget is Pagu › Total, the realisation Keuangan › Total › Rp. Near miss: a fourth row of one unit only ('Rp.'
    over every column) tells nothing apart, and the doubled jenis stay a question."""
    from lakip_lib.errors import InputError

    head = [["No", "SKPD", "Pagu", None, None, "Realisasi", None, None, None, None, None],
            [None, None, "Belanja Operasi", "Belanja Modal", "Total", "Keuangan", None, None, None, None, None],
            [None, None, None, None, None, "Belanja Operasi", None, "Belanja Modal", None, "Total", None],
            [None, None, None, None, None, "Rp.", "%", "Rp.", "%", "Rp.", "%"]]
    rows = [[1, "Kab. Lombok Barat", 800_000, 200_000, 1_000_000, 400_000, 50.0, 50_000, 25.0, 450_000, 45.0],
            [2, "Kota Mataram", 600_000, 100_000, 700_000, 300_000, 50.0, "-", "-", 300_000, 42.86]]
    merged = ["A1:A4", "B1:B4", "C1:E1", "F1:K1", "C2:C4", "D2:D4", "E2:E4", "F2:K2", "F3:G3", "H3:I3", "J3:K3"]
    loaded = load_budget(make_workbook(tmp_path / "a.xlsx", {"S": head + rows}, merged={"S": merged}), year=2022)
    assert loaded.rows[["name", "budget", "realised"]].values.tolist() == [
        ["Kab. Lombok Barat", 1_000_000, 450_000], ["Kota Mataram", 700_000, 300_000]]

    head[3] = [None] * 5 + ["Rp."] * 6
    with pytest.raises(InputError, match="one column for 'realised'"):
        load_budget(make_workbook(tmp_path / "b.xlsx", {"S": head + rows}, merged={"S": merged}), year=2022)


def test_the_pagu_split_by_sumber_dana_without_a_total_is_the_sum_of_the_sources(tmp_path):
    """An e-monev 'Data APBD' tab: the pagu of each sub-kegiatan split by source of funds (Sumber Dana › PAD | DAU |
    DAK | Lainnya › Nilai, the other source named in Keterangan) and no total column: the budget is the sum of the
    sources. Near misses: a source under 'Realisasi' is spending, a 'Sumber Dana' column of source names beside the
    Pagu does not take the budget, and the staff vocabulary knows no source of funds."""
    budget = vocabulary("budget")
    assert [match_path(("Sumber Dana", s), budget).name for s in ("PAD", "DAU", "DAK", "DBH")] == ["budget"] * 4
    assert match_path(("Sumber Dana", "Lainnya", "Nilai"), budget).name == "budget"
    assert match_path(("Sumber Dana", "Lainnya", "Keterangan"), budget) is None
    assert match_path(("Realisasi", "PAD"), budget).name == "realised"
    assert match_path(("PAD",), vocabulary("staff")) is None

    head = [["Kode", "Uraian", "Sumber Dana", None, None, None, None],
            [None, None, "PAD", "DAU", "DAK", "Lainnya", None],
            [None, None, None, None, None, "Nilai", "Keterangan"]]
    rows = [["1.02.02.2.01.0014", "Pembangunan Puskesmas", None, 500_000_000, 3_000_000_000, None, None],
            ["1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", 62_000_000, 100_000_000, None, 148_000_000,
             "BOK"]]
    merged = ["A1:A3", "B1:B3", "C1:G1", "C2:C3", "D2:D3", "E2:E3", "F2:G2"]
    loaded = load_budget(make_workbook(tmp_path / "a.xlsx", {"S": head + rows}, merged={"S": merged}), year=2023)
    assert loaded.rows["budget"].tolist() == [3_500_000_000, 310_000_000]

    head = [["Kode", "Uraian", "Pagu", "Sumber Dana (APBD/ DAK)", "Realisasi"]]
    rows = [["1.02.02.2.01.0014", "Pembangunan Puskesmas", 3_500_000_000, "DAK", 1_000_000_000]]
    loaded = load_budget(make_workbook(tmp_path / "b.xlsx", {"S": head + rows}), year=2023)
    assert loaded.rows[["budget", "realised"]].values.tolist() == [[3_500_000_000, 1_000_000_000]]


def test_the_realisation_to_date_of_this_period_is_the_one_before_plus_this_periods(tmp_path):
    """A school's BOS report: 'Realisasi s.d. Triwulan Lalu' | 'Realisasi Triwulan Ini' | 'Jumlah Realisasi s.d.
    Triwulan Ini': the realisation is the one to date, the other two its parts (they add up on most rows: a balance
    carried over in the same columns need not). Near misses: without the to-date column the two periods stay a
    question, and a to-date column that the others do not add up to is no such column."""
    from lakip_lib.errors import InputError

    head = [["No", "Uraian", "Jumlah Anggaran", "Realisasi s.d. Triwulan Lalu", "Realisasi Triwulan Ini",
             "Jumlah Realisasi s.d. Triwulan Ini"]]
    rows = [[1, "Belanja Pegawai", 54_000_000, 18_000_000, 13_500_000, 31_500_000],
            [2, "Belanja Barang dan Jasa", 171_000_000, 52_400_000, 48_750_000, 101_150_000],
            [3, "Belanja Modal", 35_000_000, 0, 21_600_000, 21_600_000]]
    loaded = load_budget(make_workbook(tmp_path / "a.xlsx", {"S": head + rows}), year=2022)
    assert loaded.rows["realised"].tolist() == [31_500_000, 101_150_000, 21_600_000]

    with pytest.raises(InputError, match="one column for 'realised'"):
        load_budget(make_workbook(tmp_path / "b.xlsx", {"S": [h[:5] for h in head] + [r[:5] for r in rows]}), year=2022)
    wrong = [[*r[:5], r[5] + 1_000_000] for r in rows]
    with pytest.raises(InputError, match="one column for 'realised'"):
        load_budget(make_workbook(tmp_path / "c.xlsx", {"S": head + wrong}), year=2022)


def test_an_up_to_naming_no_period_is_the_realisation_to_date_of_the_period_reported(tmp_path):
    """SAKTI's 'Realisasi' over 'Periode Lalu | Periode Ini | s.d. Periode': the up-to names no period, so it is up to
    the period reported, the realisation; the two others are its parts, never added to it. Near miss: an up-to that
    the others do not add up to is no such column."""
    from lakip_lib.errors import InputError

    head = [["Kode", "Uraian", "Pagu Revisi", "Realisasi", None, None],
            [None, None, None, "Periode Lalu", "Periode Ini", "s.d. Periode"]]
    rows = [["WA", "Program Dukungan Manajemen", 7_365_000_000, 6_502_900_000, 697_570_000, 7_200_470_000],
            ["DL", "Program Pendidikan dan Pelatihan Vokasi", 698_500_000, 613_060_000, 18_650_000, 631_710_000]]
    merged = ["A1:A2", "B1:B2", "C1:C2", "D1:F1"]
    loaded = load_budget(make_workbook(tmp_path / "a.xlsx", {"S": head + rows}, merged={"S": merged}), year=2025)
    assert loaded.rows["realised"].tolist() == [7_200_470_000, 631_710_000]

    flat = [["Kode", "Uraian", "Pagu Revisi", "Realisasi Periode Lalu", "Realisasi Periode Ini", "Realisasi s.d. Periode"]]
    wrong = [[*r[:5], r[5] + 1_000_000] for r in rows]
    with pytest.raises(InputError, match="one column for 'realised'"):
        load_budget(make_workbook(tmp_path / "b.xlsx", {"S": flat + wrong}), year=2025)



def test_an_spj_realises_each_payment_routes_to_date_and_their_sum(tmp_path):
    """A treasurer's SPJ fungsional: 'SPJ - LS' and 'SPJ - UP/GU/TU', each 's.d. Bulan lalu | Periode ke 1 | Periode ke
    2 | s.d. Bulan ini', then 'Jumlah SPJ s.d. Bulan ini': each route's realisation is its to date (the month comes in
    numbered parts), the total to date their sum and the realisation. Near misses: numbered parts that do not add up
    on one row leave the route a question (a part not called this period must agree on every row); a total that
    is not the routes' sum is no such total; without a total the routes' to dates are summed."""
    def book(name: str, rows: list[list], total: bool = True) -> Path:
        head = [["Kode", "Uraian", "Jumlah Anggaran", "SPJ - LS", None, None, None, "SPJ - UP/GU/TU", None, None, None,
                 "Jumlah SPJ s.d. Bulan ini"],
                [None, None, None, *["s.d. Bulan lalu", "Periode ke 1", "Periode ke 2", "s.d. Bulan ini"] * 2, None]]
        merged = ["A1:A2", "B1:B2", "C1:C2", "D1:G1", "H1:K1", "L1:L2"]
        if not total:
            head, rows, merged = [h[:11] for h in head], [r[:11] for r in rows], merged[:5]
        return make_workbook(tmp_path / name, {"S": head + rows}, merged={"S": merged})

    rows = [["1.02.01", "Program A", 100_000, 10_000, 2_000, 3_000, 15_000, 20_000, 1_000, 0, 21_000, 36_000],
            ["1.02.01.2.01", "Kegiatan A", 100_000, 10_000, 2_000, 3_000, 15_000, 20_000, 1_000, 0, 21_000, 36_000],
            ["1.02.02", "Program B", 50_000, 0, 0, 4_000, 4_000, 5_000, 0, 0, 5_000, 9_000]]
    assert load_budget(book("a.xlsx", rows), year=2024).rows["realised"].tolist() == [36_000, 36_000, 9_000]
    assert load_budget(book("b.xlsx", rows, total=False), year=2024).rows["realised"].tolist() == [36_000, 36_000, 9_000]

    for name, wrong in (("c.xlsx", [*rows[:2], [*rows[2][:6], 4_500, *rows[2][7:]]]),
                        ("d.xlsx", [*rows[:2], [*rows[2][:11], 9_500]])):
        with pytest.raises(InputError, match="one column for 'realised'"):
            load_budget(book(name, wrong), year=2024)


def test_the_total_realisation_band_is_the_realisation_and_its_share_the_stated_percentage(tmp_path):
    """A finance application's 'REALISASI S/D BULAN LALU | REALISASI S/D TGL. 31-10-2023 | TOTAL REALISASI | SISA
    DANA', each '› TOTAL | %': the band headed as the total, adding up the others on every row, is the realisation
    (the day's band, whatever its label says, is this month's part), its '%' the stated percentage (SISA's is the
    remainder's share, an earlier band's an old one); the day names no year column. Near misses: a total band that
    does not add up, or none at all, leaves the realisation a question (an earlier period is no part of a sum the
    header does not state)."""
    def book(name: str, rows: list[list], bands: tuple[str, ...]) -> Path:
        head = [["Kode", "Uraian", "Pagu", *[x for band in bands for x in (band, None)]],
                [None, None, None, *["TOTAL", "%"] * len(bands)]]
        merged = ["A1:A2", "B1:B2", "C1:C2", *[f"{chr(68 + 2 * k)}1:{chr(69 + 2 * k)}1" for k in range(len(bands))]]
        return make_workbook(tmp_path / name, {"S": head + rows}, merged={"S": merged})

    bands = ("REALISASI S/D BULAN LALU", "REALISASI S/D TGL. 31-10-2023", "TOTAL REALISASI", "SISA DANA")
    rows = [["51", "BELANJA PEGAWAI", "1,000.00", "400.00", "40.00", "100.00", "10.00", "500.00", "50.00", "500.00", "50.00"],
            ["52", "BELANJA BARANG", "2,000.00", "900.00", "45.00", "300.00", "15.00", "1,200.00", "60.00", "800.00", "40.00"]]
    loaded = load_budget(book("a.xlsx", rows, bands), year=2023)
    assert loaded.rows[["budget", "realised", "stated_pct"]].values.tolist() == [[1_000, 500, 50], [2_000, 1_200, 60]]

    wrong = [[*rows[0][:7], "510.00", *rows[0][8:]], rows[1]]
    with pytest.raises(InputError, match="one total column for 'realised'"):
        load_budget(book("b.xlsx", wrong, bands), year=2023)
    untotalled = [[*r[:7], *r[9:]] for r in rows]
    with pytest.raises(InputError, match="one total column for 'realised'"):
        load_budget(book("c.xlsx", untotalled, (bands[0], "REALISASI BULAN INI", bands[3])), year=2023)


def test_a_date_in_a_header_names_no_year_column():
    """'Realisasi s/d Tgl. 31-10-2023' is as of a day, no column of the year 2023 (beside others it would be chosen by
    year); near miss: 'Realisasi Tahun 2023' and a range's years still are."""
    budget = vocabulary("budget")
    assert match_path(("Realisasi s/d Tgl. 31-10-2023",), budget).year is None
    assert match_path(("Realisasi s.d. 1/7/2023",), budget).year is None
    assert match_path(("Realisasi Tahun 2023",), budget).year == 2023
    assert match_path(("Realisasi 2022-2023",), budget).year == 2022


def test_a_realisation_of_an_earlier_period_beside_this_ones_is_no_part_of_a_sum(tmp_path):
    """'Realisasi' over 'Triwulan Lalu | Triwulan Ini' with no to-date column: the two were added up as groups of one
    realisation (40 + 30 read as 70, silently), which is the year's only when Lalu is to date, and the header does not
    say so: the realisation is asked for, naming both. Near miss: 'Realisasi' over two kinds of spending (Belanja
    Pegawai | Belanja Barang) is still their sum."""
    def book(name: str, left: str, right: str) -> Path:
        head = [["Kode", "Uraian", "Anggaran", "Realisasi", None], [None, None, None, left, right]]
        rows = [["1.01.01", "Program A", 100, 40, 30], ["1.01.01.1.01", "Kegiatan A", 100, 40, 30]]
        return make_workbook(tmp_path / name, {"S": head + rows}, merged={"S": ["A1:A2", "B1:B2", "C1:C2", "D1:E1"]})

    for left, right in (("Triwulan Lalu", "Triwulan Ini"), ("Tahun Lalu", "Tahun Ini")):
        with pytest.raises(InputError, match=f"one column for 'realised', not 'Realisasi › {left}' \\(D2\\)"):
            load_budget(book("a.xlsx", left, right), year=2024)
    summed = load_budget(book("b.xlsx", "Belanja Pegawai", "Belanja Barang"), year=2024)
    assert summed.rows["realised"].tolist() == [70.0, 70.0]

def test_a_blud_realisation_sets_its_revenue_aside_and_sums_accounts_under_a_sub_kegiatan_named_once(tmp_path):
    """A BLUD's realisation: the revenue account and its 'TOTAL PENDAPATAN BLUD' above the spending, then one
    sub-kegiatan named (code and name in one cell) on its first account row only, its accounts in Kode Rekening | Nama
    Rekening. The revenue is no spending; the sub-kegiatan is read once with its accounts' sums. Near misses: a lone
    revenue total under the rows closes nothing (they are all the table has), and a sub-kegiatan named on a row of its
    own, with no account beside it, is no line of accounts (the table is not read as line items)."""
    from lakip_lib.errors import InputError

    head = [["Sub Kegiatan", "Kode Rekening", "Nama Rekening", "Jumlah Anggaran(Rp)", "Jumlah Realisasi(Rp)", "%"]]
    sub = "1.02.01.2.10.0001\nPelayanan dan Penunjang Pelayanan BLUD"
    revenue = [[sub, "410416010001", "Pendapatan BLUD dari Jasa Layanan", 1000, 1100, "110.00"],
               ["TOTAL PENDAPATAN BLUD", None, None, 1000, 1100, "110.00"]]
    spending = [[sub, "510199999999", "Belanja Pegawai BLUD", 400, 380, "95.00"],
                [None, "510299999999", "Belanja Barang dan Jasa BLUD", 500, 450, "90.00"],
                ["TOTAL BELANJA BLUD", None, None, 900, 830, "92.22"]]
    loaded = load_budget(make_workbook(tmp_path / "a.xlsx", {"S": head + revenue + spending}), year=2023)
    assert loaded.rows[["code", "name", "level", "budget", "realised"]].values.tolist() == [
        ["1.02.01.2.10.0001", "Pelayanan dan Penunjang Pelayanan BLUD", "sub_kegiatan", 900, 830]]
    assert loaded.stated_totals["label"].tolist() == ["TOTAL BELANJA BLUD"]
    assert {"rows_aside", "line_items_summed"} <= set(loaded.notes["check"])

    alone = [[sub, "510199999999", "Belanja Pegawai BLUD", 400, 380, "95.00"],
             [None, "510299999999", "Belanja Barang dan Jasa BLUD", 500, 450, "90.00"],
             ["JUMLAH PENDAPATAN", None, None, 900, 830, "92.22"]]
    loaded = load_budget(make_workbook(tmp_path / "b.xlsx", {"S": head + alone}), year=2023)
    assert loaded.rows["budget"].sum() == 900 and "rows_aside" not in set(loaded.notes["check"])
    own_row = [["Pelayanan dan Penunjang Pelayanan BLUD", None, None, 900, 830, "92.22"],
               [None, "510199999999", "Belanja Pegawai BLUD", 400, 380, "95.00"]]
    with pytest.raises(InputError, match="A2: expected a code on every row"):  # refused as before: no line items
        load_budget(make_workbook(tmp_path / "c.xlsx", {"S": head + own_row}), year=2023)


def test_a_refund_row_between_the_gross_and_net_totals_is_no_spending_and_the_net_total_is_checked_against_it(tmp_path):
    """A financial statement's spending by jenis belanja (51, 52, 53: the only level), then 'Total Belanja Bruto',
    'Pengembalian Belanja' with a realisation in parentheses (refunds of earlier spending) and 'Total Belanja Netto'.
    The refund is no spending line and its negative amount no bad cell; the netto total is the bruto less the refund.
    Near misses: a netto total that is not the bruto less the refund is a sum_mismatch error, and a 'Pengembalian' row
    among the rows, above every total, is no refund of the total: its negative amount is refused as before."""
    from lakip_lib.errors import InputError

    head = [["Kode Jenis Belanja", "Uraian Jenis Belanja", "Anggaran (Rp)", "Realisasi (Rp)"]]
    rows = [["51", "Belanja Pegawai", "3.828.095.000,00", "3.717.394.859,00"],
            ["52", "Belanja Barang", "687.541.000,00", "645.438.029,00"],
            ["53", "Belanja Modal", "965.000.000,00", "846.570.333,00"]]
    foot = [["Total Belanja Bruto", None, "5.480.636.000,00", "5.209.403.221,00"],
            ["Pengembalian Belanja", None, None, "(2.315,00)"],
            ["Total Belanja Netto", None, "5.480.636.000,00", "5.209.400.906,00"]]
    loaded = load_budget(make_workbook(tmp_path / "a.xlsx", {"T": head + rows + foot}), year=2013)
    assert loaded.rows[["code", "level", "realised"]].values.tolist() == [
        ["51", "program", 3_717_394_859], ["52", "program", 645_438_029], ["53", "program", 846_570_333]]
    assert loaded.stated_totals["label"].tolist() == ["Total Belanja Bruto"]
    assert "rows_aside" in set(loaded.notes["check"]) and "sum_mismatch" not in set(loaded.notes["check"])

    foot[2][3] = "5.209.403.221,00"  # the refund not deducted
    loaded = load_budget(make_workbook(tmp_path / "b.xlsx", {"T": head + rows + foot}), year=2013)
    assert loaded.notes.loc[loaded.notes["check"].eq("sum_mismatch"), "message_en"].tolist() == [
        "Total Belanja Netto: the stated realisation 5,209,403,221 is not Total Belanja Bruto less 'Pengembalian "
        "Belanja' (5,209,400,906)"]
    with pytest.raises(InputError, match="expected an amount of zero or more"):
        load_budget(make_workbook(tmp_path / "c.xlsx", {"T": head + rows[:1] + [foot[1]] + rows[1:] + foot[:1]}), year=2013)


def test_an_apbdes_sets_its_revenue_aside_and_reads_uncoded_bidang_over_their_kegiatan_as_programs(tmp_path):
    """A desa's APBDes realisation: 'PENDAPATAN' and 'BELANJA' alone on their rows, bidang rows with a name and no code
    or amount, kegiatan coded 1.1.01 (the bidang's number first), 'JUMLAH PENDAPATAN', 'JUMLAH BELANJA' and 'SURPLUS /
    (DEFISIT)'. The revenue and the balance are no spending; each bidang is a program with its kegiatan's sums. Near
    miss: kegiatan whose codes do not start with their own bidang's number (1.1.01 under both) are no children of the
    headings: the rows stay a flat list of programs and the bidang headings."""
    head = [["KODE REKENING", "URAIAN", "ANGGARAN (Rp)", "REALISASI (Rp)"]]
    revenue = [[None, "PENDAPATAN"], [None, "Pendapatan Transfer"], ["4.2.1", "Dana Desa", 900, 900],
               [None, "JUMLAH PENDAPATAN", 900, 900], []]
    spending = [[None, "BELANJA"], [None, "Bidang Penyelenggaraan Pemerintahan Desa"],
                ["1.1.01", "    Penghasilan Tetap Kepala Desa", 48, 48], ["1.1.05", "    Operasional Pemerintah Desa", 62, 58],
                [None, "Bidang Pelaksanaan Pembangunan Desa"], ["2.2.04", "    Penyelenggaraan Posyandu", 54, 51],
                [None, "JUMLAH BELANJA", 164, 157], [], [None, "SURPLUS / (DEFISIT)", 736, 743]]
    loaded = load_budget(make_workbook(tmp_path / "a.xlsx", {"S": head + revenue + spending}), year=2024)
    assert loaded.rows[["code", "name", "level", "parent", "budget", "realised"]].values.tolist() == [
        ["1", "Bidang Penyelenggaraan Pemerintahan Desa", "program", None, 110, 106],
        ["1.1.01", "Penghasilan Tetap Kepala Desa", "kegiatan", "1", 48, 48],
        ["1.1.05", "Operasional Pemerintah Desa", "kegiatan", "1", 62, 58],
        ["2", "Bidang Pelaksanaan Pembangunan Desa", "program", None, 54, 51],
        ["2.2.04", "Penyelenggaraan Posyandu", "kegiatan", "2", 54, 51]]
    assert loaded.stated_totals["label"].tolist() == ["JUMLAH BELANJA"]
    assert {"rows_aside", "headings_as_parents"} <= set(loaded.notes["check"])

    spending[5][0] = "1.2.04"
    loaded = load_budget(make_workbook(tmp_path / "b.xlsx", {"S": head + revenue + spending}), year=2024)
    assert loaded.rows["code"].tolist() == ["1.1.01", "1.1.05", "1.2.04"] and loaded.rows["level"].eq("program").all()
    assert "headings_as_parents" not in set(loaded.notes["check"])


def test_the_cash_account_under_the_spendings_jumlah_is_no_spending(tmp_path):
    """An SPJ fungsional: the programs, their JUMLAH, then the treasurer's cash account: 'Penerimaan' (UP, GU, taxes
    withheld), 'Pengeluaran' (the same cash spent, taxes paid) and 'Saldo Kas'. Once receipts follow the spending's
    own total, the Pengeluaran heading under them opens no spending: every row below is set aside. Near miss: a
    report whose receipts come first, closed by their own Jumlah, still reads the Pengeluaran under them as spending."""
    head = [["Kode", "Uraian", "Anggaran", "Realisasi"]]
    programs = [["1.02.01", "Program A", 100_000, 40_000], ["1.02.02", "Program B", 50_000, 20_000]]
    cash = [["Penerimaan", None, None, None], ["UP", None, None, 20_000], ["GU", None, None, 45_000],
            ["Jumlah Penerimaan", None, None, 65_000], ["Pengeluaran", None, None, None], ["GU", None, None, 60_000],
            ["Penyetoran Pajak", None, None, 3_000], ["Jumlah Pengeluaran", None, None, 63_000],
            ["Saldo Kas", None, None, 2_000]]
    loaded = load_budget(make_workbook(tmp_path / "a.xlsx", {"S": head + programs + [["JUMLAH", None, 150_000, 60_000]]
                                                                   + cash}), year=2024)
    assert loaded.rows["name"].tolist() == ["Program A", "Program B"]
    assert loaded.stated_totals["label"].tolist() == ["JUMLAH"] and "rows_aside" in set(loaded.notes["check"])

    first = [["Penerimaan", None, None, None], ["9.01", "Dana BOS", 150_000, 150_000], ["Jumlah", None, 150_000, 150_000],
             ["Pengeluaran", None, None, None], *programs]
    loaded = load_budget(make_workbook(tmp_path / "b.xlsx", {"S": head + first}), year=2024)
    assert loaded.rows["name"].tolist() == ["Program A", "Program B"]


def test_a_bos_report_reads_its_spending_section_and_a_number_merged_over_two_lines(tmp_path):
    """A school's BOS report: 'A. PENERIMAAN' (receipts) and 'C. SALDO DANA SAAT INI' (the balance) are no spending,
    'B. PENGELUARAN' lists the belanja, whose last number is merged over two lines; 'TOTAL PENERIMAAN' and 'TOTAL
    PENGGUNAAN' are total rows. Near misses: a blank number under no merged cell leaves its line without a place,
    and without a receipts or balance section no row is set aside (the lettered headings stay, and the table is
    refused as before)."""
    from lakip_lib.errors import InputError

    head = [["No.", "Uraian", "Jumlah Anggaran", "Realisasi"]]
    rows = [["A. PENERIMAAN", None, None, None], [1, "Bantuan Operasional Sekolah", 270_000_000, 270_000_000],
            ["TOTAL PENERIMAAN", None, 270_000_000, 270_000_000],
            ["B. PENGELUARAN", None, None, None], [1, "Belanja Pegawai", 54_000_000, 31_500_000],
            [2, "Belanja Modal Peralatan dan Mesin", 35_000_000, 21_600_000],
            [None, "Belanja Modal Aset Tetap Lainnya", 10_000_000, 9_850_000],
            ["TOTAL PENGGUNAAN", None, 99_000_000, 62_950_000], ["C. SALDO DANA SAAT INI", None, None, 207_050_000]]
    merged = ["A2:D2", "A4:B4", "A5:D5", "A7:A8", "A9:B9", "A10:C10"]
    loaded = load_budget(make_workbook(tmp_path / "a.xlsx", {"S": head + rows}, merged={"S": merged}), year=2022)
    assert loaded.rows["name"].tolist() == ["Belanja Pegawai", "Belanja Modal Peralatan dan Mesin",
                                            "Belanja Modal Aset Tetap Lainnya"]
    assert loaded.rows["level"].eq("program").all() and loaded.rows["code"].is_unique
    assert loaded.stated_totals["label"].tolist() == ["TOTAL PENGGUNAAN"]

    with pytest.raises(InputError, match="A8: expected a code on every row"):
        load_budget(make_workbook(tmp_path / "b.xlsx", {"S": head + rows}, merged={"S": merged[:3] + merged[4:]}), year=2022)
    rows[0][0] = "A. BELANJA OPERASI"
    rows[2][0] = "TOTAL BELANJA OPERASI"
    rows[-1] = ["C. BELANJA TIDAK TERDUGA", None, 5_000_000, 0]
    with pytest.raises(InputError, match="a way to tell programs"):  # the lettered headings stay, read as codes
        load_budget(make_workbook(tmp_path / "c.xlsx", {"S": head + rows}, merged={"S": merged}), year=2022)


def test_a_band_of_counts_by_category_makes_a_summary_whatever_its_label(tmp_path):
    """An accreditation table of tenaga kependidikan (BAN-PT borang 4.6.1): the kinds of staff down the side under a
    header no spelling names, counts under 'Jumlah Tenaga Kependidikan dengan Pendidikan Terakhir › S3 … SMA/SMK', the
    unit kerja after the band, column numbers and a Total row. It is a summary by education (it was refused as a
    roster with one education column too many and no NIP): the column sums, the Total checked, the kinds of staff the
    rows, said not modelled. Near misses: a Total that does not add up is a sum_mismatch at its cell; rows by golongan
    down the side of the band give the table by golongan too (each row's cells summed)."""
    from lakip_lib.loading import load_staff

    head = [["No.", "Jenis Tenaga Kependidikan", "Jumlah Tenaga Kependidikan dengan Pendidikan Terakhir", None, None, None,
             "Unit Kerja"], [None, None, "S2", "S1", "D3", "SMA/SMK", None], ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]]
    merged = ["A1:A2", "B1:B2", "C1:F1", "G1:G2"]
    kinds = [[1, "Pustakawan", 1, 2, 1, 0, "Perpustakaan"], [2, "Laboran/ Teknisi", 0, 4, 3, 2, "Laboratorium"],
             [3, "Administrasi", 1, 6, 2, 5, "Tata Usaha"], [None, "Total", 2, 12, 6, 7, None]]
    staff = load_staff(make_workbook(tmp_path / "borang.xlsx", {"4.6.1": head + kinds}, merged={"4.6.1": merged}))
    assert staff.roster is None
    assert staff.summaries.groupby("category")["count"].sum().to_dict() == {"D3": 6, "S1": 12, "S2": 2, "SMA": 7}
    assert staff.stated_totals["count"].sum() == 27
    assert staff.recognition[0].columns[1][1:3] == ("Jenis Tenaga Kependidikan", "category")
    assert staff.notes["check"].tolist() == ["columns_unused", "rows_not_modelled"]
    # the rows are by what their column's header says, quoted in both languages (a dimension the kit knows, such as the
    # unit, is named by its word instead: test_a_band_of_categories_by_unit_reads_the_column_sums_and_checks_its_totals)
    said = staff.notes.set_index("check").loc["rows_not_modelled"]
    assert said["message_en"].startswith("This table's rows are by 'Jenis Tenaga Kependidikan' (3 rows: Pustakawan,")
    assert said["message"].startswith("Baris tabel ini menurut 'Jenis Tenaga Kependidikan' (3 baris: Pustakawan,")

    kinds[-1][3] = 13
    wrong = load_staff(make_workbook(tmp_path / "salah.xlsx", {"4.6.1": head + kinds}, merged={"4.6.1": merged}))
    assert wrong.notes.loc[wrong.notes["check"].eq("sum_mismatch"), "location"].tolist() == ["salah.xlsx:4.6.1!D7"]

    by_golongan = [[1, "IV", 1, 2, 0, 0, None], [2, "III", 1, 8, 3, 0, None], [3, "II", 0, 2, 3, 7, None]]
    head[0][1] = "Golongan"
    cross = load_staff(make_workbook(tmp_path / "gol.xlsx", {"Rekap": head + by_golongan}, merged={"Rekap": merged}))
    assert cross.summaries.groupby(["dimension", "category"])["count"].sum().to_dict() == {
        ("education", "D3"): 6, ("education", "S1"): 12, ("education", "S2"): 2, ("education", "SMA"): 7,
        ("golongan", "II"): 12, ("golongan", "III"): 12, ("golongan", "IV"): 3}


def test_a_roster_band_of_category_columns_with_one_mark_per_person_is_that_field_one_hot(tmp_path):
    """A perangkat desa recap: a 1 under Jenis Kelamin › L or P and under one of PENDIDIKAN › SD … S1, no NIP (they are
    no ASN): each person's sex and level are the headers of the columns marked, with a note; an export writing 0 under
    the columns not marked reads the same. Near misses: counts under the bands (2, 3: a recap by desa) make a summary,
    whose column sums are its tables by sex and by education; a row with two marks is refused naming it."""
    from lakip_lib.errors import InputError
    from lakip_lib.loading import load_staff

    head = [["NO", "NAMA", "Jenis Kelamin", None, "JABATAN", "PENDIDIKAN", None, None],
            [None, None, "L", "P", None, "SD", "SLTA", "S1"]]
    merged = ["A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:H1"]
    people = [[1, "A", 1, None, "Kepala Desa", None, 1, None], [2, "B", None, 1, "Sekretaris Desa", None, None, 1],
              [3, "C", 1, None, "Kepala Dusun", 1, None, None], [4, "D", None, 1, "Kaur Keuangan", None, 1, None],
              [5, "E", 1, None, "Kaur Umum", None, 1, None], ["JUMLAH", None, 3, 2, None, 1, 3, 1]]
    staff = load_staff(make_workbook(tmp_path / "desa.xlsx", {"Desa": head + people}, merged={"Desa": merged}))
    assert staff.roster[["gender", "education"]].values.tolist() == [["Laki-laki", "SMA"], ["Perempuan", "S1"], ["Laki-laki", "SD"],
                                                                     ["Perempuan", "SMA"], ["Laki-laki", "SMA"]]
    assert staff.notes["check"].tolist().count("values_one_hot") == 2
    zeros = [[0 if cell is None and k in (2, 3, 5, 6, 7) else cell for k, cell in enumerate(row)] for row in people[:-1]]
    written = load_staff(make_workbook(tmp_path / "nol.xlsx", {"Desa": head + zeros + people[-1:]}, merged={"Desa": merged}))
    assert written.roster[["gender", "education"]].values.tolist() == staff.roster[["gender", "education"]].values.tolist()
    counts = [[1, "Desa A", 2, 3, "-", 1, 2, 2], [2, "Desa B", 4, 1, "-", 2, 2, 1]]
    recap = load_staff(make_workbook(tmp_path / "unit.xlsx", {"Desa": head + counts}, merged={"Desa": merged}))
    assert recap.roster is None and recap.notes["check"].tolist().count("rows_not_modelled") == 1
    assert recap.summaries.groupby(["dimension", "category"])["count"].sum().to_dict() == {
        ("education", "S1"): 3, ("education", "SD"): 3, ("education", "SMA"): 4, ("gender", "Laki-laki"): 6, ("gender", "Perempuan"): 4}
    people[1][2] = 1
    with pytest.raises(InputError, match=r"cell C4, column 'Jenis Kelamin': got 'L \+ P', expected L/P"):
        load_staff(make_workbook(tmp_path / "dua.xlsx", {"Desa": head + people}, merged={"Desa": merged}))


def test_a_list_of_names_with_a_band_of_marks_and_no_nip_is_a_roster(tmp_path):
    """An accreditation sheet of tenaga kependidikan (LAM tabel 4b): No | Nama | Pendidikan Terakhir › S3 … D3 with a
    'V' under each person's highest degree | Unit Kerja, no NIP. The band of one mark per row is evidence that the
    rows are people: read by the names, each education the marked column's header, the marks named in the note, and
    what the list lacks a warning each (the sex too: no NIP to read it from). Near miss: the list without the band
    (a name and a unit: nothing about a person) still has its NIP asked for."""
    from lakip_lib.errors import InputError
    from lakip_lib.loading import load_staff

    head = [["No", "Nama Tenaga Kependidikan", "Pendidikan Terakhir", None, None, "Unit Kerja"],
            [None, None, "S2", "S1", "D3", None]]
    merged = ["A1:A2", "B1:B2", "C1:E1", "F1:F2"]
    people = [[1, "Ani", None, "V", None, "PS"], [2, "Budi", None, None, "V", "UPPS"], [3, "Cici", "V", None, None, "PS"]]
    staff = load_staff(make_workbook(tmp_path / "tabel4b.xlsx", {"4b": head + people}, merged={"4b": merged}))
    assert staff.roster["education"].tolist() == ["S1", "D3", "S2"]
    assert "roster_without_nip" in set(staff.notes["check"])
    assert "one mark (V) per row" in staff.notes.loc[staff.notes["check"].eq("values_one_hot"), "message_en"].iloc[0]
    missing = staff.notes.loc[staff.notes["check"].eq("column_missing"), "message_en"].tolist()
    assert len(missing) == 3 and any("No gender column and no NIP" in m for m in missing)
    bare = [["No", "Nama Tenaga Kependidikan", "Unit Kerja"], *[[n, name, unit] for n, name, *_, unit in people]]
    with pytest.raises(InputError, match="expected a column for 'nip'"):
        load_staff(make_workbook(tmp_path / "nama.xlsx", {"4b": bare}))


def test_a_budget_table_by_a_column_of_words_no_header_names_is_a_flat_list_of_programs(tmp_path):
    """A grant report by bidang: 'Bidang Evaluator | Pagu Alokasi | Realisasi (SP2D)', no code, no number, no level
    words. The one column of words left of the amounts names the rows; no row adds up the rows beside it, so each is a
    program. Near misses: a row whose budget is the sum of the rows below it is a parent the export left unmarked (the
    levels are asked for), and two columns of words leave the name to the reader."""
    head = [["Bidang Evaluator", "Pagu Alokasi", "Realisasi (SP2D)"]]
    body = [["Bidang 1 (Ideologi)", "Rp 2.150.000.000", "Rp 2.096.500.000"],
            ["Bidang 2 (Politik & Ormas)", "Rp 3.375.000.000", "Rp 3.308.000.000"],
            ["Bidang 3 (Ketahanan)", "Rp 2.760.000.000", "Rp 2.700.000.000"]]
    loaded = load_budget(make_workbook(tmp_path / "a.xlsx", {"S": head + body}), year=2025)
    assert loaded.rows[["code", "name", "level", "budget", "realised"]].values.tolist() == [
        ["1", "Bidang 1 (Ideologi)", "program", 2_150_000_000, 2_096_500_000],
        ["2", "Bidang 2 (Politik & Ormas)", "program", 3_375_000_000, 3_308_000_000],
        ["3", "Bidang 3 (Ketahanan)", "program", 2_760_000_000, 2_700_000_000]]

    parent = [["Sekretariat", "Rp 8.285.000.000", "Rp 8.104.500.000"]]
    with pytest.raises(InputError, match="a way to tell programs, kegiatan and sub-kegiatan apart"):
        load_budget(make_workbook(tmp_path / "b.xlsx", {"S": head + parent + body}), year=2025)
    two = [["Bidang", "Penanggung Jawab", "Pagu", "Realisasi"]] + [[b[0], f"Kepala {b[0]}", *b[1:]] for b in body]
    with pytest.raises(InputError, match="a column for 'name'"):
        load_budget(make_workbook(tmp_path / "c.xlsx", {"S": two}), year=2025)


def test_a_capaian_beside_its_percentage_is_the_value_reached_and_cells_stacking_years_give_the_reports_line(tmp_path):
    """A five-year page (Renstra/PK): 'Target | Capaian Kinerja | Persentase Capaian Kinerja', no Realisasi, each cell
    a line per year ('2025 79', '2026 81'). The capaian beside its own percentage is the value reached; each cell gives
    its line of the report's year. Near misses: two capaian columns neither headed as a percentage stay a question, and
    a cell of two lines that are not each a year and a value is read as before."""
    def rows(pct_header: str) -> list[list]:
        return [["No", "Indikator Kinerja", "Target Kinerja", "Capaian Kinerja", pct_header],
                [1, "Indeks Profesionalitas ASN", "2025 79\n2026 81", "2025 77,4\n2026 -", "2025 97,97%\n2026 -"],
                [2, "Nilai SAKIP", "2025 BB\n2026 A", "2025 BB\n2026 -", "2025 100%\n2026 -"]]

    data = load_indicators(make_workbook(tmp_path / "a.xlsx", {"SS": rows("Persentase Capaian Kinerja")}), year=2025)
    values = data.values.set_index(["id", "kind"])
    assert values.loc[("I01", "target"), "value"] == 79 and values.loc[("I01", "realisation"), "value"] == 77.4
    assert values.loc[("I02", "realisation"), "text"] == "BB" and values.loc[("I01", "stated_capaian"), "value"] == 97.97
    used = {cell: (field, how) for cell, _, field, how in data.recognition[0].columns}
    assert used["D1"] == ("realisation", "the capaian beside its percentage")
    assert "years_stacked" in data.notes["check"].tolist()
    with pytest.raises(InputError, match="one column for 'stated_capaian'"):
        load_indicators(make_workbook(tmp_path / "b.xlsx", {"SS": rows("Capaian Akhir")}), year=2025)


def test_an_assessment_by_aspek_reads_each_kondisi_as_the_value_reached_and_sets_its_weight_rows_aside(tmp_path):
    """A BUMD health assessment: 'Aspek | Kondisi | Nilai | Bobot', aspect rows over the indicators, a weight row closing
    each aspect ('Bobot Kinerja - Aspek Keuangan', its value under Bobot), then 'Jumlah Bobot' and 'Kategori'. The
    indicators are read with their Kondisi as the realisation (no target: a field_empty warning), the weight, total and
    category rows are no indicators and are not checked as sums of the values. Near misses: 'Kondisi Awal' is the
    baseline, not the value reached; an SKP's 'Aspek' (Kuantitas, Kualitas) beside its indicator column is no indicator."""
    def rows(kondisi: str) -> list[list]:
        return [["Aspek", kondisi, "Nilai", "Bobot"], ["A. KEUANGAN"], ["a. Roe", "6.42 %", 4, 0.22],
                ["b. Rasio Kas", "112.5 %", 5, 0.25], ["Bobot Kinerja - Aspek Keuangan", None, None, 0.47],
                ["B. Pelayanan"], ["1. Cakupan Pelayanan", "62.8 %", 3, 0.375],
                ["Bobot Kinerja - Aspek Pelayanan", None, None, 0.375], ["Jumlah Bobot", 0.845], ["Kategori", "Sehat"]]

    data = load_indicators(make_workbook(tmp_path / "a.xlsx", {"S": rows("Kondisi")}), year=2024)
    assert data.indicators["indicator"].tolist() == ["Roe", "Rasio Kas", "Cakupan Pelayanan"]  # without the list's markers
    real = data.values[data.values["kind"].eq("realisation")]
    assert real["value"].tolist() == [6.42, 112.5, 62.8]
    checks = data.notes["check"].tolist()
    assert checks.count("rows_aside") == 4 and "average_mismatch" not in checks
    baseline = load_indicators(make_workbook(tmp_path / "b.xlsx", {"S": rows("Kondisi Awal")}), year=2024)
    assert not baseline.values["kind"].eq("realisation").any()
    skp = [["No", "Aspek", "Indikator Kinerja Individu", "Target", "Realisasi"], [1, "Kuantitas", "Jumlah dokumen", 4, 4],
           [2, "Kualitas", "Persentase dokumen tanpa revisi", 90, 95]]
    data = load_indicators(make_workbook(tmp_path / "c.xlsx", {"S": skp}), year=2024)
    assert data.indicators["indicator"].tolist() == ["Jumlah dokumen", "Persentase dokumen tanpa revisi"]


def test_indicators_as_column_bands_over_units_are_a_table_each_named_by_its_band(xlsx):
    """An SPM table by puskesmas names no indicator column: each band over the same leaves (SASARAN | CAPAIAN |
    PERSENTASE) names one indicator, the rows are its units, read as a table of its own (it was refused for two goal
    columns and no indicator). Near miss: bands of years over Target | Realisasi with no indicator column are no
    indicators, and the table is refused as before."""
    rows = [["NO", "KECAMATAN", "Pelayanan kesehatan balita", None, None, "Pelayanan kesehatan usia lanjut", None, None],
            [None, None, "SASARAN", "CAPAIAN", "PERSENTASE", "SASARAN", "CAPAIAN", "PERSENTASE"],
            [1, "Ajung", 200, 150, "75,00", 80, 60, "75,00"],
            [2, "Balung", 100, 90, "90,00", 40, 20, "50,00"],
            [None, "JUMLAH", 300, 240, "80,00", 120, 80, "66,67"]]
    merged = ["A1:A2", "B1:B2", "C1:E1", "F1:H1"]
    data = load_indicators(xlsx("kinerja.xlsx", {"SPM": rows}, merged={"SPM": merged}), year=2023)
    assert data.indicators["indicator"].tolist() == ["Pelayanan kesehatan balita", "Pelayanan kesehatan usia lanjut"]
    assert [("indicator", "band") in {(field, how) for _, _, field, how in record.columns} for record in data.recognition] == [True, True]
    years = [["Uraian", "2022", None, "2023", None], [None, "Target", "Realisasi", "Target", "Realisasi"],
             ["Pelayanan A", 90, 85, 95, 92], ["Jumlah", 90, 85, 95, 92]]
    with pytest.raises(InputError, match="a column for 'indicator'"):
        load_indicators(xlsx("tahun.xlsx", {"PK": years}, merged={"PK": ["A1:A2", "B1:C1", "D1:E1"]}), year=2023)


def test_a_budget_and_realisation_stacked_after_their_labels_in_one_cell_are_read_from_their_lines(xlsx):
    """A portal page copied into Excel stacks each activity's 'Pagu:' / amount / 'Realisasi:' / amount / percentage /
    'Sisa: …' in one cell under 'Rencana vs Realisasi': the budget and the realisation are that column, each read from
    the line after its label (the table was refused for no budget column, and the summary cards above it read as its
    header). Near misses: a filter line above the header ('Tahun: | 2025 | Kategori:') heads nothing, and a card's
    percentage with its caption ('87.58% dari total pagu') is no header cell."""
    rows = [["Pagu Rencana", None, "Realisasi Terserap"], ["Rp 300.000.000", None, "Rp 250.000.000"],
            ["Total alokasi", None, "83.33% dari total pagu"], [],
            ["Tahun:", "2025", "Kategori:"],
            ["Program & Kegiatan", "Kategori", "Rencana vs Realisasi"],
            ["Rehabilitasi Drainase", "Infrastruktur", "Pagu:\nRp 200.000.000\nRealisasi:\nRp 180.000.000\n90%\nSisa: Rp 20.000.000"],
            ["Pelatihan Menjahit", "Pemberdayaan", "Pagu:\nRp 100.000.000\nRealisasi:\nRp 70.000.000\n70%\nSisa: Rp 30.000.000"]]
    budget = load_budget(xlsx("anggaran.xlsx", {"Kegiatan": rows}), year=2025)
    assert budget.rows[["name", "budget", "realised"]].values.tolist() == [["Rehabilitasi Drainase", 200_000_000, 180_000_000],
                                                                        ["Pelatihan Menjahit", 100_000_000, 70_000_000]]
    assert budget.rows["location"].str.endswith("!row 7").tolist() == [True, False]
    used = [record for record in budget.recognition if record.status == "used"]
    assert [(cell, field, how) for cell, _, field, how in used[0].columns if how == "stacked"] == [("C6", "budget", "stacked"),
                                                                                                ("C6", "realised", "stacked")]


def test_a_target_capaian_band_holds_the_targets_of_its_years(tmp_path):
    """Kota Sukabumi's RPJMD Tabel 8.1: 'TARGET CAPAIAN KINERJA' over 2019 … 2023 holds each year's target; the word
    capaian kept it from being read as one, and the table was read with no target at all. Near miss: 'Capaian
    terhadap Target' beside Target and Realisasi is still the stated capaian."""
    head = [["NO", "INDIKATOR KINERJA", "SATUAN", "TARGET CAPAIAN KINERJA", None],
            [None, None, None, 2019, 2020]]
    rows = [["1.1.1", "Persentase Melek Al-Qur'an untuk Tingkat Dasar", "Persen", 77.5, 78.75]]
    merged = ["A1:A2", "B1:B2", "C1:C2", "D1:E1"]
    data = load_indicators(make_workbook(tmp_path / "a.xlsx", {"S": head + rows}, merged={"S": merged}), year=2019)
    targets = data.values[data.values["kind"].eq("target")].set_index("year")["value"]
    assert targets.to_dict() == {2019: 77.5, 2020: 78.75}
    beside = [["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian terhadap Target"], [1, "Indeks A", 80, 88, 110]]
    kinds = load_indicators(make_workbook(tmp_path / "b.xlsx", {"S": beside}), year=2019).values["kind"].tolist()
    assert sorted(kinds) == ["realisation", "stated_capaian", "target"]


def test_a_renja_evaluation_reads_the_rp_of_its_realisation_band_in_thousands_and_no_ratio_or_plan_period(tmp_path):
    """Permendagri 86/2017 Renja/RKPD evaluation (Formulir E.81, Tabel T-C.30): every band over K | 'Rp. (000)'. The
    budget is the Rp of 'Target Kinerja dan Anggaran … yang dievaluasi', the realisation the Rp of 'Realisasi Capaian
    Kinerja dan Anggaran … yang Dievaluasi' (the quarters' sum), both times 1000. Near misses: the Rp of 'Tingkat
    Capaian … dan Realisasi Anggaran' (a ratio, with or without its '(%)') and of the RPJMD's and Renstra's bands (the
    five-year plan's amounts up to the year) stay unread; a figure written after 'Rp' is no unit."""
    from lakip_lib.loading.recognise.rows import unit_kind

    assert [unit_kind(u) for u in ("Rp. (000)", "Rp (000)", "Rp. (Ribuan)", "Rp (Juta)")] == ["money"] * 4
    assert unit_kind("Rp 2.000") is None and unit_kind("Rp. 150.000") is None
    budget = vocabulary("budget")
    plan = ["Realisasi Kinerja dan Anggaran RPJMD s/d Tahun 2023 (Akhir Tahun Pelaksanaan RKPD)",
            "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2023", "Target RPJMD pada Tahun 2021 s/d 2026",
            "Target Kinerja dan Anggaran RPJMD pada Tahun 2026 (Akhir Periode RPJMD)",
            "Realisasi Capaian Kinerja RPJMD s/d RKPD Tahun Lalu (n-2)"]
    ratios = ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi",
              "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)",
              "Tingkat Capaian Kinerja dan Anggaran"]
    assert [match_path((band, "Rp. (000)"), budget) for band in plan + ratios] == [None] * len(plan + ratios)
    # a header of the percentage realised is that percentage, never the amount
    for header in ("Persentase Realisasi Anggaran", "Prosentase Realisasi", "Tingkat Realisasi Anggaran"):
        assert match_path((header,), budget).name == "stated_pct", header

    head = [["Kode", "Program/Kegiatan", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2023) yang Dievaluasi", None,
             "Realisasi Kinerja Pada Triwulan", None, None, None,
             "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi", None,
             "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi", None, plan[0], None],
            [None, None, None, None, "I", None, "II", None, None, None, None, None, None, None],
            ["1", "2", "3", None, "4", None, "5", None, "6 = 4 + 5", None, "7 = 6 / 3", None, "8", None],
            [None, None, *["K", "Rp. (000)"] * 6]]
    rows = [["5.03.01", "Program Penunjang", 100, 4_000, 40, 1_500, 55, 2_300, 95, 3_800, 95, 95, 480, 19_500],
            ["5.03.01.1.01", "Perencanaan", 12, 1_000, 5, 400, 6, 500, 11, 900, 91.67, 90, 60, 4_900]]
    merged = ["C1:D2", "E1:H1", "E2:F2", "G2:H2", "I1:J2", "K1:L2", "M1:N2", "C3:D3", "E3:F3", "G3:H3", "I3:J3", "K3:L3",
              "M3:N3"]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"E81": head + rows}, merged={"E81": merged}), year=2023)
    assert loaded.rows[["code", "budget", "realised"]].values.tolist() == [["5.03.01", 4_000_000, 3_800_000],
                                                                           ["5.03.01.1.01", 1_000_000, 900_000]]
    assert "amounts_scaled" in loaded.notes["check"].tolist()


def _sakti(item_realised_in_z: bool = True) -> list[list]:
    """A SAKTI 'Ketersediaan Dana Detail' cut down: Kode (A) | … | Uraian (C) | … | Pagu (I) | Realisasi › s.d. Periode (J:K merged);
    each level's code and name in columns of their own (program A/C, kegiatan A/E, KRO B/D, RO B/F, akun G/H, item
    H), the total rows' realisation in J and the item rows' in K."""
    def row(code: dict[int, str], name: dict[int, str], pagu: int, real: int, item: bool = False) -> list:
        cells: list = [None] * 11
        for j, v in {**code, **name}.items():
            cells[j] = v
        cells[8] = pagu
        cells[10 if item and item_realised_in_z else 9] = real
        return cells

    return [["LAPORAN KETERSEDIAAN DANA DETAIL"], ["Kode", None, "Uraian", None, None, None, None, None, "Pagu",
                                                    "Realisasi", None],
            [None, None, None, None, None, None, None, None, None, "s.d. Periode", None],
            row({0: "WA"}, {2: "Program Dukungan Manajemen"}, 500, 400),
            row({0: "WA.2369"}, {4: "Dukungan Manajemen Internal"}, 500, 400),
            row({1: "EBA"}, {3: "Layanan Dukungan Manajemen Internal"}, 500, 400),
            row({1: "EBA.994"}, {5: "Layanan Perkantoran"}, 300, 250),
            row({6: "521111"}, {7: "Belanja Keperluan Perkantoran"}, 300, 250),
            row({}, {7: "000001. Alat tulis kantor"}, 300, 250, item=True),
            row({1: "EBA.962"}, {5: "Layanan Umum"}, 200, 150),
            row({6: "524111"}, {7: "Belanja Perjalanan Dinas Biasa"}, 200, 150),
            row({}, {7: "000002. Perjalanan dinas"}, 200, 150, item=True)]


def test_a_sakti_outline_reads_each_level_from_where_its_code_stands_and_a_merged_figure_from_either_column(tmp_path):
    """Codes and names of each level in columns of their own (most without a header): the columns right of Kode up to
    the figures that hold codes are the code, those that hold words the name; a code further right is a child, one in
    the same column extending the one above too. Program, kegiatan and RO are the levels; the KRO over its RO, the
    akun and the items are not. The realisation to date, merged over two columns, is read from the one holding it on
    each row (the items'). The near misses: a column beside Uraian naming the same rows a second time is no outline
    (the codes are read as split over columns); a pair of merged columns both filled on a row is read from the first
    alone."""
    merged = {"GLP039": ["A2:A3", "C2:C3", "I2:I3", "J2:K2", "J3:K3"]}
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"GLP039": _sakti()}, merged))
    assert loaded.rows[["code", "level", "parent", "budget", "realised"]].values.tolist() == [
        ["WA", "program", None, 500, 400], ["WA.2369", "kegiatan", "WA", 500, 400],
        ["WA.2369.EBA.994", "sub_kegiatan", "WA.2369", 300, 250], ["WA.2369.EBA.962", "sub_kegiatan", "WA.2369", 200, 150]]
    columns = [(cell, path, render(field, "en"), how) for cell, path, field, how in loaded.recognition[0].columns]
    assert ("B3", "", "part of code", "outline") in columns and ("F3", "", "part of name", "outline") in columns
    assert ("K3", "Realisasi › s.d. Periode", "realised", "merged pair") in columns
    assert "levels_from_codes" in set(loaded.notes["check"])
    # near miss: a second name of the same rows beside Uraian (two name cells on a row) is no outline
    twice = _sakti()
    for cells in twice[3:]:
        cells[3] = cells[3] or "Satker Contoh"
    with pytest.raises(InputError):
        load_budget(make_workbook(tmp_path / "dua.xlsx", {"GLP039": twice}, merged))
    # near miss: both columns of the merged pair filled on a row: two figures, the first read
    both = _sakti()
    both[8][9] = 250
    loaded = load_budget(make_workbook(tmp_path / "tiga.xlsx", {"GLP039": both}, merged))
    assert not any(how == "merged pair" for *_, how in loaded.recognition[0].columns)


def test_whole_rka_kl_pok_codes_place_program_kegiatan_and_ro_and_outline_codes_join_their_parents():
    from lakip_lib.loading.recognise.hierarchy import code_levels, outline_codes

    found, _ = code_levels(["DL", "DL.2376", "DL.2376.SAC", "DL.2376.SAC.811", "DL.2376.SAC.811.302", None])
    assert found.how == "rka-k/l codes"
    assert found.levels == ["program", "kegiatan", None, "sub_kegiatan", None, None]
    assert found.roles == ["level", "level", "account", "level", "account", "heading"]
    assert code_levels(["032.12.DL", "032.12.DL.2376"])[0].levels == ["program", "kegiatan"]
    # near misses: roman numerals of two capitals place no program without a kegiatan; a code of another form
    # among them is no POK code
    assert code_levels(["II", "IV"])[0] is None or code_levels(["II", "IV"])[0].how != "rka-k/l codes"
    assert code_levels(["WA", "WA.2369", "Lain-lain"])[0] is None
    assert outline_codes([["302", None, None], [None, "302.0B", None], [None, None, "521832"], ["001", None, None]]) == \
        ["302", "302.0B", "302.0B.521832", "001"]
    # near miss: a code in the same column that does not extend the one above is its sibling
    assert outline_codes([["WA", None], ["DL", None], [None, "2376"]]) == ["WA", "DL", "DL.2376"]


def test_every_code_scheme_is_tried_from_one_table_in_order_and_accounts_alone_are_no_other_schemes_codes():
    """Nested account codes, Permendagri 90 accounts alone, the joined schemes and an LRA's belanja accounts are one
    table (``SCHEMES``), tried in that order. The near misses: accounts alone that do not nest are tried by no later
    scheme (not read as Permendagri 13 programs by their depth); an LRA's accounts with a revenue code among them are
    no LRA's belanja."""
    from lakip_lib.loading.recognise.hierarchy import ACCOUNTS, LRA_ACCOUNTS, SCHEMES, code_levels

    names = list(SCHEMES)
    assert names[:2] == ["nested account codes", ACCOUNTS] and names[-1] == LRA_ACCOUNTS
    lra = code_levels(["5", "5.1", "5.1.1", "5.2", "5.2.2", "5.2.2.01.01"])[0]
    assert lra.how == LRA_ACCOUNTS and lra.levels == [None, "program", "kegiatan", "program", "kegiatan", None]
    assert code_levels(["5", "5.1", "5.1.1"])[0].how == "numbered codes"  # a numbering before an LRA's accounts
    assert code_levels(["5.1.02", "5.2.02.05.01.0005"]) == (None, "3, 6")
    assert code_levels(["4.1", "4.1.2", "5.1"]) == (None, "2, 3")


def test_an_outline_whose_codes_follow_no_scheme_takes_each_level_from_the_column_its_code_stands_in(tmp_path):
    """Codes of no known scheme (P1, K1, S1), each level's in a column further right and its name likewise: the
    outermost rows are programs, their children kegiatan, theirs sub-kegiatan, deeper rows set aside, with a note. The
    near miss: whole codes of a known scheme take that scheme's levels, not their depth (the SAKTI outline's KRO, two
    deep, is no sub-kegiatan: see the SAKTI test)."""
    rows = [["Kode", None, None, None, "Uraian", None, None, "Pagu", "Realisasi"],
            ["P1", None, None, None, "Program Satu", None, None, 300, 250],
            [None, "K1", None, None, None, "Kegiatan Satu", None, 300, 250],
            [None, None, "S1", None, None, None, "Sub Kegiatan Satu", 200, 150],
            [None, None, None, "R1", None, None, "Belanja Pegawai", 200, 150],
            [None, None, "S2", None, None, None, "Sub Kegiatan Dua", 100, 100]]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"Outline": rows}))
    assert loaded.rows[["code", "level", "parent", "budget"]].values.tolist() == [
        ["P1", "program", None, 300], ["P1.K1", "kegiatan", "P1", 300], ["P1.K1.S1", "sub_kegiatan", "P1.K1", 200],
        ["P1.K1.S2", "sub_kegiatan", "P1.K1", 100]]
    assert "levels_from_codes" in set(loaded.notes["check"])
    # the near miss: the same outline with POK codes reads by the scheme (the KRO between kegiatan and RO set aside)
    pok = [list(r) for r in rows]
    for cells, code in zip(pok[1:], ["WA", "2369", "EBA", "994", "EBB"]):
        cells[next(j for j in range(4) if cells[j])] = code
    pok[4][3], pok[5][2], pok[5][6] = "EBA.994", "EBA.962", "Layanan Umum"
    pok[3][6], pok[4][6] = "Layanan Dukungan", "Layanan Perkantoran"
    loaded = load_budget(make_workbook(tmp_path / "pok.xlsx", {"Outline": pok}))
    assert loaded.rows[["code", "level"]].values.tolist()[:2] == [["WA", "program"], ["WA.2369", "kegiatan"]]
    assert "WA.2369.EBA" not in loaded.rows["code"].tolist()


def test_a_column_of_commentary_is_text_about_the_figures_never_a_figure(tmp_path):
    """A puskesmas' PKP sheet ends with 'Analisa Ketercapaian Target Tahun n | Akar Penyebab Masalah | Rencana Tindak
    Lanjut': the analysis named the target and was refused as a second target column. A column whose own label heads
    an analysis, its causes, the follow-up or a remark is that text field (or none), whatever figure word it holds.
    Near misses: a band titled 'Analisis Capaian Kinerja' over Target names its columns' fields, not commentary;
    'Upaya Pelayanan Kesehatan' is the programme's name, not the follow-up ('Upaya'); an asset's Keterangan stays its
    note."""
    indicators = vocabulary("indicators")
    assert match_path(("Analisa Ketercapaian Target Tahun n",), indicators).name == "analysis"
    assert match_path(("Akar Penyebab Masalah",), indicators).name == "obstacles"
    assert match_path(("RTL",), indicators).name == "actions"
    assert match_path(("Keterangan Realisasi",), indicators) is None
    for remarks in (["Belum Tercapai", "Tercapai"], [92.4, 100]):  # a remark is no capaian, whatever its cells hold
        rows = [["No", "Indikator", "Target", "Realisasi", "% Capaian Akhir", "Keterangan Capaian"],
                [1, "Persentase pencari kerja yang ditempatkan", 45, 41.6, 92.44, remarks[0]],
                [2, "Jumlah kawasan transmigrasi yang difasilitasi", 3, 3, 100, remarks[1]]]
        data = load_indicators(make_workbook(tmp_path / f"ikp{len(list(tmp_path.iterdir()))}.xlsx", {"IKP": rows}), year=2025)
        assert data.values[data.values["kind"].eq("stated_capaian")]["value"].tolist() == [92.44, 100.0]
    assert match_path(("Analisis Capaian Kinerja", "Target"), indicators).name == "target"
    assert getattr(match_path(("Upaya Pelayanan Kesehatan/ Program/Variabel/Sub Variabel Program",), indicators), "name", None) == "indicator"
    assert match_path(("Keterangan",), vocabulary("assets")).name == "note"
    rows = [["No", "Indikator", "Target", "Realisasi", "Analisa Ketercapaian Target", "Akar Penyebab Masalah"],
            [1, "Cakupan imunisasi dasar lengkap", 95, 91, "Target belum tercapai", "Sasaran pindah domisili"]]
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"PKP": rows}), year=2023)
    assert data.values.set_index("kind")["value"].to_dict() == {"target": 95.0, "realisation": 91.0}
    assert data.indicators.loc[0, ["analysis", "obstacles"]].tolist() == ["Target belum tercapai", "Sasaran pindah domisili"]


def test_a_column_number_row_with_formulas_is_no_data_even_when_its_numbering_starts_again():
    """The PKP form numbers its columns '1 … 5 | 6 : 5x3 | 7 | 8 : 7/5 | 9 … 20' and then '(12) (13) (14)' again: the
    ':' of a formula was not read and the restart broke the sequence, so the row became an indicator named '2'.
    Near misses: small numbers that restart with no formula, and a ratio with no operator, are data."""
    assert is_column_numbers([1, 2, 3, 4, 5, "6 : 5x3", 7, "8 : 7/5", *range(9, 21), "(12)", "(13)", "(14)"])
    assert is_column_numbers(["(1)", "(2)", "(3)", "(4)", "(5)=(3)x(4)"])
    assert not is_column_numbers([1, 2, 3, 4, 5, 7, 8, 3, 9])
    assert not is_column_numbers([1, 2, 3, 4, "1 : 2", 3])


def test_a_target_named_by_a_formula_of_other_columns_yields_to_the_stated_target(tmp_path):
    """'Target (T) dalam % | Total Sasaran | Target Sasaran (Tx S)': the target rate, the population served and their
    product, a count. Two targets were a question; the one labelled by a formula of others is the working, the other
    the indicator's target. Near misses: a column labelled by a formula with no other column of its field is read
    (a capaian 'R/T' is the capaian), and a sum of columns is no derived value."""
    def table(header: list[str], row: list) -> Path:
        return make_workbook(tmp_path / f"k{len(list(tmp_path.iterdir()))}.xlsx", {"PKP": [header, row]})

    header = ["No", "Indikator", "Target (T) dalam %", "Total Sasaran", "Target Sasaran (Tx S)", "Realisasi"]
    data = load_indicators(table(header, [1, "Balita ditimbang", "80%", 50, 40, 78]), year=2023)
    assert data.values.set_index("kind")["value"].to_dict() == {"target": 80.0, "realisation": 78.0}
    header = ["No", "Indikator", "Target", "Realisasi", "Capaian (R/T)"]
    data = load_indicators(table(header, [1, "Balita ditimbang", 80, 78, 97.5]), year=2023)
    assert data.values.set_index("kind")["value"].to_dict() == {"target": 80.0, "realisation": 78.0, "stated_capaian": 97.5}
    with pytest.raises(InputError, match="one column for 'target'"):
        load_indicators(table(["No", "Indikator", "Target (T) dalam %", "Target Sasaran (T+S)", "Realisasi"],
                              [1, "Balita ditimbang", "80%", 130, 78]), year=2023)


def test_months_compiled_in_a_column_beside_them_are_its_working(tmp_path):
    """'Capaian Kegiatan › Jan … Mar' beside 'Kompilasi Pencapaian (dalam satuan sasaran)', which holds their sum on
    every row, and '%Cakupan', the indicator's realisation: the months were read as the stated capaian (1%, the last
    month filled, against a computed 96%). Months adding up to a column the loaders do not read are that column's
    working; unnamed, that column is the months' year (their total). Near miss: months that do not add up to any
    column stay the field by month."""
    def table(band: str, compiled: str, rows: list[list]) -> Path:
        header = [["No", "Indikator", "Target", compiled, "%Cakupan", band, None, None],
                  [None, None, None, None, None, "Jan", "Feb", "Mar"]]
        merged = ["F1:H1", *(f"{c}1:{c}2" for c in "ABCDE")]
        path = tmp_path / f"k{len(list(tmp_path.iterdir()))}.xlsx"
        return make_workbook(path, {"PKP": [*header, *rows]}, merged={"PKP": merged})

    rows = [[1, "PAUD yang mendapat penyuluhan", "55%", 21, 53, 8, 9, 4], [2, "Kunjungan Posyandu", "30%", 24, 69, 10, 12, 2]]
    data = load_indicators(table("Capaian Kegiatan", "Kompilasi Pencapaian (dalam satuan sasaran)", rows), year=2023)
    assert sorted(data.values["kind"].unique()) == ["realisation", "target"]
    rows = [[1, "PAUD yang mendapat penyuluhan", "55%", 21, None, 8, 9, 4]]
    data = load_indicators(table("Realisasi", "Kompilasi", rows), year=2023)
    assert data.values.set_index("kind")["value"].to_dict() == {"target": 55.0, "realisation": 21.0}
    rows = [[1, "PAUD yang mendapat penyuluhan", "55%", 30, 53, 8, 9, 4]]
    data = load_indicators(table("Capaian Kegiatan", "Kompilasi Pencapaian (dalam satuan sasaran)", rows), year=2023)
    assert "stated_capaian" in set(data.values["kind"])


def test_an_output_header_names_the_indicators_and_a_capaian_amount_beside_its_percentage_is_the_value_reached():
    """'Rincian Output (RO)', 'Output', 'Keluaran' head the indicators' names; 'CAPAIAN › JUMLAH | %' is the amount
    reached beside its percentage (the 'jumlah' is no total of the band). Near misses: 'Target Output', 'Kode RO' and
    'Satuan Output' name no indicator; 'CAPAIAN › JUMLAH' with no percentage beside it is still the band's total."""
    v = vocabulary("indicators")
    for header in ("RINCIAN OUTPUT (RO) PER SATKER", "Output", "Keluaran", "Rincian Output"):
        assert match_path((header,), v).name == "indicator", header
    assert match_path(("Target Output",), v).name == "target"
    assert match_path(("Kode RO",), v) is None and getattr(match_path(("Satuan Output",), v), "name", None) != "indicator"


@pytest.mark.parametrize("indicator", ["Indikator Kinerja", "Indikator Keluaran", "Indikator Output"])
def test_beside_an_indicator_column_an_output_column_names_no_indicator(tmp_path, indicator):
    """Keluaran | Indikator Keluaran (a Renja's output and its indicator): the indicator column names the indicators,
    the output is not used."""
    rows = [["No", "Keluaran", indicator, "Target 2024", "Realisasi 2024"], [1, "Dokumen RKPD", "Jumlah dokumen", 1, 1]]
    data = load_indicators(make_workbook(tmp_path / "a.xlsx", {"S": rows}), year=2024)
    assert data.indicators["indicator"].tolist() == ["Jumlah dokumen"]


def test_a_capaian_amount_beside_its_percentage_is_the_realisation_without_a_warning(tmp_path):
    header = [["No", "Keluaran", "Target", "Satuan", "Capaian Triwulan IV", None], [None, None, None, None, "Jumlah", "%"]]
    path = make_workbook(tmp_path / "a.xlsx", {"S": [*header, [1, "Layanan Perkantoran", 12, "Bulan", 12, "100 %"]]},
                         merged={"S": ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1"]})
    data = load_indicators(path, year=2022)
    values = data.values.set_index("kind")
    assert data.indicators["indicator"].tolist() == ["Layanan Perkantoran"]
    assert values.loc["realisation", "value"] == 12 and values.loc["stated_capaian", "value"] == 100
    assert not data.notes["check"].eq("capaian_as_realisation").any()
    alone = [["No", "Keluaran", "Target", "Capaian Triwulan IV"], [None, None, None, "Jumlah"], [1, "Layanan", 12, 12]]
    near = load_indicators(make_workbook(tmp_path / "b.xlsx", {"S": alone}, merged={"S": ["A1:A2", "B1:B2", "C1:C2"]}),
                           year=2022)
    assert near.notes["check"].eq("capaian_as_realisation").any()  # no percentage beside it: said, as before


def test_rows_per_unit_under_a_heading_are_the_headings_indicator(tmp_path):
    """A name column headed 'per Satker' (a Kejaksaan's capaian RO): the heading row names the output, written from the
    No. column merged across the name; the satker's row under it gives its figures. One unit under a heading is the
    heading's indicator, several are one each, named by the heading and the unit. Near misses: the same rows under a
    header naming no unit keep the heading as the indicators' goal; a row merged so with values, or after the last
    valued row, is no heading."""
    def sheet(name_header: str) -> list[list]:
        return [["NO.", name_header, "TARGET SETAHUN", "SATUAN", "REALISASI"],
                ["Layanan Prasarana Internal", None, None, "Unit", None],
                [1, "KEJAKSAAN NEGERI PESISIR SELATAN", 4, None, 4],
                ["Layanan Perkantoran", None, None, "Bulan", None],
                [2, "KEJAKSAAN NEGERI PADANG", 12, "Bulan", 12],
                [3, "KEJAKSAAN NEGERI SOLOK", 12, "Bulan", 11]]

    merged = {"S": ["A2:B2", "A4:B4"]}
    data = load_indicators(make_workbook(tmp_path / "a.xlsx", {"S": sheet("RINCIAN OUTPUT (RO) PER SATKER")}, merged=merged),
                           year=2022)
    assert data.indicators["indicator"].tolist() == ["Layanan Prasarana Internal",
                                                     "Layanan Perkantoran – KEJAKSAAN NEGERI PADANG",
                                                     "Layanan Perkantoran – KEJAKSAAN NEGERI SOLOK"]
    assert data.indicators["unit"].tolist() == ["Unit", "Bulan", "Bulan"]  # the heading's Satuan where the row has none
    assert data.indicators["goal"].isna().all()
    said = data.notes[data.notes["check"].eq("units_per_row")]
    assert said["severity"].tolist() == ["info"] and "KEJAKSAAN NEGERI PESISIR SELATAN" in said["message_en"].iloc[0]
    near = load_indicators(make_workbook(tmp_path / "b.xlsx", {"S": sheet("Rincian Output")}, merged=merged), year=2022)
    assert near.indicators["indicator"].tolist() == ["KEJAKSAAN NEGERI PESISIR SELATAN", "KEJAKSAAN NEGERI PADANG",
                                                     "KEJAKSAAN NEGERI SOLOK"]
    assert near.indicators["goal"].tolist() == ["Layanan Prasarana Internal", "Layanan Perkantoran", "Layanan Perkantoran"]
    assert not near.notes["check"].eq("units_per_row").any()
    footer = [["No", "Indikator Kinerja", "Target", "Realisasi"], [1, "Cakupan A", 80, 82],
              ["Laporan Kinerja Tahun 2022", None, None, None]]
    tail = load_indicators(make_workbook(tmp_path / "c.xlsx", {"S": footer}, merged={"S": ["A3:B3"]}), year=2022)
    assert tail.indicators["indicator"].tolist() == ["Cakupan A"]


def test_the_capaian_of_year_n_beside_year_n_minus_1_is_the_years_and_a_change_column_is_no_capaian(tmp_path):
    """An inspectorate's review quoting macro indicators (Labuhanbatu Utara's LPPD review): 'CAPAIN KINERJA TAHUN
    N-1 | CAPAIN KINERJA TAHUN N | PERUBAHAN %', no target. The year N column is the reported year's value (the
    earlier year its history), 'Capain' the print's slip for 'Capaian', and 'Perubahan %' the change between them,
    not a capaian (it made a third capaian column, refused as ambiguous). Near misses: a form whose columns all name
    'n-1' (evaluating the year before) is not told apart by the relative year; 'Tahun N+1' names no year read;
    'Capaian (%)' stays the capaian."""
    indicators = vocabulary("indicators")
    assert match_path(("Capain Kinerja Tahun N",), indicators).name == "stated_capaian"
    for change in ("PERUBAHAN %", "Kenaikan (%)", "Pertumbuhan Capaian"):
        assert match_path((change,), indicators) is None, change
    assert match_path(("Capaian (%)",), indicators).name == "stated_capaian"
    rows = [["NO", "INDIKATOR KINERJA\nMAKRO", "CAPAIN\nKINERJA\nTAHUN N-1", "CAPAIN\nKINERJA\nTAHUN N", "PERUBAHAN\n%"],
            [1, "Indeks Pembangunan Manusia", "71,43", "71,61", "- 28,39%"],
            [2, "Pendapatan per Kapita", "24.378,34", "25.191,24", "25.091,24"]]
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"Makro": rows}), year=2020)
    values = data.values[data.values["kind"].eq("realisation")]
    assert values[["year", "value"]].values.tolist() == [[2020, 71.61], [2020, 25191.24]]
    both_before = [["No", "Indikator", "Capaian Tahun N-1", "Capaian Kinerja (n-1)"], [1, "IPM", "71,43", "71,61"]]
    with pytest.raises(InputError, match="stated_capaian"):
        load_indicators(make_workbook(tmp_path / "sebelum.xlsx", {"Makro": both_before}), year=2020)


def test_levels_of_a_titled_iku_are_its_indicators_and_the_achievement_is_read_against_its_own_target(tmp_path):
    """A university's IKU 1 export by study level: the title names the indicator, 'Jenjang Pendidikan' each row's part
    of it, and 'Tingkat Pencapaian (%)' is what 'Target Pencapaian (%)' is set for; 'AEE Ideal (%)' and 'Realisasi
    AEE (%)' are the working (three capaian columns and no indicator column were refused). Near misses: a plain
    'Target' names no measure, so 'Tingkat Pencapaian (%)' beside it stays the capaian; a 'Capaian (%)' beside the
    pair stays the capaian; without a title naming an indicator the levels are no indicators (still refused)."""
    header = ["No", "Jenjang Pendidikan", "Lulus Tepat Waktu", "AEE Ideal (%)", "Realisasi AEE (%)",
              "Tingkat Pencapaian (%)", "Target Pencapaian (%)"]
    body = [[1, "Sarjana", "1.204", "25,00%", "17,36%", "69,44%", "60,41%"],
            [2, "Magister", "402", "50,00%", "35,02%", "70,03%", "41,02%"]]
    title = [["LAPORAN CAPAIAN IKU 1 - ANGKA EFISIENSI EDUKASI (AEE PT)"], []]
    data = load_indicators(make_workbook(tmp_path / "iku.xlsx", {"IKU 1": [*title, header, *body]}), year=2026)
    assert data.indicators["indicator"].tolist() == ["Sarjana", "Magister"]
    values = data.values.pivot(index="id", columns="kind", values="value")
    assert values[["target", "realisation"]].values.tolist() == [[60.41, 69.44], [41.02, 70.03]]
    assert "stated_capaian" not in values

    plain = [["No", "Indikator", "Target", "Realisasi", "Tingkat Pencapaian (%)"], [1, "IPM", 70, 71, "101,43%"]]
    data = load_indicators(make_workbook(tmp_path / "biasa.xlsx", {"PK": plain}), year=2026)
    assert set(data.values["kind"]) == {"target", "realisation", "stated_capaian"}
    stated = [["No", "Indikator", "Target Pencapaian (%)", "Tingkat Pencapaian (%)", "Capaian (%)"],
              [1, "AEE", "60,00%", "69,00%", "115,00%"]]
    data = load_indicators(make_workbook(tmp_path / "capaian.xlsx", {"PK": stated}), year=2026)
    assert data.values.set_index("kind")["value"].to_dict() == {"target": 60.0, "realisation": 69.0, "stated_capaian": 115.0}
    untitled = [["Laporan per jenjang pendidikan"], [], header, *body]
    with pytest.raises(InputError, match="indicator"):
        load_indicators(make_workbook(tmp_path / "tanpa.xlsx", {"IKU 1": untitled}), year=2026)


def test_a_header_word_printed_again_under_a_page_s_header_is_no_signature(tmp_path):
    """A roster printed page by page, each page's header followed by a line holding only 'NIP' under the NIP column: the
    line was taken for a signature's 'NIP' and ended the table, dropping every person after it without a word (found by
    a helper on a tukin payroll fixture). A line right under the header printed again, holding only the header's own
    words in their columns, is part of that header. Near miss: 'NIP' alone under a signatory's name, with no header above
    it, still ends the table."""
    from lakip_lib.loading import load_staff
    from workbooks import nip

    header = ["No", "Nama", "NIP", "Gol", "Jabatan"]

    def person(i: int) -> list:
        return [i, f"Pegawai {i}", nip(i, female=bool(i % 2)), "III/a", "Analis SDM Aparatur Ahli Pertama"]

    rows = [["DAFTAR PEGAWAI"], header, person(1), person(2), header, [None, None, "NIP", None, None], person(3), person(4)]
    loaded = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"DUK": rows}), year=2024)
    assert len(loaded.roster) == 4
    assert [(row, role) for row, role in loaded.recognition[0].skipped_rows] == [(5, "repeated header"), (6, "repeated header")]
    signed = [["DAFTAR PEGAWAI"], header, person(1), person(2), [], [None, "Kepala Badan"], [None, "Budi Santoso"],
              [None, "NIP"], person(3)]
    loaded = load_staff(make_workbook(tmp_path / "signed.xlsx", {"DUK": signed}), year=2024)
    assert len(loaded.roster) == 2 and (6, "signature") in loaded.recognition[0].skipped_rows


def test_a_target_under_no_target_header_is_told_by_the_capaian_it_gives_the_realisation(tmp_path):
    """A monitoring application's 'KOMPONEN | REALISASI | PENCAPAIAN (%)' beside the money's 'PAGU | REALISASI PAGU |
    RASIO REALISASI (%)': no header names the target and two name a capaian. The capaian that is, on most rows, the
    realisation as a percentage of one unnamed column of numbers is the stated capaian, that column the target (a
    capaian capped at 100 disagrees on the over-achieved row, and is warned of). Near misses: with the capaian not the
    realisation's percentage of any column, or of two columns alike, nothing is guessed."""
    header = ["No", "Indikator Kegiatan", "Komponen", "Realisasi", "Pencapaian (%)", "Pagu", "Realisasi Pagu",
              "Rasio Realisasi (%)"]
    body = [[1, "Jumlah ibu hamil dilayani", 312, 298, 95.51, "48.650.000,00", "46.910.500,00", 96.42],
            [2, "Jumlah ibu bersalin dilayani", 298, 301, 100, "36.200.000,00", "35.480.000,00", 98.01],
            [3, "Jumlah balita dilayani", 1250, 1184, 94.72, "41.750.000,00", "39.822.600,00", 95.38]]
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"S": [header, *body]}), year=2024)
    values = data.values.pivot(index="id", columns="kind", values="value")
    assert values[["target", "realisation", "stated_capaian"]].values.tolist() == [
        [312, 298, 95.51], [298, 301, 100], [1250, 1184, 94.72]]
    assert [c for c in data.recognition[0].columns if c[2] == "target"][0][3] == "by ratio"

    unrelated = [[*row[:4], row[4] - 10, *row[5:]] for row in body]  # no column gives these capaian
    with pytest.raises(InputError, match="one column for 'stated_capaian'"):
        load_indicators(make_workbook(tmp_path / "lain.xlsx", {"S": [header, *unrelated]}), year=2024)
    twice = [[*header[:3], "Volume", *header[3:]], *[[*row[:3], row[2], *row[3:]] for row in body]]
    with pytest.raises(InputError, match="one column for 'stated_capaian'"):
        load_indicators(make_workbook(tmp_path / "dua.xlsx", {"S": twice}), year=2024)


def test_the_stated_percentage_is_the_share_headed_as_the_realisation_under_its_group(tmp_path):
    """A Form B's 'FISIK › TARGET (%) | REALISASI (%) | TTB (%)' beside 'KEUANGAN › TARGET (RP) | TARGET (%) |
    REALISASI (RP) | REALISASI (%) | TTB (%)' and 'SISA ANGGARAN › (RP) | (%)': the stated percentage is the one headed
    as the realisation but for its unit, under the realisation's own group. Near miss: with the realisation's
    percentage not printed, the physical one (same words, another group) and the plan's are no stand-in: the header
    stays a question."""
    def book(name: str, keuangan: list[str]) -> Path:
        head = [["Kode", "Program/Kegiatan", "Pagu Dana (Rp)", "FISIK", None, "KEUANGAN", *[None] * (len(keuangan) - 1),
                 "SISA ANGGARAN", None],
                [None, None, None, "REALISASI (%)", "TTB (%)", *keuangan, "(RP)", "(%)"]]
        last = chr(ord("F") + len(keuangan) - 1)
        rows = [["7.01.01", "PROGRAM PENUNJANG", 1000, 50, "10.00",
                 *[{"TARGET (%)": 50, "REALISASI (RP)": 400, "REALISASI (%)": 40, "TARGET (RP)": 500}[k] for k in keuangan],
                 600, 60]]
        merged = ["A1:A2", "B1:B2", "C1:C2", "D1:E1", f"F1:{last}1", f"{chr(ord(last) + 1)}1:{chr(ord(last) + 2)}1"]
        return make_workbook(tmp_path / name, {"S": head + rows}, merged={"S": merged})

    loaded = load_budget(book("a.xlsx", ["TARGET (RP)", "TARGET (%)", "REALISASI (RP)", "REALISASI (%)"]), year=2025)
    assert loaded.rows[["budget", "realised", "stated_pct"]].values.tolist() == [[1000, 400, 40]]
    with pytest.raises(InputError, match="one column for 'stated_pct'"):
        load_budget(book("b.xlsx", ["TARGET (RP)", "TARGET (%)", "REALISASI (RP)"]), year=2025)


def test_an_lra_of_permendagri_90_accounts_from_the_akun_down_reads_its_kelompok_as_programs(tmp_path):
    """An LRA by Permendagri 90 account code on six levels (5 BELANJA DAERAH … 5.1.02.01.01.0024), no program: read as
    an LRA's accounts and a satker's Bagan Akun Standar are, the kelompok (5.1) as programs, the jenis (5.1.02) as
    kegiatan, the objek (5.1.02.01) as sub-kegiatan, the akun (all the spending) above them, the rincian and sub
    rincian objek account rows under them. Near misses: an objek under no jenis of its own is refused, and a table of
    revenue accounts is no spending."""
    from lakip_lib.loading.recognise.hierarchy import code_levels, kelompok_levels

    rows = [["KODE REKENING", "URAIAN", "ANGGARAN", "REALISASI", "%"], ["1", "2", "3", "4", "5"],
            ["5", "BELANJA DAERAH", 300, 250, 83.33], ["5.1", "BELANJA OPERASI", 300, 250, 83.33],
            ["5.1.02", "Belanja Barang dan Jasa", 300, 250, 83.33], ["5.1.02.01", "Belanja Barang", 300, 250, 83.33],
            ["5.1.02.01.01", "Belanja Barang Pakai Habis", 300, 250, 83.33],
            ["5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", 100, 90, 90],
            ["5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 200, 160, 80]]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"LRA": rows}), year=2024)
    assert loaded.rows[["code", "level", "budget", "realised"]].values.tolist() == [
        ["5.1", "program", 300, 250], ["5.1.02", "kegiatan", 300, 250], ["5.1.02.01", "sub_kegiatan", 300, 250]]
    said = loaded.notes[loaded.notes["check"].eq("levels_from_codes")]
    assert said["message_en"].str.contains("kelompok \\(5.1, 5.2\\) read as programs").tolist() == [True]

    assert kelompok_levels(["5", "5.1", "5.1.02.01.01.0024"]) is None
    assert code_levels(["5", "5.1", "5.1.02.01", "5.1.02.01.01.0024"]) == (None, "1, 2, 4, 6")
    assert kelompok_levels(["4", "4.1", "4.1.01", "4.1.01.06"]) is None


def _renja_evaluation(realised_2026: list[str], renstra_band: bool = True) -> list[list]:
    """A Permendagri 86/2017 Renja evaluation as a CSV gives it (no merges): band names, quarters, K | Rp, column
    numbers; a code split over three columns under one 'Kode'; the year's realisation after the quarters."""
    head = [["Kode", None, None, "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja Program (outcome)/Kegiatan (output)",
             "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2026) yang Dievaluasi", None,
             "Realisasi Kinerja Pada Triwulan", None, None, None,
             "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi (2026)", None,
             *(["Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2026", None] if renstra_band else [])],
            [None] * 7 + ["I", None, "II", None] + [None] * (4 if renstra_band else 2),
            [None] * 5 + ["K", "Rp"] * (5 if renstra_band else 4),
            ["1", None, None, "2", "3", "4", None, "5", None, "6", None, "7", None, *(["8", None] if renstra_band else [])]]
    rows = [["5", "03", None, "BIDANG URUSAN KEPEGAWAIAN", *[None] * (10 if renstra_band else 8)],
            ["5", "03", "01", "PROGRAM PENUNJANG URUSAN", "Persentase layanan penunjang", "100", "1.000.000", "25",
             "300.000", "25", "250.000", "50", realised_2026[0], *(["150", "1.450.000"] if renstra_band else [])],
            ["5", "03", "02", "PROGRAM KEPEGAWAIAN DAERAH", "Jumlah dokumen kepegawaian", "4", "2.000.000", "1",
             "400.000", "2", "600.000", "3", realised_2026[1], *(["7", "2.900.000"] if renstra_band else [])]]
    return head + rows


def test_a_renja_evaluation_csv_reads_the_year_s_columns_by_its_k_rp_units_and_quarters(tmp_path):
    """A Renja evaluation kept as a CSV: each band's name written once over its K | Rp columns with a blank quarters row
    between, so the units row ends each column's path under its band (the Rp half is the money, the K half the
    kinerja); the quarter 'II' is not carried under the next band. The year's realisation is the band naming 2026,
    whose cells are the quarters' sum on every row; the Renstra's running total 's/d Tahun 2026' is no candidate. The
    code's parts stand in unheaded columns right of 'Kode'. Near miss: a year's realisation that is not the quarters'
    sum (nor the last) settles nothing: the header stays a question."""
    rows = _renja_evaluation(["550.000", "1.000.000"])
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"file": rows}), year=2026)
    assert loaded.rows[["code", "level", "budget", "realised"]].values.tolist() == [
        ["5.03.01", "program", 1_000_000, 550_000], ["5.03.02", "program", 2_000_000, 1_000_000]]
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"file": rows}), year=2026)
    values = data.values[data.values["year"].eq(2026)].pivot(index="id", columns="kind", values="value")
    assert values[["target", "realisation"]].values.tolist() == [[100, 50], [4, 3]]
    hows = {c[2]: c[3] for c in data.recognition[0].columns}
    assert hows["realisation@2026"] == "not the Renstra's to date"
    assert column_paths(rows, 0, 2, [])[11] == ("Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi (2026)", "K")

    other = _renja_evaluation(["900.000", "1.000.000"], renstra_band=False)  # 300.000 + 250.000 is not 900.000
    with pytest.raises(InputError, match="one column for 'realised'"):
        load_budget(make_workbook(tmp_path / "lain.xlsx", {"file": other}), year=2026)


def test_a_total_beside_quarters_is_read_as_the_year_when_it_is_their_rounded_mean(tmp_path):
    """An e-SAKIP monitoring print: 'Target Triwulan › I … IV | Realisasi Triwulan › I … IV | Total', the Total the
    rounded mean of the quarters filled (the form's script), not their sum nor the last: the realisation's year. The
    target column printed under 'Baseline' holds each row's last quarter target, so the quarters are targets to date
    (an info note, no warning). Near miss: a Total that is no mean of either band is not read, and the quarters' last
    is read with its warning."""
    head = [["No", "Indikator", "Baseline", "Target Triwulan", None, None, None, "Realisasi Triwulan", None, None, None,
             "Total"],
            [None, None, None, "I", "II", "III", "IV", "I", "II", "III", "IV", None]]
    body = [[1, "Persentase anak yang memiliki KIA", "60", "30", "40", "50", "60", "28.4", "41.7", "52.9", "63.5", "47"],
            [2, "Jumlah perangkat daerah pengguna data", "12", "3", "6", "9", "12", "3", "7", "10", "12", "8"]]
    merged = {"S": ["A1:A2", "B1:B2", "C1:C2", "D1:G1", "H1:K1", "L1:L2"]}
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"S": head + body}, merged=merged), year=2025)
    values = data.values.pivot(index="id", columns="kind", values="value")
    assert values[["target", "realisation"]].values.tolist() == [[60, 47], [12, 8]]
    assert data.notes.loc[data.notes["check"].eq("last_period"), "severity"].tolist() == ["info"]

    summed = [[*row[:-1], str(int(row[-1]) + 5)] for row in body]  # 52 and 13: no mean of any band
    data = load_indicators(make_workbook(tmp_path / "lain.xlsx", {"S": head + summed}, merged=merged), year=2025)
    values = data.values.pivot(index="id", columns="kind", values="value")
    assert values["realisation"].tolist() == [63.5, 12]
    assert sorted(data.notes.loc[data.notes["check"].eq("last_period"), "severity"]) == ["info", "warning"]


def test_a_key_of_capaian_bands_above_the_header_is_no_header(tmp_path):
    """A colour legend row above an e-SAKIP table ('Tidak Ada Target | 0 - 49.99% | 50 - 64.99% | … | Melebihi Target
    >100%'): ranges of percentages that follow one another are a key, not columns. Near miss: age groups without '%'
    ('20 - 29 | 30 - 39 | 40 - 49') head columns."""
    from lakip_lib.loading.recognise.band import is_band_key
    rows = [["Tidak Ada Target", "0 - 49.99%", "50 - 64.99%", "65 - 74.99%", "Tercapai 100%"],
            ["No", "Indikator", "Target", "Realisasi", None], [1, "Persentase dokumen tepat waktu", "95", "93", None]]
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"S": rows}), year=2022)
    assert data.indicators["indicator"].tolist() == ["Persentase dokumen tepat waktu"]
    assert not is_header_like(rows[0]) and is_header_like(["Umur", "20 - 29", "30 - 39", "40 - 49"])
    assert not is_band_key(["20 - 29", "30 - 39", "40 - 49"])


def test_rows_sharing_a_code_under_other_names_are_no_blocks_of_sources_of_funds(tmp_path):
    """A code split over columns read as its first part gives every row the code '5': rows of one code under other
    names (URUSAN, PROGRAM, KEGIATAN) are no tree printed once per source of funds, and adding them up would pass the
    sum off as the first row's; a row whose name states a level its code does not give is refused, naming its cell.
    Near miss: the same code named alike on each row (one block per source of funds) is added up per code."""
    rows = [["Kode", "Uraian", "Anggaran", "Realisasi"], ["5", "URUSAN PEMERINTAHAN FUNGSI PENUNJANG", 300, 270],
            ["5", "PROGRAM PENUNJANG URUSAN", 100, 90], ["5", "KEGIATAN PERENCANAAN", 200, 180]]
    with pytest.raises(InputError, match=r"cell B4.*'KEGIATAN PERENCANAAN'.*\('kegiatan'\); its code '5' reads as a program"):
        load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"S": rows}), year=2026)
    alike = [rows[0], ["5.03.01", "PROGRAM PENUNJANG URUSAN", 100, 90], ["5.03.01", "PROGRAM PENUNJANG URUSAN", 50, 40]]
    loaded = load_budget(make_workbook(tmp_path / "dua.xlsx", {"S": alike}), year=2026)
    assert loaded.rows[["code", "budget", "realised"]].values.tolist() == [["5.03.01", 150, 130]]


def test_a_label_merged_down_beside_bands_heads_its_own_column_only():
    """Kabupaten/Kota merged down three header rows beside the bands 'Jumlah PNS' and 'Total' (SIMLUH's recap): the
    bands under the second row are no sub-columns of it. The near miss: a group label written once over its columns
    without any merge still spans the blanks to its right."""
    rows = [["No", "Kabupaten/Kota", None, None, None],
            [None, None, "Jumlah PNS", None, "Total"],
            [None, None, "Aktif", "CPNS", None]]
    merged = [(0, 0, 2, 0), (0, 1, 2, 1), (1, 2, 1, 3), (1, 4, 2, 4)]
    paths = column_paths(rows, 0, 2, merged)
    assert paths[2] == ("Jumlah PNS", "Aktif") and paths[4] == ("Total",)
    unmerged = [["Unit", "Golongan", None], [None, "III", "IV"]]
    assert column_paths(unmerged, 0, 1, [])[2] == ("Golongan", "IV")


def test_a_letter_spaced_total_label_is_a_total_row():
    """A tfoot printed a letter apart ('J U M L A H') is the total row; the near misses: spaced words that are no total
    ('J U M L A H  D E S A' is a count of villages) and roman numerals."""
    from lakip_lib.loading.recognise.rows import is_total_label

    assert is_total_label("J U M L A H") and is_total_label("T O T A L")
    assert not is_total_label("J U M L A H  D E S A") and not is_total_label("I II III IV")


def test_nama_under_a_band_naming_a_field_is_that_fields_name():
    """PENDIDIKAN › NAMA in a DUK holds the schooling ('S-1 Ilmu Hukum'), as JABATAN › NAMA holds the jabatan; the near
    misses: NAMA under a band that names no field by a known spelling (DIKLAT KEPEMIMPINAN, the course's name; LATIHAN
    JABATAN) and NAMA alone stay the person's name for the roster's own choice among them."""
    staff = vocabulary("staff")
    assert match_path(("PENDIDIKAN", "NAMA"), staff).name == "education"
    assert match_path(("PENDIDIKAN TERAKHIR", "NAMA"), staff).name == "education"
    assert match_path(("DIKLAT KEPEMIMPINAN", "NAMA"), staff).name == "name"
    assert match_path(("LATIHAN JABATAN", "NAMA"), staff).name == "name"  # a band read by rule words only: no spelling
    assert match_path(("JABATAN", "NAMA"), staff).how == "alias"  # a known spelling of the whole path stays one
    assert match_path(("NAMA",), staff).name == "name"


def test_a_serapan_belanja_percentage_is_no_capaian_of_the_indicator():
    """'Capaian Fisik (%) | … | Serapan Belanja (%)': the absorption of the budget is a percentage of money, never the
    indicator's capaian (ind-kecamatan-malangbong-…). Near miss: a plain percentage and 'Capaian Fisik (%)' stay the
    capaian."""
    indicators = vocabulary("indicators")
    for header in ["Serapan Belanja (%)", "% Serapan Belanja", "Capaian Serapan Belanja"]:
        match = match_path((header,), indicators)
        assert match is None or match.name != "stated_capaian", header
    for header in ["Capaian Fisik (%)", "%", "Persen Capaian"]:
        assert match_path((header,), indicators).name == "stated_capaian", header


def _rencana_aksi(first: str) -> list[list]:
    return [["No", "Unit Organisasi", first, "Target Fisik", "Realisasi Fisik", "Satuan", "Pagu Anggaran (Rp)",
             "Realisasi Belanja (Rp)"],
            [1, "Sekretariat", "Penyusunan laporan kinerja bulanan", 1.0, 1.0, "Dokumen", 2_500_000.0, 2_350_000.0],
            [2, "Seksi Pelayanan Umum", "Pelayanan legalisasi dokumen", 250.0, 231.0, "Berkas", 1_200_000.0, 1_200_000.0],
            [3, "Seksi Trantib", "Patroli ketertiban umum", 8.0, 9.0, "Kali", 3_000_000.0, 2_880_000.0]]


def test_a_rencana_aksi_column_names_the_indicator_and_the_budget_line_when_no_column_is_headed_by_them(tmp_path):
    """A unit's monthly report of its rencana aksi with no Indikator column: 'Rencana Aksi | Target Fisik | Realisasi
    Fisik | … | Pagu Anggaran (Rp) | Realisasi Belanja (Rp)'. Each action plan is the item measured, and as a budget
    each its own line (stand_in_headers.csv). Near misses: beside an Indikator column the rencana aksi is only its
    description (the indicator is the Indikator column), and 'Rencana Tindak Lanjut' stands in for nothing."""
    path = make_workbook(tmp_path / "a.xlsx", {"S": _rencana_aksi("Rencana Aksi")})
    data = load_indicators(path, year=2026)
    assert data.indicators["indicator"].tolist() == ["Penyusunan laporan kinerja bulanan", "Pelayanan legalisasi dokumen",
                                                "Patroli ketertiban umum"]
    used = {cell: (field, how) for cell, _, field, how in data.recognition[0].columns}
    assert used["C1"] == ("indicator", "stand-in")
    budget = load_budget(path, year=2026)
    assert budget.rows[["name", "level", "budget"]].values.tolist() == [
        ["Penyusunan laporan kinerja bulanan", "program", 2_500_000.0],
        ["Pelayanan legalisasi dokumen", "program", 1_200_000.0], ["Patroli ketertiban umum", "program", 3_000_000.0]]

    both = [row[:3] + [ind] + row[3:] for row, ind in zip(_rencana_aksi("Rencana Aksi"),
                                                          ["Indikator", "Laporan tersusun", "Dokumen dilegalisasi",
                                                           "Patroli terlaksana"])]
    named = load_indicators(make_workbook(tmp_path / "b.xlsx", {"S": both}), year=2026)
    assert named.indicators["indicator"].tolist() == ["Laporan tersusun", "Dokumen dilegalisasi", "Patroli terlaksana"]
    with pytest.raises(InputError, match="a column for 'indicator'"):
        load_indicators(make_workbook(tmp_path / "c.xlsx", {"S": _rencana_aksi("Rencana Tindak Lanjut")}), year=2026)


def test_kro_and_ro_codes_parted_by_a_space_are_sub_kegiatan_of_an_rka_kl(tmp_path):
    """An office's report of its components by KRO and RO: 'QIB 002', 'BIF U11' (an RO of an RKA-K/L, its KRO's three
    capitals, a space, the RO's three characters) are sub-kegiatan, as the corpus reads RO codes. Near miss: a code
    column of two three-capital words ('RSU DAN') follows no scheme and is asked about."""
    def rows(codes: list[str]) -> list[list]:
        return [["NO", "KODE", "URAIAN KEGIATAN", "PAGU", "REALISASI", "%"],
                [1, codes[0], "Pemeriksaan Keimigrasian di TPI", 612_450_000, 148_906_300, "24.31%"],
                [2, codes[1], "Pemeriksaan Non Reguler", 138_200_000, 27_640_000, "20.00%"]]

    budget = load_budget(make_workbook(tmp_path / "a.xlsx", {"S": rows(["QIB 002", "BIF U11"])}), year=2026)
    assert budget.rows[["code", "level", "stated_pct"]].values.tolist() == [
        ["QIB 002", "sub_kegiatan", 24.31], ["BIF U11", "sub_kegiatan", 20.0]]
    with pytest.raises(InputError, match="a way to tell programs, kegiatan and sub-kegiatan apart"):
        load_budget(make_workbook(tmp_path / "b.xlsx", {"S": rows(["RSU DAN", "QIB 002"])}), year=2026)


def test_of_two_capaian_columns_under_one_header_the_percentage_of_the_target_tells_the_value_reached(tmp_path):
    """An LKj prints 'Capaian s/d 2016' over the value reached (with its unit, '117 Dokumen') and again over its
    percentage of the target: the headers cannot tell them apart, the cells do (117 / 60 × 100 = 195), so the first is
    the realisation; 'Capaian Renstra' (against the end target) stays no capaian of the year. Near miss: when neither
    column is the other's percentage of the target, the two are still refused as ambiguous, naming both."""
    def rows(shares: list):
        return [["No", "Indikator", "Target s/d 2016", "Target Renstra", "Capaian s/d 2016", "Capaian s/d 2016",
                 "Capaian Renstra"],
                ["1.", "Jumlah dokumen zonasi", "60 Dokumen", "150 Dokumen", "117 Dokumen", shares[0], 78],
                ["2.", "Jumlah rekomendasi evaluasi", "200 Unit", "521 Unit", "235 Unit", shares[1], "45,1"],
                ["3.", "Jumlah kerjasama", "40 PKS", "100 PKS", "58 PKS", shares[2], 58]]

    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"Tabel 4": rows([195, "117,5", 145])}), year=2016)
    of_year = data.values[data.values["year"].eq(2016).fillna(False).astype(bool)]
    values = of_year.pivot(index="id", columns="kind", values="value")
    assert values["target"].tolist() == [60.0, 200.0, 40.0]
    assert values["realisation"].tolist() == [117.0, 235.0, 58.0]
    assert values["stated_capaian"].tolist() == [195.0, 117.5, 145.0]
    with pytest.raises(InputError) as refused:
        load_indicators(make_workbook(tmp_path / "other.xlsx", {"Tabel 4": rows([80, 90, 70])}), year=2016)
    assert "'Capaian s/d 2016' (E1), 'Capaian s/d 2016' (F1)" in render(refused.value.problems[0], "en")


def _contracts(sub: list[str], named: str = "PEKERJAAN") -> list[list]:
    return [["NO", "SUB KEGIATAN", named, "ANGGARAN", "REALISASI"],
            [1, sub[0], "Rehabilitasi Jaringan Irigasi", 485_000_000.0, 462_310_000.0],
            [2, sub[1], "Pemeliharaan Berkala Jalan", 742_000_000.0, 359_320_000.0]]


def test_a_column_of_codes_under_a_name_header_names_no_row(tmp_path):
    """'SUB KEGIATAN' holding only sub-kegiatan codes beside 'PEKERJAAN': each row is named by its work, not its code
    (the code had been read as every row's name, silently). Near miss: sub-kegiatan NAMES in that column stay the
    level above the works (the name's parts, as before)."""
    coded = load_budget(make_workbook(tmp_path / "a.xlsx", {"S": _contracts(["1.03.10.2.01.0012", "1.03.03.2.01.0004"])}),
                        year=2025)
    assert coded.rows["name"].tolist() == ["Rehabilitasi Jaringan Irigasi", "Pemeliharaan Berkala Jalan"]
    assert ("B1", "SUB KEGIATAN") in coded.recognition[0].unused
    names = ["Pengelolaan SDA dan Bangunan Pengaman Pantai", "Penyelenggaraan Jalan Kabupaten"]
    named = load_budget(make_workbook(tmp_path / "b.xlsx", {"S": _contracts(names)}), year=2025)
    used = {cell: field for cell, _, field, _ in named.recognition[0].columns}
    assert used["B1"] == "name" and "B1" not in dict(named.recognition[0].unused)


def test_a_table_named_only_by_codes_is_refused_at_its_codes_column(tmp_path):
    """An LRA by sub-kegiatan and account code with no uraian, its TOTAL merged over the codes, a recap of account
    names below: refused at the codes column (no row has a name; read, every row would be called by a code). Near
    miss: the same column holding a name on one row is read."""
    rows = [["NO", "SUB KEGIATAN", "KODE REKENING", "PAGU ANGGARAN", "REALISASI"],
            [1, "1.03.10.2.01.0012", "5.2.04.02.01.0001", 683_500_000.0, 595_390_500.0],
            [2, "1.03.03.2.01.0004", "5.2.04.01.01.0001", 742_000_000.0, 359_320_000.0],
            ["TOTAL", "TOTAL", "TOTAL", 1_425_500_000.0, 954_710_500.0],
            [None] * 5,
            ["KODE REKENING", "URAIAN", "JUMLAH"],
            ["5.2.04", "Belanja Modal Jalan, Irigasi, dan Jaringan", 954_710_500.0]]
    with pytest.raises(InputError, match=r"B1 'SUB KEGIATAN' holds only codes \(such as '1.03.10.2.01.0012'\)") as refused:
        load_budget(make_workbook(tmp_path / "a.xlsx", {"S": rows}), year=2025)
    assert "a column for 'name'" in str(refused.value)
    rows[2][1] = "Penyelenggaraan Jalan Kabupaten"
    read = load_budget(make_workbook(tmp_path / "b.xlsx", {"S": rows}), year=2025)
    assert "Penyelenggaraan Jalan Kabupaten" in read.rows["name"].tolist()


def test_a_capaian_given_month_by_month_with_no_yearly_column_is_refused_as_such(tmp_path):
    """Jan | Capaian | Feb | Capaian … under one BULAN band and no column of the year: refused saying the capaian is
    given month by month (a sum or a mean of monthly capaian is not the year's), not asking to rename eleven of them.
    Near miss: two capaian columns not beside months keep the question which one it is."""
    def rows(leaves: list[str]) -> list[list]:
        return [["No", "Indikator", "BULAN", None, None, None],
                [None, None, *leaves],
                [1, "Kepatuhan Kebersihan Tangan", 412, "85.83%", 398, "84.68%"],
                [2, "Kepuasan Pasien", 318, "81.54%", 325, "81.66%"]]

    merged = ["A1:A2", "B1:B2", "C1:F1"]
    monthly = make_workbook(tmp_path / "a.xlsx", {"S": rows(["Jan", "Capaian", "Feb", "Capaian"])}, merged={"S": merged})
    with pytest.raises(InputError, match="D2…F2 give it month by month") as refused:
        load_indicators(monthly, year=2025)
    assert "rename" not in str(refused.value)
    near = make_workbook(tmp_path / "b.xlsx", {"S": rows(["Num", "Capaian", "Denum", "Capaian"])}, merged={"S": merged})
    with pytest.raises(InputError, match="one column for 'stated_capaian'"):
        load_indicators(near, year=2025)


def test_a_program_repeated_on_each_row_of_its_kegiatan_holds_their_sums_said_as_such(tmp_path):
    """PROGRAM | KEGIATAN | ANGGARAN | REALISASI with one row per kegiatan, its program written again on every row:
    each row is a kegiatan, each program the sum of its kegiatan (the agency's total takes the programs only, so
    nothing is counted twice), said as that, not as line items added up. Near miss: when a kegiatan has several lines
    (a line-item table), its lines are added up into it, said as line items."""
    from lakip_lib.analysis.budget import agency_total

    head = [["Program", "Kegiatan", "Anggaran", "Realisasi"]]
    rows = [["PROGRAM A", "Kegiatan 1", "1.000.000", "900.000"], ["PROGRAM A", "Kegiatan 2", "500.000", "400.000"],
            ["PROGRAM B", "Kegiatan 3", "300.000", "300.000"]]
    loaded = load_budget(make_workbook(tmp_path / "a.xlsx", {"S": head + rows}), year=2024)
    assert loaded.rows["name"].tolist() == ["PROGRAM A", "Kegiatan 1", "Kegiatan 2", "PROGRAM B", "Kegiatan 3"]
    assert loaded.rows.set_index("name")["budget"]["PROGRAM A"] == 1_500_000
    assert agency_total(loaded.rows)["budget"].iloc[0] == 1_800_000
    said = loaded.notes.loc[loaded.notes["check"].eq("line_items_summed"), "message_en"].tolist()
    assert said == ["3 kegiatan rows, each with its program written beside it: each program's budget and realisation "
                    "are the sums of its kegiatan rows"]

    lines = rows + [["PROGRAM B", "Kegiatan 3", "200.000", "100.000"]]
    summed = load_budget(make_workbook(tmp_path / "b.xlsx", {"S": head + lines}), year=2024)
    assert summed.rows["name"].tolist() == ["PROGRAM A", "Kegiatan 1", "Kegiatan 2", "PROGRAM B", "Kegiatan 3"]
    assert summed.rows.set_index("name")["budget"]["Kegiatan 3"] == 500_000
    assert "line_items_summed" in summed.notes["check"].tolist()


def test_target_and_realisation_initials_under_a_performance_band_are_the_indicators_values(tmp_path):
    """An efficiency table: INDIKATOR | KINERJA › T | R | % | ANGGARAN › T | R | % | IE. Under KINERJA the initials T
    and R are the indicator's target and realisation; the same initials under ANGGARAN are rupiah and stay unread.
    Near miss: under another band (ANGGARAN, TAHUN 2021) or none, the initials name no value of the indicator."""
    head = [["INDIKATOR", "KINERJA", None, None, "ANGGARAN", None, None, "IE"],
            [None, "T", "R", "%", "T", "R", "%", None]]
    rows = [["Persentase kajian yang dimanfaatkan", "75%", "74,94%", "99,92%", "6.910.387.000", "6.495.748.767",
             "94,00%", "1,063"]]
    merged = {"S": ["A1:A2", "B1:D1", "E1:G1", "H1:H2"]}
    data = load_indicators(make_workbook(tmp_path / "a.xlsx", {"S": head + rows}, merged=merged), year=2021)
    values = data.values.set_index("kind")["value"]
    assert values["target"] == 75 and values["realisation"] == 74.94

    words = vocabulary("indicators")
    for path in (("ANGGARAN", "T"), ("ANGGARAN", "R"), ("TAHUN 2021", "R"), ("T",), ("R",)):
        assert getattr(match_path(path, words), "name", None) not in ("target", "realisation"), path


def test_a_years_value_repeated_under_later_year_bands_is_read_under_its_own_years_band(tmp_path):
    """Year bands 2020 | 2022 | 2024, each over Target <year> | Realisasi 2020: the 2020 realisation is the one under
    the 2020 band; under the 2022 and 2024 bands it is repeated beside those years' targets. Near miss: the same two
    'Realisasi 2020' columns under bands of no year say nothing of which is the year's, and are refused as before."""
    head = [["Indikator", "2020", None, "2022", None], [None, "Target 2020", "Realisasi 2020", "Target 2022", "Realisasi 2020"]]
    rows = [["Tingkat efisiensi", "95,00", "100", "97,00", "100"]]
    merged = {"S": ["A1:A2", "B1:C1", "D1:E1"]}
    data = load_indicators(make_workbook(tmp_path / "a.xlsx", {"S": head + rows}, merged=merged), year=2020)
    values = data.values[data.values["year"].eq(2020)].set_index("kind")["value"]
    assert values["target"] == 95 and values["realisation"] == 100

    head[0][1], head[0][3] = "Capaian", "Asumsi"
    with pytest.raises(InputError, match="expected one column for 'realisation' of 2020"):
        load_indicators(make_workbook(tmp_path / "b.xlsx", {"S": head + rows}, merged=merged), year=2020)


def test_a_budget_form_of_label_and_value_blocks_is_refused_naming_its_blocks(tmp_path):
    """A weekly report FORM: no header row; 'a). Belanja Pegawai' alone on its row over 'Pagu … (Rp) | amount' and
    'Realisasi (Rp) | amount', then 'b). Belanja Barang' …: refused naming the form's blocks (which of them repeat the
    money no cell says). Near miss: a DIPA turned on its side, each block named on its Pagu row under a header of
    belanja columns, keeps the sideways message."""
    form = [["FORM WEEKLY REPORT", None, None, None, None, None],
            [None, "a). Belanja Pegawai", None, None, "Target dan Realisasi PNBP", None],
            [None, None, "Pagu Belanja Pegawai AKTIF (Rp)", 9_604_150_000, "Target PNBP (Rp)", 850_000_000],
            [None, None, "Realisasi (Rp)", 8_977_233_410, "Realisasi PNBP (Rp)", 912_450_000],
            [None, "b). Belanja Barang", None, None, "Target dan Realisasi MP PNBP", None],
            [None, None, "Pagu Belanja Barang AKTIF (Rp)", 15_118_620_000, "Pagu MP PNBP (Rp)", 3_250_000_000],
            [None, None, "Realisasi (Rp)", 13_602_448_775, "Realisasi MP PNBP (Rp)", 2_871_677_450]]
    with pytest.raises(InputError, match=r"as a FORM: .* under 'a\). Belanja Pegawai' \(B2\), 'b\). Belanja Barang' \(B5\)"):
        load_budget(make_workbook(tmp_path / "a.xlsx", {"Form": form}), year=2026)

    sideways = [["Rekap DIPA", None, None, None], ["Sumber", "Keterangan", "Belanja Pegawai", "Belanja Barang"],
                ["DIPA 01", "Pagu", 100_000_000, 50_000_000], [None, "Realisasi", 90_000_000, 40_000_000],
                ["DIPA 02", "Pagu", 20_000_000, 10_000_000], [None, "Realisasi", 15_000_000, 9_000_000]]
    with pytest.raises(InputError, match="turned on its side") as refused:
        load_budget(make_workbook(tmp_path / "b.xlsx", {"DIPA": sideways}), year=2026)
    assert "FORM" not in str(refused.value)


def test_a_blood_type_header_names_no_golongan():
    """'golongan_darah' (SIASN's blood type) is no golongan; near miss: 'Golongan', 'gol_akhir' and 'Gol. Ruang' are."""
    staff = vocabulary("staff")
    assert match_path(("golongan_darah",), staff) is None and match_path(("Golongan Darah",), staff) is None
    assert [match_path((h,), staff).name for h in ("Golongan", "gol_akhir", "Gol. Ruang")] == ["golongan"] * 3


def test_the_days_of_a_month_head_an_attendance_sheet():
    """'01' … '31' after the named columns are a header's days; near miss: the same numbers out of order, or a month's
    days with no column naming the rows, are no header."""
    days = [f"{d:02d}" for d in range(1, 32)]
    assert is_header_like(["No", "Nama", "NIP", *days])
    assert not is_header_like(["No", "Nama", "NIP", *days[::-1]]) and not is_header_like(["No", *days])


def test_a_predicted_capaian_is_no_realisation_nor_a_capaian(tmp_path):
    """A PK lampiran's 'Prediksi Capaian (%) › Tw 1 … Tw 4' beside its Target: what the agency expects to reach by each
    quarter, a plan; read as the capaian to date it had given a capaian where a PK has none (the last quarter's 100),
    silently but for a last_period warning. The same for a 'Proyeksi', 'Prognosa' or 'Perkiraan', and for a budget's
    'Prognosis Realisasi' (the money expected by the year's end, not spent). Near miss: 'Capaian (%) › Tw 1 … Tw 4' is
    still the capaian by quarter, 'Realisasi' the realisation, of an indicator or of a budget."""
    indicators, budget = vocabulary("indicators"), vocabulary("budget")
    for header in ("Prediksi Capaian (%)", "Proyeksi Realisasi", "Prognosa Realisasi", "Perkiraan Capaian"):
        assert match_path((header,), indicators) is None, header
    assert match_path(("Prognosis Realisasi s.d. Desember",), budget) is None
    assert match_path(("Capaian (%)",), indicators).name == "stated_capaian"
    assert match_path(("Realisasi",), indicators).name == "realisation" and match_path(("Realisasi",), budget).name == "realised"

    def rows(band: str) -> list[list]:
        return [["No", "Indikator", "Target", band, None, None, None], [None, None, None, "Tw 1", "Tw 2", "Tw 3", "Tw 4"],
                [1, "Pertumbuhan ekspor non migas", "8 %", 15, 40, 70, 100],
                [2, "Indeks Keberdayaan Konsumen", "34", 0, 0, 0, 100]]
    merged = {"S": ["A1:A2", "B1:B2", "C1:C2", "D1:G1"]}
    plan = load_indicators(make_workbook(tmp_path / "a.xlsx", {"S": rows("Prediksi Capaian (%)")}, merged=merged), year=2016)
    assert set(plan.values["kind"]) == {"target"}
    reached = load_indicators(make_workbook(tmp_path / "b.xlsx", {"S": rows("Capaian (%)")}, merged=merged), year=2016)
    assert "stated_capaian" in set(reached.values["kind"])


def test_a_second_tables_column_numbers_in_brackets_go_on_from_the_first(tmp_path):
    """The program table under a PK lampiran's indicator table numbers its columns (9) … (15), going on from the
    first's (1) … (8): in brackets, one up at each step, they are column numbers wherever they start (they had been
    read as a program row whose budget is '(11)'). Near miss: bare numbers not starting at 1 (9, 10, 11, 12) may be
    amounts and are no column numbers; brackets that skip ('(9)', '(11)', '(12)') neither."""
    assert is_column_numbers(["(9)", "(10)", "(11)", "(12)"])
    assert not is_column_numbers([9, 10, 11, 12]) and not is_column_numbers(["(9)", "(11)", "(12)"])
    sheet = [["No", "Program", "Anggaran (Rp)"], ["(9)", "(10)", "(11)"],
             [1, "Program Peningkatan Perdagangan Luar Negeri", "412.650.000.000"],
             [2, "Program Perlindungan Konsumen", "178.215.000.000"]]
    budget = load_budget(make_workbook(tmp_path / "a.xlsx", {"S": sheet}), year=2016)
    assert budget.rows[["name", "level", "budget"]].values.tolist() == [
        ["Program Peningkatan Perdagangan Luar Negeri", "program", 412_650_000_000.0],
        ["Program Perlindungan Konsumen", "program", 178_215_000_000.0]]


def test_a_sasaran_column_of_measures_beside_a_higher_sasaran_is_the_indicator(tmp_path):
    """A PK form's 'Sasaran Program | Sasaran Kegiatan | Target' with no indicator header, every Sasaran Kegiatan cell
    starting with a measure word ('Jumlah …', 'Persentase …': measure_words.csv): those are the indicators the targets
    measure, the Sasaran Program their goal. Near miss: a Sasaran Kegiatan of states reached ('Meningkatnya …') is a
    sasaran, and the two sasaran columns are still refused as ambiguous."""
    def rows(second: str) -> list[list]:
        return [["No", "Sasaran Program", "Sasaran Kegiatan", "Target (Satuan / Persen %)"],
                ["1.", "Meningkatnya penyelesaian perkara", "Jumlah kegiatan penyuluhan hukum", "4 Kegiatan"],
                ["2.", "Meningkatnya pemulihan kerugian negara", second, "100%"]]
    data = load_indicators(make_workbook(tmp_path / "a.xlsx", {"S": rows("Persentase aksi pencegahan korupsi")}), year=2024)
    assert data.indicators["indicator"].tolist() == ["Jumlah kegiatan penyuluhan hukum", "Persentase aksi pencegahan korupsi"]
    used = {cell: (field, how) for cell, _, field, how in data.recognition[0].columns}
    assert used["C1"] == ("indicator", "measured sasaran") and used["B1"][0] == "goal"
    with pytest.raises(InputError, match="expected one column for 'goal'"):
        load_indicators(make_workbook(tmp_path / "b.xlsx", {"S": rows("Meningkatnya pencegahan korupsi")}), year=2024)


def test_a_roster_of_polri_or_tni_ranks_is_refused_once_naming_the_rank_not_read_as_golongan(tmp_path):
    """A Polres section's recap with 'Pangkat/NRP' ('BRIPKA/85061127'), a TNI list whose name cells give 'Mayor/Pnb/<NRP>'
    on a line: ranks are no golongan and an NRP no NIP, so the table is refused once at the first rank, never read as
    golongan. Near miss: an ASN roster with one Polri member among its golongan keeps the cell-by-cell check (the
    member's cell is named as no golongan), and a name that starts with a rank word is no rank line."""
    from lakip_lib.loading import load_staff

    head = [["No", "Nama", "Pangkat/NRP", "Jabatan", "H", "SKT"]]
    members = [[1, "Dwi Hartono", "IPDA/80110345", "PAUR", 20, 1], [2, "Rina Wulandari", "BRIPKA/86090433", "BAMIN", 21, 0],
               [3, "Agus Setiawan", "BRIGPOL/90030218", "BANIT", 19, 2]]
    with pytest.raises(InputError, match=r"cell C2, column 'Pangkat/NRP': got 'IPDA/80110345', expected a list of ASN "
                                         r"staff \(PNS, PPPK\) by golongan; this column holds Polri/TNI ranks") as refused:
        load_staff(make_workbook(tmp_path / "polres.xlsx", {"Rekap": head + members}))
    assert len(refused.value.problems) == 1
    officers = [["NO", "NAMA\nPANGKAT/KORPS/NRP", "JABATAN", "TGL LAHIR\nUMUR"], [None, "POK A", None, None],
                [1, "Hendra Wijaya\nMayor/Pnb/539214", "Kadisops", "14-03-1987\n39 Th 8 Bl"],
                [2, "Ratna Dewi\nMayor/Sus (W)/538164", "Pabandya", "05-06-1986\n40 Th 5 Bl"]]
    with pytest.raises(InputError, match=r"cell B3, column 'NAMA PANGKAT/KORPS/NRP': got 'Mayor/Pnb/539214'"):
        load_staff(make_workbook(tmp_path / "tni.xlsx", {"Daftar": officers}))
    asn = [["NIP", "Nama", "Pangkat/Gol"], ["198001012005011001", "Mayor Hendra", "Penata/III-c"],
           ["198102022006042002", "Ani", "Pembina/IV-a"], ["198203032007011003", "Budi", "BRIPKA/86090433"]]
    with pytest.raises(InputError) as cells:
        load_staff(make_workbook(tmp_path / "asn.xlsx", {"Data": asn}))
    text = str(cells.value)
    assert "cell C4" in text and "expected a golongan" in text and "Polri/TNI" not in text


def test_an_asset_table_by_school_level_reads_the_levels_as_items_and_checks_its_stated_totals(tmp_path):
    """Classrooms by school level under a band 'JUMLAH RUANG KELAS' over the total, Baik, the Rusak grades and their sum:
    the levels are the items, the damaged count the grades' printed sum (never grades and sum added together), and a
    stated total that good + damaged do not give is a sum_mismatch error. Near misses: levels right of the counts
    name no item (refused for want of one), and a second unused column leaves the total unread (no check)."""
    from lakip_lib.loading import load_assets

    head = [["NO", "JENJANG", "JUMLAH RUANG KELAS", None, None, None, None],
            [None, None, "RUANG KELAS", "BAIK", "RUSAK RINGAN", "RUSAK BERAT", "JUMLAH RK RUSAK"]]
    rows = [[1, "SD", 960, 700, 200, 50, 250], [2, "SMP", 300, 220, 60, 20, 80]]
    merged = {"RK": ["A1:A2", "B1:B2", "C1:G1"]}
    assets = load_assets(make_workbook(tmp_path / "a.xlsx", {"RK": head + rows}, merged=merged))
    assert assets.rows[["item", "good", "damaged"]].values.tolist() == [["SD", 700, 250], ["SMP", 220, 80]]
    mismatch = assets.notes[assets.notes["check"].eq("sum_mismatch")]
    assert mismatch["location"].tolist() == ["a.xlsx:RK!C3"]
    assert "add up to 950, not its stated total 960" in mismatch["message_en"].iloc[0]
    turned = [[r[k] for k in (0, 2, 3, 4, 5, 6, 1)] for r in head + rows]
    turned[0][6], turned[1][6] = "JENJANG", None
    with pytest.raises(InputError, match="a column for 'item'"):
        load_assets(make_workbook(tmp_path / "b.xlsx", {"RK": turned}, merged={"RK": ["A1:A2", "B1:F1", "G1:G2"]}))
    extra = [[*r, x] for r, x in zip(head + rows, ["HILANG", None, 10, 0])]
    assets = load_assets(make_workbook(tmp_path / "c.xlsx", {"RK": extra}, merged=merged))
    assert not assets.notes["check"].eq("sum_mismatch").any()


def test_damaged_grades_beside_their_stated_sum_are_counted_once(tmp_path):
    """Rusak Ringan | Rusak Berat | Jumlah Rusak: the sum is the damaged count when it adds up the grades on every row
    (the grades and it were added together before: twice the damage, silently); when it does not, the table is refused
    naming the columns. Near miss: grades without a sum are added up as before."""
    from lakip_lib.loading import load_assets

    head = [["Nama Barang", "Baik", "Rusak Ringan", "Rusak Berat", "Jumlah Rusak"]]
    rows = [["Meja", 10, 2, 1, 3], ["Kursi", 20, 4, 0, 4]]
    assets = load_assets(make_workbook(tmp_path / "a.xlsx", {"KIB": head + rows}))
    assert assets.rows["damaged"].tolist() == [3, 4]
    rows[1][4] = 5
    with pytest.raises(InputError, match="one column for 'damaged'"):
        load_assets(make_workbook(tmp_path / "b.xlsx", {"KIB": head + rows}))
    plain = [r[:4] for r in head + rows]
    assert load_assets(make_workbook(tmp_path / "c.xlsx", {"KIB": plain})).rows["damaged"].tolist() == [3, 4]


def test_an_asset_table_turned_on_its_side_is_refused_naming_its_condition_rows(tmp_path):
    """Conditions down a STATUS column ('Baik', 'Rusak Ringan' …), school levels across: refused as turned on its side,
    naming the condition rows. Near miss: an item list whose 'Kondisi' column holds each item's condition is read."""
    from lakip_lib.loading import load_assets

    rows = [["KONDISI RUANG KELAS PER JENJANG"], ["NO", "STATUS", "SD", "SMP", "TOTAL"], [None, "Jumlah", 12, 5, 17],
            [1, "Baik", 9, 4, 13], [2, "Rusak Ringan", 3, 1, 4]]
    with pytest.raises(InputError, match=r"its rows 'Baik' \(B4\) and 'Rusak Ringan' \(B5\) are conditions \(good, "
                                         r"damaged\) with counts beside them: the table is turned on its side"):
        load_assets(make_workbook(tmp_path / "a.xlsx", {"RK": rows}))
    items = [["Nama Barang", "Kondisi", "Jumlah"], ["Meja", "Baik", 10], ["Kursi", "Rusak Berat", 3]]
    assert load_assets(make_workbook(tmp_path / "b.xlsx", {"KIB": items})).rows["item"].tolist() == ["Meja", "Kursi"]


def test_a_condition_column_with_no_names_beside_it_is_refused_as_a_table_turned_on_its_side(tmp_path):
    """'KONDISI | RUANGAN › GURU | TU | TOTAL' over 'BAIK', 'RUSAK RINGAN' rows: the header names the condition column
    and no item; the refusal says the rows are conditions (the table turned on its side), naming them. Near miss: the
    same header over an item list (a name beside each condition) is read, its names the items."""
    from lakip_lib.loading import load_assets

    head = [["KONDISI", "RUANGAN", None, "TOTAL"], [None, "GURU", "TU", None]]
    turned = [*head, ["BAIK", 47, 19, 66], ["RUSAK RINGAN", 74, "-", 74], ["TOTAL", 121, 19, 140]]
    merged = {"R": ["A1:A2", "B1:C1", "D1:D2"]}
    with pytest.raises(InputError, match=r"its rows 'BAIK' \(A3\) and 'RUSAK RINGAN' \(A4\) are conditions"):
        load_assets(make_workbook(tmp_path / "a.xlsx", {"R": turned}, merged=merged))
    listed = [*head, ["Baik", "Meja", 19, 66], ["Rusak Ringan", "Kursi", 3, 74]]
    assert load_assets(make_workbook(tmp_path / "b.xlsx", {"R": listed}, merged=merged)).rows["item"].tolist() == ["Meja", "Kursi"]


def test_a_percentage_under_the_realisations_band_is_its_share_and_a_weighted_one_no_figure(tmp_path):
    """An RFK's 'DPA › Rp | %' and 'Keuangan › Rencana › Rp | %KUM | %TTB', 'Realisasi › Rp | %KUM | %TTB', 'Capaian
    › %': a percentage leaf under the Realisasi band is a share, not rupiah added to the realisation; TTB (tertimbang,
    weighted by the row's part of the DPA) is no realisation percentage; the stated one is the share beside the
    realisation's 'Rp' under its band (the DPA's is a share of the total, the plan's and the capaian's no
    realisation's). Near misses: 'Keuangan › Realisasi › Rp' stays the realisation, and with the realisation's share
    left out the DPA's and the capaian's stay a question."""
    budget = vocabulary("budget")
    assert match_path(("Keuangan", "Realisasi", "%KUM"), budget).name == "stated_pct"
    assert match_path(("Keuangan", "Realisasi", "Rp"), budget).name == "realised"
    assert match_path(("Keuangan", "Rencana", "%TTB"), budget) is None

    def book(name: str, realised: list[str]) -> Path:
        rencana = ["Rp", "%KUM", "%TTB"]
        head = [["Kode", "Uraian", "DPA", None, "Keuangan", *[None] * (len(rencana) + len(realised))],
                [None, None, "Rp", "%", "Rencana", None, None, "Realisasi", *[None] * (len(realised) - 1), "Capaian"],
                [None, None, None, None, *rencana, *realised, "%"]]
        values = {"Rp": 400, "%KUM": 40, "%TTB": 10}
        rows = [["7.01.01", "PROGRAM PENUNJANG", 1000, 25, 1000, 100, 25, *[values[k] for k in realised], 40]]
        last = chr(ord("H") + len(realised) - 1)
        merged = ["A1:A3", "B1:B3", "C1:D1", "C2:C3", "D2:D3", f"E1:{chr(ord(last) + 1)}1", "E2:G2", f"H2:{last}2"]
        return make_workbook(tmp_path / name, {"S": head + rows}, merged={"S": merged})

    loaded = load_budget(book("a.xlsx", ["Rp", "%KUM", "%TTB"]), year=2023)
    assert loaded.rows[["budget", "realised", "stated_pct"]].values.tolist() == [[1000, 400, 40]]
    with pytest.raises(InputError, match="one column for 'stated_pct'"):
        load_budget(book("b.xlsx", ["Rp", "%TTB"]), year=2023)


def _rkpd_evaluation(year_column: bool) -> list[list]:
    """A Permendagri 86/2017 RKPD evaluation as a kabupaten's LKPJ export prints it: K | Rp pairs under the RPJMD's
    target of the year, the RKPD's target, triwulan I | II, the year's realisation and its 'Tingkat Capaian' (with
    ``year_column``), and the RPJMD's realisation s/d the year; the units row under the column numbers."""
    top = ["No", "Indikator Kinerja Program (Outcome)/Kegiatan (Output)", "Target RPJMD pada Tahun 2026", None,
           "Target Kinerja dan Anggaran RKPD Tahun 2026 yang dievaluasi", None, "Realisasi Kinerja pada Triwulan",
           None, None, None]
    if year_column:
        top += ["Realisasi Capaian Kinerja dan Anggaran RKPD yang Dievaluasi", None,
                "Tingkat Capaian Kinerja dan Realisasi Anggaran RKPD yang Dievaluasi", None]
    top += ["Realisasi Kinerja dan Anggaran RPJMD s/d Tahun 2026", None]
    pairs = (len(top) - 2) // 2
    head = [top, [None] * 6 + ["I", None, "II", None] + [None] * (len(top) - 10),
            ["1", "2"] + [v for i in range(pairs) for v in (str(i + 3), None)], [None, None] + ["K", "Rp"] * pairs]
    body = [[1, "Persentase layanan", "100", "5.000", "95", "3.000", "40", "1.000", "90", "2.500"]
            + (["90", "2.500", "94,74", "83"] if year_column else []) + ["450", "20.000"],
            [2, "Jumlah dokumen", "12", "5.000", "4", "3.000", "1", "1.000", "4", "2.500"]
            + (["4", "2.500", "100", "83"] if year_column else []) + ["30", "20.000"]]
    return head + body


def test_an_rkpd_evaluation_reads_the_year_s_columns_apart_from_the_rpjmd_s_and_refuses_without_one(tmp_path):
    """The RPJMD's target of the year is the plan's (renstra_target), the RKPD's the year's; the year's realisation is
    'Realisasi Capaian … yang Dievaluasi' (no year), not the RPJMD's running total 's/d Tahun 2026' whose year it
    does not print, nor a triwulan; 'Tingkat Capaian … yang Dievaluasi' is the stated capaian. Near misses: last
    year's RPJMD realisation ('… Tahun Lalu Target') is no plan target, 'Realisasi … RPJMD s/d' stays a realisation
    header, and a form without the year's column is refused, naming the periods and the plan's total, rather than
    read from the plan's total."""
    merged = {"S": ["G1:J1", "G2:H2", "I2:J2"]}
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"S": _rkpd_evaluation(True)}, merged=merged), year=2026)
    values = data.values[data.values["year"].eq(2026)].pivot(index="id", columns="kind", values="value")
    assert values[["renstra_target", "target", "realisation", "stated_capaian"]].values.tolist() == [
        [100, 95, 90, 94.74], [12, 4, 4, 100]]
    assert {c[2]: c[3] for c in data.recognition[0].columns}["realisation"] == "not the Renstra's to date"
    v = vocabulary("indicators")
    assert match_path(("Realisasi Capaian Kinerja RPJMD sampai dengan RKPD Tahun Lalu (2025) Target", "K"), v) is None
    assert match_path(("Target RKPD Tahun 2026",), v).name == "target"
    assert match_path(("Realisasi Kinerja dan Anggaran RPJMD s/d Tahun 2026", "K"), v).name == "realisation"

    with pytest.raises(InputError, match=r"by period \('I', 'II'\) and as the plan's running total 'Realisasi Kinerja"):
        load_indicators(make_workbook(tmp_path / "lain.xlsx", {"S": _rkpd_evaluation(False)}, merged=merged), year=2026)


def test_a_renja_evaluation_print_reads_quarters_numbered_under_their_band_and_names_indented_with_nbsp(tmp_path):
    """A kota's Renja evaluation print: the triwulan band's quarters numbered 1 … 4 under it (no column numbers: they
    stand under that band alone), then the column numbers and K | Rp; kegiatan indented with no-break spaces; the
    indicator column names the program's and kegiatan's indicators, never a budget line's name. The anggaran is the
    Rp of the Renja's target, the realisation the Rp of the year's. Near misses: a 'No' holding outline codes says the
    levels, not the indentation; a row numbering every column is the column numbers, whatever band it stands under."""
    head = [["No", "Program/ Kegiatan", "Indikator Kinerja Program (outcome)/Kegiatan(output)",
             "Target Kinerja dan Anggaran Renja PD tahun berjalan yang di evaluasi", None,
             "Realisasi Kinerja Pada Triwulan (Rp)", None, None, None,
             "Realisasi Capaian Kinerja dan Anggaran Renja PD yang di Evaluasi", None],
            [None] * 5 + ["1", None, "2", None] + [None] * 2,
            ["1", "2", "3", "4", None, "5", None, "6", None, "7", None],
            [None] * 3 + ["K", "Rp"] * 4]
    body = [[1, "Program Pelayanan Administrasi", "Persentase pelayanan", "100 %", "204.000.000", "50 %", None,
             "100 %", None, None, None],
            [2, "\u00a0\u00a0Penyediaan Jasa Surat", "Jumlah surat", "12", "24.000.000", "6", None, "12", None, "12",
             "22.850.000"],
            [3, "\u00a0\u00a0Penyediaan Jasa Kebersihan", "Jumlah bulan", "12", "180.000.000", "6", None, "12", None,
             "12", "176.400.000"],
            [4, "Program Keselamatan Lalu Lintas", "Persentase fasilitas", "95 %", "740.000.000", "40 %", None, "95 %",
             None, None, None],
            [5, "\u00a0\u00a0Rehabilitasi Traffic Light", "Jumlah simpang", "8", "740.000.000", "3", None, "8", None, "8",
             "702.300.000"]]
    merged = {"S": ["A1:A2", "B1:B2", "C1:C2", "D1:E2", "F1:I1", "F2:G2", "H2:I2", "J1:K2"]}
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"S": head + body}, merged=merged), year=2017)
    assert loaded.rows[["level", "budget", "realised"]].fillna(-1).values.tolist() == [
        ["program", 204_000_000, -1], ["kegiatan", 24_000_000, 22_850_000], ["kegiatan", 180_000_000, 176_400_000],
        ["program", 740_000_000, -1], ["kegiatan", 740_000_000, 702_300_000]]
    assert match_path(("Program/ Kegiatan",), vocabulary("budget")).name == "name"
    outline = [[code, *row[1:]] for code, row in zip(["1", "1.1", "1.1.1", "2", "2.1"], body)]  # the No codes: it says
    loaded = load_budget(make_workbook(tmp_path / "kode.xlsx", {"S": head + outline}, merged=merged), year=2017)
    assert loaded.rows["level"].tolist() == ["program", "kegiatan", "sub_kegiatan", "program", "kegiatan"]

    from lakip_lib.loading.recognise.band import periods_of_a_band
    numbered = [head[0], ["1", "2", "3", "4", None, "5", None, "6", None, "7", None]]
    assert not periods_of_a_band(numbered, 1, [(0, 5, 0, 8)])


def _renstra_monev(stacked_target: str) -> tuple[list[list], list[str]]:
    """wp-sipd's Renstra monitoring page pasted: K split into Volume | Satuan beside Rp under each band, column numbers
    from 0 with formulas, a triwulan band I | II | III | 'VI', and a line's indicators stacked in one cell between
    empty lines, its targets stacked alike (the second line's target cell is ``stacked_target``)."""
    br = " \n\n "
    head = [["No", "Indikator Kinerja Tujuan, Sasaran, Program(outcome) dan Kegiatan (output)",
             "Target kinerja dan anggaran Renja SKPD Tahun Berjalan Tahun 2022 yang dievaluasi", None, None,
             "Realisasi Kinerja Pada Triwulan"] + [None] * 11 + [
             "Realisasi Capaian Kinerja dan Anggaran Renja SKPD yang dievaluasi", None, None],
            [None] * 5 + ["I", None, None, "II", None, None, "III", None, None, "VI", None, None, None, None, None],
            [None, "0", "1", None, None, "2", None, None, "3", None, None, "4", None, None, "5", None, None,
             "6 = 2+3+4+5", None, None],
            [None, None] + ["K", None, "Rp"] * 6,
            [None, None] + ["Volume", "Satuan", None] * 6]
    body = [[None, "Usia Harapan Hidup", "71,90", "Tahun"] + [None] * 16,
            [None, "Persentase faskes terakreditasi" + br + "Persentase penduduk berjaminan", stacked_target,
             "%" + br + "%"] + [None] * 16]
    merged = ["A1:A5", "B1:B5", "C1:E2", "F1:Q1", "F2:H2", "I2:K2", "L2:N2", "O2:Q2", "R1:T2"] + [
        f"{a}4:{b}4" for a, b in (("C", "D"), ("F", "G"), ("I", "J"), ("L", "M"), ("O", "P"), ("R", "S"))]
    return head + body, merged


def test_a_renstra_monev_page_reads_volume_beside_its_satuan_and_one_indicator_per_stacked_part(tmp_path):
    """The Volume under each K is its figure, the Satuan beside it the unit (no field); the column numbers start at
    0 and compute (a formula), so they are no data row; 'VI' after III under the triwulan band is the fourth quarter
    (a year has no sixth), so the year's realisation is the one band of no period. Two indicators stacked in a cell
    with two targets stacked alike are two indicators. Near miss: one target written once beside two stacked
    indicators says neither's and is refused; a 'VI' under a semester band is no quarter."""
    rows, merged = _renstra_monev("80" + " \n\n " + "95")
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"S": rows}, merged={"S": merged}), year=2022)
    names = data.indicators["indicator"].tolist()
    targets = data.values[data.values["kind"].eq("target")].set_index("id")["value"].tolist()
    assert names == ["Usia Harapan Hidup", "Persentase faskes terakreditasi", "Persentase penduduk berjaminan"]
    assert targets == [71.9, 80, 95]
    assert "indicators_stacked" in data.notes["check"].tolist()
    v = vocabulary("indicators")
    assert match_path(("Target Renstra", "K", "Satuan"), v) is None
    assert match_path(("Realisasi Kinerja Pada Triwulan", "VI", "K"), v).part
    assert not match_path(("Realisasi Semester", "VI"), v).part

    rows, merged = _renstra_monev("80")
    with pytest.raises(InputError, match="2 values stacked between empty lines"):
        load_indicators(make_workbook(tmp_path / "lain.xlsx", {"S": rows}, merged={"S": merged}), year=2022)


def test_a_roster_whose_rows_print_one_cell_more_than_its_header_is_refused_naming_where_the_shift_starts(tmp_path):
    """A SIMPEG's DUK prints the Karpeg number after the NIP with no header cell for it: from the third column on each
    value stands under the header left of its own, and the last one in a column with no header. Refused once, naming
    the first shifted column and the unheaded one, never read by a guess of which cell lacks its header. Near misses:
    the header with the missing cell inserted reads; a note beyond the last header over columns that fit their own
    headers, and one misfit column beside such a note, keep the cell-by-cell problems (no shift)."""
    from lakip_lib.loading import load_staff
    from workbooks import nip

    people = [("Bambang Setiadi", False, "1966-04-12"), ("Endang Sulastri", True, "1969-07-18"),
              ("Nur Aini", True, "1979-09-23")]
    head = ["No", "NIP", "Nama Pegawai", "Tanggal Lahir", "Jenis Kelamin", "Agama"]

    def rows(karpeg: bool) -> list[list]:
        return [[i, nip(i, female=f, birth=b.replace("-", "")), *([f"E 10{i}"] if karpeg else []), name, b,
                 "Perempuan" if f else "Laki-laki", "Islam"] for i, (name, f, b) in enumerate(people, start=1)]

    with pytest.raises(InputError) as refused:
        load_staff(make_workbook(tmp_path / "geser.xlsx", {"S": [head, *rows(True)]}))
    text = render(refused.value.problems[0], "en")
    assert "cell C1: expected a header over its data: from column C ('Nama Pegawai') on" in text
    assert "'Jenis Kelamin': F" in text and "values in column G, which has no header" in text
    assert len(refused.value.problems) == 1

    staff = load_staff(make_workbook(tmp_path / "lengkap.xlsx", {"S": [head[:2] + ["Karpeg"] + head[2:], *rows(True)]}))
    assert staff.roster["gender"].value_counts().to_dict() == {"Perempuan": 2, "Laki-laki": 1}
    noted = [row + ["pindahan"] for row in rows(False)]
    assert len(load_staff(make_workbook(tmp_path / "catatan.xlsx", {"S": [head, *noted]})).roster) == 3
    swapped = [row[:3] + ["Laki-laki", row[3]] + row[5:] for row in noted]  # only the date and the sex swapped
    with pytest.raises(InputError) as refused:
        load_staff(make_workbook(tmp_path / "tukar.xlsx", {"S": [head, *swapped]}))
    assert all("one column right" not in render(p, "en") for p in refused.value.problems)


def test_of_two_realisation_columns_the_one_measured_as_its_target_is_the_indicators(tmp_path):
    """Target | Realisasi | Capaian (%) | PAGU | Realisasi | Capaian (%) under one header row (an e-SAKIP view whose
    'Kinerja' | 'Anggaran' band is one column short): a realisation is measured as its target is, so beside a target of
    measures the column of rupiah is the budget's spending; each Capaian follows its Realisasi, so the capaian read is
    the one after the realisation read. Near misses: a target in rupiah (a revenue indicator) tells nothing, nor do
    two realisations of measures: both stay a question to the user."""
    def load(target: list, real: list, name: str):
        rows = [["No", "Indikator", "Target", "Realisasi", "Capaian (%)", "PAGU", "Realisasi", "Capaian (%)"],
                [1, "Persentase bayi yang mendapat imunisasi dasar lengkap", target[0], real[0], 96.21, 250_000_000,
                 231_450_000, 92.58],
                [2, "Angka kesakitan DBD per 100.000 penduduk", target[1], real[1], 76.0, 410_000_000, 298_890_000, 72.9]]
        return load_indicators(make_workbook(tmp_path / name, {"PK": rows}), year=2024)

    data = load([95, 50], [91.4, 62], "a.xlsx")
    values = data.values.pivot_table(index="id", columns="kind", values="value", sort=False)
    assert values["realisation"].tolist() == [91.4, 62.0] and values["stated_capaian"].tolist() == [96.21, 76.0]
    used = {cell: (field, how) for cell, _, field, how in data.recognition[0].columns}
    assert used["D1"] == ("realisation", "target's kind") and used["E1"] == ("stated_capaian", "after the realisation")
    with pytest.raises(InputError, match="one column for 'realisation'"):
        load([5_000_000_000, 2_000_000_000], [4_800_000_000, 2_100_000_000], "pad.xlsx")
    with pytest.raises(InputError, match="one column for 'realisation'"):
        load_indicators(make_workbook(tmp_path / "twice.xlsx", {"PK": [
            ["No", "Indikator", "Target", "Realisasi", "Capaian (%)", "Realisasi", "Capaian (%)"],
            [1, "Persentase bayi yang mendapat imunisasi dasar lengkap", 95, 91.4, 96.21, 90.2, 94.95]]}), year=2024)


def test_blocked_pagu_is_no_budget_but_the_pagu_after_blocking_is(tmp_path):
    """'Pagu Blokir' (money of the pagu that cannot be spent) beside 'Pagu DIPA' is no second budget: the DIPA is read,
    the blocked amount is said and not used. Near miss: 'Pagu Setelah Self Blocking' is a pagu, and still the budget."""
    rows = [["Uraian Program", "Pagu DIPA (AP) (Rp)", "Realisasi (AQ) (Rp)", "Pagu Blokir (AR) (Rp)"],
            ["Program Dukungan Manajemen", 3_406_000_000, 2_649_617_500, 475_000_000],
            ["Program Pencegahan Penyakit", 830_000_000, 689_160_000, 30_000_000]]
    data = load_budget(make_workbook(tmp_path / "a.xlsx", {"S": rows}), year=2024)
    assert data.rows["budget"].tolist() == [3_406_000_000, 830_000_000]
    used = {cell: field for cell, _, field, _ in data.recognition[0].columns}
    assert used["B1"] == "budget" and "blocked" in render(used["D1"], "en")
    after = [["Uraian", "Self Blocking", "Pagu Setelah Self Blocking", "Realisasi"],
             ["Program A", 500_000_000, 3_500_000_000, 3_400_000_000], ["Program B", 0, 900_000_000, 850_000_000]]
    data = load_budget(make_workbook(tmp_path / "b.xlsx", {"S": after}), year=2016)
    assert data.rows["budget"].tolist() == [3_500_000_000, 900_000_000]


def test_realisasi_merged_over_the_amount_and_its_share_of_the_pagu_is_told_by_the_ratio(tmp_path):
    """REALISASI merged over two columns (the amount and its unlabelled percentage): the column that is, on most rows,
    the other as a percentage of the pagu is the share (checked as a stated one); the other is the realisation. Near
    miss: two amounts under the merged header, neither the other's share, stay a question to the user."""
    def load(second: list, name: str):
        rows = [["Uraian", "Pagu", "REALISASI", None],
                ["Program A", "3.997.063.000", "3.994.431.400", second[0]],
                ["Program B", "1.981.331.000", "1.929.480.942", second[1]]]
        return load_budget(make_workbook(tmp_path / name, {"S": rows}, merged={"S": ["C1:D1"]}), year=2016)

    data = load(["99,93", "97,38"], "a.xlsx")
    assert data.rows["realised"].tolist() == [3_994_431_400, 1_929_480_942]
    assert data.rows["stated_pct"].tolist() == [99.93, 97.38]
    used = {cell: (field, how) for cell, _, field, how in data.recognition[0].columns}
    assert used["C1"] == ("realised", "share of the budget beside") and used["D1"][0] == "stated_pct"
    with pytest.raises(InputError, match="one column for 'realised'"):
        load(["3.000.000.000", "1.500.000.000"], "b.xlsx")


def test_output_komponen_akun_codes_are_levels_and_the_komponen_code_is_its_output_s_own(tmp_path):
    """A kementerian satker's realisation by output (2094.036.002) › komponen (051) › akun (533111): three levels, the
    komponen's code repeated under each output read as its output's own, not as a code given twice. Near miss: a
    komponen code under no output is no output scheme (and a repeated code stays refused)."""
    def rows(first: list) -> list[list]:
        return [["KODE", "URAIAN", "PAGU", "REALISASI"], first,
                ["051", "Pembangunan Gedung", 4_000_000, 3_900_000], ["533111", "Belanja Modal Gedung", 4_000_000, 3_900_000],
                ["2094.038.002", "Peralatan Kesehatan", 2_000_000, 1_900_000],
                ["051", "Peralatan dan Mesin", 2_000_000, 1_900_000], ["532111", "Belanja Modal Peralatan", 2_000_000, 1_900_000]]

    data = load_budget(make_workbook(tmp_path / "a.xlsx", {"S": rows(["2094.036.002", "Gedung", 4_000_000, 3_900_000])}),
                       year=2016)
    assert data.rows["level"].tolist() == ["program", "kegiatan", "sub_kegiatan"] * 2
    assert data.rows["code"].tolist()[4] == "2094.038.002.051"
    with pytest.raises(InputError):
        load_budget(make_workbook(tmp_path / "b.xlsx", {"S": rows(["052", "Gedung", 4_000_000, 3_900_000])}), year=2016)


def test_a_deeper_code_continuing_no_row_above_is_refused_or_placed_under_the_row_its_code_extends(tmp_path):
    """Codes that write out their parent's (numbered 1 / 1.1): a deeper row whose code does not extend the code of the
    nearest shallower row above it stands under the earlier row its code extends ('1.2' after program 2 is program 1's
    kegiatan), and one extending none is refused naming both rows ('2094.036.002' right under '051': an output among
    komponen, no sub-kegiatan of nothing). Near misses: a numbering in order, and komponen '051' written as its own part
    under output '2094.036.002' (joined to it), read as before."""
    header = ["KODE", "URAIAN", "PAGU", "REALISASI"]

    def load(body: list[list], name: str):
        return load_budget(make_workbook(tmp_path / name, {"S": [header, *body]}), year=2016)

    out_of_order = [["1", "Program A", 300, 200], ["1.1", "Kegiatan A1", 100, 100], ["2", "Program B", 50, 40],
                    ["2.1", "Kegiatan B1", 50, 40], ["1.2", "Kegiatan A2", 200, 100]]
    data = load(out_of_order, "a.xlsx")
    assert data.rows["parent"].tolist() == [None, "1", None, "2", "1"]
    with pytest.raises(InputError) as refused:
        load([["051", "Pembangunan Gedung", 400, 390], ["2094.036.002", "Gedung", 400, 390],
              ["052", "Peralatan", 200, 190]], "b.xlsx")
    assert "cell A3" in str(refused.value) and "continuing the code '051' of the row above it (row 2)" in str(refused.value)
    assert "melanjutkan kode '051'" in refused.value.text("id")
    in_order = load([["1", "Program A", 300, 200], ["1.1", "Kegiatan A1", 300, 200], ["1.1.1", "Sub A", 300, 200]], "c.xlsx")
    assert in_order.rows["parent"].tolist() == [None, "1", "1.1"]
    own_part = load([["2094.036.002", "Gedung", 400, 390], ["051", "Pembangunan Gedung", 400, 390],
                     ["533111", "Belanja Modal", 400, 390]], "d.xlsx")
    assert own_part.rows["parent"].tolist() == [None, "2094.036.002", "2094.036.002.051"]


def test_the_indicator_right_of_the_program_column_is_the_rows_and_the_sasaran_s_is_a_level_above(tmp_path):
    """Indikator Sasaran | Program dan Kegiatan | Indikator Kinerja Program dan Kegiatan filled on the same rows (a
    Renstra Tabel 5.1), the sasaran's indicators stating their own targets ('menjadi 74%'): each row is its program's
    or kegiatan's, its targets its indicator's. Near miss: without the program column between them, which indicator
    the figures are stays a question to the user (and so it does when the sasaran's indicator states no target of its
    own: test_two_indicator_columns_filled_on_one_row_stay_ambiguous)."""
    header = ["Indikator Sasaran", "Program dan Kegiatan", "Indikator Kinerja Program dan Kegiatan", "Target 2016"]
    body = [["1. Bed Occupancy rate (BOR) menjadi 74%", "Program Pelayanan BLUD", "Bed Occupancy Rate (%)", 73],
            ["2. Average Length of Stay (ALOS) menjadi 24 hari", "Kegiatan Pelayanan RS", "Jumlah kunjungan rawat jalan",
             56391]]
    data = load_indicators(make_workbook(tmp_path / "a.xlsx", {"T": [header, *body]}), year=2016)
    assert data.indicators["indicator"].tolist() == ["Bed Occupancy Rate (%)", "Jumlah kunjungan rawat jalan"]
    used = {cell: (field, how) for cell, _, field, how in data.recognition[0].columns}
    assert used["C1"] == ("indicator", "the rows' program's indicator")
    with pytest.raises(InputError, match="one column for 'indicator'"):
        load_indicators(make_workbook(tmp_path / "b.xlsx", {"T": [[header[0], header[2], header[3]],
                                                                  *[[r[0], r[2], r[3]] for r in body]]}), year=2016)


def test_one_comma_before_three_digits_is_thousands_where_the_table_groups_by_commas(tmp_path):
    """'56,391' visits beside '30,626,088,660.00' rupiah: the table prints commas between thousands, so one comma before
    three digits is a thousands' too, while '73,59' (two digits) is a decimal. Near miss: without such a cell, '56,391'
    is read the Indonesian way, as a decimal."""
    def load(rp: str, name: str):
        rows = [["Indikator", "Target 2016", "Rp"], ["BOR (%)", "73,59", rp], ["Jumlah kunjungan", "56,391", None]]
        data = load_indicators(make_workbook(tmp_path / name, {"T": rows}), year=2016)
        return data.values[data.values["kind"] == "target"]["value"].tolist()

    assert load("30,626,088,660.00", "a.xlsx") == [73.59, 56391.0]
    assert load("30.626.088.660,00", "b.xlsx") == [73.59, 56.391]


def test_a_web_grids_pager_ends_the_body_as_a_footer_does(tmp_path):
    from lakip_lib.loading.recognise.rows import is_pager

    rows = [["Show 10 entries", None, None, None, "Search:"], ["KODE", "URAIAN", "PAGU", "REALISASI"],
            ["521211", "Belanja Bahan", 100, 90], ["524111", "Belanja Perjalanan Dinas Biasa", 200, 150],
            ["Showing 1 to 2 of 2 entries", None, None, "Previous 1 Next"]]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"Grid": rows}))
    assert loaded.rows[["code", "budget", "realised"]].values.tolist() == [["521211", 100, 90], ["524111", 200, 150]]
    assert (5, "web table pager") in loaded.recognition[0].skipped_rows
    assert is_pager(["Menampilkan 1 sampai 10 dari 57 data", "Sebelumnya 1 2 3 Selanjutnya"])
    # near misses: a row naming a kegiatan 'Menampilkan …', a pager line beside a figure, a data row 'Previous year'
    assert not is_pager(["Menampilkan Data Kinerja Pegawai"])
    assert not is_pager(["Showing 1 to 2 of 2 entries", 300])
    assert not is_pager(["Previous year"])


def test_six_digit_belanja_akun_alone_are_a_flat_list_of_accounts_said_so(tmp_path):
    from lakip_lib.loading.recognise.hierarchy import code_levels

    rows = [["KODE", "URAIAN", "PAGU", "REALISASI"], ["521211", "Belanja Bahan", 100, 90],
            ["524111", "Belanja Perjalanan Dinas Biasa", 200, 150], ["537112", "Belanja Modal Peralatan dan Mesin", 300, 280]]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"Akun": rows}))
    assert loaded.rows[["code", "level", "parent"]].values.tolist() == [
        ["521211", "program", None], ["524111", "program", None], ["537112", "program", None]]
    said = loaded.notes[loaded.notes["check"].eq("levels_from_codes")]
    assert said["message_en"].str.contains("Bagan Akun Standar").tolist() == [True]
    # near misses: a report's numbering stays numbered codes, jenis over akun nest, a pendapatan akun among them is no
    # list of belanja akun
    assert code_levels(["1", "2", "3"])[0].how == "numbered codes"
    assert code_levels(["52", "521211", "524111"])[0].how == "nested account codes"
    assert code_levels(["423111", "521211"])[0].how != "the Bagan Akun Standar belanja akun"


def test_budget_stages_read_the_last_that_is_not_zero_and_penyerapan_is_the_realisation(tmp_path):
    rows = [["Nama Program", "Anggaran Murni", "Pergeseran", "Perubahan", "Penyerapan Anggaran", "Persen Penyerapan Anggaran"],
            ["Program A", 400, 410, 420, 210, "50%"], ["Program B", 180, 0, 165, 66, "40%"],
            ["Program C", 235, 228, 0, 57, "25%"], ["Program D", 42, 0, 0, 21, "50%"]]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"Daftar": rows}))
    assert loaded.rows[["name", "budget", "realised"]].values.tolist() == [
        ["Program A", 420, 210], ["Program B", 165, 66], ["Program C", 228, 57], ["Program D", 42, 21]]
    assert loaded.notes["check"].tolist().count("budget_stage") == 1
    # near misses: the change column (Bertambah/Berkurang) is no stage, the revised budget beside it is read as it is
    changed = [["Uraian", "Anggaran Murni", "Perubahan (Bertambah/Berkurang)", "Anggaran Setelah Perubahan", "Realisasi"],
               ["Program A", 400, 20, 420, 210], ["Program B", 180, -180, 0, 0]]
    loaded = load_budget(make_workbook(tmp_path / "ubah.xlsx", {"R": changed}))
    assert loaded.rows["budget"].tolist() == [420, 0]
    assert "budget_stage" not in loaded.notes["check"].tolist()
    # and a budget without stages beside a Penyerapan Anggaran column keeps its one budget
    plain = [["Uraian", "Pagu", "Penyerapan Anggaran"], ["Program A", 100, 40]]
    assert load_budget(make_workbook(tmp_path / "pagu.xlsx", {"R": plain})).rows[["budget", "realised"]].values.tolist() == [[100, 40]]


def test_cards_of_label_value_lines_are_refused_as_what_they_are(tmp_path):
    card = [["▼ Program: Program A"], ["Indikator: Persentase layanan"], ["Anggaran Murni: 400"], ["Pergeseran: 0"],
            ["Perubahan: 420"], ["Penyerapan Anggaran: 210"], ["Persen Penyerapan: 50%"]]
    path = make_workbook(tmp_path / "anggaran.xlsx", {"Pohon": card + [[c[0].replace("A", "B")] for c in card]})
    with pytest.raises(InputError) as caught:
        load_budget(path)
    assert "2 cards whose lines are 'Label: value' in one cell (column A" in render(caught.value.problems[0], "en")
    # near miss: one card alone is no repeated cards: the plain 'no header' problem stays
    with pytest.raises(InputError) as caught:
        load_budget(make_workbook(tmp_path / "satu.xlsx", {"Pohon": card}))
    assert "'Label: value'" not in render(caught.value.problems[0], "en")


def test_a_fourth_header_row_is_read_where_merged_header_cells_end_on_it():
    """A Formulir 1's header has four rows: NO and the name merged down over all four, the eselon or jenjang of each
    count column on the fourth ('Es. IV', 'Es. V', 'Pertama' under Pengawas | Pelaksana | Ahli). Read without it,
    'JABATAN ADMINISTRASI › Pelaksana' would lose its 'Es. V'. Near miss: the same rows with the merges ending on the
    third row keep a band of three (a fourth row no merge says is header is the band's business no more)."""
    from lakip_lib.loading.recognise import vocabularies
    from lakip_lib.loading.recognise.band import best_band

    rows = [["NO", "NAMA JABATAN", "KEADAAN RIIL", None, None, None, "JUMLAH"],
            [None, None, "JABATAN ADMINISTRASI", None, "JABATAN FUNGSIONAL", "JABATAN PELAKSANA", None],
            [None, None, "Pengawas", "Pelaksana", "Ahli", None, None],
            [None, None, "Es. IV", "Es. V", "Pertama", None, None],
            [1, "Kepala Seksi", 1, 0, 0, 0, 1], [2, "Pengelola Loket", 0, 1, 0, 2, 3], [3, "Penata Ahli Pertama", 0, 0, 2, 0, 2]]
    vocabs = vocabularies({"staff": ("nip",), "summary": ()}, None)
    down = [(0, 0, 3, 0), (0, 1, 3, 1), (0, 2, 0, 5), (1, 2, 1, 3), (1, 5, 3, 5), (0, 6, 3, 6)]
    band = best_band(rows, 0, 8, down, vocabs, {"staff": ("nip",), "summary": ()})
    assert (band.top, band.bottom) == (0, 3)
    assert band.paths[3] == ("KEADAAN RIIL", "JABATAN ADMINISTRASI", "Pelaksana", "Es. V")
    short = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 5), (1, 2, 1, 3), (1, 5, 2, 5), (0, 6, 2, 6)]
    assert best_band(rows, 0, 8, short, vocabs, {"staff": ("nip",), "summary": ()}).bottom == 2


def test_an_enumerator_beside_a_name_indented_under_one_merged_header_is_no_second_name(tmp_path):
    """'NAMA BIDANG BARANG' merged over B:D, the golongan names in B, each bidang's letter ('a.', 'b)') in B and its
    name in C: the letter enumerates the name, so each row still fills one name and the run is one item column, the
    bidang read by its name alone; a golongan of one word in capitals ('TANAH') is a name, not a code. Near miss: two words on one row ('Kantor' in B, 'Gudang' in C) are two values,
    refused naming the columns. A rekap's column-number row may number its last column as the full form does (1 … 7,
    then 16 over KETERANGAN); near miss: a jump before the last, or too few before it, may be figures."""
    from lakip_lib.loading import load_assets

    head = [["NO", "NAMA BIDANG BARANG", None, None, "BAIK", "RUSAK", "KETERANGAN"],
            [None, None, None, None, None, None, None],
            [1, 2, None, None, 3, 4, 5]]
    rows = [[1, "PERALATAN DAN MESIN", None, None, 12, 3, None],
            [None, "a.", "Alat-alat Besar", None, 2, 1, None],
            [None, "b)", "Alat-alat Kantor", None, 10, 2, None],
            [2, "GEDUNG DAN BANGUNAN", None, None, 4, 0, None],
            [None, "a.", "Bangunan Gedung", None, 4, 0, None],
            [3, "TANAH", None, None, 1, 0, None]]
    merged = {"R": ["A1:A2", "B1:D2", "E1:E2", "F1:F2", "G1:G2", "B3:D3"]}
    assets = load_assets(make_workbook(tmp_path / "a.xlsx", {"R": head + rows}, merged=merged))
    assert assets.rows["item"].tolist() == ["PERALATAN DAN MESIN", "Alat-alat Besar", "Alat-alat Kantor",
                                            "GEDUNG DAN BANGUNAN", "Bangunan Gedung", "TANAH"]
    near = [list(r) for r in rows]
    near[2][1] = "Kantor"
    near[2][2] = "Gudang"
    with pytest.raises(InputError, match="one column for 'item'") as caught:
        load_assets(make_workbook(tmp_path / "b.xlsx", {"R": head + near}, merged=merged))
    assert "(B1), 'NAMA BIDANG BARANG' (C1), 'NAMA BIDANG BARANG' (D1)" in render(caught.value.problems[0], "en")
    assert is_column_numbers([1, 2, 3, 4, 5, 6, 7, 16])
    assert not is_column_numbers([1, 2, 3, 9, 10, 16]) and not is_column_numbers([1, 2, 3, 16])


def test_a_query_s_aliases_category_by_sex_split_into_a_band_and_read_as_the_cross_table(tmp_path):
    """A SQL result grid whose one header row is the query's aliases ('unit | gol_iiia_pria | gol_id_pria |
    gol_iiia_wanita | gol_id_wanita'): each alias ending in a sex word, in a run where every category stands with both
    sexes, is the path category › sex with the prefix all share dropped ('iiia › pria'), and the table reads as one by
    golongan and sex; 'gol_id' is I/d, no id column. Near misses: 'jml_pria | jml_wanita' (one category) and a roster's
    snake_case headers ('nama_pegawai', 'status_l') keep their headers."""
    from lakip_lib.loading import load_staff
    from lakip_lib.loading.recognise.band import split_aliases

    rows = [["unit", "gol_iiia_pria", "gol_id_pria", "gol_iiia_wanita", "gol_id_wanita"],
            ["Kecamatan A", 3, 1, 2, 0], ["Sekretariat DPRD", 1, 0, 4, 2]]
    assert column_paths(rows, 0, 0, [])[1] == ("iiia", "pria")
    summaries = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"query": rows})).summaries
    golongan = summaries[summaries["dimension"].eq("golongan")]
    assert {(c, g): n for c, g, n in golongan[["category", "gender", "count"]].itertuples(index=False)} == {
        ("III/a", "Laki-laki"): 4, ("I/d", "Laki-laki"): 1, ("III/a", "Perempuan"): 6, ("I/d", "Perempuan"): 2}

    assert split_aliases({0: ("unit",), 1: ("jml_pria",), 2: ("jml_wanita",)}) == {
        0: ("unit",), 1: ("jml_pria",), 2: ("jml_wanita",)}
    roster = {0: ("nip_baru",), 1: ("nama_pegawai",), 2: ("status_l",), 3: ("gol_id",)}
    assert split_aliases(dict(roster)) == roster
    # a category with one sex only is no cross table: left as written
    assert split_aliases({1: ("jml_sd_pria",), 2: ("jml_s1_pria",), 3: ("jml_sd_wanita",)})[3] == ("jml_sd_wanita",)


def test_a_kegiatan_named_with_a_source_word_over_its_own_anggaran_is_a_group_label_not_the_budget(tmp_path):
    """PPTK › kegiatan › ANGGARAN | REALISASI | SALDO: a kegiatan named '… BLUD' names the budget by the source-of-funds
    rule, but its group has an ANGGARAN column of its own, so the heading is the group's label and its SALDO is no part
    of the budget. Near miss: 'Pagu BLUD' over Murni | Perubahan (no leaf names the budget) is the budget's band."""
    rows = [["KODE", "URAIAN", "Pemeliharaan Alat", None, None, "Pengadaan Alat BLUD", None, None],
            [None, None, "ANGGARAN", "REALISASI", "SALDO", "ANGGARAN", "REALISASI", "SALDO"],
            ["5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", 100, 90, 10, 50, 45, 5],
            ["5.1.02.02.01.0013", "Belanja Jasa Tenaga Administrasi", 200, 150, 50, 70, 60, 10]]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"Pivot": rows}))
    assert loaded.rows[["budget", "realised"]].values.tolist() == [[150, 135], [270, 210]]
    v = vocabulary("budget")
    assert match_path(("Pengadaan Alat BLUD", "SALDO"), v).name == "budget"  # the rule alone, before the band decides
    near = [["Program", "Pagu BLUD", None, "Realisasi"], [None, "Murni", "Perubahan", None],
            ["Program Pelayanan BLUD", 100, 120, 110]]
    loaded = load_budget(make_workbook(tmp_path / "near.xlsx", {"Pagu": near}))
    assert loaded.rows[["budget", "realised"]].values.tolist() == [[120, 110]]
    # nor is a band of a field other than an amount: CAPAIAN OUTPUT › JUMLAH | % stays the capaian's
    from lakip_lib.loading.recognise.band import named_groups_apart
    i = vocabulary("indicators")
    paths = {0: ("CAPAIAN OUTPUT TRIWULAN IV", "JUMLAH"), 1: ("CAPAIAN OUTPUT TRIWULAN IV", "%")}
    found = {j: match_path(p, i) for j, p in paths.items()}
    assert named_groups_apart(paths, found, lambda p: match_path(p, i)) == found


def test_permendagri_13_belanja_objek_alone_are_a_flat_list_of_accounts_said_so(tmp_path):
    """KODE 50 | URAIAN 50 rows '5.2.2.01', '5.2.2.03' (Permendagri 13/2006 objek, one digit for kelompok and jenis):
    each objek a top-level row, as Permendagri 90 accounts alone and six-digit BAS akun are. Near misses: a report's
    numbering '5.2.2.1' (one digit in the fourth place), a Permendagri 90 objek '5.1.02.01' and a pendapatan objek are
    no list of 13/2006 belanja objek; a rincian objek under no objek of its own places nothing."""
    from lakip_lib.loading.recognise.hierarchy import LRA_OBJEK, code_levels

    rows = [["KODE", "URAIAN", "ANGGARAN", "REALISASI"], ["5.2.1.02", "Honorarium Non PNS", 100, 90],
            ["5.2.2.01", "Belanja Bahan Pakai Habis Kantor", 200, 150], ["5.2.3.26", "Belanja Modal Alat Kedokteran", 300, 280]]
    loaded = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"Objek": rows}))
    assert loaded.rows[["code", "level", "parent"]].values.tolist() == [
        ["5.2.1.02", "program", None], ["5.2.2.01", "program", None], ["5.2.3.26", "program", None]]
    said = loaded.notes[loaded.notes["check"].eq("levels_from_codes")]
    assert said["message_en"].str.contains("Permendagri 13/2006 belanja objek").tolist() == [True]
    assert code_levels(["5.2.2.01", "5.2.2.01.01", "5.2.2.03"])[0].levels == ["program", "kegiatan", "program"]
    assert code_levels(["5.2.2.1", "5.2.2.2"])[0] is None
    assert code_levels(["5.1.02.01", "5.1.02.02"])[0].how != LRA_OBJEK
    assert code_levels(["4.1.1.01", "5.2.2.01"])[0] is None
    assert code_levels(["5.2.2.01", "5.2.2.03.01"])[0] is None


def test_a_budget_by_unit_and_month_is_refused_naming_its_month_column(tmp_path):
    """Bulan | Seksi | Pagu | Realisasi with each seksi on every month's row (the pagu repeated, the realisation the
    month's or to date): refused at the Bulan column, never added up month by month. Near miss: a list of kegiatan each
    with the month it ran, no name repeated month after month, is read."""
    rows = [["Bulan", "Seksi", "Pagu", "Realisasi"]]
    for m, bulan in enumerate(["Oktober", "November", "Desember"]):
        rows += [[bulan, "S1", 100, 10 * (m + 1)], [bulan, "S2", 200, 20 * (m + 1)]]
    with pytest.raises(InputError) as refused:
        load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"Data": rows}))
    text = str(refused.value)
    assert "rows are by month ('Bulan' A1: Oktober … Desember)" in text and "S1, S2" in text
    near = [["Uraian Kegiatan", "Bulan", "Pagu", "Realisasi"], ["Rapat Koordinasi", "Maret", 120, 90],
            ["Sosialisasi Program", "Maret", 200, 150], ["Monitoring Lapangan", "Juni", 350, 280]]
    loaded = load_budget(make_workbook(tmp_path / "near.xlsx", {"Data": near}))
    assert loaded.rows["budget"].tolist() == [120, 200, 350]


def test_of_two_capaian_columns_the_realisations_percentage_of_the_target_is_the_capaian(tmp_path):
    """An SKP prints 'CAPAIAN IKI' (100%, 98% = 93/95) and 'NILAI CAPAIAN IKI' (109, 88: the score the capaian is
    converted to) under headers of their own: the one that is the realisation's percentage of the target row by row is
    the stated capaian, the score is not used. Near misses: when neither is that percentage, the headers' question
    stays and the file is refused naming both; columns under one band's header (levels of a hierarchy, in
    test_a_value_split_by_the_levels_of_a_hierarchy_is_read_at_the_indicators_level) are not settled so."""
    head = ["INDIKATOR KINERJA INDIVIDU", "TARGET", "REALISASI", "CAPAIAN IKI", "KATEGORI CAPAIAN IKI", "NILAI CAPAIAN IKI"]
    rows = [head, ["Nilai akuntabilitas kinerja", 85, 85, "100%", "Baik", 109],
            ["Nilai kinerja pelaksanaan anggaran", 95, 93, "98%", "Cukup", 88]]
    data = load_indicators(make_workbook(tmp_path / "kinerja.xlsx", {"S": rows}), year=2021)
    stated = data.values[data.values["kind"].eq("stated_capaian")]
    assert stated["value"].tolist() == [100, 98] and stated["location"].str.endswith(("D2", "D3")).all()

    rows[1][3], rows[2][3] = "90%", "91%"
    with pytest.raises(InputError, match="one column for 'stated_capaian'"):
        load_indicators(make_workbook(tmp_path / "lain.xlsx", {"S": rows}), year=2021)


def test_a_category_line_with_its_grade_after_a_colon_is_a_score_summary():
    """A LAKIP page closes a sasaran's table with 'KATEGORI PENILAIAN : BAIK', the category and its grade in one cell:
    it was no summary label and, merged across the table, dropped with no word. A category or predikat label with a
    grade of three words at most after a colon is the category earned. Near misses: a longer text or a figure after
    the colon, and 'Kategori' starting an indicator's name with no colon, are not."""
    from lakip_lib.loading.recognise.rows import is_score_summary
    assert is_score_summary("KATEGORI PENILAIAN : BAIK") and is_score_summary("Predikat: Sangat Baik")
    assert not is_score_summary("Kategori : Jumlah desa yang mendapat pembinaan kesehatan")
    assert not is_score_summary("Predikat: 85,5") and not is_score_summary("Kategori Jalan Mantap")


def test_the_money_under_a_years_target_band_is_that_years_budget():
    """Target Tahun 2021 › Kinerja | Rupiah (an RKPD evaluation export): the Rupiah half of a year's target is that
    year's budget, the realisation's Rupiah its realised money, 'Kinerja' the indicator's (no money)."""
    budget = vocabulary("budget")
    target = match_path(("Target Tahun 2021", "Rupiah"), budget)
    assert (target.name, target.year) == ("budget", 2021)
    assert (match_path(("Target Tahun 2021", "Rp"), budget).name, match_path(("Realisasi Tahun 2021", "Rupiah"), budget).name) == ("budget", "realised")
    assert getattr(match_path(("Target Tahun 2021", "Kinerja"), budget), "name", None) not in ("budget", "realised")


def test_near_miss_money_under_a_plans_target_a_yearless_target_or_another_band_is_no_budget():
    """The Renstra's target of its last year, a target naming no year, a band that is no target ('Keterangan Tahun
    2021 › Rupiah') and an indicator table's target band give no budget: the plan's money, or whose year is unsaid."""
    budget = vocabulary("budget")
    assert match_path(("Target Renstra SKPD Tahun 2026", "Rp"), budget) is None
    assert match_path(("Target Kondisi Akhir Tahun 2026", "Rp"), budget) is None
    assert match_path(("Target", "Rupiah"), budget) is None
    assert match_path(("Keterangan Tahun 2021", "Rupiah"), budget) is None
    assert match_path(("Target Tahun 2021", "Rupiah"), vocabulary("indicators")) is None


def _rkpd(year: int) -> list[list]:
    return [["Kode", "Sub Kegiatan", f"Target Tahun {year}", None, f"Realisasi Tahun {year}", None],
            [None, None, "Kinerja", "Rupiah", "Kinerja", "Rupiah"],
            ["1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", 1850, "Rp. 412.500.000", 1815, "Rp. 395.725.000"],
            ["1.02.02.2.02.0020", "Pengelolaan Pelayanan Kesehatan Gizi", 2, "Rp. 286.000.000", 2, "Rp. 267.530.000"]]


def test_a_years_target_band_over_kinerja_rupiah_gives_the_budget(tmp_path):
    merged = ["A1:A2", "B1:B2", "C1:D1", "E1:F1"]
    rows = load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"Worksheet": _rkpd(2021)}, merged={"Worksheet": merged}), year=2021).rows
    assert rows["budget"].tolist() == [412_500_000, 286_000_000]
    assert rows["realised"].tolist() == [395_725_000, 267_530_000]


def test_near_miss_another_years_target_band_is_refused_for_the_build_year(tmp_path):
    """Target Tahun 2022 › Rupiah in a 2021 build is the next year's plan, never this year's budget: refused,
    naming the year the band has."""
    merged = ["A1:A2", "B1:B2", "C1:D1", "E1:F1"]
    sheet = _rkpd(2021)
    sheet[0][2] = "Target Tahun 2022"
    with pytest.raises(InputError, match=r"cell D2: got 'Target Tahun 2022 Rupiah', expected a column for 2021"):
        load_budget(make_workbook(tmp_path / "anggaran.xlsx", {"Worksheet": sheet}, merged={"Worksheet": merged}), year=2021)


def test_a_unit_word_column_under_a_merged_jumlah_is_the_unit_of_the_count_beside_it(tmp_path):
    """A profile page's 'Jumlah' merged over two columns, the count and the word 'Orang' on every row: the unit names
    what the count counts, no second candidate for it (it was refused as 'one column for count, not Jumlah, Jumlah').
    Near miss: two columns of numbers under one merged 'Jumlah' stay a question naming both (and 'Orang' under two
    'Jumlah' headers written apart, no merge, is no unit: the doctest of ``_units_beside_figures``)."""
    from lakip_lib.loading import load_staff

    rows = [["Tabel 1. Jumlah pegawai berdasarkan golongan", None, None, None], ["No", "Golongan", "Jumlah", None],
            [1, "Golongan IV", 8, "Orang"], [2, "Golongan III", 45, "Orang"], [3, "Golongan II", 21, "orang"]]
    staff = load_staff(make_workbook(tmp_path / "pegawai.xlsx", {"Data": rows}, merged={"Data": ["C2:D2"]}))
    assert staff.summaries[["category", "count"]].values.tolist() == [["IV", 8.0], ["III", 45.0], ["II", 21.0]]

    near = [r[:3] + [r[2] + 1 if isinstance(r[2], int) else r[3]] for r in rows]  # two counts under one Jumlah
    with pytest.raises(InputError) as refused:
        load_staff(make_workbook(tmp_path / "dua.xlsx", {"Data": near}, merged={"Data": ["C2:D2"]}))
    assert "one column for 'count', not 'Jumlah' (C2), 'Jumlah' (D2)" in str(refused.value)
