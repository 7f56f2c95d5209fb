"""The eighth held-out set: real budget and indicator layouts collected blind, to measure the integrated kit on layouts
nobody tuned for (README.md records the cases; the lead measures them).

Kinds the corpus had none or few of: a kabupaten RSUD's BLUD realisation from its SIMAKDA accounting application (an
HTML page sent as Excel, BLUD revenue above the spending, amounts with decimal commas beside percentages with decimal
points), a desa's APBDes realisation from a village finance application (pendapatan and belanja sections, bidang rows
without amounts, the difference's sign turned between rows and totals, percentages as fractions, a signature block), a
kementerian satker's monthly realisation by RKA-K/L code (POK, KRO, RO, komponen, akun) with no pagu at all, a treasury
application's 'Laporan Penjagaan Pagu Anggaran' by kode rekening under filled-in placeholders, a pengadilan negeri's
financial-statement table by jenis belanja with its bruto, refund and netto rows; a lembaga's (BMKG) comparison of a
sub-IKU across two year bands with a merged 'new indicator' cell, the same lembaga's capaian table with a five-year
capaian table stacked under it, a pengadilan agama's measurement with numbered indicators and a page footer, and a
kabupaten e-SAKIP's Renstra achievement with five year bands of target, realisation and an always-empty capaian, a
Polarisasi column (Maximize / Minimize) and end-of-period averages.
Published tables keep their cells as printed (published mistakes kept as expected findings); export layouts keep the
exporting code's columns, titles and footers, filled with invented units, amounts and values (no person: names and NIPs
are synthetic). Expectations are what each table says, never what the kit reads: the cases were not run through the
kit.
"""

from __future__ import annotations

from layouts.case import E, W, budget_row as _b, indicator as _ind, Layout
from workbooks import nip


def _idr(amount: float) -> str:
    """An amount as the SIMAKDA helper ``idr()`` prints it: ``number_format($x, 2, ',', '.')`` ('1.234.567,00')."""
    return f"{amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


# ---------------------------------------------------------------- budget

#: the RSUD's BLUD accounts: (sub-kegiatan code, sub-kegiatan name, account code as stored, account name, budget,
#: realisation); the revenue account is the one the controller filters on ('410416010001')
_BLUD_PENDAPATAN = [
    ("1.02.01.2.10.0001", "Pelayanan dan Penunjang Pelayanan BLUD", "410416010001",
     "Pendapatan BLUD dari Jasa Layanan", 15_000_000_000, 15_412_904_300),
]
_BLUD_BELANJA = [
    ("1.02.01.2.10.0001", "Pelayanan dan Penunjang Pelayanan BLUD", "510199999999", "Belanja Pegawai BLUD",
     4_250_000_000, 4_012_350_000),
    ("1.02.01.2.10.0001", "Pelayanan dan Penunjang Pelayanan BLUD", "510299999999", "Belanja Barang dan Jasa BLUD",
     9_875_500_000, 8_903_126_450),
    ("1.02.01.2.10.0001", "Pelayanan dan Penunjang Pelayanan BLUD", "520299999999",
     "Belanja Modal Peralatan dan Mesin BLUD", 1_640_000_000, 1_522_780_000),
]

_TD = '<td align="{}" style="font-size:12px;border-top:solid 1px black{}">{}</td>'


def _blud_line(first: str, code: str, name: str, budget: int, real: int, pct: str) -> str:
    return ("        <tr>\n            " + "\n            ".join([
        _TD.format("left", ";padding-left: 10px", first), _TD.format("center", "", code),
        _TD.format("left", "; padding-left: 10px", name), _TD.format("center", "", _idr(budget)),
        _TD.format("center", "", _idr(real)), _TD.format("center", "", _idr(abs(real - budget))),
        _TD.format("center", "", pct)]) + "\n        </tr>\n")


def _blud_total(label: str, budget: int, real: int, pct: str) -> str:
    cells = [f'<td align="center" style="font-size:12px;border-top:solid 1px black;" colspan="3"><strong>{label}</strong></td>',
             *[_TD.format("center", "", f"<strong>{v}</strong>") for v in
               (_idr(budget), _idr(real), _idr(abs(real - budget)), pct)]]
    return "        <tr>\n            " + "\n            ".join(cells) + "\n        </tr>\n"


def _blud_html() -> str:
    """bludPrint.php as the browser receives it: a letterhead table, then the realisation table."""
    body = ""
    for code, name, rek, rek_name, budget, real in _BLUD_PENDAPATAN:
        # revenue: number_format(r / a, 4, '.', ',') * 100, echoed as PHP prints a float
        body += _blud_line(f"{code} <br />\n{name}", rek, rek_name, budget, real, f"{round(real / budget, 4) * 100:g}")
    budget, real = sum(r[4] for r in _BLUD_PENDAPATAN), sum(r[5] for r in _BLUD_PENDAPATAN)
    body += _blud_total("TOTAL PENDAPATAN BLUD", budget, real, f"{round(real / budget, 4) * 100:g}")
    previous = ""
    for code, name, rek, rek_name, budget, real in _BLUD_BELANJA:
        first = f"{code} <br />\n{name}" if code != previous else ""
        previous = code
        body += _blud_line(first, rek, rek_name, budget, real, f"{real / budget * 100:,.2f}")
    budget, real = sum(r[4] for r in _BLUD_BELANJA), sum(r[5] for r in _BLUD_BELANJA)
    body += _blud_total("TOTAL BELANJA BLUD", budget, real, f"{real / budget * 100:,.2f}")
    head = "".join(f'            <td align="center" width="{w}" style="font-size:12px;font-weight:bold">{t}</td>\n'
                   for w, t in (("20%", "Sub Kegiatan"), ("10%", "Kode Rekening"), ("28%", "Nama Rekening"),
                                ("12%", "Jumlah Anggaran(Rp)"), ("12%", "Jumlah Realisasi(Rp)"),
                                ("12%", "Lebih(Kurang)"), ("5%", "%")))
    numbers = "".join(_TD.format("center", "", n) + "\n" for n in range(1, 8))
    return (
        '<table style="border-collapse:collapse;font-size:12px;font-family:Bookman Old Style" width="100%" '
        'align="center" border="0" cellspacing="0" cellpadding="4">\n'
        '    <tr>\n        <td rowspan="4" align="left" width="10%">\n'
        '            <img src="https://simakda.example/image/logoHP.png" width="60" height="70" />\n        </td>\n'
        '        <td align="left">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>PEMERINTAH KABUPATEN MELAWI</strong></td>\n'
        '    </tr>\n    <tr>\n        <td align="left">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>LAPORAN REALISASI BLUD '
        'RUMAH SAKIT UMUM DAERAH MELAWI</strong></td>\n    </tr>\n    <tr>\n        <td align="left">\n'
        '            &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;\n            <strong>UNTUK TAHUN YANG BERAKHIR SAMPAI DENGAN 31 '
        'DESEMBER 2023\n            </strong>\n        </td>\n    </tr>\n'
        '    <tr>\n        <td align="center">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</td>\n    </tr>\n\n</table>\n<br />\n'
        '<table style="border-collapse:collapse; border-color: black;" width="100%" align="center" border="1" '
        'cellspacing="1" cellpadding="1">\n    <thead>\n        <tr>\n' + head + '        </tr>\n        <tr>\n'
        + numbers + '        </tr>\n    </thead>\n    <tbody>\n' + body + '\n    </tbody>\n</table>'
    )


#: the desa's APBDes: (jenis, bidang, kode rekening, uraian, anggaran, realisasi), in the order the application lists
#: them (grouped by bidang in order of first appearance)
_DESA = [
    ("Pendapatan", "Pendapatan Asli Desa", "4.1.1", "Hasil Usaha Desa", 25_000_000, 27_350_000),
    ("Pendapatan", "Pendapatan Transfer", "4.2.1", "Dana Desa", 985_432_000, 985_432_000),
    ("Pendapatan", "Pendapatan Transfer", "4.2.2", "Bagi Hasil Pajak dan Retribusi Daerah", 38_400_000, 31_920_000),
    ("Pendapatan", "Pendapatan Transfer", "4.2.3", "Alokasi Dana Desa", 512_780_000, 512_780_000),
    ("Belanja", "Bidang Penyelenggaraan Pemerintahan Desa", "1.1.01",
     "Penyediaan Penghasilan Tetap dan Tunjangan Kepala Desa", 48_000_000, 48_000_000),
    ("Belanja", "Bidang Penyelenggaraan Pemerintahan Desa", "1.1.02",
     "Penyediaan Penghasilan Tetap dan Tunjangan Perangkat Desa", 276_000_000, 276_000_000),
    ("Belanja", "Bidang Penyelenggaraan Pemerintahan Desa", "1.1.05", "Penyediaan Operasional Pemerintah Desa",
     62_500_000, 58_815_000),
    ("Belanja", "Bidang Pelaksanaan Pembangunan Desa", "2.2.04", "Penyelenggaraan Posyandu", 54_000_000, 51_300_000),
    ("Belanja", "Bidang Pelaksanaan Pembangunan Desa", "2.3.15",
     "Pembangunan/Rehabilitasi/Peningkatan/Pengerasan Jalan Desa", 412_650_000, 405_210_000),
    ("Belanja", "Bidang Pembinaan Kemasyarakatan", "3.2.02", "Pembinaan Kelompok Kesenian dan Kebudayaan Tingkat Desa",
     18_000_000, 16_450_000),
    ("Belanja", "Bidang Pemberdayaan Masyarakat", "4.3.01", "Peningkatan Kapasitas Kepala Desa", 15_000_000,
     15_000_000),
    ("Belanja", "Bidang Penanggulangan Bencana, Keadaan Darurat dan Mendesak Desa", "5.3.01",
     "Penanganan Keadaan Mendesak", 216_000_000, 216_000_000),
]
_RP = '_("Rp"* #,##0_);_("Rp"* (#,##0);_("Rp"* "-"??_);_(@_)'


def _desa_bidang(jenis: str) -> dict[str, list[tuple]]:
    groups: dict[str, list[tuple]] = {}
    for row in _DESA:
        if row[0] == jenis:
            groups.setdefault(row[1], []).append(row)
    return groups


def _desa_sheet() -> tuple[list[list], dict[str, str]]:
    """generateRealisasiXLSX's sheet: rows and number formats."""
    rows: list[list] = [["LAPORAN REALISASI PELAKSANAAN APBDES"], ["PEMERINTAH DESA KARANGSARI"],
                        ["TAHUN ANGGARAN 2024"], [],
                        ["KODE REKENING", "URAIAN", "ANGGARAN (Rp)", "REALISASI (Rp)", "LEBIH / (KURANG) (Rp)",
                         "PERSENTASE (%)"]]
    formats: dict[str, str] = {}

    def money() -> None:
        """The last row's amounts in the accounting format and its share as a percentage."""
        n = len(rows)
        formats.update({f"C{n}": _RP, f"D{n}": _RP, f"E{n}": _RP, f"F{n}": "0.00%"})

    totals = {}
    for title, jenis in (("PENDAPATAN", "Pendapatan"), ("BELANJA", "Belanja")):
        rows.append([None, title])
        for bidang, items in _desa_bidang(jenis).items():
            rows.append([None, bidang])
            for _, _, code, name, budget, real in items:
                rows.append([code, f"    {name}", budget, real, budget - real, real / budget if budget else 0])
                money()
        budget = sum(r[4] for r in _DESA if r[0] == jenis)
        real = sum(r[5] for r in _DESA if r[0] == jenis)
        totals[jenis] = (budget, real)
        # the totals turn the difference's sign: revenue realisation minus budget, spending budget minus realisation
        rows.append([None, f"JUMLAH {title}", budget, real, real - budget if jenis == "Pendapatan" else budget - real,
                     real / budget])
        money()
        rows.append([])
    budget = totals["Pendapatan"][0] - totals["Belanja"][0]
    real = totals["Pendapatan"][1] - totals["Belanja"][1]
    rows.append([None, "SURPLUS / (DEFISIT)", budget, real, real - budget, real / budget])
    money()
    rows += [[], [], [None, "Mengetahui,", None, None, "Karangsari, 20 Januari 2025"],
             [None, "Kepala Desa", None, None, "Disusun oleh,"], [None, None, None, None, "Sekretaris Desa"], [], [],
             [None, "SUPRIYADI", None, None, "RINA MARLINA"]]
    return rows, formats


_DESA_ROWS, _DESA_FORMATS = _desa_sheet()


def _desa_expected() -> list[dict]:
    out = []
    for bidang, items in _desa_bidang("Belanja").items():
        out.append(_b("program", bidang, sum(i[4] for i in items), sum(i[5] for i in items)))
        out += [_b("kegiatan", name, budget, real) for _, _, _, name, budget, real in items]
    return out


#: the satker's realisation to June by POK line: (program, kegiatan, KRO, RO, komponen, sub komponen, akun, unit,
#: realisation, returned (SSPB))
_POK = [
    ("WA", "4186", "EBA", "994", "002", "A", "521111", "Subbagian Umum", 412_870_500, 0),
    ("WA", "4186", "EBA", "994", "002", "A", "522111", "Subbagian Umum", 96_341_220, 0),
    ("WA", "4186", "EBA", "994", "002", "A", "523111", "Subbagian Umum", 58_900_000, 0),
    ("WA", "4186", "EBA", "962", "051", "A", "521211", "Subbagian Umum", 12_450_000, 0),
    ("WA", "4186", "EBA", "962", "051", "A", "524111", "Subbagian Umum", 31_726_000, 1_250_000),
    ("WA", "4186", "EBD", "953", "052", "A", "521211", "Seksi Kepatuhan Internal", 8_615_000, 0),
    ("WA", "4186", "EBD", "953", "052", "A", "524111", "Seksi Kepatuhan Internal", 22_180_000, 0),
]
_POK_UMUM = [line for line in _POK if line[7] == "Subbagian Umum"]
_POK_LEVELS = ("Program", "Kegiatan", "KRO", "RO", "Komponen", "Sub Komponen", "Akun")


def _pok_rows(lines: list[tuple], with_unit: bool) -> list[list]:
    """RealisasiBulananController::download's rows: one per level prefix, codes in B … H, the joined code in A."""
    rows, seen = [], set()
    for line in lines:
        for depth, level in enumerate(_POK_LEVELS, start=1):
            prefix = line[:depth]
            if prefix in seen:
                continue
            seen.add(prefix)
            members = [p for p in lines if p[:depth] == prefix]
            codes = [*prefix, *[None] * (7 - depth)]
            # a program row repeats its code in A and B, as the code writes it
            row = [".".join(prefix), *codes, None, sum(p[8] for p in members), sum(p[9] for p in members)]
            if with_unit:
                row += [line[7] if level == "Akun" else None, level]
            else:
                row += [level]
            rows.append(row)
    return rows


def _pok_sheet(title: str, rows: list[list], with_unit: bool) -> list[list]:
    width = 13 if with_unit else 12
    head = ["POK", "Program", "Kegiatan", "KRO", "RO", "Komponen", "Sub Komponen", "Akun", None, "Realisasi",
            "Pengembalian", *(["Unit", "-"] if with_unit else ["-"])]
    return [[None] * width, [None] * width, [title, *[None] * (width - 1)], ["Juni 2024", *[None] * (width - 1)],
            [None] * width, head, *rows]


def _pok_formats(rows: int) -> dict[str, str]:
    return {f"{c}{r}": "#,##0.00" for r in range(7, 7 + rows) for c in "JK"}


#: the 'Laporan Penjagaan Pagu Anggaran': (kode rekening, uraian belanja, pagu, realisation)
_PENJAGAAN = [
    ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 24_000_000, 17_845_500),
    ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", 12_500_000, 12_500_000),
    ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 18_750_000, 9_375_000),
    ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", 64_800_000, 59_400_000),
    ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 30_000_000, 31_250_000),
    ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya", 45_000_000, 0),
]


#: PN Palopo's Tabel 7 as printed: (kode jenis belanja, uraian, anggaran, realisasi, %)
_PALOPO = [
    ("51", "Belanja Pegawai", "3.828.095.000,00", "3.717.394.859,00", "97,11"),
    ("52", "Belanja Barang", "687.541.000,00", "645.438.029,00", "93,88"),
    ("53", "Belanja Modal", "965.000.000,00", "846.570.333,00", "87,73"),
]


def _amount(text: str) -> float:
    """A printed amount ('3.828.095.000,00') as a number."""
    return float(text.replace(".", "").replace(",", "."))


# ---------------------------------------------------------------- indicators

#: BMKG LAKIP 2014, Tabel 4: (no, indicator as printed, target, realisation, capaian)
_BMKG_2014 = [
    (1, "Persentase akurasi informasi peringatan dini cuaca ekstrim 2 jam sebelum kejadian untuk 27 propinsi skala "
        "kabupaten", "90%", "90%", "100 %"),
    (2, "Persentase akurasi informasi cuaca publik 1 hari sebelum kejadian untuk 33 propinsi.", "70%", "70%", "100%"),
    (3, "Persentase akurasi informasi cuaca penerbangan untuk take off and landing di 28 bandara secara real time dan "
        "on line.", "100%", "100%", "100 %"),
    (4, "Persentase akurasi informasi cuaca untuk forecast rute penerbangan dan untuk bandara keberangkatan dan tujuan "
        "di 22 bandara.", "80%", "80%", "100 %"),
    (5, "Persentase akurasi informasi cuaca maritim dan kepelabuhan untuk 120 pelabuhan.", "80%", "80%", "100 %"),
]

#: PA Kangean's measurement 2011, sasaran 1: (indicator as printed, target, realisation, capaian as printed)
_KANGEAN = [
    ("Prosentase Jumlah Penyelesaian Perkara", "80 %", "79.9 %", "99.8"),
    ("Jumlah Perkara Bagi Masyarakat Miskin dan Terpinggirkan yang diselesaikan tepat waktu.", "20", "20", "100"),
    ("Jumlah kegiatan bagi masyarakat miskin yang terpinggirkan yang mendapatkan layanan sidang keliling", "50 %",
     "60%", "120"),
    ("Prosentase putusan yang diunggah (upload) ke website.", "50 %", "17.8%", "35.6"),
    ("Prosentase Pelayanan Meja Informasi", "95 %", "100%", "105"),
    ("Prosentase Minutasi Berkas Perkara", "90%", "97 %", "107"),
]

#: the e-SAKIP's Renstra achievement: (sasaran, [(indicator, polarisasi, kondisi awal 2018, targets 2019-2023,
#: realisations 2019-2021, satuan, SKPD)])
_RENSTRA = [
    ("Meningkatnya derajat kesehatan masyarakat", [
        ("Angka Kematian Ibu", "Minimize", 98, (95, 92, 90, 88, 85), (101, 96, 93), "per 100.000 KH",
         "Dinas Kesehatan"),
        ("Prevalensi stunting pada balita", "Minimize", 24.5, (22, 20, 18, 16, 14), (21.3, 19.8, 18.6), "%",
         "Dinas Kesehatan"),
    ]),
    ("Meningkatnya akses dan mutu pendidikan dasar", [
        ("Angka Partisipasi Murni SMP/MTs", "Maximize", 78.2, (79, 80, 81, 82, 83), (79.4, 80.1, 80.6), "%",
         "Dinas Pendidikan dan Kebudayaan"),
    ]),
]


def _php(value: float) -> str:
    """A number as PHP echoes it (no trailing '.0')."""
    return f"{value:g}"


def _renstra_rows() -> list[list]:
    rows = []
    for n, (sasaran, iku) in enumerate(_RENSTRA, start=1):
        for i, (name, polarity, start, targets, reals, unit, skpd) in enumerate(iku):
            cells = [n if i == 0 else None, sasaran if i == 0 else None, name, polarity, _php(start)]
            for year in range(5):
                # a year not measured yet prints the empty database value; the capaian is always '-'
                cells += [_php(targets[year]), _php(reals[year]) if year < len(reals) else "", "-"]
            # 'Kondisi Akhir Periode': the code's sums over the five years divided by 5, missing realisations as 0
            cells += [_php(sum(targets) / 5), _php(sum(reals) / 5), "-", unit, skpd]
            rows.append(cells)
    return rows


def _renstra_merges() -> list[str]:
    merges, row = [], 3
    for _, iku in _RENSTRA:
        if len(iku) > 1:
            merges += [f"A{row}:A{row + len(iku) - 1}", f"B{row}:B{row + len(iku) - 1}"]
        row += len(iku)
    return merges


BUDGET: list[Layout] = [
    Layout(
        id="budget-rsud-blud-simakda-pendapatan-belanja-html",
        dataset="budget",
        agency=("RSUD of Kabupaten Melawi (the repository is that kabupaten's SIMAKDA 2023 deployment; the report is "
                "'dikhususkan untuk Rumah Sakit Umum Daerah'), BLUD realisation — kabupaten RSUD (BLUD) export "
                "(figures synthetic)"),
        source=("github msmkalbar-melawi/simakdabud_2023 application/views/akuntansi/realisasi-anggaran/bludPrint.php "
                "(commit 650d353, search index file id 31799409813) with its controller BludController::cetak (index "
                "file id 31717173913: tipeCetak 'excel' sends the view with 'Content-Type: application/vnd.ms-excel' "
                "as 'rincian-blud.xlsx') and application/helpers/function_helper.php (idr(), kopTahun())"),
        year=2023,
        sheets={},
        html=_blud_html(),
        expected=[_b("sub_kegiatan", "Pelayanan dan Penunjang Pelayanan BLUD", sum(r[4] for r in _BLUD_BELANJA),
                     sum(r[5] for r in _BLUD_BELANJA))],
        note=("An HTML page the application sends as 'rincian-blud.xlsx' (written here as HTML under the .xls name, as the "
              "harness does for HTML exports): a letterhead table (logo, 'PEMERINTAH KABUPATEN MELAWI', "
              "'LAPORAN REALISASI BLUD …', the period 'UNTUK TAHUN YANG BERAKHIR SAMPAI DENGAN 31 DESEMBER 2023'), "
              "then Sub Kegiatan | Kode Rekening | Nama Rekening | Jumlah Anggaran(Rp) | Jumlah Realisasi(Rp) | "
              "Lebih(Kurang) | % with a column-number row 1 … 7. The BLUD's revenue comes first (one account, "
              "realised above its budget) and its 'TOTAL PENDAPATAN BLUD' row, then the spending accounts (codes as "
              "stored, without dots: '510299999999') with the sub-kegiatan's code and name in one cell split by <br /> "
              "on its first account only, and 'TOTAL BELANJA BLUD'. Amounts in the idr() format '4.250.000.000,00' "
              "(decimal comma) while the percentages use a decimal point ('94.41', revenue '102.75'); Lebih(Kurang) "
              "is an absolute difference, so an overrun and a saving look alike. The spending is the budget: one "
              "sub-kegiatan, the sum of its three BLUD accounts; the revenue rows are not spending. Account names "
              "after the BLUD accounts of Kepmendagri 050-5889/2021; amounts invented, consistent."),
    ),
    Layout(
        id="budget-desa-apbdes-simpekdes-pendapatan-belanja-bidang-ttd",
        dataset="budget",
        agency=("Pemerintah Desa Karangsari (invented name), APBDes realisation from a village administration "
                "application ('Simpekdes') — desa export (figures synthetic)"),
        source=("github Ukhibu/Simpekdes-final src/utils/generateRealisasiXLSX.js (commit 48ff54d): ExcelJS sheet "
                "'Laporan Realisasi APBDes', A1:F1 'LAPORAN REALISASI PELAKSANAAN APBDES', 'PEMERINTAH DESA <desa>', "
                "'TAHUN ANGGARAN <tahun>', KODE REKENING | URAIAN | ANGGARAN (Rp) | REALISASI (Rp) | LEBIH / (KURANG) "
                "(Rp) | PERSENTASE (%), sections PENDAPATAN and BELANJA by bidang, JUMLAH rows, SURPLUS / (DEFISIT) "
                "and the Kepala Desa / Sekretaris Desa signature block"),
        year=2024,
        sheets={"Laporan Realisasi APBDes": _DESA_ROWS},
        merged={"Laporan Realisasi APBDes": ["A1:F1", "A2:F2", "A3:F3"]},
        number_formats={"Laporan Realisasi APBDes": _DESA_FORMATS},
        expected=_desa_expected(),
        note=("A desa's APBDes realisation: the revenue section first (PENDAPATAN, its bidang 'Pendapatan Asli Desa' "
              "and 'Pendapatan Transfer', JUMLAH PENDAPATAN), then BELANJA by the five bidang of Permendagri 20/2018, "
              "each a row with its name in URAIAN and no amount, its kegiatan under it with their codes ('1.1.01') in "
              "KODE REKENING and their names indented by four spaces; JUMLAH BELANJA, a blank row, SURPLUS / "
              "(DEFISIT), and a signature block (Mengetahui, Kepala Desa … Disusun oleh, Sekretaris Desa, invented "
              "names). Amounts as numbers in an accounting 'Rp' format, percentages as fractions shown '0.00%'. The "
              "code turns the difference's sign between rows and totals: a row's LEBIH / (KURANG) is anggaran − "
              "realisasi, JUMLAH PENDAPATAN's is realisasi − anggaran. The spending is the budget: bidang as "
              "programs (their sums) and the kegiatan under them; the revenue rows are not spending. Amounts "
              "invented, consistent."),
    ),
    Layout(
        id="budget-djkn-satker-realisasi-bulanan-pok-tanpa-pagu",
        dataset="budget",
        agency=("A Kementerian Keuangan (DJKN) satker's monthly realisation by POK line, from its monitoring "
                "application (the code's non-DJKN staff module names the owner's directorate general; the office is "
                "not named) — kementerian satker export (figures synthetic)"),
        source=("github sevicandra/monev app/Http/Controllers/RealisasiBulananController.php (commit 20ae650), "
                "download(): sheet 'Realisasi Anggaran', 'Realisasi Anggaran' in A3:L3, the month and year in A4:L4, "
                "POK | Program | Kegiatan | KRO | RO | Komponen | Sub Komponen | Akun | (I empty) | Realisasi | "
                "Pengembalian | Unit | '-' in row 6, one row per level with its level's name in the last column; "
                "then one sheet per unit with the same columns but Unit"),
        year=2024,
        sheets={"Realisasi Anggaran": _pok_sheet("Realisasi Anggaran", _pok_rows(_POK, True), True),
                "Subbagian Umum": _pok_sheet("Subbagian Umum", _pok_rows(_POK_UMUM, False), False)},
        merged={"Realisasi Anggaran": ["A3:L3", "A4:L4"], "Subbagian Umum": ["A3:L3", "A4:L4"]},
        number_formats={"Realisasi Anggaran": _pok_formats(len(_pok_rows(_POK, True))),
                        "Subbagian Umum": _pok_formats(len(_pok_rows(_POK_UMUM, False)))},
        refused="expected a column for 'budget'",
        note=("Realisation to June only: the export has no pagu column (the application's pagu is on another page), "
              "so no budget can be read and a careful analyst could not compute any absorption from it: the file "
              "must be refused for want of a budget, not read with empty budgets. Rows are POK lines named by code "
              "only (no names): the joined code in POK ('WA.4186.EBA.994.002.A.521111'), each level's code in its "
              "own column, the level's name ('Program' … 'Akun') in the last column, realisation and SSPB returns "
              "('Pengembalian') as numbers '#,##0.00', the unit on akun rows. A second sheet per unit repeats the "
              "layout without the Unit column (here the first unit's, its own sums). Codes in the "
              "RKA-K/L format (program WA, KRO EBA/EBD, akun 521111 …); amounts invented."),
    ),
    Layout(
        id="budget-penjagaan-pagu-rekening-placeholder-kepala-nip",
        dataset="budget",
        agency=("An institution's treasury application (its InstitutionProfile names the institution, its head and "
                "the book year; filled here as a puskesmas UPTD), 'Laporan Penjagaan Pagu Anggaran' by kode rekening "
                "— UPTD export (figures synthetic)"),
        source=("public GitHub Next.js route (search index file id 56076381519): ExcelJS fallback template sheet "
                "'Laporan', A1 'LAPORAN PENJAGAAN PAGU ANGGARAN', A3:B5 'Instansi:' / 'Kepala:' '<name> / NIP. <nip>' "
                "/ 'Tahun:' with the placeholders replaced, header row 9 Kode Rekening | Uraian Belanja | Pagu "
                "Anggaran | Realisasi | Sisa Pagu, data from row 10 formatted '#,##0.00', saved as "
                "'Laporan_Penjagaan_Pagu.xlsx'"),
        year=2025,
        sheets={"Laporan": [
            ["LAPORAN PENJAGAAN PAGU ANGGARAN"],
            [],
            ["Instansi:", "UPTD Puskesmas Sukamaju"],
            ["Kepala:", f"dr. Hendra Wibisana / NIP. {nip(12, birth='19800312', appointed='200902')}"],
            ["Tahun:", "2025"],
            [], [], [],
            ["Kode Rekening", "Uraian Belanja", "Pagu Anggaran", "Realisasi", "Sisa Pagu"],
            *[[code, name, pagu, real, pagu - real] for code, name, pagu, real in _PENJAGAAN],
        ]},
        number_formats={"Laporan": {f"{c}{r}": "#,##0.00" for r in range(10, 10 + len(_PENJAGAAN)) for c in "CDE"}},
        expected=[_b("program", name, pagu, real) for _, name, pagu, real in _PENJAGAAN],
        findings=((E, "over_budget"),),
        note=("A flat list of spending accounts (kode rekening of Permendagri 90 to the sixth segment) with pagu, "
              "realisation and Sisa Pagu = pagu − realisation: no program or kegiatan, no total row, five label rows "
              "above the header (the head's name and a synthetic NIP in one cell). The accounts are the only level: "
              "read as top-level rows. One account is realised above its pagu (Belanja Perjalanan Dinas Biasa, "
              "31.250.000 of 30.000.000, Sisa Pagu −1.250.000): an over_budget error an analyst must see; one "
              "capital account has no realisation yet (0). Amounts invented."),
    ),
    Layout(
        id="budget-pn-palopo-lk-tabel-7-jenis-belanja-bruto-netto-2013",
        dataset="budget",
        agency="Pengadilan Negeri Kelas I B Palopo (Mahkamah Agung, peradilan umum), Laporan Keuangan TA 2013 — lembaga unit (pengadilan tingkat pertama)",
        source=("https://123dok.com/article/belanja-negara-penjelasan-atas-pos-laporan-realisasi-anggaran.yro5j98y — "
                "Laporan Keuangan Pengadilan Negeri Kelas I B Palopo Tahun Anggaran 2013 (LKTh2013099600), CaLK B.2 "
                "Belanja Negara, 'Tabel 7 Rincian Anggaran dan Realisasi Belanja Tahun Anggaran 2013 (dalam satuan "
                "rupiah)'"),
        year=2013,
        sheets={"Tabel 7": [
            ["Tabel 7", None, None, None, None],
            ["Rincian Anggaran dan Realisasi Belanja Tahun Anggaran 2013 (dalam satuan rupiah)", None, None, None, None],
            ["Kode Jenis Belanja", "Uraian Jenis Belanja", "Anggaran (Rp)", "Realisasi Belanja", None],
            [None, None, None, "(Rp)", "(%)"],
            *[list(row) for row in _PALOPO],
            ["Total Belanja Bruto", None, "5.480.636.000,00", "5.209.403.221,00", "95,05"],
            ["Pengembalian Belanja", None, None, "(2.315,00)", None],
            ["Total Belanja Netto", None, "5.480.636.000,00", "5.209.400.906,00", "95,05"],
            ["Sumber: Laporan Keuangan Sistem Akuntansi Kuasa Pengguna Anggaran (SAKPA)", None, None, None, None],
        ]},
        merged={"Tabel 7": ["A1:E1", "A2:E2", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "A8:B8", "A9:B9", "A10:B10",
                            "A11:E11"]},
        expected=[_b("program", name, _amount(budget), _amount(real)) for _, name, budget, real, _ in _PALOPO],
        note=("A court's financial statement note (CaLK), not its LAKIP: the year's spending by jenis belanja (codes "
              "51, 52, 53 in their own column), a two-row header with 'Realisasi Belanja' over (Rp) | (%), amounts as "
              "text with a decimal comma ('3.828.095.000,00'), then three closing rows: 'Total Belanja Bruto' (the "
              "sum), 'Pengembalian Belanja' with only a realisation in parentheses ('(2.315,00)', refunds of earlier "
              "spending) and 'Total Belanja Netto' = bruto − refunds, and a 'Sumber:' line. The refund row is not a "
              "spending line and the netto total is right as printed (5.209.403.221 − 2.315). The jenis belanja are "
              "the only level: read as top-level rows. Figures as printed; they add up."),
    ),
]

INDICATORS: list[Layout] = [
    Layout(
        id="ind-bmkg-tabel-3-14-dua-tahun-indikator-baru-2016",
        dataset="indicators",
        agency="Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), Laporan Kinerja 2016 — lembaga (LPNK)",
        source=("https://online.anyflip.com/hyzx/bfiq/files/basic-html/page60.html — Laporan Kinerja BMKG 2016, hal. 44, "
                "'Tabel 3.14 Perbandingan Capaian Sub IKU pada Sasaran Strategis Meningkatnya Kualitas Layanan "
                "Meteorologi'"),
        year=2016,
        sheets={"Tabel 3.14": [
            ["Tabel 3.14", None, None, None, None, None, None],
            ["Perbandingan Capaian Sub IKU pada Sasaran Strategis Meningkatnya Kualitas Layanan Meteorologi",
             None, None, None, None, None, None],
            ["SS3. Meningkatnya Kualitas Layanan Meteorologi", None, None, None, None, None, None],
            ["Indikator Kinerja", "2015", None, None, "2016", None, None],
            [None, "Target", "Realisasi", "Capaian", "Target", "Realisasi", "Capaian"],
            ["Rata-rata persentase akurasi informasi peringatan dini cuaca ekstrim", "Indikator baru di tahun 2016",
             None, None, "80%", "75%", "93,6%"],
        ]},
        merged={"Tabel 3.14": ["A1:G1", "A2:G2", "A3:G3", "A4:A5", "B4:D4", "E4:G4", "B6:D6"]},
        expected=[_ind("Rata-rata persentase akurasi informasi peringatan dini", 80.0, 75.0)],
        findings=((W, "capaian_mismatch"),),
        note=("One sub-IKU under its sasaran strategis (a merged row 'SS3. …' above the header), two year bands 2015 | "
              "2016 each over Target | Realisasi | Capaian; the 2015 band holds one merged cell 'Indikator baru di "
              "tahun 2016' (no values: the indicator is new). Values as printed text with '%' and a decimal comma. "
              "Published mistake kept: the capaian 93,6% is not 75 / 80 = 93,75% (93,8 at one decimal)."),
    ),
    Layout(
        id="ind-bmkg-lakip-2014-tabel-4-tabel-5-lima-tahun",
        dataset="indicators",
        agency="Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), LAKIP 2014, bidang meteorologi — lembaga (LPNK)",
        source=("https://123dok.com/article/sasaran-strategis-bidang-meteorologi-capaian-kinerja-organisasi.y4324vkz — "
                "LAKIP BMKG Tahun 2014, Bab III A.1, 'Tabel 4. Tingkat Capaian Kinerja Bidang Meteorologi' and 'Tabel "
                "5. Tingkat Capaian Kinerja Bidang Meteorologi 5 Tahun terakhir'"),
        year=2014,
        sheets={"Bab III": [
            ["Tabel 4. Tingkat Capaian Kinerja Bidang Meteorologi", None, None, None, None],
            ["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN"],
            *[list(r) for r in _BMKG_2014],
            [None] * 5,
            ["Tabel 5. Tingkat Capaian Kinerja Bidang Meteorologi 5 Tahun terakhir", None, None, None, None, None, None],
            ["NO", "INDIKATOR KINERJA", "2010", "2011", "2012", "2013", "2014"],
            *[[n, name, "100 %", "100 %", "100 %", "100 %", "100 %"] for n, name, *_ in _BMKG_2014[:3]],
        ]},
        merged={"Bab III": ["A1:E1", "A9:G9"]},
        expected=[_ind(name[:40], float(t.rstrip("%")), float(r.rstrip("%"))) for _, name, t, r, _ in _BMKG_2014],
        note=("The year's capaian table (NO | INDIKATOR KINERJA | TARGET | REALISASI | CAPAIAN, values as text '90%', "
              "capaian sometimes with a space '100 %') and, under it after a blank row, a second table of the same "
              "indicators' capaian over five years (2010 … 2014 as columns, every cell '100 %'): the second table is "
              "a history of capaian, not targets or realisations, and must not be read as a second year or as more "
              "indicators. The source's text layer cuts Tabel 5 in its fourth row: its rows 4 and 5 are left out. "
              "Figures as printed; they agree (every realisation equals its target)."),
    ),
    Layout(
        id="ind-pa-kangean-pengukuran-sasaran-1-2011",
        dataset="indicators",
        agency="Pengadilan Agama Kangean (Mahkamah Agung, peradilan agama), LAKIP 2011 — lembaga unit (pengadilan tingkat pertama)",
        source=("https://adoc.pub/bab-iii-akuntabilitas-kinerja-tahun-2011.html — Laporan Akuntabilitas Kinerja "
                "Pengadilan Agama Kangean Tahun 2011, Bab III A 'Pengukuran Capaian Kinerja Tahun 2011', the table on "
                "hal. 16-17, sasaran 1"),
        year=2011,
        sheets={"Bab III": [
            ["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET", "REALISASI", "%"],
            [None, "URAIAN", None, None, None, None],
            *[[1 if i == 0 else None,
               "Terwujudnya penyelesaian perkara yang sederhana, tepat waktu, transparan dan akuntabel" if i == 0 else None,
               f"{i + 1}. {name}", t, r, c] for i, (name, t, r, c) in enumerate(_KANGEAN)],
            ["Laporan Akuntabilitas Kinerja Pengadilan Agama Kangean Tahun 2011", None, None, None, None, 17],
        ]},
        merged={"Bab III": ["A1:A2", "C1:C2", "D1:D2", "E1:E2", "F1:F2", "A3:A8", "B3:B8", "A9:E9"]},
        expected=[_ind(name[:40], float(t.replace("%", "")), float(r.replace("%", "")))
                  for name, t, r, _ in _KANGEAN],
        findings=((W, "capaian_mismatch"), (W, "capaian_mismatch")),
        note=("The court's first sasaran: its six indicators numbered inside the indicator cell ('1. …'), the sasaran "
              "cell spanning them, the header's second row holding only 'URAIAN' under SASARAN, the capaian column "
              "headed '%' with plain numbers; targets and realisations as text, some with a space before '%' and a "
              "decimal point ('79.9 %'), two counts without unit ('20'). A page footer ('Laporan Akuntabilitas "
              "Kinerja … 17') follows the sixth row, where the page breaks; the next sasaran (administrasi perkara, "
              "dukungan manajemen, sarana prasarana) is garbled in the source's text layer and left out. Published "
              "mistakes kept: 79,9 / 80 is 99,875 (99,9 at one decimal), printed 99.8; 97 / 90 is 107,8, printed "
              "107. The sidang keliling count has a target in '%' as printed."),
    ),
    Layout(
        id="ind-esakip-renstra-pencapaian-lima-tahun-polarisasi-2021",
        dataset="indicators",
        agency=("A kabupaten's e-SAKIP application ('indigo'), 'Laporan Pencapaian Renstra' across its SKPD — "
                "kabupaten pemda export (figures synthetic)"),
        source=("github andreperiozaherpa/indigo application/views/admin/laporan/renstra/pencapaian.php (commit "
                "294504d): table 'renstra_pencapaian' downloaded by its 'Cetak Laporan' button (downloadExcel), # | "
                "Sasaran | Indikator | Polarisasi | Data capaian pada awal tahun perencanaan (2018) | 2019 … 2023 and "
                "Kondisi Akhir Periode › Target, Realilisasi, Capaian | Satuan | SKPD Penanggung Jawab; sasaran cells "
                "spanning their indicators' rows"),
        year=2021,
        sheets={"Laporan Pencapaian Renstra": [
            ["#", "Sasaran", "Indikator", "Polarisasi", "Data capaian pada awal tahun perencanaan (2018)",
             "2019", None, None, "2020", None, None, "2021", None, None, "2022", None, None, "2023", None, None,
             "Kondisi Akhir Periode", None, None, "Satuan", "SKPD Penanggung Jawab"],
            [None] * 5 + ["Target", "Realilisasi", "Capaian"] * 6 + [None, None],
            *_renstra_rows(),
        ]},
        merged={"Laporan Pencapaian Renstra": ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:H1", "I1:K1", "L1:N1",
                                               "O1:Q1", "R1:T1", "U1:W1", "X1:X2", "Y1:Y2", *_renstra_merges()]},
        expected=[_ind(name, float(targets[2]), float(reals[2]), "negative" if polarity == "Minimize" else "positive")
                  for _, iku in _RENSTRA for name, polarity, _, targets, reals, _, _ in iku],
        note=("Five year bands 2019 … 2023, each Target | Realilisasi (the code's spelling) | Capaian, the Capaian "
              "always '-' (the code never computes it); the year of the report is the 2021 band; 2022 and 2023 have "
              "targets and empty realisations. 'Kondisi Akhir Periode' is the code's sum of the five years divided "
              "by 5, the missing realisations counted as 0 (so its realisation is meaningless). The polarity is "
              "given by a Polarisasi column in the application's words, 'Maximize' / 'Minimize'; the baseline year "
              "2018 sits before the bands. Sasaran cells span their indicators; numbers as PHP echoes them ('24.5'). "
              "Indicators and figures invented."),
    ),
]

CASES: list[Layout] = [*BUDGET, *INDICATORS]
