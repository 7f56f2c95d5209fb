"""Real small file systems for tests: a tmpfs of a few megabytes, mounted read-write or read-only.

Tests run as root, for whom ``chmod`` stops no write: a read-only folder is
a file system mounted read-only, and a full disk is a tmpfs that is full.
Mounting needs root (or CAP_SYS_ADMIN); where it is not permitted the test
is skipped with the reason.

Example:
    >>> with tmpfs(Path(tempfile.mkdtemp()) / "disk", size="1m") as disk:  # doctest: +SKIP
    ...     (disk / "a").write_bytes(b"x")
    ...     read_only(disk)
"""

from __future__ import annotations

import subprocess
import tempfile  # noqa: F401 (the example)
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def tmpfs(folder: Path, size: str = "64m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``folder`` (made if missing) for the block; unmounted after, however it ends."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode:
        pytest.skip(f"cannot mount a small file system here (mount: {mounted.stderr.strip() or mounted.returncode}); "
                    "these tests need root or CAP_SYS_ADMIN")
    try:
        yield folder
    finally:
        # lazily: a process the test started may still hold a file open there
        subprocess.run(["umount", "--lazy", str(folder)], check=True)


def read_only(folder: Path) -> None:
    """Make the tmpfs at ``folder`` read-only: every write under it then fails with EROFS, also for root."""
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)
