"""What a year's outputs were built from, to skip a build that would change nothing.

A year is up to date when its last successful build used the same input
files (by content hash), the same ``lakip.yml`` and narrative, the same
notebooks, the same parameters and the same kit version. Anything else —
timestamps, file names being touched — does not count.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import __version__
from .loading.inputs import DATASETS, find_inputs, sha256_file

#: file written into each year's output folder
MANIFEST_NAME = ".lakip-build.json"


def fingerprint(data_dir: Path, year: int, notebooks: list[Path], parameters: dict[str, object]) -> dict[str, object]:
    """Everything a year's build depends on, as hashes.

    Example:
        >>> fp = fingerprint(Path("data/raw"), 2024, [], {"lang": "id"})  # doctest: +SKIP
        >>> sorted(fp)  # doctest: +SKIP
        ['inputs', 'kit_version', 'notebooks', 'parameters', 'project']
    """
    year_dir = data_dir / str(year)
    inputs = {}
    if year_dir.is_dir():
        files, _ = find_inputs(year_dir)
        inputs = {dataset: [path.name, sha256_file(path)] for dataset, path in sorted(files.items()) if dataset in DATASETS}
    project = sorted(
        [p.relative_to(data_dir).as_posix(), sha256_file(p)]
        for p in [data_dir / "lakip.yml", *sorted((data_dir / "narasi").glob("*.md"))]
        if p.is_file()
    )
    return {
        "kit_version": __version__,
        "inputs": inputs,
        "project": project,
        "notebooks": {nb.name: sha256_file(nb) for nb in notebooks},
        "parameters": {k: parameters[k] for k in sorted(parameters)},
        "code": _code_hash(),
    }


def _code_hash() -> str:
    """Hash of the installed kit's own files: an edited checkout counts as another version."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".csv", ".j2", ".css", ".json", ".yml"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def is_up_to_date(output_dir: Path, current: dict[str, object]) -> bool:
    """True when ``output_dir`` holds a complete build made from exactly ``current``."""
    manifest = output_dir / MANIFEST_NAME
    try:
        recorded = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return recorded == json.loads(json.dumps(current))


def write_manifest(output_dir: Path, current: dict[str, object]) -> None:
    """Record what ``output_dir`` was built from (the last step of a successful build)."""
    (output_dir / MANIFEST_NAME).write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", encoding="utf-8")
