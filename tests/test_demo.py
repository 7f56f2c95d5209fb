"""The demo generator (issue 6, item 2): a generated folder is complete, valid, clean and reproducible.

The folder is read back by the kit's own loaders (calamine) and, for the
roster's raw cells, by openpyxl as an independent reader.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from lakip_lib.analysis.checks import reconcile
from lakip_lib.analysis.year import analyse
from lakip_lib.demo import write_demo, write_roster
from lakip_lib.errors import ConfigError
from lakip_lib.loading import load_year
from lakip_lib.loading.parse import parse_gender, parse_golongan, parse_nips

EMPLOYEES = 300
YEARS = (2023, 2024)
DATASET_FILES = ["anggaran.xlsx", "kinerja.xlsx", "pegawai.xlsx", "sarana.xlsx"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("demo") / "data"
    return out, write_demo(out, EMPLOYEES, len(YEARS), start_year=YEARS[0], seed=11)


@pytest.fixture(scope="module")
def loaded(demo):
    out, _ = demo
    return {year: load_year(out, year) for year in YEARS}


@pytest.fixture(scope="module")
def analysed(loaded):
    return {year: analyse(data) for year, data in loaded.items()}


def _roster_cells(path: Path) -> tuple[list[tuple], list[tuple]]:
    """The roster's first five rows and its data rows, as openpyxl reads them."""
    book = openpyxl.load_workbook(path, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return rows[:5], rows[5:]


def test_folder_holds_project_narrative_and_four_files_a_year(demo):
    out, files = demo
    assert (out / "lakip.yml").is_file()
    assert sorted(p.name for p in (out / "narasi").iterdir()) and all(p.suffix == ".md" for p in (out / "narasi").iterdir())
    for year in YEARS:
        assert sorted(p.name for p in (out / str(year)).iterdir()) == DATASET_FILES
    assert sorted(files) == sorted(p for p in out.rglob("*") if p.is_file())


def test_each_year_loads_without_error_with_every_employee(loaded):
    for year, data in loaded.items():
        assert data.missing == [], year
        assert len(data.staff.roster) == EMPLOYEES, year
        assert data.project.agency == "Badan Kepegawaian Daerah Provinsi Contoh"


def test_reconcile_finds_nothing_in_a_generated_year(loaded):
    for year, data in loaded.items():
        findings = reconcile(data)
        assert (findings["severity"] == "error").sum() == 0, findings.to_string()
        assert findings.empty, findings.to_string()  # stated percentages and capaian are the computed ones too


def test_every_nip_agrees_with_its_row(demo):
    out, _ = demo
    for year in YEARS:
        _, rows = _roster_cells(out / str(year) / "pegawai.xlsx")
        assert len(rows) == EMPLOYEES
        nips = [str(row[1]).replace(" ", "") for row in rows]
        assert all(re.fullmatch(r"[0-9]{18}", nip) for nip in nips)
        assert len(set(nips)) == EMPLOYEES
        decoded = parse_nips(pd.Series(nips))
        assert decoded["error"].isna().all()
        for nip, row in zip(nips, rows):
            birth, gender, grade, tmt = row[3], row[4], row[5], row[11]
            birth = dt.datetime.strptime(birth, "%d-%m-%Y") if isinstance(birth, str) else birth
            assert birth.strftime("%Y%m%d") == nip[:8], (nip, row)
            assert parse_gender(gender) == ("Laki-laki" if nip[14] == "1" else "Perempuan"), (nip, row)
            if nip[12] == "2":  # PPPK: TMT year, "2", a frequency digit; a grade I–XVII
                assert nip[13] == "1" and str(tmt.year) == nip[8:12], (nip, row)
                assert re.fullmatch(r"[IVX]+", grade) and parse_golongan(grade, pppk=True).endswith("(PPPK)"), (nip, row)
            else:  # PNS: TMT CPNS is the first day of the NIP's appointment month
                assert tmt.strftime("%Y%m") == nip[8:14] and tmt.day == 1, (nip, row)
                assert "/" in parse_golongan(grade), (nip, row)
            assert birth.year + 18 < tmt.year <= year, (nip, row)


def test_roster_has_a_realistic_spread(analysed):
    for year, results in analysed.items():
        counts = {d: dict(zip(f["category"], f["count"])) for d, f in results.staffing.items()}
        share = {d: {c: n / EMPLOYEES for c, n in v.items()} for d, v in counts.items()}
        assert 0.05 < share["status"]["PPPK"] < 0.3, year
        assert len([g for g in counts["golongan"] if "/" in g]) >= 8 and len([g for g in counts["golongan"] if "PPPK" in g]) >= 2
        assert 0.03 < share["position_type"]["Struktural"] < 0.15
        assert share["position_type"]["Struktural"] < share["position_type"]["Fungsional"] < share["position_type"]["Pelaksana"] + 0.2
        assert max(counts["education"], key=counts["education"].get) == "S1" and len(counts["education"]) >= 5
        assert 0.35 < share["gender"]["Perempuan"] < 0.65
        roster = results.data.staff.roster
        assert roster["unit"].nunique() == 6  # five units and the agency itself, for its head
        assert (roster["position"] == "Kepala Badan Kepegawaian Daerah").sum() == 1
        # nobody has passed the lowest retirement age (58) on 31 December
        assert (roster["birth_date"].dt.year > year - 58).all()
        assert results.retirement["total"].sum() > 0  # but some reach it in the next five years


def test_indicators_per_year_with_both_realisations(analysed):
    previous = {}
    for results in analysed.values():
        table = results.indicators
        assert set(table["level"]) == {"tujuan", "sasaran", "prioritas", "ikk"}
        assert (table["polarity"] == "negative").sum() == 1
        assert table.loc[table["polarity"] == "ordinal", "scale"].eq("sakip").any()
        measured = table[table["level"] != "ikk"]
        assert measured["realisation_text"].notna().all() and measured["realisation_prev_text"].notna().all()
        assert measured["status"].isin(["achieved", "not_achieved"]).all()
        # the previous year's realisation in this year's file is what last year's file reports
        for name, text in previous.items():
            assert measured.loc[measured["indicator"] == name, "realisation_prev_text"].item() == text, name
        previous = dict(zip(measured["indicator"], measured["realisation_text"]))
    assert previous


def test_budget_codes_three_levels_deep(loaded):
    patterns = {"program": r"5\.03\.0[12]", "kegiatan": r"5\.03\.0[12]\.1\.[0-9]{2}",
                "sub_kegiatan": r"5\.03\.0[12]\.1\.[0-9]{2}\.[0-9]{4}"}
    for year, data in loaded.items():
        rows = data.budget.rows
        assert set(rows["level"]) == set(patterns), year
        for level, pattern in patterns.items():
            assert rows.loc[rows["level"] == level, "code"].str.fullmatch(pattern).all(), (year, level)
        assert (rows["realised"] <= rows["budget"]).all()
        assert data.budget.stated_totals["label"].tolist() == ["JUMLAH"]


def test_assets_of_both_kinds(loaded):
    for year, data in loaded.items():
        rows = data.assets.rows
        assert set(rows["category"]) == {"sarana", "prasarana"}, year
        assert rows["note"].isin(["Cukup", "Kurang"]).all()


def test_same_seed_gives_byte_identical_files_and_another_seed_differs(demo, tmp_path):
    out, files = demo
    again = write_demo(tmp_path / "again", EMPLOYEES, len(YEARS), start_year=YEARS[0], seed=11)
    assert [p.relative_to(tmp_path / "again") for p in again] == [p.relative_to(out) for p in files]
    for first, second in zip(files, again):
        assert first.read_bytes() == second.read_bytes(), first
    other = write_roster(tmp_path / "other.xlsx", EMPLOYEES, YEARS[0], seed=12)
    assert other.read_bytes() != (out / str(YEARS[0]) / "pegawai.xlsx").read_bytes()


def test_workbooks_carry_fixed_timestamps(demo):
    # two runs in the same two seconds would agree even with the clock in the files: check the stamps themselves
    out, files = demo
    for path in (p for p in files if p.suffix == ".xlsx"):
        with zipfile.ZipFile(path) as archive:
            assert {info.date_time for info in archive.infolist()} == {(2000, 1, 1, 0, 0, 0)}, path
            core = archive.read("docProps/core.xml").decode()
        assert re.findall(r"<dcterms:(?:created|modified)[^>]*>([^<]+)<", core) == ["2000-01-01T00:00:00Z"] * 2, path


def test_write_roster_layout_title_rows_blank_row_header(tmp_path):
    path = write_roster(tmp_path / "pegawai.xlsx", 7, 2025, seed=3)
    head, rows = _roster_cells(path)
    assert [row[0] for row in head[:3]] == ["DAFTAR NOMINATIF APARATUR SIPIL NEGARA",
                                            "BADAN KEPEGAWAIAN DAERAH PROVINSI CONTOH", "Keadaan 31 Desember 2025"]
    assert all(cell is None for cell in head[3])
    assert head[4] == ("NO", "NIP BARU", "NAMA", "TANGGAL LAHIR", "JENIS KELAMIN", "GOL AKHIR NAMA", "JENIS JABATAN NAMA",
                       "JABATAN NAMA", "TINGKAT PENDIDIKAN NAMA", "UNOR NAMA", "KEDUDUKAN HUKUM NAMA", "TMT CPNS")
    assert [row[0] for row in rows] == list(range(1, 8))


def test_roster_before_pppk_existed_is_all_pns(tmp_path):
    path = write_roster(tmp_path / "pegawai.xlsx", 60, 2015, seed=0)
    _, rows = _roster_cells(path)
    assert all(str(row[1]).replace(" ", "")[12] != "2" for row in rows)


def test_refuses_to_write_into_a_folder_with_files(tmp_path):
    (tmp_path / "lakip.yml").write_text("agency: {name: mine}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not an empty folder"):
        write_demo(tmp_path, 10, 1)
    assert (tmp_path / "lakip.yml").read_text(encoding="utf-8") == "agency: {name: mine}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lakip.yml"]


@pytest.mark.parametrize("employees, years, start", [(0, 1, 2021), (10, 0, 2021), (10, 2, 1990)])
def test_refuses_impossible_sizes(tmp_path, employees, years, start):
    with pytest.raises(ConfigError):
        write_demo(tmp_path / "new", employees, years, start_year=start)
    assert not (tmp_path / "new").exists()
