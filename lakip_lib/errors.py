"""The kit's exceptions: one hierarchy under :class:`LakipError`.

A user mistake (a bad file, a bad setting) raises a subclass of
:class:`LakipError` whose message says what is wrong, where, and what was
expected; the command line prints that message without a traceback.
Anything else escaping the kit is a bug in the kit.
"""

from __future__ import annotations

import errno
import re
from dataclasses import dataclass


class LakipError(Exception):
    """Base class of every error the kit raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as precisely as the input allows.

    Example:
        >>> str(Problem("pegawai.xlsx", "Data", "D14", "GOL", "V/a", "a golongan I/a … IV/e"))
        "pegawai.xlsx, sheet 'Data', cell D14, column 'GOL': got 'V/a', expected a golongan I/a … IV/e"
        >>> str(Problem("anggaran.xlsx", "Data", "row 7", expected="each code once"))
        "anggaran.xlsx, sheet 'Data', row 7: expected each code once"
    """

    file: str
    sheet: str | None = None
    cell: str | None = None
    column: str | None = None
    value: object = None
    expected: str = ""

    def location(self) -> str:
        parts = [self.file]
        if self.sheet:
            parts.append(f"sheet '{self.sheet}'")
        if self.cell:
            # a location known only to its row ("row 14", from a finding's location) is said as a row, not a cell
            parts.append(self.cell if self.cell.startswith("row ") else f"cell {self.cell}")
        if self.column:
            parts.append(f"column '{self.column}'")
        return ", ".join(parts)

    def __str__(self) -> str:
        got = "" if self.value is None else f"got {_show(self.value)}, "
        return f"{self.location()}: {got}expected {self.expected}"


def _show(value: object) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


class InputError(LakipError):
    """An input file cannot be used; lists every problem found, not just the first.

    Example:
        >>> err = InputError([Problem("a.xlsx", expected="a workbook")])
        >>> print(err)
        1 problem in the input:
          - a.xlsx: expected a workbook
    """

    #: how many problems the message lists before summarising the rest
    shown = 25

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__(self._message())

    def _message(self) -> str:
        n = len(self.problems)
        lines = [f"{n} problem{'s' if n != 1 else ''} in the input:"]
        lines += [f"  - {p}" for p in self.problems[: self.shown]]
        if n > self.shown:
            lines.append(f"  … and {n - self.shown} more of the same kinds")
        return "\n".join(lines)


def headline(message: str) -> str:
    """One line saying what is wrong, for a console line per failed year.

    For an :class:`InputError` message it is the first problem, with how many
    more there are; for any other message, its first line.

    Example:
        >>> headline(str(InputError([Problem("a.xlsx", expected="a workbook"), Problem("b.xlsx", expected="x")])))
        'a.xlsx: expected a workbook (+1 more problem)'
    """
    lines = message.splitlines()
    first = lines[0] if lines else ""
    if len(lines) > 1 and first.endswith(" in the input:"):
        more = int(first.split()[0]) - 1
        extra = f" (+{more} more problem{'s' if more != 1 else ''})" if more else ""
        return lines[1].strip().removeprefix("- ") + extra
    return first


class UnsafeInputError(InputError):
    """An input that looks crafted to harm: too large when unpacked, XML entities, …"""


class ConfigError(LakipError):
    """``lakip.yml`` or a command-line setting is missing or invalid."""


class UnsafePathError(LakipError):
    """A name or setting would make the kit write outside its output folder."""


class BuildError(LakipError):
    """A year's build failed; its previous outputs are left untouched."""


class ChartDataError(LakipError):
    """A chart was asked for with data it cannot draw (empty, say)."""


class AnalysisError(LakipError):
    """The data cannot be analysed as asked: an unknown category, grade or dimension, an ambiguous value."""


#: what to do about an operating-system error, by its number
_OS_ADVICE = {
    errno.ENOSPC: "the disk is full: free space on it, or give --out a folder on another disk",
    errno.EDQUOT: "the disk quota is used up: free space, or give --out a folder on another disk",
    errno.EROFS: "the file system is mounted read-only: give --out a folder you can write to",
    errno.EACCES: "permission denied: give --out a folder you can write to, or change its permissions",
    errno.EPERM: "not permitted: give --out a folder you can write to, or change its permissions",
    errno.EBUSY: "it is in use (a mount point, or open in another program): close it, or give --out another folder",
    errno.ENOTDIR: "a file stands where a folder belongs: move it away, or give --out another folder",
    errno.EIO: "the disk reported an input/output error: check the disk, then build again",
}
#: error numbers that are about a file or a disk, not about the program that met them
DISK_ERRORS = frozenset(_OS_ADVICE)
#: the same, of a file the kit only reads (an input), where another --out is no help
_READ_ADVICE = {
    errno.EACCES: "permission denied: make it readable for the user running lakip",
    errno.EPERM: "not permitted: make it readable for the user running lakip",
    errno.ENOENT: "it is gone: put it back, or check --data",
    errno.EIO: "the disk reported an input/output error: check the disk, or copy the file again",
}
#: an OSError as Python prints it: "[Errno 28] No space left on device: '/out/.lakip-tmp-2024-1/x.png'"
_PRINTED = re.compile(r"\[Errno (\d+)\] ([^:]*)(?:: '(.*?)')?")


def os_error_line(err: OSError | str, path: object = None, *, reading: bool = False) -> str:
    """An operating-system error as one line: the path, what went wrong and what to do.

    ``err`` is the exception, or its text as printed in a kernel; ``path``
    the path to name when it has none; ``reading``: the path is an input.

    Example:
        >>> os_error_line(OSError(errno.ENOSPC, "No space left on device", "/out/2024/lakip-2024.html"))
        '/out/2024/lakip-2024.html: No space left on device; the disk is full: free space on it, or give --out a folder on another disk'
        >>> os_error_line("[Errno 30] Read-only file system: '/hasil'")
        '/hasil: Read-only file system; the file system is mounted read-only: give --out a folder you can write to'
    """
    if isinstance(err, OSError):
        number, reason, where = err.errno, err.strerror or str(err), err.filename
    else:
        printed = _PRINTED.match(err)
        number, reason, where = (int(printed.group(1)), printed.group(2), printed.group(3)) if printed else (None, err, None)
    where = where if where is not None else path
    advice = (_READ_ADVICE if reading else _OS_ADVICE).get(number, "fix that, then build again")
    return f"{where}: {reason}; {advice}" if where is not None else f"{reason}; {advice}"


def printed_os_error(ename: str, evalue: str) -> bool:
    """Whether an exception raised in a kernel (its name and text) is an operating-system error with a number.

    Example:
        >>> printed_os_error("OSError", "[Errno 28] No space left on device: '/out/x.png'"), printed_os_error("ValueError", "x")
        (True, False)
    """
    return ename in _OS_NAMES and _PRINTED.match(evalue) is not None


_OS_NAMES = frozenset({"OSError", "IOError", "PermissionError", "FileNotFoundError", "FileExistsError", "IsADirectoryError",
                       "NotADirectoryError", "BlockingIOError", "InterruptedError"})
