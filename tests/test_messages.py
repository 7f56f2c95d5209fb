"""The command's own lines follow ``--lang``: Indonesian by default, English with ``--lang en``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lakip_lib.cli import main
from lakip_lib.messages import MESSAGES

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "raw"


def test_every_message_has_both_languages_with_the_same_fields():
    import string
    for key, (indonesian, english) in MESSAGES.items():
        fields = [{f for _, f, _, _ in string.Formatter().parse(text) if f} for text in (indonesian, english)]
        assert indonesian and english and fields[0] == fields[1], key



def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def test_every_message_and_report_label_closes_its_brackets():
    """A stray bracket reads as a typo to every user ('(ditandai *) pada tabelnya)' was one in the draft band)."""
    from lakip_lib.domain import labels
    texts = {f"message {key}": text for key, pair in MESSAGES.items() for text in pair}
    texts |= {f"label {key} ({lang})": str(text) for lang in ("id", "en") for key, text in labels(lang).items()}
    assert [name for name, text in texts.items() if not _balanced(text)] == []
    assert not _balanced("(ditandai *) pada tabelnya)")

@pytest.mark.parametrize(("lang", "missing", "severity", "total"), [
    ("id", "data tidak ada: kinerja, anggaran, sarana", "PERINGATAN 2024/: tidak ada data kinerja", "temuan, 0 kesalahan"),
    ("en", "missing data: indicators, budget, assets", "WARNING  2024/: no performance indicators", "findings, 0 errors"),
])
def test_check_speaks_the_language_asked_for(tmp_path, capsys, lang, missing, severity, total):
    (tmp_path / "2024").mkdir()
    shutil.copy(SAMPLE / "2024" / "pegawai.xlsx", tmp_path / "2024")
    shutil.copy(SAMPLE / "lakip.yml", tmp_path)
    argv = ["check", "--year", "2024", "--data", str(tmp_path), "--no-cache"]
    assert main(argv + (["--lang", lang] if lang == "en" else [])) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == missing
    assert any(line.startswith(severity) for line in lines), lines
    assert lines[-1].endswith(total) and lines[-1].startswith("3 ")


# ---------------------------------------------------------------- input problems in the user's language

def test_every_expected_text_has_both_languages_with_the_same_fields():
    from lakip_lib.messages import EXPECTED, fields_of
    assert not EXPECTED.keys() & MESSAGES.keys()  # one key, one text: Said looks in EXPECTED first
    for key, (indonesian, english) in EXPECTED.items():
        assert indonesian and english and indonesian != english or key in _SAME_IN_BOTH, key
        assert fields_of(indonesian) == fields_of(english), key


#: texts that are the same in both languages: the words are the forms' own
_SAME_IN_BOTH = {"at_sheet"}


def test_a_problem_and_an_input_error_render_in_indonesian_and_english():
    from lakip_lib.errors import InputError, Problem
    from lakip_lib.messages import expects
    problem = Problem("pegawai.xlsx", "Data", "D14", "GOL", "V/a", expects("golongan"))
    assert problem.text("id") == "pegawai.xlsx, sheet 'Data', sel D14, kolom 'GOL': berisi 'V/a', seharusnya golongan I/a … IV/e"
    assert problem.text("en") == "pegawai.xlsx, sheet 'Data', cell D14, column 'GOL': got 'V/a', expected a golongan I/a … IV/e"
    row = Problem("anggaran.xlsx", "Data", "row 7", expected=expects("program_code"))
    assert row.text("id") == "anggaran.xlsx, sheet 'Data', baris 7: seharusnya kode program/kegiatan seperti 5.03.02 atau 5.03.02.1.01"
    many = InputError([problem] * 27)
    assert many.text("id").splitlines()[0] == "27 masalah pada data masukan:"
    assert many.text("id").splitlines()[-1] == "  … dan 2 masalah lain yang sejenis"
    assert many.text("en").splitlines()[0] == "27 problems in the input:"
    assert InputError(row).text("en").splitlines() == ["1 problem in the input:", "  - anggaran.xlsx, sheet 'Data', row 7: "
                                                       "expected a program/kegiatan code such as 5.03.02 or 5.03.02.1.01"]


def test_a_message_field_that_is_a_message_is_said_in_the_same_language():
    from lakip_lib.messages import Joined, Pair, expects
    nested = expects("education_below", expected=expects("education"))
    assert nested.text("id") == "jenjang pendidikan seperti SMA, D3, S1, S2 (jenjang di bawah jenjang yang disebut tidak termasuk)"
    assert Joined((expects("code_once", row=3), expects("code_as_text"))).text("en") == (
        "each code once (it is also in row 3); a number such as 1.10 typed into Excel becomes 1.1: type it as text")
    assert Joined(("a", "b"), Pair(" atau ", " or ")).text("id") == "a atau b"


def test_str_of_an_error_follows_the_language_in_effect(monkeypatch):
    """The build's kernels raise, and the parent reads only the text: it must be in the build's language."""
    from lakip_lib.errors import InputError, Problem
    from lakip_lib.loading.parse import ValueParseError, parse_golongan
    from lakip_lib.messages import current_language, expects, use_language
    err = InputError(Problem("a.xlsx", expected=expects("workbook")))
    use_language("id")
    assert str(err) == "1 masalah pada data masukan:\n  - a.xlsx: seharusnya workbook Excel"
    with pytest.raises(ValueParseError) as parsed:
        parse_golongan("V/a")
    assert str(parsed.value) == "berisi 'V/a', seharusnya golongan I/a … IV/e"
    use_language("en")
    assert str(err) == "1 problem in the input:\n  - a.xlsx: expected an Excel workbook"
    use_language(None)  # no setting: the environment's, else Indonesian
    monkeypatch.setenv("LAKIP_LANG", "en")
    assert current_language() == "en" and str(err).startswith("1 problem in the input:")
    monkeypatch.delenv("LAKIP_LANG")
    assert current_language() == "id"
    with pytest.raises(ValueError):
        use_language("fr")


def test_headline_reads_an_input_error_in_either_language():
    from lakip_lib.errors import InputError, Problem, headline
    from lakip_lib.messages import expects
    err = InputError([Problem("a.xlsx", expected=expects("workbook")), Problem("b.xlsx", expected=expects("workbook")),
                      Problem("c.xlsx", expected=expects("workbook"))])
    assert headline(err.text("id"), "id") == "a.xlsx: seharusnya workbook Excel (+2 masalah lain)"
    assert headline(err.text("en"), "en") == "a.xlsx: expected an Excel workbook (+2 more problems)"
    assert headline(InputError(err.problems[:2]).text("en"), "en") == "a.xlsx: expected an Excel workbook (+1 more problem)"
    assert headline(InputError(err.problems[:1]).text("id"), "id") == "a.xlsx: seharusnya workbook Excel"
    assert headline("not an input error\nsecond line") == "not an input error"


@pytest.mark.parametrize(("argv", "first", "problem"), [
    ([], "lakip: 1 masalah pada data masukan:",
     "  - pegawai.xlsx, sheet 'Data', sel C2, kolom 'GOL': berisi 'V/a', seharusnya golongan I/a … IV/e"),
    (["--lang", "en"], "lakip: 1 problem in the input:",
     "  - pegawai.xlsx, sheet 'Data', cell C2, column 'GOL': got 'V/a', expected a golongan I/a … IV/e"),
])
def test_check_says_an_input_problem_in_the_language_asked_for(xlsx, tmp_path, capsys, argv, first, problem):
    (tmp_path / "2024").mkdir()
    xlsx("2024/pegawai.xlsx", {"Data": [["NIP", "NAMA", "GOL"], ["196711101992031001", "Pegawai Contoh", "V/a"]]})
    assert main(["check", "--year", "2024", "--data", str(tmp_path), "--no-cache", *argv]) == 2
    assert capsys.readouterr().err.splitlines() == [first, problem]


def _problem_calls(tree):
    """(line, expected argument) of each Problem(…), ….problem(…) and ValueParseError(…) call of a module."""
    import ast
    positions = {"Problem": 5, "problem": 3, "ValueParseError": 1}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr if isinstance(node.func, ast.Attribute) else None
        if name not in positions:
            continue
        keyword = next((k.value for k in node.keywords if k.arg == "expected"), None)
        argument = keyword or (node.args[positions[name]] if len(node.args) > positions[name] else None)
        if argument is not None:
            yield node.lineno, argument


def test_no_problem_in_the_kit_says_what_was_expected_as_english_text():
    """A problem's ``expected`` is a catalogue message (``expects(key, …)``), so that it can be said in Indonesian:
    never a string literal or an f-string; and every key named in the kit is in a catalogue."""
    import ast
    from lakip_lib.messages import EXPECTED
    root = Path(__file__).resolve().parent.parent / "lakip_lib"
    literal, unknown, calls = [], [], 0
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, argument in _problem_calls(tree):
            calls += 1
            if isinstance(argument, (ast.JoinedStr, ast.BinOp)) or isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                literal.append(f"{path.relative_to(root)}:{line}")
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "expects" and node.args \
                    and isinstance(node.args[0], ast.Constant) and node.args[0].value not in EXPECTED | MESSAGES:
                unknown.append(f"{path.relative_to(root)}:{node.lineno} {node.args[0].value}")
    assert calls > 60 and literal == [] and unknown == []
    # the walk sees what it must refuse
    bad = ast.parse('Problem("a.xlsx", None, None, None, None, "a workbook")\ngrid.problem(1, 2, None, f"a {x}")\n'
                    'ValueParseError(v, expected="a number")')
    assert len(list(_problem_calls(bad))) == 3


# ---------------------------------------------------------------- the kit's errors in the user's language

def test_every_error_text_has_both_languages_with_the_same_fields():
    from lakip_lib.messages import ERRORS, EXPECTED, fields_of
    assert not ERRORS.keys() & (EXPECTED.keys() | MESSAGES.keys())  # one key, one text, whichever catalogue Said reads
    for key, (indonesian, english) in ERRORS.items():
        assert indonesian and english and indonesian != english, key
        assert fields_of(indonesian) == fields_of(english), key
        assert _balanced(indonesian) and _balanced(english), key


def test_a_number_in_an_error_is_written_as_the_language_writes_it():
    from lakip_lib.errors import ConfigError
    from lakip_lib.messages import number, said
    err = ConfigError(said("logo_too_large", where="lakip.yml: agency.logo", name="logo.png", size=number(2.25 * 1024, 1),
                           limit=2))
    assert err.text("id") == "lakip.yml: agency.logo: logo.png berukuran 2.304,0 MB; logo seharusnya paling besar 2 MB (logo disematkan di laporan)"
    assert err.text("en").startswith("lakip.yml: agency.logo: logo.png is 2,304.0 MB;")


def _raised_indonesian(raise_it) -> str:
    from lakip_lib.errors import LakipError
    from lakip_lib.messages import use_language
    previous = use_language(None)  # no setting: the default, as a user without --lang has it
    try:
        with pytest.raises(LakipError) as raised:
            raise_it()
        return str(raised.value)
    finally:
        use_language(previous)


def test_a_config_error_is_said_in_indonesian_by_default(tmp_path):
    from lakip_lib.config import load_project
    (tmp_path / "lakip.yml").write_text("limits: {max_cels: 10}\n", encoding="utf-8")
    assert _raised_indonesian(lambda: load_project(tmp_path / "lakip.yml")) == (
        "lakip.yml: limits.max_cels bukan batas yang dikenal kit: gunakan max_file_mb, max_uncompressed_mb, "
        "max_compression_ratio, max_cells")


def test_the_advice_on_an_os_error_is_said_in_the_language_in_effect():
    import errno
    from lakip_lib.errors import os_error_line
    full = OSError(errno.ENOSPC, "No space left on device", "/hasil/2024")
    assert os_error_line(full, lang="id") == ("/hasil/2024: No space left on device; disk penuh: kosongkan ruang di disk itu, "
                                              "atau arahkan --out ke folder di disk lain")
    gone = FileNotFoundError(errno.ENOENT, "No such file or directory", "/data/2024/pegawai.xlsx")
    assert os_error_line(gone, reading=True, lang="id").endswith("; file ini sudah tidak ada: kembalikan, atau periksa --data")


#: the error classes whose messages are catalogue texts (``said(key, …)``), never English literals
_SAID_ERRORS = {"ConfigError", "BuildError", "UnsafePathError", "AnalysisError", "ChartDataError", "PdfUnavailableError"}


def _error_calls(tree):
    """(line, class, message argument) of each call of an error class of :data:`_SAID_ERRORS` in a module."""
    import ast
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _SAID_ERRORS and node.args:
            yield node.lineno, node.func.id, node.args[0]


def test_no_error_of_the_kit_says_its_message_as_english_text():
    """An error's message is ``said(key, …)``, so that it is said in the language in effect: never a string literal or
    an f-string; and every key named in the kit is in the catalogue."""
    import ast
    from lakip_lib.messages import ERRORS
    root = Path(__file__).resolve().parent.parent / "lakip_lib"
    literal, unknown, calls = [], [], 0
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, name, argument in _error_calls(tree):
            calls += 1
            if isinstance(argument, (ast.JoinedStr, ast.BinOp)) or isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                literal.append(f"{path.relative_to(root)}:{line} {name}")
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "said" and node.args \
                    and isinstance(node.args[0], ast.Constant) and node.args[0].value not in ERRORS:
                unknown.append(f"{path.relative_to(root)}:{node.lineno} {node.args[0].value}")
    assert calls > 100 and literal == [] and unknown == []
    bad = ast.parse('ConfigError(f"{where} must be a list")\nConfigError("lakip.yml: not UTF-8 text")')
    assert len(list(_error_calls(bad))) == 2


def test_a_build_error_is_said_in_indonesian_by_default(tmp_path):
    from lakip_lib.ownership import YearLock
    held = YearLock.acquire(tmp_path, 2024)
    try:
        said = _raised_indonesian(lambda: YearLock.acquire(tmp_path, 2024))
    finally:
        held.release()
    assert said.startswith("build lakip lain (pid ") and said.endswith(f"sedang membangun {tmp_path / '2024'}: tunggu sampai "
                                                                       "selesai, lalu bangun ulang")


def test_an_unsafe_path_error_is_said_in_indonesian_by_default(tmp_path):
    from lakip_lib.safety import inside
    assert _raised_indonesian(lambda: inside(tmp_path, "..", "etc")) == f"'../etc' akan ditulis di luar {tmp_path.resolve()}"


def test_an_analysis_error_is_said_in_indonesian_by_default():
    from lakip_lib.analysis.capaian import ordinal_achieved
    assert _raised_indonesian(lambda: ordinal_achieved("Z", "A", "sakip")) == (
        "predikat 'Z' tidak dikenal pada skala sakip; seharusnya salah satu dari AA, A, BB, B, CC, C, D")


def test_a_chart_data_error_is_said_in_indonesian_by_default():
    from lakip_lib.presentation.charts import chart_by_grade
    from lakip_lib.presentation.svg import figure_svg
    fig = chart_by_grade(__import__("pandas").DataFrame({"category": ["III/d"], "count": [33], "share_pct": [100.0]}))
    fig.lakip_key = "gambar-1-4"
    with pytest.MonkeyPatch.context() as patch:  # an SVG that holds a script, as a crafted figure would
        patch.setattr("lakip_lib.presentation.svg.svg_of", lambda _: b'<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')
        assert _raised_indonesian(lambda: figure_svg(fig, "gambar-1-4")) == (
            "SVG gambar 'gambar-1-4' memuat <script> yang dapat menjalankan atau mengunduh sesuatu: tidak dimasukkan ke laporan")


def test_a_pdf_unavailable_error_is_said_in_indonesian_by_default(monkeypatch, tmp_path):
    from lakip_lib.presentation.pdf import CHROMIUM_ENV, find_chromium
    monkeypatch.setenv(CHROMIUM_ENV, str(tmp_path / "tidak-ada"))
    assert _raised_indonesian(find_chromium) == (
        f"{CHROMIUM_ENV}={tmp_path / 'tidak-ada'} bukan file yang dapat dijalankan: pasang Chromium (Debian/Ubuntu: "
        "apt-get install chromium) atau isi LAKIP_CHROMIUM dengan path program Chromium")


def test_a_field_is_named_in_words_with_the_key_to_write_in_lakip_yml():
    """'satu kolom untuk target@2021' told an Indonesian reader nothing: the words come first, the key after."""
    from lakip_lib.messages import expects
    message = expects("one_column", field="target@2021", names="'Target RPJMD 2021' (F4), 'Target RKPD 2021' (J4)")
    assert message.text("id").startswith("satu kolom untuk 'target' tahun 2021, bukan 'Target RPJMD 2021' (F4)")
    assert message.text("en").startswith("one column for 'target' of 2021, not 'Target RPJMD 2021' (F4)")
    assert expects("column_for", field="stated_capaian", examples="'Capaian'").text("id") == (
        "kolom untuk capaian tercantum ('stated_capaian') (judul seperti 'Capaian')")


def test_every_field_a_header_names_has_indonesian_words():
    import csv
    from importlib.resources import files

    from lakip_lib.messages import FIELD_WORDS
    fields = {row["column"] for name in ("header_aliases.csv", "header_rules.csv")
              for row in csv.DictReader(files("lakip_lib.data").joinpath(name).open(encoding="utf-8"))}
    assert fields - FIELD_WORDS.keys() == set()
