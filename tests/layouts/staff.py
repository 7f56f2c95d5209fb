"""Real staffing layouts (dataset ``staff``): published tables and export column layouts.

Each case copies the cells of one real table as it was published (title rows,
header bands, totals, sources, footnotes, published mistakes kept), or the
real column headers of a personnel export filled with synthetic people
(names invented, NIPs from :func:`workbooks.nip`, sex digit and birth date in
agreement with the row). ``expected`` holds the true counts of the data rows
(not the printed totals), only for the dimensions the table gives, and only
non-zero counts (a printed ``–`` or ``0`` is absent from ``expected``).
"""

from __future__ import annotations

import datetime as dt

from layouts.case import E, Layout
from workbooks import nip

# ---------------------------------------------------------------- helpers for synthetic rosters


def _ddmmyyyy(birth: str, sep: str = "-") -> str:
    """``19671110`` → ``10-11-1967``."""
    return f"{birth[6:8]}{sep}{birth[4:6]}{sep}{birth[:4]}"


def _tmt(appointed: str, sep: str = "-") -> str:
    """``199203`` → ``01-03-1992`` (TMT CPNS is the first of the month)."""
    return f"01{sep}{appointed[4:6]}{sep}{appointed[:4]}"


# ---------------------------------------------------------------- 1. Kecamatan Payakumbuh Selatan

_PYK_NOTE = "Catatan: Perbedaan Gender= (Persentase L -‐ Persentase P); L= Laki-‐laki, P= Perempuan"

PAYAKUMBUH_SELATAN = Layout(
    id="staff-kec-payakumbuh-selatan-terpilah-2023",
    dataset="staff",
    agency="Kecamatan Payakumbuh Selatan, Kota Payakumbuh — kecamatan",
    source="https://kecpykselatan.payakumbuhkota.go.id/456-2 (Data Terpilah Kepegawaian, Lampiran B, Tabel B.1–B.3)",
    year=2023,
    sheets={
        "Lampiran B": [
            ["DATA TERPILAH KEPEGAWAIAN"],
            ["KECAMATAN PAYAKUMBUH SELATAN"],
            ["PERIODE DESEMBER 2023"],
            ["LAMPIRAN B"],
            ["Lampiran B: Contoh-‐contoh Bentuk Tabel Data Terpilah Pelaku Pembangunan"],
            [],
            ["Tabel B.1. Jumlah dan Persentase SDM Kota Payakumbuh menurut SKPD dan Jenis Kelamin, Tahun 2023"],
            ["NO.", "SATUAN KERJA", "JUMLAH", None, None, "PERSENTASE/KOMPOSISI", None, None, "PERBEDAAN GENDER"],
            [None, None, "L", "P", "L+P", "L", "P", "L+P", None],
            ["1.", "Kec Payakumbuh Selatan", 17, 19, 39, "48%", "52%", "100%", None],
            ["Sumber:"],
            [_PYK_NOTE],
            [],
            ["Tabel B.2. Jumlah dan Persentase SDM Kota Payakumbuh menurut SKPD, Umur dan Jenis Kelamin, Tahun 2023"],
            ["NO.", "SATUAN KERJA/UMUR", "JUMLAH", None, None, "PERSENTASE/KOMPOSISI", None, None, "PERBEDAAN GENDER"],
            [None, None, "L", "P", "L+P", "L", "P", "L+P", None],
            ["1.", "Kec Payakumbuh Selatan", None, None, None, None, None, None, None],
            [None, "<30 tahun", "–", "–", "–", "–", "–", "100%", None],
            [None, "30-‐39 tahun", 3, 3, 6, "50%", "50%", "100%", None],
            [None, "40-‐49 tahun", 8, 9, 17, "47%", "53%", "100%", None],
            [None, "50 tahun >", 6, 7, 13, "47%", "53%", "100%", None],
            [None, "Sub-‐jumlah", 17, 19, 36, "48%", "52%", "100%", None],
            ["Sumber:"],
            [_PYK_NOTE],
            [],
            ["Tabel B.3. Jumlah dan Persentase SDM Kota Payakumbuh menurut SKPD, Ijazah Tertinggi dan Jenis Kelamin, Tahun 2023"],
            ["NO.", "SATUAN KERJA/IJAZAH", "JUMLAH", None, None, "PERSENTASE/KOMPOSISI", None, None, "PERBEDAAN GENDER"],
            [None, None, "L", "P", "L+P", "L", "P", "L+P", None],
            ["1.", "Kec Payakumbuh Selatan", None, None, None, None, None, None, None],
            [None, "=< SMA sederajat", 4, 2, 6, "67%", "33%", "100%", None],
            [None, "Diploma I/II", "–", "–", "–", "–", "–", "100%", None],
            [None, "Diploma III", 1, 1, 2, "50%", "50%", "100%", None],
            [None, "Diploma IV/S1", 12, 15, 28, "43%", "57%", "100%", None],
            [None, "S2", 1, "–", "–", "100%", "–", "100%", None],
            [None, "S3", "–", "–", "–", "–", "–", "100%", None],
            [None, "Sub-‐jumlah", 18, 18, 36, "50%", "50%", "100%", None],
            ["Sumber:"],
            [_PYK_NOTE],
        ],
    },
    merged={
        "Lampiran B": [
            "A1:I1", "A2:I2", "A3:I3", "A4:I4", "A5:I5", "A7:I7",
            "A8:A9", "B8:B9", "C8:E8", "F8:H8", "I8:I9",
            "A14:I14", "A15:A16", "B15:B16", "C15:E15", "F15:H15", "I15:I16", "A17:A22",
            "A26:I26", "A27:A28", "B27:B28", "C27:E27", "F27:H27", "I27:I28", "A29:A36",
        ],
    },
    expected={
        "gender": {"Laki-laki": 17, "Perempuan": 19},
        "education": {"SMA": 6, "D3": 2, "D4": 27, "S2": 1},
    },
    findings=(("error", "sum_mismatch"), ("error", "sum_mismatch"), ("error", "summaries_disagree")),
    note=(
        "Three gender-split tables on one page (the template of the KemenPPPA data-terpilah guide): B.1 by gender, "
        "B.2 age band × gender (age is not a modelled dimension: reported and skipped), B.3 highest diploma × gender. "
        "Two-row header band JUMLAH over L | P | L+P beside PERSENTASE/KOMPOSISI over L | P | L+P; the unit name row "
        "'1. Kec Payakumbuh Selatan' is a group row above the category rows; totals are 'Sub-‐jumlah' (with a U+2010 "
        "hyphen, as published, like '30-‐39 tahun'); empty cells printed as '–'. Published mistakes kept: B.1 prints "
        "L+P = 39 for 17 + 19 = 36; B.3 prints L+P = 28 for Diploma IV/S1 (12 + 15 = 27) and '–' for S2 whose L is 1; "
        "B.3's columns sum to L 18, P 18 while B.1 and B.2 say L 17, P 19 (same headcount 36, different split: "
        "expected gender follows B.1; summaries_disagree: B.3's men and women differ from B.1's). Education: '=< SMA "
        "sederajat' counted as SMA, the combined band 'Diploma IV/S1' (27) as D4, by the kit's documented rule that a "
        "combined category is read as its first part (it cannot be split). Table B.4 (golongan × gender) "
        "follows on the page but the stored copy stops at its title: not transcribed."
    ),
)

# ---------------------------------------------------------------- 2. Dinas Kebersihan, Pertamanan dan Pemadam Kebakaran Tapanuli Tengah

_TAPTENG_SOURCE = "Sumber Data : Kantor Dinas Kebersihan, Pertamanan dan Pemadam Kebakaran Kabupaten Tapanuli Tengah"

TAPANULI_TENGAH = Layout(
    id="staff-dkppk-tapanuli-tengah-gender-pendidikan",
    dataset="staff",
    agency="Dinas Kebersihan, Pertamanan dan Pemadam Kebakaran Kabupaten Tapanuli Tengah — kabupaten OPD (tables quoted in a USU thesis)",
    source=(
        "https://text-id.123dok.com/document/4yre1mvzo-komposisi-pegawai-berdasarkan-jenis-kelamin-komposisi-pegawai-"
        "berdasarkan-tingkat-pendidikan-komposisi-pegawai-berdasarkan-penggolongan.html (Tabel 1, Tabel 2)"
    ),
    year=2012,
    sheets={
        "Pegawai": [
            ["Tabel 1 : Jumlah Pegawai Berdasarkan Jenis Kelamin"],
            ["Jenis Kelamin", "Jumlah", "Persentase (%)"],
            ["Laki-laki", "44 orang", 81],
            ["Perempuan", "10 orang", 19],
            ["Jumlah", "54 orang", 100],
            [_TAPTENG_SOURCE],
            [],
            ["Tabel 2 : Jumlah Pegawai Berdasarkan Tingkat Pendidikan"],
            ["Tingkat Pendidikan", "Jumlah", "Persentase (%)"],
            ["S-2", "1 orang", 3],
            ["S-1", "10 orang", 19],
            ["D-3", "2 orang", 5],
            ["SMA", "39 orang", 73],
            ["Jumlah", "54 orang", 100],
            ["Sumber Data : Dinas Kebersihan, Pertamanan dan Pemadam Kebakaran Kabupaten Tapanuli Tengah"],
        ],
    },
    merged={"Pegawai": ["A1:C1", "A6:C6", "A8:C8", "A15:C15"]},
    expected={
        "gender": {"Laki-laki": 44, "Perempuan": 10},
        "education": {"S2": 1, "S1": 10, "D3": 2, "SMA": 39},
    },
    findings=(("error", "sum_mismatch"), ("error", "summaries_disagree")),
    note=(
        "Two small one-dimension tables, each under its 'Tabel n :' title and over a 'Sumber Data :' line; counts "
        "printed as text with their unit ('44 orang'). Published mistake kept: Tabel 2's rows sum to 1 + 10 + 2 + 39 "
        "= 52 but its Jumlah says 54 (and its percentages 3 + 19 + 5 + 73 = 100 are rounded to fit 54), so the "
        "education table counts 52 people against the gender table's 54. The year is not stated in the stored "
        "excerpt (a USU thesis quoting the Dinas's data); 2012 is the check year chosen. The penggolongan and "
        "jabatan tables announced in the same section are cut off in the stored copy: not transcribed."
    ),
)

# ---------------------------------------------------------------- 3. Dinas Pengelolaan Bangunan dan Tanah Kota Surabaya

_DPBT_SOURCE = "Sumber : Dinas Pengelolaan Bangunan dan Tanah 2010"

SURABAYA_DPBT = Layout(
    id="staff-dpbt-surabaya-2010-pangkat-golongan",
    dataset="staff",
    agency="Dinas Pengelolaan Bangunan dan Tanah Kota Surabaya — kota OPD (tables quoted in a thesis)",
    source=(
        "https://text-id.123dok.com/document/nq7oddxoy-karakteristik-berdasarkan-jenis-kelamin-karakteristik-"
        "berdasarkan-pangkat-golongan-karakteristik-berdasarkan-tingkat-pendidikan.html (Tabel 4.2, Tabel 4.3)"
    ),
    year=2010,
    sheets={
        "Pegawai": [
            ["Tabel 4.2 Karakteristik Jumlah Pegawai Dinas Pengelolaan Bangunan dan Tanah Kota Surabaya berdasarkan Jenis Kelamin"],
            ["No.", "Jenis Kelamin", "Jumlah Pegawai (orang)", "Prosentase (%)"],
            ["1.", "Laki- Laki", 54, 62],
            ["2.", "Perempuan", 33, 38],
            ["Jumlah", None, 87, 100],
            [_DPBT_SOURCE],
            [],
            ["Tabel 4.3 Karakteristik Jumlah Pegawai Dinas Pengelolaan Bangunan dan Tanah Kota Surabaya berdasarkan Pangkat Golongan"],
            ["No.", "Pangkat dan Golongan", "Jumlah Pegawai (orang)", "Prosentase (%)"],
            ["1.", "Pembina IV A", 5, "6,6"],
            ["2.", "Penata Tingkat I III D", 18, "20,6"],
            ["3.", "Penata III C", 5, "5,6"],
            ["4.", "Penata Muda Tingkat I III B", 5, "5,6"],
            ["5.", "Penata Muda III A", 12, "13,6"],
            ["6.", "Pengatur Tingkat I II D", 3, "3,4"],
            ["7.", "Pengatur II C", 1, "1,1"],
            ["8.", "Pengatur Muda Tingkat I II B", 3, "3,4"],
            ["9.", "Pengatur Muda II A", 20, "22,8"],
            ["10.", "Juru I C", 2, "2,6"],
            ["11.", "Juru Muda 1 A", 1, "1,1"],
            ["12.", "Honorer", 12, "13,6"],
            ["Jumlah", None, 87, 100],
            [_DPBT_SOURCE],
        ],
    },
    merged={"Pegawai": ["A1:D1", "A5:B5", "A6:D6", "A8:D8", "A22:B22", "A23:D23"]},
    expected={
        "gender": {"Laki-laki": 54, "Perempuan": 33},
        "golongan": {
            "IV/a": 5, "III/d": 18, "III/c": 5, "III/b": 5, "III/a": 12,
            "II/d": 3, "II/c": 1, "II/b": 3, "II/a": 20, "I/c": 2, "I/a": 1,
        },
    },
    note=(
        "Golongan written after the pangkat name with a space instead of a slash ('Penata Tingkat I III D', "
        "'Pembina IV A'), and 'Juru Muda 1 A' with the digit 1 for I (I/a). The last category row is 'Honorer' (12, "
        "not a golongan): the golongan table's Jumlah 87 is 75 PNS + 12 honorer, the same 87 as the gender table, so "
        "expected golongan counts only the 75 PNS rows while gender counts all 87; the honorer row is counted apart "
        "(a non_asn_aside note) and both totals check. Percentages printed with a decimal "
        "comma; several are off (5 of 87 printed '6,6', true 5.7) but sum to 100. Tabel 4.4 (education) is cut off "
        "in the stored copy: not transcribed."
    ),
)

# ---------------------------------------------------------------- 4. SIASN export, all 69 columns

SIASN_COLUMNS = [
    "PNS ID", "NIP BARU", "NIP LAMA", "NAMA", "GELAR DEPAN", "GELAR BELAKANG",
    "TEMPAT LAHIR ID", "TEMPAT LAHIR NAMA", "TANGGAL LAHIR", "JENIS KELAMIN",
    "AGAMA ID", "AGAMA NAMA", "JENIS KAWIN ID", "JENIS KAWIN NAMA", "NIK",
    "NOMOR HP", "EMAIL", "EMAIL GOV", "ALAMAT", "NPWP NOMOR", "BPJS",
    "JENIS PEGAWAI ID", "JENIS PEGAWAI NAMA", "KEDUDUKAN HUKUM ID", "KEDUDUKAN HUKUM NAMA",
    "STATUS CPNS PNS", "KARTU ASN VIRTUAL", "NOMOR SK CPNS", "TANGGAL SK CPNS", "TMT CPNS",
    "NOMOR SK PNS", "TANGGAL SK PNS", "TMT PNS", "GOL AWAL ID", "GOL AWAL NAMA",
    "GOL AKHIR ID", "GOL AKHIR NAMA", "TMT GOLONGAN", "MK TAHUN", "MK BULAN",
    "JENIS JABATAN ID", "JENIS JABATAN NAMA", "JABATAN ID", "JABATAN NAMA", "TMT JABATAN",
    "TINGKAT PENDIDIKAN ID", "TINGKAT PENDIDIKAN NAMA", "PENDIDIKAN ID", "PENDIDIKAN NAMA",
    "TAHUN LULUS", "KPKN ID", "KPKN NAMA", "LOKASI KERJA ID", "LOKASI KERJA NAMA",
    "UNOR ID", "UNOR NAMA", "INSTANSI INDUK ID", "INSTANSI INDUK NAMA",
    "INSTANSI KERJA ID", "INSTANSI KERJA NAMA", "SATUAN KERJA INDUK ID", "SATUAN KERJA INDUK NAMA",
    "SATUAN KERJA KERJA ID", "SATUAN KERJA KERJA NAMA", "IS VALID NIK", "NAMA SEKOLAH",
    "FLAG IKD", "ESELON ID", "ESELON NAMA",
]

#: golongan name → SIASN golongan id (11 = I/a … 45 = IV/e)
_GOL_ID = {f"{g}/{r}": f"{i}{j}" for i, g in enumerate(["I", "II", "III", "IV"], start=1) for j, r in enumerate("abcde", start=1)}
_GOL_AWAL = {"S-2": "III/b", "S-1/Sarjana": "III/a", "D-IV": "III/a", "D-III": "II/c", "SLTA": "II/a"}
_JENIS_JABATAN_ID = {"Jabatan Struktural": "1", "Jabatan Fungsional": "2", "Jabatan Pelaksana": "4"}
_PENDIDIKAN_ID = {"SLTA": "15", "D-III": "30", "D-IV": "35", "S-1/Sarjana": "40", "S-2": "45"}
_ESELON_ID = {"II.b": "22", "III.a": "31", "III.b": "32", "IV.a": "41"}

# (serial, female, birth, appointed, gol, jenis jabatan, jabatan, tingkat pendidikan, pendidikan, eselon, name, gelar depan, gelar belakang)
_SIASN_PEOPLE = [
    (11, False, "19700312", "199603", "IV/b", "Jabatan Struktural", "Kepala Dinas Komunikasi dan Informatika", "S-2",
     "S-2 Magister Administrasi Publik", "II.b", "ANDRA WIRAKUSUMA", "Dr.", "M.Si"),
    (12, True, "19750821", "200003", "IV/a", "Jabatan Struktural", "Sekretaris", "S-2", "S-2 Magister Manajemen",
     "III.a", "SEKAR AYU LARASATI", None, "S.E., M.M."),
    (13, False, "19800115", "200512", "III/d", "Jabatan Struktural", "Kepala Bidang Aplikasi Informatika",
     "S-1/Sarjana", "S-1 Teknik Informatika", "III.b", "BAYU PRAMUDITA", None, "S.Kom"),
    (14, True, "19850704", "201001", "III/c", "Jabatan Fungsional", "Pranata Komputer Ahli Muda", "S-1/Sarjana",
     "S-1 Sistem Informasi", None, "NURUL HIDAYATI", None, "S.Kom"),
    (15, False, "19880930", "201503", "III/b", "Jabatan Fungsional", "Pranata Komputer Ahli Pertama", "S-1/Sarjana",
     "S-1 Teknik Informatika", None, "RAKA ADITYA NUGRAHA", None, "S.T."),
    (16, True, "19900218", "201902", "III/a", "Jabatan Fungsional", "Pranata Hubungan Masyarakat Ahli Pertama",
     "D-IV", "D-IV Hubungan Masyarakat", None, "LESTARI WULANDARI", None, "S.Tr.Sos"),
    (17, False, "19780505", "200701", "II/d", "Jabatan Pelaksana", "Pengadministrasi Perkantoran", "SLTA",
     "SLTA IPS", None, "JOKO SUSANTO", None, None),
    (18, True, "19830611", "200902", "III/b", "Jabatan Pelaksana", "Penata Kelola Sistem dan Teknologi Informasi",
     "S-1/Sarjana", "S-1 Ilmu Komputer", None, "DEWI ANGGRAENI", None, "S.Kom"),
    (19, False, "19920101", "202103", "II/c", "Jabatan Pelaksana", "Operator Layanan Operasional", "D-III",
     "D-III Manajemen Informatika", None, "FAJAR RAMADHAN", None, "A.Md"),
    (20, True, "19950423", "202103", "II/c", "Jabatan Fungsional", "Pranata Komputer Terampil", "D-III",
     "D-III Teknik Komputer", None, "PUTRI MAHARANI", None, "A.Md.Kom"),
]


def _siasn_row(i: int, person: tuple) -> list:
    serial, female, birth, appointed, gol, jenis, jabatan, tingkat, pendidikan, eselon, name, depan, belakang = person
    number = nip(serial, female=female, birth=birth, appointed=appointed)
    year_in = int(appointed[:4])
    awal = _GOL_AWAL[tingkat]
    values = {
        "PNS ID": f"8ae48{i:03d}7c0a1f2b017c0a5e{i:08d}",
        "NIP BARU": number,
        "NIP LAMA": None,
        "NAMA": name,
        "GELAR DEPAN": depan,
        "GELAR BELAKANG": belakang,
        "TEMPAT LAHIR ID": None,
        "TEMPAT LAHIR NAMA": "KOTA CONTOH",
        "TANGGAL LAHIR": _ddmmyyyy(birth),
        "JENIS KELAMIN": "F" if female else "M",
        "AGAMA ID": "1",
        "AGAMA NAMA": "Islam",
        "JENIS KAWIN ID": "2",
        "JENIS KAWIN NAMA": "Menikah",
        "NIK": None,
        "NOMOR HP": None,
        "EMAIL": None,
        "EMAIL GOV": None,
        "ALAMAT": None,
        "NPWP NOMOR": None,
        "BPJS": None,
        "JENIS PEGAWAI ID": "4",
        "JENIS PEGAWAI NAMA": "PNS DAERAH KAB/KOTA YANG BEKERJA PADA DAERAH KAB/KOTA",
        "KEDUDUKAN HUKUM ID": "01",
        "KEDUDUKAN HUKUM NAMA": "Aktif",
        "STATUS CPNS PNS": "P",
        "KARTU ASN VIRTUAL": None,
        "NOMOR SK CPNS": f"813/{100 + i}/CPNS/{year_in}",
        "TANGGAL SK CPNS": _tmt(appointed),
        "TMT CPNS": _tmt(appointed),
        "NOMOR SK PNS": f"821/{200 + i}/PNS/{year_in + 1}",
        "TANGGAL SK PNS": f"01-{appointed[4:6]}-{year_in + 1}",
        "TMT PNS": f"01-{appointed[4:6]}-{year_in + 1}",
        "GOL AWAL ID": _GOL_ID[awal],
        "GOL AWAL NAMA": awal,
        "GOL AKHIR ID": _GOL_ID[gol],
        "GOL AKHIR NAMA": gol,
        "TMT GOLONGAN": "01-04-2023" if year_in < 2021 else _tmt(appointed),
        "MK TAHUN": str(min(2024 - year_in, 32)),
        "MK BULAN": "0",
        "JENIS JABATAN ID": _JENIS_JABATAN_ID[jenis],
        "JENIS JABATAN NAMA": jenis,
        "JABATAN ID": None,
        "JABATAN NAMA": jabatan,
        "TMT JABATAN": "02-01-2023",
        "TINGKAT PENDIDIKAN ID": _PENDIDIKAN_ID[tingkat],
        "TINGKAT PENDIDIKAN NAMA": tingkat,
        "PENDIDIKAN ID": None,
        "PENDIDIKAN NAMA": pendidikan,
        "TAHUN LULUS": str(int(birth[:4]) + {"SLTA": 18, "D-III": 21, "D-IV": 22, "S-1/Sarjana": 23, "S-2": 30}[tingkat]),
        "KPKN ID": None,
        "KPKN NAMA": "KOTA CONTOH",
        "LOKASI KERJA ID": None,
        "LOKASI KERJA NAMA": "KAB. CONTOH",
        "UNOR ID": None,
        "UNOR NAMA": "Dinas Komunikasi dan Informatika",
        "INSTANSI INDUK ID": None,
        "INSTANSI INDUK NAMA": "Pemerintah Kab. Contoh",
        "INSTANSI KERJA ID": None,
        "INSTANSI KERJA NAMA": "Pemerintah Kab. Contoh",
        "SATUAN KERJA INDUK ID": None,
        "SATUAN KERJA INDUK NAMA": "Pemerintah Kab. Contoh",
        "SATUAN KERJA KERJA ID": None,
        "SATUAN KERJA KERJA NAMA": "Dinas Komunikasi dan Informatika",
        "IS VALID NIK": "true",
        "NAMA SEKOLAH": None,
        "FLAG IKD": "false",
        "ESELON ID": _ESELON_ID.get(eselon),
        "ESELON NAMA": eselon,
    }
    assert list(values) == SIASN_COLUMNS
    return list(values.values())


SIASN_FULL = Layout(
    id="staff-siasn-export-full",
    dataset="staff",
    agency="BKN SIASN 'Profil ASN' data export, as downloaded by a kabupaten BKPSDM — export (synthetic people)",
    source=(
        "SIASN export header list ('PNS ID' … 'ESELON NAMA', 69 names; the page's button says '70 Kolom') as kept "
        "in a public GitHub import tool (search index file id 59280655141, an 'Import P3K Paruh Waktu (SIASN)' page, "
        "EXPECTED_HEADERS); JENIS JABATAN ID codes 1=Struktural, 2=Fungsional, 4=Pelaksana as documented in index "
        "file id 56034429475"
    ),
    year=2024,
    sheets={"Sheet1": [SIASN_COLUMNS] + [_siasn_row(i, p) for i, p in enumerate(_SIASN_PEOPLE, start=1)]},
    expected={
        "golongan": {"IV/b": 1, "IV/a": 1, "III/d": 1, "III/c": 1, "III/b": 2, "III/a": 1, "II/d": 1, "II/c": 2},
        "gender": {"Laki-laki": 5, "Perempuan": 5},
        "education": {"S2": 2, "S1": 4, "D4": 1, "D3": 2, "SMA": 1},
        "position_type": {"Struktural": 3, "Fungsional": 4, "Pelaksana": 3},
    },
    note=(
        "The full-width SIASN export: 69 columns, header in row 1, no title. Each coded field comes as an ID column "
        "and a NAMA column side by side (GOL AWAL ID/NAMA before GOL AKHIR ID/NAMA: only GOL AKHIR is the current "
        "golongan; JENIS JABATAN ID/NAMA; TINGKAT PENDIDIKAN ID/NAMA next to the free-text PENDIDIKAN NAMA), "
        "JENIS KELAMIN as M/F, dates as dd-mm-yyyy text, NIP BARU as 18-digit text and an empty NIP LAMA. Ten "
        "synthetic people (names, IDs and SK numbers invented, NIPs from workbooks.nip agreeing with TANGGAL LAHIR, "
        "TMT CPNS and JENIS KELAMIN); unit and instansi names are placeholders. SIASN delivers the export as a CSV; "
        "here it is the sheet Excel makes of it."
    ),
)

# ---------------------------------------------------------------- 5. Kabupaten Toba: SIASN subset in three sheets (PNS, PPPK, PPPK paruh waktu)

TOBA_COLUMNS = [
    "PNS ID", "NIP BARU", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TEMPAT LAHIR",
    "TANGGAL LAHIR", "JENIS KELAMIN", "AGAMA NAMA", "GOL AKHIR NAMA", "TMT GOLONGAN AKHIR",
    "TINGKAT PENDIDIKAN NAMA", "PENDIDIKAN TERAKHIR NAMA", "TAHUN LULUS", "JENIS JABATAN NAMA",
    "JABATAN NAMA", "TMT JABATAN", "ESELON NAMA", "TMT ESELON", "SATUAN KERJA INDUK NAMA",
    "SATUAN KERJA KERJA NAMA", "UNOR NAMA", "KEDUDUKAN HUKUM NAMA",
]

_TOBA_UNIT = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"

# (serial, female, birth, appointed, pppk, gol, tingkat, pendidikan, lulus, jenis, jabatan, eselon, unor, name, depan, belakang)
_TOBA_PNS = [
    (31, False, "19690714", "199503", False, "IV/b", "S-2", "S-2 Ilmu Administrasi", "2008", "Jabatan Struktural",
     "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "II.b", _TOBA_UNIT, "HOTMAN SIAHAAN", None, "S.H., M.AP"),
    (32, True, "19760203", "200103", False, "IV/a", "S-1/Sarjana", "S-1 Ilmu Pemerintahan", "1999", "Jabatan Struktural",
     "Sekretaris", "III.a", "Sekretariat", "RUTH SIMANJUNTAK", None, "S.Sos"),
    (33, False, "19820919", "200902", False, "III/c", "S-1/Sarjana", "S-1 Psikologi", "2005", "Jabatan Fungsional",
     "Analis Sumber Daya Manusia Aparatur Ahli Muda", None, "Bidang Pengembangan Kompetensi", "DANIEL PANJAITAN", None, "S.Psi"),
    (34, True, "19870426", "201403", False, "III/b", "D-IV", "D-IV Manajemen Sumber Daya Aparatur", "2009", "Jabatan Fungsional",
     "Analis Sumber Daya Manusia Aparatur Ahli Pertama", None, "Bidang Mutasi dan Promosi", "MARTA SITORUS", None, "S.STP"),
    (35, False, "19800808", "200601", False, "II/d", "SLTA", "SMA IPA", "1998", "Jabatan Pelaksana",
     "Pengadministrasi Perkantoran", None, "Sekretariat", "JONNER SIRAIT", None, None),
    (36, True, "19930512", "201902", False, "III/a", "S-1/Sarjana", "S-1 Akuntansi", "2015", "Jabatan Pelaksana",
     "Penata Layanan Operasional", None, "Sekretariat", "INTAN NAPITUPULU", None, "S.Ak"),
]
_TOBA_PPPK = [
    (41, True, "19910917", "2022", True, "IX", "S-1/Sarjana", "S-1 Teknik Informatika", "2013", "Jabatan Fungsional",
     "Pranata Komputer Ahli Pertama", None, "Bidang Informasi dan Pengadaan", "YOHANA MANURUNG", None, "S.Kom"),
    (42, False, "19890305", "2022", True, "IX", "S-1/Sarjana", "S-1 Ilmu Administrasi Negara", "2012", "Jabatan Fungsional",
     "Analis Sumber Daya Manusia Aparatur Ahli Pertama", None, "Bidang Mutasi dan Promosi", "ROY HUTAPEA", None, "S.AP"),
    (43, True, "19960610", "2023", True, "VII", "D-III", "D-III Manajemen Informatika", "2017", "Jabatan Fungsional",
     "Pranata Komputer Terampil", None, "Bidang Informasi dan Pengadaan", "LIDIA SIMATUPANG", None, "A.Md"),
    (44, False, "19940122", "2023", True, "V", "SLTA", "SMK Teknik Komputer dan Jaringan", "2012", "Jabatan Fungsional",
     "Arsiparis Terampil", None, "Sekretariat", "ANDREAS TAMBUNAN", None, None),
]


def _toba_row(i: int, person: tuple) -> list:
    serial, female, birth, appointed, pppk, gol, tingkat, pendidikan, lulus, jenis, jabatan, eselon, unor, name, depan, belakang = person
    number = nip(serial, female=female, birth=birth, appointed=appointed, pppk=pppk)
    return [
        f"A8ACA7{i:02d}3F1E2C9BE040640A0{i:08d}", number, name, depan, belakang, "BALIGE",
        _ddmmyyyy(birth, "/"), "F" if female else "M", "Kristen", gol,
        f"01/{'04' if not pppk else '01'}/{'2023' if not pppk else appointed}", tingkat, pendidikan, lulus, jenis,
        jabatan, "02/01/2024", eselon, "02/01/2024" if eselon else None, _TOBA_UNIT,
        _TOBA_UNIT, unor, "Aktif",
    ]


TOBA_SHEETS = Layout(
    id="staff-toba-simpeg-pns-pppk-sheets",
    dataset="staff",
    agency="BKPSDM Kabupaten Toba — kabupaten OPD, SIASN data kept per status in a spreadsheet tool (synthetic people)",
    source=(
        "Public GitHub Apps Script of a Kabupaten Toba BKPSDM staffing tool (search index file id 71552421324): "
        "initialDatabaseSetup() creates sheets Data_Pegawai_PNS, Data_Pegawai_PPPK and Data_Pegawai_PPPK_Paruh_Waktu "
        "with the same 23 SIASN columns"
    ),
    year=2024,
    sheets={
        "Data_Pegawai_PNS": [TOBA_COLUMNS] + [_toba_row(i, p) for i, p in enumerate(_TOBA_PNS, start=1)],
        "Data_Pegawai_PPPK": [TOBA_COLUMNS] + [_toba_row(i, p) for i, p in enumerate(_TOBA_PPPK, start=11)],
        "Data_Pegawai_PPPK_Paruh_Waktu": [TOBA_COLUMNS],
    },
    expected={
        "golongan": {
            "IV/b": 1, "IV/a": 1, "III/c": 1, "III/b": 1, "III/a": 1, "II/d": 1,
            "IX (PPPK)": 2, "VII (PPPK)": 1, "V (PPPK)": 1,
        },
        "gender": {"Laki-laki": 5, "Perempuan": 5},
        "education": {"S2": 1, "S1": 5, "D4": 1, "D3": 1, "SMA": 2},
        "position_type": {"Struktural": 2, "Fungsional": 6, "Pelaksana": 2},
    },
    note=(
        "One roster split over three sheets by status, each with the same 23-column SIASN subset in row 1 (the "
        "tool's own names: 'TEMPAT LAHIR', 'TMT GOLONGAN AKHIR', 'PENDIDIKAN TERAKHIR NAMA'); the PPPK paruh waktu "
        "sheet holds the header only. 6 PNS and 4 PPPK, all synthetic: PPPK rows carry NI PPPK numbers (TMT year + "
        "'21', workbooks.nip(pppk=True)) and PPPK grades IX, VII, V in GOL AKHIR NAMA, which are not PNS golongan: "
        "expected keys use the kit's parse_golongan spelling 'IX (PPPK)' (the brief's bare 'IX' would collide with "
        "PNS group names). Dates dd/MM/yyyy text as the tool displays them; JENIS KELAMIN M/F."
    ),
)

# ---------------------------------------------------------------- 6. Kecamatan Balikpapan Timur

_BPT_UNITS = ["Kecamatan Balikpapan Timur", "Kelurahan Manggar", "Kelurahan Manggar Baru", "Kelurahan Lamaru", "Kelurahan Teritip"]

BALIKPAPAN_TIMUR = Layout(
    id="staff-kec-balikpapan-timur-golongan-eselon-lp",
    dataset="staff",
    agency="Kecamatan Balikpapan Timur, Kota Balikpapan — kecamatan (with its four kelurahan)",
    source="https://balikpapantimur.balikpapan.go.id/content/460/sumber-daya-manusia- (Tabel 2.7, Tabel 2.8)",
    year=2023,
    sheets={
        "SDM": [
            ["Tabel 2.7"],
            ["Jumlah Pegawai (PNS) Berdasarkan Golongan"],
            ["Tingkat", "IV", None, "III", None, "II", None, "I", None, "Jumlah", None],
            [None, "L", "P", "L", "P", "L", "P", "L", "P", "L", "P"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)"],
            [_BPT_UNITS[0], 1, "-", 6, 2, 9, 1, 1, "-", 17, 3],
            [_BPT_UNITS[1], "-", "-", 3, 3, 1, "-", "-", "-", 4, 2],
            [_BPT_UNITS[2], "-", "-", 4, 1, 2, 1, "-", "-", 6, 2],
            [_BPT_UNITS[3], "-", "-", 4, 2, 3, 1, 1, "-", 8, 3],
            [_BPT_UNITS[4], "-", "-", 6, "-", 3, 2, 1, "-", 10, 2],
            ["Jumlah", 1, None, 31, None, 23, None, 3, None, 57, None],
            ["Sumber: Data Kecamatan"],
            [],
            ["Tabel 2.8"],
            ["Jumlah Pegawai (PNS) Berdasarkan Eselon"],
            ["Tingkat", "IIIa", None, "IIIb", None, "IVa", None, "IVb", None, "Non Eselon", None, "Jumlah", None],
            [None, "L", "P", "L", "P", "L", "P", "L", "P", "L", "P", "L", "P"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)", "(13)"],
            [_BPT_UNITS[0], 1, "-", 1, "-", 4, 1, 1, 1, 10, 1, 17, 3],
            [_BPT_UNITS[1], "-", "-", "-", "-", 1, "-", 1, 3, 4, 1, 6, 4],
            [_BPT_UNITS[2], "-", "-", "-", "-", 1, "-", 3, 1, 2, 1, 6, 2],
            [_BPT_UNITS[3], "-", "-", "-", "-", 1, "-", 3, 1, 4, 2, 8, 3],
            [_BPT_UNITS[4], "-", "-", "-", "-", 1, "-", 4, "-", 5, 2, 10, 2],
            ["Jumlah", 1, None, 1, None, 9, None, 18, None, 32, None, 61, None],
            ["Sumber: Data Kecamatan"],
        ],
    },
    merged={
        "SDM": [
            "A1:K1", "A2:K2", "A3:A4", "B3:C3", "D3:E3", "F3:G3", "H3:I3", "J3:K3",
            "B11:C11", "D11:E11", "F11:G11", "H11:I11", "J11:K11", "A12:K12",
            "A14:M14", "A15:M15", "A16:A17", "B16:C16", "D16:E16", "F16:G16", "H16:I16", "J16:K16", "L16:M16",
            "B24:C24", "D24:E24", "F24:G24", "H24:I24", "J24:K24", "L24:M24", "A25:M25",
        ],
    },
    expected={
        "golongan": {"IV": 1, "III": 31, "II": 23, "I": 3},
        "gender": {"Laki-laki": 45, "Perempuan": 13},
    },
    findings=(("error", "sum_mismatch"), ("error", "summaries_disagree")),
    note=(
        "Unit rows (the kecamatan office and four kelurahan) against a band of golongan groups IV | III | II | I, "
        "each over L | P, then Jumlah L | P; a column-number row (1)…(11); '-' for zero; the Jumlah row prints one "
        "number per group, merged over its L and P cells. Published mistakes kept: Kelurahan Manggar's row has III "
        "L 3, P 3 and II L 1 (7 people) but Jumlah L 4, P 2 (6), so the printed grand total 57 (= the sum of the "
        "printed Jumlah columns, L 45 + P 12) is one short of the cells' 58 (IV 1 + III 31 + II 23 + I 3; L 45, "
        "P 13). Tabel 2.8 (eselon IIIa/IIIb/IVa/IVb/Non Eselon × L/P by unit; eselon is not a modelled dimension, "
        "Non Eselon mixes fungsional and pelaksana: reported and skipped) adds up to 61 (L 47, P 14), the figure "
        "the page's text also gives (20 + 10 + 8 + 11 + 12), against the golongan table's 58. Tabel 2.9 (education, "
        "% of 61) follows but the stored copy stops inside it: not transcribed. The page states no year; 2023 is "
        "the check year chosen."
    ),
)

# ---------------------------------------------------------------- 7. Kabupaten Toba: nominatif BUP export (roster with title and total)

_PRINTED = dt.datetime(2025, 1, 6, 9, 30, 12)

# (serial, female, birth, appointed, gol, jabatan, eselon, bup, perangkat daerah, unor, name)
_BUP_PEOPLE = [
    (51, True, "19670214", "199003", "III/d", "Pengadministrasi Perkantoran", "-", 58, "Dinas Pendidikan, Pemuda dan Olahraga",
     "Sekretariat", "Dra. ROSMAWATI SINAGA"),
    (52, False, "19670405", "198912", "IV/a", "Kepala Bidang Tanaman Pangan", "III.b", 58, "Dinas Pertanian",
     "Bidang Tanaman Pangan", "Ir. BONAR PARDEDE, M.Si"),
    (53, False, "19670610", "199203", "III/c", "Penyuluh Pertanian Ahli Muda", "-", 58, "Dinas Pertanian",
     "UPT Balai Penyuluhan Pertanian", "MANGATAS SIREGAR, S.P."),
    (54, True, "19670822", "199403", "III/b", "Pengelola Keuangan", "-", 58, "Badan Pengelolaan Keuangan dan Aset Daerah",
     "Bidang Perbendaharaan", "LASMA HUTAGALUNG"),
    (55, False, "19650930", "199103", "IV/c", "Kepala Dinas Perhubungan", "II.b", 60, "Dinas Perhubungan",
     "Dinas Perhubungan", "Drs. PARULIAN SIMANJUNTAK, M.AP"),
    (56, True, "19671109", "199503", "II/d", "Pengadministrasi Umum", "-", 58, "Kecamatan Balige",
     "Kelurahan Napitupulu Bagasan", "TIURMA SIAGIAN"),
    (57, False, "19660117", "199203", "IV/b", "Dokter Ahli Madya", "-", 60, "RSUD Porsea",
     "Bidang Pelayanan Medik", "dr. HARAPAN NAINGGOLAN, Sp.PD"),
    (58, False, "19680303", "199603", "II/c", "Pengemudi", "-", 58, "Sekretariat Daerah Kabupaten",
     "Bagian Umum", "BINSAR SITORUS"),
]


def _bup_row(no: int, person: tuple) -> list:
    """One row as generateExportPensiunExcel() prints it (age and the months left at the print date)."""
    serial, female, birth, appointed, gol, jabatan, eselon, bup, opd, unor, name = person
    born = dt.date(int(birth[:4]), int(birth[4:6]), int(birth[6:]))
    limit_year = born.year + bup
    tmt = dt.date(limit_year + (born.month == 12), born.month % 12 + 1, 1)  # first of the month after the BUP birthday
    years, months = _PRINTED.year - born.year, _PRINTED.month - born.month
    if _PRINTED.day < born.day:
        months -= 1
    if months < 0:
        years, months = years - 1, months + 12
    left = (tmt.year - _PRINTED.year) * 12 + (tmt.month - _PRINTED.month)
    sisa = f"{left} Bulan lagi" if left < 12 else f"{left // 12} Thn " + (f"{left % 12} Bln " if left % 12 else "") + "lagi"
    return [
        no, name, nip(serial, female=female, birth=birth, appointed=appointed), gol, jabatan, eselon, opd, unor,
        _ddmmyyyy(birth, "/"), f"{years} Thn {months} Bln", f"{bup} Tahun", tmt.strftime("%d/%m/%Y"), sisa,
    ]


TOBA_BUP = Layout(
    id="staff-toba-nominatif-bup-export",
    dataset="staff",
    agency="BKPSDM Kabupaten Toba — kabupaten OPD, staffing tool export (synthetic people)",
    source=(
        "Public GitHub Apps Script of a Kabupaten Toba BKPSDM staffing tool (search index file id 71114101734): "
        "generateExportPensiunExcel(), 'Daftar Nominatif Pegawai Menjelang Batas Usia Pensiun (BUP)'"
    ),
    year=2025,
    sheets={
        "Sheet1": [
            ["PEMERINTAH KABUPATEN TOBA"],
            ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"],
            ["Daftar Nominatif Pegawai Menjelang Batas Usia Pensiun (BUP) | Tanggal Cetak: "
             + _PRINTED.strftime("%d/%m/%Y %H:%M:%S") + " WIB"],
            [],
            ["NO", "NAMA PEGAWAI", "NIP", "GOL", "JABATAN", "ESELON", "PERANGKAT DAERAH", "UNIT KERJA (UNOR)",
             "TGL LAHIR", "USIA SAAT INI", "BUP", "TMT PENSIUN", "SISA MASA KERJA"],
            *[_bup_row(no, p) for no, p in enumerate(_BUP_PEOPLE, start=1)],
            ["TOTAL NOMINATIF", None, None, None, f"{len(_BUP_PEOPLE)} Pegawai Terdaftar"],
        ],
    },
    merged={"Sheet1": ["A1:M1", "A2:M2", "A3:M3", f"A{6 + len(_BUP_PEOPLE)}:D{6 + len(_BUP_PEOPLE)}",
                       f"E{6 + len(_BUP_PEOPLE)}:M{6 + len(_BUP_PEOPLE)}"]},
    expected={
        "golongan": {"IV/c": 1, "IV/b": 1, "IV/a": 1, "III/d": 1, "III/c": 1, "III/b": 1, "II/d": 1, "II/c": 1},
        "position_type": {"Struktural": 2, "Fungsional": 2, "Pelaksana": 4},
    },
    note=(
        "A roster printed by a kabupaten BKPSDM tool: three title rows merged across the 13 columns (the third with "
        "the print timestamp), an empty row, the header in row 5, one row per employee sorted by TMT pensiun, and "
        "a closing 'TOTAL NOMINATIF' row whose count is text ('8 Pegawai Terdaftar') merged over E:M. Golongan is "
        "the only modelled column (no gender or education column; ESELON '-' or 'III.b'; USIA/BUP/SISA are text "
        "such as '57 Thn 10 Bln', '58 Tahun', '2 Bulan lagi'). Eight synthetic people aged 56–59; NIPs agree with TGL "
        "LAHIR and the sex of the invented names. The tool writes an HTML table with an .xls name; here it is the "
        "same cells in an .xlsx. Every JABATAN tells its kind (Kepala …: struktural; '… Ahli Muda': fungsional; "
        "Pengadministrasi …, Pengelola …, Pengemudi: pelaksana), so position type is read and only education is "
        "missing; with the kinds, the BUP is known, and six of the eight reach it in 2025 (their TMT PENSIUN is in "
        "2025 or on 1 January 2026, as the export itself prints): a list printed in January 2025 of people about to "
        "retire, in the 2025 folder, gives the past_retirement warning (the collector first expected two "
        "column_missing, before the kit read jabatan names: issue 11, seventh set's tuning)."
    ),
    findings=(("warning", "column_missing"), ("warning", "past_retirement")),
)

# ---------------------------------------------------------------- 8. SIMPEG 'rekap' export (peg_ columns)

# (serial, female, birth, appointed, opd, gol, jabatan, jenis, eselon, name)
_SIMPEG_PEOPLE = [
    (61, False, "19690512", "199403", "Dinas Pendidikan", "IV/c", "Kepala Dinas", "Struktural", "II", "Drs. SURYA DARMA, M.Pd"),
    (62, True, "19740920", "199903", "Dinas Pendidikan", "IV/a", "Sekretaris", "Struktural", "III", "Dra. WINARTI, M.Si"),
    (63, False, "19800301", "200604", "Dinas Pendidikan", "III/d", "Kepala Seksi Kurikulum", "Struktural", "IV", "AGUS HERMAWAN S.Pd."),
    (64, True, "19860714", "201101", "Dinas Pendidikan", "III/b", "Analis Kepegawaian Ahli Pertama", "Fungsional", "NON-ESELON", "RINI ASTUTI S.E."),
    (65, False, "19710227", "199603", "Dinas Kesehatan", "IV/b", "Kepala Dinas", "Struktural", "II", "dr. HENDRA GUNAWAN M.Kes."),
    (66, True, "19830418", "200902", "Dinas Kesehatan", "III/c", "Epidemiolog Kesehatan Ahli Muda", "Fungsional", "NON-ESELON", "SITI MARYAM S.KM."),
    (67, True, "19900606", "201503", "Dinas Kesehatan", "III/a", "Nutrisionis Ahli Pertama", "Fungsional", "NON-ESELON", "AYU LESTARI S.Gz."),
    (68, False, "19780809", "200501", "Dinas PU", "III/d", "Kepala Bidang Bina Marga", "Struktural", "III", "BAMBANG SETIAWAN S.T."),
    (69, False, "19880125", "201403", "Dinas PU", "III/b", "Teknik Jalan dan Jembatan Ahli Pertama", "Fungsional", "NON-ESELON", "DIMAS PRATAMA S.T."),
    (70, True, "19920911", "201903", "Dinas PU", "II/c", "Teknik Pengairan Terampil", "Fungsional", "NON-ESELON", "NOVITA SARI A.Md.T."),
]

SIMPEG_REKAP = Layout(
    id="staff-simpeg-rekap-peg-kolom",
    dataset="staff",
    agency="SIMPEG 'rekap' export of a pemerintah daerah (OPD × golongan × jabatan), several OPDs — export (synthetic people)",
    source=(
        "https://github.com/RayRama/analisa-kepegawaian README.md, 'Struktur Data CSV yang Diperlukan' "
        "(peg_nip, peg_nama, satuan_kerja_nama, golongan, jabatan_nama, jabatan_jenis, eselon)"
    ),
    year=2024,
    sheets={
        "rekap": [["peg_nip", "peg_nama", "satuan_kerja_nama", "golongan", "jabatan_nama", "jabatan_jenis", "eselon"]]
        + [[nip(s, female=f, birth=b, appointed=a), name, opd, gol, jab, jenis, esl]
           for s, f, b, a, opd, gol, jab, jenis, esl, name in _SIMPEG_PEOPLE],
    },
    expected={
        "golongan": {"IV/c": 1, "IV/b": 1, "IV/a": 1, "III/d": 2, "III/c": 1, "III/b": 2, "III/a": 1, "II/c": 1},
        "position_type": {"Struktural": 5, "Fungsional": 5},
    },
    note=(
        "Database-style column names with the SIMPEG 'peg_' prefix in row 1 and nothing else; one sheet holding "
        "several OPDs (satuan_kerja_nama); jabatan_jenis only 'Struktural' or 'Fungsional' (the documented values: "
        "a pelaksana would come as 'Fungsional', so position_type counts follow the column, not the job names); "
        "eselon as roman group or 'NON-ESELON'; names with degrees but without commas, as in the documented sample. "
        "No gender or education column (the NIP's sex digit agrees with the synthetic names anyway). Ten synthetic "
        "people; peg_nip kept as 18-digit text (a CSV opened naively in Excel would turn it into 1.97E+17)."
    ),
    findings=(("warning", "column_missing"),),
)

# ---------------------------------------------------------------- 9. SIMPEG Kota Payakumbuh: golongan ruang × jender per SKPD (49 columns)

_PYK_GROUPS = [("I", "1", "abcd"), ("II", "2", "abcd"), ("III", "3", "abcd"), ("IV", "4", "abcde")]

# SKPD → {ruang: (laki-laki, perempuan)}; synthetic counts in the real report layout
_PYK_SKPD = {
    "Sekretariat Daerah": {"2/b": (1, 0), "2/c": (2, 1), "3/a": (2, 3), "3/b": (3, 2), "3/c": (1, 2), "3/d": (2, 1),
                           "4/a": (2, 1), "4/b": (1, 0), "4/c": (1, 0)},
    "Sekretariat DPRD": {"1/c": (1, 0), "2/a": (2, 0), "2/d": (1, 1), "3/a": (1, 2), "3/b": (2, 1), "3/d": (1, 1),
                         "4/a": (1, 0), "4/b": (0, 1)},
    "Dinas Kesehatan": {"2/c": (1, 4), "2/d": (0, 3), "3/a": (1, 2), "3/b": (2, 5), "3/c": (1, 3), "3/d": (1, 2),
                        "4/a": (2, 2), "4/b": (1, 1), "4/c": (0, 1)},
    "Kecamatan Payakumbuh Barat": {"1/d": (1, 0), "2/a": (1, 1), "2/b": (2, 0), "3/a": (1, 2), "3/b": (1, 1), "3/c": (1, 0),
                                   "3/d": (1, 1), "4/a": (1, 0)},
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia": {"2/c": (1, 1), "3/a": (2, 2), "3/b": (1, 2), "3/c": (1, 1),
                                                               "3/d": (2, 1), "4/a": (1, 0), "4/b": (1, 0)},
}


def _pyk_header() -> list[list]:
    band, sex, ruang = ["No.", "SKPD"], [None, None], [None, None]
    for roman, digit, letters in _PYK_GROUPS:
        width = len(letters) + 1
        band += [f"Golongan {roman}"] + [None] * (2 * width)
        sex += ["Laki-Laki"] + [None] * (width - 1) + ["Perempuan"] + [None] * (width - 1) + [f"JML {roman}"]
        ruang += [f"{digit}/{r}" for r in letters] + ["Jml"] + [f"{digit}/{r}" for r in letters] + ["Jml", None]
    return [band + ["Total"], sex + [None], ruang + [None]]


def _pyk_row(no: int, skpd: str, counts: dict) -> list:
    row, total = [no, skpd], 0
    for _roman, digit, letters in _PYK_GROUPS:
        men = [counts.get(f"{digit}/{r}", (0, 0))[0] for r in letters]
        women = [counts.get(f"{digit}/{r}", (0, 0))[1] for r in letters]
        row += men + [sum(men)] + women + [sum(women)] + [sum(men) + sum(women)]
        total += sum(men) + sum(women)
    return row + [total]


def _pyk_merges() -> list[str]:
    from openpyxl.utils import get_column_letter as col
    merges = ["A1:AW1", "A2:AW2", "A3:AW3", "A4:A6", "B4:B6", "AW4:AW6"]
    start = 3
    for _roman, _digit, letters in _PYK_GROUPS:
        width = len(letters) + 1
        merges.append(f"{col(start)}4:{col(start + 2 * width)}4")
        merges.append(f"{col(start)}5:{col(start + width - 1)}5")
        merges.append(f"{col(start + width)}5:{col(start + 2 * width - 1)}5")
        merges.append(f"{col(start + 2 * width)}5:{col(start + 2 * width)}6")
        start += 2 * width + 1
    return merges


SIMPEG_PAYAKUMBUH = Layout(
    id="staff-simpeg-payakumbuh-golru-jender-skpd",
    dataset="staff",
    agency="Pemerintah Kota Payakumbuh SIMPEG (BKPSDM) — kota-wide report by SKPD (layout real, counts synthetic)",
    source=(
        "Public GitHub Laravel SIMPEG of Kota Payakumbuh: LaporanController golonganJender() (search index file id "
        "34558594395, 'REKAPITULASI JUMLAH PNS BERDASARKAN GOLONGAN RUANG DAN JENDER') and its export view "
        "laporan.golonganJender (index file id 34418679234)"
    ),
    year=2024,
    sheets={
        "Sheet1": [
            ["REKAPITULASI JUMLAH PNS BERDASARKAN GOLONGAN RUANG DAN JENDER"],
            ["DI LINGKUNGAN PEMERINTAH KOTA PAYAKUMBUH"],
            ["PROPINSI SUMATERA BARAT"],
            *_pyk_header(),
            *[_pyk_row(no, skpd, counts) for no, (skpd, counts) in enumerate(_PYK_SKPD.items(), start=1)],
        ],
    },
    merged={"Sheet1": _pyk_merges()},
    expected={
        "golongan": {
            "I/c": 1, "I/d": 1, "II/a": 4, "II/b": 3, "II/c": 10, "II/d": 5,
            "III/a": 18, "III/b": 20, "III/c": 10, "III/d": 13, "IV/a": 10, "IV/b": 5, "IV/c": 2,
        },
        "gender": {"Laki-laki": 51, "Perempuan": 51},
    },
    note=(
        "A 49-column report: three title rows merged across, then a three-row header band — 'Golongan I' … "
        "'Golongan IV' over 'Laki-Laki' | 'Perempuan' | 'JML I', over the ruang written with digits ('1/a' … '4/e', "
        "the kit's '3a'-style spelling) and a 'Jml' after each sex; 'Total' at the far right. One row per SKPD, no "
        "grand-total row (the view has none), zeros printed as 0. Every group repeats ruang labels under both sexes, "
        "so a reader must carry the sex from the band above. The layout and title rows are the template's; the five "
        "SKPD rows and their counts are synthetic (internally consistent: every Jml, JML and Total is the sum of its "
        "cells, 102 PNS)."
    ),
)

# ---------------------------------------------------------------- 10. Rekap report: golongan | eselon | pendidikan side by side, then golongan × sex

_REKAP_GOL = [("IV/b", 1), ("IV/a", 2), ("III/d", 4), ("III/c", 3), ("III/b", 5), ("III/a", 4), ("II/d", 2), ("II/c", 3), ("II/a", 1)]
_REKAP_ESELON = [("III.a", 1), ("IV.a", 3), ("IV.b", 2)]
_REKAP_JENJANG = [("S2", 3), ("S1", 12), ("D4", 1), ("D3", 4), ("SLTA", 5)]


def _rekap_block() -> list[list]:
    rows = []
    for i, (gol, n) in enumerate(_REKAP_GOL):
        esl = _REKAP_ESELON[i] if i < len(_REKAP_ESELON) else (None, None)
        jen = _REKAP_JENJANG[i] if i < len(_REKAP_JENJANG) else (None, None)
        rows.append([gol, n, *esl, *jen])
    rows.append(["Total", sum(n for _, n in _REKAP_GOL), None, sum(n for _, n in _REKAP_ESELON), None,
                 sum(n for _, n in _REKAP_JENJANG)])
    return rows


REKAP_KLASIFIKASI = Layout(
    id="staff-rekap-klasifikasi-side-by-side",
    dataset="staff",
    agency="Unit SIMPEG 'rekap pegawai' report of an agency with PNS, PTTB and PTTH staff — report (layout real, counts synthetic)",
    source=(
        "Public GitHub Laravel Blade report template (search index file id 33875548489): 'Klasifikasi PNS Berdasarkan "
        "Golongan / Eselon / Pendidikan', 'Rincian Jumlah PNS Berdasarkan Golongan dan Jenis Kelamin', 'Rincian "
        "Jumlah PTTB / PTTH Berdasarkan Pendidikan dan Jenis Kelamin', 'Total Pegawai Berdasarkan Status Pegawai dan "
        "Bidang', then @include('templates.ttd')"
    ),
    year=2024,
    sheets={
        "Rekap": [
            ["Tanggal : 06-01-2025"],
            ["REKAPITULASI PEGAWAI"],
            ["Keadaan Desember 2024"],
            [],
            ["Klasifikasi PNS Berdasarkan Golongan / Eselon / Pendidikan"],
            ["Golongan", None, "Eselon", None, "Pendidikan", None],
            ["Gol", "Jumlah", "Eselon", "Jumlah", "Jenjang", "Jumlah"],
            *_rekap_block(),
            ["Rincian Jumlah PNS Berdasarkan Golongan dan Jenis Kelamin"],
            ["Golongan (Romawi)", None, None, "Jenis Kelamin", None, None],
            ["Gol", "Jumlah", None, "Jenis Kelamin", "Jumlah", None],
            ["IV", 3, None, "Pria", 14, None],
            ["III", 16, None, "Wanita", 11, None],
            ["II", 6, None, None, None, None],
            ["I", 0, None, None, None, None],
            ["Total", 25, None, None, 25, None],
            ["Rincian Jumlah PTTB / PTTH Berdasarkan Pendidikan dan Jenis Kelamin"],
            ["PTTB"],
            ["Pendidikan", None, None, "Jenis Kelamin", None, None],
            ["S1", 2, None, "Laki-laki", 2, None],
            ["D3", 1, None, "Perempuan", 2, None],
            ["SMA", 1, None, None, None, None],
            ["Total", 4, None, None, 4, None],
            [],
            [],
            ["PTTH"],
            ["Pendidikan", None, None, "Jenis Kelamin", None, None],
            ["SMA", 3, None, "Laki-laki", 3, None],
            ["SMP", 1, None, "Perempuan", 1, None],
            ["Total", 4, None, None, 4, None],
            ["Total Pegawai Berdasarkan Status Pegawai dan Bidang"],
            ["Status", None, None, "Bidang", None, None],
            ["PNS", 25, None, "Sub Bagian Tata Usaha", 9, None],
            ["PTTB", 4, None, "Seksi Pelayanan", 12, None],
            ["PTTH", 4, None, "Seksi Evaluasi dan Informasi", 12, None],
            ["Total", 33, None, None, 33, None],
            [],
            [None, None, None, "Mengetahui,"],
            [None, None, None, "Kepala Balai"],
            [],
            [],
            [None, None, None, "NAMA KEPALA, S.T., M.T."],
            [None, None, None, "NIP. " + nip(99, birth="19750505", appointed="200003")],
        ],
    },
    merged={
        "Rekap": [
            "A5:F5", "A6:B6", "C6:D6", "E6:F6",
            "A18:F18", "A19:C19", "D19:F19", "B20:C20", "E20:F20", "B21:C21", "E21:F21", "B22:C22", "E22:F22",
            "B23:C23", "E23:F23", "B24:C24", "E24:F24", "B25:C25", "E25:F25",
            "A26:F26", "A27:F27", "A28:C28", "D28:F28", "B29:C29", "E29:F29", "B30:C30", "E30:F30", "B31:C31",
            "E31:F31", "B32:C32", "E32:F32",
            "A35:F35", "A36:C36", "D36:F36", "B37:C37", "E37:F37", "B38:C38", "E38:F38", "B39:C39", "E39:F39",
            "A40:F40", "A41:C41", "D41:F41", "B42:C42", "E42:F42", "B43:C43", "E43:F43", "B44:C44", "E44:F44",
            "B45:C45", "E45:F45",
        ],
    },
    expected={
        "golongan": {"IV/b": 1, "IV/a": 2, "III/d": 4, "III/c": 3, "III/b": 5, "III/a": 4, "II/d": 2, "II/c": 3, "II/a": 1},
        "gender": {"Laki-laki": 14, "Perempuan": 11},
        "education": {"S2": 3, "S1": 12, "D4": 1, "D3": 4, "SMA": 5},
    },
    note=(
        "Three one-dimension tables share rows side by side (Gol | Jumlah, Eselon | Jumlah, Jenjang | Jumlah) and "
        "end in one 'Total' row whose Eselon total (6) counts only eselon holders; below, golongan groups (Romawi "
        "IV … I, which agree with the ruang block: 3, 16, 6, 0) stand beside a Pria/Wanita table, each 'Jumlah' "
        "merged over two cells; then education × sex tables for PTTB and PTTH (non-ASN contract staff: not PNS, "
        "not in expected; the kit must not add them to the PNS education counts), a status/bidang table (unit "
        "dimension: skipped) and a signature block. The template's PTTB sex total is value[0] + value[0] (it "
        "doubles the first sex): the synthetic PTTB counts (2 and 2) make that bug invisible here, so no finding. "
        "The report title is a template variable ($title; 'REKAPITULASI PEGAWAI' here), the signature comes from an "
        "included template not seen (invented name, NIP from workbooks.nip); all counts synthetic and consistent "
        "(25 PNS). The original is a PDF/HTML report; these are its cells laid in a sheet."
    ),
)

# ---------------------------------------------------------------- 11. Departemen Kesehatan: PNS by unit utama (kementerian)

DEPKES_UNIT = Layout(
    id="staff-depkes-2004-pns-unit-utama",
    dataset="staff",
    agency="Departemen Kesehatan RI, Biro Kepegawaian — kementerian (unit utama and their UPT)",
    source=(
        "https://text-id.123dok.com/document/wq2k5g6rq-sdm-kesehatan-persebaran-sdm-kesehatan.html "
        "(TABEL 5.3 JUMLAH PNS DI UNIT UTAMA DEPKES DAN UPTNYA TAHUN 2004)"
    ),
    year=2004,
    sheets={
        "Tabel 5.3": [
            ["TABEL 5.3"],
            ["JUMLAH PNS DI UNIT UTAMA DEPKES DAN UPTNYA TAHUN 2004"],
            ["No", "Unit Kerja", "Jumlah"],
            [1, "Sekretariat Jenderal", "1.169"],
            [2, "Inspektorat Jendral", "148"],
            [3, "Ditjen Binkesmas", "709"],
            [4, "Ditjen Yanmedik", "27.211"],
            [5, "Ditjen PP - PL", "2.156"],
            [6, "Ditjen Yanfar dan Alkes", "158"],
            [7, "Badan Litbangkes", "1.019"],
            [8, "Badan PPSDM Kesehatan", "7.459"],
            ["Jumlah", None, "44.941"],
            ["Sumber : Biro Kepegawaian, Depkes, Desember 2005"],
        ],
    },
    merged={"Tabel 5.3": ["A1:C1", "A2:C2", "A12:B12", "A13:C13"]},
    expected={"status": {"PNS": 40_029}},
    findings=((E, "sum_mismatch"),),
    note=(
        "A kementerian table by unit only, under a caption naming the one status of everyone it counts ('JUMLAH PNS DI "
        "UNIT UTAMA …'). Unit is not a modelled dimension, so the case was first a refusal ('a table by unit'); since "
        "the eighteenth set's tuning a table of units with one headcount column whose caption names one status is "
        "read as the table by that status (the sum of its rows, PNS 40,029; the payroll recaps by SKPD 'Periode: … | "
        "PNS' are the same shape), and the Jumlah row is checked against it: the published mistake below is the "
        "expected sum_mismatch. Counts printed with a dot as thousands separator, as text ('27.211'). Published "
        "mistake kept: the eight unit rows add up to 40.029 but the Jumlah row prints 44.941 (4.912 more), and the "
        "text above the table gives Ditjen Yanmedik as 27.221 against the table's 27.211. The year is the table's "
        "(2004); the source line is dated December 2005."
    ),
)

# ---------------------------------------------------------------- 12. SIMPEG Kota Payakumbuh: pendidikan per SKPD, export with a shifted header

_PYK_EDU_LEVELS = ["SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S1", "S2", "S3", "DLL"]
# SKPD → counts in the controller's column order SD … S3, DLL (synthetic; same SKPDs and headcounts as case 9)
_PYK_EDU = {
    "Sekretariat Daerah": [0, 0, 4, 0, 0, 2, 1, 13, 5, 0, 0],
    "Sekretariat DPRD": [1, 0, 4, 0, 0, 1, 0, 7, 2, 0, 0],
    "Dinas Kesehatan": [0, 0, 2, 0, 0, 9, 3, 12, 5, 1, 0],
    "Kecamatan Payakumbuh Barat": [0, 1, 5, 0, 0, 1, 0, 6, 1, 0, 0],
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia": [0, 0, 2, 0, 0, 2, 1, 8, 3, 0, 0],
}

SIMPEG_PAYAKUMBUH_PENDIDIKAN = Layout(
    id="staff-simpeg-payakumbuh-pendidikan-header-geser",
    dataset="staff",
    agency="Pemerintah Kota Payakumbuh SIMPEG (BKPSDM) — kota-wide report by SKPD (layout real, counts synthetic)",
    source=(
        "Public GitHub Laravel SIMPEG of Kota Payakumbuh: LaporanController pendidikan() (search index file id "
        "34558594395, 'REKAPITULASI JUMLAH PNS BERDASARKAN PENDIDIKAN PER UNIT KERJA') and its export view "
        "(index file id 34453834302)"
    ),
    year=2024,
    sheets={
        "Sheet1": [
            ["REKAPITULASI JUMLAH PNS BERDASARKAN PENDIDIKAN PER UNIT KERJA"],
            ["DI LINGKUNGAN PEMERINTAH KOTA PAYAKUMBUH"],
            ["PROPINSI SUMATERA BARAT"],
            ["No.", "SKPD", "Pendidikan", None, None, None, None, None, None, None, None, None, None, "Jumlah"],
            [None, None, None, None, "SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S1", "S2", None, "S3", "DLL"],
            *[[no, skpd, *counts, sum(counts)] for no, (skpd, counts) in enumerate(_PYK_EDU.items(), start=1)],
        ],
    },
    merged={"Sheet1": ["A1:N1", "A2:N2", "A3:N3", "A4:A5", "B4:B5", "C4:M4", "N4:N5"]},
    expected={"education": {"SD": 1, "SMP": 1, "SMA": 17, "D3": 15, "D4": 5, "S1": 46, "S2": 16, "S3": 1}},
    note=(
        "The export view's second header row starts with two empty <th> although No. and SKPD already span it, so "
        "as the HTML table is laid out the level labels land two columns to the right of their data: C5 and D5 are "
        "empty, 'SD' stands over the SMA counts (column E), …, 'S2' over the DLL column (M); the Jumlah cell spanning "
        "N4:N5 pushes 'S3' and 'DLL' out to O5 and P5, beyond the table. The data rows themselves follow the "
        "controller's order (C = SD_ALL … L = S3_ALL, M = DLL, N = ALL), and expected follows the data, not the "
        "shifted labels (a reader trusting the labels would report the 17 SMA as 'SD' …). Published-template mistake, no "
        "finding id models it. Three title rows merged across A:N; no total row. Counts synthetic, consistent with "
        "the golongan × jender report of the same SIMPEG (102 PNS, same SKPD headcounts); DLL is 0 everywhere."
    ),
    refused=("cell A5: expected a header over the data: in rows 6–10, columns C, D, N hold values under no header of "
             "their own, while 'Jumlah › S3' (O5), 'Jumlah › DLL' (P5) head empty columns; the header looks shifted against "
             "its data: move each header cell of row 5 over the values it names"),
)

# ================================================================ held-out set (issue 11, second corpus)
# Layouts collected after the recognition layer was built, to measure it on exports it was not tuned on.

# ---------------------------------------------------------------- 13. Dinsosnakertrans Kota Surakarta: an honorer row in the golongan table

_SOLO_SOURCE = "Sumber : Sub Bagian Umum dan Kepegawaian Dinsosnakertrans Kota Surakarta Februari 2009"

SOLO_DINSOSNAKERTRANS = Layout(
    id="staff-dinsosnakertrans-surakarta-honorer-2009",
    dataset="staff",
    agency="Dinas Sosial, Tenaga Kerja dan Transmigrasi Kota Surakarta — kota OPD (tables quoted in a UNS thesis)",
    source=("https://text-id.123dok.com/document/6qmog2mwy-identifikasi-pegawai-deskripsi-lokasi-penelitian.html "
            "(Tabel 2.1 Jumlah Pegawai Berdasarkan Golongan/Kepangkatan, Tabel 2.2 Jumlah Pegawai Berdasarkan Jenjang Pendidikan)"),
    year=2009,
    sheets={
        "Pegawai": [
            ["Tabel 2.1 Jumlah Pegawai Berdasarkan Golongan/Kepangkatan", None, None],
            ["No.", "Golongan/Pangkat", "Jumlah"],
            ["1.", "Golongan IVc", "1 orang"],
            ["2.", "Golongan IVb", "4 orang"],
            ["3.", "Golongan IVa", "6 orang"],
            ["4.", "Golongan IIId", "20 orang"],
            ["5.", "Golongan IIIc", "15 orang"],
            ["6.", "Golongan IIIb", "23 orang"],
            ["7.", "Golongan IIIa", "6 orang"],
            ["8.", "Golongan IId", "6 orang"],
            ["9.", "Golongan IIc", "2 orang"],
            ["10.", "Golongan IIb", "1 orang"],
            ["11.", "Golongan IIa", "9 orang"],
            ["12.", "Honorer", "1 orang"],
            ["Jumlah", None, "94 orang"],
            [_SOLO_SOURCE, None, None],
            [],
            ["Tabel 2.2 Jumlah Pegawai Berdasarkan Jenjang Pendidikan", None, None],
            ["No.", "Jenjang Pendidikan", "Jumlah"],
            ["1.", "S2", "6 orang"],
            ["2.", "S1", "42 orang"],
            ["3.", "Sarjana Muda", "3 orang"],
            ["4.", "D3", "4 orang"],
            ["5.", "D2", "-"],
            ["6.", "D1", "-"],
            ["7.", "SMA", "35 orang"],
            ["8.", "SMP", "2 orang"],
            ["9.", "SD", "2 orang"],
            ["Jumlah", None, "94 orang"],
            [_SOLO_SOURCE, None, None],
        ],
    },
    merged={"Pegawai": ["A1:C1", "A15:B15", "A16:C16", "A18:C18", "A29:B29", "A30:C30"]},
    expected={
        "golongan": {"IV/c": 1, "IV/b": 4, "IV/a": 6, "III/d": 20, "III/c": 15, "III/b": 23, "III/a": 6,
                     "II/d": 6, "II/c": 2, "II/b": 1, "II/a": 9},
        "education": {"S2": 6, "S1": 42, "D3": 7, "SMA": 35, "SMP": 2, "SD": 2},
    },
    note=(
        "Two one-column summaries as a thesis quotes them: a 'No.' column numbered '1.' … '12.', counts as text with "
        "'orang' ('23 orang'), '-' for none, 'Jumlah' with the total in the count column. The golongan table ends "
        "with a non-ASN row 'Honorer 1 orang' (the total 94 includes it): the 93 PNS are the golongan counts, the "
        "honorer is not a golongan (a kit should say it set the row aside, at most as info; 93 against the education "
        "table's 94 is explained by it, not a disagreement). Golongan written 'Golongan IVc' (no slash). Education: "
        "'Sarjana Muda' (the pre-1990s three-year degree) is D3 in BKN's tingkat pendidikan, so D3 = 4 + 3. Both "
        "tables add up (94); the thesis text calls SMA 'SLTA'. No published mistake."
    ),
)

# ---------------------------------------------------------------- 14. PTN DUK export: Dosen, Tendik and PHL sections in one sheet

_DUK_PTN_HEAD = [
    "NO", "NAMA PEGAWAI", "NIP / NIDN", "GOLONGAN / PANGKAT", "JABATAN", "UNIT KERJA", "PENDIDIKAN TERAKHIR",
    "KATEGORI PEGAWAI", "TANGGAL MASUK", "TMT SK PERTAMA", "TMT PANGKAT TERAKHIR", "TMT PANGKAT KEDEPAN",
    "TMT KGB TERAKHIR", "TMT KGB KEDEPAN", "MASA KERJA", "SATYALANCANA", "STATUS PEGAWAI",
]

# (serial, female, birth, appointed, nidn, gol - pangkat, jabatan, unit, pendidikan, name)
_DUK_DOSEN = [
    (51, False, "19660412", "199203", "0012046602", "IV/c - Pembina Utama Muda", "Lektor Kepala", "Fakultas Teknik", "S3", "Bambang Wicaksono"),
    (52, True, "19720830", "199903", "0030087203", "IV/a - Pembina", "Lektor Kepala", "Fakultas Ekonomi dan Bisnis", "S3", "Ratna Hapsari"),
    (53, False, "19810117", "200902", "0017018104", "III/c - Penata", "Lektor", "Fakultas Hukum", "S2", "Yusuf Maulana"),
    (54, True, "19900605", "201912", "0005069005", "III/b - Penata Muda Tingkat I", "Asisten Ahli", "Fakultas Teknik", "S2", "Anisa Rahmawati"),
]
_DUK_TENDIK = [
    (55, False, "19700921", "199403", None, "III/d - Penata Tingkat I", "Kepala Bagian Umum", "Biro Umum dan Keuangan", "S1", "Sutrisno"),
    (56, True, "19780214", "200503", None, "III/c - Penata", "Pranata Komputer Ahli Muda", "UPT Teknologi Informasi", "S1", "Dewi Lestari"),
    (57, False, "19850703", "201003", None, "III/a - Penata Muda", "Pranata Laboratorium Pendidikan", "Fakultas Teknik", "D3", "Agus Prasetyo"),
    (58, True, "19831109", "200901", None, "II/c - Pengatur Muda Tingkat I", "Pengadministrasi Akademik", "Biro Akademik", "SMA", "Sri Wahyuni"),
    (59, False, "19740526", "199803", None, "II/d - Pengatur Tingkat I", "Pengemudi", "Biro Umum dan Keuangan", "SMA", "Joko Susilo"),
]
_DUK_PHL = [
    ("Tenaga Kebersihan", "Biro Umum dan Keuangan", "SMP", "Slamet Riyadi", "02/01/2018"),
    ("Satpam", "Biro Umum dan Keuangan", "SMA", "Hendra Gunawan", "01/07/2019"),
    ("Tenaga Administrasi Kontrak", "Fakultas Hukum", "S1", "Putri Ayu Lestari", "03/01/2022"),
]


def _duk_ptn_row(no: int, person: tuple, kategori: str) -> list:
    serial, female, birth, appointed, nidn, gol, jabatan, unit, pendidikan, name = person
    number = nip(serial, female=female, birth=birth, appointed=appointed)
    nip_cell = "'" + number + (f" (NIDN: {nidn})" if nidn else "")
    tmt = _tmt(appointed, "/")
    years = 2024 - int(appointed[:4])
    return [no, name, nip_cell, gol, jabatan, unit, pendidikan, kategori, tmt, tmt, "01/04/2021", "01/04/2025",
            "01/03/2023", "01/03/2025", f"{years} Tahun 0 Bulan", "X Tahun" if years >= 10 else "-", "Aktif"]


def _duk_phl_row(no: int, person: tuple) -> list:
    jabatan, unit, pendidikan, name, masuk = person
    return [no, name, "'", "-", jabatan, unit, pendidikan, "PHL", masuk, "-", "-", "-", "-", "-", "-", "-", "Aktif"]


_BLANK17 = [None] * 17

DUK_PTN = Layout(
    id="staff-ptn-duk-dosen-tendik-phl-export",
    dataset="staff",
    agency="DUK export of a public university's staffing application (dosen, tendik and PHL) — PTN satker export (synthetic people)",
    source=("Public GitHub Laravel export class App\\Exports\\DukExport (search index file id 57443919869): headings(), "
            "collection() with sections 'I. DAFTAR URUT KEPANGKATAN DOSEN / TENAGA PENDIDIK (n ORANG)', 'II. … TENDIK', "
            "'III. DAFTAR URUT PEGAWAI HARIAN LEPAS (PHL) & TENAGA KONTRAK', 'REKAPITULASI TOTAL DUK', formatRow()"),
    year=2024,
    sheets={
        "Worksheet": [
            _DUK_PTN_HEAD,
            ["I. DAFTAR URUT KEPANGKATAN DOSEN / TENAGA PENDIDIK (4 ORANG)", *[None] * 16],
            *[_duk_ptn_row(n, p, "Dosen") for n, p in enumerate(_DUK_DOSEN, start=1)],
            _BLANK17,
            ["II. DAFTAR URUT KEPANGKATAN TENAGA KEPENDIDIKAN / TENDIK (5 ORANG)", *[None] * 16],
            *[_duk_ptn_row(n, p, "Tendik") for n, p in enumerate(_DUK_TENDIK, start=1)],
            _BLANK17,
            ["III. DAFTAR URUT PEGAWAI HARIAN LEPAS (PHL) & TENAGA KONTRAK (3 ORANG)", *[None] * 16],
            *[_duk_phl_row(n, p) for n, p in enumerate(_DUK_PHL, start=1)],
            _BLANK17,
            ["REKAPITULASI TOTAL DUK", *[None] * 16],
            ["1. Dosen (Tenaga Pendidik)", "4 Orang", *[None] * 15],
            ["2. Tendik (Tenaga Kependidikan)", "5 Orang", *[None] * 15],
            ["3. PHL & Tenaga Kontrak", "3 Orang", *[None] * 15],
            ["TOTAL KESELURUHAN PEGAWAI", "12 Orang", *[None] * 15],
        ],
    },
    expected={
        "golongan": {"IV/c": 1, "IV/a": 1, "III/d": 1, "III/c": 2, "III/b": 1, "III/a": 1, "II/d": 1, "II/c": 1},
        "gender": {"Laki-laki": 5, "Perempuan": 4},
        "education": {"S3": 2, "S2": 2, "S1": 2, "D3": 1, "SMA": 2},
    },
    findings=(("warning", "position_type_undecided"),),  # 'Pranata Laboratorium Pendidikan' without its jenjang
    note=(
        "One sheet, three sections under one heading row: each section opens with a title row in column A ('I. DAFTAR "
        "URUT KEPANGKATAN DOSEN … (4 ORANG)'), is numbered from 1 again, and ends with a blank row; a 'REKAPITULASI "
        "TOTAL DUK' block follows with counts as text ('4 Orang'). The NIP cell is written as the exporter writes it: "
        "a leading apostrophe kept as text and, for lecturers, the NIDN appended (\"'196604121992031051 (NIDN: "
        "0012046602)\"); PHL rows have no NIP (the cell is just \"'\") and golongan '-'. 'GOLONGAN / PANGKAT' joins "
        "golongan and pangkat ('III/b - Penata Muda Tingkat I'); there is no gender column (the NIP's digit 15 gives "
        "it); 'STATUS PEGAWAI' holds 'Aktif' (the exporter's fallback), not PNS/PPPK, and 'KATEGORI PEGAWAI' says "
        "Dosen/Tendik/PHL. Expected: the 9 ASN (4 dosen, 5 tendik); the 3 PHL are non-ASN, to be set aside and "
        "reported, not counted as golongan 'Tidak diketahui'. The rekap's 12 includes them. No jenis jabatan column: "
        "one expected warning column_missing, for position type. Nine synthetic people; "
        "names invented, NIPs from workbooks.nip, NIDNs invented."
    ),
)

# ---------------------------------------------------------------- 15. DUK as a kabupaten SIMPEG prints it: three header rows, pangkat and golongan in one cell

_DUK_KAB_HEAD1 = ["NO", "NAMA", None, "NIP", "PKT TERAKHIR", None, "JABATAN", None, "ESL", "MK GOL", None,
                  "LATIHAN JABATAN", None, None, "PEND AKHIR", None, None, "KET"]
_DUK_KAB_HEAD2 = [None, "TTL", None, None, "GOL/RUANG", "TMT", "NAMA", "TMT", None, "THN", "BLN", "NAMA", "THN",
                  "JML JAM", "ASAL", "T.LLS", "TK.IJAZAH", None]
_DUK_KAB_NUMS = [1, 2, None, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]

# (serial, female, birth, appointed, pangkat, gol, tmt_pangkat, jabatan, tmt_jab, eselon, mk_thn, mk_bln, diklat, diklat_thn, jam, sekolah, lulus, tingkat, name, place)
_DUK_KAB = [
    (61, False, "19680305", "199403", "Pembina Tingkat I", "IV/b", "2019-04-01", "Kepala Dinas", "2021-02-15", "II.b", 5, 8,
     "PIM II", "2016", 285, "Universitas Diponegoro", "2005-09-10", "S2", "Sugeng Haryanto", "Klaten"),
    (62, True, "19750822", "200003", "Pembina", "IV/a", "2020-10-01", "Sekretaris", "2022-01-03", "III.a", 4, 2,
     "PIM III", "2018", 240, "Universitas Sebelas Maret", "1998-11-21", "S1", "Endang Sulistyowati", "Sragen"),
    (63, False, "19790107", "200503", "Penata Tingkat I", "III/d", "2021-04-01", "Kepala Bidang Aplikasi Informatika",
     "2022-01-03", "III.b", 3, 8, "PKA", "2022", 200, "Universitas Gadjah Mada", "2002-08-30", "S1", "Teguh Santoso", "Boyolali"),
    (64, True, "19830416", "200902", "Penata", "III/c", "2021-10-01", "Pranata Komputer Ahli Muda", "2021-11-01", None, 3, 2,
     None, None, None, "Universitas Dian Nuswantoro", "2006-09-02", "S1", "Rina Kusumawati", "Semarang"),
    (65, False, "19880925", "201503", "Penata Muda Tingkat I", "III/b", "2019-04-01", "Pranata Humas Ahli Pertama",
     "2020-03-02", None, 5, 8, None, None, None, "Universitas Negeri Semarang", "2011-03-19", "S1", "Dimas Saputra", "Kendal"),
    (66, True, "19910512", "201903", "Penata Muda", "III/a", "2019-03-01", "Pengelola Data", "2019-03-01", None, 5, 9,
     None, None, None, "Politeknik Negeri Semarang", "2013-10-05", "D4", "Nur Hidayah", "Demak"),
    (67, False, "19860203", "201012", "Pengatur Tingkat I", "II/d", "2022-04-01", "Pengadministrasi Umum", "2015-01-02", None, 1, 8,
     None, None, None, "SMK Negeri 1 Klaten", "2004-06-12", "SMA", "Wahyu Nugroho", "Klaten"),
    (68, True, "19921130", "201403", "Pengatur", "II/c", "2018-04-01", "Pengelola Keuangan", "2016-07-01", None, 6, 8,
     None, None, None, "Politeknik Indonusa Surakarta", "2013-08-24", "D3", "Siti Maesaroh", "Surakarta"),
]


def _duk_kab_row(no: int, p: tuple) -> list:
    (serial, female, birth, appointed, pangkat, gol, tmt_pkt, jabatan, tmt_jab, eselon, mk_thn, mk_bln, diklat, diklat_thn,
     jam, sekolah, lulus, tingkat, name, place) = p
    birth_text = f"{birth[:4]}-{birth[4:6]}-{birth[6:]}"
    return [no, f"{name}\n{place},{birth_text}", None, nip(serial, female=female, birth=birth, appointed=appointed),
            f"{pangkat}\n{gol}", tmt_pkt, jabatan, tmt_jab, eselon, mk_thn, mk_bln, diklat, diklat_thn, jam, sekolah, lulus,
            tingkat, "PNS"]


DUK_KABUPATEN = Layout(
    id="staff-duk-simpeg-kabupaten-three-header-rows",
    dataset="staff",
    agency="Daftar Urut Kepangkatan of a kabupaten OPD as a PHP SIMPEG prints it (unit invented) — kabupaten OPD export (synthetic people)",
    source=("Public GitHub PHP SIMPEG report (search index file id 5915298225, TCPDF 'DAFTAR URUT KEPANGKATAN PEGAWAI "
            "NEGERI SIPIL … KABUPATEN … TAHUN'): the table's two header rows, the column-number row 1 … 17, the cells "
            "each row writes and the signature block"),
    year=2024,
    sheets={
        "DUK": [
            ["DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL", *[None] * 17],
            ["DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN KLATEN TAHUN 2024", *[None] * 17],
            [None] * 18,
            _DUK_KAB_HEAD1,
            _DUK_KAB_HEAD2,
            _DUK_KAB_NUMS,
            *[_duk_kab_row(n, p) for n, p in enumerate(_DUK_KAB, start=1)],
            [None] * 18,
            [None] * 18,
            [*[None] * 13, "KLATEN, 4 December 2024", None, None, None, None],
            [*[None] * 13, "DINAS KOMUNIKASI DAN INFORMATIKA", None, None, None, None],
            [*[None] * 13, "KABUPATEN KLATEN", None, None, None, None],
            [None] * 18,
            [*[None] * 13, "Sugeng Haryanto", None, None, None, None],
            [*[None] * 13, "Pembina Tingkat I", None, None, None, None],
            [*[None] * 13, "NIP. " + nip(61, birth="19680305", appointed="199403"), None, None, None, None],
        ],
    },
    merged={"DUK": ["A1:R1", "A2:R2", "A4:A5", "B4:C4", "D4:D5", "E4:F4", "G4:H4", "I4:I5", "J4:K4", "L4:N4", "O4:Q4",
                    "R4:R5", "B5:C5", "B6:C6", *[f"B{r}:C{r}" for r in range(7, 15)]]},
    expected={
        "golongan": {"IV/b": 1, "IV/a": 1, "III/d": 1, "III/c": 1, "III/b": 1, "III/a": 1, "II/d": 1, "II/c": 1},
        "gender": {"Laki-laki": 4, "Perempuan": 4},
        "education": {"S2": 1, "S1": 4, "D4": 1, "D3": 1, "SMA": 1},
        "position_type": {"Struktural": 3, "Fungsional": 2, "Pelaksana": 3},
    },
    note=(
        "The classic DUK: two header rows where every field is a group over its parts (PKT TERAKHIR over GOL/RUANG | "
        "TMT, JABATAN over NAMA | TMT, MK GOL over THN | BLN, LATIHAN JABATAN over NAMA | THN | JML JAM, PEND AKHIR "
        "over ASAL | T.LLS | TK.IJAZAH), NAMA over TTL in one merged two-column cell, then a column-number row 1 … 17. "
        "Each row writes name and birth place/date in one cell ('Name\\nKlaten,1968-03-05'), and pangkat with golongan "
        "in one cell ('Pembina Tingkat I\\nIV/b'); the education level is TK.IJAZAH under PEND AKHIR (the school name "
        "is ASAL). Two header names repeat (NAMA, TMT, THN). There is no jenis jabatan column, but every JABATAN › NAMA "
        "tells its kind (Kepala …, Sekretaris: struktural; '… Ahli Muda', '… Ahli Pertama': fungsional; Pengelola …, "
        "Pengadministrasi …: pelaksana), so no warning (the collector first expected column_missing for position "
        "type, before the kit read jabatan names: issue 11, seventh set's tuning). Below "
        "the table, the signature block the tool prints (its "
        "date in English, date('j F Y')). Eight synthetic PNS; names invented, NIPs from workbooks.nip; unit and "
        "place invented."
    ),
)

# ---------------------------------------------------------------- 16. Satker staff by gender, ASN and PPNPN side by side

SATKER_PPNPN = Layout(
    id="staff-satker-asn-ppnpn-gender-columns",
    dataset="staff",
    agency="Staff by satker of a kementerian's regional units (one row per satker), ASN and PPNPN by gender — kementerian satker export (invented counts)",
    source=("Public GitHub Laravel model App\\Models\\Staf (search index file id 24992567251): table 'staf' with columns "
            "id_satker, asn_laki, asn_perempuan, ppnpn_laki, ppnpn_perempuan (one row per satker, joined to Satker)"),
    year=2024,
    sheets={
        "Staf": [
            ["No", "Satker", "ASN Laki-laki", "ASN Perempuan", "PPNPN Laki-laki", "PPNPN Perempuan", "Jumlah"],
            [1, "Kantor Wilayah", 58, 41, 12, 6, 117],
            [2, "Kantor Kabupaten A", 21, 17, 5, 3, 46],
            [3, "Kantor Kabupaten B", 18, 14, 4, 4, 40],
            [4, "Kantor Kota C", 15, 19, 3, 2, 39],
            ["Jumlah", None, 112, 91, 24, 15, 242],
        ],
    },
    expected={"gender": {"Laki-laki": 112, "Perempuan": 91}},
    note=(
        "The model's columns as a sheet: one row per satker, ASN and PPNPN (non-ASN government employees) each split "
        "by gender in its own pair of columns, a Jumlah column over all four, a Jumlah row. The ASN gender counts are "
        "112 men and 91 women (203); the 39 PPNPN are non-ASN and must not be added to them (a kit should say it set "
        "them aside); Jumlah 242 = 203 + 39 is the whole workforce. Counts invented, consistent; satker names "
        "placeholders. No published mistake."
    ),
)

# ---------------------------------------------------------------- 17. Bezetting per jabatan of a puskesmas: PNS | PPPK | PPPK-PW | Non ASN | Jumlah | Kebutuhan

_BEZETTING = [
    # (jabatan, kualifikasi, PNS, PPPK, PPPK-PW, Non ASN, kebutuhan)
    ("Kepala UPTD Puskesmas", "S1 Kesehatan Masyarakat", 1, 0, 0, 0, 1),
    ("Dokter Ahli Pertama", "Profesi Dokter", 2, 1, 0, 0, 4),
    ("Perawat Terampil", "D3 Keperawatan", 4, 3, 2, 3, 10),
    ("Bidan Terampil", "D3 Kebidanan", 5, 2, 1, 2, 8),
    ("Pranata Laboratorium Kesehatan Terampil", "D3 Analis Kesehatan", 1, 0, 1, 0, 2),
    ("Pengadministrasi Perkantoran", "SMA/SMK", 1, 0, 2, 4, 3),
]


def _bezetting_row(line: tuple) -> list:
    jabatan, kualifikasi, pns, pppk, pw, non_asn, need = line
    total = pns + pppk + pw + non_asn
    return [f"{jabatan}\n{kualifikasi}", pns, pppk, pw, non_asn, total, need,
            "Kurang" if total < need else "Lebih" if total > need else "Sesuai"]


BEZETTING_PUSKESMAS = Layout(
    id="staff-bezetting-puskesmas-pns-pppk-pw-nonasn",
    dataset="staff",
    agency="UPTD Puskesmas of a kabupaten dinas kesehatan, 'Bezetting per jabatan' of a staffing portal — puskesmas export (invented counts)",
    source=("Public GitHub Laravel blade (search index file id 56715960990, 'Bezetting per jabatan'; the same table in "
            "file id 61839935828): Jabatan (with kualifikasi under it) | PNS | PPPK | PPPK-PW | Non ASN | Jumlah | "
            "Kebutuhan | Status"),
    year=2025,
    sheets={"Bezetting": [
        ["Bezetting per jabatan", *[None] * 7],
        ["UPTD Puskesmas Sukamaju", *[None] * 7],
        ["Jabatan", "PNS", "PPPK", "PPPK-PW", "Non ASN", "Jumlah", "Kebutuhan", "Status"],
        *[_bezetting_row(line) for line in _BEZETTING],
    ]},
    expected={"status": {"PNS": 14, "PPPK": 12}},
    note=(
        "A bezetting (staff on hand against the formation's need) by position: PNS, PPPK, PPPK paruh waktu "
        "('PPPK-PW', part-time PPPK since 2025, still PPPK) and Non ASN counted per position, a Jumlah of all four, "
        "the Kebutuhan (need: not people) and a Status word (Kurang/Lebih/Sesuai). Each position cell holds its "
        "name and, on a second line, the qualification. ASN by status: PNS 1+2+4+5+1+1 = 14, PPPK 1+3+2 = 6 plus "
        "PPPK-PW 2+1+1+2 = 6, so 12; the 9 Non ASN are set aside; the needs (28) are not staff. Counts and the "
        "puskesmas name invented, consistent. No published mistake."
    ),
)

# ---------------------------------------------------------------- 18. Kecamatan comparison: population columns beside PNS | PPPK | NON ASN

KECAMATAN_BANDINGKAN = Layout(
    id="staff-kecamatan-bandingkan-penduduk-pns-pppk-nonasn",
    dataset="staff",
    agency="Kecamatan of a kota, 'Bandingkan data' page of the kota's kecamatan dashboard — kecamatan export (invented counts)",
    source=("Public GitHub Laravel blade (search index file id 14967349412): table No | UNIT KERJA | JUMLAH PENDUDUK | "
            "JUMLAH KELURAHAN | JUMLAH RT | JUMLAH KK | TOTAL PEGAWAI | PNS | PPPK | NON ASN"),
    year=2024,
    sheets={"Bandingkan": [
        ["No", "UNIT KERJA", "JUMLAH PENDUDUK", "JUMLAH KELURAHAN", "JUMLAH RT", "JUMLAH KK", "TOTAL PEGAWAI", "PNS",
         "PPPK", "NON ASN"],
        [1, "Kecamatan Kota Utara", 48_215, 6, 212, 14_930, 41, 24, 5, 12],
        [2, "Kecamatan Kota Selatan", 52_880, 7, 236, 16_102, 38, 22, 6, 10],
        [3, "Kecamatan Kota Barat", 39_407, 5, 171, 12_245, 35, 19, 4, 12],
    ]},
    expected={"status": {"PNS": 65, "PPPK": 15}},
    note=(
        "One row per kecamatan with its population figures (JUMLAH PENDUDUK, KELURAHAN, RT, KK: not staff) before "
        "the staff columns TOTAL PEGAWAI = PNS + PPPK + NON ASN. ASN by status: PNS 24+22+19 = 65, PPPK 5+6+4 = 15; "
        "the 34 NON ASN are set aside. Counts invented, consistent (41 = 24+5+12 …)."
    ),
)

# ================================================================ cross-tables with a band of categories (issue 11, crosstab)
# Published tables of a dimension's categories under a band label, one row per unit (kecamatan): the kit reads the
# column sums as the table by that dimension and reports the rows' unit.

# ---------------------------------------------------------------- Buton Selatan: teachers by qualification per kecamatan

BUTON_SELATAN_KUALIFIKASI = Layout(
    id="staff-busel-guru-kualifikasi-per-kecamatan-2018",
    dataset="staff",
    agency="Dinas Pendidikan Kabupaten Buton Selatan (Profil Mutu Pendidikan, Sulawesi Tenggara) — kabupaten dinas, teachers by kecamatan",
    source=("http://online.flipbuilder.com/zdjg/wheu/files/basic-html/page87.html — Profil Mutu Pendidikan 2018 "
            "(Provinsi Sulawesi Tenggara), p. 87, Tabel 3.3.12 Guru Menurut Kualifikasi Pendidikan"),
    year=2018,
    sheets={"Tabel 3.3.12": [
        ["Tabel 3.3.12 Guru Menurut Kualifikasi Pendidikan"],
        ["NO", "KECAMATAN", "PENDIDIKAN", None, None, None, None, None, "JUM"],
        [None, None, "D1", "D2", "D3", "D4", "S1", "S2", None],
        [1, "Kec. Batauga", 5, 23, 1, 1, 453, 16, 499],
        [2, "Kec. Batuatas", 0, 10, 1, 0, 112, 0, 123],
        [3, "Kec. Kadatua", 1, 8, 2, 0, 150, 2, 163],
        [4, "Kec. Lapandewa", 1, 10, 4, 2, 172, 3, 192],
        [5, "Kec. Sampolawa", 1, 23, 3, 0, 371, 10, 408],
        [6, "Kec. Siompu", 1, 13, 3, 0, 158, 1, 176],
        [7, "Kec. Siompu Barat", 1, 15, 1, 0, 114, 3, 134],
        ["JUMLAH", None, 10, 102, 15, 3, 1530, 35, "1.695"],
    ]},
    merged={"Tabel 3.3.12": ["A2:A3", "B2:B3", "C2:H2", "I2:I3", "A11:B11"]},
    expected={"education": {"D1": 10, "D2": 102, "D3": 15, "D4": 3, "S1": 1530, "S2": 35}},
    note=("Kecamatan down the side, PENDIDIKAN merged over D1 | D2 | D3 | D4 | S1 | S2, then JUM merged down; a "
          "JUMLAH row whose grand total prints with a thousands dot ('1.695'). The table is the teachers of the "
          "kabupaten's schools, the layout a BKPSDM rekap by unit also has. Every row and column adds up (Batauga "
          "5+23+1+1+453+16 = 499; S1 453+112+150+172+371+158+114 = 1530; 499+123+163+192+408+176+134 = 1695). "
          "The page prints this table beside Tabel 3.3.10 and 3.3.11 (the flipbook's text interleaves them); only "
          "3.3.12 is transcribed. No mistakes."),
)

# ---------------------------------------------------------------- Tapanuli Utara: SD teachers by status per kecamatan

_TAPUT_ROWS = [("Kec. Parmonangan", 100, 0, 100, 0, 30, 121, 151, 251), ("Kec. Adian Koting", 84, 1, 85, 0, 6, 64, 70, 155),
               ("Kec. Sipoholon", 152, 0, 152, 1, 15, 57, 73, 225), ("Kec. Tarutung", 197, 0, 197, 0, 13, 75, 88, 285),
               ("Kec. Pahae Jae", 77, 1, 78, 0, 5, 30, 35, 113), ("Kec. Pahae Julu", 81, 0, 81, 0, 5, 59, 64, 145),
               ("Kec. Pangaribuan", 193, 0, 193, 0, 70, 36, 106, 299), ("Kec. Garoga", 96, 0, 96, 3, 47, 51, 101, 197),
               ("Kec. Sipahutar", 180, 0, 180, 0, 8, 135, 143, 323), ("Kec. Siborongborong", 264, 0, 264, 0, 5, 126, 131, 395),
               ("Kec. Pagaran", 95, 0, 95, 0, 12, 82, 94, 189), ("Kec. Muara", 86, 21, 107, 0, 1, 50, 51, 158),
               ("Kec. Purbatua", 34, 0, 34, 0, 13, 28, 41, 75), ("Kec. Simangumban", 43, 0, 43, 0, 2, 39, 41, 84),
               ("Kec. Siatas Barita", 59, 0, 59, 0, 9, 36, 45, 104)]

def _tabel_19a(kabupaten: str, rows: list[tuple], total: list[str]) -> list[list]:
    """Kemendikbud's Tabel 19 A of one kabupaten as the statistics site prints it (title block, bilingual band)."""
    return [
        ["TABEL / TABLE : 19 A", None, None, None, None, None, None, None, None, "SD 16/17"],
        ["JUMLAH KEPALA SEKOLAH DAN GURU MENURUT STATUS KEPEGAWAIAN TIAP KECAMATAN"],
        ["NUMBER OF HEADMASTERS AND TEACHERS BY PERSONNEL STATUS AND SUB DISTRICT"],
        ["STATUS SEKOLAH / STATUS OF SCHOOL : NEGERI / PUBLIC"],
        ["SEKOLAH DASAR (SD) / PRIMARY SCHOOL (PS)"],
        ["TAHUN / YEAR : 2017/2018"],
        ["No.", "P r o v i n s i", "Tetap/Full-time", None, None, "Tidak Tetap/Part-time", None, None, None, "Jumlah"],
        [None, None, "PNS", "Yayasan", "Subjml.", "Guru Bantu", "Guru Honda", "GTT", "Subjml.", "Total"],
        [None, "P r o v i n c e", "CS", "Private", "Sub Tot.", "ATCG", "ATLG", "PTT", "Sub Tot.", None],
        *[[n, *row] for n, row in enumerate(rows, start=1)],
        [None, kabupaten, *total],
    ]


_TABEL_19A_NOTE = (
    "A bilingual band: Indonesian labels over their English (row 9: CS, Private, ATCG, ATLG, PTT), 'Tetap' merged over "
    "PNS | Yayasan | Subjml. and 'Tidak Tetap' over Guru Bantu | Guru Honda | GTT | Subjml., then Jumlah over Total. "
    "The label column says 'Provinsi' though the rows are kecamatan; the total row names the kabupaten and has no "
    "'Jumlah' word (it is told by adding up); its amounts are text with comma thousands ('1,741'). Yayasan "
    "(foundation teachers), Guru Bantu, Guru Honda and GTT are no ASN: the ASN are the PNS. ")

TAPUT_STATUS = Layout(
    id="staff-kemdikbud-taput-guru-status-per-kecamatan-2017",
    dataset="staff",
    agency="Kabupaten Tapanuli Utara, SD negeri (Kemendikbud statistik persekolahan) — kabupaten, teachers by kecamatan",
    source=("http://statistik.data.kemdikbud.go.id/index.php/statistik/table/sd/2017/070800/1/19 — Statistik "
            "Sekolah Dasar 2017/2018, Tabel 19 A 'Jumlah Kepala Sekolah dan Guru menurut Status Kepegawaian tiap "
            "Kecamatan', status sekolah Negeri, Kab. Tapanuli Utara"),
    year=2017,
    sheets={"Tabel 19 A": _tabel_19a("Kab. Tapanuli Utara", _TAPUT_ROWS,
                                     ["1,741", "23", "1,764", "4", "241", "989", "1,234", "2,998"])},
    merged={"Tabel 19 A": ["A7:A9", "C7:E7", "F7:I7"]},
    expected={"status": {"PNS": 1741}},
    note=_TABEL_19A_NOTE + ("Every row and subtotal adds up (Muara 86+21 = 107, 0+1+50 = 51, 107+51 = 158; PNS column "
                            "1,741, Total 2,998). No mistakes."),
)

_HUMBAHAS_ROWS = [("Kec. Pakkat", 188, 0, 188, 0, 1, 69, 70, 258), ("Kec. Onan Ganjang", 109, 0, 109, 0, 0, 36, 36, 145),
                  ("Kec. Lintong Nihuta", 179, 0, 179, 0, 0, 33, 33, 212), ("Kec. Dolok Sanggul", 329, 0, 329, 0, 1, 49, 50, 379),
                  ("Kec. Parlilitan", 170, 0, 170, 1, 2, 36, 39, 209), ("Kec. Pollung", 126, 0, 126, 0, 0, 35, 35, 161),
                  ("Kec. Paranginan", 97, 0, 97, 0, 0, 17, 17, 114), ("Kec. Bakti Raja", 60, 0, 60, 0, 0, 10, 10, 70),
                  ("Kec. Sijamapolang", 59, 0, 59, 0, 0, 28, 28, 87), ("Kec. Tarabintang", 52, 0, 52, 0, 0, 21, 21, 73)]

HUMBAHAS_STATUS = Layout(
    id="staff-kemdikbud-humbahas-guru-status-per-kecamatan-2017",
    dataset="staff",
    agency="Kabupaten Humbang Hasundutan, SD negeri (Kemendikbud statistik persekolahan) — kabupaten, teachers by kecamatan",
    source=("http://statistik.data.kemdikbud.go.id/index.php/statistik/table/sd/2017/071900/1/19 — Statistik "
            "Sekolah Dasar 2017/2018, Tabel 19 A, status sekolah Negeri, Kab. Humbang Hasundutan (printed "
            "'Humbang Hasudutan')"),
    year=2017,
    sheets={"Tabel 19 A": _tabel_19a("Kab. Humbang Hasudutan", _HUMBAHAS_ROWS,
                                     ["1,369", "0", "1,369", "1", "4", "334", "339", "1,708"])},
    merged={"Tabel 19 A": ["A7:A9", "C7:E7", "F7:I7"]},
    expected={"status": {"PNS": 1369}},
    note=_TABEL_19A_NOTE + ("The same publication's layout as the Tapanuli Utara case, with another kabupaten's "
                            "figures: no foundation teachers (a Yayasan column of zeros), ten kecamatan. Everything "
                            "adds up (PNS 1,369; Total 1,708). No mistakes."),
)

CASES: list[Layout] = [
    PAYAKUMBUH_SELATAN, TAPANULI_TENGAH, SURABAYA_DPBT, SIASN_FULL, TOBA_SHEETS, BALIKPAPAN_TIMUR, TOBA_BUP,
    SIMPEG_REKAP, SIMPEG_PAYAKUMBUH, SIMPEG_PAYAKUMBUH_PENDIDIKAN, REKAP_KLASIFIKASI, DEPKES_UNIT,
    SOLO_DINSOSNAKERTRANS, DUK_PTN, DUK_KABUPATEN, SATKER_PPNPN, BEZETTING_PUSKESMAS, KECAMATAN_BANDINGKAN,
    BUTON_SELATAN_KUALIFIKASI, TAPUT_STATUS, HUMBAHAS_STATUS,
]
