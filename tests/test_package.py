"""``import lakip_lib as lk``: the main functions on the top level, found by ``dir`` and tab completion, imported lazily."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import import_module
from pathlib import Path

import pytest

import lakip_lib as lk

ROOT = Path(__file__).resolve().parent.parent


def test_the_main_functions_are_on_the_top_level():
    from lakip_lib.analysis import staffing
    from lakip_lib.analysis.checks import reconcile
    from lakip_lib.analysis.year import analyse_year
    from lakip_lib.loading.year import load_year

    assert lk.load_year is load_year
    assert lk.analyse_year is analyse_year
    assert lk.count_by is staffing.count_by and lk.crosstab is staffing.crosstab
    assert lk.reconcile is reconcile


@pytest.mark.parametrize("name", lk.__all__)
def test_every_listed_name_resolves_to_its_home(name):
    value = getattr(lk, name)
    assert getattr(import_module(lk._HOMES[name], "lakip_lib"), name) is value
    assert value.__doc__, f"{name} has no docstring"


def test_dir_lists_them_before_they_are_imported():
    run = subprocess.run([sys.executable, "-c", "import lakip_lib; print(' '.join(dir(lakip_lib)))"],
                         capture_output=True, text=True, timeout=60, cwd=ROOT)
    listed = set(run.stdout.split())
    assert {"load_year", "analyse_year", "count_by", "crosstab", "reconcile", "golongan_order", "__version__"} <= listed, run.stderr


def test_importing_the_package_and_reading_dir_imports_no_pandas():
    """An up-to-date ``lakip build`` imports the package: it must not pay for pandas (see test_execute)."""
    probe = ("import sys, lakip_lib; dir(lakip_lib); lakip_lib.__version__; "
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'pandas', 'numpy', 'matplotlib', 'pyarrow'}))")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert run.stdout.strip() == "[]", run.stderr


def test_an_unknown_name_is_an_attribute_error_naming_it():
    with pytest.raises(AttributeError, match="'lakip_lib' has no attribute 'load_yaer'"):
        lk.load_yaer  # noqa: B018
    assert not hasattr(lk, "load_yaer")


# ---------------------------------------------------------------- the documented API, as an analyst's notebook uses it

def _readme_example() -> str:
    """The Python block of the README's section "Using the library in a notebook"."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Using the library in a notebook", 1)[1].split("\n## ", 1)[0]
    return section.split("```python\n", 1)[1].split("```", 1)[0]


def test_the_readme_example_runs_as_written():
    """From the kit's folder, as the README says; Agg: no display, as on a server."""
    probe = _readme_example() + "\nimport matplotlib.pyplot as plt; assert plt.gcf().axes; print('ok')\n"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=180, cwd=ROOT,
                         env={**os.environ, "MPLBACKEND": "Agg"})
    assert run.stdout.strip() == "ok", run.stderr[-2000:]


def test_a_notebook_with_only_the_documented_api_pivots_in_report_order_and_draws_a_seaborn_chart(tmp_path):
    """Issue 14's analyst: load the sample, pivot it with pandas, chart it with seaborn; nothing but ``lk.`` from the kit."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd
    import seaborn as sns

    data = lk.load_year(ROOT / "data/raw", 2024)
    roster = data.staff.roster
    assert len(roster) == 103

    pivot = roster.pivot_table(index="golongan", columns="gender", values="nip", aggfunc="count", observed=True)
    present = set(roster["golongan"])
    assert pivot.index.tolist() == [g for g in lk.golongan_order() if g in present]  # IV/d first, II/d last
    assert pivot.index.tolist()[:2] == ["IV/d", "IV/b"] and pivot.index[-1] == "II/d"
    assert pivot.columns.tolist() == ["Laki-laki", "Perempuan"]
    # the same numbers as the library's own table, which the report prints
    ours = lk.crosstab(roster, "golongan", "gender").drop(columns="Jumlah")
    assert pivot.fillna(0).astype("int64").to_numpy().tolist() == ours.to_numpy().tolist()

    by_education = pd.crosstab(roster["education"], roster["position_type"])
    assert by_education.index.tolist() == ["SMA", "D3", "D4", "S1", "S2", "S3"]  # not D3, D4, S1, S2, S3, SMA
    assert by_education.columns.tolist() == ["Struktural", "Fungsional", "Pelaksana"]
    assert by_education.to_numpy().sum() == 103

    by_unit = lk.count_by(roster, "unit")
    assert by_unit["count"].sum() == 103 and by_unit["category"].iloc[0] == roster["unit"].iloc[0]

    figure, axes = plt.subplots(figsize=(6, 4))
    sns.countplot(data=roster, y=roster["education"].cat.remove_unused_categories(), hue="gender", ax=axes)
    assert [label.get_text() for label in axes.get_yticklabels()] == ["SMA", "D3", "D4", "S1", "S2", "S3"]
    figure.savefig(tmp_path / "pendidikan.png")
    plt.close(figure)
    assert (tmp_path / "pendidikan.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def _imported_modules(path: Path) -> set[str]:
    """The ``lakip_lib`` modules a source file imports, anywhere in it (lazy imports too), as dotted names."""
    import ast

    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            found.add(".".join([*base, *([node.module] if node.module else [])]))
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("lakip_lib")}


@pytest.mark.parametrize(("layer", "never"), [
    ("lakip_lib/analysis", ("lakip_lib.presentation", "lakip_lib.execute", "lakip_lib.cli", "lakip_lib.preview")),
    ("lakip_lib/domain.py", ("lakip_lib.loading", "lakip_lib.analysis", "lakip_lib.presentation")),
    ("lakip_lib/formatting.py", ("lakip_lib.loading", "lakip_lib.analysis", "lakip_lib.presentation")),
    ("lakip_lib/loading", ("lakip_lib.analysis", "lakip_lib.presentation", "lakip_lib.execute", "lakip_lib.cli")),
])
def test_data_flows_one_way_through_the_layers(layer, never):
    """Raw files → recognised tables → datasets → analysis → report → outputs: no layer imports one above it."""
    root = ROOT / layer
    files = sorted(root.rglob("*.py")) if root.is_dir() else [root]
    wrong = {f"{path.relative_to(ROOT)} imports {name}" for path in files for name in _imported_modules(path)
             if name.startswith(never)}
    assert sorted(wrong) == []
