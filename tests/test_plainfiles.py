"""Files that are not workbooks but are handed over as spreadsheets: CSV, HTML tables named .xls, Excel 2003 XML.

Each is read by the real loaders, from bytes laid out as the exporting tools write them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lakip_lib.errors import InputError, UnsafeInputError
from lakip_lib.loading import load_budget, load_staff, load_year
from lakip_lib.loading.plainfiles import plain_kind, read_plain
from workbooks import nip

# a SIMPEG-style "Export Excel": an HTML page with a two-row header, <thead>/<tbody>, entities and a BOM
SIMPEG_HTML = f"""\ufeff<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td {{ mso-number-format:"\\@"; }}</style></head>
<body><h3>DAFTAR NOMINATIF PEGAWAI</h3>
<table border="1"><thead>
<tr><th rowspan="2">No</th><th rowspan="2">NIP</th><th rowspan="2">Nama</th><th colspan="2">Pangkat</th><th rowspan="2">Pendidikan</th></tr>
<tr><th>Golongan</th><th>TMT</th></tr></thead>
<tbody>
<tr><td>1</td><td>{nip(1)}</td><td>Budi&nbsp;Santoso, S.E.</td><td>III/a</td><td>01-04-2019</td><td>S1</td></tr>
<tr><td>2</td><td>{nip(2, female=True)}</td><td>Sari<br>Dewi</td><td>II/c</td><td>01-04-2015</td><td>SMA</td></tr>
</tbody></table><script>alert("never run")</script></body></html>"""


def test_an_html_export_named_xls_is_read_as_its_table(tmp_path):
    path = tmp_path / "pegawai.xls"
    path.write_text(SIMPEG_HTML, encoding="utf-8")
    assert plain_kind(path) == "html"
    roster = load_staff(path).roster
    assert roster[["nip", "name", "golongan", "education"]].astype(str).values.tolist() == [
        [nip(1), "Budi Santoso, S.E.", "III/a", "S1"], [nip(2, female=True), "Sari Dewi", "II/c", "SMA"]]
    assert roster["gender"].astype(str).tolist() == ["Laki-laki", "Perempuan"]


def test_rowspans_push_the_cells_below_right_as_a_browser_lays_them_out(tmp_path):
    """A program cell spanning its kegiatan rows: the rows under it start one column to the right."""
    path = tmp_path / "anggaran.xls"
    path.write_text(
        "<table><tr><th>Kode</th><th>Program</th><th>Kegiatan</th><th>Anggaran</th><th>Realisasi</th></tr>"
        "<tr><td>1.01</td><td rowspan=2>Program Pendidikan</td><td>Gedung</td><td>100</td><td>90</td></tr>"
        "<tr><td>1.02</td><td>Buku</td><td>50</td><td>45</td></tr></table>", encoding="utf-8")
    grid = read_plain(path, "html")[0]
    assert grid.rows[2] == ["1.02", None, "Buku", "50", "45"]
    assert grid.merged == [(1, 1, 2, 1)]


def test_a_semicolon_csv_in_windows_1252_with_indonesian_numbers(tmp_path):
    path = tmp_path / "anggaran.csv"
    text = ("Kode;Uraian;Anggaran;Realisasi\r\n"
            "5.03.02;Program Kepegawaian Daerah;1.500.000;1.425.000\r\n"
            "5.03.02.1.01;Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN;1.500.000;1.425.000\r\n"
            ";JUMLAH;1.500.000;1.425.000\r\n")
    path.write_bytes(text.replace("Pengadaan", "Pengadaan\u00e9").encode("cp1252"))
    budget = load_budget(path, year=2024)
    assert budget.rows[["code", "level", "budget", "realised"]].values.tolist() == [
        ["5.03.02", "program", 1500000.0, 1425000.0], ["5.03.02.1.01", "kegiatan", 1500000.0, 1425000.0]]
    assert budget.rows["name"].iloc[1].startswith("Pengadaan\u00e9,")
    assert budget.stated_totals["budget"].tolist() == [1500000.0]


def test_a_comma_csv_with_quoted_amounts_and_a_bom_is_a_year_input(tmp_path):
    year = tmp_path / "2024"
    year.mkdir()
    (year / "anggaran.csv").write_text(
        '\ufeffKode,Uraian,Anggaran,Realisasi\n5.03.02,Program A,"2,000,000.00","1,900,000.00"\n'
        '5.03.02.1.01,Kegiatan A,"2,000,000.00","1,900,000.00"\n', encoding="utf-8")
    data = load_year(tmp_path, 2024)
    assert data.budget.rows["budget"].tolist() == [2000000.0, 2000000.0]
    assert data.missing == ["staff", "indicators", "assets"]


XML2003 = """<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="Rekap Golongan">
  <Table>
   <Row><Cell ss:MergeAcross="2"><Data ss:Type="String">REKAP PEGAWAI MENURUT GOLONGAN</Data></Cell></Row>
   <Row ss:Index="3"><Cell><Data ss:Type="String">Golongan</Data></Cell><Cell><Data ss:Type="String">L</Data></Cell>
    <Cell><Data ss:Type="String">P</Data></Cell><Cell><Data ss:Type="String">Jumlah</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">IV/a</Data></Cell><Cell><Data ss:Type="Number">2</Data></Cell>
    <Cell><Data ss:Type="Number">1</Data></Cell><Cell><Data ss:Type="Number">3</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">III/b</Data></Cell><Cell ss:Index="3"><Data ss:Type="Number">4</Data></Cell>
    <Cell><Data ss:Type="Number">4</Data></Cell></Row>
  </Table>
 </Worksheet>
</Workbook>"""


def test_an_excel_2003_xml_summary_with_index_and_merge_across(tmp_path):
    path = tmp_path / "pegawai.xls"
    path.write_text(XML2003, encoding="utf-8")
    assert plain_kind(path) == "xml2003"
    grid = read_plain(path, "xml2003")[0]
    assert grid.sheet == "Rekap Golongan" and grid.merged == [(0, 0, 0, 2)]
    assert grid.rows[4] == ["III/b", None, 4, 4]
    summaries = load_staff(path).summaries
    golongan = summaries[summaries["dimension"].eq("golongan")]
    assert golongan.groupby("category", sort=False)["count"].sum().to_dict() == {"IV/a": 3.0, "III/b": 4.0}


def test_xml_that_declares_entities_is_refused(tmp_path):
    path = tmp_path / "pegawai.xls"
    path.write_text(XML2003.replace('<?mso-application progid="Excel.Sheet"?>',
                                    '<!DOCTYPE lol [<!ENTITY lol "lol">]>'), encoding="utf-8")
    with pytest.raises(UnsafeInputError, match="XML that declares entities"):
        load_staff(path)


def test_the_cell_limit_holds_for_plain_files(tmp_path):
    path = tmp_path / "pegawai.csv"
    path.write_text("\n".join(",".join(["1"] * 20) for _ in range(100)), encoding="utf-8")
    with pytest.raises(UnsafeInputError, match="at most 1,000 cells"):
        read_plain(path, "csv", {"max_cells": 1000})


def test_a_page_without_a_table_is_one_clear_problem(tmp_path):
    path = tmp_path / "pegawai.xls"
    path.write_text("<html><body><p>Sesi Anda telah berakhir, silakan login kembali.</p></body></html>", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_staff(path)
    assert str(caught.value.problems[0]) == "pegawai.xls: got 'HTML with no table', expected a table of rows and columns"


def test_workbooks_are_not_plain_files():
    assert plain_kind(Path("data/raw/2024/pegawai.xlsx")) is None
