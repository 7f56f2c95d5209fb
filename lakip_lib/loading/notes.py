"""Notes of the loaders: what was read in a way the user should know, as findings of the year.

A note is a finding (:data:`NOTE_COLUMNS`, the columns of the reconciliation
findings less the dataset, which the dataset it travels with gives): a table
recognised but not used, columns not used, an amount cell holding an Excel
error, a year taken as the build year, a polarity inferred. The loaders keep
them on the dataset (``notes``), so a dataset read back from the processed
cache carries them too, and ``lakip check`` and the report list them with the
reconciliation findings.
"""

from __future__ import annotations

import pandas as pd

from .recognise import Recognition

NOTE_COLUMNS = ("severity", "check", "location", "message", "message_en")
#: most unused column headers named in one note
SHOWN = 8


def note(severity: str, check: str, location: str, message: str, message_en: str) -> dict[str, str]:
    """One note; ``message`` in Indonesian, ``message_en`` in English.

    Example:
        >>> note("info", "year_assumed", "kinerja.xlsx:PK!D4", "Target tanpa tahun dibaca sebagai 2024",
        ...      "Target without a year read as 2024")["check"]
        'year_assumed'
    """
    return {"severity": severity, "check": check, "location": location, "message": message, "message_en": message_en}


def amounts(value: float) -> tuple[str, str]:
    """An amount as a note prints it, in Indonesian and in English (the loaders sit below the presentation's Babel
    formatting, and a note needs only thousands and two decimals at most).

    Example:
        >>> amounts(13201715554.0), amounts(1234.5)
        (('13.201.715.554', '13,201,715,554'), ('1.234,50', '1,234.50'))
    """
    english = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return english.translate(str.maketrans(",.", ".,")), english


def notes_frame(notes: list[dict[str, str]]) -> pd.DataFrame:
    """The notes as a frame of :data:`NOTE_COLUMNS` (empty with those columns when there are none)."""
    return pd.DataFrame(notes, columns=list(NOTE_COLUMNS)).astype(object)


def empty_notes() -> pd.DataFrame:
    return notes_frame([])


def recognition_notes(records: list[Recognition]) -> list[dict[str, str]]:
    """Notes of what the recogniser set aside: tables and sheets not used, and the columns of used tables that name no field.

    Example:
        >>> record = Recognition("pegawai.xlsx", "Umur", "summary", (3, 3))
        >>> record.skip("a table by age, which the kit does not model", "tabel menurut umur, yang tidak dimodelkan kit")
        >>> recognition_notes([record])[0]["message_en"]
        'Table not used: a table by age, which the kit does not model'
    """
    notes = []
    for record in records:
        if record.controls:
            cells_id, cells_en = _cells(record.controls)
            notes.append(note("warning", "bidi_controls", record.where,
                              f"Karakter kendali arah teks (bidi) ditampilkan sebagai kodenya, misalnya [U+202E], agar tidak "
                              f"membalik urutan teks yang tampil: {cells_id}",
                              f"Bidi control characters shown as their code, such as [U+202E], so that they cannot reorder "
                              f"the text shown: {cells_en}"))
        if record.cut:
            cells_id, cells_en = _cells(record.cut)
            notes.append(note("warning", "cell_cut", record.where,
                              f"Sel berisi 32.767 karakter, batas Excel: teks yang lebih panjang terpotong di sana saat dibaca: "
                              f"{cells_id}",
                              f"Cell of 32,767 characters, Excel's limit: any longer text was cut there when read: {cells_en}"))
        # an amount or a count (unlike an indicator's value) adds into totals the report prints: an error, which keeps the
        # report a draft until the formula is mended or the agency explains it
        for where, (header, error) in record.excel_errors.items() if record.status == "used" else ():
            notes.append(note("error", "excel_error", where,
                              f"Sel '{header}' berisi galat Excel {error} (rumusnya gagal dihitung), dibaca sebagai tanpa nilai, "
                              "sehingga jumlah yang memuatnya kurang; perbaiki rumus atau isi nilainya",
                              f"The '{header}' cell holds the Excel error {error} (its formula failed), read as no value, so "
                              "the totals that hold it fall short; fix the formula or enter the value"))
        if record.status == "skipped":
            notes.append(note("info", "table_skipped", record.where, f"Tabel tidak dipakai: {record.reason_id or record.reason}",
                              f"Table not used: {record.reason}"))
        elif record.unused:
            shown = ", ".join(f"'{header}'" for _, header in record.unused[:SHOWN])
            more = len(record.unused) - SHOWN
            rest_id, rest_en = (f" dan {more} lainnya", f" and {more} more") if more > 0 else ("", "")
            notes.append(note("info", "columns_unused", record.where, f"Kolom tidak dipakai: {shown}{rest_id}",
                              f"Columns not used: {shown}{rest_en}"))
    return notes


def _cells(names: list[str]) -> tuple[str, str]:
    """Cell names for a note, at most :data:`SHOWN` of them, in Indonesian and in English.

    Example:
        >>> _cells(["D5"]), _cells([f"A{n}" for n in range(1, 11)])[1]
        (('D5', 'D5'), 'A1, A2, A3, A4, A5, A6, A7, A8 and 2 more')
    """
    shown = ", ".join(names[:SHOWN])
    more = len(names) - SHOWN
    return (f"{shown} dan {more} lainnya", f"{shown} and {more} more") if more > 0 else (shown, shown)
