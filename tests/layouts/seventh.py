"""The seventh held-out set: real layouts collected blind, after the sixth set, to measure how the kit does on layouts
nobody tuned for (README.md records the cases; the lead measures them).

Kinds the corpus had none or few of: a Kantor Pelayanan Pajak (a DJP vertical office) with its staff by seksi under a
Jenis kelamin band, a kabupaten SIMPEG's list of the heads of every OPD sent as an HTML page named .xls (pangkat and
golongan in one cell split by a line break), a kecamatan's application for its villages' perangkat desa (one-hot 1
marks under L | P and a band of nine education levels, one block per desa with a JUMLAH and a JUMLAH TOTAL row, a
page break and the camat's signature block), a university faculty's tenaga kependidikan in the BAN-PT accreditation
table (staff kinds by education, unit kerja as text), a Balai Pemasyarakatan's sheet of its pembimbing kemasyarakatan
(sex only in the NIP); a hospital's yearly report of its indicator mutu (targets written with their comparator, '>=80%'
or '<=30', twelve month columns, a count of indicators under target per unit), a regional open-data export of LPPD
indicators (two years of 'capaian' as text with decimal commas, no target), a Pengadilan Negeri's capaian-only table
with a wrong stated average and another Pengadilan Negeri's one small table per indicator, named only in its title.
Published tables keep their cells as printed (published mistakes kept, as expected findings where a check exists);
export layouts keep the exporting code's columns, titles and footers, filled with invented units, counts and values (no
person: names and NIPs are synthetic, NIK and telephone cells left empty or '-'). Expectations are what each table
says, never what the kit reads: the cases were not run through the kit.
"""

from __future__ import annotations

from datetime import datetime

from layouts.case import W, indicator as _ind, Layout
from workbooks import nip

# ---------------------------------------------------------------- staff

#: KPP Surakarta, Tabel 5: (bagian as printed, laki-laki, perempuan); '-' is printed for none
_KPP_SURAKARTA = [
    ("1. Seksi Umum", 11, 4), ("2. Seksi Pengolahan Data dan Informasi", 10, 5), ("3. Seksi Tata Usaha Perpajakan", 10, 4),
    ("4. Seksi PPh Orang Pribadi", 9, 4), ("5. Seksi PPh Badan", 9, 3), ("6. Seksi Pemungutan dan Pemotongan Pajak", 10, 1),
    ("7. Seksi PPN  Pajak Tidak Langsung Lainnya", 8, 2), ("8. Seksi Penagihan", 7, 3),
    ("9. Seksi Penerangan dan Keberatan", 9, 3), ("10. KP4 Surakarta", 12, 0), ("11. KP4 Sragen", 9, 2),
]


def _dash(count: int) -> int | str:
    return count or "-"


#: the heads of OPD as the Wonosobo SIMPEG lists them: (jabatan, name, pangkat, golongan ruang, eselon, jenjang jurusan)
_KEPALA_OPD = [
    ("SEKRETARIS DAERAH", "Dr. Bambang Wicaksono, M.Si", "Pembina Utama Madya", "IV/d", "II.a", "S3 Ilmu Pemerintahan"),
    ("ASISTEN PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT", "Drs. Agus Setiawan, M.M", "Pembina Utama Muda", "IV/c", "II.b",
     "S2 Magister Manajemen"),
    ("KEPALA BAGIAN HUKUM", "Rina Kartikasari, S.H., M.H", "Pembina", "IV/a", "III.a", "S2 Ilmu Hukum"),
    ("KEPALA DINAS PENDIDIKAN, PEMUDA DAN OLAHRAGA", "Dr. Sri Lestari Handayani, M.Pd", "Pembina Utama Muda", "IV/c",
     "II.b", "S3 Manajemen Pendidikan"),
    ("KEPALA DINAS KESEHATAN", "dr. Joko Priyanto, M.Kes", "Pembina Tingkat I", "IV/b", "II.b", "S2 Kesehatan Masyarakat"),
    ("KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH", "Ir. Heru Susanto, M.T", "Pembina Utama Muda", "IV/c", "II.b",
     "S2 Teknik Sipil"),
    ("KEPALA SATUAN POLISI PAMONG PRAJA", "Teguh Prasetyo, S.Sos", "Pembina Tingkat I", "IV/b", "II.b",
     "S1 Ilmu Sosial dan Politik"),
    ("CAMAT KERTEK", "Siti Rohmah, S.STP, M.Si", "Pembina", "IV/a", "III.a", "S2 Administrasi Publik"),
    ("CAMAT KALIKAJAR", "Arif Budiman, S.IP", "Penata Tingkat I", "III/d", "III.a", "S1 Ilmu Pemerintahan"),
]


def _kepala_opd_html() -> str:
    """What download_excell.php sends: the view's text around the rendered rows, as the browser saves it."""
    rows = "".join(
        "                <tr>\n"
        f"                    <td align=\"center\">{n}</td>\n"
        f"                    <td>{jabatan}</td>\n"
        f"                    <td>{name}</td>\n"
        f"                    <td align=\"center\">{pangkat}<br>{golongan}</td>\n"
        f"                    <td align=\"center\">{eselon}</td>\n"
        f"                    <td align=\"center\">{jurusan}</td>\n"
        "                </tr>\n"
        for n, (jabatan, name, pangkat, golongan, eselon, jurusan) in enumerate(_KEPALA_OPD, start=1))
    return ("\n\n\n\n<div class=\"row\">\n    <div class=\"col-lg-12\">\n        <h1 class=\"page-header\">Daftar Kepala OPD Per "
            "November 2023</h1>\n    </div>\n    <!-- /.col-lg-12 -->\n</div>\n\n\n<div class=\"row\">\n    <div "
            "class=\"span5\">\n        <table border=\"1\">\n            <thead>\n                <tr>\n"
            "                    <th width=\"5%\"><div align=\"center\">No. </div></th>\n"
            "                    <th><div align=\"center\">Perangkat Daerah</div></th>\n"
            "                    <th><div align=\"center\">Nama Pejabat</div></th>\n"
            "                    <th><div align=\"center\">Pangkat/Gol. Ruang</div></th>\n"
            "                    <th><div align=\"center\">Eselon</div></th>\n"
            "                    <th><div align=\"center\">Pendidikan</div></th>\n"
            "                </tr>\n            </thead>\n            <tbody>\n            " + rows.lstrip() +
            "            </tbody>\n        </table>\n    </div>\n</div>\n\n")


def _count(values) -> dict[str, int]:
    out: dict[str, int] = {}
    for value in values:
        out[value] = out.get(value, 0) + 1
    return out


_EDUCATION_LEVELS = ["SD", "SLTP", "SLTA", "D1", "D2", "D3", "S1", "S2", "S3"]
#: the kit's canonical names of the application's levels
_CANONICAL = {"SD": "SD", "SLTP": "SMP", "SLTA": "SMA", "D1": "D1", "D2": "D2", "D3": "D3", "S1": "S1", "S2": "S2", "S3": "S3"}

#: perangkat desa by desa, in the exporter's order of jabatan: (jabatan, name, sex, birth date, education, no SK,
#: SK date, inauguration date, end of term); the kepala desa's end of term is his six-year term, the others' their 60th
#: birthday (the application computes it)
_PERANGKAT = {
    "Kecepit": [
        ("Kepala Desa", "Slamet Riyadi", "L", "1974-03-12", "SLTA", "141/12/2019", "2019-11-20", "2019-12-02", "2025-12-02"),
        ("Sekretaris Desa", "Wahyu Nugroho", "L", "1985-07-02", "S1", "141/03/2016", "2016-04-11", "2016-04-18", "2045-07-02"),
        ("Kasi Pemerintahan", "Dedi Kurniawan", "L", "1988-01-25", "SLTA", "141/07/2018", "2018-06-04", "2018-06-11",
         "2048-01-25"),
        ("Kasi Kesejahteraan", "Sri Wahyuni", "P", "1990-09-14", "D3", "141/07/2018", "2018-06-04", "2018-06-11", "2050-09-14"),
        ("Kasi Pelayanan", "Eko Saputro", "L", "1983-05-30", "SLTA", "141/02/2020", "2020-02-17", "2020-02-24", "2043-05-30"),
        ("Kaur Tata Usaha dan Umum", "Ani Rahmawati", "P", "1992-11-03", "S1", "141/02/2020", "2020-02-17", "2020-02-24",
         "2052-11-03"),
        ("Kaur Keuangan", "Dwi Lestari", "P", "1987-04-19", "SLTA", "141/03/2016", "2016-04-11", "2016-04-18", "2047-04-19"),
        ("Kaur Perencanaan", "Agus Salim", "L", "1979-08-08", "SLTP", "141/05/2012", "2012-05-07", "2012-05-14", "2039-08-08"),
        ("Kepala Dusun", "Paiman", "L", "1970-02-27", "SD", "141/05/2012", "2012-05-07", "2012-05-14", "2030-02-27"),
    ],
    "Mlaya": [
        ("Kepala Desa", "Suparno", "L", "1969-10-10", "SLTA", "141/14/2019", "2019-11-20", "2019-12-02", "2025-12-02"),
        ("Sekretaris Desa", "Nur Hidayati", "P", "1986-06-21", "S1", "141/09/2017", "2017-08-14", "2017-08-21", "2046-06-21"),
        ("Kasi Pemerintahan", "Budi Hartono", "L", "1981-12-05", "D2", "141/09/2017", "2017-08-14", "2017-08-21", "2041-12-05"),
        ("Kasi Kesejahteraan", "Tri Mulyono", "L", "1984-03-18", "SLTA", "141/04/2021", "2021-03-01", "2021-03-08", "2044-03-18"),
        ("Kasi Pelayanan", "Umi Kulsum", "P", "1991-01-09", "SLTA", "141/04/2021", "2021-03-01", "2021-03-08", "2051-01-09"),
        ("Kaur Keuangan", "Rini Astuti", "P", "1989-07-27", "D1", "141/09/2017", "2017-08-14", "2017-08-21", "2049-07-27"),
        ("Kaur Perencanaan", "Sugeng Riyanto", "L", "1976-09-02", "SLTA", "141/06/2010", "2010-06-14", "2010-06-21",
         "2036-09-02"),
        ("Kepala Dusun", "Darsono", "L", "1972-04-15", "SLTP", "141/06/2010", "2010-06-14", "2010-06-21", "2032-04-15"),
    ],
}

_PERANGKAT_HEADER = [
    ["NO", "N A M A", "Jenis Kelamin", None, "JABATAN", "TEMPAT, TGL LAHIR", None, "PENDIDIKAN", *[None] * 8, "NO SK",
     "TANGGAL SK", "TANGGAL PELANTIKAN", "AKHIR MASA JABATAN", "No. HP / WA", "N I K"],
    [None, None, "L", "P", None, "TEMPAT LAHIR", "TANGGAL LAHIR", *_EDUCATION_LEVELS, *[None] * 6],
]


def _date(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d")


def _perangkat_sheet() -> tuple[list[list], list[str], dict[str, str]]:
    """The kecamatan's recap as generatePerangkatXLSX writes it: rows, merged ranges and number formats."""
    rows: list[list] = [["DATA PERANGKAT DESA SE-KECAMATAN PUNGGELAN", *[None] * 21], ["TAHUN 2025", *[None] * 21], []]
    merged = ["A1:V1", "A2:V2"]
    formats: dict[str, str] = {}
    for index, (desa, people) in enumerate(_PERANGKAT.items()):
        if index:
            rows.append([])  # the exporter's empty row, with a page break under it
        rows.append([f"DATA PERANGKAT DESA {desa.upper()}", *[None] * 21])
        merged.append(f"A{len(rows)}:V{len(rows)}")
        head = len(rows) + 1
        rows += [list(r) for r in _PERANGKAT_HEADER]
        merged += [f"{c}{head}:{c}{head + 1}" for c in "ABEQRSTUV"] + [f"C{head}:D{head}", f"F{head}:G{head}",
                                                                     f"H{head}:P{head}"]
        first = len(rows) + 1
        for n, (jabatan, name, sex, born, education, sk, sk_date, sworn, end) in enumerate(people, start=1):
            rows.append([n, name, 1 if sex == "L" else None, 1 if sex == "P" else None, jabatan, "Banjarnegara",
                         _date(born), *[1 if education == level else None for level in _EDUCATION_LEVELS], sk,
                         _date(sk_date), _date(sworn), _date(end), None, None])
            formats[f"G{len(rows)}"] = "dd mmmm yyyy"
            formats.update({f"{c}{len(rows)}": "dd/mm/yyyy" for c in "RST"})
        block = rows[first - 1:]
        rows.append([])
        # the sums are formulas in the export; the file holds their values once Excel has opened and saved it
        sums = [sum(r[col] or 0 for r in block) for col in (2, 3, *range(7, 16))]
        rows.append(["JUMLAH", None, sums[0], sums[1], None, None, None, *sums[2:], *[None] * 6])
        merged.append(f"A{len(rows)}:B{len(rows)}")
        rows.append(["JUMLAH TOTAL", None, sums[0] + sums[1], None, None, None, None, sum(sums[2:]), *[None] * 14])
        merged += [f"A{len(rows)}:B{len(rows)}", f"C{len(rows)}:G{len(rows)}", f"H{len(rows)}:P{len(rows)}"]
    rows += [[], []]
    signature = ["Punggelan, 5 Desember 2025", "Camat Punggelan", None, None, None, "(...........................................)",
                 "Pangkat / Golongan", "NIP. ....................................."]
    for line in signature:
        rows.append([*[None] * 16, line, None, None, None, None, None])
        if line:
            merged.append(f"Q{len(rows)}:T{len(rows)}")
    return rows, merged, formats


_PERANGKAT_ROWS, _PERANGKAT_MERGED, _PERANGKAT_FORMATS = _perangkat_sheet()
_ALL_PERANGKAT = [p for people in _PERANGKAT.values() for p in people]


#: BAN-PT borang 3A tabel 4.6.1 of a programme's tenaga kependidikan: (no, jenis, S3, S2, S1, D4, D3, D2, D1, SMA/SMK,
#: unit kerja); counts invented
_TENDIK = [
    (1, "Pustakawan *", 0, 1, 2, 0, 1, 0, 0, 0, "Perpustakaan Fakultas"),
    (2, "Laboran/ Teknisi/ Analis/ Operator/ Programer", 0, 0, 4, 0, 3, 0, 1, 2, "Laboratorium Jurusan"),
    (3, "Administrasi", 0, 1, 6, 0, 2, 0, 0, 5, "Tata Usaha Fakultas dan Jurusan"),
    (4, "Lainnya : Arsiparis, Pranata Humas", 0, 0, 1, 0, 1, 0, 0, 0, "Fakultas"),
]
_TENDIK_LEVELS = ["S3", "S2", "S1", "D4", "D3", "D2", "D1", "SMA"]


def _tendik_totals() -> list[int]:
    return [sum(row[i] for row in _TENDIK) for i in range(2, 10)]


#: a Bapas's pembimbing kemasyarakatan as its template lists them: (name, female, birth date, TMT CPNS, jabatan)
_BAPAS_PK = [
    ("Rudi Hartanto, S.Sos", False, "19840312", "200903", "Pembimbing Kemasyarakatan Ahli Muda"),
    ("Lina Marlina, S.H.", True, "19860725", "201012", "Pembimbing Kemasyarakatan Ahli Madya"),
    ("Yusuf Maulana, S.Psi", False, "19880204", "201103", "Pembimbing Kemasyarakatan Ahli Muda"),
    ("Ratna Sari, S.Sos", True, "19910918", "201403", "Pembimbing Kemasyarakatan Ahli Pertama"),
    ("Bayu Aji Pamungkas, S.H.", False, "19930101", "201703", "Pembimbing Kemasyarakatan Ahli Pertama"),
    ("Nining Kurniasih, S.Psi", True, "19891130", "201203", "Pembimbing Kemasyarakatan Ahli Muda"),
    ("Fajar Ramadhan, S.Sos", False, "19950617", "201903", "Pembimbing Kemasyarakatan Ahli Pertama"),
    ("Tuti Alawiyah, S.H.", True, "19870408", "201012", "Pembimbing Kemasyarakatan Ahli Muda"),
]


STAFF: list[Layout] = [
    Layout(
        id="staff-kpp-surakarta-seksi-jenis-kelamin-2007",
        dataset="staff",
        agency=("Kantor Pelayanan Pajak Surakarta (Direktorat Jenderal Pajak, Kementerian Keuangan; table quoted in a "
                "UNS thesis) — kementerian vertical office (KPP)"),
        source=("https://text-id.123dok.com/document/dy4e2d2vq-kondisi-personalia-di-kantor-pelayanan-pajak-surakarta.html "
                "— 'Kondisi Personalia di Kantor Pelayanan Pajak Surakarta', hal. 53-54, 'Tabel 5. Jumlah Pegawai "
                "Berdasarkan Stuktur Pembagian Tugas.' (staff to 6 April 2007)"),
        year=2007,
        sheets={"Tabel 5": [
            ["Tabel 5. Jumlah Pegawai Berdasarkan Stuktur Pembagian Tugas.", None, None, None],
            ["Bagian", "Jenis kelamin", None, "Jumlah"],
            [None, "L", "P", None],
            [1, 2, 3, 4],
            *[[bagian, _dash(men), _dash(women), men + women] for bagian, men, women in _KPP_SURAKARTA],
            ["Jumlah", 104, 31, 135],
            ["Sumber: Kantor Pelayanan Pajak Surakarta", None, None, None],
        ]},
        merged={"Tabel 5": ["A1:D1", "A2:A3", "B2:C2", "D2:D3", "A17:D17"]},
        expected={"gender": {"Laki-laki": 104, "Perempuan": 31}},
        note=("The tax office's 135 staff by seksi (nine seksi and two KP4 outposts) under a 'Jenis kelamin' band over L | "
              "P, the Jumlah column after the band, a column-number row '1 2 3 4' as numbers, the row number glued to "
              "the name ('10. KP4 Surakarta'), '-' for no women at KP4 Surakarta, a Jumlah row and a Sumber line. The "
              "title keeps the thesis's 'Stuktur' and the double space in 'PPN  Pajak'. The unit (seksi) is no "
              "modelled dimension: only the gender counts are expected. Figures as printed (the text layer lists the L "
              "column, then P, then Jumlah): they add up (104 + 31 = 135, every row L + P = Jumlah)."),
    ),
    Layout(
        id="staff-simpeg-wonosobo-kepala-opd-html-xls",
        dataset="staff",
        agency=("Pemerintah Kabupaten Wonosobo SIMPEG (Diskominfo Wonosobo's statistik module), 'Daftar Kepala OPD' — "
                "kabupaten-wide list of the heads of OPD, setda units and camat (synthetic people)"),
        source=("github DiskominfoWsb/simpeg rekap_data/statistik_1123/application/modules/diengplateu/views/statistik/"
                "download_excell.php (commit 422aedc): header 'Content-type: application/vnd-ms-excel', filename 'Data "
                "Kepala OPD.xls', <h1> 'Daftar Kepala OPD Per November 2023', No. | Perangkat Daerah | Nama Pejabat | "
                "Pangkat/Gol. Ruang (pangkat<br>golru) | Eselon | Pendidikan (jenjang and jurusan)"),
        year=2023,
        sheets={},
        html=_kepala_opd_html(),
        expected={
            "golongan": _count(g for _, _, _, g, _, _ in _KEPALA_OPD),
            "education": _count(j.split()[0] for *_, j in _KEPALA_OPD),
        },
        findings=((W, "column_missing"),),
        note=("The PHP view echoes its table with no <html> or <body> (the page header in an <h1> inside two <div>s) and "
              "the browser saves it as 'Data Kepala OPD.xls'. The 'Perangkat Daerah' column holds the position "
              "('KEPALA DINAS KESEHATAN', 'CAMAT KERTEK'), not the unit; the pangkat name and the golongan ruang share "
              "one cell split by <br> ('Pembina Utama Muda<br>IV/c'); education is the jenjang with the jurusan ('S2 "
              "Magister Manajemen'); eselon II.a … III.a. No sex column and no NIP to derive it from: one expected "
              "warning column_missing. The query takes eselon II heads, every Sekretariat Daerah official and the camat "
              "(eselon III.a). Nine invented officials; the jurusan names are invented (the master table is not in the "
              "code)."),
    ),
    Layout(
        id="staff-perangkat-desa-punggelan-rekap-per-desa-one-hot",
        dataset="staff",
        agency=("Kecamatan Punggelan, Kabupaten Banjarnegara: the kecamatan's application for its 17 villages' perangkat "
                "desa, recap of two desa — kecamatan / desa export (synthetic people)"),
        source=("public GitHub ExcelJS export generatePerangkatXLSX() (search index file id 26301766619; its page Perangkat "
                "lists the 17 desa of Punggelan): 'DATA PERANGKAT DESA SE-KECAMATAN PUNGGELAN', 'TAHUN <year>', per desa "
                "a title row, NO | N A M A | Jenis Kelamin › L, P | JABATAN | TEMPAT, TGL LAHIR › TEMPAT LAHIR, TANGGAL "
                "LAHIR | PENDIDIKAN › SD … S3 | NO SK | TANGGAL SK | TANGGAL PELANTIKAN | AKHIR MASA JABATAN | No. HP / WA "
                "| N I K, a JUMLAH and a JUMLAH TOTAL row; the camat's signature block"),
        year=2025,
        sheets={"Rekapitulasi Perangkat Desa": _PERANGKAT_ROWS},
        merged={"Rekapitulasi Perangkat Desa": _PERANGKAT_MERGED},
        number_formats={"Rekapitulasi Perangkat Desa": _PERANGKAT_FORMATS},
        expected={
            "gender": {"Laki-laki": sum(p[2] == "L" for p in _ALL_PERANGKAT),
                       "Perempuan": sum(p[2] == "P" for p in _ALL_PERANGKAT)},
            "education": _count(_CANONICAL[p[4]] for p in _ALL_PERANGKAT),
        },
        # no golongan (perangkat desa have none); each jabatan (Sekretaris Desa, Kasi, Kaur …) heads a part of the desa: Struktural
        findings=((W, "column_missing"),),
        note=("A roster whose sex and education are one-hot: a 1 under L or P and a 1 under one of nine education "
              "columns (SD, SLTP, SLTA, D1, D2, D3, S1, S2, S3) of a PENDIDIKAN band, empty elsewhere. Each desa is a "
              "block of its own: a grey title row 'DATA PERANGKAT DESA KECEPIT', the two header rows again, its people "
              "ordered by jabatan, an empty row, JUMLAH (the column sums, formulas in the export: their values here) and "
              "JUMLAH TOTAL (L + P merged over C:G, the education sum merged over H:P); an empty row and a page break "
              "before the next desa. Birth, SK, inauguration and end-of-term dates are dates; the camat's signature "
              "block sits in Q:T under the last block. Perangkat desa are no ASN: no golongan column and no jenis jabatan "
              "(a 'Kaur Keuangan' is neither structural, fungsional nor pelaksana in the ASN's sense): two expected "
              "warnings column_missing, each said once for the two blocks (the collector first expected only the "
              "golongan one; the kit's roster asks for both); every person listed counts. NIK and telephone left empty (the export writes "
              "nothing when absent). 17 invented people in two desa; the sums add up."),
    ),
    Layout(
        id="staff-banpt-borang-4-6-1-tendik-pendidikan-unit-kerja",
        dataset="staff",
        agency=("A public university's faculty, tenaga kependidikan serving one study programme, as filled in the BAN-PT "
                "accreditation workbook — PTN faculty (counts invented)"),
        source=("BAN-PT, Borang Akreditasi Program Studi Sarjana (Buku 3A), Standar 4, tabel 4.6.1 'Data tenaga "
                "kependidikan': No. | Jenis Tenaga Kependidikan | Jumlah Tenaga Kependidikan dengan Pendidikan Terakhir › "
                "S3 … SMA/SMK | Unit Kerja, column numbers (1) … (11), a Total row and the footnote on pustakawan; its "
                "columns as a SAPTO accreditation tool reads the sheet (public GitHub SaptoGridConfig, search index file "
                "id 63284577873: 'A-4.6.1' Jabatan | S3 | S2 | S1 | D4 | D3 | D2 | D1 | SMA/SMK | Total, data from row 9)"),
        year=2019,
        sheets={"4.6.1": [
            ["4.6  Tenaga kependidikan", *[None] * 10],
            ["4.6.1  Tuliskan data tenaga kependidikan yang ada di PS, Jurusan, Fakultas atau PT yang melayani mahasiswa "
             "PS dengan mengikuti format tabel berikut:", *[None] * 10],
            [None] * 11,
            ["No.", "Jenis Tenaga Kependidikan", "Jumlah Tenaga Kependidikan dengan Pendidikan Terakhir", *[None] * 7,
             "Unit Kerja"],
            [None, None, "S3", "S2", "S1", "D4", "D3", "D2", "D1", "SMA/SMK", None],
            [f"({n})" for n in range(1, 12)],
            *[[no, jenis, *counts, unit] for no, jenis, *counts, unit in _TENDIK],
            [None, "Total", *_tendik_totals(), None],
            ["* Hanya yang memiliki pendidikan formal dalam bidang perpustakaan", *[None] * 10],
        ]},
        merged={"4.6.1": ["A1:K1", "A2:K2", "A4:A5", "B4:B5", "C4:J4", "K4:K5", "A12:K12"]},
        expected={"education": {level: count for level, count in zip(_TENDIK_LEVELS, _tendik_totals()) if count}},
        note=("A cross table of staff kinds (rows: pustakawan, laboran/teknisi, administrasi, lainnya) by last education "
              "under a band of eight levels (S3 … SMA/SMK), then the unit kerja as text in the last column; column "
              "numbers '(1)' … '(11)', a Total row with no number, a footnote, zeros written as 0. The kinds of staff "
              "are no modelled dimension: only the education counts are expected (25 people; S3 and D4 hold nobody and "
              "are left out). The instruction text above the table is the borang's own. Counts invented; the Total row "
              "adds up."),
    ),
    Layout(
        id="staff-bapas-pembimbing-kemasyarakatan-nama-nip-telepon-jabatan",
        dataset="staff",
        agency=("A Balai Pemasyarakatan (Bapas; the 'kiansantang' service application), its pembimbing kemasyarakatan "
                "kept in a Google Sheet — kementerian UPT (Bapas), staff sheet (synthetic people)"),
        source=("github Kiansantang27121/kiansantang-bapas TEMPLATE-DATA-PK.md, 'Template Data PK untuk Google Sheets': "
                "header row 1 Nama | NIP | Telepon | Jabatan, one row per PK, jabatan one of Pembimbing Kemasyarakatan "
                "Ahli Pertama / Ahli Muda / Ahli Madya"),
        year=2025,
        sheets={"Data PK": [
            ["Nama", "NIP", "Telepon", "Jabatan"],
            *[[name, nip(n, female=female, birth=birth, appointed=tmt), "-", jabatan]
              for n, (name, female, birth, tmt, jabatan) in enumerate(_BAPAS_PK, start=1)],
        ]},
        expected={
            "gender": {"Laki-laki": sum(not p[1] for p in _BAPAS_PK), "Perempuan": sum(p[1] for p in _BAPAS_PK)},
            "position_type": {"Fungsional": len(_BAPAS_PK)},
        },
        findings=((W, "column_missing"), (W, "column_missing")),
        note=("The thinnest roster: name, NIP as text, telephone, jabatan, one header row and nothing else. No sex "
              "column: the sex is the NIP's 15th digit (1 man, 2 woman), as for any PNS. Every jabatan is a jabatan "
              "fungsional (Pembimbing Kemasyarakatan at three levels), so the kinds of position are all Fungsional. No "
              "golongan and no education column: two expected warnings column_missing. Telephones written '-' (the "
              "template's are placeholders); eight synthetic PNS, NIPs from workbooks.nip."),
    ),
]

# ---------------------------------------------------------------- indicators

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]

#: the hospital's indicators by unit (sorted by unit name, as the export sorts them): (judul, comparator, target, unit
#: of the target, the month values January … November; December not entered yet)
_MUTU = {
    "Farmasi": [
        ("Kepatuhan penggunaan formularium nasional", ">=", 80, "percentage",
         [82.4, 85.1, 79.6, 83.0, 84.7, 81.2, 86.3, 80.9, 78.8, 83.5, 84.1]),
        ("Waktu tunggu pelayanan resep obat jadi", "<=", 30, "minute",
         [27.5, 29.1, 31.4, 26.8, 28.2, 30.6, 25.9, 27.3, 29.8, 26.4, 28.0]),
    ],
    "IGD": [
        ("Kepatuhan identifikasi pasien", ">=", 100, "percentage",
         [98.2, 100.0, 99.1, 100.0, 97.6, 100.0, 100.0, 98.9, 100.0, 99.4, 100.0]),
        ("Waktu tanggap pelayanan dokter di gawat darurat", "<=", 5, "minute",
         [4.2, 4.8, 5.3, 4.1, 3.9, 4.4, 5.1, 4.6, 4.0, 4.3, 4.7]),
    ],
    "Rawat Inap": [
        ("Kepatuhan upaya pencegahan risiko pasien jatuh", ">=", 100, "percentage",
         [96.5, 100.0, 100.0, 98.7, 100.0, 97.9, 100.0, 100.0, 99.2, 100.0, 98.4]),
        ("Kepuasan pasien rawat inap", ">=", 76.61, "percentage",
         [78.2, 77.9, 76.1, 79.4, 80.2, 78.8, 77.5, 79.1, 80.6, 78.3, 79.7]),
    ],
}


def _met(comparator: str, value: float, target: float) -> bool:
    return value >= target if comparator == ">=" else value <= target


def _mutu_sheet() -> tuple[list[list], dict[str, str]]:
    rows: list[list] = [["JANUARI - DESEMBER TAHUN 2025", *[None] * 15], ["NO", "JUDUL INDIKATOR MUTU", "UNIT/PIC", "Target", *_MONTHS]]
    formats: dict[str, str] = {}
    number = 0
    for unit, indicators in _MUTU.items():
        missed = [0] * 12
        for judul, comparator, target, target_unit, values in indicators:
            number += 1
            rows.append([number, judul, unit, f"{comparator}{target}{'%' if target_unit == 'percentage' else ''}",
                         *values, "-"])
            for month, value in enumerate(values):
                formats[f"{chr(ord('E') + month)}{len(rows)}"] = '0.00"%"' if target_unit == "percentage" else "0.00"
                missed[month] += not _met(comparator, value, target)
        rows.append([None, "Indikator tidak mencapai target", None, None, *[count or "-" for count in missed]])
        rows.append([])
    return rows, formats


_MUTU_ROWS, _MUTU_FORMATS = _mutu_sheet()

#: the open-data table's first twenty rows: (id, indikator_kinerja as stored, capaian 2018, capaian 2019, polarity)
_SEMARANG = [
    (1, "Angka Harapan Hidup", "75,57", "75,00", "positive"),
    (2, "Persentase Pelayanan Jaminan Kesehatan Bagi Masyarakat", "35,15", "34,56", "positive"),
    (3, "Persentase pemenuhan pelayanan kesehatan masyarakat pertahun", "32,99", "37,04", "positive"),
    (4, "Persentase pemenuhan pelayanan kesehatan masyarakat pertahun", "26,64", "24,92", "positive"),
    (5, "Presentase rumah tangga yang ber PHBS strata sehat utama", "73,38", "80,56", "positive"),
    (6, "Prevalensi Gizi kurang pada balita", "2,96", "3,12", "negative"),
    (7, "persentase kesejahteraan dan ketahanan keluarga", "78,51", "78,77", "positive"),
    (8, "Indeks Jumlah Anak per Kepala Keluarga", "0,95", "0,89", "negative"),
    (9, "Prosentase Pemenuhan Sarana dan Prasarana kesehatan", "40,58", "44,93", "positive"),
    (10, "Angka Partisipasi Sekolah Usia 13-15 tahun", "97,20", "97,35", "positive"),
    (11, "Angka Partisipasi Sekolah Usia 7-12 tahun", "100,00", "99,81", "positive"),
    (12, "Prosentase Tingkat kelulusan SD/MI", "100,00", "100,00", "positive"),
    (13, "Angka Partisipasi Kasar SD", "106,79", "107,58", "positive"),
    (14, "Angka Partisipasi Kasar SMP", "100,06", "75,47", "positive"),
    (15, "Prosentase Ruang kelas yang sesuai standar Nasional Pendidikan", "93,87", "0,00", "positive"),
    (16, "Persentase Guru berpendidikan S1/DIV PAUD TK/RA", "75,67", "77,59", "positive"),
    (17, "Lulusan SMK bersertifikat keahlian", "8,24", "0,00", "positive"),
    (18, "Jumlah Calon Tenaga Kerja yang Terampil", "4,28", "1,31", "positive"),
    (19, "Tingkat Pengangguran Terbuka", "1,34", "1,61", "negative"),
    (20, "Prosentase fasilitasi Lembaga pendidikan keagamaan yang mendapatkan bantuan", "0,00", "0,00", "positive"),
]


#: PN Kayu Agung, Tabel 3.2: (indicator as printed, capaian as printed)
_KAYU_AGUNG = [
    ("a. Persentase sisa perkara perdata yang diselesaikan", "100"),
    ("b. Persentase sisa perkara pidana yang diselesaikan", "100"),
    ("c. Persentase sisa perkara perdata yang diselesaikan tepat waktu", "79,38"),
    ("d. Persentase sisa perkara pidana yang diselesaikan tepat waktu", "100"),
    ("e. Persentase Perkara yang tidak mengajukan upaya hukum banding", "117,8"),
    ("f. Persentase perkara yang tidak mengajukan upaya hukum kasasi", "107,33"),
    ("g. Persentase perkara yang tidak mengajukan upaya hukum peninjauan\nkembali", "110,7"),
    ("h. Persentase perkara pidana anak yang diselesaikan dengan diversi", "90"),
    ("i. Index responden pencari keadilan", "103,75"),
]


#: the PN's analysis tables: (table, title, header of the first column, rows (label, jumlah), realisation and capaian
#: as printed, the sentence printed above the table)
_PN_ANALISA = [
    ("Tabel 16.", "Penurunan upaya hukum banding yang tidak diajukan untuk perkara perdata", "Data Perkara Perdata",
     [("Upaya hukum banding tahun 2016 dan 2015", "40 Berkas"), ("Upaya hukum banding tahun 2015", "20 Berkas")],
     "50,00", None),
    ("Tabel 17.", "Penurunan upaya hukum Kasasi yang tidak diajukan untuk perkara perdata", "Data Perkara Perdata",
     [("Upaya hukum kasasi tahun 2016 dan 2015", "54 Berkas"), ("Upaya hukum kasasi tahun 2015", "18 Berkas")],
     "33,33", "5 Persentase penurunan upaya hukum Kasasi yang tidak diajukan untuk Perkara Perdata adalah sebesar "
              "33,33."),
    ("Tabel 18.", "Penurunan upaya hukum Peninjauan Kembali yang tidak diajukan untuk perkara perdata",
     "Data Perkara Pidana",
     [("Upaya hukum PK tahun 2016 dan 2015", "9 Berkas"), ("Upaya hukum PK tahun 2015", "2 Berkas")],
     "75,00", "6 Persentase penurunan upaya hukum Peninjauan Kembali yang tidak diajukan untuk Perkara Perdata "
              "adalah sebesar 0."),
]


def _pn_analisa_sheet() -> tuple[list[list], list[str]]:
    rows: list[list] = []
    merged: list[str] = []
    for table, title, first, data, value, sentence in _PN_ANALISA:
        if sentence:
            rows += [[sentence, None, None, None], [None] * 4]
        rows.append([f"{table} Analisa Kinerja {title}", None, None, None])
        merged.append(f"A{len(rows)}:D{len(rows)}")
        rows.append([first, "Jumlah", "Realisasi", "Capaian Kinerja"])
        top = len(rows) + 1
        for n, (label, jumlah) in enumerate(data):
            rows.append([label, jumlah, value if n == 0 else None, value if n == 0 else None])
        merged += [f"C{top}:C{len(rows)}", f"D{top}:D{len(rows)}"]
        rows.append([None] * 4)
    return rows, merged


_PN_ROWS, _PN_MERGED = _pn_analisa_sheet()


INDICATORS: list[Layout] = [
    Layout(
        id="ind-rs-mutu-laporan-tahunan-bulan-target-komparator",
        dataset="indicators",
        agency=("A hospital's indicator mutu application (units Farmasi, IGD, Rawat Inap; the hospital is not named in "
                "the code), 'Laporan Mutu Tahunan' — RSUD / hospital export (values invented)"),
        source=("public GitHub Nuxt server route exporting 'Laporan_Mutu_Tahunan_<year>_<timestamp>.xlsx' (search index "
                "file id 7332731908): sheet 'Laporan Tahunan', A1:P1 'JANUARI - DESEMBER TAHUN <year>', NO | JUDUL "
                "INDIKATOR MUTU | UNIT/PIC | Target | Jan … Des, the target as '<comparator><target><%>', a month with no "
                "entry '-', per unit a row 'Indikator tidak mencapai target' and an empty row"),
        year=2025,
        sheets={"Laporan Tahunan": _MUTU_ROWS},
        merged={"Laporan Tahunan": ["A1:P1"]},
        number_formats={"Laporan Tahunan": _MUTU_FORMATS},
        refused="cell E2: got 'Jan', expected one column for the year's 'realisation'",
        note=("Twelve month columns of a rate (each month's value on its own, not cumulative: they go up and down) and no "
              "yearly column; exported in early December, so December is '-' everywhere. The year's realisation is "
              "not in the table and no rule to get it is stated (a mean of the months, the last month, or the year's "
              "numerator over its denominator, which the export leaves out): a careful analyst cannot tell it, so the "
              "file must be refused naming the month band, at its first month (E2 'Jan'). "
              "The target carries its direction: '>=80%' for a percentage, '<=30' for a waiting time in minutes (no "
              "unit printed), so the polarity of the two waiting times is written in the target cell. Each unit's "
              "block ends with the count of indicators under target per month ('-' for none) and an empty row; the "
              "month values are numbers formatted '0.00\"%\"' or '0.00'. Six invented indicators."),
    ),
    Layout(
        id="ind-lppd-semarang-capaian-2018-2019-opendata-text-commas",
        dataset="indicators",
        agency=("Pemerintah Kabupaten/Kota Semarang, capaian indikator kinerja of its LPPD as an open-data set (the "
                "table is named 'lppd_semarang'; which Semarang is not stated) — pemda open-data export"),
        source=("github BoykeAP/Big-Data lppd_semarang.sql (commit 3369404): table `data` (_id, indikator_kinerja, "
                "capaian_tahun_2018, capaian_tahun_2019), 83 rows loaded from the open-data API and exported to Excel "
                "(SQL_to_Excel); rows 1-20"),
        year=2019,
        sheets={"data": [["_id", "indikator_kinerja", "capaian_tahun_2018", "capaian_tahun_2019"],
                         *[[n, name, y2018, y2019] for n, name, y2018, y2019, _ in _SEMARANG]]},
        expected=[_ind(name, None, float(y2019.replace(",", ".")), polarity) for _, name, _, y2019, polarity in _SEMARANG],
        findings=((W, "field_empty"), *[(W, "polarity_inferred")] * sum(p == "negative" for *_, p in _SEMARANG)),
        note=("The data set's own column names as the header (snake_case, 'capaian_tahun_2019'), the values text with "
              "decimal commas as stored ('75,00'), no unit, no target. 'Capaian' here is the value reached (life "
              "expectancy 75,00 years, APK SMP 75,47), not a percentage of a target: the 2019 column is the year's "
              "realisation; the table gives no target (an empty field). Rows 3 and 4 carry the same name with "
              "different values, as published; 0,00 stands for what was not measured in 2019 (ruang kelas, SMK "
              "lulusan) and is kept as printed. Published spellings kept ('Presentase', 'Prosentase', lower-case "
              "'persentase kesejahteraan'). The first 20 of 83 rows (the rest repeats one musrenbang indicator per "
              "kecamatan with no kecamatan named). Real figures. No polarity column: the three lower-is-better indicators "
              "(gizi kurang, children per family, open unemployment) are each a polarity_inferred warning, the corpus's "
              "rule (left out when collected; added when tuning)."),
    ),
    Layout(
        id="ind-pn-kayu-agung-capaian-saja-rata-rata-salah-2020",
        dataset="indicators",
        agency="Pengadilan Negeri Kayu Agung (Mahkamah Agung, peradilan umum; LKjIP 2020) — lembaga unit (pengadilan negeri)",
        source=("https://123dok.com/article/analisis-capaian-kinerja-akuntabilitas-kinerja.y8p8wr2z — LKjIP Pengadilan "
                "Negeri Kayu Agung 2020, Bab III B 'Analisis Capaian Kinerja', hal. 34, 'Tabel 3.2. Capaian Sasaran "
                "Strategis I'"),
        year=2020,
        sheets={"Tabel 3.2": [
            ["Tabel 3.2.", None],
            ["Capaian Sasaran Strategis I", None],
            ["Sasaran Strategis I", "Terwujudnya Proses Peradilan yang Pasti, Transparan & Akuntabel"],
            ["Indikator Kinerja", "Capaian"],
            *[[name, capaian] for name, capaian in _KAYU_AGUNG],
            ["Rata-Rata Capaian Kinerja Pada Sasaran Strategis 1", "91,99"],
        ]},
        merged={"Tabel 3.2": ["A1:B1", "A2:B2"]},
        expected=[_ind(name.split(" ", 1)[1].split("\n")[0], None, float(capaian.replace(",", "."))) for name, capaian in _KAYU_AGUNG],
        findings=((W, "field_empty"), (W, "average_mismatch")),
        note=("The court's first sasaran with its nine indicators and one number each, 'Capaian' (the percentage of the "
              "target, printed without '%': 117,8 for the share of cases not appealed, above 100), no target and no "
              "realisation; the sasaran as a band row above the header; each indicator lettered 'a.' … 'i.' in its "
              "name's cell, 'g.' wrapped onto a second line; decimals with a comma and as few digits as the value "
              "needs. Read as the corpus reads a capaian with neither target nor realisation: as the year's "
              "realisation, with no target (an empty field). Published mistake kept: the closing row 'Rata-Rata "
              "Capaian Kinerja Pada Sasaran Strategis 1' says 91,99 where the nine capaian average 101,00 (908,96 / 9): "
              "the row is set aside as a stated average (not an indicator) and checked, an expected warning "
              "average_mismatch (collected expecting no check of it; added when tuning). "
              "Figures as printed."),
    ),
    Layout(
        id="ind-pn-analisa-upaya-hukum-tabel-per-indikator-2016",
        dataset="indicators",
        agency=("A Pengadilan Negeri (peradilan umum, Mahkamah Agung; its name is not on the excerpted page), LKjIP 2016 — "
                "lembaga unit (pengadilan negeri)"),
        source=("https://text-id.123dok.com/document/nq74xvnrq-ukuran-capaian-kinerja-utama-peningkatan-efektifitas-"
                "pengelolaan-penyelesaian-perkara.html — LKjIP 2016 of a Pengadilan Negeri, hal. 26, 'Tabel 16. Analisa "
                "Kinerja Penurunan upaya hukum banding …', 'Tabel 17. … Kasasi …', 'Tabel 18. … Peninjauan Kembali …'"),
        year=2016,
        sheets={"Hal. 26": _PN_ROWS},
        merged={"Hal. 26": _PN_MERGED},
        expected=[_ind(title, None, float(value.replace(",", "."))) for _, title, _, _, value, _ in _PN_ANALISA],
        findings=((W, "field_empty"),),
        note=("One small table per indicator, the indicator named only in the table's title ('Tabel 17. Analisa Kinerja "
              "Penurunan upaya hukum Kasasi …'), its two data rows the figures the percentage is computed from, with "
              "their unit in the cell ('54 Berkas'), the realisation and the capaian merged down the two rows and equal "
              "(no target); the report's sentence on the next indicator between the tables, as the text layer gives it (numbered '5', no '%'). Published mistakes kept: "
              "Tabel 18's first header says 'Data Perkara Pidana' in a table of civil cases, and its 75,00 is neither "
              "the tables' own formula (2 / 9 = 22,22, as 20 / 40 = 50,00 and 18 / 54 = 33,33) nor the sentence above "
              "it ('sebesar 0'); with no target, no capaian check applies, so no finding is expected for it. Three "
              "indicators with no target: an empty field. Figures as printed."),
    ),
]

CASES: list[Layout] = [*STAFF, *INDICATORS]
