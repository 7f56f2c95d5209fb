"""Load figures: a personnel-system roster of 200,000 and of 1,000,000 rows, and a cached load of a year.

``load_200k`` and ``load_1m``: :func:`lakip_lib.loading.load_staff` against
``pandas.read_excel(path, engine="calamine")`` of the same file, which only
reads the cells; the kit's time includes finding the header under the title
rows, checking every NIP and normalising every column. ``cached_load``:
:func:`lakip_lib.loading.load_year` of an unchanged year folder whose cache
is written, against the first load (which parses the workbooks and writes
the cache).

Every run is a child process of its own (interpreter start and imports not
timed), so its peak resident memory (``ru_maxrss``) is the run's own: the
baseline's and the kit's are both reported, with the kit's limit for a
million rows (:data:`PEAK_LIMIT_MB`). The runs take turns, round after round
(:func:`rounds`), after a warm-up round (for a million rows, one warm-up
load by the kit, which puts the file in the page cache for both); the median CPU time of
each (all threads: the kit scans the XML on the second core while calamine
reads) is reported too, since the machine may be shared.

The inputs are generated once by :func:`lakip_lib.demo.write_roster` and
:func:`lakip_lib.demo.write_demo` (the SIASN layout of the bundled sample:
title rows, then ``NO``, ``NIP BARU`` … ``TMT CPNS``) and kept under
``benchmarks/.cache/`` (gitignored).
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from lakip_lib.demo import write_demo, write_roster

from .timing import figure, take_turns

CACHE = Path(__file__).resolve().parent / ".cache"
#: the most resident memory a load of a million rows may take
PEAK_LIMIT_MB = 1024
#: timed runs of the million-row figure, whatever ``repeats`` says: each pandas run takes half a minute
MILLION_REPEATS = 3

# what a child process runs: the action, timed (wall, and CPU of all its threads), then its peak memory (ru_maxrss is in KiB on Linux)
_CHILD = """
import json, resource, sys, time
{setup}
def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
started, cpu_started = time.perf_counter(), cpu()
{action}
seconds, cpu_seconds = time.perf_counter() - started, cpu() - cpu_started
print(json.dumps({{"seconds": seconds, "cpu_seconds": cpu_seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""
_PANDAS = ("import pandas", "pandas.read_excel(sys.argv[1], engine='calamine')")
_KIT = ("from lakip_lib.loading import load_staff", "load_staff(sys.argv[1])")
_YEAR = ("from lakip_lib.loading import load_year", "load_year(sys.argv[1], int(sys.argv[2]), cache_dir=sys.argv[3])")
_PLAIN_YEAR = ("from lakip_lib.loading import load_year", "load_year(sys.argv[1], int(sys.argv[2]))")


def roster(n: int) -> Path:
    """A SIASN roster of ``n`` employees, generated once (seed 0, year 2024) and kept in the cache folder."""
    path = CACHE / f"pegawai-{n}.xlsx"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        partial = path.with_suffix(".partial.xlsx")
        write_roster(partial, n, 2024, seed=0)
        partial.replace(path)
    return path


def demo_year(employees: int) -> Path:
    """A data folder of one generated year (2024) with a roster of ``employees``, generated once."""
    folder = CACHE / f"year-{employees}"
    if not (folder / "2024").exists():
        partial = CACHE / f"year-{employees}.partial"
        shutil.rmtree(partial, ignore_errors=True)
        write_demo(partial, employees, 1, start_year=2024, seed=0)
        partial.replace(folder)
    return folder


def child(code: tuple[str, str], *args: object) -> dict[str, float]:
    """Run ``code`` (setup, action) in a fresh interpreter: the action's wall and CPU time and the process's peak memory."""
    setup, action = code
    run = subprocess.run([sys.executable, "-c", _CHILD.format(setup=setup, action=action), *map(str, args)],
                         check=True, capture_output=True, text=True)
    return json.loads(run.stdout.strip().splitlines()[-1])


def rounds(actions: dict[str, Callable[[], dict[str, float]]], repeats: int,
           warmup: str | None = None) -> dict[str, dict[str, float]]:
    """Each action's median wall time, median CPU time and highest peak memory (MB), the actions taking turns
    (:func:`~benchmarks.timing.take_turns`)."""
    return {name: {"seconds": statistics.median(r["seconds"] for r in runs),
                   "cpu_seconds": statistics.median(r["cpu_seconds"] for r in runs),
                   "peak_mb": max(r["peak_mb"] for r in runs)} for name, runs in take_turns(actions, repeats, warmup).items()}


def load_figure(name: str, n: int, repeats: int, target: float) -> dict:
    """``load_staff`` against pandas + calamine on a roster of ``n`` rows."""
    path = roster(n)
    # a million rows: one warm-up (the kit's, the shorter) brings the file into the page cache for both
    got = rounds({"baseline": lambda: child(_PANDAS, path), "kit": lambda: child(_KIT, path)}, repeats,
                 warmup="kit" if n >= 1_000_000 else None)
    kit, baseline = got["kit"], got["baseline"]
    extra = {"rows": n, "runs": repeats, "kit_peak_mb": round(kit["peak_mb"]), "baseline_peak_mb": round(baseline["peak_mb"]),
             "kit_cpu_s": round(kit["cpu_seconds"], 3), "baseline_cpu_s": round(baseline["cpu_seconds"], 3)}
    if n >= 1_000_000:
        extra["peak_limit_mb"] = PEAK_LIMIT_MB
        extra["peak_ok"] = kit["peak_mb"] <= PEAK_LIMIT_MB
    return figure(name, kit["seconds"], baseline["seconds"], target, **extra)


def cached_figure(repeats: int) -> dict:
    """``load_year`` with a warm cache against the first load (parse, then write the cache), 200,000 employees;
    also against a load without a cache (parse only), in ``extra``."""
    data = demo_year(200_000)
    with tempfile.TemporaryDirectory() as tmp:
        cold, warm = Path(tmp) / "cold", Path(tmp) / "warm"

        def first() -> dict[str, float]:
            shutil.rmtree(cold, ignore_errors=True)  # every first load finds no cache
            return child(_YEAR, data, 2024, cold)

        child(_YEAR, data, 2024, warm)  # the cache the cached loads find
        got = rounds({"first": first, "cached": lambda: child(_YEAR, data, 2024, warm),
                      "plain": lambda: child(_PLAIN_YEAR, data, 2024)}, repeats)
    cached, first_load, plain = got["cached"], got["first"], got["plain"]
    return figure("cached_load", cached["seconds"], first_load["seconds"], 0.1, employees=200_000, runs=repeats,
                  baseline_is="the first load_year (parse + write the cache)", kit_peak_mb=round(cached["peak_mb"]),
                  baseline_peak_mb=round(first_load["peak_mb"]), load_without_cache_s=round(plain["seconds"], 3),
                  ratio_to_load_without_cache=round(cached["seconds"] / plain["seconds"], 3))


def run(repeats: int) -> list[dict]:
    return [
        load_figure("load_200k", 200_000, repeats, 0.85),
        load_figure("load_1m", 1_000_000, min(repeats, MILLION_REPEATS), 0.5),
        cached_figure(repeats),
    ]
