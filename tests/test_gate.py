"""The publish gate (issue 13, item 6) below the command: acknowledgements, the marks in the tables, the gate record.

The builds, the console, ``--final`` and the browser are in ``test_cli.py``,
``test_browser.py``, ``test_pdf.py`` and ``test_docx.py``; these run the
report model on the real sample, without kernels.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
import yaml

from lakip_lib import gate
from lakip_lib.analysis import gate as analysis_gate
from lakip_lib.analysis.year import analyse_year
from lakip_lib.config import Acknowledgement
from lakip_lib.presentation.report import _arrange, _flag, build_report

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw"
EXPLAINED = Acknowledgement("over_budget", "anggaran.xlsx:Realisasi!row 16", "sesuai SP2D")


@pytest.fixture(scope="module")
def results():
    return analyse_year(SAMPLE, 2024)


def test_an_acknowledgement_explains_only_the_error_it_names(results):
    gated = analysis_gate.acknowledge(results.findings, (EXPLAINED, Acknowledgement("pct_mismatch", "anggaran.xlsx:Realisasi!row 16", "x")))
    assert gated["acknowledged"].tolist() == ["", "sesuai SP2D", "", ""]  # a warning at the same row is not an error to explain
    assert analysis_gate.open_errors(gated)["check"].tolist() == ["sum_mismatch"]
    assert [a.check for a in analysis_gate.unmatched(results.findings, (EXPLAINED, Acknowledgement("pct_mismatch", "anggaran.xlsx:Realisasi!row 16", "x")))] == ["pct_mismatch"]


def test_an_indicator_row_a_finding_names_by_its_cell_is_marked(results):
    """No error of the sample names an indicator: one is added as the loaders report a cell (a Jumlah cell of row 6)."""
    cell = {"severity": "error", "dataset": "indicators", "check": "sum_mismatch", "location": "kinerja.xlsx:PK 2024!L6",
            "message": "Jumlah realisasi bulanan 90 tidak sama dengan 89", "message_en": "monthly realisations add up to 90, not 89"}
    findings = analysis_gate.acknowledge(pd.concat([results.findings, pd.DataFrame([cell])], ignore_index=True), ())
    tables = _arrange(results, "id")
    _flag(tables, findings, "id")
    marked = {key: [table.display.iloc[p, 1] for p in table.flagged] for key, table in tables.items() if table.flagged}
    row = results.indicators.loc[results.indicators["location"].eq("kinerja.xlsx:PK 2024!row 6"), "indicator"].iloc[0]
    assert marked == {"tabel-3-2": [f"{row} *1)"], "tabel-3-7": ["Program Kepegawaian Daerah *1)", "Mutasi dan Promosi ASN *2)"]}
    assert tables["tabel-3-2"].notes[-1] == "*1) Kesalahan data, belum diperbaiki atau dijelaskan: Jumlah realisasi bulanan 90 tidak sama dengan 89"
    assert tables["tabel-3-2"].values.iloc[tables["tabel-3-2"].flagged[0], 1] == f"{row} *1)"  # the xlsx has the mark its note refers to


def test_the_report_model_is_a_draft_until_every_error_is_explained_in_english_too(tmp_path):
    report = build_report(SAMPLE, 2024, tmp_path, lang="en")
    assert report.draft and report.draft_count == 2
    assert "DRAFT" in report.html() and "This report is not final: 2 data errors" in report.html()
    assert report.tables["tabel-3-7"].notes[1].startswith("*2) Data error, neither fixed nor explained: 5.03.02.1.02 Mutasi")
    record = json.loads((tmp_path / "pemeriksaan-2024.json").read_text(encoding="utf-8"))
    assert record["bundled_sample"] is True
    assert [(e["check"], e["acknowledged"]) for e in record["errors"]] == [("sum_mismatch", ""), ("over_budget", "")]
    assert gate.read_gate(tmp_path, 2024) == record
    assert gate.refusal(record, "en").splitlines()[0] == "final report refused: 2 data errors neither fixed nor explained"
    explained = {**record, "errors": [{**e, "acknowledged": "ok"} for e in record["errors"]]}
    assert gate.refusal(explained) == "" and gate.draft_lines(explained, tmp_path) == [
        "  2 kesalahan dijelaskan di lakip.yml (acknowledgements): dicetak sebagai catatan tabel"]
    review = (tmp_path / "pemeriksaan-2024.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in review and "Self-check against the evaluation criteria of PermenPAN-RB 88/2021" in review


def test_a_gate_record_that_is_not_one_is_ignored(tmp_path):
    assert gate.read_gate(tmp_path, 2024) is None
    (tmp_path / "pemeriksaan-2024.json").write_text('{"errors": "none"}', encoding="utf-8")
    assert gate.read_gate(tmp_path, 2024) is None


def test_hostile_text_in_an_explanation_is_escaped_in_both_reports(tmp_path):
    data = tmp_path / "raw"
    shutil.copytree(SAMPLE, data, ignore=shutil.ignore_patterns("README.md"))
    project = yaml.safe_load((data / "lakip.yml").read_text(encoding="utf-8"))
    project["acknowledgements"] = [{"check": "over_budget", "location": "anggaran.xlsx:Realisasi!row 16",
                                    "explanation": "<script>alert(1)</script> {{ 7*7 }}"}]
    (data / "lakip.yml").write_text(yaml.safe_dump(project, allow_unicode=True), encoding="utf-8")
    report = build_report(data, 2024, tmp_path / "out")
    for page in (report.html(), (tmp_path / "out" / "pemeriksaan-2024.html").read_text(encoding="utf-8")):
        assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}" in page


# ---------------------------------------------------------------- item 3: values from their parsed numbers

def test_indicator_values_are_printed_from_their_numbers_with_the_units_decimals(tmp_path):
    """The sheet writes "88,30 %", "87,30%" and "89" in one row, "2 Aplikasi", and the capaian as a bare 100: the
    report prints every value from its parsed number, two decimals for every % and Angka value, the unit's word."""
    report = build_report(SAMPLE, 2024, tmp_path)
    cells = {key: report.tables[key].display.iloc[:, 3:7].values.tolist() for key in ("tabel-3-1", "tabel-3-2", "tabel-3-4", "tabel-prioritas")}
    assert cells["tabel-3-1"] == [["63,00", "39,99", "64,23", "100,00%"]]
    assert cells["tabel-3-2"] == [["88,30%", "87,30%", "89,00%", "100,00%"], ["90,29%", "90,00%", "91,86%", "100,00%"]]
    assert cells["tabel-3-4"] == [["BB", "BB", "A", "-"]]  # grades as grades, no percentage
    assert cells["tabel-prioritas"] == [["2\xa0aplikasi", "2\xa0aplikasi", "4\xa0aplikasi", "100,00%"]]
    assert report.tables["tabel-3-2"].notes == ["Persentase capaian sasaran ini adalah: 100,00%"]
    assert report.tables["tabel-pk"].display.iloc[:, 4].tolist()[:2] == ["63,00", "88,30%"]
    every = [str(v) for table in report.tables.values() for v in table.display.to_numpy().ravel()]
    assert [v for v in every if re.search(r"\d\.\d+%", v) or re.fullmatch(r"[\d.,]+ %", v)] == []  # no "98.56%", no raw "88,30 %"
    # the xlsx stores the numbers as numbers, the grades as text
    sheet = openpyxl.load_workbook(tmp_path / "tabel-lakip-2024.xlsx")["Tabel 3.2"]
    row = next(r for r in sheet.iter_rows(values_only=True) if r[1] == "Persentase ASN yang sesuai dengan Standar Kompetensi")
    assert row[3:6] == (88.3, 87.3, 89.0)
    cells = next(r for r in sheet.iter_rows() if r[1].value == "Persentase ASN yang sesuai dengan Standar Kompetensi")
    assert [c.number_format for c in cells[3:7]] == ['#,##0.00"%"'] * 4  # percent units shown with the sign, unscaled
    sheet = openpyxl.load_workbook(tmp_path / "tabel-lakip-2024.xlsx")[report.tables["tabel-3-7"].number]  # the reference's Tabel 3.7
    program = next(r for r in sheet.iter_rows() if r[1].value == "Program Kepegawaian Daerah *1)")
    assert (program[2].value, program[2].number_format) == (3_875_550_000, "#,##0")
    assert (round(program[5].value, 2), program[5].number_format) == (95.43, '#,##0.00"%"')


def test_the_budget_chart_axis_is_in_rupiah_of_its_largest_unit(results):
    from lakip_lib.presentation.report import report_figures

    axis = report_figures(results)["gambar-anggaran"].figure.axes[0]
    axis.figure.canvas.draw()
    ticks = [t.get_text() for t in axis.get_xticklabels() if t.get_text()]
    assert ticks[0] == "Rp\xa00" and all(t.startswith("Rp\xa0") and t.endswith("\xa0miliar") for t in ticks[1:]) and len(ticks) <= 6
