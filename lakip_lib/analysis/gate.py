"""The publish gate: which ``error`` findings still make a year's report a draft.

A finding of severity ``error`` (:func:`~lakip_lib.analysis.checks.reconcile`)
says the inputs state figures that cannot all be right. The report of a year
with one is a draft until the data is fixed, or until the agency explains the
finding in ``lakip.yml`` (``acknowledgements``, :class:`~lakip_lib.config.Acknowledgement`):
an explained finding is printed as a table note with the explanation, and no
longer holds the report back. Warnings and notes never make a draft.
"""

from __future__ import annotations

import re

import pandas as pd

from ..config import Acknowledgement
from .checks import FINDING_COLUMNS

#: the findings with the agency's explanation of each ("" when there is none)
GATE_COLUMNS = [*FINDING_COLUMNS, "acknowledged"]


def acknowledge(findings: pd.DataFrame, acknowledgements: tuple[Acknowledgement, ...]) -> pd.DataFrame:
    """``findings`` with an ``acknowledged`` column: the explanation of the acknowledgement naming the finding's check
    and location, "" for none. Only an ``error`` is acknowledged: a warning never holds a report back.

    Example:
        >>> from lakip_lib.config import Acknowledgement
        >>> found = pd.DataFrame([{"severity": "error", "dataset": "budget", "check": "over_budget",
        ...                        "location": "anggaran.xlsx:Realisasi!row 16", "message": "m", "message_en": "m"}])
        >>> acknowledge(found, (Acknowledgement("over_budget", "anggaran.xlsx:Realisasi!row 16", "sesuai SP2D"),))["acknowledged"].tolist()
        ['sesuai SP2D']
        >>> open_errors(acknowledge(found, ())).shape[0]
        1
    """
    explained = {(a.check, a.location): a.explanation for a in acknowledgements}
    keys = zip(findings["check"], findings["location"])
    column = [explained.get(key, "") if severity == "error" else "" for key, severity in zip(keys, findings["severity"])]
    return findings.reindex(columns=FINDING_COLUMNS).assign(acknowledged=column)


def open_errors(gated: pd.DataFrame) -> pd.DataFrame:
    """The errors of :func:`acknowledge`'s result that are neither fixed nor acknowledged: each makes the report a draft."""
    return gated[gated["severity"].eq("error") & gated["acknowledged"].eq("")]


def unmatched(findings: pd.DataFrame, acknowledgements: tuple[Acknowledgement, ...]) -> list[Acknowledgement]:
    """Acknowledgements that name no error of ``findings``: fixed since, or a check or location mistyped.

    Example:
        >>> from lakip_lib.config import Acknowledgement
        >>> found = pd.DataFrame(columns=FINDING_COLUMNS)
        >>> [a.check for a in unmatched(found, (Acknowledgement("over_budget", "x", "y"),))]
        ['over_budget']
    """
    errors = findings[findings["severity"].eq("error")]
    named = set(zip(errors["check"], errors["location"]))
    return [a for a in acknowledgements if (a.check, a.location) not in named]


_ROW = re.compile(r"^(?P<sheet>.*)!(?:row (?P<row>\d+)|[A-Z]{1,3}(?P<cell>\d+))$")


def row_of(location: str) -> tuple[str, int] | None:
    """The ``file:sheet`` and row number a location names (``row 14`` or a cell such as ``M5``), None for anything else.

    Example:
        >>> row_of("anggaran.xlsx:Realisasi!row 14"), row_of("kinerja.xlsx:PK 2024!M5"), row_of("pegawai.xlsx, row 3, 9")
        (('anggaran.xlsx:Realisasi', 14), ('kinerja.xlsx:PK 2024', 5), None)
    """
    found = _ROW.match(str(location))
    if found is None:
        return None
    return found["sheet"], int(found["row"] or found["cell"])
