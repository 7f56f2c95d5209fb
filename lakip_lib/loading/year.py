"""Loading a whole fiscal year: ``data/raw/<year>/`` with one file per dataset, through the cache of cleaned
datasets when one is given (:mod:`lakip_lib.loading.processed`)."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Project, load_project
from ..errors import InputError, Problem
from .assets import Assets, load_assets
from .budget import Budget, load_budget
from .indicators import Indicators, load_indicators
from .inputs import DATASETS, find_inputs, sha256_file
from .processed import cached, dataset_key, forget, store, year_folder
from .staff import Staff, load_staff


@dataclass
class YearData:
    """Everything loaded for one year; a dataset whose file is absent is None and named in ``missing``."""

    year: int
    project: Project
    staff: Staff | None = None
    indicators: Indicators | None = None
    budget: Budget | None = None
    assets: Assets | None = None
    missing: list[str] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)
    sha256: dict[str, str] = field(default_factory=dict)


def load_dataset(dataset: str, path: Path, year: int, project: Project) -> Staff | Indicators | Budget | Assets:
    """Load one dataset's file (``staff``, ``indicators``, ``budget``, ``assets``) with the project's settings.

    Example:
        >>> from lakip_lib.config import Project
        >>> load_dataset("budget", Path("data/raw/2024/anggaran.xlsx"), 2024, Project()).rows["level"].iloc[0]
        'program'
    """
    options = {"extra_aliases": project.header_aliases, "limits": project.limits}
    if dataset in ("indicators", "budget"):
        options["year"] = year
    loader = {"staff": load_staff, "indicators": load_indicators, "budget": load_budget, "assets": load_assets}[dataset]
    return loader(path, **options)


def load_year(data_dir: str | Path, year: int, project: Project | None = None, cache_dir: str | Path | None = None) -> YearData:
    """Load every dataset of ``data_dir/<year>/``; absent datasets are listed, not fatal.

    Problems in every dataset are reported together in one :class:`InputError`.
    With ``cache_dir`` (``data/processed``), each dataset loaded is kept in
    ``cache_dir/<year>/`` as Parquet and CSV (:mod:`lakip_lib.loading.processed`),
    and a dataset whose workbook, settings and loading code are unchanged is
    read from there instead of from Excel. Nothing is ever written under ``data_dir``.

    Example:
        >>> data = load_year("data/raw", 2024)
        >>> data.missing, len(data.staff.roster)
        ([], 103)
    """
    data_dir = Path(data_dir)
    year_dir = data_dir / str(year)
    if not year_dir.is_dir():
        raise InputError(Problem(str(year_dir), expected=f"a folder of input files for {year} under {data_dir}"))
    project = project or load_project(data_dir / "lakip.yml")
    files, problems = find_inputs(year_dir)
    result = YearData(year, project, files=files, missing=[d for d in DATASETS if d not in files])
    if not files and not problems:
        problems.append(Problem(year_dir.name, expected="at least one of " + ", ".join(f"{p}.xlsx" for p in DATASETS.values())))
    cache = year_folder(Path(cache_dir), year, {data_dir}) if cache_dir is not None else None
    for dataset, path in files.items():
        sha256 = result.sha256[path.name] = sha256_file(path)
        key = dataset_key(dataset, path, sha256, year, project)
        loaded = cached(cache, dataset, key) if cache else None
        if loaded is None:
            try:
                loaded = load_dataset(dataset, path, year, project)
            except InputError as err:
                problems.extend(err.problems)
                continue
            if cache:
                try:
                    store(cache, dataset, loaded, key)
                except OSError as err:
                    # the cache is a convenience: the data is loaded; later datasets are not offered to it either
                    warnings.warn(f"cannot write the cache {cache} ({err.strerror or err}): loading without it", stacklevel=2)
                    cache = None
        loaded.files = [path]
        setattr(result, dataset, loaded)
    for dataset in result.missing if cache else ():
        try:
            forget(cache, dataset)  # its workbook is gone: so are its cleaned files
        except OSError:
            pass  # left in a cache that cannot be written: its key still matches only the very file it was made from
    if problems:
        raise InputError(problems)
    return result

