"""Reading the tables of one workbook: every visible sheet that has a header."""

from __future__ import annotations

import re

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import fastexcel
import numpy as np
import pandas as pd

from ..errors import InputError, Problem
from ..messages import Joined, Pair, expects
from .notes import amounts, note
from .recognise import Recognition, Table, expected_header, recognise_sheet, total_label_mask, vocabularies
from .recognise.cards import Cards, labelled_lines, record_cards
from .recognise.lookup import column_guide, option_lists
from .recognise.nearest import nearest_header, nearest_message
from .recognise.rows import EMPTY_ROW
from .parse import INDONESIAN, ValueParseError, column_convention, excel_error, header_key, no_value_mask, parse_number, text_mask
from .plainfiles import plain_kind, read_plain
from .workbook import (XLSX_SUFFIXES, Grid, Inspection, inspect_container, inspect_file, open_text_reader, read_grid, read_text_grid,
                       rendered_mask, scan_parts, sheet_names, typed_cells, typed_value)


def tables_in(
    path: Path,
    layouts: dict[str, tuple[str, ...]],
    *,
    extra_aliases: dict[str, dict[str, list[str]]] | None = None,
    limits: dict[str, float] | None = None,
    sheet: str | None = None,
    as_text: dict[str, tuple[str, ...]] | None = None,
    records: list[Recognition] | None = None,
) -> list[Table]:
    """The tables of ``path`` (or of one ``sheet``) whose header matches one of ``layouts``.

    ``layouts`` maps a dataset of ``header_aliases.csv`` to its required
    columns; ``extra_aliases`` are the project's extra header spellings by
    dataset (``lakip.yml`` ``header_aliases``). A sheet without a recognisable
    header is skipped when another sheet has one; a sheet whose header is
    recognised but wrong (a required column missing, a column twice) is always
    reported. A sheet may hold several tables (:func:`recognise_sheet`); the
    record of each table found, and of each sheet without one, is appended to
    ``records`` when given.

    The tables of the datasets in ``as_text`` (rosters: a million rows, text
    in every column) are read from an .xlsx as text (:func:`read_text_grid`),
    except that the cells that are not text (numbers, dates, TRUE/FALSE) in the
    columns ``as_text`` names for the dataset get their typed value back
    (``{"staff": ("nip",)}``: a NIP stored as a number is refused); every other
    table is read cell by cell with typed values (:func:`read_grid`). Each
    sheet of an .xlsx is then read as text first, and again cell by cell if
    its header is of another dataset.

    Example:
        >>> tables = tables_in(Path("data/raw/2024/anggaran.xlsx"), {"budget": ("name", "budget")})
        >>> tables[0].dataset, tables[0].grid.cell_name(tables[0].header_row, 0)
        ('budget', 'A6')
    """
    vocabularies(layouts, extra_aliases)  # a wrong lakip.yml header_aliases is reported before any file is read
    records = records if records is not None else []
    as_text = as_text or {}
    kind = plain_kind(path) if path.is_file() else None
    if kind is not None:  # CSV, or an HTML table or Excel 2003 XML that a web application named .xls
        grids = {grid.sheet: grid for grid in read_plain(path, kind, limits)}
        return _tables(path, layouts, extra_aliases, limits, sheet, as_text, list(grids), Inspection, records, grids=grids)
    if as_text and path.suffix.lower() in XLSX_SUFFIXES:
        inspection = inspect_container(path, limits)
        with ThreadPoolExecutor(1) as pool:
            # the XML scan runs on the other core while calamine reads the first sheet (it releases the GIL)
            scanned = pool.submit(scan_parts, path, inspection, types=True)
            try:
                reader = open_text_reader(path)
            except InputError:
                scanned.result()  # a file the scan refuses is refused for that reason
                raise
            return _tables(path, layouts, extra_aliases, limits, sheet, as_text, inspection.visible, scanned.result, records, reader)
    inspection = inspect_file(path, limits)
    return _tables(path, layouts, extra_aliases, limits, sheet, as_text, inspection.visible or sheet_names(path), lambda: inspection,
                   records)


def _tables(path: Path, layouts: dict[str, tuple[str, ...]], extra_aliases: dict[str, dict[str, list[str]]] | None,
            limits: dict[str, float] | None, sheet: str | None, as_text: dict[str, tuple[str, ...]], names: list[str],
            inspection: Callable[[], Inspection], records: list[Recognition],
            text_reader: fastexcel.ExcelReader | None = None, grids: dict[str, Grid] | None = None) -> list[Table]:
    """:func:`tables_in` once the file is open: each of ``names`` read as text (with ``text_reader``), cell by cell, or
    taken from ``grids`` (a file that is not a workbook, read whole)."""
    if sheet is not None:
        if sheet not in names:
            inspection()  # a file the scan refuses is refused for that reason first
            raise InputError(Problem(path.name, sheet, expected=expects("sheet_named", sheet=sheet, names=", ".join(map(repr, names)))))
        names = [sheet]
    tables: list[Table] = []
    unrecognised: list[Problem] = []
    wrong: list[Problem] = []
    refused_sheets: list[tuple[Grid, InputError]] = []
    for name in names:
        if grids is not None:
            grid = grids[name]
        elif text_reader:
            grid = read_text_grid(text_reader, path, name, limits, lambda name=name: inspection().facts(name))
        else:
            grid = read_grid(path, name, limits, inspection().facts(name))
        if grid.cells.empty:
            unrecognised.append(grid.problem(None, None, expects("empty_sheet"), expects("table_with_header")))
            continue
        try:
            found, sheet_records = recognise_sheet(grid, layouts, extra_aliases)
            if text_reader and found:
                if all(t.dataset in as_text for t in found):
                    for table in found:
                        retype(table, as_text[table.dataset])
                else:  # a summary beside the roster, or instead of it: read cell by cell, with typed values
                    found, sheet_records = recognise_sheet(read_grid(path, name, limits, inspection().facts(name)), layouts,
                                                           extra_aliases)
        except InputError as err:
            refused_sheets.append((grid, err))  # unless it lists the options of a table on another sheet, said below
            continue
        if not found and (cards := record_cards(grid, vocabularies(layouts, extra_aliases))) is not None:
            # one card per record (label | value rows repeated per person): said as what it is, not as a missing header
            unrecognised.append(_cards_problem(grid, cards))
            sheet_records = [*sheet_records, Recognition(path.name, name, None, status="skipped", reason="record cards, no table",
                                                         reason_id="kartu per rekaman, bukan tabel")]
        elif not found and (lines := labelled_lines(grid, vocabularies(layouts, extra_aliases))) is not None:
            # cards of 'Label: value' lines, one cell each (a web page's opened cards): said as what they are
            unrecognised.append(_cards_problem(grid, lines, "labelled_lines"))
            sheet_records = [*sheet_records, Recognition(path.name, name, None, status="skipped",
                                                         reason="cards of 'Label: value' lines, no table",
                                                         reason_id="kartu berisi baris 'Label: nilai', bukan tabel")]
        elif not found:
            nearest = nearest_header(grid)
            unrecognised.append(grid.problem(None, None, None, expected_header(layouts)) if nearest is None else grid.problem(
                nearest.top, min(nearest.paths), None,
                Joined((expected_header(layouts), nearest_message(grid, nearest, layouts, vocabularies(layouts, extra_aliases))))))
            sheet_records = [*sheet_records, Recognition(path.name, name, None, status="skipped", reason="no table with a known header",
                                                         reason_id="tidak ada tabel dengan judul kolom yang dikenal")]
        if sheet_records:  # what was changed in the sheet's text is said once, with the sheet's first table
            sheet_records[0].controls, sheet_records[0].cut = grid.controls, grid.cut
        records.extend(sheet_records)
        tables.extend(found)
    # the headers of the tables read, every cell of their last header row (the columns read or not: 'Peran')
    read = {header_key(v) for t in tables if len(t.frame)
            for v in t.grid.cells.iloc[t.header_row].tolist() if isinstance(v, str) and v.strip()}
    for grid, err in refused_sheets:
        if read and (top := option_lists(grid.rows, read)) is not None:
            # the drop-downs' lists of an import template ('Master Data') beside the filled-in sheet: options, no records
            records.append(Recognition(path.name, grid.sheet, None, status="skipped",
                                       reason=f"lists of options under row {grid.row0 + top} (a drop-down's source), no records",
                                       reason_id=f"daftar pilihan di bawah baris {grid.row0 + top} (sumber drop-down), bukan rekaman"))
            continue
        if read and (guide := column_guide(grid.rows, read)) is not None:
            # a template's instructions ('Panduan'), one row per column of the filled-in sheet: its guide, no records
            at = grid.cell_name(guide[0], guide[1])
            records.append(Recognition(path.name, grid.sheet, None, status="skipped",
                                       reason=f"a guide to the columns of the table read, from {at}, no records",
                                       reason_id=f"panduan kolom-kolom tabel yang dibaca, mulai {at}, bukan rekaman"))
            continue
        wrong.extend(err.problems)
        records.extend(getattr(err, "records", []))
    if any(len(t.frame) for t in tables):
        for table in [t for t in tables if not len(t.frame)]:  # a template sheet beside the filled one
            # or a block printed with nothing in it (an empty room of an inventory by room: 'Kosong')
            said = next((row for row, role in table.record.skipped_rows if role == EMPTY_ROW), None)
            if said is not None:
                table.record.skip(f"row {said} says it is empty", f"baris {said} menyatakan tabelnya kosong")
            else:
                table.record.skip("a header with no rows under it", "judul kolom tanpa baris data di bawahnya")
            tables.remove(table)
    if wrong or not tables:
        error = InputError(wrong + ([] if tables else unrecognised) or [Problem(path.name, expected=expects("visible_sheet"))])
        error.records = records  # what was found, for lakip check --explain
        raise error
    return tables


def _cards_problem(grid: Grid, cards: Cards, message: str = "record_cards") -> Problem:
    """The problem of a sheet of record cards (:func:`~.recognise.cards.record_cards`; ``labelled_lines``: of 'Label:
    value' lines, :func:`~.recognise.cards.labelled_lines`), at its first field label: how many cards, where they
    start, which labels name fields, and the table the kit reads instead."""
    rows = ", ".join(str(grid.row0 + i) for i in cards.starts[:4]) + (" …" if len(cards.starts) > 4 else "")
    labels = ", ".join(f"'{label}'" for label in cards.fields[:4])
    column = grid.cell_name(0, cards.column).rstrip("0123456789")
    return grid.problem(cards.first_field_row, cards.column, None,
                        expects(message, cards=len(cards.starts), rows=rows, column=column, labels=labels))


def refused(problems: list[Problem], records: list[Recognition]) -> InputError:
    """The error listing ``problems``, carrying the ``records`` of the tables found (for ``lakip check --explain``)."""
    error = InputError(problems)
    error.records = records
    return error


def retype(table: Table, labels: tuple[str, ...]) -> None:
    """Give the cells that are not text (numbers, dates, TRUE/FALSE) in the columns ``labels`` of a table read as
    text their typed values back, as :func:`read_grid` reads them; those columns then count as typed.

    Example:
        >>> from lakip_lib.loading.staff import ROSTER_REQUIRED
        >>> table = tables_in(Path("data/raw/2024/pegawai.xlsx"), {"staff": ROSTER_REQUIRED}, as_text={"staff": ()})[0]
        >>> table.frame["birth_date"].iloc[0]
        '1971-05-28 00:00:00'
        >>> retype(table, ("birth_date",))
        >>> table.frame["birth_date"].iloc[0], sorted(table.typed)
        (datetime.date(1971, 5, 28), ['birth_date'])
    """
    grid = table.grid
    columns = [c for c in table.columns if c.label in labels and c.label not in table.typed]
    noted = grid.facts.typed if grid.facts else {}
    missing = [grid.col0 + c.index for c in columns if grid.col0 + c.index not in noted]
    typed = {**noted, **(typed_cells(grid.source, grid.sheet, missing) if missing else {})}
    sheet_rows = table.frame["_row"] + grid.row0 - 1
    for column in columns:
        found = sheet_rows.isin(typed[grid.col0 + column.index]).to_numpy()
        if found.any():
            values = table.frame[column.label]
            values = values.astype(object).where(values.notna(), None)
            values[found] = np.asarray([typed_value(text) for text in values[found]] + [None], dtype=object)[:-1]
            table.frame[column.label] = values
    table.typed = table.typed | set(labels)


def total_rows(table: Table, frame: pd.DataFrame, label_columns: tuple[str, ...]) -> tuple[np.ndarray, pd.Series]:
    """Which rows of ``frame`` state a total (``Jumlah``, ``TOTAL``, ``Sub Total`` …), and the labels of those rows.

    A row's label is the first text of ``label_columns`` that is not "no
    value", or, where those have none, the first such text of the whole row
    (``TOTAL`` in a merged ``No`` cell). Decided column by column: a row
    whose label is found is not looked at again.

    Example:
        >>> table = tables_in(Path("data/raw/2024/anggaran.xlsx"), {"budget": ("name", "budget")})[0]
        >>> totals, labels = total_rows(table, table.frame, ("name",))
        >>> int(totals.sum()), labels[totals].tolist()
        (1, ['JUMLAH'])
    """
    rows = frame["_row"].to_numpy()
    cells = table.grid.cells
    typed = table.grid.source is None  # read cell by cell
    # where a label may be: each label column of the frame (at the frame's rows: None), then each column of the grid
    # (at the frame's grid rows), a row's whole width only when its label columns say nothing
    places = [(frame[c], None, typed or c in table.typed) for c in label_columns if c in frame.columns]
    places += [(cells[j], rows, typed) for j in cells.columns]
    open_ = np.ones(len(frame), dtype=bool)  # rows whose label is not found yet
    totals = np.zeros(len(frame), dtype=bool)
    labels = pd.Series(None, index=range(len(frame)), dtype=object)
    for column, at, typed_column in places:
        rest = np.flatnonzero(open_)
        if not len(rest):
            break
        # only the cells of the rows still open are looked at (all of a label column: the column as it is)
        whole = at is None and len(rest) == len(frame)
        values = column.reset_index(drop=True) if whole else column.iloc[rest if at is None else at[rest]].reset_index(drop=True)
        texts = text_mask(values) if typed_column else text_mask(values) & ~rendered_mask(values)  # a number read as text is no label
        found = texts & ~no_value_mask(values)
        total = total_label_mask(values, found)
        labels.iloc[rest[total]] = values[total].astype(object).to_numpy()
        totals[rest[total]] = True
        open_[rest[found]] = False
    return totals, labels.set_axis(frame.index)


def split_totals(table: Table, label_columns: tuple[str, ...]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split data rows from rows that state a total (``Jumlah``, ``TOTAL``, ``Sub Total`` …).

    A row is a total row when its label (:func:`total_rows`) is a total
    label. The total rows keep their label in a ``_label`` column.
    """
    frame = table.frame
    mask, labels = total_rows(table, frame, label_columns)
    totals = frame[mask].assign(_label=labels[mask].map(lambda v: " ".join(str(v).split())))
    data = frame[~mask].reset_index(drop=True) if mask.any() else frame  # a roster without total rows is not copied
    return data, totals.reset_index(drop=True)


def numbers(table: Table, frame: pd.DataFrame, label: str, problems: list[Problem], *, negative: bool = True) -> pd.Series:
    """Parse one column of ``frame`` as numbers, recording each bad cell in ``problems``.

    The text cells of the whole column (in ``table.frame``) decide its number
    convention (``1.234,56`` or ``1234.56``); a cell written the other way is
    refused, and under the point convention ``1.234`` is refused as ambiguous
    rather than guessed. "No value" cells (``-``, ``n/a``, empty) are NaN; so is a
    cell holding an Excel error (``#N/A``, ``#REF!``: its formula failed), kept on
    the table's record for a warning naming it.
    """
    if label not in frame.columns:
        return pd.Series(float("nan"), index=frame.index)
    if table.parts.get(label):
        # a field split over several columns (Rusak Ringan | Rusak Berat, twelve months): their sum, "no value" where all are
        each = [numbers(table, frame, part, problems, negative=negative) for part in table.parts[label]]
        return pd.concat(each, axis=1).sum(axis=1, min_count=1)
    convention = column_convention(table.frame[label]) or INDONESIAN
    out = []
    for row, value in zip(frame["_row"], frame[label]):
        if (error := excel_error(value)) and table.record is not None:
            table.record.excel_errors.setdefault(_cell(table, int(row), label), (_header(table, label), error))
            out.append(float("nan"))
            continue
        try:
            number = parse_number(value, convention)
        except ValueParseError as err:
            problems.append(table.problem(int(row), label, value, err.expected))
            number = None
        if number is not None and number < 0 and not negative:
            problems.append(table.problem(int(row), label, value, expects("amount_not_negative")))
        out.append(float("nan") if number is None else number)
    return pd.Series(out, index=frame.index, dtype=float)


def whole_numbers(table: Table, frame: pd.DataFrame, label: str, problems: list[Problem], what: str) -> pd.Series:
    """:func:`numbers` for counts of people or things: a fraction (``2,5``) is a problem at its cell."""
    if table.parts.get(label):
        # a count split over columns (GOLONGAN › I › L | II › L …): each column's cells read as counts, then added up
        each = [whole_numbers(table, frame, part, problems, what) for part in table.parts[label]]
        return pd.concat(each, axis=1).sum(axis=1, min_count=1)
    if what == "items" and label in frame.columns:
        frame = _counted_with_unit(frame, label)
    counts = numbers(table, frame, label, problems, negative=False)
    if label not in frame.columns:
        return counts
    for i in np.flatnonzero(counts.notna().to_numpy()):
        value = frame[label].iloc[i]
        if isinstance(value, str) and _GROUPED.match(value.strip()):
            # people are counted whole: '1,741' in a count column is 1741 with comma thousands, never 1.741 people; and
            # '2,000' is 2000, not 2 written with three decimals
            counts.iloc[i] = float(value.strip().replace(",", ""))
        elif counts.iloc[i] != round(counts.iloc[i]):
            problems.append(table.problem(int(frame["_row"].iloc[i]), label, value, expects(f"whole_{what}")))
    return counts


#: a count of things written with its counting word, as a page renders '${amount} ${unit}' ('18 unit', '4 titik')
_WITH_UNIT = re.compile(r"^\s*(\d[\d.,]*)\s+[^\W\d_]{2,12}\.?\s*$")


def _counted_with_unit(frame: pd.DataFrame, label: str) -> pd.DataFrame:
    """``frame`` with the cells of ``label`` that are a number and one word ('18 unit', '720 buah', '0 ruang') cut to
    the number: the word is the counting unit of the items, which the count does not need. Decided on distinct values.

    Example:
        >>> _counted_with_unit(pd.DataFrame({"n": ["18 unit", "4 titik", "12", "dua unit"]}), "n")["n"].tolist()
        ['18', '4', '12', 'dua unit']
    """
    column = frame[label]
    texts = {v for v in column.dropna().unique() if isinstance(v, str)}
    cut = {v: m.group(1) for v in texts if (m := _WITH_UNIT.match(v))}
    if not cut:
        return frame
    frame = frame.copy()
    frame[label] = column.map(lambda v: cut.get(v, v) if isinstance(v, str) else v)
    return frame


#: a whole number written with comma thousands (``1,741``, ``12,345,678``)
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+$")


def _cell(table: Table, row: int, label: str) -> str:
    """The location of a data cell of any frame column: a field's, another column's (``#E5``) or a part's."""
    if any(c.label == label for c in table.columns):
        return location(table, row, label)
    if label.startswith("#"):
        return f"{table.grid.file}:{table.grid.sheet}!{label[1:].rstrip('0123456789')}{table.grid.row0 + row}"
    if label in table.part_columns:
        return f"{table.grid.file}:{table.grid.sheet}!{table.grid.cell_name(row, table.part_columns[label])}"
    return location(table, row)


def _header(table: Table, label: str) -> str:
    if any(c.label == label for c in table.columns):
        return table.column(label).header
    path = table.part_paths.get(label) or dict(table.others).get(label) or (label,)
    return " › ".join(path)


def location(table: Table, row: int, label: str | None = None) -> str:
    """``file:sheet!D14`` for a cell, ``file:sheet!row 14`` for a row."""
    grid = table.grid
    cell = grid.cell_name(table.stated_at.get(label, row), table.column(label).index) if label else f"row {grid.row0 + row}"
    return f"{grid.file}:{grid.sheet}!{cell}"


def sum_mismatches(table: Table, rows: pd.DataFrame, summed: pd.Series, stated: pd.Series, label: str, parts: Pair,
                   total: Pair, tolerance: float = 0.5) -> list[dict[str, str]]:
    """A ``sum_mismatch`` error at the ``label`` cell of each row where the ``parts`` added up (``summed``) are not the
    row's stated ``total`` (``stated``), by more than ``tolerance``; rows where either is missing say nothing.

    Example: 'Barang baik dan rusak baris ini berjumlah 12, tidak sama dengan jumlah yang tercantum 13'.
    """
    notes = []
    for i in np.flatnonzero(((summed - stated).abs() > tolerance).to_numpy() & stated.notna().to_numpy() & summed.notna().to_numpy()):
        (got_id, got_en), (want_id, want_en) = amounts(summed.iloc[i]), amounts(stated.iloc[i])
        notes.append(note("error", "sum_mismatch", location(table, int(rows["_row"].iloc[i]), label),
                          f"{parts.id} baris ini berjumlah {got_id}, tidak sama dengan {total.id} yang tercantum {want_id}",
                          f"This row's {parts.en} add up to {got_en}, not its stated {total.en} {want_en}"))
    return notes
