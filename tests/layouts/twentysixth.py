"""The twenty-sixth held-out set: PUBLISHED tables only, copied cell for cell and collected blind, to measure the
integrated kit on layouts nobody tuned for (README.md records the cases; the lead measures them). Two other collectors
took export layouts at the same time: a twenty-fourth set of staff and asset exports and a twenty-fifth set of
indicator and budget exports.

Kinds the corpus had none of:

- a kementerian directorate (eselon II of a Direktorat Jenderal: Direktorat Pemolaan dan Informasi Konservasi Alam,
  Ditjen KSDAE, Kementerian Lingkungan Hidup dan Kehutanan) and its 'Pencapaian IKK' table measured against a
  CUMULATIVE target ('Target s/d 2016', the Renstra's milestone to the year) with the Renstra's end target beside it,
  every target and realisation written with its unit in the cell ('60 Dokumen', '235 Unit', '521 Paket Data',
  '58 PKS'), two percentage columns (against the cumulative target and against the Renstra target) whose headings
  repeat the value column's ('Capaian s/d 2016' twice), and a RATA-RATA row of averaged percentages;
- a primary school's (sekolah dasar) furniture and building tables from a published study of the SD Negeri of one
  kecamatan: desks and chairs by class under two item bands ('Keadaan Meja' › B | RS | RB | Jml, 'Keadaan Kursi' ›
  …) with a pupils column between the class and the bands; building components (Tembok, Lantai, Plafon, Jendela,
  Ventilasi) whose 'RS' cells list the damaged classrooms' NUMBERS ('3, 6') while the 'B' cells count rooms; and
  blackboards by class under three letter bands of which only one is a condition ('Tekstur' › B | RS | RB), the
  others colour ('Warna' › C | PR | PS, 'pudar ringan' is not damage) and size ('Ukuran' › B | K | S, where B is
  'besar', not 'baik', and the cell holds the board's size '2,5 x 1,5').

Expectations are what each table says, never what the kit reads: none of the cases was run through the kit.

What was searched and not found (corpus `pages`, some sixty queries): staff tables by golongan / pendidikan / gender
of a Lapas, a Rutan, a KUA, a Kantor Kemenag, a Kanwil Kemenag, a Pengadilan Negeri and Agama, a Kejaksaan, BMKG,
RSUD and RS Jiwa, puskesmas, a Dinas Perpustakaan, a Dinas Ketahanan Pangan, a distrik, a nagari, a BLK, a Balai
Taman Nasional and politeknik LAKIN; budget tables of courts (jenis belanja), kecamatan, kementerian directorates;
sarana tables of kantor, kelurahan, puskesmas and kendaraan dinas. Most hits were covers, tables of contents and
narrative; the tables that did surface were already in the corpus (Sampang, Dumai, Tanah Datar, PN Prabumulih,
PA Kuala Kurun, Kejari Pesisir Selatan, Lapas Baubau and Jambi, Setda Sumut, PPPOMN, DREAMS, Surabaya and Tapanuli
Tengah theses, Kecamatan Balikpapan Timur, Gorontalo kendaraan, Tapanuli Utara, Payakumbuh Selatan) or were cut
before their figures (Perpusda Kabupaten Gorontalo 2016 staff by position and sex; PA Ngamprah TW II 2021; PA
Prabumulih 2021). Hence three of the four cases are asset tables from one study (three different schools) and no
staff or budget table was added.
"""

from __future__ import annotations

from layouts.case import indicator as _ind, Layout

# ---------------------------------------------------------------- indicators: Direktorat PIKA, Ditjen KSDAE, 2016

_PIKA_SOURCE = ("https://text-id.123dok.com/document/oy87w432z-capaian-kinerja-organisasi-i-i-akuntabi-li-tas-ki-"
                "nerja.html — Laporan Kinerja Tahun 2016 Direktorat Pemolaan dan Informasi Konservasi Alam, Ditjen "
                "KSDAE (Kementerian Lingkungan Hidup dan Kehutanan), Bab III Akuntabilitas Kinerja, hal. 15, 'Tabel 4. "
                "Pencapaian IKK Direktorat PIKA Tahun 2016'")

#: (sasaran kegiatan, indikator kinerja kegiatan, target s/d 2016, target Renstra, capaian s/d 2016,
#: % capaian s/d 2016, % capaian Renstra), as printed
_PIKA = [
    ("Tersedianya dokumen perencanaan penataan kawasan konservasi yang tersusun dan mendapat pengesahan",
     "Jumlah dokumen perencanaan penataan kawasan konservasi yang tersusun dan mendapat pengesahan sebanyak 150 "
     "Dokumen Zonasi dan/atau Blok", "60 Dokumen", "150 Dokumen", "117 Dokumen", 195, 78),
    ("Terbentuknya rekomendasi hasil evaluasi fungsi kawasan konservasi",
     "Jumlah rekomendasi hasil evaluasi kesesuaian fungsi kawasan konservasi untuk 521 unit KSA, KPA dan TB di "
     "seluruh Indonesia", "200 Unit", "521 Unit", "235 Unit", "117,5", "45,1"),
    ("Jumlah paket data dan informasi kawasan konservasi yang valid dan reliable pada 521 unit KSA, KPA dan TB di "
     "seluruh Indonesia",
     "Jumlah paket data dan informasi kawasan konservasi yang valid dan reliable pada 521 KSA, KPA dan TB di "
     "seluruh Indonesia", "521 Paket Data", "521 Paket Data", "521 Paket Data", 100, 100),
    ("Terbentuk dan ditetapkannya 100 unit KPHK pada kawasan konservasi",
     "Jumlah KPHK pada kawasan konservasi non taman nasional yang terbentuk sebanyak 100 unit KPHK",
     "100 Unit", "100 Unit", "101 Unit", 101, 101),
    ("Terwujudnya kerjasama pembangunan dan kerjasama penguatan pada kawasan konservasi",
     "Jumlah kerjasama pembangunan strategis dan kerjasama penguatan fungsi pada kawasan konservasi sebanyak 100 PKS",
     "40 PKS", "100 PKS", "58 PKS", 145, 58),
]


def _pika_rows() -> list[list]:
    rows: list[list] = [
        ["Tabel 4. Pencapaian IKK Direktorat PIKA Tahun 2016.", *[None] * 7],
        ["No", "Sasaran Kegiatan", "Indikator Kinerja Kegiatan Renstra 2015-2019", "Target s/d 2016",
         "Target Renstra", "Capaian s/d 2016", "Capaian s/d 2016", "Capaian Renstra"],
    ]
    rows += [[f"{no}.", *row] for no, row in enumerate(_PIKA, start=1)]
    rows.append(["RATA-RATA", None, None, None, None, None, "131,7", "76,42"])
    return rows


_PIKA_ROWS = _pika_rows()

# ---------------------------------------------------------------- assets: three SD Negeri, Kecamatan Weru, Cirebon

_WERU_STUDY = ("Sajidin, 'Kondisi Gedung dan Perabot Sekolah di SD Negeri se-Kecamatan Weru Kabupaten Cirebon', "
               "skripsi, Program Studi Manajemen Pendidikan, Universitas Negeri Yogyakarta, Juni 2013 (full text "
               "https://adoc.pub/kondisi-gedung-dan-perabot-sekolah-di-sd-negeri-se-kecamatan.html)")

_TEGALWANGI_SOURCE = ("https://text-id.123dok.com/document/myjr1l6pz-sd-negeri-1-tegalwangi-kondisi-gedung-dan-"
                      "perabot-sekolah-di-sd-negeri-se-kecamatan-weru-kabupaten-cirebon.html — " + _WERU_STUDY)

_KETERANGAN_BRSRB = "2. B =baik; RS = rusak sedang; RB = rusak berat"

INDICATORS: list[Layout] = [
    Layout(
        id="ind-klhk-ksdae-dit-pika-ikk-2016-target-sd-tahun-renstra-satuan-dalam-sel-rata-rata",
        dataset="indicators",
        agency=("Direktorat Pemolaan dan Informasi Konservasi Alam (PIKA), Ditjen Konservasi Sumber Daya Alam dan "
                "Ekosistem, Kementerian Lingkungan Hidup dan Kehutanan — kementerian unit (eselon II directorate)"),
        source=_PIKA_SOURCE,
        year=2016,
        sheets={"Tabel 4": _PIKA_ROWS},
        merged={"Tabel 4": ["A1:H1", "A8:F8"]},
        expected=[
            _ind("Jumlah dokumen perencanaan", 60.0, 117.0),
            _ind("Jumlah rekomendasi hasil ev", 200.0, 235.0),
            _ind("Jumlah paket data dan infor", 521.0, 521.0),
            _ind("Jumlah KPHK pada kawasan ko", 100.0, 101.0),
            _ind("Jumlah kerjasama pembanguna", 40.0, 58.0),
        ],
        note=("A directorate's IKK measured to 2016, the second year of its Renstra 2015-2019: 'Target s/d 2016' is "
              "the Renstra's cumulative milestone to the year (the year's target: 60 of the 150 zoning documents), "
              "'Target Renstra' the end target. Every target and realisation holds its unit in the cell ('60 "
              "Dokumen', '117 Dokumen', '235 Unit', '521 Paket Data', '58 PKS'). The value column 'Capaian s/d 2016' "
              "is followed by two percentage columns, the first headed again 'Capaian s/d 2016' (against the "
              "cumulative target) and 'Capaian Renstra' (against the end target); the stored text drops '%' and '/' "
              "everywhere ('danatau', 'sd 2016'), restored here only as '/' in 'dan/atau' and 's/d', so a '%' may "
              "have stood in those two headings. The year's realisation is 'Capaian s/d 2016'. Row 3's sasaran "
              "repeats its IKK almost word for word. RATA-RATA averages the percentages (131,7 = mean of 195, 117,5, "
              "100, 101, 145; 76,42 = mean of 78, 45,1, 100, 101, 58). Every percentage checks (117/60 = 195, "
              "235/200 = 117,5, 235/521 = 45,1, 101/100 = 101, 58/40 = 145): no mistakes. All five are "
              "higher-is-better counts."),
    ),
]

ASSETS: list[Layout] = [
    Layout(
        id="assets-sdn-1-tegalwangi-keadaan-bangunan-ruang-kelas-sel-nomor-kelas-rusak-sedang",
        dataset="assets",
        agency=("SD Negeri 1 Tegalwangi, Kecamatan Weru, Kabupaten Cirebon, the state of its classroom buildings — "
                "sekolah (SD negeri), table of a published study"),
        source=_TEGALWANGI_SOURCE + ", hal. 71, the second 'Tabel 7 Keadaan Bangunan Ruangan Kelas'",
        year=2013,
        sheets={"Tabel 7": [
            ["Tabel 7 Keadaan Bangunan Ruangan Kelas", None, None, None, None],
            ["No", "Barang", "Keadaan", None, None],
            [None, None, "B", "RS", "RB"],
            [1, "Tembok", 5, "3, 6", None],
            [2, "Lantai", 7, None, None],
            [3, "Plafon", 5, "4, 6", None],
            [4, "Jendela", 7, None, None],
            [5, "Ventilasi", 7, None, None],
        ]},
        merged={"Tabel 7": ["A1:E1", "A2:A3", "B2:B3", "C2:E2"]},
        refused="cell D4, column 'Keadaan › RS': got '3, 6', expected a whole number of items",
        note=("Building components of the school's seven rooms (six classrooms and one other building) under "
              "'Keadaan' › B | RS | RB (baik, rusak sedang, rusak berat). The 'B' cells COUNT rooms (5, 7), the 'RS' "
              "cells NAME the damaged classrooms ('3, 6' = classes 3 and 6 for the walls, '4, 6' for the ceilings): "
              "the text under the table says 'untuk tembok dan plafonnya, ada 2 kelas yang masuk dalam kategori "
              "rusak sedang. Sedangkan 4 kelas dan 1 gedung lainnya berada dalam kategori baik', so damaged = 2 "
              "rooms, not 3.6 or 36; 5 + 2 = 7 like the other rows. Empty cells are zero. The page numbers two "
              "tables 'Tabel 7' (the blackboards and this one) — a numbering slip, not a figure. damaged = rusak "
              "sedang + rusak berat. The lead refuses it rather than read 2 (after measuring): a count cell that "
              "lists the damaged rooms' numbers is no count, and '3, 6' could as well be 3,6 typed with a space; the "
              "message names the cell (D4, and D6 for '4, 6') and the column, so that the school writes 2 there."),
    ),
    Layout(
        id="assets-sdn-2-tegalwangi-meja-kursi-per-kelas-dua-band-barang-jumlah-murid",
        dataset="assets",
        agency=("SD Negeri 2 Tegalwangi, Kecamatan Weru, Kabupaten Cirebon, its pupils' desks and chairs by class — "
                "sekolah (SD negeri), table of a published study"),
        source=_TEGALWANGI_SOURCE + ", hal. 72, 'Tabel 8 Keadaan Meja dan Kursi'",
        year=2013,
        sheets={"Tabel 8": [
            ["Tabel 8 Keadaan Meja dan Kursi", *[None] * 9],
            ["Kelas", "Jumlah Murid", "Keadaan Meja", None, None, None, "Keadaan Kursi", None, None, None],
            [None, None, "B", "RS", "RB", "Jml", "B", "RS", "RB", "Jml"],
            ["1 2", 4, 17, 3, None, 20, 32, 8, None, 40],
            [3, 12, 18, 2, None, 20, 36, 2, 2, 40],
            [4, 21, 12, 7, None, 19, 28, 12, None, 40],
            [5, 17, 11, 7, None, 18, 29, 9, 2, 40],
            [6, 10, 18, 2, None, 20, 34, 4, 2, 40],
            ["Jml", 64, 76, 21, None, 97, 159, 35, 6, 200],
            ["Keterangan:", *[None] * 9],
            ["1. Meja satu untuk dua orang", *[None] * 9],
            [_KETERANGAN_BRSRB, *[None] * 9],
        ]},
        merged={"Tabel 8": ["A1:J1", "A2:A3", "B2:B3", "C2:F2", "G2:J2"]},
        refused=("cell G2: got 'Keadaan Kursi', expected one row per item: the column groups 'Keadaan Meja' (C2), "
                 "'Keadaan Kursi' (G2) each count another item's condition by row ('Kelas', 'Jumlah Murid')"),
        note=("Rows are classes, the items are the two bands: 'Keadaan Meja' › B | RS | RB | Jml and 'Keadaan Kursi' "
              "› B | RS | RB | Jml, with the pupils ('Jumlah Murid') between the class and the bands — a count that "
              "is not an asset. Every row adds up (meja 17+3 = 20 … 11+7 = 18; kursi 36+2+2 = 40 …) and so does the "
              "Jml row (meja 76 | 21 | – | 97, kursi 159 | 35 | 6 | 200). The first row's class cell is stored as "
              "'1 2' with 4 pupils: classes 1 and 2 in one room, which the Jml row's 64 pupils confirms (4 + 12 + 21 "
              "+ 17 + 10); read as class 1 with 24 pupils the total would be 84 and class 2 missing. Read per item: "
              "desks 76 good, 21 rusak sedang; chairs 159 good, 35 rusak sedang + 6 rusak berat = 41 damaged. "
              "Empty cells are zero. No mistakes. The lead refuses it (after measuring): the kit reads one row per "
              "item, and this table's items are its bands; the message names both bands and the rows, so that the "
              "school writes Meja and Kursi as rows (76 | 21 and 159 | 41). Added up by row, as a table of rooms "
              "with one band per item was read before, desks and chairs were counted as one thing, silently."),
    ),
    Layout(
        id="assets-sdn-weru-kidul-papan-tulis-tekstur-warna-ukuran-b-baik-b-besar",
        dataset="assets",
        agency=("SD Negeri 3 Weru Kidul (the text under the table calls it SD Negeri 2 Weru Kidul), Kecamatan Weru, "
                "Kabupaten Cirebon, its classroom blackboards — sekolah (SD negeri), table of a published study"),
        source=("https://text-id.123dok.com/document/7qv10k0rq-sd-negeri-3-weru-kidul.html — " + _WERU_STUDY
                + ", hal. 114, the first 'Tabel 24 Keadaan Papan Tulis'"),
        year=2013,
        sheets={"Tabel 24": [
            ["Tabel 24 Keadaan Papan Tulis", *[None] * 9],
            ["Kelas", "Tekstur", None, None, "Warna", None, None, "Ukuran", None, None],
            [None, "B", "RS", "RB", "C", "PR", "PS", "B", "K", "S"],
            [1, 2, None, None, 2, None, None, "2,5 x 1,5", None, None],
            [2, 2, None, None, 2, None, None, "2,5 x 1,5", None, None],
            [3, 2, None, None, 2, None, None, "2,5 x 1,5", None, None],
            [4, 2, None, None, 2, None, None, "2,5 x 1,5", None, None],
            [5, 2, None, None, 1, 1, None, "2,5 x 1,5", None, None],
            [6, 2, None, None, 1, 1, None, "2,5 x 1,5", None, None],
            ["Keterangan ;", *[None] * 9],
            ["1. B = baik, RS = rusak sedang, RB = rusak berat", *[None] * 9],
            ["2. C = cerah, PR= pudar ringan, PS = pudar sekali", *[None] * 9],
            ["3. B = besar, K = kecil, S = sedang", *[None] * 9],
        ]},
        merged={"Tabel 24": ["A1:J1", "A2:A3", "B2:D2", "E2:G2", "H2:J2"]},
        refused="an asset table needs a column for 'item'",
        note=("Two blackboards per class, classes 1 to 6, under three letter bands of which only 'Tekstur' (B | RS "
              "| RB = baik, rusak sedang, rusak berat) is a condition: 'Warna' (C | PR | PS = cerah, pudar ringan, "
              "pudar sekali) is the colour's fading and 'Ukuran' (B | K | S = besar, kecil, sedang) the size, its 'B' "
              "meaning besar and its cell holding the size '2,5 x 1,5' (metres), not a count. The legend under the "
              "table spells the letters out. The item is named only in the title: 'Papan Tulis', 12 boards, all "
              "Tekstur B (good), none damaged; the two boards of classes 5 and 6 with faded colour (PR) are not "
              "damaged. The text under it confirms ('kelas 1 hingga kelas 6, 100 keadaan papan tulis teksturnya "
              "dalam kategori baik … di kelas 5 dan 6, 50 dalam kategori cerah, 50 lagi dalam kategori pudar "
              "ringan'), though it names the school 'SD Negeri 2 Weru Kidul' inside the section on SD Negeri 3; the "
              "page numbers two tables 'Tabel 24'. Empty cells are zero. No mistakes in the figures. The lead refuses it "
              "(after measuring): no column names an item and no band is a condition the kit knows ('Tekstur'); the "
              "message names the nearest header rows under the title and asks for the item column."),
    ),
]

CASES: list[Layout] = [*INDICATORS, *ASSETS]
