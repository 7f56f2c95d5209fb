"""The role of each row around a table's body: what is data and where the table ends.

Rows that are not data, seen in real exports and published tables:

- the column-number row under the header: ``(1) (2) (3)``, ``1 2 3 … 5=3-4
  6=4/3x100``;
- blank rows inside the body (skipped) and a run of them before another table;
- the end of the table: a footer (``Sumber: …``, ``Keterangan``, ``Catatan``,
  ``*) …``), a signature block (``Mengetahui``, ``Kepala Dinas …``, ``NIP …``,
  ``Bengkulu, 29 Januari 2025``, a Perjanjian Kinerja's ``PIHAK KEDUA,`` /
  ``PIHAK KESATU,``), a web table's pager copied with it (``Showing 1 to 8 of
  8 entries``, ``Previous 1 Next``), or the title or header of the next table;
  the header repeated with one label changed, or right after a grand total,
  is the next table's (the same header again elsewhere is a page break);
- total and subtotal rows (``Jumlah``, ``TOTAL``, ``Sub-jumlah``), which the
  loaders set aside as stated totals.

Decided column by column: a roster of a million rows is a few vector
operations; only rows of at most :data:`FEW` values are looked at one by one.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ...domain import empty_list_phrases
from ..parse import blank_mask, clean_text, header_key, is_text_column, mask_by_unique
from ..workbook import is_blank

#: rows of at most this many values may be a footer, a signature line or a title
FEW = 3

#: a source, a note or a legend under a table ('Keterangan Kondisi: B (Baik), RR (Rusak Ringan) …' under a DBR)
_FOOTER = re.compile(r"^(?:sumber(?!\s*daya)|source|keterangan(?:\s+[a-z]+){0,2}\s*:|ket\s*[:.]|catatan|\*+\s*\)?|note\s*:)",
                     re.IGNORECASE)
_SIGNATURE = re.compile(
    r"^(?:mengetahui|menyetujui|diketahui|disetujui|an\.|a\.n\.|plt\.?\s|plh\.?\s|pj\.?\s|"
    r"nip\.?\s*[:.]?\s*\d|nip\.?\s*$|"
    r"pihak\s+(?:kesatu|pertama|kedua)\s*[,:]?$|"
    r"(?:disusun|dievaluasi|diperiksa|dibuat)(?:\s+oleh)?\s*[,:]?$|"
    r"(?:kepala|sekretaris|camat|direktur|bupati|wali\s*kota|walikota|gubernur|inspektur|lurah|ketua|"
    r"pengguna\s+anggaran|kuasa\s+pengguna|pejabat\s+penatausahaan|bendahara)\b.*[^0-9]$|"
    r"(?:pembina|penata|pengatur|juru)(?:\s+(?:utama|tingkat|muda|madya))*\s*(?:tk\.?\s*i|\(?\s*[iv]+\s*/\s*[a-e]\s*\)?)?\s*$|"
    r"[a-z .'-]+,\s*\d{1,2}\s+[a-z]+\s+\d{4}$|[a-z .'-]+,\s*[a-z]+\s+\d{4}$)",
    re.IGNORECASE)
_TITLE = re.compile(r"^(?:tabel|table|lampiran|gambar|grafik)\b", re.IGNORECASE)
#: a web data grid's pager under its rows, as DataTables prints it in English or Indonesian: the count of the rows shown
#: ('Showing 1 to 8 of 8 entries', 'Menampilkan 1 sampai 10 dari 57 data', '(filtered from 120 total entries)') or the
#: page links ('Previous 1 2 Next', 'Pertama Sebelumnya 1 Selanjutnya Terakhir')
_PAGER = re.compile(
    r"^(?:(?:showing|menampilkan)\s+\d[\d.,]*\s+(?:to|sampai|hingga|s/d|-)\s+\d[\d.,]*\s+(?:of|dari)\s+\d[\d.,]*\s+"
    r"(?:entries|entri|data|baris|records|rows)(?:\s*\(\s*(?:filtered\s+from|disaring\s+dari)\s+\d[\d.,]*\s+\w+(?:\s+\w+)?\s*\))?|"
    r"(?:(?:first|pertama|awal)\s+)?(?:previous|prev|sebelumnya)(?:\s+(?:\d+|…|\.\.\.))*\s+(?:next|selanjutnya|berikutnya)"
    r"(?:\s+(?:last|terakhir|akhir))?)$",
    re.IGNORECASE)
#: a column number, with the formula that computes the column from others after '=' or ':' (``5=3-4``, ``6 : 5x3``)
_COLUMN_NUMBER = re.compile(r"^\(?\s*(\d{1,2})\s*\)?(?:\s*[=:]\s*([\d()\s+\-x×*/:%.,a-z]+))?$", re.IGNORECASE)
#: a formula of columns: two column numbers joined by an operator (``5x3``, ``(3)x(4)``, ``7/5``)
_FORMULA = re.compile(r"\d\s*\)?\s*[x×*/+\-]\s*\(?\s*\d", re.IGNORECASE)
_TOTAL = re.compile(
    r"^(?:jumlah|total|sub\s*[-\u2010\u2011\u2013\u2014]*\s*(?:total|jumlah)|grand\s*total|jumlah\s+total)"
    r"(?:\s+(?:total|keseluruhan|seluruhnya|pegawai|anggaran|belanja|program|kegiatan|sub\s*kegiatan|urusan|akhir|"
    r"asn|pns|pppk|umum|nominatif|pendapatan|pembiayaan|penerimaan|pengeluaran|penggunaan|rupiah|rp|"
    # a BLUD's own totals, and a financial statement's totals before and after refunds (Total Belanja Bruto / Netto)
    r"blud|bruto|netto|neto|"
    # the month paid, after the total of a payment list ('TOTAL KESELURUHAN MARET')
    r"januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember))*\s*:?$",
    re.IGNORECASE,
)
#: the total of one group, named by its kind and code: "Jumlah kelompok belanja 51", "Jumlah belanja program 01",
#: "Sub Total Bidang 2" (the code is the one of the group's own row, above it)
_GROUP_TOTAL = re.compile(
    r"^(?:jumlah|total|sub\s*[-\u2010\u2011\u2013\u2014]*\s*(?:total|jumlah))(?:\s+(?:belanja|anggaran))?"
    r"(?:\s+sub)?\s+(?:kelompok|jenis|bidang|program|kegiatan|urusan|akun)(?:\s+belanja)?\s+(\d+(?:[.-]\d+)*)\s*:?$",
    re.IGNORECASE,
)
#: the total of one group named after a colon, closing the group row 'SKPD: …' above it ('TOTAL SKPD: DINAS
#: KESEHATAN', 'Jumlah Unit Kerja: Bagian Umum'); a number after the colon is a count stated, no total row ('Jumlah
#: Bidang: 4')
_NAMED_TOTAL = re.compile(
    r"^(?:jumlah|total|sub\s*[-\u2010\u2011\u2013\u2014]*\s*(?:total|jumlah))\s+(?:skpd|opd|satker|unit\s+kerja|bidang|bagian|"
    r"perangkat\s+daerah|instansi|sub\s*kegiatan|kegiatan|program)\s*:\s*[^\W\d]",
    re.IGNORECASE,
)

#: the total of one printed page, under each page of a print ('JUMLAH LEMBAR KE :1', 'Jumlah Halaman Ini', 'Jumlah Hal. 2')
_PAGE_TOTAL = re.compile(r"^(?:jumlah|total|sub\s*total)\s+(?:lembar|halaman|hal\.?)(?:\s+(?:ke|ini))?\s*[:.]?\s*\d*$",
                         re.IGNORECASE)


def is_column_numbers(values: list[object]) -> bool:
    """The row of column numbers some tables print under the header.

    Example:
        >>> is_column_numbers(["(1)", "(2)", "(3)"]), is_column_numbers([1, 2, 3, 4, "5=3-4", "6 = 4/3 x 100"])
        (True, True)
        >>> is_column_numbers(["1", "Program A", 1000])
        False

    A second table's numbers go on from the first's: in brackets they are column numbers wherever they start; bare,
    they may be amounts.

        >>> is_column_numbers(["(9)", "(10)", "(11)", "(12)"]), is_column_numbers([9, 10, 11, 12])
        (True, False)

    A row that computes columns from others (``6 : 5x3``) is the column numbers even when its numbering then starts
    again (a form that numbers a band of months 9 … 20 and the next columns 12, 13, 14): no data row holds formulas.

        >>> is_column_numbers([1, 2, 3, 4, 5, "6 : 5x3", 7, "8 : 7/5", 9, 10, "(12)", "(13)"])
        True
        >>> is_column_numbers([1, 2, 3, 4, 5, 7, 8, 3, 9]), is_column_numbers([1, 2, 3, 4, "1 : 2", 3])
        (False, False)
        >>> is_column_numbers([0, 1, 2, 3, 4, "5 = 3+4"]), is_column_numbers([0, 1, 2, 3, 4, 5])  # no formula: amounts
        (True, False)

    A rekap of a full form's columns may number its last as the form does (``1 … 7`` then ``16``, KETERANGAN); with
    fewer before it, or a jump before the last, the row may be figures.

        >>> is_column_numbers([1, 2, 3, 4, 5, 6, 7, 16]), is_column_numbers([1, 2, 3, 16]), is_column_numbers([1, 2, 3, 9, 10, 16])
        (True, False, False)
    """
    numbers = []
    formulas = False
    for value in values:
        if isinstance(value, bool):
            return False
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        match = _COLUMN_NUMBER.match(str(value).strip()) if isinstance(value, (str, int)) else None
        if not match:
            return False
        numbers.append(int(match.group(1)))
        formulas = formulas or bool(match.group(2) and _FORMULA.search(match.group(2)))
    if len(numbers) >= 2 and numbers[0] == 1 and all(b == a + 1 for a, b in zip(numbers, numbers[1:])):
        return True
    # a second table of one form goes on numbering its columns where the first stopped ('(9)' … '(15)' under the
    # program table of a PK lampiran whose indicator table is (1) … (8)): numbers each in brackets, one up at every
    # step, are no data row wherever they start; bare numbers that do not start at 1 may be amounts, so they are not
    if len(numbers) >= 3 and all(isinstance(v, str) and v.strip().startswith("(") and v.strip().endswith(")") for v in values) \
            and all(b == a + 1 for a, b in zip(numbers, numbers[1:])):
        return True
    # … and from 0 as well (wp-sipd's Renstra monev numbers its first named column 0, its 'No' not at all)
    if formulas and numbers[:4] in ([1, 2, 3, 4], [0, 1, 2, 3]):
        return True
    # a rekap printing some of a full form's columns may keep its last one's number in the form (1 … 7, then 16 over
    # KETERANGAN): five or more numbered from 1 one by one before it, which no row of figures is
    head = numbers[:-1]
    if len(head) >= 5 and head == list(range(1, len(head) + 1)) and numbers[-1] > head[-1]:
        return True
    return _form_numbers(numbers)


def _form_numbers(numbers: list[int]) -> bool:
    """The column numbers of a regulation's form, which repeat a number over columns one merged cell heads and skip
    the columns the form leaves out (Permendagri's Renja evaluation prints ``1 1 2 3 4 7 8``): from 1, never down,
    never more than three up, and mostly one up.

    Example:
        >>> _form_numbers([1, 1, 2, 3, 4, 7, 8]), _form_numbers([1, 5, 20, 30]), _form_numbers([1, 1, 1, 1])
        (True, False, False)
    """
    steps = [b - a for a, b in zip(numbers, numbers[1:])]
    return len(numbers) >= 4 and numbers[0] == 1 and all(0 <= d <= 3 for d in steps) and 2 * steps.count(1) >= len(steps)


_UNIT = re.compile(r"^\(?\s*(?:rp\.?|rupiah|%|persen|k|f|fisik|keu|orang|org|unit|buah|bh|jiwa|ribu|juta|\(?rp\.?\s*\(?\s*(?:000|juta|ribu|ribuan|jutaan)\s*\)?)"
                   r"\s*\)?[.,]?$", re.IGNORECASE)


def is_units(values: list[object]) -> bool:
    """The row of units some tables print under the header (``(Rp.) (Rp.) (%)``, ``K | Rp``), which names no data.

    Example:
        >>> is_units(["(Rp.)", "(Rp.)", "(%)"]), is_units(["K", "Rp", "K", "Rp"]), is_units(["Rp", 1000])
        (True, True, False)
    """
    return len(values) >= 2 and all(isinstance(v, str) and _UNIT.match(clean_text(v)) for v in values)


#: header keys of a row that splits a kinerja half (``K``) into its figure and its unit (wp-sipd's ``Volume | Satuan``)
_SPLIT_FIGURE = frozenset({"volume", "vol"})
SPLIT_UNIT = frozenset({"satuan", "sat"})


def splits_measure(values: list[object]) -> bool:
    """The row under a units row that splits each ``K`` into ``Volume | Satuan``: the figure and its unit, which names
    no data either.

    Example:
        >>> splits_measure(["Volume", "Satuan", "Volume", "Satuan"]), splits_measure(["Satuan", "Satuan"])
        (True, False)
        >>> splits_measure(["Volume", "Satuan", "Target"])
        False
    """
    keys = [re.sub(r"[^a-z]", "", clean_text(v).lower()) if isinstance(v, str) else None for v in values]
    return len(keys) >= 2 and all(k in _SPLIT_FIGURE | SPLIT_UNIT for k in keys) \
        and any(k in _SPLIT_FIGURE for k in keys) and any(k in SPLIT_UNIT for k in keys)


_GENDER_LETTER = re.compile(r"^(?:l|p|lk|pr|laki\s*-?\s*laki|perempuan)$", re.IGNORECASE)


def is_sex(value: object) -> bool:
    """A cell of a header's L | P row: ``L``, ``P``, ``Lk``, ``Pr``, ``Laki-laki``, ``Perempuan``."""
    return isinstance(value, str) and bool(_GENDER_LETTER.match(clean_text(value)))


def gender_cells(values: list[object]) -> list[bool] | None:
    """Which of a row's filled cells are sexes, when the row is the header's L | P row printed under the column numbers
    (``Jenis Kelamin | L | P | L | P``: at most one other cell, a label over the row labels); else None.

    Example:
        >>> gender_cells(["Jenis Kelamin", "L", "P", "L", "P"]), gender_cells(["L", "P"]), gender_cells(["L", 12, "P", 9])
        ([False, True, True, True, True], None, None)
    """
    flags = [is_sex(v) for v in values]
    letters = [clean_text(v).lower()[0] for v, flag in zip(values, flags) if flag]
    if sum(flags) < 4 or len(flags) - sum(flags) > 1 or letters.count("l") != letters.count("p"):
        return None
    return flags


_MONEY_UNITS = frozenset({"rp", "rupiah", "keu", "ribu", "juta"})
_SHARE_UNITS = frozenset({"%", "persen"})


def unit_kind(value: object) -> str | None:
    """What a cell of a units row measures: ``money`` (``Rp``, ``(Rp. 000)``, ``Rp. (000)``: thousands, as evaluation
    forms print it), ``share`` (``%``) or ``measure`` (``K`` for kinerja, ``F`` for fisik, ``orang``, ``unit``); None
    when it is no unit.

    Example:
        >>> unit_kind("Rp"), unit_kind("(%)"), unit_kind("K"), unit_kind("Realisasi")
        ('money', 'share', 'measure', None)
        >>> unit_kind("Rp. (000)"), unit_kind("Rp (Juta)"), unit_kind("Rp 2.000")
        ('money', 'money', None)
    """
    if not isinstance(value, str) or not _UNIT.match(text := clean_text(value)):
        return None
    words = set(re.findall(r"[a-z%]+", text.lower()))
    return "money" if words & _MONEY_UNITS else "share" if words & _SHARE_UNITS else "measure"


def one_unit(values: list[object]) -> str | None:
    """The one unit word (``Orang``, ``org``, ``jiwa``, ``unit``, ``buah``, ``%``, ``Rp``: :func:`unit_kind`) that every
    filled cell of a body column holds, lower-cased, when it fills two cells or more; else None. Such a column (a
    'Jumlah' merged over the count and 'Orang' on every row) names what the figures beside it count, no figure.

    Example:
        >>> one_unit(["Orang", "orang", None, "Orang"]), one_unit(["Orang", "Unit"]), one_unit(["Orang", 12])
        ('orang', None, None)
        >>> one_unit(["Orang"]), one_unit([None, None])
        (None, None)
    """
    filled = [v for v in values if not is_blank(v)]
    if len(filled) < 2 or not all(unit_kind(v) for v in filled):
        return None
    words = {clean_text(v).lower().strip("().,").strip() for v in filled}
    return words.pop() if len(words) == 1 else None


def is_footer(values: list[object]) -> bool:
    """A note under the table (``Sumber: …``, ``Keterangan:``, ``*) …``): the table has ended.

    Example:
        >>> is_footer(["Sumber: BKPSDM, 2024"]), is_footer(["Sumber Daya Manusia", 12])
        (True, False)
        >>> is_footer(["Keterangan Kondisi: B (Baik), RR (Rusak Ringan)"]), is_footer(["Keterangan Lain-lain"])
        (True, False)
    """
    return (0 < len(values) <= FEW and isinstance(values[0], str) and bool(_FOOTER.match(clean_text(values[0])))
            and all(isinstance(v, str) for v in values))


def is_pager(values: list[object]) -> bool:
    """A web data grid's pager copied under its rows (``Showing 1 to 8 of 8 entries``, ``Previous 1 Next``): the
    table has ended, as at a footer. Every cell must be pager text: a row naming a kegiatan 'Menampilkan Data …' or
    holding a number is no pager.

    Example:
        >>> is_pager(["Showing 1 to 8 of 8 entries", "Previous 1 Next"]), is_pager(["Menampilkan 1 sampai 10 dari 57 data"])
        (True, True)
        >>> is_pager(["Showing 1 to 8 of 8 entries", "Total", 298_100_000]), is_pager(["Menampilkan Data Kinerja"])
        (False, False)
    """
    return (0 < len(values) <= FEW and all(isinstance(v, str) and _PAGER.match(" ".join(clean_text(v).split()))
                                           for v in values))


def is_signature(values: list[object]) -> bool:
    """A line of the signature block under a table.

    Example:
        >>> is_signature(["Mengetahui,"]), is_signature(["Bengkulu, 29 Januari 2025"]), is_signature(["NIP. 19700101 199003 1 001"])
        (True, True, True)
        >>> is_signature(["PIHAK KEDUA,", "PIHAK KESATU,"]), is_signature(["Pihak kedua penyedia jasa"])
        (True, False)
        >>> is_signature(["Kepala Bidang Mutasi", 3])
        False
        >>> is_signature(["Disusun", "Dievaluasi"]), is_signature(["Dievaluasi terhadap RKPD"])  # who signs, not a line
        (True, False)
    """
    return (0 < len(values) <= FEW and all(isinstance(v, str) for v in values)
            and any(_SIGNATURE.match(clean_text(v)) for v in values))


def is_title(values: list[object]) -> bool:
    """A table's title line (``Tabel 2.3 …``), one text cell.

    Example:
        >>> is_title(["Tabel 2.3 Jumlah Pegawai Menurut Umur"])
        True
    """
    return len(values) == 1 and isinstance(values[0], str) and bool(_TITLE.match(clean_text(values[0])))


_NUMBER = re.compile(r"^(?:tabel|table|lampiran|gambar|grafik)\s*(\d+(?:[.,-]\s*\d+)*|[ivx]+\b(?:[.,-]\s*\d+)*)", re.IGNORECASE)


def table_number(title: object) -> str | None:
    """The number a title gives its table (``Tabel 3.2 (lanjutan)`` → ``3.2``), None when it gives none.

    Example:
        >>> table_number("Tabel 17. Analisa Kinerja …"), table_number("Tabel 3.2 (lanjutan)"), table_number("Tabel Indikator")
        ('17', '3.2', None)
    """
    found = _NUMBER.match(clean_text(title)) if isinstance(title, str) else None
    return re.sub(r"[\s,-]", ".", found.group(1)).upper() if found else None


def is_total_label(value: object) -> bool:
    """True for the labels of rows that state a total (``Jumlah``, ``TOTAL``, ``Sub Total``, ``Sub-jumlah``).

    Example:
        >>> is_total_label("JUMLAH"), is_total_label("Sub-jumlah"), is_total_label("Jumlah Aplikasi")
        (True, True, False)
        >>> is_total_label("Jumlah kelompok belanja 51"), is_total_label("Jumlah Kelompok Tani 12")
        (True, False)
        >>> is_total_label("TOTAL RUPIAH"), is_total_label("Rupiah Murni")
        (True, False)
        >>> is_total_label("TOTAL PENDAPATAN BLUD"), is_total_label("Total Belanja Netto"), is_total_label("Jumlah Desa")
        (True, True, False)
        >>> is_total_label("JUMLAH LEMBAR KE :2"), is_total_label("Jumlah Halaman Ini"), is_total_label("Jumlah Lembar Saham")
        (True, True, False)
        >>> is_total_label("J U M L A H"), is_total_label("T O T A L"), is_total_label("J U M L A H  D E S A")
        (True, True, False)
        >>> is_total_label("TOTAL KESELURUHAN MARET"), is_total_label("Maret")
        (True, False)
        >>> is_total_label("TOTAL SKPD: DINAS KESEHATAN"), is_total_label("Jumlah Bidang: 4"), is_total_label("SKPD: DINAS KESEHATAN")
        (True, False, False)
    """
    if not isinstance(value, str):
        return False
    text = clean_text(value)
    if _LETTER_SPACED.fullmatch(text):
        text = text.replace(" ", "")  # a tfoot printed a letter apart ('J U M L A H') is the word it spaces out
    return bool(_TOTAL.match(text) or _GROUP_TOTAL.match(text) or _PAGE_TOTAL.match(text) or _NAMED_TOTAL.match(text))


#: one word printed a letter apart ('J U M L A H'): four or more single letters, one space between each
_LETTER_SPACED = re.compile(r"(?:[^\W\d_] ){3,}[^\W\d_]")


#: the closing row of a table of indicators that sums up their capaian: "Rata-rata", "RATA-RATA :", "Jumlah Capaian
#: Realisasi Kinerja", "Rata-Rata Capaian Kinerja Pada Sasaran Strategis 1"; the measure words are required after a
#: total word, and only the table's own groups may follow them ("Rata-rata capaian kinerja perangkat daerah", an
#: inspectorate's indicator, names something else)
_SUMMARY = re.compile(
    r"^(?:rata\s*[-\u2010\u2011\u2013\u2014]?\s*rata|jumlah|total)\s*:?"
    r"(?:\s+(?:nilai\s+)?(?:capaian|capain|realisasi|kinerja|persentase|\(?%\)?)(?:\s+(?:capaian|capain|realisasi|kinerja|\(?%\)?))*"
    r"(?:\s+(?:(?:pada|dari|untuk|per|seluruh|semua)\s+)*(?:sasaran(?:\s+strategis)?|tujuan|program|kegiatan|"
    r"indikator(?:\s+kinerja)?|ss)(?:\s+(?:ke\s*-?\s*)?(?:\d+(?:\.\d+)*|[ivx]+))?)?)?\s*:?$",
    re.IGNORECASE,
)


def is_summary_label(value: object) -> bool:
    """True for the label of a row that sums up the indicators above it (their average or total capaian), not an
    indicator of its own.

    Example:
        >>> is_summary_label("Rata-Rata Capaian Kinerja Pada Sasaran Strategis 1"), is_summary_label("RATA-RATA :")
        (True, True)
        >>> is_summary_label("Rata-rata waktu penyelesaian layanan"), is_summary_label("Jumlah kegiatan sosialisasi")
        (False, False)
        >>> is_summary_label("Rata-rata capaian kinerja perangkat daerah")
        False
    """
    return isinstance(value, str) and bool(_SUMMARY.match(clean_text(value)))


#: the closing rows of an assessment by scores (a BPPSPAM health assessment, an evaluation form): the total of its
#: weights or scores, an aspect's weight and the category it earns ("Jumlah Bobot", "Total Nilai Akhir", "Bobot Kinerja -
#: Aspek Keuangan", "Kategori", "Predikat"); the category may be written in the label's own cell after a colon, a grade
#: of three words at most and no figure ("KATEGORI PENILAIAN : BAIK", "Predikat: Sangat Baik"), as a LAKIP page closes
#: a sasaran's table: a longer text after the colon names something else
_SCORE_SUMMARY = re.compile(
    r"^(?:(?:jumlah|total)\s+(?:bobot|nilai|skor)(?:\s+(?:kinerja|akhir|tertimbang))*|nilai\s+akhir|"
    r"bobot(?:\s+kinerja)?\s*[-\u2013:]?\s*aspek\b.*|"
    r"(?:kategori|predikat)(?:\s+(?:kinerja|kesehatan|penilaian|akhir))?"
    r"(?:\s*:\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2})?)\s*:?$",
    re.IGNORECASE,
)


def is_score_summary(value: object) -> bool:
    """True for the label of an assessment's summing row: the total of its weights or scores, an aspect's weight, or the
    category it earns; no indicator, and no sum of the values above it.

    Example:
        >>> is_score_summary("Jumlah Bobot"), is_score_summary("Kategori"), is_score_summary("Bobot Kinerja - Aspek SDM")
        (True, True, True)
        >>> is_score_summary("KATEGORI PENILAIAN : BAIK"), is_score_summary("Predikat: Sangat Baik")
        (True, True)
        >>> is_score_summary("Jumlah Bobot Ternak"), is_score_summary("Kategori Jalan Mantap")
        (False, False)
        >>> is_score_summary("Kategori : Jumlah desa yang mendapat pembinaan"), is_score_summary("Predikat: 85,5")
        (False, False)
    """
    return isinstance(value, str) and bool(_SCORE_SUMMARY.match(clean_text(value)))


def total_group_code(value: object) -> str | None:
    """The code of the group a total row closes, when its label names one (``Jumlah kelompok belanja 51`` → ``51``).

    Example:
        >>> total_group_code("Jumlah kelompok belanja 51"), total_group_code("Jumlah belanja program 01"), total_group_code("JUMLAH")
        ('51', '01', None)
        >>> total_group_code("Jumlah Kelompok Tani 12")
    """
    found = _GROUP_TOTAL.match(clean_text(value)) if isinstance(value, str) else None
    return found.group(1) if found else None


def total_label_mask(values: pd.Series, where: np.ndarray) -> np.ndarray:
    """:func:`is_total_label` of the cells of ``values`` where ``where`` is set (False elsewhere).

    Of a column read as text only the cells that could be one (with ``jumlah``
    or ``total`` in them, or characters outside ASCII) are tested, and cells of
    digits alone are left out first, so a column of a million NIPs costs one
    vector operation.

    Example:
        >>> total_label_mask(pd.Series(["JUMLAH", "196711101992031001", "Jumlah"], dtype="str"), np.array([True, True, False])).tolist()
        [True, False, False]
    """
    if is_text_column(values):
        array = pa.array(values.array)
        where = where & ~pc.ascii_is_decimal(array).fill_null(False).to_numpy(zero_copy_only=False)
        rows = np.flatnonzero(where)
        rest = array.take(pa.array(rows))
        maybe = pc.or_(pc.invert(pc.string_is_ascii(rest)), pc.match_substring_regex(rest, "jumlah|total", ignore_case=True))
        where[rows] = maybe.fill_null(False).to_numpy(zero_copy_only=False)
    return mask_by_unique(values, where, is_total_label)


#: a title line of a label and its value ('UNIT ORGANISASI: Kementerian …', 'TGL PROSES: 30-09-2024')
_LABEL_VALUE = re.compile(r"^[^\W\d][^:]{1,40}:\s*\S")


def labelled_values(values: list[object]) -> bool:
    """Whether every cell of a line is a label with its value after a colon: a print's title lines over its header
    ('UNIT ORGANISASI: …' spread over the columns, 'TGL PROSES: …' over the last), not labels of column groups nor data.

    Example:
        >>> labelled_values(["UNIT ORGANISASI: BIRO UMUM", "UNIT ORGANISASI: BIRO UMUM", "TGL PROSES: 30-09-2024", None])
        True
        >>> labelled_values(["Realisasi", "Realisasi", None]), labelled_values(["Target: 2024", "Satuan"]), labelled_values([])
        (False, False, False)
    """
    cells = [cell for cell in values if not is_blank(cell)]
    return bool(cells) and all(isinstance(cell, str) and _LABEL_VALUE.match(clean_text(cell)) for cell in cells)


def _is_caption(values: list[object]) -> bool:
    """A line of text alone (a table's title, ``Rincian Jumlah PNS Berdasarkan …``), not a data row."""
    return len(values) == 1 and isinstance(values[0], str) and len(clean_text(values[0]).split()) >= 2


_PAGE = re.compile(r"^(?:hal(?:aman)?|page|hlm)\.?\s*:?\s*\d{1,4}(?:\s*(?:dari|of|/)\s*\d{1,4})?$", re.IGNORECASE)


def _is_page_number(values: list[object]) -> bool:
    """A lone page number printed under a table (``30``, ``- 30 -``, ``Halaman 1 dari 4``)."""
    if len(values) != 1 or isinstance(values[0], bool):
        return False
    if isinstance(values[0], str) and _PAGE.match(clean_text(values[0])):
        return True
    text = str(values[0]).strip().strip("-– ").strip()
    return text.isdigit() and len(text) <= 3 and not isinstance(values[0], float) or (isinstance(values[0], float) and values[0].is_integer()
                                                                                     and 0 < values[0] < 1000)


def _translates(row: list[object], header: list[list[object]] | None) -> bool:
    """Whether a row right under the header gives its labels again in words, with no number (a bilingual table's
    English row: ``CS | Private | Sub Tot.`` under ``PNS | Yayasan | Subjml.``): under most of the header's last row's
    labels, three at least. A data row has a number, or fills few columns (a group heading).

    Example:
        >>> _translates([None, "Province", "CS", "Private", "Sub Tot."], [[None, None, "PNS", "Yayasan", "Subjml."]])
        True
        >>> _translates([None, "Sasaran 1", None, None, None], [["No", "Uraian", "Target", "Realisasi", "%"]])
        False
    """
    if not header:
        return False
    labels = [j for j, v in enumerate(header[-1]) if not is_blank(v)]
    filled = [v for v in row if not is_blank(v)]
    under = [j for j in labels if j < len(row) and not is_blank(row[j])]
    return (len(under) >= 3 and 2 * len(under) > len(labels) and all(isinstance(v, str) for v in filled)
            and not _has_number(filled))


#: an amount of money written in a sentence: 'Rp. 33000000', 'Rp 1.250.000,00', 'IDR 5,000'
_MONEY = re.compile(r"\b(?:rp|idr)\s*\.?\s*\d[\d.,]*", re.IGNORECASE)


def is_amount_sentence(value: object) -> bool:
    """Whether a cell is a sentence working out sums of money (``Nilai Bangunan Awal Rp. 33000000 … Jadi Nilai
    Bangunan = Rp. 195704700 + Rp. 135000000``): six words or more holding two amounts in Rp or more. An item's name
    holds at most one price, never a calculation, so such a cell in a name column is a note on the row above.

    Example:
        >>> is_amount_sentence("Nilai Awal Rp. 33000000 Nilai Rehab Rp. 135000000 Jadi Nilai = Rp. 168000000")
        True
        >>> [is_amount_sentence(v) for v in ("Laptop Acer SN12345678 Tahun 2023 Harga Rp. 8000000", "Rp. 1 Rp. 2", 7)]
        [False, False, False]
    """
    return isinstance(value, str) and len(value.split()) >= 6 and len(_MONEY.findall(value)) >= 2


def _has_number(values: list[object]) -> bool:
    return any(isinstance(v, (int, float)) and not isinstance(v, bool) or (isinstance(v, str) and any(c.isdigit() for c in v))
               for v in values)


def value_counts(cells: pd.DataFrame) -> tuple[np.ndarray, list[np.ndarray]]:
    """How many non-blank cells each row of ``cells`` has, and each column's blank mask."""
    blank = [blank_mask(cells[j]) for j in cells.columns]
    counts = np.zeros(len(cells), dtype=np.int32)  # summed a column at a time: a table of a million rows by 12 sums slowly
    for column in blank:
        counts += ~column
    return counts, blank


def body(cells: pd.DataFrame, start: int, starts_table: Callable[[int], bool],
         header: list[list[object]] | None = None, *, captioned: bool = False) -> tuple[np.ndarray, int, list[tuple[int, str]]]:
    """The data rows of the body that begins at grid row ``start``, where it ends, and the rows skipped with their role.

    The body ends before a footer, a web grid's pager or a signature line, or
    before a row after a blank row that ``starts_table`` (another table's title
    or header). The
    ``header`` rows repeated inside the body (a report printed page by page:
    its header on every page, a column-number row under it, a page number or
    the title before it) are skipped; with ``captioned`` (staff summaries, where a caption names whose counts follow),
    the header repeated under a caption other than the table's own heads another table (a budget's blocks under
    ``SUMBER DANA : DAU``, ``… DAK`` are one table, which its loader adds up). Returns (data row indexes, end row index,
    [(row index, role)]).
    """
    part = cells.iloc[start:]
    counts, blank = value_counts(part)
    repeated = np.zeros(len(part), dtype=bool)
    exact = np.zeros(len(part), dtype=bool)
    for row in header or []:
        most, same = _repeats(part, row)
        repeated |= most
        exact |= same

    def values(i: int) -> list[object]:
        return [v for v, empty in zip(part.iloc[i], (column[i] for column in blank)) if not empty]

    def grand_total(i: int) -> bool:
        """Whether row ``i`` is a table's grand total (``Total``, ``Jumlah``; not a ``Sub Total``)."""
        label = next((v for v in values(i) if isinstance(v, str)), None)
        return is_total_label(label) and not clean_text(label).lower().startswith("sub")

    def total_then_caption(i: int) -> bool:
        """Whether the last row above ``i`` that is no caption (one cell of text) is a grand total."""
        k = int(np.searchsorted(rows, i)) - 1
        while k >= 0 and _is_caption(values(int(rows[k]))):
            k -= 1
        return k >= 0 and grand_total(int(rows[k]))

    skipped: list[tuple[int, str]] = []
    rows = np.flatnonzero(counts)
    first = 0
    while first < len(rows) and first < 3 and (is_column_numbers(values(rows[first])) or is_units(values(rows[first]))
                                                 or (first > 0 and splits_measure(values(rows[first])))
                                                 or (first > 0 and gender_cells(values(rows[first])) is not None)
                                                 or _translates(part.iloc[rows[first]].tolist(), header)):
        row = values(rows[first])
        skipped.append((start + int(rows[first]), "column numbers" if is_column_numbers(row)
                        else "units" if is_units(row) or splits_measure(row) else "sexes" if gender_cells(row) is not None else "header translation"))
        first += 1
    rows = rows[first:]
    top = start - len(header or [])
    above = caption(cells.iloc[max(top - 4, 0):top].values.tolist(), min(top, 4)) if header else ""
    own = above if captioned else ""
    number = table_number(above)
    # the table's own title lines of a label and its value ('UNIT ORGANISASI: …', 'TGL PROSES: …'), which a print
    # repeats over the header on each page; other such lines over the header again ('Ruangan: Gudang') head another block
    titled = {tuple(clean_text(v) for v in row if not is_blank(v)) for row in cells.iloc[max(top - 4, 0):top].values.tolist()
              if labelled_values(row)} if header else set()

    def own_title(i: int) -> bool:
        """Whether row ``i`` is one of the table's own title lines of labels and values, printed again."""
        return tuple(clean_text(v) for v in values(i)) in titled

    def other_caption(i: int) -> bool:
        """Whether the line above the header repeated at ``i`` (a blank row aside) is a caption other than this
        table's own: a page break repeats the title it has, if any."""
        k = i - 1 - (i > 0 and counts[i - 1] == 0)
        return (bool(own) and k >= 0 and _is_caption(line := values(k)) and not _is_page_number(line)
                and " ".join(line[0].split()) not in own)

    def other_number(i: int) -> bool:
        """Whether the line above the header repeated at ``i`` (a blank row aside) is the title of a table numbered
        otherwise than this one ('Tabel 17.' under 'Tabel 16.'): a page break repeats its own number, if any."""
        k = i - 1 - (i > 0 and counts[i - 1] == 0)
        found = table_number(line[0]) if k >= 0 and is_title(line := values(k)) else None
        return number is not None and found is not None and found != number

    # the header again with one label changed (Unit Kerja, then Pangkat/Golongan, over the same Laki-laki | Perempuan
    # | Total), again after a grand total, again under a caption of its own ('Golongan PPPK', then 'Golongan PPPK
    # Paruh Waktu' over the same Golongan | Pria | Wanita | Total), or under the title of another numbered table (one
    # small table per indicator) heads another table stacked under this one: not a page break
    stacked = next((int(i) for i in np.flatnonzero(repeated)
                    if not exact[i] or total_then_caption(int(i)) or other_caption(int(i)) or other_number(int(i))), None)
    if stacked is not None:
        repeated[stacked:] = False
    for i in np.flatnonzero(repeated):
        skipped.append((start + int(i), "repeated header"))
        later = rows[rows > i]
        if len(later) and is_column_numbers(values(int(later[0]))):
            repeated[later[0]] = True
            skipped.append((start + int(later[0]), "column numbers"))
    rows = rows[~repeated[rows]]
    end = len(part)
    after_blank = np.zeros(len(part), dtype=bool)
    after_blank[1:] = counts[:-1] == 0
    def after_data(i: int) -> bool:
        """Whether a row above ``i`` holds data (many values, or a number): a signature block follows a table."""
        earlier = rows[rows < i]
        return bool((counts[earlier] > FEW).any()) or any(_has_number(values(j)) for j in earlier)

    def after_grand_total(i: int) -> bool:
        """Whether the row above ``i`` is the table's grand total."""
        earlier = rows[rows < i]
        return bool(len(earlier)) and grand_total(int(earlier[-1]))

    def before_repeat(i: int) -> bool:
        """Whether the next row after ``i`` that is not blank is the header again (a page break), or one of the table's
        own title lines over it ('UNIT ORGANISASI: …' under the print's title, each page printing both)."""
        for k in np.flatnonzero(counts[i + 1:]):
            if repeated[i + 1 + k]:
                return True
            if counts[i + 1 + k] > FEW or not own_title(i + 1 + k):
                return False
        return False

    # the columns the header spans: a line of text right of them is a note typed beside the table ('tanpa pendptn utk
    # invest' beside an LRA), not the caption of a next table, which stands where tables do
    width = 1 + max((j for row in header or [] for j, v in enumerate(row) if not is_blank(v)), default=len(blank))

    def beside(i: int) -> bool:
        """Whether row ``i`` fills no cell under the header, only cells right of it."""
        return all(column[i] for column in blank[:width])

    def section(i: int) -> bool:
        """Whether the caption at ``i`` heads a section of this table: the next row that is not blank nor a caption of
        a group within it ('SKPD: …' over 'Sub Kegiatan: …') is a data row (more than a few values, not another
        table's header), as in a roster of dosen, then tendik, then PHL."""
        for k in (int(k) for k in i + 1 + np.flatnonzero(counts[i + 1:])):
            if not (_is_caption(values(k)) and not starts_table(start + k)):
                return counts[k] > FEW and not starts_table(start + k)
        return False

    if stacked is not None:
        # the stacked table starts at its header, or at the caption and blank rows right above it
        head = stacked
        while head > 0 and (counts[head - 1] == 0 or _is_caption(values(head - 1)) or is_title(values(head - 1))):
            head -= 1
        while counts[head] == 0:
            head += 1
        end = head
    turns = []  # page numbers at a page break: skipped, the table goes on
    # each column's header words, to tell a header line printed again under a page's header ('NIP' under NIP) from a
    # signature line that says the same word ('NIP' alone under a signatory's name, where the table ends)
    labels = [{clean_text(row[j]).lower() for row in header or [] if j < len(row) and not is_blank(row[j])}
              for j in range(len(blank))]

    def header_line(i: int) -> bool:
        """Whether row ``i``, right under the header printed again, holds only words of the header above each cell."""
        k = i - 1
        while k >= 0 and counts[k] == 0:
            k -= 1
        return (k >= 0 and bool(repeated[k]) and counts[i] > 0
                and all(j < len(labels) and (blank[j][i] or clean_text(part.iat[i, j]).lower() in labels[j])
                        for j in range(len(blank))))

    words = {header_key(v) for row in header or [] for v in row if isinstance(v, str) and header_key(v)}

    def other_header(i: int) -> bool:
        """Whether row ``i`` is a header of another table made of this header's labels ('NO | Nama | Total | Action'
        after a blank row under 'NO | Nama | Satker | Kondisi … | Total | Action': a page's side table pasted below
        it): two labels or more, every cell one of the header's labels, not all in their own columns (that is the
        header repeated, a page break)."""
        line = values(i)
        if len(line) < 2 or not all(isinstance(v, str) and header_key(v) in words for v in line):
            return False
        return not all(j < len(labels) and (blank[j][i] or clean_text(part.iat[i, j]).lower() in labels[j])
                       for j in range(len(blank)))

    for i in rows[((counts[rows] <= FEW) | after_blank[rows]) & (rows < end)]:
        few = counts[i] <= FEW
        if few and header_line(int(i)):
            turns.append(int(i))
            skipped.append((start + int(i), "repeated header"))
            continue
        if few and before_repeat(int(i)) and (_is_page_number(cells_ := values(i)) or _is_caption(cells_) or is_title(cells_)
                                              or own_title(int(i))):
            turns.append(int(i))
            skipped.append((start + int(i), "page number" if _is_page_number(cells_) else "title"))
            continue
        if few and (is_footer(cells_ := values(i)) or is_pager(cells_)
                    or ((is_signature(cells_) or _is_page_number(cells_)) and after_data(i))):
            end = int(i)
            skipped.append((start + end, "footer" if is_footer(cells_) else PAGER if is_pager(cells_)
                            else "page number" if _is_page_number(cells_) else "signature"))
            break
        if (after_blank[i] or (few and after_grand_total(i))) and (
                starts_table(start + int(i)) or other_header(int(i))
                or (_is_caption(values(i)) and not section(int(i)) and not beside(int(i)))):
            end = int(i)
            break
    if end < len(part) and not any(start + end == row for row, _ in skipped):
        skipped.append((start + end, "next table"))
    rows = rows[(rows < end) & ~np.isin(rows, turns)]
    # a line printed across the table in place of its rows ('Kosong' under an empty room's header): no row of data
    left = min((j for row in header or [] for j, v in enumerate(row) if not is_blank(v)), default=0)
    empty = [i for i in rows[counts[rows] == 1] if left < len(blank) and not blank[left][i] and says_empty(values(int(i))[0])]
    skipped += [(start + int(i), EMPTY_ROW) for i in empty]
    rows = rows[~np.isin(rows, empty)]
    return rows + start, start + end, sorted(skipped)


#: the role of a web data grid's pager line (:func:`is_pager`) among a table's skipped rows
PAGER = "web table pager"

#: the role of a line saying the table has no rows (:func:`says_empty`) among a table's skipped rows
EMPTY_ROW = "says the table is empty"


def says_empty(value: object) -> bool:
    """Whether a cell says the table it stands in has no rows (``empty_lists.csv``: 'Kosong', 'Nihil', 'Tidak ada
    data', a dash).

    Example:
        >>> says_empty("Kosong"), says_empty(" Tidak  ada data. "), says_empty("-"), says_empty("Kursi"), says_empty(0)
        (True, True, True, False, False)
    """
    return isinstance(value, str) and " ".join(clean_text(value).lower().rstrip(".").split()) in empty_list_phrases()


def _repeats(part: pd.DataFrame, header: list[object]) -> tuple[np.ndarray, np.ndarray]:
    """The rows of ``part`` that repeat the header: at least two of its labels, and most of them, in their columns;
    and of those, the rows that repeat every label (a page break, where the others head another table). Labels are
    compared by :func:`~lakip_lib.loading.parse.header_key`: ``No.`` on the next page is the header's ``NO`` again.

    One column is compared over every row (a roster of a million rows pays one pass); the others only on the rows
    where that one repeats its label."""
    labels = {j: header_key(v) for j, v in enumerate(header) if isinstance(v, str) and header_key(v) and j < part.shape[1]}
    repeated = np.zeros(len(part), dtype=bool)
    exact = np.zeros(len(part), dtype=bool)
    if len(labels) < 2:
        return repeated, exact
    first, label = next(iter(labels.items()))
    candidates = np.flatnonzero(_says(part.iloc[:, first], label))
    for i in candidates:
        row = part.iloc[int(i)]
        hits = sum(isinstance(row.iloc[j], str) and header_key(row.iloc[j]) == key for j, key in labels.items())
        repeated[i] = hits >= 2 and hits * 2 > len(labels)
        exact[i] = hits == len(labels)
    return repeated, exact


#: what a header label typed again may have besides its letters and digits: punctuation and spaces (NBSP too)
_PUNCTUATION = string.punctuation + " \t\r\n\xa0"


def _says(column: pd.Series, key: str) -> np.ndarray:
    """Which cells of ``column`` are a header label of :func:`~lakip_lib.loading.parse.header_key` ``key``.

    Of a column read as text (a roster: a million rows) Arrow first keeps the cells that could be: at least as long
    as the key, and nothing left once the key's own letters and digits and any punctuation or space are trimmed off
    (``NIP`` and ``N.I.P.`` for ``nip``, never a NIP, a name or a date); only their distinct values are keyed.

    Example:
        >>> _says(pd.Series(["No.", "1", "NO", "Nomor", None, "N o"], dtype="str"), "no").tolist()
        [True, False, True, False, False, True]
    """
    if is_text_column(column):
        array = pa.array(column.array, type=pa.large_string())
        # the key's letters in both cases, so no lower-casing pass (a key has only ASCII letters and digits)
        shape = "".join(sorted(set(key) | set(key.upper()) | set(_PUNCTUATION)))
        near = pc.and_(pc.greater_equal(pc.binary_length(array), len(key)), pc.equal(pc.utf8_trim(array, shape), ""))
        where = pc.fill_null(near, False).to_numpy(zero_copy_only=False)
    else:
        where = column.map(lambda v: isinstance(v, str)).to_numpy(dtype=bool)
    return mask_by_unique(column, where, lambda v: isinstance(v, str) and header_key(v) == key)


#: a total carried over a page turn of a printed budget: the running total at a page's foot and at the next page's
#: head, or a page's own subtotal; neither is a row nor the table's total
_CARRIED = re.compile(
    r"^(?:jumlah|total|sub\s*total)?\s*(?:yang\s+)?(?:di\s*pindahkan|dipindahkan|pindahan|di\s*bawa|dibawa|bawaan|terbawa)\b"
    r"|^(?:jumlah|total)\s+(?:(?:s\.?\s*d\.?|s/d|sampai\s+dengan)\s+)?(?:halaman|hal\.?|hlm\.?)\s*(?:ini|lalu|sebelumnya|\d+)\b"
    r"|^(?:carried|brought)\s+forward\b", re.IGNORECASE)


def carried_totals(cells: pd.DataFrame, rows: np.ndarray) -> list[int]:
    """Body rows that carry a total over a page turn (``Jumlah dipindahkan``, ``Jumlah pindahan``, ``Jumlah s.d.
    halaman lalu``, ``Jumlah halaman ini``): skipped, as the page's repeated header is.

    Example:
        >>> cells = pd.DataFrame([["5.01", "Program A", 100], [None, "Jumlah dipindahkan", 100], [None, "Jumlah pindahan", 100],
        ...                       [None, "Jumlah Pindahan Kegiatan", 5], [None, "JUMLAH", 100]])
        >>> carried_totals(cells, np.arange(5))
        [1, 2, 3]
    """
    out = []
    for i in rows.tolist():
        label = next((v for v in cells.iloc[i].tolist() if isinstance(v, str) and not is_blank(v)), None)
        if label is not None and _CARRIED.match(clean_text(label)):
            out.append(i)
    return out


#: the start of a line that continues a sentence: a lower-case word, not an enumerator ('a.', 'b)') of a heading
_LOWER_START = re.compile(r"^(?![a-z][.)](?:\s|$))[a-z]")
#: the last word of a line whose sentence goes on: a conjunction or preposition, or a joining sign
_OPEN_END = re.compile(r"(?:\b(?:dan|serta|atau|yang|untuk|pada|di|ke|dari|dengan|terhadap|bagi|dalam|melalui|oleh)|[&,/-])$",
                       re.IGNORECASE)


def continued_names(cells: pd.DataFrame, rows: np.ndarray, name: int, figures: list[int]) -> dict[int, int]:
    """Body rows that only continue the name of the row above (a name typed over two rows: ``Persentase penyelesaian
    dokumen perencanaan`` then ``dan evaluasi tepat waktu``), each mapped to the row whose name it continues.

    A row continues a name when its name cell is its only filled cell, it comes right under a row with figures (or
    under another such line), and it starts with a lower-case word or the line above ends open (``… Perorangan dan``).
    A heading starts a sentence of its own (``Meningkatnya …``, ``a. Kesehatan Ibu``) after a closed line.

    Example:
        >>> cells = pd.DataFrame([["Persentase dokumen", 1], ["dan evaluasi", None], ["Meningkatnya mutu", None], ["Nilai", 2]])
        >>> continued_names(cells, np.arange(4), 0, [1])
        {1: 0}
    """
    sub = cells.iloc[rows]
    filled = np.column_stack([~blank_mask(sub.iloc[:, j]) for j in range(sub.shape[1])]) if len(rows) else np.zeros((0, 0), bool)
    if not len(rows) or name >= filled.shape[1]:
        return {}
    alone = filled[:, name] & (filled.sum(axis=1) == 1)
    has_figures = filled[:, [j for j in figures if j < filled.shape[1]]].any(axis=1)
    out: dict[int, int] = {}
    owner: int | None = None  # the row whose name the next line may continue
    for k, i in enumerate(rows.tolist()):
        if alone[k] and owner is not None and k and rows[k - 1] == i - 1 and isinstance(text := sub.iat[k, name], str):
            if _LOWER_START.match(clean_text(text)) or _OPEN_END.search(clean_text(sub.iat[k - 1, name])):
                out[i] = owner
                continue
        owner = i if has_figures[k] else None
    return out


def caption(rows: list[list[object]], top: int, most: int = 3) -> str:
    """The caption of the table whose header starts at grid row ``top``: the rows of one text cell right above it,
    or above one blank row."""
    def values(i: int) -> list[object]:
        return [v for v in rows[i] if not is_blank(v)] if 0 <= i < len(rows) else []

    lines: list[str] = []
    start = top - 1 - (not values(top - 1))
    for i in range(start, max(start - most, -1), -1):
        cells = values(i)
        if len(set(map(str, cells))) != 1 or not isinstance(cells[0], str):
            break
        lines.insert(0, " ".join(cells[0].split()))
    return " ".join(lines)


#: a label marked as a part of the row above it: a key cut at its separator ('::Seksi …', an application's
#: 'unit::seksi' printed from the '::') or an indentation of two spaces or a tab
_PART_MARK = re.compile(r"^(?:\s*(:{1,2})(?=\s*\w)|(\t|\s{2,})(?=\S))")


def part_mark(value: object) -> str | None:
    """The mark that says a row's label is a part of the row above it: ``'::'`` (or ``':'``) before the label, or
    ``'indentation'`` (two spaces or a tab before it); None for a label without one, or no label.

    A staffing application printing its sections under their unit ('Bidang X', then '::Seksi Y') or a sheet indenting
    them: the marked rows count people of the unmarked row above them again, so they are read as its parts.

    Example:
        >>> part_mark("::Seksi Angkutan Jalan"), part_mark("    Sub Bagian Umum"), part_mark("Bidang Lalu Lintas")
        ('::', 'indentation', None)
        >>> part_mark("Keterangan : PNS"), part_mark(" Bidang"), part_mark("::")
        (None, None, None)
    """
    if not isinstance(value, str):
        return None
    found = _PART_MARK.match(value)
    if found is None:
        return None
    return found.group(1) or "indentation"
