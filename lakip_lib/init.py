"""``lakip init DIR``: the skeleton of an agency's own data folder.

Writes ``lakip.yml`` with every key the kit reads, each commented, set to
neutral example values; ``narasi/`` with the six section files, each saying
what it is for; ``README.md`` (in Indonesian, as its users are) listing the
files each year folder needs, how they must be named and the column headers
the kit recognises; an empty folder for the year; and ``templat/``, one
workbook per dataset with the title and header rows of the layout the kit
reads best and no data row (the layout of ``lakip demo``, its body cut off),
to fill in and copy into the year folder. No name, NIP or figure of any real
agency is written. The folder must be new or empty: init never overwrites
anything.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from openpyxl import load_workbook

from .config import Project
from .errors import ConfigError
from .loading.inputs import DATASET_NAMES, DATASETS, expected_name
from .messages import said

LAKIP_YML = """\
# lakip.yml -- the project file of the LAKIP kit (written by `lakip init`).
#
# It holds what the spreadsheets cannot: the agency's profile, the Renstra, who
# signs the report and the rules the report is computed with. Every key is
# optional: a key left out falls back to the kit's default, named in its comment.
# Read with YAML's safe loader only. Quote text that holds ":" or "#".
#
# In any text below, {year} is the report's year, {prev_year} and {next_year}
# the years before and after it.

# The agency the report is about. Default name: "Instansi Pemerintah".
agency:
  # full name, used in titles and on the cover
  name: "Nama Instansi"
  # short name, used in running text and chart titles
  short_name: "Singkatan Instansi"
  # the region (pemerintah daerah) the agency belongs to
  region: "Provinsi/Kabupaten/Kota"
  # the agency's logo on the report's cover: a PNG or JPEG file in this folder,
  # embedded in the report (never fetched). Default: no logo.
  # logo: "logo.png"

# The five-year strategic plan (Rencana Strategis). Default: none (Bab II then
# prints no vision, missions or goals).
renstra:
  start: 2025
  end: 2029
  vision: "Visi instansi sebagaimana tertulis dalam Renstra"
  # the missions, text only, in the Renstra's order
  missions:
    - "Misi pertama."
    - "Misi kedua."
  # the strategic goals (tujuan); the indicator file refers to them as
  # "Tujuan 1: ..." and "Tujuan 2: ..."
  goals:
    - "Tujuan pertama"
    - "Tujuan kedua"

# Who signs the report (under Bab IV). Name, rank and title as printed; the
# kit never prints an NIP, so there is no key for one. Default: no signature.
signatory:
  name: "NAMA KEPALA INSTANSI"
  # pangkat / golongan as printed
  rank: "Pembina Utama Muda / IV.c"
  title: "Kepala Instansi"
  place: "Nama Kota"
  # signing date, YYYY-MM-DD in quotes; the LAKIP of a year is signed early in
  # the next, so this date is printed only in the report of the year before it.
  # Give each year its own date under years: below, or write "{next_year}-01-31".
  date: "{next_year}-01-31"

# How the report's numbers are computed.
report:
  capaian:
    # cap on the reported achievement in percent: none, 100, 120, ... The
    # uncapped value is always kept. Default: none.
    cap: none
    # negative-polarity indicators (lower is better): "2t-r" (default),
    # "t/r" or "(t-r)/t"
    negative_formula: "2t-r"
    # the categories can be replaced by a list, highest first; the lowest
    # needs "above: none":
    # categories:
    #   - {above: 90, id: "Sangat Tinggi", en: "Very high"}
    #   - {above: 75, id: "Tinggi", en: "High"}
    #   - {above: 65, id: "Sedang", en: "Medium"}
    #   - {above: 50, id: "Rendah", en: "Low"}
    #   - {above: none, id: "Sangat Rendah", en: "Very low"}
  # efficiency: capaian% minus serapan% above +band is "efisien", below -band
  # "tidak efisien". In percentage points; default 5.
  efficiency_band: 5
  # the "Sumber" line under each table, by table key; default: none
  sources:
    staff: "Data kepegawaian Tahun {year}"
    assets: "Daftar sarana dan prasarana Tahun {year}"
    indicators: "Perjanjian Kinerja Tahun {year} dan realisasinya"
    budget: "Laporan realisasi anggaran Tahun {year}"

# Extra header spellings for columns the kit does not recognise yet:
# dataset -> column -> list of headers (datasets: staff, summary, indicators,
# budget, assets). `lakip check --year <year> --explain` prints a ready
# snippet naming the headers it did not use. Example:
# header_aliases:
#   staff:
#     golongan: ["Pangkat Gol Ruang"]
header_aliases: {}

# The position type of jabatan names that say none (no jenjang such as 'Ahli
# Muda', no 'Kepala'), for a roster without a position-type column: name ->
# Struktural, Fungsional or Pelaksana. `lakip check` names the jabatan it could
# not place. Example:
# position_types:
#   "Analis Kebijakan": Fungsional
position_types: {}

# Safety limits on input files; defaults apply when absent. Example:
# limits:
#   max_uncompressed_mb: 1024
limits: {}

# Settings of one year's report, laid over everything above for that year only
# (mappings merged key by key; text and lists replaced). Example:
# years:
#   2025:
#     signatory:
#       name: "NAMA KEPALA YANG MENANDATANGANI LAKIP 2025"
#       date: "2026-01-30"
#
# A data error (KESALAHAN in `lakip check`) keeps the report a DRAFT, and
# `lakip build --final` refuses it, until the data is fixed or the error is
# explained here, by the check id and location `lakip check` prints. The
# explanation is printed as a note under the table. Example:
# years:
#   2025:
#     acknowledgements:
#       - check: over_budget
#         location: "anggaran.xlsx:Realisasi!row 16"
#         explanation: "realisasi sesuai SP2D; angka anggaran di tabel lama salah ketik"
"""

NARASI = {
    "01-latar-belakang.md": ("Latar Belakang", "Bab I: mengapa laporan ini disusun dan untuk siapa."),
    "02-dasar-hukum.md": ("Dasar Hukum", "Bab I: peraturan yang mewajibkan dan mengatur laporan ini, sebagai daftar."),
    "03-tugas-fungsi.md": ("Tugas dan Fungsi", "Bab I: tugas pokok, fungsi dan struktur organisasi instansi."),
    "04-aspek-strategis.md": ("Aspek Strategis", "Bab I: isu dan permasalahan utama yang dihadapi instansi."),
    "05-strategi-kebijakan.md": ("Strategi dan Kebijakan", "Bab II, setelah visi, misi dan tujuan: strategi dan "
                                 "kebijakan untuk mencapai tujuan Renstra."),
    "06-penutup.md": ("Saran", "Bab IV, setelah kesimpulan yang dihitung kit: saran dan langkah ke depan."),
}

#: dataset → the column headers the kit recognises, for the README (the first spelling of each; more in
#: lakip_lib/data/header_aliases.csv)
HEADERS = {
    "staff": "NIP, NAMA, TANGGAL LAHIR, JENIS KELAMIN, GOLONGAN, JENIS JABATAN, JABATAN, PENDIDIKAN, UNIT KERJA; "
             "atau tabel rekap (Golongan | L | P | Jumlah …)",
    "indicators": "Indikator Kinerja, Satuan, Target <tahun>, Realisasi <tahun> (dan Realisasi <tahun lalu>), "
                  "di bawah judul Tujuan/Sasaran",
    "budget": "Kode Rekening, Uraian, Anggaran, Realisasi (program → kegiatan → sub-kegiatan)",
    "assets": "Nama Barang, Kondisi Baik, Rusak Ringan/Rusak Berat, Cukup/Kurang, Keterangan",
}


def _readme(year: int) -> str:
    lines = [
        "# Folder data LAKIP", "",
        "Folder ini dibuat oleh `lakip init`. Isinya:", "",
        "- `lakip.yml`: profil instansi, Renstra, penandatangan dan aturan perhitungan; setiap kunci diberi keterangan.",
        "- `narasi/`: teks tetap laporan, satu file per bagian; `narasi/<tahun>/` berisi teks khusus satu tahun "
        "yang menggantikan file bernama sama. Di `lakip.yml` dan narasi, `{year}` ditulis sebagai tahun laporan, "
        "`{prev_year}` dan `{next_year}` sebagai tahun sebelum dan sesudahnya. Judul bagian (`## …`) ditulis tanpa "
        "huruf: kit memberi huruf A, B, C … menurut urutannya dalam bab (huruf yang ditulis diganti), dan `###` menjadi "
        "subjudul tanpa huruf.",
        f"- `{year}/`: satu folder per tahun anggaran, berisi ekspor Excel tahun itu.",
        "- `templat/`: satu workbook kosong per data, dengan judul kolom yang dibaca kit; isi baris datanya di bawah "
        "judul kolom lalu salin ke folder tahun (atau pakai ekspor sendiri).", "",
        "## File di setiap folder tahun", "",
        "Nama file harus diawali nama datanya (huruf besar/kecil tidak berpengaruh); file lain tidak dibaca "
        "dan disebutkan oleh `lakip check`.", "",
        "| data | nama file | judul kolom yang dikenali | tanpa file ini |",
        "| --- | --- | --- | --- |",
    ]
    for dataset in DATASETS:
        name_id, _, lacks_id, _ = DATASET_NAMES[dataset]
        lines.append(f"| {name_id} | `{expected_name(dataset)}` | {HEADERS[dataset]} | laporan tanpa {lacks_id} |")
    lines += [
        "", "Judul kolom lain dapat ditambahkan di `lakip.yml` (`header_aliases`). Periksa dulu dengan:", "",
        "```sh", f"lakip check --year {year} --data <folder ini>", f"lakip check --year {year} --data <folder ini> --explain",
        f"lakip build --year {year} --data <folder ini>", "```", "",
        "Data pegawai memuat nama dan NIP: jangan bagikan folder ini maupun folder cache `<folder ini>-processed` "
        "di sebelahnya. Laporan yang dihasilkan hanya memuat angka agregat.", ""]
    return "\n".join(lines)


def write_skeleton(out_dir: str | Path, year: int) -> list[Path]:
    """Write the skeleton of a data folder for ``year`` into ``out_dir`` (new or empty); return the files written.

    Example:
        >>> import tempfile
        >>> files = write_skeleton(Path(tempfile.mkdtemp()) / "dinas", 2025)
        >>> [p.name for p in files][:3], (files[0].parent / "2025").is_dir()
        (['lakip.yml', 'README.md', '01-latar-belakang.md'], True)
    """
    out = Path(out_dir)
    if not 2000 <= year <= 2100:
        raise ConfigError(said("init_year", year=year))
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ConfigError(said("init_not_empty", folder=out))
    (out / "narasi").mkdir(parents=True, exist_ok=True)
    (out / str(year)).mkdir()
    written = [out / "lakip.yml", out / "README.md"]
    written[0].write_text(LAKIP_YML, encoding="utf-8")
    written[1].write_text(_readme(year), encoding="utf-8")
    for name, (title, purpose) in NARASI.items():
        path = out / "narasi" / name
        path.write_text(f"## {title}\n\n[{purpose} Ganti teks ini.]\n", encoding="utf-8")
        written.append(path)
    return written + write_templates(out / "templat", year)


def write_templates(folder: Path, year: int) -> list[Path]:
    """One workbook per dataset in ``folder`` (``pegawai.xlsx`` …): the title and header rows of each sheet of the
    demo's layout for ``year``, every row from the first data row on removed, so no generated value remains.

    The header rows are the ones the kit's own recognition finds in the demo's
    workbook, so a template filled under its header reads as the demo does.

    Example:
        >>> import tempfile
        >>> [p.name for p in write_templates(Path(tempfile.mkdtemp()), 2025)]
        ['pegawai.xlsx', 'kinerja.xlsx', 'anggaran.xlsx', 'sarana.xlsx']
    """
    from .demo import write_demo  # the demo's writers: numpy and openpyxl, only when templates are written
    from .loading.year import load_dataset
    from .presentation.xlsx import save_reproducibly

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        demo = Path(scratch) / "demo"
        write_demo(demo, employees=3, years=1, start_year=year)
        for dataset, prefix in DATASETS.items():
            source = demo / str(year) / f"{prefix}.xlsx"
            bodies = {r.sheet: r.body_rows[0] for r in load_dataset(dataset, source, year, Project()).recognition
                      if r.body_rows}
            book = load_workbook(source)
            for sheet in book.worksheets:
                first = bodies.get(sheet.title)
                if first is None:
                    continue
                for merged in [m for m in sheet.merged_cells.ranges if m.max_row >= first]:
                    sheet.merged_cells.remove(merged)
                sheet.delete_rows(first, sheet.max_row - first + 1)
            written.append(save_reproducibly(book, folder / source.name, creator="lakip init"))
    return written
