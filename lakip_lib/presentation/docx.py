"""The report as a Word document (``lakip build --docx``), in the agency's template or the kit's own.

One report, two renderers. The document follows the report's own HTML
(:meth:`~lakip_lib.presentation.report.Report.html`: cover, chapters,
headings, the sentences that state numbers, lists, signature, appendix),
read back as a tree, so no sentence is written twice; every numbered table
and figure comes from the report model itself (the display strings of
:class:`~lakip_lib.presentation.report.ReportTable`, the figures drawn once),
so no number is computed or formatted twice and the two cannot disagree.

What Word gets is Word's own structure: headings in the Heading 1–4 styles
(the Navigation Pane, an automatic table of contents), a table-of-contents
field and the Daftar Tabel / Daftar Gambar fields (``TOC \\c "Tabel"``) that
Word fills on "Update Field", captions numbered by ``SEQ`` fields that keep
the report's numbers (Tabel 3.7, Gambar 1.2: ``\\r`` sets each, since the
report skips Gambar 1.1, the organisation chart the agency adds), real tables
(borders, header row repeated on every page, rows never split, numbers
right-aligned, column widths that fit the page), figures as PNG at
:data:`~lakip_lib.presentation.charts.PRINT_DPI` with their alt text, A4 with
the margins of a government document (Tata Naskah Dinas: at least 3 cm left,
2 cm right, 2,5 cm bottom), page numbers in the footer, a cover page and the
signature block.

A template named in ``lakip.yml`` (``report.docx_template``) is read as data:
it passes the spreadsheets' checks (size, zip bomb, XML entities), its
styles, numbering, theme, fonts, page setup, headers and footers (the kop
surat) are kept, and everything that runs or fetches is dropped: macros
(a macro-enabled file is refused), ActiveX, embedded objects, every external
relationship (links, a remote attached template, linked images), fields that
fetch (``INCLUDEPICTURE``, ``INCLUDETEXT``, ``LINK``, ``DDE``, ``HYPERLINK``),
document variables and mail-merge sources. Its body is replaced by the
report; a style the report uses that the template lacks is added in the
kit's look, one it has is never changed.

Text from the data is written as text runs, never parsed: a cell reading
``{ HYPERLINK "http://…" }`` stays those characters. The same report gives
the same bytes: fixed document properties and zip timestamps, no random ids.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

import lxml.html
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import nsmap, qn
from docx.shared import Cm, Emu, Pt, RGBColor
from lxml import etree

from ..domain import labels
from ..errors import ConfigError, InputError, Problem
from ..messages import expects, said
from ..loading.workbook import check_document
from . import charts
from .xlsx import CREATOR, FIXED_TIME, zip_info

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.text.paragraph import Paragraph

    from .report import Report, ReportTable

#: page setup of the kit's own template: A4, margins of the Tata Naskah Dinas (left wide enough to bind)
A4 = (Cm(21.0), Cm(29.7))
MARGINS = {"top": Cm(2.5), "bottom": Cm(2.5), "left": Cm(3.0), "right": Cm(2.0)}
#: body text of the kit's own template (Tata Naskah Dinas: Arial 11 or 12)
FONT = "Arial"
#: widest a figure is printed
FIGURE_WIDTH = Cm(15)
FIGURE_HEIGHT = Cm(21)  # of the 24,7 cm between the margins: room for the caption below
#: a table with at most this many rows is kept on one page (each row kept with the next)
KEEP_TOGETHER_ROWS = 25
#: the paragraph style of table cells, notes and sources; added when a template lacks it
TABLE_TEXT = "Table Text"
#: room for one character of a 10 pt table cell (bold Arial digits and capitals are about 0,6 em), and a cell's margins
_CHAR = int(Pt(10) * 0.62)
_PADDING = int(Cm(0.45))
#: characters a text column is given room for on one line before the others get theirs
_TEXT_CHARS = 40

_DOCUMENT_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_TEMPLATE_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
#: the template's parts the document keeps: looks, page furniture; nothing that runs, fetches or holds the old body
_KEPT_DOCUMENT_RELS = {RT.STYLES, RT.NUMBERING, RT.SETTINGS, RT.WEB_SETTINGS, RT.FONT_TABLE, RT.THEME, RT.HEADER,
                       RT.FOOTER, RT.FOOTNOTES, RT.ENDNOTES,
                       "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"}
_KEPT_PACKAGE_RELS = {RT.OFFICE_DOCUMENT, RT.CORE_PROPERTIES}
#: settings that fetch, run or merge: a remote template, its styles on open, mail merge, macros' variables, XSLT
_DROPPED_SETTINGS = ("attachedTemplate", "linkStyles", "mailMerge", "docVars", "saveThroughXslt", "useXSLTWhenSaving",
                     "attachedSchema", "updateFields")
#: what follows ``w:updateFields`` in ``w:settings`` (the schema fixes the order of its children)
_AFTER_UPDATE_FIELDS = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
                        "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                        "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
                        "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")
#: field instructions that fetch a file or a page, or run another program, when Word updates them
_FETCHING_FIELDS = {"INCLUDETEXT", "INCLUDEPICTURE", "INCLUDE", "LINK", "DDE", "DDEAUTO", "HYPERLINK", "IMPORT",
                    "DATABASE", "MERGEFIELD", "AUTOTEXT", "AUTOTEXTLIST", "GLOSSARY"}
#: elements that are nothing without the part they point to
_REFERRING = {"printerSettings", "attachedTemplate", "subDoc", "altChunk", "control", "headerReference",
              "footerReference", "saveThroughXslt", "attachedSchema"}
_R = nsmap["r"]
#: HTML elements that hold blocks, not inline text
_BLOCKS = {"header", "nav", "section", "div", "figure", "p", "ol", "ul", "blockquote", "table", "pre", "hr",
           "h1", "h2", "h3", "h4", "h5", "h6"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPACE = re.compile(r"\s+")


def build_docx(report: Report, path: str | Path, template: str | Path | None = None) -> Path:
    """Write ``report`` as a Word document at ``path``; return ``path``.

    ``template``: a ``.docx`` (or ``.dotx``) whose styles, page setup,
    headers and footers the document takes; by default the one ``lakip.yml``
    names (``report.docx_template``), else the kit's own clean template.
    Raises :class:`~lakip_lib.errors.InputError` for a template that is not
    a safe Word document, :class:`~lakip_lib.errors.ConfigError` for one
    that is named but missing or macro-enabled.

    Example (not run as a test: it writes into outputs/; tests/test_docx.py builds documents):
        >>> report = build_report("data/raw", 2024)  # doctest: +SKIP
        >>> build_docx(report, "outputs/2024/lakip-2024.docx")  # doctest: +SKIP
        PosixPath('outputs/2024/lakip-2024.docx')
    """
    path = Path(path)
    template = Path(template) if template is not None else report.template
    if template is None:
        document = _builtin(report.lang)
    else:
        document = _open_template(template, report.data.project.limits,
                                  report.data.project.docx_template or template.name)
    _Writer(document, report).write()
    if report.draft:
        _draft_headers(document, labels(report.lang))
    _properties(document, report)
    _save(document, path)
    return path


# ---------------------------------------------------------------- templates

def _builtin(lang: str) -> WordDocument:
    """python-docx's default document made into the kit's template: A4, government margins, Arial, black headings."""
    document = Document()
    _sanitise(document)
    section = document.sections[0]
    section.page_width, section.page_height = A4
    for side, length in MARGINS.items():
        setattr(section, f"{side}_margin", length)
    section.header_distance = section.footer_distance = Cm(1.25)
    section.different_first_page_header_footer = True  # the cover has no page number
    _page_number(section.footer.paragraphs[0])
    styles = document.styles
    _look(styles["Normal"], size=12, after=6, line=1.15)
    styles["Normal"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for level, size in ((1, 14), (2, 12), (3, 12), (4, 12)):
        style = styles[f"Heading {level}"]
        _look(style, size=size, bold=True, italic=level == 4, before=18 if level == 1 else 12, after=12 if level == 1 else 6)
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER if level == 1 else WD_ALIGN_PARAGRAPH.LEFT
    _look(styles["Title"], size=20, bold=True, after=12)
    styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _drop(styles["Title"].element.pPr, "pBdr")  # the default title's blue rule under it
    _look(styles["Caption"], size=11, bold=True, before=6, after=6)
    styles["Caption"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _look(styles["TOC Heading"], size=14, bold=True, after=12)
    styles["TOC Heading"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _look(styles["Quote"], size=12, italic=True)
    # the document's language, for Word's spelling and hyphenation
    defaults = styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")) if defaults is not None else None
    if run_defaults is not None:
        language = run_defaults.find(qn("w:lang"))
        if language is None:
            language = OxmlElement("w:lang")
            run_defaults.append(language)
        language.set(qn("w:val"), "id-ID" if lang == "id" else "en-GB")
    _ensure_styles(document)
    return document


def _open_template(path: Path, limits: dict[str, float], name: str) -> WordDocument:
    """The agency's template, checked as an input file and stripped of all that runs or fetches, its body emptied."""
    if path.suffix.lower() in (".docm", ".dotm"):
        raise ConfigError(said("template_macros", where="lakip.yml: report.docx_template", name=repr(name)))
    if not path.is_file():
        raise ConfigError(said("template_missing", where="lakip.yml: report.docx_template", name=repr(name)))
    check_document(path, limits)
    # the checks above bound what these members unpack to (limits.max_uncompressed_mb)
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    types = members.get("[Content_Types].xml", b"")
    if b"macroEnabled" in types or any(member.lower().endswith("vbaproject.bin") for member in members):
        raise InputError(Problem(path.name, value=expects("macros"), expected=expects("docx_without_macros")))
    # a .dotx is a document whose main part says "template": python-docx opens only documents
    members["[Content_Types].xml"] = types.replace(_TEMPLATE_MAIN, _DOCUMENT_MAIN)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as copy:
        for member, data in members.items():
            copy.writestr(member, data)
    try:
        document = Document(buffer)
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError):
        kind = expects("workbook" if "xl/workbook.xml" in members else "powerpoint"
                       if "ppt/presentation.xml" in members else "not_a_document")
        raise InputError(Problem(path.name, value=kind, expected=expects("docx_saved"))) from None
    _sanitise(document)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    section = document.sections[-1]
    if section.footer.is_linked_to_previous:  # the template has no footer: the kit's page numbers
        _page_number(section.footer.paragraphs[0])
    _ensure_styles(document)
    return document


def _sanitise(document: WordDocument) -> None:
    """Drop every part and reference that runs or fetches something, and the parts of the old body."""
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.is_external or rel.reltype not in _KEPT_PACKAGE_RELS:
            del package.rels[rid]
    for rid, rel in list(document.part.rels.items()):
        if rel.is_external or rel.reltype not in _KEPT_DOCUMENT_RELS:
            del document.part.rels[rid]
    for part in list(document.part.package.iter_parts()):
        settings = part.partname.endswith("/settings.xml")
        for rid, rel in list(part.rels.items()):
            furniture = part.partname.startswith(("/word/header", "/word/footer", "/word/footnotes", "/word/endnotes"))
            if rel.is_external or settings or (furniture and rel.reltype != RT.IMAGE):
                del part.rels[rid]
        element = getattr(part, "element", None)
        if element is None:
            continue
        _drop_dangling(element, set(part.rels))
        _drop_fetching_fields(element)
        if settings:
            for name in _DROPPED_SETTINGS:
                _drop(element, name)
            update = OxmlElement("w:updateFields")  # Word offers to fill the contents and lists when it opens the file
            update.set(qn("w:val"), "true")
            following = next((child for child in element if etree.QName(child).localname in _AFTER_UPDATE_FIELDS), None)
            if following is None:
                element.append(update)
            else:
                following.addprevious(update)


def _drop_dangling(element, kept: set[str]) -> None:
    """Remove what refers to a relationship that was dropped: a link keeps its text, a reference goes."""
    for node in list(element.iter()):
        if not isinstance(node.tag, str):
            continue
        for attribute in [a for a in node.attrib if a.startswith(f"{{{_R}}}")]:
            if node.get(attribute) in kept:
                continue
            local = etree.QName(node).localname
            if local == "hyperlink":
                _unwrap(node)
                break
            if local in _REFERRING:
                node.getparent().remove(node)
                break
            del node.attrib[attribute]


def _drop_fetching_fields(element) -> None:
    for simple in list(element.iter(qn("w:fldSimple"))):
        if _fetches(simple.get(qn("w:instr"), "")):
            _unwrap(simple)  # its last result stays, as text
    for instruction in element.iter(qn("w:instrText")):
        if _fetches(instruction.text or ""):
            instruction.text = ""


def _fetches(instruction: str) -> bool:
    words = instruction.split()
    return bool(words) and words[0].upper() in _FETCHING_FIELDS


def _unwrap(node) -> None:
    """Replace ``node`` by its children (a link or a field by its text runs)."""
    parent = node.getparent()
    if parent is None:
        return
    for child in list(node):
        node.addprevious(child)
    parent.remove(node)


def _drop(element, name: str) -> None:
    if element is None:
        return
    for child in element.findall(qn(f"w:{name}")):
        element.remove(child)


def _look(style, *, size: float, bold: bool = False, italic: bool = False, before: float = 0, after: float = 0,
          line: float | None = None) -> None:
    """The kit's look for a style: Arial in black, the size and spacing given."""
    font = style.font
    font.name, font.size, font.bold, font.italic = FONT, Pt(size), bold, italic
    font.color.rgb = RGBColor(0, 0, 0)
    fonts = style.element.rPr.find(qn("w:rFonts"))
    for attribute in list(fonts.attrib):
        if attribute.endswith("Theme"):  # a theme font would win over Arial
            del fonts.attrib[attribute]
    for attribute in ("w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    paragraph = style.paragraph_format
    paragraph.space_before, paragraph.space_after = Pt(before), Pt(after)
    if line is not None:
        paragraph.line_spacing = line


def _ensure_styles(document: WordDocument) -> None:
    """Add the styles the report uses that the document lacks (a template made in Word may hold only those it used)."""
    styles = document.styles
    names = {style.name for style in styles}
    for level in range(1, 5):
        name = f"Heading {level}"
        if name not in names:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style, style.next_paragraph_style = styles["Normal"], styles["Normal"]
            _look(style, size=14 if level == 1 else 12, bold=True, before=12, after=6)
            style.paragraph_format.keep_with_next = True
            outline = OxmlElement("w:outlineLvl")  # what a table of contents (TOC \o) collects
            outline.set(qn("w:val"), str(level - 1))
            style.element.get_or_add_pPr().append(outline)
    for name, size, bold, italic in (("Title", 20, True, False), ("Caption", 11, True, False),
                                     ("TOC Heading", 14, True, False), ("Quote", 12, False, True),
                                     ("List Paragraph", 12, False, False), (TABLE_TEXT, 10, False, False)):
        if name not in names:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles["Normal"]
            _look(style, size=size, bold=bold, italic=italic, after=0 if name == TABLE_TEXT else 6,
                  line=1.0 if name == TABLE_TEXT else None)
            if name in ("Title", "Caption", "TOC Heading"):
                style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if name == TABLE_TEXT:
                style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT


def _draft_headers(document: WordDocument, t: dict[str, str]) -> None:
    """Put "DRAFT" at the top of every page's header (the cover's too), above a template's kop surat."""
    section = document.sections[-1]
    headers = [section.header] + ([section.first_page_header] if section.different_first_page_header_footer else [])
    for header in headers:
        header.is_linked_to_previous = False
        paragraph = header.paragraphs[0].insert_paragraph_before() if header.paragraphs else header.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(f"{t['draft_band']} \u2014 {t['draft_short']}")
        run.bold = True
        run.font.color.rgb = RGBColor(0xD5, 0x5E, 0x00)


def _page_number(paragraph: Paragraph) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(paragraph, "PAGE", "1")


def _field(paragraph: Paragraph, instruction: str, result: str) -> None:
    """A Word field (``{ instruction }``) showing ``result`` until Word updates it: the few python-docx lacks."""

    def mark(kind: str) -> None:
        run, char = OxmlElement("w:r"), OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run.append(char)
        paragraph._p.append(run)

    mark("begin")
    run, text = OxmlElement("w:r"), OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run.append(text)
    paragraph._p.append(run)
    mark("separate")
    paragraph.add_run(result)
    mark("end")


# ---------------------------------------------------------------- writing

class _Writer:
    """Walks the report's HTML and writes each block as Word does it; tables and figures from the model."""

    def __init__(self, document: WordDocument, report: Report):
        self.doc = document
        self.report = report
        self.t = labels(report.lang)
        section = document.sections[-1]
        width = (section.page_width or A4[0]) - (section.left_margin or MARGINS["left"]) - (section.right_margin or MARGINS["right"])
        self.width = Emu(max(int(width), int(Cm(8))))

    def write(self) -> None:
        self._blocks(lxml.html.fragment_fromstring(self.report.html(), create_parent="div"))

    def _blocks(self, parent) -> None:
        for element in parent:
            if not isinstance(element.tag, str):
                continue  # a comment
            tag, classes = element.tag, set(element.get("class", "").split())
            if tag == "header" and "cover" in classes:
                self._cover(element)
            elif tag == "nav":
                self._contents(element.get("id", ""))
            elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self._heading(element)
            elif tag == "p":
                self._paragraph(element, TABLE_TEXT if classes & {"note", "source", "version"} else None)
            elif tag in ("ol", "ul"):
                self._list(element, 0)
            elif tag == "blockquote":
                self._quote(element)
            elif tag == "figure" and "table" in classes and element.get("id") in self.report.tables:
                self._report_table(self.report.tables[element.get("id")])
            elif tag == "figure" and "table" in classes:
                self._captioned(element)
            elif tag == "figure" and "chart" in classes:
                self._figure(element.get("id"))
            elif tag == "div" and "draft-band" in classes:
                continue  # the header of every page says it (_draft_headers), the cover stays the first page
            elif tag == "div" and "signature" in classes:
                self._signature(element)
            elif tag == "table":
                self._html_table(element)
            elif tag == "pre":
                self._fill(self.doc.add_paragraph(), [(element.text_content(), (False, False, True))], keep_lines=True)
            elif tag == "hr":
                continue
            elif any(isinstance(child.tag, str) and child.tag in _BLOCKS for child in element):
                self._blocks(element)
            elif element.text_content().strip():
                self._paragraph(element)  # a note such as "Data belum tersedia": inline text only

    # -------------------------------------------------------- text

    def _segments(self, element, style: tuple[bool, bool, bool] = (False, False, False)) -> list:
        """The inline text of ``element`` as (text, (bold, italic, monospace)) pieces; a link keeps its address as text."""
        bold, italic, mono = style
        pieces = [(element.text, style)] if element.text else []
        for child in element:
            if isinstance(child.tag, str):
                if child.tag == "br":
                    pieces.append(("\n", style))
                elif child.tag not in ("ol", "ul"):
                    inner = (bold or child.tag in ("strong", "b"), italic or child.tag in ("em", "i"), mono or child.tag == "code")
                    pieces += self._segments(child, inner)
                    href = child.get("href", "") if child.tag == "a" else ""
                    if href and not href.startswith("#") and href != child.text_content().strip():
                        pieces.append((f" ({href})", style))
            if child.tail:
                pieces.append((child.tail, style))
        return pieces

    def _fill(self, paragraph: Paragraph, pieces: list, keep_lines: bool = False) -> Paragraph:
        """Add ``pieces`` as runs of plain text: whitespace collapsed as a browser does, nothing read as a field."""
        cleaned = []
        for text, style in pieces:
            text = _NOT_XML.sub("", text)
            if text == "\n":
                cleaned.append((text, style))
                continue
            if not keep_lines:
                text = _SPACE.sub(" ", text)
                if (not cleaned or cleaned[-1][0].endswith((" ", "\n"))) and text.startswith(" "):
                    text = text[1:]
            if text:
                cleaned.append((text, style))
        while cleaned and cleaned[-1][0] != "\n" and cleaned[-1][0].endswith(" "):
            text, style = cleaned.pop()
            if text.rstrip():
                cleaned.append((text.rstrip(), style))
        for text, (bold, italic, mono) in cleaned:
            if text == "\n":
                paragraph.add_run().add_break()
                continue
            run = paragraph.add_run(text)
            run.bold, run.italic = bold or None, italic or None
            if mono:
                run.font.name = "Courier New"
        return paragraph

    def _paragraph(self, element, style: str | None = None) -> Paragraph:
        return self._fill(self.doc.add_paragraph(style=style), self._segments(element))

    def _heading(self, element) -> None:
        level = min(max(int(element.tag[1]) - 1, 1), 4)  # h2 (a chapter) is Heading 1
        paragraph = self._fill(self.doc.add_paragraph(style=f"Heading {level}"), self._segments(element))
        if element.tag == "h2":
            paragraph.paragraph_format.page_break_before = True  # each chapter on a new page

    def _list(self, element, depth: int) -> None:
        ordered, kind = element.tag == "ol", element.get("type", "1")
        start = int(element.get("start", "1")) if element.get("start", "1").isdigit() else 1
        for number, item in enumerate((li for li in element if li.tag == "li"), start):
            marker = (_letter(number) if kind == "a" else str(number)) + "." if ordered else "•"
            paragraph = self.doc.add_paragraph(style="List Paragraph")
            paragraph.paragraph_format.left_indent = Cm(0.75 * (depth + 1))
            paragraph.paragraph_format.first_line_indent = Cm(-0.75)
            paragraph.add_run(marker + "\t")
            pieces = []
            for part in [item.text] if item.text else []:
                pieces.append((part, (False, False, False)))
            for child in item:
                if isinstance(child.tag, str) and child.tag not in ("ol", "ul"):
                    pieces += self._segments(child, (child.tag in ("strong", "b"), child.tag in ("em", "i"), child.tag == "code"))
                    if child.tag == "p":
                        pieces.append((" ", (False, False, False)))
                if child.tail:
                    pieces.append((child.tail, (False, False, False)))
            self._fill(paragraph, pieces)
            for nested in (child for child in item if child.tag in ("ol", "ul")):
                self._list(nested, depth + 1)

    def _quote(self, element) -> None:
        blocks = [child for child in element if isinstance(child.tag, str) and child.tag == "p"]
        for block in blocks or [element]:
            self._fill(self.doc.add_paragraph(style="Quote"), self._segments(block))

    def _cover(self, element) -> None:
        for child in element:
            if not isinstance(child.tag, str):
                continue
            text = " ".join(child.text_content().split())
            if child.tag == "h1":
                paragraph = self.doc.add_paragraph(style="Title")
                paragraph.paragraph_format.space_before = Pt(48)
                self._fill(paragraph, [(text, (False, False, False))])
            else:
                paragraph = self.doc.add_paragraph()
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                paragraph.paragraph_format.space_before = Pt(120 if "kicker" in child.get("class", "") else 48)
                self._fill(paragraph, [(text.upper(), (True, False, False))])
                for run in paragraph.runs:
                    run.font.size = Pt(16)

    def _contents(self, which: str) -> None:
        """Daftar Isi, Daftar Tabel or Daftar Gambar (the HTML's ``nav`` of that id): a field Word fills, whose text
        says how until it does; the captions' ``SEQ`` fields are what the two lists collect."""
        lists = {"daftar-isi": (self.t["contents"], 'TOC \\o "1-3" \\h \\z \\u'),
                 "daftar-tabel": (self.t["list_of_tables"], f'TOC \\h \\z \\c "{self.t["table"]}"'),
                 "daftar-gambar": (self.t["list_of_figures"], f'TOC \\h \\z \\c "{self.t["figure"]}"')}
        if which not in lists:
            return
        title, instruction = lists[which]
        heading = self.doc.add_paragraph(title.upper(), style="TOC Heading")
        heading.paragraph_format.page_break_before = True
        _field(self.doc.add_paragraph(), instruction, self.t["update_fields"])

    # -------------------------------------------------------- tables and figures

    def _caption(self, number: str, title: str) -> Paragraph:
        """``Tabel 3.7 <title>``, its number a ``SEQ Tabel`` field set to the report's (``\\r 7``) after ``3.``."""
        paragraph = self.doc.add_paragraph(style="Caption")
        label, _, numbering = number.partition(" ")
        chapter, _, item = numbering.rpartition(".")
        if label and chapter and item.isdigit():
            paragraph.add_run(f"{label} {chapter}.")
            _field(paragraph, f"SEQ {label} \\* ARABIC \\r {item}", item)
            paragraph.add_run(" ")
            self._fill(paragraph, [(title, (False, False, False))])
        else:
            self._fill(paragraph, [(" ".join(filter(None, [number, title])), (False, False, False))])
        return paragraph

    def _report_table(self, table: ReportTable) -> None:
        self._caption(table.number, table.title).paragraph_format.keep_with_next = True
        header = [str(column) for column in table.display.columns]
        rows = [[(str(value), (False, False, False)) for value in row] for row in table.display.itertuples(index=False)]
        self._table(header, rows, table.column_kinds(), table.header_rows())
        for note in table.notes:
            self._fill(self.doc.add_paragraph(style=TABLE_TEXT), [(note, (False, False, False))])
        if table.source:
            self._fill(self.doc.add_paragraph(style=TABLE_TEXT), [(f"{self.t['source']}: {table.source}", (False, False, False))])

    def _captioned(self, element) -> None:
        """A numbered table the report lays out itself (an indicator's analysis): its caption from the report's
        structure, then its table and lines as the HTML has them."""
        caption = self.report.captions[element.get("id")]
        self._caption(caption.label, caption.title).paragraph_format.keep_with_next = True
        for table in element.iter("table"):
            self._html_table(table)
        for line in element.xpath("./p"):
            self._paragraph(line, TABLE_TEXT)

    def _html_table(self, element) -> None:
        """A table the report lays out itself (efficiency, findings, input files), cell by cell from its HTML."""
        heads = element.xpath("./thead/tr/th")
        header = [" ".join(th.text_content().split()) for th in heads]
        kinds = ["num" if "num" in th.get("class", "").split() else "" for th in heads]
        rows = []
        for row in element.xpath("./tbody/tr"):
            rows.append([(" ".join(td.text_content().split()), (False, False, bool(td.xpath(".//code")))) for td in row.xpath("./td")])
        self._table(header, rows, kinds)

    def _table(self, header: list[str], rows: list[list[tuple]], kinds: list[str],
               header_rows: list[list[tuple[str, int, int, int | None]]] | None = None) -> None:
        """A bordered table as wide as the text: header rows repeated on each page, no row split, numbers right;
        ``header_rows`` (:meth:`~lakip_lib.presentation.report.ReportTable.header_rows`) a header of two rows with
        its group labels over merged cells."""
        header_rows = header_rows or [[(text, 1, 1, index) for index, text in enumerate(header)]]
        heads = len(header_rows)
        table = self.doc.add_table(rows=heads + len(rows), cols=len(header))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False  # fixed layout: the widths below hold in Word and LibreOffice alike
        properties = table._tbl.tblPr
        width = properties.find(qn("w:tblW"))
        width.set(qn("w:type"), "dxa")
        width.set(qn("w:w"), str(int(self.width.twips)))
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            line = OxmlElement(f"w:{edge}")
            for key, value in (("val", "single"), ("sz", "4"), ("space", "0"), ("color", "000000")):
                line.set(qn(f"w:{key}"), value)
            borders.append(line)
        properties.find(qn("w:tblLayout")).addprevious(borders)
        # whole twips (635 EMU), rounded down: Word's grid is in twips, and each column rounded to the nearest one could
        # add up to more than the page's width
        widths = [width - width % 635 for width in _column_widths(header, [[text for text, _ in row] for row in rows],
                                                                   kinds, int(self.width))]
        for index, column_width in enumerate(widths):
            table.columns[index].width = Emu(column_width)
        keep = len(rows) <= KEEP_TOGETHER_ROWS
        # the header's cells on a grid: a label over several columns, or one header over both rows, is merged below
        grid = [[("", (True, False, False)) for _ in header] for _ in header_rows]
        taken, merges = set(), []
        for h, header_row in enumerate(header_rows):
            at = 0
            for text, colspan, rowspan, _ in header_row:
                while (h, at) in taken:
                    at += 1
                grid[h][at] = (text, (True, False, False))
                taken |= {(h + i, at + j) for i in range(rowspan) for j in range(colspan)}
                if colspan > 1 or rowspan > 1:
                    merges.append((h, at, h + rowspan - 1, at + colspan - 1))
                at += colspan
        cells = [*grid, *rows]
        for r, (row, values) in enumerate(zip(table.rows, cells)):
            row_properties = row._tr.get_or_add_trPr()
            row_properties.append(OxmlElement("w:cantSplit"))
            if r < heads:
                row_properties.append(OxmlElement("w:tblHeader"))
            for c, (cell, (text, style)) in enumerate(zip(row.cells, values)):
                cell.width = Emu(widths[c])
                if r < heads:
                    shade = OxmlElement("w:shd")
                    for key, value in (("val", "clear"), ("color", "auto"), ("fill", "D9D9D9")):
                        shade.set(qn(f"w:{key}"), value)
                    cell._tc.get_or_add_tcPr().append(shade)
                paragraph = cell.paragraphs[0]
                paragraph.style = self.doc.styles[TABLE_TEXT]
                paragraph.alignment = (WD_ALIGN_PARAGRAPH.CENTER if r < heads else
                                       WD_ALIGN_PARAGRAPH.RIGHT if kinds[c] == "num" else WD_ALIGN_PARAGRAPH.LEFT)
                paragraph.paragraph_format.keep_with_next = keep and r < heads + len(rows) - 1
                self._fill(paragraph, [(text, style)])
        for top, left, bottom, right in merges:
            table.cell(top, left).merge(table.cell(bottom, right))
        self.doc.add_paragraph(style=TABLE_TEXT)  # a table is never glued to the next one

    def _figure(self, key: str) -> None:
        figure = self.report.figures[key]
        paragraph = self.doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.keep_with_next = True
        png = charts.figure_png(figure.figure, charts.PRINT_DPI)
        # a tall chart (one row per kegiatan) is narrowed to stay on one page with its caption
        across, down = figure.figure.get_size_inches()
        width = min(int(self.width), int(FIGURE_WIDTH), int(int(FIGURE_HEIGHT) * across / down))
        shape = paragraph.add_run().add_picture(io.BytesIO(png), width=Emu(width))
        shape._inline.docPr.set("descr", _NOT_XML.sub("", figure.alt))  # the alt text Word and screen readers show
        self._caption(figure.number, figure.title)

    def _signature(self, element) -> None:
        blocks = [child for child in element if isinstance(child.tag, str) and child.tag == "p"]
        for index, block in enumerate(blocks):
            paragraph = self.doc.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.left_indent = Emu(int(self.width) // 2)
            paragraph.paragraph_format.keep_with_next = index < len(blocks) - 1
            paragraph.paragraph_format.space_before = Pt(24 if index == 0 else 0)
            name = "name" in block.get("class", "").split()
            if name:
                paragraph.paragraph_format.space_before = Pt(60)  # room to sign and stamp
            self._fill(paragraph, self._segments(block, (name, False, False)))
            if name:
                for run in paragraph.runs:
                    run.underline = True


def _column_widths(header: list[str], rows: list[list[str]], kinds: list[str], total: int) -> list[int]:
    """Column widths (EMU) adding up to at most ``total``: a number column as wide as its widest number (numbers
    never wrap), no column narrower than the longest word of its header, and the room left to the text columns
    by how much text they hold (up to :data:`_TEXT_CHARS` characters a line).

    Example:
        >>> widths = _column_widths(["No", "Uraian", "Anggaran"], [["1", "Belanja Pegawai", "13.201.715.554"]],
        ...                         ["num", "", "num"], int(Cm(16)))
        >>> sum(widths) <= int(Cm(16)), widths[2] >= 14 * _CHAR + _PADDING, widths[1] > widths[2]
        (True, True, True)
    """
    least, wanted = [], []
    for index, title in enumerate(header):
        cells = [row[index] for row in rows if index < len(row)]
        word = max((len(part) for part in title.split()), default=1)
        longest = max((len(cell) for cell in cells), default=1)
        least.append(max(word, longest if kinds[index] == "num" else min(longest, 6), 2) * _CHAR + _PADDING)
        wanted.append(max(least[-1], min(longest, _TEXT_CHARS) * _CHAR + _PADDING))
    if sum(least) >= total:  # too many columns for the page: shrink all alike (Word then wraps inside the numbers)
        return [total * width // sum(least) for width in least]
    room, short = total - sum(least), [w - l for w, l in zip(wanted, least)]
    if sum(short) >= room:  # not every text column gets all it wants: share the room by what each lacks
        return [l + room * s // sum(short) for l, s in zip(least, short)]
    return [total * w // sum(wanted) for w in wanted]  # everything fits: spread the rest alike


def _letter(number: int) -> str:
    """``a`` … ``z``, ``aa`` …: the markers of ``<ol type="a">``.

    Example:
        >>> _letter(1), _letter(26), _letter(27)
        ('a', 'z', 'aa')
    """
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(97 + rest) + letters
    return letters


def _properties(document: WordDocument, report: Report) -> None:
    """Document properties that say what the file is and hold nothing of a person or a moment."""
    properties = document.core_properties
    for child in list(properties._element):
        properties._element.remove(child)
    t = labels(report.lang)
    properties.title = _NOT_XML.sub("", f"{t['report_title']} {report.data.project.agency} {t['year']} {report.data.year}")
    properties.author = properties.last_modified_by = CREATOR
    properties.language = "id-ID" if report.lang == "id" else "en-GB"
    properties.revision = 1
    properties.created = properties.modified = FIXED_TIME


def _save(document: WordDocument, path: Path) -> None:
    """Save with every zip member at one fixed time: the same document gives the same bytes."""
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(zip_info(info.filename), source.read(info.filename))
