"""One case of the corpus of real layouts: a published table or an export's column layout, as a workbook.

A :class:`Layout` holds the cells of one input file as the agency laid it
out (title rows, header bands, merged cells, column-number rows, footers,
signature blocks: everything kept), the source it was copied from, and what
the kit must read from it. Personal data is never copied: rosters keep the
export's columns with synthetic names and NIPs (:func:`workbooks.nip`).

``expected`` by dataset (the numbers of the build year, as the kit's
canonical values):

- ``staff``: counts by dimension, ``{"golongan": {"IV": 3, "III/a": 7},
  "gender": {"Laki-laki": 4, "Perempuan": 6}, "education": {"S1": 5},
  "position_type": {"Struktural": 2}}``: only the dimensions the table has;
  golongan as ``IV/a`` … or the group ``IV`` when the table gives only groups.
- ``indicators``: one dict per indicator in order, ``{"indicator": <start of
  its name>, "target": 80.0 | "BB", "realisation": 85.2 | "A" | None,
  "polarity": "positive" | "negative" | "ordinal"}``.
- ``budget``: one dict per row in order, ``{"level": "program" | "kegiatan" |
  "sub_kegiatan", "name": <start of its name>, "budget": 1.0, "realised": 1.0}``.
- ``assets``: one dict per item, ``{"item": <start>, "good": 1, "damaged": 0}``.

A case whose export is an HTML page saved as ``.xls`` (what PHP applications send) gives that page as ``html``
instead of ``sheets``.

``findings`` are the (severity, check id) pairs ``lakip check`` must report
(a published mistake is an expected finding); errors and warnings not listed
fail the case. ``refused``, instead of ``expected``, is the part of the
message with which ``lakip check`` must refuse the file; with ``aliases``
too, the refusal comes first, and ``expected`` is what the kit reads once the
user has written those header spellings into ``lakip.yml`` as the message says. ``told`` is the part of a warning
``lakip check`` must give when the file is read but something in it is unknown; with ``settings`` (other ``lakip.yml``
keys, such as ``position_types``), ``expected`` is what the kit reads once the user has written them as it says.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from workbooks import make_workbook

#: severities of an expected finding
E, W = "error", "warning"


def indicator(name: str, target, realisation, polarity: str = "positive") -> dict:
    """One expected indicator: the start of its name, its target and realisation of the case's year, its polarity."""
    return {"indicator": name, "target": target, "realisation": realisation, "polarity": polarity}


def budget_row(level: str, name: str, budget, realised) -> dict:
    """One expected budget row; ``name`` is cut to its first 25 characters."""
    return {"level": level, "name": name[:25], "budget": float(budget), "realised": None if realised is None else float(realised)}


def asset(item: str, good: int | None, damaged: int | None) -> dict:
    """One expected asset row: the start of its item's name, its units in good and in damaged condition."""
    return {"item": item, "good": good, "damaged": damaged}


def tally(rows: Iterable[tuple[str, int, bool]]) -> list[dict]:
    """Units by item name in order of first appearance: (name, units, good?) rows → expected asset rows."""
    order: dict[str, list[int]] = {}
    for name, units, good in rows:
        order.setdefault(name, [0, 0])[0 if good else 1] += units
    return [asset(name, good, damaged) for name, (good, damaged) in order.items()]


def counts(values: Iterable[str]) -> dict[str, int]:
    """How many times each value stands, in order of first appearance: a roster's expected counts by a dimension."""
    return dict(Counter(values))


def rupiah(amount: int) -> str:
    """An amount as Indonesian prints write it, dots between thousands and no decimals: ``73.515.751.000``."""
    return f"{amount:,}".replace(",", ".")


#: dataset → the file name a case is written under in a year folder
FILE_NAMES = {"staff": "pegawai.xlsx", "indicators": "kinerja.xlsx", "budget": "anggaran.xlsx", "assets": "sarana.xlsx"}


@dataclass(frozen=True)
class Layout:
    """One real layout: its cells, its source and what the kit must read from it."""

    id: str
    dataset: str  # staff | indicators | budget | assets
    agency: str  # who published it, and the kind of agency (kabupaten OPD, kementerian unit, RSUD …)
    source: str  # where it was found: the address, and the table's number or the export's name
    year: int  # the fiscal year the case is checked for
    sheets: dict[str, list[list]]
    merged: dict[str, list[str]] = field(default_factory=dict)
    #: sheet → {cell: Excel number format}, for numbers the source shows formatted (``0.98`` shown as ``98%``)
    number_formats: dict[str, dict[str, str]] = field(default_factory=dict)
    expected: dict | list | None = None
    findings: tuple[tuple[str, str], ...] = ()
    refused: str | None = None
    #: ``lakip.yml`` ``header_aliases`` the user writes after the refusal (``refused``), with which ``expected`` is read
    aliases: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    #: a warning's words ``lakip check`` gives before ``settings`` are written in ``lakip.yml``
    told: str | None = None
    #: other ``lakip.yml`` keys the user writes after the warning (``told``), with which ``expected`` is read
    settings: dict = field(default_factory=dict)
    note: str = ""  # what is particular about this layout; a published mistake and where it is
    #: the file's text when the export is an HTML page sent as Excel (``Content-type: application/vnd.ms-excel``): it is
    #: written byte for byte under the dataset's name with ``.xls``, as the browser saves it, and ``sheets`` stays empty
    html: str | None = None

    def write(self, year_dir: Path, *, aliases: bool = False) -> Path:
        """The case's workbook, written into ``year_dir`` under its dataset's file name; with ``aliases``, also the
        ``lakip.yml`` beside the year folder that declares them and the case's other ``settings``."""
        year_dir.mkdir(parents=True, exist_ok=True)
        if aliases and (self.aliases or self.settings):
            written = {"header_aliases": self.aliases, **self.settings}
            (year_dir.parent / "lakip.yml").write_text(yaml.safe_dump(written, allow_unicode=True), encoding="utf-8")
        if self.html is not None:
            path = (year_dir / FILE_NAMES[self.dataset]).with_suffix(".xls")
            path.write_text(self.html, encoding="utf-8")
            return path
        # published tables hold labels such as "=< SMA": text, never formulas
        return make_workbook(year_dir / FILE_NAMES[self.dataset], self.sheets, merged=self.merged,
                             number_formats=self.number_formats, formulas=False)
