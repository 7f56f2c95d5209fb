"""The corpus of bad inputs through the real command line.

``lakip check`` must refuse every case of :data:`corpus.CASES` with exit
status 2 and the case's exact message (file, sheet, cell, what was
expected), never a traceback, within seconds and in bounded memory. Most
cases run in this process (memory: Python's own allocations, by
tracemalloc); the crafted ones (zip bombs, XML entities, a sheet reaching row
1,048,576) each run in a process of their own that may map at most
:data:`MEMORY_LIMIT` bytes, measured by its peak resident memory.

Time is bounded twice: the CPU time the case costs (what the kit does; the
tests share a two-core machine, so wall time also counts other processes),
and, against hangs, the wall time at three times that. Each case's times and
memory are recorded as test properties (``pytest -o junit_family=legacy
--junitxml=…`` lists them).
"""

from __future__ import annotations

import time
import tracemalloc

import pytest

# what `lakip check` imports on its first run, imported now so that the first case's time and memory are its own
import lakip_lib.analysis.checks  # noqa: F401
import lakip_lib.loading.year  # noqa: F401
from corpus import CASES, YEAR, MiB, declared_to_last_row, filled_to_last_row, run_lakip
from lakip_lib.cli import main

#: the address space a process checking one crafted file may map: beyond it, allocation fails
MEMORY_LIMIT = 2 << 30

#: cases that fail today because of a bug in the kit; remove an entry when its fix lands
KNOWN_BUGS: dict[str, str] = {}  # case id → reason, while a found bug is being fixed


def _record(record_property, seconds: float, cpu_seconds: float, peak_mb: float) -> None:
    record_property("seconds", round(seconds, 3))
    record_property("cpu_seconds", round(cpu_seconds, 3))
    record_property("peak_mb", round(peak_mb, 1))


def _cases(heavy: bool) -> list:
    return [pytest.param(case, id=case.id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[case.id])] if case.id in KNOWN_BUGS else [])
            for case in CASES if case.heavy == heavy]


def test_the_corpus_spans_every_dataset():
    datasets = {case.dataset for case in CASES}
    assert {"staff", "indicators", "budget", "assets"} <= datasets
    assert len(CASES) >= 40
    assert len({case.id for case in CASES}) == len(CASES)
    assert {case.dataset for case in CASES if case.heavy} >= {"staff", "budget"}


def assert_refused(case, code: int, stdout: str, stderr: str, seconds: float, cpu_seconds: float, peak_mb: float) -> None:
    """``lakip check`` refused the case as it should: its message, exit 2, in time and memory."""
    assert "Traceback" not in stderr, stderr
    position = 0
    for part in case.expected:
        found = stderr.find(part, position)
        assert found >= 0, f"expected, in order:\n{part}\n--- got:\n{stderr}"
        position = found + len(part)
    assert stdout == ""  # nothing is reported for a year that cannot be loaded
    assert code == 2
    assert cpu_seconds < case.seconds, f"{cpu_seconds:.1f} s of CPU"
    assert seconds < 3 * case.seconds, f"{seconds:.1f} s"
    assert peak_mb < case.peak_mb, f"{peak_mb:.0f} MB"


@pytest.mark.parametrize("case", _cases(heavy=False))
def test_lakip_check_refuses(case, tmp_path, capsys, record_property):
    data = tmp_path / "raw"
    case.build(data / str(YEAR))
    tracemalloc.start()
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        code = main(["check", "--year", str(YEAR), "--data", str(data), "--lang", "en"])
    finally:
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
        peak_mb = tracemalloc.get_traced_memory()[1] / MiB
        tracemalloc.stop()
    out, err = capsys.readouterr()
    _record(record_property, seconds, cpu_seconds, peak_mb)
    assert_refused(case, code, out, err, seconds, cpu_seconds, peak_mb)


@pytest.mark.parametrize("case", _cases(heavy=True))
def test_lakip_check_refuses_a_crafted_file_in_bounds(case, tmp_path, record_property):
    data = tmp_path / "raw"
    case.build(data / str(YEAR))
    run = run_lakip(["check", "--year", str(YEAR), "--data", str(data), "--lang", "en"], cwd=tmp_path, timeout=3 * case.seconds,
                    memory_limit=MEMORY_LIMIT)
    _record(record_property, run.seconds, run.cpu_seconds, run.peak_mb)
    assert_refused(case, run.code, run.stdout, run.stderr, run.seconds, run.cpu_seconds, run.peak_mb)


def test_a_sheet_declaring_excels_whole_grid_loads_in_bounds(tmp_path, record_property):
    """A sheet whose <dimension> claims A1:XFD1048576 is read by its cells, not its claim."""
    declared_to_last_row(tmp_path / "raw" / str(YEAR))
    run = run_lakip(["check", "--year", str(YEAR), "--data", str(tmp_path / "raw")], cwd=tmp_path, timeout=30,
                    memory_limit=MEMORY_LIMIT)
    _record(record_property, run.seconds, run.cpu_seconds, run.peak_mb)
    lines = run.stdout.splitlines()
    assert (run.code, run.stderr, lines[0], lines[-1]) == (0, "", "data tidak ada: kinerja, anggaran, sarana", "4 temuan, 0 kesalahan")
    # the three datasets missing, and no lakip.yml: warnings, nothing else
    assert [line.split()[0] for line in lines[1:-1]] == ["PERINGATAN"] * 4
    assert sum(": tidak ada data " in line for line in lines) == 3 and sum(": Tidak ada lakip.yml di " in line for line in lines) == 1
    assert run.cpu_seconds < 10
    assert run.peak_mb < 256


def test_a_sheet_filled_to_row_1048576_loads_or_is_refused_in_bounds(tmp_path, record_property):
    """A roster using every row of Excel's grid: a correct load or a clear limit, in seconds and bounded memory."""
    filled_to_last_row(tmp_path / "raw" / str(YEAR))
    # the load is bounded here; keeping a million cleaned rows in the cache (Parquet and CSV, about 5 s more) is not
    run = run_lakip(["check", "--year", str(YEAR), "--data", str(tmp_path / "raw"), "--no-cache"], cwd=tmp_path, timeout=30,
                    memory_limit=MEMORY_LIMIT)
    _record(record_property, run.seconds, run.cpu_seconds, run.peak_mb)
    # the roster has no education column, which the kit reports as a warning (the report cannot tabulate education)
    loaded = (run.code, run.stderr) == (0, "") and run.stdout.startswith("data tidak ada: kinerja, anggaran, sarana\nPERINGATAN ") \
        and "Tidak ada kolom pendidikan" in run.stdout and run.stdout.endswith("6 temuan, 0 kesalahan\n")
    refused = (run.code == 2 and run.stderr.startswith("lakip: 1 masalah pada data masukan:\n  - pegawai.xlsx, sheet 'Data'")
               and "(limits." in run.stderr and "Traceback" not in run.stderr)
    assert loaded or refused, f"exit {run.code}\n{run.stdout}\n{run.stderr[-3000:]}"
    assert run.cpu_seconds < 10, f"{run.cpu_seconds:.1f} s of CPU"
    assert run.peak_mb < 1024, f"{run.peak_mb:.0f} MB"
