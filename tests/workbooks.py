"""Builders of small spreadsheet files for the tests: real workbooks written with
openpyxl (title rows, blank rows, merged cells, formulas), and damaged or
crafted files made by rewriting a workbook's zip.

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> folder = Path(tempfile.mkdtemp())
    >>> path = make_workbook(folder / "pegawai.xlsx", {"Data": [["Daftar Pegawai"], [], ["NIP", "NAMA"]]},
    ...                      merged={"Data": ["A1:B1"]})
    >>> path.name, member_names(path)[-1]
    ('pegawai.xlsx', 'xl/worksheets/sheet1.xml')
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl



def nip(serial: int = 1, *, female: bool = False, birth: str = "19671110", appointed: str = "199203", pppk: bool = False) -> str:
    """A valid 18-digit NIP: birth date, TMT CPNS ``YYYYMM`` (PPPK: TMT year, then ``2`` and a frequency digit),
    sex digit, 3-digit serial.

    Example:
        >>> nip(), nip(3, female=True), nip(4, birth="19900615", appointed="2022", pppk=True)
        ('196711101992031001', '196711101992032003', '199006152022211004')
    """
    middle = f"{appointed}21" if pppk else appointed
    return f"{birth}{middle}{2 if female else 1}{serial:03d}"


#: valid NIPs: a man, a woman, a PPPK man (digit 13 is '2')
NIP_MALE = nip(1)
NIP_FEMALE = nip(3, female=True, birth="19850228", appointed="201001")
NIP_PPPK = nip(4, birth="19900615", appointed="2022", pppk=True)


def make_workbook(path: str | Path, sheets: dict[str, list[list]], merged: dict[str, list[str]] | None = None,
                  hidden: tuple[str, ...] = (), number_formats: dict[str, dict[str, str]] | None = None,
                  formulas: bool = True) -> Path:
    """Write an .xlsx with one sheet per entry of ``sheets`` (rows of cell values, ``None`` for blanks).

    ``merged`` maps a sheet name to ranges such as ``"A1:F1"``; ``hidden`` names
    sheets to hide; ``number_formats`` maps a sheet name to ``{"D5": "0.00%"}``.
    A string starting with ``=`` is written as a formula with no saved result,
    as openpyxl does (as text with ``formulas=False``: ``=< SMA`` typed as a
    label); ``"#DIV/0!"`` and the like as Excel error values.
    """
    path = Path(path)
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for i, row in enumerate(rows, start=1):
            for j, value in enumerate(row, start=1):
                if value is not None:
                    cell = sheet.cell(i, j, value)
                    if not formulas and isinstance(value, str) and value.startswith("="):
                        cell.data_type = "s"
        for cells in (merged or {}).get(name, []):
            sheet.merge_cells(cells)
        for cell, number_format in (number_formats or {}).get(name, {}).items():
            sheet[cell].number_format = number_format
        if name in hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


def member_names(path: str | Path) -> list[str]:
    """Names of the members of a workbook's zip, sheets last (as openpyxl writes them)."""
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    return sorted(names, key=lambda n: n.startswith("xl/worksheets/"))


def rewrite_member(source: str | Path, target: str | Path, member: str, change: Callable[[bytes], bytes]) -> Path:
    """Copy the zip ``source`` to ``target`` with one member's bytes passed through ``change``."""
    target = Path(target)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info, change(data) if info.filename == member else data)
    return target


def add_member(source: str | Path, target: str | Path, member: str, data: bytes) -> Path:
    """Copy the zip ``source`` to ``target`` with an extra member (deflated)."""
    target = Path(target)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info, old.read(info))
        new.writestr(member, data)
    return target
