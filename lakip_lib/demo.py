"""Demo data: a complete, valid data folder of any size and any number of fiscal years.

:func:`write_demo` (``lakip demo``) writes what an agency hands over:
``lakip.yml``, ``narasi/`` and, for each year, ``pegawai.xlsx``,
``kinerja.xlsx``, ``anggaran.xlsx`` and ``sarana.xlsx`` in the layouts of
the bundled 2024 sample (``data/raw/README.md``), so the kit can be tried on
several years and benchmarked on rosters of any size (:func:`write_roster`
streams one). Everything is synthetic and consistent: each NIP agrees with
its row (birth date, TMT month, sex digit; a PPPK number has ``2`` as its
13th digit), budget subtotals are the sums of their rows, and the stated
percentages and capaian are the computed ones, so a generated year has no
reconciliation findings. A seed fixes every value and every byte of the
files (workbook properties and zip timestamps are fixed).
"""

from __future__ import annotations

import datetime as dt
import io
import math
import zipfile
from functools import cache
from pathlib import Path
from typing import NamedTuple
from xml.sax.saxutils import escape

import numpy as np
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from .domain import golongan_table, ordinal_scale
from .errors import ConfigError
from .formatting import format_number
from .messages import said
from .presentation.xlsx import FIXED_TIME, FixedTimeZip, save_reproducibly, zip_info

#: what the generated workbooks say about themselves; fixed so that a seed gives the same bytes
CREATOR = "lakip-kit demo"
#: first year of PPPK appointments (PP 49/2018); earlier rosters are PNS only
FIRST_PPPK_YEAR = 2019
#: rows generated and written at a time, so a roster of a million rows streams through bounded memory
CHUNK = 50_000

AGENCY = "Badan Kepegawaian Daerah Provinsi Contoh"
ROSTER_SHEET = "DATA ASN"
ROSTER_HEADER = ("NO", "NIP BARU", "NAMA", "TANGGAL LAHIR", "JENIS KELAMIN", "GOL AKHIR NAMA", "JENIS JABATAN NAMA",
                 "JABATAN NAMA", "TINGKAT PENDIDIKAN NAMA", "UNOR NAMA", "KEDUDUKAN HUKUM NAMA", "TMT CPNS")

# ---------------------------------------------------------------- roster vocabulary

_STRUKTURAL, _FUNGSIONAL, _PELAKSANA = 0, 1, 2
# code, share among PNS, among PPPK, PNS entry rank, PNS highest rank (golongan.csv ranks: II/a 5, III/a 9, IV/d 16),
# PPPK grade, youngest and oldest age at appointment, spellings as exports write them (the first most often)
_EDUCATION = (
    ("SMA", 0.08, 0.05, 5, 10, 5, 19, 27, ("SLTA", "SMA", "SMK")),
    ("D3", 0.08, 0.15, 7, 11, 7, 21, 29, ("D-III", "D3")),
    ("D4", 0.03, 0.05, 9, 13, 9, 22, 31, ("D-IV",)),
    ("S1", 0.55, 0.68, 9, 14, 9, 22, 33, ("S-1/Sarjana", "S1", "Strata 1")),
    ("S2", 0.24, 0.07, 10, 15, 10, 25, 35, ("S-2",)),
    ("S3", 0.02, 0.00, 11, 16, 11, 29, 35, ("S-3/Doktor",)),
)
_S2 = 4
_TITLES = {
    "SMA": ("",), "D3": (", A.Md",), "D4": (", S.Tr.Kom", ", S.Tr.AP"),
    "S1": (", S.E.", ", S.Sos", ", S.Kom", ", S.IP", ", S.H."),
    "S2": (", S.E., M.M.", ", S.Sos., M.Si.", ", S.H., M.H.", ", S.IP., M.A.P."), "S3": (", S.Sos., M.Si.",),
}
_POSITION_TYPES = (("Struktural",), ("Fungsional Tertentu", "Jabatan Fungsional"), ("Fungsional Umum", "Pelaksana", "JFU"))
_GENDERS = (("Laki-laki", "Laki-Laki", "L", "Pria"), ("Perempuan", "P", "Wanita"))
_UNITS = ("Sekretariat", "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian", "Bidang Mutasi dan Promosi",
          "Bidang Pengembangan Aparatur", "Bidang Penilaian Kinerja Aparatur dan Penghargaan")
_HEAD = "Kepala Badan Kepegawaian Daerah"
# a Kepala Bidang per bidang: twice as likely as the Sekretaris or a Kepala Sub Bagian
_STRUCTURAL = ("Sekretaris", "Kepala Bidang", "Kepala Bidang", "Kepala Sub Bagian Umum dan Perlengkapan",
               "Kepala Sub Bagian Keuangan", "Kepala Sub Bagian Program")
_FUNCTIONAL = ("Analis Sumber Daya Manusia Aparatur", "Pranata Komputer", "Perencana", "Arsiparis",
               "Auditor Kepegawaian", "Analis Kebijakan", "Pengelola Pengadaan Barang/Jasa")
_GENERAL = ("Penelaah Teknis Kebijakan", "Penata Layanan Operasional", "Pengolah Data dan Informasi",
            "Penata Kelola Sistem dan Teknologi Informasi", "Pengadministrasi Perkantoran", "Operator Layanan Operasional")
_MALE = ("Ahmad", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Irfan", "Joko", "Rizki", "Taufik", "Agus", "Bambang",
         "Dimas", "Hadi", "Rahmat", "Sigit", "Wahyu", "Yudi", "Arief", "Gilang")
_FEMALE = ("Ayu", "Dewi", "Erni", "Fitri", "Indah", "Lestari", "Nur", "Okta", "Putri", "Rina", "Sari", "Wulan",
           "Yanti", "Diah", "Mega", "Novi", "Ratna", "Siti", "Tri", "Vina")
# invented family names: a landscape word and a suffix ("Bukitraya"), as in the sample; none is a real family name
_FAMILY_HEADS = ("Bukit", "Kembang", "Lembah", "Pandan", "Waringin", "Damar", "Kopi", "Tembesu", "Dempo", "Serayu",
                 "Rimba", "Telaga", "Mega", "Sekar", "Tirta", "Batu")
_FAMILY_TAILS = ("raya", "sari", "wati", "jaya", "sakti", "mulya", "wangi", "putra", "laksana", "kusuma")


@cache
def _grades() -> tuple[dict[int, str], dict[int, str]]:
    """PNS golongan and PPPK grades by rank, as an export writes them (``III/a``, ``IX``)."""
    table = golongan_table()
    pns = {int(r): c for c, r in table.loc[table["scale"] == "PNS", "rank"].items()}
    pppk = {int(r): c.removesuffix(" (PPPK)") for c, r in table.loc[table["scale"] == "PPPK", "rank"].items()}
    return pns, pppk


# ---------------------------------------------------------------- saving

def _rng(seed: int, year: int, dataset: int) -> np.random.Generator:
    """The random stream of one dataset of one year: years and datasets never share draws."""
    return np.random.default_rng([seed, year, dataset])


# ---------------------------------------------------------------- roster

def write_roster(path: str | Path, n: int, year: int, seed: int = 0) -> Path:
    """Write a SIASN-style roster of ``n`` employees on 31 December ``year``, streaming.

    Sheet ``DATA ASN``: 3 title rows, a blank row, the header row (the
    sample's 12 columns, ``NO`` … ``TMT CPNS``), then one row per employee in
    DUK order (PNS before PPPK, golongan descending, then TMT). About 18 % are
    PPPK (from 2019), with grades such as ``IX``. The attributes behind the
    rows take about 100 bytes per employee in numpy arrays and the rows are
    written :data:`CHUNK` at a time, so a million rows take about 20 s and
    half a gigabyte. The same ``seed`` gives a byte-identical file.

    Example:
        >>> import tempfile
        >>> from lakip_lib.loading import load_staff
        >>> path = write_roster(Path(tempfile.mkdtemp()) / "pegawai.xlsx", 50, 2024, seed=1)
        >>> len(load_staff(path).roster)
        50
    """
    if n < 1:
        raise ConfigError(said("demo_roster", count=n))
    path = Path(path)
    people = _people(n, year, _rng(seed, year, 1))
    titles = ("DAFTAR NOMINATIF APARATUR SIPIL NEGARA", AGENCY.upper(), f"Keadaan 31 Desember {year}")
    strings: dict[str, int] = {}  # shared strings: every text but the NIPs, which are all different
    last = n + len(titles) + 2
    with FixedTimeZip(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        for name, xml in _package(ROSTER_SHEET).items():
            archive.writestr(name, xml)
        # rows are about 700 bytes of XML: past ZIP64_LIMIT the member needs zip64 sizes from the start
        with archive.open(zip_info("xl/worksheets/sheet1.xml"), "w", force_zip64=n * 1000 > zipfile.ZIP64_LIMIT) as raw:
            out = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            out.write(f'{_XML}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}"><dimension ref="A1:L{last}"/>'
                      '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>'
                      + "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(_ROSTER_WIDTHS, 1))
                      + "</cols><sheetData>")
            for number, title in enumerate(titles, start=1):
                out.write(_xml_row(number, (title,), strings, _BOLD))
            out.write(_xml_row(len(titles) + 2, ROSTER_HEADER, strings, _BOLD))
            for start in range(0, n, CHUNK):
                rows = _roster_rows(people, start, min(start + CHUNK, n))
                out.write("".join(_xml_row(len(titles) + 3 + start + i, row, strings, inline=1) for i, row in enumerate(rows)))
            merged = "".join(f'<mergeCell ref="A{r}:L{r}"/>' for r in range(1, len(titles) + 1))
            out.write(f'</sheetData><mergeCells count="{len(titles)}">{merged}</mergeCells>'
                      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>')
            out.flush()
            out.detach()
        items = "".join(f"<si><t{_space(text)}>{escape(text)}</t></si>" for text in strings)
        archive.writestr("xl/sharedStrings.xml", f'{_XML}<sst xmlns="{_MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>')
    return path


# The roster is written as XML directly, not through openpyxl's write-only mode: without lxml that mode
# serialises every cell through et_xmlfile, about 6 000 rows a second (a million rows: three minutes).
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_ROSTER_WIDTHS = (7, 23, 38, 14, 14, 10, 20, 52, 16, 52, 12, 12)
_COLUMNS = tuple("ABCDEFGHIJKL")
#: cell styles of :func:`_package`'s styles.xml
_DATE, _BOLD, _TEXT = 1, 2, 3
_EXCEL_EPOCH = dt.date(1899, 12, 30).toordinal()


def _package(sheet: str) -> dict[str, str]:
    """The parts of a one-sheet workbook besides the sheet and its shared strings."""
    officedoc = "http://schemas.openxmlformats.org/officeDocument/2006"
    created = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    content = "application/vnd.openxmlformats-officedocument"
    return {
        "[Content_Types].xml": f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{content}.spreadsheetml.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{content}.spreadsheetml.worksheet+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{content}.spreadsheetml.styles+xml"/>'
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{content}.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        f'<Override PartName="/docProps/app.xml" ContentType="{content}.extended-properties+xml"/></Types>',
        "_rels/.rels": f'{_XML}<Relationships xmlns="{_PACKAGE_REL}">'
        f'<Relationship Id="rId1" Type="{officedoc}/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
        'Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{officedoc}/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
        "docProps/core.xml": f'{_XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f'<dc:creator>{CREATOR}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified></cp:coreProperties>',
        "docProps/app.xml": f'{_XML}<Properties xmlns="{officedoc}/extended-properties"><Application>{CREATOR}</Application></Properties>',
        "xl/workbook.xml": f'{_XML}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews><workbookView/></bookViews>'
        f'<sheets><sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'{_XML}<Relationships xmlns="{_PACKAGE_REL}">'
        f'<Relationship Id="rId1" Type="{officedoc}/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{officedoc}/relationships/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId3" Type="{officedoc}/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        # cell styles: 0 general, 1 date DD-MM-YYYY, 2 bold, 3 text (@, as SIASN formats the NIP column)
        "xl/styles.xml": f'{_XML}<styleSheet xmlns="{_MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="DD-MM-YYYY"/></numFmts>'
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4">'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
        '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
    }


def _xml_row(number: int, values: tuple, strings: dict[str, int], style: int = 0, inline: int | None = None) -> str:
    """One ``<row>``: numbers, dates (Excel serials, DD-MM-YYYY) and text; text goes to the shared
    strings ``strings`` except in column ``inline`` (written in the cell, for values that never repeat)."""
    cells = []
    styled = f' s="{style}"' if style else ""
    inline_column = _COLUMNS[inline] if inline is not None else None
    for column, value in zip(_COLUMNS, values):
        ref = f"{column}{number}"
        if value is None:
            continue
        if isinstance(value, str):
            if column == inline_column:
                cells.append(f'<c r="{ref}" s="{_TEXT}" t="inlineStr"><is><t{_space(value)}>{escape(value)}</t></is></c>')
            else:
                index = strings.setdefault(value, len(strings))
                cells.append(f'<c r="{ref}"{styled} t="s"><v>{index}</v></c>')
        elif isinstance(value, dt.date):
            cells.append(f'<c r="{ref}" s="{_DATE}"><v>{value.toordinal() - _EXCEL_EPOCH}</v></c>')
        else:
            cells.append(f'<c r="{ref}"><v>{value}</v></c>')
    return f'<row r="{number}">{"".join(cells)}</row>'


def _space(text: str) -> str:
    """``xml:space="preserve"`` for text whose edges are blank, which XML would otherwise trim."""
    return ' xml:space="preserve"' if text != text.strip() else ""


def _people(n: int, year: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Every employee's attributes as compact arrays, in DUK order; row 0 before sorting is the head."""
    pppk = rng.random(n) < (0.18 if year >= FIRST_PPPK_YEAR else 0.0)
    female = rng.random(n) < 0.52
    table = list(zip(*_EDUCATION))
    education = np.where(pppk, rng.choice(6, n, p=table[2]), rng.choice(6, n, p=table[1]))
    entry_rank, top_rank, pppk_grade = (np.array(column)[education] for column in table[3:6])
    youngest, oldest = (np.array(column)[education] for column in table[6:8])

    pns_age0 = youngest + (rng.random(n) * (oldest - youngest + 1)).astype(int)
    pns_service = 1 + (rng.random(n) * (57 - pns_age0)).astype(int)  # TMT at least a year ago: everyone is PNS by now
    recent = max(0, min(4, year - FIRST_PPPK_YEAR))
    pppk_service = rng.integers(0, recent + 1, n)
    pppk_age0 = rng.integers(22, 51, n)
    age0 = np.where(pppk, pppk_age0, pns_age0)
    service = np.where(pppk, pppk_service, pns_service)
    # the head: a PNS with a master's degree, 53 years old, appointed 27 years ago, golongan IV/d
    pppk[0], education[0], age0[0], service[0] = False, _S2, 26, 27

    # a regular promotion every 4 years up to III/d (rank 12); golongan IV takes a post and comes every 8 years
    years = np.maximum(service + rng.integers(-2, 2, n), 0)
    regular = entry_rank + years // 4
    slow = 12 + (years - 4 * (12 - entry_rank)) // 8
    rank = np.where(pppk, pppk_grade, np.clip(np.where(regular > 12, slow, regular), entry_rank, top_rank))
    rank[0] = 16
    # golongan IV holds a structural or functional post; pelaksana are mostly junior
    u = rng.random(n)
    kind = np.select([pppk, rank >= 13, rank >= 11], [np.where(u < 0.7, _FUNGSIONAL, _PELAKSANA),
                                                      np.where(u < 0.2, _STRUKTURAL, _FUNGSIONAL),
                                                      np.where(u < 0.06, _STRUKTURAL, np.where(u < 0.45, _FUNGSIONAL, _PELAKSANA))],
                     np.where(u < 0.3, _FUNGSIONAL, _PELAKSANA))
    kind[0] = _STRUKTURAL

    # nobody is older than 57 on 31 December: below every retirement age (58, 60 or 65)
    birth_year = year - (age0 + service)
    birth = (birth_year - 1970).astype("datetime64[Y]").astype("datetime64[D]") + rng.integers(0, 365, n)
    tmt_year = year - service
    tmt_month = rng.integers(1, 13, n)
    ymd = _ymd(birth)
    # NIP: birth date YYYYMMDD, TMT YYYYMM (PPPK: TMT year, "2", a frequency digit), sex digit, 3-digit serial
    tmt_part = tmt_year * 100 + np.where(pppk, 21, tmt_month)
    prefix = ymd.astype(np.int64) * 10**7 + tmt_part.astype(np.int64) * 10 + np.where(female, 2, 1)
    serial = _serials(prefix, rng.integers(0, 9, n))
    people = {
        "nip": prefix * 1000 + serial, "birth": birth, "female": female, "pppk": pppk, "education": education,
        "rank": rank, "kind": kind, "tmt": _first_of_month(tmt_year, tmt_month),
        # one draw per spelled column (gender, position type, education) and one for names and positions
        "head": np.arange(n) == 0, "spelling": rng.random((n, 3)), "draw": rng.integers(0, 1 << 30, n),
        "text_birth": rng.random(n) < 0.05, "spaced_nip": rng.random(n) < 0.03,
    }
    order = np.lexsort((people["tmt"], -rank, pppk))
    return {key: values[order] for key, values in people.items()}


def _ymd(dates: np.ndarray) -> np.ndarray:
    """``YYYYMMDD`` as integers, from ``datetime64[D]``."""
    years = dates.astype("datetime64[Y]").astype(int) + 1970
    months = dates.astype("datetime64[M]").astype(int) % 12 + 1
    days = (dates - dates.astype("datetime64[M]").astype("datetime64[D]")).astype(int) + 1
    return years * 10000 + months * 100 + days


def _first_of_month(years: np.ndarray, months: np.ndarray) -> np.ndarray:
    """The first day of each month as ``datetime64[D]``."""
    return ((years - 1970) * 12 + months - 1).astype("datetime64[M]").astype("datetime64[D]")


def _serials(prefix: np.ndarray, base: np.ndarray) -> np.ndarray:
    """A serial per NIP that makes every NIP unique: people sharing birth date, TMT and sex count up
    from a starting number of their group, as the national numbering does."""
    order = np.argsort(prefix, kind="stable")
    ordered = prefix[order]
    starts = np.r_[True, ordered[1:] != ordered[:-1]]
    first = np.maximum.accumulate(np.where(starts, np.arange(len(ordered)), 0))
    serial = np.empty_like(prefix)
    serial[order] = 1 + base[order][first] + (np.arange(len(ordered)) - first)
    return serial


def _roster_rows(people: dict[str, np.ndarray], start: int, stop: int):
    """The roster's rows ``start`` … ``stop - 1`` as cell values, spellings varied as real exports vary them."""
    pns_grades, pppk_grades = _grades()
    part = {key: values[start:stop].tolist() for key, values in people.items()}  # datetime64[D] → datetime.date
    for i in range(stop - start):
        draw, (gender_u, type_u, education_u) = part["draw"][i], part["spelling"][i]
        education = _EDUCATION[part["education"][i]]
        nip = str(part["nip"][i])
        if part["spaced_nip"][i]:
            nip = f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
        female, pppk, rank, kind = part["female"][i], part["pppk"][i], part["rank"][i], part["kind"][i]
        name = _name(draw, female, education[0])
        position, unit = (_HEAD, AGENCY) if part["head"][i] else _position(kind, rank, pppk, draw)
        birth = part["birth"][i]
        yield (start + i + 1, nip, name, birth.strftime("%d-%m-%Y") if part["text_birth"][i] else birth,
               _spell(_GENDERS[female], gender_u), (pppk_grades if pppk else pns_grades)[rank],
               _spell(_POSITION_TYPES[kind], type_u), position, _spell(education[8], education_u),
               unit, "Aktif", part["tmt"][i])


def _name(draw: int, female: bool, education: str) -> str:
    """A synthetic full name: a given name, an invented family name and the academic titles of ``education``."""
    given = _FEMALE if female else _MALE
    draw, first = divmod(draw, len(given))
    draw, head = divmod(draw, len(_FAMILY_HEADS))
    draw, tail = divmod(draw, len(_FAMILY_TAILS))
    titles = _TITLES[education]
    doctor = "Dr. " if education == "S3" else ""
    return f"{doctor}{given[first]} {_FAMILY_HEADS[head]}{_FAMILY_TAILS[tail]}{titles[draw % len(titles)]}"


def _spell(spellings: tuple[str, ...], u: float) -> str:
    """The usual spelling nine times in ten, else one of the others."""
    if u < 0.9 or len(spellings) == 1:
        return spellings[0]
    return spellings[1 + int((u - 0.9) * 10 * (len(spellings) - 1))]


def _position(kind: int, rank: int, pppk: bool, draw: int) -> tuple[str, str]:
    """Position name and unit of an employee: functional levels follow the grade."""
    unit = _UNITS[draw // 7 % len(_UNITS)]
    if kind == _STRUKTURAL:
        title = _STRUCTURAL[draw % len(_STRUCTURAL)]
        if title == "Sekretaris" or title.startswith("Kepala Sub Bagian"):
            return title, _UNITS[0]
        unit = _UNITS[1 + draw // 7 % (len(_UNITS) - 1)]
        return f"{title} {unit.removeprefix('Bidang ')}", unit
    if kind == _PELAKSANA:
        return _GENERAL[draw % len(_GENERAL)], unit
    level = ("Ahli Madya" if rank >= 13 else "Ahli Muda" if rank >= 11 else "Ahli Pertama" if rank >= 9 else "Terampil")
    if pppk:
        level = "Ahli Pertama" if rank >= 9 else "Terampil"
    return f"{_FUNCTIONAL[draw % len(_FUNCTIONAL)]} {level}", unit


# ---------------------------------------------------------------- indicators

class _Indicator(NamedTuple):
    """One PK indicator of the demo and how its target moves from year to year."""

    code: str
    level: str
    goal: str
    name: str
    formula: str
    unit: str
    polarity: str
    scale: str | None
    program: str
    source: str
    base: float | str  # the target of 2020 (a grade for an ordinal indicator)
    step: float  # its change a year (ordinal: grades a year)
    limit: float | str  # where it stops


_GOAL_1 = "Tujuan 1: Meningkatnya Profesionalisme Aparatur Pemerintahan"
_SASARAN_1_1 = "Sasaran 1.1: Meningkatnya Kinerja Kepegawaian Daerah"
_SASARAN_1_2 = "Sasaran 1.2: Meningkatnya Kinerja dan Tingkat Kedisiplinan ASN"
_INDICATORS = (
    _Indicator("1", "Tujuan", _GOAL_1, "Indeks Profesionalitas ASN", "Kualifikasi, Kompetensi, Kinerja dan Disiplin",
               "Angka", "Positif", None, "5.03.02", "Badan Kepegawaian Negara", 55.0, 2.0, 90.0),
    _Indicator("1.1", "Sasaran", _SASARAN_1_1, "Persentase ASN yang sesuai dengan Standar Kompetensi",
               "Jumlah ASN yang Dikembangkan Kompetensinya / Jumlah ASN x 100 %", "%", "Positif", None, "5.03.02",
               "Bidang Pengembangan Aparatur", 85.0, 1.0, 99.0),
    _Indicator("1.1", "Sasaran", _SASARAN_1_1, "Persentase ASN yang sesuai dengan Standar Kualifikasi",
               "Jumlah Pelaksana yang Ditempatkan Sesuai Kualifikasi / Jumlah Pelaksana x 100 %", "%", "Positif", None,
               "5.03.02", "Bidang Pengembangan Aparatur", 88.0, 0.5, 99.0),
    _Indicator("1.2", "Sasaran", _SASARAN_1_2, "Persentase Peningkatan Kinerja ASN",
               "Jumlah ASN Dengan Predikat Kinerja Minimal Baik / Jumlah ASN", "%", "Positif", None, "5.03.02",
               "Bidang Penilaian Kinerja Aparatur dan Penghargaan", 86.0, 1.0, 99.0),
    # lower is better: the share of staff disciplined
    _Indicator("1.2", "Sasaran", _SASARAN_1_2, "Persentase ASN yang Dijatuhi Hukuman Disiplin",
               "Jumlah ASN yang Dijatuhi Hukuman Disiplin / Jumlah ASN x 100 %", "%", "Negatif", None, "5.03.02",
               "Bidang Penilaian Kinerja Aparatur dan Penghargaan", 3.0, -0.25, 0.5),
    _Indicator("2", "Tujuan", "Tujuan 2: Meningkatnya Tata Kelola BKD", "Nilai SAKIP BKD", "Hasil evaluasi AKIP oleh Inspektorat",
               "Predikat", "Ordinal", "sakip", "5.03.01", "Sub Bagian Program", "B", 1 / 3, "A"),
)
_PK_HEADER = ("No", "Jenis Indikator", "Tujuan/Sasaran Strategis", "Indikator Kinerja", "Formula Penghitungan", "Satuan",
              "Polaritas", "Skala", "Program")
# name, satuan, polaritas, skala, target, OPD
_IKK = (
    ("Nilai Evaluasi AKIP OPD", "Predikat", "Ordinal", "sakip", "BB", "Seluruh OPD"),
    ("Persentase tindak lanjut LHP OPD", "%", "Positif", None, "75%", "Seluruh OPD"),
    ("Kategori Inovasi OPD", "Kategori", "Ordinal", "inovasi_daerah", "Inovatif", "Seluruh OPD"),
    ("Indeks Keterbukaan Informasi Publik OPD", "Kategori", "Ordinal", "keterbukaan_informasi", "Menuju Informatif", "Seluruh OPD"),
    ("Capaian Realisasi Anggaran (TEPRA)", "%", "Positif", None, "95%", "Seluruh OPD"),
)


def _target(indicator: _Indicator, year: int) -> float | str:
    """The indicator's target for ``year``: a little more ambitious every year, up to its limit."""
    years = year - 2020
    if indicator.scale:
        grades = list(ordinal_scale(indicator.scale))  # best first
        index = grades.index(indicator.base) - math.floor(indicator.step * years)
        return grades[min(max(index, grades.index(indicator.limit)), len(grades) - 1)]
    value = indicator.base + indicator.step * years
    return min(value, indicator.limit) if indicator.step > 0 else max(value, indicator.limit)


def _realisation(number: int, year: int, seed: int) -> float | str:
    """What indicator ``number`` of :data:`_INDICATORS` reached in ``year``: near its target, either side.

    Each indicator and year has its own random stream, so a year's file and
    the next one's "previous year" column agree.
    """
    indicator = _INDICATORS[number]
    rng = _rng(seed, year, 100 + number)
    target = _target(indicator, year)
    if indicator.scale:
        grades = list(ordinal_scale(indicator.scale))
        return grades[int(np.clip(grades.index(target) + rng.integers(-1, 2), 0, len(grades) - 1))]
    if indicator.polarity == "Negatif":
        return round(max(target + rng.uniform(-0.8, 0.5), 0.0), 2)
    return round(min(target + rng.uniform(-4, 4), 100.0), 2)


def _pct_text(value: float, percent: bool) -> str:
    """A value as the PK tables write it: ``88,30%`` (or ``64,23`` for an index)."""
    return format_number(value, 2, "id") + ("%" if percent else "")


def _write_indicators(path: Path, year: int, seed: int) -> Path:
    """Sheets ``PK <year>`` (targets, both realisations, the stated capaian), ``Prioritas`` and ``IKK``, as in the sample."""
    book = Workbook()
    pk = book.active
    pk.title = f"PK {year}"
    _titles(pk, (f"PERJANJIAN KINERJA DAN REALISASI TAHUN {year}", AGENCY.upper()), 14)
    pk.append([])
    pk.append([*_PK_HEADER, f"Target {year}", f"Realisasi {year - 1}", f"Realisasi {year}", f"% Capaian {year}", "Sumber Data"])
    for number, indicator in enumerate(_INDICATORS):
        target, before, now = _target(indicator, year), _realisation(number, year - 1, seed), _realisation(number, year, seed)
        if indicator.scale:
            cells, capaian = (target, before, now), now  # a grade's "% capaian" is printed as the grade
        else:
            # the uncapped capaian, negative polarity by 2t-r: what lakip.yml (demo's and sample's) compute
            ratio = (2 * target - now) / target if indicator.polarity == "Negatif" else now / target
            percent = indicator.unit == "%"
            cells = tuple(_pct_text(v, percent) if percent else v for v in (target, before, now))
            capaian = _pct_text(ratio * 100, True)
        pk.append([*indicator[:9], *cells, capaian, indicator.source])
    pk.append([])
    pk.append([f"Sumber: Perjanjian Kinerja Tahun {year}"])

    priority = book.create_sheet("Prioritas")
    _titles(priority, (f"KEGIATAN PRIORITAS OPD TAHUN {year}",), 11)
    priority.append([])
    priority.append(["No", "Kegiatan Prioritas", "Indikator Kinerja", "Satuan", "Polaritas", "Program", f"Target {year}",
                     f"Realisasi {year - 1}", f"Realisasi {year}", f"% Capaian {year}", "Sumber Pendanaan"])
    apps = {y: int(_rng(seed, y, 200).integers(1, 5)) for y in (year - 1, year)}
    priority.append([1, "Digitalisasi Pelayanan Kepegawaian", "Jumlah Pembangunan/Pengembangan Aplikasi Kepegawaian",
                     "Aplikasi", "Positif", "5.03.02", "2 Aplikasi", f"{apps[year - 1]} Aplikasi", f"{apps[year]} Aplikasi",
                     apps[year] * 50, "APBD"])

    ikk = book.create_sheet("IKK")
    _titles(ikk, (f"INDIKATOR KINERJA KHUSUS TAHUN {year}",), 7)
    ikk.append([])
    ikk.append(["No", "Indikator Kinerja", "Satuan", "Polaritas", "Skala", f"Target {year}", "OPD"])
    for number, row in enumerate(_IKK, start=1):
        ikk.append([number, *row])
    return save_reproducibly(book, path, creator=CREATOR)


# ---------------------------------------------------------------- budget

# code, name, sub-kegiatan (number, name, typical budget in millions)
_PROGRAMS = (
    ("5.03.01", "Program Penunjang Urusan Pemerintahan Daerah Provinsi", (
        ("1.01", "Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah", (
            ("0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 120),
            ("0006", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", 90),
            ("0007", "Evaluasi Kinerja Perangkat Daerah", 110))),
        ("1.02", "Administrasi Keuangan Perangkat Daerah", (
            ("0001", "Penyediaan Gaji dan Tunjangan ASN", 10500),
            ("0004", "Koordinasi dan Pelaksanaan Akuntansi SKPD", 80))),
        ("1.06", "Administrasi Umum Perangkat Daerah", (
            ("0002", "Penyediaan Peralatan dan Perlengkapan Kantor", 150),
            ("0004", "Penyediaan Bahan Logistik Kantor", 160),
            ("0005", "Penyediaan Barang Cetakan dan Penggandaan", 110))),
        ("1.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", (
            ("0002", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", 250),
            ("0004", "Penyediaan Jasa Pelayanan Umum Kantor", 190))),
        ("1.09", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", (
            ("0002", "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas", 140),
            ("0009", "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", 115))),
    )),
    ("5.03.02", "Program Kepegawaian Daerah", (
        ("1.01", "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN", (
            ("0001", "Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN", 400),
            ("0003", "Pengelolaan Data dan Informasi Kepegawaian", 650),
            ("0004", "Pengelolaan Pemberhentian dan Pensiun ASN", 470))),
        ("1.02", "Mutasi dan Promosi ASN", (
            ("0001", "Pengelolaan Mutasi ASN", 480),
            ("0002", "Pengelolaan Kenaikan Pangkat ASN", 380))),
        ("1.03", "Pengembangan Kompetensi ASN", (
            ("0001", "Pengembangan Kompetensi Teknis dan Fungsional ASN", 684),)),
        ("1.04", "Penilaian dan Evaluasi Kinerja Aparatur", (
            ("0001", "Pengelolaan Penilaian Kinerja ASN", 450),
            ("0002", "Pembinaan dan Penghargaan ASN", 360))),
    )),
)


def _write_budget(path: Path, year: int, seed: int) -> Path:
    """Program → kegiatan → sub-kegiatan; each level the sum of the one below, nothing spent over budget."""
    rng = _rng(seed, year, 3)
    rows: list[tuple[str, str, int, int]] = []  # code, name, budget, realised
    for program, program_name, activities in _PROGRAMS:
        program_row = len(rows)
        rows.append((program, program_name, 0, 0))
        for number, name, subs in activities:
            activity_row = len(rows)
            rows.append((f"{program}.{number}", name, 0, 0))
            for sub, sub_name, millions in subs:
                budget = int(round(millions * rng.uniform(0.85, 1.15) * 1000)) * 1000
                realised = int(budget * rng.uniform(0.88, 1.0))
                rows.append((f"{program}.{number}.{sub}", sub_name, budget, realised))
                for parent in (activity_row, program_row):
                    code, parent_name, total, spent = rows[parent]
                    rows[parent] = (code, parent_name, total + budget, spent + realised)
    book = Workbook()
    sheet = book.active
    sheet.title = "Realisasi"
    for title in ("LAPORAN REALISASI ANGGARAN BELANJA", AGENCY.upper(), f"TAHUN ANGGARAN {year}", "Urusan: 5.03 - Kepegawaian"):
        sheet.append([title])
    sheet.append([])
    sheet.append(["Kode", "Program/Kegiatan/Sub Kegiatan", f"Anggaran {year}", f"Realisasi {year}", f"Realisasi {year} (%)"])
    total = [0, 0]
    for code, name, budget, realised in rows:
        program = code.count(".") == 2
        if program:
            total = [total[0] + budget, total[1] + realised]
        # programs and the total as text, as exports print them; kegiatan and sub-kegiatan as numbers
        amounts = [format_number(v, 2, "id") for v in (budget, realised)] if program else [budget, realised]
        sheet.append([code, name, *amounts, _whole_pct(realised, budget)])
        _style_row(sheet, bold=program)
    sheet.append([None, "JUMLAH", *(format_number(v, 2, "id") for v in total), _whole_pct(total[1], total[0])])
    _style_row(sheet, bold=True)
    sheet.append([])
    sheet.append([f"Sumber : {AGENCY} {year}"])
    for letter, width in zip("ABCDE", (20, 70, 20, 20, 12)):
        sheet.column_dimensions[letter].width = width
    return save_reproducibly(book, path, creator=CREATOR)


def _whole_pct(part: int, whole: int) -> int:
    """A percentage rounded half up to a whole number, as the budget exports print it."""
    return (200 * part + whole) // (2 * whole)


def _style_row(sheet, bold: bool) -> None:
    """Formats of the budget sheet's last row: code as text, amounts with separators, program rows bold."""
    row = sheet.max_row
    sheet.cell(row, 1).number_format = "@"
    for column in (3, 4):
        sheet.cell(row, column).number_format = "#,##0"
    if bold:
        for cell in sheet[row]:
            cell.font = Font(bold=True)


# ---------------------------------------------------------------- assets

# item, units needed per 100 employees (0: one for the agency), share in good condition
_SARANA = (("Kendaraan Roda 4", 8, 0.85), ("Kendaraan Roda 2", 20, 0.7), ("Personal Komputer (PC)", 50, 0.9),
           ("Laptop", 60, 0.6), ("Air Conditioner (AC)", 30, 0.7), ("Printer", 60, 0.5), ("Lemari Besi", 14, 1.0),
           ("Filling Cabinet", 10, 1.0), ("Meja Kerja", 100, 0.9), ("Kursi Kerja", 100, 0.85), ("TV", 5, 0.7),
           ("UPS", 10, 0.4), ("Infocus", 4, 0.5), ("Kamera", 3, 0.4), ("Scanner", 3, 1.0), ("CCTV", 2, 0.5))
_PRASARANA = (("Gedung dan Bangunan", 0, 1.0), ("Tanah", 0, 1.0))


def _write_assets(path: Path, year: int, employees: int, seed: int) -> Path:
    """Sarana and Prasarana sheets with the sample's two-row header; ``-`` where a count is zero."""
    rng = _rng(seed, year, 4)
    book = Workbook()
    book.remove(book.active)
    for sheet_name, items in (("Sarana", _SARANA), ("Prasarana", _PRASARANA)):
        sheet = book.create_sheet(sheet_name)
        _titles(sheet, (f"{sheet_name.upper()} {AGENCY.upper()} TAHUN {year}",), 7)
        sheet.append([])
        sheet.append(["NO", sheet_name.upper(), "KONDISI", None, "JUMLAH", None, "KET"])
        sheet.append([None, None, "BAIK", "RUSAK", "MENCUKUPI", "KURANG", None])
        for merged in ("A3:A4", "B3:B4", "G3:G4", "C3:D3", "E3:F3"):
            sheet.merge_cells(merged)
        for number, (item, per_hundred, good_share) in enumerate(items, start=1):
            needed = max(1, round(per_hundred * employees / 100)) if per_hundred else 1
            owned = max(1, round(needed * rng.uniform(1.0, 1.3)))
            good = min(owned, round(owned * good_share * rng.uniform(0.9, 1.1)))
            # enough (mencukupi) is what the good units cover of the need; the rest is lacking (kurang)
            sufficient = min(good, needed)
            counts = (good, owned - good, sufficient, needed - sufficient)
            sheet.append([number, item, *(v or "-" for v in counts), "Kurang" if needed > sufficient else "Cukup"])
        sheet.append([])
        sheet.append([f"Sumber Data : Subbag Umum dan Perlengkapan Tahun {year}"])
        for letter, width in zip("ABCDEFG", (6, 30, 10, 10, 13, 10, 10)):
            sheet.column_dimensions[letter].width = width
    return save_reproducibly(book, path, creator=CREATOR)


def _titles(sheet, titles: tuple[str, ...], width: int) -> None:
    """Title rows merged across the table, as the sample's exports have them."""
    for title in titles:
        sheet.append([title])
        row = sheet.max_row
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        sheet.cell(row, 1).font = Font(bold=True)
        sheet.cell(row, 1).alignment = Alignment(horizontal="center")


# ---------------------------------------------------------------- project and prose

_NARASI = {
    "01-latar-belakang.md": "## Latar Belakang\n\nLaporan ini menyajikan capaian kinerja dan realisasi anggaran "
                            "{agency} tahun {year}. Data dan nama di dalamnya dibuat oleh `lakip demo` untuk "
                            "mencoba kit ini; tidak satu pun menggambarkan instansi atau orang yang nyata.\n",
    "05-strategi-kebijakan.md": "## E. Strategi dan Kebijakan\n\nStrategi instansi adalah pelayanan kepegawaian "
                                "berbasis teknologi informasi dan pengembangan kompetensi aparatur.\n",
    "06-penutup.md": "## Saran\n\n1. Memantau capaian indikator secara berkala.\n2. Menyelaraskan laporan kinerja "
                     "dengan laporan keuangan.\n",
}


def _project_yaml(start_year: int, last_year: int) -> str:
    return f"""\
# lakip.yml of a demo data folder written by `lakip demo`: a fictional agency.
# data/raw/lakip.yml explains every key.
agency:
  name: "{AGENCY}"
  short_name: "BKD Provinsi Contoh"
  region: "Provinsi Contoh"
renstra:
  start: {start_year}
  end: {max(last_year, start_year + 4)}
  vision: "Terwujudnya Aparatur Sipil Negara yang Profesional dan Berintegritas"
  missions:
    - "Pelayanan kepegawaian yang cepat, mudah dan akurat."
    - "Pengembangan kompetensi aparatur yang berkelanjutan."
  goals:
    - "Meningkatnya Profesionalisme Aparatur Pemerintahan"
    - "Meningkatnya Tata Kelola BKD"
signatory:
  name: "NAMA KEPALA BADAN (contoh)"
  rank: "Pembina Utama Madya / IV.d"
  title: "Kepala {AGENCY}"
  place: "Kota Contoh"
  # each year's report is signed on 31 January of the next year
  date: "{{next_year}}-01-31"
report:
  capaian:
    cap: none
    negative_formula: "2t-r"
  efficiency_band: 5
  sources:
    staff: "Sistem Informasi ASN, data {AGENCY}"
    assets: "Subbag Umum dan Perlengkapan"
    indicators: "Perjanjian Kinerja dan realisasi Tahun {{year}}"
    budget: "{AGENCY}"
header_aliases: {{}}
limits: {{}}
"""


def write_demo(out_dir: str | Path, employees: int, years: int, *, start_year: int = 2021, seed: int = 0) -> list[Path]:
    """Write a complete data folder: ``lakip.yml``, ``narasi/`` and ``years`` year folders from ``start_year``.

    Each year folder holds ``pegawai.xlsx`` (``employees`` rows, see
    :func:`write_roster`), ``kinerja.xlsx`` (six PK indicators including a
    negative-polarity and an ordinal SAKIP one, with the previous year's
    realisations; a priority activity; special indicators), ``anggaran.xlsx``
    (program → kegiatan → sub-kegiatan, ``5.03.01.1.01.0001``) and
    ``sarana.xlsx``. ``out_dir`` must be new or empty: the generator never
    overwrites data. Returns the files written.

    Example:
        >>> import tempfile
        >>> files = write_demo(Path(tempfile.mkdtemp()) / "demo", employees=20, years=2, start_year=2023)
        >>> sorted({p.parent.name for p in files if p.suffix == ".xlsx"})
        ['2023', '2024']
    """
    out = Path(out_dir)
    if employees < 1 or years < 1:
        raise ConfigError(said("demo_size", employees=employees, years=years))
    if not 2000 <= start_year <= 2100 - years:
        raise ConfigError(said("demo_years", start=start_year, years=years))
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ConfigError(said("demo_not_empty", folder=out))
    (out / "narasi").mkdir(parents=True, exist_ok=True)
    last_year = start_year + years - 1
    project = out / "lakip.yml"
    project.write_text(_project_yaml(start_year, last_year), encoding="utf-8")
    written = [project]
    for name, text in _NARASI.items():
        written.append(out / "narasi" / name)
        written[-1].write_text(text.format(agency=AGENCY, year=f"{start_year}–{last_year}"), encoding="utf-8")
    for year in range(start_year, last_year + 1):
        folder = out / str(year)
        folder.mkdir()
        written += [write_roster(folder / "pegawai.xlsx", employees, year, seed),
                    _write_indicators(folder / "kinerja.xlsx", year, seed),
                    _write_budget(folder / "anggaran.xlsx", year, seed),
                    _write_assets(folder / "sarana.xlsx", year, employees, seed)]
    return written
