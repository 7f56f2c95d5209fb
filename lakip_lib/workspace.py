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

Kept free of pandas, like :mod:`lakip_lib.ownership`.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import UnsafePathError
from .manifest import MANIFEST_NAME
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
        lakip_lib.errors.UnsafePathError: output_dir /k/outputs/2024 is a year folder that lakip build publishes: only the build writes there; leave output_dir as None to write to a scratch folder, or name another folder
    """
    if _YEAR_NAME.fullmatch(output_dir.name) or (output_dir / MANIFEST_NAME).is_file():
        raise UnsafePathError(f"output_dir {output_dir} is a year folder that lakip build publishes: only the build writes there; "
                              "leave output_dir as None to write to a scratch folder, or name another folder")


def notebook_folders(year: int, lang: str, data_dir: str | Path, output_dir: str | Path | None = None,
                     processed_dir: str | Path | None = None, scratch_root: str | Path = SCRATCH) -> tuple[Path, Path]:
    """The (output folder, cache folder) of a notebook run, from its parameters; the output folder is made.

    ``output_dir`` None: the scratch folder (:func:`scratch_folder`). ``processed_dir`` None:
    the cache of the project whose data is read (:func:`~lakip_lib.ownership.cache_folder`).

    Example:
        >>> import tempfile
        >>> root = Path(tempfile.mkdtemp())
        >>> out, cache = notebook_folders(2024, "en", root / "data/raw", scratch_root=root / "outputs/_scratch")
        >>> out.relative_to(root).as_posix(), cache.relative_to(root).as_posix()
        ('outputs/_scratch/raw/2024-en', 'data/processed')
    """
    if output_dir is None or str(output_dir) == "":
        out = scratch_folder(year, lang, data_dir, scratch_root)
    else:
        out = Path(output_dir).resolve()
        check_not_published(out)
    out.mkdir(parents=True, exist_ok=True)
    cache = cache_folder(Path(data_dir)) if processed_dir is None or str(processed_dir) == "" else Path(processed_dir).resolve()
    return out, cache
