"""Cleaned datasets on disk (``data/processed/<year>/``), which are also the cache of :func:`~lakip_lib.loading.load_year`.

:func:`save_processed` writes each frame of a loaded year twice: as Parquet,
for pandas (every dtype kept), and as CSV beside it, for Excel (text that
could run as a formula neutralised, :func:`lakip_lib.safety.neutralise_frame`).
Both are byte-reproducible. With each dataset goes a small JSON key
(``staff.json`` …) saying what the frames were loaded from: the input file's
name and SHA-256, the report year, the settings of ``lakip.yml`` that change
loading (``header_aliases``, ``limits``), a hash of the loading code and of
its domain tables (:func:`kit_hash`), the pandas and pyarrow versions, and
of every frame the SHA-256 of its Parquet file, its dtypes and a hash of its
content (:func:`frame_hash`).

:func:`cached` gives the dataset back from the Parquet files when the key
matches exactly, so a second load of an unchanged workbook skips Excel
altogether; anything else is a miss and the workbook is parsed again. The
cache proves itself rather than trusting its key: each frame is decoded with
the dtypes its Parquet file's own schema records, and must then have exactly
the dtypes the key lists and the content hash the key recorded when it was
stored. The key is compared, never applied: a key edited to say ``float32``
is a miss, not a budget rounded to float32, and a Parquet file rewritten with
other numbers is a miss even when the key names its new bytes. (This guards
against damage and stray edits; it is no signature: someone who may write
``data/processed`` can recompute every hash, so keep that folder as private as
the workbooks.) Files are written under a temporary name and renamed, the key
last (and removed first), so an interrupted write is a miss, never a wrong hit.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..config import Project
from ..errors import UnsafePathError
from ..messages import said
from ..safety import inside, neutralise_frame, safe_name
from .assets import Assets
from .budget import Budget
from .indicators import Indicators
from .staff import Staff

if TYPE_CHECKING:
    from .year import YearData

#: version of the layout of the files and keys; a change makes every stored key a miss
FORMAT = 4
#: dataset → its frames: attribute of the loaded dataset → file name (without suffix)
FRAMES = {
    "staff": {"roster": "staff_roster", "summaries": "staff_summaries", "stated_totals": "staff_totals", "non_asn": "staff_non_asn",
              "headcounts": "staff_headcounts", "notes": "staff_notes"},
    "indicators": {"indicators": "indicators", "values": "indicator_values", "notes": "indicator_notes"},
    "budget": {"rows": "budget_rows", "stated_totals": "budget_totals", "notes": "budget_notes"},
    "assets": {"rows": "assets", "stated_totals": "asset_totals", "notes": "asset_notes"},
}
_TYPES = {"staff": Staff, "indicators": Indicators, "budget": Budget, "assets": Assets}
_PACKAGE = Path(__file__).resolve().parent.parent


def save_processed(data: YearData, directory: str | Path) -> list[Path]:
    """Write every loaded dataset of ``data`` to ``directory/<year>/``: Parquet, CSV and key; return the files written.

    The folder is then also a cache for ``load_year(..., cache_dir=directory)``.

    Example:
        >>> import tempfile
        >>> from lakip_lib.loading import load_year
        >>> files = save_processed(load_year("data/raw", 2024), tempfile.mkdtemp())
        >>> sorted(p.name for p in files)[:4]
        ['asset_notes.csv', 'asset_notes.parquet', 'asset_totals.csv', 'asset_totals.parquet']
    """
    folder = year_folder(Path(directory), data.year, {path.parent.parent for path in data.files.values()})
    written = []
    for dataset, path in data.files.items():
        loaded = getattr(data, dataset)
        if loaded is not None:
            written += store(folder, dataset, loaded, dataset_key(dataset, path, data.sha256[path.name], data.year, data.project))
    return written


def year_folder(directory: Path, year: int, raw: set[Path]) -> Path:
    """``directory/<year>``, refused when it is inside a raw data folder (``raw``), which the kit only reads.

    Example:
        >>> year_folder(Path("data/processed"), 2024, {Path("data/raw")}).relative_to(Path.cwd()).as_posix()
        'data/processed/2024'
        >>> year_folder(Path("data/raw"), 2024, {Path("data/raw")})
        Traceback (most recent call last):
        lakip_lib.errors.UnsafePathError: ...
    """
    folder = inside(directory, safe_name(str(year), said("what_year")))
    for data_dir in (d.resolve() for d in raw):
        if folder == data_dir or data_dir in folder.parents:
            raise UnsafePathError(said("cache_in_raw", folder=folder, data=data_dir))
    return folder


def dataset_key(dataset: str, path: Path, sha256: str, year: int, project: Project) -> dict:
    """What a dataset's frames depend on besides the loading code: its file, the year and the settings that change loading.

    Example:
        >>> from lakip_lib.config import Project
        >>> key = dataset_key("staff", Path("pegawai.xlsx"), "ab12", 2024, Project())
        >>> key["file"], key["year"], key["header_aliases"]
        ('pegawai.xlsx', 2024, {})
    """
    return {"format": FORMAT, "dataset": dataset, "file": path.name, "sha256": sha256, "year": year,
            "header_aliases": project.header_aliases, "position_types": project.position_types, "limits": project.limits,
            "kit": kit_hash(), "pandas": pd.__version__, "pyarrow": pa.__version__}


@cache
def kit_hash() -> str:
    """SHA-256 of the code and tables that turn a workbook into frames: ``lakip_lib/loading``, ``domain.py`` and
    ``lakip_lib/data``. Any edit to them makes every stored dataset a miss.

    Example:
        >>> len(kit_hash())
        64
    """
    digest = hashlib.sha256()
    files = [*sorted((_PACKAGE / "loading").rglob("*.py")), _PACKAGE / "domain.py", *sorted((_PACKAGE / "data").glob("*.*"))]
    for file in files:
        digest.update(file.relative_to(_PACKAGE).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def cached(folder: Path, dataset: str, key: dict) -> Staff | Indicators | Budget | Assets | None:
    """The dataset stored in ``folder`` under exactly ``key`` (its ``files`` left to the caller), its frames equal to freshly
    loaded ones; None on a miss.

    A miss is any difference in the key, a missing or changed Parquet file, one pyarrow cannot read, or a frame
    whose dtypes or content are not those the key recorded (:func:`_read`).
    """
    try:
        stored = json.loads((folder / f"{dataset}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict) or {k: v for k, v in stored.items() if k != "frames"} != key:
        return None
    entries = stored.get("frames")
    if not isinstance(entries, dict) or set(entries) != set(FRAMES[dataset]):
        return None
    frames = {}
    for attribute, name in FRAMES[dataset].items():
        entry = entries[attribute]
        frames[attribute] = None if entry is None else _read(folder / f"{name}.parquet", entry)
        if entry is not None and frames[attribute] is None:
            return None
    return _TYPES[dataset](**frames)


def store(folder: Path, dataset: str, loaded: Staff | Indicators | Budget | Assets, key: dict) -> list[Path]:
    """Write one loaded dataset to ``folder``: each frame as Parquet and CSV, then its key; return the files written.

    The folder and its files are the owner's only: they hold the roster (names, NIPs, birth dates).
    """
    _private_folder(folder)
    keyfile = folder / f"{dataset}.json"
    keyfile.unlink(missing_ok=True)  # until the key is back, the files below are no hit
    frames, written = {}, []
    for attribute, name in FRAMES[dataset].items():
        frame = getattr(loaded, attribute)
        for suffix in (".parquet", ".csv"):
            (folder / f"{name}{suffix}").unlink(missing_ok=True)  # a frame this dataset no longer has
        if frame is None:
            frames[attribute] = None
            continue
        parquet = _parquet_bytes(frame)
        written.append(_write(folder / f"{name}.parquet", parquet))
        written.append(_write(folder / f"{name}.csv", neutralise_frame(frame).to_csv(index=False, lineterminator="\n").encode("utf-8")))
        frames[attribute] = {"sha256": hashlib.sha256(parquet).hexdigest(), "columns": [[str(c), str(t)] for c, t in frame.dtypes.items()],
                             "content": frame_hash(frame)}
    written.append(_write(keyfile, (json.dumps({**key, "frames": frames}, indent=1, sort_keys=True) + "\n").encode("utf-8")))
    return written


def forget(folder: Path, dataset: str) -> None:
    """Remove a dataset's key and files from ``folder`` (its input is gone)."""
    (folder / f"{dataset}.json").unlink(missing_ok=True)
    for name in FRAMES[dataset].values():
        for suffix in (".parquet", ".csv"):
            (folder / f"{name}{suffix}").unlink(missing_ok=True)


def _parquet_bytes(frame: pd.DataFrame) -> bytes:
    sink = pa.BufferOutputStream()
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), sink, compression="zstd")
    return sink.getvalue().to_pybytes()


def _private_folder(folder: Path) -> None:
    """Make ``folder`` (a year of the cache) and any missing parent readable by the owner only.

    A parent that already exists is left as it is: it may be a folder the user
    chose for other things too, whose permissions are not the kit's to change.
    """
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for parent in reversed(missing):
        parent.mkdir(mode=0o700, exist_ok=True)
    folder.chmod(0o700)  # a year folder written by an older kit (0o755) is tightened too


def _write(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically, readable by the owner only: to a temporary file beside it, then renamed over it."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        # created 0o600 whatever the umask: the cache holds personal data, and a group-readable moment is too long;
        # a partial file left by a killed writer of the same pid would keep its mode, so it goes first
        partial.unlink(missing_ok=True)
        with os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as file:
            file.write(data)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def frame_hash(frame: pd.DataFrame, texts: dict[str, pa.Array] | None = None) -> str:
    """SHA-256 of a frame's column names, dtypes and values.

    Taken of the frame itself, not of a file: a frame decoded from another
    Parquet file with the same values has the same hash, and any other value,
    dtype, row or column does not. A text column's missing value is one value,
    whether None or NaN. ``texts``: the Arrow arrays the frame's text
    (``object``) columns were made from, by name, which give the same bytes
    as the column at a fraction of the cost (:func:`_read`).

    Example:
        >>> a = pd.DataFrame({"budget": [13_201_715_554.0], "name": ["Program"]})
        >>> frame_hash(a) == frame_hash(a.copy()), frame_hash(a) == frame_hash(a.astype({"budget": "float32"}))
        (True, False)
    """
    digest = hashlib.sha256(json.dumps([[str(c), str(t)] for c, t in frame.dtypes.items()]).encode())
    digest.update(len(frame).to_bytes(8, "little"))
    texts = texts or {}
    for name, column in frame.items():
        data = _string_bytes(texts[name]) if name in texts else _column_bytes(column)
        digest.update(len(data).to_bytes(8, "little") + data)
    return digest.hexdigest()


def _column_bytes(column: pd.Series) -> bytes:
    """A column's values as bytes that differ whenever the values do.

    Numbers and dates are their machine values; texts their UTF-8 joined by
    NUL (with their lengths when a text holds a NUL itself), with a bit per
    row for missing: for a roster of 200,000 rows that is about ten times
    faster than :func:`pandas.util.hash_pandas_object`, which the other kinds
    of column (mixed objects, nullable integers) use.
    """
    if isinstance(column.dtype, pd.CategoricalDtype):  # its categories, in order (unused ones too), then its codes
        kind = json.dumps([[str(c) for c in column.dtype.categories], bool(column.dtype.ordered)]).encode()
        return b"c" + len(kind).to_bytes(8, "little") + kind + column.cat.codes.to_numpy().tobytes()
    if column.dtype == object:
        try:  # the same bytes as the Arrow array the cache decodes it from
            return _string_bytes(pa.array(column.to_numpy(dtype=object), type=pa.string(), from_pandas=True))
        except (pa.ArrowException, UnicodeError):
            pass  # numbers among the texts, or a lone surrogate: hashed as anything else below
    elif isinstance(column.dtype, pd.StringDtype):
        texts = column.to_numpy(dtype=object).tolist()
        missing = b""
        try:
            joined = "\0".join(texts)  # only texts join: a missing value (or a number) falls through
        except TypeError:
            mask = column.isna().to_numpy()
            missing, texts = np.packbits(mask).tobytes(), [text for text, gone in zip(texts, mask) if not gone]
            try:
                joined = "\0".join(texts)
            except TypeError:
                joined = None
        if joined is not None:
            lengths = b""
            if joined.count("\0") != max(len(texts) - 1, 0):  # a NUL inside a text: the lengths say where texts end
                lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)).tobytes()
            return (b"m" + missing if missing else b"t") + lengths + joined.encode("utf-8", "surrogatepass")
    elif isinstance(column.dtype, np.dtype) and column.dtype.kind in "biufcmM":
        return b"n" + np.ascontiguousarray(column.to_numpy()).tobytes()
    return b"h" + pd.util.hash_pandas_object(column, index=False).to_numpy().tobytes()


def _string_bytes(array: pa.Array | pa.ChunkedArray) -> bytes:
    """A text array's values as bytes that differ whenever the values do: each text's length in UTF-8, the texts, and a
    bit per row for missing. Read from Arrow's buffers, as they are: no Python string is made.

    Example:
        >>> _string_bytes(pa.array(["ab", None, ""])) == _string_bytes(pa.array(["ab", "", None]))
        False
    """
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks() if array.num_chunks != 1 else array.chunk(0)
    if pa.types.is_dictionary(array.type):
        array = array.dictionary_decode()
    if pa.types.is_null(array.type):  # a column of missing values only, as Parquet stores it
        array = pa.nulls(len(array), pa.string())
    if not pa.types.is_string(array.type):
        array = array.cast(pa.string())
    offsets = np.frombuffer(array.buffers()[1], dtype=np.int32)[array.offset:array.offset + len(array) + 1]
    lengths = np.diff(offsets).astype(np.int64)
    missing = array.is_null().to_numpy(zero_copy_only=False)
    lengths[missing] = -1  # a missing text is no text, whatever its slot holds
    data = array.buffers()[2]
    texts = memoryview(data)[offsets[0]:offsets[-1]] if data is not None else b""
    if lengths[missing].size and np.diff(offsets)[missing].any():  # bytes under a missing text: left out
        texts = b"".join(memoryview(data)[a:b] for a, b, gone in zip(offsets[:-1], offsets[1:], missing) if not gone)
    return b"s" + len(array).to_bytes(8, "little") + lengths.tobytes() + bytes(texts)


def _read(path: Path, entry: object) -> pd.DataFrame | None:
    """A stored frame, decoded as its Parquet schema says; None when it is not the frame ``entry`` (its key) recorded.

    The dtypes come from the pandas schema stored in the Parquet file; the
    key's are only compared with them (so are the file's SHA-256 and the
    frame's content hash). Anything that cannot be decoded is a miss too.
    """
    try:
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            return None
        dtypes = _schema_dtypes(pq.read_schema(pa.BufferReader(data)))
        if dtypes is None or [list(pair) for pair in dtypes] != entry["columns"]:
            return None
        texts = [column for column, dtype in dtypes if dtype == "object"]
        # object columns as dictionaries: each distinct text one Python string, shared, as the loaders share them
        table = pq.read_table(pa.BufferReader(data), read_dictionary=texts)
        frame = table.drop_columns(texts).to_pandas()
        for column in texts:
            frame[column] = pd.Series(_objects(table.column(column)), index=frame.index, dtype=object)
        frame = frame[[column for column, _ in dtypes]]
        content = frame_hash(frame, {column: table.column(column) for column in texts})
    # a damaged or foreign file, or a key of the wrong shape: whatever fails to decode is a miss, rebuilt from the workbook
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError, pa.ArrowException):
        return None
    if [(str(c), str(t)) for c, t in frame.dtypes.items()] != dtypes or content != entry.get("content"):
        return None
    return frame


def _schema_dtypes(schema: pa.Schema) -> list[tuple[str, str]] | None:
    """Each column's name and pandas dtype as the Parquet file's own pandas schema records them; None without one.

    Example:
        >>> table = pa.Table.from_pandas(pd.DataFrame({"n": [1], "t": ["a"]}).astype({"t": object}), preserve_index=False)
        >>> _schema_dtypes(table.schema)
        [('n', 'int64'), ('t', 'object')]
    """
    metadata = schema.pandas_metadata
    if not metadata or metadata.get("index_columns"):
        return None
    # a categorical's numpy_type is that of its codes (int8); pandas gives it back as "category"
    columns = [(str(column["name"]), "category" if column["pandas_type"] == "categorical" else str(column["numpy_type"]))
               for column in metadata["columns"]]
    return columns if [name for name, _ in columns] == schema.names else None


def _objects(column: pa.ChunkedArray) -> np.ndarray:
    """A text column as the loaders hold it: Python strings (one per distinct text), None where missing."""
    if pa.types.is_null(column.type):
        return np.full(len(column), None, dtype=object)
    array = column.combine_chunks() if column.num_chunks != 1 else column.chunk(0)
    texts = np.asarray([*array.dictionary.to_pylist(), None], dtype=object)
    return texts[array.indices.fill_null(-1).to_numpy()]
