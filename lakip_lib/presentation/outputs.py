"""Machine-readable outputs: the stable CSV interface and the formatted xlsx.

The CSV files under ``outputs/<year>/tables/`` are the kit's stable
interface (README, "Output tables"): fixed names and columns, unrounded
percentages, UTF-8, no personal data. Text that a spreadsheet could run as
a formula is neutralised in both CSV and xlsx.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..safety import neutralise, neutralise_frame
from .xlsx import save_reproducibly

#: file → columns of the stable CSV interface
INTERFACE = {
    "staffing_by_grade.csv": ("grade", "count", "share_pct"),
    "staffing_by_gender.csv": ("gender", "count", "share_pct"),
    "staffing_by_position.csv": ("position_type", "count", "share_pct"),
    "staffing_by_education.csv": ("education", "count", "share_pct"),
    "indicators.csv": ("level", "goal", "indicator", "unit", "polarity", "target", "realisation", "realisation_prev",
                       "achievement_pct", "achievement_reported_pct", "achieved", "category"),
    "budget.csv": ("code", "name", "level", "budget", "realised", "remaining", "absorption_pct"),
    "checks.csv": ("severity", "dataset", "location", "message"),
    "trend.csv": ("year", "headcount", "absorption_pct", "indicators_achieved", "indicators_measured"),
}
_STAFFING = {"staffing_by_grade.csv": "golongan", "staffing_by_gender.csv": "gender",
             "staffing_by_position.csv": "position_type", "staffing_by_education.csv": "education"}


def interface_frames(results) -> dict[str, pd.DataFrame]:
    """The interface tables of one year's results (only those its data allow)."""
    frames: dict[str, pd.DataFrame] = {}
    for name, dimension in _STAFFING.items():
        if dimension in results.staffing:
            first = INTERFACE[name][0]
            frames[name] = results.staffing[dimension].rename(columns={"category": first})[list(INTERFACE[name])]
    if results.indicators is not None:
        indicators = results.indicators.copy()
        for column in ("target", "realisation", "realisation_prev"):
            # an ordinal indicator's value is its grade
            indicators[column] = indicators[column].astype(object).where(indicators[column].notna(), indicators[f"{column}_text"])
        frames["indicators.csv"] = indicators[list(INTERFACE["indicators.csv"])]
    if results.budget is not None:
        frames["budget.csv"] = results.budget[list(INTERFACE["budget.csv"])]
    frames["checks.csv"] = results.findings.reindex(columns=list(INTERFACE["checks.csv"]))
    if getattr(results, "history", None) is not None:
        frames["trend.csv"] = results.history[list(INTERFACE["trend.csv"])]
    return frames


def write_interface_tables(results, directory: Path) -> list[Path]:
    """Write the interface CSVs; numbers unrounded, formulas neutralised, byte-reproducible."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in interface_frames(results).items():
        path = directory / name
        neutralise_frame(frame).to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
        written.append(path)
    return written


def write_xlsx(tables, path: Path) -> Path:
    """Every report table on its own sheet, formatted for pasting into the Word report.

    Numbers stay numbers with Indonesian-style formats (Excel shows the
    separators of the reader's locale); headers bold; columns sized to fit.
    """
    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for table in tables:
        name = _sheet_name(table.number or table.key, used)
        sheet = workbook.create_sheet(name)
        sheet.append([neutralise(" ".join(filter(None, [table.number, table.title])))])
        sheet["A1"].font = Font(bold=True, size=12)
        sheet.append([])
        header = 3
        if table.header_groups:  # the report's header of two rows (KONDISI over Baik | Rusak), merged as printed
            groups = []
            for label, span in table.header_groups:
                groups += [neutralise(label)] + [None] * (span - 1) if label else [None] * span
            sheet.append(groups)
            column = 1
            for label, span in table.header_groups:
                if label and span > 1:
                    sheet.merge_cells(start_row=header, start_column=column, end_row=header, end_column=column + span - 1)
                column += span
            header += 1
        sheet.append([neutralise(str(c)) for c in table.values.columns])
        for row in sheet.iter_rows(min_row=3, max_row=header):
            for cell in row:
                cell.font = Font(bold=True)
                cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if header > 3 else None)
        for row in table.values.itertuples(index=False):
            sheet.append([_cell(v) for v in row])
        printed = table.display.to_numpy().tolist() if table.display.shape == table.values.shape else []
        for r, cells in enumerate(sheet.iter_rows(min_row=header + 1, max_row=header + len(table.values))):
            for c, cell in enumerate(cells):
                if isinstance(cell.value, (int, float)) and printed and str(printed[r][c]).endswith("%"):
                    # the value is in percent units (98.56): a literal sign shows it as the report does, unscaled
                    cell.number_format = '#,##0.00"%"'
                elif isinstance(cell.value, float) and not cell.value.is_integer():
                    cell.number_format = "#,##0.00"
                elif isinstance(cell.value, (int, float)):
                    cell.number_format = "#,##0"
        for note in table.notes:
            sheet.append([neutralise(note)])
        if table.source:
            sheet.append([neutralise(f"Sumber: {table.source}")])
        for index, column in enumerate(table.values.columns, start=1):
            width = max([len(str(column))] + [len(str(v)) for v in table.values.iloc[:, index - 1]])
            sheet.column_dimensions[get_column_letter(index)].width = min(max(8, width + 2), 60)
    if not workbook.sheetnames:  # a year whose data give no report table: a workbook needs one sheet
        workbook.create_sheet("Laporan").append(["Tidak ada tabel laporan untuk data tahun ini."])
    return save_reproducibly(workbook, path)


def _cell(value: object) -> object:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    if hasattr(value, "item"):
        value = value.item()
    return neutralise(value)


def _sheet_name(label: str, used: set[str]) -> str:
    base = "".join(ch for ch in label if ch not in '[]:*?/\\')[:31] or "Tabel"
    name, n = base, 2
    while name in used:
        name = f"{base[:28]} {n}"
        n += 1
    used.add(name)
    return name
