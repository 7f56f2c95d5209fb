"""The eleventh held-out set: real layouts collected blind, to measure the integrated kit on layouts nobody tuned for
(README.md records the cases; the lead measures them).

Kinds the corpus had none of: a kabupaten BKPSDM's web page of its functional officers by jabatan fungsional (page 4 of
a paginated list, a sort arrow in the header), the Perda APBD's Lampiran VI (all of a kota's civil servants by golongan
ruang against the eselon columns, a fungsional and a pelaksana column, subtotal rows per group and a golongan printed
twice by the template), a university's dosen as its PDDikti feeder lists them (PNS beside NON PNS, NIP empty or a
blank), a SIMPEG report sent as an HTML .xls whose NIP column is headed 'NIK' and whose title promises a golongan it
does not give; a Dinas Perpustakaan dan Kearsipan's LKjIP table (kabupaten), a KKP directorate's balanced-scorecard
measurement table (perspective rows, sasaran strategis merged down beside their IKU), a provincial Kantor Perpustakaan
dan Arsip's IKU table whose 'Capaian Kinerja' is the realisation with its unit; a hospital's semester LRA typed in
Excel with the analyst's scratch figures beside it, and a provincial UPT's DKKB-and-realisation workbook stacked by
source of funds with a TOTAL block repeating them.
Five tables are published (figures as printed, their mistakes kept as expected findings); the others are export or
template layouts found in public code, filled with invented counts, amounts and synthetic people (names and NIPs
synthetic). Expectations are what each table says, never what the kit reads: the cases were not run through the kit.
"""

from __future__ import annotations

import uuid

from lakip_lib.loading.workbook import column_letter
from layouts.case import W, budget_row as _b, indicator as _ind, Layout, counts
from workbooks import nip


# ---------------------------------------------------------------- staff

#: BKPSDM Merangin's page 4 of its functional officers, as printed: (nomor, jabatan fungsional, total pejabat)
_MERANGIN = [
    (76, "Pekerja Sosial Ahli Muda", 1), (77, "Pekerja Sosial Ahli Pertama", 1),
    (78, "Pembimbing Kesehatan Kerja Ahli Muda", 4), (79, "Pembimbing Kesehatan Kerja Ahli Pertama", 4),
    (80, "Pembina Jasa Konstruksi Ahli Muda", 1), (81, "Pembina Jasa Konstruksi Ahli Pertama", 2),
    (82, "Pembina Mutu Hasil Kelautan Dan Perikanan Ahli Muda", 1),
    (83, "Penata Kelola Jalan dan Jembatan Ahli Pertama", 1),
    (84, "Penata Kependudukan dan Keluarga Berencana Ahli Muda", 7),
    (85, "Penata Penanggulangan Bencana Ahli Muda", 4), (86, "Penata Penanggulangan Bencana Ahli Pertama", 1),
    (87, "Penata Ruang Ahli Muda", 1), (88, "Penata Ruang Ahli Pertama", 4),
    (89, "Pengawas Alat Dan Mesin Pertanian Ahli Pertama", 5), (90, "Pengawas Benih Tanaman Ahli Muda", 1),
    (91, "Pengawas Bibit Ternak Ahli Muda", 2), (92, "Pengawas Koperasi Ahli Muda", 2),
    (93, "Pengawas Lingkungan Hidup Ahli Muda", 2), (94, "Pengawas Mutu Hasil Pertanian Ahli Muda", 4),
    (95, "Pengawas Mutu Hasil Pertanian Ahli Pertama", 2), (96, "Pengawas Mutu Pakan Ahli Muda", 2),
    (97, "Pengawas Penyelenggaraan Urusan Pemerintahan Daerah Ahli Madya", 4),
    (98, "Pengawas Penyelenggaraan Urusan Pemerintahan Daerah Ahli Muda", 3),
    (99, "Pengawas Penyelenggaraan Urusan Pemerintahan Daerah Ahli Pertama", 6),
    (100, "Pengawas Perdagangan Ahli Muda", 1),
]


def _merangin_rows() -> list[list]:
    return [
        ["POJOK JABATAN FUNGSIONAL"], ["REKAP PEJABAT JABATAN FUNGSIONAL"],
        ["di Lingkungan Pemerintah Kabupaten Merangin"],
        ["Tabel Rekapitulasi Pejabat Jabatan Fungsional Pemkab Merangin"],
        ["Nomor ▲", "Jabatan Fungsional", "Total Pejabat"],
        *[[number, name, total] for number, name, total in _MERANGIN],
        [],
        ["Kedudukan dan Tanggung Jawab"],
        ["Jabatan Fungsional adalah jabatan yang menunjukkan tugas, tanggung jawab, wewenang, dan hak seorang PNS yang "
         "ditetapkan berdasarkan keahlian atau keterampilan tertentu sesuai dengan peraturan perundang-undangan."],
    ]


#: the Perda APBD's Lampiran VI rows as the template prints them: (label, [II.a, II.b, III.a, III.b, IV.a, IV.b, V.a,
#: fungsional, pelaksanaan]) for a golongan, None for a spacer row, a string alone for a JUMLAH / TOTAL row; counts
#: invented. The template prints 'Golongan IV/e' twice; the second line stays at zero.
_LAMPIRAN_VI = [
    (None, None),
    ("Golongan IV/e", [1, 0, 0, 0, 0, 0, 0, 0, 0]),
    ("Golongan IV/e", [0, 0, 0, 0, 0, 0, 0, 0, 0]),
    ("Golongan IV/d", [0, 3, 0, 0, 0, 0, 0, 2, 0]),
    ("Golongan IV/c", [0, 14, 2, 0, 0, 0, 0, 9, 0]),
    ("Golongan IV/b", [0, 8, 21, 1, 0, 0, 0, 46, 0]),
    ("Golongan IV/a", [0, 0, 47, 12, 18, 0, 0, 310, 0]),
    (None, None), ("JUMLAH GOLONGAN IV", "IV"), (None, None),
    ("Golongan III/d", [0, 0, 6, 25, 102, 3, 0, 421, 38]),
    ("Golongan III/c", [0, 0, 0, 8, 96, 11, 0, 388, 61]),
    ("Golongan III/b", [0, 0, 0, 0, 41, 22, 0, 512, 143]),
    ("Golongan III/a", [0, 0, 0, 0, 9, 14, 0, 467, 170]),
    (None, None), ("JUMLAH GOLONGAN III", "III"), (None, None),
    ("Golongan II/d", [0, 0, 0, 0, 0, 2, 0, 41, 96]),
    ("Golongan II/c", [0, 0, 0, 0, 0, 1, 0, 58, 187]),
    ("Golongan II/b", [0, 0, 0, 0, 0, 0, 0, 23, 141]),
    ("Golongan II/a", [0, 0, 0, 0, 0, 0, 0, 12, 119]),
    (None, None), ("JUMLAH GOLONGAN II", "II"), (None, None),
    ("Golongan I/d", [0, 0, 0, 0, 0, 0, 0, 0, 44]),
    ("Golongan I/c", [0, 0, 0, 0, 0, 0, 0, 0, 31]),
    ("Golongan I/b", [0, 0, 0, 0, 0, 0, 0, 0, 12]),
    ("Golongan I/a", [0, 0, 0, 0, 0, 0, 0, 0, 3]),
    (None, None), ("JUMLAH GOLONGAN I", "I"), (None, None),
    ("TOTAL ", ""),
]


def _lampiran_vi_counts() -> list[tuple[str, list[int]]]:
    """The golongan rows: (ruang, counts by column)."""
    return [(label[len("Golongan "):], values) for label, values in _LAMPIRAN_VI if isinstance(values, list)]


def _lampiran_vi_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        [*[None] * 6, "LAMPIRAN VI      Rancangan Peraturan Daerah"], [*[None] * 6, "NOMOR : "],
        [*[None] * 6, "TANGGAL :"], [],
        ["DAFTAR JUMLAH PEGAWAI NEGERI SIPIL PEMERINTAH KOTA BANDUNG"], ["MENURUT GOLONGAN DAN ESELON"],
        ["TAHUN ANGGARAN 2017"], [],
        ["GOLONGAN ", "ESELON", *[None] * 6, "FUNGSIONAL", " PELAKSANAAN", " TOTAL"],
        [None, "II.a", "II.b", "III.a", "III.b", "IV.a", "IV.b", "V.a", None, None, None],
    ]
    merges = ["A5:K5", "A6:K6", "A7:K7", "A9:A10", "B9:H9", "I9:I10", "J9:J10", "K9:K10"]
    for label, values in _LAMPIRAN_VI:
        if label is None:
            rows.append([None] * 11)
            continue
        # a JUMLAH row adds up its group's ruang (values names the group), the TOTAL row all of them
        counts = values if isinstance(values, list) else [
            sum(column) for column in zip(*(v for ruang, v in _lampiran_vi_counts() if ruang.split("/")[0] == values
                                            or not values))]
        rows.append([label, *counts, sum(counts)])
    rows += [[], [], [*[None] * 7, "Bandung, 30 Desember 2016"], [*[None] * 7, "WALIKOTA BANDUNG"], [], [], [],
             [*[None] * 7, "RAHMAT HIDAYAT"]]
    return rows, merges


_LAMPIRAN_VI_ROWS, _LAMPIRAN_VI_MERGES = _lampiran_vi_rows()


def _lampiran_vi_expected() -> dict:
    golongan: dict[str, int] = {}
    for ruang, values in _lampiran_vi_counts():
        if sum(values):
            golongan[ruang] = golongan.get(ruang, 0) + sum(values)
    rows = [values for _, values in _lampiran_vi_counts()]
    return {"golongan": golongan,
            "position_type": {"Struktural": sum(sum(v[:7]) for v in rows), "Fungsional": sum(v[7] for v in rows),
                              "Pelaksana": sum(v[8] for v in rows)}}


#: the university's dosen in the feeder list: (name, female, birth, TMT CPNS or None for NON PNS, how the NIP cell
#: stands for a NON PNS: None (empty) or " ")
_FEEDER = [
    ("AHMAD FIRDAUS", False, "19890412", None, None),
    ("BAGUS PRASETYO", False, "19880228", "202012", None),
    ("CITRA WULANDARI", True, "19930705", None, " "),
    ("DEWI KARTIKA SARI", True, "19900117", None, None),
    ("EKO SAPUTRA", False, "19910513", "201803", None),
    ("FITRIANI NUR AINI", True, "19870921", "201412", None),
    ("GALIH PERMANA", False, "19940309", None, " "),
    ("HASAN BASRI", False, "19820630", "200902", None),
    ("INDAH PURNAMASARI", True, "19920824", "201903", None),
    ("JOKO SUSILO", False, "19950111", None, None),
]


def _feeder_rows() -> list[list]:
    rows: list[list] = [["id", "id_sdm", "nama_sdm", "nidn", "nip", "nama_status_aktif", "nama_status_pegawai",
                         "jenis_sdm"]]
    for i, (name, female, birth, tmt, blank) in enumerate(_FEEDER, start=1):
        pns = tmt is not None
        rows.append([i, str(uuid.uuid5(uuid.NAMESPACE_URL, f"lakip-eleventh-feeder-{i}")), name,
                     f"00{birth[6:]}{birth[4:6]}{birth[2:4]}{i:02d}",
                     nip(300 + i, female=female, birth=birth, appointed=tmt) if pns else blank, "Aktif",
                     "PNS" if pns else "NON PNS", "Dosen"])
    return rows


#: the SIMPEG report's people: (name, female, birth, TMT CPNS, agama, tempat lahir)
_SIMPEG_HTML = [
    ("Drs. Sutrisno", False, "19680314", "199403", "Islam", "Klaten"),
    ("Sri Rejeki, S.E.", True, "19750822", "200003", "Islam", "Sleman"),
    ("Yohanes Bagus Widodo, S.T.", False, "19810105", "200604", "Katholik", "Magelang"),
    ("Rina Kusumawati, A.Md.", True, "19860619", "201001", "Islam", "Bantul"),
    ("Agus Salim", False, "19790930", "200701", "Islam", "Gunungkidul"),
    ("Maria Ulfa, S.Kom.", True, "19900411", "201503", "Kristen", "Yogyakarta"),
    ("Wahyu Hidayat, S.Sos.", False, "19840227", "200902", "Islam", "Kulon Progo"),
]


def _simpeg_html() -> str:
    cells = ["Nomor", "NIK", "Nama Pegawai", "Tempat Lahir", "Tanggal Lahir", "Jenis Kelamin", "Agama", "Usia"]
    lines = ["<table>", "<tr>", "<td></td>",
             '<td align="center">3.\tLaporan Pegawai berdasarkan Status Pegawai dan Golongan berdasarkan Satuan Kerja '
             'Tertentu</td>', "</tr>", "<tr>", "<td></td>", "<td>",
             '  <table cellpadding="8" style="border-collapse:collapse;" border="1">',
             '      <tr height="40" style="background-color:#EA7D57;">',
             *[f"        <td>{cell}</td>" for cell in cells], "      </tr>"]
    for i, (name, female, birth, tmt, agama, place) in enumerate(_SIMPEG_HTML, start=1):
        values = [i, nip(400 + i, female=female, birth=birth, appointed=tmt), name, place,
                  f"{birth[:4]}-{birth[4:6]}-{birth[6:]}", "Perempuan" if female else "Laki-laki", agama,
                  2024 - int(birth[:4])]
        lines += ['      <tr height="35">', *[f"        <td>{value}</td>" for value in values], "      </tr>"]
    lines += ["  </table>", "</td>", "</tr>", "</table>"]
    return "\n".join(lines) + "\n"


STAFF: list[Layout] = [
    Layout(
        id="staff-bkpsdm-merangin-rekap-jabatan-fungsional-halaman-4",
        dataset="staff",
        agency=("Badan Kepegawaian dan Pengembangan SDM Daerah Kabupaten Merangin, its page of the pemkab's functional "
                "officers by jabatan fungsional — kabupaten BKPSDM, web page pasted into Excel"),
        source=("https://bkpsdmd.meranginkab.go.id/fungsional.php?page=4 — 'POJOK JABATAN FUNGSIONAL', 'REKAP PEJABAT "
                "JABATAN FUNGSIONAL di Lingkungan Pemerintah Kabupaten Merangin', 'Tabel Rekapitulasi Pejabat Jabatan "
                "Fungsional Pemkab Merangin': Nomor ▲ | Jabatan Fungsional | Total Pejabat, rows 76–100, then "
                "'Kedudukan dan Tanggung Jawab'"),
        year=2025,
        sheets={"Fungsional": _merangin_rows()},
        expected={"position_type": {"Fungsional": sum(total for _, _, total in _MERANGIN)}},
        note=("A published web table copied as the page shows it: four title lines, the header with the sort arrow "
              "('Nomor ▲'), one row per jabatan fungsional with its number of holders, and a paragraph of the page's "
              "text under it. It is page 4 of a paginated list (rows 76–100 only; no total row): the officers it "
              "counts are 66, all fungsional (every name ends in a jenjang, 'Ahli Muda', 'Ahli Pertama', 'Ahli "
              "Madya'). No golongan, sex or education. The page carries no date: 2025 is the year it was read. "
              "Figures as printed."),
    ),
    Layout(
        id="staff-perda-apbd-lampiran-vi-pns-golongan-eselon-iv-e-ganda",
        dataset="staff",
        agency=("Pemerintah Kota Bandung, Lampiran VI of the Rancangan Perda APBD: all its civil servants by golongan "
                "ruang and eselon — kota pemda, budgeting application print (counts synthetic)"),
        source=("public GitHub Blade view of Kota Bandung's budgeting application, resources/views/budgeting/lampiran/"
                "apbd6.blade.php (repository ariefs66/sira_hibah_v4, search index file id 2919483324): 'LAMPIRAN VI "
                "Rancangan Peraturan Daerah', 'DAFTAR JUMLAH PEGAWAI NEGERI SIPIL PEMERINTAH KOTA BANDUNG MENURUT "
                "GOLONGAN DAN ESELON TAHUN ANGGARAN', GOLONGAN | ESELON › II.a II.b III.a III.b IV.a IV.b V.a | "
                "FUNGSIONAL | PELAKSANAAN | TOTAL, a row per ruang IV/e … I/a ('Golongan IV/e' twice), JUMLAH GOLONGAN "
                "IV … I, TOTAL, the mayor's signature"),
        year=2017,
        sheets={"Lampiran VI": _LAMPIRAN_VI_ROWS},
        merged={"Lampiran VI": _LAMPIRAN_VI_MERGES},
        expected=_lampiran_vi_expected(),
        note=("The staff appendix every Perda APBD carries (Permendagri 13/2006's Lampiran VI), as the application "
              "prints it: the appendix number top right, three title lines, a two-row header (GOLONGAN and the three "
              "right columns merged down, ESELON over II.a … V.a; ' PELAKSANAAN' and ' TOTAL' with a leading space), "
              "a spacer row before and after each JUMLAH GOLONGAN row, a TOTAL row, the signature block (name "
              "invented). The template prints 'Golongan IV/e' twice (there is no second ruang to print there): the "
              "second line is left at zero. Golongan counts are the TOTAL column by ruang; the eselon columns are the "
              "structural posts, FUNGSIONAL and PELAKSANAAN the other two kinds. No sex or education. Counts "
              "invented, consistent (JUMLAH and TOTAL rows are the sums)."),
    ),
    Layout(
        id="staff-feeder-pddikti-pegawai-pt-pns-non-pns-nip-kosong",
        dataset="staff",
        agency=("A university's dosen as its PDDikti feeder lists them ('Pegawai Perguruan Tinggi'; the university is "
                "not named in the code) — university, feeder list saved to Excel (synthetic people)"),
        source=("public GitHub mock of the PDDikti feeder's reference service, pages/api/referensi/pegawai-pt.js "
                "(repository SaktiDw/juned): 'Pegawai Perguruan Tinggi berhasil diambil', records id | id_sdm | "
                "nama_sdm | nidn | nip | nama_status_aktif | nama_status_pegawai | jenis_sdm, 'PNS' or 'NON PNS', a "
                "NON PNS's nip null or ' '"),
        year=2024,
        sheets={"pegawai_pt": _feeder_rows()},
        expected={
            "gender": {"Laki-laki": sum(1 for _, f, _, t, _ in _FEEDER if t and not f),
                       "Perempuan": sum(1 for _, f, _, t, _ in _FEEDER if t and f)},
        },
        findings=((W, "column_missing"), (W, "column_missing"), (W, "column_missing")),
        note=("The feeder's list of a university's academic staff as an operator saves it to a sheet: the service's "
              "field names as the header, a uuid per person, NIDN, NIP, 'Aktif', 'PNS' or 'NON PNS' and 'Dosen'. "
              "Only the five PNS are civil servants (the NON PNS are the university's own lecturers, their nip empty "
              "or a single space, as in the source): sex from their NIPs. 'jenis_sdm' says Dosen or Tenaga Kependidikan, "
              "not the jenis jabatan: a PNS dosen without a jabatan akademik yet (Asisten Ahli … Profesor; a CPNS "
              "dosen, 'Tenaga Pengajar' in PDDikti) holds no jabatan fungsional, so the list does not tell its "
              "position types. No golongan, position type or education column: three expected warnings "
              "column_missing. People, NIPs, NIDNs and uuids invented."),
    ),
    Layout(
        id="staff-simpeg-laporan-status-golongan-tanpa-golongan-nik-html-xls",
        dataset="staff",
        agency=("A satuan kerja in an employee-management (SIMPEG) application, its report 'Pegawai berdasarkan Status "
                "Pegawai dan Golongan' (the agency is not named in the code) — OPD, HTML sent as .xls (synthetic "
                "people)"),
        source=("public GitHub CodeIgniter view application/views/dashboard_admin/laporan/struktural_fungsional/"
                "export.php (repository zenner88/employee_management): '<date>_laporan_pegawai_status_golongan.xls' "
                "sent as application/download, a title cell '3. Laporan Pegawai berdasarkan Status Pegawai dan "
                "Golongan berdasarkan Satuan Kerja Tertentu' and a nested table Nomor | NIK | Nama Pegawai | Tempat "
                "Lahir | Tanggal Lahir | Jenis Kelamin | Agama | Usia, the NIK cell printing the employee's nip"),
        year=2024,
        sheets={},
        html=_simpeg_html(),
        expected={"gender": counts("Perempuan" if f else "Laki-laki" for _, f, *_ in _SIMPEG_HTML)},
        findings=((W, "column_missing"), (W, "column_missing"), (W, "column_missing")),
        note=("An HTML page with an .xls name: an outer two-column table whose first column is empty, the title in the "
              "second (with a tab after '3.'), and the data table nested in the next cell. The report is named for "
              "status and golongan but prints neither: its columns are identity, sex, religion and age. The column "
              "headed 'NIK' holds the 18-digit NIP (the application's field 'nip'). Sex from the Jenis Kelamin "
              "column (it agrees with the NIPs); no golongan, education or jenis jabatan: three expected warnings "
              "column_missing. Seven synthetic people, Usia as of 2024."),
    ),
]


# ---------------------------------------------------------------- indicators

#: Dinas Perpustakaan dan Kearsipan Lima Puluh Kota, Tabel 6 as printed: (no, indicator, target, realisation,
#: capaian, predikat)
_LIMAPULUH = [
    (1, "Persentase Pengunjung Perpustakaan per Tahun", "0,35", "0,35", 100, "Sangat Tinggi"),
    (2, "Persentase koleksi buku (tercetak dan e-book) yang tersedia di perpustakaan daerah", 60, 60, 100,
     "Sangat Tinggi"),
    (3, "Indeks Kepuasan Masyarakat untuk Layanan Dinas Perpustakaan dan Kearsipan", "72,29", "79,29", 100,
     "Sangat Tinggi"),
]


def _number(value) -> float:
    return float(str(value).replace(",", ".").rstrip("%").split()[0])


#: the KKP directorate's Tabel 3.1 as printed: (perspective row or None, sasaran strategis or None when merged from
#: above, no, IKU, target, realisation, capaian)
_KKP = [
    ("Stakeholder perspective",
     "Sasaran Strategis 1 : Meningkatnya kesejahteraan masyarakat kelautan dan perikanan", 1,
     "Pertumbuhan PDB Perikanan (%)", "7,0%", "6,30%", "90.57%"),
    ("Customer perspective", "Sasaran Strategis 2 : Meningkatnya pengelolaan SDKP yang berkelanjutan", 2,
     "Persentase Tindak Pidana Kelautan dan Perikanan Yang Disidik", "90%", "90%", "100%"),
    (None, None, 3, "Persentase Penanganan Barang Bukti dan Awak Kapal Yang Disidik", "90%", "90%", "100%"),
    ("Internal Process perspective",
     "Sasaran Strategis 3 : Tersedianya kebijakan bidang pengawasan SDKP yang sesuai kebutuhan", 4,
     "Jumlah kebijakan publik bidang penanganan pelanggaran Tindak Pidana Kelautan dan Perikanan yang diselesaikan",
     "2 dok", "2 dok", "100"),
]


def _kkp_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        ["Tabel 3.1. Hasil Pengukuran Kinerja Direktorat Penanganan Pelanggaran Tahun 2014"], [],
        ["SASARAN STRATEGIS", "NO", "INDIKATOR KINERJA UTAMA (IKU)", "NILAI CAPAIAN IKU", None, None,
         "CAPAIAN STATUS IKU"],
        [None, None, None, "TARGET", "REALISASI", "%", None],
    ]
    merges = ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4"]
    spans: list[list[int]] = []  # the rows of each sasaran strategis, merged down in column A
    for perspective, sasaran, no, name, target, real, capaian in _KKP:
        if perspective:
            rows.append([perspective, *[None] * 6])
            merges.append(f"A{len(rows)}:G{len(rows)}")
        rows.append([sasaran, no, name, target, real, capaian, None])
        if sasaran:
            spans.append([len(rows), len(rows)])
        else:
            spans[-1][1] = len(rows)
    return rows, merges + [f"A{first}:A{last}" for first, last in spans if last > first]


_KKP_ROWS, _KKP_MERGES = _kkp_rows()

#: the Kantor Perpustakaan dan Arsip Daerah Provinsi Gorontalo's Tabel 3.1 as printed: (no, sasaran, indicator, target,
#: capaian kinerja)
_GORONTALO = [
    (1, "Terwujudnya kegiatan promosi Perpustakaan dalam rangka pengembangan perpustakaan serta kegemaran membaca "
        "bagi masyarakat", "Kegiatan Gorontalo Gemar Membaca (GGM)", "232 Org", "232 Org"),
    (None, None, "Jumlah Perpustakaan Desa/Kelurahan yang di faslitasi", "4 Desa/Kel", "2 Desa/Kel"),
]


INDICATORS: list[Layout] = [
    Layout(
        id="ind-dpk-limapuluh-kota-2020-tabel-6-prediket-ikm-capaian-100",
        dataset="indicators",
        agency=("Dinas Perpustakaan dan Kearsipan Kabupaten Lima Puluh Kota, LKjIP 2020, sasaran strategis 1 — "
                "kabupaten OPD (perpustakaan dan kearsipan)"),
        source=("https://123dok.com/article/capaian-kinerja-organisasi-akuntabilitas-kinerja-metodologi-pengukuran-"
                "capaian.zlv3dggy — LKjIP 2020 of the Dinas Perpustakaan dan Kearsipan Kabupaten Lima Puluh Kota, Bab "
                "III 3.2, 'Tabel 6 Pengukuran Capaian Kinerja Sasaran Strategis 1 Tahun 2020': NO. | INDIKATORKINERJA "
                "| TARGET | REALISASI | CAPAIAN% | PREDIKET, three indicators and a Rata-rata row"),
        year=2020,
        sheets={"Tabel 6": [
            ["Tabel 6"], ["Pengukuran Capaian Kinerja Sasaran Strategis 1 Tahun 2020"], [],
            ["NO.", "INDIKATORKINERJA", "TARGET", "REALISASI", "CAPAIAN%", "PREDIKET"],
            *[list(row) for row in _LIMAPULUH],
            ["Rata-rata", None, None, None, 100, "Sangat Tinggi"],
        ]},
        merged={"Tabel 6": ["A1:F1", "A2:F2", "A8:D8"]},
        expected=[_ind(name, _number(target), _number(real)) for _, name, target, real, _, _ in _LIMAPULUH],
        findings=((W, "capaian_mismatch"),),
        note=("A small LKjIP table as printed, with its spellings ('INDIKATORKINERJA' run together, 'PREDIKET'): "
              "target and realisation with decimal commas ('0,35', '72,29'), capaian as a bare number under "
              "'CAPAIAN%', a predicate word, and a Rata-rata row averaging the capaian. A published mistake: the "
              "Indeks Kepuasan Masyarakat's realisation 79,29 on a target of 72,29 is 109,7 %, printed 100 (capped "
              "without saying so): an expected warning capaian_mismatch. The visitors' indicator is a proportion "
              "(0,35) though named a percentage. Figures as printed."),
    ),
    Layout(
        id="ind-kkp-dit-penanganan-pelanggaran-2014-perspektif-bsc-sasaran-gabung",
        dataset="indicators",
        agency=("Direktorat Penanganan Pelanggaran, Ditjen Pengawasan Sumber Daya Kelautan dan Perikanan, Kementerian "
                "Kelautan dan Perikanan, LAKIP 2014 — kementerian directorate (eselon II)"),
        source=("https://123dok.com/document/q02v2o3y-pertumbuhan-perikanan-persentase-tindak-pidana-kelautan-"
                "perikanan-disidik.html — 'Laporan Akuntabilitas Kinerja Direktorat Penanganan Pelanggaran Tahun "
                "2014', Bab III, 'Tabel 3.1. Hasil Pengukuran Kinerja Direktorat Penanganan Pelanggaran Tahun 2014': "
                "SASARAN STRATEGIS | NO | INDIKATOR KINERJA UTAMA (IKU) | NILAI CAPAIAN IKU › TARGET, REALISASI, % | "
                "CAPAIAN STATUS IKU, rows by Balanced Scorecard perspective (the first four IKU; the page's text "
                "breaks off in the fifth)"),
        year=2014,
        sheets={"Tabel 3.1": _KKP_ROWS},
        merged={"Tabel 3.1": _KKP_MERGES},
        expected=[_ind(name, _number(target), _number(real)) for *_, name, target, real, _ in _KKP],
        findings=((W, "capaian_mismatch"),),
        note=("A ministry directorate's table measured with its Balanced Scorecard software (Kinerjaku): a row per "
              "perspective ('Stakeholder perspective', 'Customer perspective', 'Internal Process perspective') "
              "spanning the table, the sasaran strategis merged down beside its IKU, target, realisation and "
              "capaian under a 'NILAI CAPAIAN IKU' band, values with their unit ('7,0%', '2 dok'), one capaian "
              "without its sign ('100'), and a status column the software fills with a colour (empty here). A "
              "published mistake: the fisheries GDP growth realised 6,30% on a 7,0% target is 90,0%, printed "
              "'90.57%' (a decimal point beside decimal commas): an expected warning capaian_mismatch. Figures as "
              "printed."),
    ),
    Layout(
        id="ind-kantor-perpustakaan-arsip-gorontalo-capaian-kinerja-satuan",
        dataset="indicators",
        agency=("Kantor Perpustakaan dan Arsip Daerah Provinsi Gorontalo, its LAKIP's IKU table — provinsi kantor "
                "(perpustakaan dan arsip)"),
        source=("https://123dok.com/document/yerpvk4q-akuntabilitas-kinerja-pimpinan-kolektif-secara-transparan-"
                "mengenai-keberhasilan.html — Bab III Akuntabilitas Kinerja, 'Tabel 3.1 CAPAIAN INDIKATOR KINERJA "
                "UTAMA KANTOR PERPUSTAKAAN DAN ARSIP DAERAH PROVINSI GORONTALO': No | Sasaran | Indikator Kinerja | "
                "Target | Capaian Kinerja (the first sasaran's two indicators; the page's text breaks off in the "
                "second sasaran's)"),
        year=2015,
        sheets={"Tabel 3.1": [
            ["Tabel 3.1"], ["CAPAIAN INDIKATOR KINERJA UTAMA"],
            ["KANTOR PERPUSTAKAAN DAN ARSIP DAERAH PROVINSI GORONTALO"], [],
            ["No", "Sasaran", "Indikator Kinerja", "Target", "Capaian Kinerja"],
            *[list(row) for row in _GORONTALO],
        ]},
        merged={"Tabel 3.1": ["A1:E1", "A2:E2", "A3:E3", "A6:A7", "B6:B7"]},
        expected=[_ind(name, _number(target), _number(real)) for _, _, name, target, real in _GORONTALO],
        note=("A provincial kantor's IKU table: the sasaran merged down beside its indicators, target and 'Capaian "
              "Kinerja' written with their unit ('232 Org', '4 Desa/Kel'), the capaian being the realisation (2 "
              "villages of 4), no percentage column; one indicator is a kegiatan's name ('Kegiatan Gorontalo Gemar "
              "Membaca (GGM)', its target in people). The report's year is not on the page: the kantor became a "
              "dinas in 2017, the table is read as of 2015. Figures as printed ('faslitasi' kept)."),
    ),
]


# ---------------------------------------------------------------- budget

#: RSUD Kudus's LRA semester I 2011 as typed: (no urut, uraian, anggaran, realisasi, lebih/(kurang)); None amounts for
#: heading rows, None for a blank row
_KUDUS = [
    ("4", "PENDAPATAN", None, None, None),
    ("4.1", "PENDAPATAN ASLI DAERAH", None, None, None),
    ("4.1.2", "Hasil Retribusi Daerah", None, None, None),
    ("4.1.2.01.01", "Retribusi Pelayanan Kesehatan", 41_106_544_000, 16_105_590_736, -25_000_953_264),
    (None, "Jumlah", 41_106_544_000, 16_105_590_736, -25_000_953_264),
    None,
    ("5", "BELANJA", None, None, None),
    ("5.1", "BELANJA TIDAK LANGSUNG", 19_041_251_000, 9_043_001_806, 9_998_249_194),
    ("5.1.1", "Belanja Pegawai", 19_041_251_000, 9_043_001_806, 9_998_249_194),
    ("5.2", "BELANJA LANGSUNG", 42_608_644_000, 11_980_712_153, 30_627_931_847),
    ("5.2.1", "Belanja Pegawai", 1_374_184_000, 297_327_100, 1_076_856_900),
    ("5.2.2", "Belanja Barang dan Jasa", 32_590_385_000, 11_624_804_553, 20_965_580_447),
    ("5.2.3", "Belanja Modal", 8_644_075_000, 58_580_500, 8_585_494_500),
    (None, "Jumlah", 61_649_895_000, 21_023_713_959, 40_626_181_041),
    None,
    (None, "Surplus / (Defisit)", -20_543_351_000, -4_918_123_223, None),
]
#: the figures typed beside the table (column G, its note in H), by the table's row
_KUDUS_SCRATCH = {0: (41_106_544_000, "Retribusi"), 1: (19_041_251_000, "gaji PNS"), 2: (8_644_075_000, "belanja modal"),
                  3: (68_791_870_000, None), 5: (None, "tanpa pendptn utk invest"), 6: (41_106_544_000, None),
                  7: (19_041_251_000, None), 8: (60_147_795_000, None)}
_KUDUS_FIRST = 6


def _kudus_rows() -> tuple[list[list], dict[str, str]]:
    rows: list[list] = [["LAPORAN REALISASI ANGGARAN"], ["SEMESTER PERTAMA TAHUN 2011"], [],
                        ["NO. Urut", "URAIAN", "Anggaran\nTahun 2011", "Realisasi", "Lebih /\nKurang", None,
                         "Anggaran\nTahun 2011\n(L0)"],
                        [None, None, None, None, None, None, 3]]
    for i, row in enumerate(_KUDUS):
        scratch = _KUDUS_SCRATCH.get(i, (None, None))
        rows.append([*(row or [None] * 5), None, *scratch])
    formats = {}
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, int) and r >= _KUDUS_FIRST:
                formats[f"{column_letter(c)}{r}"] = "#,##0;(#,##0)"
    return rows, formats


_KUDUS_ROWS, _KUDUS_FORMATS = _kudus_rows()

#: the UPT's DKKB and realisation workbook: months of the sheet, blocks by source of funds
_MONTHS = ["JANUARI", "FEBRUARI", "MARET", "APRIL", "MEI", "JUNI", "JULI", "AGTS", "SEPT", "OKT", "NOV"]
_PROGRAM = ("3.27.07", "PROGRAM PENYULUHAN PERTANIAN")
_KEGIATAN = ("3.27.07.1.01", "Pengembangan Penerapan Penyuluhan Pertanian")
_SUB_A = ("3.27.07.1.01.0001", "Penyelenggaraan Pelatihan Teknis Bidang Pertanian bagi Petani dan Penyuluh")
_SUB_B = ("3.27.07.1.01.0002", "Pengembangan Sarana Pelatihan Pertanian")
#: (sub kegiatan, kode rekening, uraian, sebelum efisiensi, setelah efisiensi, PAPBD, monthly realisation Jan-Nov);
#: the monthly DKKB is the PAPBD spread over the months the realisation falls in
_UPT_BLOCKS = {
    "DBHCHT SEKSI PENGEMBANGAN PELATIHAN": [
        (_SUB_A, "5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 48_000_000,
         42_000_000, 40_000_000, [0, 0, 6_500_000, 0, 7_200_000, 0, 8_100_000, 0, 9_400_000, 0, 6_300_000]),
        (_SUB_A, "5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 96_000_000, 84_000_000, 84_000_000,
         [0, 0, 12_600_000, 10_500_000, 0, 14_700_000, 0, 16_800_000, 0, 12_600_000, 8_400_000]),
        (_SUB_A, "5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 120_000_000, 96_000_000, 90_000_000,
         [0, 8_400_000, 0, 11_250_000, 0, 13_500_000, 9_600_000, 0, 14_250_000, 0, 12_000_000]),
    ],
    "DBHCHT SEKSI PELATIHAN": [
        (_SUB_A, "5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", 72_000_000, 72_000_000, 72_000_000,
         [6_000_000] * 11),
        (_SUB_A, "5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 150_000_000, 135_000_000, 128_500_000,
         [0, 0, 18_000_000, 21_500_000, 0, 19_250_000, 0, 22_000_000, 17_500_000, 0, 15_000_000]),
        (_SUB_B, "5.1.02.03.02.0405", "Belanja Pemeliharaan Bangunan Gedung-Gedung Pendidikan", 210_000_000,
         185_000_000, 185_000_000, [0, 0, 0, 0, 0, 0, 92_500_000, 0, 0, 83_250_000, 0]),
        (_SUB_B, "5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya", 64_000_000, 56_000_000, 56_000_000,
         [0, 0, 0, 0, 0, 0, 0, 0, 54_880_000, 0, 0]),
    ],
}
_UPT_TOTAL = "TOTAL (DBHCHT BANGLAT + DBHCHT PELATIHAN)"


def _upt_plan(papbd: int, real: list[int]) -> list[int]:
    """The DKKB of an item: its PAPBD in equal parts over the months the realisation falls in, the rest in the last."""
    months = [m for m, v in enumerate(real) if v] or [len(real) - 1]
    part = papbd // len(months)
    plan = [part if m in months else 0 for m in range(len(real))]
    plan[months[-1]] += papbd - part * len(months)
    return plan


def _upt_items(block: list[tuple]) -> list[tuple]:
    """A block's item rows: (sub kegiatan, kode rekening, uraian, [sebelum, setelah, papbd, then DKKB and REALISASI by
    month])."""
    return [(sub, kode, uraian, [sebelum, setelah, papbd,
                                 *[v for pair in zip(_upt_plan(papbd, real), real) for v in pair]])
            for sub, kode, uraian, sebelum, setelah, papbd, real in block]


def _upt_total_items() -> list[tuple]:
    """The TOTAL block's items: each item of the source blocks summed over the sources, in order of appearance."""
    merged: dict[tuple, list[int]] = {}
    for block in _UPT_BLOCKS.values():
        for sub, kode, uraian, values in _upt_items(block):
            old = merged.get((sub, kode, uraian))
            merged[(sub, kode, uraian)] = values if old is None else [a + b for a, b in zip(old, values)]
    return [(*key, values) for key, values in merged.items()]


def _sum(rows: list[tuple]) -> list[int]:
    return [sum(column) for column in zip(*(values for *_, values in rows))]


def _upt_levels(items: list[tuple]) -> list[tuple[str, tuple, list[int]]]:
    """The program, kegiatan and sub kegiatan rows of a block with their sums: (level, (kode, nama), values)."""
    subs = list(dict.fromkeys(item[0] for item in items))
    return [("program", _PROGRAM, _sum(items)), ("kegiatan", _KEGIATAN, _sum(items)),
            *[("sub_kegiatan", sub, _sum([i for i in items if i[0] == sub])) for sub in subs]]


def _upt_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [["PEMERINTAH PROVINSI JAWA TIMUR (APBD)"], ["BIDANG/UPT", ":", "UPT PELATIHAN PERTANIAN"],
                        ["PROGRAM", ":", "PROGRAM PENYULUHAN PERTANIAN"], ["KPA", ":", "Ir. BUDI HARYANTO, MM"],
                        ["TAHUN ANGGARAN", ":", 2025], []]
    merges: list[str] = []
    blocks = [*((source, _upt_items(block)) for source, block in _UPT_BLOCKS.items()), (_UPT_TOTAL, _upt_total_items())]
    for source, items in blocks:
        rows += [["SUMBER ANGGARAN", ":", source], []]
        top = len(rows) + 1
        rows.append(["NO", "KODE REKENING", "URAIAN", "ANGGARAN 1 TAHUN SEBELUM EFISIENSI",
                     "ANGGARAN 1 TAHUN SETELAH EFISIENSI", "ANGGARAN PAPBD",
                     *[v for month in _MONTHS for v in (month, None)]])
        rows.append([None] * 6 + ["DKKB", "REALISASI"] * len(_MONTHS))
        merges += [f"{column_letter(c)}{top}:{column_letter(c)}{top + 1}" for c in range(6)]
        merges += [f"{column_letter(6 + 2 * m)}{top}:{column_letter(7 + 2 * m)}{top}" for m in range(len(_MONTHS))]
        number = 0
        for level, (kode, name), values in _upt_levels(items):
            rows.append([None, kode, name, *values])
            if level == "sub_kegiatan":
                for sub, rekening, uraian, item in items:
                    if sub[0] == kode:
                        number += 1
                        rows.append([number, rekening, uraian, *item])
        rows.append([])
    return rows, merges


_UPT_ROWS, _UPT_MERGES = _upt_rows()


def _upt_expected() -> list[dict]:
    """The program, kegiatan and sub kegiatan once each, summed over the source blocks (what the TOTAL block states):
    the PAPBD, and the months' REALISASI added up."""
    return [_b(level, name, values[2], sum(values[4::2])) for level, (_, name), values in _upt_levels(_upt_total_items())]


BUDGET: list[Layout] = [
    Layout(
        id="budget-rsud-kudus-lra-semester-i-2011-hitungan-samping",
        dataset="budget",
        agency=("Badan Rumah Sakit Daerah (RSUD) Kabupaten Kudus, Laporan Realisasi Anggaran of the first semester of "
                "2011 — kabupaten RSUD, a worksheet as the hospital typed it"),
        source=("https://id.scribd.com/doc/288410755/Bab-3-Instalasi — an Excel workbook uploaded as 'Bab 3 "
                "Instalasi', its first sheet 'LAPORAN REALISASI ANGGARAN SEMESTER PERTAMA TAHUN 2011': NO. Urut | "
                "URAIAN | Anggaran Tahun 2011 | Realisasi | Lebih / Kurang, PENDAPATAN (retribusi pelayanan "
                "kesehatan), BELANJA TIDAK LANGSUNG and BELANJA LANGSUNG by jenis belanja, Jumlah, Surplus / "
                "(Defisit), and figures typed beside the table ('Anggaran Tahun 2011 (L0)', 'gaji PNS', 'tanpa "
                "pendptn utk invest'); the next sheet (the same LRA by kode rekening) is not copied"),
        year=2011,
        sheets={"LRA Smt I": _KUDUS_ROWS},
        merged={"LRA Smt I": ["A1:E1", "A2:E2"]},
        number_formats={"LRA Smt I": _KUDUS_FORMATS},
        expected=[_b("program", "BELANJA TIDAK LANGSUNG", 19_041_251_000, 9_043_001_806),
                  _b("kegiatan", "Belanja Pegawai", 19_041_251_000, 9_043_001_806),
                  _b("program", "BELANJA LANGSUNG", 42_608_644_000, 11_980_712_153),
                  _b("kegiatan", "Belanja Pegawai", 1_374_184_000, 297_327_100),
                  _b("kegiatan", "Belanja Barang dan Jasa", 32_590_385_000, 11_624_804_553),
                  _b("kegiatan", "Belanja Modal", 8_644_075_000, 58_580_500)],
        note=("A hospital's own worksheet, not a system export: the old (Permendagri 13/2006) LRA of a half year with "
              "the revenue block above the spending, code numbers as text in 'NO. Urut', amounts as numbers shown "
              "with thousands separators and negatives in parentheses, a 'Lebih / Kurang' column (realisation "
              "minus budget for revenue, budget minus realisation for spending), two Jumlah rows, a Surplus / "
              "(Defisit) row, and after a blank column the analyst's scratch figures with words beside them "
              "('gaji PNS', 'tanpa pendptn utk invest'), a column-number '3' under their header. The spending rows "
              "are the budget: BELANJA TIDAK LANGSUNG and BELANJA LANGSUNG with their jenis belanja under them; "
              "revenue, Jumlah, surplus and scratch figures are not budget rows. The realisation is of six months. "
              "Figures as printed; they agree."),
    ),
    Layout(
        id="budget-upt-pelatihan-pertanian-dkkb-realisasi-per-sumber-dana-blok-total",
        dataset="budget",
        agency=("UPT Pelatihan Pertanian of the Dinas Pertanian dan Ketahanan Pangan Provinsi Jawa Timur, its 'DKKB "
                "DAN REALISASI' workbook, sheet 'REALISASI 2025' — provincial UPT (figures synthetic)"),
        source=("public GitHub analysis of the UPT's workbook, external_apps/finance-app/ANALISIS_EXCEL.md "
                "(repository taufiqalexander027/taufiqalmansur, search index file id 22207649103): 'REALISASI 2025' "
                "(455 rows × 40 columns), information rows 1–6 (Pemerintah Provinsi Jawa Timur (APBD), Bidang/UPT, "
                "Program, KPA, Tahun Anggaran), blocks by 'Sumber Anggaran' (DBHCHT SEKSI PENGEMBANGAN PELATIHAN, "
                "DBHCHT SEKSI PELATIHAN, PAD MURNI …) and TOTAL blocks combining them ('TOTAL (DBHCHT BANGLAT + "
                "DBHCHT PELATIHAN)'), header rows ANGGARAN 1 TAHUN SEBELUM EFISIENSI | ANGGARAN 1 TAHUN SETELAH "
                "EFISIENSI | ANGGARAN PAPBD | per month Januari … November DKKB | REALISASI, Program › Kegiatan › Sub "
                "Kegiatan › items by kode rekening"),
        year=2025,
        sheets={"REALISASI 2025": _UPT_ROWS},
        merged={"REALISASI 2025": _UPT_MERGES},
        expected=_upt_expected(),
        note=("A UPT's working book, reduced to two sources of funds and one TOTAL block: each block opens with its "
              "'SUMBER ANGGARAN' line and repeats the two header rows (three budget columns, the budget before and "
              "after the 2025 efficiency cut and the PAPBD, then a DKKB | REALISASI pair per month, January to "
              "November only: no December, no total realisation column). The same program and kegiatan appear in "
              "each source block, and the TOTAL block repeats them summed over the sources. Read: the program, "
              "kegiatan and sub kegiatan once each, the source blocks added up per code (the kit keeps one row per "
              "program/kegiatan code, as for the same workbook's blocks in budget-jatim-upt-realisasi-per-bulan-"
              "sumber-dana), which is what the TOTAL block states; the budget the PAPBD, the realisation the sum of "
              "the months' REALISASI; the item rows (kode rekening 5.x) are detail and the TOTAL block is a sum of "
              "the others, not more budget. The kode and names of program, kegiatan and sub kegiatan are written in "
              "the Kepmendagri 050 style and invented; KPA name and amounts invented, consistent."),
    ),
]

CASES: list[Layout] = [*STAFF, *INDICATORS, *BUDGET]
