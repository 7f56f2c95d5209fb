"""Labelled figures stacked in one cell: several fields of a row in one column.

A web page copied into Excel, or an export that prints a card per row, may put
a row's budget, its realisation and what remains in one cell, each figure after
its label, on a line of its own or after a colon (``Pagu:`` / ``Rp 185.000.000``
/ ``Realisasi:`` / ``Rp 179.450.000`` / ``97%`` / ``Sisa: Rp 5.550.000``). The
labels name the fields the header does not: such a column is read as each of
them, its cells giving the figure after that field's label.
"""

from __future__ import annotations

import re

from .fields import Vocabulary, match_path

#: a line that is a label, with its figure after a colon or on the next line (``Pagu:``, ``Sisa: Rp 5.550.000``)
_LABEL = re.compile(r"^([^\d:]*[a-z][^\d:]*?)\s*:\s*(.*)$", re.IGNORECASE)
#: a figure (``Rp 185.000.000``, ``97,5``, ``-3``)
_FIGURE = re.compile(r"^(?:rp\.?\s*)?[-+]?\d", re.IGNORECASE)
#: body rows looked at under a header for stacked cells
SCAN = 60


def labelled_figures(cell: object) -> dict[str, str]:
    """The figures of a cell stacking them after their labels, by label; empty for any other cell.

    Example:
        >>> labelled_figures("Pagu:\\nRp 185.000.000\\nRealisasi:\\nRp 179.450.000\\n97%\\nSisa: Rp 5.550.000")
        {'Pagu': 'Rp 185.000.000', 'Realisasi': 'Rp 179.450.000', 'Sisa': 'Rp 5.550.000'}
        >>> labelled_figures("Pagu Rp 100"), labelled_figures(100)
        ({}, {})
    """
    if not isinstance(cell, str) or "\n" not in cell:
        return {}
    found: dict[str, str] = {}
    pending: str | None = None
    for line in (line.strip() for line in cell.splitlines() if line.strip()):
        label = _LABEL.match(line)
        if label is not None:
            name, rest = label.group(1).strip(), label.group(2).strip()
            pending = None if rest else name
            if rest and _FIGURE.match(rest):
                found[name] = rest
        elif pending is not None and _FIGURE.match(line):
            found[pending], pending = line, None
        else:
            pending = None
    return found


def stacked_fields(below: list[list[object]], j: int, vocab: Vocabulary) -> dict[str, str]:
    """The fields a column stacks in its cells, each with its label (``{"budget": "Pagu", "realised": "Realisasi"}``):
    the cell right under its header and one more at least among the first :data:`SCAN` rows ``below`` it each hold two
    labelled figures or more, and every cell that holds labelled figures names the same labels (a row above the header,
    a filter line, heads none of them). Labels no field of ``vocab`` names are left out (a field named by two labels is
    none); empty for a column of any other cells."""
    if not below or j >= len(below[0]) or not labelled_figures(below[0][j]):
        return {}
    stacks = [labelled_figures(row[j]) for row in below[:SCAN] if j < len(row)]
    stacks = [stack for stack in stacks if stack]
    if len(stacks) < 2 or any(len(stack) < 2 or list(stack) != list(stacks[0]) for stack in stacks):
        return {}
    fields: dict[str, list[str]] = {}
    for label in stacks[0]:
        match = match_path((label,), vocab)
        if match is not None and match.year is None:
            fields.setdefault(match.name, []).append(label)
    return {name: labels[0] for name, labels in fields.items() if len(labels) == 1}
