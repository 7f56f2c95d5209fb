"""The forty-second held-out set: STAFF layouts, four export column layouts taken from public code and filled with
invented figures and synthetic people, collected blind to measure the integrated kit on layouts nobody tuned for
(README.md records the cases; the lead measures them). None of the cases was run through the kit: the expectations
are what each table says, read as a careful analyst would.

Kinds and shapes the corpus had none or few of:

- a KANTOR KEMENTERIAN AGAMA kabupaten's 'Data Kepegawaian' download from the Kemenag SIMPEG (ropegkemenag/hrms,
  Manajemen\\Download::pegawai): 30 upper-case underscore headers in row 1, TWO NIP columns (the old nine-digit NIP and
  NIP_BARU, empty old NIP for PPPK), PENDIDIKAN (the programme's name) beside JENJANG_PENDIDIKAN (the level),
  LEVEL_JABATAN (the jenjang: Administrator, Ahli Muda, Pelaksana …) beside TIPE_JABATAN (the type), PANGKAT beside
  GOL_RUANG, the unit as five hierarchy columns SATKER_1 … SATKER_5 (kanwil › kantor › KUA / madrasah / subbagian),
  USIA_PENSIUN and TMT_PENSIUN, STATUS_PEGAWAI (PNS, PPPK with grades IX and V); the corpus had only this
  application's DUK print;
- a kabupaten's staff by PENDIDIKAN × JENIS KELAMIN per unit as a SQL query's result grid (dhimassena/query_opd,
  'query menurut pendidikan.sql'): the header is the query's column aliases, 'unit | jml_sd_pria | jml_sltp_pria |
  jml_sltp_kejuruan_pria | … | jml_akta_iv_pria | jml_sd_wanita | … | jml_akta_iv_wanita', fifteen levels of which
  'Spesialis I', 'Spesialis II', 'Profesi' and 'AKTA IV' are no school level, the sex only in the alias's last word
  ('pria' / 'wanita'), no total row or column, and a first row whose unit is NULL (the query has no 'unit IS NOT
  NULL'): units of kinds the corpus has few of (Sekretariat DPRD, two kecamatan, an RSUD, a badan);
- the same kabupaten's staff by GOLONGAN × JENIS KELAMIN per unit from the same repository ('query menurut
  golongan.sql', its second query): 'unit | gol_ia_pria | gol_ib_pria | gol_ic_pria | gol_id_pria | gol_iia_pria |
  … | gol_ivd_wanita', the golongan written in the alias without a slash or a separator ('gol_iiia' is III/a,
  'gol_id' is I/d and reads like an id column), no IV/e column;
- a PENGADILAN AGAMA's 'Data Pegawai' page (Pengadilan Agama Sorong; public PHP view, search index file id
  16591945921) copied into a sheet: No | NIP | Nama | Golongan | Jabatan | Aksi | 'Tambah' (the add button's word is
  the last header), 'Hapus' and 'Ubah' buttons in every row, and the column headed Jabatan filled with the person's
  DIVISI (the view prints $m['divisi'] under 'Jabatan'): Pimpinan, Hakim, Kepaniteraan, Kesekretariatan — no position
  and no position type can be read from it; no education, the sex only in the NIP.

What was searched and not found (corpus `pages`; the stored copies give a document's opening, so the hits of
LKjIP/laporan tahunan/profil documents are covers, forewords and tables of contents): staff tables by golongan /
pendidikan of a Pengadilan Agama or Negeri (Kendal laporan tahunan 2012, Majene laporan tahunan 2019, Rote Ndao LKjIP
2015, a PA's 'Laporan Pelaksanaan Kegiatan 2020' whose BAB III 'Komposisi Sumber Daya Manusia' is past the stored
opening; Badilag news pages give national totals only), a Kantor Kementerian Agama (the Kanwil Sumatera Utara
'Statistik 2020' and 'Kementerian Agama dalam Angka 2011': tables of contents and satker counts by province), a
Sekretariat DPRD (Jawa Barat's SOTK analysis: opening only), a kecamatan (Cambai SKM report: opening), an RSUD
(Margono Soekarjo policy brief, Empat Lawang SK pedoman SDM: prose), a puskesmas (Data Dasar Puskesmas 2015, Aceh
Besar working paper: openings), a balai/UPT of a kementerian. In code: SIKEP or other Mahkamah Agung staff exports
(only case-tracking SIPP pages and a leave application's dummy SQL), an e-Kinerja or SISDMK export with staff
columns. Seen and left out: ropegkemenag/hrms's 'Jumlah Pegawai' (SATUAN KERJA | JUMLAH PNS | JUMLAH PPPK | TOTAL)
and 'Data Pensiun' (retirements by year per satker) views, which hold no dimension of the staff dataset; its DUK
print (in the corpus); query_opd's 'query menurut usia.sql' (age bands per unit only: nothing the staff dataset
reads); a puskesmas staff card (EnjoyneeringDev/test, 'Formulir Data Kepegawaian', one person per card: the corpus
has the card layout); Wonosobo's 'proyeksi kebutuhan' Excel XML (156,000 characters of styles before its first
header, beyond the time given); the RSPAU personnel application (in the corpus).
"""

from __future__ import annotations

from layouts.case import W, Layout, counts
from workbooks import nip

# ------------------------------------------------------------------ staff: Kemenag SIMPEG 'Data Kepegawaian' download

_KEMENAG_SOURCE = ("public GitHub repository ropegkemenag/hrms (the Kementerian Agama Biro Kepegawaian's HRMS, "
                   "CodeIgniter 4), app/Controllers/Manajemen/Download.php (commit e7a9fdd3d687e5cac8baed4fcf51075f948b74a1)"
                   ", pegawai(): PhpSpreadsheet setCellValue('A1', 'NIP') … ('AD1', 'HARI_KERJA'), one row per person "
                   "of the satuan kerja the user manages (kodekepala(session('kelola'))), file 'Data Pegawai"
                   "<YmdHis>.xlsx'; linked from app/Views/manajemen/download.php as 'Data Kepegawaian — Data Seluruh "
                   "Pegawai pada Satuan Kerja'")
_KEMENAG_HEADER = ["NIP", "NIP_BARU", "NAMA_LENGKAP", "AGAMA", "TEMPAT_LAHIR", "TANGGAL_LAHIR", "JENIS_KELAMIN",
                   "PENDIDIKAN", "JENJANG_PENDIDIKAN", "LEVEL_JABATAN", "PANGKAT", "GOL_RUANG", "TMT_CPNS",
                   "TMT_PANGKAT", "MK_TAHUN", "MK_BULAN", "TIPE_JABATAN", "TAMPIL_JABATAN", "TMT_JABATAN",
                   "SATKER_1", "SATKER_2", "SATKER_3", "SATKER_4", "SATKER_5", "USIA_PENSIUN", "TMT_PENSIUN",
                   "STATUS_PEGAWAI", "NO_HP", "EMAIL", "HARI_KERJA"]
_KANWIL = "KANTOR WILAYAH KEMENTERIAN AGAMA PROVINSI JAWA TENGAH"
_KANKEMENAG = "KANTOR KEMENTERIAN AGAMA KABUPATEN SUKAMAJU"  # invented kabupaten
_TU = "SUBBAGIAN TATA USAHA"
_KUA = "KANTOR URUSAN AGAMA KECAMATAN SUKAMAJU UTARA"
_MIN = "MADRASAH IBTIDAIYAH NEGERI 1 SUKAMAJU"
_MTSN = "MADRASAH TSANAWIYAH NEGERI 2 SUKAMAJU"
_STRUK, _JFT, _JFU = "Jabatan Struktural", "Jabatan Fungsional Tertentu", "Jabatan Fungsional Umum"
_PANGKAT = {"IV/c": "Pembina Utama Muda", "IV/b": "Pembina Tingkat I", "IV/a": "Pembina", "III/d": "Penata Tingkat I",
            "III/c": "Penata", "III/b": "Penata Muda Tingkat I", "III/a": "Penata Muda", "II/c": "Pengatur",
            "II/a": "Pengatur Muda", "IX": "-", "V": "-"}

#: synthetic people: (name, female, birth, TMT CPNS (PPPK: year), pppk, pendidikan, jenjang, level jabatan, golongan,
#: tipe jabatan, tampil jabatan, unit under the kantor (SATKER_3), usia pensiun)
_KEMENAG = [
    ("Drs. H. Ahmad Sukamto, M.Pd.I.", False, "19690412", "199503", False, "S2 PENDIDIKAN ISLAM", "S2",
     "Administrator", "IV/b", _STRUK, "Kepala Kantor Kementerian Agama Kabupaten Sukamaju", None, 58),
    ("Siti Rahmawati, S.Ag., M.Si.", True, "19730825", "199903", False, "S2 ADMINISTRASI PUBLIK", "S2", "Pengawas",
     "IV/a", _STRUK, "Kepala Subbagian Tata Usaha", _TU, 58),
    ("H. Mukhlis Hidayat, S.H.I., M.H.", False, "19700103", "199703", False, "S2 HUKUM ISLAM", "S2", "Ahli Madya",
     "IV/b", _JFT, "Penghulu Ahli Madya", _KUA, 60),
    ("Nur Aini, S.Sos.I.", True, "19780516", "200501", False, "S1 KOMUNIKASI DAN PENYIARAN ISLAM", "S1", "Ahli Muda",
     "III/d", _JFT, "Penyuluh Agama Islam Ahli Muda", _KUA, 58),
    ("Bambang Setiadi, A.Md.", False, "19820911", "200604", False, "D3 MANAJEMEN INFORMATIKA", "D3", "Mahir",
     "III/b", _JFT, "Pranata Komputer Mahir", _TU, 58),
    ("Laila Fitriani, S.Pd.", True, "19910227", "201903", False, "S1 PENDIDIKAN GURU MADRASAH IBTIDAIYAH", "S1",
     "Ahli Pertama", "III/a", _JFT, "Guru Ahli Pertama", _MIN, 60),
    ("Rizal Fauzi, S.E.", False, "19880714", "201503", False, "S1 MANAJEMEN", "S1", "Ahli Pertama", "III/b", _JFT,
     "Analis Sumber Daya Manusia Aparatur Ahli Pertama", _TU, 58),
    ("Sri Wahyuni", True, "19750630", "200212", False, "MADRASAH ALIYAH", "SLTA", "Pelaksana", "II/c", _JFU,
     "Pengadministrasi Perkantoran", _TU, 58),
    ("Agus Salim, S.Kom.", False, "19920318", "202003", False, "S1 SISTEM INFORMASI", "S1", "Pelaksana", "III/a",
     _JFU, "Penata Layanan Operasional", _TU, 58),
    ("Sutrisno", False, "19800902", "200901", False, "SEKOLAH MENENGAH ATAS", "SLTA", "Pelaksana", "II/a", _JFU,
     "Pengadministrasi Perkantoran", _KUA, 58),
    ("Dewi Kurniasih, S.Pd.", True, "19930409", "2023", True, "S1 PENDIDIKAN MATEMATIKA", "S1", "Ahli Pertama", "IX",
     _JFT, "Guru Ahli Pertama", _MTSN, 58),
    ("Yusuf Maulana", False, "19970121", "2024", True, "MADRASAH ALIYAH", "SLTA", "Pelaksana", "V", _JFU,
     "Operator Layanan Operasional", _TU, 58),
]


def _iso(yyyymmdd: str) -> str:
    """'19690412' → '1969-04-12', as the application's SQL Server dates come out."""
    return f"{yyyymmdd[:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:]}"


def _kemenag_rows() -> list[list]:
    """The header row and one row per person as the download writes them (NIPs as text)."""
    rows = [list(_KEMENAG_HEADER)]
    for serial, (name, female, birth, tmt, pppk, pend, jenjang, level, gol, tipe, jabatan, unit,
                 usia) in enumerate(_KEMENAG, start=1):
        new_nip = nip(serial, female=female, birth=birth, appointed=tmt, pppk=pppk)
        old_nip = None if pppk else f"15{serial:07d}"  # synthetic nine-digit old NIP; PPPK have none
        tmt_cpns = f"{tmt}-01-01" if pppk else f"{tmt[:4]}-{tmt[4:]}-01"
        start = int(tmt[:4])
        service = 2024 - start
        month = int(birth[4:6]) + 1  # pension from the first of the month after the birthday
        pension = f"{int(birth[:4]) + usia + month // 13}-{(month - 1) % 12 + 1:02d}-01"
        rows.append([
            old_nip, new_nip, name, "Islam", "Sukamaju", _iso(birth), "Perempuan" if female else "Laki-laki", pend,
            jenjang, level, _PANGKAT[gol], gol, tmt_cpns, f"{min(start + 8, 2022) if not pppk else start}-04-01",
            service, 0, tipe, jabatan, f"{max(2022, start)}-01-03", _KANWIL, _KANKEMENAG, unit, None, None, usia,
            pension, "PPPK" if pppk else "PNS", None, None,
            6 if unit in (_MIN, _MTSN) else 5,
        ])
    return rows


def _kemenag_type(tipe: str) -> str:
    return {_STRUK: "Struktural", _JFT: "Fungsional", _JFU: "Pelaksana"}[tipe]


def _kemenag_gol(gol: str) -> str:
    return f"{gol} (PPPK)" if "/" not in gol else gol


# ------------------------------------------------------------------ staff: query_opd, pendidikan × jenis kelamin

_QUERY_OPD_REPO = "public GitHub repository dhimassena/query_opd (SQL queries of a pemda SIMPEG database)"
_PEND_SOURCE = (f"{_QUERY_OPD_REPO}, 'query menurut pendidikan.sql' (commit e14303e4036465ab5348ec2e8b2b89dc362054e9;"
                " README 'query menurut pendidikan: Menampilkan jumlah pegawai berdasarkan tingkat pendidikan mereka "
                "pada masing-masing OPD'): SELECT unit, SUM(CASE WHEN (max_pend.ijazah = 'SD' AND pgw.jenis_kelamin = "
                "'Pria') …) jml_sd_pria, … jml_akta_iv_wanita … GROUP BY unit ORDER BY unit — the result grid with "
                "the aliases as header, as a SQL client copies it into a sheet")
#: (the ijazah value of the query, its alias part, the school level a careful analyst counts it as)
_LEVELS = [("SD", "sd", "SD"), ("SLTP", "sltp", "SMP"), ("SLTP Kejuruan", "sltp_kejuruan", "SMP"),
           ("SLTA", "slta", "SMA"), ("D.I", "di", "D1"), ("D.II", "dii", "D2"), ("D.III/Akademi", "diii_akademi", "D3"),
           ("D.IV", "div", "D4"), ("S.1", "s1", "S1"), ("S.2", "s2", "S2"), ("S.3", "s3", "S3"),
           ("Spesialis I", "spesialis_i", "S2"), ("Spesialis II", "spesialis_ii", "S3"), ("Profesi", "profesi", "S1"),
           ("AKTA IV", "akta_iv", "S1")]
_PEND_HEADER = ["unit", *[f"jml_{alias}_pria" for _, alias, _ in _LEVELS],
                *[f"jml_{alias}_wanita" for _, alias, _ in _LEVELS]]
#: invented counts per unit, ORDER BY unit (the NULL unit first, as MySQL sorts it): men, then women, in _LEVELS order
_PEND = [
    (None, [0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]),
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
     [0, 0, 0, 3, 0, 0, 1, 1, 9, 4, 0, 0, 0, 0, 0], [0, 0, 0, 2, 0, 0, 2, 0, 11, 3, 0, 0, 0, 0, 0]),
    ("Kecamatan Sukamaju",
     [1, 1, 0, 6, 0, 0, 1, 0, 5, 1, 0, 0, 0, 0, 0], [0, 0, 0, 3, 0, 0, 1, 0, 4, 0, 0, 0, 0, 0, 0]),
    ("Kecamatan Sukamaju Barat",
     [0, 2, 1, 5, 0, 0, 0, 0, 4, 1, 0, 0, 0, 0, 0], [0, 0, 0, 4, 0, 0, 0, 1, 3, 1, 0, 0, 0, 0, 0]),
    ("Rumah Sakit Umum Daerah Sukamaju",
     [0, 1, 0, 4, 1, 0, 14, 2, 9, 2, 0, 6, 1, 11, 0], [0, 0, 0, 3, 2, 1, 38, 4, 15, 1, 0, 3, 0, 27, 0]),
    ("Sekretariat DPRD",
     [0, 0, 0, 5, 0, 0, 2, 0, 8, 3, 0, 0, 0, 0, 1], [0, 0, 0, 2, 0, 0, 1, 0, 6, 2, 0, 0, 0, 0, 0]),
]


def _pend_rows() -> list[list]:
    """The aliases' row and one row per unit; the NULL unit printed 'NULL' as the client shows it."""
    return [list(_PEND_HEADER)] + [["NULL" if unit is None else unit, *men, *women] for unit, men, women in _PEND]


def _pend_expected() -> dict:
    """Education summed over units and sexes by school level; men and women summed over units and levels."""
    education: dict[str, int] = {}
    for _, men, women in _PEND:
        for (_, _, level), m, w in zip(_LEVELS, men, women):
            if m + w:
                education[level] = education.get(level, 0) + m + w
    order = ["SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S1", "S2", "S3"]
    return {
        "education": {level: education[level] for level in order if level in education},
        "gender": {"Laki-laki": sum(sum(men) for _, men, _ in _PEND),
                   "Perempuan": sum(sum(women) for _, _, women in _PEND)},
    }


# ------------------------------------------------------------------ staff: query_opd, golongan × jenis kelamin

_GOL_SOURCE = (f"{_QUERY_OPD_REPO}, 'query menurut golongan.sql' (commit 737edd2dc843eafd0bfad84df046a890045cdd5f), "
               "its second query: SELECT unit, SUM(CASE WHEN gol.max_gol = 'I/a' AND pgw.jenis_kelamin = 'Pria' …) "
               "gol_ia_pria, … gol_ivd_pria, gol_ia_wanita, … gol_ivd_wanita … AND unit IS NOT NULL GROUP BY unit "
               "ORDER BY unit — the result grid with the aliases as header")
_GOLS = ["I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a",
         "IV/b", "IV/c", "IV/d"]


def _gol_alias(gol: str) -> str:
    """'III/a' → 'iiia', as the query names its columns."""
    return gol.replace("/", "").lower()


_GOL_HEADER = ["unit", *[f"gol_{_gol_alias(g)}_pria" for g in _GOLS],
               *[f"gol_{_gol_alias(g)}_wanita" for g in _GOLS]]
#: invented counts per unit, ORDER BY unit: men, then women, in _GOLS order
_GOL = [
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
     [0, 0, 0, 0, 0, 1, 2, 1, 3, 4, 3, 2, 2, 1, 1, 0], [0, 0, 0, 0, 0, 0, 1, 2, 4, 5, 4, 3, 2, 0, 0, 0]),
    ("Kecamatan Sukamaju",
     [0, 0, 1, 1, 1, 2, 1, 2, 2, 2, 1, 1, 1, 0, 0, 0], [0, 0, 0, 0, 0, 1, 1, 1, 2, 1, 2, 0, 0, 0, 0, 0]),
    ("Kecamatan Sukamaju Barat",
     [0, 0, 0, 2, 0, 1, 2, 1, 1, 2, 1, 1, 1, 0, 0, 0], [0, 0, 0, 0, 1, 1, 1, 0, 2, 2, 1, 1, 0, 0, 0, 0]),
    ("Rumah Sakit Umum Daerah Sukamaju",
     [0, 0, 0, 1, 1, 3, 5, 6, 9, 8, 6, 5, 4, 3, 1, 0], [0, 0, 0, 0, 2, 6, 12, 15, 18, 14, 9, 6, 5, 2, 0, 0]),
    ("Sekretariat DPRD",
     [0, 0, 0, 1, 0, 1, 2, 2, 3, 3, 2, 2, 1, 1, 0, 0], [0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 2, 1, 1, 0, 0, 0]),
]


def _gol_rows() -> list[list]:
    """The aliases' row and one row per unit."""
    return [list(_GOL_HEADER)] + [[unit, *men, *women] for unit, men, women in _GOL]


def _gol_expected() -> dict:
    """Golongan summed over units and sexes, highest first as the corpus lists them; the sexes summed."""
    totals = {g: sum(men[i] + women[i] for _, men, women in _GOL) for i, g in enumerate(_GOLS)}
    return {
        "golongan": {g: totals[g] for g in reversed(_GOLS) if totals[g]},
        "gender": {"Laki-laki": sum(sum(men) for _, men, _ in _GOL),
                   "Perempuan": sum(sum(women) for _, _, women in _GOL)},
    }


# ------------------------------------------------------------------ staff: Pengadilan Agama Sorong, Data Pegawai page

_PA_SOURCE = ("public GitHub PHP view (CodeIgniter) of Pengadilan Agama Sorong's staff application, search index file "
              "id 16591945921: title 'Data Pegawai', navbar 'Pengadilan Agama Sorong', h4 'Data Pegawai Pengadilan "
              "Agama Sorong', table No | NIP | Nama | Golongan | Jabatan | Aksi | (the 'Tambah' button as the last "
              "header), rows <?= $no++ ?> | $m['nip'] | $m['nama'] | $m['gol'] | $m['divisi'] | 'Hapus' | 'Ubah'")
#: synthetic people: (name, female, birth, TMT CPNS, golongan, divisi)
_PA = [
    ("Dr. H. Abdul Rahman, S.H.I., M.H.", False, "19720309", "199803", "IV/c", "Pimpinan"),
    ("Dra. Hj. Nurhayati, M.H.", True, "19740722", "200003", "IV/b", "Pimpinan"),
    ("Muhammad Iqbal, S.H.I., M.H.", False, "19820514", "200812", "IV/a", "Hakim"),
    ("Fatimah Azzahra, S.H.", True, "19880203", "201212", "III/d", "Hakim"),
    ("H. Rusdi, S.H.", False, "19760918", "200203", "III/d", "Kepaniteraan"),
    ("Rina Marlina, S.H.", True, "19850611", "200912", "III/c", "Kepaniteraan"),
    ("Yohanis Kambu, S.H.", False, "19930127", "201903", "III/a", "Kepaniteraan"),
    ("Hasan Basri, S.E.", False, "19790805", "200501", "III/d", "Kesekretariatan"),
    ("Ani Suryani, S.Kom.", True, "19900414", "201503", "III/b", "Kesekretariatan"),
    ("Markus Wonda", False, "19870630", "201001", "II/c", "Kesekretariatan"),
]


def _pa_rows() -> list[list]:
    """The page's title lines and table as a copy into a sheet gives them, buttons' words included."""
    return [
        ["Pengadilan Agama Sorong", *[None] * 6],
        ["Data Pegawai Pengadilan Agama Sorong", *[None] * 6],
        ["No", "NIP", "Nama", "Golongan", "Jabatan", "Aksi", "Tambah"],
        *[[no, nip(no, female=female, birth=birth, appointed=tmt), name, gol, divisi, "Hapus", "Ubah"]
          for no, (name, female, birth, tmt, gol, divisi) in enumerate(_PA, start=1)],
    ]


CASES: list[Layout] = [
    Layout(
        id="staff-kemenag-simpeg-download-nip-lama-baru-jenjang-level-tipe-jabatan-satker-1-5",
        dataset="staff",
        agency=("Kantor Kementerian Agama Kabupaten Sukamaju (invented; under the Kanwil Jawa Tengah) with its KUA "
                "and madrasah, as the Kemenag SIMPEG's 'Data Kepegawaian' download gives it — kementerian kantor "
                "(kantor kementerian agama kabupaten), SIMPEG export (synthetic people)"),
        source=_KEMENAG_SOURCE,
        year=2024,
        sheets={"Worksheet": _kemenag_rows()},
        expected={
            "golongan": counts(_kemenag_gol(p[8]) for p in _KEMENAG),
            "gender": counts("Perempuan" if p[1] else "Laki-laki" for p in _KEMENAG),
            "education": {"S2": 3, "S1": 5, "D3": 1, "SMA": 3},
            "position_type": counts(_kemenag_type(p[9]) for p in _KEMENAG),
            "status": {"PNS": 10, "PPPK": 2},
        },
        findings=(),
        note=("A PhpSpreadsheet download, header in row 1 and nothing above it, sheet 'Worksheet' (the library's "
              "default name), one row per person. TWO NIP columns: 'NIP' is the old nine-digit NIP (synthetic "
              "'150000001' …, empty for the two PPPK, who never had one) and 'NIP_BARU' the eighteen-digit NIP "
              "(workbooks.nip; PPPK numbers with '21' after the TMT year): the person is identified by NIP_BARU. "
              "The sex is in JENIS_KELAMIN ('Laki-laki' / 'Perempuan'; the NIP's digit agrees). Education: "
              "JENJANG_PENDIDIKAN is the level (S2, S1, D3, SLTA → SMA), PENDIDIKAN the programme ('S2 HUKUM ISLAM', "
              "'MADRASAH ALIYAH') and must not be read as a level. Two jabatan columns beside the type: "
              "LEVEL_JABATAN is the jenjang ('Administrator', 'Pengawas', 'Ahli Madya', 'Mahir', 'Pelaksana'), "
              "TIPE_JABATAN the type in SAPK's old words ('Jabatan Struktural' → Struktural, 'Jabatan Fungsional "
              "Tertentu' → Fungsional, 'Jabatan Fungsional Umum' → Pelaksana), TAMPIL_JABATAN the position's name. "
              "PANGKAT beside GOL_RUANG; the PPPK rows carry grades IX and V with PANGKAT '-' (expected as 'IX "
              "(PPPK)', 'V (PPPK)', as the corpus spells PPPK grades). STATUS_PEGAWAI PNS 10, PPPK 2. The unit is "
              "spread over SATKER_1 (the Kanwil, the same on every row) › SATKER_2 (the kantor) › SATKER_3 (KUA, "
              "madrasah or subbagian; empty for the head of office), SATKER_4 and SATKER_5 empty: one agency, not "
              "twelve units. Dates as SQL Server gives them ('1969-04-12'); MK_TAHUN counted to 2024; HARI_KERJA 5 or "
              "6 (the madrasah work six days); NO_HP and EMAIL left empty (no personal data). Values invented in the "
              "application's manner: the code gives the headers only."),
    ),
    Layout(
        id="staff-query-opd-pendidikan-pria-wanita-alias-kolom-spesialis-profesi-unit-null",
        dataset="staff",
        agency=("a kabupaten's units (Kabupaten Sukamaju, invented: a badan, two kecamatan, its RSUD and the "
                "Sekretariat DPRD) by education and sex, as a SQL query over its SIMPEG database returns them — "
                "kabupaten units (kecamatan, RSUD, Sekretariat DPRD), SQL result export (counts invented)"),
        source=_PEND_SOURCE,
        year=2024,
        sheets={"query menurut pendidikan": _pend_rows()},
        expected=_pend_expected(),
        findings=(),
        note=("A cross table with no header band: the header row is the query's 31 aliases, 'unit' then fifteen "
              "levels for 'pria' (men) and the same fifteen for 'wanita' (women), the level and the sex only as "
              "parts of snake_case names ('jml_diii_akademi_pria' = D.III/Akademi, men). No total row or column: "
              "every figure is a cell of one unit × level × sex and the kabupaten's counts are their sums. Levels "
              "as a careful analyst counts them: SLTP and 'SLTP Kejuruan' → SMP, SLTA → SMA, D.I … D.IV → D1 … D4, "
              "S.1 … S.3 → S1 … S3; 'Profesi' (the professional year after a bachelor's: dokter, ners, apoteker; "
              "KKNI level 7) → S1, 'Spesialis I' (KKNI 8) → S2, 'Spesialis II' (KKNI 9) → S3, 'AKTA IV' (a "
              "teaching certificate taken on a bachelor's) → S1; these four are where the RSUD's doctors and "
              "nurses stand (Profesi 38, Spesialis I 9, Spesialis II 1) and the Sekretariat DPRD's one AKTA IV. "
              "The first row's unit is 'NULL' (staff whose jabatan has no unit: the pendidikan query, unlike the "
              "golongan one, does not drop them): they are the kabupaten's staff and are counted (3). Sex 'Pria' → "
              "Laki-laki, 'Wanita' → Perempuan. The query takes ONE education row per NIP (GROUP BY rpend.nip "
              "without MAX), so each person is counted once; staff with no education record stand in no column. "
              "Counts invented; the lead may set the four non-school levels otherwise after measuring. After measuring: "
              "unchanged; the kit reads the aliases as level › sex by the general rule for a query's category × sex "
              "aliases, and its education words (lakip_lib/data/value_aliases.csv) now count Profesi and AKTA IV "
              "as S1, Spesialis I as S2 and Spesialis II as S3 — the degree each stands on (a profesi and an Akta "
              "IV follow a bachelor's; Spesialis I and II are the KKNI levels of the magister and the doktor, "
              "Perpres 8/2012) — where before it refused 'Profesi' as no level; 'D.III/Akademi' written "
              "'diii_akademi' is D3. The NULL unit row is counted (the kit sums the unit rows' columns)."),
    ),
    Layout(
        id="staff-query-opd-golongan-pria-wanita-alias-gol-iiia-gol-id",
        dataset="staff",
        agency=("the same kabupaten's units (Kabupaten Sukamaju, invented: a badan, two kecamatan, its RSUD and the "
                "Sekretariat DPRD) by golongan and sex, as the SQL query returns them — kabupaten units (kecamatan, "
                "RSUD, Sekretariat DPRD), SQL result export (counts invented)"),
        source=_GOL_SOURCE,
        year=2024,
        sheets={"query menurut golongan": _gol_rows()},
        expected=_gol_expected(),
        findings=(),
        note=("The header row is the query's 33 aliases: 'unit', sixteen golongan for men ('gol_ia_pria' … "
              "'gol_ivd_pria') and the same sixteen for women ('_wanita'). The golongan is written into the alias "
              "without slash or separator: 'gol_iiia' is III/a, 'gol_iva' IV/a, 'gol_iid' II/d, and 'gol_id' is "
              "I/d (not an id column: it stands between 'gol_ic_pria' and 'gol_iia_pria' and holds counts). No "
              "IV/e column (the query has none). No total row or column; the kabupaten's counts are the sums over "
              "its five units ('unit IS NOT NULL' in this query: no NULL row). The golongan is each person's "
              "MAX(golongan) over the riwayat pekerjaan, a text maximum ('IV/a' > 'III/d' holds as text). Sex "
              "'Pria' → Laki-laki, 'Wanita' → Perempuan. No education column: the column_missing warning (as the "
              "SIDAMKAR case of the fortieth set earns for a missing Pendidikan). Counts invented. After measuring: no "
              "column_missing warning — that warning is a roster's, for a list of people lacking a column; a table of "
              "counts by golongan and sex holds no education to miss, as the Payakumbuh SIMPEG golru × jender case "
              "(findings none) has it. The aliases are read as golongan › sex by the general rule for a query's "
              "category × sex aliases (README, after tuning the forty-second set)."),
    ),
    Layout(
        id="staff-pa-sorong-data-pegawai-divisi-di-kolom-jabatan-tombol-hapus-ubah",
        dataset="staff",
        agency=("Pengadilan Agama Sorong (Mahkamah Agung, Badan Peradilan Agama), its staff page in a local "
                "application — pengadilan (pengadilan agama), page copied into a sheet (synthetic people)"),
        source=_PA_SOURCE,
        year=2024,
        sheets={"Data Pegawai": _pa_rows()},
        merged={"Data Pegawai": ["A1:G1", "A2:G2"]},
        expected={
            "golongan": counts(p[4] for p in _PA),
            "gender": counts("Perempuan" if p[1] else "Laki-laki" for p in _PA),
        },
        findings=((W, "column_missing"), (W, "column_missing")),
        note=("The court's staff list as the page shows it, copied into a sheet: the navbar's 'Pengadilan Agama "
              "Sorong' and the heading 'Data Pegawai Pengadilan Agama Sorong' above the table; the header row ends "
              "with the add button's word 'Tambah' over the 'Ubah' buttons, and 'Aksi' stands over the 'Hapus' "
              "buttons: two button columns, no data. The column headed 'Jabatan' holds the person's DIVISI "
              "('Pimpinan', 'Hakim', 'Kepaniteraan', 'Kesekretariatan'; the view prints $m['divisi'] there): a "
              "group of the court, not a position, so no position type can be read (a Kepaniteraan row may be the "
              "Panitera, a Panitera Pengganti or a Jurusita) and none is expected. Golongan 'IV/c' … 'II/c' as the "
              "court writes them; no Jenis Kelamin column, the sex read from the NIP's fifteenth digit (6 men, 4 "
              "women; synthetic NIPs). No Pendidikan: the column_missing warning, as for the SIDAMKAR case of the "
              "fortieth set. Ten synthetic people in the court's usual groups: Ketua and Wakil Ketua, two hakim, "
              "three in the kepaniteraan, three in the kesekretariatan. After measuring: TWO column_missing "
              "warnings, education and position type. The position type cannot be read (the divisions name no "
              "jenjang, no 'Kepala …', no eselon), so the staff table by position type cannot be made; the warning "
              "that says so is what a careful analyst must be told (never a table silently left out), as the kit "
              "tells any roster with no Jenis Jabatan whose jabatan cells tell no type. No position type is "
              "expected, as before."),
    ),
]
