"""The thirtieth held-out set: INDICATOR and BUDGET layouts only, collected blind, to measure the integrated kit on
layouts nobody tuned for (README.md records the cases; the lead measures them). Another collector took a
twenty-ninth set of staff and asset layouts at the same time; the sets up to the twenty-eighth are merged on main, and
this set is added after them.

Kinds and shapes the corpus had none of:

- PERJANJIAN KINERJA forms other than the e-SAKIP OPD print already in the corpus:
  * a Kejaksaan Negeri bidang's PK (an eselon IV head of section signs it with the Kajari above him) as the
    Kejaksaan's SINORI application prints it (public code, search index file id 43915319586, 'CETAK PERJANJIAN
    KINERJA'): the statement with Nama left blank by the view, then 'LAMPIRAN PERJANJIAN KINERJA TAHUN 2024', the
    bidang and the Kejari, and TWO tables: 'A. KINERJA UTAMA' No | Sasaran Program | Indikator | Formulasi |
    Target (Satuan / Persen %) — a Formulasi column of 'numerator/denominator' texts, the sasaran printed again on
    each row — and 'B. KINERJA TUGAS TAMBAHAN (INDEKSASI, RENCANA AKSI NASIONAL, DIREKTIF, RB TEMATIK)' whose
    indicators stand under a header 'Sasaran Kegiatan' and whose 'Berdasarkan Surat Keputusan/Tusi Bidang' column
    the view always leaves empty; targets with their unit in the cell ('4 Kegiatan', '80%');
  * a kementerian's PK lampiran in the format Kementerian Perdagangan's SAKIP guideline prescribes (Kepmendag
    794/2015, 'Tabel 6 Format Lampiran Perjanjian Kinerja Kementerian Perdagangan', published on 123dok): No |
    Sasaran Strategis | Indikator Sasaran Strategis | Target | Prediksi Capaian (%) › Tw 1 | Tw 2 | Tw 3 | Tw 4 with
    the column numbers (1)…(8), then a second table No | Program | Anggaran (Rp) | Prediksi Capaian (%) › Tw 1 … Tw 4
    numbered (9)…(15), and the minister's signature block. QUARTERLY columns that are predicted capaian, not
    realisations; read twice, as the corpus reads the OPD PK (its indicators, then its programs' budget).
- a BLUD's RBA table 'Tabel 2.16 Realisasi dan Target Belanja BLUD Puskesmas/RSUD' (the template blud.co.id publishes
  for a puskesmas or RSUD BLUD's Rencana Bisnis dan Anggaran): KODE | URAIAN | Realisasi 2019 | Prognosa 2019 |
  Proyeksi 2019 | Realisasi 2018 over a numbering row 1…6, account codes 5.1 … 5.1.2.03, 'Rp' before every amount,
  and the legend under it (Realisasi = January–September, Prognosa = October–December, Proyeksi = the year): money
  by jenis belanja with NO budget column (no pagu, no anggaran), two realisation columns of two years.

The three forms are filled with invented figures (the Kejari, its section's indicators and the ministry's targets and
amounts are invented; no person appears: the SINORI view prints no name, the Kemendag form '(...)'). Expectations are
what each table says, never what the kit reads: none of the cases was run through the kit.

What was searched and not found (corpus `pages`, some fifteen queries; corpus `code` and `find_string`): a provinsi's
IKU table with Tujuan/Sasaran merged down and target/realisasi/capaian per Renstra year (the Jawa Tengah IKU Pergub
holds definitions only, the Jawa Barat RPJMD 'Buku Tabel' targets and Rp without realisation, the Sukabumi RPJMD table
8.1 runs its cells together; Banten's open-data page 'Indikator Kinerja Utama (IKU) RENSTRA – Perangkat Daerah'
(lumbungdata.bantenprov.go.id, wpDataTables with its wdt_ID … columns) was stored with its one indicator row shifted
one cell against the header, so no cell could be placed with confidence: left out); a kementerian's 'Capaian IKU'
with triwulan columns (KKP DJPB's NTPi table is in the corpus already; the Kemenlu secretariat and PPPOMN pages hold
narrative or cut tables); SAKTI 'Realisasi per Akun' of a satker (the code corpus holds only SAKTI user guides, no
export's column list) and realisation by jenis belanja of a Balai (the MA BUA table is in the corpus); a BLUD RSUD's LRA with figures (RSUD Kudus semester I 2011 is in the corpus already);
kecamatan LKjIP PATEN indicators (Pilangkenceng, Cakranegara, Lengkong, Salam Babaris: covers, tables of contents and
narrative only); LKPJ urusan tables (narrative); SIPD 'Rekapitulasi Realisasi per Sub Kegiatan' and DPA SKPD 2.2.1
(no export in the code corpus; a Banjarmasin RFK export fills a binary template and is cited by the twenty-fifth
set); the Kabupaten Sukabumi 'Evaluasi Hasil terhadap RENJA PD' form (kresno/sepeng layout.php), already in the
corpus as the twelfth set's Renja evaluation form.
"""

from __future__ import annotations

from layouts.case import W, budget_row as _b, indicator as _ind, Layout, rupiah

# ---------------------------------------------------------------- indicators: a Kejaksaan Negeri bidang's PK (SINORI)

_SINORI_SOURCE = ("public GitHub PHP application 'SINORI' of a Kejaksaan Negeri (SAKIP module), the print view of a "
                  "bidang's Perjanjian Kinerja (search index file id 43915319586): 'CETAK PERJANJIAN KINERJA', "
                  "'LAMPIRAN PERJANJIAN KINERJA TAHUN 2024', 'A. KINERJA UTAMA' No | Sasaran Program | Indikator | "
                  "Formulasi | Target (Satuan / Persen %) from table sinori_sakip_penetapan (id_tipe 'lag'), 'B. "
                  "KINERJA TUGAS TAMBAHAN (INDEKSASI, RENCANA AKSI NASIONAL, DIREKTIF, RB TEMATIK)' No | Sasaran "
                  "Program | Sasaran Kegiatan | Berdasarkan Surat Keputusan/Tusi Bidang | Target (id_tipe 'led')")

_SEKSI = "Seksi Tindak Pidana Khusus"
_SASPRO_1 = "Meningkatnya penyelesaian perkara tindak pidana khusus"
_SASPRO_2 = "Meningkatnya pemulihan kerugian keuangan negara"

_SINORI_ROWS: list[list] = [
    ["SATKER : KEJAKSAAN NEGERI CONTOH", None, None, None, None, "Tanggal Cetak 15/01/2024 9:12 AM"],
    ["CETAK PERJANJIAN KINERJA"],
    [],
    ["PERJANJIAN KINERJA"],
    ["TAHUN 2024"],
    [],
    ["Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada "
     "hasil, yang bertanda tangan dibawah ini:"],
    [],
    ["Nama", ":", None],
    ["Jabatan", ":", _SEKSI],
    ["Selanjutnya disebut pihak pertama"],
    [],
    ["Nama", ":", None],
    ["Jabatan", ":", None],
    ["Selaku atasan langsung pihak pertama, selanjutnya disebut pihak kedua"],
    [],
    ["Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai dengan lampiran perjanjian ini, "
     "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. "
     "Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami."],
    [],
    ["Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari "
     "perjanjian ini dan akan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi."],
    [],
    ["Pihak Kedua,", None, None, None, "Pihak Pertama,"],
    [],
    [],
    [],
    ["LAMPIRAN PERJANJIAN KINERJA TAHUN 2024"],
    [_SEKSI],
    ["KEJAKSAAN NEGERI CONTOH"],
    [],
    ["A.", "KINERJA UTAMA"],
    [None, "No", "Sasaran Program", "Indikator", "Formulasi", "Target (Satuan / Persen %)"],
    [None, "1.", _SASPRO_1, "Persentase penyelesaian penyidikan perkara tindak pidana korupsi",
     "Jumlah perkara penyidikan yang diselesaikan/Jumlah perkara penyidikan yang ditangani", "80%"],
    [None, "2.", _SASPRO_1, "Persentase penyelesaian penuntutan perkara tindak pidana korupsi",
     "Jumlah perkara penuntutan yang diselesaikan/Jumlah perkara penuntutan yang ditangani", "85%"],
    [None, "3.", _SASPRO_2, "Persentase penyelamatan kerugian keuangan negara",
     "Jumlah kerugian keuangan negara yang diselamatkan/Jumlah kerugian keuangan negara yang ditetapkan", "60%"],
    [],
    ["B.", "KINERJA TUGAS TAMBAHAN (INDEKSASI, RENCANA AKSI NASIONAL, DIREKTIF, RB TEMATIK)"],
    [None, "No", "Sasaran Program", "Sasaran Kegiatan", "Berdasarkan Surat Keputusan/Tusi Bidang",
     "Target (Satuan / Persen %)"],
    [None, "1.", _SASPRO_1, "Jumlah kegiatan penerangan dan penyuluhan hukum anti korupsi", None, "4 Kegiatan"],
    [None, "2.", _SASPRO_2, "Persentase aksi pencegahan korupsi (Stranas PK) yang dilaksanakan", None, "100%"],
    [],
    ["Pihak Kedua,", None, None, None, "Pihak Pertama,"],
]

# ---------------------------------------------------------------- Kemendag PK lampiran format (Tabel 6 of the guideline)

_KEMENDAG_SOURCE = ("https://123dok.com/article/format-perjanjian-kinerja-perjanjian-kinerja.q75jdrrz — Pedoman "
                    "Penyusunan Dokumen SAKIP di Lingkungan Kementerian Perdagangan (Kepmendag Nomor 794/M-DAG/KEP/8/"
                    "2015), Bab II B.2 'Format Perjanjian Kinerja', 'Tabel 6 Format Lampiran Perjanjian Kinerja "
                    "Kementerian Perdagangan': No | Sasaran Strategis | Indikator Sasaran Strategis | Target | "
                    "Prediksi Capaian (%) › Tw 1 … Tw 4, (1)…(8); No | Program | Anggaran (Rp) | Prediksi Capaian (%) "
                    "› Tw 1 … Tw 4, (9)…(15); '…, … 20xx Menteri Perdagangan R.I. ttd (...)'")

_SS_1 = "Meningkatnya ekspor barang non migas yang bernilai tambah dan jasa"
_KEMENDAG_PROGRAMS = [
    ("Program Peningkatan Perdagangan Luar Negeri", 412_650_000_000, (18, 42, 68, 100)),
    ("Program Peningkatan Perdagangan Dalam Negeri", 986_342_500_000, (15, 38, 66, 100)),
    ("Program Peningkatan Perlindungan Konsumen dan Tertib Niaga", 178_215_000_000, (20, 45, 70, 100)),
]

_KEMENDAG_ROWS: list[list] = [
    ["LAMPIRAN PERJANJIAN KINERJA TAHUN 2016"],
    ["KEMENTERIAN PERDAGANGAN"],
    [],
    ["No", "Sasaran Strategis", "Indikator Sasaran Strategis", "Target", "Prediksi Capaian (%)", None, None, None],
    [None, None, None, None, "Tw 1", "Tw 2", "Tw 3", "Tw 4"],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
    [1, _SS_1, "Pertumbuhan ekspor barang non migas", "8,0 %", 15, 40, 70, 100],
    [None, None, "Rasio ekspor jasa terhadap PDB", "3,1 %", 20, 45, 70, 100],
    [2, "Terjaganya stabilitas harga barang kebutuhan pokok",
     "Koefisien variasi harga barang kebutuhan pokok antarwaktu", "< 9 %", 25, 50, 75, 100],
    [3, "Meningkatnya keberdayaan konsumen", "Indeks Keberdayaan Konsumen", "34", 0, 0, 0, 100],
    [],
    ["No", "Program", "Anggaran (Rp)", "Prediksi Capaian (%)", None, None, None],
    [None, None, None, "Tw 1", "Tw 2", "Tw 3", "Tw 4"],
    ["(9)", "(10)", "(11)", "(12)", "(13)", "(14)", "(15)"],
    *[[n, name, rupiah(amount), *tw] for n, (name, amount, tw) in enumerate(_KEMENDAG_PROGRAMS, start=1)],
    [],
    [None, None, None, None, None, "Jakarta, 4 Januari 2016"],
    [None, None, None, None, None, "Menteri Perdagangan R.I."],
    [None, None, None, None, None, "ttd"],
    [None, None, None, None, None, "(...)"],
]
_KEMENDAG_MERGED = ["A1:H1", "A2:H2", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:H4", "A7:A8", "B7:B8",
                    "A12:A13", "B12:B13", "C12:C13", "D12:G12"]

# ---------------------------------------------------------------- budget: BLUD RBA Tabel 2.16 (template, figures invented)

_BLUD_SOURCE = ("https://blud.co.id/wp/penyusunan-dokumen-rba-bagian-iii-4 — 'Penyusunan Dokumen RBA – Bagian III "
                "#4', III. Kinerja keuangan dan Target Kinerja, b) Realisasi dan Target Belanja, 'Tabel 2.16 "
                "Realisasi dan Target Belanja BLUD Puskesmas/RSUD …..': KODE | URAIAN | Realisasi 2019 | Prognosa "
                "2019 | Proyeksi 2019 | Realisasi 2018, numbering row 1…6, rows 5.1 … 5.1.2.03 (the stored page stops "
                "at '5.1.2.0'), the legend '*table diisikan dengan angka nominal', Realisasi = Januari – September, "
                "Prognosa = Oktober – Desember, Proyeksi = 1 tahun")

# code, name, Realisasi 2019 (Jan–Sep), Prognosa 2019 (Oct–Dec), Realisasi 2018; Proyeksi = Realisasi + Prognosa
_BLUD_LEAVES = {
    "5.1.1.01": ("Belanja Pegawai", 9_842_500_000, 3_281_000_000, 12_406_150_000),
    "5.1.1.02": ("Belanja Barang dan Jasa", 14_215_730_000, 5_904_270_000, 18_877_420_500),
    "5.1.1.03": ("Belanja Bunga", 0, 0, 0),
    "5.1.1.04": ("Belanja Lain-lain", 125_000_000, 40_000_000, 150_000_000),
    "5.1.2.01": ("Belanja Tanah", 0, 0, 0),
    "5.1.2.02": ("Belanja Peralatan dan Mesin", 2_317_400_000, 1_882_600_000, 3_954_810_000),
    "5.1.2.03": ("Belanja Gedung dan Bangunan", 1_150_000_000, 2_350_000_000, 2_780_000_000),
}


def _blud_row(code: str, name: str) -> list:
    """One row: the sums of the leaves under ``code`` (itself when a leaf), 'Rp' before each amount as the form has."""
    leaves = [v for k, v in _BLUD_LEAVES.items() if k.startswith(code.rstrip("."))]
    real = sum(v[1] for v in leaves)
    prog = sum(v[2] for v in leaves)
    last = sum(v[3] for v in leaves)
    return [code, name, *(f"Rp {rupiah(x)}" for x in (real, prog, real + prog, last))]


_BLUD_ROWS: list[list] = [
    ["Tabel 2.16"],
    ["Realisasi dan Target Belanja BLUD Puskesmas/RSUD ….."],
    ["KODE", "URAIAN", "Realisasi 2019", "Prognosa 2019", "Proyeksi 2019", "Realisasi 2018"],
    [1, 2, 3, 4, 5, 6],
    _blud_row("5.1", "Belanja Dibiayai BLUD"),
    _blud_row("5.1.1.", "Belanja Operasi"),
    *[_blud_row(code, name) for code, (name, *_) in list(_BLUD_LEAVES.items())[:4]],
    _blud_row("5.1.2", "Belanja Modal"),
    *[_blud_row(code, name) for code, (name, *_) in list(_BLUD_LEAVES.items())[4:]],
    [],
    ["*table diisikan dengan angka nominal"],
    ["Realisasi = jumlah realisasi Januari – September"],
    ["Prognosa = jumlah perkiraan Oktober – Desember"],
    ["Proyeksi = jumlah perkiraan selama 1 tahun"],
]


CASES: list[Layout] = [
    Layout(
        id="ind-kejari-sinori-pk-2024-bidang-kinerja-utama-formulasi-tugas-tambahan-sasaran-kegiatan",
        dataset="indicators",
        agency=("A Kejaksaan Negeri (not named; 'KEJAKSAAN NEGERI CONTOH' stands for it), its Seksi Tindak Pidana "
                "Khusus's Perjanjian Kinerja 2024 — kejaksaan negeri (vertical office), PK of an eselon IV section, "
                "SINORI print pasted into a sheet (indicators and targets invented)"),
        source=_SINORI_SOURCE,
        year=2024,
        sheets={"PK 2024": _SINORI_ROWS},
        expected=[
            _ind("Persentase penyelesaian penyidikan perkara", 80.0, None),
            _ind("Persentase penyelesaian penuntutan perkara", 85.0, None),
            _ind("Persentase penyelamatan kerugian keuangan", 60.0, None),
            _ind("Jumlah kegiatan penerangan dan penyuluhan", 4.0, None),
            _ind("Persentase aksi pencegahan korupsi", 100.0, None),
        ],
        findings=((W, "field_empty"),),  # a plan: no realisation, as the corpus's other PK forms
        note=("A section head's Perjanjian Kinerja as the Kejaksaan's SINORI prints it: a print header ('SATKER : …' "
              "with 'Tanggal Cetak' on the right), the PK statement whose Nama cells the view leaves blank, 'Pihak "
              "Kedua, / Pihak Pertama,' with no names, then the lampiran with TWO tables one under the other. 'A. "
              "KINERJA UTAMA' is No | Sasaran Program | Indikator | Formulasi | Target (Satuan / Persen %): the "
              "sasaran printed again on each of its rows (no rowspan), the Formulasi a 'numerator/denominator' text "
              "(no number), the target a text with its unit ('80%'). 'B. KINERJA TUGAS TAMBAHAN …' has the same "
              "columns but calls the indicator column 'Sasaran Kegiatan' (the view fills it with the indicator names "
              "of its RAN/indeksasi table) and leaves 'Berdasarkan Surat Keputusan/Tusi Bidang' empty on every row; "
              "its targets are '4 Kegiatan' and '100%'. A careful analyst reads five indicators, each with its target "
              "of 2024 and no realisation (a PK is a plan): three from A and two from B. The numbering restarts at "
              "'1.' in B; the 'A.' / 'B.' labels stand in column A beside the tables. All higher-is-better. The "
              "Kejari, its section's indicators and targets are invented; no person appears."),
    ),
    Layout(
        id="ind-kemendag-pk-lampiran-tabel-6-target-prediksi-capaian-tw1-tw4-lalu-program-anggaran",
        dataset="indicators",
        agency=("Kementerian Perdagangan, the ministry's own Perjanjian Kinerja lampiran in its SAKIP guideline's "
                "format — kementerian (eselon I level: the minister signs; targets invented)"),
        source=_KEMENDAG_SOURCE,
        year=2016,
        sheets={"Lampiran PK": _KEMENDAG_ROWS},
        merged={"Lampiran PK": _KEMENDAG_MERGED},
        expected=[
            _ind("Pertumbuhan ekspor barang non migas", 8.0, None),
            _ind("Rasio ekspor jasa terhadap PDB", 3.1, None),
            _ind("Koefisien variasi harga barang kebutuhan", 9.0, None, "negative"),
            _ind("Indeks Keberdayaan Konsumen", 34.0, None),
        ],
        # a plan: no realisation yet; '< 9 %' tells the polarity, which no column states (the corpus's rule: a warning)
        findings=((W, "field_empty"), (W, "polarity_inferred")),
        note=("The guideline's PK lampiran filled in: under 'Prediksi Capaian (%)' four quarter columns Tw 1 … Tw 4 "
              "that are the capaian the ministry PREDICTS by the end of each quarter (15, 40, 70, 100), never a "
              "realisation nor a quarterly target; an index measured once a year is predicted 0, 0, 0, 100. The "
              "year's target is 'Target' (a text with a decimal comma and '%', '8,0 %'); the coefficient of "
              "variation's '< 9 %' states that lower is better. Sasaran and No merged down over the first sasaran's "
              "two indicators; a column-number row (1)…(8). Below, the second table of the same form: No | Program | "
              "Anggaran (Rp) | Prediksi Capaian (%) › Tw 1 … Tw 4 (9)…(15) — money, no indicator — and the "
              "signature block 'Jakarta, …', 'Menteri Perdagangan R.I.', 'ttd', '(...)'. Four indicators with their "
              "2016 targets and no realisation. Sasaran, indicator names, targets and predictions are invented in "
              "the ministry's wording; the format is the guideline's. After tuning: no column states a polarity, so the "
              "'< 9 %' read as lower-is-better carries the corpus's polarity_inferred warning (expected since, as in "
              "every table without a Polaritas column)."),
    ),
    Layout(
        id="budget-kemendag-pk-lampiran-tabel-6-program-anggaran-prediksi-capaian-tw-di-bawah-indikator",
        dataset="budget",
        agency=("Kementerian Perdagangan, the ministry's Perjanjian Kinerja lampiran in its SAKIP guideline's format — "
                "kementerian (amounts invented)"),
        source=_KEMENDAG_SOURCE,
        year=2016,
        sheets={"Lampiran PK": _KEMENDAG_ROWS},
        merged={"Lampiran PK": _KEMENDAG_MERGED},
        expected=[_b("program", name, amount, None) for name, amount, _ in _KEMENDAG_PROGRAMS],
        note=("The same PK lampiran read for its budget: the second table No | Program | Anggaran (Rp) | Prediksi "
              "Capaian (%) › Tw 1 … Tw 4 with its column numbers (9)…(15) stands under the indicator table (whose "
              "'Target' and quarter columns hold no money) and above the minister's signature block. Three "
              "programs, each with its budget as Indonesian text ('412.650.000.000'); the Tw columns are predicted "
              "capaian in percent, no realised money: a plan, no realisation. No total row. Amounts invented."),
    ),
    Layout(
        id="budget-blud-rba-tabel-2-16-realisasi-prognosa-proyeksi-realisasi-tahun-lalu-tanpa-pagu",
        dataset="budget",
        agency=("A BLUD puskesmas or RSUD (the template names neither), its RBA table of spending by jenis belanja — "
                "BLUD (RSUD/puskesmas), RBA document table (figures invented)"),
        source=_BLUD_SOURCE,
        year=2019,
        sheets={"Tabel 2.16": _BLUD_ROWS},
        refused="expected a column for 'budget'",
        note=("An RBA table of a BLUD: rows by account code (5.1 Belanja Dibiayai BLUD › 5.1.1. Belanja Operasi › "
              "5.1.1.01 … 04, 5.1.2 Belanja Modal › 5.1.2.01 … 03; the template writes '5.1.1.' with a trailing dot), "
              "every amount a text 'Rp 9.842.500.000', and the columns Realisasi 2019 (January–September, as the "
              "legend under the table says) | Prognosa 2019 (October–December) | Proyeksi 2019 (the whole year, "
              "Realisasi + Prognosa) | Realisasi 2018. There is no budget: no pagu, no anggaran, no DPA column — the "
              "Proyeksi is an estimate of the year's spending, not an allocation — and the realisation stands for "
              "two years. A careful analyst cannot give a budget and its realisation from it: refused for want of a "
              "budget column. The stored page stops at '5.1.2.0' (the template's further capital accounts are not "
              "known): the rows end at 5.1.2.03 and the parents add up exactly the rows shown; every parent and "
              "every Proyeksi checks. Figures invented."),
    ),
]
