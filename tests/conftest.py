"""Shared fixtures: ``xlsx`` writes a generated workbook into the test's own folder; ``browser`` is one headless
Chromium per test module, ``report`` the sample's built HTML report (a module may define its own)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lakip_lib.messages import use_language
from browser_support import browser_session, chromium_or_skip, sample_build
from workbooks import make_workbook

# Every process a test starts (the console script, `python -m lakip_lib.cli`, a build's kernels) imports the kit of
# this checkout: the environment's editable install points at one copy, and a test run in another (a worktree) would
# otherwise check its own code in-process and that copy's in every subprocess.
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).resolve().parent.parent),
                                                         os.environ.get("PYTHONPATH")]))


@pytest.fixture(autouse=True)
def english_problems(monkeypatch):
    """Input problems are said in English in the tests, which assert their wording (the layout corpus's ``refused``
    texts among them); the kit's default, Indonesian, is what the ``lakip`` command and a build use unless ``--lang
    en`` is given, and ``tests/test_messages.py`` asserts it. A test calls ``use_language("id")`` for Indonesian."""
    monkeypatch.delenv("LAKIP_LANG", raising=False)
    previous = use_language("en")
    yield
    use_language(previous)


@pytest.fixture
def xlsx(tmp_path: Path):
    """``xlsx(name, sheets, merged=..., hidden=...)``: a workbook in ``tmp_path`` (see :func:`workbooks.make_workbook`).

    Example:
        path = xlsx("pegawai.xlsx", {"Data": [["NIP", "NAMA"], ["196711101992031001", "Budi"]]})
    """

    def build(name: str, sheets: dict[str, list[list]], **options) -> Path:
        return make_workbook(tmp_path / name, sheets, **options)

    return build


@pytest.fixture(scope="module")
def browser():
    with browser_session() as launched:
        yield launched


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    chromium_or_skip()
    return sample_build(tmp_path_factory) / "lakip-2024.html"
