"""The forty-first held-out set: INDICATOR and BUDGET tables, two copied cell for cell from published documents found
with the `search` tool (corpus `pages`) and one export layout of a kementerian satker's APBN realisation from public
code filled with invented figures, collected blind to measure the integrated kit on layouts nobody tuned for
(README.md records the cases; the lead measures them). None of the cases was run through the kit: the expectations
are what each table says, read as a careful analyst would.

Kinds and shapes the corpus had none or few of:

- a KEMENTERIAN KESEHATAN vertical hospital's LAKIP 2016 realisation of its Rupiah Murni budget (the stored fragment
  does not name the hospital; kegiatan 2094): KODE | URAIAN | PAGU TERAKHIR (REVISI - VI) | SELF BLOCKING | PAGU
  SETELAH SELF BLOCKING | REALISASI (Rp and an unlabelled %) | SALDO, by output (2094.036.002) › komponen (051) ›
  akun (533111), the three levels of each block printing the same amounts, the komponen code '051' repeated under
  two outputs; the budget the table itself measures against is the pagu AFTER self blocking, not the last revised
  pagu beside it;
- a PROVINSI BLUD hospital's Renstra table (Rumah Sakit Jiwa Menur, Provinsi Jawa Timur, 'Tabel 5.1 Rencana Program,
  Kegiatan, Indikator Kinerja, Kelompok Sasaran, dan Pendanaan Indikatif'): nineteen numbered columns, Tujuan |
  Sasaran | Indikator Sasaran merged down the block, a baseline '(2014)' column, Tahun-1 (2015) … Tahun-4 (2018) ›
  Target | Rp and 'Kondisi Kinerja pada akhir periode Renstra SKPD (2019)' › Target | Rp; targets only (a plan, no
  realisation), and MIXED number formats in one column: '73,59' (a decimal comma, BOR %) beside '41,625' and
  '56,391' (a comma between thousands, visits) and 'Rp' printed '30,626,088,660.00';
- a satker's APBN realisation as exported by a KPPN monitoring application from the SINTESA / MonSAKTI 'Inquiry Data
  Realisasi Belanja' (public code, search index file id 62546161987, exportRealisasiBelanjaToExcel): 29 columns, one
  row per akun, every level (K/L, eselon I, kewenangan, satker, fungsi, subfungsi, program, kegiatan, output/KRO,
  akun, sumber dana) as a code column and a name column whose headers carry the SINTESA column letter ('Kode Program
  (U)', 'Pagu DIPA (AP) (Rp)'), and 'Pagu Blokir (AR) (Rp)' AFTER the percentage: the application's Sisa Pagu and
  Persentase Realisasi are against the whole Pagu DIPA, blocked money included. Figures invented;

The same file's MY INTRESS download (processMyIntressExcel, measures down the rows, jenis belanja across) was
left out: its header text is not in the code, and a layout whose headers are invented is not a real one.

What was searched and not found (corpus `pages`; the stored copies give a document's opening, so most LKjIP/LAKIP
hits are covers, forewords or tables of contents): realisasi anggaran per program of a KECAMATAN (Pilangkenceng
Madiun 2022, Salam Babaris Tapin 2021, Cakranegara Mataram 2017, Satui Tanah Bumbu 2016, Blimbing Malang 2022 whose
Tabel 3.1 is an image, Lengkong and Bojongloa Kidul Bandung: openings only); RSUD tables of target/realisasi/capaian
or anggaran/realisasi (Banyudono Boyolali 2015, Klungkung 2016, Aji Batara Agung Dewa Sakti Kutai Kartanegara 2019,
Muntilan 2017, Polewali 2016, Salatiga 2020, RSU Haji Surabaya 2019: openings only; the Kudus LRA and the Sidoarjo
Renja E.81 are in the corpus); provinsi BADAN (BKD Sulawesi Barat 2020/2021, BKD Bali 2016, BPKAD Jawa Timur 2016:
openings and tables of contents only); RS Jiwa (Aceh 2017, Bali 2015, Soeharto Heerdjan 2016/2019, Sambang Lihum
Renja: openings only); Balai/BBPOM and kementerian units (BBKPM Makassar and Bandung, Balai POM Kupang, Palangka
Raya, Pangkalpinang, Semarang: openings; the BBPOM Yogyakarta Tabel 44, the PPPOMN interim and the Setda Sumatera
Utara Tabel 19 are in the corpus); Kantor Pertanahan (Jakarta Barat, Natuna, Palu, Bangli: openings). Seen and left
out: Inspektorat Sampang's LKjIP 2019 Tabel 3.1 (the stored copy stops after its first row, 'n/a'); the Inspektorat
Jenderal LAKIP 2019 'Tabel III.5 Pengukuran Efisiensi' (its cells run together beyond a faithful reconstruction);
Jawa Barat's 'Buku Tabel' RPJMD matrix (target ranges '69,1-69,5' under a header cut off); the BBPOM Yogyakarta
Tabel 45 (rows are Balai POM, not indicators of one agency). From code: the asrani27/ipb RFK export and the
205411203/sikepo-old IKT page (both in the corpus).
"""

from __future__ import annotations

from layouts.case import W, Layout, budget_row as _b, indicator as _ind

# ------------------------------------------------------------------ Kemenkes hospital, LAKIP 2016, B. Realisasi Anggaran

#: (kode, uraian, pagu terakhir, self blocking, pagu setelah self blocking, realisasi, %, saldo) as printed
_RS = [
    ("2094.036.002", "Gedung dan Bangunan", "4.500.000.000", "502.937.000", "3.997.063.000", "3.994.431.400", "99,93",
     "2.631.600"),
    ("051", "Pembangunan Gedung", "4.500.000.000", "502.937.000", "3.997.063.000", "3.994.431.400", "99,93",
     "2.631.600"),
    ("533111", "Belanja Modal Gedung dan Bangunan", "4.500.000.000", "502.937.000", "3.997.063.000", "3.994.431.400",
     "99,93", "2.631.600"),
    ("2094.038.002", "Pengadaan Peralatan Kesehatan", "2.000.000.000", "18.669.000", "1.981.331.000", "1.929.480.942",
     "97,38", "51.850.058"),
    ("051", "Peralatan dan Mesin", "2.000.000.000", "18.669.000", "1.981.331.000", "1.929.480.942", "97,38",
     "51.850.058"),
    ("532111", "Belanja Modal Peralatan dan Mesin", "2.000.000.000", "18.669.000", "1.981.331.000", "1.929.480.942",
     "97,38", "51.850.058"),
]
_RS_LEVELS = ["program", "kegiatan", "sub_kegiatan"] * 2


def _dots(text: str) -> int:
    """'3.997.063.000' → 3997063000."""
    return int(text.replace(".", ""))


# ------------------------------------------------------------------ RS Jiwa Menur, Renstra, Tabel 5.1

_MENUR_TITLE = ("Tabel 5.1 Rencana Program, Kegiatan, Indikator Kinerja, Kelompok Sasaran, dan Pendanaan Indikatif "
                "Rumah Sakit Jiwa Menur Provinsi Jawa Timur")
_MENUR_TUJUAN = ("1. Meningkatkan mutu pelayanan kesehatan jiwa dan non jiwa di RS, yang meliputi promotif, preventif, "
                 "kuratif, dan rehabilitatif bagi seluruh lapisan masyarakat yang didukung sarana dan prasarana yang "
                 "memadai")
_MENUR_SASARAN = ("1. Meningkatkan mutu pelayanan kesehatan jiwa dan non jiwa yang efisien dan efektif meliputi "
                  "pelayanan promotif, preventif, kuratif, dan rehabilitatif, yang didukung dengan sarana dan prasarana "
                  "yang memadai")
_MENUR_HEADER = ["Tujuan", "Sasaran", "Indikator Sasaran", "Kode", "Program dan Kegiatan",
                 "Indikator Kinerja Program (outcome) dan Kegiatan (output)",
                 "Data Capaian pada Tahun Awal Perencanaan (2014)", "Tahun-1 (2015)", None, "Tahun-2 (2016)", None,
                 "Tahun-3 (2017)", None, "Tahun-4 (2018)", None,
                 "Kondisi Kinerja pada akhir periode Renstra SKPD (2019)", None, "Unit Kerja SKPD Penanggung jawab",
                 "Lokasi"]
_MENUR_RP1 = ["30,626,088,660.00", "27,500,000,000.00", "30,250,000,000.00", "33,275,000,000.00",
              "36,602,500,000.00"]


def _menur_rows() -> list[list]:
    """The title, two header rows, the column numbers and the table's first five rows as printed."""
    def years(targets: list, rps: list) -> list:
        return [cell for pair in zip(targets, rps) for cell in pair]

    blank_rp = [None] * 5
    return [
        [_MENUR_TITLE, *[None] * 18],
        _MENUR_HEADER,
        [None] * 7 + ["Target", "Rp"] * 5 + [None, None],
        [f"({n})" for n in range(1, 20)],
        [_MENUR_TUJUAN, _MENUR_SASARAN, "1. Bed Occupancy rate (BOR) menjadi 74%", "1",
         "Program Peningkatan Pelayanan BLUD", "BOR (Bed Occupancy Rate) (%)", "73,59",
         *years(["72", "73", "73", "74", "74"], _MENUR_RP1), None, None],
        [None, None, "2. Average Length of Stay (ALOS) menjadi 24 hari", None, "Kegiatan Peningkatan Pelayanan RS",
         "1 Jumlah kunjungan rawat jalan (kj.)", "41,625",
         *years(["51,815", "56,391", "61,396", "66,868", "72,855"], _MENUR_RP1), "RS Jiwa Menur", "Surabaya"],
        [None, None, "3. Bed Turn Over (BTO) menjadi 10 kali", None, None, "2 Jumlah pasien rawat inap (orang)",
         "2,679", *years(["3,802", "4,563", "4,563", "5,323", "5,323"], blank_rp), "RS Jiwa Menur", "Surabaya"],
        [None, None, "4. Turn Over Interval (TOI) menjadi 10 hari", None, None,
         "3 Jumlah kunjungan gawat darurat (kj.)", "2,109",
         *years(["2,459", "2,705", "2,975", "3,273", "3,600"], blank_rp), "RS Jiwa Menur", "Surabaya"],
        # the stored copy ends after this row's 2017 Rp: its 2018 Rp, 2019 target and Rp, unit and place are not in it
        [None, None, "5. Persentase indikator SPM yang mencapai target menjadi 85%", "2",
         "Program Peningkatan Sarana dan Prasarana Badan Layanan Umum Daerah", "Indeks Kepuasan Masyarakat", "78,07",
         "85", "4,453,932,000.00", "86", "3,900,000,000.00", "86", "3,835,000,000.00", "86", None, None, None, None,
         None],
    ]


_MENUR_MERGED = ["A1:S1", *[f"{c}2:{c}3" for c in "ABCDEFGRS"], "H2:I2", "J2:K2", "L2:M2", "N2:O2", "P2:Q2",
                 "A5:A9", "B5:B9", "E6:E8", "I6:I8", "K6:K8", "M6:M8", "O6:O8", "Q6:Q8"]

# ------------------------------------------------------------------ SINTESA realisasi belanja export (invented)

_SINTESA_SOURCE = ("public GitHub TypeScript module of a KPPN monitoring application (search index file id "
                   "62546161987): exportRealisasiBelanjaToExcel() — XLSX.utils.json_to_sheet of 29 keys in order, "
                   "sheet 'SINTESA Realisasi Belanja', file 'Data_Realisasi_Belanja_SINTESA_KPPN.xlsx'; the "
                   "records from processRealisasiBelanjaExcel() (SINTESA / MonSAKTI 'Inquiry Data' columns A … AD, "
                   "AP pagu_dipa, AQ realisasi, AR blokir; sisaPagu = max(0, pagu − realisasi), persenRealisasi = "
                   "realisasi / pagu × 100, toFixed(2))")
_SINTESA_HEADER = ["No", "Kode K/L (B)", "Kementerian / Lembaga (B)", "Kode Eselon I (C)", "Uraian Eselon I (D)",
                   "Kode Kewenangan (E)", "Uraian Kewenangan (F)", "Kode Satker (O)", "Nama Satuan Kerja (P)",
                   "Kode Fungsi (Q)", "Uraian Fungsi (R)", "Kode Subfungsi (S)", "Uraian Subfungsi (T)",
                   "Kode Program (U)", "Uraian Program (V)", "Kode Kegiatan (W)", "Uraian Kegiatan (X)",
                   "Kode Output/KRO (Y)", "Uraian Output KRO (Z)", "Kode Akun 6-Digit (AA)", "Uraian Akun (AB)",
                   "Jenis Belanja", "Kode Sumber Dana (AC)", "Uraian Sumber Dana (AD)", "Pagu DIPA (AP) (Rp)",
                   "Realisasi (AQ) (Rp)", "Sisa Pagu (Rp)", "Persentase Realisasi (%)", "Pagu Blokir (AR) (Rp)"]
_SATKER = ("409871", "BALAI LABORATORIUM KESEHATAN MASYARAKAT WILAYAH TENGAH")  # invented code and name
_WA = ("024.05.WA", "Program Dukungan Manajemen")
_DO = ("024.05.DO", "Program Pencegahan dan Pengendalian Penyakit")
_K_WA = ("6411", "Dukungan Manajemen Pelaksanaan Program Laboratorium Kesehatan Masyarakat")
_K_DO = ("6410", "Penyelenggaraan Layanan Laboratorium Kesehatan Masyarakat")
_EBA = ("6411.EBA", "Layanan Dukungan Manajemen Internal")
_EBB = ("6411.EBB", "Layanan Sarana dan Prasarana Internal")
_BKB = ("6410.BKB", "Layanan Pemeriksaan Laboratorium Kesehatan Masyarakat")
_JENIS = {"51": "Belanja Pegawai (51)", "52": "Belanja Barang (52)", "53": "Belanja Modal (53)"}
#: invented akun lines: (program, kegiatan, KRO, akun, uraian akun, pagu DIPA, realisasi, blokir)
_SINTESA = [
    (_WA, _K_WA, _EBA, "511111", "Belanja Gaji Pokok PNS", 2_412_000_000, 2_198_340_000, 0),
    (_WA, _K_WA, _EBA, "511121", "Belanja Tunj. Suami/Istri PNS", 164_000_000, 149_822_000, 0),
    (_WA, _K_WA, _EBA, "521111", "Belanja Keperluan Perkantoran", 380_000_000, 301_455_500, 25_000_000),
    (_WA, _K_WA, _EBB, "532111", "Belanja Modal Peralatan dan Mesin", 450_000_000, 0, 450_000_000),
    (_DO, _K_DO, _BKB, "521211", "Belanja Bahan", 620_000_000, 512_760_000, 0),
    (_DO, _K_DO, _BKB, "524111", "Belanja Perjalanan Dinas Biasa", 210_000_000, 176_400_000, 30_000_000),
]


def _sintesa_rows() -> list[list]:
    """The header row of json_to_sheet and one row per akun line, raw numbers as the sheet holds them."""
    rows = [list(_SINTESA_HEADER)]
    for no, (program, kegiatan, kro, akun, uraian, pagu, real, blokir) in enumerate(_SINTESA, start=1):
        rows.append([no, "024", "KEMENTERIAN KESEHATAN", "024.05", "DITJEN PENCEGAHAN DAN PENGENDALIAN PENYAKIT",
                     "KD", "Kantor Daerah", *_SATKER, "07", "KESEHATAN", "07.04", "PELAYANAN KESEHATAN MASYARAKAT",
                     *program, *kegiatan, *kro, akun, uraian, _JENIS[akun[:2]], "01", "Rupiah Murni (RM)", pagu, real,
                     max(0, pagu - real), round(real / pagu * 100, 2), blokir])
    return rows


def _sintesa_expected() -> list[dict]:
    """Program › kegiatan › output (KRO), each the sum of its akun lines, in the order they first stand."""
    expected: list[dict] = []
    seen: dict[tuple, list[int]] = {}
    order: list[tuple] = []
    for program, kegiatan, kro, _, _, pagu, real, _ in _SINTESA:
        for level, item in (("program", program), ("kegiatan", kegiatan), ("sub_kegiatan", kro)):
            key = (level, item)
            if key not in seen:
                seen[key] = [0, 0]
                order.append(key)
            seen[key][0] += pagu
            seen[key][1] += real
    for level, item in order:
        expected.append(_b(level, item[1], *seen[(level, item)]))
    return expected


CASES: list[Layout] = [
    Layout(
        id="budget-rs-kemenkes-2016-realisasi-rm-self-blocking-output-komponen-akun",
        dataset="budget",
        agency=("a Kementerian Kesehatan vertical hospital (UPT of the Ditjen Pelayanan Kesehatan; the stored fragment "
                "does not name it), LAKIP 2016, 'B. REALISASI ANGGARAN', Anggaran Rupiah Murni — kementerian UPT "
                "(rumah sakit, BLU)"),
        source=("https://text-id.123dok.com/document/6zk12x7mq-realisasi-anggaran-akuntabilitas-kinerja.html — the "
                "fragment 'realisasi anggaran akuntabilitas kinerja' of a 2016 LAKIP: the end of its indicator table "
                "(rows 103-109, SPI and procurement indicators) and 'B. REALISASI ANGGARAN: Realisasi anggaran belanja "
                "tahun 2016 adalah sebagai berikut : Anggaran Rupiah Murni :' KODE | URAIAN | PAGU TERAKHIR (REVISI - "
                "VI) | SELF BLOCKING | PAGU SETELAH SELF BLOCKING | REALISASI | SALDO"),
        year=2016,
        sheets={"Realisasi Anggaran": [
            ["B.  REALISASI ANGGARAN", *[None] * 7],
            ["Realisasi anggaran belanja tahun 2016 adalah sebagai berikut : Anggaran  Rupiah Murni :", *[None] * 7],
            ["KODE", "URAIAN", "PAGU TERAKHIR", "SELF BLOCKING", "PAGU SETELAH SELF BLOCKING", "REALISASI", None,
             "SALDO"],
            [None, None, "REVISI - VI", None, None, None, None, None],
            *[list(row) for row in _RS],
        ]},
        merged={"Realisasi Anggaran": ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "D3:D4", "E3:E4", "F3:G4", "H3:H4"]},
        expected=[_b(level, name, _dots(after), _dots(real))
                  for level, (_, name, _, _, after, real, _, _) in zip(_RS_LEVELS, _RS)],
        findings=(),
        note=("A K/L hospital's Rupiah Murni realisation by RKA-K/L level: output '2094.036.002' / '2094.038.002' "
              "(read as program), komponen '051' (kegiatan; the same code under both outputs, a different komponen "
              "each time) and six-digit akun (sub-kegiatan), each level printing the same amounts as the one above "
              "it (one komponen, one akun per output). Two pagu columns: PAGU TERAKHIR (the DIPA's sixth revision, "
              "'REVISI - VI' printed under the header) and PAGU SETELAH SELF BLOCKING = PAGU TERAKHIR − SELF "
              "BLOCKING; the table measures against the second: the unlabelled percentage beside REALISASI (99,93 = "
              "3.994.431.400 / 3.997.063.000; 97,38) and SALDO (2.631.600 = 3.997.063.000 − 3.994.431.400) are both "
              "against the pagu after self blocking, so that is the year's budget (against PAGU TERAKHIR the "
              "spending would be 88,77 % and 96,47 %). Every figure holds: no published mistake. Amounts with dots "
              "between thousands, percentages with a decimal comma, all as printed text. The percentage column has "
              "no header of its own in the stored text ('REALISASI SALDO' over three columns of figures): REALISASI "
              "is merged over the amount and the percentage here. The stored fragment runs on into '2094.994 "
              "Layanan Perkantoran › 001 / A Pembayaran Gaji dan Tunjangan' (48.903.233.000 | 582.051.000 | "
              "48.321.182.000 | 48.292.971.551 | 99,94 | 28.210.449) and its akun 511111 … 511122, then stops in the "
              "middle of 511123; that block is left out (copied up to 511122 its akun would not add up to its "
              "printed total: a mistake of the copy, not of the table). The hospital is not named in the stored "
              "fragment."),
    ),
    Layout(
        id="ind-rsj-menur-jatim-renstra-tabel-5-1-target-rp-tanpa-realisasi-koma-ganda",
        dataset="indicators",
        agency=("Rumah Sakit Jiwa Menur, Pemerintah Provinsi Jawa Timur (a BLUD), Renstra 2015-2019 — provinsi rumah "
                "sakit (RSJ, BLUD)"),
        source=("https://adoc.pub/download/tahun-1-2015-tahun-2-2016-tahun-3-2017-tahun-4-2018-target-r.html — "
                "'Tabel 5.1 Rencana Program, Kegiatan, Indikator Kinerja, Kelompok Sasaran, dan Pendanaan Indikatif "
                "Rumah Sakit Jiwa Menur Provinsi Jawa Timur' (the stored copy holds its first rows, up to Program 2's "
                "2017 Rp)"),
        year=2016,
        sheets={"Tabel 5.1": _menur_rows()},
        merged={"Tabel 5.1": _MENUR_MERGED},
        expected=[
            _ind("BOR (Bed Occupancy Rate)", 73.0, None),
            _ind("Jumlah kunjungan rawat jalan", 56391.0, None),
            _ind("Jumlah pasien rawat inap", 4563.0, None),
            _ind("Jumlah kunjungan gawat darurat", 2705.0, None),
            _ind("Indeks Kepuasan Masyarakat", 86.0, None),
        ],
        # a plan has no realisation: the report's chapter needs one, as the kit warns (the Sumedang Renstra case too)
        findings=((W, "field_empty"),),
        note=("A Renstra (plan): targets and money per year, no realisation at all; for 2016 the 'Tahun-2 (2016)' "
              "Target column (J) is the year's target, and none of the indicators has a realisation (None, not 0). "
              "The program's outcome indicator (BOR) and the kegiatan's three output indicators numbered '1' … '3' "
              "(list markers, not part of the names), then Program 2's IKM. The 'Indikator Sasaran' column C holds "
              "five sasaran indicators with their END-OF-PERIOD target in the text ('menjadi 74%', '24 hari'), one "
              "per row beside the program rows, not this year's figures. Numbers as text in TWO conventions in the "
              "same columns: '73,59' (BOR baseline, a decimal comma) and '41,625' / '56,391' / '4,563' (visits and "
              "patients, a comma between thousands: 56391 visits and 4563 in-patients, not 56.391 and 4.563 read as "
              "decimals) and 'Rp' '30,626,088,660.00' (English format). The Rp of the "
              "program's one kegiatan stands once for its three indicators (merged here, I6:I8 …) and repeats the "
              "program's. The 2019 column is 'Kondisi Kinerja pada akhir periode Renstra', whose Rp (36,602,500,000) "
              "is one year's, not the five-year total the Permendagri 54/2010 form asks for. The stored text "
              "interleaves the Tujuan and Sasaran cells word by word; they are restored here. It ends after Program "
              "2's 2017 Rp: its 2018 Rp, 2019 target and Rp, unit and place are left empty (not in the copy). "
              "Polarity of BOR (an occupancy within a band) is not stated; all read as higher-is-better. After measuring: "
              "the field_empty warning is expected (no realisation for the year, which the report needs), as for the "
              "Sumedang Renstra of the second set."),
    ),
    Layout(
        id="budget-sintesa-kppn-realisasi-belanja-akun-kolom-huruf-blokir-terpisah",
        dataset="budget",
        agency=("a Kementerian Kesehatan UPT (balai laboratorium; satker code and name invented) as a KPPN's "
                "monitoring application exports its SINTESA / MonSAKTI realisation — kementerian satker export "
                "(figures invented)"),
        source=_SINTESA_SOURCE,
        year=2024,
        sheets={"SINTESA Realisasi Belanja": _sintesa_rows()},
        expected=_sintesa_expected(),
        findings=(),
        note=("A flat export, one header row (json_to_sheet keys) and one row per akun line with raw numbers, the "
              "hierarchy only in code/name column PAIRS: Kode Program (U) / Uraian Program (V), Kode Kegiatan (W) / "
              "Uraian Kegiatan (X), Kode Output/KRO (Y) / Uraian Output KRO (Z), Kode Akun 6-Digit (AA) / Uraian "
              "Akun (AB), beside the K/L, eselon I, kewenangan, satker, fungsi and subfungsi pairs (one value each "
              "here). Read as the careful analyst sums it: program › kegiatan › output (KRO, sub-kegiatan level), "
              "each the sum of its akun lines. Budget = Pagu DIPA (AP): the application's Sisa Pagu and Persentase "
              "Realisasi are against it; Pagu Blokir (AR), the last column, is money of that pagu that cannot be "
              "spent (the whole 450.000.000 of the one capital line, so 0 % realised), NOT subtracted by the export "
              "(a reader who wants the pagu efektif must subtract it: not what the table says). 'Jenis Belanja' is "
              "the application's label from the akun's first two digits. Header labels carry the SINTESA column "
              "letter in brackets (two headers say '(B)' for the K/L code and name). Codes and names in RKA-K/L "
              "form, satker and figures invented."),
    ),
]
