"""Saving xlsx files reproducibly: the same content gives the same bytes."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

#: the one timestamp written into document properties and zip members
FIXED_TIME = dt.datetime(2000, 1, 1)
CREATOR = "lakip-kit"


class FixedTimeZip(zipfile.ZipFile):
    """A zip whose members all carry one timestamp and mode: equal contents give equal bytes."""

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        super().writestr(zip_info(getattr(zinfo_or_arcname, "filename", zinfo_or_arcname)), data)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        # openpyxl writes each worksheet to a temporary file first: stream it in, as ZipFile.write would
        with open(filename, "rb") as source, self.open(zip_info(arcname or filename), "w") as target:
            shutil.copyfileobj(source, target, 1 << 20)


def zip_info(name: object) -> zipfile.ZipInfo:
    """A zip member header with the fixed time and mode, for streaming writes into a :class:`FixedTimeZip`."""
    info = zipfile.ZipInfo(str(name), date_time=FIXED_TIME.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def save_reproducibly(workbook: Workbook, path: str | Path, creator: str = CREATOR) -> Path:
    """Save an openpyxl workbook so that the same content gives the same bytes.

    ``Workbook.save`` stamps the current time into ``docProps/core.xml`` and
    into every zip member; here both are :data:`FIXED_TIME`.

    Example:
        >>> import tempfile
        >>> book = Workbook()
        >>> book.active.append(["NIP", "NAMA"])
        >>> path = save_reproducibly(book, Path(tempfile.mkdtemp()) / "a.xlsx")
        >>> again = save_reproducibly(book, path.with_name("b.xlsx"))
        >>> path.read_bytes() == again.read_bytes()
        True
    """
    path = Path(path)
    workbook.properties.creator = creator
    workbook.properties.created = workbook.properties.modified = FIXED_TIME
    with FixedTimeZip(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(workbook, archive).save()
    return path
