"""The ``lakip`` command's own lines in the user's language (``--lang``: Indonesian by default, as the report).

Only the standard library: the command prints these on paths (a build that
finds every year up to date) that must not import pandas. The wording of the
report itself is in ``data/labels.csv``.
"""

from __future__ import annotations

#: key → (Indonesian, English); ``{name}`` fields are filled by :func:`say`
MESSAGES = {
    "severity_error": ("KESALAHAN", "ERROR"),
    "severity_warning": ("PERINGATAN", "WARNING"),
    "severity_info": ("INFO", "INFO"),
    "severity_explained": ("DIJELASKAN", "EXPLAINED"),
    "explanation": ("penjelasan instansi: {text}", "the agency's explanation: {text}"),
    "findings_explained": (", {count} kesalahan dijelaskan di lakip.yml", ", {count} errors explained in lakip.yml"),
    "findings": ("{count} temuan, {errors} kesalahan", "{count} findings, {errors} errors"),
    "missing": ("data tidak ada: {datasets}", "missing data: {datasets}"),
    "trend_only": ("{year}/ hanya berisi data kinerja: laporan {year} tidak lengkap, dan realisasi indikatornya menjadi "
                   "data tren laporan {later}",
                   "{year}/ holds the indicators only: the {year} report is partial, and its realisations are trend "
                   "data of the {later} report"),
    "no_settings": ("tidak ada lakip.yml di {folder}: laporan memakai nilai bawaan (instansi \"Instansi Pemerintah\", "
                    "tanpa Renstra dan penandatangan); buat dengan: lakip init",
                    "no lakip.yml in {folder}: the report uses the defaults (agency \"Instansi Pemerintah\", no Renstra "
                    "or signatory); write one with: lakip init"),
    "no_year_folder": ("tidak ada folder {folder}", "no folder {folder}"),
    "no_years": ("tidak ada folder tahun (seperti 2024/) di {folder}", "no year folders (such as 2024/) under {folder}"),
    "index_kept": ("{path} tidak ditulis oleh kit: dibiarkan (pindahkan agar daftar tahun dapat ditulis)",
                   "{path} was not written by the kit: left as it is (move it away to get the list of years)"),
    "init_done": ("{folder}: {files} file ditulis (lakip.yml, README.md, narasi/, {year}/); salin ekspor Excel tahun "
                  "{year} ke {folder}/{year}/ lalu jalankan: lakip check --year {year} --data {folder}",
                  "{folder}: {files} files written (lakip.yml, README.md, narasi/, {year}/); copy the {year} Excel "
                  "exports into {folder}/{year}/, then run: lakip check --year {year} --data {folder}"),
    "draft": ("DRAFT: {count} kesalahan data belum diperbaiki atau dijelaskan; rinciannya di {path}",
              "DRAFT: {count} data errors neither fixed nor explained; the details are in {path}"),
    "acknowledged": ("{count} kesalahan dijelaskan di lakip.yml (acknowledgements): dicetak sebagai catatan tabel",
                     "{count} errors explained in lakip.yml (acknowledgements): printed as table notes"),
    "acknowledge_how": ("perbaiki datanya, atau jelaskan di lakip.yml di bawah years: {year}: acknowledgements: "
                        "- {{check: {check}, location: {location}, explanation: \"<penjelasan instansi>\"}}",
                        "fix the data, or explain it in lakip.yml under years: {year}: acknowledgements: "
                        "- {{check: {check}, location: {location}, explanation: \"<the agency's explanation>\"}}"),
    "sample_draft": ("ini contoh bawaan kit: laporannya sengaja DRAFT, karena memuat kesalahan laporan rujukan apa adanya "
                     "(bundled_sample di lakip.yml)",
                     "this is the kit's bundled sample: its report is a DRAFT on purpose, as it keeps the reference "
                     "report's own mistakes (bundled_sample in lakip.yml)"),
    "final_refused": ("laporan final ditolak: {count} kesalahan data belum diperbaiki atau dijelaskan",
                      "final report refused: {count} data errors neither fixed nor explained"),
    "unmatched": ("lakip.yml: acknowledgements menjelaskan {check} di {location}, tetapi tidak ada kesalahan itu "
                  "(sudah diperbaiki, atau check/location salah ketik)",
                  "lakip.yml: acknowledgements explains {check} at {location}, but there is no such error "
                  "(fixed since, or check/location mistyped)"),
    "preview_serving": ("pratinjau {year}: {url} (diperbarui sendiri setiap kali data, lakip.yml atau narasi/ disimpan; "
                        "Ctrl-C untuk berhenti)",
                        "preview of {year}: {url} (updated by itself whenever the data, lakip.yml or narasi/ is saved; "
                        "Ctrl-C to stop)"),
    "preview_host": ("PERINGATAN: pratinjau dibuka di {host}, bukan hanya untuk komputer ini: siapa pun yang dapat "
                     "menjangkau alamat itu dapat membaca laporan",
                     "WARNING: the preview listens on {host}, not only for this computer: anyone who can reach that "
                     "address can read the report"),
    "preview_port_busy": ("{host}:{port} tidak dapat dipakai untuk pratinjau ({error}): pilih --port lain, atau tanpa "
                          "--port untuk port yang bebas",
                          "{host}:{port} cannot be used for the preview ({error}): choose another --port, or leave it out "
                          "for a free port"),
    "preview_changed": ("berubah: {files}; membangun ulang {year}", "changed: {files}; rebuilding {year}"),
    "preview_built": ("{year}: dibangun dalam {seconds} detik{reused}", "{year}: built in {seconds} s{reused}"),
    "preview_reused": (" (dipakai ulang: {parts}{rendered})", " (reused: {parts}{rendered})"),
    "preview_rendered": ("; laporan dirender dari analisis yang tersimpan, tanpa kernel",
                         "; report rendered from the stored analysis, without a kernel"),
    "preview_early": ("perubahan ditampilkan dalam {seconds} detik; laporan sedang dibangun",
                      "change shown in {seconds} s; the report is being built"),
    "preview_unchanged": ("{year}: sudah mutakhir", "{year}: up to date"),
    "preview_failed": ("{year}: GAGAL: {message} (halaman menampilkan pesan ini di atas laporan terakhir yang berhasil)",
                       "{year}: FAILED: {message} (the page shows this message above the last good report)"),
    "preview_worker_restarted": ("kode kit berubah: pekerja pratinjau dimulai ulang dengan kode yang baru",
                                 "the kit's code changed: the preview's worker was restarted with the new code"),
    "preview_stopped": ("pratinjau dihentikan", "preview stopped"),
    "preview_error_title": ("Pembangunan ulang laporan gagal", "The report could not be rebuilt"),
    "preview_error_below": ("Di bawah ini laporan terakhir yang berhasil dibangun. Halaman ini diperbarui sendiri setelah "
                            "file diperbaiki dan disimpan.",
                            "Below is the last report built successfully. This page updates itself once the file is "
                            "fixed and saved."),
    "preview_error_none": ("Belum ada laporan yang berhasil dibangun. Halaman ini diperbarui sendiri setelah file "
                           "diperbaiki dan disimpan.",
                           "No report has been built successfully yet. This page updates itself once the file is fixed "
                           "and saved."),
}

#: dataset → its name in the command's lines (the file-name prefix in Indonesian, as the user names the files)
DATASET_WORDS = {"staff": ("pegawai", "staff"), "indicators": ("kinerja", "indicators"),
                 "budget": ("anggaran", "budget"), "assets": ("sarana", "assets")}


def say(key: str, lang: str = "id", **fields: object) -> str:
    """The message ``key`` in ``lang`` (``id`` or ``en``), its fields filled.

    Example:
        >>> say("findings", count=3, errors=1), say("findings", "en", count=3, errors=1)
        ('3 temuan, 1 kesalahan', '3 findings, 1 errors')
    """
    return MESSAGES[key][lang == "en"].format(**fields)


def datasets(names: list[str], lang: str = "id") -> str:
    """Dataset ids as the command names them.

    Example:
        >>> datasets(["indicators", "budget"]), datasets(["indicators", "budget"], "en")
        ('kinerja, anggaran', 'indicators, budget')
    """
    return ", ".join(DATASET_WORDS[name][lang == "en"] for name in names)
