"""The fifth held-out set: real layouts collected blind, while the recognition layer was being improved, to measure
how the improved kit does on layouts nobody tuned for (README.md records the cases; the lead measures them).

Kinds the corpus had none or few of: a kantor pertanahan (BPN) and its staff by pendidikan and golongan group, a pemda
SIMPEG's DUK sent as an HTML '.xls' with every person's data stacked in list cells, a provinsi-wide recap of PNS by
unit kerja under a golongan band split into ruang letters (A … E, JML), a school's tenaga kependidikan by pangkat
written 'Pengatur Muda / II a', a Kemendikbud balai's staff profile kept as dated snapshots, a SIMPEG backup with
SIASN columns (GOL AWAL beside GOL AKHIR, sex as M/F), Kemenag's DUK with the old and new NIP in the name cell; a
Badan Keuangan Daerah's rencana aksi with targets per triwulan, a DPP-PA's Renja evaluation at mid-year (Renstra, last
year, this year, quarters, each K | Rp), a Diskominfo's Perjanjian Kinerja with its program budget under it, a Bea
Cukai office's NKO cards, a kementerian's IKPA scores by eselon I, a Lapas's monthly computation table; a
kementerian's realisation by eselon I under a Pegawai | Barang | Modal | Total band, a Polri satker's DIPA with Pagu /
Realisasi / Daya Serap as rows, a dinas's realisation of APBN funds by unit kerja, and the same satker's pagu by
sumber dana. Published tables keep their cells as printed (published mistakes kept as expected findings); export
layouts keep the exporting code's columns, titles and footers, filled with invented units, amounts and counts (never a
real person: names and NIPs are synthetic). Expectations are what each table says, never what the kit reads: the cases
were not run through the kit.
"""

from __future__ import annotations

from layouts.case import E, W, budget_row as _b, indicator as _ind, Layout, rupiah as _rp
from workbooks import nip

# ---------------------------------------------------------------- staff

#: Kantor Pertanahan Kota Medan, Tabel 2.1 and 2.2 as printed (label, count, percentage)
_MEDAN_PENDIDIKAN = [("S2", 5, "4,10"), ("S1", 36, "29,50"), ("D IV", 2, "1,63"), ("AKD", 3, "2,50"), ("SMU", 69, "56,55"),
                     ("SLTP", 6, "4,91"), ("SD", 1, "0,81")]
_MEDAN_GOLONGAN = [("IV", 3, "2,50"), ("III", 74, "60,64"), ("II", 44, "36,05"), ("I", 1, "0,81")]


def _medan_table(caption: str, head: str, rows: list[tuple[str, int, str]]) -> list[list]:
    out = [[caption], ["No.", head, "Jumlah", "Persentase"]]
    out += [[f"{n}.", label, count, pct] for n, (label, count, pct) in enumerate(rows, start=1)]
    return out + [[None, "Jumlah", sum(r[1] for r in rows), "100"],
                  ["Sumber: Bagian Tata Usaha Kantor Pertanahan Kota Medan"], []]


#: the DUK people: (name, female, golongan description, ruang, education, birth, appointed, tmt golongan)
_DUK_PEOPLE = [
    ("Drs. HENDRA SAPUTRA, M.Si", False, "Pembina Tingkat I", "IV/b", "S2", "19690412", "199403", "01-04-2019"),
    ("RATNA DEWI, S.E", True, "Penata Tingkat I", "III/d", "S1", "19780921", "200312", "01-10-2020"),
    ("MUHAMMAD FAJRI, S.Kom", False, "Penata", "III/c", "S1", "19850317", "201001", "01-04-2021"),
    ("SRI WAHYUNI, A.Md", True, "Penata Muda Tingkat I", "III/b", "D3", "19880605", "201103", "01-10-2022"),
    ("YUDI PRATAMA", False, "Pengatur Tingkat I", "II/d", "SMA", "19830130", "200604", "01-04-2018"),
    ("NURHAYATI", True, "Pengatur", "II/c", "SMA", "19860811", "200904", "01-10-2021"),
]


_BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
          "Desember"]


def _duk_person(n: int, name, female, pangkat, ruang, edu, birth, appointed, tmt) -> str:
    number = nip(n, female=female, birth=birth, appointed=appointed)
    sex = "Perempuan" if female else "Laki-laki"
    return f"""
				<tr>
					<td>{n}</td>
					<td>
						<ul>
							<li>> {name}</li>
							<li>> {number}</li>
							<li>> {sex}</li>
							<li>> Kawin</li>
							<li>> Status Pegawai : PNS</li>
							<li>> TMT CAPEG : 01 {_BULAN[int(appointed[4:]) - 1]} {appointed[:4]}</li>
							<li>> TMT PNS : 01 Maret {int(appointed[:4]) + 1}</li>
						</ul>
					</td>
					<td>
						<ul>
							<li>> {pangkat} ({ruang})</li>
							<li>> {tmt}</li>
							<li>> 3 tahun 2 bulan</li>
						</ul>
					</td>
					<td>
						<ul>
							<li>> Pelaksana, Bagian Umum, Sub Bagian Kepegawaian, Sekretariat</li>
							<li>> Eselon : -</li>
							<li>> TMT Jabatan : {tmt} (3 tahun 2 bulan)</li>
							<li>> Masa Kerja Eselon : (3 tahun 2 bulan)</li>
						</ul>
					</td>
					<td width="80">
						<ul>
							<li>> {2024 - int(appointed[:4])}</li>
							<li>> 0</li>
							<li>> {2024 - int(appointed[:4])}</li>
						</ul>
					</td>
					<td width="80">
						<ul>
							<li>> 6</li>
							<li>> 0</li>
							<li>> 6</li>
						</ul>
					</td>
					<td>
						<ul>
						</ul>
					</td>
					<td>
						<ul>
								<li>
									<div class="row">
										<ul style="margin-left: -10px;">
											<li><i>> Jenjang Pendidikan : {edu}</i></li>
											<li><i>> Jurusan : <br> - -<br>- -</i></li>
											<li><i>> Lulus : 30 Juni {int(birth[:4]) + 23}</i></li>
										</ul>
										<br>
									</div>
								</li>
						</ul>
					</td>
					<td>
						<ul>
							<li>> Sukamaju</li>
							<li>> {int(birth[6:])} {_BULAN[int(birth[4:6]) - 1]} {birth[:4]}</li>
							<li>> {2024 - int(birth[:4])} tahun</li>
						</ul>
					</td>
					<td></td>
					<td></td>
				</tr>"""


_DUK_HTML = """
<style type="text/css">
	html, table{
		font-size: 12px;
		border-collapse: collapse;
	}
	td{
		vertical-align: top;
	}
	ul{
		list-style: none;
		padding: 10px;
	}
</style>
	<table class="table table-bordered" border="1">
		<thead style="background:#eaeaea">
			<tr>
				<th rowspan="2" style="vertical-align:middle;text-align:center">No. Urut</th>
				<th rowspan="2" style="vertical-align:middle;text-align:center">NAMA<br>
					NIP<br>
					STATUS PERKAWINAN<br>
					STATUS PEGAWAI<br>
				</th>
				<th style="vertical-align:middle;text-align:center">PANGKAT</th>
				<th style="vertical-align:middle;text-align:center">JABATAN</th>
				<th colspan="2" style="vertical-align:middle;text-align:center">MASA KERJA PMK TOTAL</th>
				<th style="vertical-align:middle;text-align:center">PENDIDIKAN DAN PELATIHAN</th>
				<th style="vertical-align:middle;text-align:center">PENDIDIKAN TERAKHIR</th>
				<th style="vertical-align:middle;text-align:center">USIA</th>
				<th rowspan="2" style="vertical-align:middle;text-align:center">CATATAN MUTASI KEPEGAWAIAN</th>
				<th rowspan="2" style="vertical-align:middle;text-align:center">KET</th>
			</tr>
			<tr>
				<th style="vertical-align:middle;text-align:center">GOL. RUANG <br>
					TMT</th>
				<th style="vertical-align:middle;text-align:center">NAMA <br>ESELON<br> TMT</th>
				<th style="vertical-align:middle;text-align:center">THN</th>
				<th style="vertical-align:middle;text-align:center">BLN</th>
				<th style="vertical-align:middle;text-align:center">NAMA <br>TGL, BULAN, & TAHUN<br> JUMLAH JAM</th>
				<th style="vertical-align:middle;text-align:center">NAMA <BR>LULUS TGL, BULAN & TAHUN<Br> TINGKAT IJAZAH</th>
				<th style="vertical-align:middle;text-align:center">TEMPAT TGL. LAHIR  USIA</th>
			</tr>
		</thead>
		<tbody>""" + "".join(_duk_person(n, *person) for n, person in enumerate(_DUK_PEOPLE, start=1)) + """
		</tbody>
	</table>
</div>"""

#: Pemprov Jawa Barat recap, per unit kerja: counts for IV/a…IV/e, III/a…III/d, II/a…II/d, I/a…I/d (invented)
_JABAR_UNITS = [
    ("SEKRETARIAT DPRD", [2, 3, 1, 0, 0], [9, 11, 8, 14], [6, 5, 7, 3], [0, 0, 1, 0]),
    ("BADAN PENANGGULANGAN BENCANA DAERAH", [1, 2, 1, 0, 0], [7, 9, 6, 10], [4, 6, 5, 2], [0, 0, 0, 0]),
    ("SATUAN POLISI PAMONG PRAJA", [1, 3, 1, 0, 0], [12, 10, 9, 15], [18, 22, 25, 9], [2, 1, 3, 0]),
    ("BADAN PENDAPATAN DAERAH", [4, 6, 2, 1, 0], [25, 31, 28, 33], [19, 24, 20, 11], [1, 2, 0, 1]),
]
_JABAR_RUANG = {"IV": "abcde", "III": "abcd", "II": "abcd", "I": "abcd"}


def _jabar_rows() -> list[list]:
    rows = []
    for n, (unit, *groups) in enumerate(_JABAR_UNITS, start=1):
        cells = [v for counts in groups for v in (*counts, sum(counts))]
        rows.append([n, unit, sum(sum(g) for g in groups), *cells, None])
    return rows


def _jabar_golongan() -> dict[str, int]:
    out: dict[str, int] = {}
    for _, *groups in _JABAR_UNITS:
        for group, counts in zip(_JABAR_RUANG, groups):
            for letter, count in zip(_JABAR_RUANG[group], counts):
                out[f"{group}/{letter}"] = out.get(f"{group}/{letter}", 0) + count
    return out


#: a school's tenaga kependidikan (TU) by pangkat: (pangkat / ruang as printed, laki-laki, perempuan); invented
_SIMAK_TU = [("Pengatur Muda / II a", 1, 0), ("Pengatur Muda Tingkat I / II b", 0, 1), ("Pengatur / II c", 2, 1),
             ("Pengatur Tingkat I / II d", 1, 1), ("Penata Muda / III a", 1, 2), ("Penata Muda Tingkat I / III b", 1, 1),
             ("Penata / III c", 0, 1), ("Penata Tingkat I / III d", 1, 0), ("Pembina / IV a", 0, 0),
             ("Pembina Tingkat I / IV b", 0, 0), ("Pembina Utama Muda / IV c", 0, 0), ("Pembina Utama Madya / IV d", 0, 0)]

#: Kemenag DUK: (name, female, ruang, TMT pangkat, jabatan, masa kerja thn, bln, sekolah, lulus, jenjang, birth, appointed)
_KEMENAG_DUK = [
    ("Dr. H. AHMAD SYARIFUDDIN, M.Ag", False, "IV/c", "01-04-2020", "Kepala Bagian Tata Usaha", 31, 4, "UIN SUNAN KALIJAGA",
     2009, "S3", "19680815", "199303"),
    ("Hj. SITI AMINAH, S.Ag, M.Pd", True, "IV/a", "01-10-2019", "Analis Kepegawaian Ahli Muda", 24, 9, "UNIVERSITAS NEGERI JAKARTA",
     2012, "S2", "19750302", "199912"),
    ("MUHAMMAD RIZAL, S.H", False, "III/c", "01-04-2021", "Analis Hukum", 16, 2, "UNIVERSITAS INDONESIA", 2005, "S1",
     "19830620", "200802"),
    ("NUR FADILAH, S.E", True, "III/b", "01-04-2022", "Pengelola Keuangan", 12, 0, "UIN SYARIF HIDAYATULLAH", 2010,
     "S1", "19870114", "201203"),
    ("ABDUL GHANI", False, "II/c", "01-10-2020", "Pengadministrasi Umum", 18, 6, "MAN 2 JAKARTA", 1996, "SLTA",
     "19770905", "200604"),
]


def _kemenag_rows() -> list[list]:
    rows = []
    for n, (name, female, ruang, tmt, jab, thn, bln, school, year, level, birth, appointed) in enumerate(_KEMENAG_DUK, 1):
        new = nip(n, female=female, birth=birth, appointed=appointed)
        # the 9-digit NIP went with the 2008 change to 18 digits: staff appointed since have none ('-')
        old = f"150{n:03d}{birth[2:5]}" if int(appointed[:4]) < 2008 else "-"
        month = int(birth[4:6]) % 12 + 1  # TMT pensiun: the first of the month after the 58th birthday
        retire = f"01-{month:02d}-{int(birth[:4]) + 58 + (month == 1)}"
        rows.append([n, f"{name}\n{old} / {new}", ruang, tmt, jab, "01-01-2023", thn, bln, school, year, level,
                     f"{birth[6:]}-{birth[4:6]}-{birth[:4]}", retire, None])
    return rows


#: the columns of a SIMPEG dashboard's backup, SIASN 'Data Utama' names (the tool's EXPECTED_COLS)
_BACKUP_HEAD = ["NAMA", "NIP", "GELAR DEPAN", "GELAR BELAKANG", "TEMPAT LAHIR", "TANGGAL LAHIR", "JENIS KELAMIN", "AGAMA",
                "JENIS KAWIN", "NIK", "NOMOR HP", "EMAIL", "ALAMAT", "NPWP", "BPJS", "JENIS PEGAWAI", "KEDUDUKAN HUKUM",
                "STATUS CPNS PNS", "KARTU ASN VIRTUAL", "TMT CPNS", "TMT PNS", "GOL AWAL", "GOL AKHIR", "TMT GOLONGAN",
                "MK TAHUN", "MK BULAN", "JENIS JABATAN", "NAMA JABATAN", "TMT JABATAN", "TINGKAT PENDIDIKAN",
                "NAMA PENDIDIKAN", "NAMA UNOR", "UNOR INDUK", "FOTO"]
#: (name, female, birth, appointed, status C/P, gol awal, gol akhir, jenis jabatan, jabatan, tingkat pendidikan)
_BACKUP_PEOPLE = [
    ("SUPRIYADI", False, "19700312", "199603", "P", "II/a", "III/d", "Struktural", "Kepala Subbagian Umum", "S-1/Sarjana"),
    ("ENDANG LESTARI", True, "19780521", "200501", "P", "III/a", "IV/a", "Fungsional", "Perencana Ahli Muda", "S-2"),
    ("BAMBANG IRAWAN", False, "19820709", "200902", "P", "III/a", "III/c", "Fungsional", "Analis Kebijakan Ahli Pertama",
     "S-1/Sarjana"),
    ("RINI ASTUTI", True, "19850117", "201003", "P", "II/c", "III/b", "Pelaksana", "Pengelola Keuangan", "D-III"),
    ("AGUS SALIM", False, "19760830", "200604", "P", "II/a", "II/d", "Pelaksana", "Pengadministrasi Umum", "SLTA"),
    ("DIAN PERMATASARI", True, "19930402", "201912", "P", "III/a", "III/b", "Fungsional", "Pranata Komputer Ahli Pertama",
     "S-1/Sarjana"),
    ("FAJAR NUGROHO", False, "19970611", "202401", "C", "III/a", "III/a", "Pelaksana", "Penata Kelola Sistem dan Teknologi "
     "Informasi", "S-1/Sarjana"),
    ("SITI MAEMUNAH", True, "19800225", "200901", "P", "II/a", "II/c", "Pelaksana", "Pengadministrasi Perkantoran", "SLTA"),
]


def _backup_rows() -> list[list]:
    rows = [_BACKUP_HEAD]
    for n, (name, female, birth, appointed, status, first, last, kind, jabatan, edu) in enumerate(_BACKUP_PEOPLE, 1):
        tmt_cpns = f"{appointed[:4]}-{appointed[4:]}-01"
        tmt_pns = None if status == "C" else f"{int(appointed[:4]) + 1}-{appointed[4:]}-01"
        rows.append([name, nip(n, female=female, birth=birth, appointed=appointed), None, None, "Sukamaju",
                     f"{birth[:4]}-{birth[4:6]}-{birth[6:]}", "F" if female else "M", "Islam", "Menikah", None, None,
                     f"pegawai{n}@contoh.go.id", None, None, None, "PNS Daerah", "Aktif", status, None, tmt_cpns, tmt_pns,
                     first, last, "2022-04-01", 2024 - int(appointed[:4]), 0, kind, jabatan, "2023-01-02", edu, None,
                     "Bagian Umum", "Sekretariat Daerah", None])
    return rows


STAFF: list[Layout] = [
    Layout(
        id="staff-bpn-kantah-medan-pendidikan-golongan",
        dataset="staff",
        agency="Kantor Pertanahan Kota Medan (Badan Pertanahan Nasional, Kementerian ATR/BPN) — kementerian kantor, tables quoted in a USU thesis",
        source=("https://text-id.123dok.com/document/lzgrrvn8q-kepegawaian-kantor-pertanahan-kota-medan.html — 'Tabel "
                "2.1 Identifikasi Pegawai Kantor Pertanahan Kota Medan Berdasarkan Tingkat Pendidikan' and 'Tabel 2.2 "
                "Identifikasi Pegawai Kantor Pertanahan Kota Medan Berdasarkan Golongannya' (Sumber: Bagian Tata Usaha)"),
        year=2012,
        sheets={"Kepegawaian": [
            *_medan_table("Tabel 2.1 Identifikasi Pegawai Kantor Pertanahan Kota Medan Berdasarkan Tingkat Pendidikan",
                          "Pendidikan", _MEDAN_PENDIDIKAN),
            *_medan_table("Tabel 2.2 Identifikasi Pegawai Kantor Pertanahan Kota Medan Berdasarkan Golongannya",
                          "Golongan", _MEDAN_GOLONGAN),
        ]},
        expected={
            "education": {"S2": 5, "S1": 36, "D4": 2, "D3": 3, "SMA": 69, "SMP": 6, "SD": 1},
            "golongan": {"IV": 3, "III": 74, "II": 44, "I": 1},
        },
        note=("Two small tables one under the other, each with its caption, a 'Jumlah' row (122) and its 'Sumber' line. "
              "The education labels are the office's own: 'D IV', 'AKD' (akademi: Diploma III), 'SMU' (senior "
              "secondary) and 'SLTP' (junior secondary); the golongan table gives groups only (IV … I). The printed "
              "percentages are truncated, not rounded, or wrong ('2,50' for 3 of 122, 2.46 %; '60,64' for 74 of 122, "
              "60.66 %), summing to 100 all the same; the counts are right. The year is that of the thesis's data "
              "(not printed on the tables)."),
    ),
    Layout(
        id="staff-simpeg-laravel-duk-html-xls-list-cells",
        dataset="staff",
        agency="A kota BKPSDM's SIMPEG (Laravel project 'pempek'), Daftar Urut Kepangkatan download — kota BKPSDM export (synthetic people)",
        source=("github gedelumbung/pempek resources/views/backend/laporan/duk_cetak.blade.php (commit 0fe2901): "
                "'laporan_duk.xls' sent with Content-Type application/octet-stream, a bare HTML table"),
        year=2024,
        sheets={},
        html=_DUK_HTML,
        expected={
            "golongan": {ruang: 1 for _, _, _, ruang, *_ in _DUK_PEOPLE},
            "gender": {"Laki-laki": 3, "Perempuan": 3},
            "education": {"S2": 1, "S1": 2, "D3": 1, "SMA": 2},
        },
        findings=((W, "column_missing"),),
        note=("A DUK as the browser saves it: an HTML table (no <html>, a <style> block, a stray </div>) named .xls. "
              "Every cell is a list: the second holds name, NIP, sex, marital status, 'Status Pegawai : PNS', TMT CAPEG "
              "and TMT PNS, one <li> each prefixed '> '; the pangkat cell 'Penata Tingkat I (III/d)', its TMT and the "
              "time in rank; education under 'PENDIDIKAN TERAKHIR' as 'Jenjang Pendidikan : S1' in a nested list. The "
              "header's second cell says NAMA / NIP / STATUS PERKAWINAN / STATUS PEGAWAI and not the sex the cell also "
              "holds. The jabatan cell names the position ('Pelaksana, Bagian Umum, …') but no column its kind: one "
              "expected warning column_missing, for position type. Six synthetic PNS, one per golongan ruang."),
    ),
    Layout(
        id="staff-jabar-rekap-pns-golongan-band-ruang-letters",
        dataset="staff",
        agency="Pemerintah Daerah Provinsi Jawa Barat, EIS kepegawaian 'Rekapitulasi PNS berdasarkan Golongan' by unit kerja — provinsi BKD export (counts synthetic)",
        source=("github danztensai/CMS application/views/eis_golongan_pdf.php (commit 81b779d): 'REKAPITULASI PNS DO "
                "BERDASARKAN GOLONGAN DI LINGKUNGAN PEMERINTAH DAERAH PROVINSI JAWA BARAT PERIODE 2018', NO | UNIT KERJA | "
                "JUMLAH PNS | GOLONGAN › IV › A B C D E JML | III › A B C D JML | II › … | I › … | KET"),
        year=2018,
        sheets={"Rekap Golongan": [
            ["P E ME R I N T A H D A E R A H P R O V I N S I J A W A B A R A T"],
            ["REKAPITULASI PNS DO BERDASARKAN GOLONGAN"],
            ["DI LINGKUNGAN PEMERINTAH DAERAH PROVINSI JAWA BARAT PERIODE"],
            ["2018"],
            ["NO", "UNIT KERJA", "JUMLAH PNS", "GOLONGAN", *[None] * 20, "KET"],
            [None, None, None, "IV", *[None] * 5, "III", *[None] * 4, "II", *[None] * 4, "I", *[None] * 4, None],
            [None, None, None, "A", "B", "C", "D", "E", "JML", *["A", "B", "C", "D", "JML"] * 3, None],
            *_jabar_rows(),
        ]},
        merged={"Rekap Golongan": ["A5:A7", "B5:B7", "C5:C7", "D5:X5", "Y5:Y7", "D6:I6", "J6:N6", "O6:S6", "T6:X6"]},
        expected={"golongan": _jabar_golongan()},
        note=("The provinsi's recap by unit kerja: a three-row header, GOLONGAN over the four groups, each group over the "
              "ruang letters A … E (IV) or A … D and its JML; the golongan is the group of the band above joined with "
              "the letter (IV › B is IV/b). JUMLAH PNS and the JML columns are totals. The title is letter-spaced as "
              "the view prints it ('P E ME R I N T A H …'), the period '2018' on a line of its own, KET empty. Four "
              "units (Sekretariat DPRD, BPBD, Satpol PP, Badan Pendapatan Daerah) with invented counts, no total row "
              "(the view has none)."),
    ),
    Layout(
        id="staff-sekolah-tu-pangkat-slash-ruang-spasi-lp",
        dataset="staff",
        agency="A public school's staff application ('simak'), tenaga kependidikan (TU) PNS by pangkat — school export (counts synthetic)",
        source=("github batupenyu/simak resources/views/pegawai/tu.blade.php (commit 89e1bcf): 'Rekap Berdasar Pangkat/ "
                "Golongan', 'Tenaga Pendidik (TU)', Pangkat/Golongan | Laki Laki | Perempuan | Jumlah, rows 'Pengatur "
                "Muda / II a' … 'Pembina Utama Madya / IV d', 'Jumlah Total'"),
        year=2024,
        sheets={"Rekap TU": [
            ["Rekap Berdasar Pangkat/ Golongan"],
            ["Tenaga Pendidik (TU)"],
            ["Pangkat/Golongan", "Laki Laki", "Perempuan", "Jumlah"],
            *[[label, men, women, men + women] for label, men, women in _SIMAK_TU],
            ["Jumlah Total", sum(r[1] for r in _SIMAK_TU), sum(r[2] for r in _SIMAK_TU), sum(r[1] + r[2] for r in _SIMAK_TU)],
        ]},
        merged={"Rekap TU": ["A1:D1", "A2:D2"]},
        expected={
            "golongan": {"II/a": 1, "II/b": 1, "II/c": 3, "II/d": 2, "III/a": 3, "III/b": 2, "III/c": 1, "III/d": 1},
            "gender": {"Laki-laki": 7, "Perempuan": 7},
        },
        note=("The school's TU staff by pangkat and sex: the golongan written after the pangkat name with a slash and "
              "the ruang letter after a space ('Pengatur Muda / II a', 'Pembina / IV a'), every pangkat from II/a to "
              "IV/d printed even when nobody holds it (zeros), 'Jumlah Total' in bold. Its second title says 'Tenaga "
              "Pendidik (TU)' for the tenaga kependidikan (a label slip kept). 14 synthetic PNS."),
    ),
    Layout(
        id="staff-balai-bahasa-jateng-kepegawaian-per-tanggal-diperbarui",
        dataset="staff",
        agency="Balai Bahasa Jawa Tengah (Badan Pengembangan dan Pembinaan Bahasa, Kemendikbud) — kementerian UPT, 'Pangkalan Data' page (counts synthetic)",
        source=("github dandiarimansyah/PangkalanData PangkalanData/resources/views/GUEST/SEKRETARIAT/a3.blade.php (commit "
                "214e917): 'DATA KEPEGAWAIAN UNIT/SATUAN KERJA', NO | TANGGAL DIPERBARUI | JUMLAH PEGAWAI › K L P | "
                "TINGKAT PENDIDIKAN › S3 … SD | PANGKAT/GOLONGAN › IV/e … I/a, one row per update"),
        year=2022,
        sheets={"Kepegawaian": [
            ["DATA KEPEGAWAIAN UNIT/SATUAN KERJA"],
            ["NO", "TANGGAL DIPERBARUI", "JUMLAH PEGAWAI", None, None, "TINGKAT PENDIDIKAN", *[None] * 6,
             "PANGKAT/GOLONGAN", *[None] * 16],
            [None, None, "K", "L", "P", "S3", "S2", "S1", "D3", "SMA", "SMP", "SD",
             "IV/e", "IV/d", "IV/c", "IV/b", "IV/a", "III/d", "III/c", "III/b", "III/a", "II/d", "II/c", "II/b", "II/a",
             "I/d", "I/c", "I/b", "I/a"],
            [1, "2021-07-12", 58, 30, 28, 1, 14, 30, 4, 8, 1, 0, 0, 0, 1, 3, 6, 9, 8, 12, 7, 4, 3, 2, 2, 1, 0, 0, 0],
            [2, "2022-07-05", 61, 31, 30, 2, 15, 32, 4, 7, 1, 0, 0, 0, 2, 3, 6, 10, 9, 11, 8, 5, 3, 2, 1, 1, 0, 0, 0],
        ]},
        merged={"Kepegawaian": ["A2:A3", "B2:B3", "C2:E2", "F2:L2", "M2:AC2"]},
        refused="TANGGAL DIPERBARUI",
        note=("The balai's staff profile as its data portal keeps it: one row per update ('TANGGAL DIPERBARUI'), each "
              "with the total (K: keseluruhan), L and P, seven education levels and seventeen golongan ruang side by "
              "side. Two updates a year apart are two snapshots of the same staff, not two units: adding them would "
              "double the headcount, and which one is the year's is the user's choice. The file must be refused "
              "naming the update-date column. Counts invented (58 and 61 staff)."),
    ),
    Layout(
        id="staff-simpeg-backup-siasn-kolom-gol-awal-akhir-m-f",
        dataset="staff",
        agency="A pemda unit's staff kept in a SIMPEG dashboard with SIASN 'Data Utama' columns, its Excel backup — kabupaten OPD export (synthetic people)",
        source=("public GitHub Streamlit 'SIMPEG Dashboard' (search index file id 46201516381): EXPECTED_COLS 'NAMA', 'NIP', "
                "… 'GOL AWAL', 'GOL AKHIR', … 'UNOR INDUK', 'FOTO' and backup_data(), 'backup_pegawai.xlsx' with sheet "
                "'Pegawai'; JENIS KELAMIN read as 'M'/'F' (the tool maps M to LAKI-LAKI, F to PEREMPUAN)"),
        year=2024,
        sheets={"Pegawai": _backup_rows()},
        expected={
            "golongan": {"III/d": 1, "IV/a": 1, "III/c": 1, "III/b": 2, "II/d": 1, "III/a": 1, "II/c": 1},
            "gender": {"Laki-laki": 4, "Perempuan": 4},
            "education": {"S1": 4, "S2": 1, "D3": 1, "SMA": 2},
            "position_type": {"Struktural": 1, "Fungsional": 3, "Pelaksana": 4},
        },
        note=("A roster as pandas writes it: the header on the first row, no title, 34 SIASN-named columns with the "
              "personal ones mostly empty. Two golongan columns side by side — 'GOL AWAL' (at appointment) and 'GOL "
              "AKHIR' (now): the golongan is GOL AKHIR. Sex as SIASN codes it, 'M' and 'F'; education as SIASN names "
              "it ('S-1/Sarjana', 'D-III', 'SLTA'); STATUS CPNS PNS 'P' or 'C' (one CPNS, no TMT PNS yet, counted: "
              "a CPNS is staff with a golongan). Eight synthetic people."),
    ),
    Layout(
        id="staff-kemenag-duk-nip-lama-baru-jml-jam-jenjang",
        dataset="staff",
        agency="Kementerian Agama, Biro Kepegawaian Sekretariat Jenderal, SIMPEG Kemenag Daftar Urut Kepangkatan — kementerian unit export (synthetic people)",
        source=("github ropegkemenag/hrms app/Views/manajemen/laporan/duk_cetak.php (commit e7a9fdd): 'KEMENTERIAN AGAMA', "
                "'DAFTAR URUT KEPANGKATAN', 'SATUAN KERJA :', NO | NAMA | PANGKAT › GOL/ RUANG, T M T | JABATAN › NAMA, "
                "T M T | MASA KERJA › THN, BLN | PENDIDIKAN TERAKHIR › NAMA, THN, JML JAM | TGL LAHIR | TMT PENSIUN | "
                "KET., column numbers 1 … 14, footer 'simpeg kemenag / <date>'"),
        year=2024,
        sheets={"DUK": [
            ["KEMENTERIAN AGAMA"],
            [None, None, None, None, "DAFTAR URUT KEPANGKATAN"],
            ["SATUAN KERJA :  BIRO KEPEGAWAIAN SEKRETARIAT JENDERAL"],
            ["NO", "NAMA", "PANGKAT", None, "JABATAN", None, "MASA KERJA", None, "PENDIDIKAN TERAKHIR", None, None,
             "TGL\nLAHIR", "TMT PENSIUN", "KET."],
            [None, None, "GOL/ RUANG", "T M T", "NAMA", "T M T", "THN", "BLN", "NAMA", "THN", "JML JAM", None, None, None],
            [str(n) for n in range(1, 15)],
            *_kemenag_rows(),
            ["simpeg kemenag / 15/01/2025 09:12"],
        ]},
        merged={"DUK": ["A4:A5", "B4:B5", "C4:D4", "E4:F4", "G4:H4", "I4:K4", "L4:L5", "M4:M5", "N4:N5"]},
        expected={
            "golongan": {"IV/c": 1, "IV/a": 1, "III/c": 1, "III/b": 1, "II/c": 1},
            "education": {"S3": 1, "S2": 1, "S1": 2, "SMA": 1},
        },
        findings=((W, "position_type_undecided"),),  # 'Analis Hukum' without its jenjang
        note=("Kemenag's DUK print: the name cell holds the name, a line break and 'old NIP / new NIP' (the 9-digit NIP "
              "of before 2008 beside the 18-digit one, '-' for staff appointed since), the golongan under 'GOL/ RUANG', "
              "a column-number row 1 … 14. "
              "The third column under PENDIDIKAN TERAKHIR is headed 'JML JAM' but the view fills it with the jenjang "
              "(S3, S2, S1, SLTA): a header that says training hours over the education level (a published label slip "
              "kept). The DUK names each jabatan but not its kind (Struktural/Fungsional/Pelaksana): one expected "
              "warning column_missing, for position type. Five synthetic PNS; the satuan kerja line and the print stamp as the view writes them."),
    ),
]

# ---------------------------------------------------------------- indicators

#: Badan Keuangan Daerah Kota Mataram, rencana aksi 2019: (sasaran no, indikator no, indikator, satuan, target,
#: (TW I, II, III, IV), aksi)
_MATARAM_RA = [
    (1, 1, "Persentase Laporan Keuangan Daerah Yang Tepat Waktu", "Persen", "100", (None, "100", None, "100"),
     ["Penyusunan Pelaporan Keuangan Semesteran Kota Mataram", "Penyusunan Pelaporan Keuangan Akhir Tahun Kota Mataram",
      "Bimbingan Teknis Implementasi SAP Akrual dengan Aplikasi Simda", "Penyusunan Neraca Awal Kota Mataram"]),
    (1, 2, "Persentase OPD terlayani dalam pelaksanaan rekonsiliasi laporan keuangan yang tepat waktu", "Persen", "100%",
     (None, "50", None, "50"), ["Pendampingan Penerapan SAP Berbasis Akrual"]),
    (2, 1, "Persentase Daya Serap APBD", "Persen", "100", ("25", "50", "75", "100"), []),
]


def _mataram_rows() -> list[list]:
    rows = []
    for sasaran, no, name, unit, target, quarters, actions in _MATARAM_RA:
        first = actions[0] if actions else None
        opens = no == 1
        title = "Meningkatnya Tertib Administrasi Pengelolaan Keuangan Daerah" if sasaran == 1 else None
        rows.append([sasaran if opens else None, title if opens else None, no, name, unit, target, *quarters, first, None])
        rows += [[None] * 10 + [action, None] for action in actions[1:]]
    return rows


#: Diskominfo Kabupaten Pringsewu, PK 2025: (sasaran, indikator, target) and the program budget under it
_PRINGSEWU_PK = [
    ("Meningkatnya Akuntabilitas Kinerja Dinas Komunikasi dan Informatika", "Nilai SAKIP", "BB"),
    ("Meningkatnya Kualitas Komunikasi Publik", "Indeks Keterbukaan Informasi Publik", "97,5"),
    ("Meningkatnya Kualitas Komunikasi Publik", "Persentase informasi publik yang tersedia sesuai ketentuan", "90%"),
]
_PRINGSEWU_PROGRAM = [
    ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 5_842_615_000),
    ("Program Informasi dan Komunikasi Publik", 1_276_300_000),
    ("Program Aplikasi Informatika", 2_105_450_000),
    ("Program Penyelenggaraan Statistik Sektoral", 148_900_000),
    ("Program Penyelenggaraan Persandian untuk Pengamanan Informasi", 96_250_000),
]


def _pringsewu_sheet() -> list[list]:
    rows = [["PERJANJIAN KINERJA TAHUN 2025"], ["DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN PRINGSEWU"],
            ["No", "SASARAN STRATEGIS", "INDIKATOR SASARAN", "TARGET"], ["1", "2", "3", "4"]]
    seen: list[str] = []
    for sasaran, indikator, target in _PRINGSEWU_PK:
        first = sasaran not in seen
        if first:
            seen.append(sasaran)
        rows.append([f"{len(seen)}." if first else None, sasaran.title() if first else None, indikator, target])
    rows += [[None] * 4, [], ["PROGRAM", None, "ANGGARAN"]]
    rows += [[f"{n}. {name}", None, _rp(amount)] for n, (name, amount) in enumerate(_PRINGSEWU_PROGRAM, start=1)]
    rows += [["TOTAL", None, f"Rp. {_rp(sum(a for _, a in _PRINGSEWU_PROGRAM))}"], [],
             ["PIHAK KEDUA,", None, "PIHAK KESATU,"], ["BUPATI PRINGSEWU", None, "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA"],
             [], [], ["BUDI SANTOSO", None, "ANDI WIJAYA, S.STP., MH"],
             [None, None, "Pembina Utama Muda"], [None, None, f"NIP. {nip(7, birth='19790311', appointed='200112')}"]]
    return rows


#: the second sasaran over its two indicators, and the program lines (PROGRAM … TOTAL) over two cells
_PRINGSEWU_MERGED = ["A6:A7", "B6:B7", *[f"A{r}:B{r}" for r in range(10, 17)]]

#: NKO 2019 cards of a Bea Cukai office: (IKU code, capaian shown on the knob, target, realisasi) as the page prints them
_NKO_2019 = [("IKU 1a-CP", "120", "70%", "90%"), ("IKU 1b-CP", "120", "75%", "98.2%"), ("IKU 2a-CP", "105.2", "4.38", "4.6"),
             ("IKU 3a-CP", "110.7", "90.3%", "100%"), ("IKU 4a-N", "120", "3", "4"), ("IKU 5a-CP", "120", "100%", "117.38%"),
             ("IKU 6a-N", "110", "80%", "88%"), ("IKU 7a-CP", "108.7", "92.7%", "100%"), ("IKU 8a-N", "117.6", "85%", "100%"),
             ("IKU 8b-N", "120", "3", "4"), ("IKU 8c-N", "120", "75%", "92.23%"), ("IKU 9a-N", "120", "70%", "88.47%"),
             ("IKU 10a-N", "111.1", "90%", "100%"), ("IKU 11a-N", "100", "95%", "95%")]


def _nko_cards() -> list[list]:
    rows = [["Nilai Kinerja Organisasi 2019", None, None, "Home / Dashboard"], []]
    for start in range(0, len(_NKO_2019), 4):
        cards = _NKO_2019[start:start + 4]
        rows += [[c[0] for c in cards], [c[1] for c in cards], [f"Target : {c[2]}" for c in cards],
                 [f"Realisasi : {c[3]}" for c in cards], []]
    return rows


#: Kemnaker IKPA by eselon I as the dashboard prints it
_IKPA_HEAD = ["REVISI DIPA", "DEVIASI HALAMAN III DIPA", "PENYERAPAN ANGGARAN", "BELANJA KONTRAKTUAL", "PENYELESAIAN TAGIHAN",
              "PENGELOLAAN UP DAN TUP", "CAPAIAN OUTPUT"]
_IKPA = [("SETJEN", "100", "80.16", "92.22", "100", "100", "95.76", "0", "70.04"),
         ("ITJEN", "100", "79.72", "95.42", "100", "100", "100", "0", "71.04"),
         ("DITJEN BINAPENTA & PKK", "99.49", "67.16", "86.5", "99.5", "98.82", "92.33", "0", "66.39"),
         ("DITJEN PHI & JAMSOS TK", "100", "71.43", "84.15", "100", "100", "93.92", "0", "66.94")]

#: Lapas Perempuan Kelas IIB Jambi, the months of one indicator as printed (A, B)
_JAMBI_MONTHS = [("Januari", 0, 2), ("Februari", 0, 2), ("Maret", 0, 3), ("April", 0, 21), ("Mei", 0, 19), ("Juni", 0, 19),
                 ("Juli", 0, 19), ("Agustus", 9, 9), ("September", 9, 9), ("Oktober", 9, 9), ("November", 9, 9),
                 ("Desember", 9, 9)]

#: demonev's Renja evaluation of a DPP-PA at mid-year 2021: the program's line and one kegiatan's, as the view prints
#: them (Renstra K, Rp | 2020 K, Rp | 2021 K, Rp | TW I … IV K, Rp | dievaluasi K, Rp | Renstra s/d 2020 K, Rp | tingkat
#: capaian K, Rp)
_E81_DPPPA = [
    ["1", "Meningkatnya kualitas dan pencapaian kinerja penyelenggaraan urusan perangkat daerah",
     "Program Penunjang Urusan Pemerintah Daerah Kabupaten/ Kota",
     "'Persentase penunjang urusan perangkat daerah berjalan sesuai standar", "100%", "10.650.857.000", None, None, "100%",
     "3.074.452.650", "25%", "492.775.283", "25%", "695.355.169", None, None, None, None, "50%", "1.188.130.452", "50%",
     "1.188.130.452", "50%", "11,16", "DPP-PA", None],
    [None, None, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
     "Persentase penyusunan dokumen perencanaan, penganggaran & evaluasi tepat waktu", "100%", "93.000.000", None, None,
     "100%", "46.954.000", "25%", "14.820.000", "25%", "18.511.800", None, None, None, None, "50%", "33.331.800", "50%",
     "33.331.800", "50%", "35,84", "DPP-PA", None],
]


INDICATORS: list[Layout] = [
    Layout(
        id="ind-bkd-mataram-rencana-aksi-target-triwulan-2019",
        dataset="indicators",
        agency="Badan Keuangan Daerah Kota Mataram — kota badan (keuangan dan pendapatan daerah)",
        source=("https://123dok.com/id/docs/pdf-badan-keuangan-daerah-kota-mataram-tahun.10190492 — 'BADAN KEUANGAN DAERAH "
                "KOTA MATARAM TAHUN 2019', SASARAN STRATEGIS | INDIKATOR KINERJA | RENCANA AKSI | ANGGARAN, 'PERIODE : "
                "Tahun 2019', quarters I II III IV (the rencana aksi of the Perjanjian Kinerja)"),
        year=2019,
        sheets={"Rencana Aksi": [
            ["BADAN KEUANGAN DAERAH KOTA MATARAM TAHUN 2019"],
            ["PERIODE : Tahun 2019"],
            ["No", "SASARAN STRATEGIS", "No", "INDIKATOR KINERJA", "Satuan", "Target", "Target Triwulan", None, None, None,
             "RENCANA AKSI", "ANGGARAN"],
            [None, None, None, None, None, None, "I", "II", "III", "IV", None, None],
            *_mataram_rows(),
        ]},
        merged={"Rencana Aksi": ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:J3", "K3:K4", "L3:L4"]},
        expected=[_ind(name, 100.0, None) for _, _, name, *_ in _MATARAM_RA],
        findings=((W, "field_empty"),),  # a plan: no realisation yet, as the other plans of the corpus
        note=("The badan's rencana aksi for 2019: per indicator its unit, the year's target and the target of each "
              "quarter where one is set (the semester reports in II and IV, 50 and 50 for the reconciliations — "
              "shares, not cumulative — and 25, 50, 75, 100 for the absorption, cumulative), then its actions (the "
              "kegiatan) one per row under it with the indicator cells empty. The year's target is 'Target', never "
              "a quarter's; '100%' and '100' are the same target. The third indicator of the first sasaran and the "
              "name of the second sasaran are lost in the source's text layer: the indicator is left out, the "
              "sasaran cell left empty beside its number. ANGGARAN is empty on this page. No realisation."),
    ),
    Layout(
        id="ind-dpppa-evaluasi-renja-2021-renstra-tahun-lalu-triwulan-k-rp",
        dataset="indicators",
        agency="Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DPP-PA) of a kabupaten, monev application's Renja evaluation table — kabupaten OPD export",
        source=("github afilamediakarya/demonev resources/views/Laporan/tabel_evaluasi_rkpd/index_dinas.blade.php (commit "
                "48a3b9d): NO | Sasaran | Urusan/Bidang Urusan … Program/Kegiatan | Indikator Kinerja Program (outcome) / "
                "Kegiatan (output) | Target Renstra OPD pada Tahun 2018 s/d 2023 | Realisasi … Tahun lalu (2020) | Target "
                "Kinerja dan Anggaran Renja OPD Tahun berjalan yang dievaluasi (2021) | Realisasi Kinerja Pada Triwulan › "
                "I … IV | Realisasi Capaian Kinerja dan Anggaran Renja OPD yang Dievaluasi | … s/d tahun 2020 | Tingkat "
                "Capaian … (%) | Unit OPD penanggung jawab | Ket, each band over K | Rp; the view's own rows"),
        year=2021,
        sheets={"Evaluasi Renja": [
            ["NO", "Sasaran", "Urusan/Bidang Urusan Pemerintah Daerah dan Program/Kegiatan",
             "Indikator Kinerja Program (outcome) / Kegiatan (output)",
             "Target Renstra OPD pada Tahun 2018 s/d 2023 (akhir periode Renstra OPD)", None,
             "Realisasi Capaian Kinerja Renstra OPD s/d Renja OPD Tahun lalu (2020)", None,
             "Target Kinerja dan Anggaran Renja OPD Tahun berjalan yang dievaluasi (2021)", None,
             "Realisasi Kinerja Pada Triwulan", *[None] * 7,
             "Realisasi Capaian Kinerja dan Anggaran Renja OPD  yang Dievaluasi", None,
             "Realisasi kinerja dan Anggaran Renstra OPD s/d tahun 2020 (Ahkir Tahun pelaksanaan Renja OPD)", None,
             "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra OPD s/d tahun 2020 (%)", None,
             "Unit OPD penanggung jawab", "Ket"],
            [None] * 10 + ["I", None, "II", None, "III", None, "IV", None] + [None] * 8,
            [None] * 4 + ["K", "Rp"] * 10 + [None, None],
            [None, None, "Urusan Wajib Non Pelayanan Dasar", *[None] * 23],
            [None, None, "Bidang Urusan Pemberdayaan Perempuan dan Perlindungan Anak", *[None] * 23],
            *_E81_DPPPA,
        ]},
        merged={"Evaluasi Renja": ["A1:A3", "B1:B3", "C1:C3", "D1:D3", "E1:F2", "G1:H2", "I1:J2", "K1:R1", "K2:L2", "M2:N2",
                                   "O2:P2", "Q2:R2", "S1:T2", "U1:V2", "W1:X2", "Y1:Y3", "Z1:Z3", "D4:Z4", "D5:Z5"]},
        expected=[_ind("Persentase penunjang urusan perangkat daerah", 100.0, 50.0),
                  _ind("Persentase penyusunan dokumen perencanaan", 100.0, 50.0)],
        note=("The Permendagri 86/2017 Renja evaluation as a monev application shows it at mid-year: every band over K "
              "(kinerja) | Rp, the five-year Renstra target beside last year's realisation (2020, empty) and this "
              "year's target (2021), the quarters I … IV (III and IV still empty), then the realisation evaluated, "
              "the Renstra realisation to date and its level in % (Rp: 1.188.130.452 of 10.650.857.000 is '11,16'). "
              "The year's target is the 2021 K (100%), its realisation the evaluated K (50%: 25% + 25%), never the "
              "Renstra's or a quarter's; the Rp halves are money. The program's indicator keeps the stray apostrophe "
              "the data carries (\"'Persentase …\", a text prefix pasted from Excel); the view repeats the kegiatan row "
              "five times as filler, kept once. Figures as the view prints them; the kabupaten is not named."),
    ),
    Layout(
        id="ind-diskominfo-pringsewu-pk-2025-target-bb-program-anggaran",
        dataset="indicators",
        agency="Dinas Komunikasi dan Informatika Kabupaten Pringsewu — kabupaten OPD (e-SAKIP print)",
        source=("github andhika201/E-Sakip app/Views/adminOpd/pk_admin/cetak-L.php (commit 3063b6a): 'PERJANJIAN KINERJA "
                "TAHUN <year> / <OPD>', No | SASARAN STRATEGIS | INDIKATOR SASARAN | TARGET with an italic column-number "
                "row, then PROGRAM | ANGGARAN and TOTAL, then PIHAK KEDUA / PIHAK KESATU; the Kominfo targets from the "
                "same repository's test fixture (Indeks Keterbukaan Informasi Publik 97.5, informasi publik tersedia "
                "90 %) and its earlier static page (Nilai SAKIP 'BB')"),
        year=2025,
        sheets={"PK 2025": _pringsewu_sheet()},
        merged={"PK 2025": _PRINGSEWU_MERGED},
        expected=[_ind("Nilai SAKIP", "BB", None, "ordinal"), _ind("Indeks Keterbukaan Informasi Publik", 97.5, None),
                  _ind("Persentase informasi publik yang tersedia", 90.0, None)],
        findings=((W, "field_empty"),),
        note=("A Perjanjian Kinerja as e-SAKIP prints it for signing: the sasaran written once over its indicators "
              "(rowspan), the target a grade ('BB') or a number with a decimal comma ('97,5') or a percent; a column-"
              "number row '1 2 3 4'; an empty row closing the table; then a second, borderless table PROGRAM | "
              "ANGGARAN with the program budget ('5.842.615.000') and 'TOTAL Rp. …', and the signature block with a "
              "NIP. The program table is no indicator. Program amounts invented; names of the signatories invented."),
    ),
    Layout(
        id="ind-djbc-nko-2019-kartu-target-realisasi",
        dataset="indicators",
        agency="A Direktorat Jenderal Bea dan Cukai office (Kementerian Keuangan), 'Nilai Kinerja Organisasi 2019' dashboard — kementerian kantor",
        source=("github zepar121/tugas123 application/views/admin/nko2019.php (commit 2b57a47): one knob card per IKU, "
                "'IKU 1a-CP' … 'IKU 11a-N', the capaian on the knob (capped at 120), 'Target : 70%', 'Realisasi : 90%'"),
        year=2019,
        sheets={"NKO 2019": _nko_cards()},
        refused="expected a header row",
        note=("The office's NKO page copied into a sheet as it lies: cards four to a row, each card four cells down — "
              "the IKU code (Kemenkeu's codes: '-CP' for a main indicator, '-N' for a new one), the index of capaian "
              "(capped at 120, Kemenkeu's rule), 'Target : 70%' and 'Realisasi : 90%' with the label in the cell. "
              "No header row, no indicator names (only codes): the kit cannot tell which cell is what and must refuse "
              "for want of a header row. Values as published (IKU 2a-CP target 4.38, realisasi 4.6 on a scale of 5)."),
    ),
    Layout(
        id="ind-kemnaker-ikpa-per-eselon-satu",
        dataset="indicators",
        agency="Kementerian Ketenagakerjaan, 'Capaian Indikator Pelaksanaan Anggaran Kemnaker' by eselon I — kementerian dashboard",
        source=("github abaiss40135/dashboard-kemnaker (search index file id 29550137303), the dashboard's second table: "
                "NO | NAMA ES1 | KUALITAS PERENCANAAN ANGGARAN › REVISI DIPA, DEVIASI HALAMAN III DIPA | KUALITAS "
                "PELAKSANAAN ANGGARAN › … | KUALITAS HASIL PELAKSANAAN ANGGARAN › CAPAIAN OUTPUT | NILAI IKPA"),
        year=2023,
        sheets={"IKPA": [
            ["Capaian Indikator Pelaksanaan Anggaran Kemnaker"],
            ["NO", "NAMA ES1", "KUALITAS PERENCANAAN ANGGARAN", None, "KUALITAS PELAKSANAAN ANGGARAN", None, None, None,
             "KUALITAS HASIL PELAKSANAAN ANGGARAN", "NILAI IKPA"],
            [None, None, *_IKPA_HEAD, None],
            *[[n, *row] for n, row in enumerate(_IKPA, start=1)],
        ]},
        merged={"IKPA": ["A2:A3", "B2:B3", "C2:D2", "E2:H2", "J2:J3"]},
        refused="NAMA ES1",
        note=("The ministry's IKPA scores (Indikator Kinerja Pelaksanaan Anggaran, Kemenkeu's scale of 100) by eselon I "
              "unit: rows are units, columns are the seven IKPA components under three bands and the final score. No "
              "target, no realisation of an indicator: a scoreboard of units by component, which the kit does not "
              "model; the file must be refused naming the unit column. Values as the dashboard prints them (the "
              "first four units; CAPAIAN OUTPUT 0 for all, not yet filled); the year is not printed."),
    ),
    Layout(
        id="ind-lapas-perempuan-jambi-hak-pendidikan-per-bulan-2023",
        dataset="indicators",
        agency="Lembaga Pemasyarakatan Perempuan Kelas IIB Jambi (Kementerian Hukum dan HAM) — kementerian UPT",
        source=("http://online.flipbuilder.com/gzsmk/kzcl/files/basic-html/page88.html — Laporan Kinerja Lembaga "
                "Pemasyarakatan Perempuan Jambi 2023, p. 85, the months of '% narapidana yang mendapatkan hak pendidikan' "
                "(No | Bulan | A | B, Total, Rata-Rata, then A / B × 100 %)"),
        year=2023,
        sheets={"Hak Pendidikan": [
            ["a. Perbandingan Target dan Realisasi Kinerja Tahun 2023"],
            ["No", "Bulan", "A", "B"],
            *[[n, month, a, b] for n, (month, a, b) in enumerate(_JAMBI_MONTHS, start=1)],
            [None, "Total", 45, 130],
            [None, "Rata-Rata", 9, 9],
            ["% narapidana yang mendapatkan hak pendidikan", None, "= 9/9 x 100%", "= 100%"],
            ["Keterangan :"],
            ["A = jumlah narapidana yang mendapatkan hak narapidana"],
            ["B = jumlah narapidana yang memiliki latar belakang pendidikan formal"],
        ]},
        refused="Bulan",
        note=("Not an indicator table but the month-by-month computation of one indicator, as the report prints it "
              "under its narrative: numerator A and denominator B per month, a Total row (45, 130) and a 'Rata-Rata' "
              "row of 9 and 9 — the average of the months with A > 0, not of the twelve (B's twelve-month mean is "
              "10,8; a published inconsistency kept) — and the formula line '= 100%'. Rows are months: the file must "
              "be refused naming the month column. The table's A/B legend kept as printed ('hak narapidana')."),
    ),
]

# ---------------------------------------------------------------- budget

#: Kemnaker realisation by eselon I: (name, (pagu, real) pegawai, barang, modal), as the dashboard prints them
_KEMNAKER = [
    ("SETJEN", (73_515_751_000, 60_203_552_697), (318_465_851_000, 241_352_747_288), (60_094_685_000, 46_995_226_074)),
    ("ITJEN", (19_453_126_000, 15_498_492_973), (46_910_911_000, 34_958_931_315), (2_106_337_000, 1_466_985_000)),
    ("DITJEN BINAPENTA & PKK", (49_677_704_000, 41_063_841_255), (770_121_986_000, 616_105_053_691),
     (23_308_277_000, 7_773_352_892)),
    ("DITJEN PHI & JAMSOS TK", (30_936_838_000, 24_385_123_646), (1_510_482_282_000, 1_180_393_908_013),
     (4_864_560_000, 3_387_666_400)),
    ("DITJEN BINWASNAKER", (65_681_760_000, 58_803_973_791), (205_981_727_000, 147_782_897_012),
     (87_716_581_000, 58_213_688_051)),
    ("BARENBANG", (20_023_075_000, 16_289_424_510), (190_237_969_000, 128_789_890_720), (11_163_386_000, 1_909_973_700)),
    ("DITJEN BINAVALOTAS", (278_745_369_000, 209_068_248_909), (1_969_948_869_000, 1_252_830_344_196),
     (372_364_921_000, 186_013_605_521)),
]


def _pct(real: int, pagu: int) -> str:
    return f"{real / pagu * 100:.2f}"


def _kemnaker_line(first: list, parts: list[tuple[int, int]]) -> list:
    total = (sum(p for p, _ in parts), sum(r for _, r in parts))
    return [*first, *[v for p, r in (*parts, total) for v in (_rp(p), _rp(r), _pct(r, p))]]


def _kemnaker_rows() -> list[list]:
    rows = [_kemnaker_line([n, name], list(parts)) for n, (name, *parts) in enumerate(_KEMNAKER, start=1)]
    sums = [(sum(u[k][0] for u in _KEMNAKER), sum(u[k][1] for u in _KEMNAKER)) for k in (1, 2, 3)]
    return rows + [_kemnaker_line(["KEMNAKER", None], sums)]


#: a Polri satker's DIPA by sumber dana and jenis belanja: (sumber, (pagu, realisasi) for 51, 52, 53); invented
_DIPA_RM = ((18_460_120_000, 17_212_846_300), (9_874_500_000, 8_903_118_750), (2_150_000_000, 1_987_400_000))
_DIPA_PNBP = ((0, 0), (1_245_000_000, 1_002_725_000), (380_000_000, 362_150_000))
_DIPA_ALL = tuple((a[0] + b[0], a[1] + b[1]) for a, b in zip(_DIPA_RM, _DIPA_PNBP))


def _dipa_block(source: str, parts) -> list[list]:
    total = (sum(p for p, _ in parts), sum(r for _, r in parts))
    serap = [f"{r / p * 100:.2f}" if p else "0.00" for p, r in (*parts, total)]
    return [[source, "Pagu", *[_rp(p) for p, _ in (*parts, total)]],
            [None, "Realisasi", *[_rp(r) for _, r in (*parts, total)]],
            [None, "Daya Serap", *serap]]


#: the same dashboard's third table: (satker, [(sumber, kegiatan, kontrak, pagu, realisasi)]); invented
_SATKER_DANA = [
    ("Srena", [("RM", 7, 1, 2_000_000_000, 1_000_000_000), ("PNBP", 7, 1, 2_000_000_000, 1_000_000_000)]),
    ("Biro SDM", [("RM", 5, 0, 1_450_000_000, 1_211_300_000), ("PNBP", 2, 0, 310_000_000, 248_000_000)]),
    ("Biro Logistik", [("RM", 9, 4, 6_820_000_000, 6_137_500_000), ("PNBP", 3, 1, 905_000_000, 712_400_000)]),
]


def _satker_rows() -> list[list]:
    rows = []
    for satker, lines in _SATKER_DANA:
        rows.append([satker])
        rows += [[None, source, keg, kontrak, _rp(pagu), _rp(real), f"{real / pagu * 100:.2f}"]
                 for source, keg, kontrak, pagu, real in lines]
    return rows


#: Dinas Ketahanan Pangan, realisation of APBN funds by unit kerja, January–March: (unit, dana, realisasi, fisik %)
_DKP_APBN = [
    ("Bidang Ketersediaan dan Kerawanan Pangan", 1_850_000_000, 312_400_000, 20.00),
    ("Bidang Distribusi dan Cadangan Pangan", 1_120_000_000, 168_000_000, 15.00),
    ("Bidang Konsumsi dan Keamanan Pangan", 965_000_000, 120_625_000, 12.50),
    ("UPTD Balai Pengawasan Mutu dan Keamanan Pangan", 430_000_000, 38_700_000, 10.00),
]


def _dkp_rows() -> list[list]:
    total = sum(d for _, d, _, _ in _DKP_APBN)
    rows = []
    for n, (unit, dana, real, fisik) in enumerate(_DKP_APBN, start=1):
        bobot = dana / total * 100
        keu = real / dana * 100
        rows.append([n, unit, "APBN", _rp(dana), f"{bobot:.2f}", _rp(real), f"{fisik:.2f}", f"{keu:.2f}",
                     "Dokumen", "Laporan", f"{bobot * fisik / 100:.2f}", f"{bobot * keu / 100:.2f}", "-", "-"])
    return rows


BUDGET: list[Layout] = [
    Layout(
        id="budget-kemnaker-realisasi-eselon1-band-pegawai-barang-modal",
        dataset="budget",
        agency="Kementerian Ketenagakerjaan, 'Realisasi Anggaran Kemnaker' by eselon I — kementerian dashboard",
        source=("github abaiss40135/dashboard-kemnaker (search index file id 29550137303), the dashboard's 'Realisasi "
                "Anggaran Kemnaker' table: NO | ESELON 1 | PEGAWAI › PAGU REAL % | BARANG › … | MODAL › … | TOTAL › "
                "PAGU REAL %, closing row 'KEMNAKER'"),
        year=2023,
        sheets={"Realisasi": [
            ["Realisasi Anggaran Kemnaker"],
            ["NO", "ESELON 1", "PEGAWAI", None, None, "BARANG", None, None, "MODAL", None, None, "TOTAL", None, None],
            [None, None, *["PAGU", "REAL", "%"] * 4],
            *_kemnaker_rows(),
        ]},
        merged={"Realisasi": ["A2:A3", "B2:B3", "C2:E2", "F2:H2", "I2:K2", "L2:N2", "A11:B11"]},
        expected=[_b("program", name, sum(p[0] for p in parts), sum(p[1] for p in parts)) for name, *parts in _KEMNAKER],
        note=("The ministry's realisation by eselon I unit, as published on its dashboard: a band per jenis belanja "
              "(PEGAWAI, BARANG, MODAL — belanja 51, 52, 53) and their TOTAL, each over PAGU | REAL | %, amounts as "
              "Indonesian text with dots for thousands ('73.515.751.000') but the percentages with a decimal point "
              "('81.89', '75.00'). The budget of a unit is TOTAL › PAGU and its realisation TOTAL › REAL (a flat list "
              "of units: level 'program'); the KEMNAKER row, merged over NO and ESELON 1, is the total. Every figure "
              "as printed, and they agree (bands add up to TOTAL, the rows to KEMNAKER, the % to two decimals); the "
              "fiscal year is not printed."),
    ),
    Layout(
        id="budget-polri-satker-dipa-pagu-realisasi-daya-serap-rows",
        dataset="budget",
        agency="A Polri satker (the dashboard's sample unit is 'Srena', its belanja 'Harwat'), 'Data DIPA TA 2023' dashboard — Polri satker",
        source=("github riantana/ipra application/views/home/index.php (commit 8dbbef7): 'Data DIPA TA 2023', Sumber Dana "
                "| Keterangan | Jenis Belanja › Pegawai Barang Modal | Total, blocks DIPA, RM, PNBP each over rows Pagu, "
                "Realisasi, Daya Serap"),
        year=2023,
        sheets={"Data DIPA": [
            ["Data DIPA TA 2023"],
            ["Sumber Dana", "Keterangan", "Jenis Belanja", None, None, "Total"],
            [None, None, "Pegawai", "Barang", "Modal", None],
            *_dipa_block("DIPA", _DIPA_ALL), *_dipa_block("RM", _DIPA_RM), *_dipa_block("PNBP", _DIPA_PNBP),
        ]},
        merged={"Data DIPA": ["A2:A3", "B2:B3", "C2:E2", "F2:F3", "A4:A6", "A7:A9", "A10:A12"]},
        refused="its rows 'Pagu' (B4) and 'Realisasi' (B5) hold the budget and the realisation",
        note=("The satker's DIPA turned on its side: the jenis belanja are columns (Pegawai, Barang, Modal, Total) and "
              "the measures rows — Pagu, Realisasi, Daya Serap — in a block per sumber dana, the name merged down the "
              "block. DIPA is the whole (RM + PNBP, checked: each DIPA cell is the sum of the two below), so the year's "
              "budget per jenis belanja is DIPA › Pagu and its realisation DIPA › Realisasi; RM and PNBP split it by "
              "source. The PNBP has no belanja pegawai (0, Daya Serap '0.00'). Amounts invented; the dashboard's "
              "second table (Harwat, belanja 53 only) is left out. The source names no agency: Polri by its "
              "vocabulary ('Srena', 'Harwat'). The kit reads no transposed table: it must refuse naming the rows "
              "'Pagu' and 'Realisasi' and asking for them as columns (what it would read: DIPA › Pagu and Realisasi "
              "per jenis belanja, Pegawai 18.460.120.000 / 17.212.846.300, Barang 11.119.500.000 / 9.905.843.750, "
              "Modal 2.530.000.000 / 2.349.550.000)."),
    ),
    Layout(
        id="budget-polri-satker-pagu-per-sumber-dana-kegiatan-kontrak",
        dataset="budget",
        agency="A Polri satker's work units ('Srena' as in the source; 'Biro SDM', 'Biro Logistik' invented), pagu and realisation by sumber dana — Polri satker dashboard",
        source=("github riantana/ipra application/views/home/index.php (commit 8dbbef7), third table: Satker | Sumber Dana "
                "| Kegiatan | Kontrak | Pagu | Realisasi | Daser (%), the satker written on a row of its own (rowspan) "
                "above its RM and PNBP rows"),
        year=2023,
        sheets={"Per Satker": [
            ["Satker", "Sumber Dana", "Kegiatan", "Kontrak", "Pagu", "Realisasi", "Daser (%)"],
            *_satker_rows(),
        ]},
        expected=[_b("program", satker, sum(line[3] for line in lines), sum(line[4] for line in lines))
                  for satker, lines in _SATKER_DANA],
        note=("Pagu and realisation per satker split by sumber dana (RM, PNBP): the satker alone on a row (the view's "
              "rowspan starts one row early), its funds on the rows below with the number of kegiatan and of "
              "contracts (counts, not money) and 'Daser (%)' (daya serap). No total per satker is printed: a satker's "
              "budget is the sum of its sources. Srena's two lines as the view's sample (2.000.000.000 and "
              "1.000.000.000 each); the other satker and all amounts invented."),
    ),
    Layout(
        id="budget-dkp-realisasi-apbn-per-unit-kerja-bobot-tertimbang",
        dataset="budget",
        agency="Dinas Ketahanan Pangan of a provinsi (monev application), realisation of APBN funds (dekonsentrasi / tugas pembantuan) by unit kerja — provinsi dinas export",
        source=("github afilamediakarya/demonev resources/views/Export/apbn.blade.php (commit 48a3b9d): 'LAPORAN REALISASI "
                "KEGIATAN PEMBANGUNAN', 'DINAS KETAHANAN PANGAN TAHUN ANGGGARAN 2020 KEADAAN BULAN JANUARI - MARET', "
                "'SUMBER DANA APBN', NO | NAMA UNIT KERJA | SUMBER DANA | JUMLAH DANA / DPA (RP) | BOBOT | REALISASI "
                "KEUANGAN (RP) | REALISASI (%) › FISIK KEUANGAN | INDIKATOR KERJA KELUARAN (OUTPUT) › NARASI SATUAN | "
                "PERSENTASE TERTIMBANG › FISIK (%) KEUANGAN (%) | PPTK/PELAKASANA | KET"),
        year=2020,
        sheets={"APBN": [
            ["LAPORAN REALISASI KEGIATAN PEMBANGUNAN"],
            ["DINAS KETAHANAN PANGAN TAHUN ANGGGARAN 2020 KEADAAN BULAN JANUARI - MARET"],
            ["SUMBER DANA APBN"],
            ["NO", "NAMA UNIT KERJA", "SUMBER DANA", "JUMLAH DANA / DPA (RP)", "BOBOT", "REALISASI KEUANGAN (RP)",
             "REALISASI (%)", None, "INDIKATOR KERJA KELUARAN (OUTPUT)", None, "PERSENTASE TERTIMBANG", None,
             "PPTK/PELAKASANA", "KET"],
            [None, None, None, None, None, None, "FISIK", "KEUANGAN", "NARASI", "SATUAN", "FISIK (%)", "KEUANGAN (%)",
             None, None],
            *_dkp_rows(),
        ]},
        merged={"APBN": ["A1:N1", "A2:N2", "A3:N3", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:H4", "I4:J4",
                         "K4:L4", "M4:M5", "N4:N5"]},
        expected=[_b("program", unit, dana, real) for unit, dana, real, _ in _DKP_APBN],
        note=("The monev report of the APBN-funded work of a provinsi dinas for the first quarter: per unit kerja its "
              "DPA amount, its weight in the whole (BOBOT, %), the realised rupiah, the physical and financial "
              "realisation in %, an output narrative and unit, the weighted percentages (bobot × realisation) and "
              "the PPTK. The budget is 'JUMLAH DANA / DPA (RP)', the realisation 'REALISASI KEUANGAN (RP)' (January "
              "– March only, as the title says); BOBOT and the weighted columns are no amounts. The title keeps the "
              "view's 'ANGGGARAN' and the header its 'PELAKASANA'. Units and amounts invented."),
    ),
    Layout(
        id="budget-diskominfo-pringsewu-pk-program-anggaran-total",
        dataset="budget",
        agency="Dinas Komunikasi dan Informatika Kabupaten Pringsewu — kabupaten OPD (e-SAKIP print)",
        source=("github andhika201/E-Sakip app/Views/adminOpd/pk_admin/cetak-L.php (commit 3063b6a): the Perjanjian "
                "Kinerja's PROGRAM | ANGGARAN table under the indicators, '<n>. <program>' and 'TOTAL Rp. …'"),
        year=2025,
        sheets={"PK 2025": _pringsewu_sheet()},
        merged={"PK 2025": _PRINGSEWU_MERGED},
        expected=[_b("program", name, amount, None) for name, amount in _PRINGSEWU_PROGRAM],
        note=("The same Perjanjian Kinerja read for its budget: the programs are numbered in the name cell ('1. Program "
              "Penunjang Urusan …'), the amounts Indonesian text, 'TOTAL' with 'Rp. ' before the sum; the indicator "
              "table above (SASARAN STRATEGIS | INDIKATOR SASARAN | TARGET) holds no money and the signature block "
              "follows. A plan: no realisation. Amounts invented."),
    ),
]

CASES: list[Layout] = [*STAFF, *INDICATORS, *BUDGET]
