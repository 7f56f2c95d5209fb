"""Exploring never touches what is published: notebooks run by hand write to a scratch folder, and read and keep
another agency's data in that agency's own cache (issue 14, item 1).

The papermill tests run the real notebooks in a real kernel, in a copy of the kit's layout (``notebooks/``,
``data/raw/``, ``outputs/``) so that the scratch folder, relative to the notebooks as their defaults are, lands in
the test's own folder.
"""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest

from lakip_lib.errors import UnsafePathError
from lakip_lib.execute import build_year
from lakip_lib.manifest import MANIFEST_NAME
from lakip_lib.ownership import cache_folder
from lakip_lib.workspace import check_not_published, notebook_folders, scratch_folder

ROOT = Path(__file__).resolve().parent.parent


def test_scratch_folder_is_named_after_year_lang_and_other_data(tmp_path, monkeypatch):
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")  # where JupyterLab and a build run the notebooks
    assert scratch_folder(2024, "id", "../data/raw") == tmp_path / "outputs/_scratch/2024-id"
    assert scratch_folder(2025, "en", "../data/raw") == tmp_path / "outputs/_scratch/2025-en"
    assert scratch_folder(2025, "id", tmp_path / "dinkes") == tmp_path / "outputs/_scratch/dinkes/2025-id"
    assert scratch_folder(2025, "id", "/x/disdik") == tmp_path / "outputs/_scratch/disdik/2025-id"
    assert scratch_folder(2024, "../../etc", "/x/..hidden").parent.parent == tmp_path / "outputs/_scratch"


def test_a_published_year_is_refused_as_output_dir(tmp_path):
    published = tmp_path / "outputs" / "build-of-2024"
    published.mkdir(parents=True)
    (published / MANIFEST_NAME).write_text("{}")
    for folder in (tmp_path / "outputs" / "2024", published):
        # said in the notebook's language, "id"
        with pytest.raises(UnsafePathError, match="hanya build yang menulis di sana"):
            notebook_folders(2024, "id", ROOT / "data/raw", folder)
    assert not (tmp_path / "outputs" / "2024").exists()
    # the build's staging folder is neither
    staging = tmp_path / "outputs" / ".lakip-tmp-2024-123"
    out, _ = notebook_folders(2024, "id", ROOT / "data/raw", str(staging))
    assert out == staging and staging.is_dir()


def test_the_cache_is_the_read_projects_own(tmp_path):
    assert notebook_folders(2024, "id", tmp_path / "a/data/raw", scratch_root=tmp_path / "s")[1] == tmp_path / "a/data/processed"
    caches = {notebook_folders(2025, "id", tmp_path / name, scratch_root=tmp_path / "s")[1] for name in ("dinkes", "disdik")}
    assert caches == {tmp_path / "dinkes-processed", tmp_path / "disdik-processed"}
    assert cache_folder(tmp_path / "dinkes") != cache_folder(ROOT / "data/raw")
    assert notebook_folders(2025, "id", tmp_path / "dinkes", processed_dir=str(tmp_path / "c"), scratch_root=tmp_path / "s")[1] == tmp_path / "c"


# ---------------------------------------------------------------- real notebook runs

@pytest.fixture(scope="module")
def kit(tmp_path_factory):
    """A copy of the kit's layout with 2024 published by ``lakip build``, and another agency's 2025 beside it."""
    from lakip_lib.demo import write_demo

    root = tmp_path_factory.mktemp("kit")
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    shutil.copytree(ROOT / "data/raw", root / "data/raw")
    result = build_year(2024, data_dir=root / "data/raw", out_dir=root / "outputs", notebook_dir=root / "notebooks")
    assert result.status == "built", result.message
    other = tmp_path_factory.mktemp("agencies") / "other-agency"
    write_demo(other, 40, 1, start_year=2025, seed=3)
    return root, other


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _run(kit_root: Path, notebook: str, tmp_path: Path, **parameters) -> None:
    import papermill

    # cwd: the notebooks' folder, as in JupyterLab; papermill's own default would be this process's
    papermill.execute_notebook(str(kit_root / "notebooks" / notebook), str(tmp_path / notebook), parameters=parameters,
                               cwd=str(kit_root / "notebooks"), progress_bar=False, log_output=False)


def test_exploring_runs_leave_the_published_year_byte_identical(kit, tmp_path):
    root, other = kit
    published = root / "outputs" / "2024"
    before = _files(published)
    kit_cache = _files(root / "data/processed")

    _run(root, "04-report.ipynb", tmp_path, year=2025, data_dir=str(other))
    _run(root, "01-staffing.ipynb", tmp_path, lang="en")

    assert _files(published) == before
    scratch = root / "outputs" / "_scratch"
    assert (scratch / "other-agency" / "2025-id" / "tables" / "indicators.csv").is_file()
    assert (scratch / "other-agency" / "2025-id" / "tabel-lakip-2025.xlsx").is_file()
    assert any((scratch / "2024-en" / "figures").glob("*.png"))
    assert sorted(p.name for p in (root / "outputs").iterdir()) == ["2024", "_scratch"]
    # the other agency's roster went to its own cache, not the kit's
    assert _files(root / "data/processed") == kit_cache
    assert not (root / "data/processed" / "2025").exists()
    own = cache_folder(other) / "2025"
    assert (own / "staff_roster.parquet").is_file()
    for path in own.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(own.stat().st_mode) == 0o700

    # and the next build knows the published year is still what it built
    again = build_year(2024, data_dir=root / "data/raw", out_dir=root / "outputs", notebook_dir=root / "notebooks")
    assert again.status == "skipped", again.message
    assert _files(published) == before


def test_a_notebook_given_the_published_folder_refuses_before_writing(kit, tmp_path):
    import papermill

    root, _ = kit
    published = root / "outputs" / "2024"
    before = _files(published)
    with pytest.raises(papermill.PapermillExecutionError, match="UnsafePathError"):
        _run(root, "01-staffing.ipynb", tmp_path, output_dir=str(published))
    assert _files(published) == before
