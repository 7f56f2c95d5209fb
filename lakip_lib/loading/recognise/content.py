"""What a column's cells hold, to tell which missing field an unrecognised column could be.

``lakip check --explain`` proposes a header of the sheet for each field it
did not find (a ``header_aliases:`` snippet for ``lakip.yml``). A header is
proposed only when its column's cells fit the field: amounts for a budget,
numbers or grades for a target, words for a name, NIPs for a NIP. A column of
account codes (``NOREKENING``) is never proposed as the budget.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from ...domain import ordinal_scales
from ...messages import Pair
from ..parse import ValueParseError, clean_text, is_no_value, parse_education, parse_gender, parse_golongan, parse_number

#: what each kind of content is, in the words of a snippet's comment (Indonesian, English)
KINDS = {"money": Pair("nilai uang", "amounts"), "number": Pair("angka", "numbers"), "code": Pair("kode", "codes"),
         "nip": Pair("NIP", "NIPs"), "golongan": Pair("golongan", "golongan"), "gender": Pair("jenis kelamin", "genders"),
         "education": Pair("jenjang pendidikan", "education levels"), "grade": Pair("predikat", "grades"),
         "measure": Pair("nilai dengan satuannya", "values with their unit"), "text": Pair("kata-kata", "words"),
         "empty": Pair("kosong", "nothing")}
#: field → the kinds of content its column may hold; a field not listed may hold anything
FITS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("budget", "realised"), frozenset({"money"})),
    **dict.fromkeys(("target", "realisation", "renstra_target", "baseline"), frozenset({"number", "money", "grade", "measure"})),
    # a percentage ('104,5', '98 %', '>100%'); words under a capaian header ('Tercapai', 'Perlu Perhatian') are a status
    "stated_capaian": frozenset({"number", "money", "measure"}),
    **dict.fromkeys(("count", "male", "female", "good", "damaged", "sufficient", "lacking", "quantity"), frozenset({"number", "money"})),
    **dict.fromkeys(("name", "indicator", "item", "goal", "position", "unit"), frozenset({"text"})),
    # a summary's row labels are its categories, whatever the dimension: units, golongan, sexes, age bands ('< 25 tahun')
    "category": frozenset({"text", "golongan", "gender", "education", "grade", "measure"}),
    "code": frozenset({"code", "number"}),
    "nip": frozenset({"nip"}),
    "golongan": frozenset({"golongan"}),
    "gender": frozenset({"gender"}),
    # a level, not the year it was reached nor the school ('PENDIDIKAN TERAKHIR › NAMA | THN | JML JAM')
    "education": frozenset({"education"}),
}
#: amounts start here: a column of smaller numbers is counts or percentages
MONEY = 1000
_CODE = re.compile(r"^\d+(?:[.\-/ ]\d+){2,}\.?$")
_NIP = re.compile(r"^\d{18}$")


@cache
def _grades() -> frozenset[str]:
    return frozenset(value.casefold() for scale in ordinal_scales().values() for value in scale)


def _cell(value: object) -> tuple[str, float | None]:
    """The kind of one cell that holds a value, and its number when it is one."""
    if isinstance(value, str) and _NIP.match(value.replace(" ", "").lstrip("'")):
        return "nip", None
    if isinstance(value, str) and _CODE.match(clean_text(value)) and not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", clean_text(value)):
        return "code", None  # 1.13.1.13.01.01.02, 5.03.01: a code, though 1.234.567 is a number
    try:
        number = parse_number(value, None)  # either convention: the column's own is not known yet
    except ValueParseError:
        number = None
    if number is not None:
        return "number", number
    text = clean_text(value)
    if text.casefold() in _grades():
        return "grade", None
    for kind, parse in (("golongan", parse_golongan), ("gender", parse_gender),
                        ("education", lambda v: parse_education(v, major=False))):
        try:
            parse(text)
        except ValueParseError:
            continue
        return kind, None
    return ("measure" if any(c.isdigit() for c in text) and len(text) <= 25 else "text"), None


def column_content(values: Iterable[object]) -> str:
    """The kind of content of a column's cells (a key of :data:`KINDS`): the kind most of its filled cells are;
    numbers are ``money`` when they reach :data:`MONEY`.

    Example:
        >>> column_content(["1.13.1.13.01.01.02", "1.13.1.13.01.01.02.22", None])
        'code'
        >>> column_content(["219,660,000.00", "25.000.000", "-"]), column_content([99.45, "100,00"])
        ('money', 'number')
        >>> column_content(["Program Peningkatan Sarana", "Pemeliharaan Rutin"]), column_content(["BB", "A"])
        ('text', 'grade')
        >>> column_content(["S1", "SLTA", "D-III"]), column_content([2005, 1996])
        ('education', 'money')
    """
    kinds: Counter[str] = Counter()
    numbers: list[float] = []
    for value in values:
        if is_no_value(value):
            continue
        kind, number = _cell(value)
        kinds[kind] += 1
        if number is not None:
            numbers.append(abs(number))
    if not kinds:
        return "empty"
    kind = kinds.most_common(1)[0][0]
    return "money" if kind == "number" and max(numbers) >= MONEY else kind


def only_codes(values: Iterable[object]) -> str | None:
    """The first code when every filled cell is a code (two or more of them), else None: a column of sub-kegiatan or
    account codes names no row, whatever its header says.

    Example:
        >>> only_codes(["1.03.10.2.01.0012", None, "1.03.02.2.01.0007"])
        '1.03.10.2.01.0012'
        >>> only_codes(["1.03.10.2.01.0012", "Rehabilitasi Gedung"]) is None, only_codes(["5.2.04.02.01.0001"]) is None
        (True, True)
    """
    filled = [v for v in values if not is_no_value(v)]
    if len(filled) < 2 or any(_cell(v)[0] != "code" for v in filled):
        return None
    return clean_text(filled[0])


def fits(field: str, kind: str | None) -> bool:
    """Whether a column whose cells are ``kind`` could be ``field`` (unknown content fits anything).

    Example:
        >>> fits("budget", "money"), fits("budget", "code"), fits("indicator", "text"), fits("target", "text")
        (True, False, True, False)
    """
    return kind is None or field not in FITS or kind in FITS[field]
