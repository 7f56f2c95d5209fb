"""``<out>/index.html``: every year built in an output folder, with its headline numbers, as one page.

Written by ``lakip build`` after every build, from what the year folders
hold (their build record, ``tables/trend.csv`` and the report's heading), so
it lists the years of an earlier ``--all`` as well as the one just rebuilt and
never a year whose folder is gone. Only the standard library: a build that
finds every year up to date still writes it without importing pandas.
Everything taken from the folders is escaped; a year without a build record
(a folder the kit did not make) is not listed, and an ``index.html`` the kit
did not write is never replaced.
"""

from __future__ import annotations

import csv
import html
import os
import re
from pathlib import Path

from ..gate import open_errors, read_gate
from ..manifest import read_manifest

INDEX_NAME = "index.html"
#: the line that marks an index.html as the kit's own, so a user's own index.html is never replaced
MARKER = '<meta name="generator" content="lakip-kit index">'

_WORDS = {
    "id": {"title": "Laporan Kinerja (LAKIP)", "year": "Tahun", "report": "Laporan", "headcount": "Jumlah pegawai",
           "absorption": "Realisasi anggaran", "achieved": "Indikator tercapai", "of": "{part} dari {whole}",
           "english": "bahasa Inggris", "draft": "kesalahan data belum diperbaiki atau dijelaskan", "note": "Dibuat oleh lakip build dari folder tahun yang sudah dibangun; "
           "angka dari tables/trend.csv tiap tahun.", "trend": "Perkembangan"},
    "en": {"title": "Performance Reports (LAKIP)", "year": "Year", "report": "Report", "headcount": "Headcount",
           "absorption": "Budget spent", "achieved": "Indicators achieved", "of": "{part} of {whole}",
           "english": "English", "draft": "data errors neither fixed nor explained", "note": "Written by lakip build from the year folders built; numbers from each "
           "year's tables/trend.csv.", "trend": "Trend"},
}


def built_years(out_dir: Path) -> list[int]:
    """The years of ``out_dir`` that a build made (a four-digit folder holding a build record), oldest first.

    Example:
        >>> built_years(Path("/nonexistent"))
        []
    """
    if not out_dir.is_dir():
        return []
    return sorted(int(p.name) for p in out_dir.iterdir()
                  if re.fullmatch(r"\d{4}", p.name) and p.is_dir() and read_manifest(p) is not None)


def index_html(out_dir: Path, lang: str = "id") -> str:
    """The index page of ``out_dir``'s built years, as text.

    Example:
        >>> "lakip-kit index" in index_html(Path("/nonexistent"))
        True
    """
    w = _WORDS[lang]
    years = built_years(out_dir)
    agency = _agency(out_dir, years[-1]) if years else ""
    rows = [_row(out_dir, year, w) for year in reversed(years)]
    trend = _trend(out_dir, years, w)
    title = f"{w['title']}{' — ' + agency if agency else ''}"
    return "\n".join([
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">', MARKER,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{title}</title>", f"<style>{_STYLE}</style>", "</head>", "<body>", f"<h1>{title}</h1>",
        '<div class="scroll"><table>',
        f"<thead><tr><th>{w['year']}</th><th>{w['report']}</th><th class=\"num\">{w['headcount']}</th>"
        f"<th class=\"num\">{w['absorption']}</th><th class=\"num\">{w['achieved']}</th></tr></thead>",
        "<tbody>", *rows, "</tbody></table></div>", *trend, f"<p class=\"note\">{w['note']}</p>", "</body>", "</html>", ""])


def write_index(out_dir: Path, lang: str = "id") -> Path | None:
    """Write ``out_dir/index.html`` when it would change; None (nothing written) when no year is built there or an
    ``index.html`` the kit did not write stands there.

    Example:
        >>> write_index(Path("/nonexistent")) is None
        True
    """
    target = out_dir / INDEX_NAME
    if not built_years(out_dir):
        return None
    try:
        current = target.read_text(encoding="utf-8")
    except FileNotFoundError:
        current = None
    except (OSError, UnicodeDecodeError):
        return None
    if current is not None and MARKER not in current:
        return None  # the user's own page
    text = index_html(out_dir, lang)
    if text != current:
        partial = out_dir / f".{INDEX_NAME}.{os.getpid()}"
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, target)  # a reader sees the old page or the new one, never half of one
    return target


def _row(out_dir: Path, year: int, w: dict[str, str]) -> str:
    folder = out_dir / str(year)
    links = [f'<a href="{year}/lakip-{year}.html">LAKIP {year}</a>'] if (folder / f"lakip-{year}.html").is_file() else []
    if (folder / f"lakip-{year}-en.html").is_file():
        links.append(f'<a href="{year}/lakip-{year}-en.html">{w["english"]}</a>')
    if (folder / f"lakip-{year}.pdf").is_file():
        links.append(f'<a href="{year}/lakip-{year}.pdf">PDF</a>')
    gate = read_gate(folder, year)
    if gate and open_errors(gate):  # a draft says so where the years are chosen too
        links.append(f'<strong class="draft" title="{len(open_errors(gate))} {w["draft"]}">DRAFT</strong>')
    numbers = _headline(folder, year)
    cells = [_count(numbers.get("headcount")), _percent(numbers.get("absorption_pct")),
             _of(numbers.get("indicators_achieved"), numbers.get("indicators_measured"), w)]
    return (f"<tr><td>{year}</td><td>{' · '.join(links) or '-'}</td>"
            + "".join(f'<td class="num">{cell}</td>' for cell in cells) + "</tr>")


def _trend(out_dir: Path, years: list[int], w: dict[str, str]) -> list[str]:
    """A bar per year for each headline number, scaled to the largest: the multi-year trend at a glance."""
    if len(years) < 2:
        return []
    numbers = {year: _headline(out_dir / str(year), year) for year in years}
    blocks = [f"<h2>{w['trend']}</h2>", '<div class="trend">']
    for key, label, shown in (("headcount", w["headcount"], _count), ("absorption_pct", w["absorption"], _percent),
                              ("indicators_achieved", w["achieved"], _count)):
        values = {year: _number(numbers[year].get(key)) for year in years}
        # a share is drawn against 100%; a count against the largest year's
        top = 100.0 if key == "absorption_pct" else max((v for v in values.values() if v is not None), default=None)
        blocks.append(f"<figure><figcaption>{label}</figcaption><dl>")
        for year, value in values.items():
            width = 0 if value is None or not top else min(100, max(1, round(100 * value / top)))
            blocks.append(f'<dt>{year}</dt><dd><span class="bar" style="width:{width}%"></span> {shown(numbers[year].get(key))}</dd>')
        blocks.append("</dl></figure>")
    blocks.append("</div>")
    return blocks


def _headline(folder: Path, year: int) -> dict[str, str]:
    """The year's own row of its ``tables/trend.csv`` (empty when the folder has none: a build of an older kit)."""
    try:
        with (folder / "tables" / "trend.csv").open(encoding="utf-8", newline="") as handle:
            return next((row for row in csv.DictReader(handle) if row.get("year") == str(year)), {})
    except (OSError, UnicodeDecodeError, csv.Error):
        return {}


def _agency(out_dir: Path, year: int) -> str:
    """The agency's name as the latest report's cover prints it, escaped again for this page."""
    try:
        text = (out_dir / str(year) / f"lakip-{year}.html").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    found = re.search(r'<header class="cover"[^>]*>.*?<h1>(.*?)</h1>', text, re.DOTALL)
    return html.escape(html.unescape(found.group(1)).strip()) if found else ""


def _number(text: str | None) -> float | None:
    try:
        value = float(text) if text not in (None, "") else None
    except ValueError:
        return None
    return None if value is None or value != value else value


def _count(text: str | None) -> str:
    value = _number(text)
    return "-" if value is None else f"{round(value):,}".replace(",", ".")


def _percent(text: str | None) -> str:
    value = _number(text)
    return "-" if value is None else f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") + "%"


def _of(part: str | None, whole: str | None, w: dict[str, str]) -> str:
    return "-" if _number(whole) is None else w["of"].format(part=_count(part), whole=_count(whole))


_STYLE = ("body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}"
          "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:.4rem .6rem;text-align:left}"
          ".num{text-align:right;white-space:nowrap}.scroll{overflow-x:auto}.note{color:#555;font-size:.9rem}"
          ".trend{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:1rem}"
          "dl{display:grid;grid-template-columns:auto 1fr;gap:.2rem .6rem;margin:0}dd{margin:0;white-space:nowrap}"
          ".bar{display:inline-block;height:.8rem;background:#2b6cb0;vertical-align:middle}"
          "figure{margin:0}figcaption{font-weight:600;margin-bottom:.4rem}"
          ".draft{color:#fff;background:#D55E00;padding:0 .3rem;letter-spacing:.1em;font-size:.85rem}")
