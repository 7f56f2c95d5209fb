"""The thirty-second held-out set: INDICATOR and BUDGET layouts only, collected blind, to measure the integrated kit on
layouts nobody tuned for (README.md records the cases; the lead measures them). Another collector took a thirty-first
set of staff and asset layouts at the same time; this set is added after the last set on main.

Kinds and shapes the corpus had none of:

- a KECAMATAN's 'Laporan RFK' (Realisasi Fisik dan Keuangan) per sub kegiatan, from a kota's RFK application (public
  code, github asrani27/ipb, resources/views/admin/laporan/laporanrfk.blade.php, search index file id 20365625200;
  the application's SKPD list holds the kota's dinas, its Sekretariat DPRD 'setwan' and its kecamatan 'timur',
  'utara', 'tengah'): a three-row header band # | # | Uraian Kegiatan | DPA › Rp | % | Keuangan › Rencana (Rp | %KUM
  | %TTB) | Realisasi (Rp | %KUM | %TTB) | Capaian % | Sisa Anggaran Rp | Fisik › Rencana (KUM | TTB) | Realisasi
  (KUM | TTB) | Capaian; program and kegiatan lines with the code and the name in one cell and NO amounts; sub kegiatan
  lines numbered on through the whole table in the second '#', code and name in one cell, the kelurahan in brackets
  after the name (one sub kegiatan of a kecamatan per kelurahan); amounts as the page prints them
  (number_format: '45,000,000', commas between thousands, text) beside percentages rounded to two decimals; a JUMLAH
  row; summary cards over the table (TOTAL PROGRAM, TOTAL KEGIATAN, TOTAL SUB KEGIATAN, the report's month);
- a Sekretariat DPRD PPTK's RFK of ONE sub kegiatan by month (the same application, its
  resources/views/pptk/laporan/rfk_fiskeu.blade.php, search index file id 20251141032): the program, kegiatan and
  sub kegiatan in label lines above ('PROGRAM : <code> - <name>'), then # | Uraian | DPA | RFK | Jan … Des | Jumlah,
  one row per belanja item whose 'RFK' cell stacks four labels (Renc.Keuangan / Real Keuangan / Renc.Fisik / Real
  Fisik) and whose month cells stack the four matching values in ONE cell each (the view's <br />), an unlabelled
  row of monthly figures under each item, and totals of the plan only ('Total Rencana Keuangan' with the DPA total
  merged over two rows, 'Total Rencana Fisik'): no total of the realisation;
- an RSUD's 'Indikator Kinerja Utama 2024' as its website's SAKIP page lists them (public code, a Next.js site of
  RSUD M Natsir Solok, search index file id 44804999697, the array indikatorKinerja {indikator, target, realisasi,
  status}): Indikator | Target | Realisasi | Status, targets with their operator and unit in the cell ('≥80%',
  '<4.5%', '≤5 menit'), realisations with a decimal POINT and their unit ('78.5%', '4.2 menit'), status words.

Export and page layouts from public code, filled with invented figures (the RSUD page's own figures are 'dummy untuk
demo', so the case uses its own); no person appears. Expectations are what each table says, never what the kit reads:
none of the cases was run through the kit.

What was searched and not found (corpus `pages`, `code`, `find_string`): a kecamatan or kelurahan LKjIP 'Pengukuran
Kinerja' table with figures (Pilangkenceng, Blimbing, Cakranegara, Lengkong, Salam Babaris: covers, contents,
narrative, or the table stored as an image); an RSUD LKjIP IKU table with standar/target/realisasi (Salatiga,
Klungkung, Aji Batara Agung Dewa Sakti, Banyudono, dr. R. Koesma Tuban: covers and narrative; the Sidoarjo Renja
evaluation form runs its cells together); a Sekretariat DPRD's published realisasi anggaran per kegiatan (Tabanan's
LKjIP: table of contents only); SIPD 'Laporan Realisasi Anggaran per Sub Kegiatan' (no export's column list in the code
corpus; BPKAD lampiran views and SQL dumps only). The same application's 'Capaian' page (program and kegiatan rows with
TW1 … TW4 capaian and no target or indicator) was seen and left out.
"""

from __future__ import annotations

from layouts.case import W, budget_row as _b, indicator as _ind, Layout

# ------------------------------------------------------------------ budget: a kecamatan's RFK per sub kegiatan


def _rp(amount: int) -> str:
    """An amount as PHP's number_format() prints it: commas between thousands, no decimals."""
    return f"{amount:,}"


#: (code and name as the page prints them, DPA, realised Rp, physical realisation % cumulative); None amounts = heading
_RFK_LINES: list[tuple[str, str, int | None, int | None, float | None]] = [
    ("program", "7.01.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", None, None, None),
    ("kegiatan", "7.01.01.2.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", None, None, None),
    ("sub_kegiatan", "7.01.01.2.01.0001 Penyusunan Dokumen Perencanaan Perangkat Daerah", 45_000_000, 43_200_000, 100.0),
    ("kegiatan", "7.01.01.2.02 Administrasi Keuangan Perangkat Daerah", None, None, None),
    ("sub_kegiatan", "7.01.01.2.02.0001 Penyediaan Gaji dan Tunjangan ASN", 3_250_000_000, 3_118_450_000, 100.0),
    ("program", "7.01.02 PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", None, None, None),
    ("kegiatan", "7.01.02.2.01 Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", None, None, None),
    ("sub_kegiatan", "7.01.02.2.01.0001 Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan "
     "Perangkat Daerah dan Instansi Vertikal", 60_000_000, 57_350_000, 100.0),
    ("program", "7.01.03 PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", None, None, None),
    ("kegiatan", "7.01.03.2.02 Pembangunan Sarana dan Prasarana Kelurahan", None, None, None),
    ("sub_kegiatan", "7.01.03.2.02.0001 Pembangunan Sarana dan Prasarana Kelurahan (Kelurahan Mekar Sari)",
     210_500_000, 198_000_000, 100.0),
    ("sub_kegiatan", "7.01.03.2.02.0001 Pembangunan Sarana dan Prasarana Kelurahan (Kelurahan Sido Mulyo)",
     187_250_000, 187_250_000, 100.0),
    ("sub_kegiatan", "7.01.03.2.02.0001 Pembangunan Sarana dan Prasarana Kelurahan (Kelurahan Tanjung Harapan)",
     224_000_000, 156_800_000, 85.0),
]

_RFK_TOTAL = sum(line[2] for line in _RFK_LINES if line[2] is not None)


def _rfk_rows() -> list[list]:
    rows: list[list] = [
        [3, "TOTAL PROGRAM", None, 4, "TOTAL KEGIATAN", None, 6, "TOTAL SUB KEGIATAN", None, "DESEMBER 2023",
         "LAPORAN BULAN"],
        ["Export Excel", None, "Kirim Ke Admin Pembangunan"],
        [],
        ["Data"],
        ["#", "#", "Uraian Kegiatan", "DPA", None, "Keuangan", None, None, None, None, None, None, None, "Fisik",
         None, None, None, None],
        [None, None, None, "Rp", "%", "Rencana", None, None, "Realisasi", None, None, "Capaian",
         "Sisa Anggaran Rp", "Rencana", None, "Realisasi", None, "Capaian"],
        [None, None, None, None, None, "Rp", "%KUM", "%TTB", "Rp", "%KUM", "%TTB", "%", None, "KUM", "TTB", "KUM",
         "TTB", None],
    ]
    number = 0
    sums = {"bobot": 0.0, "renc_ttb": 0.0, "real_ttb": 0.0, "fis_renc_ttb": 0.0, "fis_real_ttb": 0.0, "real": 0,
            "sisa": 0}
    for level, text, dpa, real, fisik in _RFK_LINES:
        if dpa is None:
            rows.append([None, None, text] + [None] * 15)
            continue
        number += 1
        bobot = dpa / _RFK_TOTAL * 100
        real_kum = real / dpa * 100
        renc_ttb, real_ttb = bobot, bobot * real_kum / 100
        fis_real_ttb = bobot * fisik / 100
        rows.append([None, number, text, _rp(dpa), round(bobot, 2), _rp(dpa), 100, round(renc_ttb, 2), _rp(real),
                     round(real_kum, 2), round(real_ttb, 2), round(real_ttb / renc_ttb * 100, 2), _rp(dpa - real),
                     100, round(bobot, 2), fisik, round(fis_real_ttb, 2), round(fis_real_ttb / bobot * 100, 2)])
        sums["bobot"] += bobot
        sums["renc_ttb"] += renc_ttb
        sums["real_ttb"] += real_ttb
        sums["fis_renc_ttb"] += bobot
        sums["fis_real_ttb"] += fis_real_ttb
        sums["real"] += real
        sums["sisa"] += dpa - real
    rows.append([None, None, "JUMLAH", _rp(_RFK_TOTAL), round(sums["bobot"], 2), _rp(_RFK_TOTAL), None,
                 round(sums["renc_ttb"], 2), _rp(sums["real"]), None, round(sums["real_ttb"], 2),
                 round(sums["real_ttb"] / sums["renc_ttb"] * 100, 2), _rp(sums["sisa"]), None,
                 round(sums["fis_renc_ttb"], 2), None, round(sums["fis_real_ttb"], 2),
                 round(sums["fis_real_ttb"] / sums["fis_renc_ttb"] * 100, 2)])
    return rows


_RFK_MERGED = ["A5:A7", "B5:B7", "C5:C7", "D5:E5", "F5:M5", "N5:R5", "D6:D7", "E6:E7", "F6:H6", "I6:K6", "M6:M7",
               "N6:O6", "P6:Q6"]


def _rfk_name(text: str) -> str:
    """The name of a sub kegiatan line: the text after its code."""
    return text.split(" ", 1)[1]


def _rfk_expected() -> list[dict]:
    """Every line in order, a heading with the sums of the sub kegiatan under it (as the report shows a heading that
    prints no amount)."""
    depth = {"program": 0, "kegiatan": 1, "sub_kegiatan": 2}
    rows = []
    for at, (level, text, dpa, real, _) in enumerate(_RFK_LINES):
        if dpa is None:
            under = []
            for below in _RFK_LINES[at + 1:]:
                if depth[below[0]] <= depth[level]:
                    break
                under.append(below)
            dpa, real = (sum(line[i] for line in under if line[i] is not None) for i in (2, 3))
        rows.append(_b(level, _rfk_name(text), dpa, real))
    return rows


_RFK_EXPECTED = _rfk_expected()

# ------------------------------------------------------------------ budget: a Sekretariat DPRD's RFK of one sub kegiatan

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Augt", "Sept", "Okt", "Nov", "Des"]

#: belanja item, DPA, planned Rp by month, realised Rp by month (invented)
_SETWAN_ITEMS: list[tuple[str, int, list[int], list[int]]] = [
    ("Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 12_000_000,
     [0, 3_000_000, 0, 0, 3_000_000, 0, 0, 3_000_000, 0, 0, 3_000_000, 0],
     [0, 2_950_000, 0, 0, 2_875_000, 0, 0, 3_000_000, 0, 0, 2_640_000, 0]),
    ("Belanja Makanan dan Minuman Rapat", 36_000_000,
     [0, 6_000_000, 6_000_000, 0, 6_000_000, 6_000_000, 0, 6_000_000, 0, 6_000_000, 0, 0],
     [0, 5_850_000, 6_000_000, 0, 5_700_000, 6_000_000, 0, 5_925_000, 0, 5_400_000, 0, 0]),
    ("Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", 27_000_000,
     [0, 4_500_000, 4_500_000, 0, 4_500_000, 4_500_000, 0, 4_500_000, 0, 4_500_000, 0, 0],
     [0, 4_500_000, 4_500_000, 0, 4_500_000, 4_500_000, 0, 4_500_000, 0, 3_000_000, 0, 0]),
    ("Belanja Perjalanan Dinas Biasa", 85_000_000,
     [0, 0, 20_000_000, 0, 0, 25_000_000, 0, 0, 20_000_000, 0, 20_000_000, 0],
     [0, 0, 19_640_000, 0, 0, 24_315_000, 0, 0, 18_900_000, 0, 17_560_000, 0]),
]


def _cell(lines: list[str]) -> str:
    """One cell holding the view's lines (its <br />) one under the other."""
    return "\n".join(lines)


def _pct(value: float) -> str:
    """A percentage as PHP's round($x, 2) echoes it, then '%': '25%', '16.67%', '0%'."""
    return f"{round(value, 2):g}%"


def _setwan_rows() -> list[list]:
    rows: list[list] = [
        ["Laporan RFK"],
        ["TAHUN : 2023"],
        ["BULAN : Desember"],
        ["PROGRAM : 4.02.02 - PROGRAM DUKUNGAN PELAKSANAAN TUGAS DAN FUNGSI DPRD"],
        ["KEGIATAN : 4.02.02.2.01 - Pembentukan Peraturan Daerah dan Peraturan DPRD"],
        ["SUBKEGIATAN : 4.02.02.2.01.0001 - Penyusunan dan Pembahasan Program Pembentukan Peraturan Daerah"],
        ["JENIS RFK : murni"],
        ["STATUS : Terkirim"],
        [],
        ["#", "Uraian", "DPA", "RFK", *_MONTHS, "Jumlah"],
    ]
    total_dpa = sum(item[1] for item in _SETWAN_ITEMS)
    plan_sums = [0] * 12
    k_sums = [0.0] * 13
    for number, (name, dpa, plan, real) in enumerate(_SETWAN_ITEMS, start=1):
        month_cells, k_row = [], []
        cum_plan = cum_real = 0
        for month in range(12):
            cum_plan += plan[month]
            cum_real += real[month]
            p_fis, r_fis = plan[month] / dpa * 100, real[month] / dpa * 100
            month_cells.append(_cell([_rp(plan[month]), _rp(real[month]), _pct(p_fis), _pct(r_fis)]))
            k = round(p_fis * dpa / total_dpa, 2)  # the unlabelled row: the month's planned share, weighted
            k_row.append(k)
            plan_sums[month] += plan[month]
        renc_fis = cum_plan / dpa * 100
        jumlah = (_cell([_rp(cum_plan), _rp(cum_real), "100 %", "100 %"]) if 99 <= renc_fis <= 100 else
                  _cell([_rp(cum_plan), _rp(cum_real), _pct(renc_fis), _pct(cum_real / dpa * 100)]))
        rows.append([number, name, _rp(dpa), _cell(["Renc.Keuangan", "Real Keuangan", "Renc.Fisik", "Real Fisik"]),
                     *month_cells, jumlah])
        k_total = round(sum(k_row), 2)
        rows.append([None, None, None, None, *k_row, k_total])
        for i, value in enumerate(k_row + [k_total]):
            k_sums[i] += value
    rows.append([None, "Total Rencana Keuangan", _rp(total_dpa), None, *[_rp(v) for v in plan_sums],
                 _rp(sum(plan_sums))])
    rows.append([None, "Total Rencana Fisik", None, None, *[round(v, 2) for v in k_sums]])
    return rows


_SETWAN_ROWS = _setwan_rows()
_SETWAN_MERGED = [f"C{len(_SETWAN_ROWS) - 1}:C{len(_SETWAN_ROWS)}"]
_SETWAN_DPA = sum(item[1] for item in _SETWAN_ITEMS)
_SETWAN_REAL = sum(sum(item[3]) for item in _SETWAN_ITEMS)

# ------------------------------------------------------------------ indicators: an RSUD's IKU on its SAKIP page

_RSUD_ROWS: list[list] = [
    ["SAKIP"],
    ["Sistem Akuntabilitas Kinerja Instansi Pemerintah"],
    ["RSUD M Natsir Solok berkomitmen untuk mencapai kinerja terbaik dalam pelayanan kesehatan melalui sistem "
     "akuntabilitas yang transparan dan terukur"],
    [],
    ["Indikator Kinerja Utama 2024"],
    ["Pencapaian indikator kinerja utama RSUD M Natsir berdasarkan standar pelayanan rumah sakit"],
    [],
    ["Indikator", "Target", "Realisasi", "Status"],
    ["Bed Occupancy Rate (BOR)", "75%", "71.6%", "belum tercapai"],
    ["Gross Death Rate (GDR)", "<4.5%", "3.9%", "tercapai"],
    ["Tingkat Kepuasan Pasien", "≥80%", "84.7%", "tercapai"],
    ["Waktu Tanggap Pelayanan IGD", "≤5 menit", "4.6 menit", "tercapai"],
    ["Kepatuhan Identifikasi Pasien", "100%", "97.5%", "belum tercapai"],
]

CASES: list[Layout] = [
    Layout(
        id="budget-kecamatan-rfk-dpa-keuangan-fisik-kum-ttb-kode-nama-satu-sel-per-kelurahan",
        dataset="budget",
        agency=("A kecamatan of a kota (not named; the application lists its kecamatan as 'timur', 'utara', "
                "'tengah'), its RFK of December 2023 — kecamatan (kota perangkat daerah), RFK application report "
                "page copied into a sheet (figures invented)"),
        source=("github asrani27/ipb resources/views/admin/laporan/laporanrfk.blade.php (search index file id "
                "20365625200): summary cards, 'Export Excel', then the table # | # | Uraian Kegiatan | DPA › Rp | % "
                "| Keuangan › Rencana (Rp %KUM %TTB) | Realisasi (Rp %KUM %TTB) | Capaian % | Sisa Anggaran Rp | "
                "Fisik › Rencana (KUM TTB) | Realisasi (KUM TTB) | Capaian, JUMLAH row; SKPD list in "
                "app/Http/Controllers/SuperadminController.php (search index file id 20679712749)"),
        year=2023,
        sheets={"RFK": _rfk_rows()},
        merged={"RFK": _RFK_MERGED},
        expected=_RFK_EXPECTED,
        note=("A kota RFK application's report of one kecamatan for December: summary cards over the table (3 "
              "TOTAL PROGRAM, 4 TOTAL KEGIATAN, 6 TOTAL SUB KEGIATAN, DESEMBER 2023 LAPORAN BULAN) and the two "
              "buttons' words, then a three-row header band: DPA › Rp | % (each sub kegiatan's weight in the "
              "kecamatan's DPA), Keuangan › Rencana and Realisasi each Rp | %KUM | %TTB (cumulative and weighted), "
              "a Capaian % of the weighted realisation against the weighted plan, Sisa Anggaran Rp, and the same "
              "for Fisik without Rp. Program and kegiatan lines print their code and name in one cell and no "
              "amount: headings, each standing with the sums of its sub kegiatan. Sub kegiatan lines are numbered 1 … 6 in the SECOND '#' column (the first holds "
              "the cancel icon of a sent line: empty here), code and name in one cell; the kecamatan's sub "
              "kegiatan 'Pembangunan Sarana dan Prasarana Kelurahan' stands three times, once per kelurahan named "
              "in brackets. Rp amounts are text with commas between thousands as number_format() prints them "
              "('3,250,000,000'); percentages are numbers rounded to two decimals. A careful analyst reads six sub "
              "kegiatan rows: budget = DPA Rp, realised = Keuangan › Realisasi › Rp (the Rencana Rp is the plan "
              "to date, the same as the DPA in December); the JUMLAH row is the total and agrees with them. The "
              "kecamatan, its kelurahan and figures are invented; no person appears."),
    ),
    Layout(
        id="budget-setwan-dprd-rfk-satu-sub-kegiatan-per-bulan-empat-nilai-per-sel-tanpa-total-realisasi",
        dataset="budget",
        agency=("The Sekretariat DPRD of a kota ('setwan' in the application's SKPD list), one PPTK's RFK of one "
                "sub kegiatan, December 2023 — sekretariat DPRD, RFK application page copied into a sheet "
                "(figures invented)"),
        source=("github asrani27/ipb resources/views/pptk/laporan/rfk_fiskeu.blade.php (search index file id "
                "20251141032): label lines TAHUN / BULAN / PROGRAM / KEGIATAN / SUBKEGIATAN / JENIS RFK / STATUS, "
                "then # | Uraian | DPA | RFK | Jan … Des | Jumlah with four values per cell, an unlabelled row "
                "under each item, 'Total Rencana Keuangan' (DPA rowspan 2) and 'Total Rencana Fisik'"),
        year=2023,
        sheets={"RFK Sub Kegiatan": _SETWAN_ROWS},
        merged={"RFK Sub Kegiatan": _SETWAN_MERGED},
        expected=[_b("sub_kegiatan", "Penyusunan dan Pembahasan Program Pembentukan Peraturan Daerah", _SETWAN_DPA,
                     _SETWAN_REAL)],
        note=("One sub kegiatan of the Sekretariat DPRD (4.02.02.2.01.0001, named with its program and kegiatan "
              "only in the label lines above the table) by its four belanja items. Each item's 'RFK' cell stacks "
              "four labels in ONE cell ('Renc.Keuangan', 'Real Keuangan', 'Renc.Fisik', 'Real Fisik', the view's "
              "<br />) and each month's cell and the 'Jumlah' cell stack the four values the same way ('6,000,000 / "
              "5,850,000 / 16.67% / 16.25%'); under each item an unlabelled row of twelve small figures and their "
              "sum (the month's planned physical share, weighted). The view prints '100 %' for BOTH physical "
              "lines of 'Jumlah' whenever the plan is 99–100 %, whatever the realisation: every item here shows "
              "'100 %' realised though none is spent in full (the export's own mistake, not a money field). The "
              "totals are of the PLAN only ('Total Rencana Keuangan' with the DPA total merged over two rows, "
              "'Total Rencana Fisik'); the realisation has no total. A careful analyst reads one sub kegiatan: "
              "budget = the DPA total 160,000,000, realised = the sum of the four items' 'Real Keuangan' in "
              "Jumlah, 152,255,000 (the items are account lines of that sub kegiatan, not sub kegiatan). The "
              "application is a kota's; the secretariat, items and figures are invented; no person appears."),
    ),
    Layout(
        id="ind-rsud-sakip-web-iku-target-operator-satuan-dalam-sel-realisasi-titik-desimal-status",
        dataset="indicators",
        agency=("RSUD M Natsir Solok (Provinsi Sumatera Barat), the 'Indikator Kinerja Utama 2024' block of its "
                "website's SAKIP page, copied into a sheet — RSUD (provinsi), hospital website (figures invented)"),
        source=("public GitHub Next.js site of RSUD M Natsir, the SAKIP page (search index file id 44804999697): "
                "array indikatorKinerja {indikator, target, realisasi, status}, shown as cards 'Target:' / "
                "'Realisasi:' under 'Indikator Kinerja Utama 2024'; the page's own figures are marked 'Data SAKIP "
                "dummy untuk demo'"),
        year=2024,
        sheets={"IKU 2024": _RSUD_ROWS},
        expected=[
            _ind("Bed Occupancy Rate", 75.0, 71.6),
            _ind("Gross Death Rate", 4.5, 3.9, "negative"),
            _ind("Tingkat Kepuasan Pasien", 80.0, 84.7),
            _ind("Waktu Tanggap Pelayanan IGD", 5.0, 4.6, "negative"),
            _ind("Kepatuhan Identifikasi Pasien", 100.0, 97.5),
        ],
        # '<4.5%' and '≤5 menit' tell lower is better; no column states a polarity (the corpus's rule: a warning for
        # each indicator so read, two here; the collector's one counted the table, not the indicators)
        findings=((W, "polarity_inferred"), (W, "polarity_inferred")),
        note=("A hospital website's IKU block as a table: Indikator | Target | Realisasi | Status under the page's "
              "title lines ('SAKIP', its tagline, 'Indikator Kinerja Utama 2024' and a sentence). Targets are texts "
              "with their operator and unit ('75%', '<4.5%', '≥80%', '≤5 menit', '100%'); realisations texts with "
              "a decimal POINT (the page is written in English number style) and a unit ('71.6%', '4.6 menit'); "
              "Status is 'tercapai' / 'belum tercapai' and agrees with each target. No capaian column, no "
              "Polaritas column: '<' and '≤' state that lower is better for the death rate and the IGD response "
              "time, each a polarity_inferred warning (the collector expected one; the corpus's rule is one per "
              "indicator so read, so two). Five indicators of 2024. The page's own figures are demo data: these are invented in its "
              "layout; no person appears."),
    ),
]
