"""The fortieth held-out set: STAFF and ASSETS layouts, one a kelurahan's own inventory workbook with its printed
figures (kept in public code as the workbook's 'Save as Web Page' copy) and three views from public code filled
with invented figures and synthetic people, collected blind to measure the integrated kit on layouts nobody tuned for
(README.md records the cases; the lead measures them). None of the cases was run through the kit: the expectations
are what each table says, read as a careful analyst would.

Kinds and shapes the corpus had none or few of:

- a KELURAHAN's 'REKAPITULASI BUKU INVENTARIS S/D TAHU 2008' (Kelurahan Teppo, Kabupaten Pinrang, Sulawesi Selatan):
  the workbook 'KEL.TEPPO 2008 OK' saved from Excel as a web page into an aset-desa application; an identity block
  (SKPD | : | KELURAHAN TEPPO, KABUPATEN, PROVINSI, KODE LOKASI), a header NO URT | GOLONGAN | KODE BIDANG BARANG |
  NAMA BIDANG BARANG | JUMLAH BARANG | SATUAN | JUMLAH HARGA | KETERANGAN over a column-number row that jumps from 7
  to 16, golongan rows (TANAH … KONSTRUKSI DALAM PENGERJAAN) with their bidang as lettered rows 'a.' … 'i.', '-' for
  none, a JUMLAH row; units and prices per bidang but NO CONDITION anywhere;
- a DINAS PEMADAM KEBAKARAN's e-APD 'Rekapitulasi' (protective equipment of the firefighters of one penempatan): a
  band 'Kondisi' over Baik | Rusak Ringan | Rusak Sedang | Rusak Berat beside a band 'Keberadaan' over Belum Terima |
  Hilang | Diterima, and a 'SubTotal' that counts the items not received and the lost ones too;
- a kabupaten's SIDAMKAR (the application of the jabatan fungsional Pemadam Kebakaran) 'Table Data Pendaftaran
  Aparatur': Nama | Nomor Karpeg | Jabatan | Golongan | Status Verifikasi | Action, no NIP (the Karpeg number is the
  only identifier), the golongan printed 'III A' (a space, a capital letter, no slash), the Action column copied as
  the buttons' word 'Verifikasi';
- a KOTA's SIMBADA (Kota Medan) KIB B export of a puskesmas (an HTML page sent as .xls, the identity table nested in
  the outer table): its body shifted against its header (the register number printed under 'Ukuran / CC' and
  'Bahan', the empty Luas_M2 under 'Merk / Type'), '&nbsp;' in the five Nomor cells, and no condition, as the KIB B
  form has none.

What was searched and not found (corpus `pages`; the hits of LKjIP/Renstra/profil documents give covers, forewords
and tables of contents, not their staff or sarana tables): staff by golongan/pendidikan of a Pengadilan Negeri (Rote
Ndao LKjIP 2015, Sambas LKjIP 2020, Muara Bulian LKjIP 2020, Tual laporan tahunan 2014: openings only), Pengadilan
Agama (Kendal, Tual, PTA Padang, PTA Pontianak: openings and tables of contents), a Kementerian Agama kantor (the
'Kemenag dalam Angka' pages give satker counts by province, not staff), an RSUD (Cicalengka, Margono Soekarjo:
prose), a Sekretariat DPRD, a Rutan/Lapas, a Balai Besar, a Puskesmas (Sulawesi Selatan 'Data Dasar Puskesmas':
opening only); sarana prasarana by condition of a kecamatan (LKIP Kecamatan Salam Babaris, Renstra Kecamatan Kajoran:
tables of contents only), of a pengadilan, of a puskesmas. Seen and left out: the Tapanuli Tengah Dinas Kebersihan,
Pertamanan dan Pemadam Kebakaran tables (in the corpus; its announced penggolongan table is not in the stored copy);
an SMAK's Kartu Inventaris Ruangan 2008 in a scribd copy (OCR too garbled to copy cell for cell). In code:
zenner88/employee_management's reports (in the corpus), a PAK dosen form (NurulFaisolRahman/smd 'ExcelPendidikan':
credit points, not staff), e-Kinerja views (predikat per person, no golongan, education or jabatan type).
"""

from __future__ import annotations

from layouts.case import W, Layout, asset, counts, rupiah

# ------------------------------------------------------------------ assets: Kelurahan Teppo, rekapitulasi 2008

_TEPPO_SOURCE = ("public GitHub repository upanastudio/asetdesa_git (an aset-desa PHP application), views/printpdf.php "
                 "(commit cf2945b63525b0d6a588a9da7f4aa642411376ee): the page holds the table of an Excel workbook "
                 "saved as a web page (its style block is named 'KEL.TEPPO 2008 OK_3647_Styles'), 'REKAPITULASI BUKU "
                 "INVENTARIS' of SKPD KELURAHAN TEPPO, KABUPATEN PINRANG, PROVINSI SULAWESI SELATAN, 'S/D TAHU 2008'")

_E = None


def _teppo_rows() -> list[list]:
    """The workbook's cells as the saved page lays them out (17 columns, column A empty), printed figures kept."""
    def row(*cells):
        out = [_E] * 17
        for col, value in cells:
            out[col] = value
        return out

    def bidang(kode, huruf, nama, jumlah, satuan, harga):
        return row((4, kode), (6, huruf), (7, nama), (13, jumlah), (14, satuan), (15, harga))

    return [
        row((1, "SKPD"), (3, ":"), (5, "KELURAHAN TEPPO")),
        row((1, "KABUPATEN"), (3, ":"), (5, "PINRANG")),
        row((1, "PROVINSI"), (3, ":"), (5, "SULAWESI SELATAN"), (13, "KODE LOKASI : 1.20.1.20.16")),
        row((1, "REKAPITULASI BUKU INVENTARIS")),
        row((1, "S/D TAHU 2008")),
        row(),
        row((1, "NO URT"), (2, "GOLONGAN"), (4, "KODE BIDANG BARANG"), (6, "NAMA BIDANG BARANG"), (13, "JUMLAH"),
            (14, "SATUAN"), (15, "JUMLAH HARGA"), (16, "KETERANGAN")),
        row((13, "BARANG")),
        row((1, 1), (2, 2), (4, 3), (6, 4), (13, 5), (14, 6), (15, 7), (16, 16)),
        row((1, 1), (2, "01"), (4, "01"), (6, "TANAH"), (14, "M2")),
        row((1, 2), (2, "02"), (6, "PERALATAN DAN MESIN"), (13, 31), (15, 4950000)),
        bidang("02", "a.", "Alat-alat Besar", "-", "Buah", _E),
        bidang("03", "b.", "Alat-alat Angkutan", "-", "Unit", _E),
        bidang("04", "c.", "Alat-alat Bengkel dan Alat Ukur", "-", "Buah", "-"),
        bidang("05", "d.", "Alat-alat Pertanian/Peternakan", "-", "Buah", "-"),
        bidang("06", "e.", "Alat-alat Kantor dan Rumah Tangga", 30, "Buah", 4700000),
        bidang("07", "f.", "Alat-alat Studio dan Komunikasi", 1, "Buah", 250000),
        bidang("08", "g.", "Alat-alat Kedokteran", "-", "Buah", "-"),
        bidang("09", "h.", "Alat-alat Laboratorium", "-", "Buah", "-"),
        bidang("10", "i.", "Alat-alat Keamanan", "-", "Buah", "-"),
        row((1, 3), (2, "03"), (6, "GEDUNG DAN BANGUNAN"), (13, 0), (15, "-")),
        bidang("11", "a.", "Bangunan Gedung", _E, "M2", _E),
        bidang("12", "b.", "Bangunan Monumen", "-", "M2", "-"),
        row((1, 4), (2, "04"), (6, "JALAN, IRIGASI DAN JARINGAN"), (13, 0), (15, "-")),
        bidang("13", "a.", "Jalan dan Jembatan", "-", "M", "-"),
        bidang("14", "b.", "Bangunan Air/Irigasi", "-", "M2", "-"),
        bidang("15", "c.", "Instalasi", "-", "M", "-"),
        bidang("16", "d.", "Jaringan", "-", "M", "-"),
        row((1, 5), (2, "05"), (6, "ASET TETAP LAINNYA"), (13, 0), (15, "-")),
        bidang("17", "a.", "Buku Perpustakaan", "-", "Buah", "-"),
        bidang("18", "b.", "Barang Bercorak kesenian", "-", "Buah", "-"),
        bidang("19", "c.", "Hewan Ternak dan Tumbuhan", "-", "Ekor", "-"),
        row((1, 6), (2, "06"), (6, "KONSTRUKSI DALAM PENGERJAAN"), (13, "-"), (14, "M2"), (15, "-")),
        row((6, "JUMLAH"), (13, 31), (14, "-"), (15, 4950000)),
    ]


#: the merged ranges of the saved page (rowspan/colspan without mso-ignore), rows 1-34
_TEPPO_MERGED = ["F1:H1", "B2:C2", "F2:K2", "B3:C3", "F3:K3", "N3:Q3", "B4:Q4", "B5:Q5", "B7:B8", "C7:D8", "E7:F8",
                 "G7:M8", "O7:O8", "P7:P8", "Q7:Q8", "C9:D9", "E9:F9", "G9:M9", "C10:D10", "E10:F10", "G10:H10",
                 "C11:D11", "E11:F11", "G11:J11"]
_TEPPO_MERGED += [f"C{r}:D{r}" for r in range(12, 34)] + [f"E{r}:F{r}" for r in range(12, 34)]
_TEPPO_MERGED += ["H12:I12", "H13:J13", "H14:L14", "H15:K15", "H16:L16", "H17:L17", "H18:J18", "H19:J19", "H20:J20",
                  "G21:J21", "H22:J22", "H23:J23", "G24:K24", "H25:J25", "L25:M25", "H26:J26", "H27:I27", "H28:I28",
                  "G29:J29", "H30:J30", "H31:K31", "H32:K32", "G33:L33", "C34:D34", "G34:M34"]
_TEPPO_FORMATS = {"P11": "#,##0", "P16": "#,##0", "P17": "#,##0", "P34": "#,##0"}

# ------------------------------------------------------------------ assets: e-APD Damkar, rekapitulasi per penempatan

_APD_SOURCE = ("public GitHub repository evergared/eapd-damkar (e-APD of a Dinas Penanggulangan Kebakaran dan "
               "Penyelamatan, Laravel Livewire), resources/views/livewire/dashboards/admin/periode-berjalan/apd/"
               "kendali-rekapitulasi.blade.php (commit 0ba1325f03e9e0b89ffd45cf7551194713f661a5, search index file id "
               "18190785862): the table '# | Jenis APD | Kondisi (Baik, Rusak Ringan, Rusak Sedang, Rusak Berat) | "
               "Keberadaan (Belum Terima, Hilang, Diterima) | SubTotal' under 'Periode Berjalan : …'; the counts "
               "from "
               "app/Http/Controllers/ApdRekapController.php (each condition and keberadaan counted over the inputs "
               "of one jenis; 'total' = all inputs of that jenis)")

#: jenis APD → (baik, rusak ringan, rusak sedang, rusak berat, belum terima, hilang), invented
_APD = {
    "Fire Jacket": (38, 6, 3, 1, 2, 1),
    "Fire Helmet": (44, 3, 1, 0, 2, 0),
    "Fire Gloves": (29, 9, 5, 4, 3, 2),
    "Fire Boots": (41, 4, 2, 1, 1, 0),
    "Fire Hood": (35, 2, 0, 0, 10, 1),
}


def _apd_rows() -> list[list]:
    """The rekap as a user selects and pastes it: the period line, the two header rows, one row per jenis APD."""
    rows = [
        ["Periode Berjalan : Periode Input APD 2023", _E, _E, _E, _E, _E, _E, _E, _E, _E],
        ["#", "Jenis APD", "Kondisi", _E, _E, _E, "Keberadaan", _E, _E, "SubTotal"],
        [_E, _E, "Baik", "Rusak Ringan", "Rusak Sedang", "Rusak Berat", "Belum Terima", "Hilang", "Diterima", _E],
    ]
    for i, (jenis, (b, rr, rs, rb, belum, hilang)) in enumerate(_APD.items(), start=1):
        diterima = b + rr + rs + rb
        rows.append([i, jenis, b, rr, rs, rb, belum, hilang, diterima, diterima + belum + hilang])
    return rows


# ------------------------------------------------------------------ staff: SIDAMKAR, data pendaftaran aparatur

_SIDAMKAR_SOURCE = ("public GitHub repository wahliyudin/sidamkar (SIDAMKAR, the angka-kredit application of the "
                    "jabatan fungsional Pemadam Kebakaran, Laravel), resources/views/kabkota/data-aparatur/"
                    "pejabat-fungsional/index.blade.php (commit d207bc4d92212a748dfe3ad3ea408ab08ad8f639, search index "
                    "file id 23017533571): card 'Table Data Pendaftaran Aparatur', table Nama | Nomor Karpeg | "
                    "Jabatan | Golongan | Status Verifikasi | Action, its sample row printing the golongan 'III A' and "
                    "the button 'Verifikasi'")

#: synthetic people: (nama, nomor karpeg, jabatan, golongan as printed, status verifikasi)
_SIDAMKAR = [
    ("Rudi Hartono Saputra", "Q 900101", "Damkar Penyelia", "III C", "Terverifikasi"),
    ("Agus Setiawan Nugroho", "Q 900102", "Damkar Mahir", "III B", "Terverifikasi"),
    ("Dewi Lestari Ningsih", "Q 900103", "Analis Kebakaran Ahli Pertama", "III A", "Terverifikasi"),
    ("Bayu Prasetyo Adi", "Q 900104", "Damkar Mahir", "III A", "Belum Verifikasi"),
    ("Hendra Wijaya Kusuma", "Q 900105", "Damkar Terampil", "II C", "Terverifikasi"),
    ("Yusuf Maulana Akbar", "Q 900106", "Damkar Terampil", "II B", "Belum Verifikasi"),
    ("Rina Marlina Sari", "Q 900107", "Damkar Terampil", "II D", "Terverifikasi"),
    ("Fajar Ramadhan Putra", "Q 900108", "Damkar Pemula", "II A", "Belum Verifikasi"),
    ("Eko Susanto Wibowo", "Q 900109", "Damkar Pemula", "II A", "Terverifikasi"),
]


def _sidamkar_rows() -> list[list]:
    rows = [["Table Data Pendaftaran Aparatur", _E, _E, _E, _E, _E],
            ["Nama", "Nomor Karpeg", "Jabatan", "Golongan", "Status Verifikasi", "Action"]]
    rows += [[nama, karpeg, jabatan, gol, status, "Verifikasi"] for nama, karpeg, jabatan, gol, status in _SIDAMKAR]
    return rows

# ------------------------------------------------------------------ assets: SIMBADA Kota Medan, KIB B export

_KIBB_SOURCE = ("public GitHub CodeIgniter application bayusm0506/simbada (Kota Medan), view "
                "application/views/adminweb/kibb/export.php (commit 3ec332c9a4eca3032c03b350d65427c1c4e9a56e, search "
                "index file id 38137878250): '<date>_KIB_B_<UPB>.xls', title 'KIB B. PERALATAN & MESIN', identity "
                "table PROVINSI … UPB, NO. KODE LOKASI, then No | Jenis Barang/ Nama Barang | Kode Barang | "
                "Register | "
                "Merk / Type | Ukuran / CC | Bahan | Tahun Pembelian | Nomor (Pabrik, Rangka, Mesin, Polisi, BPKB) | "
                "Asal Usul | Harga (Rp) | Keterangan and a Total row; the body prints Luas_M2 under 'Merk / Type', "
                "No_Register under 'Ukuran / CC' and 'Bahan', Alamat under 'Asal Usul', and '&nbsp;' for the five "
                "Nomor cells")

#: invented KIB B rows: (kode barang parts, nama, register, tahun perolehan, harga, keterangan)
_KIB_B = [
    ((2, 3, 1, 2, 3), "Sepeda Motor", "0001", 2016, 18_450_000, "Dipakai petugas pusling"),
    ((2, 3, 1, 2, 3), "Sepeda Motor", "0002", 2016, 18_450_000, "Dipakai petugas pusling"),
    ((2, 3, 1, 1, 6), "Ambulance", "0001", 2014, 312_000_000, "Kendaraan operasional"),
    ((2, 6, 1, 2, 2), "Komputer PC", "0001", 2019, 9_875_000, "Ruang Tata Usaha"),
    ((2, 6, 1, 2, 2), "Komputer PC", "0002", 2019, 9_875_000, "Ruang Pendaftaran"),
    ((2, 7, 1, 1, 1), "Tensimeter Digital", "0001", 2021, 1_250_000, "Poli Umum"),
]


def _kibb_html() -> str:
    """The export as the browser saves it: the view's HTML with the invented rows, sent as .xls."""
    th = 'style="text-align: center; font-weight: bold;" valign="middle"'
    lines = [
        '<style type="text/css">', ".title {", "\tfont-size: 24px;", "\tfont-weight: bold;", "}", "</style>", "",
        '<table width="1110">', "<tr>", "<td></td>",
        '<td height="40" align="center" class="title">KIB B. PERALATAN &amp; MESIN</td>', "</tr>", "<tr>",
        "  <td></td>", "  <td>",
        '  <p align="center"><strong>KARTU INVENTARIS BARANG (KIB) B. PERALATAN &amp; MESIN</strong></p>',
        '  <table border="0" cellspacing="0" cellpadding="0" width="498">',
    ]
    for label, value in (("PROVINSI", "SUMATERA UTARA"), ("KABUPATEN/KOTA", "MEDAN"), ("BIDANG", "KESEHATAN"),
                         ("UNIT ORGANISASI", "DINAS KESEHATAN"), ("SUB UNIT ORGANISASI", "DINAS KESEHATAN"),
                         ("UPB", "UPT PUSKESMAS CONTOH BARU")):
        lines += ["    <tr>", f'      <td width="174" valign="top"><p><strong>{label}</strong></p></td>',
                  f'      <td width="324" valign="top"><p><strong>: {value}</strong></p></td>', "      </tr>"]
    lines += [
        "    <tr>", '      <td width="174" valign="bottom"><p>NO. KODE LOKASI</p></td>',
        '      <td width="324" valign="bottom"><p>: 12.02.14.05.01.01.01</p></td>', "      </tr>", "  </table>",
        "  </td>", "</tr>", "<tr>", "<td></td>", "<td>",
        '  <table width="1242" border="1" cellpadding="8" style="border-collapse:collapse;">      ',
        '      <tr height="20" style="background-color:#9AE456;">',
        f'        <td width="10" rowspan="2" {th}>No</td>',
        f'        <td width="68" rowspan="2" {th}><strong>Jenis Barang/ Nama Barang</strong></td>',
        f'        <td width="62" rowspan="2" {th}><strong>Kode Barang</strong></td>',
        f'        <td width="66" rowspan="2" {th}><strong>Register</strong></td>',
        f'        <td width="54" rowspan="2" {th}><p align="center">Merk / Type<strong></strong></p></td>',
        f'        <td width="54" rowspan="2" {th}>Ukuran / CC</td>',
        f'        <td width="54" rowspan="2" {th}>Bahan</td>',
        f'        <td width="110" rowspan="2" {th}>Tahun Pembelian</td>',
        f'        <td colspan="5" {th}>Nomor</td>',
        f'        <td width="106" rowspan="2" {th}><strong>Asal Usul</strong></td>',
        f'        <td width="241" rowspan="2" {th}>Harga (Rp)</td>',
        f'        <td width="193" rowspan="2" {th}>Keterangan</td>', "      </tr>",
        '      <tr height="40" style="background-color:#9AE456;">',
        f'        <td width="110" height="37" {th}>Pabrik</td>', f'        <td width="110" {th}>Rangka</td>',
        f'        <td width="110" {th}>Mesin</td>', f'        <td width="110" {th}>Polisi</td>',
        f'        <td width="110" {th}>BPKB</td>', "        </tr>",
    ]
    for i, (kode, nama, reg, tahun, harga, ket) in enumerate(_KIB_B, start=1):
        lines += [
            "      <tr>", f'        <td valign="top" align="center">{i}</td>',
            f'        <td valign="top">{nama}<font color="white">_</font></td>',
            f'        <td valign="top">{".".join(str(part) for part in kode)}</td>',
            f'        <td valign="top" align="center">{reg}</td>',
            '        <td valign="top"></td>',
            f'        <td valign="top" align="center">{reg}</td>',
            f'        <td valign="top" align="center">{reg}</td>',
            f'        <td valign="top" align="center">{tahun}</td>',
        ]
        lines += ['        <td valign="top" align="center">&nbsp;</td>'] * 5
        lines += [
            '        <td valign="top"></td>', f"        <td align='right' valign=\"top\">{rupiah(harga)}</td>",
            f'        <td valign="top">{ket}</td>', "      </tr>",
        ]
    lines += [
        '\t <tr style="background-color:#dbf2e4;">', "        <td>&nbsp;</td>",
        '        <td colspan="13"><b></b>Total</td>',
        f"        <td align='right'><b>{rupiah(sum(row[4] for row in _KIB_B))}</b></td>", "        <td>&nbsp;</td>",
        "      </tr>", "  </table>", "</td>", "</tr>", "</table>", "",
    ]
    return "\n".join(lines)


def _golongan(printed: str) -> str:
    """'III A' → 'III/a'."""
    group, letter = printed.split()
    return f"{group}/{letter.lower()}"


CASES: list[Layout] = [
    Layout(
        id="assets-kelurahan-teppo-rekap-buku-inventaris-2008-golongan-bidang-tanpa-kondisi",
        dataset="assets",
        agency=("Kelurahan Teppo, Kabupaten Pinrang, Sulawesi Selatan — kelurahan (its own inventory workbook, kept "
                "as a saved web page in an aset-desa application)"),
        source=_TEPPO_SOURCE,
        year=2008,
        sheets={"Rekap": _teppo_rows()},
        merged={"Rekap": _TEPPO_MERGED},
        number_formats={"Rekap": _TEPPO_FORMATS},
        refused="expected count columns: 'Baik' and 'Rusak' (under KONDISI)",
        note=("The kelurahan's rekap of its inventory book up to 2008, its printed figures kept: 31 units in "
              "PERALATAN DAN MESIN (30 'Alat-alat Kantor dan Rumah Tangga' for 4.700.000, 1 'Alat-alat Studio dan "
              "Komunikasi' for 250.000), nothing else counted; the sums hold (30 + 1 = 31; 4.700.000 + 250.000 = "
              "4.950.000; JUMLAH 31 and 4.950.000). Column A is empty (the sheet starts in B); an identity block of "
              "'label | : | value' cells, KODE LOKASI in a cell merged over N3:Q3; the title 'S/D TAHU 2008' misspelt "
              "as printed; the header 'JUMLAH' over 'BARANG' split on two rows in one column; the column-number row "
              "1 … 7 then 16 (KETERANGAN); golongan rows numbered 1-6 with their code in GOLONGAN, bidang rows "
              "lettered 'a.' … 'i.' in a column of their own with their code in KODE BIDANG BARANG; '-' for none, "
              "empty cells for TANAH and Bangunan Gedung. The table gives NO CONDITION of any unit (no Baik / Rusak "
              "column, no B/KB/RB code): a careful analyst cannot say how many of the 31 units are good or damaged, "
              "so the kit must refuse it rather than read the units as good; the refusal names the missing "
              "condition columns. Units are not comparable across rows (Buah, Unit, M2, M, Ekor). After measuring: "
              "the refusal expected is the kit's own for a table with no condition ('expected count columns: "
              "'Baik' and 'Rusak' (under KONDISI), … or one row per item with its 'Kondisi' (B, KB, RB)'), the one "
              "that matters here (the collector's 'expected a column for' was a guess at the words). After tuning: "
              "the kit gives this refusal, reading the seven columns G…M under the one merged header 'NAMA BIDANG "
              "BARANG' (G7:M8) as one item column, the golongan names in G and each bidang's name in H with its "
              "letter ('a.') in G taken for the name's enumerator, not a second name; the column-number row 1 … 7, "
              "16 is the column numbers (a rekap keeping KETERANGAN's number in the full form), not a row of "
              "figures; 'TANAH' and 'JUMLAH', one word in capitals, are names, not codes."),
    ),
    Layout(
        id="assets-damkar-eapd-rekapitulasi-kondisi-keberadaan-hilang-belum-terima-subtotal",
        dataset="assets",
        agency=("a Dinas Penanggulangan Kebakaran dan Penyelamatan (provinsi), one penempatan's protective equipment "
                "in its e-APD application (the penempatan not named; figures invented) — provinsi dinas (pemadam "
                "kebakaran), e-APD view"),
        source=_APD_SOURCE,
        year=2023,
        sheets={"Rekapitulasi APD": _apd_rows()},
        merged={"Rekapitulasi APD": ["A2:A3", "B2:B3", "C2:F2", "G2:I2", "J2:J3"]},
        expected=[asset(jenis, b, rr + rs + rb) for jenis, (b, rr, rs, rb, _, _) in _APD.items()],
        findings=(),
        note=("Two bands side by side: 'Kondisi' over Baik | Rusak Ringan | Rusak Sedang | Rusak Berat and "
              "'Keberadaan' over Belum Terima | Hilang | Diterima. Good = Baik; damaged = Rusak Ringan + Rusak "
              "Sedang + Rusak Berat. 'Belum Terima' (not yet received) and 'Hilang' (lost) are no condition of a "
              "unit at hand and are counted in neither; 'Diterima' is the received units, the sum of the four "
              "conditions; 'SubTotal' is every input of the jenis, Diterima + Belum Terima + Hilang (the "
              "application counts all inputs), so it exceeds good + damaged wherever something is lost or not "
              "received: no published mistake (Fire Jacket 38 + 10 = 48 = Diterima, SubTotal 51). The '#' column "
              "numbers the rows; the line 'Periode Berjalan : …' stands above the table. The view's export button "
              "makes a PDF only (the XLS button is commented out), so the sheet is what a user pastes from the "
              "page."),
    ),
    Layout(
        id="staff-sidamkar-pendaftaran-aparatur-damkar-karpeg-tanpa-nip-golongan-spasi-huruf-besar",
        dataset="staff",
        agency=("a kabupaten/kota's firefighters of the jabatan fungsional Pemadam Kebakaran registered in SIDAMKAR "
                "(the pemda not named; synthetic people) — kabupaten OPD (pemadam kebakaran), SIDAMKAR view"),
        source=_SIDAMKAR_SOURCE,
        year=2023,
        sheets={"Pendaftaran Aparatur": _sidamkar_rows()},
        merged={"Pendaftaran Aparatur": ["A1:F1"]},
        expected={
            "golongan": counts(_golongan(gol) for _, _, _, gol, _ in _SIDAMKAR),
            "position_type": {"Fungsional": len(_SIDAMKAR)},
        },
        findings=((W, "column_missing"), (W, "column_missing"), ("info", "position_type_from_jabatan"),
                  ("info", "roster_without_nip")),
        note=("A registration list of jabatan fungsional firefighters: every row is a Pemadam Kebakaran (Pemula, "
              "Terampil, Mahir, Penyelia) or an Analis Kebakaran, all jabatan fungsional tertentu, so the position "
              "type is Fungsional for all nine (the application exists for that jabatan; the kit may need to be "
              "told that 'Damkar …' names a jabatan fungsional). Golongan printed 'III A', 'II C' (group, a space, a "
              "capital letter, no slash), read III/a, II/c. No NIP column: the Karpeg number ('Q 900101', "
              "synthetic) is the only identifier, so no sex can be read from a NIP and the table has no Jenis "
              "Kelamin: gender is not expected. 'Status Verifikasi' is the registration's state in the application "
              "(3 'Belum Verifikasi'): the people are staff either way and all 9 are counted. The Action column "
              "holds the button's word 'Verifikasi' on every row, as a copy from the page gives it. After measuring, "
              "the findings expected are the two column_missing warnings the table earns (no Jenis Kelamin and no "
              "NIP to read the sex from; no Pendidikan: the report's tables by gender and by education cannot be "
              "made, which the collector's empty findings left out), the position_type_from_jabatan note "
              "('Fungsional 9': each jabatan ends in a jenjang of jabatan_names.csv, Pemula, Terampil, Mahir, "
              "Penyelia of the keterampilan and Ahli Pertama of the keahlian, PP 11/2017, so no 'Damkar' word "
              "list is needed) and the roster_without_nip note (each named row is one person)."),
    ),
    Layout(
        id="assets-simbada-medan-kib-b-html-xls-register-di-ukuran-bahan-tanpa-kondisi",
        dataset="assets",
        agency=("a UPT Puskesmas of the Dinas Kesehatan Kota Medan in SIMBADA (the UPB invented; figures invented) — "
                "kota OPD unit (puskesmas), SIMBADA KIB B export"),
        source=_KIBB_SOURCE,
        year=2023,
        sheets={},
        html=_kibb_html(),
        refused="expected count columns: 'Baik' and 'Rusak' (under KONDISI)",
        note=("The KIB B (peralatan dan mesin) of the same SIMBADA as the corpus's KIB C case, a different view: "
              "an HTML page sent as .xls, a title row and an identity table nested in the outer table's second "
              "column, then a two-row header whose 'Nomor' band spans Pabrik | Rangka | Mesin | Polisi | BPKB. The "
              "view's body is shifted against its header: the unit's Luas_M2 (empty for equipment) under 'Merk / "
              "Type', the register number again under 'Ukuran / CC' and 'Bahan' ('0001' three times on a row), the "
              "Alamat (empty) under 'Asal Usul', '&nbsp;' in all five Nomor cells; names end with a white '_'; Harga "
              "printed with thousands dots ('312.000.000'; the view's rp() is not shown), a Total row over 13 "
              "columns (the sum holds: 369.900.000). "
              "Each row is one register (one unit); two Sepeda Motor and two Komputer PC. The KIB B prints NO "
              "CONDITION (the Permendagri 17/2007 KIB B form has no condition column either; this view has no "
              "Kondisi column and Keterangan holds where the unit is used), so a careful analyst cannot tell good "
              "from damaged units: the kit must refuse, naming the missing condition. After measuring: the refusal "
              "expected is the kit's own for a table with no condition, at the header (A2 of the body table): "
              "'expected count columns: 'Baik' and 'Rusak' (under KONDISI), … or one row per item with its "
              "'Kondisi' (B, KB, RB)' (the collector's 'expected a column for' was a guess at the words). It "
              "says nothing of the shifted body, rightly: the shift touches only columns the kit does not read "
              "(Merk / Type, Ukuran / CC, Bahan, Asal Usul), and with no condition nothing would be read from "
              "the rows whatever their order."),
    ),
]
