"""``lakip.yml`` values of the wrong kind are one line naming the file and the key (issue 12, probe 10).

Before, ``limits: {max_cells: banyak}`` and a category ``above: abc`` ended
``lakip check`` in a ValueError traceback and ``lakip build`` in a
ValueError blamed on a notebook; a negative limit was taken and made every
workbook "too large"; ``agency.name: {a: 1}`` was printed as ``{'a': 1}``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from corpus import run_lakip, sample_copy
from lakip_lib import config
from lakip_lib.cli import main
from lakip_lib.config import load_project

SAMPLE_YML = Path(__file__).resolve().parent.parent / "data" / "raw" / "lakip.yml"

CASES = {
    "limits: {max_cells: banyak}": "lakip.yml: limits.max_cells must be a positive number such as 60000000, got 'banyak'",
    "limits: {max_file_mb: -5}": "lakip.yml: limits.max_file_mb must be a positive number such as 512, got -5",
    "limits: {max_uncompressed_mb: 0}": "lakip.yml: limits.max_uncompressed_mb must be a positive number such as 2048, got 0",
    "limits: {max_cels: 10}": ("lakip.yml: limits.max_cels is not a limit the kit knows: use max_file_mb, max_uncompressed_mb, "
                               "max_compression_ratio, max_cells"),
    "agency: {name: {a: 1}}": "lakip.yml: agency.name must be text, got a mapping {'a': 1}: write the text, in quotes if it holds ':' or '#'",
    "signatory: {name: [GUNAWAN]}": "lakip.yml: signatory.name must be text, got a list ['GUNAWAN']: write the text, in quotes if it holds ':' or '#'",
    "agency: {short_name: yes}": "lakip.yml: agency.short_name must be text, got True: write the text, in quotes if it holds ':' or '#'",
    "report: {capaian: {categories: [{above: abc, id: Baik}, {above: null, id: Kurang}]}}":
        "lakip.yml: report.capaian.categories[0].above must be a number of percent, or none for the lowest category, got 'abc'",
    "position_types: {Analis Kebijakan: JFT}": ("lakip.yml: position_types.Analis Kebijakan: 'JFT' is no position type; write "
                                                "one of Struktural, Fungsional, Pelaksana"),
    "position_types: [Analis Kebijakan]": "lakip.yml: 'position_types' must be a mapping",
    "report: {capaian: {cap: .inf}}": "lakip.yml: report.capaian.cap must be none or a positive number such as 100 or 120, got inf",
    "report: {efficiency_band: true}": "lakip.yml: report.efficiency_band must be a number of percentage points, got True",
    "report: {docx_template: kop.docm}": ("lakip.yml: report.docx_template: 'kop.docm' is a macro-enabled file, and the kit "
                                          "never keeps macros: in Word, save it as a Word Document (.docx)"),
    "report: {docx_template: kop.pdf}": "lakip.yml: report.docx_template: 'kop.pdf' is not a Word document: name a .docx (or .dotx) file",
    "report: {docx_template: ../kop.docx}": ("lakip.yml: report.docx_template: '../kop.docx' must be a path inside the folder "
                                             "of lakip.yml, such as templat/lakip.docx"),
    "report: {docx_template: /etc/kop.docx}": ("lakip.yml: report.docx_template: '/etc/kop.docx' must be a path inside the "
                                               "folder of lakip.yml, such as templat/lakip.docx"),
    "report: {docx_template: [kop.docx]}": ("lakip.yml: report.docx_template must be text, got a list ['kop.docx']: write the "
                                            "text, in quotes if it holds ':' or '#'"),
    "acknowledgements: {check: over_budget}": "lakip.yml: acknowledgements must be a list",
    "acknowledgements: [over_budget]": ("lakip.yml: acknowledgements[0] must be a mapping {check: ..., location: ..., "
                                        "explanation: ...}, got 'over_budget'"),
    "acknowledgements: [{check: over_budget, explanation: sesuai SP2D}]": (
        "lakip.yml: acknowledgements[0] needs location: the finding's location as lakip check prints it, such as "
        "\"anggaran.xlsx:Realisasi!row 16\""),
    "acknowledgements: [{check: over_budget, location: 'anggaran.xlsx:Realisasi!row 16'}]": (
        "lakip.yml: acknowledgements[0] needs explanation: the agency's explanation printed in the report, such as "
        "\"realisasi sesuai SP2D\""),
    "acknowledgements: [{check: over_budget, location: x, explanation: y, reason: z}]": (
        "lakip.yml: acknowledgements[0].reason is not a key of an acknowledgement: use check, location, explanation"),
    "acknowledgements: [{check: [over_budget], location: x, explanation: y}]": (
        "lakip.yml: acknowledgements[0].check must be text, got a list ['over_budget']: write the text, in quotes if it holds "
        "':' or '#'"),
    "years: {2024: {acknowledgements: [{location: x, explanation: y}]}}": (
        "lakip.yml: acknowledgements[0] needs check: the finding's check id as lakip check prints it, such as over_budget"),
    "bundled_sample: ya": "lakip.yml: bundled_sample must be true or false, got 'ya'",
    "agency: {logo: logo.png}": ("lakip.yml: agency.logo names logo.png, which is not in the data folder: put the logo "
                                 "next to lakip.yml, or remove the setting"),
    "agency: {logo: 'https://example.org/logo.png'}": (
        "lakip.yml: agency.logo: 'https://example.org/logo.png' must be a file inside the folder of lakip.yml, such as "
        "logo.png: the logo is embedded in the report, never fetched"),
    "agency: {logo: ../logo.png}": ("lakip.yml: agency.logo: '../logo.png' must be a file inside the folder of lakip.yml, "
                                    "such as logo.png: the logo is embedded in the report, never fetched"),
    "agency: {logo: logo.svg}": "lakip.yml: agency.logo: 'logo.svg' is not a PNG or JPEG image: save the logo as .png (or .jpg)",
}


def _merged(data, setting: str) -> None:
    """The sample's lakip.yml with ``setting`` (YAML flow text) laid over it."""
    path = data / "lakip.yml"
    project = yaml.safe_load(path.read_text(encoding="utf-8"))
    for key, value in yaml.safe_load(setting).items():
        if isinstance(value, dict) and isinstance(project.get(key), dict):
            for inner, leaf in value.items():
                if isinstance(leaf, dict) and isinstance(project[key].get(inner), dict):
                    project[key][inner].update(leaf)
                else:
                    project[key][inner] = leaf
        else:
            project[key] = value
    path.write_text(yaml.safe_dump(project, allow_unicode=True), encoding="utf-8")


@pytest.mark.parametrize(("setting", "message"), CASES.items(), ids=list(CASES))
def test_a_wrong_value_is_one_line_naming_lakip_yml_and_the_key(tmp_path, capsys, setting, message):
    data = sample_copy(tmp_path / "raw")
    _merged(data, setting)
    assert main(["check", "--year", "2024", "--data", str(data), "--lang", "en"]) == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", f"lakip: {message}\n")


def test_a_build_with_a_wrong_value_fails_the_year_with_that_line(tmp_path, capsys):
    data = sample_copy(tmp_path / "raw")
    _merged(data, "limits: {max_cells: banyak}")
    assert main(["build", "--year", "2024", "--data", str(data), "--out", str(tmp_path / "out"), "--lang", "en"]) == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", f"2024: FAILED: {CASES['limits: {max_cells: banyak}']}\n")


@pytest.mark.parametrize("content", [b"bukan gambar", b"\x89PNG\r\n\x1a\n" + b"\0" * 40], ids=["text", "damaged-png"])
def test_a_logo_that_is_no_image_is_one_line_naming_lakip_yml(tmp_path, capsys, content):
    data = sample_copy(tmp_path / "raw")
    (data / "logo.png").write_bytes(content)
    _merged(data, "agency: {logo: logo.png}")
    assert main(["check", "--year", "2024", "--data", str(data), "--lang", "en"]) == 2
    assert capsys.readouterr().err == ("lakip: lakip.yml: agency.logo: logo.png is not a PNG or JPEG image that opens: "
                                       "export the logo again as PNG\n")


def test_a_logo_is_read_and_is_an_input_of_the_report(tmp_path):
    from PIL import Image

    from lakip_lib.loading.inputs import project_files

    (tmp_path / "gambar").mkdir()
    Image.new("RGB", (40, 30), (0, 114, 178)).save(tmp_path / "gambar" / "logo.jpg", "JPEG")
    (tmp_path / "lakip.yml").write_text("agency: {name: Dinas Contoh, logo: gambar/logo.jpg}\n", encoding="utf-8")
    assert load_project(tmp_path / "lakip.yml", 2024).logo == "gambar/logo.jpg"
    assert config.check_logo(tmp_path / "gambar" / "logo.jpg", "lakip.yml: agency.logo") == "image/jpeg"
    assert tmp_path / "gambar" / "logo.jpg" in project_files(tmp_path, 2024)  # a new logo rebuilds the report


def test_numbers_and_dates_where_text_belongs_are_read_as_text(tmp_path):
    (tmp_path / "lakip.yml").write_text("agency: {region: 17}\nsignatory: {date: 2025-01-29}\nlimits: {max_cells: 1000}\n",
                                        encoding="utf-8")
    project = load_project(tmp_path / "lakip.yml")
    assert (project.region, project.signatory.date, project.limits) == ("17", "2025-01-29", {"max_cells": 1000.0})


# A "billion laughs" in YAML: each alias list holds nine of the one before; *i stands for 9^9 (387 million) texts.
ALIAS_BOMB = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n" for previous, name in zip("abcdefgh", "bcdefghi"))


def test_a_yaml_alias_bomb_is_refused_at_once_naming_lakip_yml(tmp_path):
    """Before: 40 s and 3,2 GB, accepted by ``check``; under a header alias, a MemoryError (issue 12, probe 6)."""
    data = sample_copy(tmp_path / "raw")
    (data / "lakip.yml").write_text(ALIAS_BOMB + "header_aliases:\n  staff:\n    nip: *i\n", encoding="utf-8")
    run = run_lakip(["check", "--year", "2024", "--data", str(data), "--no-cache"], cwd=tmp_path, timeout=60, memory_limit=1 << 30)
    # the command's default language, its numbers written as Indonesian writes them
    assert (run.code, run.stdout, run.stderr) == (2, "", "lakip: lakip.yml: alias (*nama) di dalamnya membuatnya memuat lebih dari "
                                                        "100.000 nilai, baris 6: tulis pengaturannya lengkap tanpa alias\n")
    assert run.cpu_seconds < 5 and run.peak_mb < 256


def test_an_alias_that_holds_itself_is_refused_and_plain_aliases_are_read(tmp_path):
    path = tmp_path / "lakip.yml"
    path.write_text("agency: &me {name: Dinas, parent: *me}\n", encoding="utf-8")
    with pytest.raises(config.ConfigError, match=r"^lakip.yml: an alias \(\*name\) on line 1 refers to a value that holds it"):
        load_project(path)
    path.write_text("header_aliases:\n  staff: {nip: &nip [NIP BARU, NIP 18]}\n  assets: {name: *nip}\n", encoding="utf-8")
    assert load_project(path).header_aliases == {"staff": {"nip": ["NIP BARU", "NIP 18"]}, "assets": {"name": ["NIP BARU", "NIP 18"]}}


# ---------------------------------------------------------------- several years

YEARS = """\
agency: {name: "Dinas Contoh"}
signatory: {name: "KEPALA LAMA", title: "Kepala Dinas", date: "2025-01-29"}
report:
  capaian: {cap: 100}
  sources: {indicators: "Perjanjian Kinerja Tahun {year} (realisasi {prev_year}, disusun {next_year})", staff: "SIASN {x}"}
years:
  2025:
    signatory: {name: "KEPALA BARU", date: "2026-01-30"}
    report: {capaian: {cap: 120}}
  2026:
    report: {sources: {staff: "SIMPEG {year}"}}
"""


def test_a_years_settings_lie_over_the_shared_ones_for_that_year_only(tmp_path):
    path = tmp_path / "lakip.yml"
    path.write_text(YEARS, encoding="utf-8")
    shared, own, other = load_project(path, 2024), load_project(path, 2025), load_project(path, 2026)
    assert (shared.signatory.name, shared.signatory.date, shared.rules.cap) == ("KEPALA LAMA", "2025-01-29", 100.0)
    # a mapping is merged key by key: the title stays, the name and date are the year's own
    assert (own.signatory.name, own.signatory.title, own.signatory.date, own.rules.cap) == ("KEPALA BARU", "Kepala Dinas", "2026-01-30", 120.0)
    assert own.agency == "Dinas Contoh" and own.notes == ()
    assert other.sources == {"indicators": "Perjanjian Kinerja Tahun 2026 (realisasi 2025, disusun 2027)", "staff": "SIMPEG 2026"}
    assert shared.sources["staff"] == "SIASN {x}"  # braces that are no year placeholder are kept


def test_a_shared_signing_date_is_printed_only_in_the_report_of_the_year_before_it(tmp_path):
    """The 2025 report must not carry the date the 2024 report was signed on: left blank, and a finding says so."""
    path = tmp_path / "lakip.yml"
    path.write_text(YEARS, encoding="utf-8")
    assert load_project(path, 2024).signatory.date == "2025-01-29"
    later = load_project(path, 2026)
    assert later.signatory.date == ""
    assert [check for check, _, _ in later.notes] == ["signing_date_other_year"]
    assert later.notes[0][1] == ("Tanggal penandatanganan 2025-01-29 di lakip.yml bukan tahun 2027, saat laporan 2026 "
                                 "ditandatangani, jadi tidak dicetak: isi years: 2026: signatory: date di lakip.yml")
    path.write_text('signatory: {date: "{next_year}-01-31"}\n', encoding="utf-8")
    assert [load_project(path, y).signatory.date for y in (2023, 2024)] == ["2024-01-31", "2025-01-31"]


@pytest.mark.parametrize(("text", "message"), [
    ("years: [2025]", "lakip.yml: 'years' must map a year to its settings"),
    ("years: {next: {agency: {name: X}}}", "lakip.yml: years.next must be a year such as 2025"),
    ("years: {2025: Dinas}", "lakip.yml: years.2025 must be a mapping of settings"),
    ("years: {2025: {agency: {name: [X]}}}", "lakip.yml: agency.name must be text, got a list"),
])
def test_wrong_years_settings_are_one_line_naming_the_key(tmp_path, text, message):
    path = tmp_path / "lakip.yml"
    path.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(config.ConfigError, match="^" + re.escape(message)):
        load_project(path, 2025)


def test_the_sample_names_the_year_of_each_report_in_its_sources():
    assert load_project(SAMPLE_YML, 2025).sources["indicators"] == "Perjanjian Kinerja dan realisasi Tahun 2025"
    assert load_project(SAMPLE_YML, 2024).sources["indicators"] == "Perjanjian Kinerja dan realisasi Tahun 2024"


def test_acknowledgements_are_read_per_year_and_an_unmatched_one_is_named_by_lakip_check(tmp_path, capsys):
    data = sample_copy(tmp_path / "raw")
    _merged(data, """years: {2024: {acknowledgements: [
        {check: over_budget, location: "anggaran.xlsx:Realisasi!row 16", explanation: "sesuai SP2D"},
        {check: over_budget, location: "anggaran.xlsx:Realisasi!row 99", explanation: "baris lama"}]}}""")
    project = load_project(data / "lakip.yml", 2024)
    assert [(a.check, a.location, a.explanation) for a in project.acknowledgements] == [
        ("over_budget", "anggaran.xlsx:Realisasi!row 16", "sesuai SP2D"), ("over_budget", "anggaran.xlsx:Realisasi!row 99", "baris lama")]
    assert load_project(data / "lakip.yml", 2025).acknowledgements == ()  # another year's errors are its own
    sample = load_project(SAMPLE_YML, 2024)
    assert sample.bundled_sample and sample.acknowledgements == ()  # the sample keeps the reference's mistakes unexplained
    assert main(["check", "--year", "2024", "--data", str(data), "--no-cache"]) == 1  # the sum_mismatch is still open
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("KESALAHAN  sum_mismatch anggaran.xlsx:Realisasi!row 14: ")
    assert lines[1].startswith("DIJELASKAN over_budget anggaran.xlsx:Realisasi!row 16: ")
    assert lines[1].endswith("(penjelasan instansi: sesuai SP2D)")
    assert ("lakip.yml: acknowledgements menjelaskan over_budget di anggaran.xlsx:Realisasi!row 99, tetapi tidak ada "
            "kesalahan itu (sudah diperbaiki, atau check/location salah ketik)") in lines
    assert lines[-1] == "4 temuan, 1 kesalahan, 1 kesalahan dijelaskan di lakip.yml"
