"""Run the benchmarks: ``make bench`` or ``python -m benchmarks [--only NAME] [--repeats N]``.

Every ``bench_*.py`` module here exposes ``run(repeats) -> list[dict]``; each
dict is one figure: ``figure``, ``kit_s``, ``baseline_s`` (measured in the
same run), ``ratio``, ``target`` (the ratio to stay under) and ``extra``; a
figure of memory says ``unit: MB`` (its two values are then megabytes).
Times are medians of ``repeats`` runs after one warm-up. The figures are
printed and written to ``benchmarks/results/latest.json``; the previous
run's file is kept as ``previous.json`` and compared.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--only", action="append", help="run only bench_<NAME>.py (repeatable)")
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per figure after a warm-up (default 5)")
    args = parser.parse_args(argv)
    modules = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if args.only:
        modules = [m for m in modules if m.removeprefix("bench_") in args.only]
    started = time.perf_counter()
    rows = []
    for name in modules:
        module = importlib.import_module(f"benchmarks.{name}")
        for row in module.run(args.repeats):
            rows.append(row)
            _print(row)
    previous = _load(RESULTS / "latest.json")
    RESULTS.mkdir(exist_ok=True)
    if previous:
        (RESULTS / "previous.json").write_text(json.dumps(previous, indent=1, sort_keys=True) + "\n")
    report = {"machine": platform.platform(), "python": platform.python_version(), "repeats": args.repeats,
              "seconds": round(time.perf_counter() - started, 1), "figures": rows}
    (RESULTS / "latest.json").write_text(json.dumps(report, indent=1, sort_keys=True) + "\n")
    _compare(previous, rows)
    failed = [r["figure"] for r in rows if r["ratio"] > r["target"]]
    print(f"\n{len(rows)} figures in {report['seconds']} s; {'all targets met' if not failed else 'MISSED: ' + ', '.join(failed)}")
    return 1 if failed else 0


def _print(row: dict) -> None:
    verdict = "ok" if row["ratio"] <= row["target"] else "MISSED"
    extra = "  " + ", ".join(f"{k} {v}" for k, v in sorted(row.get("extra", {}).items())) if row.get("extra") else ""
    unit = row.get("unit", "s")
    print(f"{row['figure']:<14} kit {row['kit_s']:8.3f} {unit}  baseline {row['baseline_s']:8.3f} {unit}  "
          f"ratio {row['ratio']:6.3f}  target <= {row['target']:<5} {verdict}{extra}", flush=True)


def _load(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def _compare(previous: dict | None, rows: list[dict]) -> None:
    if not previous:
        return
    before = {r["figure"]: r for r in previous.get("figures", [])}
    print("\nagainst the previous run:")
    for row in rows:
        old = before.get(row["figure"])
        if old:
            print(f"  {row['figure']:<14} ratio {old['ratio']:.3f} -> {row['ratio']:.3f}")


if __name__ == "__main__":
    sys.exit(main())
