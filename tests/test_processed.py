"""Cleaned datasets and the cache of load_year: files, keys, hits and misses, and a roster of 20,000 rows."""

import hashlib
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

import lakip_lib.loading.year as year_module
from filesystems import read_only, tmpfs
from lakip_lib.demo import ROSTER_SHEET, write_roster
from lakip_lib.errors import InputError, UnsafePathError
from lakip_lib.loading import load_staff, load_year
from lakip_lib.loading.processed import FRAMES, _parquet_bytes, _read, frame_hash, save_processed
from workbooks import NIP_MALE, make_workbook, rewrite_member

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "raw"
SHORT = ["NIP", "NAMA", "JK", "GOL", "JENIS JABATAN", "PENDIDIKAN"]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A copy of the bundled sample (lakip.yml and 2024), which a test may change."""
    shutil.copytree(SAMPLE, tmp_path / "raw", ignore=shutil.ignore_patterns("narasi"))
    return tmp_path / "raw"


@pytest.fixture
def parses(monkeypatch) -> list[str]:
    """The workbooks load_year parses from Excel (the real loaders run; each call is noted)."""
    calls = []
    for name in ("load_staff", "load_indicators", "load_budget", "load_assets"):
        real = getattr(year_module, name)

        def noting(path, *args, real=real, **kwargs):
            calls.append(Path(path).name)
            return real(path, *args, **kwargs)

        monkeypatch.setattr(year_module, name, noting)
    return calls


def frames(data) -> dict[str, pd.DataFrame]:
    return {f"{dataset}.{attribute}": getattr(getattr(data, dataset), attribute)
            for dataset, names in FRAMES.items() for attribute in names if getattr(getattr(data, dataset), attribute) is not None}


def assert_same_frames(fresh, cached) -> None:
    left, right = frames(fresh), frames(cached)
    assert list(left) == list(right)
    for name in left:
        pd.testing.assert_frame_equal(left[name], right[name], check_exact=True, obj=name)
        assert dict(left[name].dtypes) == dict(right[name].dtypes), name


def test_a_second_load_of_unchanged_workbooks_is_read_from_the_cache(data, tmp_path, parses):
    cache = tmp_path / "processed"
    fresh = load_year(data, 2024, cache_dir=cache)
    assert sorted(parses) == ["anggaran.xlsx", "kinerja.xlsx", "pegawai.xlsx", "sarana.xlsx"]
    written = {p: p.stat().st_mtime_ns for p in (cache / "2024").iterdir()}
    parses.clear()
    cached = load_year(data, 2024, cache_dir=cache)
    assert parses == []
    assert {p: p.stat().st_mtime_ns for p in (cache / "2024").iterdir()} == written  # a hit writes nothing
    assert_same_frames(fresh, cached)
    assert cached.staff.files == [data / "2024" / "pegawai.xlsx"] and cached.sha256 == fresh.sha256
    assert_same_frames(load_year(SAMPLE, 2024), cached)  # and equal to a load without a cache


def test_the_rosters_ordered_categoricals_come_back_from_the_cache_exactly(data, tmp_path, parses):
    """Every category, used or not, in report order, ordered: a crosstab of a cached roster is that of a fresh one."""
    cache = tmp_path / "processed"
    fresh = load_year(data, 2024, cache_dir=cache).staff.roster
    parses.clear()
    cached = load_year(data, 2024, cache_dir=cache).staff.roster
    assert parses == []
    pd.testing.assert_frame_equal(fresh, cached, check_exact=True)
    for column in ("golongan", "education", "position_type", "gender"):
        assert isinstance(cached[column].dtype, pd.CategoricalDtype) and cached[column].dtype.ordered, column
        assert cached[column].dtype == fresh[column].dtype, column  # categories, their order and dtype
    assert "SD" in cached["education"].cat.categories and not cached["education"].eq("SD").any()  # unused ones kept
    pd.testing.assert_frame_equal(pd.crosstab(cached["golongan"], cached["education"]),
                                  pd.crosstab(fresh["golongan"], fresh["education"]), check_exact=True)


def test_one_changed_byte_of_a_workbook_is_a_miss(data, tmp_path, parses):
    cache = tmp_path / "processed"
    load_year(data, 2024, cache_dir=cache)
    path = data / "2024" / "sarana.xlsx"
    raw = bytearray(path.read_bytes())
    raw[10] ^= 1  # the first member's modification time in its local header: the workbook reads the same
    path.write_bytes(raw)
    parses.clear()
    again = load_year(data, 2024, cache_dir=cache)
    assert parses == ["sarana.xlsx"]
    assert json.loads((cache / "2024" / "assets.json").read_text())["sha256"] == again.sha256["sarana.xlsx"]


def test_a_changed_cell_is_read_again(tmp_path, parses):
    year = tmp_path / "raw" / "2024"
    year.mkdir(parents=True)
    make_workbook(year / "pegawai.xlsx", {"Data": [SHORT, [NIP_MALE, "Budi", "L", "IV/a", "Struktural", "S2"]]})
    load_year(tmp_path / "raw", 2024, cache_dir=tmp_path / "processed")
    make_workbook(year / "pegawai.xlsx", {"Data": [SHORT, [NIP_MALE, "Budu", "L", "IV/a", "Struktural", "S2"]]})
    assert load_year(tmp_path / "raw", 2024, cache_dir=tmp_path / "processed").staff.roster["name"].tolist() == ["Budu"]
    assert parses == ["pegawai.xlsx", "pegawai.xlsx"]


def test_changed_header_aliases_are_a_miss(tmp_path, parses):
    raw = tmp_path / "raw"
    (raw / "2024").mkdir(parents=True)
    make_workbook(raw / "2024" / "pegawai.xlsx", {"Data": [["NIP", "JK", "Pangkat Gol Ruang", "Jenis Jabatan", "Golru"],
                                                           [NIP_MALE, "L", "III/a", "Pelaksana", "IV/b"]]})
    (raw / "lakip.yml").write_text("header_aliases:\n  staff:\n    golongan: [\"Pangkat Gol Ruang\"]\n", encoding="utf-8")
    with pytest.raises(InputError, match="one column for 'golongan'"):  # "Golru" is golongan too
        load_year(raw, 2024, cache_dir=tmp_path / "processed")
    (raw / "lakip.yml").write_text("header_aliases:\n  staff:\n    golongan: [\"Golru\"]\n", encoding="utf-8")
    assert load_year(raw, 2024, cache_dir=tmp_path / "processed").staff.roster["golongan"].tolist() == ["IV/b"]
    (raw / "lakip.yml").write_text("header_aliases:\n  staff:\n    golongan: [\"Golru\"]\n    name: [\"Pangkat Gol Ruang\"]\n", encoding="utf-8")
    parses.clear()
    assert load_year(raw, 2024, cache_dir=tmp_path / "processed").staff.roster["name"].tolist() == ["III/a"]
    assert parses == ["pegawai.xlsx"]


def test_a_damaged_or_half_written_cache_is_a_miss(data, tmp_path, parses):
    cache = tmp_path / "processed"
    fresh = load_year(data, 2024, cache_dir=cache)
    roster = cache / "2024" / "staff_roster.parquet"
    roster.write_bytes(roster.read_bytes()[:-100])  # cut short, as by a crash while writing
    (cache / "2024" / "budget.json").write_text("{", encoding="utf-8")
    (cache / "2024" / "asset_totals.parquet").unlink()
    parses.clear()
    again = load_year(data, 2024, cache_dir=cache)
    assert sorted(parses) == ["anggaran.xlsx", "pegawai.xlsx", "sarana.xlsx"]
    assert_same_frames(fresh, again)
    parses.clear()
    load_year(data, 2024, cache_dir=cache)
    assert parses == []  # the misses wrote the cache again


def test_the_cache_is_never_written_into_the_raw_data(data):
    for cache in (data, data / "2024", data / "processed"):
        with pytest.raises(UnsafePathError, match="inside the raw data folder"):
            load_year(data, 2024, cache_dir=cache)
    assert sorted(p.name for p in (data / "2024").iterdir()) == ["anggaran.xlsx", "kinerja.xlsx", "pegawai.xlsx", "sarana.xlsx"]


def test_cache_files_are_readable_by_the_owner_only(data, tmp_path):
    """They hold names, NIPs and birth dates: 0600 files in 0700 folders, whatever the umask, older folders tightened."""
    import os
    import stat

    cache = tmp_path / "processed"
    (cache / "2024").mkdir(parents=True, mode=0o755)  # a year folder an older kit left readable
    previous = os.umask(0o022)
    try:
        written = save_processed(load_year(data, 2024), cache)
    finally:
        os.umask(previous)
    assert written and {stat.S_IMODE(p.stat().st_mode) for p in written} == {0o600}
    assert stat.S_IMODE((cache / "2024").stat().st_mode) == 0o700
    fresh = tmp_path / "new" / "processed"
    load_year(data, 2024, cache_dir=fresh)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700  # a cache folder the kit made
    assert {stat.S_IMODE(p.stat().st_mode) for p in (fresh / "2024").iterdir()} == {0o600}


def test_processed_files_are_parquet_and_csv_with_formulas_neutralised(tmp_path):
    raw = tmp_path / "raw"
    (raw / "2024").mkdir(parents=True)
    source = make_workbook(tmp_path / "source.xlsx", {"Data": [SHORT, [NIP_MALE, "NAME", "L", "IV/a", "Struktural", "S2"]]})
    # a text cell that starts with "=" (openpyxl would write it as a formula)
    rewrite_member(source, raw / "2024" / "pegawai.xlsx", "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b">NAME<", b">=cmd|' /C calc'!A0<"))
    written = save_processed(load_year(raw, 2024), tmp_path / "processed")
    folder = tmp_path / "processed" / "2024"
    assert sorted(p.name for p in written) == ["staff.json", "staff_headcounts.csv", "staff_headcounts.parquet", "staff_non_asn.csv",
                                               "staff_non_asn.parquet", "staff_notes.csv", "staff_notes.parquet", "staff_roster.csv", "staff_roster.parquet", "staff_summaries.csv", "staff_summaries.parquet",
                                               "staff_totals.csv", "staff_totals.parquet"]
    assert pd.read_parquet(folder / "staff_roster.parquet")["name"].tolist() == ["=cmd|' /C calc'!A0"]  # the data as loaded
    assert (folder / "staff_roster.csv").read_text(encoding="utf-8").splitlines() == [
        "nip,name,birth_date,gender,golongan,position_type,position,education,unit,status,appointed,row",
        "196711101992031001,'=cmd|' /C calc'!A0,1967-11-10,Laki-laki,IV/a,Struktural,,S2,,PNS,1992-03-01,2"]
    again = tmp_path / "again"
    save_processed(load_year(raw, 2024), again)
    assert all((again / "2024" / p.name).read_bytes() == p.read_bytes() for p in written)  # byte-reproducible
    assert load_year(raw, 2024, cache_dir=tmp_path / "processed").staff.roster["name"].tolist() == ["=cmd|' /C calc'!A0"]


def test_a_roster_of_20000_rows_loads_and_a_bad_cell_is_named_exactly(tmp_path):
    path = write_roster(tmp_path / "pegawai.xlsx", 20_000, 2024, seed=3)
    staff = load_staff(path)
    assert len(staff.roster) == 20_000 and staff.roster["nip"].is_unique
    assert staff.roster["row"].tolist() == list(range(6, 20_006))  # three title rows, a blank row, the header in row 5
    assert staff.roster["status"].value_counts().sum() == 20_000 and staff.roster["golongan"].notna().all()
    nip = staff.roster.loc[staff.roster["row"] == 17_006, "nip"].item()

    def spoil(xml: bytes) -> bytes:
        # row 17006 (past the first piece the XML scan reads): the NIP as an Excel number; row 9006: a gender that is none
        xml = _replace_cell(xml, b"B17006", b'<c r="B17006"><v>%s</v></c>' % nip.encode())
        return _replace_cell(xml, b"E9006", b'<c r="E9006" t="inlineStr"><is><t>X</t></is></c>')

    bad = rewrite_member(path, tmp_path / "pegawai_bad.xlsx", "xl/worksheets/sheet1.xml", spoil)
    with pytest.raises(InputError) as caught:
        load_staff(bad)
    assert [str(p) for p in caught.value.problems] == [
        f"pegawai_bad.xlsx, sheet '{ROSTER_SHEET}', cell B17006, column 'NIP BARU': got {float(nip)!r}, "
        "expected the NIP as text: stored as a number it loses its last digits",
        f"pegawai_bad.xlsx, sheet '{ROSTER_SHEET}', cell E9006, column 'JENIS KELAMIN': got 'X', expected L/P, Laki-laki or Perempuan"]


def _replace_cell(xml: bytes, ref: bytes, cell: bytes) -> bytes:
    """The sheet XML with the cell ``ref`` (``B17006``) replaced by ``cell``."""
    start = xml.index(b'<c r="' + ref + b'"')
    return xml[:start] + cell + xml[xml.index(b"</c>", start) + 4:]


def test_dtypes_in_the_key_are_checked_never_applied(data, tmp_path, parses):
    """budget.json saying float32 for the budget column must not round 13.201.715.554 to 13.201.715.200."""
    cache = tmp_path / "processed"
    fresh = load_year(data, 2024, cache_dir=cache)
    assert fresh.budget.rows["budget"].iloc[0] == 13_201_715_554
    keyfile = cache / "2024" / "budget.json"
    key = json.loads(keyfile.read_text(encoding="utf-8"))
    key["frames"]["rows"]["columns"] = [[c, "float32" if c == "budget" else t] for c, t in key["frames"]["rows"]["columns"]]
    keyfile.write_text(json.dumps(key), encoding="utf-8")
    parses.clear()
    again = load_year(data, 2024, cache_dir=cache)
    assert parses == ["anggaran.xlsx"]  # a miss, rebuilt from the workbook
    assert again.budget.rows["budget"].iloc[0] == 13_201_715_554
    assert_same_frames(fresh, again)


def _rewrite_budget_rows(cache: Path, change) -> None:
    """Rewrite the cached budget rows through ``change`` and name the new file's hash in the key, as a careful editor would."""
    parquet = cache / "2024" / "budget_rows.parquet"
    change(pd.read_parquet(parquet)).to_parquet(parquet, index=False)
    keyfile = cache / "2024" / "budget.json"
    key = json.loads(keyfile.read_text(encoding="utf-8"))
    key["frames"]["rows"]["sha256"] = hashlib.sha256(parquet.read_bytes()).hexdigest()
    keyfile.write_text(json.dumps(key), encoding="utf-8")


def test_a_rewritten_parquet_with_its_file_hash_updated_is_a_miss(data, tmp_path, parses):
    """The frame's own content hash catches a Parquet file rewritten with other numbers, even when the key names its new bytes."""
    cache = tmp_path / "processed"
    fresh = load_year(data, 2024, cache_dir=cache)
    _rewrite_budget_rows(cache, lambda rows: rows.assign(realised=rows["realised"] * 1.9897))  # 198,97% absorption
    parses.clear()
    again = load_year(data, 2024, cache_dir=cache)
    assert parses == ["anggaran.xlsx"]
    assert_same_frames(fresh, again)


def test_a_parquet_whose_schema_differs_from_its_key_is_a_miss(data, tmp_path, parses):
    """A frame stored with another dtype (its hash and the key's file hash made to match) is not what the key says: a miss."""
    cache = tmp_path / "processed"
    fresh = load_year(data, 2024, cache_dir=cache)
    _rewrite_budget_rows(cache, lambda rows: rows.assign(budget=rows["budget"].astype("float32")))
    parses.clear()
    assert_same_frames(fresh, load_year(data, 2024, cache_dir=cache))
    assert parses == ["anggaran.xlsx"]


def test_a_cache_that_cannot_be_written_is_left_out_with_a_warning(data, tmp_path):
    """A cache folder on a read-only disk (root writes through chmod, so a read-only tmpfs) was an OSError."""
    with tmpfs(tmp_path / "disk") as disk:
        read_only(disk)
        with pytest.warns(UserWarning, match=r"cannot write the cache .*\(Read-only file system\): loading without it"):
            loaded = load_year(data, 2024, cache_dir=disk / "processed")
    assert_same_frames(load_year(data, 2024), loaded)


def test_an_ordered_categorical_comes_back_with_its_categories_and_order(tmp_path):
    """Rosters hold ordered categoricals (golongan in report order): the schema check reads them as such, and the
    content hash tells their categories and order apart."""
    frame = pd.DataFrame({"golongan": pd.Categorical(["III/a", None], categories=["IV/a", "III/a", "II/a"], ordered=True),
                          "row": [2, 3]})
    data = _parquet_bytes(frame)
    path = tmp_path / "staff_roster.parquet"
    path.write_bytes(data)
    entry = {"sha256": hashlib.sha256(data).hexdigest(), "columns": [["golongan", "category"], ["row", "int64"]],
             "content": frame_hash(frame)}
    back = _read(path, entry)
    pd.testing.assert_frame_equal(back, frame)
    assert back["golongan"].cat.categories.tolist() == ["IV/a", "III/a", "II/a"] and back["golongan"].cat.ordered
    reordered = frame.assign(golongan=frame["golongan"].cat.reorder_categories(["II/a", "III/a", "IV/a"]))
    assert frame_hash(reordered) != frame_hash(frame)
    assert _read(path, {**entry, "content": frame_hash(reordered)}) is None
