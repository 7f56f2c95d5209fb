"""The thirty-ninth held-out set: INDICATOR tables, three copied cell for cell from published performance reports found
with the `search` tool (corpus `pages`) and one e-SAKIP report view from public code filled with invented figures,
collected blind to measure the integrated kit on layouts nobody tuned for (README.md records the cases; the lead
measures them). None of the cases was run through the kit: the expectations are what each table says, read as a
careful analyst would.

Kinds and shapes the corpus had none or few of:

- a PROVINSI Dinas Kelautan dan Perikanan (Sumatera Barat, LAKIP 2015, 'Tabel 3.3 Hasil Pengukuran Pencapaian Target
  Indikator Kinerja Sasaran 1'): one lower-is-better indicator (illegal-fishing cases found) whose printed capaian
  follows the report's own formula (2 × target − realisasi) / target, its realisation printed with a decimal POINT
  ('58.24') beside a capaian with a decimal comma ('120,22'), and a 'Kategori' column;
- a PROVINSI Dinas Koperasi dan UMKM (Sumatera Barat, Renja 2017 quoting 2011-2015): a sasaran merged over two
  indicators, four years of realisation only (2011-2014) under one band and the measured year under another band
  '2015' › Target | Realisasi | Capaian;
- a POLDA (Kepolisian Daerah Nusa Tenggara Barat, LKIP 2016, 'Tabel 3.28'): a 'Persentase penurunan wilayah konflik
  sosial' whose realisation 129,03 is really 2016's conflict regions as a percentage of 2015's (an increase) and
  whose printed capaian 46,50 is target ÷ realisation, the lower-is-better formula applied to a percentage of
  decrease: a published mistake;
- an e-SAKIP application's public 'Pengukuran Kinerja (Perangkat Daerah) Detail' view (github Rayhanyl/esakip-app):
  twelve columns under a two-cell band 'Kinerja' (colspan 6) | 'Anggaran' (colspan 6) that is one column short, so the
  band puts the performance Realisasi and Capaian (%) under 'Anggaran'; two indicator columns (sasaran strategis and
  sub-kegiatan); the DataTable sorted on 'No' descending; capaian computed by the application's own formulas
  (realisasi / target, or (target − (realisasi − target)) / target for 'semakin rendah realisasi maka capaian
  semakin bagus'). Figures invented.

What was searched and not found (corpus `pages`; most hits of LKjIP/LKIP documents give covers, forewords or tables of
contents, not Bab III tables): pengukuran kinerja tables of a Badan Pendapatan Daerah (Kota Bengkulu, Kabupaten
Tangerang, Badung IKU), Satuan Polisi Pamong Praja (Kota Bandung, Jawa Barat, Kota Bekasi, Lampung Barat, Kota
Yogyakarta: openings only; the LKPJ 'Tabel 4.II.16.2' is in the corpus), BPBD (Kabupaten Bandung, Cilacap, Badung,
Temanggung Renja), Dinas Lingkungan Hidup (Kota Bandung, Sumatera Barat, Bengkulu IKU, Bontang), Dinas Ketahanan
Pangan (Lampung, Jawa Tengah, Lamongan, DIY, Lampung Barat; Dinas Pangan Aceh gave only its scale), Sekretariat
DPRD (Tabanan, DIY), Dinas Pemadam Kebakaran (Semarang, Yogyakarta), Kesbangpol (Lampung Barat, Maluku, Rote Ndao,
Tangerang, Banjar; Pasuruan IKU only), Dinas Sosial (Lumajang gives its formulas, not its table; Tegal, Cilegon),
Dinas Koperasi (Jawa Timur, Gunungkidul, Surabaya), Dinas Perhubungan (Kota Bengkulu, Kabupaten Bandung; Sulawesi
Barat gives a realisation-only table), Bappeda (Gunungkidul, Madiun), Dinas Perumahan (Demak, Gorontalo), Dinas
Pertanian (Barito Kuala, Pemalang). Seen and left out: the same DKP Sumatera Barat report's sasaran 4 table
(pendapatan nelayan/pembudidaya 2011-2015, with the printed typos '1.750.00' and '3.00.000'), because the stored copy
starts in the middle of it; Kota Dumai's LKjIP 2016 ratios ('1:17,9') without their header; Palembang's capaian-only
table; Pangandaran's PAD per daya tarik wisata (a realisation breakdown, no target); Polresta Bogor Kota and
Tanah Datar APM (in the corpus); the Polda Jawa Tengah SPKT page (one satisfaction indicator, 65 % | 90,83 % |
139,73 %, no mistake to keep).
"""

from __future__ import annotations

from layouts.case import W, Layout, indicator as _ind

# ------------------------------------------------------------------ DKP Provinsi Sumatera Barat, LAKIP 2015, Tabel 3.3

_DKP_TITLE = ("Tabel 3.3 Hasil Pengukuran Pencapaian Target Indikator Kinerja Sasaran 1 Dinas Kelautan dan Perikanan "
              "Provinsi Sumatera Barat Tahun 2015")

# ------------------------------------------------------------------ Dinas Koperasi dan UMKM Provinsi Sumatera Barat

_KOP_TITLE = ("Pencapaian Realisasi Sasaran Meningkatnya Kualitas Kelembagaan Koperasi Tahun 2011- 2015")
_KOP_SASARAN = "Meningkatnya Kualitas Kelembagaan Koperasi"
#: (indikator, realisasi 2011, 2012, 2013, 2014, target 2015, realisasi 2015, capaian 2015), as printed
_KOP = [
    ("Persentase Koperasi Aktif", "66,31", "69,36", "70,48", "69,03", "71,5", "69,88", "97,73"),
    ("Persentase Peningkatan tingkat kesehatan usaha simpan pinjam/KSP", "30,42", "30,48", "30,56", "32,57", 32,
     "40,45", "126,41"),
]

# ------------------------------------------------------------------ Polda NTB, LKIP 2016, Tabel 3.28

_POLDA_TITLE = "Tabel 3.28. Capaian Sasaran Strategis IV Indikator Kinerja Utama d."

# ------------------------------------------------------------------ e-SAKIP 'Pengukuran Kinerja (PD) Detail'

_ESAKIP_SOURCE = ("public GitHub Rayhanyl/esakip-app, resources/views/akses_publik/pengukuran_kinerja/"
                  "perangkat_daerah_detail/index.blade.php (commit 52eae4d54b2002a2c31e8c07246a1e89a31374ae, search "
                  "index file id 5544670938): the table '#data-perangkat-daerah-detail' and its DataTable "
                  "(order [[0, 'desc']]); the capaian formulas from resources/views/admin/perda/pengukuran_kinerja/"
                  "index.blade.php (file id 5028507313, calculateCapaian, karakteristik 1 / 2, toFixed(2))")
_SS = "Meningkatnya derajat kesehatan masyarakat"
_IS = "Angka kesakitan penyakit menular (per 100.000 penduduk)"
#: invented rows in their 'No' order: (no, sasaran sub-kegiatan, indikator sub-kegiatan, target, realisasi,
#: karakteristik 1 = higher is better / 2 = lower is better, sub kegiatan, pagu, realisasi anggaran)
_ESAKIP = [
    (1, "Meningkatnya cakupan imunisasi dasar lengkap", "Persentase bayi yang mendapat imunisasi dasar lengkap",
     95, 91.4, 1, "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir", 250_000_000, 231_450_000),
    (2, "Menurunnya kasus gizi buruk pada balita", "Persentase balita gizi buruk", 2, 1.6, 2,
     "Pengelolaan Pelayanan Kesehatan Balita", 180_000_000, 166_320_000),
    (3, "Meningkatnya pelayanan kesehatan ibu hamil",
     "Persentase ibu hamil yang mendapat pelayanan ANC sesuai standar", 100, 98.5, 1,
     "Pengelolaan Pelayanan Kesehatan Ibu Hamil", 320_000_000, 301_760_000),
    (4, "Terkendalinya penyakit demam berdarah dengue", "Angka kesakitan DBD per 100.000 penduduk", 50, 62, 2,
     "Pengelolaan Pelayanan Kesehatan Orang Terduga Penyakit Menular", 410_000_000, 298_890_000),
]


def _capaian(target: float, realisasi: float, karakteristik: int) -> float:
    """The application's capaian: realisasi / target, or (target − (realisasi − target)) / target, to 2 decimals."""
    value = realisasi / target * 100 if karakteristik == 1 else (target - (realisasi - target)) / target * 100
    return round(value, 2)


def _esakip_rows() -> list[list]:
    """The view as a user copies it: the band row, the column row, the rows as the DataTable shows them (No desc)."""
    rows = [
        ["Kinerja", None, None, None, None, None, "Anggaran", None, None, None, None, None],
        ["No", "Sasaran Strategis", "Indikator Sasaran", "Sasaran Sub-kegiatan", "Indikator Sub-kegiatan", "Target",
         "Realisasi", "Capaian (%)", "Sub Kegiatan", "PAGU", "Realisasi", "Capaian (%)"],
    ]
    for no, sasaran, ind, target, real, kar, sub, pagu, real_rp in sorted(_ESAKIP, key=lambda r: r[0], reverse=True):
        rows.append([no, _SS, _IS, sasaran, ind, target, real, _capaian(target, real, kar), sub, pagu, real_rp,
                     round(real_rp / pagu * 100, 2)])
    return rows


CASES: list[Layout] = [
    Layout(
        id="ind-dkp-sumbar-2015-tabel-3-3-illegal-fishing-negatif-realisasi-titik-capaian-koma",
        dataset="indicators",
        agency=("Dinas Kelautan dan Perikanan Provinsi Sumatera Barat, LAKIP 2015 — provinsi dinas (kelautan dan "
                "perikanan)"),
        source=("https://text-id.123dok.com/document/oy82prx5y-perbandingan-antara-target-dengan-realisasi-kinerja.html"
                " — LAKIP 2015, Bab III '2.1.1 Perbandingan antara Target dengan Realisasi Kinerja' (page 59), "
                "'Tabel 3.3 Hasil Pengukuran Pencapaian Target Indikator Kinerja Sasaran 1'"),
        year=2015,
        sheets={"Tabel 3.3": [
            [_DKP_TITLE, None, None, None, None, None],
            ["No.", "Indikator Kinerja", "Target", "Realisasi", "Capaian", "Kategori"],
            ["1.", "- Kasus Illegal Fishing yang ditemukan", 73, "58.24", "120,22", "Sangat Baik"],
        ]},
        merged={"Tabel 3.3": ["A1:F1"]},
        expected=[_ind("- Kasus Illegal Fishing yang ditemukan", 73.0, 58.24, "negative")],
        # the table states no polarity: the kit infers it from the printed capaian, with the warning it always gives
        findings=((W, "polarity_inferred"),),
        note=("One indicator of sasaran 1, lower is better: fewer illegal-fishing cases found. The text under the "
              "table gives the report's formula, (2 x target - realisasi) / target x 100 = (2 x 73 - 58,24) / 73 x "
              "100 = 120,22, so the printed capaian holds for a lower-is-better indicator (73 / 58,24 would give "
              "125,34). The realisation is printed '58.24' with a decimal POINT in the table but '58,24' in the "
              "formula below it: 58,24, not 5.824 (the capaian only holds with 58,24). Capaian printed with a "
              "decimal comma and no '%'; 'Kategori' is the report's verbal scale ('Sangat Baik'). The indicator "
              "starts with a dash, as printed. No mistake; but the table states no polarity (no 'Polaritas' column, no "
              "word of it in the header), so the kit's reading of it as lower-is-better from the capaian's own "
              "formula is an inference and says so: a polarity_inferred warning, as for every indicator whose "
              "polarity is not written (lead, after measuring; the collector expected no finding)."),
    ),
    Layout(
        id="ind-diskop-umkm-sumbar-2011-2015-realisasi-empat-tahun-target-2015",
        dataset="indicators",
        agency=("Dinas Koperasi dan UMKM Provinsi Sumatera Barat, its Renja 2017 reviewing sasaran 1 over 2011-2015 "
                "— provinsi dinas (koperasi)"),
        source=("https://text-id.123dok.com/document/oy82pv30y-perbandingan-antara-target-dengan-realisasi-kinerja-"
                "presentase-koperasi-aktif-persentase-peningkatan-tingkat-kesehatan-usaha-simpan-pinjamksp.html — "
                "'Renja Tahun 2017 Dinas Koperasi, UMKM Propinsi Sumatera Barat', Sasaran 1 'a. Perbandingan antara "
                "Target dengan Realisasi Kinerja', table 'Pencapaian Realisasi Sasaran Meningkatnya Kualitas "
                "Kelembagaan Koperasi Tahun 2011- 2015' (unnumbered)"),
        year=2015,
        sheets={"Sasaran 1": [
            [_KOP_TITLE, None, None, None, None, None, None, None, None],
            ["Sasaran", "Indikator Kinerja", "Realisasi", None, None, None, "2015", None, None],
            [None, None, "2011", "2012", "2013", "2014", "Target", "Realisasi", "Capaian"],
            [_KOP_SASARAN, *_KOP[0]],
            [None, *_KOP[1]],
        ]},
        merged={"Sasaran 1": ["A1:I1", "A2:A3", "B2:B3", "C2:F2", "G2:I2", "A4:A5"]},
        expected=[_ind("Persentase Koperasi Aktif", 71.5, 69.88),
                  _ind("Persentase Peningkatan tingkat kesehatan", 32.0, 40.45)],
        findings=(),
        note=("A sasaran merged over its two indicators; a band 'Realisasi' over four year columns 2011-2014 "
              "(realisations only, no targets: they are not the 2015 figures) and a band '2015' over Target | "
              "Realisasi | Capaian, the measured year. Figures printed with decimal commas, no '%'. Both capaian hold "
              "(69,88 / 71,5 = 97,73; 40,45 / 32 = 126,41): no finding. The stored copy drops the slash in 'simpan "
              "pinjam/KSP' ('pinjamKSP'), as it drops it elsewhere ('gurumurid'); it is restored here. Both "
              "indicators are higher-is-better."),
    ),
    Layout(
        id="ind-polda-ntb-2016-tabel-3-28-penurunan-konflik-capaian-target-bagi-realisasi",
        dataset="indicators",
        agency=("Kepolisian Daerah Nusa Tenggara Barat (Polda NTB), LKIP 2016, sasaran strategis IV — Polri satker "
                "(kepolisian daerah)"),
        source=("https://text-id.123dok.com/document/9yn0wwwkq-persentase-penurunan-wilayah-konflik-sosial.html — "
                "'LKIP Polda NTB Tahun 2016', 'd. Persentase Penurunan Wilayah Konflik Sosial', 'Tabel 3.28. Capaian "
                "Sasaran Strategis IV Indikator Kinerja Utama d.'"),
        year=2016,
        sheets={"Tabel 3.28": [
            [_POLDA_TITLE, None, None, None, None],
            ["Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"],
            ["d. Persentase penurunan wilayah konflik sosial.", "%", 60, "129,03", "46,50"],
        ]},
        merged={"Tabel 3.28": ["A1:E1"]},
        # the list marker 'd.' is no part of the name; the figures and the printed capaian say lower-is-better
        expected=[_ind("Persentase penurunan wilayah konflik sosial", 60.0, 129.03, "negative")],
        findings=((W, "polarity_inferred"), (W, "capaian_mismatch")),
        note=("A percentage of DECREASE (higher is better) with target 60 and realisation 129,03; the printed capaian "
              "46,50 is 60 / 129,03, the lower-is-better formula, where realisation / target gives 215,05: a "
              "published mistake, kept as a capaian_mismatch warning. The next table (3.29, per Polres) shows where "
              "129,03 comes from: 120 conflict regions in 2016 against 93 in 2015, 120 / 93 = 129,03 %, i.e. an "
              "increase of 29 %, not a decrease; the report put that ratio in the 'Realisasi' cell and then divided "
              "the target by it. Values printed with decimal commas; the stored copy drops every '%' (the text reads "
              "'capaian kinerja sebesar 46,5 .'), so the Satuan cell, empty there, is restored as '%'. Tabel 3.29 is "
              "not part of this file. Read as NEGATIVE (lead, after measuring; the collector expected positive): the "
              "table states no polarity; the name's 'penurunan' names the goal, but the figures are no percentage of "
              "decrease (a decrease of 129,03 % of the regions cannot be) and the printed capaian is the "
              "lower-is-better one, so the kit reads the ratio as a level to lower, with a polarity_inferred warning "
              "telling the user to state the polarity if that is wrong; by the default 2t - r its capaian is -15,05 "
              "% against the printed 46,50: the capaian_mismatch stays. Read positive it would be 215,05 %, a "
              "success for a year of more conflict regions. 'd.' is a list marker, read without it (an info)."),
    ),
    Layout(
        id="ind-esakip-pengukuran-pd-detail-pita-kinerja-anggaran-geser-urut-menurun",
        dataset="indicators",
        agency=("a Dinas Kesehatan in a kabupaten's e-SAKIP application (the pemda is not named in the code; figures "
                "invented) — kabupaten OPD, e-SAKIP public report view"),
        source=_ESAKIP_SOURCE,
        year=2024,
        sheets={"Pengukuran PD Detail": _esakip_rows()},
        merged={"Pengukuran PD Detail": ["A1:F1", "G1:L1"]},
        expected=[_ind(ind, float(target), float(real), "positive" if kar == 1 else "negative")
                  for _, _, ind, target, real, kar, _, _, _ in sorted(_ESAKIP, key=lambda r: r[0], reverse=True)],
        # no polarity column: the two lower-is-better sub-kegiatan indicators are inferred (lexicon), each with a warning
        findings=((W, "polarity_inferred"),) * sum(kar == 2 for *_, kar, _, _, _ in _ESAKIP),
        note=("The view's header band is one column short: 'Kinerja' spans six columns (No … Target) and 'Anggaran' "
              "the next six, so the performance 'Realisasi' and 'Capaian (%)' (G, H) stand under 'Anggaran' beside "
              "the budget's own 'Realisasi' and 'Capaian (%)' (K, L). A careful analyst reads G and H as the "
              "indicator's, by their place after 'Target' and before 'Sub Kegiatan'. Two indicator columns: the "
              "sasaran strategis' indicator (C, the same on every row) and the sub-kegiatan's (E), to which the "
              "Target, Realisasi and Capaian belong. The DataTable sorts on 'No' descending, so the rows come 4, 3, "
              "2, 1. The view shows no polarity column (the application asks 'Karakteristik' when the figures are "
              "entered); the capaian are the application's: realisasi / target, or (target - (realisasi - target)) "
              "/ target for 'semakin rendah realisasi maka capaian semakin bagus' (gizi buruk 2 → 1,6: 120,00; DBD "
              "50 → 62: 76,00), so those two are lower-is-better. Budget capaian = realisasi / pagu. All figures "
              "invented; no mistake. The kit reads the header row alone (the short band names no realisation) and tells "
              "the two 'Realisasi' apart by their cells: G holds measures as the Target does, K rupiah (the budget's "
              "spending); each 'Capaian (%)' follows its 'Realisasi', so H is read. With no polarity column the two "
              "lower-is-better indicators are inferred, each a polarity_inferred warning (lead, after measuring; the "
              "collector expected no finding)."),
    ),
]
