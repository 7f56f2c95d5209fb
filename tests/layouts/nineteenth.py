"""The nineteenth held-out set: real indicator and budget layouts collected blind, to measure the integrated kit on
layouts nobody tuned for (README.md records the cases; the lead measures them).

Kinds the corpus had none of:

- a kementerian eselon II's 'REALISASI CAPAIAN KINERJA' as the Kementerian Perhubungan's planning and evaluation
  application ('anev') writes it with PHPExcel: 'Sasaran Kemenhub' (which holds the eselon I's sasaran program) and
  'Sasaran Strategis' merged down, No., 'Indikator Kinerja Kegiatan (IKK)' with its unit in brackets, then 'Capaian
  Kinerja' over the five years of the Renstra (2015 … 2019): realisation only, no target anywhere, '-' for a year not
  yet measured, the year of the case one column among five;
- the indicator table of a kabupaten e-SAKIP 'Pengukuran Kinerja' page of an eselon IV unit (SIM Kinerja Polewali
  Mandar; the corpus has only the budget table of that page): Pejabat | Sasaran | Indikator | Satuan | Target |
  Realisasi over months 1 … 12 and 'Jumlah' | 'Target Kinerja(%)' (the header of the achievement), label rows
  'Sasaran Kegiatan :' / 'Sasaran Sub-Kegiatan :', a percentage indicator whose 'Jumlah' is its one monthly entry;
- a kabupaten dinas's 'Monitoring dan Evaluasi Kinerja' print of an e-SAKIP application (Pringsewu) where the
  year's target of each rencana aksi stands under a header 'Baseline', four quarter targets and four quarter
  realisations beside it, and 'Total' is the rounded mean of the filled quarters (the form's script), not their sum
  nor the last quarter;
- a kota BKPSDM's Renja evaluation for 2026 kept as a CSV (Kota Cirebon): five code columns (urusan, bidang,
  program, kegiatan, sub kegiatan), the level also written as the first word of the name ('PROGRAM …', 'KEGIATAN
  …', 'SUB KEGIATAN …'), URUSAN / BIDANG URUSAN rows, bands Target Renstra 2029 | Realisasi 2025 | Target 2026 |
  TW I … TW IV | Realisasi 2026 | Tingkat Capaian 2026 | Realisasi s.d. 2026 | Tingkat Capaian s.d. 2026, each K
  and Rp, mid-year (TW III and IV '-'), the unit in charge and two evidence columns; read once for its indicators and
  once for its money.

Three are export or print layouts found in public code, filled with invented figures and synthetic people; one is a
published page (figures as printed). Expectations are what each table says, never what the kit reads: the cases were
not run through the kit. The page searches (corpus `pages`) for LKjIP tables of kecamatan, DPMPTSP, Bappeda, BPKAD,
RSUD and for realisation tables per program returned covers, tables of contents, regulations or tables the corpus
already holds; the code searches for SIPD-RI realisation, Siskeudes, BOK and madrasah RKAM exports found templates
with no rows (a Pekalongan 'Rincian Laporan Kegiatan Belanja Langsung' whose 'Total' row prints the column numbers),
pages that are never filled (e-RKAM 'Realisasi APBM') or layouts the corpus holds (LRA by account, APBDes).
"""

from __future__ import annotations

from layouts.case import W, budget_row as _b, indicator as _ind, Layout, rupiah as _dots
from workbooks import nip


def _comma(value: float, digits: int = 2) -> str:
    """A number with a decimal comma: '60,00'."""
    return f"{value:,.{digits}f}".replace(",", "_").replace(".", ",").replace("_", ".")


# ---------------------------------------------------------------- indicators: Kemenhub anev, eselon II, five years

_KENAV_YEARS = [2015, 2016, 2017, 2018, 2019]

#: (sasaran program of the eselon I, [(sasaran kegiatan, [(IKK, realisation by year, polarity)])]); invented values
_KENAV = [
    ("Meningkatnya keselamatan dan keamanan pelayaran", [
        ("Meningkatnya keandalan sarana bantu navigasi pelayaran", [
            ("Tingkat keandalan Sarana Bantu Navigasi Pelayaran (SBNP) (%)", [93.21, 94.1, 95.02, 95.47, "-"],
             "positive"),
            ("Jumlah SBNP yang dibangun (unit)", [52, 61, 48, 57, "-"], "positive"),
        ]),
        ("Meningkatnya pelayanan telekomunikasi pelayaran", [
            ("Persentase Stasiun Radio Pantai yang beroperasi 24 jam (%)", [88, 89.5, 91.2, 92, "-"], "positive"),
            ("Jumlah kecelakaan kapal akibat gangguan sarana navigasi (kejadian)", [4, 3, 3, 2, "-"], "negative"),
        ]),
    ]),
    ("Meningkatnya kelancaran arus lalu lintas kapal di alur pelayaran", [
        ("Terpeliharanya kedalaman alur pelayaran", [
            ("Volume pengerukan alur pelayaran (juta m3)", [6.8, 7.2, 5.9, 8.1, "-"], "positive"),
            ("Persentase alur pelayaran dengan kedalaman sesuai standar (%)", [71.4, 73, 74.6, 76.2, "-"], "positive"),
        ]),
    ]),
]
_KENAV_YEAR = 2018


def _kenav_rows() -> tuple[list[list], list[str]]:
    """The sheet as excel() writes it: title A1 (merged A1:E1), 'Periode Renstra ' and the period in A2/B2, the
    header in rows 4–5, one row per IKK from row 6, column A merged over the sasaran program's IKK, B over the sasaran
    kegiatan's."""
    rows: list[list] = [
        ["REALISASI CAPAIAN KINERJA DIREKTORAT KENAVIGASIAN"],
        ["Periode Renstra ", "2015-2019"],
        [],
        ["Sasaran Kemenhub", "Sasaran Strategis", "No.", "Indikator Kinerja Kegiatan (IKK)", "Capaian Kinerja"],
        [None, None, None, None, *_KENAV_YEARS],
    ]
    merges = ["A1:E1", "B2:D2", "A3:D3", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:I4"]
    no = 1
    for program, kegiatans in _KENAV:
        program_start = len(rows) + 1
        for kegiatan, ikks in kegiatans:
            kegiatan_start = len(rows) + 1
            for i, (ikk, values, _) in enumerate(ikks):
                first_of_program = len(rows) + 1 == program_start
                rows.append([program if first_of_program else None, kegiatan if i == 0 else None, no, ikk, *values])
                no += 1
            merges.append(f"B{kegiatan_start}:B{len(rows)}")
        merges.append(f"A{program_start}:A{len(rows)}")
    return rows, merges


def _kenav_expected() -> list[dict]:
    column = _KENAV_YEARS.index(_KENAV_YEAR)
    return [_ind(ikk, None, float(values[column]), polarity)
            for _, kegiatans in _KENAV for _, ikks in kegiatans for ikk, values, polarity in ikks]


_KENAV_ROWS, _KENAV_MERGES = _kenav_rows()


# ---------------------------------------------------------------- indicators: SIM Kinerja Polewali Mandar, eselon IV

def _blank(n: int) -> list:
    return [None] * n


def _months(entries: dict[int, str]) -> list:
    """Months 1 … 12 (columns F … Q) with the page's entries placed in the given months."""
    return [entries.get(month) for month in range(1, 13)]


_POLMAN_ROWS: list[list] = [
    ["Pengukuran Kinerja Tahun 2022"] + _blank(18),
    ["Sub Bidang Penyusunan Anggaran"] + _blank(18),
    ["Tidak Ada Target", "0 - 49.99%", "50 - 64.99%", "65 - 74.99%", "75 - 89.99%", "90 - 99.99%", "Tercapai 100%",
     "Melebihi Target >100%"] + _blank(11),
    ["Pejabat", "Sasaran Kegiatan / Sub-Kegiatan", "Indikator", "Satuan", "Target", "Realisasi"] + _blank(12)
    + ["Target Kinerja(%)"],
    _blank(5) + list(range(1, 13)) + ["Jumlah", None],
    ["Kepala Sub Bidang Penyusunan Anggaran", "  Sasaran Kegiatan :"] + _blank(17),
    [None, "  Meningkatnya Kualitas Penganggaran Pendapatan dan Belanja Daerah"] + _blank(17),
    [None, None, ("  Persentase Perangkat Daerah yang Menyampaikan Dokumen Penganggaran Sesuai Standar dan Tepat "
                  "Waktu"), "persen", "95.56", *_months({12: "93"}), "93", "97.32"],
    [None, "  Sasaran Sub-Kegiatan :"] + _blank(17),
    [None, "  Tersusunnya Peraturan Daerah tentang APBD dan Peraturan Kepala Daerah tentang Penjabaran APBD"]
    + _blank(17),
    [None, None, "  Jumlah Rancangan Perda/Perbup Tentang APBD yang Tersusun sesuai standar dan tepat waktu",
     "dokumen", "2", *_months({6: "1", 9: "0", 12: "2"}), "3", "150.00"],
    [None, ("  Tersusunnya Peraturan Daerah Tentang Perubahan APBD dan Peraturan Kepala Daerah Tentang Penjabaran "
            "Perubahan APBD")] + _blank(17),
    [None, None, ("  Jumlah Rancangan Perda/Perbup Tentang Perubahan APBD yang Tersusun sesuai standar dan tepat "
                  "waktu"), "dokumen", "3", *_months({3: "1", 6: "1", 9: "1", 12: "2"}), "5", "166.67"],
]
_POLMAN_MERGES = ["A1:S1", "A2:S2", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:R4", "S4:S5", "A6:A13"]


# ---------------------------------------------------------------- indicators: e-SAKIP Pringsewu, monev print

#: the dinas's rencana aksi for 2025: (sasaran, indikator, satuan, rencana aksi, target under 'Baseline', quarter
#: targets, quarter realisations, penanggung jawab); invented
_MONEV = [
    ("Meningkatnya kualitas pelayanan administrasi kependudukan",
     "Persentase penduduk wajib KTP-el yang telah melakukan perekaman", "Persen",
     "Perekaman KTP-el keliling ke pekon\nPerekaman KTP-el bagi pemula di sekolah", "98",
     ["97", "97.5", "98", "98"], ["97.2", "97.6", "97.9", "98.3"], "Bidang Pelayanan Pendaftaran Penduduk"),
    ("Meningkatnya kualitas pelayanan administrasi kependudukan",
     "Persentase anak usia 0-17 tahun yang memiliki akta kelahiran", "Persen",
     "Pelayanan akta kelahiran terintegrasi dengan fasilitas kesehatan", "96",
     ["95", "95.5", "96", "96"], ["95.1", "95.8", "96.2", "96.6"], "Bidang Pelayanan Pencatatan Sipil"),
    ("Meningkatnya kualitas pelayanan administrasi kependudukan",
     "Persentase anak yang memiliki Kartu Identitas Anak (KIA)", "Persen",
     "Penerbitan KIA melalui sekolah dan posyandu", "60",
     ["30", "40", "50", "60"], ["28.4", "41.7", "52.9", "63.5"], "Bidang Pelayanan Pendaftaran Penduduk"),
    ("Meningkatnya pemanfaatan data kependudukan",
     "Jumlah perangkat daerah yang memanfaatkan data kependudukan melalui hak akses", "Perangkat Daerah",
     "Fasilitasi perjanjian kerja sama pemanfaatan data\nPemberian hak akses data kependudukan", "12",
     ["3", "6", "9", "12"], ["3", "7", "10", "12"],
     "Bidang Pengelolaan Informasi Administrasi Kependudukan dan Pemanfaatan Data"),
    ("Meningkatnya pemanfaatan data kependudukan",
     "Indeks kepuasan masyarakat terhadap pelayanan administrasi kependudukan", "Nilai",
     "Survei kepuasan masyarakat semesteran", "85",
     ["", "85", "", "85"], ["", "86.2", "", "87.4"], "Sekretariat"),
]


def _monev_total(realisations: list[str]) -> int:
    """hitungTotal() of the monev form: the mean of the filled quarters, Math.round-ed (halves up)."""
    values = [float(v) for v in realisations if v != ""]
    mean = sum(values) / len(values)
    return int(mean + 0.5)


def _monev_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        ["Pemerintah Kabupaten Pringsewu"],
        ["DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"],
        [],
        ["Monitoring dan Evaluasi Kinerja"],
        ["Tahun 2025"],
        [],
        ["No", "Sasaran", "Indikator", "Thn", "Satuan", "Rencana Aksi", "Baseline", "Target Triwulan", None, None,
         None, "Realisasi Triwulan", None, None, None, "Total", "Penanggung Jawab"],
        [None] * 7 + ["I", "II", "III", "IV", "I", "II", "III", "IV", None, None],
    ]
    merges = ["A1:Q1", "A2:Q2", "A4:Q4", "A5:Q5", "A7:A8", "B7:B8", "C7:C8", "D7:D8", "E7:E8", "F7:F8", "G7:G8",
              "H7:K7", "L7:O7", "P7:P8", "Q7:Q8"]
    for no, (sasaran, indikator, satuan, aksi, target, tw_target, tw_real, pj) in enumerate(_MONEV, start=1):
        rows.append([no, sasaran, indikator, "2025", satuan, aksi, target, *tw_target, *tw_real,
                     str(_monev_total(tw_real)), pj])
    rows += [
        [],
        [None] * 10 + ["Pringsewu, 20 Januari 2026"],
        [None] * 10 + ["Kepala Dinas Kependudukan dan Pencatatan Sipil"],
        [], [],
        [None] * 10 + ["Hendra Saputra Wiranata, S.STP., M.M."],
        [None] * 10 + ["NIP. " + nip(17, birth="19750814", appointed="199712")],
    ]
    return rows, merges


_MONEV_ROWS, _MONEV_MERGES = _monev_rows()


# ---------------------------------------------------------------- both: Renja evaluation CSV of BKPSDM Kota Cirebon

#: one row of the evaluation: (codes, level, name, indicator, unit, K values (renstra 2029, realisasi 2025, target
#: 2026, TW I, TW II, realisasi 2026), kind of indicator ('count' adds up over years, 'level' is a state), Rp values
#: (renstra 2029, realisasi 2025, target 2026, TW I, TW II) for sub kegiatan only, unit in charge); invented figures,
#: names after the kota nomenclature of Kepmendagri 050-5889 (approximate)
_SUBS = {
    "5.03.01.2.01.0001": ("SUB KEGIATAN PENYUSUNAN DOKUMEN PERENCANAAN PERANGKAT DAERAH",
                          "Jumlah Dokumen Perencanaan Perangkat Daerah", "Dokumen", (25, 5, 5, 2, 1, 3), "count",
                          (450_000_000, 81_225_000, 86_400_000, 21_350_000, 18_942_500), "Sekretariat"),
    "5.03.01.2.01.0007": ("SUB KEGIATAN EVALUASI KINERJA PERANGKAT DAERAH",
                          "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah", "Laporan", (25, 5, 5, 1, 2, 3), "count",
                          (320_000_000, 58_904_200, 62_750_000, 9_870_000, 17_315_000), "Sekretariat"),
    "5.03.01.2.02.0001": ("SUB KEGIATAN PENYEDIAAN GAJI DAN TUNJANGAN ASN",
                          "Persentase ASN yang Menerima Gaji dan Tunjangan Tepat Waktu", "%",
                          (100, 100, 100, 25, 25, 50),
                          "level", (39_800_000_000, 6_988_512_340, 7_462_300_000, 1_812_440_100, 1_905_118_600),
                          "Sekretariat"),
    "5.03.02.2.01.0006": ("SUB KEGIATAN PENGELOLAAN DATA DAN INFORMASI MANAJEMEN ASN",
                          "Jumlah Dokumen Hasil Pengelolaan Data dan Informasi Manajemen ASN", "Dokumen",
                          (60, 12, 12, 3, 3, 6), "count",
                          (1_650_000_000, 287_330_000, 318_600_000, 54_200_000, 96_415_000),
                          "Bidang Pengadaan, Pemberhentian dan Informasi"),
    "5.03.02.2.01.0008": ("SUB KEGIATAN PENYUSUNAN RENCANA KEBUTUHAN, JENIS DAN JUMLAH JABATAN UNTUK PELAKSANAAN "
                          "PENGADAAN ASN", "Jumlah Dokumen Rencana Kebutuhan ASN", "Dokumen", (5, 1, 1, 0, 1, 1),
                          "count", (380_000_000, 69_975_000, 74_500_000, 0, 41_860_000),
                          "Bidang Pengadaan, Pemberhentian dan Informasi"),
    "5.03.02.2.04.0002": ("SUB KEGIATAN PENGEMBANGAN KOMPETENSI TEKNIS ASN",
                          "Jumlah ASN yang Mengikuti Pengembangan Kompetensi", "Orang", (2500, 470, 520, 112, 185, 297),
                          "count", (3_100_000_000, 548_210_500, 612_000_000, 98_750_000, 201_330_000),
                          "Bidang Pengembangan Kompetensi Aparatur"),
}
_PARENTS = {
    "5.03.01": ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
                "Persentase Pemenuhan Layanan Penunjang Urusan Perangkat Daerah", "%", (100, 100, 100, 25, 25, 50),
                "level", "Sekretariat"),
    "5.03.01.2.01": ("KEGIATAN PERENCANAAN, PENGANGGARAN, DAN EVALUASI KINERJA PERANGKAT DAERAH",
                     "Persentase Dokumen Perencanaan dan Evaluasi yang Tersusun Tepat Waktu", "%",
                     (100, 100, 100, 30, 30, 60), "level", "Sekretariat"),
    "5.03.01.2.02": ("KEGIATAN ADMINISTRASI KEUANGAN PERANGKAT DAERAH",
                     "Persentase Pemenuhan Administrasi Keuangan Perangkat Daerah", "%", (100, 100, 100, 25, 25, 50),
                     "level", "Sekretariat"),
    "5.03.02": ("PROGRAM KEPEGAWAIAN DAERAH", "Indeks Profesionalitas ASN", "Nilai", (80, 71.5, 74, "-", "-", "-"),
                "level", "BKPSDM"),
    "5.03.02.2.01": ("KEGIATAN PENGADAAN, PEMBERHENTIAN DAN INFORMASI KEPEGAWAIAN ASN",
                     "Persentase Data ASN yang Mutakhir pada SIASN", "%", (100, 92.4, 95, 93.1, 94.6, 94.6), "level",
                     "Bidang Pengadaan, Pemberhentian dan Informasi"),
    "5.03.02.2.04": ("KEGIATAN PENGEMBANGAN KOMPETENSI ASN",
                     "Persentase ASN yang Memenuhi Standar 20 JP Pengembangan Kompetensi", "%",
                     (90, 78.6, 82, 21.4, 38.9, 38.9), "level", "Bidang Pengembangan Kompetensi Aparatur"),
}
#: the order of the rows: program, its kegiatan, their sub kegiatan
_ORDER = ["5.03.01", "5.03.01.2.01", "5.03.01.2.01.0001", "5.03.01.2.01.0007", "5.03.01.2.02",
          "5.03.01.2.02.0001", "5.03.02", "5.03.02.2.01", "5.03.02.2.01.0006", "5.03.02.2.01.0008", "5.03.02.2.04",
          "5.03.02.2.04.0002"]
_LEVELS = {3: "program", 5: "kegiatan", 6: "sub_kegiatan"}


def _level(code: str) -> str:
    return _LEVELS[len(code.split("."))]


def _money(code: str) -> tuple[int, int, int, int, int]:
    """Rp values of a row: its own for a sub kegiatan, the sum of its sub kegiatan otherwise."""
    subs = [sub for sub in _SUBS if sub.startswith(code + ".") or sub == code]
    return tuple(sum(_SUBS[sub][5][i] for sub in subs) for i in range(5))  # type: ignore[return-value]


def _k(value) -> str:
    """A kinerja value as the CSV prints it: '-', '38,9', '100'."""
    if value == "-":
        return "-"
    return _comma(value, 1) if isinstance(value, float) and not value.is_integer() else str(int(value))


def _pct(part, whole) -> str:
    if part == "-" or not whole:
        return "-"
    return _comma(part / whole * 100) + "%"


def _split_code(code: str) -> list[str]:
    """urusan | bidang | program | kegiatan | sub kegiatan, as the five code columns hold them: '5', '03', '01',
    '2.01', '0001'."""
    parts = code.split(".")
    cells = parts[:3] + ([".".join(parts[3:5])] if len(parts) > 3 else []) + parts[5:6]
    return cells + [""] * (5 - len(cells))


def _cirebon_row(code: str) -> list:
    if code in _SUBS:
        name, indikator, satuan, k, kind, _, unit = _SUBS[code]
    else:
        name, indikator, satuan, k, kind, unit = _PARENTS[code]
    renstra_k, r2025_k, t2026_k, tw1_k, tw2_k, r2026_k = k
    renstra_rp, r2025_rp, t2026_rp, tw1_rp, tw2_rp = _money(code)
    r2026_rp = tw1_rp + tw2_rp
    if r2026_k == "-":
        sd_k = "-"
    else:
        sd_k = r2025_k + r2026_k if kind == "count" else r2026_k
    sd_rp = r2025_rp + r2026_rp
    evidence = ("Laporan_TW1_2026.pdf", "Laporan_TW2_2026.pdf") if tw1_k != "-" else ("-", "-")
    return [*_split_code(code), name, indikator, satuan,
            _k(renstra_k), _dots(renstra_rp), _k(r2025_k), _dots(r2025_rp), _k(t2026_k), _dots(t2026_rp),
            _k(tw1_k), _dots(tw1_rp), _k(tw2_k), _dots(tw2_rp), "-", "-", "-", "-",
            _k(r2026_k), _dots(r2026_rp), _pct(r2026_k, t2026_k), _pct(r2026_rp, t2026_rp),
            _k(sd_k), _dots(sd_rp), _pct(sd_k, renstra_k), _pct(sd_rp, renstra_rp), unit, *evidence]


def _cirebon_rows() -> list[list]:
    """Four header rows (the parser reads from the fifth), then the URUSAN and BIDANG URUSAN rows and the program,
    kegiatan and sub kegiatan rows; a blank line between the programs (skipped by the parser: no name, no indicator)."""
    rows: list[list] = [
        ["Kode", "", "", "", "", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan",
         "Indikator Kinerja Program (outcome)/Kegiatan (output)", "Satuan",
         "Target Renstra PD pada Tahun 2029 (Akhir Periode Renstra PD)", "",
         "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2025)", "",
         "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2026) yang Dievaluasi", "",
         "Realisasi Kinerja Pada Triwulan", "", "", "", "", "", "", "",
         "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi (2026)", "",
         "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (2026) (%)", "",
         "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2026", "",
         "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2026 (%)", "",
         "Unit PD Penanggung Jawab", "Evidence TW I", "Evidence TW II"],
        [""] * 14 + ["I", "", "II", "", "III", "", "IV", ""] + [""] * 11,
        [""] * 8 + ["K", "Rp"] * 11 + ["", "", ""],
        ["1", "", "", "", "", "2", "3", "4", "5", "", "6", "", "7", "", "8", "", "9", "", "10", "", "11", "",
         "12", "", "13", "", "14", "", "15", "", "16", "17", "18"],
        ["5", "", "", "", "", "URUSAN PEMERINTAHAN FUNGSI PENUNJANG URUSAN PEMERINTAHAN"] + [""] * 27,
        ["5", "03", "", "", "", "BIDANG URUSAN KEPEGAWAIAN"] + [""] * 27,
    ]
    for code in _ORDER:
        if code == "5.03.02":
            rows.append([""] * 33)
        rows.append(_cirebon_row(code))
    # a CSV opened in Excel: an empty field is an empty cell
    return [[None if cell == "" else cell for cell in row] for row in rows]


_CIREBON_ROWS = _cirebon_rows()


def _cirebon_indicators() -> list[dict]:
    expected = []
    for code in _ORDER:
        entry = _SUBS.get(code) or _PARENTS[code]
        _, indikator, _, k, *_ = entry
        target, realised = k[2], k[5]
        expected.append(_ind(indikator, float(target), None if realised == "-" else float(realised)))
    return expected


def _cirebon_budget() -> list[dict]:
    expected = []
    for code in _ORDER:
        name = (_SUBS.get(code) or _PARENTS[code])[0]
        _, _, pagu, tw1, tw2 = _money(code)
        expected.append(_b(_level(code), name, pagu, tw1 + tw2))
    return expected


_CIREBON_SOURCE = ("public GitHub Streamlit dashboard 'Dashboard Renja BKPSDM Kota Cirebon - 2026' (search index file "
                   "id 56499093017), load_data(): reads file.csv from its fifth row, columns 0–3 kode1…kode4 "
                   "(column 4 skipped), 5 nama (level from the first word: SUB KEGIATAN / KEGIATAN / PROGRAM, "
                   "'BIDANG' or URUSAN), 6 indikator, 7 satuan, 8–9 target Renstra 2029 K | Rp, 10–11 realisasi "
                   "2025, 12–13 target 2026, 14–21 realisasi TW1…TW4 K | Rp, 22–23 realisasi 2026, 24–25 "
                   "capaian 2026 %, 26–27 realisasi s.d. 2026, 28–29 capaian s.d. 2026 %, 30 unit penanggung "
                   "jawab, 31–32 "
                   "evidence TW1, TW2; clean_rp drops the dots, clean_num reads a decimal comma and '%', '-' as "
                   "empty")

_CIREBON_NOTE = ("A kota BKPSDM's Renja evaluation for 2026 (the Permendagri 86/2017 evaluation form's bands) kept "
                 "as a CSV and read by the agency's dashboard: four header rows (band names, the quarters, K | Rp, "
                 "column numbers; header wording and numbering approximate, the code reads only from the fifth "
                 "row), the code split over five columns ('5' | '03' | '01' | '2.01' | '0001'), the level repeated "
                 "as the first word of the name, an URUSAN and a BIDANG URUSAN row with no figures, a blank line "
                 "between the programs. Mid-year: TW III and TW IV are '-', 'Realisasi 2026' is TW I + TW II for "
                 "the money; for the kinerja it is the sum of the quarters for counts and the latest level for "
                 "percentages (as the rows fill it). The program 'Indeks Profesionalitas ASN' is measured once a "
                 "year: '-' in every realisation column. Realisasi s.d. 2026 adds 2025 and 2026 (counts and "
                 "money); the capaian columns are against the Renstra 2029 target. Amounts with dots between "
                 "thousands, kinerja with a decimal comma, percentages '60,00%'; every cell text as a CSV gives "
                 "it. Figures and the unit names invented.")


# ---------------------------------------------------------------- the cases

INDICATORS: list[Layout] = [
    Layout(
        id="ind-kemenhub-anev-realisasi-capaian-kinerja-eselon2-lima-tahun-tanpa-target",
        dataset="indicators",
        agency=("Direktorat Kenavigasian, Ditjen Perhubungan Laut (Kementerian Perhubungan), its IKK over the "
                "Renstra 2015-2019 in the ministry's planning and evaluation application ('anev') — kementerian "
                "eselon II, application export (values synthetic)"),
        source=("github IzzulAfif/b1r0r3n-4n3v application/controllers/laporan/capaian_kinerja_eselon2.php (commit "
                "0dbecb8b4a1860a4e8ae134ce04574b1c5edd33d), excel(): sheet 'Capaian Kinerja Eselon II', A1 "
                "'REALISASI CAPAIAN KINERJA <NAMA ESELON II>' merged A1:E1, A2 'Periode Renstra ' B2 '<tahun "
                "renstra>' merged B2:D2, header row 4 'Sasaran Kemenhub' | 'Sasaran Strategis' | 'No.' | 'Indikator "
                "Kinerja Kegiatan (IKK)' | 'Capaian Kinerja' (E4:I4) over the years in row 5; A and B merged over "
                "their IKK; realisasi per year or '-'; Excel5 'CapaianKinerjaEselonI<tahun>.xls'"),
        year=_KENAV_YEAR,
        sheets={"Capaian Kinerja Eselon II": _KENAV_ROWS},
        merged={"Capaian Kinerja Eselon II": _KENAV_MERGES},
        expected=_kenav_expected(),
        # no target anywhere; one lower-is-better IKK and no polarity column
        findings=((W, "field_empty"), (W, "polarity_inferred")),
        note=("The ministry application's realisation of an eselon II's IKK over its Renstra: one column per year "
              "2015 … 2019 under 'Capaian Kinerja', which holds the realisation (get_capaian fills it from "
              "realisasi; the target is read but never written), no target and no capaian anywhere: an expected "
              "warning field_empty. The case year 2018 is the fourth of five year columns; 2019 is '-' (not yet "
              "measured). Column A is headed 'Sasaran Kemenhub' but holds the eselon I's sasaran program (a comment "
              "in the code says the cascade from the ministry's sasaran was replaced), merged down over its IKK; "
              "'Sasaran Strategis' holds the sasaran kegiatan, merged likewise. Each IKK names its unit in "
              "brackets ('(%)', '(unit)', '(juta m3)'). Accidents caused by navigation failures are better lower "
              "and there is no polarity column: polarity_inferred, the corpus's rule. Values are numbers as "
              "PHPExcel writes database values; the file is Excel5 (.xls) named 'CapaianKinerjaEselonI…' though "
              "the sheet is the eselon II's. IKK names after the directorate's Renstra (approximate), values "
              "invented."),
    ),
    Layout(
        id="ind-polman-simkinerja-eselon4-indikator-realisasi-bulan-1-12-jumlah-target-kinerja-persen",
        dataset="indicators",
        agency=("BPKAD Kabupaten Polewali Mandar, Sub Bidang Penyusunan Anggaran (e-SAKIP 'Pengukuran Kinerja' page "
                "of an eselon IV unit), its indicators — kabupaten OPD"),
        source=("https://mail.simkinerja2022.polmankab.go.id/Beranda/pengukurankinerjaeselon4/1.24.2.1/2022 — SIM "
                "Kinerja Kabupaten Polewali Mandar, 'Pengukuran Kinerja Tahun 2022', the indicator table (the budget "
                "table of the same page is the corpus's budget-polman-simkinerja-eselon4-2022)"),
        year=2022,
        sheets={"Pengukuran Kinerja": _POLMAN_ROWS},
        merged={"Pengukuran Kinerja": _POLMAN_MERGES},
        expected=[
            _ind("Persentase Perangkat Daerah yang Menyampaikan Dokumen Penganggaran", 95.56, 93.0),
            _ind("Jumlah Rancangan Perda/Perbup Tentang APBD", 2.0, 3.0),
            _ind("Jumlah Rancangan Perda/Perbup Tentang Perubahan APBD", 3.0, 5.0),
        ],
        note=("The page's first table: Pejabat (the eselon IV post, once for the block) | Sasaran Kegiatan / "
              "Sub-Kegiatan | Indikator | Satuan | Target | Realisasi over months 1 … 12 and 'Jumlah' | 'Target "
              "Kinerja(%)', which is the achievement (Jumlah / Target). Label rows 'Sasaran Kegiatan :' and "
              "'Sasaran Sub-Kegiatan :' and the sasaran lines hold no figures; the indicator lines carry them. "
              "The realisation is 'Jumlah', the months summed: for the percentage indicator that is its one entry "
              "(93 of 95.56 → 97.32); the document counts add up (1+0+2 = 3 of 2 → 150.00; 1+1+1+2 = 5 of 3 → "
              "166.67). All consistent, no published mistake. An English-locale page (decimal points); a colour "
              "legend row above the header; leading spaces as the page text renders them (expected names without "
              "them). The page's HTML leaves empty month cells out: the entries are placed in months 12 (one), 6, "
              "9, 12 (three) and 3, 6, 9, 12 (four), as the budget case of the page places its quarterly entries; "
              "the sasaran and the indicator on rows of their own is also the text's order, not a certainty. "
              "Figures as printed."),
    ),
    Layout(
        id="ind-esakip-pringsewu-monev-target-di-kolom-baseline-total-rata-rata-triwulan-dibulatkan",
        dataset="indicators",
        agency=("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Pringsewu (figures invented), 'Monitoring dan "
                "Evaluasi Kinerja' 2025 from the kabupaten's e-SAKIP application — kabupaten OPD, application print "
                "pasted into a sheet (figures and signatory synthetic)"),
        source=("github andhika201/E-Sakip app/Views/adminOpd/monev/cetak.php (commit "
                "02b8dad20111beb752bd935a9b00851295bed133; index file id 56914629411) with templates/pdf_kop.php: "
                "No | Sasaran | Indikator | Thn | Satuan | Rencana Aksi | Baseline (printing target_capaian) | Target "
                "Triwulan I–IV | Realisasi Triwulan I–IV | Total | Penanggung Jawab; app/Models/Opd/MonevModel.php "
                "(tr.capaian AS target_capaian, m.total AS monev_total) and adminOpd/monev/tambah_monev.php "
                "(hitungTotal(): Math.round of the mean of the filled quarters)"),
        year=2025,
        sheets={"Monev 2025": _MONEV_ROWS},
        merged={"Monev 2025": _MONEV_MERGES},
        expected=[_ind(indikator, float(target), float(_monev_total(real)))
                  for _, indikator, _, _, target, _, real, _ in _MONEV],
        note=("An OPD's yearly monitoring of its rencana aksi as the e-SAKIP application prints it (letterhead "
              "'Pemerintah Kabupaten Pringsewu' and the unit, title and year). The year's target of each rencana "
              "aksi is printed under the header 'Baseline' (the view writes target_capaian there); 'Thn' is the "
              "year. Target Triwulan and Realisasi Triwulan give the four quarters, empty where a quarter is not "
              "measured. 'Total' is what the monitoring form fills: the mean of the filled quarters rounded to a "
              "whole number (hitungTotal), not their sum and not the last quarter — so the cumulative KIA share "
              "(28.4, 41.7, 52.9, 63.5 against 60) has Total 47 and the count of perangkat daerah (3, 7, 10, 12 "
              "against 12) has Total 8. Expectation: target = 'Baseline', realisation = 'Total', the table's own "
              "figures (an analyst might prefer the fourth quarter for the cumulative ones; the table does not say "
              "so). Rencana aksi with two lines keep the line break. Figures, names and the signatory invented."),
    ),
    Layout(
        id="ind-bkpsdm-cirebon-renja-2026-csv-kode-lima-kolom-kata-tingkat-tw-k-rp-sd-2026",
        dataset="indicators",
        agency=("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Kota Cirebon, evaluation of its "
                "Renja 2026 to the second quarter — kota BKPSDM, CSV read by the agency's dashboard (figures "
                "synthetic)"),
        source=_CIREBON_SOURCE,
        year=2026,
        sheets={"file": _CIREBON_ROWS},
        expected=_cirebon_indicators(),
        # the program's index is measured once a year: '-' in every realisation column, a cell stating there is none
        # (field_empty, first expected here, is the warning that no indicator at all has the year's value)
        findings=(),
        note=("The indicators: one per program, kegiatan and sub kegiatan row, target = Target 2026 › K, "
              "realisation = Realisasi 2026 › K. Expectation changed in tuning: the collector expected a warning "
              "field_empty for the index measured once a year, but field_empty says that no indicator has a "
              "realisation for the year, and eleven of the twelve have one; a '-' states that there is none, which "
              "the kit reads as no value without a warning (as for every '-' of the corpus). " + _CIREBON_NOTE),
    ),
]

BUDGET: list[Layout] = [
    Layout(
        id="budget-bkpsdm-cirebon-renja-2026-csv-kode-lima-kolom-kata-tingkat-tw-k-rp-sd-2026",
        dataset="budget",
        agency=("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Kota Cirebon, evaluation of its "
                "Renja 2026 to the second quarter — kota BKPSDM, CSV read by the agency's dashboard (figures "
                "synthetic)"),
        source=_CIREBON_SOURCE,
        year=2026,
        sheets={"file": _CIREBON_ROWS},
        expected=_cirebon_budget(),
        note=("The money: every program, kegiatan and sub kegiatan row, budget = Target 2026 › Rp, realisation = "
              "Realisasi 2026 › Rp (TW I + TW II); Target Renstra 2029 › Rp is the five-year plan, Realisasi 2025 "
              "the year before and Realisasi s.d. 2026 their running sum, none of them the year's budget. A "
              "program's and a kegiatan's amounts are the sums of their sub kegiatan. " + _CIREBON_NOTE),
    ),
]

CASES: list[Layout] = [*INDICATORS, *BUDGET]
