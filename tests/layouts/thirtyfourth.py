"""The thirty-fourth held-out set: INDICATOR and BUDGET layouts of Renja/RKPD evaluation forms (Permendagri 86/2017
evaluation tables with triwulan bands), collected blind, to measure the integrated kit on layouts nobody tuned for
(README.md records the cases; the lead measures them).

Kinds and shapes the corpus had none of:

- a KABUPATEN's 'Evaluasi terhadap hasil RKPD' from its LKPJ application's Excel export (public code, github
  sfynsss/lkpj-jemberkab-new resources/views/pages/export/laporan_urusan.blade.php, search index file id 108966329): 17
  numbered columns, No | Sasaran | Kode | Urusan/Program/Kegiatan | Indikator, then eleven K | Rp pairs (Target RPJMD,
  Realisasi RPJMD s/d RKPD tahun lalu, Target Kinerja dan Anggaran RKPD, Realisasi Kinerja pada Triwulan I … IV,
  Realisasi Capaian, Tingkat Capaian '14=13/8*100', Realisasi RPJMD s/d tahun ini '15=7+13', Tingkat Capaian RPJMD
  '16=14/6x100') and Perangkat Daerah Penanggung Jawab; urusan, bidang urusan, SKPD, program and kegiatan lines with the
  code in 'Kode' and the name merged over the 25 columns after it; only sub kegiatan lines carry an indicator and
  figures; the running number counts every line and starts at 2; the year's realisation printed in the 'I' pair whatever
  the triwulan; two 'Rata-rata capaian kinerja (%)' lines and four 'Faktor …' / 'Tindak lanjut …' lines;
- a KOTA OPD's 'Evaluasi Terhadap Hasil Renja Perangkat Daerah' print from the kota's budgeting application (public
  code, github ariefs66/sira_hibah_v4 resources/views/monev/pdf.blade.php, search index file id 2905607021): No |
  Sasaran | Program/ Kegiatan | Indikator Kinerja Program (outcome)/Kegiatan(output), ten K | Rp pairs numbered 5 …
  14 ('13=6+12', '14=13/5x100%') under a 'Realisasi Kinerja Pada Triwulan (Rp)' band numbered 1 … 4, Unit PD
  Penanggung Jawab; the Renja's anggaran in column 7's Rp, the year's realisation in column 12's Rp for kegiatan only
  (program lines have none), the triwulan K cells holding the figure and the PROGRAM's unit (also on kegiatan lines),
  amounts as number_format(…, 0, ',', '.') text; footer lines and a signature block dated by the view itself.
- a kabupaten OPD's wp-sipd 'Monitoring dan Evaluasi Rencana Strategis' page (public GitHub wp-sipd plugin, search
  index file id 2527442099): 38 columns under five header rows, K split into Volume | Satuan beside Rp, a triwulan
  band I | II | III | 'VI', tujuan / sasaran / program / kegiatan names each in its own column, a line's indicators
  STACKED in one cell (joined by two line breaks) with their targets and units stacked alike, no realisation at all,
  and the sasaran's targets lost by the view;
- a kabupaten's 'Evaluasi Terhadap Hasil RKPD' print from its monev application (Kabupaten Morowali, search index
  file id 45407442284): 24 columns numbered one by one, K | Rp pairs for targets, last year, the evaluated year,
  triwulan I … IV (cumulative, 0 where empty) and the year's realisation, two single RPJMD columns, codes chained from
  the RPJMD's misi/tujuan/sasaran, a title year one after the evaluated year.

Export layouts from public code, filled with invented figures; no person appears (the signature block has no names in
the view). Expectations are what each table says, never what the kit reads: none of the cases was run through the kit.

What was searched and not found (corpus `code`, `pages`): an e-SAKIP 'Perjanjian Kinerja' print with target per
triwulan (only dashboards and demo React pages); a SAKTI 'Capaian Output' export's column list (only the DJPb
user-manual text, no column list usable as a table); the afilamediakarya/demonev Renja evaluation form is in the
corpus already and was left out.
"""

from __future__ import annotations

from layouts.case import W, budget_row as _b, indicator as _ind, Layout, rupiah

# ---------------------------------------------------------- indicators: a kabupaten's RKPD evaluation (LKPJ app)

_COLS = 28  # A … AB

#: (kind, code, name, indicator, target, realisation, pagu, serapan); kinds other than 'sub' are heading lines
_RKPD_LINES: list[tuple] = [
    ("urusan", "2", "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR"),
    ("bidang", "2.16", "URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA"),
    ("skpd", "2.16.2.20.0.00.01.0000", "Dinas Komunikasi dan Informatika"),
    ("program", "2.16.02", "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK"),
    ("kegiatan", "2.16.02.2.01", "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota"),
    ("sub", "2.16.02.2.01.01", "Perumusan Kebijakan Teknis di Bidang Informasi dan Komunikasi Publik",
     "Jumlah Dokumen Kebijakan Teknis Bidang Informasi dan Komunikasi Publik", 12, 12, 85_000_000, 81_250_000),
    ("sub", "2.16.02.2.01.02", "Monitoring Opini dan Aspirasi Publik",
     "Jumlah Laporan Hasil Monitoring Opini dan Aspirasi Publik", 4, 4, 140_000_000, 131_600_000),
    ("program", "2.16.03", "PROGRAM APLIKASI INFORMATIKA"),
    ("kegiatan", "2.16.03.2.02", "Pengelolaan E-government Di Lingkup Pemerintah Daerah Kabupaten/Kota"),
    ("sub", "2.16.03.2.02.01", "Pengelolaan Nama Domain yang telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain "
     "di Lingkup Pemerintah Daerah Kabupaten/Kota", "Persentase Sub Domain Perangkat Daerah yang Aktif", 100, 95,
     60_000_000, 57_900_000),
    ("sub", "2.16.03.2.02.02", "Pengelolaan e-government di Lingkup Pemerintah Daerah Kabupaten/Kota",
     "Persentase Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah", 100, 100, 1_350_000_000, 1_296_400_000),
]


def _currency(amount: int) -> str:
    """The view's @currency directive as such Laravel apps define it: 'Rp. ' and dots between thousands."""
    return "Rp. " + rupiah(amount)


def _rkpd_rows() -> tuple[list[list], list[str]]:
    pairs = ["K", "Rp"] * 11
    rows: list[list] = [
        [None] * _COLS,
        ["EVALUASI TERHADAP HASIL RKPD\nPEMERINTAH KABUPATEN JEMBER\nTAHUN 2021 TRIWULAN IV"] + [None] * (_COLS - 1),
        ["No", "Sasaran", "Kode", "Urusan/\nProgram/\nKegiatan",
         "Indikator Kinerja\nProgram\n(Outcome)/\nKegiatan\n(Output)",
         "Target RPJMD \nKabupaten/Kota\npada\nTahun 2021", None,
         "Realisasi\nCapaian Kinerja\nRPJMD\nKabupaten/Kota\nsampai dengan\nRKPD\nKabupaten/Kota\nTahun 2020", None,
         "Target Kinerja\ndan Anggaran\nRKPD\nKabupaten/Kota\nTahun 2021\nyang dievaluasi", None,
         "Realisasi Kinerja\npada Triwulan"] + [None] * 7 + [
         "Realisasi\nCapaian Kinerja\ndan Anggaran\nRKPD\nKabupaten/Kota\nyang Dievaluasi", None,
         "Tingkat\nCapaian Kinerja\ndan Realisasi Anggaran\nRKPD\nKabupaten/Kota\nyang Dievaluasi", None,
         "Realisasi\nKinerja dan\nAnggaran\nRPJMD\nKabupaten/Kota\ns/d Tahun 2021", None,
         "Tingkat Capaian\nKinerja dan\nRealisasi\nAnggaran\nRPJMD\nKabupaten/Kota\ns/d tahun 2021\n(%)", None,
         "Perangkat\nDaerah\nPenanggung\nJawab"],
        [None] * 11 + ["I", None, "II", None, "III", None, "IV", None] + [None] * 9,
        ["1", "2", "3", "4", "5", "6", None, "7", None, "8", None, "9", None, "10", None, "11", None, "12", None, "13",
         None, "14=13/8*100", None, "15=7+13", None, "16=14/6x100", None, "17"],
        [None] * 5 + pairs + [None],
    ]
    merged = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G4", "H3:I4", "J3:K4", "L3:S3", "T3:U4", "V3:W4",
              "X3:Y4", "Z3:AA4", "AB3:AB4", "L4:M4", "N4:O4", "P4:Q4", "R4:S4",
              "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:G5", "H5:I5", "J5:K5", "L5:M5", "N5:O5", "P5:Q5",
              "R5:S5", "T5:U5", "V5:W5", "X5:Y5", "Z5:AA5", "AB5:AB6"]
    number = 1
    for line in _RKPD_LINES:
        number += 1
        r = len(rows) + 1
        if line[0] != "sub":
            rows.append([number, None, line[1], line[2]] + [None] * (_COLS - 4))
            merged.append(f"D{r}:AB{r}")
            continue
        _, code, name, ind, target, real, pagu, serapan = line
        # the view prints the realisation and serapan again in 'Tingkat Capaian' (14) instead of 13/8*100
        rows.append([number, None, code, name, ind, None, None, None, None, target, _currency(pagu), real, serapan]
                    + [None] * 6 + [real, serapan, real, serapan] + [None] * 5)
    for label in ("Rata-rata capaian kinerja (%)", "Rata-rata capaian kinerja (%)"):
        r = len(rows) + 1
        rows.append([label] + [None] * (_COLS - 1))
        merged.append(f"A{r}:S{r}")
    for label in ("Faktor pendorong keberhasilan:", "Faktor penghambat pencapaian kinerja:",
                  "Tindak lanjut yang diperlukan dalam triwulan berikutnya:",
                  "Tindak lanjut yang diperlukan dalam RKPD berikutnya:"):
        r = len(rows) + 1
        rows.append([label] + [None] * (_COLS - 1))
        merged += [f"A{r}:D{r}", f"E{r}:AB{r}"]
    return rows, merged


_RKPD_ROWS, _RKPD_MERGED = _rkpd_rows()

_RKPD_EXPECTED = [_ind(line[3], float(line[4]), float(line[5])) for line in _RKPD_LINES if line[0] == "sub"]

# ---------------------------------------------------------- budget: a kota OPD's Renja evaluation (budgeting app)

_SASARAN = ("Meningkatnya kualitas pelayanan administrasi perangkat daerah",
            "Meningkatnya keselamatan dan ketertiban lalu lintas")

#: program (sasaran index, name, outcome, unit, T1..T4), then its kegiatan (name, output, anggaran, realisasi, T1..T4)
_RENJA: list[tuple[tuple, list[tuple]]] = [
    ((0, "Program Pelayanan Administrasi Perkantoran", "Persentase pelayanan administrasi perkantoran", "%",
      (25, 50, 75, 100)),
     [("Penyediaan Jasa Surat Menyurat", "Jumlah surat yang terkirim", 24_000_000, 22_850_000, (20, 45, 70, 95)),
      ("Penyediaan Jasa Kebersihan Kantor", "Jumlah bulan layanan kebersihan kantor", 180_000_000, 176_400_000,
       (25, 50, 75, 100))]),
    ((1, "Program Peningkatan dan Pengamanan Lalu Lintas", "Persentase kelengkapan fasilitas perlengkapan jalan", "%",
      (10, 35, 70, 95)),
     [("Pengadaan Rambu-rambu Lalu Lintas", "Jumlah rambu lalu lintas terpasang", 1_250_000_000, 1_187_500_000,
       (0, 30, 65, 100)),
      ("Rehabilitasi/Pemeliharaan Traffic Light", "Jumlah simpang ber-APILL terpelihara", 740_000_000, 702_300_000,
       (15, 40, 75, 95))]),
]

_SKPD = "Dinas Perhubungan"


def _k(value: int, unit: str) -> str:
    """A triwulan K cell as the view prints it: the figure, a space and the program's unit."""
    return f"{value} {unit}"


def _renja_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        ["Evaluasi Terhadap Hasil Renja Perangkat Daerah Lingkup Kota Bandung\nRenja Perangkat Daerah SKPD "
         f"{_SKPD} Kota Bandung\nPeriode Pelaksanaan : 2017"],
        [],
        ["Indikator dan target Kinerja Perangkat Daerah Kota yang mengacu pada sasaran RKPD :"],
        [],
        ["No", "Sasaran", "Program/ Kegiatan", "Indikator Kinerja Program (outcome)/Kegiatan(output)",
         "Target Renstra Perangkat Daerah Pada Tahun 2017 (Akhir Periode Renstra Perangkat Daerah)", None,
         "Realisasi Capaian Kinerja  Renstra PD sampai dengan PD tahun lalu (n-2)", None,
         "Target Kinerja dan Anggaran Renja PD tahun berjalan (Tahun n-1) yang di evaluasi", None,
         "Realisasi Kinerja Pada Triwulan \n(Rp)"] + [None] * 7 + [
         "Realisasi Capaian Kinerja dan Anggaran Renja PD yang di Evaluasi", None,
         "Realisasi Kinerja dan Anggaran Renstra PD s/d tahun 2017 PD yang di Evaluasi", None,
         "Tingkat Capaian Kinerja dan Realisasi Anggaran Resntra PD s/d tahun 2017(%) ", None,
         "Unit PD Penanggung Jawab"],
        [None] * 10 + ["1", None, "2", None, "3", None, "4", None] + [None] * 7,
        ["1", "2", "3", "4", "5", None, "6", None, "7", None, "8", None, "9", None, "10", None, "11", None, "12", None,
         "13=6+12", None, "14=13/5x100%", None, "15"],
        [None] * 4 + ["K", "Rp"] * 10 + [None],
    ]
    merged = ["A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:F6", "G5:H6", "I5:J6", "K5:R5", "S5:T6", "U5:V6", "W5:X6",
              "Y5:Y6", "K6:L6", "M6:N6", "O6:P6", "Q6:R6",
              "A7:A8", "B7:B8", "C7:C8", "D7:D8", "E7:F7", "G7:H7", "I7:J7", "K7:L7", "M7:N7", "O7:P7", "Q7:R7",
              "S7:T7", "U7:V7", "W7:X7", "Y7:Y8"]
    number = 1
    for (s, prog, outcome, unit, tw), kegiatan in _RENJA:
        anggaran = sum(k[2] for k in kegiatan)
        rows.append([number, _SASARAN[s], prog, outcome, None, None, None, None, None, rupiah(anggaran),
                     _k(tw[0], unit), None, _k(tw[1], unit), None, _k(tw[2], unit), None, _k(tw[3], unit), None,
                     None, None, None, None, None, None, _SKPD])
        number += 1
        for name, output, budget, real, ktw in kegiatan:
            rows.append([number, _SASARAN[s], "\u00a0\u00a0" + name, output, None, None, None, None, None,
                         rupiah(budget), _k(ktw[0], unit), None, _k(ktw[1], unit), None, _k(ktw[2], unit), None,
                         _k(ktw[3], unit), None, None, rupiah(real), None, None, None, None, _SKPD])
            number += 1
    for label in ("Rata-rata capaian kinerja (%)", "Predikat kinerja"):
        r = len(rows) + 1
        rows.append([label] + [None] * 24)
        merged += [f"A{r}:J{r}", f"U{r}:Y{r}"]
    for label in ("Faktor pendorong keberhasilan kinerja : ", "Faktor penghambat pencapaian kinerja : ",
                  "Tindak Lanjut yang diperlukan dalam triwulan berikutnya : ",
                  "Tindak Lanjut yang diperlukan dalam Renja Perangkat Daerah : "):
        r = len(rows) + 1
        rows.append([label] + [None] * 24)
        merged.append(f"A{r}:Y{r}")
    rows += [
        [None, "Disusun", "Dievaluasi"],
        [None, "Disusun, 20 Maret 2018", "Bandung, 20 Maret 2018"],
        [],
        [],
        [None, None],
    ]
    return rows, merged


_RENJA_ROWS, _RENJA_MERGED = _renja_rows()

_RENJA_EXPECTED: list[dict] = []
for (_s, _prog, _o, _u, _t), _kegiatan in _RENJA:
    # the program line prints no realisation: the report gives it its kegiatan's
    _RENJA_EXPECTED.append(_b("program", _prog, sum(k[2] for k in _kegiatan), sum(k[3] for k in _kegiatan)))
    _RENJA_EXPECTED += [_b("kegiatan", k[0], k[2], k[3]) for k in _kegiatan]

# ------------------------------------------------------------------ indicators: wp-sipd's Renstra monitoring page

_BR = " \n\n "  # the page joins a line's indicators with ' </br><br> ': two line breaks in the pasted cell
_MONEV_COLS = 38  # A … AL
_MONEV_SKPD = "Dinas Kesehatan"

#: (kind, name, [(indicator, target at the end of the Renstra, target of 2022, unit)]); the sasaran's targets are lost
_MONEV_LINES: list[tuple[str, str, list[tuple[str, str | None, str | None, str]]]] = [
    ("tujuan", "Meningkatkan derajat kesehatan masyarakat",
     [("Usia Harapan Hidup", "72,50", "71,90", "Tahun")]),
    ("sasaran", "Meningkatnya kualitas pelayanan kesehatan ibu dan anak",
     [("Angka Kematian Ibu", None, None, "per 100.000 KH"), ("Angka Kematian Bayi", None, None, "per 1.000 KH")]),
    ("program", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
     [("Persentase fasilitas kesehatan yang terakreditasi", "100", "80", "%"),
      ("Persentase penduduk yang memiliki jaminan kesehatan", "98", "95", "%")]),
    ("kegiatan", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
     [("Jumlah puskesmas yang melaksanakan pelayanan sesuai standar", "22", "20", "Unit")]),
    ("kegiatan", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
     [("Jumlah fasilitas kesehatan yang dibangun atau direhabilitasi", "12", "3", "Unit")]),
]

_NAME_COLUMN = {"tujuan": 1, "sasaran": 2, "program": 4, "kegiatan": 4}


def _joined(values) -> str | None:
    """The cell of a line's indicators: every indicator's value joined as the page joins them; nothing when all are
    empty (the page prints only the separators, which a paste leaves as a blank cell)."""
    if all(v is None for v in values):
        return None
    return _BR.join("" if v is None else v for v in values)


def _monev_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        [f"Monitoring dan Evaluasi Rencana Strategis \n1.02.0.00.0.00.01.0000\u00a0{_MONEV_SKPD}\nTahun 2022 "
         "Kabupaten Sukamaju"] + [None] * (_MONEV_COLS - 1),
        ["No", "Tujuan", "Sasaran", "Kode", "Program, Kegiatan",
         "Indikator Kinerja Tujuan, Sasaran, Program(outcome) dan Kegiatan (output)",
         "Target Renstra SKPD pada Tahun 2021 s/d 2026 (periode Renstra SKPD)", None, None,
         "Realisasi Capaian Kinerja Renstra SKPD sampai dengan Renja SKPD Tahun Lalu", None, None,
         "Target kinerja dan anggaran Renja SKPD Tahun Berjalan Tahun 2022 yang dievaluasi", None, None,
         "Realisasi Kinerja Pada Triwulan"] + [None] * 11 + [
         "Realisasi Capaian Kinerja dan Anggaran Renja SKPD yang dievaluasi", None, None,
         "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja yang dievaluasi (%)", None,
         "Realisasi Kinerja dan Anggaran Renstra SKPD s/d Tahun 2022 (Akhir Tahun Pelaksanaan Renja SKPD)", None, None,
         "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra SKPD s/d tahun 2022 (%)", None,
         "Unit OPD Penanggung Jawab"],
        [None] * 15 + ["I", None, None, "II", None, None, "III", None, None, "VI", None, None] + [None] * 11,
        [None, "0", "1", "2", "3", "4", "5", None, None, "6", None, None, "7", None, None, "8", None, None, "9", None,
         None, "10", None, None, "11", None, None, "12 = 8+9+10+11", None, None, "13 = 12/7x100", None,
         "14 = 6 + 12", None, None, "15 = 14/5 x100", None, "16"],
        [None] * 6 + ["K", None, "Rp"] * 8 + ["K", "Rp", "K", None, "Rp", "K", "Rp", None],
        [None] * 6 + ["Volume", "Satuan", None] * 8 + [None, None, "Volume", "Satuan", None, None, None, None],
    ]
    merged = ["A2:A6", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:I3", "J2:L3", "M2:O3", "P2:AA2", "AB2:AD3",
              "AE2:AF3", "AG2:AI3", "AJ2:AK3", "AL2:AL3", "P3:R3", "S3:U3", "V3:X3", "Y3:AA3",
              "B4:B6", "C4:C6", "D4:D6", "E4:E6", "F4:F6", "G4:I4", "J4:L4", "M4:O4", "P4:R4", "S4:U4", "V4:X4",
              "Y4:AA4", "AB4:AD4", "AE4:AF4", "AG4:AI4", "AJ4:AK4", "AL4:AL6",
              "G5:H5", "I5:I6", "J5:K5", "L5:L6", "M5:N5", "O5:O6", "P5:Q5", "R5:R6", "S5:T5", "U5:U6", "V5:W5",
              "X5:X6", "Y5:Z5", "AA5:AA6", "AB5:AC5", "AD5:AD6", "AE5:AE6", "AF5:AF6", "AG5:AH5", "AI5:AI6",
              "AJ5:AJ6", "AK5:AK6"]
    for kind, name, indicators in _MONEV_LINES:
        row: list = [None] * _MONEV_COLS
        row[_NAME_COLUMN[kind]] = name
        row[5] = _BR.join(i[0] for i in indicators)
        units = _BR.join(i[3] for i in indicators)
        row[6], row[7] = _joined([i[1] for i in indicators]), units
        row[12], row[13] = _joined([i[2] for i in indicators]), units
        row[37] = _MONEV_SKPD
        rows.append(row)
    return rows, merged


_MONEV_ROWS, _MONEV_MERGED = _monev_rows()


def _number(text: str | None) -> float | None:
    return None if text is None else float(text.replace(",", "."))


_NEGATIVE = ("Angka Kematian",)

_MONEV_EXPECTED = [_ind(ind, _number(target), None, "negative" if ind.startswith(_NEGATIVE) else "positive")
                   for _, _, indicators in _MONEV_LINES for ind, _, target, _ in indicators]

# ---------------------------------------------------------- indicators: a kabupaten's RKPD evaluation (monev app)

_MW_SASARAN = "Meningkatnya produksi dan produktivitas pertanian"

#: heading lines (kind, code, name), then indicator lines: (kind, code, name, indicator, Renstra target and Rp of the
#: year, last year's TW IV K and Rp, the evaluated year's target and Rp, K by triwulan, Rp by triwulan (cumulative),
#: PD)
_MW_LINES: list[tuple] = [
    ("urusan", "3", "URUSAN PEMERINTAHAN PILIHAN"),
    ("bidang", "3.27", "PERTANIAN"),
    ("program", "3.27.2.1.3.02", "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
     "Persentase ketersediaan sarana pertanian", (85, 1_500_000_000), (78, 1_240_000_000), (80, 1_350_000_000),
     (20, 45, 65, 82), (0, 275_000_000, 753_000_000, 1_299_500_000), ""),
    ("kegiatan", "3.27.2.1.3.02.01", "Pengawasan Penyediaan dan Peredaran Sarana Pertanian",
     "Jumlah kelompok tani yang menerima bantuan sarana pertanian", (60, 900_000_000), (48, 760_000_000),
     (50, 820_000_000), (0, 12, 30, 50), (0, 180_000_000, 455_000_000, 801_200_000),
     "Bidang Prasarana dan Sarana Pertanian"),
    ("kegiatan", "3.27.2.1.3.02.02", "Pengelolaan Sumber Daya Genetik (SDG) Hewan, Tumbuhan, dan Mikro Organisme",
     "Jumlah benih unggul yang didistribusikan (ton)", (30, 600_000_000), (22, 480_000_000), (25, 530_000_000),
     (0, 5, 14, 21), (0, 95_000_000, 298_000_000, 498_300_000), "Bidang Tanaman Pangan dan Hortikultura"),
]


def _mw_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        [None, "PEMERINTAH KABUPATEN MOROWALI"],
        [None, "Evaluasi Terhadap Hasil RKPD Tahun 2024"],
        [],
        ["NO", "SASARAN", "KODE", "Urusan/Bidang Urusan Pemerintahan Daerah Dan Program/Kegiatan ",
         "Indikator  Kinerja Program (Outcome)/ Kegiatan (output) ",
         "Target RPJMD Kabupaten/kota pada Tahun 2024 (Akhir Periode RPJMD) ", None,
         "Realisasi Capaian Kinerja RPJMD Kabupaten/kota sampai dengan RKPD Kabupaten/kota Tahun Lalu (2023) Target ",
         None,
         "Target Kinerja dan Anggaran RKPD Kabupaten/kota Tahun Berjalan (Tahun 2023) yang Dievaluasi ", None,
         "Realisasi Kinerja Pada Triwulan "] + [None] * 7 + [
         "Realisasi Capaian Kinerja dan Anggaran RKPD Kabupaten/kota yang Dievaluasi ", None,
         "Realisasi Kinerja dan Anggaran RPJMD Kabupaten/kota s/d Tahun ....... (Akhir Tahun Pelaksanaan RKPD "
         "tahun....) ",
         "Tingkat Capaian Kinerja dan Realisasi Anggaran RPJMD Kabupaten/kota  s/d Tahun ... (%) ",
         "Perangkat Daerah  Penanggung Jawab "],
        [None] * 11 + ["I", None, "II", None, "III", None, "IV", None] + [None] * 5,
        [None] * 5 + ["K", "Rp"] * 8 + [None] * 3,
        [str(i) for i in range(1, 25)],
    ]
    merged = ["A4:A6", "B4:B6", "C4:C6", "D4:D6", "E4:E6", "F4:G5", "H4:I5", "J4:K5", "L4:S4", "T4:U5", "V4:V6",
              "W4:W6", "X4:X6", "L5:M5", "N5:O5", "P5:Q5", "R5:S5"]
    for number, line in enumerate(_MW_LINES, start=1):
        r = len(rows) + 1
        if len(line) == 3:
            rows.append([number, _MW_SASARAN, line[1], line[2]] + [None] * 20)
            merged.append(f"E{r}:X{r}")
            continue
        _, code, name, ind, renstra, last, target, k, rp, pd = line
        triwulan = []
        for kv, rv in zip(k, rp):
            triwulan += [kv, rv]
        rows.append([number, _MW_SASARAN, code, name, ind, renstra[0], renstra[1], last[0], last[1], target[0],
                     target[1], *triwulan, k[3], rp[3], last[1] + rp[3], round(rp[3] / target[1] * 100, 2),
                     pd or None])
    return rows, merged


_MW_ROWS, _MW_MERGED = _mw_rows()

_MW_EXPECTED = [_ind(line[3], float(line[6][0]), float(line[7][3])) for line in _MW_LINES if len(line) > 3]

# ------------------------------------------------------------------ the cases

CASES: list[Layout] = [
    Layout(
        id="ind-kabupaten-evaluasi-rkpd-lkpj-17-kolom-k-rp-triwulan-i-iv-judul-digabung-capaian-berisi-realisasi",
        dataset="indicators",
        agency=("Pemerintah Kabupaten Jember, Dinas Komunikasi dan Informatika's lines of the 'Evaluasi terhadap hasil "
                "RKPD' 2021 — kabupaten OPD, LKPJ application Excel export"),
        source=("github sfynsss/lkpj-jemberkab-new resources/views/pages/export/laporan_urusan.blade.php (search index "
                "file id 108966329; commit 2e2d1c98899a0a48fefe4d0d36458c99f9a1c75c)"),
        year=2021,
        sheets={"Sheet1": _RKPD_ROWS},
        merged={"Sheet1": _RKPD_MERGED},
        expected=_RKPD_EXPECTED,
        findings=((W, "capaian_mismatch"), (W, "capaian_mismatch")),
        note=("Permendagri 86/2017 RKPD evaluation form (Tabel T-E.33-like): three header rows then a column-number "
              "row and a K | Rp row; eleven K | Rp pairs; heading lines (urusan, bidang, SKPD, program, kegiatan) with "
              "code in 'Kode' and the name merged D:AB; the running number starts at 2. Only sub kegiatan lines have "
              "an indicator: target in column 8 'K', pagu as 'Rp. 85.000.000' text in 8 'Rp', the year's realisation "
              "in triwulan 'I' and again in 13. Published mistake kept: column 14 'Tingkat Capaian' (=13/8*100) prints "
              "the realisation itself, so 12 and 4 stand for capaian where the true capaian is 100 (warning "
              "capaian_mismatch twice; the 95 and 100 of the two percentage indicators agree with 95/100 and "
              "100/100). The @currency directive's text ('Rp. ' prefix) is the usual definition, not in this file."),
    ),
    Layout(
        id="budget-kota-opd-evaluasi-renja-kolom-5-14-k-rp-anggaran-kolom-7-realisasi-kolom-12-program-tanpa-realisasi",
        dataset="budget",
        agency=("Dinas Perhubungan of Kota Bandung (SKPD name a placeholder in the view), 'Evaluasi Terhadap Hasil "
                "Renja "
                "Perangkat Daerah' 2017 — kota OPD, budgeting application print pasted into a sheet"),
        source=("github ariefs66/sira_hibah_v4 resources/views/monev/pdf.blade.php (search index file id 2905607021; "
                "commit 039ff4a1e1a85640a0acd2cb57c972f624e49987)"),
        year=2017,
        sheets={"Sheet1": _RENJA_ROWS},
        merged={"Sheet1": _RENJA_MERGED},
        expected=_RENJA_EXPECTED,
        note=("Renja evaluation form with ten numbered K | Rp pairs (5 … 14) and a triwulan band titled '(Rp)' whose "
              "K cells hold '25 %'-style text; the Renja's anggaran in column 7 'Rp' (number_format with dots), the "
              "realisation only on kegiatan lines in column 12 'Rp' (program lines print none: a program stands with the sum "
              "of its kegiatan's); kegiatan names indented with two no-break spaces; every line repeats the sasaran and "
              "the SKPD; footer lines 'Rata-rata capaian kinerja (%)', 'Predikat kinerja', four 'Faktor …/Tindak "
              "Lanjut …' lines and the view's own signature dates (20 Maret 2018). Program anggaran = the sum of its "
              "kegiatan; no published mistake in money fields (the kegiatan's triwulan K cells carry the program's "
              "unit, the view's own slip)."),
    ),
    Layout(
        id="ind-wpsipd-monev-renstra-38-kolom-k-volume-satuan-rp-indikator-bertumpuk-satu-sel-tanpa-realisasi",
        dataset="indicators",
        agency=("Dinas Kesehatan of a kabupaten (pemda name invented), wp-sipd 'Monitoring dan Evaluasi Rencana "
                "Strategis' 2022 — kabupaten OPD, WordPress SIPD plugin page copied into a sheet"),
        source=("public GitHub wp-sipd plugin page, the Renstra monev shortcode view (search index file id 2527442099; "
                "the same view also as id 2407255252): header 'Realisasi Kinerja Pada Triwulan' colspan 12"),
        year=2022,
        sheets={"Sheet1": _MONEV_ROWS},
        merged={"Sheet1": _MONEV_MERGED},
        expected=_MONEV_EXPECTED,
        findings=((W, "field_empty"), (W, "target_missing"), (W, "target_missing"), (W, "polarity_inferred"),
                  (W, "polarity_inferred")),
        note=("Five header rows: 'No' merged over all five, triwulan band I | II | III | 'VI' (the page's typo for "
              "IV), "
              "a column-number row 0 … 16 that numbers Tujuan as 0 and leaves 'No' unnumbered, K split into Volume | "
              "Satuan beside Rp, but columns 13 and 15 (Tingkat Capaian) only K | Rp unsplit; one line per tujuan, "
              "sasaran, program and kegiatan, the name in its own column (Tujuan, Sasaran, or 'Program, Kegiatan'), "
              "'No' and 'Kode' always empty; a line's several indicators STACKED in one cell, joined by two line "
              "breaks, with their targets and units stacked the same way; the Renja target of 2022 in column 7 "
              "Volume (decimal comma '71,90'); every realisation, triwulan and Rp cell empty (the page fills them by "
              "script later), so no realisation. Published mistake kept: the sasaran's indicators print NO target "
              "(the view reads $target_1['target_1'] … of undefined variables), only their units; expected with "
              "target None. Angka Kematian Ibu/Bayi are lower-is-better by their nature (no column says so). "
              "Findings added after tuning (the blind expectation had none, while the table says each): no "
              "realisation of 2022 anywhere (field_empty), the sasaran's two indicators without a target "
              "(target_missing twice, the published mistake above) and their polarity read from their names as no "
              "column states it (polarity_inferred twice)."),
    ),
    Layout(
        id="ind-kabupaten-evaluasi-rkpd-24-kolom-bernomor-k-rp-triwulan-kumulatif-nol-kode-rpjmd-panjang",
        dataset="indicators",
        agency=("Pemerintah Kabupaten Morowali (Sulawesi Tengah), Dinas Pertanian's lines of the 'Evaluasi Terhadap "
                "Hasil RKPD' — kabupaten OPD, the kabupaten's monev application print copied into a sheet"),
        source=("public GitHub CodeIgniter view of a Morowali monev application, the RKPD evaluation print (search "
                "index file id 45407442284; its controller fills tb_monev_triwulan_target/rupiah per triwulan, file id "
                "46004860615)"),
        year=2023,
        sheets={"Sheet1": _MW_ROWS},
        merged={"Sheet1": _MW_MERGED},
        expected=_MW_EXPECTED,
        note=("Logo cell and two title lines, then three header rows and a row numbering ALL 24 columns 1 … 24 "
              "(not the form's grouped numbers); K | Rp pairs under the Target RPJMD, last year's realisation, the "
              "evaluated year's target, triwulan I … IV and the year's realisation, but the RPJMD realisation s/d "
              "and "
              "its Tingkat Capaian are single columns with no K | Rp (the view gives them realisasiAnggaran and "
              "capaianAnggaran); urusan and bidang lines with the name and the columns after it merged E:X; program "
              "and kegiatan codes chained from the RPJMD (urusan.bidang.misi.tujuan.sasaran.program[.kegiatan]); the "
              "sasaran repeated on every line; triwulan figures cumulative and printed 0 where nothing was entered; "
              "amounts as plain integers; the program line has no Perangkat Daerah. The title says 'RKPD Tahun 2024' "
              "while the columns evaluate 'Tahun Berjalan (Tahun 2023)' (the view writes $tahun-1, the form's n-1): "
              "the evaluated year is 2023. The year's realisation is column 20 (= triwulan IV)."),
    ),
]
