"""The edit loop (issue 16): a saved change until the open page shows it, and a build after a narrative edit.

``preview-narrative`` and ``preview-workbook`` time a real ``lakip preview``
of the sample from the moment a file is saved until the page shows the
change, fetched as the page itself does: it asks the server for the build's
number every 0.15 s, as its reload script does, then loads the
page. The narrative edit appends a sentence to ``narasi/06-penutup.md``; the
workbook edit saves ``kinerja.xlsx`` with one realisation changed (and back),
the page showing it once its appendix lists the file's new SHA-256. Their
baseline is ``lakip build --year 2024 --force`` of the same sample in the
same run. ``build-narrative`` times ``lakip build --all`` of four generated
years after a narrative edit, against ``--force`` of the same years.

``preview-memory-1m`` is memory, not time: the most resident memory the
preview's own processes (the command and its worker; the build's kernels are
not the preview's) hold at once, sampled every 0,1 s, while it serves the
sample with the million-row roster of the load benchmark
(:func:`benchmarks.bench_load.roster`) through its first build, a narrative
edit, a ``kinerja.xlsx`` edit and another narrative edit. Its baseline is
the peak of a bare ``load_staff`` of that roster in a process of its own.
"""

from __future__ import annotations

import hashlib
import http.client
import re
import shutil
import signal
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from .timing import BIN, command, figure, median_seconds, take_turns, wall

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw"
#: how often the page's reload script asks for the build's number (lakip_lib.preview)
PAGE_POLL = 0.15


class _Preview:
    """A running ``lakip preview``, its printed lines collected."""

    def __init__(self, data: Path, out: Path) -> None:
        self.lines: list[str] = []
        self.process = subprocess.Popen([str(BIN / "lakip"), "preview", "--year", "2024", "--data", str(data), "--out", str(out)],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        threading.Thread(target=lambda: [self.lines.append(line) for line in self.process.stdout], daemon=True).start()
        self.port = int(re.search(r"127\.0\.0\.1:(\d+)/", self.wait(r"http://127\.0\.0\.1:\d+/", 0, 900)).group(1))

    def wait(self, pattern: str, after: int, seconds: float = 300) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            found = next((line for line in self.lines[after:] if re.search(pattern, line)), None)
            if found:
                return found
            if self.process.poll() is not None:
                raise RuntimeError(f"lakip preview ended: {''.join(self.lines)}")
            time.sleep(0.02)
        raise RuntimeError(f"no {pattern!r} from lakip preview within {seconds} s: {''.join(self.lines)}")

    def get(self, path: str) -> str:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        connection.request("GET", path)
        body = connection.getresponse().read().decode("utf-8")
        connection.close()
        return body

    def edit_until_shown(self, edit, shown: str) -> float:
        """Seconds from ``edit()`` until the page, reloaded as its script reloads it, contains ``shown``; then waits
        for the build to end, so that the next edit starts from an idle preview."""
        version, before = self.get("/__lakip/version"), len(self.lines)
        started = time.perf_counter()
        edit()
        while True:
            time.sleep(PAGE_POLL)
            now = self.get("/__lakip/version")
            if now != version:
                version = now
                if shown in self.get("/lakip-2024.html"):
                    break
        seconds = time.perf_counter() - started
        self.wait(r"dibangun dalam|GAGAL", before)
        return seconds

    def stop(self) -> None:
        # SIGTERM, not SIGINT: a benchmark run as a background job starts its commands with SIGINT ignored
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(60)


def _append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(text)


def _edited_workbook(original: Path, target: Path) -> None:
    """``original`` saved to ``target`` with its first realisation-like number increased by one, as Excel would save it."""
    import openpyxl

    workbook = openpyxl.load_workbook(original)
    cell = next(c for row in workbook.active.iter_rows(min_row=4) for c in row
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool))
    cell.value += 1
    workbook.save(target)


def _resident_mb(pid: int) -> tuple[float, float]:
    """A process's resident memory now and at its peak (``VmRSS``, ``VmHWM``), in MB; zeros once it is gone."""
    found = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0]) / 1024
    except OSError:
        pass
    return found.get("VmRSS", 0.0), found.get("VmHWM", 0.0)


def _workers(pid: int) -> list[int]:
    """The preview's worker processes (spawned by multiprocessing) among its children."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                if parent == pid and b"spawn_main" in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


class _Sampler:
    """The most resident memory a preview and its workers hold at once, looked at every 0.1 s in a thread."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self.peaks, self.stopped = pid, 0.0, {}, threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        while not self.stopped.wait(0.1):
            self.peak = max(self.peak, self.now())

    def now(self) -> float:
        total = 0.0
        for pid in [self.pid, *_workers(self.pid)]:
            resident, peak = _resident_mb(pid)
            total += resident
            self.peaks[pid] = max(self.peaks.get(pid, 0.0), peak)
        return total

    def stop(self) -> float:
        """The memory held now; sampling ends."""
        held = self.now()
        self.stopped.set()
        self.thread.join()
        return held


def memory_figure() -> dict:
    """The preview's memory on the million-row roster against a bare load of it (see the module's docstring)."""
    from .bench_load import _KIT, child, roster

    path = roster(1_000_000)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data = tmp / "raw"
        shutil.copytree(SAMPLE, data)
        shutil.copyfile(path, data / "2024" / "pegawai.xlsx")
        _edited_workbook(data / "2024" / "kinerja.xlsx", tmp / "kinerja-edited.xlsx")
        started = time.perf_counter()
        preview = _Preview(data, tmp / "outputs")
        sampler = _Sampler(preview.process.pid)
        try:
            first_s = time.perf_counter() - started
            narrative = data / "narasi" / "06-penutup.md"
            preview.edit_until_shown(lambda: _append(narrative, "\nKalimat memori satu.\n"), "Kalimat memori satu.")
            edited = (tmp / "kinerja-edited.xlsx").read_bytes()
            preview.edit_until_shown(lambda: (data / "2024" / "kinerja.xlsx").write_bytes(edited),
                                     hashlib.sha256(edited).hexdigest())
            preview.edit_until_shown(lambda: _append(narrative, "\nKalimat memori dua.\n"), "Kalimat memori dua.")
            time.sleep(2)  # the worker hands memory back once idle for half a second
            held = sampler.stop()
            peaks = dict(sampler.peaks)
        finally:
            sampler.stopped.set()
            preview.stop()
    bare = child(_KIT, path)
    return figure("preview-memory-1m", sampler.peak, bare["peak_mb"], 1.0, unit="MB", rows=1_000_000,
                  against="peak of load_staff of the same roster in a process of its own",
                  held_after_edits_mb=round(held), command_peak_mb=round(peaks.get(preview.process.pid, 0.0)),
                  worker_peak_mb=round(max((v for k, v in peaks.items() if k != preview.process.pid), default=0.0)),
                  first_build_s=round(first_s, 1))


def run(repeats: int) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data = tmp / "raw"
        shutil.copytree(SAMPLE, data)
        full_s = median_seconds(command("lakip", "build", "--year", "2024", "--force", "--data", data, "--out", tmp / "full"),
                                repeats)

        preview = _Preview(data, tmp / "outputs")
        try:
            narrative = data / "narasi" / "06-penutup.md"
            sentences = iter(range(repeats + 1))

            def narrative_edit() -> float:
                sentence = f"Kalimat pengukuran {next(sentences)}."
                return preview.edit_until_shown(lambda: _append(narrative, f"\n{sentence}\n"), sentence)

            narrative_edit()  # warm-up: the preview's report is ready
            narrative_times = [narrative_edit() for _ in range(repeats)]

            workbook = data / "2024" / "kinerja.xlsx"
            versions = [workbook.read_bytes()]
            _edited_workbook(workbook, tmp / "kinerja-edited.xlsx")
            versions.append((tmp / "kinerja-edited.xlsx").read_bytes())
            workbook_times = []
            for turn in range(repeats + 1):
                content = versions[(turn + 1) % 2]
                seconds = preview.edit_until_shown(lambda: workbook.write_bytes(content), hashlib.sha256(content).hexdigest())
                if turn:  # the first is a warm-up
                    workbook_times.append(seconds)
        finally:
            preview.stop()

        years = tmp / "years"
        command("lakip", "demo", "--employees", "300", "--years", "4", "--out", years)()
        years_out = tmp / "years-out"
        edits = iter(range(2 * repeats + 2))

        def after_narrative() -> None:
            _append(years / "narasi" / "06-penutup.md", f"\nKalimat {next(edits)}.\n")
            command("lakip", "build", "--all", "--data", years, "--out", years_out)()

        batch = {name: statistics.median(times) for name, times in take_turns({
            "force": wall(command("lakip", "build", "--all", "--force", "--data", years, "--out", years_out)),
            "narrative": wall(after_narrative)}, repeats).items()}
    return [
        figure("preview-narrative", statistics.median(narrative_times), full_s, 0.1,
               against="lakip build --year 2024 --force; saved until the page shows it"),
        figure("preview-workbook", statistics.median(workbook_times), full_s, 0.4,
               against="lakip build --year 2024 --force; kinerja.xlsx saved until the page shows it"),
        figure("build-narrative", batch["narrative"], batch["force"], 0.2,
               against="lakip build --all --force over 4 generated years"),
        memory_figure(),
    ]
