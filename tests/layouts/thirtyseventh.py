"""The thirty-seventh held-out set: STAFF export and page layouts from public code (corpus `code`, `find_string`,
`read_file`), filled with invented figures and synthetic people, collected blind to measure the integrated kit on
layouts nobody tuned for (README.md records the cases; the lead measures them). None of the cases was run through the
kit: the expectations are what each table says, read as a careful analyst would.

Kinds and shapes the corpus had none of:

- a school's 'Analisis Keadaan GTK' page (a Filament/Livewire school application with a PAPUA | NON PAPUA origin
  table, so a school in Tanah Papua), two of its cards pasted into a sheet each: 'Jumlah GTK Berdasarkan
  Pendidikan' by jenis GTK with the diplomas in Roman numerals and no dash (SLTA | DI | DII | DIII | S1 | S2 | S3)
  and no total row or column; 'Status Kepegawaian per Jenis GTK' with PNS | PPPK | HONORER SEKOLAH and no total;
  each under the page's emoji headings;
- a pemda's dashboard card 'Rekap Pegawai per Unit Kerja (Jenis Kelamin)' (a Next.js page): No | Unit Kerja |
  Laki-laki | Perempuan, one row per unit kerja induk in alphabetical order, no total row and no total column;
- a SIMPEG's 'Daftar Urut Kepangkatan' HTML export sent as .xls whose rows print NINE cells under an EIGHT-cell header
  (the view prints the Karpeg number 'no_kartu_pegawai' without a header cell): from the third column on every value
  stands one column to the right of its header (Karpeg numbers under 'Nama Pegawai', dates under 'Jenis Kelamin',
  the sexes under 'Agama', the religions under 'Usia', the ages in a ninth column without a header), and the DUK
  prints neither pangkat nor golongan.

What was searched and not found (corpus `code` and `find_string`): SIASN / SAPK 'Nominatif PPPK' exports (hits were
menu cards of a BKPSDM integration portal, no column list); e-Kinerja exports with kelas jabatan (hits were ANJAB/ABK
SQL dumps and private-company payroll mock data); 'Rekap pegawai per unit' × golongan × pendidikan exports (a
SpreadsheetML 'proyeksi kebutuhan' rekap of the Wonosobo SIMPEG, the same application as a corpus case; API JSON
without a sheet; a university HR report service whose columns are built at run time); Dapodik 'KNODIK0002' (a parser
of the export, its columns not listed). Not collected because the corpus holds them: zenner88/employee_management's
'status_golongan' report (eleventh set; its 'unit_satuan' report is the same columns with a white '_' after the NIP,
left out as a near repeat). Published staff tables (corpus `pages`: staff by golongan and sex of a puskesmas, by
education of a kantor kecamatan) gave the corpus's own Kecamatan Balikpapan Timur and Tapanuli Tengah DKPPK tables,
a BKN profile's table of contents and papers' prose: no new published table in this set.
"""

from __future__ import annotations

from layouts.case import Layout
from workbooks import nip

# ------------------------------------------------------------------ staff: Keadaan GTK page of a school in Papua

_GTK_SOURCE = ("public GitHub Blade view of a Filament school application, the page 'Analisis Keadaan GTK' (search "
               "index file id 53738111130; the repository is not named by the index): stat cards Total GTK | "
               "Laki-Laki | Perempuan, then cards 'Jumlah GTK Berdasarkan Jenis Kelamin', '… Agama', '… Daerah "
               "Asal' (PAPUA | NON PAPUA), 'Status Kepegawaian per Jenis GTK', '… Umur', '… Pendidikan', each a "
               "paginated table NO | JENIS GTK | …")

_GTK_HEAD = [
    ["📊 Analisis Keadaan GTK"],
    ["Data Guru dan Tenaga Kependidikan untuk SMP Negeri Contoh Satu"],
]

_JENIS = ["Kepala Sekolah", "Guru Mapel", "Guru BK", "Tenaga Administrasi Sekolah", "Tenaga Perpustakaan",
          "Penjaga Sekolah"]

#: jenis GTK → SLTA, DI, DII, DIII, S1, S2, S3 (invented)
_PENDIDIKAN = {
    "Kepala Sekolah": (0, 0, 0, 0, 0, 1, 0),
    "Guru Mapel": (0, 0, 1, 2, 14, 3, 0),
    "Guru BK": (0, 0, 0, 0, 2, 0, 0),
    "Tenaga Administrasi Sekolah": (3, 1, 0, 2, 1, 0, 0),
    "Tenaga Perpustakaan": (1, 0, 1, 0, 0, 0, 0),
    "Penjaga Sekolah": (2, 0, 0, 0, 0, 0, 0),
}
_PEND_KEYS = ["SMA", "D1", "D2", "D3", "S1", "S2", "S3"]

#: jenis GTK → PNS, PPPK, HONORER SEKOLAH (invented; the same 34 people)
_STATUS = {
    "Kepala Sekolah": (1, 0, 0),
    "Guru Mapel": (9, 6, 5),
    "Guru BK": (1, 1, 0),
    "Tenaga Administrasi Sekolah": (2, 1, 4),
    "Tenaga Perpustakaan": (0, 0, 2),
    "Penjaga Sekolah": (0, 0, 2),
}


def _education() -> dict[str, int]:
    totals = [sum(row[i] for row in _PENDIDIKAN.values()) for i in range(7)]
    return {key: total for key, total in zip(_PEND_KEYS, totals) if total}


# ------------------------------------------------------------------ staff: rekap per unit kerja by sex (dashboard)

#: unit kerja induk (alphabetical, as the page sorts them) → laki-laki, perempuan (invented)
_UNIT_JK = [
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", 23, 18),
    ("Badan Perencanaan Pembangunan Daerah", 19, 14),
    ("Dinas Kesehatan", 41, 87),
    ("Dinas Pendidikan dan Kebudayaan", 52, 66),
    ("Inspektorat Daerah", 15, 11),
    ("Sekretariat Daerah", 64, 39),
]

# ------------------------------------------------------------------ staff: SIMPEG DUK, nine cells under eight headers

#: (name, female, birth, TMT CPNS, karpeg, birthplace, religion): synthetic people
_DUK = [
    ("Ir. Bambang Setiadi", False, "19660412", "199203", "E 104233", "Purworejo", "Islam"),
    ("Dra. Endang Sulastri", True, "19690718", "199403", "F 227815", "Kebumen", "Islam"),
    ("Antonius Hari Wibowo, S.H.", False, "19740105", "199903", "J 402871", "Semarang", "Katholik"),
    ("Nur Aini, S.E.", True, "19790923", "200501", "L 118904", "Wonogiri", "Islam"),
    ("Dedi Kurniawan, S.Kom.", False, "19830611", "200903", "N 330162", "Cilacap", "Islam"),
    ("Lidya Permatasari, A.Md.", True, "19880302", "201101", "P 051377", "Salatiga", "Kristen"),
    ("Rudi Hartono", False, "19850827", "201001", "N 447020", "Boyolali", "Islam"),
]


def _duk_html() -> str:
    head = ["Nomor", "NIK", "Nama Pegawai", "Tempat Lahir", "Tanggal Lahir", "Jenis Kelamin", "Agama", "Usia"]
    lines = ["<table>", "<tr>", "<td></td>", '<td align="center">Daftar Urut Kepangkatan</td>', "</tr>", "<tr>",
             "<td></td>", "<td>", '  <table cellpadding="8" style="border-collapse:collapse;" border="1">',
             '      <tr height="40" style="background-color:#EA7D57;">',
             *[f"        <td>{cell}</td>" for cell in head], "      </tr>"]
    for i, (name, female, birth, tmt, karpeg, place, agama) in enumerate(_DUK, start=1):
        values = [i, nip(600 + i, female=female, birth=birth, appointed=tmt), karpeg, name, place,
                  f"{birth[:4]}-{birth[4:6]}-{birth[6:]}", "Perempuan" if female else "Laki-laki", agama,
                  2024 - int(birth[:4])]
        lines += ['      <tr height="35">', *[f"        <td>{value}</td>" for value in values], "      </tr>"]
    lines += ["  </table>", "</td>", "</tr>", "</table>"]
    return "\n".join(lines) + "\n"


CASES: list[Layout] = [
    Layout(
        id="staff-keadaan-gtk-sekolah-papua-pendidikan-slta-di-dii-diii-romawi-per-jenis-gtk-tanpa-jumlah",
        dataset="staff",
        agency=("a junior secondary school in Tanah Papua (name invented), its teachers and education staff by jenis "
                "GTK and education — sekolah, school application page pasted into a sheet (figures synthetic)"),
        source=_GTK_SOURCE + "; this case: the card '🎓 Jumlah GTK Berdasarkan Pendidikan', NO | JENIS GTK | SLTA | "
                             "DI | DII | DIII | S1 | S2 | S3",
        year=2024,
        sheets={"Pendidikan": [
            *_GTK_HEAD,
            [None],
            ["🎓 Jumlah GTK Berdasarkan Pendidikan"],
            ["NO", "JENIS GTK", "SLTA", "DI", "DII", "DIII", "S1", "S2", "S3"],
            *[[no, jenis, *_PENDIDIKAN[jenis]] for no, jenis in enumerate(_JENIS, start=1)],
        ]},
        expected={"education": _education()},
        note=("Education by jenis GTK (rows: Kepala Sekolah, Guru Mapel, Guru BK, Tenaga Administrasi Sekolah, "
              "Tenaga Perpustakaan, Penjaga Sekolah), the levels as the page prints them: SLTA (senior secondary = "
              "SMA), and the diplomas in Roman numerals without a dash or space, DI | DII | DIII (= D1, D2, D3), then "
              "S1 | S2 | S3. No total row, no total column: the education counts are the column sums, SLTA 6, DI 1, "
              "DII 2, DIII 4, S1 17, S2 4, S3 0 (34 people). The page's heading lines ('📊 Analisis Keadaan GTK', "
              "'Data Guru dan Tenaga Kependidikan untuk …') and the card's emoji title stand above the header. No "
              "golongan, sex or jenis jabatan in this card; no mistakes."),
    ),
    Layout(
        id="staff-keadaan-gtk-sekolah-papua-status-kepegawaian-pns-pppk-honorer-sekolah-tanpa-jumlah",
        dataset="staff",
        agency=("a junior secondary school in Tanah Papua (name invented), its teachers and education staff by jenis "
                "GTK and employment status — sekolah, school application page pasted into a sheet (figures "
                "synthetic)"),
        source=_GTK_SOURCE + "; this case: the card '🎖️ Status Kepegawaian per Jenis GTK', NO | JENIS GTK | PNS | "
                             "PPPK | HONORER SEKOLAH",
        year=2024,
        sheets={"Status Kepegawaian": [
            *_GTK_HEAD,
            [None],
            ["🎖️ Status Kepegawaian per Jenis GTK"],
            ["NO", "JENIS GTK", "PNS", "PPPK", "HONORER SEKOLAH"],
            *[[no, jenis, *_STATUS[jenis]] for no, jenis in enumerate(_JENIS, start=1)],
        ]},
        expected={"status": {"PNS": sum(r[0] for r in _STATUS.values()), "PPPK": sum(r[1] for r in _STATUS.values())}},
        note=("Employment status by jenis GTK: PNS | PPPK | HONORER SEKOLAH (teachers and staff the school pays "
              "itself: non-ASN), no total row or column. ASN by status: PNS 1+9+1+2 = 13, PPPK 6+1+1 = 8; the 13 "
              "school honorer are not ASN (34 people in all, as in the page's education card). No golongan, sex, "
              "education or jenis jabatan in this card; no mistakes."),
    ),
    Layout(
        id="staff-dashboard-rekap-pegawai-unit-kerja-induk-jenis-kelamin-tanpa-jumlah",
        dataset="staff",
        agency=("a pemda (not named in the code), its civil servants by unit kerja induk and sex — kabupaten/kota "
                "OPD rekap, dashboard card pasted into a sheet (figures synthetic)"),
        source=("public GitHub Next.js component TabelRekapJenisKelamin (search index file id 66507198694; the "
                "repository is not named by the index): 'Rekap Pegawai per Unit Kerja (Jenis Kelamin)', No | Unit "
                "Kerja | Laki-laki | Perempuan from /api/pegawai fields unit_kerja_induk, laki_laki, perempuan, "
                "sorted by unit_kerja_induk"),
        year=2024,
        sheets={"Rekap": [
            ["Rekap Pegawai per Unit Kerja (Jenis Kelamin)"],
            ["No", "Unit Kerja", "Laki-laki", "Perempuan"],
            *[[no, unit, men, women] for no, (unit, men, women) in enumerate(_UNIT_JK, start=1)],
        ]},
        expected={"gender": {"Laki-laki": sum(r[1] for r in _UNIT_JK), "Perempuan": sum(r[2] for r in _UNIT_JK)}},
        note=("One row per unit kerja induk, in the alphabetical order the page sorts them (localeCompare), the two "
              "sexes as two columns, and nothing else: no total column, no Jumlah row. Sex is the column sums: "
              "Laki-laki 23+19+41+52+15+64 = 214, Perempuan 18+14+87+66+11+39 = 235 (449 people). No golongan, "
              "education or jenis jabatan; no mistakes."),
    ),
    Layout(
        id="staff-simpeg-duk-html-xls-sembilan-sel-delapan-judul-karpeg-tanpa-judul-kolom-geser",
        dataset="staff",
        agency=("a satuan kerja in an employee-management (SIMPEG) application, its 'Daftar Urut Kepangkatan' (the "
                "agency is not named in the code) — OPD, HTML sent as .xls (synthetic people)"),
        source=("public GitHub CodeIgniter view application/views/dashboard_admin/laporan/urut_kepangkatan/export.php "
                "(repository zenner88/employee_management, commit 8526483; search index file id 19904533259): "
                "'<date>_laporan_pegawai_urut_kepangkatan.xls', a title cell 'Daftar Urut Kepangkatan', a nested table "
                "whose header row has eight cells Nomor | NIK | Nama Pegawai | Tempat Lahir | Tanggal Lahir | Jenis "
                "Kelamin | Agama | Usia and whose data rows nine: no, nip, no_kartu_pegawai, nama_pegawai, "
                "tempat_lahir, tanggal_lahir, jenis_kelamin, agama, usia"),
        year=2024,
        sheets={},
        html=_duk_html(),
        refused="cell C1: expected a header over its data: from column C ('Nama Pegawai') on, the data sit one column right",
        note=("The view's own bug kept: each data row prints the Karpeg number (no_kartu_pegawai, 'E 104233') as its "
              "third cell, which the eight-cell header has no title for, so from the third column on every value "
              "stands one column right of its title: Karpeg numbers under 'Nama Pegawai', names under 'Tempat "
              "Lahir', birthplaces under 'Tanggal Lahir', birth dates under 'Jenis Kelamin', 'Laki-laki'/'Perempuan' "
              "under 'Agama', religions under 'Usia', ages in a ninth column with no header. The column headed 'NIK' "
              "holds the 18-digit NIP (unshifted). A careful analyst reads sex from the cells that say it (they "
              "agree with the NIPs' sex digit): 4 men, 3 women; the column titled 'Jenis Kelamin' holds dates and "
              "must not be read as sex. A DUK without pangkat or golongan (the report is named for them but prints "
              "neither), no education or jenis jabatan. Seven synthetic people, Usia as of 2024. The collector "
              "expected gender 4 Laki-laki, 3 Perempuan (three warnings column_missing); after tuning the case expects "
              "the refusal: which printed cell lacks its header is not in the table (a column of codes between the NIP "
              "and the names could as well be a NIK, an old NIP or the Karpeg), so no general rule undoes the shift "
              "with certainty, and reading the sexes from under 'Agama' would be a guess; the kit names the first "
              "shifted column (C, 'Nama Pegawai'), where each column's values stand and the unheaded column I, and "
              "asks for the missing header."),
    ),
]
