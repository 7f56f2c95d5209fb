"""The forty-third held-out set: INDICATOR tables, four copied cell for cell from published documents and public pages
found with the `search` tool (corpus `pages`), collected blind to measure the integrated kit on layouts nobody tuned
for (README.md records the cases; the lead measures them). None of the cases was run through the kit: the expectations
are what each table says, read as a careful analyst would.

Kinds and shapes the corpus had none or few of:

- a LEMBAGA (LPNK) headquarters' own Laporan Kinerja (Badan Nasional Pencarian dan Pertolongan, Basarnas, 2020): the
  ikhtisar eksekutif's table NO. | SASARAN STRATEGIS | INDIKATOR KINERJA | TARGET | REALISASI | CAPAIAN (%), three
  sasaran (the first merged over three indicators), units in the figure cells ('30,98 %', '27,2 menit'), a
  LOWER-IS-BETTER response time whose printed capaian (140,11 %) is (2T − R) / T, and the table crossing a page
  (footer 'ii' and the next page's running head between the third sasaran's two indicators);
- a kementerian/lembaga UPT's table (Kantor Pencarian dan Pertolongan Pekanbaru, LKj 2020, 'Tabel 3.3 Realisasi
  Sasaran Kegiatan 1 (SK1)'): one sasaran kegiatan merged over two indicators, the response time named 'Kecepatan
  tanggap (respons time)' — a word for SPEED over a figure in minutes, lower-is-better, its capaian 129,16 % = (2 × 25
  − 17,71) / 25 — with 'menit' in the target and 'Menit' in the realisation;
- a KOTA's open-data page of its LPPD key indicators (Kota Magelang, 'IKK Tahun 2021-2024', a Yii grid: 'Total 128
  items.', a 'Tahun' filter, # | Urusan | Nama Variabel | Definisi Operasional | Kelompok | Target | Nilai |
  Keterangan): the column headed 'Target' holds only the UNIT ('%') on every row, 'Nilai' the value ('98,63 %') or
  nothing, the IKK code '1.a.1.' inside the name cell and the formula in its own column;
- a PROVINSI dinas's LAKIP table as the stored copy has it (Dinas Kesehatan Provinsi Jawa Timur, LAKIP 2013, p. 56):
  the page's repeated header NO | INDIKATOR KINERJA | TARGET | REALISASI | (%) over a column-number row 1 … 5, rows 8
  … 11 only (rows 1 … 7 are on the page before, not in the copy), capaian TRUNCATED not rounded ('92,5' for 92,58;
  '52,91' for 52,917; '71,52' for 71,526), a closing 'Rata-Rata Persentase Capaian Sasaran | 73,4' row and a
  'KATEGORI PENILAIAN : BAIK' line.

What was searched and not found (corpus `pages`; the stored copies of LKjIP/LAKIP documents give their opening, so
most hits are covers, forewords and tables of contents): BNN and BNNP/BNNK (Biro Perencanaan Settama BNN 2020, LKj BNN
2019, Renstra BNN 2015-2019: openings only); BPS provinsi and kabupaten (Bali 2015, Bengkulu 2016, Gorontalo 2016,
Majalengka 2016, the BPS Papua IKU decree: openings only); provinsi BADAN (BKD Sulawesi Barat 2020/2021, BKD Sumatera
Barat 2016 bab III — its scoring scale only —, BKD Bali 2016, Bapenda Kalimantan Barat 2021, Bapenda Jawa Timur Renja:
openings); kecamatan (Pilangkenceng 2022, Salam Babaris 2021, Blimbing 2022 whose Tabel 3.1 is an image, Lengkong 2015,
Kebonsari 2021: openings); RSUD (Muntilan 2017, Takalar 2020, Salatiga 2020, Aji Batara Agung Dewa Sakti 2019, the
Dumai LKjIP's RSUD prose: openings or prose); schools and universities (SMK-PP Negeri Banjarbaru 2019 Tabel 6 — its
first row only —, Politeknik Negeri Pontianak, Banjarmasin, Semarang, Polman Babel, Poltekkes Pontianak, SUPM
Pariaman triwulan I: openings); Kantor Imigrasi (Balikpapan 2020: cover letter; news items); tables with opinion or
SAKIP grades (WTP, BB): news and articles only. Seen and left out: Kabupaten Magetan's si-ksatria IKU page (Target |
Realisasi per year under 2026 … 2030, but the stored copy gives each row five figures in a row with no way to tell
under which of the ten cells they stand); the provincial open-data IKU Renstra grid of Provinsi Banten (one indicator in
the stored copy); the Manual IKU Biro Umum Setda Provinsi 2016 cascading matrix (its baseline and target columns run
together in the copy, rows 1 and 2 cannot be placed); the Dinkes Jawa Timur page's two multi-year tables under the
copied one (rows run together: one name stands twice). From code: nothing new (andreperiozaherpa/indigo,
kresno/sepeng, ariefs66/sira_hibah_v4 and IzzulAfif/b1r0r3n-4n3v are in the corpus).
"""

from __future__ import annotations

from layouts.case import W, Layout, indicator as _ind

# ------------------------------------------------------------------ Basarnas, Laporan Kinerja 2020, ikhtisar eksekutif

_BASARNAS_SOURCE = ("https://id.scribd.com/document/579806419/Laporan-Kinerja-Basarnas-Tahun-2020 — Laporan Kinerja "
                    "Tahun 2020, Badan Nasional Pencarian dan Pertolongan, Ikhtisar Eksekutif (pp. ii-iii): 'Berikut "
                    "ini adalah capaian kinerja Basarnas Tahun 2020.' and its table of three sasaran strategis and six "
                    "indicators")
_S1 = "Meningkatnya keandalan sumber daya pencarian dan pertolongan"
_S2 = "Meningkatnya kepuasan masyarakat terhadap layanan pencarian dan pertolongan"
_S3 = "Meningkatnya efektivitas pelaksanaan operasi pencarian dan pertolongan"
#: (no., sasaran, indicator, target, realisasi, capaian) as printed
_BASARNAS = [
    ("1.", _S1, "Persentase tingkat pemenuhan kebutuhan minimum sumber daya pencarian dan pertolongan", "30,98 %",
     "34,75%", "112,17%"),
    (None, None, "Persentase tingkat kesiapan sarana prasarana serta sistem komunikasi Pencarian dan Pertolongan",
     "92,89 %", "89,03%", "95,84%"),
    (None, None, "Persentase SDM Badan Nasional Pencarian dan Pertolongan dan Potensi yang bersertifikat", "100 %",
     "90,38%", "90,38%"),
    ("2.", _S2, "Indeks kepuasan masyarakat", "83,33", "87,16", "104,60%"),
    ("3.", _S3, "Waktu tanggap pencarian dan pertolongan", "27,2 menit", "16,29 menit", "140,11%"),
    (None, None, "Persentase keberhasilan evakuasi korban pada pelaksanaan operasi pencarian dan pertolongan", "100 %",
     "99,18%", "99,18%"),
]


def _basarnas_rows() -> list[list]:
    """The lead-in line, the header, five rows, the page break (footer 'ii', the next page's running head), the last
    row."""
    blank = [None] * 5
    rows = [
        ["Berikut ini adalah capaian kinerja Basarnas Tahun 2020.", *blank],
        ["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)"],
        *[list(row) for row in _BASARNAS[:5]],
        ["ii", *blank],
        ["LAPORAN KINERJA TAHUN 2020", *blank],
        ["BADAN NASIONAL PENCARIAN DAN PERTOLONGAN", *blank],
        list(_BASARNAS[5]),
    ]
    return rows


# ------------------------------------------------------------------ Kantor SAR Pekanbaru, LKj 2020, Tabel 3.3

_PEKANBARU_SOURCE = ("https://123dok.com/article/realisasi-kinerja-akuntabilitas-kinerja.y6978p7y — Laporan Kinerja "
                     "2020, Kantor Pencarian dan Pertolongan Pekanbaru (Badan Nasional Pencarian dan Pertolongan), Bab "
                     "III Akuntabilitas Kinerja, B. Realisasi Kinerja, 'Tabel 3.3 Realisasi Sasaran Kegiatan 1 (SK1)' "
                     "(the document's opening: https://123dok.com/document/y6978p7y-laporan-kinerja-nasional-pencarian-"
                     "pertolongan-pencarian-pertolongan-pekanbaru.html)")

# ------------------------------------------------------------------ Kota Magelang, open data, IKK Tahun 2021-2024

_MAGELANG_SOURCE = ("https://datago.magelangkota.go.id/frontend/ikk/data — Pemerintah Kota Magelang's data portal, "
                    "'IKK Tahun 2021-2024' (a grid of 'Total 128 items.' with a 'Tahun' filter): # | Urusan | Nama "
                    "Variabel | Definisi Operasional | Kelompok | Target | Nilai | Keterangan, its first six rows (two "
                    "stored copies of the page: one with the header, one as a table)")
#: (#, urusan, nama variabel, definisi operasional, kelompok, target, nilai, keterangan) as on the page
_MAGELANG = [
    (1, "PENDIDIKAN", "1.a.1. Tingkat Partisipasi warga negara usia 5-6 tahun yang berpartisipasi dalam PAUD",
     "Jumlah anak usia 5-6 tahun yang sudah tamat atau sedang belajar di satuan PAUD dibagi Jumlah anak usia 5-6 tahun "
     "pada kabupaten/kota yang bersangkutan dikali 100%", "Outcome", "%", "98,63 %", None),
    (2, "PENDIDIKAN", "1.a.2. Tingkat partisipasi warga negara usia 7-12 tahun yang berpartisipasi dalam sekolah dasar",
     "Jumlah anak usia 7-12 tahun yang sudah tamat atau sedang belajar di sekolah dasar dibagi Jumlah anak usia 7-12 "
     "tahun pada wilayah yang bersangkutan dikalikan 100%", "Outcome", "%", None, None),
    (3, "PENDIDIKAN", "1.a.3. Tingkat partisipasi warga negara usia 13-15 tahun yang berpartisipasi dalam pendidikan "
     "menengah pertama", "Jumlah anak usia 13-15 tahun yang sudah tamat atau sedang belajar di sekolah menengah "
     "pertama dibagi Jumlah anak usia 13-15 tahun pada wilayah yang bersangkutan dikalikan 100%", "Outcome", "%", None,
     None),
    (4, "PENDIDIKAN", "1.a.4. Tingkat partisipasi warga negara usia 7-18 tahun yang belum menyelesaikan pendidikan "
     "dasar dan menengah yang berpartisipasi dalam pendidikan kesetaraan", "Jumlah anak usia 7-18 Tahun yang belum "
     "menyelesaikan pendidikan dasar dan menengah yang sudah tamat atau sedangbelajar di pendidikan kesetaraan dibagi "
     "Jumlah anak usia 7-18 Tahun yang belum menyelesaikan pendidikan dasar dan menengah pada wilayah Kab/Kota yang "
     "bersangkutan dikalikan 100%", "Outcome", "%", None, None),
    (5, "KESEHATAN", "1.b.1. Rasio daya tampung Rumah Sakit terhadap jumlah penduduk",
     "Jumlah Daya Tampung rumah sakit rujukan dibagi Jumlah penduduk di kabupaten/kota x 100%", "Outcome", "%",
     "1,02 %", None),
    # the page names the officer who entered the row; an invented name stands for it
    (6, "KESEHATAN", "1.b.2. Presentase RS Rujukan Tingkat Kabupaten/Kota yang terakreditasi",
     "Jumlah RS Rujukan yang terakreditasi dibagi Jumlah RS di Kabupaten/Kota x 100%", "Outcome", "%", "87,50 %",
     "Dewi Lestari belum lengkap SPAnya"),
]
_MAGELANG_NAMES = ["Tingkat Partisipasi warga negara usia 5-6 tahun",
                   "Tingkat partisipasi warga negara usia 7-12 tahun",
                   "Tingkat partisipasi warga negara usia 13-15 tahun",
                   "Tingkat partisipasi warga negara usia 7-18 tahun", "Rasio daya tampung Rumah Sakit",
                   "Presentase RS Rujukan Tingkat Kabupaten/Kota"]

# ------------------------------------------------------------------ Dinkes Provinsi Jawa Timur, LAKIP 2013, p. 56

_JATIM_SOURCE = ("https://123dok.com/article/indikator-kinerja-target-realisa-bab-iii-akuntabilitas-kinerja.qo1j2r7z "
                 "— 'Dalam dokumen BAB III AKUNTABILITAS KINERJA (Halaman 26-39)', LAKIP 2013 Dinas Kesehatan "
                 "Provinsi Jawa Timur, p. 56 (running footer 'Lakip 2013 Dinas Kesehatan Provinsi Jawa Timur 56'): "
                 "the repeated header NO | INDIKATOR KINERJA | TARGET | REALISASI | (%) with column numbers 1 … 5, "
                 "rows 8 … 11, 'Rata-Rata Persentase Capaian Sasaran 73,4 KATEGORI PENILAIAN : BAIK'")
#: (no., indicator, target, realisasi, capaian) as printed
_JATIM = [
    ("8", "Persentase Puskesmas yang menjadi Puskesmas Standar", "24%", "22,22%", "92,5"),
    ("9", "Persentase Puskesmas Rawat Inap yang menjadi Puskesmas Rawat Inap PLUS", "24%", "12,7%", "52,91"),
    ("10", "Persentase Pustu yang menjadi Pustu Layani Gawat Darurat dan Observasi", "10%", "7,7%", "77"),
    ("11", "Persentase Polindes yang berkembang menjadi Ponkesdes", "78%", "55,79%", "71,52"),
]


def _pct(text: str) -> float:
    """'22,22%' → 22.22."""
    return float(text.replace("%", "").replace(",", ".").strip())


CASES: list[Layout] = [
    Layout(
        id="ind-basarnas-lkj-2020-ikhtisar-waktu-tanggap-menit-lintas-halaman",
        dataset="indicators",
        agency="Badan Nasional Pencarian dan Pertolongan (Basarnas), Laporan Kinerja 2020 — lembaga (LPNK)",
        source=_BASARNAS_SOURCE,
        year=2020,
        sheets={"Capaian 2020": _basarnas_rows()},
        merged={"Capaian 2020": ["A1:F1", "A3:A5", "B3:B5", "A8:F8", "A9:F9", "A10:F10"]},
        expected=[
            _ind("Persentase tingkat pemenuhan kebutuhan minimum", 30.98, 34.75),
            _ind("Persentase tingkat kesiapan sarana prasarana", 92.89, 89.03),
            _ind("Persentase SDM Badan Nasional Pencarian dan Pertolongan", 100.0, 90.38),
            _ind("Indeks kepuasan masyarakat", 83.33, 87.16),
            _ind("Waktu tanggap pencarian dan pertolongan", 27.2, 16.29, "negative"),
            _ind("Persentase keberhasilan evakuasi korban", 100.0, 99.18),
        ],
        # the response time is lower-is-better and the table states no polarity
        findings=((W, "polarity_inferred"),),
        note=("The agency's six IKU of 2020 as its executive summary prints them: three sasaran strategis, the first "
              "merged over three indicators, the third over two across a page break (the footer 'ii' and the next "
              "page's running head 'LAPORAN KINERJA TAHUN 2020' / 'BADAN NASIONAL PENCARIAN DAN PERTOLONGAN' stand "
              "between the response time and the evacuation rate; the header is not printed again, and the last row's "
              "NO. and sasaran cells are empty: it continues the third sasaran from the page before). Units inside "
              "the figure cells, with and without a space ('30,98 %' target, '34,75%' realisation, '27,2 menit', "
              "'83,33' with none). 'Waktu tanggap' (response time, minutes) is lower-is-better, no polarity column: "
              "the printed capaian 140,11 % is (2 × 27,2 − 16,29) / 27,2 = 140,11 %, the kit's default for a negative "
              "indicator (27,2 / 16,29 would be 166,97 %). Every other capaian is R / T at its printed precision "
              "(34,75 / 30,98 = 112,17; 89,03 / 92,89 = 95,84; 87,16 / 83,33 = 104,60): no published mistake. The "
              "summary's '107%' overall capaian is in the prose above the table, not in it."),
    ),
    Layout(
        id="ind-kantor-sar-pekanbaru-2020-kecepatan-tanggap-menit-sasaran-kegiatan",
        dataset="indicators",
        agency=("Kantor Pencarian dan Pertolongan Pekanbaru (UPT of the Badan Nasional Pencarian dan Pertolongan), "
                "Laporan Kinerja 2020 — lembaga UPT (kantor SAR)"),
        source=_PEKANBARU_SOURCE,
        year=2020,
        sheets={"Tabel 3.3": [
            ["Tabel 3.3 Realisasi Sasaran Kegiatan 1 (SK1)", None, None, None, None],
            ["Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "Target", "Realisasi", "Capaian"],
            ["Meningkatnya keberhasilan operasi pencarian dan pertolongan",
             "Kecepatan tanggap (respons time) pada operasi pencarian dan pertolongan", "25 menit", "17,71 Menit",
             "129,16%"],
            [None, "Keberhasilan evakuasi korban pada operasi pencarian dan pertolongan", "100%", "90,36%", "90,36%"],
        ]},
        merged={"Tabel 3.3": ["A1:E1", "A3:A4"]},
        expected=[
            _ind("Kecepatan tanggap (respons time)", 25.0, 17.71, "negative"),
            _ind("Keberhasilan evakuasi korban", 100.0, 90.36),
        ],
        # minutes of response: lower is better, though the name says 'kecepatan' (speed); no polarity stated
        findings=((W, "polarity_inferred"),),
        note=("A SAR office's first sasaran kegiatan with its two indicators. The response time is named 'Kecepatan "
              "tanggap (respons time)' — a word for speed, which reads higher-is-better — but it is a number of "
              "minutes ('25 menit' target, '17,71 Menit' realisation, the unit in the cell, lower-case then "
              "capitalised) and lower is better: the printed capaian 129,16 % = (2 × 25 − 17,71) / 25 says so (read "
              "higher-is-better it would be 70,84 %). The prose below the table says 'response time'; the table "
              "'respons time', kept. The evacuation rate 90,36 % = 90,36 / 100. No polarity column: one "
              "polarity_inferred warning. Every figure holds: no published mistake. The text of the stored copy "
              "runs the two header lines together ('Kegiatan' / 'Target Realisasi Capaian Sasaran Kegiatan "
              "Indikator Kinerja'); the header is 'Sasaran Kegiatan | Indikator Kinerja Kegiatan | Target | "
              "Realisasi | Capaian', one row here."),
    ),
    Layout(
        id="ind-magelang-kota-ikk-opendata-target-berisi-satuan-nilai-kosong",
        dataset="indicators",
        agency=("Pemerintah Kota Magelang, its data portal's 'IKK Tahun 2021-2024' (indikator kinerja kunci of the "
                "LPPD) — kota pemda open-data page"),
        source=_MAGELANG_SOURCE,
        year=2021,
        sheets={"IKK": [
            ["Total 128 items.", *[None] * 7],
            ["IKK Tahun 2021-2024", *[None] * 7],
            ["Tahun", *[None] * 7],
            ["#", "Urusan", "Nama Variabel", "Definisi Operasional", "Kelompok", "Target", "Nilai", "Keterangan"],
            *[list(row) for row in _MAGELANG],
        ]},
        merged={"IKK": ["A1:H1", "A2:H2"]},
        expected=[_ind(name, None, None if row[6] is None else _pct(row[6]))
                  for name, row in zip(_MAGELANG_NAMES, _MAGELANG)],
        # no target anywhere (the 'Target' column holds the unit) and three rows with no value
        findings=((W, "field_empty"),),
        note=("A city's LPPD key indicators (Permendagri 18/2020 IKK, coded '1.a.1.' … '1.b.2.' inside the name cell) "
              "as its data portal lists them, one row per IKK with its formula in 'Definisi Operasional' and "
              "'Outcome' in 'Kelompok'. The column headed 'Target' holds only the unit, '%', on every row: there is "
              "no target in the table (read as an empty target, not as a number). 'Nilai' is the value reached, "
              "with a decimal comma and ' %' ('98,63 %', '1,02 %', '87,50 %'), and is EMPTY for three of the six "
              "rows (not reported: None, not 0). The page names neither the year of the values nor a unit column; "
              "'IKK Tahun 2021-2024' is the period of the IKK set and the 'Tahun' filter is blank, so the case is "
              "checked as 2021, the first year. 'Keterangan' holds a reviewer's remark on row 6 naming the officer "
              "who entered it; an invented name stands for the real one. 'Presentase' (for Persentase) and "
              "'sedangbelajar' as published. The grid's summary 'Total 128 items.' stands above its title; the first "
              "six of 128 rows are copied (the seventh is cut in the stored copy)."),
    ),
    Layout(
        id="ind-dinkes-jatim-lakip-2013-capaian-terpotong-rata-rata-kategori",
        dataset="indicators",
        agency=("Dinas Kesehatan Provinsi Jawa Timur, LAKIP 2013, Bab III (p. 56) — provinsi dinas (kesehatan)"),
        source=_JATIM_SOURCE,
        year=2013,
        sheets={"Hal 56": [
            ["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "(%)"],
            ["1", "2", "3", "4", "5"],
            *[list(row) for row in _JATIM],
            ["Rata-Rata Persentase Capaian Sasaran", None, None, None, "73,4"],
            ["KATEGORI PENILAIAN : BAIK", None, None, None, None],
        ]},
        merged={"Hal 56": ["A7:D7", "A8:E8"]},
        expected=[_ind(name, _pct(target), _pct(real)) for _, name, target, real, _ in _JATIM],
        # three capaian truncated, not rounded; the average 73,4 for 73,48 likewise
        findings=((W, "capaian_mismatch"), (W, "capaian_mismatch"), (W, "capaian_mismatch"),
                  (W, "average_mismatch")),
        note=("The top of p. 56 of the provincial health office's LAKIP as the stored copy has it: the table's header "
              "printed again at the page top over a column-number row '1' … '5', then rows 8 … 11 of a sasaran whose "
              "rows 1 … 7 are on the page before (not in the copy), then the sasaran's average and its category. "
              "The text layer breaks 'REALISA' / 'SI' over two lines and gives the fifth column only '(%)': the "
              "capaian, printed without '%'. Published mistakes kept: three capaian TRUNCATED instead of rounded — "
              "22,22 / 24 = 92,583 printed '92,5' (92,6), 12,7 / 24 = 52,917 printed '52,91' (52,92), 55,79 / 78 = "
              "71,526 printed '71,52' (71,53) — each a capaian_mismatch at its printed precision; 7,7 / 10 = 77 "
              "holds. 'Rata-Rata Persentase Capaian Sasaran 73,4': the four printed capaian average 73,48 (the "
              "computed ones 73,51), 73,5 at one decimal, so the printed average is truncated too (an "
              "average_mismatch; whether the page's sasaran also counts rows 1 … 7 the copy does not show). "
              "'KATEGORI PENILAIAN : BAIK' is a line under the table, not an indicator. All four indicators are "
              "higher-is-better percentages."),
    ),
]
