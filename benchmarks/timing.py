"""Shared measuring helpers for the benchmarks."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

BIN = Path(sys.executable).parent
T = TypeVar("T")


def take_turns(actions: dict[str, Callable[[], T]], repeats: int, warmup: str | None = None) -> dict[str, list[T]]:
    """What each action returns, over ``repeats`` rounds in which every action runs once, in turn, so a busy
    moment of a shared machine weighs on all of them alike; after a warm-up: a round of every action, or one run
    of the action named ``warmup``."""
    for name, action in actions.items():
        if warmup in (None, name):
            action()
    results: dict[str, list[T]] = {name: [] for name in actions}
    for _ in range(repeats):
        for name, action in actions.items():
            results[name].append(action())
    return results


def wall(action: Callable[[], object]) -> Callable[[], float]:
    """``action``, returning the wall time it took."""

    def timed() -> float:
        started = time.perf_counter()
        action()
        return time.perf_counter() - started

    return timed


def median_seconds(action: Callable[[], object], repeats: int) -> float:
    """Median wall time of ``action`` over ``repeats`` runs after one untimed run."""
    return statistics.median(take_turns({"action": wall(action)}, repeats)["action"])


def command(*args: str | Path, cwd: Path | None = None) -> Callable[[], None]:
    """An action running a command of the kit's environment, failing loudly."""
    argv = [str(BIN / str(args[0])), *map(str, args[1:])]

    def run() -> None:
        subprocess.run(argv, check=True, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    return run


def figure(name: str, kit: float, baseline: float, target: float, unit: str = "s", **extra: object) -> dict:
    """One benchmark figure as ``python -m benchmarks`` prints and stores it; ``unit``: of ``kit`` and ``baseline``,
    seconds unless told otherwise (``MB`` for memory; the keys stay ``kit_s`` and ``baseline_s``)."""
    row = {"figure": name, "kit_s": round(kit, 4), "baseline_s": round(baseline, 4),
           "ratio": round(kit / baseline, 4), "target": target, "extra": extra}
    if unit != "s":
        row["unit"] = unit
    return row
