"""The twenty-second held-out set: real staff and asset layouts collected blind, to measure the integrated kit on
layouts nobody tuned for (README.md records the cases; the lead measures them). Another collector took indicators and
budget (a twenty-third set) at the same time.

Kinds the corpus had none of: a provincial Dinas Perhubungan's 'Komposisi Pegawai Menurut Golongan' from its own
staffing application (PHPExcel, Excel5), the golongan as four bands GOLONGAN IV … GOLONGAN I over their ruang letters
written lower case and from the highest down (e | d | c | b | a | JML), a 'JML Total' and an 'Eselon' band (2 | 3 | 4)
beside them, each unit's row followed by rows of its sections labelled '::Seksi …' (the application's key cut at
'::', so a section's people are counted again under its unit), a three-line title in one merged cell and a
'Keterangan : Jumlah Pegawai = … / -PNS = … / -CPNS = …' block under the table; a hospital's staff import template
for its quality application filled in (Nama | NIP | Password | Peran | Status Pegawai | Status Kerja | Kode Unit), the
status from a drop-down of eight that mixes ASN with the hospital's BLUD employees, PJLP and 'Mitra', a 'Status Kerja'
with Resign, Pensiun and Mutasi beside Aktif, and a second sheet 'Master Data' holding the drop-down lists (units,
the eight statuses, the four work states, the three application roles) as columns of their own; an education unit's
monitoring page 'Fasilitas, Sarana, dan Prasarana' (Monev Awal Semester) where each facility has a 'Jumlah' and a
'Tidak Berfungsi' written with their unit in the cell ('24 unit', '2 unit'), so the good ones are the difference; a
Polri/TNI-style command's equipment page (borrowers identified by NRP) with the count by jenis barang and satker under
'Kondisi' › Baik | Rusak Ringan | Rusak Berat | Dihapuskan, a Total that includes the written-off items, the
DataTables buttons line above it and two side tables (totals by jenis and by merek) pasted under it. All four are
export or page layouts found in public code, filled with invented figures and synthetic people. Expectations are what
each table says, never what the kit reads: the cases were not run through the kit.
"""

from __future__ import annotations

from layouts.case import W, Layout
from workbooks import nip

# ---------------------------------------------------------------- staff: Dinas Perhubungan, komposisi menurut golongan

#: the application's golongan columns in print order: GOLONGAN IV e … a, GOLONGAN III d … a, II d … a, I d … a
_GOL_BANDS = [("IV", "edcba"), ("III", "dcba"), ("II", "dcba"), ("I", "dcba")]

#: people by unit and section: unit → {section or None: [(golongan, eselon or None), …]}; a person in a section is
#: counted in the unit's row and again in the section's row, as the report does; people invented (PNS and CPNS only)
_DISHUB: dict[str, dict[str | None, list[tuple[str, int | None]]]] = {
    "Balai Pelayanan & Pemeriksaan Kendaraan Bermotor Wil. I (Bgr - Pwk)": {
        None: [("IV/a", 3), ("III/c", None)],
        "Seksi Pengujian Kendaraan Bermotor": [("III/d", 4), ("III/b", None), ("III/a", None), ("II/c", None),
                                               ("II/b", None), ("II/a", None)],
        "Sub Bagian Tata Usaha": [("III/d", 4), ("III/a", None), ("II/d", None), ("II/a", None), ("I/d", None)],
    },
    "Balai Pengelolaan Prasarana Perhubungan Darat Wil. II (Cirebon)": {
        None: [("IV/a", 3)],
        "Seksi Operasional Terminal": [("III/c", 4), ("III/b", None), ("II/c", None), ("II/c", None), ("II/a", None),
                                       ("I/c", None)],
        "Sub Bagian Tata Usaha": [("III/d", 4), ("III/b", None), ("II/b", None)],
    },
    "Bidang Lalu Lintas dan Angkutan Jalan": {
        None: [("IV/b", 3), ("III/a", None)],
        "Seksi Angkutan Jalan": [("IV/a", 4), ("III/c", None), ("III/b", None), ("III/a", None)],
        "Seksi Manajemen dan Rekayasa Lalu Lintas": [("III/d", 4), ("III/c", None), ("II/d", None)],
    },
    "Bidang Perkeretaapian": {
        None: [("IV/b", 3)],
        "Seksi Prasarana Perkeretaapian": [("III/d", 4), ("III/b", None), ("III/a", None)],
    },
    "Pimpinan": {
        None: [("IV/c", 2)],
    },
    "Sekretariat": {
        None: [("IV/b", 3), ("III/b", None)],
        "Sub Bagian Kepegawaian dan Umum": [("IV/a", 4), ("III/c", None), ("III/a", None), ("II/d", None),
                                            ("II/b", None), ("I/b", None)],
        "Sub Bagian Keuangan": [("III/d", 4), ("III/c", None), ("III/b", None), ("II/c", None)],
    },
}
#: the CPNS among them (the application's status 'CPNS'), counted with their golongan: a III/a and two II/a
_DISHUB_CPNS = 3


def _dishub_people(unit: dict[str | None, list]) -> list[tuple[str, int | None]]:
    return [person for people in unit.values() for person in people]


def _dishub_cells(people: list[tuple[str, int | None]]) -> list:
    """One row's counts as the report prints them: each band's letters then its JML, the JML Total, eselon 2 | 3 | 4."""
    cells: list = []
    total = 0
    for group, letters in _GOL_BANDS:
        counts = [sum(1 for gol, _ in people if gol == f"{group}/{letter}") for letter in letters]
        cells += [*counts, sum(counts)]  # JML is '=SUM(…)' in the file; its value here
        total += sum(counts)
    return [*cells, total, *(sum(1 for _, es in people if es == level) for level in (2, 3, 4))]


def _dishub_rows() -> list[list]:
    width = 27  # A … AA
    rows: list[list] = [
        ["Komposisi Pegawai Menurut Golongan\nDILINGKUNGAN DINAS PERHUBUNGAN PROPINSI JAWA BARAT\nPERIODE December 2025",
         *[None] * (width - 1)],
        [None] * width,
        ["No", "Unit Kerja", "GOLONGAN IV", None, None, None, None, None, "GOLONGAN III", None, None, None, None,
         "GOLONGAN II", None, None, None, None, "GOLONGAN I", None, None, None, None, "JML\nTotal", "Eselon", None,
         None],
        [None, None, *[x for _, letters in _GOL_BANDS for x in (*letters, "JML")], None, 2, 3, 4],
    ]
    keyed: list[tuple[str, list]] = []
    for unit, sections in _DISHUB.items():
        keyed.append((unit, _dishub_people(sections)))
        keyed += [(f"{unit}::{section}", people) for section, people in sections.items() if section is not None]
    for i, (key, people) in enumerate(sorted(keyed), start=1):  # ksort($data1)
        label = key[key.index("::"):] if "::" in key else key  # substr($key, strpos($key, '::'))
        rows.append([i, label, *_dishub_cells(people)])
    everyone = [p for unit in _DISHUB.values() for p in _dishub_people(unit)]
    rows += [
        [None] * width,
        [None, "Keterangan : ", *[None] * (width - 2)],
        [None, f"Jumlah Pegawai = {len(everyone)}", *[None] * (width - 2)],
        [None, f"-PNS = {len(everyone) - _DISHUB_CPNS}", *[None] * (width - 2)],
        [None, f"-CPNS = {_DISHUB_CPNS}", *[None] * (width - 2)],
    ]
    return rows


def _dishub_golongan() -> dict[str, int]:
    found: dict[str, int] = {}
    for unit in _DISHUB.values():
        for gol, _ in _dishub_people(unit):  # the unit rows only: a section's people are in its unit already
            found[gol] = found.get(gol, 0) + 1
    return found


# ---------------------------------------------------------------- staff: a hospital's staff import template, filled

_TEMPLATE_HEAD = ["Nama", "NIP", "Password", "Peran", "Status Pegawai", "Status Kerja", "Kode Unit"]
_STATUS_OPTIONS = ["PNS", "CPNS", "PPPK", "PPPK Paruh Waktu", "Pegawai Blud (Tetap Non ASN)", "PJLP", "Mitra",
                   "Pegawai Lainnya Non ASN"]
_KERJA_OPTIONS = ["Aktif", "Resign", "Pensiun", "Mutasi"]
_PERAN_OPTIONS = ["staf", "kepala_unit", "admin_mutu"]
#: (kode unit, nama unit), ordered by kode_unit as the template's Master Data lists them; invented but for 'Datin',
#: the code of the template's own example row
_UNITS = [("Datin", "Instalasi Data dan Informasi"), ("Farmasi", "Instalasi Farmasi"),
          ("IGD", "Instalasi Gawat Darurat"), ("Lab", "Instalasi Laboratorium"), ("Mutu", "Komite Mutu"),
          ("Ranap", "Instalasi Rawat Inap")]
#: (name, female, birth, TMT or PPPK year, peran, status pegawai, status kerja, kode unit); people invented; the
#: non-ASN have no NIP (the column is blank for them)
_RS_STAFF = [
    ("dr. ANDRI WIBISONO, Sp.PD", False, "19780412", "200903", "kepala_unit", "PNS", "Aktif", "Ranap"),
    ("Ns. RINA KARTIKASARI, S.Kep.", True, "19850917", "201001", "staf", "PNS", "Aktif", "Ranap"),
    ("SITI MAEMUNAH, A.Md.Kep.", True, "19900305", "201503", "staf", "PNS", "Aktif", "IGD"),
    ("apt. DEWI ANGGRAENI, S.Farm.", True, "19870622", "201403", "kepala_unit", "PNS", "Aktif", "Farmasi"),
    ("HARYONO, S.Kom.", False, "19820114", "200801", "admin_mutu", "PNS", "Aktif", "Datin"),
    ("dr. MAYA PUSPITASARI, M.K.M.", True, "19831030", "201101", "admin_mutu", "PNS", "Aktif", "Mutu"),
    ("BAMBANG SUTRISNO", False, "19650808", "198903", "staf", "PNS", "Pensiun", "Lab"),
    ("YULIANA PRATIWI, A.Md.AK.", True, "19960214", "202412", "staf", "CPNS", "Aktif", "Lab"),
    ("Ns. FAJAR NUGROHO, S.Kep.", False, "19920710", "202201", "staf", "PNS", "Mutasi", "IGD"),
    ("RIZKI AMALIA, A.Md.Kep.", True, "19950521", "2023", "staf", "PPPK", "Aktif", "IGD"),
    ("ADITYA PRATAMA, S.Tr.Kes.", False, "19970103", "2024", "staf", "PPPK", "Aktif", "Lab"),
    ("NOVI HANDAYANI, A.Md.Farm.", True, "19940827", "2024", "staf", "PPPK", "Aktif", "Farmasi"),
    ("SUPRIADI", False, "19880419", "2025", "staf", "PPPK Paruh Waktu", "Aktif", "Ranap"),
    ("LESTARI WULANDARI, S.Kep.", True, None, None, "staf", "Pegawai Blud (Tetap Non ASN)", "Aktif", "Ranap"),
    ("MUHAMAD IQBAL, A.Md.", False, None, None, "staf", "Pegawai Blud (Tetap Non ASN)", "Aktif", "Datin"),
    ("ASEP SAEPULOH", False, None, None, "staf", "PJLP", "Aktif", "IGD"),
    ("NURHASANAH", True, None, None, "staf", "PJLP", "Resign", "Ranap"),
    ("dr. KEVIN HARTANTO", False, None, None, "staf", "Mitra", "Aktif", "IGD"),
    ("TATI SURYATI", True, None, None, "staf", "Pegawai Lainnya Non ASN", "Aktif", "Farmasi"),
]


def _rs_rows() -> list[list]:
    rows: list[list] = [_TEMPLATE_HEAD]
    for serial, (name, female, birth, appointed, peran, status, kerja, unit) in enumerate(_RS_STAFF, start=21):
        number = None
        if birth is not None:
            number = nip(serial, female=female, birth=birth, appointed=appointed, pppk=status.startswith("PPPK"))
        rows.append([name, number, "password", peran, status, kerja, unit])
    return rows


def _rs_master() -> list[list]:
    height = max(len(_UNITS), len(_STATUS_OPTIONS), len(_KERJA_OPTIONS), len(_PERAN_OPTIONS))
    rows: list[list] = [["Kode Unit", "Nama Unit", "Status Pegawai", "Status Kerja", "Peran"]]
    for i in range(height):
        rows.append([*(_UNITS[i] if i < len(_UNITS) else (None, None)),
                     _STATUS_OPTIONS[i] if i < len(_STATUS_OPTIONS) else None,
                     _KERJA_OPTIONS[i] if i < len(_KERJA_OPTIONS) else None,
                     _PERAN_OPTIONS[i] if i < len(_PERAN_OPTIONS) else None])
    return rows


_RS_ASN_ACTIVE = [p for p in _RS_STAFF if p[6] == "Aktif" and p[5] in ("PNS", "CPNS", "PPPK", "PPPK Paruh Waktu")]

STAFF: list[Layout] = [
    Layout(
        id="staff-dishub-jabar-komposisi-golongan-band-huruf-kecil-menurun-eselon-baris-seksi-titik-dua",
        dataset="staff",
        agency=("Dinas Perhubungan Provinsi Jawa Barat, its civil servants by unit and golongan — provinsi dinas "
                "(perhubungan), staffing application's Excel report (counts synthetic)"),
        source=("public GitHub PHP staffing application of the Dinas Perhubungan Jawa Barat, repository sakti/pegawai, "
                "operator/report/kpmg.php (commit 8bbb519; search index file id 19576001719): PHPExcel 'Excel5' "
                "download laporan.xls, sheet 'Laporan', A1 'Komposisi Pegawai Menurut Golongan\\nDILINGKUNGAN DINAS "
                "PERHUBUNGAN PROPINSI JAWA BARAT\\nPERIODE ' . date('F') . ' ' . date('Y') merged A1:AA1, No | Unit "
                "Kerja | GOLONGAN IV › e d c b a JML | GOLONGAN III › d c b a JML | GOLONGAN II › d c b a JML | "
                "GOLONGAN I › d c b a JML | JML Total | Eselon › 2 3 4, rows ksort()ed by 'unit' and 'unit::seksi' "
                "keys printed as substr($key, strpos($key, '::')), a Keterangan block with the PNS and CPNS counts"),
        year=2025,
        sheets={"Laporan": _dishub_rows()},
        merged={"Laporan": ["A1:AA1", "A3:A4", "B3:B4", "X3:X4", "C3:H3", "I3:M3", "N3:R3", "S3:W3", "Y3:AA3"]},
        expected={"golongan": _dishub_golongan()},
        note=("A dinas's golongan composition as its own application downloads it. The golongan are four bands "
              "(GOLONGAN IV over e | d | c | b | a | JML, then III, II and I over d | c | b | a | JML): the ruang "
              "letters are lower case and run from the highest down, each band closed by its JML (a =SUM formula in "
              "the file, its value here), then 'JML\\nTotal' and an 'Eselon' band over 2 | 3 | 4 (how many of the "
              "row's people hold a post of that echelon, a count beside the golongan, not a golongan). The rows are "
              "the application's keys sorted: each unit ('Bidang Perkeretaapian') is followed by a row per section "
              "whose label keeps the '::' of the key ('::Seksi Prasarana Perkeretaapian'), and a section's people "
              "are counted in its unit's row as well, so the section rows repeat part of the unit rows. The table "
              "says it in its Keterangan: 'Jumlah Pegawai = 49' (46 PNS, 3 CPNS) is the unit rows' total; the rows "
              "together add up to 89. Expected: the golongan of the unit rows only (the 49; the three CPNS, a III/a "
              "and two II/a, with their golongan). No total row. People and counts invented (the units named as the dinas's; the first "
              "balai's name is the one in the code's comment)."),
    ),
    Layout(
        id="staff-rsud-template-import-pegawai-status-blud-pjlp-mitra-status-kerja-resign-sheet-master-data",
        dataset="staff",
        agency=("a regional hospital (RSUD, BLUD; not named — its non-ASN statuses PJLP and 'Pegawai Blud' are those "
                "of the DKI Jakarta hospitals), its staff as entered in the import template of its quality "
                "application — RSUD, application template filled in (synthetic people)"),
        source=("public GitHub Laravel hospital quality application (roles staf / kepala_unit / admin_mutu), "
                "App\\Exports\\PegawaiTemplateExport (search index file id 54540790241): sheet 'Template' with headings "
                "Nama | NIP | Password | Peran | Status Pegawai | Status Kerja | Kode Unit (example row 'Contoh Nama "
                "Pegawai', '199001012020011001', 'password', 'staf', 'PNS', 'Aktif', 'Datin'), sheet 'Master Data' "
                "with Kode Unit | Nama Unit | Status Pegawai (PNS, CPNS, PPPK, PPPK Paruh Waktu, Pegawai Blud (Tetap "
                "Non ASN), PJLP, Mitra, Pegawai Lainnya Non ASN) | Status Kerja (Aktif, Resign, Pensiun, Mutasi) | "
                "Peran, the drop-downs of the Template pointing at them; the same options in its page "
                "'Manajemen Pegawai' (index file id 57603030931)"),
        year=2025,
        sheets={"Template": _rs_rows(), "Master Data": _rs_master()},
        expected={
            "status": {"PNS": sum(1 for p in _RS_ASN_ACTIVE if p[5] in ("PNS", "CPNS")),
                       "PPPK": sum(1 for p in _RS_ASN_ACTIVE if p[5].startswith("PPPK"))},
            "gender": {"Laki-laki": sum(1 for p in _RS_ASN_ACTIVE if not p[1]),
                       "Perempuan": sum(1 for p in _RS_ASN_ACTIVE if p[1])},
        },
        # no golongan, no education, no jenis jabatan ('Peran' is the application role)
        findings=((W, "column_missing"), (W, "column_missing"), (W, "column_missing")),
        note=("The import template filled in by the hospital: one row per person with a password column (the "
              "template's default 'password' left in), 'Peran' the application role (staf, kepala_unit, "
              "admin_mutu: no jabatan), 'Status Pegawai' from a drop-down that mixes ASN (PNS, CPNS, PPPK, PPPK "
              "Paruh Waktu) with the hospital's own non-ASN staff (Pegawai Blud (Tetap Non ASN), PJLP — penyedia "
              "jasa lainnya perorangan —, Mitra, Pegawai Lainnya Non ASN), whose NIP cells are blank, and 'Status "
              "Kerja' Aktif, Resign, Pensiun or Mutasi. The second sheet 'Master Data' is the drop-downs' source: "
              "columns of units, of the eight statuses, of the four work states and of the three roles, side by "
              "side under their own header; it lists options, not people. Expected: the active ASN only (eleven: six "
              "PNS and a CPNS counted as PNS, three PPPK and a PPPK Paruh Waktu counted as PPPK; the PNS retired, "
              "moved and the PJLP resigned are no longer staff), their sex from the NIP; the five active non-ASN set "
              "aside. Three expected warnings column_missing (no golongan, education or jenis jabatan). People and "
              "units invented."),
    ),
]

# ---------------------------------------------------------------- assets: monev of facilities, unit in the cell

#: (facility, unit, jumlah, tidak berfungsi, catatan); invented
_FASILITAS = [
    ("Ruang Kelas", "ruang", 18, 1, "Plafon bocor di R.204"),
    ("Proyektor (LCD)", "unit", 18, 3, "Lampu proyektor habis"),
    ("Komputer Laboratorium", "unit", 40, 6, "Menunggu penggantian power supply"),
    ("AC Ruang Kelas", "unit", 24, 2, None),
    ("Kursi Kuliah", "buah", 720, 35, "Kursi patah dikumpulkan di gudang"),
    ("Toilet", "ruang", 12, 0, None),
    ("Titik Akses Wi-Fi", "titik", 15, 4, "Sinyal lemah di gedung B"),
]

# ---------------------------------------------------------------- assets: equipment by jenis and satker, Dihapuskan

#: (jenis barang, satker, baik, rusak ringan, rusak berat, dihapuskan), in the query's order; invented
_BARANG = [
    ("Handy Talky (HT)", "Bag Ops", 14, 3, 1, 2),
    ("Handy Talky (HT)", "Sat Samapta", 22, 4, 2, 0),
    ("Rompi Anti Peluru", "Sat Samapta", 30, 0, 1, 0),
    ("Laptop", "Bag Log", 6, 1, 0, 1),
    ("Laptop", "Sat Reskrim", 9, 2, 1, 3),
    ("Kamera Digital", "Sat Reskrim", 4, 0, 1, 0),
    ("Alat Tes Napas (Breathalyzer)", "Sat Lantas", 5, 1, 0, 0),
]
#: (merek, total) for the side table by merek: every item has one; invented to add up to the items
_MEREK = [("Motorola", 48), ("Acer", 14), ("Asus", 9), ("Canon", 5), ("Lion Alcolmeter", 6), ("Lokal", 31)]


def _barang_rows() -> list[list]:
    rows: list[list] = [
        ["Barang", None, None, None, None, None, None, None, None],
        ["Tambah Barang Tambah Merek Tambah Jenis Barang Copy Print Excel PDF", None, None, None, None, None, None,
         "Search:", None],
        ["NO", "Nama", "Satker", "Kondisi", None, None, None, "Total", "Action"],
        [None, None, None, "Baik", "Rusak Ringan", "Rusak Berat", "Dihapuskan", None, None],
    ]
    for i, (name, satker, baik, rr, rb, hapus) in enumerate(_BARANG, start=1):
        rows.append([i, name, satker, baik, rr, rb, hapus, baik + rr + rb + hapus, "show"])
    jenis: dict[str, int] = {}
    for name, _, baik, rr, rb, hapus in _BARANG:
        jenis[name] = jenis.get(name, 0) + baik + rr + rb + hapus
    rows += [[None] * 9, ["NO", "Nama", "Total", "Action", None, None, None, None, None]]
    rows += [[i, name, total, "show Edit Delete", None, None, None, None, None]
             for i, (name, total) in enumerate(jenis.items(), start=1)]
    rows += [[None] * 9, ["NO", "Nama", "Total", "Action", None, None, None, None, None]]
    rows += [[i, name, total, "show Edit Delete", None, None, None, None, None]
             for i, (name, total) in enumerate(_MEREK, start=1)]
    return rows


_BARANG_ROWS = _barang_rows()
assert sum(t for _, t in _MEREK) == sum(sum(row[2:]) for row in _BARANG)  # the side tables count the same items

ASSETS: list[Layout] = [
    Layout(
        id="assets-monev-fasilitas-sarana-prasarana-jumlah-tidak-berfungsi-satuan-dalam-sel",
        dataset="assets",
        agency=("an education unit (not named; its pages say 'Tahun Ajaran' and 'Monev Awal Semester', its data is "
                "kept by department), its facilities at the start of a semester — school or university programme, "
                "quality-monitoring application page pasted into a sheet (figures synthetic)"),
        source=("public GitHub React page SubFacilityCondition (search index file id 20152819447; its per-department "
                "twin FaCondTable, index file id 20885397714): breadcrumb 'Monev Awal Semester', title 'Fasilitas, "
                "Sarana, dan Prasarana', header 'Tahun Ajaran : %s', a bordered table No | Fasilitas | Jumlah | Tidak "
                "Berfungsi | Catatan | Aksi, the cells `${item.amount} ${item.unit}` and a badge `${item.deactive} "
                "${item.unit}`, the Aksi column a drop-down 'Pilih' while the year is open"),
        year=2025,
        sheets={"Fasilitas": [
            ["Monev Awal Semester", None, None, None, None, None],
            ["Tahun Ajaran : 2025/2026", None, None, None, None, None],
            ["Fasilitas, Sarana, dan Prasarana", None, None, None, None, None],
            ["Tambah", None, None, None, None, None],
            ["No", "Fasilitas", "Jumlah", "Tidak Berfungsi", "Catatan", "Aksi"],
            *[[i, name, f"{total} {unit}", f"{off} {unit}", note, "Pilih"]
              for i, (name, unit, total, off, note) in enumerate(_FASILITAS, start=1)],
        ]},
        expected=[{"item": name, "good": total - off, "damaged": off} for name, _, total, off, _ in _FASILITAS],
        note=("A monitoring page of facilities at the start of the semester: each facility with how many there are "
              "and how many do not work, both written with their unit in the cell as the page renders them ('18 "
              "unit', '3 unit', '720 buah', '0 ruang', '4 titik'), a free-text note, and the action drop-down "
              "'Pilih' in the last column (the academic year is open); the 'Tambah' button of the Create component "
              "above the table. There is no 'Baik' column: the good ones are Jumlah minus Tidak Berfungsi, the "
              "damaged ones the Tidak Berfungsi. The year is the academic year 2025/2026 (its first semester), read "
              "as 2025. Facilities and figures invented."),
    ),
    Layout(
        id="assets-barang-per-jenis-satker-nrp-kondisi-dihapuskan-total-termasuk-tabel-samping-jenis-merek",
        dataset="assets",
        agency=("a Polri/TNI-style command (not named; its borrowers are identified by NRP and its units are "
                "satker), its equipment by kind and unit — kementerian/lembaga vertical unit, inventory application "
                "page pasted into a sheet (figures synthetic)"),
        source=("public GitHub PHP inventory application 'tb_pbd' on PostgreSQL, view barang (search index file id "
                "13147944064): table #tablebarang NO | Nama | Satker | Kondisi › Baik | Rusak Ringan | Rusak Berat | "
                "Dihapuskan | Total | Action from count(case when barang.kondisi=1…4) grouped by barang_jenis and "
                "satker, Total = baik + rusak + rusakberat + dihapuskan, a 'show' button; DataTables buttons Tambah "
                "Barang, Tambah Merek, Tambah Jenis Barang, copy, print, excel, pdf (these exporting columns 0 and 1 "
                "only); two side tables #tablejenis and #tablemerek NO | Nama | Total | Action"),
        year=2025,
        sheets={"Barang": _BARANG_ROWS},
        merged={"Barang": ["A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:H4", "I3:I4"]},
        expected=[{"item": name, "good": baik, "damaged": rr + rb} for name, _, baik, rr, rb, _ in _BARANG],
        note=("The page as selected and pasted (its Excel and Copy buttons give only NO and Nama, so the condition "
              "columns come only by copying the page): the breadcrumb 'Barang', the buttons line with 'Search:', "
              "then the table by kind of item and satker, so one kind stands on several rows ('Handy Talky (HT)' "
              "for Bag Ops and for Sat Samapta); Kondisi is a band over Baik | Rusak Ringan | Rusak Berat | "
              "Dihapuskan, and Total adds the four, the written-off items (Dihapuskan) included. Under it, the "
              "page's two side tables, NO | Nama | Total | Action by kind and by brand, count the same items again "
              "(written-off ones too). Expected: the main table's rows, good = Baik, damaged = Rusak Ringan + "
              "Rusak Berat; the written-off items are no longer held and count as neither; the side tables are no "
              "items. Year not printed; read as 2025. Items, units and figures invented."),
    ),
]

CASES: list[Layout] = [*STAFF, *ASSETS]
