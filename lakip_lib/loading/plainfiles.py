"""Files that are spreadsheets to their users but not workbooks: CSV, HTML tables and Excel 2003 XML.

Web applications (SIMPEG, SIPD, e-monev, SIMDA's web reports) let users
"export to Excel" by sending an HTML table or an Excel 2003 XML document
named ``.xls``, and data portals publish CSV. Excel opens all three, so
agencies hand them over as they are. Each is read here into the same
:class:`~lakip_lib.loading.workbook.Grid` the workbook readers give, so the
recognition step reads it like any sheet:

- CSV: the encoding (UTF-8 with or without BOM, else Windows-1252) and the
  delimiter (``,``, ``;``, tab or ``|``) are told from the text; one sheet
  named after the file. Cells are text, as the file holds them.
- HTML: each ``<table>`` is a sheet (``Tabel 1``, ``Tabel 2`` …, or its
  caption); ``rowspan``/``colspan`` become merged ranges, exactly as Excel
  lays them out; cell text is what a reader sees (tags dropped, entities
  decoded, whitespace collapsed). Nothing is fetched and no script runs.
- Excel 2003 XML (``<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">``):
  each ``Worksheet`` a sheet, ``ss:Index``, ``ss:MergeAcross`` and
  ``ss:MergeDown`` placing cells, numbers typed. Parsed with defusedxml, so
  entity declarations are refused.

The size limits of the workbooks apply (``limits.max_cells``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
from defusedxml import ElementTree as SafeElementTree
from defusedxml.common import DefusedXmlException

from ..errors import InputError, Problem, UnsafeInputError
from ..messages import expects
from .workbook import DEFAULT_LIMITS, Grid

#: what :func:`plain_kind` calls each kind of file, for messages
KINDS = {"csv": "CSV", "html": "HTML", "xml2003": "Excel 2003 XML"}
_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
_HTML_START = re.compile(rb"^(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|table|head|body|meta|style|div|title)\b", re.IGNORECASE | re.DOTALL)
_DELIMITERS = ",;\t|"
#: a page that opens with another element (an <h1> title, a <p>) before its table, as a PHP view echoes a fragment
_HTML_ELEMENT = re.compile(rb"^<(?:h[1-6]|p|center|b|strong|font|span|br|hr|link|script|caption|form|img)\b[^>]*>",
                           re.IGNORECASE)


def plain_kind(path: Path) -> str | None:
    """``csv``, ``html`` or ``xml2003`` for a file of that kind (whatever its name), None for anything else.

    Example:
        >>> plain_kind(Path("data/raw/2024/anggaran.xlsx")) is None
        True
    """
    with path.open("rb") as handle:
        head = handle.read(8192)
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")) or not text:
        return None
    if text.lower().startswith(b"<?xml"):
        return "xml2003" if b"urn:schemas-microsoft-com:office:spreadsheet" in head else None
    if _HTML_START.match(text):
        return "html"
    if _HTML_ELEMENT.match(text) and re.search(rb"<table\b", head, re.IGNORECASE):
        return "html"  # '<h1> Laporan Data Pegawai</h1><table …>': a fragment with no <html>, its table further on
    if b"\x00" in head:
        return None  # UTF-16 or binary: not a CSV the kit can tell
    if path.suffix.lower() == ".csv" or any(d.encode() in head for d in _DELIMITERS):
        return "csv"
    return None


def read_plain(path: Path, kind: str, limits: dict[str, float] | None = None) -> list[Grid]:
    """The sheets of a file of ``kind`` (see :func:`plain_kind`) as grids, in order.

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "pegawai.xls").write_text(
        ...     "<table><tr><th rowspan=2>Golongan</th><th colspan=2>Jumlah</th></tr>"
        ...     "<tr><th>L</th><th>P</th></tr><tr><td>III/a</td><td>2</td><td>1</td></tr></table>")
        >>> grid = read_plain(folder / "pegawai.xls", "html")[0]
        >>> grid.sheet, grid.rows[1], grid.merged
        ('Tabel 1', [None, 'L', 'P'], [(0, 0, 1, 0), (0, 1, 0, 2)])
    """
    limits = {**DEFAULT_LIMITS, **(limits or {})}
    if path.stat().st_size > limits["max_file_mb"] * 2**20:
        raise UnsafeInputError(Problem(path.name, value=f"{path.stat().st_size / 2**20:.0f} MB",
                                       expected=expects("file_under", mb=f"{limits['max_file_mb']:.0f}")))
    data = path.read_bytes()
    if kind == "csv":
        sheets = [(path.stem, _csv_rows(path, data), [])]
    elif kind == "html":
        sheets = _html_sheets(path, _decode(data, _declared_charset(data)))
    else:
        sheets = _xml2003_sheets(path, data)
    grids = []
    for name, rows, merged in sheets:
        width = max((len(r) for r in rows), default=0)
        if len(rows) * width > limits["max_cells"]:
            raise UnsafeInputError(Problem(path.name, name, value=expects("rows_columns", rows=f"{len(rows):,}", columns=f"{width:,}"),
                                           expected=expects("cells_at_most", cells=f"{limits['max_cells']:,.0f}")))
        cells = pd.DataFrame([r + [None] * (width - len(r)) for r in rows], dtype=object) if rows else pd.DataFrame(dtype=object)
        grids.append(Grid(path.name, name, cells, merged=merged))
    if not grids:
        raise InputError(Problem(path.name, value=expects("no_table", kind=KINDS[kind]), expected=expects("rows_and_columns")))
    return grids


def _decode(data: bytes, declared: str | None = None) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    for encoding in filter(None, (declared, "utf-8")):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("cp1252", "replace")  # Excel's "CSV" on Indonesian Windows


def _declared_charset(data: bytes) -> str | None:
    found = re.search(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", data[:4096])
    return found.group(1).decode("ascii") if found else None


def _cell_text(value: str) -> str | None:
    text = " ".join(value.split())
    return text or None


# ---------------------------------------------------------------- CSV

def _csv_rows(path: Path, data: bytes) -> list[list[object]]:
    text = _decode(data)
    sample = text[:65536]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in _DELIMITERS}
        delimiter = max(counts, key=counts.get)
    try:
        return [[_cell_text(v) for v in row] for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as err:
        raise InputError(Problem(path.name, value=expects("csv_unsplit", error=str(err)), expected=expects("csv_records"))) from None


# ---------------------------------------------------------------- HTML

class _Tables(HTMLParser):
    """Every ``<table>`` of a page as (caption, rows of (text, rowspan, colspan)); a table inside a cell is a table of
    its own, and its text is not the cell's."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[tuple[str, list[list[tuple[str, int, int]]]]] = []
        self._open: list[dict] = []  # the tables being read, innermost last
        self._skip = 0  # inside <script> or <style>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "table":
            self._open.append({"rows": [], "row": None, "cell": None, "caption": None})
        elif not self._open:
            return
        elif tag == "tr":
            self._end_row()
            self._open[-1]["row"] = []
        elif tag in ("td", "th"):
            self._end_cell()
            table = self._open[-1]
            if table["row"] is None:
                table["row"] = []
            spans = dict(attrs)
            table["cell"] = ([], _span(spans.get("rowspan")), _span(spans.get("colspan")))
        elif tag == "caption":
            self._open[-1]["caption"] = []
        elif tag in ("br", "p", "div", "li") and self._open[-1]["cell"] is not None:
            self._open[-1]["cell"][0].append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif not self._open:
            return
        elif tag == "table":
            self._end_row()
            table = self._open.pop()
            caption = _cell_text("".join(table["caption"] or []))
            self.tables.append((caption or "", table["rows"]))
        elif tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr":
            self._end_row()

    def handle_data(self, data: str) -> None:
        if self._skip or not self._open:
            return
        table = self._open[-1]
        if table["cell"] is not None:
            table["cell"][0].append(data)
        elif isinstance(table["caption"], list) and table["row"] is None:
            table["caption"].append(data)

    def _end_cell(self) -> None:
        table = self._open[-1]
        if table["cell"] is not None:
            parts, rowspan, colspan = table["cell"]
            table["row"].append(("".join(parts), rowspan, colspan))
            table["cell"] = None

    def _end_row(self) -> None:
        self._end_cell()
        table = self._open[-1]
        if table["row"] is not None:
            table["rows"].append(table["row"])
            table["row"] = None


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(str(value).strip()), 10_000))
    except ValueError:
        return 1


def _html_sheets(path: Path, text: str) -> list[tuple[str, list[list[object]], list[tuple[int, int, int, int]]]]:
    parser = _Tables()
    parser.feed(text)
    parser.close()
    sheets = []
    named: set[str] = set()
    for n, (caption, spans) in enumerate(t for t in parser.tables if any(t[1])):
        rows, merged = _lay_out(spans)
        name = caption[:31] if caption and caption[:31] not in named else f"Tabel {n + 1}"
        named.add(name)
        sheets.append((name, rows, merged))
    return sheets


def _lay_out(spans: list[list[tuple[str, int, int]]]) -> tuple[list[list[object]], list[tuple[int, int, int, int]]]:
    """Cells placed as a browser (and Excel) places them: a cell spanning rows takes its column in the rows below,
    and the cells of those rows move right past it."""
    rows: list[list[object]] = []
    taken: set[tuple[int, int]] = set()
    merged = []
    for i, cells in enumerate(spans):
        while len(rows) <= i:
            rows.append([])
        j = 0
        for value, rowspan, colspan in cells:
            while (i, j) in taken:
                j += 1
            for di in range(rowspan):
                for dj in range(colspan):
                    taken.add((i + di, j + dj))
            row = rows[i]
            row.extend([None] * (j + 1 - len(row)))
            row[j] = _cell_text(value)
            if rowspan > 1 or colspan > 1:
                merged.append((i, j, i + rowspan - 1, j + colspan - 1))
            j += colspan
    last = max((r for r, _ in taken), default=-1)
    rows.extend([] for _ in range(last + 1 - len(rows)))
    return rows, merged


# ---------------------------------------------------------------- Excel 2003 XML

def _xml2003_sheets(path: Path, data: bytes) -> list[tuple[str, list[list[object]], list[tuple[int, int, int, int]]]]:
    try:
        root = SafeElementTree.fromstring(data)
    except DefusedXmlException:
        raise UnsafeInputError(Problem(path.name, value=expects("xml_declares_entities"), expected=expects("xml2003_without_doctype"))) from None
    except SafeElementTree.ParseError as err:
        raise InputError(Problem(path.name, value=expects("xml_unparsed", error=str(err)), expected=expects("xml2003"))) from None
    sheets = []
    for sheet in root.iter(f"{_SS}Worksheet"):
        name = sheet.get(f"{_SS}Name") or f"Sheet{len(sheets) + 1}"
        rows: list[list[object]] = []
        merged = []
        taken: set[tuple[int, int]] = set()
        i = -1
        for row in sheet.iter(f"{_SS}Row"):
            i = int(row.get(f"{_SS}Index", i + 2)) - 1
            while len(rows) <= i:
                rows.append([])
            j = -1
            for cell in row.iter(f"{_SS}Cell"):
                j = int(cell.get(f"{_SS}Index", j + 2)) - 1
                while (i, j) in taken:
                    j += 1
                across, down = int(cell.get(f"{_SS}MergeAcross", 0)), int(cell.get(f"{_SS}MergeDown", 0))
                data_ = cell.find(f"{_SS}Data")
                value = _xml_value(data_) if data_ is not None else None
                rows[i].extend([None] * (j + 1 - len(rows[i])))
                rows[i][j] = value
                if across or down:
                    merged.append((i, j, i + down, j + across))
                    taken.update((i + a, j + b) for a in range(down + 1) for b in range(across + 1))
                j += across
        sheets.append((name, rows, merged))
    return sheets


def _xml_value(data) -> object:
    text = "".join(data.itertext())
    kind = data.get(f"{_SS}Type")
    try:
        if kind == "Number":
            number = float(text)
            return int(number) if number.is_integer() and abs(number) < 2**53 else number
        if kind == "DateTime":
            moment = dt.datetime.fromisoformat(text.strip())
            return moment.date() if moment.time() == dt.time(0) else moment
        if kind == "Boolean":
            return text.strip() == "1"
    except ValueError:
        pass
    return _cell_text(text)
