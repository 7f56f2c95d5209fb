"""The fourth held-out set: real layouts collected after the third held-out set was read, run through the kit before
any tuning (README.md records that baseline, case by case).

Kinds the corpus had few of: a university's staffing report by jabatan fungsional and sex (Gamatechno SDM), a
national agency's daftar nominatif with its training rows under each person (Basarnas), a SIMPEG recap by age band,
a PDDikti staff listing with PNS / NON PNS; an RPJMD with Kondisi Awal | Target | Realisasi | Capaian over five years,
a kejaksaan negeri's output achievement (Rincian Output) by quarter, a university's Laporan Kinerja with a SAKIP grade,
a dinas Renstra's Tabel 8.1 with Target | Rp per year; a TNI satker's budget by akun (Alokasi DIPA | Realisasi SPAN)
and the Ministry of Defence's LRA by jenis belanja and by sumber dana, program and kegiatan. Published tables keep
their cells as printed (published mistakes kept as expected findings); export layouts keep the exporting code's
columns, titles and footers, filled with invented units, amounts and counts (never a real person: names and NIPs are
synthetic). Expectations are what each table says, never what the kit reads.
"""

from __future__ import annotations

from layouts.case import E, W, budget_row as _b, indicator as _ind, Layout, rupiah as _rp
from workbooks import nip

# ---------------------------------------------------------------- staff

#: Gamatechno SDM 'Laporan Jumlah Pegawai Berdasarkan Jabatan Fungsional': unit → (L, P) per jabatan; invented
_FUNGSIONAL = ["Asisten Ahli", "Lektor", "Lektor Kepala", "Guru Besar"]
_FUNGSIONAL_UNIT = [
    ("Fakultas Ilmu Pendidikan", [(4, 6), (9, 7), (5, 3), (1, 0)]),
    ("Fakultas Matematika dan IPA", [(3, 5), (8, 6), (6, 2), (2, 1)]),
    ("Fakultas Ekonomi", [(2, 4), (5, 5), (3, 1), (0, 0)]),
    ("Fakultas Ilmu Sosial", [(5, 2), (4, 4), (2, 2), (1, 0)]),
    ("Lembaga Penelitian dan Pengabdian kepada Masyarakat", [(0, 0), (0, 0), (0, 0), (0, 0)]),
]


def _fungsional_sheet() -> list[list]:
    width = 2 + 2 * len(_FUNGSIONAL) + 2
    blank = [None] * (width - 1)
    rows = [["LAPORAN JUMLAH PEGAWAI BERDASARKAN JABATAN FUNGSIONAL", *blank],
            ["Jenis Pegawai  : Dosen", *blank],
            ["Jenis Jabatan Fungsional  : Jabatan Fungsional Dosen", *blank],
            [None] * width,
            ["No.", "Unit Kerja", "Fungsional", *[None] * (width - 3)],
            [None, None, *[v for name in _FUNGSIONAL for v in (name, None)], "Jumlah", None],
            ["1", "2", *[v for i in range(len(_FUNGSIONAL) + 1) for v in (i + 3, None)]],
            [" ", "Jenis Kelamin", *["L", "P"] * (len(_FUNGSIONAL) + 1)]]
    totals = [[0, 0] for _ in _FUNGSIONAL]
    for no, (unit, counts) in enumerate(_FUNGSIONAL_UNIT, start=1):
        for i, (men, women) in enumerate(counts):
            totals[i][0] += men
            totals[i][1] += women
        rows.append([no, unit, *[v or None for men, women in counts for v in (men, women)],
                     sum(c[0] for c in counts), sum(c[1] for c in counts)])
    rows.append([None, "TOTAL", *[v or None for men, women in totals for v in (men, women)],
                 sum(t[0] for t in totals), sum(t[1] for t in totals)])
    return rows


def _fungsional_merged() -> list[str]:
    cols = "ABCDEFGHIJKL"
    out = ["A1:L1", "A2:L2", "A3:L3", "A5:A6", "B5:B6", "C5:L5"]
    out += [f"{cols[c]}{r}:{cols[c + 1]}{r}" for r in (6, 7) for c in range(2, 12, 2)]
    return out


#: Basarnas nominatif: (name, place, birth, sex, religion, spouse, children, (education, major, year),
#: CPNS (pangkat, gol, tmt), pangkat (pangkat, gol, tmt), SK, service (y, m), diklat [(name, days, place, year)],
#: latihan jabatan, (jabatan, tmt, eselon)); all invented
_NOMINATIF = [
    ("HENDRA KURNIAWAN", "Bandung", "12-03-1975", "L", "Islam", 1, 2, ("S2", "Manajemen Bencana", "2010"),
     ("Penata Muda", "III/a", "01-03-2000"), ("Pembina", "IV/a", "01-04-2018"), "KP.402/IV/2018 / 15-03-2018", (24, 9),
     [("Diklat SAR Dasar", "21 hari", "Jakarta", "2001"), ("Diklat Manajemen SAR", "14 hari", "Jakarta", "2012")],
     "PIM III", ("Kepala Kantor SAR Kelas A", "02-01-2021", "III.a")),
    ("RINA WULANDARI", "Semarang", "05-08-1982", "P", "Kristen", 1, 1, ("S1", "Akuntansi", "2005"),
     ("Penata Muda", "III/a", "01-01-2008"), ("Penata", "III/c", "01-10-2019"), "KP.311/III/2019 / 20-09-2019", (16, 11),
     [("Diklat Pengelola Keuangan", "5 hari", "Bogor", "2015")], None, ("Kepala Subbagian Umum", "15-06-2020", "IV.a")),
    ("AGUS SETIADI", "Medan", "17-11-1985", "L", "Islam", 1, 3, ("D3", "Teknik Mesin", "2006"),
     ("Pengatur", "II/c", "01-02-2009"), ("Penata Muda Tk I", "III/b", "01-04-2021"), "KP.298/III/2021 / 10-03-2021",
     (15, 10), [("Diklat Rescuer", "30 hari", "Jakarta", "2010"), ("Diklat Water Rescue", "10 hari", "Bali", "2016"),
                ("Diklat Rigging", "7 hari", "Makassar", "2019")], None, ("Rescuer Mahir", "01-05-2021", None)),
    ("DEWI ANGGRAENI", "Surabaya", "22-01-1990", "P", "Islam", 1, 1, ("S1", "Teknik Informatika", "2012"),
     ("Penata Muda", "III/a", "01-03-2015"), ("Penata Muda Tk I", "III/b", "01-04-2019"), "KP.120/III/2019 / 12-03-2019",
     (9, 9), [], None, ("Pranata Komputer Ahli Pertama", "01-07-2019", None)),
    ("BUDI SANTOSO", "Padang", "30-06-1992", "L", "Islam", 0, 0, ("SMA", "IPA", "2010"),
     ("Pengatur Muda", "II/a", "01-03-2014"), ("Pengatur", "II/c", "01-04-2022"), "KP.077/II/2022 / 01-03-2022", (10, 9),
     [("Diklat Rescuer", "30 hari", "Jakarta", "2015")], None, ("Rescuer Terampil", "01-06-2018", None)),
    ("YOHANES BATAONA", "Kupang", "14-02-1988", "L", "Katolik", 1, 2, ("S1", "Ilmu Administrasi Negara", "2011"),
     ("Penata Muda", "III/a", "01-01-2014"), ("Penata", "III/c", "01-10-2022"), "KP.355/III/2022 / 21-09-2022", (11, 11),
     [], None, ("Analis Operasi Pencarian dan Pertolongan", "03-01-2020", None)),
    ("SITI NURHALIZA", "Makassar", "09-09-1995", "P", "Islam", 0, 0, ("D3", "Keperawatan", "2016"),
     ("Pengatur", "II/c", "01-03-2018"), ("Pengatur Tk I", "II/d", "01-04-2022"), "KP.091/II/2022 / 15-03-2022", (6, 9),
     [("Diklat Medical First Responder", "12 hari", "Jakarta", "2019")], None, ("Rescuer Terampil", "01-09-2019", None)),
    ("MUHAMMAD FAJAR", "Pontianak", "03-12-1979", "L", "Islam", 1, 2, ("SMA", "IPS", "1997"),
     ("Pengatur Muda", "II/a", "01-03-2002"), ("Pengatur Tk I", "II/d", "01-10-2016"), "KP.510/II/2016 / 30-09-2016", (22, 9),
     [("Diklat SAR Dasar", "21 hari", "Jakarta", "2003")], None, ("Pengadministrasi Umum", "01-01-2012", None)),
]


def _nominatif_sheet() -> tuple[list[list], list[str]]:
    rows = [["DAFTAR NOMINATIF PEGAWAI \nBADAN SAR NASIONAL \nBULAN DESEMBER 2024"], [],
            ["NO", "NAMA DAN \nTEMPAT TANGGAL \nLAHIR", "NIP / NRP \nKARPEG", "AGAMA", "JK", "JUMLAH \nKELUARGA", None,
             "PENDIDIKAN \nTERAKHIR \nJURUSAN \nTHN LULUS", "CPNS \nGOL. \nTMT", "PANGKAT TERAKHIR", None, "MASA \nKERJA", None,
             "KURSUS / \nDIKLAT TEKNIS", None, None, None, "LATIHAN \nJABATAN", "JABATAN \nTMT \nESELON"],
            [None, None, None, None, None, "ISTRI/ SUAMI", "ANAK", None, None, "GOL. TMT", "NO. / TGL SK", "THN", "BLN",
             "NAMA DIKLAT", "LAMA", "TEMPAT", "THN", None, None],
            list(range(1, 20))]
    merged = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3", "H3:H4", "I3:I4", "J3:K3", "L3:M3", "N3:Q3", "R3:R4",
              "S3:S4"]
    for no, (name, place, born, sex, religion, spouse, kids, edu, cpns, rank, sk, service, diklat, latihan, post) \
            in enumerate(_NOMINATIF, start=1):
        birth = born[6:] + born[3:5] + born[:2]
        number = nip(no, female=sex == "P", birth=birth, appointed=cpns[2][6:] + cpns[2][3:5])
        first = diklat[0] if diklat else (None, None, None, None)
        top = len(rows) + 1
        rows.append([no, f"{name}\n{place},\n{born}", f"{number}\n{'N' if sex == 'L' else 'P'}.{500000 + no * 137}", religion,
                     sex, spouse, kids, "\n".join(edu), "\n".join(cpns), "\n".join(rank), sk.replace(" / ", "\n"), service[0],
                     service[1], *first, f"{latihan},\n" if latihan else None, "\n".join(p for p in post if p)])
        for extra in diklat[1:]:
            rows.append([*[None] * 13, *extra, None, None])
        if len(diklat) > 1:
            bottom = len(rows)
            merged += [f"{c}{top}:{c}{bottom}" for c in "ABCDEFGHIJKLMRS"]
    rows += [[], [*[None] * 14, "Jakarta, 31 Desember 2024"], [*[None] * 14, "KEPALA BIRO UMUM"], [], [],
             [*[None] * 14, "DRS. SUTRISNO WIBOWO"], [*[None] * 14, "Pembina Utama Muda (IV/c)"],
             [*[None] * 14, f"NIP. {nip(99, birth='19680101', appointed='199003')}"]]
    return rows, merged


_NOMINATIF_ROWS, _NOMINATIF_MERGED = _nominatif_sheet()

#: SIMPEG 'Jumlah PNS Menurut Umur': unit kerja → counts per band (<= 20 … > 55); invented
_UMUR_BANDS = ["<= 20", "21 s/d 25", "26 s/d 30", "31 s/d 35", "36 s/d 40", "41 s/d 45", "46 s/d 50", "51 s/d 55", "> 55"]
_UMUR = [
    ("SEKRETARIAT DAERAH", [0, 2, 9, 14, 21, 25, 30, 27, 6]),
    ("SEKRETARIAT DPRD", [0, 1, 4, 6, 8, 9, 12, 10, 2]),
    ("INSPEKTORAT", [0, 0, 3, 5, 7, 8, 6, 9, 1]),
    ("DINAS PENDIDIKAN", [1, 14, 52, 88, 120, 131, 140, 162, 31]),
    ("KECAMATAN SUKAMAJU", [0, 1, 2, 4, 5, 6, 4, 5, 1]),
]

#: PDDikti 'Pegawai Perguruan Tinggi' listing: (name, nidn, nip or None, status pegawai, jenis sdm); invented people
_PDDIKTI = [
    ("ADITYA PRATAMA", "0006059401", None, "NON PNS", "Dosen"),
    ("BAGUS HERMAWAN", "0028028809", nip(1, birth="19880228", appointed="202012"), "PNS", "Dosen"),
    ("CITRA LESTARI", "0024079304", " ", "NON PNS", "Dosen"),
    ("DIMAS SAPUTRA", "0030099203", None, "NON PNS", "Dosen"),
    ("EKA RAHMAWATI", "0013059101", " " + nip(2, female=True, birth="19910513", appointed="201803"), "PNS", "Dosen"),
    ("FAJAR NUGROHO", "0011118503", nip(3, birth="19851111", appointed="201001"), "PNS", "Dosen"),
    ("GITA PERMATASARI", None, nip(4, female=True, birth="19870420", appointed="201101"), "PNS", "Tenaga Kependidikan"),
    ("HARI WIBOWO", "0002027806", nip(5, birth="19780202", appointed="200502"), "PNS", "Dosen"),
    ("INDAH PURNAMASARI", None, None, "NON PNS", "Tenaga Kependidikan"),
    ("JOKO SUSILO", "0019046902", nip(6, birth="19690419", appointed="199503"), "PNS", "Dosen"),
]

STAFF: list[Layout] = [
    Layout(
        id="staff-gtsdm-jabatan-fungsional-dosen-per-unit-lp",
        dataset="staff",
        agency="A state university's SDM application (Gamatechno 'gtsdm', Gorontalo deployment), dosen by jabatan fungsional — PTN satker export",
        source=("github laksonoadi/gtsdm gorontalo/simpeg/module/laporan_pegawai_fungsional/response/"
                "ViewLaporanPegawai.xls.class.php (commit 03349e2): 'LAPORAN JUMLAH PEGAWAI BERDASARKAN JABATAN "
                "FUNGSIONAL', four header rows (No. | Unit Kerja | Fungsional › <jabatan> | Jumlah, column numbers, "
                "'Jenis Kelamin' L | P), a TOTAL row"),
        year=2024,
        sheets={"Pegawai": _fungsional_sheet()},
        merged={"Pegawai": _fungsional_merged()},
        expected={"gender": {"Laki-laki": sum(m for _, c in _FUNGSIONAL_UNIT for m, _ in c),
                             "Perempuan": sum(w for _, c in _FUNGSIONAL_UNIT for _, w in c)}},
        note=("Dosen per unit kerja by jabatan fungsional (Asisten Ahli … Guru Besar), each split L | P, then Jumlah "
              "L | P: the sexes are the only dimension the kit models. The header is four rows: 'Fungsional' merged over "
              "every jabatan and the Jumlah, the jabatan names merged over their L | P pair, the column numbers '1', '2', "
              "3 … 7 merged likewise, and 'Jenis Kelamin' written in the Unit Kerja column of the L | P row. Zero counts "
              "are empty cells (the export writes '' for 0) except in Jumlah; a unit with no dosen stays a row of "
              "blanks and zeros; the TOTAL row has no number. Counts invented (L 60, P 48)."),
    ),
    Layout(
        id="staff-basarnas-nominatif-diklat-rows",
        dataset="staff",
        agency="Badan SAR Nasional (Basarnas), daftar nominatif pegawai from its SIMPEG — lembaga (LPNK) export (synthetic people)",
        source=("public GitHub CodeIgniter SIMPEG view printing 'DAFTAR NOMINATIF PEGAWAI BADAN SAR NASIONAL BULAN …' "
                "(search index file id 41883653062): head_table() with 19 numbered columns (NO, NAMA DAN TEMPAT TANGGAL "
                "LAHIR, NIP / NRP KARPEG, AGAMA, JK, JUMLAH KELUARGA, PENDIDIKAN, CPNS, PANGKAT TERAKHIR, MASA KERJA, "
                "KURSUS / DIKLAT TEKNIS, LATIHAN JABATAN, JABATAN TMT ESELON), a person's further diklat teknis on rows "
                "of their own under rowspan cells, the signature block"),
        year=2024,
        sheets={"Nominatif": _NOMINATIF_ROWS},
        merged={"Nominatif": _NOMINATIF_MERGED},
        expected={
            "golongan": {"IV/a": 1, "III/c": 2, "III/b": 2, "II/c": 1, "II/d": 2},
            "gender": {"Laki-laki": 5, "Perempuan": 3},
            "education": {"S2": 1, "S1": 3, "D3": 2, "SMA": 2},
        },
        # no jenis jabatan column: each type is read from the jabatan name before the TMT line of its cell (since the
        # twenty-seventh set's tuning, a number after the name no longer hides its jenjang: 'Rescuer Terampil ⏎
        # 01-06-2018'); 'Analis Operasi Pencarian dan Pertolongan' names no jenjang, so it is asked
        findings=((W, "position_type_undecided"),),
        note=("A roster printed from HTML to PDF and copied into a workbook: every cell holds several lines joined by "
              "line breaks ('HENDRA KURNIAWAN\\nBandung,\\n12-03-1975'; NIP and karpeg in one cell; the education cell "
              "'S2\\nManajemen Bencana\\n2010'; the rank cell 'Pembina\\nIV/a\\n01-04-2018' beside the CPNS rank), the "
              "header on two rows plus column numbers 1 … 19. A person with several diklat teknis has one row per "
              "diklat: the further rows fill only the four diklat columns, the person's other cells merged down over "
              "them (rowspan). Golongan is the one of 'PANGKAT TERAKHIR', not the CPNS one. 8 synthetic people."),
    ),
    Layout(
        id="staff-simpeg-php-jumlah-pns-menurut-umur",
        dataset="staff",
        agency="BKPSDM of a kabupaten (name invented), PHP SIMPEG rekap print 'Jumlah PNS Menurut Umur' — kabupaten BKPSDM export",
        source="github fadixz123/simpeg laporan/rekapumur.php (commit 1bac40d)",
        year=2024,
        sheets={"Umur": [
            ["JUMLAH PEGAWAI NEGERI SIPIL MENURUT UMUR"], ["PEMERINTAH KABUPATEN SUKAMAJU"], ["KEADAAN PER: 31 Desember 2024"],
            ["No", "UNIT KERJA", *_UMUR_BANDS, "JUMLAH"],
            *[[f"{no}\xa0", f"{unit}\xa0", *counts, sum(counts)] for no, (unit, counts) in enumerate(_UMUR, start=1)],
            [None, "JUMLAH", *[sum(c[i] for _, c in _UMUR) for i in range(len(_UMUR_BANDS))], sum(sum(c) for _, c in _UMUR)],
        ]},
        refused="is a table by age",
        note=("PNS per unit kerja by age band (<= 20, 21 s/d 25 … 51 s/d 55, > 55) and JUMLAH: a table by age, which the "
              "kit does not read as a staff summary; the file must be refused naming the age bands (what to give "
              "instead: counts by golongan, sex, education). The print keeps the '&nbsp;' after the number and the unit "
              "('1\\xa0', 'SEKRETARIAT DAERAH\\xa0'). Counts invented."),
    ),
    Layout(
        id="staff-pddikti-pegawai-pt-pns-non-pns",
        dataset="staff",
        agency="A university's staff as PDDikti lists them ('Pegawai Perguruan Tinggi': dosen and tenaga kependidikan) — PTN/PTS export (synthetic people)",
        source=("github SaktiDw/juned pages/api/referensi/pegawai-pt.js: the referensi response 'Pegawai Perguruan Tinggi "
                "berhasil diambil', fields id, id_sdm, nama_sdm, nidn, nip, nama_status_aktif, nama_status_pegawai "
                "(PNS / NON PNS), jenis_sdm"),
        year=2024,
        sheets={"Pegawai PT": [
            ["id", "id_sdm", "nama_sdm", "nidn", "nip", "nama_status_aktif", "nama_status_pegawai", "jenis_sdm"],
            *[[i, f"{i:08x}-{i * 7:04x}-4{i:03x}-9{i * 3:03x}-{i * 1111:012x}", name, nidn, number, "Aktif", status, jenis]
              for i, (name, nidn, number, status, jenis) in enumerate(_PDDIKTI, start=1)],
        ]},
        expected={"status": {"PNS": sum(1 for p in _PDDIKTI if p[3] == "PNS")}},
        # the listing has no golongan, jenis jabatan or education: each a table the report cannot give, said once
        findings=((W, "column_missing"),) * 3,
        note=("The ministry's listing of a campus's staff: a NIP only for PNS (null or a single space for NON PNS, a "
              "leading space before some NIPs as in the source), no golongan, no sex, no education: only the status "
              "is a dimension the kit models. NON PNS (dosen tetap non-PNS, BLU contracts) are not ASN. 10 synthetic "
              "people, 6 PNS."),
    ),
]

# ---------------------------------------------------------------- indicators

#: RPJMD (uraian level, uraian, [(indicator, unit, awal, targets 2021-2025, realisations 2021-2023)]); invented
_RPJMD_YEARS = [2021, 2022, 2023, 2024, 2025]
_RPJMD = [
    (1, "Meningkatnya kualitas sumber daya manusia", [
        ("Indeks Pembangunan Manusia", "Indeks", 68.5, [69.0, 69.5, 70.0, 70.5, 71.0], [69.1, 69.6, 69.9])],
     [125_000_000_000, 131_000_000_000, 138_500_000_000, 145_000_000_000, 152_000_000_000],
     [118_750_000_000, 126_420_000_000, 131_210_000_000]),
    (2, "Meningkatnya derajat kesehatan masyarakat", [
        ("Angka Harapan Hidup", "Tahun", 70.1, [70.3, 70.5, 70.7, 70.9, 71.1], [70.35, 70.52, 70.74]),
        ("Angka Kematian Bayi", "per 1.000 KH", 12, [11.5, 11, 10.5, 10, 9.5], [11.2, 10.8, 10.9])],
     [64_200_000_000, 67_900_000_000, 71_300_000_000, 74_800_000_000, 78_500_000_000],
     [60_350_000_000, 65_140_000_000, 68_020_000_000]),
    (2, "Meningkatnya kualitas pendidikan", [
        ("Rata-rata Lama Sekolah", "Tahun", 7.8, [7.9, 8.0, 8.1, 8.2, 8.3], [7.92, 8.01, 8.05])],
     [48_600_000_000, 51_000_000_000, 53_700_000_000, 56_400_000_000, 59_200_000_000],
     [45_930_000_000, 49_210_000_000, 50_940_000_000]),
]


def _rupiah(amount) -> str:
    return f"{amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def _capaian(real, target) -> float:
    return round(100 * real / target, 2) if target else 0


def _predikat(value) -> str:
    return "" if value in ("", None) or value == 0 else "A+" if value > 100 else "A" if value > 80 else "B" if value > 60 \
        else "C" if value > 40 else "D" if value > 20 else "E"


def _num(value) -> str:
    return "" if value is None else f"{value:g}"


def _rpjmd_sheet() -> tuple[list[list], list[str]]:
    head1 = ["Uraian", *[None] * 5, "Indikator", "Satuan", "Kondisi Awal", "Target", *[None] * 9, "Realisasi", *[None] * 9,
             "Capaian", *[None] * 14]
    head2 = [*[None] * 9, *[v for y in _RPJMD_YEARS for v in (y, None)], *[v for y in _RPJMD_YEARS for v in (y, None)],
             *[v for y in _RPJMD_YEARS for v in (y, None, None)]]
    head3 = [*[None] * 9, *["Kinerja", "Pagu"] * 10, *["Kinerja", "Pagu", "Predikat"] * 5]
    rows = [["RENSTRA"], [], head1, head2, head3]
    merged = ["A3:F5", "G3:G5", "H3:H5", "I3:I5", "J3:S3", "T3:AC3", "AD3:AR3"]
    letters = [chr(65 + i) if i < 26 else "A" + chr(65 + i - 26) for i in range(44)]
    merged += [f"{letters[9 + 2 * i]}4:{letters[10 + 2 * i]}4" for i in range(10)]
    merged += [f"{letters[29 + 3 * i]}4:{letters[31 + 3 * i]}4" for i in range(5)]
    for level, uraian, indicators, pagu, real_pagu in _RPJMD:
        top = len(rows) + 1
        for k, (name, unit, awal, targets, reals) in enumerate(indicators):
            reals = reals + [None] * (5 - len(reals))
            first = k == 0
            row = ([uraian, *[None] * 5] if level == 1 else [None, uraian, *[None] * 4]) if first else [None] * 6
            row += [name, unit, _num(awal)]
            row += [v for i in range(5) for v in (_num(targets[i]), _rupiah(pagu[i]) if first else None)]
            row += [v for i in range(5) for v in (_num(reals[i]), _rupiah(real_pagu[i] if i < len(real_pagu) else 0) if first else None)]
            for i in range(5):
                cap = _capaian(reals[i] or 0, targets[i])
                cap_pagu = round(100 * real_pagu[i] / pagu[i], 2) if i < len(real_pagu) else 0
                row += [f"{cap:g}%", f"{cap_pagu:g}%" if first else None, _predikat(cap)]
            rows.append(row)
        bottom = len(rows)
        if bottom > top:
            merged.append(f"A{top}:F{bottom}" if level == 1 else f"B{top}:F{bottom}")
            merged += [f"{letters[c]}{top}:{letters[c]}{bottom}" for c in [*range(10, 29, 2), *range(30, 44, 3)]]
        else:
            merged.append(f"A{top}:F{top}" if level == 1 else f"B{top}:F{top}")
    return rows, merged


_RPJMD_ROWS, _RPJMD_MERGED = _rpjmd_sheet()

#: Renstra Tabel 8.1 rows: (kode, uraian, indicator, awal, [(target, rp) 2016-2021], akhir, skpd) as published
_TABEL81 = [
    ("1.02.", "KESEHATAN", None, None, [(None, None)] * 6, None, "DIKES"),
    ("I.", "Program Pelayanan Adminsitrasi Perkantoran", "cakupan layanan adminstrasi perkantoran", "94",
     [("100%", "4,650,512,721"), ("100%", "5,348,089,629"), ("100%", "6,150,303,074"), ("100%", "7,072,848,535"),
      ("100%", "8,133,775,815"), ("100%", "9,353,842,187")], "100%", None),
    ("2", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
     "Waktu penyediaan jasa Komunikasi, Sumber Daya Air dan Listrik", "12",
     [("12", "297,400,000"), ("12", "336,010,000"), ("12", "386,411,500"), ("12", "444,373,225"), ("12", "511,029,209"),
      ("12", "587,683,590")], "12", None),
    ("3", "Penyediaan Jasa Peralatan dan Perlengkapan Kantor", "Waktu penyediaan Jasa Peralatan dan Perlengkapan Kantor",
     "12", [("12", "25,000,000"), ("12", "28,750,000"), ("12", "33,062,500"), ("12", "38,021,875"), ("12", "43,725,156"),
            ("12", "50,283,930")], "12", None),
    ("4", "Penyediaan Jasa Pemeliharaan dan Perizinan Kendaraan Dinas/Operasional",
     "Jumlah dan Jenis Kendaraan Dinas/operasional yang disediakan jasa pemeliharaan dan perizinan", "R4 : 11 Unit",
     [("R4 : 11 Unit", "425,000,000"), ("R4 : 11 Unit", "488,750,000"), ("R4 : 11 Unit", "562,062,500"),
      ("100%", "646,371,875"), ("R4 : 11 Unit", "743,327,656"), ("R4 : 11 Unit", "854,826,805")], "R4 : 11 Unit", None),
    ("5", "Penyediaan Jasa Administrasi Keuangan", "Waktu penyediaan Jasa Administrasi Keuangan", "12",
     [("12", "2,873,200,000"), ("12", "3,304,180,000"), ("12", "3,799,807,000"), ("12", "4,369,778,050"),
      ("12", "5,025,244,758"), ("12", "5,779,031,471")], "12", None),
]

INDICATORS: list[Layout] = [
    Layout(
        id="ind-rpjmd-kondisi-awal-target-realisasi-capaian-lima-tahun",
        dataset="indicators",
        agency="A pemda's RPJMD monitoring application ('sepeda'), tujuan and sasaran indicators over five years — kabupaten pemda export",
        source=("github irunwazed/sepeda resources/views/pdf/renstra.blade.php (commit 06354f6): Uraian | Indikator | "
                "Satuan | Kondisi Awal | Target › <year> › Kinerja | Pagu (five years) | Realisasi › … | Capaian › <year> "
                "› Kinerja | Pagu | Predikat; setCapaian = 100 × realisasi / target, setPredikat"),
        year=2023,
        sheets={"RENSTRA": _RPJMD_ROWS},
        merged={"RENSTRA": _RPJMD_MERGED},
        expected=[_ind("Indeks Pembangunan Manusia", 70.0, 69.9), _ind("Angka Harapan Hidup", 70.7, 70.74),
                  _ind("Angka Kematian Bayi", 10.5, 10.9, "negative"), _ind("Rata-rata Lama Sekolah", 8.1, 8.05)],
        findings=((W, "polarity_inferred"), (W, "capaian_mismatch")),
        note=("Five years side by side three times: Target (Kinerja | Pagu), Realisasi (Kinerja | Pagu) and Capaian "
              "(Kinerja % | Pagu % | Predikat), with the Kondisi Awal before them; the Pagu cells are merged down over "
              "the uraian's indicators. The year checked is 2023, the third; 2024 and 2025 have no realisation yet "
              "(their capaian printed '0%'). The view computes every capaian as realisasi / target, so Angka Kematian "
              "Bayi, lower is better, is printed 103.81% (A+) for a rate above its target (a published mistake: "
              "capaian_mismatch; the polarity is inferred from the name). Figures invented."),
    ),
    Layout(
        id="ind-kejari-pesisir-selatan-capaian-ro-triwulan-iv-2022",
        dataset="indicators",
        agency="Kejaksaan Negeri Pesisir Selatan (Kejaksaan Tinggi Sumatera Barat) — kejaksaan satker",
        source=("https://fliphtml5.com/pwbtq/hepm/LAPORAN_KINERJA_TRIWULAN_IV_TAHUN_2022_KEJAKSAAN_NEGERI_PESISIR_SELATAN/28 — "
                "Laporan Kinerja Triwulan IV 2022, p. 37, b) Pembangunan / Pengadaan / Peningkatan Sarana dan "
                "Prasarana: NO. | RINCIAN OUTPUT (RO) PER SATKER | TARGET SETAHUN | SATUAN | CAPAIAN OUTPUT TRIWULAN IV "
                "(JUMLAH | %)"),
        year=2022,
        sheets={"Capaian RO": [
            ["b) Pembangunan / Pengadaan / Peningkatan Sarana dan Prasarana"],
            ["Pada tahun anggaran 2022,"],
            ["NO.", "RINCIAN OUTPUT (RO) PER SATKER", "TARGET SETAHUN", "SATUAN", "CAPAIAN OUTPUT TRIWULAN IV", None],
            [None, None, None, None, "JUMLAH", "%"],
            ["Layanan Prasarana Internal", None, None, "Unit", None, None],
            [1, "KEJAKSAAN NEGERI PESISIR SELATAN", 4, "Unit", 4, "100 %"],
        ]},
        merged={"Capaian RO": ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "A5:C5"]},
        expected=[_ind("Layanan Prasarana Internal", 4.0, 4.0)],
        note=("A kejaksaan's output (Rincian Output) achievement: the RO is named on a group row ('Layanan Prasarana "
              "Internal', its unit in the SATUAN column) and its figures are on the satker's row under it, named by "
              "the satker ('KEJAKSAAN NEGERI PESISIR SELATAN'): target 4 Unit a year, 4 realised in the fourth quarter, "
              "'100 %'. As published."),
    ),
    Layout(
        id="ind-unkhair-lapkin-2020-predikat-sakip-bb",
        dataset="indicators",
        agency="Universitas Khairun, Ternate (Kemendikbud PTN) — universitas satker",
        source=("https://123dok.com/article/capaian-kinerja-organisasi-lapkin-universitas-khairun-tahun.qm5jge4z — LAPKIN "
                "Universitas Khairun 2020, Bab III 3.1, Tabel 3.1 Laporan Kinerja Universitas Khairun Tahun 2020 (the "
                "first sasaran's two rows)"),
        year=2020,
        sheets={"Tabel 3.1": [
            ["Tabel 3.1 Laporan Kinerja Universitas Khairun Tahun 2020"],
            ["Sasaran", "Indikator Kinerja", "Target 2020", "Realisasi 2020", "IKK (%)"],
            ["Meningkatnya tata kelola satuan kerja di lingkungan Ditjen Pendidikan Tinggi",
             "Rata-rata predikat SAKIP Satker minimal BB", "BB", "BB", 100],
            [None, "Rata-rata nilai Kinerja Anggaran atas Pelaksanaan RKA-K/L Satker minimal 80", "80%", "98,06%", "123%"],
        ]},
        merged={"Tabel 3.1": ["A3:A4"]},
        expected=[_ind("Rata-rata predikat SAKIP", "BB", "BB", "ordinal"),
                  _ind("Rata-rata nilai Kinerja Anggaran", 80.0, 98.06)],
        note=("A university's Tabel 3.1: Sasaran (merged over its indicators) | Indikator Kinerja | Target 2020 | "
              "Realisasi 2020 | IKK (%), the years in the headers. The SAKIP grade 'BB' is both target and realisation "
              "(IKK 100); the budget-performance score 98,06% against 80% is printed 123% (122,6 rounded). The page's "
              "text breaks off in the next sasaran ('Meningkatnya kualitas lulusan …'); the first sasaran's rows are "
              "copied as printed."),
    ),
    Layout(
        id="ind-renstra-dinkes-tabel-8-1-target-rp-2016-2021",
        dataset="indicators",
        agency="Dinas Kesehatan of a kabupaten ('DIKES'), Renstra 2016-2021 Tabel 8.1 — kabupaten dinas",
        source=("https://ar.scribd.com/document/369269484/Matriks-Program-Kegiatan-Renstra-2016-2021 — Lampiran 1, TABEL "
                "8.1 INDIKASI RENCANA PROGRAM PRIORITAS YANG DISERTAI KEBUTUHAN PENDANAAN, p. 1 (urusan 1.02 Kesehatan, "
                "Program Pelayanan Administrasi Perkantoran)"),
        year=2018,
        sheets={"Tabel 8.1": [
            ["LAMPIRAN : 1"],
            ["TABEL 8.1 INDIKASI RENCANA PROGRAM PRIORITAS YANG DISERTAI KEBUTUHAN PENDANAAN"],
            ["Kode", "Bidang Urusan Pemerintahan dan Program Prioritas Pembangunan", "Indikator Kinerja Program (Outcome)",
             "Kondisi Kinerja pada awal RPJMD (2015)", "Capaian Kinerja Progam dan Kerangka Pendanaan", *[None] * 11,
             "Kondisi Kinerja pada akhir RPJMD (Tahun 2021)", "SKPD Penanggung jawab"],
            [*[None] * 4, *[v for y in range(2016, 2022) for v in (f"Tahun {y}", None)], None, None],
            [*[None] * 4, *["Target", "Rp."] * 6, None, None],
            [*range(1, 18), None],
            *[[kode, name, ind, awal, *[v for pair in years for v in pair], akhir, skpd]
              for kode, name, ind, awal, years, akhir, skpd in _TABEL81],
        ]},
        merged={"Tabel 8.1": ["A3:A5", "B3:B5", "C3:C5", "D3:D5", "E3:P3", "Q3:Q5", "R3:R5",
                              *[f"{a}4:{b}4" for a, b in zip("EGIKMO", "FHJLNP")]]},
        expected=[_ind("cakupan layanan adminstrasi", 100.0, None), _ind("Waktu penyediaan jasa Komunikasi", 12.0, None),
                  _ind("Waktu penyediaan Jasa Peralatan", 12.0, None),
                  _ind("Jumlah dan Jenis Kendaraan", "R4 : 11 Unit", None),
                  _ind("Waktu penyediaan Jasa Administrasi", 12.0, None)],
        findings=((W, "field_empty"),),  # a plan: no realisation yet, as the other plans of the corpus
        note=("A Renstra's plan: each program and kegiatan with its indicator, the condition at the start (2015), a "
              "Target | Rp. pair for each of six years and the condition at the end; no realisation (a plan). The year "
              "checked is 2018. Published as printed: 'Adminsitrasi', 'adminstrasi', 'Progam'; the vehicle target "
              "'R4 : 11 Unit' every year but 2019, printed '100%'; thousands with commas. The Jasa Surat Menyurat row "
              "(printed with one of its thirteen cells missing, so its years cannot be told apart) is left out; the "
              "urusan row '1.02. KESEHATAN' carries only the SKPD."),
    ),
]

# ---------------------------------------------------------------- budget

#: Kodam III/Siliwangi belanja pegawai per akun, triwulan I 2019: (akun, nama, alokasi DIPA, realisasi SPAN) as published
_ABP = [
    ("511145", "Beban Tunj. Penghidupan Luar Negeri untuk Home Staff PNS (Staff di LN)", 1384000000, 230666000),
    ("511161", "Beban Gaji Pokok PNS TNI/Polri", 112587901000, 26881499520),
    ("511169", "Beban Pembulatan Gaji PNS TNI/Polri", 37210000, 406167),
    ("511171", "Beban Tunj. Suami/Istri PNS TNI/Polri", 9934233000, 1998985686),
    ("511172", "Beban Tunj. Anak PNS TNI/Polri", 3065391000, 595202787),
    ("511173", "Beban Tunj. Struktural PNS TNI/Polri", 2825802000, 544250000),
    ("511174", "Beban Tunj. Fungsional PNS TNI/Polri", 2470395000, 581300000),
    ("511175", "Beban Tunj. PPh PNS TNI/Polri", 1174575000, 14406893),
    ("511176", "Beban Tunj. Beras PNS TNI/Polri", 7850515000, 1658591760),
    ("511179", "Beban Uang Makan PNS TNI/Polri", 27215565000, 4869401600),
    ("511191", "Beban Tunjangan Medis PNS TNI/POLRI", 156782000, 29850000),
    ("511193", "Beban Tunjangan Umum PNS TNI/Polri", 5964794000, 1126455000),
    ("511194", "Beban Tunj. Kompensasi Kerja Bidang Persandian PNS TNI/Polri", 97500000, 16200000),
    ("511197", "Belanja Tunjangan Profesi Dosen/Kehormatan Guru Besar PNS TNI/Polri", 95230000, 0),
    ("511211", "Beban Gaji Pokok TNI/POLRI", 92719894000, 25096408480),
    ("511219", "Beban Pembulatan Gaji TNI/POLRI", 2745000, 309473),
    ("511221", "Beban Tunj. Suami/Istri TNI/POLRI", 9016257000, 2237100800),
    ("511222", "Beban Tunj. Anak TNI/POLRI", 3135538000, 713152546),
    ("511223", "Beban Tunj. Struktural TNI/POLRI", 13764272000, 3737985000),
    ("511224", "Beban Tunj. Fungsional TNI/POLRI", 2588906000, 419910000),
    ("511225", "Beban Tunj. PPh TNI/POLRI", 1580528000, 137582771),
    ("511226", "Beban Tunj. Beras TNI/POLRI", 7243371000, 1944081468),
    ("511228", "Beban Tunj. Lauk pauk TNI/POLRI", 42346101000, 11514570000),
    ("511232", "Beban Tunj. Kowan/Polwan TNI TNI/POLRI", 139795000, 30600000),
    ("511235", "Beban Tunj. Kompensasi Kerja Bidang Persandian TNI/POLRI", 46800000, 13200000),
    ("511244", "Beban Tunjangan Umum TNI/Polri", 1060675000, 264945000),
    ("511245", "Beban Santunan Cacat TNI", 167193000, 0),
    ("511247", "Beban Tunjangan Dosen TNI", 610000000, 0),
    ("512211", "Beban Uang Lembur", 1277208000, 88262400),
    ("512411", "Beban Pegawai (Tunjangan Khusus/Kegiatan/Kinerja)", 200832970000, 43128468566),
]

#: Kemhan LRA by jenis belanja: jenis → [(akun, uraian, semula, revisi, belanja, pengembalian)]; invented
_LRA_JENIS = [
    ("51", "Belanja pegawai", [
        ("511111", "Belanja gaji pokok PNS", 4_812_500_000, 4_812_500_000, 4_730_215_400, -2_145_000),
        ("511119", "Belanja pembulatan gaji PNS", 1_250_000, 1_250_000, 1_038_221, 0),
        ("511121", "Belanja tunj. suami/istri PNS", 412_300_000, 398_100_000, 389_542_100, -312_500),
    ]),
    ("52", "Belanja barang", [
        ("521111", "Belanja keperluan perkantoran", 862_000_000, 905_400_000, 871_336_250, -1_250_000),
        ("521211", "Belanja bahan", 214_750_000, 214_750_000, 198_420_000, 0),
        ("524111", "Belanja perjalanan dinas biasa", 1_326_000_000, 1_180_000_000, 1_102_875_600, -4_600_000),
    ]),
    ("53", "Belanja modal", [
        ("532111", "Belanja modal peralatan dan mesin", 2_450_000_000, 2_605_000_000, 2_561_930_000, 0),
        ("533111", "Belanja modal gedung dan bangunan", 6_780_000_000, 6_780_000_000, 6_412_050_000, 0),
    ]),
]


def _lra_line(code, name, semula, revisi, belanja, kembali) -> list:
    netto = belanja + kembali
    return [code, name, _rp(semula), _rp(revisi), _rp(belanja), _rp(kembali) if kembali else "0", _rp(netto),
            f"{100 * belanja / revisi:.2f}", _rp(revisi - netto)]


def _lra_head(title: str) -> list[list]:
    return [[title], ["KEMENTERIAN PERTAHANAN"], ["UNTUK PERIODE YANG BERAKHIR 31 DESEMBER 2019"],
            ["KEMENTERIAN NEGARA/LEMBAGA", ": 012 - KEMENTERIAN PERTAHANAN", None, None, None, "Kode Lap", ": LRA.P.E1.2"],
            ["ESELON", ": 01 - KEMENTERIAN PERTAHANAN", None, None, None, "Tanggal", ": 11/02/20 11:30 PM"],
            [None, None, None, None, None, "Halaman", ": 2"], [None, None, None, None, None, "Prg ID", ": lap_09"],
            ["KODE", "URAIAN", "ANGGARAN SEMULA", "ANGGARAN SETELAH REVISI", "REALISASI BELANJA", None, None,
             "%REALISASI ANGGARAN", "SISA ANGGARAN"],
            [None, None, None, None, "BELANJA", "PENGEMBALIAN BELANJA", "BELANJA NETTO", None, None],
            ["1", "2", "3", "4", "5", "6", "7=5+6", "8=5/4", "9=4-7"]]


_LRA_MERGED = ["A8:A9", "B8:B9", "C8:C9", "D8:D9", "E8:G8", "H8:H9", "I8:I9"]


def _sum(lines, i):
    return sum(line[i] for line in lines)


def _lra_jenis_rows() -> list[list]:
    rows = _lra_head("Laporan Realisasi Anggaran Belanja Menurut Jenis Belanja")
    for code, name, akun in _LRA_JENIS:
        rows.append(_lra_line(code, name, *[_sum(akun, i) for i in range(2, 6)]))
        rows += [_lra_line(*line) for line in akun]
        rows.append(_lra_line(None, f"Jumlah kelompok belanja {code}", *[_sum(akun, i) for i in range(2, 6)]))
    return rows


#: Kemhan LRA by sumber dana, program and kegiatan: sumber → [(program code, name, [(kegiatan code, name, amounts)])]
_LRA_SUMBER = [
    ("01", "Rupiah murni", [
        ("01", "Program dukungan manajemen dan pelaksanaan tugas teknis lainnya", [
            ("0111", "Pelayanan sistem informasi", 1_845_000_000, 1_812_300_000, 1_779_450_000, -1_100_000),
            ("0112", "Pelayanan dan pembinaan keuangan pertahanan", 2_930_000_000, 2_930_000_000, 2_847_215_000, 0),
            ("0115", "Dukungan pelayanan umum UO Kemhan", 5_112_400_000, 5_380_000_000, 5_215_604_300, -3_450_000),
        ]),
        ("02", "Program peningkatan sarana dan prasarana aparatur Kementerian Pertahanan", [
            ("0211", "Pengelolaan barang milik negara", 940_000_000, 912_500_000, 880_125_000, 0),
            ("0214", "Pengadaan jasa komunikasi pertahanan", 3_615_000_000, 3_615_000_000, 3_498_730_000, -2_000_000),
        ]),
    ]),
    ("04", "Pinjaman luar negeri", [
        ("02", "Program peningkatan sarana dan prasarana aparatur Kementerian Pertahanan", [
            ("0216", "Pengadaan barang dan jasa militer", 48_250_000_000, 51_400_000_000, 49_872_600_000, 0),
        ]),
    ]),
]


def _lra_sumber_rows() -> list[list]:
    rows = _lra_head("Laporan Realisasi Anggaran Belanja Menurut Sumber Dana")
    for code, name, programs in _LRA_SUMBER:
        rows.append([code, name, *[None] * 7])
        for pcode, pname, kegiatan in programs:
            rows.append(_lra_line(pcode, pname, *[_sum(kegiatan, i) for i in range(2, 6)]))
            rows += [_lra_line(*line) for line in kegiatan]
            rows.append(_lra_line(None, f"Jumlah belanja program {pcode}", *[_sum(kegiatan, i) for i in range(2, 6)]))
    return rows


#: SIMDD 'Rincian Dana Desa' (APBDes realisation): bidang → (anggaran, realisasi, lebih/kurang, %) and its kegiatan,
#: as hard-coded in the page
_DESA_BIDANG = [
    ("Bidang Pelaksanaan Pembangunan Desa", (564_134_444, 564_134_444, 17_739_762, "96.86"), [
        (name, 48_000_000, 45_000_000, 3_000_000, "93.75") for name in (
            "Penyelanggaraan PAUD/TK/TPA/TKA/TPQ/Madrasah NonFormal Milik Desa (Honor, Pakaian dll)",
            "Penyelanggaraan POS Kesehatan Desa/Polindes Milik Desa(Obat, Intensif, KB dll)",
            "Penyelanggaraan Posyandu(Mkn Tambahan, Kls Bumil, Lamsia, Intensif)",
            "Penyelanggaraan Desa Siaga Kesehatan", "Layanan Pos Pembinaan Terpadu(POSBINDU)",
            "Pembangunan/Rehabilitasi/Peningkatan Prasanana Jalan Desa(Gorong, Selokan dll)",
            "Pembangunan/Rehabilitasi/Peningkatan Embung Desa(Dipilih)",
            "Penyelanggaraan Informasi Publik Desa(Poster, Baliho, dll)")]),
    ("Bidang Pembinaan Kemasyarakatan", (204_574_076, 160_378_832, 44_195_244, "96.86"), [
        ("Pembinaan Group Kesehatan dan Kebudayaan Tingkat Desa", 5_200_000, 5_020_000, 175_000, "96.63"),
        ("Pembangunan Rehabilitasi/Peningkatan Sarana dan Prasarana Kepemudaaan & Olahraga Milik Desa", 199_374_076,
         155_353_832, 44_020_244, "77.92")]),
    ("Bidang Pemberdayaan Masyarakat", (3_000_000, 0, 3_000_000, "0"), [
        ("Pelatihan dan Penyuluhan Perlindungan Anak", 3_000_000, 0, 3_000_000, "0")]),
    ("Bidang Penanggulangan Bencana, Darurat Dan Mendesak Desa", (401_133_500, 399_933_500, 1_200_000, "99.70"), [
        ("Kegiatan Penanggulangan Bencana", 1_833_500, 1_833_500, 0, "100"),
        ("Penanganan Keadaan Mendesak", 399_300_000, 398_100_000, 1_200_000, "99.70")]),
]


def _desa_rows() -> list[list]:
    def line(name, budget, realised, rest, pct):
        return [None, name, _rp(budget), _rp(realised), _rp(rest), pct]

    jumlah_pendapatan = [None, "JUMLAH PENDAPATAN", "860.111.000", "860.111.000", "0", "0"]
    rows = [[None, "Uraian", "anggaran", "realisasi", "Lebih/kurang", "presentase"], ["Pendapatan"],
            line("Pendapatan Transfer", 860_111_000, 860_111_000, 0, "100"), line("Dana Desa", 860_111_000, 860_111_000, 0, "100"),
            jumlah_pendapatan, ["Belanja"]]
    for n, (bidang, (budget, realised, rest, pct), kegiatan) in enumerate(_DESA_BIDANG):
        rows.append([bidang, None, _rp(budget), _rp(realised), _rp(rest), pct])
        rows += [line(*k) for k in kegiatan]
        if n == 0:
            rows.append(jumlah_pendapatan)  # the page repeats the Pendapatan total here
    rows += [[None, "JUMLAH BELANJA\nSURPLUS/(DEFISIT)", "1.172.842.020\n-312.731.020", "1.106.707.014\n-246.596.014",
              "66.135.006\n-66.135.006", "94.36\n-27.15"],
             ["Belanja"],
             ["Penerimaan Pembiayaan", None, "312.731.020", "312.731.020", "0", None],
             line("SLIPA Tahun Sebelumnya", 312_731_020, 312_731_020, 0, None),
             [None, "PEMBIAYAAN NETO\nSILPA/SILPA TAHUN BERJALAN", "312.731.020\n0", "312.731.020\n66.135.006<",
              "0\n-66.135.006", None]]
    return rows


def _lra_sumber_expected() -> list[dict]:
    """The programs of every source of funds once each (in the order they first appear), their amounts added up over
    the sources, each followed by its kegiatan from all sources."""
    programs: dict[str, tuple[str, list[tuple]]] = {}
    for _, _, blocks in _LRA_SUMBER:
        for code, name, kegiatan in blocks:
            programs.setdefault(code, (name, []))[1].extend(kegiatan)
    return [row for name, kegiatan in programs.values() for row in (
        _b("program", name, _sum(kegiatan, 3), _sum(kegiatan, 4) + _sum(kegiatan, 5)),
        *[_b("kegiatan", line[1], line[3], line[4] + line[5]) for line in kegiatan])]


BUDGET: list[Layout] = [
    Layout(
        id="budget-kodam-siliwangi-belanja-pegawai-akun-dipa-span-2019",
        dataset="budget",
        agency="Kodam III/Siliwangi (TNI Angkatan Darat, Kementerian Pertahanan), Satker ZIDAM III/SLW — TNI satker",
        source=("github ikints/webanggaran resources/views/backend/uo/laporan-rincian-abp.blade.php (commit 5e53a9f): "
                "'Laporan Pelaksanaan Anggaran Belanja Pegawai', PERIODE 1 JANUARI S.D. 31 MARET 2019, KODE | NAMA AKUN | "
                "ALOKASI DIPA | REALISASI SPAN | SISA | %, column numbers 1 … 6, tfoot TOTAL"),
        year=2019,
        sheets={"Belanja Pegawai": [
            ["Laporan Pelaksanaan Anggaran Belanja Pegawai"], ["TNI ANGKATAN DARAT"],
            ["PERIODE 1 JANUARI S.D. 31 MARET 2019"],
            ["Unit Organisasi", ": 22 - TNI ANGKATAN DARAT"], ["Kotama", ": 08 - Kodam III/SILIWANGI"],
            ["Satuan Kerja", ": ZIDAM III/SLW"], ["Alokasi", ": Rp. 28.909.920.000"],
            ["KODE", "NAMA AKUN", "ALOKASI DIPA", "REALISASI SPAN", "SISA", "%"],
            [1, 2, 3, 4, 5, 6],
            *[[akun, name, dipa, span, dipa - span, f"{100 * span / dipa:.2f}"] for akun, name, dipa, span in _ABP],
            ["#", "TOTAL", sum(r[2] for r in _ABP), sum(r[3] for r in _ABP), sum(r[2] - r[3] for r in _ABP), "23.19"],
        ]},
        expected=[_b("program", name, dipa, span) for _, name, dipa, span in _ABP],
        note=("A TNI satker's personnel spending by six-digit akun (5111xx gaji and tunjangan of PNS and of TNI, 5122xx "
              "lembur, 512411 tunjangan kinerja) in the first quarter: Alokasi DIPA, Realisasi SPAN, Sisa, % with a "
              "decimal point. A flat list of accounts (level 'program', as the corpus's other flat lists); the TOTAL "
              "row in the tfoot starts with '#'. The box above the table says 'Alokasi : Rp. 28.909.920.000', not the "
              "table's 551.392.146.000 (the box is the view's fixed text; a published inconsistency, not a column). "
              "Figures as published in the view."),
    ),
    Layout(
        id="budget-kemhan-lra-e1-jenis-belanja-netto",
        dataset="budget",
        agency="Kementerian Pertahanan, eselon I (UO Kemhan), LRA.P.E1.2 by jenis belanja — kementerian eselon I export",
        source=("github ikints/webanggaran resources/views/backend/uo/kemhan/laporan-realisasi-anggaran-belanja-menurut-"
                "jenis-belanja.blade.php (commit a1257ac): KODE | URAIAN | ANGGARAN SEMULA | ANGGARAN SETELAH REVISI | "
                "REALISASI BELANJA › BELANJA | PENGEMBALIAN BELANJA | BELANJA NETTO | %REALISASI ANGGARAN | SISA "
                "ANGGARAN, column numbers '7=5+6', '8=5/4', '9=4-7'"),
        year=2019,
        sheets={"LRA Jenis Belanja": _lra_jenis_rows()},
        merged={"LRA Jenis Belanja": _LRA_MERGED},
        expected=[row for code, name, akun in _LRA_JENIS for row in (
            _b("program", name, _sum(akun, 3), _sum(akun, 4) + _sum(akun, 5)),
            *[_b("kegiatan", line[1], line[3], line[4] + line[5]) for line in akun])],
        note=("The ministry's realisation by jenis belanja (51 pegawai, 52 barang, 53 modal) and six-digit akun, each "
              "jenis closed by its 'Jumlah kelompok belanja' row: the budget is the Anggaran Setelah Revisi (not the "
              "Semula), the realisation the Belanja Netto (belanja plus the negative pengembalian). Amounts with dots "
              "between thousands, the percentage with a decimal point. Akun rows are read as the jenis's children "
              "(level 'kegiatan'). Amounts invented (the view's own figures are placeholders)."),
    ),
    Layout(
        id="budget-kemhan-lra-sumber-dana-program-kegiatan",
        dataset="budget",
        agency="Kementerian Pertahanan, eselon I (UO Kemhan), LRA by sumber dana, program and kegiatan — kementerian eselon I export",
        source=("github ikints/webanggaran resources/views/backend/uo/kemhan/laporan-realisasi-anggaran-belanja-menurut-"
                "sumber-dana.blade.php (commit a1257ac): the sumber dana row ('01 Rupiah murni', no amounts), program "
                "rows (two-digit code), kegiatan rows (four-digit code), 'Jumlah belanja program 01' rows"),
        year=2019,
        sheets={"LRA Sumber Dana": _lra_sumber_rows()},
        merged={"LRA Sumber Dana": _LRA_MERGED},
        expected=_lra_sumber_expected(),
        note=("The same LRA by source of funds: a row per sumber dana (01 Rupiah murni, 04 Pinjaman luar negeri) with "
              "no amounts, under it programs and their kegiatan, each program closed by 'Jumlah belanja program NN'. "
              "Program 02 appears under both sources with other kegiatan under each: the program is one, its budget "
              "and realisation the two sources' added up, its kegiatan those of both. Budget: Anggaran Setelah Revisi; "
              "realisation: Belanja Netto. Amounts invented (the view's own figures are placeholders)."),
    ),
    Layout(
        id="budget-simdd-apbdes-bidang-pendapatan-pembiayaan",
        dataset="budget",
        agency="A desa's APBDes realisation as its dana desa information system (SIMDD) shows it — desa export",
        source=("github IsalGani/SIMDD resources/views/partials/rincianDanaDesa.blade.php (commit fca3a8e): Uraian | "
                "anggaran | realisasi | Lebih/kurang | presentase, blocks Pendapatan, Belanja (by bidang), Pembiayaan"),
        year=2023,
        sheets={"Rincian Dana Desa": _desa_rows()},
        expected=[row for bidang, (budget, realised, _, _), kegiatan in _DESA_BIDANG for row in (
            _b("program", bidang, budget, realised), *[_b("kegiatan", k[0], k[1], k[2]) for k in kegiatan])],
        findings=((E, "sum_mismatch"), (E, "sum_mismatch"), (E, "sum_mismatch"), (E, "sum_mismatch"),
                  (W, "pct_mismatch"), (W, "pct_mismatch"), (W, "pct_mismatch")),
        note=("A village budget in one table: Pendapatan (Pendapatan Transfer, Dana Desa) and its JUMLAH, Belanja by "
              "bidang (the bidang named in the first column, bold, its kegiatan named in Uraian under it), JUMLAH "
              "BELANJA with SURPLUS/(DEFISIT) on a second line of the same cells, then Pembiayaan (SILPA). Only the "
              "belanja rows are spending. Published as hard-coded in the page, mistakes kept: the Pembiayaan block is "
              "headed 'Belanja' again; the JUMLAH PENDAPATAN row is repeated inside the Belanja block; the eight "
              "kegiatan of Pelaksanaan Pembangunan (48.000.000 / 45.000.000 each) do not add up to its 564.134.444 "
              "(budget and realisation: two sum_mismatch); Pembinaan Kemasyarakatan's realisation is 160.378.832, its "
              "kegiatan 160.373.832 (sum_mismatch); JUMLAH BELANJA's realisation 1.106.707.014 is not the bidang's "
              "1.124.446.776 (sum_mismatch); the bidang % 96.86 twice (100 and 78,40 computed) and the 96.63 of a "
              "5.020.000 / 5.200.000 kegiatan (96,54) are pct_mismatch; a stray '<' after 66.135.006. No year on the "
              "page."),
    ),
]

CASES: list[Layout] = [*STAFF, *INDICATORS, *BUDGET]
