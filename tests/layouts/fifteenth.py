"""The fifteenth held-out set: real indicator and budget layouts collected blind, to measure the integrated kit on
layouts nobody tuned for (README.md records the cases; the lead measures them).

Kinds the corpus had none of: an Inspektorat's review of a kabupaten's LPPD quoting the macro indicators as 'Capaian
Kinerja Tahun N-1 | Tahun N' with no target, beside a 'Perubahan %' column that is each value minus 100; a
Pengadilan Negeri's executive summary with its two DIPAs (01 and 03) as two small tables by jenis belanja one under
the other, the rows of the second DIPA with no allotment printed '-'; a bendahara pengeluaran pembantu's SPJ
fungsional (LPJ), the realisation split into SPJ-LS and SPJ-UP/GU/TU, each as 's.d. Bulan lalu | Periode ke 1 |
Periode ke 2 | s.d. Bulan ini', with receipt, tax and cash rows under the spending; a Polri hospital's (Rumah Sakit
Bhayangkara, a BLU satker) realisation print by account, 'Pagu Revisi' and 'Pagu' printed twice the same, a 'Realisasi
s/d Tgl.' column that holds the month only, amounts in English number format; a university's IKU 1 (Angka Efisiensi
Edukasi) export by study level, where the column called 'Realisasi AEE' is the working and the achievement is compared
with its own target. Two tables are published (figures as printed); three are export or print layouts found in
public code, filled with invented figures and synthetic people. Expectations are what each table says, never what the
kit reads: the cases were not run through the kit. (A sixth case the collector took, Kejaksaan Negeri Pesisir
Selatan's fourth-quarter page, was dropped at the merge: it is the page of the fourth set's Kejari case, tuned for.)
"""

from __future__ import annotations

from layouts.case import W, budget_row as _b, indicator as _ind, Layout, rupiah as _dots


# ---------------------------------------------------------------- indicators

#: the macro indicators as the review prints them: (indicator, tahun N-1, tahun N, perubahan, polarity, N as number)
_LABURA = [
    ("Indeks Pembangunan Manusia", "71,43", "71,61", "- 28,39%", "positive", 71.61),
    ("Angka Kemiskinan", "9,57", "9,53", "- 90,47%", "negative", 9.53),
    ("Angka Pengangguran", "5,84", "6,82", "- 93,18%", "negative", 6.82),
    ("Pertumbuhan Ekonomi", "17.259,19", "17.306,59", "17.206,59", "positive", 17306.59),
    ("Pendapatan per Kapita", "24.378,34", "25.191,24", "25.091,24", "positive", 25191.24),
    ("Ketimpangan Pendapatan", "0,267", "0,262", "- 99,738%", "negative", 0.262),
]


def _labura_rows() -> list[list]:
    rows: list[list] = [
        ["B. Ruang Lingkup Reviu"],
        ["1. Capaian Kinerja Penyelenggaraan Pemerintahan Daerah"],
        ["a.1 Capaian Kinerja Makro"],
        ["Adapun capain Kinerja Makro yang menggambarkan keberhasilan penyelenggaraan Pemerintahan secara umum "
         "Kabupaten Labuhanbatu Utara Tahun Anggaran 2020, adalah sebagai berikut::"],
        [],
        ["NO", "INDIKATOR KINERJA\nMAKRO", "CAPAIN\nKINERJA\nTAHUN N-1", "CAPAIN\nKINERJA\nTAHUN N", "PERUBAHAN\n%"],
    ]
    rows += [[i, name, before, now, change] for i, (name, before, now, change, *_) in enumerate(_LABURA, start=1)]
    rows += [
        [],
        ["a.2 Capaian Kinerja Penyelenggara Urusan Pemerintahan"],
        ["Capaian kinerja penyelenggaraan urusan pemerintahan daerah sebagaimana dimaksud diukur berdasarkan "
         "indikator kinerja pada masing-masing urusan pemerintahan yang menjadi kewenangan daerah."],
    ]
    return rows


#: the university's IKU 1 by study level: (jenjang, cohort, lulus tepat waktu, AEE ideal, target pencapaian 2026);
#: cohorts and graduates invented (the export reads them from a placeholder API), ideals and targets the export's own
_AEE = [
    ("Diploma Tiga", 412, 131, 33.00, 52.05),
    ("Sarjana", 6935, 1204, 25.00, 60.41),
    ("Magister", 1148, 402, 50.00, 41.02),
    ("Doktor", 236, 23, 33.00, 35.05),
]
_AEE_PT_TARGET = 47.11


def _comma(value: float, digits: int = 2) -> str:
    """A number as PHP number_format(value, digits, ',', '.') prints it."""
    return f"{value:,.{digits}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def _aee_measures() -> list[tuple[float, float]]:
    """(Realisasi AEE, Tingkat Pencapaian) per level, unrounded, as the export computes them."""
    measures = []
    for _, cohort, graduates, ideal, _ in _AEE:
        realised = graduates / cohort * 100
        measures.append((realised, realised / ideal * 100))
    return measures


def _aee_rows() -> list[list]:
    rows: list[list] = [
        ["LAPORAN CAPAIAN IKU 1 - ANGKA EFISIENSI EDUKASI (AEE PT)"],
        ["Tanggal Unduh: 14 Jul 2026 09:12"],
        ["No", "Jenjang Pendidikan", "Total Mahasiswa (Cohort)", "Lulus Tepat Waktu", "AEE Ideal (%)",
         "Realisasi AEE (%)", "Tingkat Pencapaian (%)", "Target Pencapaian (%)"],
    ]
    for i, ((jenjang, cohort, graduates, ideal, target), (realised, achieved)) in enumerate(
            zip(_AEE, _aee_measures()), start=1):
        rows.append([i, jenjang, _dots(cohort), _dots(graduates), _comma(ideal) + "%", _comma(realised) + "%",
                     _comma(achieved) + "%", _comma(target) + "%"])
    average = sum(achieved for _, achieved in _aee_measures()) / len(_AEE)
    rows.append(["", "RATA-RATA CAPAIAN IKU 1 (AEE PT)", "", "", "", "", _comma(average) + "%",
                 _comma(_AEE_PT_TARGET) + "%"])
    return rows


def _aee_expected() -> list[dict]:
    """Each level's Tingkat Pencapaian against its Target Pencapaian, then the university's average against its own."""
    measures = _aee_measures()
    expected = [_ind(jenjang, target, round(achieved, 2))
                for (jenjang, *_, target), (_, achieved) in zip(_AEE, measures)]
    average = sum(achieved for _, achieved in measures) / len(_AEE)
    return [*expected, _ind("RATA-RATA CAPAIAN IKU 1", _AEE_PT_TARGET, round(average, 2))]


INDICATORS: list[Layout] = [
    Layout(
        id="ind-labura-reviu-lppd-2020-kinerja-makro-tahun-n-1-n-tanpa-target-perubahan-minus-100",
        dataset="indicators",
        agency=("Pemerintah Kabupaten Labuhanbatu Utara, its Inspektorat's review (nota dinas) of the 2020 "
                "performance summary for the LPPD — kabupaten pemda, inspektorat review"),
        source=("https://id.scribd.com/document/678345672/Draft-Lhr-Lppd-Labura-2021-Bahan-1 — 'Draft LHR LPPD "
                "Labura 2021', Inspektorat Kabupaten Labuhanbatu Utara, nota dinas on the review of TA 2020, B.1 "
                "'a.1 Capaian Kinerja Makro': NO | INDIKATOR KINERJA MAKRO | CAPAIN KINERJA TAHUN N-1 | CAPAIN "
                "KINERJA TAHUN N | PERUBAHAN %, six indicators"),
        year=2020,
        sheets={"Kinerja Makro": _labura_rows()},
        expected=[_ind(name, None, value, polarity) for name, _, _, _, polarity, value in _LABURA],
        # the table states no target at all, nor a polarity: each lower-is-better indicator is a polarity_inferred
        findings=((W, "field_empty"), *[(W, "polarity_inferred")] * sum(p == "negative" for *_, p, _ in _LABURA)),
        note=("An inspectorate quoting the regency's macro indicators for its LPPD review: the value of the year "
              "before (Tahun N-1) and of the year reviewed (Tahun N = 2020), no target column. The realisation is "
              "Tahun N; Tahun N-1 is the previous year's, not a target: an expected warning field_empty. The "
              "headers are printed 'CAPAIN' (sic), each wrapped on three lines. Published mistakes a careful "
              "analyst notes but no check reads: 'PERUBAHAN %' is not the change from N-1 but each year-N value "
              "minus 100 ('- 28,39%' = 71,61 − 100; '17.206,59' = 17.306,59 − 100), printed with a space after "
              "the minus and with or without '%'; 'Pertumbuhan Ekonomi' holds PDRB amounts (17.306,59, in "
              "billions of rupiah), not a growth rate. Polarity: poverty, unemployment and the Gini ratio are "
              "better lower, and with no polarity column each is a polarity_inferred warning, the corpus's rule "
              "(left out when collected; added when tuning). Decimal commas, dots between thousands. Figures as "
              "printed."),
    ),
    Layout(
        id="ind-universitas-iku1-aee-per-jenjang-realisasi-aee-bukan-capaian-rata-rata-pt",
        dataset="indicators",
        agency=("Universitas Sriwijaya (the export's university; figures invented), IKU 1 'Angka Efisiensi "
                "Edukasi' by study level — perguruan tinggi negeri, IKU monitoring application export"),
        source=("public GitHub Laravel export App/Exports/IkuSatuExport.php (search index file id 57447752122): "
                "'LAPORAN CAPAIAN IKU 1 - ANGKA EFISIENSI EDUKASI (AEE PT)', 'Tanggal Unduh', No | Jenjang "
                "Pendidikan | Total Mahasiswa (Cohort) | Lulus Tepat Waktu | AEE Ideal (%) | Realisasi AEE (%) | "
                "Tingkat Pencapaian (%) | Target Pencapaian (%), one row per level (Diploma Tiga, Sarjana, "
                "Magister, Doktor), then 'RATA-RATA CAPAIAN IKU 1 (AEE PT)' merged B:F; ideals 33/25/50/33 and "
                "targets 2026 52,05/60,41/41,02/35,05/47,11 from the export"),
        year=2026,
        sheets={"IKU 1": _aee_rows()},
        merged={"IKU 1": ["A1:H1", "A2:H2", "B8:F8"]},
        expected=_aee_expected(),
        note=("The 2025 IKU for universities measured as the export computes it: for each level, Realisasi AEE = "
              "graduates on time / cohort, and Tingkat Pencapaian = Realisasi AEE / AEE Ideal; the level's target "
              "('Target Pencapaian (%)', the 2026 target) is a target for Tingkat Pencapaian. So the indicator of "
              "each level is Tingkat Pencapaian against Target Pencapaian, and the column headed 'Realisasi AEE "
              "(%)' (and the AEE Ideal beside it) is the working, not the realisation compared with the target. "
              "The last row is the university's own IKU 1 (AEE PT = the mean of the levels' Tingkat Pencapaian) "
              "with its own target 47,11%: an indicator, not a total. Every figure a text with '%' and a decimal "
              "comma; counts with dots between thousands. The levels' names are the row labels. Cohorts and "
              "graduates invented; ideals and targets the export's."),
    ),
]


# ---------------------------------------------------------------- budget

#: DIPA 01 and DIPA 03 as the summary prints them: (no, jenis belanja, pagu, realisasi, sisa, %), '-' where nothing
_PRABUMULIH_DIPA01 = [
    (1, "Belanja Pegawai", "Rp.3.783.296.000", "Rp.3.274.064.975", "Rp.509.231.025", "86,54%"),
    (2, "Belanja Barang", "Rp.1.213.914.000", "Rp.1.192.362.958", "Rp.21.551.042", "98,22%"),
    (3, "Belanja Modal", "Rp.25.000.000", "Rp.25.000.000", "0", "100%"),
]
_PRABUMULIH_DIPA03 = [
    (1, "Belanja Pegawai", "-", "-", "-", "-"),
    (2, "Belanja Barang", "Rp.94.615.000", "Rp.89.675.690", "Rp.4.939.310", "94,78%"),
    (3, "Belanja Modal", "-", "-", "-", "-"),
]
_PRABUMULIH_HEADER = ["No", "Jenis belanja", "Pagu", "Realisasi", "Sisa", "%"]


def _prabumulih_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        ["RINGKASAN EKSEKUTIF"],
        ["Selama tahun 2020, Pengadilan Negeri Prabumulih telah berhasil melaksanakan misi yang diemban dalam "
         "rangka mencapai tujuan dan sasaran yang telah ditetapkan. Keberhasilan Pengadilan Negeri Prabumulih ini "
         "diukur berdasarkan pencapaian sasaran strategis dan indikator kinerja yang telah ditetapkan."],
        ["Adapun aspek akuntabilitas keuangan, dan total anggaran yang tercantum dalam DIPA 01 (Unit Organisasi "
         "Badan Urusan Administrasi) dan DIPA 03 (Dirjen Badilum) tahun 2020 sebesar :"],
        ["1. DIPA 01 :Rp. 5.022.210.000 (lima milyar dua puluh dua juta dua ratus sepuluh ribu rupiah) adapun "
         "rincian sebagai berikut :"],
        _PRABUMULIH_HEADER,
        *[list(row) for row in _PRABUMULIH_DIPA01],
        ["Jumlah", None, "Rp.5.022.210.000", "Rp.4.491.427.933", "Rp.530.782.067", "89,43%"],
        ["2. DIPA 03 : Rp. 94.615.000 ( sembilan puluh empat juta enam ratus lima belas ribu rupiah) adapun rincian "
         "sebagai berikut :"],
        _PRABUMULIH_HEADER,
        *[list(row) for row in _PRABUMULIH_DIPA03],
        ["Jumlah", None, "Rp.94.615.000", "Rp.89.675.690", "Rp.4.939.310", "94,78%"],
        ["Maka tingkat keberhasilan penyerapan anggaran ini dianggap telah memenuhi standar karena penyerapan itu "
         "sendiri dipengaruhi oleh sistem penganggaran berbasis kinerja yang mulai tersusun"],
    ]
    totals = [i for i, row in enumerate(rows, start=1) if row and row[0] == "Jumlah"]
    return rows, [f"A{row}:B{row}" for row in totals]


def _rupiah_text(text: str) -> int:
    return int(text.removeprefix("Rp.").replace(".", ""))


_PRABUMULIH_ROWS, _PRABUMULIH_MERGES = _prabumulih_rows()


#: the sub-unit's budget lines for January–June 2024: (program, kegiatan, sub kegiatan, kode rekening, uraian, pagu,
#: SPJ-LS (s.d. bulan lalu, periode 1, periode 2), SPJ-UP/GU/TU (the same)); codes and names Kepmendagri 050-5889,
#: amounts invented
_P1 = ("1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA")
_P2 = ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT")
_K11 = ("1.02.01.2.06", "ADMINISTRASI UMUM PERANGKAT DAERAH")
_K12 = ("1.02.01.2.08", "PENYEDIAAN JASA PENUNJANG URUSAN PEMERINTAHAN DAERAH")
_K21 = ("1.02.02.2.01", "PENYEDIAAN FASILITAS PELAYANAN KESEHATAN UNTUK UKM DAN UKP KEWENANGAN DAERAH "
                        "KABUPATEN/KOTA")
_K22 = ("1.02.02.2.02", "PENYEDIAAN LAYANAN KESEHATAN UNTUK UKM DAN UKP RUJUKAN TINGKAT DAERAH KABUPATEN/KOTA")
_S111 = ("1.02.01.2.06.0004", "PENYEDIAAN BAHAN LOGISTIK KANTOR")
_S112 = ("1.02.01.2.06.0009", "PENYELENGGARAAN RAPAT KOORDINASI DAN KONSULTASI SKPD")
_S121 = ("1.02.01.2.08.0002", "PENYEDIAAN JASA KOMUNIKASI, SUMBER DAYA AIR DAN LISTRIK")
_S211 = ("1.02.02.2.01.0016", "PENGADAAN ALAT KESEHATAN/ALAT PENUNJANG MEDIK FASILITAS PELAYANAN KESEHATAN")
_S221 = ("1.02.02.2.02.0020", "PENGELOLAAN PELAYANAN KESEHATAN DASAR MELALUI PENDEKATAN KELUARGA")
_SPJ_LINES = [
    (_P1, _K11, _S111, "5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 18_000_000,
     (0, 0, 0), (6_250_000, 1_180_000, 940_500)),
    (_P1, _K11, _S111, "5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", 7_500_000,
     (0, 0, 0), (2_400_000, 0, 650_000)),
    (_P1, _K11, _S112, "5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 12_000_000,
     (0, 0, 0), (4_800_000, 720_000, 0)),
    (_P1, _K11, _S112, "5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 24_000_000,
     (8_400_000, 0, 2_100_000), (0, 0, 0)),
    (_P1, _K12, _S121, "5.1.02.02.01.0061", "Belanja Tagihan Listrik", 30_000_000,
     (12_480_300, 2_506_100, 0), (0, 0, 0)),
    (_P1, _K12, _S121, "5.1.02.02.01.0063", "Belanja Kawat/Faksimili/Internet/TV Berlangganan", 9_600_000,
     (4_000_000, 800_000, 0), (0, 0, 0)),
    (_P2, _K21, _S211, "5.2.02.07.01.0001", "Belanja Modal Alat Kedokteran Umum", 45_000_000,
     (0, 0, 43_725_000), (0, 0, 0)),
    (_P2, _K22, _S221, "5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 6_000_000,
     (0, 0, 0), (1_500_000, 0, 0)),
    (_P2, _K22, _S221, "5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 15_600_000,
     (0, 0, 0), (5_200_000, 1_300_000, 1_300_000)),
]
#: UP/GU/TU money received (s.d. bulan lalu, periode 1, periode 2) and the taxes withheld and paid on, both invented
_UP = (20_000_000, 0, 0)
_GU = (10_000_000, 0, 8_000_000)
_TAX_GU = {"PPN": (580_000, 107_000, 85_500), "PPh 22": (130_000, 24_000, 19_000)}
_TAX_LS = {"PPN": (0, 0, 3_940_000), "PPh 22": (0, 0, 591_000)}
#: the tax rows in the print's order (its letters are not in order)
_TAX_ROWS = [("    a. PPN", "PPN"), ("    c. PPh.- 21", "PPh 21"), ("    d. PPh.- 22", "PPh 22"),
             ("    e. PPh.- 23", "PPh 23"), ("    b. PPh. Psl 4 (Ayat 2)", "PPh 4")]


def _spj_fmt(amount: int) -> str:
    """An amount as the print shows it: dots between thousands, '-' for nothing."""
    return _dots(amount) if amount > 0 else "-"


def _spj_sums(lines) -> tuple[int, tuple[int, int, int], tuple[int, int, int]]:
    pagu = sum(line[5] for line in lines)
    ls = tuple(sum(line[6][i] for line in lines) for i in range(3))
    gu = tuple(sum(line[7][i] for line in lines) for i in range(3))
    return pagu, ls, gu


def _spj_row(no: str, kode: str, uraian: str, pagu: int, ls, gu) -> list:
    ls_sd, gu_sd = sum(ls), sum(gu)
    return [no, kode, uraian, _spj_fmt(pagu), *map(_spj_fmt, ls), _spj_fmt(ls_sd), *map(_spj_fmt, gu),
            _spj_fmt(gu_sd), _spj_fmt(ls_sd + gu_sd), _spj_fmt(pagu - ls_sd - gu_sd)]


def _spj_sum_row(label: str, ls, gu) -> list:
    return [label, None, None, "-", *map(_spj_fmt, ls), _spj_fmt(sum(ls)), *map(_spj_fmt, gu), _spj_fmt(sum(gu)),
            _spj_fmt(sum(ls) + sum(gu)), "-"]


def _grouped(lines, key) -> list[tuple]:
    groups: dict = {}
    for line in lines:
        groups.setdefault(key(line), []).append(line)
    return list(groups.items())


def _roman(number: int) -> str:
    return ["I", "II", "III", "IV", "V"][number - 1]


_ZERO = (0, 0, 0)


def _spj_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        ["LAPORAN PERTANGGUNGJAWABAN BENDAHARA PENGELUARAN PEMBANTU"],
        ["(SPJ FUNGSIONAL)"],
        ["Periode : Juni 2024"],
        [],
        ["NO", "Kode Rekening", "Uraian", "Jumlah Anggaran", "SPJ - LS Barang & Jasa", None, None, None,
         "SPJ - UP/GU/TU", None, None, None, "Jumlah SPJ (LS+UP/GU/TU) s/d Bulan ini", "SISA PAGU ANGGARAN"],
        [None, None, None, None, "s.d. Bulan lalu", "Periode ke 1", "Periode ke 2", "s.d. Bulan ini",
         "s.d. Bulan lalu", "Periode ke 1", "Periode ke 2", "s.d. Bulan ini", None, None],
        ["1", "2", "3", "4", "5", "6", "7", "8=5+6+7", "9", "10", "11", "12=9+10+11", "13=8+12", "14=4-13"],
    ]
    merges = ["A1:N1", "A2:N2", "A3:N3", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:H5", "I5:L5", "M5:M6", "N5:N6"]
    for prefix, name in (("5", "BELANJA"), ("5.1", "BELANJA OPERASI"), ("5.2", "BELANJA MODAL")):
        pagu, ls, gu = _spj_sums([line for line in _SPJ_LINES if line[3].startswith(prefix)])
        rows.append(_spj_row("", prefix + ".", name, pagu, ls, gu))
    for p, (program, in_program) in enumerate(_grouped(_SPJ_LINES, lambda line: line[0]), start=1):
        rows.append(_spj_row(_roman(p), program[0], program[1], *_spj_sums(in_program)))
        for k, (kegiatan, in_kegiatan) in enumerate(_grouped(in_program, lambda line: line[1]), start=1):
            rows.append(_spj_row(f"{_roman(p)}.{k}", kegiatan[0], kegiatan[1], *_spj_sums(in_kegiatan)))
            for s, (sub, in_sub) in enumerate(_grouped(in_kegiatan, lambda line: line[2]), start=1):
                rows.append(_spj_row(f"{_roman(p)}.{k}.{s}", sub[0], sub[1], *_spj_sums(in_sub)))
                rows += [_spj_row("", line[3], line[4], line[5], line[6], line[7])
                         for line in sorted(in_sub, key=lambda line: line[3])]
    rows.append(_spj_row("JUMLAH", "", "", *_spj_sums(_SPJ_LINES)))

    _, ls_spent, gu_spent = _spj_sums(_SPJ_LINES)
    received_gu = tuple(up + gu for up, gu in zip(_UP, _GU))
    tax_ls = tuple(sum(amounts[i] for amounts in _TAX_LS.values()) for i in range(3))
    tax_gu = tuple(sum(amounts[i] for amounts in _TAX_GU.values()) for i in range(3))

    def block(title: str, spj_label: str, ls, gu, up_gu: tuple, tax_label: str, closing: str) -> None:
        rows.append([None] * 14)
        merges.append(f"A{len(rows)}:N{len(rows)}")
        rows.append([title] + [None] * 13)
        merges.append(f"A{len(rows)}:N{len(rows)}")
        lines = [(spj_label, ls, gu), ("    a. UP", _ZERO, up_gu[0]), ("    b. GU", _ZERO, up_gu[1]),
                 ("    c. TU", _ZERO, _ZERO), ("    d. LS", ls, _ZERO), ("    e. KKPD", _ZERO, _ZERO),
                 (tax_label, tax_ls, tax_gu)]
        for label, row_ls, row_gu in lines:
            rows.append(_spj_sum_row(label, row_ls, row_gu))
            merges.append(f"A{len(rows)}:C{len(rows)}")
            if label == tax_label:
                for tax_row, tax in _TAX_ROWS:
                    rows.append(_spj_sum_row(tax_row, _TAX_LS.get(tax, _ZERO), _TAX_GU.get(tax, _ZERO)))
                    merges.append(f"A{len(rows)}:C{len(rows)}")
        total_ls = tuple(a + b for a, b in zip(ls, tax_ls))
        total_gu = tuple(a + b for a, b in zip(gu, tax_gu))
        rows.append(_spj_sum_row(closing, total_ls, total_gu))
        merges.append(f"A{len(rows)}:C{len(rows)}")

    block("Penerimaan", " - SPJ - (LS+UP/GU/TU)", ls_spent, received_gu, (_UP, _GU), " - Potongan Pajak",
          "Jumlah Penerimaan")
    # under Pengeluaran the UP and GU rows are the money spent by route: every purchase here was booked as GU
    block("Pengeluaran", " - SPJ - (LS+UP/GU/TU)", ls_spent, gu_spent, (_ZERO, gu_spent), " - Penyetoran Pajak",
          "Jumlah Pengeluaran")
    saldo = sum(received_gu) - sum(gu_spent)
    rows.append(["Saldo Kas"] + [None] * 11 + [_spj_fmt(saldo), "-"])
    merges.append(f"A{len(rows)}:L{len(rows)}")
    rows += [
        [],
        ["Mengetahui :"] + [None] * 10 + ["Tasikmalaya, 30 juni 2024"],
        ["KUASA PENGGUNA ANGGARAN,"] + [None] * 10 + ["BENDAHARA PENGELUARAN PEMBANTU,"],
        [], [], [],
        ["dr. Rina Marlina"] + [None] * 10 + ["Asep Sunandar"],
        ["NIP. 197805122006042011"] + [None] * 10 + ["NIP. 198901142015031002"],
    ]
    return rows, merges


def _spj_expected() -> list[dict]:
    """Program, kegiatan and sub-kegiatan rows: Jumlah Anggaran and column 13 (SPJ LS + UP/GU/TU s/d bulan ini)."""
    expected = []
    for program, in_program in _grouped(_SPJ_LINES, lambda line: line[0]):
        pagu, ls, gu = _spj_sums(in_program)
        expected.append(_b("program", program[1], pagu, sum(ls) + sum(gu)))
        for kegiatan, in_kegiatan in _grouped(in_program, lambda line: line[1]):
            pagu, ls, gu = _spj_sums(in_kegiatan)
            expected.append(_b("kegiatan", kegiatan[1], pagu, sum(ls) + sum(gu)))
            for sub, in_sub in _grouped(in_kegiatan, lambda line: line[2]):
                pagu, ls, gu = _spj_sums(in_sub)
                expected.append(_b("sub_kegiatan", sub[1], pagu, sum(ls) + sum(gu)))
    return expected


_SPJ_ROWS, _SPJ_MERGES = _spj_rows()


#: the hospital's accounts for 2023 up to 31 October: (level, code, name, pagu, realisasi s/d bulan lalu, realisasi of
#: October); account codes and names of the Bagan Akun Standar, amounts invented
_RUMKIT = [
    (1, "51", "BELANJA PEGAWAI", None, None, None),
    (2, "511", "Belanja Gaji dan Tunjangan yang Melekat pada Gaji", None, None, None),
    (3, "511111", "Belanja Gaji Pokok PNS", 1_986_420_000, 1_478_532_600, 164_281_400),
    (3, "511211", "Belanja Gaji Pokok TNI/POLRI", 5_412_880_000, 4_021_950_300, 446_883_400),
    (1, "52", "BELANJA BARANG DAN JASA", None, None, None),
    (2, "521", "Belanja Barang", None, None, None),
    (3, "521111", "Belanja Keperluan Perkantoran", 486_300_000, 301_245_500, 38_910_000),
    (3, "521211", "Belanja Bahan", 212_500_000, 122_780_000, 16_402_500),
    (2, "525", "Belanja Barang Badan Layanan Umum (BLU)", None, None, None),
    (3, "525111", "Belanja Gaji dan Tunjangan", 3_840_000_000, 2_806_400_000, 312_100_000),
    (3, "525112", "Belanja Barang", 9_725_600_000, 6_118_342_750, 905_227_300),
    (3, "525113", "Belanja Jasa", 1_254_000_000, 790_115_000, 96_450_000),
    (3, "525114", "Belanja Pemeliharaan", 618_000_000, 350_220_400, 58_700_000),
    (1, "53", "BELANJA MODAL", None, None, None),
    (2, "537", "Belanja Modal Badan Layanan Umum (BLU)", None, None, None),
    (3, "537112", "Belanja Modal Peralatan dan Mesin BLU", 2_350_000_000, 1_012_600_000, 0),
    (3, "537113", "Belanja Modal Gedung dan Bangunan BLU", 1_100_000_000, 0, 0),
]


def _rumkit_amounts(index: int) -> tuple[int, int, int]:
    """(pagu, s/d bulan lalu, bulan ini) of an account: its own, or the sum of the accounts under it."""
    code = _RUMKIT[index][1]
    if _RUMKIT[index][3] is not None:
        return _RUMKIT[index][3:]
    leaves = [row for row in _RUMKIT[index + 1:] if row[1].startswith(code) and row[3] is not None]
    return tuple(sum(row[3 + i] for row in leaves) for i in range(3))


def _en(value: float) -> str:
    """PHP number_format(value, 2): commas between thousands, a decimal point."""
    return f"{value:,.2f}"


def _pct(part: int, whole: int) -> str:
    return _en(part / whole * 100 if whole > 0 else 0)


def _rumkit_line(code: str, name: str, pagu: int, before: int, month: int) -> list:
    total = before + month
    return [code, name, _en(pagu), _en(pagu), _en(before), _pct(before, pagu), _en(month), _pct(month, pagu),
            _en(total), _pct(total, pagu), _en(pagu - total), _pct(pagu - total, pagu)]


def _rumkit_rows() -> tuple[list[list], list[str]]:
    rows: list[list] = [
        ["KEPOLISIAN NEGARA REPUBLIK INDONESIA"],
        ["DAERAH SUMATERA UTARA"],
        ["RUMAH SAKIT BHAYANGKARA TK II MEDAN"],
        [],
        ["LAPORAN REALISASI ANGGARAN TAHUN 2023"],
        ["Per Tanggal : 31 Oktober 2023"],
        ["Satker", ":", "RUMKIT BHAYANGKARA TK II MEDAN"],
        ["Lokasi / Propinsi", ":", "MEDAN / SUMATERA UTARA"],
        ["Bagian Anggaran", ":", "(60 APBN TA. 2023) RUPIAH MURNI / BLU"],
        ["No. SP. DIPA", ":", "DIPA-060.01.2.647452/2023, 30 November 2022"],
        [],
        ["KODE", "URAIAN", "PAGU REVISI", "PAGU", "REALISASI S/D BULAN LALU", None, "REALISASI S/D TGL.\n31-10-2023",
         None, "TOTAL REALISASI", None, "SISA DANA", None],
        [None, None, None, None, "TOTAL", "%", "TOTAL", "%", "TOTAL", "%", "TOTAL", "%"],
    ]
    merges = ["A5:L5", "A6:L6", "A12:A13", "B12:B13", "C12:C13", "D12:D13", "E12:F12", "G12:H12", "I12:J12",
              "K12:L12"]
    for index, (_, code, name, *_) in enumerate(_RUMKIT):
        rows.append(_rumkit_line(code, name, *_rumkit_amounts(index)))
    tops = [_rumkit_amounts(index) for index, row in enumerate(_RUMKIT) if row[0] == 1]
    pagu, before, month = (sum(amounts[i] for amounts in tops) for i in range(3))
    rows.append(["", "TOTAL", *_rumkit_line("", "", pagu, before, month)[2:]])
    rows += [
        [],
        [None, "Diketahui Oleh", None, None, None, None, None, "Medan, 31 Oktober 2023"],
        [None, "KEPALA RUMKIT BHAYANGKARA TK II MEDAN", None, None, None, None, None, "KAURKEU"],
        [], [],
        [None, "dr. Hendra Wijaya, Sp.B", None, None, None, None, None, "Ratna Sari Siregar, S.E."],
        [None, "KOMBES POL NRP 70050123", None, None, None, None, None, "PENATA NIP 198203142006042003"],
    ]
    return rows, merges


_LEVELS = {1: "program", 2: "kegiatan", 3: "sub_kegiatan"}


def _rumkit_expected() -> list[dict]:
    """Every account row: level by depth, Pagu and Total Realisasi (s/d bulan lalu + the month)."""
    expected = []
    for index, (level, _, name, *_) in enumerate(_RUMKIT):
        pagu, before, month = _rumkit_amounts(index)
        expected.append(_b(_LEVELS[level], name, pagu, before + month))
    return expected


_RUMKIT_ROWS, _RUMKIT_MERGES = _rumkit_rows()

BUDGET: list[Layout] = [
    Layout(
        id="budget-pn-prabumulih-2020-dipa-01-dipa-03-jenis-belanja-dua-tabel-baris-strip",
        dataset="budget",
        agency=("Pengadilan Negeri Prabumulih (Mahkamah Agung, peradilan umum), LKjIP 2020 — lembaga unit, "
                "pengadilan negeri"),
        source=("https://123dok.com/document/zp11ewrz-ringkasan-eksekutif-dipa-sembilan-belas-rupiah-rincian-"
                "berikut.html — LKjIP Pengadilan Negeri Prabumulih 2020, Ringkasan Eksekutif: '1. DIPA 01' and '2. "
                "DIPA 03', each No | Jenis belanja | Pagu | Realisasi | Sisa | % with Jumlah"),
        year=2020,
        sheets={"Ringkasan Eksekutif": _PRABUMULIH_ROWS},
        merged={"Ringkasan Eksekutif": _PRABUMULIH_MERGES},
        # one budget of the court: each jenis belanja over both DIPAs, as the kit adds up blocks of the same rows (one
        # per source of funds, here per DIPA) and says so (blocks_summed)
        expected=[_b("program", name, sum(_rupiah_text(r[2]) for r in rows), sum(_rupiah_text(r[3]) for r in rows))
                  for name in dict.fromkeys(r[1] for r in _PRABUMULIH_DIPA01)
                  if (rows := [r for r in [*_PRABUMULIH_DIPA01, *_PRABUMULIH_DIPA03] if r[1] == name and r[2] != "-"])],
        note=("A district court's budget as its executive summary gives it: a line of text announcing each DIPA "
              "with its total in figures and words, then a small table by jenis belanja with its Jumlah; DIPA 01 "
              "(Badan Urusan Administrasi) first, DIPA 03 (Ditjen Badilum) under it with the same header and the "
              "same row names. The rows of DIPA 03 with no allotment print '-' in every cell: they state no "
              "amounts and are no row of the expectation; each jenis belanja is the court's over both DIPAs (changed "
              "at the merge from one row per DIPA: the kit adds up blocks of the same rows, as it does for sources of "
              "funds, and says so). Amounts as 'Rp.3.783.296.000' (no space), a sisa of "
              "'0', percentages with a decimal comma and '%'. Each DIPA's rows are flat (one level). Figures as "
              "printed; they agree (3.274.064.975 + 1.192.362.958 + 25.000.000 = 4.491.427.933, 89,43%; "
              "89.675.690 / 94.615.000 = 94,78%)."),
    ),
    Layout(
        id="budget-spj-fungsional-bpp-ls-up-gu-tu-periode-1-2-penerimaan-pajak-saldo-kas",
        dataset="budget",
        agency=("A sub-unit of a Kota Tasikmalaya health office (invented), its bendahara pengeluaran pembantu's "
                "June 2024 accountability report — kota OPD, treasurer's application print (figures synthetic)"),
        source=("public GitHub JavaScript jsPDF report of a treasurer's application (search index file id "
                "66468387709), LPJ_Periode_<bulan>_<tahun>: NO | Kode Rekening | Uraian | Jumlah Anggaran | SPJ - "
                "LS Barang & Jasa › s.d. Bulan lalu | Periode ke 1 | Periode ke 2 | s.d. Bulan ini | SPJ - UP/GU/TU "
                "› the same | Jumlah SPJ (LS+UP/GU/TU) s/d Bulan ini | SISA PAGU ANGGARAN, column numbers '1' … "
                "'8=5+6+7' … '14=4-13'; rows 5. / 5.1. / 5.2., programs I, kegiatan I.1, sub-kegiatan I.1.1 and "
                "their accounts, JUMLAH, then Penerimaan and Pengeluaran (UP, GU, TU, LS, KKPD, taxes) and Saldo "
                "Kas; signatures KUASA PENGGUNA ANGGARAN and BENDAHARA PENGELUARAN PEMBANTU"),
        year=2024,
        sheets={"SPJ Fungsional": _SPJ_ROWS},
        merged={"SPJ Fungsional": _SPJ_MERGES},
        expected=_spj_expected(),
        note=("A treasurer's functional SPJ: the realisation to date of each line is column 13, 'Jumlah SPJ "
              "(LS+UP/GU/TU) s/d Bulan ini' = 8 + 12, where 8 and 12 are each 's.d. Bulan lalu' + 'Periode ke 1' "
              "+ 'Periode ke 2' of its payment route; the other realisation columns are its parts. Above the "
              "programs, three rows by account class (5. BELANJA, 5.1. BELANJA OPERASI, 5.2. BELANJA MODAL) "
              "total the same lines again: they are no program. Programs numbered I, II, kegiatan I.1, sub-"
              "kegiatan I.1.1, all upper case with their codes in their own column; account lines without a "
              "number. Below JUMLAH the cash part (Penerimaan: SPJ, UP, GU, TU, LS, KKPD, tax withheld; "
              "Pengeluaran: the same spent and tax paid; Saldo Kas) is no budget row; its labels are merged over "
              "the first three columns. Zero amounts print '-'; amounts as text with dots between thousands. The "
              "title lines above the table are the report's kind and period (the print's own header is not in "
              "the copied part). People and NIPs synthetic, amounts invented."),
    ),
    Layout(
        id="budget-rs-bhayangkara-lra-blu-akun-pagu-revisi-kembar-sd-tgl-bulan-ini-format-inggris",
        dataset="budget",
        agency=("Rumah Sakit Bhayangkara Tk II Medan (Polda Sumatera Utara, Polri; a BLU satker), its realisation "
                "report to 31 October 2023 — Polri satker (rumah sakit), finance application print (figures "
                "synthetic)"),
        source=("public GitHub PHP dompdf print of the hospital's finance application (search index file id "
                "37277484491): KEPOLISIAN NEGARA REPUBLIK INDONESIA / DAERAH SUMATERA UTARA / RUMAH SAKIT "
                "BHAYANGKARA TK II MEDAN, 'LAPORAN REALISASI ANGGARAN TAHUN …', 'Per Tanggal', Satker, Lokasi / "
                "Propinsi, Bagian Anggaran '(60 APBN TA. …) RUPIAH MURNI / BLU', No. SP. DIPA; KODE | URAIAN | PAGU "
                "REVISI | PAGU | REALISASI S/D BULAN LALU › TOTAL | % | REALISASI S/D TGL. … › TOTAL | % | TOTAL "
                "REALISASI › TOTAL | % | SISA DANA › TOTAL | %, one row per account under the chosen header, TOTAL "
                "of the first level; 'Diketahui Oleh' and the finance officer's signature"),
        year=2023,
        sheets={"LRA": _RUMKIT_ROWS},
        merged={"LRA": _RUMKIT_MERGES},
        expected=_rumkit_expected(),
        note=("A Polri hospital's realisation by account of the Bagan Akun Standar, three levels (51 / 511 / "
              "511111) whose depth shows only in the code's length (the print's indentation and colours are lost "
              "in the sheet): level 1 read as program, 2 as kegiatan, 3 as sub-kegiatan, as the corpus maps "
              "nested account classes. PAGU REVISI and PAGU print the same amount (the application writes one "
              "value twice): the budget is that amount. 'REALISASI S/D TGL. 31-10-2023' is, despite its label, "
              "the realisation of October alone (the application sums from the first of the month); TOTAL "
              "REALISASI = s/d bulan lalu + that month is the realisation to date. Amounts in English number "
              "format ('1,986,420,000.00'), percentages '74.43'. TOTAL sums the first level. Signatories and "
              "their numbers invented, DIPA number invented, amounts invented."),
    ),
]

CASES: list[Layout] = [*INDICATORS, *BUDGET]
