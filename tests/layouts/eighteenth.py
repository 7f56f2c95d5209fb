"""The eighteenth held-out set: real staff and asset layouts collected blind, to measure the integrated kit on layouts
nobody tuned for (README.md records the cases; the lead measures them). Another collector took indicators and budget
(a nineteenth set) at the same time.

Kinds the corpus had none of: a provincial health profile's workforce table by profession (the Kemenkes 'Profil
Kesehatan' Excel template as Dinas Kesehatan Provinsi Jawa Tengah publishes it, 'TENAGA KEFARMASIAN': bands TENAGA
TEKNIS KEFARMASIAN | APOTEKER | TOTAL each over L | P | L + P, a column-number row 1 … 11, the kabupaten/kota rows
nested under the roman-numbered facility type 'II RUMAH SAKIT', English thousands commas, footnote letters glued to a
band and to the total) on its second page, where the total 'PROVINSI JAWA TENGAH' still counts the puskesmas rows of
the page before; a kabupaten's payroll recap by SKPD printed for one staff status, where the status (PNS, or PPPK
Paruh Waktu) stands only in the subtitle 'Periode: Desember 2025 | …' and the headcount is one column ('Jml Peg',
'PEG') among salary amounts, once as the eight-column summary and once as the twenty-one-column detail of allowances
and deductions; a kabupaten Diskominfo's asset condition recap whose summary stands above the list as five cards
(title and figure on two lines of one cell) and whose conditions include 'Hilang' (lost: neither good nor damaged),
the print date in English month names; a school's inventory kept as a Google Sheets database (six sheets: Pengaturan,
Kategori, Ruangan, Barang, Pengguna, LogAktivitas), the item sheet fourth, its headers in Title_Case with underscores
('Nama_Barang', 'Kondisi', 'Jumlah'), ID codes 'BRG-001', prices in a "Rp"#,##0 format. One published table (figures
as printed); four export or print layouts found in public code, filled with invented figures and synthetic people.
Expectations are what each table says, never what the kit reads: the cases were not run through the kit.
"""

from __future__ import annotations

from layouts.case import E, Layout, rupiah

# ---------------------------------------------------------------- staff: Profil Kesehatan Jawa Tengah 2020, p. 211

#: the page's kabupaten/kota rows under 'II RUMAH SAKIT': name, then TTK L, P, L+P, Apoteker L, P, L+P, Total L, P,
#: L+P, as printed
_RS_JATENG = [
    ("Kab.Cilacap", 23, 60, 83, 10, 34, 44, 33, 94, 127),
    ("Kab.Banyumas", 34, 116, 150, 43, 105, 148, 77, 221, 298),
    ("Kab.Purbalingga", 15, 50, 65, 7, 21, 28, 22, 71, 93),
    ("Kab.Banjarnegara", 8, 29, 37, 1, 26, 27, 9, 55, 64),
    ("Kab.Kebumen", 10, 69, 79, 15, 49, 64, 25, 118, 143),
    ("Kab.Purworejo", 10, 51, 61, 8, 25, 33, 18, 76, 94),
    ("Kab.Wonosobo", 11, 39, 50, 5, 23, 28, 16, 62, 78),
    ("Kab.Magelang", 4, 50, 54, 3, 24, 27, 7, 74, 81),
    ("Kab.Boyolali", 13, 72, 85, 2, 34, 36, 15, 106, 121),
    ("Kab.Klaten", 27, 123, 150, 6, 75, 81, 33, 198, 231),
    ("Kab.Sukoharjo", 27, 137, 164, 10, 63, 73, 37, 200, 237),
    ("Kab.Wonogiri", 7, 49, 56, 12, 37, 49, 19, 86, 105),
    ("Kab.Karanganyar", 4, 52, 56, 6, 25, 31, 10, 77, 87),
    ("Kab.Sragen", 7, 95, 102, 4, 40, 44, 11, 135, 146),
    ("Kab.Grobogan", 8, 73, 81, 6, 29, 35, 14, 102, 116),
    ("Kab.Blora", 4, 29, 33, 4, 20, 24, 8, 49, 57),
    ("Kab.Rembang", 6, 18, 24, 2, 21, 23, 8, 39, 47),
    ("Kab.Pati", 6, 76, 82, 9, 49, 58, 15, 125, 140),
    ("Kab.Kudus", 9, 78, 87, 5, 44, 49, 14, 122, 136),
    ("Kab.Jepara", 12, 75, 87, 7, 28, 35, 19, 103, 122),
    ("Kab.Demak", 4, 36, 40, 4, 22, 26, 8, 58, 66),
    ("Kab.Semarang", 9, 76, 85, 3, 37, 40, 12, 113, 125),
    ("Kab.Temanggung", 6, 34, 40, 2, 22, 24, 8, 56, 64),
    ("Kab.Kendal", 5, 47, 52, 2, 24, 26, 7, 71, 78),
    ("Kab.Batang", 6, 48, 54, 2, 23, 25, 8, 71, 79),
    ("Kab.Pekalongan", 12, 40, 52, 7, 18, 25, 19, 58, 77),
    ("Kab.Pemalang", 13, 60, 73, 5, 33, 38, 18, 93, 111),
    ("Kab.Tegal", 23, 107, 130, 6, 32, 38, 29, 139, 168),
    ("Kab.Brebes", 16, 92, 108, 9, 31, 40, 25, 123, 148),
    ("Kota Magelang", 21, 62, 83, 8, 33, 41, 29, 95, 124),
    ("Kota Surakarta", 59, 330, 389, 20, 153, 173, 79, 483, 562),
    ("Kota Salatiga", 12, 46, 58, 5, 19, 24, 17, 65, 82),
    ("Kota Semarang", 48, 525, 573, 33, 227, 260, 81, 752, 833),
    ("Kota Pekalongan", 13, 66, 79, 5, 24, 29, 18, 90, 108),
    ("Kota Tegal", 30, 93, 123, 8, 31, 39, 38, 124, 162),
]
#: the page's top-level rows: number, unit, then the nine figures as printed
_TOP_JATENG = [
    ("II", "RUMAH SAKIT", 522, 3003, 3525, 284, 1501, 1785, 806, 4504, 5310),
    ("III", "SARANA PELAYANAN KESEHATAN LAIN", 87, 739, 826, 283, 1571, 1854, 370, 2310, 2680),
    ("IV", "DINAS KESEHATAN KAB/KOTA", 8, 36, 44, 8, 33, 41, 16, 69, 85),
    ("V", "DINAS KESEHATAN PROVINSI", 0, 1, 1, 1, 4, 5, 1, 5, 6),
]
_TOTAL_JATENG = ("PROVINSI JAWA TENGAH b", 763, 4585, 5348, 693, 3634, 4327, 1456, 8219, 9675)


def _jateng_rows() -> list[list]:
    rows: list[list] = [
        ["TENAGA KEFARMASIAN", *[None] * 10],
        ["NO", "UNIT KERJA", "TENAGA TEKNIS KEFARMASIAN a", None, None, "APOTEKER", None, None, "TOTAL", None, None],
        [None, None, "L", "P", "L + P", "L", "P", "L + P", "L", "P", "L + P"],
        list(range(1, 12)),
        list(_TOP_JATENG[0]),
        *[[i, *row] for i, row in enumerate(_RS_JATENG, start=1)],
        *[list(row) for row in _TOP_JATENG[1:]],
        [_TOTAL_JATENG[0], None, *_TOTAL_JATENG[1:]],
    ]
    return rows


_JATENG_ROWS = _jateng_rows()
#: every figure cell shown with the English thousands comma the page prints ('3,003')
_JATENG_FORMATS = {f"{col}{row}": "#,##0" for row in range(5, len(_JATENG_ROWS) + 1) for col in "CDEFGHIJK"}

# ---------------------------------------------------------------- staff: a kabupaten's payroll recap by SKPD

#: the SKPD of an invented kabupaten: code, name, PPPK paruh waktu on the December payroll, PNS on it
_SKPD = [
    ("1.01.0.00.0.00.01.0000", "Dinas Pendidikan", 214, 2_131),
    ("1.02.0.00.0.00.01.0000", "Dinas Kesehatan", 96, 388),
    ("1.02.0.00.0.00.01.0001", "RSUD Sukamaju", 57, 164),
    ("1.03.0.00.0.00.01.0000", "Dinas Pekerjaan Umum dan Penataan Ruang", 18, 71),
    ("4.01.0.00.0.00.01.0000", "Sekretariat Daerah", 23, 142),
    ("4.02.0.00.0.00.01.0000", "Sekretariat DPRD", 11, 46),
    ("7.01.0.00.0.00.01.0000", "Kecamatan Sukamaju", 9, 27),
]
_PERIODE = "Periode: Desember 2025"
_GENERATED = "Generated on 06 Jan 2026 09:42"


def _pw_amounts(count: int, index: int) -> tuple[int, int, int, int]:
    """Gaji pokok, tunjangan, potongan and bersih of an SKPD's part-time PPPK (invented, consistent)."""
    gapok = count * 1_750_000 + index * 125_000
    tunjangan = count * 210_000
    potongan = count * 35_000 + index * 2_500
    return gapok, tunjangan, potongan, gapok + tunjangan - potongan


def _pw_rows() -> list[list]:
    rows: list[list] = [
        ["Laporan SKPD – Daftar Gaji", *[None] * 7],
        [f"{_PERIODE}  |  PPPK Paruh Waktu", *[None] * 7],
    ]
    body, sums = [], [0, 0, 0, 0]
    for i, (kode, nama, pw, _pns) in enumerate(_SKPD, start=1):
        amounts = _pw_amounts(pw, i)
        sums = [a + b for a, b in zip(sums, amounts)]
        body.append([i, kode, nama, pw, *(rupiah(a) for a in amounts)])
    total = sum(row[2] for row in _SKPD)
    rows += [
        [f"Total SKPD: {len(_SKPD)}  |  Total Pegawai: {total}  |  Total Bersih: Rp {rupiah(sums[3])}",
         *[None] * 7],
        ["No", "Kode SKPD", "Nama SKPD", "Jml Peg", "Gaji Pokok", "Tunjangan", "Potongan", "Total Bersih"],
        *body,
        ["TOTAL", None, None, total, *(rupiah(s) for s in sums)],
        [],
        [_GENERATED, *[None] * 7],
    ]
    return rows


_PW_ROWS = _pw_rows()

#: the detail columns after PEG, in the view's order
_DETAIL = ["GAPOK", "TJISTRI", "TJANAK", "TJTPP", "TJESELON", "TJFUNGSI", "TJBERAS", "TJPAJAK", "TJUMUM", "TBILAT",
           "KOTOR", "PIWP", "PIWP2", "PIWP8", "PPAJAK", "POTONGAN", "BERSIH"]


def _pns_amounts(count: int, index: int) -> list[int]:
    """The seventeen amounts of an SKPD's PNS on the December payroll (invented, consistent: KOTOR is the sum of the
    earnings, POTONGAN of the deductions, BERSIH their difference)."""
    gapok = count * 3_412_000 + index * 310_000
    istri = count * 238_000
    anak = count * 96_000
    tpp = 0  # paid on a separate list
    eselon = index * 1_260_000 if index > 2 else index * 3_250_000
    fungsi = count * 540_000
    beras = count * 289_680
    pajak = count * 41_500
    umum = count * 95_000
    bilat = index * 50
    kotor = gapok + istri + anak + tpp + eselon + fungsi + beras + pajak + umum + bilat
    iwp = (gapok + istri + anak) // 10
    iwp2 = (gapok + istri + anak) * 2 // 100
    iwp8 = (gapok + istri + anak) * 8 // 100
    ppajak = pajak
    potongan = iwp + ppajak  # IWP 10% is the sum of its 2% and 8% parts, shown beside them
    return [gapok, istri, anak, tpp, eselon, fungsi, beras, pajak, umum, bilat, kotor, iwp, iwp2, iwp8, ppajak,
            potongan, kotor - potongan]


def _pns_rows() -> list[list]:
    width = 3 + 1 + len(_DETAIL)
    rows: list[list] = [
        ["Laporan SKPD – Daftar Gaji", *[None] * (width - 1)],
        [f"{_PERIODE}  |  PNS", *[None] * (width - 1)],
    ]
    body, sums = [], [0] * len(_DETAIL)
    for i, (kode, nama, _pw, pns) in enumerate(_SKPD, start=1):
        amounts = _pns_amounts(pns, i)
        sums = [a + b for a, b in zip(sums, amounts)]
        body.append([i, kode, nama, pns, *(rupiah(a) for a in amounts)])
    total = sum(row[3] for row in _SKPD)
    rows += [
        [f"Total SKPD: {len(_SKPD)}  |  Total Pegawai: {total}  |  Total Bersih: Rp {rupiah(sums[-1])}",
         *[None] * (width - 1)],
        ["No", "Kode SKPD", "Nama SKPD", "PEG", *_DETAIL],
        *body,
        ["TOTAL", None, None, total, *(rupiah(s) for s in sums)],
        [],
        [_GENERATED, *[None] * (width - 1)],
    ]
    return rows


_PNS_ROWS = _pns_rows()

STAFF: list[Layout] = [
    Layout(
        id="staff-profil-kesehatan-jateng-2020-tenaga-kefarmasian-halaman-lanjutan-rs-kab-kota-l-p-koma-ribuan",
        dataset="staff",
        agency=("Dinas Kesehatan Provinsi Jawa Tengah, Profil Kesehatan 2020, pharmacy staff by facility type and "
                "kabupaten/kota — provinsi dinas kesehatan, health profile workforce table (published)"),
        source=("https://dinkesjatengprov.go.id/v2018/dokumen/Profil2020/files/basic-html/page211.html — Profil "
                "Kesehatan Jateng 2020, p. 211, 'TENAGA KEFARMASIAN': NO | UNIT KERJA | TENAGA TEKNIS KEFARMASIAN a "
                "| APOTEKER | TOTAL, each over L | P | L + P, column numbers 1–11, II RUMAH SAKIT with its 35 "
                "kabupaten/kota, III SARANA PELAYANAN KESEHATAN LAIN, IV DINAS KESEHATAN KAB/KOTA, V DINAS "
                "KESEHATAN PROVINSI, PROVINSI JAWA TENGAH b (the page's text ends at 'RASIO TERHA…')"),
        year=2020,
        sheets={"Tenaga Kefarmasian": _JATENG_ROWS},
        merged={"Tenaga Kefarmasian": ["A1:K1", "A2:A3", "B2:B3", "C2:E2", "F2:H2", "I2:K2",
                                       f"A{len(_JATENG_ROWS)}:B{len(_JATENG_ROWS)}"]},
        number_formats={"Tenaga Kefarmasian": _JATENG_FORMATS},
        expected={
            # the page's top-level rows (II … V) under TOTAL: men 806 + 370 + 16 + 1, women 4504 + 2310 + 69 + 5
            "gender": {"Laki-laki": sum(row[8] for row in _TOP_JATENG),
                       "Perempuan": sum(row[9] for row in _TOP_JATENG)},
        },
        # PROVINSI JAWA TENGAH (1,456 | 8,219 | 9,675) is more than the page's rows II–V (1,193 | 6,888 | 8,081):
        # it also counts 'I PUSKESMAS', printed on the page before (p. 210), which this page does not hold
        findings=((E, "sum_mismatch"),),
        note=("The second page of the health profile's table of pharmacy staff (the Kemenkes Profil Kesehatan Excel "
              "template, printed to the flipbook; the table's caption and its section 'I PUSKESMAS' are on p. 210). "
              "A title row 'TENAGA KEFARMASIAN', then NO | UNIT KERJA and three bands, TENAGA TEKNIS KEFARMASIAN "
              "(with its footnote letter 'a' glued on), APOTEKER and TOTAL, each over L | P | L + P, and a "
              "column-number row 1 … 11. The rows: 'II' 'RUMAH SAKIT' with its sums, the 35 kabupaten/kota numbered "
              "1 … 35 under it (hospitals in each), then the facility types III, IV and V with figures of their own, "
              "and 'PROVINSI JAWA TENGAH b' over NO and UNIT KERJA. The figures are printed with English thousands "
              "commas (3,003; here numbers in a '#,##0' format). Every row adds up (L + P, TTK + Apoteker = TOTAL, "
              "the 35 kabupaten/kota = II). Health workers of every employer (private hospitals too), not ASN of "
              "one agency: no status. Expected by sex from the page's own top-level rows (II + III + IV + V: 1,193 "
              "men, 6,888 women); the province total row is 263 men and 1,331 women more, the puskesmas of the page "
              "before: one error sum_mismatch. The 'RASIO TERHADAP 100.000 PENDUDUK' row and the footnotes a and b "
              "under the table are cut off in the page's text and left out."),
    ),
    Layout(
        id="staff-daftar-gaji-skpd-pppk-paruh-waktu-jml-peg-status-di-subjudul-kartu-total",
        dataset="staff",
        agency=("a kabupaten (not named; SKPD and amounts invented), its payroll recap by SKPD for PPPK paruh waktu, "
                "December 2025 — kabupaten BKAD/BKPSDM, payroll application print pasted into a sheet (figures "
                "synthetic)"),
        source=("public GitHub Laravel payroll application, Blade view for the PDF 'Laporan SKPD – Daftar Gaji' (search "
                "index file id 30639192435): <h1> title, subtitle 'Periode: <month> <year> | ' + {'pns': 'PNS', "
                "'pppk': 'PPPK Penuh Waktu', 'pw': 'PPPK Paruh Waktu'}[type], a summary line 'Total SKPD: … | Total "
                "Pegawai: … | Total Bersih: Rp …', the summary table No | Kode SKPD | Nama SKPD | Jml Peg | Gaji "
                "Pokok | Tunjangan | Potongan | Total Bersih, TOTAL over three columns, footer 'Generated on d M Y "
                "H:i'"),
        year=2025,
        sheets={"Daftar Gaji PW": _PW_ROWS},
        merged={"Daftar Gaji PW": ["A1:H1", "A2:H2", "A3:H3", f"A{len(_PW_ROWS) - 2}:C{len(_PW_ROWS) - 2}"]},
        expected={"status": {"PPPK": sum(row[2] for row in _SKPD)}},
        note=("A payroll recap, not a staff table by name: one row per SKPD with its headcount 'Jml Peg' among four "
              "money columns (number_format with dots, text in the PDF). The status of everyone counted stands only "
              "in the subtitle, after the period: 'Periode: Desember 2025  |  PPPK Paruh Waktu' (the view's summary "
              "mode, used for the part-time PPPK and for all statuses together). PPPK paruh waktu are PPPK (ASN "
              "since 2025), so the 428 are PPPK; no sex, golongan or education. The summary line above the table "
              "repeats the total (Total Pegawai) and the TOTAL row is merged over No, Kode SKPD and Nama SKPD. SKPD "
              "codes in the SIPD form, names, counts and amounts invented, consistent (each Total Bersih = Gaji "
              "Pokok + Tunjangan − Potongan)."),
    ),
    Layout(
        id="staff-daftar-gaji-skpd-pns-detail-peg-gapok-tjistri-piwp-status-di-subjudul",
        dataset="staff",
        agency=("a kabupaten (not named; SKPD and amounts invented), its payroll recap by SKPD for PNS, December "
                "2025 — kabupaten BKAD/BKPSDM, payroll application print pasted into a sheet (figures synthetic)"),
        source=("public GitHub Laravel payroll application, Blade view for the PDF 'Laporan SKPD – Daftar Gaji' (search "
                "index file id 30639192435), detail mode (PNS / PPPK Penuh Waktu): No | Kode SKPD | Nama SKPD | PEG "
                "| GAPOK | TJISTRI | TJANAK | TJTPP | TJESELON | TJFUNGSI | TJBERAS | TJPAJAK | TJUMUM | TBILAT | "
                "KOTOR | PIWP | PIWP2 | PIWP8 | PPAJAK | POTONGAN | BERSIH, TOTAL over three columns"),
        year=2025,
        sheets={"Daftar Gaji PNS": _PNS_ROWS},
        merged={"Daftar Gaji PNS": ["A1:U1", "A2:U2", "A3:U3", f"A{len(_PNS_ROWS) - 2}:C{len(_PNS_ROWS) - 2}"]},
        expected={"status": {"PNS": sum(row[3] for row in _SKPD)}},
        note=("The same print in its detail mode, for PNS: twenty-one columns, the headcount a four-letter 'PEG' "
              "between the SKPD name and seventeen payroll codes (GAPOK, TJISTRI … TBILAT earnings, KOTOR, PIWP, "
              "PIWP2, PIWP8, PPAJAK deductions, POTONGAN, BERSIH), amounts as text with dots, TJTPP 0 on every row. "
              "The status is only in the subtitle 'Periode: Desember 2025  |  PNS'. 2,969 PNS by SKPD; no sex, "
              "golongan or education. SKPD, counts and amounts invented, consistent (KOTOR the sum of the earnings, "
              "POTONGAN = PIWP + PPAJAK, PIWP = PIWP2 + PIWP8 up to rounding, BERSIH = KOTOR − POTONGAN)."),
    ),
]

# ---------------------------------------------------------------- assets: Diskominfo Bone Bolango condition recap

#: the office's equipment: (no. reg pemda, jenis barang, merek/tipe, penanggung jawab or '', tahun or None, kondisi);
#: registers, brands and people invented
_SIMPATIK = [
    ("1.3.2.10.01.02.001.0001", "Laptop", "Lenovo ThinkPad E14", "Rahmat Djafar", 2022, "Baik"),
    ("1.3.2.10.01.02.001.0002", "Laptop", "Lenovo ThinkPad E14", "Sri Wahyuni Gobel", 2022, "Baik"),
    ("1.3.2.10.01.02.001.0003", "Laptop", "Asus VivoBook 14", "Yusuf Hasan", 2019, "Rusak Ringan"),
    ("1.3.2.10.01.02.001.0004", "Laptop", "Acer Aspire 5", "", 2018, "Hilang"),
    ("1.3.2.10.01.02.002.0001", "Personal Computer", "HP ProDesk 400 G7", "Nurhayati Mokoginta", 2021, "Baik"),
    ("1.3.2.10.01.02.002.0002", "Personal Computer", "HP ProDesk 400 G7", "Fadli Ismail", 2021, "Baik"),
    ("1.3.2.10.01.02.002.0003", "Personal Computer", "Dell OptiPlex 3050", "", 2017, "Rusak Berat"),
    ("1.3.2.10.02.03.004.0001", "Printer", "Epson L3210", "Nurhayati Mokoginta", 2023, "Baik"),
    ("1.3.2.10.02.03.004.0002", "Printer", "Canon iX6770", "", None, "Rusak Ringan"),
    ("1.3.2.10.02.05.001.0001", "Router", "MikroTik CCR2004", "Irfan Tangahu", 2023, "Baik"),
    ("1.3.2.10.02.05.002.0001", "Switch", "Cisco CBS350-24T", "Irfan Tangahu", 2020, "Baik"),
    ("1.3.2.10.02.05.002.0002", "Switch", "TP-Link TL-SG1024", "Irfan Tangahu", 2016, "Rusak Berat"),
    ("1.3.2.10.02.05.003.0001", "Access Point", "Ubiquiti UniFi U6 Lite", "", 2022, "Baik"),
    ("1.3.2.10.02.05.003.0002", "Access Point", "Ubiquiti UniFi U6 Lite", "", 2022, "Baik"),
    ("1.3.2.05.02.06.001.0001", "Proyektor", "Epson EB-X500", "Sri Wahyuni Gobel", 2021, "Baik"),
    ("1.3.2.05.02.06.005.0001", "Kamera Digital", "Sony Alpha A6400", "Yusuf Hasan", 2020, "Hilang"),
    ("1.3.2.05.02.06.005.0002", "Kamera Digital", "Canon EOS M50 Mark II", "Yusuf Hasan", 2023, "Baik"),
]


def _simpatik_rows() -> list[list]:
    tally = {k: sum(row[5] == k for row in _SIMPATIK) for k in ("Baik", "Rusak Ringan", "Rusak Berat", "Hilang")}
    rows: list[list] = [
        ["PEMERINTAH KABUPATEN BONE BOLANGO", *[None] * 6],
        ["DINAS KOMUNIKASI DAN INFORMATIKA", *[None] * 6],
        ["Laporan Rekapitulasi Kondisi Barang & Peralatan Mesin", *[None] * 6],
        [],
        ["Periode Filter: Desember 2025", None, None, None, None, None, "Tanggal Cetak: 06 January 2026"],
        [],
        [f"KONDISI BAIK\n{tally['Baik']}", f"RUSAK RINGAN\n{tally['Rusak Ringan']}",
         f"RUSAK BERAT\n{tally['Rusak Berat']}", f"HILANG\n{tally['Hilang']}", f"TOTAL ASET\n{len(_SIMPATIK)}",
         None, None],
        [],
        ["NO", "NO. REG PEMDA", "JENIS BARANG", "MEREK / TIPE", "PENANGGUNG JAWAB", "TAHUN", "KONDISI"],
    ]
    for i, (reg, jenis, merek, pj, tahun, kondisi) in enumerate(_SIMPATIK, start=1):
        rows.append([i, reg, jenis, merek, pj or "Belum Ditentukan", tahun or "-", kondisi])
    rows += [
        [],
        [None, None, None, None, "Suwawa, 06 January 2026", None, None],
        [None, None, None, None, "Pengelola Barang / Aset", None, None],
        [],
        [None, None, None, None, "_______________________", None, None],
        [None, None, None, None, "NIP. .....................................", None, None],
    ]
    return rows


def _simpatik_expected() -> list[dict]:
    order: dict[str, list[int]] = {}
    for _reg, jenis, _merek, _pj, _tahun, kondisi in _SIMPATIK:
        tally = order.setdefault(jenis, [0, 0])
        if kondisi == "Baik":
            tally[0] += 1
        elif kondisi in ("Rusak Ringan", "Rusak Berat"):
            tally[1] += 1
        # 'Hilang' (lost) is neither good nor damaged: not counted
    return [{"item": jenis, "good": good, "damaged": damaged} for jenis, (good, damaged) in order.items()]


# ---------------------------------------------------------------- assets: a school's Google Sheets inventory database

_HEADERS_BARANG = ["ID", "Kode_Barang", "Nama_Barang", "ID_Kategori", "Nama_Kategori", "ID_Ruangan", "Nama_Ruangan",
                   "Merk", "Nomor_Seri", "Tahun_Pengadaan", "Sumber_Dana", "Kondisi", "Jumlah", "Satuan",
                   "Harga_Satuan", "Total_Nilai", "Penanggung_Jawab", "Keterangan", "Tanggal_Input", "Tanggal_Update"]
_KATEGORI = [
    ("KAT-01", "KOMP", "Elektronik & TIK", "Komputer, laptop, printer, proyektor, dan jaringan", "#3B82F6"),
    ("KAT-02", "MEBL", "Mebel & Perabot", "Meja, kursi siswa/guru, lemari, rak buku, dan loker", "#F59E0B"),
    ("KAT-03", "LAB", "Alat Laboratorium & Praktikum", "Mikroskop, alat peraga sains, kit IPA", "#10B981"),
    ("KAT-05", "ORGS", "Olahraga & Kesenian", "Bola, matras, alat musik", "#EC4899"),
]
_RUANGAN = [
    ("RNG-01", "LAB-KOM", "Laboratorium Komputer", "Gedung B", "Lantai 2", "Dedi Kurniawan, S.Kom.", 36,
     "Ruang praktikum TIK dan ANBK"),
    ("RNG-02", "LAB-IPA", "Laboratorium IPA", "Gedung B", "Lantai 1", "Euis Rohaeti, S.Pd.", 32, "Praktikum sains"),
    ("RNG-05", "R-TU", "Ruang Tata Usaha", "Gedung Utama", "Lantai 1", "Asep Saepuloh", 10, "Administrasi"),
    ("RNG-06", "KLS-8A", "Ruang Kelas VIII-A", "Gedung A", "Lantai 1", "Wali Kelas VIII-A", 32, "Kelas 8-A"),
    ("RNG-07", "AULA", "Aula Serbaguna", "Gedung C", "Lantai 1", "Ujang Suherman", 200, "Upacara dan pentas"),
]
_NAMA_RUANG = {row[0]: row[2] for row in _RUANGAN}
_NAMA_KAT = {row[0]: row[2] for row in _KATEGORI}
#: the items: (id, kode, nama, kategori, ruangan, merk, seri, tahun, dana, kondisi, jumlah, satuan, harga, pj, ket);
#: items, prices and people invented
_BARANG = [
    ("BRG-001", "INV-KOMP-LABKOM-001", "PC Desktop All-in-One", "KAT-01", "RNG-01", "Lenovo IdeaCentre",
     "LNV-5Z01", 2023, "BOS Kinerja", "Baik", 30, "Unit", 8_250_000, "Dedi Kurniawan, S.Kom.", "Perangkat ANBK"),
    ("BRG-002", "INV-KOMP-LABKOM-002", "PC Desktop All-in-One", "KAT-01", "RNG-01", "Acer Aspire C24",
     "ACR-C24-77", 2019, "DAK Fisik", "Rusak Ringan", 6, "Unit", 7_100_000, "Dedi Kurniawan, S.Kom.",
     "Layar bergaris, perlu servis"),
    ("BRG-003", "INV-KOMP-RTU-003", "Printer Laser Multifungsi", "KAT-01", "RNG-05", "Brother MFC-L2700",
     "BRT-2700-12", 2020, "BOS Reguler", "Rusak Berat", 1, "Unit", 4_350_000, "Asep Saepuloh", "Mati total"),
    ("BRG-004", "INV-KOMP-AULA-004", "Proyektor LCD", "KAT-01", "RNG-07", "Epson EB-E500", "EP-E500-08", 2022,
     "BOS Reguler", "Baik", 2, "Unit", 5_900_000, "Ujang Suherman", ""),
    ("BRG-005", "INV-MEBL-KLS8A-005", "Set Meja Kursi Siswa", "KAT-02", "RNG-06", "Futura School", "-", 2021,
     "BOS Reguler", "Baik", 28, "Set", 690_000, "Wali Kelas VIII-A", ""),
    ("BRG-006", "INV-MEBL-KLS8A-006", "Set Meja Kursi Siswa", "KAT-02", "RNG-06", "Futura School", "-", 2014,
     "APBD", "Rusak Ringan", 4, "Set", 420_000, "Wali Kelas VIII-A", "Kaki kursi patah"),
    ("BRG-007", "INV-MEBL-RTU-007", "Lemari Arsip Besi", "KAT-02", "RNG-05", "Lion Metal", "LMS-FC-14", 2018,
     "BOS Reguler", "Baik", 3, "Unit", 3_150_000, "Asep Saepuloh", "Berkas ijazah"),
    ("BRG-008", "INV-LAB-LABIPA-008", "Mikroskop Binokuler", "KAT-03", "RNG-02", "Olympus CX23", "OLY-CX23-4",
     2022, "DAK Fisik", "Baik", 10, "Unit", 9_400_000, "Euis Rohaeti, S.Pd.", ""),
    ("BRG-009", "INV-LAB-LABIPA-009", "Kit Praktikum Optik", "KAT-03", "RNG-02", "Pudak Scientific", "PDK-OPT-19",
     2019, "BOS Reguler", "Rusak Ringan", 5, "Set", 2_300_000, "Euis Rohaeti, S.Pd.", "Lensa retak"),
    ("BRG-010", "INV-ORGS-AULA-010", "Set Angklung", "KAT-05", "RNG-07", "Saung Udjo", "-", 2020, "Komite Sekolah",
     "Baik", 2, "Paket", 6_500_000, "Ujang Suherman", "Ekstrakurikuler seni"),
]


def _sekolah_sheets() -> dict[str, list[list]]:
    barang = [_HEADERS_BARANG]
    for (ident, kode, nama, kat, ruang, merk, seri, tahun, dana, kondisi, jumlah, satuan, harga, pj,
         ket) in _BARANG:
        barang.append([ident, kode, nama, kat, _NAMA_KAT[kat], ruang, _NAMA_RUANG[ruang], merk, seri, tahun, dana,
                       kondisi, jumlah, satuan, harga, jumlah * harga, pj, ket, f"{tahun}-07-15", ""])
    return {
        "Pengaturan": [
            ["Kunci_Pengaturan", "Nilai_Pengaturan", "Keterangan"],
            ["namaSekolah", "SMP Negeri 2 Cibening", "Nama resmi sekolah"],
            ["npsn", "20299999", "Nomor Pokok Sekolah Nasional"],
            ["alamat", "Jl. Raya Cibening No. 12", "Alamat lengkap"],
            ["kepalaSekolah", "Drs. Hendra Gunawan, M.Pd.", "Nama Kepala Sekolah"],
            ["wakaSarpras", "Euis Rohaeti, S.Pd.", "Wakil Kepala Urusan Sarpras"],
            ["formatKodeBarang", "INV-[KAT]-[RUANG]-[NO]", "Format generate kode barang otomatis"],
        ],
        "Kategori": [["ID", "Kode_Kategori", "Nama_Kategori", "Deskripsi", "Warna_Tag"],
                     *[list(row) for row in _KATEGORI]],
        "Ruangan": [["ID", "Kode_Ruangan", "Nama_Ruangan", "Gedung", "Lantai", "Penanggung_Jawab", "Kapasitas",
                     "Deskripsi"], *[list(row) for row in _RUANGAN]],
        "Barang": barang,
        "Pengguna": [
            ["ID", "Username", "Nama_Lengkap", "Email", "Role", "Status", "Nomor_Telepon", "Terakhir_Login"],
            ["USR-01", "admin", "Euis Rohaeti, S.Pd.", "sarpras@smpn2cibening.example", "Super Admin", "Aktif",
             "0812-0000-1111", "2025-12-29 07:15"],
            ["USR-02", "operator", "Dedi Kurniawan, S.Kom.", "tik@smpn2cibening.example", "Admin Sarpras", "Aktif",
             "0813-0000-2222", "2025-12-28 14:30"],
        ],
        "LogAktivitas": [
            ["ID", "Timestamp", "User", "Aksi", "Tipe", "Detail"],
            ["LOG-001", "2025-07-15 07:20:11", "Euis Rohaeti, S.Pd.", "SYNC", "SISTEM",
             "Inisialisasi database inventaris sekolah berhasil"],
            ["LOG-1735441200000", "2025-12-29 07:40:02", "Euis Rohaeti, S.Pd.", "EDIT", "BARANG",
             "Menyimpan barang: Printer Laser Multifungsi"],
        ],
    }


def _sekolah_expected() -> list[dict]:
    order: dict[str, list[int]] = {}
    for row in _BARANG:
        tally = order.setdefault(row[2], [0, 0])
        tally[0 if row[9] == "Baik" else 1] += row[10]
    return [{"item": nama, "good": good, "damaged": damaged} for nama, (good, damaged) in order.items()]


ASSETS: list[Layout] = [
    Layout(
        id="assets-diskominfo-bone-bolango-rekap-kondisi-kartu-ringkasan-hilang-bulan-inggris",
        dataset="assets",
        agency=("Dinas Komunikasi dan Informatika Kabupaten Bone Bolango, its equipment (peralatan dan mesin) by "
                "condition — kabupaten OPD, asset application ('SIMPATIK') print pasted into a sheet (items "
                "synthetic)"),
        source=("public GitHub Laravel asset application of Diskominfo Kabupaten Bone Bolango, Blade view for the PDF "
                "'Laporan Rekap SIMPATIK - Diskominfo' (search index file id 67548212613): PEMERINTAH KABUPATEN BONE "
                "BOLANGO / DINAS KOMUNIKASI DAN INFORMATIKA / 'Laporan Rekapitulasi Kondisi Barang & Peralatan "
                "Mesin', 'Periode Filter:' and 'Tanggal Cetak:' (date('d F Y')), five cards Kondisi Baik | Rusak "
                "Ringan | Rusak Berat | Hilang | Total Aset, then No | No. Reg Pemda | Jenis Barang | Merek / Tipe | "
                "Penanggung Jawab | Tahun | Kondisi (headers uppercased by CSS), signature 'Suwawa, …' of the "
                "Pengelola Barang / Aset"),
        year=2025,
        sheets={"Rekap Kondisi": _simpatik_rows()},
        merged={"Rekap Kondisi": ["A1:G1", "A2:G2", "A3:G3", "A5:D5"]},
        expected=_simpatik_expected(),
        note=("An OPD's equipment list under a summary that is not a table: five cards in one row, each cell holding "
              "its title and its figure on two lines ('KONDISI BAIK⏎11'), the last a 'TOTAL ASET' that counts every "
              "register, lost ones too. Each row below is one register, one unit. Kondisi is a word, Baik, Rusak "
              "Ringan, Rusak Berat or Hilang; a lost item is neither good nor damaged and is not counted (2 of 17), "
              "so the items add up to 15, not to the card's 17. Expected by Jenis Barang in order of first "
              "appearance. An empty Penanggung Jawab prints 'Belum Ditentukan', an empty year '-'. The print date "
              "comes from PHP's date('d F Y'), in English ('06 January 2026'), while the period's month is the "
              "controller's $namaBulan (not in the view; written here in Indonesian, 'Desember 2025'). Registers, brands and people invented."),
    ),
    Layout(
        id="assets-sekolah-google-sheets-database-enam-sheet-barang-header-garis-bawah-kondisi-jumlah",
        dataset="assets",
        agency=("SMP Negeri 2 Cibening (invented), its inventory kept in a Google Sheets database and downloaded as "
                "a workbook — public junior secondary school, school inventory application's spreadsheet (items "
                "synthetic)"),
        source=("public GitHub template of a school inventory web app backed by Google Apps Script (search index file "
                "id 70447377987), CODE_GS_SCRIPT setupDatabase(): sheets Pengaturan, Kategori, Ruangan, Barang, "
                "Pengguna, LogAktivitas, each with a coloured frozen header row; Barang: ID | Kode_Barang | "
                "Nama_Barang | ID_Kategori | Nama_Kategori | ID_Ruangan | Nama_Ruangan | Merk | Nomor_Seri | "
                "Tahun_Pengadaan | Sumber_Dana | Kondisi | Jumlah | Satuan | Harga_Satuan | Total_Nilai | "
                "Penanggung_Jawab | Keterangan | Tanggal_Input | Tanggal_Update, columns O:P formatted "
                "'\"Rp\"#,##0'; rekapKondisiBarang() sums Jumlah by Kondisi (Baik, Rusak Ringan, Rusak Berat)"),
        year=2025,
        sheets=_sekolah_sheets(),
        number_formats={"Barang": {f"{col}{row}": '"Rp"#,##0' for row in range(2, len(_BARANG) + 2)
                                   for col in "OP"}},
        expected=_sekolah_expected(),
        note=("The whole database workbook as File › Download gives it: six sheets, the items on the fourth "
              "('Barang') after settings as key-value pairs, categories and rooms, and the users and the activity "
              "log after it. Each sheet is a bare table from row 1, headers in Title_Case joined by underscores "
              "('Nama_Barang', 'Harga_Satuan'); the items carry codes 'BRG-001' and 'INV-KOMP-LABKOM-001', their "
              "category and room both as ID and name, the condition word and the units (Jumlah, 'Unit', 'Set', "
              "'Paket'). Prices as numbers shown 'Rp8.250.000'. The application's own recap counts units by "
              "condition: expected units by Nama_Barang (the two lines of 'PC Desktop All-in-One' give 30 good and "
              "6 damaged; of 'Set Meja Kursi Siswa' 28 and 4). School, people and items invented (the template's "
              "sample rows are not copied)."),
    ),
]

CASES: list[Layout] = [*STAFF, *ASSETS]
