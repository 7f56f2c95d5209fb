"""The ``lakip`` command end to end (issue 4, "Done when"), with real papermill builds.

Two build runs share everything the checks need (a build costs ~10 s):

- ``lakip build --all --jobs 2`` over a data folder holding a generated 2023
  (``lakip demo``, 150 employees), the bundled 2024 sample and a partial 2025
  (a roster only), with the sample's ``lakip.yml`` and narrative;
- ``lakip build --all --jobs 2 --lang en`` over the same 2023 and 2024 with a
  2023 file replaced by garbage: 2023 fails, 2024 is built in English.

The builds run the installed console script in a subprocess, as a user would;
``lakip check`` runs in-process through :func:`lakip_lib.cli.main`, except for
the user mistake, whose point is what the terminal shows.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from lakip_lib import cli
from lakip_lib.cli import main
from browser_support import ACKNOWLEDGEMENTS, acknowledged_build, acknowledged_data
from filesystems import read_only, tmpfs
from lakip_lib.demo import write_roster

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw"
LAKIP = Path(sys.executable).with_name("lakip")  # the console script installed beside this interpreter
DEMO_EMPLOYEES = 150


def _lakip(*args: object, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LAKIP), *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=600)


def _html(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> dict[str, Path]:
    """``good``: 2023 demo, 2024 sample, 2025 roster only; ``broken``: 2023 with a garbage budget file, 2024 sample."""
    root = tmp_path_factory.mktemp("cli")
    assert main(["demo", "--employees", str(DEMO_EMPLOYEES), "--years", "1", "--start-year", "2023",
                 "--seed", "5", "--out", str(root / "demo")]) == 0
    good = root / "good"
    good.mkdir()
    shutil.copy(SAMPLE / "lakip.yml", good / "lakip.yml")
    shutil.copytree(SAMPLE / "narasi", good / "narasi")
    shutil.copytree(SAMPLE / "2024", good / "2024")
    shutil.copytree(root / "demo" / "2023", good / "2023")
    (good / "2025").mkdir()
    write_roster(good / "2025" / "pegawai.xlsx", DEMO_EMPLOYEES, 2025, seed=5)
    broken = root / "broken"
    shutil.copytree(good, broken, ignore=shutil.ignore_patterns("2025"))
    (broken / "2023" / "anggaran.xlsx").write_bytes(b"PK\x03\x04" + bytes(60))  # a truncated workbook
    return {"root": root, "good": good, "broken": broken}


@pytest.fixture(scope="module")
def build_all(folders) -> tuple[subprocess.CompletedProcess, Path]:
    out = folders["root"] / "out-id"
    return _lakip("build", "--all", "--jobs", 2, "--data", folders["good"], "--out", out, cwd=folders["root"]), out


@pytest.fixture(scope="module")
def build_broken_en(folders) -> tuple[subprocess.CompletedProcess, Path]:
    out = folders["root"] / "out-en"
    return _lakip("build", "--all", "--jobs", 2, "--lang", "en", "--data", folders["broken"], "--out", out,
                  cwd=folders["root"]), out


# ---------------------------------------------------------------- (a) every year folder is built

def test_build_all_builds_every_year(build_all):
    run, out = build_all
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    for year in (2023, 2024, 2025):
        assert [line for line in lines if line.startswith(f"{year}: built in ")], run.stdout
        assert (out / str(year) / f"lakip-{year}.html").is_file()
    assert "FAILED" not in run.stdout + run.stderr


@pytest.mark.parametrize("year", [2023, 2024])
def test_each_full_year_has_all_its_tables(build_all, year):
    _, out = build_all
    html = _html(out / str(year) / f"lakip-{year}.html")
    numbers = {span.get_text() for span in html.select("figcaption .number")}
    expected = {f"Tabel 1.{i}" for i in range(1, 7)} | {f"Tabel 3.{i}" for i in range(1, 8)}
    assert expected <= numbers
    assert "Data belum tersedia" not in html.get_text()


def test_the_generated_year_reports_its_own_figures_and_no_findings(build_all):
    _, out = build_all
    html = _html(out / "2023" / "lakip-2023.html")
    assert [td.get_text() for td in html.select("#tabel-1-1 tbody td")][-1] == str(DEMO_EMPLOYEES)
    assert "Program Penunjang Urusan Pemerintahan Daerah Provinsi" in html.select_one("#tabel-3-6").get_text()
    # its only finding: the sample's lakip.yml carries the 2024 report's signing date, which the 2023 report leaves out
    checks = (out / "2023" / "tables" / "checks.csv").read_text(encoding="utf-8").splitlines()
    assert checks[1:] == ['warning,project,lakip.yml,"Tanggal penandatanganan 2025-01-29 di lakip.yml bukan tahun 2024, saat '
                          'laporan 2023 ditandatangani, jadi tidak dicetak: isi years: 2023: signatory: date di lakip.yml"']
    assert "Bengkulu, " not in html.select_one(".signature").get_text()


def test_the_sample_year_reports_the_published_figures(build_all):
    _, out = build_all
    html = _html(out / "2024" / "lakip-2024.html")
    assert [td.get_text() for td in html.select("#tabel-1-1 tbody td")][-1] == "103"
    text = html.get_text()
    for figure in ("17.077.265.554", "16.832.046.366", "98,56%", "3.752.626.072"):
        assert figure in text, figure
    assert "BAB I PENDAHULUAN" in text


# ---------------------------------------------------------------- (c) a partial year

def test_the_samples_2023_folder_of_realisations_is_said_to_be_trend_data(tmp_path):
    """The sample's 2023/ holds only the 2023 realisations the LAKIP 2024 quotes (issue 13, item 8): ``--all`` builds
    its partial report, says what it lacks and that it is the 2024 report's trend data; 2024 reads 2023 from it."""
    run = _lakip("build", "--all", "--data", SAMPLE, "--out", tmp_path / "out", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("2023: built in "))
    assert lines[start].endswith("(data tidak ada: pegawai, anggaran, sarana)")
    assert ("  2023/ hanya berisi data kinerja: laporan 2023 tidak lengkap, dan realisasi indikatornya menjadi data tren "
            "laporan 2024") in lines[start:start + 5]
    assert not [line for line in lines if "hanya berisi data kinerja" in line and "2024/" in line]
    trend = _html(tmp_path / "out" / "2024" / "lakip-2024.html").select_one("section.indicator table.trend tbody tr")
    assert [" ".join(td.get_text().split()) for td in trend.select("td")] == ["2023", "-", "39,99", "-", "data tahun 2023"]
    # a year of realisations without targets measured nothing: its row of the headline trend says so, not "0 dari 0"
    rows = _html(tmp_path / "out" / "2024" / "lakip-2024.html").select("#tabel-tren tbody tr")
    assert [" ".join(td.get_text().split()) for td in rows[0].select("td")] == ["2023", "-", "-", "-"]
    # the partial 2023 report says what it can: realisations without targets, none of 2024's analysis texts
    earlier = _html(tmp_path / "out" / "2023" / "lakip-2023.html")
    text = " ".join(earlier.get_text().split())
    assert "Realisasi tahun 2023 sebesar 39,99; targetnya tidak tercantum dalam data, sehingga capaiannya tidak dapat dihitung." in text
    assert "target belum tercapai" not in text and "nan" not in text.split()
    assert " ".join(earlier.select_one("#kartu-sakip").get_text(" ").split()) == "BB Nilai SAKIP"
    assert "Belum ada indikator yang dapat diukur capaiannya pada tahun 2023" in text
    assert earlier.select(".narrative p") == [] and "Perjanjian Kinerja Tahun 2023 dengan realisasinya" in text


def test_partial_year_names_its_missing_data_on_the_console(build_all):
    run, _ = build_all
    line = next(line for line in run.stdout.splitlines() if line.startswith("2025: "))
    assert "(data tidak ada: kinerja, anggaran, sarana)" in line
    # under it, one line per missing dataset: what the report lacks and the name the file needs
    after = run.stdout.splitlines()[run.stdout.splitlines().index(line) + 1:][:3]
    assert [text.split(":")[0] for text in after] == ["  tidak ada data kinerja (Perjanjian Kinerja dan realisasinya)",
                                                      "  tidak ada data anggaran (realisasi anggaran)",
                                                      "  tidak ada data sarana dan prasarana"]
    assert "nama file yang dibaca: kinerja*.xlsx (.xls, .xlsb, .ods, .csv) di 2025/" in after[0]


def test_partial_year_report_says_what_is_missing_and_has_only_staff_tables(build_all):
    _, out = build_all
    html = _html(out / "2025" / "lakip-2025.html")
    notes = [div.get_text(" ", strip=True) for div in html.select("div.missing")]
    assert notes and all(note.startswith("Data belum tersedia") for note in notes)
    for name in ("kinerja.xlsx", "anggaran.xlsx", "sarana.xlsx"):
        assert any(name in note for note in notes), (name, notes)
    numbers = {span.get_text() for span in html.select("figcaption .number")}
    assert {"Tabel 1.1", "Tabel 1.2", "Tabel 1.3", "Tabel 1.4"} <= numbers
    # Bab I's staff tables and figures; in Bab III only the trend over the years the folder holds
    trend = html.select_one("#tabel-tren .number").get_text()
    assert {number for number in numbers if not number.split()[1].startswith("1.")} == {trend}
    assert not html.select("#tabel-1-5, #tabel-1-6, #tabel-3-1, #tabel-3-6, #tabel-3-7")
    assert [td.get_text() for td in html.select("#tabel-1-1 tbody td")][-1] == str(DEMO_EMPLOYEES)


# ---------------------------------------------------------------- (b) a broken year fails alone

def test_broken_year_fails_with_one_line_naming_the_file(build_broken_en):
    run, out = build_broken_en
    assert run.returncode == 1
    failed = [line for line in (run.stdout + run.stderr).splitlines() if "FAILED" in line]
    assert len(failed) == 1 and failed[0].startswith("2023: FAILED: "), run.stderr
    assert "anggaran.xlsx" in failed[0], failed[0]
    assert "expected a complete workbook: export or copy it again" in failed[0], failed[0]  # --lang en: the kernel's too
    assert "Traceback" not in run.stderr
    assert not (out / "2023").exists()


def test_other_years_still_build_when_one_fails(build_broken_en):
    run, out = build_broken_en
    assert [line for line in run.stdout.splitlines() if line.startswith("2024: built in ")], run.stdout
    assert (out / "2024" / "lakip-2024.html").is_file()


# ---------------------------------------------------------------- (d) English

def test_lang_en_gives_an_english_report(build_broken_en):
    _, out = build_broken_en
    html = _html(out / "2024" / "lakip-2024.html")
    text = html.get_text()
    assert "CHAPTER I" in text and "BAB I" not in text
    assert "98.56%" in text and "98,56%" not in text
    assert "17,077,265,554" in text
    assert "13,201,715,554" in html.select_one("#tabel-3-6").get_text()


# ---------------------------------------------------------------- the publish gate (issue 13, item 6)

def _after(stdout: str, year: int) -> list[str]:
    """The indented lines under ``year``'s build line."""
    lines = stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{year}: "))
    following = []
    for line in lines[start + 1:]:
        if not line.startswith(" "):
            break
        following.append(line)
    return following


def test_the_sample_builds_as_a_draft_listing_its_errors_under_the_build_line(build_all):
    run, out = build_all
    assert run.returncode == 0, run.stderr
    under = _after(run.stdout, 2024)
    assert under[0] == f"  DRAFT: 2 kesalahan data belum diperbaiki atau dijelaskan; rinciannya di {out / '2024' / 'pemeriksaan-2024.html'}"
    assert under[1].startswith("    KESALAHAN sum_mismatch anggaran.xlsx:Realisasi!row 14: 5.03.02 Program Kepegawaian Daerah: ")
    assert under[2].startswith("    KESALAHAN over_budget anggaran.xlsx:Realisasi!row 16: 5.03.02.1.02 Mutasi dan Promosi ASN: ")
    # the sample's lakip.yml says it is the bundled sample: one line says the draft is on purpose
    assert under[3:] == ["  ini contoh bawaan kit: laporannya sengaja DRAFT, karena memuat kesalahan laporan rujukan apa adanya "
                         "(bundled_sample di lakip.yml)"]
    assert _after(run.stdout, 2023) == []  # a year without errors is final, and says nothing
    html = _html(out / "2024" / "lakip-2024.html")
    assert html.select_one(".draft-band").get_text(" ", strip=True).startswith("DRAFT Laporan ini belum final: 2 kesalahan data")
    assert _html(out / "2023" / "lakip-2023.html").select_one(".draft-band") is None
    assert [row.select("td")[1].get_text() for row in html.select("#tabel-3-7 tr.flagged")] == [
        "Program Kepegawaian Daerah *1)", "Mutasi dan Promosi ASN *2)"]
    assert [p.get_text()[:40] for p in html.select("#tabel-3-7 .note.flag")] == [
        "*1) Kesalahan data, belum diperbaiki ata", "*2) Kesalahan data, belum diperbaiki ata"]


def test_the_index_of_years_marks_the_draft_year(build_all):
    _, out = build_all
    page = (out / "index.html").read_text(encoding="utf-8")
    rows = dict(re.findall(r"<tr><td>(\d{4})</td><td>(.*?)</td>", page))
    assert rows["2024"].endswith('<strong class="draft" title="2 kesalahan data belum diperbaiki atau dijelaskan">DRAFT</strong>')
    assert "DRAFT" not in rows["2023"] + rows["2025"]


def test_the_draft_lines_follow_lang(build_broken_en):
    run, out = build_broken_en
    under = _after(run.stdout, 2024)
    assert under[0] == f"  DRAFT: 2 data errors neither fixed nor explained; the details are in {out / '2024' / 'pemeriksaan-2024.html'}"
    assert under[2].startswith("    ERROR over_budget anggaran.xlsx:Realisasi!row 16: 5.03.02.1.02 Mutasi dan Promosi ASN: realisation ")
    assert under[3].startswith("  this is the kit's bundled sample: its report is a DRAFT on purpose")


def test_final_refuses_a_draft_year_that_is_up_to_date_and_leaves_it_as_it_is(build_all, folders):
    _, out = build_all
    before = {p: p.read_bytes() for p in (out / "2024").rglob("*") if p.is_file()}
    run = _lakip("build", "--year", 2024, "--final", "--data", folders["good"], "--out", out, cwd=folders["root"])
    assert run.returncode == 1
    assert run.stdout == ""
    lines = run.stderr.splitlines()
    assert lines[0] == "2024: FAILED: laporan final ditolak: 2 kesalahan data belum diperbaiki atau dijelaskan"
    assert lines[1].startswith("  KESALAHAN sum_mismatch anggaran.xlsx:Realisasi!row 14: ")
    assert lines[2] == ('    perbaiki datanya, atau jelaskan di lakip.yml di bawah years: 2024: acknowledgements: - {check: '
                        'sum_mismatch, location: "anggaran.xlsx:Realisasi!row 14", explanation: "<penjelasan instansi>"}')
    assert lines[3].startswith("  KESALAHAN over_budget anggaran.xlsx:Realisasi!row 16: ")
    assert 'location: "anggaran.xlsx:Realisasi!row 16"' in lines[4]
    assert len(lines) == 5
    assert {p: p.read_bytes() for p in (out / "2024").rglob("*") if p.is_file()} == before


def test_final_refuses_while_one_error_is_unexplained_and_publishes_nothing(tmp_path):
    data = acknowledged_data(tmp_path / "raw", ACKNOWLEDGEMENTS[:1])
    run = _lakip("build", "--year", 2024, "--final", "--data", data, "--out", tmp_path / "out", cwd=tmp_path)
    assert run.returncode == 1
    lines = run.stderr.splitlines()
    assert lines[0] == "2024: FAILED: laporan final ditolak: 1 kesalahan data belum diperbaiki atau dijelaskan"
    assert lines[1].startswith("  KESALAHAN over_budget anggaran.xlsx:Realisasi!row 16: ") and len(lines) == 3
    assert not (tmp_path / "out" / "2024").exists()


def test_final_passes_once_every_error_is_explained(tmp_path_factory):
    status, printed, year = acknowledged_build(tmp_path_factory)
    assert status == 0
    assert _after(printed, 2024) == ["  2 kesalahan dijelaskan di lakip.yml (acknowledgements): dicetak sebagai catatan tabel"]
    html = _html(year / "lakip-2024.html")
    assert html.select_one(".draft-band") is None
    notes = [p.get_text() for p in html.select("#tabel-3-7 .note.flag")]
    assert notes[0].startswith("*1) 5.03.02 Program Kepegawaian Daerah: Jumlah realisasi kegiatan 3.752.626.072")
    assert notes[0].endswith(". Penjelasan instansi: angka realisasi sesuai SP2D; tabel laporan lama salah ketik")
    assert notes[1].endswith(". Penjelasan instansi: kelebihan realisasi dibayar dari pergeseran anggaran yang disahkan")
    assert "Kesalahan data" not in html.get_text()


def test_the_findings_left_the_public_report_for_the_internal_pemeriksaan(build_all):
    """The public report marks the rows an error names; the list of findings ("Galat") and the self-check against the
    88/2021 criteria are in pemeriksaan-<year>.html, a page of its own."""
    _, out = build_all
    public = _html(out / "2024" / "lakip-2024.html")
    assert public.select("table.findings") == [] and "Galat" not in public.get_text()
    assert "tidak sesuai dengan realisasi/anggaran" not in public.get_text()  # a warning's message is not published
    assert public.select_one("#lampiran h2").get_text() == "Lampiran: Berkas Masukan"
    assert "ketidaksesuaian" not in public.select_one("#bab-4").get_text()
    page = out / "2024" / "pemeriksaan-2024.html"
    review = _html(page)
    assert review.select("script, link, [src^=http]") == []
    assert review.select_one('meta[http-equiv="Content-Security-Policy"]')["content"].startswith("default-src 'none'")
    rows = [[td.get_text() for td in tr.select("td")] for tr in review.select("table.findings tbody tr")]
    assert [row[:3] for row in rows] == [["Galat", "sum_mismatch", "anggaran.xlsx:Realisasi!row 14"],
                                         ["Galat", "over_budget", "anggaran.xlsx:Realisasi!row 16"],
                                         ["Peringatan", "pct_mismatch", "anggaran.xlsx:Realisasi!row 8"],
                                         ["Peringatan", "pct_mismatch", "anggaran.xlsx:Realisasi!row 16"]]
    assert "97,72%" in rows[2][3] and [row[4] for row in rows] == ["-"] * 4
    assert "Laporan masih DRAFT: 2 kesalahan data" in review.select_one(".missing").get_text()
    checklist = {" ".join(li.find(string=True, recursive=False).split()): li for li in review.select(".checklist > li")}
    lacking = {text: [item.get_text() for item in li.select("li")] for text, li in checklist.items() if "lacking" in li["class"]}
    assert lacking["Angka yang disajikan konsisten: tidak ada kesalahan data yang belum diperbaiki atau dijelaskan"] == [
        "sum_mismatch anggaran.xlsx:Realisasi!row 14", "over_budget anggaran.xlsx:Realisasi!row 16"]
    # the sample gives every indicator its Renstra end target and its analysis text: those criteria are met
    assert not any(text.startswith(("Capaian dibandingkan dengan target akhir Renstra", "Analisis penyebab")) for text in lacking)
    # the data folder holds 2023: the trend is there, and every indicator has last year's realisation
    met = [text for text, li in checklist.items() if "met" in li["class"]]
    assert "Tren beberapa tahun: folder data tahun-tahun sebelumnya" in met
    assert "Capaian dibandingkan dengan tahun sebelumnya (realisasi tahun lalu setiap indikator)" in met
    assert "Capaian dibandingkan dengan target akhir Renstra (target Renstra setiap indikator)" in met
    assert any(text.startswith("Analisis penyebab keberhasilan") for text in met)
    assert len(checklist) == 11


def test_a_year_without_errors_has_a_final_pemeriksaan(build_all):
    _, out = build_all
    review = _html(out / "2023" / "pemeriksaan-2023.html")
    assert "Tidak ada kesalahan data yang terbuka" in review.select_one(".missing").get_text()


# ---------------------------------------------------------------- (e) lakip check

def test_check_of_the_sample_prints_its_findings_and_exits_1(capsys):
    assert main(["check", "--year", "2024", "--data", str(SAMPLE), "--no-cache"]) == 1  # nothing written beside the sample
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert [line.split()[0] for line in lines[:-1]] == ["KESALAHAN", "KESALAHAN", "PERINGATAN", "PERINGATAN"]
    assert "anggaran.xlsx:Realisasi!row 14" in lines[0] and "3.752.626.072" in lines[0]
    assert "893.618.832" in lines[1]
    assert lines[-1] == "4 temuan, 2 kesalahan"


def test_check_in_english(capsys):
    assert main(["check", "--year", "2024", "--data", str(SAMPLE), "--lang", "en", "--no-cache"]) == 1
    assert "add up to 3,752,626,072" in capsys.readouterr().out


def test_check_of_a_clean_generated_year_exits_0(folders, capsys):
    assert main(["check", "--year", "2023", "--data", str(folders["root"] / "demo")]) == 0
    assert capsys.readouterr().out.splitlines() == ["0 temuan, 0 kesalahan"]


def test_check_of_a_partial_year_names_the_missing_data(folders, capsys):
    assert main(["check", "--year", "2025", "--data", str(folders["good"])]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "data tidak ada: kinerja, anggaran, sarana"
    assert [line.split(": ")[1] for line in lines[1:4]] == ["tidak ada data anggaran (realisasi anggaran)", "tidak ada data kinerja (Perjanjian Kinerja dan realisasinya)",
                                                            "tidak ada data sarana dan prasarana"]


# ---------------------------------------------------------------- (f) user mistakes

def test_a_year_without_a_folder_is_a_message_not_a_traceback(folders):
    run = _lakip("check", "--year", 2031, "--data", folders["good"], cwd=folders["root"])
    assert run.returncode == 2
    assert run.stderr.startswith("lakip: ") and "2031" in run.stderr
    assert "Traceback" not in run.stderr and run.stdout == ""


def test_demo_into_a_folder_with_data_is_refused(folders):
    before = sorted(p.relative_to(folders["good"]) for p in folders["good"].rglob("*"))
    run = _lakip("demo", "--employees", 10, "--years", 1, "--out", folders["good"], cwd=folders["root"])
    assert run.returncode == 2
    assert run.stderr.startswith("lakip: ") and "bukan folder kosong" in run.stderr and "Traceback" not in run.stderr
    assert sorted(p.relative_to(folders["good"]) for p in folders["good"].rglob("*")) == before


def test_debug_shows_the_traceback(folders):
    run = _lakip("--debug", "check", "--year", 2031, "--data", folders["good"], cwd=folders["root"])
    assert run.returncode == 2 and "Traceback" in run.stderr


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_number(jobs, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["build", "--all", "--jobs", jobs])
    assert exit_.value.code == 2
    assert f"argumen --jobs: {jobs} bukan jumlah kernel: beri 1 atau lebih" in capsys.readouterr().err


# ---------------------------------------------------------------- the cache of cleaned datasets


def test_check_keeps_the_cache_beside_the_data_and_no_cache_leaves_it_alone(tmp_path, capsys):
    data = tmp_path / "raw"
    shutil.copytree(SAMPLE, data)
    assert main(["check", "--year", "2024", "--data", str(data), "--no-cache"]) == 1
    assert not (tmp_path / "processed").exists()
    uncached = capsys.readouterr()
    assert main(["check", "--year", "2024", "--data", str(data)]) == 1
    assert (tmp_path / "processed" / "2024" / "budget.json").is_file()
    assert capsys.readouterr() == uncached  # and a second check reads the cache: the same findings
    assert main(["check", "--year", "2024", "--data", str(data)]) == 1
    assert capsys.readouterr() == uncached


def test_check_of_a_read_only_data_folder_loads_without_the_cache_with_one_warning(tmp_path, capsys):
    with tmpfs(tmp_path / "disk") as disk:
        shutil.copytree(SAMPLE, disk / "raw")
        read_only(disk)
        assert main(["check", "--year", "2024", "--data", str(disk / "raw")]) == 1
        out, err = capsys.readouterr()
    assert err == (f"lakip: peringatan: cache dataset bersih {disk / 'processed'} tidak dapat ditulisi (Read-only file system): "
                   "setiap workbook dibaca tanpa cache (lebih lambat, hasilnya sama); buat folder itu dapat ditulisi agar "
                   "cache dipakai ulang, atau gunakan --no-cache\n")
    assert out.splitlines()[-1] == "4 temuan, 2 kesalahan"


@pytest.mark.parametrize("option", ["--cell-timeout", "--build-timeout"])
@pytest.mark.parametrize("value", ["0", "-5", "nan", "inf", "lama"])
def test_a_time_limit_must_be_a_number_of_seconds(option, value, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["build", "--all", option, value])
    assert stopped.value.code == 2
    assert (f"argumen {option}: {value} bukan batas waktu: beri jumlah detik di atas 0, misalnya 600"
            in capsys.readouterr().err)


@pytest.mark.parametrize(("argv", "said"), [
    (["check", "--year", "dua"], "lakip check: kesalahan: argumen --year: 'dua' bukan bilangan bulat (lihat: lakip check --help)"),
    (["chek"], "lakip: kesalahan: perintah 'chek' tidak dikenal; pilih salah satu: 'build', 'check', 'preview', 'init', "
               "'demo' (lihat: lakip --help)"),
    (["check"], "lakip check: kesalahan: argumen ini wajib diberikan: --year (lihat: lakip check --help)"),
    (["build", "--year", "2024", "--all"], "lakip build: kesalahan: argumen --all tidak dapat dipakai bersama --year"),
    (["check", "--year", "2024", "--lang", "fr"], "argumen --lang: 'fr' tidak dikenal; pilih salah satu: 'id', 'en'"),
    (["check", "--year", "2024", "--bogus"], "lakip: kesalahan: argumen tidak dikenal: --bogus"),
    (["check", "--year", "dua", "--lang", "en"], "lakip check: error: argument --year: 'dua' is not a whole number (see: lakip check --help)"),
    (["check", "--lang=en"], "lakip check: error: these arguments are required: --year"),
])
def test_a_command_line_refused_is_one_line_in_the_command_language_under_its_usage(argv, said, capsys):
    """argparse's refusals are its own English: they are said again in the language of --lang (Indonesian by default),
    one line under the usage, naming the argument and ending with where the help is."""
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: " if cli._language_asked(argv) == "en" else "penggunaan: ")
    assert said in err.splitlines()[-1]


@pytest.mark.parametrize(("argv", "lines"), [
    (["--help"], ["penggunaan: lakip [-h] [--debug]", "Menyusun dan memeriksa laporan LAKIP dari ekspor Excel.", "opsi:",
                  "-h, --help            tampilkan bantuan ini lalu keluar", "muat satu tahun dan cetak temuan"]),
    (["check", "--help"], ["penggunaan: lakip check [-h] --year YEAR", "--year YEAR           tahun anggaran yang diperiksa",
                           "--explain             tampilkan cara setiap tabel dibaca"]),
    (["build", "--help"], ["--cell-timeout SECONDS", "menggagalkan tahunnya (bawaan: 600)"]),
    (["check", "--help", "--lang", "en"], ["usage: lakip check [-h] --year YEAR", "options:",
                                           "-h, --help            show this help message and exit",
                                           "--year YEAR           the fiscal year to check, e.g. 2024"]),
])
def test_the_help_speaks_the_command_language(argv, lines, capsys):
    """--help is read by the same users as the command's lines: Indonesian by default, argparse's own words included,
    English with --lang en."""
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 0
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps to the terminal's width
    for line in lines:
        assert " ".join(line.split()) in out
    english = ("show this help", "options:", "usage:", "the fiscal year")
    assert ("--lang" in argv) or not any(word in out for word in english)


def test_sigterm_is_handled_as_ctrl_c_and_the_handler_put_back(monkeypatch, capsys):
    def terminated(args):
        os.kill(os.getpid(), signal.SIGTERM)  # delivered to this thread's handler before kill returns
        raise AssertionError("SIGTERM did not stop the command")

    before = signal.getsignal(signal.SIGTERM)
    monkeypatch.setitem(cli._COMMANDS, "check", terminated)
    assert main(["check", "--year", "2024"]) == 143
    assert capsys.readouterr().err == ("lakip: dihentikan (SIGTERM): setiap kernel telah berhenti; tahun yang belum selesai "
                                       "tetap memakai keluarannya yang sebelumnya\n")
    assert main(["check", "--year", "2024", "--lang", "en"]) == 143
    assert capsys.readouterr().err == ("lakip: stopped (SIGTERM): every kernel is stopped; a year not finished keeps its "
                                       "previous outputs\n")
    assert signal.getsignal(signal.SIGTERM) is before
