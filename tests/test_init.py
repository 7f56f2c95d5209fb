"""``lakip init``: the skeleton of an agency's own data folder, which builds once its year folder holds the exports."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook

from corpus import run_lakip
from lakip_lib import init
from lakip_lib.cli import main
from lakip_lib.config import Project, load_project
from lakip_lib.demo import write_demo
from lakip_lib.errors import ConfigError
from lakip_lib.init import write_skeleton
from lakip_lib.loading.inputs import DATASETS
from lakip_lib.loading.year import load_dataset

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "raw"


def test_init_writes_a_commented_lakip_yml_narrative_readme_and_the_year_folder(tmp_path, capsys):
    folder = tmp_path / "dinas"
    assert main(["init", str(folder), "--year", "2025"]) == 0
    assert capsys.readouterr().out == (f"{folder}: 12 file ditulis (lakip.yml, README.md, narasi/, 2025/); salin ekspor Excel "
                                       f"tahun 2025 ke {folder}/2025/ lalu jalankan: lakip check --year 2025 --data {folder}\n")
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) == [
        "2025", "README.md", "lakip.yml", "narasi", *(f"narasi/{name}" for name in init.NARASI),
        "templat", *(f"templat/{name}" for name in ("anggaran.xlsx", "kinerja.xlsx", "pegawai.xlsx", "sarana.xlsx"))]
    # the templates hold headers and no data row: no NIP, no name, no amount
    roster = load_workbook(folder / "templat" / "pegawai.xlsx").active
    assert [c.value for c in roster[roster.max_row]][:3] == ["NO", "NIP BARU", "NAMA"]
    settings = (folder / "lakip.yml").read_text(encoding="utf-8")
    # every key the kit reads is there, each under a comment; the file is valid and its year placeholders are filled
    for key in ("agency:", "renstra:", "signatory:", "report:", "capaian:", "cap:", "negative_formula:", "efficiency_band:",
                "sources:", "header_aliases:", "limits:", "# years:"):
        assert key in settings, key
    assert yaml.safe_load(settings)["agency"]["name"] == "Nama Instansi"
    project = load_project(folder / "lakip.yml", 2025)
    assert (project.signatory.date, project.sources["budget"], project.notes) == ("2026-01-31", "Laporan realisasi anggaran Tahun 2025", ())
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for pattern in ("pegawai*.xlsx", "kinerja*.xlsx", "anggaran*.xlsx", "sarana*.xlsx"):
        assert pattern in readme
    # no personal data: no NIP-like number and none of the sample's names
    for path in [*folder.glob("*.*"), *folder.glob("narasi/*")]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\d{18}|\d{8} \d{6} \d \d{3}", text) and "GUNAWAN" not in text and "Bengkulu" not in text


def test_init_never_writes_into_a_folder_with_files(tmp_path, capsys):
    (tmp_path / "catatan.txt").write_text("punya saya\n", encoding="utf-8")
    assert main(["init", str(tmp_path), "--year", "2025"]) == 2
    # said in Indonesian, the command's default
    assert capsys.readouterr().err == (f"lakip: {tmp_path} sudah ada dan bukan folder kosong; lakip init hanya menulis ke "
                                       "folder baru atau kosong\n")
    assert [p.name for p in tmp_path.iterdir()] == ["catatan.txt"]
    with pytest.raises(ConfigError, match="between 2000 and 2100"):
        write_skeleton(tmp_path / "baru", 1990)


def _filled(template: Path, rows_from: Path, dataset: str, year: int) -> Path:
    """``template`` with, under each sheet's header, the data rows of the same sheet of ``rows_from``."""
    source = load_workbook(rows_from)
    book = load_workbook(template)
    for record in load_dataset(dataset, rows_from, year, Project()).recognition:
        sheet, first, stop = book[record.sheet], *record.body_rows
        assert sheet.max_row == first - 1  # nothing under the header yet
        for row in source[record.sheet].iter_rows(min_row=first, max_row=stop - 1, values_only=True):
            sheet.append(row)
    book.save(template)
    return template


@pytest.mark.slow
def test_the_skeleton_builds_once_its_templates_are_filled(tmp_path):
    """The templates filled under their headers (with a generated year's rows) and copied into the year folder build."""
    folder = tmp_path / "dinas"
    write_skeleton(folder, 2024)
    write_demo(tmp_path / "demo", employees=25, years=1, start_year=2024, seed=7)
    for dataset, prefix in DATASETS.items():
        filled = _filled(folder / "templat" / f"{prefix}.xlsx", tmp_path / "demo" / "2024" / f"{prefix}.xlsx", dataset, 2024)
        shutil.copy(filled, folder / "2024" / filled.name)
    run = run_lakip(["build", "--year", "2024", "--data", str(folder), "--out", str(tmp_path / "out")], cwd=tmp_path, timeout=300)
    assert run.code == 0, run.stderr
    assert run.stdout.startswith("2024: built in ") and run.stderr == ""
    report = (tmp_path / "out" / "2024" / "lakip-2024.html").read_text(encoding="utf-8")
    assert "Nama Instansi" in report and "Laporan realisasi anggaran Tahun 2024" in report and "31 Januari 2025" in report
    assert "Bab IV, setelah kesimpulan yang dihitung kit" in report
    with (tmp_path / "out" / "2024" / "tables" / "trend.csv").open(encoding="utf-8") as handle:
        assert next(csv.DictReader(handle))["headcount"] == "25"
    assert "Data belum tersedia" not in report
