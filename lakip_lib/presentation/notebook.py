"""Showing results in a notebook: one formatter for every table, charts as images.

A result frame is shown as the report prints it: years as labels (``2025``,
never ``2.025``), amounts in rupiah without decimals, percentages with two,
other numbers with at most two (``39,99``, never ``39.990000``), a missing
value as ``-``, the statuses and yes/no in the notebook's language, the
columns under their names in that language (``Persentase`` for
``share_pct``), and a wide table in a box that scrolls sideways instead of
being cut off. Everything from the input files is escaped.
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..domain import labels
from .charts import figure_to_data_uri
from ..formatting import Formatter

#: result column → the key of its header in ``data/labels.csv``
HEADERS = {
    "category": "category", "count": "count", "share_pct": "share", "year": "year", "total": "total",
    "golongan": "golongan", "gender": "gender", "position_type": "position_type", "education": "education",
    "level": "level", "goal": "goal", "indicator": "indicator", "unit": "unit", "formula": "formula",
    "target": "target", "target_text": "target", "realisation": "realisation", "realisation_text": "realisation",
    "realisation_prev": "realisation_prev", "realisation_prev_text": "realisation_prev",
    "achievement_pct": "achievement_uncapped", "achievement_reported_pct": "capaian", "status": "status",
    "indicators": "indicators_count", "measured": "measured_indicators", "achieved": "achieved",
    "mean_achievement_reported_pct": "mean_capaian", "all_achieved": "all_achieved",
    "code": "code", "name": "program_kegiatan", "program": "program", "budget": "budget", "realised": "realised",
    "remaining": "remaining", "absorption_pct": "absorption", "selisih": "selisih", "verdict": "verdict",
    "severity": "severity", "dataset": "dataset", "check": "check", "location": "location", "message": "message",
    "headcount": "staff_total", "indicators_achieved": "achieved_indicators", "indicators_measured": "measured_indicators",
}
#: columns of rupiah amounts: shown without decimals, as the report prints them
AMOUNTS = frozenset({"budget", "realised", "remaining"})
#: columns whose values are codes the labels translate (``no_realisation`` → ``Belum ada realisasi``)
CODED = frozenset({"status", "severity"})


def show(item: object, title: str | None = None, fmt: Formatter = Formatter("id")) -> None:
    """Display a result frame (:func:`table_html`) or a chart (as PNG) in Jupyter.

    Example:
        >>> show(pd.DataFrame({"category": ["Laki-laki"], "count": [45]}))  # outside Jupyter, what it displays is named
        <IPython.core.display.HTML object>
    """
    from IPython.display import HTML, Image, display

    if title:
        # HTML, escaped: a title holds text of lakip.yml (the agency's name), which Markdown would pass on as markup
        display(HTML(f"<p><strong>{html.escape(title)}</strong></p>"))
    if isinstance(item, Figure):
        import base64

        display(Image(data=base64.b64decode(figure_to_data_uri(item).split(",", 1)[1]), format="png"))
    elif isinstance(item, pd.DataFrame):
        display(HTML(table_html(item, fmt)))
    else:
        display(item)


def shown(frame: pd.DataFrame, fmt: Formatter = Formatter("id")) -> pd.DataFrame:
    """``frame`` as :func:`show` prints it: every cell a string, the headers in the formatter's language.

    Example:
        >>> frame = pd.DataFrame({"year": [2025], "share_pct": [39.99], "budget": [1234567.8], 2024: [39.99],
        ...                       "all_achieved": pd.array([pd.NA], dtype="boolean"), "status": ["no_realisation"]})
        >>> shown(frame).iloc[0].to_dict()
        {'Tahun': '2025', 'Persentase': '39,99%', 'Anggaran': '1.234.568', '2024': '39,99', 'Semua tercapai': 'Belum ada realisasi', 'Status': 'Belum ada realisasi'}
    """
    t = labels(fmt.locale)
    out = pd.DataFrame(index=frame.index)
    for column in frame.columns:
        header = _header(column, t)
        if header in out.columns:  # two columns of one meaning (target and target_text): both kept, told apart
            header = f"{header} ({column})"
        out[header] = [_cell(column, value, fmt, t) for value in frame[column].tolist()]
    return out.reset_index(drop=True)


def table_html(frame: pd.DataFrame, fmt: Formatter = Formatter("id")) -> str:
    """``frame`` as an HTML table (:func:`shown`), escaped, in a box that scrolls sideways when it is wide.

    Example:
        >>> print(table_html(pd.DataFrame({"name": ["<b>Program</b>"], "count": [1200]})))  # doctest: +NORMALIZE_WHITESPACE
        <div class="lakip-table" style="overflow-x: auto; max-width: 100%"><table>
        <thead><tr><th>Uraian Program/Kegiatan</th><th>Jumlah</th></tr></thead>
        <tbody><tr><td style="text-align: left">&lt;b&gt;Program&lt;/b&gt;</td><td style="text-align: right; white-space: nowrap">1.200</td></tr></tbody></table></div>
    """
    table = shown(frame, fmt)
    numeric = {c: frame.iloc[:, i].map(lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)).all() and len(frame)
               for i, c in enumerate(table.columns)}
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in table.columns)
    rows = "".join("<tr>" + "".join(
        f'<td style="{"text-align: right; white-space: nowrap" if numeric[c] else "text-align: left"}">{html.escape(v)}</td>'
        for c, v in zip(table.columns, row)) + "</tr>" for row in table.itertuples(index=False))
    return (f'<div class="lakip-table" style="overflow-x: auto; max-width: 100%"><table>\n<thead><tr>{head}</tr></thead>\n'
            f"<tbody>{rows}</tbody></table></div>")


def _header(column: object, t: dict[str, str]) -> str:
    key = HEADERS.get(column) if isinstance(column, str) else None
    return t[key] if key in t else str(column)


def _is_year(column: object) -> bool:
    return column == "year" or (isinstance(column, str) and column.endswith("_year"))


def _cell(column: object, value: object, fmt: Formatter, t: dict[str, str]) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value) or value is pd.NaT:
        # an open yes/no (all_achieved with indicators not yet measured) is no "no"
        return t["no_realisation"] if column in ("all_achieved", "achieved") else "-"
    if isinstance(value, (bool, np.bool_)):
        if column in ("achieved", "all_achieved"):
            return t["achieved"] if value else t["not_achieved"]
        return t["yes"] if value else t["no_bool"]
    if column in CODED and isinstance(value, str):
        return t.get(value, value)
    if isinstance(value, pd.Timestamp):
        return fmt.date(value)
    if isinstance(value, (int, np.integer)):
        return str(int(value)) if _is_year(column) else fmt.count(int(value))
    if isinstance(value, (float, np.floating)):
        value = float(value)
        if _is_year(column) and value.is_integer():
            return str(int(value))
        if isinstance(column, str) and column.endswith("_pct"):
            return fmt.percent(value, 2)
        if column in AMOUNTS:
            return fmt.number(round(value), 0)
        return fmt.number(value, 2, trailing_zeros=False)
    return str(value)
