"""The twenty-third held-out set: real indicator and budget layouts collected blind, to measure the integrated kit on
layouts nobody tuned for (README.md records the cases; the lead measures them). Another collector took a twenty-second
set of staff and asset layouts at the same time.

Kinds the corpus had none of:

- a kecamatan's monthly performance report by unit (seksi) as its SAKIP application exports it (Kecamatan
  Malangbong, Kabupaten Garut): one flat sheet 'Indikator & Anggaran' whose every row is a rencana aksi of one unit
  with its physical target and realisation beside its money — No | Unit Organisasi | Sasaran Strategis | Rencana
  Aksi | Target Fisik | Realisasi Fisik | Satuan | Capaian Fisik (%) | Predikat Efektivitas | Pagu Anggaran (Rp) |
  Realisasi Belanja (Rp) | Serapan Belanja (%) | Predikat Efisiensi — the two predicate columns written as words
  ('Sangat Efektif', 'Cukup Efisien'), percentages as numbers shown with a '0.00"%"' format, and a rencana aksi with
  no money whose serapan is 0 and whose predicate is nevertheless 'Sangat Efisien' (the application's rule: under
  60 % is 'sangat efisien'). The corpus had kecamatan only as published LKjIP and staff tables, and indicator and
  money on one row only as E.81 Renja evaluations and e-SAKIP pages. The same sheet is read twice: as indicators
  (the rencana aksi's physical target and realisation) and as a budget (its pagu and realised spending), as the
  corpus does for the E.81 and Cirebon Renja cases.
- an immigration office (Kantor Imigrasi; its seksi LANTASKIM, INTALTUSKIM, INTELDAKIM and 'PEMERIKSAAN KEIMIGRASIAN
  (TPI)') and its 'DETAIL REALISASI ANGGARAN PER BIDANG' export: four label lines merged across the table (title,
  'Seksi/Bidang: …', 'Keterangan: Mei', 'Tanggal Laporan: 12 May 2026' with PHP's English month), a blank row, NO |
  KODE | URAIAN KEGIATAN | PAGU | REALISASI | SISA | %, components coded as KRO and RO with a space ('QIB 002'), the
  percentage as text with its sign ('24.31%'), and a TOTAL row merged over NO … URAIAN. The corpus had kementerian
  satkers by SAKTI RO, akun and POK, but no immigration office and no report of one seksi's components.

All cases are export layouts found in public code, filled with invented figures. Expectations are what each table
says, never what the kit reads: none of the cases was run through the kit. Three cases, fewer than asked for: the page
searches (corpus `pages`) for published LKjIP and LKPJ tables of kecamatan (Pilangkenceng, Salam Babaris,
Cakranegara, Lengkong), dinas perhubungan (Kota Bima, Kota Bengkulu, Kutai Kartanegara, Purbalingga, Sulawesi Barat),
BPBD (Kabupaten Bandung, Badung), damkar (Semarang, Yogyakarta), dinas sosial (Lumajang, Tegal, Cilegon), bapenda
(Banggai, Padang) and sekretariat DPRD (Tabanan, DIY, Sumatera Barat) returned covers, tables of contents and
narrative; the one measurement fragment found (Dinas Perhubungan Sulawesi Barat 2020) gives one indicator's
realisation for two years with no target; a published revenue table (LKPJ Bupati Kaimana 2021, Tabel 1.28, Lain-lain
PAD yang Sah) was left out because its rows are revenue, which the corpus does not count as spending, and its page
ends inside the table.
"""

from __future__ import annotations

from layouts.case import E, budget_row as _b, indicator as _ind, Layout

# ---------------------------------------------------------------- Kecamatan Malangbong, Laporan Kinerja Unit

#: (unit, sasaran strategis, rencana aksi, target fisik, realisasi fisik, satuan, pagu, realisasi belanja) — invented
_MALANGBONG = [
    ("Sekretariat Kecamatan", "Meningkatnya akuntabilitas kinerja dan tata kelola kecamatan",
     "Penyusunan laporan kinerja bulanan unit", 1, 1, "Dokumen", 2_500_000, 2_350_000),
    ("Sekretariat Kecamatan", "Meningkatnya akuntabilitas kinerja dan tata kelola kecamatan",
     "Pengelolaan administrasi surat masuk dan surat keluar", 120, 134, "Surat", 1_800_000, 1_215_000),
    ("Seksi Tata Pemerintahan", "Meningkatnya kualitas penyelenggaraan pemerintahan desa",
     "Pembinaan administrasi pemerintahan desa", 8, 6, "Desa", 3_600_000, 2_700_000),
    ("Seksi Pelayanan Umum", "Meningkatnya kualitas pelayanan publik kecamatan",
     "Penyelesaian layanan PATEN tepat waktu", 100, 96, "%", 0, 0),
    ("Seksi Pelayanan Umum", "Meningkatnya kualitas pelayanan publik kecamatan",
     "Pelayanan rekomendasi dan legalisasi dokumen", 250, 231, "Berkas", 1_200_000, 1_200_000),
    ("Seksi Ekonomi dan Pembangunan", "Meningkatnya partisipasi masyarakat dalam pembangunan",
     "Monitoring pelaksanaan Dana Desa", 24, 12, "Desa", 4_500_000, 1_850_000),
    ("Seksi Kesejahteraan Sosial", "Meningkatnya penanganan masalah kesejahteraan sosial",
     "Verifikasi usulan penerima bantuan sosial", 40, 40, "KK", 2_000_000, 2_150_000),
    ("Seksi Ketentraman dan Ketertiban Umum", "Terwujudnya ketentraman dan ketertiban umum",
     "Patroli ketertiban umum wilayah kecamatan", 8, 9, "Kali", 3_000_000, 2_880_000),
]


def _efektivitas(pct: float) -> str:
    """The application's predicate of the physical achievement (LaporanDetailIndikator): > 100 'Sangat Efektif',
    >= 90 'Efektif', >= 60 'Cukup Efektif', else 'Tidak Efektif'."""
    return ("Sangat Efektif" if pct > 100 else "Efektif" if pct >= 90 else "Cukup Efektif" if pct >= 60
            else "Tidak Efektif")


def _efisiensi(pct: float) -> str:
    """The application's predicate of the spending: < 60 'Sangat Efisien', <= 90 'Efisien', <= 100 'Cukup Efisien',
    else 'Tidak Efisien' (over budget)."""
    return ("Sangat Efisien" if pct < 60 else "Efisien" if pct <= 90 else "Cukup Efisien" if pct <= 100
            else "Tidak Efisien")


def _malangbong_rows() -> list[list]:
    """The sheet as IndikatorKinerjaSheet writes it: the headings in row 1, one row per rencana aksi from row 2, the
    numbers as floats (capaian and serapan rounded to 2 as the model stores them, 0 when there is no pagu)."""
    rows: list[list] = [["No", "Unit Organisasi", "Sasaran Strategis", "Rencana Aksi", "Target Fisik", "Realisasi Fisik",
                         "Satuan", "Capaian Fisik (%)", "Predikat Efektivitas", "Pagu Anggaran (Rp)",
                         "Realisasi Belanja (Rp)", "Serapan Belanja (%)", "Predikat Efisiensi"]]
    for no, (unit, sasaran, aksi, target, real, satuan, pagu, belanja) in enumerate(_MALANGBONG, start=1):
        capaian = round(real / target * 100, 2) if target else 0.0
        serapan = round(belanja / pagu * 100, 2) if pagu else 0.0
        rows.append([no, unit, sasaran, aksi, float(target), float(real), satuan, capaian, _efektivitas(capaian),
                     float(pagu), float(belanja), serapan, _efisiensi(serapan)])
    return rows


_MALANGBONG_ROWS = _malangbong_rows()
_MALANGBONG_LAST = len(_MALANGBONG_ROWS)
#: the sheet's number formats: J:K '#,##0', H and L '0.00"%"' (the value 96.0 shown '96.00%')
_MALANGBONG_FORMATS = {
    **{f"{c}{r}": "#,##0" for r in range(2, _MALANGBONG_LAST + 1) for c in "JK"},
    **{f"{c}{r}": '0.00"%"' for r in range(2, _MALANGBONG_LAST + 1) for c in "HL"},
}

_MALANGBONG_SOURCE = ("public GitHub Laravel/Filament SAKIP application of Kecamatan Malangbong, Kabupaten Garut (its "
                      "development notes: 'Preset 10 layanan standar PATEN Kecamatan Malangbong', Kasi and Sekmat "
                      "roles; search index file id 70225787878): export sheet App\\Exports\\Sheets\\"
                      "IndikatorKinerjaSheet (search index file id 70221539756), title 'Indikator & Anggaran', "
                      "headings No … Predikat Efisiensi, number formats J:K '#,##0', H and L '0.00\"%\"'; predicate "
                      "rules in LaporanDetailIndikator (index file id 70176935467) and the form LaporanDetailResource "
                      "(index file id 70637731899)")

_MALANGBONG_NOTE = ("A kecamatan's monthly unit report (April 2026) as one flat sheet: a header row and one row per "
                    "rencana aksi of a unit (sekretariat and five seksi), no title, no totals. The indicator is the "
                    "rencana aksi measured by Target Fisik / Realisasi Fisik with its Satuan ('Dokumen', 'Surat', "
                    "'Desa', '%', 'Berkas', 'KK', 'Kali'); Capaian Fisik (%) is realisation / target × 100 rounded to "
                    "2 (111,67 for 134 of 120 letters) and stored as a number shown '111.67%'; Predikat Efektivitas "
                    "words it. The money of the same rencana aksi follows: Pagu Anggaran (Rp), Realisasi Belanja (Rp), "
                    "Serapan Belanja (%) and Predikat Efisiensi (the application's own scale, under 60 % 'Sangat "
                    "Efisien'). The PATEN rencana aksi has no money: pagu 0, serapan 0, predicate 'Sangat Efisien' — "
                    "what the application writes, not a mistake of the table. Verifikasi bansos spends 2.150.000 of "
                    "2.000.000 (107,50 %, 'Tidak Efisien'). Unit names follow the kecamatan's usual organisation; "
                    "sasaran, rencana aksi and all figures are invented and internally consistent. No mistakes.")

# ---------------------------------------------------------------- Kantor Imigrasi, Detail Realisasi per Bidang

#: (kode komponen, uraian kegiatan, pagu, realisasi) of the seksi Pemeriksaan Keimigrasian (TPI), to May — invented
_KANIM = [
    ("QIB 002", "Pemeriksaan Keimigrasian di TPI", 612_450_000, 148_906_300),
    ("BIF U11", "Pemeriksaan Keimigrasian Non Reguler Wilayah Barat", 138_200_000, 27_640_000),
    ("QIB 004", "Pengawasan Perlintasan Orang di Pos Lintas Batas", 85_000_000, 31_275_500),
]


def _kanim_rows() -> tuple[list[list], list[str], dict[str, str]]:
    """The export as DetailRealisasi writes it: four merged label lines, a blank row, the header in row 6, one row per
    component, the TOTAL row merged over A:C; amounts numbers formatted '#,##0', the percentage text with two
    decimals and '%'."""
    rows: list[list] = [
        ["DETAIL REALISASI ANGGARAN PER BIDANG", None, None, None, None, None, None],
        ["Seksi/Bidang: PEMERIKSAAN KEIMIGRASIAN (TPI)", None, None, None, None, None, None],
        ["Keterangan: Mei", None, None, None, None, None, None],
        ["Tanggal Laporan: 12 May 2026", None, None, None, None, None, None],
        [None] * 7,
        ["NO", "KODE", "URAIAN KEGIATAN", "PAGU", "REALISASI", "SISA", "%"],
    ]
    for no, (kode, uraian, pagu, real) in enumerate(_KANIM, start=1):
        rows.append([no, kode, uraian, pagu, real, pagu - real, f"{real / pagu * 100:.2f}%"])
    pagu = sum(r[2] for r in _KANIM)
    real = sum(r[3] for r in _KANIM)
    rows.append(["TOTAL", None, None, pagu, real, pagu - real, f"{real / pagu * 100:.2f}%"])
    last = len(rows)
    merges = ["A1:G1", "A2:G2", "A3:G3", "A4:G4", f"A{last}:C{last}"]
    formats = {f"{c}{r}": "#,##0" for r in range(7, last + 1) for c in "DEF"}
    return rows, merges, formats


_KANIM_ROWS, _KANIM_MERGES, _KANIM_FORMATS = _kanim_rows()

# ---------------------------------------------------------------- the cases

INDICATORS: list[Layout] = [
    Layout(
        id="ind-kecamatan-malangbong-laporan-unit-bulanan-rencana-aksi-fisik-anggaran-predikat",
        dataset="indicators",
        agency=("Kecamatan Malangbong, Kabupaten Garut (sekretariat and seksi of the kecamatan), monthly 'Laporan "
                "Kinerja Unit' — kecamatan, SAKIP application export (figures synthetic)"),
        source=_MALANGBONG_SOURCE,
        year=2026,
        sheets={"Indikator & Anggaran": _MALANGBONG_ROWS},
        number_formats={"Indikator & Anggaran": _MALANGBONG_FORMATS},
        expected=[_ind(aksi, float(target), float(real)) for _, _, aksi, target, real, *_ in _MALANGBONG],
        note=_MALANGBONG_NOTE,
    ),
]

BUDGET: list[Layout] = [
    Layout(
        id="budget-kecamatan-malangbong-laporan-unit-bulanan-rencana-aksi-pagu-serapan-predikat-efisiensi",
        dataset="budget",
        agency=("Kecamatan Malangbong, Kabupaten Garut, monthly 'Laporan Kinerja Unit', its money — kecamatan, SAKIP "
                "application export (figures synthetic)"),
        source=_MALANGBONG_SOURCE,
        year=2026,
        sheets={"Indikator & Anggaran": _MALANGBONG_ROWS},
        number_formats={"Indikator & Anggaran": _MALANGBONG_FORMATS},
        # a flat list of rencana aksi, no program or kegiatan rows: level 'program', as the corpus's flat lists
        expected=[_b("program", aksi, pagu, belanja) for _, _, aksi, _, _, _, pagu, belanja in _MALANGBONG],
        # Verifikasi usulan penerima bantuan sosial: realised 2.150.000 of a pagu of 2.000.000
        findings=((E, "over_budget"),),
        note=(_MALANGBONG_NOTE + " Read as a budget: each rencana aksi's Pagu Anggaran (Rp) against Realisasi "
              "Belanja (Rp); the PATEN row states a pagu of 0 and no spending (kept, 0 against 0); the bansos row "
              "spends more than its pagu, which the corpus counts as over_budget; Serapan Belanja (%) agrees with "
              "every row at two decimals."),
    ),
    Layout(
        id="budget-kanim-detail-realisasi-per-bidang-seksi-tpi-kro-ro-spasi-persen-teks-total-merged",
        dataset="budget",
        agency=("A Kantor Imigrasi (its seksi LANTASKIM, INTALTUSKIM, INTELDAKIM, Pemeriksaan Keimigrasian (TPI); the "
                "office is not named in the code), seksi TPI's realisation to May 2026 — kementerian UPT (imigrasi), "
                "office application export (figures synthetic)"),
        source=("public GitHub PHP application of a Kantor Imigrasi (roles admin_utama and tu_keuangan; pages "
                "realisasi_anggaran.php, index file id 56683711315): the PhpSpreadsheet export of one report, "
                "'DETAIL REALISASI ANGGARAN PER BIDANG' (search index file id 56836051539), A1:G1 … A4:G4 labels, "
                "header NO | KODE | URAIAN KEGIATAN | PAGU | REALISASI | SISA | % in row 6, TOTAL merged A:C; the "
                "table laporan_realisasi_bidang_detail (kode_komponen, judul_komponen, pagu, realisasi, sisa) and its "
                "sample rows 'QIB 002 Pemeriksaan Keimigrasian di TPI', 'BIF U11 Pemeriksaan Keimigrasian Non Reguler "
                "Wilayah Barat' in the repository's SQL dump (index file id 57155883875)"),
        year=2026,
        sheets={"Worksheet": _KANIM_ROWS},
        merged={"Worksheet": _KANIM_MERGES},
        number_formats={"Worksheet": _KANIM_FORMATS},
        # components of a kementerian satker, KRO and RO codes: sub_kegiatan, as the corpus maps KRO/RO
        expected=[_b("sub_kegiatan", uraian, pagu, real) for _, uraian, pagu, real in _KANIM],
        note=("One seksi's components (rincian output) of an immigration office with PAGU, REALISASI to the report's "
              "month, SISA = PAGU − REALISASI and % = REALISASI / PAGU × 100 written as text '24.31%'. Codes are KRO "
              "and RO separated by a space ('QIB 002'), not a dot. The four label lines above the table are merged "
              "across A:G, 'Tanggal Laporan: 12 May 2026' uses PHP's English month name (date('d F Y')); the sheet "
              "keeps PhpSpreadsheet's default name 'Worksheet'. The TOTAL row is merged over NO, KODE and URAIAN and "
              "sums the three rows (835.650.000 | 207.821.800 | 627.828.200 | 24.87%). In the code as published the "
              "export reads the item's 'kode_akun' and 'uraian', fields the detail table does not have (it has "
              "kode_komponen and judul_komponen), so a real download leaves KODE and URAIAN KEGIATAN empty; the case "
              "fills them as the screen view (detail_realisasi.php) and the stored rows give them. Component names "
              "'QIB 002' and 'BIF U11' are the dump's; 'QIB 004' and all amounts are invented. No mistakes."),
    ),
]

CASES: list[Layout] = [*INDICATORS, *BUDGET]
