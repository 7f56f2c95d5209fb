"""Which files make up a fiscal year, and their content hashes.

Kept free of pandas and the Excel readers: deciding that a year is up to
date (:mod:`lakip_lib.manifest`) needs only this, and must not pay for
importing them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import Problem

#: dataset → file-name prefix in a year folder
DATASETS = {"staff": "pegawai", "indicators": "kinerja", "budget": "anggaran", "assets": "sarana"}
#: Suffixes the kit reads, by how the file must begin.
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")


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
    problems += [Problem(p.name, expected=f"an existing file (looked for {p.resolve()})") for p in candidates
                 if p.is_symlink() and not p.exists() and p.name.lower().startswith(tuple(DATASETS.values()))]
    for dataset, prefix in DATASETS.items():
        matches = [p for p in files if p.name.lower().startswith(prefix) and p.suffix.lower() in SPREADSHEET_SUFFIXES + (".csv",)]
        if len(matches) > 1:
            problems.append(Problem(year_dir.name, expected=f"one {prefix}* file, found {', '.join(p.name for p in matches)}"))
        elif matches:
            found[dataset] = matches[0]
    return found, problems


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
