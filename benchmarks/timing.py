"""Shared measuring helpers for the benchmarks."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

BIN = Path(sys.executable).parent


def median_seconds(action: Callable[[], object], repeats: int, warmup: int = 1) -> float:
    """Median wall time of ``action`` over ``repeats`` runs after ``warmup`` untimed runs."""
    for _ in range(warmup):
        action()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def alternating(actions: dict[str, Callable[[], object]], repeats: int, warmup: str) -> dict[str, float]:
    """Median wall time of each action over ``repeats`` rounds in which every action runs once, in turn, after one
    untimed run of the action named ``warmup``: a busy moment of a shared machine weighs on all of them alike."""
    actions[warmup]()
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(repeats):
        for name, action in actions.items():
            started = time.perf_counter()
            action()
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(taken) for name, taken in times.items()}


def command(*args: str | Path, cwd: Path | None = None) -> Callable[[], None]:
    """An action running a command of the kit's environment, failing loudly."""
    argv = [str(BIN / str(args[0])), *map(str, args[1:])]

    def run() -> None:
        subprocess.run(argv, check=True, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    return run


def figure(name: str, kit: float, baseline: float, target: float, **extra: object) -> dict:
    """One benchmark figure as ``python -m benchmarks`` prints and stores it."""
    return {"figure": name, "kit_s": round(kit, 4), "baseline_s": round(baseline, 4),
            "ratio": round(kit / baseline, 4), "target": target, "extra": extra}
