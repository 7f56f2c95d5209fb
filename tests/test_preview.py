"""``lakip preview``: the real command in a subprocess, its page in headless Chromium, its server asked for what it must refuse.

One preview of a copy of the sample runs for the module (its first build is
the only full one); each test edits that copy and waits for the page to
follow, so the order of the tests does not matter. Ctrl-C is tried on a
preview of its own, in the middle of a rebuild.
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from browser_support import SAMPLE, open_watched
from corpus import as_in_a_terminal
from lakip_lib.preview import changed_files, preview_page, requested_file, watched_files

#: how long a page may take to follow a saved change (a rebuild on a shared, busy machine)
SECONDS = 90


class Preview:
    """A running ``lakip preview`` and every line it printed."""

    def __init__(self, data: Path, out: Path, kit: Path | None = None, background: bool = False,
                 temporary: Path | None = None) -> None:
        """``kit``: a copy of the kit (``lakip_lib/``, ``notebooks/``) to run instead of this one, kernels included;
        ``background``: started as a shell's background job is, with SIGINT ignored (Ctrl-C cannot reach it);
        ``temporary``: the folder of temporary files (the kernels' connection files) for this preview alone."""
        self.data, self.out = data, out
        self.lines: list[str] = []
        environment = {**os.environ, **({"PYTHONPATH": str(kit)} if kit is not None else {}),
                       **({"TMPDIR": str(temporary)} if temporary is not None else {})}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "lakip_lib.cli", "preview", "--year", "2024", "--data", str(data), "--out", str(out)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=kit or Path(__file__).resolve().parent.parent,
            preexec_fn=_as_a_background_job if background else as_in_a_terminal, env=environment)
        threading.Thread(target=self._read, daemon=True).start()
        line = self.wait_for(r"http://127\.0\.0\.1:\d+/lakip-2024\.html", 180)
        self.url = re.search(r"http://127\.0\.0\.1:(\d+)/lakip-2024\.html", line).group()
        self.port = int(re.search(r":(\d+)/", self.url).group(1))

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def wait_for(self, pattern: str, seconds: float, after: int = 0) -> str:
        """The first line from ``after`` on that matches ``pattern``, waiting up to ``seconds``."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            for line in self.lines[after:]:
                if re.search(pattern, line):
                    return line
            if self.process.poll() is not None and not any(re.search(pattern, line) for line in self.lines[after:]):
                raise AssertionError(f"lakip preview ended ({self.process.returncode}): {self.lines}")
            time.sleep(0.1)
        raise AssertionError(f"no line matching {pattern!r} within {seconds} s: {self.lines}")

    def get(self, target: str) -> tuple[int, bytes]:
        """Ask the server for ``target`` sent as it is (no normalising client in between)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        connection.putrequest("GET", target, skip_accept_encoding=True)
        connection.endheaders()
        response = connection.getresponse()
        status, body = response.status, response.read()
        connection.close()
        return status, body

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()


def _as_a_background_job() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _page_text_until(page, wanted, seconds: float = SECONDS) -> str:
    """The page's text once ``wanted(text)`` holds, looked at every tenth of a second while the page reloads itself.

    Playwright's ``wait_for_function`` evaluates its predicate as a string, which the page's policy forbids (no eval):
    the text is read from here instead."""
    from playwright.sync_api import Error

    deadline = time.monotonic() + seconds
    text = ""
    while time.monotonic() < deadline:
        try:
            text = page.inner_text("body", timeout=2000)
        except Error:  # the page is being replaced by its reload
            text = ""
        if wanted(text):
            return text
        time.sleep(0.1)
    raise AssertionError(f"the page did not change as expected within {seconds} s; it shows: {text[:300]!r}")


def _wait_until_idle(preview: Preview) -> None:
    """Until the preview has built what the tests before saved (its last line says how a build ended)."""
    deadline = time.monotonic() + SECONDS
    while time.monotonic() < deadline:
        if preview.lines and re.search(r"(dibangun dalam|sudah mutakhir|GAGAL|pratinjau 2024: http)", preview.lines[-1]):
            return
        time.sleep(0.1)
    raise AssertionError(f"the preview is still building: {preview.lines}")


def _descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (kernels lead sessions of their own, but stay its children)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    root = tmp_path_factory.mktemp("preview")
    shutil.copytree(SAMPLE, root / "raw")
    running = Preview(root / "raw", root / "out")
    yield running
    running.stop()


# ---------------------------------------------------------------- the server's rules, without a server


def test_a_request_reaches_only_visible_files_of_the_year_folder(tmp_path):
    year = tmp_path / "out" / "2024"
    (year / "figures").mkdir(parents=True)
    (year / "figures" / "a.svg").write_text("<svg/>", encoding="utf-8")
    (year / ".lakip-build.json").write_text("{}", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("rahasia", encoding="utf-8")
    (year / "link.txt").symlink_to(tmp_path / "secret.txt")
    (year / "folder-link").symlink_to(tmp_path)
    assert requested_file(year, "/figures/a.svg") == year / "figures" / "a.svg"
    assert requested_file(year, "/figures/a.svg?v=2") == year / "figures" / "a.svg"
    for refused in ["/", "/figures", "/figures/", "/../secret.txt", "/figures/../../secret.txt", "/%2e%2e/secret.txt",
                    "/figures/%61.svg", "//etc/passwd", "/./figures/a.svg", "/.lakip-build.json", "/link.txt",
                    "/folder-link/secret.txt", "/figures\\..\\..\\secret.txt", "figures/a.svg", "/figures/a.svg\0",
                    f"/{tmp_path}/secret.txt", "http://127.0.0.1/figures/a.svg"]:
        assert requested_file(year, refused) is None, refused


def test_the_page_sent_has_the_reload_script_and_the_message_escaped_while_the_report_stays_script_free():
    report = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
              'img-src data:; style-src \'unsafe-inline\'"></head><body class="r"><h1>Laporan</h1></body></html>')
    page = preview_page(report, 7, "pegawai.xlsx: <img src=x onerror=alert(1)>", "id", "n0nce")
    assert page.index('<div id="lakip-preview-error"') < page.index("<h1>Laporan</h1>") < page.index('<script nonce="n0nce">')
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "<img" not in page
    assert "script-src 'nonce-n0nce'; connect-src 'self'" in page
    assert "Pembangunan ulang laporan gagal" in page and "laporan terakhir yang berhasil" in page
    assert "<script" not in report
    assert "lakip-preview-error" not in preview_page(report, 8, "", "id", "n")
    assert "The report could not be rebuilt" in preview_page(None, 1, "x", "en", "n")


def test_the_worker_keeps_its_report_without_the_rosters_and_renders_it_as_a_fresh_report(tmp_path):
    from lakip_lib.presentation.report import build_report
    from lakip_lib.preview import _make_report

    shutil.copytree(SAMPLE, tmp_path / "raw")
    report = _make_report(tmp_path / "raw", 2024, "id", cache=False)
    assert report.data.staff is not None and report.data.staff.roster is None
    assert all(e.data.staff is None or e.data.staff.roster is None for e in report.results.earlier)
    fresh = build_report(SAMPLE, 2024, None, "id", None)
    assert fresh.data.staff.roster is not None
    assert report.with_narrative(tmp_path / "raw").html() == fresh.html()


def test_the_watcher_sees_edits_additions_and_removals_but_not_office_lock_files(tmp_path):
    (tmp_path / "2024").mkdir()
    (tmp_path / "lakip.yml").write_text("a: 1\n", encoding="utf-8")
    before = watched_files(tmp_path)
    (tmp_path / "2024" / "~$pegawai.xlsx").write_bytes(b"lock")
    (tmp_path / "2024" / ".hidden").write_bytes(b"x")
    assert watched_files(tmp_path) == before
    (tmp_path / "2024" / "pegawai.xlsx").write_bytes(b"x")
    (tmp_path / "lakip.yml").write_text("a: 22\n", encoding="utf-8")
    assert changed_files(before, watched_files(tmp_path)) == ["2024/pegawai.xlsx", "lakip.yml"]


# ---------------------------------------------------------------- the real command


@pytest.mark.slow
def test_the_server_refuses_what_is_not_a_file_of_the_year(preview):
    status, _ = preview.get("/tables/budget.csv")
    assert status == 200
    for target in ["/../raw/lakip.yml", "/%2e%2e/raw/lakip.yml", "/..%2fraw/lakip.yml", "//etc/passwd", "/figures/",
                   "/notebooks", "/.lakip-build.json", f"/{preview.data}/lakip.yml", "/tables/..\\..\\..\\raw\\lakip.yml"]:
        status, body = preview.get(target)
        assert status == 404 and b"budget" not in body and b"agency" not in body, target
    assert preview.get("/__lakip/version")[1].strip().isdigit()
    published = (preview.out / "2024" / "lakip-2024.html").read_text(encoding="utf-8")
    assert "<script" not in published  # the hook is only in what the server sends
    assert b"<script nonce=" in preview.get("/lakip-2024.html")[1]


@pytest.mark.slow
@pytest.mark.browser
def test_a_saved_narrative_edit_shows_in_the_open_page_without_a_reload(preview, browser):
    context = browser.new_context()
    watched = open_watched(context, preview.url)
    watched.page.evaluate("window.lakipMark = 1")
    sentence = f"Kalimat pratinjau nomor {time.monotonic_ns()}."
    _wait_until_idle(preview)
    version, before = int(preview.get("/__lakip/version")[1]), len(preview.lines)
    with (preview.data / "narasi" / "06-penutup.md").open("a", encoding="utf-8") as narrative:
        narrative.write(f"\n{sentence}\n")
    _page_text_until(watched.page, lambda text: sentence in text)
    assert watched.page.evaluate("window.lakipMark") is None  # the page reloaded itself
    # shown before its build, rendered in the preview's own process; the build then published the same bytes, so
    # the page was not reloaded a second time
    preview.wait_for("perubahan ditampilkan dalam [0-9,]+ detik", 5, before)
    preview.wait_for(r"dibangun dalam .*dipakai ulang: 01-staffing, 02-performance, 03-finance; laporan dirender dari "
                     r"analisis yang tersimpan, tanpa kernel\)", SECONDS, before)
    assert int(preview.get("/__lakip/version")[1]) == version + 1
    assert watched.page_errors == [] and watched.dialogs == [] and watched.console_errors == []
    assert all(url.startswith(f"http://127.0.0.1:{preview.port}/") for url in watched.requests)
    assert "<script" not in (preview.out / "2024" / "lakip-2024.html").read_text(encoding="utf-8")
    context.close()


@pytest.mark.slow
@pytest.mark.browser
def test_a_broken_workbook_shows_its_message_above_the_last_report_and_a_fix_brings_the_report_back(preview, browser):
    context = browser.new_context()
    watched = open_watched(context, preview.url)
    year = preview.data / "2024"
    good = (year / "anggaran.xlsx").read_bytes()
    crafted = year / "anggaran <img src=x onerror=alert(1)>.xlsx"
    (year / "anggaran.xlsx").unlink()
    crafted.write_text("bukan workbook", encoding="utf-8")
    try:
        _page_text_until(watched.page, lambda text: "Pembangunan ulang laporan gagal" in text)
        banner = watched.page.locator("#lakip-preview-error")
        text = banner.inner_text()
        assert "anggaran <img src=x onerror=alert(1)>.xlsx" in text and "Pembangunan ulang laporan gagal" in text
        assert banner.locator("img").count() == 0 and watched.dialogs == []
        assert "Tabel 3.7" in watched.page.inner_text("body")  # the last good report, under the message
    finally:
        crafted.unlink()
        (year / "anggaran.xlsx").write_bytes(good)
    _page_text_until(watched.page, lambda text: "Tabel 3.7" in text and "Pembangunan ulang laporan gagal" not in text)
    assert watched.page_errors == [] and watched.dialogs == [] and watched.console_errors == []
    context.close()


def _stopped_cleanly(own, before: int, children: list[int], out: Path) -> None:
    """A stopped preview said so, left none of its processes (kernels included), closed its port and left no
    temporary folder in the outputs."""
    own.wait_for("pratinjau dihentikan", 5, before)
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in children if _alive(pid)]
    with pytest.raises(OSError):
        http.client.HTTPConnection("127.0.0.1", own.port, timeout=2).request("GET", "/")
    assert not [p for p in out.iterdir() if p.name.startswith(".lakip-tmp-")]


@pytest.mark.slow
def test_ctrl_c_in_the_middle_of_a_rebuild_stops_every_process(preview, tmp_path):
    """SIGINT while a kernel runs: the command says it stopped, exits 0, its port is closed and no process is left."""
    shutil.copytree(SAMPLE, tmp_path / "raw")
    shutil.copytree(preview.out, tmp_path / "out", symlinks=True)
    own = Preview(tmp_path / "raw", tmp_path / "out")
    try:
        before = len(own.lines)
        (tmp_path / "raw" / "2024" / "kinerja.xlsx").write_bytes((SAMPLE / "2024" / "kinerja.xlsx").read_bytes() + b"\0")
        own.wait_for("membangun ulang 2024", 30, before)
        deadline = time.monotonic() + 30
        while not _descendants(own.process.pid) and time.monotonic() < deadline:
            time.sleep(0.05)  # until a kernel has started
        children = _descendants(own.process.pid)
        assert children, "no kernel started for the rebuild"
        own.process.send_signal(signal.SIGINT)
        assert own.process.wait(30) == 0
        _stopped_cleanly(own, before, children, tmp_path / "out")
    finally:
        own.stop()
        if own.process.poll() is None:
            os.kill(own.process.pid, signal.SIGKILL)


@pytest.mark.slow
def test_sigterm_stops_a_preview_started_as_a_background_job_cleanly_in_the_middle_of_a_rebuild(preview, tmp_path):
    """A preview started where SIGINT is ignored (a background job, a benchmark run with '&') is stopped by SIGTERM, as
    the edit-loop benchmark stops it: in the middle of a rebuild it says it stopped, exits 0 with no traceback, its port
    closed, no process, no kernel connection file and no temporary folder left. The near miss: SIGINT, which such a
    process never sees, leaves it running."""
    shutil.copytree(SAMPLE, tmp_path / "raw")
    shutil.copytree(preview.out, tmp_path / "out", symlinks=True)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    own = Preview(tmp_path / "raw", tmp_path / "out", background=True, temporary=temporary)
    try:
        before = len(own.lines)
        (tmp_path / "raw" / "2024" / "kinerja.xlsx").write_bytes((SAMPLE / "2024" / "kinerja.xlsx").read_bytes() + b"\0")
        own.wait_for("membangun ulang 2024", 30, before)
        deadline = time.monotonic() + 60
        while not list(temporary.glob("*.json")) and time.monotonic() < deadline:
            time.sleep(0.05)  # until a kernel has started: its connection file (the preview's worker is a child too)
        assert list(temporary.glob("*.json")), "no kernel started for the rebuild"
        children = _descendants(own.process.pid)
        own.process.send_signal(signal.SIGINT)
        with pytest.raises(subprocess.TimeoutExpired):
            own.process.wait(2)
        own.process.send_signal(signal.SIGTERM)
        assert own.process.wait(30) == 0
        _stopped_cleanly(own, before, children, tmp_path / "out")
        time.sleep(0.2)  # the reader thread takes the last lines
        assert not [line for line in own.lines if "Traceback" in line or "Error" in line], own.lines
        assert not list(temporary.iterdir())
    finally:
        if own.process.poll() is None:
            os.kill(own.process.pid, signal.SIGKILL)


def test_the_edit_loop_benchmark_stops_its_preview_when_run_as_a_background_job():
    """The benchmark's preview, started with SIGINT ignored as a background job starts it, is stopped (SIGTERM): the
    benchmark does not hang. The near miss: SIGINT would not have stopped it."""
    from benchmarks.bench_preview import _Preview

    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"], preexec_fn=_as_a_background_job)
    try:
        process.send_signal(signal.SIGINT)
        with pytest.raises(subprocess.TimeoutExpired):
            process.wait(1)
        running = object.__new__(_Preview)  # its process only: the real one starts a whole preview
        running.process = process
        running.stop()
        assert process.returncode == -signal.SIGTERM
    finally:
        if process.poll() is None:
            process.kill()


def test_a_port_in_use_or_a_missing_year_is_one_line(tmp_path, capsys):
    import socket

    from lakip_lib.cli import main

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["preview", "--year", "2024", "--data", str(SAMPLE), "--out", str(tmp_path), "--port", str(port)]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"lakip: 127.0.0.1:{port} tidak dapat dipakai untuk pratinjau (") and "--port" in error
    assert error.count("\n") == 1 and not (tmp_path / "2024").exists()  # nothing built for a server that cannot start
    assert main(["preview", "--year", "2031", "--data", str(SAMPLE), "--out", str(tmp_path), "--lang", "en"]) == 2
    assert capsys.readouterr().err == f"lakip: no folder {SAMPLE / '2031'}\n"


@pytest.mark.slow
def test_a_workbook_edit_is_shown_before_its_build_which_publishes_the_same_bytes(preview):
    import hashlib

    import openpyxl

    _wait_until_idle(preview)
    version, before = int(preview.get("/__lakip/version")[1]), len(preview.lines)
    workbook = openpyxl.load_workbook(preview.data / "2024" / "kinerja.xlsx")
    cell = next(c for row in workbook.active.iter_rows(min_row=4) for c in row
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool))
    cell.value += 1
    workbook.save(preview.data / "2024" / "kinerja.xlsx")
    digest = hashlib.sha256((preview.data / "2024" / "kinerja.xlsx").read_bytes()).hexdigest()
    preview.wait_for("perubahan ditampilkan dalam [0-9,]+ detik", SECONDS, before)
    assert digest.encode() in preview.get("/lakip-2024.html")[1]  # the appendix lists the new file's hash
    preview.wait_for(r"dibangun dalam .*\(dipakai ulang: 01-staffing\)", SECONDS, before)
    assert int(preview.get("/__lakip/version")[1]) == version + 1  # the build's page is the one shown already


@pytest.mark.slow
def test_an_edit_of_the_kits_code_restarts_the_worker_and_shows_in_the_page(tmp_path):
    """A developer editing the kit sees the change: the worker restarts with the new code and shows it before the build,
    whose kernels run it too; the preview's own process, which imported the old code, then renders nothing itself."""
    root = Path(__file__).resolve().parent.parent
    kit = tmp_path / "kit"
    shutil.copytree(root / "lakip_lib", kit / "lakip_lib", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(root / "notebooks", kit / "notebooks")
    shutil.copytree(SAMPLE, tmp_path / "raw")
    own = Preview(tmp_path / "raw", tmp_path / "out", kit=kit)
    published = tmp_path / "out" / "2024" / "lakip-2024.html"
    narrative = tmp_path / "raw" / "narasi" / "06-penutup.md"
    try:
        before = len(own.lines)
        with narrative.open("a", encoding="utf-8") as handle:  # rendered in the preview's process, with the old code
            handle.write("\nKalimat sebelum kode berubah.\n")
        assert "tanpa kernel" in own.wait_for("dibangun dalam", SECONDS, before)
        assert "Kalimat sebelum kode berubah." in published.read_text(encoding="utf-8")

        before = len(own.lines)
        with (kit / "lakip_lib" / "presentation" / "report.py").open("a", encoding="utf-8") as code:
            code.write("\n_PLAIN_HTML = Report.html\n"
                       "Report.html = lambda self: _PLAIN_HTML(self).replace('KATA PENGANTAR', 'KATA PENGANTAR (KODE BARU)', 1)\n")
        own.wait_for("berubah: lakip_lib/presentation/report.py", 10, before)
        own.wait_for("pekerja pratinjau dimulai ulang", 10, before)
        own.wait_for("perubahan ditampilkan dalam", SECONDS, before)  # by the new worker, before the build
        own.wait_for("dibangun dalam", SECONDS, before)
        assert b"KATA PENGANTAR (KODE BARU)" in own.get("/lakip-2024.html")[1]
        assert "KATA PENGANTAR (KODE BARU)" in published.read_text(encoding="utf-8")

        before = len(own.lines)
        with narrative.open("a", encoding="utf-8") as handle:
            handle.write("\nKalimat setelah kode berubah.\n")
        assert "tanpa kernel" not in own.wait_for("dibangun dalam", SECONDS, before)
        page = published.read_text(encoding="utf-8")
        assert "Kalimat setelah kode berubah." in page and "KATA PENGANTAR (KODE BARU)" in page
    finally:
        own.stop()
