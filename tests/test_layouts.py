"""The corpus of real layouts (``tests/layouts/``) through the real ``lakip check`` and ``lakip build``.

Each case is one table as an agency published it, or one export's column
layout; ``tests/layouts/README.md`` cites the source of each. A case passes
when ``lakip check`` prints no traceback, loads the case's dataset (never a
silently empty one), gives the expected numbers and exactly the expected
errors and warnings (a published mistake is an expected finding); or, for a
layout the kit cannot read, refuses it with the expected message.

Cases the kit does not read yet are listed in :data:`NOT_READ` with the
message each gets: they run as strict xfails, so a fix that makes one pass
must take it off the list.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from layouts import CASES
from layouts.case import Layout
from lakip_lib.analysis.budget import budget_table
from lakip_lib.analysis.checks import reconcile
from lakip_lib.analysis.staffing import count_by
from lakip_lib.cli import main
from lakip_lib.loading.year import load_year
from lakip_lib.loading.parse import clean_text, is_no_value

#: case id → why the kit does not read it yet (the closing note of issue 11 lists them with their messages)
NOT_READ: dict[str, str] = {
    "budget-setwan-dprd-rfk-satu-sub-kegiatan-per-bulan-empat-nilai-per-sel-tanpa-total-realisasi":
        "refused at A10 naming the label line A6 'SUBKEGIATAN : 4.02.02.2.01.0001 - …': the rows are that one sub "
        "kegiatan's belanja items, with no realisation total; reading it needs the label line as the row, the DPA total "
        "as its budget and, as its realisation, the sum of the second line ('Real Keuangan', by the labels stacked in "
        "the 'RFK' column) of each item's stacked 'Jumlah' cell, none of which the recognition does yet",
}

#: cases built through ``lakip build`` by default (one per dataset and kind of layout, a refused one); ``LAKIP_ALL_LAYOUTS=1``
#: builds all (about 3 minutes)
BUILT = {"staff-kec-payakumbuh-selatan-terpilah-2023", "staff-siasn-export-full", "ind-matim-kematian-ibu-bayi-2019",
         "ind-lapas-baubau-colformula-2022", "budget-sumut-setda-ss3-2021", "budget-polman-simkinerja-eselon4-2022",
         "assets-sultra-ruang-kelas-2016", "ind-pa-kualakurun-year-rows-2021", "ind-barantan-yogyakarta-ikt-capaian-2020"}


def _params(cases: list[Layout]) -> list:
    return [pytest.param(case, id=case.id, marks=[pytest.mark.xfail(strict=True, reason=NOT_READ[case.id])] if case.id in NOT_READ else [])
            for case in cases]


def test_the_corpus_is_wide():
    assert len(CASES) >= 30
    assert len({case.id for case in CASES}) == len(CASES)
    assert {case.dataset for case in CASES} == {"staff", "indicators", "budget", "assets"}
    readme = (Path(__file__).parent / "layouts" / "README.md").read_text(encoding="utf-8")
    rows = {line.split("`")[1]: line.rsplit("|", 2)[-2].strip() for line in readme.splitlines() if line.startswith("| `")}
    for case in CASES:
        status = ("not read yet" if case.id in NOT_READ else "refused, read after `header_aliases`" if case.refused and case.aliases
                  else "refused with a message" if case.refused else "warned, read after `lakip.yml` settings" if case.told else "read")
        assert rows.get(case.id) == status, f"tests/layouts/README.md: {case.id} is {status!r}"


#: findings about the year folder and its settings, not about the layout: each case is a folder with one file and no
#: lakip.yml, so every case has them (the tests of lakip check and of the settings check them)
_OF_THE_FOLDER = {"dataset_missing", "settings_missing"}


def _findings(found: pd.DataFrame) -> Counter:
    return Counter((severity, check) for severity, check in zip(found["severity"], found["check"]) if check not in _OF_THE_FOLDER)


def _close(got: object, want: object) -> bool:
    if want is None:
        return got is None or (isinstance(got, float) and math.isnan(got))
    if isinstance(want, str):
        return isinstance(got, str) and clean_text(got).casefold() == clean_text(want).casefold()
    return isinstance(got, (int, float)) and not math.isnan(got) and math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-6)


def _value(values: pd.DataFrame, ident: str, kind: str, year: int) -> object:
    """The value of one indicator's ``kind`` for ``year``: its number, else its text (a grade), else None."""
    rows = values[values["id"].eq(ident) & values["kind"].eq(kind) & values["year"].eq(year).fillna(False).astype(bool)]
    if rows.empty:
        return None
    number, text = rows["value"].iloc[0], rows["text"].iloc[0]
    return float(number) if pd.notna(number) else None if is_no_value(text) else text


def _name(got: object, want: str) -> bool:
    return isinstance(got, str) and clean_text(want).casefold() in clean_text(got).casefold()


def compare(case: Layout, data) -> list[str]:
    """What the loaded year gives that the case does not expect, one line each (empty when it all agrees)."""
    loaded = getattr(data, case.dataset if case.dataset != "assets" else "assets")
    if loaded is None:
        return [f"no {case.dataset} dataset loaded"]
    diffs = []
    if case.dataset == "staff":
        frame = loaded.roster if loaded.roster is not None else loaded.summaries
        for dimension, want in case.expected.items():
            try:
                counts = count_by(frame, dimension)
            except Exception as err:  # noqa: BLE001 - the difference is the report
                diffs.append(f"{dimension}: {err}")
                continue
            got = {c: int(n) for c, n in zip(counts["category"], counts["count"]) if n}
            if got != {c: n for c, n in want.items() if n}:
                diffs.append(f"{dimension}: got {got}, expected {want}")
    elif case.dataset == "indicators":
        rows = loaded.indicators
        if len(rows) != len(case.expected):
            diffs.append(f"{len(rows)} indicators, expected {len(case.expected)}: {rows['indicator'].tolist()}")
        for (_, row), want in zip(rows.iterrows(), case.expected):
            if not _name(row["indicator"], want["indicator"]):
                diffs.append(f"indicator {row['indicator']!r}, expected one starting {want['indicator']!r}")
            for kind in ("target", "realisation"):
                got = _value(loaded.values, row["id"], kind, case.year)
                if not _close(got, want[kind]):
                    diffs.append(f"{want['indicator']}: {kind} {got!r}, expected {want[kind]!r}")
            if row["polarity"] != want["polarity"]:
                diffs.append(f"{want['indicator']}: polarity {row['polarity']}, expected {want['polarity']}")
    elif case.dataset == "budget":
        # a heading with no amounts of its own stands with its rows' sums, as the report shows it
        rows = budget_table(loaded.rows)
        rows = rows[rows["budget"].notna() | rows["realised"].notna()]
        if len(rows) != len(case.expected):
            diffs.append(f"{len(rows)} budget rows with amounts, expected {len(case.expected)}: {rows['name'].tolist()}")
        for (_, row), want in zip(rows.iterrows(), case.expected):
            if not _name(row["name"], want["name"]) or row["level"] != want["level"] \
                    or not _close(row["budget"], float(want["budget"])) or not _close(row["realised"], want["realised"]):
                diffs.append(f"row {row['location']}: {row['level']} {row['name']!r} {row['budget']} {row['realised']}, expected {want}")
    else:
        rows = loaded.rows
        if len(rows) != len(case.expected):
            diffs.append(f"{len(rows)} items, expected {len(case.expected)}: {rows['item'].tolist()}")
        for (_, row), want in zip(rows.iterrows(), case.expected):
            damaged = row["damaged"]
            if not _name(row["item"], want["item"]) or not _close(row["good"], want["good"]) or not _close(damaged, want["damaged"]):
                diffs.append(f"{row['location']}: {row['item']!r} {row['good']} {damaged}, expected {want}")
    return diffs


@pytest.mark.parametrize("case", _params(CASES))
def test_lakip_check_reads_the_layout(case, tmp_path, capsys):
    raw = tmp_path / "raw"
    case.write(raw / str(case.year))
    code = main(["check", "--year", str(case.year), "--data", str(raw), "--lang", "en"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    if case.refused:
        assert code == 2 and case.refused in err, err
        if not case.aliases:
            return
        case.write(raw / str(case.year), aliases=True)  # as the message says: the headers named in lakip.yml
        code = main(["check", "--year", str(case.year), "--data", str(raw), "--lang", "en"])
        out, err = capsys.readouterr()
    if case.told:
        assert code in (0, 1) and case.told in out, out
        case.write(raw / str(case.year), aliases=True)  # the settings the warning asks for, in lakip.yml
        code = main(["check", "--year", str(case.year), "--data", str(raw), "--lang", "en"])
        out, err = capsys.readouterr()
    assert code in (0, 1) and err == "", err
    data = load_year(raw, case.year)
    found = reconcile(data)
    diffs = compare(case, data)
    want = Counter(case.findings)
    got = _findings(found)
    serious = Counter({k: n for k, n in got.items() if k[0] != "info"})
    if serious != Counter({k: n for k, n in want.items() if k[0] != "info"}) or any(got[k] < n for k, n in want.items()):
        diffs.append(f"findings {dict(got)}, expected {dict(want)}:\n" + found[["severity", "check", "location", "message_en"]].to_string())
    assert not diffs, "\n".join(diffs) + "\n--- lakip check:\n" + out


#: case id → why ``lakip build`` does not end as the test asks yet (strict xfails, like :data:`NOT_READ`)
BUILD_NOT_READ: dict[str, str] = {}


@pytest.mark.slow
@pytest.mark.parametrize("case", [
    pytest.param(c, id=c.id, marks=[pytest.mark.xfail(strict=True, reason=BUILD_NOT_READ[c.id])] if c.id in BUILD_NOT_READ else [])
    for c in CASES if os.environ.get("LAKIP_ALL_LAYOUTS") or c.id in BUILT])
def test_lakip_build_renders_the_layout(case, tmp_path):
    """The real command on a year holding only this case's file: a report, or the refusal ``lakip check`` gives; never
    a traceback. A layout not read yet may go either way, but only with one line saying why."""
    raw = tmp_path / "raw"
    case.write(raw / str(case.year), aliases=True)
    # in English, as the refusals the cases quote (lakip check is run so too)
    run = subprocess.run([sys.executable, "-m", "lakip_lib.cli", "build", "--year", str(case.year), "--data", str(raw),
                          "--lang", "en", "--out", str(tmp_path / "out"), "--jobs", "1"], capture_output=True, text=True, timeout=300)
    assert "Traceback" not in run.stdout + run.stderr
    # the one-file year folder has no lakip.yml: the build warns of that on a line of its own before any FAILED line
    failed = [line for line in run.stderr.splitlines() if line.startswith(f"{case.year}: FAILED: ")]
    refused = run.returncode == 1 and len(failed) == 1
    if case.refused and not case.aliases:
        assert refused and case.refused in run.stderr, run.stderr
    elif case.id in NOT_READ and refused:
        assert "internal error" not in run.stderr, run.stderr
    else:
        assert run.returncode == 0, run.stderr
        assert (tmp_path / "out" / str(case.year) / f"lakip-{case.year}.html").is_file()
