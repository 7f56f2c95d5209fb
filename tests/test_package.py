"""``import lakip_lib as lk``: the main functions on the top level, found by ``dir`` and tab completion, imported lazily."""

from __future__ import annotations

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
