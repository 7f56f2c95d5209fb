"""Tables in the notebooks go through one formatter (:mod:`lakip_lib.presentation.notebook`): years without
separators, floats to their unit's decimals, headers in the notebook's language, wide tables scrollable, and "not
achieved" told from "no realisation yet" (issue 14, item 4). The last test runs the real notebook with papermill."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from lakip_lib.analysis.year import analyse_year
from lakip_lib.formatting import Formatter
from lakip_lib.presentation.notebook import shown, table_html

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def results():
    return analyse_year(ROOT / "data" / "raw", 2024)


def test_years_are_labels_and_floats_have_their_units_decimals(results):
    trend = shown(results.trend)  # realisations by year: a mixed (object) column of floats and grades
    assert trend.columns.tolist() == ["id", "Indikator Kinerja", "Satuan", "2023", "2024"]
    assert trend.loc[0, ["2023", "2024"]].tolist() == ["39,99", "64,23"]  # before: 39.990000
    assert trend.loc[5, ["2023", "2024"]].tolist() == ["BB", "A"]
    retirement = shown(results.retirement)
    assert retirement["Tahun"].tolist()[:2] == ["2025", "2026"]  # before: 2.025
    total = shown(results.total).iloc[0].tolist()
    assert total == ["17.077.265.554", "16.832.046.366", "245.219.188", "98,56%"]


def test_headers_follow_the_language(results):
    assert shown(results.staffing["golongan"]).columns.tolist() == ["Kategori", "Jumlah", "Persentase"]
    assert shown(results.staffing["golongan"], Formatter("en")).columns.tolist() == ["Category", "Count", "Share"]


def test_the_goals_table_tells_no_realisation_yet_from_not_achieved(results):
    goals = shown(results.goals).set_index("Tingkat")
    assert goals.loc["ikk", ["Jumlah indikator", "Indikator dengan realisasi", "Semua tercapai"]].tolist() == ["9", "0", "Belum ada realisasi"]
    assert set(goals.drop(index="ikk")["Semua tercapai"]) == {"Tercapai"}
    missed = pd.DataFrame({"goal": ["S"], "level": ["sasaran"], "indicator": ["a"], "achieved": pd.array([False]),
                           "achievement_reported_pct": [50.0]})
    from lakip_lib.analysis import goal_rollup
    assert shown(goal_rollup(missed))["Semua tercapai"].tolist() == ["Tidak tercapai"]


def test_a_wide_table_scrolls_and_input_text_is_escaped(results):
    page = table_html(results.indicators)
    assert page.startswith('<div class="lakip-table" style="overflow-x: auto; max-width: 100%"><table>')
    assert len(re.findall("<th>", page)) == len(results.indicators.columns)  # every column, none cut
    crafted = table_html(pd.DataFrame({"name": ['<img src=x onerror="alert(1)">']}))
    assert "<img" not in crafted and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in crafted


def test_the_performance_notebook_shows_its_tables_through_the_formatter(tmp_path):
    """A real papermill run of 02-performance: no year with a separator, no float with six decimals, headers in
    Indonesian, the IKK shown as not yet realised."""
    import papermill

    kit = tmp_path / "kit"
    shutil.copytree(ROOT / "notebooks", kit / "notebooks")
    shutil.copytree(ROOT / "data" / "raw", kit / "data" / "raw")
    executed = tmp_path / "02-performance.ipynb"
    papermill.execute_notebook(str(kit / "notebooks" / "02-performance.ipynb"), str(executed), cwd=str(kit / "notebooks"),
                               progress_bar=False, log_output=False)
    html = "".join(output.get("data", {}).get("text/html", "") for cell in nbformat.read(executed, as_version=4).cells
                   if cell.cell_type == "code" for output in cell.outputs)
    assert 'class="lakip-table"' in html and "Indikator Kinerja" in html and "Semua tercapai" in html
    assert "Belum ada realisasi" in html and "39,99" in html
    assert not re.search(r"\b2\.02\d\b", html) and not re.search(r"\d\.\d{6}\b", html)
    assert "achievement_reported_pct" not in html and "all_achieved" not in html


def test_the_earlier_years_a_report_compares_with_are_analysed_once_while_their_files_stay_the_same(tmp_path):
    """A process that makes the report again (the preview's worker after an edit of 2024) reads 2023 once; an edit of
    2023 analyses it again."""
    import openpyxl

    from lakip_lib.analysis.year import earlier_results

    data = tmp_path / "raw"
    shutil.copytree(ROOT / "data" / "raw", data)
    first = earlier_results(analyse_year(data, 2024), data)[0]
    assert [e.data.year for e in first] == [2023]
    assert earlier_results(analyse_year(data, 2024), data)[0][0] is first[0]
    path = data / "2023" / "kinerja.xlsx"
    workbook = openpyxl.load_workbook(path)
    workbook.properties.title = "Disimpan lagi"  # other bytes, the same table
    workbook.save(path)
    again = earlier_results(analyse_year(data, 2024), data)[0]
    assert [e.data.year for e in again] == [2023] and again[0] is not first[0]
