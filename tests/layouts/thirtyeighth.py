"""The thirty-eighth held-out set: BUDGET export layouts only, from public code, filled with invented figures and
collected blind, to measure the integrated kit on layouts nobody tuned for (README.md records the cases; the lead
measures them). None of the cases was run through the kit: the expectations are what each table says, read as a
careful analyst would.

Kinds and shapes the corpus had none of:

- a state university FACULTY's RKAKL page per program studi (Fakultas Teknik Universitas Tadulako's finance
  application 'SISTEM INFORMASI KEUANGAN FAKULTAS TEKNIK', public code, search index file id 199188021): title lines
  'RKAKL FAKULTAS TEKNIK UNIVERSITAS TADULAKO' / 'TAHUN ANGGARAN …' / 'PROGRAM STUDI …', a DataTables grid KODE |
  URAIAN | PAGU | PAGU REVISI | RALISASI (the header misspelt as the view prints it), one row per six-digit akun,
  amounts as text 'Rp. 42,500,000' (number_format with commas between thousands), and the totals NOT in the grid but
  in a second table under it, label and value in two cells ('Total PAGU' | ': Rp. 298,100,000', 'Total PAGU REVISI',
  'REALISASI');
- a pemda's realisation per OPD by MONTH (a Laravel Excel view, public code, search index file id 7615549745): OPD |
  Tahun | Anggaran | Anggaran Perubahan | Januari … Desember | Jumlah Realisasi, one header row, no title, raw
  numbers; the budget is the Anggaran Perubahan, the original budget standing beside it;
- an OPD's monthly budget monitor by stage (a Laravel/Inertia application, public code, search index file ids
  15733456589, 15937047735, 15417375431, 14973998294; migration 15667391902): Anggaran Murni | Pergeseran | Perubahan,
  each a full amount and 0 where the stage has not happened (the forms send '|| 0'), so the budget in force is the
  LAST NON-ZERO stage; Penyerapan Anggaran and a Persen Penyerapan stored as a whole number (bigInteger) and printed
  with '%'; indicator columns (Nama Indikator, Jumlah Indikator, Tipe Indikator) in the budget table. Two views of it:
  the 'Daftar Program' grid of one month, and the program › kegiatan › sub-kegiatan tree of collapsible cards where
  every figure is a 'Label: value' line of its own (one cell per line).

What was searched and not found (corpus `code`, `find_string`, `pages`): a BOK/BOS realisation export ('Penggunaan
Dana BOK': nothing; BOS layouts already in the corpus); SAKTI/OM-SPAN realisation per akun ('Realisasi per Akun',
'Pagu Revisi': dashboards of non-government ledgers, SBSN import notes, a SAKTI 'Laporan Fa Detail' importer without
its column list; kept the Tadulako page); SIMDA 'Kd_Akun' realisation views (input forms only); a published realisasi
table per program/kegiatan with anggaran murni | perubahan (corpus `pages`: Perda pertanggungjawaban APBD Pakpak
Bharat 2022 and Pergub Bali 2018 openings only, a Dinas Kesehatan LKj 2022's table of contents, the BPOM PPPOMN and
Polewali Mandar pages the corpus holds). A 'Daya Serap' export (Pers | Barang | Har | Jaldis | Umum, search index file
id 51929769288) was seen and left out: its receipts come 'Dari Yayasan' (a foundation, not a government agency) and
its columns are formulas.
"""

from __future__ import annotations

from layouts.case import budget_row as _b, Layout

# ------------------------------------------------------------------ budget: Fakultas Teknik Untad, RKAKL per prodi

#: akun, uraian, pagu, pagu revisi, realisasi (invented)
_UNTAD: list[tuple[str, str, int, int, int]] = [
    ("521211", "Belanja Bahan", 45_000_000, 42_500_000, 38_760_000),
    ("521213", "Honor Output Kegiatan", 36_000_000, 36_000_000, 33_000_000),
    ("521219", "Belanja Barang Non Operasional Lainnya", 24_500_000, 27_000_000, 26_150_000),
    ("522151", "Belanja Jasa Profesi", 18_000_000, 18_000_000, 12_000_000),
    ("524111", "Belanja Perjalanan Dinas Biasa", 60_000_000, 52_000_000, 47_385_000),
    ("524113", "Belanja Perjalanan Dinas Dalam Kota", 9_600_000, 9_600_000, 7_200_000),
    ("525113", "Belanja Jasa", 30_000_000, 34_000_000, 33_500_000),
    ("537112", "Belanja Modal Peralatan dan Mesin", 75_000_000, 80_000_000, 79_650_000),
]


def _rp_koma(amount: int) -> str:
    """'Rp. ' and the amount as number_format($x, 0, '.', ',') prints it: commas between thousands."""
    return f"Rp. {amount:,}"


def _untad_rows() -> list[list]:
    return [
        ["Logout"],
        ["RKAKL FAKULTAS TEKNIK UNIVERSITAS TADULAKO"],
        ["TAHUN ANGGARAN 2019"],
        ["PROGRAM STUDI TEKNIK SIPIL"],
        ["Operator Teknik Sipil (Program Studi Teknik Sipil)"],
        ["Show 10 entries", None, None, None, "Search:"],
        ["KODE", "URAIAN", "PAGU", "PAGU REVISI", "RALISASI"],
        *[[kode, uraian, _rp_koma(pagu), _rp_koma(revisi), _rp_koma(real)]
          for kode, uraian, pagu, revisi, real in _UNTAD],
        ["Showing 1 to 8 of 8 entries", None, None, None, "Previous 1 Next"],
        [],
        [None, "Total PAGU", ": Rp. " + f"{sum(r[2] for r in _UNTAD):,}"],
        [None, "Total PAGU REVISI", ": Rp. " + f"{sum(r[3] for r in _UNTAD):,}"],
        [None, "REALISASI", ": Rp. " + f"{sum(r[4] for r in _UNTAD):,}"],
        [],
        [None, None, "Cetak Data"],
        ["© Fakultas Teknik | Universitas Tadulako"],
    ]


# ------------------------------------------------------------------ budget: a pemda's realisation per OPD by month

_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"]

#: OPD, anggaran, anggaran perubahan, realisation by month (invented)
_OPD: list[tuple[str, int, int, list[int]]] = [
    ("Dinas Pendidikan dan Kebudayaan", 412_650_000_000, 418_905_250_000,
     [18_420_150_000, 27_315_400_000, 31_208_775_000, 29_880_120_000, 30_115_600_000, 36_902_450_000,
      28_774_300_000, 30_251_900_000, 33_487_650_000, 31_926_800_000, 34_118_250_000, 72_604_335_000]),
    ("Dinas Kesehatan", 186_300_000_000, 194_722_600_000,
     [6_215_300_000, 11_480_950_000, 13_702_400_000, 12_955_780_000, 14_230_100_000, 15_884_620_000,
      13_905_000_000, 14_612_350_000, 16_077_900_000, 15_230_480_000, 17_455_300_000, 36_118_270_000]),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", 143_750_000_000, 131_204_800_000,
     [1_204_500_000, 3_880_200_000, 5_412_750_000, 6_930_000_000, 8_115_420_000, 9_870_300_000,
      10_215_600_000, 11_480_900_000, 13_907_250_000, 12_640_380_000, 15_226_900_000, 27_118_650_000]),
    ("Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah", 12_480_000_000, 12_915_500_000,
     [402_300_000, 815_950_000, 1_020_400_000, 955_120_000, 1_104_300_000, 1_210_880_000,
      930_450_000, 1_002_700_000, 1_130_900_000, 1_045_220_000, 1_215_600_000, 1_622_480_000]),
    ("Satuan Polisi Pamong Praja", 9_860_000_000, 10_124_300_000,
     [512_600_000, 700_150_000, 805_300_000, 790_420_000, 812_900_000, 905_750_000,
      780_300_000, 802_450_000, 866_100_000, 840_920_000, 905_300_000, 1_110_480_000]),
    ("Kecamatan Kota", 4_215_000_000, 4_380_250_000,
     [180_400_000, 290_350_000, 330_120_000, 310_900_000, 325_800_000, 372_450_000,
      315_200_000, 330_700_000, 352_600_000, 340_150_000, 368_900_000, 494_380_000]),
]


def _opd_rows() -> list[list]:
    rows: list[list] = [["OPD", "Tahun", "Anggaran", "Anggaran Perubahan", *_MONTHS, "Jumlah Realisasi"]]
    for name, murni, perubahan, months in _OPD:
        rows.append([name, 2023, murni, perubahan, *months, sum(months)])
    return rows


# ------------------------------------------------------------------ budget: murni | pergeseran | perubahan monitor

#: (level, name, indikator, jumlah indikator, tipe, murni, pergeseran, perubahan, penyerapan to June) — invented;
#: 0 = the stage has not happened (the application's forms send 0 for an empty field)
_STAGES: list[tuple[str, str, str, int, str, int, int, int, int]] = [
    ("program", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
     "Persentase pemenuhan layanan administrasi perkantoran", 1, "Persentase",
     4_250_000_000, 4_310_000_000, 4_402_500_000, 1_985_400_000),
    ("kegiatan", "Administrasi Keuangan Perangkat Daerah", "Jumlah bulan pelayanan gaji dan tunjangan ASN", 12,
     "Bulan", 3_600_000_000, 3_645_000_000, 3_712_500_000, 1_770_000_000),
    ("sub_kegiatan", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah orang yang menerima gaji dan tunjangan ASN", 84,
     "Orang", 3_600_000_000, 3_645_000_000, 3_712_500_000, 1_770_000_000),
    ("kegiatan", "Administrasi Umum Perangkat Daerah", "Jumlah paket layanan administrasi umum", 4, "Paket",
     650_000_000, 665_000_000, 690_000_000, 215_400_000),
    ("sub_kegiatan", "Penyediaan Bahan Logistik Kantor", "Jumlah paket bahan logistik kantor", 2, "Paket",
     420_000_000, 435_000_000, 440_000_000, 150_600_000),
    ("sub_kegiatan", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Jumlah laporan rapat koordinasi", 12,
     "Laporan", 230_000_000, 230_000_000, 250_000_000, 64_800_000),
    ("program", "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
     "Persentase kelompok tani yang menerima sarana pertanian", 1, "Persentase",
     1_800_000_000, 0, 1_650_000_000, 612_000_000),
    ("kegiatan", "Pengawasan Penggunaan Sarana Pendukung Pertanian Sesuai dengan Komoditas, Teknologi dan Spesifik "
     "Lokasi", "Jumlah kelompok tani yang menerima sarana", 40, "Kelompok", 1_800_000_000, 0, 1_650_000_000,
     612_000_000),
    ("sub_kegiatan", "Pendampingan Penggunaan Sarana Pendukung Pertanian", "Jumlah kelompok tani yang didampingi", 40,
     "Kelompok", 1_800_000_000, 0, 1_650_000_000, 612_000_000),
    ("program", "PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN",
     "Panjang jaringan irigasi tersier yang direhabilitasi", 1, "Kilometer", 2_350_000_000, 2_280_000_000, 0,
     705_000_000),
    ("kegiatan", "Pengembangan Prasarana Pertanian", "Panjang jaringan irigasi tersier yang direhabilitasi", 12,
     "Kilometer", 2_350_000_000, 2_280_000_000, 0, 705_000_000),
    ("sub_kegiatan", "Pembangunan, Rehabilitasi dan Pemeliharaan Jaringan Irigasi Usaha Tani",
     "Panjang jaringan irigasi usaha tani", 12, "Kilometer", 2_350_000_000, 2_280_000_000, 0, 705_000_000),
    ("program", "PROGRAM PENGENDALIAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER",
     "Persentase ternak yang divaksinasi", 1, "Persentase", 420_000_000, 0, 0, 168_000_000),
    ("kegiatan", "Pengendalian dan Penanggulangan Penyakit Hewan Menular Strategis",
     "Jumlah dosis vaksin yang diberikan", 6000, "Dosis", 420_000_000, 0, 0, 168_000_000),
    ("sub_kegiatan", "Penyediaan dan Pengelolaan Bahan Vaksin dan Obat Hewan", "Jumlah dosis vaksin yang disediakan",
     6000, "Dosis", 420_000_000, 0, 0, 168_000_000),
]


def _in_force(murni: int, geser: int, ubah: int) -> int:
    """The budget in force: the last stage that happened (a 0 stage has not happened)."""
    return ubah or geser or murni


def _persen(murni: int, geser: int, ubah: int, serap: int) -> int:
    """The percentage the operator typed: a whole number (the column is bigInteger), rounded."""
    return round(serap / _in_force(murni, geser, ubah) * 100)


_PROGRAMS = [line for line in _STAGES if line[0] == "program"]


def _program_rows() -> list[list]:
    rows: list[list] = [
        ["Bulan Juni"],
        ["Daftar Program"],
        ["Kembali ke Daftar Bulan"],
        ["Nama Program", "Nama Indikator", "Jumlah Indikator", "Tipe Indikator", "Anggaran Murni", "Pergeseran",
         "Perubahan", "Penyerapan Anggaran", "Persen Penyerapan Anggaran", "Actions"],
    ]
    for _, name, ind, jumlah, tipe, murni, geser, ubah, serap in _PROGRAMS:
        rows.append([name, ind, jumlah, tipe, murni, geser, ubah, serap, f"{_persen(murni, geser, ubah, serap)}%",
                     "View Kegiatan Update Anggaran"])
    return rows


def _tree_rows() -> list[list]:
    heading = {"program": "▼ Program: ", "kegiatan": "▼ Kegiatan: ", "sub_kegiatan": "▼ Sub-Kegiatan: "}
    rows: list[list] = []
    for level, name, ind, jumlah, tipe, murni, geser, ubah, serap in _STAGES:
        rows += [[heading[level] + name],
                 [f"Indikator: {ind}"], [f"Jumlah Indikator: {jumlah}"], [f"Tipe Indikator: {tipe}"],
                 [f"Anggaran Murni: {murni}"], [f"Pergeseran: {geser}"], [f"Perubahan: {ubah}"],
                 [f"Penyerapan Anggaran: {serap}"],
                 [f"Persen Penyerapan: {_persen(murni, geser, ubah, serap)}%"]]
    return rows


_APP_SOURCE = ("public GitHub Laravel/Inertia application of an OPD's monthly budget monitoring (repository not named "
               "by the index): Program index page (search index file id 15733456589), components Program "
               "(15937047735), "
               "Kegiatan (15417375431), SubKegiatan (14973998294); forms sending 0 for an empty stage (15082384403, "
               "15294505579); migration with bigInteger amounts and persen (15667391902)")

CASES: list[Layout] = [
    Layout(
        id="budget-untad-fatek-rkakl-prodi-pagu-revisi-ralisasi-rp-koma-total-tabel-terpisah",
        dataset="budget",
        agency=("Fakultas Teknik Universitas Tadulako, Program Studi Teknik Sipil (the view fills the prodi from the "
                "session) — state university faculty (kementerian PTN unit), faculty finance application page "
                "copied into a sheet (figures invented)"),
        source=("public GitHub CodeIgniter view of 'SISTEM INFORMASI KEUANGAN FAKULTAS TEKNIK UNIVERSITAS TADULAKO' "
                "(search index file id 199188021): heading 'RKAKL FAKULTAS TEKNIK UNIVERSITAS TADULAKO' / 'TAHUN "
                "ANGGARAN <tahun>' / 'PROGRAM STUDI <unitkerja>', DataTables grid KODE | URAIAN | PAGU | PAGU REVISI "
                "| RALISASI with 'Rp. ' number_format(x, 0, '.', ','), then a separate table Total PAGU / Total PAGU "
                "REVISI / REALISASI ': Rp. …', 'Cetak Data', footer"),
        year=2019,
        sheets={"RKAKL Prodi": _untad_rows()},
        expected=[_b("program", uraian, revisi, real) for _, uraian, _, revisi, real in _UNTAD],
        note=("A faculty finance application's RKAKL page of one study programme: the logout link, three title lines, "
              "the operator's box title (a placeholder here, no person), DataTables' 'Show 10 entries' / 'Search:' "
              "and 'Showing 1 to 8 of 8 entries' / 'Previous 1 Next' around the grid. The grid is a flat list of "
              "six-digit akun (521211 … 537112; level 'program', as the corpus's other flat lists) with PAGU, PAGU "
              "REVISI and a realisation column headed 'RALISASI' (misspelt in the view). Amounts are text 'Rp. "
              "42,500,000', commas between thousands. A careful analyst reads eight rows: budget = PAGU REVISI (the "
              "pagu in force; PAGU is the original), realised = RALISASI. The totals are not a grid row: a second "
              "table under it, an empty first cell, then 'Total PAGU' | ': Rp. 298,100,000', 'Total PAGU REVISI' | "
              "': Rp. 299,100,000', 'REALISASI' | ': Rp. 277,645,000' (they agree with the rows). Figures invented."),
    ),
    Layout(
        id="budget-pemda-realisasi-per-opd-anggaran-perubahan-januari-desember-jumlah-realisasi",
        dataset="budget",
        agency=("A kabupaten's OPD (not named; Dinas Pendidikan dan Kebudayaan … Kecamatan Kota invented), "
                "realisation of 2023 by month — kabupaten pemda export, Laravel Excel view (figures invented)"),
        source=("public GitHub Blade view for an Excel export (search index file id 7615549745): OPD | Tahun | "
                "Anggaran | Anggaran Perubahan | Januari … Desember | Jumlah Realisasi, fields nama_skpd, tahun, "
                "anggaran, perubahan, januari … desember, jml_realisasi"),
        year=2023,
        sheets={"Realisasi Anggaran": _opd_rows()},
        expected=[_b("program", name, perubahan, sum(months)) for name, _, perubahan, months in _OPD],
        note=("A pemda-wide realisation sheet, one row per OPD: one header row and no title (the export's bare "
              "table), the year in a column of its own, the original budget (Anggaran) beside the changed one "
              "(Anggaran Perubahan), twelve month columns of realisation and their Jumlah Realisasi, all raw numbers. "
              "A careful analyst reads six rows (level 'program', a flat list): budget = Anggaran Perubahan (the "
              "budget in force at year end; one OPD's perubahan is LOWER than its anggaran), realised = Jumlah "
              "Realisasi (the months' sum, which it is on every row). No total row. Figures invented."),
    ),
    Layout(
        id="budget-monitor-daftar-program-murni-pergeseran-perubahan-nol-belum-persen-bulat-indikator",
        dataset="budget",
        agency=("An OPD of a kabupaten (not named; a Dinas Pertanian's programs invented), its programs in June — "
                "kabupaten OPD, budget monitoring application page copied into a sheet (figures invented)"),
        source=_APP_SOURCE + "; the grid's columns as the Program index page lists them, the actions column labelled "
                             "'Actions' as the application's older Kegiatan index table (15488694672) heads it",
        year=2024,
        sheets={"Daftar Program": _program_rows()},
        expected=[_b("program", name, _in_force(murni, geser, ubah), serap)
                  for _, name, _, _, _, murni, geser, ubah, serap in _PROGRAMS],
        note=("The 'Daftar Program' page of one month ('Bulan Juni'; the page shows no year): Nama Program | Nama "
              "Indikator | Jumlah Indikator | Tipe Indikator | Anggaran Murni | Pergeseran | Perubahan | Penyerapan "
              "Anggaran | Persen Penyerapan Anggaran | Actions ('View Kegiatan', 'Update Anggaran'). The three stages "
              "are full amounts and 0 where a stage has not happened: program 1 went through all three, program 2 "
              "skipped the pergeseran (0) and was changed, program 3 was shifted but not changed (Perubahan 0), "
              "program 4 has only its murni. A careful analyst takes the LAST NON-ZERO stage as the budget (4,402.5 "
              "million, 1,650 million, 2,280 million, 420 million), never the 0, and Penyerapan Anggaran as realised. "
              "The percentage is a "
              "whole number typed by the operator and stored as bigInteger ('45%'), rounded from penyerapan / the "
              "budget in force; the indicator columns are not amounts. Amounts are raw integers. Figures invented."),
    ),
    Layout(
        id="budget-monitor-pohon-program-kegiatan-sub-kegiatan-label-nilai-satu-sel-per-baris-tahap-nol",
        dataset="budget",
        agency=("The same kabupaten OPD (not named), its program › kegiatan › sub-kegiatan tree in June — kabupaten "
                "OPD, budget monitoring application page copied into a sheet (figures invented)"),
        source=_APP_SOURCE + "; the collapsible cards '▼ Program: …', '▼ Kegiatan: …', '▼ Sub-Kegiatan: …', each "
                             "opened, with their <p> lines 'Indikator:' … 'Persen Penyerapan: …%'",
        year=2024,
        sheets={"Program Kegiatan": _tree_rows()},
        refused="this sheet holds 15 cards whose lines are 'Label: value' in one cell (column A",
        note=("After tuning: refused, not read (expectation changed from 15 rows): the sheet has no column at all, each "
              "figure is the text after a label in one cell, and a program, kegiatan or sub-kegiatan is known only "
              "from the words of its heading cell; the kit reads tables whose figures have cells of their own, as it "
              "refuses record cards (label | value rows) of staff, and says what the sheet is and what to give "
              "instead (a row per card under a header of its labels, or the application's list). "
              "The application's tree of collapsible cards with every card opened and copied: no table at all. Each "
              "program, kegiatan and sub-kegiatan is a heading cell ('▼ Program: PROGRAM PENUNJANG …', '▼ Kegiatan: "
              "…', '▼ Sub-Kegiatan: …', nested only by indentation on screen, all in column A once copied) followed by "
              "eight 'Label: value' cells, one per line: Indikator, Jumlah Indikator, Tipe Indikator, Anggaran Murni, "
              "Pergeseran, Perubahan, Penyerapan Anggaran (raw integers, '3712500000') and Persen Penyerapan (a whole "
              "number with '%'). Stages are full amounts, 0 where the stage has not happened, so the budget is the "
              "last non-zero of Murni, Pergeseran, Perubahan and realised the Penyerapan Anggaran. A careful analyst "
              "reads 15 rows: 4 programs, 5 kegiatan, 6 sub-kegiatan; every parent's amounts equal the sum of its "
              "children. Figures invented."),
    ),
]
