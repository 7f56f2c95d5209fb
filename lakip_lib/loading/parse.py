"""Parsers for the values found in Indonesian government exports.

Each parser has a scalar form (``parse_number("Rp 1.234")``) that raises
:class:`ValueParseError` with what was expected, and the loaders apply them
once per distinct value of a column (:func:`map_unique`), so a roster of a
million rows costs as many parser calls as it has distinct spellings. The
column tests (:func:`blank_mask`, :func:`no_value_mask`, :func:`text_mask`,
:func:`clean_texts`, :func:`parse_nips`) take a column read cell by cell
(``object``: typed values) or as text (a string column of Arrow strings): the
latter they answer in Arrow, without a Python call per cell, with the same
answers (Arrow's whitespace is Python's ``str.isspace``).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from functools import cache

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..domain import golongan_table, inactive_statuses, jabatan_patterns, lost_conditions, non_asn_statuses, not_measured_rules, value_aliases, yes_no_answers
from ..errors import LakipError
from ..messages import Said, Text, current_language, expects, render, say
from .workbook import is_blank

#: Cell contents that mean "no value" (never zero).
#: a slash between two empty fields ('-/-', ' / ': a golongan printed from its group and ruang, both empty) says no value too
NO_VALUE = frozenset({"", "-", "--", "—", "–", "n/a", "na", "#n/a", "null", "none", "nil", "tidak ada", "belum ada", "'", "/",
                      "-/-", "- / -"})


#: The error values a failed Excel formula leaves in its cell (as calamine's XML scan or a text export shows them).
EXCEL_ERRORS = frozenset({"#div/0!", "#value!", "#n/a", "#ref!", "#name?", "#num!", "#null!", "#spill!", "#calc!",
                          "#getting_data"})


def excel_error(value: object) -> str | None:
    """The Excel error a cell holds (``#DIV/0!``, ``#N/A``), as written; None for any other value.

    ``#N/A`` is also "no value" (:data:`NO_VALUE`) where a value may be missing; a loader reading a value that a
    formula should have given says that its formula failed instead of leaving the cell silently empty.

    Example:
        >>> excel_error("#DIV/0!"), excel_error(" #n/a "), excel_error("n/a"), excel_error(0)
        ('#DIV/0!', '#N/A', None, None)
    """
    if not isinstance(value, str):
        return None
    text = clean_text(value)
    return text.upper() if text.lower() in EXCEL_ERRORS else None


class ValueParseError(LakipError):
    """A single value could not be read; ``expected`` says what would have been."""

    def __init__(self, value: object, expected: Text):
        self.value = value
        self.expected = expected
        super().__init__(value, expected)

    def text(self, lang: str | None = None) -> str:
        lang = lang or current_language()
        return say("got", lang, value=repr(self.value)) + say("expected", lang, expected=render(self.expected, lang))


def clean_text(value: object) -> str:
    """Collapse whitespace (including non-breaking spaces and stray CR/LF) and trim.

    Example:
        >>> clean_text("  III/a\\r ")
        'III/a'
    """
    text = unicodedata.normalize("NFKC", str(value))
    return " ".join(text.split())


#: a printed list's marker before a name: ``1.``, ``1.2.``, ``2)``, ``(a)``, ``b.``, ``IV.``; followed by a space or
#: straight by a letter (``5.Cakupan``), never by a digit: ``1.02.02 Program`` is a code, ``1.000 Rumah`` a number
_LIST_MARKER = re.compile(r"^\s*\(?(?:[0-9]{1,3}(?:\.[1-9][0-9]{0,2})*|[a-z]|[ivx]+)[.)](?:\s+(?=\S)|(?=[^\W\d_]))",
                          re.IGNORECASE)


def without_marker(text: str) -> str:
    """``text`` without the list marker a printed list puts before it; a number that is part of the name stays.

    Example:
        >>> [without_marker(t) for t in ("a. Roe", "5.Cakupan", "(b) Angka", "IV. Lain", "01. Program")]
        ['Roe', 'Cakupan', 'Angka', 'Lain', 'Program']
        >>> [without_marker(t) for t in ("3 Pilar Utama", "2024 Target", "1.02.02 Program A", "1.000 Rumah", "1.")]
        ['3 Pilar Utama', '2024 Target', '1.02.02 Program A', '1.000 Rumah', '1.']
    """
    return _LIST_MARKER.sub("", text, count=1)


def is_no_value(value: object) -> bool:
    """True for empty cells and the dashes/``n/a`` that exports use for "no value".

    Example:
        >>> [is_no_value(v) for v in (None, "", " - ", "n/a", 0, " / ", "III / c")]
        [True, True, True, True, False, True, False]
    """
    if isinstance(value, str):
        return clean_text(value).lower() in NO_VALUE
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, (float, np.floating)):
        return bool(np.isnan(value))
    if isinstance(value, (np.datetime64, np.timedelta64)):
        return bool(np.isnat(value))
    return False


def not_measured(value: object) -> bool:
    """Whether a value cell says its value is not measured yet in this period (``Diukur di TW IV``, ``Belum diukur``,
    ``belum ada data``), by the token rules of ``not_measured.csv``; a loader reads it as no value, with a warning
    quoting it. A cell starting with a number is its number (``93 %``), which the caller reads first.

    Example:
        >>> [not_measured(v) for v in ("Diukur di TW IV", "Dilaksanakan pada triwulan 4", "Belum ada data", "93 %",
        ...                            "Tidak tercapai", "Diukur", None)]
        [True, True, True, False, False, False, False]
    """
    if not isinstance(value, str):
        return False
    words = set(re.findall(r"[a-z]+", clean_text(value).lower()))
    return any(words & first and words & second for first, second in not_measured_rules())


def is_yes_no(value: object) -> bool:
    """Whether a value cell is a yes/no answer (``ada``, ``Tidak ada``, ``Ya``, ``sudah``, ``belum``: ``yes_no.csv``)
    rather than a number: the whole cell, without case or a closing full stop; a loader reads it as no value, with a
    finding quoting it.

    Example:
        >>> [is_yes_no(v) for v in ("ada", "Tidak Ada.", "YA", "belum", "ada 3 unit", "Adaptasi", 1, None)]
        [True, True, True, True, False, False, False, False]
    """
    return isinstance(value, str) and " ".join(clean_text(value).lower().rstrip(".").split()) in yes_no_answers()


#: one figure after a label that names its class (``R4 : 11 Unit``, ``L: 5``, ``Roda 2 : 3 unit``): the label has a
#: letter and is no currency (``Rp: 1.000`` is an amount), the figure may carry unit words but no second figure or
#: label; a time or a ratio (``08:00``, ``1:5``) is no label and figure
_LABELLED = re.compile(r"(?i)^(?!.*\d:\d)(?!\s*rp\b)\s*[^\d:=]*[^\W\d_][^:=]*?\s*[:=]\s*\d[\d.,]*\s*[^\W\d_]*(?:[\s./][^\W\d_]+)*\s*$")


def labelled(value: object) -> bool:
    """Whether a value cell is one figure after a label naming its class (``R4 : 11 Unit``: eleven four-wheeled
    vehicles) rather than a number: the whole cell. Several labelled figures (``R2 : 3, R4 : 11``) are not one.

    Example:
        >>> [labelled(v) for v in ("R4 : 11 Unit", "L: 5", "Roda 2 : 3 unit", "R2 : 3 Unit, R4 : 11 Unit", "11 Unit", "93 %", 11)]
        [True, True, True, False, False, False, False]
        >>> [labelled(v) for v in ("Pukul 08:00", "Rp: 1.000", "Predikat: BB")]
        [False, False, False]
    """
    return isinstance(value, str) and bool(_LABELLED.match(clean_text(value)))


def is_text_column(values: pd.Series) -> bool:
    """Whether a column was read as text: Arrow strings (pandas' ``str`` or ``string[pyarrow]``), missing for an empty cell.

    Example:
        >>> is_text_column(pd.Series(["a", None], dtype="str")), is_text_column(pd.Series(["a", 1], dtype=object))
        (True, False)
    """
    dtype = values.dtype
    return isinstance(dtype, pd.StringDtype) or (
        isinstance(dtype, pd.ArrowDtype) and (pa.types.is_string(dtype.pyarrow_dtype) or pa.types.is_large_string(dtype.pyarrow_dtype)))


def _arrow(values: pd.Series) -> pa.Array | pa.ChunkedArray:
    return pa.array(values.array)


def _flags(array: pa.Array | pa.ChunkedArray, missing: bool) -> np.ndarray:
    return array.fill_null(missing).to_numpy(zero_copy_only=False).astype(bool, copy=False)


def blank_mask(values: pd.Series) -> np.ndarray:
    """True for each empty cell or cell of only whitespace.

    Example:
        >>> blank_mask(pd.Series([None, " \\xa0", "x", 0], dtype=object)).tolist()
        [True, True, False, False]
    """
    if is_text_column(values):
        array = _arrow(values)
        return _flags(pc.or_(pc.utf8_is_space(array), pc.equal(array, "")), True)
    return np.fromiter(map(is_blank, values), dtype=bool, count=len(values))


def text_mask(values: pd.Series) -> np.ndarray:
    """True for each text cell (a string: in a column read as text, every cell that is not empty).

    Example:
        >>> text_mask(pd.Series(["x", 3, None], dtype=object)).tolist()
        [True, False, False]
    """
    if is_text_column(values):
        return values.notna().to_numpy()
    return np.fromiter((isinstance(v, str) for v in values), dtype=bool, count=len(values))


def no_value_mask(values: pd.Series) -> np.ndarray:
    """:func:`is_no_value` of each cell.

    Example:
        >>> no_value_mask(pd.Series([" - ", "n/a", "Budi", None], dtype="str")).tolist()
        [True, True, False, True]
    """
    if not is_text_column(values):
        return np.fromiter(map(is_no_value, values), dtype=bool, count=len(values))
    array = _arrow(values)
    # clean_text keeps every character of an ASCII string but its whitespace, and the NO_VALUE spellings have at most
    # nine others: only such short strings, and strings with other characters, are looked at one by one; digits
    # alone (a column of NIPs) never are "no value", and are left out first
    words = np.flatnonzero(~_flags(pc.ascii_is_decimal(array), False))
    rest = array.take(pa.array(words))
    letters = pc.subtract(pc.utf8_length(rest), pc.count_substring_regex(rest, _ASCII_SPACE))
    short = pc.less_equal(letters, max(len(v.replace(" ", "")) for v in NO_VALUE))
    maybe = np.zeros(len(values), dtype=bool)
    maybe[words] = _flags(pc.or_(short, pc.invert(pc.string_is_ascii(rest))), False)
    return _flags(pc.is_null(array), True) | mask_by_unique(values, maybe, is_no_value)


_ASCII_SPACE = "[\t\n\x0b\x0c\r\x1c-\x1f ]"


def mask_by_unique(values: pd.Series, where: np.ndarray, test: Callable[[object], bool]) -> np.ndarray:
    """``test`` of the cells of ``values`` where ``where`` is set (False elsewhere), called once per distinct value.

    Example:
        >>> mask_by_unique(pd.Series(["a", "b", "a"]), np.array([True, True, False]), lambda v: v == "a").tolist()
        [True, False, False]
    """
    out = np.zeros(len(values), dtype=bool)
    if where.any():
        codes, uniques = pd.factorize(values[where], use_na_sentinel=False)
        out[where] = np.fromiter(map(test, uniques), dtype=bool, count=len(uniques))[codes]
    return out


def clean_texts(values: pd.Series) -> pd.Series:
    """Each cell as text with its whitespace collapsed (``" ".join(str(v).split())``), None for an empty cell.

    Each distinct value is cleaned once and the cells share the result, as a
    column of a few hundred unit names repeated a million times should.

    Example:
        >>> clean_texts(pd.Series([" Sari \\xa0 Dewi ", None, " Sari \\xa0 Dewi "], dtype="str")).tolist()
        ['Sari Dewi', None, 'Sari Dewi']
    """
    codes, uniques = pd.factorize(values)
    if is_text_column(values):
        array = pa.array(uniques.array, type=pa.large_string())
        # only text with whitespace besides single spaces between words changes: a column of names is mostly clean already
        unclean = pc.or_(pc.or_(pc.invert(pc.ascii_is_printable(array)), pc.match_substring(array, "  ")),
                         pc.or_(pc.starts_with(array, " "), pc.ends_with(array, " ")))
        at = pa.array(np.flatnonzero(_flags(unclean, False)))
        if len(at):
            cleaned = pc.binary_join(pc.utf8_split_whitespace(pc.utf8_trim_whitespace(array.take(at))), pa.scalar(" ", pa.large_string()))
            array = pc.replace_with_mask(array, unclean, cleaned)
        texts = array.to_numpy(zero_copy_only=False)
    else:
        texts = np.asarray([" ".join(str(v).split()) for v in uniques], dtype=object)
    return pd.Series(np.append(texts, None)[codes], index=values.index, dtype=object)  # code -1: an empty cell


# ---------------------------------------------------------------- numbers

# ASCII digits only: other scripts' digits (which float() would accept) are not a number in an export
_CURRENCY = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)
_TRAILING = re.compile(r"(?:,-|,—|\.-)$")
_SUFFIX = re.compile(r"\s*(?:%|persen|orang|org|jiwa|unit|buah)$", re.IGNORECASE)
_PLAIN = re.compile(r"^[+-]?[0-9]+$")
_ID_ONE_GROUP = re.compile(r"^[+-]?[0-9]{1,3}\.[0-9]{3}$")  # 1.234: 1234, or 1.234 with a decimal point
_ID_GROUPED = re.compile(r"^[+-]?[0-9]{1,3}(?:\.[0-9]{3}){2,}$")  # 13.201.715.554
_ID_DECIMAL = re.compile(r"^[+-]?[0-9]{1,3}(?:\.[0-9]{3})*,[0-9]+$|^[+-]?[0-9]+,[0-9]+$")  # 1.234,50 or 88,30
_POINT_DECIMAL = re.compile(r"^[+-]?[0-9]+\.[0-9]+$")  # 88.30, 1234.5
_EN_GROUPED = re.compile(r"^[+-]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$")  # 1,234,567.89
#: a number under 1000 with one mark before its last one or two digits (3.5, 88,30): no convention groups thousands by
#: one or two digits, so the mark is a decimal one whichever it is, and only the mark differs between the conventions
_LONE_DECIMAL = re.compile(r"^[+-]?[0-9]{1,3}[.,][0-9]{1,2}$")
#: a line of a cell that holds a figure: two such lines are two figures ('1.172.842.020\n-312.731.020', a total and the
#: surplus under it), never one number to be joined
_FIGURE_LINE = re.compile(r"[0-9]")

#: number conventions a column of text numbers can follow
INDONESIAN = "indonesian"  # 1.234.567,89
POINT = "point"  # 1234567.89 or 1,234,567.89


@dataclass(frozen=True)
class TextNumber:
    """A number written as text, with what its spelling says about the convention."""

    value: float
    #: INDONESIAN or POINT when the spelling decides it, None when it fits both
    convention: str | None
    #: True when the spelling means different numbers under the two conventions (``1.234``)
    ambiguous: bool = False
    #: True when its one mark can only be a decimal mark (``3.5``, ``88,30``): it means one number in a column of
    #: either convention, though it votes for the one its mark is the decimal mark of
    decimal_only: bool = False


def read_text_number(text: str) -> TextNumber:
    """Read a number written as text the way Indonesian exports write it.

    Raises :class:`ValueParseError` when the text is not a number.

    Example:
        >>> read_text_number("Rp 13.201.715.554,00").value
        13201715554.0
        >>> read_text_number("88,30 %").value
        88.3
        >>> read_text_number("1.234")
        TextNumber(value=1234.0, convention=None, ambiguous=True, decimal_only=False)
    """
    raw = text
    if sum(bool(_FIGURE_LINE.search(line)) for line in text.splitlines()) > 1:
        raise ValueParseError(raw, expects("number_one_line"))
    text = clean_text(text)
    text = _CURRENCY.sub("", text)
    text = _TRAILING.sub("", text)
    text = _SUFFIX.sub("", text).replace(" ", "")
    negative = text.startswith("(") and text.endswith(")")
    if negative:
        text = "-" + text[1:-1]
    if _PLAIN.match(text):
        read = TextNumber(float(text), None)
    elif _ID_ONE_GROUP.match(text):
        read = TextNumber(float(text.replace(".", "")), None, ambiguous=True)
    elif _ID_GROUPED.match(text):
        read = TextNumber(float(text.replace(".", "")), INDONESIAN)
    elif _ID_DECIMAL.match(text):
        read = TextNumber(float(text.replace(".", "").replace(",", ".")), INDONESIAN)
    elif _POINT_DECIMAL.match(text):
        read = TextNumber(float(text), POINT)
    elif _EN_GROUPED.match(text):
        read = TextNumber(float(text.replace(",", "")), POINT)
    else:
        raise ValueParseError(raw, expects("number_written"))
    if not math.isfinite(read.value):
        raise ValueParseError(raw, expects("number_sensible"))
    return replace(read, decimal_only=True) if _LONE_DECIMAL.match(text) else read


def parse_number(value: object, convention: str | None = INDONESIAN) -> float | None:
    """Read one cell as a number: Excel numbers as they are, text the Indonesian way.

    ``None`` means "no value" (empty, ``-``, ``n/a``), never zero. ``convention``
    settles ``1.234``: :data:`INDONESIAN` reads 1234, :data:`POINT` refuses it as
    ambiguous. A cell of the other convention is refused, except a number under
    1000 whose one mark stands before its last one or two digits (``3.5`` among
    ``3,5``): no convention groups thousands so, and it means one number in both.

    Example:
        >>> parse_number("Rp. 1.234"), parse_number(" - "), parse_number(44)
        (1234.0, None, 44.0)
        >>> parse_number("3.5", INDONESIAN), parse_number("88,30 %", POINT)
        (3.5, 88.3)
    """
    if is_no_value(value):
        return None
    if isinstance(value, bool):
        raise ValueParseError(value, expects("number_not_boolean"))
    if isinstance(value, (int, float, np.integer, np.floating)):
        number = float(value) if abs(value) < 1e300 else math.inf  # huge ints would overflow float()
        if not math.isfinite(number):
            raise ValueParseError(value, expects("number_finite"))
        return number
    if not isinstance(value, str):
        raise ValueParseError(value, expects("a_number"))
    read = read_text_number(value)
    if read.ambiguous and convention == POINT:
        raise ValueParseError(
            value, expects("number_unambiguous"))
    if read.convention and convention and read.convention != convention and not read.decimal_only:
        raise ValueParseError(value, expects("number_style", style=_describe(convention)))
    return read.value


def _describe(convention: str) -> str:
    return "1.234,56" if convention == INDONESIAN else "1234.56"


def column_convention(values: pd.Series) -> str | None:
    """The number convention most text cells of a column follow, or None if none decides it.

    A tie goes to :data:`INDONESIAN`. Cells of the other convention are then
    refused by :func:`parse_number`, each with its own cell, rather than guessed.

    Example:
        >>> column_convention(pd.Series(["88,30", "1.234", 5])), column_convention(pd.Series(["12.5", "1.234"]))
        ('indonesian', 'point')
    """
    votes = {INDONESIAN: 0, POINT: 0}
    for text in pd.unique(values[values.map(lambda v: isinstance(v, str))]):
        try:
            read = read_text_number(text)
        except ValueParseError:
            continue
        if read.convention:
            votes[read.convention] += 1
    if not any(votes.values()):
        return None
    return INDONESIAN if votes[INDONESIAN] >= votes[POINT] else POINT


# ---------------------------------------------------------------- categories

_KEY_PARTS = re.compile(r"[a-z0-9]+")
_NUMBER_PART = re.compile(r"^(?:[0-9]+|[ivx]+)$")


def alias_key(text: object) -> str:
    """The form aliases are compared in: lower case, letters and digits only.

    Two numbers (Roman or Arabic) stay apart (``_``): joined, ``Diploma I/II``
    would read as ``Diploma III`` and ``1/2`` as ``12``.

    Example:
        >>> alias_key(" S-1/Sarjana "), alias_key("Laki-Laki"), alias_key("Diploma I/II")
        ('s1sarjana', 'lakilaki', 'diplomai_ii')
    """
    parts = _KEY_PARTS.findall(clean_text(text).lower())
    key = parts[:1]
    for before, part in zip(parts, parts[1:]):
        if _NUMBER_PART.match(before) and _NUMBER_PART.match(part):
            key.append("_")
        key.append(part)
    return "".join(key)


def header_key(text: object) -> str:
    """The form headers are compared in (header aliases, and a header repeated down a table).

    Example:
        >>> header_key("GOL. RUANG"), header_key("Realisasi (%)"), header_key(" No. ") == header_key("NO")
        ('golruang', 'realisasipersen', True)
    """
    text = clean_text(text).lower().replace("%", " persen ")
    return re.sub(r"[^a-z0-9]", "", text)


#: a label for those below a level: "<SD", "< SD", "Kurang dari SD", "Di bawah SD", "Tidak/Belum tamat SD"
_BELOW = re.compile(r"^\s*(?:<(?!=)|kurang\s+dari\b|di\s*bawah\b|(?:tidak|belum)\s+tamat\b)", re.IGNORECASE)
_QUALIFIER = re.compile(r"\b(?:sederajat|setingkat|ke\s*bawah|kebawah|ke\s*atas|keatas)\b", re.IGNORECASE)
#: "SM.Ak", "SM Non Ak": Sarjana Muda (akademi or not) as BKN's old codes shorten it; "SMAK" is a school, not this
_SARJANA_MUDA = re.compile(r"^SM(?:\s*\.\s*|\s+|$)", re.IGNORECASE)


#: the brackets of a label ('Pendidikan Atas (SMA/SMK)', 'Doktor(S3)'), and what parts a bracket's list of levels
_BRACKETS = re.compile(r"\(([^()]*)\)")
_LIST_PARTS = re.compile(r"\s*(?:[/,;&]|\s[-–]\s|\bdan\b|\batau\b)\s*", re.IGNORECASE)


def _bracketed_level(text: str, expected: Said) -> str | None:
    """The education level an education label states in brackets after its words ('Pendidikan Atas (SMA/SMK)' SMA,
    'Magister (S2)' S2), or None when its brackets name no level ('Sarjana (umum)'): the words outside then decide.

    The levels a bracket names are its parts that read as one (a school's name the kit does not know, 'SMPK' in
    'SMP/SMPK', names no second level); a part below a level ('Tidak tamat SD') makes the bracket no list of levels.
    Two spellings of one level (SMA/SMK, as ``value_aliases.csv`` counts them) are that level. A bracket naming several levels ('Ahli Madya/Diploma 3 (D1/D2/D3)') is refused naming them: its staff hold
    any of them, and counting them all as one would be a guess. A bracket at odds with the words before it
    ('Sarjana (S2)') is refused too.
    """
    inside = _BRACKETS.findall(text)
    if not inside:
        return None
    levels: list[str] = []
    for group in inside:
        parts = [part for part in _LIST_PARTS.split(group) if part and _QUALIFIER.sub("", part).strip()]
        if any(_BELOW.match(part) for part in parts):
            return None
        for part in parts:
            try:
                level = _lookup("education", part, expected)
            except ValueParseError:
                continue
            if level not in levels:
                levels.append(level)
    if not levels:
        return None
    if len(levels) > 1:
        raise ValueParseError(text, expects("education_levels_lumped", expected=expected, levels=", ".join(levels)))
    outside = _BRACKETS.sub(" ", text).strip()
    try:
        before = _lookup("education", outside, expected) if outside else None
    except ValueParseError:
        before = None  # 'Pendidikan Atas', 'Ahli Madya': words that are no level on their own
    if before is not None and before != levels[0]:
        raise ValueParseError(text, expects("education_levels_lumped", expected=expected,
                                            levels=f"{before}, {levels[0]}"))
    return levels[0]


def _lookup(field: str, value: object, expected: Said, *, major: bool = False) -> str:
    if is_no_value(value):
        raise ValueParseError(value, expected)
    aliases = value_aliases(field)
    text = clean_text(value)
    if field == "education" and _BELOW.match(text):
        # "<SD", "Tidak tamat SD": below the level it names (unlike "=< SMA", which includes it)
        raise ValueParseError(value, expects("education_below", expected=expected))
    if field == "education":
        text = _SARJANA_MUDA.sub("Sarjana Muda ", text).strip()
    key = alias_key(text)
    if key in aliases:
        return aliases[key]
    if field == "education" and (bracketed := _bracketed_level(text, expected)) is not None:
        return bracketed
    # "S-1/Sarjana", "D-III/Diploma": the part before the slash names the level
    head = alias_key(re.split(r"[/(]", text, maxsplit=1)[0])
    if head in aliases:
        return aliases[head]
    # "SMA-SMK", "SLTA/SMK": two spellings of one level joined; two levels ("D3-D4") stay ambiguous
    parts = {aliases.get(alias_key(part)) for part in re.split(r"\s*[/\-–]\s*", text) if part.strip()}
    if len(parts) == 1 and None not in parts and re.search(r"[/\-–]", text):
        return parts.pop()
    # "=< SMA sederajat", "SLTA Sederajat", "SMA ke bawah": the level with a qualifier
    bare = alias_key(_QUALIFIER.sub("", re.split(r"[/(]", text.lstrip("=<>≤≥ "), maxsplit=1)[0]))
    if bare in aliases:
        return aliases[bare]
    if major:
        # "S1 Ekonomi", "D-III Keperawatan", "SMA IPA": the level, then the major (jurusan)
        words = re.split(r"[\s,]+", text)
        for n in range(min(3, len(words) - 1), 0, -1):
            head = alias_key(" ".join(words[:n]))
            if head in aliases:
                return aliases[head]
    raise ValueParseError(value, expected)


def printed_decimals(value: object) -> int:
    """Decimals a stated percentage was printed with: the rounding it allows.

    Example:
        >>> printed_decimals(99), printed_decimals("98,56%"), printed_decimals(97.5)
        (0, 2, 1)
    """
    if isinstance(value, int) or is_no_value(value):
        return 0
    if isinstance(value, float):
        text = repr(round(value, 6))
        return 0 if value.is_integer() else len(text.split(".")[1])
    match = re.search(r"[.,](\d+)\s*%?\s*$", clean_text(value))
    return len(match.group(1)) if match else 0


def parse_gender(value: object) -> str:
    """Normalise a gender cell to ``Laki-laki`` or ``Perempuan``.

    Example:
        >>> parse_gender("Laki-Laki"), parse_gender(" P "), parse_gender("Wanita")
        ('Laki-laki', 'Perempuan', 'Perempuan')
    """
    return _lookup("gender", value, expects("gender"))


def parse_position_type(value: object) -> str:
    """Normalise a position type to ``Struktural``, ``Fungsional`` or ``Pelaksana``.

    Example:
        >>> parse_position_type("Jabatan Fungsional Umum")
        'Pelaksana'
    """
    return _lookup("position_type", value, expects("position_type"))


#: a number after a jabatan's name, in the same cell (an NPWP '26.182.338.0-125.000' on the jabatan's second line, a
#: print's 'JABATAN NPWP' column): not part of the name, whose jenjang stands before it
_TRAILING_NUMBER = re.compile(r"(?:\s+[\d.,/-]*\d[\d.,/-]*)+$")


def position_type_of_jabatan(value: object) -> str | None:
    """The position type a jabatan's name tells (``jabatan_names.csv``, first entry that matches), or None.

    A jabatan fungsional ends with its jenjang (``Ahli Pertama`` … ``Ahli Utama``, ``Terampil``, ``Penyelia``), a
    structural post starts with what it heads (``Kepala``, ``Sekretaris``, ``Camat``), a pelaksana post with its
    nomenclature (``Pengadministrasi``, ``Pengelola``). A name that says none of these (``Analis Kepegawaian``, which
    may be either) is None: the caller decides.

    Example:
        >>> position_type_of_jabatan("Pembimbing Kemasyarakatan Ahli Muda"), position_type_of_jabatan("KEPALA DINAS KESEHATAN")
        ('Fungsional', 'Struktural')
        >>> position_type_of_jabatan("Kepala Sekolah"), position_type_of_jabatan("Penata Muda")
        ('Fungsional', None)
        >>> position_type_of_jabatan("Epidemiolog Kesehatan Terampil 26.182.338.0-125.000"), position_type_of_jabatan("Analis 26.182")
        ('Fungsional', None)
    """
    if is_no_value(value):
        return None
    words = tuple(_KEY_PARTS.findall(_TRAILING_NUMBER.sub("", clean_text(value)).lower()))
    for kind, where, phrase, unless in jabatan_patterns():
        n = len(phrase)
        if where == "whole":
            hit = words == phrase
        elif where == "end":
            hit = len(words) > n and words[-n:] == phrase  # a jenjang after the jabatan's own name
        else:
            hit = words[:n] == phrase
        if hit and not unless & set(words):
            return kind
    return None


def parse_education(value: object, *, major: bool = True) -> str:
    """Normalise an education level to ``SD SMP SMA D1 D2 D3 D4 S1 S2 S3``.

    With ``major``, a level followed by its major (``S1 Ekonomi``, ``D-III
    Keperawatan``), as rosters write it, is that level; a summary's category
    is read without (``SD Negeri 1`` there is a school, not a level).

    Example:
        >>> parse_education("S-1/Sarjana"), parse_education("D-III Keperawatan"), parse_education("SLTA"), parse_education("SMA-SMK")
        ('S1', 'D3', 'SMA', 'SMA')
    """
    return _lookup("education", value, expects("education"), major=major)


def parse_status(value: object) -> str:
    """Normalise an employment status to ``PNS`` or ``PPPK``.

    Values that say something else (``Aktif``, ``Tugas Belajar`` in a KEDUDUKAN
    HUKUM column) are refused: the caller decides whether they matter.

    Example:
        >>> parse_status("Pegawai Negeri Sipil"), parse_status(" pppk ")
        ('PNS', 'PPPK')
    """
    return _lookup("status", value, expects("status"))


#: a condition as inventories (KIB, Buku Inventaris of SIMDA BMD, SIMAK BMN, a room's DBR) write it → good or damaged
_CONDITIONS = {"b": "good", "baik": "good", "kb": "damaged", "kurangbaik": "damaged", "rr": "damaged", "rusakringan": "damaged",
               "rb": "damaged", "rusakberat": "damaged", "rusak": "damaged", "rs": "damaged", "rusaksedang": "damaged",
               "rusaktotal": "damaged"}


def asset_condition(value: object) -> str | None:
    """``good`` or ``damaged`` for an item's condition as inventories write it (B, KB, RR, RS, RB; Baik, Rusak Ringan,
    Rusak Sedang, Rusak Berat), else None.

    Example:
        >>> asset_condition("B"), asset_condition("Rusak Ringan"), asset_condition(" RB "), asset_condition("X")
        ('good', 'damaged', 'damaged', None)
        >>> asset_condition("Kondisi kurang baik")  # as a remark writes it, the word 'kondisi' before the condition
        'damaged'
        >>> asset_condition("Rusak Sedang"), asset_condition("Rusak Total")  # the grades of school buildings
        ('damaged', 'damaged')
    """
    return None if is_no_value(value) else _CONDITIONS.get(alias_key(value).removeprefix("kondisi"))


def asset_lost(value: object) -> bool:
    """Whether an inventory's condition cell says the item is lost (``Hilang``, ``Tidak ditemukan``; the words in
    ``lost_conditions.csv``): on the register, but neither good nor damaged. A cell holding any other word is not.

    Example:
        >>> asset_lost("Hilang"), asset_lost("Tidak Ditemukan"), asset_lost("Baik"), asset_lost("Hilang sebagian")
        (True, True, False, False)
    """
    if is_no_value(value) or not isinstance(value, str):
        return False
    words = frozenset(re.findall(r"[a-z]+", clean_text(value).lower()))
    return words in lost_conditions()


_PERCENT = r"(\d{1,3}(?:[.,]\d+)?)\s*%"
#: a damage percentage as a condition is written: one share (``20%``), a limit (``≤ 15%``, ``Kerusakan ≥65%``) or a band
#: (``30% – 45%``, ``15% – ≤ 30%``)
_DAMAGE = re.compile(rf"^(?:kerusakan\s*:?\s*)?(?:([<>≤≥]=?)\s*)?{_PERCENT}(?:\s*(?:-|–|—|s\.?\s*d\.?|s/d|sampai)\s*(?:[<≤]=?\s*)?{_PERCENT})?$",
                     re.IGNORECASE)


def damage_band(value: object) -> tuple[float, float] | None:
    """The lowest and the highest share of damage (in %) a condition written as a damage percentage states, or None
    for any other value. A limit below (``≤ 15%``) runs from 0, one above (``≥65%``) to 100.

    Example:
        >>> damage_band("30% – 45%"), damage_band("Kerusakan ≤ 15%"), damage_band("≥65%"), damage_band("20 %")
        ((30.0, 45.0), (0.0, 15.0), (65.0, 100.0), (20.0, 20.0))
        >>> damage_band("Baik"), damage_band("45% – 30%"), damage_band("120%")
        (None, None, None)
    """
    if is_no_value(value) or not isinstance(value, str):
        return None
    found = _DAMAGE.match(clean_text(value))
    if found is None:
        return None
    sign, low, high = found.group(1), float(found.group(2).replace(",", ".")), found.group(3)
    if high is not None:
        band = (low, float(high.replace(",", ".")))
    else:
        band = (0.0, low) if sign in ("<", "≤", "<=") else (low, 100.0) if sign in (">", "≥", ">=") else (low, low)
    return band if 0 <= band[0] <= band[1] <= 100 else None


def non_asn_status(value: object) -> str | None:
    """The kind of non-ASN staff a label names (``Honorer``, ``PTT``, ``PPNPN``, ``THL`` …), or None.

    Staff tables often end with a row of honorer or contract staff under the
    golongan or education rows; they are not PNS or PPPK and have no golongan,
    so the loaders count them apart (``non_asn.csv`` lists the words).

    Example:
        >>> non_asn_status("Tenaga Honorer"), non_asn_status("PTTB"), non_asn_status("Non-PNS"), non_asn_status("III/a")
        ('Honorer', 'PTT', 'Non-PNS', None)
    """
    if is_no_value(value):
        return None
    words = set(_KEY_PARTS.findall(clean_text(value).lower()))
    return next((kind for phrase, kind in non_asn_statuses() if phrase <= words), None)


def inactive_status(value: object, *, later_than: int | None = None) -> str | None:
    """The kind of leaving (``Pensiun``, ``Meninggal``, ``Mutasi keluar``, ``Nonaktif`` …) a roster's status or
    keterangan cell says of a person no longer on the staff, or None when it says nothing of the kind.

    The longest phrases of ``inactive_status.csv`` the cell holds decide: ``Masa Persiapan Pensiun`` (still a PNS)
    and ``Harus Segera Pensiun`` (retiring soon, still serving) are not ``Pensiun``, ``Tidak Aktif`` is not ``Aktif``;
    when they disagree the person stays counted. A cell that names a year after ``later_than`` speaks of what is to
    come (``Pensiun TMT 1-6-2025`` in a 2024 roster): None.

    Example:
        >>> [inactive_status(v) for v in ("NONAKTIF", "Non-Aktif", "Aktif", "Tugas Belajar", "Masa Persiapan Pensiun")]
        ['Nonaktif', 'Nonaktif', None, None, None]
        >>> inactive_status("Pensiun TMT 01-06-2025", later_than=2024), inactive_status("Pensiun TMT 01-06-2024", later_than=2024)
        (None, 'Pensiun')
        >>> inactive_status("Harus Segera Pensiun"), inactive_status("Menuju Pensiun (<= 3 Bulan)"), inactive_status("Sudah Pensiun")
        (None, None, 'Pensiun')
    """
    if is_no_value(value) or not isinstance(value, str):
        return None
    words = _KEY_PARTS.findall(clean_text(value).lower())
    if later_than is not None and any(len(w) == 4 and w[:2] in ("19", "20") and int(w) > later_than for w in words):
        return None
    found = [(phrase, counted, kind) for phrase, counted, kind in inactive_statuses() if phrase <= set(words)]
    if not found:
        return None
    longest = max(len(phrase) for phrase, _, _ in found)
    decided = [(phrase, counted, kind) for phrase, counted, kind in found if len(phrase) == longest]
    if any(counted for _, counted, _ in decided):
        return None
    return decided[0][2]


# ---------------------------------------------------------------- golongan

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
          "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16, "XVII": 17}
_GROUP_DIGIT = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_GOL = re.compile(r"^(IV|III|II|I|[1-4])\s*[/.\-]?\s*([A-E])$")
_GOL_INSIDE = re.compile(r"(?<![A-Z0-9])(IV|III|II|I)\s*[/.\-]\s*([A-E])(?![A-Z0-9])")
_PANGKAT = re.compile(r"^(?:PEMBINA|PENATA|PENGATUR|JURU)(?:\s+(?:UTAMA|MUDA|MADYA))*(?:\s+(?:TINGKAT|TK)\.?\s*(?:I|1)\b)?(?:\s*[/:]\s*|\s+)(?=\S)")
#: the golongan's code first, the ruang letter glued to the group or not, then the pangkat name and nothing else
#: ('IIIA Penata Muda', 'IVB Pembina Muda Tingkat' in a BPS Dalam Angka table); the code decides, since publications
#: shift the names
_GOL_THEN_PANGKAT = re.compile(r"^((?:IV|III|II|I)\s*[/.\-]?\s*[A-E])(?:\s*-\s*|\s+)(?:PEMBINA|PENATA|PENGATUR|JURU)"
                               r"(?:\s+(?:UTAMA|MUDA|MADYA|TINGKAT|TK\.?|I|1))*\.?$")
#: a bilingual label of a group, the English after the Indonesian: 'Golongan III\nRange III' (BPS Dalam Angka tables)
_GROUP_TRANSLATED = re.compile(r"^(IV|III|II|I)\s+(?:RANGE|GROUP|GRADE|CLASS)\s+\1$")
_GOL_PREFIX = re.compile(r"^(?:GOLONGAN|GOL\.?)(?:\s*/?\s*RUANG)?\s*:?\s*")
_PPPK = re.compile(r"^(?:PPPK\s*)?([IVX]+)(?:\s*\(?PPPK\)?)?$")


def parse_golongan(value: object, *, pppk: bool = False, group_only: bool = False) -> str:
    """Normalise a golongan/ruang to its canonical spelling.

    PNS grades become ``III/a`` (from ``III/A``, ``III.a``, ``III-a``, ``III a``,
    ``IIIa``, ``3a``, ``Penata Muda, III/a``, ``Gol. III/a``, ``Penata Tingkat I III D``,
    ``Juru Muda 1 A``, ``Pengatur Muda / II a``, ``IIIA Penata Muda``); a bare group
    (``III``, ``Golongan III``) is accepted only with ``group_only`` (summaries by group). PPPK grades I–XVII are their own
    scale and become ``IX (PPPK)``: pass ``pppk=True`` for a PPPK employee.

    Example:
        >>> parse_golongan("IIIa"), parse_golongan("3.d"), parse_golongan("IX", pppk=True)
        ('III/a', 'III/d', 'IX (PPPK)')
        >>> parse_golongan("III", group_only=True), parse_golongan("Juru Muda/Golongan III", group_only=True)
        ('III', 'III')
    """
    if is_no_value(value):
        raise ValueParseError(value, expects("golongan_such_as"))
    text = clean_text(value).upper()
    if "," in text:  # "Pembina Utama Muda, IV/c": pangkat before the golongan
        text = text.rsplit(",", 1)[1].strip()
    text = _GOL_PREFIX.sub("", text)  # "Golongan III", "Gol. IV/a"
    if group_only and (translated := _GROUP_TRANSLATED.match(text)):
        text = translated.group(1)
    text = _PANGKAT.sub("", text)  # "Penata Tingkat I III D", "Juru Muda 1 A": the pangkat before the golongan
    text = _GOL_PREFIX.sub("", text)  # "Juru Muda/Golongan III": the golongan named after the pangkat
    if pangkat_after := _GOL_THEN_PANGKAT.match(text):
        text = pangkat_after.group(1)
    if _GOL.match(inner := text.removeprefix("(").removesuffix(")").strip()):
        text = inner  # "Pembina (IV/a)": the golongan in brackets after its pangkat, read even where the text must be strict
    if not _GOL.match(text) and not (group_only or pppk or "PPPK" in text):
        # "Penata Muda Tk.I (III/b)", "III/b - Penata Muda Tingkat I": one golongan, written with its separator, in the text
        found = {(g, r) for g, r in _GOL_INSIDE.findall(text)}
        if len(found) == 1:
            text = "/".join(found.pop())
    if "PPPK" in text or pppk:
        match = _PPPK.match(text)
        if match and match.group(1) in _ROMAN:
            return f"{match.group(1)} (PPPK)"
        raise ValueParseError(value, expects("pppk_grade"))
    match = _GOL.match(text)
    if match:
        group = _GROUP_DIGIT.get(match.group(1), match.group(1))
        code = f"{group}/{match.group(2).lower()}"
        if code in golongan_table().index:
            return code
    if group_only and text in ("I", "II", "III", "IV"):
        return text
    raise ValueParseError(value, expects("golongan_or_group" if group_only else "golongan"))


# ---------------------------------------------------------------- NIP

@dataclass(frozen=True)
class Nip:
    """What an 18-digit NIP (PNS) or NI PPPK says about its holder."""

    digits: str
    birth_date: dt.date
    appointed: dt.date  # TMT CPNS (first of the month) or the PPPK TMT year (1 January)
    gender: str
    status: str  # "PNS" or "PPPK"


def parse_nip(value: object) -> Nip:
    """Check and decode an NIP: birth date, appointment, gender digit, PNS or PPPK.

    Spaces as printed (``19641215 199003 1 009``) are allowed; a NIP stored as an
    Excel number is refused, because 18 digits do not survive a float. The rules
    are those of :func:`parse_nips`, applied to one value.

    Example:
        >>> nip = parse_nip("19671110 199203 1 001")
        >>> nip.birth_date, nip.appointed, nip.gender, nip.status
        (datetime.date(1967, 11, 10), datetime.date(1992, 3, 1), 'Laki-laki', 'PNS')
    """
    nip = parse_nips(pd.Series([value], dtype=object)).to_dict("records")[0]
    if isinstance(nip["error"], Said):
        raise ValueParseError(value, nip["error"])
    return Nip(nip["digits"], nip["birth_date"].date(), nip["appointed"].date(), nip["gender"], nip["status"])


def parse_nips(values: pd.Series) -> pd.DataFrame:
    """Check and decode a column of NIPs at once (a roster of any size).

    Returns, aligned with ``values``: ``digits``, ``birth_date``, ``appointed``,
    ``gender``, ``status`` (PPPK when digit 13 is ``2``, else PNS) and ``error``
    (what was expected, None for a valid NIP; the other columns are missing
    where it is set). :func:`decode_nips` does the work.

    Example:
        >>> nips = parse_nips(pd.Series(["19641215 199003 1 009", "199006152022211004", "19650230199003 1 009"]))
        >>> nips[["gender", "status"]].values.tolist()
        [['Laki-laki', 'PNS'], ['Laki-laki', 'PPPK'], [None, None]]
        >>> nips["error"].iloc[2].text("en")
        'an NIP whose first 8 digits are a real birth date YYYYMMDD'
    """
    nips = decode_nips(values)
    index = values.index
    return pd.DataFrame({
        "digits": pd.Series(nips.digits(), index=index, dtype=object),
        "birth_date": pd.Series(nips.birth_date, index=index),
        "appointed": pd.Series(nips.appointed, index=index),
        "gender": pd.Series(np.asarray(NIP_GENDERS, dtype=object)[nips.sex], index=index, dtype=object),
        "status": pd.Series(np.asarray(NIP_STATUSES, dtype=object)[nips.status], index=index, dtype=object),
        "error": pd.Series(nips.errors(), index=index, dtype=object),
    })


#: what the 15th digit of a NIP (:attr:`NipColumn.sex`) and its 13th (:attr:`NipColumn.status`) say, by code
NIP_GENDERS = (None, "Laki-laki", "Perempuan")
NIP_STATUSES = (None, "PNS", "PPPK")


@dataclass(frozen=True)
class NipColumn:
    """A column of NIPs checked and decoded (:func:`decode_nips`): arrays aligned with the column.

    ``code`` says what is wrong with each cell (0 nothing); the other arrays
    hold the parts of the valid NIPs, and NaT or 0 where a cell is not one.
    """

    text: pa.Array | pa.ChunkedArray  #: each cell as checked: as printed, without its spaces, apostrophe and dots
    number: np.ndarray  #: int64, a valid NIP's 18 digits as one number: equal numbers, equal NIPs
    birth_date: np.ndarray  #: datetime64[us]
    appointed: np.ndarray  #: datetime64[us]
    sex: np.ndarray  #: int8, 1 male, 2 female: an index of NIP_GENDERS
    status: np.ndarray  #: int8, 1 PNS, 2 PPPK: an index of NIP_STATUSES
    code: np.ndarray  #: int8: 0 for a valid NIP, else which of _NIP_ERRORS (1-based) says what is wrong

    @property
    def valid(self) -> np.ndarray:
        return self.code == 0

    def digits(self) -> np.ndarray:
        """Each valid NIP's 18 digits (``object``: str), None for the other cells."""
        valid = self.valid
        text = self.text if valid.all() else pc.if_else(pa.array(valid), self.text, pa.scalar(None, self.text.type))
        return text.to_numpy(zero_copy_only=False)

    def errors(self) -> np.ndarray:
        """What was expected of each cell (``object``), None for a valid NIP."""
        error = np.asarray((None, *_NIP_ERRORS), dtype=object)[self.code]
        short = np.flatnonzero(self.code == 1)
        if len(short):
            cells = self.text.take(pa.array(short))
            counts = pc.count_substring_regex(cells, "[0-9]").to_numpy(zero_copy_only=False)
            # a SIMPEG's DUK saved from the browser: '> name > NIP > sex > status …', a person's values stacked in one cell
            items = pc.count_substring(cells, ">").to_numpy(zero_copy_only=False)
            error[short] = [expects("nip_stacked", values=k) if k >= 3 else expects("nip_digits", digits=n)
                            for n, k in zip(counts, items)]
        return error


def decode_nips(values: pd.Series) -> NipColumn:
    """Check and decode a column of NIPs (read cell by cell or as text): the arrays behind :func:`parse_nips`.

    The digits are read as one 64-bit number each and taken apart with
    integer arithmetic, so a million NIPs cost a few vector operations.

    Example:
        >>> nips = decode_nips(pd.Series(["19641215 199003 1 009", "199006152022211004", 196502301990031009,
        ...                               "'196412151990031009 (NIDN: 0015126401)"]))
        >>> nips.digits().tolist(), nips.status.tolist(), nips.code.tolist()
        (['196412151990031009', '199006152022211004', None, '196412151990031009'], [1, 2, 0, 1], [0, 0, 3, 0])
    """
    if is_text_column(values):
        numeric = np.zeros(len(values), dtype=bool)
        text = _arrow(values)
    else:
        values = values.astype(object)
        kind = values.map(_cell_kind)
        numeric = kind.eq("number").to_numpy()
        text = pa.array(values.where(kind.isin(("text", "other")), None).map(lambda v: v if v is None or isinstance(v, str) else str(v)),
                        type=pa.large_string(), from_pandas=True)
    # as printed: other scripts' digits and spaces (NFKC), spaces, a leading apostrophe (Excel's "keep as text"),
    # dots between the parts; only the cells that are not plain digits need it, so a clean column of a million costs little
    printed = np.flatnonzero(~_flags(pc.ascii_is_decimal(text), True))
    if len(printed):
        cleaned = pc.utf8_normalize(text.take(pa.array(printed)), "NFKC")
        # a cell of several lines (a print's 'NIP / NRP KARPEG': the NIP, then the karpeg under it): the one line that is
        # an NIP, when only one is
        lines = pc.match_substring(cleaned, "\n").fill_null(False).to_numpy(zero_copy_only=False)
        if lines.any():
            cleaned = pa.array([_nip_line(v) if multi else v for v, multi in zip(cleaned.to_pylist(), lines)], type=cleaned.type)
        # an annotation after the NIP ("196604121992031051 (NIDN: 0012046602)", "… / NIDN …"): the NIP is the first part
        cleaned = pc.replace_substring_regex(cleaned, r"^\s*'?\s*([0-9][0-9 .]{16,24}[0-9])\s*[(\[/;,|].*$", r"\1")
        cleaned = pc.replace_substring_regex(cleaned, r"[\s'.]", "")
        mask = np.zeros(len(text), dtype=bool)
        mask[printed] = True
        text = pc.replace_with_mask(text, pa.array(mask), cleaned)
    digits_ok = _flags(pc.and_(pc.ascii_is_decimal(text), pc.equal(pc.binary_length(text), 18)), False) & ~numeric
    number = np.zeros(len(text), dtype=np.int64)
    number[digits_ok] = pc.cast(text if digits_ok.all() else text.filter(pa.array(digits_ok)), pa.int64()).to_numpy()
    born = (number // 10**10).astype(np.int32)  # digits 1-8: YYYYMMDD
    later = (number // 10**3 % 10**7).astype(np.int32)  # digits 9-15: YYYYMM (PPPK: YYYY, 2, a digit), then the sex digit
    born_year = born // 10**4
    birth = _dates(born_year, born // 100 % 100, born % 100)
    pppk = later // 100 % 10 == 2
    appointed = _dates(later // 1000, np.where(pppk, 1, later // 10 % 100), 1)
    sex = (later % 10).astype(np.int8)

    # what is wrong, as a number: 0 nothing, then _NIP_ERRORS[code - 1]; the first check that fails decides
    code = np.zeros(len(number), dtype=np.int8)
    code[~digits_ok] = 1
    code[_flags(pc.equal(text, ""), True)] = 2
    code[numeric] = 3
    checks = (np.isnat(birth) | (born_year <= 1900), np.isnat(appointed), appointed <= birth, (sex != 1) & (sex != 2))
    for number_of_check, failed in enumerate(checks, start=4):
        code[digits_ok & (code == 0) & failed] = number_of_check
    status = pppk.astype(np.int8) + 1
    wrong = code != 0  # a million rows: the parts are blanked where the NIP is wrong in place, not copied
    for part, blank in ((number, 0), (birth, np.datetime64("NaT")), (appointed, np.datetime64("NaT")), (sex, 0), (status, 0)):
        part[wrong] = blank
    return NipColumn(text, number, birth, appointed, sex, status, code)


_NIP_LINE = re.compile(r"^'?[0-9][0-9 .]{16,24}[0-9]$")
#: the label a print puts before the NIP on its line ('NIP. 1970…', 'NIP : 1970…')
_NIP_LABEL = re.compile(r"^nip\b\.?\s*[:.]?\s*", re.IGNORECASE)


def _nip_line(cell: str) -> str:
    """The one line of a cell of several lines that is an NIP (18 digits, as printed), else the cell as it is.

    Example:
        >>> _nip_line("19750312 200003 1 001\\nN.500137"), _nip_line("197503122000031001\\n198208052008012002")[:18]
        ('19750312 200003 1 001', '197503122000031001')
        >>> _nip_line("Hendro Wibisono, S.E.\\nNIP. 197003121996031001"), _nip_line("Hendro\\nNIP. 1970031219960310")
        ('197003121996031001', 'Hendro\\nNIP. 1970031219960310')
    """
    found = [line for line in (_NIP_LABEL.sub("", line.strip()) for line in cell.splitlines()) if _NIP_LINE.match(line)]
    found = [line for line in found if len(re.sub(r"[\s'.]", "", line)) == 18]
    return found[0] if len(found) == 1 else cell


_NIP_ERRORS = (
    None,  # code 1: the count of digits goes in the message
    expects("nip_empty"),
    expects("nip_as_text"),
    expects("nip_birth_date"),
    expects("nip_appointed"),
    expects("nip_appointed_after_birth"),
    expects("nip_sex"),
)
_US_PER_DAY = 86_400_000_000


@cache
def _calendar() -> tuple[np.ndarray, np.ndarray]:
    """For each month of the years 0 to 9999 (the month ``year * 12 + month - 1``): the day it begins on (days since
    1970-01-01) and its length in days."""
    starts = (np.arange(10000 * 12 + 1) - 1970 * 12).astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)
    return starts[:-1].astype(np.int32), np.diff(starts).astype(np.int8)


def _dates(year: np.ndarray, month: np.ndarray, day: np.ndarray | int) -> np.ndarray:
    """``datetime64[us]`` of each (year, month, day), NaT where that day does not exist (years 0 to 9999, as pandas reads them).

    Each month's first day and length are looked up (numpy's calendar conversions cost far more on a million dates),
    and the dates are made in place (a million rows of temporaries cost page faults).

    Example:
        >>> _dates(np.array([1964, 1965, 1900, 0]), np.array([12, 2, 2, 1]), np.array([15, 30, 29, 1])).astype(str).tolist()
        ['1964-12-15T00:00:00.000000', 'NaT', 'NaT', '0000-01-01T00:00:00.000000']
    """
    starts, lengths = _calendar()
    valid = (year >= 0) & (year <= 9999) & (month >= 1) & (month <= 12) & (day >= 1)
    months = np.where(valid, year * 12 + month - 1, 0)
    valid &= day <= lengths[months]
    dates = starts[months].astype(np.int64)
    dates += day
    dates -= 1
    dates *= _US_PER_DAY
    dates[~valid] = np.iinfo(np.int64).min  # NaT
    return dates.view("datetime64[us]")


def _cell_kind(value: object) -> str:
    if isinstance(value, str):
        return "text"
    if is_no_value(value):
        return "empty"
    if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool):
        return "number"
    return "other"


# ---------------------------------------------------------------- dates

_MONTHS_ID = {"jan": 1, "januari": 1, "feb": 2, "februari": 2, "mar": 3, "maret": 3, "apr": 4, "april": 4,
              "mei": 5, "jun": 6, "juni": 6, "jul": 7, "juli": 7, "agu": 8, "agt": 8, "agustus": 8, "ags": 8,
              "sep": 9, "september": 9, "okt": 10, "oktober": 10, "nov": 11, "november": 11,
              "des": 12, "desember": 12, "may": 5, "aug": 8, "oct": 10, "dec": 12}
_DMY = re.compile(r"^(\d{1,2})[-/. ](\d{1,2}|[A-Za-z]+)[-/. ](\d{4})$")
# a date cell read as text is "1964-12-15 00:00:00"; one with a time of day keeps it ("… 07:30:00")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")


def parse_date(value: object) -> dt.date:
    """Read a date cell: an Excel date, ``15-12-1964``, ``15/12/1964``, ``15 Desember 1964``, ``1964-12-15 07:30:00``,
    or a place and a date (``Bengkulu, 15-12-1964``, as a TEMPAT, TANGGAL LAHIR column writes them).

    Example:
        >>> parse_date("15 Desember 1964"), parse_date("1964-12-15"), parse_date("Curup, 15 Desember 1964")
        (datetime.date(1964, 12, 15), datetime.date(1964, 12, 15), datetime.date(1964, 12, 15))
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if is_no_value(value) or not isinstance(value, str):
        raise ValueParseError(value, expects("date"))
    text = clean_text(value)
    if "," in text and not _DMY.match(text):
        text = text.rsplit(",", 1)[1].strip()  # "Bengkulu, 10-11-1967": a TEMPAT, TANGGAL LAHIR column
    try:
        if match := _YMD.match(text):
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if match := _DMY.match(text):
            month = match.group(2)
            number = int(month) if month.isdigit() else _MONTHS_ID.get(month.lower())
            if number:
                return dt.date(int(match.group(3)), number, int(match.group(1)))
    except ValueError:
        pass
    raise ValueParseError(value, expects("real_date"))


#: spellings of a date read in one vector operation: Y, M and D stand for a digit (ASCII) of the year, month and day, any
#: other character for itself. How a date cell reads as text, and how exports write dates as text; any other spelling
#: goes through parse_date.
_DATE_SPELLINGS = ("YYYY-MM-DD 00:00:00", "DD-MM-YYYY", "DD/MM/YYYY")


def parse_dates(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """:func:`parse_date` of a column at once, an empty or "no value" cell being no date: ``datetime64`` dates
    (NaT where none) and, aligned with them, what was expected where a cell is not a date.

    Of a column read as text, the usual spellings (a date cell, ``15-12-1964``,
    ``15/12/1964``) are read with integer arithmetic, every other spelling
    once per distinct value.

    Example:
        >>> dates, errors = parse_dates(pd.Series(["1964-12-15 00:00:00", "15 Desember 1964", "-", "kemarin"], dtype="str"))
        >>> dates.dt.strftime("%d-%m-%Y").tolist(), errors.notna().tolist()
        (['15-12-1964', '15-12-1964', nan, nan], [False, False, False, True])
    """
    dates = np.full(len(values), np.datetime64("NaT", "us"))
    done = np.zeros(len(values), dtype=bool)
    if is_text_column(values):
        array = _arrow(values)
        lengths = pc.binary_length(array).fill_null(0).to_numpy(zero_copy_only=False)
        for spelling in _DATE_SPELLINGS:
            sized = lengths == len(spelling)
            at = np.flatnonzero(sized)
            read = _spelled_dates(array.filter(pa.array(sized)), spelling)
            found = ~np.isnat(read)  # a date that does not exist is left to parse_date, which says why
            dates[at[found]] = read[found]
            done[at[found]] = True
    parsed, errors = map_unique(values[~done], lambda v: None if is_no_value(v) else parse_date(v))
    dates[~done] = pd.to_datetime(parsed.to_numpy(dtype=object), errors="coerce").to_numpy()
    return pd.Series(dates, index=values.index), errors.reindex(values.index)


def _spelled_dates(cells: pa.Array | pa.ChunkedArray, spelling: str) -> np.ndarray:
    """The dates of ``cells`` (strings of ``len(spelling)`` bytes) written as ``spelling`` (see :data:`_DATE_SPELLINGS`),
    NaT for a cell written otherwise or a day that does not exist; read from the bytes, one place of the spelling at a time.

    Example:
        >>> _spelled_dates(pa.array(["15-12-1964", "31-02-1990", "15/12/1964"]), "DD-MM-YYYY").astype(str).tolist()
        ['1964-12-15T00:00:00.000000', 'NaT', 'NaT']
    """
    table = _byte_table(cells, len(spelling))
    spelled = np.ones(len(table), dtype=bool)
    parts = {letter: np.zeros(len(table), dtype=np.int32) for letter in "YMD"}
    for place, char in enumerate(spelling):
        if char in parts:
            digit = table[:, place] - np.uint8(ord("0"))  # below "0" wraps round to over 9
            spelled &= digit <= 9
            part = parts[char]
            np.multiply(part, 10, out=part)
            np.add(part, digit, out=part)
        else:
            spelled &= table[:, place] == ord(char)
    return np.where(spelled, _dates(parts["Y"], parts["M"], parts["D"]), np.datetime64("NaT", "us"))


def _byte_table(cells: pa.Array | pa.ChunkedArray, width: int) -> np.ndarray:
    """The bytes of ``cells``, strings of ``width`` bytes each (none missing), as a table of a row per cell (no copy
    of a single array: strings of one width lie one after the other in its data)."""
    if isinstance(cells, pa.ChunkedArray):
        cells = cells.chunk(0) if cells.num_chunks == 1 else cells.combine_chunks()
    if not len(cells):
        return np.zeros((0, width), dtype=np.uint8)
    _, offsets, data = cells.buffers()
    start = np.frombuffer(offsets, dtype=np.int64 if pa.types.is_large_string(cells.type) else np.int32)[cells.offset]
    return np.frombuffer(data, dtype=np.uint8, count=len(cells) * width, offset=int(start)).reshape(-1, width)


# ---------------------------------------------------------------- columns

def map_unique(values: pd.Series, parse: Callable[[object], Hashable]) -> tuple[pd.Series, pd.Series]:
    """Apply a scalar parser once per distinct value of a column.

    Returns the parsed column (missing where parsing failed) and, aligned
    with it, the error message for each failed cell (missing where it succeeded).

    Example:
        >>> parsed, errors = map_unique(pd.Series(["L", "P", "X", "L"]), parse_gender)
        >>> parsed.tolist(), errors.notna().tolist()
        (['Laki-laki', 'Perempuan', None, 'Laki-laki'], [False, False, True, False])
    """
    column = Distinct(values)
    results, errors = column.parse(parse)
    return (pd.Series(results[column.codes], index=values.index, dtype=object),
            pd.Series(errors[column.codes], index=values.index, dtype=object))


class Distinct:
    """A column as its distinct values and, for each cell, the code of its value: :meth:`parse` parses each value once,
    and an array by code (``results[codes]``) spreads what it gives over the cells.

    The last code stands for the missing cells, whose value is None.

    Example:
        >>> column = Distinct(pd.Series(["L", None, "X", "L"]))
        >>> column.codes.tolist(), column.values
        ([0, 2, 1, 0], ['L', 'X', None])
        >>> results, errors = column.parse(parse_gender)
        >>> results[column.codes].tolist(), [error and error.text("en") for error in errors]
        (['Laki-laki', None, None, 'Laki-laki'], [None, 'L/P, Laki-laki or Perempuan', 'L/P, Laki-laki or Perempuan'])
    """

    def __init__(self, values: pd.Series):
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
        self.values: list[object] = [*uniques, None]
        self.codes: np.ndarray = np.where(codes < 0, len(uniques), codes)

    def parse(self, parse: Callable[[object], object], where: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """``parse`` of the value of each code (``object``, None where it raised :class:`ValueParseError`) and the
        error's ``expected`` (None where it parsed); only the codes of the cells ``where`` (all by default) are parsed."""
        present = np.zeros(len(self.values), dtype=bool)
        present[self.codes if where is None else self.codes[where]] = True
        results = np.full(len(self.values), None, dtype=object)
        errors = np.full(len(self.values), None, dtype=object)
        for code in np.flatnonzero(present):
            try:
                results[code] = parse(self.values[code])
            except ValueParseError as err:
                errors[code] = err.expected
        return results, errors
