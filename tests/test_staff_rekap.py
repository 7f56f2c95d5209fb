"""Staff REKAP summary sheets in many dresses: whatever the dress, the loader gives the generated counts.

Hypothesis draws the counts of a kabupaten BKPSDM rekap (staff by golongan group or by education level, and by
gender or by unit) and dresses the sheet the way such prints are exported: categories down the side (``Golongan | L |
P | Jumlah``) or across the top by unit (``Unit Kerja | GOLONGAN › I … IV | Jumlah``, ``TINGKAT PENDIDIKAN › SD | SLTP
… S-2``, with a third header row of ``L | P`` under each category), a header band of one to three rows (group labels merged, or written once over their columns; single headers
merged down or left blank below), title rows, a blank spacer column, a ``Jumlah`` row, a footer (``Sumber:``,
``Keterangan:``) and a signature block, and counts as numbers or as text with Indonesian (``1.234``) or English
(``1,234``) thousands. Each example is a real workbook read by :func:`~lakip_lib.loading.load_staff`; the counts by
category and gender must be the generated ones and the stated totals must agree with them. ``LAKIP_EXAMPLES``
raises the number of dresses tried (default 25, a few seconds).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter

from lakip_lib.analysis import count_by
from lakip_lib.analysis.checks import reconcile
from lakip_lib.config import Project
from lakip_lib.errors import InputError
from lakip_lib.loading import YearData, load_staff
from lakip_lib.messages import render
from workbooks import make_workbook, nip

EXAMPLES = int(os.environ.get("LAKIP_EXAMPLES", "25"))
#: dimension → (its header down the side, its group label across the top, its one-row header prefix, (category as
#: written, as the kit names it) …)
DIMENSIONS = {
    "golongan": ("Golongan", "GOLONGAN", "Gol. ", [("I", "I"), ("II", "II"), ("III", "III"), ("IV", "IV")]),
    "education": ("Pendidikan", "TINGKAT PENDIDIKAN", "", [("SD", "SD"), ("SLTP", "SMP"), ("SLTA", "SMA"), ("D-III", "D3"),
                                                          ("S-1", "S1"), ("S-2", "S2")]),
}
UNITS = ["Sekretariat Daerah", "Dinas Kesehatan", "Kecamatan Sukamaju"]
TITLES = ["REKAPITULASI PEGAWAI NEGERI SIPIL MENURUT GOLONGAN", "PEMERINTAH KABUPATEN CONTOH", "Keadaan per 31 Desember 2024"]


@st.composite
def rekaps(draw) -> dict:
    # counts reach the thousands (a whole kabupaten's golongan III) so that the thousands separator is printed
    count = st.integers(min_value=0, max_value=2500)
    dimension = draw(st.sampled_from(sorted(DIMENSIONS)))
    return {
        "dimension": dimension,
        # unit → category → (men, women)
        "counts": [[(draw(count), draw(count)) for _ in DIMENSIONS[dimension][3]] for _ in UNITS],
        "shape": draw(st.sampled_from(["side", "across"])),
        "height": draw(st.integers(min_value=1, max_value=3)),
        "group": draw(st.sampled_from(["merged", "written once"])),
        "merged_down": draw(st.booleans()),
        "titles": draw(st.lists(st.sampled_from(TITLES), max_size=3, unique=True)),
        "blank_after_titles": draw(st.booleans()),
        "spacer": draw(st.booleans()),
        "footer": draw(st.sampled_from([None, "Sumber: BKPSDM Kabupaten Contoh, 2025", "Keterangan: data SIMPEG per Desember"])),
        "signature": draw(st.booleans()),
        "style": draw(st.sampled_from(["number", "id", "en"])),
    }


def _count(style: str, n: int) -> object:
    return {"number": n, "id": f"{n:,}".replace(",", "."), "en": f"{n:,}"}[style]


def _header(rekap: dict) -> tuple[list[list], list[tuple[int, int, int, int]]]:
    """The header band's rows and its merged ranges (band row, first column, last row, last column), without spacer."""
    height, groups = rekap["height"], []
    side, label, prefix, categories = DIMENSIONS[rekap["dimension"]]
    written = [c for c, _ in categories]
    if rekap["shape"] == "side":
        if height == 1:
            return [["No", side, "L", "P", "Jumlah"]], []
        if height == 2:
            rows = [["No", side, "Jenis Kelamin", None, "Jumlah"], [None, None, "Laki-laki", "Perempuan", None]]
            groups = [(0, 2, 0, 3)]
        else:
            rows = [["No", side, "Jumlah Pegawai", None, None], [None, None, "Jenis Kelamin", None, "Jumlah"],
                    [None, None, "Laki-laki", "Perempuan", None]]
            groups = [(0, 2, 0, 4), (1, 2, 1, 3)]
        # single headers, by (band row, column): merged down to the band's last row, or left blank below
        singles = [(0, 0), (0, 1), (0, 4) if height == 2 else (1, 4)]
    else:
        if height == 1:
            return [["No", "Unit Kerja", *(prefix + c for c in written), "Jumlah"]], []
        n = len(written)
        if height == 2:
            rows = [["No", "Unit Kerja", label, *[None] * (n - 1), "Jumlah"], [None, None, *written, None]]
            groups = [(0, 2, 0, 1 + n)]
        else:
            rows = [["No", "Unit Kerja", label, *[None] * (2 * n - 1), "Jumlah"],
                    [None, None, *(v for c in written for v in (c, None)), None],
                    [None, None, *["L", "P"] * n, None]]
            groups = [(0, 2, 0, 1 + 2 * n), *((1, 2 + 2 * k, 1, 3 + 2 * k) for k in range(n))]
        singles = [(0, 0), (0, 1), (0, len(rows[0]) - 1)]
    # a group label not merged is written once, in its first cell, over blanks
    merged = groups if rekap["group"] == "merged" else []
    if rekap["merged_down"]:
        merged += [(r, j, height - 1, j) for r, j in singles if r < height - 1]
    return rows, merged


def _body(rekap: dict) -> tuple[list[list], dict[str, int], dict[str, int]]:
    """The body rows (with the Jumlah row), and the counts by category (as the kit names it) and by gender they give."""
    counts, style = rekap["counts"], rekap["style"]
    categories = DIMENSIONS[rekap["dimension"]][3]
    by_category = {name: sum(sum(unit[k]) for unit in counts) for k, (_, name) in enumerate(categories)}
    gender = {"Laki-laki": sum(m for unit in counts for m, _ in unit), "Perempuan": sum(w for unit in counts for _, w in unit)}
    rows: list[list] = []
    if rekap["shape"] == "side":
        for k, (written, _) in enumerate(categories):
            men, women = sum(unit[k][0] for unit in counts), sum(unit[k][1] for unit in counts)
            rows.append([k + 1, written, _count(style, men), _count(style, women), _count(style, men + women)])
        rows.append([None, "Jumlah", _count(style, gender["Laki-laki"]), _count(style, gender["Perempuan"]),
                     _count(style, sum(gender.values()))])
    else:
        crossed = rekap["height"] == 3
        for n, (unit, by_group) in enumerate(zip(UNITS, counts), start=1):
            cells = [v for men, women in by_group for v in (men, women)] if crossed else [sum(p) for p in by_group]
            rows.append([n, unit, *(_count(style, v) for v in cells), _count(style, sum(map(sum, by_group)))])
        if crossed:
            totals = [sum(unit[k][s] for unit in counts) for k in range(len(categories)) for s in (0, 1)]
        else:
            totals = list(by_category.values())
        rows.append([None, "JUMLAH", *(_count(style, v) for v in totals), _count(style, sum(by_category.values()))])
    return rows, by_category, gender


def _sheet(rekap: dict) -> tuple[list[list], list[str]]:
    """The sheet's rows and its merged ranges as A1 references."""
    header, band_merges = _header(rekap)
    body, _, _ = _body(rekap)
    out: list[list] = [[t] for t in rekap["titles"]]
    if rekap["titles"] and rekap["blank_after_titles"]:
        out.append([])

    def spaced(row: list) -> list:
        return [*row[:2], None, *row[2:]] if rekap["spacer"] else row

    def column(j: int) -> str:
        return get_column_letter(j + 1 + (1 if rekap["spacer"] and j >= 2 else 0))

    top = len(out) + 1  # Excel row of the band's first row
    out += [spaced(r) for r in header] + [spaced(r) for r in body]
    merged = [f"{column(c0)}{top + r0}:{column(c1)}{top + r1}" for r0, c0, r1, c1 in band_merges]
    if rekap["footer"]:
        out.append([rekap["footer"]])
    if rekap["signature"]:
        out += [[], [None, None, "Kepala BKPSDM,"], [], [None, None, "NAMA KEPALA, S.H., M.Si"], [None, None, "NIP. 19700101 199003 1 001"]]
    return out, merged


def _plain(**dress) -> dict:
    return {"dimension": "golongan", "counts": [[(0, 0)] * 4 for _ in UNITS], "shape": "side", "height": 1, "group": "merged",
            "merged_down": False, "titles": [], "blank_after_titles": False, "spacer": False, "footer": None,
            "signature": False, "style": "number", **dress}


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rekaps())
# what the first runs found: '1,000' read as 1 (a whole number either way); a count split over GOLONGAN › I › L | II › L
# … read as one column's cells, its comma thousands refused at the first column's cell; two title lines in column A
# read as a band level over 'No' (its 'MENURUT GOLONGAN' naming a roster's golongan column)
@example(rekap=_plain(counts=[[(0, 0)] * 4, [(0, 0)] * 4, [(0, 0), (0, 0), (0, 0), (0, 1000)]], style="en"))
@example(rekap=_plain(counts=[[(0, 0)] * 4, [(0, 0)] * 4, [(0, 0), (0, 0), (0, 0), (0, 1001)]], shape="across", height=3,
                      style="en"))
@example(rekap=_plain(dimension="education", counts=[[(1, 2)] * 6] * 3, shape="across", height=2, titles=TITLES[:2]))
def test_a_staff_rekap_in_any_dress_gives_the_generated_counts(tmp_path_factory, rekap):
    sheet, merged = _sheet(rekap)
    path = make_workbook(tmp_path_factory.mktemp("rekap") / "pegawai.xlsx", {"Rekap": sheet}, merged={"Rekap": merged})
    staff = load_staff(path)
    _, by_category, gender = _body(rekap)
    got = count_by(staff.summaries, rekap["dimension"])
    assert {c: int(n) for c, n in zip(got["category"], got["count"]) if n} == {c: n for c, n in by_category.items() if n}
    if rekap["shape"] == "side" or rekap["height"] == 3:
        got = count_by(staff.summaries, "gender")
        assert {c: int(n) for c, n in zip(got["category"], got["count"]) if n} == {g: n for g, n in gender.items() if n}
    # the Jumlah row and each row's Jumlah agree with the counts: nothing is read short or twice
    found = reconcile(YearData(2024, Project(), staff=staff))
    assert found.loc[found["severity"].eq("error"), "message_en"].tolist() == []


# ---------------------------------------------------------------- a category band's columns of an unknown category

#: a unit's counts under SD › L | P, <the column tried> › L | P, S1 › L | P
_BAND_ROWS = [[1, "Sekretariat", 1, 2, 3, 4, 5, 6], [2, "Bidang A", 1, 1, 1, 1, 1, 1]]


def _education_band(tmp_path, middle: str, cells: list[list] | None = None, *, jumlah: bool = False):
    """A staff table by unit under PENDIDIKAN › SD | ``middle`` | S1, each over L | P (three header rows), loaded."""
    rows = [[*row[:4], *(c if cells is None else cells[i]), *row[6:]] for i, row in enumerate(_BAND_ROWS)
            for c in [row[4:6]]]
    header = [["No", "Unit Kerja", "PENDIDIKAN", *[None] * 5], [None, None, "SD", None, middle, None, "S1", None],
              [None, None, *["L", "P"] * 3]]
    merged = ["C1:H1", "C2:D2", "E2:F2", "G2:H2", "A1:A3", "B1:B3"]
    path = make_workbook(tmp_path / "pegawai.xlsx", {"Rekap": header + rows}, merged={"Rekap": merged})
    return load_staff(path)


def _by(staff, dimension: str) -> dict[str, int]:
    got = count_by(staff.summaries, dimension)
    return {c: int(n) for c, n in zip(got["category"], got["count"]) if n}


def test_counts_under_a_category_band_in_an_unknown_category_are_refused_at_their_cell(tmp_path):
    # PENDIDIKAN › Kursus › L | P: no education level the kit knows; read as L and P alone they were counted in no
    # level and left out of the gender totals (9 of 27 staff), with no word
    with pytest.raises(InputError) as refused:
        _education_band(tmp_path, "Kursus")
    problems = refused.value.problems
    assert [p.cell for p in problems] == ["E3", "F3"]
    for lang in ("id", "en"):
        text = render(problems[0].expected, lang)
        assert "'Kursus'" in text and "SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3" in text and "'PENDIDIKAN'" in text
    assert "counts staff" in render(problems[0].expected, "en")
    assert "berisi jumlah pegawai" in render(problems[0].expected, "id")


def test_counts_in_an_unknown_category_among_snake_case_aliases_are_refused(tmp_path):
    # jml_sd_pria | jml_kursus_pria …: no band over them, but the same sub-level (pria) as the known levels beside
    header = [["no", "unit_kerja", "jml_sd_pria", "jml_sd_wanita", "jml_kursus_pria", "jml_kursus_wanita", "jml_s1_pria",
               "jml_s1_wanita"]]
    path = make_workbook(tmp_path / "pegawai.xlsx", {"Rekap": header + _BAND_ROWS})
    with pytest.raises(InputError) as refused:
        load_staff(path)
    assert [p.cell for p in refused.value.problems] == ["E1", "F1"]


def test_counts_in_an_unknown_position_type_under_its_band_are_refused(tmp_path):
    header = [["No", "Unit Kerja", "JENIS JABATAN", None, None, None], [None, None, "Struktural", "Staf Ahli", "Fungsional",
                                                                         "Pelaksana"]]
    rows = [[1, "Sekretariat", 1, 2, 3, 4], [2, "Bidang A", 1, 1, 1, 1]]
    path = make_workbook(tmp_path / "pegawai.xlsx", {"Rekap": header + rows}, merged={"Rekap": ["C1:F1", "A1:A2", "B1:B2"]})
    with pytest.raises(InputError) as refused:
        load_staff(path)
    [problem] = refused.value.problems
    assert problem.cell == "D2" and "Struktural, Fungsional, Pelaksana" in render(problem.expected, "en")


def test_a_total_column_under_the_band_is_no_unknown_category(tmp_path):
    # near miss: PENDIDIKAN › Jumlah › L | P is the band's total, checked against the levels, never a category
    staff = _education_band(tmp_path, "Jumlah", [[6, 8], [2, 2]])
    assert _by(staff, "education") == {"SD": 3 + 2, "S1": 6 + 7}
    assert _by(staff, "gender") == {"Laki-laki": 8, "Perempuan": 10}


def test_an_empty_column_under_the_band_counts_no_one(tmp_path):
    # near miss: 'Kursus' with no count in it (empty, or 0) loses no one: the table is read
    staff = _education_band(tmp_path, "Kursus", [[None, None], [None, 0]])
    assert _by(staff, "education") == {"SD": 5, "S1": 13}
    assert _by(staff, "gender") == {"Laki-laki": 8, "Perempuan": 10}


def test_a_known_level_written_with_punctuation_under_the_band_is_read(tmp_path):
    # near miss: 'D.III' is D3, however punctuated: read, not refused
    staff = _education_band(tmp_path, "D.III")
    assert _by(staff, "education") == {"SD": 5, "D3": 9, "S1": 13}
    assert _by(staff, "gender") == {"Laki-laki": 12, "Perempuan": 15}


def _one_hot_roster(tmp_path, kursus: list) -> object:
    """A roster of six under PENDIDIKAN › SMA | Kursus | S1 | S2, one mark per person; ``kursus`` is each row's cell
    under Kursus (a 1 there replaces the person's other mark), loaded."""
    header = [["No", "NIP", "Nama", "Gol", "PENDIDIKAN", None, None, None], [None, None, None, None, "SMA", "Kursus", "S1", "S2"]]
    body = []
    for i, cell in enumerate(kursus):
        marks = [None if cell == 1 else (1 if k == i % 3 else None) for k in range(3)]
        body.append([i + 1, nip(i + 1), f"Pegawai {i}", "III/a", marks[0], cell, marks[1], marks[2]])
    path = make_workbook(tmp_path / "pegawai.xlsx", {"Data": header + body},
                         merged={"Data": ["E1:H1", "A1:A2", "B1:B2", "C1:C2", "D1:D2"]})
    return load_staff(path)


def test_marks_under_an_unknown_category_of_a_one_hot_band_are_refused(tmp_path):
    # a roster's PENDIDIKAN › SMA | Kursus | S1 | S2, one mark per person: those marked under Kursus would be read with
    # no education, in silence
    with pytest.raises(InputError) as refused:
        _one_hot_roster(tmp_path, [None, 1, None, None, None, None])
    [problem] = refused.value.problems
    assert problem.cell == "F2" and "'Kursus'" in render(problem.expected, "id") and "marks staff" in render(problem.expected, "en")


def test_an_unknown_category_of_a_one_hot_band_that_marks_no_one_is_left_aside(tmp_path):
    # near miss: the Kursus column marks no one (0 or empty): nobody's education is lost, the roster is read
    staff = _one_hot_roster(tmp_path, [None, 0, None, None, None, None])
    assert staff.roster["education"].notna().all()
