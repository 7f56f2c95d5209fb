"""Real layouts of performance-indicator tables (dataset ``indicators``).

Each case transcribes one table an agency published in its LKjIP/LAKIP
(capaian kinerja sasaran, pengukuran kinerja, IKU tables) cell by cell: title
rows, header bands, merged cells, summary rows and footers as printed. Numbers
printed with an Indonesian decimal comma are kept as the printed text
(``"0,16"``, ``"90,16 %"``); cells a spreadsheet would hold as numbers are
Python numbers. Names and NIPs in signature blocks are invented.

``expected`` lists, per indicator in table order, the values of the case's
``year``; ``polarity`` is the true one. A lower-is-better indicator in a table
without a polarity column carries a ``("warning", "polarity_inferred")``
finding; a printed capaian that target and realisation do not give at its
printed precision (positive: R/T×100; negative, the kit's default:
(2T−R)/T×100) carries ``("warning", "capaian_mismatch")``. Every capaian
check is worked out in the case's note.
"""

from __future__ import annotations

from layouts.case import W, indicator as _ind, Layout

CASES: list[Layout] = [
    # ------------------------------------------------------------------ 1
    Layout(
        id="ind-matim-kematian-ibu-bayi-2019",
        dataset="indicators",
        agency="Pemerintah Kabupaten Manggarai Timur (LKjIP kabupaten, sasaran strategis 5) — kabupaten pemda",
        source=("https://123dok.com/article/menurunnya-kematian-ibu-baru-melahirkan-anak-baru-lahir.qojrmjjz "
                "— LKjIP Kabupaten Manggarai Timur 2019, Tabel 3.8 (hal. 41)"),
        year=2019,
        sheets={"Tabel 3.8": [
            ["Tabel; 3.8", None, None, None, None, None, None, None, None],
            ["Anlisis Pencapaian Sasaran Strategis 5", None, None, None, None, None, None, None, None],
            ["Menurunnya Kematian Ibu Baru Melahirkan dan Anak Baru Lahir", None, None, None, None, None, None, None, None],
            ["NO.", "Indikator Sasaran", "Capaian Kinerja Tahun 2015", "Capaian Kinerja Tahun 2016",
             "Capaian Kinerja Tahun 2017", "Capaian Kinerja Tahun 2018", "Tahun 2019", None, "Capaian Kinerja Tahun 2019"],
            [None, None, None, None, None, None, "Target", "Realisasi", None],
            ["1.", "Angka Kematian Ibu per 100.000KH", "0,15", "0,21", "0,19", "0,17", "0,16", "0,19", "87,10"],
            ["2.", "Angka Kematian Bayi per 1.000KH", "8,49", "8,17", "8,17", "8,10", "9,20", "9,53", "96,54"],
            ["3.", "Angka Kematian Balita per 1.000KH", "1,5", "0,55", "2,41", "0,30", "0,64", "0,18", "72,52"],
            ["Rata-rata Capain Kinerja", None, "81,93", "83,65", "83,14", "91,02", None, None, "85,38"],
        ]},
        merged={"Tabel 3.8": ["A1:I1", "A2:I2", "A3:I3", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:F5",
                              "G4:H4", "I4:I5", "A9:B9"]},
        expected=[
            _ind("Angka Kematian Ibu per 100", 0.16, 0.19, "negative"),
            _ind("Angka Kematian Bayi per 1.", 9.2, 9.53, "negative"),
            _ind("Angka Kematian Balita per ", 0.64, 0.18, "negative"),
        ],
        findings=((W, "polarity_inferred"), (W, "polarity_inferred"), (W, "polarity_inferred"),
                  (W, "capaian_mismatch"), (W, "capaian_mismatch"), (W, "capaian_mismatch"), (W, "average_mismatch")),
        note=("After measuring (forty-third set's tuning): the 'Rata-rata Capain Kinerja' row, its label merged over A:B, "
              "was dropped with no word; it is now read by its label, set aside and checked: 85,38 is the mean of "
              "87,10/96,54/72,52 = 85,387 cut, not rounded (85,39), an average_mismatch as a cut capaian is a "
              "capaian_mismatch; the 2015-2018 averages stand under other years' columns, context, not checked. "
              "Three lower-is-better mortality rates, no polarity column (all three polarity_inferred). The year columns "
              "2015-2018 are headed 'Capaian Kinerja Tahun …' but hold the realised rates for the indicator rows, while "
              "the 'Rata-rata Capain Kinerja' row under them holds average capaian percentages (81,93 … 91,02; 85,38 = "
              "mean of 87,10/96,54/72,52). AKI is printed as 0,16/0,19 (per cent of live births, i.e. 162 and 186 per "
              "100.000 KH in the text). Published capaian use target/realisation, not the kit's default "
              "(2T−R)/T: AKI (0,32−0,19)/0,16 = 81,25 vs printed 87,10 (the text's 162/186); AKB (18,40−9,53)/9,20 = "
              "96,41 vs 96,54 (= 9,20/9,53); AK Balita (1,28−0,18)/0,64 = 171,88 vs printed 72,52, which no reading of "
              "0,64 and 0,18 gives (0,64/0,18 = 355,6; 0,18/0,64 = 28,1) — a published mistake. Misspellings 'Tabel;', "
              "'Anlisis', 'Capain' kept."),
    ),
    # ------------------------------------------------------------------ 2
    Layout(
        id="ind-gunungkaler-kecamatan-2020",
        dataset="indicators",
        agency="Kecamatan Gunung Kaler, Kabupaten Tangerang — kecamatan",
        source=("https://123dok.com/id/article/sasaran-strategis-pengukuran-evaluasi-analisis-capaian-kinerja-strategi.10176983 "
                "— LKjIP Kecamatan Gunung Kaler 2020, Bab III D, Tabel 3.5 Analisis Pencapaian Sasaran 1"),
        year=2020,
        sheets={"Tabel 3.5": [
            ["Tabel 3.5", None, None, None, None, None, None, None, None],
            ["Analisis Pencapaian Sasaran 1", None, None, None, None, None, None, None, None],
            ["Kecamatan Gunung Kaler Kabupaten Tangerang", None, None, None, None, None, None, None, None],
            ["No.", "Indikator Kinerja", "Satuan", "Target 2019", "Target 2020", "Realisasi 2019", "Realisasi 2020",
             "Capaian 2019(%)", "Capaian 2020(%)"],
            ["01.01", "Hasil Indeks Kepuasan Masyarakat", "Nilai", "82,5", "84,75", "88,94", "88,95", "107,81", "104,96"],
            ["01.02", "Prosentase desa/kelurahan dengan kategori minimal Berkembang", "Persen", "65", "70", "66,67",
             "66,7", "102,57", "95,24"],
            ["01.03", "Persentase desa dengan laporan pertanggungjawaban baik", "Persen", "44,44", "55,56", "44,44",
             "55,56", "100,00", "100,00"],
            ["Jumlah Capaian Realisasi Kinerja", None, None, None, None, None, None, "310,38", "300,20"],
            ["Rata-Rata Capaian Realisasi Kinerja", None, None, None, None, None, None, "103,46", "100,07"],
        ]},
        merged={"Tabel 3.5": ["A1:I1", "A2:I2", "A3:I3", "A8:G8", "A9:G9"]},
        expected=[
            _ind("Hasil Indeks Kepuasan Mas", 84.75, 88.95, "positive"),
            _ind("Prosentase desa/kelurahan", 70.0, 66.7, "positive"),
            _ind("Persentase desa dengan la", 55.56, 55.56, "positive"),
        ],
        findings=((W, "capaian_mismatch"),),
        note=("Two report years side by side, grouped by kind (Target 2019 | Target 2020 | Realisasi 2019 | "
              "Realisasi 2020 | Capaian 2019 | Capaian 2020) rather than by year; indicator codes 01.01 … in the No. "
              "column; 'Jumlah' and 'Rata-Rata' capaian rows at the foot. Checks for 2020: 88,95/84,75 = 104,956 → "
              "104,96 ok; 55,56/55,56 = 100,00 ok; 66,7/70 = 95,29 but printed 95,24 (= 66,67/70: the realisation was "
              "printed rounded to 66,7 while the capaian used 66,67) → capaian_mismatch. 2019 columns agree "
              "(107,81; 102,57; 100,00); sums 300,20/3 = 100,07 agree."),
    ),
    # ------------------------------------------------------------------ 3
    Layout(
        id="ind-demak-nilai-sakip-renstra-2020",
        dataset="indicators",
        agency="Pemerintah Kabupaten Demak (LKjIP kabupaten, sasaran 3) — kabupaten pemda",
        source=("https://123dok.com/article/analis-kinerja-sasaran-meningkatnya-akuntabilitas-kinerja-aparatur.zk1v0nmq "
                "— LKjIP Kabupaten Demak 2020, Tabel III.8"),
        year=2020,
        sheets={"Tabel III.8": [
            ["Tabel III.8", None, None, None, None, None, None, None, None],
            ["Capaian Indikator Kinerja Utama Sasaran Meningkatnya Akuntabilitas Kinerja Aparatur",
             None, None, None, None, None, None, None, None],
            ["Indikator Kinerja", "Realisasi 2017", "Realisasi 2018", "Capaian 2019", "2020", None, None,
             "Target Akhir Renstra", "Capaian 2020 Terhadap Akhir Renstra"],
            [None, None, None, None, "Target", "Realisasi", "Capaian", None, None],
            ["Nilai SAKIP", "53,36", "60,60", "90,16 %", "70", "63,11", "90,16%", "80", "78,89%"],
            ["Sumber data : Sekretariat Daerah Kabupaten Demak Tahun 2020", None, None, None, None, None, None, None, None],
        ]},
        merged={"Tabel III.8": ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "I3:I4",
                                "A6:I6"]},
        expected=[_ind("Nilai SAKIP", 70.0, 63.11, "positive")],
        note=("One indicator with a multi-year band: realisation 2017 and 2018, a capaian for 2019, the 2020 "
              "Target/Realisasi/Capaian band, the Renstra end target (80) and the capaian against it; 'Sumber data' "
              "footer. Nilai SAKIP is the numeric score (63,11 = predikat B in the text), so it is positive, not "
              "ordinal. Checks: 63,11/70 = 90,157 → 90,16% ok; 63,11/80 = 78,89% ok. The 'Capaian 2019' cell repeats "
              "90,16 % — the 2020 figure, apparently copied — but with no 2019 target in the table it cannot be "
              "checked and is not a finding."),
    ),
    # ------------------------------------------------------------------ 4
    Layout(
        id="ind-wonogiri-lppd-ss16-2020",
        dataset="indicators",
        agency="Pemerintah Kabupaten Wonogiri (LPPD 2020, sasaran strategis 16) — kabupaten pemda",
        source=("http://online.flipbuilder.com/lheij/ewpj/files/basic-html/page258.html — LPPD Kabupaten Wonogiri "
                "Tahun 2020, p. 258, Tabel 3.16 Capaian Kinerja Sasaran Strategis 16"),
        year=2020,
        sheets={"Tabel 3.16": [
            ["Tabel 3.16.", None, None, None, None, None, None, None],
            ["Capaian Kinerja Sasaran Strategis 16", None, None, None, None, None, None, None],
            ["No", "Indikator", "Kondisi Awal (2019)", "2020", None, None, "Target Akhir RPJMD (2021)",
             "% Capaian s/d 2020 terhadap Akhir RPJMD (2021)"],
            [None, None, None, "Target", "Realisasi", "% Capaian", None, None],
            ["1.", "Angka laju pertumbuhan ekonomi", "5,14%", "2%", "-1,41%", "-70,50%", "5,78%", "-19,72%"],
            ["2.", "Indeks Gini", "NA", "NA", "0,269\nBPS tidak melakukan penghitungan", "0,269%", "0,288", "93,40%"],
            ["Sumber : Bappeda dan LItbang Kabupaten Wonogiri, 2020", None, None, None, None, None, None, None],
        ]},
        merged={"Tabel 3.16": ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "H3:H4", "A7:H7"]},
        expected=[
            _ind("Angka laju pertumbuhan ek", 2.0, -1.41, "positive"),
            _ind("Indeks Gini", None, 0.269, "negative"),
        ],
        findings=((W, "polarity_inferred"),),
        note=("Year band (2020: Target | Realisasi | % Capaian) between a 'Kondisi Awal (2019)' baseline and the RPJMD "
              "end target with a capaian against it; every value is printed with its own % sign, including negative "
              "ones (-1,41%, -70,50%). Growth: -1,41/2 = -70,50% ok. Indeks Gini (lower is better, no polarity column "
              "→ polarity_inferred) has target 'NA' (expected target None) and a realisation cell that holds the "
              "number and a remark on wrapped lines ('0,269' + 'BPS tidak melakukan penghitungan'); its '% Capaian' "
              "cell repeats the realisation with a % sign (0,269%) — a published slip, not checkable without a "
              "target. The end-target column is off too (-1,41/5,78 = -24,39%, printed -19,72%; Gini 93,40% = "
              "0,269/0,288, i.e. R/T for a lower-is-better index) but it is not the year's capaian. 'LItbang' as "
              "printed."),
    ),
    # ------------------------------------------------------------------ 5
    Layout(
        id="ind-satpolpp-lkpj-kesimpulan-2019",
        dataset="indicators",
        agency="Satuan Polisi Pamong Praja of an unnamed kota (LKPJ narrative on urusan ketentraman, data 2019) — kota OPD",
        source=("https://id.scribd.com/document/556359386/contoh-narasi-lkpj-2020 — Tabel 4.II.16.2 Capaian "
                "Indikator Kinerja Urusan Ketentraman, Ketertiban Umum Dan Perlindungan Masyarakat (Satpol PP)"),
        year=2019,
        sheets={"Tabel 4.II.16.2": [
            ["Tabel 4.II.16.2", None, None, None, None, None],
            ["Capaian Indikator Kinerja Urusan Ketentraman, Ketertiban Umum Dan Perlindungan Masyarakat (Satpol PP)",
             None, None, None, None, None],
            ["No.", "Indikator Kinerja", "Target", "Realisasi", "Capaian", "Kesimpulan"],
            [None, None, "(%)", "(%)", "(%)", None],
            ["1.", "Menurunnya Tingkat Pelanggaran Perda", 46, 49.81, 94.35, "Berhasil"],
            ["2.", "Rasio Jumlah personil Pol PP per 10.000 penduduk", 2.95, 6.72, 229.38, "Berhasil"],
            ["3.", "Rasio Jumlah Linmas per 1.000 penduduk", 5.85, 5.07, 87.35, "Cukup Berhasil"],
            ["4.", "Tingkat penyelesaian K3 (Ketertiban, Ketentraman, Keamanan)", 100, 100, 100, "Berhasil"],
            ["5.", "Tingkat Waktu tanggap (Response time rate) bencana kebakaran", 20, 20, 100, "Berhasil"],
            ["Sumber : Kantor Satpol PP", None, None, None, None, None],
        ]},
        merged={"Tabel 4.II.16.2": ["A1:F1", "A2:F2", "A3:A4", "B3:B4", "F3:F4", "A10:F10"]},
        expected=[
            _ind("Menurunnya Tingkat Pelang", 46.0, 49.81, "positive"),
            _ind("Rasio Jumlah personil Pol", 2.95, 6.72, "positive"),
            _ind("Rasio Jumlah Linmas per 1", 5.85, 5.07, "positive"),
            _ind("Tingkat penyelesaian K3 (", 100.0, 100.0, "positive"),
            _ind("Tingkat Waktu tanggap (Re", 20.0, 20.0, "positive"),
        ],
        findings=((W, "capaian_mismatch"), (W, "capaian_mismatch"), (W, "capaian_mismatch")),
        note=("LKPJ-style table: units only as a '(%)' row under the Target/Realisasi/Capaian headers, a text "
              "'Kesimpulan' column (Berhasil / Cukup Berhasil), 'Sumber' footer; values as numbers. Indicator 1 is "
              "worded 'Menurunnya …' but its value is the percentage fall in Perda violations (267 → 134 in the "
              "text), so a larger value is better: true polarity positive — a name-based guess would wrongly say "
              "negative. Published mistakes: (1) 49,81/46 = 108,28 but printed 94,35, which is 47/49,81 — the text's "
              "target 47 (table prints 46) and an inverted formula; (2) 6,72/2,95 = 227,80 vs 229,38; (3) 5,07/5,85 "
              "= 86,67 vs 87,35 → three capaian_mismatch. Rows 4-5 give 100 either way; the response-time rate is "
              "the SPM share of fires reached within the response time (higher is better). The kota is not named "
              "on the page; the uploader titled it 'contoh narasi LKPJ 2020' (data for 2019)."),
    ),
    # ------------------------------------------------------------------ 6
    Layout(
        id="ind-dumai-pupr-title-year-2020",
        dataset="indicators",
        agency="Dinas Pekerjaan Umum dan Penataan Ruang Kota Dumai — kota OPD",
        source=("https://123dok.com/article/capaian-kinerja-organisasi-akuntabilitas-kinerja.yev4vr50 — LKjIP Dinas "
                "PUPR Kota Dumai, Bab III 3.1, Tabel 3-1 (hal. 31)"),
        year=2020,
        sheets={"Tabel 3-1": [
            ["Tabel 3-1", None, None, None, None, None],
            ["Indikator Kinerja Sasaran Strategis Beserta Target dan Realisasi Dinas Pekerjaan Umum dan Penataan "
             "Ruang Kota Dumai Tahun 2019", None, None, None, None, None],
            ["Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target Tahun 2020", "Realisasi Tahun 2020",
             "Capaian (%)"],
            ["Meningkatkan Kapasitas Air Bersih", "Kapasitas Debit Air Bersih", "Liter/detik", 405, 65, "16,05"],
            ["Mewujudkan fungsi dan klasifikasi kegiatan sesuai peruntukan ruang / kawasan / lahan berdasarkan "
             "peraturan yang berlaku", "Persentase Permohonan / Pengajuan yang diselesaikan dalam setahun", "%",
             100, 100, 100],
        ]},
        merged={"Tabel 3-1": ["A1:F1", "A2:F2"]},
        expected=[
            _ind("Kapasitas Debit Air Bersi", 405.0, 65.0, "positive"),
            _ind("Persentase Permohonan / P", 100.0, 100.0, "positive"),
        ],
        note=("Sasaran text in its own first column (one indicator per sasaran here), a unit column with "
              "'Liter/detik', and years only in the column headers. The title says 'Tahun 2019' while the columns "
              "say 2020 (the report is the 2020 LKjIP; the title was not updated) — the case year follows the "
              "columns. Checks: 65/405 = 16,049 → 16,05 ok; 100/100 ok. Shortened: the source excerpt ends in the "
              "third sasaran ('Meningkatkan infrastruktur Jalan dan Sarana Penge…'), so only the first two rows are "
              "kept."),
    ),
    # ------------------------------------------------------------------ 7
    Layout(
        id="ind-kabsemarang-apm-colnum-2020",
        dataset="indicators",
        agency="Dinas Pendidikan, Kebudayaan, Kepemudaan dan Olahraga Kabupaten Semarang — kabupaten OPD",
        source=("https://123dok.com/article/pemerataan-dan-perluasan-akses-layanan-pendidikan.yr3nvdvv — LKjIP "
                "2020, Bab III B.1, Tabel 3.13 Capaian APM"),
        year=2020,
        sheets={"Tabel 3.13": [
            ["Tabel 3.13", None, None, None, None, None, None, None, None, None],
            ["Capaian APM Tahun 2019, Tahun 2020 dan persentase capaian terhadap Tahun 2021",
             None, None, None, None, None, None, None, None, None],
            ["NO", "Indikator Kinerja", "Satuan", "Capaian Tahun", None, None, None, None, None, "Ket"],
            [None, None, None, "2019", "2020", None, None, "2021", None, None],
            [None, None, None, None, "Target", "Realisasi", "%", "Target", "%", None],
            [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
            [2, "Angka Partisipasi Murni (APM):", None, None, None, None, None, None, None, None],
            [None, "- usia 7-12 tahun (usia SD/sederajat)", "%", "97,48", "95,25", "95,31", "100,06", "95,27",
             "100,04", None],
            [None, "- usia 13-15 tahun (usia SMP/sederajat)", "%", "75,47", "81,9", "81,95", "100,06", "81,95",
             "99,99", None],
        ]},
        merged={"Tabel 3.13": ["A1:J1", "A2:J2", "A3:A5", "B3:B5", "C3:C5", "D3:I3", "J3:J5", "D4:D5", "E4:G4",
                               "H4:I4"]},
        expected=[
            _ind("- usia 7-12 tahun (usia S", 95.25, 95.31, "positive"),
            _ind("- usia 13-15 tahun (usia ", 81.9, 81.95, "positive"),
        ],
        note=("Three-level header: 'Capaian Tahun' over 2019 (one column), 2020 (Target | Realisasi | %) and 2021 "
              "(Target | % — the 2020 realisation against next year's target), then a column-number row 1…10. The "
              "indicator is a group row ('2 Angka Partisipasi Murni (APM):', numbered 2 after Tabel 3.12) with "
              "dash-prefixed age-band sub-rows carrying the values. Checks for 2020: 95,31/95,25 = 100,06; "
              "81,95/81,9 = 100,06 — both ok. In the 2021 column 81,95/81,95 is printed 99,99 instead of 100,00 "
              "(a slip in a column that is not the case year). Shortened: the third sub-row (usia 16-18 tahun, "
              "SMA/SMK) is cut off in the source excerpt and is left out."),
    ),
    # ------------------------------------------------------------------ 8
    Layout(
        id="ind-rsstroke-bukittinggi-rsb-target-2019",
        dataset="indicators",
        agency="Rumah Sakit Stroke Nasional Bukittinggi (UPT Kementerian Kesehatan) — kementerian unit / RS vertikal",
        source=("https://vdocuments.site/bab-iii-arah-dan-prioritas-strategi-2012-akreditasi-rumah-sakit-versi-jci-30-0.html "
                "— Rencana Strategis Bisnis RS Stroke Nasional Bukittinggi 2015-2019, Bab III (hal. 32), table of "
                "sasaran and indicators"),
        year=2019,
        sheets={"RSB Bab III": [
            ["Adapun sasaran atau program dan kegiatan yang dimiliki oleh Rumah Sakit Stroke Nasional Bukittinggi "
             "adalah sebagai berikut :", None, None, None],
            ["No", "Indikator", "Status Awal", "Target 2019"],
            [1, "Terwujudnya Staf Medis Yang Memiliki Kompetensi Komprehensif", None, None],
            [None, "Persentase Staf Medis Yang Memiliki Kompetensi sesuai Kekhususan", "70%", "90%"],
            [None, "Persentase Staf Keperawatan yang memiliki kompetisi sesuai", "60%", "90%"],
            [None, "Persentase Staf Non Keperawatan yang memiliki kompetisi sesuai", "30%", "75%"],
            [None, "Persentase Staf Administrasi", "30%", "75%"],
        ]},
        merged={"RSB Bab III": ["A1:D1", "A3:A7"]},
        expected=[
            _ind("Persentase Staf Medis Yan", 90.0, None, "positive"),
            _ind("Persentase Staf Keperawat", 90.0, None, "positive"),
            _ind("Persentase Staf Non Kepera", 75.0, None, "positive"),
            _ind("Persentase Staf Administr", 75.0, None, "positive"),
        ],
        note=("A planning table with no realisation at all: baseline ('Status Awal') and the end-of-plan target "
              "'Target 2019' only, so every realisation is None and the baseline must not be read as a realisation. "
              "The sasaran sits in the Indikator column as a numbered group row above its four indicators. "
              "'kompetisi' (for kompetensi) and the truncated-looking names are as printed. Shortened: the table "
              "goes on with further sasaran (akreditasi JCI …) beyond the excerpt; only the first sasaran block is "
              "kept."),
        findings=((W, "field_empty"),),
    ),
    # ------------------------------------------------------------------ 9
    Layout(
        id="ind-kkp-ntpi-triwulan-band-2018",
        dataset="indicators",
        agency=("UPT (balai) of Ditjen Perikanan Budidaya, Kementerian Kelautan dan Perikanan — kementerian unit "
                "(the balai is not named on the page)"),
        source=("https://123dok.com/article/analisa-capaian-kinerja-akuntabilitas-kinerja.y6o5p6ny — Laporan "
                "Kinerja Triwulan III 2018, Bab III 3.2.1, Tabel 5 Capaian NTPi"),
        year=2018,
        sheets={"Tabel 5": [
            ["Tabel 5. Capaian Nilai Tukar Pembudidaya Ikan (NTPi) Triwulan III Tahun 2018", None, None, None, None],
            ["Nilai Tukar Pembudidaya Ikan (NTPi) (%)", None, None, None, None],
            ["TW III", None, None, "Target 2018", "Persentase Capaian Pertahun"],
            ["Target", "Realisasi", "Capaian", None, None],
            ["102,75", "101,8", "99,08", "102,75", "99,08"],
        ]},
        merged={"Tabel 5": ["A1:E1", "A2:E2", "A3:C3", "D3:D4", "E3:E4"]},
        expected=[_ind("Nilai Tukar Pembudidaya I", 102.75, 101.8, "positive")],
        note=("One indicator whose name is not in a row-label cell but printed as a band above the header; the "
              "values form a single unlabelled row under 'TW III' (Target | Realisasi | Capaian), the annual "
              "'Target 2018' and 'Persentase Capaian Pertahun'. The text extraction cannot show whether the band "
              "spans the whole table (as transcribed) or heads a first column. Quarterly report: the realisation is "
              "the Q3 average (101,8). Checks: 101,8/102,75 = 99,075 → 99,08 ok for both capaian columns. Refused "
              "for want of an indicator column until the seventh set's tuning: the band line above the header names "
              "the one indicator whose values are on the one row, as a small table's title does."),
    ),
    # ------------------------------------------------------------------ 10
    Layout(
        id="ind-pa-kualakurun-year-rows-2021",
        dataset="indicators",
        agency="Pengadilan Agama Kuala Kurun (Mahkamah Agung, peradilan agama) — lembaga unit",
        source=("https://fliphtml5.com/mdbow/ddde/Laporan_Kinerja_Instansi_Pemerintah_LKJiP_Tahun_2021/30 — LKjIP "
                "Pengadilan Agama Kuala Kurun 2021, p. 30, Tabel 3.5 Perbandingan Tahunan Penurunan Sisa Perkara"),
        year=2021,
        sheets={"Tabel 3.5": [
            ["Tabel 3.5 Perbandingan Tahunan Penurunan Sisa Perkara", None, None, None, None, None, None],
            ["No", "Tahun", "Sisa Perkara Tahun Sebelumnya", "Sisa Perkara Tahun Berjalan", "Target", "Realisasi",
             "Capaian"],
            [1, 2020, 1, 2, "3%", "-100%", "-33,33%"],
            [2, 2021, 2, 1, "3%", "50%", "1667%"],
        ]},
        merged={"Tabel 3.5": ["A1:G1"]},
        expected=[_ind("Penurunan Sisa Perkara", 3.0, 50.0, "positive")],
        note=("Years as rows: one indicator (persentase penurunan sisa perkara, named only in the table title), one "
              "row per year with the two counts it is computed from (1 → 2 in 2020, 2 → 1 in 2021). Higher decline "
              "is better. 2021: 50/3 = 1666,67 → printed 1667% ok (0 decimals). The 2020 row is wrong in the "
              "source: -100/3 ×100 = -3333,33% but printed -33,33% (the ratio, not ×100); it is not the case year. "
              "Negative percentages and a four-digit capaian."),
        refused="cell A2: expected a column for 'indicator'",
    ),
    # ------------------------------------------------------------------ 11
    Layout(
        id="ind-lapas-baubau-colformula-2022",
        dataset="indicators",
        agency="Lembaga Pemasyarakatan Kelas IIA Baubau (Kementerian Hukum dan HAM) — kementerian UPT",
        source=("http://online.flipbuilder.com/qncfi/hoqg/files/basic-html/page51.html — LAKIP Semester I Tahun "
                "2022, p. 51, Tabel 3.36"),
        year=2022,
        sheets={"Tabel 3.36": [
            ["Tabel 3.36 Persentase Narapidana resiko tinggi yang berubah perilakunya menjadi Sadar, Patuh dan "
             "Dispilin", None, None, None, None, None, None, None],
            ["SASARAN KEGIATAN", "INDIKATOR KINERJA", "TAHUN 2021", None, None, "TAHUN 2022", None, None],
            [None, None, "TARGET", "REALISASI", "CAPAIAN", "TARGET", "REALISASI", "CAPAIAN"],
            [1, 2, 3, 4, "5 = 4/3x100%", 6, 7, "8 = 7/6x100%"],
            ["Meningkatnya Pelayanan Pembinaan Kepribadian, Pelatihan Vokasi, Pendidikan dan Penanganan "
             "Narapidana Resiko Tinggi",
             "Persentase Narapidana resiko tinggi yang berubah perilakunya menjadi Sadar, Patuh dan Dispilin",
             "13%", "13%", "100%", "15%", "100%", "666,66%"],
        ]},
        merged={"Tabel 3.36": ["A1:H1", "A2:A3", "B2:B3", "C2:E2", "F2:H2"]},
        expected=[_ind("Persentase Narapidana res", 15.0, 100.0, "positive")],
        findings=((W, "capaian_mismatch"),),
        note=("Two year bands (TAHUN 2021 and TAHUN 2022, each TARGET | REALISASI | CAPAIAN) and a column-number row "
              "carrying the formulas '5 = 4/3x100%' and '8 = 7/6x100%'; sasaran kegiatan in the first column. "
              "Semester report: the 2022 realisation is 4 of 4 inmates by May 2022. Published mistake: 100/15 = "
              "666,667% printed 666,66% (truncated, not rounded) → capaian_mismatch at 2 decimals. 2021: 13/13 = "
              "100% ok. 'Dispilin' as printed."),
    ),
    # ------------------------------------------------------------------ 12
    Layout(
        id="ind-lapas-baubau-lansia-2022",
        dataset="indicators",
        agency="Lembaga Pemasyarakatan Kelas IIA Baubau (Kementerian Hukum dan HAM) — kementerian UPT",
        source=("http://online.flipbuilder.com/qncfi/qnhr/files/basic-html/page36.html — LAKIP Semester I 2022, "
                "p. 36, Tabel 3.15"),
        year=2022,
        sheets={"Tabel 3.15": [
            ["Tabel 3.15 Persentase tahanan/narapidana lansia yang mendapatkan layanan kesehatan sesuai standar",
             None, None, None, None, None, None, None],
            ["SASARAN KEGIATAN", "INDIKATOR KINERJA", "TAHUN 2021", None, None, "TAHUN 2022", None, None],
            [None, None, "TARGET", "REALISASI", "CAPAIAN", "TARGET", "REALISASI", "CAPAIAN"],
            [1, 2, 3, 4, "5 = 4/3x100%", 6, 7, "8 = 7/6x100%"],
            ["Meningkatnya Pelayanan Perawatan Narapidana/Tahanan/Anak, Pengendalian Penyakit Menular dan "
             "Peningkatan Kualitas Hidup Narapidana Peserta Rehabilitasi Narkotika di wilayah",
             "Persentase tahanan/narapidana lansia yang mendapatkan layanan kesehatan sesuai standar",
             "75%", "75%", "100%", "80%", "100%", "125%"],
        ]},
        merged={"Tabel 3.15": ["A1:H1", "A2:A3", "B2:B3", "C2:E2", "F2:H2"]},
        expected=[_ind("Persentase tahanan/narapi", 80.0, 100.0, "positive")],
        note=("Same layout as Tabel 3.36 of this report (two year bands, formula column-number row), here without a "
              "mistake: 100/80 = 125% and 75/75 = 100% ok. Kept as the clean twin of ind-lapas-baubau-colformula-2022 "
              "(the same LAKIP is published as two flipbooks, qncfi/qnhr and qncfi/hoqg)."),
    ),
    # ------------------------------------------------------------------ 13
    Layout(
        id="ind-sampang-inspektorat-na-2019",
        dataset="indicators",
        agency="Inspektorat Daerah Kabupaten Sampang — kabupaten OPD",
        source=("https://123dok.com/document/zx5dll94-baik-baik-cukup-kurang-kurang.html — LKjIP Inspektorat Daerah "
                "Kabupaten Sampang 2019, hal. 30, Tabel 3.1 Pencapaian Kinerja"),
        year=2019,
        sheets={"Tabel 3.1": [
            ["Tabel 3.1 Pencapaian Kinerja", None, None, None, None, None],
            ["N0", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"],
            ["Sasaran Strategis 1. Meningkatnya Akuntabilitas Keuangan Dan Kinerja Pemerintah Daerah",
             None, None, None, None, None],
            [1, "Persentase penurunan temuan keuangan yang bersifat materil", "%", "55%", "n/a", "n/a"],
        ]},
        merged={"Tabel 3.1": ["A1:F1", "A3:F3"]},
        expected=[_ind("Persentase penurunan temu", 55.0, None, "positive")],
        note=("Sasaran as a full-width band row inside the table, header 'N0' (zero for O) as printed, and an "
              "indicator whose realisation and capaian are 'n/a' (expected realisation None, nothing to check). "
              "The indicator is the percentage fall in material findings, so higher is better. Shortened: the "
              "source excerpt is cut inside row 2 ('Persentase penurunan nilai temuan kod…'), so only the first "
              "indicator row is kept; the LKjIP's own interval table (Tabel 3.1 Interval Penilaian Kinerja, also "
              "numbered 3.1) precedes it on the previous page."),
        findings=((W, "field_empty"),),
    ),
    # ------------------------------------------------------------------ 14
    Layout(
        id="ind-puskesmas-ukm-cakupan-2020",
        dataset="indicators",
        agency="UPTD Puskesmas (name not on the excerpted page) — puskesmas, capaian kinerja UKM",
        source=("https://id.scribd.com/document/686104511/Capaian-Kinerja-UKM-2023 — 'CAPAIAN KINERJA UPAYA "
                "KESEHATAN MASYARAKAT (UKM) JANUARI-DESEMBER 2020', p. 1 (KIA block)"),
        year=2020,
        sheets={"Capaian UKM": [
            ["CAPAIAN KINERJA UPAYA KESEHATAN MASYARAKAT (UKM)", None, None, None, None, None],
            ["JANUARI-DESEMBER 2020", None, None, None, None, None],
            ["Program", "Indikator Kinerja", "Sasaran", "Target", "Cakupan", None],
            [None, None, None, None, "Angka", "%"],
            ["KIA", "a. Kesehatan Ibu", None, None, None, None],
            [None, "1) Cakupan Pelayanan ibu hamil sesuai standar (K4)", 179, "100%", 146, 81.56],
            [None, "2. Cakupan ibu hamil risti/komplikasi yang ditangani", 36, "100%", 40, 111.11],
            [None, "3. Caupan Pelayanan kesehatan ibu bersalin sesuai standar", 171, "100%", 126, 73.68],
            [None, "4. Cakupan Pelayanan Persalinan di fasilitas kesehatan / Fasyankes", 171, "100%", 126, 73.68],
            [None, "5.Cakupan Pelayanan ibu Nifas sesuai standar / KF 3", 171, "100%", 126, 73.68],
            [None, "6.Cakupan Pelayanan persalinan dengan komplikasi yang di tangani", 36, "100%", 5, 13.89],
            [None, "b. Pelayanan Kesehatan Bayi Baru Lahir", None, None, None, None],
            [None, "1) Cakupan bayi baru lahir usia 0-28 hari yang mendapatkan pelayanan kesehatan bayi baru lahir "
                   "sesuai standar (KN3)", 171, "100%", 126, 73.68],
            [None, "2) cakupan Penanganan bayi baru lahir (BBL) dengan komplikasi yang di tangani", 24, "100%", 5,
             20.83],
            [None, "3) cakupan pelayanan KN 1", 171, "100%", 126, 73.68],
            [None, "c.Pelayanan Kesehatan Balita", None, None, None, None],
            [None, "Cakupan balita yang mendapat pelayanan kesehatan sesuai standar", 999, "100%", 779, 77.98],
            [None, "Cakupan pelayanan kesehatan balita usia 0 - 11 bulan sesuai standar", 163, "100%", 156, 95.71],
            [None, "Cakupan pelayanan kesehatan balita usia 12 - 59 bulan sesuai standar", 836, "100%", 623, 74.52],
            [None, "Cakupan Imunisasi Dasar lengkap", 163, "93.50%", 171, 104.91],
            [None, "cakupan Balita di timbang ( D/S )", 999, "60%", 779, 77.98],
            [None, "cakupan Pemberian Imunisasi Lanjutan", 263, "80%", 105, 39.92],
        ]},
        merged={"Capaian UKM": ["A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3"]},
        expected=[
            _ind("Cakupan Pelayanan ibu ham", 100.0, 81.56, "positive"),
            _ind("Cakupan ibu hamil risti/k", 100.0, 111.11, "positive"),
            _ind("Caupan Pelayanan kesehata", 100.0, 73.68, "positive"),
            _ind("Cakupan Pelayanan Persali", 100.0, 73.68, "positive"),
            _ind("Cakupan Pelayanan ibu Nif", 100.0, 73.68, "positive"),
            _ind("Cakupan Pelayanan persali", 100.0, 13.89, "positive"),
            _ind("Cakupan bayi baru lahir u", 100.0, 73.68, "positive"),
            _ind("cakupan Penanganan bayi b", 100.0, 20.83, "positive"),
            _ind("cakupan pelayanan KN 1", 100.0, 73.68, "positive"),
            _ind("Cakupan balita yang menda", 100.0, 77.98, "positive"),
            _ind("Cakupan pelayanan kesehatan balita usia 0", 100.0, 95.71, "positive"),
            _ind("Cakupan pelayanan kesehatan balita usia 12", 100.0, 74.52, "positive"),
            _ind("Cakupan Imunisasi Dasar l", 93.5, 104.91, "positive"),
            _ind("cakupan Balita di timbang", 60.0, 77.98, "positive"),
            _ind("cakupan Pemberian Imunisa", 80.0, 39.92, "positive"),
        ],
        note=("Puskesmas coverage sheet: no column is called 'Realisasi' or 'Capaian'. 'Sasaran' here is the "
              "target POPULATION (number of pregnant women, infants …), not a sasaran strategis, and the "
              "realisation is the band 'Cakupan' split into 'Angka' (count served) and '%' (count/sasaran×100); "
              "the realisation to compare with Target is the '%' sub-column (e.g. 146/179 = 81,56). Every % "
              "re-computed from Angka/Sasaran matches at 2 decimals (111,11; 73,68; 13,89; 20,83; 77,98; 95,71; "
              "74,52; 104,91; 39,92), and there is no printed capaian, so no finding. Targets are text with "
              "percent signs and a decimal POINT ('93.50%'); the two 'Cakupan pelayanan kesehatan balita usia …' "
              "rows share their first 25 characters, so their expected names are longer. Group rows ('a. Kesehatan "
              "Ibu', 'b. …', 'c.…') sit in the indicator column; the program cell 'KIA' is written once (left "
              "unmerged: the excerpt does not show whether it spans the block). Numbering is inconsistent as "
              "printed ('1)', '2.', '5.Cakupan', none): names are read without it. 'Caupan' is a typo in the source. "
              "The file is named "
              "'…UKM-2023' but the heading says JANUARI-DESEMBER 2020, so year = 2020. Shortened: the table "
              "continues with d. anak usia pendidikan dasar and e. KB rows and other programs (43 pages)."),
    ),
]

# ================================================================ held-out set (issue 11, second corpus)
# Layouts collected after the recognition layer was built, to measure it on exports it was not tuned on.

_TW = [
    # (indicator, satuan, target, TW I, TW II, TW III, TW IV) — cumulative realisation by quarter
    ("Persentase dokumen perencanaan dan penganggaran yang tersusun tepat waktu", "%", 100, 25, 50, 75, 100),
    ("Persentase laporan kinerja dan keuangan yang disampaikan tepat waktu", "%", 100, 20, 45, 70, 90),
    ("Jumlah kegiatan sosialisasi program yang terlaksana", "Kegiatan", 12, 3, 6, 9, 11),
    ("Indeks kepuasan masyarakat terhadap layanan", "Indeks", 80, 78.5, 79.1, 81.2, 82.4),
]

_PUSLIT_TITLE = ("Tabel 3.1 Target dan Capaian Indikator Kinerja Kegiatan/IKK Bidang Sumber Daya dan Pelayanan "
                 "Kesehatan Tahun 2016")

_BU_HEAD = ["Ranking", "Perangkat Daerah / Program", "Indikator Outcome Program", "Target Kinerja",
            "Rata - Rata Capaian Kinerja", None, "Rata - Rata Capaian Anggaran", None, "Realisasi Anggaran (Rp)"]

_INDIGO_HTML = '''
 						<table class="table color-table dark-table table-hover">

 							<thead>
 								<tr>
 									<th>#</th>
 									<th>Kode</th>
 									<th>Sasaran</th>
 									<th>Bobot</th>
                  <th>#</th>
 									<th>Kode</th>
 									<th>IKU</th>
 									<th>Bobot</th>
                  <th>Target</th>
                  <th>Satuan</th>
                  <th>Polarisasi</th>
                  <th>Unit Kerja</th>
 								</tr>
 							</thead>
 							<tbody>
                <tr>
                  <td rowspan="2">1</td>
                  <td rowspan="2">SS-1</td>
                  <td rowspan="2">Sasaran 1</td>
                  <td rowspan="2">25%</td>
                  <td>1</td>
                  <td>IKU-11</td>
                  <td>IKU 1-1</td>
                  <td>50%</td>
                  <td>4</td>
                  <td>Titik</td>
                  <td>Maximize</td>
                  <td>Inspektorat</td>
                </tr>
                <tr>
                  <td>2</td>
                  <td>IKU-12</td>
                  <td>IKU 1-2</td>
                  <td>50%</td>
                  <td>4</td>
                  <td>Titik</td>
                  <td>Maximize</td>
                  <td>Inspektorat</td>
                </tr>
                <tr>
                  <td rowspan="3">2</td>
                  <td rowspan="3">SS-2</td>
                  <td rowspan="3">Sasaran 2</td>
                  <td rowspan="3">20%</td>
                  <td>3</td>
                  <td>IKU-21</td>
                  <td>IKU 2-1</td>
                  <td>50%</td>
                  <td>15</td>
                  <td>Lokasi</td>
                  <td>Maximize</td>
                  <td>Sekretariat Utama</td>
                </tr>
                <tr>
                  <td>4</td>
                  <td>IKU-22</td>
                  <td>IKU 2-2</td>
                  <td>20%</td>
                  <td>6</td>
                  <td>Lokasi</td>
                  <td>Maximize</td>
                  <td>Sekretariat Utama</td>
                </tr>
                <tr>
                  <td>5</td>
                  <td>IKU-23</td>
                  <td>IKU 2-3</td>
                  <td>30%</td>
                  <td>9</td>
                  <td>Lokasi</td>
                  <td>Maximize</td>
                  <td>Sekretariat Utama</td>
                </tr>
                <tr>
                  <td rowspan="2">3</td>
                  <td rowspan="2">SS-3</td>
                  <td rowspan="2">Sasaran 3</td>
                  <td rowspan="2">30%</td>
                  <td>6</td>
                  <td>IKU-31</td>
                  <td>IKU 3-1</td>
                  <td>60%</td>
                  <td>6</td>
                  <td>Target</td>
                  <td>Minimize</td>
                  <td>Biro Umum</td>
                </tr>
                <tr>
                  <td>7</td>
                  <td>IKU-32</td>
                  <td>IKU 3-2</td>
                  <td>40%</td>
                  <td>4</td>
                  <td>Target</td>
                  <td>Minimize</td>
                  <td>Biro Umum</td>
                </tr>
              </tbody>
 							</table>'''

HELD_OUT: list[Layout] = [
    # ------------------------------------------------------------------ 16
    Layout(
        id="ind-renstra-app-realisasi-triwulan-band",
        dataset="indicators",
        agency="Capaian kegiatan page of a kabupaten OPD's renstra/monev application, copied to Excel — kabupaten OPD export (invented figures)",
        source=("Public GitHub Laravel blade (search index file id 8841364460): table No | Indikator Kegaiatan | Satuan | "
                "Target | Realisasi (TW I, TW II, TW III, TW IV) | Capaian | Aksi, capaian formula commented out "
                "(max(tw_1 … tw_4) / target × 100)"),
        year=2023,
        sheets={"Capaian Kegiatan": [
            ["No", "Indikator Kegaiatan", "Satuan", "Target", "Realisasi", None, None, None, "Capaian", "Aksi"],
            [None, None, None, None, "TW I", "TW II", "TW III", "TW IV", None, None],
            *[[n, name, unit, target, *tw, " %", "edit"] for n, (name, unit, target, *tw) in enumerate(_TW, start=1)],
        ]},
        merged={"Capaian Kegiatan": ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:H1", "I1:I2", "J1:J2"]},
        expected=[
            _ind("Persentase dokumen perencanaan", 100.0, 100.0, "positive"),
            _ind("Persentase laporan kinerja", 100.0, 90.0, "positive"),
            _ind("Jumlah kegiatan sosialisasi", 12.0, 11.0, "positive"),
            _ind("Indeks kepuasan masyarakat", 80.0, 82.4, "positive"),
        ],
        findings=((W, "last_period"),),  # the realisation of the year read from TW IV, said once
        note=("A year-less 'Target' (the build year: info) and a 'Realisasi' band over four quarters 'TW I' … 'TW IV', "
              "cumulative (the template's own capaian takes the largest quarter, so TW IV is the year's realisation; "
              "summing the quarters would be wrong). The 'Capaian' cell prints only ' %' because the template's formula "
              "is commented out (an empty capaian, not a mistake); an 'Aksi' column holds the page's 'edit' links. The "
              "header keeps the template's misspelling 'Indikator Kegaiatan'. Figures invented: 100/100, 90/100, 11/12, "
              "82,4/80."),
    ),
    # ------------------------------------------------------------------ 17
    Layout(
        id="ind-eoffice-iku-plan-polarisasi-maximize",
        dataset="indicators",
        agency="IKU planning export of a kabupaten e-office/SAKIP tool (Kabupaten Sumedang's 'indigo' e-office) — kabupaten pemda export",
        source=("github andreperiozaherpa/indigo application/views/admin/laporan/cetak_perencanaan.php (commit 8ed5dbb): "
                "'laporan_perencanaan.xls', an HTML table sent as application/vnd-ms-excel; its rows as written in the "
                "template"),
        year=2024,
        sheets={"laporan_perencanaan": [
            ["#", "Kode", "Sasaran", "Bobot", "#", "Kode", "IKU", "Bobot", "Target", "Satuan", "Polarisasi", "Unit Kerja"],
            [1, "SS-1", "Sasaran 1", "25%", 1, "IKU-11", "IKU 1-1", "50%", 4, "Titik", "Maximize", "Inspektorat"],
            [None, None, None, None, 2, "IKU-12", "IKU 1-2", "50%", 4, "Titik", "Maximize", "Inspektorat"],
            [2, "SS-2", "Sasaran 2", "20%", 3, "IKU-21", "IKU 2-1", "50%", 15, "Lokasi", "Maximize", "Sekretariat Utama"],
            [None, None, None, None, 4, "IKU-22", "IKU 2-2", "20%", 6, "Lokasi", "Maximize", "Sekretariat Utama"],
            [None, None, None, None, 5, "IKU-23", "IKU 2-3", "30%", 9, "Lokasi", "Maximize", "Sekretariat Utama"],
            [3, "SS-3", "Sasaran 3", "30%", 6, "IKU-31", "IKU 3-1", "60%", 6, "Target", "Minimize", "Biro Umum"],
            [None, None, None, None, 7, "IKU-32", "IKU 3-2", "40%", 4, "Target", "Minimize", "Biro Umum"],
        ]},
        merged={"laporan_perencanaan": ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "A4:A6", "B4:B6", "C4:C6", "D4:D6",
                                        "A7:A8", "B7:B8", "C7:C8", "D7:D8"]},
        expected=[
            _ind("IKU 1-1", 4.0, None, "positive"),
            _ind("IKU 1-2", 4.0, None, "positive"),
            _ind("IKU 2-1", 15.0, None, "positive"),
            _ind("IKU 2-2", 6.0, None, "positive"),
            _ind("IKU 2-3", 9.0, None, "positive"),
            _ind("IKU 3-1", 6.0, None, "negative"),
            _ind("IKU 3-2", 4.0, None, "negative"),
        ],
        findings=((W, "field_empty"),),  # reported once for the file, as a plan has no realisation yet
        note=("A plan (Perjanjian/IKU) sheet, no realisation yet: sasaran columns (#, Kode, Sasaran, Bobot) merged down "
              "over their IKU rows, then a second '#', 'Kode' and 'Bobot' (the IKU's own), a year-less 'Target', and the "
              "polarity as 'Polarisasi' = 'Maximize' / 'Minimize' (English BSC words, not Positif/Negatif). Bobot as "
              "'50%' text. Cells exactly as the template writes them (its indicator names are the tool's placeholders "
              "'IKU 1-1' …). Expected: seven indicators with targets, no realisation (empty capaian, which a kit should "
              "report once, not per row, or accept as a plan), polarity from Polarisasi."),
    ),
    # ------------------------------------------------------------------ 18
    Layout(
        id="ind-puslitbang-sdyankes-tapja-anggaran-2016",
        dataset="indicators",
        agency="Pusat Penelitian dan Pengembangan Sumber Daya dan Pelayanan Kesehatan, Balitbangkes, Kementerian Kesehatan — kementerian unit (eselon II)",
        source=("https://123dok.com/article/capaian-kinerja-organisasi-akuntabilitas-kinerja.qvrg66ly — Laporan Kinerja "
                "Puslitbang SD-Yankes 2016, Bab III A, Tabel 3.1 Target dan Capaian Indikator Kinerja Kegiatan/IKK"),
        year=2016,
        sheets={"Tabel 3.1": [
            [_PUSLIT_TITLE, None, None, None, None, None],
            ["Indikator", "Tapja", None, "Capaian Kinerja", "Realisasi", None],
            [None, "Target", "Anggaran", None, "Total", "Anggaran"],
            ["1. Jumlah rekomendasi kebijakan yang dihasilkan dari penelitian dan pengembangan di bidang sumber daya "
             "dan pelayanan kesehatan", 8, "58.738.351.000", "100 %", 8, "54.231.523.350 (92,33%)"],
            ["2. Jumlah publikasi karya tulis ilmiah di bidang sumber daya dan pelayanan kesehatan yang dimuat di media "
             "cetak dan/atau elektronik nasional dan internasional", 11, None, "201,1 %", 23, None],
            ["3. Jumlah hasil penelitian dan pengembangan di bidang Sumber Daya dan Pelayanan Kesehatan", 9, None,
             "100 %", 9, None],
            ["4. Jumlah laporan Status Kesehatan Masyarakat hasil Riset Kesehatan Nasional wilayah I", 2, None, "100 %",
             2, None],
        ]},
        merged={"Tabel 3.1": ["A1:F1", "A2:A3", "B2:C2", "D2:D3", "E2:F2", "C4:C7", "F4:F7"]},
        expected=[
            _ind("Jumlah rekomendasi kebijakan", 8.0, 8.0, "positive"),
            _ind("Jumlah publikasi karya tulis", 11.0, 23.0, "positive"),
            _ind("Jumlah hasil penelitian", 9.0, 9.0, "positive"),
            _ind("Jumlah laporan Status Kesehatan", 2.0, 2.0, "positive"),
        ],
        findings=((W, "capaian_mismatch"),),
        note=("A ministry unit's IKK table: 'Tapja' (target of the Perjanjian Kinerja) over Target | Anggaran, "
              "'Capaian Kinerja', 'Realisasi' over Total | Anggaran; the budget of the whole activity is one cell "
              "merged down the four indicator rows (Rp 58.738.351.000, realised 54.231.523.350, printed with its "
              "share '(92,33%)' in the same cell: 54.231.523.350/58.738.351.000 = 92,33% ✓). Numbering '1.' … inside "
              "the indicator cell. The order of the lower header row is as the extracted text gives it; the values "
              "fix which column is which (8 | 58.738.351.000 | 100 % | 8 | 54.231.523.350). Published mistake: "
              "publications 23 of 11 is 209,09%, printed 201,1% → capaian_mismatch. The other three are 100% ✓."),
    ),
    # ------------------------------------------------------------------ 19
    Layout(
        id="ind-bengkulu-utara-rkpd-ranking-capaian-only",
        dataset="indicators",
        agency="Bappeda Kabupaten Bengkulu Utara, 'Rangking Evaluasi SKPD Terhadap RKPD' — kabupaten pemda export (invented figures)",
        source=("Public GitHub TypeScript ExcelJS export exportRankingRKPD() (search index file id 67576928432): title "
                "rows A2:I4, header A6:I7 with merged bands 'Rata - Rata Capaian Kinerja' and 'Rata - Rata Capaian "
                "Anggaran' over 'Persentase (%)' | 'Predikat'"),
        year=2024,
        sheets={"RKPD": [
            [],
            ["Rangking Evaluasi SKPD Terhadap RKPD", *[None] * 8],
            ["Kabupaten Bengkulu Utara", *[None] * 8],
            ["sampai dengan Triwulan III Tahun 2024", *[None] * 8],
            [],
            _BU_HEAD,
            [None, None, None, None, "Persentase (%)", "Predikat", "Persentase (%)", "Predikat", None],
            [1, "Dinas Kesehatan", None, None, 93.4, "Sangat Tinggi", 71.2, "Sedang", 38_412_650_000],
            [None, "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
             "Persentase fasilitas kesehatan yang terakreditasi", "85 %", 94.1, "Sangat Tinggi", 69.8, "Sedang", 27_905_300_000],
            [None, "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
             "Persentase tenaga kesehatan yang memenuhi standar kompetensi", "80 %", 92.7, "Sangat Tinggi", 75.3, "Tinggi", 10_507_350_000],
            [2, "Dinas Pendidikan dan Kebudayaan", None, None, 88.6, "Tinggi", 68.4, "Sedang", 61_230_115_000],
            [None, "Program Pengelolaan Pendidikan", "Angka Partisipasi Murni SMP/MTs", "82,5 %", 88.6, "Tinggi", 68.4,
             "Sedang", 61_230_115_000],
        ]},
        merged={"RKPD": ["A2:I2", "A3:I3", "A4:I4", "A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:F6", "G6:H6", "I6:I7"]},
        expected=[
            _ind("Persentase fasilitas kesehatan yang terakreditasi", 85.0, None, "positive"),
            _ind("Persentase tenaga kesehatan yang memenuhi standar kompetensi", 80.0, None, "positive"),
            _ind("Angka Partisipasi Murni SMP/MTs", 82.5, None, "positive"),
        ],
        findings=((W, "field_empty"),),
        note=("An evaluation ranking, not a measurement table: each program's outcome indicator has a 'Target Kinerja' "
              "('85 %') and an average capaian percentage with its predikat, but no realised value; a budget "
              "realisation column sits beside it. The kit cannot read a realisation it is not given: it reads the "
              "targets and says once that no indicator has a realisation (field_empty), as for a plan; it must not "
              "turn the capaian into a realisation, nor read the Rp column as one (the held-out run first expected a "
              "refusal; the lead chose the field_empty warning, consistent with the e-office IKU plan). The "
              "template ships with its data rows commented out; figures invented, consistent."),
    ),
    # ------------------------------------------------------------------ 20
    Layout(
        id="ind-polresta-bogor-kota-tahun-lalu-2020",
        dataset="indicators",
        agency="Kepolisian Resor Kota Bogor Kota (Polda Jawa Barat) — Polri satker",
        source=("https://123dok.com/article/pemeliharaan-keamanan-ketertiban-masyarakat-indeks-harkamtibmas-polres-"
                "berikut.y8p3r54z (LKIP Polresta Bogor Kota TA 2020, p. 40, Tabel 1.1b2) and https://123dok.com/article/"
                "persentase-penyelesaian-perkara-tindak-pidana-laka-lantas.y8p3r54z (p. 98, Tabel 2.4b2)"),
        year=2020,
        sheets={
            "Tabel 1.1b2": [
                ["Tabel 1.1b2", None, None, None, None, None, None],
                ["Realisasi Kinerja Road Safety serta Capaian Kinerja Tahun Ini Dengan Tahun Lalu Tahun 2019-2020",
                 None, None, None, None, None, None],
                ["Indikator Kinerja Utama", "Tahun 2019", None, None, "Tahun 2020", None, None],
                [None, "Target", "Realisasi", "Capaian", "Target", "Realisasi", "Capaian"],
                ["Road Safety Indeks", 64, 64, "100%", 67, 41, "61%"],
            ],
            "Tabel 2.4b2": [
                ["Tabel 2.4b2", None, None, None, None, None, None],
                ["Realisasi Kinerja Presentase Penyelesaian Perkara Tindak Pidana Laka Lantas serta Capaian Kinerja "
                 "Tahun Ini Dengan Tahun Lalu Tahun 2019-2020", None, None, None, None, None, None],
                ["Indikator Kinerja Utama", "Tahun 2019", None, None, "Tahun 2020", None, None],
                [None, "Target", "Realisasi", "Capaian", "Target", "Realisasi", "Capaian"],
                ["Presentase Penyelesaian Perkara Tindak Pidana Laka Lantas", "95%", "91%", "96%", "95%", "96%", "101%"],
            ],
        },
        merged={"Tabel 1.1b2": ["A1:G1", "A2:G2", "A3:A4", "B3:D3", "E3:G3"],
                "Tabel 2.4b2": ["A1:G1", "A2:G2", "A3:A4", "B3:D3", "E3:G3"]},
        expected=[
            _ind("Road Safety Indeks", 67.0, 41.0, "negative"),
            _ind("Presentase Penyelesaian Perkara", 95.0, 96.0, "positive"),
        ],
        findings=((W, "polarity_inferred"), (W, "capaian_mismatch")),
        note=("Two one-indicator tables of a Polri resort's LKIP, each on its own sheet as a user copies them: 'Tahun "
              "2019' and 'Tahun 2020' each over Target | Realisasi | Capaian. 'Road Safety Indeks' is, in this table, "
              "the number of traffic deaths (the text: 41 deaths in 2020 against a target of 67, 'Polresta dapat "
              "menekan kecelakaan yang mengakibatkan meninggal dunia'), so lower is better, though its name says "
              "'Indeks' and there is no polarity column: polarity_inferred expected. The LKIP prints capaian 61% = "
              "41/67 (the higher-is-better formula) for a good result: against the lower-is-better (2×67−41)/67 = "
              "138,81% that is a capaian_mismatch. Laka lantas: 96/95 = 101,05 → 101% ✓, 2019 91/95 = 95,79 → 96% ✓. "
              "Misspelling 'Presentase' kept."),
    ),
    # ------------------------------------------------------------------ 21
    Layout(
        id="ind-jabar-pengukuran-kinerja-tw4-target-band",
        dataset="indicators",
        agency="Dinas of Pemerintah Daerah Provinsi Jawa Barat, 'Laporan Pengukuran Kinerja Tahun … Triwulan 4' of the provincial e-SAKIP — provinsi dinas export (invented figures)",
        source=("Public GitHub Yii view laporan.php (search index file id 27405973481): title 'LAPORAN PENGUKURAN KINERJA "
                "TAHUN <tahun> TRIWULAN <n> / <OPD> / PEMERINTAH DAERAH PROVINSI JAWA BARAT', table No. | Sasaran | "
                "Indikator | Capaian Thn Lalu | Target (Target, Realisasi TW n, % Realisasi) | Target Akhir Renstra | "
                "Capaian Thn … terhadap Target Akhir Renstra, column numbers 1 … 9, numbers as number_format(x, 2, ',', "
                "'.'), a blank row and 'RATA-RATA :'"),
        year=2017,
        sheets={"Laporan": [
            ["LAPORAN PENGUKURAN KINERJA TAHUN 2017 TRIWULAN 4", *[None] * 8],
            ["DINAS KESEHATAN", *[None] * 8],
            ["PEMERINTAH DAERAH PROVINSI JAWA BARAT", *[None] * 8],
            ["No.", "Sasaran", "Indikator", "Capaian Thn Lalu", "Target", None, None, "Target Akhir Renstra",
             "Capaian Thn 2017 terhadap Target Akhir Renstra"],
            [None, None, None, None, "Target", "Realisasi TW 4", "% Realisasi", None, None],
            [1, 2, 3, 4, 5, 6, 7, 8, 9],
            [1, "Meningkatnya derajat kesehatan ibu dan anak", "Angka Kematian Ibu (per 100.000 kelahiran hidup)",
             "79,50", "78,00", "76,40", "97,95", "72,00", "106,11"],
            [2, "Meningkatnya derajat kesehatan ibu dan anak", "Cakupan pertolongan persalinan oleh tenaga kesehatan",
             "91,20", "92,00", "93,15", "101,25", "95,00", "98,05"],
            [3, "Meningkatnya akses dan mutu pelayanan kesehatan", "Persentase rumah sakit yang terakreditasi",
             "58,30", "65,00", "61,70", "94,92", "80,00", "77,13"],
            [None, None, None, None, None, None, None, None, None],
            ["RATA-RATA :", None, None, None, None, None, "98,04%", None, "93,76"],
        ]},
        merged={"Laporan": ["A1:I1", "A2:I2", "A3:I3", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:G4", "H4:H5", "I4:I5",
                            "A10:F10", "H10:I10", "A11:F11"]},
        expected=[
            _ind("Angka Kematian Ibu", 78.0, 76.4, "negative"),
            _ind("Cakupan pertolongan persalinan", 92.0, 93.15, "positive"),
            _ind("Persentase rumah sakit yang terakreditasi", 65.0, 61.7, "positive"),
        ],
        findings=((W, "polarity_inferred"), (W, "capaian_mismatch")),
        note=("The provincial e-SAKIP's quarterly measurement report at triwulan 4: the realisation of the year sits "
              "under a band headed 'Target' ('Target › Realisasi TW 4'), beside 'Target › Target' and 'Target › % "
              "Realisasi'; a column-number row 1 … 9; the sasaran repeated on every indicator row; numbers printed "
              "with two decimals and a decimal comma ('76,40'); a blank row and a 'RATA-RATA :' row at the foot. The "
              "tool computes % Realisasi as realisasi × 100 / target for every indicator, whatever its type: for the "
              "maternal mortality rate (lower is better, no polarity column: polarity_inferred) it prints 76,40 × 100 "
              "/ 78,00 = 97,95, where the lower-is-better capaian is (2 × 78 − 76,4) / 78 = 102,05 → capaian_mismatch. "
              "The others: 93,15/92 = 101,25 ✓, 61,7/65 = 94,92 ✓; RATA-RATA (97,95 + 101,25 + 94,92)/3 = 98,04 ✓; "
              "against the Renstra end targets 72/76,4 … printed as the tool computes them. OPD and figures invented."),
    ),
    # ------------------------------------------------------------------ 22
    Layout(
        id="ind-barru-pengukuran-triwulan-three-bands",
        dataset="indicators",
        agency="A perangkat daerah of Kabupaten Barru, 'Laporan Pengukuran Kinerja - Cetak' of its KPI tool — kabupaten OPD export (invented figures)",
        source=("Public GitHub Laravel blade (search index file id 30433854004): 'Pengukuran Kinerja Tahun <tahun>', "
                "table No | Sasaran Kinerja | Indikator Kinerja | Target 1 Tahun | Target (Triwulan) I-IV | Realisasi "
                "(Triwulan) I-IV | Capaian (%) (Triwulan) I-IV, numbers as number_format(x, 2) (1,234.50), '-' where a "
                "quarter has no measurement, then two note boxes and the signature block ('Mengetahui, … Barru, "
                "<tanggal>')"),
        year=2025,
        sheets={"Pengukuran": [
            ["Pengukuran Kinerja Tahun 2025", *[None] * 15],
            ["Kepala Bidang Perencanaan", *[None] * 15],
            ["Badan Perencanaan Pembangunan Daerah Kabupaten Barru", *[None] * 15],
            ["No", "Sasaran Kinerja", "Indikator Kinerja", "Target 1 Tahun", "Target (Triwulan)", None, None, None,
             "Realisasi (Triwulan)", None, None, None, "Capaian (%) (Triwulan)", None, None, None],
            [None, None, None, None, "I", "II", "III", "IV", "I", "II", "III", "IV", "I", "II", "III", "IV"],
            [1, "Bidang Perencanaan", "Persentase dokumen perencanaan yang ditetapkan tepat waktu", "100.00", "25.00",
             "50.00", "75.00", "100.00", "25.00", "50.00", "75.00", "100.00", "100.00%", "100.00%", "100.00%",
             "100.00%"],
            [2, "Bidang Perencanaan", "Persentase usulan musrenbang yang terakomodasi dalam RKPD", "60.00", "-", "60.00",
             "-", "60.00", "-", "48.50", "-", "57.20", "-", "80.83%", "-", "95.33%"],
            [3, "Bidang Perencanaan", "Jumlah data statistik sektoral yang dipublikasikan", "1,200.00", "300.00",
             "600.00", "900.00", "1,200.00", "310.00", "640.00", "955.00", "1,265.00", "103.33%", "106.67%",
             "106.11%", "105.42%"],
            [],
            ["CATATAN / REKOMENDASI ATASAN LANGSUNG TRIWULAN SEBELUMNYA", None, None, None, None, None, None, None,
             "PERMASALAHAN TRIWULAN BERKENAAN", *[None] * 7],
            [],
            ["Mengetahui,", *[None] * 10, "Barru, 15 Januari 2026", *[None] * 4],
            ["[Atasan Langsung]", *[None] * 10, "[Nama Jabatan]", *[None] * 4],
            [],
            ["(.....................................)", *[None] * 10, "(.....................................)", *[None] * 4],
        ]},
        merged={"Pengukuran": ["A1:P1", "A2:P2", "A3:P3", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:H4", "I4:L4", "M4:P4"]},
        expected=[
            _ind("Persentase dokumen perencanaan", 100.0, 100.0, "positive"),
            _ind("Persentase usulan musrenbang", 60.0, 57.2, "positive"),
            _ind("Jumlah data statistik sektoral", 1200.0, 1265.0, "positive"),
        ],
        # the capaian read from quarter IV; the realisation too, said as info: its targets' quarter IV is the year's
        findings=((W, "last_period"),),
        note=("Three bands over the same four quarter labels — 'Target (Triwulan)', 'Realisasi (Triwulan)', 'Capaian (%) "
              "(Triwulan)', each over I | II | III | IV — beside the year's 'Target 1 Tahun'. Quarterly targets and "
              "realisations are cumulative (25/50/75/100 of a 100 target), so the year's realisation is quarter IV's, "
              "not a sum; an indicator measured only in II and IV has '-' in I and III. Numbers are printed by PHP "
              "number_format(x, 2): English style, '1,200.00' is one thousand two hundred, '57.20' fifty-seven point "
              "two. The 'Sasaran Kinerja' column holds the bidang's name (the template prints $kpi->bidang). Below "
              "the table: two note boxes and a signature block. Capaian IV: 57,2/60 = 95,33 ✓, 1265/1200 = 105,42 ✓. "
              "Figures invented; the template ships without data."),
    ),
    # ------------------------------------------------------------------ 23
    Layout(
        id="ind-ptn-rekap-iku-capaian-is-realisasi",
        dataset="indicators",
        agency="A public university's IKU dashboard, 'Tabel Rekapitulasi IKU' (IKU PTN 1-7) copied to Excel — PTN satker export (invented figures)",
        source=("Public GitHub React page Rekapitulasi (search index file id 2911829828): table # | Indikator | Target | "
                "Capaian with the rows 'IKU 1 (Lulusan Mendapat Pekerjaan yang Layak)' … 'IKU 7 (Kelas yang Kolaboratif "
                "dan Partisipatif)', targets 60% and 50%, the capaian as the computed value (IKU 1 without '%', the "
                "others with '%'; IKU 4 as toFixed(2))"),
        year=2023,
        sheets={"Rekapitulasi": [
            ["Tabel Rekapitulasi IKU", None, None, None],
            ["#", "Indikator", "Target", "Capaian"],
            [1, "IKU 1 (Lulusan Mendapat Pekerjaan yang Layak)", "60%", "64.28571428571429"],
            [2, "IKU 2 (Mahasiswa Mendapat Pengalaman di Luar Program Studi)", "50%", "31.25%"],
            [3, "IKU 3 (Dosen Berkegiatan di Luar Kampus)", "50%", "56.666666666666664%"],
            [4, "IKU 4 ()", "50%", "42.86%"],
            [5, "IKU 5 (Hasil Kerja Dosen Digunakan Oleh Masyarakat Atau Mendapat Rekognisi Internasional)", "50%",
             "12.5%"],
            [6, "IKU 6 (Kemitraan Program Studi)", "50%", "60%"],
            [7, "IKU 7 (Kelas yang Kolaboratif dan Partisipatif)", "50%", "48.148148148148145%"],
        ]},
        expected=[
            _ind("IKU 1 (Lulusan", 60.0, 64.28571428571429, "positive"),
            _ind("IKU 2 (Mahasiswa", 50.0, 31.25, "positive"),
            _ind("IKU 3 (Dosen", 50.0, 56.666666666666664, "positive"),
            _ind("IKU 4", 50.0, 42.86, "positive"),
            _ind("IKU 5 (Hasil Kerja", 50.0, 12.5, "positive"),
            _ind("IKU 6 (Kemitraan", 50.0, 60.0, "positive"),
            _ind("IKU 7 (Kelas", 50.0, 48.148148148148145, "positive"),
        ],
        findings=((W, "capaian_as_realisation"),),
        note=("The eight Kemendikbudristek IKU of a PTN (seven listed) as the dashboard shows them: a 'Capaian' column "
              "that holds the achieved value of the indicator (the share of graduates employed, 64,29% against a "
              "target of 60%), not target achievement — in this table 'Capaian' is the realisation. Values as a web "
              "page renders JavaScript numbers: full float precision with a decimal point ('56.666666666666664%'), "
              "IKU 1 without its '%', IKU 4 rounded by toFixed(2); IKU 4's name printed empty as 'IKU 4 ()'. The "
              "dashboard also colours 'Tercapai' when capaian ≥ target. Figures invented (ratios of small counts)."),
    ),
    # ------------------------------------------------------------------ 24
    Layout(
        id="ind-eoffice-iku-plan-html-xls",
        dataset="indicators",
        agency="IKU planning export of Kabupaten Sumedang's e-office ('indigo'), the file as the browser saves it — kabupaten pemda export",
        source=("github andreperiozaherpa/indigo application/views/admin/laporan/cetak_perencanaan.php (commit 8ed5dbb): "
                "the page's output after its header('Content-type: application/vnd-ms-excel') and 'filename="
                "laporan_perencanaan.xls' lines, byte for byte (a static HTML table)"),
        year=2024,
        sheets={},
        html=_INDIGO_HTML,
        expected=[
            _ind("IKU 1-1", 4.0, None, "positive"),
            _ind("IKU 1-2", 4.0, None, "positive"),
            _ind("IKU 2-1", 15.0, None, "positive"),
            _ind("IKU 2-2", 6.0, None, "positive"),
            _ind("IKU 2-3", 9.0, None, "positive"),
            _ind("IKU 3-1", 6.0, None, "negative"),
            _ind("IKU 3-2", 4.0, None, "negative"),
        ],
        findings=((W, "field_empty"),),  # as its workbook twin: once for the file, a plan has no realisation yet
        note=("The same table as ind-eoffice-iku-plan-polarisasi-maximize, but as the export really arrives: an HTML "
              "table (no <html> or <body>, leading whitespace and tabs, a <thead>, rowspan cells for the sasaran) in a "
              "file named .xls. What the kit reads from it must not differ from the workbook version."),
    ),
]

CASES.extend(HELD_OUT)
