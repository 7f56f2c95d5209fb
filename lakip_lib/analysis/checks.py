"""Reconciliation checks: where the figures an input states contradict each other.

Published LAKIP tables carry their own arithmetic (a program's amount is the
sum of its kegiatan, a percentage is realisation over budget, a staff table's
``Jumlah`` is L + P) and real reports get it wrong (``domain.md``, "Errors
seen in real published reports"). :func:`reconcile` compares each stated
figure with what the rows under it give and reports a finding only where the
two cannot both be right:

- sums must agree to within :data:`SUM_TOLERANCE` (half a sen, a fraction of
  a person), so float noise is never a finding;
- a stated percentage or capaian must round to the computed one at the
  precision it is printed with (``98`` allows ±0,5, ``98,56`` ±0,005).

A finding is a row of the result, never an exception: the checks report
inconsistent data, they do not stop on it. Data the analysis functions cannot
read at all (a budget code or indicator id given twice) raises
:class:`~lakip_lib.errors.AnalysisError` as everywhere in the analysis layer.
"""

from __future__ import annotations

import re
from itertools import pairwise

import pandas as pd

from ..config import ReportRules
from ..domain import golongan_table
from ..loading.budget import Budget
from ..loading.parse import printed_decimals
from ..loading.indicators import Indicators
from ..loading.inputs import DATASETS
from ..loading.staff import Staff
from ..loading.year import YearData
from ..formatting import format_number
from .budget import AMOUNTS, budget_table
from .capaian import achievement
from .staffing import DIMENSIONS, count_by, retirement_year

FINDING_COLUMNS = ["severity", "dataset", "check", "location", "message", "message_en"]
#: severities, most serious first (the result's sort order)
SEVERITIES = ("error", "warning", "info")
#: largest difference between a stated total and the sum of its parts that is not a disagreement
SUM_TOLERANCE = 0.005
#: float noise allowed on top of the rounding a printed precision allows
_EPSILON = 1e-9

_AMOUNT_NAMES = {"budget": ("anggaran", "budget"), "realised": ("realisasi", "realisation")}
_LEVEL_NAMES = {"program": ("program", "programme"), "kegiatan": ("kegiatan", "activity"),
                "sub_kegiatan": ("sub kegiatan", "sub-activity")}
_DIMENSION_NAMES = {"golongan": ("golongan", "grade"), "gender": ("jenis kelamin", "gender"),
                    "position_type": ("jenis jabatan", "position type"), "education": ("pendidikan", "education"),
                    "status": ("status kepegawaian", "employment status")}
_GENDER_NAMES = {"Laki-laki": ("laki-laki", "men"), "Perempuan": ("perempuan", "women")}

Finding = dict[str, str]


def reconcile(data: YearData) -> pd.DataFrame:
    """Findings where a year's inputs contradict themselves, one row each (:data:`FINDING_COLUMNS`).

    ``severity`` is ``error`` (figures that cannot all be right) or
    ``warning`` (a stated percentage or capaian its figures do not give);
    ``info`` is a note that contradicts nothing. The loaders' notes come
    first (:mod:`lakip_lib.loading.notes`): ``table_skipped``,
    ``columns_unused``, ``rows_aside``, ``non_asn_aside``, ``inactive_aside``, ``position_rows``,
    ``categories_joined``, ``category_repeated``, ``tables_joined``, ``amounts_scaled``, ``line_items_summed``, ``blocks_summed``, ``budget_stage``, ``plan_aside``, ``items_counted``, ``values_highest_filled``, ``latest_state``, ``damage_shares``, ``items_not_held``, ``note_rows``, ``items_lost``, ``status_from_caption``, ``condition_rows``, ``condition_missing``, ``sexes_together``, ``items_added_over_sections``, ``on_loan``,
    ``headings_as_parents``, ``total_parts_unstated``,
    ``levels_from_names``, ``levels_from_codes``, ``markers_stripped``, ``numbered_per_group``, ``gender_derived``, ``gender_from_nip``, ``roster_without_nip``, ``values_one_hot``, ``position_type_from_jabatan``, ``golongan_not_stated``, ``nip_in_name``, ``values_listed``, ``golongan_by_group``,
    ``year_assumed``, ``ordinal_inferred``, ``yes_no_value``, ``labelled_value``, ``units_per_row``, ``value_range``, ``other_year_text`` and ``capaian_as_realisation`` of a table with no target (info); ``polarity_inferred``,
    ``field_empty``, ``column_missing``, ``level_from_name``,
    ``capaian_as_realisation``, ``last_period``, ``excel_error``, ``golongan_own_scale``, ``conditions_unread``, ``not_measured``, ``other_year_unread``, ``target_missing`` and
    ``average_mismatch`` (a stated average or total capaian row that the indicators above it do not give) (warning); ``sum_mismatch`` of monthly
    realisations against their ``Jumlah``, of a netto total against the bruto total less the refunds, of a row's belanja accounts against
    the row, of a total row's stated part (one source of funds of several) against its column's sum, and of a staff row's category
    cells against its ``Jumlah`` or a golongan group's ``JML`` (error). ``check`` is a stable id:

    - ``sum_mismatch`` (error): a stated total differs from the sum of its
      parts: a budget row from its child rows (budget and realisation
      separately), a ``JUMLAH`` row from its sheet's programs, a staff
      summary's ``Jumlah`` from its L + P, a staff table's total row from its
      rows (counted as :func:`~lakip_lib.analysis.count_by` counts them: L + P
      where a table splits by gender). A difference that one transposition of
      two adjacent digits in one child amount explains is named in the message.
    - ``summaries_disagree`` (error): staff summaries by different dimensions
      (gender, golongan, education …) count different headcounts; each table
      off the headcount most tables agree on is reported; so is a table split
      by gender whose men or women differ from the gender table's.
    - ``roster_disagrees`` (error): a summary table beside a roster (a REKAP
      sheet) whose counts differ from the roster's.
    - ``over_budget`` (error): a stated realisation above its stated budget.
    - ``pct_mismatch`` (warning): a stated realisation % that realised /
      budget × 100 does not round to at its printed precision.
    - ``past_retirement`` (warning): roster employees who reached their BUP
      by the end of the year (a roster copied from an earlier year).
    - ``capaian_mismatch`` (warning): a numeric stated capaian matching
      neither the uncapped nor the capped capaian under ``data.project.rules``
      at its printed precision; grades (``BB``) are not compared.
    - ``percent_as_fraction`` (error): a percentage indicator's target or
      realisation written as a fraction beside the other in percent (``0,96``
      beside ``95``), which would give a capaian near 1 %.

    Findings about the data folder and settings come as dataset ``project``
    (:func:`~lakip_lib.loading.year.load_year`): ``settings_missing``,
    ``signing_date_other_year``, ``dataset_missing`` (warning) and
    ``files_not_read`` (info); the staff loader's ``roster_other_year``
    (warning) says a roster's title dates it to another year.

    A staff roster states no totals, nor do the assets (the loader sets their
    total rows aside, checking a table's one total row itself), so neither has
    anything to reconcile. Sorted by
    severity (errors first), dataset (in :data:`~lakip_lib.loading.DATASETS`
    order), location (row 9 before row 10), check and message.

    Example:
        >>> rows = pd.DataFrame({"code": ["1", "1.1", "1.2"], "name": ["Program", "K1", "K2"],
        ...                      "level": ["program", "kegiatan", "kegiatan"], "parent": [None, "1", "1"],
        ...                      "budget": [300.0, 200.0, 100.0], "realised": [290.0, 180.0, 120.0],
        ...                      "stated_pct": [97.0, 90.0, 100.0], "pct_decimals": 0,
        ...                      "location": [f"anggaran.xlsx:Realisasi!row {r}" for r in (2, 3, 4)]})
        >>> totals = pd.DataFrame(columns=["label", "budget", "realised", "stated_pct", "pct_decimals", "location"])
        >>> from lakip_lib.config import Project
        >>> found = reconcile(YearData(2024, Project(), budget=Budget(rows, totals)))
        >>> found[["severity", "check", "location"]].to_dict("records")  # doctest: +NORMALIZE_WHITESPACE
        [{'severity': 'error', 'check': 'sum_mismatch', 'location': 'anggaran.xlsx:Realisasi!row 2'},
         {'severity': 'error', 'check': 'over_budget', 'location': 'anggaran.xlsx:Realisasi!row 4'},
         {'severity': 'warning', 'check': 'pct_mismatch', 'location': 'anggaran.xlsx:Realisasi!row 4'}]
        >>> print(found.loc[0, "message"])
        1 Program: Jumlah realisasi kegiatan 300 tidak sama dengan realisasi program yang tercantum 290 (selisih 10)
    """
    findings: list[Finding] = []
    for dataset in DATASETS:
        loaded = getattr(data, dataset)
        notes = getattr(loaded, "notes", None)
        if notes is not None:
            findings += [{**row, "dataset": dataset} for row in notes.to_dict("records")]
    findings += [{**row, "dataset": "project"} for row in getattr(data, "notes", [])]
    if data.staff is not None:
        findings += _staff_findings(data.staff)
        findings += _past_retirement(data.staff.roster, data.year, data.staff.files[0].name if data.staff.files else "pegawai")
    if data.indicators is not None:
        findings += _capaian_mismatches(data.indicators, data.year, data.project.rules)
        findings += _percent_as_fraction(data.indicators, data.year)
    if data.budget is not None:
        findings += _budget_findings(data.budget)
    return pd.DataFrame(sorted(findings, key=_sort_key), columns=FINDING_COLUMNS)


# ---------------------------------------------------------------- shared


def _sort_key(finding: Finding) -> tuple:
    location = tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", finding["location"]))
    return (SEVERITIES.index(finding["severity"]), (*DATASETS, "project").index(finding["dataset"]), location,
            finding["check"], finding["message"])


def _numbers(value: float, decimals: int = 0) -> tuple[str, str]:
    """``value`` as printed in Indonesian and in English: ``(3.752.626.072, 3,752,626,072)``."""
    return format_number(value, decimals, "id"), format_number(value, decimals, "en")


def _listing(items: list[tuple]) -> tuple[str, str]:
    """``label count`` pairs (or ``label stated/counted``) joined, in Indonesian and in English:
    items are (label_id, label_en, count[, other count]).

    Example:
        >>> _listing([("laki-laki", "men", 1200.0), ("III", "III", 3.0, 2.0)])
        ('laki-laki 1.200, III 3/2', 'men 1,200, III 3/2')
    """
    def text(lang: int) -> str:
        return ", ".join(f"{item[lang]} " + "/".join(_numbers(n)[lang] for n in item[2:]) for item in items)

    return text(0), text(1)


def _sheet(location: str) -> str:
    """The ``file:sheet`` part of a location, which tells one table from another."""
    return location.rpartition("!")[0]


def _row(location: str) -> int:
    """The row a location names (``row 14``, ``B14``), 0 for none."""
    digits = "".join(c for c in location.rpartition("!")[2] if c.isdigit())
    return int(digits) if digits else 0


def _rounds_to(stated: float, computed: float, decimals: int) -> bool:
    """Whether ``computed`` printed with ``decimals`` decimals can read ``stated`` (99 for 98,56; not 98 for 103,91)."""
    return abs(stated - computed) <= 0.5 * 10.0**-decimals + _EPSILON


def _sum_mismatch(dataset: str, location: str, subject: tuple[str, str], parts: tuple[str, str], whole: tuple[str, str],
                  total: float, stated: float, hint: tuple[str, str] = ("", "")) -> list[Finding]:
    """A ``sum_mismatch`` error if the ``parts`` add up to ``total`` instead of the ``whole`` ``stated``; else none.

    ``subject``, ``parts``, ``whole`` and ``hint`` are (Indonesian, English) pairs.
    """
    if pd.isna(total) or pd.isna(stated) or abs(total - stated) <= SUM_TOLERANCE:
        return []
    (total_id, total_en), (stated_id, stated_en), (diff_id, diff_en) = (_numbers(v) for v in (total, stated, abs(total - stated)))
    return [{
        "severity": "error", "dataset": dataset, "check": "sum_mismatch", "location": location,
        "message": f"{subject[0]}: Jumlah {parts[0]} {total_id} tidak sama dengan {whole[0]} yang tercantum {stated_id} "
                   f"(selisih {diff_id}){hint[0]}",
        "message_en": f"{subject[1]}: the {parts[1]} add up to {total_en}, not the stated {whole[1]} {stated_en} "
                      f"(difference {diff_en}){hint[1]}",
    }]  # fmt: skip


# ---------------------------------------------------------------- budget


def _budget_findings(budget: Budget) -> list[Finding]:
    """``sum_mismatch``, ``over_budget`` and ``pct_mismatch`` of the budget rows and total rows."""
    table = budget_table(budget.rows)  # stated amounts, a missing one summed from the rows below
    rows = budget.rows.assign(subject=(budget.rows["code"].fillna("") + " " + budget.rows["name"].fillna("")).str.strip())
    lines = pd.concat([rows, budget.stated_totals.assign(subject=budget.stated_totals["label"])], ignore_index=True)
    return [*_child_sums(rows, table), *_total_rows(budget.stated_totals, table), *_over_budget(lines), *_pct_mismatches(lines)]


def _child_sums(rows: pd.DataFrame, table: pd.DataFrame) -> list[Finding]:
    """Each row's stated budget and realisation against the sum of its child rows (``rows`` with a ``subject``)."""
    findings = []
    children = table[table["parent"].notna()]
    for parent in rows[rows["code"].isin(children["parent"])].itertuples():
        kids = children[children["parent"].eq(parent.code)]
        kid_level, level = _LEVEL_NAMES[kids["level"].iloc[0]], _LEVEL_NAMES[parent.level]
        for amount in AMOUNTS:
            name = _AMOUNT_NAMES[amount]
            stated = getattr(parent, amount)
            total = kids[amount].sum(skipna=False)
            findings += _sum_mismatch("budget", parent.location, (parent.subject, parent.subject),
                                      (f"{name[0]} {kid_level[0]}", f"{kid_level[1]} {name[1]}s"),
                                      (f"{name[0]} {level[0]}", f"{level[1]} {name[1]}"), total, stated,
                                      _digit_swap(kids, amount, stated - total))
    return findings


def _total_rows(totals: pd.DataFrame, table: pd.DataFrame) -> list[Finding]:
    """Each stated total row (``JUMLAH``) against the sum of the program rows of its sheet; a total that instead adds
    up the programs since the total above it is a subtotal (``Sub Jumlah`` after a group of programs), and holds.

    Example:
        >>> table = pd.DataFrame({"level": ["program"] * 3, "location": [f"a.xlsx:R!row {r}" for r in (2, 3, 5)],
        ...                       "budget": [100.0, 50.0, 10.0], "realised": [90.0, 40.0, 5.0]})
        >>> totals = pd.DataFrame({"label": ["Sub Jumlah", "JUMLAH"], "location": ["a.xlsx:R!row 4", "a.xlsx:R!row 6"],
        ...                        "budget": [150.0, 160.0], "realised": [130.0, 136.0]})
        >>> [f["message_en"] for f in _total_rows(totals, table)]
        ['JUMLAH: the programme realisations add up to 135, not the stated realisation JUMLAH 136 (difference 1)']
    """
    findings = []
    sheets = table["location"].map(_sheet)
    at = table["location"].map(_row)
    above: dict[str, int] = {}  # sheet → the row of the last total seen on it
    for total in totals.assign(at_row=totals["location"].map(_row)).sort_values("at_row", kind="stable").itertuples():
        sheet = _sheet(total.location)
        on_sheet = table["level"].eq("program") & sheets.eq(sheet)
        programs, since = table[on_sheet], table[on_sheet & at.gt(above.get(sheet, 0)) & at.lt(total.at_row)]
        above[sheet] = total.at_row
        if programs.empty:
            continue
        for amount in AMOUNTS:
            name, stated = _AMOUNT_NAMES[amount], getattr(total, amount)
            if len(since) < len(programs) and not since.empty and not pd.isna(stated) \
                    and abs(since[amount].sum(skipna=False) - stated) <= SUM_TOLERANCE:
                continue  # a subtotal of the programs since the total above it
            findings += _sum_mismatch("budget", total.location, (total.label, total.label),
                                      (f"{name[0]} program", f"programme {name[1]}s"),
                                      (f"{name[0]} {total.label}", f"{name[1]} {total.label}"),
                                      programs[amount].sum(skipna=False), stated)
    return findings


def _digit_swap(children: pd.DataFrame, amount: str, missing: float) -> tuple[str, str]:
    """The hint naming the one child amount whose two adjacent digits, swapped, add ``missing`` to the sum.

    Example:
        >>> kids = pd.DataFrame({"code": ["5.03.02.1.02"], "name": ["Mutasi dan Promosi ASN"], "realised": [893618832.0]})
        >>> _digit_swap(kids, "realised", -54_000_000)[0]
        '; kemungkinan angka tertukar: 5.03.02.1.02 Mutasi dan Promosi ASN 839.618.832, bukan 893.618.832, cocok dengan jumlah yang tercantum'
    """
    candidates = []
    for child in children.itertuples():
        value = getattr(child, amount)
        if pd.isna(value) or not float(value).is_integer():
            continue
        digits = str(int(value))
        for i, (a, b) in enumerate(pairwise(digits)):
            swapped = float(digits[:i] + b + a + digits[i + 2:])
            if a != b and abs(swapped - value - missing) <= SUM_TOLERANCE:
                candidates.append((f"{child.code} {child.name}", swapped, value))
    if len(candidates) != 1:
        return "", ""
    subject, (right_id, right_en), (printed_id, printed_en) = candidates[0][0], *(_numbers(v) for v in candidates[0][1:])
    return (f"; kemungkinan angka tertukar: {subject} {right_id}, bukan {printed_id}, cocok dengan jumlah yang tercantum",
            f"; possibly transposed digits: {subject} {right_en} instead of {printed_en} fits the stated total")


def _over_budget(lines: pd.DataFrame) -> list[Finding]:
    """Rows and total rows whose stated realisation exceeds their stated budget."""
    over = lines[lines["realised"] > lines["budget"]]
    findings = []
    for line in over.itertuples():
        (real_id, real_en), (budget_id, budget_en), (diff_id, diff_en) = (
            _numbers(v) for v in (line.realised, line.budget, line.realised - line.budget))
        findings.append({
            "severity": "error", "dataset": "budget", "check": "over_budget", "location": line.location,
            "message": f"{line.subject}: Realisasi {real_id} melebihi anggaran {budget_id} (selisih {diff_id})",
            "message_en": f"{line.subject}: realisation {real_en} exceeds the budget {budget_en} (by {diff_en})",
        })  # fmt: skip
    return findings


def _pct_mismatches(lines: pd.DataFrame) -> list[Finding]:
    """Rows and total rows whose stated % is not their realised / budget × 100 at its printed precision."""
    findings = []
    for line in lines[lines["stated_pct"].notna() & (lines["budget"] > 0) & lines["realised"].notna()].itertuples():
        computed = line.realised / line.budget * 100
        decimals = int(line.pct_decimals)
        if _rounds_to(line.stated_pct, computed, decimals):
            continue
        (stated_id, stated_en), (computed_id, computed_en) = _numbers(line.stated_pct, decimals), _numbers(computed, decimals + 2)
        findings.append({
            "severity": "warning", "dataset": "budget", "check": "pct_mismatch", "location": line.location,
            "message": f"{line.subject}: persentase realisasi tercantum {stated_id}% tidak sesuai dengan "
                       f"realisasi/anggaran {computed_id}%",
            "message_en": f"{line.subject}: the stated realisation {stated_en}% does not match realised/budget {computed_en}%",
        })  # fmt: skip
    return findings


# ---------------------------------------------------------------- indicators


def _capaian_mismatches(indicators: Indicators, year: int, rules: ReportRules) -> list[Finding]:
    """Numeric stated capaian of ``year`` that neither the uncapped nor the capped capaian rounds to."""
    values = indicators.values
    cells = values[values["kind"].eq("stated_capaian") & values["year"].eq(year).fillna(False).astype(bool)]
    table = achievement(indicators.indicators, values, year, rules).join(
        cells.set_index("id")["location"].rename("cell"), on="id")
    findings = []
    for row in table[table["stated_capaian"].notna() & table["achievement_pct"].notna()].itertuples():
        decimals = printed_decimals(row.stated_capaian_text)
        if any(_rounds_to(row.stated_capaian, pct, decimals) for pct in (row.achievement_pct, row.achievement_reported_pct)):
            continue
        (stated_id, stated_en), (pct_id, pct_en) = _numbers(row.stated_capaian, decimals), _numbers(row.achievement_pct, decimals + 2)
        message_id = f"{row.indicator}: capaian tercantum {stated_id}% tidak sesuai dengan capaian terhitung {pct_id}%"
        message_en = f"{row.indicator}: the stated capaian {stated_en}% does not match the computed {pct_en}%"
        if row.achievement_reported_pct != row.achievement_pct:
            (reported_id, reported_en), (cap_id, cap_en) = _numbers(row.achievement_reported_pct, decimals + 2), _numbers(rules.cap)
            message_id += f" maupun {reported_id}% setelah dibatasi {cap_id}%"
            message_en += f" nor {reported_en}% after the {cap_en}% cap"
        findings.append({"severity": "warning", "dataset": "indicators", "check": "capaian_mismatch", "location": row.cell,
                         "message": message_id, "message_en": message_en})
    return findings


#: an indicator measured in percent, by its unit or the first word of its name
_PERCENT_UNIT = re.compile(r"^\s*(?:%|\(%\)|persen|prosen)\s*$", re.IGNORECASE)
_PERCENT_NAME = re.compile(r"^\W*(?:[a-z0-9]{1,3}[.)]\s*)?(?:persentase|prosentase|presentase|proporsi)\b", re.IGNORECASE)


def _percent_as_fraction(indicators: Indicators, year: int) -> list[Finding]:
    """Percentage indicators of ``year`` whose target or realisation is written as a fraction (``0,96`` beside a
    target of ``95``: a cell whose percent format was lost in the export), which would give a capaian near 1 %.

    A value of at most 1,5 whose hundredfold is within a factor 2 of the other value (≥ 10) is taken as one; both
    cells are named. An error: the capaian computed from them cannot be the one meant, and an agency whose figures
    really are so far apart explains it in ``lakip.yml``.

    Example:
        >>> names = pd.DataFrame({"id": ["I01", "I02"], "indicator": ["Persentase A", "Nilai B"], "unit": [None, None]})
        >>> values = pd.DataFrame({"id": ["I01", "I01", "I02", "I02"], "kind": ["target", "realisation"] * 2,
        ...                        "year": [2024] * 4, "value": [95.0, 0.96, 95.0, 0.96], "location": ["k.xlsx:S!C2", "k.xlsx:S!D2",
        ...                        "k.xlsx:S!C3", "k.xlsx:S!D3"]})
        >>> [f["location"] for f in _percent_as_fraction(Indicators(names, values), 2024)]
        ['k.xlsx:S!D2']
    """
    values = indicators.values
    of_year = values[values["year"].eq(year).fillna(False).astype(bool) & values["kind"].isin(["target", "realisation"])]
    findings = []
    for row in indicators.indicators.itertuples():
        unit = getattr(row, "unit", None)
        if not (isinstance(unit, str) and _PERCENT_UNIT.match(unit) or _PERCENT_NAME.match(str(row.indicator))):
            continue
        mine = of_year[of_year["id"].eq(row.id)].dropna(subset=["value"]).drop_duplicates("kind").set_index("kind")
        if not {"target", "realisation"} <= set(mine.index):
            continue
        for small, big in (("realisation", "target"), ("target", "realisation")):
            fraction, other = float(mine.at[small, "value"]), float(mine.at[big, "value"])
            if 0 < fraction <= 1.5 and other >= 10 and 0.5 <= fraction * 100 / other <= 2:
                word_id, word_en = {"realisation": ("realisasi", "realisation"), "target": ("target", "target")}[small]
                other_id, other_en = {"realisation": ("realisasi", "realisation"), "target": ("target", "target")}[big]
                (f_id, f_en), (o_id, o_en), (p_id, p_en) = (
                    tuple(format_number(n, 4, lang, trailing_zeros=False) for lang in ("id", "en"))
                    for n in (fraction, other, fraction * 100))
                findings.append({
                    "severity": "error", "dataset": "indicators", "check": "percent_as_fraction",
                    "location": mine.at[small, "location"],
                    "message": f"{row.indicator}: {word_id} {f_id} ditulis sebagai pecahan di samping {other_id} {o_id} (%): "
                               f"maksudnya {p_id}%? Tulis keduanya dalam persen, atau format selnya sebagai persen di Excel",
                    "message_en": f"{row.indicator}: the {word_en} {f_en} is written as a fraction beside the {other_en} "
                                  f"{o_en} (%): {p_en}% meant? Write both in percent, or format the cell as a percentage "
                                  "in Excel"})
    return findings


# ---------------------------------------------------------------- staff


def _past_retirement(roster: pd.DataFrame | None, year: int, file: str) -> list[Finding]:
    """A roster of ``year`` listing employees who reached retirement age by its end: most likely the roster of an
    earlier year, copied into this year's folder."""
    if roster is None or not {"birth_date", "position_type"} <= set(roster.columns) or roster.empty:
        return []
    past = roster.loc[(retirement_year(roster) <= year).fillna(False).to_numpy(), "row"]
    if past.empty:
        return []
    rows = ", ".join(str(r) for r in past.head(5)) + (" …" if len(past) > 5 else "")
    return [{"severity": "warning", "dataset": "staff", "check": "past_retirement", "location": f"{file}, row {rows}",
             "message": f"{len(past)} pegawai sudah mencapai batas usia pensiun (BUP) pada akhir {year} tetapi masih tercantum: "
                        f"daftar pegawai mungkin dari tahun sebelumnya",
             "message_en": f"{len(past)} employees reached retirement age (BUP) by the end of {year} but are still listed: "
                           "the roster may be an earlier year's"}]


def _staff_findings(staff: Staff) -> list[Finding]:
    """``sum_mismatch`` and ``summaries_disagree`` of staff summaries; a roster has none (it states no totals)."""
    rows = _with_table(staff.summaries)
    stated = _with_table(staff.stated_totals)
    non_asn = _with_table(staff.non_asn)
    # a dimension's tables by status (Golongan PNS, Golongan PPPK: the loader keeps one table a dimension otherwise) are
    # one table where headcounts are compared, each still checked against its own total row
    whole = rows.groupby("dimension", sort=False)["table"].transform("first")
    joined = dict(zip(rows["table"], whole))
    rows_whole = rows.assign(table=whole)
    non_asn_whole = non_asn.assign(table=non_asn["table"].map(lambda t: joined.get(t, t)))
    return [*_gender_sums(rows, stated), *_table_totals(pd.concat([rows, non_asn]), stated),
            *_summaries_disagree(rows_whole, non_asn_whole, staff.headcounts), *_gender_splits_disagree(rows_whole, non_asn_whole),
            *_roster_disagrees(staff.roster, rows_whole)]


def _roster_disagrees(roster: pd.DataFrame | None, rows: pd.DataFrame) -> list[Finding]:
    """Each summary table (a REKAP sheet beside the roster) whose counts differ from the roster's, one finding a table."""
    if roster is None or rows.empty:
        return []
    findings = []
    for _, table in rows.groupby("table", sort=False):
        dimension = table["dimension"].iloc[0]
        if dimension not in roster.columns or not roster[dimension].notna().any():
            continue
        stated = table.groupby("category")["count"].sum()
        counted = count_by(roster, dimension).set_index("category")["count"]
        groups = golongan_table()["grp"] if dimension == "golongan" and not stated.index.str.contains("/").any() else None
        if groups is not None:  # a summary by group (IV, III …) against a roster by golongan (IV/a …)
            counted = counted.groupby(counted.index.map(lambda c: groups.get(c, c))).sum()
        off = [c for c in stated.index.union(counted.index) if abs(stated.get(c, 0) - counted.get(c, 0)) > SUM_TOLERANCE]
        if not off:
            continue
        name_id, name_en = _DIMENSION_NAMES[dimension]
        said, said_en = _listing([(c, c, stated.get(c, 0), counted.get(c, 0)) for c in off[:5]])
        findings.append({
            "severity": "error", "dataset": "staff", "check": "roster_disagrees", "location": table["location"].iloc[0],
            "message": f"Tabel rekap menurut {name_id} tidak sama dengan daftar pegawai (rekap/daftar): {said}",
            "message_en": f"The summary by {name_en} differs from the roster (summary/roster): {said_en}",
        })  # fmt: skip
    return findings


def _with_table(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with a ``table`` per row that tells one table from another: the loader's, plus the dimension (a
    cross-table gives two), or, in frames without one, the sheet."""
    tables = frame["table"] if "table" in frame.columns else frame["location"].map(_sheet)
    return frame.assign(table=tables.astype(str) + "|" + frame["dimension"].astype(str))


def _gender_sums(rows: pd.DataFrame, stated: pd.DataFrame) -> list[Finding]:
    """Each category's stated ``Jumlah`` against its L + P."""
    findings = []
    split = rows[rows["gender"].notna()]
    for row in stated[stated["category"].notna()].itertuples():
        parts = split[split["location"].eq(row.location) & split["category"].eq(row.category)]
        if not parts.empty:
            findings += _sum_mismatch("staff", row.location, (row.category, row.category), ("L + P", "men and women"),
                                      ("Jumlah", "total"), parts["count"].sum(), row.count)
    return findings


def _table_totals(rows: pd.DataFrame, stated: pd.DataFrame) -> list[Finding]:
    """Each table's stated total row (overall, and for L and P) against the sum of its rows."""
    findings = []
    for total in stated[stated["category"].isna()].itertuples():
        parts = rows[rows["table"].eq(total.table)]
        gender = ("", "")
        if pd.notna(total.gender):
            parts = parts[parts["gender"].eq(total.gender)]
            gender_id, gender_en = _GENDER_NAMES[total.gender]
            gender = (f" {gender_id}", f" for {gender_en}")
        name_id, name_en = _DIMENSION_NAMES[total.dimension]
        findings += _sum_mismatch("staff", total.location, (f"Tabel {name_id}", f"The {name_en} table"),
                                  (f"baris{gender[0]}", f"rows{gender[1]}"), (f"total{gender[0]}", f"total{gender[1]}"),
                                  parts["count"].sum(), total.count)
    return findings


def _gender_splits_disagree(rows: pd.DataFrame, non_asn: pd.DataFrame) -> list[Finding]:
    """Tables split by gender (``Pendidikan | L | P``) whose men or women differ from the gender table's (with or
    without the non-ASN staff the table counts apart: the gender table may count them or not)."""
    gender = rows[rows["dimension"].eq("gender")]
    if gender.empty:
        return []
    counts = gender.groupby("category")["count"].sum()
    findings = []
    split = rows[rows["gender"].notna() & rows["dimension"].ne("gender")]
    for table, part in split.groupby("table", sort=False):
        sums = part.groupby("gender")["count"].sum()
        aside = non_asn[non_asn["table"].eq(table) & non_asn["gender"].notna()].groupby("gender")["count"].sum()
        off = [g for g, total in sums.items()
               if g in counts and abs(total - counts[g]) > SUM_TOLERANCE and abs(total + aside.get(g, 0) - counts[g]) > SUM_TOLERANCE]
        if not off:
            continue
        name_id, name_en = _DIMENSION_NAMES[part["dimension"].iloc[0]]
        said_id, said_en = _listing([(*_GENDER_NAMES[g], sums[g]) for g in sums.index])
        want_id, want_en = _listing([(*_GENDER_NAMES[g], counts[g]) for g in sums.index if g in counts])
        findings.append({
            "severity": "error", "dataset": "staff", "check": "summaries_disagree", "location": part["location"].iloc[0],
            "message": f"Tabel menurut {name_id} menghitung {said_id}; tabel jenis kelamin {want_id}",
            "message_en": f"The table by {name_en} counts {said_en}; the gender table {want_en}",
        })  # fmt: skip
    return findings


def _summaries_disagree(rows: pd.DataFrame, non_asn: pd.DataFrame, headcounts: pd.DataFrame) -> list[Finding]:
    """Tables whose headcount differs from the one most tables give (ties: the earliest dimension's).

    A table that counts non-ASN staff apart agrees by its ASN headcount or by its headcount with them (a
    golongan table of 75 PNS and 12 honorer beside a gender table of all 87), and a table may count the staff that
    one such table counts apart. A table by something the kit does not model (age, unit, eselon with its
    non-eselon staff) counts by the headcount it states.
    """
    tables = rows.groupby("table", sort=False).agg(dimension=("dimension", "first"), total=("count", "sum"),
                                                    location=("location", "first"))
    tables["all"] = tables["total"] + non_asn.groupby("table")["count"].sum().reindex(tables.index, fill_value=0)
    tables["names"] = [_DIMENSION_NAMES[d] for d in tables["dimension"]]
    if len(tables) and len(headcounts):
        other = pd.DataFrame({"dimension": None, "total": headcounts["count"].to_numpy(), "location": headcounts["location"].to_numpy(),
                              "names": list(zip(headcounts["name"], headcounts["name_en"]))}, index=headcounts["table"].to_numpy())
        tables = pd.concat([tables, other.assign(all=other["total"])])
    if tables["total"].nunique() < 2:
        return []
    # the modelled dimensions first, in report order: a tie goes to the earliest of them
    tables = tables.sort_values("dimension", key=lambda d: d.map(lambda v: DIMENSIONS.index(v) if v in DIMENSIONS else len(DIMENSIONS)),
                                kind="stable")
    votes = pd.concat([tables["total"], tables.loc[tables["all"].ne(tables["total"]), "all"]])
    agreed = votes.groupby(votes, sort=False).size().idxmax()  # the first of the most common totals
    # a table may count the non-ASN staff another table counts apart (a table by unit of PNS and PTT)
    with_non_asn = set(tables.loc[tables["total"].eq(agreed), "all"]) - {agreed}
    tables = tables.assign(agrees=tables["total"].eq(agreed) | tables["all"].eq(agreed) | tables["total"].isin(with_non_asn))
    agreeing = tables.loc[tables["agrees"], "names"].tolist()
    agreed_id, agreed_en = _numbers(agreed)
    by_id, by_en = (", ".join(names[i] for names in agreeing) for i in (0, 1))
    findings = []
    for table in tables[~tables["agrees"]].itertuples():
        (name_id, name_en), (total_id, total_en) = table.names, _numbers(table.total)
        findings.append({
            "severity": "error", "dataset": "staff", "check": "summaries_disagree", "location": table.location,
            "message": f"Jumlah pegawai menurut {name_id} {total_id} tidak sama dengan menurut {by_id} {agreed_id}",
            "message_en": f"The headcount by {name_en} is {total_en}, but {agreed_en} by {by_en}",
        })  # fmt: skip
    return findings
