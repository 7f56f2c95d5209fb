"""Loading a whole fiscal year: ``data/raw/<year>/`` with one file per dataset, through the cache of cleaned
datasets when one is given (:mod:`lakip_lib.loading.processed`)."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Project, load_project
from ..errors import InputError, Problem
from ..messages import expects, said
from .assets import Assets, load_assets
from .budget import Budget, load_budget
from .indicators import Indicators, load_indicators
from .inputs import DATASETS, expected_name, find_inputs, missing_message, sha256_file, unmatched_files
from .notes import note
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
    #: findings about the year's folder and settings rather than one dataset (:func:`~lakip_lib.loading.notes.note`)
    notes: list[dict[str, str]] = field(default_factory=list)


def _folder_notes(data_dir: Path, year_dir: Path, result: YearData, settings_missing: bool) -> list[dict[str, str]]:
    """Findings about the data folder rather than one dataset: the settings missing or leaving something out, a
    dataset missing (with the names read and the files that were not), files that are no dataset's."""
    found = [note("warning", check, "lakip.yml", message, message_en) for check, message, message_en in result.project.notes]
    if settings_missing:
        found.append(note(
            "warning", "settings_missing", f"{data_dir.name}/lakip.yml",
            f"Tidak ada lakip.yml di {data_dir}: laporan memakai nilai bawaan (instansi \"{result.project.agency}\", tanpa "
            "Renstra, penandatangan dan sumber tabel; capaian tanpa batas atas, indikator negatif dengan rumus 2t-r); "
            "buat dengan: lakip init",
            f"No lakip.yml in {data_dir}: the report uses the defaults (agency \"{result.project.agency}\", no Renstra, "
            "signatory or table sources; capaian uncapped, negative indicators by 2t-r); write one with: lakip init"))
    for dataset in result.missing:
        found.append(note("warning", "dataset_missing", f"{year_dir.name}/", missing_message(year_dir, dataset, "id"),
                          missing_message(year_dir, dataset, "en")))
    ignored = unmatched_files(year_dir)
    if ignored and not result.missing:
        listing = ", ".join(ignored)
        found.append(note("info", "files_not_read", f"{year_dir.name}/",
                          f"File yang bukan data mana pun tidak dibaca: {listing}",
                          f"Files that are no dataset's were not read: {listing}"))
    return found


def load_dataset(dataset: str, path: Path, year: int, project: Project) -> Staff | Indicators | Budget | Assets:
    """Load one dataset's file (``staff``, ``indicators``, ``budget``, ``assets``) with the project's settings.

    Example:
        >>> from lakip_lib.config import Project
        >>> load_dataset("budget", Path("data/raw/2024/anggaran.xlsx"), 2024, Project()).rows["level"].iloc[0]
        'program'
    """
    options = {"extra_aliases": project.header_aliases, "limits": project.limits}
    if dataset in ("staff", "indicators", "budget"):
        options["year"] = year
    if dataset == "staff":
        options["position_types"] = project.position_types
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
        raise InputError(Problem(str(year_dir), expected=expects("year_folder", year=year, data=data_dir)))
    settings = data_dir / "lakip.yml"
    project = project or load_project(settings, year)
    files, problems = find_inputs(year_dir)
    result = YearData(year, project, files=files, missing=[d for d in DATASETS if d not in files])
    result.notes = _folder_notes(data_dir, year_dir, result, settings_missing=not settings.is_file())
    if not files and not problems:
        ignored = unmatched_files(year_dir)
        names = ", ".join(expected_name(d) for d in DATASETS)
        problems.append(Problem(year_dir.name, expected=expects("one_of_named_otherwise", names=names, ignored=", ".join(ignored))
                                if ignored else expects("one_of", names=names)))
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
                    warnings.warn(said("cache_write_failed", folder=cache, reason=err.strerror or err).text(), stacklevel=2)
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

