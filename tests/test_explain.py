"""``lakip check --explain`` (lakip_lib.presentation.explain) on real layouts of the corpus and on the bundled sample.

Most tests read the explanation in English (``--lang en``), as the layouts' sources are quoted; the last ones read it
as the user does by default, in Indonesian, over every layout of the corpus."""

from __future__ import annotations

from pathlib import Path

import yaml

from layouts import budget, indicators, staff
from lakip_lib.cli import main

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


def _case(module, case_id: str):
    return next(c for c in module.CASES if c.id == case_id)


def _explain(capsys, data: Path, year: int, lang: str = "en") -> tuple[int, str, str]:
    code = main(["check", "--year", str(year), "--data", str(data), "--explain", "--lang", lang])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_sample_explains_every_column_of_every_file(capsys):
    code, out, err = _explain(capsys, RAW, 2024)
    assert code == 1 and err == ""  # the sample keeps the reference's published mistakes
    assert "pegawai.xlsx\n  sheet 'DATA PNS': roster table, header row 5, body rows 6–108 (103 data rows)" in out
    assert "    F5  'GOL AKHIR NAMA' → golongan\n" in out
    assert "    J4  'Target 2024' → target@2024\n" in out
    assert out.rstrip().endswith("4 findings, 2 errors")  # the findings follow the explanation


def test_a_two_row_band_is_explained_as_paths_with_the_columns_not_used(capsys, tmp_path):
    case = _case(staff, "staff-kec-payakumbuh-selatan-terpilah-2023")
    case.write(tmp_path / str(case.year))
    code, out, _ = _explain(capsys, tmp_path, case.year)
    assert code == 1  # the published mistakes are errors
    assert "  sheet 'Lampiran B': staff summary table, header rows 8–9, body row 10 (1 data row)" in out
    assert "    C9  'JUMLAH › L' → male\n" in out
    assert "    F9  'PERSENTASE/KOMPOSISI › L' → (share, not used) (by header_rules.csv)\n" in out
    assert "rows skipped: 11 (footer)" in out
    assert "not used: I9 'PERBEDAAN GENDER'" in out


def test_split_codes_and_summed_bands_are_explained(capsys, tmp_path):
    case = _case(budget, "budget-perda-lra-lampiran-i4-split-codes")
    case.write(tmp_path / str(case.year))
    code, out, _ = _explain(capsys, tmp_path, case.year)
    assert code == 0
    assert "    B13 'Kode' → part of code\n" in out
    assert "    J13 'Kelompok Belanja › Modal › Anggaran' → part of budget\n" in out


def test_a_refused_file_gets_its_problems_and_a_lakip_yml_snippet_that_reads_it(capsys, tmp_path):
    case = _case(budget, "budget-gunungkidul-kantor-pasar-simda-lra-2014")
    case.write(tmp_path / str(case.year))
    code, out, _ = _explain(capsys, tmp_path, case.year)
    assert code == 2
    assert "— refused: a column for 'budget'" in out
    assert "not used: C7 'Sebelum', D7 'Sesudah'" in out
    snippet = out.split("name it in lakip.yml:\n", 1)[1]
    assert yaml.safe_load(snippet) == {"header_aliases": {"budget": {"budget": ["Sebelum"]}}}
    # the snippet, completed with the realisation as the case's source says, makes the file readable
    (tmp_path / "lakip.yml").write_text(yaml.safe_dump({"header_aliases": case.aliases}), encoding="utf-8")
    code, out, _ = _explain(capsys, tmp_path, case.year)
    assert code == 0 and "    C7  'Sebelum' → budget\n" in out


def _snippet(out: str) -> tuple[dict, str]:
    """The ``header_aliases:`` snippet --explain prints, as YAML, and as its text (with its comments)."""
    text = out.split("name it in lakip.yml:\n", 1)[1]
    return yaml.safe_load(text), text


def test_the_snippet_proposes_only_headers_whose_cells_fit_the_missing_field(capsys, tmp_path):
    """Three layouts: a SIMDA LRA (amounts beside a percentage and a text column), a rekap by kabupaten (names beside
    counts), and a SIMDA upload whose items span three lines (no header would mend it: no snippet at all)."""
    case = _case(budget, "budget-gunungkidul-disdikpora-simda-lra-2014")
    case.write(tmp_path / "lra" / str(case.year))
    _, out, _ = _explain(capsys, tmp_path / "lra", case.year)
    tree, text = _snippet(out)
    assert tree == {"header_aliases": {"budget": {"budget": ["Sebelum"]}}}
    assert "the headers not used whose cells are amounts: 'Sebelum', 'Sesudah', 'Angka'\n" in text + "\n"  # no Prosentase
    assert "Prosentase" not in text and "Keterangan" not in text

    case = _case(budget, "assets-sultra-ruang-kelas-2016")
    case.write(tmp_path / "sarana" / str(case.year))
    _, out, _ = _explain(capsys, tmp_path / "sarana", case.year)
    tree, text = _snippet(out)
    assert tree == {"header_aliases": {"assets": {"item": ["KABUPATEN/KOTA"]}}} and "TOTAL" not in text

    case = _case(budget, "budget-diy-dinsos-realisasi-apbd-3line-2014")
    case.write(tmp_path / "diy" / str(case.year))
    code, out, _ = _explain(capsys, tmp_path / "diy", case.year)
    assert code == 2 and "one line per item: rows 9–11" in out
    assert "header_aliases" not in out and "NOREKENING]" not in out


def test_the_snippet_says_when_no_column_fits(capsys, xlsx, tmp_path):
    """The near miss: a budget sheet whose columns not used hold codes and words, none an amount."""
    (tmp_path / "2024").mkdir()
    xlsx("2024/anggaran.xlsx", {"R": [["Kode", "Uraian", "Akun", "Sumber Dana"],
                                      ["5.03.01", "Program Penunjang", "5.1.02.01.01", "DAU"],
                                      ["5.03.01.1.01", "Perencanaan", "5.1.02.01.02", "DAU"]]})
    code, out, _ = _explain(capsys, tmp_path, 2024)
    tree, text = _snippet(out)
    assert code == 2 and tree == {"header_aliases": {"budget": {"budget": ["<the header of the budget (anggaran, pagu)>"]}}}
    assert "no column not used holds amounts: 'Akun' (codes), 'Sumber Dana' (words)" in text


def test_an_indicator_table_without_years_says_which_year_it_is_read_as(capsys, tmp_path):
    case = _case(indicators, "ind-sampang-inspektorat-na-2019")
    case.write(tmp_path / str(case.year))
    _, out, _ = _explain(capsys, tmp_path, case.year, lang="id")
    assert "→ target\n" in out
    assert "Kolom tanpa tahun ('Target', 'Realisasi', 'Capaian') dibaca sebagai tahun 2019, tahun laporan" in out


def test_the_body_is_explained_up_to_its_last_row_above_the_footer_and_the_next_table_is_looked_for_from_the_footer(capsys, tmp_path):
    """A budget table of two programs over a footer, then a second table under the footer: the body is rows 6–7 (the
    footer's row 8 ends it, and is where the next table is looked for: found at its header, row 10); a table whose
    footer is right under its header has no body row, never 'rows 13–12'."""
    from workbooks import make_workbook

    first = [["Realisasi Anggaran 2024"], [], ["Dinas Contoh"], [], ["Uraian", "Anggaran", "Realisasi"],
             ["Program A", 100, 90], ["Program B", 200, 150], ["Sumber: BPKAD"]]
    second = [[], ["Program", "Pagu", "Realisasi"], ["Program C", 300, 240], ["Program D", 400, 320]]
    (tmp_path / "2024").mkdir()
    make_workbook(tmp_path / "2024" / "anggaran.xlsx", {"Data": first + second, "Kosong": [["Uraian", "Anggaran", "Realisasi"],
                                                                                            ["Sumber: BPKAD"]]})
    _, out, _ = _explain(capsys, tmp_path, 2024)
    assert "  sheet 'Data': budget table, header row 5, body rows 6–7 (2 data rows)" in out
    assert "    rows skipped: 8 (footer)" in out
    assert "  sheet 'Data': budget table, header row 10, body rows 11–12 (2 data rows)" in out
    assert "  sheet 'Kosong': budget table, header row 1, no body row (0 data rows)" in out


def test_the_explanation_speaks_indonesian_by_default(capsys, xlsx, tmp_path):
    """As the user reads it: every line of the sample's explanation, and a refused file's snippet with its comments."""
    code = main(["check", "--year", "2024", "--data", str(RAW), "--explain"])
    out = capsys.readouterr().out
    assert code == 1
    assert "pegawai.xlsx\n  sheet 'DATA PNS': tabel daftar pegawai, baris judul kolom 5, baris isi 6–108 (103 baris data)" in out
    assert "    F5  'GOL AKHIR NAMA' → golongan\n" in out
    assert "table" not in out and "rows skipped" not in out and "not used" not in out

    (tmp_path / "2024").mkdir()
    xlsx("2024/anggaran.xlsx", {"R": [["Kode", "Uraian", "Akun", "Sumber Dana"],
                                      ["5.03.01", "Program Penunjang", "5.1.02.01.01", "DAU"],
                                      ["5.03.01.1.01", "Perencanaan", "5.1.02.01.02", "DAU"]]})
    code, out, _ = _explain(capsys, tmp_path, 2024, lang="id")
    assert code == 2 and "  tidak terbaca:\n    - " in out
    text = out.split("sebutkan di lakip.yml:\n", 1)[1]
    assert yaml.safe_load(text) == {"header_aliases": {"budget": {"budget": ["<judul kolom anggaran (pagu)>"]}}}
    assert "# anggaran (pagu); tidak ada kolom tak terpakai yang berisi nilai uang: 'Akun' (kode), 'Sumber Dana' (kata-kata)" in text


def test_every_row_skipped_and_column_read_in_the_corpus_has_its_indonesian_words(tmp_path):
    """Each role of a skipped row and each way a column was read, over all the corpus' layouts, is said in Indonesian:
    a role of :data:`ROW_ROLES` or with words of its own in both languages; a field the kit's own name (the name
    lakip.yml uses), with the category read under it, or words in both languages; a way of :data:`HOWS`. A role or a
    reading added in English only fails here, naming the layout."""
    from layouts import CASES
    from lakip_lib.config import load_project
    from lakip_lib.errors import InputError
    from lakip_lib.loading.inputs import find_inputs
    from lakip_lib.loading.year import load_dataset
    from lakip_lib.messages import Pair
    from lakip_lib.presentation.explain import HOWS, ROW_ROLES, SILENT_HOWS

    fields = {line.split(",")[1] for name in ("header_aliases.csv", "header_rules.csv")
              for line in (Path(__file__).resolve().parent.parent / "lakip_lib" / "data" / name).read_text("utf-8").splitlines()[1:]}
    english: list[str] = []
    for case in CASES:
        raw = tmp_path / case.id
        case.write(raw / str(case.year))
        project = load_project(raw / "lakip.yml", case.year)
        for dataset, path in find_inputs(raw / str(case.year))[0].items():
            try:
                records = load_dataset(dataset, path, case.year, project).recognition
            except InputError as err:
                records = getattr(err, "records", [])
            for record in records:
                english += [f"{case.id}: row {row} ({role})" for row, role in record.skipped_rows
                            if not isinstance(role, Pair) and role not in ROW_ROLES]
                english += [f"{case.id}: {cell} → {field} ({how})" for cell, _, field, how in record.columns
                            if how not in HOWS and how not in SILENT_HOWS
                            or not isinstance(field, Pair) and field.split(" ")[0].split("@")[0] not in fields | {"non-ASN"}]
    assert not english, "\n".join(english)
