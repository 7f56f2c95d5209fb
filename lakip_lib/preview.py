"""``lakip preview``: a year's report served on this machine, rebuilt and reloaded in the browser on every saved change.

The year is built as ``lakip build`` builds it (:func:`lakip_lib.execute.build_years`,
which reruns only the notebooks a change reaches), into the same output
folder, so what the preview shows is what is published. A small HTTP server
(the standard library's) serves that year's folder and nothing else: no
listing, no hidden file, no path with ``..``, a percent sign, a backslash or a
link in it (:func:`requested_file`). It listens on 127.0.0.1 unless told
otherwise.

The published report has no script; the page the server sends has one more,
which asks the server for the build's number every 0.15 s and
reloads the page when it changed. A failed rebuild puts its message, escaped,
above the last good report, whose folder a failed build leaves as it was.

A change is shown before its build is done: the process keeps the year's
report (:class:`WarmReport`); for a narrative edit it reads the narrative
again and renders the page itself, with no kernel to start, in a fraction of
a second; for any other change it loads and analyses the year again first,
with its imports done and every unchanged dataset read from the cache. The
build that follows publishes the same bytes.

The data folder (``lakip.yml``, ``narasi/``, the year folders) is watched by
polling the files' sizes and modification times: a few hundred files are
looked at in milliseconds, with no dependency and the same behaviour on every
file system (a network share sends no change events).
"""

from __future__ import annotations

import html
import mimetypes
import os
import secrets
import socket
import stat
import sys
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TextIO

from .errors import LakipError, headline
from .messages import say, use_language

#: where the page asks for the number of the build it shows
VERSION_PATH = "/__lakip/version"
#: seconds between two looks at the data folder
POLL_SECONDS = 0.1
#: a change is built once the files stayed the same this long (an editor, or Excel, writes a file in several steps)
SETTLE_SECONDS = 0.15
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
#: the published report's policy: nothing runs, nothing is fetched
_PUBLISHED_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"


@dataclass
class PreviewState:
    """What the server shows: the number of the last build, and the message of the last rebuild if it failed."""

    year: int
    folder: Path
    lang: str = "id"
    version: int = 0
    error: str = ""
    #: the page of a change rendered here (:class:`WarmReport`), shown until the build of that change is done
    early: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def update(self, error: str, published: str | None = None) -> None:
        """A rebuild ended, with ``error`` ("" when it succeeded) and the report it ``published``: open pages reload,
        unless they already show that report (rendered early)."""
        with self.lock:
            already = not error and not self.error and self.early is not None and published == self.early
            self.error, self.early = error, None
            if not already:
                self.version += 1

    def show_early(self, page: str) -> None:
        """Show ``page``, rendered before its build is done: open pages reload."""
        with self.lock:
            self.early = page
            self.version += 1

    def shown(self) -> tuple[int, str]:
        """The build's number and the error to show, read together."""
        with self.lock:
            return self.version, self.error

    def early_page(self) -> str | None:
        """The page rendered before its build, or None: the server then sends the published report."""
        with self.lock:
            return self.early


def requested_file(folder: Path, target: str) -> Path | None:
    """The file of ``folder`` a request's target names, or None when the target is refused or names no file.

    Refused: anything but a plain relative path of visible names (``..``,
    ``.``, an empty segment, ``//``, a name starting with a dot), a percent
    sign (no encoded path is decoded), a backslash or a NUL, and any path
    that passes through a link or leads to something other than a regular
    file (a folder is never listed).

    Example:
        >>> requested_file(Path("outputs/2024"), "/../lakip.yml") is None
        True
        >>> requested_file(Path("outputs/2024"), "/%2e%2e/lakip.yml") is None
        True
    """
    path = target.split("?", 1)[0].split("#", 1)[0]
    if not path.startswith("/") or any(mark in path for mark in ("%", "\\", "\0")):
        return None
    parts = path[1:].split("/")
    if any(part in ("", ".", "..") or part.startswith(".") for part in parts):
        return None
    current = folder
    for part in parts:
        current = current / part
        try:
            mode = os.lstat(current).st_mode
        except OSError:
            return None
        if stat.S_ISLNK(mode):
            return None
    return current if stat.S_ISREG(mode) else None


def preview_page(report: str | None, state_version: int, error: str, lang: str, nonce: str) -> str:
    """The page the server sends for the report: ``report`` (the published HTML, None when no build succeeded yet)
    with the reload script and, after a failed rebuild, its message escaped above the report.

    Example:
        >>> page = preview_page(None, 3, "kinerja.xlsx: <b>rusak</b>", "id", "n0")
        >>> "&lt;b&gt;rusak&lt;/b&gt;" in page and "<b>rusak</b>" not in page
        True
    """
    script = (f'<script nonce="{nonce}">(function(){{var shown="{state_version}";function look(){{'
              f'fetch("{VERSION_PATH}",{{cache:"no-store"}}).then(function(r){{return r.text()}}).then(function(v){{'
              'if(v.trim()!==shown){location.reload()}else{setTimeout(look,150)}}).catch(function(){setTimeout(look,1000)})}'
              'setTimeout(look,150)})();</script>')
    banner = ""
    if error:
        below = say("preview_error_below" if report is not None else "preview_error_none", lang)
        banner = ('<div id="lakip-preview-error" role="alert" style="border:3px solid #b00020;background:#fff4f4;color:#000;'
                  'padding:1em;margin:1em;font-family:sans-serif">'
                  f'<strong>{html.escape(say("preview_error_title", lang))}</strong>'
                  f'<pre style="white-space:pre-wrap">{html.escape(error)}</pre><p>{html.escape(below)}</p></div>')
    if report is None:
        return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>LAKIP</title></head>'
                f'<body>{banner}{script}</body></html>')
    page = report.replace(_PUBLISHED_POLICY, policy(nonce), 1)
    body = page.find("<body")
    start = page.find(">", body) + 1 if body >= 0 else 0
    end = page.rfind("</body>")
    end = end if end >= start else len(page)
    return page[:start] + banner + page[start:end] + script + page[end:]


def policy(nonce: str) -> str:
    """The Content-Security-Policy of a page the preview sends: the report's, plus its own script and version requests.

    Example:
        >>> policy("abc")
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'nonce-abc'; connect-src 'self'"
    """
    return f"{_PUBLISHED_POLICY}; script-src 'nonce-{nonce}'; connect-src 'self'"


class _Handler(BaseHTTPRequestHandler):
    state: PreviewState

    def version_string(self) -> str:
        return "lakip-preview"

    def do_GET(self) -> None:  # noqa: N802 -- the standard library's name
        self._answer(body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(body=False)

    def _answer(self, body: bool) -> None:
        state = self.state
        report_name = f"lakip-{state.year}.html"
        if self.path == "/":
            self._send(HTTPStatus.FOUND, b"", "text/plain", body, location=f"/{report_name}")
        elif self.path.split("?", 1)[0] == VERSION_PATH:
            self._send(HTTPStatus.OK, str(state.shown()[0]).encode(), "text/plain; charset=utf-8", body)
        elif self.path.split("?", 1)[0] == f"/{report_name}":
            version, error = state.shown()
            report = state.early_page()
            if report is None:
                found = requested_file(state.folder, f"/{report_name}")
                report = found.read_text(encoding="utf-8") if found is not None else None
            nonce = secrets.token_urlsafe(16)
            page = preview_page(report, version, error, state.lang, nonce)
            self._send(HTTPStatus.OK, page.encode("utf-8"), "text/html; charset=utf-8", body, csp=policy(nonce))
        else:
            found = requested_file(state.folder, self.path)
            if found is None:
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8", body)
                return
            try:
                content = found.read_bytes()
            except OSError:  # replaced by a rebuild meanwhile
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8", body)
                return
            kind = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
            self._send(HTTPStatus.OK, content, kind, body, csp=_PUBLISHED_POLICY)

    def _send(self, status: HTTPStatus, content: bytes, kind: str, body: bool, location: str = "", csp: str = "") -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(content)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", csp or "default-src 'none'")
        if location:
            self.send_header("Location", location)
        self.end_headers()
        if body:
            self.wfile.write(content)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 -- the standard library's signature
        """Requests are not logged: the console says what was rebuilt, not every look of the page."""


class WarmReport:
    """The year's report kept in a worker process, so that a change is shown without starting a kernel.

    The worker (:func:`_work`, started with ``spawn``: a fresh interpreter that
    imports the kit from disk) makes the report again on every change of more
    than the narrative, from the data folder and its cache of cleaned datasets
    (:func:`~lakip_lib.presentation.report.build_report`, as the report
    notebook makes it), while the build runs beside it; a narrative edit only
    reads the narrative again. :meth:`page` renders it: the bytes the build
    then publishes. Once a build is published, the worker takes the report model
    that build stored (:mod:`lakip_lib.presentation.stored`) instead, which has
    no roster; a report it made itself it keeps without the rosters (only their
    counts are shown) and hands the memory back to the system, so a
    million-row roster is loaded only for a change that reaches it, and not held.

    When the kit's own code changed (:func:`~lakip_lib.manifest.code_hash`), the
    next :meth:`refresh` replaces the worker by one running the new code; until
    then :meth:`page` gives None, a page of another kit than the build's.
    """

    def __init__(self, data_dir: Path, year: int, lang: str, cache: bool) -> None:
        self.data_dir, self.year, self.lang, self.cache = data_dir, year, lang, cache
        self.code = ""
        self._process = None
        self._connection = None

    @property
    def pid(self) -> int | None:
        """The worker's process id, None before it started."""
        return self._process.pid if self._process is not None else None

    def refresh(self, model: Path | None = None) -> bool:
        """Have the worker make the report again (it answers :meth:`page` once done), or take the one a published build
        stored at ``model`` (made again when it cannot be read); a worker of older code, or one that died, is replaced
        first. True when a worker was started."""
        from .manifest import code_hash

        code = code_hash()
        started = self._process is None or code != self.code or not self._process.is_alive()
        if started:
            self.close()
            self._start()
            self.code = code
        try:
            self._connection.send(("refresh",) if model is None else ("adopt", str(model)))
        except OSError:  # died meanwhile: the next refresh starts another
            self.close()
        return started

    def _start(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")  # fresh imports: the kit's code as it is on disk now
        ours, theirs = context.Pipe()
        self._process = context.Process(target=_work, args=(theirs, str(self.data_dir), self.year, self.lang, self.cache),
                                        name="lakip-preview-worker", daemon=True)
        self._process.start()
        theirs.close()
        self._connection = ours

    def page(self) -> str | None:
        """The page of the report with the narrative as saved now, once the report being made is ready (it is made
        from data already loaded, faster than a build); None when it could not be made or the kit changed since the
        worker started."""
        from .manifest import code_hash

        if self._process is None or code_hash() != self.code:
            return None
        try:
            self._connection.send(("page",))
            if not self._connection.poll(_WORKER_WAIT):
                return None
            return self._connection.recv()
        except (OSError, EOFError):  # the worker died (out of memory…): the build still says what is wrong
            self.close()
            return None

    def close(self) -> None:
        """Stop the worker (again: nothing)."""
        process, connection, self._process, self._connection = self._process, self._connection, None, None
        if connection is not None:
            try:
                connection.send(("stop",))
            except OSError:
                pass
            connection.close()
        if process is not None:
            process.join(1)
            if process.is_alive():  # busy making a report: it would only finish it
                process.kill()
                process.join(1)


#: longest :meth:`WarmReport.page` waits for the worker (seconds): a million-row roster loads in under a minute
_WORKER_WAIT = 600.0
#: how long the worker is idle before it hands back the memory it let go (seconds)
_IDLE_SECONDS = 0.5


def _work(connection, data_dir: str, year: int, lang: str, cache: bool) -> None:
    """The worker of :class:`WarmReport`: makes the report on ``refresh``, takes a stored one on ``adopt``, renders its page
    on ``page``, until ``stop`` or until the preview is gone (its end of the pipe closed)."""
    import signal

    from .presentation.stored import load_report

    # Ctrl-C reaches the whole terminal's process group: the preview stops its worker itself
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    use_language(lang)  # a problem it meets is shown on the page in the preview's language
    root, report, owed = Path(data_dir), None, False
    while True:
        try:
            # memory is handed back once nothing is asked for a moment (it takes a while): never while a page waits
            if owed and not connection.poll(_IDLE_SECONDS):
                _give_back_memory()
                owed = False
            message = connection.recv()
        except (EOFError, OSError):
            return
        if message[0] in ("refresh", "adopt"):
            report = None  # the old one is let go before the new one is made
            report = load_report(message[1], root) if message[0] == "adopt" else None
            if report is None:
                report = _make_report(root, year, lang, cache)
            else:
                # its images are those a drawing of the same data makes: a workbook edit then redraws only its charts
                from .presentation.report import remember_figures

                remember_figures(report)
            owed = True  # the rosters, or the report the stored one replaced
        elif message[0] == "page":
            page = None
            if report is not None:
                from .presentation.html import report_page

                try:
                    page = report_page(report.with_narrative(root).html(), year, lang)
                except Exception:  # noqa: BLE001 -- whatever fails here, the build says it; the edit is shown when built
                    page = None
            connection.send(page)
        else:
            return


def _give_back_memory() -> None:
    """Hand the memory of frames let go back to the system: Arrow's pool and the C library keep it for reuse otherwise
    (a third of a million-row roster's peak, measured)."""
    import ctypes
    import gc

    gc.collect()
    if "pyarrow" in sys.modules:
        sys.modules["pyarrow"].default_memory_pool().release_unused()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: its memory stays with the process until reused
        pass


def _make_report(root: Path, year: int, lang: str, cache: bool):
    """The year's report as the report notebook makes it, without the rosters it no longer needs; None when it cannot be
    made (the build says why)."""
    from dataclasses import replace

    from .ownership import usable_cache
    from .presentation.report import build_report

    try:
        processed = usable_cache(root)[0] if cache else None
        report = build_report(root, year, None, lang, processed)
    except Exception:  # noqa: BLE001 -- whatever fails here, the build says it; the edit is shown when built
        return None
    # the counts are made: the roster (a million rows can hold a gigabyte) is let go, here and in the analysis memo,
    # which holds the same results
    for results in (report.results, *report.results.earlier):
        if results.data.staff is not None and results.data.staff.roster is not None:
            results.data.staff = replace(results.data.staff, roster=None)
    return report


class _Server6(ThreadingHTTPServer):
    address_family = socket.AF_INET6


def watched_files(data_dir: Path) -> dict[str, tuple[int, int]]:
    """Every visible file under ``data_dir`` (``lakip.yml``, ``narasi/``, the year folders, a template): relative path →
    (size, modification time in ns). Office's lock files (``~$…``) and hidden files are left out; links are not followed.

    Example:
        >>> "lakip.yml" in watched_files(Path("data/raw"))
        True
    """
    found: dict[str, tuple[int, int]] = {}
    pending = [data_dir]
    while pending:
        folder = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue  # a folder removed or renamed while it was looked at: the next look sees what replaced it
        for entry in entries:
            if entry.name.startswith((".", "~$")):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(Path(entry.path))
                elif entry.is_file(follow_symlinks=False):
                    info = entry.stat(follow_symlinks=False)
                    found[Path(entry.path).relative_to(data_dir).as_posix()] = (info.st_size, info.st_mtime_ns)
            except OSError:
                continue
    return found


def kit_files() -> dict[str, tuple[int, int]]:
    """The kit's own files a build depends on: those :func:`~lakip_lib.manifest.code_hash` covers and the notebooks, as
    :func:`watched_files` gives them, named from the kit's folder (``lakip_lib/presentation/report.py``). Compiled
    files (``__pycache__``, which every import may write) and hidden ones are left out.

    Example:
        >>> "lakip_lib/preview.py" in kit_files() and "notebooks/04-report.ipynb" in kit_files()
        True
    """
    from .execute import default_notebook_dir
    from .manifest import CODE_SUFFIXES

    package = Path(__file__).resolve().parent
    found = {}
    for folder, suffixes in ((package, CODE_SUFFIXES), (default_notebook_dir(), frozenset({".ipynb"}))):
        for name, seen in watched_files(folder).items():
            if Path(name).suffix in suffixes and "__pycache__" not in name.split("/"):
                found[f"{folder.name}/{name}"] = seen
    return found


def changed_files(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> list[str]:
    """The files added, removed or changed between two :func:`watched_files`.

    Example:
        >>> changed_files({"a": (1, 1), "b": (1, 1)}, {"a": (1, 2), "c": (1, 1)})
        ['a', 'b', 'c']
    """
    return sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))


def run_preview(year: int, data_dir: str | Path, out_dir: str | Path, *, lang: str = "id", host: str = "127.0.0.1",
                port: int = 0, open_browser: bool = False, jobs: int | None = None, cache: bool = True,
                console: TextIO | None = None) -> int:
    """Build ``year``, serve it on ``host:port`` (0: a free port) and rebuild it on every change until Ctrl-C or
    SIGTERM; return the exit status (0).

    Example (not run as a test: it serves until stopped; tests/test_preview.py runs it):
        >>> run_preview(2024, "data/raw", "outputs")  # doctest: +SKIP
        pratinjau 2024: http://127.0.0.1:41235/lakip-2024.html (…; Ctrl-C untuk berhenti)
    """
    from .execute import build_years
    from .presentation.stored import MODEL_NAME

    console = console or sys.stdout
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    state = PreviewState(year, out_dir / str(year), lang)
    warm = WarmReport(data_dir, year, lang, cache)

    def rebuild() -> str:
        result = build_years([year], data_dir=data_dir, out_dir=out_dir, lang=lang, jobs=jobs, cache=cache)[0]
        _, error = state.shown()
        if result.status == "failed":
            state.update(result.message)
            print(say("preview_failed", lang, year=year, message=headline(result.message)), file=console, flush=True)
        elif result.status == "built":
            published = requested_file(state.folder, f"/lakip-{year}.html")
            state.update("", published.read_text(encoding="utf-8") if published is not None else None)
            # the model the build stored has the report without the roster: the worker lets its own go
            _refresh(warm, console, lang, state.folder / MODEL_NAME)
            rendered = say("preview_rendered", lang) if result.rendered else ""
            reused = (say("preview_reused", lang, parts=", ".join(Path(n).stem for n in result.reused), rendered=rendered)
                      if result.reused else "")
            print(say("preview_built", lang, year=year, seconds=_seconds(result.seconds, lang), reused=reused),
                  file=console, flush=True)
        else:  # skipped: the files are back to those of the last good build, which is what the folder holds
            if error:
                state.update("")
            print(say("preview_unchanged", lang, year=year), file=console, flush=True)
        return result.status

    handler = type("PreviewHandler", (_Handler,), {"state": state})
    try:
        server = (_Server6 if ":" in host else ThreadingHTTPServer)((host, port), handler)
    except OSError as err:  # a port in use, a host name of no interface here
        raise LakipError(say("preview_port_busy", lang, host=host, port=port, error=err.strerror or err)) from None
    if host not in LOCAL_HOSTS:
        print(say("preview_host", lang, host=host), file=sys.stderr, flush=True)
    serving = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
    serving.start()
    url = f"http://{_url_host(host)}:{server.server_address[1]}/lakip-{year}.html"
    try:
        seen = watched_files(data_dir)  # before the first build: what is saved while it runs is built next
        kit = kit_files()
        if rebuild() != "built":  # a build took care of it already
            warm.refresh(state.folder / MODEL_NAME)
        print(say("preview_serving", lang, year=year, url=url), file=console, flush=True)
        if open_browser:
            import webbrowser

            webbrowser.open(url)
        while True:
            time.sleep(POLL_SECONDS)
            now, code = watched_files(data_dir), kit_files()
            if now == seen and code == kit:
                continue
            while True:  # until the writer is done
                time.sleep(SETTLE_SECONDS)
                settled, settled_code = watched_files(data_dir), kit_files()
                if settled == now and settled_code == code:
                    break
                now, code = settled, settled_code
            changed, code_changed = changed_files(seen, now), changed_files(kit, code)
            seen, kit = now, code
            names = changed + code_changed
            print(say("preview_changed", lang, files=", ".join(names[:5]) + (" …" if len(names) > 5 else ""), year=year),
                  file=console, flush=True)
            if not state.shown()[1]:  # after a failed build, the page keeps its message until a build succeeds
                # only the narrative: the report kept here needs it read again; anything else, the kit's code too: made again
                if code_changed or not all(name.startswith("narasi/") for name in changed):
                    _refresh(warm, console, lang)
                _show_early(warm, state, console)
            rebuild()
            # what was saved while it built is built next
    except KeyboardInterrupt:
        print(say("preview_stopped", lang), file=console, flush=True)
        return 0
    finally:
        warm.close()
        server.shutdown()
        server.server_close()


def _refresh(warm: WarmReport, console: TextIO, lang: str, model: Path | None = None) -> None:
    """Have the worker make the report again (or take ``model``), saying so when it was replaced by one of the kit's new
    code."""
    running = warm.pid is not None
    if warm.refresh(model) and running:
        print(say("preview_worker_restarted", lang), file=console, flush=True)


def _show_early(warm: WarmReport, state: PreviewState, console: TextIO) -> None:
    """Show the report rendered here (:class:`WarmReport`) while its build runs, when it could be made."""
    started = time.perf_counter()
    try:
        page = warm.page()
    except Exception:  # noqa: BLE001 -- the build that follows says what is wrong, in its own words
        page = None
    if page is not None:
        state.show_early(page)
        print(say("preview_early", state.lang, seconds=_seconds(time.perf_counter() - started, state.lang)),
              file=console, flush=True)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _seconds(seconds: float, lang: str) -> str:
    from .formatting import format_number

    return format_number(seconds, 1, lang)
