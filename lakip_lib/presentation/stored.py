"""A year's report model kept beside its build, so that a narrative edit re-renders the report without a kernel.

The report notebook stores the :class:`~lakip_lib.presentation.report.Report`
it made (:func:`store_report`) in the year's outputs as
:data:`MODEL_NAME`; a later ``lakip build`` whose only change is the
narrative loads it (:func:`load_report`) and renders the report again with
:meth:`~lakip_lib.presentation.report.Report.with_narrative`, in its own
process.

What is stored is the model without what the narrative shapes (the texts, the
sections, the summary, the self-check: made again from the narrative), without
the roster (no name or NIP leaves the data folder; the report needs only its
counts) and without a path of the machine (the input files are named relative
to the data folder). A figure is kept as the images it was rendered to
(:class:`StoredFigure`): the PNG of the HTML report and, when the build wrote
the Word document, the PNG it prints.

The file is a pickle, read with an allow-list of the classes a report is
made of (pandas, numpy, pyarrow, the kit) and of the few functions their
pickles name: a file that names anything else (``os.system``) is refused,
not run. It is read only when its header names this format, this kit version
and the same Python, pandas, numpy, pyarrow and matplotlib; the
build also checks the file's SHA-256 against its record. Anything else — no
file, another version, a file that cannot be read — returns None, and the
build runs the report notebook as usual.
"""

from __future__ import annotations

import io
import json
import pickle
import platform
from dataclasses import replace
from pathlib import Path, PurePath
from typing import Any

#: the stored model in a year's outputs (hidden: the preview never serves it)
MODEL_NAME = ".lakip-report.pickle"
#: bumped whenever what is stored changes meaning
FORMAT = 2
#: packages whose classes a stored report may name (and their submodules' classes)
_ALLOWED_PACKAGES = frozenset({"lakip_lib", "pandas", "numpy", "pyarrow", "datetime", "pathlib", "collections", "zoneinfo",
                               "dateutil", "pytz", "decimal", "markupsafe"})  # markupsafe: the outline's headings (Markup, a str)
#: the functions a stored report's frames are rebuilt with (and pandas' NA); no other function is called while one is read
_ALLOWED_GLOBALS = frozenset({
    ("numpy._core.multiarray", "_reconstruct"), ("numpy.core.multiarray", "_reconstruct"),
    ("numpy._core.numeric", "_frombuffer"), ("numpy.core.numeric", "_frombuffer"),
    ("numpy._core.multiarray", "scalar"), ("numpy.core.multiarray", "scalar"),
    ("pandas._libs.internals", "_unpickle_block"), ("pandas.core.indexes.base", "_new_Index"),
    ("pandas.core.indexes.datetimes", "_new_DatetimeIndex"), ("pandas.core.indexes.period", "_new_PeriodIndex"),
    ("pandas._libs.tslibs.timestamps", "_unpickle_timestamp"), ("pandas._libs.tslibs.timedeltas", "_timedelta_unpickle"),
    ("pandas._libs.tslibs.nattype", "_nat_unpickle"),
    ("pandas._libs.arrays", "__pyx_unpickle_NDArrayBacked"), ("pandas._libs.missing", "NA"), ("pandas", "NA"),
    ("pyarrow.lib", "_restore_array"), ("pyarrow.lib", "type_for_alias"), ("pyarrow.lib", "py_buffer"),
    ("copyreg", "_reconstructor"), ("builtins", "slice"), ("builtins", "set"), ("builtins", "frozenset"),
    ("builtins", "complex"), ("builtins", "bytearray"), ("builtins", "object"), ("_codecs", "encode"),
})


def _header() -> dict[str, object]:
    from importlib.metadata import version

    import numpy
    import pandas
    import pyarrow

    from .. import __version__

    # matplotlib's version from its metadata: reading a model (its figures are images) does not import matplotlib
    return {"format": FORMAT, "kit": __version__, "python": platform.python_version(), "pandas": pandas.__version__,
            "numpy": numpy.__version__, "pyarrow": pyarrow.__version__, "matplotlib": version("matplotlib")}


class StoredFigure:
    """A figure of a stored report: the images it was rendered to, where the report had a matplotlib figure.

    It answers what the report asks a figure (:mod:`lakip_lib.presentation.charts`): its PNG and SVG (``_lakip_png``,
    ``_lakip_svg``, which :func:`~lakip_lib.presentation.charts.figure_png` and ``figure_svg`` take as drawn), its alt text and key, and ``savefig`` for a PNG
    at a resolution it was printed at (the Word document's). Any other is an error: :func:`load_report`, asked for
    the Word document, refuses a model without its prints, so that the build runs the notebook instead.

    Example:
        >>> figure = StoredFigure(b"png", "alt", "gambar-1-2", {300: b"print"}, b"<svg/>", (5.2, 3.0))
        >>> out = io.BytesIO(); figure.savefig(out, format="png", dpi=300, metadata={}); out.getvalue()
        b'print'
    """

    def __init__(self, png: bytes, alt: str, key: str, prints: dict[int, bytes], svg: bytes,
                 size: tuple[float, float], data: str = "") -> None:
        self._lakip_png, self.lakip_alt, self.lakip_key, self.prints, self._lakip_svg = png, alt, key, prints, svg
        # what it was drawn from (SHA-256): the preview's worker reuses it for the same data after a workbook edit
        self.size, self.lakip_data = size, data

    def get_size_inches(self) -> tuple[float, float]:
        """Its size as drawn: the Word document fits a tall chart to the page by it."""
        return self.size

    def savefig(self, buffer: io.BufferedIOBase, format: str, dpi: int | None = None, **_: object) -> None:  # noqa: A002
        if format != "png" or dpi not in self.prints:
            raise ValueError(f"the stored figure {self.lakip_key} was not rendered as {format} at {dpi} dpi")
        buffer.write(self.prints[dpi])

    def set_layout_engine(self, _: str) -> None:
        """Its layout is that of the images: nothing to fix."""


class _Pickler(pickle.Pickler):
    """Pickles a report without the roster and without the machine's paths (see the module's docstring)."""

    def __init__(self, file: io.BufferedIOBase, root: Path, prints: tuple[int, ...]) -> None:
        super().__init__(file, protocol=5)
        self.root, self.prints = root, prints

    def reducer_override(self, obj: Any) -> Any:
        from matplotlib.figure import Figure

        from ..loading.staff import Staff
        from .charts import _png, figure_png
        from .svg import svg_of

        if isinstance(obj, Figure):
            return StoredFigure, (_png(obj), getattr(obj, "lakip_alt", ""), getattr(obj, "lakip_key", ""),
                                  {dpi: figure_png(obj, dpi) for dpi in self.prints}, svg_of(obj),
                                  tuple(float(x) for x in obj.get_size_inches()), getattr(obj, "lakip_data", ""))

        if isinstance(obj, Staff) and obj.roster is not None:
            return replace(obj, roster=None).__reduce_ex__(5)
        if isinstance(obj, PurePath) and obj.is_absolute():
            try:
                relative = obj.relative_to(self.root)
            except ValueError:
                relative = PurePath(obj.name)
            return (PurePath if type(obj) is PurePath else Path, (relative.as_posix(),))
        return NotImplemented


class _Unpickler(pickle.Unpickler):
    """Reads only what a report is made of: the names of :data:`_ALLOWED_GLOBALS`, and classes of
    :data:`_ALLOWED_PACKAGES` (never a module, nor a function such as ``os.system``, whatever module names it)."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED_GLOBALS:
            return super().find_class(module, name)
        if "." not in name and module.split(".")[0] in _ALLOWED_PACKAGES:
            found = super().find_class(module, name)
            if isinstance(found, type) and str(getattr(found, "__module__", "")).split(".")[0] in _ALLOWED_PACKAGES:
                return found
        raise pickle.UnpicklingError(f"a stored report names {module}.{name}, which no report is made of")


def store_report(report: Any, output_dir: str | Path, data_dir: str | Path, docx: bool = False) -> Path:
    """Write ``report`` (without its narrative, roster and paths) to ``output_dir/`` :data:`MODEL_NAME`; with ``docx``,
    its figures as the Word document prints them too.

    Example:
        >>> import tempfile
        >>> from lakip_lib.presentation.report import build_report
        >>> store_report(build_report("data/raw", 2024), tempfile.mkdtemp(), "data/raw").name
        '.lakip-report.pickle'
    """
    # what the narrative shapes is made again from it (Report.with_narrative): the stored model does not depend on it
    bare = replace(report, narasi={}, inputs={}, sections=[], summary=None, missing_texts=[], checklist=[])
    buffer = io.BytesIO()
    buffer.write(json.dumps(_header(), sort_keys=True).encode() + b"\n")
    from .charts import PRINT_DPI

    _Pickler(buffer, Path(data_dir).resolve(), (PRINT_DPI,) if docx else ()).dump(bare)
    path = Path(output_dir) / MODEL_NAME
    path.write_bytes(buffer.getvalue())
    return path


def load_report(path: str | Path, data_dir: str | Path, docx: bool = False) -> Any | None:
    """The report stored at ``path`` (:func:`store_report`) with the narrative of ``data_dir`` read again
    (:meth:`~lakip_lib.presentation.report.Report.with_narrative`), or None when there is none, it is of another format
    or environment, it cannot be read, or (``docx``) it lacks the figures as the Word document prints them.

    Example:
        >>> import tempfile
        >>> from lakip_lib.presentation.report import build_report
        >>> stored = store_report(build_report("data/raw", 2024), tempfile.mkdtemp(), "data/raw")
        >>> list(load_report(stored, "data/raw").narasi)[:2], load_report(stored.parent / "none.pickle", "data/raw")
        (['01-latar-belakang', '02-dasar-hukum'], None)
    """
    try:
        with open(path, "rb") as handle:
            header = json.loads(handle.readline())
            if header != _header():
                return None
            report = _Unpickler(handle).load()
        from .report import Report

        if not isinstance(report, Report):
            return None
        if docx:
            from .charts import PRINT_DPI

            if any(PRINT_DPI not in getattr(f.figure, "prints", {}) for f in report.figures.values()):
                return None
        root = Path(data_dir)
        template = report.data.project.docx_template
        report.template = root / template if template else None
        # a narrative the report cannot take (not UTF-8…) is said by the report notebook, in its words
        return report.with_narrative(root)
    except Exception:  # noqa: BLE001 -- no file, a damaged or foreign one: the caller runs the report notebook instead
        return None
