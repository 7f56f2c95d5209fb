"""Real layouts, damaged the ways files get damaged: ``lakip check`` reads them or refuses them, never a traceback.

The corpus (``tests/layouts/``) holds real layouts as published. Files that
reach the kit are those layouts after an analyst's edits: a spacer column
inserted, title rows added above, a row deleted or pasted twice, the sheet cut
short, a cell overwritten with ``#N/A``, a dash, a date, a formula or a very
long text. Hypothesis draws a corpus case and one or two such edits, writes
the workbook and runs the real ``lakip check``: it must end with a status (read,
findings, or refused) and, when it refuses, name the file it could not read. A
crash here is a layout a user will meet with no message to act on.
``LAKIP_EXAMPLES`` raises the number of files tried (default 25).
"""

from __future__ import annotations

import os
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import range_boundaries

from layouts import CASES as CORPUS
from layouts.case import FILE_NAMES, Layout
from lakip_lib.cli import main
from lakip_lib.presentation.report import build_report

EXAMPLES = int(os.environ.get("LAKIP_EXAMPLES", "25"))
CASES: list[Layout] = [case for case in CORPUS if case.html is None]
#: what an analyst or a copy-paste leaves in a cell
JUNK = ["#N/A", "#DIV/0!", "-", " ", "1.234,5", "12,5 %", "31/12/2024", "=SUM(C5:C9)", "Keterangan " * 40, 0, -7, 1e15, None]


def _range(c0: int, r0: int, c1: int, r1: int) -> str:
    return f"{get_column_letter(c0)}{r0}:{get_column_letter(c1)}{r1}"


def _merged(case: Layout, sheet: str, move) -> list[str]:
    """The sheet's merged ranges after ``move`` maps each (c0, r0, c1, r1) to its new bounds, or None to drop it."""
    kept = [move(*range_boundaries(cells)) for cells in case.merged.get(sheet, [])]
    return [_range(*bounds) for bounds in kept if bounds is not None and bounds[:2] != bounds[2:]]


def _spacer_column(case: Layout, sheet: str, rows: list[list], k: int) -> tuple[list[list], list[str]]:
    rows = [[*row[:k], None, *row[k:]] for row in rows]
    return rows, _merged(case, sheet, lambda c0, r0, c1, r1: (c0 + (c0 > k), r0, c1 + (c1 > k), r1))


def _title_rows(case: Layout, sheet: str, rows: list[list], n: int) -> tuple[list[list], list[str]]:
    rows = [["LAPORAN KINERJA INSTANSI PEMERINTAH"], *[[] for _ in range(n - 1)], *rows]
    return rows, _merged(case, sheet, lambda c0, r0, c1, r1: (c0, r0 + n, c1, r1 + n))


def _drop_row(case: Layout, sheet: str, rows: list[list], i: int) -> tuple[list[list], list[str]]:
    r = i + 1
    rows = rows[:i] + rows[i + 1:]
    return rows, _merged(case, sheet, lambda c0, r0, c1, r1: None if r0 <= r <= r1 else (c0, r0 - (r0 > r), c1, r1 - (r1 > r)))


def _twice(case: Layout, sheet: str, rows: list[list], i: int) -> tuple[list[list], list[str]]:
    r = i + 1
    rows = rows[:i + 1] + [list(rows[i])] + rows[i + 1:]
    return rows, _merged(case, sheet, lambda c0, r0, c1, r1: None if r0 <= r <= r1 else (c0, r0 + (r0 > r), c1, r1 + (r1 > r)))


def _cut(case: Layout, sheet: str, rows: list[list], i: int) -> tuple[list[list], list[str]]:
    return rows[:i + 1], _merged(case, sheet, lambda c0, r0, c1, r1: None if r1 > i + 1 else (c0, r0, c1, r1))


@st.composite
def damaged(draw) -> Layout:
    """A corpus case with one or two edits to its first sheet."""
    case = draw(st.sampled_from(CASES))
    sheet = next(iter(case.sheets))
    rows, merged = [list(row) for row in case.sheets[sheet]], list(case.merged.get(sheet, []))
    work = replace(case, merged={**case.merged, sheet: merged})
    for _ in range(draw(st.integers(1, 2))):
        work = replace(work, merged={**work.merged, sheet: merged})
        height, width = len(rows), max((len(row) for row in rows), default=0)
        edit = draw(st.sampled_from(["spacer", "titles", "drop", "twice", "cut", "junk"] if height > 1 else ["spacer", "titles"]))
        if edit == "spacer":
            rows, merged = _spacer_column(work, sheet, rows, draw(st.integers(0, width)))
        elif edit == "titles":
            rows, merged = _title_rows(work, sheet, rows, draw(st.integers(1, 3)))
        elif edit == "drop":
            rows, merged = _drop_row(work, sheet, rows, draw(st.integers(0, height - 1)))
        elif edit == "twice":
            rows, merged = _twice(work, sheet, rows, draw(st.integers(0, height - 1)))
        elif edit == "cut":
            rows, merged = _cut(work, sheet, rows, draw(st.integers(0, height - 1)))
        else:
            i = draw(st.integers(0, height - 1))
            j = draw(st.integers(0, max(width - 1, 0)))
            rows[i] = [*rows[i], *[None] * (j + 1 - len(rows[i]))]
            rows[i][j] = draw(st.sampled_from(JUNK))
    # number formats name cells that the edits moved: the damaged file shows its numbers as they are
    return replace(case, sheets={**case.sheets, sheet: rows}, merged={**case.merged, sheet: merged}, number_formats={})


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(damaged())
def test_a_damaged_real_layout_is_read_or_refused_naming_the_file(tmp_path_factory, capsys, case):
    raw = tmp_path_factory.mktemp("raw")
    case.write(raw / str(case.year))
    code = main(["check", "--year", str(case.year), "--data", str(raw), "--lang", "en"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code in (0, 1, 2), (case.id, code, err)
    if code == 2:
        assert err.startswith("lakip: ") and FILE_NAMES[case.dataset] in err, (case.id, err)
        return
    # what check read, the report is arranged from and rendered: the analysis and the page take damaged data too
    assert "<h1" in build_report(raw, case.year).html()
