"""What a build may replace, and one build per output year at a time.

A build publishes a year by replacing ``<out>/<year>`` as a whole, so the
kit must be sure that whatever stands there is a folder it made itself:

- ``--out`` may not be the data folder or inside it, nor the cache of cleaned
  datasets (``data/processed``) or inside it (:func:`check_output_folder`);
- ``<out>/<year>`` may not be, hold or lie inside the data folder or the
  cache, and an existing one must carry the kit's build record, hold no input
  file, and hold nothing the record does not list (:func:`check_replaceable`).

Anything else is refused with one line naming the path and what to do; the
kit never deletes a folder it cannot prove is its own.

:class:`YearLock` keeps two builds from working on the same output year:
each holds an advisory lock (``flock``) on ``<out>/.lakip-lock-<year>``,
which also names its pid. The operating system drops the lock when its
holder dies, however it dies, so a lock file left by a killed build is
stale by construction and the next build takes it over.

Kept free of pandas: these checks run before a build knows it has work to do.
"""

from __future__ import annotations

import fcntl
import errno
import os
from pathlib import Path

from .errors import BuildError, UnsafePathError
from .loading.inputs import SPREADSHEET_SUFFIXES
from .manifest import MANIFEST_NAME, read_manifest
from .messages import said

#: prefix of the lock file of each output year, beside the year folders
LOCK_PREFIX = ".lakip-lock-"


def cache_folder(data_dir: Path) -> Path:
    """Where the cleaned datasets of ``data_dir`` are kept: beside it, one folder per project.

    A project laid out as the kit's own (``data/raw``) keeps them in
    ``data/processed``; any other data folder in ``<name>-processed`` beside it,
    so two agencies' folders side by side never share a cache (a shared
    ``processed`` would mix their rosters). Never inside the data folder, which
    the kit only reads.

    Example:
        >>> cache_folder(Path("/p/data/raw")).as_posix()
        '/p/data/processed'
        >>> cache_folder(Path("/p/dinkes")).as_posix(), cache_folder(Path("/p/disdik")).as_posix()
        ('/p/dinkes-processed', '/p/disdik-processed')
    """
    data = data_dir.resolve()
    return (data.parent / ("processed" if data.name == "raw" else f"{data.name}-processed")).resolve()


def unwritable(folder: Path) -> str | None:
    """Why nothing could be written in ``folder`` (or made there, if missing), such as a read-only disk; None when it could.

    Asked of the kernel (``access``), which answers for the user running the
    kit and for a file system mounted read-only (also to root), and leaves
    no trace: a build that then has nothing to do changes nothing.

    Example:
        >>> import tempfile
        >>> unwritable(Path(tempfile.mkdtemp()) / "processed") is None
        True
    """
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if os.access(existing, os.W_OK | os.X_OK) and existing.is_dir():
        return None
    try:
        if os.statvfs(existing).f_flag & os.ST_RDONLY:
            return os.strerror(errno.EROFS)
    except OSError:
        pass
    return os.strerror(errno.EACCES) if existing.is_dir() else f"{existing} is not a folder"


def usable_cache(data_dir: Path) -> tuple[Path | None, str]:
    """The cache folder of ``data_dir`` when builds can write it, else None and the one warning line to print.

    A read-only data folder (or cache folder) is no reason to fail: the
    datasets are then loaded from the workbooks, as with ``--no-cache``.

    Example:
        >>> import tempfile
        >>> folder, warning = usable_cache(Path(tempfile.mkdtemp()) / "raw")
        >>> folder.name, warning
        ('processed', '')
    """
    folder = cache_folder(data_dir)
    reason = unwritable(folder)
    if reason is None:
        return folder, ""
    return None, said("cache_unwritable", folder=folder, reason=reason).text()


def check_output_folder(out_dir: Path, data_dir: Path) -> None:
    """Refuse an output folder that is the data folder or the cache, or lies inside one of them.

    Example:
        >>> check_output_folder(Path("/p/outputs"), Path("/p/data/raw"))
        >>> check_output_folder(Path("/p/data/raw"), Path("/p/data/raw"))
        Traceback (most recent call last):
        lakip_lib.errors.UnsafePathError: --out /p/data/raw adalah folder data /p/data/raw, yang hanya dibaca oleh kit: pilih folder keluaran lain, seperti outputs
    """
    out = out_dir.resolve()
    for folder, what in _protected(data_dir):
        if out == folder or folder in out.parents:
            raise UnsafePathError(said("out_is" if out == folder else "out_inside", out=out, what=said(what), folder=folder,
                                       role=said(f"{what}_role")))


def check_replaceable(final: Path, data_dir: Path) -> None:
    """Refuse to replace ``final`` (``<out>/<year>``) unless it is absent or a folder a build of the kit made.

    Example:
        >>> check_replaceable(Path("/nonexistent/2024"), Path("/p/data/raw"))
    """
    for folder, what in _protected(data_dir):
        if final == folder or folder in final.parents or final in folder.parents:
            raise UnsafePathError(said("year_overlaps", final=final, what=said(what), folder=folder, role=said(f"{what}_role")))
    if not os.path.lexists(final):
        return
    if final.is_symlink() or not final.is_dir():
        raise UnsafePathError(said("year_not_folder", final=final))
    record = read_manifest(final)
    if record is None:
        raise UnsafePathError(said("year_not_ours", final=final, record=MANIFEST_NAME))
    listed = record.get("outputs")
    for path in sorted(final.rglob("*")):
        if path.is_dir() and not path.is_symlink():
            continue
        name = path.relative_to(final).as_posix()
        if name == MANIFEST_NAME:
            continue
        if isinstance(listed, dict) and name not in listed:
            raise UnsafePathError(said("year_holds_other", final=final, name=name))
        if _input_like(path):
            raise UnsafePathError(said("year_holds_input", final=final, name=name))


def _protected(data_dir: Path) -> list[tuple[Path, str]]:
    """Each folder no output may touch, with its key in :data:`~lakip_lib.messages.ERRORS` (``<key>_role``: what it is for)."""
    return [(data_dir.resolve(), "data_folder"), (cache_folder(data_dir), "cache_folder")]


def _input_like(path: Path) -> bool:
    """A file a user feeds the kit: a spreadsheet other than the kit's own table workbook, or a project file."""
    if path.name == "lakip.yml":
        return True
    return path.suffix.lower() in SPREADSHEET_SUFFIXES and not path.name.startswith("tabel-lakip-")


class YearLock:
    """The lock of one output year, held while a build works on it (see the module's docstring).

    Example:
        >>> import tempfile
        >>> out = Path(tempfile.mkdtemp())
        >>> lock = YearLock.acquire(out, 2024)
        >>> YearLock.acquire(out, 2024)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        lakip_lib.errors.BuildError: build lakip lain (pid ...) sedang membangun .../2024: tunggu sampai selesai, lalu bangun ulang
        >>> lock.release()
        >>> YearLock.acquire(out, 2024).release()
    """

    def __init__(self, path: Path, fd: int, taken_over: int | None):
        self.path = path
        self._fd: int | None = fd
        #: pid of a dead build whose stale lock this one took over, if any
        self.taken_over = taken_over

    @classmethod
    def acquire(cls, out_dir: Path, year: int) -> YearLock:
        """Take the lock of ``out_dir/<year>``; a :class:`BuildError` naming the holder when a live build has it."""
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / f"{LOCK_PREFIX}{year}"
        while True:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _pid_in(fd)
                os.close(fd)
                who = f"pid {holder}" if holder else said("lock_starting")
                raise BuildError(said("year_locked", who=who, folder=out_dir / str(year))) from None
            # The holder unlinks the file before letting go; a file locked after that is no longer the
            # lock, so start again on the one at the path now.
            try:
                current = os.stat(path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                current = False
            if current:
                break
            os.close(fd)
        previous = _pid_in(fd)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        return cls(path, fd, previous if previous and previous != os.getpid() else None)

    def release(self) -> None:
        """Let go of the lock and remove its file; does nothing the second time."""
        if self._fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)  # while still locked, so nobody can lock the file being removed and think it theirs
        finally:
            os.close(self._fd)
            self._fd = None


def _pid_in(fd: int) -> int | None:
    """The pid written in a lock file, or None when it is empty or unreadable."""
    text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None


def pid_alive(pid: int) -> bool:
    """True when a process ``pid`` exists (one of another user's counts too).

    Example:
        >>> pid_alive(os.getpid())
        True
    """
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
