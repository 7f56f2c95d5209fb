"""Jupyter around the kit (issue 14, item 7): ``make lab`` starts as root too, ``make kernel`` registers a kernel
that imports the kit, and a notebook saved after a run is committed without its outputs (git's clean filter that
``make install`` sets up, ``make clean-notebooks``). Each runs the real program: make, JupyterLab, a kernel, git."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from jupyter_client.manager import start_new_kernel

from lakip_lib.workspace import strip_notebook

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def _jupyter_env(tmp_path: Path) -> dict[str, str]:
    """Jupyter's data, config and runtime folders inside the test's folder: nothing is registered in the real home."""
    return {**os.environ, "JUPYTER_DATA_DIR": str(tmp_path / "data"), "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
            "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"), "JUPYTER_PLATFORM_DIRS": "1"}


def _run_notebook_like(notebook: Path) -> str:
    """A notebook as a run leaves it: outputs, execution counts, papermill's and Jupyter's metadata."""
    saved = json.loads(notebook.read_text(encoding="utf-8"))
    saved["metadata"]["papermill"] = {"parameters": {"year": 2025}}
    for number, cell in enumerate(c for c in saved["cells"] if c["cell_type"] == "code"):
        cell["execution_count"] = number + 1
        cell["metadata"]["execution"] = {"iopub.status.busy": "2026-12-04T20:00:00"}
        cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": ["Tahun 2.025\n"]}]
    return json.dumps(saved, indent=1, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_stripping_a_committed_notebook_changes_nothing_and_a_run_one_comes_back_clean(notebook):
    committed = notebook.read_text(encoding="utf-8")
    assert strip_notebook(committed) == committed
    assert strip_notebook(_run_notebook_like(notebook)) == committed


def test_git_commits_a_run_notebook_without_its_outputs_through_the_filter_make_install_sets(tmp_path):
    """A repository with the kit's .gitattributes and the filter ``make install`` configures: ``git add`` of a
    notebook saved after a run stores the clean notebook; the working copy keeps its outputs."""
    repo = tmp_path / "repo"
    (repo / "notebooks").mkdir(parents=True)
    (repo / ".venv" / "bin").mkdir(parents=True)
    (repo / ".venv" / "bin" / "python").symlink_to(sys.executable)  # the filter names the kit's own .venv, relatively
    shutil.copy(ROOT / ".gitattributes", repo)
    notebook = NOTEBOOKS[0]
    run = repo / "notebooks" / notebook.name
    run.write_text(_run_notebook_like(notebook), encoding="utf-8")
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    install = (ROOT / "Makefile").read_text(encoding="utf-8")
    filter_line = next(line for line in install.splitlines() if "git config filter.lakip-strip.clean" in line)
    command = filter_line.split("git config filter.lakip-strip.clean ", 1)[1].split("; fi")[0].strip("'")
    subprocess.run([*git, "config", "filter.lakip-strip.clean", command], check=True)
    subprocess.run([*git, "add", "notebooks", ".gitattributes"], check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    stored = subprocess.run([*git, "show", f":notebooks/{notebook.name}"], check=True, capture_output=True, text=True).stdout
    assert stored == notebook.read_text(encoding="utf-8")
    assert '"Tahun 2.025\\n"' in run.read_text(encoding="utf-8")  # the analyst's copy keeps its outputs


def test_make_clean_notebooks_strips_the_notebooks_in_place(tmp_path):
    kit = tmp_path / "kit"
    (kit / "notebooks").mkdir(parents=True)
    shutil.copy(ROOT / "Makefile", kit)
    (kit / ".venv" / "bin").mkdir(parents=True)
    (kit / ".venv" / "bin" / "python").symlink_to(sys.executable)
    (kit / ".venv" / ".installed-stamp").touch()
    for name in ("pyproject.toml", "constraints.txt"):  # older than the stamp: make installs nothing
        shutil.copy(ROOT / name, kit)
        os.utime(kit / name, (1, 1))
    for notebook in NOTEBOOKS:
        (kit / "notebooks" / notebook.name).write_text(_run_notebook_like(notebook), encoding="utf-8")
    done = subprocess.run(["make", "-s", "clean-notebooks"], cwd=kit, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"stripped notebooks/{n.name}" for n in NOTEBOOKS]
    for notebook in NOTEBOOKS:
        assert (kit / "notebooks" / notebook.name).read_bytes() == notebook.read_bytes()


def test_make_kernel_registers_a_kernel_that_imports_the_kit(tmp_path):
    env = _jupyter_env(tmp_path)
    done = subprocess.run(["make", "-s", "kernel"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    spec = json.loads((tmp_path / "data" / "kernels" / "lakip-kit" / "kernel.json").read_text(encoding="utf-8"))
    assert spec["display_name"] == "LAKIP kit"
    assert Path(spec["argv"][0]) == ROOT / ".venv" / "bin" / "python"
    # a real kernel by that name, found the way VS Code or a system Jupyter finds it
    outputs: list[dict] = []
    old = {key: os.environ.get(key) for key in ("JUPYTER_DATA_DIR", "JUPYTER_PLATFORM_DIRS")}
    os.environ.update({"JUPYTER_DATA_DIR": env["JUPYTER_DATA_DIR"], "JUPYTER_PLATFORM_DIRS": "1"})
    try:
        manager, client = start_new_kernel(kernel_name="lakip-kit", cwd=str(tmp_path))
        try:
            reply = client.execute_interactive("import lakip_lib as lk, sys; print(sys.prefix, callable(lk.load_year))",
                                               timeout=60, output_hook=lambda message: outputs.append(message))
        finally:
            client.stop_channels()
            manager.shutdown_kernel(now=True)
    finally:
        for key, value in old.items():
            os.environ.pop(key, None) if value is None else os.environ.__setitem__(key, value)
    assert reply["content"]["status"] == "ok"
    printed = "".join(m["content"].get("text", "") for m in outputs if m["msg_type"] == "stream")
    assert printed == f"{ROOT / '.venv'} True\n"



def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.skipif(os.getuid() != 0, reason="the point is starting as root; this machine runs the tests as another user")
def test_make_lab_starts_as_root(tmp_path):
    """Before, ``make lab`` as root exited at once: "Running as root is not recommended. Use --allow-root to bypass"."""
    port = _free_port()
    args = f"--no-browser --ip=127.0.0.1 --port={port} --ServerApp.port_retries=0"
    lab = subprocess.Popen(["make", "-s", "lab", f"LAB_ARGS={args}"], cwd=ROOT, env=_jupyter_env(tmp_path),
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        deadline, log = time.monotonic() + 90, []
        while time.monotonic() < deadline:
            line = lab.stdout.readline()
            log.append(line)
            if f"127.0.0.1:{port}/lab" in line or lab.poll() is not None:
                break
        assert lab.poll() is None, "".join(log)
        for _ in range(100):  # the server logs its address a moment before it accepts connections
            try:
                socket.create_connection(("127.0.0.1", port), timeout=5).close()
                break
            except ConnectionRefusedError:
                time.sleep(0.1)
        else:
            pytest.fail("JupyterLab logged its address but never listened on it\n" + "".join(log))
    finally:
        os.killpg(lab.pid, signal.SIGTERM)  # make and the JupyterLab it started: this test's own process group
        try:
            lab.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(lab.pid, signal.SIGKILL)
            lab.wait()
