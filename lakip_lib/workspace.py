"""Where a notebook run writes: a scratch folder when exploring, the build's staging folder when publishing.

An analyst runs the notebooks in JupyterLab or with papermill, changing the
year, the language or the data folder; none of that may touch what ``lakip
build`` published. So a notebook's ``output_dir`` parameter is None unless
the build passes its staging folder, and None means a scratch folder named
after the run's parameters (:func:`scratch_folder`); an ``output_dir`` that
is a published year is refused (:func:`check_not_published`). Its
``processed_dir`` is None unless given, and None means the cache of the
project whose data is read (:func:`lakip_lib.ownership.cache_folder`), never
the kit's own for another agency's data.

Nothing of a run is committed either: :func:`strip_notebook` drops a saved
notebook's outputs, execution counts and run metadata. ``make
clean-notebooks`` applies it to ``notebooks/``, and ``make install`` sets it
up as git's clean filter for them (``.gitattributes``), so a notebook saved
after a run is committed as it was: ``python -m lakip_lib.workspace`` reads a
notebook on standard input and writes it stripped.

Kept free of pandas, like :mod:`lakip_lib.ownership`.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from .errors import UnsafePathError
from .manifest import MANIFEST_NAME
from .messages import said, use_language
from .ownership import cache_folder

#: the scratch root, relative to the notebooks' folder as their ``data_dir`` default is: ``outputs/_scratch``
SCRATCH = Path("..") / "outputs" / "_scratch"
#: the data folder the notebooks read by default, relative to the notebooks' folder
DEFAULT_DATA = Path("..") / "data" / "raw"
_YEAR_NAME = re.compile(r"\d{4}")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def scratch_folder(year: int, lang: str, data_dir: str | Path, root: str | Path = SCRATCH) -> Path:
    """The scratch folder of an exploring run: ``<root>/<year>-<lang>`` for the kit's own data,
    ``<root>/<data folder's name>/<year>-<lang>`` for any other, so two agencies' runs stay apart.

    ``root`` and a relative ``data_dir`` are taken from the working directory,
    the notebooks' folder in JupyterLab and in a build.

    Example:
        >>> scratch_folder(2025, "en", "../data/raw", root="/k/outputs/_scratch").as_posix()
        '/k/outputs/_scratch/2025-en'
        >>> scratch_folder(2025, "id", "/agencies/dinkes kota", root="/k/outputs/_scratch").as_posix()
        '/k/outputs/_scratch/dinkes_kota/2025-id'
    """
    root = Path(root).resolve()
    run = f"{int(year)}-{_UNSAFE.sub('_', str(lang))}"
    data = Path(data_dir).resolve()
    if data == DEFAULT_DATA.resolve():
        return root / run
    return root / (_UNSAFE.sub("_", data.name).strip("._") or "data") / run


def check_not_published(output_dir: Path) -> None:
    """Refuse ``output_dir`` when it is a year ``lakip build`` publishes: it has a build record, or is named as a year.

    Only a build writes there, and it writes into its own staging folder first;
    a notebook writing into ``outputs/2024`` would leave files the record does
    not list (the next build then refuses to replace the folder) or change the
    published tables under the report.

    Example:
        >>> check_not_published(Path("/tmp/scratch/2024-id"))
        >>> check_not_published(Path("/k/outputs/2024"))
        Traceback (most recent call last):
        lakip_lib.errors.UnsafePathError: output_dir /k/outputs/2024 adalah folder tahun yang diterbitkan lakip build: hanya build yang menulis di sana; biarkan output_dir None agar ditulis ke folder sementara, atau sebutkan folder lain
    """
    if _YEAR_NAME.fullmatch(output_dir.name) or (output_dir / MANIFEST_NAME).is_file():
        raise UnsafePathError(said("year_published", folder=output_dir))


def notebook_folders(year: int, lang: str, data_dir: str | Path, output_dir: str | Path | None = None,
                     processed_dir: str | Path | None = None, scratch_root: str | Path = SCRATCH) -> tuple[Path, Path]:
    """The (output folder, cache folder) of a notebook run, from its parameters; the output folder is made, and
    ``lang`` becomes the language of the run's input problems (the build reads only their text from the kernel).

    ``output_dir`` None: the scratch folder (:func:`scratch_folder`). ``processed_dir`` None:
    the cache of the project whose data is read (:func:`~lakip_lib.ownership.cache_folder`).

    Example:
        >>> import tempfile
        >>> root = Path(tempfile.mkdtemp())
        >>> out, cache = notebook_folders(2024, "en", root / "data/raw", scratch_root=root / "outputs/_scratch")
        >>> out.relative_to(root).as_posix(), cache.relative_to(root).as_posix()
        ('outputs/_scratch/raw/2024-en', 'data/processed')
        >>> _ = use_language(None)  # the language of this process again (the kernel's, in a build)
    """
    use_language(lang)
    if output_dir is None or str(output_dir) == "":
        out = scratch_folder(year, lang, data_dir, scratch_root)
    else:
        out = Path(output_dir).resolve()
        check_not_published(out)
    out.mkdir(parents=True, exist_ok=True)
    cache = cache_folder(Path(data_dir)) if processed_dir is None or str(processed_dir) == "" else Path(processed_dir).resolve()
    return out, cache


#: cell and notebook metadata a run leaves (papermill's parameters and timings, Jupyter's execution times)
RUN_METADATA = ("execution", "papermill", "ExecuteTime", "collapsed", "scrolled")


def strip_notebook(text: str) -> str:
    """A saved notebook (its JSON text) without what a run left: outputs, execution counts and run metadata,
    written as Jupyter writes it (one-space indents, a final newline); a clean notebook comes back byte for byte.

    Example:
        >>> run = json.dumps({"cells": [{"cell_type": "code", "execution_count": 3, "id": "a", "metadata": {"execution": {}},
        ...                              "outputs": [{"output_type": "stream", "name": "stdout", "text": ["2.025"]}],
        ...                              "source": ["year"]}], "metadata": {"papermill": {}}, "nbformat": 4, "nbformat_minor": 5})
        >>> json.loads(strip_notebook(run))["cells"][0]
        {'cell_type': 'code', 'execution_count': None, 'id': 'a', 'metadata': {}, 'outputs': [], 'source': ['year']}
    """
    notebook = json.loads(text)
    for key in RUN_METADATA:
        notebook.get("metadata", {}).pop(key, None)
    for cell in notebook.get("cells", []):
        for key in RUN_METADATA:
            cell.get("metadata", {}).pop(key, None)
        if cell.get("cell_type") == "code":
            cell["outputs"], cell["execution_count"] = [], None
    return json.dumps(notebook, indent=1, ensure_ascii=False) + "\n"


def strip_files(paths: list[str]) -> list[Path]:
    """:func:`strip_notebook` each file in place where that changes it; the files changed.

    Example:
        >>> strip_files([])
        []
    """
    changed = []
    for path in map(Path, paths):
        text = path.read_text(encoding="utf-8")
        stripped = strip_notebook(text)
        if stripped != text:
            path.write_text(stripped, encoding="utf-8")
            changed.append(path)
    return changed


if __name__ == "__main__":  # git's clean filter (make install): a notebook on stdin, stripped on stdout
    sys.stdout.write(strip_notebook(sys.stdin.read()))
