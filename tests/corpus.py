"""The corpus of bad inputs, and the harness that runs the real ``lakip`` command on them.

Every file is generated here by code (openpyxl workbooks, rewritten zips,
hand-written zip and OLE containers), none is kept as a binary. A
:class:`Case` writes one kind of bad input into a year folder and names the
exact message ``lakip check`` must print for it. Cases marked ``heavy`` are the
inputs made to exhaust a reader (a zip bomb, XML entities, a sheet reaching
Excel's last row): they run in their own process under a hard address-space
limit (:func:`run_lakip`), which measures their time and peak memory.

:func:`observed` sets up an audit hook (a ``sitecustomize`` on
``PYTHONPATH``) in every Python process of a ``lakip`` run, the Jupyter kernel
included: it records each open of a file under a guarded folder, each change
to one, and each network connection that is not to this machine
(:func:`audit_events`).

Example:
    >>> import tempfile
    >>> data = Path(tempfile.mkdtemp())
    >>> CASES_BY_ID["budget-negative"].build(data / "2024")
    >>> sorted(p.name for p in (data / "2024").iterdir())
    ['anggaran.xlsx']
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import random
import re
import shutil
import signal
import stat
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from test_loading_errors import BUDGET, SHORT, employee
from workbooks import NIP_FEMALE, NIP_MALE, make_workbook, member_names, rewrite_member

#: the year every case is checked for
YEAR = 2024
#: Excel's last row
LAST_ROW = 1_048_576
MiB = 1 << 20

INDICATORS = ["No", "Indikator", "Satuan", "Target 2024", "Realisasi 2024"]
ASSETS = ["No", "Sarana", "Baik", "Rusak"]
STAFF = {"Data": [SHORT, employee(), employee(NIP_FEMALE, "P", "III/b", "Pelaksana", "S1", "Sari")]}


@dataclass(frozen=True)
class Case:
    """One kind of bad input: ``build`` writes it into a year folder; ``lakip check`` prints ``expected``.

    ``expected`` are parts of the standard error, in order (most are whole
    problem lines). ``heavy`` cases run in a separate, memory-limited process.
    A case may cost at most ``seconds`` of CPU time (wall time, which other
    processes on the machine stretch, at most three times that) and
    ``peak_mb`` of memory.
    """

    id: str
    dataset: str  # staff, indicators, budget, assets; "year" for the year folder itself
    build: Callable[[Path], None]
    expected: tuple[str, ...]
    heavy: bool = False
    seconds: float = 2.0
    peak_mb: float = 32.0  # in-process: Python's allocations (tracemalloc); heavy: the process's peak resident memory


def one_problem(line: str) -> str:
    """The whole standard error of ``lakip`` for a single problem."""
    return f"lakip: 1 problem in the input:\n  - {line}\n"


# ---------------------------------------------------------------- builders


def _folder(year_dir: Path) -> Path:
    year_dir.mkdir(parents=True, exist_ok=True)
    return year_dir


def _source(year_dir: Path, name: str, sheets: dict[str, list[list]]) -> Path:
    """A good workbook to damage, written beside the year folder (not in it)."""
    return make_workbook(_folder(year_dir).parent / f"source-{name}", sheets)


def workbook(name: str, sheets: dict[str, list[list]], **options) -> Callable[[Path], None]:
    """A builder writing one real .xlsx (see :func:`workbooks.make_workbook`)."""

    def build(year_dir: Path) -> None:
        make_workbook(_folder(year_dir) / name, sheets, **options)

    return build


def rewritten(name: str, sheets: dict[str, list[list]], member: str, change: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    """A builder writing an .xlsx with one zip member's bytes passed through ``change``."""

    def build(year_dir: Path) -> None:
        source = _source(year_dir, name, sheets)
        assert member in member_names(source), f"{member} is not in {source.name}: the case would test nothing"
        rewrite_member(source, year_dir / name, member, change)

    return build


def file_bytes(name: str, data: bytes | Callable[[Path], bytes]) -> Callable[[Path], None]:
    """A builder writing ``data`` (or what ``data(year_dir)`` makes) under ``name``."""

    def build(year_dir: Path) -> None:
        _folder(year_dir)
        (year_dir / name).write_bytes(data(year_dir) if callable(data) else data)

    return build


def damaged(name: str, sheets: dict[str, list[list]], damage: Callable[[bytes, zipfile.ZipInfo], bytes]) -> Callable[[Path], bytes]:
    """The bytes of a workbook passed through ``damage(data, sheet_member_info)``."""

    def make(year_dir: Path) -> bytes:
        source = _source(year_dir, name, sheets)
        with zipfile.ZipFile(source) as archive:
            sheet = archive.getinfo("xl/worksheets/sheet1.xml")
        return damage(source.read_bytes(), sheet)

    return make


def _zero_middle_of(data: bytes, member: zipfile.ZipInfo) -> bytes:
    """64 bytes of a member's compressed data zeroed, as a bad disk or copy leaves it."""
    name_length, extra_length = struct.unpack("<HH", data[member.header_offset + 26: member.header_offset + 30])
    start = member.header_offset + 30 + name_length + extra_length + member.compress_size // 2 - 32
    return data[:start] + bytes(64) + data[start + 64:]


def _first_half(data: bytes, _member: zipfile.ZipInfo) -> bytes:
    return data[: len(data) // 2]


def write_zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> Path:
    """Write a zip of raw deflate streams by hand: ``(name, stream, uncompressed size, crc32)`` each.

    zipfile cannot store a stream it did not compress, nor a size the stream
    does not have; a crafted archive needs both.
    """
    body, directory = bytearray(), bytearray()
    for name, stream, size, crc in members:
        encoded = name.encode()
        offset = len(body)
        # version 2.0, no flags, deflate, fixed DOS time 1980-01-01
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(stream), size, len(encoded), 0) + encoded + stream
        directory += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(stream), size,
                                 len(encoded), 0, 0, 0, 0, 0, offset) + encoded
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(directory), len(body), 0)
    path.write_bytes(bytes(body + directory + end))
    return path


def zipped(members: dict[str, bytes]) -> bytes:
    """A plain zip archive of ``members``, as bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _deflated(data: bytes) -> tuple[bytes, int, int]:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(), len(data), zlib.crc32(data)


#: a row of one text cell, which a sheet can repeat millions of times (rows without a number follow the one before)
_ROW = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'


def _padded(xml: bytes, mebibytes: int, rows: bool = False) -> tuple[bytes, int, int]:
    """A deflate stream of ``xml`` followed by ``mebibytes`` MiB of spaces (still well-formed XML); with ``rows``,
    the MiB are rows of a text cell inside the sheet's data, which a reader parses (and keeps) rather than skips.

    Each MiB is flushed to its own byte-aligned block with the window reset,
    so every block is the same bytes: a 3 GiB stream is made in well under a second.
    """
    head_xml, tail_xml = xml.split(b"</sheetData>") if rows else (xml, b"")
    tail_xml = b"</sheetData>" + tail_xml if rows else b""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = compressor.compress(head_xml) + compressor.flush(zlib.Z_FULL_FLUSH)
    filler = _ROW * (MiB // len(_ROW)) if rows else b" " * MiB
    block = compressor.compress(filler) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = zlib.crc32(head_xml)
    for _ in range(mebibytes):
        crc = zlib.crc32(filler, crc)
    crc = zlib.crc32(tail_xml, crc)
    stream = head + block * mebibytes + compressor.compress(tail_xml) + compressor.flush()
    return stream, len(head_xml) + mebibytes * len(filler) + len(tail_xml), crc


def zip_bomb(name: str, sheets: dict[str, list[list]], *, mebibytes: int = 3072, lying: bool = False,
             rows: bool = False) -> Callable[[Path], None]:
    """A workbook whose sheet XML unpacks to ``mebibytes`` MiB from a ~1000 times smaller file.

    Honest, the archive declares its size; ``lying``, the sheet declares only
    the size (and CRC) of its real XML, so that a reader trusting the
    declaration unpacks gigabytes. ``rows``: the padding is rows of cells
    (see :func:`_padded`), which a reader reads into memory.
    """

    def build(year_dir: Path) -> None:
        with zipfile.ZipFile(_source(year_dir, name, sheets)) as archive:
            members = [(info.filename, archive.read(info)) for info in archive.infolist()]
        raw = []
        for member, data in members:
            if member == "xl/worksheets/sheet1.xml":
                stream, size, crc = _padded(data, mebibytes, rows)
                raw.append((member, stream, len(data), zlib.crc32(data)) if lying else (member, stream, size, crc))
            else:
                raw.append((member, *_deflated(data)))
        write_zip(year_dir / name, raw)

    return build


# A "billion laughs": each entity is ten of the one before; &lol9; is 10^9 "lol"s, 3 GB.
BILLION_LAUGHS = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE worksheet [\n<!ENTITY lol0 "lol">\n'
                  + b"".join(b'<!ENTITY lol%d "%s">\n' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(1, 10))
                  + b"]>\n")


def _laughing(sheet_xml: bytes) -> bytes:
    """The sheet with the billion laughs declared, and its first text cell holding &lol9;."""
    start = sheet_xml.index(b"<t>") + 3
    return BILLION_LAUGHS + sheet_xml[:start] + b"&lol9;" + sheet_xml[sheet_xml.index(b"</t>", start):]


_XXE = b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


def _stray_last_row(sheet_xml: bytes) -> bytes:
    """The sheet with a stray "x" in A1048576 (the used range then reaches Excel's last row)."""
    stray = f'<row r="{LAST_ROW}"><c r="A{LAST_ROW}" t="inlineStr"><is><t>x</t></is></c></row>'.encode()
    head, tail = sheet_xml.split(b"</sheetData>")
    head = re.sub(rb'<dimension ref="A1:([A-Z]+)[0-9]+"', rb'<dimension ref="A1:\g<1>%d"' % LAST_ROW, head)  # as Excel declares it
    return head + stray + b"</sheetData>" + tail


def declared_to_last_row(year_dir: Path) -> None:
    """A good roster whose sheet declares the range A1:XFD1048576 (17 billion cells) for its 3 rows."""
    rewritten("pegawai.xlsx", STAFF, "xl/worksheets/sheet1.xml",
              lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD%d"' % LAST_ROW, xml))(year_dir)


def filled_to_last_row(year_dir: Path) -> None:
    """A valid roster of 1,048,575 employees: every row of the sheet used (a 250 MB sheet, a 17 MB file).

    Each NIP is unique and consistent (a birth date from 1960 on, 1990 appointment,
    the sex digit matching JK); 2,000 employees share each birth date.
    """
    dates = [(dt.date(1960, 1, 1) + dt.timedelta(days=day)).strftime("%Y%m%d") for day in range(LAST_ROW // 2000 + 1)]

    def row(r: int) -> str:
        day, rest = divmod(r - 2, 2000)
        sex, serial = divmod(rest, 1000)
        return (f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{dates[day]}199003{sex + 1}{serial:03d}</t></is></c>'
                f'<c r="B{r}" t="inlineStr"><is><t>{"LP"[sex]}</t></is></c><c r="C{r}" t="inlineStr"><is><t>III/a</t></is></c>'
                f'<c r="D{r}" t="inlineStr"><is><t>Pelaksana</t></is></c></row>')

    rows = "".join([row(r) for r in range(2, LAST_ROW + 1)]).encode()
    rewritten("pegawai.xlsx", {"Data": [["NIP", "JK", "GOL", "JENIS JABATAN"]]}, "xl/worksheets/sheet1.xml",
              lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:D%d"' % LAST_ROW, xml)
              .replace(b"</sheetData>", rows + b"</sheetData>"))(year_dir)


# ---------------------------------------------------------------- a password-protected workbook

_FREE, _END, _FAT_SECTOR, _NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _directory_entry(name: str, kind: int, black: bool, *, right: int = _NO_STREAM, child: int = _NO_STREAM,
                     start: int = _END, size: int = 0) -> bytes:
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return struct.pack("<64sHBBIII16sIQQIQ", encoded, len(encoded), kind, int(black), _NO_STREAM, right, child, b"", 0, 0, 0, start, size)


def compound_file(streams: list[tuple[str, bytes]]) -> bytes:
    """An OLE compound file (version 3, 512-byte sectors) holding up to three ``streams`` of 4096 bytes or more.

    The container Excel writes a password-protected .xlsx into: one FAT
    sector, one directory sector (the root and the streams, the first stream
    the black root of the name tree and the others its red right chain, so
    ``streams`` must be in name order: shorter names first), then the streams.
    """
    fat, directory, data = [_FAT_SECTOR, _END], [_directory_entry("Root Entry", 5, True, child=1)], b""
    for number, (name, stream) in enumerate(streams, start=1):
        sectors = -(-len(stream) // 512)
        start = len(fat)
        fat += [*range(start + 1, start + sectors), _END]
        directory.append(_directory_entry(name, 2, number == 1, right=number + 1 if number < len(streams) else _NO_STREAM,
                                          start=start, size=len(stream)))
        data += stream.ljust(sectors * 512, b"\0")
    directory += [_directory_entry("", 0, False)] * (4 - len(directory))
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"", 0x3E, 3, 0xFFFE, 9, 6, b"",
                         0, 1, 1, 0, 4096, _END, 0, _END, 0) + struct.pack("<109I", 0, *[_FREE] * 108)
    return header + struct.pack("<128I", *fat, *[_FREE] * (128 - len(fat))) + b"".join(directory) + data


def encrypted_workbook() -> bytes:
    """A workbook as Excel saves it with a password: an agile EncryptionInfo and an EncryptedPackage."""
    info = (b"\x04\x00\x04\x00\x40\x00\x00\x00"
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" '
            b'keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" '
            b'saltValue="Z2FyYW1zYWx0Z2FyYW1zYQ=="/></encryption>').ljust(4096, b"\0")
    package = struct.pack("<Q", 8000) + random.Random(YEAR).randbytes(8192)  # the size of the plain workbook, then ciphertext
    return compound_file([("EncryptionInfo", info), ("EncryptedPackage", package)])


def dangling_link(name: str) -> Callable[[Path], None]:
    """A builder leaving ``name`` as a link to a file that is gone (a share not mounted), beside a good budget."""

    def build(year_dir: Path) -> None:
        make_workbook(_folder(year_dir) / "anggaran.xlsx", {"Data": [BUDGET, ["1", "Program", 10, 9]]})
        (year_dir / name).symlink_to(year_dir.parent / "unmounted-share" / name)

    return build


def in_another_year(year_dir: Path) -> None:
    make_workbook(_folder(year_dir.parent / str(YEAR - 1)) / "anggaran.xlsx", {"Data": [BUDGET, ["1", "Program", 10, 9]]})


def only_a_note(year_dir: Path) -> None:
    (_folder(year_dir) / "catatan.txt").write_text("Data menyusul.\n", encoding="utf-8")


def two_staff_files(year_dir: Path) -> None:
    for name in ("pegawai.xlsx", "pegawai_revisi.xlsx"):
        make_workbook(_folder(year_dir) / name, {"Data": [SHORT, employee()]})


def without_the_sheet(year_dir: Path) -> None:
    source = _source(year_dir, "pegawai.xlsx", {"Data": [SHORT, employee()]})
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(year_dir / "pegawai.xlsx", "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                new.writestr(info, old.read(info))


# ---------------------------------------------------------------- the cases

_FORMULA_HINT = "got 'a formula with no saved result', expected values: open the file in Excel and save it, so formulas are calculated"
_BOMB = "expected at most 2,048 MB unpacked (limits.max_uncompressed_mb): this looks like a zip bomb"
_LYING = "expected archive members no larger than they declare ({:,} bytes for this one): this looks like a zip bomb"
_ENTITIES = "expected a workbook without XML entity declarations (such files can expand to gigabytes)"
_COMPLETE = "expected a complete workbook: export or copy it again"

CASES = [
    # ---------------------------------------------------------- the year folder
    Case("year-folder-missing", "year", in_another_year,
         ("lakip: 1 problem in the input:\n  - /", f"/raw/{YEAR}: expected a folder of input files for {YEAR} under /", "/raw\n")),
    Case("year-folder-without-data", "year", only_a_note,
         (one_problem(f"{YEAR}: expected at least one of pegawai*.xlsx (.xls, .xlsb, .ods, .csv), kinerja*.xlsx (.xls, .xlsb, .ods, .csv), "
                      "anggaran*.xlsx (.xls, .xlsb, .ods, .csv), sarana*.xlsx (.xls, .xlsb, .ods, .csv); the files there are named "
                      "otherwise: catatan.txt"),)),
    # ---------------------------------------------------------- staff
    Case("staff-file-missing", "staff", dangling_link("pegawai.xlsx"),
         ("lakip: 1 problem in the input:\n  - pegawai.xlsx: expected an existing file (looked for ",)),
    Case("staff-two-files", "staff", two_staff_files,
         (one_problem(f"{YEAR}: expected one pegawai* file, found pegawai.xlsx, pegawai_revisi.xlsx"),)),
    Case("staff-sheet-missing", "staff", without_the_sheet,
         ("lakip: 1 problem in the input:\n  - pegawai.xlsx, sheet 'Data': expected a readable sheet",)),
    Case("staff-empty-sheet", "staff", workbook("pegawai.xlsx", {"Pegawai": []}),
         (one_problem("pegawai.xlsx, sheet 'Pegawai': got 'an empty sheet', expected a table with a header row"),)),
    Case("staff-no-header", "staff", workbook("pegawai.xlsx", {"Data": [["Daftar Pegawai 2024"], ["Budi", "Kepala"], ["Sari", "Staf"]]}),
         ("lakip: 1 problem in the input:\n  - pegawai.xlsx, sheet 'Data': expected a header row with column names such as 'NIP'",
          "in the first 40 rows\n")),
    # a roster whose golongan stands under a header no spelling names: asked for by its column (without one it is read)
    Case("staff-golongan-unnamed", "staff",
         workbook("pegawai.xlsx", {"Data": [SHORT[:3] + ["Ruang Terakhir"] + SHORT[4:], employee()]}),
         ("lakip: 1 problem in the input:\n  - pegawai.xlsx, sheet 'Data', cell D1, column 'Ruang Terakhir': expected a column for "
          "'golongan' (a header such as ", "this column holds golongan; name it in lakip.yml: header_aliases: staff: golongan: "
          "['Ruang Terakhir']\n")),
    Case("staff-column-twice", "staff", workbook("pegawai.xlsx", {"Data": [SHORT + ["GOL. RUANG"], employee() + ["IV/a"]]}),
         (one_problem("pegawai.xlsx, sheet 'Data', cell G1: got 'GOL. RUANG', expected one column for 'golongan', not 'GOL' (D1), "
                      "'GOL. RUANG' (G1): rename the ones that are not it, or add the right header to lakip.yml header_aliases"),)),
    Case("staff-golongan-V-a", "staff", workbook("pegawai.xlsx", {"Data": [SHORT, employee(golongan="V/a")]}),
         (one_problem("pegawai.xlsx, sheet 'Data', cell D2, column 'GOL': got 'V/a', expected a golongan I/a … IV/e"),)),
    Case("staff-nip-17-digits", "staff", workbook("pegawai.xlsx", {"Data": [SHORT, employee(NIP_MALE[:-1])]}),
         (one_problem("pegawai.xlsx, sheet 'Data', cell A2, column 'NIP': got '19671110199203100', expected an 18-digit NIP (this has 17 digits)"),)),
    Case("staff-nip-19-digits", "staff", workbook("pegawai.xlsx", {"Data": [SHORT, employee(), employee(NIP_FEMALE + "7", "P")]}),
         (one_problem("pegawai.xlsx, sheet 'Data', cell A3, column 'NIP': got '1985022820100120037', expected an 18-digit NIP (this has 19 digits)"),)),
    Case("staff-nip-birth-date-does-not-exist", "staff", workbook("pegawai.xlsx", {"Data": [SHORT, employee("19670231 199203 1 001")]}),
         (one_problem("pegawai.xlsx, sheet 'Data', cell A2, column 'NIP': got '19670231 199203 1 001', "
                      "expected an NIP whose first 8 digits are a real birth date YYYYMMDD"),)),
    Case("staff-birth-date-does-not-exist", "staff",
         workbook("pegawai.xlsx", {"Data": [[*SHORT, "TANGGAL LAHIR"], [*employee(), "31-02-1967"]]}),
         (one_problem("pegawai.xlsx, sheet 'Data', cell G2, column 'TANGGAL LAHIR': got '31-02-1967', expected a real date such as 15-12-1964"),)),
    Case("staff-duplicate-nip", "staff", workbook("pegawai.xlsx", {"Data": [SHORT, employee(), employee(NIP_FEMALE, "P"), employee(name="Budi S.")]}),
         (one_problem("pegawai.xlsx, sheet 'Data', cell A4, column 'NIP': got '196711101992031001', expected a NIP used once (it is also in row 2)"),)),
    Case("staff-gender-disagrees-with-nip", "staff", workbook("pegawai.xlsx", {"Data": [SHORT, employee(NIP_FEMALE, "L")]}),
         (one_problem("pegawai.xlsx, sheet 'Data', cell C2, column 'JK': got 'L', expected Perempuan, as the NIP's 15th digit says"),)),
    Case("staff-nip-stored-as-number", "staff", workbook("pegawai.xlsx", {"Data": [SHORT, employee(int(NIP_MALE))]}),
         (one_problem("pegawai.xlsx, sheet 'Data', cell A2, column 'NIP': got 1.96711101992031e+17, "
                      "expected the NIP as text: stored as a number it loses its last digits"),)),
    Case("staff-summary-only-totals", "staff", workbook("pegawai.xlsx", {"Rekap": [["NO", "GOLONGAN", "JUMLAH"], [None, "JUMLAH", 103]]}),
         (one_problem("pegawai.xlsx, sheet 'Rekap', cell A2: expected data rows above the total row (the table has only totals)"),)),
    # a CSV named .xlsx is read as the CSV it is; this one holds golongan under a header no spelling names
    Case("staff-csv-renamed-to-xlsx", "staff", file_bytes("pegawai.xlsx", f"NIP;NAMA;RUANG TERAKHIR\n{NIP_MALE};Budi;III/a\n".encode()),
         (one_problem("pegawai.xlsx, sheet 'pegawai', cell C1, column 'RUANG TERAKHIR': expected a column for 'golongan' (a "
                      "header such as 'GOL AKHIR NAMA', 'GOL', 'GOL. RUANG'): this column holds golongan; name it in lakip.yml: "
                      "header_aliases: staff: golongan: ['RUANG TERAKHIR']"),)),
    Case("staff-zero-bytes", "staff", file_bytes("pegawai.xlsx", b""),
         (one_problem("pegawai.xlsx: got 'an empty file (0 bytes)', expected an Excel workbook"),)),
    Case("staff-password-protected", "staff", file_bytes("pegawai.xlsx", encrypted_workbook()),
         (one_problem("pegawai.xlsx: got 'a password-protected workbook', "
                      "expected the workbook saved without a password (File › Info › Protect Workbook › Encrypt)"),)),
    Case("staff-billion-laughs", "staff", rewritten("pegawai.xlsx", STAFF, "xl/worksheets/sheet1.xml", _laughing),
         (one_problem(f"pegawai.xlsx: got 'XML entities in xl/worksheets/sheet1.xml', {_ENTITIES}"),), heavy=True, seconds=10, peak_mb=256),
    Case("staff-sheet-to-row-1048576", "staff", rewritten("pegawai.xlsx", STAFF, "xl/worksheets/sheet1.xml", _stray_last_row),
         ("lakip: 4 problems in the input:\n"
          f"  - pegawai.xlsx, sheet 'Data', cell A{LAST_ROW}, column 'NIP': got 'x', expected an 18-digit NIP (this has 0 digits)\n",
          f"  - pegawai.xlsx, sheet 'Data', cell C{LAST_ROW}, column 'JK': expected L/P, Laki-laki or Perempuan\n"),
         heavy=True, seconds=10, peak_mb=1024),
    # rows past the size the sheet declares: the roster reader (fastexcel) read them all, 4 GB and more, and the
    # process died of a failed allocation (SIGABRT) under this limit. The size declared is the sheet openpyxl writes,
    # with lxml (a dependency of python-docx) since the Word document: 1,416 bytes (1,422 without lxml).
    Case("staff-zip-bomb-of-rows-declaring-less", "staff", zip_bomb("pegawai.xlsx", STAFF, mebibytes=1024, lying=True, rows=True),
         (one_problem(f"pegawai.xlsx: got 'xl/worksheets/sheet1.xml larger than declared', {_LYING.format(1416)}"),),
         heavy=True, seconds=10, peak_mb=256),
    # ---------------------------------------------------------- indicators
    Case("indicators-year-header-2023", "indicators",
         workbook("kinerja.xlsx", {"PK": [["No", "Indikator", "Satuan", "Target 2023", "Realisasi 2023"], [1, "Indeks Profesionalitas ASN", "Indeks", 60, 64]]}),
         (one_problem(f"kinerja.xlsx, sheet 'PK', cell D1: got 'Target 2023', expected columns for {YEAR} (the report's year); "
                      "this sheet has 2023"),)),
    Case("indicators-text-for-number", "indicators",
         workbook("kinerja.xlsx", {"PK": [INDICATORS, [1, "Indeks Profesionalitas ASN", "Indeks", 63, "tinggi"]]}),
         (one_problem("kinerja.xlsx, sheet 'PK', cell E2, column 'Realisasi 2024': got 'tinggi', "
                      "expected a number, optionally with its unit (88,30 %, 2 Aplikasi)"),)),
    Case("indicators-ambiguous-number", "indicators",
         workbook("kinerja.xlsx", {"PK": [INDICATORS, [1, "Persentase ASN kompeten", "%", "88.3", "90.5"],
                                          [2, "Jumlah layanan", "Layanan", "1.234", "1.500"], [3, "Rata-rata hari", "Hari", "2.5", "2.25"]]}),
         ("lakip: 2 problems in the input:\n"
          "  - kinerja.xlsx, sheet 'PK', cell D3, column 'Target 2024': got '1.234', expected an unambiguous number: "
          "this column writes decimals with a point, so 1.234 could be 1,234 or 1234\n"
          "  - kinerja.xlsx, sheet 'PK', cell E3, column 'Realisasi 2024': got '1.500', expected an unambiguous number: "
          "this column writes decimals with a point, so 1.234 could be 1,234 or 1234\n",)),
    Case("indicators-column-missing", "indicators",
         workbook("kinerja.xlsx", {"PK": [["No", "Sasaran", "Satuan", "Target 2024", "Realisasi 2024"], [1, "Meningkatnya kinerja", "%", 80, 85]]}),
         ("lakip: 1 problem in the input:\n  - kinerja.xlsx, sheet 'PK', cell A1: expected a column for 'indicator' (a header such as ",)),
    Case("indicators-formula-without-value", "indicators",
         workbook("kinerja.xlsx", {"PK": [INDICATORS + ["% Capaian"], [1, "Indeks Profesionalitas ASN", "Indeks", 63, 64.23, "=E2/D2*100"]]}),
         (one_problem(f"kinerja.xlsx, sheet 'PK', cell F2: {_FORMULA_HINT}"),)),
    Case("indicators-true-for-number", "indicators",
         workbook("kinerja.xlsx", {"PK": [INDICATORS, [1, "Aplikasi terintegrasi", "Aplikasi", 2, True]]}),
         (one_problem("kinerja.xlsx, sheet 'PK', cell E2, column 'Realisasi 2024': got True, "
                      "expected a number, optionally with its unit (88,30 %, 2 Aplikasi)"),)),
    Case("indicators-unknown-polarity", "indicators",
         workbook("kinerja.xlsx", {"PK": [INDICATORS + ["Polaritas"], [1, "Indeks Profesionalitas ASN", "Indeks", 63, 64, "Naik"]]}),
         (one_problem("kinerja.xlsx, sheet 'PK', cell F2, column 'Polaritas': got 'Naik', expected Positif, Negatif or Ordinal"),)),
    Case("indicators-grade-outside-scale", "indicators",
         workbook("kinerja.xlsx", {"PK": [INDICATORS, [1, "Nilai SAKIP", "Predikat", "BB", "Baik Sekali"]]}),
         (one_problem("kinerja.xlsx, sheet 'PK', cell E2, column 'Realisasi 2024': got 'Baik Sekali', "
                      "expected a grade of the indicator's scale (AA, A, BB, B, CC, C, D) or a number"),)),
    Case("indicators-truncated-zip", "indicators", file_bytes("kinerja.xlsx", damaged("kinerja.xlsx", {"PK": [INDICATORS]}, _first_half)),
         (one_problem(f"kinerja.xlsx: got 'a damaged or truncated file (File is not a zip file)', {_COMPLETE}"),)),
    Case("indicators-corrupted-zip", "indicators",
         file_bytes("kinerja.xlsx", damaged("kinerja.xlsx", {"PK": [INDICATORS, *[[n, f"Indikator {n}", "%", 80, 85] for n in range(1, 40)]]},
                                            _zero_middle_of)),
         # the reader's reason (a bad CRC, an invalid deflate block) depends on the bytes hit
         ("lakip: 1 problem in the input:\n  - kinerja.xlsx: got '", f", {_COMPLETE}\n")),
    Case("indicators-html-saved-as-xls", "indicators",
         file_bytes("kinerja.xls", b"<html><body><table><tr><td>Indikator</td><td>Target 2024</td></tr></table></body></html>"),
         # read as the HTML table it is (lakip_lib/loading/plainfiles.py): a header and no indicator under it
         (one_problem("kinerja.xls, sheet 'Tabel 1', cell A2: expected indicator rows under the header"),)),
    # ---------------------------------------------------------- budget
    Case("budget-negative", "budget", workbook("anggaran.xlsx", {"Data": [BUDGET, ["1", "Program", -5000, 100]]}),
         (one_problem("anggaran.xlsx, sheet 'Data', cell C2, column 'Anggaran': got -5000, expected an amount of zero or more"),)),
    Case("budget-realisation-without-budget", "budget",
         workbook("anggaran.xlsx", {"Data": [BUDGET, ["1", "Program", 100, 90], ["1.1", "Kegiatan A", 60, 50], ["1.2", "Kegiatan B", "-", 40]]}),
         (one_problem("anggaran.xlsx, sheet 'Data', cell C4, column 'Anggaran': expected a budget (anggaran) for a row that states a realisation"),)),
    Case("budget-only-subtotals", "budget", workbook("anggaran.xlsx", {"Data": [BUDGET, [None, "Sub Total", 10, 2], [None, "JUMLAH", 10, 2]]}),
         (one_problem("anggaran.xlsx, sheet 'Data', cell A2: expected program and kegiatan rows (the table has only total rows)"),)),
    Case("budget-text-for-number", "budget", workbook("anggaran.xlsx", {"Data": [BUDGET, ["1", "Program", "sepuluh juta", 9]]}),
         (one_problem("anggaran.xlsx, sheet 'Data', cell C2, column 'Anggaran': got 'sepuluh juta', "
                      "expected a number such as 1.234.567, 88,30 or Rp 1.234"),)),
    Case("budget-ambiguous-number", "budget",
         workbook("anggaran.xlsx", {"Data": [BUDGET + ["%"], ["1", "Program", 100, 90, "90.0"], ["1.1", "Kegiatan", 100, 90, "1.234"]]}),
         (one_problem("anggaran.xlsx, sheet 'Data', cell E3, column '%': got '1.234', expected an unambiguous number: "
                      "this column writes decimals with a point, so 1.234 could be 1,234 or 1234"),)),
    Case("budget-number-written-the-other-way", "budget",
         workbook("anggaran.xlsx", {"Data": [BUDGET, ["1", "Program", "1.000.000,50", 9], ["2", "Program", "2500.75", 2], ["3", "Program", "3.000,25", 1]]}),
         (one_problem("anggaran.xlsx, sheet 'Data', cell C3, column 'Anggaran': got '2500.75', expected the same number style "
                      "as the rest of the column (1.234,56)"),)),
    Case("budget-date-for-amount", "budget",
         workbook("anggaran.xlsx", {"Data": [BUDGET, ["1", "Program", 100, dt.date(2024, 12, 31)]]}),
         ("lakip: 1 problem in the input:\n  - anggaran.xlsx, sheet 'Data', cell D2, column 'Realisasi': got 2024-12-31", "expected a number\n")),
    Case("budget-year-header-2023", "budget",
         workbook("anggaran.xlsx", {"Data": [["Kode", "Uraian", "Anggaran 2023", "Realisasi 2023"], ["1", "Program", 10, 9]]}),
         ("lakip: 2 problems in the input:\n"
          f"  - anggaran.xlsx, sheet 'Data', cell C1: got 'Anggaran 2023', expected a column for {YEAR} (the report's year); this sheet has 2023\n"
          f"  - anggaran.xlsx, sheet 'Data', cell D1: got 'Realisasi 2023', expected a column for {YEAR} (the report's year); this sheet has 2023\n",)),
    Case("budget-column-twice", "budget", workbook("anggaran.xlsx", {"Data": [BUDGET + ["Pagu"], ["1", "Program", 10, 9, 10]]}),
         (one_problem("anggaran.xlsx, sheet 'Data', cell E1: got 'Pagu', expected one column for 'budget', not 'Anggaran' (C1), 'Pagu' (E1): rename the ones that are not it, or add the right header to lakip.yml header_aliases"),)),
    Case("budget-formula-without-value", "budget",
         workbook("anggaran.xlsx", {"Data": [BUDGET + ["Sisa"], ["1", "Program", 10, 9, "=C2-D2"]]}),
         (one_problem(f"anggaran.xlsx, sheet 'Data', cell E2: {_FORMULA_HINT}"),)),
    Case("budget-xlsx-named-xls", "budget", workbook("anggaran.xls", {"Data": [BUDGET, ["1", "Program", 10, 9]]}),
         (one_problem("anggaran.xls: got 'an .xlsx workbook named .xls', expected the file renamed to .xlsx"),)),
    Case("budget-zip-bomb", "budget", zip_bomb("anggaran.xlsx", {"Data": [BUDGET, ["1", "Program", 10, 9]]}),
         (one_problem(f"anggaran.xlsx: got 'an archive that unpacks to 3,072 MB', {_BOMB}"),), heavy=True, seconds=10, peak_mb=256),
    Case("budget-zip-bomb-declaring-less", "budget", zip_bomb("anggaran.xlsx", {"Data": [BUDGET, ["1", "Program", 10, 9]]}, lying=True),
         (one_problem(f"anggaran.xlsx: got 'xl/worksheets/sheet1.xml larger than declared', {_LYING.format(850)}"),),
         heavy=True, seconds=10, peak_mb=256),

    # ---------------------------------------------------------- assets
    Case("assets-empty-sheet", "assets", workbook("sarana.xlsx", {"Sarana": []}),
         (one_problem("sarana.xlsx, sheet 'Sarana': got 'an empty sheet', expected a table with a header row"),)),
    Case("assets-no-header", "assets", workbook("sarana.xlsx", {"Sarana": [["Daftar Sarana"], ["Meja", 10], ["Kursi", 20]]}),
         (one_problem("sarana.xlsx, sheet 'Sarana': expected a header row with column names such as 'Sarana' in the first 40 rows"),)),
    Case("assets-no-count-columns", "assets", workbook("sarana.xlsx", {"Sarana": [["NO", "SARANA", "KET"], [1, "Meja", "Cukup"]]}),
         (one_problem("sarana.xlsx, sheet 'Sarana', cell A1: expected count columns: 'Baik' and 'Rusak' (under KONDISI), "
                      "'Mencukupi' and 'Kurang' (under JUMLAH), or one row per item with its 'Kondisi' (B, KB, RB)"),)),
    Case("assets-text-for-count", "assets", workbook("sarana.xlsx", {"Sarana": [ASSETS, [1, "Meja", "banyak", 0]]}),
         (one_problem("sarana.xlsx, sheet 'Sarana', cell C2, column 'Baik': got 'banyak', expected a number such as 1.234.567, 88,30 or Rp 1.234"),)),
    Case("assets-negative-count", "assets", workbook("sarana.xlsx", {"Sarana": [ASSETS, [1, "Meja", 10, -2]]}),
         (one_problem("sarana.xlsx, sheet 'Sarana', cell D2, column 'Rusak': got -2, expected an amount of zero or more"),)),
    Case("assets-only-total-row", "assets", workbook("sarana.xlsx", {"Sarana": [ASSETS, [None, "Jumlah", 10, 2]]}),
         (one_problem("sarana.xlsx, sheet 'Sarana', cell A2: expected one row per item under the header"),)),
    Case("assets-ambiguous-count", "assets",
         workbook("sarana.xlsx", {"Sarana": [ASSETS, [1, "Meja", "12.5", 0], [2, "Kertas (rim)", "1.200", 0], [3, "Tinta (liter)", "2.5", 0]]}),
         # counts of items are whole, so the decimals that set the convention are problems too
         ("lakip: 3 problems in the input:\n",
          "  - sarana.xlsx, sheet 'Sarana', cell C3, column 'Baik': got '1.200', expected an unambiguous number: "
          "this column writes decimals with a point, so 1.234 could be 1,234 or 1234\n",
          "  - sarana.xlsx, sheet 'Sarana', cell C2, column 'Baik': got '12.5', expected a whole number of items\n",
          "  - sarana.xlsx, sheet 'Sarana', cell C4, column 'Baik': got '2.5', expected a whole number of items\n")),
    Case("assets-fractional-count", "assets", workbook("sarana.xlsx", {"Sarana": [ASSETS, [1, "Meja", "2,5", 0]]}),
         (one_problem("sarana.xlsx, sheet 'Sarana', cell C2, column 'Baik': got '2,5', expected a whole number of items"),)),
    Case("assets-item-without-name", "assets", workbook("sarana.xlsx", {"Sarana": [ASSETS, [1, "Meja", 10, 0], [2, None, 4, 1]]}),
         (one_problem("sarana.xlsx, sheet 'Sarana', cell B3, column 'Sarana': expected the name of the item"),)),
    Case("assets-zip-not-a-workbook", "assets",
         file_bytes("sarana.xlsx", lambda _: zipped({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})),
         (one_problem("sarana.xlsx: got 'a zip archive that is not a spreadsheet', "
                      "expected an Excel workbook (.xlsx, .xlsb) or an OpenDocument spreadsheet (.ods)"),)),
    Case("assets-external-entity", "assets",
         rewritten("sarana.xlsx", {"Sarana": [ASSETS, [1, "Meja", 10, 0]]}, "xl/workbook.xml", lambda xml: _XXE + xml.split(b"?>", 1)[-1]),
         (one_problem(f"sarana.xlsx: got 'XML entities in xl/workbook.xml', {_ENTITIES}"),)),
]

CASES_BY_ID = {case.id: case for case in CASES}


# ---------------------------------------------------------------- running lakip


@dataclass(frozen=True)
class Run:
    """How one ``lakip`` process ended, and what it cost."""

    code: int
    stdout: str
    stderr: str
    seconds: float  # wall time
    cpu_seconds: float  # user and system time of the process and the children it waited for
    peak_mb: float  # the largest resident memory of the process itself (NaN if it was killed)


# At exit, the process's own peak resident memory since exec (VmHWM). Not ru_maxrss: a child made by
# vfork and exec is charged the high-water mark of the address space it borrowed, its parent's.
_PEAK = """
import atexit

def _peak(path):
    with open("/proc/self/status") as status, open(path, "w") as out:
        out.write(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
"""


def lakip_command(argv: list[str], memory_limit: int | None = None, peak_to: Path | None = None) -> list[str]:
    """The command line of ``lakip argv`` (what the console script runs). With ``memory_limit``, the
    process may map at most that many bytes; with ``peak_to``, it writes its peak memory (kB) there at exit."""
    code = ["import resource, sys"]
    if memory_limit is not None:
        code.append(f"resource.setrlimit(resource.RLIMIT_AS, ({memory_limit}, {memory_limit}))")
    if peak_to is not None:
        code += [_PEAK, f"atexit.register(_peak, {str(peak_to)!r})"]
    code.append("from lakip_lib.cli import main; sys.exit(main())")
    return [sys.executable, "-c", "\n".join(code), *argv]


def as_in_a_terminal() -> None:
    """``preexec_fn`` for a command a test stops with SIGINT, as Ctrl-C in a terminal does.

    A shell without job control starts its background commands with SIGINT ignored (a test run started with ``&``,
    some CI runners), every process after inherits that, and a Python started so never turns SIGINT into
    KeyboardInterrupt: the signal would be lost before the kit could handle it.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_lakip(argv: list[str], *, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120.0,
              memory_limit: int | None = None) -> Run:
    """Run ``lakip argv`` in its own process and wait for it, killing it after ``timeout`` seconds.

    The process is reaped with ``wait4``, which gives the CPU time of that
    process alone (``getrusage(RUSAGE_CHILDREN)`` would add every child the
    test process ever had).
    """
    with open(os.devnull, "rb") as stdin, tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr, \
            tempfile.TemporaryDirectory() as scratch:
        peak = Path(scratch) / "peak"
        started = time.perf_counter()
        process = subprocess.Popen(lakip_command(argv, memory_limit, peak), cwd=cwd, env=env, stdin=stdin, stdout=stdout, stderr=stderr)
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - started > timeout:
                process.kill()  # not reaped yet, so the pid is still this process
                _, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.01)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        stdout.seek(0)
        stderr.seek(0)
        peak_mb = int(peak.read_text()) / 1024 if peak.is_file() else float("nan")
        return Run(process.returncode, stdout.read().decode(), stderr.read().decode(), seconds,
                   usage.ru_utime + usage.ru_stime, peak_mb)


# ---------------------------------------------------------------- watching a run

_SITECUSTOMIZE = """\
# Written by tests/corpus.py: records, in every Python process of a lakip run,
# opens of files under LAKIP_AUDIT_GUARDED, changes to them, and network use.
import os
import sys


def _install():
    guarded = os.path.realpath(os.environ["LAKIP_AUDIT_GUARDED"])
    log = os.environ["LAKIP_AUDIT_LOG"]
    writing = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
    changes = {"os.rename", "os.remove", "os.rmdir", "os.chmod", "os.chown", "os.utime", "os.truncate", "os.link",
               "os.symlink", "os.mkdir", "shutil.rmtree", "shutil.move", "shutil.copyfile", "shutil.copytree"}
    network = {"socket.connect", "socket.sendto", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
               "socket.gethostbyaddr", "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect",
               "webbrowser.open"}
    local = {"localhost", "127.0.0.1", "::1", "0.0.0.0", "", None}
    busy = []

    def under(path, dir_fd=None):
        if not isinstance(path, (str, bytes, os.PathLike)):
            return False
        path = os.fsdecode(path)
        if dir_fd is not None and dir_fd >= 0 and not os.path.isabs(path):  # relative to an open folder (rmtree), not the cwd
            try:
                path = os.path.join(os.readlink(f"/proc/self/fd/{dir_fd}"), path)
            except OSError:
                return False
        real = os.path.realpath(path)
        return real == guarded or real.startswith(guarded + os.sep)

    def folder_fd(event, args):
        # os.remove, os.rmdir, os.mkdir … report (path, [mode,] dir_fd): the last argument, when an int
        return args[-1] if event in ("os.remove", "os.rmdir", "os.mkdir") and isinstance(args[-1], int) else None

    def host(event, args):
        if event in ("socket.connect", "socket.sendto"):
            address = args[1]
            return address[0] if isinstance(address, tuple) else None  # a str or bytes address is a local socket file
        if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex", "socket.gethostbyaddr"):
            return os.fsdecode(args[0]) if isinstance(args[0], (str, bytes)) else args[0]
        if event in ("http.client.connect", "ftplib.connect", "smtplib.connect"):
            return args[1]
        return "?"  # a URL request or a browser: never expected

    def record(kind, detail):
        fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, f"{os.getpid()}\\t{kind}\\t{detail}\\n".encode("utf-8", "backslashreplace"))
        finally:
            os.close(fd)

    def hook(event, args):
        if busy or not (event == "open" or event in changes or event in network):
            return
        busy.append(event)
        try:
            if event == "open" and under(args[0]):
                record("write" if args[2] & writing else "read", os.fsdecode(args[0]))
            elif event in changes and any(under(a, folder_fd(event, args)) for a in args):
                record("change", f"{event} {args!r}")
            elif event in network and host(event, args) not in local:
                record("network", f"{event} {args!r}")
        finally:
            busy.pop()

    sys.addaudithook(hook)


_install()
"""


def observed(folder: Path, guarded: Path, env: dict[str, str] | None = None) -> tuple[dict[str, str], Path]:
    """An environment whose Python processes record what they do to ``guarded`` and to the network.

    Returns the environment and the log :func:`audit_events` reads.
    """
    hook = folder / "audit-hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
    log = folder / "audit.log"
    log.touch()
    env = dict(os.environ if env is None else env)
    env.update(PYTHONPATH=os.pathsep.join(filter(None, [str(hook), env.get("PYTHONPATH")])),
               LAKIP_AUDIT_GUARDED=str(guarded), LAKIP_AUDIT_LOG=str(log))
    return env, log


def audit_events(log: Path) -> list[tuple[int, str, str]]:
    """``(pid, kind, detail)`` of each event recorded: kind is read, write, change or network."""
    return [(int(pid), kind, detail) for pid, kind, detail in
            (line.split("\t", 2) for line in log.read_text(encoding="utf-8").splitlines())]


# ---------------------------------------------------------------- a watched build of the sample

#: the bundled sample: lakip.yml, narasi/, 2024/
SAMPLE = Path(__file__).resolve().parent.parent / "data" / "raw"


@dataclass
class Build:
    """A ``lakip build`` run: its folders, how it ended, the raw folder's state before and after, what it did."""

    data: Path
    out: Path
    run: Run
    raw_before: dict[str, tuple[str, int, int]]
    raw_after: dict[str, tuple[str, int, int]]
    events: list[tuple[int, str, str]]


def state(folder: Path) -> dict[str, tuple[str, int, int]]:
    """Every file, link and folder under ``folder``: SHA-256 (or what it is), modification time (ns), permissions."""
    found = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        content = (f"link to {os.readlink(path)}" if path.is_symlink() else
                   hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder")
        found[path.relative_to(folder).as_posix()] = (content, info.st_mtime_ns, stat.S_IMODE(info.st_mode))
    return found


def sample_copy(folder: Path) -> Path:
    """A copy of the bundled sample at ``folder``."""
    shutil.copytree(SAMPLE, folder, ignore=shutil.ignore_patterns("README.md"))
    return folder


def _permissions(folder: Path, change: Callable[[int], int]) -> None:
    for path in [folder, *folder.rglob("*")]:
        path.chmod(change(path.stat().st_mode))


def watched_build(root: Path, data: Path, out: Path, argv: list[str]) -> Build:
    """``lakip build argv`` on ``data`` into ``out``, its processes observed (:func:`observed`), ``data``
    read-only while it runs (a guard for anyone but root; root is caught by the observer)."""
    no_write = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    _permissions(data, lambda mode: mode & ~no_write)
    before = state(data)
    env, log = observed(root, data)
    try:
        run = run_lakip(["build", *argv, "--data", str(data), "--out", str(out)], cwd=root, env=env, timeout=300)
    finally:
        after = state(data)
        _permissions(data, lambda mode: mode | stat.S_IWUSR)
    return Build(data, out, run, before, after, audit_events(log))
