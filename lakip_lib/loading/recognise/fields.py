"""Which field a column is: its header path matched against the aliases and the token rules.

A column's header is a path, top to leaf (``Realisasi Anggaran (Rp) › Jumlah``,
``JUMLAH › L``, ``Tahun 2023 › Target``). :func:`match_path` tries the whole
path first, then the path without its top levels, then the leaf's group alone
(a header merged down over the band), each against

1. the alias list of the dataset (``header_aliases.csv`` plus ``lakip.yml``
   ``header_aliases``), compared without case, spaces or punctuation, and also as
   a set of words (``JABATAN › JENIS`` is ``Jenis Jabatan``);
2. the token rules (``header_rules.csv``): every word of ``words`` present
   and none of ``unless`` (``ANGGARAN (Rp)``, ``Alokasi Anggaran``,
   ``Anggaran Setelah Perubahan`` are the budget; ``Realisasi s.d. Desember``
   the realisation).

A year in the path (``Target 2024``, ``Tahun 2023 › Realisasi``) becomes the
column's year for the fields that carry one. A path under a percentage word
(``PERSENTASE › L``) is a share, never a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ...domain import commentary_words, header_alias_table, header_rule_table, staff_needs_words
from ...errors import ConfigError
from ...messages import said
from ..parse import asset_condition, clean_text, header_key
from .rows import SPLIT_UNIT, unit_kind

#: the fields whose header may carry a year (``Target 2024``); other fields ignore one (``Jumlah Pegawai 2024``)
YEAR_COLUMNS = frozenset({"target", "realisation", "stated_capaian", "renstra_target", "baseline", "budget", "realised", "stated_pct"})
#: fields that are several columns added up when a table splits them (``Rusak Ringan | Rusak Berat``)
SUMMED = frozenset({"damaged", "good", "sufficient", "lacking"})
#: fields of amounts and counts, which a band of groups (``Operasi › Anggaran | Modal › Anggaran``, ``IV › L | III › L``)
#: may split; a text field under several group labels stays ambiguous
AMOUNTS = SUMMED | {"budget", "realised", "count", "male", "female"}
#: fields of headcounts (staff tables)
HEADCOUNTS = frozenset({"count", "male", "female"})
GENDERS = frozenset({"male", "female"})
#: header words of a column or band that holds conditions (a KIB's 'Kondisi', 'Keadaan Barang', a band 'Keadaan'
#: over 'Baik | Rusak Ringan | Rusak Berat')
CONDITION_HEADS = frozenset({"keadaan", "kondisi"})

#: unit of a column (:func:`~.rows.unit_kind`) → the words of its band that name the other half of it: an ``Rp``
#: column under "Realisasi Capaian Kinerja dan Anggaran" is the money, a ``K`` column the kinerja
_OTHER_HALF = {
    "money": re.compile(r"\b(?:capaian|kinerja|fisik|volume|vol|output|keluaran)\b", re.IGNORECASE),
    "measure": re.compile(r"\b(?:anggaran|keuangan|dana|pagu|biaya|rupiah|rp)\b\.?", re.IGNORECASE),
}
#: a year in a header, after 'Tahun', 'Th.' …; an underscore parts words as a space does (a data set's column names,
#: 'capaian_tahun_2019'), where a regular expression's word boundary would not; never the year of a date ('Realisasi
#: s/d Tgl. 31-10-2023': a day, which heads no year's column)
_YEAR = re.compile(r"(?:(?<![^\W_])(?:th|thn|tahun|ta)\.?[\s_]*)?(?<![^\W_])(?<!\d[-/.]\d\d[-/.])(?<!\d[-/.]\d[-/.])"
                   r"((?:19|20)\d{2})(?![^\W_])")
_WORD = re.compile(r"[a-z0-9]+")
_SHARE_WORDS = frozenset({"persentase", "persen", "prosentase", "proporsi"})
#: leaves that are a month or a quarter (a monthly realisation band), as header keys
_MONTHS = {"jan", "januari", "feb", "februari", "peb", "pebruari", "mar", "maret", "apr", "april", "mei", "jun", "juni",
           "jul", "juli", "agu", "agt", "agustus", "agust", "sep", "sept", "september", "okt", "oktober", "nov", "nopember",
           "november", "des", "desember", *(str(n) for n in range(1, 13)),
           "tw1", "tw2", "tw3", "tw4", "twi", "twii", "twiii", "twiv", "triwulan1", "triwulan2", "triwulan3", "triwulan4",
           "triwulani", "triwulanii", "triwulaniii", "triwulaniv", "smt1", "smt2", "semester1", "semester2", "semesteri", "semesterii",
           "q1", "q2", "q3", "q4", "kuartal1", "kuartal2", "kuartal3", "kuartal4", "kuartali", "kuartalii", "kuartaliii", "kuartaliv"}
#: how a band's year leaf is recognised (:attr:`Match.how`)
YEAR_LEAF = "the year's"
#: leaves naming the whole year under a band of periods (``Target › Q1 … Q4 | Y``, ``Realisasi › TW I … TW IV | Tahunan``),
#: as header keys: the year's figure, beside which the periods are its milestones, not competitors
_YEAR_LEAVES = frozenset({"y", "tahunan", "setahun", "1tahun", "satutahun"})
#: leaves naming a level of a hierarchy, as header keys: under an indicator's value (``% Kinerja Puskesmas › Sub Variabel |
#: Variabel | Program``) each is that value for the rows of its level
_LEVEL_LEAVES = {"program", "kegiatan", "subkegiatan", "variabel", "subvariabel", "sasaran", "tujuan", "indikator", "urusan"}
#: fields of an indicator's value, which a band of levels may split
_LEVEL_VALUES = frozenset({"target", "realisation", "stated_capaian"})
#: fields a band names over a plain Target or Realisasi (``Kondisi Akhir Renstra › Target``, ``Tahun Awal › Realisasi``)
_PERIOD_FIELDS = frozenset({"renstra_target", "baseline"})
#: header keys of a sub-column that holds the name of what its band names (PENDIDIKAN › NAMA)
_NAME_LEAVES = frozenset({"nama"})
#: how a sub-column named by its band's field is recognised (:attr:`Match.how`): PENDIDIKAN › NAMA
NAME_UNDER_BAND = "name under its band"
_TOTAL_LEAVES = {"jumlah", "total", "jml", "lp", "jumlahtotal", "sd", "sampaidengan", "kumulatif"}
#: words of a band over quarters numbered I … IV
_PERIOD_WORDS = frozenset({"triwulan", "tw", "kuartal", "semester", "smt"})
#: words of a band of quarters, of which a year has four
_QUARTER_WORDS = frozenset({"triwulan", "tw", "kuartal"})
_PERIOD_END = re.compile(r"^(.*?)(?:\s+|(?<=[./]))((?:tw|triwulan|smt|semester|kuartal|q)\.?\s*(?:iv|iii|ii|i|[1-4])|januari|februari|pebruari|maret|april|mei|"
                         r"juni|juli|agustus|september|oktober|nopember|november|desember)$", re.IGNORECASE)


def is_month(text: object) -> bool:
    """Whether a header leaf is a month or a quarter of a realisation band (``7``, ``Juli``, ``TW III``).

    Example:
        >>> is_month("7"), is_month("Juli"), is_month("TW III"), is_month("Jumlah")
        (True, True, True, False)
    """
    return header_key(text) in _MONTHS


def header_words(text: object) -> frozenset[str]:
    """The words of a header, for the token rules and the order-free alias match.

    Example:
        >>> sorted(header_words("Realisasi s.d. Desember (Rp)"))
        ['d', 'desember', 'realisasi', 'rp', 's']
    """
    return frozenset(_WORD.findall(clean_text(text).lower().replace("%", " persen ")))


#: a year named relative to the one reported, as evaluation forms print it: 'Tahun N' (the year itself), 'Tahun N-1',
#: '(n-2)' (years before it); a bare 'n' is no year, and 'Tahun N+1' (a plan) is not read as one
_RELATIVE_YEAR = re.compile(r"(?<![^\W_])(?:(?:tahun|thn|th|ta)\.?\s*n(?:\s*[-–]\s*([1-9]))?|\(\s*n\s*[-–]\s*([1-9])\s*\)|"
                            r"n\s*[-–]\s*([1-9]))(?![^\W_])(?!\s*\+)", re.IGNORECASE)


def years_before(path: tuple[str, ...]) -> int | None:
    """How many years before the reported one a header path names its year relatively (0 for 'Tahun N'), or None.

    Example:
        >>> years_before(("CAPAIAN KINERJA TAHUN N",)), years_before(("Capaian Kinerja Tahun N-1",))
        (0, 1)
        >>> years_before(("Realisasi (n-2)",)), years_before(("Target Tahun N+1",)), years_before(("Realisasi",))
        (2, None, None)
    """
    found = [m for p in path for m in _RELATIVE_YEAR.finditer(clean_text(p))]
    if len(found) != 1:
        return None
    return int(next((g for g in found[0].groups() if g), 0))


def band_years(path: tuple[str, ...]) -> frozenset[int]:
    """The calendar years the bands above a column's leaf name (``2022 › Realisasi 2020`` → 2022).

    Example:
        >>> sorted(band_years(("2022", "Realisasi 2020"))), sorted(band_years(("Realisasi 2020",)))
        ([2022], [])
    """
    return frozenset(int(y) for p in path[:-1] for y in _YEAR.findall(clean_text(p).lower()))


#: header keys of a column that numbers the rows (``No``, ``No. Urut``): known, and of no field
ROW_NUMBERS = frozenset({"no", "nomor", "nourut", "urut", "nomorurut"})

@dataclass(frozen=True)
class Match:
    """What a header path names: a field, the year it carries, the header text that matched, and how."""

    name: str
    year: int | None
    text: str
    how: str  # "alias", "words", "rule", "typo" (a rule, on a header one slip away from its word: see _corrected) or COMMENTARY
    part: bool = False  # a month or quarter of a band whose total is the field (``Realisasi › 1 … 12``)
    total: bool = False  # the band's total leaf (``Realisasi › Jumlah``)
    level: bool = False  # one level of a hierarchy under the field (``% Kinerja › Sub Variabel | Variabel | Program``)


@dataclass(frozen=True)
class Vocabulary:
    """One dataset's header vocabulary: exact aliases, aliases as word sets, token rules."""

    dataset: str
    aliases: dict[str, str]
    word_aliases: dict[frozenset[str], str]
    rules: tuple[tuple[str, frozenset[str], frozenset[str]], ...]

    @property
    def fields(self) -> frozenset[str]:
        return frozenset(self.aliases.values())

    @property
    def rule_words(self) -> frozenset[str]:
        """Every word the token rules look for (what a typo is corrected to)."""
        return frozenset(w for _, need, _ in self.rules for w in need if len(w) >= 5)


@cache
def _base(dataset: str) -> Vocabulary:
    table = header_alias_table()
    aliases: dict[str, str] = {}
    words: dict[frozenset[str], str] = {}
    for d, column, alias in zip(table["dataset"], table["column"], table["alias"]):
        if d == dataset:
            aliases.setdefault(header_key(alias), column)
            words.setdefault(header_words(alias), column)
    rules = header_rule_table()
    rules = rules[rules["dataset"] == dataset]
    return Vocabulary(dataset, aliases, words, tuple(
        (column, header_words(w), header_words(u or "")) for column, w, u in zip(rules["column"], rules["words"], rules["unless"])))


def vocabulary(dataset: str, extra: dict[str, list[str]] | None = None) -> Vocabulary:
    """The vocabulary of ``dataset``, with the project's extra spellings (``lakip.yml`` ``header_aliases``).

    Example:
        >>> vocabulary("budget").aliases["anggaran"]
        'budget'
    """
    base = _base(dataset)
    if not extra:
        return base
    aliases, words = dict(base.aliases), dict(base.word_aliases)
    known = base.fields | {column for column, _, _ in base.rules}
    for column, spellings in extra.items():
        if column not in known:
            raise ConfigError(said("aliases_unknown_column", file="lakip.yml", dataset=dataset, column=column,
                                    name=repr(column), columns=", ".join(sorted(known))))
        for spelling in spellings:
            aliases[header_key(spelling)] = column
            words[header_words(spelling)] = column
    return Vocabulary(dataset, aliases, words, base.rules)


def match_header(text: object, vocab: Vocabulary | dict[str, str]) -> tuple[str, int | None] | None:
    """Field and year named by one header text, by the aliases alone; or None.

    Example:
        >>> match_header("Realisasi Th 2023", {"realisasi": "realisation"})
        ('realisation', 2023)
        >>> match_header("Jumlah Pegawai 2024", {"jumlahpegawai": "count"})
        ('count', None)
    """
    found = _match_text(text, vocab if isinstance(vocab, Vocabulary) else Vocabulary("", vocab, {}, ()), rules=False)
    return (found.name, found.year) if found else None


def _match_text(text: object, vocab: Vocabulary, *, rules: bool = True, context: frozenset[str] = frozenset()) -> Match | None:
    """``context``: the words of the levels above ``text`` in its path, which a rule's exceptions see too."""
    if text is None or not isinstance(text, (str, int)) or isinstance(text, bool):
        return None
    cleaned = clean_text(text)
    for candidate, year in _without_year(cleaned):
        key = header_key(candidate)
        if not key:
            continue
        name, how = vocab.aliases.get(key), "alias"
        if name is None:
            name, how = vocab.word_aliases.get(header_words(candidate)), "words"
        if name is None and rules:
            words = header_words(candidate)
            name = next((c for c, need, unless in vocab.rules if need <= words and not unless & (words | context)), None)
            how = "rule"
            if name is None and (fixed := _corrected(words, vocab)) != words:
                # a typo in a long word ("Ralisasi", "Realilisasi"): the rules on the word it is one slip away from
                name = next((c for c, need, unless in vocab.rules if need <= fixed and not unless & (fixed | context)), None)
                how = "typo"
        if name is not None:
            return Match(name, year if name in YEAR_COLUMNS else None, cleaned, how)
    if (own := _without_translation(cleaned)) != cleaned:
        found = _match_text(own, vocab, rules=rules, context=context)
        return replace(found, text=cleaned) if found is not None else None
    return None


#: English words a bilingual header prints after the Indonesian (BPS 'Dalam Angka' tables: 'Laki-Laki\nMale',
#: 'Jenis Kelamin\nSex'), on a line of their own that the header's cleaning joins to the first
_ENGLISH = frozenset({"male", "female", "sex", "gender", "total", "number", "hierarchy", "hierarcy", "rank", "grade",
                      "education", "age", "group", "year", "civil", "servants", "employees", "of", "by", "and", "level"})


def _without_translation(text: str) -> str:
    """``text`` without the English words it ends with, when some Indonesian is left before them.

    Example:
        >>> _without_translation("Laki-Laki Male"), _without_translation("Jenis Kelamin Sex"), _without_translation("Total")
        ('Laki-Laki', 'Jenis Kelamin', 'Total')
    """
    words = text.split()
    cut = len(words)
    while cut > 1 and words[cut - 1].lower().strip(".,:()/") in _ENGLISH:
        cut -= 1
    return " ".join(words[:cut]) if words[:cut] and any(w.lower() not in _ENGLISH for w in words[:cut]) else text


def _corrected(words: frozenset[str], vocab: Vocabulary) -> frozenset[str]:
    """``words`` with each word of seven letters or more that is not in the rules replaced by the rule word one edit
    away from it, or typed with one syllable twice (``realilisasi``), when exactly one is."""
    known = vocab.rule_words
    fixed = set()
    for word in words:
        if len(word) >= 7 and word not in known and not word.isdigit():  # six letters: Lokasi is no typo of Alokasi
            near = [k for k in known if (abs(len(k) - len(word)) <= 1 and _one_edit(word, k)) or _stuttered(word, k)]
            word = near[0] if len(near) == 1 else word
        fixed.add(word)
    return frozenset(fixed)


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one inserted, deleted or replaced letter.

    Example:
        >>> _one_edit("ralisasi", "realisasi"), _one_edit("anggaran", "anggaran"), _one_edit("target", "tahun")
        (True, False, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _stuttered(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with two or three of its letters typed twice in a row (``realilisasi``: 'li' again after
    'reali'), a slip a one-letter edit does not cover.

    Example:
        >>> _stuttered("realilisasi", "realisasi"), _stuttered("anggagaran", "anggaran"), _stuttered("realisasi", "realisasi")
        (True, True, False)
        >>> _stuttered("realisasian", "realisasi"), _stuttered("sosialisasi", "realisasi")
        (False, False)
    """
    extra = len(a) - len(b)
    return extra in (2, 3) and any(a[i - extra:i] == a[i:i + extra] and a[:i] + a[i + extra:] == b
                                   for i in range(extra, len(a) - extra + 1))


def _without_year(text: str) -> list[tuple[str, int | None]]:
    """The text as it is, then, when it names one year, without it: (text, year) pairs to try."""
    years = _YEAR.findall(text.lower())
    options: list[tuple[str, int | None]] = [(text, None)]
    if len(years) == 1:
        options.append((_YEAR.sub(" ", text.lower()), int(years[0])))
    return options


#: words of a header that compares a value with another period or place (``Peningkatan dari Tahun Lalu``,
#: ``Perbandingan Dengan Nasional``): its columns are a comparison, never this year's own value
_COMPARING = frozenset({"perbandingan", "peningkatan", "dibandingkan", "dibanding", "lalu"})
#: leaves naming the terms of a ratio under its value's band (``Realisasi › pembilang | penyebut | realisasi``)
_TERMS = frozenset({"pembilang", "penyebut", "numerator", "denominator"})
#: an indicator's own values, which a comparison band repeats or compares (a budget's 'Realisasi s.d. Triwulan Lalu'
#: is a part of its realisation to date, left to the budget rules)
_COMPARED = frozenset({"target", "realisation", "stated_capaian"})
#: places an average is taken over (``Rata-Rata Realisasi Nasional``)
_PLACES = frozenset({"nasional", "provinsi", "internasional", "regional", "kabupaten", "kota"})


def comparing(path: tuple[str, ...]) -> bool:
    """Whether a header path marks a comparison column: a band or leaf comparing with last year, with the national
    or another place's figures, or an average over a place.

    Example:
        >>> comparing(("P2", "Peningkatan dari Tahun Lalu", "Realisasi 2023")), comparing(("P4", "Rata-Rata Realisasi Nasional"))
        (True, True)
        >>> comparing(("P1", "Capaian Tahun 2023", "Realisasi")), comparing(("Rata-rata Capaian",))
        (False, False)
    """
    words = set().union(*(header_words(p) for p in path))
    return bool(words & _COMPARING) or ("rata" in words and bool(words & _PLACES))


def _under_money(path: tuple[str, ...]) -> bool:
    """Whether a column's leaf (no unit: ``K | Rp`` halves are told apart by their unit) is under a band of money
    alone (``Anggaran``, ``Pagu``, ``Keuangan``), not one that also names the performance (``Kinerja dan Anggaran``).

    Example:
        >>> _under_money(("Anggaran", "Realisasi")), _under_money(("Target Kinerja dan Anggaran", "Realisasi"))
        (True, False)
        >>> _under_money(("Tahun 2024", "Realisasi")), _under_money(("Anggaran", "Rp"))
        (False, False)
    """
    return _under_band(path, _OTHER_HALF["measure"], _OTHER_HALF["money"])


#: words of a band over the performance of a budget's program (``Kinerja › Target | Realisasi``), never its money
_PERFORMANCE = re.compile(r"\b(?:kinerja|fisik|volume|vol|output|keluaran|indikator)\b", re.IGNORECASE)


def _under_performance(path: tuple[str, ...]) -> bool:
    """Whether a column's leaf (no unit) is under a band of the performance alone (``Kinerja``, ``Keluaran``), not
    one that also names money (``Realisasi Kinerja Keuangan``); ``Capaian`` may head either, so it decides nothing.

    Example:
        >>> _under_performance(("Kinerja", "Realisasi")), _under_performance(("Realisasi Fisik dan Keuangan", "Realisasi"))
        (True, False)
        >>> _under_performance(("Capaian", "Realisasi")), _under_performance(("Kinerja", "Rp"))
        (False, False)
    """
    return _under_band(path, _PERFORMANCE, _OTHER_HALF["measure"])


#: an indicator's value fields by the initial a performance band writes for them (``KINERJA › T | R``)
_VALUE_INITIALS = {"t": "target", "r": "realisation"}


def _under_band(path: tuple[str, ...], band: re.Pattern[str], unless: re.Pattern[str]) -> bool:
    """Whether a column's leaf, with no unit of its own, is under a band whose words ``band`` finds and ``unless`` not."""
    return len(path) > 1 and unit_kind(path[-1]) is None and any(band.search(p) and not unless.search(p) for p in path[:-1])


#: how a column of commentary is recognised (:attr:`Match.how`)
COMMENTARY = "commentary"
#: fields of figures (amounts, counts, rates, an indicator's values), which a column of commentary never is
FIGURES = YEAR_COLUMNS | AMOUNTS | {"population", "share", "remaining", "blocked", "physical", "comparison", "quantity"}


def commentary(text: object) -> str | None:
    """The text field a header's own label names when it heads text about the figures (``commentary_words.csv``:
    ``Analisa Ketercapaian Target``, ``Akar Penyebab Masalah``, ``RTL``), ``""`` for a remark of no field
    (``Keterangan``); None when it heads no commentary.

    Example:
        >>> commentary("Analisa Ketercapaian Target Tahun n"), commentary("Akar Penyebab Masalah"), commentary("Ket.")
        ('analysis', 'obstacles', '')
        >>> commentary("Upaya Pelayanan Kesehatan/Program"), commentary("Target Tahun n")
        (None, None)
    """
    words = header_words(text)
    return next((field or "" for need, field in commentary_words() if need <= words), None)


#: a formula of other columns in parentheses, their symbols or numbers joined by a product or a ratio (``Target
#: Sasaran (Tx S)``: the target rate times the population served; ``(5x3)``, ``(R/T)``)
_OPERAND = r"(?:[a-z]{1,3}|\(?\d{1,2}\)?)"
_COMPUTED = re.compile(rf"\(\s*{_OPERAND}\s*[x×*/]\s*{_OPERAND}(?:\s*[x×*/]\s*{_OPERAND})*\s*\)", re.IGNORECASE)


def computed(text: object) -> bool:
    """Whether a column's label names it by a formula of other columns (a product or a ratio: ``Target Sasaran (Tx S)``),
    so that it is derived from them; a sum of columns is no such formula (the total of its parts is the value itself).

    Example:
        >>> computed("Target Sasaran (Tx S)"), computed("Capaian (R/T)"), computed("Jumlah (3+4)")
        (True, True, False)
        >>> computed("Total Sasaran ( Tos )"), computed("Anggaran (Rp x 1000)"), computed("Realisasi (%)")
        (False, False, False)
    """
    return bool(_COMPUTED.search(clean_text(text))) if isinstance(text, str) else False


def names_staff_needs(path: tuple[str, ...] | list[str]) -> bool:
    """Whether a level of a column's header names the staff NEEDED, not those in post (``staff_needs_words.csv``:
    'Kebutuhan', 'ABK', 'Analisis Beban Kerja').

    Example:
        >>> names_staff_needs(("JUMLAH KEBUTUHAN PNS BERDASARKAN ANALISIS BEBAN KERJA/ ABK", "JABATAN FUNGSIONAL"))
        True
        >>> names_staff_needs(("JUMLAH PNS KEADAAN SAMPAI DENGAN JANUARI 2020/ RIIL", "JABATAN FUNGSIONAL"))
        False
    """
    return any(needs <= header_words(level) for level in path for needs in staff_needs_words())


def match_path(path: tuple[str, ...], vocab: Vocabulary) -> Match | None:
    """The field a column's header path names, or None; a value under a comparison band (:func:`comparing`) is a
    ``comparison``, which no loader reads. A column whose own label heads commentary (:func:`commentary`) is that
    text field, or no figure: an analysis of the target names the target, and holds sentences about it.

    Example:
        >>> match_path(("P2", "Peningkatan dari Tahun Lalu", "Realisasi 2023"), vocabulary("indicators")).name
        'comparison'
        >>> v = vocabulary("indicators")
        >>> match_path(("Analisa Ketercapaian Target Tahun n",), v).name, match_path(("Keterangan Realisasi",), v)
        ('analysis', None)
        >>> match_path(("Analisis Capaian Kinerja", "Target"), v).name
        'target'
        >>> match_path(("KINERJA", "T"), v).name, match_path(("KINERJA", "R"), v).name, match_path(("ANGGARAN", "R"), v)
        ('target', 'realisation', None)
        >>> s = vocabulary("staff")
        >>> match_path(("PENDIDIKAN", "NAMA"), s).name, match_path(("LATIHAN JABATAN", "NAMA"), s).name
        ('education', 'name')
    """
    if vocab.dataset == "summary" and names_staff_needs(path):
        return None  # Kebutuhan berdasarkan ABK › Jumlah: the staff a workload analysis asks for, none of them in post
    if (remark := commentary(path[-1])) is not None:
        found = _field_of(path, vocab)
        if remark in vocab.fields:
            return found if found is not None and found.name == remark else Match(remark, None, " ".join(path), COMMENTARY)
        return None if found is not None and found.name in FIGURES else found
    if len(path) > 1 and header_words(path[-1]) & _TERMS:
        return None  # Realisasi › pembilang | penyebut: the terms of the ratio, not the value
    found = _field_of(path, vocab)
    if found is not None and found.name in _COMPARED and _under_money(path):
        return None  # Anggaran › Pagu | Realisasi beside the indicators: the program's money, not the indicator's value
    if found is not None and found.name in ("budget", "realised") and _under_performance(path):
        return None  # Kinerja › Target | Realisasi beside a budget's money: the program's performance, not rupiah
    if found is not None and found.name in _COMPARED and comparing(path):
        return Match("comparison", None, found.text, "rule")
    return found


def _field_of(path: tuple[str, ...], vocab: Vocabulary) -> Match | None:
    """The field a column's header path names, or None.

    Example:
        >>> v = vocabulary("indicators")
        >>> match_path(("Tahun 2023", "Realisasi"), v).name, match_path(("Tahun 2023", "Realisasi"), v).year
        ('realisation', 2023)
        >>> match_path(("ANGGARAN (Rp)",), vocabulary("budget")).name
        'budget'
    """
    if not path or (len(path) > 1 and header_key(path[-1]) in ROW_NUMBERS):
        # a title written in the first cell over 'No' is no group label: the column numbers the rows, whatever is above
        return None
    if len(path) > 1 and unit_kind(path[-1]) == "measure" and getattr(own := _match_text(path[-1], vocab), "name", None) == "physical":
        # FISIK is a unit and a field: under "Realisasi (%)" beside KEUANGAN it is the physical progress, never the
        # band's own field (the money's percentage)
        return replace(own, text=" ".join(path))
    if len(path) > 1 and header_key(path[-1]) == "f" and "physical" in vocab.fields | {c for c, _, _ in vocab.rules}:
        # Realisasi › K | F in a budget: K is keuangan (the money) and F fisik, the physical progress; read as a
        # measure half, F was added to the money
        return Match("physical", None, " ".join(path), "rule")
    if len(path) > 2 and unit_kind(path[-2]) == "measure" and header_key(path[-1]) in SPLIT_UNIT:
        # … › K › Volume | Satuan: the unit written beside the K's figure, no figure of the band
        return None
    if len(path) > 1 and (kind := unit_kind(path[-1])) in _OTHER_HALF:
        # a band over K | Rp ("Target Kinerja dan Anggaran › Rp"): the unit says which half of the band the column is
        above = tuple(t for t in (_OTHER_HALF[kind].sub(" ", p).strip() for p in path[:-1]) if t)
        found = match_path(above, vocab) if above else None
        if found is None and kind == "money" and (year := _target_year(above, vocab)) is not None:
            # Target Tahun 2021 › Kinerja | Rupiah in a budget (an RKPD evaluation): the money the year's target is
            # planned with is that year's budget; the loader keeps the build year's band and refuses another year's
            return Match("budget", year, " ".join(path), "rule")
        if found is None or not _half_fits(kind, found.name):
            return None
        return replace(found, text=" ".join(path))
    if len(path) > 1 and header_key(path[-1]) in _NAME_LEAVES and _match_text(" ".join(path), vocab, rules=False) is None \
            and (above := _match_path(path[:-1], vocab)) is not None and above.how != "rule" \
            and above.name != getattr(_match_text(path[-1], vocab), "name", None):
        # PENDIDIKAN › NAMA: the name of the band's field (the schooling's level and major), not a person's name, as
        # JABATAN › NAMA is the jabatan's; no known spelling, so beside other columns of the field the cells decide
        # (PENDIDIKAN TERAKHIR › NAMA may hold the school's name, the level standing in another sub-column)
        return replace(above, text=" ".join(path), how=NAME_UNDER_BAND)
    if len(path) > 1 and "condition" in vocab.fields and (condition := asset_condition(path[-1])) is not None \
            and getattr(_match_path(path[:-1], vocab), "name", None) == "condition":
        # Keadaan › B | RS | RB: under the condition band, an inventory's condition letters head the count of items
        # in that condition; elsewhere a lone 'B' or 'RS' says nothing
        return Match(condition, None, " ".join(path), "rule")
    if len(path) > 1 and vocab.dataset == "indicators" and header_key(path[-1]) in _VALUE_INITIALS \
            and _under_performance(path):
        # KINERJA › T | R | % beside ANGGARAN › T | R | %: under the performance band the initials are the indicator's
        # target and realisation; under the money band they are rupiah, and alone they say nothing
        year = next((int(y) for p in path for y in _YEAR.findall(clean_text(p).lower())), None)
        return Match(_VALUE_INITIALS[header_key(path[-1])], year, " ".join(path), "rule")
    path = _period_apart(path)
    words = set().union(*(header_words(p) for p in path[:-1]))
    if words & _SHARE_WORDS and "share" in vocab.fields | {c for c, _, _ in vocab.rules}:
        return Match("share", None, " ".join(path), "rule")
    leaf = header_key(path[-1])
    year = next((int(y) for p in path for y in _YEAR.findall(clean_text(p).lower())), None)
    # Target (Triwulan) › I; a year has no sixth quarter, so 'VI' under a Triwulan band is IV mistyped (wp-sipd's I … VI)
    quarter = (leaf in ("i", "ii", "iii", "iv") and bool(words & _PERIOD_WORDS)) or (leaf == "vi" and bool(words & _QUARTER_WORDS))
    if len(path) > 1 and (leaf in _MONTHS or quarter or (leaf in _TOTAL_LEAVES and _match_text(path[-1], vocab) is None)):
        # a band of months (or quarters) and its total: the field is named by the levels above
        above = _match_path(path[:-1], vocab)
        # only amounts have months and a total: under a band of categories, SD is a school level, not "s.d."; so it
        # is under a band of headcounts (LAKI-LAKI › <SD | SD | SMP …), where no count runs "up to" anything
        school = leaf == "sd" and above is not None and above.name in HEADCOUNTS
        if above is not None and above.name == "condition" and leaf in _TOTAL_LEAVES and "quantity" in vocab.fields:
            # Keadaan › B | RB | Jml: the items counted in all conditions, no condition of its own
            return Match("quantity", None, " ".join(path), above.how, total=True)
        if above is not None and (above.name in AMOUNTS or above.name in YEAR_COLUMNS) and not school:
            return Match(above.name, above.year, " ".join(path), above.how, part=leaf in _MONTHS or quarter,
                         total=leaf in _TOTAL_LEAVES)
    if len(path) > 1 and leaf in _YEAR_LEAVES and _match_text(path[-1], vocab) is None \
            and (above := _match_path(path[:-1], vocab)) is not None and above.name in YEAR_COLUMNS:
        # Target › Q1 | … | Q4 | Y: the year's own figure, which the periods beside it only lead up to
        return Match(above.name, above.year, " ".join(path), YEAR_LEAF, total=True)
    if len(path) > 1 and leaf in _LEVEL_LEAVES and (above := _match_path(path[:-1], vocab)) is not None \
            and above.name in _LEVEL_VALUES:
        return Match(above.name, above.year, " ".join(path), above.how, level=True)
    if len(path) > 1 and leaf in _TOTAL_LEAVES and leaf != "sd":
        # LAKI-LAKI › <SD … S3 | JML: the total of one gender's band is that gender's count, not the table's
        above = _match_path(path[:-1], vocab)
        if above is not None and above.name in GENDERS:
            return Match(above.name, None, " ".join(path), above.how, total=True)
    found = _match_path(path, vocab)
    if found is not None and found.year is None and len(path) > 1 \
            and (above := _match_path(path[:-1], vocab)) is not None and above.name in _PERIOD_FIELDS:
        if above.name == "renstra_target" and getattr(_match_text(path[-1], vocab), "name", None) in ("realisation", "stated_capaian"):
            # Kondisi Akhir Periode › Target | Realisasi | Capaian: what was reached by the period's end (a sum or an
            # average some applications print) and its capaian against the end target: no target, nor the year's capaian
            return None
        if found.name in ("target", "realisation"):
            # Kondisi Kinerja pada akhir periode Renstra › Target: the band says which target, the Renstra's end
            # target; Tahun Awal › Realisasi is the baseline
            return replace(above, text=" ".join(path))
    if found is not None and found.year is None and year is not None and found.name in YEAR_COLUMNS:
        found = Match(found.name, year, found.text, found.how)
    if found is None and len(path) == 1:
        found = _with_its_attributes(path[0], vocab)
    return found


#: words a printed header lists after its field for the further lines of the same cells (``TMT``, ``Eselon``,
#: ``Jurusan``, ``Thn Lulus``, ``No. / Tgl SK``)
_ATTRIBUTES = frozenset({"jurusan", "tahun", "thn", "lulus", "tmt", "eselon", "tgl", "tanggal", "sk", "no", "nomor"})


def _with_its_attributes(text: str, vocab: Vocabulary) -> Match | None:
    """The field of a one-cell header that is a known spelling followed by two or more words of what the further lines
    of its cells hold (``PENDIDIKAN TERAKHIR / JURUSAN / THN LULUS`` over ``S2 / Manajemen / 2010``; ``JABATAN / TMT /
    ESELON``): a print's header of cells of several lines names the field of their first line.

    Example:
        >>> v = vocabulary("staff")
        >>> _with_its_attributes("PENDIDIKAN TERAKHIR JURUSAN THN LULUS", v).name, _with_its_attributes("JABATAN TMT ESELON", v).name
        ('education', 'position')
        >>> _with_its_attributes("JABATAN TMT", v), _with_its_attributes("CPNS GOL. TMT", v)
        (None, None)
    """
    words = re.findall(r"[a-z0-9]+", clean_text(text).lower())
    for cut in range(len(words) - 2, 0, -1):
        rest = words[cut:]
        if not all(w in _ATTRIBUTES for w in rest):
            break
        if (found := _match_text(" ".join(words[:cut]), vocab, rules=False)) is not None:
            return replace(found, text=clean_text(text))
    return None


#: words of a target band that make it a plan's over several years (the Renstra's, the RPJMD's, its end), whose money
#: is the plan's, never the year's budget
_PLAN_WORDS = frozenset({"renstra", "rpjmd", "rpjm", "rpjmn", "akhir", "kondisi"})


def _target_year(band: tuple[str, ...], vocab: Vocabulary) -> int | None:
    """The year of a budget's band that names a year's target (``Target Tahun 2021``) over ``Kinerja | Rupiah``, so
    that its money half is that year's budget; None when the band names no target, no year, a year span or a plan's
    target (``Target Renstra … Tahun 2026``, ``Target Kondisi Akhir``), or the vocabulary is no budget's.

    Example:
        >>> budget = vocabulary("budget")
        >>> _target_year(("Target Tahun 2021",), budget), _target_year(("Target Renstra SKPD Tahun 2026",), budget)
        (2021, None)
        >>> _target_year(("Target",), budget), _target_year(("Keterangan Tahun 2021",), budget)
        (None, None)
    """
    if vocab.dataset != "budget" or "budget" not in vocab.fields:
        return None
    words = set().union(*(header_words(p) for p in band))
    years = {int(y) for p in band for y in _YEAR.findall(clean_text(p).lower())}
    if "target" not in words or words & _PLAN_WORDS or len(years) != 1:
        return None
    return years.pop()


def _half_fits(kind: str, field: str) -> bool:
    """Whether the half of a K | Rp band that holds ``kind`` can be ``field``: the Rp half of "Target Kinerja dan
    Anggaran" is the program's money, an amount, never the indicator's target or realisation.

    Example:
        >>> _half_fits("money", "target"), _half_fits("money", "budget"), _half_fits("measure", "target")
        (False, True, True)
    """
    return kind != "money" or field in AMOUNTS


def _period_apart(path: tuple[str, ...]) -> tuple[str, ...]:
    """A leaf that ends with its period (``REALISASI TW I``, ``Realisasi Januari``) as the field over the period.

    Example:
        >>> _period_apart(("REALISASI TW I",)), _period_apart(("Target",))
        (('REALISASI', 'TW I'), ('Target',))
    """
    match = _PERIOD_END.match(clean_text(path[-1]))
    if match is None or not match.group(1).strip() or header_key(match.group(2)) not in _MONTHS:
        return path
    return (*path[:-1], match.group(1).strip(), match.group(2))


def _match_path(path: tuple[str, ...], vocab: Vocabulary) -> Match | None:
    """Known spellings first (the whole path, then without its top levels, then each middle level from the leaf up:
    ``Golongan I › Laki-Laki › 1/a`` is a count of men), then the token rules on the whole path and its tails."""
    tails = [" ".join(path[i:]) for i in range(len(path))]
    share = "persen" in header_words(path[-1])
    for text in [*tails, *reversed(path[1:-1])]:
        found = _match_text(text, vocab, rules=False)
        if found is not None and share and text not in tails and found.name in AMOUNTS:
            # Keuangan › Realisasi › %KUM: a percentage leaf under an amount's band is a share of it, never rupiah
            continue
        if found is not None:
            return found
    # a rule's exceptions see the whole path: "Capaian Anggaran › Persentase (%)" is no capaian of the indicator;
    # a band that lists its columns' fields ("TARGET DAN CAPAIAN" over Target | Realisasi | % Capaian) qualifies none
    context = frozenset().union(*(header_words(p) for p in path if not _lists_fields(p, vocab)))
    for text in tails:
        found = _match_text(text, vocab, context=context)
        if found is not None:
            return found
    return None


_JOINED = re.compile(r"\s+(?:dan|serta)\s+|\s*[&/]\s*", re.IGNORECASE)


def _lists_fields(text: str, vocab: Vocabulary) -> bool:
    """Whether a band's text is a list of two fields or more joined by 'dan', '&' or '/' (``TARGET DAN CAPAIAN``,
    ``Target & Realisasi``), each of its own.

    Example:
        >>> v = vocabulary("indicators")
        >>> _lists_fields("TARGET DAN CAPAIAN", v), _lists_fields("Capaian Tahun Lalu", v), _lists_fields("Realisasi dan Realisasi", v)
        (True, False, False)
    """
    parts = [p for p in _JOINED.split(clean_text(text)) if p.strip()]
    if len(parts) < 2:
        return False
    names = [getattr(_match_text(p, vocab), "name", None) for p in parts]
    return None not in names and len(set(names)) == len(names)
