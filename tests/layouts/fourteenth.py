"""The fourteenth held-out set: real staff and asset layouts collected blind, to measure the integrated kit on layouts
nobody tuned for (README.md records the cases; the lead measures them).

Kinds the corpus had none of: a ministry's performance-allowance payroll (Daftar Pembayaran Tunjangan Kinerja)
printed three people to a page, its headers written as stacked letters ('G⏎O⏎L⏎O⏎N⏎G⏎A⏎N'), name and 'NIP. …' in one
cell and a 'JUMLAH LEMBAR KE' subtotal under each page; a private kindergarten's monthly staff report whose status is
four tick columns (PNS DPK | Guru Bantu | GTY | GTT) and whose golongan prints ' / ' for everyone who has none; a
provincial secretariat's nominative list filtered to one golongan, every cell stacking fields on lines (the sex the
second line of 'MASA KERJA / JENIS KELAMIN / AGAMA / STATUS PEGAWAI'); a school website's facilities page whose
condition is a band of damage percentages ('30% – 45%') explained by a key below the classroom table, the classrooms
counted by condition rows × size columns; a provincial coordinating body's KIB B vehicle export sent as an HTML page
with an '.xls' name, its title rows outside any table, every cell prefixed with '&nbsp;' and the signature written as
runs of non-breaking spaces; a village's inventory book (Buku Inventaris dan Kekayaan Desa) from OpenSID with the
state at the start of the year, the deletions and the state at its end. One is a published table (figures as
printed); five are export or print layouts found in public code, filled with invented figures and synthetic people.
Expectations are what each table says, never what the kit reads: the cases were not run through the kit.
"""

from __future__ import annotations

from layouts.case import Layout, counts, rupiah, asset as _a, tally as _tally
from workbooks import nip


# ---------------------------------------------------------------- staff

#: the payroll's people: (serial, female, birth, TMT CPNS, name, golongan as the database holds it, status kawin,
#: kelas jabatan, gaji pokok, tunjangan struktural/fungsional, gaji kotor, tunjangan kinerja, PPh borne, PPh cut,
#: absence cut in %); people, NIPs and amounts invented
_TUKIN = [
    (1, False, "19700312", "199603", "Hendro Wibisono, S.E., M.Si.", "Pembina Tingkat I (IV/b)", "K1", 12,
     4_802_600, 980_000, 7_214_300, 9_896_000, 412_000, 412_000, 0),
    (2, True, "19780825", "200212", "Ratna Puspitasari, S.H.", "Penata Tingkat I (III/d)", "K1", 9,
     4_034_500, 540_000, 5_902_100, 5_079_000, 186_500, 186_500, 0),
    (3, False, "19850117", "200901", "Arief Kurniawan, S.Kom.", "Penata (III/c)", "TK", 8,
     3_619_200, 360_000, 4_401_700, 4_595_000, 98_400, 98_400, 2),
    (4, True, "19900604", "201503", "Dian Anggraeni, S.AP.", "Penata Muda (III/a)", "K1", 7,
     2_928_100, 0, 3_751_600, 3_915_000, 62_300, 62_300, 0),
    (5, True, "19881122", "201403", "Fitri Handayani, A.Md.", "Penata Muda Tingkat I (III/b)", "D/J", 7,
     3_128_500, 0, 3_566_500, 3_915_000, 58_900, 58_900, 0),
    (6, False, "19920930", "201803", "Yoga Pratama", "Pengatur (II/c)", "TK", 5,
     2_444_900, 0, 2_787_200, 2_702_000, 0, 0, 4),
    (7, False, "19741209", "199903", "Bambang Sutejo, S.T., M.T.", "Pembina (IV/a)", "K1", 11,
     4_428_000, 1_260_000, 6_998_400, 8_757_000, 351_200, 351_200, 0),
]


def _golongan(held: str) -> str:
    """'Penata (III/c)' → 'III/c', as the view cuts it out between the brackets."""
    return held.split("(")[1].split(")")[0]


def _n(amount: int) -> str:
    return rupiah(amount)


def _tukin_header() -> list[list]:
    return [
        ["KEMENTERIAN KOORDINATOR BIDANG PEREKONOMIAN\nDAFTAR PEMBAYARAN TUNJANGAN KINERJA\nBULAN : SEPTEMBER 2024"],
        ["UNIT ORGANISASI: KEMENTERIAN KOODINATOR BIDANG PEREKONOMIAN", None, None, None, None, None, None, None,
         None, None, None, None, "TGL PROSES: 30-09-2024"],
        ["N\nO\n.\nU\nR\nU\nT", "NAMA", "E\nS\nE\nL\nO\nN", "\nG\nO\nL\nO\nN\nG\nA\nN", "SUSUNAN\nKELUARGA", None,
         "K\nE\nL\nA\nS\n\nJ\nA\nB\nA\nT\nA\nN",
         "A. GAJI POKOK\n\nB. TUNJANGAN\nSTRUKTURAL/\nFUNGSIONAL/\nUMUM\n\nC. GAJI KOTOR",
         "D. TUNJANGAN\nKINERJA\n\nE. TUNJANGAN\nPENYESUAIAN\nPENGHASILAN\n\nF. TUNJANGAN\nKHUSUS\n\nG. POT ABSEN\n(%)",
         "H. TUNJANGAN\nKINERJA BERSIH\n(D+E+F-G)\n\nI. TUNJANGAN PPH 21\n\nJ. TUNJANGAN KINERJA KOTOR (H+1)\n\n"
         "K. POT PPH 21",
         "TUNJANGAN KINERJA YANG DIBAYARKAN (J-K)", "REKENING", "KETERANGAN"],
        [None, "NIP", None, None, "STATUS KAWIN", "JUMLAH ANAK", None, None, None, None, None, None, None],
        list(range(1, 14)),
    ]


def _tukin_rows() -> tuple[list[list], list[str]]:
    """The print, page by page (lembar of three), as the browser's print view pastes; and its merged ranges."""
    rows: list[list] = []
    merges: list[str] = []
    for page in range(0, len(_TUKIN), 3):
        top = len(rows) + 1
        rows += _tukin_header()
        merges += [f"A{top}:M{top}", f"A{top + 2}:A{top + 3}", f"C{top + 2}:C{top + 3}", f"D{top + 2}:D{top + 3}",
                   f"E{top + 2}:F{top + 2}", *[f"{c}{top + 2}:{c}{top + 3}" for c in "GHIJKLM"]]
        sums = [0] * 12
        for i, person in enumerate(_TUKIN[page:page + 3], start=page + 1):
            (serial, female, birth, tmt, name, held, kawin, kelas, pokok, struk, kotor, kinerja, pph, potong,
             absen) = person
            bersih = kinerja - kinerja * absen // 100
            gross = bersih + pph
            paid = gross - potong
            rows.append([i, f"{name}\nNIP. {nip(serial, female=female, birth=birth, appointed=tmt)}", None,
                         _golongan(held), kawin, None, kelas,
                         f"{_n(pokok)}\n{_n(struk)}\n{_n(kotor)}", f"{_n(bersih)}\n0\n0\n( {absen}% )",
                         f"{_n(bersih)}\n{_n(pph)}\n{_n(gross)}\n{_n(potong)}", _n(paid),
                         f"0{serial}21-01-00{4410 + serial * 7}-50-{serial}", None])
            for k, value in enumerate([pokok, struk, kotor, bersih, 0, 0, absen, bersih, pph, gross, potong, paid]):
                sums[k] += value
        rows.append([f"JUMLAH LEMBAR KE :{page // 3 + 1}", None, None, None, None, None, None,
                     "\n".join(_n(v) for v in sums[0:3]), "\n".join(_n(v) for v in sums[3:7]),
                     "\n".join(_n(v) for v in sums[7:11]), _n(sums[11]), None, None])
        merges.append(f"A{len(rows)}:G{len(rows)}")
    rows += [
        [],
        ["STATUS KAWIN/PERKAWINAN", None, None, "JAKARTA, 30 SEPTEMBER 2024"],
        ["TK = TIDAK KAWIN\nK1 = KAWIN\nD =DUDA\nJ = JANDA", "MENGETAHUI/MENYETUJUI :"],
        [None, "PEJABAT PEMBUAT KOMITMEN", "BENDAHARA", "PPABP BELANJA PEGAWAI"],
        [None, "Sutrisno Hadi", "Wulan Kusumawati", "Rudi Hartanto, ST, MMSI"],
        [None, "NIP ." + nip(21, birth="19660410", appointed="198903"),
         "NIP ." + nip(22, female=True, birth="19910228", appointed="201402"),
         "NIP ." + nip(23, birth="19810706", appointed="200312")],
    ]
    return rows, merges


_TUKIN_ROWS, _TUKIN_MERGES = _tukin_rows()

#: the kindergarten's staff: (name, serial or NUPTK, female, birth place, birth, TMT CPNS, ijazah, status, jabatan,
#: golongan, ruang, kelompok, started, SK date, SK number, sakit, ijin, alpa); people invented
_TK = [
    ("Sri Wahyuningsih, S.Pd", 31, True, "Banyuwangi", "19720514", "199803", "S1", "PNS Dpk", "Kepala TK", "III",
     "c", "B", "1998-03-01", "2019-04-01", "823.3/118/429.112/2019", 0, 0, 0),
    ("Endang Susilowati, S.Pd", 32, True, "Jember", "19800809", "200601", "S1", "PNS Dpk", "Guru", "III", "b", "A",
     "2006-01-01", "2020-10-01", "823.3/305/429.112/2020", 1, 0, 0),
    ("Siti Maesaroh", "7547758660300013", True, "Banyuwangi", "19800215", None, "D2", "Guru Bantu", "Guru", "", "",
     "B", "2004-07-15", "2010-01-04", "1065/C2/KP/2010", 0, 1, 0),
    ("Nur Aini, S.Pd", "1342766667300023", True, "Banyuwangi", "19881030", None, "S1", "GTY", "Guru", "", "", "A",
     "2012-07-16", "2016-07-01", "05/YPDWP/VII/2016", 0, 0, 0),
    ("Dewi Lestari", "-", True, "Situbondo", "19950317", None, "SMA", "GTY", "Guru Pendamping", "", "", "A",
     "2018-07-16", "2018-07-16", "11/YPDWP/VII/2018", 2, 0, 0),
    ("Agus Setiawan, S.Pd", "-", False, "Banyuwangi", "19930621", None, "S1", "GTT", "Guru", "", "", "B",
     "2022-07-18", "2022-07-18", "07/TK.DW3/VII/2022", 0, 0, 1),
]


def _masa_kerja(started: str) -> str:
    """The view's DateTime diff from the start date to the day of printing (31 July 2024 here)."""
    year, month = int(started[:4]), int(started[5:7])
    months = (2024 - year) * 12 + (7 - month)
    return f"{months // 12} Tahun\n{months % 12} Bulan"


def _tk_rows() -> list[list]:
    rows: list[list] = [
        ["NAMA TK\nYAYASAN\nKECAMATAN\nKABUPATEN\nPROPINSI",
         ": DHARMA WANITA 91\n: PERKUMPULAN PENDIDIKAN DHARMA WANITA PERSATUAN\n: PESANGGARAN\n: BANYUWANGI\n"
         ": JAWA TIMUR",
         "KEADAAN PERSONALIA TAMAN KANAK-KANAK\nTK DHARMA WANITA 3\nKEC. PESANGGARAN KAB. BANYUWANGI", None,
         "Alamat :", "Kampung Baru Lampon\nDesa Pesanggaran\nKecamatan Pesanggaran\nKabupaten Banyuwangi"],
        [],
        ["NO.", "NAMA GURU/PEGAWAI\n/ NIP / NPGB\nDAN ALAMAT RUMAH", "L/P", "TEMPAT DAN TGL LAHIR",
         "IJASAH TERAKHIR", "AGAMA", "STATUS KEPEGAWAIAN", None, None, None, "PANGKAT/JABATAN", "GOL/RUANG",
         "MASA KERJA SELURUHNYA", "MENGAJAR DI KELOMPOK", "TGL MULAI BEKERJA DI TK INI", "TGL DAN NOMOR SK TERAKHIR",
         "ABSENSI", None, None, None, "KETERANGAN"],
        [None, None, None, None, None, None, "PNS DPK", "Guru Bantu", "GTY", "GTT", None, None, None, None, None,
         None, "SAKIT", "IJIN", "TANPA KET.", "JML", None],
    ]
    for i, (name, serial, female, place, birth, tmt, ijazah, status, jabatan, gol, ruang, kelompok, started,
            sk_date, sk_no, sakit, ijin, alpa) in enumerate(_TK, start=1):
        number = nip(serial, female=female, birth=birth, appointed=tmt) if isinstance(serial, int) else serial
        ticks = ["✔" if status == kind else "-" for kind in ("PNS Dpk", "Guru Bantu", "GTY", "GTT")]
        rows.append([i, f"{name}\n{number}\n{place}", "P" if female else "L",
                     f"{place}, {birth[:4]}-{birth[4:6]}-{birth[6:]}", ijazah, "Islam", *ticks, jabatan,
                     f"{gol} / {ruang}", _masa_kerja(started), kelompok, started, f"{sk_date}\n{sk_no}", sakit, ijin,
                     alpa, sakit + ijin + alpa, None])
    rows += [
        [None] * 21,
        [],
        ["Mengetahui,"],
        ["Pesanggaran,...................", "Pesanggaran,..................."],
        ["Koordinator Wilayah Kerja Satuan Pendidikan\nKec. Pesanggaran", "Kepala TK DHARMA WANITA 3"],
        ["\n\n\n\nSUPARMAN, M.Pd", "\n\n\n\nSRI WAHYUNINGSIH, S.Pd"],
        ["Pembina\nNIP. " + nip(41, birth="19640822", appointed="198703"),
         "NIP. " + nip(31, female=True, birth="19720514", appointed="199803")],
    ]
    return rows


_TK_ASN = [row for row in _TK if row[7] == "PNS Dpk"]

#: the Setda's civil servants of one golongan (the print filters by it): (serial, female, birth place, birth,
#: TMT CPNS, name, TMT golongan, jabatan, TMT jabatan, eselon, unit kerja, pendidikan, diklat, masa kerja (years,
#: months), agama, jenis jabatan the eselon and jabatan tell); people and NIPs invented
_KALSEL = [
    (61, False, "Banjarmasin", "12/03/1978", "200501", "H. Muhammad Rizani, S.Sos", "01/04/2012",
     "Kepala Subbagian Tata Usaha Biro Umum", "02/01/2014", "IV.a", "Biro Umum", "S1 Ilmu Pemerintahan", "PIM IV",
     (11, 3), "Islam", "Struktural"),
    (62, True, "Martapura", "25/09/1981", "200603", "Noor Hasanah, S.E", "01/10/2013",
     "Kepala Subbagian Anggaran Biro Keuangan", "15/07/2015", "IV.a", "Biro Keuangan", "S1 Ekonomi Akuntansi",
     "PIM IV", (10, 9), "Islam", "Struktural"),
    (63, False, "Barabai", "07/11/1985", "200912", "Ahmad Fauzan, S.STP", "01/04/2014", "Analis Kebijakan",
     "01/03/2015", "-", "Biro Organisasi", "D IV Pemerintahan", "-", (7, 0), "Islam", "Fungsional"),
    (64, True, "Banjarbaru", "19/05/1983", "200803", "Siti Rahmah, S.Kom", "01/04/2015", "Penyusun Program",
     "01/06/2012", "-", "Biro Administrasi Pembangunan", "S1 Teknik Informatika", "-", (8, 9), "Islam", "Pelaksana"),
    (65, False, "Kandangan", "30/01/1980", "200701", "Yusran Effendi, S.H", "01/10/2014", "Pengadministrasi Umum",
     "01/01/2010", "-", "Biro Hukum", "S1 Ilmu Hukum", "-", (9, 11), "Islam", "Pelaksana"),
    (66, True, "Amuntai", "14/08/1987", "201001", "Dewi Maulida, S.Pd", "01/04/2016", "Pengelola Data",
     "01/02/2016", "-", "Biro Kesejahteraan Rakyat", "S2 Administrasi Publik", "-", (6, 11), "Islam", "Pelaksana"),
]
_KALSEL_GOLONGAN = "III/b"


def _kalsel_rows() -> list[list]:
    rows: list[list] = [
        ["DAFTAR NOMINATIF PEGAWAI BERDASARKAN GOLONGAN\nSEKRETARIAT DAERAH PROV. KALSEL TAHUN 2016"],
        [],
        ["NO.", "NAMA LENGKAP\nNIP / TEMPAT DAN TGL. LAHIR", "GOL. RUANG\nT.M.T", "JABATAN TERAKHIR\nT.M.T", "ESELON",
         "UNIT KERJA", "PENDIDIKAN UMUM\nTERAKHIR", "DIKLAT\nJABATAN\nTERAKHIR",
         "MASA KERJA\nJENIS KELAMIN\nAGAMA\nSTATUS PEGAWAI", "USIA", "KETERANGAN"],
    ]
    for i, (serial, female, place, birth, tmt, name, tmt_gol, jabatan, tmt_jab, eselon, unit, pendidikan, diklat,
            (years, months), agama, _) in enumerate(_KALSEL, start=1):
        day, month, year = (int(part) for part in birth.split("/"))
        number = nip(serial, female=female, birth=f"{year}{month:02d}{day:02d}", appointed=tmt)
        # the view's umur(): years and months from the birth date to the day of printing (20 December 2016 here)
        age_months = (2016 - year) * 12 + (12 - month) - (1 if 20 < day else 0)
        rows.append([f"{i}.", f"{name}\n{number}\n{place}, {birth}", f"{_KALSEL_GOLONGAN}\n{tmt_gol}",
                     f"{jabatan}\n{tmt_jab}", eselon, unit, pendidikan, diklat,
                     f"{years} Tahun {months} Bulan\n{'Perempuan' if female else 'Laki-laki'}\n{agama}\nPNS",
                     f"{age_months // 12} Tahun {age_months % 12} Bulan", None])
    return rows


STAFF: list[Layout] = [
    Layout(
        id="staff-kemenko-tukin-daftar-pembayaran-lembar-huruf-bertumpuk-nama-nip-satu-sel",
        dataset="staff",
        agency=("Kementerian Koordinator Bidang Perekonomian, its performance-allowance payroll — kementerian "
                "(central secretariat), tunjangan kinerja application print pasted into a sheet (synthetic people)"),
        source=("public GitHub Laravel application PetengDedet/SITUKIN, view "
                "resources/views/report/pembayaran.blade.php "
                "(search index file id 23911362083; the header also in report/master.blade.php, id 24040100314): "
                "'KEMENTERIAN KOORDINATOR BIDANG PEREKONOMIAN / DAFTAR PEMBAYARAN TUNJANGAN KINERJA / BULAN : …', "
                "'UNIT ORGANISASI: …' and 'TGL PROSES: …', headers N⏎O⏎.⏎U⏎R⏎U⏎T | NAMA over NIP | E⏎S⏎E⏎L⏎O⏎N | "
                "G⏎O⏎L⏎O⏎N⏎G⏎A⏎N | SUSUNAN KELUARGA › STATUS KAWIN | JUMLAH ANAK | K⏎E⏎L⏎A⏎S⏎⏎J⏎A⏎B⏎A⏎T⏎A⏎N | "
                "A–C | D–G | H–K | (J-K) | REKENING | KETERANGAN, columns 1–13, three people a page with 'JUMLAH "
                "LEMBAR KE :n', the STATUS KAWIN legend and three signatures after the last page"),
        year=2024,
        sheets={"Daftar Tukin": _TUKIN_ROWS},
        merged={"Daftar Tukin": _TUKIN_MERGES},
        expected={
            "golongan": counts(_golongan(row[5]) for row in _TUKIN),
            "gender": {"Laki-laki": sum(not row[1] for row in _TUKIN), "Perempuan": sum(row[1] for row in _TUKIN)},
        },
        # no education; ESELON printed empty and KELAS JABATAN a pay grade: no jenis jabatan
        findings=(("warning", "column_missing"), ("warning", "column_missing")),
        note=("A ministry's tunjangan kinerja payroll as its application prints it: the report loops over pages "
              "('lembar') of three people and prints the whole header again on each, so the seven people stand under "
              "three copies of a five-row header (title block, unit and process date, two header rows, the column "
              "numbers 1–13), each page closed by 'JUMLAH LEMBAR KE :n' with the page's sums; the STATUS KAWIN "
              "legend (TK / K1 / D / J) and three signatures close the last page. The headers are stacked letters, "
              "one per line ('N⏎O⏎.⏎U⏎R⏎U⏎T', '⏎G⏎O⏎L⏎O⏎N⏎G⏎A⏎N', 'K⏎E⏎L⏎A⏎S⏎⏎J⏎A⏎B⏎A⏎T⏎A⏎N'): GOLONGAN is the "
              "golongan ruang ('III/c', cut by the view out of 'Penata (III/c)'). Name and NIP share one cell "
              "('Name⏎NIP. 1970…'): the NIP gives the sex (digit 15). The ESELON column is printed empty for everyone "
              "and KELAS JABATAN is the allowance grade, not a jenis jabatan; there is no education: two expected "
              "warnings column_missing. The amounts stand three or four to a cell (A⏎B⏎C …, the absence cut as "
              "'( 2% )', D printed as the allowance already net of it, so D and H are the same figure); the bank "
              "account numbers are invented. The page-by-page recap the view prints after the "
              "list (a second table of each page's sums) is left out. People, NIPs and amounts synthetic; signatories "
              "invented."),
    ),
    Layout(
        id="staff-tk-dharma-wanita-keadaan-personalia-status-centang-pns-dpk-gty-gtt-golongan-garis-miring",
        dataset="staff",
        agency=("TK Dharma Wanita 3, Pesanggaran, Kabupaten Banyuwangi (a private kindergarten of the Perkumpulan "
                "Pendidikan Dharma Wanita Persatuan) — kindergarten, school application's monthly report (synthetic "
                "people)"),
        source=("public GitHub CodeIgniter application hdpolover/tk_dw_web, view "
                "application/views/templates/laporan_pdf/personalia.php (search index file id 15251558426): 'KEADAAN "
                "PERSONALIA TAMAN KANAK-KANAK / TK DHARMA WANITA 3 / KEC. PESANGGARAN KAB. BANYUWANGI' beside NAMA TK "
                "… PROPINSI and the address, NO. | NAMA GURU/PEGAWAI / NIP / NPGB DAN ALAMAT RUMAH | L/P | TEMPAT "
                "DAN TGL LAHIR | IJASAH TERAKHIR | AGAMA | STATUS KEPEGAWAIAN › PNS DPK | Guru Bantu | GTY | GTT | "
                "PANGKAT/JABATAN | GOL/RUANG | MASA KERJA SELURUHNYA | MENGAJAR DI KELOMPOK | TGL MULAI BEKERJA DI "
                "TK INI | TGL DAN NOMOR SK TERAKHIR | ABSENSI › SAKIT | IJIN | TANPA KET. | JML | KETERANGAN, a blank "
                "row, the Korwil's and the head's signatures"),
        year=2024,
        sheets={"Personalia": _tk_rows()},
        merged={"Personalia": ["C1:D1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:J3", "K3:K4",
                               "L3:L4", "M3:M4", "N3:N4", "O3:O4", "P3:P4", "Q3:T3", "U3:U4"]},
        expected={
            "golongan": counts(f"{row[9]}/{row[10]}" for row in _TK_ASN),
            "gender": {"Perempuan": len(_TK_ASN)},
            "education": counts(row[6] for row in _TK_ASN),
            "position_type": {"Fungsional": len(_TK_ASN)},
        },
        note=("A kindergarten's monthly staff report ('Keadaan Personalia') as its application prints it for the "
              "Korwil: a heading block of three side-by-side cells (its 'NAMA TK : DHARMA WANITA 91' disagrees with "
              "the "
              "title's 'TK DHARMA WANITA 3', as the template has it), a two-row header, six people, a blank row the "
              "template always prints, then the signatures. The status is four tick columns (PNS DPK | Guru Bantu | "
              "GTY | GTT, '✔' or '-'): only the two PNS DPK (civil servants seconded to the private kindergarten) are "
              "ASN and counted; the Guru Bantu, the two GTY (foundation teachers) and the GTT are not. GOL/RUANG is "
              "printed 'III / c' from two fields, and ' / ' for everyone without a golongan. Name, NIP or NUPTK "
              "('-' when none) and the birth place share one cell under a header promising the home address. L/P "
              "gives the sex, IJASAH TERAKHIR the education (S1, D2, SMA). PANGKAT/JABATAN holds only the post: "
              "'Kepala TK' and 'Guru' are teachers, jabatan fungsional guru. MASA KERJA is computed to the day of "
              "printing (July 2024, the year the case is read for: the report prints no date, only "
              "'Pesanggaran,......'). People, NIPs and NUPTKs synthetic; signatories invented."),
    ),
    Layout(
        id="staff-setda-kalsel-nominatif-per-golongan-sel-bertumpuk-jenis-kelamin-agama-status",
        dataset="staff",
        agency=("Sekretariat Daerah Provinsi Kalimantan Selatan, its civil servants of one golongan — provinsi "
                "Setda, staffing application print view (synthetic people)"),
        source=("public GitHub PHP staffing application, print page 'Laporan Pegawai Berdasarkan Golongan' (search "
                "index file id 13971917624; the repository is not named by the index): 'DAFTAR NOMINATIF PEGAWAI "
                "BERDASARKAN GOLONGAN / SEKRETARIAT DAERAH PROV. KALSEL TAHUN 2016', NO. | NAMA LENGKAP / NIP / "
                "TEMPAT DAN TGL. LAHIR | GOL. RUANG / T.M.T | JABATAN TERAKHIR / T.M.T | ESELON | UNIT KERJA | "
                "PENDIDIKAN UMUM TERAKHIR | DIKLAT JABATAN TERAKHIR | MASA KERJA / JENIS KELAMIN / AGAMA / STATUS "
                "PEGAWAI | USIA | KETERANGAN, the rows of the golongan chosen (?id=), window.print() on load"),
        year=2016,
        sheets={"Nominatif": _kalsel_rows()},
        merged={"Nominatif": ["A1:K1"]},
        expected={
            "golongan": {_KALSEL_GOLONGAN: len(_KALSEL)},
            "gender": {"Laki-laki": sum(not row[1] for row in _KALSEL),
                       "Perempuan": sum(row[1] for row in _KALSEL)},
            "education": {"S1": 4, "D4": 1, "S2": 1},
            "position_type": counts(row[15] for row in _KALSEL),
        },
        # 'Analis Kebijakan', without its jenjang, names no type: the kit asks, and the user states it in lakip.yml
        told="The position type of 1 employees is unknown: their jabatan names say no type ('Analis Kebijakan' (D6)",
        settings={"position_types": {"Analis Kebijakan": "Fungsional"}},
        note=("A provincial secretariat's nominative list as its application prints it (the browser's print view "
              "copied into a sheet): the report takes one golongan from the address (?id=) and lists its people, so "
              "every row is III/b, and the title says 'BERDASARKAN GOLONGAN' without naming which. Every header and "
              "cell stacks several fields on lines: name ⏎ NIP ⏎ birth place and date (dd/mm/yyyy); golongan ⏎ its "
              "TMT; jabatan ⏎ its TMT; and one cell 'MASA KERJA ⏎ JENIS KELAMIN ⏎ AGAMA ⏎ STATUS PEGAWAI' holding "
              "'11 Tahun 3 Bulan ⏎ Laki-laki ⏎ Islam ⏎ PNS': the sex is its second line (and the NIP's digit 15 "
              "agrees). Education as degree and field ('S1 Ilmu Hukum', 'D IV Pemerintahan' counted D4, 'S2 "
              "Administrasi Publik'). ESELON 'IV.a' marks the two structural heads; the others are '-': 'Analis "
              "Kebijakan' is a functional post, 'Penyusun Program', 'Pengadministrasi Umum' and 'Pengelola Data' "
              "executor posts (fungsional umum in 2016). USIA computed to the day of printing (December 2016 here). "
              "People and NIPs synthetic."),
    ),
]


# ---------------------------------------------------------------- assets

_DASH = "–"
#: rooms other than classrooms as the page prints them: (section, no, room, jumlah, ukuran, kondisi); '–' none
_SMPN2_ROOMS = [
    ("B. DATA RUANG BELAJAR LAINNYA", [
        (1, "Perpustakaan", 1, "84 m²", "30% – 45%"), (2, "Lab.IPA", 1, "108 m²", "15% – 45%"),
        (3, "Keterampilan", _DASH, _DASH, _DASH), (4, "Multimedia", _DASH, _DASH, _DASH),
        (5, "Kesenian", 1, "84 m²", "30% – 45%"), (6, "Labor Sains", 1, "84 m²", "30% – 45%"),
        (7, "Labor IPS", 1, "84 m²", "30% – 45%"), (8, "Lab.Bahasa", 1, " ≤63 m²", "15% – 30%"),
        (9, "Lab.Komputer", 1, " ≤63 m²", "15% – 30%"), (10, "PTD", _DASH, _DASH, _DASH),
        (11, "Serbaguna/aula", _DASH, _DASH, _DASH), (12, "..........", _DASH, _DASH, _DASH)]),
    ("C. DATA RUANG KANTOR", [
        (1, "Kepala Sekolah", 1, "41 m²", "15% – 30%"), (2, "Wakil Kepala Sekolah", 1, "42 m²", "45% – 65%"),
        (3, "Guru", 1, "84 m²", "15% – 30%"), (4, "Tata Usaha", 1, "41 m²", "15% – 30%"),
        (5, "Tamu", _DASH, _DASH, _DASH), (6, "Lainnya:", _DASH, _DASH, _DASH)]),
    ("D. DATA RUANG PENUNJANG", [
        (1, "Gudang", _DASH, _DASH, _DASH), (2, "Dapur", _DASH, _DASH, _DASH), (3, "Reproduksi", _DASH, _DASH, _DASH),
        (4, "KM/WC Guru", 1, "6 m²", "30% – 45%"), (5, "KM/WC Siswa", 2, "12 m²", "30% – 45%"),
        (6, "BK", _DASH, _DASH, _DASH), (7, "UKS", _DASH, _DASH, _DASH), (8, "PMR/Pramuka", _DASH, _DASH, _DASH),
        (9, "OSIS", _DASH, _DASH, _DASH), (10, "Ibadah", _DASH, _DASH, _DASH),
        (11, "Ruang Ganti", _DASH, _DASH, _DASH), (12, "Koperasi Siswa", 1, "2 × 3 m", "45% – 65%"),
        (13, "Hall/Loby", _DASH, _DASH, _DASH), (14, "Kantin", 1, "42 m⊃", "15% – 30%"),
        (15, "Rumah Pompa/Menara Air", _DASH, _DASH, _DASH), (16, "Bangsal Kendaraan", _DASH, _DASH, _DASH),
        (17, "Rumah Penjaga Sekolah", 1, "42 m&suo2;", "15% – 30%"), (18, "Pos Jaga", 1, "2 × 3 m", "45% – 65%")]),
]


def _smpn2_rows() -> list[list]:
    rows: list[list] = [
        ["Sarana dan Prasarana"],
        ["A. DATA RUANG BELAJAR (Ruang Kelas)"],
        ["KONDISI RUANGAN", "Jumlah Dan Ukuran", None, None, None,
         "Jumlah Ruang Lainnya Yang Digunakan Untuk Ruang Kelas (e)",
         "Jumlah Ruang Yang Digunakan Untuk Ruang Kelas (f)=(d + e)"],
        [None, "Ukuran 7 × 9 m² (a)", "Ukuran ≤ 63 m²(b)", "Ukuran ≥ 63 m²(c)", "Jumlah(c)=(a + b + c)"],
        ["Baik", _DASH, _DASH, 18, 18, "....... ruang, yaitu: 6 Kebutuhan 6 ruang kelas baru. ", 24],
        *[[state, _DASH, _DASH, _DASH, _DASH] for state in ("Rusak Ringan", "Rusak Sedang", "Rusak Berat",
                                                           "Rusak Total")],
        ["Rombel", _DASH, _DASH, _DASH, 24, _DASH, _DASH],
        [],
        ["Keterangan Kondisi"],
        ["Baik", "Kerusakan ≤ 15%"], ["Rusak Ringan", "15% – ≤ 30%"], ["Rusak Sedang", "30% – ≤ 45%"],
        ["Rusak Berat", "45% – 65%"], ["Rusak Total", "≥65%"],
    ]
    for title, rooms in _SMPN2_ROOMS:
        rows += [[], [title], ["NO", "JENIS RUANGAN", "JUMLAH (buah)", "Ukuran (p × l)", "Kondisi*)"]]
        rows += [list(room) for room in rooms]
    rows += [
        [],
        ["E. Lapangan Olahraga Dan Upacara"],
        ["LAPANGAN", "JUMLAH (buah)", "UKURAN (p ×)", "KONDISI", "KETERANGAN"],
        ["Lapangan Olahraga\nVolleyball\nBadminton\nTakraw\n…………\n…………", None, None, None, "Semua Lapangan Satu"],
        ["Lapangan Olahraga", 1, "1.202 m²", "15% – 30%", _DASH],
        [],
        ["1 2 3 Next Last"],
    ]
    return rows


def _smpn2_expected() -> list[dict]:
    """The classrooms (18, all Baik), then every room the school has: above 15% damage is not good (the page's key)."""
    expected = [_a("Ruang Kelas", 18, 0)]
    for _, rooms in _SMPN2_ROOMS:
        expected += [_a(room, 0, count) for _, room, count, _, _ in rooms if count != _DASH]
    return expected + [_a("Lapangan Olahraga", 0, 1)]


#: the Bakorwil's vehicles: (kode barang, nama, register, jumlah, merk/tipe, CC, tahun, rangka, mesin, polisi, BPKB,
#: harga, keterangan, kondisi); registers, numbers and prices invented
_KIB_B = [
    ("02.03.01.02.03", "Minibus", "0001", 1, "Toyota Kijang Innova 2.0 G", "1998", "2012", "MHFXW42G0C2047815",
     "1TR7125588", "S 1057 BP", "J-08412675", 275_000_000, "Kendaraan Operasional Kepala", "Baik"),
    ("02.03.01.02.03", "Minibus", "0002", 1, "Isuzu Panther LV", "2499", "2006", "MHCTBR54F6K120355", "E120355",
     "S 1023 BP", "D-2208746", 168_500_000, "Operasional Kantor", "Kurang Baik"),
    ("02.03.01.01.01", "Sedan", "0001", 1, "Toyota Vios 1.5 G", "1497", "2009", "MR053BK4090211873", "1NZ2114563",
     "S 1019 BP", "F-06630192", 212_000_000, "Operasional Kantor", "Kurang Baik"),
    ("02.03.01.04.02", "Pick Up", "0001", 1, "Mitsubishi L300 Pick Up", "2477", "2015", "MHMLO0U39FK150227",
     "4D56CJ21784", "S 8106 BP", "L-03325117", 189_750_000, "Angkutan Barang", "Baik"),
    ("02.03.01.05.01", "Sepeda Motor", "0001", 1, "Honda Supra X 125", "125", "2010", "MH1JB9129AK061772",
     "JB91E1061825", "S 2284 BP", "H-05178903", 15_750_000, "Operasional Staf", "Baik"),
    ("02.03.01.05.01", "Sepeda Motor", "0002", 1, "Honda Supra X 125", "125", "2010", "MH1JB9120AK061790",
     "JB91E1061843", "S 2285 BP", "H-05178904", 15_750_000, "Operasional Staf", "Rusak Berat"),
    ("02.03.01.05.01", "Sepeda Motor", "0003", 1, "Yamaha Jupiter Z", "110", "2008", "MH35D9205BJ318822",
     "5D9318839", "S 2117 BP", "G-01244068", 13_900_000, "Operasional Staf", "Kurang Baik"),
]


def _kib_b_html() -> str:
    """The view's output as the browser saves OutputPeralatanMesin.xls: nbs(n) is n '&nbsp;', br(4) four '<br />'."""
    sp = "&nbsp;"
    head = ["No", "Kode Barang", "Jenis Barang/<br>Nama Barang", "No.Reg", "Jumlah<br>Barang", "Merk/<br>Tipe",
            "Ukuran/<br>CC", "Bahan", "Tahun<br>Pembelian"]
    lines = [
        "", "<title>SIMBABA-BAKORWIL BOJONEGORO</title>", "<style>", "td {", "   vertical-align: middle;", "}",
        "</style>", '<!-- <table border="0" style="font-size:15px;border:none;font-family:Arial;"> -->', "  <tr>",
        '    <td colspan="13"><center style="font-size:16px;">KARTU INVENTARIS BARANG(KIB) B<br>PERALATAN DAN '
        'MESIN</center></td>', '    <td colspan="13"></td>', "  </tr> ", "<!--</table>-->",
        "  <tr>", f'    <td nowrap width="10"><strong>PROVINSI</strong></td><td width="50"></td><td >{sp * 12} :JAWA '
        'TIMUR</td>', "  </tr>", "  <br>",
        "  <tr>", f'    <td nowrap width="10"><strong>Unit Lokasi</strong></td><td width="50"></td><td >{sp * 10}'
        ':13000302-Bakorwil Bojonegoro</td>', "  </tr>", "  <br>",
        "  <tr>", f'    <td nowrap width="10"><strong>Kepemilikan</strong></td><td width="50"></td><td >{sp * 6} '
        ':11 - PEMERINTAH-PROVINSI</td>', "  </tr>", "<br>", "<br>",
        '<table border="1" style="font-size:13px;border:100px;font-family:Arial;">', "    <thead>", "    <tr>",
        *[f'        <th rowspan="2"><center>{cell}</center></th>' for cell in head],
        '        <th colspan="5"><center>Nomor</center></th>',
        '        <th rowspan="2"  width="100"><center>Asal Usul<br>Cara Perolehan</center></th>',
        '        <th rowspan="2"><center>Harga</center></th>',
        '        <th rowspan="2"  width="100"><center>Keterangan</center></th>',
        '        <th rowspan="2"><center>Kondisi</center></th>', "    </tr>", "    <tr>",
        *[f'        <th width="50"><center>{cell}</center></th>' for cell in ("Pabrik", "Rangka", "Mesin", "Polisi",
                                                                           "BPKB")],
        "    </tr>", "    <tr>", *[f"        <th>{i}</th>" for i in range(1, 19)], "    </tr>", "    </thead>",
        "    <tbody>", "     ",
    ]
    for i, (kode, nama, reg, jumlah, merk, cc, tahun, rangka, mesin, polisi, bpkb, harga, ket, kondisi) in enumerate(
            _KIB_B, start=1):
        cells = [kode, nama, reg, jumlah, merk, cc, "Besi", tahun, "-", rangka, mesin, polisi, bpkb, "Pembelian",
                 f"{rupiah(harga)},00", ket, kondisi]
        lines += ["      <tr>", f"        <td><center>{sp}{i}</center></td>",
                  *[f"        <td>{sp}{cell}</td>" for cell in cells], "      </tr>", "        "]
    lines += [
        "    <tr>", '        <th colspan="4">Jumlah</th>', f"        <th>{sum(row[3] for row in _KIB_B)}</th>",
        '        <th colspan="10"></th>', f"        <th>{rupiah(sum(row[11] for row in _KIB_B))},00</th>",
        '        <th colspan="2"></th>', "    </tr>", "    </tbody>", "", "</table>",
        f"{sp * 78}<span>Mengetahui</span>{sp * 205}<span>Bojonegoro, 29-12-2023</span><br>",
        f"{sp * 53}<span>PEJABAT PENATA USAHAAN BARANG</span>{sp * 183}<span>Pengurus Barang</span><br>",
        "<br /><br /><br /><br />",
        f"{sp * 70}<span>Drs. Joko Santoso, M.Si</span>{sp * 215}<span>Anik Rahayu, S.E.</span><br>",
        f"{sp * 74}<span>Pembina Tingkat I</span>{sp * 222}<span>Penata Muda</span><br>",
        f"{sp * 61}<span>NIP.{nip(51, birth='19680915', appointed='199403')}</span>{sp * 192}"
        f"<span>NIP.{nip(52, female=True, birth='19890402', appointed='201403')}</span><br>",
    ]
    return "\n".join(lines)


#: the desa's inventory book for 2023: (jenis barang, asal: sendiri, pemerintah, provinsi, kabupaten, sumbangan;
#: awal tahun: baik, rusak; dihapus: rusak, dijual, disumbang, tanggal; akhir tahun: baik, rusak; keterangan);
#: figures invented
_BUKU_INVENTARIS = [
    ("Tanah Kas Desa", 3, 0, 0, 0, 0, 3, 0, 0, 0, 0, "", 3, 0, "Sawah bengkok (bidang)"),
    ("Gedung Kantor Desa", 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, "", 1, 0, ""),
    ("Sepeda Motor", 0, 0, 0, 2, 0, 2, 0, 0, 0, 0, "", 1, 1, "Operasional Kasi Pemerintahan dan Kadus"),
    ("Komputer / Laptop", 4, 0, 0, 0, 0, 3, 1, 1, 0, 0, "14-08-2023", 3, 0, ""),
    ("Printer", 2, 0, 0, 0, 0, 1, 1, 0, 0, 0, "", 1, 1, ""),
    ("Meja Kerja", 10, 0, 0, 0, 2, 10, 2, 2, 0, 0, "02-10-2023", 9, 1, ""),
    ("Kursi Kerja", 20, 0, 0, 0, 0, 16, 4, 0, 4, 0, "02-10-2023", 14, 2, "Dijual lelang"),
    ("Lemari Arsip", 0, 0, 3, 0, 0, 3, 0, 0, 0, 0, "", 2, 1, ""),
    ("Jalan Desa (Rabat Beton)", 5, 0, 0, 0, 0, 4, 1, 0, 0, 0, "", 4, 1, "Ruas"),
    ("Jembatan Desa", 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, "", 0, 1, ""),
]


def _buku_inventaris_html() -> str:
    """OpenSID's 'unduh' of the Buku Inventaris dan Kekayaan Desa: the print view sent as .xls (identity invented)."""
    nb = "&nbsp;"
    lines = [
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml">', "<head>", "\t<title>Data Penduduk</title>",
        '\t<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">', "\t<style>",
        '\t\t.textx{ mso-number-format:"\\@"; }', "\t\ttd,th{ font-size:9pt; }",
        "\t\ttable#inventaris { border: solid 2px black; }", "\t</style>", "</head>", "<body>",
        '<div id="container">', '<div id="body">', '\t<div class="header" align="center">',
        '\t\t<label align="left">DESA SUKAMULYA KECAMATAN CIBEBER KABUPATEN CIANJUR</label>',
        "\t\t<h3> BUKU INVENTARIS DAN KEKAYAAN DESA - Tahun 2023</h3>", "\t\t<br>", "\t</div>",
        '  <table id="inventaris" class="list border thick">', "\t\t<thead>", "      <tr>",
        '        <th rowspan="3" class="border">No</th>', '\t\t\t\t<th rowspan="3" class="border">Jenis Barang \t</th>',
        '\t\t\t\t<th colspan="5" class="border">Asal Barang</th>',
        '\t\t\t\t<th colspan="2" class="border">Keadaan Barang Awal Tahun</th>',
        '\t\t\t\t<th colspan="4" class="border">Penghapusan</th>',
        '\t\t\t\t<th colspan="2" class="border">Keadaan Barang Akhir Tahun</th>',
        '\t\t\t\t<th rowspan="3" class="border" >Keterangan</th>', "\t\t\t</tr>", "\t\t\t<tr>",
        '\t\t\t\t<th rowspan="2" class="border">Dibeli Sendiri</th>',
        '\t\t\t\t<th colspan="3" class="border">Bantuan</th>',
        *[f'\t\t\t\t<th rowspan="2" class="border">{cell}</th>'
          for cell in ("Sumbangan", "Baik", "Rusak", "Rusak", "Dijual", "Disumbang", "Tgl Penghapusan", "Baik",
                       "Rusak")],
        "\t\t\t</tr>", "\t\t\t<tr>",
        *[f'\t\t\t\t<th class="border">{cell}</th>' for cell in ("Pemerintah", "Provinsi", "Kabupaten")],
        "\t\t\t</tr>", "\t\t</thead>", "\t\t<tbody>",
    ]
    for i, row in enumerate(_BUKU_INVENTARIS, start=1):
        lines += ["\t\t\t\t<tr>", f'\t\t\t\t\t<td class="border" align="center" width="2">{i}</td>',
                  *[f'\t\t\t\t  <td class="border">{cell}</td>' for cell in row], "\t\t\t\t</tr>"]
    blank = f'\t\t<tr><td colspan="16">{nb}</td></tr>'
    lines += [
        "\t  </tbody>", "\t</table>", '\t<table id="ttd">', blank, blank, "\t\t<tr>",
        f'\t\t\t<td colspan="6" width="35%">{nb}</td>', '\t\t\t<td colspan="2" width="15%"\t>MENGETAHUI</td>',
        '\t\t\t<td colspan="5" width="25%"><span class="underline">DESA SUKAMULYA,CIBEBER,29 DESEMBER 2023</span></td>',
        f'\t\t\t<td colspan="3" width="25%">{nb}</td>', "\t\t</tr>", "\t\t<tr>", f'\t\t\t<td colspan="6">{nb}</td>',
        '\t\t\t<td colspan="2">KEPALA DESA</td>', '\t\t\t<td colspan="5">SEKRETARIS DESA</td>',
        f'\t\t\t<td colspan="3">{nb}</td>', "\t\t</tr>", *[blank] * 6, "\t\t<tr>", f'\t\t\t<td colspan="6">{nb}</td>',
        '\t\t\t<td colspan="5"><span class="underline">ASEP SAEPUDIN</span></td>',
        '\t\t\t<td colspan="2"><span class="underline">DENI HERMAWAN</span></td>', f'\t\t\t<td colspan="3">{nb}</td>',
        "\t\t</tr>", "\t</table>", "</div>", "</div> <!-- Container -->", "", "</body></html>", "",
    ]
    return "\n".join(lines)


ASSETS: list[Layout] = [
    Layout(
        id="assets-smpn2-sarpras-kondisi-persen-kerusakan-ruang-kelas-kondisi-kali-ukuran",
        dataset="assets",
        agency=("An SMP Negeri 2 (its website repository is named SMPN2dev; the page names neither the school's town "
                "nor a year), the school's rooms — public junior secondary school, website profile page (published "
                "figures)"),
        source=("public GitHub CodeIgniter website novalkrnfds/SMPN2dev, view "
                "application/views/content/profil/saranaprasarana2.php (search index file id 13222873965), page 2 of "
                "'Sarana dan Prasarana': A. DATA RUANG BELAJAR (Ruang Kelas) KONDISI RUANGAN × Jumlah Dan Ukuran "
                "(a)–(c), Jumlah, (e), (f); Keterangan Kondisi (Baik ≤ 15% … Rusak Total ≥ 65%); B. DATA RUANG "
                "BELAJAR LAINNYA, C. DATA RUANG KANTOR, D. DATA RUANG PENUNJANG (NO | JENIS RUANGAN | JUMLAH (buah) "
                "| Ukuran (p × l) | Kondisi*)); E. Lapangan Olahraga Dan Upacara"),
        year=2023,
        sheets={"Sarana dan Prasarana": _smpn2_rows()},
        merged={"Sarana dan Prasarana": ["A3:A4", "B3:E3", "F3:F4", "G3:G4"]},
        expected=_smpn2_expected(),
        note=("A school's facilities page copied as the browser shows it, five tables one under another. The "
              "classrooms are counted by condition rows (Baik, Rusak Ringan, Rusak Sedang, Rusak Berat, Rusak Total) "
              "across size columns: 18 rooms ≥ 63 m², all Baik (the 'Jumlah' column is labelled '(c)' again where "
              "(d) is meant, and its column (e) holds a sentence: six more classrooms are needed for the 24 rombel). "
              "The 'Rombel' row counts study groups, not rooms. The other tables give each room with its number, its "
              "size and its condition as a band of damage, '30% – 45%', which the 'Keterangan Kondisi' key under the "
              "classrooms maps to a category: up to 15% Baik, above it Rusak Ringan, Sedang, Berat or Total. Every "
              "room listed with a number is above 15% (Lab.IPA's '15% – 45%' spans two bands, both damaged): damaged. "
              "Rooms printed '–' the school does not have: no item. Sizes as the page renders its typos ('42 m⊃' "
              "from '&sup;', '42 m&suo2;'); the sports-field row lists the games in one cell above the field's own "
              "row; the pager ('1 2 3 Next Last') stays under the tables. The page carries no date: read as 2023. "
              "Figures as the page's source in the website's repository holds them (whether that copy was the one "
              "online is not known)."),
    ),
    Layout(
        id="assets-simbaba-bakorwil-kib-b-kendaraan-html-xls-nbsp-tanda-tangan-spasi",
        dataset="assets",
        agency=("Bakorwil Bojonegoro (Badan Koordinasi Wilayah Pemerintahan dan Pembangunan, Pemerintah Provinsi "
                "Jawa Timur), its vehicles in the KIB B — provinsi regional body, SIMBABA asset application export "
                "(items synthetic)"),
        source=("public GitHub CodeIgniter application ecchost/simbaba, view application/views/admin/kib/kendaraan.php "
                "(search index file id 8586177214): header('content-type:Application/vnd-ms-excel'), file "
                "OutputPeralatanMesin.xls, 'KARTU INVENTARIS BARANG(KIB) B / PERALATAN DAN MESIN', PROVINSI, Unit "
                "Lokasi 13000302-Bakorwil Bojonegoro, Kepemilikan 11 - PEMERINTAH-PROVINSI, No | Kode Barang | Jenis "
                "Barang/Nama Barang | No.Reg | Jumlah Barang | Merk/Tipe | Ukuran/CC | Bahan | Tahun Pembelian | "
                "Nomor › Pabrik | Rangka | Mesin | Polisi | BPKB | Asal Usul Cara Perolehan | Harga | Keterangan | "
                "Kondisi, columns 1–18, Jumlah, the signatures after the table"),
        year=2023,
        sheets={},
        expected=_tally((row[1], row[3], row[13] == "Baik") for row in _KIB_B),
        note=("An HTML page sent as Excel, as the application writes it: no <html> or <body>; the title and the "
              "PROVINSI / Unit Lokasi / Kepemilikan lines are <tr> rows outside any table (the <table> around them "
              "is commented out) with <br> between them and runs of '&nbsp;' before the values; then the KIB B table "
              "with a two-row header (Nomor over Pabrik … BPKB), the column numbers 1–18, one row per register "
              "whose every cell starts with '&nbsp;' (so the numbers are text with a leading non-breaking space), "
              "and a Jumlah row (units and Harga). The signatures come after the table as <span>s placed with "
              "hundreds of '&nbsp;', not cells. Kondisi is a word: Baik, Kurang Baik (counted damaged, as the corpus "
              "does), Rusak Berat. Seven vehicles, one unit per register; the units counted by Jenis Barang. The "
              "view formats Harga with a helper not shown (written here as '275.000.000,00'). Registers, frame and "
              "engine numbers, plates, prices and signatories invented."),
        html=_kib_b_html(),
    ),
    Layout(
        id="assets-opensid-buku-inventaris-kekayaan-desa-awal-hapus-akhir-tahun-html-xls",
        dataset="assets",
        agency=("Desa Sukamulya, Kecamatan Cibeber, Kabupaten Cianjur (invented), its inventory book for 2023 — desa "
                "government, OpenSID village information system download (figures synthetic)"),
        source=("public GitHub copy of OpenSID, view of the 'Buku Inventaris dan Kekayaan Desa' print and download "
                "(search index file id 3638267469; its style notes 'Style berikut untuk unduh excel'): '<title>Data "
                "Penduduk</title>', the desa identity, 'BUKU INVENTARIS DAN KEKAYAAN DESA - Tahun …', No | Jenis "
                "Barang | Asal Barang › Dibeli Sendiri | Bantuan › Pemerintah | Provinsi | Kabupaten | Sumbangan | "
                "Keadaan Barang Awal Tahun › Baik | Rusak | Penghapusan › Rusak | Dijual | Disumbang | Tgl "
                "Penghapusan | Keadaan Barang Akhir Tahun › Baik | Rusak | Keterangan, then a signature table"),
        year=2023,
        sheets={},
        expected=[_a(row[0], row[12], row[13]) for row in _BUKU_INVENTARIS],
        note=("The village inventory book of Permendagri 1/2016 as OpenSID downloads it: an HTML page sent as .xls "
              "(still titled 'Data Penduduk', the template's leftover), the desa identity line and the title with "
              "the year, then a three-row header: Asal Barang (five sources, three under Bantuan), Keadaan Barang "
              "Awal Tahun (Baik | Rusak), Penghapusan (Rusak | Dijual | Disumbang | Tgl Penghapusan) and Keadaan "
              "Barang Akhir Tahun (Baik | Rusak). Each row is a kind of goods with its counts: the state a careful "
              "analyst reports for the year is the end-of-year one (Akhir Tahun); the start of the year and the "
              "deletions are its history (each row's end equals its start less its deletions; the sources add up to "
              "the start). Counts in land plots and road sections as the book keeps them. The signature table "
              "follows, its names in cells of other widths than their titles (colspan 5 then 2 under 2 then 5), as "
              "the template has it. Desa, officials and figures invented."),
        html=_buku_inventaris_html(),
    ),
]

CASES: list[Layout] = [*STAFF, *ASSETS]
