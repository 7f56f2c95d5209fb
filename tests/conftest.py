"""Shared fixtures: ``xlsx`` writes a generated workbook into the test's own folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbooks import make_workbook


@pytest.fixture
def xlsx(tmp_path: Path):
    """``xlsx(name, sheets, merged=..., hidden=...)``: a workbook in ``tmp_path`` (see :func:`workbooks.make_workbook`).

    Example:
        path = xlsx("pegawai.xlsx", {"Data": [["NIP", "NAMA"], ["196711101992031001", "Budi"]]})
    """

    def build(name: str, sheets: dict[str, list[list]], **options) -> Path:
        return make_workbook(tmp_path / name, sheets, **options)

    return build
