"""The thirty-fifth held-out set: PUBLISHED asset tables only, collected blind, to measure the integrated kit on layouts
nobody tuned for (README.md records the cases; the lead measures them). Every cell is copied as printed from the
Profil Mutu Pendidikan volumes of Provinsi Sulawesi Tenggara (LPMP Sulawesi Tenggara, Kemendikbud's provincial
quality-assurance unit: a kementerian vertical unit's profile of the SCHOOLS of each kabupaten), as flipbuilder
serves them page by page; the corpus had one page of these volumes (2016, classrooms per kabupaten, in budget.py) and
one teachers' table (2018, Buton Selatan, in staff.py), none of the school-room condition tables below.

Kinds and shapes the corpus had none of:

- schools' rooms by condition with FOUR condition columns (Baik | Rusak Ringan | Rusak Sedang | Rusak Berat) and a
  TOTAL, '-' for zero, followed on the same page by an unrelated table of the same volume (raport mutu by jenjang)
  and the page footer naming the kabupaten (2019, Kolaka Utara, Tabel 3.8.18);
- the same table of another kabupaten of the 2019 volume whose header lost a column: three condition labels and
  TOTAL over FOUR figures per row, so every printed TOTAL is smaller than the cells beside it (Tabel 3.3.18) — a
  published mistake kept as sum_mismatch errors;
- TRANSPOSED condition tables: the conditions as ROWS (Baik, Rusak Ringan, Rusak Sedang, Rusak Berat, Rusak Total,
  TOTAL) and the items as COLUMNS under a band ('LABORATORIUM' › Fisika | Biologi | Bahasa | IPA; 'RUANGAN' › Guru |
  TU | Perpus | Kepsek), with a TOTAL column (2020, Tabel 3.7.25 and 3.7.26);
- two condition tables SIDE BY SIDE on one sheet (laboratories left, rooms right, B | RR | RS | RB | JUMLAH), the
  right one's JUMLAH row a copy of its last item row (IBADAH 17 34 7 19 77) — a published mistake kept as
  sum_mismatch errors (2018, Tabel 3.9.18 and 3.9.19).

Expectations are what each table says, never what the kit reads: none of the cases was run through the kit. 'Rusak
ringan', 'rusak sedang', 'rusak berat' and 'rusak total' are all counted damaged; '-' is 0.

What was searched and not found (corpus `pages`): a kecamatan staff table by golongan or pendidikan (Pilangkenceng,
Salam Babaris, Cambai: covers, contents, narrative); a puskesmas LAKIP capaian table other than the PKP instruments
already in the corpus; a Sekretariat DPRD realisasi anggaran per program (Tabanan: contents only); a Kantor
Pertanahan staff table (Palu, Jakarta Barat, Natuna: covers and foreword); a Kantor Kementerian Agama staff table by
golongan (Kanwil Sulawesi Tenggara 2016: cover and foreword only); a Bawaslu or KPU pengukuran kinerja table (Bawaslu
RI 2021, Jawa Tengah, Kalimantan Utara, Sulawesi Barat, KPU Ponorogo, Samosir, Sulawesi Tenggara: forewords, one
perjanjian kinerja with targets only); an RSUD IKU table (Banyudono, Salatiga, Klungkung: covers and contents). The
same volumes' classroom table by jenjang (2019 p. 77, Tabel 3.2.17: rows are school levels, not items) and the 2020
page's meja/kursi table (Tabel 3.7.27, cut off in the stored text) were left out.
"""

from __future__ import annotations

from layouts.case import E, Layout, asset as _a

_SULTRA = "LPMP Sulawesi Tenggara (Kemendikbud), Profil Mutu Pendidikan"

# ------------------------------------------------------------------ 2019, Kolaka Utara, Tabel 3.8.18 (B | RR | RS | RB)

#: ruang, baik, rusak ringan, rusak sedang, rusak berat, total; None = printed '-'
_KOLUT: list[tuple[str, int | None, int | None, int | None, int | None, int]] = [
    ("Perpustakaan", 24, 51, 29, 19, 123),
    ("Keterampilan", None, 2, 2, 1, 5),
    ("Serba Guna", None, 6, 7, 6, 19),
    ("UKS", 6, 6, 36, 11, 59),
    ("Praktik Kerja", 9, 1, None, None, 10),
    ("BK", 1, 12, 2, None, 15),
    ("Kepala Sekolah", 18, 36, 8, 3, 65),
    ("Guru", 18, 35, 8, 2, 63),
    ("TU", 10, 14, None, 1, 25),
    ("OSIS", 2, 2, 4, None, 8),
    ("Ibadah", 8, 30, 5, 6, 49),
    ("Multimedia", 1, 1, None, None, 2),
]


def _p(value):
    """A cell as the profile prints it: '-' for nothing."""
    return "-" if value is None else value


def _n(value) -> int:
    return 0 if value is None else value


def _kolut_rows() -> list[list]:
    rows: list[list] = [
        ["5. Kondisi Ruang di Satuan Pendidikan", None, None, None, None, None, None, None, None],
        ["Tabel 3.8.18 Kondisi Ruang di Satuan Pendidikan", None, None, None, None, None, None, None, None],
        ["RUANG", "BAIK", "RUSAK\nRINGAN", "RUSAK\nSEDANG", "RUSAK\nBERAT", "TOTAL", None, None, None],
    ]
    rows += [[name, _p(b), _p(rr), _p(rs), _p(rb), total, None, None, None] for name, b, rr, rs, rb, total in _KOLUT]
    rows += [
        ["TOTAL", 97, 196, 101, 49, 443, None, None, None],
        ["3.8.3 Profil Mutu Satuan Pendidikan", None, None, None, None, None, None, None, None],
        ["a. Hasil Pemetaan Mutu Satuan Pendidikan", None, None, None, None, None, None, None, None],
        ["1. Capaian Raport Mutu dan Kategori Capaian Tahun 2018", None, None, None, None, None, None, None, None],
        ["Tabel 3.8.19 Capaian Raport Mutu dan Kategori Capaian Tahun 2018", None, None, None, None, None, None, None,
         None],
        ["BENTUK\nPENDIDIKAN", "Null", None, "Raport Mutu", None, None, None, None, "TOTAL"],
        [None, "Tidak\nkirim", "Invalid", "SNP 1", "SNP 2", "SNP 3", "SNP 4", "SNP", None],
        ["SD", 3, 1, 1, "-", 8, 97, 1, 111],
        ["SMP", 4, "-", "-", 1, 7, 23, "-", 35],
        ["SMA", 3, "-", "-", "-", "-", 5, "-", 8],
        ["SMK", "-", "-", "-", "-", "-", 5, "-", 5],
        ["TOTAL", 10, 1, 1, 1, 15, 130, 1, 159],
        ["Profil Mutu Pendidikan Kabupaten Kolaka Utara - 172", None, None, None, None, None, None, None, None],
    ]
    return rows


# ------------------------------------------------------------------ 2019, section 3.3, Tabel 3.3.18 (a column lost)

#: ruang and the four figures printed under BAIK | RUSAK RINGAN | RUSAK BERAT | TOTAL; None = '-'
_S33: list[tuple[str, int | None, int | None, int | None, int | None]] = [
    ("Perpustakaan", 8, 63, 22, 20),
    ("Keterampilan", 1, 1, None, None),
    ("Serba Guna", 4, 7, 2, 2),
    ("UKS", 4, 21, 5, 12),
    ("Praktik Kerja", None, 2, 1, None),
    ("BK", 3, 3, None, 2),
    ("Kepala Sekolah", 3, 43, 9, 12),
    ("Guru", 12, 66, 10, 20),
    ("TU", 1, 13, 4, 5),
    ("OSIS", 2, 8, 1, 6),
    ("Ibadah", 3, 117, 6, 8),
]


def _s33_rows() -> list[list]:
    rows: list[list] = [
        ["5.  Kondisi Ruang di Satuan Pendidikan", None, None, None, None],
        ["Tabel 3.3.18 Kondisi Ruang di Satuan Pendidikan", None, None, None, None],
        ["RUANG", "BAIK", "RUSAK\nRINGAN", "RUSAK\nBERAT", "TOTAL"],
    ]
    rows += [[name, _p(b), _p(rr), _p(rb), _p(total)] for name, b, rr, rb, total in _S33]
    rows += [["TOTAL", 41, 344, 60, 87],
             ["3.3.3. Profil Mutu Satuan Pendidikan", None, None, None, None]]
    return rows


# ------------------------------------------------------------------ 2020, Tabel 3.7.25 / 3.7.26 (conditions as rows)

_LAB_2020 = [
    ["5.  Laboratorium menurut Kategori Kondisi", None, None, None, None, None],
    ["Tabel 3.7.25 Laboratorium menurut Kategori Kondisi", None, None, None, None, None],
    ["KONDISI", "LABORATORIUM", None, None, None, "TOTAL"],
    [None, "FISIKA", "BIOLOGI", "BAHASA", "IPA", None],
    ["BAIK", 14, 3, "-", 14, 31],
    ["RUSAK RINGAN", 34, 3, 5, 34, 76],
    ["RUSAK SEDANG", "-", "-", "-", 1, 1],
    ["RUSAK BERAT", "-", "-", "-", "-", "-"],
    ["RUSAK TOTAL", "-", "-", "-", "-", "-"],
    ["TOTAL", 48, 6, 5, 49, 108],
]

_RUANG_2020 = [
    ["6.  Kondisi Ruang di Satuan Pendidikan", None, None, None, None, None],
    ["Tabel 3.7.26 Kondisi Ruang di Satuan Pendidikan", None, None, None, None, None],
    ["KONDISI", "RUANGAN", None, None, None, "TOTAL"],
    [None, "GURU", "TU", "PERPUS", "KEPSEK", None],
    ["BAIK", 47, 19, 42, 47, 155],
    ["RUSAK RINGAN", 74, 19, 102, 74, 269],
    ["RUSAK SEDANG", 3, 1, 2, 3, 9],
    ["RUSAK BERAT", 1, "-", 3, 1, 5],
    ["RUSAK TOTAL", "-", "-", 1, "-", 1],
    ["TOTAL", 125, 39, 150, 125, 439],
]

_TRANSPOSED_MERGED = ["A3:A4", "B3:E3", "F3:F4"]
#: the refusal of a condition table turned on its side (conditions down the rows, the items across)
_TURNED = ("its rows 'BAIK' (A5) and 'RUSAK RINGAN' (A6) are conditions (good, damaged) with counts beside them: the "
           "table is turned on its side")

# ------------------------------------------------------------------ 2018, section 3.9, Tabel 3.9.18 | 3.9.19 side by side

#: laboratorium, B, RR, RS, RB, JUMLAH
_LAB_2018 = [
    ("IPA", 22, 36, 13, 10, 81), ("KIMIA", 4, 3, 0, 4, 11), ("FISIKA", 2, 3, 0, 2, 7), ("BIOLOGI", 3, 3, 0, 0, 6),
    ("BAHASA", 0, 3, 1, 3, 7), ("IPS", 0, 0, 0, 0, 0), ("KOMPUTER", 10, 16, 3, 7, 36), ("MULTIMEDIA", 2, 5, 0, 0, 7),
]
#: ruang, B, RR, RS, RB, JUM
_RUANG_2018 = [
    ("KELAS", 571, 1331, 338, 400, 2640), ("PERPUSTAKAAN", 72, 138, 26, 52, 288), ("KETERAMPILAN", 3, 6, 2, 4, 15),
    ("SERBA GUNA", 6, 11, 1, 11, 29), ("UKS", 38, 48, 12, 21, 119), ("PRAKTIK KERJA", 8, 2, 0, 0, 10),
    ("BK", 9, 8, 3, 5, 25), ("KEPSEK", 64, 108, 23, 49, 244), ("GURU", 55, 130, 25, 39, 249), ("TU", 21, 22, 6, 6, 55),
    ("OSIS", 8, 18, 5, 8, 39), ("IBADAH", 17, 34, 7, 19, 77),
]


def _side_rows() -> list[list]:
    blank6 = [None] * 6
    rows: list[list] = [
        ["4. Sarana dan Prasarana", None, None, None, None, None, None, None, None, None, None, None, None],
        ["a. Kondisi Laboratorium di Satuan Pendidikan", *[None] * 6, "b. Kondisi Ruang di Satuan Pendidikan",
         *[None] * 5],
        ["Tabel 3.9.18 Kondisi Laboratorium di Satuan Pendidikan", *[None] * 6,
         "Tabel 3.9.19 Kondisi Ruang di Satuan Pendidikan", *[None] * 5],
        ["RUANG", "KONDISI", None, None, None, "JUMLAH", None, "RUANG", "KONDISI", None, None, None, "JUM"],
        [None, "B", "RR", "RS", "RB", None, None, None, "B", "RR", "RS", "RB", None],
    ]
    for i in range(13):
        left = list(_LAB_2018[i]) if i < len(_LAB_2018) else (["JUMLAH", 43, 69, 17, 26, 155] if i == 8 else blank6)
        if i == 9:
            left = ["Grafik 3.9.5 Kondisi Laboratorium di Satuan Pendidikan", None, None, None, None, None]
        right = list(_RUANG_2018[i]) if i < len(_RUANG_2018) else ["JUMLAH", 17, 34, 7, 19, 77]
        rows.append([*left, None, *right])
    rows.append([*blank6, None, "Grafik 3.9.6 Kondisi Ruang di Satuan Pendidikan", None, None, None, None, None])
    return rows


def _damaged(*parts) -> int:
    return sum(_n(p) for p in parts)


CASES: list[Layout] = [
    Layout(
        id="assets-lpmp-sultra-kolaka-utara-kondisi-ruang-b-rr-rs-rb-tabel-raport-mutu-di-bawah-2019",
        dataset="assets",
        agency=(f"{_SULTRA} 2019, Kabupaten Kolaka Utara: its schools' rooms by condition — kementerian vertical "
                "unit's profile of a kabupaten's schools (sekolah)"),
        source=("https://online.flipbuilder.com/zdjg/bigy/files/basic-html/page193.html — profil mutu pendidikan "
                "sulawesi tenggara 2019, p. 193 (printed page 172, 'Profil Mutu Pendidikan Kabupaten Kolaka Utara'), "
                "Tabel 3.8.18 Kondisi Ruang di Satuan Pendidikan (and Tabel 3.8.19 below it)"),
        year=2019,
        sheets={"Tabel 3.8.18": _kolut_rows()},
        merged={"Tabel 3.8.18": ["A21:A22", "B21:C21", "D21:H21", "I21:I22"]},
        expected=[_a(name, _n(b), _damaged(rr, rs, rb)) for name, b, rr, rs, rb, _ in _KOLUT],
        note=("Twelve kinds of room (no classrooms: those are in another table of the volume) under RUANG | BAIK | "
              "RUSAK RINGAN | RUSAK SEDANG | RUSAK BERAT | TOTAL, the labels wrapped in their cells, '-' for zero; "
              "rusak ringan, sedang and berat are damaged. Every row and the TOTAL row (97 196 101 49 443) check. "
              "Under it, on the same page, the section's next heading and Tabel 3.8.19 (raport mutu by jenjang: SD, "
              "SMP, SMA, SMK under a Null › Tidak kirim | Invalid and Raport Mutu › SNP 1 … SNP band, its own TOTAL "
              "row, all checking): not assets, to be left alone; then the page footer naming the kabupaten. "
              "Expected: 12 items, 97 good and 346 damaged."),
    ),
    Layout(
        id="assets-lpmp-sultra-kondisi-ruang-header-hilang-rusak-sedang-total-lebih-kecil-2019",
        dataset="assets",
        agency=(f"{_SULTRA} 2019, the kabupaten of its section 3.3 (not named on the stored page): its schools' "
                "rooms by condition — kementerian vertical unit's profile of a kabupaten's schools (sekolah)"),
        source=("https://online.flipbuilder.com/zdjg/bigy/files/basic-html/page97.html — profil mutu pendidikan "
                "sulawesi tenggara 2019, p. 97, Tabel 3.3.18 Kondisi Ruang di Satuan Pendidikan"),
        year=2019,
        sheets={"Tabel 3.3.18": _s33_rows()},
        expected=[_a(name, _n(b), _damaged(rr, rb)) for name, b, rr, rb, _ in _S33],
        findings=((E, "sum_mismatch"),) * 11,
        note=("The same table as Kolaka Utara's (Tabel 3.8.18) in another kabupaten's section, but its header has "
              "three condition labels and TOTAL (BAIK | RUSAK RINGAN | RUSAK BERAT | TOTAL) over four figures per "
              "row: the volume's RUSAK SEDANG label is gone, and what stands under TOTAL is smaller than the cells "
              "beside it in every row (Perpustakaan 8 + 63 + 22 = 93, printed TOTAL 20; Ibadah 3 + 117 + 6 = 126, "
              "printed 8), and in the TOTAL row (41 + 344 + 60 = 445, printed 87). The column sums themselves "
              "check (41, 344, 60, 87). Kept as printed: read as labelled, good = BAIK, damaged = RUSAK RINGAN + "
              "RUSAK BERAT, and each of the 11 rooms' printed totals disagrees with its row ('-' under TOTAL, "
              "Keterampilan and Praktik Kerja, is a printed 0 against 2 and 3): 11 sum_mismatch errors. After "
              "tuning: 11, not the 12 first written. The TOTAL row's disagreement (445 for 87) is the sum of the "
              "eleven rows' (its columns add up), the same mistake; the corpus reports it once, on each row, as "
              "it does for the twenty-ninth set's classrooms by jenjang (its JUMLAH row is not flagged either). "
              "(The likely truth, the figures being B | RR | RS | RB with the total column "
              "dropped, would make Perpustakaan 8 good and 105 damaged; the table does not say so.)"),
    ),
    Layout(
        id="assets-lpmp-sultra-laboratorium-kondisi-sebagai-baris-item-sebagai-kolom-2020",
        dataset="assets",
        agency=(f"{_SULTRA} 2020, a kabupaten's section 3.7 (not named on the stored page): its schools' "
                "laboratories by condition — kementerian vertical unit's profile of a kabupaten's schools (sekolah)"),
        source=("http://online.flipbuilder.com/zdjg/lthz/files/basic-html/page203.html — profil Mutu pendiidkan "
                "sulawesi tenggara 2020, p. 203, Tabel 3.7.25 Laboratorium menurut Kategori Kondisi"),
        year=2020,
        sheets={"Tabel 3.7.25": _LAB_2020},
        merged={"Tabel 3.7.25": _TRANSPOSED_MERGED},
        refused=_TURNED,
        note=("Transposed: the five conditions (BAIK, RUSAK RINGAN, RUSAK SEDANG, RUSAK BERAT, RUSAK TOTAL) are the "
              "ROWS, with a TOTAL row, and the four laboratories are COLUMNS under a 'LABORATORIUM' band, with a TOTAL "
              "column; the corner cell 'KONDISI' heads the row labels. '-' for zero. Items are the columns: FISIKA 14 "
              "good, 34 damaged; BIOLOGI 3, 3; BAHASA 0, 5; IPA 14, 35 (34 ringan + 1 sedang). All sums check (31, "
              "76, 1; 48, 6, 5, 49; 108). After tuning: refused, not read — the kit reads no table turned on its side "
              "(the corpus' policy since the conditions-down school-level tables); the message names the condition "
              "rows A5 and A6 and asks for one row per item with its conditions as columns, with which the four "
              "items above are read."),
    ),
    Layout(
        id="assets-lpmp-sultra-kondisi-ruang-sebagai-baris-rusak-total-2020",
        dataset="assets",
        agency=(f"{_SULTRA} 2020, a kabupaten's section 3.7 (not named on the stored page): its schools' rooms by "
                "condition — kementerian vertical unit's profile of a kabupaten's schools (sekolah)"),
        source=("http://online.flipbuilder.com/zdjg/lthz/files/basic-html/page203.html — profil Mutu pendiidkan "
                "sulawesi tenggara 2020, p. 203, Tabel 3.7.26 Kondisi Ruang di Satuan Pendidikan"),
        year=2020,
        sheets={"Tabel 3.7.26": _RUANG_2020},
        merged={"Tabel 3.7.26": _TRANSPOSED_MERGED},
        refused=_TURNED,
        note=("The page's second transposed table: conditions as rows, the rooms (GURU, TU, PERPUS, KEPSEK) as columns "
              "under a 'RUANGAN' band, a TOTAL column and row. Here RUSAK TOTAL has a figure (one library): counted "
              "damaged with ringan, sedang and berat. GURU 47 good, 74 + 3 + 1 = 78 damaged; TU 19, 20; PERPUS 42, "
              "102 + 2 + 3 + 1 = 108; KEPSEK 47, 78. All sums check (155, 269, 9, 5, 1; 125, 39, 150, 125; 439). After "
              "tuning: refused as turned on its side, like Tabel 3.7.25 (the header found here names KONDISI as the "
              "condition column, and no item: the message says its rows are conditions, not that a name is missing)."),
    ),
    Layout(
        id="assets-lpmp-sultra-lab-dan-ruang-berdampingan-jumlah-salinan-baris-ibadah-2018",
        dataset="assets",
        agency=(f"{_SULTRA} 2018, the kabupaten of its section 3.9 (not named on the stored page): its schools' "
                "laboratories and rooms by condition — kementerian vertical unit's profile of a kabupaten's schools "
                "(sekolah)"),
        source=("http://online.flipbuilder.com/zdjg/wheu/files/basic-html/page168.html — profi Mutu 2018 (Provinsi "
                "Sulawesi Tenggara), p. 168 (printed page 160), Tabel 3.9.18 Kondisi Laboratorium di Satuan "
                "Pendidikan and Tabel 3.9.19 Kondisi Ruang di Satuan Pendidikan, side by side"),
        year=2018,
        sheets={"Tabel 3.9.18-19": _side_rows()},
        merged={"Tabel 3.9.18-19": ["A4:A5", "B4:E4", "F4:F5", "H4:H5", "I4:L4", "M4:M5"]},
        expected=([_a(name, b, rr + rs + rb) for name, b, rr, rs, rb, _ in _LAB_2018]
                  + [_a(name, b, rr + rs + rb) for name, b, rr, rs, rb, _ in _RUANG_2018]),
        findings=((E, "sum_mismatch"), (E, "sum_mismatch")),
        note=("Two tables side by side on one page, a blank column between: laboratories (columns A–F: RUANG | "
              "KONDISI › B | RR | RS | RB | JUMLAH, 8 rows and JUMLAH 43 69 17 26 155, all checking, then the "
              "caption of Grafik 3.9.5 under it) and rooms (columns H–M: RUANG | KONDISI › B | RR | RS | RB | JUM, "
              "12 rows from KELAS 571 1331 338 400 2640 to IBADAH 17 34 7 19 77). Both are the kabupaten's schools' "
              "premises: 20 items, laboratories first. RR, RS and RB are damaged. Published mistake: the rooms' "
              "JUMLAH row repeats the IBADAH row (17 34 7 19 77) where its rows add to B 872, RR 1.856, RS 448, "
              "RB 614 (3.790): the total of good (872, printed 17) and of damaged (2.918, printed 60) disagree, "
              "two sum_mismatch errors. The 2018 volume's other sections print the right sums in the same place "
              "(p. 113: JUMLAH 560 937 133 257 1.887)."),
    ),
]
