"""The ninth held-out set: real layouts collected blind, to measure the integrated kit on layouts nobody tuned
for (README.md records the cases; the lead measures them).

Kinds the corpus had none or few of: a kota Dinas Pendidikan's SIASN download of its teachers with the unit split over
UNOR (3) | UNOR (2) | UNOR (1) and no sex or education column, a kabupaten Dinas Pendidikan's 'DATA PEGAWAI AKTIF'
export whose golongan cell joins pangkat and ruang ('PEMBINA, IV/A') and whose last column marks a retired teacher
NONAKTIF, a vocational study programme's accreditation sheet of its tenaga kependidikan with a check mark under the
highest degree, a BPBD's staff page copied into Excel (photo and action columns, pangkat with the ruang in brackets, an
inactive row); an e-kinerja SKP evaluation of an individual civil servant (the BKN 2022 layout: rencana hasil kerja
spanning their indicators, UTAMA and TAMBAHAN group rows, column numbers, target and realisation written with their
units, rating and predikat under the table), a kabupaten's SPM health services by puskesmas (published: the indicators
as column bands over sasaran | capaian | persentase, the puskesmas as rows, a JUMLAH row), a kabupaten dinas's program
indicators with a year's target beside four cumulative Target TW | Realisasi TW pairs and a summary block under the
table; a SAKTI 'GLP039' Laporan Ketersediaan Dana Detail of a Kementerian Kelautan dan Perikanan polytechnic (codes and
names scattered over fifteen columns, pagu revisi, lock pagu, realisation of earlier periods, this period and to date, a
JUMLAH SELURUHNYA row first, a lock pagu footnote), a sub-kegiatan's spending by kode rekening from a kabupaten SPJ
application (pagu and realisation of the sub-kegiatan in a header block, 'Rp 1.234.567' text amounts, percentages with a
decimal point and '%'), and a satker's realisation per jenis akun from a budget monitoring dashboard.
The published table keeps its figures as printed; the export or print layouts are filled with invented units, amounts,
values and people (names and NIPs synthetic). Expectations are what each table says, never what the kit reads: the cases
were not run through the kit.
"""

from __future__ import annotations

from layouts.case import W, budget_row as _b, indicator as _ind, Layout, counts
from workbooks import nip


def _rp(amount: int) -> str:
    """An amount as PHP's ``'Rp ' . number_format($x, 0, ',', '.')`` prints it: 'Rp 12.500.000'."""
    return "Rp " + f"{amount:,}".replace(",", ".")


# ---------------------------------------------------------------- staff

#: Kota Banjarmasin Dinas Pendidikan's SIASN rows: (name, female, birth, TMT CPNS, golongan, jenis jabatan, jabatan,
#: TMT jabatan, UNOR (3), UNOR (2), UNOR (1))
_DISDIK_BJM = "Dinas Pendidikan Kota Banjarmasin"
_BJM = [
    ("Rahmadi, S.Pd.", False, "19780314", "200312", "III/d", "Jabatan Fungsional", "Guru Ahli Muda", "01-04-2021",
     "SD Negeri Kuin Utara 5", "", _DISDIK_BJM),
    ("Siti Aisyah, S.Pd.", True, "19850622", "200912", "III/c", "Jabatan Fungsional", "Guru Ahli Muda", "01-10-2022",
     "SD Negeri Kuin Utara 5", "", _DISDIK_BJM),
    ("Nurul Hidayah, S.Pd.", True, "19900108", "201503", "III/b", "Jabatan Fungsional", "Guru Ahli Pertama",
     "01-03-2016", "SD Negeri Sungai Jingah 3", "", _DISDIK_BJM),
    ("Ahmad Fauzan, S.Pd.I.", False, "19750901", "200501", "IV/a", "Jabatan Fungsional", "Guru Ahli Madya",
     "01-04-2019", "SMP Negeri 14 Banjarmasin", "", _DISDIK_BJM),
    ("Dewi Rahmawati, M.Pd.", True, "19820417", "200801", "IV/a", "Jabatan Fungsional", "Guru Ahli Madya",
     "01-10-2020", "SMP Negeri 14 Banjarmasin", "", _DISDIK_BJM),
    ("Muhammad Rizky", False, "19880205", "201101", "II/c", "Jabatan Pelaksana", "Penjaga Sekolah", "01-01-2011",
     "SD Negeri Sungai Jingah 3", "", _DISDIK_BJM),
    ("Hj. Norlaila, S.Pd.", True, "19680730", "199403", "IV/b", "Jabatan Fungsional", "Pengawas Sekolah Ahli Madya",
     "01-04-2018", "", "Bidang Pembinaan Sekolah Dasar", _DISDIK_BJM),
    ("Fitriani, S.Pd.", True, "19930511", "201903", "III/a", "Jabatan Fungsional", "Guru Ahli Pertama", "01-03-2020",
     "SMP Negeri 14 Banjarmasin", "", _DISDIK_BJM),
]

#: a kabupaten Dinas Pendidikan's 'DATA PEGAWAI AKTIF' rows: (name, female, birth, TMT CPNS, gol awal, gol akhir,
#: jenis jabatan, jabatan, tingkat pendidikan, pendidikan, kecamatan, tempat tugas, status, aktif)
_SULTENG = [
    ("ANDI MAKKASAU, S.Pd", False, "19740111", "199803", "PENGATUR MUDA, II/A", "PEMBINA, IV/A", "FUNGSIONAL TERTENTU",
     "GURU AHLI MADYA", "S1", "PENDIDIKAN MATEMATIKA", "BUNGKU UTARA", "SMP NEGERI 1 BUNGKU UTARA", "AKTIF", True),
    ("NI KETUT SARIASIH, S.Pd", True, "19810305", "200603", "PENATA MUDA, III/A", "PENATA TINGKAT I, III/D",
     "FUNGSIONAL TERTENTU", "GURU AHLI MUDA", "S1", "PENDIDIKAN BAHASA INDONESIA", "BUNGKU UTARA",
     "SMP NEGERI 1 BUNGKU UTARA", "AKTIF", True),
    ("YULIANA TOMPUNU, S.Pd.SD", True, "19870921", "201012", "PENATA MUDA, III/A", "PENATA, III/C",
     "FUNGSIONAL TERTENTU", "GURU AHLI MUDA", "S1", "PGSD", "PETASIA", "SD NEGERI 2 KOLONODALE", "AKTIF", True),
    ("MOH. RIFAI LAKADJO, A.Ma.Pd", False, "19790610", "200501", "PENGATUR, II/C", "PENATA MUDA TINGKAT I, III/B",
     "FUNGSIONAL TERTENTU", "GURU AHLI PERTAMA", "D2", "PGSD", "PETASIA", "SD NEGERI 2 KOLONODALE", "AKTIF", True),
    ("SUMARNI LABATJO", True, "19830117", "200912", "PENGATUR MUDA, II/A", "PENGATUR TINGKAT I, II/D", "PELAKSANA",
     "PENGADMINISTRASI UMUM", "SMA", "IPS", "PETASIA", "DINAS PENDIDIKAN DAN KEBUDAYAAN DAERAH", "AKTIF", True),
    ("DRS. HASAN BASRI TOLANGGARA", False, "19630402", "198903", "PENATA MUDA, III/A", "PEMBINA TINGKAT I, IV/B",
     "FUNGSIONAL TERTENTU", "GURU AHLI MADYA", "S1", "PENDIDIKAN BIOLOGI", "BUNGKU UTARA",
     "SMP NEGERI 1 BUNGKU UTARA", "PENSIUN", False),
    ("RISNAWATI PAKAYA, S.Pd", True, "19920828", "201903", "PENATA MUDA, III/A", "PENATA MUDA TINGKAT I, III/B",
     "FUNGSIONAL TERTENTU", "GURU AHLI PERTAMA", "S1", "PENDIDIKAN GURU SEKOLAH DASAR", "MORI ATAS",
     "SD NEGERI 1 TOMATA", "AKTIF", True),
]

_SULTENG_HEADERS = [
    "NIP BARU", "NIK", "NAMA", "TEMPAT LAHIR NAMA", "TANGGAL LAHIR", "JENIS KELAMIN", "STATUS CPNS PNS",
    "TANGGAL SK CPNS", "TMT CPNS", "TANGGAL SK PNS", "TMT PNS", "GOL AWAL NAMA", "GOL AKHIR NAMA", "TMT GOLONGAN",
    "JENIS JABATAN NAMA", "JABATAN NAMA", "TMT JABATAN", "TINGKAT PENDIDIKAN NAMA", "PENDIDIKAN NAMA", "KECAMATAN",
    "UNOR NAMA", "TEMPAT TUGAS", "STATUS", "TANGGAL KENAIKAN GAJI BERKALA TERAKHIR",
    "TANGGAL KENAIKAN PANGKAT TERAKHIR", "TANGGAL PENSIUN", "TANGGAL KENAIKAN GAJI BERKALA", "TANGGAL KENAIKAN PANGKAT",
    "TAHUN PENGANGKATAN",
]


def _iso(yyyymmdd: str) -> str:
    return f"{yyyymmdd[:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:]}"


def _sulteng_rows() -> list[list]:
    rows = []
    for i, (name, female, birth, tmt, gol_awal, gol, jenis, jabatan, tingkat, jurusan, kec, tugas, status,
            aktif) in enumerate(_SULTENG, start=1):
        cpns = f"{tmt[:4]}-{tmt[4:]}-01"
        rows.append([i, nip(40 + i, female=female, birth=birth, appointed=tmt), "", name, "KOLONODALE", _iso(birth),
                     "P" if female else "L", "PNS", cpns, cpns, cpns, cpns, gol_awal, gol, "2021-04-01", jenis, jabatan,
                     "2021-04-01", tingkat, jurusan, kec, "DINAS PENDIDIKAN DAN KEBUDAYAAN DAERAH", tugas, status,
                     "2024-03-01", "2021-04-01", f"{int(birth[:4]) + 60}-{birth[4:6]}-01", "2026-03-01",
                     "2025-04-01", tmt[:4], "AKTIF" if aktif else "NONAKTIF"])
    return rows


def _group(gol: str) -> str:
    """'PEMBINA, IV/A' → 'IV/a'."""
    ruang = gol.rsplit(",", 1)[1].strip()
    return ruang[:-1] + ruang[-1].lower()


#: the study programme's tenaga kependidikan: (name, highest degree, certificate, unit)
_TENDIK = [
    ("Hendra Saputra, S.Kom.", "S1", "Sertifikat Kompetensi Junior Network Administrator (BNSP)", "UPPS"),
    ("Ratna Sari, A.Md.", "D3", "-", "PS"),
    ("Yohanes Wonda, S.T.", "S1", "Teknisi Laboratorium Perikanan (LSP P1)", "PS"),
    ("Marlina Kambu, S.E., M.M.", "S2", "-", "Institusi"),
    ("Agus Salim, A.Md.Pi.", "D3", "Teknisi Kapal Penangkap Ikan", "PS"),
    ("Fransina Rumbewas, S.Tr.Pi.", "D4", "-", "PS"),
    ("Dian Pratiwi, S.Sos.", "S1", "Pustakawan Ahli Pertama", "Institusi"),
]
_TENDIK_LEVELS = ("S3", "S2", "S1", "D4", "D3")

#: BPBD's staff: (name, female, birth, TMT CPNS, pangkat as the page shows it, jabatan, unit, status)
_BPBD = [
    ("Budi Hartono, S.Sos., M.Si.", False, "19700614", "199503", "Pembina Tk. I (IV/b)", "Kepala Pelaksana",
     "Unsur Pelaksana", "Aktif"),
    ("Sri Wahyuni, S.E.", True, "19760221", "200212", "Pembina (IV/a)", "Sekretaris", "Sekretariat", "Aktif"),
    ("Agus Setiawan, S.T.", False, "19800905", "200604", "Penata Tk. I (III/d)",
     "Kepala Bidang Kedaruratan dan Logistik", "Bidang Kedaruratan dan Logistik", "Aktif"),
    ("Lilik Suryani, A.Md.", True, "19850730", "201001", "Penata Muda Tk. I (III/b)", "Analis Bencana",
     "Bidang Pencegahan dan Kesiapsiagaan", "Aktif"),
    ("Mohammad Hasan", False, "19740312", "199803", "Pengatur Tk. I (II/d)", "Pengadministrasi Umum", "Sekretariat",
     "Aktif"),
    ("Eko Prasetyo, S.H.", False, "19880119", "201403", "Penata Muda (III/a)", "Penyusun Rencana Kegiatan",
     "Sekretariat", "Aktif"),
    ("Slamet Riyadi", False, "19640501", "198703", "Penata Muda Tk. I (III/b)", "Pengemudi", "Sekretariat",
     "Nonaktif"),
    ("Anisa Rahmawati, S.Kom.", True, "19940426", "201912", "Penata Muda (III/a)", "Pranata Komputer Ahli Pertama",
     "Bidang Rehabilitasi dan Rekonstruksi", "Aktif"),
]


STAFF: list[Layout] = [
    Layout(
        id="staff-siasn-disdik-banjarmasin-guru-unor-3-2-1",
        dataset="staff",
        agency=("Dinas Pendidikan Kota Banjarmasin, its teachers, school guards and school supervisors as downloaded "
                "from SIASN for a school staffing check — kota OPD (schools as units), SIASN export (synthetic people)"),
        source=("public GitHub Laravel service of a Kota Banjarmasin education staffing tool (search index file id "
                "57155951787): 'Cek Data Excel ke SIASN' reads the first sheet's row 1 as SIASN headers and the rows "
                "by 'NIP BARU', 'NAMA', 'GOL AKHIR NAMA', 'JENIS JABATAN NAMA', 'JABATAN NAMA', 'TMT JABATAN', "
                "'UNOR (3)', 'UNOR (2)', 'UNOR (1)', the unit being the first filled of UNOR (3), (2), (1)"),
        year=2024,
        sheets={"Sheet1": [
            ["NIP BARU", "NAMA", "GOL AKHIR NAMA", "JENIS JABATAN NAMA", "JABATAN NAMA", "TMT JABATAN", "UNOR (3)",
             "UNOR (2)", "UNOR (1)"],
            *[[nip(60 + i, female=f, birth=b, appointed=t), n, g, jj, jab, tj, u3, u2, u1]
              for i, (n, f, b, t, g, jj, jab, tj, u3, u2, u1) in enumerate(_BJM)],
        ]},
        expected={
            "golongan": counts([row[4] for row in _BJM]),
            "gender": {"Laki-laki": sum(not row[1] for row in _BJM), "Perempuan": sum(row[1] for row in _BJM)},
            "position_type": {"Fungsional": sum(row[5] == "Jabatan Fungsional" for row in _BJM),
                              "Pelaksana": sum(row[5] == "Jabatan Pelaksana" for row in _BJM)},
        },
        findings=((W, "column_missing"),),
        note=("The SIASN columns the tool reads, row 1 the header and no title: the unit hierarchy split over three "
              "columns from the lowest (UNOR (3), the school) to the highest (UNOR (1), the dinas), a supervisor's "
              "UNOR (3) empty and her bidang in UNOR (2); TMT JABATAN as text 'dd-mm-yyyy'. No JENIS KELAMIN column "
              "(the sex is the NIP's fifteenth digit) and no education column: an expected warning column_missing "
              "for education. Golongan as SIASN writes it ('III/d'); jenis jabatan 'Jabatan Fungsional' / 'Jabatan "
              "Pelaksana'. School names after Banjarmasin's public school list; people invented."),
    ),
    Layout(
        id="staff-disdik-sulteng-data-pegawai-aktif-gol-pangkat-nonaktif",
        dataset="staff",
        agency=("Dinas Pendidikan dan Kebudayaan Daerah of a kabupaten in Sulawesi Tengah (the template's example row: "
                "born in Kolonodale, kecamatan Bungku Utara), its teachers and staff — kabupaten OPD export "
                "(synthetic people)"),
        source=("public GitHub module of a kabupaten education staffing application (search index file id "
                "66438361613): KOLOM_PEGAWAI ('format SIASN/BKN', 29 columns from 'NIP BARU' to 'TAHUN PENGANGKATAN') "
                "and buatExport(): sheet 'DATA PEGAWAI AKTIF', header 'NO' + the 29 columns + 'STATUS AKTIF' "
                "('AKTIF' / 'NONAKTIF'), one row per employee"),
        year=2025,
        sheets={"DATA PEGAWAI AKTIF": [["NO", *_SULTENG_HEADERS, "STATUS AKTIF"], *_sulteng_rows()]},
        expected={
            "golongan": counts([_group(row[5]) for row in _SULTENG if row[13]]),
            "gender": {"Laki-laki": sum(not row[1] for row in _SULTENG if row[13]),
                       "Perempuan": sum(row[1] for row in _SULTENG if row[13])},
            "education": counts([row[8] for row in _SULTENG if row[13]]),
            "position_type": {"Fungsional": sum(row[6] == "FUNGSIONAL TERTENTU" for row in _SULTENG if row[13]),
                              "Pelaksana": sum(row[6] == "PELAKSANA" for row in _SULTENG if row[13])},
        },
        note=("A 31-column roster: GOL AWAL NAMA beside GOL AKHIR NAMA, each 'PANGKAT, RUANG' in capitals ('PEMBINA, "
              "IV/A'): the golongan is the last one's ruang; JENIS KELAMIN 'L' / 'P'; TINGKAT PENDIDIKAN NAMA "
              "('S1', 'D2', 'SMA') beside the study programme; NIK left empty (not copied). The sheet is named 'DATA "
              "PEGAWAI AKTIF' but the export lists every employee: one retired teacher (STATUS 'PENSIUN', STATUS "
              "AKTIF 'NONAKTIF') is not staff of the year and is not counted; the expected counts are the six "
              "active rows. Names, NIPs and dates invented."),
    ),
    Layout(
        id="staff-lam-tabel-4b-tendik-centang-pendidikan",
        dataset="staff",
        agency=("The tenaga kependidikan serving a vocational study programme (a marine and fisheries polytechnic's "
                "programme, invented), as entered in a LAM accreditation workbook — PTN/politeknik unit (synthetic "
                "people)"),
        source=("public GitHub configuration of an accreditation workbook tool (search index file id 55371871938): "
                "sheet '4b' 'Tenaga Kependidikan', headerRows 8, columns No | Nama | S3 | S2 | S1 | D4 | D3 (boolean) "
                "| Sertifikat | Unit (UPPS, PS, Institusi)"),
        year=2024,
        sheets={"4b": [
            ["Tabel 4.b Tenaga Kependidikan"],
            ["Tuliskan data tenaga kependidikan yang melayani program studi yang diakreditasi."],
            ["Beri tanda V pada kolom pendidikan terakhir."],
            [], [], [],
            ["No", "Nama Tenaga Kependidikan", "Pendidikan Terakhir", None, None, None, None,
             "Sertifikat Kompetensi/ Profesi/ Industri", "Unit Kerja"],
            [None, None, "S3", "S2", "S1", "D4", "D3", None, None],
            *[[i, name, *["V" if level == degree else None for level in _TENDIK_LEVELS], cert, unit]
              for i, (name, degree, cert, unit) in enumerate(_TENDIK, start=1)],
        ]},
        merged={"4b": ["A1:I1", "A2:I2", "A3:I3", "A7:A8", "B7:B8", "C7:G7", "H7:H8", "I7:I8"]},
        expected={"education": counts([degree for _, degree, _, _ in _TENDIK])},
        findings=((W, "column_missing"), (W, "column_missing"), (W, "column_missing")),
        note=("A roster of named people without NIP, golongan or sex: the education is a check mark 'V' under the "
              "highest degree in a band 'Pendidikan Terakhir' over S3 | S2 | S1 | D4 | D3 (no column below D3: every "
              "entry here has one), three instruction rows above the header and blank rows to row 6 (the tool's "
              "header takes 8 rows), the unit as UPPS / PS / Institusi. Three expected warnings column_missing (no "
              "golongan, no jenis jabatan, no sex: the collector first expected two; the table has no jabatan either, and "
              "the kit's roster asks for the position type too). People and certificates invented."),
    ),
    Layout(
        id="staff-bpbd-jember-data-pegawai-foto-aksi-nonaktif",
        dataset="staff",
        agency=("Badan Penanggulangan Bencana Daerah Kabupaten Jember, its staff page copied into Excel — kabupaten "
                "BPBD (synthetic people)"),
        source=("public GitHub Laravel view of a BPBD staff application (search index file id 52332206851), 'Data "
                "Pegawai BPBD Kab. Jember': No | Foto | NIP | Nama | Pangkat | Jabatan | Unit Kerja | Status | Aksi, "
                "the status as a badge ('Aktif' / 'Nonaktif'), the action column holding the buttons Lihat, Edit, "
                "Hapus, Cetak"),
        year=2024,
        sheets={"Data Pegawai": [
            ["Data Pegawai BPBD Kab. Jember"],
            ["No", "Foto", "NIP", "Nama", "Pangkat", "Jabatan", "Unit Kerja", "Status", "Aksi"],
            *[[i, None, nip(80 + i, female=f, birth=b, appointed=t), n, p, j, u, s, "Lihat Edit Hapus Cetak"]
              for i, (n, f, b, t, p, j, u, s) in enumerate(_BPBD, start=1)],
            ["Menampilkan 1 sampai 8 dari 8 entri"],
        ]},
        expected={
            "golongan": counts([p.split("(")[1].rstrip(")") for _, _, _, _, p, _, _, s in _BPBD if s == "Aktif"]),
            "gender": {"Laki-laki": sum(not f for _, f, *_, s in _BPBD if s == "Aktif"),
                       "Perempuan": sum(f for _, f, *_, s in _BPBD if s == "Aktif")},
        },
        findings=((W, "column_missing"), (W, "position_type_undecided")),  # no education; 'Analis Bencana' without its jenjang
        note=("The page's table as a browser copy pastes it: a title row, an empty Foto column (the photos do not "
              "paste), the action buttons as one text cell per row, the DataTables footer line under the table. "
              "Pangkat with the ruang in brackets ('Penata Muda Tk. I (III/b)'); sex only in the NIP; jabatan are "
              "names of posts, no jenis jabatan; no education column: two expected warnings column_missing (the "
              "collector first expected only the education one; the missing jenis jabatan is a warning too). One "
              "employee is 'Nonaktif' (retired) and is not counted: seven active staff. People invented."),
    ),
]

# ---------------------------------------------------------------- indicators

#: the SKP evaluation (Cianjur layout): (RHK pimpinan, RHK, [(aspek, IKI, target, realisasi)])
_SKP_CIANJUR = [
    ("Meningkatnya kualitas perencanaan dan pelaporan kinerja perangkat daerah",
     "Tersusunnya dokumen perencanaan dan laporan kinerja bidang", [
         ("Kuantitas", "Jumlah dokumen perencanaan dan laporan kinerja yang disusun", "6 Dokumen", "6 Dokumen"),
         ("Kualitas", "Persentase dokumen yang disetujui tanpa revisi", "90 %", "83 %"),
         ("Waktu", "Jumlah bulan penyelesaian dokumen", "12 Bulan", "12 Bulan"),
     ]),
    ("Meningkatnya akuntabilitas pengelolaan keuangan perangkat daerah",
     "Terlaksananya monitoring realisasi anggaran bidang", [
         ("Kuantitas", "Jumlah laporan monitoring realisasi anggaran", "12 Laporan", "11 Laporan"),
     ]),
]

#: Kabupaten Lumajang's SPM bidang kesehatan 2022 by puskesmas, as printed (the scribd text layer): (no, puskesmas,
#: ibu hamil sasaran, capaian, persentase, ibu bersalin sasaran, capaian, persentase)
_LUMAJANG = [
    (1, "TEMPURSARI", 440, 77, "17.50", 420, 80, "19.05"), (2, "PRONOJIWO", 545, 113, "20.73", 520, 126, "24.23"),
    (3, "CANDIPURO", 510, 87, "17.06", 487, 118, "24.23"), (4, "PENANGGAL", 371, 69, "18.60", 354, 69, "19.49"),
    (5, "PASIRIAN", 691, 138, "19.97", 660, 145, "21.97"), (6, "BADES", 514, 95, "18.48", 491, 124, "25.25"),
    (7, "TEMPEH", 719, 169, "23.50", 686, 173, "25.22"), (8, "GESANG", 407, 87, "21.38", 388, 90, "23.20"),
    (9, "ROGOTRUNAN", "1,150", 265, "23.04", 1098, 266, "24.23"), (10, "LABRUK", 497, 113, "22.74", 474, 113, "23.84"),
    (11, "TEKUNG", 434, 92, "21.20", 415, 92, "22.17"), (12, "KUNIR", 748, 149, "19.92", 714, 152, "21.29"),
    (13, "YOSOWILANGUN", 733, 161, "21.96", 699, 163, "23.32"), (14, "SUMBERSARI", 438, 97, "22.15", 418, 102, "24.40"),
    (15, "JATIROTO", 592, 154, "26.01", 565, 153, "27.08"), (16, "RANDUAGUNG", 555, 104, "18.74", 530, 118, "22.26"),
    (17, "TUNJUNG", 384, 72, "18.75", 366, 82, "22.40"), (18, "SUKODONO", 757, 172, "22.72", 722, 189, "26.18"),
    (19, "PADANG", 456, 97, "21.27", 435, 105, "24.14"), (20, "PASRUJAMBE", 549, 116, "21.13", 524, 127, "24.24"),
    (21, "SENDURO", 666, 148, "22.22", 636, 150, "23.58"), (22, "GUCIALIT", 328, 51, "15.55", 313, 79, "25.24"),
    (23, "KEDUNGJAJANG", 652, 120, "18.40", 623, 141, "22.63"), (24, "KLAKAH", 740, 182, "24.59", 707, 192, "27.16"),
    (25, "RANUYOSO", 664, 164, "24.70", 634, 197, "31.07"),
]
_LUMAJANG_TOTAL = ("JUMLAH", 14540, 3092, "21.27", 13879, 3346, "24.11")

def _number(text: str) -> float:
    return float(text.split()[0].replace(",", "."))


def _skp_cianjur_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        ["EVALUASI KINERJA PEGAWAI"],
        ["PERIODE: 1 JANUARI 2025 SD 31 DESEMBER 2025"],
        ["PEMERINTAH KABUPATEN CIANJUR", None, None, None, None, None, None, "PERIODE PENILAIAN: TAHUNAN"],
        ["NO", "PEGAWAI YANG DINILAI", None, None, "NO", "PEJABAT PENILAI KINERJA"],
        [1, "NAMA", "Rina Kartikasari, S.E.", None, 1, "NAMA", "Drs. Yusuf Mulyana, M.Si."],
        [2, "NIP", nip(91, female=True, birth="19880412", appointed="201101"), None, 2, "NIP",
         nip(92, birth="19720809", appointed="199803")],
        [3, "PANGKAT/GOL", "Penata (III/c)", None, 3, "PANGKAT/GOL", "Pembina Tk. I (IV/b)"],
        [4, "JABATAN", "Analis Perencanaan Ahli Pertama", None, 4, "JABATAN", "Kepala Bidang Perencanaan"],
        [5, "UNIT KERJA", "Bidang Perencanaan", None, 5, "UNIT KERJA", "Bidang Perencanaan"],
        ["CAPAIAN KINERJA ORGANISASI: BAIK"],
        ["POLA DISTRIBUSI: -"],
        ["HASIL KERJA"],
        ["NO", "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI", "RENCANA HASIL KERJA", "ASPEK",
         "INDIKATOR KINERJA INDIVIDU", "TARGET / EKSPEKTASI", "REALISASI BERDASARKAN BUKTI DUKUNG",
         "UMPAN BALIK BERKELANJUTAN"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
        ["UTAMA"],
    ]
    merges = ["A1:H1", "A2:H2", "A3:G3", "B4:D4", "F4:H4", "A10:H10", "A11:H11", "A12:H12", "A15:H15"]
    for n, (pimpinan, rhk, items) in enumerate(_SKP_CIANJUR, start=1):
        first = len(rows) + 1
        for i, (aspek, iki, target, real) in enumerate(items):
            rows.append([n, pimpinan, rhk, aspek, iki, target, real, "Sesuai ekspektasi"] if i == 0
                        else [None, None, None, aspek, iki, target, real, "Sesuai ekspektasi"])
        if len(items) > 1:
            merges += [f"{c}{first}:{c}{first + len(items) - 1}" for c in "ABC"]
    rows += [["TAMBAHAN"], ["-"], [],
             ["RATING HASIL KERJA: SESUAI EKSPEKTASI", None, None, None, None, "PREDIKAT KINERJA: BAIK"], [],
             ["Cianjur, 15 Januari 2026", None, None, None, None, "Cianjur, 15 Januari 2026"],
             ["Pegawai Yang Dinilai", None, None, None, None, "Atasan Langsung"], [], [],
             ["Rina Kartikasari, S.E.", None, None, None, None, "Drs. Yusuf Mulyana, M.Si."]]
    tambahan = len(rows) - 9
    merges += [f"A{tambahan}:H{tambahan}", f"A{tambahan + 1}:H{tambahan + 1}"]
    return rows, merges


_SKP_CIANJUR_ROWS, _SKP_CIANJUR_MERGES = _skp_cianjur_rows()

#: the dinas's program indicators: (kode, sasaran program, indikator, satuan, target tahunan, cumulative targets
#: TW I-IV, cumulative realisations TW I-IV, status, penanggung jawab, keterangan)
_IKP = [
    ("IKP.01", "Meningkatnya penempatan tenaga kerja", "Persentase pencari kerja terdaftar yang ditempatkan", "%", 45,
     (10, 20, 32, 45), (8.5, 19.2, 30.4, 41.6), "Perlu Perhatian", "Kepala Bidang Penempatan dan Perluasan Kerja",
     "Penempatan AKAD tertunda"),
    ("IKP.02", "Meningkatnya kompetensi tenaga kerja", "Jumlah tenaga kerja yang mengikuti pelatihan berbasis "
     "kompetensi", "Orang", 240, (40, 120, 200, 240), (40, 112, 196, 252), "Tercapai",
     "Kepala Bidang Pelatihan dan Produktivitas", "-"),
    ("IKP.03", "Terwujudnya hubungan industrial yang harmonis", "Persentase kasus perselisihan hubungan industrial "
     "yang diselesaikan", "%", 90, (90, 90, 90, 90), (100, 85.7, 88.9, 90.9), "Tercapai",
     "Kepala Bidang Hubungan Industrial", "-"),
    ("IKP.04", "Meningkatnya kesejahteraan masyarakat transmigrasi", "Jumlah kawasan transmigrasi yang difasilitasi "
     "pembangunannya", "Kawasan", 3, (0, 1, 2, 3), (0, 1, 1, 2), "Belum Tercapai", "Kepala Bidang Transmigrasi",
     "Satu kawasan menunggu penetapan lokasi"),
]


def _ikp_capaian(item: tuple) -> float:
    """'% Capaian Akhir' as Number(x.toFixed(2)): the last quarter's cumulative realisation against the year's target."""
    return round(item[6][3] / item[4] * 100, 2)


def _ikp_rows() -> list[list]:
    rows: list[list] = [
        ["PEMERINTAH KABUPATEN LUWU UTARA"], ["DINAS TRANSMIGRASI DAN TENAGA KERJA"],
        ["LAPORAN CAPAIAN INDIKATOR KINERJA PROGRAM (IKP) TAHUN ANGGARAN 2025"],
        [f"Tanggal Unduh: 20 Januari 2026 | Status: Semua Status | Total Indikator: {len(_IKP)}"], [],
        ["No", "Kode IKP", "Sasaran Program", "Indikator Kinerja Program (IKP)", "Satuan", "Target Tahunan",
         "Target TW I", "Realisasi TW I", "Target TW II", "Realisasi TW II", "Target TW III", "Realisasi TW III",
         "Target TW IV", "Realisasi TW IV", "% Capaian Akhir", "Status Capaian", "Penanggung Jawab",
         "Keterangan / Tindak Lanjut"],
    ]
    for i, item in enumerate(_IKP, start=1):
        kode, sasaran, name, unit, target, targets, reals, status, pj, ket = item
        quarters = [v for pair in zip(targets, reals) for v in pair]
        rows.append([i, kode, sasaran, name, unit, target, *quarters, _ikp_capaian(item), status, pj, ket])
    average = sum(_ikp_capaian(item) for item in _IKP) / len(_IKP)
    rows += [[], ["RINGKASAN AKUNTABILITAS KINERJA PROGRAM (IKP)"],
             ["Rata-rata Capaian Akhir Dinas", f"{average:.2f}%"], ["Total Indikator Program", len(_IKP)],
             ["Indikator Tercapai (>= 100%)", f"{sum(x[7] == 'Tercapai' for x in _IKP)} Indikator"],
             ["Indikator Perlu Perhatian (80-99%)", f"{sum(x[7] == 'Perlu Perhatian' for x in _IKP)} Indikator"],
             ["Indikator Belum Tercapai (< 80%)", f"{sum(x[7] == 'Belum Tercapai' for x in _IKP)} Indikator"]]
    return rows


INDICATORS: list[Layout] = [
    Layout(
        id="ind-ekinerja-skp-evaluasi-rhk-iki-target-satuan-teks",
        dataset="indicators",
        agency=("An analis perencanaan of a Pemerintah Kabupaten Cianjur perangkat daerah, her yearly SKP evaluation "
                "from the kabupaten's e-kinerja application — kabupaten OPD, individual performance (synthetic "
                "people and values)"),
        source=("public GitHub Laravel Blade view of a Cianjur e-kinerja (SKP) application (search index file id "
                "44034999728): the evaluation page with the two identity blocks (PEGAWAI YANG DINILAI, PEJABAT "
                "PENILAI KINERJA: NAMA, NIP, PANGKAT/GOL, JABATAN, UNIT KERJA), 'CAPAIAN KINERJA ORGANISASI', 'POLA "
                "DISTRIBUSI', 'HASIL KERJA': NO | RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI | RENCANA HASIL "
                "KERJA | ASPEK | INDIKATOR KINERJA INDIVIDU | TARGET / EKSPEKTASI | REALISASI BERDASARKAN BUKTI "
                "DUKUNG | UMPAN BALIK BERKELANJUTAN, column numbers (1) … (8), rows UTAMA and TAMBAHAN, the RHK "
                "cells spanning their indicators, RATING HASIL KERJA, PREDIKAT KINERJA and the two signatures"),
        year=2025,
        sheets={"SKP": _SKP_CIANJUR_ROWS},
        merged={"SKP": _SKP_CIANJUR_MERGES},
        expected=[_ind(iki, _number(target), _number(real)) if not iki.startswith("Jumlah bulan")
                  else _ind(iki, _number(target), _number(real), "negative")
                  for _, _, items in _SKP_CIANJUR for _, iki, target, real in items],
        findings=((W, "polarity_inferred"),),
        note=("An individual's SKP (PermenPANRB 6/2022 layout), not an agency's Perjanjian Kinerja, as the e-kinerja "
              "page prints it and a user saves it to Excel: eleven rows of identity blocks and titles before the "
              "header, column numbers (1) … (8), a group row UTAMA, the two RHK columns spanning their indicators, "
              "a group row TAMBAHAN with only '-', then the rating and the signatures. Targets and realisations are "
              "text with their unit ('6 Dokumen', '90 %', '12 Bulan'); the aspek column (Kuantitas, Kualitas, Waktu) "
              "says what each indicator measures. 'Jumlah bulan penyelesaian' is a time indicator: fewer is better "
              "(an expected warning polarity_inferred). Values invented."),
    ),
    Layout(
        id="ind-spm-kesehatan-lumajang-per-puskesmas-sasaran-capaian-2022",
        dataset="indicators",
        agency=("Dinas Kesehatan Kabupaten Lumajang, Standar Pelayanan Minimal bidang kesehatan by puskesmas (25 "
                "puskesmas) — kabupaten dinas kesehatan, puskesmas breakdown"),
        source=("https://id.scribd.com/document/601229458/Spm-Bidang-Kesehatan-2022 — 'STANDAR PELAYANAN MINIMAL (SPM) "
                "BIDANG KESEHATAN KABUPATEN LUMAJANG TAHUN 2022', p. 1: NO | PUSKESMAS | Pelayanan kesehatan ibu hamil "
                "› SASARAN, CAPAIAN, PERSENTASE | Pelayanan kesehatan ibu bersalin › SASARAN, CAPAIAN, PERSENTASE | "
                "Pelayanan kesehatan bayi b[aru lahir] › …, 25 puskesmas and JUMLAH"),
        year=2022,
        sheets={"SPM 2022": [
            ["STANDAR PELAYANAN MINIMAL (SPM) BIDANG KESEHATAN", None, None, None, None, None, None, None],
            ["KABUPATEN LUMAJANG", None, None, None, None, None, None, None],
            ["TAHUN 2022", None, None, None, None, None, None, None],
            ["NO", "PUSKESMAS", "Pelayanan kesehatan ibu hamil", None, None, "Pelayanan kesehatan ibu bersalin", None,
             None],
            [None, None, "SASARAN", "CAPAIAN", "PERSENTASE", "SASARAN", "CAPAIAN", "PERSENTASE"],
            *[list(row) for row in _LUMAJANG],
            [None, *_LUMAJANG_TOTAL],
        ]},
        merged={"SPM 2022": ["A1:H1", "A2:H2", "A3:H3", "A4:A5", "B4:B5", "C4:E4", "F4:H4"]},
        expected=[_ind("Pelayanan kesehatan ibu hamil", None, float(_LUMAJANG_TOTAL[3])),
                  _ind("Pelayanan kesehatan ibu bersalin", None, float(_LUMAJANG_TOTAL[6]))],
        findings=((W, "field_empty"),),
        note=("A cross-table: the indicators are the column bands (one SPM service each, over SASARAN | CAPAIAN | "
              "PERSENTASE: people to serve, people served, the share in percent), the rows are the 25 puskesmas and "
              "the kabupaten's JUMLAH, whose PERSENTASE is each indicator's value for the dinas; there is no target "
              "column (SPM targets are 100 % by rule, not printed): an expected warning field_empty. Numbers as the "
              "text layer gives them: one sasaran with a thousands comma ('1,150'), percentages with a decimal point "
              "('17.50'). The third band (Pelayanan kesehatan bayi baru lahir) is cut by the page after its SASARAN "
              "column and left out, as are the later pages (the other SPM services and their budget). The figures "
              "add up (the JUMLAH row is the sum of the rows; each percentage is capaian / sasaran); they are low "
              "(about a fifth of the year's sasaran) because the report appears to be the first quarter's (the "
              "budget part below the table heads its realisation 'REALISASI TB 1'), which the table itself does not "
              "say."),
    ),
    Layout(
        id="ind-transnaker-luwu-utara-ikp-target-realisasi-tw-kumulatif-ringkasan",
        dataset="indicators",
        agency=("Dinas Transmigrasi dan Tenaga Kerja Kabupaten Luwu Utara, its program indicators (IKP) from the dinas's "
                "performance application — kabupaten OPD export (values synthetic)"),
        source=("public GitHub SheetJS export exportIKPToExcel() of the dinas's application (search index file id "
                "71223856609): sheet 'IKP_<year>', 'PEMERINTAH KABUPATEN LUWU UTARA', 'DINAS TRANSMIGRASI DAN TENAGA "
                "KERJA', 'LAPORAN CAPAIAN INDIKATOR KINERJA PROGRAM (IKP) TAHUN ANGGARAN <year>', the download line, a "
                "blank row, No | Kode IKP | Sasaran Program | Indikator Kinerja Program (IKP) | Satuan | Target Tahunan | "
                "Target TW I | Realisasi TW I | … | Target TW IV | Realisasi TW IV | % Capaian Akhir | Status Capaian | "
                "Penanggung Jawab | Keterangan / Tindak Lanjut, then 'RINGKASAN AKUNTABILITAS KINERJA PROGRAM (IKP)' with "
                "the average capaian and the counts by status"),
        year=2025,
        sheets={"IKP_2025": _ikp_rows()},
        expected=[_ind(name, float(target), float(reals[3])) for _, _, name, _, target, _, reals, *_ in _IKP],
        note=("A year's target beside four pairs Target TW | Realisasi TW, the quarters cumulative (the TW IV target is "
              "the year's): the year's realisation is Realisasi TW IV, not the sum of the quarters; '% Capaian Akhir' is "
              "TW IV against the year's target, a number with two decimals; a status word and the person responsible "
              "(a post title here) after it. Under the table a summary block of label | value rows (average capaian "
              "with '%', counts '2 Indikator') that are not indicators. A percentage indicator whose quarterly target "
              "stays 90 each quarter, a count whose TW I target is 0. Indicators after the dinas's field; values "
              "invented."),
    ),
]

# ---------------------------------------------------------------- budget

#: the polytechnic's POK items to December: (program, kegiatan, KRO, RO, komponen, sub komponen, akun, item,
#: pagu revisi, lock pagu, realisation to November, realisation in December)
_PROGRAMS = {"DL": "Program Pendidikan dan Pelatihan Vokasi", "WA": "Program Dukungan Manajemen"}
_KEGIATAN = {"DL.2376": "Pendidikan Kelautan dan Perikanan", "WA.2369": "Dukungan Manajemen Internal BPPSDM KP"}
_KRO = {"SAC": "Pendidikan Vokasi Bidang Pertanian, Kelautan, dan Perikanan", "EBA": "Layanan Dukungan Manajemen Internal"}
_RO = {"SAC.811": "Peserta Pendidikan Vokasi KP Yang Kompeten", "EBA.994": "Layanan Perkantoran"}
_KOMPONEN = {"302": "Pengajaran dan Perkuliahan", "001": "Gaji dan Tunjangan", "002": "Operasional dan Pemeliharaan Kantor"}
_SUBKOMPONEN = {"302.0B": "Praktik Reguler", "001.0A": "Tanpa Sub Komponen", "002.0A": "Tanpa Sub Komponen"}
_AKUN = {"521832": "Belanja Barang Persediaan Lainnya", "524111": "Belanja Perjalanan Dinas Biasa",
         "511111": "Belanja Gaji Pokok PNS", "523111": "Belanja Pemeliharaan Gedung dan Bangunan"}
_GLP = [
    ("DL", "DL.2376", "SAC", "SAC.811", "302", "302.0B", "521832", "000017. Bahan praktik reguler semester genap",
     412_500_000, 0, 398_760_000, 0),
    ("DL", "DL.2376", "SAC", "SAC.811", "302", "302.0B", "524111", "000018. Perjalanan pendampingan praktik kapal",
     286_000_000, 25_000_000, 214_300_000, 18_650_000),
    ("WA", "WA.2369", "EBA", "EBA.994", "001", "001.0A", "511111", "000001. Gaji pokok PNS",
     6_840_000_000, 0, 6_125_400_000, 601_220_000),
    ("WA", "WA.2369", "EBA", "EBA.994", "002", "002.0A", "523111", "000044. Pemeliharaan gedung asrama taruna",
     525_000_000, 0, 377_500_000, 96_350_000),
]


def _glp_row(code_cells: dict[str, str], name_cells: dict[str, str], pagu: int, lock: int, lalu: int, ini: int,
             total: bool) -> list:
    """One GLP039 row over A … AE: codes and names in their columns, values in Q, S, W, X, Y (total rows) or Z
    (detail rows), AC and AD."""
    row: list = [None] * 31
    for column, value in {**code_cells, **name_cells}.items():
        row[ord(column) - 65] = value
    sd = lalu + ini
    row[16], row[18], row[22], row[23] = pagu, lock, lalu, ini
    row[24 if total else 25] = sd
    row[28] = round(sd / pagu * 100, 2)
    row[29] = pagu - sd
    return row


def _glp_rows() -> list[list]:
    rows: list[list] = [
        ["LAPORAN KETERSEDIAAN DANA DETAIL"],
        ["Per Program, Kegiatan, KRO, RO, Komponen, Sub Komponen, Akun dan Item"],
        ["Periode Desember 2025"],
        ["Kementerian : (032) KEMENTERIAN KELAUTAN DAN PERIKANAN"],
        ["Unit Organisasi : (12) BADAN PENYULUHAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KELAUTAN DAN PERIKANAN"],
        ["Satuan Kerja : POLITEKNIK KELAUTAN DAN PERIKANAN SORONG"],
    ]
    head1: list = [None] * 31
    head2: list = [None] * 31
    head1[1], head1[3], head1[16], head1[18], head1[22], head1[28], head1[29] = (
        "Kode", "Uraian", "Pagu Revisi", "Lock Pagu*", "Realisasi", "%", "Sisa Anggaran")
    head2[22], head2[23], head2[24] = "Periode Lalu", "Periode Ini", "s.d. Periode"
    rows += [head1, head2]

    def sums(prefix_len: int, key: tuple) -> tuple[int, int, int, int]:
        items = [g for g in _GLP if g[:prefix_len] == key] if prefix_len else _GLP
        return tuple(sum(g[i] for g in items) for i in (8, 9, 10, 11))  # type: ignore[return-value]

    rows.append(_glp_row({}, {"D": "JUMLAH SELURUHNYA"}, *sums(0, ()), total=True))
    seen: set[tuple] = set()
    for g in _GLP:
        levels = [
            ({"B": g[0]}, {"D": _PROGRAMS[g[0]]}), ({"B": g[1]}, {"I": _KEGIATAN[g[1]]}),
            ({"C": g[2]}, {"G": _KRO[g[2]]}), ({"C": g[3]}, {"K": _RO[g[3]]}),
            ({"E": g[4]}, {"J": _KOMPONEN[g[4]]}), ({"F": g[5]}, {"L": _SUBKOMPONEN[g[5]]}),
            ({"H": g[6]}, {"M": _AKUN[g[6]]}),
        ]
        for depth, (codes, names) in enumerate(levels, start=1):
            if g[:depth] in seen:
                continue
            seen.add(g[:depth])
            rows.append(_glp_row(codes, names, *sums(depth, g[:depth]), total=True))
        rows.append(_glp_row({}, {"N": g[7]}, g[8], g[9], g[10], g[11], total=False))
    rows += [[], ["*Lock Pagu adalah jumlah pagu yang sedang dalam proses usulan revisi DIPA atau POK."]]
    return rows


_GLP_ROWS = _glp_rows()


def _glp_expected() -> list[dict]:
    out, seen = [], set()
    for g in _GLP:
        for depth, level, name in ((1, "program", _PROGRAMS[g[0]]), (2, "kegiatan", _KEGIATAN[g[1]]),
                                   (4, "sub_kegiatan", _RO[g[3]])):
            if g[:depth] in seen:
                continue
            seen.add(g[:depth])
            items = [x for x in _GLP if x[:depth] == g[:depth]]
            out.append(_b(level, name, sum(x[8] for x in items), sum(x[10] + x[11] for x in items)))
    return out


#: the sub-kegiatan's accounts: (kode rekening, uraian, pagu, realisation)
_SPJ_SUB = "Koordinasi dan Sinkronisasi Penanganan Darurat Bencana"
_SPJ = [
    ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 7_500_000, 7_210_000),
    ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 18_000_000, 16_740_000),
    ("5.1.02.01.01.0055", "Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Pemerintahan", 45_000_000,
     44_100_000),
    ("5.1.02.02.01.0029", "Belanja Jasa Tenaga Ahli", 12_000_000, 12_000_000),
    ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 24_500_000, 19_855_000),
]

#: the satker's realisation per jenis akun: (nama akun, pagu, realisation)
_PER_AKUN = [
    ("Belanja Pegawai", 4_862_310_000, 4_705_118_450),
    ("Belanja Barang Operasional", 1_204_500_000, 1_120_964_300),
    ("Belanja Barang Non Operasional", 2_318_750_000, 1_987_402_100),
    ("Belanja Modal Peralatan dan Mesin", 645_000_000, 612_890_000),
]


def _pct_id(value: float) -> str:
    """A percentage as toLocaleString('id-ID') prints it, with '%': '96,77%'."""
    return f"{round(value, 2):g}".replace(".", ",") + "%"


def _rupiah_id(amount: int) -> str:
    """Intl.NumberFormat('id-ID', currency IDR, no decimals): 'Rp 4.862.310.000' (with a no-break space)."""
    return "Rp\u00a0" + f"{amount:,}".replace(",", ".")


BUDGET: list[Layout] = [
    Layout(
        id="budget-sakti-glp039-ketersediaan-dana-detail-lock-pagu",
        dataset="budget",
        agency=("Politeknik Kelautan dan Perikanan Sorong (BPPSDM KP, Kementerian Kelautan dan Perikanan), a "
                "vocational higher-education satker, SAKTI 'GLP039' report — kementerian satker export (figures "
                "synthetic)"),
        source=("public GitHub handoff document of the polytechnic's petty-cash application ('Kas Tunai', search "
                "index file id 67152636008), part III 'Pencocokan Pagu & Realisasi (GLP039)': sheet 'GLP039_LAPORAN "
                "REALISASI SUPER ', rows 1-6 titles and the satker's identity, rows 7-8 a two-level header, data from "
                "row 9 starting with JUMLAH SELURUHNYA; codes in B (program, kegiatan), C (KRO, RO), E (komponen), "
                "F (sub komponen), H (akun), names in D, I, G, K, J, L, M, the POK item in N; values in Q (Pagu "
                "Revisi), S (Lock Pagu), W (realisasi periode lalu), X (periode ini), Y on total rows or Z on detail "
                "rows (s.d. periode), AC (%), AD (sisa); with the footnote '*Lock Pagu adalah jumlah pagu yang sedang "
                "dalam proses usulan revisi DIPA atau POK.' (index file id 28295313895)"),
        year=2025,
        sheets={"GLP039_LAPORAN REALISASI SUPER ": _GLP_ROWS},
        merged={"GLP039_LAPORAN REALISASI SUPER ": ["A1:AE1", "A2:AE2", "A3:AE3", "W7:Z7", "Y8:Z8"]},
        expected=_glp_expected(),
        note=("SAKTI's realisation by POK line as a satker downloads it: every level (program, kegiatan, KRO, RO, "
              "komponen, sub komponen, akun, item) its own row, the code and the name of each level in different "
              "columns (a program's code in B and name in D, a kegiatan's code in B and name in I, an RO's code in C "
              "and name in K, an akun's in H and M), JUMLAH SELURUHNYA as the first data row; the realisation to "
              "date is in Y on the total rows and in Z on the item rows. Lock Pagu (pagu held by a pending revision) "
              "is part of the pagu, not spent. The programs, kegiatan and RO are the budget's levels (program, "
              "kegiatan, sub-kegiatan as the kit names them); KRO, komponen, akun and item rows are their sums and "
              "details. Codes and names in the RKA-K/L format of the source's example; amounts invented, "
              "consistent."),
    ),
    Layout(
        id="budget-si-spj-sub-kegiatan-rekening-rp-teks-persen",
        dataset="budget",
        agency=("BPBD of a kabupaten (invented: the application is a generic SPJ reporting tool), one sub-kegiatan's "
                "spending by kode rekening from its 'SI SPJ' print — kabupaten OPD export (figures synthetic)"),
        source=("public GitHub PHP view 'Laporan SI SPK' of an SPJ application (search index file id 42481108943): "
                "'Nama Subkegiatan : …', 'Pagu Per Sub Kegiatan : Rp …', 'Realisasi Sub Kegiatan : Rp …' above the "
                "table No | Kode Rekening | Uraian | Pagu Rekening | Realisasi Per Rekening | Persen, amounts "
                "'Rp ' . number_format(x, 0, ',', '.'), the percentage number_format(x, 2) . '%'"),
        year=2025,
        sheets={"Laporan": [
            ["Nama Subkegiatan", ":", _SPJ_SUB],
            ["Pagu Per Sub Kegiatan", ":", _rp(sum(p for _, _, p, _ in _SPJ)), None, "Realisasi Sub Kegiatan", ":",
             _rp(sum(r for _, _, _, r in _SPJ))],
            [],
            ["No", "Kode Rekening", "Uraian", "Pagu Rekening", "Realisasi Per Rekening", "Persen"],
            *[[i, code, name, _rp(pagu), _rp(real), f"{real / pagu * 100:.2f}%"]
              for i, (code, name, pagu, real) in enumerate(_SPJ, start=1)],
        ]},
        expected=[_b("program", name, pagu, real) for _, name, pagu, real in _SPJ],
        note=("One sub-kegiatan's accounts: its name, pagu and realisation in a key-value block above the table (not "
              "a row of it), then one row per kode rekening of Permendagri 90 (the six segments joined with dots), "
              "amounts as text 'Rp 7.500.000' with dots for thousands, the percentage with a decimal point and '%' "
              "('96.13%'). The accounts are the table's only level: read as top-level rows; the header block's pagu "
              "and realisation are their sums. Amounts invented, consistent."),
    ),
    Layout(
        id="budget-monitoring-anggaran-realisasi-per-jenis-akun-rp-id",
        dataset="budget",
        agency=("A kementerian satker's budget monitoring dashboard fed by its SAKTI upload, 'Realisasi per Jenis "
                "Akun' card copied into Excel (the satker is not named in the code) — kementerian satker dashboard "
                "(figures synthetic)"),
        source=("public GitHub React page MonitoringAnggaran (search index file id 62596787332): cards 'Total Pagu "
                "Revisi', 'Realisasi s.d. Periode', 'Sisa Anggaran', 'Persentase Penyerapan', then the card "
                "'Realisasi per Jenis Akun': Nama Akun | Pagu | Realisasi s.d. Periode | Sisa | %, amounts by "
                "Intl.NumberFormat('id-ID', IDR), the percentage toLocaleString('id-ID') + '%'"),
        year=2025,
        sheets={"Monitoring": [
            ["Monitoring Anggaran"],
            ["Data: realisasi_desember_2025.xlsx · Periode 31 Desember 2025"],
            ["Total Pagu Revisi", _rupiah_id(sum(p for _, p, _ in _PER_AKUN))],
            ["Realisasi s.d. Periode", _rupiah_id(sum(r for _, _, r in _PER_AKUN))],
            ["Sisa Anggaran", _rupiah_id(sum(p - r for _, p, r in _PER_AKUN))],
            ["Persentase Penyerapan",
             _pct_id(sum(r for _, _, r in _PER_AKUN) / sum(p for _, p, _ in _PER_AKUN) * 100)],
            [],
            ["Realisasi per Jenis Akun"],
            ["Nama Akun", "Pagu", "Realisasi s.d. Periode", "Sisa", "%"],
            *[[name, _rupiah_id(p), _rupiah_id(r), _rupiah_id(p - r), _pct_id(r / p * 100)] for name, p, r in _PER_AKUN],
        ]},
        expected=[_b("program", name, p, r) for name, p, r in _PER_AKUN],
        note=("A dashboard, not a report: four summary cards (label and value side by side) above the table, the "
              "table titled by its card, rows by jenis akun with no codes, amounts as the browser formats rupiah "
              "('Rp\u00a04.862.310.000' with a no-break space) and percentages with a decimal comma ('96,77%'). The "
              "jenis akun are the only level: read as top-level rows; the cards are their totals. Amounts invented, "
              "consistent."),
    ),
]

CASES: list[Layout] = [*STAFF, *INDICATORS, *BUDGET]
