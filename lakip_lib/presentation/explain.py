"""``lakip check --explain``: how each table of a year's files was read, as text.

A view of the recognition records (:class:`~lakip_lib.loading.recognise.Recognition`):
for each file and sheet, the table found (its header rows and body rows), each
column's header path and the field it was read as, the rows skipped and why,
the columns not used; and for a file that could not be read, its problems
and a ``header_aliases:`` snippet for ``lakip.yml`` naming the columns that
were not found.
"""

from __future__ import annotations

from collections.abc import Iterable

import yaml

from ..errors import Problem, missing_field
from ..messages import expects
from ..loading.recognise import Recognition
from ..loading.recognise.content import FITS, KINDS, fits

#: the kit's field names a snippet may name, by dataset, with what the user's column holds
FIELD_HINTS = {
    "staff": {"nip": "the NIP", "golongan": "the golongan", "gender": "the gender (L/P)", "position_type": "the position type"},
    "summary": {"category": "each row's category", "count": "the count"},
    "indicators": {"indicator": "the indicator's name", "target": "the target", "realisation": "the realisation"},
    "budget": {"name": "the program or kegiatan name", "budget": "the budget (anggaran, pagu)", "realised": "the realisation"},
    "assets": {"item": "the item's name", "good": "the count in good condition", "damaged": "the count damaged"},
}


def explain(file: str, records: list[Recognition], problems: Iterable[Problem] = (), dataset: str | None = None) -> str:
    """The explanation of one file: each table's record, then its problems and a ``lakip.yml`` snippet, if any.

    Example:
        >>> record = Recognition("anggaran.xlsx", "Data", "budget", (3, 3), (4, 10),
        ...                      columns=[("A3", "Kode", "code", "alias"), ("B3", "Uraian", "name", "alias")],
        ...                      unused=[("C3", "Pagu Awal")], skipped_rows=[(10, "footer")], data_rows=6)
        >>> print(explain("anggaran.xlsx", [record]))
        anggaran.xlsx
          sheet 'Data': budget table, header row 3, body rows 4–9 (6 data rows)
            A3  'Kode' → code
            B3  'Uraian' → name
            not used: C3 'Pagu Awal'
            rows skipped: 10 (footer)
    """
    lines = [file]
    for record in records:
        lines += _record(record)
    problems = list(problems)
    if problems:
        lines.append("  not read:")
        lines += [f"    - {p}" for p in problems]
        snippet = aliases_snippet(records, problems, dataset)
        if snippet:
            lines.append("  if a column is there under another header, name it in lakip.yml:")
            lines += ["    " + line for line in snippet.splitlines()]
    return "\n".join(lines)


#: how a column's field was settled, when not by a header spelling alone
_HOW = {"label": "the labels beside the counts: no header spelling names them", "typo": "by a typo of a rule word (a letter off, or a syllable typed twice)",
        "sum": "by the sums: the total adds up its parts on every row",
        "to date": "of the realisations by period, the one to date: the one before plus this period's make it on most rows",
        "content": "of the columns so headed, the only one whose cells fit the field",
        "apart": "of the columns so headed, the only one whose cells do not repeat",
        "own": "of the columns so headed, the only one not under another column's group label",
        "now": "of the columns so headed, the one of the state now; the others are the first state's",
        "in the name": "no NIP column: each name cell holds its person's one 18-digit NIP, read from there",
        "nips": "no NIP header: the one column whose cells are mostly 18-digit NIPs (a system's own staff numbers)",
        "title": "no indicator column: the table's title names its one indicator, whose values are on one row",
        "months": "no realisation column: the months side by side are the realisation by month",
        "eselon": "no position-type column: a post with an eselon is structural",
        "one-hot": "one mark per person under the band's columns: the marked column's header is the value",
        "unheaded": "no header: its names head the rows named beside them, the level above them, as bidang over kegiatan",
        "marked": "one mark per item under the columns of its conditions: the marked column's header is its condition",
        "band": "no indicator column: its column band's label names it, each row is a unit, the total row the agency's",
        "share": "by the cells: on every unit row the share is 100 × its numerator / its denominator",
        "stacked": "by the cells: each stacks this figure after its label, with the row's other figures",
        "commentary": "by commentary_words.csv: its label heads text about the figures, never a figure"}


def _record(record: Recognition) -> list[str]:
    if record.header_rows is None:
        return [f"  sheet '{record.sheet}': {record.reason or 'no table'}"]
    first, last = record.header_rows
    header = f"header row {first}" if first == last else f"header rows {first}–{last}"
    body = ""
    if record.body_rows:
        span = record.body_span
        rows = "no body row" if span is None else f"body row {span[0]}" if span[0] == span[1] else f"body rows {span[0]}–{span[1]}"
        body = f", {rows} ({record.data_rows} data row{'' if record.data_rows == 1 else 's'})"
    kind = {"staff": "roster", "summary": "staff summary"}.get(record.dataset or "", record.dataset or "unknown")
    status = "" if record.status == "used" else f" — {record.status}: {record.reason}"
    lines = [f"  sheet '{record.sheet}': {kind} table, {header}{body}{status}"]
    for cell, path, field, how in record.columns:
        by = "" if how in ("alias", "words", "category") else f" ({_HOW.get(how, 'by header_rules.csv')})"
        lines.append(f"    {cell:<4}'{path}' → {field}{by}")
    if record.unused:
        lines.append("    not used: " + ", ".join(f"{cell} '{path}'" for cell, path in record.unused))
    if record.skipped_rows:
        lines.append("    rows skipped: " + ", ".join(f"{row} ({role})" for row, role in record.skipped_rows))
    return lines


def aliases_snippet(records: list[Recognition], problems: list[Problem], dataset: str | None = None) -> str:
    """A ``header_aliases:`` block for ``lakip.yml`` with each field the problems say is missing, its value the first
    header of the sheet that was not used and whose cells fit the field (amounts for a budget, numbers or grades for
    a target, words for a name), or a placeholder that says no column fits. A table refused for its layout (items
    over several lines), which no header mends, gets none.

    Example:
        >>> record = Recognition("anggaran.xlsx", "Data", "budget", (7, 7), unused=[("A7", "No Rek"), ("C7", "Sebelum"), ("D7", "Sesudah")],
        ...                      content={"A7": "code", "C7": "money", "D7": "money"})
        >>> print(aliases_snippet([record], [Problem("anggaran.xlsx", "Data", "row 7", expected=expects("column_for", field="budget", examples="'Anggaran'"))]))
        header_aliases:
          budget:
            budget: [Sebelum]  # the budget (anggaran, pagu); the headers not used whose cells are amounts: 'Sebelum', 'Sesudah'
    """
    missing: list[tuple[str, str]] = []
    for problem in problems:
        if field := missing_field(problem):
            record = next((r for r in records if r.sheet == problem.sheet and r.dataset), None)
            owner = record.dataset if record else dataset
            if record is not None and not record.aliases_help:
                continue
            if owner and (owner, field) not in missing:
                missing.append((owner, field))
    if not missing:
        return ""
    tree: dict[str, dict[str, list[str]]] = {}
    comments: dict[tuple[str, str], str] = {}
    for owner, field in missing:
        hint = FIELD_HINTS.get(owner, {}).get(field, field)
        unused = [(path, r.content.get(cell)) for r in records if r.dataset == owner for cell, path in r.unused]
        fitting = [path for path, kind in unused if fits(field, kind)]
        wanted = " or ".join(KINDS[k] for k in sorted(FITS.get(field, ())))
        tree.setdefault(owner, {})[field] = [fitting[0] if fitting else f"<the header of {hint}>"]
        if fitting:
            said = f"the headers not used whose cells are {wanted}" if field in FITS else "the headers not used"
            comments[(owner, field)] = f"{hint}; {said}: {', '.join(repr(u) for u in fitting)}"
        elif unused:
            held = ", ".join(f"{path!r} ({KINDS[kind]})" if kind else repr(path) for path, kind in unused)
            comments[(owner, field)] = f"{hint}; no column not used holds {wanted}: {held}"
        else:
            comments[(owner, field)] = hint
    text = yaml.safe_dump({"header_aliases": tree}, allow_unicode=True, default_flow_style=None, sort_keys=False, width=1000)
    lines = []
    owner = None
    for line in text.splitlines():
        stripped = line.strip()
        if line.startswith("  ") and not line.startswith("    "):
            owner = stripped.rstrip(":")
        elif line.startswith("    ") and owner:
            field = stripped.split(":")[0]
            line += f"  # {comments[(owner, field)]}"
        lines.append(line)
    return "\n".join(lines)
