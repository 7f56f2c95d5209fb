"""What a year's outputs were built from, to skip a build that would change nothing.

A year is up to date when its last successful build used the same input
files (by content hash), the same ``lakip.yml`` and narrative, the same
notebooks, the same parameters and the same kit version, and every output
that build wrote is still there with the bytes it wrote (the record lists
each output file with its SHA-256). Anything else — timestamps, file names
being touched — does not count.

The record is also what makes a folder the kit's own: a build replaces
``<out>/<year>`` only when the record is there (:mod:`lakip_lib.ownership`).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import __version__
from .config import docx_template
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
        for p in project_files(data_dir)
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


def project_files(data_dir: Path) -> list[Path]:
    """The files of the data folder every year's report is built from: ``lakip.yml``, ``narasi/*.md`` and the Word
    template ``lakip.yml`` names (:func:`lakip_lib.config.docx_template`), present or not.

    Example:
        >>> [p.name for p in project_files(Path("data/raw"))][:2]
        ['lakip.yml', '01-latar-belakang.md']
    """
    template = docx_template(data_dir)
    return [data_dir / "lakip.yml", *sorted((data_dir / "narasi").glob("*.md")), *([template] if template else [])]


def _code_hash() -> str:
    """Hash of the installed kit's own files: an edited checkout counts as another version."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".csv", ".j2", ".css", ".json", ".yml"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def read_manifest(output_dir: Path) -> dict[str, object] | None:
    """The build record in ``output_dir``, or None when there is none or it is not a record.

    Example:
        >>> read_manifest(Path("/nonexistent")) is None
        True
    """
    try:
        recorded = json.loads((output_dir / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return recorded if isinstance(recorded, dict) and "kit_version" in recorded else None


def is_up_to_date(output_dir: Path, current: dict[str, object]) -> bool:
    """True when ``output_dir`` holds a complete build made from exactly ``current``.

    Complete means every output the record lists is there with its recorded
    SHA-256: a deleted report or table, or an edited one, is rebuilt. A record
    without that list (written before the kit kept one) is never up to date.
    """
    recorded = read_manifest(output_dir)
    if recorded is None:
        return False
    outputs = recorded.pop("outputs", None)
    if not isinstance(outputs, dict) or recorded != json.loads(json.dumps(current)):
        return False
    for name, digest in outputs.items():
        path = output_dir / name
        try:
            if path.is_symlink() or not path.is_file() or sha256_file(path) != digest:
                return False
        except OSError:
            return False
    return True


def output_hashes(output_dir: Path) -> dict[str, str]:
    """Every file under ``output_dir`` but the record itself: relative POSIX path → SHA-256.

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp()); _ = (folder / "a.csv").write_text("x")
        >>> output_hashes(folder)
        {'a.csv': '2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881'}
    """
    return {path.relative_to(output_dir).as_posix(): sha256_file(path)
            for path in sorted(output_dir.rglob("*")) if path.is_file() and path.name != MANIFEST_NAME}


def write_manifest(output_dir: Path, current: dict[str, object]) -> None:
    """Record what ``output_dir`` was built from and every file it holds (the last step of a successful build)."""
    record = {**current, "outputs": output_hashes(output_dir)}
    (output_dir / MANIFEST_NAME).write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
