"""The sixth held-out set: real layouts collected blind, while the recognition layer was being improved after the fifth
set, to measure how the improved kit does on layouts nobody tuned for (README.md records the cases; the lead measures
them).

Kinds the corpus had none or few of: a kemantren (Kota Yogyakarta's kecamatan) with its staff by pendidikan under a
Jenis Kelamin band and a column-number row, a BPS 'Kabupaten Dalam Angka' table by golongan kepangkatan with bilingual
labels, ruang codes glued to pangkat names and a subtotal per golongan group, an HR application's percentage tables by
masa kerja, age band and education; a kabupaten LKjIP comparing two years' realisation and capaian with no target
column, a Dinas Kesehatan provinsi's monthly Perjanjian Kinerja measurement with its activities under the indicators, a
pemda's public performance display with the PermenPANRB P1 … P4 bands, a Badan POM centre's interim (triwulan II)
table with numerator and denominator, a kabupaten's EKPPD key indicators with the formula's figures in a text cell and
no target; a dinas's realisation by paket under a JENIS PAKET band (tender, penunjukan
langsung, swakelola, e-purchasing, pengadaan langsung), a school's BOS realisation with receipts above the spending, a
provinsi's realisation by kabupaten/kota under Pagu and Realisasi bands of jenis belanja, a monev application's
month realisation and pagu by jenis belanja per sub-kegiatan (one band mislabelled) and its pagu by sumber dana.
Published tables keep their cells as printed (published mistakes kept as expected findings); export layouts keep the
exporting code's columns, titles and footers, filled with invented units, amounts and counts (no person: names and NIPs
are synthetic). Expectations are what each table says, never what the kit reads: the cases were not run through the
kit.
"""

from __future__ import annotations

from layouts.case import W, budget_row as _b, indicator as _ind, Layout, rupiah as _rp
from workbooks import nip

def _us(amount: float) -> str:
    """An amount as PHP's number_format($x) prints it: comma thousands, no decimals ('1,171,000,000,000')."""
    return f"{round(amount):,}"


# ---------------------------------------------------------------- staff

#: Kerinci in Figures, Tabel 2.3.3: (row label as printed, laki-laki, perempuan) per golongan group; counts invented
_KERINCI = [
    ("I", "Golongan I\nRange I", [("IA Juru Muda", 0, 0), ("IB Juru Muda Tingkat I", 2, 0), ("IC Juru", 5, 1),
                                 ("ID Juru Tingkat I", 4, 2)]),
    ("II", "Golongan II\nRange II", [("IIA Pengatur Muda", 60, 45), ("IIB Pengatur Muda Tingkat 1", 38, 30),
                                    ("IIC Pengatur", 55, 41), ("IID Pengatur Tingkat I", 47, 39)]),
    ("III", "Golongan III\nRange III", [("IIIA Penata Muda", 210, 330), ("IIIB Penata Muda Tingkat I", 185, 290),
                                       ("IIIC Penata", 150, 205), ("IIID Penata Tingkat I", 160, 190)]),
    ("IV", "Golongan IV\nRange IV", [("IVA Pembina Muda", 240, 410), ("IVB Pembina Muda Tingkat", 70, 95),
                                    ("IVC Pembina", 6, 3), ("IVD Pembina Tingkat I", 1, 0)]),
]


def _kerinci_rows() -> list[list]:
    rows = []
    for _, subtotal, ruang in _KERINCI:
        rows += [[label, men, women, men + women] for label, men, women in ruang]
        men, women = sum(r[1] for r in ruang), sum(r[2] for r in ruang)
        rows.append([subtotal, men, women, men + women])
    men = sum(r[1] for _, _, ruang in _KERINCI for r in ruang)
    women = sum(r[2] for _, _, ruang in _KERINCI for r in ruang)
    return rows + [["Jumlah\nTotal", men, women, men + women]]


def _kerinci_golongan() -> dict[str, int]:
    out = {}
    for group, _, ruang in _KERINCI:
        for label, men, women in ruang:
            if men + women:
                out[f"{group}/{label.split()[0][len(group):].lower()}"] = men + women
    return out


def _percentages(title: str, head: str, period: str, rows: list[tuple[str, int]]) -> list[list]:
    """An HR application's 'PERSENTASE …' sheet as its PHPExcel code writes it (title, period, blank, header, rows)."""
    total = sum(count for _, count in rows)
    return [[title, None, None, None], [period, None, None, None], [None, None, None, None], ["NO.", head, "JUMLAH", "%"],
            *[[n, label, count, round(count / total * 100, 2)] for n, (label, count) in enumerate(rows, start=1)]]


_HRIS_SOURCE = ("github anggitpp/sulutgo sources/employee/laporan/{} (commit 5ad7ce0): xls() writes '{}' in A1, the month "
                "and year in A2, a blank A3, 'NO.' | '{}' | 'JUMLAH' | '%' in row 4 and one row per {} from row 5, "
                "saved as '{}.xls'")
_HRIS_AGENCY = ("the 'sulutgo' HR application's staff reports for permanent employees ('TETAP'; the owner is not named in "
                "the code) — employer HR export (counts synthetic)")
_MASA_KERJA = [(">26", 14), ("21-25", 22), ("16-20", 31), ("11-15", 40), ("5-10", 38), ("<5", 25)]
_USIA = [(">50", 18), ("46-50", 21), ("41-45", 26), ("31-40", 52), ("26-30", 33), ("<25", 20)]
_PENDIDIKAN = [("SMP", 2), ("SMA", 41), ("D3", 27), ("S1", 88), ("S2", 12)]


STAFF: list[Layout] = [
    Layout(
        id="staff-kemantren-gondomanan-pendidikan-jenis-kelamin-2021",
        dataset="staff",
        agency="Kemantren Gondomanan, Kota Yogyakarta (a kemantren is Yogyakarta's kecamatan) — kota kecamatan",
        source=("https://123dok.com/article/keadaan-pegawai-gambaran-umum-kemantren-gondomanan.y96x4j6r — Laporan Kinerja "
                "Instansi Pemerintah (LKIP) Kemantren Gondomanan Tahun 2021, hal. 17, 'Tabel I.5 Jumlah Pegawai "
                "Berdasarkan Pendidikan dan Jenis Kelamin'"),
        year=2021,
        sheets={"Pegawai": [
            ["Tabel I.5", None, None, None, None],
            ["Jumlah Pegawai Berdasarkan Pendidikan dan Jenis Kelamin", None, None, None, None],
            ["No", "Pendidikan", "Jumlah", "Jenis Kelamin", None],
            [None, None, None, "Laki-laki", "Perempuan"],
            ["(1)", "(2)", "(3)", "(4)", "(5)"],
            [1, "S2", 3, 1, 2],
            [2, "S1", 15, 9, 6],
            [3, "D III", 4, "-", 4],
            [4, "SLTA", 2, "-", 2],
            [5, "SLTP", 1, 1, "-"],
            ["6.", "SD", 1, "-", 1],
            [None, "Jumlah", 26, 11, 15],
            ["Sumber : Sekretariat Kemantren Gondomanan, 2021", None, None, None, None],
        ]},
        merged={"Pegawai": ["A1:E1", "A2:E2", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "A13:E13"]},
        expected={
            "education": {"S2": 3, "S1": 15, "D3": 4, "SMA": 2, "SMP": 1, "SD": 1},
            "gender": {"Laki-laki": 11, "Perempuan": 15},
        },
        note=("The kemantren's 26 PNS (its 2 Naban and 5 PTT are not in the table) by education, the total before a "
              "Jenis Kelamin band over Laki-laki | Perempuan, a column-number row '(1) … (5)', '-' for none, the last "
              "number printed '6.' where the others have no dot, a Jumlah row (26, 11, 15) and a Sumber line. The "
              "education labels are the old ones: 'D III', 'SLTA', 'SLTP'. Figures as printed; they add up."),
    ),
    Layout(
        id="staff-bps-kerinci-golongan-kepangkatan-bilingual-2015",
        dataset="staff",
        agency="Badan Pusat Statistik Kabupaten Kerinci, 'Kabupaten Kerinci Dalam Angka 2016' (source BKD Kabupaten Kerinci) — BPS kabupaten publication (counts synthetic)",
        source=("https://text-id.123dok.com/document/rz34x1rey-jumlah-pegawai-negeri-sipil-menurut.html — Kabupaten "
                "Kerinci Dalam Angka 2016, p. 42, 'Tabel 2.3.3 Jumlah Pegawai Negeri Sipil Menurut Golongan Kepangkatan "
                "dan Jenis Kelamin di Kabupaten Kerinci, 2015 / Table Number of Civil Servants by Hierarcy and Sex in "
                "Kerinci Regency, 2015'"),
        year=2015,
        sheets={"Tabel 2.3.3": [
            ["Tabel\nTable", "2.3.3", "Jumlah Pegawai Negeri Sipil Menurut Golongan Kepangkatan dan Jenis Kelamin di "
             "Kabupaten Kerinci, 2015", None],
            [None, None, "Number of Civil Servants by Hierarcy and Sex in Kerinci Regency, 2015", None],
            ["Golongan Kepangkatan\nHierarcy", "Jenis Kelamin\nSex", None, "Jumlah\nTotal"],
            [None, "Laki-Laki\nMale", "Perempuan\nFemale", None],
            ["(1)", "(2)", "(3)", "(4)"],
            *_kerinci_rows(),
            ["Sumber : Badan Kepegawaian Daerah Kabupaten Kerinci", None, None, None],
            ["Source : Regional Employer Board of Kerinci Regency", None, None, None],
        ]},
        merged={"Tabel 2.3.3": ["A3:A4", "B3:C3", "D3:D4"]},
        expected={
            "golongan": _kerinci_golongan(),
            "gender": {"Laki-laki": sum(r[1] for _, _, ruang in _KERINCI for r in ruang),
                       "Perempuan": sum(r[2] for _, _, ruang in _KERINCI for r in ruang)},
        },
        note=("BPS's regional statistics table: bilingual labels with a line break ('Laki-Laki\\nMale', 'Jumlah\\nTotal'), "
              "the ruang code glued to the pangkat name in one cell ('IIIA Penata Muda'), a subtotal row after each "
              "group ('Golongan III\\nRange III') and a grand total ('Jumlah\\nTotal'), column numbers '(1) … (4)', a "
              "bilingual source. Published mistake kept: the IV names are shifted ('IVA Pembina Muda', 'IVB Pembina "
              "Muda Tingkat', 'IVC Pembina', 'IVD Pembina Tingkat I'; IV/a is Pembina … IV/d Pembina Utama Madya) and "
              "'Hierarcy': the golongan is the code. The counts are not in the page's text layer: invented (2 914 "
              "PNS), the subtotals right; I/a holds nobody (zeros)."),
    ),
    Layout(
        id="staff-hris-persentase-masa-kerja-tetap",
        dataset="staff",
        agency=_HRIS_AGENCY,
        source=_HRIS_SOURCE.format("masa_kerja_tetap.php", "PERSENTASE MASA KERJA TETAP", "MASA KERJA", "masa-kerja band",
                                   "PERSENTASE MASA KERJA TETAP"),
        year=2019,
        sheets={"PERSENTASE MASA KERJA TETAP": _percentages("PERSENTASE MASA KERJA TETAP", "MASA KERJA", "Desember 2019",
                                                           _MASA_KERJA)},
        merged={"PERSENTASE MASA KERJA TETAP": ["A1:D1", "A2:D2", "A3:D3"]},
        refused="MASA KERJA",
        note=("Staff by length of service in six bands, longest first ('>26', '21-25', '16-20', '11-15', '5-10', '<5'), "
              "with the share in % (two decimals). The code's bands overlap their labels (5 years counts as '<5', 11 as "
              "'5-10', 26 as '21-25'). Length of service is no dimension the kit models: the file must be refused "
              "naming the MASA KERJA column. 170 staff, invented."),
    ),
    Layout(
        id="staff-hris-persentase-usia-tetap",
        dataset="staff",
        agency=_HRIS_AGENCY,
        source=_HRIS_SOURCE.format("usia_tetap.php", "PERSENTASE USIA TETAP", "USIA", "age band", "PERSENTASE USIA TETAP"),
        year=2019,
        sheets={"PERSENTASE USIA TETAP": _percentages("PERSENTASE USIA TETAP", "USIA", "Desember 2019", _USIA)},
        merged={"PERSENTASE USIA TETAP": ["A1:D1", "A2:D2", "A3:D3"]},
        refused="USIA",
        note=("The same staff by age band, oldest first ('>50', '46-50', '41-45', '31-40', '26-30', '<25'; the bands skip "
              "25 and jump from 31-40 to 41-45), with the share in %. Age is no dimension the kit models: the file "
              "must be refused naming the USIA column. 170 staff, invented, as in the masa-kerja report."),
    ),
    Layout(
        id="staff-hris-persentase-pendidikan-tetap",
        dataset="staff",
        agency=_HRIS_AGENCY,
        source=_HRIS_SOURCE.format("pendidikan_tetap.php", "PERSENTASE PENDIDIKAN TETAP", "PENDIDIKAN",
                                   "education level (from the application's master data)", "PERSENTASE PENDIDIKAN TETAP"),
        year=2019,
        sheets={"PERSENTASE PENDIDIKAN TETAP": _percentages("PERSENTASE PENDIDIKAN TETAP", "PENDIDIKAN", "Desember 2019",
                                                           _PENDIDIKAN)},
        merged={"PERSENTASE PENDIDIKAN TETAP": ["A1:D1", "A2:D2", "A3:D3"]},
        expected={"education": dict(_PENDIDIKAN)},
        note=("The same staff by their last education (the code keeps each person's latest record), a count and a "
              "share in % beside it and no total row. The level names come from the application's master data, which "
              "is not in the code: the common SIMPEG spellings are used. 170 staff, invented."),
    ),
]

# ---------------------------------------------------------------- indicators

#: the Dinas Kesehatan's measurement to June: (sasaran or None, indicator, unit, target, realisation to date)
_KALSEL_PK = [
    ("Meningkatnya pengendalian penyakit menular", "Persentase kabupaten/kota yang mencapai eliminasi malaria", "%",
     92, 85),
    (None, "Cakupan penemuan dan pengobatan kasus TBC (treatment coverage)", "%", 90, 48),
    ("Meningkatnya pengendalian penyakit tidak menular",
     "Persentase penderita hipertensi usia 15 tahun ke atas yang mendapat pelayanan kesehatan sesuai standar", "%", 100,
     51.2),
]


def _kalsel_rows() -> list[list]:
    rows, number = [], 0
    for sasaran, indicator, unit, target, real in _KALSEL_PK:
        capaian = round(real / target * 100, 2)
        if sasaran:
            number += 1
        # the exporter writes a dummy 100 as last year's capaian and falls back to the year's target for the Renstra's
        rows.append([f"{number}." if sasaran else None, sasaran, f"- {indicator}", 100, unit, target, real, capaian,
                     target, capaian])
    return rows


_KALSEL_FOOT = [
    [None] * 10,
    ["Penjelasan per Indikator Kinerja", *[None] * 9],
    ["Upaya :", *[None] * 9],
    ["1. " + "." * 100, *[None] * 9],
    ["2. " + "." * 100, *[None] * 9],
    ["Hambatan :", *[None] * 9],
    ["1. " + "." * 100, *[None] * 9],
    ["2. " + "." * 100, *[None] * 9],
    ["Rencana Tindak Lanjut :", *[None] * 9],
    ["1. " + "." * 100, *[None] * 9],
    ["2. " + "." * 100, *[None] * 9],
    [None] * 10,
    [None] * 5 + ["30 Juni 2025", None, None, None, None],
    ["Yang Melaporkan", None, None, None, None, "Yang Melaporkan", None, None, None, None],
    ["Sekretaris,", None, None, None, None, "Kepala Bidang Pencegahan dan Pengendalian Penyakit", None, None, None, None],
    ["Dinas Kesehatan Provinsi Kalimantan Selatan", None, None, None, None,
     "Dinas Kesehatan Provinsi Kalimantan Selatan", None, None, None, None],
    [None] * 10,
    ["(Nama Atasan)", None, None, None, None, "HERLINA WIDYASARI, SKM, M.Kes", None, None, None, None],
    ["Pembina (IV/a)", None, None, None, None, "Penata Tk. I (III/d)", None, None, None, None],
    ["NIP. ..........................", None, None, None, None,
     "NIP. " + nip(7, female=True, birth="19810214", appointed="200604"), None, None, None, None],
    [None] * 10,
    ["keterangan:", *[None] * 9],
    ['"- indikator kinerja dimasukkan semua dalam satu kolom, disesuaikan dengan kinerja utama"', *[None] * 9],
    ['"- untuk uraian aktifitas per indikator kinerja, sesuai dengan diisi dalam edialog (ren aksi)"', *[None] * 9],
]

#: a pemda's public display, one row per indicator: (satuan kerja, sasaran, indicator, target, realisation, last year's
#: realisation, last year's capaian, Renstra's final target, national average or None)
_DISPLAY = [
    ("Dinas Kependudukan dan Pencatatan Sipil", "Meningkatnya kualitas pelayanan administrasi kependudukan",
     "Persentase kepemilikan akta kelahiran anak usia 0-18 tahun", 95, 96.4, 94.1, 100.11, 98, 91.5),
    ("Dinas Kependudukan dan Pencatatan Sipil", "Meningkatnya kualitas pelayanan administrasi kependudukan",
     "Persentase penduduk wajib KTP yang memiliki KTP-el", 99, 98.7, 98.2, 99.19, 100, 97.9),
    ("Badan Penanggulangan Bencana Daerah", "Meningkatnya ketangguhan daerah dalam menghadapi bencana",
     "Persentase desa/kelurahan tangguh bencana", 40, 42.5, 37.5, 107.14, 50, None),
]


def _display_rows() -> list[list]:
    rows = []
    for n, (unit, sasaran, indicator, target, real, last, last_capaian, final, national) in enumerate(_DISPLAY, 1):
        capaian = round(real / target * 100, 2)
        if national is None:
            versus = "Belum ada data dari rata-rata realisasi nasional atau capaian"
        else:
            versus = f"Lebih {'tinggi' if real > national else 'rendah'} {abs(real - national):.2f} dari \nRata-Rata Realisasi Nasional"
        rows.append([n, unit, sasaran, indicator, target, real, capaian, real, last, f"{real - last:.2f}", capaian,
                     last_capaian, f"{capaian - last_capaian:.2f}", final, f"{real / final:.2f}", national, versus, None,
                     None, "Belum ada data dari rata-rata realisasi internasional atau capaian", None, None])
    return rows


#: PPPOMN's interim table: (sasaran or None, indicator, target 2021, target TW II, numerator, denominator, realisation,
#: capaian as printed)
_PPPOMN = [
    ("Meningkatnya kualitas pengujian obat dan makanan", "Persentase hasil pengujian yang memenuhi standar waktu",
     "90%", "90%", 412, 445, "92,58%", "102,87%"),
    (None, "Jumlah metode analisa pengujian obat dan makanan yang dikembangkan", "25 metode", "10", "-", "-", "12",
     "120,00%"),
    ("Meningkatnya kepuasan pelanggan laboratorium pengujian", "Indeks kepuasan pelanggan terhadap layanan pengujian",
     "3,50", "3,50", "-", "-", "3,54", "101,14%"),
]
_PPPOMN_HEAD = [
    ["sasaran strategis", "Indikator", "target 2021", "Target Triwulan (kumulaif)", "Realisasi Per Triwulan (kumulatif)",
     None, None, "Capaian terhadap target"],
    [None, None, None, "II", "pembilang", "penyebut", "realisasi s/d Triwulan II", "s/d Triwulan II"],
]


_DASH = "-" * 49
#: Banggai Kepulauan's IKK rows of urusan pendidikan as printed: (IKK, numerator text, denominator text, capaian)
_BANGKEP = [
    ("Pendidikan Anak Usia Dini (PAUD)", "Jumlah Siswa pada jenjang TK/RA/Penitipan Anak = 2720",
     "Jumlah anak usia 4 - 6 tahun =", "ada"),
    ("Penduduk yang berusia > 15 tahun melek huruf (tidak buta aksara)",
     "Jumlah Penduduk usia 15 thn ke atas dapat baca tulis =", "Jumlah penduduk usia 15 thn ke atas =", "0%"),
    ("Angka Partisipasi Murni (APM) SD/MI/Paket A", "Jumlah siswa usia 7 - 12 thn dijenjang SD/MI/Paket A = 13.837",
     "Jumlah Penduduk kelompok usia 7 - 12 thn =", "ada"),
    ("Angka Partisipasi Murni (APM) SMP/MTs/Paket B", "Jumlah siswa usia 13 - 15 thn dijenjang SMP/MTs/Paket B = 4337",
     "Jumlah Penduduk kelompok usia 13 - 15 thn = 31500", "14%"),
    ("Angka Partisipasi Murni (APM) SMA/SMK/MA/Paket C", "Jumlah siswa usia 16 - 18 thn dijenjang SMA/SMK/MA/Paket C = 3029",
     "Jumlah Penduduk kelompok usia 16 - 18 thn = 13184", "23%"),
    ("Angka Putus Sekolah (APS) SD/MI", "Jumlah putus sekolah pada tingkat & jenjang SD/MI =0",
     "Jumlah siswa pada tingkat yang sama dan jenjang SD/MI pada tahun ajaran sebelumnya = 16,030", None),
    ("Angka Putus Sekolah (APS) SMP/MTs", "Jumlah putus sekolah pada tingkat & jenjang SMP/MTs = 7",
     "Jumlah siswa pada tingkat yang sama dan jenjang SMP/MTs = 5,956", None),
]


INDICATORS: list[Layout] = [
    Layout(
        id="ind-tanahdatar-apm-sdmi-realisasi-capaian-2015-2016",
        dataset="indicators",
        agency="Pemerintah Kabupaten Tanah Datar (LKjIP kabupaten, sasaran strategis 2.1.1) — kabupaten pemda",
        source=("https://text-id.123dok.com/document/dy445j4ry-angka-partisipasi-murni-sdmi-angka-partisipasi-murni-apm-"
                "smpmts.html — LKjIP Pemerintah Kabupaten Tanah Datar Tahun 2016, hal. 49, 'Tabel 3.3.9 Realisasi dan "
                "Capaian Indikator Kinerja APM SD/MI Tahun 2015-2016'"),
        year=2016,
        sheets={"Tabel 3.3.9": [
            ["Tabel 3.3.9", None, None, None, None, None],
            ["Realisasi dan Capaian Indikator Kinerja APM SD/MI Tahun 2015-2016", None, None, None, None, None],
            ["No.", "Indikator Kinerja", "Realisasi", None, "Capaian Kinerja", None],
            [None, None, 2015, 2016, 2015, 2016],
            [1, "APM SD/MI", "90,67", "92,22", "92,92", "101,46"],
        ]},
        merged={"Tabel 3.3.9": ["A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:D3", "E3:F3"]},
        expected=[_ind("APM SD/MI", None, 92.22)],
        findings=((W, "field_empty"),),
        note=("The year-on-year comparison a LKjIP prints under its measurement table: realisation and capaian for "
              "2015 and 2016 side by side under two bands, the years as header cells, and no target column (the "
              "text says the 2016 target was 90,89: 92,22 / 90,89 = 101,46 %). The 2016 realisation is the year's; "
              "2015 is last year's. The table gives no target: an empty field. Figures as printed (decimal "
              "commas)."),
    ),
    Layout(
        id="ind-dinkes-kalsel-pengukuran-kinerja-bulanan-aktifitas",
        dataset="indicators",
        agency="Dinas Kesehatan Provinsi Kalimantan Selatan, monthly Perjanjian Kinerja measurement of a bidang (e-kinerja export) — provinsi dinas export",
        source=("public GitHub Laravel Excel view (search index file id 28218630904): 'LAPORAN PENGUKURAN KINERJA BULAN "
                "S/D BULAN <bulan> TAHUN <tahun>', 'NAMA SKPD : Dinas Kesehatan Provinsi Kalimantan Selatan', 'NAMA "
                "JABATAN', No. | Kinerja Utama | Indikator | Capaian Tahun Lalu | Satuan Indikator Kinerja Utama | "
                "TARGET DAN CAPAIAN › Target, Realisasi s.d Bulan ini, % Capaian | Target Akhir Renstra | capaian "
                "kinerja bulan <bulan> (realisasi:targetx100%), then the activities block, Upaya / Hambatan / Rencana "
                "Tindak Lanjut, two signatures and a keterangan"),
        year=2025,
        sheets={"Pengukuran Kinerja": [
            [None] * 10,
            ["LAPORAN PENGUKURAN KINERJA BULAN S/D BULAN JUNI TAHUN 2025", *[None] * 9],
            [None] * 10,
            ["NAMA SKPD", None, ": Dinas Kesehatan Provinsi Kalimantan Selatan", *[None] * 7],
            ["NAMA JABATAN", None, ": Kepala Bidang Pencegahan dan Pengendalian Penyakit", *[None] * 7],
            ["No.", "Kinerja Utama", "Indikator", "Capaian Tahun Lalu", "Satuan Indikator Kinerja Utama",
             "TARGET DAN CAPAIAN", None, None, "Target Akhir Renstra",
             "capaian kinerja bulan juni\n(realisasi:targetx100%)"],
            [None] * 5 + ["Target", "Realisasi s.d Bulan ini", "% Capaian", None, None],
            *_kalsel_rows(),
            [None, None, "Aktifitas yang berhubungan dengan Indikator", "Capaian Aktifitas Tahun Lalu",
             "Satuan Indikator Aktifitas", "Target aktifitas", "realisasi aktifitas", "capaian aktifitas", None, None],
            [None, None, "- Penyelidikan epidemiologi kasus malaria", "-", "Kegiatan", 12, 6, 50, None, None],
            [None, None, "- Supervisi program TBC ke kabupaten/kota", "-", "Kali", 26, 13, 50, None, None],
            *_KALSEL_FOOT,
        ]},
        merged={"Pengukuran Kinerja": ["A2:J2", "A4:B4", "C4:J4", "A5:B5", "C5:J5", "A6:A7", "B6:B7", "C6:C7", "D6:D7",
                                       "E6:E7", "F6:H6", "I6:I7", "J6:J7", "A8:A9", "B8:B9"]},
        expected=[_ind(indicator, float(target), float(real)) for _, indicator, _, target, real in _KALSEL_PK],
        note=("A bidang's measurement of its Perjanjian Kinerja up to June, as the e-kinerja tool exports it for "
              "signing: an empty first row, the title, NAMA SKPD / NAMA JABATAN, the sasaran written once over its "
              "indicators (rowspan), each indicator prefixed '- '. The year's target is 'Target', the realisation "
              "'Realisasi s.d Bulan ini' (cumulative to June: a mid-year realisation, as in the other mid-year "
              "cases); the exporter writes a dummy 100 as 'Capaian Tahun Lalu' and the year's target again as 'Target "
              "Akhir Renstra' when the Renstra's is missing, and the capaian twice. Below the indicators, in the same "
              "columns, the activities of the rencana aksi with their own header row (target, realisation and "
              "capaian of an activity, no indicator), then Upaya / Hambatan / Rencana Tindak Lanjut placeholders, two "
              "signature blocks (names and NIP synthetic) and a keterangan. Figures invented, consistent."),
    ),
    Layout(
        id="ind-display-capaian-kinerja-pd-p1-p4-nasional-internasional",
        dataset="indicators",
        agency="A kabupaten/kota's public performance display, 'Capaian Kinerja PD' by perangkat daerah (Disdukcapil, BPBD) — pemda public display",
        source=("public GitHub Vue page (search index file id 55774818755), /public-display/display-mikro/capaian-kinerja-"
                "pd: No | Satuan Kerja | Sasaran | Indikator | P1 › Capaian Tahun <t> › Target, Realisasi, % Capaian | "
                "P2 › Peningkatan dari Tahun Lalu › Realisasi <t>, Realisasi Tahun lalu, Perbandingan realisasi dari "
                "tahun lalu, Capaian <t>, Capaian Tahun Lalu, Peningkatan Capaian dari Tahun Lalu | P3 › Capaian Tahun "
                "<t> Terhadap Target Akhir Renstra › Target akhir Renstra, Realisasi Tahun <t> Terhadap Target Akhir "
                "Renstra | P4 › Perbandingan Dengan Nasional › Rata-Rata, Perbandingan, Peringkat | Perbandingan dengan "
                "Internasional › … | Penghargaan, column numbers 1 … 22"),
        year=2023,
        sheets={"Capaian Kinerja PD": [
            ["No", "Satuan Kerja", "Sasaran", "Indikator", "P1", None, None, "P2", *[None] * 5, "P3", None, "P4", None,
             None, "Perbandingan dengan Internasional", None, None, "Penghargaan"],
            [None] * 4 + ["Capaian Tahun 2023", None, None, "Peningkatan dari Tahun Lalu", *[None] * 5,
                          "Capaian Tahun 2023 Terhadap Target Akhir Renstra", None, "Perbandingan Dengan Nasional", None,
                          None, None, None, None, None],
            [None] * 4 + ["Target", "Realisasi", "% Capaian", "Realisasi 2023", "Realisasi Tahun lalu",
                          "Perbandingan realisasi dari tahun lalu", "Capaian 2023", "Capaian Tahun Lalu",
                          "Peningkatan Capaian dari Tahun Lalu", "Target akhir Renstra",
                          "Realisasi Tahun 2023 Terhadap Target Akhir Renstra", "Rata-Rata Realisasi Nasional",
                          "Perbandingan Nasional", "Peringkat di Tingkat Nasional", "Rata-Rata Realisasi Internasional",
                          "Perbandingan Internasional", "Peringkat di Tingkat Internasional", None],
            list(range(1, 23)),
            *_display_rows(),
        ]},
        merged={"Capaian Kinerja PD": ["A1:A3", "B1:B3", "C1:C3", "D1:D3", "E1:G1", "H1:M1", "N1:O1", "P1:R1", "S1:U2",
                                       "V1:V3", "E2:G2", "H2:M2", "N2:O2", "P2:R2"]},
        expected=[_ind(indicator, float(target), real) for _, _, indicator, target, real, *_ in _DISPLAY],
        note=("The PermenPANRB 53/2014 analysis bands as a pemda's public display lays them out for every perangkat "
              "daerah's indicators: P1 this year's target, realisation and capaian; P2 the realisation and capaian "
              "against last year's (differences as text, '2.30', '-0.89'); P3 against the Renstra's final target (as "
              "a ratio, 96.4 / 98 = '0.98', not a percentage); P4 and the international band with averages, "
              "sentences ('Lebih tinggi 4.90 dari Rata-Rata Realisasi Nasional', 'Belum ada data …') and empty ranks; "
              "a header with a column number under every column (1 … 22, as on the page). The year's realisation "
              "appears twice (P1 Realisasi and P2 Realisasi 2023); 'Realisasi Tahun lalu' and 'Target akhir Renstra' "
              "are not this year's. Satuan kerja and figures invented, consistent."),
    ),
    Layout(
        id="ind-bpom-pppomn-lapkin-interim-tw2-pembilang-penyebut-2021",
        dataset="indicators",
        agency="Pusat Pengembangan Pengujian Obat dan Makanan Nasional (PPPOMN), Badan POM — lembaga unit (pusat), interim report (figures synthetic)",
        source=("https://123dok.com/article/capaian-kinerja-anggaran-triwulan-ii-tahun.z1dp5d78 — Laporan Kinerja Interim "
                "Triwulan II PPPOMN 2021, hal. 56-57, 'Tabel 14. Realisasi Anggaran Per Sasaran Strategis': sasaran "
                "strategis | Indikator | target 2021 | Target Triwulan (kumulaif) › II | Realisasi Per Triwulan "
                "(kumulatif) › pembilang, penyebut, realisasi s/d Triwulan II | Capaian terhadap target › s/d Triwulan "
                "II, the header repeated on p. 57"),
        year=2021,
        sheets={"Tabel 14": [
            ["Tabel 14. Realisasi Anggaran Per Sasaran Strategis", *[None] * 7],
            *_PPPOMN_HEAD,
            [*_PPPOMN[0]],
            [*_PPPOMN[1]],
            ["Lapkin Interim Triwulan II PPPOMN – 56", *[None] * 7],
            ["Lapkin Interim Triwulan II PPPOMN – 57", *[None] * 7],
            *_PPPOMN_HEAD,
            [*_PPPOMN[2]],
        ]},
        merged={"Tabel 14": ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "E2:G2", "A8:A9", "B8:B9", "C8:C9", "E8:G8", "A4:A5"]},
        expected=[_ind("Persentase hasil pengujian yang memenuhi", 90.0, 92.58),
                  _ind("Jumlah metode analisa pengujian", 25.0, 12.0),
                  _ind("Indeks kepuasan pelanggan", 3.5, 3.54)],
        findings=((W, "capaian_mismatch"),),
        note=("A centre's interim report at mid-year: the year's target ('target 2021', with its unit in the cell: '25 "
              "metode'), the cumulative target of the quarter (II), the realisation to date with its numerator and "
              "denominator where it is a ratio (412 / 445 = 92,58 %), and the capaian against the quarter's target. "
              "The table crosses a page: the page footer and the next page's number sit between the rows and the "
              "header is printed again. The year's target is 'target 2021', the realisation 'realisasi s/d Triwulan "
              "II' (mid-year). Published slips kept: the title says 'Realisasi Anggaran' over a table of indicators, "
              "'kumulaif'. The second indicator's printed capaian (120,00 % = 12 / 10, against the quarter's target) "
              "is not realisation over the year's target (12 / 25 = 48 %): a capaian that does not match. The figures "
              "are not in the page's text layer: invented, consistent."),
    ),
    Layout(
        id="ind-bangkep-ikk-ekppd-2013-rumus-capaian-tanpa-target",
        dataset="indicators",
        agency="Pemerintah Kabupaten Banggai Kepulauan, IKK of the EKPPD on the LPPD 2013 (urusan wajib pendidikan) — kabupaten pemda",
        source=("https://adoc.pub/penitipan-anak-x-100-jumlah-anak-usia-4-6-tahun-.html — 'LAMPIRAN III. 3 : FORMAT IKK "
                "UNTUK KABUPATEN', Tataran Pelaksana Kebijakan, Aspek Tingkat Capaian Kinerja Penyelenggaraan Urusan "
                "Wajib dan Urusan Pilihan dalam rangka EKPPD terhadap LPPD Tahun 2013, Kabupaten Banggai Kepulauan: No | "
                "URUSAN | No | IKK | RUMUS/PERSAMAAN | CAPAIAN KINERJA, the first seven IKK of urusan Pendidikan"),
        year=2013,
        sheets={"IKK": [
            ["LAMPIRAN III. 3 : FORMAT IKK UNTUK KABUPATEN", *[None] * 5],
            ["TATARAN PELAKSANA KEBIJAKAN ASPEK TINGKAT CAPAIAN KINERJA PENYELENGGARAAN URUSAN WAJIB DAN URUSAN PILIHAN "
             "DALAM RANGKA EKPPD TERHADAP LPPD TAHUN 2013", *[None] * 5],
            ["KABUPATEN : BANGGAI KEPULAUAN", *[None] * 5],
            ["No", "URUSAN", "No", "IKK", "RUMUS/PERSAMAAN", "CAPAIAN KINERJA"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
            [None, "URUSAN WAJIB", None, None, None, None],
            [1, "Pendidikan", 1, *_BANGKEP[0][:1], f"{_BANGKEP[0][1]}\n{_DASH} x 100 %\n{_BANGKEP[0][2]}", _BANGKEP[0][3]],
            *[[None, None, n, ikk, f"{num}\n{_DASH} x 100 %\n{den}", capaian]
              for n, (ikk, num, den, capaian) in enumerate(_BANGKEP[1:], start=2)],
        ]},
        merged={"IKK": ["A1:F1", "A2:F2", "A3:F3", "A7:A13", "B7:B13"]},
        expected=[_ind("Pendidikan Anak Usia Dini", None, None),
                  _ind("Penduduk yang berusia > 15 tahun melek huruf", None, 0.0),
                  _ind("Angka Partisipasi Murni (APM) SD/MI", None, None),
                  _ind("Angka Partisipasi Murni (APM) SMP/MTs", None, 14.0),
                  _ind("Angka Partisipasi Murni (APM) SMA/SMK/MA", None, 23.0),
                  _ind("Angka Putus Sekolah (APS) SD/MI", None, None, "negative"),
                  _ind("Angka Putus Sekolah (APS) SMP/MTs", None, None, "negative")],
        # the corpus's rule (tests/layouts/indicators.py): a lower-is-better indicator without a polarity column carries
        # polarity_inferred; the two drop-out rates are such (the finding was left out when the case was collected)
        findings=((W, "field_empty"), (W, "polarity_inferred"), (W, "polarity_inferred")),
        note=("The Kemendagri EKPPD form for a kabupaten's key indicators (IKK): the urusan written once over its rows, "
              "a second No column numbering the IKK, the formula cell holding numerator and denominator as text with "
              "the figures typed into it ('= 4337', '= 31500') around a dashed fraction bar, and a CAPAIAN KINERJA that "
              "is the indicator's own value (4337 / 31500 = 13,8 %, printed '14%'; 3029 / 13184 = '23%'), not a "
              "percentage of a target: the form has no target column. 'ada' ('there is [data]') stands where a value "
              "should be and is none; '0%' for literacy is what is printed; the two drop-out rates (lower is better) "
              "are left empty though their formulas hold figures. Figures as printed; the page's eighth row (drop-outs "
              "of SMA/SMK/MA, labelled 'SD/MI' again) is cut off in the source and left out."),
    ),
]

# ---------------------------------------------------------------- budget

#: the dinas's swakelola packages by category: (category, [(pekerjaan, pagu, realisasi, fisik, sumber dana)])
_RFK = [
    ("Kegiatan Fisik", [
        ("Rehabilitasi Rumah Tidak Layak Huni Desa Sukamaju", 450_000_000, 382_500_000, 0.9, "DAK"),
        ("Pembangunan Jalan Lingkungan Perumahan Kelurahan Kota Baru", 275_000_000, 206_250_000, 0.8, "APBD"),
    ]),
    ("Kegiatan Non Fisik", [
        ("Pendataan Kawasan Permukiman Kumuh", 120_000_000, 96_000_000, 0.8, "APBD"),
    ]),
]


def _rfk_rows() -> list[list]:
    rows, fisik_all = [], []
    for category, packages in _RFK:
        rows.append([None, category])
        for n, (name, pagu, real, fisik, dana) in enumerate(packages, start=1):
            # a swakelola package has no contract: only the SWAKELOLA › REALISASI (Rp) cell of the band is filled
            rows.append([n, name, pagu, None, None, None, None, None, None, None, None, real, None, None, None, None,
                         real, round(real / pagu, 4), fisik, dana, "-"])
        pagu, real = sum(p[1] for p in packages), sum(p[2] for p in packages)
        fisik = round(sum(p[3] for p in packages) / len(packages), 4)
        fisik_all.append(fisik)
        rows.append(["SUBTOTAL", None, pagu, None, None, None, 0, 0, 0, 0, 0, real, 0, 0, 0, 0, real,
                     round(real / pagu, 4), fisik])
    pagu = sum(p[1] for _, packages in _RFK for p in packages)
    real = sum(p[2] for _, packages in _RFK for p in packages)
    return rows + [["TOTAL RUPIAH", None, pagu, None, None, None, 0, 0, 0, 0, 0, real, 0, 0, 0, 0, real,
                    round(real / pagu, 4), round(sum(fisik_all) / len(fisik_all), 4)]]


def _rfk_formats() -> dict[str, str]:
    formats = {}
    for row in range(11, 11 + len(_rfk_rows())):
        formats[f"C{row}"] = "#,##0"
        formats.update({f"{col}{row}": "#,##0" for col in "GHIJKLMNOPQ"})
        formats.update({f"{col}{row}": "0%" for col in "RS"})
    return formats


#: the school's BOS spending: (line, anggaran, realisasi s.d. triwulan lalu, triwulan ini)
_BOS = [("Belanja Pegawai", 54_000_000, 18_000_000, 13_500_000),
        ("Belanja Barang dan Jasa BOS", 171_000_000, 52_400_000, 48_750_000),
        ("Belanja Modal Peralatan dan Mesin", 35_000_000, 0, 21_600_000),
        ("Belanja Modal Aset Tetap Lainnya", 10_000_000, 0, 9_850_000)]


def _bos_spending() -> list[list]:
    rows = []
    for n, (line, budget, before, now) in enumerate(_BOS, start=1):
        # the two belanja modal lines share the number 3 (rowspan)
        number = None if n == 4 else n
        rows.append([number, line, _rp(budget), _rp(before), _rp(now), _rp(before + now), _rp(budget - before - now)])
    budget, before, now = (sum(r[i] for r in _BOS) for i in (1, 2, 3))
    return rows + [["TOTAL PENGGUNAAN", None, _rp(budget), _rp(before), _rp(now), _rp(before + now),
                    _rp(budget - before - now)]]


#: a provinsi's realisation by kabupaten/kota: (name, pagu BO, BM, BTT, BT, realisasi BO, BM, BTT, BT or None when the
#: kabupaten/kota reported none of that jenis, realisasi fisik %)
_GABUNGAN = [
    ("Kab. Lombok Barat", 845_600_000_000, 212_400_000_000, 15_000_000_000, 98_000_000_000,
     402_180_500_000, 61_596_000_000, 1_250_000_000, 44_100_000_000, 46.2),
    ("Kab. Lombok Tengah", 910_300_000_000, 180_750_000_000, 10_000_000_000, 120_500_000_000,
     455_150_000_000, 45_187_500_000, None, 60_250_000_000, 48.5),
    ("Kota Mataram", 620_450_000_000, 95_200_000_000, 5_000_000_000, 0,
     285_407_000_000, 19_040_000_000, None, None, 44.0),
]


def _gabungan_line(first: list, pagu: list[int], real: list, fisik) -> list:
    cells = [*first, *[_us(p) for p in pagu], _us(sum(pagu))]
    for p, r in zip(pagu, real):
        cells += ["-", "-"] if r is None else [_us(r), round(r / p * 100, 2)]
    total = sum(r or 0 for r in real)
    return cells + [_us(total), round(total / sum(pagu) * 100, 2), fisik]


def _gabungan_rows() -> list[list]:
    rows = [_gabungan_line([n, g[0]], list(g[1:5]), list(g[5:9]), g[9]) for n, g in enumerate(_GABUNGAN, start=1)]
    pagu = [sum(g[i] for g in _GABUNGAN) for i in range(1, 5)]
    real = [sum(g[i] or 0 for g in _GABUNGAN) for i in range(5, 9)]
    return rows + [_gabungan_line(["Total", None], pagu, real, round(sum(g[9] for g in _GABUNGAN) / 3, 2))]


#: a Dinas Kesehatan's sub-kegiatan realised in June by jenis belanja: (code, name, pagu, barang jasa, modal peralatan,
#: modal gedung, keterangan)
_REALISASI_BULAN = [
    ("1.02.01.2.02.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 85_000_000, 12_750_000, 0, 0,
     "Telah diinputkan Manual Input"),
    ("1.02.01.2.06.0004", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", 40_000_000, 8_400_000, 0,
     0, "Data Realisasi Bulan 6 belum di inputkan"),
    ("1.02.02.2.01.0014", "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
     2_450_000_000, 35_000_000, 1_102_500_000, 0, "Data Realisasi Bulan 6 belum di inputkan"),
    ("1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", 310_000_000, 96_100_000, 0, 0,
     "Data Realisasi Bulan 6 belum di inputkan"),
]


def _realisasi_bulan_rows() -> list[list]:
    rows = []
    for n, (code, name, pagu, bbj, bmpm, bmgb, note) in enumerate(_REALISASI_BULAN, start=1):
        operasi, modal = bbj, bmpm + bmgb
        total = operasi + modal
        rows.append([n, code, name, _us(pagu), "0", _us(bbj), "0", "0", _us(operasi), "0", _us(bmpm), _us(bmgb), "0",
                     "0", _us(modal), "0", "0", "0", "0", _us(total), round(total / pagu * 100, 2), note])
    return rows


#: the same dinas's pagu in 'Data APBD': program → kegiatan → sub-kegiatan (code, name, barang jasa, modal peralatan,
#: modal gedung, {sumber dana: amount}, name of the other source)
_APBD = [
    ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", [
        ("1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", [
            ("1.02.02.2.01.0003", "Pembangunan Puskesmas", 125_000_000, 0, 3_375_000_000,
             {"DAU": 350_000_000, "DAK": 3_150_000_000}, None),
            ("1.02.02.2.01.0014", "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
             45_000_000, 2_405_000_000, 0, {"PAD": 45_000_000, "DAK": 2_405_000_000}, None),
        ]),
        ("1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", [
            ("1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", 310_000_000, 0, 0,
             {"DAK": 248_000_000, "Lainnya": 62_000_000}, "Dana Kapitasi JKN"),
        ]),
    ]),
]


def _apbd_rows(columns) -> list[list]:
    """The program, kegiatan and sub-kegiatan rows of a 'Data APBD' tab; ``columns`` gives a sub-kegiatan's cells."""
    rows = []
    for p, (pcode, pname, kegiatan) in enumerate(_APBD, start=1):
        rows.append([str(p), pcode, pname])
        for k, (kcode, kname, subs) in enumerate(kegiatan, start=1):
            rows.append([f"{p}.{k}", kcode, kname])
            rows += [[f"{p}.{k}.{s}", sub[0], sub[1], *columns(sub)] for s, sub in enumerate(subs, start=1)]
    return rows


def _pagu_columns(sub) -> list:
    _, _, bbj, bmpm, bmgb, _, _ = sub
    return [_us(v) for v in (0, bbj, 0, 0, 0, bmpm, bmgb, 0, 0, 0, 0, 0)]


def _sumber_columns(sub) -> list:
    *_, sources, other = sub
    return [*[_us(sources.get(name, 0)) for name in ("PAD", "DAU", "DAK", "DBH", "Lainnya")], other]


def _apbd_expected(amount) -> list[dict]:
    """Every program, kegiatan and sub-kegiatan in order, a heading with the sum of ``amount`` over its sub-kegiatan
    (as the report shows a heading that states no amount of its own); a plan, so no realisation."""
    rows = []
    for _, pname, kegiatan in _APBD:
        rows.append(_b("program", pname, sum(amount(sub) for _, _, subs in kegiatan for sub in subs), None))
        for _, kname, subs in kegiatan:
            rows.append(_b("kegiatan", kname, sum(amount(sub) for sub in subs), None))
            rows += [_b("sub_kegiatan", sub[1], amount(sub), None) for sub in subs]
    return rows


def _apbd_merges(first_row: int, width: str) -> list[str]:
    """The merged name cell of every program and kegiatan row (colspan to the last column)."""
    merges, row = [], first_row
    for _, _, kegiatan in _APBD:
        merges.append(f"C{row}:{width}{row}")
        row += 1
        for _, _, subs in kegiatan:
            merges.append(f"C{row}:{width}{row}")
            row += 1 + len(subs)
    return merges


_MONEV_SOURCE = "public GitHub CodeIgniter view of a kabupaten e-monev application that imports SIPD data"

BUDGET: list[Layout] = [
    Layout(
        id="budget-rfk-paket-jenis-pengadaan-swakelola-sumber-dana",
        dataset="budget",
        agency="A kabupaten Dinas Perumahan dan Kawasan Permukiman, 'Laporan Realisasi Fisik dan Keuangan' by paket pekerjaan (monev export) — kabupaten OPD export (figures synthetic)",
        source=("public GitHub Laravel Excel export LaporanExport (search index file id 15437217175): 'LAPORAN REALISASI "
                "FISIK DAN KEUANGAN T.A. <tahun>', NAMA SKPD / TAHUN ANGGARAN / JENIS PENGADAAN lines, No. | NAMA "
                "PEKERJAAN | PAGU (Rp) | NO. KONTRAK | TANGGAL KONTRAK › MULAI, BERAKHIR | JENIS PAKET › TENDER, "
                "PENUNJUKKAN LANGSUNG, SWAKELOLA, E-PURCHASING, PENGADAAN LANGSUNG, each › NILAI KONTRAK (Rp), "
                "REALISASI (Rp) | TOTAL REALISASI ANGGARAN | PRESENTASI REALISASI › KEUANGAN (%), FISIK (%) | SUMBER "
                "DANA (APBD/ DAK/ DID) | KET, column numbers (1) … (21), a category row, SUBTOTAL and TOTAL RUPIAH"),
        year=2025,
        sheets={"Laporan": [
            ["LAPORAN REALISASI FISIK DAN KEUANGAN T.A. 2025"],
            [],
            [None, "NAMA SKPD                 : DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"],
            [None, "TAHUN ANGGARAN    : 2025"],
            [None, "JENIS PENGADAAN    : SWAKELOLA"],
            [],
            ["No.", "NAMA PEKERJAAN", "PAGU (Rp)", "NO. KONTRAK", "TANGGAL KONTRAK", None, "JENIS PAKET", *[None] * 9,
             "TOTAL REALISASI ANGGARAN", "PRESENTASI REALISASI", None, "SUMBER DANA (APBD/ DAK/ DID)", "KET"],
            [None] * 6 + ["TENDER", None, "PENUNJUKKAN LANGSUNG", None, "SWAKELOLA", None, "E-PURCHASING", None,
                          "PENGADAAN LANGSUNG", None],
            [None] * 4 + ["MULAI", "BERAKHIR", *["NILAI KONTRAK (Rp)", "REALISASI (Rp)"] * 5, None, "KEUANGAN (%)",
                          "FISIK (%)"],
            [f"({n})" for n in range(1, 22)],
            *_rfk_rows(),
        ]},
        merged={"Laporan": ["A1:U1", "A7:A9", "B7:B9", "C7:C9", "D7:D9", "E7:F8", "G7:P7", "G8:H8", "I8:J8", "K8:L8",
                            "M8:N8", "O8:P8", "Q7:Q9", "R7:S8", "T7:T9", "U7:U9"]},
        number_formats={"Laporan": _rfk_formats()},
        expected=[_b("program", name, pagu, real) for _, packages in _RFK for name, pagu, real, _, _ in packages],
        note=("A dinas's monthly realisation by paket, filtered to one procurement method ('JENIS PENGADAAN : "
              "SWAKELOLA'): a three-row header with a JENIS PAKET band of five methods, each over NILAI KONTRAK | "
              "REALISASI, the two percentages as fractions shown '0%' (0.85 is 85 %), a column-number row '(1) … "
              "(21)', a category row ('Kegiatan Fisik') above its packages and a SUBTOTAL under them, 'TOTAL RUPIAH' at "
              "the end; the labels 'SUBTOTAL' and 'TOTAL RUPIAH' in the No. column. The budget is PAGU (Rp), the "
              "realisation TOTAL REALISASI ANGGARAN (the exporter adds every NILAI KONTRAK and REALISASI cell of the "
              "row into it: for swakelola, which has no contract, that is the realisation). Category rows hold no "
              "amount; the packages are a flat list (level 'program', as for the other flat lists). Packages and "
              "amounts invented."),
    ),
    Layout(
        id="budget-bos-sekolah-pasuruan-realisasi-sd-triwulan-ini",
        dataset="budget",
        agency="A public primary school of Kabupaten Pasuruan, 'Realisasi Penggunaan Dana Bantuan Operasional Sekolah (BOS)' (school BOS application print) — school export (figures synthetic)",
        source=("public GitHub PHP print view of a school BOS application (search index file id 8856559306): 'REALISASI "
                "PENGGUNAAN / DANA BANTUAN OPERASIONAL SEKOLAH (BOS) / TAHUN ANGGARAN <tapel> / Pada <semester>', Nama "
                "Lembaga / Kelurahan / Kab./Kota : Pasuruan / Provinsi : Jawa Timur, No. | URAIAN | JUMLAH ANGGARAN | "
                "REALISASI S.D TRIWULAN LALU | REALISASI TRIWULAN INI | JUMLAH REALISASI S.D TRIWULAN INI | SELISIH, "
                "column numbers 1 … 7, A. PENERIMAAN, B. PENGELUARAN, C. SALDO DANA SAAT INI, signature"),
        year=2022,
        sheets={"Realisasi BOS": [
            ["REALISASI PENGGUNAAN", *[None] * 6],
            ["DANA BANTUAN OPERASIONAL SEKOLAH (BOS)", *[None] * 6],
            ["TAHUN ANGGARAN 2022", *[None] * 6],
            ["Pada Semester 1", *[None] * 6],
            [None] * 7,
            ["Nama Lembaga", ":", "SD NEGERI SUKOREJO 1"],
            ["Kelurahan", ":", "Sukorejo"],
            ["Kab./Kota", ":", "Pasuruan"],
            ["Provinsi", ":", "Jawa Timur"],
            [None] * 7,
            ["No.", "URAIAN", "JUMLAH ANGGARAN", "REALISASI S.D TRIWULAN LALU", "REALISASI TRIWULAN INI",
             "JUMLAH REALISASI S.D TRIWULAN INI", "SELISIH"],
            [str(n) for n in range(1, 8)],
            ["A. PENERIMAAN", *[None] * 6],
            [1, "Saldo Awal", None, None, None, None, None],
            [2, "Bantuan Operasional Sekolah", _rp(270_000_000), _rp(135_000_000), _rp(135_000_000),
             _rp(270_000_000), "0"],
            [3, "Saldo Triwulan sebelumnya", None, None, _rp(64_600_000), None, None],
            ["TOTAL PENERIMAAN", None, _rp(270_000_000), _rp(135_000_000), _rp(199_600_000), _rp(270_000_000), "0"],
            ["B. PENGELUARAN", *[None] * 6],
            *_bos_spending(),
            ["C. SALDO DANA SAAT INI", None, None, _rp(64_600_000), _rp(105_900_000), _rp(105_900_000), None],
            [None] * 7,
            [None, None, None, "Pasuruan, 5 Juli 2022"],
            [None, None, None, "Kepala SD NEGERI SUKOREJO 1"],
            [None] * 7,
            [None, None, None, "SITI KHOLIFAH, S.Pd"],
            [None, None, None, "NIP. " + nip(3, female=True, birth="19750811", appointed="199903")],
        ]},
        merged={"Realisasi BOS": ["A1:G1", "A2:G2", "A3:G3", "A4:G4", "A13:G13", "A17:B17", "A18:G18", "A21:A22",
                                  "A23:B23", "A24:C24"]},
        expected=[_b("program", line, budget, before + now) for line, budget, before, now in _BOS],
        note=("A school's BOS report for the quarter: receipts (A. PENERIMAAN: the BOS transfer, the previous quarter's "
              "balance) above the spending (B. PENGELUARAN by jenis belanja, the two belanja modal lines under one "
              "number 3), each with its total row, then C. SALDO DANA SAAT INI; amounts as Indonesian text "
              "('54.000.000'). The budget is JUMLAH ANGGARAN, the realisation JUMLAH REALISASI S.D TRIWULAN INI (the "
              "previous quarters plus this one), never REALISASI TRIWULAN INI alone; SELISIH is what is left. The "
              "receipts are no spending: the expectation is the four spending lines (a flat list: level "
              "'program'). School, amounts and signatory invented; the title says 'Pada Semester 1' above columns "
              "headed by quarters, as the view prints it."),
    ),
    Layout(
        id="budget-realisasi-gabungan-per-kab-kota-pagu-realisasi-jenis-belanja",
        dataset="budget",
        agency="A provinsi's monev application, realisation of the kabupaten/kota APBD by jenis belanja (Belanja Operasi, Modal, Tidak Terduga, Transfer) — provinsi export (figures synthetic)",
        source=("public GitHub PHP print view (search index file id 15795570622): No | SKPD | Pagu › Belanja Operasi, "
                "Belanja Modal, Belanja Tidak Terduga, Belanja Transfer, Total | Realisasi › Keuangan › Belanja "
                "Operasi, Belanja Modal, Belanja Tidak Terduga, Belanja Transfer, Total (each Rp. | %) | Fisik, one row "
                "per kabupaten/kota (nama_kota), a 'Total' footer; amounts number_format()ed, '-' where a jenis was not "
                "reported"),
        year=2022,
        sheets={"Realisasi Gabungan": [
            ["No", "SKPD", "Pagu", None, None, None, None, "Realisasi", *[None] * 10],
            [None, None, "Belanja Operasi", "Belanja Modal", "Belanja \nTidak Terduga", "Belanja Transfer", "Total",
             "Keuangan", *[None] * 9, "Fisik"],
            [None] * 7 + ["Belanja Operasi", None, "Belanja Modal", None, "Belanja Tidak Terduga", None,
                          "Belanja Transfer", None, "Total", None, None],
            [None] * 7 + ["Rp.", "%"] * 5 + [None],
            *_gabungan_rows(),
        ]},
        merged={"Realisasi Gabungan": ["A1:A4", "B1:B4", "C1:G1", "H1:R1", "C2:C4", "D2:D4", "E2:E4", "F2:F4", "G2:G4",
                                       "H2:Q2", "R2:R4", "H3:I3", "J3:K3", "L3:M3", "N3:O3", "P3:Q3", "A8:B8"]},
        expected=[_b("program", g[0], sum(g[1:5]), sum(r or 0 for r in g[5:9])) for g in _GABUNGAN],
        note=("A provinsi's consolidated view of its kabupaten/kota: the column is headed 'SKPD' but holds kabupaten "
              "and kota names. Two bands side by side: Pagu by jenis belanja (the Permendagri 90/2019 groups) with "
              "its Total, then Realisasi › Keuangan by the same jenis, each Rp. | %, the Total Rp. | %, and Fisik. "
              "Amounts as PHP's number_format() prints them, with comma thousands ('1,171,000,000,000'); a jenis a "
              "kabupaten/kota did not report is '-' in both cells. The budget is Pagu › Total, the realisation "
              "Keuangan › Total › Rp.; the Total footer holds the sums. A flat list (level 'program'). Names of the "
              "kabupaten/kota real, amounts invented, consistent."),
    ),
    Layout(
        id="budget-monev-realisasi-bulan-sub-kegiatan-rincian-jenis-belanja",
        dataset="budget",
        agency="A kabupaten Dinas Kesehatan's realisation of June by sub-kegiatan and jenis belanja, as an e-monev application shows it before importing (SIPD integration) — kabupaten OPD export (figures synthetic)",
        source=(f"{_MONEV_SOURCE} (search index file id 61808255623): 'Realisasi Bulan <bulan> <tahun>', No | Kode "
                "Rekening | Nama Sub Kegiatan | Pagu | Realisasi › Belanja Operasi (Pegawai, Barang Jasa, Subsidi, "
                "Hibah, Total), Belanja Modal (Tanah, Peralatan Dan Mesin, Gedung dan Bangunan, Jalan Jaringan dan "
                "Irigasi, Aset Tetap Lainnya, Total), Belanja Tidak Terduga, Belanja Transfer (Bagi Hasil, Bantuan "
                "Keuangan, Total), Total (Total Semua, %) | Keterangan, then an 'Import Realisasi Keuangan' button"),
        year=2023,
        sheets={"Realisasi": [
            ["Realisasi Bulan Juni 2023", *[None] * 21],
            ["No", "Kode Rekening", "Nama Sub Kegiatan", "Pagu", "Realisasi", *[None] * 16, "Keterangan"],
            [None] * 4 + ["Belanja Operasi", *[None] * 4, "Belanja Modal", *[None] * 5, "Belanja Tidak Terduga",
                          "Belanja Transfer", None, None, "Total", None, None],
            [None] * 4 + ["Belanja Pegawai", "Belanja Barang Jasa", "Belanja Subsidi", "Belanja Hibah", "Total",
                          " Belanja Modal Tanah", "Belanja Modal Peralatan Dan Mesin", "Belanja Modal Gedung dan Bangunan",
                          "Belanja Modal Jalan, Jaringan, dan Irigasi", "Belanja Modal dan Aset Tetap Lainnya ", "Total",
                          "Belanja Tidak Terduga", " Belanja Bagi Hasil ", "Belanja Bantuan Keuangan", "Total",
                          "Total Semua", "%", None],
            *_realisasi_bulan_rows(),
            [None] * 22,
            ["Import Realisasi Keuangan Bulan  Juni 2023", *[None] * 21],
        ]},
        merged={"Realisasi": ["A2:A4", "B2:B4", "C2:C4", "D2:D4", "E2:U2", "V2:V4", "E3:I3", "J3:O3", "Q3:S3", "T3:U3"]},
        expected=[_b("sub_kegiatan", name, pagu, bbj + bmpm + bmgb) for _, name, pagu, bbj, bmpm, bmgb, _ in
                  _REALISASI_BULAN],
        note=("A month's realisation per sub-kegiatan as the monev application lists it from SIPD before importing "
              "it: a line of text above the table, a three-row header (Realisasi over four jenis groups, each with "
              "its parts and a 'Total', then 'Total Semua' and %), header cells with stray spaces (' Belanja Modal "
              "Tanah'), amounts with comma thousands ('1,102,500,000'), zeros printed '0', the import status as the "
              "last column ('Data Realisasi Bulan 6 belum di inputkan') and the import button's text under the "
              "table. The budget is Pagu, the realisation Total Semua; the group 'Total' columns are sums of their "
              "parts. Sub-kegiatan codes (Kepmendagri 050-5889 form) at the sub-kegiatan level; names real, amounts "
              "invented."),
    ),
    Layout(
        id="budget-monev-data-apbd-pagu-jenis-belanja-band-salah-label",
        dataset="budget",
        agency="The same kabupaten Dinas Kesehatan's pagu by jenis belanja per sub-kegiatan, e-monev 'Data APBD' tab (SIPD import) — kabupaten OPD export (figures synthetic)",
        source=(f"{_MONEV_SOURCE} (search index file id 61413353533), tab 'ask': No | Data APBD › Kode, Uraian | Pagu › "
                "Belanja Operasi (Pegawai, Barang Jasa, Subsidi, Hibah), a band headed 'Belanja Tidak Terduga' over the "
                "five Belanja Modal columns, Belanja Tidak Terduga, Belanja Transfer (Bagi Hasil, Bantuan Keuangan); "
                "program and kegiatan rows with their name over the amount columns"),
        year=2023,
        sheets={"Data APBD": [
            ["No", "Data APBD", None, "Pagu", *[None] * 11],
            [None, None, None, "Belanja Operasi", None, None, None, "Belanja Tidak Terduga", None, None, None, None,
             "Belanja Tidak Terduga", "Belanja Transfer", None],
            [None, "Kode", "Uraian", "Belanja Pegawai", "Belanja Barang Jasa", "Belanja Subsidi", "Belanja Hibah",
             "Belanja Modal Tanah", "Belanja Modal Peralatan dan Mesin", "Belanja Modal Gedung & Bangunan",
             "Belanja Modal Jalan, Jaringan, dan Irigasi", "Belanja Modal dan Aset Tetap Lainnya", None,
             "Belanja Bagi Hasil", "Belanja Bantuan Keuangan"],
            *_apbd_rows(_pagu_columns),
        ]},
        merged={"Data APBD": ["A1:A3", "B1:C2", "D1:O1", "D2:G2", "H2:L2", "M2:M3", "N2:O2", *_apbd_merges(4, "O")]},
        expected=_apbd_expected(lambda sub: sub[2] + sub[3] + sub[4]),
        note=("The pagu of the year by jenis belanja, one column per jenis and no total column: a sub-kegiatan's "
              "budget is the sum of its row. Program and kegiatan rows carry only their code and name (the name "
              "merged over the amount columns). Published slip of the view kept: the band over the five Belanja "
              "Modal columns is headed 'Belanja Tidak Terduga', the same words as the single column after it. A plan: "
              "no realisation. Codes and names real (Kepmendagri 050-5889), numbering and amounts invented."),
    ),
    Layout(
        id="budget-monev-data-apbd-pagu-sumber-dana-pad-dau-dak-dbh",
        dataset="budget",
        agency="The same kabupaten Dinas Kesehatan's pagu by sumber dana per sub-kegiatan, e-monev 'Data APBD' tab (SIPD import) — kabupaten OPD export (figures synthetic)",
        source=(f"{_MONEV_SOURCE} (search index file id 61413353533), tab 'sd': No | Data APBD › Kode, Uraian | Sumber "
                "Dana › PAD, DAU, DAK, DBH, Lainnya › Nilai, Keterangan; program and kegiatan rows with their name over "
                "the amount columns"),
        year=2023,
        sheets={"Sumber Dana": [
            ["No", "Data APBD", None, "Sumber Dana", *[None] * 5],
            [None, None, None, "PAD", "DAU", "DAK", "DBH", "Lainnya", None],
            [None, "Kode", "Uraian", None, None, None, None, "Nilai", "Keterangan"],
            *_apbd_rows(_sumber_columns),
        ]},
        merged={"Sumber Dana": ["A1:A3", "B1:C2", "D1:I1", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:I2",
                                *_apbd_merges(4, "I")]},
        expected=_apbd_expected(lambda sub: sum(sub[5].values())),
        note=("The same pagu split by source of funds across columns (PAD, DAU, DAK, DBH and 'Lainnya' with its name "
              "in a Keterangan column): a sub-kegiatan's budget is the sum of the five amounts, which equals its sum "
              "by jenis belanja in the other tab; the Keterangan is text. The header's 'Kode' and 'Uraian' sit in the "
              "third row under a 'Data APBD' band, the amounts' names in the second. A plan: no realisation. Amounts "
              "invented."),
    ),
]

CASES: list[Layout] = [*STAFF, *INDICATORS, *BUDGET]
