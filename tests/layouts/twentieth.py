"""The twentieth held-out set: real staff and asset layouts collected blind, to measure the integrated kit on layouts
nobody tuned for (README.md records the cases; the lead measures them). Another collector took indicators and budget
(a twenty-first set) at the same time.

Kinds the corpus had none of: a SIMPEG 'Laporan Rekapitulasi Pegawai Berdasarkan Jabatan' downloaded as an HTML page
named .xls, its units by position type as bands of their own sub-columns (STRUKTURAL over the echelons II.B … IV.B,
FUNGSIONAL TERTENTU over the functional positions GURU … PENYULUH PERTANIAN), then 'FUNGSIONAL UMUM' (the pre-2019 name
of the pelaksana) and JUMLAH, a print date 'Tangga : 31 December 2025' (the view's typo, English month) and no total
row; a kementerian's (Kementerian Pertanian, SIMLUH) count of its agricultural extension workers by kabupaten/kota of a
province and by status, three header rows whose first holds only No and Kabupaten/Kota, bands 'Jumlah PNS (+ BPTP)'
(Aktif | Tugas Belajar | CPNS | PPPK), 'Jumlah THL-TBPP' (APBN | APBD) and 'Jumlah Lainnya' (Swadaya | Swasta), the
ministry's own balai (BPTP) as the first row and a spaced-out 'J U M L A H' row that leaves that balai out and counts
Swasta twice in its Total (the view's own arithmetic); a sekretariat DPRD's Daftar Urut Kepangkatan where PNS
golongan/ruang ('IV/b'), PPPK single grades ('IX', 'VII', 'V') and the newest appointees' '-' share one Gol/Ruang
column, the echelon in parentheses after the structural jabatan ('(III.A)') and an empty FOTO column; a kecamatan's
inventory recap by asset class (Tanah, Gedung, Mesin: the KIB A, C and B) with 'Jumlah Total | Kondisi Baik | Kondisi
Rusak' and a Total row, under the kota's letterhead. All four are export or print layouts found in public code, filled
with invented figures and synthetic people (the DPRD list's columns as a public repository's analysis of the
secretariat's own DUK lists them). Expectations are what each table says, never what the kit reads: the cases were not
run through the kit.
"""

from __future__ import annotations

from layouts.case import E, Layout
from workbooks import nip

# ---------------------------------------------------------------- staff: SIMPEG rekap by jabatan, HTML named .xls

_ESELON = ["II.B", "III.A", "III.B", "IV.A", "IV.B"]
_TERTENTU = ["GURU", "DOKTER", "PERAWAT", "BIDAN", "PENYULUH PERTANIAN"]
#: unit kerja, its echelon holders (II.B … IV.B), its functional officers (GURU … PENYULUH PERTANIAN), its
#: 'fungsional umum' (pelaksana); invented
_JABATAN_UNITS = [
    ("Sekretariat Daerah", (1, 3, 0, 9, 0), (0, 0, 0, 0, 0), 58),
    ("Sekretariat DPRD", (1, 3, 0, 7, 0), (0, 0, 0, 0, 0), 31),
    ("Dinas Pendidikan dan Kebudayaan", (1, 1, 3, 8, 0), (1_412, 0, 0, 0, 0), 47),
    ("Dinas Kesehatan", (1, 1, 3, 6, 12), (0, 38, 214, 176, 0), 66),
    ("Dinas Pertanian dan Ketahanan Pangan", (1, 1, 3, 7, 0), (0, 0, 0, 0, 53), 29),
    ("Kecamatan Sukamaju", (0, 1, 2, 5, 0), (0, 0, 0, 0, 0), 14),
]


def _jabatan_html() -> str:
    """The view's download: the report div with its h3 title, the h6 date, an hr, and a bordered table whose head is
    two rows of <th> (the bands over their sub-columns), one row per unit kerja, no total row."""
    lines = [
        '<div class="report" id="report" style="width: 100%; margin-top: 25px;">',
        '    <h3 style="text-align:center">LAPORAN REKAPITULASI PEGAWAI BERDASARKAN JABATAN</h3><br>',
        '    <h6  style="text-align:center">Tangga : 31 December 2025</h6>',
        "    <hr>",
        '    <table class="table table-bordered" border="1">',
        "        <thead>",
        "            <tr>",
        '                <th rowspan="2">UNIT KERJA</th>\t',
        f'                <th colspan="{len(_ESELON)}">STRUKTURAL</th>',
        f'                <th colspan="{len(_TERTENTU)}">FUNGSIONAL TERTENTU</th>',
        '                <th rowspan="2">FUNGSIONAL UMUM</th>',
        '                <th rowspan="2">JUMLAH</th>',
        "            </tr>",
        "            <tr>",
        "                " + "".join(f"<th >{key}</th>" for key in _ESELON) + "".join(f"<th>{key}</th>" for key in _TERTENTU),
        "            </tr>",
        "        </thead>",
        "        <tbody>",
    ]
    for nama, eselon, tertentu, umum in _JABATAN_UNITS:
        total = sum(eselon) + sum(tertentu) + umum
        cells = [nama, *eselon, *tertentu, umum, total]
        lines.append("            <tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    lines += ["        </tbody>", "    </table>", "</div>"]
    return "\n".join(lines)


# ---------------------------------------------------------------- staff: SIMLUH rekap ketenagaan penyuluhan

#: (kabupaten/kota as SIMLUH names it, PNS aktif, PNS tugas belajar, CPNS, PPPK, THL-TBPP APBN, THL-TBPP APBD,
#: swadaya, swasta); invented
_SIMLUH = [
    ("KAB. LOMBOK BARAT", 61, 1, 0, 14, 9, 4, 22, 0),
    ("KAB. LOMBOK TENGAH", 88, 2, 3, 21, 12, 0, 35, 2),
    ("KAB. LOMBOK TIMUR", 97, 0, 2, 26, 15, 6, 41, 1),
    ("KAB. SUMBAWA", 73, 1, 0, 18, 11, 0, 17, 0),
    ("KAB. DOMPU", 44, 0, 1, 9, 7, 3, 12, 0),
    ("KAB. BIMA", 69, 1, 0, 17, 13, 0, 26, 3),
    ("KAB. SUMBAWA BARAT", 31, 0, 0, 6, 4, 2, 8, 0),
    ("KAB. LOMBOK UTARA", 27, 0, 1, 8, 5, 0, 10, 0),
    ("KOTA MATARAM", 19, 1, 0, 3, 2, 1, 4, 1),
    ("KOTA BIMA", 16, 0, 0, 4, 2, 0, 3, 0),
]
_BPTP = ("BPTP", 14, 1)  # the ministry's assessment institute in the province: PNS aktif and tugas belajar only


def _simluh_rows() -> list[list]:
    rows: list[list] = [
        ["Rekap Ketenagaan Penyuluhan Tingkat Kabupaten/Kota", *[None] * 10],
        ["Provinsi NUSA TENGGARA BARAT", *[None] * 10],
        ["Per : 31-12-2025", *[None] * 10],
        ["No", "Kabupaten/Kota", *[None] * 9],
        [None, None, "Jumlah PNS (+ BPTP)", None, None, None, "Jumlah THL-TBPP", None, "Jumlah Lainnya", None, "Total"],
        [None, None, "Aktif", "Tugas Belajar", "CPNS", "PPPK", "APBN", "APBD", "Swadaya", "Swasta", None],
        [1, _BPTP[0], _BPTP[1], _BPTP[2], 0, 0, 0, 0, 0, 0, _BPTP[1] + _BPTP[2]],
    ]
    for i, (name, *figures) in enumerate(_SIMLUH, start=2):
        rows.append([i, name, *figures, sum(figures)])
    # the view's tfoot: its sums run over the kabupaten/kota only (not the BPTP row), and its Total adds Swasta twice
    sums = [sum(row[k] for row in _SIMLUH) for k in range(1, 9)]
    rows.append([None, "J U M L A H", *sums, sum(sums) + sums[7]])
    return rows


_SIMLUH_ROWS = _simluh_rows()

# ---------------------------------------------------------------- staff: DUK of a sekretariat DPRD

_DUK_HEAD_1 = ["NO", "NIP", "NAMA", "FOTO", "PANGKAT", "GOL/RUANG", "TMT GOLONGAN", "JABATAN", "TMT AWAL ESELON",
               "TMT AKHIR ESELON", "MASA KERJA", None, "DIKLAT KEPEMIMPINAN", None, "PENDIDIKAN", None,
               "TEMPAT, TANGGAL LAHIR", "JENIS KELAMIN", "AGAMA"]
_DUK_HEAD_2 = [None] * 10 + ["KESELURUHAN", "GOLONGAN", "NAMA", "TAHUN", "NAMA", "TAHUN LULUS", None, None, None]
#: (serial, female, birth, TMT CPNS or PPPK year, pppk, name, pangkat, gol/ruang, TMT gol, jabatan, TMT awal eselon,
#: masa kerja keseluruhan, masa kerja golongan, diklat, diklat year, pendidikan, tahun lulus, tempat lahir, agama);
#: people and NIPs invented
_DUK = [
    (1, False, "19700814", "199603", False, "Drs. BAMBANG SETYADI, M.Si.", "Pembina Utama Muda", "IV/c", "01-04-2021",
     "Sekretaris DPRD (II.B)", "03-01-2022", "30 Thn 06 Bln", "05 Thn 05 Bln", "PKN Tk. II", "2022",
     "S-2 Ilmu Administrasi Negara", "2004", "Magelang", "Islam"),
    (2, True, "19750321", "200003", False, "RETNO WULANDARI, S.H., M.H.", "Pembina Tk. I", "IV/b", "01-10-2022",
     "Kepala Bagian Umum dan Keuangan (III.A)", "15-06-2021", "26 Thn 06 Bln", "03 Thn 11 Bln", "PKA", "2021",
     "S-2 Ilmu Hukum", "2009", "Temanggung", "Islam"),
    (3, False, "19781103", "200312", False, "AGUS TRIYANTO, S.Sos.", "Pembina", "IV/a", "01-04-2023",
     "Kepala Bagian Persidangan dan Perundang-undangan (III.A)", "02-01-2023", "22 Thn 09 Bln", "03 Thn 05 Bln",
     "PKA", "2023", "S-1 Ilmu Pemerintahan", "2001", "Magelang", "Katolik"),
    (4, True, "19800611", "200503", False, "Dra. ENDANG SRI LESTARI, M.M.", "Pembina", "IV/a", "01-10-2023",
     "Kepala Bagian Fasilitasi Penganggaran dan Pengawasan (III.A)", "02-01-2023", "21 Thn 06 Bln",
     "02 Thn 11 Bln", "PKA", "2023", "S-2 Manajemen", "2012", "Purworejo", "Islam"),
    (5, False, "19830208", "200903", False, "HENDRA KURNIAWAN, S.E.", "Penata Tk. I", "III/d", "01-04-2022",
     "Kepala Sub Bagian Rumah Tangga dan Perlengkapan (IV.A)", "01-09-2022", "17 Thn 06 Bln", "04 Thn 05 Bln",
     "PKP", "2023", "S-1 Ekonomi Manajemen", "2006", "Magelang", "Islam"),
    (6, True, "19860919", "201103", False, "DIAN PERMATASARI, S.IP.", "Penata Tk. I", "III/d", "01-04-2024",
     "Analis Kebijakan Ahli Muda", "-", "15 Thn 06 Bln", "02 Thn 05 Bln", "-", "-", "S-1 Ilmu Politik", "2008",
     "Semarang", "Kristen"),
    (7, True, "19920502", "201903", False, "NURUL HIDAYAH, S.H.", "Penata Muda Tk. I", "III/b", "01-04-2023",
     "Perisalah Legislatif Ahli Pertama", "-", "07 Thn 06 Bln", "03 Thn 05 Bln", "-", "-", "S-1 Ilmu Hukum",
     "2014", "Magelang", "Islam"),
    (8, False, "19840727", "201001", False, "SUGENG RIYADI", "Pengatur", "II/c", "01-04-2018",
     "Pengadministrasi Perkantoran", "-", "16 Thn 08 Bln", "08 Thn 05 Bln", "-", "-", "SMA IPS", "2002",
     "Magelang", "Islam"),
    (9, False, "19880115", "201403", False, "ARIF BUDIMAN", "Pengatur Muda Tk. I", "II/b", "01-04-2022",
     "Pengelola Umum Operasional", "-", "12 Thn 06 Bln", "04 Thn 05 Bln", "-", "-", "SMK Otomotif", "2006",
     "Kendal", "Islam"),
    (10, False, "19930630", "2024", True, "RIZKY ADITYA PRATAMA, S.Kom.", "-", "IX", "01-03-2024",
     "Pranata Komputer Ahli Pertama", "-", "02 Thn 06 Bln", "02 Thn 06 Bln", "-", "-",
     "S-1 Teknik Informatika", "2016", "Magelang", "Islam"),
    (11, True, "19950412", "2025", True, "PUTRI AYU LESTARI, A.Md.", "-", "VII", "01-03-2025",
     "Asisten Perisalah Legislatif Terampil", "-", "01 Thn 06 Bln", "01 Thn 06 Bln", "-", "-",
     "D-III Administrasi Perkantoran", "2016", "Boyolali", "Islam"),
    (12, True, "19940825", "2025", True, "ANISA RAHMAWATI, S.H.", "-", "IX", "01-03-2025",
     "Perisalah Legislatif Ahli Pertama", "-", "01 Thn 06 Bln", "01 Thn 06 Bln", "-", "-", "S-1 Ilmu Hukum",
     "2017", "Magelang", "Islam"),
    (13, False, "19910317", "2025", True, "WAHYU NUGROHO", "-", "V", "01-03-2025", "Operator Layanan Operasional",
     "-", "01 Thn 06 Bln", "01 Thn 06 Bln", "-", "-", "SMA IPA", "2009", "Magelang", "Islam"),
    (14, False, "19890904", "2025", True, "DENI SETIAWAN", "-", "-", "-", "Pengelola Layanan Operasional", "-",
     "00 Thn 11 Bln", "-", "-", "-", "SMK Teknik Komputer dan Jaringan", "2007", "Magelang", "Islam"),
    (15, True, "19970128", "2025", True, "SRI MULYANI", "-", "-", "-", "Operator Layanan Operasional", "-",
     "00 Thn 11 Bln", "-", "-", "-", "SMA IPS", "2015", "Magelang", "Islam"),
    (16, True, "19960710", "2025", True, "LINDA KUSUMAWATI, S.Pd.", "-", "-", "-", "Penata Layanan Operasional", "-",
     "00 Thn 11 Bln", "-", "-", "-", "S-1 Pendidikan Ekonomi", "2019", "Wonosobo", "Islam"),
]


def _duk_rows() -> list[list]:
    rows: list[list] = [
        ["DAFTAR URUT KEPANGKATAN (DUK)", *[None] * 18],
        ["SEKRETARIAT DPRD KOTA MAGELANG", *[None] * 18],
        ["PERIODE SEPTEMBER 2026", *[None] * 18],
        [None] * 19,
        _DUK_HEAD_1,
        _DUK_HEAD_2,
    ]
    for i, (serial, female, birth, appointed, pppk, name, pangkat, gol, tmt_gol, jabatan, tmt_eselon, mk_all, mk_gol,
            diklat, diklat_year, pendidikan, lulus, tempat, agama) in enumerate(_DUK, start=1):
        number = nip(serial, female=female, birth=birth, appointed=appointed, pppk=pppk)
        born = f"{tempat}, {birth[6:8]}-{birth[4:6]}-{birth[:4]}"
        rows.append([i, number, name, None, pangkat, gol, tmt_gol, jabatan, tmt_eselon,
                     "-" if tmt_eselon == "-" else None, mk_all, mk_gol, diklat, diklat_year, pendidikan, lulus,
                     born, "Perempuan" if female else "Laki-laki", agama])
    rows += [
        [None] * 19,
        *[[None] * 14 + [text, *[None] * 4] for text in (
            "Magelang, 30 September 2026", "SEKRETARIS DPRD KOTA MAGELANG", None, None,
            "Drs. BAMBANG SETYADI, M.Si.", "Pembina Utama Muda", f"NIP. {nip(1, birth='19700814', appointed='199603')}")],
    ]
    return rows


_DUK_ROWS = _duk_rows()


def _duk_golongan() -> dict[str, int]:
    found: dict[str, int] = {}
    for row in _DUK:
        gol, pppk = row[7], row[4]
        # the three PPPK with '-' have no grade stated: counted all the same, as not known (see the case's note)
        key = "Tidak diketahui" if gol == "-" else f"{gol} (PPPK)" if pppk else gol
        found[key] = found.get(key, 0) + 1
    return found


def _duk_education() -> dict[str, int]:
    found: dict[str, int] = {}
    for row in _DUK:
        level = {"S-2": "S2", "S-1": "S1", "D-III": "D3", "SMA": "SMA", "SMK": "SMA"}[row[15].split()[0]]
        found[level] = found.get(level, 0) + 1
    return found


STAFF: list[Layout] = [
    Layout(
        id="staff-simpeg-rekap-jabatan-unit-kerja-struktural-eselon-fungsional-tertentu-umum-html-xls",
        dataset="staff",
        agency=("a kabupaten (not named; units and counts invented), its civil servants by unit kerja and position "
                "type — kabupaten BKPSDM, SIMPEG report downloaded as Excel (HTML page named .xls; counts synthetic)"),
        source=("public GitHub PHP SIMPEG, the view behind '/pegawai/rekapExcel' (search index file id 27236310521; its "
                "screen twin with the 'Export to Excel' button, index file id 27306761374): 'LAPORAN REKAPITULASI "
                "PEGAWAI BERDASARKAN JABATAN', 'Tangga : ' . date('d F Y'), a table border=1: UNIT KERJA (rowspan 2) | "
                "STRUKTURAL (colspan = the echelons) | FUNGSIONAL TERTENTU (colspan = the functional positions) | "
                "FUNGSIONAL UMUM (rowspan 2) | JUMLAH (rowspan 2), the sub-columns strtoupper($key), one row per unit, "
                "no total row"),
        year=2025,
        sheets={},
        html=_jabatan_html(),
        expected={"position_type": {
            "Struktural": sum(sum(unit[1]) for unit in _JABATAN_UNITS),
            "Fungsional": sum(sum(unit[2]) for unit in _JABATAN_UNITS),
            "Pelaksana": sum(unit[3] for unit in _JABATAN_UNITS),
        }},
        note=("An HTML report downloaded as Excel: a div with an h3 title, an h6 'Tangga : 31 December 2025' (the view "
              "drops the 'l' of Tanggal and prints the English month), an hr, then the table. Two header rows of <th>: "
              "the band STRUKTURAL over the echelons held (II.B, III.A, III.B, IV.A, IV.B — the count of holders of "
              "each), the band FUNGSIONAL TERTENTU over the functional positions (GURU, DOKTER, PERAWAT, BIDAN, "
              "PENYULUH PERTANIAN), then FUNGSIONAL UMUM and JUMLAH spanning both rows; one row per unit kerja, no "
              "total row. The position types are the bands: Struktural the echelon columns (80), Fungsional the "
              "functional columns (1,893), and 'Fungsional Umum' is the pre-2019 name of the pelaksana (245), not a "
              "functional position (BKN: jabatan fungsional umum became jabatan pelaksana). JUMLAH is each row's sum; "
              "every row adds up. Units and counts invented (2,218 civil servants)."),
    ),
    Layout(
        id="staff-simluh-kementan-rekap-ketenagaan-penyuluh-kab-kota-pns-tb-cpns-pppk-thl-swadaya-jumlah-tanpa-bptp",
        dataset="staff",
        agency=("Kementerian Pertanian (BPPSDMP), its agricultural extension workers in Provinsi Nusa Tenggara Barat "
                "by kabupaten/kota and status — kementerian, SIMLUH recap page pasted into a sheet (counts synthetic)"),
        source=("public GitHub CodeIgniter 4 copy of SIMLUH (the penyuluhan information system), view of 'Rekap "
                "Ketenagaan Penyuluhan Tingkat Kabupaten/Kota' by province (search index file id 1905250702; the "
                "controller's daftarketenagaan() in index file id 1669597292): 'Provinsi <namaprov>', 'Per : d-m-Y', "
                "No | Kabupaten/Kota (rowspan 3) | Jumlah PNS (+ BPTP) › Aktif | Tugas Belajar | CPNS | PPPK | Jumlah "
                "THL-TBPP › APBN | APBD | Jumlah Lainnya › Swadaya | Swasta | Total, the BPTP row first, the "
                "kabupaten/kota rows, a tfoot 'J U M L A H'"),
        year=2025,
        sheets={"Ketenagaan": _SIMLUH_ROWS},
        merged={"Ketenagaan": ["A1:K1", "A2:K2", "A4:A6", "B4:B6", "C5:F5", "G5:H5", "I5:J5", "K5:K6"]},
        expected={"status": {
            # PNS: aktif, on study leave and CPNS, the BPTP row's too; THL-TBPP, swadaya and swasta are not ASN
            "PNS": _BPTP[1] + _BPTP[2] + sum(row[1] + row[2] + row[3] for row in _SIMLUH),
            "PPPK": sum(row[4] for row in _SIMLUH),
        }},
        # the tfoot sums only the kabupaten/kota (the BPTP row's 14 + 1 left out) and its Total adds Swasta twice:
        # three stated totals wrong (Aktif, Tugas Belajar, Total), one sum_mismatch each (changed in tuning, see note)
        findings=((E, "sum_mismatch"), (E, "sum_mismatch"), (E, "sum_mismatch")),
        note=("The ministry's count of extension workers (penyuluh pertanian) working in one province, by kabupaten/kota "
              "and by status, as SIMLUH shows it. Three header rows: the first holds only 'No' and 'Kabupaten/Kota' "
              "(merged down all three), the second the bands 'Jumlah PNS (+ BPTP)', 'Jumlah THL-TBPP', 'Jumlah "
              "Lainnya' and 'Total' (merged down two), the third Aktif | Tugas Belajar | CPNS | PPPK | APBN | APBD | "
              "Swadaya | Swasta. The first row is 'BPTP', the ministry's own assessment institute (PNS aktif and "
              "tugas belajar only, zeros elsewhere), then the ten kabupaten/kota ('KAB. LOMBOK BARAT' … 'KOTA BIMA'). "
              "Each row's Total adds up. ASN are the PNS band: PNS aktif, PNS on study leave and CPNS count as PNS "
              "(553 with the BPTP's 15), PPPK as PPPK (126); THL-TBPP (contract workers paid by APBN or APBD), "
              "swadaya and swasta extension workers are not ASN. The view's tfoot 'J U M L A H' sums the kabupaten/kota "
              "only (its Aktif 525, not 539 with the BPTP's 14; its Tugas Belajar 6, not 7) and adds Swasta twice in "
              "its Total (952 where its own columns give 945 and the rows 960): the published-by-the-code "
              "mistake. Changed in tuning (tune20): first 'one error sum_mismatch'; the tfoot states three totals that "
              "disagree with the rows (Aktif 525 for 539, Tugas Belajar 6 for 7, Total 952 for 960), and the kit "
              "reports each stated total that is wrong (as the other cases expect one per column), so three. Counts "
              "invented."),
    ),
    Layout(
        id="staff-setwan-magelang-duk-pns-gol-ruang-pppk-golongan-tunggal-strip-eselon-dalam-jabatan-foto-kosong",
        dataset="staff",
        agency=("Sekretariat DPRD Kota Magelang, its Daftar Urut Kepangkatan — kota sekretariat DPRD, DUK print "
                "pasted into a sheet (synthetic people)"),
        source=("public GitHub repository of a DPRD application, 'Analisis Gap — Data Pegawai Sekretariat (DUK) vs "
                "Modul Master Pegawai & Jabatan' (search index file id 71396406281), on 'Daftar Pegawai Sekretariat "
                "DPRD Kota Magelang.pdf', the DUK for September 2026 (52 people): its fields NIP, Nama, Foto, Pangkat, "
                "Golongan/Ruang (IV/b … or the PPPK single grade IX/VII/V), TMT Golongan, Jabatan with the echelon in "
                "parentheses '(III.A)', TMT Awal/Akhir Eselon, Masa Kerja Keseluruhan & Golongan, Diklat "
                "Kepemimpinan + Tahun, Pendidikan + Tahun Lulus, Tempat, Tanggal Lahir, Jenis Kelamin, Agama; the "
                "newest appointees (October 2025) with Pangkat '-'"),
        year=2026,
        sheets={"DUK": _DUK_ROWS},
        merged={"DUK": ["A1:S1", "A2:S2", "A3:S3", *[f"{c}5:{c}6" for c in "ABCDEFGHIJQRS"], "K5:L5", "M5:N5",
                        "O5:P5"]},
        expected={
            "golongan": _duk_golongan(),
            "gender": {"Laki-laki": sum(1 for row in _DUK if not row[1]),
                       "Perempuan": sum(1 for row in _DUK if row[1])},
            "education": _duk_education(),
        },
        note=("A sekretariat DPRD's DUK with the fields the repository's analysis lists, in its order, under a "
              "two-row header (MASA KERJA, DIKLAT KEPEMIMPINAN and PENDIDIKAN each over two columns; the column "
              "order and bands are reconstructed from that list, the PDF itself is not in the index). FOTO is empty "
              "(the photos do not survive a paste). One Gol/Ruang column holds three kinds: PNS golongan/ruang "
              "('IV/c' … 'II/b', nine people, Pangkat in words), PPPK single grades ('IX', 'VII', 'V', four people "
              "appointed March 2024–2025, Pangkat '-') and '-' for the three appointed October 2025 (Pangkat, "
              "Gol/Ruang and TMT '-', masa kerja '00 Thn 11 Bln'; their NIPs are PPPK NIPs). The structural jabatan "
              "carry the echelon in parentheses ('Sekretaris DPRD (II.B)', 'Kepala Sub Bagian … (IV.A)'); the "
              "functional ones their level ('Ahli Muda', 'Terampil'). All sixteen are ASN; golongan is counted for "
              "the thirteen with one (PPPK grades as 'IX (PPPK)'), sex and education for all sixteen (SMA and SMK "
              "as SMA). Changed in tuning (tune20): the three without a grade were first left out of the golongan "
              "counts; they are staff all the same, so the table by golongan counts them as 'Tidak diketahui' (3) and "
              "totals 16 like the tables by sex and education, with a note naming their cells. A signature block under the table. People and NIPs invented (the real list has 52)."),
    ),
]

# ---------------------------------------------------------------- assets: a kecamatan's inventory recap by class

#: (class as the page names it, Jumlah Total, Kondisi Baik, Kondisi Rusak); invented
_INVENTARIS = [("Tanah", 3, 3, 0), ("Gedung", 7, 5, 2), ("Mesin", 184, 149, 35)]

ASSETS: list[Layout] = [
    Layout(
        id="assets-kecamatan-bandung-kidul-laporan-inventaris-tanah-gedung-mesin-jumlah-total-baik-rusak",
        dataset="assets",
        agency=("Kecamatan Bandung Kidul, Kota Bandung, its inventory by asset class — kota kecamatan, asset "
                "application page pasted into a sheet (figures synthetic)"),
        source=("public GitHub React page 'Laporan' of a kecamatan inventory application (search index file id "
                "33661355810): letterhead 'PEMERINTAH KOTA BANDUNG', 'LAPORAN INVENTARIS KECAMATAN BANDUNG KIDUL', "
                "the address line, No. | Jenis Barang Inventaris | Jumlah Total | Kondisi Baik | Kondisi Rusak, rows "
                "Tanah, Gedung, Mesin from /api/laporan/rekap-aset, a tfoot 'Total' over No. and Jenis"),
        year=2025,
        sheets={"Laporan": [
            ["PEMERINTAH KOTA BANDUNG", None, None, None, None],
            ["LAPORAN INVENTARIS KECAMATAN BANDUNG KIDUL", None, None, None, None],
            ["JL. Batununggal No.28 Bandung Kode Pos 402627 87523214", None, None, None, None],
            [None] * 5,
            ["No.", "Jenis Barang Inventaris", "Jumlah Total", "Kondisi Baik", "Kondisi Rusak"],
            *[[i, name, total, good, damaged] for i, (name, total, good, damaged) in enumerate(_INVENTARIS, start=1)],
            ["Total", None, *[sum(row[k] for row in _INVENTARIS) for k in (1, 2, 3)]],
        ]},
        merged={"Laporan": ["A1:E1", "A2:E2", "A3:E3", f"A{6 + len(_INVENTARIS)}:B{6 + len(_INVENTARIS)}"]},
        expected=[{"item": name, "good": good, "damaged": damaged} for name, _total, good, damaged in _INVENTARIS],
        note=("The inventory of a kecamatan office summed by asset class: Tanah, Gedung and Mesin (the KIB A, C and B "
              "of the BMD registers) with their count, how many are in good condition and how many damaged, and a "
              "'Total' row merged over the first two columns. Three rows only, each a class rather than an item; land "
              "counted in parcels, with a condition as the application records it. Every row adds up (Jumlah Total = "
              "Baik + Rusak; the application's print options name a third condition, 'Kurang Baik', which this recap "
              "counts under Rusak in the invented figures), and the Total row is the rows' sum. Letterhead as the "
              "page prints it (the logo left out). Figures invented."),
    ),
]

CASES: list[Layout] = [*STAFF, *ASSETS]
