"""A build replaces only folders it made, and one build works on an output year at a time (issue 12, probes 1 and 3).

Each refusal runs the real ``lakip build`` (:func:`lakip_lib.cli.main`) on a
copy of the sample and checks that every file around it is exactly as it was:
before the fix, each of these commands reported "built" and had deleted the
inputs or the user's documents standing at ``<out>/<year>``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from corpus import sample_copy, state
from lakip_lib.cli import main
from lakip_lib.errors import BuildError, UnsafePathError
from lakip_lib.manifest import MANIFEST_NAME, write_manifest
from lakip_lib.ownership import LOCK_PREFIX, YearLock, check_output_folder, check_replaceable

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A folder laid out as the README's: ``data/raw`` (a copy of the sample), the working directory."""
    sample_copy(tmp_path / "data" / "raw")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _one_line(capsys) -> str:
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1, captured
    return captured.err


def test_out_equal_to_the_data_folder_is_refused_and_deletes_nothing(project, capsys):
    """``lakip build --year 2024 --out data/raw`` deleted data/raw/2024/*.xlsx."""
    before = state(project)
    assert main(["build", "--year", "2024", "--out", "data/raw", "--lang", "en"]) == 2
    raw = project / "data" / "raw"
    assert _one_line(capsys) == (f"lakip: --out {raw} is the data folder {raw}, which the kit only reads: "
                                 "choose another output folder, such as outputs\n")
    assert state(project) == before


def test_all_years_into_their_own_data_folder_is_refused(project, capsys):
    """``lakip build --all --data D --out D`` deleted every workbook."""
    data = project / "D"
    sample_copy(data)
    before = state(project)
    assert main(["build", "--all", "--data", "D", "--out", "D", "--lang", "en"]) == 2
    assert "is the data folder" in _one_line(capsys)
    assert state(project) == before


@pytest.mark.parametrize(("out", "says"), [("data/raw/hasil", "is inside the data folder"),
                                           ("data/processed", "is the cache of cleaned datasets"),
                                           ("data/processed/2024", "is inside the cache of cleaned datasets")])
def test_out_inside_the_data_folder_or_at_the_cache_is_refused(project, capsys, out, says):
    before = state(project)
    assert main(["build", "--year", "2024", "--out", out, "--lang", "en"]) == 2
    assert says in _one_line(capsys)
    assert state(project) == before


def test_a_users_folder_at_out_year_is_refused_and_kept(project, capsys):
    """``--out docs`` deleted a user's docs/2024/arsip/surat.docx."""
    letter = project / "docs" / "2024" / "arsip" / "surat.docx"
    letter.parent.mkdir(parents=True)
    letter.write_bytes(b"PK\x03\x04 surat penting")
    before = state(project)
    assert main(["build", "--year", "2024", "--out", "docs"]) == 1
    year = project / "docs" / "2024"
    assert _one_line(capsys) == (f"2024: FAILED: {year} sudah ada dan tidak dibuat oleh lakip (tidak memiliki catatan build "
                                 f"{MANIFEST_NAME}); kit mengganti seluruh folder itu, jadi pindahkan, atau arahkan --out ke "
                                 "folder lain\n")
    assert state(project) == before


def test_an_output_folder_that_holds_the_data_folder_is_refused(project, capsys):
    """``--data hasil/2024/masukan --out hasil``: replacing hasil/2024 would take the data with it."""
    data = project / "hasil" / "2024" / "masukan"
    shutil.copytree(project / "data" / "raw", data)
    before = state(project)
    assert main(["build", "--year", "2024", "--data", str(data), "--out", "hasil", "--lang", "en"]) == 1
    assert f"2024: FAILED: {project / 'hasil' / '2024'} overlaps the data folder {data}" in _one_line(capsys)
    assert state(project) == before


def test_a_file_added_to_a_built_year_stops_its_rebuild(project, capsys):
    """The kit's own folder plus a user's note: the note is not the kit's to delete."""
    assert main(["build", "--year", "2024", "--out", "outputs"]) == 0
    capsys.readouterr()
    note = project / "outputs" / "2024" / "tables" / "catatan.txt"
    note.write_text("catatan rapat\n", encoding="utf-8")
    before = state(project)
    assert main(["build", "--year", "2024", "--out", "outputs", "--force", "--lang", "en"]) == 1
    assert _one_line(capsys) == (f"2024: FAILED: {project / 'outputs' / '2024'} holds tables/catatan.txt, which lakip did "
                                 "not write; the kit replaces the whole folder, so move that file out of it and build again\n")
    assert state(project) == before
    note.unlink()
    assert main(["build", "--year", "2024", "--out", "outputs", "--force"]) == 0  # its own folder it replaces
    assert sorted(p.name for p in (project / "outputs").iterdir()) == ["2024", "index.html"]


# ---------------------------------------------------------------- the checks themselves


def test_a_record_without_an_output_list_still_protects_input_files(tmp_path):
    """A folder built before the record listed its outputs is replaced, unless it holds an input file."""
    year = tmp_path / "out" / "2024"
    year.mkdir(parents=True)
    (year / MANIFEST_NAME).write_text('{"kit_version": "0.1.0"}\n', encoding="utf-8")
    (year / "tabel-lakip-2024.xlsx").write_bytes(b"the kit's own table workbook")
    check_replaceable(year, tmp_path / "data" / "raw")
    (year / "pegawai.xlsx").write_bytes(b"a roster")
    with pytest.raises(UnsafePathError, match="holds the input file pegawai.xlsx"):
        check_replaceable(year, tmp_path / "data" / "raw")


def test_a_record_lists_the_outputs_and_only_those_are_replaced(tmp_path):
    year = tmp_path / "out" / "2024"
    (year / "tables").mkdir(parents=True)
    (year / "tables" / "budget.csv").write_text("code\n", encoding="utf-8")
    write_manifest(year, {"kit_version": "0.1.0"})
    check_replaceable(year, tmp_path / "raw")
    (year / "tables" / "lain.csv").symlink_to(year / "tables" / "budget.csv")
    with pytest.raises(UnsafePathError, match="holds tables/lain.csv, which lakip did not write"):
        check_replaceable(year, tmp_path / "raw")


def test_a_file_or_link_at_out_year_is_refused(tmp_path):
    (tmp_path / "2024").write_text("not a folder", encoding="utf-8")
    with pytest.raises(UnsafePathError, match="is not a folder the kit made"):
        check_replaceable(tmp_path / "2024", tmp_path / "raw")


def test_an_output_folder_beside_the_data_is_accepted(tmp_path):
    check_output_folder(tmp_path / "outputs", tmp_path / "data" / "raw")
    check_output_folder(tmp_path / "data", tmp_path / "data" / "raw")  # data/2024 is neither raw nor processed


# ---------------------------------------------------------------- one build per output year


def test_a_live_lock_refuses_a_second_build_of_the_year(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", "import sys; from pathlib import Path; "
                               "from lakip_lib.ownership import YearLock; YearLock.acquire(Path(sys.argv[1]), 2024); "
                               "print('held', flush=True); sys.stdin.read()", str(tmp_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        with pytest.raises(BuildError) as refused:
            YearLock.acquire(tmp_path, 2024)
        assert str(refused.value) == (f"another lakip build (pid {holder.pid}) is building {tmp_path / '2024'}: "
                                      "wait for it to finish, then build again")
        YearLock.acquire(tmp_path, 2025).release()  # another year is free
    finally:
        holder.kill()
        holder.wait()
    # the holder died without letting go: its lock is stale, and taken over
    lock = YearLock.acquire(tmp_path, 2024)
    assert lock.taken_over == holder.pid
    assert (tmp_path / f"{LOCK_PREFIX}2024").read_text() == f"{os.getpid()}\n"
    lock.release()
    assert list(tmp_path.iterdir()) == []


def test_a_stale_lock_file_of_a_dead_build_is_taken_over(project, capsys):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True).stdout.strip()
    out = project / "outputs"
    out.mkdir()
    (out / f"{LOCK_PREFIX}2024").write_text(f"{dead}\n", encoding="utf-8")
    (out / f".lakip-tmp-2024-{dead}").mkdir()  # and the staging folder it left
    assert main(["build", "--year", "2024", "--out", "outputs"]) == 0
    assert capsys.readouterr().out.startswith("2024: built in ")
    assert sorted(p.name for p in out.iterdir()) == ["2024", "index.html"]
