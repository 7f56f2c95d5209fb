"""Real layouts of budget-realisation and asset tables (datasets ``budget`` and ``assets``).

Each case is either a table an agency published (LKjIP/LAKIP, an e-SAKIP
page, a government news release) transcribed cell by cell, or the column
layout of a real export (a Perda pertanggungjawaban APBD template, a SAKTI
capaian-RO sheet, an RFK recap) as the exporting code writes it. Title rows,
header bands, merged cells, column-number rows, subtotal and total rows,
footnotes and signature blocks are kept; names and NIPs in signature blocks
are invented. Amounts are Python numbers where the source is a spreadsheet
holding numbers, and the printed text (``"749.930.215"``, ``"1,004,422,800"``,
``"Rp 1.250.000"``) where the publication prints them so. Where the source is
an export template with no data, the amounts are invented, internally
consistent, and the note says so.

``expected`` (see :mod:`layouts.case`):

- ``budget``: one dict per program / kegiatan / sub-kegiatan row that states
  amounts, in table order. ``name`` is the start (about 25 characters) of the
  row's name cell as printed, after a leading numbering token (``1.``,
  ``a.``, ``1.1``) and leading code are dropped; level words (``Program``,
  ``Sub Kegiatan``) are kept when the cell prints them. A heading row that
  states no amounts is not a row of ``expected`` (the note says so). Ministry
  hierarchies map program → ``program``, kegiatan → ``kegiatan``,
  KRO/RO/output → ``sub_kegiatan``.
- ``assets``: one dict per item, ``damaged`` = rusak ringan + rusak berat.

``findings`` are the published mistakes, each worked out in the note:
``("error", "sum_mismatch")`` once per differing amount (budget and
realisation separately) where a stated parent or total differs from the sum
of its children, ``("error", "over_budget")`` where realisation exceeds
budget, ``("warning", "pct_mismatch")`` where a printed percentage is not
realised/budget×100 at its printed precision.
"""

from __future__ import annotations

from layouts.case import E, W, budget_row as _b, Layout, asset as _a


def _blank(n: int) -> list:
    return [None] * n


def _rp(n: int) -> str:
    """An amount as the Indonesian rupiah text an export prints: ``1.234.567,00``."""
    return f"{n:,}".replace(",", ".") + ",00"


def _i4(code: tuple, name: str, op_a: int, op_r: int, mo_a: int = 0, mo_r: int = 0) -> list:
    """One Lampiran I.4 row: six code cells, the name, and Anggaran/Realisasi for Operasi, Modal, BTT, Transfer."""
    return [*code, name, _rp(op_a), _rp(op_r), _rp(mo_a), _rp(mo_r), _rp(0), _rp(0), _rp(0), _rp(0)]


# Rows of three real files kept in the open-data repository roaddee/dulkemot (the portal stored every
# upload as a CSV whose first rows are its own metadata: Judul, Daerah, Tahun, Kode Organisasi, Kolom).
# Cells are the CSV's text as stored; '' is None.
_GUNUNGKIDUL_DISDIKPORA = [
    ['Judul', 'Realisasi Anggaran Pendapatan Belanja Daerah', None, None, None, None, None],
    ['Daerah', 'Kabupaten Gunungkidul', None, None, None, None, None],
    ['Tahun', '2014', None, None, None, None, None],
    ['Kode Organisasi', '1.01.01. - Dinas Pendidikan, Pemuda dan Olahraga', None, None, None, None, None],
    ['Kolom', '7', None, None, None, None, None],
    [None, None, None, None, None, None, None],
    ['No. Rekening', 'Uraian', 'Sebelum', 'Sesudah', 'Angka', 'Prosentase', 'Keterangan'],
    ['1.01.1.01.01.03.', 'PROGRAM PENINGKATAN DISIPLIN APARATUR', '5,000,000.00 ', '3,602,640.00', '(1,397,360.00)', '(27.95)', None],
    ['1.01.1.01.01.03.01.', 'PENGADAAN MESIN/KARTU ABSENSI', '5,000,000.00 ', '3,602,640.00', '(1,397,360.00)', '(27.95)', None],
    ['1.01.1.01.01.03.01.5.2.3.', 'BELANJA MODAL', '5,000,000.00 ', '3,602,640.00', '(1,397,360.00)', '(27.95)', None],
    ['1.01.1.01.01.05.', 'PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA APARATUR', '225,790,000.00 ', '206,439,700.00', '(19,350,300.00)', '(8.57)', None],
    ['1.01.1.01.01.05.01.', 'PENDIDIKAN DAN PELATIHAN FORMAL', '3,760,000.00 ', None, '(3,760,000.00)', '(100.00)', None],
    ['1.01.1.01.01.05.01.5.2.1.', 'BELANJA PEGAWAI', '3,285,000.00 ', None, '(3,285,000.00)', '(100.00)', None],
    ['1.01.1.01.01.05.01.5.2.2.', 'BELANJA BARANG DAN JASA', '475,000.00 ', None, '(475,000.00)', '(100.00)', None],
    ['1.01.1.01.01.05.02.', 'SOSIALISASI PERATURAN PERUNDANG-UNDANGAN', '4,905,000.00 ', None, '(4,905,000.00)', '(100.00)', None],
    [None, None, None, None, None, None, None],
    ['1.01.1.01.05.02.5.2.1.', 'BELANJA PEGAWAI', '635,000.00 ', None, '(635,000.00)', '(100.00)', None],
    ['1.01.1.01.05.02.5.2.1.', 'BELANJA BARANG DAN JASA', '4,270,000.00 ', None, '(4,270,000.00)', '(100.00)', None],
    ['1.01.1.01.05.03.', 'PEMBIMBINGAN TEKNIS IMPLEMENTASI PERATURAN PERUNDANG-UNDANGAN', '217,125,000.00 ', '206,439,700.00', '(10,685,300.00)', '(4.92)', None],
    ['1.01.1.01.05.03.5.2.1.', 'BELANJA PEGAWAI', '11,095,000.00 ', '10,095,000.00', '(1,000,000.00)', '(9.01)', None],
    ['1.01.1.01.05.03.5.2.2.', 'BELANJA BARANG DAN JASA', '206,030,000.00 ', '196,344,700.00', '(9,685,300.00)', '(4.70)', None],
    ['1.01.1.01.01.09.', 'PROGRAM PENINGKATAN KUALITAS PELAYANAN PUBLIK', '1,222,587,500.00 ', '1,047,825,300.00', '(174,762,200.00)', '(14.29)', None],
    ['1.01.1.01.01.09.01.', 'PENGELO9LAAN DATA DAN SISTEM INFORMASI SKPD', '439,427,500.00 ', '401,328,600.00', '(38,098,900.00)', '(8.67)', None],
    ['1.01.1.01.01.09.5.2.1.', 'BELANJA PEGAWAI', '23,350,000.00 ', '23,150,000.00', '(200,000.00)', '(0.86)', None],
    ['1.01.1.01.01.09.5.2.2.', 'BELANJA BARANG DAN JASA', '297,677,500.00 ', '276,616,700.00', '(21,060,800.00)', '(7.08)', None],
    ['1.01.1.01.01.09.5.2.3.', 'BELANJA MODAL', '118,400,000.00 ', '101,561,900.00', '(16,838,100.00)', '(14.22)', None],
    ['1.01.1.01.01.09.02.', 'PENYUSUNAN RENCANA STRATEGIS SKPD', '96,790,500.00 ', '96,790,500.00', '0.00 ', '0.00 ', None],
    ['1.01.1.01.01.09.5.2.1.', 'BELANJA PEGAWAI', '23,180,000.00 ', '19,980,000.00', '(3,200,000.00)', '(13.81)', None],
    ['1.01.1.01.01.09.5.2.2.', 'BELANJA BARANG DAN JASA', '87,932,500.00 ', '76,810,500.00', '(11,122,000.00)', '(12.65)', None],
    ['1.01.1.01.01.09.03.', 'PENYUSUNAN RENCANA KERJA SKPD', '302,696,000.00 ', '274,417,500.00', '(28,278,500.00)', '(9.34)', None],
    [None, None, None, None, None, None, None],
    ['1.01.1.01.01.09.03.5.2.1.', 'BELANJA PEGAWAI', '128,632,500.00 ', '123,067,500.00', '(5,565,000.00)', '(4.33)', None],
    ['1.01.1.01.01.09.03.5.2.2.', 'BELANJA BARANG DAN JASA', '174,063,500.00 ', '151,350,000.00', '(22,713,500.00)', '(13.05)', None],
    ['1.01.1.01.01.09.05.', 'MONINTORING, EVALUASI, DAN PENGENDALIAN PROGRAM KEGIATAN SKPD', '186,930,000.00 ', '114,707,500.00', '(72,222,500.00)', '(38.64)', None],
    ['1.01.1.01.01.09.05.5.2.1.', 'BELANJA PEGAWAI', '9,225,000.00 ', '9,225,000.00', '0.00 ', '0.00 ', None],
    ['1.01.1.01.01.09.05.5.2.2.', 'BELANJA BARANG DAN JASA', '177,705,000.00 ', '105,482,500.00', '(72,222,500.00)', '(40.64)', None],
    ['1.01.1.01.01.09.06.', 'PENYELENGARAAN FORUM SKPD', '12,200,000.00 ', '10,055,000.00', '(2,145,000.00)', '(17.58)', None],
    ['1.01.1.01.01.09.06.5.2.1.', 'BELANJA PEGAWAI', '700,000.00 ', '700,000.00', '0.00 ', '0.00 ', None],
    ['1.01.1.01.01.09.06.5.2.2.', 'BELANJA BARANG DAN JASA', '11,500,000.00 ', '9,355,000.00', '(2,145,000.00)', '(18.65)', None],
    ['1.01.1.01.01.09.16.', 'PENYUSUNAN STANDARTD OPERATION PROCEDURE (SOP)', '54,855,000.00 ', '48,834,500.00', '(6,020,500.00)', '(10.98)', None],
    ['1.01.1.01.01.09.16.5.2.1.', 'BELANJA PEGAWAI', '18,155,000.00 ', '15,955,000.00', '(2,200,000.00)', '(12.12)', None],
    ['1.01.1.01.01.09.16.5.2.2.', 'BELANJA BARANG DAN JASA', '36,700,000.00 ', '32,879,500.00', '(3,820,500.00)', '(10.41)', None],
    ['1.01.1.01.01.09.17.', 'PENYUSUNAN INDEKS KEPUASAN MASYARAKAT (IKM) SKPD', '69,220,500.00 ', '58,255,700.00', '(10,964,800.00)', '(15.84)', None],
    ['1.01.1.01.01.09.17.5.2.1.', 'BELANJA PEGWAI', '20,105,000.00 ', '18,140,000.00', '(1,965,000.00)', '(9.77)', None],
    ['1.01.1.01.01.09.17.5.2.2.', 'BELANJA BARANG DAN JASA', '49,115,500.00 ', '40,115,700.00', '(8,999,800.00)', '(18.32)', None],
    ['1.01.1.01.01.09.18.', 'EVALUASI STANDAR PELAYANAN MINIMAL (SPM)SKPD', '46,146,000.00 ', '43,436,000.00', '(2,710,000.00)', '(5.87)', None],
    ['1.01.1.01.01.09.18.5.2.1.', 'BELANJA PEGWAI', '7,637,500.00 ', '7,637,500.00', '0.00 ', '0.00 ', None],
    ['1.01.1.01.01.09.18.5.2.2.', 'BELANJA BARANG DAN JASA', '38,508,500.00 ', '35,798,500.00', '(2,710,000.00)', '(7.04)', None],
]
_GUNUNGKIDUL_PASAR = [
    ['Judul', 'Realisasi Anggaran Pendapatan Belanja Daerah', None, None, None, None, None],
    ['Daerah', 'Kabupaten Gunungkidul', None, None, None, None, None],
    ['Tahun', '2014', None, None, None, None, None],
    ['Kode Organisasi', '2.06.02. - Kantor Pengelolaan Pasar', None, None, None, None, None],
    ['Kolom', '7', None, None, None, None, None],
    [None, None, None, None, None, None, None],
    ['No. Rekening', 'Uraian', 'Sebelum', 'Sesudah', 'Angka', 'Prosentase', 'Keterangan'],
    ['2.06.2.06.02.00.4.', 'PENDAPATAN', '2,278,781,488.52 ', '2,369,808,225.00', '91,026,736.48 ', '3.99 ', None],
    ['2.06.2.06.02.00.4.1.', 'PENDAPATAN ASLI DAERAH', '2,278,781,488.52 ', '2,369,808,225.00', '91,026,736.48 ', '3.99 ', None],
    ['2.06.2.06.02.00.4.1.2.', 'Hasil Retribusi Daerah', '1,925,733,600.00 ', '1,934,373,050.00', '8,639,450.00 ', '0.45 ', 'berdasarkan perda no 13 tahun 2012 LD tahun 2012 no 5 seri C, retribusi pelayanan persampahan/kebersihan berdasarkan perda no 8 tahun 2011 LD Tahun 2011 no 2 seri C, tentang retirbusi pelayanan pasar. Berdasarkan perda no 9 tahun 2011 LD tahun 2011 no 3 seri C, tentang retibusi pemakaian kekayaan daerah. Berdasarkan perda no 11 tahun 2011 LD tahun 2011 no 5 seri C tentang retribusi tempat khusus parkir'],
    ['2.06.2.06.02.00.4.1.4.', 'Lain-lain Pendapatan Asli Daerah yang Sah', '353,047,888.52 ', '435,435,175.00', '82,387,286.48 ', '23.34 ', None],
    [None, 'JUMLAH PENDAPATAN', '2,278,781,488.52 ', '2,369,808,225.00', '91,026,736.48 ', '3.99 ', None],
    ['2.06.2.06.02.03.', 'PROGRAM PENINGKATAN DISIPLIN APARATUR', '3,600,000.00 ', '3,600,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.03.03.', 'PENGADAAN PAKAIAN KERJA LAPANGAN', '3,600,000.00 ', '3,600,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.03.03.5.2.2.', 'BELANJA BARANG DAN JASA', '3,600,000.00 ', '3,600,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.05.', 'PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA APARATUR', '12,667,500.00 ', '12,667,500.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.05.03.', 'BIMBINGAN TEKNIS IMPLEMENTASI PERATURAN PERUNDANG-UNDANGAN', '12,667,500.00 ', '12,667,500.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.05.03.5.2.1.', 'BELANJA PEGAWAI', '1,130,000.00 ', '1,130,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.05.03.5.2.2.', 'BELANJA BARANG DAN JASA', '11,537,500.00 ', '11,537,500.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.09.', 'PROGRAM PENINGKATAN KUALITAS PELAYANAN PUBLIK', '25,510,000.00 ', '25,510,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.09.01.', 'PENGELOLAAN DATA DAN SISTEM INFORMASI SKPD', '6,075,000.00 ', '6,075,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.09.01.5.2.1.', 'BELANJA PEGAWAI', '4,075,000.00 ', '4,075,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.09.01.5.2.2.', 'BELANJA BARANG DAN JASA', '2,000,000.00 ', '2,000,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.09.02.', 'PENYUSUNAN RENCANA STRATEGIS SKPD', '4,850,000.00 ', '4,850,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.09.02.5.2.1.', 'BELANJA PEGAWAI', '3,900,000.00 ', '3,900,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.09.02.5.2.2.', 'BELANJA BARANG DAN JASA', '950,000.00 ', '950,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.09.03.', 'PENYUSUNAN RENCANA STRATEGIS SKPD', '3,410,000.00 ', '3,410,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.09.03.5.2.1.', 'BELANJA PEGAWAI', '2,310,000.00 ', '2,310,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.09.03.5.2.2.', 'BELANJA BARANG DAN JASA', '1,100,000.00 ', '1,100,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.09.16.', 'PENYUSUNAN STANDARD OPERATION PROCEDURE (SOP)', '4,025,000.00 ', '4,025,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.09.16.5.2.1.', 'BELANJA PEGAWAI', '3,475,000.00 ', '3,475,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.09.16.5.2.2.', 'BELANJA BARANG DAN JASA', '550,000.00 ', '550,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.09.17.', 'PENYUSUNAN INDEKS KEPUASAN MASYARAKAT (IKM) SKPD', '3,350,000.00 ', '3,350,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.09.17.5.2.1.', 'BELANJA PEGAWAI', '3,050,000.00 ', '3,050,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.09.17.5.2.2.', 'BELANJA BARANG DAN JASA', '300,000.00 ', '300,000.00', '0.00 ', '0.00 ', None],
    [None, None, None, None, None, None, None],
    ['2.06.2.06.02.09.22.', 'PENGENDALIAN INTERNAL SKPD', '3,800,000.00 ', '3,800,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.09.22.5.2.1.', 'BELANJA PEGAWAI', '3,500,000.00 ', '3,500,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.09.22.5.2.2.', 'BELANJA BARANG DAN JASA', '300,000.00 ', '300,000.00', '0.00 ', '0.00 ', None],
    ['2.06.2.06.02.20.', 'PROGRAM PENGEMBANGAN DAN PEMBIMNAAN PEDAGANG', '78,895,000.00 ', '78,810,000.00', '(85,000.00)', '(0.11)', None],
    ['2.06.2.06.02.20.02.', 'PEMBINAAN PEDAGANG', '78,895,000.00 ', '78,810,000.00', '(85,000.00)', '(0.11)', None],
    ['2.06.2.06.02.20.02.5.2.1.', 'BELANJA PEGAWAI', '47,520,000.00 ', '47,445,000.00', '(75,000.00)', '(0.16)', None],
    ['2.06.2.06.02.20.02.5.2.2.', 'BELANJA BARANG DAN JASA', '31,375,000.00 ', '31,365,000.00', '(10,000.00)', '(0.03)', None],
]
_DIY_DINSOS = [
    ['Judul', 'REALISASIAPBD', None, None, None, None, None, None],
    ['Daerah', 'PROVINSI', None, None, None, None, None, None],
    ['Tahun', '2014', None, None, None, None, None, None],
    ['KodeOrganisasi', '1.13.01–DINASSOSIAL', None, None, None, None, None, None],
    ['Kolom', '8', None, None, None, None, None, None],
    [None, None, None, None, None, None, None, None],
    ['NOREKENING', 'URAIAN', 'PEGAWAI', 'BARANG&JASA', 'MODAL', 'JUMLAH', 'Rp', '(%)'],
    [None, None, None, None, None, None, None, None],
    ['1.13.1.13.01.01.02', 'ProgramPeningkatanSaranadanPrasaranaAparatur', '0.00', '219,660,000.00', '213,300,000.00', '432,960,000.00', None, None],
    [None, None, None, None, None, None, '(2,371,371.00)', '99.45'],
    [None, None, '0.00', '219,534,929.00', '211,053,700.00', '430,588,629.00', None, None],
    [None, None, None, None, None, None, None, None],
    [None, None, None, None, None, None, None, None],
    ['1.13.1.13.01.01.02.22', 'PemeliharaanRutin/BerkalaGedungKantor', '0.00', '25,000,000.00', '0.00', '25,000,000.00', None, None],
    [None, None, None, None, None, None, '0.00', '100.00'],
    [None, None, '0.00', '25,000,000.00', '0.00', '25,000,000.00', None, None],
    [None, None, None, None, None, None, None, None],
    [None, None, None, None, None, None, None, None],
    ['1.13.1.13.01.01.02.24', 'PemeliharaanRutin/BerkalaKendaraanDinas/Operasional', '0.00', '188,060,000.00', '0.00', '188,060,000.00', None, None],
    [None, None, None, None, None, None, '(125,071.00)', '99.93'],
    [None, None, '0.00', '187,934,929.00', '0.00', '187,934,929.00', None, None],
    [None, None, None, None, None, None, None, None],
    [None, None, None, None, None, None, None, None],
    ['1.13.1.13.01.01.02.29', 'PemeliharaanRutin/BerkalaMebeleur', '0.00', '6,600,000.00', '0.00', '6,600,000.00', None, None],
    [None, None, None, None, None, None, '0.00', '100.00'],
    [None, None, '0.00', '6,600,000.00', '0.00', '6,600,000.00', None, None],
    [None, None, None, None, None, None, None, None],
    [None, None, None, None, None, None, None, None],
    ['1.13.1.13.01.01.02.34', 'PengadaanPeralatandanPerlengkapanKantor', '0.00', '0.00', '213,300,000.00', '213,300,000.00', None, None],
    [None, None, None, None, None, None, '(2,246,300.00)', '98.95'],
    [None, None, '0.00', '0.00', '211,053,700.00', '211,053,700.00', None, None],
    [None, None, None, None, None, None, None, None],
    [None, None, None, None, None, None, None, None],
    ['1.13.1.13.01.01.06', 'ProgramPeningkatanPengembanganSistemPelaporanCapaianKinerjadanKeuangan', '0.00', '5,200,000.00', '0.00', '5,200,000.00', None, None],
    [None, None, None, None, None, None, '(127,500.00)', '97.55'],
    [None, None, None, None, None, None, None, None],
    [None, None, '0.00', '5,072,500.00', '0.00', '5,072,500.00', None, None],
    [None, None, None, None, None, None, None, None],
    [None, None, None, None, None, None, None, None],
    ['1.13.1.13.01.01.06.01', 'PenyusunanLaporanCapaianKinerjadanIkhtisarRealisasiKinerjaSKPD', '0.00', '5,200,000.00', '0.00', '5,200,000.00', None, None],
    [None, None, None, None, None, None, '(127,500.00)', '97.55'],
    [None, None, '0.00', '5,072,500.00', '0.00', '5,072,500.00', None, None],
    [None, None, None, None, None, None, None, None],
    [None, None, None, None, None, None, None, None],
]

_GUNUNGKIDUL_DISDIKPORA_PEMUDA = [
    ['Judul', 'Realisasi Anggaran Pendapatan Belanja Daerah', None, None, None, None, None],
    ['Daerah', 'Kabupaten Gunungkidul', None, None, None, None, None],
    ['Tahun', '2014', None, None, None, None, None],
    ['Kode Organisasi', '1.01.01. - Dinas Pendidikan, Pemuda dan Olahraga', None, None, None, None, None],
    ['Kolom', '7', None, None, None, None, None],
    [None, None, None, None, None, None, None],
    ['No. Rekening', 'Uraian', 'Sebelum', 'Sesudah', 'Angka', 'Prosentase', 'Keterangan'],
    ['1.18.1.01.01.16.', 'PROGRAM PENINGKATAN PERAN SERTA KEPEMUDAAN', '1,402,857,500.00 ', '1,263,261,500.00', '(139,596,000.00)', '(9.95)', None],
    ['1.18.1.01.01.16.01.', 'PEMBINAAN ORGANISASI KEPEMUDAAN', '9,850,000.00 ', '9,850,000.00', '0.00 ', '0.00 ', None],
    ['1.18.1.01.01.16.01.5.2.1.', 'BELANJA PEGAWAI', '1,875,000.00 ', '1,875,000.00', '0.00 ', '0.00 ', None],
    ['1.18.1.01.01.16.01.5.2.2.', 'BELAJA BARANG DAN JASA', '7,975,000.00 ', '7,975,000.00', '0.00 ', '0.00 ', None],
    ['1.18.1.01.01.16.02.', 'PENDIDIKAN DAN PELATIHAN DASAR KEPEMIMPINAN', '66,827,500.00 ', '66,127,500.00', '(700,000.00)', '(1.05)', None],
    ['1.18.1.01.01.16.02.5.2.1.', 'BELANJA PEGAWAI', '39,950,000.00 ', '39,950,000.00', '0.00 ', '0.00 ', None],
    ['1.18.1.01.01.16.02.5.2.2.', 'BELANJA BARANG DAN  JASA', '26,877,500.00 ', '26,177,500.00', '(700,000.00)', '(2.60)', None],
    ['1.18.1.01.01.16.04.', 'FASILITAS PEKA TEMU WICARA ORGANISASI PEMUDA', '55,760,000.00 ', '38,710,000.00', '(17,050,000.00)', '(30.58)', None],
    ['1.18.1.01.01.16.04.5.2.1.', 'BELANJA PEGAWAI', '11,660,000.00 ', '11,460,000.00', '(200,000.00)', '(1.72)', None],
    ['1.18.1.01.01.16.04.5.2.2.', 'BELANJA BARANG DAN  JASA', '44,100,000.00 ', '27,250,000.00', '(16,850,000.00)', '(38.21)', None],
    ['1.18.1.01.01.16.06.', 'LOMBA KREASI DAN KARYA TULIS ILMIAH DIKALANGAN PEMUDA', '698,290,000.00 ', '599,204,000.00', '(99,086,000.00)', '(14.19)', None],
    ['1.18.1.01.01.16.06.5.2.1.', 'BELANJA PEGAWAI', '228,100,000.00 ', '181,300,000.00', '(46,800,000.00)', '(20.52)', None],
    ['1.18.1.01.01.16.06.5.2.2.', 'BELANJA BARANG DAN  JASA', '470,190,000.00 ', '417,904,000.00', '(52,286,000.00)', '(11.12)', None],
    ['1.18.1.01.01.16.07.', 'PEMBINAAN PEMUDA PELOPOR KEAMANAN LINGKUNGAN', '108,130,000.00 ', '90,730,000.00', '(17,400,000.00)', '(16.09)', None],
    ['1.18.1.01.01.16.07.5.2.1.', 'BELANJA PEGAWAI', '22,475,000.00 ', '18,475,000.00', '(4,000,000.00)', '(17.80)', None],
    ['1.18.1.01.01.16.07.5.2.2.', 'BELANJA BARANG DAN  JASA', '85,655,000.00 ', '72,255,000.00', '(13,400,000.00)', '(15.64)', None],
    ['1.18.1.01.01.16.10.', 'PEMBENTUKAN PASKIBRAKA', '464,000,000.00 ', '458,640,000.00', '(5,360,000.00)', '(1.16)', None],
    ['1.18.1.01.01.16.10.5.2.1.', 'BELANJA PEGAWAI', '41,625,000.00 ', '40,125,000.00', '(1,500,000.00)', '(3.60)', None],
    ['1.18.1.01.01.16.10.5.2.2.', 'BELAJA BARANG DAN JASA', '422,375,000.00 ', '418,515,000.00', '(3,860,000.00)', '(0.91)', None],
    ['1.18.1.01.01.20.', 'PROGRAM PEMBINAAN DAN PEMASYARAKATAN OLAH RAGA', '3,002,364,500.00 ', '2,564,806,800.00', '(437,557,700.00)', '(14.57)', None],
    ['1.18.1.01.01.20.03.', 'PEMBIBITAN DAN PEMBINAAN OLAHRAGAWAN BERBAKAT', '848,064,500.00 ', '524,638,300.00', '(323,426,200.00)', '(38.14)', None],
    ['1.18.1.01.01.20.03.5.2.1.', 'BELAJA PEGAWAI', '599,200,000.00', '299,950,000.00', '(299,250,000.00)', '(49.94)', None],
    ['1.18.1.01.01.20.03.5.2.2.', 'BELANJA BARANG DAN  JASA', '248,864,500.00', '224,688,300.00', '(24,176,200.00)', '(9.71)', None],
    ['1.18.1.01.01.20.04.', 'PEMBINAAN CABANG OLAHRAGA PRESTASI DI TINGKATAN DAERAH', '556,520,000.00 ', '538,996,500.00', '(17,523,500.00)', '(3.15)', None],
    ['1.18.1.01.01.20.04.5.2.1.', 'BELANJA PEGAWAI', '98,225,000.00 ', '94,775,000.00', '(3,450,000.00)', '(3.51)', None],
    ['1.18.1.01.01.20.04.5.2.2.', 'BELANJA BARANG DAN JASA', '458,295,000.00 ', '444,221,500.00', '(14,073,500.00)', '(3.07)', None],
    ['1.18.1.01.01.20.05.', 'PENINGKATAN KESEGARAN JASMANI DAN REKREASI', '110,005,000.00 ', '109,405,000.00', '(600,000.00)', '(0.55)', None],
    ['1.18.1.01.01.20.05.5.2.1.', 'BELANJA PEGAWAI', '36,175,000.00 ', '36,175,000.00', '0.00 ', '0.00 ', None],
    [None, None, None, None, None, None, None],
    ['1.18.1.01.01.20.05.5.2.1.', 'BELANJA BARANG DAN  JASA', '73,830,000.00 ', '73,230,000.00', '(600,000.00)', '(0.81)', None],
    ['1.18.1.01.01.20.06.', 'PENYELENGGARAAN KOMPTEISI OLAHRAGA', '1,023,115,000.00 ', '946,257,000.00', '(76,858,000.00)', '(7.51)', None],
    ['1.18.1.01.01.20.06.5.2.1.', 'BELANJA PEGAWAI', '210,300,000.00 ', '209,650,000.00', '(650,000.00)', '(0.31)', None],
    ['1.18.1.01.01.20.06.5.2.2.', 'BELANJA BARANG DAN  JASA', '812,815,000.00 ', '736,607,000.00', '(76,208,000.00)', '(9.38)', None],
    ['1.18.1.01.01.20.11.', 'PENGEMBANGAN OLAHRAGA REKREASI', '423,010,000.00 ', '404,112,000.00', '(18,898,000.00)', '(4.47)', None],
    ['1.18.1.01.01.20.11.5.2.1.', 'BELANJA PEGAWAI', '16,475,000.00 ', '16,475,000.00', '0.00 ', '0.00 ', None],
    ['1.18.1.01.01.20.11.5.2.2.', 'BELANJA BARANG DAN  JASA', '406,535,000.00 ', '387,637,000.00', '(18,898,000.00)', '(4.65)', None],
    ['1.18.1.01.01.20.13.', 'PENINGKATAN JUMLAH DAN KUALITAS SERTA KOMPTENSI PELATIH, PENELITI, PRAKTISI DAN TEKNISI OLAHRAGA', '41,650,000.00 ', '41,398,000.00', '(252,000.00)', '(0.61)', None],
    ['1.18.1.01.01.20.13.5.2.1.', 'BELANJA PEGAWAI', '5,600,000.00 ', '5,350,000.00', '(250,000.00)', '(4.46)', None],
    ['1.18.1.01.01.20.13.5.2.2.', 'BELANJA BARANG DAN  JASA', '36,050,000.00 ', '36,048,000.00', '(2,000.00)', '(0.01)', None],
]


CASES: list[Layout] = [
    # ------------------------------------------------------------------ 1
    Layout(
        id="budget-sumut-setda-ss3-2021",
        dataset="budget",
        agency="Sekretariat Daerah Provinsi Sumatera Utara (LKj 2021, sasaran strategis 3) — provinsi OPD",
        source=("https://fliphtml5.com/xgkox/cyxe/LAPORAN_KINERJA_SEKRETARIAT_DAERAH_PROVINSI_SUMATERA_UTARA_TAHUN_2021/49 "
                "— Laporan Kinerja Sekretariat Daerah Provinsi Sumatera Utara 2021, hal. 41, Tabel 19 "
                "'Realisasi Keuangan Sasaran Strategis-3'"),
        year=2021,
        sheets={"Tabel 19": [
            ["Tabel 19", None, None, None, None, None],
            ["Realisasi Keuangan Sasaran Strategis-3", None, None, None, None, None],
            ["NO", "INDIKATOR KINERJA", "PROGRAM/ KINERJA", "ANGGARAN (Rp)", "REALISASI (Rp)",
             "CAPAIAN REALISASI ANGGARAN (%)"],
            ["1", "2", "3", "4", "5", "6"],
            ["1", ("Persentase kegiatan dalam pembinaan aparatur pemerintahan dalam penyelenggaran kebijakan "
                   "pemerintahan di daerah serta Kegiatan Evaluasi Kerjasama Pemerintah/ Badan Usaha/ Swasta"),
             "Program Pemerintahan Dan Otonomi Daerah", None, None, "88.6"],
            [None, None, "Kegiatan Pelaksanaan Tugas Pemerintahan", None, None, None],
            [None, None, "1. Sub Kegiatan Fasilitasi Pelaksanaan Pemerintahan Umum", "749.930.215", "702.188.300", "93.6"],
            [None, None, "Kegiatan Fasilitasi Kerjasama Daerah", None, None, None],
            [None, None, "1.Sub Kegiatan Fasilitasi Kerjasama antar Pemerintah", "216.194.000", "188.957.200", "87.4"],
            [None, None, "2.Sub Kegiatan Fasilitasi Kerjasama Badan Usaha/Swasta", "378.896.500", "351.953.546", "92.9"],
            [None, None, "3.Sub Kegiatan Evaluasi Pelaksanaan Kerja Sama", "398.379.650", "307.055.630", "80.5"],
        ]},
        merged={"Tabel 19": ["A1:F1", "A2:F2", "A5:A11", "B5:B11"]},
        expected=[
            _b("program", "Program Pemerintahan Dan Otonomi Daerah", 1743400365, 1550154676),
            _b("kegiatan", "Kegiatan Pelaksanaan Tugas Pemerintahan", 749930215, 702188300),
            _b("sub_kegiatan", "Sub Kegiatan Fasilitasi Pelaksanaan Pemerintahan Umum", 749930215, 702188300),
            _b("kegiatan", "Kegiatan Fasilitasi Kerjasama Daerah", 993470150, 847966376),
            _b("sub_kegiatan", "Sub Kegiatan Fasilitasi Kerjasama antar Pemerintah", 216194000, 188957200),
            _b("sub_kegiatan", "Sub Kegiatan Fasilitasi Kerjasama Badan Usaha/Swasta", 378896500, 351953546),
            _b("sub_kegiatan", "Sub Kegiatan Evaluasi Pelaksanaan Kerja Sama", 398379650, 307055630),
        ],
        findings=((W, "pct_mismatch"),),
        note=("Rows marked only by words ('Program …', 'Kegiatan …', 'n. Sub Kegiatan …', the sub-kegiatan numbering "
              "restarting under each kegiatan and once written without a space, '1.Sub'), all in one column beside a "
              "single indicator cell merged down the table; column-number row 1-6; no total row. The program row "
              "states only a percentage (88.6) and the two kegiatan rows no amounts: headings, each standing with the sums "
              "of its rows, as the report shows them. Amounts printed with dot thousands separators, percentages with a decimal point. Checks: "
              "702.188.300/749.930.215 = 93.63 → 93.6 ok; 188.957.200/216.194.000 = 87.40 ok; 351.953.546/378.896.500 "
              "= 92.89 → 92.9 ok; 307.055.630/398.379.650 = 77.08, printed 80.5 → pct_mismatch. The program's 88.6 is "
              "the plain mean of the four printed percentages ((93.6+87.4+92.9+80.5)/4 = 88.6), not 1.550.154.676/"
              "1.743.400.365 = 88.92; with no program amounts printed there is nothing to check it against. The third "
              "sub-kegiatan's name runs over the page break ('Evaluasi Pelaksanaan' on hal. 41, completed from the "
              "text above the table: 'Evaluasi Pelaksanaan Kerja Sama'). Header cell 3 reads 'PROGRAM/ KINERJA' as "
              "extracted."),
    ),
    # ------------------------------------------------------------------ 2
    Layout(
        id="budget-polman-simkinerja-eselon4-2022",
        dataset="budget",
        agency=("BPKAD Kabupaten Polewali Mandar, Sub Bidang Penyusunan Anggaran (e-SAKIP 'Pengukuran Kinerja' "
                "page of an eselon IV unit) — kabupaten OPD"),
        source=("https://mail.simkinerja2022.polmankab.go.id/Beranda/pengukurankinerjaeselon4/1.24.2.1/2022 "
                "— SIM Kinerja Kabupaten Polewali Mandar, 'Pengukuran Kinerja Tahun 2022', budget table"),
        year=2022,
        sheets={"Pengukuran Kinerja": [
            ["Pengukuran Kinerja Tahun 2022"] + _blank(16),
            ["Sub Bidang Penyusunan Anggaran"] + _blank(16),
            ["0 - 24.99%", "25 - 49.99%", "50 - 74.99%", "75 - 94.99%", "95 - 100%"] + _blank(12),
            ["Pejabat", "Kegiatan / Sub-Kegiatan", "Alokasi Anggaran (Rp)", "Realisasi Anggaran (Rp)"] + _blank(12)
            + ["Realisasi(%)"],
            [None, None, None, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, "Jumlah", None],
            ["Kepala Sub Bidang Penyusunan Anggaran", "  Kegiatan :"] + _blank(15),
            [None, "  Koordinasi dan Penyusunan Rencana Anggaran Daerah", "1,004,422,800", None, None, "177,776,900",
             None, None, "217,285,100", None, None, "159,227,092", None, None, "446,683,866", "1,000,972,958", "99.66"],
            [None, "    Sub-Kegiatan :"] + _blank(15),
            [None, ("    Koordinasi dan Penyusunan Peraturan Daerah Tentang APBD dan Peraturan Kepala Daerah Tentang "
                    "Penjabaran APBD"), "808,430,200", None, None, "177,776,900", None, None, "139,800,500", None,
             None, "156,653,392", None, None, "331,138,792", "805,369,584", "99.62"],
            [None, ("    Koordinasi dan Penyusunan Peraturan Daerah Tentang Perubahan APBD dan Peraturan Kepala Daerah "
                    "Tentang Penjabaran Perubahan APBD"), "195,992,600", None, None, None, None, None, "77,484,600",
             None, None, "2,573,700", None, None, "115,545,074", "195,603,374", "99.80"],
        ]},
        merged={"Pengukuran Kinerja": ["A1:Q1", "A2:Q2", "A4:A5", "B4:B5", "C4:C5", "D4:P4", "Q4:Q5", "A6:A10"]},
        expected=[
            _b("kegiatan", "Koordinasi dan Penyusunan Rencana Anggaran Daerah", 1004422800, 1000972958),
            _b("sub_kegiatan", "Koordinasi dan Penyusunan Peraturan Daerah Tentang APBD", 808430200, 805369584),
            _b("sub_kegiatan", "Koordinasi dan Penyusunan Peraturan Daerah Tentang Perubahan", 195992600, 195603374),
        ],
        note=("An e-SAKIP web page saved as a sheet: 'Realisasi Anggaran (Rp)' over months 1 … 12 | Jumlah, a "
              "'Pejabat' column holding the eselon IV post once for the whole block, levels marked by the label rows "
              "'Kegiatan :' and 'Sub-Kegiatan :' (which hold no amounts) and by indentation, kept as the page text "
              "renders it (two leading spaces on kegiatan lines, four on sub-kegiatan lines; expected names are "
              "given without them), a colour-legend row above the header. "
              "Amounts printed with comma thousands separators and the percentage with a decimal point "
              "('1,004,422,800', '99.66'): an English-locale page, the opposite of the usual '1.004.422.800'. The "
              "page's HTML leaves empty month cells out; the four realisation figures are placed in months 3, 6, 9 "
              "and 12 (quarterly entry, as the physical-target table on the same page shows four entries), the "
              "second sub-kegiatan's three in 6, 9, 12, because the kegiatan's first figure equals the first "
              "sub-kegiatan's alone (177,776,900) and its others are the column sums (139,800,500+77,484,600 = "
              "217,285,100; 156,653,392+2,573,700 = 159,227,092; 331,138,792+115,545,074 = 446,683,866): the month "
              "positions are that inference, the amounts are as printed. The indicator table above and the "
              "kendala/solusi table below are left out. All consistent: 808,430,200+195,992,600 = 1,004,422,800; "
              "805,369,584+195,603,374 = 1,000,972,958; 99.66, 99.62, 99.80 all agree at two decimals. No published "
              "mistake."),
    ),
    # ------------------------------------------------------------------ 3
    Layout(
        id="budget-perda-lra-lampiran-i4-split-codes",
        dataset="budget",
        agency=("Export layout: Lampiran I.4 of a Perda pertanggungjawaban pelaksanaan APBD (Permendagri 77/2020 "
                "format) as a BPKAD report tool prints it; kabupaten, invented figures — kabupaten BPKAD export"),
        source=("search(code) / find_string 'ORGANISASI, PROGRAM, KEGIATAN' → public GitHub file id 30345892822, a "
                "Laravel blade 'Lampiran I.4' (REKAPITULASI REALISASI BELANJA MENURUT URUSAN PEMERINTAHAN DAERAH, "
                "ORGANISASI, PROGRAM, KEGIATAN, DAN SUB KEGIATAN)"),
        year=2022,
        sheets={"Lampiran I.4": [
            _blank(11) + ["LAMPIRAN I.4", None, None, None],
            _blank(11) + ["PERATURAN DAERAH KABUPATEN SUKAMAJU", None, None, None],
            _blank(11) + ["NOMOR          TAHUN 2023", None, None, None],
            _blank(11) + ["TENTANG PERTANGGUNGJAWABAN PELAKSANAAN ANGGARAN PENDAPATAN DAN BELANJA DAERAH", None, None, None],
            _blank(11) + ["KABUPATEN SUKAMAJU TAHUN ANGGARAN 2022", None, None, None],
            _blank(15),
            ["PEMERINTAH KABUPATEN SUKAMAJU"] + _blank(14),
            ["REKAPITULASI REALISASI BELANJA MENURUT URUSAN PEMERINTAHAN DAERAH, ORGANISASI, PROGRAM, KEGIATAN, "
             "DAN SUB KEGIATAN"] + _blank(14),
            ["TAHUN ANGGARAN 2022"] + _blank(14),
            _blank(15),
            ["Kode", None, None, None, None, None, "Uraian Urusan, Organisasi, Program, Kegiatan dan Sub Kegiatan",
             "Kelompok Belanja"] + _blank(7),
            _blank(7) + ["Operasi", None, "Modal", None, "Tidak Terduga", None, "Transfer", None],
            _blank(7) + ["Anggaran", "Realisasi"] * 4,
            _i4(("5", None, None, None, None, None), "UNSUR PENUNJANG URUSAN PEMERINTAHAN",
                10_736_445_000, 10_374_491_962, 145_000_000, 143_550_000),
            _i4(("5", "02", None, None, None, None), "KEUANGAN", 10_736_445_000, 10_374_491_962, 145_000_000, 143_550_000),
            _i4(("5", "02", "5.02.0.00.0.00.01.0000", None, None, None), "Badan Keuangan dan Aset Daerah",
                10_736_445_000, 10_374_491_962, 145_000_000, 143_550_000),
            _i4(("5", "02", "5.02.0.00.0.00.01.0000", "01", None, None),
                "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 10_123_965_000, 9_787_387_062),
            _i4(("5", "02", "5.02.0.00.0.00.01.0000", "01", "2.01", None),
                "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 281_650_000, 268_782_850),
            _i4(("5", "02", "5.02.0.00.0.00.01.0000", "01", "2.01", "01"),
                "Penyusunan Dokumen Perencanaan Perangkat Daerah", 185_400_000, 176_912_350),
            _i4(("5", "02", "5.02.0.00.0.00.01.0000", "01", "2.01", "07"),
                "Evaluasi Kinerja Perangkat Daerah", 96_250_000, 91_870_500),
            _i4(("5", "02", "5.02.0.00.0.00.01.0000", "01", "2.02", None),
                "Administrasi Keuangan Perangkat Daerah", 9_842_315_000, 9_518_604_212),
            _i4(("5", "02", "5.02.0.00.0.00.01.0000", "01", "2.02", "01"),
                "Penyediaan Gaji dan Tunjangan ASN", 9_842_315_000, 9_518_604_212),
            _i4(("5", "02", "5.02.0.00.0.00.01.0000", "02", None, None),
                "PROGRAM PENGELOLAAN KEUANGAN DAERAH", 612_480_000, 587_104_900, 145_000_000, 143_550_000),
            _i4(("5", "02", "5.02.0.00.0.00.01.0000", "02", "2.01", None),
                "Koordinasi dan Penyusunan Rencana Anggaran Daerah", 612_480_000, 587_104_900, 145_000_000, 143_550_000),
            _i4(("5", "02", "5.02.0.00.0.00.01.0000", "02", "2.01", "01"),
                "Koordinasi dan Penyusunan Peraturan Daerah tentang APBD dan Peraturan Kepala Daerah tentang "
                "Penjabaran APBD", 612_480_000, 587_104_900, 145_000_000, 143_550_000),
            ["Jumlah"] + _blank(6) + [_rp(10_736_445_000), _rp(10_374_491_962), _rp(145_000_000), _rp(143_550_000),
                                     _rp(0), _rp(0), _rp(0), _rp(0)],
            _blank(15),
            _blank(11) + ["Sukamaju, 31 Mei 2023", None, None, None],
            _blank(11) + ["BUPATI SUKAMAJU,", None, None, None],
            _blank(15),
            _blank(11) + ["HENDRA WIJAYAKUSUMA", None, None, None],
        ]},
        merged={"Lampiran I.4": ["A7:O7", "A8:O8", "A9:O9", "A11:F13", "G11:G13", "H11:O11", "H12:I12", "J12:K12",
                                 "L12:M12", "N12:O12", "A26:G26"]},
        expected=[
            _b("program", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 10_123_965_000, 9_787_387_062),
            _b("kegiatan", "Perencanaan, Penganggaran, dan Evaluasi", 281_650_000, 268_782_850),
            _b("sub_kegiatan", "Penyusunan Dokumen Perencanaan", 185_400_000, 176_912_350),
            _b("sub_kegiatan", "Evaluasi Kinerja Perangkat Daerah", 96_250_000, 91_870_500),
            _b("kegiatan", "Administrasi Keuangan Perangkat Daerah", 9_842_315_000, 9_518_604_212),
            _b("sub_kegiatan", "Penyediaan Gaji dan Tunjangan ASN", 9_842_315_000, 9_518_604_212),
            _b("program", "PROGRAM PENGELOLAAN KEUANGAN DAERAH", 757_480_000, 730_654_900),
            _b("kegiatan", "Koordinasi dan Penyusunan Rencana Anggaran", 757_480_000, 730_654_900),
            _b("sub_kegiatan", "Koordinasi dan Penyusunan Peraturan Daerah", 757_480_000, 730_654_900),
        ],
        note=("The code is split over six unlabelled columns under one merged 'Kode' band (urusan '5' | bidang '02' | "
              "organisasi '5.02.0.00.0.00.01.0000' | program '01' | kegiatan '2.01' | sub-kegiatan '01'), every row "
              "repeating its parents' code parts, so the level is the rightmost filled code cell. Budget and "
              "realisation are not single columns: 'Kelompok Belanja' bands Operasi | Modal | Tidak Terduga | "
              "Transfer, each split Anggaran | Realisasi, so a row's budget is the sum of the four Anggaran cells "
              "(program 02: 612.480.000 operasi + 145.000.000 modal = 757.480.000; realisation 587.104.900 + "
              "143.550.000 = 730.654.900). Urusan, bidang and organisasi rows carry amounts too but are above program "
              "level, not rows of expected; the 'Jumlah' row sums the urusan rows only. Amounts are text as the "
              "template's rupiah() helper prints them ('10.736.445.000,00'; formatting assumed, the helper is not in "
              "the file). Title block top right (LAMPIRAN I.4 …), signature at the foot. The template has no data: "
              "pemda name, signatory and all amounts are invented and internally consistent, nomenclature from "
              "Kepmendagri 050-5889 (Badan Keuangan, 5.02). No mistakes."),
    ),
    # ------------------------------------------------------------------ 4
    Layout(
        id="budget-sakti-capaian-ro-satker",
        dataset="budget",
        agency=("Export layout: SAKTI 'DETAIL KERTAS KERJA CAPAIAN RO' of a kementerian/lembaga satker, invented "
                "figures — kementerian satker export"),
        source=("find_string 'Kode KRO' → public GitHub file id 33088480663 (a Streamlit IKPA monitor, 'SMART BNNP "
                "DKI'), DataProcessor.process_capaian_output docstring listing the export's columns"),
        year=2023,
        sheets={"Capaian RO": [
            ["Kode Kegiatan", "Kode KRO/RO", "Uraian RO", "Pagu Anggaran RO", "Realisasi Anggaran RO",
             "Target Output RO", "Satuan Output", "RVRO Bulan ini", "TPCRO Bulan ini", "PCRO Bulan ini",
             "RVRO sampai Bulan ini", "TPCRO sampai bulan ini", "PCRO sampai Bulan ini"],
            ["5286", "EBA.962", "Layanan Umum", 1_245_000_000, 1_198_765_400, 1, "Layanan", 0.08, 100, 100, 1, 100, 100],
            ["5286", "EBA.994", "Layanan Perkantoran", 8_932_618_000, 8_811_204_377, 1, "Layanan", 0.08, 100, 100, 1,
             100, 100],
            ["5286", "EBB.951", "Layanan Sarana Internal", 640_000_000, 612_350_000, 12, "Unit", 0, 100, 100, 12, 100,
             100],
            ["5286", "EBD.955", "Layanan Manajemen Kinerja Internal", 187_500_000, 171_062_000, 4, "Dokumen", 1, 100,
             100, 4, 100, 100],
        ]},
        expected=[
            _b("sub_kegiatan", "Layanan Umum", 1_245_000_000, 1_198_765_400),
            _b("sub_kegiatan", "Layanan Perkantoran", 8_932_618_000, 8_811_204_377),
            _b("sub_kegiatan", "Layanan Sarana Internal", 640_000_000, 612_350_000),
            _b("sub_kegiatan", "Layanan Manajemen Kinerja Internal", 187_500_000, 171_062_000),
        ],
        note=("A flat SAKTI export, header in row 1 and one row per rincian output (RO), the kegiatan only as a code "
              "column ('5286') and the KRO/RO as 'EBA.962' (no program or kegiatan rows, no totals): every row is a "
              "sub_kegiatan. Budget and realisation are 'Pagu Anggaran RO' / 'Realisasi Anggaran RO'. The three "
              "percentage columns TPCRO/PCRO are output-progress percentages (target and achieved progress of the "
              "RO's volume), not absorption: 100 beside 1.198.765.400/1.245.000.000 = 96.29 % is not a pct_mismatch. "
              "RVRO/TPCRO/PCRO 'Bulan ini' vs 'sampai Bulan ini' are the December and cumulative figures. Column "
              "names are the export's as the parser lists them; kegiatan code and RO codes/names follow the standard "
              "KRO/RO nomenclature (EBA Layanan Dukungan Manajemen Internal, EBB Layanan Sarana dan Prasarana "
              "Internal, EBD Layanan Manajemen Kinerja Internal); all amounts and volumes are invented. No mistakes."),
    ),
    # ------------------------------------------------------------------ 5
    Layout(
        id="assets-gorontalo-kendaraan-dinas-2024",
        dataset="assets",
        agency="Badan Keuangan Kota Gorontalo (rekapitulasi kendaraan dinas seluruh OPD) — kota pemda",
        source=("https://lintaspost.id/pemkot-gorontalo-inventarisasi-1-189-kendaraan-dinas-259-unit-dalam-kondisi-"
                "rusak-berat/ — data rekapitulasi kendaraan dinas per 31 Desember 2024 as released at the Apel "
                "Kendaraan Dinas 2025"),
        year=2024,
        sheets={"Kendaraan": [
            ["Rekapitulasi Kendaraan Dinas Pemerintah Kota Gorontalo per 31 Desember 2024", None, None, None, None],
            ["No", "Jenis Kendaraan", "Jumlah (unit)", "Kondisi", None],
            [None, None, None, "Baik", "Rusak Berat"],
            [1, "Kendaraan roda dua", 853, 668, 185],
            [2, "Kendaraan roda tiga", 39, 31, 8],
            [3, "Kendaraan roda empat", 171, 151, 20],
            [4, "Ambulans", 50, 31, 19],
            [5, "Mobil jenazah", 3, 2, 1],
            [6, "Mobil pemadam kebakaran", 4, 0, 4],
            [7, "Mobil tangki air", 4, 2, 2],
            [8, "Mobil tinja", 2, 1, 1],
            [9, "Bus", 6, 6, 0],
            [10, "Truk", 37, 18, 19],
            [11, "Kendaraan non-mesin (sepeda)", 20, 20, 0],
            [None, "Jumlah", 1189, 930, 259],
            ["Sumber: Badan Keuangan Kota Gorontalo", None, None, None, None],
        ]},
        merged={"Kendaraan": ["A1:E1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "A16:E16"]},
        expected=[
            _a("Kendaraan roda dua", 668, 185),
            _a("Kendaraan roda tiga", 31, 8),
            _a("Kendaraan roda empat", 151, 20),
            _a("Ambulans", 31, 19),
            _a("Mobil jenazah", 2, 1),
            _a("Mobil pemadam kebakaran", 0, 4),
            _a("Mobil tangki air", 2, 2),
            _a("Mobil tinja", 1, 1),
            _a("Bus", 6, 0),
            _a("Truk", 18, 19),
            _a("Kendaraan non-mesin", 20, 0),
        ],
        note=("Published as a list in a news release ('Kendaraan roda dua berjumlah 853 unit, dengan 668 unit dalam "
              "kondisi baik dan 185 unit rusak berat' …), set out here as the table it describes: 'Kondisi' over Baik "
              "| Rusak Berat only (no Rusak Ringan column), a Jumlah (unit) column before the condition band, a "
              "Jumlah row and a Sumber line. Every item checks (baik + rusak berat = jumlah) and the totals agree: "
              "1.189 units, 930 baik, 259 rusak berat. The fire engines are all listed rusak berat 'meskipun "
              "beberapa masih beroperasional'. Not from a LAKIP: the corpus the brief's search reached held no LAKIP "
              "asset table with figures."),
    ),
    # ------------------------------------------------------------------ 6
    Layout(
        id="assets-sultra-ruang-kelas-2016",
        dataset="assets",
        agency="Profil Mutu Sekolah 2016, Provinsi Sulawesi Tenggara (rekap ruang kelas per kabupaten/kota) — provinsi",
        source=("https://online.flipbuilder.com/zdjg/pysj/files/basic-html/page76.html — Profil Mutu Sekolah 2016, "
                "hal. 30, Tabel 2.32 'Ruang Kelas menurut Kategori Kondisi dan Jenjang Sekolah, Provinsi Sulawesi "
                "Tenggara'"),
        year=2016,
        sheets={"Tabel 2.32": [
            ["4. Sarana dan Prasarana", None, None, None, None, None],
            ["a. Ruang Kelas menurut Kategori Kondisi dan Jenjang Sekolah", None, None, None, None, None],
            ["Tabel 2.32 Ruang Kelas menurut Kategori Kondisi dan Jenjang Sekolah, Provinsi Sulawesi Tenggara",
             None, None, None, None, None],
            ["NO", "KABUPATEN/KOTA", "KATEGORI KONDISI", None, None, "TOTAL"],
            [None, None, "BAIK", "RUSAK RINGAN", "RUSAK BERAT", None],
            [1, "Kab. Konawe", 216, 602, 137, 955],
            [2, "Kab. Muna", 677, 1555, 395, 2627],
            [3, "Kab. Buton", 431, 763, 156, 1350],
            [4, "Kab. Kolaka", 774, 1054, 314, 2142],
            [5, "Kab. Konawe Selatan", 495, 1732, 747, 2974],
            [6, "Kab. Wakatobi", 1937, 700, 173, 2810],
            [7, "Kab. Bombana", 280, 901, 332, 1513],
            [8, "Kab. Kolaka Utara", 379, 664, 202, 1245],
            [9, "Kab. Konawe Utara", 212, 608, 85, 905],
            [10, "Kab. Buton Utara", 443, 362, 54, 859],
            [11, "Kab. Kolaka Timur", 274, 814, 251, 1339],
            [12, "Kab. Konawe Kepulauan", 80, 190, 158, 428],
            [13, "Kab. Muna Barat", 155, 544, 269, 968],
            [14, "Kab. Buton Selatan", 155, 544, 269, 968],
            [15, "Kab. Buton Tengah", 228, 582, 237, 1047],
            [16, "Kota Kendari", 788, 1281, 245, 2314],
            [17, "Kota Baubau", 612, 568, 146, 1326],
            ["TOTAL", None, 8136, 13464, 4170, 25770],
            [None, None, None, None, None, 30],
        ]},
        merged={"Tabel 2.32": ["A3:F3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "A23:B23"]},
        expected=[
            _a("Kab. Konawe", 216, 739),
            _a("Kab. Muna", 677, 1950),
            _a("Kab. Buton", 431, 919),
            _a("Kab. Kolaka", 774, 1368),
            _a("Kab. Konawe Selatan", 495, 2479),
            _a("Kab. Wakatobi", 1937, 873),
            _a("Kab. Bombana", 280, 1233),
            _a("Kab. Kolaka Utara", 379, 866),
            _a("Kab. Konawe Utara", 212, 693),
            _a("Kab. Buton Utara", 443, 416),
            _a("Kab. Kolaka Timur", 274, 1065),
            _a("Kab. Konawe Kepulauan", 80, 348),
            _a("Kab. Muna Barat", 155, 813),
            _a("Kab. Buton Selatan", 155, 813),
            _a("Kab. Buton Tengah", 228, 819),
            _a("Kota Kendari", 788, 1526),
            _a("Kota Baubau", 612, 714),
        ],
        note=("'KATEGORI KONDISI' over BAIK | RUSAK RINGAN | RUSAK BERAT, then a TOTAL column; the rows are regions "
              "(one asset kind, classrooms, counted per kabupaten/kota), a TOTAL row and the page number (30) under "
              "the table; section headings above the title. damaged = rusak ringan + rusak berat. Every row and the "
              "TOTAL row add up (8136+13464+4170 = 25770). Kab. Muna Barat and Kab. Buton Selatan print the identical "
              "row 155 | 544 | 269 | 968, very likely a copied row in the publication, but nothing in the table "
              "contradicts it. Not from a LAKIP (an education-quality profile): see the report."),
        refused="cell A5: expected a column for 'item'",
        aliases={"assets": {"item": ["KABUPATEN/KOTA"]}},
    ),
    Layout(
        id="assets-kir-kartu-inventaris-ruangan-lampiran-31",
        dataset="assets",
        agency="Export layout: the Kartu Inventaris Ruangan (KIR) every pemda unit keeps per room (BMD form), invented "
               "items and counts — kabupaten/kota OPD form",
        source=("https://pdfslide.tips/documents/kir563db969550346aa9a9d1569.html — 'LAMPIRAN 31 KARTU INVENTARIS "
                "RUANGAN' (the Permendagri 17/2007 BMD forms): KAB / PROVINSI / UNIT / SATUAN KERJA / RUANGAN lines, "
                "No Urt | Nama Barang/Jenis barang | Merk/Model | No. Seri Pabrik | Ukuran | Bahan | Tahun Pembuatan/"
                "pembelian | No. Kode Barang | Jumlah Barang/Register x) | Harga Beli/Perolehan | Keadaan Barang › Baik "
                "(B), Kurang Baik (KB), Rusak Berat (RB) | Keterangan Mutasi dll, column numbers 1 … 14, MENGETAHUI / "
                "KEPALA SKPD / PENGURUS BARANG signatures; its 'Petunjuk Pengisian' says columns 11-13 hold the "
                "condition"),
        year=2024,
        sheets={"KIR": [
            ["KARTU INVENTARIS RUANGAN", *[None] * 13],
            ["KAB : Contoh", *[None] * 13],
            ["SATUAN KERJA : Dinas Contoh", *[None] * 13],
            ["RUANGAN : Ruang Kepala Dinas", *[None] * 13],
            ["No Urt", "Nama Barang/ Jenis barang", "Merk/ Model", "No. Seri Pabrik", "Ukuran", "Bahan",
             "Tahun Pembuatan/ pembelian", "No. Kode Barang", "Jumlah Barang / Register x)", "Harga Beli/ Perolehan",
             "Keadaan Barang", None, None, "Keterangan Mutasi dll"],
            [None, None, None, None, None, None, None, None, None, None, "Baik (B)", "Kurang Baik (KB)",
             "Rusak Berat (RB)", None],
            list(range(1, 15)),
            [1, "Meja Kerja", "Olympic", "-", "160 x 80", "Kayu", 2019, "02.06.02.01.04", 2, 3_000_000, 2, None, None, None],
            [2, "Kursi Kerja", "Chitose", "-", "-", "Besi", 2019, "02.06.02.01.05", 4, 2_400_000, 3, 1, None, None],
            [3, "AC Split", "Daikin", "FTV25", "1 PK", "-", 2018, "02.06.02.04.04", 1, 4_500_000, None, None, 1,
             "usul hapus"],
            [4, "Lemari Arsip", "Brother", "-", "-", "Besi", 2020, "02.06.02.01.07", 2, 5_200_000, 2, None, None, None],
            [None] * 14,
            ["MENGETAHUI", None, None, None, None, None, None, None, None, None, "Contoh, 31 Desember 2024", None, None, None],
            ["KEPALA SKPD", None, None, None, None, None, None, None, None, None, "PENGURUS BARANG", None, None, None],
        ]},
        merged={"KIR": ["A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:F6", "G5:G6", "H5:H6", "I5:I6", "J5:J6",
                        "K5:M5", "N5:N6"]},
        expected=[_a("Meja Kerja", 2, None), _a("Kursi Kerja", 3, 1), _a("AC Split", None, 1), _a("Lemari Arsip", 2, None)],
        note=("The official room inventory form: the condition as counts under Keadaan Barang › Baik (B) | Kurang Baik "
              "(KB) | Rusak Berat (RB), beside the lot's Jumlah Barang/Register. Kurang Baik is the lightly damaged "
              "(KB, as the KIB's RR), so damaged = KB + RB; a blank condition cell is no value, as everywhere in the "
              "kit (the totals treat it as none); a Jumlah Barang/Register is a count, not a register code. "
              "Not collected blind: written when a probe of the form found 'Kurang Baik' read as good and 'Jumlah "
              "Barang / Register' as a second code column (the file was refused)."),
    ),
    Layout(
        id="assets-buku-inventaris-keadaan-b-rr-rb",
        dataset="assets",
        agency="Export layout: the Buku Inventaris of a pemda unit (BMD form; SIMDA BMD prints it), invented items — "
               "kabupaten/kota OPD form",
        source=("https://text-id.123dok.com/document/q06d71vq-cara-pengisian-buku-inventaris.html and "
                "https://text-id.123dok.com/document/q06d4p9q-cara-pengisian-buku-inventaris-hal-2.html — 'Petunjuk "
                "Pengisian Formulir Buku Inventaris': 15 columns, Nomor Urut | Nomor Kode Barang | Nomor Register | "
                "Nama/Jenis Barang | Merk/Type | Nomor Sertifikat/Pabrik/Chasis/Mesin | Bahan | Asal/Cara Perolehan "
                "Barang | Tahun pembelian | Ukuran Barang/Konstruksi (P,SP,D) | Satuan | Keadaan Barang (B, RR, RB) | "
                "Jumlah Barang | Harga | Keterangan"),
        year=2024,
        sheets={"Buku Inventaris": [
            ["BUKU INVENTARIS", *[None] * 14],
            ["SKPD : Dinas Contoh", *[None] * 14],
            ["No Urut", "Nomor Kode Barang", "Nomor Register", "Nama / Jenis Barang", "Merk / Type",
             "No. Sertifikat / No. Pabrik / No. Chasis / No. Mesin", "Bahan", "Asal / Cara Perolehan Barang",
             "Tahun Pembelian", "Ukuran Barang / Konstruksi (P, SP, D)", "Satuan", "Keadaan Barang (B, RR, RB)",
             "Jumlah Barang", "Harga (Rp)", "Keterangan"],
            list(range(1, 16)),
            [1, "02.06.02.01.04", "0001", "Meja Kerja", "Olympic", "-", "Kayu", "Pembelian", 2019, "-", "Buah", "B", 2,
             "3.000.000", None],
            [2, "02.06.02.01.05", "0001-0004", "Kursi Kerja", "Chitose", "-", "Besi", "Pembelian", 2019, "-", "Buah",
             "RR", 4, "2.400.000", None],
            [3, "02.06.02.04.04", "0001", "AC Split", "Daikin", "FTV25", "-", "Hibah", 2018, "1 PK", "Unit", "RB", 1,
             "4.500.000", "usul hapus"],
            [4, "02.06.02.01.04", "0002", "Meja Kerja", "Olympic", "-", "Kayu", "Pembelian", 2020, "-", "Buah", "B", 1,
             "1.600.000", None],
        ]},
        expected=[_a("Meja Kerja", 3, 0), _a("Kursi Kerja", 0, 4), _a("AC Split", 0, 1)],
        findings=(),
        note=("One row per lot with its condition letter (B, RR, RB) and its Jumlah Barang: the items are counted per "
              "name by condition (Meja Kerja: 2 + 1 good). Nomor Register is a register number beside the Kode Barang, "
              "not a second code; 'Asal / Cara Perolehan Barang' and 'Ukuran Barang' name no item. Not collected "
              "blind: written when a probe of the form found it refused (two code columns, three item columns)."),
    ),
    # ------------------------------------------------------------------ 7
    Layout(
        id="budget-gunungkidul-disdikpora-simda-lra-2014",
        dataset="budget",
        agency="Dinas Pendidikan, Pemuda dan Olahraga Kabupaten Gunungkidul (SIMDA LRA per SKPD) — kabupaten OPD",
        source=("github roaddee/dulkemot content/berkas/2014_3403_1468469128.csv (commit 2e11b02) — 'Realisasi "
                "Anggaran Pendapatan Belanja Daerah', Kabupaten Gunungkidul 2014, Kode Organisasi 1.01.01"),
        year=2014,
        sheets={"Realisasi": _GUNUNGKIDUL_DISDIKPORA},
        merged={},
        expected=[
            _b("program", "PROGRAM PENINGKATAN DISIPLIN APARATUR", 5_000_000, 3_602_640),
            _b("kegiatan", "PENGADAAN MESIN/KARTU ABSENSI", 5_000_000, 3_602_640),
            _b("program", "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA APARATUR", 225_790_000, 206_439_700),
            _b("kegiatan", "PENDIDIKAN DAN PELATIHAN FORMAL", 3_760_000, None),
            _b("kegiatan", "SOSIALISASI PERATURAN PERUNDANG-UNDANGAN", 4_905_000, None),
            _b("kegiatan", "PEMBIMBINGAN TEKNIS IMPLEMENTASI", 217_125_000, 206_439_700),
            _b("program", "PROGRAM PENINGKATAN KUALITAS PELAYANAN PUBLIK", 1_222_587_500, 1_047_825_300),
            _b("kegiatan", "PENGELO9LAAN DATA DAN SISTEM INFORMASI", 439_427_500, 401_328_600),
            _b("kegiatan", "PENYUSUNAN RENCANA STRATEGIS SKPD", 96_790_500, 96_790_500),
            _b("kegiatan", "PENYUSUNAN RENCANA KERJA SKPD", 302_696_000, 274_417_500),
            _b("kegiatan", "MONINTORING, EVALUASI, DAN PENGENDALIAN", 186_930_000, 114_707_500),
            _b("kegiatan", "PENYELENGARAAN FORUM SKPD", 12_200_000, 10_055_000),
            _b("kegiatan", "PENYUSUNAN STANDARTD OPERATION PROCEDURE", 54_855_000, 48_834_500),
            _b("kegiatan", "PENYUSUNAN INDEKS KEPUASAN MASYARAKAT", 69_220_500, 58_255_700),
            _b("kegiatan", "EVALUASI STANDAR PELAYANAN MINIMAL", 46_146_000, 43_436_000),
        ],
        findings=((E, "sum_mismatch"), (E, "sum_mismatch"), (W, "level_from_name")),
        note=("A SIMDA 'Laporan Realisasi Anggaran' of one SKPD as uploaded to a DIY open-data portal: the portal's "
              "metadata rows (Judul, Daerah, Tahun, Kode Organisasi, Kolom) above the header, and the portal's own "
              "column names: 'Sebelum' is the budget, 'Sesudah' the realisation, 'Angka' realisation − budget with "
              "negatives in parentheses, 'Prosentase' that difference as a percentage of the budget — a "
              "BERTAMBAH/(BERKURANG) column, not absorption ((27.95) for 3.602.640 of 5.000.000). Pre-2021 "
              "Permendagri 13 codes joined with dots and a trailing dot: program '1.01.1.01.01.05.', kegiatan "
              "'1.01.1.01.01.05.01.', and under every kegiatan its belanja accounts '… .5.2.1.' (BELANJA PEGAWAI / "
              "BARANG DAN JASA / MODAL), which are not budget rows. Amounts as the CSV stores them: comma "
              "thousands, dot decimals, a trailing space after every budget figure ('5,000,000.00 '). Blank rows "
              "where the source's pages broke. Realisation cells left empty for two kegiatan never executed "
              "(realised None: the kit reads an empty cell as no value, never 0). Codes as published, several mistyped: the kegiatan 'PEMBIMBINGAN TEKNIS …' is "
              "'1.01.1.01.05.03.' (its program part '01.' missing: read as a kegiatan by its name, a level_from_name "
              "warning), the accounts of 05.02 and 05.03 lose it too "
              "and 05.02's two accounts share '5.2.1.'; the accounts of 09.01 and 09.02 are coded '1.01.1.01.01.09."
              "5.2.x' (no kegiatan part). Names as printed, typos kept ('PENGELO9LAAN', 'MONINTORING', "
              "'STANDARTD'). Shortened by whole programs: of the SKPD's 16 programs, 03, 05 and 09 are kept; the "
              "totals rows above the programs (BELANJA DAERAH, BELANJA TIDAK LANGSUNG, BELANJA PEGAWAI, BELANJA "
              "LANGSUNG) are dropped with the other programs. Published mistake: kegiatan 09.02 'PENYUSUNAN "
              "RENCANA STRATEGIS SKPD' states 96,790,500.00 as budget, but its accounts give 23,180,000 + "
              "87,932,500 = 111,112,500 (the budget cell repeats the realisation; its Angka and Prosentase read "
              "0.00 accordingly), and program 09 states 1,222,587,500.00, which is the sum of its kegiatan with "
              "111,112,500 and not with 96,790,500 (their printed sum is 1,208,265,500): two budget sum_mismatch "
              "findings (kegiatan vs accounts, program vs kegiatan); realisation sums agree everywhere. All other "
              "parents agree with their children (program 05: 3,760,000 + 4,905,000 + 217,125,000 = 225,790,000) "
              "and every printed Prosentase equals Angka/Sebelum at two decimals."),
        refused="cell A7: expected a column for 'budget'",
        aliases={"budget": {"budget": ["Sebelum"], "realised": ["Sesudah"]}},
    ),
    # ------------------------------------------------------------------ 8
    Layout(
        id="budget-gunungkidul-kantor-pasar-simda-lra-2014",
        dataset="budget",
        agency="Kantor Pengelolaan Pasar Kabupaten Gunungkidul (SIMDA LRA per SKPD) — kabupaten OPD (kantor)",
        source=("github roaddee/dulkemot content/berkas/34_1468359271.csv (commit 2e11b02) — 'Realisasi Anggaran "
                "Pendapatan Belanja Daerah', Kabupaten Gunungkidul 2014, Kode Organisasi 2.06.02"),
        year=2014,
        sheets={"Realisasi": _GUNUNGKIDUL_PASAR},
        merged={},
        expected=[
            _b("program", "PROGRAM PENINGKATAN DISIPLIN APARATUR", 3_600_000, 3_600_000),
            _b("kegiatan", "PENGADAAN PAKAIAN KERJA LAPANGAN", 3_600_000, 3_600_000),
            _b("program", "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA APARATUR", 12_667_500, 12_667_500),
            _b("kegiatan", "BIMBINGAN TEKNIS IMPLEMENTASI", 12_667_500, 12_667_500),
            _b("program", "PROGRAM PENINGKATAN KUALITAS PELAYANAN PUBLIK", 25_510_000, 25_510_000),
            _b("kegiatan", "PENGELOLAAN DATA DAN SISTEM INFORMASI", 6_075_000, 6_075_000),
            _b("kegiatan", "PENYUSUNAN RENCANA STRATEGIS SKPD", 4_850_000, 4_850_000),
            _b("kegiatan", "PENYUSUNAN RENCANA STRATEGIS SKPD", 3_410_000, 3_410_000),
            _b("kegiatan", "PENYUSUNAN STANDARD OPERATION PROCEDURE", 4_025_000, 4_025_000),
            _b("kegiatan", "PENYUSUNAN INDEKS KEPUASAN MASYARAKAT", 3_350_000, 3_350_000),
            _b("kegiatan", "PENGENDALIAN INTERNAL SKPD", 3_800_000, 3_800_000),
            _b("program", "PROGRAM PENGEMBANGAN DAN PEMBIMNAAN PEDAGANG", 78_895_000, 78_810_000),
            _b("kegiatan", "PEMBINAAN PEDAGANG", 78_895_000, 78_810_000),
        ],
        note=("Same SIMDA LRA export and portal header as budget-gunungkidul-disdikpora-simda-lra-2014 ('Sebelum' = "
              "budget, 'Sesudah' = realisation, 'Angka' and 'Prosentase' the difference and its percentage of the "
              "budget), from a small kantor. It opens with revenue rows (PENDAPATAN, PENDAPATAN ASLI DAERAH, Hasil "
              "Retribusi Daerah, Lain-lain PAD yang Sah, JUMLAH PENDAPATAN) whose realisation exceeds the target "
              "(2,369,808,225.00 against 2,278,781,488.52, +3.99): revenue, not spending — not budget rows and no "
              "over_budget. A long legal citation sits in the Keterangan cell of the retribusi row. Shortened by "
              "whole programs (kept 03, 05, 09, 20 of 11; the belanja total rows dropped with the others). Two "
              "kegiatan of program 09 print the same name, 'PENYUSUNAN RENCANA STRATEGIS SKPD' (09.02 and 09.03; "
              "09.03 is normally Penyusunan Rencana Kerja): a published slip in the names, both rows kept. "
              "Everything adds up (program 09: 6,075,000 + 4,850,000 + 3,410,000 + 4,025,000 + 3,350,000 + "
              "3,800,000 = 25,510,000; program 20: 47,445,000 + 31,365,000 = 78,810,000) and every Prosentase "
              "agrees ((0.11) = −85,000/78,895,000). No published mistake in the amounts."),
        refused="cell A7: expected a column for 'budget'",
        aliases={"budget": {"budget": ["Sebelum"], "realised": ["Sesudah"]}},
    ),
    # ------------------------------------------------------------------ 9
    Layout(
        id="budget-diy-dinsos-realisasi-apbd-3line-2014",
        dataset="budget",
        agency="Dinas Sosial Daerah Istimewa Yogyakarta (realisasi APBD per jenis belanja) — provinsi OPD",
        source=("github roaddee/dulkemot content/berkas/34_1472465980.csv (commit 2e11b02) — 'REALISASIAPBD', "
                "Daerah 'PROVINSI' (code 34, DIY), 2014, KodeOrganisasi 1.13.01 Dinas Sosial"),
        year=2014,
        sheets={"REALISASIAPBD": _DIY_DINSOS},
        merged={},
        expected=[
            _b("program", "ProgramPeningkatanSaranadanPrasaranaAparatur", 432_960_000, 430_588_629),
            _b("kegiatan", "PemeliharaanRutin/BerkalaGedungKantor", 25_000_000, 25_000_000),
            _b("kegiatan", "PemeliharaanRutin/BerkalaKendaraanDinas", 188_060_000, 187_934_929),
            _b("kegiatan", "PemeliharaanRutin/BerkalaMebeleur", 6_600_000, 6_600_000),
            _b("kegiatan", "PengadaanPeralatandanPerlengkapanKantor", 213_300_000, 211_053_700),
            _b("program", "ProgramPeningkatanPengembanganSistemPelaporan", 5_200_000, 5_072_500),
            _b("kegiatan", "PenyusunanLaporanCapaianKinerjadanIkhtisar", 5_200_000, 5_072_500),
        ],
        note=("Each item takes three lines: the code, the name and the budget split by jenis belanja (PEGAWAI | "
              "BARANG&JASA | MODAL | JUMLAH); a second line holding only the difference realisation − budget in "
              "the 'Rp' column and the absorption in '(%)'; a third line with the realisation split the same way "
              "under the same columns — budget and realisation share columns and are told apart only by line "
              "order; two blank lines between items, once three (program 06 has a blank line between its '%' "
              "line and its realisation line). The budget is JUMLAH on the first line, the realisation JUMLAH on "
              "the third. Header and names as uploaded, every space squeezed out ('NOREKENING', 'BARANG&JASA', "
              "'ProgramPeningkatanSaranadanPrasaranaAparatur', 'KodeOrganisasi,1.13.01–DINASSOSIAL'). Codes "
              "joined, Permendagri 13: program '1.13.1.13.01.01.02', kegiatan '1.13.1.13.01.01.02.22'. The "
              "uploaded CSV split every amount at its thousands commas; the cells here are the amounts put back "
              "together, each in the column the CSV's field count gives it. Shortened by whole programs: the "
              "urusan, bidang, organisasi and unit lines (each with the same three-line shape) and programs 01 and "
              "15 onward are left out; kept programs 02 and 06. Checks: 25,000,000 + 188,060,000 + 6,600,000 + "
              "213,300,000 = 432,960,000 and 25,000,000 + 187,934,929 + 6,600,000 + 211,053,700 = 430,588,629; "
              "430,588,629/432,960,000 = 99.45; 187,934,929/188,060,000 = 99.93; 211,053,700/213,300,000 = 98.95; "
              "5,072,500/5,200,000 = 97.55; differences agree. No mistake in the kept rows (outside them, program "
              "01's 'PenyediaanJasaPerbaikanPeralatanKerja' prints a difference of (155,500.00) for 18,750,000 − "
              "17,694,500 = 1,055,500, and the urusan line (2,147,556.00) for 214,007,556). Refused: budget and "
              "realisation are told apart by line order alone, so the message names the rows of the first item and "
              "asks for one line per item; expected stays as the table says, for the day the layout is read."),
        refused=("cell A9: expected one line per item: rows 9–11 are one item over 3 lines under the same columns (its "
                 "code and name on the first line only), so no column holds one amount; put each item on one line, its "
                 "budget and realisation in columns of their own ('Anggaran', 'Realisasi')"),
    ),
    # ------------------------------------------------------------------ 10
    Layout(
        id="budget-kalsel-dinkes-konsolidasi-sub-output",
        dataset="budget",
        agency=("Export layout: 'Laporan Konsolidasi' realisasi fisik dan keuangan of Dinas Kesehatan Provinsi "
                "Kalimantan Selatan's reporting tool; invented figures — provinsi OPD export"),
        source=("find_string 'Realisasi s/d Bulan Ini' → public GitHub file id 54023788473, a Laravel blade "
                "'Laporan Konsolidasi' (Kode SKPD 1.02.0.00.0.00.01.0000, DINAS KESEHATAN; signed in Banjarmasin)"),
        year=2024,
        sheets={"Laporan Konsolidasi": [
            ["Kode SKPD", ":", "1.02.0.00.0.00.01.0000", None, None, None, None, None, None],
            ["Nama SKPD", ":", "DINAS KESEHATAN", None, None, None, None, None, None],
            _blank(9),
            ["LAPORAN KONSOLIDASI REALISASI FISIK DAN KEUANGAN BULAN DESEMBER 2024"] + _blank(8),
            ["KODE", "PROGRAM / KEGIATAN / SUB KEGIATAN / SUB OUTPUT", "SATUAN UNIT", "PAGU ANGGARAN", "BOBOT",
             "REALISASI S/D DESEMBER", None, "REALISASI (RP)", "SISA ANGGARAN"],
            [None, None, None, None, None, "FISIK %", "KEU %", None, None],
            ["1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", "-", "2.450.000.000", "-", "100,00",
             "93,95", "2.301.775.400", "148.224.600"],
            ["1.02.01.1.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "-", "420.000.000",
             "-", "100,00", "94,79", "398.112.000", "21.888.000"],
            ["1.02.01.1.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah\n- Dokumen Renja Perangkat Daerah",
             "Dokumen", "180.000.000", "-", "100,00", "95,25", "171.450.000", "8.550.000"],
            ["1.02.01.1.01.0001", ("Penyusunan Dokumen Perencanaan Perangkat Daerah\n- Dokumen Perubahan Renstra "
                                   "Perangkat Daerah"), "Dokumen", "90.000.000", "-", "100,00", "94,07", "84.662.000",
             "5.338.000"],
            ["1.02.01.1.01.0007", "Evaluasi Kinerja Perangkat Daerah\n- Laporan Kinerja Instansi Pemerintah",
             "Laporan", "150.000.000", "-", "100,00", "94,67", "142.000.000", "8.000.000"],
            ["1.02.01.1.02", "Administrasi Keuangan Perangkat Daerah", "-", "2.030.000.000", "-", "100,00", "93,78",
             "1.903.663.400", "126.336.600"],
            ["1.02.01.1.02.0001", "Penyediaan Gaji dan Tunjangan ASN\n- Gaji dan Tunjangan ASN 12 bulan",
             "Orang/bulan", "2.030.000.000", "-", "100,00", "93,78", "1.903.663.400", "126.336.600"],
            ["TOTAL KESELURUHAN", None, None, "2.450.000.000", "-", "100,00", "93,95", "2.301.775.400", "148.224.600"],
            _blank(9),
            _blank(6) + ["Banjarmasin, 31 Desember 2024", None, None],
            _blank(6) + ["Kepala Dinas Kesehatan", None, None],
            _blank(6) + ["Provinsi Kalimantan Selatan", None, None],
            _blank(9),
            _blank(6) + ["dr. NURUL HIDAYATI SAPUTRA, M.Kes", None, None],
            _blank(6) + ["NIP. 19700512 199803 2 004", None, None],
        ]},
        merged={"Laporan Konsolidasi": ["A4:I4", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:G5", "H5:H6",
                                        "I5:I6", "A14:C14"]},
        expected=[
            _b("program", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", 2_450_000_000, 2_301_775_400),
            _b("kegiatan", "Perencanaan, Penganggaran, dan Evaluasi", 420_000_000, 398_112_000),
            _b("sub_kegiatan", "Penyusunan Dokumen Perencanaan", 180_000_000, 171_450_000),
            _b("sub_kegiatan", "Penyusunan Dokumen Perencanaan", 90_000_000, 84_662_000),
            _b("sub_kegiatan", "Evaluasi Kinerja Perangkat Daerah", 150_000_000, 142_000_000),
            _b("kegiatan", "Administrasi Keuangan Perangkat Daerah", 2_030_000_000, 1_903_663_400),
            _b("sub_kegiatan", "Penyediaan Gaji dan Tunjangan ASN", 2_030_000_000, 1_903_663_400),
        ],
        note=("Joined Kepmendagri 050-5889 codes in a 'Kode' column (program 1.02.01, kegiatan 1.02.01.1.01, "
              "sub-kegiatan 1.02.01.1.01.0001); a sub-kegiatan is printed once per sub-output, its cell holding two "
              "lines, the name and '- <sub output>', so the same sub-kegiatan code repeats on consecutive rows with "
              "different amounts (each row its own budget line, both rows of expected). 'Realisasi S/D <bulan>' "
              "bands Fisik % | Keu %, then 'Realisasi (Rp)' and 'Sisa Anggaran' (= pagu − realisasi); '-' in "
              "Satuan and Bobot on program and kegiatan rows. Amounts with dot thousands ('2.450.000.000'), "
              "percentages with a decimal comma ('93,95'). Program and kegiatan figures are read from their own "
              "stored rows, not summed from children, so a real report can disagree with itself; the TOTAL "
              "KESELURUHAN row sums program rows only and its Fisik is their average. Header block (Kode SKPD / "
              "Nama SKPD) above the title, signature at the foot (the template's default signatory replaced by an "
              "invented name and NIP). The template has no data: title wording, amounts and sub-outputs are "
              "invented, internally consistent (420.000.000 = 180.000.000 + 90.000.000 + 150.000.000; "
              "398.112.000/420.000.000 = 94,79). No mistakes."),
    ),
    # ------------------------------------------------------------------ 11
    Layout(
        id="budget-sanggau-rfk-rekap-shifted-rows",
        dataset="budget",
        agency=("Export layout: 'Rekapitulasi Laporan Realisasi Fisik dan Keuangan Pelaksanaan Kegiatan "
                "Pembangunan' of Kabupaten Sanggau's monev tool, one SKPD; invented figures — kabupaten OPD export"),
        source=("find_string 'LAPORAN REALISASI FISIK DAN KEUANGAN' → public GitHub file id 11021942327, a Laravel 4 "
                "blade rendered as the browser lays it out"),
        year=2015,
        sheets={"RFK": [
            ["REKAPITULASI LAPORAN REALISASI FISIK DAN KEUANGAN PELAKSANAAN KEGIATAN PEMBANGUNAN KABUPATEN SANGGAU "
             "TAHUN ANGGARAN 2015 KEADAAN BULAN DESEMBER"] + _blank(20),
            ["Kode Rekening", "Program", "Kegiatan", "Belanja Menurut DIPA/DPA Sebelum Perubahan",
             "Belanja Menutut DIPA/DPA Sesudah Perubahan", "Bobot", "Nilai Kontrak Swakelola", "Realisasi Fisik",
             None, None, "Realisasi Keuangan", None, None, None, "Persentase Keuangan"] + _blank(6),
            _blank(13) + ["Rencana", None, "Realisasi", "Tertimbang", "Nilai SKO/SPD", "Nilai SPM/SP2D",
                          "Realisasi SPM/SP2D", "Pengeluaran/SPJ"],
            ["1.01.1.01.01.15.01", "Program Pendidikan Anak Usia Dini", "Pembangunan gedung sekolah",
             "Rp 1.300.000.000", "Rp 1.250.000.000", "61 %", None, "100 %", "100 %", "61 %", "Rp 1.187.500.000",
             "Rp 1.187.500.000", "Rp 1.187.500.000", "Rp 1.187.500.000", "95 %"] + _blank(6),
            ["1.01.1.01.01.16.04", "Program Wajib Belajar Pendidikan Dasar Sembilan Tahun",
             "Pembangunan ruang kelas sekolah", "Rp 450.000.000", "Rp 480.000.000", "23 %", None, "100 %", "100 %",
             "23 %", "Rp 455.760.000", "Rp 455.760.000", "Rp 455.760.000", "Rp 455.760.000", "94.95 %"] + _blank(6),
            ["1.01.1.01.01.16.15", None, None, "Pengadaan buku-buku dan alat tulis siswa", "Rp 315.000.000",
             "Rp 315.000.000", "15 %", None, "100 %", "92 %", "14 %", "Rp 289.170.000", "Rp 289.170.000",
             "Rp 289.170.000", "Rp 289.170.000", "91.8 %"] + _blank(5),
            ["Total", None, None, "Rp 2.065.000.000", "Rp 2.045.000.000", "99%", None, None, "97.33%", "98%",
             "Rp 1.932.430.000", "Rp 1.932.430.000", "Rp 1.932.430.000", "Rp 1.932.430.000", "94.5 %"] + _blank(6),
            _blank(21),
            ["Sanggau, 31 Desember 2015"] + _blank(20),
            ["Kepala Dinas Pendidikan"] + _blank(20),
            _blank(21),
            ["Drs. ANTONIUS SEBASTIANUS"] + _blank(20),
            ["NIP. 19660314 199203 1 006"] + _blank(20),
        ]},
        merged={"RFK": ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:J2", "K2:N2", "O2:O3",
                        "B5:B6", "A7:C7"]},
        expected=[
            _b("kegiatan", "Pembangunan gedung sekolah", 1_250_000_000, 1_187_500_000),
            _b("kegiatan", "Pembangunan ruang kelas sekolah", 480_000_000, 455_760_000),
            _b("kegiatan", "Pengadaan buku-buku dan alat tulis siswa", 315_000_000, 289_170_000),
        ],
        note=("The template's own HTML, laid out as a browser (and an HTML-to-Excel save) lays it out. (1) The second "
              "header row holds six empty cells and seven labels under a row whose first seven cells and last cell "
              "span both rows: the empties fill H-M, 'Rencana' lands in N under 'Realisasi Keuangan', and the other "
              "six labels run past the table into P-U. (2) The program name is a cell spanning all its kegiatan "
              "rows, yet every following kegiatan row of that program still emits an empty cell for it, so those "
              "rows shift one column right (code in A, the stray empty cell in C, kegiatan in D, amounts from E, the "
              "percentage in P): row 6 here. Program rows state no amounts (only the spanning name): expected holds "
              "kegiatan rows only. Budget is 'Sesudah Perubahan' (the revised DPA), not 'Sebelum'; all four "
              "'Realisasi Keuangan' cells print the same figure (the template writes the SPJ amount into each); "
              "'Persentase Keuangan' is a stored value printed with ' %'. Amounts as text 'Rp 1.250.000.000', "
              "pre-2021 codes joined ('1.01.1.01.01.16.04'). 'Menutut' is the template's typo. Total row: bobot "
              "99% (rounded 61+23+15), fisik and tertimbang as the tool computes them. The template has no data: "
              "SKPD, kegiatan, amounts and the signatory are invented; the figures agree (1.932.430.000/"
              "2.045.000.000 = 94,50 %; 455.760.000/480.000.000 = 94,95 %; 289.170.000/315.000.000 = 91,80 %). No "
              "mistakes. Refused: no rule tells a shifted header row from a table with blank label cells without reading "
              "the template's HTML; the message names row 3, the rows 4–7 and the columns, and says what to move."),
        refused=("cell A3: expected a header over the data: in rows 4–7, columns K, L, M, O hold values under no "
                 "header of their own, while 'Persentase Keuangan › Tertimbang' (Q3)"),
    ),
    # ------------------------------------------------------------------ 12
    Layout(
        id="budget-wpsipd-pagu-per-sumber-dana-2022",
        dataset="budget",
        agency=("Export layout: wp-sipd 'Laporan Pagu SIPD Kemendagri Per Sumber Dana' (SIPD RKA beside SIMDA pagu "
                "and realisation); kabupaten, invented figures — kabupaten pemda export"),
        source=("find_string 'BERTAMBAH/(BERKURANG)' → public GitHub file id 2426098111 (wp-sipd WordPress plugin, "
                "report of pagu per sumber dana, type 'murni')"),
        year=2022,
        sheets={"Sumber Dana": [
            ["Laporan Pagu SIPD Kemendagri Per Sumber Dana", None, None, None, None, None, None],
            ["1-01 DAU", None, None, None, None, None, None],
            ["Tahun 2022", None, None, None, None, None, None],
            ["No", "SKPD/Sub Kegiatan", "Sumber Dana", "RKA SIPD (Rp.)", "Pagu Simda (Rp.)", "Ralisasi Simda (Rp.)",
             "Capaian (%)"],
            [None, "1.02.0.00.0.00.01.0000 Dinas Kesehatan", None, "2.277.650.000", "2.277.650.000", "2.134.680.200",
             "93.72"],
            [1, "1.02.02.2.02.0004 Pengelolaan Pelayanan Kesehatan Ibu Bersalin", "DAU", "845.250.000",
             "845.250.000", "812.470.300", "96.12"],
            [2, "1.02.02.2.02.0017 Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", "DAU,\nDAK Non Fisik",
             "312.400.000", "312.400.000", "287.654.900", "92.08"],
            [3, "1.02.02.2.02.0020 Pengelolaan Surveilans Kesehatan", "DAU", "1.120.000.000", "1.120.000.000",
             "1.034.555.000", "92.37"],
            ["Jumlah Total", None, None, "2.277.650.000", "2.277.650.000", "2.134.680.200", "93.72"],
        ]},
        merged={"Sumber Dana": ["A1:G1", "A2:G2", "A3:G3", "B5:C5", "A9:C9"]},
        expected=[
            _b("sub_kegiatan", "Pengelolaan Pelayanan Kesehatan Ibu Bersalin", 845_250_000, 812_470_300),
            _b("sub_kegiatan", "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", 312_400_000, 287_654_900),
            _b("sub_kegiatan", "Pengelolaan Surveilans Kesehatan", 1_120_000_000, 1_034_555_000),
        ],
        note=("Two budget columns side by side: 'RKA SIPD (Rp.)' (the SIPD budget) and 'Pagu Simda (Rp.)' (the same "
              "budget as booked in SIMDA, which the capaian uses: realisasi/pagu simda); here they agree, as they "
              "should once both systems are reconciled. Rows are an SKPD subtotal row (code and name merged over "
              "two columns, bold, no number) and numbered sub-kegiatan rows whose name cell starts with the joined "
              "sub-kegiatan code ('1.02.02.2.02.0004 Pengelolaan …'); no program or kegiatan rows; the SKPD row is "
              "an organisation subtotal, not a program, and 'Jumlah Total' closes the table. A 'Sumber Dana' column "
              "can hold several funds in one cell, one per line. Amounts dot-thousands text ('845.250.000'), capaian "
              "with a decimal point. 'Ralisasi' is the template's typo. The template has no data: sumber dana code, "
              "SKPD, sub-kegiatan and amounts are invented, consistent (845.250.000 + 312.400.000 + 1.120.000.000 = "
              "2.277.650.000; 2.134.680.200/2.277.650.000 = 93,72). No mistakes."),
    ),
    # ------------------------------------------------------------------ 13
    Layout(
        id="budget-gunungkidul-disdikpora-urusan-pemuda-olahraga-2014",
        dataset="budget",
        agency=("Dinas Pendidikan, Pemuda dan Olahraga Kabupaten Gunungkidul, programs of urusan 1.18 Kepemudaan dan "
                "Olahraga (SIMDA LRA per SKPD) — kabupaten OPD"),
        source=("github roaddee/dulkemot content/berkas/2014_3403_1468469128.csv (commit 2e11b02) — 'Realisasi "
                "Anggaran Pendapatan Belanja Daerah', Kabupaten Gunungkidul 2014, Kode Organisasi 1.01.01, rows of "
                "programs 1.18.1.01.01.16 and .20"),
        year=2014,
        sheets={"Realisasi": _GUNUNGKIDUL_DISDIKPORA_PEMUDA},
        merged={},
        expected=[
            _b("program", "PROGRAM PENINGKATAN PERAN SERTA KEPEMUDAAN", 1_402_857_500, 1_263_261_500),
            _b("kegiatan", "PEMBINAAN ORGANISASI KEPEMUDAAN", 9_850_000, 9_850_000),
            _b("kegiatan", "PENDIDIKAN DAN PELATIHAN DASAR", 66_827_500, 66_127_500),
            _b("kegiatan", "FASILITAS PEKA TEMU WICARA", 55_760_000, 38_710_000),
            _b("kegiatan", "LOMBA KREASI DAN KARYA TULIS", 698_290_000, 599_204_000),
            _b("kegiatan", "PEMBINAAN PEMUDA PELOPOR", 108_130_000, 90_730_000),
            _b("kegiatan", "PEMBENTUKAN PASKIBRAKA", 464_000_000, 458_640_000),
            _b("program", "PROGRAM PEMBINAAN DAN PEMASYARAKATAN OLAH RAGA", 3_002_364_500, 2_564_806_800),
            _b("kegiatan", "PEMBIBITAN DAN PEMBINAAN OLAHRAGAWAN", 848_064_500, 524_638_300),
            _b("kegiatan", "PEMBINAAN CABANG OLAHRAGA PRESTASI", 556_520_000, 538_996_500),
            _b("kegiatan", "PENINGKATAN KESEGARAN JASMANI", 110_005_000, 109_405_000),
            _b("kegiatan", "PENYELENGGARAAN KOMPTEISI OLAHRAGA", 1_023_115_000, 946_257_000),
            _b("kegiatan", "PENGEMBANGAN OLAHRAGA REKREASI", 423_010_000, 404_112_000),
            _b("kegiatan", "PENINGKATAN JUMLAH DAN KUALITAS", 41_650_000, 41_398_000),
        ],
        note=("The same SIMDA LRA export as budget-gunungkidul-disdikpora-simda-lra-2014 (portal header, 'Sebelum' = "
              "budget, 'Sesudah' = realisation, 'Angka'/'Prosentase' the BERTAMBAH/(BERKURANG) pair, account rows "
              "'… .5.2.x.' under each kegiatan), from its other urusan: the SKPD (organisation 1.01.01, urusan "
              "Pendidikan) also runs urusan 1.18 Kepemudaan dan Olahraga, so these program codes start with the "
              "urusan '1.18' while the organisation part stays '1.01.01' ('1.18.1.01.01.16.' — the first segment "
              "is not the SKPD's). Some budget cells lack the trailing space the others have ('599,200,000.00'); "
              "account names as printed ('BELAJA BARANG DAN JASA', 'BELANJA BARANG DAN  JASA' with two spaces); "
              "a blank row splits kegiatan 20.05 from its second account, and that account repeats the first one's "
              "code ('… .20.05.5.2.1.' for BARANG DAN JASA). Shortened by whole programs: of the four 1.18 "
              "programs, 16 and 20 are kept; 15 and 21 and the file's closing JUMLAH BELANJA / SURPLUS (DEFISIT) "
              "rows (totals of all 16 programs) are dropped. Everything adds up: program 16 = 9,850,000 + "
              "66,827,500 + 55,760,000 + 698,290,000 + 108,130,000 + 464,000,000 = 1,402,857,500 (realised "
              "1,263,261,500); program 20 = 848,064,500 + 556,520,000 + 110,005,000 + 1,023,115,000 + 423,010,000 + "
              "41,650,000 = 3,002,364,500 (realised 2,564,806,800); each kegiatan equals its accounts; every "
              "Prosentase equals Angka/Sebelum (e.g. (1.16) = −5,360,000/464,000,000). No published mistake in "
              "these rows."),
        refused="cell A7: expected a column for 'budget'",
        aliases={"budget": {"budget": ["Sebelum"], "realised": ["Sesudah"]}},
    ),
]

# ================================================================ held-out set (issue 11, second corpus)
# Layouts collected after the recognition layer was built, to measure it on exports it was not tuned on.

# Kabupaten Bengkulu Utara DAK list: (uraian, pagu, TW I, TW II, TW III, TW IV); invented, consistent
_DAK = [
    ("DAK Fisik Reguler Bidang Pendidikan", 18_452_310_000, 0, 5_535_693_000, 7_380_924_000, 5_114_880_500),
    ("DAK Fisik Penugasan Bidang Jalan", 24_900_000_000, 0, 7_470_000_000, 9_960_000_000, 6_988_412_300),
    ("DAK Fisik Reguler Bidang Kesehatan dan KB", 9_813_442_000, 0, 1_962_688_400, 4_906_721_000, 2_618_905_100),
    ("DAK Non Fisik Bantuan Operasional Kesehatan (BOK)", 11_207_560_000, 2_241_512_000, 3_362_268_000, 2_801_890_000,
     2_455_310_250),
    ("DAK Non Fisik Tunjangan Profesi Guru PNSD", 96_480_225_000, 23_140_554_000, 24_120_056_250, 24_120_056_250,
     23_845_113_500),
]


def _dak_row(n: int, line: tuple) -> list:
    uraian, pagu, *tw = line
    return [n, uraian, pagu, *tw, sum(tw), pagu - sum(tw)]


# Jawa Timur UPT Pelatihan Pertanian 'DKKB DAN REALISASI' (months Januari … November, as the file has them)
_MONTHS = ["JANUARI", "FEBRUARI", "MARET", "APRIL", "MEI", "JUNI", "JULI", "AGTS", "SEPT", "OKT", "NOV"]
# (kode, uraian, before, after efisiensi, papbd, monthly realisation) per account row; every source block's accounts
_JATIM_BLOCKS = {
    "DBHCHT SEKSI PENGEMBANGAN PELATIHAN": [
        ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 72_000_000, 54_000_000,
         50_000_000, [0, 0, 6_250_000, 4_100_000, 5_000_000, 3_900_000, 4_800_000, 5_150_000, 4_000_000, 6_300_000, 4_700_000]),
        ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 310_000_000, 232_500_000, 225_000_000,
         [0, 12_600_000, 21_000_000, 19_800_000, 24_150_000, 18_900_000, 22_050_000, 25_200_000, 19_950_000, 21_000_000, 18_375_000]),
        ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", 148_000_000, 111_000_000, 108_000_000,
         [0, 9_000_000, 9_000_000, 9_000_000, 9_000_000, 9_000_000, 9_000_000, 9_000_000, 9_000_000, 9_000_000, 9_000_000]),
    ],
    "PAD MURNI SEKSI BANGLAT": [
        ("5.1.02.03.02.0121", "Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Tempat Kerja-Bangunan Gedung "
         "Tempat Pendidikan", 260_000_000, 195_000_000, 240_000_000,
         [0, 0, 0, 0, 18_400_000, 35_750_000, 52_300_000, 41_000_000, 38_620_000, 27_500_000, 12_080_000]),
        ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Listrik", 40_000_000, 30_000_000, 30_000_000,
         [0, 1_850_000, 2_400_000, 3_100_000, 2_760_000, 2_950_000, 3_300_000, 2_480_000, 2_900_000, 3_050_000, 2_610_000]),
    ],
}
_JATIM_PROGRAM = ("3.27.07", "PROGRAM PENYULUHAN PERTANIAN")
_JATIM_KEGIATAN = ("3.27.07.1.01", "Pelaksanaan Penyuluhan Pertanian di Daerah Provinsi")
_JATIM_SUB = ("3.27.07.1.01.0002", "Penyelenggaraan Pelatihan Teknis Pertanian bagi Petani dan Penyuluh")


def _jatim_plan(real: list[int]) -> list[int]:
    """The DKKB (cash plan) month by month: realisation rounded up to the next ten million where there is any."""
    return [0 if r == 0 else -(-r // 10_000_000) * 10_000_000 for r in real]


def _jatim_amounts(accounts: list[tuple]) -> tuple[list[int], list[int]]:
    """Budget columns and the interleaved DKKB | REALISASI month columns of the sum of ``accounts``."""
    budgets = [sum(a[i] for a in accounts) for i in (2, 3, 4)]
    months = []
    for m in range(len(_MONTHS)):
        real = sum(a[5][m] for a in accounts)
        months += [sum(_jatim_plan(a[5])[m] for a in accounts), real]
    return budgets, months


def _jatim_header() -> list[list]:
    top = ["NO", "KODE REKENING", "URAIAN", "ANGGARAN 1 TAHUN SEBELUM EFISIENSI", "ANGGARAN 1 TAHUN SETELAH EFISIENSI",
           "ANGGARAN PAPBD"]
    row1, row2 = list(top), [None] * len(top)
    for month in _MONTHS:
        row1 += [month, None]
        row2 += ["DKKB", "REALISASI"]
    return [row1, row2]


def _jatim_block(source: str, accounts: list[tuple]) -> list[list]:
    rows = [[f"SUMBER ANGGARAN : {source}"], [], *_jatim_header()]
    budgets, months = _jatim_amounts(accounts)
    for n, (code, name) in enumerate((_JATIM_PROGRAM, _JATIM_KEGIATAN, _JATIM_SUB), start=1):
        rows.append([None, code, name, *budgets, *months])
    for code, name, before, after, papbd, real in accounts:
        plan = _jatim_plan(real)
        rows.append([None, code, name, before, after, papbd, *[v for pair in zip(plan, real) for v in pair]])
    return rows + [[]]


def _jatim_realisasi_sheet() -> list[list]:
    info = [
        ["PEMERINTAH PROVINSI JAWA TIMUR (APBD)"],
        ["BIDANG/UPT : UPT PELATIHAN PERTANIAN DINAS PERTANIAN DAN KETAHANAN PANGAN"],
        ["PROGRAM : PROGRAM PENYULUHAN PERTANIAN"],
        ["KPA : Ir. (nama KPA)"],
        ["TAHUN ANGGARAN : 2025"],
        [],
    ]
    every = [a for accounts in _JATIM_BLOCKS.values() for a in accounts]
    rows = list(info)
    for source, accounts in _JATIM_BLOCKS.items():
        rows += _jatim_block(source, accounts)
    rows += _jatim_block("TOTAL (DBHCHT BANGLAT + PAD MURNI BANGLAT)", every)
    return rows


def _jatim_dkkb_sheet() -> list[list]:
    every = [a for accounts in _JATIM_BLOCKS.values() for a in accounts]
    head1 = ["NO", "KODE REKENING", "URAIAN", "ANGGARAN 1 TAHUN SEBELUM EFISIENSI", "ANGGARAN 1 TAHUN SETELAH EFISIENSI",
             "ANGGARAN PAPBD", "ANGGARAN SPD TERBIT", "KEBUTUHAN KAS BULANAN", *[None] * (len(_MONTHS) - 1)]
    head2 = [None] * 7 + _MONTHS
    rows = [
        ["PEMERINTAH PROVINSI JAWA TIMUR"],
        ["UNIT : UPT PELATIHAN PERTANIAN DINAS PERTANIAN DAN KETAHANAN PANGAN"],
        ["BIDANG URUSAN : URUSAN PEMERINTAH BIDANG PERTANIAN"],
        ["PROGRAM : PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH"],
        ["TRIWULAN : IV"],
        ["TAHUN ANGGARAN : 2025"],
        ["KPA : Ir. (nama KPA)"],
        [],
        [],
        head1,
        head2,
    ]
    budgets, _ = _jatim_amounts(every)
    plan_total = [sum(_jatim_plan(a[5])[m] for a in every) for m in range(len(_MONTHS))]
    rows.append([None, _JATIM_KEGIATAN[0], _JATIM_KEGIATAN[1], *budgets, budgets[2], *plan_total])
    rows.append([None, _JATIM_SUB[0], _JATIM_SUB[1], *budgets, budgets[2], *plan_total])
    for n, (code, name, before, after, papbd, real) in enumerate(every, start=1):
        rows.append([n, code, name, before, after, papbd, papbd, *_jatim_plan(real)])
    return rows


def _jatim_expected() -> list[dict]:
    """One row per code: the blocks of every source of funds added up (the TOTAL block states the same sums)."""
    every = [a for accounts in _JATIM_BLOCKS.values() for a in accounts]
    papbd = sum(a[4] for a in every)
    real = sum(sum(a[5]) for a in every)
    return [_b(level, name, papbd, real) for level, (_, name) in
            zip(("program", "kegiatan", "sub_kegiatan"), (_JATIM_PROGRAM, _JATIM_KEGIATAN, _JATIM_SUB))]


_JATIM_AGENCY = ("UPT Pelatihan Pertanian, Dinas Pertanian dan Ketahanan Pangan Provinsi Jawa Timur — provinsi dinas "
                 "UPT (export layout, invented figures)")
_JATIM_SOURCE = ("github taufiqalexander027/taufiqalmansur external_apps/finance-app/ANALISIS_EXCEL.md (commit aebabc3): "
                 "the analysis of the UPT's real 'DKKB DAN REALISASI.xlsx' — sheet 'REALISASI 2025' (info rows 1-6, "
                 "header rows 9-10 with DKKB | REALISASI per month Januari … November, blocks per Sumber Anggaran "
                 "including 'TOTAL (…)' blocks, account rows 5.X.XX.XX.XX.XXXX) and sheet 'DKKB 2025'")
_JATIM_NOTE = ("Blocks stacked down one sheet, one per source of funds ('SUMBER ANGGARAN : DBHCHT SEKSI PENGEMBANGAN "
               "PELATIHAN', 'PAD MURNI SEKSI BANGLAT'), each with its own two header rows, then a 'TOTAL (DBHCHT BANGLAT "
               "+ PAD MURNI BANGLAT)' block that repeats the same program/kegiatan/sub-kegiatan with the sums of the "
               "blocks above (to be recognised as a total, not read as more rows). Three budget columns: 'ANGGARAN 1 "
               "TAHUN SEBELUM EFISIENSI', '… SETELAH EFISIENSI' (the 2025 spending cut) and 'ANGGARAN PAPBD' (after the "
               "APBD amendment: the budget). The realisation is the sum of the eleven monthly 'REALISASI' columns (the "
               "file stops at November; there is no Jumlah column); each month's 'DKKB' is the cash plan, not a "
               "realisation. Account rows (5.1.02…) under the sub-kegiatan are set aside. Codes and names follow "
               "Kepmendagri 050-5889; amounts and the KPA are invented, consistent (each parent is the sum of its "
               "accounts: DBHCHT block PAPBD 50.000.000 + 225.000.000 + 108.000.000 = 383.000.000, realised 44.200.000 + "
               "203.025.000 + 90.000.000 = 337.225.000; PAD block PAPBD 270.000.000, realised 253.050.000; the TOTAL "
               "block 653.000.000 and 590.275.000). Expected: one row per code, the blocks of every source of funds "
               "added up (the kit keeps one row per program/kegiatan code), which are the TOTAL block's 653.000.000 and "
               "590.275.000. No published mistake.")

HELD_OUT: list[Layout] = [
    # ------------------------------------------------------------------ 16
    Layout(
        id="budget-bengkulu-utara-dak-realisasi-triwulan",
        dataset="budget",
        agency="Bappeda Kabupaten Bengkulu Utara, 'Daftar dan Jenis DAK Lingkup Kabupaten Bengkulu Utara' — kabupaten pemda export (invented figures)",
        source=("Public GitHub TypeScript ExcelJS export exportDaftarDak() (search index file id 67576928432): sheet "
                "'DAK', title A2:I2 and A3:I3, header row 5 NO | URAIAN DANA ALOKASI KHUSUS | PAGU | REALISASI TW I … "
                "TW IV | TOTAL | SISA ANGGARAN, numbers formatted #,##0"),
        year=2024,
        sheets={"DAK": [
            [],
            ["Daftar dan Jenis DAK Lingkup Kabupaten Bengkulu Utara", *[None] * 8],
            ["Tahun Anggaran 2024", *[None] * 8],
            [],
            ["NO", "URAIAN DANA ALOKASI KHUSUS", "PAGU", "REALISASI TW I", "REALISASI TW II", "REALISASI TW III",
             "REALISASI TW IV", "TOTAL", "SISA ANGGARAN"],
            *[_dak_row(n, line) for n, line in enumerate(_DAK, start=1)],
        ]},
        merged={"DAK": ["A2:I2", "A3:I3"]},
        expected=[_b("program", u, pagu, sum(tw)) for u, pagu, *tw in _DAK],
        note=("One row per DAK line (a source of funds by field, not a program), realisation by quarter in four "
              "'REALISASI TW …' columns (per quarter, not cumulative: TOTAL is their sum), then TOTAL and SISA ANGGARAN "
              "= PAGU − TOTAL. No program/kegiatan hierarchy, no codes, no total row: the expectation reads each line "
              "as a top-level row (level 'program', the only level there is) with PAGU as budget and TOTAL as "
              "realisation. Figures invented, consistent (no mistakes)."),
    ),
    # ------------------------------------------------------------------ 17
    Layout(
        id="budget-jatim-upt-realisasi-per-bulan-sumber-dana",
        dataset="budget",
        agency=_JATIM_AGENCY,
        source=_JATIM_SOURCE,
        year=2025,
        sheets={"REALISASI 2025": _jatim_realisasi_sheet()},
        expected=_jatim_expected(),
        note=_JATIM_NOTE,
    ),
    # ------------------------------------------------------------------ 18
    Layout(
        id="budget-jatim-upt-dkkb-and-realisasi-sheets",
        dataset="budget",
        agency=_JATIM_AGENCY,
        source=_JATIM_SOURCE,
        year=2025,
        sheets={"DKKB 2025": _jatim_dkkb_sheet(), "REALISASI 2025": _jatim_realisasi_sheet()},
        expected=_jatim_expected(),
        note=("The file as the UPT keeps it: the cash-plan sheet 'DKKB 2025' (kegiatan > sub-kegiatan > accounts, "
              "budget columns, 'ANGGARAN SPD TERBIT', and 'KEBUTUHAN KAS BULANAN' over the months: a plan, no "
              "realisation) before the 'REALISASI 2025' sheet of budget-jatim-upt-realisasi-per-bulan-sumber-dana. The "
              "plan sheet must not be read as a second budget (its PAPBD amounts equal the realisation sheet's total "
              "block) nor stop the dataset; the expectation is the realisation sheet's. " + _JATIM_NOTE),
    ),
    # ------------------------------------------------------------------ 19
    Layout(
        id="budget-banyumas-setwan-renja-split-codes-3-row-band",
        dataset="budget",
        agency="Sekretariat DPRD Kabupaten Banyumas, 'Rumusan Rencana Program dan Kegiatan SKPD' (Renja 2016) — sekretariat DPRD export (invented figures)",
        source=("github IzzulAfif/rpjm modules/transaksirenja/views/index.php (commit 2af85df): an HTML table sent as "
                "application/vnd.ms-excel, title 'Rumusan Rencana Program dan Kegiatan SKPD / SEKRETARIAT DPRD / Tahun "
                "2016 dan Prakiraan Maju Tahun 2017 / Kabupaten Banyumas', three header rows"),
        year=2016,
        sheets={"Renja": [
            ["Rumusan Rencana Program dan Kegiatan SKPD", *[None] * 15],
            ["SEKRETARIAT DPRD", *[None] * 15],
            ["Tahun 2016 dan Prakiraan Maju Tahun 2017", *[None] * 15],
            ["Kabupaten Banyumas", *[None] * 15],
            ["Kode", None, None, None, "Urusan/Bidang  Urusan Pemerintahan Daerah dan Program/Kegiatan",
             "Prioritas Nasional (Kode)", "Prioritas Provinsi", "Prioritas Daerah (Kab/ Kota)",
             "Indikator Kinerja  Program / Sasaran Kegiatan", "Rencana Tahun 2016", None, None, None, None,
             "Catatan Penting", "Prakiraan Maju Tahun 2017", None],
            [None] * 9 + ["Lokasi", "Target Capaian Kinerja ", "Kebutuhan Dana/ pagu indikatif dan Sumber Dana ", None,
                          None, None, "Target Capaian Kinerja", "Kebutuhan Dana/ pagu indikatif"],
            [None] * 11 + ["APBD Kab", "APBD Prov", "APBN", None, None, None],
            ["1", "20", None, None, "Urusan Wajib Otonomi Daerah, Pemerintahan Umum, Administrasi Keuangan Daerah, "
             "Perangkat Daerah, Kepegawaian dan Persandian", None, None, None, None, None, None, None, None, None, None,
             None, None],
            ["1", "20", "02", None, "Program Peningkatan Sarana dan Prasarana Aparatur", None, None, None,
             "Persentase sarana prasarana dalam kondisi baik", "Setwan", "90 %", 1_385_000_000, None, None, None, "92 %",
             1_450_000_000],
            ["1", "20", "02", "05", "Pengadaan kendaraan dinas/operasional", None, None, None,
             "Jumlah kendaraan dinas yang diadakan", "Setwan", "2 unit", 860_000_000, None, None, None, "1 unit", 450_000_000],
            ["1", "20", "02", "22", "Pemeliharaan rutin/berkala gedung kantor", None, None, None,
             "Jumlah gedung kantor yang terpelihara", "Setwan", "1 gedung", 525_000_000, None, None, None, "1 gedung",
             1_000_000_000],
            ["1", "20", "15", None, "Program Peningkatan Kapasitas Lembaga Perwakilan Rakyat Daerah", None, None, None,
             "Persentase Raperda yang ditetapkan menjadi Perda", "Setwan", "100 %", 6_940_500_000, None, None, None,
             "100 %", 7_200_000_000],
            ["1", "20", "15", "02", "Rapat-rapat alat kelengkapan dewan", None, None, None,
             "Jumlah rapat alat kelengkapan dewan", "Setwan", "240 kali", 2_310_500_000, None, None, None, "240 kali",
             2_400_000_000],
            ["1", "20", "15", "06", "Kunjungan kerja pimpinan dan anggota DPRD dalam daerah", None, None, None,
             "Jumlah kunjungan kerja", "Kab. Banyumas", "36 kali", 1_830_000_000, None, None, None, "36 kali",
             1_900_000_000],
            ["1", "20", "15", "11", "Reses", None, None, None, "Jumlah reses yang dilaksanakan", "Kab. Banyumas",
             "3 kali", 2_800_000_000, None, None, None, "3 kali", 2_900_000_000],
        ]},
        merged={"Renja": ["A1:Q1", "A2:Q2", "A3:Q3", "A4:Q4", "A5:D7", "E5:E7", "F5:F7", "G5:G7", "H5:H7", "I5:I7",
                          "J5:N5", "O5:O7", "P5:Q5", "J6:J7", "K6:K7", "L6:N6", "P6:P7", "Q6:Q7"]},
        expected=[
            _b("program", "Program Peningkatan Sarana dan Prasarana Aparatur", 1_385_000_000, None),
            _b("kegiatan", "Pengadaan kendaraan dinas/operasional", 860_000_000, None),
            _b("kegiatan", "Pemeliharaan rutin/berkala gedung kantor", 525_000_000, None),
            _b("program", "Program Peningkatan Kapasitas Lembaga Perwakilan Rakyat Daerah", 6_940_500_000, None),
            _b("kegiatan", "Rapat-rapat alat kelengkapan dewan", 2_310_500_000, None),
            _b("kegiatan", "Kunjungan kerja pimpinan dan anggota DPRD dalam daerah", 1_830_000_000, None),
            _b("kegiatan", "Reses", 2_800_000_000, None),
        ],
        note=("A plan (Renja), so no realisation: the budget is the year's 'APBD Kab' under 'Rencana Tahun 2016 › "
              "Kebutuhan Dana/ pagu indikatif dan Sumber Dana' (a three-row header band), beside 'APBD Prov' and "
              "'APBN' (empty) and the next year's 'Prakiraan Maju Tahun 2017 › Kebutuhan Dana/ pagu indikatif' (not "
              "this year's budget). The code is split over four merged 'Kode' columns (urusan | bidang | program | "
              "kegiatan, Permendagri 13/2006: '1 | 20 | 02 | 05'); the urusan row has no amount. Two target columns "
              "(this year's, next year's) hold text with units. The template's 19 source-of-funds columns after "
              "'Prakiraan Maju' (Penerimaan Lainnya … Sektoral APBN) are left out here (empty in this export). "
              "Program/kegiatan names are Permendagri 13/2006 nomenclature for a sekretariat DPRD; amounts invented, "
              "each program the sum of its kegiatan. A kit may read budgets and say there is no realisation "
              "(a warning), but must not read the 2017 projection as anything."),
    ),
    # ------------------------------------------------------------------ 20
    Layout(
        id="budget-wpsipd-kontrol-realisasi-rincian-long",
        dataset="budget",
        agency="wp-sipd 'kontrol realisasi dan P3DN' sheet of one SKPD (program, kegiatan and sub-kegiatan as columns) — kabupaten OPD export (invented figures)",
        source=("Public GitHub wp-sipd WordPress plugin page (search index file id 2704835207): SQL 'untuk select "
                "kontrol realisasi dan P3DN' and its table OPD | PROGRAM | KEGIATAN | SUB KEGIATAN | BELANJA | [#] | "
                "[-] | SPESIFIKASI BELANJA | SUMBER DANA | ANGGARAN SEBELUM PERUBAHAN | ANGGARAN SETELAH PERUBAHAN | "
                "REALISASI (Rp) | Uraian SPM | SISA | KETERANGAN, grouped by sub-kegiatan and [#]"),
        year=2023,
        sheets={"Sheet1": [
            ["OPD", "PROGRAM", "KEGIATAN", "SUB KEGIATAN", "BELANJA", "[#]", "[-]", "SPESIFIKASI BELANJA",
             "SUMBER DANA", "ANGGARAN SEBELUM PERUBAHAN", "ANGGARAN SETELAH PERUBAHAN", "REALISASI (Rp)", "Uraian SPM",
             "SISA", "KETERANGAN"],
            *[["Kecamatan Sukamaju", p, k, sk, akun, grp, "", spek, "DAU", murni, setelah, real, "LS/GU", setelah - real, ""]
              for p, k, sk, akun, grp, spek, murni, setelah, real in [
                ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Administrasi Keuangan Perangkat Daerah",
                 "Penyediaan Gaji dan Tunjangan ASN", "Belanja Gaji Pokok PNS", "[#] Gaji dan Tunjangan",
                 "Gaji Pokok PNS", 1_412_000_000, 1_398_500_000, 1_371_264_800),
                ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Administrasi Keuangan Perangkat Daerah",
                 "Penyediaan Gaji dan Tunjangan ASN", "Belanja Tunjangan Keluarga PNS", "[#] Gaji dan Tunjangan",
                 "Tunjangan Keluarga", 141_200_000, 139_850_000, 136_940_100),
                ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Administrasi Umum Perangkat Daerah",
                 "Penyediaan Bahan Logistik Kantor", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
                 "[#] Alat Tulis Kantor", "Kertas HVS A4 70 gram", 18_500_000, 16_250_000, 16_080_000),
                ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Administrasi Umum Perangkat Daerah",
                 "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Belanja Perjalanan Dinas Biasa",
                 "[#] Perjalanan Dinas", "Perjalanan dinas dalam provinsi", 42_000_000, 36_000_000, 33_720_000),
                ("PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
                 "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
                 "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa",
                 "Belanja Makanan dan Minuman Rapat", "[#] Rapat Koordinasi Desa", "Nasi kotak", 27_000_000,
                 24_300_000, 22_950_000),
                ("PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
                 "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
                 "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa",
                 "Belanja Honorarium Narasumber", "[#] Rapat Koordinasi Desa", "Honor narasumber", 9_000_000,
                 9_000_000, 9_000_000),
            ]],
        ]},
        expected=[
            _b("program", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 1_590_600_000, 1_558_004_900),
            _b("kegiatan", "Administrasi Keuangan Perangkat Daerah", 1_538_350_000, 1_508_204_900),
            _b("sub_kegiatan", "Penyediaan Gaji dan Tunjangan ASN", 1_538_350_000, 1_508_204_900),
            _b("kegiatan", "Administrasi Umum Perangkat Daerah", 52_250_000, 49_800_000),
            _b("sub_kegiatan", "Penyediaan Bahan Logistik Kantor", 16_250_000, 16_080_000),
            _b("sub_kegiatan", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", 36_000_000, 33_720_000),
            _b("program", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", 33_300_000, 31_950_000),
            _b("kegiatan", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan", 33_300_000, 31_950_000),
            _b("sub_kegiatan", "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan", 33_300_000, 31_950_000),
        ],
        note=("The long, denormalised form a SIPD-derived tool exports for a control sheet: one row per (sub-kegiatan, "
              "[#] group) line item, with the OPD, program, kegiatan and sub-kegiatan names repeated in their own "
              "columns and no code. There are no program/kegiatan/sub-kegiatan rows at all: their budgets and "
              "realisations are the sums of their line items (e.g. sub-kegiatan 'Penyediaan Gaji dan Tunjangan ASN' "
              "= 1.398.500.000 + 139.850.000 = 1.538.350.000, realised 1.371.264.800 + 136.940.100 = "
              "1.508.204.900). Two budget columns: 'ANGGARAN SEBELUM PERUBAHAN' (murni) and 'ANGGARAN SETELAH "
              "PERUBAHAN' (the budget); 'SISA' = setelah − realisasi. The plugin leaves REALISASI, Uraian SPM, SISA and "
              "KETERANGAN for the OPD to fill; here they are filled as an OPD would. Nomenclature Kepmendagri "
              "050-5889; the kecamatan and all amounts invented, consistent. Expected rows in first-appearance order."),
    ),
    # ------------------------------------------------------------------ 21
    Layout(
        id="budget-enrekang-evaluasi-rkpd-e81-rsud",
        dataset="budget",
        agency="RSUD of Kabupaten Enrekang, 'Laporan Evaluasi terhadap RKPD' (Permendagri 86/2017 form E.81) — kabupaten RSUD export (invented figures)",
        source=("Public GitHub Laravel PhpSpreadsheet export (search index file id 10206154298): 'LAPORAN EVALUASI "
                "TERHADAP RKPD' / 'KABUPATEN ENREKANG TAHUN ANGGARAN …', header rows 5-8 (band, triwulan I-IV, "
                "column numbers '13=9+10+11+12', '14=7+13', '15=14/6x100', then K | Rp), sasaran, program (with its "
                "outcome rows), kegiatan and sub-kegiatan rows as the loop writes them"),
        year=2022,
        sheets={"Sheet1": [
            ["LAPORAN EVALUASI TERHADAP RKPD", *[None] * 26],
            ["KABUPATEN ENREKANG TAHUN ANGGARAN 2022 TRIWULAN IV", *[None] * 26],
            ["RUMAH SAKIT UMUM DAERAH MASSENREMPULU", *[None] * 26],
            [" ", *[None] * 26],
            ["No", "Sasaran", "Kode", "Urusan/Bidang Urusan Pemerintah Daerah dan Program/Kegiatan/Sub Kegiatan",
             "Indikator Kinerja Program (outcome) / Kegiatan (output)",
             "Target Renstra OPD pada Tahun 2019 s/d 2023 (akhir periode Renstra OPD)", None,
             "Realisasi Capaian Kinerja Renstra OPD s/d Renja OPD Tahun lalu (2021)", None,
             "Target Kinerja dan Anggaran Renja OPD Tahun berjalan yang dievaluasi (2022)", None,
             "Realisasi Kinerja Pada Triwulan", None, None, None, None, None, None, None,
             "Realisasi Capaian Kinerja dan Anggaran Renja OPD yang Dievaluasi", None,
             "Realisasi kinerja dan Anggaran Renstra OPD s/d tahun 2022 (Ahkir Tahun pelaksanaan Renja OPD)", None,
             "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra OPD s/d tahun 2022 (%)", None,
             "Unit OPD penanggung jawab", "Ket"],
            [*[None] * 11, "I", None, "II", None, "III", None, "IV", None, *[None] * 8],
            ["1", "2", "3", "4", "5", "6", None, "7", None, "8", None, "9", None, "10", None, "11", None, "12", None,
             "13=9+10+11+12", None, "14=7+13", None, "15=14/6x100", None, None, None],
            [*[None] * 5, "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K",
             "Rp", "K", "Rp", None, None],
            [1, "Meningkatnya mutu pelayanan kesehatan rujukan", "", "", "", *[None] * 21, ""],
            ["", "", "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
             *[None] * 23],
            [None, None, None, None, "Persentase Rumah Sakit Rujukan Tingkat Kabupaten/Kota yang Terakreditasi \n",
             "100,00%", *[None] * 21],
            ["", "", "1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah "
             "Kabupaten/Kota", "Jumlah Rumah Sakit yang Memberikan Pelayanan Rujukan\n", "1,00Unit",
             "Rp 131.500.000.000,00", *[None] * 20],
            ["", "", "1.02.02.2.02.0036", "Operasional Pelayanan Rumah Sakit", "Jumlah Rumah Sakit yang Beroperasi (Unit) \n",
             5, 128_000_000_000, 4, 96_180_000_000, 1, 25_600_000_000, 1, 5_120_000_000, 1, 6_012_500_000, 1,
             6_530_750_000, 1, 7_105_400_000, 1, 24_768_650_000, 5, 120_948_650_000, "100,00%", "94,49%",
             "RUMAH SAKIT UMUM DAERAH MASSENREMPULU", ""],
            ["", "", "1.02.02.2.02.0003", "Pengembangan Rumah Sakit", "Jumlah Rumah Sakit yang Ditingkatkan Sarana, "
             "Prasarana, Alat Kesehatan dan SDM agar Sesuai Standar (Unit) \n", 5, 3_500_000_000, 4, 2_640_000_000, 1,
             850_000_000, 0, 0, 0, 0, 0, 312_400_000, 1, 497_300_000, 1, 809_700_000, 5, 3_449_700_000, "100,00%",
             "98,56%", "RUMAH SAKIT UMUM DAERAH MASSENREMPULU", ""],
        ]},
        merged={"Sheet1": [
            "A1:AA1", "A2:AA2", "A3:AA3", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:G6", "H5:I6", "J5:K6",
            "L5:S5", "T5:U6", "V5:W6", "X5:Y6", "Z5:Z7", "AA5:AA7", "L6:M6", "N6:O6", "P6:Q6", "R6:S6",
            "A7:A8", "B7:B8", "C7:C8", "D7:D8", "E7:E8", "F7:G7", "H7:I7", "J7:K7", "L7:M7", "N7:O7", "P7:Q7",
            "R7:S7", "T7:U7", "V7:W7", "X7:Y7", "A10:A11", "B10:B11", "C10:C11", "D10:D11",
        ]},
        expected=[
            _b("program", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", 26_450_000_000, 25_578_350_000),
            _b("kegiatan", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan", 26_450_000_000, 25_578_350_000),
            _b("sub_kegiatan", "Operasional Pelayanan Rumah Sakit", 25_600_000_000, 24_768_650_000),
            _b("sub_kegiatan", "Pengembangan Rumah Sakit", 850_000_000, 809_700_000),
        ],
        note=("Form E.81 of Permendagri 86/2017 (Evaluasi terhadap Hasil Renja/RKPD) as an RSUD's evaluation tool "
              "writes it: four header rows — the bands, the quarters I … IV, a column-number row that is not the "
              "last header row and carries formulas as text ('13=9+10+11+12', '14=7+13', '15=14/6x100'), then K | Rp "
              "under every band. Every band has a K (kinerja) and an Rp column: the year's budget is 'Target Kinerja "
              "dan Anggaran Renja OPD Tahun berjalan … › Rp' (K column J/K), the year's realisation is 'Realisasi "
              "Capaian Kinerja dan Anggaran Renja OPD yang Dievaluasi › Rp' (= the four quarters' Rp: 5.120.000.000 + "
              "6.012.500.000 + 6.530.750.000 + 7.105.400.000 = 24.768.650.000); the Renstra columns (5-year target "
              "128.000.000.000, cumulative realisation) are not this year's. The exporter writes amounts only on "
              "sub-kegiatan rows: a program row (code and name merged over its outcome rows) has none, a kegiatan "
              "row has only its 5-year Renstra pagu as text ('Rp 131.500.000.000,00', not this year's budget) and a "
              "volume glued to its unit ('1,00Unit'); a sasaran row opens the block. Codes Kepmendagri 050-5889 "
              "(sub-kegiatan numbers illustrative), amounts invented, consistent. Expected: the two sub-kegiatan "
              "rows; program and kegiatan rows state no budget of the year and stand with their rows' sums."),
    ),
    # ------------------------------------------------------------------ 22
    Layout(
        id="budget-ma-bua-dipa01-jenis-belanja-2019",
        dataset="budget",
        agency="Badan Urusan Administrasi, Mahkamah Agung RI (DIPA 01) — lembaga unit (eselon I)",
        source=("https://123dok.com/article/pagu-dan-realisasi-dipa-badan-urusan-administrasi.z13gmndq — Laporan "
                "Kinerja Instansi Pemerintah BUA MA RI 2019, Bab III C.1 'Pagu dan Realisasi DIPA (01) Badan Urusan "
                "Administrasi'"),
        year=2019,
        sheets={"DIPA 01": [
            ["1. PAGU DAN REALISASI DIPA (01) BADAN URUSAN ADMINISTRASI", None, None, None, None, None],
            ["NO.", "KEGIATAN", "PAGU AWAL", "PAGU REVISI", "REALISASI", "%"],
            [None, None, "(Rp.)", "(Rp.)", "(Rp.)", None],
            [1, "Belanja Pegawai", "2.592.320.000,-", "1.877.248.000,-", "1.856.657.167,-", "98.90"],
            [2, "Belanja Barang", "1.008.627.000,-", "1.145.827.000,-", "1.144.390.700,-", "99.87"],
            [3, "Belanja Modal", "0,-", "26.000.000,-", "25.040.000,-", "96.31"],
            ["JUMLAH", None, "3.606.947.000,-", "3.055.075.000,-", "3.032.087.867,-", "99.25"],
        ]},
        merged={"DIPA 01": ["A1:F1", "A2:A3", "B2:B3", "F2:F3", "A7:B7"]},
        expected=[
            _b("program", "Belanja Pegawai", 1_877_248_000, 1_856_657_167),
            _b("program", "Belanja Barang", 1_145_827_000, 1_144_390_700),
            _b("program", "Belanja Modal", 26_000_000, 25_040_000),
        ],
        findings=((E, "sum_mismatch"), (E, "sum_mismatch")),
        note=("A ministry unit's DIPA by type of spending under a column headed 'KEGIATAN' (the rows are jenis "
              "belanja, not activities), the unit row '(Rp.)' under the amounts, amounts printed with a trailing ',-' "
              "('2.592.320.000,-') and the percentages with a decimal point ('98.90') in the same table. Two budget "
              "columns: PAGU AWAL and PAGU REVISI (the budget after revision: the one realisation is measured "
              "against; 1.856.657.167/1.877.248.000 = 98,90% ✓, 99,87 ✓, 96,31 ✓). A flat list: the expectation reads "
              "each line as a top-level row (level 'program', as for the other flat lists). Published mistake: every "
              "JUMLAH is 6.000.000 more than its column — PAGU REVISI 1.877.248.000 + 1.145.827.000 + 26.000.000 = "
              "3.049.075.000 (printed 3.055.075.000), REALISASI 3.026.087.867 (printed 3.032.087.867), PAGU AWAL "
              "3.600.947.000 (printed 3.606.947.000): sum_mismatch for budget and realisation (PAGU AWAL is not a "
              "modelled amount). The printed 99,25% is JUMLAH over JUMLAH."),
    ),
]

CASES.extend(HELD_OUT)
