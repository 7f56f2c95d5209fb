"""The tenth held-out set: real layouts collected blind, to measure the integrated kit on layouts nobody tuned for
(README.md records the cases; the lead measures them).

Kinds the corpus had none of: a public primary school's teachers and staff as the Dapodik GTK download gives them (four
metadata rows, 51 columns, honorary teachers beside the civil servants, no education column), a hospital's staff list
from the SIMRS Khanza payroll module (J.K. 'Pria' / 'Wanita', three-letter employment codes, an 'AKTIF' / 'KELUAR'
column, no golongan), a kelurahan's staff page pasted into Excel (e-mail and telephone columns, a 'Pangkat/Golongan'
drop-down whose values pair a pangkat name with a golongan group only); a KPU provincial secretariat's published
performance summary (kegiatan and sasaran rows spanning the table, targets and realisations written with their unit), a
lembaga's (LAN) strategic-target page with five years stacked in each cell (Renstra target, Perjanjian Kinerja target,
capaian, percentage), a BUMD's (PDAM) BPPSPAM health assessment (Kondisi | Nilai | Bobot under aspect and sub-aspect
rows, no target); a kelurahan's Alokasi Dana Kelurahan transparency page (four cards, each activity's pagu, realisation,
percentage and remainder stacked in one cell), a hospital BLUD's 'Realisasi RBA' grid export from the SIMRS Medifirst
(accounts with their RBA detail lines, 'Saldo Awal BLUD' for the budget), a kota Bakesbangpol's grant accountability
report by bidang (kop, a metadata bar, numbered sections, 'Rp' text amounts); and a Lapas's Daftar Barang Ruangan (one
row per NUP, the condition as an 'X' under B | RR | RB).
One table is published (figures as printed); the others are export or page layouts found in public code, filled with
invented units, amounts, values and synthetic people (names and NIPs synthetic). Expectations are what each table says,
never what the kit reads: the cases were not run through the kit.
"""

from __future__ import annotations

import re

from layouts.case import W, budget_row as _b, indicator as _ind, Layout, counts, asset as _a
from workbooks import nip


def _rp(amount: int) -> str:
    """An amount as the pages print rupiah: 'Rp 1.250.000'."""
    return "Rp " + f"{amount:,}".replace(",", ".")


# ---------------------------------------------------------------- staff

#: the school's GTK: (name, female, birth, TMT CPNS or None, status kepegawaian, jenis PTK, tugas tambahan,
#: pangkat golongan, sumber gaji)
_GTK = [
    ("SRI WAHYUNINGSIH", True, "19690412", "199403", "PNS", "Kepala Sekolah", "Kepala Sekolah", "IV/b", "APBD"),
    ("SUPARMAN", False, "19710823", "199702", "PNS", "Guru Kelas", "", "IV/a", "APBD"),
    ("ENDANG LESTARI", True, "19780105", "200501", "PNS", "Guru Kelas", "", "III/d", "APBD"),
    ("DWI ARIYANTO", False, "19850917", "201001", "PNS", "Guru Mapel", "", "III/c", "APBD"),
    ("NUR KHASANAH", True, "19880302", "201403", "PNS", "Guru Kelas", "", "III/b", "APBD"),
    ("RINA MARLINA", True, "19920611", None, "Guru Honor Sekolah", "Guru Kelas", "", "", "Sekolah"),
    ("AHMAD FAUZI", False, "19950428", None, "Guru Honor Sekolah", "Guru Mapel", "", "", "Sekolah"),
    ("SUGENG RIYADI", False, "19760809", None, "Tenaga Honor Sekolah", "Tenaga Administrasi Sekolah",
     "", "", "Sekolah"),
    ("PAIMIN", False, "19700215", None, "Tenaga Honor Sekolah", "Penjaga Sekolah", "", "", "Sekolah"),
]

_GTK_HEADERS = [
    "No", "Nama", "NUPTK", "JK", "Tempat Lahir", "Tanggal Lahir", "NIP", "Status Kepegawaian", "Jenis PTK", "Agama",
    "Alamat Jalan", "RT", "RW", "Nama Dusun", "Desa/Kelurahan", "Kecamatan", "Kode Pos", "Telepon", "HP", "E-Mail",
    "Tugas Tambahan", "SK CPNS", "Tanggal CPNS", "SK Pengangkatan", "TMT Pengangkatan", "Lembaga Pengangkatan",
    "Pangkat Golongan", "Sumber Gaji", "Nama Ibu", "Status Perkawinan", "Nama Suami/Istri", "NIP Suami/Istri",
    "Pekerjaan Suami/Istri",
    "TMT PNS", "Sudah Lisensi Kepala Sekolah", "Pernah Diklat Kepegawaian", "Keahlian Braille",
    "Keahlian Bahasa Isyarat", "NPWP", "Nama Wajib Pajak", "Kewarganegaraan", "Bank", "Nomor Rekening Bank",
    "Rekening Nama", "NIK", "No. KK", "Karpeg", "Karis/Kartu", "Lintang", "Bujur", "NUKS",
]


def _gtk_rows() -> list[list]:
    rows: list[list] = [
        ["Daftar Guru dan Tenaga Kependidikan"],
        ["SD NEGERI 2 SUKAMAJU"],
        ["Kecamatan Sukamaju, Kabupaten Contoh, Provinsi Jawa Tengah"],
        ["Tanggal Unduh: 2025-08-04 09:12:37, Pengunduh: operator.sdn2sukamaju@contoh.sch.id"],
        _GTK_HEADERS,
    ]
    for i, (name, female, birth, tmt, status, jenis, tugas, gol, gaji) in enumerate(_GTK, start=1):
        pns = tmt is not None
        row = [i, name, f"{3441757658200000 + i * 7013}", "P" if female else "L", "Sukamaju",
               f"{birth[:4]}-{birth[4:6]}-{birth[6:]}",
               nip(100 + i, female=female, birth=birth, appointed=tmt) if pns else "", status, jenis, "Islam",
               "Jl. Contoh", "001", "002", "Krajan", "Sukamaju", "Kec. Sukamaju", "57100", "", "", "", tugas,
               f"813/{40 + i}/{tmt[:4]}" if pns else "", f"{tmt[:4]}-{tmt[4:]}-01" if pns else "",
               f"813/{40 + i}/{tmt[:4]}" if pns else f"421/{i}/SD/2021",
               f"{tmt[:4]}-{tmt[4:]}-01" if pns else "2021-07-12",
               "Pemerintah Kab/Kota" if pns else "Kepala Sekolah", gol, gaji, "", "Kawin", "", "", "",
               f"{int(tmt[:4]) + 1}-{tmt[4:]}-01" if pns else "", "Ya" if jenis == "Kepala Sekolah" else "Tidak",
               "Tidak", "Tidak", "Tidak", "", "", "Indonesia", "BPD Jateng", "", "", "", "", "", "", "", "", ""]
        rows.append(row)
    return rows


#: the hospital's staff in the Khanza payroll module: (NIK or NIP, name, J.K., jabatan, kode jenjang, departemen,
#: bagian, status (PTKP), status karyawan, pendidikan, stts aktif)
_KHANZA = [
    ("ASN", "dr. Hendra Wijaya, Sp.PD", "Pria", "Dokter Ahli Madya", "J1", "Rawat Inap", "Pelayanan Medis", "K/2",
     "PNS", "S2", "AKTIF"),
    ("ASN", "Ns. Rahmawati, S.Kep.", "Wanita", "Perawat Ahli Muda", "J3", "Rawat Inap", "Keperawatan", "K/1", "PNS",
     "S1", "AKTIF"),
    ("ASN", "Siti Maryam, A.Md.Kep.", "Wanita", "Perawat Terampil", "J4", "IGD", "Keperawatan", "K/0", "PNS", "D3",
     "AKTIF"),
    ("ASN", "Bambang Sutrisno, S.Farm., Apt.", "Pria", "Apoteker Ahli Pertama", "J3", "Farmasi", "Penunjang Medis",
     "K/2", "P3K", "S1", "AKTIF"),
    ("ASN", "Yuliana Putri, A.Md.AK.", "Wanita", "Pranata Laboratorium Kesehatan Terampil", "J4", "Laboratorium",
     "Penunjang Medis", "TK/0", "P3K", "D3", "AKTIF"),
    ("ASN", "Drs. Mulyono", "Pria", "Kepala Bagian Umum", "J2", "Manajemen", "Umum dan Kepegawaian", "K/3", "PNS",
     "S1", "KELUAR"),
    ("BLU", "Dewi Anggraini, A.Md.Keb.", "Wanita", "Bidan", "J5", "Kamar Bersalin", "Keperawatan", "TK/0", "KTR",
     "D3", "AKTIF"),
    ("BLU", "Rudi Hartanto", "Pria", "Pengemudi Ambulans", "J6", "IGD", "Umum dan Kepegawaian", "K/1", "HON", "SMA",
     "AKTIF"),
]
_KHANZA_ASN = ("PNS", "P3K")


def _khanza_rows() -> list[list]:
    rows: list[list] = [[":: Pencarian Data Pegawai ::"], ["| Input Data | | List Data | | Index Pegawai |"],
                        ["Keyword", ":", None], ["Cari", "Print"],
                        ["Proses", "NIK", "Nama", "J.K.", "Jabatan", "Kode Jenjang", "Departemen", "Bagian", "Status",
                         "Status Karyawan", "NPWP", "Pendidikan", "Tmp.Lahir", "Tgl.Lahir", "Alamat", "Kota ",
                         "Mulai Kerja", "Kode Ms Kerja", "Kode Index", "BPD", "Rekening", "Stts Aktif", "Wajib Masuk",
                         "Mulai Kontrak"]]
    for i, (kind, name, jk, jabatan, jenjang, dep, bagian, ptkp, status, pend, aktif) in enumerate(_KHANZA, start=1):
        female = jk == "Wanita"
        birth = f"19{70 + i * 3:02d}0{1 + i % 9}1{i % 9}"
        number = nip(120 + i, female=female, birth=birth, appointed=f"20{(i * 2) % 20 + 4:02d}03") if status == "PNS" \
            else nip(120 + i, female=female, birth=birth, appointed=f"20{21 + i % 3}", pppk=True) if status == "P3K" \
            else f"BLUD.{2018 + i}.{i:03d}"
        rows.append(["[edit] [hapus]", number, name, jk, jabatan, jenjang, dep, bagian, ptkp, status, "", pend,
                     "Contoh", f"{birth[:4]}-{birth[4:6]}-{birth[6:]}", "Jl. Contoh", "Contoh",
                     f"{2005 + i}-03-01", "M" + str(i % 4 + 1), "I" + str(i % 3 + 1), "BPD", "", aktif, 22,
                     f"{2018 + i}-01-01" if kind == "BLU" else "0000-00-00"])
    rows.append([f" Data : {len(_KHANZA)}| Laporan | "])
    return rows


def _khanza_counted() -> list[tuple]:
    return [row for row in _KHANZA if row[8] in _KHANZA_ASN and row[10] == "AKTIF"]


#: the kelurahan's staff: (name, female, birth, TMT CPNS, jabatan, the drop-down value)
_KELURAHAN = [
    ("Muhammad Syarifuddin, S.STP.", False, "19860714", "200810", "Lurah", "Juru Muda/Golongan III"),
    ("Hj. Rusmiati, S.Sos.", True, "19780322", "200312", "Sekretaris Kelurahan", "Juru Muda/Golongan III"),
    ("Andi Baso Tenri, S.E.", False, "19820911", "200901", "Kasi Pemerintahan dan Trantib", "Juru Muda/Golongan III"),
    ("Sulastri, S.AP.", True, "19840505", "201001", "Kasi Ekonomi dan Pembangunan", "Juru Muda/Golongan III"),
    ("Yohanis Palinggi", False, "19790218", "200604", "Pengadministrasi Umum", "Pengatur Muda/Golongan II"),
    ("Nurhayati", True, "19900627", "201503", "Pengelola Data Kependudukan", "Pengatur Muda/Golongan II"),
    ("Samsul Bahri", False, "19730930", "200701", "Pengemudi", "Juru Muda/Golongan I"),
]


# ---------------------------------------------------------------- indicators

#: KPU Kaltim's summary table as printed (text layer): (kegiatan row, sasaran row, indicator, target, realisation,
#: capaian, kategori)
_KPU = [
    ("KEGIATAN 3355: Pelaksanaan Akuntabilitas Pengelolaan Administrasi Keuangan di Lingkungan Setjen KPU.",
     "Meningkatnya Pembinaan Perbendaharaan.",
     "Persentase meningkatnya kapasitas pengetahuan/pemahaman para pejabat perbendaharaan pada KPU, KPU Provinsi "
     "dan KPU Kabupaten/Kota dalam pengelolaan keuangan.", "80%", "80%", "100%", "Berhasil"),
    (None, "Terlaksananya Sistem Akutansi dan Pelaporan Keuangan.",
     "Jumlah laporan sistem akuntansi dan pelaporan keuangan.", "2 Lap", "2 Lap", "100%", "Berhasil"),
    (None, "Tersusunnya Laporan Pertanggungjawaban Penggunaan Anggaran.",
     "Jumlah KPU Provinsi dan Kab/Kota yang menyampaikan laporan pertanggungjawaban penggunaan anggaran (e-LPPA) "
     "tepat waktu.", "11 Lap", "11 Lap", "100%", "Berhasil"),
    (None, "Tersusunnya Laporan Pengelolaan Dana Hibah.",
     "Jumlah KPU Kab/Kota yang menyampaikan laporan evaluasi penggunaan dana anggaran hibah pemilihan.", "9 Lap",
     "9 Lap", "100%", "Berhasil"),
    ("KEGIATAN 3356: Fasilitasi Pengelolaan Data, Dokumentasi, Pengadaan, Pendistribusian, Pemeliharaan dan "
     "Inventarisasi Logistik Pemilu.",
     "Terlaksananya Pembinaan Koordinasi Tingkat Satker Dalam Mengelola Logistik Pemilu.",
     "Persentase pola pengelolaan logistik Pemilu di tingkat satker.", "80%", "80%", "100%", "Berhasil"),
]


def _kpu_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        ["LKj Sekretariat KPU Prov. Kaltim Tahun 2020"], ["RINGKASAN EKSEKUTIF"], [],
        ["Indikator Kinerja Utama", "Kinerja", None, None, None],
        [None, "Target", "Realisasi", "Capaian", "Kategori"],
    ]
    merges = ["A4:A5", "B4:E4"]
    for kegiatan, sasaran, name, target, real, capaian, kategori in _KPU:
        for band in (kegiatan, sasaran):
            if band:
                rows.append([band, None, None, None, None])
                merges.append(f"A{len(rows)}:E{len(rows)}")
        rows.append([name, target, real, capaian, kategori])
    return rows, merges


_KPU_ROWS, _KPU_MERGES = _kpu_rows()

_LAN_YEARS = (2025, 2026, 2027, 2028, 2029)
#: LAN's strategic targets: (sasaran, indikator, Renstra targets by year, PK targets by year, capaian 2025)
_LAN = [
    ("Meningkatnya Akuntabilitas Kinerja Instansi LAN", "Nilai SAKIP LAN", ("A",) * 5, ("BB", "A", "A", "A", "A"),
     "BB"),
    ("Meningkatnya Profesionalisme ASN Nasional", "Indeks Profesionalitas ASN Nasional", (80, 82, 84, 85, 86),
     (79, 81, 83, 84, 85), 77.4),
    ("Meningkatnya Kualitas Kebijakan Administrasi Negara", "Indeks Kualitas Kebijakan Administrasi Negara",
     (76, 78, 80, 82, 84), (75, 77, 79, 81, 83), 76.2),
    ("Meningkatnya Transformasi Digital Layanan Pembelajaran ASN",
     "Persentase Layanan Pembelajaran ASN Terdigitalisasi", (60, 65, 70, 75, 80), (55, 62, 68, 74, 80), 58.5),
    ("Meningkatnya Kepuasan Pemangku Kepentingan atas Layanan LAN", "Indeks Kepuasan Pemangku Kepentingan",
     (85, 86, 87, 88, 90), (84, 85, 86, 87, 89), 86.1),
]


def _stack(values: tuple) -> str:
    """A column of the page's year boxes as the copied cell keeps it: one line per year, the year then its value."""
    return "\n".join(f"{year} {value}" for year, value in zip(_LAN_YEARS, values))


def _pct(real: float, target: float) -> str:
    return f"{round(real / target * 100, 2):g}%"


def _lan_rows() -> list[list]:
    rows: list[list] = [["Sasaran Strategis (SS)"], ["Peta jalan strategis dan indikator kinerja makro (Level JPT Utama)."],
                        ["No", "Sasaran\nStrategis", "Indikator Kinerja\nSasaran Strategis", "Target Indikator\nRenstra",
                         "Target Kinerja\nPerjanjian Kinerja", "Capaian\nKinerja", "Persentase Capaian\nKinerja", "Aksi"]]
    for i, (sasaran, name, renstra, pk, capaian) in enumerate(_LAN, start=1):
        later = ("-",) * 4
        pct = "100%" if isinstance(capaian, str) and capaian == pk[0] else (
            "-" if isinstance(capaian, str) else _pct(capaian, pk[0]))
        rows.append([i, sasaran, name, _stack(renstra), _stack(pk), _stack((capaian, *later)),
                     _stack((pct, *later)), None])
    return rows


#: the PDAM's BPPSPAM assessment: (aspect, sub-aspect, indicator as printed, kondisi, unit suffix, nilai, bobot,
#: polarity)
_PDAM = [
    ("A. KEUANGAN", "1. Rentabilitas", "\u00a0 a. Roe", 6.42, " %", 4, 0.220, "positive"),
    ("A. KEUANGAN", "1. Rentabilitas", "\u00a0 b. Rasio Operasi", 0.86, "", 3, 0.165, "negative"),
    ("A. KEUANGAN", "2. Likuiditas", "\u00a0 a. Rasio Kas", 112.5, " %", 5, 0.250, "positive"),
    ("A. KEUANGAN", "2. Likuiditas", "\u00a0 b. Efektifitas Penagihan", 91.3, " %", 4, 0.720, "positive"),
    ("A. KEUANGAN", None, "3. Solvabilitas", 184.0, " %", 4, 0.120, "positive"),
    ("B. Pelayanan", None, "1. Cakupan Pelayanan", 62.8, " %", 3, 0.375, "positive"),
    ("B. Pelayanan", None, "2. Pertumbuhan Pelanggan", 4.6, " %", 3, 0.120, "positive"),
    ("B. Pelayanan", None, "3. Tingkat Penyelesaian Pengaduan", 87.0, " %", 4, 0.100, "positive"),
    ("B. Pelayanan", None, "4. Kualitas Air Pelanggan", 100.0, " %", 5, 0.375, "positive"),
    ("B. Pelayanan", None, "5. Konsumsi Air Domestik", 21.4, "", 5, 0.250, "positive"),
    ("C. Operasi", None, "1. Efisiensi Produksi", 84.2, " %", 4, 0.280, "positive"),
    ("C. Operasi", None, "2. Tingkat Kehilangan Air", 27.6, " %", 4, 0.280, "negative"),
    ("C. Operasi", None, "3. Jam Operasi Layanan / hari", 22.0, " %", 4, 0.320, "positive"),
    ("C. Operasi", None, "4. Tekanan Sambungan Pelanggan", 76.0, " %", 4, 0.260, "positive"),
    ("C. Operasi", None, "5. Penggantian Meter Air", 12.5, " %", 2, 0.080, "positive"),
]
#: the SDM rows the page prints with the same constants whatever the data
_PDAM_SDM = ["1. Rasio Jumlah Pegawai / 1000 Pelanggan", "2. Rasio Diklat Pegawai / Peningkatan Kompetensi",
             "3. Biaya Diklat terhadap Biaya Pegawai"]


def _pdam_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [["Monitoring & Evaluasi Kinerja PDAM"], ["Monev PDAM", "Detail"], ["Export"],
                        ["Aspek", "Kondisi", "Nilai", "Bobot"]]
    merges: list[str] = []

    def spanning(text: str, value=None) -> None:
        """A row spanning the table (an aspect or sub-aspect), or a weight row spanning A:C with its value in D."""
        rows.append([text, None, None, value])
        merges.append(f"A{len(rows)}:{'C' if value is not None else 'D'}{len(rows)}")

    aspect = sub = None
    for item_aspect, item_sub, name, kondisi, suffix, nilai, bobot, _ in _PDAM:
        if item_aspect != aspect:
            if aspect:
                spanning(_PDAM_WEIGHT_ROWS[aspect], round(sum(p[6] for p in _PDAM if p[0] == aspect), 3))
            aspect = item_aspect
            spanning(aspect)
        if item_sub and item_sub != sub:
            sub = item_sub
            spanning(sub)
        rows.append([name, f"{kondisi:g}{suffix}" if suffix else kondisi, nilai, bobot])
    spanning(_PDAM_WEIGHT_ROWS[aspect], round(sum(p[6] for p in _PDAM if p[0] == aspect), 3))
    spanning("D. SDM")
    rows += [[name, 0.97, 2, 0.11] for name in _PDAM_SDM]
    spanning("Bobot Kinerja - Aspek SDM", 0.97)
    for label, value in (("Jumlah Bobot", 0.97), ("Kategori", "Sehat")):
        rows.append([label, value, None, None])
        merges.append(f"B{len(rows)}:D{len(rows)}")
    rows += [[], ["Catatan Monitoring & Evaluasi"], ["Lorem ipsum dolor sit amet consectetur, adipisicing elit."]]
    return rows, merges


_PDAM_WEIGHT_ROWS = {"A. KEUANGAN": "Bobot Kinerja - Aspek Keuangan", "B. Pelayanan": "Bobot Kinerja - Aspek Pelayanan",
                     "C. Operasi": "Bobot Kinerja - Aspek Operasi"}
_PDAM_ROWS, _PDAM_MERGES = _pdam_rows()


def _bare(name: str) -> str:
    """An indicator's name without the page's indent and numbering: '\u00a0 a. Roe' → 'Roe'."""
    return re.sub(r"^[\s\u00a0]*(?:\d+|[a-z])\.\s*", "", name)


# ---------------------------------------------------------------- budget

#: the kelurahan's activities funded by its Alokasi Dana Kelurahan: (program, kegiatan, lokasi, kategori, penanggung
#: jawab, pagu, realisasi, penerima manfaat target, realisasi, fisik %, status)
_ADK = [
    ("Pembangunan Sarana dan Prasarana Kelurahan", "Rehabilitasi Drainase Lingkungan RT 04 dan RT 05",
     "RT 04 - RT 05", "Infrastruktur & Sarpras", "Kasi Ekonomi dan Pembangunan", 185_000_000, 179_450_000,
     "320 KK", "320 KK", 100, "Selesai"),
    ("Pembangunan Sarana dan Prasarana Kelurahan", "Pembangunan Jalan Paving Gang Melati", "RT 02",
     "Infrastruktur & Sarpras", "Kasi Ekonomi dan Pembangunan", 142_500_000, 98_750_000, "85 KK", "85 KK", 75,
     "Sedang Berjalan"),
    ("Pemberdayaan Masyarakat Kelurahan", "Pelatihan Keterampilan Menjahit bagi Perempuan Kepala Keluarga",
     "Aula Kantor Kelurahan", "Pemberdayaan Ekonomi", "Kasi Kesejahteraan Sosial", 48_000_000, 46_200_000,
     "30 orang", "28 orang", 100, "Selesai"),
    ("Pemberdayaan Masyarakat Kelurahan", "Pemberian Makanan Tambahan Balita di Posyandu", "6 Posyandu",
     "Kesehatan", "Kasi Kesejahteraan Sosial", 36_000_000, 36_000_000, "180 balita", "176 balita", 100,
     "Selesai"),
]


def _adk_cells(item: tuple) -> list:
    program, kegiatan, lokasi, kategori, pj, pagu, real, target, capaian, fisik, status = item
    pct = f"{round(real / pagu * 100, 2):g}"
    return [f"2025\n{program}\n{kegiatan}\n{lokasi}", f"{kategori}\nAlokasi Dana Kelurahan (ADK)\nPJ: {pj}",
            f"Pagu:\n{_rp(pagu)}\nRealisasi:\n{_rp(real)}\n{pct}%\nSisa: {_rp(pagu - real)}",
            f"\U0001f3af {target}\n\u2713 {capaian}", f"{status}\nFisik: {fisik}%", "Live", "Edit Hapus"]


def _adk_rows() -> list[list]:
    pagu = sum(x[5] for x in _ADK)
    real = sum(x[6] for x in _ADK)
    return [
        ["Good Governance & Akuntabilitas"], ["Manajemen Transparansi Anggaran & Kegiatan"],
        ["Kelola program pembangunan, rencana vs realisasi serapan anggaran, capaian fisik, serta penerima manfaat."],
        ["Pagu Rencana", "Tahun 2025", None, "Realisasi Terserap", "Tersalurkan"],
        [_rp(pagu), None, None, _rp(real)],
        ["Total alokasi anggaran kegiatan", None, None, f"{round(real / pagu * 100, 2):g}% dari total pagu"],
        ["Sisa Pagu", "Saldo", None, "Status Kegiatan", f"{len(_ADK)} Kegiatan"],
        [_rp(pagu - real), None, None, len(_ADK), "Program Terdata"],
        ["Dana belum terserap / termin lanjutan", None, None, "Real-time update pelaporan warga"],
        [], ["Tahun:", "2025", "Kategori:", "Semua Kategori"],
        ["Program & Kegiatan", "Kategori & Sumber", "Rencana vs Realisasi", "Penerima Manfaat", "Fisik & Status",
         "Publik", "Aksi"],
        *[_adk_cells(item) for item in _ADK],
    ]


#: the hospital's RBA accounts: (kode rekening, mata anggaran, realisation, [(detail, volume, satuan, harga satuan)])
_RBA = [
    ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 39_842_500, [
        ("Kertas HVS A4 70 gram", 400, "Rim", 52_000), ("Tinta printer", 120, "Botol", 85_000),
        ("Map dan ordner", 300, "Buah", 35_000)]),
    ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", 88_300_000, [
        ("Cetak formulir rekam medis", 25_000, "Lembar", 1_500), ("Cetak gelang identitas pasien", 12_000,
                                                                  "Buah", 4_500)]),
    ("5.1.02.01.01.0035", "Belanja Obat-Obatan", 1_784_219_300, [
        ("Obat-obatan pelayanan rawat jalan dan rawat inap", 1, "Paket", 1_950_000_000)]),
    ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", 402_600_000, [
        ("Honorarium tenaga administrasi BLUD", 180, "OB", 2_350_000)]),
]


def _rba_rows() -> list[list]:
    rows: list[list] = [["No", "Kode Rekening", "Mata Anggaran", "Volume", "Satuan", "Harga Satuan",
                         "Saldo Awal BLUD", "Realisasi", "Sisa Anggaran"]]
    n = 0
    for code, name, real, details in _RBA:
        n += 1
        total = sum(v * h for _, v, _, h in details)
        rows.append([n, code, name, None, None, None, total, real, total - real])
        for detail, volume, satuan, harga in details:
            n += 1
            rows.append([n, None, detail, volume, satuan, harga, volume * harga, None, None])
    return rows


#: the Bakesbangpol's grants by bidang: (bidang, pagu alokasi, realisasi SP2D)
_HIBAH = [
    ("Bidang 1 (Ideologi & Wasbang)", 2_150_000_000, 2_096_500_000),
    ("Bidang 2 (Politik & Ormas)", 3_375_000_000, 3_308_000_000),
    ("Bidang 3 (Ketahanan Sosbud & Agama)", 2_760_000_000, 2_700_000_000),
    ("Bidang 4 (Kewaspadaan Nasional)", 1_540_000_000, 1_496_000_000),
]


def _hibah_rows() -> list[list]:
    return [
        ["Pemerintah Kota · Badan Kesatuan Bangsa dan Politik"],
        ["LAPORAN PERTANGGUNGJAWABAN REALISASI DANA HIBAH DAERAH"],
        ["Jalan Wastukancana No. 2, Babakan Ciamis, Sumur Bandung · Telp (022) 4203344"], [],
        ["Periode Laporan", "Format Berkas", "Status Berkas", "Tanggal Sah"],
        ["Tahunan 2025", "PDF (3,4 MB)", "Final", "15 Januari 2026"], [],
        ["I. Ringkasan Eksekutif (Executive Summary)"],
        ["Laporan komprehensif pertanggungjawaban hibah tahun anggaran 2025 kepada ormas dan lembaga kemasyarakatan "
         "pada 4 bidang prioritas daerah."], [],
        ["II. Rekapitulasi Realisasi Penyerapan Anggaran Per Bidang"],
        ["Bidang Evaluator", "Pagu Alokasi", "Realisasi (SP2D)", "Capaian"],
        *[[bidang, _rp(pagu), _rp(real), f"{real / pagu * 100:.1f}%"] for bidang, pagu, real in _HIBAH],
        [], ["III. Catatan Kepatuhan & Verifikasi SPJ"],
        ["Seluruh dokumen laporan pertanggungjawaban fisik dan elektronik (NPHD, Berita Acara Verifikasi, Kwitansi "
         "Bermaterai, dan Dokumentasi Kegiatan) telah diteliti dan sesuai dengan Permendagri Nomor 77 Tahun 2020 "
         "tentang Pedoman Teknis Pengelolaan Keuangan Daerah."], [],
        ["BSrE", "Tersertifikasi Elektronik (TTE)", None, "Ditetapkan & Disahkan di Bandung,"],
        [None, "Balai Sertifikasi Elektronik (BSrE) - BSSN", None, "Kepala Badan Kesatuan Bangsa dan Politik"],
        [None, None, None, f"NIP. {nip(140, birth='19740512', appointed='199803')}"],
    ]


# ---------------------------------------------------------------- assets

#: the room's items, one row per NUP: (name, merk/type, kode barang, NUP, tahun perolehan, condition, keterangan)
_DBR = [
    ("Meja Kerja Pegawai", "Olympic", "3050104002", 1, 2019, "B", ""),
    ("Meja Kerja Pegawai", "Olympic", "3050104002", 2, 2019, "B", ""),
    ("Meja Kerja Pegawai", "Olympic", "3050104002", 3, 2019, "RR", ""),
    ("Kursi Kerja Pegawai", "Chitose", "3050105006", 1, 2019, "B", ""),
    ("Kursi Kerja Pegawai", "Chitose", "3050105006", 2, 2019, "B", ""),
    ("Kursi Kerja Pegawai", "Chitose", "3050105006", 3, 2019, "RB", ""),
    ("P.C Unit", "Lenovo ThinkCentre", "3100102001", 4, 2021, "B", ""),
    ("P.C Unit", "Lenovo ThinkCentre", "3100102001", 5, 2021, "B", "Pinjam: Bagas Pratama"),
    ("Lemari Besi/Metal", "Brother", "3050101001", 2, 2017, "RR", ""),
    ("A.C. Split", "Daikin FTV25", "3050206002", 1, 2016, "RB", ""),
]


def _dbr_rows() -> list[list]:
    rows: list[list] = [
        ["KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA RI"], ["KANTOR WILAYAH JAWA TIMUR"], ["LAPAS KELAS IIB JOMBANG"],
        ["DAFTAR BARANG RUANGAN (DBR)"], [],
        ["Unit Kerja", ":", "Lapas Kelas IIB Jombang", None, None, None, "Nama Ruangan", ":", "Ruang Tata Usaha"],
        ["Kode Unit Kerja", ":", "013.04.05.405540", None, None, None, "Kode Ruangan", ":", "R-TU-01"],
        ["Tahun Anggaran", ":", 2025, None, None, None, "Petugas Ruangan", ":", "Wahyu Setiawan"],
        ["NO", "NAMA BARANG", "MERK / TYPE", "KODE BARANG", "NUP", "THN PEROL.", "B", "RR", "RB", "KETERANGAN"],
    ]
    for i, (name, merk, kode, nup, tahun, cond, ket) in enumerate(_DBR, start=1):
        rows.append([i, name, merk, kode, nup, tahun, "X" if cond == "B" else "", "X" if cond == "RR" else "",
                     "X" if cond == "RB" else "", ket])
    rows += [["Keterangan Kondisi: B (Baik), RR (Rusak Ringan), RB (Rusak Berat)"], [],
             [None, "Mengetahui,", None, None, None, None, "Jombang, 30 Juni 2025"],
             [None, "Kepala Urusan Umum", None, None, None, None, "Petugas Ruangan / Penanggung Jawab"], [], [],
             [None, "..........................................", None, None, None, None, "Wahyu Setiawan"],
             [None, "NIP. ..........................................", None, None, None, None,
              "NIP. .........................................."]]
    return rows


def _dbr_expected() -> list[dict]:
    order: list[str] = []
    good: dict[str, int] = {}
    damaged: dict[str, int] = {}
    for name, *_, cond, _ in _DBR:
        if name not in order:
            order.append(name)
            good[name] = damaged[name] = 0
        if cond == "B":
            good[name] += 1
        else:
            damaged[name] += 1
    return [_a(name, good[name], damaged[name]) for name in order]


def _group(value: str) -> str:
    """'Juru Muda/Golongan III' → 'III'."""
    return value.rsplit(" ", 1)[1]


STAFF: list[Layout] = [
    Layout(
        id="staff-dapodik-gtk-sd-negeri-honor-tanpa-pendidikan",
        dataset="staff",
        agency=("SD Negeri 2 Sukamaju (invented), its teachers and education staff as the school's operator downloads "
                "them from Dapodik — public primary school, Dapodik GTK export (synthetic people)"),
        source=("public GitHub Laravel view of a school application importing the Dapodik GTK download (search index "
                "file id 12171822927): the columns No | Nama | NUPTK | JK | Tempat Lahir | Tanggal Lahir | NIP | "
                "Status Kepegawaian | Jenis PTK | Agama | … | SK CPNS | SK Pengangkatan | … | Pangkat Golongan | Sumber Gaji "
                "| … | NIK | No. KK | Karpeg | Karis/Kartu | Lintang | Bujur | NUKS; the file's shape and the 'Tanggal "
                "CPNS' column after SK CPNS from another importer's work log (index file id 55280465277): 'guru has 4 "
                "metadata rows + 1 header row + … data rows with 51 columns'"),
        year=2025,
        sheets={"GTK": _gtk_rows()},
        expected={
            "golongan": counts([row[7] for row in _GTK if row[3]]),
            "gender": {"Laki-laki": sum(not row[1] for row in _GTK if row[3]),
                       "Perempuan": sum(row[1] for row in _GTK if row[3])},
            # Jenis PTK names each civil servant's post at the school: a guru or kepala sekolah holds the guru's
            # functional post (corrected after tuning the sixteenth set, which reads Jenis PTK as the jabatan)
            "position_type": {"Fungsional": sum(1 for row in _GTK if row[3])},
        },
        findings=((W, "column_missing"),),
        note=("Dapodik's GTK list as a school operator downloads it: four metadata rows (list title, school, kecamatan "
              "/ kabupaten / provinsi, download time and operator; their wording is not in the source, only their "
              "number), the header in row 5 and 51 columns, most of them personal (address, bank, spouse) and left "
              "empty here. Five civil servants (Status Kepegawaian 'PNS', golongan as 'IV/a' under Pangkat Golongan, "
              "NIP filled) beside four school-paid honorary staff ('Guru Honor Sekolah', 'Tenaga Honor Sekolah', no "
              "NIP, no golongan, Sumber Gaji 'Sekolah'): non-ASN, not counted. JK 'L' / 'P'. Jenis PTK (Guru Kelas, "
              "Guru Mapel, Kepala Sekolah, Tenaga Administrasi Sekolah, Penjaga Sekolah) is the school role, not a "
              "jenis jabatan; the download has no education column: an expected warning column_missing. Corrected "
              "after tuning the sixteenth set: the collector expected a second column_missing for the position type, "
              "but the school role names each person's post as a jabatan does, and the five PNS are a kepala sekolah "
              "and guru, who hold the guru's functional post (Permendikbudristek 40/2021 Pasal 2): Fungsional 5. NUPTK "
              "invented, NIK and No. KK left empty; people invented."),
    ),
    Layout(
        id="staff-simrs-khanza-penggajian-pegawai-jk-pria-wanita-stts-aktif",
        dataset="staff",
        agency=("A kabupaten RSUD keeping its staff in the SIMRS Khanza payroll module (the hospital invented: the "
                "module is shared by many hospitals) — RSUD, hospital information system page (synthetic people)"),
        source=("public GitHub copy of SIMRS Khanza's web payroll module ('penggajian'), the page 'Pencarian Data "
                "Pegawai' (search index file id 9393868066): Proses | NIK | Nama | J.K. | Jabatan | Kode Jenjang | "
                "Departemen | Bagian | Status | Status Karyawan | NPWP | Pendidikan | Tmp.Lahir | Tgl.Lahir | Alamat | "
                "Kota | Mulai Kerja | Kode Ms Kerja | Kode Index | BPD | Rekening | Stts Aktif | Wajib Masuk | Mulai "
                "Kontrak, the Proses cell '[edit] [hapus]', ' Data : n| Laporan |' under the table; J.K. 'Pria' / "
                "'Wanita' from the input form (index file id 2133797290)"),
        year=2024,
        sheets={"Pegawai": _khanza_rows()},
        expected={
            "gender": {"Laki-laki": sum(row[2] == "Pria" for row in _khanza_counted()),
                       "Perempuan": sum(row[2] == "Wanita" for row in _khanza_counted())},
            "education": counts([row[9] for row in _khanza_counted()]),
            # every counted jabatan ends in its jenjang fungsional (Ahli Madya, Ahli Muda, Terampil)
            "position_type": {"Fungsional": len(_khanza_counted())},
        },
        findings=((W, "column_missing"),),
        note=("The payroll module's search page as a browser copy pastes it: the page title, the links and the "
              "keyword form above the header, the action cell '[edit] [hapus]' first on every row, the count line "
              "below. 'NIK' is the hospital's employee number: an 18-digit NIP for the civil servants, a BLUD number "
              "for the others. J.K. 'Pria' / 'Wanita'; 'Status' is the tax status (K/1, TK/0), 'Status Karyawan' the "
              "employment code (PNS, P3K for PPPK, KTR for a BLUD contract, HON honorary): the KTR and HON rows are "
              "non-ASN and not counted; 'Stts Aktif' KELUAR marks a civil servant who left and is not counted either "
              "(five counted). No golongan column: an expected warning column_missing. No jenis jabatan column either "
              "(Kode Jenjang is an allowance grade), but each counted Jabatan ends in its jenjang fungsional ('Perawat "
              "Ahli Muda', 'Pranata Laboratorium Kesehatan Terampil'): fungsional, all five. Wajib Masuk is a count "
              "of working days; '0000-00-00' is MySQL's empty date. People, numbers and codes invented."),
    ),
    Layout(
        id="staff-kelurahan-data-pegawai-pangkat-golongan-grup-email-telepon",
        dataset="staff",
        agency=("Kelurahan Gunung Samarinda Baru, Kota Balikpapan, its staff page copied into Excel — kelurahan "
                "(synthetic people)"),
        source=("public GitHub Laravel view of the kelurahan's application (search index file id 22864296844): panel "
                "'Selamat Datang di Data Pegawai' with a 'Tambah Pegawai' button, No. | Nama | Email | Jabatan | NIP | "
                "Pangkat/Golongan | No Telepon | Action ('Delete'), footer 'Data Pegawai Kelurahan Gunung Samarinda "
                "Baru Kota Balikpapan'; Pangkat/Golongan filled from the form's drop-down, whose values are 'Juru "
                "Muda/Golongan I' … 'Pengatur Muda/Golongan II' … 'Juru Muda/Golongan III'"),
        year=2024,
        sheets={"Data Pegawai": [
            ["Selamat Datang di Data Pegawai", None, None, None, None, None, None, "Tambah Pegawai"],
            ["No.", "Nama", "Email", "Jabatan", "NIP", "Pangkat/Golongan", "No Telepon", "Action"],
            *[[i, name, f"pegawai{i}@gunungsamarindabaru.contoh.id", jabatan,
               nip(150 + i, female=female, birth=birth, appointed=tmt), gol, f"0812000000{i:02d}", "Delete"]
              for i, (name, female, birth, tmt, jabatan, gol) in enumerate(_KELURAHAN, start=1)],
            ["Data Pegawai Kelurahan Gunung Samarinda Baru Kota Balikpapan"],
        ]},
        expected={
            "golongan": counts([_group(row[5]) for row in _KELURAHAN]),
            "gender": {"Laki-laki": sum(not row[1] for row in _KELURAHAN),
                       "Perempuan": sum(row[1] for row in _KELURAHAN)},
            # Lurah, Sekretaris Kelurahan and the two Kasi are structural posts; the three others pelaksana
            "position_type": {"Struktural": 4, "Pelaksana": 3},
        },
        findings=((W, "column_missing"),),
        note=("A small kelurahan's staff page: e-mail and telephone beside the NIP (synthetic), the action button as "
              "text, the panel's title row above and its footer line below. The Pangkat/Golongan values are what the "
              "application's drop-down offers: a pangkat name and a golongan group, and the pangkat names are wrong "
              "for groups II and III ('Juru Muda/Golongan III' is the only choice for a group III officer, though "
              "Juru Muda is I/a): the group is the value's last word, the ruang is not given, so the golongan is "
              "counted by group (III, II, I). Sex only in the NIP; no education column: an expected warning "
              "column_missing. No jenis jabatan column either, but each Jabatan tells its kind (Lurah, Sekretaris "
              "Kelurahan and Kasi are structural posts; Pengadministrasi Umum, Pengelola Data Kependudukan and "
              "Pengemudi pelaksana names of PermenPANRB 41/2018). People invented."),
    ),
]

INDICATORS: list[Layout] = [
    Layout(
        id="ind-kpu-kaltim-lkj-2020-ringkasan-kegiatan-sasaran-satuan-lap",
        dataset="indicators",
        agency=("Sekretariat Komisi Pemilihan Umum Provinsi Kalimantan Timur, LKj 2020 — KPU provincial secretariat "
                "(a lembaga's vertical unit)"),
        source=("https://id.scribd.com/document/623083319/Lkj-2020-Kaltim-Sekretariat — 'LAPORAN KINERJA (LKj) "
                "SEKRETARIAT KPU PROVINSI KALIMANTAN TIMUR' 2020, Ringkasan Eksekutif, the table of sasaran and "
                "Indikator Kinerja Utama with Kinerja › Target, Realisasi, Capaian, Kategori (the first five rows: "
                "kegiatan 3355 and the first indicator of kegiatan 3356)"),
        year=2020,
        sheets={"Ringkasan": _KPU_ROWS},
        merged={"Ringkasan": _KPU_MERGES},
        expected=[_ind(name.rstrip(".")[:60], float(target.split()[0].rstrip("%")), float(real.split()[0].rstrip("%")))
                  for _, _, name, target, real, _, _ in _KPU],
        note=("A vertical KPU unit's summary table, rebuilt from the document's text layer: the IKU column beside a "
              "'Kinerja' band over Target | Realisasi | Capaian | Kategori, a row per KEGIATAN (its number and name) "
              "and a row per sasaran spanning the table above their indicators, targets and realisations written "
              "with their unit ('80%', '2 Lap', '11 Lap'), the category word 'Berhasil'. The page's text ends at the "
              "second indicator of kegiatan 3356 (cut after its sasaran): the first five indicators are kept. The "
              "figures are as printed and agree (capaian 100% each)."),
    ),
    Layout(
        id="ind-lan-sasaran-strategis-lima-tahun-bertumpuk-renstra-pk",
        dataset="indicators",
        agency=("Lembaga Administrasi Negara (LAN), its strategic targets as its performance application shows them "
                "(level JPT Utama) — lembaga (LPNK), application page (values synthetic)"),
        source=("public GitHub Next.js page 'Sasaran Strategis (SS)' of a LAN performance application (search index "
                "file id 53282489195): No | Sasaran Strategis | Indikator Kinerja Sasaran Strategis | Target "
                "Indikator Renstra | Target Kinerja Perjanjian Kinerja | Capaian Kinerja | Persentase Capaian Kinerja "
                "| Aksi, each value cell a box of five lines (2025 … 2029, the year and its value), the headers "
                "written on two lines"),
        year=2025,
        sheets={"SS": _lan_rows()},
        expected=[_ind(name, pk[0], capaian, "ordinal") if isinstance(capaian, str) else _ind(name, float(pk[0]),
                                                                                              capaian)
                  for _, name, _, pk, capaian in _LAN],
        note=("A five-year page copied into Excel: each of the four value columns holds, in one cell, a line per "
              "year 2025 … 2029 with the year and its value ('2025 79'); the Renstra target and the Perjanjian "
              "Kinerja target side by side (the year's measure is against the PK target: 79 for the IPASN, not the "
              "Renstra's 80); capaian and percentage filled for 2025 only ('-' for the later years), the percentage "
              "with a decimal point. Nilai SAKIP in grades (target 'BB' in the PK, 'A' in the Renstra; capaian "
              "'BB'): ordinal. The headers break over two lines inside their cells; the Aksi column holds only "
              "icons. Indicator names as the source; values invented."),
    ),
    Layout(
        id="ind-pdam-bppspam-kondisi-nilai-bobot-tanpa-target-sdm-konstan",
        dataset="indicators",
        agency=("A PDAM (BUMD air minum) assessed in its owner pemda's BUMD monitoring application, 'Monitoring & "
                "Evaluasi Kinerja PDAM' (the PDAM is not named in the code) — BUMD (values synthetic)"),
        source=("public GitHub Laravel view 'Monitoring & Evaluasi Kinerja PDAM' (search index file id 38955115148): "
                "Aspek | Kondisi | Nilai | Bobot; A. KEUANGAN (1. Rentabilitas: a. Roe, b. Rasio Operasi; 2. "
                "Likuiditas: a. Rasio Kas, b. Efektifitas Penagihan; 3. Solvabilitas), B. Pelayanan (5 indicators), C. "
                "Operasi (5), D. SDM (3, printed as the constants 0.97 | 2 | 0.11), a 'Bobot Kinerja - Aspek …' row "
                "after each aspect, Jumlah Bobot and Kategori 'Sehat'; the kondisi written '{{x}} %'"),
        year=2024,
        sheets={"Penilaian": _PDAM_ROWS},
        merged={"Penilaian": _PDAM_MERGES},
        expected=[*[_ind(_bare(name), None, kondisi, polarity) for _, _, name, kondisi, _, _, _, polarity in _PDAM],
                  *[_ind(_bare(name), None, 0.97, "negative" if name.startswith("1.") else "positive")
                    for name in _PDAM_SDM]],
        findings=((W, "field_empty"), (W, "polarity_inferred"), (W, "polarity_inferred"), (W, "polarity_inferred")),
        note=("The BPPSPAM health assessment of a water utility (BUMD), not a LAKIP table: the realised value of each "
              "indicator is its Kondisi (text with ' %' for most), Nilai the 1-5 score and Bobot the weighted score; "
              "there is no target (an expected warning field_empty). Aspect rows (A. KEUANGAN …) and sub-aspect rows "
              "(1. Rentabilitas, 2. Likuiditas) span the table; '3. Solvabilitas' is bold like them but carries "
              "values (an indicator); the 'Bobot Kinerja - Aspek …' rows, Jumlah Bobot and Kategori are totals. "
              "Lower is better for Rasio Operasi (cost over revenue), Tingkat Kehilangan Air (non-revenue water) and "
              "the staff per 1000 customers: three expected warnings polarity_inferred. A published mistake of the "
              "application: the three SDM rows, their aspect weight and Jumlah Bobot print the same constants (0.97, "
              "2, 0.11) whatever the data; kept as printed (realisation 0.97 each). Names keep the page's indent "
              "('\u00a0 a. Roe'). Values invented."),
    ),
]

BUDGET: list[Layout] = [
    Layout(
        id="budget-kelurahan-transparansi-adk-sel-pagu-realisasi-bertumpuk",
        dataset="budget",
        agency=("A kelurahan's Alokasi Dana Kelurahan activities on its portal's transparency page (the kelurahan is "
                "not named in the file) — kelurahan, portal admin page copied into Excel (figures synthetic)"),
        source=("public GitHub Vue page 'Manajemen Transparansi Anggaran & Kegiatan' of a kelurahan portal (search index "
                "file id 71289773223): four cards (Pagu Rencana, Realisasi Terserap with '% dari total pagu', Sisa "
                "Pagu, Status Kegiatan), filters Tahun and Kategori, then Program & Kegiatan | Kategori & Sumber | "
                "Rencana vs Realisasi | Penerima Manfaat | Fisik & Status | Publik | Aksi, the budget cell stacking "
                "'Pagu:' amount, 'Realisasi:' amount, the percentage and 'Sisa:' amount; sumber dana 'Alokasi Dana "
                "Kelurahan (ADK)'"),
        year=2025,
        sheets={"Transparansi": _adk_rows()},
        expected=[_b("program", kegiatan, pagu, real) for _, kegiatan, _, _, _, pagu, real, *_ in _ADK],
        note=("An admin page, not a report: summary cards above, then one row per activity whose cells each stack "
              "several fields on separate lines (year, program, activity and location in the first; category, "
              "source of funds and person responsible in the second; 'Pagu:', the amount, 'Realisasi:', the amount, "
              "the percentage and 'Sisa: Rp …' in the third), amounts as 'Rp 185.000.000' text. The activities are "
              "the table's only budget level (the program is a label inside their cell): read as top-level rows, "
              "named by the activity; the cards are their totals. Penerima manfaat and physical progress are not "
              "money. Amounts invented, consistent."),
    ),
    Layout(
        id="budget-simrs-medifirst-realisasi-rba-blud-saldo-awal-rincian",
        dataset="budget",
        agency=("A kabupaten RSUD (BLUD) whose SIMRS (Medifirst) keeps its RBA, the 'Realisasi RBA' grid exported to "
                "Excel (the hospital is not named in the code) — RSUD BLUD, SIMRS export (figures synthetic)"),
        source=("public GitHub AngularJS controller RealisasiRBACtrl of a Medifirst SIMRS (search index file id "
                "1249252108): a Kendo grid with toolbar 'excel' (file name 'Realisasi RBA', all pages), columns No | "
                "Kode (hidden) | Kode Rekening | Mata Anggaran | Volume | Satuan | Harga Satuan | Saldo Awal BLUD | "
                "Realisasi | Sisa Anggaran, sorted by kode rekening, the account rows with their code and the RBA "
                "detail lines without one"),
        year=2024,
        sheets={"Sheet1": _rba_rows()},
        expected=[_b("program", name, sum(v * h for _, v, _, h in details), real)
                  for _, name, real, details in _RBA],
        note=("The grid's Excel export: one header row, the hidden code column left out, raw numbers (the page's "
              "'Rp.' formatting is a template the export does not apply). The budget column is headed 'Saldo Awal "
              "BLUD' (the RBA amount); each account (kode rekening of Permendagri 90, six segments) is followed by "
              "its RBA detail lines, which have no code, a volume, a unit and a unit price, and whose Saldo Awal BLUD "
              "is volume × price; realisation is booked on the account rows only. The accounts are the budget rows, "
              "read as top-level rows; the detail lines are their breakdown, not budget rows. Numbered continuously "
              "over both kinds of row. Amounts invented, consistent."),
    ),
    Layout(
        id="budget-bakesbangpol-lpj-hibah-per-bidang-rp-teks",
        dataset="budget",
        agency=("Badan Kesatuan Bangsa dan Politik Kota Bandung, its annual accountability report on regional grants "
                "to community organisations, by bidang — kota badan (figures synthetic)"),
        source=("public GitHub Next.js page of the Bakesbangpol's grant archive system ('Sistem Informasi "
                "Pengarsipan Hibah', search index file id 59881289844): the report viewer's kop 'Pemerintah Kota · "
                "Badan Kesatuan Bangsa dan Politik', 'LAPORAN PERTANGGUNGJAWABAN REALISASI DANA HIBAH DAERAH' and the "
                "address, a metadata bar (Periode Laporan, Format Berkas, Status Berkas, Tanggal Sah), 'I. Ringkasan "
                "Eksekutif', 'II. Rekapitulasi Realisasi Penyerapan Anggaran Per Bidang': Bidang Evaluator | Pagu "
                "Alokasi | Realisasi (SP2D) | Capaian, 'III. Catatan Kepatuhan & Verifikasi SPJ', the electronic "
                "signature block"),
        year=2025,
        sheets={"LPJ Hibah": _hibah_rows()},
        expected=[_b("program", bidang, pagu, real) for bidang, pagu, real in _HIBAH],
        note=("A report page saved to Excel: a kop of three lines, a metadata bar of label | value pairs above the "
              "numbered sections, a paragraph between the title rows and the table, the table of four bidang with "
              "'Rp 2.150.000.000' text amounts and the capaian with one decimal and a decimal point ('97.5%'), then a "
              "compliance paragraph and the signature block (NIP synthetic). The bidang are the only level: read as top-level rows. No total row. Amounts invented, "
              "consistent."),
    ),
]

ASSETS: list[Layout] = [
    Layout(
        id="assets-lapas-jombang-dbr-nup-tanda-x-b-rr-rb",
        dataset="assets",
        agency=("Lembaga Pemasyarakatan Kelas IIB Jombang (Kementerian Hukum dan HAM, Kanwil Jawa Timur), a room's "
                "Daftar Barang Ruangan — kementerian UPT, BMN room list (items synthetic)"),
        source=("public GitHub Blade view 'Daftar Barang Ruangan (DBR)' of the Lapas's asset application (search index "
                "file id 59779254034): the ministry, kanwil and Lapas lines, 'DAFTAR BARANG RUANGAN (DBR)', an info "
                "block (Unit Kerja, Kode Unit Kerja, Tahun Anggaran | Nama Ruangan, Kode Ruangan, Petugas Ruangan), "
                "NO | NAMA BARANG | MERK / TYPE | KODE BARANG | NUP | THN PEROL. | B | RR | RB | KETERANGAN with an "
                "'X' under the item's condition, 'Pinjam: <name>' in KETERANGAN for a lent item, the condition legend "
                "and two signature blocks"),
        year=2025,
        sheets={"DBR": _dbr_rows()},
        expected=_dbr_expected(),
        note=("The central government's room list (DBR, for BMN) as a Lapas's application prints it: one row per "
              "registered item (kode barang and NUP), not per lot, so an item with three NUPs takes three rows; the "
              "condition is an 'X' in one of three columns B | RR | RB rather than a count or a letter. The items "
              "are counted per name: good = the X under B, damaged = RR + RB. KETERANGAN names a borrower; the "
              "legend line under the table and the signature blocks (the head of general affairs' name and NIP left "
              "as dots, as printed) are not items. Items and names invented; the unit code is the source's "
              "example."),
    ),
]

CASES: list[Layout] = [*STAFF, *INDICATORS, *BUDGET, *ASSETS]
