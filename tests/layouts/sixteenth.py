"""The sixteenth held-out set: real staff and asset layouts collected blind, to measure the integrated kit on layouts
nobody tuned for (README.md records the cases; the lead measures them).

Kinds the corpus had none of: a puskesmas's staff printed as one card per employee (the Kemenkes 'Formulir Data
Kepegawaian': a three-column 'No | Uraian | Data' table of lettered fields, 'a. NIK' … 'k. 7) Provinsi', then small
history tables of rank, education and position under numbered captions), the status ASN PNS / Non ASN a field of the
card and the highest education printed from the field of the first appointment; a private school's staff download sent
as an HTML page named .xls with the header in plain <td> cells under an <h1>, a 'Jenis PTK' column (Guru Mapel, Tenaga
Administrasi Sekolah …), an 'Is Active?' column and a status column mixing PNS, GTY and honorary staff; an air-force
hospital's (RSPAU, TNI AU) nominative list of its civil servants in the military's vocabulary, 'PANGKAT KORP' holding
'Penata Tk I III-D / Kes' over the NIP, a 'GOL JAB/GRADE' column that is the position's grade and not a golongan, the
education under 'DIKUMTI' and the military training under 'DIKMILTI'; a kota SIMBADA's KIB C (buildings) of a
puskesmas as its UPB, an HTML .xls whose tables nest in the second cell of an outer table with an empty first column,
the condition a word (Baik, Kurang Baik, Rusak Berat) as the fifth column, building codes printed unpadded and the
land code broken by a line of tabs; a madrasah's (MAN, Kementerian Agama) asset application's CSV reports opened in
Excel, one by category where the Baik | Rusak Ringan | Rusak Berat columns count registers while 'Total Unit' counts
units (the conditions add up to 'Total Aset', not to the units), and one list of every asset with its units and
condition word and a TOTAL row after a blank row. All six are export or print layouts found in public code, filled
with invented figures and synthetic people; no published table of the kinds asked for (puskesmas, RSUD, sekretariat
DPRD, Satpol PP, BPBD, kantor Kementerian Agama) survived the page search. Expectations are what each table says,
never what the kit reads: the cases were not run through the kit.
"""

from __future__ import annotations

from layouts.case import W, Layout, counts, rupiah, asset as _a, tally as _tally
from workbooks import nip


# ---------------------------------------------------------------- staff: the puskesmas's employee cards

_BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]

#: the day the cards were printed (what Carbon::parse(null) prints for a date the card has not got)
_PRINTED = "2024-12-30"


def _tgl(iso: str | None) -> str:
    """Carbon's translatedFormat('d F Y') in the Indonesian locale; an empty date parses as the day of printing."""
    year, month, day = (int(part) for part in (iso or _PRINTED).split("-"))
    return f"{day:02d} {_BULAN[month - 1]} {year}"


#: the puskesmas's employees: (serial, female, birth place, birth, TMT CPNS, TMT PNS, name, front title, back title,
#: status kepegawaian, jenis kepegawaian, golongan, TMT golongan, masa kerja golongan, pendidikan (first appointment,
#: printed twice), jurusan, pangkat, jabatan, struktural/fungsional, eselon, unit, started at the puskesmas);
#: people, NIPs and dates invented
_KARTU = [
    (71, True, "Tebing Tinggi", "1986-03-12", "201103", "2012-03-01", "Nurhasanah", "dr.", "", "asn_pns", "pns",
     "III/c", "2019-04-01", 13, "s1", "Pendidikan Dokter", "Penata", "Dokter Ahli Muda", "Fungsional", "-",
     "Pelayanan Kesehatan Perorangan", "2016-01-04"),
    (72, True, "Pematangsiantar", "1990-08-25", "201403", "2015-05-01", "Rina Marpaung", "", "A.Md.Keb.", "asn_pns",
     "pns", "III/b", "2022-04-01", 10, "d3", "Kebidanan", "Penata Muda Tingkat I", "Bidan Terampil", "Fungsional",
     "-", "Kesehatan Ibu dan Anak", "2014-03-01"),
    (73, False, "Binjai", "1979-11-02", "200501", "2006-02-01", "Hendra Saputra", "", "S.Sos.", "asn_pns", "pns",
     "III/d", "2017-10-01", 18, "s1", "Ilmu Administrasi Negara", "Penata Tingkat I",
     "Kepala Subbagian Tata Usaha", "Struktural", "IV.b", "Subbagian Tata Usaha", "2020-07-01"),
    (None, False, "Medan", "1997-06-19", None, None, "Rizky Ananda", "", "", "non_asn", "kontrak_daerah", "", None,
     0, "sma", "IPA", "", "Pengadministrasi Umum", "-", "-", "Subbagian Tata Usaha", "2021-01-04"),
]

_STATUS = {"asn_pns": "ASN PNS", "asn_non_pns": "ASN Non PNS", "non_asn": "Non ASN"}
_JENIS = {"pns": "PNS", "pppk": "PPPK", "kontrak_daerah": "Kontrak Daerah"}


def _kartu_rows() -> list[list]:
    """The cards as the PDF pastes into a sheet: each person's field table, then the history tables (3.–11.a)."""
    rows: list[list] = []
    for (serial, female, place, birth, tmt_cpns, tmt_pns, name, front, back, status, jenis, gol, tmt_gol, mkg, pend,
         jurusan, pangkat, jabatan, kind, eselon, unit, started) in _KARTU:
        number = nip(serial, female=female, birth=birth.replace("-", ""), appointed=tmt_cpns) if serial else ""
        nik = f"127107{birth[8:10]}{int(birth[5:7]) + (40 if female else 0):02d}{birth[2:4]}{(serial or 99):04d}"
        rows += [
            ["No", "Uraian", "Data"],
            ["F.", "Sumber Daya Manusia Kesehatan (Formulir Data Kepegawaian) ",
             "Setiap pegawai puskesmas (Aparatur Sipil Negara/Kontrak/Honorer) wajib mengisi kartu kepegawaian "
             "puskesmas dan dilakukan perbaikan jika ada perubahan data. "],
            ["1.", "Identitas Pribadi", None],
            [None, "a. NIK", nik],
            [None, "b. NIP/NRP", number],
            [None, "c. No. Seri Kartu Pegawai", f"P {400_000 + (serial or 0) * 137}" if serial else ""],
            [None, "d. Nama Lengkap", name],
            [None, "e. Gelar di depan nama", front],
            [None, "f. Gelar di belakang nama", back],
            [None, "g. Jenis Kelamin", "Perempuan" if female else "Laki-laki"],
            [None, "h. Tempat/tanggal lahir", f"{place}/{birth}"],
            [None, "i. Agama", "Islam" if serial != 72 else "Kristen"],
            [None, "j. Status Perkawinan", "Kawin" if serial else "Belum Kawin"],
            [None, "k. Alamat", f"Jl. Melati No. {(serial or 5) % 40}, Medan"],
            [None, "l. Alamat e-mail", f"{name.split()[0].lower()}.pkm@example.id"],
            [None, "m. Telp/HP", f"0812{(serial or 50) * 104_729:08d}"[:12]],
            [None, "n. Tanggal berlaku STR", _tgl("2027-05-31" if serial in (71, 72) else None)],
            [None, "o. Tanggal berlaku SIP", _tgl("2026-09-30" if serial in (71, 72) else None)],
            [None, "p. Tanggal berlaku SIK", _tgl(None)],
            ["2.", "Riwayat Kepegawaian", None],
            [None, "a. Status Kepegawaian", _STATUS[status]],
            [None, "b. TMT menjadi CPNS", _tgl(f"{tmt_cpns[:4]}-{tmt_cpns[4:]}-01" if tmt_cpns else None)],
            [None, "c. TMT menjadi PNS", _tgl(tmt_pns)],
            [None, "d. Tanggal mulai melaksanakan tugas", _tgl(started)],
            [None, "e. Tanggal berakhir melaksanakan tugas (untuk tenaga kontrak/honorer)",
             _tgl("2024-12-31" if not serial else None)],
            [None, "f. Pendidikan pada waktu pengangkatan pertama", pend.upper()],
            # the view prints the first appointment's field here too (a slip of its template)
            [None, "g. Pendidikan tertinggi yang dimiliki saat in", pend.upper()],
            [None, "h. Instansi Induk", "Dinas Kesehatan Kota Medan"],
            [None, "i. Jenis Kepegawaian", _JENIS[jenis]],
            [None, "j. 1) Golongan terakhir", gol],
            [None, "   2) TMT Golongan ", _tgl(tmt_gol)],
            [None, "   3) Masa Kerja Golongan", str(mkg)],
            [None, "k. 1) Nama tempat bekerja sekarang", "UPT Puskesmas Sukamaju"],
            [None, "    2) Nama unit kerja", unit],
            [None, "    3) Tanggal mulai tugas di unit kerja", _tgl(started)],
            [None, "    4) Desa/kelurahan", "Sukamaju"],
            [None, "    5) Kecamatan", "Medan Sejahtera"],
            [None, "    6) Kabupaten/Kota", "Kota Medan"],
            [None, "    7) Provinsi", "Sumatera Utara"],
            [],
            ["3.", "Riwayat Kepangkatan dan Golongan", None, None],
            ["No.", "Pangkat", "Golongan/Ruang", "TMT"],
        ]
        if gol:
            rows.append([1, pangkat, gol, tmt_gol])
        rows += [
            [],
            ["4.", "Riwayat Pendidikan", None, None, None, None],
            ["No.", "Jenjang Pendidikan", "Jurusan/ Bidang", "Kode program studi", "Kode sekolah/ perguruan tinggi",
             "Tahun Lulus"],
            [1, pend.upper(), jurusan, f"{11201 + (serial or 0)}" if pend != "sma" else "-",
             f"0{(serial or 9) * 1031}", int(birth[:4]) + (23 if pend == "s1" else 21 if pend == "d3" else 18)],
            [],
            ["5.", "Riwayat Jabatan/Kedudukan", None, None, None],
            ["No.", "Nama Jabatan", "Unit Kerja", "Struktural/Fungsional", "Eselon"],
            [1, jabatan, unit, kind, eselon],
            [],
            ["6.", "Pelatihan Jabatan/Penjenjangan", *[None] * 5],
            ["No.", "Nama Pelatihan", "Kode pelatihan", "Tempat pelaksanaan", "Tanggal pelaksanaan",
             "Lama pelatihan", "Jumlah JPL"],
        ]
        if kind == "Struktural":
            rows.append([1, "Pelatihan Kepemimpinan Pengawas", "PKP", "BPSDM Provinsi Sumatera Utara",
                         _tgl("2021-06-14"), "4 bulan", 473])
        rows += [
            [],
            ["7.", "Pelatihan Teknis/Fungsional ", *[None] * 6],
            ["No.", "Nama Pelatihan", "Kode pelatihan", "Tempat pelak-sanaan", "Tanggal pelak-sanaan",
             "Lama pelatihan", "Jumlah JPL", "Penyele-nggara"],
            [],
            ["8.", "Registrasi ", None],
            ["No.", "Nomor Surat Tanda Registrasi (STR)", "Tanggal penerbitan STR"],
        ]
        if serial in (71, 72):
            rows.append([1, f"KT0000{serial}21{birth[2:4]}-1234567", _tgl("2022-05-31")])
        rows += [
            [],
            ["9.", "Perizinan", None],
            ["No.", "Nomor Surat Izin Praktik (SIP)", "Tanggal Penerbitan SIP"],
        ]
        if serial in (71, 72):
            rows.append([1, f"503/{serial}0/SIP/DINKES/2021", _tgl("2021-09-30")])
        rows += [
            [],
            ["10.", "Penghargaan", None, None],
            ["No.", "Nama Penghargaan", "Tahun", "Instansi Yang Mengeluarkan Penghargaan"],
            [],
            ["11.", "Keluarga", None],
            ["a.", "Identitas istri/suami ", None],
            [None, "1) Nama", "" if not serial else f"Pasangan {name.split()[0]}"],
            [None, "2) Tanggal lahir", _tgl(None)],
            [None, "3) Tanggal perkawinan", _tgl(None)],
            [None, "4) Pekerjaan", "" if not serial else "Wiraswasta"],
            [None, "5) No. Seri KARIS/ KARSU", ""],
            [],
            [],
        ]
    return rows


_KARTU_ASN = [row for row in _KARTU if row[9] in ("asn_pns", "asn_non_pns")]

# ---------------------------------------------------------------- staff: a school's HTML staff download

#: the school's staff: (serial, female, birth, TMT, name, status pegawai, jenis PTK, active?, status nikah,
#: golongan); people, NIPs, NIKs and telephones invented
_SEKOLAH = [
    (81, False, "19690407", "199503", "Drs. Markus Sitorus", "PNS", "Kepala Sekolah", "Aktif", "Kawin", "IV/b"),
    (82, True, "19780915", "200501", "Maria Goretti, S.Pd.", "PNS", "Guru Mapel", "Aktif", "Kawin", "IV/a"),
    (83, False, "19850630", "201001", "Yohanes Situmorang, S.Pd.", "PNS", "Guru Mapel", "Aktif", "Kawin", "III/c"),
    (84, True, "19870211", "201403", "Theresia Manurung, A.Md.", "PNS", "Tenaga Administrasi Sekolah", "Aktif",
     "Kawin", "II/d"),
    (85, False, "19620104", "198703", "Paulus Hutapea, S.Pd.", "PNS", "Guru Mapel", "Tidak Aktif", "Kawin",
     "IV/a"),
    (None, True, "19930522", None, "Agnes Simanjuntak, S.Pd.", "GTY/PTY", "Guru Mapel", "Aktif", "Belum Kawin", ""),
    (None, False, "19960809", None, "Fransiskus Nainggolan, S.Kom.", "GTY/PTY", "Guru Mapel", "Aktif",
     "Belum Kawin", ""),
    (None, True, "19990314", None, "Lusiana Pasaribu", "Honor Sekolah", "Tenaga Perpustakaan", "Aktif",
     "Belum Kawin", ""),
    (None, False, "19750718", None, "Antonius Sinaga", "Honor Sekolah", "Penjaga Sekolah", "Aktif", "Kawin", ""),
]

#: Jenis PTK → the kind of position of a civil servant who holds it (a teacher, a head teacher with the teacher's
#: functional post, an administrator)
_PTK_KIND = {"Kepala Sekolah": "Fungsional", "Guru Mapel": "Fungsional", "Tenaga Administrasi Sekolah": "Pelaksana"}


def _sekolah_html() -> str:
    """The view's download: an <h1> and a table whose header is the first row of <td>s (no <html>, no <th>)."""
    header = ["#", "NIP", "Nama Lengkap", "Jenis Kelamin", "HP/WA", "Status Pegawai", "Jenis PTK", "Is Active?",
              "Status Nikah", "NIK", "Golongan", "NPWP"]
    lines = ["<h1> Laporan Data Pegawai</h1>", '<table id="tablestd">', "  <tr>",
             *[f"    <td>{cell}</td>" for cell in header], "  </tr>", "  "]
    for i, (serial, female, birth, tmt, name, status, ptk, active, nikah, gol) in enumerate(_SEKOLAH, start=1):
        number = nip(serial, female=female, birth=birth, appointed=tmt) if serial else ""
        nik = f"121207{birth[6:8]}{int(birth[4:6]) + (40 if female else 0):02d}{birth[2:4]}{i:04d}"
        npwp = f"{70 + i}.{i * 123 % 1000:03d}.{i * 457 % 1000:03d}.{i}-125.000" if serial or i % 2 else ""
        cells = [i, number, name, "P" if female else "L", f"0813{i * 7_654_321:08d}"[:12], status, ptk, active,
                 nikah, nik, gol, npwp]
        lines.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
        lines.append("        ")
    lines.append("</table>")
    return "\n".join(lines)


_SEKOLAH_ASN = [row for row in _SEKOLAH if row[5] == "PNS" and row[7] == "Aktif"]


# ---------------------------------------------------------------- staff: the air-force hospital's PNS nominative list

#: the hospital's civil servants: (serial, female, birth place, birth, TMT CPNS, jabatan, grade, name, pangkat,
#: golongan as printed, korp, bidang profesi, spesialis, Latsarmil year, (education, jurusan), agama, TMT pangkat,
#: TMT jabatan); people and NIPs invented
_RSPAU = [
    (91, True, "Sleman", "17-04-1975", "199903", "Perawat Penyelia Instalasi Rawat Inap", 8, "Sri Wulandari, A.Md.Kep",
     "Penata Tk I", "III-D", "Kes", "Perawat", "-", 1999, ("D3", "Keperawatan"), "Islam", "01-10-2015",
     "01-02-2017"),
    (92, True, "Klaten", "03-09-1980", "200503", "Apoteker Instalasi Farmasi", 9, "Dwi Astuti, S.Farm., Apt.",
     "Penata", "III-C", "Kes", "Farmasi", "Apoteker", 2005, ("S1", "Farmasi"), "Islam", "01-04-2014", "01-07-2016"),
    (93, False, "Bantul", "21-01-1983", "200901", "Pranata Laboratorium Kesehatan Instalasi Laboratorium", 7,
     "Bambang Triyono, A.Md.AK", "Penata Muda Tk I", "III-B", "Kes", "Analis Kesehatan", "-", 2009,
     ("D3", "Analis Kesehatan"), "Katolik", "01-04-2017", "01-03-2018"),
    (94, False, "Yogyakarta", "11-06-1970", "199203", "Kaur Tata Usaha Subdepminpers", 6, "Agus Priyanto",
     "Pengatur Tk I", "II-D", "Adm", "Administrasi", "-", 1992, ("SMA", "IPS"), "Islam", "01-10-2012",
     "01-05-2015"),
    (95, True, "Magelang", "28-12-1972", "200212", "Dokter Spesialis Penyakit Dalam", 12, "dr. Rahmawati, Sp.PD",
     "Pembina", "IV-A", "Kes", "Dokter", "Penyakit Dalam", 2003, ("S2", "Spesialis Penyakit Dalam"), "Islam",
     "01-04-2016", "01-01-2017"),
    (96, False, "Gunungkidul", "05-08-1978", "200601", "Pengemudi Ambulans Instalasi Gawat Darurat", 3, "Suparno",
     "Pengatur Muda", "II-A", "Tek", "Teknik", "-", 2006, ("SMA", "IPA"), "Islam", "01-01-2006", "01-09-2010"),
]


def _rspau_rows() -> list[list]:
    """The PDF print pasted into a sheet: the letterhead, the title, a three-row header (the second only under
    NAMA), the column numbers 1–15, one row per civil servant with two lines in some cells, the signature."""
    rows: list[list] = [
        ["DINAS KESEHATAN ANGKATAN UDARA\nRSPAU dr. S. HARDJOLUKITO\n__________________________________"],
        [],
        ["DAFTAR NOMINATIF  PERSONEL  PNS  RSPAU dr. S. HARDJOLUKITO DISKESAU"],
        [],
        ["NO", "JABATAN", "GOL JAB/GRADE", "NAMA", "PANGKAT KORP", "BIDANG PROFESI", "SPESIALIS",
         "DIKMILTI / TAHUN LULUS", "DIKUMTI", "AGAMA", "TMT PANGKAT TERAKHIR", "DIKMA / DIKTUK TMT",
         "ASAL MASUKAN / TMT", "TMT / JABATAN ", "KET"],
        [None, None, None, " TEMPAT TANGGAL LAHIR", *[None] * 11],
        list(range(1, 16)),
    ]
    for i, (serial, female, place, birth, tmt, jabatan, grade, name, pangkat, gol, korp, profesi, spesialis,
            latsar, (level, jurusan), agama, tmt_pangkat, tmt_jabatan) in enumerate(_RSPAU, start=1):
        day, month, year = birth.split("-")
        number = nip(serial, female=female, birth=f"{year}{month}{day}", appointed=tmt)
        cpns = f"01/{tmt[4:]}/{tmt[:4]}"
        rows.append([i, f"{jabatan}\nRSPAU dr. S. Hardjolukito", grade, f"{name}\n{place}, {birth}",
                     f"{pangkat}    {gol} / {korp}\n{number}", profesi, spesialis, f"Latsarmil\n{latsar}",
                     f"{level}\n{jurusan}", agama, tmt_pangkat, f"CPNS\n{cpns}", f"CPNS\n{cpns}", tmt_jabatan, None])
    rows += [
        [],
        [*[None] * 10, "a.n Kepala RSPAU dr. S. Hardjolukito\nWaka,"],
        [],
        [*[None] * 10, "dr. Hadi Purnomo, Sp.PD."],
        [*[None] * 10, "Kolonel Kes NRP 517744"],
    ]
    return rows


def _rspau_golongan(printed: str) -> str:
    """'III-D' → 'III/d'."""
    group, room = printed.split("-")
    return f"{group}/{room.lower()}"


STAFF: list[Layout] = [
    Layout(
        id="staff-puskesmas-formulir-data-kepegawaian-kartu-per-pegawai-uraian-data-status-asn-non-asn",
        dataset="staff",
        agency=("UPT Puskesmas Sukamaju, Dinas Kesehatan Kota Medan (invented), its staff cards — puskesmas, "
                "puskesmas profile application print pasted into a sheet (synthetic people)"),
        source=("public GitHub Laravel application EnjoyneeringDev/test, view "
                "resources/views/pdf/identitasPuskesmas/pegawaiPuskesmas.blade.php (commit 143ba80c845f358d8f3f3dbfe419"
                "bdf2ccedbbf1; search index file id 42000198462): per employee a table No | Uraian | Data, 'F. Sumber "
                "Daya Manusia Kesehatan (Formulir Data Kepegawaian)', '1. Identitas Pribadi' a.–p., '2. Riwayat "
                "Kepegawaian' a.–k. 7), then '3. Riwayat Kepangkatan dan Golongan' (Pangkat | Golongan/Ruang | TMT), "
                "'4. Riwayat Pendidikan', '5. Riwayat Jabatan/Kedudukan' (Nama Jabatan | Unit Kerja | "
                "Struktural/Fungsional | Eselon), '6.'–'10.' and '11. Keluarga'"),
        year=2024,
        sheets={"Kartu Pegawai": _kartu_rows()},
        # refused after tuning: what the cards would give (golongan, gender, education, position type of the three ASN
        # PNS) is kept in the note; see _KARTU_ASN
        refused=("cell B5: expected a table with one row per employee or item and a column per field; this sheet holds 4 "
                 "cards, one per record, of label and value rows (labels in column B such as 'b. NIP/NRP'"),
        note=("Refused after tuning the sixteenth set (the collector expected it read: the golongan, sex, education "
              "and Struktural/Fungsional of the three ASN PNS, _KARTU_ASN): the kit tells record cards apart from a "
              "table (labels repeated once per card, in the same order, naming fields) and refuses them saying so, "
              "because a card cannot be read as a row honestly: its fields mix the employee's with another person's "
              "(the spouse's '1) Nama' and '2) Tanggal lahir' under '11. Keluarga'), the position type is only in a "
              "history table ('5. Riwayat Jabatan/Kedudukan') that says no row is current, the view prints the "
              "education of first appointment as the highest (so 'g. Pendidikan tertinggi' is not what it says), "
              "dates it lacks print as the day of printing, and no value read could be named by a cell of its own "
              "row. The message asks for one row per employee under a header of the card's labels. "
              "The Kemenkes puskesmas form 'Formulir Data Kepegawaian' as a puskesmas application prints it, one "
              "card per employee, pasted from the PDF into one sheet: no table with a column per field anywhere. "
              "Each card is a three-column table 'No | Uraian | Data' whose rows are lettered fields ('a. NIK', "
              "'d. Nama Lengkap', 'g. Jenis Kelamin', '2. Riwayat Kepegawaian › a. Status Kepegawaian', 'j. 1) "
              "Golongan terakhir', '   2) TMT Golongan ' …), followed by small tables under numbered captions "
              "(3. rank history, 4. education history, 5. position history with a 'Struktural/Fungsional' column, "
              "6.–10. trainings, registrations, licences, awards, 11.a the spouse; the children's table and the "
              "rest of the card are left out). Four cards: three ASN PNS (a doctor and a midwife, functional; the "
              "head of the administration subsection, Struktural IV.b) and one Non ASN (Kontrak Daerah), who is not "
              "counted. The view prints field f. (education at first appointment) again as 'g. Pendidikan tertinggi "
              "yang dimiliki saat in' (its label cut so), so both lines agree here; dates the card has not got "
              "(SIK, a PNS's end of service, the contract worker's TMT CPNS and PNS, spouses' dates) print as the "
              "day of printing, 30 Desember 2024, as Carbon::parse(null) does. Sex from 'g. Jenis Kelamin' (the "
              "NIPs agree). People, NIPs, NIKs and registrations synthetic; the puskesmas invented."),
    ),
    Layout(
        id="staff-sekolah-laporan-pegawai-html-xls-td-header-status-jenis-ptk-is-active",
        dataset="staff",
        agency=("a private Catholic secondary school of a foundation in Sumatera Utara (invented) with civil servants "
                "seconded to it, its staff download — school, school administration application export (synthetic "
                "people)"),
        source=("public GitHub CodeIgniter application santowidjaja/Brother, view "
                "application/modules/kepegawaian/views/laporan_excel.php (commit 6dc3fb1634f55257e14dca7a194a1d9be18a"
                "7ac8; search index file id 3448491226): headers force-download laporanpegawai_excel_ddmmYYYY.xls, "
                "<h1> title, <table id=\"tablestd\"> whose first row is <td>s: # | NIP | Nama Lengkap | Jenis Kelamin "
                "| HP/WA | Status Pegawai | Jenis PTK | Is Active? | Status Nikah | NIK | Golongan | NPWP"),
        year=2024,
        sheets={},
        html=_sekolah_html(),
        expected={
            "golongan": counts(row[9] for row in _SEKOLAH_ASN),
            "gender": counts("Perempuan" if row[1] else "Laki-laki" for row in _SEKOLAH_ASN),
            "position_type": counts(_PTK_KIND[row[6]] for row in _SEKOLAH_ASN),
        },
        findings=((W, "column_missing"),),  # no education column
        note=("A school's staff list as its application sends it: an HTML fragment (no <html>, <head> or <body>) with "
              "an <h1> title and one table whose header row is plain <td> cells like the data, '#' over the serial "
              "numbers, named .xls. Status Pegawai mixes PNS (civil servants seconded to the school), GTY/PTY "
              "(foundation staff) and Honor Sekolah, as Dapodik names them; only the PNS are ASN. 'Is Active?' says "
              "'Tidak Aktif' for one PNS (retired), not counted: four active PNS. Jenis PTK gives the kind of post: "
              "the head teacher and the subject teachers hold the teacher's functional post (Fungsional), the "
              "administrator is Pelaksana. Golongan 'IV/b' … for PNS, empty for the others; NIP empty for non-PNS; "
              "sex 'L'/'P'. No education column: one expected warning column_missing. The view's $title and the "
              "values of its status fields are not in the view; written here as 'Laporan Data Pegawai', 'Aktif' / "
              "'Tidak Aktif'. People, NIPs, NIKs, NPWPs and telephones invented."),
    ),
    Layout(
        id="staff-rspau-tni-au-nominatif-pns-pangkat-korp-nip-satu-sel-gol-jab-grade-dikumti",
        dataset="staff",
        agency=("RSPAU dr. S. Hardjolukito (Dinas Kesehatan TNI Angkatan Udara), its civil servants — TNI hospital "
                "(military satker with PNS), personnel application print pasted into a sheet (synthetic people)"),
        source=("public GitHub CodeIgniter application 19teddy/Hardjo-si_personel, view "
                "application/views/pdf/bentuk-nominatif-pns.php (commit 562874c8f2d920d336d9e07c2081f3e49d5496e1; "
                "search index file id 16912514984): letterhead 'DINAS KESEHATAN ANGKATAN UDARA / RSPAU dr. S. "
                "HARDJOLUKITO', 'DAFTAR NOMINATIF PERSONEL PNS RSPAU dr. S. HARDJOLUKITO DISKESAU', NO | JABATAN | GOL "
                "JAB/GRADE | NAMA over TEMPAT TANGGAL LAHIR | PANGKAT KORP | BIDANG PROFESI | SPESIALIS | DIKMILTI / "
                "TAHUN LULUS | DIKUMTI | AGAMA | TMT PANGKAT TERAKHIR | DIKMA / DIKTUK TMT | ASAL MASUKAN / TMT | TMT "
                "/ JABATAN | KET, column numbers 1–15, the Waka's signature 'a.n Kepala RSPAU'"),
        year=2019,
        sheets={"Nominatif PNS": _rspau_rows()},
        merged={"Nominatif PNS": ["A1:E1", "A3:O3", "A5:A6", "B5:B6", "C5:C6", *[f"{c}5:{c}6" for c in "EFGHIJKLMNO"]]},
        expected={
            "golongan": counts(_rspau_golongan(row[9]) for row in _RSPAU),
            "gender": counts("Perempuan" if row[1] else "Laki-laki" for row in _RSPAU),
            "education": counts(row[14][0] for row in _RSPAU),
        },
        findings=((W, "column_missing"),),  # JABATAN names posts, no column gives their kind
        note=("A military hospital's list of its civil servants in the military's own vocabulary, as its personnel "
              "application prints it (dompdf) and pasted into a sheet: 'PANGKAT KORP' holds the rank name, the "
              "golongan written with a hyphen and the corps ('Penata Tk I    III-D / Kes') and, on a second line, "
              "the NIP; 'GOL JAB/GRADE' is the position's grade (kelas jabatan 3 … 12), not a golongan; 'DIKUMTI' "
              "(pendidikan umum tertinggi) gives the education level over the field ('D3⏎Keperawatan'); "
              "'DIKMILTI' is the military basic training every PNS of the TNI takes (Latsarmil), not education. "
              "NAMA stands over a second header row 'TEMPAT TANGGAL LAHIR', the only one; the column numbers 1–15 "
              "follow. No sex column: the NIP gives it. JABATAN names each post (with the hospital's name on a "
              "second line) but no column its kind: one expected warning column_missing. All six are PNS, all "
              "counted. The print carries no date (its companion Lampiran I is of February 2019): read as 2019. "
              "People, NIPs and the signatory invented (the view's sample row and signatory are not copied)."),
    ),
]

# ---------------------------------------------------------------- assets: SIMBADA KIB C of a puskesmas

#: the puskesmas's buildings: (Kd_Aset1..5, name, register, kondisi 1/2/3, bertingkat, beton, luas lantai, lokasi,
#: luas m2, status tanah, kode tanah parts, asal usul, harga, keterangan); registers and prices invented
_KIB_C = [
    ((3, 11, 1, 1, 1), "Bangunan Gedung Kantor Permanen", "0001", 1, "Tidak", "Beton", 180,
     "Jl. Sukamaju No. 12", 180, "Hak Pakai", (1, 1, 11, 4, 1, 1), "Pembelian", 1_245_600_000, "Gedung induk"),
    ((3, 11, 1, 7, 5), "Bangunan Puskesmas Permanen", "0001", 1, "Bertingkat", "Beton", 640, "Jl. Sukamaju No. 12",
     320, "Hak Pakai", (1, 1, 11, 4, 1, 1), "Pembelian", 3_870_250_000, "Rawat jalan dan IGD"),
    ((3, 11, 1, 7, 5), "Bangunan Puskesmas Permanen", "0002", 2, "Tidak", "Beton", 96, "Jl. Pasar III Gg. Damai",
     96, "Hak Pakai", (1, 1, 11, 4, 1, 2), "Hibah", 412_000_000, "Puskesmas Pembantu Sukamaju Hilir"),
    ((3, 11, 1, 7, 5), "Bangunan Puskesmas Permanen", "0003", 3, "Tidak", "Tidak", 72, "Jl. Titi Kuning Lk. IV",
     72, "Hak Pakai", (1, 1, 11, 4, 1, 3), "Pembelian", 187_500_000, "Pustu, atap runtuh"),
    ((3, 12, 1, 3, 2), "Rumah Negara Golongan III Permanen", "0001", 2, "Tidak", "Beton", 70,
     "Jl. Sukamaju No. 12A", 70, "Hak Pakai", (1, 1, 11, 4, 1, 1), "Pembelian", 298_000_000, "Rumah dinas dokter"),
    ((3, 12, 1, 3, 2), "Rumah Negara Golongan III Permanen", "0002", 1, "Tidak", "Beton", 70,
     "Jl. Sukamaju No. 12B", 70, "Hak Pakai", (1, 1, 11, 4, 1, 1), "Pembelian", 305_500_000, "Rumah dinas bidan"),
    ((3, 11, 1, 9, 2), "Gedung Garasi/Pool Semi Permanen", "0001", 3, "Tidak", "Tidak", 36, "Jl. Sukamaju No. 12",
     36, "Hak Pakai", (1, 1, 11, 4, 1, 1), "Pembelian", 64_800_000, ""),
]
_KONDISI = {1: "Baik", 2: "Kurang Baik", 3: "Rusak Berat"}


def _kib_c_html() -> str:
    """The KIB C download: an outer table whose first column is empty, the title, the identity table and the KIB
    nested in its second cells (identity of the UPB invented)."""
    th = 'style="text-align: center; font-weight: bold;" valign="middle"'
    lines = [
        '<style type="text/css">', ".title {", "\tfont-size: 24px;", "\tfont-weight: bold;", "}", "</style>", "",
        '<table width="1110">', "<tr>", "<td></td>",
        '<td height="40" align="center" class="title">KIB C. GEDUNG &amp; BANGUNAN</td>', "</tr>", "<tr>",
        "  <td></td>", "  <td>",
        '  <p align="center"><strong>KARTU INVENTARIS BARANG (KIB) C. GEDUNG &amp; BANGUNAN</strong></p>',
        '  <table border="0" cellspacing="0" cellpadding="0" width="498">',
    ]
    for label, value in (("PROVINSI", "SUMATERA UTARA"), ("KABUPATEN/KOTA", "MEDAN"), ("BIDANG", "KESEHATAN"),
                         ("UNIT ORGANISASI", "DINAS KESEHATAN"), ("SUB UNIT ORGANISASI", "DINAS KESEHATAN"),
                         ("UPB", "UPT PUSKESMAS SUKAMAJU")):
        lines += ["    <tr>", f'      <td width="174" valign="top"><p><strong>{label}</strong></p></td>',
                  f'      <td width="324" valign="top"><p><strong>: {value}</strong></p></td>', "      </tr>"]
    lines += [
        "    <tr>", '      <td width="174" valign="bottom"><p>NO. KODE LOKASI</p></td>',
        '      <td width="324" valign="bottom"><p>: 12.02.14.05.01.01.01</p></td>', "      </tr>", "  </table>",
        "  </td>", "</tr>", "<tr>", "<td></td>", "<td>",
        '  <table width="1242" border="1" cellpadding="8" style="border-collapse:collapse;">      ',
        '      <tr height="20" style="background-color:#9AE456;">',
        f'        <td width="10" {th}>No</td>',
        f'        <td width="68" {th}><strong>Jenis Barang/ Nama Barang</strong></td>',
        f'        <td width="62" {th}><strong>Kode Barang</strong></td>',
        f'        <td width="66" {th}><strong>Register</strong></td>',
        f'        <td width="54" {th}><p align="center">Kondisi Barang<strong></strong></p></td>',
        f'        <td width="54" {th}>Bertingkat/ Tidak</td>', f'        <td width="54" {th}>Beton/ Tidak</td>',
        f'        <td width="110" {th}>Luas Lantai</td>',
        '        <td valign="middle" style="text-align: center; font-weight: bold;">Letak/Lokasi/ Alamat</td>',
        f'        <td width="106" {th}><strong>Luas M2</strong></td>',
        f'        <td width="106" {th}>Status Tanah</td>', f'        <td width="106" {th}>No. Kode Tanah</td>',
        f'        <td width="106" {th}>Asal Usul</td>', f'        <td width="241" {th}>Harga (Rp)</td>',
        f'        <td width="193" {th}>Keterangan</td>', "      </tr>",
    ]
    for i, (kode, nama, reg, kondisi, tingkat, beton, lantai, lokasi, luas, status, tanah, asal, harga,
            ket) in enumerate(_KIB_C, start=1):
        tanah_code = f"{tanah[0]}.{tanah[1]}.{tanah[2]}.\n\t\t\t\t\t\t\t   {tanah[3]}.{tanah[4]}.{tanah[5]:04d}"
        lines += [
            "      <tr>", f'        <td valign="top" align="center">{i}</td>',
            f'        <td valign="top">{nama}<font color="white">_</font></td>',
            f'        <td valign="top">{".".join(str(part) for part in kode)}</td>',
            f'        <td valign="top" align="center">{reg}</td>',
            f'        <td valign="top">{_KONDISI[kondisi]}</td>',
            f'        <td valign="top" align="center">{tingkat}</td>',
            f'        <td valign="top" align="center">{beton}</td>',
            f'        <td valign="top" align="center">{lantai}</td>',
            f'        <td align="center" valign="top">{lokasi}</td>', f'        <td valign="top">{luas}</td>',
            f'        <td valign="top">{status}</td>', f'        <td valign="top">{tanah_code}</td>',
            f'        <td valign="top">{asal}</td>', f"        <td align='right' valign=\"top\">{rupiah(harga)}</td>",
            f'        <td valign="top">{ket}</td>', "      </tr>",
        ]
    lines += [
        '\t <tr style="background-color:#dbf2e4;">', "        <td>&nbsp;</td>",
        '        <td colspan="12"><b></b>Total</td>',
        f"        <td align='right'><b>{rupiah(sum(row[12] for row in _KIB_C))}</b></td>", "        <td>&nbsp;</td>",
        "      </tr>", "  </table>", "</td>", "</tr>", "</table>", "",
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------- assets: the madrasah's CSV reports

#: the madrasah's assets: (kode, nama, kategori, lokasi, jumlah, kondisi, tahun, nilai per unit, sumber dana);
#: assets and values invented
_MAN = [
    ("ATK-001", "Lemari Arsip Besi", "Meubelair", "Ruang Tata Usaha", 4, "Baik", 2019, 2_750_000, "DIPA"),
    ("ATK-002", "Meja Guru", "Meubelair", "Ruang Guru", 36, "Baik", 2018, 950_000, "DIPA"),
    ("ATK-003", "Kursi Siswa", "Meubelair", "Ruang Kelas X-1", 36, "Rusak Ringan", 2016, 325_000, "BOS"),
    ("ATK-004", "Kursi Siswa", "Meubelair", "Ruang Kelas X-2", 36, "Baik", 2022, 410_000, "BOS"),
    ("ATK-005", "Papan Tulis Whiteboard", "Meubelair", "Ruang Kelas X-1", 2, "Rusak Berat", 2014, 650_000, "BOS"),
    ("ELK-001", "Laptop", "Elektronik", "Ruang Tata Usaha", 6, "Baik", 2023, 8_900_000, "DIPA"),
    ("ELK-002", "Proyektor LCD", "Elektronik", "Ruang Kelas X-2", 3, "Rusak Ringan", 2020, 6_250_000, "BOS"),
    ("ELK-003", "Komputer PC", "Elektronik", "Laboratorium Komputer", 30, "Baik", 2021, 7_400_000, "SBSN"),
    ("ELK-004", "Printer", "Elektronik", "Ruang Tata Usaha", 2, "Rusak Berat", 2017, 2_300_000, "DIPA"),
    ("KDR-001", "Sepeda Motor", "Kendaraan", "Garasi", 2, "Baik", 2021, 21_500_000, "DIPA"),
    ("KDR-002", "Mobil Minibus", "Kendaraan", "Garasi", 1, "Rusak Ringan", 2012, 185_000_000, "DIPA"),
    ("LAB-001", "Mikroskop", "Peralatan Laboratorium", "Laboratorium IPA", 10, "Baik", 2019, 3_600_000, "SBSN"),
    ("LAB-002", "Torso Manusia", "Peralatan Laboratorium", "Laboratorium IPA", 1, "Rusak Berat", 2015, 4_800_000,
     "DIPA"),
    ("OLR-001", "Bola Voli", "Peralatan Olahraga", "Gudang Olahraga", 12, "Baik", 2024, 275_000, "BOS"),
    ("OLR-002", "Meja Tenis Meja", "Peralatan Olahraga", "Gudang Olahraga", 2, "Rusak Ringan", 2018, 3_150_000,
     "Komite"),
]
_MAN_DATE = "30/12/2024"


def _man_kategori_rows() -> list[list]:
    """The 'per_kategori' CSV as Excel opens it: the conditions count records (COUNT of CASE), the units SUM jumlah."""
    rows: list[list] = [["LAPORAN ASET PER KATEGORI - MAN 2 HSU"], [f"Tanggal: {_MAN_DATE}"], [],
                        ["No", "Kategori", "Total Aset", "Total Unit", "Baik", "Rusak Ringan", "Rusak Berat",
                         "Total Nilai"]]
    for i, kategori in enumerate(sorted({row[2] for row in _MAN}), start=1):
        mine = [row for row in _MAN if row[2] == kategori]
        rows.append([i, kategori, len(mine), sum(row[4] for row in mine),
                     sum(row[5] == "Baik" for row in mine), sum(row[5] == "Rusak Ringan" for row in mine),
                     sum(row[5] == "Rusak Berat" for row in mine), sum(row[4] * row[7] for row in mine)])
    return rows


def _man_kategori_expected() -> list[dict]:
    out = []
    for kategori in sorted({row[2] for row in _MAN}):
        mine = [row for row in _MAN if row[2] == kategori]
        out.append(_a(kategori, sum(row[5] == "Baik" for row in mine), sum(row[5] != "Baik" for row in mine)))
    return out


def _man_keseluruhan_rows() -> list[list]:
    """The 'keseluruhan' CSV as Excel opens it: every asset by code, a blank row, TOTAL under 'Nilai Per Unit'."""
    rows: list[list] = [["LAPORAN INVENTARIS ASET KESELURUHAN - MAN 2 HSU"], [f"Tanggal: {_MAN_DATE}"], [],
                        ["No", "Kode Aset", "Nama Aset", "Kategori", "Lokasi", "Jumlah", "Kondisi", "Tahun",
                         "Nilai Per Unit", "Total Nilai", "Sumber Dana"]]
    for i, (kode, nama, kategori, lokasi, jumlah, kondisi, tahun, nilai, dana) in enumerate(sorted(_MAN), start=1):
        rows.append([i, kode, nama, kategori, lokasi, jumlah, kondisi, tahun, nilai, jumlah * nilai, dana])
    rows += [[], [None] * 8 + ["TOTAL", sum(row[4] * row[7] for row in _MAN)]]
    return rows


ASSETS: list[Layout] = [
    Layout(
        id="assets-simbada-medan-kib-c-gedung-puskesmas-html-xls-tabel-bersarang-kondisi-kata-kode-tanah-patah",
        dataset="assets",
        agency=("UPT Puskesmas Sukamaju (invented) as the UPB of Dinas Kesehatan Kota Medan, its buildings in the "
                "KIB C — puskesmas (kota UPT), SIMBADA asset application export (items synthetic)"),
        source=("public GitHub CodeIgniter application bayusm0506/simbada (Kota Medan), view "
                "application/views/adminweb/kibc/export.php (commit 3ec332c9a4eca3032c03b350d65427c1c4e9a56e; search "
                "index file id 37981187596): force-download 'Y-m-d_KIB_C_<UPB>.xls', 'KIB C. GEDUNG & BANGUNAN', "
                "'KARTU INVENTARIS BARANG (KIB) C. GEDUNG & BANGUNAN', PROVINSI : SUMATERA UTARA, KABUPATEN/KOTA : "
                "MEDAN, BIDANG, UNIT ORGANISASI, SUB UNIT ORGANISASI, UPB, NO. KODE LOKASI, then No | Jenis Barang/ "
                "Nama Barang | Kode Barang | Register | Kondisi Barang | Bertingkat/ Tidak | Beton/ Tidak | Luas "
                "Lantai | Letak/Lokasi/ Alamat | Luas M2 | Status Tanah | No. Kode Tanah | Asal Usul | Harga (Rp) | "
                "Keterangan, a Total row"),
        year=2024,
        sheets={},
        html=_kib_c_html(),
        expected=_tally((row[1], 1, row[3] == 1) for row in _KIB_C),
        note=("An HTML page sent as Excel: a <style> block, then an outer table of two columns whose first cells are "
              "all empty; its second cells hold the title, a paragraph title over a borderless identity table "
              "(PROVINSI … UPB, 'NO. KODE LOKASI' fixed in the view) and, in the third row, the KIB C itself with "
              "its one-row header (no column numbers) and a Total row (Total merged over twelve columns, the sum of "
              "Harga). Each register is one building, one unit. Kondisi Barang is the fifth column, a word the view "
              "maps from 1/2/3: Baik, Kurang Baik (counted damaged, as the corpus does), Rusak Berat. Every name "
              "ends with an underscore in white ('<font color=\"white\">_</font>'); Kode Barang is printed "
              "unpadded ('3.11.1.7.5'), the land code is broken by a newline and tabs the view's string holds. The "
              "view formats Harga with rp(), not shown (written here '1.245.600.000'). Seven registers of four "
              "kinds: the puskesmas's own buildings, two pustu, two staff houses, a garage. The UPB, addresses, "
              "registers and prices invented."),
    ),
    Layout(
        id="assets-madrasah-man-laporan-aset-per-kategori-csv-kondisi-hitung-register-bukan-unit",
        dataset="assets",
        agency=("MAN 2 Hulu Sungai Utara (madrasah aliyah negeri, Kementerian Agama), its assets by category — "
                "madrasah, asset application CSV report opened in Excel (figures synthetic)"),
        source=("public GitHub PHP asset application of MAN 2 HSU, its CSV export (search index file id 62477585931), "
                "case 'per_kategori': 'LAPORAN ASET PER KATEGORI - MAN 2 HSU', 'Tanggal: d/m/Y', a blank line, No | "
                "Kategori | Total Aset | Total Unit | Baik | Rusak Ringan | Rusak Berat | Total Nilai; the query "
                "counts COUNT(a.id) as Total Aset, SUM(a.jumlah) as Total Unit and SUM(CASE WHEN kondisi=… THEN 1) "
                "for each condition"),
        year=2024,
        sheets={"laporan_per_kategori": _man_kategori_rows()},
        expected=_man_kategori_expected(),
        note=("A madrasah's asset report by category: CSV with a BOM, opened in Excel, a title line, a date line, a "
              "blank line, the header. The three condition columns count the asset records of each condition (one "
              "per record, whatever its Jumlah), while 'Total Unit' sums the units: Baik + Rusak Ringan + Rusak "
              "Berat = Total Aset, never Total Unit (Meubelair: 5 records, 114 units). What the table says about "
              "condition is by record, so the expectation is records: good the Baik column, damaged Rusak Ringan "
              "+ Rusak Berat. Categories in the query's alphabetical order; Total Nilai the sum of value × units. "
              "Assets and values invented (the companion 'keseluruhan' case lists the same records)."),
    ),
    Layout(
        id="assets-madrasah-man-laporan-inventaris-keseluruhan-csv-jumlah-kondisi-total-baris-kosong",
        dataset="assets",
        agency=("MAN 2 Hulu Sungai Utara (madrasah aliyah negeri, Kementerian Agama), its whole inventory — "
                "madrasah, asset application CSV report opened in Excel (figures synthetic)"),
        source=("public GitHub PHP asset application of MAN 2 HSU, its CSV export (search index file id 62477585931), "
                "case 'keseluruhan': 'LAPORAN INVENTARIS ASET KESELURUHAN - MAN 2 HSU', 'Tanggal: d/m/Y', a blank "
                "line, No | Kode Aset | Nama Aset | Kategori | Lokasi | Jumlah | Kondisi | Tahun | Nilai Per Unit | "
                "Total Nilai | Sumber Dana, a blank line and ',,,,,,,,TOTAL,<sum>'"),
        year=2024,
        sheets={"laporan_keseluruhan": _man_keseluruhan_rows()},
        expected=_tally((row[1], row[4], row[5] == "Baik") for row in sorted(_MAN)),
        note=("The same application's list of every asset, ordered by code: one record per line with its units "
              "(Jumlah, up to 36 chairs a record) and one condition word (Baik, Rusak Ringan, Rusak Berat), the "
              "category and the room beside the name, the year, the value per unit and its total, the source of "
              "funds (DIPA, BOS, SBSN, Komite). After a blank line a TOTAL row has its label under 'Nilai Per Unit' "
              "and the sum under 'Total Nilai'. Units counted by Nama Aset (the two records of 'Kursi Siswa', one "
              "Rusak Ringan and one Baik, are 36 good and 36 damaged). Assets and values invented."),
    ),
]

CASES: list[Layout] = [*STAFF, *ASSETS]
