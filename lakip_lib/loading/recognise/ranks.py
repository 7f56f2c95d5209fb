"""Polri and TNI ranks in a staff table: a grade of their own scale, no golongan, and their NRP no NIP.

A Polres's attendance recap prints 'Pangkat/NRP' as 'BRIPKA/85061127'; a TNI list puts 'Mayor/Pnb/539214' (rank,
corps, NRP) on a line of the name cell. The kit counts ASN staff (PNS and PPPK) by golongan and reads sex and status
from the NIP: read as golongan, the ranks would be counted on a scale they are not on (a chart of 'golongan' AKP,
BRIPKA …), and an NRP says neither sex nor status. Such a table is refused, naming the column and a rank, rather than
refused cell by cell for want of a golongan or a NIP that it was never going to have.
"""

from __future__ import annotations

import re

from ...domain import service_ranks
from ..parse import clean_text
from ..workbook import Grid, is_blank
from .band import Band

#: a line giving a rank: the rank alone, or followed by the force's word ('Pol', 'TNI'), a women's mark '(W)', then a
#: slash before the corps and the NRP ('BRIPKA/85061127', 'Mayor/Sus (W)/538164') or the NRP ('Kompol NRP 75040512')
_RANK_LINE = re.compile(r"^([a-z]+)\.?(?:\s+(?:pol|polisi|tni|laut|udara))?(?:\s*\(w\))?\s*(?:/.*|nrp\b.*)?$")


def ranked_line(value: object) -> str | None:
    """The first line of a cell that gives a Polri or TNI rank (``service_ranks.csv``), or None.

    Example:
        >>> ranked_line("BRIPKA/85061127"), ranked_line("Hendra Wijaya\\nMayor/Pnb/539214\\nAAU 2009")
        ('BRIPKA/85061127', 'Mayor/Pnb/539214')
        >>> ranked_line("Penata/III-c"), ranked_line("Mayor Hendra Wijaya"), ranked_line(3)
        (None, None, None)
    """
    if not isinstance(value, str):
        return None
    for line in value.splitlines():
        text = clean_text(line)
        found = _RANK_LINE.match(text.lower())
        if found and found.group(1) in service_ranks():
            return text
    return None


def service_rank_column(grid: Grid, band: Band, scan: int = 40) -> tuple[int, int, str] | None:
    """The first column of a staff band most of whose filled body cells (two at least, of the first ``scan`` rows)
    give a Polri or TNI rank on a line of their own (:func:`ranked_line`): its grid column, the row of its first such
    cell and that line. None when no column does: a roster of ASN whose few Polri members' ranks stand among golongan
    is left to the cell-by-cell check, which names each of those cells.

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame([["Nama", "Pangkat/NRP"], ["Ani", "BRIPKA/85061127"], ["Budi", "AKP/75040512"]], dtype=object)
        >>> band = Band("staff", 0, 0, {0: ("Nama",), 1: ("Pangkat/NRP",)}, {}, ())
        >>> service_rank_column(Grid("p.xlsx", "S", cells), band)
        (1, 1, 'BRIPKA/85061127')
        >>> asn = pd.DataFrame([["Nama", "Pangkat"], ["Ani", "Penata/III-c"], ["Budi", "BRIPKA/85061127"]], dtype=object)
        >>> service_rank_column(Grid("p.xlsx", "S", asn), band) is None
        True
    """
    for j in sorted(band.paths):
        if j not in grid.cells.columns:
            continue
        cells = grid.cells[j].iloc[band.bottom + 1: band.bottom + 1 + scan]
        filled = [(i, v) for i, v in zip(range(band.bottom + 1, band.bottom + 1 + len(cells)), cells.tolist()) if not is_blank(v)]
        ranked = [(i, line) for i, v in filled if (line := ranked_line(v)) is not None]
        if len(ranked) >= 2 and 2 * len(ranked) > len(filled):
            return j, *ranked[0]
    return None
