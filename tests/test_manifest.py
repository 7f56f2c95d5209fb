"""The up-to-date logic: what makes a year's build stale, and what does not."""

import os
import shutil
from pathlib import Path

import pytest

from lakip_lib import manifest
from lakip_lib.execute import NOTEBOOKS, default_notebook_dir
from lakip_lib.manifest import fingerprint, is_up_to_date, write_manifest

ROOT = Path(__file__).resolve().parent.parent
PARAMETERS = {"year": 2024, "data_dir": "/data", "lang": "id"}


@pytest.fixture
def setup(tmp_path):
    data = tmp_path / "raw"
    shutil.copytree(ROOT / "data/raw", data)
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    paths = [Path(shutil.copy(default_notebook_dir() / n, notebooks / n)) for n in NOTEBOOKS]
    out = tmp_path / "out"
    out.mkdir()
    write_manifest(out, fingerprint(data, 2024, paths, PARAMETERS))
    return data, paths, out


def _fresh(setup, parameters=PARAMETERS) -> bool:
    data, paths, out = setup
    return is_up_to_date(out, fingerprint(data, 2024, paths, parameters))


def test_nothing_changed_is_up_to_date(setup):
    assert _fresh(setup)


def test_touching_files_without_changing_them_is_up_to_date(setup):
    data, paths, _ = setup
    for path in [*data.rglob("*"), *paths]:
        if path.is_file():
            os.utime(path, (1, 1))
    assert _fresh(setup)


def test_an_unrelated_year_folder_does_not_count(setup):
    data, _, _ = setup
    (data / "2023").mkdir()
    (data / "2023" / "pegawai.xlsx").write_bytes(b"other year")
    assert _fresh(setup)


@pytest.mark.parametrize("relative", ["2024/anggaran.xlsx", "2024/pegawai.xlsx", "lakip.yml", "narasi/01-latar-belakang.md"])
def test_a_changed_input_is_stale(setup, relative):
    data, _, _ = setup
    path = data / relative
    path.write_bytes(path.read_bytes() + b" ")
    assert not _fresh(setup)


def test_an_added_dataset_is_stale(setup):
    data, _, _ = setup
    (data / "2024" / "sarana.xlsx").rename(data / "sarana.xlsx")
    data_dir, paths, out = setup
    write_manifest(out, fingerprint(data_dir, 2024, paths, PARAMETERS))
    (data / "sarana.xlsx").rename(data / "2024" / "sarana.xlsx")
    assert not _fresh(setup)


def test_a_changed_notebook_is_stale(setup):
    _, paths, _ = setup
    paths[0].write_text(paths[0].read_text().replace("Parameters", "Parameter"))
    assert not _fresh(setup)


def test_a_changed_parameter_is_stale(setup):
    assert not _fresh(setup, {**PARAMETERS, "lang": "en"})


def test_another_kit_version_is_stale(setup, monkeypatch):
    monkeypatch.setattr(manifest, "__version__", "99.0")
    assert not _fresh(setup)


def test_a_missing_or_damaged_manifest_is_stale(setup):
    _, _, out = setup
    (out / manifest.MANIFEST_NAME).write_text("{not json")
    assert not _fresh(setup)
    (out / manifest.MANIFEST_NAME).unlink()
    assert not _fresh(setup)
