"""Opening spreadsheet files safely and reading their sheets as grids of cells.

Before a reader touches a file, :func:`inspect_file` checks what the bytes
are (an ``.xlsx`` that is really CSV, HTML saved as ``.xls``, an encrypted
workbook, a truncated zip) and refuses archives that declare more
uncompressed data than :data:`DEFAULT_LIMITS` allow or whose XML declares
entities, so a crafted file cannot exhaust memory or expand a "billion
laughs". Reading itself goes through calamine (Rust), which never evaluates
formulas and never writes; the raw file is opened read-only.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine

from ..errors import InputError, Problem, UnsafeInputError

#: Suffixes the kit reads, by how the file must begin.
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")

#: Limits on what a file may unpack to; ``lakip.yml`` ``limits:`` overrides them.
DEFAULT_LIMITS = {
    "max_file_mb": 512.0,  # the file on disk
    "max_uncompressed_mb": 2048.0,  # all members of an xlsx/ods zip together
    "max_compression_ratio": 200.0,  # one member's uncompressed/compressed size
    "max_cells": 60_000_000.0,  # rows × columns of one sheet's used range
}

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_FORMULA_WITHOUT_VALUE = re.compile(rb"(?:</f>|<f\b[^>]*/>)\s*</c>")
_CELL_REF = re.compile(rb'<c\b[^>]*\br="([A-Z]+[0-9]+)"[^>]*>(?:(?!</c>).)*?(?:</f>|<f\b[^>]*/>)\s*</c>', re.DOTALL)


@dataclass
class Grid:
    """The used range of one sheet: typed cell values with their Excel position.

    ``rows[i][j]`` is the cell at Excel row ``row0 + i`` (1-based) and column
    index ``col0 + j`` (0-based, ``0`` is column A). Empty cells are ``None``.
    """

    file: str
    sheet: str
    rows: list[list[object]]
    row0: int = 1
    col0: int = 0
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (row, col, last_row, last_col), 0-based

    def cell_name(self, i: int, j: int) -> str:
        """Excel name of grid cell (i, j), e.g. ``D14``."""
        return f"{column_letter(self.col0 + j)}{self.row0 + i}"

    def problem(self, i: int | None, j: int | None, value: object, expected: str, column: str | None = None) -> Problem:
        """A :class:`Problem` located at grid cell (i, j); ``j=None`` names the row only."""
        cell = None
        if i is not None:
            cell = self.cell_name(i, j) if j is not None else f"row {self.row0 + i}"
        return Problem(self.file, self.sheet, cell, column, value, expected)


def column_letter(index: int) -> str:
    """Excel column letters of a 0-based column index.

    Example:
        >>> column_letter(0), column_letter(25), column_letter(26)
        ('A', 'Z', 'AA')
    """
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def inspect_file(path: Path, limits: dict[str, float] | None = None) -> None:
    """Refuse a file that is not a readable, reasonable spreadsheet, with the reason.

    Raises :class:`InputError` (or :class:`UnsafeInputError` for archives that
    look crafted) naming the file and what was expected.
    """
    limits = {**DEFAULT_LIMITS, **(limits or {})}
    name = path.name
    if not path.is_file():
        raise InputError(Problem(name, expected="an existing file"))
    size = path.stat().st_size
    if size == 0:
        raise InputError(Problem(name, value="an empty file (0 bytes)", expected="an Excel workbook"))
    if size > limits["max_file_mb"] * 2**20:
        raise UnsafeInputError(Problem(name, value=f"{size / 2**20:.0f} MB", expected=f"a file under {limits['max_file_mb']:.0f} MB (limits.max_file_mb)"))
    with path.open("rb") as handle:
        head = handle.read(4096)
    suffix = path.suffix.lower()
    if head.startswith(_ZIP_MAGIC):
        _inspect_zip(path, limits)
        if suffix in (".xls",):
            raise InputError(Problem(name, value="an .xlsx workbook named .xls", expected="the file renamed to .xlsx"))
    elif head.startswith(_OLE_MAGIC):
        if _is_encrypted_ooxml(path):
            raise InputError(Problem(name, value="a password-protected workbook", expected="the workbook saved without a password (File › Info › Protect Workbook › Encrypt)"))
        if suffix != ".xls":
            raise InputError(Problem(name, value="an Excel 97-2003 workbook", expected=f"a file named .xls, or saved again as {suffix}"))
    else:
        raise InputError(Problem(name, value=_describe_bytes(head), expected="an Excel workbook (.xlsx, .xls, .xlsb or .ods); open it in Excel and save it as .xlsx"))


def _describe_bytes(head: bytes) -> str:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<html", b"<!doctype html", b"<table", b"<?xml")):
        return "an HTML/XML page saved with a spreadsheet name"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "a file that is not a spreadsheet"
    return "a text file (CSV?) renamed to a spreadsheet name"


def _is_encrypted_ooxml(path: Path) -> bool:
    with path.open("rb") as handle:
        return _ENCRYPTED_STREAM in handle.read(1 << 20)


def _inspect_zip(path: Path, limits: dict[str, float]) -> None:
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            total = sum(m.file_size for m in members)
            if total > limits["max_uncompressed_mb"] * 2**20:
                raise UnsafeInputError(Problem(name, value=f"an archive that unpacks to {total / 2**20:,.0f} MB", expected=f"at most {limits['max_uncompressed_mb']:,.0f} MB unpacked (limits.max_uncompressed_mb): this looks like a zip bomb"))
            for member in members:
                if member.flag_bits & 0x1:
                    raise InputError(Problem(name, value="an encrypted archive", expected="a workbook saved without a password"))
                ratio = member.file_size / max(member.compress_size, 1)
                if member.file_size > 2**20 and ratio > limits["max_compression_ratio"]:
                    raise UnsafeInputError(Problem(name, value=f"member {member.filename} compressed {ratio:,.0f}:1", expected=f"a compression ratio under {limits['max_compression_ratio']:.0f}:1 (limits.max_compression_ratio): this looks like a zip bomb"))
            for member in members:
                if member.filename.endswith((".xml", ".rels", ".vml")):
                    with archive.open(member) as handle:
                        prolog = handle.read(65536)
                    if _DOCTYPE.search(prolog):
                        raise UnsafeInputError(Problem(name, value=f"XML with a DOCTYPE/ENTITY declaration in {member.filename}", expected="a workbook without XML entity declarations (such files can expand to gigabytes)"))
            _check_formula_values(archive, name)
    except zipfile.BadZipFile as err:
        raise InputError(Problem(name, value=f"a damaged or truncated file ({err})", expected="a complete workbook: export or copy it again")) from None
    except (EOFError, zipfile.LargeZipFile, NotImplementedError, OSError) as err:
        raise InputError(Problem(name, value=f"an unreadable archive ({err})", expected="a complete workbook: export or copy it again")) from None


def _check_formula_values(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse formulas whose result was never computed: calamine would read them as empty."""
    problems = []
    for member in archive.infolist():
        if not re.fullmatch(r"xl/worksheets/sheet\d+\.xml", member.filename):
            continue
        with archive.open(member) as handle:
            data = handle.read()
        if b"<f" not in data or not _FORMULA_WITHOUT_VALUE.search(data):
            continue
        sheet = _sheet_name(archive, member.filename)
        for match in _CELL_REF.finditer(data):
            problems.append(Problem(name, sheet, match.group(1).decode(), None, "a formula with no saved result", "values: open the file in Excel and save it, so formulas are calculated"))
    if problems:
        raise InputError(problems)


def _sheet_name(archive: zipfile.ZipFile, member: str) -> str:
    # xl/workbook.xml lists sheets in order with r:id; rels map r:id to sheetN.xml
    try:
        workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
        rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    except KeyError:
        return member
    target = member.removeprefix("xl/")
    for rid, tgt in re.findall(r'Id="([^"]+)"[^>]*Target="/?(?:xl/)?([^"]+)"', rels) + [
        (r, t) for t, r in re.findall(r'Target="/?(?:xl/)?([^"]+)"[^>]*Id="([^"]+)"', rels)
    ]:
        if tgt == target:
            found = re.search(r'<sheet\b[^>]*name="([^"]+)"[^>]*r:id="' + re.escape(rid) + '"', workbook)
            if found:
                return found.group(1)
    return member


def sheet_names(path: Path) -> list[str]:
    """Names of the visible sheets of a workbook, in order."""
    workbook = _open(path)
    visible = [s.name for s in workbook.sheets_metadata if str(s.visible).lower().endswith("visible") and "hidden" not in str(s.visible).lower()]
    return visible or list(workbook.sheet_names)


def read_grid(path: Path, sheet: str, limits: dict[str, float] | None = None) -> Grid:
    """Read one sheet's used range with typed values (numbers, text, dates).

    Example:
        >>> grid = read_grid(Path("data/raw/2024/anggaran.xlsx"), "Realisasi")  # doctest: +SKIP
        >>> grid.cell_name(0, 0)  # doctest: +SKIP
        'A1'
    """
    limits = {**DEFAULT_LIMITS, **(limits or {})}
    workbook = _open(path)
    try:
        raw = workbook.get_sheet_by_name(sheet)
    except Exception as err:  # calamine raises its own error types
        raise InputError(Problem(path.name, sheet, expected=f"a readable sheet ({err})")) from None
    if raw.height * raw.width > limits["max_cells"]:
        raise UnsafeInputError(Problem(path.name, sheet, value=f"{raw.height:,} rows × {raw.width:,} columns", expected=f"at most {limits['max_cells']:,.0f} cells (limits.max_cells)"))
    rows = [[_cell(v) for v in row] for row in raw.to_python()]
    start = raw.start or (0, 0)
    merged = [(a[0], a[1], b[0], b[1]) for a, b in (raw.merged_cell_ranges or [])]
    return Grid(path.name, sheet, rows, row0=start[0] + 1, col0=start[1], merged=merged)


def _cell(value: object) -> object:
    if value == "":
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date()
    return value


def _open(path: Path) -> python_calamine.CalamineWorkbook:
    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except Exception as err:  # calamine's error types are not a public hierarchy
        raise InputError(Problem(path.name, value=f"a file the reader cannot open ({err})", expected="an Excel workbook: export or save it again")) from None
