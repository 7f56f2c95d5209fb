"""The twenty-ninth held-out set: real staff and asset layouts collected blind, to measure the integrated kit on
layouts nobody tuned for (README.md records the cases; the lead measures them). Another collector took indicators and
budget (a thirtieth set) at the same time; the twenty-fourth to twenty-eighth sets were made earlier in the same
session.

Kinds the corpus had none of:

- a Polri satker's personnel, as a Polres's own attendance application prints them: the monthly recap 'REKAP ABSENSI
  BULANAN ANGGOTA SI TIK POLRES TUBAN' (Seksi TIK of Polres Tuban, Polda Jawa Timur), No | Nama | Pangkat/NRP |
  Jabatan | H | D | P | DIKSIP | DIK | PATSUS | LD | IZIN | CUTI | SKT | TK, the rank and the 8-digit NRP in one cell
  ('BRIPKA/85061127'), the eleven attendance codes as count columns. The corpus had police ranks in no staff table;
- a TNI AU list of officers in the form a selection of the Sekolah Staf dan Komando TNI AU (Seskoau) reads: sheet
  'Daftar Kelompok', a title 'DAFTAR NAMA PESERTA SELEKSI …', a two-row header NO/URT | NO/BAG | NAMA … | JABATAN … |
  TGL LAHIR … | KET, a column-number row that skips numbers ('1 2 3 4 7 12': columns of a fuller form left out), group
  rows 'POK A', 'POK B' alone in the name column, and each person in three cells of several lines: name, then
  'Mayor/Pnb/539214' (rank/corps/NRP, women marked by the corps suffix '(W)'), then the dikma ('AAU 2009'); the
  jabatan's lines then its TMT; the birth date then the age ('39 Th 8 Bl');
- a national PUBLISHED table of classrooms by condition per school level (SD, SMP, SMA, SMK), Kemendikbud's data as of
  December 2014 re-tabulated by an NGO (Sapulidi Riset Center), with a band 'JUMLAH RUANG KELAS' over the total, Baik,
  the three Rusak grades and 'JUMLAH RK RUSAK', column numbers (1) … (8), '-' for none, a JUMLAH row; its total column
  disagrees with Baik + Rusak on every row (kept as published, one sum_mismatch per row);
- the same NGO's 2016 table TURNED: conditions down the rows (Jumlah first, then 1 Baik … 4 Rusak Berat, then 'Total
  Rusak'), school levels (SD, SMP, SMA, SMK, SLB) and TOTAL across, column numbers (01) … (08); two printed cells are
  wrong (SMK's Jumlah 133.618 where its conditions add to 129.618; SMA's Total Rusak 78.532 where they add to 78.352).

The two staff cases are print layouts found in public code (cited in each case), filled with invented figures and
synthetic people (no real name or NRP); the two asset tables are copied cell for cell, mistakes kept. Expectations are
what each table says, never what the kit reads: none of the cases was run through the kit.

Searched and not found (corpus `pages`): BPS 'dalam angka' staff tables of a kabupaten or kecamatan (PNS menurut
golongan dan jenis kelamin per OPD, pegawai kantor camat, anggota Polsek/Koramil menurut pangkat), a sekretariat DPRD's
staff by golongan, a Polres's personnel by pangkat in its LKIP (Polres Maluku Tengah's LKIP 2019 page gives the
narrative only) — the searches returned news and tag pages, regulations, theses and BKD profile titles on docplayer;
(corpus `code`) SIMDA BMD / SIPD-BMD KIB A extracts (only database dumps and a KIB A input page), a Polri personnel
export by pangkat (a vehicle inventory print with 'Pangkat/NRP' of the person responsible was found, left for an
assets set), DUK and DPRD staff exports that the corpus already holds (Kemenag's SIMPEG DUK, Sekretariat DPRD Kota
Magelang's DUK), Kota Gorontalo's e-data Kepegawaian and BKPSDM Manado's SILADEN report (both in the corpus), the
puskesmas 'Formulir Data Kepegawaian' (in the corpus).
"""

from __future__ import annotations

from layouts.case import E, Layout, asset

# ---------------------------------------------------------------- Polres Tuban, Si TIK: monthly attendance recap

_TIK_STATUS = ["H", "D", "P", "DIKSIP", "DIK", "PATSUS", "LD", "IZIN", "CUTI", "SKT", "TK"]
#: (name, rank, NRP, jabatan, counts by status over the 21 working days of November 2026); people and NRPs invented
_TIK = [
    ("SUGENG PRIYANTO, S.H.", "AKP", "75040512", "KASITIK", (17, 3, 0, 0, 0, 0, 0, 0, 1, 0, 0)),
    ("DWI HARTONO", "IPDA", "80110345", "PAUR TEKKOM", (16, 4, 1, 0, 0, 0, 0, 0, 0, 0, 0)),
    ("MOCH. ARIFIN", "AIPTU", "78020871", "PAUR TEKINFO", (18, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0)),
    ("BAMBANG SUTRISNO", "BRIPKA", "85061127", "BAMIN SITIK", (19, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0)),
    ("RINA WULANDARI", "BRIPKA", "86090433", "BAMIN SITIK", (15, 0, 0, 0, 0, 0, 0, 1, 5, 0, 0)),
    ("AGUS SETIAWAN", "BRIGPOL", "90030218", "BANIT TEKKOM", (14, 2, 1, 0, 0, 0, 3, 0, 0, 1, 0)),
    ("HENDRA KURNIAWAN", "BRIGPOL", "91070552", "BANIT TEKINFO", (12, 0, 0, 0, 8, 0, 1, 0, 0, 0, 0)),
    ("FAJAR NUGROHO", "BRIPTU", "96050129", "OPERATOR TEKKOM", (16, 2, 1, 0, 0, 0, 2, 0, 0, 0, 0)),
    ("DEWI ANGGRAENI", "BRIPTU", "97120364", "OPERATOR TEKINFO", (18, 0, 0, 0, 0, 0, 2, 0, 0, 1, 0)),
    ("RIZKY MAULANA", "BRIPDA", "01020715", "OPERATOR TEKKOM", (0, 0, 0, 21, 0, 0, 0, 0, 0, 0, 0)),
]
assert all(sum(c) == 21 for *_, c in _TIK)


def _tik_rows() -> list[list]:
    rows: list[list] = [["REKAP ABSENSI BULANAN ANGGOTA SI TIK POLRES TUBAN"], ["PERIODE : NOVEMBER 2026"], [],
                        ["No", "Nama", "Pangkat/NRP", "Jabatan", *_TIK_STATUS]]
    for no, (name, rank, nrp, jabatan, n) in enumerate(_TIK, start=1):
        rows.append([no, name, f"{rank}/{nrp}", jabatan, *n])
    return rows


# ---------------------------------------------------------------- Seskoau (TNI AU): selection list 'Daftar Kelompok'

#: POK → (name, rank, corps, NRP, dikma, jabatan lines, TMT jabatan, birth date, age, KET); people and NRPs invented
_SESKO = {
    "POK A": [
        ("Hendra Wijaya, S.T.", "Mayor", "Pnb", "539214", "AAU 2009", ["Kadisops Lanud Iswahjudi"], "03-02-2025",
         "14-03-1987", "39 Th 8 Bl", None),
        ("Rudi Santoso, S.E.", "Mayor", "Adm", "530872", "SEPA PK 2008", ["Kasubsi Renprogar Spers", "Koopsud II"],
         "15-07-2024", "22-11-1984", "42 Th 0 Bl", None),
        ("Ratna Sari Dewi, S.Psi.", "Mayor", "Sus (W)", "538164", "SEPA PK 2009",
         ["Pabandya Psikologi Dispsiau"], "01-10-2024", "05-06-1986", "40 Th 5 Bl", None),
        ("Agus Prasetyo", "Mayor", "Tek", "540133", "AAU 2010", ["Danskadron Teknik 042", "Lanud Iswahjudi"],
         "20-01-2025", "30-08-1988", "38 Th 3 Bl", None),
        ("Yoga Pratama, S.Kom.", "Mayor", "Lek", "540517", "AAU 2010", ["Kasi Kom Lanud Sultan Hasanuddin"],
         "11-04-2024", "17-02-1988", "38 Th 9 Bl", "Cadangan"),
    ],
    "POK B": [
        ("Bima Aditya", "Mayor", "Nav", "539366", "AAU 2009", ["Kasiops Skadron Udara 31", "Lanud Halim P."],
         "06-05-2024", "09-09-1987", "39 Th 2 Bl", None),
        ("dr. Maya Kartika, Sp.KP.", "Mayor", "Kes (W)", "541208", "SEPA PK 2011", ["Kadep Kesehatan Penerbangan",
         "Rumkit Lanud dr. M. Salamun"], "18-08-2025", "28-12-1985", "40 Th 11 Bl", None),
        ("Fajar Ramadhan", "Mayor", "Pnb", "540091", "AAU 2010", ["Kasi Lat Skadron Udara 15"], "09-12-2024",
         "02-04-1988", "38 Th 7 Bl", None),
        ("Eko Saputro, S.H.", "Mayor", "Pom", "531455", "SEPA PK 2008", ["Kasubdit Gakkum Pomau"], "27-03-2025",
         "19-07-1983", "43 Th 4 Bl", None),
        ("Taufik Hidayat", "Mayor", "Kal", "539802", "AAU 2009", ["Kasi Log Lanud Roesmin Nurjadin"], "14-10-2024",
         "25-01-1987", "39 Th 10 Bl", None),
    ],
}


def _sesko_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        ["DAFTAR NAMA PESERTA SELEKSI DIKREG SESKOAU ANGKATAN 64 TA 2026"],
        [],
        ["NO", "NO", "NAMA\nPANGKAT/KORPS/NRP\nDIKMA", "JABATAN\nTMT JABATAN", "TGL LAHIR\nUMUR", "KET"],
        ["URT", "BAG", None, None, None, None],
        ["1", "2", "3", "4", "7", "12"],
    ]
    merged = ["A1:F1", "C3:C4", "D3:D4", "E3:E4", "F3:F4"]
    urt = 0
    for pok, people in _SESKO.items():
        rows.append([None, None, pok, None, None, None])
        for bag, (name, rank, corps, nrp, dikma, jab, tmt, born, age, ket) in enumerate(people, start=1):
            urt += 1
            rows.append([urt, f"{pok[-1]}-{bag:02d}", f"{name}\n{rank}/{corps}/{nrp}\n{dikma}",
                         "\n".join([*jab, tmt]), f"{born}\n{age}", ket])
    return rows, merged


_SESKO_ROWS, _SESKO_MERGED = _sesko_rows()

# ---------------------------------------------------------------- Sapulidi: ruang kelas by condition, 2014 and 2016

_RK_2014 = [  # jenjang, jumlah ruang kelas (as printed), baik, rusak ringan, rusak sedang ('-'), rusak berat, jumlah rusak
    ("SD", 954810, 747646, 97783, "-", 109950, 207733),
    ("SMP", 297886, 221642, 46327, 19434, 10013, 75774),
    ("SMA", 141987, 121290, 13235, "-", 2962, 16197),
    ("SMK", 104105, 91450, 8553, "-", 2483, 11036),
]


def _rk2014_rows() -> list[list]:
    rows: list[list] = [
        ["JUMLAH RUANG KELAS RUSAK DI INDONESIA"],
        ["NO", "JENJANG", "JUMLAH RUANG KELAS", None, None, None, None, None],
        [None, None, "RUANG KELAS", "BAIK", "RUSAK RINGAN", "RUSAK SEDANG", "RUSAK BERAT", "JUMLAH RK RUSAK"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
    ]
    for no, row in enumerate(_RK_2014, start=1):
        rows.append([no, *row])
    rows.append(["JUMLAH", None, 1498788, 1182028, 165898, 19434, 125408, 310740])
    rows.append(["Sumber : Kementerian Pendidikan dan Kebudayaan, keadaan Desember 2014, diolah kembali oleh Sapulidi "
                 "Riset Center (SRC), 2015"])
    return rows


_RK_LEVELS = ["SD", "SMP", "SMA", "SMK", "SLB"]
_RK_2016 = [  # label (NO), by level SD … SLB, TOTAL — as printed
    (None, "Jumlah", [1055017, 345042, 144079, 133618, 17442], 1695198),
    (1, "Baik", [267466, 96684, 65727, 60310, 6060], 496247),
    (2, "Rusak Ringan", [591327, 190987, 65307, 60088, 9586], 917295),
    (3, "Rusak Sedang", [70423, 22180, 5131, 3542, 832], 102108),
    (4, "Rusak Berat", [125801, 35191, 7914, 5678, 964], 175548),
    (None, "Total Rusak", [787551, 248358, 78532, 69308, 11382], 1194951),
]


def _rk2016_rows() -> list[list]:
    rows: list[list] = [
        ["787.551 Ruang Kelas Rusak Jenjang SD"],
        ["KONDISI RUANG KELAS PER JENJANG DI INDONESIA TAHUN 2016"],
        ["NO", "STATUS", *_RK_LEVELS, "TOTAL"],
        ["(01)", "(02)", "(03)", "(04)", "(05)", "(06)", "(07)", "(08)"],
    ]
    for no, label, values, total in _RK_2016:
        rows.append([no, label, *values, total])
    rows.append(["Sumber : Sapulidi Riset Center (SRC) LSM Sapulidi, 2016"])
    return rows


CASES: list[Layout] = [
    Layout(
        id="staff-polres-tuban-sitik-rekap-absensi-bulanan-pangkat-nrp-satu-sel-sebelas-kode-status",
        dataset="staff",
        agency=("Seksi TIK (Si TIK) of Polres Tuban, Polda Jawa Timur (Polri), its members' attendance for November "
                "2026 — Polri satker (Polres section), attendance application's monthly recap printed and pasted into "
                "a sheet (synthetic people)"),
        source=("public GitHub PHP attendance application of Si TIK Polres Tuban (namespace "
                "'DailyReportSitikPolrestaTuban'): the monthly recap view (search index file id 71090007882: No | Nama "
                "| Pangkat/NRP | Jabatan | one column per status code, the cell written rank . '/' . nrp, counts as "
                "integers) and its controller's pdfBulanan() (index file id 71309781364: title 'REKAP ABSENSI BULANAN "
                "ANGGOTA SI TIK POLRES TUBAN', the period as 'November 2026', status codes H, D, P, DIKSIP, DIK, "
                "PATSUS, LD, IZIN, CUTI, SKT, TK; attendance starts 1 October 2026)"),
        year=2026,
        sheets={"Rekap Bulanan": _tik_rows()},
        merged={"Rekap Bulanan": ["A1:O1", "A2:O2"]},
        refused="cell C5, column 'Pangkat/NRP': got 'AKP/75040512', expected a list of ASN staff (PNS, PPPK) by golongan",
        note=("A Polres section's monthly attendance recap: a title and 'PERIODE : NOVEMBER 2026' merged across, a "
              "blank row, one header row No | Nama | Pangkat/NRP | Jabatan | H | D | P | DIKSIP | DIK | PATSUS | LD | "
              "IZIN | CUTI | SKT | TK (hadir, dinas, pawas, diksip, dik, patsus, lepas dinas, izin, cuti, sakit, "
              "tanpa keterangan), then one row per member whose counts add up to the 21 working days. The rank and "
              "the NRP share one cell ('BRIPKA/85061127'); no golongan ruang, sex or education column: police ranks "
              "are the grade, and the table's staff dimension is the rank (AKP 1, IPDA 1, AIPTU 1, BRIPKA 2, BRIGPOL "
              "2, BRIPTU 2, BRIPDA 1; by group 2 Pama and 8 Bintara), expected as written. The status columns count "
              "days, not people; one member was on DIKSIP the whole month and is still a member. Names and NRPs "
              "invented; the application's real users are not copied. Expectation changed after tuning (was the "
              "ranks counted as golongan): a rank is no golongan ruang and an NRP no NIP, and the kit's staff tables "
              "are of ASN (golongan I/a … IV/e, PPPK grades; sex and status from the NIP); counted under golongan, "
              "AKP and BRIPKA would stand in a golongan chart as grades of a scale they are not on. The kit refuses "
              "the roster once, naming the column and its first rank, and says to give the satker's PNS/PPPK list."),
    ),
    Layout(
        id="staff-seskoau-daftar-kelompok-pok-nama-pangkat-korps-nrp-dikma-satu-sel-nomor-kolom-loncat",
        dataset="staff",
        agency=("Sekolah Staf dan Komando TNI AU (Seskoau), a list of officers in a selection for its regular course "
                "— TNI AU education command, selection workbook's 'Daftar Kelompok' sheet (synthetic people)"),
        source=("public GitHub import of the Seskoau candidate list, parseSeskoauCandidateListWorkbook() (search index "
                "file id 55172098714): sheet 'Daftar Kelompok', a title matching 'DAFTAR NAMA … SELEKSI … TA <year>', a "
                "header with NO, URT, BAG, NAMA, PANGKAT, JABATAN, TGL LAHIR, KET, a column-number row '1 2 3 4 7 12', "
                "group rows 'POK A' / 'POK B', column C three lines (name; rank/corps/NRP as 'Mayor/Pnb/<NRP>' or "
                "'Mayor/Sus (W)/<NRP>'; the dikma as 'AAU 2009' or 'SEPA PK 2007'), column D the jabatan lines then the TMT 'dd-mm-yyyy', "
                "column E the birth date then the age ('… Th … Bl'), column F KET"),
        year=2026,
        sheets={"Daftar Kelompok": _SESKO_ROWS},
        merged={"Daftar Kelompok": _SESKO_MERGED},
        refused=("cell C7, column 'NAMA PANGKAT/KORPS/NRP DIKMA': got 'Mayor/Pnb/539214', expected a list of ASN staff "
                 "(PNS, PPPK) by golongan"),
        note=("A TNI AU selection list: the title merged across, a blank row, a two-row header (NO over URT, NO over "
              "BAG; the four others merged down both rows, each a heading of several lines), a column-number row "
              "written as text that jumps from 4 to 7 and 12 (the form's other columns left out), then group rows "
              "'POK A' and 'POK B' alone in the name column, each followed by its five officers, numbered 1 … 10 "
              "through the groups (URT) and A-01 … B-05 within (BAG). Everything about a person stands in cells of "
              "several lines: 'name ⏎ rank/corps/NRP ⏎ dikma', 'jabatan (one or two lines) ⏎ TMT', 'birth date ⏎ "
              "age'. All ten are Mayor (rank as the grade: no golongan ruang for officers); two are women, marked as "
              "TNI AU marks them by the corps suffix '(W)' ('Sus (W)', 'Kes (W)'), the others men (no sex column). "
              "The people are candidates from several units, listed by the school, not its own staff: the layout is "
              "what is measured. One KET 'Cadangan'. Names, NRPs and postings invented. Expectation changed after "
              "tuning (was the ten Mayor counted as golongan, the two (W) as women): TNI ranks are no golongan and "
              "the NRP no NIP, as in the Polres recap; the kit refuses the list at the first name cell whose line "
              "gives a rank ('Mayor/Pnb/539214'), not for want of a NIP column it was never going to have."),
    ),
    Layout(
        id="assets-sapulidi-ruang-kelas-2014-jenjang-kondisi-pita-jumlah-total-tidak-cocok-strip",
        dataset="assets",
        agency=("Kementerian Pendidikan dan Kebudayaan data, all public and private schools of Indonesia by level, "
                "classrooms by condition as of December 2014, re-tabulated by Sapulidi Riset Center (LSM Sapulidi) — "
                "national schools' rooms (published table)"),
        source=("https://bangimam-berbagi.blogspot.com/search?max-results=5&updated-max=2015-10-12T02%3A32%3A00%2B07"
                "%3A00 — post 'JUMLAH RUANG KELAS RUSAK DI INDONESIA' (Statistik Pendidikan Kemendikbud, Desember "
                "2014): NO | JENJANG | JUMLAH RUANG KELAS › RUANG KELAS | BAIK | RUSAK RINGAN | RUSAK SEDANG | RUSAK "
                "BERAT | JUMLAH RK RUSAK, (1) … (8), SD, SMP, SMA, SMK, JUMLAH, source line"),
        year=2014,
        sheets={"Ruang Kelas": _rk2014_rows()},
        merged={"Ruang Kelas": ["A1:H1", "A2:A3", "B2:B3", "C2:H2", "A9:B9", "A10:H10"]},
        number_formats={"Ruang Kelas": {f"{c}{r}": "#,##0" for r in range(5, 10) for c in "CDEFGH"}},
        expected=[asset(j, baik, rr + (rs if isinstance(rs, int) else 0) + rb)
                  for j, _, baik, rr, rs, rb, _ in _RK_2014],
        findings=((E, "sum_mismatch"),) * 4,
        note=("Classrooms of every school level in Indonesia by condition, as an NGO re-tabulated Kemendikbud's "
              "statistics of December 2014 (copied cell for cell). A band 'JUMLAH RUANG KELAS' over six columns: "
              "'RUANG KELAS' (the total), BAIK, RUSAK RINGAN, RUSAK SEDANG, RUSAK BERAT and JUMLAH RK RUSAK (the three "
              "grades added, right on every row); NO and JENJANG merged down both header rows; column numbers (1) … "
              "(8); '-' where no room is rusak sedang (SD, SMA, SMK); JUMLAH merged over NO and JENJANG; the source "
              "line under the table. The items are the levels: good = BAIK, damaged = ringan + sedang + berat (= "
              "JUMLAH RK RUSAK). Published mistake: the total column disagrees with BAIK + JUMLAH RK RUSAK on all four "
              "rows (SD 954.810 for 955.379, SMP 297.886 for 297.416, SMA 141.987 for 137.487, SMK 104.105 for "
              "102.486), one sum_mismatch each; the JUMLAH row adds its columns right (1.498.788 is the sum of the "
              "printed totals). Figures as printed with dots, written as numbers with a thousands format."),
    ),
    Layout(
        id="assets-sapulidi-kondisi-ruang-kelas-2016-terbalik-kondisi-baris-jenjang-kolom-total-rusak-salah",
        dataset="assets",
        agency=("Kementerian Pendidikan dan Kebudayaan data, all public and private schools of Indonesia by level "
                "(SD, SMP, SMA, SMK, SLB), classrooms by condition in 2016, published by Sapulidi Riset Center (LSM "
                "Sapulidi) — national schools' rooms (published table, turned)"),
        source=("https://bangimam-berbagi.blogspot.com/2016/08/1194951-ruang-kelas-rusak-di-indonesia.html?m=1 — "
                "post '1.194.951 Ruang Kelas Rusak di Indonesia' (11 August 2016), table 'KONDISI RUANG KELAS PER "
                "JENJANG DI INDONESIA TAHUN 2016': NO | STATUS | SD | SMP | SMA | SMK | SLB | TOTAL, (01) … (08), rows "
                "Jumlah, 1 Baik, 2 Rusak Ringan, 3 Rusak Sedang, 4 Rusak Berat, Total Rusak, 'Sumber : Sapulidi Riset "
                "Center (SRC) LSM Sapulidi, 2016'"),
        year=2016,
        sheets={"Kondisi RK 2016": _rk2016_rows()},
        merged={"Kondisi RK 2016": ["A1:H1", "A2:H2", "A11:H11"]},
        number_formats={"Kondisi RK 2016": {f"{c}{r}": "#,##0" for r in range(5, 11) for c in "CDEFGH"}},
        refused=("its rows 'Baik' (B6) and 'Rusak Ringan' (B7) are conditions (good, damaged) with counts beside them: "
                 "the table is turned on its side"),
        note=("The same NGO's 2016 table, turned: the conditions run down the rows (a 'Jumlah' row first with no "
              "number, then 1 Baik, 2 Rusak Ringan, 3 Rusak Sedang, 4 Rusak Berat, then 'Total Rusak' with no "
              "number), the school levels across (SD, SMP, SMA, SMK, SLB) with a TOTAL column; column numbers (01) … "
              "(08); the post's sub-heading line above the title. The items are the five levels (TOTAL is none): good "
              "= Baik, damaged = ringan + sedang + berat. Published mistakes, two cells: SMK's Jumlah 133.618 where "
              "its four conditions add to 129.618 (so the Jumlah row's TOTAL 1.695.198, the sum of the printed "
              "levels, is 4.000 over its conditions' 1.691.198), and SMA's Total Rusak 78.532 where its three grades "
              "add to 78.352 (digits swapped; the Total Rusak row's TOTAL 1.194.951 is right by the grades, 180 under "
              "the printed levels' 1.195.131): one sum_mismatch each. SMA's damaged is expected as its grades say "
              "(78.352), SMK's counts from its condition rows. Expectation changed after tuning (was the five levels "
              "read with two sum_mismatch): the kit reads one row per item and refuses a table turned on its side, "
              "naming its condition rows, as it refuses a budget with Pagu and Realisasi as rows (fifth set); reading "
              "it turned is a larger change than a rule."),
    ),
]
