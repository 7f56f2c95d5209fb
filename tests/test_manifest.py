"""The up-to-date logic: what makes a year's build stale, and what does not."""

import hashlib
import json
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
    (out / "tables").mkdir(parents=True)
    (out / "lakip-2024.html").write_text("<p>laporan</p>\n", encoding="utf-8")
    (out / "tables" / "budget.csv").write_text("code,name\n", encoding="utf-8")
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


def test_a_later_year_folder_does_not_count(setup):
    data, _, _ = setup
    (data / "2025").mkdir()
    (data / "2025" / "pegawai.xlsx").write_bytes(b"other year")
    assert _fresh(setup)


def test_an_earlier_year_the_report_compares_with_counts(setup):
    """The report's trend table reads the earlier years of the data folder: a new or edited one makes it stale."""
    data, _, _ = setup
    (data / "2023").mkdir(exist_ok=True)  # the sample has one: its kinerja.xlsx
    (data / "2023" / "pegawai.xlsx").write_bytes(b"other year")
    assert not _fresh(setup)


def test_a_year_of_its_own_narrative_or_settings_counts(setup):
    data, _, _ = setup
    (data / "narasi" / "2025").mkdir()
    (data / "narasi" / "2025" / "06-penutup.md").write_text("Penutup 2025\n", encoding="utf-8")
    assert _fresh(setup)  # another year's narrative
    (data / "narasi" / "2024").mkdir(exist_ok=True)  # the sample keeps its 2024 analyses there
    (data / "narasi" / "2024" / "06-penutup.md").write_text("Penutup {year}\n", encoding="utf-8")
    assert not _fresh(setup)


def test_the_word_template_lakip_yml_names_is_an_input(setup):
    data, _, _ = setup
    settings = data / "lakip.yml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("  # docx_template:", "  docx_template:"), encoding="utf-8")
    assert dict(fingerprint(data, 2024, [], PARAMETERS)["project"]).get("templat/lakip.docx") is None  # named, not there yet
    (data / "templat").mkdir()
    (data / "templat" / "lakip.docx").write_bytes(b"templat pertama")
    before = fingerprint(data, 2024, [], PARAMETERS)
    assert "templat/lakip.docx" in dict(before["project"])
    (data / "templat" / "lakip.docx").write_bytes(b"templat kedua")  # the agency edits its template
    assert fingerprint(data, 2024, [], PARAMETERS)["project"] != before["project"]


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


def test_the_record_lists_every_output_with_its_sha256(setup):
    _, _, out = setup
    outputs = json.loads((out / manifest.MANIFEST_NAME).read_text())["outputs"]
    assert outputs == {"lakip-2024.html": hashlib.sha256(b"<p>laporan</p>\n").hexdigest(),
                       "tables/budget.csv": hashlib.sha256(b"code,name\n").hexdigest()}


@pytest.mark.parametrize("relative", ["lakip-2024.html", "tables/budget.csv", "tables"])
def test_a_deleted_output_is_stale(setup, relative):
    """Issue 12, probe 2: with the report and tables/ deleted, the year was "skipped" as up to date."""
    _, _, out = setup
    path = out / relative
    shutil.rmtree(path) if path.is_dir() else path.unlink()
    assert not _fresh(setup)


def test_an_edited_output_is_stale(setup):
    _, _, out = setup
    (out / "tables" / "budget.csv").write_text("code,name\n1,Program\n", encoding="utf-8")
    assert not _fresh(setup)


def test_an_output_replaced_by_a_link_is_stale(setup, tmp_path):
    _, _, out = setup
    copy = tmp_path / "copy.html"
    shutil.copy(out / "lakip-2024.html", copy)
    (out / "lakip-2024.html").unlink()
    (out / "lakip-2024.html").symlink_to(copy)
    assert not _fresh(setup)


def test_a_record_without_the_list_of_outputs_is_stale(setup):
    """A record written before the kit listed outputs cannot say whether they are all there: build once more."""
    _, _, out = setup
    record = json.loads((out / manifest.MANIFEST_NAME).read_text())
    del record["outputs"]
    (out / manifest.MANIFEST_NAME).write_text(json.dumps(record))
    assert not _fresh(setup)


def _keys(setup) -> dict[str, str]:
    data, paths, _ = setup
    return manifest.part_keys(fingerprint(data, 2024, paths, PARAMETERS), manifest.settings_hash(data))


def _changed_parts(setup, edit) -> set[str]:
    before = _keys(setup)
    edit(setup[0])
    after = _keys(setup)
    return {name for name in before if before[name] != after[name]}


def _append(path: Path, tail: bytes) -> None:
    path.write_bytes(path.read_bytes() + tail)


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize(("edit", "reached"), [
    (lambda data: _append(data / "narasi" / "06-penutup.md", b"Kalimat baru.\n"), {"04-report.ipynb"}),
    (lambda data: _replace(data / "lakip.yml", "Pelayanan yang cepat", "Pelayanan yang sangat cepat"), {"04-report.ipynb"}),
    (lambda data: _replace(data / "lakip.yml", 'place: "Bengkulu"', 'place: "Kota Bengkulu"'), {"04-report.ipynb"}),
    (lambda data: _replace(data / "lakip.yml", 'date: "2025-01-29"', 'date: "2025-01-30"'), set(NOTEBOOKS)),
    (lambda data: _replace(data / "lakip.yml", "efficiency_band: 5", "efficiency_band: 6"), set(NOTEBOOKS)),
    (lambda data: _append(data / "2024" / "kinerja.xlsx", b" "), {"02-performance.ipynb", "03-finance.ipynb", "04-report.ipynb"}),
    (lambda data: _append(data / "2024" / "pegawai.xlsx", b" "), {"01-staffing.ipynb", "03-finance.ipynb", "04-report.ipynb"}),
    (lambda data: (data / "2024" / "sarana.xlsx").unlink(), set(NOTEBOOKS)),  # every notebook says what is missing
    # an earlier year: the trend charts of the performance notebook and of the report draw it
    (lambda data: _append(data / "2023" / "kinerja.xlsx", b" "), {"02-performance.ipynb", "04-report.ipynb"}),
], ids=["narrative", "renstra-text", "signatory-place", "signing-date", "rules", "indicators", "staff", "dataset-removed",
        "earlier-year"])
def test_an_edit_changes_the_keys_of_the_notebooks_it_reaches_only(setup, edit, reached):
    assert _changed_parts(setup, edit) == reached


def test_a_part_is_reusable_only_with_its_key_and_its_files_intact(setup):
    data, paths, out = setup
    current = fingerprint(data, 2024, paths, PARAMETERS)
    (out / "figures").mkdir()
    (out / "figures" / "anggaran-realisasi.svg").write_text("<svg/>", encoding="utf-8")
    (out / "notebooks").mkdir()
    (out / "notebooks" / "03-finance.ipynb").write_text("{}", encoding="utf-8")
    settings = manifest.settings_hash(data)
    keys = manifest.part_keys(current, settings)
    parts = {"03-finance.ipynb": {"inputs": keys["03-finance.ipynb"], "reused": False,
                                  "outputs": ["figures/anggaran-realisasi.svg", "notebooks/03-finance.ipynb"]},
             "01-staffing.ipynb": {"inputs": "another key", "reused": False, "outputs": []}}
    write_manifest(out, current, parts)
    assert is_up_to_date(out, current)  # what was reused is no input
    assert manifest.reusable_parts(out, current, settings) == {"03-finance.ipynb": parts["03-finance.ipynb"]["outputs"]}
    (out / "figures" / "anggaran-realisasi.svg").write_text("<svg></svg>", encoding="utf-8")  # edited since
    assert manifest.reusable_parts(out, current, settings) == {}


def test_a_record_naming_an_output_outside_its_folder_reuses_nothing(setup):
    data, paths, out = setup
    current = fingerprint(data, 2024, paths, PARAMETERS)
    (out.parent / "elsewhere.txt").write_text("x", encoding="utf-8")
    settings = manifest.settings_hash(data)
    write_manifest(out, current, {"01-staffing.ipynb": {"inputs": manifest.part_keys(current, settings)["01-staffing.ipynb"],
                                                        "reused": False, "outputs": ["../elsewhere.txt"]}})
    record = json.loads((out / manifest.MANIFEST_NAME).read_text())
    record["outputs"]["../elsewhere.txt"] = hashlib.sha256(b"x").hexdigest()
    (out / manifest.MANIFEST_NAME).write_text(json.dumps(record))
    assert manifest.reusable_parts(out, current, settings) == {}
