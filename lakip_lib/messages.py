"""The ``lakip`` command's own lines in the user's language (``--lang``: Indonesian by default, as the report).

Also what an input problem says was expected (:data:`EXPECTED`, :class:`Said`),
rendered in the language in effect (:func:`use_language`, :func:`current_language`).

Only the standard library: the command prints these on paths (a build that
finds every year up to date) that must not import pandas. The wording of the
report itself is in ``data/labels.csv``.
"""

from __future__ import annotations

import os
import string
from dataclasses import dataclass

#: key → (Indonesian, English); ``{name}`` fields are filled by :func:`say`
MESSAGES = {
    "severity_error": ("KESALAHAN", "ERROR"),
    "severity_warning": ("PERINGATAN", "WARNING"),
    "severity_info": ("INFO", "INFO"),
    "severity_explained": ("DIJELASKAN", "EXPLAINED"),
    "explanation": ("penjelasan instansi: {text}", "the agency's explanation: {text}"),
    "findings_explained": (", {count} kesalahan dijelaskan di lakip.yml", ", {count} errors explained in lakip.yml"),
    "findings": ("{count} temuan, {errors} kesalahan", "{count} findings, {errors} errors"),
    "missing": ("data tidak ada: {datasets}", "missing data: {datasets}"),
    "trend_only": ("{year}/ hanya berisi data kinerja: laporan {year} tidak lengkap, dan realisasi indikatornya menjadi "
                   "data tren laporan {later}",
                   "{year}/ holds the indicators only: the {year} report is partial, and its realisations are trend "
                   "data of the {later} report"),
    "no_settings": ("tidak ada lakip.yml di {folder}: laporan memakai nilai bawaan (instansi \"Instansi Pemerintah\", "
                    "tanpa Renstra dan penandatangan); buat dengan: lakip init",
                    "no lakip.yml in {folder}: the report uses the defaults (agency \"Instansi Pemerintah\", no Renstra "
                    "or signatory); write one with: lakip init"),
    "no_year_folder": ("tidak ada folder {folder}", "no folder {folder}"),
    "no_years": ("tidak ada folder tahun (seperti 2024/) di {folder}", "no year folders (such as 2024/) under {folder}"),
    "index_kept": ("{path} tidak ditulis oleh kit: dibiarkan (pindahkan agar daftar tahun dapat ditulis)",
                   "{path} was not written by the kit: left as it is (move it away to get the list of years)"),
    "init_done": ("{folder}: {files} file ditulis (lakip.yml, README.md, narasi/, {year}/); salin ekspor Excel tahun "
                  "{year} ke {folder}/{year}/ lalu jalankan: lakip check --year {year} --data {folder}",
                  "{folder}: {files} files written (lakip.yml, README.md, narasi/, {year}/); copy the {year} Excel "
                  "exports into {folder}/{year}/, then run: lakip check --year {year} --data {folder}"),
    "draft": ("DRAFT: {count} kesalahan data belum diperbaiki atau dijelaskan; rinciannya di {path}",
              "DRAFT: {count} data errors neither fixed nor explained; the details are in {path}"),
    "acknowledged": ("{count} kesalahan dijelaskan di lakip.yml (acknowledgements): dicetak sebagai catatan tabel",
                     "{count} errors explained in lakip.yml (acknowledgements): printed as table notes"),
    "acknowledge_how": ("perbaiki datanya, atau jelaskan di lakip.yml di bawah years: {year}: acknowledgements: "
                        "- {{check: {check}, location: {location}, explanation: \"<penjelasan instansi>\"}}",
                        "fix the data, or explain it in lakip.yml under years: {year}: acknowledgements: "
                        "- {{check: {check}, location: {location}, explanation: \"<the agency's explanation>\"}}"),
    "sample_draft": ("ini contoh bawaan kit: laporannya sengaja DRAFT, karena memuat kesalahan laporan rujukan apa adanya "
                     "(bundled_sample di lakip.yml)",
                     "this is the kit's bundled sample: its report is a DRAFT on purpose, as it keeps the reference "
                     "report's own mistakes (bundled_sample in lakip.yml)"),
    "final_refused": ("laporan final ditolak: {count} kesalahan data belum diperbaiki atau dijelaskan",
                      "final report refused: {count} data errors neither fixed nor explained"),
    "unmatched": ("lakip.yml: acknowledgements menjelaskan {check} di {location}, tetapi tidak ada kesalahan itu "
                  "(sudah diperbaiki, atau check/location salah ketik)",
                  "lakip.yml: acknowledgements explains {check} at {location}, but there is no such error "
                  "(fixed since, or check/location mistyped)"),
    "preview_serving": ("pratinjau {year}: {url} (diperbarui sendiri setiap kali data, lakip.yml atau narasi/ disimpan; "
                        "Ctrl-C untuk berhenti)",
                        "preview of {year}: {url} (updated by itself whenever the data, lakip.yml or narasi/ is saved; "
                        "Ctrl-C to stop)"),
    "preview_host": ("PERINGATAN: pratinjau dibuka di {host}, bukan hanya untuk komputer ini: siapa pun yang dapat "
                     "menjangkau alamat itu dapat membaca laporan",
                     "WARNING: the preview listens on {host}, not only for this computer: anyone who can reach that "
                     "address can read the report"),
    "preview_port_busy": ("{host}:{port} tidak dapat dipakai untuk pratinjau ({error}): pilih --port lain, atau tanpa "
                          "--port untuk port yang bebas",
                          "{host}:{port} cannot be used for the preview ({error}): choose another --port, or leave it out "
                          "for a free port"),
    "preview_changed": ("berubah: {files}; membangun ulang {year}", "changed: {files}; rebuilding {year}"),
    "preview_built": ("{year}: dibangun dalam {seconds} detik{reused}", "{year}: built in {seconds} s{reused}"),
    "preview_reused": (" (dipakai ulang: {parts}{rendered})", " (reused: {parts}{rendered})"),
    "preview_rendered": ("; laporan dirender dari analisis yang tersimpan, tanpa kernel",
                         "; report rendered from the stored analysis, without a kernel"),
    "preview_early": ("perubahan ditampilkan dalam {seconds} detik; laporan sedang dibangun",
                      "change shown in {seconds} s; the report is being built"),
    "preview_unchanged": ("{year}: sudah mutakhir", "{year}: up to date"),
    "preview_failed": ("{year}: GAGAL: {message} (halaman menampilkan pesan ini di atas laporan terakhir yang berhasil)",
                       "{year}: FAILED: {message} (the page shows this message above the last good report)"),
    "preview_worker_restarted": ("kode kit berubah: pekerja pratinjau dimulai ulang dengan kode yang baru",
                                 "the kit's code changed: the preview's worker was restarted with the new code"),
    "preview_stopped": ("pratinjau dihentikan", "preview stopped"),
    "preview_error_title": ("Pembangunan ulang laporan gagal", "The report could not be rebuilt"),
    "preview_error_below": ("Di bawah ini laporan terakhir yang berhasil dibangun. Halaman ini diperbarui sendiri setelah "
                            "file diperbaiki dan disimpan.",
                            "Below is the last report built successfully. This page updates itself once the file is "
                            "fixed and saved."),
    "preview_error_none": ("Belum ada laporan yang berhasil dibangun. Halaman ini diperbarui sendiri setelah file "
                           "diperbaiki dan disimpan.",
                           "No report has been built successfully yet. This page updates itself once the file is fixed "
                           "and saved."),
    # an input problem's own words (errors.py): its location, what it held, what was expected
    "input_problem": ("{count} masalah pada data masukan:", "{count} problem in the input:"),
    "input_problems": ("{count} masalah pada data masukan:", "{count} problems in the input:"),
    "more_problems": ("… dan {count} masalah lain yang sejenis", "… and {count} more of the same kinds"),
    "headline_more_one": (" (+{count} masalah lain)", " (+{count} more problem)"),
    "headline_more": (" (+{count} masalah lain)", " (+{count} more problems)"),
    "got": ("berisi {value}, ", "got {value}, "),
    "expected": ("seharusnya {expected}", "expected {expected}"),
    "at_sheet": ("sheet '{sheet}'", "sheet '{sheet}'"),
    "at_cell": ("sel {cell}", "cell {cell}"),
    "at_row": ("baris {row}", "row {row}"),
    "at_column": ("kolom '{column}'", "column '{column}'"),
}

#: dataset → its name in the command's lines (the file-name prefix in Indonesian, as the user names the files)
DATASET_WORDS = {"staff": ("pegawai", "staff"), "indicators": ("kinerja", "indicators"),
                 "budget": ("anggaran", "budget"), "assets": ("sarana", "assets")}


def say(key: str, lang: str = "id", **fields: object) -> str:
    """The message ``key`` in ``lang`` (``id`` or ``en``), its fields filled.

    Example:
        >>> say("findings", count=3, errors=1), say("findings", "en", count=3, errors=1)
        ('3 temuan, 1 kesalahan', '3 findings, 1 errors')
    """
    return MESSAGES[key][lang == "en"].format(**fields)


def datasets(names: list[str], lang: str = "id") -> str:
    """Dataset ids as the command names them.

    Example:
        >>> datasets(["indicators", "budget"]), datasets(["indicators", "budget"], "en")
        ('kinerja, anggaran', 'indicators, budget')
    """
    return ", ".join(DATASET_WORDS[name][lang == "en"] for name in names)


#: the language set by :func:`use_language` (None: the environment's ``LAKIP_LANG``, else Indonesian)
_language: str | None = None
LANGUAGES = ("id", "en")


def use_language(lang: str | None) -> str | None:
    """Make ``lang`` the language of the messages rendered from now on in this process; returns the previous setting.

    The build's kernels call it with the build's ``--lang`` (the parent sees only
    the text of their exceptions); None goes back to ``LAKIP_LANG`` or Indonesian.

    Example:
        >>> previous = use_language("en"); current_language()
        'en'
        >>> _ = use_language(previous)
    """
    global _language
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"language {lang!r} is not one of {', '.join(LANGUAGES)}")
    previous, _language = _language, lang
    return previous


def current_language() -> str:
    """The language messages are rendered in: :func:`use_language`'s, else env ``LAKIP_LANG``, else ``id``.

    Example:
        >>> current_language() in LANGUAGES
        True
    """
    if _language is not None:
        return _language
    return "en" if os.environ.get("LAKIP_LANG", "").strip().lower() == "en" else "id"


@dataclass(frozen=True)
class Said:
    """A message of a catalogue (:data:`EXPECTED`, else :data:`MESSAGES`) with its fields, rendered in a language
    only when it is read: it stands where a text stood (a :class:`~lakip_lib.errors.Problem`'s ``expected``).

    Fields are filled as they are (values from the input: a header, a code); a
    field that is itself a :class:`Said` is rendered in the same language.

    Example:
        >>> said = expects("golongan")
        >>> said.text("id"), said.text("en")
        ('golongan I/a … IV/e', 'a golongan I/a … IV/e')
    """

    key: str
    fields: tuple[tuple[str, object], ...] = ()

    def text(self, lang: str | None = None) -> str:
        lang = lang or current_language()
        catalogue = next(catalogue for catalogue in (EXPECTED, ERRORS, MESSAGES) if self.key in catalogue)
        # a message's ``field`` is a field's key ('budget', 'target@2021'), kept as data for what reads the problem
        # (the header_aliases snippet); the reader is told it in words, with the key to write in lakip.yml
        values = {name: render(field_words(value) if name == "field" and isinstance(value, str) else value, lang)
                  for name, value in self.fields}
        return catalogue[self.key][lang == "en"].format(**values)

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True)
class Pair:
    """A text the code already has in both languages (a reason of the recognition, a dimension's name), as a field
    of a :class:`Said` or where one stands.

    Example:
        >>> Pair("jenis kelamin", "gender").text("id")
        'jenis kelamin'
    """

    id: str
    en: str

    def text(self, lang: str | None = None) -> str:
        return self.en if (lang or current_language()) == "en" else self.id

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True)
class Joined:
    """Texts said one after the other (``sep`` between them), each in the language of the whole.

    Example:
        >>> Joined((expects("a_number"), "'Jumlah'")).text("id")
        "angka; 'Jumlah'"
    """

    parts: tuple[object, ...]
    sep: object = "; "  #: a text itself (a Pair: "; or " / "; atau ")

    def text(self, lang: str | None = None) -> str:
        return render(self.sep, lang).join(render(part, lang) for part in self.parts)

    def __str__(self) -> str:
        return self.text()


#: the kit's field keys (the keys of ``header_aliases`` in lakip.yml) in Indonesian words, for messages; English
#: messages show the key itself, which is English
FIELD_WORDS = {
    "nip": "NIP", "name": "nama", "golongan": "golongan", "gender": "jenis kelamin", "education": "pendidikan",
    "position": "jabatan", "position_type": "jenis jabatan", "status": "status kepegawaian", "unit": "unit kerja",
    "birth_date": "tanggal lahir", "tmt_cpns": "TMT CPNS", "category": "kategori tiap baris", "count": "jumlah",
    "male": "jumlah laki-laki", "female": "jumlah perempuan", "indicator": "nama indikator", "target": "target",
    "realisation": "realisasi", "stated_capaian": "capaian tercantum", "renstra_target": "target Renstra",
    "baseline": "kondisi awal", "polarity": "polaritas", "scale": "skala", "goal": "sasaran", "program": "program",
    "level": "tingkat (program, kegiatan, sub kegiatan)", "code": "kode", "formula": "rumus", "source": "sumber data",
    "funding": "sumber dana", "agency": "penanggung jawab", "analysis": "analisis", "obstacles": "kendala",
    "actions": "langkah", "budget": "anggaran (pagu)", "realised": "realisasi anggaran",
    "stated_pct": "persentase tercantum", "number": "nomor", "item": "nama barang", "condition": "kondisi",
    "good": "jumlah kondisi baik", "damaged": "jumlah rusak", "sufficient": "jumlah cukup", "lacking": "jumlah kurang",
    "quantity": "jumlah barang", "note": "keterangan", "register": "nomor register", "population": "jumlah penduduk",
    "share": "persentase", "remaining": "sisa", "blocked": "anggaran diblokir", "physical": "realisasi fisik", "comparison": "perbandingan",
}


def field_words(key: str) -> Pair:
    """A field's key as a message shows it: in Indonesian its words and the key (to write in ``header_aliases``), in
    English the key; a key of one year's column (``target@2021``) with its year.

    Example:
        >>> field_words("budget").text("id"), field_words("budget").text("en")
        ("anggaran (pagu) ('budget')", "'budget'")
        >>> field_words("target@2021").text("id"), field_words("target@2021").text("en")
        ("'target' tahun 2021", "'target' of 2021")
        >>> field_words("realisation@2021").text("id")
        "realisasi tahun 2021 ('realisation')"
    """
    name, _, year = key.partition("@")
    words = FIELD_WORDS.get(name, name)
    of_year = f" tahun {year}" if year else ""
    in_id = f"'{name}'{of_year}" if words == name else f"{words}{of_year} ('{name}')"
    return Pair(in_id, f"'{name}' of {year}" if year else f"'{name}'")


#: what a text can be where the user reads it: a message to render, or text already the user's own
Text = str | Said | Pair | Joined


def render(text: object, lang: str | None = None) -> str:
    """``text`` in ``lang`` (default: :func:`current_language`): a :class:`Said` rendered, anything else as it is.

    Example:
        >>> render(expects("a_number"), "id"), render("'Jumlah' (header)", "id")
        ('angka', "'Jumlah' (header)")
    """
    if isinstance(text, (Said, Pair, Joined)):
        return text.text(lang)
    return str(text)


def expects(key: str, **fields: object) -> Said:
    """What was expected, as the message ``key`` of :data:`EXPECTED` with ``fields``.

    Example:
        >>> print(expects("existing_file", path="/data/2024/pegawai.xlsx").text("en"))
        an existing file (looked for /data/2024/pegawai.xlsx)
    """
    if key not in EXPECTED and key not in MESSAGES:
        raise KeyError(key)
    return Said(key, tuple(fields.items()))


def said(key: str, /, **fields: object) -> Said:
    """The message ``key`` of :data:`ERRORS` with ``fields``: what an error of the kit says, in the language in effect
    when it is printed (``str(err)``), which may not be known yet where it is raised.

    Example:
        >>> message = said("not_utf8", file="lakip.yml")
        >>> message.text("id"), message.text("en")
        ('lakip.yml: bukan teks UTF-8', 'lakip.yml: not UTF-8 text')
    """
    if key not in ERRORS:
        raise KeyError(key)
    return Said(key, tuple(fields.items()))


def number(value: float, decimals: int = 0) -> Pair:
    """A number as each language writes it: 1.234.567,5 in Indonesian, 1,234,567.5 in English.

    Example:
        >>> number(100000).text("id"), number(2.25, 1).text("en")
        ('100.000', '2.2')
    """
    english = f"{value:,.{decimals}f}"
    return Pair(english.translate(str.maketrans(",.", ".,")), english)


def fields_of(text: str) -> set[str]:
    """The ``{name}`` fields of a format string.

    Example:
        >>> sorted(fields_of("{a} and {b}, not {{c}}"))
        ['a', 'b']
    """
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


#: what an input problem says was expected: key → (Indonesian, English), read after "seharusnya" / "expected"
EXPECTED = {
    # values
    "a_number": ("angka", "a number"),
    "golongan": ("golongan I/a … IV/e", "a golongan I/a … IV/e"),
    "golongan_or_pppk": ("golongan I/a … IV/e, atau golongan PPPK I sampai XVII", "a golongan I/a … IV/e, or a PPPK grade I to XVII"),
    "code_once": ("setiap kode satu kali (kode ini juga ada di baris {row})", "each code once (it is also in row {row})"),
    "golongan_or_group": ("golongan I/a … IV/e atau kelompok I–IV", "a golongan I/a … IV/e or a group I–IV"),
    # files and folders
    "year_folder": ("folder berisi file masukan tahun {year} di {data}", "a folder of input files for {year} under {data}"),
    "workbook": ("workbook Excel", "an Excel workbook"),
    "existing_file": ("file yang ada (dicari di {path})", "an existing file (looked for {path})"),
    # values of a cell (parse.py)
    "number_written": ("angka seperti 1.234.567, 88,30 atau Rp 1.234", "a number such as 1.234.567, 88,30 or Rp 1.234"),
    "number_sensible": ("angka dengan besaran yang wajar", "a number of a sensible size"),
    "number_one_line": ("satu angka per sel, bukan dua angka di dua baris sel yang sama",
                        "one number in the cell, not two figures on two lines of it"),
    "number_not_boolean": ("angka, bukan TRUE/FALSE", "a number, not TRUE/FALSE"),
    "number_finite": ("angka terhingga dengan besaran yang wajar", "a finite number of a sensible size"),
    "number_unambiguous": ("angka yang tidak bermakna ganda: kolom ini menulis desimal dengan titik, jadi 1.234 dapat "
                           "berarti 1,234 atau 1234",
                           "an unambiguous number: this column writes decimals with a point, so 1.234 could be 1,234 "
                           "or 1234"),
    "number_style": ("penulisan angka yang sama dengan isi kolom lainnya ({style})",
                     "the same number style as the rest of the column ({style})"),
    "gender": ("L/P, Laki-laki atau Perempuan", "L/P, Laki-laki or Perempuan"),
    "position_type": ("Struktural, Fungsional atau Pelaksana (JFU/Fungsional Umum)",
                      "Struktural, Fungsional or Pelaksana (JFU/Fungsional Umum)"),
    "education": ("jenjang pendidikan seperti SMA, D3, S1, S2", "an education level such as SMA, D3, S1, S2"),
    "position_type_eselon": ("nama jabatan struktural, sebagaimana eselon '{eselon}' di {cell} menyatakan (jabatan "
                             "bereselon adalah struktural), bukan {said}; atau {cell} tanpa eselon",
                             "a structural post's name, as the eselon '{eselon}' in {cell} says (a post with an eselon "
                             "is structural), not {said}; or no eselon in {cell}"),
    "education_below": ("{expected} (jenjang di bawah jenjang yang disebut tidak termasuk)",
                        "{expected} (a level below the one named is none of them)"),
    "education_levels_lumped": ("{expected}, satu jenjang saja: label ini menyebut beberapa jenjang ({levels}), dan "
                                "menghitung semuanya sebagai salah satunya adalah tebakan; tulis satu baris untuk setiap "
                                "jenjang",
                                "{expected}, one level only: this label names several levels ({levels}), and counting "
                                "them all as one of them would be a guess; write one row per level"),
    "status": ("PNS atau PPPK", "PNS or PPPK"),
    "golongan_such_as": ("golongan seperti III/a", "a golongan such as III/a"),
    "pppk_grade": ("golongan PPPK I sampai XVII", "a PPPK grade I to XVII"),
    "nip_digits": ("NIP 18 digit (isi sel ini {digits} digit)", "an 18-digit NIP (this has {digits} digits)"),
    "nip_stacked": ("NIP 18 digit sendiri dalam selnya, bukan daftar {values} nilai yang masing-masing diawali '>' "
                    "(nama, NIP, jenis kelamin …): ekspor daftar pegawai dengan satu kolom untuk setiap nilai",
                    "an 18-digit NIP alone in its cell, not a list of {values} values each after '>' (name, NIP, "
                    "sex …): export the roster with one column per value"),
    "nip_empty": ("NIP 18 digit (sel ini kosong)", "an 18-digit NIP (the cell is empty)"),
    "nip_as_text": ("NIP sebagai teks: disimpan sebagai angka, digit terakhirnya hilang",
                    "the NIP as text: stored as a number it loses its last digits"),
    "nip_birth_date": ("NIP yang 8 digit pertamanya tanggal lahir yang benar YYYYMMDD",
                       "an NIP whose first 8 digits are a real birth date YYYYMMDD"),
    "nip_appointed": ("NIP yang digit 9–14-nya tahun dan bulan pengangkatan (PPPK: digit 9–12 tahunnya)",
                      "an NIP whose digits 9–14 are the appointment year and month (PPPK: digits 9–12 the year)"),
    "nip_appointed_after_birth": ("NIP yang pengangkatannya (digit 9–14) sesudah tanggal lahir",
                                  "an NIP whose appointment (digits 9–14) comes after the birth date"),
    "nip_sex": ("NIP yang digit ke-15-nya 1 (laki-laki) atau 2 (perempuan)",
                "an NIP whose 15th digit is 1 (male) or 2 (female)"),
    "date": ("tanggal seperti 15-12-1964", "a date such as 15-12-1964"),
    "real_date": ("tanggal yang benar seperti 15-12-1964", "a real date such as 15-12-1964"),
    # staff (staff.py)
    "golongan_unnamed": ("kolom untuk 'golongan' (judul seperti {examples}): kolom ini berisi golongan; sebutkan di "
                         "lakip.yml: header_aliases: staff: golongan: [{header}]",
                         "a column for 'golongan' (a header such as {examples}): this column holds golongan; name it in "
                         "lakip.yml: header_aliases: staff: golongan: [{header}]"),
    "rows_per_employee": ("satu baris untuk setiap pegawai di bawah judul kolom", "one row per employee under the header"),
    "nip_once": ("NIP yang dipakai satu kali (NIP ini juga ada di {where})", "a NIP used once (it is also in {where})"),
    "gender_of_nip": ("{gender}, sesuai digit ke-15 NIP", "{gender}, as the NIP's 15th digit says"),
    "status_of_nip": ("{status}, sesuai NIP", "{status}, as the NIP says"),
    "birth_date_of_nip": ("{date}, tanggal lahir pada NIP", "{date}, the birth date in the NIP"),
    "staff_table": ("tabel pegawai yang dibaca kit (daftar pegawai dengan NIP dan golongan, atau jumlah menurut golongan, "
                    "jenis kelamin, pendidikan, jenis jabatan atau status); tabel di sini adalah {reason}",
                    "a staff table the kit reads (a roster with NIP and golongan, or counts by golongan, gender, "
                    "education, position type or status); the table here is {reason}"),
    "staff_table_captioned": ("tabel pegawai yang dibaca kit (daftar pegawai dengan NIP dan golongan, atau jumlah menurut "
                              "golongan, jenis kelamin, pendidikan, jenis jabatan atau status); tabel di sini, berjudul "
                              "'{caption}', adalah {reason}",
                              "a staff table the kit reads (a roster with NIP and golongan, or counts by golongan, gender, "
                              "education, position type or status); the table here, captioned '{caption}', is {reason}"),
    "count_columns": ("kolom jumlah: 'Jumlah', atau 'L' dan 'P'", "count columns: 'Jumlah', or 'L' and 'P'"),
    "rows_above_total": ("baris data di atas baris total (tabel ini hanya berisi total)",
                         "data rows above the total row (the table has only totals)"),
    "breakdown_adds_up": ("baris bernomor {first} … di bawah '{parent}' (nomor {number}) yang jumlahnya sama dengan baris itu "
                          "(rinciannya), atau baris tanpa nomor anak: kini tidak sama, sehingga tidak jelas apakah baris "
                          "itu jumlah rinciannya atau satu baris tersendiri",
                          "rows numbered {first} … under '{parent}' (numbered {number}) that add up to that row (its "
                          "breakdown), or no numbered rows under it: they do not, so whether that row is their sum or a "
                          "row of its own is not known"),
    "breakdown_within": ("baris bertanda '{mark}' ('{first}' …) di bawah '{parent}' yang jumlahnya sama dengan atau termasuk "
                         "dalam baris itu (rinciannya): kini melebihinya, sehingga tidak jelas apakah baris itu jumlah "
                         "rinciannya atau satu baris tersendiri",
                         "rows marked '{mark}' ('{first}' …) under '{parent}' whose counts are that row's or within it "
                         "(its breakdown): they exceed it, so whether that row holds them or is a row of its own is not "
                         "known"),
    "renumbered_ambiguous": ("nomor baris yang dapat dibaca dua cara: '{label}' (nomor {number}) dapat berupa sub-unit baris di "
                             "atasnya yang bernomor lagi dari 1, atau unit berikutnya; tandai sub-unit dengan '::' di depan "
                             "namanya, atau beri unit nomor yang berlanjut",
                             "row numbers read two ways: '{label}' (numbered {number}) may be a sub-unit of a row above, "
                             "numbered again from 1, or the next unit; mark sub-units with '::' before their names, or number "
                             "the units on"),
    "renumbered_within": ("baris bernomor lagi dari 1 ('{first}' …) di bawah '{parent}' (nomor {number}) yang jumlahnya "
                          "sama dengan atau termasuk dalam baris itu (sub-unitnya): kini melebihinya, sehingga tidak jelas "
                          "apakah baris itu memuat mereka atau satu baris tersendiri",
                          "rows numbered again from 1 ('{first}' …) under '{parent}' (numbered {number}) whose counts are "
                          "that row's or within it (its sub-units): they exceed it, so whether that row holds them or is a "
                          "row of its own is not known"),
    "rows_per_category": ("satu baris untuk setiap kategori di bawah judul kolom", "one row per category under the header"),
    "male_and_female": ("kolom 'L' dan kolom 'P' sekaligus, atau tidak keduanya", "both an 'L' and a 'P' column, or neither"),
    "category_column": ("kolom yang menyebut kategori setiap baris (Golongan, Jenis Kelamin, Pendidikan, Jenis Jabatan …), "
                        "atau satu baris jumlah 'L' dan 'P'",
                        "a column naming each row's category (Golongan, Jenis Kelamin, Pendidikan, Jenis Jabatan …), "
                        "or a single row of 'L' and 'P' counts"),
    "snapshots": ("satu baris untuk setiap kategori atau unit; baris-barisnya bertanggal menurut kolom '{header}' ({dates}): "
                  "masing-masing potret pegawai yang sama pada tanggalnya, dan menjumlahkannya menghitung semua orang lagi; "
                  "sisakan hanya baris tanggal laporan (hapus yang lain)",
                  "one row per category or unit; the rows are dated by column '{header}' ({dates}): each is a snapshot "
                  "of the same staff on its date, and adding them up would count everyone again; keep only the row of "
                  "the report's date (delete the others)"),
    "category_as_others": ("{expected}, seperti baris lain tabel {dimension} ini",
                           "{expected}, as the other rows of this {dimension} table"),
    "category_column_known": ("kolom satu kategori {dimension} yang dikenal kit ({known}), seperti kolom di sampingnya "
                              "('{band}'): kolom ini berisi jumlah pegawai, tetapi '{category}' bukan salah satunya, "
                              "sehingga mereka tidak terhitung dalam kategori mana pun dan tidak pula dalam jumlah menurut "
                              "jenis kelamin; bila '{category}' adalah salah satu kategori itu, tulis judulnya dengan nama "
                              "kategori itu (ejaan yang dikenal ada di lakip_lib/data/value_aliases.csv; lakip.yml tidak "
                              "mempunyai pengaturan untuk kategori)",
                              "a column of one {dimension} category the kit knows ({known}), as the columns beside it "
                              "('{band}'): this column counts staff, but '{category}' is none of them, so they would be "
                              "counted in no category and not in the totals by sex either; if '{category}' is one of those "
                              "categories, write its header as that category (the spellings known are in "
                              "lakip_lib/data/value_aliases.csv; lakip.yml has no setting for categories)"),
    "category_marks_known": ("kolom satu kategori {dimension} yang dikenal kit ({known}), seperti kolom lain di bawah "
                             "'{band}': kolom ini menandai pegawai, tetapi '{category}' bukan salah satunya, sehingga "
                             "mereka tidak mempunyai {dimension}; bila '{category}' adalah salah satu kategori itu, tulis "
                             "judulnya dengan nama kategori itu (ejaan yang dikenal ada di lakip_lib/data/value_aliases.csv; "
                             "lakip.yml tidak mempunyai pengaturan untuk kategori)",
                             "a column of one {dimension} category the kit knows ({known}), as the other columns under "
                             "'{band}': this column marks staff, but '{category}' is none of them, so they would have no "
                             "{dimension}; if '{category}' is one of those categories, write its header as that category "
                             "(the spellings known are in lakip_lib/data/value_aliases.csv; lakip.yml has no setting for "
                             "categories)"),
    "category_once": ("setiap kategori satu kali ({category} juga ada di baris {row})",
                      "each category once ({category} is also in row {row})"),
    "groups_or_golongan": ("kelompok (IV, III …) atau golongan (IV/a …), tidak keduanya: baris kelompok di atas "
                           "golongannya adalah subtotal",
                           "groups (IV, III …) or golongan (IV/a …), not both: a group's row over its golongan is a subtotal"),
    # files (workbook.py, plainfiles.py)
    "empty_file": ("file kosong (0 byte)", "an empty file (0 bytes)"),
    "file_under": ("file di bawah {mb} MB (limits.max_file_mb)", "a file under {mb} MB (limits.max_file_mb)"),
    "password_workbook": ("workbook yang dilindungi kata sandi", "a password-protected workbook"),
    "without_password": ("workbook disimpan tanpa kata sandi (File › Info › Protect Workbook › Encrypt)",
                         "the workbook saved without a password (File › Info › Protect Workbook › Encrypt)"),
    "excel_97": ("workbook Excel 97-2003", "an Excel 97-2003 workbook"),
    "named_xls": ("file bernama .xls, atau disimpan ulang sebagai {suffix}", "a file named .xls, or saved again as {suffix}"),
    "spreadsheet_file": ("workbook Excel (.xlsx, .xls, .xlsb atau .ods); buka di Excel lalu simpan sebagai .xlsx",
                         "an Excel workbook (.xlsx, .xls, .xlsb or .ods); open it in Excel and save it as .xlsx"),
    "formula_unsaved": ("rumus tanpa hasil yang tersimpan", "a formula with no saved result"),
    "formula_values": ("nilai: buka file di Excel lalu simpan, agar rumusnya dihitung",
                       "values: open the file in Excel and save it, so formulas are calculated"),
    "html_page": ("halaman HTML/XML yang disimpan dengan nama spreadsheet", "an HTML/XML page saved with a spreadsheet name"),
    "not_spreadsheet": ("file yang bukan spreadsheet", "a file that is not a spreadsheet"),
    "text_renamed": ("file teks (CSV?) yang diganti namanya menjadi nama spreadsheet",
                     "a text file (CSV?) renamed to a spreadsheet name"),
    "word_97": ("dokumen Word 97-2003 atau yang dilindungi kata sandi", "a Word 97-2003 or password-protected document"),
    "docx_without_password": ("dokumen Word yang disimpan sebagai .docx tanpa kata sandi",
                              "a Word document saved as .docx without a password"),
    "not_word": ("file yang bukan dokumen Word", "a file that is not a Word document"),
    "docx": ("dokumen Word (.docx)", "a Word document (.docx)"),
    "a_word_document": ("dokumen Word", "Word document"),
    "unpacks_to": ("arsip yang menjadi {mb} MB setelah dibuka", "an archive that unpacks to {mb} MB"),
    "unpacked_at_most": ("paling banyak {mb} MB setelah dibuka (limits.max_uncompressed_mb): file ini tampak seperti "
                         "zip bomb", "at most {mb} MB unpacked (limits.max_uncompressed_mb): this looks like a zip bomb"),
    "encrypted_archive": ("arsip terenkripsi", "an encrypted archive"),
    "workbook_without_password": ("workbook yang disimpan tanpa kata sandi", "a workbook saved without a password"),
    "compressed": ("anggota {member} dimampatkan {ratio}:1", "member {member} compressed {ratio}:1"),
    "ratio_under": ("rasio pemampatan di bawah {ratio}:1 (limits.max_compression_ratio): file ini tampak seperti zip bomb",
                    "a compression ratio under {ratio}:1 (limits.max_compression_ratio): this looks like a zip bomb"),
    "zip_not_spreadsheet": ("arsip zip yang bukan spreadsheet", "a zip archive that is not a spreadsheet"),
    "xlsx_or_ods": ("workbook Excel (.xlsx, .xlsb) atau spreadsheet OpenDocument (.ods)",
                    "an Excel workbook (.xlsx, .xlsb) or an OpenDocument spreadsheet (.ods)"),
    "kind_named": ("workbook {kind} yang bernama {suffix}", "an {kind} workbook named {suffix}"),
    "kind_unnamed": ("workbook {kind} tanpa akhiran nama", "an {kind} workbook named without a suffix"),
    "renamed_to": ("file yang namanya diganti menjadi {kind}", "the file renamed to {kind}"),
    "compression_method": ("metode pemampatan {method}", "compression method {method}"),
    "usual_compression": ("workbook seperti yang ditulis program spreadsheet (anggota stored atau deflated, bukan seperti "
                          "{member}): buka lalu simpan ulang",
                          "a workbook as spreadsheet programs write it (stored or deflated members, not {member}'s): "
                          "open it and save it again"),
    "larger_than_declared": ("{member} lebih besar dari yang dinyatakan", "{member} larger than declared"),
    "as_declared": ("anggota arsip tidak lebih besar dari yang dinyatakan ({size} byte untuk yang ini): file ini tampak "
                    "seperti zip bomb",
                    "archive members no larger than they declare ({size} bytes for this one): this looks like a zip bomb"),
    "damaged_file": ("file yang rusak atau terpotong ({error})", "a damaged or truncated file ({error})"),
    "unreadable_archive": ("arsip yang tidak terbaca ({error})", "an unreadable archive ({error})"),
    "complete_file": ("{what} yang utuh: ekspor atau salin ulang", "a complete {what}: export or copy it again"),
    "xml_entities": ("entitas XML di {member}", "XML entities in {member}"),
    "without_entities": ("workbook tanpa deklarasi entitas XML (file seperti ini dapat membengkak hingga gigabyte)",
                         "a workbook without XML entity declarations (such files can expand to gigabytes)"),
    "rows_columns": ("{rows} baris × {columns} kolom", "{rows} rows × {columns} columns"),
    "cells_at_most": ("paling banyak {cells} sel (limits.max_cells)", "at most {cells} cells (limits.max_cells)"),
    "readable_sheet": ("sheet yang dapat dibaca ({error})", "a readable sheet ({error})"),
    "cannot_open": ("file yang tidak dapat dibuka pembacanya ({error})", "a file the reader cannot open ({error})"),
    "workbook_again": ("workbook Excel: ekspor atau simpan ulang", "an Excel workbook: export or save it again"),
    "no_table": ("{kind} tanpa tabel", "{kind} with no table"),
    "rows_and_columns": ("tabel berbaris dan berkolom", "a table of rows and columns"),
    "csv_unsplit": ("file CSV yang tidak dapat dipisah pembacanya ({error})", "a CSV file the reader cannot split ({error})"),
    "csv_records": ("satu rekaman per baris, kolom dipisah dengan , atau ;", "one record per line, fields separated by , or ;"),
    "xml_declares_entities": ("XML yang mendeklarasikan entitas", "XML that declares entities"),
    "xml2003_without_doctype": ("file Excel 2003 XML tanpa DOCTYPE", "an Excel 2003 XML file without a DOCTYPE"),
    "xml_unparsed": ("XML yang tidak dapat diurai pembacanya ({error})", "XML the reader cannot parse ({error})"),
    "xml2003": ("spreadsheet Excel 2003 XML", "an Excel 2003 XML spreadsheet"),
    # folders and sheets (inputs.py, year.py, tables.py)
    "one_file": ("satu file {prefix}*, ditemukan {found}", "one {prefix}* file, found {found}"),
    "one_of": ("setidaknya salah satu dari {names}", "at least one of {names}"),
    "one_of_named_otherwise": ("setidaknya salah satu dari {names}; file yang ada di sana bernama lain: {ignored}",
                               "at least one of {names}; the files there are named otherwise: {ignored}"),
    "sheet_named": ("sheet bernama '{sheet}' (sheet workbook ini: {names})", "a sheet named '{sheet}' (the workbook has {names})"),
    "empty_sheet": ("sheet kosong", "an empty sheet"),
    "table_with_header": ("tabel dengan baris judul kolom", "a table with a header row"),
    "record_cards": ("tabel dengan satu baris per pegawai atau barang dan satu kolom per isian; sheet ini memuat {cards} "
                     "kartu, satu per rekaman, berupa baris label dan nilai (label di kolom {column} seperti {labels} "
                     "berulang di setiap kartu, mulai baris {rows}): kartu tidak dibaca sebagai baris, karena isiannya "
                     "dapat milik orang lain (suami/istri) atau riwayat tanpa baris terkini; salin nilai setiap kartu ke "
                     "satu baris di bawah judul kolom label-label itu",
                     "a table with one row per employee or item and a column per field; this sheet holds {cards} cards, "
                     "one per record, of label and value rows (labels in column {column} such as {labels} repeat on "
                     "every card, starting at rows {rows}): cards are not read as rows, since their fields may be "
                     "another person's (a spouse's) or a history with no current row; copy each card's values into one "
                     "row under a header of those labels"),
    "labelled_lines": ("tabel dengan satu baris per rekaman (program, kegiatan, sub-kegiatan, pegawai, barang) dan satu "
                       "kolom per isian; sheet ini memuat {cards} kartu yang tiap barisnya berupa 'Label: nilai' dalam "
                       "satu sel (kolom {column}, label seperti {labels} berulang di setiap kartu, mulai baris {rows}), "
                       "tanpa kolom: nilainya tidak punya sel sendiri untuk dibaca; salin nilai setiap kartu ke satu "
                       "baris di bawah judul kolom label-label itu, atau ekspor tabelnya (mis. daftar atau cetak Excel "
                       "aplikasinya)",
                       "a table with one row per record (program, kegiatan, sub-kegiatan, employee, item) and a column "
                       "per field; this sheet holds {cards} cards whose lines are 'Label: value' in one cell (column "
                       "{column}, labels such as {labels} repeat on every card, starting at rows {rows}), with no "
                       "columns: their values have no cell of their own to read; copy each card's values into one row "
                       "under a header of those labels, or export the table instead (the application's list or Excel "
                       "print)"),
    "visible_sheet": ("setidaknya satu sheet yang terlihat", "at least one visible sheet"),
    "amount_not_negative": ("jumlah nol atau lebih", "an amount of zero or more"),
    "whole_staff": ("bilangan bulat pegawai", "a whole number of staff"),
    "whole_items": ("bilangan bulat barang", "a whole number of items"),
    "whole_quantity": ("bilangan bulat jumlah barang", "a whole number of quantity"),
    # headers (recognise)
    "header_row": ("baris judul kolom dengan nama kolom seperti {examples} dalam {rows} baris pertama",
                   "a header row with column names such as {examples} in the first {rows} rows"),
    "column_for": ("kolom untuk {field} (judul seperti {examples})", "a column for {field} (a header such as {examples})"),
    "service_ranks": ("daftar pegawai ASN (PNS, PPPK) menurut golongan; kolom ini memuat pangkat Polri/TNI, bukan golongan, "
                      "dan NRP bukan NIP: kit menghitung pegawai ASN menurut golongan, dan jenis kelamin serta statusnya dari "
                      "NIP; isi pegawai*.xlsx hanya dengan daftar PNS/PPPK satker (anggota Polri/TNI tidak dihitung sebagai "
                      "pegawai ASN)",
                      "a list of ASN staff (PNS, PPPK) by golongan; this column holds Polri/TNI ranks, no golongan, and an NRP "
                      "is no NIP: the kit counts ASN staff by golongan, and their sex and status from the NIP; put only the "
                      "satker's PNS/PPPK list in pegawai*.xlsx (Polri/TNI members are not counted as ASN staff)"),
    "column_for_codes": ("kolom untuk {field} (judul seperti {examples}): kolom {cell} '{header}' hanya berisi kode "
                         "(seperti '{code}'), bukan nama; tambahkan kolom nama (uraian) di samping kodenya",
                         "a column for {field} (a header such as {examples}): column {cell} '{header}' holds only codes "
                         "(such as '{code}'), no names; add a column of the names (uraian) beside the codes"),
    "one_column": ("satu kolom untuk {field}, bukan {names}: ganti nama kolom yang bukan kolom itu, atau tambahkan judul "
                   "yang benar ke header_aliases di lakip.yml",
                   "one column for {field}, not {names}: rename the ones that are not it, or add the right header to "
                   "lakip.yml header_aliases"),
    "listed_alike": ("{count} angka dipisah ', ', satu untuk setiap indikator dari {count} indikator yang didaftar "
                     "dipisah ', ' di sel indikator baris ini dan di sel nilainya yang lain (atau satu indikator per baris)",
                     "{count} figures parted by ', ', one for each of the {count} indicators listed so in the row's "
                     "indicator cell and its other value cells (or one indicator per row)"),
    "number_not_list": ("satu angka, bukan daftar {count} angka '{cell}' (koma diikuti spasi memisah daftar; koma desimal "
                        "tanpa spasi: '90,12'); atau daftarkan {count} nama indikator dipisah ', ' di sel indikator baris ini",
                        "one number, not the list of {count} figures '{cell}' (a comma followed by a space parts a list; "
                        "a decimal comma has none: '90,12'); or list {count} indicator names parted by ', ' in the row's "
                        "indicator cell"),
    "rows_of_year": ("baris tahun {year}: kolom ini memberi tahun setiap baris, dan tidak ada baris tahun {year} (hanya "
                     "{years}); pilih berkas tahun {year}, atau jalankan dengan --year tahun barisnya",
                     "rows of {year}: this column gives each row's year, and no row is of {year} (only {years}); give "
                     "the file of {year}, or run with --year of its rows"),
    "stacked_alike": ("{count} nilai bertumpuk dipisah baris kosong, satu untuk setiap indikator yang bertumpuk di sel "
                      "indikatornya (atau satu indikator per baris)",
                      "{count} values stacked between empty lines, one for each indicator stacked in the row's "
                      "indicator cell (or one indicator per row)"),
    "year_beside_plan": ("kolom {field} untuk tahun ini; formulir ini hanya memberikannya per periode ({periods}) dan "
                         "sebagai jumlah berjalan rencana '{header}' (sejak tahun pertama rencananya, bukan angka tahun "
                         "ini): tambahkan kolom realisasi tahun ini (seperti 'Realisasi Capaian Kinerja dan Anggaran … "
                         "yang Dievaluasi'), atau tambahkan judulnya ke header_aliases di lakip.yml",
                         "a column for {field} of the year; this form gives it only by period ({periods}) and as the "
                         "plan's running total '{header}' (from the plan's first year, not this year's figure): add a "
                         "column of the year's realisation (such as 'Realisasi Capaian Kinerja dan Anggaran … yang "
                         "Dievaluasi'), or add its header to lakip.yml header_aliases"),
    "rows_by_month": ("satu baris per program, kegiatan atau unit untuk tahun itu; baris tabel ini per bulan ({header!r} "
                      "{cell}: {months}), nama yang sama ({names}) berulang tiap bulan, sehingga pagu tertulis sekali "
                      "sebulan dan realisasi bisa realisasi bulan itu atau sampai bulan itu, yang tidak disebut judulnya: "
                      "berikan satu baris per unit dengan pagu dan realisasi setahun",
                      "one row per program, kegiatan or unit for the year; this table's rows are by month ({header!r} "
                      "{cell}: {months}), the same names ({names}) again every month, so the pagu stands once a month "
                      "and the realisation may be the month's or to date, which its header does not say: give one row "
                      "per unit with the year's pagu and realisation"),
    "monthly_only": ("kolom {field} untuk tahun ini; {first}…{last} memberikannya per bulan ({count} kolom, masing-masing di "
                     "samping bulannya) tanpa kolom tahunan, dan jumlah atau rata-rata bulan bukan nilai tahunnya: "
                     "tambahkan kolom nilai tahunan (misalnya 'Capaian Tahunan') atau tabel dengan nilai setahun",
                     "a column for {field} of the year; {first}…{last} give it month by month ({count} columns, each "
                     "beside its month) with no yearly column, and a sum or mean of the months is not the year's value: "
                     "add a column of the year's value (such as 'Capaian Tahunan') or a table with the year's values"),
    "one_total_column": ("satu kolom total untuk {field}, bukan {names}: ganti nama kolom yang bukan kolom itu, atau "
                         "tambahkan judul yang benar ke header_aliases di lakip.yml",
                         "one total column for {field}, not {names}: rename the ones that are not it, or add the right "
                         "header to lakip.yml header_aliases"),
    "items_as_bands": ("satu baris per barang: kelompok kolom {names} masing-masing menghitung kondisi barang yang lain "
                       "menurut baris ({rows}), dan dijumlahkan per baris barang-barang itu tercampur; tulis setiap barang "
                       "sebagai satu baris dengan jumlahnya menurut kondisi",
                       "one row per item: the column groups {names} each count another item's condition by row ({rows}), "
                       "and added up on a row those items would be mixed; write each item as a row with its counts by "
                       "condition"),
    "header_shifted": ("judul kolom di atas datanya: pada baris {first}–{last}, kolom {names} berisi nilai tanpa judul "
                       "kolomnya sendiri, sedangkan {heads} menjadi judul kolom yang kosong; judul kolom tampak bergeser dari "
                       "datanya: pindahkan setiap sel judul di baris {row} ke atas nilai yang disebutnya (atau nilainya ke "
                       "bawah judulnya) lalu simpan ulang",
                       "a header over the data: in rows {first}–{last}, columns {names} hold values under no header of "
                       "their own, while {heads} head empty columns; the header looks shifted against its data: move "
                       "each header cell of row {row} over the values it names (or the values under it) and save again"),
    "data_shifted_right": ("judul kolom di atas datanya: mulai kolom {column} ('{header}') data bergeser satu kolom ke "
                           "kanan dari judulnya, nilai setiap kolom berdiri di bawah judul kolom di sebelah kanannya "
                           "({moved}), dan baris {first}–{last} berisi nilai di kolom {extra} yang tidak berjudul; satu "
                           "sel judul tidak ada: sisipkan judul untuk nilai kolom {column} sehingga setiap judul bergeser "
                           "ke atas nilainya, lalu simpan ulang",
                           "a header over its data: from column {column} ('{header}') on, the data sit one column right "
                           "of their headers, each column's values under the header right of its own ({moved}), and "
                           "rows {first}–{last} hold values in column {extra}, which has no header; a header cell is "
                           "missing: insert a header for the values of column {column}, so that every header moves "
                           "over its values, and save again"),
    "line_per_item": ("satu baris per butir: baris {top}–{last} adalah satu butir yang ditulis dalam {lines} baris di bawah "
                      "kolom yang sama (kode dan namanya hanya di baris pertama), sehingga tidak ada kolom yang memuat satu "
                      "nilai; tulis setiap butir dalam satu baris, anggaran dan realisasinya di kolomnya masing-masing "
                      "('Anggaran', 'Realisasi')",
                      "one line per item: rows {top}–{last} are one item over {lines} lines under the same columns (its "
                      "code and name on the first line only), so no column holds one amount; put each item on one line, "
                      "its budget and realisation in columns of their own ('Anggaran', 'Realisasi')"),
    # the header nearest to one the kit reads (recognise/nearest.py)
    "rows_from_to": ("baris {first}–{last}", "rows {first}–{last}"),
    "nearest": ("yang terdekat adalah {where}: {shown}", "the nearest is {where}: {shown}"),
    "nearest_under": ("yang terdekat adalah {where}, di bawah '{caption}': {shown}",
                      "the nearest is {where}, under '{caption}': {shown}"),
    "needs_a_column": ("{kind} memerlukan kolom {columns}", "{kind} needs a column {columns}"),
    "needs_column_for": ("untuk {field} (judul seperti {examples})", "for {field} (a header such as {examples})"),
    "fractions": ("selnya seperti {value} ({cell}) adalah pecahan ada/standar (berapa yang ada dari berapa yang diminta "
                  "standar), bukan jumlah orang: isikan jumlah pegawai setiap kategori sebagai angka tersendiri",
                  "its cells such as {value} ({cell}) are fractions existing/standard (how many there are of how many a "
                  "standard asks), not headcounts: give the number of staff in each category as a count of its own"),
    "a_form": ("barisnya {cells} memuat anggaran dan realisasi sebagai FORMULIR: setiap label dengan nilainya di sebelah "
               "kanan, dalam blok di bawah {groups} (blok bisa mengulang uang yang sama, misalnya per sumber dana), "
               "yang tidak dibaca kit sebagai tabel; buat satu baris untuk setiap jenis belanja dengan pagu dan "
               "realisasinya sebagai kolom ('Uraian | Pagu | Realisasi')",
               "its rows {cells} hold the budget and the realisation as a FORM: each label with its value on its right, in "
               "blocks under {groups} (blocks may repeat the same money, by sumber dana for one), which the kit "
               "does not read as a table; give one row per jenis belanja with its pagu and its realisation as columns "
               "('Uraian | Pagu | Realisasi')"),
    "conditions_down": ("barisnya {cells} adalah kondisi (baik, rusak) dengan jumlah di sampingnya: tabelnya diputar (kondisi "
                        "menurun ke bawah, yang dihitung berjajar ke samping, setiap kolom milik satu barang atau jenjang), "
                        "yang tidak dibaca kit; buat satu baris untuk setiap barang dengan kondisinya sebagai kolom ('Nama "
                        "Barang | Baik | Rusak Ringan | Rusak Berat')",
                        "its rows {cells} are conditions (good, damaged) with counts beside them: the table is turned on its "
                        "side (the conditions down the rows, what is counted across, each column one item's or level's), "
                        "which the kit does not read; give one row per item with its conditions as columns ('Nama Barang | "
                        "Baik | Rusak Ringan | Rusak Berat')"),
    "on_its_side": ("barisnya {cells} memuat anggaran dan realisasi: tabelnya diputar (nilai setiap kolom adalah milik satu "
                    "belanja), yang tidak dibaca kit; buat satu baris untuk setiap program, kegiatan atau jenis belanja dengan "
                    "anggaran dan realisasinya sebagai kolom ('Uraian | Pagu | Realisasi')",
                    "its rows {cells} hold the budget and the realisation: the table is turned on its side (the amounts "
                    "of each column are one belanja's), which the kit does not read; give one row per program, kegiatan "
                    "or jenis belanja with its budget and its realisation as columns ('Uraian | Pagu | Realisasi')"),
    "years_across": ("kolomnya {first} … {last} adalah tahun: daftar butir selama beberapa tahun, yang tidak dibaca kit; "
                     "sajikan angka satu tahun sebagai tabel tersendiri, satu baris untuk setiap kategori",
                     "its columns {first} … {last} are years: a list of items over several years, which the kit does not "
                     "read; give one year's figures as a table of its own, one row per category"),
    # budget (budget.py)
    "code_once_in_file": ("setiap kode program/kegiatan satu kali dalam file, bukan di {where}: pertahankan satu tabel "
                          "anggaran, atau beri masing-masing kodenya sendiri",
                          "each program/kegiatan code once in the file, not at {where}: keep one table of the budget, or "
                          "give each its own codes"),
    "column_for_year": ("kolom untuk {year} (tahun laporan); sheet ini berisi {years}",
                        "a column for {year} (the report's year); this sheet has {years}"),
    "amounts_empty": ("nilai di {cells}: kolomnya kosong pada semua {rows} baris; isikan nilainya atau ekspor halaman yang "
                      "memuatnya",
                      "amounts in {cells}: the column is empty on all {rows} rows; fill in the amounts or export the page "
                      "that has them"),
    "one_column_by_year": ("satu kolom untuk {field}, bukan {cells}: sebutkan tahun laporan untuk memilih",
                           "one column for {field}, not {cells}: give the report's year to choose"),
    "budget_rows_above_total": ("baris program dan kegiatan (tabel ini hanya berisi baris total)",
                                "program and kegiatan rows (the table has only total rows)"),
    "budget_rows": ("baris anggaran di bawah judul kolom", "budget rows under the header"),
    "code_on_every_row": ("kode pada setiap baris, seperti baris lainnya ({how}), agar setiap kegiatan dapat menyebut programnya",
                          "a code on every row, as the others have ({how}), so each kegiatan can name its program"),
    "code_continues": ("kode yang melanjutkan kode '{parent}' dari baris di atasnya (baris {row}), karena kode tingkat yang "
                       "lebih dalam diawali kode induknya, dan kode ini tidak melanjutkan kode baris mana pun satu tingkat "
                       "di atasnya: perbaiki kodenya, atau pisahkan tabel yang memakai skema kode lain",
                       "a code continuing the code '{parent}' of the row above it (row {row}), as a deeper level's code "
                       "starts with its parent's, and this one continues the code of no row one level up: correct the "
                       "code, or keep a table of another code scheme apart"),
    "row_with_level": ("baris program, kegiatan atau sub kegiatan ({how} menempatkan baris lainnya; baris ini berisi nilai "
                       "tetapi tanpa tingkat)",
                       "a program, kegiatan or sub-kegiatan row ({how} place the others; this row states amounts but has "
                       "no level)"),
    "program_name": ("nama program atau kegiatan", "the name of the program or kegiatan"),
    "budget_for_realisation": ("anggaran untuk baris yang berisi realisasi", "a budget (anggaran) for a row that states a realisation"),
    "program_code": ("kode program/kegiatan seperti 5.03.02 atau 5.03.02.1.01",
                     "a program/kegiatan code such as 5.03.02 or 5.03.02.1.01"),
    "code_as_text": ("angka seperti 1.10 yang diketik di Excel menjadi 1.1: ketik sebagai teks",
                     "a number such as 1.10 typed into Excel becomes 1.1: type it as text"),
    "level_word": ("Program, Kegiatan atau Sub Kegiatan", "Program, Kegiatan or Sub Kegiatan"),
    "level_of_name": ("tingkat yang dinyatakan namanya ('{said}'); kodenya '{code}' terbaca sebagai {level}",
                      "the level its name states ('{said}'); its code '{code}' reads as a {level}"),
    "levels_apart": ("cara membedakan program, kegiatan dan sub kegiatan: kode (5.03.02 / 5.03.02.1.01 / 5.03.02.1.01.0005, "
                     "1.20.1.20.13.01, 1 / 1.1 / 1.1.1, atau terpisah di beberapa kolom), kolom tingkat (Program/Kegiatan/Sub "
                     "Kegiatan), nama yang diawali 'Program', 'Kegiatan', 'Sub Kegiatan', atau nama yang menjorok",
                     "a way to tell programs, kegiatan and sub-kegiatan apart: codes (5.03.02 / 5.03.02.1.01 / "
                     "5.03.02.1.01.0005, 1.20.1.20.13.01, 1 / 1.1 / 1.1.1, or split over columns), a level column "
                     "(Program/Kegiatan/Sub Kegiatan), names starting 'Program', 'Kegiatan', 'Sub Kegiatan', or indented "
                     "names"),
    "items_of_one": ("baris program, kegiatan atau sub kegiatan, bukan baris rincian (belanja) satu kegiatan yang "
                     "disebut di atas tabel ({cell}: '{text}'): kit tidak menjumlahkan rincian itu; tambahkan satu baris "
                     "berkode untuk kegiatan itu dengan anggaran dan realisasinya, atau gunakan laporan realisasi per sub "
                     "kegiatan",
                     "rows of programs, kegiatan or sub-kegiatan, not the detail (belanja) rows of the one kegiatan named "
                     "above the table ({cell}: '{text}'): the kit does not add those up; add one coded row for it with its "
                     "budget and realisation, or use a report of realisation per sub-kegiatan"),
    "levels_codes": ("kodenya kode {parts} bagian", "their codes are {parts}-part codes"),
    # indicators (indicators.py)
    "year_value_column": ("satu kolom untuk {field} tahun ini (kolom 'Jumlah' atau 'Tahun' di samping {periods} kolom "
                          "periode, atau periode yang dilaporkan kumulatif sampai dengan periodenya, yang tidak pernah turun)",
                          "one column for the year's {field} (a 'Jumlah' or 'Tahun' column beside the {periods} period "
                          "columns, or periods reported to date, which never decrease)"),
    "columns_for_year": ("kolom untuk {year} (tahun laporan); sheet ini berisi {years}",
                         "columns for {year} (the report's year); this sheet has {years}"),
    "indicator_rows": ("baris indikator di bawah judul kolom", "indicator rows under the header"),
    "units_total": ("satu baris jumlah (JUMLAH, TOTAL) yang memuat angka instansi untuk indikator '{indicator}' di bawah "
                    "baris unitnya (judul kelompok kolomnya menamai indikator, tiap baris satu unit); ditemukan {found}",
                    "one total row (JUMLAH, TOTAL) holding the agency's figures of the indicator '{indicator}' under its "
                    "units' rows (its column band's label names the indicator, each row is a unit); found {found}"),
    "ordinal_scale": ("skala ordinal: {scales}", "an ordinal scale: {scales}"),
    "polarity": ("Positif, Negatif atau Ordinal", "Positif, Negatif or Ordinal"),
    "ordinal_with_scale": ("indikator ordinal dengan skalanya (kolom Skala: sakip, keterbukaan_informasi …)",
                           "an ordinal indicator with its scale (column Skala: sakip, keterbukaan_informasi …)"),
    "grade_or_number": ("predikat pada skala indikator ({grades}) atau angka",
                        "a grade of the indicator's scale ({grades}) or a number"),
    "number_with_unit": ("angka, boleh dengan satuannya (88,30 %, 2 Aplikasi)",
                         "a number, optionally with its unit (88,30 %, 2 Aplikasi)"),
    # assets (assets.py)
    "asset_count_columns": ("kolom jumlah: 'Baik' dan 'Rusak' (di bawah KONDISI), 'Mencukupi' dan 'Kurang' (di bawah JUMLAH), "
                            "atau satu baris untuk setiap barang dengan 'Kondisi'-nya (B, KB, RB)",
                            "count columns: 'Baik' and 'Rusak' (under KONDISI), 'Mencukupi' and 'Kurang' (under JUMLAH), "
                            "or one row per item with its 'Kondisi' (B, KB, RB)"),
    "damaged_within_quantity": ("jumlah yang tidak berfungsi atau rusak paling banyak sama dengan '{quantity}' barang itu "
                                "(yang baik adalah selisihnya)",
                                "a count of the not-working or damaged no larger than the item's '{quantity}' (the good "
                                "ones are the difference)"),
    "rows_per_item": ("satu baris untuk setiap barang di bawah judul kolom", "one row per item under the header"),
    "item_name": ("nama barang", "the name of the item"),
    "condition": ("kondisi: B (baik), KB (kurang baik), RR (rusak ringan) atau RB (rusak berat)",
                  "a condition: B (baik), KB (kurang baik), RR (rusak ringan) or RB (rusak berat)"),
    "damage_across": ("kondisi: persentase kerusakan yang seluruhnya sampai {limit}% (baik) atau di atasnya (rusak); "
                      "rentang ini melintasi batas itu",
                      "a condition: a share of damage wholly up to {limit}% (good) or above it (damaged); this band "
                      "spans that limit"),
    # the Word template (presentation/docx.py)
    "macros": ("dokumen dengan makro (VBA)", "a document with macros (VBA)"),
    "docx_without_macros": ("Word Document (.docx) tanpa makro: di Word, simpan sebagai Word Document",
                            "a Word Document (.docx) without macros: in Word, save it as Word Document"),
    "powerpoint": ("presentasi PowerPoint", "a PowerPoint presentation"),
    "not_a_document": ("file yang tidak dapat dibuka Word sebagai dokumen", "a file Word cannot open as a document"),
    "docx_saved": ("dokumen Word (.docx) yang disimpan oleh Word atau LibreOffice",
                   "a Word document (.docx) saved by Word or LibreOffice"),
}

#: what an error of the kit says (:func:`said`): key → (Indonesian, English); file, sheet and setting names are fields,
#: said as they are written
ERRORS = {
    # lakip.yml and the command's settings (config.py)
    "yaml_invalid": ("{file}: bukan YAML yang sah ({error})", "{file}: not valid YAML ({error})"),
    "not_utf8": ("{file}: bukan teks UTF-8", "{file}: not UTF-8 text"),
    "settings_mapping": ("{file}: tingkat teratasnya seharusnya daftar pengaturan (nama: nilai)",
                         "{file}: expected a mapping of settings at the top level"),
    "years_mapping": ("{file}: 'years' harus memetakan tahun ke pengaturannya, seperti years: {{2025: {{signatory: "
                      "{{date: \"2026-01-30\"}}}}}}",
                      "{file}: 'years' must map a year to its settings, such as years: {{2025: {{signatory: "
                      "{{date: \"2026-01-30\"}}}}}}"),
    "years_key": ("{file}: years.{key} harus berupa tahun seperti 2025", "{file}: years.{key} must be a year such as 2025"),
    "years_settings": ("{file}: years.{key} harus berisi pengaturan (nama: nilai), seperti tingkat teratas file",
                       "{file}: years.{key} must be a mapping of settings, like the file's top level"),
    "years_nested": ("{file}: years.{key} tidak boleh memuat 'years' lagi", "{file}: years.{key} cannot hold 'years' itself"),
    "aliases_too_many": ("{file}: alias (*nama) di dalamnya membuatnya memuat lebih dari {count} nilai, baris {line}: "
                         "tulis pengaturannya lengkap tanpa alias",
                         "{file}: its aliases (*name) make it hold more than {count} values, line {line}: write the "
                         "settings out without aliases"),
    "alias_cycle": ("{file}: alias (*nama) di baris {line} merujuk ke nilai yang memuat alias itu sendiri: tulis "
                    "pengaturannya lengkap tanpa alias",
                    "{file}: an alias (*name) on line {line} refers to a value that holds it: write the settings out "
                    "without aliases"),
    "acknowledgement_mapping": ("{where} harus berbentuk {{check: ..., location: ..., explanation: ...}}, berisi {value}",
                                "{where} must be a mapping {{check: ..., location: ..., explanation: ...}}, got {value}"),
    "acknowledgement_key": ("{where}.{key} bukan kunci penjelasan temuan: gunakan {keys}",
                            "{where}.{key} is not a key of an acknowledgement: use {keys}"),
    "acknowledgement_check": ("{where} memerlukan check: kode pemeriksaan temuan seperti yang dicetak lakip check, "
                              "misalnya over_budget",
                              "{where} needs check: the finding's check id as lakip check prints it, such as over_budget"),
    "acknowledgement_location": ("{where} memerlukan location: lokasi temuan seperti yang dicetak lakip check, misalnya "
                                 "\"anggaran.xlsx:Realisasi!row 16\"",
                                 "{where} needs location: the finding's location as lakip check prints it, such as "
                                 "\"anggaran.xlsx:Realisasi!row 16\""),
    "acknowledgement_explanation": ("{where} memerlukan explanation: penjelasan instansi yang dicetak di laporan, misalnya "
                                    "\"realisasi sesuai SP2D\"",
                                    "{where} needs explanation: the agency's explanation printed in the report, such as "
                                    "\"realisasi sesuai SP2D\""),
    "flag": ("{where} harus true atau false, berisi {value}", "{where} must be true or false, got {value}"),
    "template_macros": ("{where}: {name} adalah file bermakro, dan kit tidak pernah menyimpan makro: di Word, simpan "
                        "sebagai Word Document (.docx)",
                        "{where}: {name} is a macro-enabled file, and the kit never keeps macros: in Word, save it as a "
                        "Word Document (.docx)"),
    "template_not_word": ("{where}: {name} bukan dokumen Word: sebutkan file .docx (atau .dotx)",
                          "{where}: {name} is not a Word document: name a .docx (or .dotx) file"),
    "template_outside": ("{where}: {name} harus berupa path di dalam folder lakip.yml, seperti templat/lakip.docx",
                         "{where}: {name} must be a path inside the folder of lakip.yml, such as templat/lakip.docx"),
    "template_missing": ("{where} menyebut {name}, yang tidak ada di folder data: letakkan templatnya di sana, atau hapus "
                         "pengaturannya agar templat bawaan kit dipakai",
                         "{where} names {name}, which is not in the data folder: put the template there, or remove the "
                         "setting to use the kit's own"),
    "logo_outside": ("{where}: {name} harus berupa file di dalam folder lakip.yml, seperti logo.png: logo disematkan di "
                     "laporan, tidak pernah diunduh",
                     "{where}: {name} must be a file inside the folder of lakip.yml, such as logo.png: the logo is "
                     "embedded in the report, never fetched"),
    "logo_not_image": ("{where}: {name} bukan gambar PNG atau JPEG: simpan logo sebagai .png (atau .jpg)",
                       "{where}: {name} is not a PNG or JPEG image: save the logo as .png (or .jpg)"),
    "logo_missing": ("{where} menyebut {name}, yang tidak ada di folder data: letakkan logo di samping lakip.yml, atau "
                     "hapus pengaturannya",
                     "{where} names {name}, which is not in the data folder: put the logo next to lakip.yml, or remove "
                     "the setting"),
    "logo_too_large": ("{where}: {name} berukuran {size} MB; logo seharusnya paling besar {limit} MB (logo disematkan di "
                       "laporan)",
                       "{where}: {name} is {size} MB; a logo of at most {limit} MB is expected (it is embedded in the "
                       "report)"),
    "logo_unreadable": ("{where}: {name} bukan gambar PNG atau JPEG yang dapat dibuka: ekspor ulang logo sebagai PNG",
                        "{where}: {name} is not a PNG or JPEG image that opens: export the logo again as PNG"),
    "limit_unknown": ("{where} bukan batas yang dikenal kit: gunakan {limits}",
                      "{where} is not a limit the kit knows: use {limits}"),
    "limit_positive": ("{where} harus berupa angka positif seperti {example}, berisi {value}",
                       "{where} must be a positive number such as {example}, got {value}"),
    "cap_positive": ("{file}: report.capaian.cap harus none atau angka positif seperti 100 atau 120, berisi {value}",
                     "{file}: report.capaian.cap must be none or a positive number such as 100 or 120, got {value}"),
    "negative_formula": ("{file}: report.capaian.negative_formula harus salah satu dari {formulas}",
                         "{file}: report.capaian.negative_formula must be one of {formulas}"),
    "efficiency_band": ("{file}: report.efficiency_band harus berupa angka dalam poin persentase, berisi {value}",
                        "{file}: report.efficiency_band must be a number of percentage points, got {value}"),
    "categories_list": ("{file}: report.capaian.categories harus berupa daftar {{above, id, en}}",
                        "{file}: report.capaian.categories must be a list of {{above, id, en}}"),
    "category_keys": ("{where}: setiap kategori memerlukan 'above' (angka, atau none untuk kategori terendah) dan 'id'",
                      "{where}: each category needs 'above' (a number, or none for the lowest) and 'id'"),
    "category_above": ("{where}.above harus berupa angka persen, atau none untuk kategori terendah, berisi {value}",
                       "{where}.above must be a number of percent, or none for the lowest category, got {value}"),
    "lowest_category": ("{file}: kategori terendah harus 'above: none' agar setiap capaian mendapat kategori",
                        "{file}: the lowest category must have 'above: none' so that every capaian gets a category"),
    "position_type_setting": ("{where}: '{value}' bukan jenis jabatan; tulis salah satu dari {types}",
                              "{where}: '{value}' is no position type; write one of {types}"),
    "aliases_mapping": ("{file}: header_aliases harus memetakan dataset → kolom → daftar judul kolom",
                        "{file}: header_aliases must map dataset → column → list of headers"),
    "aliases_dataset": ("{file}: header_aliases.{dataset} harus memetakan kolom → daftar judul kolom",
                        "{file}: header_aliases.{dataset} must map column → list of headers"),
    "aliases_unknown_dataset": ("{file}: header_aliases.{dataset}: dataset tidak dikenal; datasetnya adalah staff (daftar "
                                "pegawai), summary (tabel rekap pegawai), indicators, budget dan assets",
                                "{file}: header_aliases.{dataset}: unknown dataset; the datasets are staff (a roster), "
                                "summary (staff summary tables), indicators, budget and assets"),
    "aliases_unknown_column": ("{file}: header_aliases.{dataset}.{column}: kolom {name} tidak dikenal; kolom {dataset} "
                               "adalah {columns}",
                               "{file}: header_aliases.{dataset}.{column}: unknown column {name}; the {dataset} columns "
                               "are {columns}"),
    "section_mapping": ("{file}: '{section}' harus berisi pengaturan (nama: nilai)", "{file}: '{section}' must be a mapping"),
    "setting_list": ("{where} harus berupa daftar", "{where} must be a list"),
    "setting_text": ("{where} harus berupa teks, berisi {kind}{value}: tulis teksnya, dalam tanda kutip jika memuat ':' "
                     "atau '#'",
                     "{where} must be text, got {kind}{value}: write the text, in quotes if it holds ':' or '#'"),
    "a_mapping": ("pemetaan ", "a mapping "),
    "a_list": ("daftar ", "a list "),
    "setting_year": ("{where} harus berupa tahun seperti 2021, berisi {value}", "{where} must be a year such as 2021, got {value}"),
    "unknown_scale": ("skala ordinal {name} tidak dikenal; skala yang dikenal: {scales}",
                      "unknown ordinal scale {name}; known scales: {scales}"),
    "unknown_locale": ("bahasa {locale} tidak didukung; seharusnya salah satu dari {locales}",
                       "language {locale} is not supported; expected one of {locales}"),
    "init_year": ("tahunnya harus antara 2000 dan 2100, berisi {year}", "the year must lie between 2000 and 2100, got {year}"),
    "init_not_empty": ("{folder} sudah ada dan bukan folder kosong; lakip init hanya menulis ke folder baru atau kosong",
                       "{folder} already exists and is not an empty folder; lakip init writes only into a new or empty one"),
    "demo_roster": ("daftar pegawai memerlukan setidaknya satu pegawai, berisi {count}",
                    "a roster needs at least one employee, got {count}"),
    "demo_size": ("demo memerlukan setidaknya satu pegawai dan satu tahun, berisi {employees} pegawai dan {years} tahun",
                  "a demo needs at least one employee and one year, got {employees} employees and {years} years"),
    "demo_years": ("tahun-tahun demo harus antara 2000 dan 2100, berisi {start} untuk {years} tahun",
                   "the demo's years must lie between 2000 and 2100, got {start} for {years} years"),
    "demo_not_empty": ("{folder} sudah ada dan bukan folder kosong; demo hanya menulis ke folder baru atau kosong",
                       "{folder} already exists and is not an empty folder; the demo writes only into a new or empty one"),
    # what to do about an operating-system error (errors.py), after its reason as the system says it
    "os_full": ("disk penuh: kosongkan ruang di disk itu, atau arahkan --out ke folder di disk lain",
                "the disk is full: free space on it, or give --out a folder on another disk"),
    "os_quota": ("kuota disk habis: kosongkan ruang, atau arahkan --out ke folder di disk lain",
                 "the disk quota is used up: free space, or give --out a folder on another disk"),
    "os_read_only": ("sistem file dipasang hanya-baca: arahkan --out ke folder yang dapat ditulisi",
                     "the file system is mounted read-only: give --out a folder you can write to"),
    "os_denied": ("akses ditolak: arahkan --out ke folder yang dapat ditulisi, atau ubah izinnya",
                  "permission denied: give --out a folder you can write to, or change its permissions"),
    "os_not_permitted": ("tidak diizinkan: arahkan --out ke folder yang dapat ditulisi, atau ubah izinnya",
                         "not permitted: give --out a folder you can write to, or change its permissions"),
    "os_busy": ("sedang dipakai (titik mount, atau terbuka di program lain): tutup, atau arahkan --out ke folder lain",
                "it is in use (a mount point, or open in another program): close it, or give --out another folder"),
    "os_not_folder": ("ada file di tempat yang seharusnya folder: pindahkan file itu, atau arahkan --out ke folder lain",
                      "a file stands where a folder belongs: move it away, or give --out another folder"),
    "os_io": ("disk melaporkan kesalahan input/output: periksa disknya, lalu bangun ulang",
              "the disk reported an input/output error: check the disk, then build again"),
    "os_other": ("perbaiki hal itu, lalu bangun ulang", "fix that, then build again"),
    "read_denied": ("akses ditolak: buat file ini dapat dibaca oleh pengguna yang menjalankan lakip",
                    "permission denied: make it readable for the user running lakip"),
    "read_not_permitted": ("tidak diizinkan: buat file ini dapat dibaca oleh pengguna yang menjalankan lakip",
                           "not permitted: make it readable for the user running lakip"),
    "read_gone": ("file ini sudah tidak ada: kembalikan, atau periksa --data", "it is gone: put it back, or check --data"),
    "read_io": ("disk melaporkan kesalahan input/output: periksa disknya, atau salin ulang file ini",
                "the disk reported an input/output error: check the disk, or copy the file again"),
    # output folders and names (safety.py, ownership.py, workspace.py, processed.py, svg.py, charts.py)
    "unsafe_name": ("{name} bukan nama sederhana untuk {what}: gunakan huruf, angka, '.', '_' atau '-'",
                    "{name} is not a plain name for {what}: use letters, digits, '.', '_' or '-'"),
    "what_name": ("nama", "name"),
    "what_year": ("tahun", "year"),
    "outside": ("{path} akan ditulis di luar {base}", "{path} would write outside {base}"),
    "out_is": ("--out {out} adalah {what} {folder}, yang {role}: pilih folder keluaran lain, seperti outputs",
               "--out {out} is the {what} {folder}, which {role}: choose another output folder, such as outputs"),
    "out_inside": ("--out {out} berada di dalam {what} {folder}, yang {role}: pilih folder keluaran lain, seperti outputs",
                   "--out {out} is inside the {what} {folder}, which {role}: choose another output folder, such as outputs"),
    "year_overlaps": ("{final} bertumpang tindih dengan {what} {folder}, yang {role}: arahkan --out ke folder tersendiri, "
                      "seperti outputs",
                      "{final} overlaps the {what} {folder}, which {role}: give --out a folder of its own, such as outputs"),
    "data_folder": ("folder data", "data folder"),
    "cache_folder": ("cache dataset bersih", "cache of cleaned datasets"),
    "data_folder_role": ("hanya dibaca oleh kit", "the kit only reads"),
    "cache_folder_role": ("memuat daftar pegawai (nama, NIP) dan bukan untuk dibagikan",
                          "holds the roster (names, NIPs) and is not for sharing"),
    "year_not_folder": ("{final} sudah ada dan bukan folder yang dibuat kit: pindahkan, atau arahkan --out ke folder lain",
                        "{final} exists and is not a folder the kit made: move it away, or give another --out"),
    "year_not_ours": ("{final} sudah ada dan tidak dibuat oleh lakip (tidak memiliki catatan build {record}); kit mengganti "
                      "seluruh folder itu, jadi pindahkan, atau arahkan --out ke folder lain",
                      "{final} exists and was not made by lakip (it has no build record {record}); the kit replaces the "
                      "whole folder, so move it away or give another --out"),
    "year_holds_other": ("{final} memuat {name}, yang tidak ditulis lakip; kit mengganti seluruh folder itu, jadi pindahkan "
                         "file itu keluar lalu bangun ulang",
                         "{final} holds {name}, which lakip did not write; the kit replaces the whole folder, so move that "
                         "file out of it and build again"),
    "year_holds_input": ("{final} memuat file masukan {name}; kit mengganti seluruh folder itu, jadi pindahkan file itu "
                         "keluar lalu bangun ulang",
                         "{final} holds the input file {name}; the kit replaces the whole folder, so move that file out of "
                         "it and build again"),
    "year_published": ("output_dir {folder} adalah folder tahun yang diterbitkan lakip build: hanya build yang menulis di "
                       "sana; biarkan output_dir None agar ditulis ke folder sementara, atau sebutkan folder lain",
                       "output_dir {folder} is a year folder that lakip build publishes: only the build writes there; "
                       "leave output_dir as None to write to a scratch folder, or name another folder"),
    "cache_in_raw": ("folder cache {folder} berada di dalam folder data mentah {data}, yang tidak pernah ditulisi kit: "
                     "gunakan data/processed",
                     "cache folder {folder} is inside the raw data folder {data}, which the kit never writes to: use "
                     "data/processed"),
    "svg_prefix": ("awalan id SVG {prefix} bukan nama sederhana (huruf, angka, '.', '_', '-')",
                   "SVG id prefix {prefix} is not a plain name (letters, digits, '.', '_', '-')"),
    "figure_name": ("nama file gambar {key} bukan nama sederhana (huruf, angka, '.', '_', '-', tanpa '..')",
                    "figure file name {key} is not a plain name (letters, digits, '.', '_', '-', no '..')"),
    "svg_active": ("SVG gambar {key} memuat <{tag}> yang dapat menjalankan atau mengunduh sesuatu: tidak dimasukkan ke "
                   "laporan",
                   "the SVG of figure {key} holds a <{tag}> that could run or fetch something: not put in the report"),
    "cache_unwritable": ("lakip: peringatan: cache dataset bersih {folder} tidak dapat ditulisi ({reason}): setiap workbook "
                         "dibaca tanpa cache (lebih lambat, hasilnya sama); buat folder itu dapat ditulisi agar cache "
                         "dipakai ulang, atau gunakan --no-cache",
                         "lakip: warning: cannot write the cache of cleaned datasets {folder} ({reason}): loading every "
                         "workbook without it (slower, same results); make that folder writable to reuse it, or pass "
                         "--no-cache"),
    "cache_write_failed": ("cache {folder} tidak dapat ditulisi ({reason}): data dibaca tanpa cache",
                           "cannot write the cache {folder} ({reason}): loading without it"),
    # a year's build (execute.py, ownership.py, pdf.py)
    "year_locked": ("build lakip lain ({who}) sedang membangun {folder}: tunggu sampai selesai, lalu bangun ulang",
                    "another lakip build ({who}) is building {folder}: wait for it to finish, then build again"),
    "lock_starting": ("proses yang sedang dimulai", "a process that is starting"),
    "notebook_missing": ("notebook {notebook} tidak ada: folder notebooks/ kit tidak lengkap",
                         "notebook {notebook} is missing: the kit's notebooks/ folder is incomplete"),
    "no_input_folder": ("tidak ada folder masukan {folder}", "no input folder {folder}"),
    "interrupted_early": ("dihentikan sebelum dimulai", "interrupted before it started"),
    "interrupted": ("dihentikan", "interrupted"),
    "other_kernel": ("dihentikan: tahun ini gagal di kernelnya yang lain", "stopped: the year failed in its other kernel"),
    "cell_timeout": ("sebuah sel berjalan lebih lama dari batas {seconds} detik (--cell-timeout): kernelnya dihentikan dan "
                     "tidak ada yang diterbitkan; jika datanya memang sebesar itu, bangun ulang dengan --cell-timeout yang "
                     "lebih tinggi",
                     "a cell ran longer than the limit of {seconds} s (--cell-timeout): its kernel was stopped and nothing "
                     "was published; if the data is that large, build again with a higher --cell-timeout"),
    "build_timeout": ("build {year} berjalan lebih lama dari batasnya {seconds} detik (--build-timeout): kernelnya "
                      "dihentikan dan tidak ada yang diterbitkan; jika datanya memang sebesar itu, bangun ulang dengan "
                      "--build-timeout yang lebih tinggi",
                      "the build of {year} ran longer than its limit of {seconds} s (--build-timeout): its kernels were "
                      "stopped and nothing was published; if the data is that large, build again with a higher "
                      "--build-timeout"),
    "kernel_killed": ("kernel Jupyter-nya dimatikan ({signal}): {cause}; bangun ulang",
                      "its Jupyter kernel was killed ({signal}): {cause}; build again"),
    "killed_memory": ("kemungkinan besar memori sistem habis (coba --jobs 1, atau tutup program lain), atau ada yang "
                      "menghentikan prosesnya",
                      "most likely the system ran out of memory (try --jobs 1, or close other programs), or someone ended "
                      "the process"),
    "killed_crash": ("sebuah pustaka mogok, sering karena memori yang kurang atau file masukan yang rusak",
                     "a library crashed, often from too little memory or a damaged input file"),
    "killed_other": ("ada orang atau sesuatu yang menghentikan prosesnya", "someone or something ended the process"),
    "kernel_exited": ("kernel Jupyter-nya berhenti tiba-tiba dengan status {status}; bangun ulang, dan jika gagal dengan cara "
                      "yang sama jalankan notebook-nya di JupyterLab (make lab) untuk melihat sebabnya",
                      "its Jupyter kernel exited unexpectedly with status {status}; build again, and if it fails the same "
                      "way run the notebook in JupyterLab (make lab) to see why"),
    "kernel_failed": ("kernel Jupyter gagal: {error}", "the Jupyter kernel failed: {error}"),
    "internal_planning": ("kesalahan internal kit saat merencanakan {year}: {error}; jalankan dengan --debug untuk melihat "
                          "traceback-nya",
                          "internal error while planning {year}: {error}; run with --debug for the traceback"),
    "internal_building": ("kesalahan internal kit saat membangun {part}: {error}; jalankan dengan --debug untuk melihat "
                          "traceback-nya",
                          "internal error while building {part}: {error}; run with --debug for the traceback"),
    "kept_notebook": ("Notebook yang dijalankan, dengan traceback di bawah sel yang gagal: {path}",
                      "The executed notebook, with the traceback under the failing cell: {path}"),
    "report_not_shown": ("{notebook} hasil build terakhir tidak menampilkan satu laporan: bangun ulang dengan --force",
                         "the executed {notebook} of the last build does not show one report: build again with --force"),
    "no_gate_record": ("notebook laporan tidak menulis pemeriksaan-{year}.json, sehingga laporan tidak dapat dibuktikan final",
                       "the report notebook wrote no pemeriksaan-{year}.json, so the report cannot be shown to be final"),
    "input_unreadable_after": ("{path}: tidak dapat dibaca lagi setelah build ({error}), sehingga laporan tidak dapat "
                               "dibuktikan berasal dari file yang di-hash: tidak ada yang diterbitkan; bangun ulang",
                               "{path}: cannot be read again after the build ({error}), so the report cannot be shown to be "
                               "of the files hashed: nothing was published; build again"),
    "inputs_changed": ("{files} berubah selama {year} dibangun, sehingga laporannya dapat mencampur isi lama dan baru: tidak "
                       "ada yang diterbitkan; bangun ulang setelah file disimpan",
                       "{files} changed while {year} was being built, so its report could mix old and new contents: "
                       "nothing was published; build again once the files are saved"),
    "pdf_no_html": ("{path} tidak dapat dicetak ke PDF: file itu tidak ada", "cannot print {path} to PDF: the file does not exist"),
    "pdf_unsettled": ("mencetak {name} ke PDF: nomor halaman daftar isi tidak tetap setelah {prints} kali cetak (kesalahan "
                      "stylesheet cetak kit)",
                      "printing {name} to PDF: the page numbers of the contents did not settle after {prints} prints (a bug "
                      "of the kit's print stylesheet)"),
    "pdf_failed": ("mencetak {name} ke PDF gagal: {error}", "printing {name} to PDF failed: {error}"),
    "chromium_not_executable": ("{setting}={path} bukan file yang dapat dijalankan: {install}",
                                "{setting}={path} is not an executable file: {install}"),
    "no_chromium": ("PDF tidak dapat dicetak: Chromium tidak ditemukan ({names} di PATH): {install}",
                    "cannot print the PDF: no Chromium found ({names} on the PATH): {install}"),
    "chromium_fails": ("Chromium di {path} tidak dapat dijalankan ({error}): {install}",
                       "Chromium at {path} does not start ({error}): {install}"),
    "install_chromium": ("pasang Chromium (Debian/Ubuntu: apt-get install chromium) atau isi LAKIP_CHROMIUM dengan path "
                         "program Chromium",
                         "install Chromium (Debian/Ubuntu: apt-get install chromium) or set LAKIP_CHROMIUM to its executable"),
    # the command line (cli.py)
    "stopped_interrupted": ("lakip: dihentikan: setiap kernel telah berhenti; tahun yang belum selesai tetap memakai "
                            "keluarannya yang sebelumnya",
                            "lakip: interrupted: every kernel is stopped; a year not finished keeps its previous outputs"),
    # a command line the parser refuses (cli._usage_error): argparse's own English, said again
    "usage_invalid_value": ("argumen {argument}: {value} bukan {kind}", "argument {argument}: {value} is not {kind}"),
    "usage_invalid_command": ("perintah {value} tidak dikenal; pilih salah satu: {choices}",
                              "unknown command {value}; choose one of {choices}"),
    "usage_invalid_choice": ("argumen {argument}: {value} tidak dikenal; pilih salah satu: {choices}",
                             "argument {argument}: unknown {value}; choose one of {choices}"),
    "usage_required": ("argumen ini wajib diberikan: {arguments}", "these arguments are required: {arguments}"),
    "usage_one_required": ("salah satu argumen ini wajib diberikan: {arguments}", "one of these arguments is required: {arguments}"),
    "usage_unrecognized": ("argumen tidak dikenal: {arguments}", "unknown arguments: {arguments}"),
    "usage_one_value": ("argumen {argument}: perlu satu nilai", "argument {argument}: needs one value"),
    "usage_not_with": ("argumen {argument} tidak dapat dipakai bersama {other}", "argument {argument} cannot be given with {other}"),
    "usage_other": ("argumen {argument}: {reason}", "argument {argument}: {reason}"),
    "usage_line": ("{prog}: kesalahan: {message} (lihat: {prog} --help)", "{prog}: error: {message} (see: {prog} --help)"),
    "usage_kernels": ("{value} bukan jumlah kernel: beri 1 atau lebih", "{value} is not a number of kernels: give 1 or more"),
    "usage_port": ("{value} bukan nomor port: beri angka 1 sampai 65535, atau 0 untuk port yang bebas",
                   "{value} is not a port: give a number from 1 to 65535, or 0 for a free one"),
    "usage_seconds": ("{value} bukan batas waktu: beri jumlah detik di atas 0, misalnya 600",
                      "{value} is not a time limit: give a number of seconds above 0, such as 600"),
    # the command's --help (cli._parser); argparse's own words too
    "help_usage": ("penggunaan: ", "usage: "),
    "help_positionals": ("argumen", "positional arguments"),
    "help_options": ("opsi", "options"),
    "help_help": ("tampilkan bantuan ini lalu keluar", "show this help message and exit"),
    "help_description": ("Menyusun dan memeriksa laporan LAKIP dari ekspor Excel.", "Build and check LAKIP reports from Excel exports."),
    "help_debug": ("tampilkan traceback", "show tracebacks"),
    "help_build": ("susun outputs/<tahun>/ untuk satu tahun atau semua tahun", "build outputs/<year>/ for one year or all years"),
    "help_build_year": ("tahun anggaran yang disusun, misalnya 2024", "the fiscal year to build, e.g. 2024"),
    "help_all": ("setiap folder tahun di bawah --data", "every year folder under --data"),
    "help_data": ("folder berisi lakip.yml, narasi/ dan satu folder per tahun (bawaan: data/raw)",
                  "folder with lakip.yml, narasi/ and one folder per year (default: data/raw)"),
    "help_out": ("folder keluaran (bawaan: outputs)", "output folder (default: outputs)"),
    "help_jobs": ("jumlah kernel notebook yang berjalan bersamaan (bawaan: satu per inti prosesor)",
                  "notebook kernels run at once (default: one per core)"),
    "help_lang_report": ("bahasa laporan (bawaan: id)", "report language (default: id)"),
    "help_force": ("susun ulang walaupun tahunnya sudah mutakhir", "rebuild even when a year is up to date"),
    "help_pdf": ("cetak juga laporannya ke PDF dengan Chromium tanpa layar", "also print the report to PDF with headless Chromium"),
    "help_docx": ("tulis juga laporannya sebagai dokumen Word (lakip-<tahun>.docx), dengan templat yang disebut lakip.yml",
                  "also write the report as a Word document (lakip-<year>.docx), in the template lakip.yml names"),
    "help_no_cache": ("muat setiap workbook, tanpa membaca atau menulis dataset bersih di samping --data (data/processed)",
                      "load every workbook, neither reading nor writing the cleaned datasets beside --data (data/processed)"),
    "help_final": ("tolak (keluar 1, tidak ada yang diterbitkan) tahun yang laporannya masih draf: ada temuan kesalahan "
                   "yang belum diperbaiki atau dijelaskan di lakip.yml",
                   "refuse (exit 1, nothing published) a year whose report is a draft: an error finding neither fixed "
                   "nor acknowledged in lakip.yml"),
    "help_cell_timeout": ("sel notebook yang berjalan lebih lama menggagalkan tahunnya (bawaan: {seconds})",
                          "a notebook cell running longer fails its year (default: {seconds})"),
    "help_build_timeout": ("tahun yang notebook-nya berjalan lebih lama secara keseluruhan gagal (bawaan: {seconds})",
                           "a year whose notebooks run longer in all fails (default: {seconds})"),
    "help_check": ("muat satu tahun dan cetak temuan rekonsiliasinya", "load a year and print the reconciliation findings"),
    "help_check_year": ("tahun anggaran yang diperiksa, misalnya 2024", "the fiscal year to check, e.g. 2024"),
    "help_lang_lines": ("bahasa baris-baris perintah ini (bawaan: id)", "language of the command's lines (default: id)"),
    "help_explain": ("tampilkan cara setiap tabel dibaca: baris judul kolom, isian setiap kolom, baris dan kolom yang dilewati",
                     "show how each table was read: header rows, each column's field, rows and columns skipped"),
    "help_preview": ("susun satu tahun, sajikan di komputer ini dan susun ulang, sambil memuat ulang halamannya, setiap kali "
                     "data, lakip.yml atau narasi/ disimpan",
                     "build a year, serve it on this computer and rebuild it, reloading the page, whenever the data, "
                     "lakip.yml or narasi/ is saved"),
    "help_preview_year": ("tahun anggaran yang ditinjau, misalnya 2024", "the fiscal year to preview, e.g. 2024"),
    "help_preview_out": ("folder keluaran, seperti pada build (bawaan: outputs)", "output folder, as for build (default: outputs)"),
    "help_port": ("port yang didengarkan (bawaan: port bebas, dicetak)", "port to listen on (default: a free port, printed)"),
    "help_host": ("alamat yang didengarkan (bawaan: 127.0.0.1, hanya komputer ini; alamat lain diberi peringatan)",
                  "address to listen on (default: 127.0.0.1, this computer only; another one is warned about)"),
    "help_open": ("buka halamannya di peramban bawaan", "open the page in the default browser"),
    "help_init": ("tulis kerangka folder data instansi: lakip.yml berkomentar, narasi/, README.md berisi file yang "
                  "diharapkan, satu folder tahun kosong",
                  "write the skeleton of an agency's data folder: commented lakip.yml, narasi/, README.md of the files "
                  "expected, an empty year folder"),
    "help_init_folder": ("folder baru atau kosong", "a new or empty folder"),
    "help_init_year": ("folder tahun yang dibuat (bawaan: tahun lalu)", "the year folder to make (default: last year)"),
    "help_demo": ("tulis folder data buatan (instansi fiktif) untuk mencoba atau mengukur kecepatan kit",
                  "write a generated data folder (fictional agency) to try or benchmark the kit"),
    "help_employees": ("jumlah pegawai pada daftar pegawai setiap tahun", "employees on each year's roster"),
    "help_years": ("jumlah tahun anggaran berturut-turut yang ditulis", "consecutive fiscal years to write"),
    "help_demo_out": ("folder baru atau kosong tempat lakip.yml, narasi/ dan folder tahun ditulis",
                      "a new or empty folder to write lakip.yml, narasi/ and the year folders to"),
    "help_start_year": ("tahun anggaran pertama (bawaan: 2021)", "the first fiscal year (default: 2021)"),
    "help_seed": ("seed yang sama menulis byte yang sama (bawaan: 0)", "the same seed writes the same bytes (default: 0)"),
    "stopped_sigterm": ("lakip: dihentikan (SIGTERM): setiap kernel telah berhenti; tahun yang belum selesai tetap memakai "
                        "keluarannya yang sebelumnya",
                        "lakip: stopped (SIGTERM): every kernel is stopped; a year not finished keeps its previous outputs"),
    # the analysis of the data (analysis/)
    "summary_gender_only": ("tabel rekap hanya merinci jumlah menurut jenis kelamin, bukan menurut {columns}",
                            "summary tables break counts down by gender only, not by {columns}"),
    "summary_no_gender": ("rekap {rows} tidak memiliki rincian Laki-laki/Perempuan untuk {categories}; tabulasi silang "
                          "menurut jenis kelamin memerlukan kolom L dan P",
                          "the {rows} summary has no Laki-laki/Perempuan breakdown of {categories}; a crosstab by gender "
                          "needs L and P columns"),
    "unknown_dimension": ("dimensi pegawai {dimension} tidak dikenal; seharusnya salah satu dari {dimensions}",
                          "unknown staff dimension {dimension}; expected one of {dimensions}"),
    "roster_no_column": ("daftar pegawai tidak memiliki kolom {name} (kolomnya: {columns})",
                         "the staff roster has no {name} column (columns: {columns})"),
    "no_summary_table": ("rekap pegawai tidak memiliki tabel {dimension} (yang ada: {tables})",
                         "the staff summaries have no {dimension} table (they have: {tables})"),
    "unexpected_category": ("{dimension}: kategori {categories} tidak dikenal; seharusnya salah satu dari {expected}",
                            "{dimension}: unexpected category {categories}; expected one of {expected}"),
    "unexpected_categories": ("{dimension}: kategori {categories} tidak dikenal; seharusnya salah satu dari {expected}",
                              "{dimension}: unexpected categories {categories}; expected one of {expected}"),
    "whole_counts": ("{dimension}: jumlah pegawai harus bilangan bulat", "{dimension}: staff counts must be whole numbers"),
    "age_bands": ("batas kelompok umur harus batas bawah yang naik seperti (30, 40, 50, 55), berisi {bands}",
                  "bands must be increasing lower bounds such as (30, 40, 50, 55), got {bands}"),
    "no_retirement_age": ("tidak ada batas usia pensiun untuk jenis jabatan {types}; seharusnya salah satu dari {expected}",
                          "no retirement age for position type {types}; expected one of {expected}"),
    "budget_code_repeated": ("kode anggaran {codes} muncul lebih dari satu kali ({places}); induk dan turunannya tidak jelas",
                             "budget code {codes} appears more than once ({places}); its parent and children are ambiguous"),
    "ordinal_no_pct": ("indikator ordinal tidak memiliki capaian %; gunakan ordinal_achieved() pada predikatnya",
                       "an ordinal indicator has no capaian %; use ordinal_achieved() on its grades"),
    "unknown_grade": ("predikat {grade} tidak dikenal pada skala {scale}; seharusnya salah satu dari {grades}",
                      "unknown grade {grade} on the {scale} scale; expected one of {grades}"),
    "unknown_polarity": ("polaritas {polarities} tidak dikenal; seharusnya salah satu dari {expected}",
                         "unknown polarity {polarities}; expected one of {expected}"),
    "given_twice": ("{what}: {keys} tercantum lebih dari satu kali; tidak jelas mana yang berlaku",
                    "{what}: {keys} given more than once; which one counts is ambiguous"),
    "unknown_formula": ("rumus polaritas negatif {formula} tidak dikenal; seharusnya salah satu dari {formulas}",
                        "unknown negative-polarity formula {formula}; expected one of {formulas}"),
    "ordinal_no_scale": ("indikator ordinal {indicator} tidak menyebut skalanya; seharusnya skala seperti sakip atau "
                         "keterbukaan_informasi",
                         "ordinal indicator {indicator} names no scale; expected one such as sakip or keterbukaan_informasi"),
    "code_at": ("{code} di {locations}", "{code} at {locations}"),
}
