"""The twenty-eighth held-out set: INDICATOR and BUDGET layouts only, collected blind, to measure the integrated kit on
layouts nobody tuned for (README.md records the cases; the lead measures them). Another collector took a
twenty-seventh set of staff layouts at the same time; earlier collectors of this session made the twenty-fourth to
twenty-sixth sets (already merged on main), and this set is added after them.

Kinds and shapes the corpus had none of:

- EFFICIENCY tables of a Badan POM unit that compare the performance reached with the budget spent (published):
  * Pusat Riset dan Kajian Obat dan Makanan (PRKOM, BPOM; a lembaga's eselon II centre), 'Tabel 28. Analisis
    Tingkat Efisiensi Kegiatan': SASARAN | INDIKATOR | KINERJA › T | R | % | ANGGARAN › T | R | % | IE | TE | Ket —
    two T | R | % bands side by side, the first the indicator's target and realisation, the second the budget and
    its spending, then the efficiency index (% capaian output / % capaian input) and level;
  * Balai Besar POM di Yogyakarta (a lembaga's UPT), 'Tabel 44': ONE indicator named only in the title ('Tingkat
    Efisiensi Penggunaan Anggaran') measured in 2020 against the Renstra's targets of 2022 and 2024, the year bands
    2020 | 2022 | 2024 each with Target | Realisasi 2020 | (Asumsi) Capaian — the 2020 realisation three times.
- a Renstra generator's tables T-C.23 and T-C.24 (Permendagri 86/2017) of a Dinas Pangan (public code: a Node
  application that writes the Renstra document as DOCX/PDF, search index file id 54810741890
  'renstraGenerateController.js'): the previous Renstra period's FIVE years of target, realisation and 'Rasio' for
  each program's indicator, and of budget, spending and 'Rasio (%)' for each kegiatan with its program repeated on
  every row — multi-year trend tables with calendar years under three bands, '-' for a year without data and '-%'
  for a year budgeted at 0 (the generator's own output), the ratios written with a decimal POINT ('101.5%') and the
  amounts with Indonesian thousands dots ('3.515.300.000').
- a KKP training UPT's weekly report FORM (Balai Pelatihan dan Penyuluhan Perikanan, 'Form Weekly Report'; its
  layout from public code, search index file ids 70747070520 'fe/src/lib/weeklyReport.js' and 70285722635
  'fe/test/weekly-report.test.mjs', which reads the UPT template: label in C/D, value in F, a right block J/L):
  the budget by jenis belanja written DOWN the sheet, each 'a). Belanja Pegawai' / 'b). Belanja Barang' /
  'c). Belanja Modal' followed by 'Pagu … AWAL (Rp)', 'Pagu … AKTIF (Rp)', 'Realisasi (Rp)', 'Persentase (%)'
  rows, the PNBP target in a right-hand block, the same money again by sumber dana (RM, PNBP/BLU) in section 2 and
  training counts in persons in section 3. No header row at all.

The two Badan POM tables are copied cell for cell as printed; the generator's tables and the weekly form are export
layouts filled with invented figures (no person appears). Expectations are what each table says, never what the kit
reads: none of the cases was run through the kit.

What was searched and not found: the page corpus (some twenty queries) for LKjIP / LAKIP tables of realisation by
jenis belanja (pegawai, barang, modal) of a kecamatan, a sekretariat DPRD, an RSUD or a Balai Besar POM (narrative,
covers and tables of contents; the Mahkamah Agung BUA table that surfaced is already in the corpus), for quarterly
target/realisation indicator tables (Inspektorat Sampang and PPPOMN, both in the corpus), for Kementerian Luar Negeri
secretariats' Laporan Kinerja 2021 (Setditjen Kerja Sama ASEAN and Multilateral: only tables of contents were
stored), for Setda Sumatera Utara (Tabel 19, in the corpus), for Direktorat Bindiktara (Tabel 4 cut before its third
row, as the twenty-first set found) and for the Inspektorat Jenderal LAKIP 2019 efficiency table (fliphtml5 page 42,
'Tabel III.5 Pengukuran Efisiensi': the stored text runs its cells together, rows cannot be told apart). The code
corpus for e-Monev Bappenas (PP 39/2006) forms, Krisna and SMART DJA exports (only dashboards and column-name
mappings of uploads, no export's column list), and the SIPD Renstra table T-C.24 with calendar years in a real
Excel export: a Kabupaten Madiun Renstra application (search index file id 26338516274) exports T-C.24 and E.80 to
Excel, but its year columns are 'Tahun ke-1' … 'Tahun ke-5' with no calendar year anywhere, so no year's column can
be told; it was left out rather than guess the kit's refusal.
"""

from __future__ import annotations

from layouts.case import budget_row as _b, indicator as _ind, Layout, rupiah

# ---------------------------------------------------------------- indicators: PRKOM (BPOM) 2021, Tabel 28

_PRKOM_SOURCE = ("https://123dok.com/article/analisis-efisiensi-pelaksanaan-kegiatan-akuntabilitas-kinerja.yev43501 — "
                 "Laporan Kinerja Triwulan IV 2021 Pusat Riset dan Kajian Obat dan Makanan (PRKOM), Badan Pengawas "
                 "Obat dan Makanan, Bab III Akuntabilitas Kinerja, D. Analisis Efisiensi Pelaksanaan Kegiatan, "
                 "'Tabel 28. Analisis Tingkat Efisiensi Kegiatan' (the same document's Bab I is "
                 "https://123dok.com/article/strategis-dokumen-ditandatangani-secara-elektronik-menggunakan-sertifikat"
                 "-elekt.yev43501)")

_PRKOM_ROWS = [
    ["Tabel 28. Analisis Tingkat Efisiensi Kegiatan", *[None] * 10],
    ["SASARAN", "INDIKATOR", "KINERJA", None, None, "ANGGARAN", None, None, "IE", "TE", "Ket"],
    [None, None, "T", "R", "%", "T", "R", "%", None, None, None],
    ["Tersedianya riset dan kajian di bidang pengawasan Obat dan Makanan yang berkualitas",
     "Persentase riset dan kajian pengawasan Obat dan Makanan yang dimanfaatkan",
     "75%", "74,94%", "99,92%", "6.910.387.000", "6.495.748.767", "94,00%", "1,063", "0,063", "Efisien"],
    ["Tersedianya perencanaan riset dan kajian sesuai kebutuhan",
     "Persentase riset dan kajian yang sesuai dengan perencanaan",
     "100%", "100,00%", "100,00%", "42.150.000", "41.818.800", "99,21%", "1,008", "0,008", "Efisien"],
]

# ---------------------------------------------------------------- indicators: BBPOM di Yogyakarta 2020, Tabel 44

_BBPOM_SOURCE = ("https://123dok.com/article/efektivitas-penggunaan-anggaran-pengantar-yogyakarta-februari-kepala-"
                 "bbpom.yj74d3o2 — Laporan Kinerja 2020 Balai Besar POM di Yogyakarta (BPOM), hal. 108, 'Tabel 44. "
                 "Realisasi Indikator Kinerja Tingkat Efisiensi Penggunaan Anggaran tahun 2020 dibandingkan dengan "
                 "target Tahun 2022 dan 2024'")

_BBPOM_ROWS = [
    ["Tabel 44. Realisasi Indikator Kinerja Tingkat Efisiensi Penggunaan Anggaran tahun 2020 dibandingkan dengan "
     "target Tahun 2022 dan 2024", *[None] * 8],
    ["2020", None, None, "2022", None, None, "2024", None, None],
    ["Target 2020", "Realisasi 2020", "Capaian 2020", "Target 2022", "Realisasi 2020", "Asumsi Capaian 2022",
     "Target 2024", "Realisasi 2020", "Asumsi Capaian 2024"],
    ["95,00", "100", "105,26", "97,00", "100", "103,09", "99,00", "100", "101,01"],
]

# ---------------------------------------------------------------- the Renstra generator's T-C.23 and T-C.24

_RENSTRA_SOURCE = ("public code, search index file id 54810741890 'renstraGenerateController.js' (auto-generate "
                   "Dokumen Renstra OPD, Permendagri 86/2017, output DOCX via html-to-docx and PDF via puppeteer), "
                   "functions buildTabelTC23 and buildTabelTC24: the previous Renstra period's years (tahun_mulai − 5 "
                   "… tahun_mulai − 1) from its LAKIP and 'LK Dispang' data")

_OPD = "Dinas Pangan"
_YEARS = ["2020", "2021", "2022", "2023", "2024"]


def _rasio(real: float, base: float) -> str:
    """The generator's ratio cell: ``((real / base) * 100).toFixed(1)`` and a per-cent sign, ``'-%'`` for base 0."""
    return f"{real / base * 100:.1f}%" if base > 0 else "-%"


#: T-C.23 rows: program, indikator kinerja, {year: (target, realisasi)} as entered (a year without data is absent)
_TC23 = [
    ("Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat", "Skor Pola Pangan Harapan (PPH)",
     {"2020": ("85", "84.2"), "2021": ("86", "86.5"), "2022": ("87", "87.1"), "2023": ("88", "88.9"),
      "2024": ("89", "90.3")}),
    ("Program Penanganan Kerawanan Pangan", "Persentase daerah rentan rawan pangan",
     {"2020": ("12", "12.5"), "2021": ("11", "10.8"), "2022": ("10", "9.6"), "2023": ("9", "8.7"),
      "2024": ("8", "7.9")}),
    ("Program Pengelolaan Sumber Daya Ekonomi untuk Kedaulatan dan Kemandirian Pangan",
     "Ketersediaan energi per kapita (kkal/kapita/hari)",
     {"2021": ("2400", "2388"), "2022": ("2400", "2412"), "2023": ("2400", "2431"), "2024": ("2400", "2456")}),
    ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Nilai SAKIP Dinas Pangan",
     {"2020": ("B", "B"), "2021": ("B", "BB"), "2022": ("BB", "BB"), "2023": ("BB", "BB"), "2024": ("BB", "A")}),
]


def _tc23_ratio(target: str, real: str) -> str:
    """``parseFloat`` of both, the ratio when both are numbers and the target above 0, else ``'-'``."""
    try:
        t, r = float(target), float(real)
    except ValueError:
        return "-"
    return f"{r / t * 100:.1f}%" if t > 0 else "-"


def _tc23_rows() -> list[list]:
    rows: list[list] = [
        [f"Tabel T-C.23 — Pencapaian Kinerja Pelayanan {_OPD}", *[None] * 17],
        ["No", "Program", "Indikator Kinerja", "Target", *[None] * 4, "Realisasi", *[None] * 4,
         "Rasio Capaian (%)", *[None] * 4],
        [None, None, None, *_YEARS, *_YEARS, *_YEARS],
    ]
    for no, (program, indikator, data) in enumerate(_TC23, start=1):
        targets = [data[y][0] if y in data else "-" for y in _YEARS]
        reals = [data[y][1] if y in data else "-" for y in _YEARS]
        ratios = [_tc23_ratio(*data[y]) if y in data else "-" for y in _YEARS]
        rows.append([no, program, indikator, *targets, *reals, *ratios])
    return rows


#: T-C.24 rows: program, kegiatan, {year: (anggaran, realisasi)} (a year without data is absent)
_TC24 = [
    ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Administrasi Keuangan Perangkat Daerah",
     {"2020": (3_120_450_000, 2_987_112_300), "2021": (3_210_000_000, 3_101_455_870),
      "2022": (3_305_600_000, 3_187_990_120), "2023": (3_402_150_000, 3_350_876_400),
      "2024": (3_515_300_000, 3_448_210_950)}),
    ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Administrasi Umum Perangkat Daerah",
     {"2020": (412_500_000, 398_760_450), "2021": (438_200_000, 401_113_900), "2022": (455_000_000, 447_802_600),
      "2023": (470_750_000, 452_118_300), "2024": (486_900_000, 471_035_780)}),
    ("PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT",
     "Pelaksanaan Pencapaian Target Konsumsi Pangan Perkapita/Tahun sesuai dengan Angka Kecukupan Gizi",
     {"2020": (265_000_000, 248_330_000), "2021": (310_400_000, 296_745_500), "2022": (342_000_000, 339_120_000),
      "2023": (355_800_000, 341_966_250), "2024": (368_250_000, 360_904_100)}),
    ("PROGRAM PENANGANAN KERAWANAN PANGAN", "Penyusunan Peta Ketahanan dan Kerentanan Pangan Kabupaten/Kota",
     {"2021": (185_000_000, 176_420_000), "2022": (192_600_000, 190_055_400), "2023": (198_000_000, 181_230_600),
      "2024": (205_750_000, 203_118_000)}),
    ("PROGRAM PENGAWASAN KEAMANAN PANGAN", "Pelaksanaan Pengawasan Keamanan Pangan Segar Daerah Kabupaten/Kota",
     {"2020": (0, 0), "2021": (96_000_000, 88_450_000), "2022": (104_500_000, 101_312_750),
      "2023": (110_000_000, 107_845_000), "2024": (118_400_000, 112_506_900)}),
]


def _tc24_rows() -> list[list]:
    rows: list[list] = [
        [f"Tabel T-C.24 — Anggaran dan Realisasi Pendanaan Pelayanan {_OPD}", *[None] * 17],
        ["No", "Program", "Kegiatan", "Anggaran (Rp)", *[None] * 4, "Realisasi (Rp)", *[None] * 4,
         "Rasio (%)", *[None] * 4],
        [None, None, None, *_YEARS, *_YEARS, *_YEARS],
    ]
    for no, (program, kegiatan, data) in enumerate(_TC24, start=1):
        budgets = [rupiah(data[y][0]) if y in data else "-" for y in _YEARS]
        reals = [rupiah(data[y][1]) if y in data else "-" for y in _YEARS]
        ratios = [_rasio(data[y][1], data[y][0]) if y in data else "-" for y in _YEARS]
        rows.append([no, program, kegiatan, *budgets, *reals, *ratios])
    return rows


def _tc24_expected() -> list[dict]:
    """The 2024 rows: each program (in order of first appearance) with its kegiatan's sums, then its kegiatan."""
    rows: list[dict] = []
    for program in dict.fromkeys(p for p, _, _ in _TC24):
        own = [(kegiatan, data["2024"]) for p, kegiatan, data in _TC24 if p == program]
        rows.append(_b("program", program, sum(b for _, (b, _) in own), sum(r for _, (_, r) in own)))
        rows += [_b("kegiatan", kegiatan, b, r) for kegiatan, (b, r) in own]
    return rows


_BANDS_MERGED = ["A1:R1", "A2:A3", "B2:B3", "C2:C3", "D2:H2", "I2:M2", "N2:R2"]

# ---------------------------------------------------------------- budget: the KKP BPPP weekly report form

_WEEKLY_SOURCE = ("public code reading the KKP training UPTs' 'Form Weekly Report' template: search index file ids "
                  "70747070520 'fe/src/lib/weeklyReport.js' (the sections '1. REALISASI ANGGARAN', '2. REALISASI "
                  "ANGGARAN BERDASARKAN SUMBER ANGGARAN', '3. CAPAIAN', the labels it looks for) and 70285722635 "
                  "'fe/test/weekly-report.test.mjs' (a copy of the template's cells: B5 'UPT', B6 'WEEKLY REPORT "
                  "(Tanggal)', B13, C19 'a). Belanja Pegawai', D20 'Pagu Belanja Pegawai AWAL (Rp)' … F23 '44.44%', "
                  "H19 'Target dan Realisasi PNPB ', C44 'a). Rupiah Murni (RM)', D64 …; N208 'BPPP AMBON' in the "
                  "dropdown list under the form)")


def _weekly_rows() -> list[list]:
    """The form's cells by address (columns A–N), as the template lays them out; figures invented."""
    cells = {
        "B2": "FORM WEEKLY REPORT", "B3": "PUSAT PELATIHAN KELAUTAN DAN PERIKANAN",
        "B5": "UPT", "E5": ":", "F5": "BPPP AMBON",
        "B6": "WEEKLY REPORT (Tanggal)", "E6": ":", "F6": "18 Desember 2026",
        "B13": "1. REALISASI ANGGARAN BALAI/SATMINKAL",
        "C19": "a). Belanja Pegawai", "H19": "Target dan Realisasi PNPB ",
        "D20": "Pagu Belanja Pegawai AWAL (Rp)", "F20": 9_812_400_000,
        "J20": "Target Penerimaan PNBP (Rp)", "L20": "Rp.850,000,000",
        "D21": "Pagu Belanja Pegawai AKTIF (Rp)", "F21": 9_604_150_000,
        "J21": "Realisasi PNBP (Rp)", "L21": 912_450_000,
        "D22": "Realisasi (Rp)", "F22": 8_977_233_410, "J23": "Data Dukung", "L24": "* Data dukung berbentuk link",
        "D23": "Persentase (%)", "F23": "93.47%",
        "C25": "b). Belanja Barang", "H25": "Target dan Realisasi MP PNPB",
        "D26": "Pagu Belanja Barang AWAL (Rp)", "F26": 14_250_870_000,
        "J26": "Pagu Total MP PNBP (Rp)", "L26": 3_250_000_000,
        "D27": "Pagu Belanja Barang AKTIF (Rp)", "F27": 15_118_620_000,
        "J27": "Pagu MP I PNBP (Rp)", "L27": 2_275_000_000,
        "D28": "Realisasi (Rp)", "F28": 13_602_448_775, "J28": "Realisasi MP PNBP (Rp)", "L28": 2_871_677_450,
        "D29": "Persentase (%)", "F29": "89.97%",
        "C31": "c). Belanja Modal",
        "D32": "Pagu Belanja Modal AWAL (Rp)", "F32": 2_100_000_000,
        "D33": "Pagu Belanja Modal AKTIF (Rp)", "F33": 1_845_300_000,
        "D34": "Realisasi (Rp)", "F34": 1_790_112_500,
        "D35": "Persentase (%)", "F35": "97.01%",
        "B37": "2. REALISASI ANGGARAN BERDASARKAN SUMBER ANGGARAN",
        "C44": "a). Rupiah Murni (RM)",
        "D45": "Pagu RM AWAL (Rp)", "F45": 23_663_270_000,
        "D46": "Pagu RM AKTIF (Rp)", "F46": 23_318_070_000,
        "D47": "Realisasi (Rp)", "F47": 21_498_117_235,
        "D48": "Persentase (%)", "F48": "92.20%",
        "C50": "b). PNBP / BLU",
        "D51": "Pagu PNBP / BLU AWAL (Rp)", "F51": 2_500_000_000,
        "D52": "Pagu PNBP / BLU AKTIF (Rp)", "F52": 3_250_000_000,
        "D53": "Realisasi (Rp)", "F53": 2_871_677_450,
        "D54": "Persentase (%)", "F54": "88.36%",
        "B62": "3. CAPAIAN KEGIATAN PELATIHAN KP",
        "D64": "Detail Capaian Pelatihan Bagi Masyarakat Per Program Prioritas",
        "F65": "Target Output DIPA Awal", "G65": "Target Berdasarkan Anggaran Efektif", "H65": "Realisasi",
        "J65": "Link Bukti Dukung",
        "D66": "Konservasi Laut (orang)", "F66": 120, "G66": 120, "H66": 120,
        "K66": "* Diisi Link Drive Folder Laporan Pelatihan",
        "D67": "Penangkapan Ikan Terukur Berbasis Kuota (orang)", "F67": 360, "G67": 340, "H67": 340,
        "D68": "Pengembangan Budidaya Air Laut, Tawar, Payau yang Berkelanjutan (orang)", "F68": 400, "G68": 400,
        "H68": 410,
        "D69": "Pengelolaan dan Pengawasan Pesisir dan Pulau-Pulau Kecil (orang)", "F69": 100, "G69": 95, "H69": 95,
        "D70": "Penanganan Sampah Plastik/BCL (orang)", "F70": 60, "G70": 60, "H70": 60,
        "D71": "Lainnya (Pengolahan, Garam, Pemasaran, Manajemen, dll) (orang)", "F71": 240, "G71": 235, "H71": 235,
        "D72": "Jumlah Realisasi (Orang)", "F72": 1280, "G72": 1250, "H72": 1260,
        "D183": "Lulusan DUDIKA (76% dari realisasi Pelatihan)",
        "D186": "Target DUDIKA Sesuai PK (Orang)", "F186": 950,
        "D187": "Capaian Pelatihan (Orang)", "F187": 1260,
        "D188": "Realisasi DUDIKA (Orang)", "F188": 958,
        "N208": "BPPP AMBON", "N209": "BPPP BANYUWANGI", "N210": "BPPP MEDAN", "N211": "BPPP TEGAL",
    }
    width, height = 14, max(int(address[1:]) for address in cells)
    rows: list[list] = [[None] * width for _ in range(height)]
    for address, value in cells.items():
        rows[int(address[1:]) - 1][ord(address[0]) - ord("A")] = value
    return rows


CASES: list[Layout] = [
    Layout(
        id="ind-prkom-bpom-2021-tabel-28-efisiensi-kinerja-t-r-persen-anggaran-t-r-persen-ie-te",
        dataset="indicators",
        agency=("Pusat Riset dan Kajian Obat dan Makanan (PRKOM), Badan Pengawas Obat dan Makanan — lembaga unit "
                "(eselon II centre of a non-ministerial agency)"),
        source=_PRKOM_SOURCE,
        year=2021,
        sheets={"Tabel 28": _PRKOM_ROWS},
        merged={"Tabel 28": ["A1:K1", "A2:A3", "B2:B3", "C2:E2", "F2:H2", "I2:I3", "J2:J3", "K2:K3"]},
        expected=[
            _ind("Persentase riset dan kajian pengawasan", 75.0, 74.94),
            _ind("Persentase riset dan kajian yang sesuai", 100.0, 100.0),
        ],
        note=("An efficiency table: each indicator's performance (KINERJA › T | R | %: target, realisation, "
              "capaian) beside its budget (ANGGARAN › T | R | %: the budget, the spending, the absorption), then IE, "
              "the efficiency index = capaian kinerja / serapan anggaran (99,92 / 94,00 = 1,063), TE = IE − 1 "
              "(0,063) and 'Efisien'. Two bands with the same sub-headings T | R | %: only the KINERJA band is the "
              "indicator's target and realisation; the ANGGARAN band's T and R are rupiah (6.910.387.000, "
              "6.495.748.767), never a target. Targets and realisations are texts with '%' and a decimal comma "
              "('74,94%'). Every figure checks: 74,94/75 = 99,92; 6.495.748.767/6.910.387.000 = 94,00; 41.818.800/"
              "42.150.000 = 99,21; 100/99,21 = 1,008. The text above calls the table 'Tabel 19' (a numbering slip). "
              "The stored page stops inside the third row (sasaran 'Terlaksananya penyelenggaraan riset dan kajian "
              "yang sesuai pedoman riset dan kajian dan kesesuaian d…', no figures): the case holds the two rows "
              "stored whole. Both indicators are higher-is-better percentages."),
    ),
    Layout(
        id="ind-bbpom-yogyakarta-2020-tabel-44-indikator-di-judul-target-2022-2024-realisasi-2020-tiga-kali",
        dataset="indicators",
        agency="Balai Besar POM di Yogyakarta, Badan Pengawas Obat dan Makanan — lembaga unit (UPT, balai besar)",
        source=_BBPOM_SOURCE,
        year=2020,
        sheets={"Tabel 44": _BBPOM_ROWS},
        merged={"Tabel 44": ["A1:I1", "A2:C2", "D2:F2", "G2:I2"]},
        expected=[_ind("Tingkat Efisiensi Penggunaan Anggaran", 95.0, 100.0)],
        note=("One indicator, named only in the title ('… Indikator Kinerja Tingkat Efisiensi Penggunaan Anggaran "
              "tahun 2020 …'): no indicator column. Year bands 2020 | 2022 | 2024 (the Renstra 2020-2024's first "
              "year, its middle and its end), each over Target | Realisasi 2020 | Capaian: the 2020 realisation (100) "
              "stands three times, measured against the 2020 target (95,00 → Capaian 2020 105,26) and against the "
              "later targets ('Asumsi Capaian 2022' 103,09 = 100/97, 'Asumsi Capaian 2024' 101,01 = 100/99). The "
              "year's values are the 2020 band's: target 95, realisation 100; the 2022 and 2024 targets are no "
              "realisation of those years. Every percentage checks. Targets with a decimal comma ('95,00'). "
              "Higher-is-better. The next table of the page (Tabel 45) compares the same indicator across BBPOM of "
              "one cluster (rows are balai, not indicators) and was not taken."),
    ),
    Layout(
        id="ind-renstra-generator-tc23-pencapaian-kinerja-lima-tahun-target-realisasi-rasio-titik-desimal",
        dataset="indicators",
        agency=("a Dinas Pangan (kabupaten/kota perangkat daerah) — its Renstra document's Tabel T-C.23, written by "
                "a Renstra generator"),
        source=_RENSTRA_SOURCE + ", buildTabelTC23",
        year=2024,
        sheets={"T-C.23": _tc23_rows()},
        merged={"T-C.23": _BANDS_MERGED},
        expected=[
            _ind("Skor Pola Pangan Harapan", 89.0, 90.3),
            _ind("Persentase daerah rentan", 8.0, 7.9, "negative"),
            _ind("Ketersediaan energi per k", 2400.0, 2456.0),
            _ind("Nilai SAKIP Dinas Pangan", "BB", "A", "ordinal"),
        ],
        findings=(("warning", "polarity_inferred"), ("warning", "capaian_mismatch")),
        note=("Permendagri 86/2017 table T-C.23 'Pencapaian Kinerja Pelayanan Perangkat Daerah' as the generator "
              "writes it: No | Program | Indikator Kinerja, then three bands Target | Realisasi | Rasio Capaian (%), "
              "each over the same five calendar years (2020 … 2024, the previous Renstra period), the years "
              "repeated under every band. Targets and realisations stand as entered ('84.2', decimal POINT; 'B', "
              "'BB', 'A' for the SAKIP grade); a year without data is '-' in all three bands (the energy indicator "
              "starts in 2021); Rasio is realisation/target × 100 with one decimal and a point ('101.5%'), '-' "
              "where either is no number (the grades). The year 2024 is the last column of each band. 'Persentase "
              "daerah rentan rawan pangan' is lower-is-better: its printed Rasio (7.9/8 = 98.8%) is the plain ratio "
              "the generator writes for every indicator, arithmetically right though below 100 for a target "
              "bettered; no published mistake. Figures invented; program and indicator names of a Dinas Pangan. After "
              "tuning: no cell states the polarity (the Rasio is realisation/target for every row, so it tells "
              "nothing), so it is read negative from the lower-is-better lexicon WITH a polarity_inferred warning, "
              "and the printed 98.8% beside the computed lower-is-better capaian 101.25% is said (capaian_mismatch): "
              "both findings added to the expectation, the values unchanged."),
    ),
    Layout(
        id="budget-renstra-generator-tc24-anggaran-realisasi-rasio-lima-tahun-program-berulang-per-kegiatan",
        dataset="budget",
        agency=("a Dinas Pangan (kabupaten/kota perangkat daerah) — its Renstra document's Tabel T-C.24, written by "
                "a Renstra generator"),
        source=_RENSTRA_SOURCE + ", buildTabelTC24",
        year=2024,
        sheets={"T-C.24": _tc24_rows()},
        merged={"T-C.24": _BANDS_MERGED},
        expected=_tc24_expected(),
        note=("Permendagri 86/2017 table T-C.24 'Anggaran dan Realisasi Pendanaan Pelayanan Perangkat Daerah' as "
              "the generator writes it: No | Program | Kegiatan, then Anggaran (Rp) | Realisasi (Rp) | Rasio (%) "
              "each over the five calendar years 2020 … 2024. One row per kegiatan, its PROGRAM REPEATED in a "
              "column of its own on every row (no program row, no program total, no total at all): the year's rows "
              "are the five kegiatan, each with the 2024 Anggaran and Realisasi. Amounts written with Indonesian "
              "thousands dots ('3.515.300.000', Number.toLocaleString('id-ID')), ratios with a decimal point "
              "('98.1%'); a year without data is '-' in all three bands (the hazard map starts in 2021), and a year "
              "budgeted at 0 shows 0 | 0 | '-%' (the generator's ratio for a zero budget: the food-safety kegiatan "
              "in 2020). No published mistake (every ratio is the generator's own). Figures invented. The lead changed "
              "the expectation after tuning: each program is a row of its own holding its kegiatan's sums, as the "
              "kit reads every program named beside its kegiatan (the agency's total takes the programs only); the "
              "collector expected the kegiatan alone."),
    ),
    Layout(
        id="budget-kkp-bppp-weekly-report-form-label-nilai-jenis-belanja-pagu-awal-aktif-sumber-dana-ulang",
        dataset="budget",
        agency=("Balai Pelatihan dan Penyuluhan Perikanan (BPPP) Ambon, Pusat Pelatihan Kelautan dan Perikanan, "
                "Kementerian Kelautan dan Perikanan — kementerian unit (UPT, training balai)"),
        source=_WEEKLY_SOURCE,
        year=2026,
        sheets={"Form Weekly Report": _weekly_rows()},
        refused=("hold the budget and the realisation as a FORM: each label with its value on its right, in blocks "
                 "under 'a). Belanja Pegawai' (C19), 'b). Belanja Barang' (C25), 'c). Belanja Modal' (C31)"),
        note=("A FORM, not a table: labels in column D (group labels in C, section titles in B), values in F, a "
              "right-hand block with labels in J and values in L; no header row. Section 1 gives the balai's budget "
              "by jenis belanja down the sheet: 'a). Belanja Pegawai' then 'Pagu Belanja Pegawai AWAL (Rp)', 'Pagu "
              "Belanja Pegawai AKTIF (Rp)', 'Realisasi (Rp)', 'Persentase (%)' (a text, '93.47%' = realisation / "
              "AKTIF), and the same for 'b). Belanja Barang' and 'c). Belanja Modal' (their row positions and the "
              "title lines B2:B3 are not in the public copy of the template and are placed after the pattern of "
              "a)); the right block holds the PNBP target ('Rp.850,000,000', a text with commas) and realisation, "
              "and the MP PNBP ceilings — revenue, not spending. Section 2 gives THE SAME MONEY again by sumber "
              "dana (Rupiah Murni, PNBP / BLU: AKTIF 23.318.070.000 + 3.250.000.000 = 26.568.070.000, the sum of "
              "section 1; realisation 24.369.794.685 both ways), not to be added. Section 3 counts persons "
              "trained (orang), with 'Link' notes and a dropdown list of UPT names under the form (N208:N211). A "
              "careful reading: one flat row per jenis belanja (level 'program', as the corpus's other flat lists) "
              "with the ACTIVE pagu, the one the percentage is measured against (8.977.233.410 / 9.604.150.000 = "
              "93,47%); the AWAL pagu is the budget before revisions. The reader in the source uses the AWAL pagu "
              "where it is filled — a choice of its own, not the form's. Figures invented; no mistakes. After tuning: "
              "REFUSED rather than read (the collector expected the three jenis belanja with the AKTIF pagu: Belanja "
              "Pegawai 9.604.150.000 | 8.977.233.410, Belanja Barang 15.118.620.000 | 13.602.448.775, Belanja Modal "
              "1.845.300.000 | 1.790.112.500). Nothing in the cells says which block is a row and which repeats the "
              "money (section 2 gives it again by sumber dana under the same 'a).' / 'b).' labels), nor which of two "
              "pagu labels is the budget: a general label/value reader would add the sumber dana blocks to the "
              "belanja, silently. The message names the form's blocks and asks for one row per jenis belanja, as the "
              "record cards of a staff sheet are refused."),
    ),
]
