"""Which files make up a fiscal year, and their content hashes.

Kept free of pandas and the Excel readers: deciding that a year is up to
date (:mod:`lakip_lib.manifest`) needs only this, and must not pay for
importing them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import Problem
from ..messages import expects

#: dataset → file-name prefix in a year folder
DATASETS = {"staff": "pegawai", "indicators": "kinerja", "budget": "anggaran", "assets": "sarana"}
#: Suffixes the kit reads, by how the file must begin.
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
#: dataset → what it is called in the messages, in Indonesian and English, and what the report lacks without it
DATASET_NAMES = {
    "staff": ("data pegawai", "staff roster", "tabel dan grafik kepegawaian Bab I", "the staff tables and charts of Chapter I"),
    "indicators": ("data kinerja (Perjanjian Kinerja dan realisasinya)", "performance indicators",
                   "capaian kinerja Bab III", "the achievement tables of Chapter III"),
    "budget": ("data anggaran (realisasi anggaran)", "budget realisation", "tabel anggaran dan efisiensi Bab III",
               "the budget and efficiency tables of Chapter III"),
    "assets": ("data sarana dan prasarana", "assets", "tabel sarana dan prasarana Bab I", "the asset tables of Chapter I"),
}


def find_inputs(year_dir: Path) -> tuple[dict[str, Path], list[Problem]]:
    """The file of each dataset in a year folder (``pegawai*.xlsx`` …) and problems such as two candidates.

    Example:
        >>> files, problems = find_inputs(Path("data/raw/2024"))
        >>> sorted(files), problems
        (['assets', 'budget', 'indicators', 'staff'], [])
    """
    found: dict[str, Path] = {}
    problems: list[Problem] = []
    candidates = sorted(p for p in year_dir.iterdir() if not p.name.startswith((".", "~$")))
    files = [p for p in candidates if p.is_file()]
    # a dataset file that is a link to nothing is an error, not a missing dataset
    problems += [Problem(p.name, expected=expects("existing_file", path=p.resolve())) for p in candidates
                 if p.is_symlink() and not p.exists() and p.name.lower().startswith(tuple(DATASETS.values()))]
    for dataset, prefix in DATASETS.items():
        matches = [p for p in files if p.name.lower().startswith(prefix) and p.suffix.lower() in SPREADSHEET_SUFFIXES + (".csv",)]
        if len(matches) > 1:
            problems.append(Problem(year_dir.name, expected=expects("one_file", prefix=prefix, found=", ".join(p.name for p in matches))))
        elif matches:
            found[dataset] = matches[0]
    return found, problems


def unmatched_files(year_dir: Path) -> list[str]:
    """Visible files of a year folder that are no dataset's (their name begins with no dataset's prefix, or the kit
    does not read their kind), sorted: what a user who named a roster ``Data Pegawai 2024.xlsx`` needs to see.

    Example:
        >>> unmatched_files(Path("data/raw/2024"))
        []
    """
    return sorted(p.name for p in year_dir.iterdir() if p.is_file() and not p.name.startswith((".", "~$"))
                  and not (p.name.lower().startswith(tuple(DATASETS.values()))
                           and p.suffix.lower() in SPREADSHEET_SUFFIXES + (".csv",)))


def expected_name(dataset: str) -> str:
    """The file names a dataset is read from, for a message.

    Example:
        >>> expected_name("staff")
        'pegawai*.xlsx (.xls, .xlsb, .ods, .csv)'
    """
    return f"{DATASETS[dataset]}*.xlsx (.xls, .xlsb, .ods, .csv)"


def missing_message(year_dir: Path, dataset: str, lang: str = "id") -> str:
    """One line saying a dataset is missing, what the report lacks, the name expected and the files not read.

    Example:
        >>> print(missing_message(Path("data/raw/2024"), "assets"))
        tidak ada data sarana dan prasarana: laporan tanpa tabel sarana dan prasarana Bab I; nama file yang dibaca: sarana*.xlsx (.xls, .xlsb, .ods, .csv) di 2024/
    """
    name_id, name_en, lacks_id, lacks_en = DATASET_NAMES[dataset]
    ignored = ", ".join(unmatched_files(year_dir)) if year_dir.is_dir() else ""
    if lang == "en":
        line = f"no {name_en}: the report lacks {lacks_en}; read from a file named {expected_name(dataset)} in {year_dir.name}/"
        return line + (f"; files not read there: {ignored}" if ignored else "")
    line = (f"tidak ada {name_id}: laporan tanpa {lacks_id}; nama file yang dibaca: {expected_name(dataset)} "
            f"di {year_dir.name}/")
    return line + (f"; file yang tidak dibaca di sana: {ignored}" if ignored else "")


#: most earlier years a report compares itself with (a Renstra spans five years)
EARLIER_YEARS = 4


def earlier_years(data_dir: Path, year: int) -> list[int]:
    """The year folders of ``data_dir`` before ``year`` that a report compares itself with: at most
    :data:`EARLIER_YEARS`, the latest ones, oldest first.

    Example:
        >>> raw = Path("data/raw")
        >>> earlier_years(raw, 2024), earlier_years(raw, 2026), earlier_years(raw, 2023)
        ([2023], [2023, 2024], [])
    """
    if not data_dir.is_dir():
        return []
    found = sorted(int(p.name) for p in data_dir.iterdir() if p.is_dir() and p.name.isdigit() and len(p.name) == 4
                   and int(p.name) < year)
    return found[-EARLIER_YEARS:]


def narrative_files(data_dir: Path, year: int) -> dict[str, Path]:
    """The narrative of ``year``'s report by section name: ``narasi/*.md``, each replaced by the file of the same
    name in ``narasi/<year>/`` and joined by that folder's other files, in the order of their names.

    Example:
        >>> sorted(narrative_files(Path("data/raw"), 2024))[:2]
        ['01-latar-belakang', '02-dasar-hukum']
    """
    found = {p.stem: p for p in sorted((data_dir / "narasi").glob("*.md")) if p.is_file()}
    found.update({p.stem: p for p in sorted((data_dir / "narasi" / str(year)).glob("*.md")) if p.is_file()})
    return dict(sorted(found.items()))


#: the folder of ``narasi/`` (and of ``narasi/<year>/``) holding one analysis text per indicator
INDICATOR_NARRATIVE = "indikator"


def indicator_narrative_files(data_dir: Path, year: int) -> dict[str, Path]:
    """The analyst's text of each indicator for ``year``'s report, by file stem in lower case: ``narasi/indikator/*.md``,
    each replaced by the file of the same name in ``narasi/<year>/indikator/``.

    Example:
        >>> all(p.suffix == ".md" for p in indicator_narrative_files(Path("data/raw"), 2024).values())
        True
    """
    found = {}
    for folder in (data_dir / "narasi" / INDICATOR_NARRATIVE, data_dir / "narasi" / str(year) / INDICATOR_NARRATIVE):
        found.update({p.stem.lower(): p for p in sorted(folder.glob("*.md")) if p.is_file()})
    return dict(sorted(found.items()))


def project_files(data_dir: Path, year: int) -> list[Path]:
    """Every file of ``data_dir`` besides the datasets that shapes ``year``'s report: ``lakip.yml``, the narrative (the
    indicators' texts too), the Word template and the logo ``lakip.yml`` names (:func:`lakip_lib.config.docx_template`,
    :func:`lakip_lib.config.logo_file`), those that exist.

    Example:
        >>> [p.name for p in project_files(Path("data/raw"), 2024)][:2]
        ['lakip.yml', '01-latar-belakang.md']
    """
    from ..config import docx_template, logo_file  # settings read as YAML only, and only here: the loaders need no config

    settings = data_dir / "lakip.yml"
    named = [path for path in (docx_template(data_dir), logo_file(data_dir)) if path is not None and path.is_file()]
    return ([settings] if settings.is_file() else []) + list(narrative_files(data_dir, year).values()) + list(
        indicator_narrative_files(data_dir, year).values()) + named


def sha256_file(path: Path) -> str:
    """SHA-256 of a file's bytes, read in chunks.

    Example:
        >>> len(sha256_file(Path("data/raw/lakip.yml")))
        64
    """
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
