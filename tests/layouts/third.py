"""The third held-out set: real layouts collected after the second held-out set was read, run through the kit
before any tuning (README.md records that baseline, case by case).

Kinds the corpus had few of: a ministry's puskesmas staffing dashboard (Kemenkes), a kementerian balai's position
map with PPPK grades, a BKPSDM rekap with PNS, PPPK and PPPK paruh waktu golongan tables, an RSUD's Renja
evaluation form by quarter (its indicators and its K | Rp budget), a university unit's IKU form with a proposed
next-year target, an e-Kinerja SKP print, wp-sipd's per-rekening realisation, a pemda recap by SKPD, SIPD
realisation pasted month under month and a SIMDA SP2D recap with the code split over six columns. Published
tables keep their cells as printed (published mistakes kept as expected findings); export layouts keep the
exporting code's columns, titles and footers, filled with invented units, amounts and counts (never a real person:
names and NIPs are synthetic). Expectations are what each table says, never what the kit reads.
"""

from __future__ import annotations

from layouts.case import E, W, budget_row as _b, indicator as _ind, Layout
from workbooks import nip

# ---------------------------------------------------------------- staff

#: (gol, pria, wanita) per table of the SIDATA 'Golongan' tab; invented counts
_SIDATA_PNS = [("IV/b", 2, 1), ("IV/a", 9, 14), ("III/d", 12, 19), ("III/c", 10, 13), ("III/b", 15, 22), ("III/a", 8, 17),
               ("II/d", 4, 2), ("II/c", 6, 3), ("II/b", 2, 0), ("I/d", 1, 0)]
_SIDATA_PPPK = [("XI", 0, 1), ("X", 3, 2), ("IX", 18, 31), ("VII", 6, 9), ("V", 4, 3)]
_SIDATA_PPPK_PW = [("V", 2, 1), ("I", 5, 0)]


def _sidata_table(title: str, head: str, rows: list[tuple[str, int, int]]) -> list[list]:
    out = [[title], [head, "Pria", "Wanita", "Total"]]
    out += [[gol, men, women, men + women] for gol, men, women in rows]
    return out + [[]]


def _golongan(rows: list[tuple[str, int, int]], pppk: bool = False) -> dict[str, int]:
    return {f"{gol} (PPPK)" if pppk else gol: men + women for gol, men, women in rows}


_SIDATA_ALL = _SIDATA_PNS + _SIDATA_PPPK + _SIDATA_PPPK_PW

#: DREAMS rows: kabupaten, puskesmas, jenis, then (ASN, Non-ASN, Total) for the nine jenis tenaga in the page's order
_DREAMS_JENIS = ["Dokter", "Dokter Gigi", "Perawat", "Bidan", "Promosi Kesehatan", "Sanitasi Lingkungan", "Gizi", "Farmasi",
                 "ATLM"]
_DREAMS_ROWS = [
    ("KUTIME", "Sangat Terpencil Non Rawat Inap", [(0, 1), (0, 1), (4, 7), (3, 2), (0, 0), (0, 0), (1, 0), (1, 1), (0, 1)]),
    ("AWEKU", None, [(0, 0)] * 9),
    ("KANGGIME", "Sangat Terpencil Rawat Inap", [(2, 2), (0, 1), (7, 15), (5, 4), (1, 4), (0, 0), (0, 0), (0, 3), (0, 2)]),
    ("WONIKI", "Sangat Terpencil Non Rawat Inap", [(0, 0), (0, 0), (2, 0), (1, 1), (1, 0), (0, 0), (0, 0), (0, 0), (0, 0)]),
    ("NABUNAGE", "Sangat Terpencil Non Rawat Inap", [(0, 0), (0, 0), (1, 4), (2, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 1)]),
    ("GILUBANDU", "Sangat Terpencil Non Rawat Inap", [(0, 0), (0, 0), (1, 2), (0, 0), (0, 3), (0, 0), (0, 0), (0, 0), (0, 0)]),
    ("KARUBAGA", "Pedesaan Rawat Inap", [(1, 2), (0, 1), (9, 8), (19, 6), (3, 0), (0, 0), (1, 0), (1, 2), (1, 1)]),
    ("GOYAGE", "Sangat Terpencil Non Rawat Inap", [(0, 0), (0, 0), (5, 1), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0)]),
    ("WUNIN", "Sangat Terpencil Non Rawat Inap", [(0, 0), (0, 0), (0, 0), (0, 0), (1, 0), (0, 0), (0, 0), (0, 0), (0, 0)]),
]


def _dreams_sheet() -> list[list]:
    rows = [["Kelengkapan 9 Jenis Nakes di PAPUA PEGUNUNGAN"],
            ["Terdapat Kekurangan 1511 Nakes Untuk Mengisi Kekosongan Puskesmas di PAPUA PEGUNUNGAN"],
            ["Kabupaten", "Puskesmas", "Jenis", *[j for jenis in _DREAMS_JENIS for j in (jenis, None, None)]],
            [None, None, None, *["ASN", "Non-ASN", "Total"] * 9]]
    for name, kind, counts in _DREAMS_ROWS:
        rows.append(["TOLIKARA", name, kind, *[v for asn, non in counts for v in (asn, non, asn + non)]])
    return rows


_DREAMS_MERGED = ["A3:A4", "B3:B4", "C3:C4", *[f"{a}3:{b}3" for a, b in zip(
    ["D", "G", "J", "M", "P", "S", "V", "Y", "AB"], ["F", "I", "L", "O", "R", "U", "X", "AA", "AD"])]]

_PETA_HEAD = ["No", "Jabatan Sesuai Kepmen 202 Tahun 2024", "Grade/Kelas Jabatan", "Jumlah ABK", "Jumlah Existing",
              "Nama Pemangku", "Kriteria ASN", "NIP", "Pangkat Golongan", "TMT", "Pendidikan Terakhir", "Jenis Kelamin",
              "Keterangan Formasi (ABK-Existing)", "Keternangan Penempatan", "Keterangan Penugasan Tambahan",
              "Keterangan Perubahan", "Jenis Jabatan", "Unit Kerja"]
_PETA_UNIT = "BPVP Sukamaju"


def _peta_rows() -> list[list]:
    """Position rows (jabatan, grade, ABK, existing: no holder) each followed by its holders, as the template's
    'Data Pegawai' sheet takes them; a position with no holder stays a lone reference row."""
    def person(serial, name, status, gol, tmt, edu, sex, jenis, female=False, birth="19850101", appointed="201001"):
        number = nip(serial, female=female, birth=birth, appointed=appointed, pppk=status == "PPPK")
        return [None, None, None, None, None, name, status, number if status != "Non ASN" else None, gol, tmt, edu, sex,
                None, None, None, None, jenis, _PETA_UNIT]

    return [
        [1, "Kepala Balai", 12, 1, 1, *[None] * 11, "Struktural", _PETA_UNIT],
        person(1, "ADI PRASETYO", "PNS", "Pembina Tk I (IV/b)", "01/04/2021", "S2", "L", "Struktural", birth="19740312",
               appointed="199903"),
        [2, "Kepala Subbagian Tata Usaha", 9, 1, 1, *[None] * 11, "Struktural", _PETA_UNIT],
        person(2, "SITI RAHMAWATI", "PNS", "Penata Tk I (III/d)", "01/10/2022", "S1", "P", "Struktural", female=True,
               birth="19820705", appointed="200603"),
        [3, "Instruktur Ahli Pertama", 8, 6, 4, *[None] * 11, "Fungsional", _PETA_UNIT],
        person(3, "BAYU SETIAWAN", "PNS", "Penata Muda Tk I (III/b)", "01/04/2023", "S1", "L", "Fungsional",
               birth="19910214", appointed="201903"),
        person(4, "DEWI LESTARI", "PPPK", "IX", "01/03/2023", "S1", "P", "Fungsional", female=True, birth="19900923",
               appointed="2023"),
        person(5, "RUDI HARTONO", "PPPK", "IX", "01/03/2023", "S1", "L", "Fungsional", birth="19880417", appointed="2023"),
        person(6, "NINA KARTIKA", "PPPK", "IX", "01/03/2024", "S1", "P", "Fungsional", female=True, birth="19950630",
               appointed="2024"),
        [4, "Instruktur Terampil", 6, 4, 2, *[None] * 11, "Fungsional", _PETA_UNIT],
        person(7, "AGUS SANTOSO", "PPPK", "VII", "01/03/2023", "D3", "L", "Fungsional", birth="19930101", appointed="2023"),
        person(8, "FITRI HANDAYANI", "PPPK", "VII", "01/03/2024", "D3", "P", "Fungsional", female=True, birth="19960808",
               appointed="2024"),
        [5, "Pranata Komputer Ahli Pertama", 8, 1, 0, *[None] * 7, "Kekurangan 1", None, None, None, "Fungsional",
         _PETA_UNIT],
        [6, "Pengadministrasi Perkantoran", 5, 3, 3, *[None] * 11, "Pelaksana", _PETA_UNIT],
        person(9, "JOKO WIDODO SAPUTRA", "PNS", "Pengatur (II/c)", "01/04/2020", "SMA-SMK", "L", "Pelaksana",
               birth="19870202", appointed="201003"),
        person(10, "RINA MARLINA", "PPPK", "V", "01/03/2024", "SMA-SMK", "P", "Pelaksana", female=True, birth="19970312",
               appointed="2024"),
        person(11, "EKO PURNOMO", "Non ASN", None, "02/01/2024", "SMA-SMK", "L", "Pelaksana", birth="19990101"),
    ]


STAFF: list[Layout] = [
    Layout(
        id="staff-sidata-rekap-golongan-pns-pppk-paruh-waktu",
        dataset="staff",
        agency="BKPSDM of a kabupaten, 'SIDATA' rekap ASN, Golongan tab copied into a workbook — kabupaten BKPSDM export",
        source=("public GitHub React page of a BKPSDM 'SIDATA' dashboard (search index file id 55715557722): GolonganTab, "
                "cards 'Golongan PNS (Detail)' (Gol. / Ruang | Pria | Wanita | Total), 'Golongan PPPK' and 'Golongan PPPK "
                "Paruh Waktu' (Golongan | Pria | Wanita | Total)"),
        year=2025,
        sheets={"Golongan": [
            ["REKAP ASN MENURUT GOLONGAN"], ["Keadaan 31 Desember 2025"], [],
            *_sidata_table("Golongan PNS (Detail)", "Gol. / Ruang", _SIDATA_PNS),
            *_sidata_table("Golongan PPPK", "Golongan", _SIDATA_PPPK),
            *_sidata_table("Golongan PPPK Paruh Waktu", "Golongan", _SIDATA_PPPK_PW),
        ]},
        expected={
            "golongan": {**_golongan(_SIDATA_PNS), **_golongan(_SIDATA_PPPK, pppk=True),
                         **{"V (PPPK)": 7 + 3, "I (PPPK)": 5}},
            "gender": {"Laki-laki": sum(r[1] for r in _SIDATA_ALL), "Perempuan": sum(r[2] for r in _SIDATA_ALL)},
        },
        note=("Three tables under their card titles, one under the other: PNS golongan ruang, then PPPK grades (XI … V) "
              "and PPPK paruh waktu grades (V, I) with the same 'Golongan | Pria | Wanita | Total' head. The PPPK "
              "grades are bare roman numerals under a PPPK title: read as PNS they would fall into groups V (none) and "
              "I/II/… — they are PPPK grades ('IX (PPPK)'), both PPPK tables adding to the same grades (V: 7 + 3). "
              "Counts invented: 169 PNS, 77 PPPK, 8 PPPK paruh waktu; no total row (the page has none)."),
    ),
    Layout(
        id="staff-dreams-kemkes-nakes-puskesmas-tolikara",
        dataset="staff",
        agency="Kementerian Kesehatan, DREAMS (kekosongan nakes puskesmas), Provinsi Papua Pegunungan — kementerian dashboard, puskesmas staff",
        source=("https://dreams.kemkes.go.id/user/kekosongan_dev/PKM/prov/95 — 'Kelengkapan 9 Jenis Nakes di PAPUA "
                "PEGUNUNGAN', table Kabupaten | Puskesmas | Jenis | Dokter … ATLM (ASN | Non-ASN | Total each), "
                "Kabupaten Tolikara rows"),
        year=2025,
        sheets={"Nakes Puskesmas": _dreams_sheet()},
        merged={"Nakes Puskesmas": _DREAMS_MERGED},
        refused="Perawat",
        note=("Health workers per puskesmas by profession (nine jenis tenaga, each split ASN | Non-ASN | Total), published "
              "by the ministry for Kabupaten Tolikara's puskesmas; the page prints the cells run together "
              "('0110114711325…'), split here by the Total = ASN + Non-ASN of each triple, which holds on every row. "
              "No gender, golongan or education: the table is by jenis tenaga, a dimension the kit does not model, so "
              "the file must be refused naming the profession band (Dokter, Perawat …). Published oddities kept: "
              "AWEKU has no Jenis and zeros only (a puskesmas without data, not a puskesmas without staff)."),
    ),
    Layout(
        id="staff-dreams-kemkes-pustu-perawat-bidan-klungkung",
        dataset="staff",
        agency="Kementerian Kesehatan, DREAMS (kekosongan nakes pustu), Provinsi Bali — kementerian dashboard, puskesmas pembantu staff",
        source=("https://dreams.kemkes.go.id/user/kekosongan_dev/SKMPUSTU/prov/51 — 'Kelengkapan 2 Jenis Tenaga Standar "
                "Ketenagaan Minimal di BALI', table Kabupaten | Pustu | Jenis | Perawat | Bidan, Kabupaten Klungkung rows"),
        year=2025,
        sheets={"Pustu": [
            ["Kelengkapan 2 Jenis Tenaga Standar Ketenagaan Minimal di BALI"],
            ["Terdapat Kekurangan 968 Nakes ASN Untuk Memenuhi Standar Minimal Pustu di BALI"],
            ["Kabupaten", "Pustu", "Jenis", "Perawat", "Bidan"],
            *[["KLUNGKUNG", f"PUSTU {name}", "Puskesmas Pembantu", "0/1", "0/1"] for name in (
                "KLUMPU NUSA PENIDA III", "KUSAMBA DAWAN I", "KUTAMPI KALER NUSA PENIDA I", "KUTAMPI NUSA PENIDA I",
                "LEMBONGAN NUSA PENIDA II", "MANDUANG KLUNGKUNG II", "NEGARI BANJARANGKAN I", "NYANGLAN BANJARANGKAN II",
                "PAKSEBALI DAWAN II", "PED NUSA PENIDA I")],
        ]},
        refused="Perawat",
        note=("The ministry's list of puskesmas pembantu short of their minimum staff: each cell 'existing/standard' ASN "
              "health workers ('0/1': no perawat of the one required), for perawat and bidan. Not a headcount by a "
              "dimension the kit models (by jenis tenaga, and as fractions of a standard): the file must be refused "
              "naming the table by profession. Every Klungkung pustu shown lacks both (0/1, 0/1), as published; the "
              "page's heading counts 968 missing ASN over the province."),
    ),
    Layout(
        id="staff-kemnaker-peta-jabatan-pemangku-pppk-grade",
        dataset="staff",
        agency="A Balai Pelatihan Vokasi of Kementerian Ketenagakerjaan, position map with holders — kementerian UPT export (synthetic people)",
        source=("public GitHub React import page of a Kemnaker vocational-training staffing tool (search index file id "
                "51856447952): downloadTemplate(), sheet 'Data Pegawai' with 18 columns 'No' … 'Unit Kerja', its "
                "'Panduan' ('Kriteria ASN: WAJIB (PNS / PPPK / Non ASN)', 'Pangkat Golongan PPPK: I sampai XVII', "
                "'Pangkat Golongan PNS: Format lengkap, contoh \"Penata Muda Tk I (III/b)\"')"),
        year=2025,
        sheets={"Data Pegawai": [_PETA_HEAD, *_peta_rows()]},
        expected={
            "golongan": {"IV/b": 1, "III/d": 1, "III/b": 1, "II/c": 1, "IX (PPPK)": 3, "VII (PPPK)": 2, "V (PPPK)": 1},
            "gender": {"Laki-laki": 5, "Perempuan": 5},
            "education": {"S2": 1, "S1": 5, "D3": 2, "SMA": 2},
        },
        note=("A peta jabatan (Kepmen 202/2024) with its holders: each numbered position row gives jabatan, grade, ABK "
              "and existing count and no person; its holders follow on unnumbered rows with name, Kriteria ASN, NIP, "
              "Pangkat Golongan (PNS in full 'Penata Tk I (III/d)', PPPK as a bare grade 'IX'), education and sex. "
              "The position rows are not people; the one Non ASN holder is not ASN (no NIP, no golongan). 4 PNS "
              "and 6 PPPK, all synthetic (10 ASN, L 5, P 5); the Pranata Komputer position is vacant "
              "('Kekurangan 1')."),
    ),
]

# ---------------------------------------------------------------- indicators

_IKUK = [
    ("IKU-1.1", "Persentase lulusan yang mendapat pekerjaan dalam 6 bulan", "70%", "74,5%", "75%"),
    ("IKU-1.2", "Persentase mahasiswa yang mengikuti kegiatan di luar kampus (MBKM)", "30%", "27%", "32%"),
    ("IKU-3.1", "Persentase dosen berkegiatan tridharma di luar kampus", "25%", "31,2%", "30%"),
    ("IKU-5.1", "Jumlah luaran penelitian dosen yang diterapkan masyarakat", 12, 14, 15),
    ("IKU-7.1", "Persentase mata kuliah dengan metode case method/team based project", "50%", "48,6%", "55%"),
]

#: the program's line (its goal, its name, its first indicator with the program's Rp) and the next indicator, as the
#: form prints them: both E.81 cases read them, one for the indicators, one for the budget
_E81_PROGRAM = [
    [1, "Meningkatkan pelayanan yang berkualitas dan terakreditasi dengan mengutamakan keselamatan pasien serta "
        "kepuasan pelanggan", "Program: Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
     "a", "Status Akreditasi Rumah Sakit", None, "Terakreditasi Internasional", "590.090.455.000,00",
     "Diukur di TW IV", "103.035.984.342,00", None],
    [None, None, None, "b", "Nilai Survey Kepuasan Masyarakat (SKM)", None, "A", None, "Diukur di TW IV", None, None],
]

_E81_HEAD = [
    ["Formulir E.81"],
    ["Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten/Kota"],
    ["Renja Perangkat Daerah RSUD Kabupaten Sidoarjo"],
    ["Periode Pelaksanaan Tahun 2021"],
    ["No", "Sasaran", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan",
     "Indikator Kinerja Program (outcome) / Kegiatan (output)", None, "Satuan",
     "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (Tahun 2021) yang Dievaluasi", None,
     "Realisasi Kinerja Triwulan I", None, "Keterangan"],
    [None, None, None, None, None, None, "K", "Rp", "K", "Rp", None],
    ["1", "1", "2", "3", None, "4", "7", None, "8", None, None],
    [None, None, "Urusan Pemerintahan: Bidang Kesehatan", *[None] * 8],
]

_SKP_HEAD = [
    ["SASARAN KINERJA PEGAWAI"], ["PENDEKATAN HASIL KERJA KUANTITATIF"],
    ["PEMERINTAH KABUPATEN SUKAMAJU", None, None, None, None, "PERIODE PENILAIAN:", "1 JANUARI SD 31 DESEMBER 2024"],
    ["HASIL KERJA"],
    ["NO", "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI", "RENCANA HASIL KERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU",
     "TARGET / EKSPEKTASI", "REALISASI BERDASARKAN BUKTI DUKUNG", "UMPAN BALIK BERKELANJUTAN"],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
    ["A. UTAMA", *[None] * 7],
]
_SKP_RHK = [
    (1, "Meningkatnya kualitas perencanaan perangkat daerah", "Tersusunnya dokumen perencanaan perangkat daerah",
     [("Kuantitas", "Jumlah dokumen perencanaan yang disusun", "4 dokumen", "4 dokumen"),
      ("Kualitas", "Persentase dokumen perencanaan tanpa revisi dari Bappeda", "90 %", "85 %"),
      ("Waktu", "Ketepatan waktu penyampaian dokumen perencanaan", "12 bulan", "12 bulan")]),
    (2, "Meningkatnya akuntabilitas kinerja perangkat daerah", "Tersusunnya laporan kinerja perangkat daerah",
     [("Kuantitas", "Jumlah laporan kinerja triwulanan", "4 laporan", "4 laporan"),
      ("Kualitas", "Nilai evaluasi SAKIP perangkat daerah", "70", "71,5")]),
]


def _skp_rows() -> list[list]:
    rows = []
    for no, leader, rhk, ikis in _SKP_RHK:
        for i, (aspek, iki, target, real) in enumerate(ikis):
            rows.append([no if i == 0 else None, leader if i == 0 else None, rhk if i == 0 else None, aspek, iki, target,
                         real, "Pertahankan" if i == 0 else None])
    return rows


INDICATORS: list[Layout] = [
    Layout(
        id="ind-audit-ikuk-usulan-target-tahun-depan",
        dataset="indicators",
        agency="A university work unit (audite) of an internal-audit application, 'Progress Pengisian Kinerja Audite' — PTN unit export",
        source=("public GitHub Laravel blade of a university's audit-mutu application (search index file id 22567091737): "
                "No | Kode | Indikator | Target | Capaian | Analisis Keberhasilan | Usulan Target Tahun Depan | Strategi "
                "Pencapaian | Sarpras Yang Dibutuhkan | Faktor Pendukung | Faktor Penghambat | Akar Masalah | Tindak Lanjut"),
        year=2024,
        sheets={"Kinerja Audite": [
            ["Progress Pengisian Kinerja Audite"], ["Unit Fakultas Ekonomi dan Bisnis"],
            ["No", "Kode", "Indikator", "Target", "Capaian", "Analisis Keberhasilan", "Usulan Target Tahun Depan",
             "Strategi Pencapaian", "Sarpras Yang Dibutuhkan", "Faktor Pendukung", "Faktor Penghambat", "Akar Masalah",
             "Tindak Lanjut"],
            *[[n, code, text, target, real, "Tercapai" if n != 2 and n != 5 else "Belum tercapai", nxt, "-", "-", "-",
               "-", "-", "-"] for n, (code, text, target, real, nxt) in enumerate(_IKUK, start=1)],
        ]},
        expected=[_ind(text, float(str(t).rstrip("%")), float(str(r).rstrip("%").replace(",", ".")))
                  for _, text, t, r, _ in _IKUK],
        findings=((W, "capaian_as_realisation"),),
        note=("The audit form's table: Target, then Capaian (the value reached, as the unit fills it in: '74,5%'), then "
              "the analysis and 'Usulan Target Tahun Depan' — next year's proposed target, which is not this year's "
              "target — and six free-text columns the form shows as '-'. The year's target is 'Target', the "
              "realisation 'Capaian' (a value, not a percentage of the target: the kit says so with "
              "capaian_as_realisation). Values invented; codes as the unit's IKU (IKU-1.1 …)."),
    ),
    Layout(
        id="ind-rsud-sidoarjo-renja-e81-triwulan-2021",
        dataset="indicators",
        agency="RSUD Kabupaten Sidoarjo (Renja evaluation, Formulir E.81, triwulan I) — kabupaten RSUD",
        source=("https://id.scribd.com/document/575512151/yang-tidak-tercapai — Formulir E.81 'Evaluasi terhadap Hasil "
                "Renja Perangkat Daerah Lingkup Kabupaten/Kota', Renja Perangkat Daerah RSUD Kabupaten Sidoarjo, "
                "Periode Pelaksanaan Tahun 2021, p. 1"),
        year=2021,
        sheets={"E.81": [
            *_E81_HEAD,
            *_E81_PROGRAM,
            [None, None, None, "c", "Persentase Pasien Keluar Hidup", "%", 93, None, "90,82", None,
             "salah satu penyebabnya yaitu tingginya Net Death Rate (NDR)"],
            [None, None, "Kegiatan: Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah "
                         "Kabupaten/Kota", "a", "Presentase elemen penilaian akreditasi rumah sakit yang memenuhi "
                                            "standar akreditasi", "%", "≥95", None, "Diukur di TW IV", None, None],
        ]},
        merged={"E.81": ["D5:E5", "G5:H5", "I5:J5", "D6:E6", "D7:E7", "G7:H7", "I7:J7"]},
        expected=[
            _ind("Status Akreditasi Rumah Sakit", "Terakreditasi Internasional", None, "ordinal"),
            _ind("Nilai Survey Kepuasan Masyarakat", "A", None, "ordinal"),
            _ind("Persentase Pasien Keluar Hidup", 93.0, 90.82),
            _ind("Presentase elemen penilaian akreditasi", 95.0, None),
        ],
        findings=((W, "not_measured"),) * 3,
        note=("The Permendagri 86/2017 Renja evaluation form as the RSUD published it for the first quarter: a band "
              "'Target Kinerja dan Anggaran Renja … Tahun 2021' over K | Rp and 'Realisasi Kinerja Triwulan I' over "
              "K | Rp (the performance and the rupiah side by side, the program's Rp 590.090.455.000 and its first "
              "quarter's Rp 103.035.984.342 on the first indicator's line), a column-number row '1 1 2 3 4 7 8' that "
              "skips 5 and 6, the indicator's letter a/b/c in its own column under the merged indicator header, and "
              "'Diukur di TW IV' (measured in the fourth quarter) where there is no value yet. Targets are the K "
              "column ('Terakreditasi Internasional', grade 'A', 93, '≥95'); the realisation is the K of triwulan I. "
              "The form's words kept: 'Presentase', the note on the Net Death Rate. The accreditation status and the SKM "
              "grade are grades (ordinal: 'Terakreditasi Internasional' above the KARS levels), and each 'Diukur di TW "
              "IV' is a not_measured warning naming its cell."),
    ),
    Layout(
        id="ind-ekinerja-skp-iki-realisasi-bukti-dukung",
        dataset="indicators",
        agency="An ASN's SKP (PermenPANRB 6/2022) as an e-Kinerja application prints it, a kabupaten OPD planner — kabupaten OPD export (synthetic person)",
        source=("public GitHub SKP evaluation page (search index file id 44034999728): NO | RENCANA HASIL KERJA PIMPINAN "
                "YANG DIINTERVENSI | RENCANA HASIL KERJA | ASPEK | INDIKATOR KINERJA INDIVIDU | TARGET / EKSPEKTASI | "
                "REALISASI BERDASARKAN BUKTI DUKUNG | UMPAN BALIK BERKELANJUTAN, column numbers (1) … (8)"),
        year=2024,
        sheets={"SKP": [*_SKP_HEAD, *_skp_rows()]},
        expected=[_ind(iki, float(t.split()[0]), float(r.split()[0].replace(",", "."))) for _, _, _, ikis in _SKP_RHK
                  for _, iki, t, r in ikis],
        note=("An individual's performance plan and its realisation: per Rencana Hasil Kerja (written once, on its "
              "first line) two or three Indikator Kinerja Individu with their aspect (Kuantitas/Kualitas/Waktu), a "
              "target with its unit in the cell ('4 dokumen', '90 %', '12 bulan') and the realisation 'berdasarkan "
              "bukti dukung' in the same form; a section row 'A. UTAMA' and the column numbers (1) … (8) under the "
              "head. Values invented; the SAKIP score 71,5 against 70."),
    ),
]

# ---------------------------------------------------------------- budget

#: (kode akun, rekening, pagu, realisasi SIPD, panjar, non panjar); invented
_WPSIPD = [
    ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 18_500_000, 17_940_000, 0, 17_940_000),
    ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", 6_000_000, 5_250_000, 0, 5_250_000),
    ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 24_750_000, 21_600_000, 9_000_000, 12_600_000),
    ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 42_000_000, 38_850_000, 20_000_000, 18_850_000),
]

#: SKPD recap (name, pagu BTL, pagu BL, belanja BTL, belanja BL); invented
_REKAP_SKPD = [
    ("SEKRETARIAT DAERAH", 21_400_000_000, 18_250_000_000, 19_902_000_000, 15_512_500_000),
    ("SEKRETARIAT DPRD", 9_850_000_000, 27_600_000_000, 9_062_000_000, 24_564_000_000),
    ("DINAS KESEHATAN", 48_300_000_000, 61_000_000_000, 44_436_000_000, 51_850_000_000),
    ("RUMAH SAKIT UMUM DAERAH", 32_100_000_000, 95_400_000_000, 30_174_000_000, 83_952_000_000),
    ("INSPEKTORAT", 6_200_000_000, 4_100_000_000, 5_890_000_000, 3_772_000_000),
]


def _pct(a: float, b: float) -> str:
    return f" {int(a / b * 100)} "


def _rekap_rows() -> list[list]:
    rows = []
    for n, (skpd, p1, p2, b1, b2) in enumerate(_REKAP_SKPD, start=1):
        rows.append([n, skpd, p1, p2, p1 + p2, b1, f" {b1 / p1 * 100} ", b2, _pct(b2, p2), b1 + b2, _pct(b1 + b2, p1 + p2),
                     p1 + p2 - b1 - b2, _pct(p1 + p2 - b1 - b2, p1 + p2)])
    return rows


#: SIPD realisation per sub-kegiatan, by month: (kode rekening, uraian, anggaran, {month: (KKPD, UP/GU, TU, LS)})
_SIPD_MONTHS = ["Oktober", "November", "Desember"]
_SIPD_SUB = "5.03.01.2.01.0005 Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD"
_SIPD_REK = [
    ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 12_000_000,
     [(0, 3_150_000, 0, 0), (0, 4_200_000, 0, 0), (0, 2_800_000, 0, 0)]),
    ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 30_000_000,
     [(1_500_000, 6_000_000, 0, 0), (0, 7_500_000, 0, 0), (0, 4_500_000, 0, 9_000_000)]),
    ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", 45_000_000,
     [(0, 0, 0, 15_000_000), (0, 0, 0, 15_000_000), (0, 0, 0, 15_000_000)]),
]


def _sipd_months() -> list[list]:
    rows = [["LAPORAN REALISASI PER SUB KEGIATAN"], ["SEKRETARIAT DPRD KABUPATEN SUKAMAJU"]]
    for m, month in enumerate(_SIPD_MONTHS):
        rows += [[f"BULAN : {month} 2024"], [f"Sub Kegiatan : {_SIPD_SUB}"],
                 ["Kode Rekening", "Uraian", "Anggaran", "Realisasi", None, None, None, "Jumlah Realisasi"],
                 [None, None, None, "KKPD", "UP/GU", "TU", "LS", None]]
        for code, name, budget, months in _SIPD_REK:
            parts = months[m]
            rows.append([code, name, budget, *parts, sum(parts)])
        rows += [[None, "JUMLAH", sum(r[2] for r in _SIPD_REK), *[sum(r[3][m][k] for r in _SIPD_REK) for k in range(4)],
                  sum(sum(r[3][m]) for r in _SIPD_REK)], []]
    return rows


def _sipd_merged() -> list[str]:
    out = []
    for m in range(3):
        top = 5 + m * 9
        out += [f"A{top}:A{top + 1}", f"B{top}:B{top + 1}", f"C{top}:C{top + 1}", f"D{top}:G{top}", f"H{top}:H{top + 1}"]
    return out


#: SIMDA SP2D recap per kegiatan: (kd_urusan, kd_bidang, kd_unit, kd_sub, kd_prog, kd_keg, name, anggaran, tw1..tw4)
_SIMDA = [
    (4, 3, 1, 1, 1, None, "Program Pelayanan Administrasi Perkantoran", None, None),
    (4, 3, 1, 1, 1, 2, "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", 420_000_000,
     (98_500_000, 101_200_000, 104_900_000, 110_300_000)),
    (4, 3, 1, 1, 1, 10, "Penyediaan Alat Tulis Kantor", 85_000_000, (20_150_000, 18_400_000, 22_700_000, 21_300_000)),
    (4, 3, 1, 1, 27, None, "Program Peningkatan Kapasitas Lembaga Perwakilan Rakyat Daerah", None, None),
    (4, 3, 1, 1, 27, 12, "Kunjungan Kerja Pimpinan dan Anggota DPRD Dalam Daerah", 1_250_000_000,
     (210_000_000, 355_500_000, 302_750_000, 331_000_000)),
    (4, 3, 1, 1, 27, 13, "Rapat-rapat Alat Kelengkapan Dewan", 640_000_000, (118_000_000, 160_400_000, 171_250_000, 152_600_000)),
]


def _simda_rows() -> list[list]:
    rows = []
    for u, b, unit, sub, prog, keg, name, budget, tw in _SIMDA:
        if keg is None:
            kids = [s for s in _SIMDA if s[4] == prog and s[5] is not None]
            budget = sum(k[7] for k in kids)
            tw = tuple(sum(k[8][i] for k in kids) for i in range(4))
        rows.append([u, b, unit, sub, prog, keg, name, budget, *tw, sum(tw)])
    return rows


BUDGET: list[Layout] = [
    Layout(
        id="budget-rsud-sidoarjo-renja-e81-k-rp-2021",
        dataset="budget",
        agency="RSUD Kabupaten Sidoarjo (Renja evaluation, Formulir E.81, triwulan I) — kabupaten RSUD",
        source=("https://id.scribd.com/document/575512151/yang-tidak-tercapai — Formulir E.81 'Evaluasi terhadap Hasil "
                "Renja Perangkat Daerah Lingkup Kabupaten/Kota', RSUD Kabupaten Sidoarjo 2021, p. 1 (the program's Rp)"),
        year=2021,
        sheets={"E.81": [
            *_E81_HEAD,
            *_E81_PROGRAM,
            [None, None, None, "c", "Persentase Pasien Keluar Hidup", "%", 93, None, "90,82", None, None],
        ]},
        merged={"E.81": ["D5:E5", "G5:H5", "I5:J5", "D6:E6", "D7:E7", "G7:H7", "I7:J7"]},
        expected=[_b("program", "Pemenuhan Upaya Kesehatan Perorangan", 590_090_455_000, 103_035_984_342)],
        note=("The same Renja evaluation form read for its budget: the Rp halves of the 'K | Rp' bands hold the "
              "program's budget (Rp 590.090.455.000,00) and its first-quarter realisation (Rp 103.035.984.342,00), "
              "written on the line of the program's first indicator; the K halves are indicator targets and values "
              "('Terakreditasi Internasional', 93, 90,82), not amounts. The program is named 'Program: …' in the "
              "Urusan/Program column; amounts as printed, Indonesian-formatted text."),
    ),
    Layout(
        id="budget-wpsipd-rekening-panjar-sisa-pagu",
        dataset="budget",
        agency="A kabupaten OPD's wp-sipd 'rekap panjar per sub kegiatan' (Nota Pencairan Dana page) — kabupaten OPD export",
        source=("public GitHub wp-sipd WordPress plugin (search index file id 2401626740): the sub-kegiatan's rekening "
                "table Kode | Rekening | Pagu | Realisasi SIPD | Panjar | Non Panjar | Sisa Pagu, column numbers 1 … 6 "
                "and '7=3-(5+6)', tfoot 'Total'"),
        year=2024,
        sheets={"Rekap Rekening": [
            ["Rekap Panjar per Sub Kegiatan"],
            ["Sub Kegiatan : 4.01.02.2.01.0001 Penyusunan Dokumen Perencanaan Perangkat Daerah"],
            ["Kode", "Rekening", "Pagu", "Realisasi SIPD", "Panjar", "Non Panjar", "Sisa Pagu"],
            ["1", "2", "3", "4", "5", "6", "7=3-(5+6)"],
            *[[code, name, pagu, sipd, panjar, non, pagu - panjar - non] for code, name, pagu, sipd, panjar, non in _WPSIPD],
            ["Total", None, *[sum(r[i] for r in _WPSIPD) for i in (2, 3, 4, 5)],
             sum(r[2] - r[4] - r[5] for r in _WPSIPD)],
        ]},
        merged={"Rekap Rekening": ["A9:B9"]},
        expected=[_b("program", name, pagu, sipd) for _, name, pagu, sipd, _, _ in _WPSIPD],
        note=("One sub-kegiatan's accounts (kode akun 5.1.02…) with their pagu, the realisation SIPD records, and the "
              "tool's own disbursements split into Panjar and Non Panjar; Sisa Pagu is computed from the tool's split "
              "('7=3-(5+6)'), not from SIPD. The realisation is 'Realisasi SIPD' (equal here to Panjar + Non Panjar). "
              "A flat list of accounts (level 'program', as the other flat lists); the tfoot 'Total' spans two "
              "cells. Amounts invented."),
    ),
    Layout(
        id="budget-apbd-rekap-skpd-btl-bl-keadaan-bulan",
        dataset="budget",
        agency="A pemda's 'Rekapitulasi Belanja Tidak Langsung dan Belanja Langsung DPA APBD' by SKPD — kabupaten pemda export",
        source=("public GitHub CodeIgniter report view (search index file id 49825309685): 'Rekapitulasi : Belanja Tidak "
                "Langsung Dan Belanja Langsung Dokumen Pelaksanaan Anggaran … T.A. <year> / Keadaan : <month> <year>', "
                "columns No | SKPD | Pagu Belanja Tidak Langsung | Pagu Belanja Langsung | Jumlah Pagu | Belanja Tidak "
                "Langsung | %(BTL) | Belanja Langsung | %(BL) | Jumlah Belanja | % | Sisa Pagu | %(RS)"),
        year=2016,
        sheets={"Rekapitulasi": [
            ["Tahun", ":", 2016], ["Run Date", ":", "2017-01-09"], ["Log", ":", "admin"],
            ["PEMERINTAH KABUPATEN SUKAMAJU"],
            ["Rekapitulasi : Belanja Tidak Langsung Dan Belanja Langsung Dokumen Pelaksanaan Anggaran Pendapatan Dan "
             "Belanja Daerah (APBD) T.A. 2016"],
            ["Keadaan : Desember 2016"],
            ["No", "SKPD", "Pagu Belanja Tidak Langsung", "Pagu Belanja Langsung", "Jumlah Pagu", "Belanja Tidak Langsung",
             "%(BTL)", "Belanja Langsung", "%(BL)", "Jumlah Belanja", "%", "Sisa Pagu", "%(RS)"],
            *_rekap_rows(),
        ]},
        expected=[_b("program", skpd, p1 + p2, b1 + b2) for skpd, p1, p2, b1, b2 in _REKAP_SKPD],
        # the view's intval cuts 89,79 % to 89: three rows whose printed '%' is not realised/budget rounded
        findings=((W, "pct_mismatch"),) * 3,
        note=("A pemda-wide recap, one row per SKPD (the names in capitals, Sekretariat DPRD and the RSUD among them): "
              "pagu split into Belanja Tidak Langsung and Belanja Langsung and their Jumlah, the spending likewise, "
              "each with its percentage (%(BTL) with all its decimals: the view prints floatval, the others intval), "
              "then Sisa Pagu and its %. The budget is Jumlah Pagu and the realisation Jumlah Belanja, per SKPD "
              "(a flat list: level 'program'). The page's Tahun / Run Date / Log box sits above the title. Amounts "
              "invented."),
    ),
    Layout(
        id="budget-sipd-realisasi-sub-kegiatan-bulan-blocks",
        dataset="budget",
        agency="Sekretariat DPRD of a kabupaten, SIPD 'Laporan Realisasi per Sub Kegiatan' printed month by month — kabupaten sekretariat DPRD export",
        source=("public GitHub documentation of a pemda finance tool's SIPD import (search index file id 59337805254): "
                "realisasiSipdPdfImportService — 'Laporan Realisasi per Sub Kegiatan', menu Penatausahaan > Statistik "
                "Belanja SIPD, each row a kode rekening with its amount and four realisation columns (KKPD/UP-GU/TU/LS), "
                "no fiscal year on the print"),
        year=2024,
        sheets={"Realisasi": _sipd_months()},
        merged={"Realisasi": _sipd_merged()},
        expected=[_b("program", name, budget, sum(sum(p) for p in months)) for _, name, budget, months in _SIPD_REK],
        note=("Three monthly prints of one sub-kegiatan pasted one under another, each opened by a 'BULAN : Oktober "
              "2024' line (not a header) and the sub-kegiatan line, then Kode Rekening | Uraian | Anggaran | a "
              "'Realisasi' band over KKPD, UP/GU, TU, LS | Jumlah Realisasi and a JUMLAH row. The accounts repeat with "
              "the same Anggaran in each block: the year's budget is the Anggaran once, the realisation the three "
              "months added (the sub-kegiatan was budgeted in the APBD-P and spent from October). Amounts invented."),
    ),
    Layout(
        id="budget-simda-sp2d-triwulan-kode-terpisah-dprd",
        dataset="budget",
        agency="Sekretariat DPRD of a kabupaten, SIMDA Keuangan SP2D recap per kegiatan by quarter — kabupaten sekretariat DPRD export",
        source=("public GitHub PHP report of a SIMDA Keuangan monitor (search index file id 37722421939): SP2D sums per "
                "Kd_Urusan / Kd_Bidang / Kd_Unit / Kd_Sub / Kd_Prog / Kd_Keg between quarter dates (urusan 4, bidang 3: "
                "Sekretariat DPRD, program 27 kegiatan 12)"),
        year=2019,
        sheets={"SP2D per Triwulan": [
            ["REALISASI SP2D PER KEGIATAN PER TRIWULAN"], ["SEKRETARIAT DPRD"], ["Tahun Anggaran 2019"],
            ["Kd_Urusan", "Kd_Bidang", "Kd_Unit", "Kd_Sub", "Kd_Prog", "Kd_Keg", "Ket_Kegiatan", "Anggaran",
             "Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV", "Total Realisasi"],
            *_simda_rows(),
        ]},
        expected=[_b(
            "program" if keg is None else "kegiatan", name,
            budget if keg is not None else sum(k[7] for k in _SIMDA if k[4] == prog and k[5] is not None),
            sum(tw) if keg is not None else sum(sum(k[8]) for k in _SIMDA if k[4] == prog and k[5] is not None))
            for _, _, _, _, prog, keg, name, budget, tw in _SIMDA],
        note=("SIMDA's code split over six integer columns (Kd_Urusan 4, Kd_Bidang 3, Kd_Unit 1, Kd_Sub 1, Kd_Prog, "
              "Kd_Keg), a program row with Kd_Keg empty and its kegiatan under it, SP2D by quarter and 'Total "
              "Realisasi'. The realisation is Total Realisasi (the four quarters), the budget Anggaran; program rows "
              "carry their kegiatan's sums. Amounts invented."),
    ),
]

CASES: list[Layout] = [*STAFF, *INDICATORS, *BUDGET]
