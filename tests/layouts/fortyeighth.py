"""The forty-eighth held-out set: STAFF and ASSETS layouts, four views from public code filled with invented figures,
collected blind to measure the integrated kit on layouts nobody tuned for (README.md records the cases; the lead
measures them). None of the cases was run through the kit: the expectations are what each table says, read as a
careful analyst would.

Kinds and shapes the corpus had none or few of:

- a PERGURUAN TINGGI's (Universitas Negeri Semarang, the 'Datanes' dashboard) lecturers by JABATAN AKADEMIK × SEX per
  faculty: a title 'Jumlah Tenaga Kependidikan PNS / Menurut Golongan' over a table whose columns are neither
  tenaga kependidikan nor golongan but the DOSEN's Tenaga Pengajar | Asisten Ahli | Lektor | Lektor Kepala | Profesor,
  each over L | P; empty cells for zero (the view prints '' for a count of 0), a 'Jumlah' row whose label is merged
  over two rows and a second total row with L + P merged per rank;
- a college's academic information system (SIA, 'KeadaanDosen'): one row per PRODI with the jenjang in brackets, a
  band headed 'PANGKAT' over the academic ranks (Guru Besar … Tenaga Pengajar) and their TOTAL, a band 'PENDIDIKAN
  TERAKHIR' over S2 | S3; the TOTAL counts every DPK/DTY lecturer, those with no rank too, so it exceeds the five
  ranks where a lecturer has none; the TOTAL row leaves S2 and S3 EMPTY (the view sums them and never prints them);
- a SCHOOL's 'Rekap Sarana Prasarana Bulanan': one table PER KELAS stacked down the page (the class name a heading
  row above each), Barang | Kondisi Baik | Rusak Ringan | Rusak Berat | Jumlah Total | 'Perbandingan (vs May 2024)'
  whose cells hold the month-on-month differences as text ('Baik: +2 R. Ringan: -1 R. Berat: 0'), the same item in
  several classes, and 'Data bulan lalu tidak ada' for a class with no previous snapshot;
- a SCHOOL's lending application's 'Stok & Kondisi Barang' report: Tersedia (Baik) | Dipinjam | Rusak Berat | Total
  Unit, every count printed with its unit ('12 unit'), the item's name and its merk in one cell, and a 'Dipinjam'
  column (units on loan) that is the database's jumlah_kurang_baik field.

What was searched and not found (corpus `code`, `find_string`): SIMPEG/SIASN exports of DUK or bezetting of kinds
the corpus lacks (bezetting appears only as FAQ prose; DUK prints are in the corpus); a Kemenag/kementerian UPT staff
recap; SIMDA BMD / SIMBADA KIR exports with per-unit B/KB/RB counts beyond those in the corpus (the KIR prints found
carry the 'Keadaan Barang (B/KB/RB)' column the corpus has); a puskesmas staff table by golongan (a 'SDM PUSKESMAS
SILIWANGI' page counts staff by profession only, no dimension of the staff dataset). Seen and left out: Kabupaten
Sanggau's 'Daftar Nominatif Pegawai yang telah Pensiun' (search index file id 48654816352: retirees, not the
agency's staff, and its 'Pendidikan Terakhir' prints the jurusan only); a disciplinary recap of working hours
(search index file id 53957938421: only the staff who broke the rules); a room inventory whose Kondisi Barang band
holds check-mark icons (search index file id 5410242929: pasted, the icons leave the cells empty); an
'Usulan Penghapusan' input grid with a 'Kadaluarsa' condition (search index file id 43022479528: an input form, no
export); a Dinas Kehutanan staff list (search index file id 22550177347: the roster shape the corpus has many of).
"""

from __future__ import annotations

from layouts.case import Layout, asset

# ------------------------------------------------------------------ staff: UNNES 'Datanes', jabatan akademik × L/P

_UNNES_SOURCE = ("public GitHub Next.js dashboard 'Datanes' ('data unnes'; search index file id 47684960178): pages "
                 "render pegawai_12_10_2022.json as h2 'Jumlah Tenaga Kependidikan PNS' / h2 'Menurut Golongan', a "
                 "table No | Unit Kerja | Tenaga Pengajar | Asisten Ahli | Lektor | Lektor Kepala | Profesor (each "
                 "colSpan 2 over L | P) | Jumlah, rows FIP, FBS, FIS, FMIPA, FT, FIK, FE, FH, UPP SEMARANG, "
                 "countPegawai(…, 'DOSEN', unit, …, 'Laki-laki' / 'Perempuan', …, jabfung) || '' per cell, a 'Jumlah' "
                 "row (rowSpan 2, colSpan 2) and a row of L + P per rank (colSpan 2)")
_RANKS = ["Tenaga Pengajar", "Asisten Ahli", "Lektor", "Lektor Kepala", "Profesor"]
#: invented lecturers per faculty: (men, women) per rank in _RANKS order
_UNNES = [
    ("FIP", [(1, 2), (6, 9), (12, 15), (10, 8), (3, 1)]),
    ("FBS", [(2, 3), (8, 14), (15, 19), (9, 11), (2, 2)]),
    ("FIS", [(0, 1), (5, 4), (10, 7), (8, 5), (2, 0)]),
    ("FMIPA", [(3, 2), (9, 10), (14, 13), (16, 9), (5, 2)]),
    ("FT", [(4, 1), (12, 5), (17, 6), (11, 3), (2, 0)]),
    ("FIK", [(2, 0), (7, 3), (9, 4), (6, 2), (1, 0)]),
    ("FE", [(1, 3), (6, 8), (11, 12), (7, 6), (1, 1)]),
    ("FH", [(2, 1), (5, 4), (6, 3), (4, 2), (1, 0)]),
    ("UPP SEMARANG", [(0, 0), (1, 0), (0, 1), (0, 0), (0, 0)]),
]


def _blank(count: int):
    """countPegawai(...) || '': a count of 0 prints nothing."""
    return count or None


def _unnes_rows() -> list[list]:
    """The two headings, the two-row header, one row per faculty, the two total rows."""
    width = 2 + 2 * len(_RANKS) + 1
    rows: list[list] = [
        ["Jumlah Tenaga Kependidikan PNS", *[None] * (width - 1)],
        ["Menurut Golongan", *[None] * (width - 1)],
        ["No", "Unit Kerja", *[cell for rank in _RANKS for cell in (rank, None)], "Jumlah"],
        [None, None, *["L", "P"] * len(_RANKS), None],
    ]
    for no, (unit, pairs) in enumerate(_UNNES, start=1):
        rows.append([no, unit, *[_blank(c) for pair in pairs for c in pair], _blank(sum(m + w for m, w in pairs))])
    men = [sum(pairs[i][0] for _, pairs in _UNNES) for i in range(len(_RANKS))]
    women = [sum(pairs[i][1] for _, pairs in _UNNES) for i in range(len(_RANKS))]
    rows.append(["Jumlah", None, *[_blank(c) for pair in zip(men, women) for c in pair], sum(men) + sum(women)])
    rows.append([None, None, *[cell for m, w in zip(men, women) for cell in (_blank(m + w), None)], None])
    return rows


_UNNES_LAST = 4 + len(_UNNES) + 2
_UNNES_MERGED = ["A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:H3", "I3:J3", "K3:L3", "M3:M4",
                 f"A{_UNNES_LAST - 1}:B{_UNNES_LAST}", f"M{_UNNES_LAST - 1}:M{_UNNES_LAST}",
                 *(f"{a}{_UNNES_LAST}:{b}{_UNNES_LAST}" for a, b in ("CD", "EF", "GH", "IJ", "KL"))]

# ------------------------------------------------------------------ staff: SIA 'KeadaanDosen', pangkat and pendidikan

_SIA_SOURCE = ("public GitHub Laravel academic information system (SIA) of a college, app/Http/Controllers trait "
               "KeadaanDosen, KeadaanDosenIndex() (search index file id 37171896340): NO | PRODI (rowspan 2) | "
               "'PANGKAT' (colspan 6: Guru Besar | Lektor Kepala | Lektor | Asisten Ahli | Tenaga Pengajar | TOTAL) | "
               "'PENDIDIKAN TERAKHIR' (colspan 2: S2 | S3); rows Sia::listProdi() as nm_prodi (jenjang), counts of "
               "dosen whereIn jenis_dosen DPK, DTY; a TOTAL row (colspan 2) whose S2 and S3 cells are left empty")
#: invented prodi: (name (jenjang), [Guru Besar, Lektor Kepala, Lektor, Asisten Ahli, Tenaga Pengajar], no rank, S2, S3)
_SIA = [
    ("Keperawatan (S1)", [0, 2, 5, 6, 3], 1, 14, 3),
    ("Pendidikan Profesi Ners (Profesi)", [0, 1, 3, 4, 2], 0, 9, 1),
    ("Kebidanan (D3)", [0, 0, 2, 5, 4], 2, 13, 0),
    ("Farmasi (S1)", [1, 2, 4, 3, 1], 0, 7, 4),
    ("Administrasi Rumah Sakit (S1)", [0, 1, 2, 3, 2], 1, 8, 1),
    ("Teknologi Laboratorium Medis (D4)", [0, 0, 3, 4, 1], 0, 8, 0),
]


def _sia_rows() -> list[list]:
    """The two-row header band, one row per prodi, the TOTAL row with empty S2 and S3."""
    rows: list[list] = [
        ["NO", "PRODI", "PANGKAT", None, None, None, None, None, "PENDIDIKAN TERAKHIR", None],
        [None, None, "Guru Besar", "Lektor Kepala", "Lektor", "Asisten Ahli", "Tenaga Pengajar", "TOTAL", "S2", "S3"],
    ]
    totals = [0] * 5
    for no, (prodi, ranks, unranked, s2, s3) in enumerate(_SIA, start=1):
        assert sum(ranks) + unranked == s2 + s3
        rows.append([no, prodi, *ranks, sum(ranks) + unranked, s2, s3])
        totals = [t + r for t, r in zip(totals, ranks)]
    rows.append(["TOTAL", None, *totals, sum(sum(r) + u for _, r, u, _, _ in _SIA), None, None])
    return rows


_SIA_MERGED = ["A1:A2", "B1:B2", "C1:H1", "I1:J1", f"A{3 + len(_SIA)}:B{3 + len(_SIA)}"]

# ------------------------------------------------------------------ assets: school, rekap sarana prasarana bulanan

_REKAP_SOURCE = ("public GitHub Laravel application of a school's sarana prasarana (search index file id "
                 "27211472444), resources/views rekap index: h1 'Rekap Sarana Prasarana Bulanan', then @forelse "
                 "($rekaps as $namaKelas => $rekapPerKelas) a card with h5 {{ $namaKelas }} and a table Barang | "
                 "Kondisi Baik | Rusak Ringan | Rusak Berat | Jumlah Total | Perbandingan (vs {{ $prevBulan->format("
                 "'F Y') }}), the last cell the badges 'Baik: +n', 'R. Ringan: +n', 'R. Berat: +n' or 'Data bulan "
                 "lalu tidak ada'")
#: invented snapshot of June 2024 per kelas: (barang, baik, rusak ringan, rusak berat, previous (baik, rr, rb) or None)
_REKAP = [
    ("Kelas VII A", [
        ("Meja Siswa", 30, 2, 0, (31, 1, 0)),
        ("Kursi Siswa", 29, 2, 1, (29, 2, 1)),
        ("Papan Tulis", 1, 0, 0, (1, 0, 0)),
        ("Kipas Angin", 1, 1, 0, (2, 0, 0)),
    ]),
    ("Kelas VII B", [
        ("Meja Siswa", 28, 3, 1, (28, 3, 1)),
        ("Kursi Siswa", 30, 1, 1, (28, 2, 2)),
        ("Papan Tulis", 1, 0, 0, (1, 0, 0)),
        ("Proyektor", 0, 0, 1, (1, 0, 0)),
    ]),
    ("Kelas VIII A", [
        ("Meja Siswa", 32, 0, 0, None),
        ("Kursi Siswa", 31, 1, 0, None),
        ("Papan Tulis", 1, 0, 0, None),
        ("Lemari Kelas", 0, 1, 0, None),
    ]),
]


def _badge(diff: int) -> str:
    return f"{'+' if diff > 0 else ''}{diff}"


def _rekap_rows() -> list[list]:
    """The page heading, then per kelas its heading row, its header row, its item rows and an empty row."""
    rows: list[list] = [["Rekap Sarana Prasarana Bulanan", None, None, None, None, None], [None] * 6]
    for kelas, items in _REKAP:
        rows.append([kelas, None, None, None, None, None])
        rows.append(["Barang", "Kondisi Baik", "Rusak Ringan", "Rusak Berat", "Jumlah Total",
                     "Perbandingan (vs May 2024)"])
        for barang, baik, rr, rb, prev in items:
            if prev is None:
                compare = "Data bulan lalu tidak ada"
            else:
                compare = (f"Baik: {_badge(baik - prev[0])} R. Ringan: {_badge(rr - prev[1])} "
                           f"R. Berat: {_badge(rb - prev[2])}")
            rows.append([barang, baik, rr, rb, baik + rr + rb, compare])
        rows.append([None] * 6)
    return rows[:-1]


def _rekap_expected() -> list[dict]:
    """Each item summed over the classes: good = Kondisi Baik, damaged = Rusak Ringan + Rusak Berat."""
    order: dict[str, list[int]] = {}
    for _, items in _REKAP:
        for barang, baik, rr, rb, _ in items:
            pair = order.setdefault(barang, [0, 0])
            pair[0] += baik
            pair[1] += rr + rb
    return [asset(name, good, damaged) for name, (good, damaged) in order.items()]


# ------------------------------------------------------------------ assets: school lending app, stok & kondisi barang

_STOK_SOURCE = ("public GitHub Laravel application of a school's sarana prasarana lending (search index file id "
                "71223094334), the admin 'Laporan Sarana & Prasarana' view, jenis_laporan 'stok' ('Laporan 4 — Stok & "
                "Kondisi Barang'): h2 '📊 Laporan Data Barang', h3 '📋 Daftar Stok & Kondisi Barang', a table No | "
                "Kode Barang | Nama Barang (<strong>nama_barang</strong><br><small>merk_model</small>) | Kategori | "
                "Tahun Pembelian | Tersedia (Baik) ({{ jumlah_baik }} unit) | Dipinjam ({{ jumlah_kurang_baik }} "
                "unit) | Rusak Berat ({{ jumlah_rusak_berat }} unit) | Total Unit (the three added, ' unit')")
#: invented items: (kode, nama, merk/model or None, kategori, tahun, baik, dipinjam, rusak berat)
_STOK = [
    ("ELK-001", "Proyektor", "Epson EB-X500", "Elektronik", 2021, 6, 2, 1),
    ("ELK-002", "Laptop", "Lenovo IdeaPad Slim 3", "Elektronik", 2022, 14, 5, 1),
    ("ELK-003", "Speaker Portable", "Polytron PAS 8E", "Elektronik", 2020, 3, 1, 2),
    ("OLR-001", "Bola Basket", "Molten B7G", "Olahraga", 2023, 8, 2, 0),
    ("OLR-002", "Net Bulu Tangkis", None, "Olahraga", 2019, 2, 0, 1),
    ("LAB-001", "Mikroskop", "Olympus CX23", "Laboratorium", 2018, 9, 0, 3),
    ("KTR-001", "Kamera Digital", "Canon EOS 1500D", "Dokumentasi", None, 1, 1, 0),
]


def _unit(count: int) -> str:
    return f"{count} unit"


def _stok_rows() -> list[list]:
    """The page and table headings, the header row, one row per item."""
    rows: list[list] = [
        ["📊 Laporan Data Barang", *[None] * 8],
        ["📋 Daftar Stok & Kondisi Barang", *[None] * 8],
        ["No", "Kode Barang", "Nama Barang", "Kategori", "Tahun Pembelian", "Tersedia (Baik)", "Dipinjam",
         "Rusak Berat", "Total Unit"],
    ]
    for no, (kode, nama, merk, kategori, tahun, baik, pinjam, rb) in enumerate(_STOK, start=1):
        rows.append([no, kode, f"{nama}\n{merk or '-'}", kategori, tahun or "-", _unit(baik), _unit(pinjam), _unit(rb),
                     _unit(baik + pinjam + rb)])
    return rows


# ------------------------------------------------------------------ the cases

CASES: list[Layout] = [
    Layout(
        id="staff-unnes-datanes-dosen-jabatan-akademik-l-p-per-fakultas-judul-tendik-golongan-sel-kosong",
        dataset="staff",
        agency=("Universitas Negeri Semarang (UNNES), its lecturers per faculty in the 'Datanes' dashboard (figures "
                "invented) — perguruan tinggi negeri (kementerian), dashboard view"),
        source=_UNNES_SOURCE,
        year=2022,
        sheets={"Datanes": _unnes_rows()},
        merged={"Datanes": _UNNES_MERGED},
        expected={"gender": {"Laki-laki": sum(m for _, pairs in _UNNES for m, _ in pairs),
                             "Perempuan": sum(w for _, pairs in _UNNES for _, w in pairs)}},
        findings=(),
        note=("The page pasted into a sheet. Its two headings say 'Jumlah Tenaga Kependidikan PNS' 'Menurut "
              "Golongan', but the view counts Jenis 'DOSEN' (lecturers, not tenaga kependidikan), of every status "
              "(status 0: not only PNS), by Jabatan Fungsional (not golongan): the columns are the five academic ranks "
              "Tenaga Pengajar | Asisten Ahli | Lektor | Lektor Kepala | Profesor, each merged over L | P. A careful "
              "analyst reads the sex (L = Laki-laki, P = Perempuan, added over the faculties and ranks: 256 men, 202 "
              "women, 458 lecturers) and no golongan at all (the ranks are jabatan, not golongan ruang). Faculties "
              "by their acronyms (FIP … FH, and UPP SEMARANG, a campus unit with two lecturers); a count of 0 "
              "prints nothing (countPegawai(...) || ''), so many cells are empty. Jumlah is every lecturer of the "
              "unit; here every lecturer has one of the five ranks, so it equals the row's L + P. Two total rows: "
              "'Jumlah' (merged over two rows and two columns) with the L and P totals and the grand total (merged "
              "down), then one row of L + P per rank, each merged over its two columns. Totals hold; no NIP, no "
              "education, no golongan. Figures invented."),
    ),
    Layout(
        id="staff-sia-keadaan-dosen-prodi-band-pangkat-jabatan-akademik-pendidikan-s2-s3-total-kosong",
        dataset="staff",
        agency=("a health college's lecturers per study programme in its academic information system (SIA; the "
                "college not named in the code, prodi invented) — perguruan tinggi (sekolah tinggi), SIA view"),
        source=_SIA_SOURCE,
        year=2024,
        sheets={"Keadaan Dosen": _sia_rows()},
        merged={"Keadaan Dosen": _SIA_MERGED},
        expected={"education": {"S2": sum(s2 for *_, s2, _ in _SIA), "S3": sum(s3 for *_, s3 in _SIA)}},
        findings=(),
        note=("The modal's table pasted into a sheet. The band headed 'PANGKAT' holds no pangkat or golongan: its "
              "columns are the academic ranks (jabatan_fungsional 4 Guru Besar, 3 Lektor Kepala, 2 Lektor, 1 Asisten "
              "Ahli, 5 Tenaga Pengajar) and the prodi's TOTAL of DPK/DTY lecturers, which also counts those with no "
              "rank (Keperawatan 16 ranked + 1 = 17, Kebidanan 11 + 2 = 13, Administrasi Rumah Sakit 8 + 1 = 9): "
              "TOTAL is larger than the five ranks there, and that is no mistake. 'PENDIDIKAN TERAKHIR' S2 | S3 "
              "counts pendidikan_tertinggi; every lecturer here holds one of the two, so S2 + S3 = TOTAL on each row "
              "(59 S2, 9 S3, 68 lecturers). The TOTAL row, label merged over NO and PRODI, sums the ranks and the "
              "lecturers but leaves S2 and S3 EMPTY (the view adds $tot_s2 and $tot_s3 and never prints them): the "
              "analyst adds the rows. Prodi names carry the jenjang in brackets ('Kebidanan (D3)'); no sex, no "
              "golongan. Figures invented."),
    ),
    Layout(
        id="assets-sekolah-rekap-sarpras-bulanan-tabel-per-kelas-perbandingan-bulan-lalu-teks",
        dataset="assets",
        agency=("a school's classrooms in its sarana prasarana application (the school not named in the code; "
                "figures invented) — sekolah, sarpras monthly recap view"),
        source=_REKAP_SOURCE,
        year=2024,
        sheets={"Rekap Juni 2024": _rekap_rows()},
        expected=_rekap_expected(),
        findings=(),
        note=("The page for June 2024 pasted into a sheet: the heading, then ONE TABLE PER KELAS one under the other, "
              "each under a row holding only the class name, with its own header row (Barang | Kondisi Baik | Rusak "
              "Ringan | Rusak Berat | Jumlah Total | Perbandingan (vs May 2024)) and an empty row between the tables. "
              "The same items stand in several classes: a careful analyst adds them over the classes (Meja Siswa "
              "30 + 28 + 32 = 90 good, 2 + (3 + 1) + 0 = 6 damaged); good = Kondisi Baik, damaged = Rusak Ringan + "
              "Rusak Berat. The 'Perbandingan' column is text, the differences with the previous month's snapshot as "
              "the badges print them ('Baik: -1 R. Ringan: +1 R. Berat: 0'; the month named in English by Carbon's "
              "format('F Y')), or 'Data bulan lalu tidak ada' for Kelas VIII A: none of it is a count of units. "
              "Jumlah Total is the snapshot's jumlah and equals the three conditions on every row. No total row. "
              "Figures invented."),
    ),
    Layout(
        id="assets-sekolah-peminjaman-stok-kondisi-tersedia-baik-dipinjam-rusak-berat-angka-unit-teks",
        dataset="assets",
        agency=("a school's lending application for sarana prasarana (the school not named in the code; figures "
                "invented) — sekolah, 'Stok & Kondisi Barang' report view"),
        source=_STOK_SOURCE,
        year=2025,
        sheets={"Stok & Kondisi": _stok_rows()},
        expected=[asset(nama, baik + pinjam, rb) for _, nama, _, _, _, baik, pinjam, rb in _STOK],
        findings=(),
        note=("The report's desktop table pasted into a sheet under the page heading and the table heading (emoji "
              "kept as the view prints them). Every count is text with its unit ('6 unit'); the Nama Barang cell "
              "holds the item's name and, on a second line, its merk/model ('Proyektor\\nEpson EB-X500', '-' when "
              "there is none); Tahun Pembelian '-' when empty. The condition columns are Tersedia (Baik) | Dipinjam "
              "| Rusak Berat, and Total Unit is the three added. 'Dipinjam' is the units on loan: the view fills it "
              "from the field jumlah_kurang_baik, which this lending application uses for that (its summary card "
              "calls the same total 'Sedang Dipinjam'). A unit on loan is not damaged: a careful analyst counts good "
              "= Tersedia (Baik) + Dipinjam and damaged = Rusak Berat, so good + damaged = Total Unit (Laptop 14 + 5 "
              "= 19 good, 1 damaged). Reading the lent units as neither good nor damaged would leave Total Unit "
              "unexplained; reading the field's name (kurang baik) into the table is what the printed page does not "
              "say. No total row. Figures invented."),
    ),
]
