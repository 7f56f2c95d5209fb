"""The thirteenth held-out set: real layouts collected blind, to measure the integrated kit on layouts nobody tuned for
(README.md records the cases; the lead measures them).

Kinds the corpus had none of: a Kantor Imigrasi's staff composition quoted in a thesis (golongan split into 'Pegawai
Teknis' and 'Pegawai Non Teknis', education as a one-row band with 'Sarjana Muda', an eselon table with A | B
sub-columns and a training table beside them); a school's list of civil servants proposed for promotion printed from its
application, whose 'NAMA PNS' column holds the NIPs and 'NIP' column the names, with the old and the new pangkat; a KPP
Pratama section head's individual performance targets (IKI) for 2024, quarter by quarter and cumulative, with no
realisation; a Pengadilan Tinggi's performance measurement whose indicators split into sub-rows by case type (Pidana,
Perdata, Tipikor; Kasasi, PK), with a negative realisation and a printed capaian that does not follow from it; a
Laravel budget application's 'Data Realisasi Anggaran' export with a 'Tingkat' column naming each row's level (Program
… Kode Rekening, Tagging), the realisation split into NPD and LS and summed as 'Realisasi Aktual'; a page listing KIB B
and KIB C assets together with the condition as words (and the DataTables header repeated below the rows); a school's
inventory by room (one titled block per room, an empty room printed 'Kosong'), and its list of damaged goods only.
Two tables are published (figures as printed) and one is a published target template; the others are export or print
layouts found in public code, filled with invented figures and synthetic people. Expectations are what each table says,
never what the kit reads: the cases were not run through the kit.
"""

from __future__ import annotations

from layouts.case import W, budget_row as _b, indicator as _ind, Layout, counts, asset as _a
from workbooks import nip


def _rp(amount: int) -> str:
    """An amount as the pages print rupiah: 'Rp 12.500.000'."""
    return "Rp " + f"{amount:,}".replace(",", ".")


# ---------------------------------------------------------------- staff

#: Tabel 4.3 as printed: (golongan, pegawai teknis, pegawai non teknis)
_POLONIA_GOLONGAN = [("IV / a", 1, 0), ("III / d", 3, 3), ("III / c", 2, 5), ("III / b", 2, 10), ("III / a", 2, 9),
                     ("II / d", 0, 6), ("II / c", 8, 7), ("II / b", 5, 7), ("II / a", 0, 9)]
_POLONIA_SOURCE = "Sumber: Kantor Imigrasi Kelas I Polonia Tahun 2009 (Data Diolah)"


def _polonia_rows() -> list[list]:
    rows: list[list] = [
        ["4.1.8. Komposisi Pegawai"],
        ["Jumlah Pegawai pada Kantor Imigrasi Kelas I Polonia adalah 79 orang (Per 01 Desember 2008) yang terdiri "
         "dari:"],
        ["Pejabat Struktural Teknis = 11 orang"], ["Pejabat Struktural Non Teknis = 4 orang"],
        ["Pejabat Imigrasi Teknis di Kantor = 7 orang"], ["Pejabat Teknis di TPI = 15 orang"],
        ["Pegawai Tata Usaha di Kantor = 35 orang"], ["Pegawai Tata Usaha di TPI = 7 orang"], ["Jumlah = 79 orang"],
        [],
        ["Tabel 4.3. Keadaan Sumber Daya Manusia Berdasarkan Pangkat/Golongan"],
        ["No.", "Golongan", "Pegawai Teknis", "Pegawai Non Teknis", "Jumlah"],
    ]
    for i, (golongan, teknis, non_teknis) in enumerate(_POLONIA_GOLONGAN, start=1):
        rows.append([f"{i}.", golongan, teknis, non_teknis, teknis + non_teknis])
    rows += [
        ["Jumlah", None, 23, 56, 79],
        [_POLONIA_SOURCE],
        [],
        ["Tabel 4.4. Keadaan Sumber Daya Manusia Berdasarkan Jabatan Struktural"],
        ["Eselon - II", None, "Eselon - III", None, "Eselon - IV", None, "Eselon - V", None],
        ["A", "B", "A", "B", "A", "B", "A", "B"],
        ["-", "-", 1, "-", 4, "-", 10, "-"],
        [_POLONIA_SOURCE],
        [],
        ["Tabel 4.5. Keadaan Sumber Daya Manusia Berdasarkan Tingkat Pendidikan"],
        ["Pascasarjana (S2)", "Sarjana (S1)", "Sarjana Muda", "SLTA", "SLTP", "Jumlah"],
        [4, 18, 11, 46, 0, 79],
        [_POLONIA_SOURCE],
        [],
        ["Tabel 4.6. Keadaan Sumber Daya Manusia Berdasarkan DIKLAT"],
        ["PTK", "AIM", "AJUN", "SPAMA", "ADUM"],
        [10, 10, 13, 3, 14],
        [_POLONIA_SOURCE],
    ]
    return rows


#: the school's civil servants proposed for promotion: (serial, female, birth, TMT CPNS, name, jabatan, golongan,
#: pangkat lama, pangkat baru, date proposed, jenis jabatan the jabatan names); people and NIPs synthetic
_USULAN = [
    (1, False, "19780412", "200501", "Agus Priyanto, S.Pd", "Guru Ahli Muda", "III/c", "Penata", "Penata Tingkat I",
     "2024-03-04", "Fungsional"),
    (2, True, "19850923", "200903", "Dewi Rahmawati, S.Pd", "Guru Ahli Pertama", "III/b", "Penata Muda Tingkat I",
     "Penata", "2024-03-04", "Fungsional"),
    (3, True, "19820117", "200604", "Nur Hidayah, S.Pd.I", "Guru Ahli Muda", "III/d", "Penata Tingkat I", "Pembina",
     "2024-03-05", "Fungsional"),
    (4, False, "19740305", "199803", "Sutrisno, S.Pd., M.Pd", "Guru Ahli Madya", "IV/a", "Pembina",
     "Pembina Tingkat I", "2024-03-05", "Fungsional"),
    (5, False, "19800814", "201001", "Bambang Setiawan", "Pengadministrasi Perkantoran", "II/c", "Pengatur",
     "Pengatur Tingkat I", "2024-03-06", "Pelaksana"),
    (6, True, "19880620", "201503", "Rina Kartika, A.Md", "Pranata Laboratorium Pendidikan Terampil", "II/d",
     "Pengatur Tingkat I", "Penata Muda", "2024-03-06", "Fungsional"),
    (7, False, "19700209", "199512", "Hendra Saputra, S.Pd., M.Pd", "Guru Ahli Madya", "IV/b", "Pembina Tingkat I",
     "Pembina Utama Muda", "2024-03-07", "Fungsional"),
    (8, True, "19900411", "201903", "Lestari Wulandari, S.Pd", "Guru Ahli Pertama", "III/a", "Penata Muda",
     "Penata Muda Tingkat I", "2024-03-07", "Fungsional"),
    (9, True, "19830728", "200812", "Sri Mulyani, S.IP", "Pustakawan Ahli Pertama", "III/b", "Penata Muda Tingkat I",
     "Penata", "2024-03-08", "Fungsional"),
    (10, False, "19870103", "201404", "Yusuf Maulana", "Pengadministrasi Umum", "II/d", "Pengatur Tingkat I",
     "Penata Muda", "2024-03-08", "Pelaksana"),
]


def _usulan_rows() -> list[list]:
    rows: list[list] = [
        ["Laporan Daftar PNS"],
        [],
        ["NO.", "NAMA PNS", "NIP", "JABATAN", "GOLONGAN", "PANGKAT LAMA", "PANGKAT BARU", "TANGGAL DIUSULKAN"],
    ]
    for i, (serial, female, birth, appointed, name, jabatan, golongan, lama, baru, date, _) in enumerate(_USULAN, 1):
        # the print puts the NIP under 'NAMA PNS' and the name under 'NIP', as its template does
        rows.append([i, nip(serial, female=female, birth=birth, appointed=appointed), name, jabatan, golongan, lama,
                     baru, date])
    rows += [[], [None, None, None, None, None, None, "Kepala Satuan"],
             [None, None, None, None, None, None, "Drs. Rahmat Hidayat, M.Pd"],
             [None, None, None, None, None, None, "Pembina Utama Muda/IVc"],
             [None, None, None, None, None, None, "NIP. " + nip(11, birth="19640512", appointed="199003")]]
    return rows


STAFF: list[Layout] = [
    Layout(
        id="staff-kanim-polonia-2008-golongan-teknis-non-teknis-pendidikan-sarjana-muda",
        dataset="staff",
        agency=("Kantor Imigrasi Kelas I Polonia (Medan), Direktorat Jenderal Imigrasi, Departemen Hukum dan HAM — "
                "kementerian UPT, kantor imigrasi (tables quoted in a thesis)"),
        source=("https://123dok.com/article/komposisi-pegawai-hasil-penelitian-hasil-penelitian-dan-pembahasan.myj34kzl"
                " — '4.1.8. Komposisi Pegawai' (per 01 Desember 2008): Tabel 4.3 Keadaan Sumber Daya Manusia "
                "Berdasarkan Pangkat/Golongan (Golongan | Pegawai Teknis | Pegawai Non Teknis | Jumlah), Tabel 4.4 "
                "… Jabatan Struktural (Eselon II–V, each over A | B), Tabel 4.5 … Tingkat Pendidikan (Pascasarjana "
                "(S2) | Sarjana (S1) | Sarjana Muda | SLTA | SLTP | Jumlah), Tabel 4.6 … DIKLAT (PTK | AIM | AJUN | "
                "SPAMA | ADUM), each with 'Sumber: Kantor Imigrasi Kelas I Polonia Tahun 2009 (Data Diolah)'"),
        year=2008,
        sheets={"Komposisi Pegawai": _polonia_rows()},
        merged={"Komposisi Pegawai": ["A22:B22", "A26:B26", "C26:D26", "E26:F26", "G26:H26"]},
        expected={
            "golongan": {"IV/a": 1, "III/d": 6, "III/c": 7, "III/b": 12, "III/a": 11, "II/d": 6, "II/c": 15,
                         "II/b": 12, "II/a": 9},
            "education": {"S2": 4, "S1": 18, "D3": 11, "SMA": 46},
        },
        note=("A kantor imigrasi's staff as a thesis quotes its data: the composition first as lines of text ('Pejabat "
              "Struktural Teknis = 11 orang' … 'Jumlah = 79 orang'), then four small tables one under another. The "
              "golongan table splits each golongan ruang (printed with spaces, 'III / d') into Pegawai Teknis and "
              "Pegawai Non Teknis with their Jumlah: the counts are the Jumlah column (79). The education table is a "
              "single row under a band of levels: Pascasarjana (S2), Sarjana (S1), Sarjana Muda (counted D3, as "
              "elsewhere in the corpus), SLTA, SLTP 0. The eselon table (A | B under each eselon: 1 III/a, 4 IV/a, 10 "
              "V/a, the 15 structural officials) gives no jenis jabatan for the others, and the DIKLAT table counts "
              "training graduates (50, not staff): neither is a staff dimension a careful analyst reads. Figures as "
              "printed; they agree (23 + 56 = 79 = 4 + 18 + 11 + 46 + 0)."),
    ),
    Layout(
        id="staff-laporan-usulan-naik-pangkat-kolom-nama-nip-tertukar-pangkat-lama-baru",
        dataset="staff",
        agency=("A school (a 'satuan' whose head signs as 'Kepala Satuan'; not named), its civil servants proposed for "
                "promotion — school, staff application print pasted into a sheet (synthetic people)"),
        source=("public GitHub Laravel view 'Laporan Daftar PNS' (search index file id 26475397455), the print of the "
                "promotion proposals ($naikPangkat): NO. | NAMA PNS | NIP | JABATAN | GOLONGAN | PANGKAT LAMA | "
                "PANGKAT BARU | TANGGAL DIUSULKAN, the rows writing user_pegawai->nip first and ->name second, then "
                "the 'Kepala Satuan' signature with pangkat/golongan and NIP"),
        year=2024,
        sheets={"Laporan Daftar PNS": _usulan_rows()},
        expected={
            "golongan": counts(row[6] for row in _USULAN),
            "gender": {"Laki-laki": sum(not row[1] for row in _USULAN), "Perempuan": sum(row[1] for row in _USULAN)},
            "position_type": counts(row[10] for row in _USULAN),
        },
        # no education column; the NIP read from the column headed NAMA PNS, which the user must be told
        findings=((W, "column_missing"), (W, "nip_headers_swapped")),
        note=("The application's promotion list as its print view gives it: the header says NAMA PNS then NIP, but "
              "each row prints the NIP under NAMA PNS and the name under NIP (the template's two cells are "
              "swapped), so the NIP column is the one headed 'NAMA PNS': an expected warning nip_headers_swapped "
              "naming both headers. GOLONGAN is the current golongan ruang and PANGKAT LAMA its pangkat; PANGKAT "
              "BARU is the proposed one, not yet held: the counts are by GOLONGAN. Sex only in the NIP (digit 15). No jenis jabatan column, but the jabatan names tell it: "
              "Guru, Pranata Laboratorium Pendidikan and Pustakawan are functional, Pengadministrasi Perkantoran and "
              "Pengadministrasi Umum executor posts. No education column: an expected warning column_missing. "
              "TANGGAL DIUSULKAN as the database date (2024-03-04). The signatory below the table (his NIP "
              "synthetic) is not a row. People and NIPs synthetic."),
    ),
]


# ---------------------------------------------------------------- indicators

_QUARTERS = ["Q1", "Q2", "Smt 1", "Q3", "s.d.Q3", "Q4", "Y"]
#: the KPP section head's IKI targets as printed: (sasaran number, sasaran, kode, indicator, targets Q1 … Y)
_IKI = [
    (1, "Kepatuhan tahun berjalan yang tinggi", "01a-CP",
     "Persentase capaian tingkat kepatuhan penyampaian SPT Tahunan PPh Wajib Pajak Badan dan Orang Pribadi",
     ["60%", "80%", "80%", "90%", "90%", "100%", "100%"]),
    (2, "Edukasi dan pelayanan yang efektif", "02a-CP",
     "Persentase perubahan perilaku lapor dan bayar atas kegiatan edukasi dan penyuluhan",
     ["10%", "40%", "40%", "60%", "60%", "74%", "74%"]),
    (None, None, "02b-CP", "Indeks Kepuasan Pelayanan dan Efektivitas Penyuluhan",
     ["5%", "5%", "10%", "5%", "15%", "85%", "100%"]),
    (None, None, "02c-N",
     "Persentase penyelesaian pengembalian pendahuluan kelebihan pembayaran pajak tepat waktu", ["90%"] * 7),
    (None, None, "02d-N",
     "Persentase realisasi penerbitan Surat Pelaksanaan Putusan Banding (SP2B) dan Peninjauan Kembali (SP2PK) tepat "
     "waktu", ["100%"] * 7),
    (None, None, "02e-N", "Persentase realisasi pelayanan penerbitan SKPKPP tepat waktu", ["100%"] * 7),
    (None, None, "02f-N", "Persentase realisasi penyelesaian permohonan layanan unggulan tepat waktu", ["100%"] * 7),
    (3, "Data dan Informasi yang Berkualitas", "03a-N",
     "Persentase pengemasan dokumen perpajakan yang akan dikirim ke/diambil oleh PPDDP/KPDDP",
     ["40%", "60%", "60%", "75%", "75%", "87%", "87%"]),
    (None, None, "03b-N", "Persentase tindak lanjut pengembalian dokumen perpajakan dari PPDDP/KPDDP", ["97%"] * 7),
    (4, "Pengelolaan Organisasi dan SDM yang adaptif", "04a-CP",
     "Tingkat Pemenuhan Kompetensi Teknis dan Standar Jam Pelajaran Pegawai", [15, 45, 45, 75, 75, 90, 90]),
]


def _iki_rows() -> list[list]:
    rows: list[list] = [
        ["SASARAN STRATEGIS (SS) DAN INDIKATOR KINERJA INDIVIDU (IKI) TAHUN 2024"],
        ["KEPALA SEKSI PELAYANAN (PRATAMA)"],
        [],
        ["No", "Sasaran Strategis", "Kode", "Indikator Kinerja Utama", "Target", *[None] * 6],
        [None, None, None, None, *_QUARTERS],
    ]
    for number, sasaran, kode, name, targets in _IKI:
        rows.append([number, sasaran, kode, name, *targets])
    return rows


def _iki_expected() -> list[dict]:
    """The year's target is the 'Y' column; the sheet has no realisation."""
    return [_ind(name[:40], float(str(targets[-1]).rstrip("%")), None) for _, _, _, name, targets in _IKI]


#: Tabel 4 as printed: (sasaran row?, indicator heading, [(sub-row, target, realisasi, capaian)])
_PT_SULTRA = [
    ("a. Persentase sisa perkara yang diselesaikan",
     [("1. Pidana", "100%", "100%", "100%"), ("2. Perdata", "100%", "100%", "100%"),
      ("3. Tipikor", "100%", "100%", "100%")]),
    ("b. Persentase perkara yang diselesaikan tepat waktu",
     [("1. Pidana", "95%", "89,75%", "94,47%"), ("2. Perdata", "95%", "93%", "97,89%"),
      ("3. Tipikor", "95%", "100%", "105,26%")]),
    ("c. Persentase penurunan sisa perkara",
     [("1. Pidana", "25%", "-11,5%", "-450%"), ("2. Perdata", "25%", "12,5%", "50%"),
      ("3. Tipikor", "30%", "0%", "0%")]),
    ("d. Persentase perkara yang Tidak Mengajukan Upaya Hukum :",
     [("Kasasi", "50%", "41,70%", "83,4%"), ("PK", "75%", "92,71%", "123,6%")]),
]
_PT_SULTRA_INDEKS = ("e. Index responden Pengadilan Tingkat Pertama yang puas terhadap layanan Pengadilan Tinggi",
                     "80%", "76,77%", "95,96%")


def _pt_sultra_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        ["A. PENGUKURAN CAPAIAN KINERJA TAHUN 2017"],
        ["Tabel 4. Hasil Pengukuran Kinerja"],
        ["NO.", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian %"],
    ]
    first = len(rows) + 1
    for i, (heading, subs) in enumerate(_PT_SULTRA):
        rows.append(["1." if i == 0 else None, "Terwujudnya Proses Peradilan Yang Pasti dan Akuntabel." if i == 0
                     else None, heading, None, None, None])
        rows += [[None, None, *sub] for sub in subs]
    rows.append([None, None, *_PT_SULTRA_INDEKS])
    last = len(rows)
    return rows, [f"A{first}:A{last}", f"B{first}:B{last}"]


def _percent(text: str) -> float:
    return float(text.rstrip("%").replace(",", "."))


def _pt_sultra_expected() -> list[dict]:
    """One indicator per case-type sub-row (its name is the sub-row's), then the satisfaction index."""
    expected = [_ind(sub.split(". ", 1)[-1], _percent(target), _percent(real))
                for _, subs in _PT_SULTRA for sub, target, real, _ in subs]
    name, target, real, _ = _PT_SULTRA_INDEKS
    return [*expected, _ind("Index responden Pengadilan Tingkat Pertama", _percent(target), _percent(real))]


_PT_SULTRA_ROWS, _PT_SULTRA_MERGES = _pt_sultra_rows()

INDICATORS: list[Layout] = [
    Layout(
        id="ind-kpp-pratama-kasi-pelayanan-iki-2024-target-triwulan-kumulatif-tanpa-realisasi",
        dataset="indicators",
        agency=("A Kantor Pelayanan Pajak Pratama (Direktorat Jenderal Pajak, Kementerian Keuangan; the template "
                "names no office), the targets of its Kepala Seksi Pelayanan — kementerian UPT, KPP"),
        source=("https://id.scribd.com/document/731273769/2024-K-4-Seksi-Pelayanan-Pratama — 'SASARAN STRATEGIS (SS) "
                "DAN INDIKATOR KINERJA INDIVIDU (IKI) TAHUN 2024, KEPALA SEKSI PELAYANAN (PRATAMA)': No | Sasaran "
                "Strategis | Kode | Indikator Kinerja Utama | Target › Q1 | Q2 | Smt 1 | Q3 | s.d.Q3 | Q4 | Y, ten "
                "IKI in four sasaran (the manual sheets after it not copied)"),
        year=2024,
        sheets={"IKI Kasi Pelayanan": _iki_rows()},
        merged={"IKI Kasi Pelayanan": ["A1:K1", "A2:K2", "E4:K4", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "A7:A12",
                                       "B7:B12", "A13:A14", "B13:B14"]},
        expected=_iki_expected(),
        # a target sheet: no realisation anywhere
        findings=((W, "field_empty"),),
        note=("The Directorate General of Taxes' template of a section head's individual indicators: each IKI with its "
              "DJP code ('01a-CP', the suffix CP/N the perspective), the target of every quarter (Q1, Q2, Q3, Q4), "
              "of the semester ('Smt 1') and cumulative to the third quarter ('s.d.Q3'), and the year's ('Y'). The "
              "year's target is Y. Quarter targets are not always cumulative (02b-CP: 5%, 5%, Smt 1 10%, 5%, s.d.Q3 "
              "15%, Q4 85%, Y 100%, a milestone index). 04a-CP is printed without '%' (15 … 90). Sasaran numbers "
              "and names merged down over their IKI. There is no realisation column at all (the sheet is the plan): "
              "an expected warning field_empty. Figures as printed."),
    ),
    Layout(
        id="ind-pt-sultra-2017-sub-baris-pidana-perdata-tipikor-realisasi-negatif",
        dataset="indicators",
        agency=("Pengadilan Tinggi Sulawesi Tenggara (Mahkamah Agung, peradilan umum tingkat banding), LKjIP 2017 — "
                "lembaga unit, pengadilan tinggi"),
        source=("https://cupdf.com/document/a-pengukuran-capaian-kinerja-tahun-2017-p-tahun-2017bab-iii-target-kinerja"
                "-tahun.html — LKjIP Pengadilan Tinggi Sulawesi Tenggara 2017, Bab III A (hal. 23), 'Tabel 4. Hasil "
                "Pengukuran Kinerja': NO. | Sasaran | Indikator | Target | Realisasi | Capaian %, sasaran 1 with "
                "indicators a–e, a–c split into Pidana / Perdata / Tipikor and d into Kasasi / PK"),
        year=2017,
        sheets={"Tabel 4": _PT_SULTRA_ROWS},
        merged={"Tabel 4": _PT_SULTRA_MERGES},
        expected=_pt_sultra_expected(),
        # 'c. penurunan sisa perkara' Pidana: -11,5% on a target of 25% is a capaian of -46%, printed -450%
        findings=((W, "capaian_mismatch"),),
        note=("An appellate court's measurement table: one sasaran merged down the table, indicators a–e, and for "
              "a–c no values on the indicator's own row but one sub-row per case type ('1. Pidana', '2. Perdata', "
              "'3. Tipikor'; for d 'Kasasi', 'PK'), each with its target, realisation and capaian: each sub-row is "
              "an indicator (the values stand only there), e is an indicator on its own row. Percentages with "
              "decimal commas ('89,75%'). The reduction in pending cases was negative for criminal cases (-11,5%: "
              "more were pending at the end of the year), printed with a capaian of -450% where -11,5 / 25 gives "
              "-46%: a published mistake (warning capaian_mismatch); the other capaian agree (89,75 / 95 = 94,47). "
              "All positive: a higher share settled, reduced, not appealed or satisfied is better. The layout of the "
              "sub-rows is read from the page's text (the values follow the sub-row labels in order). Figures as "
              "printed."),
    ),
]


# ---------------------------------------------------------------- budget

#: the application's budget lines: (program, kegiatan, sub-kegiatan, kode rekening, uraian, tagging, pagu setahun,
#: realisasi NPD, realisasi LS) for January–June; codes and names Kepmendagri 050-5889/2021, amounts invented
_PROGRAM_1 = "1.02.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
_PROGRAM_2 = "1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"
_KEU = "1.02.01.2.02 Administrasi Keuangan Perangkat Daerah"
_UMUM = "1.02.01.2.06 Administrasi Umum Perangkat Daerah"
_UKM = "1.02.02.2.02 Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota"
_LINES = [
    (_PROGRAM_1, _KEU, "1.02.01.2.02.0001 Penyediaan Gaji dan Tunjangan ASN", "5.1.01.01.01.0001",
     "Belanja Gaji Pokok PNS", "Tanpa Tagging", 2_184_600_000, 0, 1_088_412_300),
    (_PROGRAM_1, _KEU, "1.02.01.2.02.0001 Penyediaan Gaji dan Tunjangan ASN", "5.1.01.01.02.0001",
     "Belanja Tunjangan Keluarga PNS", "Tanpa Tagging", 218_460_000, 0, 107_935_840),
    (_PROGRAM_1, _UMUM, "1.02.01.2.06.0001 Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
     "5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik", "Tanpa Tagging", 24_500_000,
     9_870_000, 0),
    (_PROGRAM_1, _UMUM, "1.02.01.2.06.0004 Penyediaan Bahan Logistik Kantor", "5.1.02.01.01.0024",
     "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", "Rutin", 36_000_000, 17_245_500, 0),
    (_PROGRAM_1, _UMUM, "1.02.01.2.06.0004 Penyediaan Bahan Logistik Kantor", "5.1.02.01.01.0024",
     "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", "Tanpa Tagging", 8_500_000, 0, 0),
    (_PROGRAM_1, _UMUM, "1.02.01.2.06.0004 Penyediaan Bahan Logistik Kantor", "5.1.02.01.01.0026",
     "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", "Tanpa Tagging", 15_000_000, 6_120_000, 0),
    (_PROGRAM_2, _UKM, "1.02.02.2.02.0003 Pengelolaan Pelayanan Kesehatan Ibu Bersalin", "5.1.02.02.01.0003",
     "Belanja Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", "Tanpa Tagging",
     12_000_000, 4_800_000, 0),
    (_PROGRAM_2, _UKM, "1.02.02.2.02.0003 Pengelolaan Pelayanan Kesehatan Ibu Bersalin", "5.1.02.04.01.0001",
     "Belanja Perjalanan Dinas Biasa", "Stunting", 45_600_000, 18_250_000, 0),
    (_PROGRAM_2, _UKM, "1.02.02.2.02.0003 Pengelolaan Pelayanan Kesehatan Ibu Bersalin", "5.1.02.04.01.0001",
     "Belanja Perjalanan Dinas Biasa", "Tanpa Tagging", 10_400_000, 2_150_000, 0),
    (_PROGRAM_2, _UKM, "1.02.02.2.02.0018 Pengelolaan Surveilans Kesehatan", "5.1.02.01.01.0052",
     "Belanja Makanan dan Minuman Rapat", "Tanpa Tagging", 27_750_000, 8_325_000, 0),
    (_PROGRAM_2, _UKM, "1.02.02.2.02.0018 Pengelolaan Surveilans Kesehatan", "5.1.02.02.01.0013",
     "Belanja Jasa Tenaga Kesehatan", "Tanpa Tagging", 96_000_000, 0, 46_400_000),
]


def _sums(lines) -> tuple[float, float, float, float, float]:
    pagu = float(sum(line[6] for line in lines))
    npd = float(sum(line[7] for line in lines))
    ls = float(sum(line[8] for line in lines))
    return pagu, npd, ls, npd + ls, round((npd + ls) / pagu * 100, 2) if pagu else 0.0


def _groups(lines, index: int) -> list[tuple[str, list]]:
    """The lines grouped by one of their fields, in order of first appearance (the export sorts them by code)."""
    groups: dict[str, list] = {}
    for line in lines:
        groups.setdefault(line[index], []).append(line)
    return list(groups.items())


def _realisasi_rows() -> list[list]:
    rows: list[list] = [
        ["DATA REALISASI ANGGARAN"], ["Tahun Anggaran 2025"], ["Periode 01-01-2025 s.d. 30-06-2025"], [],
        ["Tingkat", "Kode / Nama", "Uraian", "Pagu Setahun", "Realisasi NPD", "Realisasi LS", "Realisasi Aktual",
         "% thd Pagu"],
    ]
    for program, in_program in _groups(_LINES, 0):
        rows.append(["Program", program, None, *_sums(in_program)])
        for kegiatan, in_kegiatan in _groups(in_program, 1):
            rows.append(["Kegiatan", kegiatan, None, *_sums(in_kegiatan)])
            for sub, in_sub in _groups(in_kegiatan, 2):
                rows.append(["Sub Kegiatan", sub, None, *_sums(in_sub)])
                for kode, in_rekening in _groups(in_sub, 3):
                    rows.append(["Kode Rekening", kode, in_rekening[0][4], *_sums(in_rekening)])
                    rows += [["Tagging", line[5], None, *_sums([line])] for line in in_rekening]
    rows.append(["TOTAL", "Seluruh Mata Anggaran", None, *_sums(_LINES)])
    return rows


def _realisasi_formats() -> dict[str, str]:
    last = len(_realisasi_rows())
    formats = {f"{column}{row}": "#,##0.00" for row in range(6, last + 1) for column in "DEFG"}
    formats.update({f"H{row}": '0.00"%"' for row in range(6, last + 1)})
    return formats


def _realisasi_expected() -> list[dict]:
    """Program, kegiatan and sub-kegiatan rows: Pagu Setahun and Realisasi Aktual (NPD + LS); names without codes."""
    expected = []
    for program, in_program in _groups(_LINES, 0):
        expected.append(_b("program", program.split(" ", 1)[1], *_sums(in_program)[:4:3]))
        for kegiatan, in_kegiatan in _groups(in_program, 1):
            expected.append(_b("kegiatan", kegiatan.split(" ", 1)[1], *_sums(in_kegiatan)[:4:3]))
            expected += [_b("sub_kegiatan", sub.split(" ", 1)[1], *_sums(in_sub)[:4:3])
                         for sub, in_sub in _groups(in_kegiatan, 2)]
    return expected


BUDGET: list[Layout] = [
    Layout(
        id="budget-data-realisasi-anggaran-kolom-tingkat-npd-ls-aktual-tagging",
        dataset="budget",
        agency=("A kabupaten Dinas Kesehatan (invented: the application keeps one OPD's budget and names none), its "
                "'Data Realisasi Anggaran' for a date range — kabupaten OPD, budget application export (figures "
                "synthetic)"),
        source=("public GitHub Laravel application, App/Exports/RealisasiPeriodeExport.php (search index file id "
                "59372189164): title rows 'DATA REALISASI ANGGARAN', 'Tahun Anggaran …', 'Periode dd-mm-yyyy s.d. "
                "dd-mm-yyyy', the header in row 5: Tingkat | Kode / Nama | Uraian | Pagu Setahun | Realisasi NPD | "
                "Realisasi LS | Realisasi Aktual | % thd Pagu, rows Program › Kegiatan › Sub Kegiatan › Kode Rekening "
                "› Tagging and a TOTAL row, numbers '#,##0.00', the percentage '0.00\"%\"'; Realisasi Aktual = NPD + "
                "LS and the levels' sums from its AnggaranRealisasiService (index file id 59397154039)"),
        year=2025,
        sheets={"Realisasi Anggaran": _realisasi_rows()},
        number_formats={"Realisasi Anggaran": _realisasi_formats()},
        expected=_realisasi_expected(),
        note=("A budget application's export that names each row's level in its own first column, 'Tingkat': "
              "Program, Kegiatan, Sub Kegiatan, Kode Rekening (with the account's name under 'Uraian'), Tagging "
              "(the user's label on a budget line: 'Rutin', 'Stunting', 'Tanpa Tagging'; one row per tag, under "
              "its account) and TOTAL 'Seluruh Mata Anggaran'. Every row carries its amounts (the levels are the "
              "sums of their lines). The realisation is split by payment route, NPD (nota pencairan dana, the GU "
              "route) and LS, and 'Realisasi Aktual' is their sum: the realisation; 'Pagu Setahun' the budget. The "
              "percentage column is a number shown with '%' by its format (49.82 shown '49.82%'). The period is "
              "January–June 2025: the realisation of the half year against the year's budget. A careful analyst "
              "reads the program, kegiatan and sub-kegiatan rows; the account and tag rows are their detail and "
              "TOTAL their sum. Codes and names of Kepmendagri 050-5889/2021; amounts invented, consistent."),
    ),
]


# ---------------------------------------------------------------- assets

#: the asset page's rows: (KIB, tahun, asal usul, deskripsi, merk/type, harga, no pabrik / dokumen, no rangka / tgl
#: dokumen, no mesin / luas lantai, no BPKB / luas tanah, kondisi, keterangan / lokasi); the first two as the page
#: shows them, the others invented
_KIB = [
    ("KIB B", 2024, "Pembelian", "Laptop Asus", "Expertbook B1", 12_500_000, "SN12345678", "-", "-", "-", "Baik",
     "Kantor Pusat"),
    ("KIB C", 2022, "Hibah", "Gedung Serbaguna", "Beton", 2_500_000_000, "No. 001/IMB/2022", "15/02/2022", "450 m2",
     "1000 m2", "Baik", "Kecamatan A"),
    ("KIB B", 2019, "Pembelian", "Sepeda Motor Honda Supra X 125", "Honda NF125", 18_750_000, "-",
     "MH1JB9115KK123456", "JB91E1123456", "L-04512345", "Kurang Baik", "Seksi Trantib"),
    ("KIB B", 2021, "Pembelian", "Printer Epson L3110", "Epson L3110", 2_350_000, "X5H2012345", "-", "-", "-",
     "Rusak Berat", "Gudang"),
    ("KIB C", 2015, "Pembelian", "Pos Jaga", "Batu bata", 85_000_000, "No. 014/IMB/2015", "02/09/2015", "12 m2",
     "20 m2", "Kurang Baik", "Kecamatan B"),
    ("KIB B", 2023, "Hibah", "Proyektor Epson EB-X500", "Epson EB-X500", 7_200_000, "PX5009876", "-", "-", "-",
     "Baik", "Ruang Rapat"),
    ("KIB B", 2017, "Pembelian", "Mobil Toyota Avanza", "Toyota Avanza 1.3 G", 215_000_000, "-", "MHKM1BA3JHK012345",
     "1NR0123456", "N-01234567", "Baik", "Kantor Pusat"),
]
_KIB_HEADER = ["KIB", "Tahun", "Asal Usul", "Deskripsi Obj", "Merk/Type / Beton", "Harga", "No Pabrik / No Dokumen",
               "No Rangka / Tgl Dokumen", "No Mesin / Luas Lantai", "No BPKB / Luas Tanah", "Kondisi",
               "Keterangan / Lokasi", "Aksi"]


def _kib_rows() -> list[list]:
    rows: list[list] = [["Daftar Inventaris Barang (KIB B)"], ["Home", "Data Inventaris"], [], ["Tabel Data Aset"],
                        _KIB_HEADER]
    for kib, tahun, asal, name, merk, harga, *numbers, kondisi, lokasi in _KIB:
        rows.append([kib, tahun, asal, name, merk, _rp(harga), *numbers, kondisi, lokasi, None])
    # DataTables prints the header again in the table's footer
    rows.append(_KIB_HEADER)
    return rows


#: the school's rooms and their assets: (room, code, jenis, kapasitas, penanggung jawab, [(kode aset, name, kondisi)])
_ROOMS = [
    ("Ruang Kelas VII-A", "R-07A", "Ruang Kelas", 32, "Siti Aminah, S.Pd", [
        ("AST-2019-0011", "Papan Tulis Whiteboard 120x240", "Baik"),
        ("AST-2019-0012", "Meja Guru Kayu Jati", "Baik"),
        ("AST-2019-0013", "Kursi Guru Lipat", "Rusak Ringan"),
        ("AST-2020-0031", "Lemari Kelas Besi 2 Pintu", "Baik"),
    ]),
    ("Laboratorium IPA", "R-LAB1", "Laboratorium", 36, "Dedi Kurniawan, S.Pd", [
        ("AST-2018-0004", "Mikroskop Binokuler Olympus CX23", "Baik"),
        ("AST-2018-0005", "Torso Manusia 85 cm", "Rusak Ringan"),
        ("AST-2021-0017", "Lemari Asam", "Baik"),
        ("AST-2016-0002", "Timbangan Digital Ohaus", "Rusak Berat"),
    ]),
    ("Gudang Olahraga", "R-GOR", "Gudang", 0, "Ahmad Fauzi, S.Pd", []),
    ("Ruang Tata Usaha", "R-TU", "Ruang Kantor", 6, "Yuliana, S.E", [
        ("AST-2022-0040", "Komputer PC Lenovo ThinkCentre", "Baik"),
        ("AST-2020-0026", "Printer Canon G2010", "Rusak Ringan"),
        ("AST-2017-0009", "Filing Cabinet 4 Laci", "Baik"),
    ]),
]
_SCHOOL_KOP = [["PEMERINTAH KABUPATEN SUKAMAJU"], ["DINAS PENDIDIKAN DAN KEBUDAYAAN"], ["SMP NEGERI 3 SUKAMAJU"],
               ["Jl. Pendidikan No. 12, Sukamaju"], []]
_SCHOOL_SIGNATURES = [[], [None, "Mengetahui,", None, "Sukamaju, 30 Juni 2025"],
                      [None, "Kepala Sekolah", None, "Operator Sarpras"], [], [],
                      [None, "Drs. Bambang Sutejo, M.Pd", None, "Rizky Pratama"],
                      [None, "NIP. " + nip(21, birth="19690814", appointed="199403"), None, "NIP. -"]]


def _kir_rows() -> list[list]:
    rows: list[list] = [*_SCHOOL_KOP, ["Laporan Rekapitulasi per Ruangan (KIR)"],
                        ["Nomor: 001 / LAP-SARPRAS / SMP / 2025"], ["Periode: Semua Waktu"], []]
    for room, code, jenis, kapasitas, pj, assets in _ROOMS:
        rows += [[f"Ruangan: {room} ({code})"],
                 [f"Jenis: {jenis} | Kapasitas: {kapasitas} Orang | Penanggung Jawab: {pj}"],
                 ["No", "Kode Aset", "Nama Barang", "Kondisi"]]
        rows += [[i, kode, name, kondisi] for i, (kode, name, kondisi) in enumerate(assets, start=1)]
        if not assets:
            rows.append(["Kosong"])
        rows.append([])
    return rows + _SCHOOL_SIGNATURES


#: the same school's damaged goods: (name, kategori, lokasi terakhir, kondisi)
_RUSAK = [
    ("Kursi Guru Lipat", "Peralatan dan Mesin (KIB B)", "Ruang Kelas VII-A", "Rusak Ringan"),
    ("Torso Manusia 85 cm", "Peralatan dan Mesin (KIB B)", "Laboratorium IPA", "Rusak Ringan"),
    ("Timbangan Digital Ohaus", "Peralatan dan Mesin (KIB B)", "Laboratorium IPA", "Rusak Berat"),
    ("Printer Canon G2010", "Peralatan dan Mesin (KIB B)", "Ruang Tata Usaha", "Rusak Ringan"),
    ("Bola Voli Mikasa MVA200", "Aset Tetap Lainnya (KIB E)", "Tidak ada lokasi", "Rusak Berat"),
    ("Matras Senam 2 m", "Aset Tetap Lainnya (KIB E)", "Tidak ada lokasi", "Rusak Ringan"),
]


def _rusak_rows() -> list[list]:
    rows: list[list] = [*_SCHOOL_KOP, ["Laporan Kondisi Barang (Rusak)"], ["Nomor: 002 / LAP-SARPRAS / SMP / 2025"],
                        ["Periode: Semua Waktu"], [],
                        ["No", "Nama Barang", "Kategori", "Lokasi Terakhir", "Kondisi", "Keterangan"]]
    rows += [[i, name, kategori, lokasi, kondisi, "-"] for i, (name, kategori, lokasi, kondisi) in enumerate(_RUSAK, 1)]
    return rows + _SCHOOL_SIGNATURES


ASSETS: list[Layout] = [
    Layout(
        id="assets-daftar-inventaris-kib-b-kib-c-campur-kondisi-kata-header-ulang",
        dataset="assets",
        agency=("An OPD keeping its KIB B and KIB C assets in one web list (not named; the page's own rows say "
                "'Kantor Pusat', 'Kecamatan A') — kabupaten OPD, asset application page pasted into Excel (items "
                "partly synthetic)"),
        source=("public GitHub PHP view app/view/data-kibb.php of repository andhika26/simetris (search index file id "
                "25157447063): 'Daftar Inventaris Barang (KIB B)', card 'Tabel Data Aset', a DataTables table KIB | "
                "Tahun | Asal Usul | Deskripsi Obj | Merk/Type / Beton | Harga | No Pabrik / No Dokumen | No Rangka "
                "/ Tgl Dokumen | No Mesin / Luas Lantai | No BPKB / Luas Tanah | Kondisi | Keterangan / Lokasi | "
                "Aksi, the same header repeated as its tfoot; two rows on the page (a KIB B laptop, a KIB C "
                "building)"),
        year=2024,
        sheets={"Data Aset": _kib_rows()},
        expected=[_a(name, 1 if kondisi == "Baik" else 0, 0 if kondisi == "Baik" else 1)
                  for _, _, _, name, *_, kondisi, _ in _KIB],
        note=("One list for two inventory cards: KIB B (equipment and vehicles) and KIB C (buildings) share the "
              "columns, so each header names both meanings ('No Mesin / Luas Lantai', 'No BPKB / Luas Tanah', "
              "'Merk/Type / Beton'). One row per asset, its condition as a word in 'Kondisi' (Baik, Kurang Baik, "
              "Rusak Berat; Kurang Baik is the lightly damaged, so damaged = Kurang Baik + Rusak Berat), the price "
              "as 'Rp 12.500.000' text, an empty 'Aksi' column (the edit and delete buttons), and the header row "
              "again under the last row (the table's footer), which is not an item. The page's heading says KIB B "
              "though the list holds KIB C too. The two rows of the page kept, five invented; the year is the latest "
              "acquisition's."),
    ),
    Layout(
        id="assets-sekolah-kir-rekap-per-ruangan-blok-judul-ruangan-kosong",
        dataset="assets",
        agency=("SMP Negeri 3 Sukamaju (invented), its inventory by room from a school facilities (sarpras) "
                "application — public junior secondary school, report print (items synthetic)"),
        source=("public GitHub React report page ReportPrintView (search index file id 69460150774), report r3 "
                "'Laporan Rekapitulasi per Ruangan (KIR)': for each room a heading 'Ruangan: <nama> (<kode>)', a line "
                "'Jenis: … | Kapasitas: … Orang | Penanggung Jawab: …' and a table No | Kode Aset | Nama Barang | "
                "Kondisi, an empty room printed 'Kosong'; the letter number '001 / LAP-SARPRAS / SMP / <year>', the "
                "school profile and the head's and operator's names for the signatures (the kop's wording invented)"),
        year=2025,
        sheets={"KIR": _kir_rows()},
        expected=[_a(name, 1 if kondisi == "Baik" else 0, 0 if kondisi == "Baik" else 1)
                  for *_, assets in _ROOMS for _, name, kondisi in assets],
        note=("A school's assets as one printed report of room blocks: each block opens with the room's title line "
              "and a line of its kind, capacity and person in charge, then its own header No | Kode Aset | Nama "
              "Barang | Kondisi and numbering from 1; the sports store is empty and prints 'Kosong' under its "
              "header. One row per asset, the condition as a word (Baik, Rusak Ringan, Rusak Berat; damaged = "
              "rusak ringan + rusak berat). The kop, title, letter number and period above, the signatures below "
              "(NIP synthetic). Item names differ across rooms. Items invented."),
    ),
    Layout(
        id="assets-sekolah-laporan-kondisi-barang-rusak-saja-lokasi-terakhir",
        dataset="assets",
        agency=("SMP Negeri 3 Sukamaju (invented), its damaged goods from the same sarpras application — public "
                "junior secondary school, report print (items synthetic)"),
        source=("public GitHub React report page ReportPrintView (search index file id 69460150774), report r2 "
                "'Laporan Kondisi Barang (Rusak)': the assets whose condition is not 'Baik', No | Nama Barang | "
                "Kategori | Lokasi Terakhir | Kondisi | Keterangan, the room 'Tidak ada lokasi' when none, "
                "Keterangan '-'"),
        year=2025,
        sheets={"Barang Rusak": _rusak_rows()},
        expected=[_a(name, 0, 1) for name, *_ in _RUSAK],
        note=("A list of damaged goods only: every row is an asset whose condition is not good (Rusak Ringan or "
              "Rusak Berat, as words), so every item counts 0 good and 1 damaged; nothing in good condition is "
              "listed (the report filters them out). Kategori names the inventory card in brackets ('Peralatan dan "
              "Mesin (KIB B)'); two items have no room ('Tidak ada lokasi'); Keterangan is '-' throughout. Kop and "
              "signatures as in the room report (NIP synthetic). Items invented, the four room items the same as "
              "in the room report's damaged ones."),
    ),
]

CASES: list[Layout] = [*STAFF, *INDICATORS, *BUDGET, *ASSETS]
