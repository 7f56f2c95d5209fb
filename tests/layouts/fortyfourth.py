"""The forty-fourth held-out set: BUDGET and ASSETS layouts, one copied cell for cell from a published document found
with the `search` tool (corpus `pages`) and three export layouts from public code filled with invented figures,
collected blind to measure the integrated kit on layouts nobody tuned for (README.md records the cases; the lead
measures them). None of the cases was run through the kit: the expectations are what each table says, read as a
careful analyst would.

Kinds and shapes the corpus had none or few of:

- a kabupaten Dinas Kesehatan's 'RINCIAN RENJA PUSKESMAS TAHUN ANGGARAN 2020' of its BLUD PUSKESMAS (Kabupaten
  Demak: the 27 puskesmas Bonang 1 … Wonosalam 2): one row PER PUSKESMAS, the money split across a 'BLUD PUSKESMAS'
  band by the BLUD's revenue source (Kapitasi JKN | Persalinan BPJS | Capeng | Rawat Jalan | Rawat Inap), amounts
  with commas between thousands ('3,600,000,000'), '-' for none and one empty cell, a JUMLAH row; a plan (no
  realisation), rows that are units, not programs;
- a KECAMATAN's recap of its villages' APBDes realisation (the Punggelan kecamatan application's ExcelJS export with
  'desa = all': 'PEMERINTAH SE-KECAMATAN PUNGGELAN'): KODE | URAIAN | ANGGARAN | REALISASI | LEBIH/(KURANG) | % with
  the KODE column empty on every row, the revenue section (PENDAPATAN by bidang) BEFORE the spending in the same
  columns, bidang rows with a name and no amount, kategori rows indented by four spaces, JUMLAH rows per section and a
  SURPLUS/(DEFISIT) row; the title merged over seven columns, the table six wide;
- a SCHOOL CLASS's inventory export (a Laravel application's KelasBarangExport: a class's goods): one header row, the
  condition as three COUNT columns 'Jumlah Baik | Jumlah Rusak Ringan | Jumlah Rusak Berat' and a 'Jumlah Total',
  with KIR-like columns before them (Merk/Model, No. Seri Pabrik, Ukuran, Bahan, Tahun Pembuatan, Nomor Kode Barang);
- a foundation's school health rooms (UKS of PAUD, TK shown 'TBSD', SD, SMP): the 'all' Excel report of an inventory
  and medicine application, FIVE sheets (Ringkasan, Data Obat, Data Inventaris, Obat-obatan, Kondisi Barang) where
  the assets are the third sheet, one row per item, place and condition word, and the fifth sheet repeats every item
  not 'Baik' (read twice, the damaged units would double).

What was searched and not found (corpus `pages`; most LKjIP/LAKIP/profil hits give covers, forewords or tables of
contents): realisasi anggaran of a kecamatan (Pilangkenceng 2022, Salam Babaris 2021, Satui 2016, Kebonsari 2021:
openings only), of a Sekretariat DPRD (Tabanan LKjIP 2022: table of contents), of a puskesmas (RUK Cijeungjing,
Pustu Kebonagung, Tembelang RPK, RBA Balaraja, RBA Klaten Selatan, RBA 1 Ulu: openings); sarana prasarana by
condition of a kecamatan, a puskesmas (Kampung Baru Banggai profil 2017, Data Dasar Puskesmas Sulawesi Selatan,
Asahan survey guide: openings), a Pengadilan Agama (Tahuna 2019, Soe 2019-2021 on anyflip: staff pages, Tual:
a DIPA paragraph), kendaraan dinas of a DPRD (news items only). Seen and left out: SMA Negeri 1 Tanjungpandan's
'Prasarana yang dimiliki sekolah/madrasah' (its numbers cannot be placed under the Ketersediaan / Pemanfaatan /
kondisi columns from the stored copy); the Sulawesi Tenggara Profil Mutu pages and the Weru SD tables (in the
corpus); the Punggelan application's per-desa APBDes export and the Simpekdes one (the Simpekdes layout is in the
corpus; the per-desa Punggelan one differs only by its signature block). From code: BMN 'Laporan Kondisi Barang'
(only menu labels found, no layout), hospital IPSRS and SIMRS inventories (SQL dumps, no export layout), a Python
reader of a 'Jumlah Baik / Rusak Ringan / Rusak Berat' sheet (headers only in comments: not a layout).
"""

from __future__ import annotations

from layouts.case import Layout, asset, budget_row as _b, tally

_E = None

# ------------------------------------------------------------------ Demak, Rincian Renja Puskesmas 2020 (published)

_DEMAK_SOURCE = ("https://www.scribd.com/document/416931392/RENJA-PUSKESMAS-2020 — 'RINCIAN RENJA PUSKESMAS TAHUN "
                 "ANGGARAN 2020', its first page: BLUD PUSKESMAS › Kapitasi JKN | Persalinan BPJS | Capeng | Rawat "
                 "Jalan | Rawat Inap for the 27 puskesmas of Kabupaten Demak and a JUMLAH row (the stored copy ends "
                 "after the JUMLAH row's second amount)")

#: (no, puskesmas, kapitasi JKN, persalinan BPJS, capeng, rawat jalan, rawat inap) as printed; None: an empty cell
_DEMAK = [
    (1, "BONANG 1", "3,600,000,000", "77,778,500", "16,675,000", "20,290,000", "165,000,000"),
    (2, "BONANG 2", "1,900,000,000", "77,777,750", "11,712,000", "17,000,000", "-"),
    (3, "DEMAK 1", "1,100,000,000", "77,777,750", "10,420,000", "21,500,000", "-"),
    (4, "DEMAK 2", "1,200,000,000", "77,777,750", "9,712,000", "25,663,500", "-"),
    (5, "DEMAK 3", "990,000,000", "77,777,750", "10,312,000", "19,300,000", "-"),
    (6, "DEMPET", "2,300,000,000", "77,777,750", "14,435,000", "43,170,000", "302,500,000"),
    (7, "GAJAH 1", "1,650,000,000", "77,777,750", "11,200,000", "23,150,000", "182,075,500"),
    (8, "GAJAH 2", "1,100,000,000", "77,777,750", "8,906,000", "11,693,500", "148,500,000"),
    (9, "GUNTUR 1", "2,300,000,000", "77,777,750", "13,712,000", "25,900,000", "254,100,000"),
    (10, "GUNTUR 2", "1,850,000,000", "77,777,750", "10,628,000", "12,194,000", None),
    (11, "KARANGANYAR 1", "1,650,000,000", "77,777,750", "11,200,000", "14,350,000", "126,250,000"),
    (12, "KARANGANYAR 2", "1,400,000,000", "77,777,750", "11,750,000", "14,350,000", "159,500,000"),
    (13, "KARANGAWEN 1", "2,000,000,000", "77,777,750", "12,274,000", "69,550,000", "616,000,000"),
    (14, "KARANGAWEN 2", "2,400,000,000", "77,777,750", "12,125,000", "16,731,000", "-"),
    (15, "KARANGTENGAH", "2,000,000,000", "77,777,750", "15,212,000", "17,900,000", "-"),
    (16, "KEBONAGUNG", "1,550,000,000", "77,777,750", "11,412,000", "26,213,000", "231,000,000"),
    (17, "MIJEN 1", "1,390,000,000", "77,777,750", "10,320,000", "32,268,050", "360,000,000"),
    (18, "MIJEN 2", "900,000,000", "77,777,750", "9,524,000", "13,800,000", "-"),
    (19, "MRANGGEN 1", "1,950,000,000", "77,777,750", "15,229,000", "18,200,000", "-"),
    (20, "MRANGGEN 2", "1,750,000,000", "77,777,750", "10,900,000", "20,000,000", "-"),
    (21, "MRANGGEN 3", "2,000,000,000", "77,777,750", "10,902,000", "21,800,000", "164,000,000"),
    (22, "SAYUNG 1", "2,200,000,000", "77,777,750", "12,212,000", "16,350,000", "-"),
    (23, "SAYUNG 2", "1,200,000,000", "77,777,750", "13,500,000", "16,286,950", "134,074,500"),
    (24, "WEDUNG 1", "2,300,000,000", "77,777,750", "12,400,000", "19,590,000", "275,000,000"),
    (25, "WEDUNG 2", "1,800,000,000", "77,777,750", "11,412,000", "14,350,000", "143,000,000"),
    (26, "WONOSALAM 1", "1,815,000,000", "77,777,750", "12,950,000", "13,400,000", "-"),
    (27, "WONOSALAM 2", "1,430,000,000", "77,777,750", "9,650,000", "15,000,000", "160,000,000"),
]


def _commas(text: str | None) -> int:
    """'3,600,000,000' → 3600000000; '-' and an empty cell → 0."""
    return 0 if text in (None, "-") else int(text.replace(",", ""))


def _demak_rows() -> list[list]:
    return [
        ["RINCIAN RENJA PUSKESMAS", *[_E] * 6],
        ["TAHUN ANGGARAN 2020", *[_E] * 6],
        ["NO", "PUSKESMAS", "BLUD PUSKESMAS", *[_E] * 4],
        [_E, _E, "Kapitasi JKN", "Persalinan BPJS", "Capeng", "Rawat Jalan", "Rawat Inap"],
        *[list(row) for row in _DEMAK],
        # the stored copy ends after the second amount of the JUMLAH row
        ["JUMLAH", _E, "47,725,000,000", "2,100,000,000", _E, _E, _E],
    ]


# ------------------------------------------------------------------ Punggelan, APBDes se-kecamatan (export, invented)

_APBDES_SOURCE = ("public GitHub React application of Kecamatan Punggelan (Kabupaten Banjarnegara) for its villages, "
                  "src/utils/generateRealisasiXLSX.js (search index file id 26603503121): ExcelJS sheet 'Laporan "
                  "Realisasi APBDes', A1:G1 'LAPORAN REALISASI PELAKSANAAN APBDES', A2:G2 'PEMERINTAH "
                  "SE-KECAMATAN PUNGGELAN' (desa 'all'), A3:G3 'TAHUN ANGGARAN <tahun>', an empty row, header KODE | "
                  "URAIAN | ANGGARAN | REALISASI | LEBIH/(KURANG) | %, addDataSection('PENDAPATAN' …) and "
                  "('BELANJA' …): a title row, per bidang a row with its name, per kategori a row '    <kategori>' "
                  "with anggaran, realisasi, anggaran − realisasi and realisasi / anggaran ('0.00%'), 'JUMLAH "
                  "<SECTION>'; then 'SURPLUS/(DEFISIT)'; amounts formatted '\"Rp\"#,##0;[Red]-\"Rp\"#,##0'; no "
                  "signature block for 'all'")

#: invented sums over the 17 villages: section → bidang → [(kategori, anggaran, realisasi)]
_APBDES = {
    "PENDAPATAN": {
        "Pendapatan Asli Desa": [("Hasil Usaha Desa", 412_500_000, 398_150_000),
                                 ("Hasil Aset Desa", 286_000_000, 291_400_000)],
        "Pendapatan Transfer": [("Dana Desa", 16_384_200_000, 16_384_200_000),
                                ("Alokasi Dana Desa", 8_912_750_000, 8_912_750_000),
                                ("Bagi Hasil Pajak dan Retribusi", 1_104_300_000, 1_087_615_000)],
    },
    "BELANJA": {
        "Penyelenggaraan Pemerintahan Desa": [("Penghasilan Tetap dan Tunjangan", 7_344_000_000, 7_290_120_000),
                                              ("Operasional Perkantoran", 1_218_600_000, 1_102_455_300)],
        "Pelaksanaan Pembangunan Desa": [("Pekerjaan Umum dan Penataan Ruang", 11_625_400_000, 10_884_932_500),
                                         ("Kesehatan", 1_406_250_000, 1_311_604_000)],
        "Pembinaan Kemasyarakatan Desa": [("Ketenteraman, Ketertiban Umum", 312_800_000, 298_400_000)],
        "Pemberdayaan Masyarakat Desa": [("Pertanian dan Peternakan", 1_034_500_000, 962_718_000)],
        "Penanggulangan Bencana, Keadaan Darurat dan Mendesak Desa": [("Keadaan Mendesak", 3_276_000_000,
                                                                        3_276_000_000)],
    },
}
_RP = '"Rp"#,##0;[Red]-"Rp"#,##0'


def _apbdes_rows() -> tuple[list[list], dict[str, str]]:
    """The sheet as the export writes it (A … F used), and the number formats of the amount and percentage cells."""
    rows: list[list] = [
        ["LAPORAN REALISASI PELAKSANAAN APBDES", *[_E] * 6],
        ["PEMERINTAH SE-KECAMATAN PUNGGELAN", *[_E] * 6],
        ["TAHUN ANGGARAN 2024", *[_E] * 6],
        [_E] * 7,
        ["KODE", "URAIAN", "ANGGARAN", "REALISASI", "LEBIH/(KURANG)", "%", _E],
    ]
    formats: dict[str, str] = {}

    def add(cells: list) -> None:
        rows.append(cells + [_E] * (7 - len(cells)))
        r = len(rows)
        for col, value in zip("CDEF", cells[2:6]):
            if isinstance(value, (int, float)):
                formats[f"{col}{r}"] = "0.00%" if col == "F" else _RP

    totals = {}
    for section, bidangs in _APBDES.items():
        add([_E, section])
        budget = realised = 0
        for bidang, items in bidangs.items():
            add([_E, bidang])
            for kategori, a, r in items:
                add([_E, f"    {kategori}", a, r, a - r, round(r / a, 6) if a else 0])
                budget += a
                realised += r
        add([_E, f"JUMLAH {section}", budget, realised, budget - realised, round(realised / budget, 6)])
        totals[section] = (budget, realised)
        add([])
    (ap, rp), (ab, rb) = totals["PENDAPATAN"], totals["BELANJA"]
    add([_E, "SURPLUS/(DEFISIT)", ap - ab, rp - rb, (ap - ab) - (rp - rb)])
    return rows, formats


_APBDES_ROWS, _APBDES_FORMATS = _apbdes_rows()


def _apbdes_expected() -> list[dict]:
    """The spending only: each bidang (the sum of its kategori) followed by its kategori."""
    return [row for bidang, items in _APBDES["BELANJA"].items() for row in (
        _b("program", bidang, sum(i[1] for i in items), sum(i[2] for i in items)),
        *[_b("kegiatan", k, a, r) for k, a, r in items])]


# ------------------------------------------------------------------ a class's goods, KelasBarangExport (invented)

_KELAS_SOURCE = ("public GitHub Laravel application of a school's goods by class and room (search index file ids "
                 "4714824730, app/Exports/KelasBarangExport.php, and 52258465626, its BarangController): "
                 "Maatwebsite Excel FromCollection + WithHeadings, one header row No | Nama Barang | Merk/Model | No. "
                 "Seri Pabrik | Ukuran | Bahan | Tahun Pembuatan | Nomor Kode Barang | Jumlah Baik | Jumlah Rusak "
                 "Ringan | Jumlah Rusak Berat | Jumlah Total | Harga Perolehan | Keterangan Mutasi | Supplier, styled "
                 "bold white on blue; one row per barang of the class (map(): a static counter, '' for missing text, "
                 "0 for a missing price, '-' for a missing supplier)")

#: invented goods of one class: (nama, merk, seri, ukuran, bahan, tahun, kode, baik, rr, rb, harga, mutasi, supplier)
_KELAS = [
    ("Meja Siswa", "", "", "60 x 40 cm", "Kayu", "2019", "BRG-0101", 28, 4, 2, 450_000, "", "CV Sumber Mebel"),
    ("Kursi Siswa", "", "", "", "Kayu", "2019", "BRG-0102", 30, 3, 3, 275_000, "", "CV Sumber Mebel"),
    ("Meja Guru", "Olympic", "", "120 x 60 cm", "Kayu", "2021", "BRG-0103", 1, 0, 0, 1_250_000, "", "Toko Abadi"),
    ("Papan Tulis", "Sakana", "", "240 x 120 cm", "Whiteboard", "2022", "BRG-0104", 1, 1, 0, 1_650_000,
     "1 unit dipindah dari kelas lain", "Toko Abadi"),
    ("Proyektor", "Epson EB-X500", "X5K-204417", "", "Plastik", "2023", "BRG-0105", 0, 1, 0, 6_800_000, "", "-"),
    ("Kipas Angin Dinding", "Maspion", "", "16 inch", "Plastik", "2020", "BRG-0106", 2, 0, 1, 385_000, "",
     "Toko Elektronik Jaya"),
]


def _kelas_rows() -> list[list]:
    header = ["No", "Nama Barang", "Merk/Model", "No. Seri Pabrik", "Ukuran", "Bahan", "Tahun Pembuatan",
              "Nomor Kode Barang", "Jumlah Baik", "Jumlah Rusak Ringan", "Jumlah Rusak Berat", "Jumlah Total",
              "Harga Perolehan", "Keterangan Mutasi", "Supplier"]
    return [header, *[[n, nama, merk, seri, ukuran, bahan, tahun, kode, b, rr, rb, b + rr + rb, harga, mutasi, sup]
                      for n, (nama, merk, seri, ukuran, bahan, tahun, kode, b, rr, rb, harga, mutasi, sup)
                      in enumerate(_KELAS, start=1)]]


# ------------------------------------------------------------------ school UKS inventory, 'all' report (invented)

_UKS_SOURCE = ("public GitHub React/Supabase application of a school foundation's health rooms (inventory and "
               "medicines of PAUD, TK, SD and SMP; search index file id 38697257047, src/react-app/hooks/"
               "useReportExport.ts): exportToExcel(reportType 'all') appends the sheets 'Ringkasan' ('Laporan "
               "Inventaris Sekolah', 'Periode: …', 'Tanggal: …', RINGKASAN STATISTIK, DISTRIBUSI KATEGORI, "
               "DISTRIBUSI LOKASI), 'Data Obat', 'Data Inventaris' (Nama Barang | Kategori | Jumlah | Lokasi | "
               "Kondisi | Keterangan | Tanggal Input), 'Obat-obatan' (json_to_sheet) and 'Kondisi Barang' (every "
               "item whose kondisi is not 'Baik' again: Nama Barang | Kategori | Kondisi | Jumlah | Lokasi | "
               "Keterangan | Terakhir Diperbarui); the place 'TK' is shown 'TBSD'")

#: invented items: (nama, kategori, jumlah, lokasi as shown, kondisi, keterangan, tanggal input)
_UKS = [
    ("Tempat Tidur Periksa", "Perabot", 1, "PAUD", "Baik", "-", "8/1/2024"),
    ("Timbangan Badan", "Alat Kesehatan", 1, "PAUD", "Rusak Ringan", "Jarum tidak kembali ke nol", "8/1/2024"),
    ("Kotak P3K", "Alat Kesehatan", 2, "TBSD", "Baik", "-", "9/1/2024"),
    ("Termometer Digital", "Alat Kesehatan", 2, "TBSD", "Baik", "-", "9/1/2024"),
    ("Tempat Tidur Periksa", "Perabot", 2, "SD", "Baik", "-", "10/1/2024"),
    ("Tensimeter", "Alat Kesehatan", 1, "SD", "Rusak Berat", "Manset bocor", "10/1/2024"),
    ("Timbangan Badan", "Alat Kesehatan", 2, "SD", "Baik", "-", "10/1/2024"),
    ("Kotak P3K", "Alat Kesehatan", 3, "SMP", "Baik", "-", "11/1/2024"),
    ("Tensimeter", "Alat Kesehatan", 1, "SMP", "Baik", "-", "11/1/2024"),
    ("Tempat Tidur Periksa", "Perabot", 1, "SMP", "Rusak Ringan", "Kaki patah satu", "11/1/2024"),
]

#: invented medicines: (nama, stok, satuan, lokasi, batas minimal, kadaluarsa, tanggal input)
_OBAT = [
    ("Paracetamol 500 mg", 40, "Tablet", "PAUD", 20, "30/6/2025", "8/1/2024"),
    ("Betadine 30 ml", 3, "Botol", "TBSD", 2, "31/12/2025", "9/1/2024"),
    ("Kasa Steril", 6, "Pak", "SD", 10, "31/3/2026", "10/1/2024"),
    ("Oralit", 25, "Sachet", "SMP", 10, "31/8/2025", "11/1/2024"),
]


def _uks_sheets() -> dict[str, list[list]]:
    inventory = [["Nama Barang", "Kategori", "Jumlah", "Lokasi", "Kondisi", "Keterangan", "Tanggal Input"],
                 *[list(item) for item in _UKS]]
    damaged = [["Nama Barang", "Kategori", "Kondisi", "Jumlah", "Lokasi", "Keterangan", "Terakhir Diperbarui"],
               *[[n, k, kondisi, j, lok, ket, t] for n, k, j, lok, kondisi, ket, t in _UKS if kondisi != "Baik"]]
    status = [("Stok Menipis" if stok <= batas else "Stok Aman") for _, stok, _, _, batas, _, _ in _OBAT]
    obat = [["Nama Obat", "Stok", "Satuan", "Lokasi", "Batas Minimal", "Status", "Terakhir Diperbarui"],
            *[[n, s, sat, lok, batas, st, t] for (n, s, sat, lok, batas, _, t), st in zip(_OBAT, status)]]
    obat_json = [["Nama Obat", "Stok", "Satuan", "Lokasi", "Batas Minimal", "Tanggal Kadaluarsa", "Status",
                  "Tanggal Input", "Keterangan"],
                 *[[n, s, sat, lok, batas, exp, st, t, ""] for (n, s, sat, lok, batas, exp, t), st
                   in zip(_OBAT, status)]]
    kategori: dict[str, int] = {}
    lokasi: dict[str, int] = {}
    for _, k, _, lok, _, _, _ in _UKS:
        kategori[k] = kategori.get(k, 0) + 1
        lokasi[lok] = lokasi.get(lok, 0) + 1
    summary = [
        ["Laporan Inventaris Sekolah"], ["Periode: Semester Genap 2023/2024"], ["Tanggal: 15/1/2024"], [],
        ["RINGKASAN STATISTIK"], ["Kategori", "Jumlah"], ["Total Inventaris", len(_UKS)],
        ["Total Obat-obatan", len(_OBAT)], ["Barang Rusak", sum(k != "Baik" for *_, k, _, _ in _UKS)],
        ["Stok Obat Menipis", status.count("Stok Menipis")], [],
        ["DISTRIBUSI KATEGORI"], ["Kategori", "Jumlah"], *[[k, v] for k, v in kategori.items()], [],
        ["DISTRIBUSI LOKASI"], ["Lokasi", "Jumlah"], *[[k, v] for k, v in lokasi.items()],
    ]
    width = 9
    pad = lambda rows: [row + [_E] * (width - len(row)) for row in rows]  # noqa: E731
    return {"Ringkasan": pad(summary), "Data Obat": pad(obat), "Data Inventaris": pad(inventory),
            "Obat-obatan": pad(obat_json), "Kondisi Barang": pad(damaged)}


CASES: list[Layout] = [
    Layout(
        id="budget-demak-renja-blud-puskesmas-2020-per-puskesmas-sumber-pendapatan-koma-ribuan",
        dataset="budget",
        agency=("Dinas Kesehatan Kabupaten Demak, its 27 BLUD puskesmas (Bonang 1 … Wonosalam 2), 'Rincian Renja "
                "Puskesmas' 2020 — kabupaten puskesmas (BLUD), published table"),
        source=_DEMAK_SOURCE,
        year=2020,
        sheets={"Renja Puskesmas": _demak_rows()},
        merged={"Renja Puskesmas": ["A1:G1", "A2:G2", "A3:A4", "B3:B4", "C3:G3", "A32:B32"]},
        expected=[_b("program", name, sum(_commas(c) for c in cells), None)
                  for _, name, *cells in _DEMAK],
        # after measuring: no findings. field_empty is the indicator loader's warning (no value of the year for any
        # indicator); a budget plan read with no realisation column earns none (the Renja cases of budget.py)
        findings=(),
        note=("A plan of the BLUD puskesmas of one kabupaten: one row per puskesmas, its money split across the band "
              "'BLUD PUSKESMAS' by the BLUD's revenue source (Kapitasi JKN, Persalinan BPJS, Capeng — health checks of "
              "civil-servant candidates —, Rawat Jalan, Rawat Inap): a puskesmas's budget is the sum of its five "
              "amounts (Bonang 1: 3.879.743.500), read as a flat list (level 'program', as the corpus's other flat "
              "lists), with no realisation (None, not 0). After measuring: no findings are expected; the collector's "
              "field_empty is the indicator loader's warning, and the corpus's budget plans (the Renja cases of "
              "budget.py, realised None) give none. Amounts as text with commas between thousands ('3,600,000,000', "
              "Persalinan '77,778,500' once and '77,777,750' 26 times); '-' where a puskesmas has no in-patient ward, "
              "and Guntur 2's Rawat Inap cell empty in the copy (read as nothing). The JUMLAH row's two printed totals "
              "hold (47.725.000.000 and 2.100.000.000 = 77.778.500 + 26 × 77.777.750); the stored copy ends there, so "
              "its other three totals are empty here: after measuring, the row states no total of those three parts (an"
              " info note names them) and its two stated parts are checked column by column, not its sum against the "
              "puskesmas' five-part sums. The title names no kabupaten; the puskesmas are Demak's (Bonang, Dempet, "
              "Gajah, Guntur, Karangawen, Mijen, Mranggen, Sayung, Wedung, Wonosalam)."),
    ),
    Layout(
        id="budget-kecamatan-punggelan-realisasi-apbdes-se-kecamatan-kode-kosong-pendapatan-dulu",
        dataset="budget",
        agency=("Kecamatan Punggelan, Kabupaten Banjarnegara: its application's recap of the 17 villages' APBDes "
                "realisation ('SE-KECAMATAN') — kecamatan (recap of desa budgets), ExcelJS export (figures "
                "invented)"),
        source=_APBDES_SOURCE,
        year=2024,
        sheets={"Laporan Realisasi APBDes": _APBDES_ROWS},
        merged={"Laporan Realisasi APBDes": ["A1:G1", "A2:G2", "A3:G3"]},
        number_formats={"Laporan Realisasi APBDes": _APBDES_FORMATS},
        expected=_apbdes_expected(),
        note=("The villages' APBDes of one kecamatan added up, as the kecamatan's application exports it for 'all' "
              "villages: title rows merged over A…G though the table uses A…F; the header KODE | URAIAN | ANGGARAN "
              "| REALISASI | LEBIH/(KURANG) | % with the KODE column EMPTY on every row (the export writes no code); "
              "the revenue first: a row 'PENDAPATAN', its bidang (a name, no amount), its kategori indented by four "
              "spaces with amounts, 'JUMLAH PENDAPATAN'; an empty row; the same for 'BELANJA' by the five bidang of "
              "Permendagri 20/2018; an empty row; 'SURPLUS/(DEFISIT)' with three amounts and no %. Amounts are "
              "numbers shown '\"Rp\"#,##0', the % a fraction shown '0.00%'; LEBIH/(KURANG) is anggaran − "
              "realisasi, so a revenue above its budget (Hasil Aset Desa) is negative. The spending is the "
              "budget: the five bidang as programs (each the sum of its kategori, as the table prints none) and "
              "their kategori as kegiatan; the revenue rows, their JUMLAH and the SURPLUS row are not spending. "
              "No signature block (the export writes one only for a single village). Amounts invented, "
              "consistent."),
    ),
    Layout(
        id="assets-sekolah-kelas-barang-jumlah-baik-rusak-ringan-rusak-berat-jumlah-total-kolom-kir",
        dataset="assets",
        agency=("a school class's goods (the class and school not named; a KIR-like list per class) in a school "
                "inventory application — sekolah, Laravel Excel export (figures invented)"),
        source=_KELAS_SOURCE,
        year=2024,
        sheets={"Worksheet": _kelas_rows()},
        expected=[asset(nama, b, rr + rb) for nama, *_, b, rr, rb, _, _, _ in _KELAS],
        note=("One header row and one row per kind of good of a class: the condition is three COUNT columns 'Jumlah "
              "Baik', 'Jumlah Rusak Ringan', 'Jumlah Rusak Berat' followed by 'Jumlah Total' (their sum), not a "
              "Kondisi column; good = Jumlah Baik, damaged = Rusak Ringan + Rusak Berat (Meja Siswa 28 good, 6 "
              "damaged of 34). KIR-like columns before them (Merk/Model, No. Seri Pabrik, Ukuran, Bahan, Tahun "
              "Pembuatan as text '2019', Nomor Kode Barang 'BRG-0101'), Harga Perolehan a unit price (not to be "
              "added up as units), Keterangan Mutasi free text, Supplier '-' when unknown, '' for missing text. "
              "The 'No' column is the export's counter. The Proyektor has no good unit (0, 1, 0). Sheet name "
              "'Worksheet' (the library's default). Goods and figures invented."),
    ),
    Layout(
        id="assets-uks-sekolah-laporan-all-lima-sheet-data-inventaris-ketiga-kondisi-barang-ulang-rusak",
        dataset="assets",
        agency=("a school foundation's health rooms (UKS) of its PAUD, TK (shown 'TBSD'), SD and SMP, in an "
                "inventory and medicine application (not named) — sekolah (UKS), SheetJS export 'all' (figures "
                "invented)"),
        source=_UKS_SOURCE,
        year=2024,
        sheets=_uks_sheets(),
        expected=tally((nama, jumlah, kondisi == "Baik") for nama, _, jumlah, _, kondisi, _, _ in _UKS),
        note=("A five-sheet workbook: 'Ringkasan' (a title, statistics, distributions by category and place: "
              "counts of ROWS, not units), 'Data Obat' (medicines: Stok is no asset condition), 'Data Inventaris' "
              "(the assets, the THIRD sheet), 'Obat-obatan' (the medicines again, json_to_sheet) and 'Kondisi "
              "Barang' (every inventory row whose Kondisi is not 'Baik' AGAIN, columns in another order: Kondisi "
              "before Jumlah). The careful analyst reads Data Inventaris: one row per item, place and condition, "
              "Jumlah the units, Kondisi a word ('Baik', 'Rusak Ringan', 'Rusak Berat' — the code tests only "
              "'Baik'; the other words are the usual BMD ones, the application's type file was not read); an "
              "item stands in several places and conditions (Tempat Tidur Periksa 3 good at PAUD and SD, 1 damaged "
              "at SMP), so units are added up by item; the Kondisi Barang sheet must not be added again (the "
              "damaged units would double). Tanggal Input as id-ID prints a date ('8/1/2024'). Items and figures "
              "invented."),
    ),
]
