"""The seventeenth held-out set: real indicator and budget layouts collected blind, to measure the integrated kit on
layouts nobody tuned for (README.md records the cases; the lead measures them).

Kinds the corpus had none of, all export layouts of two regional monitoring applications found in public code:

- a kecamatan's 'LAPORAN FORM B' from Kabupaten Bintan's SIMONEV: program (A), kegiatan (A.1) and sub kegiatan
  (A.1.1) rows, PAGU DANA, BOBOT, a FISIK band (target, realisation, TTB) beside a KEUANGAN band (target Rp and %,
  realisation Rp and %, TTB), LOKASI, SISA ANGGARAN (Rp, %) and the output indicator of each sub kegiatan at the
  right; 'N/A' in UNIT KERJA and LOKASI of the program and kegiatan rows; percentages capped at 100 by the code;
- the same application's 'LAPORAN REALISASI INDIKATOR SUB KEGIATAN' of a sub-unit (a UPTD Puskesmas): one output
  indicator per sub kegiatan, its target in a column headed 'KOMPONEN' (the integer the code pulls out of the target
  text, unit dropped), 'PENCAPAIAN (%)' capped at 100, and PAGU / REALISASI PAGU beside it;
- a Sekretariat DPRD's LRA from the same application, by the six-level account code of Kepmendagri 050-5889 (5 /
  5.1 / 5.1.02 / 5.1.02.01 / 5.1.02.01.01 / 5.1.02.01.01.0024), no program at all, with a column-number row;
- a Diskominfo's 'MONITORING DAN EVALUASI CAPAIAN KINERJA ATAS RENCANA AKSI' (Laravel Excel from an HTML view):
  program / kegiatan / sub kegiatan with the code and name in one cell, the indicator in its own column (a second
  indicator on a row of its own, the other cells merged down), 'TARGET KINERJA DAN ANGGARAN' (Target, Pagu), a
  'REALISASI TOTAL' band (Kinerja as a percentage, Keuangan as a percentage, Rp.) before four quarter bands whose
  'Kinerja' is a count with its unit; amounts as 'Rp. 1.234.567' text.

All four are export layouts, filled with invented figures and synthetic people. Expectations are what each table
says, never what the kit reads: the cases were not run through the kit. Fewer cases than the five asked for, and no
published table: the page searches (corpus `pages`) for LKjIP tables of kecamatan, sekretariat DPRD, BPKAD (opini WTP as a target), Bappeda,
RSUD (BOR, ALOS) and for realisation tables of kecamatan and sekretariat DPRD returned the documents' covers and
tables of contents or tables the corpus already holds (Gunung Kaler, Sampang, the Sumatera Utara Setda).
"""

from __future__ import annotations

from layouts.case import W, budget_row as _b, indicator as _ind, Layout
from workbooks import nip


def _uang(amount: float) -> str:
    """SIMONEV's Helper::formatUang: number_format(x, 2, ',', '.'), '1.234.567,00'."""
    return f"{amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def _persen(part: float, whole: float) -> float:
    """SIMONEV's Helper::formatPersen: part / whole × 100 rounded to 2 decimals, capped at 100, 0 when either is 0."""
    if part > 0 and whole > 0:
        return min(round(part / whole * 100, 2), 100.0)
    return 0.0


def _pecahan(part: float, whole: float) -> float:
    """SIMONEV's Helper::formatPecahan: part / whole rounded to 2 decimals, 0 when either is 0."""
    return round(part / whole, 2) if part > 0 and whole > 0 else 0.0


def _ttb(realised_pct: float, bobot: float):
    """The weighted figure (TTB): number_format(realisation % × bobot / 100, 2), a text; 0.00 as a number if none."""
    return f"{realised_pct * bobot / 100:.2f}" if realised_pct > 0 and bobot > 0 else 0.0


def _nip_spaced(value: str) -> str:
    """A NIP as Helper::formatNIP prints it: '19800312 200902 1 012'."""
    return f"{value[:8]} {value[8:14]} {value[14]} {value[15:]}"


# ---------------------------------------------------------------- budget: SIMONEV Form B of a kecamatan

#: the kecamatan's sub kegiatan, June 2025: (program, kegiatan, sub kegiatan, pagu, uraian lines, fisik target sum,
#: fisik realisation sum, keuangan target Rp, keuangan realisation Rp, lokasi, keluaran, target kinerja, realisasi
#: kinerja); codes and names after the kecamatan nomenclature of Kepmendagri 050-5889, amounts invented
_P1 = ("7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA")
_P2 = ("7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK")
_K11 = ("7.01.01.2.02", "Administrasi Keuangan Perangkat Daerah")
_K12 = ("7.01.01.2.06", "Administrasi Umum Perangkat Daerah")
_K21 = ("7.01.02.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan")
_FORM_B = [
    (_P1, _K11, ("7.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN"), 2_146_380_000, 6, 300, 300,
     1_073_190_000, 1_032_455_600, "Kecamatan Sukajaya", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN",
     "31 Orang", "31 Orang"),
    (_P1, _K12, ("7.01.01.2.06.0001", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor"), 12_500_000,
     2, 100, 80, 6_250_000, 4_150_000, "Kantor Camat Sukajaya",
     "Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan", "1 Paket", "1 Paket"),
    (_P1, _K12, ("7.01.01.2.06.0004", "Penyediaan Bahan Logistik Kantor"), 38_400_000, 3, 150, 135, 19_200_000,
     17_925_000, "Kantor Camat Sukajaya", "Jumlah Paket Bahan Logistik Kantor yang Disediakan", "12 Paket",
     "6 Paket"),
    (_P2, _K21, ("7.01.02.2.01.0002", "Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan "
                                      "Perangkat Daerah dan Instansi Vertikal Terkait"), 45_000_000, 4, 200, 160,
     22_500_000, 16_875_000, "Kecamatan Sukajaya", "Jumlah Laporan Hasil Koordinasi Perencanaan dan Pelaksanaan "
                                                   "Kegiatan Pemerintahan", "4 Laporan", "2 Laporan"),
    (_P2, _K21, ("7.01.02.2.01.0003", "Pelaksanaan Rapat Koordinasi Forum Koordinasi Pimpinan Kecamatan"),
     28_750_000, 2, 100, 110, 14_375_000, 15_820_000, "Kecamatan Sukajaya",
     "Jumlah Rapat Koordinasi Forkopimcam yang Dilaksanakan", "12 Kali", "7 Kali"),
]
_FORM_B_PAGU = sum(line[3] for line in _FORM_B)


def _grouped(lines, key) -> list[tuple]:
    groups: dict = {}
    for line in lines:
        groups.setdefault(key(line), []).append(line)
    return list(groups.items())


def _form_b_level(lines) -> dict:
    """Pagu, bobot, fisik and keuangan figures of a program or kegiatan as the code sums them over its sub kegiatan."""
    pagu = sum(line[3] for line in lines)
    uraian = sum(line[4] for line in lines)
    bobot = _persen(pagu, _FORM_B_PAGU)
    target_fisik = min(_pecahan(sum(line[5] for line in lines), uraian), 100.0)
    real_fisik = _pecahan(sum(line[6] for line in lines), uraian)
    target_rp = sum(line[7] for line in lines)
    real_rp = sum(line[8] for line in lines)
    real_pct = _persen(real_rp, pagu)
    return {"pagu": pagu, "bobot": bobot, "target_fisik": target_fisik, "real_fisik": real_fisik,
            "ttb_fisik": _ttb(real_fisik, bobot), "target_rp": target_rp, "target_pct": _persen(target_rp, pagu),
            "real_rp": real_rp, "real_pct": real_pct, "ttb_keu": _ttb(real_pct, bobot),
            "sisa": pagu - real_rp, "sisa_pct": _persen(pagu - real_rp, pagu)}


def _form_b_cells(number: str, code: str, name: str, unit: str, level: dict, lokasi: str) -> list:
    return [number, code, name, unit, _uang(level["pagu"]), level["bobot"], level["target_fisik"], level["real_fisik"],
            level["ttb_fisik"], _uang(level["target_rp"]), level["target_pct"], _uang(level["real_rp"]),
            level["real_pct"], level["ttb_keu"], lokasi, _uang(level["sisa"]), level["sisa_pct"]]


def _form_b_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        ["LAPORAN FORM B"],
        ["KECAMATAN SUKAJAYA [7.01.0.00.0.00.05.0000]"],
        ["KABUPATEN BINTAN"],
        ["BULAN : Juni"],
        [],
        ["NOMOR", "KODE", "PROGRAM/KEGIATAN", "UNIT KERJA", "PAGU DANA (RP)", "BOBOT (%)", "FISIK", None, None,
         "KEUANGAN", None, None, None, None, "LOKASI", "SISA ANGGARAN", None, "INDIKATOR KINERJA KELUARAN (OUTPUT)",
         None, None, None],
        [None, None, None, None, None, None, "TARGET (%)", "REALISASI (%)", "TTB (%)", "TARGET (RP)", "TARGET (%)",
         "REALISASI (RP)", "REALISASI (%)", "TTB (%)", None, "(RP)", "(%)", "INDIKATOR KINERJA", "TARGET KINERJA",
         "REALISASI KINERJA", "(%)"],
        [str(i) for i in range(1, 22)],
    ]
    merges = ["A1:U1", "A2:U2", "A3:U3", "A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:E7", "F6:F7", "G6:I6", "J6:N6",
              "O6:O7", "P6:Q6", "R6:U6"]
    subs = []
    for p, (program, in_program) in enumerate(_grouped(_FORM_B, lambda line: line[0])):
        letter = chr(ord("A") + p)
        rows.append(_form_b_cells(letter, program[0], program[1], "N/A", _form_b_level(in_program), "N/A"))
        for k, (kegiatan, in_kegiatan) in enumerate(_grouped(in_program, lambda line: line[1]), start=1):
            rows.append(_form_b_cells(f"{letter}.{k}", kegiatan[0], kegiatan[1], "N/A", _form_b_level(in_kegiatan),
                                      "N/A"))
            for s, line in enumerate(in_kegiatan, start=1):
                level = _form_b_level([line])
                subs.append(level)
                rows.append(_form_b_cells(f"{letter}.{k}.{s}", line[2][0], line[2][1], "KECAMATAN SUKAJAYA", level,
                                          line[9]) + [line[10], line[11], line[12]])
    total_real = sum(line[8] for line in _FORM_B)
    total_target = sum(line[7] for line in _FORM_B)
    rows.append(["Jumlah", None, None, None, _uang(_FORM_B_PAGU), min(round(sum(s["bobot"] for s in subs), 2), 100.0),
                 _pecahan(sum(s["target_fisik"] for s in subs), len(subs)),
                 _pecahan(sum(s["real_fisik"] for s in subs), len(subs)),
                 round(sum(float(s["ttb_fisik"]) for s in subs), 2), _uang(total_target),
                 _persen(total_target, _FORM_B_PAGU), _uang(total_real), _persen(total_real, _FORM_B_PAGU),
                 round(sum(float(s["ttb_keu"]) for s in subs), 2), None, _uang(_FORM_B_PAGU - total_real),
                 _persen(_FORM_B_PAGU - total_real, _FORM_B_PAGU)])
    merges.append(f"A{len(rows)}:D{len(rows)}")
    rows += [[], [], [None] * 11 + ["Kabupaten Bintan, 8 Juli 2025"]]
    merges.append(f"L{len(rows)}:N{len(rows)}")
    rows.append([None] * 11 + ["Pengguna Anggaran"])
    merges.append(f"L{len(rows)}:N{len(rows)}")
    rows += [[], [], [], [], [None] * 11 + ["Drs. Hendra Saputra, M.Si"]]
    merges.append(f"L{len(rows)}:N{len(rows)}")
    rows.append([None] * 11 + ["Nip." + _nip_spaced(nip(7, birth="19750614", appointed="199903"))])
    merges.append(f"L{len(rows)}:N{len(rows)}")
    return rows, merges


def _form_b_expected() -> list[dict]:
    """Program, kegiatan and sub kegiatan rows: PAGU DANA and KEUANGAN › REALISASI (RP) to June."""
    expected = []
    for program, in_program in _grouped(_FORM_B, lambda line: line[0]):
        expected.append(_b("program", program[1], sum(l[3] for l in in_program), sum(l[8] for l in in_program)))
        for kegiatan, in_kegiatan in _grouped(in_program, lambda line: line[1]):
            expected.append(_b("kegiatan", kegiatan[1], sum(l[3] for l in in_kegiatan),
                               sum(l[8] for l in in_kegiatan)))
            expected += [_b("sub_kegiatan", line[2][1], line[3], line[8]) for line in in_kegiatan]
    return expected


_FORM_B_ROWS, _FORM_B_MERGES = _form_b_rows()


# ---------------------------------------------------------------- budget: SIMONEV LRA of a Sekretariat DPRD

#: the Sekretariat DPRD's accounts for 2024 to December: (six-level code, name, anggaran, realisasi); accounts of the
#: Bagan Akun Standar (Kepmendagri 050-5889), amounts invented
_LRA_LEAVES = [
    ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 185_400_000, 176_215_300),
    ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 1_248_000_000, 1_190_640_000),
    ("5.1.02.02.01.0061", "Belanja Tagihan Listrik", 264_000_000, 241_386_720),
    ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 6_875_500_000, 6_512_904_150),
    ("5.2.02.10.01.0002", "Belanja Modal Personal Computer", 312_000_000, 298_650_000),
]
_LRA_NAMES = {
    "5": "BELANJA DAERAH", "5.1": "BELANJA OPERASI", "5.1.02": "Belanja Barang dan Jasa",
    "5.1.02.01": "Belanja Barang", "5.1.02.01.01": "Belanja Barang Pakai Habis", "5.1.02.02": "Belanja Jasa",
    "5.1.02.02.01": "Belanja Jasa Kantor", "5.1.02.04": "Belanja Perjalanan Dinas",
    "5.1.02.04.01": "Belanja Perjalanan Dinas Dalam Negeri", "5.2": "BELANJA MODAL",
    "5.2.02": "Belanja Modal Peralatan dan Mesin", "5.2.02.10": "Belanja Modal Komputer",
    "5.2.02.10.01": "Belanja Modal Komputer Unit",
}
#: the length of each level's code: 5 / 5.1 / 5.1.02 / 5.1.02.01 / 5.1.02.01.01 / 5.1.02.01.01.0024
_LRA_CUTS = (1, 3, 6, 9, 12, 17)


def _lra_accounts() -> list[tuple[int, str, str, int, int]]:
    """Every account row in print order: (level, code, name, anggaran, realisasi), parents summing their leaves."""
    accounts: dict[str, tuple[int, str, str, int, int]] = {}
    for code, name, budget, real in _LRA_LEAVES:
        for level, cut in enumerate(_LRA_CUTS, start=1):
            prefix = code[:cut]
            title = name if level == 6 else _LRA_NAMES[prefix]
            old = accounts.get(prefix, (level, prefix, title, 0, 0))
            accounts[prefix] = (level, prefix, title, old[3] + budget, old[4] + real)
    return list(accounts.values())


def _lra_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        ["PEMERINTAH KABUPATEN BINTAN"],
        ["SEKRETARIAT DPRD [4.02.0.00.0.00.01.0000]"],
        ["TAHUN ANGGARAN 2024"],
        ["01 Januari 2024 sampai 31 Desember 2024"],
        [],
        ["KODE REKENING", "URAIAN", "ANGGARAN", "REALISASI", "%"],
        ["1", "2", "3", "4", "5"],
    ]
    merges = ["A1:E1", "A2:E2", "A3:E3", "A4:E4"]
    rows += [[code, name, _uang(budget), _uang(real), _persen(real, budget)]
             for _, code, name, budget, real in _lra_accounts()]
    rows += [[]]
    rows.append([None, None, "Kab. Bintan, 10 Januari 2025"])
    merges.append(f"C{len(rows)}:E{len(rows)}")
    rows.append([None, None, "Kepala SEKRETARIAT DPRD"])
    merges.append(f"C{len(rows)}:E{len(rows)}")
    rows += [[], [], []]
    rows.append([None, None, "Hj. Nurlela Fitriani, S.Sos, M.Si"])
    merges.append(f"C{len(rows)}:E{len(rows)}")
    rows.append([None, None, "NIP. " + nip(14, female=True, birth="19720905", appointed="199803")])
    merges.append(f"C{len(rows)}:E{len(rows)}")
    return rows, merges


#: the kelompok (5.1) as program, the jenis (5.1.02) as kegiatan, the objek (5.1.02.01) as sub-kegiatan (corrected at tuning:
#: the collector had the akun, 5 BELANJA DAERAH, as the one program; see the note)
_LRA_LEVELS = {2: "program", 3: "kegiatan", 4: "sub_kegiatan"}
_LRA_ROWS, _LRA_MERGES = _lra_rows()


# ---------------------------------------------------------------- budget: SIMONE rencana aksi monev of a Diskominfo

#: programs, kegiatan and sub kegiatan of 2023: (level, code, title, indicators, target, satuan, capaian per quarter,
#: pagu of a sub kegiatan, spending per quarter of a sub kegiatan, penanggung jawab); codes and names after
#: Kepmendagri 050-5889 (urusan 2.16), amounts and people invented
_SIMONE = [
    ("program", "2.16.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
     ["Persentase Pemenuhan Layanan Administrasi Perkantoran"], 100, "%", (25, 25, 25, 24), None, None,
     "Dewi Anggraini, S.E."),
    ("kegiatan", "2.16.01.2.02", "Administrasi Keuangan Perangkat Daerah",
     ["Persentase Terpenuhinya Administrasi Keuangan Perangkat Daerah"], 100, "%", (25, 25, 25, 25), None, None,
     "Dewi Anggraini, S.E."),
    ("sub_kegiatan", "2.16.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN",
     ["Jumlah Orang yang Menerima Gaji dan Tunjangan ASN"], 46, "Orang", (12, 11, 12, 11), 3_245_780_000,
     (801_200_000, 812_450_000, 805_900_000, 798_330_000), "Dewi Anggraini, S.E."),
    ("program", "2.16.02", "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK",
     ["Persentase Informasi Publik yang Dipublikasikan",
      "Indeks Kepuasan Masyarakat terhadap Layanan Informasi Publik"], 90, "%", (20, 25, 22, 24), None, None,
     "Bayu Prasetyo, S.Sos., M.Si."),
    ("kegiatan", "2.16.02.2.01", "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota",
     ["Jumlah Media Informasi dan Komunikasi Publik yang Dikelola"], 12, "Media", (3, 3, 3, 3), None, None,
     "Bayu Prasetyo, S.Sos., M.Si."),
    ("sub_kegiatan", "2.16.02.2.01.0002", "Pengelolaan Konten dan Perencanaan Media Komunikasi Publik",
     ["Jumlah Konten Informasi Publik yang Dipublikasikan"], 480, "Konten", (110, 125, 118, 131), 412_500_000,
     (88_400_000, 104_250_000, 97_800_000, 108_615_000), "Sri Wahyuni, S.I.Kom."),
    ("sub_kegiatan", "2.16.02.2.01.0004", "Layanan Hubungan Media",
     ["Jumlah Kegiatan Kerja Sama dengan Media Massa", "Jumlah Rilis Berita yang Disampaikan"], 24, "Kegiatan",
     (6, 6, 6, 5), 286_000_000, (64_350_000, 71_500_000, 68_900_000, 70_150_000), "Sri Wahyuni, S.I.Kom."),
    ("program", "2.16.03", "PROGRAM APLIKASI INFORMATIKA",
     ["Persentase Perangkat Daerah yang Menggunakan Aplikasi Layanan Pemerintahan"], 85, "%", (20, 20, 22, 21),
     None, None, "Rahmat Hidayat, S.T."),
    ("kegiatan", "2.16.03.2.02", "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota",
     ["Jumlah Layanan e-Government yang Dikelola"], 15, "Layanan", (4, 4, 4, 3), None, None, "Rahmat Hidayat, S.T."),
    ("sub_kegiatan", "2.16.03.2.02.0005", "Pengelolaan Pusat Data Pemerintahan Daerah",
     ["Jumlah Pusat Data yang Dikelola"], 1, "Unit", (1, 0, 0, 0), 618_900_000,
     (120_300_000, 158_750_000, 149_600_000, 171_200_000), "Rahmat Hidayat, S.T."),
]


def _currency(amount: int) -> str:
    """The view's @currency directive: 'Rp. ' . number_format(x, 0, ',', '.')."""
    return "Rp. " + f"{amount:,}".replace(",", ".")


def _komma(value: float) -> str:
    """number_format(x, 1, ',', '') . ' %'."""
    return f"{value:.1f}".replace(".", ",") + " %"


def _simone_money(index: int) -> tuple[int, tuple[int, int, int, int]]:
    """(pagu, spending per quarter) of a row: its own for a sub kegiatan, the sum of the sub kegiatan under it else."""
    level = _SIMONE[index][0]
    if level == "sub_kegiatan":
        return _SIMONE[index][7], _SIMONE[index][8]
    depth = {"program": 0, "kegiatan": 1}[level]
    subs = []
    for row in _SIMONE[index + 1:]:
        row_depth = {"program": 0, "kegiatan": 1, "sub_kegiatan": 2}[row[0]]
        if row_depth <= depth:
            break
        if row[0] == "sub_kegiatan":
            subs.append(row)
    return sum(s[7] for s in subs), tuple(sum(s[8][q] for s in subs) for q in range(4))


def _simone_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        ["MONITORING DAN EVALUASI CAPAIAN KINERJA ATAS RENCANA AKSI"],
        ["DINAS KOMUNIKASI INFORMASI DAN INFORMATIKA"],
        ["APBD MURNI TAHUN 2023"],
        [],
        ["PROGRAM / KEGIATAN / SUB KEGIATAN", "INDIKATOR", "TARGET KINERJA DAN ANGGARAN", None, "REALISASI TOTAL",
         None, None, "REALISASI PER TRIWULAN", *[None] * 11, "PENANGGUNG JAWAB"],
        [None, None, None, None, None, None, None, "TW I", None, None, "TW II", None, None, "TW III", None, None,
         "TW IV", None, None, None],
        [None, None, "Target", "Pagu", *["Kinerja", "Keuangan", "Rp."] * 5, None],
    ]
    merges = ["A5:A7", "B5:B7", "C5:D6", "E5:G6", "H5:S5", "T5:T7", "H6:J6", "K6:M6", "N6:P6", "Q6:S6"]
    for index, (level, code, title, indicators, target, satuan, capaian, _, _, person) in enumerate(_SIMONE):
        pagu, spent = _simone_money(index)
        total = sum(spent)
        cells = [f"{code} {title}", indicators[0], f"{target} {satuan}", _currency(pagu),
                 _komma(sum(capaian) / target * 100), _komma(total / pagu * 100 if pagu else 0), _currency(total)]
        for quarter in range(4):
            cells += [f"{capaian[quarter]} {satuan}", _komma(spent[quarter] / pagu * 100 if pagu else 0),
                      _currency(spent[quarter])]
        cells.append(person)
        first = len(rows) + 1
        rows.append(cells)
        rows += [[None, extra] for extra in indicators[1:]]
        if len(indicators) > 1:
            last = len(rows)
            merges += [f"{col}{first}:{col}{last}" for col in "ACDEFGHIJKLMNOPQRST"]
    rows += [
        [],
        ["Kepala Dinas"],
        [], [], [],
        ["Agus Setiawan, S.Sos, M.T."],
        ["Pembina Tk I/ IV/b"],
        ["NIP. " + _nip_spaced(nip(21, birth="19740322", appointed="200003"))],
    ]
    return rows, merges


def _simone_expected() -> list[dict]:
    """Every program, kegiatan and sub kegiatan row: Pagu and REALISASI TOTAL › Rp. (the four quarters' sum)."""
    expected = []
    for index, (level, code, title, *_) in enumerate(_SIMONE):
        pagu, spent = _simone_money(index)
        expected.append(_b(level, title, pagu, sum(spent)))
    return expected


_SIMONE_ROWS, _SIMONE_MERGES = _simone_rows()


BUDGET: list[Layout] = [
    Layout(
        id="budget-simonev-bintan-form-b-kecamatan-bobot-fisik-keuangan-ttb-na-indikator-keluaran",
        dataset="budget",
        agency=("Kecamatan Sukajaya (name invented), Kabupaten Bintan — kecamatan, SIMONEV 'Laporan Form B' of the "
                "pemda's monitoring application (figures synthetic)"),
        source=("github mrizkir/simonev21 backend/app/Models/Renja/FormBOPDMurniModel.php (commit "
                "fae355d53c8fa37e9102e33a79ff2cb0bec559a3) with backend/app/Helpers/Helper.php (formatUang, "
                "formatPersen, formatPecahan, formatNIP): 'LAPORAN FORM B', '<OPD> [<kode>]', 'KABUPATEN BINTAN', "
                "'BULAN : <bulan>'; NOMOR | KODE | PROGRAM/KEGIATAN | UNIT KERJA | PAGU DANA (RP) | BOBOT (%) | FISIK "
                "› TARGET (%) | REALISASI (%) | TTB (%) | KEUANGAN › TARGET (RP) | TARGET (%) | REALISASI (RP) | "
                "REALISASI (%) | TTB (%) | LOKASI | SISA ANGGARAN › (RP) | (%) | INDIKATOR KINERJA KELUARAN (OUTPUT) › "
                "INDIKATOR KINERJA | TARGET KINERJA | REALISASI KINERJA | (%), column numbers 1 … 21; program A, "
                "kegiatan A.1, sub kegiatan A.1.1; Jumlah merged A:D; 'Pengguna Anggaran' signature"),
        year=2025,
        sheets={"LAPORAN FORM B": _FORM_B_ROWS},
        merged={"LAPORAN FORM B": _FORM_B_MERGES},
        expected=_form_b_expected(),
        note=("A kecamatan's monthly realisation (to June) as the pemda's SIMONEV prints it: one row per program "
              "(lettered A, B), kegiatan (A.1) and sub kegiatan (A.1.1), each with its code in KODE and its name in "
              "PROGRAM/KEGIATAN; the program and kegiatan rows print 'N/A' in UNIT KERJA and LOKASI and carry the "
              "sums of their sub kegiatan. The budget is PAGU DANA (RP); the realisation to date is KEUANGAN › "
              "REALISASI (RP); KEUANGAN › TARGET (RP) is the cash plan to June, not the budget, and the FISIK band "
              "is physical progress in percent. BOBOT is each row's share of the OPD's pagu; TTB (%) (tertimbang) "
              "is realisation × bobot / 100, printed as text with two decimals. Amounts are text "
              "'2.146.380.000,00' (decimal comma); percentages are numbers rounded to 2 decimals and capped at 100 "
              "by the code. The sub kegiatan rows carry their output indicator, target and realisation as text "
              "('12 Paket' / '6 Paket'), the last '(%)' column empty. Jumlah (merged A:D) totals the OPD; the "
              "signature block under it. One sub kegiatan is ahead physically (55 % against a 50 % plan) and spent "
              "beyond its cash plan, but within its pagu. Names and codes after the kecamatan nomenclature of "
              "Kepmendagri 050-5889 (approximate); kecamatan, people and amounts invented."),
    ),
    Layout(
        id="budget-simonev-bintan-lra-setwan-rekening-enam-tingkat-tanpa-program",
        dataset="budget",
        agency=("Sekretariat DPRD of Kabupaten Bintan — sekretariat DPRD, SIMONEV LRA by account (figures "
                "synthetic)"),
        source=("github mrizkir/simonev21 backend/app/Models/Renja/FormLRAMurniOPDModel.php (commit "
                "fae355d53c8fa37e9102e33a79ff2cb0bec559a3; the index holds it at 4e66ebc): sheet 'LAPORAN RENCANA "
                "ANGGARAN', 'PEMERINTAH KABUPATEN BINTAN', '<OPD> [<kode>]', 'TAHUN ANGGARAN <tahun>', '01 Januari "
                "<tahun> sampai <hari> <bulan> <tahun>'; KODE REKENING | URAIAN | ANGGARAN | REALISASI | % with the "
                "column numbers 1 … 5; every account from Kd_Rek_1 to Kd_Rek_6 nested; 'Kab. Bintan, <tanggal>', "
                "'Kepala <OPD>', name, 'NIP. <nip>'"),
        year=2024,
        sheets={"LAPORAN RENCANA ANGGARAN": _LRA_ROWS},
        merged={"LAPORAN RENCANA ANGGARAN": _LRA_MERGES},
        expected=[_b(_LRA_LEVELS[level], name, budget, real)
                  for level, _, name, budget, real in _lra_accounts() if level in _LRA_LEVELS],
        note=("A sekretariat DPRD's LRA for the year as the monitoring application prints it: no program or "
              "kegiatan at all, only the accounts of the Bagan Akun Standar on six nested levels (5 BELANJA DAERAH, "
              "5.1 BELANJA OPERASI, 5.1.02 Belanja Barang dan Jasa, 5.1.02.01 Belanja Barang, 5.1.02.01.01 Belanja "
              "Barang Pakai Habis, 5.1.02.01.01.0024 …), each level's row the sum of the accounts under it, the "
              "depth shown only by the code (its bold type is lost). Expectation: as the corpus maps nested account "
              "classes, the kelompok (5.1 BELANJA OPERASI, 5.2 BELANJA MODAL) as programs, the jenis (5.1.02) as "
              "kegiatan, the objek (5.1.02.01) as sub-kegiatan; the rincian and sub rincian objek are their detail, "
              "as account rows are under a sub-kegiatan in the thirteenth set, and the akun (5 BELANJA DAERAH) is "
              "the whole of the spending above them. (Corrected at tuning: the collector read levels 1–3, the akun "
              "as the one program, by analogy with the fifteenth set's hospital; but that hospital's top level, 51 "
              "BELANJA PEGAWAI, is a kelompok of the Bagan Akun Standar, and the eleventh set's Kudus LRA sets its "
              "akun 5 BELANJA above its kelompok programs: in both the kelompok are the programs.) "
              "Amounts are text '8.884.900.000,00'; % a number rounded to 2 decimals and capped at 100; no total "
              "row (level 1 is the total). The sheet is titled 'LAPORAN RENCANA ANGGARAN' though it is a "
              "realisation. Codes are text. Name and NIP of the signatory synthetic; amounts invented."),
    ),
    Layout(
        id="budget-simone-diskominfo-monev-rencana-aksi-realisasi-total-tw-kinerja-keuangan-rp",
        dataset="budget",
        agency=("A Dinas Komunikasi dan Informatika (the export's own heading; the kabupaten/kota is not named), "
                "'Monitoring dan Evaluasi Capaian Kinerja atas Rencana Aksi' 2023 — kabupaten/kota OPD, monev "
                "application export (figures synthetic)"),
        source=("github birddarak/SIMONE (commit ae897e4fe6df28078931f17b4a228496a42a6e56, 'merapikan laporan'): "
                "app/Exports/MonevExport.php (Maatwebsite FromView of 'panel.pages.laporan.print', downloaded as "
                "'monev-<timestamp>.xlsx' by LaporanController::exportExcel), "
                "resources/views/panel/pages/laporan/print.blade.php and partials/program, kegiatan, subkegiatan "
                ".blade.php; the @currency directive of app/Providers/AppServiceProvider.php ('Rp. ' . "
                "number_format(x, 0, ',', '.'))"),
        year=2023,
        sheets={"SIEMON": _SIMONE_ROWS},
        merged={"SIEMON": _SIMONE_MERGES},
        expected=_simone_expected(),
        note=("An OPD's rencana aksi monitoring for the year, an HTML view turned into a workbook by Laravel Excel "
              "(sheet named after the page's <title>, 'SIEMON'; the three <h6> title lines each on a row of their "
              "own above the table). Each row is a program, kegiatan or sub kegiatan, its code and name in one cell "
              "('2.16.02 PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK'), its first indicator in INDIKATOR; a second "
              "indicator takes a row of its own with only INDIKATOR filled, every other cell of the row above merged "
              "down over it. TARGET KINERJA DAN ANGGARAN › Target is the indicator's target with its unit ('480 "
              "Konten'), › Pagu the budget ('Rp. 412.500.000'; a program's and a kegiatan's the sum of their sub "
              "kegiatan). REALISASI TOTAL comes before the quarters: its 'Kinerja' is a percentage of the target "
              "(the quarters' achievements summed, '100,8 %'), its 'Keuangan' the spending as a percentage of the "
              "pagu, 'Rp.' the spending (the four quarters' sum); each quarter TW I … TW IV repeats Kinerja (a count "
              "with its unit, '110 Konten'), Keuangan (%) and Rp. of that quarter alone. Budget = Pagu, realisation "
              "= REALISASI TOTAL › Rp. Percentages with a decimal comma and ' %'; no total row; PENANGGUNG JAWAB "
              "names the official. The signature lines (the head of the dinas, rank, NIP) follow the table; name "
              "and NIP synthetic. The HTML-to-sheet placement of the title and signature lines (blank rows) is "
              "approximate. Amounts, achievements and people invented."),
    ),
]


# ---------------------------------------------------------------- indicators: SIMONEV output indicators of a puskesmas

#: the UPTD Puskesmas's sub kegiatan for 2024, to December: (sub kegiatan, keluaran, target text, realisation text,
#: pagu, realisasi pagu); sub kegiatan names after Kepmendagri 050-5889 (urusan 1.02), figures invented
_PUSKESMAS = [
    ("Pengelolaan Pelayanan Kesehatan Ibu Hamil",
     "Jumlah Ibu Hamil yang Mendapatkan Pelayanan Kesehatan Sesuai Standar", "312 Orang", "298 Orang",
     48_650_000, 46_910_500),
    ("Pengelolaan Pelayanan Kesehatan Ibu Bersalin",
     "Jumlah Ibu Bersalin yang Mendapatkan Pelayanan Kesehatan Sesuai Standar", "298 Orang", "301 Orang",
     36_200_000, 35_480_000),
    ("Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir",
     "Jumlah Bayi Baru Lahir yang Mendapatkan Pelayanan Kesehatan Sesuai Standar", "295 Orang", "288 Orang",
     22_400_000, 21_905_000),
    ("Pengelolaan Pelayanan Kesehatan Balita",
     "Jumlah Balita yang Mendapatkan Pelayanan Kesehatan Sesuai Standar", "1.250 Orang", "1.184 Orang",
     41_750_000, 39_822_600),
    ("Pengelolaan Pelayanan Kesehatan pada Usia Pendidikan Dasar",
     "Jumlah Anak Usia Pendidikan Dasar yang Mendapatkan Pelayanan Kesehatan Sesuai Standar", "1.840 Orang",
     "1.840 Orang", 29_300_000, 29_300_000),
    ("Pengelolaan Pelayanan Kesehatan Penderita Hipertensi",
     "Jumlah Penderita Hipertensi yang Mendapatkan Pelayanan Kesehatan Sesuai Standar", "1.420 Orang", "1.065 Orang",
     33_800_000, 30_214_900),
    ("Pengelolaan Pelayanan Kesehatan Gizi Masyarakat",
     "Jumlah Dokumen Hasil Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", "2 Dokumen", "2 Dokumen",
     18_500_000, 17_642_000),
]


def _digits(text: str) -> int:
    """PHP filter_var(FILTER_SANITIZE_NUMBER_INT) cast to int: the digits of the text run together ('1.250 Orang' →
    1250)."""
    return int("".join(ch for ch in text if ch.isdigit() or ch in "+-"))


def _puskesmas_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        ["LAPORAN REALISASI INDIKATOR SUB KEGIATAN"],
        ["UPTD PUSKESMAS SUKAJAYA [1.02.0.00.0.00.01.0004]"],
        ["KABUPATEN BINTAN"],
        ["BULAN : Desember"],
        [],
        ["NO", "NAMA SUB KEGIATAN", "INDIKATOR KEGIATAN", "KOMPONEN", "REALISASI", "PENCAPAIAN (%)", "PAGU",
         "REALISASI PAGU", "RASIO REALISASI (%)"],
    ]
    merges = ["A1:I1", "A2:I2", "A3:I3"]
    for no, (sub, keluaran, target, real, pagu, spent) in enumerate(_PUSKESMAS, start=1):
        komponen, realisasi = _digits(target), _digits(real)
        rows.append([no, sub, keluaran, komponen, realisasi, _persen(realisasi, komponen), _uang(pagu), _uang(spent),
                     _persen(spent, pagu)])
    pagu, spent = sum(r[4] for r in _PUSKESMAS), sum(r[5] for r in _PUSKESMAS)
    rows.append(["JUMLAH", None, None, None, "", "", _uang(pagu), _uang(spent), _persen(spent, pagu)])
    merges.append(f"A{len(rows)}:D{len(rows)}")
    rows += [[], [], [None] * 6 + ["Kabupaten Bintan, 14 Januari 2025"]]
    merges.append(f"G{len(rows)}:I{len(rows)}")
    rows.append([None] * 6 + ["Pengguna Anggaran"])
    merges.append(f"G{len(rows)}:I{len(rows)}")
    rows += [[], [], [], [], [None] * 6 + ["dr. Maya Sari Lubis"]]
    merges.append(f"G{len(rows)}:I{len(rows)}")
    rows.append([None] * 6 + ["Nip." + _nip_spaced(nip(3, female=True, birth="19840211", appointed="201001"))])
    merges.append(f"G{len(rows)}:I{len(rows)}")
    return rows, merges


_PUSKESMAS_ROWS, _PUSKESMAS_MERGES = _puskesmas_rows()
_PUSKESMAS_CAPPED = sum(_digits(real) > _digits(target) for _, _, target, real, _, _ in _PUSKESMAS)

INDICATORS: list[Layout] = [
    Layout(
        id="ind-simonev-bintan-realisasi-indikator-sub-kegiatan-puskesmas-komponen-pencapaian-capped",
        dataset="indicators",
        agency=("UPTD Puskesmas Sukajaya (name invented) of the Dinas Kesehatan, Kabupaten Bintan — puskesmas, SIMONEV "
                "'Laporan Realisasi Indikator Sub Kegiatan' of a sub-unit (figures synthetic)"),
        source=("github mrizkir/simonev21 backend/app/Models/Renja/RealisasiIndikatorSubKegiatanMurniModel.php (commit "
                "fae355d53c8fa37e9102e33a79ff2cb0bec559a3) with backend/app/Helpers/Helper.php: sheet 'LAPORAN "
                "INDIKATOR SUB KEGIATAN', 'LAPORAN REALISASI INDIKATOR SUB KEGIATAN', '<sub-unit> [<kode>]', "
                "'KABUPATEN BINTAN', 'BULAN : <bulan>'; NO | NAMA SUB KEGIATAN | INDIKATOR KEGIATAN | KOMPONEN | "
                "REALISASI | PENCAPAIAN (%) | PAGU | REALISASI PAGU | RASIO REALISASI (%); JUMLAH merged A:D; "
                "'Pengguna Anggaran' signature"),
        year=2024,
        sheets={"LAPORAN INDIKATOR SUB KEGIATAN": _PUSKESMAS_ROWS},
        merged={"LAPORAN INDIKATOR SUB KEGIATAN": _PUSKESMAS_MERGES},
        expected=[_ind(keluaran, float(_digits(target)), float(_digits(real)))
                  for _, keluaran, target, real, _, _ in _PUSKESMAS],
        # the code caps PENCAPAIAN at 100: the over-achieved indicator prints 100 where R/T gives 101.01
        findings=((W, "capaian_mismatch"),) * _PUSKESMAS_CAPPED,
        note=("A puskesmas's output indicators for the year, one per sub kegiatan: the indicator is INDIKATOR "
              "KEGIATAN (the sub kegiatan's keluaran, whatever the header says), its target the column headed "
              "'KOMPONEN' and its realisation REALISASI. Both are the integers the code pulls out of the stored "
              "texts with FILTER_SANITIZE_NUMBER_INT ('1.250 Orang' → 1250, the unit dropped; no decimal target "
              "here, which the filter would run together). PENCAPAIAN (%) = REALISASI / KOMPONEN × 100 rounded to "
              "2 decimals and capped at 100 by Helper::formatPersen: the ibu bersalin indicator (301 of 298) prints "
              "100 where the figures give 101.01, an expected capaian_mismatch. All indicators count people or "
              "documents served: higher is better. PAGU / REALISASI PAGU / RASIO REALISASI (%) beside them are the "
              "sub kegiatan's money (amounts as text '48.650.000,00'); JUMLAH (merged A:D) totals only the money. "
              "Sub-unit, signatory and figures invented; the sub kegiatan names are the SPM health ones."),
    ),
]

CASES: list[Layout] = [*INDICATORS, *BUDGET]
