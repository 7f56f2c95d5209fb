"""Opening spreadsheet files safely and reading their sheets as grids of cells.

Before a reader touches a file, :func:`inspect_file` checks what the bytes
are (an ``.xlsx`` that is really CSV, HTML saved as ``.xls``, an ``.xlsx``
named ``.xls``/``.xlsb``/``.ods``, an encrypted workbook, a truncated zip),
refuses archives that declare more uncompressed data than
:data:`DEFAULT_LIMITS` allow or whose XML declares entities, so a crafted file
cannot exhaust memory or expand a "billion laughs", and refuses formulas that
were never calculated. Reading itself goes through calamine (Rust), which
never evaluates formulas and never writes; the raw file is opened read-only.
Of an .xlsx, :func:`read_grid` also reads what calamine leaves out: Excel
error values (``#REF!``) and numbers shown as percentages (0.9543 shown as
``95,43%`` is read as 95.43, as the reader of the sheet sees it).
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import re
import zipfile
import zlib
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
# sheet XML: a cell with a formula (<c …><f>…</f><v>…</v></c>), an error cell (<c … t="e"><v>#REF!</v></c>)
_FORMULA_CELL = re.compile(rb"<c\b([^>]*)(?<!/)>((?:(?!</c>).)*?<f\b(?:(?!</c>).)*)</c>", re.DOTALL)
_ERROR_CELL = re.compile(rb'<c\b([^>]*\bt="e"[^>]*)(?<!/)>((?:(?!</c>).)*)</c>', re.DOTALL)
_VALUE = re.compile(rb"<v>([^<]*)</v>")
_TEXT_TYPE = re.compile(rb'\bt="(?:str|inlineStr)"')
_REF = re.compile(rb'\br="([A-Z]+[0-9]+)"')


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


def column_index(letters: str) -> int:
    """0-based column index of Excel column letters.

    Example:
        >>> column_index("A"), column_index("Z"), column_index("AA")
        (0, 25, 26)
    """
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


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
        raise InputError(Problem(name, expected=f"an existing file (looked for {path})"))
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
        codecs.getincrementaldecoder("utf-8")().decode(head)  # a character cut at 4096 bytes is fine
    except UnicodeDecodeError:
        return "a file that is not a spreadsheet"
    return "a text file (CSV?) renamed to a spreadsheet name"


def _is_encrypted_ooxml(path: Path) -> bool:
    with path.open("rb") as handle:
        return _ENCRYPTED_STREAM in handle.read(1 << 20)


def _zip_kind(names: set[str]) -> str | None:
    """Which spreadsheet a zip holds, as the suffix it should have: ``.xlsx``, ``.xlsb``, ``.ods``."""
    if "xl/workbook.xml" in names:
        return ".xlsx"
    if "xl/workbook.bin" in names:
        return ".xlsb"
    if "content.xml" in names and "mimetype" in names:
        return ".ods"
    return None


def _inspect_zip(path: Path, limits: dict[str, float]) -> None:
    name = path.name
    suffix = path.suffix.lower()
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
            kind = _zip_kind({m.filename for m in members})
            if kind is None:
                raise InputError(Problem(name, value="a zip archive that is not a spreadsheet", expected="an Excel workbook (.xlsx, .xlsb) or an OpenDocument spreadsheet (.ods)"))
            if suffix != kind and not (kind == ".xlsx" and suffix == ".xlsm"):
                raise InputError(Problem(name, value=f"an {kind} workbook named {suffix or 'without a suffix'}", expected=f"the file renamed to {kind}"))
            problems = []
            for member in members:
                if not member.filename.endswith((".xml", ".rels", ".vml")):
                    continue
                data = archive.read(member)
                # anywhere, not only in the first bytes: a long comment can push a DOCTYPE down
                if _DOCTYPE.search(data):
                    raise UnsafeInputError(Problem(name, value=f"XML entities in {member.filename}", expected="a workbook without XML entity declarations (such files can expand to gigabytes)"))
                if member.filename.startswith("xl/worksheets/") and b"<f" in data:
                    problems += [Problem(name, _sheet_of(archive, member.filename), cell, None, "a formula with no saved result",
                                         "values: open the file in Excel and save it, so formulas are calculated")
                                 for cell in _formulas_without_value(data)]
            if problems:
                raise InputError(problems)
    except zipfile.BadZipFile as err:
        raise InputError(Problem(name, value=f"a damaged or truncated file ({err})", expected="a complete workbook: export or copy it again")) from None
    except (EOFError, zipfile.LargeZipFile, NotImplementedError, OSError, zlib.error) as err:
        raise InputError(Problem(name, value=f"an unreadable archive ({err})", expected="a complete workbook: export or copy it again")) from None


def _formulas_without_value(sheet_xml: bytes) -> list[str]:
    """Cells whose formula has no saved result: calamine would read them as empty.

    A formula that results in the empty string has ``t="str"`` and an empty ``<v>``; that one is a value.
    """
    cells = []
    for attributes, body in _FORMULA_CELL.findall(sheet_xml):
        value = _VALUE.search(body)
        if (value is None or not value.group(1).strip()) and not _TEXT_TYPE.search(attributes):
            ref = _REF.search(attributes)
            cells.append(ref.group(1).decode() if ref else "(a cell without a reference)")
    return cells


def _xlsx_cells(path: Path, sheet: str) -> tuple[dict[tuple[int, int], str], set[tuple[int, int]]]:
    """What calamine does not say about an .xlsx sheet's cells, by 0-based (row, column).

    The Excel error values (``#REF!``, ``#DIV/0!``), which calamine reads as
    empty cells (a broken formula would become "no value"); and the numbers
    shown as percentages (``95,43%`` is stored as 0.9543).
    """
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return {}, set()
    with zipfile.ZipFile(path) as archive:
        member = _sheet_members(archive).get(sheet)
        data = archive.read(member) if member in archive.namelist() else b""
        percent_styles = _percent_styles(archive)
    errors = {}
    if b't="e"' in data:
        for attributes, body in _ERROR_CELL.findall(data):
            ref, value = _REF.search(attributes), _VALUE.search(body)
            if ref and value:
                errors[_position(ref.group(1))] = html.unescape(value.group(1).decode("utf-8", "replace"))
    percents = set()
    if percent_styles:
        styled = re.compile(rb'<c\b([^>]*\bs="(?:' + b"|".join(percent_styles) + rb')"[^>]*)>')
        for attributes in styled.findall(data):
            ref, kind = _REF.search(attributes), re.search(rb'\bt="([^"]*)"', attributes)
            if ref and (kind is None or kind.group(1) == b"n"):
                percents.add(_position(ref.group(1)))
    return errors, percents


def _percent_styles(archive: zipfile.ZipFile) -> list[bytes]:
    """Indexes (as in a cell's ``s="…"``) of the cell styles whose number format shows a percentage."""
    try:
        styles = archive.read("xl/styles.xml")
    except KeyError:
        return []
    formats = {b"9", b"10"}  # Excel's built-in 0% and 0.00%
    for attributes in re.findall(rb"<numFmt\b([^>]*)>", styles):
        ident, code = re.search(rb'\bnumFmtId="([0-9]+)"', attributes), re.search(rb'\bformatCode="([^"]*)"', attributes)
        # a % in quotes or after a backslash is a literal sign: the number is not scaled
        if ident and code and "%" in re.sub(r'"[^"]*"|\\.', "", html.unescape(code.group(1).decode("utf-8", "replace"))):
            formats.add(ident.group(1))
    cell_styles = re.search(rb"<cellXfs\b[^>]*>(.*?)</cellXfs>", styles, re.DOTALL)
    xfs = re.findall(rb"<xf\b([^>]*)>", cell_styles.group(1)) if cell_styles else []
    return [str(i).encode() for i, attributes in enumerate(xfs)
            if (found := re.search(rb'\bnumFmtId="([0-9]+)"', attributes)) and found.group(1) in formats]


def _position(ref: bytes) -> tuple[int, int]:
    letters, digits = re.fullmatch(r"([A-Z]+)([0-9]+)", ref.decode()).groups()
    return int(digits) - 1, column_index(letters)


def _sheet_members(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → its XML member (``xl/worksheets/sheet1.xml``), from the workbook's relationships."""
    try:
        workbook = archive.read("xl/workbook.xml")
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    targets = {}
    for attributes in re.findall(rb"<Relationship\b([^>]*)>", rels):
        rid, target = re.search(rb'\bId="([^"]*)"', attributes), re.search(rb'\bTarget="([^"]*)"', attributes)
        if rid and target:
            target = target.group(1).decode("utf-8", "replace")
            targets[rid.group(1)] = target.lstrip("/") if target.startswith("/") else "xl/" + target
    members = {}
    for attributes in re.findall(rb"<sheet\b([^>]*)>", workbook):
        sheet, rid = re.search(rb'\bname="([^"]*)"', attributes), re.search(rb'\br:id="([^"]*)"', attributes)
        if sheet and rid and rid.group(1) in targets:
            members[html.unescape(sheet.group(1).decode("utf-8", "replace"))] = targets[rid.group(1)]
    return members


def _sheet_of(archive: zipfile.ZipFile, member: str) -> str:
    return next((sheet for sheet, path in _sheet_members(archive).items() if path == member), member)


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
    errors, percents = _xlsx_cells(path, sheet)
    for i, j in percents:
        value = _at(rows, i - start[0], j - start[1])
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            rows[i - start[0]][j - start[1]] = _cell(round(value * 100, 10))  # as shown: 95,43%
    for (i, j), error in errors.items():
        if _at(rows, i - start[0], j - start[1], "outside") is None:
            rows[i - start[0]][j - start[1]] = error
    merged = [(a[0], a[1], b[0], b[1]) for a, b in (raw.merged_cell_ranges or [])]
    return Grid(path.name, sheet, rows, row0=start[0] + 1, col0=start[1], merged=merged)


def _at(rows: list[list[object]], i: int, j: int, outside: object = None) -> object:
    """The cell (i, j) of ``rows``, or ``outside``."""
    return rows[i][j] if 0 <= i < len(rows) and 0 <= j < len(rows[i]) else outside


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
