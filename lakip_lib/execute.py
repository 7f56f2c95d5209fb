"""Building fiscal years: run their notebooks through papermill, export the reports.

A year's four notebooks run in Jupyter kernels driven by papermill, each
kernel executing several notebooks one after another (``km=`` reuse), so
starting a kernel and importing pandas and matplotlib — most of a build's
cost — is paid once per kernel, not per notebook. ``jobs`` kernels run at
once, one per core by default. With at least as many years as kernels,
each year runs in one kernel; with fewer, a year is split into the two
:data:`CHAINS`, which take about the same time, so that one year still
uses two cores. Every kernel is fresh: a year's output never depends on
which years were built before it in the same batch.

A year that is not up to date reruns only what its changes reach: a part
notebook whose own inputs are those of the last build (its key in the build
record, :func:`lakip_lib.manifest.part_keys`) and whose outputs are intact is
reused, its files copied from the published year, so that a narrative edit
runs the report notebook alone and a workbook edit the parts that show it.

Then nbconvert exports the report notebook to HTML in-process. Everything
is written to a temporary folder beside the year's outputs and moved into
place only when the whole year succeeded: a failed or interrupted build
leaves the previous outputs exactly as they were. Only a folder the kit made
is ever replaced, and one build at a time works on an output year
(:mod:`lakip_lib.ownership`).

No wait is unbounded: every wait for a kernel's message is cut into short
slices, and between two slices the build checks that the kernel process is
still alive, that the build was not interrupted and that neither the cell
nor the year ran past its time limit. A kernel that died (the out-of-memory
killer, a signal, a crash) fails its part at once with the likely cause, and
so does one that ran too long (it is killed); Ctrl-C stops every kernel,
publishes nothing more and raises :class:`KeyboardInterrupt` to the caller
once the kernels are gone.
"""

from __future__ import annotations

import asyncio
import ctypes
import errno
import functools
import json
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from concurrent.futures import CancelledError, Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from queue import Empty
from typing import Any

from .errors import DISK_ERRORS, BuildError, LakipError, os_error_line, printed_os_error
from .gate import read_gate, refusal
from .loading.inputs import DATASETS, earlier_years, project_files
from .manifest import (REPORT_NOTEBOOK, analysis_key, fingerprint, is_up_to_date, part_keys, renderable_report, reusable_parts,
                       settings_hash, write_manifest)
from .messages import Joined, Pair, Text, render, said
from .ownership import LOCK_PREFIX, YearLock, check_output_folder, check_replaceable, pid_alive, usable_cache
from .safety import inside, safe_name

#: the report notebook: its output is the HTML report
REPORT = REPORT_NOTEBOOK
#: a year split in two: the report, and the three part notebooks, take about the same time
CHAINS = ((REPORT,), ("01-staffing.ipynb", "02-performance.ipynb", "03-finance.ipynb"))
#: a year in one kernel: the parts, then the report, which reuses their analysis
NOTEBOOKS = tuple(sorted(name for chain in CHAINS for name in chain))
_TMP_PREFIX = ".lakip-tmp-"
#: the copy of a year's inputs in its staging folder, which its kernels read; removed before the year is published
_INPUTS = ".lakip-inputs"
_OLD_PREFIX = ".lakip-old-"
#: longest stretch (seconds) a wait for a kernel's message goes without checking the kernel is alive
_POLL_SECONDS = 0.5
#: longest a cell may run (seconds) unless told otherwise: a million-row roster loads in under a minute
CELL_TIMEOUT = 600.0
#: longest a year's kernels may run (seconds) unless told otherwise, from the start of its first kernel
BUILD_TIMEOUT = 1800.0
_QUIET = logging.NullHandler()


@dataclass(frozen=True)
class BuildResult:
    """How one year's build ended: ``built``, ``skipped`` (up to date) or ``failed``."""

    year: int
    status: str
    seconds: float
    output_dir: Path
    message: str = ""
    missing: tuple[str, ...] = ()
    #: of an internal error: the traceback, and where the executed notebook that shows it was kept
    detail: str = ""
    #: the part notebooks whose outputs were taken from the previous build, unchanged
    reused: tuple[str, ...] = ()
    #: the report was rendered again in this process from the stored analysis (a narrative-only change), with no kernel
    rendered: bool = False


@dataclass
class _Year:
    """A year being built: where it goes, what it was built from, how far it got."""

    year: int
    final: Path
    staging: Path
    notebooks: dict[str, Path]
    #: the notebooks' parameters (paths of this build's copy of the inputs, staging folder and cache)
    parameters: dict[str, object]
    current: dict[str, object]
    missing: tuple[str, ...]
    started: float
    #: the data folder the user named, resolved: where the originals are compared again after the build
    data_root: Path = Path()
    claim: YearLock | None = None
    #: when its kernels must be done (:func:`time.monotonic`), set when its first kernel starts
    deadline: float | None = None
    #: the report notebook also writes lakip-<year>.docx
    docx: bool = False
    #: lakip build --final: the year fails, publishing nothing, while an error is neither fixed nor acknowledged
    refuse_draft: bool = False
    #: the hash of the settings the part notebooks use (:func:`lakip_lib.manifest.settings_hash`)
    settings: str = ""
    #: part notebook → its output files, taken from the previous build instead of running it
    reused: dict[str, list[str]] = field(default_factory=dict)
    #: part notebook → the files it wrote in this build
    wrote: dict[str, list[str]] = field(default_factory=dict)
    #: the report model stored by the last build, with the narrative read again: the report is rendered from it, with
    #: no kernel (:func:`_render_report`); None: the report notebook runs
    model: Any = None
    bar: Any = None
    kernels_left: int = 0
    error: str = ""
    detail: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def release(self) -> None:
        """Drop what is left of the staging folder and let go of the year's lock (again: nothing)."""
        shutil.rmtree(self.staging, ignore_errors=True)
        if self.claim is not None:
            self.claim.release()


class _Batch:
    """What the kernels of one :func:`build_years` call share: the kernels running, and whether to stop."""

    def __init__(self, cell_timeout: float | None = None, build_timeout: float | None = None) -> None:
        self.cancelled = threading.Event()
        #: held while a year is moved into place: once :meth:`cancel` returns, no year is published any more
        self.publishing = threading.Lock()
        self.cell_timeout = cell_timeout
        self.build_timeout = build_timeout
        self._kernels: list[subprocess.Popen] = []
        self._lock = threading.Lock()

    def started(self, process: subprocess.Popen) -> None:
        """Note a kernel process; one started after :meth:`cancel` is stopped at once."""
        with self._lock:
            self._kernels.append(process)
        if self.cancelled.is_set():
            _kill(process)

    def cancel(self) -> None:
        """Stop every kernel now; their threads see it within :data:`_POLL_SECONDS` and give up.

        Waits for a year being moved into place (a few renames) to be there: it is published, complete, and no other is.
        """
        with self.publishing:
            self.cancelled.set()
        with self._lock:
            kernels = list(self._kernels)
        for process in kernels:
            _kill(process)


def _kill(process: subprocess.Popen) -> None:
    """End a kernel and whatever it started: it leads a process group of its own (jupyter_client starts a new session)."""
    if process.poll() is not None:
        return  # reaped: its pid may belong to another process by now
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass  # already gone (and maybe reaped)


def default_notebook_dir() -> Path:
    """The kit's ``notebooks/`` folder (beside the ``lakip_lib`` package in a checkout)."""
    return Path(__file__).resolve().parent.parent / "notebooks"


def default_jobs() -> int:
    """Kernels run at once unless told otherwise: one per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def build_year(year: int, **options) -> BuildResult:
    """Build ``out_dir/<year>/`` from ``data_dir/<year>/``; never raises for a bad year.

    Takes the options of :func:`build_years`.

    Example (not run as a test: it runs the notebooks in Jupyter kernels, for minutes; tests/test_execute.py builds):
        >>> result = build_year(2024, data_dir="data/raw", out_dir="outputs")  # doctest: +SKIP
        >>> result.status, sorted(p.name for p in result.output_dir.iterdir())[:2]  # doctest: +SKIP
        ('built', ['figures', 'lakip-2024.html'])
    """
    return build_years([year], **options)[0]


def build_years(years: list[int], *, data_dir: str | Path, out_dir: str | Path, jobs: int | None = None,
                lang: str = "id", force: bool = False, pdf: bool = False, docx: bool = False,
                notebook_dir: str | Path | None = None, progress: bool = False, cache: bool = True,
                cell_timeout: float | None = CELL_TIMEOUT, build_timeout: float | None = BUILD_TIMEOUT,
                final: bool = False) -> list[BuildResult]:
    """Build several years with ``jobs`` kernels at once; one failing year does not stop the others.

    A year whose outputs were built from exactly its current inputs, notebooks,
    parameters and kit (:mod:`lakip_lib.manifest`) is skipped unless ``force``, or unless
    it lacks the PDF (``pdf``) or the Word document (``docx``, which the report notebook writes) asked for.
    The notebooks keep the cleaned datasets in the cache beside the data
    folder (``data/processed``) unless ``cache`` is False; a cache that cannot
    be written (a read-only disk) is left out with one warning line.
    A cell running longer than ``cell_timeout`` seconds, or a year whose
    kernels run longer than ``build_timeout`` seconds in all, fails that year
    (its kernels stopped, nothing published); None: no limit.
    With ``final``, a year whose report is a draft (an ``error`` finding
    neither fixed nor acknowledged in ``lakip.yml``, :mod:`lakip_lib.gate`)
    fails with one line per such error and publishes nothing; an up-to-date draft fails the same way.

    Example (not run as a test: it runs the notebooks in Jupyter kernels, for minutes; tests/test_execute.py builds):
        >>> [r.status for r in build_years([2023, 2024], data_dir="data/raw", out_dir="outputs")]  # doctest: +SKIP
        ['built', 'skipped']
    """
    from tqdm import tqdm

    _skip_iri_grammars()
    _running_code()
    jobs = max(1, jobs or default_jobs())
    # refused before anything is written: an output folder that would put years over the inputs or the cache
    check_output_folder(Path(out_dir), Path(data_dir))
    processed = None
    if cache:
        processed, warning = usable_cache(Path(data_dir))
        if warning:
            print(warning, file=sys.stderr)
    results: dict[int, BuildResult] = {}
    todo: list[_Year] = []
    batch = _Batch(cell_timeout, build_timeout)
    previous_handlers: dict[int, Any] = {}
    try:
        for year in years:
            # a planned year joins ``todo`` inside _plan, so that Ctrl-C at any moment finds it there or cleaned up
            planned = _plan(year, Path(data_dir), Path(out_dir), lang, force, pdf, docx, notebook_dir, processed, todo, final)
            if isinstance(planned, BuildResult):
                results[year] = planned
        chains = chains_per_year(len(todo), jobs)
        # a reused part runs in no kernel; a kernel left with nothing to run is not started
        runs = {build.year: [kept for kept in (tuple(n for n in chain if n not in build.reused and not (n == REPORT and build.model))
                                               for chain in chains) if kept]
                for build in todo}
        for position, build in enumerate(todo):
            build.kernels_left = len(runs[build.year])
            build.bar = tqdm(total=len(NOTEBOOKS) - len(build.reused) + 1 + int(pdf), desc=str(build.year), position=position,
                             leave=True, disable=not progress, file=sys.stderr)
        # Threads only wait on kernels, which are processes of their own; papermill
        # changes the working directory only when given cwd=, which this never passes.
        # A year is finished (exported, moved into place) by one thread of its own, so
        # that a kernel thread goes on to its next year at once.
        if todo:
            with ThreadPoolExecutor(1) as finisher, ThreadPoolExecutor(min(jobs, len(todo) * len(chains))) as pool:
                try:
                    units = [pool.submit(_run_kernel, build, chain, finisher, pdf, batch) for build in todo
                             for chain in runs[build.year]]
                    # a year with nothing to run in a kernel (its report rendered here) goes straight to be finished
                    rendered = [finisher.submit(_finish, build, pdf, batch) for build in todo if not runs[build.year]]
                    finishing = [unit.result() for unit in units] + rendered
                    for finished in filter(None, finishing):
                        finished.result()
                except KeyboardInterrupt:
                    # Stop the kernels before the pools wait for their threads, so that waiting takes
                    # a moment; a second Ctrl-C meanwhile would only turn the cleanup into a traceback.
                    previous_handlers = _ignore_interrupts()
                    batch.cancel()
                    raise
    finally:
        for build in todo:
            if build.bar is not None:
                build.bar.close()
            build.release()
        for number, handler in previous_handlers.items():
            signal.signal(number, handler)
    for build in todo:
        results[build.year] = BuildResult(build.year, "failed" if build.error else "built",
                                          time.perf_counter() - build.started, build.final, build.error, build.missing,
                                          build.detail, tuple(sorted(build.reused)), build.model is not None)
    return [results[year] for year in years]


def _skip_iri_grammars() -> None:
    """Keep jsonschema from compiling the forty-odd grammars of ``rfc3987_syntax`` (about a second) when nbformat first
    validates a notebook here: they check only the ``iri`` string formats, which no notebook schema uses. A build whose
    reports are all rendered from stored models (a narrative edit) would spend most of its time on them.

    Example:
        >>> _skip_iri_grammars()
        >>> "jsonschema" in sys.modules or sys.modules["rfc3987_syntax"] is None  # None: not imported, ever
        True
    """
    if "jsonschema" not in sys.modules:  # once jsonschema is imported, it has what it has
        sys.modules.setdefault("rfc3987_syntax", None)  # None: an import of it raises ImportError, which jsonschema expects


def _ignore_interrupts() -> dict[int, Any]:
    """Ignore SIGINT and SIGTERM from now on (in the main thread only, where Python allows it); return the handlers they had.

    The ``lakip`` command stops on SIGTERM as on Ctrl-C (:mod:`lakip_lib.cli`): a second one of either would only turn
    the cleanup into a traceback.
    """
    if threading.current_thread() is not threading.main_thread():
        return {}
    return {number: signal.signal(number, signal.SIG_IGN) for number in (signal.SIGINT, signal.SIGTERM)}


def chains_per_year(years: int, jobs: int) -> tuple[tuple[str, ...], ...]:
    """How a year's notebooks are spread over kernels when ``years`` years are built with ``jobs`` kernels.

    Example:
        >>> len(chains_per_year(1, 2)), len(chains_per_year(4, 2)), len(chains_per_year(1, 1))
        (2, 1, 1)
    """
    return CHAINS if years < jobs else (NOTEBOOKS,)


def _plan(year: int, data_root: Path, out_root: Path, lang: str, force: bool, pdf: bool, docx: bool,
          notebook_dir: str | Path | None, processed: Path | None, todo: list[_Year], refuse_draft: bool = False) -> _Year | BuildResult:
    """A year ready to build (its staging folder made, appended to ``todo``, whose builds the caller releases), or its
    result if it is up to date or cannot start."""
    started = time.perf_counter()
    data_root = data_root.resolve()
    try:
        final = inside(out_root, safe_name(str(year), said("what_year")))
        notebooks = {name: Path(notebook_dir or default_notebook_dir()) / name for name in NOTEBOOKS}
        for notebook in notebooks.values():
            if not notebook.is_file():
                raise BuildError(said("notebook_missing", notebook=notebook))
        year_dir = data_root / str(year)
        if not year_dir.is_dir():
            raise BuildError(said("no_input_folder", folder=year_dir))
        # cleaned datasets live beside the raw ones (data/raw → data/processed), never inside them; None: no cache
        parameters = {"year": year, "data_dir": str(data_root), "processed_dir": processed and str(processed), "lang": lang}
        # the record names no path: the same bytes give the same outputs wherever they are, and a record is published
        recorded = {"year": year, "lang": lang}
        current = fingerprint(data_root, year, list(notebooks.values()), recorded)
        missing = tuple(d for d in DATASETS if d not in current["inputs"])
    except LakipError as err:
        return BuildResult(year, "failed", time.perf_counter() - started, out_root / str(year), str(err))
    except OSError as err:  # an input that cannot be read (permissions, a disk error): its path, and what to do
        return BuildResult(year, "failed", time.perf_counter() - started, out_root / str(year), os_error_line(err, reading=True))
    except Exception as err:  # noqa: BLE001 -- a bug planning one year fails that year alone, never the batch
        return BuildResult(year, "failed", time.perf_counter() - started, out_root / str(year),
                           said("internal_planning", year=year, error=f"{type(err).__name__}: {err}").text(),
                           detail=traceback.format_exc())
    # the PDF and the Word document are extras, not inputs: a year built without one is rebuilt when it is asked for
    wanted = [name for name, asked in ((f"lakip-{year}.pdf", pdf), (f"lakip-{year}.docx", docx)) if asked]
    if not force and is_up_to_date(final, current) and all((final / name).is_file() for name in wanted):
        _clear_leftovers(year, final)
        record = read_gate(final, year) if refuse_draft else None
        refused = refusal(record, lang) if record else ""
        if refused:  # built as a draft before: up to date, and still no final report
            return BuildResult(year, "failed", time.perf_counter() - started, final, refused, missing)
        return BuildResult(year, "skipped", time.perf_counter() - started, final, "up to date", missing)
    claim = None
    try:
        check_replaceable(final, data_root)  # a refused year leaves no trace, not even a lock file
        claim = YearLock.acquire(final.parent, year)
        # under the lock, nobody else changes the folder: what stands there now is what the swap replaces
        _restore_interrupted_swap(year, final)
        check_replaceable(final, data_root)
        staging = _fresh_staging(year, final)
        # the kernels read a copy, hashed here: the report is of exactly the bytes its record names
        snapshot = _snapshot(data_root, year, staging)
        current = fingerprint(snapshot, year, list(notebooks.values()), recorded)
        settings = settings_hash(snapshot)
        reused = {} if force else _reuse(final, staging, current, settings)
        model = None if force else _stored_report(final, staging, snapshot, current, reused, docx)
        build = _Year(year, final, staging, notebooks, {**parameters, "data_dir": str(snapshot), "output_dir": str(staging)},
                      current, missing, started, data_root, docx=docx, refuse_draft=refuse_draft, settings=settings,
                      reused=reused, model=model)
        build.claim = claim
        todo.append(build)
    except (LakipError, OSError) as err:
        # an OSError here is of the output folder (read-only, full, busy) or an input being copied: one line naming it
        if claim is not None:
            claim.release()
        if isinstance(err, OSError):
            shutil.rmtree(final.parent / f"{_TMP_PREFIX}{year}-{os.getpid()}", ignore_errors=True)
            reading = str(err.filename or "").startswith(str(data_root) + os.sep)
            message = os_error_line(err, final.parent, reading=reading)
        else:
            message = str(err)
        return BuildResult(year, "failed", time.perf_counter() - started, final, message)
    except Exception as err:  # noqa: BLE001 -- as above
        if claim is not None:
            claim.release()
        return BuildResult(year, "failed", time.perf_counter() - started, final,
                           said("internal_planning", year=year, error=f"{type(err).__name__}: {err}").text(),
                           detail=traceback.format_exc())
    except BaseException:  # Ctrl-C or SIGTERM while planning: nothing of this build stays behind
        shutil.rmtree(final.parent / f"{_TMP_PREFIX}{year}-{os.getpid()}", ignore_errors=True)
        if claim is not None:
            claim.release()
        raise
    return build


def _reuse(final: Path, staging: Path, current: dict[str, object], settings: str) -> dict[str, list[str]]:
    """Copy into ``staging`` the outputs of each part notebook the published ``final`` holds for exactly ``current``'s
    inputs of that part (:func:`lakip_lib.manifest.reusable_parts`); return those parts with their files.

    Called under the year's lock, so no other build replaces ``final`` meanwhile.
    """
    reused = reusable_parts(final, current, settings) if final.is_dir() else {}
    for files in reused.values():
        for name in files:
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            _copy(final / name, target)
    return reused


def _stored_report(final: Path, staging: Path, snapshot: Path, current: dict[str, object], reused: dict[str, list[str]],
                   docx: bool) -> Any:
    """The report model the last build of ``final`` stored, with the narrative of ``snapshot`` read again, when the only
    change since is the narrative (:func:`lakip_lib.manifest.renderable_report`); its files are then copied into
    ``staging`` with the executed report notebook, whose output :func:`_render_report` replaces. None when the report
    notebook must run: another change, a stored model missing, unreadable or of another kit or environment.
    """
    from .presentation.stored import MODEL_NAME

    if current["code"] != _running_code():  # a long-lived process (lakip preview) would render with the code it imported
        return None
    files = renderable_report(final, current, reused) if final.is_dir() else None
    if files is None or MODEL_NAME not in files:
        return None
    from .presentation.stored import load_report

    model = load_report(final / MODEL_NAME, snapshot, docx=docx)
    if model is None:
        return None
    for name in [*files, f"notebooks/{REPORT}"]:
        target = staging / name
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy(final / name, target)
    return model


@functools.cache
def _running_code() -> str:
    """The kit's code (:func:`lakip_lib.manifest.code_hash`) as this process found it at its first build: what it renders
    a report with in-process. Once the files differ (a developer editing the kit while ``lakip preview`` runs), reports
    are made by the notebooks, whose kernels import the kit afresh."""
    from .manifest import code_hash

    return code_hash()


def _restore_interrupted_swap(year: int, final: Path) -> None:
    """Put back a year a build moved aside and then died before moving the new one in; drop older ones.

    Called with the year's lock held: no live build is between its two renames.
    """
    for old in sorted(final.parent.glob(f"{_OLD_PREFIX}{year}-*")):
        if not os.path.lexists(final):
            old.rename(final)  # a build stopped between the two renames of _swap: the old year is still good
        else:
            shutil.rmtree(old, ignore_errors=True)


def _snapshot(data_root: Path, year: int, staging: Path) -> Path:
    """Copy what a year's kernels read of ``data_root`` into ``staging``: ``lakip.yml``, the year's narrative and the
    Word template it names (:func:`~lakip_lib.loading.inputs.project_files`), and its dataset files (``pegawai*`` …,
    a link to nothing kept as such); return the copy's data folder.

    The kernels then read these bytes, which the build hashes, and nothing a
    user saves meanwhile: two kernels of a year read the same version, the
    one its record names (:func:`_check_unchanged` then compares the originals).
    The copy is a ``raw`` folder, so that the cache folder of the copy
    (:func:`~lakip_lib.ownership.cache_folder`, beside it) is inside
    :data:`_INPUTS` too, which is removed before the year is published: code
    that falls back on the data's own cache when given none never writes the
    roster into the outputs, nor into the user's ``data/processed``.
    """
    snapshot = staging / _INPUTS / "raw"
    (snapshot / str(year)).mkdir(parents=True)
    for source in project_files(data_root, year):
        target = snapshot / source.relative_to(data_root)
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy(source, target)
    # the year's own files, and those of the earlier years its report compares itself with
    for folder in [year, *earlier_years(data_root, year)]:
        (snapshot / str(folder)).mkdir(exist_ok=True)
        for source in sorted((data_root / str(folder)).iterdir()):
            # what find_inputs looks at: visible files named after a dataset (the loaders judge their suffix)
            if source.name.startswith((".", "~$")) or not source.name.lower().startswith(tuple(DATASETS.values())):
                continue
            target = snapshot / str(folder) / source.name
            if source.is_symlink() and not source.exists():
                target.symlink_to(os.path.realpath(source))  # still a link to nothing, so the loader says so
            elif source.is_file():
                _copy(source, target)
    return snapshot


def _copy(source: Path, target: Path) -> None:
    """Copy a file's bytes, opening the source for reading only (as an audit of the raw folder sees it: a read)."""
    with source.open("rb") as reader, target.open("xb") as writer:
        shutil.copyfileobj(reader, writer, 1 << 20)


def _fresh_staging(year: int, final: Path) -> Path:
    """An empty staging folder for ``year``, after clearing what dead builds left (:func:`_clear_stale_staging`)."""
    _clear_stale_staging(year, final)
    staging = final.parent / f"{_TMP_PREFIX}{year}-{os.getpid()}"
    (staging / "notebooks").mkdir(parents=True)
    return staging


def _clear_stale_staging(year: int, final: Path) -> None:
    """Remove the staging folders of ``year`` that dead builds left.

    Called with the year's lock held. A staging folder named after a live
    process is left alone all the same: it can only be a build of a kit that
    takes no lock, or a pid reused since, and is not this build's to delete.
    """
    for stale in final.parent.glob(f"{_TMP_PREFIX}{year}-*"):
        pid = stale.name.rsplit("-", 1)[-1]
        if not pid.isdigit() or int(pid) == os.getpid() or not pid_alive(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)


def _clear_leftovers(year: int, final: Path) -> None:
    """Clear what a killed build of an up-to-date ``year`` left beside it (a staging folder, a folder moved aside, the lock
    file), under the year's lock; left as it is while a live build holds the lock, or when the folder cannot be written.

    Only a build used to clear them, so that they stayed, holding copies of the inputs, as long as the year was skipped.
    """
    names = (f"{_TMP_PREFIX}{year}-*", f"{_OLD_PREFIX}{year}-*", f"{LOCK_PREFIX}{year}")
    if not any(next(final.parent.glob(name), None) for name in names):
        return
    try:
        claim = YearLock.acquire(final.parent, year)
    except (BuildError, OSError):
        return
    try:
        _restore_interrupted_swap(year, final)
        _clear_stale_staging(year, final)
    finally:
        claim.release()


def _run_kernel(build: _Year, chain: tuple[str, ...], finisher: Executor, pdf: bool, batch: _Batch) -> Future | None:
    """Execute ``chain`` for ``build`` in one fresh kernel; the last kernel of a year hands it to ``finisher``."""
    try:
        if batch.cancelled.is_set():
            raise BuildError(said("interrupted_early"))
        _execute_chain(build, chain, batch)
    except LakipError as err:
        with build.lock:
            if not build.error:
                build.error, build.detail = str(err), getattr(err, "detail", "")
    except Exception as err:  # noqa: BLE001 -- whatever it is, it fails this year alone, never the batch
        with build.lock:
            if not build.error:
                build.error, build.detail = _unexpected(build, err), traceback.format_exc()
    finally:
        with build.lock:
            build.kernels_left -= 1
            last = build.kernels_left == 0
    return finisher.submit(_finish, build, pdf, batch) if last else None


class _Watch:
    """What a wait for one kernel's messages checks between two slices (:data:`_POLL_SECONDS`).

    nbclient waits for a kernel's messages with no time limit, and its own
    liveness check and cell timeout cannot run meanwhile (its wait blocks
    the loop they would run in), so a kernel that dies or hangs mid-cell
    would be waited for forever. Each message and each slice that passes
    without one checks that the build goes on, that the kernel process lives
    and that the cell and the year are within their time limits; when not, the
    wait ends with :class:`asyncio.CancelledError`, which nbclient turns into
    its ``DeadKernelError`` without logging anything, and :attr:`reason` says why.
    """

    def __init__(self, build: _Year, batch: _Batch):
        self.build = build
        self.batch = batch
        self.process: subprocess.Popen | None = None
        self.reason: Text = ""
        #: when the kernel began the cell it is running (:func:`time.monotonic`), None between cells
        self.cell_started: float | None = None

    def seen(self, message: dict[str, Any]) -> None:
        """Note a message of the kernel: a cell begins with ``execute_input``, ends with ``execute_reply`` or going idle;
        then check, as between slices: a cell that prints all the time leaves no slice without a message."""
        kind = message.get("msg_type") or message.get("header", {}).get("msg_type")
        if kind == "execute_input":
            self.cell_started = time.monotonic()
        elif kind == "execute_reply" or (kind == "status" and message.get("content", {}).get("execution_state") == "idle"):
            self.cell_started = None
        self.check()

    def check(self) -> None:
        now = time.monotonic()
        if self.batch.cancelled.is_set():
            self.reason = said("interrupted")
        elif self.build.error:
            self.reason = said("other_kernel")
        elif self.process is not None and self.process.poll() is not None:
            self.reason = _death(self.process.returncode)
        elif self.cell_started is not None and self.batch.cell_timeout is not None and now - self.cell_started >= self.batch.cell_timeout:
            self.reason = said("cell_timeout", seconds=_seconds(self.batch.cell_timeout))
        elif self.build.deadline is not None and now >= self.build.deadline:
            self.reason = said("build_timeout", year=self.build.year, seconds=_seconds(self.batch.build_timeout))
        else:
            return
        raise asyncio.CancelledError(render(self.reason))


def _seconds(limit: float) -> Pair:
    """A time limit in seconds as each language writes a decimal (``--cell-timeout 1.5``: 1,5 / 1.5), without a thousands
    separator, as the option is typed."""
    return Pair(f"{limit:g}".replace(".", ","), f"{limit:g}")


def _death(returncode: int) -> Text:
    """Why a kernel process ended, with the likely cause, for the user.

    Example:
        >>> _death(-9).text("en")
        'its Jupyter kernel was killed (SIGKILL): most likely the system ran out of memory (try --jobs 1, or close other programs), or someone ended the process; build again'
        >>> _death(-15).text("id"), _death(1).text("en")
        ('kernel Jupyter-nya dimatikan (SIGTERM): ada orang atau sesuatu yang menghentikan prosesnya; bangun ulang', 'its Jupyter kernel exited unexpectedly with status 1; build again, and if it fails the same way run the notebook in JupyterLab (make lab) to see why')
    """
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:  # a real-time signal has no name
            name = f"signal {-returncode}"
        if -returncode == signal.SIGKILL:
            cause = said("killed_memory")
        elif -returncode in (signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS):
            cause = said("killed_crash")
        else:
            cause = said("killed_other")
        return said("kernel_killed", signal=name, cause=cause)
    return said("kernel_exited", status=returncode)


def _execute_chain(build: _Year, chain: tuple[str, ...], batch: _Batch) -> None:
    watch = _Watch(build, batch)
    kernel = _kernel_manager(watch)
    with build.lock:
        if build.deadline is None and batch.build_timeout is not None:
            build.deadline = time.monotonic() + batch.build_timeout
    # The kernel listens on localhost only; its warning about unencrypted TCP is noise on every build.
    kernel.start_kernel(cwd=str(build.notebooks[chain[0]].parent), extra_arguments=["--IPKernelApp.log_level=ERROR"])
    watch.process = kernel.provisioner.process
    batch.started(watch.process)
    try:
        import papermill  # about a second (nbformat's jsonschema), spent while the kernel starts

        # papermill logs "Kernel died while waiting for execute reply" on its own logger, which has no
        # handler, so Python's last resort prints it on stderr: the build says it once, with the cause.
        if _QUIET not in logging.getLogger("papermill").handlers:
            logging.getLogger("papermill").addHandler(_QUIET)
        for name in chain:
            if build.error:
                return  # the year failed in its other kernel: its remaining notebooks would be thrown away
            if batch.cancelled.is_set():
                raise BuildError(said("interrupted"))
            try:
                # only the report notebook writes the Word document: the other notebooks are not told of it
                parameters = {**build.parameters, "docx": build.docx} if name == REPORT else build.parameters
                # only the part notebooks write figures, one after another in their kernel: what is new is this one's
                before = _figure_files(build.staging)
                papermill.execute_notebook(
                    str(build.notebooks[name]), str(build.staging / "notebooks" / name), parameters=parameters,
                    km=kernel, progress_bar=False, log_output=False,
                    # written once at the end: saving after every cell cost the build a third of its own CPU time
                    request_save_on_cell_execute=False,
                )
            except papermill.PapermillExecutionError as err:
                if printed_os_error(err.ename, err.evalue):  # the notebook could not write (a full disk) or read a file
                    raise BuildError(Joined((name, _os_line(build, err.evalue)), ": ")) from None
                error = BuildError(_reason(err, name))
                if not _own(err):
                    error.detail = _kept(build, name, err)
                raise error from None
            # the kernel died, or the build stops; the wait that noticed ran in nbclient's loop, or in
            # jupyter_core's runner thread (as when a client waits for a kernel to be ready)
            except (OSError, RuntimeError, asyncio.CancelledError, CancelledError) as err:
                if isinstance(err, OSError) and err.errno in DISK_ERRORS and watch.process.poll() is None:
                    # papermill could not write the executed notebook (a full or read-only disk): not the kernel's fault
                    raise BuildError(Joined((name, _os_line(build, err, build.staging / "notebooks" / name)), ": ")) from None
                if not watch.reason and watch.process.poll() is not None:
                    watch.reason = _death(watch.process.returncode)
                reason = watch.reason or said("kernel_failed", error=f"{type(err).__name__}: {err}")
                raise BuildError(Joined((name, reason), ": ")) from None
            if name != REPORT:
                build.wrote[name] = sorted(_figure_files(build.staging) - before) + [f"notebooks/{name}"]
            build.bar.set_postfix_str(Path(name).stem)
            build.bar.update()
    finally:
        kernel.shutdown_kernel(now=True)  # a graceful shutdown sometimes stalls ~3 s for nothing
        for client in kernel.opened:
            client.stop_channels()
        if kernel.folder:
            shutil.rmtree(kernel.folder, ignore_errors=True)


def _figure_files(staging: Path) -> set[str]:
    """The figure files in a year's staging folder, as paths relative to it."""
    folder = staging / "figures"
    return {f"figures/{path.name}" for path in folder.iterdir()} if folder.is_dir() else set()


def _kernel_manager(watch: _Watch):
    """A python3 kernel manager whose clients wait for messages in checked slices, and are kept to be closed.

    nbclient leaves a client's channels open (five sockets and a heartbeat
    thread) when it does not own the kernel manager, as with papermill's
    ``km=``: one client per notebook would leak for the whole batch. The
    shell and IOPub channels, where nbclient waits, check ``watch``
    (:class:`_Watch`) whenever :data:`_POLL_SECONDS` pass without a message.
    """
    from jupyter_client.channels import ZMQSocketChannel
    from jupyter_client.manager import KernelManager

    class _Channel(ZMQSocketChannel):
        def get_msg(self, timeout: float | None = None) -> dict[str, Any]:
            deadline = None if timeout is None else time.monotonic() + timeout
            while True:
                left = _POLL_SECONDS if deadline is None else max(0.0, min(_POLL_SECONDS, deadline - time.monotonic()))
                try:
                    message = super().get_msg(timeout=left)
                    watch.seen(message)
                    return message
                except Empty:
                    watch.check()
                    if deadline is not None and time.monotonic() >= deadline:
                        raise

    class _Manager(KernelManager):
        def client(self, **kwargs):
            opened = super().client(**kwargs)
            opened.shell_channel_class = opened.iopub_channel_class = _Channel
            self.opened.append(opened)
            return opened

    # Where the system has Unix sockets, a kernel talks over them, in a folder of its own: a TCP port picked free for a
    # new kernel can be taken, before the kernel binds it, by a connection of another kernel of the build, and the
    # kernel then dies as it starts ('Address already in use'). Windows has none: TCP there.
    folder = tempfile.mkdtemp(prefix="lakip-kernel-") if os.name == "posix" else None
    manager = _Manager(kernel_name="python3", **({"transport": "ipc", "ip": os.path.join(folder, "kernel")} if folder else {}))
    manager.opened = []
    manager.folder = folder
    return manager


def _finish(build: _Year, pdf: bool, batch: _Batch) -> None:
    """Export the report, record the manifest and move the year into place; or drop a failed year's staging."""
    try:
        if not build.error and not batch.cancelled.is_set():
            html = build.staging / f"lakip-{build.year}.html"
            page = _render_report(build) if build.model is not None else None
            if page is None:
                from .presentation.html import FRAME_NAME, export_html, page_frame

                page = export_html(build.staging / "notebooks" / REPORT)
                # the page around the report, for a later build that renders it from its stored model (no nbconvert)
                (build.staging / FRAME_NAME).write_text(
                    json.dumps(page_frame(build.year, str(build.parameters["lang"])), sort_keys=True), encoding="utf-8")
            html.write_text(page, encoding="utf-8")
            build.bar.set_postfix_str("html")
            build.bar.update()
            if pdf:
                _print_pdf(build, html)
            if build.refuse_draft:
                _refuse_draft(build)
            _check_unchanged(build)
            for name in NOTEBOOKS:
                # a reused notebook, or the report's when rendered here, was made publishable by the build that ran it
                if name not in build.reused and not (name == REPORT and build.model is not None):
                    _publishable(build, build.staging / "notebooks" / name)
            shutil.rmtree(build.staging / _INPUTS)
            keys = part_keys(build.current, build.settings)
            parts = {name: {"inputs": keys[name], "reused": name in build.reused,
                            **({"outputs": build.reused.get(name) or build.wrote[name]} if name != REPORT else {})}
                     for name in NOTEBOOKS}
            # the report's files that its narrative does not shape, and what the narrative does not reach: a build whose
            # only change is the narrative renders the report from its stored analysis and takes these as they are
            parts[REPORT].update(analysis=analysis_key(build.current), outputs=_report_data(build.staging, build.year),
                                 rendered=build.model is not None)
            write_manifest(build.staging, build.current, parts)
            with batch.publishing:
                if batch.cancelled.is_set():
                    raise BuildError(said("interrupted"))  # after Ctrl-C nothing more is published
                _swap(build.staging, build.final, build.data_root)
    except LakipError as err:
        build.error = str(err)
    except OSError as err:  # a full disk while exporting, a folder in use while swapping: this year fails, in one line
        build.error = _os_line(build, err)
    except Exception as err:  # noqa: BLE001 -- fails this year alone, never the batch
        build.error, build.detail = _unexpected(build, err), traceback.format_exc()
    finally:
        build.release()


def _report_data(staging: Path, year: int) -> list[str]:
    """The files the report notebook writes that the narrative does not shape: the tables, the gate record and the stored
    model (:mod:`lakip_lib.presentation.stored`), as paths relative to ``staging``."""
    from .presentation.html import FRAME_NAME
    from .presentation.stored import MODEL_NAME

    names = [f"tabel-lakip-{year}.xlsx", f"pemeriksaan-{year}.json", MODEL_NAME, FRAME_NAME]
    tables = staging / "tables"
    found = [f"tables/{path.name}" for path in sorted(tables.iterdir())] if tables.is_dir() else []
    return found + [name for name in names if (staging / name).is_file()]


def _render_report(build: _Year) -> str | None:
    """Write what a narrative edit changes from the report model (:attr:`_Year.model`), in this process: the internal
    report, the Word document when asked, and the report shown by the executed report notebook, whose other outputs,
    run times included, stay those of the kernel run that computed the analysis. Return the HTML page, framed as the
    last build's export framed it (:func:`~lakip_lib.presentation.html.framed_page`); None when that build kept no
    frame, and the page is then exported from the notebook as from a notebook run in a kernel."""
    from .presentation.html import FRAME_NAME, framed_page
    from .presentation.pemeriksaan import write_pemeriksaan

    report = build.model
    write_pemeriksaan(report, report.checklist, build.staging / f"pemeriksaan-{build.year}.html")
    if build.docx:
        from .presentation.docx import build_docx

        build_docx(report, build.staging / f"lakip-{build.year}.docx")
    path = build.staging / "notebooks" / REPORT
    # read and written as nbformat writes a notebook (sorted keys, one-space indent, text split into lines), without
    # importing it and its schema validation: the notebook is the one nbformat wrote, with one output replaced
    notebook = json.loads(path.read_text(encoding="utf-8"))
    shown = [output for cell in notebook.get("cells", []) if cell.get("cell_type") == "code" for output in cell.get("outputs", [])
             if output.get("output_type") == "display_data" and "text/html" in output.get("data", {})]
    if len(shown) != 1:
        raise BuildError(said("report_not_shown", notebook=REPORT))
    body = report.html()
    shown[0]["data"]["text/html"] = body.splitlines(keepends=True)
    path.write_text(json.dumps(notebook, indent=1, sort_keys=True, separators=(",", ": "), ensure_ascii=False) + "\n",
                    encoding="utf-8")
    build.bar.set_postfix_str(Path(REPORT).stem)
    build.bar.update()
    frame = build.staging / FRAME_NAME
    if not frame.is_file():
        return None
    return framed_page(json.loads(frame.read_text(encoding="utf-8")), body)


def _refuse_draft(build: _Year) -> None:
    """Fail a ``--final`` year whose report is a draft, with one line per error neither fixed nor acknowledged."""
    record = read_gate(build.staging, build.year)
    if record is None:
        raise BuildError(said("no_gate_record", year=build.year))
    refused = refusal(record, str(build.parameters["lang"]))
    if refused:
        raise BuildError(refused)


def _publishable(build: _Year, executed: Path) -> None:
    """Rewrite an executed notebook so that it names no path of this machine, nor the staging folder and copy of the inputs
    it ran on (deleted once the year is published): its parameters name the data folder relative to where the notebook
    is published (``<out>/<year>/notebooks``) and no output or cache folder; papermill's record of paths, the
    notebook's name. Its cells are numbered from 1, as if it had run in a kernel of its own.
    """
    import nbformat

    notebook = nbformat.read(executed, as_version=4)
    again = {"year": build.year, "data_dir": os.path.relpath(build.data_root, build.final / "notebooks"),
             "lang": build.parameters["lang"], "output_dir": None, "processed_dir": None}
    for cell in notebook.cells:
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.source = "\n".join(
                ["# Parameters: lakip build ran this notebook on a copy of the inputs of data_dir (relative to this folder),",
                 "# writing into a staging folder it then published here. To explore, run the kit's notebooks/ (make lab).",
                 *(f"{key} = {'None' if value is None else json.dumps(value)}" for key, value in again.items())])
    # numbered from 1 in each notebook: a kernel runs several, and which ran before this one in its kernel depends on
    # how the batch was split and on which parts were reused, not on the notebook
    executed_cells = [cell for cell in notebook.cells if cell.cell_type == "code" and cell.get("execution_count") is not None]
    for number, cell in enumerate(executed_cells, 1):
        cell.execution_count = number
        for output in cell.get("outputs", []):
            if "execution_count" in output:
                output.execution_count = number
    record = notebook.metadata.get("papermill", {})
    record.update(input_path=executed.name, output_path=executed.name, parameters=again)
    nbformat.write(notebook, executed)


def _os_line(build: _Year, err: OSError | str, path: Path | None = None) -> str:
    """An OS error of a year's build as one line (:func:`lakip_lib.errors.os_error_line`), naming where the file was going
    (``<out>/<year>/…``) rather than the staging folder it was written in; a path outside the output folder is an input.
    ``path``: the file being written, when the error does not name one."""
    line = os_error_line(err, path or build.final)
    where = line.split(": ", 1)[0]
    if where != str(build.final) and not where.startswith(str(build.final.parent) + os.sep):
        line = os_error_line(err, path or build.final, reading=True)
    return line.replace(str(build.staging), str(build.final))


def _unexpected(build: _Year, err: Exception) -> str:
    return said("internal_building", part=build.year, error=f"{type(err).__name__}: {err}").text()


def _check_unchanged(build: _Year) -> None:
    """Fail the year when an input, ``lakip.yml``, a narrative file or a notebook changed while it was built.

    The kernels read a copy (:func:`_snapshot`), whose hashes the build
    record keeps; but a report of a version the user has already replaced
    would be published as current, and the next build would find the year
    out of date only by chance. So the originals are hashed again once the
    kernels are done and compared with the copy.
    """
    data_root = build.data_root
    try:
        now = fingerprint(data_root, build.year, list(build.notebooks.values()), build.current["parameters"])
    except OSError as err:
        raise BuildError(said("input_unreadable_after", path=err.filename or data_root, error=err.strerror or err)) from None
    changed = [name for name, recorded in _hashed(build.current).items() if _hashed(now).get(name) != recorded]
    changed += [name for name in _hashed(now) if name not in _hashed(build.current)]
    if changed:
        raise BuildError(said("inputs_changed", files=", ".join(changed), year=build.year))


def _hashed(fingerprinted: dict[str, object]) -> dict[str, str]:
    """Each file a fingerprint (:func:`lakip_lib.manifest.fingerprint`) hashed, by the name a user knows it by, with its hash.

    Example:
        >>> _hashed({"inputs": {"budget": ["anggaran.xlsx", "ab"]}, "project": [["lakip.yml", "cd"]],
        ...          "notebooks": {"01-staffing.ipynb": "ef"}, "parameters": {"year": 2024}})
        {'2024/anggaran.xlsx': 'ab', 'lakip.yml': 'cd', 'notebooks/01-staffing.ipynb': 'ef'}
    """
    year = fingerprinted["parameters"]["year"]
    files = {f"{year}/{name}": digest for name, digest in fingerprinted["inputs"].values()}
    files.update({f"{earlier}/{name}": digest for earlier, inputs in fingerprinted.get("earlier", {}).items()
                  for name, digest in inputs.values()})
    files.update({path: digest for path, digest in fingerprinted["project"]})
    files.update({f"notebooks/{name}": digest for name, digest in fingerprinted["notebooks"].items()})
    return files


def _print_pdf(build: _Year, html: Path) -> None:
    from .config import load_project
    from .presentation.pdf import PdfUnavailableError, report_metadata, write_pdf

    build.bar.set_postfix_str("pdf")
    # the copy of lakip.yml the report notebook read without an error
    agency = load_project(Path(str(build.parameters["data_dir"])) / "lakip.yml", build.year).agency
    try:
        write_pdf(html, build.staging / f"lakip-{build.year}.pdf",
                  report_metadata(agency, build.year, str(build.parameters["lang"])))
    except PdfUnavailableError as err:
        # the PDF is a convenience; the HTML report is the product
        print(f"lakip: {build.year}: no PDF, the HTML report is built: {err}", file=sys.stderr)
    build.bar.update()


def _swap(staging: Path, final: Path, data_root: Path) -> None:
    """Replace ``final`` with ``staging`` so that a reader sees the old or the new year, never a mix.

    Where the system can (Linux), the two folders are exchanged in one step,
    so that ``final`` is there at every instant, even for a build killed in
    the middle; elsewhere the old folder is moved aside and the new one in,
    and a build killed between the two has the next build put the old one
    back (:func:`_restore_interrupted_swap`). ``final`` is checked again
    here, under the year's lock: something put there while the year was
    building is refused, not deleted.
    """
    check_replaceable(final, data_root)
    if os.path.lexists(final) and _exchange(staging, final):
        shutil.rmtree(staging, ignore_errors=True)  # the previous year, now; a kill before this leaves it to the next build
        return
    old = final.parent / f"{_OLD_PREFIX}{final.name}-{os.getpid()}"
    if os.path.lexists(final):
        final.rename(old)
    staging.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def _exchange(one: Path, other: Path) -> bool:
    """Exchange two existing paths atomically (Linux's ``renameat2`` with ``RENAME_EXCHANGE``); False where the system
    or the file system cannot (then nothing was changed).

    Example (not run as a test: its answer depends on the system and the file system):
        >>> import tempfile
        >>> root = Path(tempfile.mkdtemp()); (root / "a").mkdir(); (root / "b").mkdir(); _ = (root / "a" / "x").write_text("")
        >>> _exchange(root / "a", root / "b") and sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))  # doctest: +SKIP
        ['a', 'b', 'b/x']
    """
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # not Linux with glibc 2.28 or newer
        return False
    at_cwd, exchange = -100, 2  # AT_FDCWD, RENAME_EXCHANGE
    if renameat2(at_cwd, os.fsencode(one), at_cwd, os.fsencode(other), exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):  # a kernel or file system without the exchange
        return False
    raise OSError(code, os.strerror(code), str(other))


#: the kit's own errors: their message is the user's to act on
_OWN_ERRORS = frozenset({"InputError", "UnsafeInputError", "ConfigError", "UnsafePathError", "BuildError", "ChartDataError",
                         "AnalysisError"})
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _own(err: Exception) -> bool:
    return getattr(err, "ename", "") in _OWN_ERRORS


def _reason(err: Exception, notebook: str) -> str:
    r"""The user-facing part of an error raised inside the kernel, one line.

    The kit's own errors are the user's to act on: their message, as written.
    Anything else is a bug in the kit: say so (in the language in effect),
    in which part, with the exception's name and first line.

    Example:
        >>> class Raised(Exception):
        ...     ename, evalue = "AttributeError", "Can only use .str accessor with string values\nmore"
        >>> _reason(Raised(), "04-report.ipynb")
        'kesalahan internal kit saat membangun 04-report: AttributeError: Can only use .str accessor with string values; jalankan dengan --debug untuk melihat traceback-nya'
        >>> class Refused(Exception):
        ...     ename, evalue = "AnalysisError", "kategori 'X' tidak dikenal"
        >>> _reason(Refused(), "01-staffing.ipynb")
        "kategori 'X' tidak dikenal"
    """
    evalue = getattr(err, "evalue", str(err))
    if _own(err):
        return evalue
    first = (evalue.splitlines() or [""])[0]
    return said("internal_building", part=Path(notebook).stem, error=f"{getattr(err, 'ename', '')}: {first}").text()


def _kept(build: _Year, notebook: str, err: Exception) -> str:
    """Keep the executed notebook of an internal error (it shows the traceback under the failing cell) beside the
    year's outputs, in ``.lakip-failed/<year>/``, which builds never publish; return the traceback and where it is."""
    text = _ANSI.sub("", "\n".join(getattr(err, "traceback", []) or [str(err)]))
    executed = build.staging / "notebooks" / notebook
    if executed.is_file():
        kept = build.final.parent / ".lakip-failed" / str(build.year) / notebook
        try:
            kept.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(executed, kept)
            text += "\n" + said("kept_notebook", path=kept).text()
        except OSError:
            pass  # the traceback is still shown
    return text


def year_folders(data_dir: str | Path) -> list[int]:
    """Every year folder (``2023``, ``2024`` …) under the data directory, oldest first."""
    root = Path(data_dir)
    return sorted(int(p.name) for p in root.iterdir() if p.is_dir() and p.name.isdigit() and len(p.name) == 4) if root.is_dir() else []
