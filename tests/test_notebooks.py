"""Static checks of the committed notebooks in ``notebooks/``: how papermill runs them, and what they may contain.

Rules checked for every notebook:

- exactly one code cell is tagged ``parameters``; it is the first code cell
  and assigns literals to at least ``year``, ``data_dir`` and ``output_dir``
  (papermill injects its values after it); ``output_dir`` and ``processed_dir``
  are None, resolved by the next cell (a scratch folder, the data's own cache)
  so that a run by hand never writes into a published year;
- nothing of a run is committed: no outputs, no execution counts, no
  papermill or execution metadata;
- the kernelspec is ``python3``, the kernel ``lakip build`` starts;
- no analysis logic: the numbers come from ``lakip_lib``, where they are
  tested, and a notebook only calls it and shows the results. Its code cells
  (parsed with :mod:`ast`) contain no arithmetic operator (``+ - * / // % **
  @``, augmented assignments included), no call of a pandas aggregation or
  reshaping method (:data:`AGGREGATIONS`, e.g. ``.groupby(``, ``.sum(``),
  no ``sum``/``min``/``max``/``round`` builtin, no ``import pandas`` or
  ``numpy``, and no ``def``, ``class`` or ``lambda``. Selecting rows
  (``frame[frame["level"] == "program"]``) and columns is display, not logic;
- Markdown cells are Markdown: a heading line starts with ``#``.
"""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import nbformat
import pytest

NOTEBOOK_DIR = Path(__file__).resolve().parent.parent / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
PARAMETERS = {"year", "data_dir", "output_dir"}
#: pandas (and numpy) methods that compute rather than select: their results belong in lakip_lib
AGGREGATIONS = frozenset({
    "agg", "aggregate", "apply", "applymap", "count", "crosstab", "cumprod", "cumsum", "describe", "diff", "div",
    "divide", "groupby", "map", "mean", "median", "melt", "merge", "mul", "multiply", "nunique", "pct_change",
    "pivot", "pivot_table", "prod", "quantile", "resample", "rolling", "round", "std", "sub", "subtract", "sum",
    "transform", "value_counts", "var",
})
BUILTINS = frozenset({"sum", "min", "max", "round"})
ARITHMETIC = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.MatMult)


def _code_cells(notebook) -> list:
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def _logic(tree: ast.AST) -> list[str]:
    """What in ``tree`` is analysis logic by the rules of this module, one description each."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ARITHMETIC):
            found.append(f"arithmetic {ast.unparse(node)!r}")
        elif isinstance(node, ast.AugAssign):
            found.append(f"augmented assignment {ast.unparse(node)!r}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in AGGREGATIONS:
            found.append(f"call of .{node.func.attr}()")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in BUILTINS:
            found.append(f"call of {node.func.id}()")
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            modules = [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            found += [f"import of {m}" for m in modules if m.split(".")[0] in ("pandas", "numpy")]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            found.append(f"definition {type(node).__name__}")
    return found


def test_there_are_notebooks_to_check():
    assert [p.name for p in NOTEBOOKS] == ["01-staffing.ipynb", "02-performance.ipynb", "03-finance.ipynb", "04-report.ipynb"]


@pytest.fixture(params=NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def notebook(request):
    return nbformat.read(request.param, as_version=4)


def test_first_code_cell_is_the_tagged_parameters_cell(notebook):
    tagged = [cell for cell in _code_cells(notebook) if "parameters" in cell.metadata.get("tags", [])]
    assert len(tagged) == 1
    assert _code_cells(notebook)[0] is tagged[0]
    assigned = {}
    for statement in ast.parse(tagged[0].source).body:
        assert isinstance(statement, ast.Assign), ast.unparse(statement)
        for target in statement.targets:
            assigned[target.id] = ast.literal_eval(statement.value)  # a literal, so papermill can replace it
    assert PARAMETERS <= set(assigned)
    assert isinstance(assigned["year"], int) and isinstance(assigned["data_dir"], str)
    # None: a run by hand writes to a scratch folder and the data's own cache; only lakip build passes folders
    assert assigned["output_dir"] is None and assigned.get("processed_dir") is None


def test_the_folders_are_resolved_before_anything_is_read_or_written(notebook):
    """``notebook_folders`` turns the None defaults into the scratch folder and the cache (lakip_lib.workspace)."""
    first = _code_cells(notebook)[1].source
    resolve = "output_dir, processed_dir = notebook_folders(year, lang, data_dir, output_dir, processed_dir)"
    assert resolve in first
    assert first.index(resolve) < min(first.index(call) for call in ("analyse_year(", "build_report(") if call in first)


def test_no_outputs_or_execution_state_committed(notebook):
    for cell in _code_cells(notebook):
        assert cell.outputs == [], cell.source[:60]
        assert cell.execution_count is None, cell.source[:60]
        assert "execution" not in cell.metadata and "papermill" not in cell.metadata, cell.source[:60]
    assert "papermill" not in notebook.metadata


def test_kernelspec_is_python3(notebook):
    assert notebook.metadata["kernelspec"]["name"] == "python3"
    assert notebook.metadata["kernelspec"]["language"] == "python"


def test_code_cells_only_call_the_library(notebook):
    for cell in _code_cells(notebook):
        assert _logic(ast.parse(cell.source)) == [], cell.source


def test_markdown_headings_start_with_a_hash(notebook):
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            stray = [line for line in cell.source.splitlines() if re.match(r"^[^#\s]+#{1,6} ", line)]
            assert stray == [], f"text before a heading's '#': {stray}"


@pytest.mark.parametrize("source, found", [
    ("counts = results.staffing['gender']", []),
    ("show(results.budget[results.budget['level'] == 'program'], fmt=fmt)", []),
    ("print(', '.join(data.missing))", []),
    ("share = count / total", ["arithmetic 'count / total'"]),
    ("total += 1", ["augmented assignment 'total += 1'"]),
    ("roster.groupby('unit').size()", ["call of .groupby()"]),
    ("frame['budget'].sum()", ["call of .sum()"]),
    ("max(values)", ["call of max()"]),
    ("import pandas as pd", ["import of pandas"]),
    ("from numpy import mean", ["import of numpy"]),
    ("f = lambda x: x", ["definition Lambda"]),
])
def test_the_logic_rule_itself(source, found):
    assert _logic(ast.parse(source)) == found


# ---------------------------------------------------------------- a real run

@pytest.mark.slow
def test_the_performance_notebook_draws_each_indicators_trend_with_the_earlier_years_as_the_report_does(tmp_path):
    """Notebook 02's trend charts (its figures/ files) are the report's inline charts, earlier years' folders included:
    of three generated years, 2023 (which 2025's workbook does not repeat, as it does 2024's realisations) is on both.
    The near miss: without the 2023 folder both draw 2024 and 2025 alone, and their files differ from those with it."""
    import papermill

    from lakip_lib.demo import write_demo
    from lakip_lib.presentation.report import build_report, report_figures, save_figures

    def charts(data: Path, label: str) -> tuple[list[int], dict[str, bytes], dict[str, bytes]]:
        """The earlier years the report compares with, its trend charts' SVG files and notebook 02's of the same names."""
        run = tmp_path / label
        run.mkdir()
        papermill.execute_notebook(str(NOTEBOOK_DIR / "02-performance.ipynb"), str(run / "02.ipynb"), cwd=str(NOTEBOOK_DIR),
                                   parameters={"year": 2025, "data_dir": str(data), "output_dir": str(run / "notebook"),
                                               "processed_dir": str(run / "processed")},
                                   progress_bar=False, log_output=False)
        report = build_report(data, 2025, None, "id", run / "processed")
        saved = save_figures(report_figures(report.results, "id", section="analysis"), run / "report")
        drawn = {p.name: p.read_bytes() for p in saved if p.suffix == ".svg"}
        return ([e.data.year for e in report.results.earlier], drawn,
                {name: (run / "notebook" / "figures" / name).read_bytes() for name in drawn})

    data = tmp_path / "raw"
    write_demo(data, 20, 3, start_year=2023, seed=5)
    years, report, notebook = charts(data, "with-2023")
    assert years == [2023, 2024] and report and notebook == report
    shutil.rmtree(data / "2023")
    years, alone, notebook_alone = charts(data, "without-2023")
    assert years == [2024] and notebook_alone == alone and alone != report
