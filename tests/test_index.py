"""Several years: ``lakip build --all`` on two years writes ``<out>/index.html``, each report takes its year's
settings and narrative, and the later report shows the earlier year in its trend (issue 14)."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest
import yaml

from corpus import run_lakip
from lakip_lib.demo import write_demo
from lakip_lib.presentation.index import MARKER, index_html, write_index

AGENCY = 'Dinas <b>Uji</b> & "Contoh"'


def _text(html: str) -> str:
    """The page's text, tags dropped and spaces collapsed, to look for sentences in."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Two demo years (2023, 2024), with settings and narrative of 2024's own, built with ``--all``."""
    root = tmp_path_factory.mktemp("years")
    data = root / "raw"
    write_demo(data, employees=30, years=2, start_year=2023, seed=3)
    settings = yaml.safe_load((data / "lakip.yml").read_text(encoding="utf-8"))
    settings["agency"]["name"] = AGENCY
    settings["signatory"].update(name="KEPALA LAMA", date="2024-01-31")  # the 2023 report's date, shared
    settings["report"]["sources"]["budget"] = "Realisasi Anggaran Tahun {year}"
    settings["years"] = {2024: {"signatory": {"name": "KEPALA BARU", "date": "2025-02-03"}}}
    (data / "lakip.yml").write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    (data / "narasi" / "2024").mkdir()
    (data / "narasi" / "2024" / "06-penutup.md").write_text("## Saran\n\nPenutup khusus tahun {year}, setelah {prev_year}.\n",
                                                            encoding="utf-8")
    out = root / "out"
    run = run_lakip(["build", "--all", "--data", str(data), "--out", str(out)], cwd=root, timeout=300)
    assert run.code == 0, run.stderr
    return data, out, root


@pytest.mark.slow
def test_the_index_lists_every_built_year_with_its_headline_numbers(built):
    _, out, _ = built
    page = (out / "index.html").read_text(encoding="utf-8")
    assert MARKER in page
    rows = re.findall(r"<tr><td>(\d{4})</td><td>(.*?)</td>" + r'<td class="num">(.*?)</td>' * 3 + "</tr>", page)
    assert [row[0] for row in rows] == ["2024", "2023"]
    for year, links, headcount, absorption, achieved in rows:
        assert f'href="{year}/lakip-{year}.html"' in links
        with (out / year / "tables" / "trend.csv").open(encoding="utf-8") as handle:
            own = next(r for r in csv.DictReader(handle) if r["year"] == year)
        assert headcount == own["headcount"] == "30"
        assert absorption == f"{float(own['absorption_pct']):.2f}".replace(".", ",") + "%"
        assert achieved == f"{own['indicators_achieved']} dari {own['indicators_measured']}"
    # the agency's name comes from the report and is escaped again: no tag of the data reaches the page
    assert "<b>" not in page and "Dinas &lt;b&gt;Uji&lt;/b&gt; &amp; &quot;Contoh&quot;" in page
    assert "<h2>Perkembangan</h2>" in page


@pytest.mark.slow
def test_the_later_report_shows_the_earlier_year_in_its_trend(built):
    _, out, _ = built
    with (out / "2024" / "tables" / "trend.csv").open(encoding="utf-8") as handle:
        trend = list(csv.DictReader(handle))
    assert [r["year"] for r in trend] == ["2023", "2024"]
    with (out / "2023" / "tables" / "trend.csv").open(encoding="utf-8") as handle:
        earlier = list(csv.DictReader(handle))
    assert [r["year"] for r in earlier] == ["2023"] and earlier[0] == trend[0]  # the same numbers, from the same files
    report = _text((out / "2024" / "lakip-2024.html").read_text(encoding="utf-8"))
    assert "Perkembangan dari Tahun ke Tahun" in report
    assert re.search(r"Tahun 2023–2024 Tahun Jumlah Pegawai Realisasi \(%\) Indikator tercapai 2023 30 [\d,]+% \d dari \d 2024 30", report)
    assert "Perkembangan dari Tahun ke Tahun" not in _text((out / "2023" / "lakip-2023.html").read_text(encoding="utf-8"))


@pytest.mark.slow
def test_each_report_takes_its_years_settings_narrative_and_placeholders(built):
    _, out, _ = built
    later = _text((out / "2024" / "lakip-2024.html").read_text(encoding="utf-8"))
    earlier = _text((out / "2023" / "lakip-2023.html").read_text(encoding="utf-8"))
    assert "KEPALA BARU" in later and "KEPALA LAMA" not in later and "3 Februari 2025" in later
    assert "KEPALA LAMA" in earlier and "31 Januari 2024" in earlier
    assert "Penutup khusus tahun 2024, setelah 2023." in later and "Penutup khusus" not in earlier
    assert "Realisasi Anggaran Tahun 2024" in later and "Realisasi Anggaran Tahun 2023" in earlier
    assert "{year}" not in later and "{year}" not in earlier
    # the appendix names the year's own narrative file among the inputs
    assert "narasi/2024/06-penutup.md" in later and "narasi/2024/06-penutup.md" not in earlier


@pytest.mark.slow
def test_rebuilding_one_year_keeps_the_index_of_every_year_and_a_removed_year_leaves_it(built, tmp_path):
    data, out, root = built
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    run = run_lakip(["build", "--year", "2024", "--data", str(data), "--out", str(copy), "--force"], cwd=root, timeout=300)
    assert run.code == 0, run.stderr
    assert (copy / "index.html").read_bytes() == (out / "index.html").read_bytes()
    shutil.rmtree(copy / "2023")
    run = run_lakip(["build", "--year", "2024", "--data", str(data), "--out", str(copy)], cwd=root, timeout=300)
    assert (run.code, run.stdout.split(" in ")[0]) == (0, "2024: skipped")
    page = (copy / "index.html").read_text(encoding="utf-8")
    assert "lakip-2024.html" in page and "2023" not in re.sub(r"<h2>.*", "", page, flags=re.DOTALL).split("<tbody>")[1]


@pytest.mark.slow
def test_an_index_the_kit_did_not_write_is_left_alone(built, tmp_path):
    _, out, _ = built
    copy = tmp_path / "docs"
    shutil.copytree(out, copy)
    (copy / "index.html").write_text("<p>halaman kami</p>\n", encoding="utf-8")
    assert write_index(copy) is None
    assert (copy / "index.html").read_text(encoding="utf-8") == "<p>halaman kami</p>\n"
    (copy / "index.html").unlink()
    assert write_index(copy, "en") == copy / "index.html"
    assert "Budget spent" in (copy / "index.html").read_text(encoding="utf-8")


def test_a_folder_without_a_build_record_is_not_listed(tmp_path):
    (tmp_path / "2024").mkdir()
    (tmp_path / "2024" / "lakip-2024.html").write_text("<h1>x</h1>", encoding="utf-8")
    assert write_index(tmp_path) is None and not (tmp_path / "index.html").exists()
    assert "<tbody>\n</tbody>" in index_html(tmp_path)
