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

from .messages import MESSAGES, Said, Text, current_language, expects, render, said, say


class LakipError(Exception):
    """Base class of every error the kit raises on purpose.

    Its message is a text of the catalogue (:func:`~lakip_lib.messages.said`),
    rendered in the language in effect when it is read (``str(err)``, in the
    kit or in a build's kernel), or the one asked for (:meth:`text`): it may be
    raised before the command knows the language.

    Example:
        >>> err = ConfigError(said("not_utf8", file="lakip.yml"))
        >>> err.text("id"), err.text("en")
        ('lakip.yml: bukan teks UTF-8', 'lakip.yml: not UTF-8 text')
    """

    def text(self, lang: str | None = None) -> str:
        """The message in ``lang`` (``id`` or ``en``; default: the language in effect)."""
        return render(self.args[0], lang) if self.args else ""

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as precisely as the input allows.

    ``expected`` is a message (:func:`~lakip_lib.messages.expects`), or text
    already the user's own; the problem is said in the language in effect
    (:func:`~lakip_lib.messages.use_language`) or the one asked for (:meth:`text`).

    Example:
        >>> problem = Problem("pegawai.xlsx", "Data", "D14", "GOL", "V/a", expects("golongan"))
        >>> problem.text("id")
        "pegawai.xlsx, sheet 'Data', sel D14, kolom 'GOL': berisi 'V/a', seharusnya golongan I/a … IV/e"
        >>> problem.text("en")
        "pegawai.xlsx, sheet 'Data', cell D14, column 'GOL': got 'V/a', expected a golongan I/a … IV/e"
        >>> Problem("anggaran.xlsx", "Data", "row 7", expected=expects("code_once", row=3)).text("id")
        "anggaran.xlsx, sheet 'Data', baris 7: seharusnya setiap kode satu kali (kode ini juga ada di baris 3)"
    """

    file: str
    sheet: str | None = None
    cell: str | None = None
    column: str | None = None
    value: object = None
    expected: Text = ""

    def location(self, lang: str | None = None) -> str:
        lang = lang or current_language()
        parts = [self.file]
        if self.sheet:
            parts.append(say("at_sheet", lang, sheet=self.sheet))
        if self.cell:
            # a location known only to its row ("row 14", from a finding's location) is said as a row, not a cell
            row = self.cell.removeprefix("row ")
            parts.append(say("at_row", lang, row=row) if row != self.cell else say("at_cell", lang, cell=self.cell))
        if self.column:
            parts.append(say("at_column", lang, column=self.column))
        return ", ".join(parts)

    def expected_text(self, lang: str | None = None) -> str:
        """What was expected, in ``lang`` (default: the language in effect)."""
        return render(self.expected, lang)

    def text(self, lang: str | None = None) -> str:
        """The problem in ``lang`` (``id`` or ``en``; default: the language in effect)."""
        lang = lang or current_language()
        got = "" if self.value is None else say("got", lang, value=_show(render(self.value, lang) if isinstance(self.value, Said)
                                                                          else self.value))
        return f"{self.location(lang)}: {got}{say('expected', lang, expected=self.expected_text(lang))}"

    def __str__(self) -> str:
        return self.text()


def _show(value: object) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


class InputError(LakipError):
    """An input file cannot be used; lists every problem found, not just the first.

    Its text is in the language in effect when it is read (``str(err)``), or
    the one asked for (:meth:`text`).

    Example:
        >>> err = InputError([Problem("a.xlsx", expected=expects("workbook"))])
        >>> print(err.text("id"))
        1 masalah pada data masukan:
          - a.xlsx: seharusnya workbook Excel
        >>> print(err.text("en"))
        1 problem in the input:
          - a.xlsx: expected an Excel workbook
    """

    #: how many problems the message lists before summarising the rest
    shown = 25

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__(self.problems)

    def text(self, lang: str | None = None) -> str:
        """Every problem (up to :attr:`shown`) under a line counting them, in ``lang`` (default: the language in effect)."""
        lang = lang or current_language()
        n = len(self.problems)
        lines = [say("input_problem" if n == 1 else "input_problems", lang, count=n)]
        lines += [f"  - {p.text(lang)}" for p in self.problems[: self.shown]]
        if n > self.shown:
            lines.append(f"  {say('more_problems', lang, count=n - self.shown)}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text()


#: the first line of an InputError's text, in either language: its number of problems
_COUNTED = re.compile("|".join(re.escape(MESSAGES[key][i]).replace(r"\{count\}", r"(\d+)")
                               for key in ("input_problem", "input_problems") for i in (0, 1)))


def headline(message: str, lang: str | None = None) -> str:
    """One line saying what is wrong, for a console line per failed year.

    For an :class:`InputError` message (in either language) it is the first
    problem, with how many more there are, said in ``lang`` (default: the
    language in effect); for any other message, its first line.

    Example:
        >>> err = InputError([Problem("a.xlsx", expected=expects("workbook")), Problem("b.xlsx", expected="x")])
        >>> headline(err.text("id"), "id")
        'a.xlsx: seharusnya workbook Excel (+1 masalah lain)'
        >>> headline(err.text("en"), "en")
        'a.xlsx: expected an Excel workbook (+1 more problem)'
    """
    lines = message.splitlines()
    first = lines[0] if lines else ""
    counted = _COUNTED.fullmatch(first)
    if len(lines) > 1 and counted:
        more = int(next(group for group in counted.groups() if group)) - 1
        extra = say("headline_more_one" if more == 1 else "headline_more", lang or current_language(), count=more)
        return lines[1].strip().removeprefix("- ") + (extra if more else "")
    return first


def missing_field(problem: Problem) -> str | None:
    """The field a problem says no column was found for (its ``expected`` is ``expects("column_for", field=…)``), or None.

    Example:
        >>> missing_field(Problem("anggaran.xlsx", "Data", "row 7", expected=expects("column_for", field="budget", examples="'Pagu'")))
        'budget'
    """
    expected = problem.expected
    return dict(expected.fields).get("field") if isinstance(expected, Said) and expected.key in ("column_for", "column_for_codes") else None


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


#: what to do about an operating-system error, by its number: a key of :data:`~lakip_lib.messages.ERRORS`
_OS_ADVICE = {
    errno.ENOSPC: "os_full",
    errno.EDQUOT: "os_quota",
    errno.EROFS: "os_read_only",
    errno.EACCES: "os_denied",
    errno.EPERM: "os_not_permitted",
    errno.EBUSY: "os_busy",
    errno.ENOTDIR: "os_not_folder",
    errno.EIO: "os_io",
}
#: error numbers that are about a file or a disk, not about the program that met them
DISK_ERRORS = frozenset(_OS_ADVICE)
#: the same, of a file the kit only reads (an input), where another --out is no help
_READ_ADVICE = {
    errno.EACCES: "read_denied",
    errno.EPERM: "read_not_permitted",
    errno.ENOENT: "read_gone",
    errno.EIO: "read_io",
}
#: an OSError as Python prints it: "[Errno 28] No space left on device: '/out/.lakip-tmp-2024-1/x.png'"
_PRINTED = re.compile(r"\[Errno (\d+)\] ([^:]*)(?:: '(.*?)')?")


def os_error_line(err: OSError | str, path: object = None, *, reading: bool = False, lang: str | None = None) -> str:
    """An operating-system error as one line: the path, what went wrong and what to do.

    ``err`` is the exception, or its text as printed in a kernel; ``path``
    the path to name when it has none; ``reading``: the path is an input. The
    advice is in the language in effect; the reason as the system says it.

    Example:
        >>> os_error_line(OSError(errno.ENOSPC, "No space left on device", "/out/2024/lakip-2024.html"))
        '/out/2024/lakip-2024.html: No space left on device; disk penuh: kosongkan ruang di disk itu, atau arahkan --out ke folder di disk lain'
        >>> os_error_line("[Errno 30] Read-only file system: '/hasil'", lang="en")
        '/hasil: Read-only file system; the file system is mounted read-only: give --out a folder you can write to'
    """
    if isinstance(err, OSError):
        number, reason, where = err.errno, err.strerror or str(err), err.filename
    else:
        printed = _PRINTED.match(err)
        number, reason, where = (int(printed.group(1)), printed.group(2), printed.group(3)) if printed else (None, err, None)
    where = where if where is not None else path
    advice = said((_READ_ADVICE if reading else _OS_ADVICE).get(number, "os_other")).text(lang)
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
