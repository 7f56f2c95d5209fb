"""Opening spreadsheet files safely and reading their sheets as grids of cells.

Before a reader touches a file, :func:`inspect_file` checks what the bytes
are (an ``.xlsx`` that is really CSV, HTML saved as ``.xls``, an ``.xlsx``
named ``.xls``/``.xlsb``/``.ods``, an encrypted workbook, a truncated zip),
refuses archives that declare more uncompressed data than
:data:`DEFAULT_LIMITS` allow, or whose members unpack to more than they
declare (every member is inflated once, its bytes counted and dropped,
before any reader opens the file: a reader trusting the declared sizes would
otherwise unpack gigabytes), or whose XML declares entities, so a crafted file
cannot exhaust memory or expand a "billion laughs", and refuses formulas that
were never calculated. It streams every XML part of an ``.xlsx`` once, in
pieces of about :data:`CHUNK` bytes, so a sheet of a million rows costs its
decompression and little memory, and notes on the way what calamine leaves
out (:class:`SheetFacts`): Excel error values (``#REF!``), numbers shown as
percentages (0.9543 shown as ``95,43%`` is read as 95.43, as the reader of
the sheet sees it) and merged ranges. The checks of the container
(:func:`inspect_container`) always come first; the scan of the XML
(:func:`scan_parts`) may run in a thread beside the text reader, whose cells
are used only once it has passed.

Two readers, both calamine (Rust), which never evaluates formulas and never
writes; the raw file is opened read-only:

- :func:`read_grid` reads a sheet cell by cell with typed values (numbers,
  text, dates), for the small tables whose columns mix numbers and text.
- :func:`read_text_grid` reads an ``.xlsx`` sheet column by column as text,
  straight into Arrow (fastexcel), for rosters of any size: a million rows in
  seconds and under a gigabyte. A number arrives as its text (``3``, ``2.5``),
  a date as ``YYYY-MM-DD HH:MM:SS``; where the type of a cell matters,
  :func:`typed_cells` finds the cells of a column that are not text.
"""

from __future__ import annotations

import codecs
import collections
import datetime as dt
import html
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import fastexcel
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import python_calamine

from ..errors import InputError, Problem, UnsafeInputError
from ..messages import Said, Text, expects
from ..safety import BIDI, BIDI_CONTROLS, BIDI_LEAD_BYTES, visible_controls

#: Suffixes of the workbooks whose XML :func:`inspect_file` reads and :func:`read_text_grid` reads.
XLSX_SUFFIXES = (".xlsx", ".xlsm")

#: Limits on what a file may unpack to; ``lakip.yml`` ``limits:`` overrides them.
DEFAULT_LIMITS = {
    "max_file_mb": 512.0,  # the file on disk
    "max_uncompressed_mb": 2048.0,  # all members of an xlsx/ods zip together
    "max_compression_ratio": 200.0,  # one member's uncompressed/compressed size
    "max_cells": 60_000_000.0,  # rows × columns of one sheet's used range
}
#: how many rows from the top of a sheet may hold titles before the header
SCAN_ROWS = 40
#: bytes of XML decompressed at a time by :func:`inspect_file` and :func:`typed_cells`
CHUNK = 1 << 22
#: bytes unpacked at a time when only counted (:func:`_unpacked_size`): a piece the size of :data:`CHUNK`, made and
#: dropped a hundred times for a sheet of a million rows, cost 0.3 s more (fresh memory for each) on the main thread
_COUNTED = 1 << 20
#: most cells that are not text the scan notes in one text column (a column with more is not text: dates, numbers)
TYPED_CELLS = 100_000

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
# sheet XML: a cell with a formula (<c …><f>…</f><v>…</v></c>), an error cell (<c … t="e"><v>#REF!</v></c>)
_FORMULA_TAG = re.compile(rb"<f[\s>/]")
_FORMULA_CELL = re.compile(rb"<c\b([^>]*)(?<!/)>((?:(?!</c>).)*?<f\b(?:(?!</c>).)*)</c>", re.DOTALL)
_ERROR_CELL = re.compile(rb'<c\b([^>]*\bt="e"[^>]*)(?<!/)>((?:(?!</c>).)*)</c>', re.DOTALL)
_ERROR_TYPE = re.compile(rb't="e"')
_VALUE = re.compile(rb"<v>([^<]*)</v>")
_TEXT_TYPE = re.compile(rb'\bt="(?:str|inlineStr)"')
_REF = re.compile(rb'\br="([A-Z]+[0-9]+)"')
_MERGE = re.compile(rb'<mergeCell\b[^>]*\bref="([A-Z]+[0-9]+)(?::([A-Z]+[0-9]+))?"')
_CELL_STARTS = (b"<c ", b"<c>", b"<c\t", b"<c\n", b"<c\r")
_CELL_REF = re.compile(rb'<c r="([A-Z]+)([0-9]+)"')
_TAIL = 1 << 16
_TEXT = pd.ArrowDtype(pa.string())
#: the most characters a cell holds in Excel: calamine cuts a longer text there, without a word
CELL_CHARS = 32_767


@dataclass
class SheetFacts:
    """What an .xlsx sheet's XML says that calamine does not, by 0-based (row, column) of the sheet.

    ``errors``: the Excel error values (``#REF!``, ``#DIV/0!``), which calamine
    reads as empty cells (a broken formula would become "no value").
    ``percents``: the numbers shown as percentages (``95,43%`` is stored as 0.9543).
    ``merged``: merged ranges as (row, column, last row, last column).
    ``formulas``: cells (``F2``) whose formula has no saved result.
    ``typed``: when asked for (``types``), the rows of the cells that are not
    text (numbers, dates, TRUE/FALSE), by column, for the columns that hold
    text (at most one cell in ten of them is not text in the sheet's first rows,
    and at most :data:`TYPED_CELLS` in all); what :func:`typed_cells` would read.
    """

    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    percents: set[tuple[int, int]] = field(default_factory=set)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    formulas: list[str] = field(default_factory=list)
    typed: dict[int, set[int]] = field(default_factory=dict)


@dataclass
class Inspection:
    """What :func:`inspect_file` learnt reading an .xlsx: its visible sheets, in order, and each sheet's facts.

    Empty for the other formats, whose sheets :func:`sheet_names` lists.
    """

    visible: list[str] = field(default_factory=list)
    sheets: dict[str, SheetFacts] = field(default_factory=dict)
    members: dict[str, str] = field(default_factory=dict)  # sheet → its XML member
    archive: bool = False  # a zip, whose XML parts scan_parts reads

    def facts(self, sheet: str) -> SheetFacts:
        """The facts of ``sheet`` (none for a sheet that is not an .xlsx worksheet)."""
        return self.sheets.get(sheet) or SheetFacts()


@dataclass
class Grid:
    """The used range of one sheet: cell values with their Excel position.

    ``cells`` holds one column per sheet column; its row ``i`` is Excel row
    ``row0 + i`` (1-based) and its column ``j`` is column index ``col0 + j``
    (0-based, ``0`` is column A). Read cell by cell (:func:`read_grid`) the
    columns hold typed values (``object``, None for an empty cell); read as
    text (:func:`read_text_grid`) they hold Arrow strings (missing for an empty cell).
    """

    file: str
    sheet: str
    cells: pd.DataFrame
    row0: int = 1
    col0: int = 0
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (row, col, last_row, last_col), 0-based
    #: the workbook, when read by read_text_grid (whose cells' types typed_cells reads from it)
    source: Path | None = None
    #: what inspect_file noted of the sheet, when read by read_text_grid (its typed cells, if asked for)
    facts: SheetFacts | None = None
    #: cells whose text had bidi controls, made visible (:func:`visible_controls`), by Excel name
    controls: list[str] = field(default_factory=list)
    #: cells whose text was cut at :data:`CELL_CHARS` characters, by Excel name
    cut: list[str] = field(default_factory=list)

    @cached_property
    def rows(self) -> list[list[object]]:
        """The first :data:`SCAN_ROWS` rows as lists of values, None for an empty cell: where a header is looked for."""
        top = self.cells.iloc[:SCAN_ROWS].to_numpy(dtype=object, na_value=None)
        return top.tolist()

    def cell_name(self, i: int, j: int) -> str:
        """Excel name of grid cell (i, j), e.g. ``D14``."""
        return f"{column_letter(self.col0 + j)}{self.row0 + i}"

    def merged_over(self, i: int, j: int) -> tuple[int, int, int, int] | None:
        """The merged range that covers grid cell (i, j), in grid coordinates (first row, first column, last row, last
        column), or None: :attr:`merged` counts from the sheet's A1, the grid from its used range's first cell.

        Example:
            >>> grid = Grid("f.xlsx", "S", pd.DataFrame([[None, 5, None]]), row0=4, col0=1, merged=[(3, 2, 3, 3)])
            >>> grid.merged_over(0, 1), grid.merged_over(0, 2), grid.merged_over(0, 0)
            ((0, 1, 0, 2), (0, 1, 0, 2), None)
        """
        top, left = self.row0 - 1, self.col0
        for r0, c0, r1, c1 in self.merged:
            if r0 <= top + i <= r1 and c0 <= left + j <= c1:
                return r0 - top, c0 - left, r1 - top, c1 - left
        return None

    def problem(self, i: int | None, j: int | None, value: object, expected: Text, column: str | None = None) -> Problem:
        """A :class:`Problem` located at grid cell (i, j); ``j=None`` names the row only."""
        cell = None
        if i is not None:
            cell = self.cell_name(i, j) if j is not None else f"row {self.row0 + i}"
        return Problem(self.file, self.sheet, cell, column, None if _missing(value) else value, expected)


def _missing(value: object) -> bool:
    """An empty cell: None as read cell by cell, a missing value (NaN, NA) as read as text."""
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def is_blank(value: object) -> bool:
    """Whether a grid cell holds nothing: empty (None, or NaN and NA as a grid read as text holds it) or text of only
    whitespace. A zero, FALSE or the text ``'0'`` is a value.

    Example:
        >>> [is_blank(v) for v in (None, float("nan"), pd.NA, "", " \\xa0\\n")]
        [True, True, True, True, True]
        >>> [is_blank(v) for v in (0, 0.0, False, "0", "-")]
        [False, False, False, False, False]
    """
    return _missing(value) or (isinstance(value, str) and not value.strip())


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


# ---------------------------------------------------------------- inspection

def inspect_file(path: Path, limits: dict[str, float] | None = None, *, types: bool = False) -> Inspection:
    """Refuse a file that is not a readable, reasonable spreadsheet, with the reason; return what its XML says.

    Raises :class:`InputError` (or :class:`UnsafeInputError` for archives that
    look crafted) naming the file and what was expected. ``types``: also note
    the cells of text columns that are not text (:attr:`SheetFacts.typed`).
    The two halves, :func:`inspect_container` and :func:`scan_parts`, can run
    apart: the second beside a reader (see :func:`scan_parts`).

    Example:
        >>> inspection = inspect_file(Path("data/raw/2024/pegawai.xlsx"))
        >>> inspection.visible, sorted(inspection.facts("DATA PNS").merged)[0]
        (['DATA PNS'], (0, 0, 0, 11))
    """
    return scan_parts(path, inspect_container(path, limits), types=types)


def inspect_container(path: Path, limits: dict[str, float] | None = None) -> Inspection:
    """The checks of :func:`inspect_file` that read no XML part: what the bytes are, the archive's sizes and
    compression ratios (a zip bomb is refused before anything inflates it), encryption; and the sheets.

    Example:
        >>> inspect_container(Path("data/raw/2024/pegawai.xlsx")).members
        {'DATA PNS': 'xl/worksheets/sheet1.xml'}
    """
    limits = {**DEFAULT_LIMITS, **(limits or {})}
    name = path.name
    if not path.is_file():
        raise InputError(Problem(name, expected=expects("existing_file", path=path)))
    size = path.stat().st_size
    if size == 0:
        raise InputError(Problem(name, value=expects("empty_file"), expected=expects("workbook")))
    if size > limits["max_file_mb"] * 2**20:
        raise UnsafeInputError(Problem(name, value=f"{size / 2**20:.0f} MB", expected=expects("file_under", mb=f"{limits['max_file_mb']:.0f}")))
    with path.open("rb") as handle:
        head = handle.read(4096)
    suffix = path.suffix.lower()
    if head.startswith(_ZIP_MAGIC):
        with _zip_errors(name):
            with zipfile.ZipFile(path) as archive:
                inspection = _check_zip(name, suffix, archive, limits)
                _check_real_sizes(name, path, archive.infolist())
                return inspection
    if head.startswith(_OLE_MAGIC):
        if _is_encrypted_ooxml(path):
            raise InputError(Problem(name, value=expects("password_workbook"), expected=expects("without_password")))
        if suffix != ".xls":
            raise InputError(Problem(name, value=expects("excel_97"), expected=expects("named_xls", suffix=suffix)))
        return Inspection()
    raise InputError(Problem(name, value=_describe_bytes(head), expected=expects("spreadsheet_file")))


def scan_parts(path: Path, inspection: Inspection, *, types: bool = False) -> Inspection:
    """The other half of :func:`inspect_file`: read every XML part of a zip once, in pieces; refuse XML entity
    declarations and formulas without a saved result; note each sheet's facts (with ``types``, its typed cells).

    calamine expands no XML entity and reads a formula without a saved result
    as an empty cell, so this half may run in a thread beside a reader of the
    same file, as long as no cell read is used before it has passed.
    """
    if not inspection.archive:
        return inspection
    name = path.name
    with _zip_errors(name):
        with zipfile.ZipFile(path) as archive:
            by_member = {member: sheet for sheet, member in inspection.members.items()}
            percent = _percent_pattern(archive)
            facts: dict[str, SheetFacts] = {}
            problems = []
            for member in archive.infolist():
                if not member.filename.endswith((".xml", ".rels", ".vml")):
                    continue
                if not member.filename.startswith("xl/worksheets/"):
                    _scan(name, archive, member)
                    continue
                sheet = by_member.get(member.filename, member.filename)
                facts[sheet] = _scan(name, archive, member, percent, types)
                problems += [Problem(name, sheet, cell, None, expects("formula_unsaved"), expects("formula_values"))
                             for cell in facts[sheet].formulas]
    if problems:
        raise InputError(problems)
    return Inspection(inspection.visible, facts, inspection.members, archive=True)


def _describe_bytes(head: bytes) -> Said:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<html", b"<!doctype html", b"<table", b"<?xml")):
        return expects("html_page")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head)  # a character cut at 4096 bytes is fine
    except UnicodeDecodeError:
        return expects("not_spreadsheet")
    return expects("text_renamed")


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


def check_document(path: Path, limits: dict[str, float] | None = None) -> None:
    """Refuse a Word document (``.docx``, ``.dotx``) that the spreadsheets' checks would refuse: too large, not a zip
    (a Word 97-2003 or password-protected file), encrypted, a zip bomb (declared or real sizes), XML entities.

    Raises :class:`InputError` or :class:`UnsafeInputError` naming the file, as for a workbook.

    Example:
        >>> check_document(Path("data/raw/2024/pegawai.xlsx"))  # a zip of XML parts passes; what it holds is not judged here
    """
    limits = {**DEFAULT_LIMITS, **(limits or {})}
    name = path.name
    if not path.is_file():
        raise InputError(Problem(name, expected=expects("existing_file", path=path)))
    size = path.stat().st_size
    if size > limits["max_file_mb"] * 2**20:
        raise UnsafeInputError(Problem(name, value=f"{size / 2**20:.0f} MB", expected=expects("file_under", mb=f"{limits['max_file_mb']:.0f}")))
    with path.open("rb") as handle:
        head = handle.read(4096)
    if head.startswith(_OLE_MAGIC):
        raise InputError(Problem(name, value=expects("word_97"), expected=expects("docx_without_password")))
    if not head.startswith(_ZIP_MAGIC):
        raise InputError(Problem(name, value=expects("not_word"), expected=expects("docx")))
    with _zip_errors(name, expects("a_word_document")):
        with zipfile.ZipFile(path) as archive:
            _check_members(name, archive.infolist(), limits)
            _check_real_sizes(name, path, archive.infolist())
            for member in archive.infolist():
                if member.filename.endswith((".xml", ".rels", ".vml")):
                    _scan(name, archive, member)


def _check_members(name: str, members: list[zipfile.ZipInfo], limits: dict[str, float]) -> None:
    """Refuse an archive whose declared sizes or compression ratios pass the limits, or that is encrypted."""
    total = sum(m.file_size for m in members)
    if total > limits["max_uncompressed_mb"] * 2**20:
        raise UnsafeInputError(Problem(name, value=expects("unpacks_to", mb=f"{total / 2**20:,.0f}"), expected=expects("unpacked_at_most", mb=f"{limits['max_uncompressed_mb']:,.0f}")))
    for member in members:
        if member.flag_bits & 0x1:
            raise InputError(Problem(name, value=expects("encrypted_archive"), expected=expects("workbook_without_password")))
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > 2**20 and ratio > limits["max_compression_ratio"]:
            raise UnsafeInputError(Problem(name, value=expects("compressed", member=member.filename, ratio=f"{ratio:,.0f}"), expected=expects("ratio_under", ratio=f"{limits['max_compression_ratio']:.0f}")))


def _check_zip(name: str, suffix: str, archive: zipfile.ZipFile, limits: dict[str, float]) -> Inspection:
    members = archive.infolist()
    _check_members(name, members, limits)
    kind = _zip_kind({m.filename for m in members})
    if kind is None:
        raise InputError(Problem(name, value=expects("zip_not_spreadsheet"), expected=expects("xlsx_or_ods")))
    if suffix != kind and not (kind == ".xlsx" and suffix == ".xlsm"):
        raise InputError(Problem(name, value=expects("kind_named", kind=kind, suffix=suffix) if suffix else expects("kind_unnamed", kind=kind),
                                 expected=expects("renamed_to", kind=kind)))
    sheets, hidden = _sheet_members(archive)
    return Inspection([s for s in sheets if s not in hidden] or list(sheets), {}, sheets, archive=True)


def _check_real_sizes(name: str, path: Path, members: list[zipfile.ZipInfo]) -> None:
    """Refuse a member whose data unpacks to more than the size the archive's directory declares for it.

    The declared sizes are what :func:`_check_zip` checked against the
    limits; a crafted archive can declare a few kilobytes for a stream of
    gigabytes, which Python's reader cuts at the declared size (its CRC can
    match) while the Rust readers unpack it all. So every member's stream is
    inflated here once, in pieces of at most :data:`_COUNTED` bytes that are
    counted and dropped, and given up at the first byte past its declared
    size: memory stays at a piece, time at the declared total (the limits).
    A stream that ends early or is damaged is left to the readers, which say so.
    """
    with path.open("rb") as handle:
        for member in members:
            if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise InputError(Problem(name, value=expects("compression_method", method=member.compress_type),
                                         expected=expects("usual_compression", member=member.filename)))
            if _unpacked_size(handle, member, member.file_size) > member.file_size:
                raise UnsafeInputError(Problem(name, value=expects("larger_than_declared", member=member.filename),
                                               expected=expects("as_declared", size=f"{member.file_size:,}")))


def _unpacked_size(handle, member: zipfile.ZipInfo, budget: int) -> int:
    """How many bytes ``member``'s stream unpacks to, counting no further than ``budget`` + 1 (then: over budget)."""
    handle.seek(member.header_offset)
    header = handle.read(30)
    if len(header) < 30 or not header.startswith(_ZIP_MAGIC):
        raise zipfile.BadZipFile(f"no local header for {member.filename}")
    name_length, extra_length = int.from_bytes(header[26:28], "little"), int.from_bytes(header[28:30], "little")
    handle.seek(member.header_offset + 30 + name_length + extra_length)
    if member.compress_type == zipfile.ZIP_STORED:
        return member.compress_size
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    left, unpacked = member.compress_size, 0
    while left > 0 and not inflater.eof:
        data = handle.read(min(left, 1 << 20))
        if not data:
            break  # cut short: the readers report the damage
        left -= len(data)
        while data and not inflater.eof:
            unpacked += len(inflater.decompress(data, _COUNTED))
            if unpacked > budget:
                return unpacked
            data = inflater.unconsumed_tail
    return unpacked


@contextmanager
def _zip_errors(name: str, what: Text = "workbook") -> Iterator[None]:
    """A damaged archive as the :class:`InputError` that says so."""
    try:
        yield
    except zipfile.BadZipFile as err:
        raise InputError(Problem(name, value=expects("damaged_file", error=str(err)), expected=expects("complete_file", what=what))) from None
    except (EOFError, zipfile.LargeZipFile, NotImplementedError, OSError, zlib.error) as err:
        raise InputError(Problem(name, value=expects("unreadable_archive", error=str(err)), expected=expects("complete_file", what=what))) from None


def _pieces(archive: zipfile.ZipFile, member: zipfile.ZipInfo | str) -> Iterator[bytes]:
    """A member's bytes in pieces of about :data:`CHUNK` bytes that never split a tag or a cell (``<c …>…</c>``).

    So a pattern for either finds every match within one piece, and memory
    stays at two pieces whatever size the member declares.
    """
    carry = b""
    with archive.open(member) as handle:
        while chunk := handle.read(CHUNK):
            data = carry + chunk
            tail = max(len(data) - _TAIL, 0)  # cells are short: look for the last one near the end first
            cell = max(data.rfind(start, tail) for start in _CELL_STARTS)
            if cell < 0:
                cell = max(data.rfind(start) for start in _CELL_STARTS)
            # cut before the last cell if it is not closed yet, else before the last tag
            cut = max(cell if cell > data.rfind(b"</c>", max(cell, 0)) else data.rfind(b"<"), 0)
            yield data[:cut]
            carry = data[cut:]
    yield carry


def _scan(name: str, archive: zipfile.ZipFile, member: zipfile.ZipInfo, percent: re.Pattern[bytes] | None = None,
          types: bool = False) -> SheetFacts:
    """Refuse XML entity declarations in a member (anywhere: a long comment can push a DOCTYPE down);
    of a worksheet (``percent`` given), note its formulas without a saved value, error values,
    percentages, merged ranges and, with ``types``, the typed cells of its text columns."""
    facts = SheetFacts()
    tracked: _Typed | None = None  # the typed cells of the text columns, once the first piece has said which
    for piece in _pieces(archive, member):
        # a byte the tag needs ("!", a lowercase "f" or "g") is rare among a sheet's cells, and bytes.find finds one
        # byte at memory speed: most pieces are ruled out before a regex looks at them
        if b"!" in piece and _DOCTYPE.search(piece):
            raise UnsafeInputError(Problem(name, value=expects("xml_entities", member=member.filename),
                                           expected=expects("without_entities")))
        if percent is None:
            continue
        if b"f" in piece and _FORMULA_TAG.search(piece):  # the regex finds "<f" faster than bytes.find: "<" is everywhere in XML
            facts.formulas += _formulas_without_value(piece)
        if _ERROR_TYPE.search(piece):  # the regex finds it faster than bytes.find, as "<f" above
            for attributes, body in _ERROR_CELL.findall(piece):
                ref, value = _REF.search(attributes), _VALUE.search(body)
                if ref and value:
                    facts.errors[_position(ref.group(1))] = html.unescape(value.group(1).decode("utf-8", "replace"))
        if percent.pattern:
            for attributes in percent.findall(piece):
                ref, kind = _REF.search(attributes), re.search(rb'\bt="([^"]*)"', attributes)
                if ref and (kind is None or kind.group(1) == b"n"):
                    facts.percents.add(_position(ref.group(1)))
        if b"g" in piece and b"<mergeCell" in piece:
            for first, last in _MERGE.findall(piece):
                (row, col), (last_row, last_col) = _position(first), _position(last or first)
                facts.merged.append((row, col, last_row, last_col))
        if types:
            tracked = _note_typed(piece, facts.typed, tracked)
    return facts


def _note_typed(piece: bytes, typed: dict[int, set[int]], tracked: _Typed | None) -> _Typed:
    """Add the typed cells of the text columns in ``piece`` to ``typed``; return the patterns for the next piece.

    The first piece decides which columns hold text (at most one cell in ten
    not text); a column that then passes :data:`TYPED_CELLS` is dropped: it
    holds numbers or dates, and a pattern for its cells would cost a match per row.
    """
    if tracked is None:
        cells = _CELL_REF.findall(piece)
        kinds = collections.Counter(letters for letters, _ in cells)
        found = collections.Counter(letters for letters, _ in _typed_pattern(list(kinds)).findall(piece))
        for letters, count in kinds.items():
            if found[letters] * 10 <= count:
                typed[column_index(letters.decode())] = set()
        tracked = _Typed.of(typed)
    # most pieces hold no cell the cheap pattern finds, and then none the exact one finds
    for letters, row in tracked.exact.findall(piece) if typed and tracked.maybe.search(piece) else ():
        rows = typed.get(column_index(letters.decode()))
        if rows is not None:
            rows.add(int(row) - 1)
    crowded = [c for c, rows in typed.items() if len(rows) > TYPED_CELLS]
    for column in crowded:
        del typed[column]
    return _Typed.of(typed) if crowded else tracked


@dataclass(frozen=True)
class _Typed:
    """The patterns for the typed cells of some columns: ``exact`` (:func:`_typed_pattern`) and ``maybe``, which costs
    half as much and finds a cell wherever ``exact`` does: a start tag without a shared or inline string type,
    the types of almost every text cell."""

    exact: re.Pattern[bytes]
    maybe: re.Pattern[bytes]

    @classmethod
    def of(cls, columns: Iterable[int]) -> _Typed:
        letters = [column_letter(c).encode() for c in columns]
        maybe = re.compile(rb'<c r="(?:' + b"|".join(letters or [b"(?!)"]) + rb')[0-9]++"(?:(?! t="s"| t="inlineStr")[^>])*+>')
        return cls(_typed_pattern(letters), maybe)


def _typed_pattern(letters: list[bytes]) -> re.Pattern[bytes]:
    """A cell of one of the columns ``letters`` that is not text (a value, of no text type): its column and row."""
    return re.compile(rb'<c r="(' + b"|".join(letters or [b"(?!)"]) + rb')([0-9]+)"(?![^>]*\bt="(?:s|str|inlineStr|e|d)")[^>]*?(?<!/)>'
                      rb"(?:(?!</c>).)*?<v>", re.DOTALL)


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


def _percent_pattern(archive: zipfile.ZipFile) -> re.Pattern[bytes]:
    """The start tag of a cell whose style shows a percentage; the empty pattern when no style does."""
    styles = _percent_styles(archive)
    return re.compile(rb'<c\b([^>]*\bs="(?:' + b"|".join(styles) + rb')"[^>]*)>') if styles else re.compile(b"")


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


def _sheet_members(archive: zipfile.ZipFile) -> tuple[dict[str, str], set[str]]:
    """Sheet name → its XML member (``xl/worksheets/sheet1.xml``) in workbook order, and the hidden sheets."""
    try:
        workbook = archive.read("xl/workbook.xml")
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}, set()
    targets = {}
    for attributes in re.findall(rb"<Relationship\b([^>]*)>", rels):
        rid, target = re.search(rb'\bId="([^"]*)"', attributes), re.search(rb'\bTarget="([^"]*)"', attributes)
        if rid and target:
            target = target.group(1).decode("utf-8", "replace")
            targets[rid.group(1)] = target.lstrip("/") if target.startswith("/") else "xl/" + target
    members, hidden = {}, set()
    for attributes in re.findall(rb"<sheet\b([^>]*)>", workbook):
        sheet, rid = re.search(rb'\bname="([^"]*)"', attributes), re.search(rb'\br:id="([^"]*)"', attributes)
        if sheet and rid and rid.group(1) in targets:
            name = html.unescape(sheet.group(1).decode("utf-8", "replace"))
            members[name] = targets[rid.group(1)]
            if re.search(rb'\bstate="(?:hidden|veryHidden)"', attributes):
                hidden.add(name)
    return members, hidden


# ---------------------------------------------------------------- reading cell by cell

def sheet_names(path: Path) -> list[str]:
    """Names of the visible sheets of a workbook, in order (all of them if none is visible)."""
    workbook = _open(path)
    visible = [s.name for s in workbook.sheets_metadata if str(s.visible).lower().endswith("visible") and "hidden" not in str(s.visible).lower()]
    return visible or list(workbook.sheet_names)


def read_grid(path: Path, sheet: str, limits: dict[str, float] | None = None, facts: SheetFacts | None = None) -> Grid:
    """Read one sheet's used range with typed values (numbers, text, dates); ``facts`` from :func:`inspect_file`.

    Example:
        >>> path = Path("data/raw/2024/anggaran.xlsx")
        >>> grid = read_grid(path, "Realisasi", facts=inspect_file(path).facts("Realisasi"))
        >>> grid.cell_name(0, 0), grid.rows[0][0]
        ('A1', 'LAPORAN REALISASI ANGGARAN BELANJA')
    """
    limits = {**DEFAULT_LIMITS, **(limits or {})}
    facts = facts or SheetFacts()
    workbook = _open(path)
    try:
        raw = workbook.get_sheet_by_name(sheet)
    except Exception as err:  # calamine raises its own error types
        raise InputError(Problem(path.name, sheet, expected=expects("readable_sheet", error=str(err)))) from None
    _check_size(path, sheet, raw.height, raw.width, limits)
    rows = [[_cell(v) for v in row] for row in raw.to_python()]
    start = raw.start or (0, 0)
    for i, j in facts.percents:
        value = _at(rows, i - start[0], j - start[1])
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            rows[i - start[0]][j - start[1]] = _percent(value)
    for (i, j), error in facts.errors.items():
        if _at(rows, i - start[0], j - start[1], "outside") is None:
            rows[i - start[0]][j - start[1]] = error
    merged = [(a[0], a[1], b[0], b[1]) for a, b in (raw.merged_cell_ranges or [])]
    controls, cut = [], []
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if isinstance(value, str):
                if len(value) >= CELL_CHARS:
                    cut.append((i, j))
                if BIDI.search(value):
                    row[j] = visible_controls(value)
                    controls.append((i, j))
    cells = pd.DataFrame(rows, dtype=object) if rows else pd.DataFrame(dtype=object)
    grid = Grid(path.name, sheet, cells, row0=start[0] + 1, col0=start[1], merged=merged)
    grid.controls, grid.cut = [grid.cell_name(i, j) for i, j in controls], [grid.cell_name(i, j) for i, j in cut]
    return grid



def _check_size(path: Path, sheet: str, height: int, width: int, limits: dict[str, float]) -> None:
    if height * width > limits["max_cells"]:
        raise UnsafeInputError(Problem(path.name, sheet, value=expects("rows_columns", rows=f"{height:,}", columns=f"{width:,}"),
                                       expected=expects("cells_at_most", cells=f"{limits['max_cells']:,.0f}")))


def _percent(value: float) -> object:
    return _cell(round(value * 100, 10))  # as shown: 95,43%


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


def typed_value(text: str) -> object:
    """The value a cell that is not text (a number, a date, TRUE/FALSE) stands for, from how :func:`read_text_grid`
    shows it, as :func:`read_grid` reads it: a whole number as an int, a date at midnight as a date.

    Example:
        >>> typed_value("3"), typed_value("2.5"), typed_value("196711101992031008"), typed_value("true")
        (3, 2.5, 1.96711101992031e+17, True)
        >>> typed_value("1971-05-28 00:00:00"), typed_value("1980-05-06 07:08:00")
        (datetime.date(1971, 5, 28), datetime.datetime(1980, 5, 6, 7, 8))
    """
    if text in ("true", "false"):
        return text == "true"
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:.]+", text):
        return _cell(dt.datetime.fromisoformat(text))
    return _cell(float(text))


def _open(path: Path) -> python_calamine.CalamineWorkbook:
    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except Exception as err:  # calamine's error types are not a public hierarchy
        raise InputError(Problem(path.name, value=expects("cannot_open", error=str(err)), expected=expects("workbook_again"))) from None


# ---------------------------------------------------------------- reading as text

def open_text_reader(path: Path) -> fastexcel.ExcelReader:
    """Open an .xlsx for :func:`read_text_grid` (its shared strings are read once, for every sheet)."""
    try:
        return fastexcel.read_excel(path)
    except fastexcel.FastExcelError as err:
        raise InputError(Problem(path.name, value=expects("cannot_open", error=str(err)), expected=expects("workbook_again"))) from None


def read_text_grid(reader: fastexcel.ExcelReader, path: Path, sheet: str, limits: dict[str, float] | None,
                   facts: Callable[[], SheetFacts]) -> Grid:
    """Read one sheet's used range as text, column by column (Arrow strings).

    The cells are those :func:`read_grid` reads, as text: numbers as ``3`` or
    ``2.5``, dates as ``1971-05-28 00:00:00``, error values as written
    (``#N/A``), percentages as shown (``95.43``); an empty cell is missing.
    ``facts`` gives the sheet's facts (:func:`inspect_file`); it is called once
    calamine has read the cells, so the scan of the XML may run meanwhile
    (:func:`scan_parts`), and a scan that refuses the file has the last word.

    Example:
        >>> path = Path("data/raw/2024/pegawai.xlsx")
        >>> grid = read_text_grid(open_text_reader(path), path, "DATA PNS", None, lambda: inspect_file(path).facts("DATA PNS"))
        >>> grid.cell_name(4, 1), grid.rows[4][1], grid.cells.iloc[5, 0]
        ('B5', 'NIP BARU', '1')
    """
    limits = {**DEFAULT_LIMITS, **(limits or {})}
    columns: list[int] = []  # the sheet columns of the used range, as fastexcel offers them

    def every_column(column: fastexcel.ColumnInfoNoDtype) -> bool:
        columns.append(column.absolute_index)
        return True

    try:
        # skip_rows=0 keeps the rows above the used range: row i is the sheet's row i
        batch = reader.load_sheet(sheet, header_row=None, skip_rows=0, dtypes="string", eager=True, use_columns=every_column)
    except fastexcel.FastExcelError as err:
        facts()  # a file the scan refuses is refused for that reason, not for what calamine made of it
        raise InputError(Problem(path.name, sheet, expected=expects("readable_sheet", error=str(err)))) from None
    noted = facts()
    # after the read: calamine's cells are bounded by the XML (limits.max_uncompressed_mb), and only text is made of them
    _check_size(path, sheet, batch.num_rows, batch.num_columns, limits)
    col0 = min(columns, default=0)
    texts = [_text_cells(batch.column(j), col0 + j, noted) for j in range(batch.num_columns)]
    del batch
    controls, cut = [], []
    for j, column in enumerate(texts):
        # whole columns at once: a million-row roster pays a scan of its bytes, not a Python loop; the cells are
        # looked at one by one (by Arrow) only when the bytes may hold a cell at the limit or a control
        if _longest(column) >= CELL_CHARS:
            long = np.flatnonzero(pc.fill_null(pc.greater_equal(pc.utf8_length(column), CELL_CHARS), False).to_numpy(zero_copy_only=False))
            cut.extend((int(r), j) for r in long)
        if not _bytes_reach(column, min(BIDI_LEAD_BYTES)):  # names with é or ñ (0xC3) are passed over too
            continue
        found = np.flatnonzero(pc.fill_null(pc.match_substring_regex(column, f"[{BIDI_CONTROLS}]"), False).to_numpy(zero_copy_only=False))
        if len(found):
            values = column.to_pylist()
            for r in found:
                values[r] = visible_controls(values[r])
                controls.append((int(r), j))
            texts[j] = pa.array(values, type=column.type)
    used = np.zeros(len(texts[0]) if texts else 0, dtype=bool)
    for column in texts:
        used |= pc.is_valid(column).to_numpy(zero_copy_only=False)
    start = int(used.argmax()) if used.any() else len(used)
    # as read cell by cell: an empty string is an empty cell (but still part of the used range, as calamine counts it);
    # string[pyarrow] holds fastexcel's arrays as they are (pandas' str would copy them all to large strings)
    cells = pd.DataFrame({j: pd.Series(_empty_as_missing(column)[start:], dtype=_TEXT) for j, column in enumerate(texts)})
    pa.default_memory_pool().release_unused()  # the copies made above are gone: give their memory back
    grid = Grid(path.name, sheet, cells, row0=start + 1, col0=col0, merged=noted.merged, source=path, facts=noted)
    grid.controls = [grid.cell_name(r - start, j) for r, j in controls]
    grid.cut = [grid.cell_name(r - start, j) for r, j in cut]
    return grid


def _longest(column: pa.Array) -> int:
    """The most bytes a cell of a text column holds (at least its characters): 0 for a column without text."""
    if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
        return CELL_CHARS if len(column) else 0  # no bytes to measure (a column of nulls): the cells are looked at
    return pc.max(pc.binary_length(column)).as_py() or 0


def _bytes_reach(column: pa.Array, lowest: int) -> bool:
    """Whether a byte of the UTF-8 of a text column's cells is ``lowest`` or more (bytes of sliced-off or missing cells
    may count too: a yes only means the cells must be looked at). A reduction: no temporary array as large as the text.

    Example:
        >>> _bytes_reach(pa.array(["Budi", None, "Sari\\u2067"]), 0xD8), _bytes_reach(pa.array(["Budi", "Andr\\u00e9"]), 0xD8)
        (True, False)
    """
    if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
        return len(column) > 0
    data = column.buffers()[2]
    return data is not None and data.size > 0 and int(np.frombuffer(data, dtype=np.uint8).max()) >= lowest


def _empty_as_missing(column: pa.Array) -> pa.Array:
    empty = pc.equal(column, "")
    return pc.if_else(empty, None, column) if pc.any(empty).as_py() else column


#: how calamine writes a number, a date (or time) and TRUE/FALSE as text
_RENDERED = r"^(?:-?[0-9]+(?:\.[0-9]+)?|[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?|true|false)$"
_RENDERED_TEXT = re.compile(_RENDERED)


def is_rendered(value: object) -> bool:
    """Whether a cell of :func:`read_text_grid` reads as a number, a date or TRUE/FALSE would (:func:`rendered_mask` of one cell).

    Example:
        >>> is_rendered("3"), is_rendered("1971-05-28 00:00:00"), is_rendered("Budi"), is_rendered(3)
        (True, True, False, False)
    """
    return isinstance(value, str) and _RENDERED_TEXT.match(value) is not None


def rendered_mask(values: pd.Series) -> np.ndarray:
    """Which cells of a column of :func:`read_text_grid` read as a number, a date or TRUE/FALSE would.

    Such a cell may have been text typed that way; where it matters, :func:`typed_cells` tells.

    Example:
        >>> rendered_mask(pd.Series(["3", "-2.5", "1971-05-28 00:00:00", "true", "JUMLAH", None], dtype="str")).tolist()
        [True, True, True, True, False, False]
    """
    return pc.match_substring_regex(pa.array(values.array), _RENDERED).fill_null(False).to_numpy(zero_copy_only=False)


def _text_cells(column: pa.Array, index: int, facts: SheetFacts) -> pa.Array:
    """One column as text with the facts applied: error values where calamine read nothing, percentages as shown."""
    errors = {i: text for (i, j), text in facts.errors.items() if j == index and i < len(column)}
    percents = [i for i, j in facts.percents if j == index and i < len(column)]
    if not errors and not percents:
        return column
    values = column.to_pandas().astype(object)
    for i, text in errors.items():
        if values[i] is None or values[i] != values[i]:
            values[i] = text
    for i in percents:
        try:
            values[i] = str(_percent(float(values[i])))
        except (TypeError, ValueError):
            continue  # a text cell in a percentage style is shown as it is
    return pa.array(values, type=pa.string(), from_pandas=True)


def typed_cells(path: Path, sheet: str, columns: list[int]) -> dict[int, set[int]]:
    """The 0-based sheet rows where each of some columns of an .xlsx sheet holds a number, a date or TRUE/FALSE, not text.

    Read from the sheet's XML, in one pass, where text is a cell of a text
    type: :func:`read_text_grid` alone cannot tell the number 12 from the text "12".

    Example:
        >>> rows = typed_cells(Path("data/raw/2024/pegawai.xlsx"), "DATA PNS", [0, 1])  # NO and NIP BARU
        >>> rows[0] == set(range(5, 108)), rows[1]
        (True, set())
    """
    pattern = _typed_pattern([column_letter(c).encode() for c in columns])
    found: dict[int, set[int]] = {c: set() for c in columns}
    with zipfile.ZipFile(path) as archive:
        member = _sheet_members(archive)[0].get(sheet)
        for piece in _pieces(archive, member) if member else ():
            for letters, row in pattern.findall(piece):
                found[column_index(letters.decode())].add(int(row) - 1)
    return found
