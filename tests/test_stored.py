"""The report model a build stores for a narrative-only rebuild: the sample's real report, stored and read back."""

import io
import json
import os
import pickle
import shutil
from pathlib import Path

import pandas as pd
import pytest

from lakip_lib.presentation import stored
from lakip_lib.presentation.report import build_report
from lakip_lib.presentation.stored import MODEL_NAME, load_report, store_report

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """A copy of the sample, its report made and stored (with the Word document's figures), as a build stores it."""
    folder = tmp_path_factory.mktemp("stored")
    data = folder / "raw"
    shutil.copytree(ROOT / "data/raw", data)
    report = build_report(data, 2024, None, "id", None)
    html = report.html()
    path = store_report(report, folder, data, docx=True)
    return data, path, html


def test_a_stored_report_renders_the_same_page(sample):
    data, path, html = sample
    again = load_report(path, data)
    assert again is not None
    assert again.html() == html


def test_a_narrative_edit_is_rendered_from_the_stored_report_as_a_fresh_report_renders_it(sample, tmp_path):
    data, path, _ = sample
    edited = tmp_path / "raw"
    shutil.copytree(data, edited)
    with (edited / "narasi" / "06-penutup.md").open("a", encoding="utf-8") as narrative:
        narrative.write("\nKalimat yang ditambahkan setelah laporan disimpan.\n")
    rendered = load_report(path, edited).html()
    assert "Kalimat yang ditambahkan setelah laporan disimpan." in rendered
    assert rendered == build_report(edited, 2024, None, "id", None).html()


def test_the_stored_report_holds_no_roster_and_no_path(sample):
    data, path, _ = sample
    content = path.read_bytes()
    roster = pd.read_excel(data / "2024" / "pegawai.xlsx", header=4, dtype=str, engine="calamine")
    for name in roster["NAMA"].dropna().str.strip():
        assert name.encode() not in content, name
    for nip in roster["NIP BARU"].dropna().str.replace(" ", ""):
        assert nip.encode() not in content, nip
    assert str(data).encode() not in content and str(ROOT).encode() not in content


def _with_header(path: Path, target: Path, **changes: object) -> Path:
    header, body = path.read_bytes().split(b"\n", 1)
    target.write_bytes(json.dumps({**json.loads(header), **changes}, sort_keys=True).encode() + b"\n" + body)
    return target


@pytest.mark.parametrize("changes", [{"kit": "0.0.1"}, {"pandas": "1.5.3"}, {"format": stored.FORMAT + 1}])
def test_a_report_stored_by_another_kit_or_environment_is_not_read(sample, tmp_path, changes):
    data, path, _ = sample
    assert load_report(_with_header(path, tmp_path / MODEL_NAME), data) is not None  # the copy itself is readable
    assert load_report(_with_header(path, tmp_path / MODEL_NAME, **changes), data) is None


def test_a_missing_or_damaged_stored_report_is_not_read(sample, tmp_path):
    data, path, _ = sample
    assert load_report(tmp_path / "nothing", data) is None
    header, body = path.read_bytes().split(b"\n", 1)
    (tmp_path / "cut").write_bytes(header + b"\n" + body[: len(body) // 2])
    assert load_report(tmp_path / "cut", data) is None
    (tmp_path / "text").write_text("not a report\n")
    assert load_report(tmp_path / "text", data) is None


class _Runs:
    """Unpickled, it would run a shell command (leaving a file as proof)."""

    def __init__(self, proof: Path) -> None:
        self.proof = proof

    def __reduce__(self):
        return os.system, (f"touch {self.proof}",)


def test_a_stored_file_naming_anything_but_a_report_is_refused_unrun(sample, tmp_path):
    data, path, _ = sample
    header = path.read_bytes().split(b"\n", 1)[0]
    proof = tmp_path / "ran"
    for payload in (_Runs(proof), {"report": _Runs(proof)}):
        (tmp_path / MODEL_NAME).write_bytes(header + b"\n" + pickle.dumps(payload, protocol=5))
        assert load_report(tmp_path / MODEL_NAME, data) is None
    # an allowed module reached through a dotted name, or a function of an allowed package, is refused as well
    for module, name in (("pandas.io.pickle", "os.system"), ("pandas", "read_pickle"), ("numpy", "load"), ("builtins", "eval")):
        with pytest.raises(pickle.UnpicklingError):
            stored._Unpickler(io.BytesIO(b"")).find_class(module, name)
    assert not proof.exists()


def test_frames_of_every_kind_a_report_holds_are_read_back():
    import datetime as dt

    import numpy as np

    frame = pd.DataFrame({"date": pd.to_datetime(["2024-01-01", None]), "grade": pd.Categorical(["III/a", "IV/e"]),
                          "count": pd.array([1, None], dtype="Int64"), "month": pd.period_range("2024-01", periods=2, freq="M"),
                          "text": pd.array(["x", None], dtype="string"), "flag": pd.array([True, None], dtype="boolean"),
                          "days": pd.to_timedelta([1, None], unit="D"), "share": [np.float64(1.5), np.nan]})
    for value in (frame, frame.set_index("date"), frame.set_index("month"), frame.set_index(["grade", "text"]), pd.NA, pd.NaT, dt.date(2025, 1, 29), np.int64(3)):
        again = stored._Unpickler(io.BytesIO(pickle.dumps(value, protocol=5))).load()
        if isinstance(value, pd.DataFrame):
            pd.testing.assert_frame_equal(again, value)
        else:
            assert again is value or again == value


def test_the_word_document_needs_the_figures_as_it_prints_them(sample, tmp_path):
    data, _, _ = sample
    report = build_report(data, 2024, None, "id", None)
    path = store_report(report, tmp_path, data)  # a build without --docx
    assert load_report(path, data) is not None
    assert load_report(path, data, docx=True) is None


def test_a_page_framed_without_nbconvert_is_the_page_nbconvert_exports(sample):
    """:func:`framed_page` gives nbconvert's bytes: for the sample's report, and for markup a parser would write
    differently (a void element, entities, quotes), which the export keeps as the report wrote it."""
    from lakip_lib.presentation.html import _nbconvert_page, framed_page, page_frame

    _, _, html = sample
    for body in (html, html + '<img src="data:image/png;base64,AA==" alt="x"><br><p title=\'a"b\'>&amp; &#39; &quot;</p>'):
        page = _nbconvert_page(body, 2024, "id")
        assert framed_page(page_frame(2024, "id"), body) == page
        assert body in page


def test_a_report_made_again_redraws_only_the_charts_whose_data_changed(sample, tmp_path):
    """After a workbook edit the charts of unchanged data are reused, a stored report's images included (as the preview's
    worker reuses them), and the page is the one of a report drawn from scratch."""
    from lakip_lib.presentation import report as report_module
    from lakip_lib.presentation.report import remember_figures

    data, path, html = sample
    edited = tmp_path / "raw"
    shutil.copytree(data, edited)
    stored_report = load_report(path, edited)
    remember_figures(stored_report)
    again = build_report(edited, 2024, None, "id", None)
    assert {k: f.figure for k, f in again.figures.items()} == {k: f.figure for k, f in stored_report.figures.items()}
    assert again.html() == html

    import openpyxl

    workbook = openpyxl.load_workbook(edited / "2024" / "kinerja.xlsx")
    # a realisation, as the benchmark edits it: the first number under the header
    next(c for row in workbook.active.iter_rows(min_row=4) for c in row
         if isinstance(c.value, (int, float)) and not isinstance(c.value, bool)).value += 1
    workbook.save(edited / "2024" / "kinerja.xlsx")
    redrawn = build_report(edited, 2024, None, "id", None)
    changed = {k for k, f in redrawn.figures.items() if f.figure is not stored_report.figures[k].figure}
    # the capaian chart and the edited indicator's own trend chart; the other indicators' trend charts are kept
    assert sorted(redrawn.figures[k].section for k in changed) == ["analysis", "indicators"]
    assert {f.section for k, f in redrawn.figures.items() if k not in changed} >= {"staff", "budget"}
    page = redrawn.html()
    report_module._REUSABLE.clear()
    report_module._DRAWN.clear()
    assert page == build_report(edited, 2024, None, "id", None).html()
