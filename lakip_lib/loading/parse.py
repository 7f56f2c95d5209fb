"""Parsers for the values found in Indonesian government exports.

Each parser has a scalar form (``parse_number("Rp 1.234")``) that raises
:class:`ValueParseError` with what was expected, and the loaders apply them
once per distinct value of a column (:func:`map_unique`), so a roster of a
million rows costs as many parser calls as it has distinct spellings.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Hashable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..domain import golongan_table, value_aliases
from ..errors import LakipError

#: Cell contents that mean "no value" (never zero).
NO_VALUE = frozenset({"", "-", "--", "—", "–", "n/a", "na", "#n/a", "null", "none", "nil", "tidak ada", "belum ada"})


class ValueParseError(LakipError):
    """A single value could not be read; ``expected`` says what would have been."""

    def __init__(self, value: object, expected: str):
        self.value = value
        self.expected = expected
        super().__init__(f"got {value!r}, expected {expected}")


def clean_text(value: object) -> str:
    """Collapse whitespace (including non-breaking spaces and stray CR/LF) and trim.

    Example:
        >>> clean_text("  III/a\\r ")
        'III/a'
    """
    text = unicodedata.normalize("NFKC", str(value))
    return " ".join(text.split())


def is_no_value(value: object) -> bool:
    """True for empty cells and the dashes/``n/a`` that exports use for "no value".

    Example:
        >>> [is_no_value(v) for v in (None, "", " - ", "n/a", 0)]
        [True, True, True, True, False]
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


def read_text_number(text: str) -> TextNumber:
    """Read a number written as text the way Indonesian exports write it.

    Raises :class:`ValueParseError` when the text is not a number.

    Example:
        >>> read_text_number("Rp 13.201.715.554,00").value
        13201715554.0
        >>> read_text_number("88,30 %").value
        88.3
        >>> read_text_number("1.234")
        TextNumber(value=1234.0, convention=None, ambiguous=True)
    """
    raw = text
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
        raise ValueParseError(raw, "a number such as 1.234.567, 88,30 or Rp 1.234")
    if not math.isfinite(read.value):
        raise ValueParseError(raw, "a number of a sensible size")
    return read


def parse_number(value: object, convention: str | None = INDONESIAN) -> float | None:
    """Read one cell as a number: Excel numbers as they are, text the Indonesian way.

    ``None`` means "no value" (empty, ``-``, ``n/a``), never zero. ``convention``
    settles ``1.234``: :data:`INDONESIAN` reads 1234, :data:`POINT` refuses it as
    ambiguous.

    Example:
        >>> parse_number("Rp. 1.234"), parse_number(" - "), parse_number(44)
        (1234.0, None, 44.0)
    """
    if is_no_value(value):
        return None
    if isinstance(value, bool):
        raise ValueParseError(value, "a number, not TRUE/FALSE")
    if isinstance(value, (int, float, np.integer, np.floating)):
        number = float(value) if abs(value) < 1e300 else math.inf  # huge ints would overflow float()
        if not math.isfinite(number):
            raise ValueParseError(value, "a finite number of a sensible size")
        return number
    if not isinstance(value, str):
        raise ValueParseError(value, "a number")
    read = read_text_number(value)
    if read.ambiguous and convention == POINT:
        raise ValueParseError(
            value, "an unambiguous number: this column writes decimals with a point, so 1.234 could be 1,234 or 1234"
        )
    if read.convention and convention and read.convention != convention:
        raise ValueParseError(value, f"the same number style as the rest of the column ({_describe(convention)})")
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

_KEY = re.compile(r"[^a-z0-9]")


def alias_key(text: object) -> str:
    """The form aliases are compared in: lower case, letters and digits only.

    Example:
        >>> alias_key(" S-1/Sarjana "), alias_key("Laki-Laki")
        ('s1sarjana', 'lakilaki')
    """
    return _KEY.sub("", clean_text(text).lower())


def _lookup(field: str, value: object, expected: str) -> str:
    if is_no_value(value):
        raise ValueParseError(value, expected)
    aliases = value_aliases(field)
    text = clean_text(value)
    key = alias_key(text)
    if key in aliases:
        return aliases[key]
    # "S-1/Sarjana", "D-III/Diploma": the part before the slash names the level
    head = alias_key(re.split(r"[/(]", text, maxsplit=1)[0])
    if head in aliases:
        return aliases[head]
    raise ValueParseError(value, expected)


def parse_gender(value: object) -> str:
    """Normalise a gender cell to ``Laki-laki`` or ``Perempuan``.

    Example:
        >>> parse_gender("Laki-Laki"), parse_gender(" P "), parse_gender("Wanita")
        ('Laki-laki', 'Perempuan', 'Perempuan')
    """
    return _lookup("gender", value, "L/P, Laki-laki or Perempuan")


def parse_position_type(value: object) -> str:
    """Normalise a position type to ``Struktural``, ``Fungsional`` or ``Pelaksana``.

    Example:
        >>> parse_position_type("Jabatan Fungsional Umum")
        'Pelaksana'
    """
    return _lookup("position_type", value, "Struktural, Fungsional or Pelaksana (JFU/Fungsional Umum)")


def parse_education(value: object) -> str:
    """Normalise an education level to ``SD SMP SMA D1 D2 D3 D4 S1 S2 S3``.

    Example:
        >>> parse_education("S-1/Sarjana"), parse_education("D-III"), parse_education("SLTA")
        ('S1', 'D3', 'SMA')
    """
    return _lookup("education", value, "an education level such as SMA, D3, S1, S2")


def parse_status(value: object) -> str:
    """Normalise an employment status to ``PNS`` or ``PPPK``.

    Values that say something else (``Aktif``, ``Tugas Belajar`` in a KEDUDUKAN
    HUKUM column) are refused: the caller decides whether they matter.

    Example:
        >>> parse_status("Pegawai Negeri Sipil"), parse_status(" pppk ")
        ('PNS', 'PPPK')
    """
    return _lookup("status", value, "PNS or PPPK")


# ---------------------------------------------------------------- golongan

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
          "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16, "XVII": 17}
_GROUP_DIGIT = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_GOL = re.compile(r"^(IV|III|II|I|[1-4])\s*[/.\-]?\s*([A-E])$")
_GOL_PREFIX = re.compile(r"^(?:GOLONGAN|GOL\.?)(?:\s*/?\s*RUANG)?\s*:?\s*")
_PPPK = re.compile(r"^(?:PPPK\s*)?([IVX]+)(?:\s*\(?PPPK\)?)?$")


def parse_golongan(value: object, *, pppk: bool = False, group_only: bool = False) -> str:
    """Normalise a golongan/ruang to its canonical spelling.

    PNS grades become ``III/a`` (from ``III/A``, ``III.a``, ``III-a``, ``III a``,
    ``IIIa``, ``3a``, ``Penata Muda, III/a``, ``Gol. III/a``); a bare group
    (``III``, ``Golongan III``) is accepted only with ``group_only`` (summaries by group). PPPK grades I–XVII are their own
    scale and become ``IX (PPPK)``: pass ``pppk=True`` for a PPPK employee.

    Example:
        >>> parse_golongan("IIIa"), parse_golongan("3.d"), parse_golongan("IX", pppk=True)
        ('III/a', 'III/d', 'IX (PPPK)')
        >>> parse_golongan("III", group_only=True)
        'III'
    """
    if is_no_value(value):
        raise ValueParseError(value, "a golongan such as III/a")
    text = clean_text(value).upper()
    if "," in text:  # "Pembina Utama Muda, IV/c": pangkat before the golongan
        text = text.rsplit(",", 1)[1].strip()
    text = _GOL_PREFIX.sub("", text)  # "Golongan III", "Gol. IV/a"
    if "PPPK" in text or pppk:
        match = _PPPK.match(text)
        if match and match.group(1) in _ROMAN:
            return f"{match.group(1)} (PPPK)"
        raise ValueParseError(value, "a PPPK grade I to XVII")
    match = _GOL.match(text)
    if match:
        group = _GROUP_DIGIT.get(match.group(1), match.group(1))
        code = f"{group}/{match.group(2).lower()}"
        if code in golongan_table().index:
            return code
    if group_only and text in ("I", "II", "III", "IV"):
        return text
    expected = "a golongan I/a … IV/e" + (" or a group I–IV" if group_only else "")
    raise ValueParseError(value, expected)


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
    if isinstance(nip["error"], str):
        raise ValueParseError(value, nip["error"])
    return Nip(nip["digits"], nip["birth_date"].date(), nip["appointed"].date(), nip["gender"], nip["status"])


def parse_nips(values: pd.Series) -> pd.DataFrame:
    """Check and decode a column of NIPs at once (a roster of any size).

    Returns, aligned with ``values``: ``digits``, ``birth_date``, ``appointed``,
    ``gender``, ``status`` (PPPK when digit 13 is ``2``, else PNS) and ``error``
    (what was expected, None for a valid NIP; the other columns are missing
    where it is set).

    Example:
        >>> nips = parse_nips(pd.Series(["19641215 199003 1 009", "199006152022211004", "19650230199003 1 009"]))
        >>> nips[["gender", "status"]].values.tolist()
        [['Laki-laki', 'PNS'], ['Laki-laki', 'PPPK'], [None, None]]
        >>> nips["error"].iloc[2]
        'an NIP whose first 8 digits are a real birth date YYYYMMDD'
    """
    values = values.astype(object)
    kind = values.map(_cell_kind)
    numeric = kind.eq("number")
    # as printed: spaces, a leading apostrophe (Excel's "keep as text"), dots between the parts
    text = values.where(kind.isin(("text", "other")), None).map(lambda v: v if v is None or isinstance(v, str) else str(v))
    text = text.astype("string").str.normalize("NFKC").str.replace(r"[\s'.]", "", regex=True)
    digits_ok = text.str.fullmatch(r"[0-9]{18}").fillna(False).astype(bool) & ~numeric
    digits = text.where(digits_ok)
    birth = pd.to_datetime(digits.str.slice(0, 8), format="%Y%m%d", errors="coerce")
    pppk = digits.str.slice(12, 13).eq("2").fillna(False).astype(bool)
    month = digits.str.slice(12, 14).mask(pppk, "01")
    appointed = pd.to_datetime(digits.str.slice(8, 12) + month + "01", format="%Y%m%d", errors="coerce")
    sex = digits.str.slice(14, 15)

    error = pd.Series(None, index=values.index, dtype=object)
    count = text[~digits_ok].str.count(r"[0-9]").fillna(0).astype(int)
    error[~digits_ok] = count.map(lambda n: f"an 18-digit NIP (this has {n} digits)")
    error[text.fillna("").eq("")] = "an 18-digit NIP (the cell is empty)"
    error[numeric] = "the NIP as text: stored as a number it loses its last digits"
    checks = [
        (birth.isna() | (birth.dt.year <= 1900), "an NIP whose first 8 digits are a real birth date YYYYMMDD"),
        (appointed.isna(), "an NIP whose digits 9–14 are the appointment year and month (PPPK: digits 9–12 the year)"),
        (appointed <= birth, "an NIP whose appointment (digits 9–14) comes after the birth date"),
        (~sex.isin(["1", "2"]), "an NIP whose 15th digit is 1 (male) or 2 (female)"),
    ]
    for mask, message in checks:
        error[digits_ok & error.isna() & mask.fillna(True).astype(bool)] = message
    ok = error.isna()

    def text_or_none(column: pd.Series) -> pd.Series:
        return column.astype(object).where(ok & column.notna(), None)

    return pd.DataFrame({
        "digits": text_or_none(digits),
        "birth_date": birth.where(ok),
        "appointed": appointed.where(ok),
        "gender": text_or_none(sex.map({"1": "Laki-laki", "2": "Perempuan"})),
        "status": text_or_none(pd.Series(np.where(pppk, "PPPK", "PNS"), index=values.index)),
        "error": error.where(~ok, None),
    })


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
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")


def parse_date(value: object) -> dt.date:
    """Read a date cell: an Excel date, ``15-12-1964``, ``15/12/1964``, ``15 Desember 1964``.

    Example:
        >>> parse_date("15 Desember 1964"), parse_date("1964-12-15")
        (datetime.date(1964, 12, 15), datetime.date(1964, 12, 15))
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if is_no_value(value) or not isinstance(value, str):
        raise ValueParseError(value, "a date such as 15-12-1964")
    text = clean_text(value)
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
    raise ValueParseError(value, "a real date such as 15-12-1964")


# ---------------------------------------------------------------- columns

def map_unique(values: pd.Series, parse: Callable[[object], Hashable]) -> tuple[pd.Series, pd.Series]:
    """Apply a scalar parser once per distinct value of a column.

    Returns the parsed column (missing where parsing failed) and, aligned with it,
    the error message for each failed cell (missing where it succeeded).

    Example:
        >>> parsed, errors = map_unique(pd.Series(["L", "P", "X", "L"]), parse_gender)
        >>> parsed.tolist(), errors.notna().tolist()
        (['Laki-laki', 'Perempuan', None, 'Laki-laki'], [False, False, True, False])
    """
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    results: list[object] = []
    errors: list[object] = []
    for unique in uniques:
        try:
            results.append(parse(unique))
            errors.append(None)
        except ValueParseError as err:
            results.append(None)
            errors.append(err.expected)
    if (codes == -1).any():  # missing cells: let the parser decide what "no value" means
        try:
            results.append(parse(None))
            errors.append(None)
        except ValueParseError as err:
            results.append(None)
            errors.append(err.expected)
    codes = np.where(codes == -1, len(uniques), codes)
    parsed = pd.Series(np.asarray(results, dtype=object)[codes] if results else [], index=values.index, dtype=object)
    failed = pd.Series(np.asarray(errors, dtype=object)[codes] if errors else [], index=values.index, dtype=object)
    return parsed, failed
