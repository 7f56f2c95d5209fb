"""The second held-out set: real layouts collected after the first held-out set was read, run through the kit
before any tuning (README.md records that baseline, case by case).

Kinds the corpus had few of: BKPSDM rekap tables (jenis kelamin × pendidikan, eselon, a kota's stacked ASN
tables), a provincial health office's puskesmas staff report, a puskesmas performance instrument, a ministry
UPT's indicator table, a kabupaten BKPSDM's Renstra with several years of targets and a grade, a BPKP
representative office's performance agreement, a provincial dinas's SIPD RKA print and a ministry satker's
RKA-K/L (POK) listing. Published tables keep their cells as printed (published mistakes kept as expected
findings); export layouts keep the exporting code's columns, titles and footers, filled with invented units,
amounts and counts (never a real person: names and NIPs in signature blocks are invented or, as the export
prints them, empty). Expectations are what each table says, never what the kit reads.
"""

from __future__ import annotations

from layouts.case import E, W, budget_row as _b, indicator as _ind, Layout

# ---------------------------------------------------------------- staff

_SIMPEG_SOURCE = ("github fadixz123/simpeg laporan/{page} (commit 1bac40d): a PHP SIMPEG's 'Rekap Profile PNS' print "
                  "(menu laporan/main.php: REKAPITULASI PNS BERDASARKAN ...), the printed HTML page saved as a workbook")
_SIMPEG_TITLE = ["PEMERINTAH KABUPATEN SUKAMAJU", "KEADAAN PER: 31 Desember 2024"]
_SIMPEG_UNITS = ["SEKRETARIAT DAERAH", "DINAS PENDIDIKAN", "DINAS KESEHATAN", "KECAMATAN SUKAMAJU"]
#: per unit, L then P: <SD SD SMP SMA D1 D2 D3 S1 S2 S3 (the print's order); invented, no one below SD
_SIMPEG_JK_DIDIK = [
    ([0, 1, 2, 15, 0, 1, 4, 30, 9, 1], [0, 0, 1, 8, 0, 0, 6, 25, 5, 0]),
    ([0, 0, 1, 6, 1, 3, 5, 22, 6, 0], [0, 0, 0, 4, 2, 5, 8, 31, 7, 1]),
    ([0, 0, 0, 5, 0, 0, 9, 12, 3, 0], [0, 0, 0, 3, 1, 0, 21, 18, 4, 0]),
    ([0, 3, 3, 7, 0, 0, 1, 6, 1, 0], [0, 0, 1, 3, 0, 0, 2, 5, 0, 0]),
]
_LEVELS = ["<SD", "SD", "SMP", "SMA", "D1", "D2", "D3", "S1", "S2", "S3"]


def _jk_didik_sheet() -> list[list]:
    rows = [["JUMLAH PEGAWAI NEGERI SIPIL MENURUT JENIS KELAMIN DAN PENDIDIKAN"], [_SIMPEG_TITLE[0]], [_SIMPEG_TITLE[1]],
            ["No", "INSTANSI", "LAKI-LAKI", *[None] * 10, "PEREMPUAN", *[None] * 10, "Jumlah"],
            [None, None, *_LEVELS, "JML", *_LEVELS, "JML", None]]
    for n, (unit, (men, women)) in enumerate(zip(_SIMPEG_UNITS, _SIMPEG_JK_DIDIK), start=1):
        rows.append([n, unit, *men, sum(men), *women, sum(women), sum(men) + sum(women)])
    men = [sum(u[0][i] for u in _SIMPEG_JK_DIDIK) for i in range(10)]
    women = [sum(u[1][i] for u in _SIMPEG_JK_DIDIK) for i in range(10)]
    rows.append([None, "JUMLAH", *men, sum(men), *women, sum(women), sum(men) + sum(women)])
    rows.append(["Cetak"])  # the print button's label, copied with the page
    return rows


#: per unit: I/A I/B II/A II/B III/A III/B IV/A IV/B V/A (eselon codes 11 … 51 as the print heads them); invented
_SIMPEG_ESELON = [[0, 0, 1, 3, 6, 2, 14, 0, 0], [0, 0, 0, 1, 3, 1, 6, 2, 0], [0, 0, 0, 1, 2, 2, 5, 3, 0],
                  [0, 0, 0, 0, 1, 1, 3, 0, 0]]


def _eselon_sheet() -> list[list]:
    rows = [["JUMLAH PEGAWAI NEGERI SIPIL MENURUT ESELON JABATAN"], [_SIMPEG_TITLE[0]], [_SIMPEG_TITLE[1]],
            ["No", "UNIT KERJA", "I/A", "I/B", "II/A", "II/B", "III/A", "III/B", "IV/A", "IV/B", "V/A", "JUMLAH"]]
    for n, (unit, counts) in enumerate(zip(_SIMPEG_UNITS, _SIMPEG_ESELON), start=1):
        rows.append([n, unit, *counts, sum(counts)])
    totals = [sum(u[i] for u in _SIMPEG_ESELON) for i in range(9)]
    rows.append([None, "JUMLAH", *totals, sum(totals)])
    rows.append(["Cetak"])
    return rows


#: per unit: SD SMP SMA D1 D2 D3 D4 SM.Non Ak SM.Ak S1 S2 S3 (the print's twelve H_1A codes); invented, no Sarjana Muda
_SIMPEG_DIDIK = [[1, 3, 23, 0, 1, 10, 2, 0, 0, 53, 14, 1], [0, 1, 10, 3, 8, 13, 4, 0, 0, 49, 13, 1],
                 [0, 0, 8, 1, 0, 30, 6, 0, 0, 24, 7, 0], [3, 4, 10, 0, 0, 3, 0, 0, 0, 11, 1, 0]]


def _didik_sheet() -> list[list]:
    rows = [["JUMLAH PEGAWAI NEGERI SIPIL MENURUT PENDIDIKAN"], [_SIMPEG_TITLE[0]], [_SIMPEG_TITLE[1]],
            ["No.", "INSTANSI", "TINGKAT PENDIDIKAN", *[None] * 11, "JML"],
            [None, None, "SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "SM.Non Ak", "SM.Ak", "S1", "S2", "S3", None]]
    for n, (unit, counts) in enumerate(zip(_SIMPEG_UNITS, _SIMPEG_DIDIK), start=1):
        rows.append([n, unit, *counts, sum(counts)])
    totals = [sum(u[i] for u in _SIMPEG_DIDIK) for i in range(12)]
    rows.append([None, "JUMLAH", *totals, sum(totals)])
    rows.append(["Cetak"])
    return rows


_MANADO_HEAD = [["PEMERINTAH KOTA MANADO"], ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"],
                ["Jalan Balai Kota No. 1, Manado, 95124"], ["website: bkd.manadokota.go.id | email: bkdkotamanado@gmail.com"]]


def _manado_table(title: str, column: str, rows: list[tuple[str, int, int]], total_no: str,
                  unknown: tuple[int, int] | None = None) -> list[list]:
    """One of the report's tables: title, No | <column> | Laki-laki | Perempuan | Total, rows, the Total row whose
    No cell holds a number printed in white (``100``, or ``12`` under the education table)."""
    out = [[], [f"Jumlah Aparatur Sipil Negara (ASN) Pemerintah Kota Manado Menurut {title} Per Tanggal 31 Desember 2024"],
           ["No", column, "Laki-laki", "Perempuan", "Total"]]
    out += [[n, name, men, women, men + women] for n, (name, men, women) in enumerate(rows, start=1)]
    men, women = sum(r[1] for r in rows), sum(r[2] for r in rows)
    if unknown:
        out.append([11, "Belum Terdata", unknown[0], unknown[1], sum(unknown)])
        men, women = men + unknown[0], women + unknown[1]
    out.append([int(total_no), "Total", men, women, men + women])
    return out


_MANADO_UNITS = [("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", 30, 42), ("Dinas Kesehatan", 25, 61),
                 ("Kecamatan Wenang", 14, 12), ("Sekretariat DPRD", 18, 16)]
_MANADO_PANGKAT = [("Pembina Utama Muda (IV/c)", 1, 0), ("Pembina Tingkat I (IV/b)", 3, 2), ("Pembina (IV/a)", 7, 9),
                   ("Penata Tingkat I (III/d)", 14, 20), ("Penata (III/c)", 12, 18), ("Penata Muda Tingkat I (III/b)", 15, 27),
                   ("Penata Muda (III/a)", 13, 25), ("Pengatur Tingkat I (II/d)", 5, 6), ("Pengatur (II/c)", 8, 11),
                   ("Pengatur Muda Tingkat I (II/b)", 4, 6), ("Pengatur Muda (II/a)", 3, 7), ("Juru (I/c)", 2, 0)]
_MANADO_DIDIK = [("SD", 1, 0), ("SLTP", 2, 1), ("SLTA", 20, 14), ("D-I", 0, 1), ("D-II", 1, 3), ("D-III", 8, 30),
                 ("D-IV", 3, 6), ("S-1", 40, 62), ("S-2", 9, 11), ("S-3", 1, 0)]

_BALI_JENIS = [("Dokter Umum", 268), ("Dokter Gigi", 121), ("Perawat", 1384), ("Bidan", 1126), ("Tenaga Kefarmasian", 187),
               ("Tenaga Kesehatan Masyarakat", 242), ("Tenaga Kesehatan Lingkungan", 131), ("Tenaga Gizi", 158),
               ("Ahli Teknologi Laboratorium Medik", 149)]

STAFF: list[Layout] = [
    Layout(
        id="staff-simpeg-php-jenis-kelamin-pendidikan-per-instansi",
        dataset="staff",
        agency="BKPSDM of a kabupaten, PHP SIMPEG rekap print (kabupaten name invented) — kabupaten BKPSDM export",
        source=_SIMPEG_SOURCE.format(page="rekapdidik.php"),
        year=2024,
        sheets={"Pendidikan": _jk_didik_sheet()},
        merged={"Pendidikan": ["A4:A5", "B4:B5", "C4:M4", "N4:X4", "Y4:Y5"]},
        expected={
            "education": {"SD": 4, "SMP": 8, "SMA": 51, "D1": 4, "D2": 9, "D3": 56, "S1": 149, "S2": 35, "S3": 2},
            "gender": {"Laki-laki": 157, "Perempuan": 161},
        },
        note=("A unit × (gender × education) cross-table: LAKI-LAKI over '<SD SD SMP SMA D1 D2 D3 S1 S2 S3 JML' and "
              "PEREMPUAN over the same eleven, then one Jumlah for both; title on three lines (the h1's <br>s), a "
              "JUMLAH row and the print button's 'Cetak' under the table. Counts invented and consistent (the export "
              "computes JML and the totals with SQL counts): L 157, P 161, 318 in all; '<SD' is 0 everywhere, as the "
              "kit has no category below SD."),
    ),
    Layout(
        id="staff-simpeg-php-eselon-per-unit-kerja",
        dataset="staff",
        agency="BKPSDM of a kabupaten, PHP SIMPEG rekap print (kabupaten name invented) — kabupaten BKPSDM export",
        source=_SIMPEG_SOURCE.format(page="rekapeselon.php"),
        year=2024,
        sheets={"Eselon": _eselon_sheet()},
        refused="a table by echelon",
        note=("Units against eselon I/A … V/A, then JUMLAH: the only table of the file is by eselon, which the kit does "
              "not model, and whose column heads read like golongan (I/A, II/B, IV/A): read as golongan they would "
              "give a wrong golongan table of the 57 eselon holders. The file must be refused, the message saying the "
              "table is by eselon. Counts invented (57 holders)."),
    ),
    Layout(
        id="staff-simpeg-php-pendidikan-per-instansi-sarjana-muda",
        dataset="staff",
        agency="BKPSDM of a kabupaten, PHP SIMPEG rekap print (kabupaten name invented) — kabupaten BKPSDM export",
        source=_SIMPEG_SOURCE.format(page="rekappddk.php"),
        year=2024,
        sheets={"Pendidikan": _didik_sheet()},
        merged={"Pendidikan": ["A4:A5", "B4:B5", "C4:N4", "O4:O5"]},
        expected={"education": {"SD": 4, "SMP": 8, "SMA": 51, "D1": 4, "D2": 9, "D3": 56, "D4": 12, "S1": 137,
                                "S2": 35, "S3": 2}},
        note=("Units against TINGKAT PENDIDIKAN over twelve levels, including the old 'SM.Non Ak' and 'SM.Ak' (Sarjana "
              "Muda non-akademi / akademi), then JML; JUMLAH row; 'Cetak' under it. A unit × category cross-table "
              "(the shape of the unit × golongan one). Counts invented: 318, none Sarjana Muda."),
    ),
    Layout(
        id="staff-bkpsdm-manado-asn-menurut-unit-pangkat-pendidikan",
        dataset="staff",
        agency="BKPSDM Kota Manado, SILADEN report 'Jumlah ASN Pemerintah Kota Manado' — kota BKPSDM export",
        source=("github AndantioKorah/bkpsdmaio application/views/Kepegawaian/laporan/V_laporanDetailPdf.php (commit "
                "0429870): the PDF report's letterhead and its tables by unit kerja, pangkat/golongan and tingkat "
                "pendidikan, as copied into a workbook"),
        year=2024,
        sheets={"Laporan": [
            *_MANADO_HEAD,
            *_manado_table("Unit Kerja", "Unit Kerja", _MANADO_UNITS, "100"),
            *_manado_table("Pangkat/Golongan", "Pangkat/Golongan", _MANADO_PANGKAT, "100"),
            *_manado_table("Tingkat Pendidikan", "Pendidikan", _MANADO_DIDIK, "12", unknown=(2, 3)),
        ]},
        expected={
            "golongan": {"IV/c": 1, "IV/b": 5, "IV/a": 16, "III/d": 34, "III/c": 30, "III/b": 42, "III/a": 38,
                         "II/d": 11, "II/c": 19, "II/b": 10, "II/a": 10, "I/c": 2},
            "gender": {"Laki-laki": 87, "Perempuan": 131},
            "education": {"SD": 1, "SMP": 3, "SMA": 34, "D1": 1, "D2": 4, "D3": 38, "D4": 9, "S1": 102, "S2": 20,
                          "S3": 1, "Tidak diketahui": 5},
        },
        note=("Three tables stacked on one sheet under the BKPSDM letterhead, each 'No | <dimension> | Laki-laki | "
              "Perempuan | Total' with a Total row whose No cell holds a number the PDF prints in white ('100'; "
              "'12' under the education table, after a 'Belum Terdata' row numbered 11 by hand). The unit table is "
              "not a modelled dimension (reported and skipped); pangkat rows name the rank and the golongan "
              "('Penata Muda (III/a)'). Counts invented, every table adding up to 218 (L 87, P 131). The view's "
              "dates are today's: 31 Desember 2024 is used."),
    ),
    Layout(
        id="staff-dinkes-bali-tenaga-kesehatan-puskesmas",
        dataset="staff",
        agency="Dinas Kesehatan Provinsi Bali, 'Laporan Jumlah Tenaga Kesehatan Puskesmas' — provinsi dinas export",
        source=("public GitHub FPDF report of a Bali health-office information system (search index file id "
                "14334122200): kop, title 'LAPORAN JUMLAH TENAGA KESEHATAN PUSKESMAS PROVINSI BALI TAHUN …', "
                "No. | Nama Tenaga Kesehatan | Jumlah, signature 'Kepala Dinas Kesehatan / Provinsi Bali'"),
        year=2019,
        sheets={"Laporan": [
            [None, "PEMERINTAH PROVINSI BALI"], [None, "DINAS KESEHATAN"],
            [None, "Alamat: Jalan Melati No. 20 Denpasar, Bali, Indonesia 80236"],
            [None, "Telp/Fax (0361) 222412 / 234922, e-mail: admin.diskes@baliprov.go.id"], [],
            [None, "LAPORAN JUMLAH TENAGA KESEHATAN PUSKESMAS PROVINSI BALI TAHUN 2019"], [],
            [None, "No.", "Nama Tenaga Kesehatan", "Jumlah"],
            *[[None, f"{n}.", name, count] for n, (name, count) in enumerate(_BALI_JENIS, start=1)],
            [], [], [None, None, None, "Kepala Dinas Kesehatan"], [None, None, None, "Provinsi Bali"], [], [],
            [None, None, None, "dr. Nyoman Sudarma"], [None, None, None, None],
        ]},
        refused="Nama Tenaga Kesehatan",
        note=("Headcount of the province's puskesmas by type of health worker (SUM per jenis tenaga), no total, no "
              "gender, no golongan: a dimension the kit does not model, so the file must be refused naming the "
              "table. The PDF indents the table by an empty 35 mm cell (column A empty), numbers rows '1.' …, and "
              "prints the head's NIP from an undefined variable (the last line is empty). Counts and the head's "
              "name invented."),
    ),
]

_NA = "n/a"


def _gtlo(name: str, *values) -> list:
    """One row of the profile: the name as printed (each level numbered from 1 again), 2015 … 2022, satuan, sumber."""
    return [None, name, *values, *[_NA] * (8 - len(values)), "Orang", "Badan Kepegawaian"]


STAFF.append(Layout(
    id="staff-gorontalo-edata-kepegawaian-multi-tahun",
    dataset="staff",
    agency="Pemerintah Kota Gorontalo, 'e-data' profile (Data Dasar, Administrasi Pemerintahan › Kepegawaian) — kota pemda",
    source=("github jamdin-thalib/jamdinthalib.datamikro app/Views/frontend/profil/index/1/2.php (commit 1d1bd95): the "
            "edata.gorontalokota.go.id profile page 'Umum / Administrasi Pemerintahan', published figures; its first "
            "29 rows (Kepegawaian)"),
    year=2019,
    sheets={"Administrasi Pemerintahan": [
        ["Umum"], ["Administrasi Pemerintahan"],
        ["Tetap", "|", "Sementara", "|", "Sangat Sementara", "|", "n/a Tidak Tersedia"],
        ["#", "Jenis Data", "Tahun", None, None, None, None, None, None, None, "Satuan", "Sumber"],
        [None, None, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, None, None],
        ["II.", "Administrasi Pemerintahan", *[None] * 10],
        [None, "1. Kepegawaiaan", *[None] * 9, "Badan Kepegawaian"],
        _gtlo("1. Jumlah Pegawai Tetap", 5433, 5356, 4514, 4455, 4154),
        _gtlo("1. Jumlah Pegawai Berdasarkan Pendidikan", 5433, 5356, 4514, 4455, 4154),
        _gtlo("1. Tamat SMP", 79, 68, 76, 27, 19),
        _gtlo("2. Tamat SMA", 1251, 1089, 977, 996, 754),
        _gtlo("3. Diploma", 826, 746, 646, 640, 675),
        _gtlo("4. Sarjana S1", 2946, 3062, 2535, 2616, 2396),
        _gtlo("5. Sarjana S2", 321, 383, 270, 166, 284),
        _gtlo("6. Sarjana S3", 10, 9, 10, 10, 6),
        _gtlo("2. Jumlah Pegawai Berdasarkan Golongan", 5433, 5356, 4514, 4455, 4154),
        _gtlo("1. Jumlah Pegawai Golongan I", 43, 40, 39, 38, 32),
        _gtlo("2. Jumlah Pegawai Golongan II", 1000, 923, 794, 785, 628),
        _gtlo("3. Jumlah Pegawai Golongan III", 2805, 2808, 2452, 2427, 2272),
        _gtlo("4. Jumlah Pegawai Golongan IV", 1585, 1585, 1229, 1205, 1222),
        _gtlo("2. Jumlah Pegawai Honor", _NA, _NA, _NA, 2000),
        _gtlo("1. Tenaga Pendidik", 172, 381, 504, 656),
        _gtlo("2. Tenaga Kesehatan", 51, 58, 106, 78),
        _gtlo("3. Tenaga Penyuluh/Pendampingan", 2, 2, 10, 13),
        _gtlo("4. Tenaga Kebersihan"),
        _gtlo("5. Tenaga Keamanan", 209, 207, 201, 203),
        _gtlo("6. Tenaga Lainnya", _NA, _NA, _NA, 1050),
        _gtlo("3. Jumlah Pejabat Struktural", _NA, _NA, _NA, 807, 762),
        _gtlo("1. Eselon I"),
        _gtlo("2. Eselon II", _NA, _NA, _NA, 28, 25),
        _gtlo("3. Eselon IV", _NA, _NA, _NA, 644, 612),
        _gtlo("4. Eselon V", _NA, _NA, _NA, 14, 13),
    ]},
    merged={"Administrasi Pemerintahan": ["A4:A5", "B4:B5", "C4:J4", "K4:K5", "L4:L5"]},
    refused="its columns 'Tahun › 2015' … 'Tahun › 2022' are years: a list of items over several years",
    note=("Refused: no staff table of the kit is a list of data items over years, whose items mix dimensions (education "
          "with 'Diploma' for D1–D4 together, golongan groups, honorer by field, eselon) and nest only by numbering; the "
          "message names the nearest header (rows 4–5, under 'Administrasi Pemerintahan'), what a roster and a summary "
          "would need, and that its columns are years. Read, it would give the 2019 golongan groups IV 1.222, III 2.272, "
          "II 628, I 32 and the published mistake below as a sum_mismatch error. "
          "A city's statistical profile, published: one long list of data items against the years 2015 … 2022 "
          "(a 'Tahun' band), then Satuan and Sumber; the hierarchy is only indentation (lost in a workbook) and "
          "numbering that restarts at 1 on each level, so 'Jumlah Pegawai Berdasarkan Pendidikan' and '… Golongan' "
          "repeat the headcount above their items; 'n/a' for no data; the page colours provisional figures red "
          "(not kept). Items mix dimensions: education (with 'Diploma' for D1–D4 together), golongan groups, "
          "non-ASN staff by field (honorer), eselon. Checked for 2019: golongan 32 + 628 + 2.272 + 1.222 = 4.154 = "
          "the headcount ✓. Published mistake: the 2019 education items add up to 4.134, 20 short of 4.154 "
          "(sum_mismatch). The eselon items lack Eselon III (25 + 612 + 13 = 650 of 762 officials; eselon is not a "
          "modelled dimension). Honor 2018: 656 + 78 + 13 + 203 + 1.050 = 2.000 ✓."),
))

# ---------------------------------------------------------------- indicators

INDICATORS: list[Layout] = [
    Layout(
        id="ind-puskesmas-pkp-ukp-instrumen-2019",
        dataset="indicators",
        agency="A UPTD Puskesmas (name not on the page), 'Instrumen Penghitungan Kinerja UKP Puskesmas' — puskesmas",
        source=("https://id.scribd.com/document/448324523/BAHAN-RUK-2020 — Lampiran 5, Instrumen Penghitungan Kinerja "
                "UKP Puskesmas Tahun 2019, p. 1"),
        year=2019,
        sheets={"Lampiran 5": [
            ["Lampiran 5"],
            ["Instrumen Penghitungan Kinerja UKP Puskesmas Tahun 2019"],
            ["No", "Pelayanan Kesehatan/ Program/Variabel/Sub Variabel", "Target Tahun 2019 (dalam %)",
             "Satuan sasaran", "Total Sasaran", "Target Sasaran (dalam satuan sasaran)", "Pencapaian",
             "%Cakupan Riil", "% Kinerja Puskesmas", None, None, None],
            [None, None, None, None, None, None, None, None, "Sub Variabel", "Variabel", "Program", None],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", None],
            ["2.3.", "Upaya Kesehatan Perseorangan (UKP)", None, None, None, None, None, None, None, None, 89.1, None],
            ["2.3.1.", "Pelayanan Non Rawat Inap", None, None, None, None, None, None, None, 77.1, None, None],
            ["1.", "Angka Kontak", "150 per mil", "orang", 8253, "150-250", 249, 37.4, 24.9, None, None, "nilai ring"],
            ["2.", "Rasio Rujukan Rawat Jalan Non Spesialistik", "5%", "kasus", 491, 25, 0, "#DIV/0!", 100.0, None,
             None, "nilai ring"],
            ["3.", "Rasio Peserta Prolanis Rutin Berkunjung ke FKTP (RPPB)", "50%", "orang", 11, 6, 9, 81.8, 100.0,
             None, None, "nilai ring"],
            ["4.", "Setiap penderita hipertensi mendapatkan pelayanan kesehatan sesuai standar", "100%", "orang",
             13344, 13344, 6892, 51.6, 51.6, None, None, None],
            ["5.", "Setiap penderita diabetes mellitus mendapatkan pelayanan kesehatan sesuai standar", "100%",
             "orang", 647, 647, 1112, 171.9, 100.0, None, None, None],
            ["6.", "Kelengkapan pengisian rekam medik", "100%", "berkas", 6845, 6845, 6061, 88.5, 88.5, None, None,
             None],
            ["7.", "Rasio gigi tetap yang ditambal terhadap gigi tetap yang dicabut", ">1", "orang", 24, "#VALUE!",
             24, 100.0, 100.0, None, None, "nilai ring"],
            ["8.", "Bumil yang mendapat pelayanan kesehatan gigi", "100%", "gigi", 710, 710, 205, 28.9, 28.9, None,
             None, None],
            ["9.", "Pelayanan konseling gizi", "5%", "bumil", 630, 32, 109, 17.3, 100.0, None, None, "nilai ring"],
            ["2.3.2.", "Pelayanan Gawat Darurat", None, None, None, None, None, None, None, 100.0, None, None],
            ["1.", "Kelengkapan pengisian informed consent", "100%", "berkas", 2667, 2667, 2667, 100.0, 100.0, None,
             None, None],
            ["2.3.3.", "Pelayanan Kefarmasian", None, None, None, None, None, None, None, 96.4, None, None],
            ["1.", "Kesesuaian item obat yang tersedia dalam Fornas", "80%", "item obat", 204, 163.2, 164, 80.4,
             100.0, None, None, None],
            ["2.", "Ketersediaan obat dan vaksin terhadap 20 item obat indikator", "85%", "obat", 20, 17, 18, 90.0,
             100.0, None, None, None],
            ["3.", "Penggunaan antibiotika pada penatalaksanaan ISPA non pneumonia", "< 20 %", "resep", 130,
             "#VALUE!", 26, 20.0, 75.0, None, None, "nilai ring"],
        ]},
        merged={"Lampiran 5": ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "I3:K3"]},
        expected=[
            _ind("Angka Kontak", 150.0, 37.4, "positive"),
            _ind("Rasio Rujukan Rawat Jalan", 5.0, None, "negative"),
            _ind("Rasio Peserta Prolanis", 50.0, 81.8, "positive"),
            _ind("Setiap penderita hipertensi", 100.0, 51.6, "positive"),
            _ind("Setiap penderita diabetes", 100.0, 171.9, "positive"),
            _ind("Kelengkapan pengisian rekam", 100.0, 88.5, "positive"),
            _ind("Rasio gigi tetap yang ditambal", 1.0, 100.0, "positive"),
            _ind("Bumil yang mendapat pelayanan", 100.0, 28.9, "positive"),
            _ind("Pelayanan konseling gizi", 5.0, 17.3, "positive"),
            _ind("Kelengkapan pengisian informed", 100.0, 100.0, "positive"),
            _ind("Kesesuaian item obat", 80.0, 80.4, "positive"),
            _ind("Ketersediaan obat dan vaksin", 85.0, 90.0, "positive"),
            _ind("Penggunaan antibiotika", 20.0, 20.0, "negative"),
        ],
        findings=((W, "excel_error"), *[(W, "capaian_mismatch")] * 6, (W, "polarity_inferred"), (W, "polarity_inferred")),
        note=("The puskesmas performance instrument (PKP): a three-row header (a '% Kinerja Puskesmas' band over Sub "
              "Variabel | Variabel | Program) with a column-number row (1)…(11); program and variabel rows carry only "
              "their score in their own column (89.1, 77.1, 100.0, 96.4); each sub-variabel states its target in % "
              "(column 3) and its realised coverage '%Cakupan Riil' (column 8), beside counts (total sasaran, target "
              "in units, pencapaian) and a capped score (column 9); an unheaded column holds the note 'nilai ring'. "
              "The indicator's target is column 3 and its realisation column 8. Published mistakes kept: Excel "
              "errors #DIV/0! (rujukan: 0 referrals of a target of 25 → no realisation) and #VALUE! in 'Target "
              "Sasaran'; the satuan column slips one row from row 8 on ('gigi' for pregnant women, 'bumil' for "
              "konseling gizi); Angka Kontak's 37.4 does not follow from 249 of 8253 (30.2 per mil). Lower is "
              "better for the referral ratio (no polarity column: polarity_inferred, from the lexicon) and for "
              "antibiotics, whose target states it ('< 20 %': polarity_inferred, from the bound). The #DIV/0! "
              "realisation is an excel_error warning naming H9 (the #VALUE! cells stand in 'Target Sasaran', a count "
              "of the population the kit does not read). The score column (9) is capped at 100 by the instrument: "
              "prolanis 163,6, diabetes 171,9, gigi 10.000, konseling gizi 346 and ketersediaan obat 105,9 % of "
              "target are printed 100 (capaian_mismatch each, with the kit's default of no cap; 'report: capaian: "
              "cap: 100' in lakip.yml accepts them); antibiotics meets its upper bound (20 of < 20: 100 %) but is "
              "scored 75 (capaian_mismatch, a published mistake)."),
    ),
    Layout(
        id="ind-barantan-yogyakarta-ikt-capaian-2020",
        dataset="indicators",
        agency="Balai Karantina Pertanian Kelas II Yogyakarta (Badan Karantina Pertanian, Kementerian Pertanian) — kementerian UPT",
        source=("github 205411203/sikepo-old application/views/tambahan.php (commit 36c9ddf): the balai's "
                "'Indikator Kinerja Tambahan … Tahun 2020' page, published figures"),
        year=2020,
        sheets={"IKT 2020": [
            ["Indikator Kinerja Tambahan"],
            ["Balai Karantina Pertanian Kelas II Yogyakarta Tahun 2020"],
            ["No.", "Indikator Kinerja Tambahan", "Target", "Capaian", "Evaluasi/Tindak lanjut"],
            [1, "Menjadi lembaga pelayanan publik dengan indeks dan survey kepuasan masyarakat mencapai nilai 84 "
                "melalui metode wawancara", 84, 86, "Tercapai"],
            [2, "Menjadi instansi pelayanan publik dengan tingkat gratifikasi dan pungutan liar 0%", "0%", "0%",
             "Tercapai"],
            [3, "Laporan indikasi suap dan pungutan liar yang dilaporkan dari pihak eksternal dan internal  sebesar 0 %",
             "0%", "0%", "Tercapai"],
            [4, "Tercapainya realisasi ketepatan pengelolaan dan penyetoran 1x24 jam PNBP Balai Karantina Pertanian "
                "Kelas II Yogyakarta ke kas Negara melalui Aplikasi SIMPONI BARANTAN hingga 95 % tahun 2019 dengan "
                "menggunakan EDC untuk mengurangi penggunaan uang Cash.", 95, 98, "Tercapai"],
            [5, "Peningkatan kompetensi pegawai minimal 24 jam per orang", 24, 22,
             "Belum Tercapai karena adanya kebijakan WFH, ditindaklanjuti dengan MonJob (Magang On the Job)"],
            [6, "Pelaksanaan kontrak pengadaan barang dan jasa disertai penandatanganan pakta integritas 100%", "100%",
             "100%", "Tercapai"],
            [7, "Tingkat ketepatan waktu kehadiran pegawai 90%", 90, 92, "Tercapai"],
            [8, "Tingkat realisasi anggaran dan keuangan pada bulan Desember sebesar 99%", "99%", "81%",
             "Belum Tercapai (realisasi s.d. Oktober 82 %)"],
            [9, "Menjadi Instansi yang memperoleh predikat WBBM sesuai dengan Permenpan 52 tahun 2015 dengan nilai "
                "Minimal 95.00", 95, 92, "Belum Tercapai, dalam proses peningkatan dan penilaian"],
            [10, "Pelaporan pegawai yang menerima gratifikasi kedinasan yang dilaporkan kepada Unit Pengelola "
                 "Gratifikasi 100 %", "100%", "100%", "Tercapai"],
            [11, "Terwujudnya peningkatan komitmen dan partisipasi penerapan system manajemen anti penyuapan kepada "
                 "pemangku kepentingan eksternal dengan penandatanganan pakta integritas pemeriksaan oleh 25 Pengguna "
                 "Jasa tetap Karantina Pertanian", 25, 48, "Tercapai"],
            [12, "Tercapainya target 100% Penerimaan Negara Bukan Pajak sebesar Rp. 1.500.000.000,- pada tahun 2020",
             "100%", "99%", "Tercapai"],
            [13, "Penerapan lesspaper office dengan tingkat penghematan pemakaian kertas sebesar 25% pertahun", "25%",
             "38% (Evaluasi Semester I)", "Tercapai"],
            [14, "Tingkat kesalahan pencetakan dokumen batal (operasional KH dan KT) maksimal 1 % per bulan", "1%",
             "0,26 % ", "Tercapai"],
        ]},
        merged={"IKT 2020": ["A1:E1", "A2:E2"]},
        expected=[
            _ind("Menjadi lembaga pelayanan publik", 84.0, 86.0, "positive"),
            _ind("Menjadi instansi pelayanan publik", 0.0, 0.0, "negative"),
            _ind("Laporan indikasi suap", 0.0, 0.0, "negative"),
            _ind("Tercapainya realisasi ketepatan", 95.0, 98.0, "positive"),
            _ind("Peningkatan kompetensi pegawai", 24.0, 22.0, "positive"),
            _ind("Pelaksanaan kontrak pengadaan", 100.0, 100.0, "positive"),
            _ind("Tingkat ketepatan waktu kehadiran", 90.0, 92.0, "positive"),
            _ind("Tingkat realisasi anggaran", 99.0, 81.0, "positive"),
            _ind("Menjadi Instansi yang memperoleh", 95.0, 92.0, "positive"),
            _ind("Pelaporan pegawai yang menerima", 100.0, 100.0, "positive"),
            _ind("Terwujudnya peningkatan komitmen", 25.0, 48.0, "positive"),
            _ind("Tercapainya target 100%", 100.0, 99.0, "positive"),
            _ind("Penerapan lesspaper office", 25.0, 38.0, "positive"),
            _ind("Tingkat kesalahan pencetakan", 1.0, 0.26, "negative"),
        ],
        findings=((W, "capaian_as_realisation"), (W, "polarity_inferred"), (W, "polarity_inferred"),
                  (W, "polarity_inferred")),
        note=("A UPT's additional indicators, published: the column headed 'Capaian' holds the realised values (86 of "
              "84, 22 of 24 hours), not percentages of the target; an 'Evaluasi/Tindak lanjut' text column. Targets "
              "and realisations mix bare numbers and percent text ('0%', '0,26 % ' with a decimal comma and a "
              "trailing space); one realisation carries a note ('38% (Evaluasi Semester I)'). Three indicators are "
              "lower-is-better without a polarity column (gratifikasi 0%, suap 0%, kesalahan pencetakan maksimal 1%): "
              "polarity_inferred each. Nothing to check against a printed capaian."),
    ),
    Layout(
        id="ind-bkpsdm-sumedang-renstra-target-rp-2021-2023",
        dataset="indicators",
        agency="BKPSDM Kabupaten Sumedang, Renstra Perangkat Daerah (e-office 'sicerdas' Renstra report) — kabupaten BKPSDM",
        source=("github andreperiozaherpa/indigo application/views/admin/sicerdas/renstra/laporan/24.php (commit "
                "6bebd0d): the Renstra table of perangkat daerah 24 (BKPSDM), published figures; first 17 body rows"),
        year=2022,
        sheets={"Renstra": [
            ["Tujuan", "Sasaran", "Indikator Sasaran", "Kode", None, None, None, None,
             "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", "Indikator Program/Kegiatan/Sub Kegiatan",
             "Data Capaian pada Tahun Awal Perencanaan", "Capaian Kinerja dan Kerangka Pendanaan", None, None, None,
             None, None, "Kondisi Kinerja pada akhir periode Renstra Perangkat Daerah", None,
             "Unit Kerja Perangkat Daerah Penanggungjawab", "Lokasi"],
            [None] * 11 + [2021, None, 2022, None, 2023, None] + [None] * 4,
            [None] * 11 + ["Target ", "Rp", "Target ", "Rp", "Target ", "Rp", "Target ", "Rp", None, None],
            [None, None, None, 5, 3, None, None, None, "KEPEGAWAIAN", None, None, None, 15214568742, None,
             30614153432, None, 27102125049, None, 47496043200, None, None],
            ["Meningkatnya efektivitas, efesiensi dan akuntabilitas kinerja pemerintah daerah",
             "Meningkatnya kapasitas dan kapabilitas internal perangkat daerah", "Nilai Sakip Perangkat Daerah",
             None, None, None, None, None, None, None, "A", "A", None, "A", None, "A", None, "A", None, None, None],
            [None, None, "Tingkat Penyerapan Anggaran Perangkat Daerah", None, None, None, None, None, None, None,
             0.98, 0.98, None, 0.98, None, 0.98, None, 0.98, None, None, None],
            [None, None, "Jumlah Inovasi Perangkat Daerah", None, None, None, None, None, None, None, 1, 1, None, 1,
             None, 1, None, 1, None, None, None],
            [None, None, None, 5, 3, 1, None, None,
             "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
             "Persentase kesesuaian dokumen perencanaan, penganggaran dan evaluasi kinerja PD", 1, 1, 7742388142,
             1, 8517267832, 1, 9175148049, None, None, "BKPSDM", None],
            [None, None, None, None, None, None, None, None, None,
             "Persentase kesesuaian pelaporan keuangan dengan standar akuntansi PD", None, None, None, 1, None,
             1, None, None, None, "BKPSDM", None],
            [None, None, None, None, None, None, None, None, None, "Cakupan Administrasi Kepegawaian Perangkat Daerah",
             None, None, " ", 1, None, 1, None, None, None, "BKPSDM", None],
            [None, None, None, None, None, None, None, None, None, "Cakupan Administrasi Umum Perangkat Daerah", None,
             None, None, 1, None, 1, None, None, None, "BKPSDM", None],
            [None, None, None, None, None, None, None, None, None,
             "Cakupan Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", None, None, None, 1,
             None, 1, None, None, None, "BKPSDM", None],
            [None, None, None, None, None, None, None, None, None,
             "Cakupan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", None, None, None, 1, None,
             1, None, None, None, "BKPSDM", None],
            [None, None, None, 5, 3, 1, 2.01, None, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
             "Jumlah Dokumen Perencanaan, Penganggaran dan Laporan Evaluasi Kinerja SKPD", 1, "24 Dokumen", 60535000,
             "26 dokumen", 80500000, "26 dokumen", 61000000, 1, 202035000, "BKPSDM", None],
            [None, None, None, 5, 3, 1, 2.02, None, "Administrasi Keuangan Perangkat Daerah",
             "Jumlah Dokumen Laporan Keuangan SKPD", 1, "30\nDokumen", 6568778142, "30\nDokumen", 6662983832,
             "30\nDokumen", 7020148049, 1, 20251910023, "BKPSDM", None],
            [None, None, None, 5, 3, 1, 2.03, None, "Administrasi Barang Milik Daerah pada Perangkat Daerah",
             "Jumlah Dokumen Laporan Barang Milik Daerah SKPD", "-", None, None, None, 20000000, None, 23000000,
             None, 43000000, None, None],
            [None, None, None, 5, 3, 1, 2.05, None, "Administrasi Kepegawaian Perangkat Daerah",
             "Jumlah Aparatur yang Mengikuti Peningkatan Kapasitas", "-", "55 orang", 12000000, "50 Orang",
             127000000, "50 Orang", 290000000, None, 429000000, "BKPSDM", None],
            [None, None, None, 5, 3, 1, 2.06, None, "Administrasi Umum Perangkat Daerah",
             "Jumlah Pelayanan Administrasi Umum Perkantoran", 1, "12 bulan", 372625000, "6 Jenis", 475000000,
             "6 Jenis", 537000000, 1, 1384625000, "BKPSDM", None],
            [None, None, None, 5, 3, 1, 2.07, None, "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
             "Jumlah Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", 0.5, None, 0, "2 Jenis",
             280000000, "2 Jenis", 385000000, None, 665000000, "BKPSDM", None],
            [None, None, None, 5, 3, 1, 2.08, None, "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
             "Jumlah Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", 1, "12 bulan", 537690000, "3 Jenis",
             564000000, "3 Jenis", 574000000, 1, 1675690000, "BKPSDM", None],
            [None, None, None, 5, 3, 1, 2.09, None,
             "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
             "Jumlah Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", 1, "12 bulan", 190760000,
             "2 Jenis", 307784000, "2 Jenis", 285000000, None, 783544000, "BKPSDM", None],
        ]},
        merged={"Renstra": ["A1:A3", "B1:B3", "C1:C3", "D1:H3", "I1:I3", "J1:J3", "K1:K3", "L1:Q1", "R1:S2", "T1:T3",
                            "U1:U3", "L2:M2", "N2:O2", "P2:Q2", "A5:A7", "B5:B7", "A8:A21", "B8:B21", "C8:C21"]},
        number_formats={"Renstra": {
            **{f"{c}4": "00" for c in "E"}, **{f"{c}{r}": "00" for r in (8, *range(14, 22)) for c in "EF"},
            **{f"G{r}": "0.00" for r in range(14, 22)},
            **{f"{c}6": "0%" for c in "KLNPR"}, "K8": "0%", "L8": "0%",
            **{f"{c}{r}": "0 %" for r in range(8, 14) for c in "NP"},
            **{f"{c}{r}": "0%" for r in (14, 15, 18, 19, 20, 21) for c in "KR"},
        }},
        expected=[
            _ind("Nilai Sakip Perangkat Daerah", "A", None, "ordinal"),
            _ind("Tingkat Penyerapan Anggaran", 98.0, None, "positive"),
            _ind("Jumlah Inovasi Perangkat Daerah", 1.0, None, "positive"),
            _ind("Persentase kesesuaian dokumen", 100.0, None, "positive"),
            _ind("Persentase kesesuaian pelaporan", 100.0, None, "positive"),
            _ind("Cakupan Administrasi Kepegawaian", 100.0, None, "positive"),
            _ind("Cakupan Administrasi Umum", 100.0, None, "positive"),
            _ind("Cakupan Pengadaan Barang", 100.0, None, "positive"),
            _ind("Cakupan Penyediaan Jasa", 100.0, None, "positive"),
            _ind("Jumlah Dokumen Perencanaan", 26.0, None, "positive"),
            _ind("Jumlah Dokumen Laporan Keuangan", 30.0, None, "positive"),
            _ind("Jumlah Dokumen Laporan Barang", None, None, "positive"),
            _ind("Jumlah Aparatur yang Mengikuti", 50.0, None, "positive"),
            _ind("Jumlah Pelayanan Administrasi", 6.0, None, "positive"),
            _ind("Jumlah Pengadaan Barang Milik", 2.0, None, "positive"),
            _ind("Jumlah Penyediaan Jasa", 3.0, None, "positive"),
            _ind("Jumlah Pemeliharaan Barang", 2.0, None, "positive"),
        ],
        findings=((W, "field_empty"), (W, "target_missing")),
        note=("A Renstra table, published: Tujuan | Sasaran | Indikator Sasaran | five code cells under one 'Kode' band "
              "| program/kegiatan name | program/kegiatan indicator | starting value | a 'Capaian Kinerja dan Kerangka "
              "Pendanaan' band of 2021, 2022, 2023 each over Target | Rp | the Renstra end state (Target | Rp) | unit "
              "| lokasi. Two indicator columns: the sasaran indicators in column C (their values in the same year "
              "band), the program and kegiatan indicators in column J. Targets mix a grade ('A' for Nilai SAKIP), "
              "fractions formatted as % (0.98, 1 = 100%), percent text ('100 %') and counts with their unit ('26 "
              "dokumen', '30⏎Dokumen'); the urusan row 'KEPEGAWAIAN' carries only money. Targets only (a plan): "
              "no realisation column, field_empty. 2022 is the check year. Published gap: 'Jumlah Dokumen Laporan Barang "
              "Milik Daerah SKPD' plans only money for every year (no target: target_missing for 2022). The Rp half of "
              "each year is the programme's budget, 'Data Capaian pada Tahun Awal Perencanaan' the baseline and the "
              "end state's Target the Renstra target. The page's next rows (from 'Mewujudkan "
              "Aparatur Sipil Negara …') sit under a rowspan=46 that the browser lays out three columns to the right; "
              "they are left out."),
    ),
]

# ---------------------------------------------------------------- budget

_BPKP_ROWS = [("Pelaksanaan Pengawasan Intern Akuntabilitas Keuangan Negara dan Pembinaan Penyelenggaraan SPIP",
               "966.661.000,00"),
              ("Dukungan Manajemen dan Pelaksanaan Tugas Teknis BPKP", "10.651.655.000,00"),
              ("Fasilitas Dukungan Manajemen Perwakilan BPKP", "376.366.000,00")]


def _bpkp_table(title: str, head: str, amount: str) -> list[list]:
    return [[title], ["No", head, amount], *[[n, name, value] for n, (name, value) in enumerate(_BPKP_ROWS, start=1)],
            [None, "Jumlah", "11.994.682.000,00"], []]


#: DIY Dinas Pertanahan dan Tata Ruang, invented: (urusan, bidang, program, kegiatan, sub, name, BO, BM, next year)
_SIPD_SUBS = [
    ("1", "03", "01", "2.01", "0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 150_000_000, 0, 165_000_000),
    ("1", "03", "01", "2.01", "0007", "Evaluasi Kinerja Perangkat Daerah", 85_500_000, 0, 90_000_000),
    ("1", "03", "01", "2.06", "0001", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", 12_000_000, 0,
     12_000_000),
    ("1", "03", "12", "1.01", "0002", "Koordinasi dan Sinkronisasi Perumusan Kebijakan Penyelenggaraan Penataan Ruang",
     420_000_000, 60_000_000, 450_000_000),
    ("2", "10", "02", "1.01", "0001", "Penyusunan Rencana Penggunaan Tanah Lintas Kabupaten/Kota", 310_250_000, 0,
     300_000_000),
]
_SIPD_NAMES = {("1",): "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
               ("1", "03"): "URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG",
               ("1", "03", "01"): "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI",
               ("1", "03", "01", "2.01"): "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
               ("1", "03", "01", "2.06"): "Administrasi Umum Perangkat Daerah",
               ("1", "03", "12"): "PROGRAM PENYELENGGARAAN PENATAAN RUANG",
               ("1", "03", "12", "1.01"): "Penetapan Rencana Tata Ruang Wilayah (RTRW) dan Rencana Rinci Tata Ruang (RRTR) Provinsi",
               ("2",): "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
               ("2", "10"): "URUSAN PEMERINTAHAN BIDANG PERTANAHAN",
               ("2", "10", "02"): "PROGRAM PENATAGUNAAN TANAH",
               ("2", "10", "02", "1.01"): "Perencanaan Penggunaan Tanah yang Wilayahnya Lintas Kabupaten/Kota"}


def _sipd_rka_rows() -> list[list]:
    """The converter's rows: each new code level opens a row with the code cells so far and the name; the
    sub-kegiatan row has sumber dana, lokasi and the amounts; upper rows hold the sums of their children (the
    converter writes SUM formulas, here their values, as Excel shows them after saving)."""
    def amounts(prefix: tuple) -> tuple[int, int, int]:
        subs = [s for s in _SIPD_SUBS if s[:len(prefix)] == prefix]
        return sum(s[6] for s in subs), sum(s[7] for s in subs), sum(s[8] for s in subs)

    rows, seen = [], set()
    for sub in _SIPD_SUBS:
        for depth in range(1, 5):
            prefix = sub[:depth]
            if prefix in seen:
                continue
            seen.add(prefix)
            bo, bm, nxt = amounts(prefix)
            rows.append([*prefix, *[None] * (5 - depth), _SIPD_NAMES[prefix], None, None, None, bo, bm, 0, 0,
                         bo + bm, nxt, nxt - bo - bm])
        rows.append([*sub[:5], sub[5], "PAD", "Provinsi DI Yogyakarta", None, sub[6], sub[7], 0, 0, sub[6] + sub[7],
                     sub[8], sub[8] - sub[6] - sub[7]])
    return rows


BUDGET: list[Layout] = [
    Layout(
        id="budget-bpkp-sulbar-tapkin-2017-three-tables",
        dataset="budget",
        agency="Perwakilan BPKP Provinsi Sulawesi Barat (Badan Pengawasan Keuangan dan Pembangunan) — lembaga unit (perwakilan)",
        source=("github nandasitepu/bpkp resources/views/pages/rkt.blade.php (commit 1833317): 'Penetapan Kinerja "
                "(Tapkin) Tahun 2017, Perwakilan BPKP Sulawesi Barat', published figures"),
        year=2017,
        sheets={"Tapkin 2017": [
            ["Penetapan Kinerja (Tapkin) Tahun 2017"], ["Perwakilan BPKP Sulawesi Barat"], [],
            *_bpkp_table("Sasaran Program", "Indikator Kinerja Program", "Target"),
            *_bpkp_table("Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "Target"),
            *_bpkp_table("Kegiatan/Anggaran", "Kegiatan", "Anggaran (Rp)"),
        ]},
        expected=[
            _b("program", "Pelaksanaan Pengawasan Intern Akuntabilitas Keuangan Negara", 966_661_000, None),
            _b("program", "Dukungan Manajemen dan Pelaksanaan Tugas Teknis BPKP", 10_651_655_000, None),
            _b("program", "Fasilitas Dukungan Manajemen Perwakilan BPKP", 376_366_000, None),
        ],
        note=("Three tables stacked on one sheet, published: 'Sasaran Program' (No | Indikator Kinerja Program | "
              "Target), 'Sasaran Kegiatan' (No | Indikator Kinerja Kegiatan | Target) and 'Kegiatan/Anggaran' (No | "
              "Kegiatan | Anggaran (Rp)), each with the same three rows and amounts and a Jumlah row: the first two "
              "are published mistakes, their 'indicators' being the kegiatan and their 'targets' rupiah amounts. "
              "The budget is the Kegiatan/Anggaran table, once (a flat list: level 'program', as for the other flat "
              "lists), with no realisation; the two copies must not be added to it. Amounts as the page prints them "
              "('966.661.000,00'); Jumlah 11.994.682.000 = the sum."),
    ),
    Layout(
        id="budget-sipd-rka-belanja-diy-pertanahan-tata-ruang-2025",
        dataset="budget",
        agency="Dinas Pertanahan dan Tata Ruang, Pemerintah Daerah DIY (SIPD RKA print converted to Excel) — provinsi dinas export",
        source=("github AntoDaiva/SIPD-excel-converter rka/rkaBelanjaHeader.js and rka/rkaBelanjaData.js (SIPD "
                "'REKAPITULASI RKA-BELANJA SKPD', Pemerintahan Provinsi DI Yogyakarta Tahun Anggaran 2025, "
                "Organisasi DINAS PERTANAHAN DAN TATA RUANG)"),
        year=2025,
        sheets={"RKA Belanja": [
            ["RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH", *[None] * 12, "REKAPITULASI RKA-BELANJA SKPD",
             None, None],
            ["Pemerintahan Provinsi DI Yogyakarta Tahun Anggaran 2025"],
            ["Organisasi                           :      DINAS PERTANAHAN DAN TATA RUANG"],
            ["Rincian Anggaran Belanja Berdasarkan Program dan Kegiatan"],
            ["Kode", None, None, None, None, "Uraian", "Sumber Dana", "Lokasi", "Jumlah", *[None] * 6],
            [*[None] * 8, "Tahun - 1", "Tahun N", *[None] * 4, "Tahun + 1"],
            [*[None] * 9, "Belanja Operasi", "Belanja Modal", "Belanja Tidak Terduga", "Belanja Transfer", "Jumlah (Rp)"],
            *_sipd_rka_rows(),
        ]},
        merged={"RKA Belanja": ["A1:M1", "N1:P1", "A5:E7", "F5:F7", "G5:G7", "H5:H7", "I5:O5", "I6:I7", "J6:N6",
                                "O6:O7"]},
        expected=[
            _b("program", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", 247_500_000, None),
            _b("kegiatan", "Perencanaan, Penganggaran, dan Evaluasi", 235_500_000, None),
            _b("sub_kegiatan", "Penyusunan Dokumen Perencanaan", 150_000_000, None),
            _b("sub_kegiatan", "Evaluasi Kinerja Perangkat Daerah", 85_500_000, None),
            _b("kegiatan", "Administrasi Umum Perangkat Daerah", 12_000_000, None),
            _b("sub_kegiatan", "Penyediaan Komponen Instalasi", 12_000_000, None),
            _b("program", "PROGRAM PENYELENGGARAAN PENATAAN RUANG", 480_000_000, None),
            _b("kegiatan", "Penetapan Rencana Tata Ruang", 480_000_000, None),
            _b("sub_kegiatan", "Koordinasi dan Sinkronisasi Perumusan", 480_000_000, None),
            _b("program", "PROGRAM PENATAGUNAAN TANAH", 310_250_000, None),
            _b("kegiatan", "Perencanaan Penggunaan Tanah", 310_250_000, None),
            _b("sub_kegiatan", "Penyusunan Rencana Penggunaan Tanah", 310_250_000, None),
        ],
        note=("An RKA (plan) print of SIPD converted by a browser extension: the code split over five unlabelled "
              "columns under a merged 'Kode' (urusan '1' | bidang '03' | program '01' | kegiatan '2.01' | sub "
              "'0001'), a three-row band Jumlah › Tahun - 1 | Tahun N › Belanja Operasi … Jumlah (Rp) | Tahun + 1, and "
              "a sixteenth column with no header at all (the converter's 'Tahun + 1 − Jumlah'). Urusan and bidang "
              "rows sit above the programs (not budget rows of the kit). The budget is Tahun N's Jumlah (Rp); no "
              "realisation (a plan). Amounts invented; the converter writes SUM formulas for the upper rows, here "
              "their values as Excel saves them."),
    ),
    Layout(
        id="budget-satker-pok-rkakl-pagu-kosong",
        dataset="budget",
        agency="A kementerian satker's 'SI-KLEPON' budget page (Data Anggaran, RKA-K/L codes) — kementerian satker export",
        source=("public GitHub PHP page anggaran.php of 'SI-KLEPON' (search index file id 1231817817): No | Kode "
                "Program | Program | Kode Kegiatan | Kegiatan | Kode KRO | KRO | Kode RO | RO | Kode Komponen | "
                "Komponen | Kode Subkomponen | Nama Subkomponen | Kode Akun | Nama Akun | Pagu | Jumlah Pagu | Aksi"),
        year=2025,
        sheets={"Data Anggaran": [
            ["Data Anggaran"],
            ["No", "Kode Program", "Program", "Kode Kegiatan", "Kegiatan", "Kode KRO", "KRO", "Kode RO", "RO",
             "Kode Komponen", "Komponen", "Kode Subkomponen", "Nama Subkomponen", "Kode Akun", "Nama Akun", "Pagu",
             "Jumlah Pagu", "Aksi"],
            [1, "WA", "Program Dukungan Manajemen", "4165", "Dukungan Manajemen Internal", "EBA",
             "Layanan Dukungan Manajemen Internal", "994", "Layanan Perkantoran", "001", "Gaji dan Tunjangan", "A",
             "Pembayaran Gaji dan Tunjangan", "511111", "Belanja Gaji Pokok PNS", "    ", "    ", None],
            [2, "WA", "Program Dukungan Manajemen", "4165", "Dukungan Manajemen Internal", "EBA",
             "Layanan Dukungan Manajemen Internal", "994", "Layanan Perkantoran", "002", "Operasional dan "
             "Pemeliharaan Kantor", "A", "Kebutuhan Sehari-hari Perkantoran", "521111", "Belanja Keperluan Perkantoran",
             "    ", "    ", None],
            [3, "WA", "Program Dukungan Manajemen", "4165", "Dukungan Manajemen Internal", "EBA",
             "Layanan Dukungan Manajemen Internal", "994", "Layanan Perkantoran", "002", "Operasional dan "
             "Pemeliharaan Kantor", "B", "Langganan Daya dan Jasa", "522111", "Belanja Langganan Listrik", "    ",
             "    ", None],
            [4, "WA", "Program Dukungan Manajemen", "4165", "Dukungan Manajemen Internal", "EBB",
             "Layanan Sarana dan Prasarana Internal", "951", "Layanan Sarana Internal", "051", "Pengadaan Peralatan "
             "dan Mesin", "A", "Pengadaan Perangkat Pengolah Data", "532111", "Belanja Modal Peralatan dan Mesin",
             "    ", "    ", None],
        ]},
        refused="Pagu",
        note=("A satker's budget listing in the RKA-K/L hierarchy, one row per akun with every level repeated as a "
              "code and a name column (program WA, kegiatan 4165, KRO EBA/EBB, RO 994/951, komponen, subkomponen, "
              "akun). The page prints the Pagu and Jumlah Pagu cells empty (four spaces each: the query does not "
              "select them) and an 'Aksi' column of buttons: a budget file without a single amount. It must be "
              "refused, the message naming the empty Pagu column. The source file itself still holds unresolved "
              "git conflict markers around those columns. Codes and names invented (the page shows the satker's "
              "own rows)."),
    ),
]

CASES: list[Layout] = [*STAFF, *INDICATORS, *BUDGET]
