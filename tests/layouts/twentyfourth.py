"""The twenty-fourth held-out set: real staff and asset layouts collected blind, to measure the integrated kit on layouts
nobody tuned for (README.md records the cases; the lead measures them). Two other collectors worked at the same time:
one took indicators and budget (a twenty-fifth set), another published tables of any dataset (a twenty-sixth set).

Kinds the corpus had none of:

- a kota BKPSDM's 'laporan konfigurasi pendidikan' (the SIMPEG 'pempek', whose Daftar Urut Kepangkatan the corpus has,
  but not this report): an HTML page sent as .xls, No | Nama Struktural, then THREE bands all headed 'Pendidikan'
  (SD | SLTP | SLTA, D3 | D4, S.1 | S.2 | S.3), each followed by its own 'Jumlah' column, and a 'Total Jumlah'; each
  unit's bold row is followed by rows of its sub-units (numbered again from 1) that count the same people again, and
  the first unit's sub-units are left out by the report's code;
- a study programme's LKPS table 3.a.1 'Dosen Tetap Perguruan Tinggi' (IAPS 4.0 accreditation) as its lecturer
  application writes it: an HTML page saved by WPS Office ('Generator WPS Office ET', x:str/x:num cells, sheet '3a1'),
  seven HIDDEN rows (display:none) carrying the workbook's drop-down lists (V, Tenaga Pengajar, Asisten Ahli, Lektor,
  Lektor Kepala, Guru Besar), the column-number row with '4' spanning the two degree columns, and the education given
  as the NAMES of each lecturer's master's and doctoral degrees under 'Pendidikan Pasca Sarjana › Magister/ Magister
  Terapan/ Spesialis | Doktor/ Doktor Terapan/ Spesialis' (the corpus had BAN-PT 4.6.1 tendik counts, no LKPS 3.a.1);
- a puskesmas's equipment table of its 'Identitas Puskesmas' report (the application whose staff page the corpus
  has): Jenis/ Nama Ruangan | Nama Alat | No Seri | Merk | Type | Tahun › Perolehan | Operasional | Kondisi ›
  Berfungsi | Tidak berfungsi (counts) | Kalibrasi › Ya (tahun) | Tidak | Distributor | Harga Alat | Sumber Dana ›
  APBN | APBD 1 | APBD 2 | Hibah | Negara Pembuat, the same device standing in several rooms;
- a navy regional command's (Kodaeral 3 Jakarta, TNI AL) two asset import templates filled in: the BMN register
  'Template Master Asset BMN' (Jenis BMN | Kode Asset | NUP (23 digits) | Nama Asset | No Sertifikat | Kondisi | … |
  Keterangan, every cell text, one row per NUP, a second sheet 'Panduan') and the rumah negara list 'Template Bangunan'
  (NO | PERUMAHAN | NAMA PENGHUNI | PANGKAT/KORPS | NRP/NIP | … | KONDISI | KETERANGAN: one row per house with its
  occupant's rank and NRP). The corpus had no TNI command and no rumah negara occupancy list.

All five are export, report or template layouts found in public code, filled with invented figures and synthetic
people (no real name, NIP, NRP or NIDN). Expectations are what each table says, never what the kit reads: none was run
through the kit. Searched without finding a usable layout: published staff tables of a KSOP / Kantor Kesyahbandaran,
a Lapas or Rutan (the Lapas Baubau LAKIP 2022 pages found hold indicator tables only), a Kantor Kesehatan Pelabuhan
(profile and LAKIP covers only), and code exports of a Rutan's staff (none); the SIASN-style 'GOL AKHIR / UNOR INDUK'
roster of a Streamlit SIMPEG and the Punggelan perangkat desa recap were found but the corpus has both already.
"""

from __future__ import annotations

from layouts.case import W, Layout, asset as _asset, tally
from workbooks import nip

# ---------------------------------------------------------------- staff: kota SIMPEG 'pempek', konfigurasi pendidikan

#: the report's education values in column order; D3 is stored as 'D.III/Sarmud/Akademi', D4 as 'D.IV'
_PEMPEK_LEVELS = ["SD", "SLTP", "SLTA", "D3", "D4", "S.1", "S.2", "S.3"]
#: the corpus's canonical names of the same levels
_PEMPEK_CANON = {"SD": "SD", "SLTP": "SMP", "SLTA": "SMA", "D3": "D3", "D4": "D4", "S.1": "S1", "S.2": "S2", "S.3": "S3"}

#: units in the report's order: (title, counts by level of the whole unit, [(sub-unit, counts of its people)])
#: counts invented; a sub-unit's people are part of its unit's count (countSubPegawaiByPendidikan counts the people of
#: a jabatan struktural and its children, countParentPegawaiByPendidikan all jabatan of the unit)
_PEMPEK = [
    ("Sekretariat Daerah", [1, 2, 14, 6, 1, 38, 12, 1],
     # the first unit's sub-units exist but the report skips them (@if($key > 0))
     []),
    ("Dinas Kesehatan", [0, 1, 9, 21, 4, 30, 7, 0],
     [("Sekretariat", [0, 1, 5, 3, 0, 8, 1, 0]),
      ("Bidang Pelayanan Kesehatan", [0, 0, 1, 6, 2, 7, 2, 0]),
      ("Bidang Pencegahan dan Pengendalian Penyakit", [0, 0, 2, 9, 1, 9, 2, 0])]),
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", [0, 0, 6, 4, 2, 25, 8, 1],
     [("Sekretariat", [0, 0, 3, 2, 0, 7, 2, 0]),
      ("Bidang Mutasi dan Promosi", [0, 0, 1, 1, 1, 8, 2, 0]),
      ("Bidang Pengembangan Kompetensi Aparatur", [0, 0, 1, 0, 1, 7, 3, 1])]),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", [2, 4, 18, 7, 1, 22, 5, 0],
     [("Sekretariat", [1, 1, 6, 2, 0, 6, 1, 0]),
      ("Bidang Bina Marga", [1, 2, 7, 3, 1, 8, 2, 0])]),
]

_TH = '\t\t\t<th{span} style="vertical-align: middle;text-align: center">{text}</th>'
_TD = '\t\t\t\t<td style="vertical-align: middle;{center}">{value}</td>'


def _pempek_row(no: int, title: str, counts: list[int], *, bold: bool) -> list[str]:
    """One row as the blade view prints it: SD, SLTP, SLTA, their Jumlah, D3, D4, their Jumlah, S.1 … S.3, their Jumlah,
    Total Jumlah; a unit's row grey and bold."""
    band1, band2, band3 = counts[:3], counts[3:5], counts[5:]
    values = [*band1, sum(band1), *band2, sum(band2), *band3, sum(band3), sum(counts)]
    style = ' style="background-color: #efefef; font-weight: bold;"' if bold else ""
    return [f"\t\t<tr{style}>", _TD.format(center="text-align: center", value=no), _TD.format(center="", value=title),
            *[_TD.format(center="", value=v) for v in values], "\t\t</tr>"]


def _pempek_html() -> str:
    """pendidikan_cetak.blade.php with type 'excel': the style block, one bordered table, two header rows, then each
    unit's row and (from the second unit on) its sub-units' rows."""
    lines = ['<style type="text/css">', "\thtml, table{", "\t\tfont-size: 12px;", "\t\tborder-collapse: collapse;",
             "\t\tfont-family: Arial;", "\t}", "\ttd{", "\t\tvertical-align: top;", "\t\tpadding: 5px 10px;", "\t}",
             "</style>",
             '<table class="table table-bordered" style="background-color: #fff;" border="1">', "\t\t<tr>"]
    head = [(' rowspan="2"', "No"), (' rowspan="2"', "Nama Struktural"), (' colspan="3"', "Pendidikan"),
            (' rowspan="2"', "Jumlah"), (' colspan="2"', "Pendidikan"), (' rowspan="2"', "Jumlah"),
            (' colspan="3"', "Pendidikan"), (' rowspan="2"', "Jumlah"), (' rowspan="2"', "Total Jumlah")]
    lines += [_TH.format(span=span, text=text) for span, text in head]
    lines += ["\t\t</tr>", "\t\t<tr>", *[_TH.format(span="", text=t) for t in _PEMPEK_LEVELS], "\t\t</tr>"]
    for key, (title, counts, subs) in enumerate(_PEMPEK):
        lines += _pempek_row(key + 1, title, counts, bold=True)
        for key_sub, (sub, sub_counts) in enumerate(subs):
            lines += _pempek_row(key_sub + 1, sub, sub_counts, bold=False)
    lines.append("</table>")
    return "\n".join(lines) + "\n"


def _pempek_expected() -> dict:
    """Education of everyone in the units' rows (the sub-units' rows count the same people again)."""
    totals = {_PEMPEK_CANON[level]: 0 for level in _PEMPEK_LEVELS}
    for _, counts, _ in _PEMPEK:
        for level, n in zip(_PEMPEK_LEVELS, counts):
            totals[_PEMPEK_CANON[level]] += n
    return {"education": {k: v for k, v in totals.items() if v}}


# ---------------------------------------------------------------- staff: LKPS tabel 3.a.1, dosen tetap (WPS HTML)

#: (name, NIDN, magister, doktor or '', bidang keahlian, sesuai kompetensi inti, jabatan akademik, serdos,
#: sertifikat kompetensi, mata kuliah PS, sesuai bidang, mata kuliah PS lain) — all invented
_DOSEN = [
    ("Ardiansyah Putra, S.E., M.M.", "0012078501", "Magister Manajemen", "", "Manajemen Keuangan", True,
     "Lektor", "Ya", "-", "Manajemen Keuangan; Akuntansi Manajemen", True, "-"),
    ("Dr. Nurhayati Lestari, S.E., M.Si.", "0021037802", "Magister Sains Ekonomi", "Doktor Ilmu Ekonomi",
     "Ekonomi Pembangunan", True, "Lektor Kepala", "Ya", "-", "Ekonomi Makro; Metodologi Penelitian", True,
     "Statistika Ekonomi"),
    ("Bayu Wicaksono, S.Kom., M.Kom.", "0004119003", "Magister Ilmu Komputer", "", "Sistem Informasi", True,
     "Asisten Ahli", "Ya", "Certified Data Analyst", "Sistem Informasi Manajemen", True, "-"),
    ("Rini Oktaviani, S.E., M.Ak.", "0017109104", "Magister Akuntansi", "", "Akuntansi Keuangan", True,
     "Asisten Ahli", "-", "Certified Accounting Technician", "Pengantar Akuntansi", True, "-"),
    ("Dr. Hendra Gunawan, S.E., M.M.", "0009067505", "Magister Manajemen", "Doktor Ilmu Manajemen",
     "Manajemen Sumber Daya Manusia", True, "Lektor Kepala", "Ya", "-", "Manajemen SDM; Perilaku Organisasi",
     True, "-"),
    ("Dewi Kartikasari, S.Pd., M.Pd.", "0025029306", "Magister Pendidikan Bahasa Inggris", "", "Bahasa Inggris",
     False, "Tenaga Pengajar", "-", "-", "Bahasa Inggris Bisnis", False, "Bahasa Inggris"),
    ("Fajar Ramadhan, S.E., M.E.", "0030118807", "Magister Ekonomi Syariah", "", "Ekonomi Syariah", True,
     "Lektor", "Ya", "-", "Ekonomi Islam", True, "-"),
]

_DOSEN_HIDDEN = [  # the rows WPS keeps above the table, hidden: the workbook's drop-down list cells
    (6, ["Check", "JA"]), (None, []), (6, ["V", "Tenaga Pengajar"]), (7, ["Asisten Ahli"]), (7, ["Lektor"]),
    (7, ["Lektor Kepala"]), (7, ["Guru Besar"]), (None, []),
]


def _dosen_html() -> str:
    """ExcelBorang3a1.php: a WPS Office ET page (namespaces, ProgId, the ExcelWorkbook xml naming sheet '3a1'), the
    title cell, a blank row, eight hidden rows, the two header rows, the column numbers (4 over both degree columns),
    one row per lecturer; the style sheet is cut to the classes the table uses."""
    lines = [
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">',
        " <head>",
        '  <meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>',
        '  <meta name="ProgId" content="Excel.Sheet"/>',
        '  <meta name="Generator" content="WPS Office ET"/>',
        "  <style>",
        ".xl65\n\t{mso-style-parent:style0;\n\tfont-family:Calibri;\n\tmso-font-charset:134;}",
        ".xl66\n\t{mso-style-parent:style0;\n\ttext-align:center;\n\tvertical-align:middle;\n\twhite-space:normal;"
        "\n\tfont-weight:700;\n\tborder:.5pt solid windowtext;}",
        ".xl70\n\t{mso-style-parent:style0;\n\ttext-align:center;\n\tborder:.5pt solid windowtext;}",
        ".xl73\n\t{mso-style-parent:style0;\n\tborder:.5pt solid windowtext;\n\tmso-number-format:\"\\@\";}",
        "  </style>",
        "  <!--[if gte mso 9]>",
        "   <xml>",
        "    <x:ExcelWorkbook>",
        "     <x:ExcelWorksheets>",
        "      <x:ExcelWorksheet>",
        "       <x:Name>3a1</x:Name>",
        "      </x:ExcelWorksheet>",
        "     </x:ExcelWorksheets>",
        "    </x:ExcelWorkbook>",
        "    <x:SupBook>",
        "     <x:SheetName>3a1</x:SheetName>",
        "    </x:SupBook>",
        "   </xml>",
        "  <![endif]-->",
        " </head>",
        ' <body link="blue" vlink="purple" class="xl65">',
        "  <table width=\"1519.07\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" "
        "style='width:1139.30pt;border-collapse:collapse;table-layout:fixed;'>",
        "   <tr height=\"19\" style='height:14.25pt;'>",
        "    <td class=\"xl65\" height=\"19\" colspan=\"3\" style='height:14.25pt;mso-ignore:colspan;' x:str>"
        "Tabel 3.a.1) Dosen Tetap Perguruan Tinggi</td>",
        *['    <td class="xl65"></td>'] * 13,
        "   </tr>",
        "   <tr height=\"19\" style='height:14.25pt;'>",
        "    <td class=\"xl65\" height=\"19\" colspan=\"16\" style='height:14.25pt;mso-ignore:colspan;'></td>",
        "   </tr>",
    ]
    for skip, cells in _DOSEN_HIDDEN:
        lines.append("   <tr height=\"0\" style='height:0.00pt;display:none;'>")
        if skip is None:
            lines.append("    <td class=\"xl65\" height=\"0\" colspan=\"16\" style='height:0.00pt;mso-ignore:colspan;'>"
                         "</td>")
        else:
            lines.append(f"    <td class=\"xl65\" height=\"0\" colspan=\"{skip}\" "
                         "style='height:0.00pt;mso-ignore:colspan;'></td>")
            lines += [f'    <td class="xl65" x:str>{cell}</td>' for cell in cells]
            rest = 16 - skip - len(cells)
            lines.append(f"    <td class=\"xl65\" colspan=\"{rest}\" style='mso-ignore:colspan;'></td>")
        lines.append("   </tr>")
    border = "style='border-right:.5pt solid windowtext;border-bottom:.5pt solid windowtext;'"
    head = ["No.", "Nama Dosen", "NIDN/NIDK"]
    after = ["Bidang Keahlian", "Kesesuaian dengan Kompetensi Inti PS", "Jabatan Akademik",
             "Sertifikat Pendidik Profesional", "Sertifikat Kompetensi/ Profesi/ Industri",
             "Mata Kuliah yang Diampu pada PS yang Diakreditasi",
             "Kesesuaian Bidang Keahlian dengan Mata Kuliah yang Diampu", "Mata Kuliah yang Diampu pada PS Lain"]
    lines.append("   <tr height=\"19\" style='height:14.25pt;'>")
    lines += [f'    <td class="xl66" rowspan="2" {border} x:str>{text}</td>' for text in head]
    lines.append(f'    <td class="xl66" colspan="2" {border} x:str>Pendidikan Pasca Sarjana</td>')
    lines += [f'    <td class="xl66" rowspan="2" {border} x:str>{text}</td>' for text in after]
    lines += ["    <td class=\"xl65\" colspan=\"3\" style='mso-ignore:colspan;'></td>", "   </tr>",
              "   <tr height=\"68\" style='height:51.00pt;'>",
              '    <td class="xl66" x:str>Magister/ Magister Terapan/ Spesialis</td>',
              '    <td class="xl66" x:str>Doktor/ Doktor Terapan/ Spesialis</td>',
              "    <td class=\"xl65\" colspan=\"3\" style='mso-ignore:colspan;'></td>", "   </tr>",
              "   <tr height=\"19\" style='height:14.25pt;'>",
              '    <td class="xl70" x:num>1</td>', '    <td class="xl70" x:num>2</td>', '    <td class="xl70" x:num>3</td>',
              f'    <td class="xl70" colspan="2" {border} x:num>4</td>',
              *[f'    <td class="xl70" x:num>{n}</td>' for n in range(5, 13)],
              "    <td class=\"xl65\" colspan=\"3\" style='mso-ignore:colspan;'></td>", "   </tr>"]
    for no, (name, nidn, s2, s3, bidang, sesuai, jabatan, serdos, serkom, mk, sesuai_mk, mk_lain) in enumerate(
            _DOSEN, start=1):
        lines += ["    <tr height=\"19\" style='height:14.25pt;'>",
                  f'      <td class="xl72" x:num>{no}</td>',
                  f'      <td class="xl73" x:str>{name}</td>',
                  f'      <td class="xl73" x:str>{nidn}</td>',
                  f'      <td class="xl73" x:str>{s2}</td>',
                  f'      <td class="xl80" x:str>{s3}</td>',
                  f'      <td class="xl80" x:str>{bidang}</td>',
                  f'      <td class="xl82">{"V" if sesuai else ""}</td>',
                  f'      <td class="xl82">{jabatan}</td>',
                  f'      <td class="xl82">{serdos}</td>',
                  f'      <td class="xl82" x:str>{serkom}</td>',
                  f'      <td class="xl80">{mk}</td>',
                  f'      <td class="xl82">{"V" if sesuai_mk else ""}</td>',
                  f'      <td class="xl80">{mk_lain}</td>',
                  "    </tr>"]
    lines += ["  </table>", " </body>", "</html>"]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- assets: puskesmas, Identitas Puskesmas › peralatan

#: (ruangan, alat, no seri, merk, type, tahun perolehan, tahun operasional, berfungsi, tidak berfungsi,
#: kalibrasi tahun or None, distributor, harga, sumber dana, negara) — invented
_ALAT = [
    ("Ruang Pemeriksaan Umum", "Tensimeter Digital", "TD-22-0418", "Omron", "HEM-7120", 2021, 2021, 3, 1, 2023,
     "PT Sarana Medika", 650_000, "APBD 2", "Jepang"),
    ("Ruang Pemeriksaan Umum", "Stetoskop Dewasa", "-", "Riester", "Duplex 2.0", 2019, 2019, 4, 0, None,
     "PT Sarana Medika", 1_150_000, "APBD 2", "Jerman"),
    ("Ruang Pemeriksaan Umum", "Timbangan Berat Badan Dewasa", "TB-19-077", "GEA", "EB9360", 2019, 2020, 1, 1, 2022,
     "CV Alkes Nusantara", 450_000, "APBD 1", "Indonesia"),
    ("Ruang KIA/KB", "Tensimeter Digital", "TD-23-1102", "Omron", "HEM-7156", 2023, 2023, 2, 0, 2024,
     "PT Sarana Medika", 720_000, "APBN", "Jepang"),
    ("Ruang KIA/KB", "Doppler Janin", "FD-20-3391", "Bistos", "BT-200", 2020, 2020, 1, 0, 2023,
     "PT Medika Prima", 4_800_000, "APBN", "Korea Selatan"),
    ("Ruang KIA/KB", "Timbangan Bayi Digital", "TBD-21-205", "GEA", "SMIC-20", 2021, 2021, 1, 1, None,
     "CV Alkes Nusantara", 1_250_000, "Hibah", "Indonesia"),
    ("Laboratorium", "Mikroskop Binokuler", "MB-18-4410", "Olympus", "CX23", 2018, 2018, 1, 0, 2024,
     "PT Medika Prima", 28_500_000, "APBN", "Jepang"),
    ("Laboratorium", "Sentrifus", "SF-17-0931", "Hettich", "EBA 200", 2017, 2018, 0, 1, 2021,
     "PT Medika Prima", 17_900_000, "APBD 1", "Jerman"),
    ("Ruang Tindakan/UGD", "Tensimeter Digital", "TD-20-0652", "Omron", "HEM-7120", 2020, 2020, 1, 0, 2023,
     "PT Sarana Medika", 650_000, "APBD 2", "Jepang"),
]

_DANA = ["APBN", "APBD 1", "APBD 2", "Hibah"]


def _alat_rows() -> list[list]:
    """The report's table as pasted into a sheet: two header rows (the second row's labels are printed turned by 90°),
    one row per device; Kalibrasi 'Ya (tahun)' holds the calibration year, 'Tidak' a 'V' when never calibrated; the
    source of funds a 'V' under its column."""
    rows: list[list] = [
        ["No", "Jenis/ Nama Ruangan", "Nama Alat", "No Seri", "Merk", "Type", "Tahun", None, "Kondisi", None,
         "Kalibrasi", None, "Distributor", "Harga Alat", "Sumber Dana", None, None, None, "Negara Pembuat"],
        [None, None, None, None, None, None, "Perolehan", "Operasional", "Berfungsi", "Tidak berfungsi",
         "Ya (tahun)", "Tidak", None, None, *_DANA, None],
    ]
    for no, (ruang, alat, seri, merk, tipe, th_oleh, th_ops, ok, rusak, kal, dist, harga, dana, negara) in enumerate(
            _ALAT, start=1):
        rows.append([no, ruang, alat, seri, merk, tipe, th_oleh, th_ops, ok, rusak, kal, None if kal else "V", dist,
                     harga, *["V" if d == dana else None for d in _DANA], negara])
    return rows


_ALAT_MERGES = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:F2", "G1:H1", "I1:J1", "K1:L1", "M1:M2", "N1:N2",
                "O1:R1", "S1:S2"]


def _alat_expected() -> list[dict]:
    """Units that work and that do not, one row per device and room as the table gives them (a count table's rows are
    kept as written, as the twenty-second set's items per satker are)."""
    return [_asset(alat, ok, rusak) for _, alat, *_rest in _ALAT for ok, rusak in [(_rest[5], _rest[6])]]


# ---------------------------------------------------------------- assets: Kodaeral 3, Template Master Asset BMN

_BMN_HEADERS = ["Jenis BMN", "Kode Asset", "NUP", "Nama Asset", "No Sertifikat", "Kondisi", "Tanggal Perolehan",
                "Nilai Perolehan", "Luas Tanah (m2)", "No. PSP", "Tanggal PSP", "Alamat", "RT/RW", "Desa/Kelurahan",
                "Kecamatan", "Kota/Kabupaten", "Kode Kota/Kabupaten", "Provinsi", "Keterangan"]

#: (jenis, kode asset, kode barang for the NUP, nup, nama, sertifikat, kondisi, tanggal, nilai, luas, psp, alamat,
#: rt/rw, kelurahan, kecamatan, kota, kode kota, keterangan) — all invented; every cell text, as the template's sample
_BMN = [
    ("Tanah", "BMN-TN-011", "2010104001", 1, "Tanah Bangunan Rumah Negara Golongan II", "SHP-014/2008", "Baik",
     "2008-03-12", "4120000000", "2350", "PSP-112/2012", "Jl. Kebon Bawang Raya", "004/006", "Kebon Bawang",
     "Tanjung Priok", "Jakarta Utara", "3172", "Tanah komplek perumahan"),
    ("Tanah", "BMN-TN-012", "2010104001", 2, "Tanah Bangunan Rumah Negara Golongan II", "SHP-015/2008", "Baik",
     "2008-03-12", "2875000000", "1640", "PSP-112/2012", "Jl. Kebon Bawang Raya", "005/006", "Kebon Bawang",
     "Tanjung Priok", "Jakarta Utara", "3172", ""),
    ("Tanah", "BMN-TN-013", "2010104001", 3, "Tanah Bangunan Rumah Negara Golongan II", "SHP-022/2011", "Baik",
     "2011-07-01", "1930000000", "1105", "PSP-118/2013", "Jl. Lagoa Kanal", "002/009", "Lagoa", "Koja",
     "Jakarta Utara", "3172", ""),
    ("Tanah", "BMN-TN-020", "2010104002", 1, "Tanah Bangunan Kantor Pemerintah", "SHP-003/2001", "Baik",
     "2001-11-20", "9650000000", "4800", "PSP-041/2010", "Jl. Gunung Sahari", "005/008", "Gunung Sahari Selatan",
     "Kemayoran", "Jakarta Pusat", "3171", "Kantor"),
    ("Bangunan", "BMN-BG-031", "4010101001", 1, "Bangunan Gedung Kantor Permanen", "IMB-221/2003", "Baik",
     "2003-05-14", "6215000000", "", "PSP-041/2010", "Jl. Gunung Sahari", "005/008", "Gunung Sahari Selatan",
     "Kemayoran", "Jakarta Pusat", "3171", "Gedung utama"),
    ("Bangunan", "BMN-BG-032", "4010101001", 2, "Bangunan Gedung Kantor Permanen", "IMB-222/2003", "Rusak Ringan",
     "2003-05-14", "1840000000", "", "PSP-041/2010", "Jl. Gunung Sahari", "005/008", "Gunung Sahari Selatan",
     "Kemayoran", "Jakarta Pusat", "3171", "Atap bocor"),
    ("Bangunan", "BMN-BG-041", "4010201002", 1, "Rumah Negara Golongan II Type C Permanen", "", "Baik",
     "1986-01-01", "312000000", "", "PSP-112/2012", "Jl. Kebon Bawang Raya", "004/006", "Kebon Bawang",
     "Tanjung Priok", "Jakarta Utara", "3172", ""),
    ("Bangunan", "BMN-BG-042", "4010201002", 2, "Rumah Negara Golongan II Type C Permanen", "", "Rusak Ringan",
     "1986-01-01", "312000000", "", "PSP-112/2012", "Jl. Kebon Bawang Raya", "004/006", "Kebon Bawang",
     "Tanjung Priok", "Jakarta Utara", "3172", ""),
    ("Bangunan", "BMN-BG-043", "4010201002", 3, "Rumah Negara Golongan II Type C Permanen", "", "Rusak Berat",
     "1986-01-01", "312000000", "", "PSP-112/2012", "Jl. Kebon Bawang Raya", "005/006", "Kebon Bawang",
     "Tanjung Priok", "Jakarta Utara", "3172", "Tidak dihuni"),
    ("Bangunan", "BMN-BG-044", "4010201002", 4, "Rumah Negara Golongan II Type C Permanen", "", "Baik",
     "1992-01-01", "405000000", "", "PSP-118/2013", "Jl. Lagoa Kanal", "002/009", "Lagoa", "Koja",
     "Jakarta Utara", "3172", ""),
    ("Jalan, Irigasi, dan Jaringan", "BMN-JJ-051", "5020304001", 1, "Dermaga Beton", "", "Rusak Berat",
     "1995-09-30", "3780000000", "", "PSP-041/2010", "Jl. Raya Pelabuhan", "001/001", "Tanjung Priok",
     "Tanjung Priok", "Jakarta Utara", "3172", "Menunggu rehabilitasi"),
]

_BMN_PANDUAN = [
    ["PANDUAN IMPORT MASTER ASSET BMN (BARANG MILIK NEGARA)"],
    [""],
    ["Format Kolom:"],
    ["Jenis BMN", "WAJIB - Jenis BMN (Tanah/Bangunan/Peralatan/dll)"],
    ["Kode Asset", "WAJIB - Kode unik asset (digunakan untuk identifikasi update/insert)"],
    ["NUP", "WAJIB - Nomor Urut Pendaftaran (23 digit)"],
    ["Nama Asset", "WAJIB - Nama lengkap asset"],
    ["No Sertifikat", "Opsional - Nomor sertifikat (SHM/SHGB/IMB/dll)"],
    ["Kondisi", "Opsional - Kondisi asset (Baik/Rusak Ringan/Rusak Berat)"],
    ["Tanggal Perolehan", "Opsional - Format: YYYY-MM-DD (contoh: 2020-01-15)"],
    ["Nilai Perolehan", "Opsional - Nilai dalam Rupiah (angka tanpa titik/koma)"],
    ["Luas Tanah (m2)", "Opsional - Luas dalam meter persegi (angka)"],
    ["No. PSP", "Opsional - Nomor Penetapan Status Penggunaan"],
    ["Tanggal PSP", "Opsional - Format: YYYY-MM-DD"],
    ["Alamat", "Opsional - Alamat lengkap lokasi asset"],
    ["RT/RW", "Opsional - Format: 001/002"],
    ["Desa/Kelurahan", "Opsional - Nama desa atau kelurahan"],
    ["Kecamatan", "Opsional - Nama kecamatan"],
    ["Kota/Kabupaten", "Opsional - Nama kota atau kabupaten"],
    ["Kode Kota/Kabupaten", "Opsional - Kode wilayah (4 digit)"],
    ["Provinsi", "Opsional - Nama provinsi"],
    ["Keterangan", "Opsional - Catatan tambahan"],
    [""],
    ["Mode Import:"],
    ["1. Tambah & Update Otomatis (Upsert)", "Data baru ditambah, existing diupdate berdasarkan Kode Asset"],
    ["2. Hanya Tambah Data Baru", "Hanya insert, error jika Kode Asset sudah ada"],
    ["3. Hanya Update Existing", "Hanya update, skip jika Kode Asset tidak ada"],
    [""],
    ["Tips Penting:"],
    ["✓ Pastikan Kode Asset, NUP, dan Nama Asset selalu terisi"],
    ["✓ NUP harus 23 digit angka"],
    ["✓ Tanggal gunakan format YYYY-MM-DD (contoh: 2020-01-15)"],
    ["✓ Nilai Perolehan gunakan angka tanpa titik/koma (contoh: 5000000000)"],
    ["✓ Luas Tanah gunakan angka desimal jika perlu (contoh: 1500.5)"],
    ["✓ Gunakan Preview untuk validasi sebelum import"],
    ["✓ Backup data sebelum import besar"],
    [""],
    ["Contoh Jenis BMN:"],
    ["- Tanah", "- Bangunan", "- Peralatan dan Mesin", "- Jalan, Irigasi, dan Jaringan"],
    ["- Aset Tetap Lainnya", "- Konstruksi Dalam Pengerjaan"],
]

#: an invented satker code (first 7 digits) and tahun (4 digits) before kode barang (10) and a 2-digit NUP: 23 digits
_SATKER = "1220304"


def _bmn_rows() -> list[list]:
    rows: list[list] = [list(_BMN_HEADERS)]
    for (jenis, kode, barang, nup, nama, sertifikat, kondisi, tanggal, nilai, luas, psp, alamat, rtrw, kel, kec, kota,
         kode_kota, ket) in _BMN:
        tahun = tanggal[:4]
        nup23 = f"{_SATKER}{tahun}{barang}{nup:02d}"
        psp_date = {"PSP-041/2010": "2010-06-15", "PSP-112/2012": "2012-04-02", "PSP-118/2013": "2013-02-18"}[psp]
        rows.append([jenis, kode, nup23, nama, sertifikat, kondisi, tanggal, nilai, luas, psp, psp_date, alamat, rtrw,
                     kel, kec, kota, kode_kota, "DKI Jakarta", ket])
    return rows


# ---------------------------------------------------------------- assets: Kodaeral 3, Template Bangunan (rumah negara)

_RUMNEG_HEADERS = ["NO", "PERUMAHAN", "NAMA PENGHUNI", "PANGKAT/KORPS", "NRP/NIP", "ALAMAT", "STATUS PENGHUNI",
                   "NO SIP", "TANGGAL SIP", "TIPE", "GOL", "TAHUN BUAT", "ASAL PEROLEHAN", "MENDAPAT FASDIN",
                   "KONDISI", "KETERANGAN"]

#: (perumahan, penghuni, pangkat/korps, nrp or NIP, alamat, status, no sip, tanggal sip, tipe, gol, tahun buat,
#: asal, fasdin, kondisi, keterangan) — people, numbers and houses invented
_RUMNEG = [
    ("Rumah Negara Lagoa", "Suryadi Prakoso", "Peltu TIS", "Nrp. 71604", "Jl. Lagoa Kanal No. 3", "Purnawirawan",
     "SIP/114/IV/2011", "12-Apr-11", "36 / 138", "II", 1958, "Milik TNI AL", "", "Baik", ""),
    ("Rumah Negara Lagoa", "Wahyuni Sulastri", "-", "Nrp. 50877", "Jl. Lagoa Kanal No. 5", "Warakawuri",
     "SIP/207/VIII/2009", "03-Aug-09", "36 / 138", "II", 1958, "Milik TNI AL", "", "Rusak Ringan", "Plafon rusak"),
    ("Rumah Negara Lagoa", "Agus Setiawan", "Serka Ttg", "Nrp. 94211", "Jl. Lagoa Kanal No. 7", "Aktif",
     "SIP/031/II/2019", "18-Feb-19", "36 / 138", "II", 1958, "Milik TNI AL", "Ya", "Baik", ""),
    ("Rumah Negara Kebon Bawang", "Rudi Hartanto", "Mayor Laut (T)", "Nrp. 16883/P", "Jl. Kebon Bawang II No. 1",
     "Aktif", "SIP/058/III/2021", "09-Mar-21", "45 / 160", "II", 1976, "Milik TNI AL", "Ya", "Baik", ""),
    ("Rumah Negara Kebon Bawang", "Siti Marlina", "Penata Tk. I (III/d)",
     "NIP. " + nip(12, female=True, birth="19760514", appointed="200003"), "Jl. Kebon Bawang II No. 3", "Aktif",
     "SIP/066/III/2021", "22-Mar-21", "45 / 160", "II", 1976, "Milik TNI AL", "", "Rusak Ringan", ""),
    ("Rumah Negara Kebon Bawang", "Joko Susilo", "Kopda Mes", "Nrp. 102377", "Jl. Kebon Bawang II No. 5",
     "Anak Dewasa", "SIP/902/VII/2009", "31-Jul-09", "45 / 160", "II", 1976, "Milik TNI AL", "", "Rusak Berat",
     "Tidak layak huni"),
    ("Rumah Negara Sunter", "Bambang Riyadi", "Letkol Laut (P)", "Nrp. 13950/P", "Jl. Sunter Kemayoran Blok C-4",
     "Aktif", "SIP/012/I/2023", "16-Jan-23", "70 / 200", "I", 1994, "Pembangunan", "Ya", "Baik", ""),
    ("Rumah Negara Sunter", "Hasanudin", "Pelda Eta", "Nrp. 78412", "Jl. Sunter Kemayoran Blok C-6", "Aktif",
     "SIP/019/I/2023", "23-Jan-23", "54 / 150", "II", 1994, "Pembangunan", "", "Baik", ""),
]


def _rumneg_rows() -> list[list]:
    rows: list[list] = [list(_RUMNEG_HEADERS)]
    for no, row in enumerate(_RUMNEG, start=1):
        rows.append([no, *row])
    return rows


# ---------------------------------------------------------------- the cases

_PEMPEK_SOURCE = ("github gedelumbung/pempek resources/views/backend/laporan/pendidikan_cetak.blade.php (commit "
                  "04183309e3af0471cc67b9fa430825f7d59658ea; search index file id 16696184771): with type 'excel' "
                  "the page is sent as 'laporan-konfirgurasi-pendidikan-<d-M-Y>.xls' (Content-Type application/"
                  "force-download, octet-stream, download); header No | Nama Struktural | Pendidikan › SD | SLTP | "
                  "SLTA | Jumlah | Pendidikan › D3 | D4 | Jumlah | Pendidikan › S.1 | S.2 | S.3 | Jumlah | Total "
                  "Jumlah; the counting methods countParentPegawaiByPendidikan / countSubPegawaiByPendidikan in the "
                  "unit model (index file id 16021147549)")

STAFF: list[Layout] = [
    Layout(
        id="staff-kota-simpeg-pempek-konfigurasi-pendidikan-tiga-pita-jumlah-sub-unit-html",
        dataset="staff",
        agency=("A kota BKPSDM's SIMPEG (Laravel project 'pempek'; the kota is not named in the code), 'laporan "
                "konfigurasi pendidikan' of its units — kota BKPSDM export, HTML sent as .xls (counts invented)"),
        source=_PEMPEK_SOURCE,
        year=2025,
        sheets={},
        html=_pempek_html(),
        expected=_pempek_expected(),
        note=("Counts of civil servants by highest education for each unit (bold grey rows) and, under each unit from "
              "the second on, its sub-units (sekretariat, bidang) numbered again from 1. The sub-units' people are "
              "part of their unit's row (the unit counts every jabatan of the unit, the sub-unit the people of one "
              "jabatan struktural and its children), so only the units' rows add up to the whole: 252 people. The "
              "first unit's sub-units are skipped by the view's @if($key > 0). The header has three bands all "
              "headed 'Pendidikan' (SD | SLTP | SLTA; D3 | D4; S.1 | S.2 | S.3, with dots), each followed by a "
              "'Jumlah' column of its own, then 'Total Jumlah'; no grand total row. SLTP is read as SMP, SLTA as "
              "SMA, S.1 … S.3 as S1 … S3. Every Jumlah and Total Jumlah agrees with its row. No mistakes."),
    ),
    Layout(
        id="staff-lkps-tabel-3a1-dosen-tetap-wps-html-baris-tersembunyi-gelar-magister-doktor",
        dataset="staff",
        agency=("A study programme (program studi) of a university, its permanent lecturers in the LKPS "
                "accreditation table 3.a.1 as its lecturer application writes it — perguruan tinggi, WPS-style HTML "
                "sent as .xls (synthetic people)"),
        source=("github NurulFaisolRahman/smd application/views/ExcelBorang3a1.php (commit "
                "37d2bfc608ee3e7dabc7dd8278cf64ed5d86a975; search index file id 41328192322): 'Content-Type: "
                "application/xls', '3a1.xls', an HTML page saved by WPS Office ET (sheet '3a1'), title 'Tabel 3.a.1) "
                "Dosen Tetap Perguruan Tinggi', hidden rows holding the drop-down lists, header No. | Nama Dosen | "
                "NIDN/NIDK | Pendidikan Pasca Sarjana › Magister/ Magister Terapan/ Spesialis | Doktor/ Doktor "
                "Terapan/ Spesialis | Bidang Keahlian | … | Mata Kuliah yang Diampu pada PS Lain, column numbers 1 … "
                "12 with 4 over both degree columns"),
        year=2025,
        sheets={},
        html=_dosen_html(),
        # highest degree: the doctorate where the Doktor column names one, else the master's
        expected={"education": {"S2": sum(1 for d in _DOSEN if not d[3]), "S3": sum(1 for d in _DOSEN if d[3])}},
        # no golongan, no sex (and no NIP to read it from); 'Tenaga Pengajar' is no jabatan fungsional's jenjang
        findings=((W, "column_missing"), (W, "column_missing"), (W, "position_type_undecided")),
        note=("Seven permanent lecturers, one row each: name with academic titles, NIDN as text, then the NAMES of "
              "their master's ('Magister Manajemen') and doctoral ('Doktor Ilmu Ekonomi') degrees in the two "
              "columns of 'Pendidikan Pasca Sarjana'; a lecturer without a doctorate leaves the Doktor cell empty. "
              "So the table says 5 lecturers hold a master's as highest degree (S2) and 2 a doctorate (S3). "
              "Jabatan Akademik is an academic rank (Tenaga Pengajar, Asisten Ahli, Lektor, Lektor Kepala), not a "
              "golongan; 'Kesesuaian …' columns hold 'V' marks. Above the header WPS keeps eight rows of height 0 "
              "with display:none holding the workbook's list cells ('Check', 'JA', 'V', 'Tenaga Pengajar', "
              "'Asisten Ahli', 'Lektor', 'Lektor Kepala', 'Guru Besar'): hidden, not people. No NIP, sex or golongan. "
              "Names and NIDNs invented. No mistakes. After tuning: the warnings that the table has no golongan and "
              "no sex column, and that 'Tenaga Pengajar' (a lecturer with no academic rank yet) names no position "
              "type, are expected: the table says so (the blind expectation listed no finding)."),
    ),
]

ASSETS: list[Layout] = [
    Layout(
        id="assets-puskesmas-identitas-peralatan-ruangan-kondisi-berfungsi-kalibrasi-sumber-dana",
        dataset="assets",
        agency=("A puskesmas (not named in the code), the equipment table of its 'Identitas Puskesmas' report — "
                "puskesmas, profile application print pasted into a sheet (figures invented)"),
        source=("github EnjoyneeringDev/test resources/views/pdf/identitasPuskesmas/peralatanPuskesmas.blade.php "
                "(commit 0fe63213602aa4962c647ffe1d150ae33a609738; search index file id 42116587482): No | Jenis/ "
                "Nama Ruangan | Nama Alat | No Seri | Merk | Type | Tahun › Perolehan | Operasional | Kondisi › "
                "Berfungsi | Tidak berfungsi | Kalibrasi › Ya (tahun) | Tidak | Distributor | Harga Alat | Sumber "
                "Dana › APBN | APBD 1 | APBD 2 | Hibah | Negara Pembuat (the sample row: Berfungsi 3, Tidak "
                "berfungsi 0, Kalibrasi 2020)"),
        year=2025,
        sheets={"Peralatan": _alat_rows()},
        merged={"Peralatan": _ALAT_MERGES},
        expected=_alat_expected(),
        note=("One row per device and room: Kondisi gives the number of units that work (Berfungsi) and that do not "
              "(Tidak berfungsi), as counts, not marks. The same device stands in several rooms (Tensimeter Digital "
              "in Ruang Pemeriksaan Umum 3 + 1, Ruang KIA/KB 2 + 0 and Ruang Tindakan/UGD 1 + 0): by device the "
              "table says 6 working and 1 not. After tuning: the rows are expected as written, one per device and "
              "room (the blind expectation summed them by device; the kit keeps a count table's rows, as it keeps the "
              "twenty-second set's items per satker, and the totals are the same); the room column is no item. Tahun › Perolehan | Operasional are years, Kalibrasi › Ya (tahun) a "
              "year and 'Tidak' a 'V', Sumber Dana a 'V' under one of APBN, APBD 1, APBD 2, Hibah; Harga Alat a "
              "price per row. The second header row's labels are printed turned 90° in the PDF; the sheet keeps "
              "their text. No total row. No mistakes."),
    ),
    Layout(
        id="assets-kodaeral-template-master-asset-bmn-nup-23-digit-kondisi-teks-panduan",
        dataset="assets",
        agency=("Komando Daerah TNI Angkatan Laut (Kodaeral) 3 Jakarta, its BMN land and building register in the "
                "import template of its logistics application — TNI AL regional command, import template filled in "
                "(figures invented)"),
        source=("github logikaistudio/sisinfolog-kodaeral src/utils/importHelpers.js downloadTemplate() default "
                "branch (commit 23da4e3f23eebca9e206bd8caec52dd8c273b0ce): sheet 'Template Master Asset BMN' with "
                "the 19 headers Jenis BMN … Keterangan written by XLSX.utils.aoa_to_sheet from strings, second sheet "
                "'Panduan'; STRUKTUR_DATA_BMN.md (search index file id 42178443100: 'tim IT Kodaeral 3 Jakarta', "
                "Kondisi Baik / Rusak Ringan / Rusak Berat, NUP 23 digits)"),
        year=2025,
        sheets={"Template Master Asset BMN": _bmn_rows(), "Panduan": _BMN_PANDUAN},
        expected=tally((nama, 1, kondisi == "Baik") for _, _, _, _, nama, _, kondisi, *_ in _BMN),
        note=("A BMN register, one row per NUP: land parcels and buildings of a navy command with their Kondisi in "
              "words. Every cell is text, as the template writes its sample ('5000000000' for Nilai Perolehan, "
              "'2350' for Luas Tanah (m2), dates as 'YYYY-MM-DD' strings); the NUP is 23 digits. By asset name the "
              "table says: Tanah Bangunan Rumah Negara Golongan II 3 good; Tanah Bangunan Kantor Pemerintah 1 good; "
              "Bangunan Gedung Kantor Permanen 1 good and 1 Rusak Ringan; Rumah Negara Golongan II Type C Permanen "
              "2 good, 1 Rusak Ringan, 1 Rusak Berat; Dermaga Beton 1 Rusak Berat (Rusak Ringan and Rusak Berat "
              "damaged). Nilai Perolehan is money, Luas Tanah an area; neither is a count of units. The template's "
              "own sample row was overwritten; the 'Panduan' sheet (the template's instructions, two columns) "
              "follows. No mistakes."),
    ),
    Layout(
        id="assets-kodaeral-template-rumah-negara-penghuni-pangkat-nrp-kondisi-per-rumah",
        dataset="assets",
        agency=("Komando Daerah TNI Angkatan Laut (Kodaeral) 3 Jakarta, its rumah negara (service housing) list in "
                "the 'Template Bangunan' of its logistics application — TNI AL regional command, import template "
                "filled in (synthetic people)"),
        source=("github logikaistudio/sisinfolog-kodaeral src/utils/importHelpers.js downloadTemplate('bangunan') "
                "(commit 23da4e3f23eebca9e206bd8caec52dd8c273b0ce): sheet 'Template Bangunan', headers NO | "
                "PERUMAHAN | NAMA PENGHUNI | PANGKAT/KORPS | NRP/NIP | ALAMAT | STATUS PENGHUNI | NO SIP | TANGGAL "
                "SIP | TIPE | GOL | TAHUN BUAT | ASAL PEROLEHAN | MENDAPAT FASDIN | KONDISI | KETERANGAN; its sample "
                "row 'Rumah Negara Lagoa', 'Peltu TIS', 'Nrp. …', 'SIP/902/VII/2009', '31-Jul-09', '36 / 138', "
                "1958, 'Milik TNI AL', 'Baik'"),
        year=2025,
        sheets={"Template Bangunan": _rumneg_rows()},
        expected=tally((r[0], 1, r[13] == "Baik") for r in _RUMNEG),
        note=("One row per house of three housing complexes (PERUMAHAN), each with its occupant: name, rank and "
              "corps ('Serka Ttg', 'Mayor Laut (T)', one civil servant 'Penata Tk. I (III/d)'), NRP or NIP written "
              "with its prefix ('Nrp. 94211', 'NIP. …'), occupant status (Aktif, Purnawirawan, Warakawuri, Anak "
              "Dewasa), the occupancy permit (SIP) number and date ('31-Jul-09'), TIPE as building / land area "
              "('36 / 138'), GOL of the house (I, II), TAHUN BUAT a year number, and KONDISI in words. The units "
              "are houses: by complex the table says Rumah Negara Lagoa 2 good, 1 Rusak Ringan; Rumah Negara Kebon "
              "Bawang 1 good, 1 Rusak Ringan, 1 Rusak Berat; Rumah Negara Sunter 2 good. The people are occupants, "
              "not the command's staff roster. No total row. No mistakes."),
    ),
]

CASES: list[Layout] = [*STAFF, *ASSETS]
