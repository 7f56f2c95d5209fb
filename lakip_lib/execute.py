"""Building a fiscal year: run its notebooks through papermill, export the report.

A year's notebooks run as :data:`CHAINS`: each chain in its own Jupyter
kernel, the chains side by side (one per core), each notebook of a chain
executed by papermill against that chain's kernel, so starting a kernel and
importing pandas and matplotlib — most of a build's cost — is paid once per
chain. Then nbconvert exports the report notebook to HTML in-process.
Everything is written to a temporary folder beside the year's outputs and
moved into place only when the whole year succeeded: a failed or
interrupted build leaves the previous outputs exactly as they were. Years
run in parallel in separate processes (papermill changes the working
directory, so threads would interfere).
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from .errors import BuildError, LakipError
from .loading.year import DATASETS, find_inputs
from .manifest import fingerprint, is_up_to_date, write_manifest
from .safety import inside, safe_name

#: the report notebook: its output is the HTML report
REPORT = "04-report.ipynb"
#: notebooks run one after another in one kernel; chains run in parallel.
#: The report and the three part notebooks take about the same time.
CHAINS = ((REPORT,), ("01-staffing.ipynb", "02-performance.ipynb", "03-finance.ipynb"))
NOTEBOOKS = tuple(sorted(name for chain in CHAINS for name in chain))
_TMP_PREFIX = ".lakip-tmp-"
_OLD_PREFIX = ".lakip-old-"


@dataclass(frozen=True)
class BuildResult:
    """How one year's build ended: ``built``, ``skipped`` (up to date) or ``failed``."""

    year: int
    status: str
    seconds: float
    output_dir: Path
    message: str = ""
    missing: tuple[str, ...] = ()


def default_notebook_dir() -> Path:
    """The kit's ``notebooks/`` folder (beside the ``lakip_lib`` package in a checkout)."""
    return Path(__file__).resolve().parent.parent / "notebooks"


def build_year(year: int, *, data_dir: str | Path, out_dir: str | Path, lang: str = "id", force: bool = False,
               pdf: bool = False, notebook_dir: str | Path | None = None, progress: bool = False,
               position: int = 0) -> BuildResult:
    """Build ``out_dir/<year>/`` from ``data_dir/<year>/``; never raises for a bad year.

    Example:
        >>> result = build_year(2024, data_dir="data/raw", out_dir="outputs")  # doctest: +SKIP
        >>> result.status, sorted(p.name for p in result.output_dir.iterdir())[:2]  # doctest: +SKIP
        ('built', ['figures', 'lakip-2024.html'])
    """
    started = time.perf_counter()
    out_root = Path(out_dir)
    data_root = Path(data_dir).resolve()
    try:
        final = inside(out_root, safe_name(str(year), "year"))
        notebooks = [Path(notebook_dir or default_notebook_dir()) / name for name in NOTEBOOKS]
        for notebook in notebooks:
            if not notebook.is_file():
                raise BuildError(f"notebook {notebook} is missing: the kit's notebooks/ folder is incomplete")
        year_dir = data_root / str(year)
        if not year_dir.is_dir():
            raise BuildError(f"no input folder {year_dir}")
        files, _ = find_inputs(year_dir)
        missing = tuple(d for d in DATASETS if d not in files)
        # cleaned datasets live beside the raw ones (data/raw → data/processed), never inside them
        processed = (data_root.parent / "processed").resolve()
        parameters = {"year": year, "data_dir": str(data_root), "processed_dir": str(processed), "lang": lang}
        current = fingerprint(data_root, year, notebooks, parameters)
        if not force and is_up_to_date(final, current) and (not pdf or (final / f"lakip-{year}.pdf").is_file()):
            return BuildResult(year, "skipped", time.perf_counter() - started, final, "up to date", missing)
        _build_into_place(year, final, notebooks, parameters, current, pdf, progress, position)
        return BuildResult(year, "built", time.perf_counter() - started, final, "", missing)
    except LakipError as err:
        return BuildResult(year, "failed", time.perf_counter() - started, out_root / str(year), str(err))


def _build_into_place(year: int, final: Path, notebooks: list[Path], parameters: dict[str, object],
                      current: dict[str, object], pdf: bool, progress: bool, position: int) -> None:
    final.parent.mkdir(parents=True, exist_ok=True)
    for stale in final.parent.glob(f"{_TMP_PREFIX}{year}-*"):
        shutil.rmtree(stale, ignore_errors=True)  # left by an interrupted build
    for old in sorted(final.parent.glob(f"{_OLD_PREFIX}{year}-*")):
        if not final.exists():
            old.rename(final)  # a build stopped between the two renames of _swap: the old year is still good
        else:
            shutil.rmtree(old, ignore_errors=True)
    staging = final.parent / f"{_TMP_PREFIX}{year}-{os.getpid()}"
    staging.mkdir()
    try:
        _run(year, staging, notebooks, parameters, pdf, progress, position)
        write_manifest(staging, current)
        _swap(staging, final)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap(staging: Path, final: Path) -> None:
    """Replace ``final`` with ``staging`` so that a reader sees the old or the new year, never a mix."""
    old = final.parent / f"{_OLD_PREFIX}{final.name}-{os.getpid()}"
    if final.exists():
        final.rename(old)
    staging.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def _run(year: int, staging: Path, notebooks: list[Path], parameters: dict[str, object], pdf: bool,
         progress: bool, position: int) -> None:
    from tqdm import tqdm

    from .presentation.html import export_html

    (staging / "notebooks").mkdir()
    by_name = {nb.name: nb for nb in notebooks}
    bar = tqdm(total=len(notebooks) + 1 + int(pdf), desc=str(year), position=position, leave=True,
               disable=not progress, file=sys.stderr)
    parameters = {**parameters, "output_dir": str(staging)}
    # Threads only wait on kernels (separate processes); papermill changes the
    # working directory only when given cwd=, which this never passes.
    with ThreadPoolExecutor(len(CHAINS)) as pool:
        chains = [pool.submit(_run_chain, [by_name[n] for n in chain], staging, parameters, bar) for chain in CHAINS]
        for chain in chains:
            chain.result()
    bar.set_postfix_str("html")
    html = staging / f"lakip-{year}.html"
    html.write_text(export_html(staging / "notebooks" / REPORT), encoding="utf-8")
    bar.update()
    if pdf:
        from .presentation.pdf import PdfUnavailableError, write_pdf

        bar.set_postfix_str("pdf")
        try:
            write_pdf(html, staging / f"lakip-{year}.pdf")
        except PdfUnavailableError as err:
            # the PDF is a convenience; the HTML report is the product
            print(f"lakip: {year}: no PDF, the HTML report is built: {err}", file=sys.stderr)
        bar.update()
    bar.close()


def _run_chain(notebooks: list[Path], staging: Path, parameters: dict[str, object], bar) -> None:
    """Execute ``notebooks`` one after another in one fresh kernel."""
    import papermill
    from jupyter_client.manager import KernelManager

    kernel = KernelManager(kernel_name="python3")
    # The kernel listens on localhost only; its warning about unencrypted TCP is noise on every build.
    kernel.start_kernel(cwd=str(notebooks[0].parent), extra_arguments=["--IPKernelApp.log_level=ERROR"])
    try:
        for notebook in notebooks:
            try:
                papermill.execute_notebook(
                    str(notebook), str(staging / "notebooks" / notebook.name), parameters=parameters,
                    km=kernel, progress_bar=False, log_output=False,
                )
            except papermill.PapermillExecutionError as err:
                raise BuildError(_reason(err, notebook.name)) from None
            bar.set_postfix_str(notebook.stem)
            bar.update()
    finally:
        kernel.shutdown_kernel(now=True)  # a graceful shutdown sometimes stalls ~3 s for nothing


def _reason(err: Exception, notebook: str) -> str:
    """The user-facing part of an error raised inside the kernel.

    The kit's own errors are the user's to act on: their message, as written.
    Anything else is a bug: say in which notebook, with the exception's name.
    """
    ename = getattr(err, "ename", "")
    evalue = getattr(err, "evalue", str(err))
    own = {"InputError", "UnsafeInputError", "ConfigError", "UnsafePathError", "BuildError", "ChartDataError"}
    return evalue if ename in own else f"{notebook}: {ename}: {evalue}"


def build_years(years: list[int], *, jobs: int = 1, progress: bool = False, **options) -> list[BuildResult]:
    """Build several years, ``jobs`` at a time in separate processes; one failing year does not stop the others."""
    if jobs <= 1 or len(years) <= 1:
        return [build_year(year, progress=progress, position=i, **options) for i, year in enumerate(years)]
    results = []
    with ProcessPoolExecutor(max_workers=min(jobs, len(years)), mp_context=get_context("spawn")) as pool:
        futures = {pool.submit(build_year, year, progress=progress, position=i, **options): year for i, year in enumerate(years)}
        for future in as_completed(futures):
            results.append(future.result())
    return sorted(results, key=lambda r: years.index(r.year))


def year_folders(data_dir: str | Path) -> list[int]:
    """Every year folder (``2023``, ``2024`` …) under the data directory, oldest first."""
    root = Path(data_dir)
    return sorted(int(p.name) for p in root.iterdir() if p.is_dir() and p.name.isdigit() and len(p.name) == 4) if root.is_dir() else []
