"""The twelfth held-out set: real layouts collected blind, to measure the integrated kit on layouts nobody tuned for
(README.md records the cases; the lead measures them).

Kinds the corpus had none of: a regional water company's (Perumda Air Minum, a BUMD) list of its employees due for a
periodic pay rise, numbered by NIPAM instead of NIP and graded on the company's own scale; a puskesmas' Penilaian
Kinerja Puskesmas sheet for its dental programme with the achievement month by month and the analysis columns beside
it; a kabupaten Bappeda's 'Evaluasi Hasil terhadap RENJA PD' form with its kode split over four columns, K and
'Rp. (000)' pairs per quarter and derived columns; a kelurahan office's list of its premises with the condition
written as words.
Two tables are published (figures as printed); the others are export or form layouts found in public code, filled with
invented counts, amounts and synthetic people. Expectations are what each table says, never what the kit reads: the
cases were not run through the kit.
"""

from __future__ import annotations

from lakip_lib.loading.workbook import column_letter
from layouts.case import W, budget_row as _b, indicator as _ind, Layout, counts


# ---------------------------------------------------------------- staff

#: the water company's employees due for their pay rise: (nama, NIPAM, jabatan, TMT jabatan, pangkat, golongan,
#: TMT golongan, MKG tahun, MKG bulan, TMT kerja, MK tahun, MK bulan, pendidikan terakhir, tempat lahir, tanggal lahir);
#: people and numbers synthetic, the grades on the company's A–D scale
_KGB = [
    ("Ahmad Suryadi", "690 98 014", "Kepala Sub Bagian Umum", "Januari 2019", "Staf Madya", "C/1", "April 2017", 20,
     0, "Maret 1998", 26, 9, "S1", "Banyumas", "12 Juni 1972"),
    ("Siti Nurjanah", "690 05 102", "Staf Hubungan Langganan", "Februari 2015", "Staf Muda", "B/2", "April 2018",
     14, 0, "Juni 2005", 19, 7, "D3", "Purwokerto", "03 Maret 1983"),
    ("Bambang Wijaya", "690 09 155", "Operator Instalasi", "Juli 2012", "Pelaksana Tk. I", "A/4", "Oktober 2019",
     12, 0, "September 2009", 15, 4, "SMK", "Cilacap", "21 Agustus 1987"),
    ("Dwi Lestari", "690 11 203", "Staf Keuangan", "Januari 2016", "Staf Muda", "B/1", "April 2020", 10, 0,
     "Mei 2011", 13, 8, "S1", "Banyumas", "09 Desember 1988"),
    ("Eko Prasetyo", "690 03 061", "Kepala Seksi Distribusi", "Mei 2020", "Staf Utama Muda", "C/3", "Oktober 2018",
     18, 0, "Januari 2003", 22, 0, "S1", "Purbalingga", "17 Juli 1978"),
    ("Fajar Nugroho", "690 14 288", "Pembaca Meter", "Maret 2014", "Pelaksana", "A/3", "April 2021", 8, 0,
     "Maret 2014", 10, 10, "SMA", "Banyumas", "28 Januari 1992"),
    ("Gita Permatasari", "690 13 251", "Staf Laboratorium", "Agustus 2017", "Staf Muda", "B/2", "Oktober 2020", 10,
     0, "Agustus 2013", 11, 5, "D3", "Kebumen", "14 Mei 1990"),
    ("Hendra Kurniawan", "690 08 133", "Teknisi Jaringan", "Juni 2010", "Pelaksana Tk. I", "A/4", "April 2018", 14,
     0, "Juni 2008", 16, 7, "SMK", "Banjarnegara", "02 November 1985"),
    ("Indah Wulandari", "690 16 310", "Staf Administrasi Umum", "Oktober 2018", "Staf Muda", "B/1", "Oktober 2022",
     6, 0, "Oktober 2016", 8, 3, "S1", "Purwokerto", "25 September 1993"),
    ("Joko Santoso", "690 99 022", "Kepala Unit IKK", "April 2016", "Staf Madya", "C/2", "April 2019", 22, 0,
     "Juli 1999", 25, 6, "SMA", "Banyumas", "30 April 1975"),
    ("Kartika Sari", "690 12 227", "Kasir", "Januari 2014", "Staf Muda", "B/2", "April 2021", 10, 0,
     "Februari 2012", 12, 11, "D3", "Cilacap", "11 Februari 1989"),
    ("Lukman Hakim", "690 01 048", "Kepala Bagian Teknik", "September 2021", "Staf Utama", "D/1", "Oktober 2021",
     22, 0, "April 2001", 23, 9, "S2", "Purbalingga", "07 Oktober 1974"),
]


def _kgb_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        [],
        ["DAFTAR PEGAWAI YANG AKAN MENDAPAT KENAIKAN GAJI BERKALA BULAN JANUARI 2025"],
        [],
        ["No", "Nama", "NIPAM", "Jabatan", "TMT Jabatan", "Pangkat", "Golongan", "TMT Golongan",
         "Masa Kerja Golongan", None, "TMT Kerja", "Masa Kerja", None, "Pendidikan", "Tempat, Tanggal Lahir", "Ket"],
        [*[None] * 8, "Tahun", "Bulan", None, "Tahun", "Bulan", None, None, None],
        list(range(1, 17)),
    ]
    for i, (name, nipam, jabatan, tmt_jab, pangkat, gol, tmt_gol, mkg_t, mkg_b, tmt_kerja, mk_t, mk_b, pend, place,
            born) in enumerate(_KGB, start=1):
        rows.append([i, name, nipam, jabatan, tmt_jab, pangkat, gol, tmt_gol, mkg_t, mkg_b, tmt_kerja, mk_t, mk_b,
                     pend, f"{place}, {born}", ""])
    merges = ["A2:N2", "I4:J4", "L4:M4", *[f"{c}4:{c}5" for c in "ABCDEFGHKNOP"]]
    return rows, merges


_KGB_ROWS, _KGB_MERGES = _kgb_rows()

STAFF: list[Layout] = [
    Layout(
        id="staff-perumda-air-minum-kgb-nipam-golongan-perusahaan",
        dataset="staff",
        agency=("A Perumda Air Minum (the regional water company of a kabupaten in Central Java, not named in the "
                "code), its list of employees due for a periodic pay rise — BUMD air minum, export of its personnel "
                "application (people synthetic)"),
        source=("public GitHub FastAPI service core/services/kenaikan_berkala.py of repository "
                "kentoespdam/laporan-kepegawaian (search index file id 12412503432): to_excel fills "
                "template/template_kenaikan_berkala.xlsx, the title in row 2 merged over A:N, one row per employee "
                "from row 7: no | nama | nipam | nama_jabatan | tmt_jabatan | pangkat | golongan | tmt_golongan | "
                "mkg_tahun | mkg_bulan | tmt_kerja | mk_tahun | mk_bulan | pendidikan_terakhir | 'tempat_lahir, "
                "tanggal_lahir' | an empty cell; dates written as month names (format_bulan_to_string)"),
        year=2025,
        sheets={"Kenaikan Berkala": _KGB_ROWS},
        merged={"Kenaikan Berkala": _KGB_MERGES},
        expected={"education": {"S2": 1, "S1": 4, "D3": 3, "SMA": 4}},
        # no gender nor jenis jabatan column (the note says so), and the company's grades said not golongan
        findings=((W, "column_missing"), (W, "column_missing"), (W, "golongan_own_scale")),
        note=("A BUMD's own staff list, not a civil-service export: the number column is the NIPAM (Nomor Induk "
              "Pegawai Air Minum, spaced digits, no birth date or sex in it), and 'Golongan' is the company's scale "
              "(A/3 … D/1 with pangkat such as 'Staf Madya'), not a PNS golongan ruang, so a careful analyst counts "
              "only the education (SMK and SMA both SMA); no gender column. Two-level header: 'Masa Kerja Golongan' "
              "and 'Masa Kerja' over Tahun | Bulan, a column-number row 1…16, an empty Ket column, the title merged "
              "over A:N only though the table has 16 columns, TMT dates written as month and year. People, NIPAMs "
              "and dates synthetic."),
    ),
]


# ---------------------------------------------------------------- indicators

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Juni", "Juli", "Agustus", "Sept", "Okt", "Nov", "Des"]
#: the puskesmas' dental programme, as printed: (indicator, target %, satuan, total sasaran, target sasaran,
#: kompilasi pencapaian, % cakupan, achievement by month Jan … Sept, the rest empty)
_GILUT = [
    ("1. PAUD dan TK yang mendapat penyuluhan/pemeriksaan gigi dan mulut", "55%", "orang", 40, 22, 21, 53,
     [2, 3, 4, 2, 3, 2, 4, 0, 1]),
    ("2. Kunjungan ke Posyandu terkait kesehatan gigi dan mulut", "30%", "orang", 35, 11, 24, 69,
     [5, 2, 4, 3, 2, 5, 1, 0, 2]),
]


def _gilut_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        ["PENILAIAN KINERJA PUSKESMAS TAHUN 2023"],
        [],
        ["No", "Upaya Pelayanan Kesehatan/ Program/Variabel/Sub Variabel Program", "Target TAHUN 2023 (T) dalam %",
         "Satuan sasaran", "Total Sasaran ( Tos )", "Target Sasaran (Tx S)",
         "Kompilasi Pencapaian (dalam satuan sasaran)", "%Cakupan Riil", "Capaian Kegiatan", *[None] * 11,
         "Analisa Ketercapaian Target Tahun n", "Akar Penyebab Masalah", "Rencana Tindak Lanjut"],
        [*[None] * 8, *_MONTHS, None, None, None],
        [1, 2, 3, 4, 5, "6 : 5x3", 7, "8 : 7/5", *range(9, 21), "(12)", "(13)", "(14)"],
        ["UKM Pengembangan"],
        ["2.2.1.", "Pelayanan Kesehatan Gigi Masyarakat"],
    ]
    for name, target, unit, total, goal, reached, share, months in _GILUT:
        rows.append([None, name, target, unit, total, goal, reached, share, *months, *[None] * (12 - len(months)),
                     None, None, None])
    merges = ["A1:W1", "I3:T3", *[f"{column_letter(c)}3:{column_letter(c)}4" for c in (0, 1, 2, 3, 4, 5, 6, 7,
                                                                                        20, 21, 22)]]
    return rows, merges


_GILUT_ROWS, _GILUT_MERGES = _gilut_rows()

INDICATORS: list[Layout] = [
    Layout(
        id="ind-puskesmas-pkp-gigi-paud-posyandu-capaian-bulanan-2023",
        dataset="indicators",
        agency=("A UPTD Puskesmas (not named on the page), its Penilaian Kinerja Puskesmas sheet for the dental "
                "programme (UKM pengembangan) — puskesmas"),
        source=("https://id.scribd.com/document/678091352/Analisa-dan-RTL-Program-GILUT-PAUD-TK-2023-mareh — "
                "'PENILAIAN KINERJA PUSKESMAS TAHUN 2023', first table: No | Upaya Pelayanan Kesehatan/Program/Variabel/Sub "
                "Variabel Program | Target TAHUN 2023 (T) dalam % | Satuan sasaran | Total Sasaran (Tos) | Target "
                "Sasaran (Tx S) | Kompilasi Pencapaian | %Cakupan Riil | Capaian Kegiatan Jan … Des | Analisa "
                "Ketercapaian Target | Akar Penyebab Masalah | Rencana Tindak Lanjut, column numbers '6 : 5x3', "
                "'8 : 7/5', 2.2.1 Pelayanan Kesehatan Gigi Masyarakat, two indicators"),
        year=2023,
        sheets={"PKP Gigi": _GILUT_ROWS},
        merged={"PKP Gigi": _GILUT_MERGES},
        expected=[_ind("PAUD dan TK yang mendapat penyuluhan", 55.0, 53.0),
                  _ind("Kunjungan ke Posyandu terkait kesehatan gigi", 30.0, 69.0)],
        note=("A puskesmas' performance sheet as the Dinas Kesehatan's PKP instrument lays it out: the target is a "
              "percentage of the population served (55% of 40 children = 22), the achievement is counted in people "
              "month by month (January to September filled, October to December empty: the sheet was made mid-year) "
              "and compiled ('Kompilasi Pencapaian' 21 and 24, the months' sums), '%Cakupan Riil' is the compiled "
              "count over the total population (21/40 = 52.5, printed 53; 24/35 = 68.6, printed 69). Read: the "
              "target in % and the % cakupan as the realisation; the counts and months are the working. Section "
              "rows 'UKM Pengembangan' and '2.2.1.' are not indicators; the analysis columns are empty in this "
              "table. Figures as printed; they agree."),
    ),
]


# ---------------------------------------------------------------- budget

#: the Bappeda's Renja evaluation rows, amounts in thousands of rupiah: (kode urusan, bidang, program, kegiatan,
#: name, indicator, RPJMD K, RPJMD Rp, realisasi s/d n-2 K, Rp, target n-1 K, Rp, quarters [(K, Rp)] * 4)
_RENJA = [
    ("1", "06", "01", None, "Program Pelayanan Administrasi Perkantoran",
     "Persentase pelayanan administrasi perkantoran (%)", 100, 4_310_500, 100, 2_472_260, 100, 903_400,
     [(25, 201_350), (25, 228_410), (25, 219_770), (25, 240_115)]),
    ("1", "06", "01", "01", "Penyediaan jasa surat menyurat", "Jumlah surat yang terkirim (surat)", 12_000, 142_500,
     7_200, 83_640, 2_400, 29_800, [(560, 6_420), (610, 7_150), (590, 6_980), (640, 7_640)]),
    ("1", "06", "01", "02", "Penyediaan jasa komunikasi, sumber daya air dan listrik",
     "Jumlah bulan layanan (bulan)", 60, 4_168_000, 36, 2_388_620, 12, 873_600,
     [(3, 194_930), (3, 221_260), (3, 212_790), (3, 232_475)]),
    ("1", "06", "21", None, "Program Perencanaan Pembangunan Daerah",
     "Persentase dokumen perencanaan yang ditetapkan tepat waktu (%)", 100, 6_875_000, 100, 4_016_350, 100,
     1_455_000, [(10, 118_600), (40, 402_150), (30, 371_420), (20, 489_330)]),
    ("1", "06", "21", "05", "Penyusunan Rencana Kerja Pemerintah Daerah (RKPD)", "Dokumen RKPD (dokumen)", 5,
     1_275_000, 3, 742_600, 1, 265_000, [(0, 31_200), (0, 96_850), (1, 78_400), (0, 52_300)]),
    ("1", "06", "21", "07", "Penyelenggaraan Musyawarah Perencanaan Pembangunan (Musrenbang)",
     "Jumlah musrenbang yang difasilitasi (kali)", 240, 5_600_000, 144, 3_273_750, 48, 1_190_000,
     [(4, 87_400), (38, 305_300), (6, 293_020), (0, 437_030)]),
]


def _renja_rows() -> tuple[list[list], list[str]]:
    width = 32
    rows: list[list] = [[], ["Formulir"], ["Evaluasi Hasil terhadap RENJA PD"], ["Kabupaten Sukabumi"],
                        ["Tahun 2019"], [], ["Sasaran Pembangunan Tahunan Kabupaten : Sukabumi"],
                        ["Sasaran : Meningkatnya Kualitas Perencanaan Pembangunan Daerah"], []]
    rows.append(["No", "Kode", None, None, None,
                 "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan",
                 "Indikator Kinerja Program (Outcome)/Kegiatan (Output)",
                 "Target RPJMD pada Tahun 2016 s/d 2021 (Periode RPJMD)", None, None,
                 "Realisasi Capaian Kinerja RPJMD s/d RKPD Tahun Lalu (n-2)", None,
                 "Target Kinerja dan Anggaran RKPD Tahun berjalan (tahun n-1) yang dievaluasi", None,
                 "Realisasi Kinerja Pada Triwulan", *[None] * 7,
                 "Realisasi Capaian Kinerja dan Anggaran RKPD yang Dievaluasi (tahun n-1)", None,
                 "Tingkat Capaian Kinerja dan Realisasi Anggaran RKPD Tahun n-1 (%)", None,
                 "Realisasi Kinerja & Anggaran RPJMD s/d Tahun n-1 (Akhir Thn Pelaks RKPD)", None,
                 "Tingkat Capaian Kinerja dan Realisasi Anggaran RPJMD s/d Tahun n-1 (%)", None,
                 "Perangkat Daerah Penanggung Jawab", "Keterangan"])
    rows.append([*[None] * 14, "I", None, "II", None, "III", None, "IV", None, *[None] * 10])
    rows.append([*[None] * 7, "K", None, "Rp. (000)", "K", "Rp. (000)", "K", "Rp. (000)",
                 *["K", "Rp. (000)"] * 4, "K", "Rp. (000)", "K", "Rp", "K", "Rp. (000)", "K", "Rp.", None, None])
    rows.append([1, 2, None, None, None, 3, 4, 5, None, None, 6, None, 7, None, 8, None, 9, None, 10, None, 11, None,
                 "12=8+9+10+11", None, "13 = 12/7 *100", None, "14 = 6+12", None, "15 = 14/5 *100", None, 16, 17])
    rows.append([None] * width)
    rows.append([None, "1", "06", None, None, "Urusan Wajib Perencanaan Pembangunan", *[None] * 26])
    for number, (urusan, bidang, program, kegiatan, name, indicator, rpjmd_k, rpjmd_rp, lalu_k, lalu_rp, target_k,
                 target_rp, quarters) in enumerate(_RENJA, start=1):
        real_k = sum(k for k, _ in quarters)
        real_rp = sum(rp for _, rp in quarters)
        rows.append([number, urusan, bidang, program, kegiatan, name, indicator, rpjmd_k, None, rpjmd_rp, lalu_k,
                     lalu_rp, target_k, target_rp, *[v for pair in quarters for v in pair], real_k, real_rp,
                     round(real_k / target_k * 100, 2), round(real_rp / target_rp * 100, 2), lalu_k + real_k,
                     lalu_rp + real_rp, round((lalu_k + real_k) / rpjmd_k * 100, 2),
                     round((lalu_rp + real_rp) / rpjmd_rp * 100, 2), "BAPPEDA", None])
    merges = [f"A{r}:AF{r}" for r in range(1, 9)]
    merges += ["A10:A12", "B10:E12", "F10:F12", "G10:G12", "H10:J11", "K10:L11", "M10:N11", "O10:V10", "W10:X11",
               "Y10:Z11", "AA10:AB11", "AC10:AD11", "AE10:AE12", "AF10:AF12", "O11:P11", "Q11:R11", "S11:T11",
               "U11:V11", "H12:I12", "B13:E13", "H13:J13", "K13:L13", "M13:N13", "O13:P13", "Q13:R13", "S13:T13",
               "U13:V13", "W13:X13", "Y13:Z13", "AA13:AB13", "AC13:AD13"]
    return rows, merges


_RENJA_ROWS, _RENJA_MERGES = _renja_rows()


def _renja_expected() -> list[dict]:
    """Program and kegiatan once each: the n-1 target budget and the quarters' realisation, in rupiah (the form
    prints thousands)."""
    return [_b("kegiatan" if kegiatan else "program", name, target_rp * 1000,
               sum(rp for _, rp in quarters) * 1000)
            for _, _, _, kegiatan, name, _, _, _, _, _, _, target_rp, quarters in _RENJA]


BUDGET: list[Layout] = [
    Layout(
        id="budget-bappeda-sukabumi-evaluasi-renja-pd-kode-empat-kolom-rp-ribuan",
        dataset="budget",
        agency=("Badan Perencanaan Pembangunan Daerah (Bappeda) Kabupaten Sukabumi, its 'Evaluasi Hasil terhadap RENJA "
                "PD' form — kabupaten Bappeda, form exported from its evaluation application (figures synthetic)"),
        source=("public GitHub page layout.php of repository kresno/sepeng (search index file id 26720953602), the "
                "table behind 'download/bappeda.xlsx': title rows 'Formulir', 'Evaluasi Hasil terhadap RENJA PD', "
                "'Kabupaten Sukabumi', 'Tahun 2019', 'Sasaran Pembangunan Tahunan Kabupaten', 'Sasaran', a "
                "three-row header No | Kode (four columns) | Urusan/Bidang Urusan … Program/Kegiatan | Indikator | "
                "Target RPJMD 2016 s/d 2021 | Realisasi … (n-2) | Target … (tahun n-1) | Realisasi Kinerja Pada "
                "Triwulan I–IV | Realisasi … (tahun n-1) | Tingkat Capaian … (%) | Realisasi RPJMD s/d n-1 | "
                "Tingkat Capaian RPJMD (%) | Perangkat Daerah Penanggung Jawab | Keterangan, each value a K | 'Rp. (000)' "
                "pair, column numbers 1 … 17 with '12=8+9+10+11', '13 = 12/7 *100', '14 = 6+12', '15 = 14/5 *100', "
                "an empty row under them (32 columns)"),
        year=2018,
        sheets={"Evaluasi Renja": _RENJA_ROWS},
        merged={"Evaluasi Renja": _RENJA_MERGES},
        expected=_renja_expected(),
        note=("The Permendagri 86/2017 evaluation of a Renja as a Bappeda's application lays it out: the kode spread "
              "over four columns (urusan, bidang, program, kegiatan; the program row leaves the fourth empty), every "
              "measure a pair of K (performance) and 'Rp. (000)' (thousands of rupiah; two of the Rp headers say "
              "'Rp' and 'Rp.' though the form is in thousands and they hold percentages), the quarter band I–IV "
              "over K | Rp pairs, derived columns 12 to 15 named by their formulas. The form is dated 'Tahun 2019' "
              "and evaluates the RKPD of the year before (n-1), so its figures are 2018. Read: the program and "
              "kegiatan rows, budget the n-1 target Rp (column 7) and realisation the quarters' sum (column 12), "
              "both times 1000; the urusan row above them is a heading without amounts, the RPJMD and n-2 columns "
              "are other periods. Kode and names in the Permendagri 13/2006 style; amounts invented, consistent."),
    ),
]


# ---------------------------------------------------------------- assets

#: Kantor Kelurahan Temmalebba's premises as printed: (no, prasarana, jumlah, keterangan)
_TEMMALEBBA = [
    (1, "Gedung Kantor", 1, "Kondisi baik"), (2, "Ruang Lurah", 1, "Kondisi baik"),
    (3, "Ruang Sekretaris Lurah", 1, "Kondisi baik"), (4, "Ruang Kepala Seksi", 1, "Kondisi baik"),
    (5, "Ruang Pelayanan", 1, "Kondisi baik"), (6, "Ruang Rapat", 1, "Kondisi baik"),
    (7, "Kamar Mandi", 1, "Kondisi baik"), (8, "Dapur", 1, "Kondisi kurang baik"),
    (9, "Tempat Ibadah", 1, "Kondisi baik"), (10, "Halaman Parkir", 1, "Kondisi baik"),
    (11, "Balai Desa", 1, "Kondisi baik"),
]

ASSETS: list[Layout] = [
    Layout(
        id="assets-kelurahan-temmalebba-prasarana-kondisi-keterangan",
        dataset="assets",
        agency=("Kantor Kelurahan Temmalebba, Kecamatan Bara, Kota Palopo, the premises of the kelurahan office "
                "(table quoted in a thesis on the upkeep of its facilities) — kelurahan"),
        source=("https://123dok.com/id/article/hasil-penelitian-metode-penelitian.11973624 — 'B. Hasil Penelitian', "
                "'Tabel 4. 2 Daftar Nama Prasarana Kantor Kelurahan Temmalebba': No | Prasarana yang dimiliki | "
                "Jumlah | Keterangan, 11 rows (the Tabel 4.1 of the office's equipment the text mentions is not on "
                "the page)"),
        year=2022,
        sheets={"Prasarana": [
            ["Tabel 4. 2 Daftar Nama Prasarana Kantor Kelurahan Temmalebba"], [],
            ["No", "Prasarana yang dimiliki", "Jumlah", "Keterangan"],
            *[list(row) for row in _TEMMALEBBA],
        ]},
        merged={"Prasarana": ["A1:D1"]},
        expected=[{"item": name, "good": count if state == "Kondisi baik" else 0,
                   "damaged": 0 if state == "Kondisi baik" else count} for _, name, count, state in _TEMMALEBBA],
        note=("A kelurahan's premises listed by room, one of each, the condition not in B / RR / RB columns but "
              "written as words in 'Keterangan': 'Kondisi baik', and once 'Kondisi kurang baik' (the kitchen), "
              "which a careful analyst counts as not good (damaged). The table's title keeps its 'Tabel 4. 2' "
              "spacing; 'Balai Desa' in a kelurahan as printed. The year is not printed (the study is recent; read "
              "as 2022). Figures as printed."),
    ),
]

CASES: list[Layout] = [*STAFF, *INDICATORS, *BUDGET, *ASSETS]
