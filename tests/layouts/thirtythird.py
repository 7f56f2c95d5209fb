"""The thirty-third held-out set: STAFF and ASSET layouts only, collected blind, to measure the kit on layouts nobody
tuned for (README.md records the cases; the lead measures them). None of the cases was run through the kit; the
expectations are what each table says.

Kinds and shapes the corpus had none of:

- a formasi / bezetting table: KemenPAN-RB's 'FORMULIR 1 — REKAPITULASI DATA KELEMBAGAAN DAN DATA KEPEGAWAIAN'
  as the Wonosobo ejobasn application writes it (SpreadsheetML), one row per UNIT AND POSITION, the names indented
  by unit level (the name cell starts one column further right per level), existing civil servants ('JUMLAH PNS
  KEADAAN SAMPAI DENGAN JANUARI 2020/ RIIL') by Es. I … Es. V | JF Pemula … Utama | Pelaksana | JUMLAH, then the
  SAME fifteen columns again for the needs by workload analysis ('… BERDASARKAN ANALISIS BEBAN KERJA/ ABK'), then
  'BUP TH.' (retiring next year); four header rows, column numbers 1–35, 'Jumlah Seluruhnya', a 'Catatan' block;
- a KIB D (Jalan, Irigasi dan Jaringan) of a KECAMATAN, Permendagri's 17 numbered columns with Panjang (KM) | Lebar
  (M) | Luas (M2), 'Dokumen › Tanggal | Nomor', and one 'Kondisi (B,KB,RB)' code column: one register per road,
  canal or network, no quantity column;
- a DESA's KIB E (Aset Tetap Lainnya: books by Judul/Pencipta, art, livestock) from a village asset application:
  NOMOR › No | Kode Barang | Reg, location lines (PROVINSI … DESA, 'Kode Lokasi Desa'), 'Kondisi' as words;
- the same desa's KIB D, whose 'Kondisi (B,KB,RB)' column the view fills with the condition of the LAND record the
  road stands on (and 'Status Tanah' with that condition too): printed as the page prints it.

Export layouts from public code, filled with invented figures and invented places where the code has none; no person
appears (the Formulir 1 counts positions, not people).

What was searched and not found (corpus `code`, `find_string`, `search`): a bezetting/ABK export with per-position
columns 'Jabatan | Jenis | Kelas | OPD | Kebutuhan | Bezetting | Gap' exists only as a dashboard's top-10 widget
(search index file id 8653394), not an export, and was left out; a KIB F (Konstruksi Dalam Pengerjaan) export with
figures (seen only as title strings in SIMDA-like code, index file ids 8793761113 and 41091881136, and in the desa
application below with a 'Kondisi' column an unfinished building has no reading for) was left out; SAPK and
e-Kinerja exports with a column list were not found in the time given.
"""

from __future__ import annotations

from layouts.case import Layout, asset, tally

# ------------------------------------------------------------------ staff: Formulir 1 bezetting and ABK per position

#: level (0 = the OPD, 1 = its units …), name, kelas jabatan, existing by the 14 kinds, needs by the 14 kinds, BUP
#: kinds: Es.I, Es.II, Es.III, Es.IV, Es.V, Pemula, Terampil, Mahir, Penyelia, Pertama, Muda, Madya, Utama, Pelaksana
_F1: list[tuple[int, str, object, list[int], list[int], int]] = [
    (0, "Kepala Dinas", 14, [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0),
    (1, "Sekretariat", "-", [0] * 14, [0] * 14, 0),
    (1, "Sekretaris", 12, [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0),
    (2, "Kepala Subbagian Umum dan Kepegawaian", 9, [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
     [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0),
    (3, "Pengadministrasi Umum", 5, [0] * 13 + [3], [0] * 13 + [2], 1),
    (3, "Pengelola Kepegawaian", 6, [0] * 13 + [1], [0] * 13 + [2], 0),
    (2, "Perencana Ahli Pertama", 9, [0] * 9 + [1, 0, 0, 0, 0], [0] * 9 + [2, 0, 0, 0, 0], 0),
    (2, "Analis Keuangan Pusat dan Daerah Ahli Muda", 10, [0] * 10 + [1, 0, 0, 0], [0] * 10 + [1, 0, 0, 0], 0),
    (1, "Bidang Pengelolaan Informasi dan Komunikasi Publik", "-", [0] * 14, [0] * 14, 0),
    (1, "Kepala Bidang Pengelolaan Informasi dan Komunikasi Publik", 11, [0, 0, 1] + [0] * 11,
     [0, 0, 1] + [0] * 11, 1),
    (2, "Pranata Hubungan Masyarakat Ahli Muda", 9, [0] * 10 + [2, 0, 0, 0], [0] * 10 + [2, 0, 0, 0], 0),
    (2, "Pranata Hubungan Masyarakat Terampil", 6, [0, 0, 0, 0, 0, 0, 1] + [0] * 7,
     [0, 0, 0, 0, 0, 0, 2] + [0] * 7, 0),
    (2, "Pengolah Data dan Informasi", 6, [0] * 13 + [2], [0] * 13 + [3], 0),
    (1, "Bidang Aplikasi Informatika", "-", [0] * 14, [0] * 14, 0),
    (1, "Kepala Bidang Aplikasi Informatika", 11, [0, 0, 1] + [0] * 11, [0, 0, 1] + [0] * 11, 0),
    (2, "Pranata Komputer Ahli Pertama", 8, [0] * 9 + [2, 0, 0, 0, 0], [0] * 9 + [4, 0, 0, 0, 0], 0),
    (2, "Pranata Komputer Mahir", 7, [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0],
     [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0], 0),
    (2, "Pranata Komputer Penyelia", 8, [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0],
     [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0], 1),
    (2, "Pengelola Sistem dan Jaringan", 6, [0] * 13 + [1], [0] * 13 + [2], 0),
]


def _f1_rows() -> list[list]:
    blank = [None] * 41
    top = list(blank)
    top[7], top[40] = ": KOTA ABC", "FORMULIR 1"
    title = list(blank)
    title[0] = "REKAPITULASI DATA KELEMBAGAAN DAN DATA KEPEGAWAIAN TH. 2019"
    h1 = list(blank)
    h1[0], h1[1], h1[8], h1[9] = "NO", "UNIT ORGANISASI DAN NAMA JABATAN", "TIPE OPD", "KELAS JABATAN"
    h1[10] = "JUMLAH PNS KEADAAN SAMPAI DENGAN JANUARI 2020/ RIIL"
    h1[25] = "JUMLAH KEBUTUHAN PNS BERDASARKAN ANALISIS BEBAN KERJA/ ABK"
    h1[40] = "BUP TH. 2020"
    h2 = list(blank)
    h3 = list(blank)
    h4 = list(blank)
    for start in (10, 25):
        h2[start], h2[start + 2] = " JABATAN PIMPINAN TINGGI", "JABATAN ADMINISTRASI"
        h2[start + 5] = "JABATAN FUNGSIONAL"
        h2[start + 13], h2[start + 14] = "JABATAN PELAKSANA (JFU)", "JUMLAH "
        h3[start:start + 6] = ["Madya", "Pratama", "Adminis-trator", "Pengawas", "Pelaksana", "Terampil"]
        h3[start + 9] = "Ahli"
        h4[start:start + 13] = ["Es. I", "Es. II", "Es. III", "Es. IV", "Es. V", "Pemula", "Terampil", "Mahir",
                                "Penyelia", "Pertama", "Muda", "Madya", "Utama"]
    numbers = list(blank)
    numbers[0], numbers[1] = 1, 2
    for i in range(3, 36):
        numbers[i + 5] = i
    rows = [top, list(blank), title, list(blank), h1, h2, h3, h4, numbers, list(blank)]
    opd = list(blank)
    opd[1], opd[8] = "DINAS KOMUNIKASI DAN INFORMATIKA", "TIPE A"
    rows.append(opd)
    sums_real = [0] * 15
    sums_abk = [0] * 15
    bup_total = 0
    for x, (level, name, kelas, real, abk, bup) in enumerate(_F1, start=1):
        row = list(blank)
        row[0] = x
        row[1 + level] = name
        row[8], row[9] = "-", kelas
        real_all = real + [sum(real)]
        abk_all = abk + [sum(abk)]
        row[10:25] = real_all
        row[25:40] = abk_all
        row[40] = bup
        sums_real = [a + b for a, b in zip(sums_real, real_all)]
        sums_abk = [a + b for a, b in zip(sums_abk, abk_all)]
        bup_total += bup
        rows.append(row)
    rows.append(list(blank))
    total = list(blank)
    total[1], total[8], total[9] = "Jumlah Seluruhnya", "", ""
    total[10:25] = sums_real
    total[25:40] = sums_abk
    total[40] = bup_total
    rows.append(total)
    rows.append(list(blank))
    rows += [
        ["Catatan :"] + [None] * 40,
        ["1.", "Kolom 2 diisi nama unit organisasi dan nama jabatan (Jabatan Pimpinan Tinggi, Jabatan Administrasi, "
         "Jabatan Fungsional, dan Jabatan Pelaksana/JFU)"] + [None] * 39,
        ["2.", "Jumlah kebutuhan PNS diisi berdasarkan hasil Analisis Beban Kerja"] + [None] * 39,
        ["3.", "Dinas Pendidikan (tidak termasuk tenaga Guru)"] + [None] * 39,
        ["4.", "Dinas Kesehatan (tidak termasuk Jabatan Fungsional Kesehatan dan Jabatan Pelaksana/JFU pada Rumah "
         "Sakit/Puskesmas)"] + [None] * 39,
    ]
    return rows


def _f1_merged() -> list[str]:
    from openpyxl.utils import get_column_letter as L
    merged = ["A3:AO3", "A5:A8", "B5:H8", "I5:I8", "J5:J8", "AO5:AO8", "B9:H9", "B11:H11"]
    for start in (11, 26):  # 1-based columns K and Z
        merged.append(f"{L(start)}5:{L(start + 14)}5")
        merged.append(f"{L(start)}6:{L(start + 1)}6")
        merged.append(f"{L(start + 2)}6:{L(start + 4)}6")
        merged.append(f"{L(start + 5)}6:{L(start + 12)}6")
        merged.append(f"{L(start + 13)}6:{L(start + 13)}8")
        merged.append(f"{L(start + 14)}6:{L(start + 14)}8")
        merged.append(f"{L(start + 5)}7:{L(start + 8)}7")
        merged.append(f"{L(start + 9)}7:{L(start + 12)}7")
    for x, (level, *_rest) in enumerate(_F1):
        r = 12 + x
        first = 2 + level
        if first < 8:
            merged.append(f"{L(first)}{r}:H{r}")
    merged.append(f"B{12 + len(_F1) + 1}:H{12 + len(_F1) + 1}")
    return merged


def _f1_expected() -> dict:
    struktural = sum(sum(real[0:5]) for _, _, _, real, _, _ in _F1)
    fungsional = sum(sum(real[5:13]) for _, _, _, real, _, _ in _F1)
    pelaksana = sum(real[13] for _, _, _, real, _, _ in _F1)
    return {"position_type": {"Struktural": struktural, "Fungsional": fungsional, "Pelaksana": pelaksana}}


# ------------------------------------------------------------------ assets: a kecamatan's KIB D

#: Jenis/Nama Barang, Kode Barang, Register, Konstruksi, Panjang KM, Lebar M, Luas M2, Letak, Dok. tanggal, Dok.
#: nomor, Status Tanah, Kode Tanah, Asal-usul, Harga, Kondisi, Ket. (invented)
_KIB_D: list[tuple] = [
    ("Jalan Lingkungan", "1.3.4.01.01.01.004", "0001", "Paving Block", "0,45", "3", "1.350", "Kel. Sukamaju RT 02",
     "12-08-2016", "027/45/KEC/2016", "Tanah Milik Pemda", "1.3.1.01.01.01.001", "Pembelian", 185_400_000, "B", ""),
    ("Jalan Lingkungan", "1.3.4.01.01.01.004", "0002", "Rabat Beton", "0,30", "2,5", "750", "Kel. Sukamaju RT 05",
     "03-10-2017", "027/61/KEC/2017", "Tanah Milik Pemda", "1.3.1.01.01.01.001", "Pembelian", 96_750_000, "KB",
     "retak sebagian"),
    ("Jalan Setapak", "1.3.4.01.01.01.009", "0001", "Paving Block", "0,12", "1,5", "180", "Kel. Cibeureum RW 03",
     "21-07-2018", "027/38/KEC/2018", "Tanah Milik Pemda", "1.3.1.01.01.01.001", "Pembelian", 27_900_000, "B", ""),
    ("Saluran Drainase", "1.3.4.02.02.01.001", "0001", "Pasangan Batu Kali", "0,60", "0,6", "360",
     "Jl. Kecamatan No. 1", "15-09-2015", "027/52/KEC/2015", "Tanah Milik Pemda", "1.3.1.01.01.01.001",
     "Pembelian", 142_000_000, "RB", "tertimbun"),
    ("Saluran Drainase", "1.3.4.02.02.01.001", "0002", "U-Ditch Beton", "0,25", "0,5", "125",
     "Kel. Cibeureum RW 01", "02-11-2019", "027/70/KEC/2019", "Tanah Milik Pemda", "1.3.1.01.01.01.001",
     "Pembelian", 118_500_000, "B", ""),
    ("Instalasi Jaringan Listrik", "1.3.4.04.01.01.002", "0001", "Kabel Tanam", "0,08", "-", "-",
     "Kantor Kecamatan", "18-03-2020", "027/12/KEC/2020", "Tanah Milik Pemda", "1.3.1.01.01.01.001",
     "Pembelian", 64_250_000, "B", ""),
    ("Jaringan Telepon", "1.3.4.04.02.01.001", "0001", "Kabel Udara", "0,05", "-", "-", "Kantor Kecamatan",
     "18-03-2020", "027/13/KEC/2020", "Tanah Milik Pemda", "1.3.1.01.01.01.001", "Pembelian", 18_600_000, "KB",
     ""),
]


def _rp2(amount: int) -> str:
    """number_format($harga, 2, ',', '.'): dots between thousands, a comma and two decimals."""
    return f"{amount:,}".replace(",", ".") + ",00"


def _kib_d_rows() -> list[list]:
    rows: list[list] = [
        ["KARTU INVENTARIS BARANG (KIB) D"] + [None] * 16,
        ["JALAN, IRIGASI DAN JARINGAN"] + [None] * 16,
        ["SKPD: KECAMATAN CIBEUREUM"] + [None] * 16,
        ["No", "Jenis Barang / Nama Barang", "Nomor", None, "Konstruksi", "Panjang (KM)", "Lebar (M)", "Luas (M2)",
         "Letak/Lokasi", "Dokumen", None, "Status Tanah", "Nomor Kode Tanah", "Asal-Usul", "Harga",
         "Kondisi (B,KB,RB)", "Ket."],
        [None, None, "Kode Barang", "Register", None, None, None, None, None, "Tanggal", "Nomor", None, None, None,
         None, None, None],
        [f"({i})" for i in range(1, 18)],
    ]
    for i, (name, kode, reg, kons, p, lb, ls, letak, tgl, nomor, status, kt, asal, harga, kondisi, ket) in \
            enumerate(_KIB_D, start=1):
        rows.append([i, name, kode, reg, kons, p, lb, ls, letak, tgl, nomor, status, kt, asal, _rp2(harga), kondisi,
                     ket])
    return rows


_KIB_D_MERGED = ["A1:Q1", "A2:Q2", "A3:Q3", "A4:A5", "B4:B5", "C4:D4", "E4:E5", "F4:F5", "G4:G5", "H4:H5", "I4:I5",
                 "J4:K4", "L4:L5", "M4:M5", "N4:N5", "O4:O5", "P4:P5", "Q4:Q5"]

# ------------------------------------------------------------------ assets: a desa's KIB E and KIB D

_LOCATION = [
    ["PROVINSI: Jawa Barat"],
    ["KABUPATEN/KOTA: Tasikmalaya"],
    ["KECAMATAN: Cigalontang"],
]

#: Kode Barang, Reg, Nama Barang, Ruang, Judul, Pencipta, Ukuran, Bahan, Tahun, Asal, Sumber Dana, Kondisi, Harga
_KIB_E: list[tuple] = [
    ("1.3.5.01.01.01.001", "0001", "Buku Umum", "Perpustakaan Desa", "Budidaya Padi Sawah", "Tim Penyuluh",
     "A5", "Kertas", 2021, "Pembelian", "Dana Desa", "Baik", 85_000),
    ("1.3.5.01.01.01.001", "0002", "Buku Umum", "Perpustakaan Desa", "Budidaya Padi Sawah", "Tim Penyuluh",
     "A5", "Kertas", 2021, "Pembelian", "Dana Desa", "Baik", 85_000),
    ("1.3.5.01.01.01.001", "0003", "Buku Umum", "Perpustakaan Desa", "Pengelolaan BUMDes", "Tim Pendamping",
     "B5", "Kertas", 2022, "Pembelian", "Dana Desa", "Rusak Ringan", 120_000),
    ("1.3.5.01.01.01.001", "0004", "Buku Umum", "Perpustakaan Desa", "Kesehatan Ibu dan Anak", "Tim Posyandu",
     "A5", "Kertas", 2022, "Hibah", "-", "Rusak Berat", 0),
    ("1.3.5.02.01.01.003", "0001", "Lukisan", "Aula Desa", "Pemandangan Gunung Galunggung", "-", "120 x 80 cm",
     "Kanvas", 2019, "Hibah", "-", "Baik", 1_500_000),
    ("1.3.5.03.01.02.001", "0001", "Sapi", "-", "-", "-", "-", "-", 2023, "Pembelian", "Dana Desa", "Baik",
     14_500_000),
    ("1.3.5.03.01.02.001", "0002", "Sapi", "-", "-", "-", "-", "-", 2023, "Pembelian", "Dana Desa", "Baik",
     14_500_000),
    ("1.3.5.03.01.03.002", "0001", "Domba", "-", "-", "-", "-", "-", 2024, "Pembelian", "Dana Desa", "Rusak Ringan",
     2_750_000),
]


def _kib_e_rows() -> list[list]:
    rows: list[list] = [["KARTU INVENTARIS BARANG (KIB) E"], ["ASET TETAP LAINNYA"], ["2025"], *_LOCATION,
                        ["NAMA: Aset Tetap Lainnya"], ["DESA: Sirnagalih"], ["Kode Lokasi Desa: 32.06.27.2.2014"],
                        ["NOMOR", None, None, "Nama Barang", "Ruang", "Judul", "Pencipta", "Ukuran", "Bahan",
                         "Tahun Perolehan", "Asal/Cara Perolehan", "Sumber Dana", "Kondisi", "Harga (Rp)",
                         "Keterangan"],
                        ["No", "Kode Barang", "Reg"] + [None] * 12]
    for i, (kode, reg, name, ruang, judul, pencipta, ukuran, bahan, tahun, asal, dana, kondisi, harga) in \
            enumerate(_KIB_E, start=1):
        rows.append([f"{i}.", kode, reg, name, ruang, judul, pencipta, ukuran, bahan, f"{tahun}-01-15", asal, dana,
                     kondisi, harga, None])
    return rows


#: desa KIB D: Kode, Reg, Nama Barang, tanggal perolehan, konstruksi, panjang, lebar, tinggi, luas, alamat, the
#: document's date and number, the condition of the LAND record it stands on (printed twice), kode tanah, asal, harga
_DESA_KIB_D: list[tuple] = [
    ("1.3.4.01.01.01.004", "0001", "Jalan Desa", "2019-08-20", "Rabat Beton", "850", "3", "0,15", "2550",
     "Dusun Cikiray", "2019-08-01", "02/BA/2019", "Baik", "1.3.1.01.01.01.004", "Pembangunan", 312_000_000),
    ("1.3.4.01.01.01.004", "0002", "Jalan Desa", "2021-09-10", "Aspal Lapen", "600", "3", "0,10", "1800",
     "Dusun Sukahurip", "2021-09-01", "05/BA/2021", "Baik", "1.3.1.01.01.01.004", "Pembangunan", 268_500_000),
    ("1.3.4.02.01.02.001", "0001", "Saluran Irigasi Tersier", "2020-07-14", "Pasangan Batu", "420", "0,6",
     "0,5", "252", "Blok Sawah Cikiray", "2020-07-01", "03/BA/2020", "Rusak Ringan", "1.3.1.01.01.01.004",
     "Pembangunan", 146_000_000),
    ("1.3.4.02.01.05.001", "0001", "Tembok Penahan Tanah", "2022-10-03", "Pasangan Batu", "75", "0,4", "2",
     "30", "Dusun Sukahurip", "2022-09-26", "07/BA/2022", "Baik", "1.3.1.01.01.01.004", "Pembangunan",
     98_750_000),
]


def _desa_kib_d_rows() -> list[list]:
    rows: list[list] = [["KARTU INVENTARIS BARANG (KIB) D"], ["JALAN, IRIGASI DAN JARINGAN"], ["2025"], *_LOCATION,
                        ["NAMA: Jalan, Irigasi dan Jaringan"], ["DESA: Sirnagalih"],
                        ["Kode Lokasi Desa: 32.06.27.2.2014"],
                        ["Nomor", None, None, "Nama Barang", "Tahun Perolehan", "Konstruksi", "Panjang (M)",
                         "Lebar (M/cm)", "Tinggi", "Luas (M²)", "Alamat", "Dokumen", None, "Status Tanah",
                         "Kode Tanah", "Cara Perolehan", "Kondisi (B,KB,RB)", "Harga (Rp)", "Keterangan"],
                        ["No", "Kode Barang", "Reg"] + [None] * 8 + ["Tanggal", "Nomor"] + [None] * 6]
    for i, (kode, reg, name, tgl, kons, p, lb, t, ls, alamat, dtgl, dno, tanah_kondisi, kt, asal, harga) in \
            enumerate(_DESA_KIB_D, start=1):
        rows.append([f"{i}.", kode, reg, name, tgl, kons, p, lb, t, ls, alamat, dtgl, dno, tanah_kondisi, kt, asal,
                     tanah_kondisi, harga, None])
    return rows


_DESA_SOURCE = ("public GitHub Laravel Blade print view of a village asset application (search index file id "
                "19085312162), one 'book' page per KIB, here '{kib}' (PROVINSI: Jawa Barat, KABUPATEN/KOTA: "
                "Tasikmalaya, KECAMATAN: Cigalontang, DESA: Sirnagalih, Kode Lokasi Desa: 32.06.27.2.2014, as the "
                "view hard-codes them)")

CASES: list[Layout] = [
    Layout(
        id="staff-formulir-1-rekap-kelembagaan-bezetting-riil-abk-es-jf-jfu-nama-berjenjang-bup",
        dataset="staff",
        agency="Dinas Komunikasi dan Informatika of a kabupaten (the application is Kabupaten Wonosobo's; the print "
               "says ': KOTA ABC') — kabupaten OPD, formasi planning application's Excel export (counts synthetic)",
        source="public GitHub DiskominfoWsb/simpeg, ejobasn/app/Modules/proyeksikebutuhan/proyeksipertahun/Views/"
               "rekap_excel.blade.php (commit 1aeee01; search index file id 49111735724): SpreadsheetML 'FORMULIR 1', "
               "'REKAPITULASI DATA KELEMBAGAAN DAN DATA KEPEGAWAIAN TH. 2019', NO | UNIT ORGANISASI DAN NAMA JABATAN "
               "| TIPE OPD | KELAS JABATAN | JUMLAH PNS KEADAAN SAMPAI DENGAN JANUARI 2020/ RIIL › JPT (Madya Es. I, "
               "Pratama Es. II) | JABATAN ADMINISTRASI (Administrator Es. III, Pengawas Es. IV, Pelaksana Es. V) | "
               "JABATAN FUNGSIONAL (Terampil: Pemula … Penyelia; Ahli: Pertama … Utama) | JABATAN PELAKSANA (JFU) "
               "| "
               "JUMLAH | the same for JUMLAH KEBUTUHAN PNS BERDASARKAN ANALISIS BEBAN KERJA/ ABK | BUP TH., columns "
               "1–35, 'Jumlah Seluruhnya', 'Catatan :' 1.–4.",
        year=2019,
        sheets={"Formulir 1": _f1_rows()},
        merged={"Formulir 1": _f1_merged()},
        expected=_f1_expected(),
        note="A bezetting table: each row is a POSITION with the number of civil servants holding it (RIIL) and the "
             "number the workload analysis says it needs (ABK); the staff are the RIIL block only, 21 civil servants "
             "(Struktural 5 = the Es. I–V columns, Fungsional 9 = JF Pemula … Utama, Pelaksana 7 = JFU; the "
             "RIIL JUMLAH column and 'Jumlah Seluruhnya' agree). The ABK block repeats the same fifteen headers "
             "under another band and is a need, not staff; BUP TH. is the retiring next year, not a category. Unit "
             "rows (Sekretariat, Bidang …) carry zeros. Names indented by level: the name cell starts in column B, "
             "C, D or E. Title year 2019 (data 'keadaan sampai dengan Januari 2020'); the case is checked for 2019. "
             "The view prints BUP TH. date('Y')+1, here 2020 as printed in 2019. 'JABATAN ADMINISTRASI › Pelaksana "
             "› Es. V' counts eselon V posts, structural as the kit reads every eselon (UU 5/2014 Pasal 131 equates "
             "eselon V with jabatan pelaksana); its cells are all 0 here, so the expectation is the same either way.",
    ),
    Layout(
        id="assets-kecamatan-kib-d-jalan-irigasi-jaringan-17-kolom-kondisi-kode-satu-register-per-baris",
        dataset="assets",
        agency="Kecamatan Cibeureum (invented) of a kota — kecamatan, asset application print view pasted into a "
               "sheet (items synthetic)",
        source="public GitHub Laravel Blade print view 'Cetak Data Jalan, Irigasi & Jaringan' of a kecamatan asset "
               "application (search index file id 21482002763): 'KARTU INVENTARIS BARANG (KIB) D', 'JALAN, IRIGASI "
               "DAN JARINGAN', 'SKPD: KECAMATAN …', No | Jenis Barang / Nama Barang | Nomor › Kode Barang | "
               "Register | Konstruksi | Panjang (KM) | Lebar (M) | Luas (M2) | Letak/Lokasi | Dokumen › Tanggal | "
               "Nomor | Status "
               "Tanah | Nomor Kode Tanah | Asal-Usul | Harga | Kondisi (B,KB,RB) | Ket., column numbers (1)–(17)",
        year=2024,
        sheets={"KIB D": _kib_d_rows()},
        merged={"KIB D": _KIB_D_MERGED},
        expected=tally((name, 1, kondisi == "B") for name, *_rest, kondisi, _ket in _KIB_D),
        note="One register (one road, drain or network) per row, no quantity column: each row is one unit. "
             "Kondisi codes B good, KB (kurang baik) and RB (rusak berat) damaged. Harga as number_format(…, 2, ',', "
             "'.') text ('185.400.000,00'); Panjang in KM with a decimal comma ('0,45'); '-' for width and area of "
             "cables. No year printed on the page: the case is checked for 2024 (the application's current data).",
    ),
    Layout(
        id="assets-desa-kib-e-aset-tetap-lainnya-buku-lukisan-ternak-kondisi-kata-nomor-reg-baris-lokasi",
        dataset="assets",
        agency="Pemerintah Desa Sirnagalih, Kecamatan Cigalontang, Kabupaten Tasikmalaya — desa, village asset "
               "application print pasted into a sheet (items synthetic)",
        source=_DESA_SOURCE.format(kib="KARTU INVENTARIS BARANG (KIB) E / ASET TETAP LAINNYA / 2025") +
        ": NOMOR › No | Kode Barang | Reg | Nama Barang | Ruang | Judul | Pencipta | Ukuran | Bahan | Tahun "
        "Perolehan | Asal/Cara Perolehan | Sumber Dana | Kondisi | Harga (Rp) | Keterangan",
        year=2025,
        sheets={"KIB E": _kib_e_rows()},
        merged={"KIB E": ["A10:C10"]},
        expected=tally((name, 1, kondisi == "Baik") for _, _, name, *_r, kondisi, _h in _KIB_E),
        note="One register per row (each book copy, each animal its own Reg): Buku Umum 2 good 2 damaged, Lukisan 1 "
             "good, Sapi 2 good, Domba 1 damaged. Kondisi as words: Baik good, Rusak Ringan and Rusak Berat damaged. "
             "The year stands alone in the third title line ('2025'); the header's first band 'NOMOR' spans No | "
             "Kode Barang | Reg of the second header row, the other columns have an empty second row. Judul and "
             "Pencipta are a book's title and author, not the item.",
    ),
    Layout(
        id="assets-desa-kib-d-kondisi-dari-tanah-bukan-jalan-status-tanah-berisi-kondisi-panjang-meter",
        dataset="assets",
        agency="Pemerintah Desa Sirnagalih, Kecamatan Cigalontang, Kabupaten Tasikmalaya — desa, village asset "
               "application print pasted into a sheet (items synthetic)",
        source=_DESA_SOURCE.format(kib="KARTU INVENTARIS BARANG (KIB) D / JALAN, IRIGASI DAN JARINGAN / 2025") +
        ": Nomor › No | Kode Barang | Reg | Nama Barang | Tahun Perolehan | Konstruksi | Panjang (M) | Lebar (M/cm) "
        "| Tinggi | Luas (M²) | Alamat | Dokumen › Tanggal | Nomor | Status Tanah | Kode Tanah | Cara Perolehan | "
        "Kondisi (B,KB,RB) | Harga (Rp) | Keterangan; the view fills both Status Tanah and Kondisi with "
        "$d->tanah->aset->kondisi",
        year=2025,
        sheets={"KIB D": _desa_kib_d_rows()},
        merged={"KIB D": ["A10:C10", "L10:M10"]},
        expected=tally((name, 1, tanah == "Baik") for _, _, name, *_r, tanah, _kt, _a, _h in _DESA_KIB_D),
        note="The view's own mistake: the 'Kondisi (B,KB,RB)' column (and 'Status Tanah' beside it) prints the "
             "condition of the land record the road stands on, not the road's; a reader of the page has only that "
             "column, so the expectation is what it prints (Jalan Desa 2 good, Saluran Irigasi Tersier 1 damaged "
             "'Rusak Ringan', Tembok Penahan Tanah 1 good), words not the B/KB/RB codes the header announces. One "
             "register per row. Panjang in metres here (the kecamatan KIB D has KM).",
    ),
]
