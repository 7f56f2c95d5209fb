"""The forty-ninth held-out set: INDICATOR layouts, three export layouts from public code filled with invented figures
and one published page copied cell for cell, collected blind to measure the integrated kit on layouts nobody tuned for
(README.md records the cases; the lead measures them). None of the cases was run through the kit: the expectations
are what each table says, read as a careful analyst would.

Kinds and shapes the corpus had none or few of:

- an OPD performance application's 'Kinerja' export (public GitHub Laravel/Filament application
  jepitanbajumama/simakarena, app/Exports/KinerjasExport.php, Maatwebsite Excel FromCollection + WithHeadings, search
  index file id 19389083863): one header row and nothing above it, Kode | Uraian Program/Kegiatan/Sub Kegiatan |
  Indikator | Satuan | Target Kinerja Tahun | Target TW I | Realisasi TW I | … | Target TW IV | Realisasi TW IV |
  Capaian (%) | Aktivitas; program, kegiatan and sub-kegiatan rows in one list told apart only by the code's length;
  a program's several indicators IMPLODED into one cell with ', ' (names, units, targets and every quarter: '90, 12');
  'N/A' in every cell of a kegiatan without a target; the quarters ADDITIVE (the export's own capaian sums the four
  realisations), the capaian written as a FRACTION (1.125) under '(%)' for sub-kegiatan rows and a hard-coded 0 for
  program and kegiatan rows; an Aktivitas cell (the activities imploded) only on sub-kegiatan rows;
- the same application's 'Renja' export (app/Exports/RenjasExport.php, search index file id 19154166236): the plan,
  Kode | Uraian … | Indikator | Satuan | Target Kinerja | Anggaran, the program's and kegiatan's Anggaran the sums of
  their sub-kegiatan, the same imploded program cell, no realisation at all;
- an employee's own SKP list exported by a staff application (public GitHub Laravel controller
  App\\Http\\Controllers\\Staff\\SkpController::export(), search index file id 52735789361): a CSV No | Periode | Tahun
  | Sasaran Kinerja | Indikator | Target | Realisasi | Nilai Capaian | Status, the rows newest first across two
  years and two semesters ('Januari juni', 'Juli desember' as ucfirst(str_replace('_', ' ', …)) writes them), the
  year a COLUMN, the 'Nilai Capaian' '-' on every row (the controller calls hitungNilaiCapaian() and discards what it
  returns, search index file id 53035215248);
- a page of the example SKP of a pejabat pimpinan tinggi in the Lampiran of PermenPANRB 8/2021 (Sistem Manajemen
  Kinerja PNS), page 363 of the flipbook (printed '- 243 -'): a CONTINUATION page with the header repeated and the
  column numbers (1) … (10), the first row's perspektif, number and rencana kinerja left on the previous page,
  PERSPEKTIF | NO | RENCANA KINERJA | INDIKATOR KINERJA INDIVIDU | TARGET | REALISASI | CAPAIAN IKI | KATEGORI CAPAIAN
  IKI (grades Baik, Cukup) | NILAI CAPAIAN IKI | NILAI TERTIMBANG, then 'B. KINERJA TAMBAHAN' with a row of dashes,
  the 'NILAI AKHIR SKP' formula lines and a 'KETERANGAN' line cut off in the copy.

What was searched and not found or left out (corpus `code` with `find_string`, corpus `pages`): e-SAKIP IKU plans with
'Polarisasi' | 'Maximize' (andreperiozaherpa/indigo cetak_perencanaan.php, in the corpus), the SIIMUT 'GRAFIK TREN
IMPUnit' export of RSUD dr. Soedono (in the corpus), the SheetJS IKP export of Luwu Utara (in the corpus), wp-sipd's
Renstra monev and the Form E.81 pages (in the corpus; a Kota Sungai Penuh E.81 React page, search index file id
55994311141, has the same band), sira_hibah_v4's Renja evaluation (in the corpus); a Tim SAKIP verification page with
Pembilang (X) / Penyebut (Y) per quarter (search index file id 61043736918: a Livewire form, no export); KPI tables
with 'POLARITAS' and 'BOBOT' of companies (PLN Bulungan's WIG page, a 'sdm_web' KPI page keyed by STB, a Pelindo-style
KPI upload: not government, left out); a Dinas Kesehatan Kalimantan Selatan PK print (search index file id
8222811815, the kind in the corpus); SPM and indikator mutu exports beyond those held (only models, seeders and input
forms); school and university IKU exports (tracer-study pages and accreditation borang, no target/realisation table).
The first rows of the PermenPANRB example (page 362) are not in the stored pages.
"""

from __future__ import annotations

from layouts.case import W, Layout, indicator as _ind

# ------------------------------------------------------------------ simakarena, Kinerja and Renja exports

_SIMAK_SOURCE = ("public GitHub Laravel/Filament application jepitanbajumama/simakarena (commit "
                 "82a013c75b322950ccc0b32df743e5faa5a98bcf), app/Exports/KinerjasExport.php (search index file id "
                 "19389083863): headings Kode | Uraian Program/Kegiatan/Sub Kegiatan | Indikator | Satuan | Target "
                 "Kinerja Tahun | Target TW I | Realisasi TW I | Target TW II | Realisasi TW II | Target TW III | "
                 "Realisasi TW III | Target TW IV | Realisasi TW IV | Capaian (%) | Aktivitas; program rows implode "
                 "target_programs with ', ', 'N/A' where a kegiatan has no target, capaian 0 for program and kegiatan "
                 "rows and (r_k_tw1 + … + r_k_tw4) / kinerja for sub-kegiatan rows; columns from the migrations "
                 "(search index file id 20003169088) and TargetSubkegiatansRelationManager (19199875775)")
_RENJA_SOURCE = ("public GitHub Laravel/Filament application jepitanbajumama/simakarena (commit "
                 "82a013c75b322950ccc0b32df743e5faa5a98bcf), app/Exports/RenjasExport.php (search index file id "
                 "19154166236): headings Kode | Uraian Program/Kegiatan/Sub Kegiatan | Indikator | Satuan | Target "
                 "Kinerja | Anggaran; program and kegiatan Anggaran summed from their sub-kegiatan")

#: invented: one program with two indicators (name, unit, year target, quarterly targets, quarterly realisations)
_PROGRAM = ("2.16.02", "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA", [
    ("Persentase perangkat daerah yang terhubung jaringan intra pemerintah", "Persen", 90, (20, 25, 25, 20),
     (18, 26, 24, 19)),
    ("Jumlah layanan publik berbasis elektronik", "Layanan", 12, (3, 3, 3, 3), (2, 4, 3, 4)),
])
#: invented kegiatan: (code, name, target or None, [sub-kegiatan: (code, name, indicator, unit, target, tw targets,
#: tw realisations, aktivitas, anggaran)])
_KEGIATAN = [
    ("2.16.02.2.02", "Pengelolaan E-government Di Lingkup Pemerintah Daerah Kabupaten/Kota",
     ("Persentase layanan e-government yang terintegrasi", "Persen", 80, (20, 20, 20, 20), (19, 21, 18, 20)), [
         ("2.16.02.2.02.0005", "Pengelolaan Sistem Penghubung Layanan Pemerintah",
          "Jumlah layanan yang terhubung sistem penghubung layanan", "Layanan", 8, (2, 2, 2, 2), (2, 3, 2, 2),
          ["Rapat koordinasi integrasi layanan", "Uji coba API layanan perizinan"], 185_400_000),
         ("2.16.02.2.02.0026", "Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah",
          "Jumlah titik jaringan intra pemerintah yang dikelola", "Titik", 40, (10, 10, 10, 10), (8, 11, 10, 9),
          ["Pemeliharaan perangkat jaringan", "Penarikan kabel fiber optik gedung B"], 642_750_000),
     ]),
    ("2.16.02.2.01", "Pengelolaan Nama Domain yang telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain di Lingkup "
     "Pemerintah Daerah Kabupaten/Kota", None, [
         ("2.16.02.2.01.0001", "Penatalaksanaan dan Pengawasan Nama Domain dan Sub Domain dalam Penyelenggaraan "
          "Pemerintahan", "Jumlah sub domain yang dikelola", "Sub Domain", 60, (15, 15, 15, 15), (14, 16, 15, 12),
          [], 48_600_000),
     ]),
]

_KINERJA_HEADER = ["Kode", "Uraian Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target Kinerja Tahun",
                   "Target TW I", "Realisasi TW I", "Target TW II", "Realisasi TW II", "Target TW III",
                   "Realisasi TW III", "Target TW IV", "Realisasi TW IV", "Capaian (%)", "Aktivitas"]


def _implode(values) -> str:
    """Laravel's Collection::implode(', ') of numbers and texts, as PHP prints them."""
    return ", ".join(str(v) for v in values)


def _quarters(targets, reals) -> list:
    return [v for pair in zip(targets, reals) for v in pair]


def _kinerja_rows() -> list[list]:
    """The heading row, then the program, each kegiatan and its sub-kegiatan as KinerjasExport writes them."""
    code, name, indicators = _PROGRAM
    rows: list[list] = [list(_KINERJA_HEADER)]
    quarters = [_implode(ind[3][q] if k == 0 else ind[4][q] for ind in indicators) for q in range(4) for k in (0, 1)]
    rows.append([code, name, _implode(i[0] for i in indicators), _implode(i[1] for i in indicators),
                 _implode(i[2] for i in indicators), *quarters, 0])
    for kcode, kname, target, subs in _KEGIATAN:
        if target is None:
            rows.append([kcode, kname, *["N/A"] * 11, 0])
        else:
            ind, unit, year, tws, reals = target
            rows.append([kcode, kname, ind, unit, year, *_quarters(tws, reals), 0])
        for scode, sname, ind, unit, year, tws, reals, aktivitas, _ in subs:
            rows.append([scode, sname, ind, unit, year, *_quarters(tws, reals), sum(reals) / year,
                         _implode(aktivitas)])
    return rows


def _renja_rows() -> list[list]:
    """The heading row, then the plan's rows as RenjasExport writes them (anggaran summed upwards)."""
    code, name, indicators = _PROGRAM
    total = sum(s[-1] for _, _, _, subs in _KEGIATAN for s in subs)
    rows: list[list] = [["Kode", "Uraian Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target Kinerja",
                         "Anggaran"],
                        [code, name, _implode(i[0] for i in indicators), _implode(i[1] for i in indicators),
                         _implode(i[2] for i in indicators), total]]
    for kcode, kname, target, subs in _KEGIATAN:
        anggaran = sum(s[-1] for s in subs)
        if target is None:
            rows.append([kcode, kname, "N/A", "N/A", "N/A", anggaran])
        else:
            rows.append([kcode, kname, target[0], target[1], target[2], anggaran])
        for scode, sname, ind, unit, year, *_, amount in subs:
            rows.append([scode, sname, ind, unit, year, amount])
    return rows


def _simak_expected(plan: bool) -> list[dict]:
    """Every indicator in the rows' order, the program's two split; the realisation the four quarters' sum."""
    out = [_ind(i[0], float(i[2]), None if plan else float(sum(i[4]))) for i in _PROGRAM[2]]
    for _, _, target, subs in _KEGIATAN:
        if target is not None:
            out.append(_ind(target[0], float(target[2]), None if plan else float(sum(target[4]))))
        for _, _, ind, _, year, _, reals, *_ in subs:
            out.append(_ind(ind, float(year), None if plan else float(sum(reals))))
    return out


# ------------------------------------------------------------------ staff application, SKP list (CSV)

_SKP_SOURCE = ("public GitHub Laravel staff application, App\\Http\\Controllers\\Staff\\SkpController::export() "
               "(search index file id 52735789361): eksporCsv('skp_saya_<Ymd>.csv', No | Periode | Tahun | Sasaran "
               "Kinerja | Indikator | Target | Realisasi | Nilai Capaian | Status), rows latest() first, periode "
               "ucfirst(str_replace('_', ' ', 'januari_juni' | 'juli_desember')), '-' for a null value, status "
               "ucfirst(); hitungNilaiCapaian() returns a value the controller does not store (model, search index "
               "file id 53035215248)")

#: invented SKP rows, newest first: (periode, tahun, sasaran kinerja, indikator, target, realisasi, status)
_SKP = [
    ("Juli desember", 2025, "Meningkatnya kualitas pengelolaan arsip dinamis unit kerja",
     "Jumlah berkas arsip aktif yang ditata", 450, 472, "Dinilai"),
    ("Juli desember", 2025, "Terlaksananya layanan administrasi persuratan tepat waktu",
     "Persentase surat masuk yang didisposisi paling lama 1 hari kerja", 95, 91, "Diajukan"),
    ("Januari juni", 2025, "Meningkatnya kualitas pengelolaan arsip dinamis unit kerja",
     "Jumlah daftar arsip aktif yang disusun", 6, 6, "Disetujui"),
    ("Januari juni", 2025, "Tersusunnya laporan kinerja unit kerja tepat waktu",
     "Jumlah laporan kinerja bulanan yang disampaikan", 6, 5, "Disetujui"),
    ("Juli desember", 2024, "Meningkatnya kualitas pengelolaan arsip dinamis unit kerja",
     "Jumlah berkas arsip aktif yang ditata", 400, 388, "Dinilai"),
    ("Januari juni", 2024, "Meningkatnya kualitas pengelolaan arsip dinamis unit kerja",
     "Jumlah daftar arsip aktif yang disusun", 6, 6, "Dinilai"),
]


def _skp_rows() -> list[list]:
    rows: list[list] = [["No", "Periode", "Tahun", "Sasaran Kinerja", "Indikator", "Target", "Realisasi",
                         "Nilai Capaian", "Status"]]
    for n, (periode, tahun, sasaran, ind, target, real, status) in enumerate(_SKP, start=1):
        rows.append([n, periode, tahun, sasaran, ind, target, real, "-", status])
    return rows


# ------------------------------------------------------------------ PermenPANRB 8/2021, example SKP, page 363

_SKP_JPT_SOURCE = ("http://online.flipbuilder.com/vajnr/eqrv/files/basic-html/page363.html — 'Salinan PermenPANRB "
                   "Sistem Manajemen Kinerja' (Peraturan Menteri PANRB Nomor 8 Tahun 2021), Lampiran, the example SKP "
                   "of a pejabat pimpinan tinggi (Direktur Jenderal III), page printed '- 243 -': the table's "
                   "continuation, header and column numbers repeated")

_JPT_ROWS = [
    ["- 243 -", *[None] * 9],
    ["PERSPEKTIF *", "NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET", "REALISASI", "CAPAIAN\nIKI",
     "KATEGORI\nCAPAIAN\nIKI", "NILAI\nCAPAIAN\nIKI", "NILAI\nTERTIM\nBANG"],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"],
    [None, None, None, "Nilai Akuntabilitas Kinerja Direktorat Jenderal III", 85, 85, "100%", "Baik", 109,
     None],
    ["Anggaran", 8, "Pengelolaan anggaran Program Pembinaan dan Pengembangan Infrastruktur Permukiman yang optimal",
     "Nilai Indikator Kinerja Pelaksanaan Anggaran Direktorat Jenderal III", 95, 93, "98%", "Cukup", 88, None],
    ["B. KINERJA TAMBAHAN", *[None] * 9],
    ["-"] * 10,
    ["NILAI AKHIR SKP", "= Nilai tertimbang Capaian Rencana Kinerja Utama*** + Nilai tertimbang Capaian Rencana "
     "Kinerja Tambahan", *[None] * 7, "102,8"],
    [None, "= (59, 2 + 43,6 ) + 0", *[None] * 8],
    [None, "= 102, 8", *[None] * 8],
    ["KETERANGAN", "Terdapat 3 (tiga)", *[None] * 8],
]

CASES: list[Layout] = [
    Layout(
        id="ind-simakarena-kinerja-opd-program-indikator-digabung-koma-tw-dijumlah-capaian-pecahan-na",
        dataset="indicators",
        agency=("an OPD's performance application (Dinas Komunikasi dan Informatika of a kabupaten; pemda not named in "
                "the code, program names after SIPD, figures invented) — kabupaten OPD export"),
        source=_SIMAK_SOURCE,
        year=2024,
        sheets={"Worksheet": _kinerja_rows()},
        refused="cell G1: got 'Realisasi TW I', expected one column for the year's 'realisation'",
        note=("Maatwebsite's default sheet: the heading row in row 1, no title, no merges. Program, kegiatan and "
              "sub-kegiatan rows in one list (codes 2.16.02, 2.16.02.2.02, 2.16.02.2.02.0005). The program's two "
              "indicators share ONE row: names, units, targets and each quarter imploded with ', ' ('90, 12', TW I "
              "'20, 3' / '18, 2'); a careful analyst splits them. The second kegiatan has no target: 'N/A' in its "
              "eleven indicator cells, and no indicator. The quarters are additive, per quarter, not cumulative: the "
              "export's own capaian is (TW I + … + TW IV realisation) / year target, so the year's realisation is the "
              "quarters' SUM (87, 13, 78, 9, 38, 57), not TW IV. Published mistakes of the export: 'Capaian (%)' is "
              "a hard-coded 0 on the program and kegiatan rows and a fraction on the sub-kegiatan rows (1.125 for "
              "9/8, 0.95 for 38/40 and 57/60) — warning capaian_mismatch. The Aktivitas cell (activities imploded) "
              "only on sub-kegiatan rows, empty where there are none. Figures invented. After measuring: refused "
              "at G1, not read. Nothing in the FILE says the quarters add up: the export's capaian formula that sums "
              "them is the application's code, and the realisations fall and rise (18, 26, 24, 19), so they are no "
              "running total either. The quarterly targets do add up to the year's (20 + 25 + 25 + 20 = 90), but the "
              "first indicator is a PERCENTAGE of devices connected, whose quarters summed (87 %) are a share of "
              "nothing unless each quarter counts only new connections, which a careful analyst cannot tell; so the "
              "year's realisation is asked for ('a Jumlah or Tahun column beside the 4 period columns'), never "
              "guessed. The refusal also names N2: the program row's one 'Capaian (%)' 0 beside its two listed "
              "indicators is neither's (the row is split only when every value cell lists as many figures). The "
              "collector's expected capaian_mismatch and 6 indicators are dropped."),
    ),
    Layout(
        id="ind-simakarena-renja-opd-target-anggaran-program-indikator-digabung-koma-na-tanpa-realisasi",
        dataset="indicators",
        agency=("the same OPD application's Renja (plan) export (pemda not named; figures invented) — kabupaten OPD "
                "export"),
        source=_RENJA_SOURCE,
        year=2024,
        sheets={"Worksheet": _renja_rows()},
        expected=_simak_expected(plan=True),
        findings=((W, "field_empty"),),
        note=("The plan: Kode | Uraian Program/Kegiatan/Sub Kegiatan | Indikator | Satuan | Target Kinerja | "
              "Anggaran, heading row only. The program's two indicators imploded into one row ('90, 12'), split by a "
              "careful analyst; the kegiatan without a target shows 'N/A' in Indikator, Satuan and Target Kinerja "
              "but its summed Anggaran; rupiah as plain numbers (the program's and kegiatan's the sums of their "
              "sub-kegiatan, which hold). No realisation anywhere: warning field_empty, as for other plans. After tuning: "
              "read as the table says; before, the program row was one indicator of the joined names with the "
              "target 90 read out of '90, 12' (its ', 12' taken for a unit)."),
    ),
    Layout(
        id="ind-skp-pegawai-csv-periode-semester-tahun-kolom-terbaru-dulu-nilai-capaian-strip",
        dataset="indicators",
        agency=("one employee's SKP list from a staff application (agency not named in the code; no person in the "
                "export; figures invented) — individual performance (SKP) export"),
        source=_SKP_SOURCE,
        year=2025,
        sheets={"skp_saya_20260112": _skp_rows()},
        expected=[_ind(ind, float(t), float(r)) for _, y, _, ind, t, r, _ in _SKP if y == 2025],
        note=("A CSV (eksporCsv) opened in Excel: the heading row in row 1, then one row per SKP indicator NEWEST "
              "FIRST over two years and both semesters ('Juli desember' 2025 before 'Januari juni' 2025 before "
              "2024), the year a column: only the four 2025 rows are the case year's (the 2024 rows, one indicator "
              "repeating a 2025 name, are not read). Each semester has its own indicators. 'Nilai Capaian' is '-' "
              "on every row: the controller calls hitungNilaiCapaian() after saving and discards its return value, "
              "so nilai_capaian stays null (not a published mistake: no printed capaian). Status words Dinilai, "
              "Diajukan, Disetujui. Target and Realisasi are target_kuantitas and realisasi_kuantitas only. After "
              "tuning: read as the table says, with an info note that the 'Tahun' column set 2 rows of 2024 aside "
              "(before, all six rows were read as 2025). The semesters are read as the year's rows: each semester "
              "here has indicators of its own, one target and one realisation per row, so no figure is counted "
              "twice; 'Periode' is listed among the columns not used. Whether one employee's SKP belongs in an "
              "agency's LAKIP is the author's choice of file, not something the table can say: nothing in it but the "
              "sheet's name tells an SKP from a unit's own indicator list, and refusing by such words would be "
              "matching a file's words, so the kit reads it as any indicator list."),
    ),
    Layout(
        id="ind-permenpanrb-8-2021-contoh-skp-jpt-halaman-lanjutan-kategori-capaian-iki-nilai-tertimbang",
        dataset="indicators",
        agency=("Kementerian PANRB, the example SKP of a pejabat pimpinan tinggi (Direktur Jenderal III, fictitious) "
                "in the Lampiran of PermenPANRB 8/2021 — kementerian regulation example (individual performance)"),
        source=_SKP_JPT_SOURCE,
        year=2021,
        sheets={"Hal 243": _JPT_ROWS},
        merged={"Hal 243": ["A1:J1", "A6:J6", "B8:I8", "B9:I9", "B10:I10", "B11:J11"]},
        expected=[_ind("Nilai Akuntabilitas Kinerja Direktorat Jenderal III", 85.0, 85.0),
                  _ind("Nilai Indikator Kinerja Pelaksanaan Anggaran", 95.0, 93.0)],
        note=("Copied cell for cell from the stored text of page 363 (printed '- 243 -'): the table CONTINUES from "
              "the previous page, so the page starts with the page number, the repeated header (three-line "
              "wrapped headings 'CAPAIAN IKI', 'KATEGORI CAPAIAN IKI', 'NILAI CAPAIAN IKI', 'NILAI TERTIM BANG') and "
              "the column numbers (1) … (10); the first row's PERSPEKTIF, NO and RENCANA KINERJA stand on the "
              "previous page (empty here), the second row is perspective 'Anggaran', number 8. Grades in KATEGORI "
              "CAPAIAN IKI (Baik, Cukup) and a NILAI CAPAIAN IKI (109, 88) beside the capaian (100%, 98% = 93/95 "
              "rounded); NILAI TERTIMBANG empty on these rows. 'B. KINERJA TAMBAHAN' with a row of dashes (no "
              "additional performance), then NILAI AKHIR SKP as formula lines '= (59, 2 + 43,6 ) + 0', '= 102, 8' "
              "(spaces after the decimal comma as printed) and 102,8 in the last column, and a KETERANGAN line the "
              "stored copy cuts after 'Terdapat 3 (tiga)'. No year on the page (the regulation's 2021 is the case "
              "year). Rows 1-7 of the example (page 362) are not in the stored pages. After tuning: read as the "
              "table says; before, it was refused at I2 with two capaian columns 'CAPAIAN IKI' (G2) and 'NILAI CAPAIAN "
              "IKI' (I2). The first is, row by row, the realisation's percentage of the target (85/85 = 100 %, 93/95 = "
              "98 % rounded), the second the score PermenPANRB 8/2021 converts a capaian to (109, 88), no percentage: "
              "the figures settle which is the capaian, and KATEGORI CAPAIAN IKI (grades) and NILAI CAPAIAN IKI are "
              "listed as not used. The SKP of a pejabat pimpinan tinggi carries the unit's own indicators (the "
              "Direktorat Jenderal's accountability and budget indicators), so reading it is no individual's "
              "appraisal taken for the agency's."),
    ),
]
