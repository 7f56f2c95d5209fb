"""``lakip check --explain``: how each table of a year's files was read, as text.

A view of the recognition records (:class:`~lakip_lib.loading.recognise.Recognition`):
for each file and sheet, the table found (its header rows and body rows), each
column's header path and the field it was read as, the rows skipped and why,
the columns not used; and for a file that could not be read, its problems
and a ``header_aliases:`` snippet for ``lakip.yml`` naming the columns that
were not found.
"""

from __future__ import annotations

from collections.abc import Iterable

import yaml

from ..errors import Problem, missing_field
from ..messages import Pair, Text, current_language, expects, render
from ..loading.recognise import Recognition
from ..loading.recognise.content import FITS, KINDS, fits

#: the kit's field names a snippet may name, by dataset, with what the user's column holds (Indonesian, English)
FIELD_HINTS = {
    "staff": {"nip": Pair("NIP", "the NIP"), "golongan": Pair("golongan", "the golongan"),
              "gender": Pair("jenis kelamin (L/P)", "the gender (L/P)"), "position_type": Pair("jenis jabatan", "the position type")},
    "summary": {"category": Pair("kategori tiap baris", "each row's category"), "count": Pair("jumlah", "the count")},
    "indicators": {"indicator": Pair("nama indikator", "the indicator's name"), "target": Pair("target", "the target"),
                   "realisation": Pair("realisasi", "the realisation")},
    "budget": {"name": Pair("nama program atau kegiatan", "the program or kegiatan name"),
               "budget": Pair("anggaran (pagu)", "the budget (anggaran, pagu)"), "realised": Pair("realisasi", "the realisation")},
    "assets": {"item": Pair("nama barang", "the item's name"), "good": Pair("jumlah dalam kondisi baik", "the count in good condition"),
               "damaged": Pair("jumlah yang rusak", "the count damaged")},
}

#: what each kind of table is called on its sheet's line
_KINDS = {"staff": Pair("daftar pegawai", "roster"), "summary": Pair("rekap pegawai", "staff summary"),
          "indicators": Pair("indikator", "indicators"), "budget": Pair("anggaran", "budget"), "assets": Pair("sarana", "assets"),
          None: Pair("tak dikenal", "unknown")}

#: a table's status other than used, on its sheet's line
_STATUS = {"skipped": Pair("tidak dipakai", "skipped"), "refused": Pair("ditolak", "refused")}

#: the words of the explanation's own lines
_WORDS = {
    "no_table": Pair("tidak ada tabel", "no table"),
    "table": Pair("tabel {kind}", "{kind} table"),
    "header_row": Pair("baris judul kolom {first}", "header row {first}"),
    "header_rows": Pair("baris judul kolom {first}–{last}", "header rows {first}–{last}"),
    "no_body": Pair("tanpa baris isi", "no body row"),
    "body_row": Pair("baris isi {first}", "body row {first}"),
    "body_rows": Pair("baris isi {first}–{last}", "body rows {first}–{last}"),
    "data_row": Pair("{count} baris data", "{count} data row"),
    "data_rows": Pair("{count} baris data", "{count} data rows"),
    "unused": Pair("tidak dipakai", "not used"),
    "skipped_rows": Pair("baris dilewati", "rows skipped"),
    "not_read": Pair("tidak terbaca", "not read"),
    "snippet": Pair("jika kolomnya ada dengan judul lain, sebutkan di lakip.yml:",
                    "if a column is there under another header, name it in lakip.yml:"),
}

#: the roles of skipped rows, as the recogniser names them (English) → Indonesian; a role that comes with its own
#: words in both languages (a :class:`~lakip_lib.messages.Pair`) is not listed
ROW_ROLES = {
    "column numbers": "nomor kolom", "units": "satuan", "sexes": "jenis kelamin", "header translation": "terjemahan judul kolom",
    "repeated header": "judul kolom diulang", "title": "judul", "page number": "nomor halaman", "footer": "catatan kaki",
    "signature": "tanda tangan", "web table pager": "navigasi halaman tabel web",
    "next table": "tabel berikutnya", "total carried over a page turn": "jumlah pindahan halaman",
    "position, no person": "jabatan, tanpa pegawai", "further line of the person above": "baris lanjutan pegawai di atasnya",
    "no longer serving": "tidak lagi bertugas",
    "summary under the people, no person": "ringkasan di bawah daftar pegawai, bukan pegawai",
    "subtotal of a golongan group, the sum of its golongan rows": "subtotal kelompok golongan, jumlah baris golongannya",
    "a category printed again with no count": "kategori dicetak ulang tanpa jumlah",
    "says the table is empty": "menyatakan tabelnya kosong",
    "note on the item above": "catatan atas barang di atasnya",
}


def explain(file: str, records: list[Recognition], problems: Iterable[Problem] = (), dataset: str | None = None,
            lang: str | None = None) -> str:
    """The explanation of one file: each table's record, then its problems and a ``lakip.yml`` snippet, if any, in
    ``lang`` (default: the language in effect, Indonesian unless told otherwise).

    Example:
        >>> record = Recognition("anggaran.xlsx", "Data", "budget", (3, 3), (4, 10),
        ...                      columns=[("A3", "Kode", "code", "alias"), ("B3", "Uraian", "name", "alias")],
        ...                      unused=[("C3", "Pagu Awal")], skipped_rows=[(10, "footer")], data_rows=6)
        >>> print(explain("anggaran.xlsx", [record], lang="en"))
        anggaran.xlsx
          sheet 'Data': budget table, header row 3, body rows 4–9 (6 data rows)
            A3  'Kode' → code
            B3  'Uraian' → name
            not used: C3 'Pagu Awal'
            rows skipped: 10 (footer)
        >>> print(explain("anggaran.xlsx", [record], lang="id").splitlines()[1])
          sheet 'Data': tabel anggaran, baris judul kolom 3, baris isi 4–9 (6 baris data)
    """
    lang = lang or current_language()
    lines = [file]
    for record in records:
        lines += _record(record, lang)
    problems = list(problems)
    if problems:
        lines.append(f"  {_said('not_read', lang)}:")
        lines += [f"    - {p.text(lang)}" for p in problems]
        snippet = aliases_snippet(records, problems, dataset, lang)
        if snippet:
            lines.append(f"  {_said('snippet', lang)}")
            lines += ["    " + line for line in snippet.splitlines()]
    return "\n".join(lines)


def _said(key: str, lang: str, **fields: object) -> str:
    return _WORDS[key].text(lang).format(**fields)


def role_text(role: Text, lang: str) -> str:
    """A skipped row's role in ``lang``: its own words when it has them in both languages, else :data:`ROW_ROLES`.

    Example:
        >>> role_text("footer", "id"), role_text("footer", "en"), role_text(Pair("baris 3", "row 3"), "id")
        ('catatan kaki', 'footer', 'baris 3')
    """
    if isinstance(role, str):
        return role if lang == "en" else ROW_ROLES.get(role, role)
    return render(role, lang)


#: how a column's field was settled by a header spelling alone: nothing to say beside the field
SILENT_HOWS = frozenset({"alias", "words", "category"})

#: how a column's field was settled otherwise (Indonesian, English)
HOWS = {"rule": Pair("menurut header_rules.csv", "by header_rules.csv"),
        "label line": Pair("tidak ada kolomnya: baris label di atas tabel (INDIKATOR: …, STANDAR: …) menyebut satu indikator "
                           "lembar ini; nilai tahunnya dari baris Tahunan",
                           "no column for it: a label line above the table (INDIKATOR: …, STANDAR: …) states the sheet's one "
                           "indicator; its year's value is from the Tahunan row"),
        "name under its band": Pair("NAMA di bawah judul kelompok yang menyebut kolomnya: nama isian itu, bukan nama orang",
                                    "NAMA under a band naming the field: that field's name, not a person's"),
        "label": Pair("label di samping angkanya: tidak ada judul kolom yang menyebutnya",
                      "the labels beside the counts: no header spelling names them"),
        "typo": Pair("dari salah ketik kata aturan (satu huruf meleset, atau satu suku kata diketik dua kali)",
                     "by a typo of a rule word (a letter off, or a syllable typed twice)"),
        "sum": Pair("dari penjumlahan: totalnya menjumlahkan bagian-bagiannya di setiap baris",
                    "by the sums: the total adds up its parts on every row"),
        "to date": Pair("dari realisasi per periode, yang sampai dengan periode ini: periode sebelumnya ditambah periode "
                        "ini sama dengannya di sebagian besar baris",
                        "of the realisations by period, the one to date: the one before plus this period's make it on most rows"),
        "routes to date": Pair("dari realisasi per jalur pembayaran (LS, UP/GU/TU), masing-masing per periode: jumlah "
                               "realisasi sampai dengan periode ini setiap jalur, yang dijumlahkannya di setiap baris",
                               "of the realisations by payment route (LS, UP/GU/TU), each by period: the sum of each "
                               "route's realisation to date, which it adds up on every row"),
        "the year's": Pair("dari nilai per periode, kolom setahunnya (Y, Tahunan): nilai tahun ini; kolom periode di sampingnya "
                           "(triwulan, semester, s.d.) hanya tahapannya",
                           "of the values by period, the year's column (Y, Tahunan): this year's value; the periods beside "
                           "it (quarters, semester, to date) are only its milestones"),
        "not the Renstra's to date": Pair("dari kolom-kolom tahun ini, yang bukan realisasi Renstra s.d. tahun itu (jumlah "
                                          "berjalan sejak tahun pertama Renstra, bukan nilai tahun ini)",
                                          "of the columns of this year, the one that is not the Renstra's to date (a running "
                                          "total from the Renstra's first year, not this year's figure)"),
        "mean of periods": Pair("kolom Total tanpa isian: di setiap baris rata-rata periode yang terisi, dibulatkan seperti "
                                "tulisannya; nilai tahun ini, periode-periodenya bagiannya",
                                "a Total column of no field: on every row the mean of the periods filled, rounded as it is "
                                "written; this year's value, the periods its parts"),
        "split code": Pair("tanpa judul, di kanan 'Kode': bagian kode berikutnya (urusan, bidang, program, kegiatan, sub "
                           "kegiatan), disambung dengan titik",
                           "no header, right of 'Kode': the code's further parts (urusan, bidang, program, kegiatan, sub "
                           "kegiatan), joined with dots"),
        "content": Pair("dari kolom-kolom berjudul sama, satu-satunya yang isinya cocok dengan field ini",
                        "of the columns so headed, the only one whose cells fit the field"),
        "target's kind": Pair("dari kolom-kolom berjudul sama, satu-satunya yang isinya ukuran seperti targetnya; yang lain "
                              "rupiah, realisasi anggarannya",
                              "of the columns so headed, the only one whose cells are measures as the target's are; the "
                              "others are rupiah, the budget's spending"),
        "after the realisation": Pair("dari kolom-kolom berjudul sama, yang tepat setelah realisasi yang dibaca: setiap "
                                      "pasangan Realisasi | Capaian milik realisasinya",
                                      "of the columns so headed, the one right after the realisation read: each "
                                      "Realisasi | Capaian pair is its realisation's"),
        "share of the budget beside": Pair("dari dua kolom di bawah satu judul gabungan: di sebagian besar baris yang "
                                           "satu persentase yang lain terhadap pagu (realisasi dan persentasenya)",
                                           "of two columns under one merged header: on most rows one is the other's "
                                           "percentage of the pagu (the realisation and its share)"),
        "the rows' program's indicator": Pair("dari kolom-kolom indikator, yang di kanan kolom program dan kegiatan: "
                                              "setiap baris milik program atau kegiatannya; Indikator Sasaran di kirinya "
                                              "milik tingkat di atasnya",
                                              "of the indicator columns, the one right of the program and kegiatan "
                                              "column: each row is its program's or kegiatan's; the sasaran's indicator "
                                              "left of it is a level above"),
        "apart": Pair("dari kolom-kolom berjudul sama, satu-satunya yang isinya tidak berulang",
                      "of the columns so headed, the only one whose cells do not repeat"),
        "own": Pair("dari kolom-kolom berjudul sama, satu-satunya yang tidak berada di bawah label kelompok kolom lain",
                    "of the columns so headed, the only one not under another column's group label"),
        "named": Pair("dari kolom-kolom berjudul sama, satu-satunya yang menyebut nama; yang lain menyebut jenisnya",
                      "of the columns so headed, the only one headed as a name; the others name its kind"),
        "now": Pair("dari kolom-kolom berjudul sama, yang menyatakan keadaan sekarang; yang lain keadaan awal",
                    "of the columns so headed, the one of the state now; the others are the first state's"),
        "a line of the header": Pair("judul kolom menumpuk beberapa isian dalam baris-baris, begitu pula selnya: dibaca dari "
                                     "baris sel yang sama letaknya dengan baris judul yang menyebut isian ini",
                                     "the header stacks several fields on lines, as its cells do: read from the line of each "
                                     "cell where the header's line naming this field stands"),
        "the other field named": Pair("judul kolom menyebut dua isian; yang pertama dimiliki kolom lain menurut judulnya, "
                                      "dan isi kolom ini cocok dengan yang kedua",
                                      "the header names two fields; another column has the first by its own header, and "
                                      "this column's cells fit the second"),
        "in the name": Pair("tidak ada kolom NIP: setiap sel nama memuat satu NIP 18 digit pegawainya, dibaca dari sana",
                            "no NIP column: each name cell holds its person's one 18-digit NIP, read from there"),
        "in another field's cells": Pair("tidak ada kolom NIP dan sel nama tidak memuatnya: setiap sel kolom ini (pangkat "
                                         "dan golongan) memuat satu NIP 18 digit di bawah isinya sendiri, dibaca dari sana",
                                         "no NIP column and the name cells hold none: each cell of this column (rank and "
                                         "golongan) holds one 18-digit NIP under its own value, read from there"),
        "nips": Pair("tidak ada judul NIP: satu-satunya kolom yang sebagian besar selnya NIP 18 digit (nomor pegawai sistemnya)",
                     "no NIP header: the one column whose cells are mostly 18-digit NIPs (a system's own staff numbers)"),
        "swapped": Pair("judul kolom NIP dan kolom ini tertukar: kolom berjudul NIP tidak memuat satu NIP pun, dan hanya "
                        "kolom yang sebagian besar selnya NIP 18 digit ini memuatnya",
                        "the headers of the NIP column and this one are swapped: the column headed NIP holds no NIP, and "
                        "only the column whose cells are mostly 18-digit NIPs holds them"),
        "title": Pair("tidak ada kolom indikator: judul tabel menyebut satu indikatornya, yang nilainya ada di satu baris",
                      "no indicator column: the table's title names its one indicator, whose values are on one row"),
        "months": Pair("tidak ada kolom realisasi: bulan-bulan yang berjajar adalah realisasi per bulan",
                       "no realisation column: the months side by side are the realisation by month"),
        "eselon": Pair("tidak ada kolom jenis jabatan: jabatan yang ber-eselon adalah struktural",
                       "no position-type column: a post with an eselon is structural"),
        "one-hot": Pair("satu tanda per pegawai di kolom-kolom kelompoknya: judul kolom yang bertanda adalah nilainya",
                        "one mark per person under the band's columns: the marked column's header is the value"),
        "highest filled": Pair("satu kolom per jenjang berisi nama gelar tiap pegawai: jenjang tertinggi yang terisi adalah "
                               "nilainya",
                               "a column per degree holding each person's degree names: the highest level filled is the "
                               "value"),
        "unheaded": Pair("tanpa judul: namanya mengepalai baris-baris yang dinamai di sampingnya, tingkat di atasnya, "
                         "seperti bidang di atas kegiatan",
                         "no header: its names head the rows named beside them, the level above them, as bidang over kegiatan"),
        "outline": Pair("kerangka bertingkat: kode dan nama tiap tingkat di kolomnya sendiri, kebanyakan tanpa judul",
                        "an outline: each level's code and name in columns of their own, most without a header"),
        "indented": Pair("nama-nama menjorok menurut tingkat di bawah satu judul gabungan: tiap baris mengisi satu kolom, "
                         "tingkatnya kolom tempat namanya mulai",
                         "names indented by level under one merged header: each row fills one of its columns, its level the "
                         "column its name starts in"),
        "merged pair": Pair("di bawah judul gabungan yang sama: angka baris-baris yang dibiarkan kosong oleh kolom sebelumnya",
                            "under the same merged header: the figure of the rows the column before leaves blank"),
        "units only": Pair("judulnya nilai, tetapi setiap selnya hanya satuan tanpa angka (%, orang, dokumen: "
                           "units_of_measure.csv): kolom satuan, bukan nilai",
                           "headed as a value, but every cell is a unit alone with no figure (%, orang, dokumen: "
                           "units_of_measure.csv): the unit column, not a value"),
        "the one value": Pair("'Nilai' di tabel tanpa kolom realisasi maupun capaian: satu-satunya kolom angka indikatornya, "
                              "nilai yang dicapai",
                              "'Nilai' in a table with neither a realisation nor a capaian column: the indicators' one column "
                              "of figures, the value reached"),
        "commentary": Pair("menurut commentary_words.csv: labelnya mengepalai teks tentang angka-angkanya, tidak pernah angka",
                           "by commentary_words.csv: its label heads text about the figures, never a figure"),
        "latest state": Pair("dari kondisi barang pada beberapa saat (awal dan akhir tahun, sebelum dan sesudah), keadaan "
                             "terakhir: yang dilaporkan untuk tahun itu",
                             "of the conditions stated at several moments (start and end of the year, before and after), the "
                             "latest state: the one reported for the year"),
        "earlier state": Pair("keadaan sebelumnya atau perubahannya (penghapusan): riwayat keadaan terakhir, tidak dijumlahkan",
                              "an earlier state or a change (deletions): the history of the latest state, not added in"),
        "marked": Pair("satu tanda per barang di kolom-kolom kondisinya: judul kolom yang bertanda adalah kondisinya",
                       "one mark per item under the columns of its conditions: the marked column's header is its condition"),
        "band": Pair("tidak ada kolom indikator: label kelompok kolomnya menyebut indikatornya, setiap baris satu unit, "
                     "baris jumlah milik instansi",
                     "no indicator column: its column band's label names it, each row is a unit, the total row the agency's"),
        "share": Pair("dari isi sel: di setiap baris unit persentasenya 100 × pembilang / penyebutnya",
                      "by the cells: on every unit row the share is 100 × its numerator / its denominator"),
        "stacked": Pair("dari isi sel: setiap sel menumpuk angka ini setelah labelnya, bersama angka lain barisnya",
                        "by the cells: each stacks this figure after its label, with the row's other figures"),
        "stand-in": Pair("tidak ada kolom yang judulnya menyebutnya: judul kolom ini menggantikannya "
                         "(stand_in_headers.csv; rencana aksi tanpa kolom Indikator, setiap rencana aksi yang diukur)",
                         "no column's header names it: this column's header stands in for it (stand_in_headers.csv; "
                         "rencana aksi with no Indikator column, each action plan the item measured)"),
        "measured sasaran": Pair("tidak ada kolom indikator: setiap sel kolom sasaran terdalam ini diawali kata ukuran "
                                 "(measure_words.csv; 'Jumlah …', 'Persentase …'), jadi isinya indikator yang targetnya diukur",
                                 "no indicator column: every cell of this deepest sasaran column starts with a measure word "
                                 "(measure_words.csv; 'Jumlah …', 'Persentase …'), so it holds the indicators the targets measure"),
        "row labels": Pair("tidak ada judul yang menyebutnya: satu-satunya kolom kata di kiri angka-angkanya, setiap baris namanya sendiri",
                           "no header names it: the one column of words left of the amounts, each row its own"),
        "school levels": Pair("tidak ada kolom nama barang: satu-satunya kolom di kiri jumlah-jumlahnya memuat jenjang sekolah "
                              "(SD, SMP …), setiap baris satu jenjang dari barang yang dihitung tabel (yang disebut judulnya)",
                              "no item column: the one column left of the counts holds school levels (SD, SMP …), each row "
                              "one level of the item the table counts (its title names it)"),
        "stated quantity": Pair("judulnya (atau judul kelompoknya) sebuah jumlah, satu-satunya kolom angka lain: jumlah barang "
                                "setiap baris yang tercantum, diperiksa terhadap barang baik dan rusaknya",
                                "headed as a total (itself or its band), the only other column of numbers: each row's stated "
                                "number of items, checked against its good and damaged ones"),
        "parts of the titled indicator": Pair("tidak ada kolom indikator: judul tabel menyebut indikatornya, dan satu-satunya "
                                              "kolom kata di kiri nilai-nilainya menamai bagian indikator itu di setiap baris",
                                              "no indicator column: the table's title names its indicator, and the one "
                                              "column of words left of the values names that indicator's part on each row"),
        "against its target": Pair("judulnya judul targetnya dengan 'Tingkat' atau 'Realisasi' sebagai ganti 'Target': "
                                   "nilai yang targetnya ditetapkan, dalam satuan yang sama",
                                   "its header is its target's with 'Tingkat' or 'Realisasi' for 'Target': the measure the "
                                   "target is set for, in the same unit"),
        "by ratio": Pair("tidak ada judul target: satu-satunya kolom angka yang capaiannya, di sebagian besar baris, adalah "
                         "realisasi sebagai persentasenya (realisasi / kolom × 100)",
                         "no target header: the one column of numbers the capaian is, on most rows, the realisation's "
                         "percentage of (realisation / column × 100)"),
        "the capaian beside its percentage": Pair("capaian di samping persentasenya: nilai yang dicapai, dalam satuan targetnya",
                                                  "the capaian beside its percentage: the value reached, in its target's unit"),
        "the realisation's percentage of the target": Pair(
            "dari antara beberapa kolom capaian, satu-satunya yang di sebagian besar baris adalah realisasi sebagai persentase "
            "targetnya (realisasi / target × 100); yang lain (nilai, kategori) tidak dipakai",
            "of several capaian columns, the one that is on most rows the realisation's percentage of the target "
            "(realisation / target × 100); the others (a score, a grade) are not used")}


def _record(record: Recognition, lang: str) -> list[str]:
    if record.header_rows is None:
        reason = (record.reason_id if lang != "en" and record.reason_id else record.reason) or _said("no_table", lang)
        return [f"  sheet '{record.sheet}': {reason}"]
    first, last = record.header_rows
    header = _said("header_row", lang, first=first) if first == last else _said("header_rows", lang, first=first, last=last)
    body = ""
    if record.body_rows:
        span = record.body_span
        rows = (_said("no_body", lang) if span is None else _said("body_row", lang, first=span[0]) if span[0] == span[1]
                else _said("body_rows", lang, first=span[0], last=span[1]))
        body = f", {rows} ({_said('data_row' if record.data_rows == 1 else 'data_rows', lang, count=record.data_rows)})"
    kind = _KINDS.get(record.dataset, _KINDS[None]).text(lang)
    reason = record.reason_id if lang != "en" and record.reason_id else record.reason
    status = "" if record.status == "used" else f" — {_STATUS[record.status].text(lang)}: {reason}"
    lines = [f"  sheet '{record.sheet}': {_said('table', lang, kind=kind)}, {header}{body}{status}"]
    for cell, path, field, how in record.columns:
        by = "" if how in SILENT_HOWS else f" ({render(HOWS.get(how, how), lang)})"
        lines.append(f"    {cell:<4}'{path}' → {render(field, lang)}{by}")
    if record.unused:
        lines.append(f"    {_said('unused', lang)}: " + ", ".join(f"{cell} '{path}'" for cell, path in record.unused))
    if record.skipped_rows:
        lines.append(f"    {_said('skipped_rows', lang)}: " + ", ".join(f"{row} ({role_text(role, lang)})" for row, role in record.skipped_rows))
    return lines


#: the words of a snippet's comments
_SNIPPET = {"or": Pair(" atau ", " or "), "placeholder": Pair("<judul kolom {hint}>", "<the header of {hint}>"),
            "fitting": Pair("judul yang tidak dipakai yang selnya berisi {wanted}", "the headers not used whose cells are {wanted}"),
            "unused": Pair("judul yang tidak dipakai", "the headers not used"),
            "none": Pair("tidak ada kolom tak terpakai yang berisi {wanted}", "no column not used holds {wanted}")}


def aliases_snippet(records: list[Recognition], problems: list[Problem], dataset: str | None = None,
                    lang: str | None = None) -> str:
    """A ``header_aliases:`` block for ``lakip.yml`` with each field the problems say is missing, its value the first
    header of the sheet that was not used and whose cells fit the field (amounts for a budget, numbers or grades for
    a target, words for a name), or a placeholder that says no column fits, its comments in ``lang``. A table refused
    for its layout (items over several lines), which no header mends, gets none.

    Example:
        >>> record = Recognition("anggaran.xlsx", "Data", "budget", (7, 7), unused=[("A7", "No Rek"), ("C7", "Sebelum"), ("D7", "Sesudah")],
        ...                      content={"A7": "code", "C7": "money", "D7": "money"})
        >>> print(aliases_snippet([record], [Problem("anggaran.xlsx", "Data", "row 7", expected=expects("column_for", field="budget", examples="'Anggaran'"))], lang="en"))
        header_aliases:
          budget:
            budget: [Sebelum]  # the budget (anggaran, pagu); the headers not used whose cells are amounts: 'Sebelum', 'Sesudah'
    """
    missing: list[tuple[str, str]] = []
    for problem in problems:
        if field := missing_field(problem):
            record = next((r for r in records if r.sheet == problem.sheet and r.dataset), None)
            owner = record.dataset if record else dataset
            if record is not None and not record.aliases_help:
                continue
            if owner and (owner, field) not in missing:
                missing.append((owner, field))
    if not missing:
        return ""
    lang = lang or current_language()
    tree: dict[str, dict[str, list[str]]] = {}
    comments: dict[tuple[str, str], str] = {}
    for owner, field in missing:
        hint = render(FIELD_HINTS.get(owner, {}).get(field, field), lang)
        unused = [(path, r.content.get(cell)) for r in records if r.dataset == owner for cell, path in r.unused]
        fitting = [path for path, kind in unused if fits(field, kind)]
        wanted = _SNIPPET["or"].text(lang).join(KINDS[k].text(lang) for k in sorted(FITS.get(field, ())))
        tree.setdefault(owner, {})[field] = [fitting[0] if fitting else _SNIPPET["placeholder"].text(lang).format(hint=hint)]
        if fitting:
            said = _SNIPPET["fitting" if field in FITS else "unused"].text(lang).format(wanted=wanted)
            comments[(owner, field)] = f"{hint}; {said}: {', '.join(repr(u) for u in fitting)}"
        elif unused:
            held = ", ".join(f"{path!r} ({KINDS[kind].text(lang)})" if kind else repr(path) for path, kind in unused)
            comments[(owner, field)] = f"{hint}; {_SNIPPET['none'].text(lang).format(wanted=wanted)}: {held}"
        else:
            comments[(owner, field)] = hint
    text = yaml.safe_dump({"header_aliases": tree}, allow_unicode=True, default_flow_style=None, sort_keys=False, width=1000)
    lines = []
    owner = None
    for line in text.splitlines():
        stripped = line.strip()
        if line.startswith("  ") and not line.startswith("    "):
            owner = stripped.rstrip(":")
        elif line.startswith("    ") and owner:
            field = stripped.split(":")[0]
            line += f"  # {comments[(owner, field)]}"
        lines.append(line)
    return "\n".join(lines)
