"""A real build: papermill runs the notebooks in a real kernel on the 2024 sample."""

import hashlib
import os
import json
import re
import shutil
import subprocess
import tempfile
import sys
from pathlib import Path

import pytest

from lakip_lib import execute
from lakip_lib.cli import main
from lakip_lib.execute import CHAINS, NOTEBOOKS, build_year, chains_per_year
from lakip_lib.manifest import MANIFEST_NAME, write_manifest
from lakip_lib.presentation.stored import MODEL_NAME

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("outputs")
    result = build_year(2024, data_dir=ROOT / "data/raw", out_dir=out)
    assert result.status == "built", result.message
    return result.output_dir


def test_build_leaves_every_output(built):
    assert (built / "lakip-2024.html").is_file()
    assert (built / "tabel-lakip-2024.xlsx").is_file()
    assert sorted(p.name for p in (built / "notebooks").iterdir()) == sorted(NOTEBOOKS)
    for name in ("staffing_by_grade.csv", "staffing_by_gender.csv", "staffing_by_position.csv",
                 "staffing_by_education.csv", "indicators.csv", "budget.csv", "checks.csv"):
        assert (built / "tables" / name).is_file(), name
    figures = {p.name for p in (built / "figures").iterdir()}
    assert {"gambar-1-2-jabatan.png", "gambar-1-2-jabatan.svg", "gambar-1-4-golongan.png"} <= figures
    assert json.loads((built / MANIFEST_NAME).read_text())["inputs"]["staff"][0] == "pegawai.xlsx"


def test_html_is_self_contained_and_has_no_code(built):
    html = (built / "lakip-2024.html").read_text(encoding="utf-8")
    assert "<script" not in html
    assert not re.search(r"<link[^>]+href=", html)
    assert not re.search(r"""src=["'](?!data:)""", html)
    assert "load_year" not in html and "build_report" not in html  # no input cells
    for number in ("Tabel 1.1", "Tabel 1.2", "Tabel 1.3", "Tabel 1.4", "Tabel 1.5", "Tabel 1.6", "Tabel 3.1",
                   "Tabel 3.2", "Tabel 3.3", "Tabel 3.4", "Tabel 3.5", "Tabel 3.6", "Tabel 3.7",
                   "Gambar 1.2", "Gambar 1.3", "Gambar 1.4"):
        assert number in html, number
    for figure in ("13.201.715.554", "13.133.420.294", "3.698.626.072", "893.618.832", "98,56%", "17.077.265.554"):
        assert figure in html, figure


def test_html_names_the_tabel_3_7_finding_and_input_hashes(built):
    html = (built / "lakip-2024.html").read_text(encoding="utf-8")
    assert "3.752.626.072" in html
    assert re.search(r"<code>[0-9a-f]{64}</code>", html)


def test_no_personal_data_in_outputs(built):
    import pandas as pd

    roster = pd.read_excel(ROOT / "data/raw/2024/pegawai.xlsx", header=4, dtype=str, engine="calamine")
    names = [n.strip() for n in roster["NAMA"].dropna()]
    nips = [n.replace(" ", "") for n in roster["NIP BARU"].dropna()]
    for path in built.rglob("*"):
        if path.suffix in {".html", ".csv", ".ipynb", ".svg", ".json"}:
            text = path.read_text(encoding="utf-8")
            # a SHA-256 in hex (the build record's, the appendix's) holds 18 digits in a row about once in a hundred
            unhashed = re.sub(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])", "", text)
            assert not re.search(r"(?<!\d)\d{18}(?!\d)", unhashed.replace(" ", "")) or path.suffix == ".svg", path
            for name in names:
                assert name not in text, (path, name)
            for nip in nips:
                assert nip not in text.replace(" ", ""), (path, nip)


def test_second_build_is_skipped(built):
    again = build_year(2024, data_dir=ROOT / "data/raw", out_dir=built.parent)
    assert again.status == "skipped"


def test_a_year_with_deleted_outputs_is_rebuilt(tmp_path, built):
    """Issue 12, probe 2: with the report and tables/ deleted, ``lakip build`` said "skipped" and exit 0."""
    out = tmp_path / "out"
    shutil.copytree(built, out / "2024")
    (out / "2024" / "lakip-2024.html").unlink()
    shutil.rmtree(out / "2024" / "tables")
    again = build_year(2024, data_dir=ROOT / "data/raw", out_dir=out)
    assert again.status == "built", again.message
    assert (out / "2024" / "lakip-2024.html").read_bytes() == (built / "lakip-2024.html").read_bytes()
    assert sorted(p.name for p in (out / "2024" / "tables").iterdir()) == sorted(p.name for p in (built / "tables").iterdir())
    assert build_year(2024, data_dir=ROOT / "data/raw", out_dir=out).status == "skipped"


def test_skipping_an_up_to_date_year_imports_neither_pandas_nor_jupyter(built):
    """The rebuild figure of issue 6: deciding that nothing changed must not pay for the heavy imports."""
    probe = ("import sys; from lakip_lib.cli import main; "
             f"code = main(['build', '--year', '2024', '--data', {str(ROOT / 'data/raw')!r}, '--out', {str(built.parent)!r}]); "
             "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'pandas', 'numpy', 'matplotlib', 'papermill', 'nbconvert'}); "
             "print(code, heavy)")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    line, *draft, imports = run.stdout.splitlines()
    # the time printed is not asserted: a loaded machine (CI, other tests) takes tenths of a second to hash the inputs
    assert re.fullmatch(r"2024: skipped in \d+\.\d s -> " + re.escape(str(built / "lakip-2024.html")), line), run.stderr
    assert imports == "0 []", run.stderr
    # the sample is a draft on purpose: a skipped year still says so, read from its gate record without pandas
    assert draft[0].startswith("  DRAFT: 2 kesalahan data belum diperbaiki atau dijelaskan") and len(draft) == 4


def test_a_build_validates_notebooks_without_compiling_the_iri_grammars():
    """nbformat's validation works, and jsonschema has no ``iri`` check, whose grammars cost about a second to compile."""
    code = ("import sys; from lakip_lib.execute import _skip_iri_grammars; _skip_iri_grammars(); import jsonschema, nbformat; "
            "nbformat.validate(nbformat.read('notebooks/04-report.ipynb', as_version=4)); "
            "print('iri' in jsonschema.FormatChecker().checkers, 'lark' in sys.modules)")
    shown = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert shown.split() == ["False", "False"]


@pytest.mark.parametrize(("years", "jobs", "kernels_per_year"), [(1, 2, 2), (1, 8, 2), (1, 1, 1), (2, 2, 1), (4, 2, 1), (3, 4, 2)])
def test_a_year_is_split_over_two_kernels_only_when_kernels_would_idle(years, jobs, kernels_per_year):
    chains = chains_per_year(years, jobs)
    assert len(chains) == kernels_per_year
    assert sorted(name for chain in chains for name in chain) == sorted(NOTEBOOKS)
    assert chains == CHAINS or chains[0][-1] == "04-report.ipynb"  # in one kernel the report comes last, reusing the analysis


@pytest.fixture
def broken_data(tmp_path):
    """A copy of the sample whose budget file is text renamed to .xlsx."""
    data = tmp_path / "raw"
    shutil.copytree(ROOT / "data/raw", data)
    (data / "2024" / "anggaran.xlsx").write_bytes(b"not,a,workbook\n1,2,3\n")
    return data


def test_broken_year_fails_alone_and_keeps_previous_outputs(tmp_path, built, broken_data):
    data = broken_data
    out = tmp_path / "out"
    shutil.copytree(built, out / "2024")
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert main(["build", "--year", "2024", "--data", str(data), "--out", str(out), "--force"]) == 1
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before


def test_a_swap_interrupted_between_its_renames_is_restored(tmp_path, built, broken_data):
    """Killed after moving the old year aside but before moving the new one in: the next build puts it back."""
    out = tmp_path / "out"
    shutil.copytree(built, out / ".lakip-old-2024-999")
    assert build_year(2024, data_dir=broken_data, out_dir=out).status == "failed"
    assert (out / "2024" / "lakip-2024.html").read_bytes() == (built / "lakip-2024.html").read_bytes()
    assert not list(out.glob(".lakip-*"))


def test_build_keeps_the_cleaned_datasets_beside_the_raw_data(built):
    processed = ROOT / "data/processed/2024"
    assert {"staff_roster.parquet", "staff_roster.csv", "budget_rows.parquet", "budget_rows.csv"} <= {p.name for p in processed.iterdir()}


def test_a_build_closes_the_kernel_clients_it_opened(built):
    """papermill with km= leaves each notebook's client open (sockets and a heartbeat thread); the build closes them."""
    import threading

    assert [t for t in threading.enumerate() if type(t).__name__ == "HBChannel"] == []


@pytest.mark.skipif(os.name != "posix", reason="Unix sockets: TCP on Windows")
def test_kernels_talk_over_unix_sockets_in_folders_removed_after_the_build(tmp_path, monkeypatch):
    """A TCP port picked free for a kernel could be taken by another kernel's connection before it bound it (the kernel
    then died at start, 'Address already in use', failing a year at random): each kernel has a folder of its own for
    its sockets, gone when the build ends."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    managers = []
    made = execute._kernel_manager
    monkeypatch.setattr(execute, "_kernel_manager", lambda watch: managers.append(made(watch)) or managers[-1])
    result = execute.build_years([2024], data_dir=ROOT / "data/raw", out_dir=tmp_path / "out", jobs=2, cache=False)[0]
    assert result.status == "built"
    assert len(managers) == 2 and {m.transport for m in managers} == {"ipc"}
    assert all(m.ip.startswith(str(tmp_path / "tmp")) for m in managers)
    assert list((tmp_path / "tmp").iterdir()) == []


@pytest.mark.slow
def test_a_bug_inside_a_notebook_is_one_line_and_its_notebook_is_kept(tmp_path):
    """Issue 11: an exception that is not the kit's own reaches the user as one line, not a bare Python error."""
    import nbformat

    notebooks = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", notebooks)
    staffing = nbformat.read(notebooks / "01-staffing.ipynb", as_version=4)
    staffing.cells.append(nbformat.v4.new_code_cell("{}['no such key']"))  # a bug stands in for one of the kit's
    nbformat.write(staffing, notebooks / "01-staffing.ipynb")
    out = tmp_path / "outputs"
    result = execute.build_years([2024], data_dir=ROOT / "data/raw", out_dir=out, notebook_dir=notebooks, jobs=1)[0]
    assert result.status == "failed"
    assert result.message == ("internal error while building 01-staffing: KeyError: 'no such key'; "
                              "run with --debug for the traceback")
    kept = out / ".lakip-failed" / "2024" / "01-staffing.ipynb"
    assert "KeyError" in result.detail and str(kept) in result.detail and "\x1b[" not in result.detail
    assert "no such key" in kept.read_text(encoding="utf-8")
    assert not (out / "2024").exists()  # nothing published


def test_every_error_of_the_kit_raised_in_a_kernel_is_the_users_to_act_on():
    """A data problem the analysis refuses (AnalysisError) was shown as an "internal error": every class of errors.py is
    the kit's own, whose message reaches the user as it is."""
    import inspect

    from lakip_lib import errors

    own = {name for name, cls in inspect.getmembers(errors, inspect.isclass)
           if issubclass(cls, errors.LakipError) and cls is not errors.LakipError and cls.__module__ == errors.__name__}
    assert "AnalysisError" in own and own <= execute._OWN_ERRORS


@pytest.mark.slow
def test_a_data_problem_inside_a_notebook_is_its_message_in_the_builds_language(tmp_path):
    import nbformat

    notebooks = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", notebooks)
    staffing = nbformat.read(notebooks / "01-staffing.ipynb", as_version=4)
    staffing.cells.append(nbformat.v4.new_code_cell(
        "from lakip_lib.errors import AnalysisError\nfrom lakip_lib.messages import said\n"
        "raise AnalysisError(said('whole_counts', dimension='golongan'))"))
    nbformat.write(staffing, notebooks / "01-staffing.ipynb")
    out = tmp_path / "outputs"
    result = execute.build_years([2024], data_dir=ROOT / "data/raw", out_dir=out, notebook_dir=notebooks, jobs=1,
                                 lang="id")[0]
    assert (result.status, result.message) == ("failed", "golongan: jumlah pegawai harus bilangan bulat")
    assert not (out / ".lakip-failed").exists()  # not a bug of the kit: no traceback kept


WATCHER = """
import os, sys, time
final, stop = sys.argv[1], sys.argv[2]
print("watching", flush=True)
seen = missing = 0
while not os.path.exists(stop):
    seen += 1
    missing += not os.path.isfile(os.path.join(final, "lakip-2024.html"))
print(seen, missing, flush=True)
"""


def test_a_reader_finds_the_year_at_every_instant_of_the_swap(tmp_path):
    """Issue 12: a reader (or a kill) between the two renames of the swap found no ``<out>/2024``. With the folders
    exchanged in one step, a process looking all the time while the year is replaced 300 times never misses it."""
    out, data = tmp_path / "out", tmp_path / "raw"
    data.mkdir()

    def made(folder: Path, text: str) -> Path:
        folder.mkdir()
        (folder / "lakip-2024.html").write_text(text, encoding="utf-8")
        write_manifest(folder, {"kit_version": "test"})
        return folder

    out.mkdir()
    made(out / "2024", "0")
    watcher = subprocess.Popen([sys.executable, "-c", WATCHER, str(out / "2024"), str(tmp_path / "stop")],
                               stdout=subprocess.PIPE, text=True)
    assert watcher.stdout.readline() == "watching\n"
    for number in range(1, 301):
        execute._swap(made(out / f".lakip-tmp-2024-{number}", str(number)), out / "2024", data)
    (tmp_path / "stop").touch()
    seen, missing = map(int, watcher.communicate(timeout=30)[0].split())
    assert seen > 1000 and missing == 0
    assert (out / "2024" / "lakip-2024.html").read_text(encoding="utf-8") == "300"
    assert sorted(p.name for p in out.iterdir()) == ["2024"]


def test_a_skipped_year_clears_what_a_killed_build_left(tmp_path, built):
    """Issue 12: a killed build's staging folder (a copy of the inputs, roster included) stayed as long as the year was
    skipped as up to date; only a build of the year cleared it. A live process's folder is not the skip's to delete."""
    out = tmp_path / "out"
    shutil.copytree(built, out / "2024")
    ended = subprocess.Popen(["true"])
    ended.wait()
    alive = subprocess.Popen(["sleep", "60"])
    try:
        for name in (f".lakip-tmp-2024-{ended.pid}", f".lakip-old-2024-{ended.pid}", f".lakip-tmp-2024-{alive.pid}"):
            (out / name / ".lakip-inputs").mkdir(parents=True)
        (out / ".lakip-lock-2024").write_text(f"{ended.pid}\n")
        assert build_year(2024, data_dir=ROOT / "data/raw", out_dir=out).status == "skipped"
        assert sorted(p.name for p in out.iterdir()) == sorted(["2024", f".lakip-tmp-2024-{alive.pid}"])
    finally:
        alive.kill()
        alive.wait()


def _comparable(path: Path) -> bytes:
    """A published file's bytes; of an executed notebook, without what differs between any two runs of it (papermill's
    times, nbclient's execution times, the id papermill gives the parameters cell it injects)."""
    if path.suffix != ".ipynb":
        return path.read_bytes()
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for key in ("start_time", "end_time", "duration"):
        notebook["metadata"]["papermill"].pop(key)
    for cell in notebook["cells"]:
        cell.pop("id", None)
        cell["metadata"].pop("execution", None)
        cell["metadata"].pop("papermill", None)
    return json.dumps(notebook, sort_keys=True).encode()


def _same_as_a_clean_build(data: Path, incremental: Path, clean_out: Path, **options) -> None:
    """``incremental`` holds exactly what a clean ``--force`` build of ``data`` writes (at a path as deep, so that the
    notebooks' relative data_dir is the same); the build records differ only in what was reused or rendered. The stored
    report model is no published output (a pickle, not byte-stable): it must render the same report."""
    from lakip_lib.presentation.stored import load_report

    clean = build_year(2024, data_dir=data, out_dir=clean_out, force=True, **options)
    assert clean.status == "built" and clean.reused == () and not clean.rendered, clean.message
    files = sorted(p.relative_to(incremental).as_posix() for p in incremental.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(clean.output_dir).as_posix() for p in clean.output_dir.rglob("*") if p.is_file())
    for name in files:
        if name not in (MANIFEST_NAME, MODEL_NAME):
            assert _comparable(incremental / name) == _comparable(clean.output_dir / name), name
    assert load_report(incremental / MODEL_NAME, data).html() == load_report(clean.output_dir / MODEL_NAME, data).html()
    mine, theirs = (json.loads((folder / MANIFEST_NAME).read_text()) for folder in (incremental, clean.output_dir))
    for record in (mine, theirs):
        record.pop("outputs")
        for part in record["parts"].values():
            part.pop("reused")
            part.pop("rendered", None)
    assert mine == theirs


@pytest.mark.slow
def test_an_edit_reruns_only_the_parts_it_reaches_and_gives_the_bytes_of_a_clean_build(tmp_path):
    """A narrative edit runs the report notebook alone; a workbook edit the parts that show its dataset and the report.
    Either way every published file is what a clean build writes, and the record says which parts were reused."""
    import openpyxl

    data = tmp_path / "raw"
    shutil.copytree(ROOT / "data/raw", data)
    first = build_year(2024, data_dir=data, out_dir=tmp_path / "a" / "out")
    assert first.status == "built" and first.reused == (), first.message

    with (data / "narasi" / "06-penutup.md").open("a", encoding="utf-8") as narrative:
        narrative.write("\nKalimat penutup yang baru ditambahkan.\n")
    narrated = build_year(2024, data_dir=data, out_dir=tmp_path / "a" / "out")
    assert narrated.status == "built", narrated.message
    assert narrated.reused == ("01-staffing.ipynb", "02-performance.ipynb", "03-finance.ipynb") and narrated.rendered
    record = json.loads((narrated.output_dir / MANIFEST_NAME).read_text())
    assert {name: part["reused"] for name, part in record["parts"].items()} == {
        "01-staffing.ipynb": True, "02-performance.ipynb": True, "03-finance.ipynb": True, "04-report.ipynb": False}
    assert record["parts"]["04-report.ipynb"]["rendered"] is True
    assert "Kalimat penutup yang baru ditambahkan." in (narrated.output_dir / "lakip-2024.html").read_text(encoding="utf-8")
    _same_as_a_clean_build(data, narrated.output_dir, tmp_path / "b" / "out")

    # a real edit of the indicators workbook: one realisation changed, as a user saves it from Excel
    workbook = openpyxl.load_workbook(data / "2024" / "kinerja.xlsx")
    sheet = workbook.active
    cell = next(c for row in sheet.iter_rows() for c in row if isinstance(c.value, (int, float)) and not isinstance(c.value, bool)
                and c.row > 3)
    cell.value = cell.value + 1
    workbook.save(data / "2024" / "kinerja.xlsx")
    edited = build_year(2024, data_dir=data, out_dir=tmp_path / "a" / "out")
    assert edited.status == "built", edited.message
    assert edited.reused == ("01-staffing.ipynb",) and not edited.rendered
    _same_as_a_clean_build(data, edited.output_dir, tmp_path / "b" / "out")



@pytest.fixture
def kernels(monkeypatch):
    """The chains of notebooks the builds of a test ran in a kernel."""
    ran = []
    real = execute._execute_chain

    def counted(build, chain, batch):
        ran.append(chain)
        return real(build, chain, batch)

    monkeypatch.setattr(execute, "_execute_chain", counted)
    return ran


def _narrate(data: Path, sentence: str) -> None:
    with (data / "narasi" / "06-penutup.md").open("a", encoding="utf-8") as narrative:
        narrative.write(f"\n{sentence}\n")


@pytest.mark.slow
def test_a_narrative_edit_renders_the_report_without_a_kernel_and_falls_back_when_the_stored_report_cannot_be_read(
        tmp_path, kernels):
    """With the Word document: a narrative edit starts no kernel, and the HTML, Word document, internal report and
    tables are those of a clean build; with the stored report deleted, or stored by another kit, the report notebook
    runs again (alone), and the edit is published all the same."""
    data = tmp_path / "raw"
    shutil.copytree(ROOT / "data/raw", data)
    out = tmp_path / "a" / "out"
    assert build_year(2024, data_dir=data, out_dir=out, docx=True).status == "built"
    kernels.clear()

    _narrate(data, "Kalimat tanpa kernel.")
    narrated = build_year(2024, data_dir=data, out_dir=out, docx=True)
    assert narrated.status == "built" and narrated.rendered, narrated.message
    assert kernels == []
    assert "Kalimat tanpa kernel." in (out / "2024" / "lakip-2024.html").read_text(encoding="utf-8")
    docx_text = subprocess.run([sys.executable, "-c", "import docx, sys; print('\\n'.join(p.text for p in "
                                "docx.Document(sys.argv[1]).paragraphs))", str(out / "2024" / "lakip-2024.docx")],
                               capture_output=True, text=True, check=True).stdout
    assert "Kalimat tanpa kernel." in docx_text
    _same_as_a_clean_build(data, out / "2024", tmp_path / "b" / "out", docx=True)
    kernels.clear()  # those of the clean build

    (out / "2024" / MODEL_NAME).unlink()
    _narrate(data, "Kalimat tanpa model.")
    missing = build_year(2024, data_dir=data, out_dir=out)
    assert missing.status == "built" and not missing.rendered, missing.message
    assert missing.reused == ("01-staffing.ipynb", "02-performance.ipynb", "03-finance.ipynb")
    assert kernels == [("04-report.ipynb",)]
    assert "Kalimat tanpa model." in (out / "2024" / "lakip-2024.html").read_text(encoding="utf-8")

    # stored by another kit: the record names the file's bytes, but its header another version
    model = out / "2024" / MODEL_NAME
    header, body = model.read_bytes().split(b"\n", 1)
    model.write_bytes(json.dumps({**json.loads(header), "kit": "0.0.1"}, sort_keys=True).encode() + b"\n" + body)
    record = json.loads((out / "2024" / MANIFEST_NAME).read_text())
    record["outputs"][MODEL_NAME] = hashlib.sha256(model.read_bytes()).hexdigest()
    (out / "2024" / MANIFEST_NAME).write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")
    _narrate(data, "Kalimat dari kit lain.")
    foreign = build_year(2024, data_dir=data, out_dir=out)
    assert foreign.status == "built" and not foreign.rendered, foreign.message
    assert kernels == [("04-report.ipynb",), ("04-report.ipynb",)]
    assert "Kalimat dari kit lain." in (out / "2024" / "lakip-2024.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_narrative_edit_is_framed_from_the_last_export_without_importing_nbconvert(tmp_path):
    """The build of a narrative edit, in a process of its own, imports neither nbconvert nor nbformat: the page is
    framed from what the last export kept (``.lakip-page.json``), and is the page an export of the notebook gives."""
    from lakip_lib.presentation.html import FRAME_NAME, export_html

    data = tmp_path / "raw"
    shutil.copytree(ROOT / "data/raw", data)
    out = tmp_path / "out"
    assert build_year(2024, data_dir=data, out_dir=out).status == "built"
    assert json.loads((out / "2024" / FRAME_NAME).read_text(encoding="utf-8"))["year"] == 2024
    _narrate(data, "Kalimat tanpa nbconvert.")
    script = ("import sys; from lakip_lib.execute import build_year; "
              "r = build_year(2024, data_dir=sys.argv[1], out_dir=sys.argv[2]); "
              "print(r.status, r.rendered, sorted(m for m in ('nbconvert', 'nbformat') if m in sys.modules))")
    ran = subprocess.run([sys.executable, "-c", script, str(data), str(out)], capture_output=True, text=True, check=True)
    assert ran.stdout.split("\n")[-2] == "built True []", ran.stdout + ran.stderr
    page = (out / "2024" / "lakip-2024.html").read_text(encoding="utf-8")
    assert "Kalimat tanpa nbconvert." in page
    assert page == export_html(out / "2024" / "notebooks" / "04-report.ipynb")
