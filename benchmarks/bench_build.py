"""Build figures: a year's build, an up-to-date rebuild, and years in parallel.

The floor is what any notebook report pays: papermill executing one notebook
that only imports pandas, matplotlib, seaborn and lakip_lib, then nbconvert
exporting it to HTML — both as the commands a user would run. The batch
figure builds four generated years with two kernels at once (``--jobs 2``)
against one kernel at a time (``--jobs 1``).
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
from pathlib import Path

import nbformat

from .timing import command, figure, median_seconds, take_turns, wall

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw"


def _floor_notebook(directory: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import pandas, matplotlib, seaborn, lakip_lib")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = directory / "floor.ipynb"
    nbformat.write(nb, path)
    return path


def run(repeats: int) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        notebook = _floor_notebook(tmp)
        papermill = command("papermill", notebook, tmp / "floor-out.ipynb", "--no-progress-bar")
        nbconvert = command("jupyter", "nbconvert", "--to", "html", tmp / "floor-out.ipynb", "--log-level", "ERROR")

        def floor() -> None:
            papermill()
            nbconvert()

        floor_s = median_seconds(floor, repeats)
        out = tmp / "outputs"
        build_s = median_seconds(command("lakip", "build", "--year", "2024", "--force", "--data", SAMPLE, "--out", out), repeats)
        rebuild_s = median_seconds(command("lakip", "build", "--year", "2024", "--data", SAMPLE, "--out", out), repeats)

        years = tmp / "years"
        command("lakip", "demo", "--employees", "300", "--years", "4", "--out", years)()
        # one warm-up (it writes the cleaned datasets, years-processed, for both), then the two take turns
        batch = {jobs: statistics.median(times) for jobs, times in take_turns(
            {jobs: wall(command("lakip", "build", "--all", "--force", "--jobs", str(jobs), "--data", years,
                                "--out", tmp / f"batch-{jobs}")) for jobs in (1, 2)}, repeats, warmup=2).items()}
        shutil.rmtree(out, ignore_errors=True)
    return [
        figure("build", build_s, floor_s, 2.0, against="papermill + nbconvert of one importing notebook"),
        figure("rebuild", rebuild_s, build_s, 0.1, against="the first build"),
        figure("batch", batch[2], batch[1], 0.6, against="--jobs 1 over 4 generated years"),
    ]
