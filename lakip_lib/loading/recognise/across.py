"""Indicators as column bands across, units as rows: an indicator table transposed.

A kabupaten's SPM table by puskesmas (``NO | PUSKESMAS | Pelayanan kesehatan
ibu hamil › SASARAN | CAPAIAN | PERSENTASE | Pelayanan kesehatan ibu
bersalin › SASARAN | …``), a dinas's indicators by kecamatan or by OPD: each
band names one indicator and repeats the same figures under it, and each row
is a unit (puskesmas, kecamatan, OPD), the agency's own figures on a total row
(``JUMLAH``). No column names the indicators, so no indicator table is found
otherwise. Here each band becomes a table of its own, named by its label and
headed by the columns left of the bands (the units' labels); the indicator
loader reads its total row as the indicator's values, the unit rows as their
detail.
"""

from __future__ import annotations

from .band import Band
from .fields import Vocabulary, header_key, is_month, match_path

#: how an indicator named by the label of its column band is recognised (:attr:`~.table.Column.how`)
ACROSS = "band"
#: fields of a value an indicator band must have among its columns (a band of money or of counts alone is none)
_VALUES = frozenset({"target", "realisation", "stated_capaian"})


def indicator_bands(band: Band, vocab: Vocabulary) -> list[tuple[Band, int]] | None:
    """The indicators of ``band`` when it heads them as bands across: each a band of the columns left of the bands
    and its own, with the grid column of its label; None for any other band.

    A band qualifies when no column names the indicators, two groups or more stand side by side, each under one label
    of its own over the same leaves (``SASARAN | CAPAIAN | PERSENTASE``), one of them at least a value's (a target,
    realisation or capaian), every other column stands left of them, and no group label names a field, a year or a
    period (``2023 › Target | Realisasi`` is a table by years, ``Triwulan I › …`` one by periods).

    Example:
        >>> from lakip_lib.loading.recognise.fields import Match, vocabulary
        >>> paths = {0: ("Puskesmas",), 1: ("Pelayanan ibu hamil", "Sasaran"), 2: ("Pelayanan ibu hamil", "Capaian"),
        ...          3: ("Pelayanan ibu bersalin", "Sasaran"), 4: ("Pelayanan ibu bersalin", "Capaian")}
        >>> matches = {1: Match("goal", None, "Sasaran", "alias"), 2: Match("stated_capaian", None, "Capaian", "alias"),
        ...            3: Match("goal", None, "Sasaran", "alias"), 4: Match("stated_capaian", None, "Capaian", "alias")}
        >>> found = indicator_bands(Band("indicators", 0, 1, paths, matches, ()), vocabulary("indicators"))
        >>> [(sorted(part.paths), label) for part, label in found]
        [([0, 1, 2], 1), ([0, 3, 4], 3)]
    """
    if band.dataset != "indicators" or any(m.name == "indicator" for m in band.matches.values()):
        return None
    groups: dict[str, list[int]] = {}
    for j, path in sorted(band.paths.items()):
        if len(path) == 2:
            groups.setdefault(path[0], []).append(j)
    if len(groups) < 2:
        return None
    columns = list(groups.values())
    leaves = [[header_key(band.paths[j][-1]) for j in group] for group in columns]
    first = min(group[0] for group in columns)
    left = [j for j in band.paths if j < first]
    if any(leaf != leaves[0] for leaf in leaves) or len(leaves[0]) < 2 or not left \
            or sorted(band.paths) != sorted([*left, *(j for group in columns for j in group)]) \
            or any(group != list(range(group[0], group[0] + len(group))) for group in columns):
        return None
    for label, group in groups.items():
        named = match_path((label,), vocab)
        if named is not None or is_month(label) or not any(ch.isalpha() for ch in label) \
                or not any(band.matches[j].name in _VALUES for j in group if j in band.matches) \
                or any(band.matches[j].year is not None for j in group if j in band.matches):
            return None
    return [(Band(band.dataset, band.top, band.bottom, {j: band.paths[j] for j in [*left, *group]},
                  {j: m for j, m in band.matches.items() if j in left or j in group}, band.score), group[0])
            for group in columns]

