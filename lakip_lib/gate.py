"""The publish gate as the ``lakip`` command sees it: a year's open errors, read from its outputs.

The report notebook writes ``pemeriksaan-<year>.json`` beside the internal
report ``pemeriksaan-<year>.html``: every ``error`` finding with the agency's
explanation from ``lakip.yml`` ("" for none). The command reads it after a
build (or for a year up to date) to list the errors that make the report a
draft, and ``lakip build --final`` refuses a year that still has one. Only
the standard library: a build that finds every year up to date imports no pandas.
"""

from __future__ import annotations

import json
from pathlib import Path

from .messages import say


def gate_name(year: int) -> str:
    """The file name of a year's gate record.

    Example:
        >>> gate_name(2024)
        'pemeriksaan-2024.json'
    """
    return f"pemeriksaan-{year}.json"


def write_gate(path: Path, year: int, errors: list[dict[str, str]], sample: bool) -> Path:
    """Write the gate record: ``errors`` are findings (check, location, message, message_en, acknowledged)."""
    keys = ("check", "location", "message", "message_en", "acknowledged")
    record = {"year": year, "bundled_sample": sample, "errors": [{key: str(error[key]) for key in keys} for error in errors]}
    path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def read_gate(folder: Path, year: int) -> dict | None:
    """The gate record in a year's output ``folder``; None when there is none (a folder an older kit built)."""
    try:
        record = json.loads((folder / gate_name(year)).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) and isinstance(record.get("errors"), list) else None


def open_errors(record: dict) -> list[dict[str, str]]:
    """The errors of a gate record that are neither fixed nor acknowledged."""
    return [error for error in record["errors"] if not error.get("acknowledged")]


def draft_lines(record: dict, folder: Path, lang: str = "id") -> list[str]:
    """What the console says under a year's build line: the open errors that make its report a draft, how many are
    explained, and, for the bundled sample, that its draft is on purpose; nothing for a report that is final.

    Example:
        >>> record = {"year": 2024, "bundled_sample": False, "errors": [{"check": "over_budget", "location": "a.xlsx:R!row 16",
        ...           "message": "Realisasi melebihi anggaran", "message_en": "over", "acknowledged": ""}]}
        >>> print("\\n".join(draft_lines(record, Path("out/2024"))))
          DRAFT: 1 kesalahan data belum diperbaiki atau dijelaskan; rinciannya di out/2024/pemeriksaan-2024.html
            KESALAHAN over_budget a.xlsx:R!row 16: Realisasi melebihi anggaran
    """
    lines = []
    errors = open_errors(record)
    if errors:
        report = folder / f"pemeriksaan-{record['year']}.html"
        lines.append(f"  {say('draft', lang, count=len(errors), path=report)}")
        lines += [f"    {_line(error, lang)}" for error in errors]
    explained = len(record["errors"]) - len(errors)
    if explained:
        lines.append(f"  {say('acknowledged', lang, count=explained)}")
    if errors and record.get("bundled_sample"):
        lines.append(f"  {say('sample_draft', lang)}")
    return lines


def refusal(record: dict, lang: str = "id") -> str:
    """Why ``lakip build --final`` refuses a year: one line per open error naming it and how to acknowledge it in
    ``lakip.yml``; "" when every error is fixed or acknowledged.

    Example:
        >>> record = {"year": 2024, "errors": [{"check": "over_budget", "location": "a.xlsx:R!row 16", "message": "m",
        ...           "message_en": "m", "acknowledged": ""}]}
        >>> print(refusal(record, "en"))
        final report refused: 1 data errors neither fixed nor explained
          ERROR over_budget a.xlsx:R!row 16: m
            fix the data, or explain it in lakip.yml under years: 2024: acknowledgements: - {check: over_budget, location: "a.xlsx:R!row 16", explanation: "<the agency's explanation>"}
    """
    errors = open_errors(record)
    if not errors:
        return ""
    lines = [say("final_refused", lang, count=len(errors))]
    for error in errors:
        lines.append(f"  {_line(error, lang)}")
        lines.append("    " + say("acknowledge_how", lang, year=record["year"], check=error["check"],
                                  location=json.dumps(error["location"], ensure_ascii=False)))
    return "\n".join(lines)


def _line(error: dict[str, str], lang: str) -> str:
    message = error["message"] if lang == "id" else error["message_en"]
    return f"{say('severity_error', lang)} {error['check']} {error['location']}: {message}"
