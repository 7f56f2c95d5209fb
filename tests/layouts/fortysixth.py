"""The forty-sixth held-out set: INDICATOR tables, four copied cell for cell from published documents found with the
`search` tool (corpus `pages`), collected blind to measure the integrated kit on layouts nobody tuned for (README.md
records the cases; the lead measures them). None of the cases was run through the kit: the expectations are what each
table says, read as a careful analyst would.

Kinds and shapes the corpus had none or few of:

- a KEMENTERIAN eselon I inspectorate's IKU target matrix (Inspektorat Jenderal, Kementerian Luar Negeri): kode
  (C1.1, C2.1, B3.1.1) | sasaran | indicator | 2017 | 2018 | 2019 | 2020 | unit in charge, targets only, the cells
  holding GRADES and units as text ('BB (Nilai 75)', 'BB', 'WTP', 'Indeks 3 (Skala 4)', '100%'), the header of its
  non-year columns not in the stored copy;
- a KEMENTERIAN eselon I agency's one-indicator table (BRSDMKP, Kementerian Kelautan dan Perikanan, LKj 2017, 'Tabel
  14'): IKU | Target Tahunan | Target TW IV | Realisasi Tahunan | Realisasi TW IV, the last column labelled a
  realisation but holding the capaian ('102%' beside '81,51%' of a target of '80%');
- a PROVINSI Sekretariat Daerah bureau's IKU cascading matrix (Biro Umum, 'MATRIKS CASCADING IKU', Manual IKU 2016):
  No | Perspektif | Sasaran Strategis | Kode | Nama IKU | Baseline 2015 | Target 2016 / 2017 | Unit in Charge | Jenis
  Cascading, grouped by balanced-scorecard perspective so the sasaran numbers run 2, 3, 1, 4, 5, 6 and the kode 2.1 …
  6.1; lower-is-better indicators with no polarity ('Berkurangnya jumlah keluhan' '60 kali', 'Waktu rata-rata
  penerbitan SPM' '2 hari'), units glued to numbers ('1.550bh'), index targets with a decimal comma AND a decimal
  point in one column ('3,5' beside '3.5'), a 'Catt:' and a 'Ket:' footnote, a signature block;
- a KABUPATEN Dinas Kesehatan's Renstra Tabel 5.1 (Siak, 2012-2016): twenty numbered columns, Tujuan | Sasaran |
  Indikator Sasaran merged down, program and kegiatan rows carrying the money ('Rp. (Juta)' '1.011', '5.640') and
  their indicators the targets, a baseline with a decimal comma ('90,90') or a dash.

What was searched and not found (corpus `pages`; most LKjIP/LAKIP hits are covers, forewords or tables of contents):
tables comparing realisation with the Renstra end target or a national target (Dinkes Luwu Utara 2020, Dinas PMD
Banjar 2020, a kota LKIP 2020 whose 3.3-3.5 sections are listed: tables of contents only; Buku Saku Kinerja Dinkes
Jawa Tengah 2021, LKJ Dinkes Sulawesi Selatan 2020: openings); multi-year realisation tables of a kecamatan
(Pilangkenceng 2022, Salam Babaris 2021, Blimbing 2022 whose Tabel 3.1 is an image, Banyudono 2019: openings);
RSUD LKjIP tables (Muntilan 2017/2018, Salatiga 2020, Kota Bogor 2017/2018, RSJPDHK 2019/2021: openings); BPKP
perwakilan (Bali, Banten, NTT, Sumatera Barat, Jawa Tengah, Lampung) and Bawaslu (Sulawesi Barat, Jawa Tengah,
Kalimantan Utara) LKj: openings; Dinas ESDM Banten LKj 2021 'Tabel 3.2' (the stored copy keeps only '80 80' and 'Target
Tahun 2021 : Nilai : 85' of it). Seen and left out: the Kecamatan Gunung Kaler Tabel 3.5, the Kota Dumai PUPR Tabel
3-1, the KPU Kalimantan Timur summary and the Labuhanbatu Utara LPPD review (all in the corpus); Kota Sukabumi's RPJMD
Tabel 8.1 (its targets run together across the year columns); the Itjen Kemlu LKj 2021 of Inspektorat Wilayah IV
(opening only). The Biro Umum matrix was left out of the forty-third set because its columns run together in the stored
copy; read in the copy's order (each IKU's last values, unit and cascading code come together at its end) every 2017
target falls in place, and only the baseline and 2016 cells of IKU 1 and 2 stay uncertain (kept in the copy's order).
"""

from __future__ import annotations

from layouts.case import W, Layout, indicator as _ind

# ------------------------------------------------------------------ Itjen Kemlu, IKU target matrix 2017-2020

_KEMLU_SOURCE = ("https://123dok.com/document/zk178wmq-scanned-by-camscanner.html — 'Scanned by CamScanner': the Peta "
                 "Strategi of the Inspektorat Jenderal, Kementerian Luar Negeri, then its IKU matrix (kode, sasaran, "
                 "indicator, targets 2017 | 2018 | 2019 | 2020, unit in charge), the stored copy's page (5), up to "
                 "B3.1.2")
_C2 = "C2 Terwujudnya pengawasan dan pengendalian internal yang handal, berintegritas dan akuntabel"
_C21 = ("Indeks kepuasan Unit Organisasi, Satuan Kerja dan Perwakilan RI terhadap pengawasan dan pengendalian internal "
        "yang di lakukan Inspektorat Jenderal")
_B311 = ("Persentase penyelesaian LHE dokumen SAKIP Unit Organisasi, Satker Pusat dan Perwakilan RI di wilayah kerja "
         "Inspektorat Wilayah")
_B312 = "Persentase tindaklanjut rekomendasi hasil verifikasi/reviu dokumen Satker Pusat dan Perwakilan"
_IDX = "Indeks 3 (Skala 4)"


def _kemlu_rows() -> list[list]:
    """The header the copy gives (only the years) and the six indicator rows as printed."""
    return [
        [None, None, None, "2017", "2018", "2019", "2020", None],
        [None, "C1.1", "Nilai Reformasi Birokrasi Kemenlu", "85", "85", "85", "85", "Sekretariat Inspektorat Jenderal"],
        [None, "C1.2", "Nilai AKIP Kemlu (MenPAN-RB)", "BB (Nilai 75)", "BB", "BB", "BB",
         "Sekretariat & Inspektorat Wilayah"],
        [_C2, "C2.1", _C21, _IDX, _IDX, _IDX, _IDX, "Inspektorat Wilayah"],
        ["C3 Pengelolaan Anggaran yang Akuntabel", "C3.1", "Opini audit BPK", "WTP", "WTP", "WTP", "WTP",
         "Inspektorat Wilayah"],
        [None, "B3.1.1", _B311, "100%", "100%", "100%", "100%", "Inspektorat Wilayah"],
        # the stored copy stops in this row's unit ('Inspektorat Wi')
        [None, "B3.1.2", _B312, "100%", "100%", "100%", "100%", None],
    ]


# ------------------------------------------------------------------ BRSDMKP (KKP), LKj 2017, Tabel 14

_BROL_SOURCE = ("https://123dok.com/article/learning-and-growth-perspective-capaian-kinerja-organisasi.yjrv1r6z — "
                "Laporan Kinerja BRSDMKP 2017, Bab III 3.2.3 Learning and Growth Perspective, Sasaran Strategis 5, "
                "IKU 8, 'Tabel 14. Capaian Indeks Kompetensi dan Integrasi di BROL'")

# ------------------------------------------------------------------ Biro Umum Setda Provinsi, Matriks Cascading IKU

_BIRO_SOURCE = ("https://text-id.123dok.com/document/yne1w70y-2017-02-14-1487035499-manual-iku-biro-umum-2016.html — "
                "'2017 02 14 1487035499 Manual IKU Biro Umum 2016': 'MATRIKS CASCADING IKU BIRO UMUM' of a provinsi's "
                "Sekretariat Daerah (the name is cut off at 'SEKRETARIAT DAERAH PROVIN…'), before the Manual's "
                "'SS - 1.1' pages")
_SS2 = "2 Meningkatnya kualitas pengelolaan kerumahtanggaan dan persandian"
_SS3 = "3 Meningkatnya kualitas pelayanan yang berorientasi pelayanan prima"
_SS1 = "1 Meningkatnya kualitas dan kuantitas sarana dan prasarana"
_SS4 = "4 Meningkatnya kualitas pengelolaan ketatausahaan"
_SS5 = "5 Meningkatnya kualitas pengelolaan keuangan Setda"
_SS6 = "6 Meningkatnya penerimaan retribusi daerah"
#: (kode, IKU as printed, baseline 2015, target 2016, target 2017, unit in charge, jenis cascading)
_BIRO = [
    ("2.1", "1 Berkurangnya jumlah keluhan terhadap pelayanan kebersihan, alat pendingin dan penerangan bangunan",
     "N/A", "N/A", "60 kali", "Rumah Tangga", "CP"),
    ("2.2", "2 Persentase konten informasi yang diamankan dengan persandian", "110", "100%", "100%", "Rumah Tangga",
     "CP"),
    ("2.3", "3 Indeks Kepuasan Pelayanan Pimpinan", "N/A", "3,5", "3,6", "Rumah Tangga", "C"),
    ("3.1", "4 Indeks Kepuasan Pelayanan Tamu", "N/A", "3.5", "3,75", "Protokol", "C"),
    ("3.2", "5 Persentase kepatuhan pelaksanaan Undang-Undang Pelayanan Publik (Zona Hijau)", "N/A", "100%", "100%",
     "Protokol", "N"),
    ("1.1", "6 Persentase sarana dan prasarana yang berkualitas baik", "80%", "83%", "85%", "Tata Usaha", "CP"),
    ("1.2", "7 Persentase peningkatan kuantitas sarana dan prasarana", "N/A", "20%", "21%", "Tata Usaha", "CP"),
    ("4.1", "8 Jumlah naskah dinas yang dilayani dengan e-Arsip", "N/A", "1.500bh", "1.550bh", "Tata Usaha", "CP"),
    ("4.2", "9 Indeks Kepuasan Pelayanan Surat Masuk", "N/A", "3,5", "3,6", "Tata Usaha", "CP"),
    ("5.1", "10 Waktu rata-rata penerbitan Surat Perintah Membayar (SPM)", "2 hari", "2 hari", "2 hari", "Keuangan",
     "CP"),
    ("5.2", "11 Waktu rata-rata penerbitan Surat Perintah Pembayaran (SPP)", "N/A", "2 hari", "2 hari", "Keuangan",
     "CP"),
    ("6.1", "12 Persentase bertambahnya penerimaan retribusi pemakaian Aset Daerah", "N/A", "3%", "3,1%", "Keuangan",
     "CP"),
]
#: the first row of each (perspective, sasaran) block: row index in _BIRO → (No, Perspektif, Sasaran Strategis)
_BIRO_BLOCKS = {0: ("1", "Stakeholders Perspective", _SS2), 3: ("2", "Customers Perspective", _SS3),
                5: ("3", "Internal Process Perspective", _SS1), 7: (None, None, _SS4), 9: (None, None, _SS5),
                11: (None, None, _SS6)}


def _biro_rows() -> list[list]:
    """Title, a two-row header, the twelve IKU, the two footnotes and the signature (name invented, no NIP)."""
    rows: list[list] = [
        ["MATRIKS CASCADING IKU BIRO UMUM", *[None] * 9],
        ["No", "Perspektif", "Sasaran Strategis", "Kode", "Nama Indikator Kinerja Utama (IKU)", "Baseline", "Target",
         None, "Unit in Charge", "Jenis Cascading"],
        [None, None, None, None, None, "2015", "2016", "2017", None, None],
    ]
    for i, (kode, name, base, t16, t17, unit, jenis) in enumerate(_BIRO):
        no, persp, ss = _BIRO_BLOCKS.get(i, (None, None, None))
        rows.append([no, persp, ss, kode, name, base, t16, t17, unit, jenis])
    rows += [
        [],
        ["Catt:", "Max 3 IKU satu SS", *[None] * 8],
        [None, "1 SS tidak boleh 1 IKU activity", *[None] * 8],
        [None, "Max 20 IKU", *[None] * 8],
        ["Ket:", "C : Cascading Peta", *[None] * 8],
        [None, "CP : Cascading NonPeta", *[None] * 8],
        [None, "N : Non Cascading", *[None] * 8],
        [],
        [*[None] * 7, "KEPALA BIRO UMUM,", None, None],
        [],
        [*[None] * 7, "RUDI HARTANTO, SE, MM", None, None],  # invented; the printed name and NIP are left out
    ]
    return rows


def _biro_merged() -> list[str]:
    """Title, header cells spanning two rows, 'Target' over 2016-2017, the perspective and sasaran blocks."""
    merged = ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "G2:H2", "I2:I3", "J2:J3"]
    first = 4  # the first IKU row
    merged += [f"A{first}:A{first + 2}", f"B{first}:B{first + 2}", f"C{first}:C{first + 2}",
               f"A{first + 3}:A{first + 4}", f"B{first + 3}:B{first + 4}", f"C{first + 3}:C{first + 4}",
               f"A{first + 5}:A{first + 11}", f"B{first + 5}:B{first + 11}",
               f"C{first + 5}:C{first + 6}", f"C{first + 7}:C{first + 8}", f"C{first + 9}:C{first + 10}"]
    return merged


# ------------------------------------------------------------------ Dinkes Siak, Renstra Tabel 5.1

_SIAK_SOURCE = ("https://id.scribd.com/document/411092257/LAMPIRAN-RENSTRA-OKE-pdf — 'TABEL 5.1 RENCANA PROGRAM, "
                "KEGIATAN, INDIKATOR KINERJA, KELOMPOK SASARAN DAN PENDANAAN INDIKATIF DINAS KESEHATAN KABUPATEN "
                "SIAK PROPINSI RIAU' (the same table at https://adoc.pub/tabel-51-rencana-program-kegiatan-indikator-"
                "kinerja-kelompok65d851729052e9a03e18162a0fe85c5f43286.html), its first program and kegiatan")
_SIAK_TITLE = ("TABEL 5.1 RENCANA PROGRAM, KEGIATAN, INDIKATOR KINERJA, KELOMPOK SASARAN DAN PENDANAAN INDIKATIF "
               "DINAS KESEHATAN KABUPATEN SIAK PROPINSI RIAU")
_SIAK_HEADER = ["TUJUAN", "SASARAN", "INDIKATOR SASARAN", "KODE", "PROGRAM DAN KEGIATAN",
                "INDIKATOR KINERJA PROGRAM (OUTCOME) DAN KEGIATAN (OUTPUT)",
                "DATA CAPAIAN PADA TAHUN AWAL PERENCANAAN", "TARGET KINERJA PROGRAM DAN KERANGKA PENDANAAN",
                *[None] * 9, "Kondisi Kinerja pada akhir periode renstra", None, "UNIT KERJA PENANGGUNG JAWAB"]


def _siak_rows() -> list[list]:
    """Title, three header rows, the column numbers, the program with its two indicators and the kegiatan with its
    first four."""
    def years(targets: list, rps: list) -> list:
        return [cell for pair in zip(targets, rps) for cell in pair]

    none6 = [None] * 6
    return [
        [_SIAK_TITLE, *[None] * 19],
        _SIAK_HEADER,
        [*[None] * 7, "Tahun 2012", None, "Tahun 2013", None, "Tahun 2014", None, "Tahun 2015", None, "Tahun 2016",
         None, None, None, None],
        [*[None] * 7, *["Target", "Rp. (Juta)"] * 6, None],
        [str(n) for n in range(1, 21)],
        ["1. Mewujudkan pelayanan kesehatan yang terjangkau dan berwawasan mutu kepada seluruh lapisan masyarakat",
         "1. Meningkatnya ketersediaan dan keterjangkuan pelayanan kesehatan yang bermutu bagi seluruh masyarakat",
         "1. Menurunnya angka kematian ibu melahirkan menjadi 100 per 100.000 kelahiran hidup pada tahun 2016",
         "1.02.01.32", "Program: Program Peningkatan Keselamatan Ibu Melahirkan dan Anak",
         "1. Persentase Ibu bersalin yang ditolong oleh tenaga kesehatan terlatih", "90,90",
         *years(["92", "94", "95", "96", "97", "97"], ["1.011", "974", "1.082", "1.325", "1.248", "5.640"]),
         "Bid.KIA"],
        [None, None, None, None, None, "2. Cakupan kunjungan neonatal pertama (KN1)", "-",
         *years(["86", "88", "90", "90", "90", "90"], none6), None],
        [None, None, "2. Menurunnya angka kematian bayi menjadi 20 per 1.000 kelahiran hidup tahun 2016",
         "1.02.01.32.05", "Kegiatan: Pembinaan Pelayanan Kesehatan Ibu, dan Reproduksi",
         "1. Persentase Ibu bersalin yang ditolong oleh nakes terlatih (cakupan PN) (SPM)", "90,90",
         *years(["92", "94", "96", "98", "99", "99"], ["503", "494", "567", "705", "675", "2.944"]), None],
        [None, None, None, None, None, "2. Persentase Ibu hamil mendapat pelayanan Ante Natal Care (ANC)", "-",
         *years(["95", "97", "100", "100", "100", "100"], none6), None],
        [None, None, "3. Menurunnya angka kematian anak Balita menjadi 30 per 1.000 kelahiran hidup tahun 2016", None,
         None, "3. Persentase Ibu Hamil yang mendapatkan pelayanan antenatal (cakupan K4) (SPM)", "93,00",
         *years(["95", "97", "98", "100", "100", "100"], none6), None],
        [None, None, None, None, None,
         "4. Persentase fasilitas pelayanan kesehatan yang memberikan pelayanan KB sesuai standar", "-",
         *years(["100", "100", "100", "100", "100", "100"], none6), None],
    ]


_SIAK_MERGED = ["A1:T1", *[f"{c}2:{c}4" for c in "ABCDEFG"], "H2:Q2", "R2:S3", "T2:T4", "H3:I3", "J3:K3", "L3:M3",
                "N3:O3", "P3:Q3", "A6:A11", "B6:B11", "C6:C7", "D8:D11", "E8:E11", "I8:I11", "K8:K11", "M8:M11",
                "O8:O11", "Q8:Q11", "S8:S11", "T6:T11"]


CASES: list[Layout] = [
    Layout(
        id="ind-itjen-kemlu-iku-2017-2020-predikat-bb-nilai-wtp-indeks-skala-kepala-kolom-hilang",
        dataset="indicators",
        agency=("Inspektorat Jenderal, Kementerian Luar Negeri, its IKU targets 2017-2020 — kementerian eselon I "
                "(inspektorat jenderal)"),
        source=_KEMLU_SOURCE,
        year=2017,
        sheets={"IKU Itjen": _kemlu_rows()},
        # after measuring: refused. The years alone say neither target nor realisation, and no header names the
        # indicator column: reading them would be a guess (see the note)
        refused="an indicator table needs a column for 'indicator'",
        note=("A target matrix (Renstra period 2017-2020), no realisation at all: for 2017 the '2017' column is the "
              "year's target and every realisation is None (field_empty, as for the Menur and Sumedang plans). The "
              "stored copy's header row holds only the four years: the kode, sasaran, indicator and unit columns have "
              "no header in it (left empty here, not invented); the indicator is the long text after each kode. "
              "Targets as text with what they measure: '85' (a score), 'BB (Nilai 75)' in 2017 and 'BB' after (a "
              "SAKIP grade; the bracket gives its score, the grade is the target), 'Indeks 3 (Skala 4)' (an index "
              "of 3 on a scale of 4: target 3, not 34), 'WTP' (a BPK opinion) and '100%'. C1.1 and C1.2 have no "
              "sasaran text on this page (C1's is on the previous one); the C2 and C3 sasaran stand in the row of "
              "their one indicator. The copy stops in B3.1.2's unit ('Inspektorat Wi'), left empty. After measuring: "
              "refused, and rightly. Its one header row holds only '2017' … '2020': nothing in the table says those "
              "columns are targets (a matrix of realisations 2017-2020 is headed the same way; only the document "
              "around it, the Peta Strategi's IKU matrix, says they are targets), and the kit reads bare years as "
              "neither target nor realisation even under a header naming the indicator. Taking the one column of "
              "sentences left of the years as the indicators (as a budget's row labels are taken) would still leave "
              "every figure unattributed, so the kit refuses at D1 asking for a header row with the indicator's "
              "column; the analyst writes 'Indikator Kinerja' over C and 'Target 2017' … over the years. Read so, "
              "the targets for 2017 are 85, 'BB' (ordinal), 3 ('Indeks 3 (Skala 4)'), 'WTP' (ordinal), 100 and "
              "100."),
    ),
    Layout(
        id="ind-brsdmkp-kkp-2017-tabel-14-target-tw-iv-realisasi-tw-iv-berisi-capaian",
        dataset="indicators",
        agency=("Badan Riset dan Sumber Daya Manusia Kelautan dan Perikanan (BRSDMKP, 'BROL'), Kementerian Kelautan "
                "dan Perikanan, Laporan Kinerja 2017 — kementerian eselon I (badan)"),
        source=_BROL_SOURCE,
        year=2017,
        sheets={"Tabel 14": [
            ["Tabel 14. Capaian Indeks Kompetensi dan Integrasi di BROL", None, None, None, None],
            ["IKU", "Target Tahunan", "Target TW IV", "Realisasi Tahunan", "Realisasi TW IV"],
            ["Indeks kompetensi dan integritas di BROL", "80%", "80%", "81,51%", "102%"],
        ]},
        merged={"Tabel 14": ["A1:E1"]},
        expected=[_ind("Indeks kompetensi dan integritas di BROL", 80.0, 81.51)],
        findings=(),
        note=("One indicator, two targets (annual and fourth-quarter, both 80%) and two columns headed 'Realisasi': "
              "'Realisasi Tahunan' 81,51% is the realisation (the text under the table: 'Capaian IKU indeks "
              "kompetensi dan integritas BROL triwulan IV TA 2017 adalah 81,51%'), and 'Realisasi TW IV' holds "
              "'102%', which is the capaian (81,51 / 80 = 101,9 %, rounded), not a realisation of 102: a mislabelled "
              "column of the published table. Target 80, realisation 81,51 (decimal comma). An index stated in "
              "percent; the table says 'Integrasi' in its title and 'integritas' in its row."),
    ),
    Layout(
        id="ind-biro-umum-setda-provinsi-matriks-cascading-iku-2017-perspektif-bsc-kali-hari-bh-titik-koma",
        dataset="indicators",
        agency=("Biro Umum, Sekretariat Daerah of a provinsi (the name is cut off in the stored copy), Manual IKU 2016 "
                "'Matriks Cascading IKU' — provinsi sekretariat daerah (biro)"),
        source=_BIRO_SOURCE,
        year=2017,
        sheets={"Matriks Cascading": _biro_rows()},
        merged={"Matriks Cascading": _biro_merged()},
        expected=[
            _ind("Berkurangnya jumlah keluhan", 60.0, None, "negative"),
            _ind("Persentase konten informasi", 100.0, None),
            _ind("Indeks Kepuasan Pelayanan Pimpinan", 3.6, None),
            _ind("Indeks Kepuasan Pelayanan Tamu", 3.75, None),
            _ind("Persentase kepatuhan pelaksanaan", 100.0, None),
            _ind("Persentase sarana dan prasarana", 85.0, None),
            _ind("Persentase peningkatan kuantitas", 21.0, None),
            _ind("Jumlah naskah dinas", 1550.0, None),
            _ind("Indeks Kepuasan Pelayanan Surat Masuk", 3.6, None),
            _ind("Waktu rata-rata penerbitan Surat Perintah Membayar", 2.0, None, "negative"),
            _ind("Waktu rata-rata penerbitan Surat Perintah Pembayaran", 2.0, None, "negative"),
            _ind("Persentase bertambahnya penerimaan", 3.1, None),
        ],
        # targets only (a plan); three lower-is-better indicators whose polarity the table does not state, each
        # warned in its own row (after measuring: the collector listed the warning once)
        findings=((W, "field_empty"), (W, "polarity_inferred"), (W, "polarity_inferred"), (W, "polarity_inferred")),
        note=("A plan (Manual IKU): a baseline 2015 and targets 2016 and 2017 under one 'Target' band, no "
              "realisation, so field_empty. Checked for 2017 (column H). Rows grouped by balanced-scorecard "
              "perspective, so the sasaran run 2, 3, 1, 4, 5, 6 and the kode 2.1, 2.2, 2.3, 3.1 … 6.1, not in "
              "order; the IKU names carry their number ('1 Berkurangnya …', '12 Persentase …': a list marker, not "
              "part of the name). Units inside the cells: '60 kali', '1.550bh' (1550 items: a dot between "
              "thousands and the unit glued), '2 hari', '3,1%'; index targets '3,5' / '3,6' / '3,75' with a "
              "decimal comma and '3.5' (IKU 4, 2016) with a point in the same column; 'N/A' baselines. Lower is "
              "better, not stated: IKU 1 'Berkurangnya jumlah keluhan' (60 complaints at most) and the two 'Waktu "
              "rata-rata penerbitan' (2 days at most), so polarity_inferred. The stored copy runs the columns "
              "together; read in its order every 2017 target, unit and cascading code falls in place, and the "
              "baseline and 2016 cells of IKU 1 and 2 ('N/A', 'N/A'; '110', '100%') are placed in the copy's order, "
              "not certain. 'Catt:' and 'Ket:' footnotes (C / CP / N codes) and the Kepala Biro Umum's signature "
              "block follow; the printed name and NIP are replaced by an invented name without NIP. After measuring: "
              "polarity_inferred is a warning per indicator, so three of them (one was listed). Read after tuning "
              "by two general rules: 'Waktu rata-rata …' joins the lower-is-better lexicon as 'rata-rata waktu' "
              "was, and a name stating the reduced state ('Berkurangnya …', 'Menurunnya …') no longer cancels the "
              "lexicon's 'jumlah keluhan' when its figures are counted in a unit of their own ('60 kali'); and "
              "'3.5' among '3,5' is read as 3.5 (a mark before the last one or two digits of a number under 1000 "
              "can only be a decimal mark), where it was refused as a figure that cannot be read."),
    ),
    Layout(
        id="ind-dinkes-siak-renstra-tabel-5-1-2012-2016-program-kegiatan-rp-juta-baseline-strip",
        dataset="indicators",
        agency="Dinas Kesehatan Kabupaten Siak (Provinsi Riau), Renstra 2012-2016 — kabupaten dinas (kesehatan)",
        source=_SIAK_SOURCE,
        year=2013,
        sheets={"Tabel 5.1": _siak_rows()},
        merged={"Tabel 5.1": _SIAK_MERGED},
        expected=[
            _ind("Persentase Ibu bersalin yang ditolong oleh tenaga", 94.0, None),
            _ind("Cakupan kunjungan neonatal pertama", 88.0, None),
            _ind("Persentase Ibu bersalin yang ditolong oleh nakes", 94.0, None),
            _ind("Persentase Ibu hamil mendapat pelayanan Ante Natal", 97.0, None),
            _ind("Persentase Ibu Hamil yang mendapatkan pelayanan antenatal", 97.0, None),
            _ind("Persentase fasilitas pelayanan kesehatan", 100.0, None),
        ],
        findings=((W, "field_empty"),),
        note=("A Renstra (plan): targets and money per year 2012-2016, no realisation; for 2013 the 'Tahun 2013' "
              "Target column (J) is the year's target. Twenty numbered columns; the program row (1.02.01.32) and "
              "the kegiatan row (1.02.01.32.05) hold the money in 'Rp. (Juta)' ('1.011' = 1 011 million, a dot "
              "between thousands; the 'akhir periode' Rp '5.640' is the five years' sum, 1.011 + 974 + 1.082 + "
              "1.325 + 1.248) and, in the same row, their first indicator; the Rp of each is merged down over its "
              "other indicators. Indicators numbered '1.' … '4.' under each (list markers). Baselines '90,90' and "
              "'93,00' with a decimal comma, '-' where there is none. The Indikator Sasaran column holds the "
              "sasaran's end targets in its text (AKI 100 per 100.000, AKB 20 per 1.000, AKABA 30 per 1.000: "
              "lower-is-better, but not indicators of this table's rows). The table goes on with the kegiatan's "
              "indicators 5 … 10 and further programs: left out (the stored copies run their cells together)."),
    ),
]
