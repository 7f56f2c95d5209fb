"""The twenty-fifth held-out set: real indicator and budget layouts collected blind, to measure the integrated kit on
layouts nobody tuned for (README.md records the cases; the lead measures them). Two other collectors worked at the same
time: one took a twenty-fourth set of staff and asset layouts, another a twenty-sixth set of published tables of any
dataset.

Kinds the corpus had none of:

- a provincial RSUD's hospital-quality application (SIIMUT of RSUD dr. Soedono Provinsi Jawa Timur, public GitHub
  CodeIgniter 4 application Choirulfatony/pmkpv4) and two of its PhpSpreadsheet exports. The corpus had RSUD
  indicators only as LKjIP/E.81 tables and SPM bands, never the quality indicators a hospital measures by numerator
  and denominator every month (Indikator Nasional Mutu, IMP-RS, IMP-Unit):
  * 'GRAFIK TREN IMPUnit', ONE unit indicator per file: the indicator's name in a label line 'INDIKATOR: …', its
    target in another, 'STANDAR: <= 5 menit' (operator, number and unit in one text), a month table Bulan | Numerator
    | Denumerator | Capaian | Status (the capaian a text written by number_format, 'N/A' for a month without data),
    and below it a second table 'RINGKASAN PERIODE' (TW I … TW IV, Semester I, II, Tahunan) whose Tahunan row is the
    year's realisation. A lower-is-better indicator (the operator '<=').
  * 'CAPAIAN INDIKATOR NASIONAL MUTU', all INM of the year: every indicator on TWO rows (Num, Denum) with No., the
    title and the Standar merged over both, a header band BULAN over 12 pairs month | 'Capaian', each month's
    capaian a text with its sign ('87.50%') merged over the two rows, '-' where the numerator or denominator is 0
    (so a month with 0 delayed operations, the best value of a lower-is-better indicator, shows '-'), no yearly
    column at all. Standar as '>= 85 %', '<= 5 %' and, for the operator '=', the factor alone ('100 %').
- a regency's contract-monitoring application (public GitHub PHP application allweDepth/sesendoknew: contracts of an
  OPD by kd_wilayah / kd_opd, PPK and penyedia, DPA and DPPA stages) and two of its exports:
  * 'Kontrak dan Realisasi', one row per procurement contract: NO | TAHAP | SUB KEGIATAN (code only) | NOMOR KONTRAK
    | PEKERJAAN | PENYEDIA | ANGGARAN | NILAI KONTRAK | REALISASI | PROGRESS FISIK | DEVIASI — the contract value
    between the budget and the spending, and a DEVIASI that is the contract value less the spending (not the budget
    less the spending). The corpus had procurement package lists (pagu and contract number) but none with the
    contract value and the realisation beside the budget.
  * 'Laporan Realisasi Anggaran' of the same contracts, one row per sub-kegiatan code and account code with no name
    at all (NO | SUB KEGIATAN | KODE REKENING | PAGU ANGGARAN | REALISASI | SISA ANGGARAN | CAPAIAN %), a TOTAL row
    merged over A:C, and under it a second table 'REKAP NOMOR REKENING BELANJA PER LEVEL' (KODE REKENING | URAIAN |
    JUMLAH: the realisation summed at every prefix of the account codes, 5, 5.1, 5.1.02 …). Refused: no row of the
    budget table has a name.

All cases are export layouts found in public code, filled with invented figures (no person appears; penyedia are
invented firm names). Expectations are what each table says, never what the kit reads: none of the cases was run
through the kit. Four cases, two of each dataset. Searched without a usable layout: the page corpus for published
LKjIP tables of a dinas lingkungan hidup (Bandung, Sumatera Barat, Bengkulu, Denpasar: covers, IKU definitions and
narrative, no target/realisation table) and of a dinas pariwisata (Lampung, Purworejo: narrative, IKU lists); the
code corpus for a Polres, Kejaksaan or sekretariat DPRD realisation export (none: only dashboards and seeders), for
a puskesmas BOK realisation export (a BOK/RUK/RPK application's menu was found, its export views not), for SIRUP
exports (none), and a city's RFK application asrani27/ipb (its exports fill binary .xlsx templates whose headers the
code does not show). A sekolah RKAS export (Tahun | Kode Rekening | Uraian | Pagu Anggaran | Realisasi
| Sisa Anggaran | Persentase Realisasi) was found but is written as CSV, not as a workbook, and was left out.
"""

from __future__ import annotations

from layouts.case import W, budget_row as _b, indicator as _ind, Layout

# ---------------------------------------------------------------- RSUD dr. Soedono, SIIMUT: Grafik Tren IMPUnit

_RSUD = "RSUD dr. SOEDONO PROVINSI JAWA TIMUR"
_BULAN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]

_IMPUNIT_NAME = "Waktu tanggap pelayanan dokter di Instalasi Gawat Darurat"
_IMPUNIT_TARGET = 5  # '<=' 5 menit
#: (numerator: minutes to the doctor summed, denumerator: patients) by month; December not yet entered — invented
_IMPUNIT_MONTHS = [(4_212, 1_003), (3_870, 921), (4_305, 987), (3_996, 954), (4_118, 1_012), (3_802, 940),
                   (5_466, 1_031), (4_020, 976), (3_911, 958), (4_087, 1_004), (3_954, 965), (0, 0)]


def _nilai(num: float, denum: float, factors: float = 1) -> float | None:
    """The application's value of a period (RekapLaporanImpunitModel): round(num / denum × factors, 2), None
    without a denominator."""
    return round(num / denum * factors, 2) if denum > 0 else None


def _impunit_rows() -> tuple[list[list], list[str], float]:
    """The sheet 'Grafik 2025' as GrafikImpunit::exportExcel writes it; also the Tahunan value."""
    rows: list[list] = [
        ["GRAFIK TREN IMPUnit", None, None, None, None, None],
        [_RSUD, None, None, None, None, None],
        ["TAHUN 2025", None, None, None, None, None],
        [None] * 6,
        [f"INDIKATOR: {_IMPUNIT_NAME}", None, None, None, None, None],
        [f"STANDAR: <= {_IMPUNIT_TARGET} menit", None, None, None, None, None],
        [None] * 6,
        ["Bulan", "Numerator", "Denumerator", "Capaian", "Status"],
    ]
    for name, (num, denum) in zip(_BULAN, _IMPUNIT_MONTHS):
        nilai = _nilai(num, denum)
        rows.append([name, num, denum, "N/A" if nilai is None else f"{nilai:,.2f}",
                     "N/A" if nilai is None else ("Tercapai" if nilai <= _IMPUNIT_TARGET else "Tidak Tercapai")])
    rows.append([None] * 6)
    rows.append(["RINGKASAN PERIODE", None, None, None, None])
    summary_row = len(rows)
    rows.append(["Periode", "Num", "Denum", "Capaian", "Status"])
    periods = [(f"TW {r}", range(3 * i, 3 * i + 3)) for i, r in enumerate(["I", "II", "III", "IV"])]
    periods += [("Semester I", range(0, 6)), ("Semester II", range(6, 12)), ("Tahunan", range(12))]
    tahunan = 0.0
    for label, months in periods:
        num = sum(_IMPUNIT_MONTHS[m][0] for m in months)
        denum = sum(_IMPUNIT_MONTHS[m][1] for m in months)
        nilai = _nilai(num, denum)
        rows.append([label, num, denum, "N/A" if nilai is None else f"{nilai:,.2f}",
                     "Tercapai" if nilai is not None and nilai <= _IMPUNIT_TARGET else "Tidak Tercapai"])
        tahunan = nilai if label == "Tahunan" else tahunan
    merges = ["A1:F1", "A2:F2", "A3:F3", "A5:F5", "A6:F6", f"A{summary_row}:E{summary_row}"]
    return rows, merges, tahunan


_IMPUNIT_ROWS, _IMPUNIT_MERGES, _IMPUNIT_TAHUNAN = _impunit_rows()

# ---------------------------------------------------------------- RSUD dr. Soedono, SIIMUT: Rekap INM

#: (judul, operator, target, factors, units, [(num, denum) × 12]) — INM titles as the Kemenkes list names them; all
#: numbers invented
_INM = [
    ("Kepatuhan Kebersihan Tangan", ">=", 85, 100, "%",
     [(412, 480), (398, 470), (430, 492), (421, 488), (405, 466), (440, 498),
      (436, 490), (428, 486), (444, 500), (431, 484), (419, 478), (426, 482)]),
    ("Kepatuhan Penggunaan Alat Pelindung Diri (APD)", ">=", 100, 100, "%",
     [(152, 160), (149, 155), (160, 160), (158, 162), (161, 161), (150, 156),
      (163, 163), (159, 160), (162, 162), (157, 158), (160, 160), (155, 155)]),
    ("Kepatuhan Identifikasi Pasien", "=", 100, 100, "%",
     [(596, 600), (588, 590), (612, 612), (601, 605), (598, 598), (620, 624),
      (607, 607), (615, 618), (603, 603), (610, 611), (599, 600), (606, 606)]),
    ("Waktu Tanggap Operasi Seksio Sesarea Emergensi", ">=", 80, 100, "%",
     [(34, 41), (30, 36), (38, 44), (33, 39), (36, 42), (31, 37),
      (35, 40), (37, 43), (32, 38), (36, 41), (34, 39), (33, 38)]),
    ("Penundaan Operasi Elektif", "<=", 5, 100, "%",
     [(6, 212), (0, 198), (4, 225), (9, 230), (0, 204), (3, 219),
      (5, 221), (2, 208), (0, 215), (7, 226), (4, 210), (3, 201)]),
    ("Kepuasan Pasien", ">=", 76.61, 100, "%",
     [(318, 390), (325, 398), (331, 402), (322, 395), (336, 405), (329, 399),
      (340, 410), (333, 404), (338, 407), (327, 396), (342, 412), (335, 401)]),
]


def _col(index: int) -> str:
    """The column letter of a 1-based index (the export's getColLetter)."""
    letter = ""
    while index > 0:
        index, mod = divmod(index - 1, 26)
        letter = chr(65 + mod) + letter
    return letter


def _standar(operator: str, target, factors, units: str) -> str:
    """The Standar text of RekapLaporanInm::exportExcel: the factor alone for '=', else operator, target, unit."""
    return f"{factors} {units}" if operator == "=" else f"{operator} {target} {units}"


def _inm_rows() -> tuple[list[list], list[str]]:
    """The sheet as RekapLaporanInm::exportExcel writes it (sheet name left as PhpSpreadsheet's 'Worksheet'): title
    lines 1–3 merged over A:AB, the header in rows 5–6, two rows per indicator from row 7."""
    width = 28  # A … AB
    rows: list[list] = [
        ["CAPAIAN INDIKATOR NASIONAL MUTU"] + [None] * (width - 1),
        [_RSUD] + [None] * (width - 1),
        ["TAHUN 2025"] + [None] * (width - 1),
        [None] * width,
        ["No.", "Judul Indikator Nasional Mutu", "Standar", "Num/Denum", "BULAN"] + [None] * (width - 5),
        [None] * 4 + [x for name in _BULAN for x in (name, "Capaian")],
    ]
    merges = ["A1:AB1", "A2:AB2", "A3:AB3", "E5:AB5", "A5:A6", "B5:B6", "C5:C6", "D5:D6"]
    for no, (judul, operator, target, factors, units, months) in enumerate(_INM, start=1):
        top = len(rows) + 1
        num_row: list = [no, judul, _standar(operator, target, factors, units), "Num"]
        denum_row: list = [None, None, None, "Denum"]
        for num, denum in months:
            capaian = f"{_nilai(num, denum, factors):,.2f}%" if num > 0 and denum > 0 else "-"
            num_row += [num if num > 0 else "-", capaian]
            denum_row += [denum if denum > 0 else "-", None]
        rows += [num_row, denum_row]
        merges += [f"A{top}:A{top + 1}", f"B{top}:B{top + 1}", f"C{top}:C{top + 1}"]
        merges += [f"{_col(6 + 2 * m)}{top}:{_col(6 + 2 * m)}{top + 1}" for m in range(12)]
    return rows, merges


_INM_ROWS, _INM_MERGES = _inm_rows()

_SIIMUT_REPO = ("public GitHub CodeIgniter 4 application Choirulfatony/pmkpv4 (SIIMUT, hospital quality indicators of "
                "RSUD dr. Soedono Provinsi Jawa Timur, the name written into every export)")

# ---------------------------------------------------------------- sesendoknew: contracts and their LRA

#: (tahap, sub kegiatan, nomor kontrak, pekerjaan, penyedia, kode rekening, anggaran, nilai kontrak, realisasi,
#: progress fisik) — all invented, firms included
_KONTRAK = [
    ("dpa", "1.03.10.2.01.0012", "600/027/SPK-SDA/2025", "Rehabilitasi Jaringan Irigasi Daerah Irigasi Kali Kuning",
     "CV Tirta Karya Utama", "5.2.04.02.01.0001", 485_000_000, 462_310_000, 462_310_000, 100.0),
    ("dpa", "1.03.10.2.01.0012", "600/031/SPK-SDA/2025", "Pembangunan Saluran Pembuang Desa Sukamaju",
     "CV Bangun Cipta Lestari", "5.2.04.02.01.0001", 198_500_000, 190_115_000, 133_080_500, 70.0),
    ("dpa", "1.03.03.2.01.0004", "600/044/SPK-BM/2025", "Pemeliharaan Berkala Jalan Ruas Cikadu - Sindangsari",
     "CV Marga Jaya Perkasa", "5.2.04.01.01.0001", 742_000_000, 718_640_000, 359_320_000, 55.5),
    ("dpa", "1.03.03.2.01.0004", "600/045/PPK-BM/2025", "Jasa Konsultansi Pengawasan Pemeliharaan Jalan",
     "CV Rekayasa Mitra Konsultan", "5.1.02.02.01.0030", 48_000_000, 45_600_000, 22_800_000, 50.0),
    ("dppa", "1.03.02.2.01.0007", "600/102/SPK-CK/2025", "Rehabilitasi Gedung Pertemuan Kecamatan",
     "CV Graha Sentosa", "5.2.03.01.01.0001", 315_000_000, 301_950_000, 0, 0.0),
]


def _kontrak_rows() -> tuple[list[list], dict[str, str]]:
    """'Kontrak dan Realisasi' as KontrakRealisasiService::reportExcel writes it: the header in row 1, no title, one
    row per contract, amounts and progress as numbers formatted '#,##0.00' (G2:K one row past the last)."""
    rows: list[list] = [["NO", "TAHAP", "SUB KEGIATAN", "NOMOR KONTRAK", "PEKERJAAN", "PENYEDIA", "ANGGARAN",
                         "NILAI KONTRAK", "REALISASI", "PROGRESS FISIK", "DEVIASI"]]
    for no, (tahap, sub, nomor, pekerjaan, penyedia, _, anggaran, kontrak, real, fisik) in enumerate(_KONTRAK, 1):
        rows.append([no, tahap, sub, nomor, pekerjaan, penyedia, float(anggaran), float(kontrak), float(real),
                     fisik, float(kontrak - real)])
    formats = {f"{c}{r}": "#,##0.00" for r in range(2, len(rows) + 2) for c in "GHIJK"}
    return rows, formats


_KONTRAK_ROWS, _KONTRAK_FORMATS = _kontrak_rows()

#: names of the account levels as akun_neo would give them (Permendagri 90 chart of accounts)
_AKUN = {
    "5": "BELANJA DAERAH", "5.1": "BELANJA OPERASI", "5.1.02": "Belanja Barang dan Jasa",
    "5.1.02.02": "Belanja Jasa", "5.1.02.02.01": "Belanja Jasa Kantor",
    "5.1.02.02.01.0030": "Belanja Jasa Konsultansi Pengawasan", "5.2": "BELANJA MODAL",
    "5.2.03": "Belanja Modal Gedung dan Bangunan", "5.2.03.01": "Belanja Modal Bangunan Gedung",
    "5.2.03.01.01": "Belanja Modal Bangunan Gedung Tempat Kerja",
    "5.2.03.01.01.0001": "Belanja Modal Bangunan Gedung Kantor", "5.2.04": "Belanja Modal Jalan, Irigasi, dan Jaringan",
    "5.2.04.01": "Belanja Modal Jalan dan Jembatan", "5.2.04.01.01": "Belanja Modal Jalan",
    "5.2.04.01.01.0001": "Belanja Modal Jalan Kabupaten", "5.2.04.02": "Belanja Modal Bangunan Air",
    "5.2.04.02.01": "Belanja Modal Bangunan Air Irigasi", "5.2.04.02.01.0001": "Belanja Modal Bangunan Waduk Irigasi",
}


def _lra_rows() -> tuple[list[list], list[str], dict[str, str]]:
    """'Laporan Realisasi Anggaran' as KontrakRealisasiService::financialExcel('lra') writes it: title and print date
    merged over A:G, the header in row 4, one row per (sub kegiatan, kode rekening) in the order the budget query
    returns them, TOTAL merged over A:C (formulas in the export, PhpSpreadsheet saves their values: the values are
    written here), then two blank rows and the account-level recap."""
    grouped: dict[tuple[str, str], list[float]] = {}
    for _, sub, _, _, _, akun, anggaran, _, real, _ in _KONTRAK:
        pair = grouped.setdefault((sub, akun), [0.0, 0.0])
        pair[0] += anggaran
        pair[1] += real
    rows: list[list] = [["LAPORAN REALISASI ANGGARAN TAHUN 2025"] + [None] * 6,
                        ["Dicetak 15-12-2025 10:42"] + [None] * 6,
                        [None] * 7,
                        ["NO", "SUB KEGIATAN", "KODE REKENING", "PAGU ANGGARAN", "REALISASI", "SISA ANGGARAN",
                         "CAPAIAN %"]]
    for no, ((sub, akun), (pagu, real)) in enumerate(grouped.items(), start=1):
        rows.append([no, sub, akun, pagu, real, pagu - real, real / pagu * 100 if pagu > 0 else 0])
    total = len(rows) + 1
    pagu = sum(p for p, _ in grouped.values())
    real = sum(r for _, r in grouped.values())
    rows.append(["TOTAL", None, None, pagu, real, pagu - real, real / pagu * 100])
    rows += [[None] * 7, [None] * 7]
    recap = len(rows) + 1
    rows.append(["REKAP NOMOR REKENING BELANJA PER LEVEL"] + [None] * 6)
    rows.append(["KODE REKENING", "URAIAN", "JUMLAH"])
    levels: dict[str, float] = {}
    for (_, akun), (_, r) in grouped.items():
        parts = akun.split(".")
        for i in range(1, len(parts) + 1):
            levels[".".join(parts[:i])] = levels.get(".".join(parts[:i]), 0.0) + r
    for code in sorted(levels, key=lambda c: [int(p) for p in c.split(".")]):
        rows.append([code, _AKUN.get(code, f"Rekening {code}"), levels[code]])
    merges = ["A1:G1", "A2:G2", f"A{total}:C{total}", f"A{recap}:G{recap}"]
    formats = {**{f"{c}{r}": "#,##0.00" for r in range(5, total + 1) for c in "DEF"},
               **{f"G{r}": '0.00"%"' for r in range(5, total + 1)},
               **{f"C{r}": "#,##0.00" for r in range(recap + 2, len(rows) + 1)}}
    return rows, merges, formats


_LRA_ROWS, _LRA_MERGES, _LRA_FORMATS = _lra_rows()

_SESENDOK_REPO = ("public GitHub PHP application allweDepth/sesendoknew (contracts of an OPD scoped by kd_wilayah and "
                  "kd_opd; roles include 'tapd' and 'viewer'; the region is not named in the code): "
                  "app/Services/KontrakRealisasiService.php (search index file id 59262055075)")

# ---------------------------------------------------------------- the cases

INDICATORS: list[Layout] = [
    Layout(
        id="ind-rsud-soedono-siimut-grafik-tren-impunit-satu-indikator-standar-label-ringkasan-tahunan",
        dataset="indicators",
        agency=("RSUD dr. Soedono Provinsi Jawa Timur, one unit quality indicator (IMP-Unit) of 2025 — provinsi RSUD "
                "(BLUD), hospital-quality application (SIIMUT) export (figures synthetic)"),
        source=(_SIIMUT_REPO + ": app/Controllers/GrafikImpunit.php, exportExcel() (search index file id "
                "66511260792): sheet 'Grafik <tahun>', A1 'GRAFIK TREN IMPUnit', A2 the hospital, A3 'TAHUN …', A5 "
                "'INDIKATOR: …', A6 'STANDAR: <operator> <target> <unit>', header Bulan | Numerator | Denumerator | "
                "Capaian | Status in row 8, 'RINGKASAN PERIODE' with Periode | Num | Denum | Capaian | Status; the "
                "period values as the model computes them (round(num / denum × factors, 2), index file id "
                "52708572917)"),
        year=2025,
        sheets={"Grafik 2025": _IMPUNIT_ROWS},
        merged={"Grafik 2025": _IMPUNIT_MERGES},
        expected=[_ind("Waktu tanggap pelayanan dokter", float(_IMPUNIT_TARGET), _IMPUNIT_TAHUNAN, "negative")],
        # the kit says what it infers: 'Capaian' read as the value reached, '<=' read as lower is better
        findings=((W, "capaian_as_realisation"), (W, "polarity_inferred")),
        note=("One indicator per file: its name is not in a column but in the label line 'INDIKATOR: Waktu tanggap "
              "pelayanan dokter di Instalasi Gawat Darurat' (A5, merged A:F), its target in 'STANDAR: <= 5 menit' "
              "(A6): "
              "the operator '<=' makes it lower-is-better, the unit is minutes. The month table gives the summed "
              "minutes (Numerator) and patients (Denumerator) and the month's value as TEXT from number_format "
              "('4.20'; 'N/A' for December, which has no data: 0 | 0 | N/A | N/A); July is over the standard (5.30, "
              "'Tidak Tercapai'). Below it, after a blank row, 'RINGKASAN PERIODE' (merged A:E) repeats the periods: "
              "TW I … TW IV, Semester I, Semester II and Tahunan; the Tahunan row (45.741 minutes for 10.751 "
              "patients over eleven months, '4.25') is the year's realisation. No mistakes: every value is num / "
              "denum rounded to 2, statuses agree with '<= 5'."),
    ),
    Layout(
        id="ind-rsud-soedono-siimut-rekap-inm-num-denum-dua-baris-bulan-capaian-teks-tanpa-tahunan",
        dataset="indicators",
        agency=("RSUD dr. Soedono Provinsi Jawa Timur, its Indikator Nasional Mutu (INM) of 2025 — provinsi RSUD "
                "(BLUD), hospital-quality application (SIIMUT) export (figures synthetic)"),
        source=(_SIIMUT_REPO + ": app/Controllers/RekapLaporanInm.php, exportExcel() 'Export Excel Rekap INM - Format "
                "PMKP' (search index file id 67003798862): A1:AB1 'CAPAIAN INDIKATOR NASIONAL MUTU', A2:AB2 the "
                "hospital, A3:AB3 'TAHUN …', header No. | Judul Indikator Nasional Mutu | Standar | Num/Denum | "
                "BULAN (E5:AB5) over Jan | Capaian … Des | Capaian in row 6, two rows per indicator from row 7"),
        year=2025,
        sheets={"Worksheet": _INM_ROWS},
        merged={"Worksheet": _INM_MERGES},
        # twelve monthly values and no value of the year: refused (expectation changed, see the note)
        refused=("got 'BULAN › Capaian', expected a column for 'stated_capaian' of the year; F6…AB6 give it month by "
                 "month (12 columns, each beside its month) with no yearly column"),
        note=("Six INM, each on two rows: the first holds No., the title, the Standar (all three merged over both "
              "rows), 'Num' in D and the twelve monthly numerators; the second 'Denum' and the denominators. Between "
              "the months, each 'Capaian' cell is merged over the two rows and holds the month's value as text with "
              "its sign ('85.83%'). A numerator or denominator of 0 is written '-' and so is the month's capaian: "
              "Penundaan Operasi Elektif (lower is better, '<= 5 %') had no delayed operation in February, May and "
              "September and shows '-' there, its best months. Standar texts: '>= 85 %', '>= 100 %', '100 %' (the "
              "operator '=' prints the factor alone), '>= 80 %', '<= 5 %', '>= 76.61 %'. The table has no yearly "
              "column, total or average: it states the target of each indicator and monthly realisations only, so "
              "no realisation of the year is expected (a careful analyst does not average months the table does "
              "not average). No mistakes. Expectation changed after tuning (it was the six targets read with no "
              "realisation): the kit refuses the sheet at F6, saying the capaian is given month by month with no "
              "yearly column. A LAKIP report of an indicator is its year's realisation against its target; read with "
              "targets only, the six INM would stand in the report as unmeasured and their twelve stated months be "
              "dropped without a word. The refusal names the cell and asks for the year's value."),
    ),
]

BUDGET: list[Layout] = [
    Layout(
        id="budget-sesendok-kontrak-dan-realisasi-paket-anggaran-nilai-kontrak-deviasi-progress-fisik",
        dataset="budget",
        agency=("An OPD of a regency using the 'sesendok' contract-monitoring application (works and supervision "
                "contracts of 2025; the region is not named) — kabupaten OPD, contract-monitoring export (figures "
                "synthetic)"),
        source=(_SESENDOK_REPO + ", reportExcel(): sheet 'Kontrak dan Realisasi', headers NO | TAHAP | SUB KEGIATAN | "
                "NOMOR KONTRAK | PEKERJAAN | PENYEDIA | ANGGARAN | NILAI KONTRAK | REALISASI | PROGRESS FISIK | "
                "DEVIASI in row 1, G2:K '#,##0.00', DEVIASI = nilai_kontrak − realisasi, a bar chart 'Nilai Kontrak "
                "vs Realisasi' at M2 (not reproduced)"),
        year=2025,
        sheets={"Kontrak dan Realisasi": _KONTRAK_ROWS},
        number_formats={"Kontrak dan Realisasi": _KONTRAK_FORMATS},
        # a flat list of contracts (packages), no program or kegiatan rows: level 'program', as the corpus's flat lists
        expected=[_b("program", pekerjaan, anggaran, real)
                  for _, _, _, pekerjaan, _, _, anggaran, _, real, _ in _KONTRAK],
        note=("One row per contract, no title and no total. Three money columns: ANGGARAN (the budget of the contract's"
              " DPA items), NILAI KONTRAK (the signed value, lower after the tender) and REALISASI (paid); the budget "
              "is ANGGARAN, never NILAI KONTRAK. DEVIASI is NILAI KONTRAK − REALISASI (the contract still to pay), not "
              "the budget's remainder. PROGRESS FISIK is a number (100, 70, 55.5 …) under the same '#,##0.00' format as"
              " the money. SUB KEGIATAN holds only the code; TAHAP is the budget stage written as stored ('dpa', "
              "'dppa'). Two contracts under the same sub-kegiatan; the last (DPPA) has no payment yet (realisasi 0, "
              "deviasi = its value). Contract numbers, works and firms are invented. No mistakes."),
    ),
    Layout(
        id="budget-sesendok-lra-sub-kegiatan-kode-rekening-tanpa-uraian-total-rekap-per-level",
        dataset="budget",
        agency=("The same OPD's 'Laporan Realisasi Anggaran' of its contracts in the 'sesendok' application — "
                "kabupaten OPD, contract-monitoring export (figures synthetic)"),
        source=(_SESENDOK_REPO + ", financialExcel('lra') with lraRows() and accountLevelSummary(): sheet 'Laporan "
                "Realisasi Anggaran', A1:G1 'LAPORAN REALISASI ANGGARAN TAHUN …', A2:G2 'Dicetak d-m-Y H:i', header "
                "NO | SUB KEGIATAN | KODE REKENING | PAGU ANGGARAN | REALISASI | SISA ANGGARAN | CAPAIAN % in row 4, "
                "TOTAL merged A:C with =SUM formulas, 'REKAP NOMOR REKENING BELANJA PER LEVEL' three rows below with "
                "KODE REKENING | URAIAN | JUMLAH"),
        year=2025,
        sheets={"Laporan Realisasi Anggaran": _LRA_ROWS},
        merged={"Laporan Realisasi Anggaran": _LRA_MERGES},
        number_formats={"Laporan Realisasi Anggaran": _LRA_FORMATS},
        refused="expected a column for 'name'",
        note=("The budget table names nothing: each row is a pair of codes, the sub-kegiatan ('1.03.10.2.01.0012') "
              "and the account ('5.2.04.02.01.0001'), with the pagu, realisation, remainder and CAPAIAN % (a number "
              "shown '0.00\"%\"', realisation / pagu × 100). The two irrigation contracts share one row (same "
              "sub-kegiatan and account: 683.500.000 | 595.390.500). TOTAL is merged over NO … KODE REKENING; the "
              "export writes it as formulas (=SUM(D5:D8), =IF(D9=0,0,E9/D9*100)) whose values PhpSpreadsheet saves; "
              "the case writes the values. Three rows below, a second table 'REKAP NOMOR REKENING BELANJA PER LEVEL' "
              "sums the REALISATION (not the pagu) at every prefix of the account codes (5, 5.1, 5.1.02, … "
              "5.2.04.02.01.0001) with the accounts' names — the only names in the sheet, and on the wrong table. A "
              "careful analyst cannot name the budget rows, so the file is refused rather than read by code; the "
              "recap is not a budget (no pagu). Same invented contracts as the 'Kontrak dan Realisasi' case. No "
              "mistakes."),
    ),
]

CASES: list[Layout] = [*INDICATORS, *BUDGET]
