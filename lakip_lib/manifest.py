"""What a year's outputs were built from, to skip a build that would change nothing.

A year is up to date when its last successful build used the same input
files (by content hash), the same ``lakip.yml`` and narrative, the same
notebooks, the same parameters and the same kit version, and every output
that build wrote is still there with the bytes it wrote (the record lists
each output file with its SHA-256). Anything else — timestamps, file names
being touched — does not count.

The record is also what makes a folder the kit's own: a build replaces
``<out>/<year>`` only when the record is there (:mod:`lakip_lib.ownership`).

A year that is not up to date is rebuilt part by part: each part notebook
(:data:`PART_DATASETS`) has a key of its own, the hash of only what it reads
(its notebook, its datasets, the settings without the report's text, the
kit), and a part whose key and outputs are those of the last build is reused
instead of run again (:func:`reusable_parts`). The record keeps each part's
key, its outputs and whether it was ``reused``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from . import __version__
from .loading.inputs import DATASETS, earlier_years, find_inputs, project_files, sha256_file

#: file written into each year's output folder
MANIFEST_NAME = ".lakip-build.json"
#: the part notebooks and the datasets each one shows; the report notebook shows everything and runs in every build
PART_DATASETS = {
    "01-staffing.ipynb": ("staff",),
    "02-performance.ipynb": ("indicators",),
    # its reconciliation findings check every dataset against the others
    "03-finance.ipynb": tuple(DATASETS),
}
#: the parts that draw the earlier years' folders too (each indicator's trend chart, as the report draws it): their
#: key covers those years' files
COMPARES_EARLIER = frozenset({"02-performance.ipynb"})
#: the report notebook, which reads every dataset and the narrative
REPORT_NOTEBOOK = "04-report.ipynb"
#: what of ``lakip.yml`` only the report's own text prints (at the top level and under ``years.<year>``): an edit
#: there re-runs the report alone. The signing date is not text: a date of another year is a finding of the year.
TEXT_SETTINGS = {"renstra": ("vision", "missions", "goals"), "signatory": ("name", "rank", "title", "place"),
                 "report": ("sources", "docx_template"), "agency": ("logo",)}


def fingerprint(data_dir: Path, year: int, notebooks: list[Path], parameters: dict[str, object]) -> dict[str, object]:
    """Everything a year's build depends on, as hashes.

    Example:
        >>> fp = fingerprint(Path("data/raw"), 2024, [], {"lang": "id"})
        >>> sorted(fp)
        ['code', 'earlier', 'inputs', 'kit_version', 'notebooks', 'parameters', 'project']
    """
    inputs = _year_inputs(data_dir / str(year))
    project = sorted([p.relative_to(data_dir).as_posix(), sha256_file(p)] for p in project_files(data_dir, year))
    return {
        "kit_version": __version__,
        "inputs": inputs,
        # the report compares itself with these years (its trend table): a change to one of them changes it
        "earlier": {str(earlier): _year_inputs(data_dir / str(earlier)) for earlier in earlier_years(data_dir, year)},
        "project": project,
        "notebooks": {nb.name: sha256_file(nb) for nb in notebooks},
        "parameters": {k: parameters[k] for k in sorted(parameters)},
        "code": code_hash(),
    }


def settings_hash(data_dir: Path) -> str:
    """SHA-256 of the settings in ``data_dir/lakip.yml`` that the part notebooks use: the file without
    :data:`TEXT_SETTINGS`; of its bytes when it is no mapping of settings (the build then says what is wrong with it);
    ``""`` without a file. Only a build computes it: deciding that a year is up to date needs no YAML read.

    Example:
        >>> len(settings_hash(Path("data/raw")))
        64
    """
    from .config import raw_settings

    path = data_dir / "lakip.yml"
    if not path.is_file():
        return ""
    try:
        raw = raw_settings(path)
    except Exception:  # noqa: BLE001 -- any file the settings reader refuses: every part runs, and the build says why
        raw = None
    if not isinstance(raw, dict):
        return sha256_file(path)
    kept = _without_text(raw)
    if isinstance(raw.get("years"), dict):
        kept["years"] = {str(year): _without_text(over) if isinstance(over, dict) else over for year, over in raw["years"].items()}
    return hashlib.sha256(json.dumps(kept, sort_keys=True, default=str).encode()).hexdigest()


def _without_text(settings: dict[str, Any]) -> dict[str, Any]:
    """``settings`` without the keys of :data:`TEXT_SETTINGS`.

    Example:
        >>> _without_text({"signatory": {"name": "A", "date": "2025-01-29"}, "limits": {}})
        {'signatory': {'date': '2025-01-29'}, 'limits': {}}
    """
    kept = {str(key): value for key, value in settings.items()}
    for section, keys in TEXT_SETTINGS.items():
        if isinstance(kept.get(section), dict):
            kept[section] = {key: value for key, value in kept[section].items() if key not in keys}
    return kept


def part_keys(fingerprinted: dict[str, Any], settings: str) -> dict[str, str]:
    """Each notebook's key: the hash of what its outputs depend on, from a year's :func:`fingerprint` and the
    :func:`settings_hash` of its data folder.

    A part notebook's key covers its notebook, the datasets it shows (file
    name and content), which datasets the year has (each notebook says which
    are missing), the settings the analysis uses, the parameters and the
    kit, and for a part of :data:`COMPARES_EARLIER` the earlier years' files;
    the report notebook's, everything.

    Example:
        >>> raw, notebooks = Path("data/raw"), sorted(Path("notebooks").glob("*.ipynb"))
        >>> keys = part_keys(fingerprint(raw, 2024, notebooks, {"lang": "id"}), settings_hash(raw))
        >>> sorted(keys)
        ['01-staffing.ipynb', '02-performance.ipynb', '03-finance.ipynb', '04-report.ipynb']
    """
    def digest(value: object) -> str:
        return hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()

    inputs = fingerprinted["inputs"]
    shared = {"settings": settings, **{key: fingerprinted[key] for key in ("kit_version", "code", "parameters")}}
    keys = {name: digest({**shared, "notebook": fingerprinted["notebooks"].get(name), "present": sorted(inputs),
                          "datasets": {dataset: inputs[dataset] for dataset in datasets if dataset in inputs},
                          **({"earlier": fingerprinted.get("earlier", {})} if name in COMPARES_EARLIER else {})})
            for name, datasets in PART_DATASETS.items()}
    everything = digest(fingerprinted)
    keys.update({name: everything for name in fingerprinted["notebooks"] if name not in PART_DATASETS})
    return keys


def analysis_key(fingerprinted: dict[str, Any]) -> str:
    """The hash of everything a year's report depends on but its narrative (``narasi/``): equal for two builds whose
    only difference is the narrative, whose report can then be rendered again from the analysis stored by the first
    (:mod:`lakip_lib.presentation.stored`).

    Example:
        >>> fp = {"project": [["lakip.yml", "a"], ["narasi/06-penutup.md", "b"]], "code": "c"}
        >>> analysis_key(fp) == analysis_key({**fp, "project": [["lakip.yml", "a"], ["narasi/06-penutup.md", "d"]]})
        True
    """
    kept = {**fingerprinted, "project": [entry for entry in fingerprinted.get("project", [])
                                         if not str(entry[0]).startswith("narasi/")]}
    return hashlib.sha256(json.dumps(kept, sort_keys=True).encode()).hexdigest()


def renderable_report(output_dir: Path, current: dict[str, Any], reused: dict[str, list[str]]) -> list[str] | None:
    """The files of the report part in ``output_dir`` that a build of ``current`` can take as they are, rendering only
    what the narrative shapes: when every part notebook is ``reused`` (:func:`reusable_parts`), the last build's record
    gives the report the :func:`analysis_key` it has now, and every file it lists for the report is intact; else None.

    Example:
        >>> renderable_report(Path("/nonexistent"), {}, {}) is None
        True
    """
    recorded = read_manifest(output_dir)
    if recorded is None or not isinstance(recorded.get("parts"), dict) or not isinstance(recorded.get("outputs"), dict):
        return None
    part = recorded["parts"].get(REPORT_NOTEBOOK)
    if (not isinstance(part, dict) or part.get("analysis") != analysis_key(current) or not isinstance(part.get("outputs"), list)
            or set(reused) != set(PART_DATASETS)):
        return None
    if not all(_intact(output_dir, path, recorded["outputs"].get(path)) for path in part["outputs"]):
        return None
    return list(part["outputs"])


def reusable_parts(output_dir: Path, current: dict[str, Any], settings: str) -> dict[str, list[str]]:
    """The part notebooks whose outputs in ``output_dir`` can be taken as they are for a build of ``current``: part
    notebook → its output files (relative POSIX paths).

    A part is reusable when the last build's record gives it the key it has
    now (:func:`part_keys`) and every file it wrote is still there with the
    SHA-256 the record lists (a deleted or edited figure runs the part again).

    Example:
        >>> reusable_parts(Path("/nonexistent"), {}, "")
        {}
    """
    recorded = read_manifest(output_dir)
    if recorded is None or not isinstance(recorded.get("parts"), dict) or not isinstance(recorded.get("outputs"), dict):
        return {}
    keys = part_keys(current, settings)
    reusable = {}
    for name in PART_DATASETS:
        part = recorded["parts"].get(name)
        if not isinstance(part, dict) or part.get("inputs") != keys[name] or not isinstance(part.get("outputs"), list):
            continue
        if all(_intact(output_dir, path, recorded["outputs"].get(path)) for path in part["outputs"]):
            reusable[name] = list(part["outputs"])
    return reusable


def _intact(output_dir: Path, name: object, digest: object) -> bool:
    """Whether ``output_dir/name`` is a file (not a link) inside ``output_dir`` with the SHA-256 ``digest``."""
    if not isinstance(name, str) or not isinstance(digest, str) or name.startswith("/") or ".." in name.split("/"):
        return False
    path = output_dir / name
    try:
        return not path.is_symlink() and path.is_file() and sha256_file(path) == digest
    except OSError:
        return False


def _year_inputs(year_dir: Path) -> dict[str, list[str]]:
    """Each dataset file of a year folder: dataset → [file name, SHA-256]."""
    if not year_dir.is_dir():
        return {}
    files, _ = find_inputs(year_dir)
    return {dataset: [path.name, sha256_file(path)] for dataset, path in sorted(files.items()) if dataset in DATASETS}


#: the kit's files :func:`code_hash` covers, by suffix
CODE_SUFFIXES = frozenset({".py", ".csv", ".j2", ".css", ".json", ".yml"})


def code_hash() -> str:
    """Hash of the installed kit's own files: an edited checkout counts as another version."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in CODE_SUFFIXES and "__pycache__" not in path.parts:
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
    recorded.pop("parts", None)  # derived from the rest, with what the build reused
    if not isinstance(outputs, dict) or recorded != json.loads(json.dumps(current)):
        return False
    return all(_intact(output_dir, name, digest) for name, digest in outputs.items())


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


def write_manifest(output_dir: Path, current: dict[str, object], parts: dict[str, dict[str, Any]] | None = None) -> None:
    """Record what ``output_dir`` was built from and every file it holds (the last step of a successful build); with
    ``parts``, each notebook's key (:func:`part_keys`), its outputs and whether it was ``reused``."""
    record = {**current, "outputs": output_hashes(output_dir)}
    if parts is not None:
        record["parts"] = parts
    (output_dir / MANIFEST_NAME).write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
