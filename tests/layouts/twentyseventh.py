"""The twenty-seventh held-out set: real staff layouts collected blind, to measure the integrated kit on layouts nobody
tuned for (README.md records the cases; the lead measures them). Another collector took indicators and budget (a
twenty-eighth set) at the same time; the twenty-fourth to twenty-sixth sets were made earlier in the same session.

Kinds the corpus had none of:

- a Kejaksaan Tinggi (Kejaksaan Tinggi Kepulauan Riau) and its monthly attendance workbook, uploaded to its attendance
  dashboard: one sheet per bidang (PEMBINAAN, INTELIJEN, PIDUM, PIDSUS …) and a GABUNGAN sheet that lists everyone
  again, each sheet No | Nama | NIP | Satker | Golongan | Eselon | '01' … '31' (the days as text, one attendance code
  per day), the people's rows followed directly by summary rows 'JUMLAH WFO', 'JUMLAH DINAS LUAR' … holding counts per
  day. The corpus had kejaksaan only as a published Kejari table and no multi-sheet workbook whose last sheet repeats
  the others: each person stands twice in the file;
- a regional TPP (tambahan penghasilan pegawai) payment list, Lampiran V of Peraturan Bupati Deli Serdang Nomor 04
  Tahun 2019, as the Dinas Kesehatan's TPP application prints it: six lines of the regulation's heading, a three-line
  title, 'BULAN: JANUARI 2023', a two-row header (JUMLAH TPP over six columns, POTONGAN over two), a column-number
  row holding formulas as text ('12=(8+11)-(9+10)', '15=(13+14)', '16=(12-15)', '18=(16-17)'), 'NAMA / NIP' and
  'JABATAN NPWP' each one cell of two lines, KELAS JABATAN, a JUMLAH row merged over the first seven columns and a
  signature block. The corpus had a kementerian's tunjangan kinerja list, no pemda TPP list;
- a pemda's ASN list exported with SIASN field names in snake_case (Laravel 'PegawaiExport', 47 columns from 'nip' to
  'jenis_data'), PNS and PPPK stacked in one sheet (UNION ALL), 'jenis_data' telling them apart, PNS 'gol_akhir' as
  'IV/a' and PPPK 'gol_akhir' as the single grade 'IX', 'kedudukan_hukum' empty for every PNS (the export selects NULL)
  and 'eselon', 'nomor_sk_pns', 'tmt_pns' empty for every PPPK, a 'kategori' (Tenaga Medis, Tenaga Kesehatan, Tenaga
  Pendidik, Tenaga Kependidikan, Tenaga Teknis). The corpus's SIASN lists were PNS only, with upper-case headers;
- a THR list for PPPK paruh waktu (part-time PPPK, appointed from late 2025) by SKPD and sub kegiatan: a group row 'SKPD:
  …' merged across, a row 'Sub Kegiatan: …' merged from B, people numbered from 1 again under each sub kegiatan, NIP
  written with a leading apostrophe as text ("'1995…"), a 'SUBTOTAL SUB KEGIATAN' row and a spacer after each sub
  kegiatan, 'TOTAL SKPD: …' and two spacers after each SKPD, a 'TOTAL KESELURUHAN MARET' row; no status column (the
  title says all are PPPK paruh waktu). The corpus had PPPK paruh waktu only in a payroll recap by SKPD.

All four are export or print layouts found in public code (cited in each case), filled with invented figures and
synthetic people (tests/workbooks.py nip; no real name or NIP: the TPP print's signature block names real officials,
replaced here). Expectations are what each table says, never what the kit reads: none of the cases was run through the
kit. Searched and not found: published staff tables (corpus `pages`) by age band, by unit and golongan with subtotals,
of PPPK by jabatan and of RSUD or puskesmas staff by status, in LKjIP, Renstra, profil and BPS 'dalam angka' pages
(queries on 'jumlah pegawai menurut kelompok umur', 'komposisi pegawai berdasarkan golongan per bidang', 'jumlah PPPK
menurut jabatan', 'keadaan pegawai puskesmas menurut jenis tenaga', 'jumlah pegawai RSUD menurut status kepegawaian'):
they returned news and tag pages, regulation texts, tables of contents, a PPPK formation table (formasi, not staff:
LAMPIRAN PMK 212/PMK.07/2022; Kabupaten Bima's PPPK 2023 announcement), BKN's national ASN statistics quoted in prose
with rounded figures ('334,07 ribu' guru PPPK, databoks) and tables the corpus already holds (Kecamatan Payakumbuh
Selatan's data terpilah, BKPSDMD Merangin's jabatan fungsional recap). No BKN 'Buku Statistik ASN' table, no e-Kinerja
or SAPK export with a staff column layout was found (the e-Kinerja searches returned SKP forms of one person).
"""

from __future__ import annotations

from layouts.case import W, Layout
from workbooks import nip

# ---------------------------------------------------------------- Kejati Kepri: monthly attendance, sheet per bidang

_SATKER = "Kejaksaan Tinggi Kepulauan Riau"
#: bidang (sheet) → (serial, name, female, birth, TMT CPNS, golongan, eselon); people invented
_KEJATI = {
    "PEMBINAAN": [
        (1, "HENDRA GUNAWAN, S.H., M.H.", False, "19750312", "200003", "IV/b", "III.a"),
        (2, "SRI WAHYUNI, S.E.", True, "19830524", "200812", "III/d", "IV.a"),
        (3, "M. RIZAL EFENDI", False, "19900211", "201403", "II/c", "-"),
        (4, "NUR AINI, A.Md.", True, "19950708", "201903", "II/c", "-"),
    ],
    "INTELIJEN": [
        (5, "ANDI SAPUTRA, S.H., M.H.", False, "19780907", "200212", "IV/a", "III.a"),
        (6, "DEWI KARTIKA, S.H.", True, "19870115", "201012", "III/c", "IV.a"),
        (7, "YOGA PRATAMA, S.H.", False, "19940320", "201903", "III/a", "-"),
    ],
    "PIDUM": [
        (8, "BUDI HARTONO, S.H., M.H.", False, "19761103", "200112", "IV/b", "III.a"),
        (9, "RATNA SARI, S.H.", True, "19850619", "200912", "III/d", "IV.a"),
        (10, "FAJAR RAMADHAN, S.H.", False, "19920402", "201703", "III/b", "-"),
        (11, "LESTARI HANDAYANI, S.H.", True, "19931228", "201803", "III/b", "-"),
    ],
    "PIDSUS": [
        (12, "ARIF WIBOWO, S.H., M.H.", False, "19771021", "200203", "IV/a", "III.a"),
        (13, "IRMA SURYANI, S.H.", True, "19880830", "201203", "III/c", "IV.a"),
        (14, "DANI KURNIAWAN", False, "19960514", "202003", "II/a", "-"),
    ],
}
#: December 2025: weekends and the two holidays (25 Natal, 26 cuti bersama) have no code
_HOLIDAYS = {6, 7, 13, 14, 20, 21, 25, 26, 27, 28}
_DAYS = 31
#: summary row label → the day code it counts (only 'WFO' is named as a code in the source; the others are written as
#: the summary rows name them)
_SUMMARY = [("JUMLAH WFO", "WFO"), ("JUMLAH DINAS LUAR", "DINAS LUAR"), ("JUMLAH UNDANGAN", "UNDANGAN"),
            ("JUMLAH SAKIT", "SAKIT"), ("JUMLAH IJIN", "IJIN"), ("JUMLAH CUTI", "CUTI"),
            ("JUMLAH TIDAK ABSEN", "TIDAK ABSEN")]
#: (serial, day) → a code other than WFO; invented
_EXCEPTIONS = {(1, 3): "DINAS LUAR", (1, 4): "DINAS LUAR", (2, 10): "UNDANGAN", (3, 15): "SAKIT", (3, 16): "SAKIT",
               (5, 8): "DINAS LUAR", (5, 9): "DINAS LUAR", (5, 10): "DINAS LUAR", (6, 22): "CUTI", (6, 23): "CUTI",
               (6, 24): "CUTI", (7, 30): "TIDAK ABSEN", (8, 2): "UNDANGAN", (9, 17): "IJIN", (10, 11): "DINAS LUAR",
               (11, 29): "CUTI", (11, 30): "CUTI", (11, 31): "CUTI", (12, 1): "DINAS LUAR", (13, 18): "SAKIT",
               (14, 5): "TIDAK ABSEN"}


def _code(serial: int, day: int) -> str | None:
    if day in _HOLIDAYS:
        return None
    return _EXCEPTIONS.get((serial, day), "WFO")


def _absensi_sheet(people: list[tuple]) -> list[list]:
    rows: list[list] = [["No", "Nama", "NIP", "Satker", "Golongan", "Eselon", *[f"{d:02d}" for d in range(1, _DAYS + 1)]]]
    for no, (serial, name, female, birth, appointed, gol, eselon) in enumerate(people, start=1):
        rows.append([no, name, nip(serial, female=female, birth=birth, appointed=appointed), _SATKER, gol, eselon,
                     *[_code(serial, d) for d in range(1, _DAYS + 1)]])
    for label, code in _SUMMARY:
        rows.append([label, None, None, None, None, None,
                     *[sum(1 for p in people if _code(p[0], d) == code) for d in range(1, _DAYS + 1)]])
    return rows


_KEJATI_ALL = [p for people in _KEJATI.values() for p in people]
_KEJATI_SHEETS = {**{bidang: _absensi_sheet(people) for bidang, people in _KEJATI.items()},
                  "GABUNGAN": _absensi_sheet(_KEJATI_ALL)}


def _kejati_golongan() -> dict[str, int]:
    found: dict[str, int] = {}
    for p in _KEJATI_ALL:
        found[p[5]] = found.get(p[5], 0) + 1
    return found


# ---------------------------------------------------------------- Dinkes Deli Serdang: TPP list, Lampiran V

#: kelas jabatan → besaran TPP (Rp); invented
_BESARAN = {14: 9_500_000, 12: 6_000_000, 11: 5_000_000, 9: 3_600_000, 8: 3_200_000, 7: 2_800_000, 6: 2_500_000}
#: (serial, name with titles, female, birth, TMT CPNS, gol, jabatan, kelas, total persentase, pot. bulan lalu,
#: pot. hukuman disiplin); people invented
_TPP = [
    (21, "dr. HARUN AL RASYID, M.Kes.", False, "19700419", "199803", "IV/c", "Kepala Dinas Kesehatan", 14, 100.0, 0, 0),
    (22, "dr. MARIANA SIREGAR, M.K.M.", True, "19780210", "200503", "IV/b", "Sekretaris", 12, 97.5, 0, 0),
    (23, "ZULKARNAIN NASUTION, S.K.M.", False, "19800623", "200604", "IV/a", "Kepala Bidang Pencegahan dan "
     "Pengendalian Penyakit", 11, 95.0, 0, 0),
    (24, "ROSMAWATI, S.K.M.", True, "19830915", "200901", "III/d", "Kepala Seksi Surveilans dan Imunisasi", 9, 100.0,
     0, 0),
    (25, "HENDRI SIMANJUNTAK, S.E.", False, "19850302", "201001", "III/c", "Kepala Sub Bagian Keuangan", 9, 92.5,
     150_000, 0),
    (26, "NURHAYATI LUBIS, A.Md.Keb.", True, "19880711", "201104", "III/b", "Epidemiolog Kesehatan Terampil", 7, 97.5,
     0, 0),
    (27, "FITRIANI, S.Kom.", True, "19920128", "201903", "III/a", "Pranata Komputer Ahli Pertama", 8, 100.0, 0, 0),
    (28, "SUPARMAN", False, "19760504", "200701", "II/d", "Pengadministrasi Perkantoran", 6, 90.0, 0, 125_000),
]
_PPH = {"IV": 0.15, "III": 0.05, "II": 0.0}


def _tpp_amounts(row: tuple) -> list[int]:
    """Columns 6 … 18 of one person (besaran, %, jumlah, pot. bulan lalu, pot. hukdis, subsidi pemkab 4 %, kotor,
    subsidi BPJS 4 %, pot. kewajiban 1 %, jumlah potongan, bersih, PPh 21, diterima), as the numbering row says."""
    gol, kelas, pct, lalu, hukdis = row[5], row[7], row[8], row[9], row[10]
    besaran = _BESARAN[kelas]
    jumlah = round(besaran * pct / 100)
    subsidi = round(jumlah * 0.04)
    kotor = (jumlah + subsidi) - (lalu + hukdis)
    kewajiban = round(jumlah * 0.01)
    potongan = subsidi + kewajiban
    bersih = kotor - potongan
    pph = round(jumlah * _PPH[gol.split("/")[0]])
    return [besaran, pct, jumlah, lalu, hukdis, subsidi, kotor, subsidi, kewajiban, potongan, bersih, pph, bersih - pph]


def _tpp_rows() -> list[list]:
    width = 19
    heading = ["LAMPIRAN V", "PERATURAN BUPATI DELI SERDANG", "NOMOR 04 TAHUN 2019", "TENTANG",
               "TAMBAHAN PENGHASILAN PEGAWAI NEGERI SIPIL DAERAH", "KABUPATEN DELI SERDANG",
               "REKAPITULASI PERSENTASE PENILAIAN ASPEK PERILAKU KERJA DAN ASPEK PRESTASI KERJA PNSD",
               "DINAS KESEHATAN KABUPATEN DELI SERDANG", "DINAS KESEHATAN", "BULAN: JANUARI 2023"]
    rows: list[list] = [[text, *[None] * (width - 1)] for text in heading]
    rows.append([
        "NO", "NAMA / NIP", "GOL", "JABATAN NPWP", "KELAS JABATAN", "JUMLAH TPP", None, None, None, None, None,
        "JUMLAH TPP KOTOR", "POTONGAN", None, "JUMLAH POTONGAN", "JUMLAH BERSIH", "PPH Pasal 21",
        "JUMLAH TPP YANG DITERIMA", "TANDATANGAN"])
    rows.append([None] * 5 + ["BESARAN TPP (Rp)", "TOTAL PERSENTASE PENILAIAN (%)", "JUMLAH TPP", "POT. BULAN LALU",
                              "POT. HUKUMAN DISIPLIN", "SUBSIDI PEMKAB BPJS 4%", None, "SUBSIDI BPJS 4%",
                              "POT KEWAJIBAN BPJS 1%", None, None, None, None, None])
    rows.append(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12=(8+11)-(9+10)", "13", "14", "15=(13+14)",
                 "16=(12-15)", "17", "18=(16-17)", "19"])
    totals = [0] * 11
    for no, row in enumerate(_TPP, start=1):
        serial, name, female, birth, appointed, gol, jabatan, kelas = row[:8]
        npwp = f"{serial:02d}.{serial * 7 % 1000:03d}.{serial * 13 % 1000:03d}.0-125.000"
        amounts = _tpp_amounts(row)
        totals = [t + a for t, a in zip(totals, amounts[2:])]
        rows.append([no, f"{name}\nNIP. {nip(serial, female=female, birth=birth, appointed=appointed)}", gol,
                     f"{jabatan}\n{npwp}", kelas, *amounts, None])
    rows.append(["JUMLAH", *[None] * 6, *totals, None])
    rows.append([None] * width)
    rows.append(["Mengetahui,", *[None] * 12, "Lubuk Pakam", *[None] * 5])
    rows.append(["Sekretaris Dinas Kesehatan", *[None] * 12, "Bendahara Pengeluaran", *[None] * 5])
    rows.append(["Kabupaten Deli Serdang", *[None] * 12, "Dinas Kesehatan Kabupaten Deli Serdang", *[None] * 5])
    rows.append([None] * width)
    rows.append(["dr. MARIANA SIREGAR, M.K.M.", *[None] * 12, "YUSNIDAR HARAHAP, S.E.", *[None] * 5])
    rows.append([f"NIP. {nip(22, female=True, birth='19780210', appointed='200503')}", *[None] * 12,
                 f"NIP. {nip(29, female=True, birth='19870816', appointed='201104')}", *[None] * 5])
    return rows


_TPP_ROWS = _tpp_rows()
_TPP_FIRST, _TPP_LAST = 14, 13 + len(_TPP)
_TPP_TOTAL = _TPP_LAST + 1


def _tpp_golongan() -> dict[str, int]:
    found: dict[str, int] = {}
    for row in _TPP:
        found[row[5]] = found.get(row[5], 0) + 1
    return found


# ---------------------------------------------------------------- a pemda's PNS + PPPK list, SIASN snake_case

_SIASN_HEAD = [
    "nip", "nama", "gelar_depan", "gelar_belakang", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "golongan_darah",
    "agama", "status_perkawinan", "nik", "nomor_hp", "email", "alamat", "npwp", "bpjs", "jenis", "jenis_pegawai",
    "kedudukan_hukum", "status_cpns_pns", "kartu_asn_virtual", "nomor_sk_cpns", "tmt_cpns", "nomor_sk_pns", "tmt_pns",
    "gol_awal", "gol_akhir", "tmt_golongan", "mk_tahun", "mk_bulan", "jenis_jabatan", "eselon", "jabatan", "kategori",
    "rumpun_jabatan", "tmt_jabatan", "riwayat_pelatihan", "tingkat_pendidikan", "pendidikan", "tahun_lulus", "unor",
    "instansi_induk", "instansi_kerja", "satuan_kerja_induk", "satuan_kerja_kerja", "is_valid_nik", "jenis_data"]
_INDUK = "Pemerintah Kab. Sukamaju"
#: (serial, pppk, nama, gelar depan, gelar belakang, female, birth, TMT (PNS: YYYYMM, PPPK: YYYY), gol awal, gol akhir,
#: jenis jabatan, eselon, jabatan, kategori, rumpun, tingkat pendidikan, pendidikan, lulus, unor); invented
_ASN = [
    (31, False, "RINA MARLINA", "dr.", None, True, "19820214", "200912", "III/b", "IV/a", "Fungsional", None,
     "Dokter Ahli Madya", "Tenaga Medis", "Kesehatan", "S-1/Sarjana", "S-1 Pendidikan Dokter", "2007", "RSUD Sukamaju"),
    (32, False, "SUHENDRA", None, "S.K.M., M.Kes.", False, "19750803", "200003", "III/a", "IV/b", "Struktural",
     "III.b", "Kepala Bidang Pelayanan Kesehatan", "Tenaga Teknis", "Manajemen", "S-2", "S-2 Ilmu Kesehatan Masyarakat",
     "2012", "Dinas Kesehatan"),
    (33, False, "YULIANTI", None, "S.Pd.", True, "19860521", "201001", "III/a", "III/d", "Fungsional", None,
     "Guru Ahli Muda", "Tenaga Pendidik", "Pendidikan", "S-1/Sarjana", "S-1 Pendidikan Matematika", "2008",
     "SMP Negeri 2 Sukamaju"),
    (34, False, "AHMAD FAUZI", None, "A.Md.Kep.", False, "19900917", "201503", "II/c", "III/a", "Fungsional", None,
     "Perawat Mahir", "Tenaga Kesehatan", "Kesehatan", "D-III", "D-III Keperawatan", "2011",
     "UPTD Puskesmas Sukamaju"),
    (35, False, "SITI KHADIJAH", None, None, True, "19780409", "200604", "II/a", "II/d", "Pelaksana", None,
     "Pengadministrasi Perkantoran", "Tenaga Kependidikan", "Administrasi", "SLTA", "SMA IPS", "1996",
     "SD Negeri 3 Sukamaju"),
    (36, False, "RUDI HERMAWAN", None, "S.Tr.Kom.", False, "19940122", "202003", "III/a", "III/b", "Pelaksana", None,
     "Penata Kelola Sistem dan Teknologi Informasi", "Tenaga Teknis", "Teknis", "D-IV", "D-IV Teknik Informatika",
     "2016", "Dinas Kesehatan"),
    (37, True, "NURHASANAH", None, "S.Pd.", True, "19890612", "2022", "IX", "IX", "Fungsional", None,
     "Guru Ahli Pertama", "Tenaga Pendidik", "Pendidikan", "S-1/Sarjana", "S-1 Pendidikan Guru Sekolah Dasar", "2012",
     "SD Negeri 3 Sukamaju"),
    (38, True, "DEDI SUPRIATNA", None, "S.Pd.", False, "19870305", "2022", "IX", "IX", "Fungsional", None,
     "Guru Ahli Pertama", "Tenaga Pendidik", "Pendidikan", "S-1/Sarjana", "S-1 Pendidikan Jasmani", "2010",
     "SMP Negeri 2 Sukamaju"),
    (39, True, "WULAN SARI", None, "A.Md.Keb.", True, "19950818", "2024", "VII", "VII", "Fungsional", None,
     "Bidan Terampil", "Tenaga Kesehatan", "Kesehatan", "D-III", "D-III Kebidanan", "2016", "UPTD Puskesmas Sukamaju"),
    (40, True, "AGUS MULYADI", None, None, False, "19860127", "2024", "V", "V", "Pelaksana", None,
     "Operator Layanan Operasional", "Tenaga Teknis", "Teknis", "SLTA", "SMK Teknik Kendaraan Ringan", "2004",
     "RSUD Sukamaju"),
]


def _asn_rows() -> list[list]:
    rows: list[list] = [list(_SIASN_HEAD)]
    for (serial, pppk, nama, depan, belakang, female, birth, tmt, gol_awal, gol_akhir, jenis_jabatan, eselon, jabatan,
         kategori, rumpun, tingkat, pendidikan, lulus, unor) in _ASN:
        year = tmt[:4]
        tmt_cpns = f"01-{'03' if pppk else tmt[4:]}-{year}"
        row = dict.fromkeys(_SIASN_HEAD)
        row.update({
            "nip": nip(serial, female=female, birth=birth, appointed=tmt, pppk=pppk), "nama": nama,
            "gelar_depan": depan, "gelar_belakang": belakang, "tempat_lahir": "Sukamaju",
            "tanggal_lahir": f"{birth[6:]}-{birth[4:6]}-{birth[:4]}", "jenis_kelamin": "F" if female else "M",
            "agama": "Islam", "status_perkawinan": "Menikah", "jenis": "PPPK" if pppk else "PNS",
            "jenis_pegawai": "PPPK" if pppk else "PNS Daerah", "kedudukan_hukum": "Aktif" if pppk else None,
            "status_cpns_pns": None if pppk else "P", "tmt_cpns": tmt_cpns,
            "tmt_pns": None if pppk else f"01-{tmt[4:]}-{int(year) + 1}", "gol_awal": gol_awal, "gol_akhir": gol_akhir,
            "tmt_golongan": "01-04-2023" if not pppk else tmt_cpns, "mk_tahun": 2025 - int(year), "mk_bulan": 0,
            "jenis_jabatan": jenis_jabatan, "eselon": eselon, "jabatan": jabatan, "kategori": kategori,
            "rumpun_jabatan": rumpun, "tmt_jabatan": "02-01-2024", "tingkat_pendidikan": tingkat,
            "pendidikan": pendidikan, "tahun_lulus": lulus, "unor": unor, "instansi_induk": _INDUK,
            "instansi_kerja": _INDUK, "satuan_kerja_induk": unor, "satuan_kerja_kerja": unor,
            "jenis_data": "PPPK" if pppk else "PNS"})
        rows.append([row[h] for h in _SIASN_HEAD])
    return rows


_ASN_ROWS = _asn_rows()
_EDU = {"S-1/Sarjana": "S1", "S-2": "S2", "D-III": "D3", "D-IV": "D4", "SLTA": "SMA"}


def _count(values) -> dict[str, int]:
    found: dict[str, int] = {}
    for v in values:
        found[v] = found.get(v, 0) + 1
    return found


# ---------------------------------------------------------------- THR of PPPK paruh waktu, by SKPD and sub kegiatan

_THR_MONTHS = 6
#: SKPD → sub kegiatan → (serial, name, female, birth, jabatan, gaji pokok basis, masa kerja bulan); invented
_THR = {
    "DINAS PENDIDIKAN DAN KEBUDAYAAN": {
        "Penyediaan Gaji dan Tunjangan ASN": [
            (41, "SITI NURJANAH, S.Pd.", True, "19940317", "Penata Layanan Operasional", 1_800_000, 6),
            (42, "ROHMAT HIDAYAT", False, "19890702", "Operator Layanan Operasional", 1_500_000, 6),
            (43, "EKA PUSPITASARI, A.Md.", True, "19960925", "Pengelola Layanan Operasional", 1_600_000, 6),
        ],
        "Penyediaan Jasa Pelayanan Umum Kantor": [
            (44, "JAJANG SOLIHIN", False, "19850111", "Operator Layanan Operasional", 1_200_000, 6),
            (45, "UJANG KOSASIH", False, "19910604", "Operator Layanan Operasional", 1_200_000, 4),
        ],
    },
    "DINAS KESEHATAN": {
        "Penyediaan Jasa Pelayanan Umum Kantor": [
            (46, "RINI ANGGRAENI, A.Md.", True, "19930829", "Pengelola Layanan Operasional", 1_600_000, 6),
            (47, "ASEP SAEPULOH", False, "19880213", "Operator Layanan Operasional", 1_300_000, 6),
        ],
        "Operasional Pelayanan Puskesmas": [
            (48, "NENG YULIANI, S.Kep.", True, "19970407", "Penata Layanan Operasional", 2_000_000, 6),
        ],
    },
}


def _thr_layout() -> tuple[list[list], list[str], dict[str, str]]:
    """Rows, merged ranges and number formats as ThrExport writes them."""
    blank = [None] * 8
    rows: list[list] = [
        ["DAFTAR PEMBAYARAN TUNJANGAN HARI RAYA (THR) PEGAWAI PPPK PARUH WAKTU", *[None] * 7],
        ["TAHUN 2026 (PEMBAYARAN BULAN MARET)", *[None] * 7],
        [f"DASAR PERHITUNGAN: GAJI POKOK PEBRUARI ({_THR_MONTHS}/12)", *[None] * 7],
        list(blank),
        ["No", "NIP", "Nama", "Jabatan", "Sumber Dana", "Gaji Pokok Basis", "Masa Kerja (Bulan)", "Besaran Maret"],
    ]
    merged = ["A1:H1", "A2:H2", "A3:H3"]
    formats: dict[str, str] = {}
    grand = 0
    for skpd, groups in _THR.items():
        rows.append([f"SKPD: {skpd}", *[None] * 7])
        merged.append(f"A{len(rows)}:H{len(rows)}")
        total_skpd = 0
        for sub, people in groups.items():
            rows.append([None, f"Sub Kegiatan: {sub}", *[None] * 6])
            merged.append(f"B{len(rows)}:H{len(rows)}")
            subtotal = 0
            for no, (serial, name, female, birth, jabatan, gapok, months) in enumerate(people, start=1):
                amount = round(gapok * months / 12)
                subtotal += amount
                rows.append([no, "'" + nip(serial, female=female, birth=birth, appointed="2025", pppk=True), name,
                             jabatan, "APBD", gapok, months, amount])
                formats.update({f"{c}{len(rows)}": "#,##0" for c in "FGH"})
            rows.append([None, "SUBTOTAL SUB KEGIATAN", None, None, None, None, None, subtotal])
            formats[f"H{len(rows)}"] = "#,##0"
            rows.append(list(blank))
            total_skpd += subtotal
        rows.append([f"TOTAL SKPD: {skpd}", *[None] * 6, total_skpd])
        formats[f"H{len(rows)}"] = "#,##0"
        rows += [list(blank), list(blank)]
        grand += total_skpd
    rows.append(["TOTAL KESELURUHAN MARET", *[None] * 6, grand])
    formats[f"H{len(rows)}"] = "#,##0"
    return rows, merged, formats


_THR_ROWS, _THR_MERGED, _THR_FORMATS = _thr_layout()
_THR_PEOPLE = [p for groups in _THR.values() for people in groups.values() for p in people]


CASES: list[Layout] = [
    Layout(
        id="staff-kejati-kepri-absensi-bulanan-sheet-per-bidang-gabungan-golongan-eselon-tanggal-01-31-jumlah-wfo",
        dataset="staff",
        agency=("Kejaksaan Tinggi Kepulauan Riau (Kejaksaan RI), its staff's attendance for December 2025 — Kejaksaan "
                "Tinggi, monthly attendance workbook uploaded to its dashboard (synthetic people)"),
        source=("public GitHub attendance dashboard of Kejati Kepulauan Riau ('absensi-mobile-3' on "
                "kejati-kepulauanriau.kejaksaan.go.id): 'Format Excel Yang Didukung' (search index file id "
                "53565827080: header No | Nama | NIP | Satker | Golongan | Eselon | 01 … 31, the days as text with a "
                "leading zero, rows of people then summary rows 'JUMLAH WFO', 'JUMLAH DINAS LUAR', 'JUMLAH UNDANGAN', "
                "'JUMLAH SAKIT', 'JUMLAH IJIN', 'JUMLAH CUTI', 'JUMLAH TIDAK ABSEN', a GABUNGAN sheet) and 'Panduan "
                "Testing Upload Ulang' (index file id 30503597732: sheets PEMBINAAN, INTELIJEN, PIDUM, PIDSUS, DATUN, "
                "PENGAWASAN, TATA USAHA, KOORDINATOR, PEMULIHAN ASET and GABUNGAN)"),
        year=2025,
        sheets=_KEJATI_SHEETS,
        expected={"golongan": _kejati_golongan()},
        findings=((W, "column_missing"),),
        note=("A monthly attendance workbook of five sheets: PEMBINAAN, INTELIJEN, PIDUM and PIDSUS (four of the nine "
              "bidang the dashboard knows) and GABUNGAN, which lists all fourteen people again, numbered 1 … 14. Each "
              "sheet: one header row No | Nama | NIP | Satker | Golongan | Eselon | '01' … '31' (text), one row per "
              "person with an attendance code per working day ('WFO'; 'DINAS LUAR', 'UNDANGAN', 'SAKIT', 'IJIN', "
              "'CUTI', 'TIDAK ABSEN' written as the summary rows name them, the source shows only 'WFO'), weekends "
              "and the holidays of 25–26 December empty, then directly the seven 'JUMLAH …' rows whose label stands "
              "in the No column and whose day columns count the codes (0 on holidays). Golongan as 'IV/b' … 'II/a'; "
              "Eselon 'III.a' for the asisten, 'IV.a' for the kepala seksi, '-' for the others; Satker the same "
              "for all. The staff are fourteen people: each stands once in a bidang sheet and once in GABUNGAN, so "
              "the golongan counts are of the fourteen, not of twenty-eight rows; the JUMLAH rows are attendance, "
              "not staff. The workbook has no education column: the column_missing warning is what it says (added "
              "after tuning; the collector expected none). People and NIPs invented."),
    ),
    Layout(
        id="staff-dinkes-deli-serdang-tpp-lampiran-v-nama-nip-satu-sel-jabatan-npwp-kelas-jabatan-nomor-kolom-rumus",
        dataset="staff",
        agency=("Dinas Kesehatan Kabupaten Deli Serdang, its civil servants' TPP for January 2023 — kabupaten dinas, "
                "TPP application print pasted into a sheet (synthetic people and amounts)"),
        source=("github Iza2206/tpp_dinkes Frontend/Administrator/views/_print_all_pembayaran.php (commit cad3031, "
                "search index file id 37498826190): 'LAMPIRAN V / PERATURAN BUPATI DELI SERDANG / NOMOR 04 TAHUN 2019 "
                "/ TENTANG / TAMBAHAN PENGHASILAN PEGAWAI NEGERI SIPIL DAERAH / KABUPATEN DELI SERDANG', 'REKAPITULASI "
                "PERSENTASE PENILAIAN ASPEK PERILAKU KERJA DAN ASPEK PRESTASI KERJA PNSD', 'BULAN: JANUARI 2023', NO | "
                "NAMA / NIP | GOL | JABATAN NPWP | KELAS JABATAN | JUMLAH TPP (6) | JUMLAH TPP KOTOR | POTONGAN (2) | "
                "JUMLAH POTONGAN | JUMLAH BERSIH | PPH Pasal 21 | JUMLAH TPP YANG DITERIMA | TANDATANGAN, numbering "
                "row 1 … 19 with '12=(8+11)-(9+10)', '15=(13+14)', '16=(12-15)', '18=(16-17)', JUMLAH colspan 7, "
                "signature block Sekretaris and Bendahara Pengeluaran"),
        year=2023,
        sheets={"TPP": _TPP_ROWS},
        merged={"TPP": [*[f"A{r}:S{r}" for r in range(1, 11)], *[f"{c}11:{c}12" for c in "ABCDELOPQRS"], "F11:K11",
                        "M11:N11", f"A{_TPP_TOTAL}:G{_TPP_TOTAL}"]},
        number_formats={"TPP": {f"{c}{r}": "#,##0" for r in range(_TPP_FIRST, _TPP_TOTAL + 1)
                                for c in ("F", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R")}},
        expected={"golongan": _tpp_golongan()},
        findings=((W, "column_missing"),),
        note=("A pemda's TPP payment list as the dinas's application prints it (pasted into a sheet): the regulation's "
              "six heading lines, a title over three lines and the month, each merged across. Two header rows: "
              "JUMLAH TPP over BESARAN TPP (Rp) | TOTAL PERSENTASE PENILAIAN (%) | JUMLAH TPP | POT. BULAN LALU | "
              "POT. HUKUMAN DISIPLIN | SUBSIDI PEMKAB BPJS 4% and POTONGAN over SUBSIDI BPJS 4% | POT KEWAJIBAN "
              "BPJS 1%, the other columns merged down both; a numbering row whose cells are text formulas. Each "
              "person's name and NIP share one cell on two lines ('… ⏎ NIP. 1970…'), as do jabatan and NPWP; GOL "
              "'IV/c' … 'II/d'; KELAS JABATAN 14 … 6. Amounts follow the numbering row (12 = 8 + 11 − 9 − 10, 15 = "
              "13 + 14, 16 = 12 − 15, 18 = 16 − 17; PPh 21 15 % of JUMLAH TPP for golongan IV, 5 % for III, 0 for "
              "II); one person with a deduction carried from last month, one with a disciplinary deduction. The "
              "JUMLAH row sums columns 8 … 18 (not the besaran or the percentages) and adds up. Eight civil servants "
              "by golongan; the Sekretaris signs twice (as a person in the list and under 'Mengetahui'), the "
              "Bendahara is not in the list. The list has no education column: the column_missing warning is what the "
              "table says (added after tuning; the collector expected none). People, NPWPs and amounts invented (the "
              "print's real signatories replaced)."),
    ),
    Layout(
        id="staff-siasn-pns-pppk-union-snake-case-gol-akhir-ix-jenis-data-kedudukan-hukum-kosong-kategori-tenaga",
        dataset="staff",
        agency=("a kabupaten (not named; 'Pemerintah Kab. Sukamaju' invented), its PNS and PPPK in one list — pemda "
                "ASN application, Excel export (synthetic people)"),
        source=("public GitHub Laravel ASN application: App\\Exports\\PegawaiExport (search index file id 66709447860: "
                "FromCollection + WithHeadings, 47 headings 'nip' … 'is_valid_nik', 'jenis_data'; PNS selected with "
                "'NULL as kedudukan_hukum', gol_awal_nama/gol_akhir_nama as gol_awal/gol_akhir and 'PNS' as "
                "jenis_data, PPPK with 'NULL as nomor_sk_pns', 'NULL as tmt_pns', 'NULL as eselon' and 'PPPK', "
                "unionAll; columns A (NIP) and K (NIK) formatted as text) and its AdminController (index file id "
                "67075011715: 'laporan_pegawai_semua.xlsx', kategori Tenaga Medis, Tenaga Kesehatan, Tenaga Pendidik, "
                "Tenaga Kependidikan and the rest)"),
        year=2025,
        sheets={"Worksheet": _ASN_ROWS},
        number_formats={"Worksheet": {**{f"A{r}": "@" for r in range(1, len(_ASN_ROWS) + 1)},
                                      **{f"K{r}": "@" for r in range(1, len(_ASN_ROWS) + 1)}}},
        expected={
            "golongan": _count(f"{p[9]} (PPPK)" if p[1] else p[9] for p in _ASN),
            "gender": {"Laki-laki": sum(1 for p in _ASN if not p[5]), "Perempuan": sum(1 for p in _ASN if p[5])},
            "education": _count(_EDU[p[15]] for p in _ASN),
            "position_type": _count(p[10] for p in _ASN),
            "status": {"PNS": sum(1 for p in _ASN if not p[1]), "PPPK": sum(1 for p in _ASN if p[1])},
        },
        note=("One sheet as Maatwebsite writes it: the 47 SIASN-style snake_case headings on row 1, no title, six PNS "
              "then four PPPK (UNION ALL, no sorting). Personal columns the export has but the list leaves empty "
              "(golongan_darah, nik, nomor_hp, email, alamat, npwp, bpjs, kartu_asn_virtual, nomor_sk_cpns, "
              "nomor_sk_pns, riwayat_pelatihan, is_valid_nik). Two golongan columns: gol_awal (at appointment) and "
              "gol_akhir (now): the golongan is gol_akhir, 'IV/a' … 'II/d' for the PNS and the PPPK single grades "
              "'IX', 'VII', 'V' (counted as 'IX (PPPK)' …). jenis_data and jenis say PNS or PPPK; jenis_pegawai "
              "'PNS Daerah' or 'PPPK'; kedudukan_hukum is empty on every PNS row (the export selects NULL for them) "
              "and 'Aktif' on the PPPK rows, so an empty status is not an inactive person; eselon empty for the "
              "PPPK, 'III.b' for the one structural PNS. Sex as SIASN codes it, 'M' and 'F'; tingkat_pendidikan as "
              "SIASN names it ('S-1/Sarjana', 'S-2', 'D-IV', 'D-III', 'SLTA'); jenis_jabatan Struktural, Fungsional, "
              "Pelaksana. kategori (Tenaga Medis, Tenaga Kesehatan, Tenaga Pendidik, Tenaga Kependidikan, Tenaga "
              "Teknis) is the application's own grouping, not a staff dimension of the kit. Ten synthetic people."),
    ),
    Layout(
        id="staff-thr-pppk-paruh-waktu-per-skpd-sub-kegiatan-subtotal-nip-apostrof-nomor-ulang-tanpa-kolom-status",
        dataset="staff",
        agency=("a kabupaten (not named), its PPPK paruh waktu paid a THR in March 2026, by SKPD and sub kegiatan — "
                "kabupaten BKAD/BKPSDM payroll application export (synthetic people and amounts)"),
        source=("public GitHub Laravel payroll application, App\\Exports\\ThrExport (search index file id "
                "53847413839): headings 'DAFTAR PEMBAYARAN TUNJANGAN HARI RAYA (THR) PEGAWAI PPPK PARUH WAKTU', "
                "'TAHUN {year} (PEMBAYARAN BULAN {MONTH})', 'DASAR PERHITUNGAN: GAJI POKOK PEBRUARI (n/12)', a blank "
                "row, No | NIP | Nama | Jabatan | Sumber Dana | Gaji Pokok Basis | Masa Kerja (Bulan) | 'Besaran ' . "
                "month; array(): 'SKPD: …' rows (merged A:H), 'Sub Kegiatan: …' rows (merged B:H), people numbered "
                "from 1 under each sub kegiatan with \"'\" . nip, 'SUBTOTAL SUB KEGIATAN', spacer rows, 'TOTAL SKPD: "
                "…', 'TOTAL KESELURUHAN {MONTH}'; F:H '#,##0'"),
        year=2026,
        sheets={"Worksheet": _THR_ROWS},
        merged={"Worksheet": _THR_MERGED},
        number_formats={"Worksheet": _THR_FORMATS},
        expected={"status": {"PPPK": len(_THR_PEOPLE)}},
        findings=((W, "column_missing"), (W, "column_missing")),
        note=("A THR payment list of part-time PPPK (PPPK paruh waktu) grouped twice: by SKPD (a row 'SKPD: DINAS "
              "PENDIDIKAN DAN KEBUDAYAAN' merged across) and, within it, by the sub kegiatan that pays them (a row "
              "'Sub Kegiatan: Penyediaan Gaji dan Tunjangan ASN' merged from B); people numbered 1, 2, 3 then 1, 2 "
              "again; after each sub kegiatan a 'SUBTOTAL SUB KEGIATAN' row (label in the NIP column, amount in H) "
              "and an empty row; after each SKPD 'TOTAL SKPD: …' and two empty rows; last 'TOTAL KESELURUHAN MARET'. "
              "The NIP cells are text with a leading apostrophe (\"'199403172025212041\", as the export writes "
              "\"'\" . nip), the last heading 'Besaran Maret' (the export joins 'Besaran ' and the month). THR = gaji "
              "pokok basis × masa kerja / 12 (one person with 4 months, the rest 6); subtotals and totals add up. "
              "No status column: the title says every person is a PPPK paruh waktu, counted as PPPK (eight). "
              "The list has no golongan (PPPK paruh waktu have none) and no education column: the two column_missing "
              "warnings are what the table says (added after tuning; the collector expected none). "
              "People, NIPs and amounts invented."),
    ),
]
