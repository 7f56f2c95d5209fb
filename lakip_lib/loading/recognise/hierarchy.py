"""Budget levels (program → kegiatan → sub-kegiatan) from whatever marks them in an export.

Agencies mark the hierarchy in one of these ways, tried in this order:

1. a level column (``Level``, ``Jenis``, ``Tingkat``: Program / Kegiatan / Sub Kegiatan; rows of other words right
   under the deepest level, such as ``Kode Rekening`` and ``Tagging``, are its detail: :func:`column_levels`);
2. codes split over several columns (``Urusan | Bidang | Organisasi | Program |
   Kegiatan | Sub``; ``Kode Kegiatan | Kode KRO/RO``): the level is the
   rightmost filled code cell, counted from the right (sub-kegiatan, kegiatan,
   program); cells further left are urusan, bidang and organisasi rows;
3. joined codes of a known scheme (:data:`SCHEMES`): Kepmendagri 050-5889
   (``5.03.02`` / ``5.03.02.1.01`` / ``5.03.02.1.01.0005``), Permendagri 13
   before 2021 (``1.20.1.20.13.01`` / ``1.20.1.20.13.01.01``), a report's own
   numbering (``1`` / ``1.1`` / ``1.1.1``), ministry RKA-K/L codes (program
   ``054.01.WA``, kegiatan ``5286``, KRO ``5286.EBA``, RO ``5286.EBA.962``),
   whole POK codes (program ``DL``, kegiatan ``DL.2376``, RO
   ``DL.2376.SAC.811``; the KRO ``DL.2376.SAC`` over its RO and the komponen,
   akun below are ``account`` rows), also as an outline over columns
   (:func:`outline_codes`; by each row's depth in the outline when no scheme
   places its whole codes: :func:`outline_levels`);
   rows of other depths are above the program (urusan, organisasi) or below
   the sub-kegiatan (belanja accounts ``5.2.1``); undotted account codes that
   extend their group's (jenis ``51``, akun ``511111``) by their length; a satker's
   Bagan Akun Standar belanja akun alone (``521211``, ``524111``), line items of one level (:func:`bas_akun_levels`);
   Permendagri 13/2006 belanja objek alone (``5.2.2.01``, :func:`objek_levels`) and
   Permendagri 90 accounts alone (``5.1.02.01.01.0024``), the top level of a
   pagu per kode rekening, or printed from their kelompok (an LRA's ``5`` / ``5.1`` / ``5.1.02`` / … : the kelompok
   are the programs, :func:`kelompok_levels`); an LRA's Permendagri 13 belanja accounts (kelompok
   ``5.1``, jenis ``5.1.1``: :func:`lra_levels`) when no other scheme places
   them (:data:`SCHEMES`, the one table of them all);
4. level words at the start of a name (``Program …``, ``Kegiatan …``,
   ``1. Sub Kegiatan …``) or on a label row above (``Kegiatan :``);
5. names split over columns (``Program | Kegiatan | Sub Kegiatan``; the deepest
   is the sub-kegiatan unless the outermost names programs or bidang, as an
   APBDes names its bidang in a column with no header);
6. indentation of the names;
7. none of these, in a flat list: every row named and with an amount, none the sum of the rows right below or
   above it (as a program is of its kegiatan): each row is a program.

Each row gets a level, or a role saying why it is none: ``heading`` (no
amount and no level), ``above`` (urusan, bidang, organisasi), ``account``
(a belanja account under a kegiatan), ``detail`` (a level column's row of
no level under the deepest, such as a tag), ``group`` (the heading of a block of a
grouping that is no level, such as a source of funds: :func:`group_blocks`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from ..parse import is_no_value

LEVELS = ("program", "kegiatan", "sub_kegiatan")

#: a ministry program in a POK code: its own two letters, after the kementerian and eselon I unit (``032.12.DL``) or alone
_POK_PROGRAM = r"(?:\d{3}\.\d{2}\.)?[A-Z]{2}"
#: a whole POK code, the program's followed by the deeper levels' parts (``DL.2376.SAC.811.302.0B.521832``)
_POK = re.compile(rf"^{_POK_PROGRAM}(?:\.[0-9A-Z]+)*$")
#: an RO of an RKA-K/L by its KRO alone, as an office's report of its components writes it: the KRO's three capitals, a
#: space or a dot, the RO's three characters with a digit among them ('QIB 002', 'BIF U11', 'QIB.002'); two words of
#: three capitals ('RSU DAN') are no code
KRO_RO = r"[A-Z]{3}[ .](?=[0-9A-Z]*\d)[0-9A-Z]{3}"
#: the schemes of joined codes placed by depth or pattern (:func:`_joined_levels`), in the order they are tried: name →
#: (depths per level, patterns per level, whether rows that fit no level are set aside as above the program or below the
#: sub-kegiatan rather than refuse the scheme)
_JOINED: dict[str, tuple[tuple[int, ...] | None, tuple[re.Pattern[str], ...] | None, bool]] = {
    "kepmendagri": (None, (re.compile(r"^\d{1,2}\.[0-9A-Z]{1,2}\.\d{2}$"), re.compile(r"^\d{1,2}\.[0-9A-Z]{1,2}\.\d{2}\.\d\.\d{2}$"),
                           re.compile(r"^\d{1,2}\.[0-9A-Z]{1,2}\.\d{2}\.\d\.\d{2}\.\d{4}$")), True),
    "rka-k/l": (None, (re.compile(rf"^{_POK_PROGRAM}$"), re.compile(rf"^{_POK_PROGRAM}\.\d{{4}}$"),
                       re.compile(rf"^{_POK_PROGRAM}\.\d{{4}}\.[A-Z]{{3}}\.\d{{3}}$")), True),
    "permendagri13": ((6, 7, 8), None, True),
    "ministry": (None, (re.compile(r"^\d{3}\.\d{2}\.[A-Z]{2}$"), re.compile(r"^\d{4}$"),
                        re.compile(rf"^(?:\d{{4}}\.[A-Z]{{3}}(?:\.\d{{3}})?|{KRO_RO})$")), False),
    # a kementerian satker's realisation by output (kegiatan.output[.sub-output]) › komponen (3 digits) › akun (6
    # digits, belanja 5): the komponen's and the akun's codes are their parent's own, repeated under each output
    "output": (None, (re.compile(r"^\d{4}\.\d{3}(?:\.\d{3})?$"), re.compile(r"^\d{3}$"), re.compile(r"^5\d{5}$")), False),
    "numbered": ((1, 2, 3), None, False),
}
#: how levels were told by the output › komponen › akun codes (:attr:`Levels.how`), whose codes are the parent's own
OUTPUT_CODES = "output codes"
_DIGITS = re.compile(r"^\d+(?:\.\d+)*$")
#: a Permendagri 90 kode rekening from the objek down (akun 4, 5 or 6 for pendapatan, belanja, pembiayaan . kelompok .
#: jenis . objek [. rincian objek [. sub rincian objek]]): its segment widths 1.1.2.2.2.4 are no program code's
#: (Kepmendagri 050-5889 has one digit in the fourth place, Permendagri 13 two in the second)
_ACCOUNT = re.compile(r"^[456]\.\d\.\d{2}\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?$")
#: its akun, kelompok and jenis (``5``, ``5.1``, ``5.1.02``): accounts only in a table of deeper accounts
_ACCOUNT_GROUP = re.compile(r"^[456](?:\.\d(?:\.\d{2})?)?$")
#: how the levels of a table of accounts alone were told (:func:`account_levels`)
ACCOUNTS = "account codes"
_ORGANISATION = re.compile(r"^\d\.\d{2}\.\d\.\d{2}\.\d\.\d{2}\.\d{2}\.\d{4}$")
_LEVEL_WORDS = (
    ("sub_kegiatan", re.compile(r"^(?:sub[\s\-‐]*kegiatan|sub[\s\-‐]*keg\b|rincian\s+output|\bro\b|output)", re.IGNORECASE)),
    ("kegiatan", re.compile(r"^(?:kegiatan|keg\b|kro\b|klasifikasi\s+rincian\s+output)", re.IGNORECASE)),
    ("program", re.compile(r"^program", re.IGNORECASE)),
)
_NUMBERING = re.compile(r"^\s*(?:\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]|\(?[a-z][.)]|[ivx]+\.)\s*", re.IGNORECASE)
_LABEL = re.compile(r"^\s*(program|kegiatan|sub[\s\-‐]*kegiatan)\s*:?\s*$", re.IGNORECASE)


@dataclass
class Levels:
    """Each row's level (None where it has none), its role, and how the levels were told."""

    levels: list[str | None]
    roles: list[str]
    how: str


def level_word(name: object) -> str | None:
    """The level a name states with its first word, after any numbering.

    Example:
        >>> level_word("1. Sub Kegiatan Fasilitasi"), level_word("Kegiatan Pelaksanaan Tugas"), level_word("Penyediaan Gaji")
        ('sub_kegiatan', 'kegiatan', None)
    """
    if not isinstance(name, str):
        return None
    text = _NUMBERING.sub("", name.strip())
    return next((level for level, pattern in _LEVEL_WORDS if pattern.match(text)), None)


def label_row(name: object) -> str | None:
    """The level a label row (``Kegiatan :``, ``Sub-Kegiatan :``) announces for the rows below it."""
    match = _LABEL.match(name) if isinstance(name, str) else None
    return None if match is None else level_word(match.group(1))


#: how the levels were told from a level column (:attr:`Levels.how`)
LEVEL_COLUMN = "the level column"


def column_levels(levels: list[str | None], words: list[object], codes: list[object]) -> Levels:
    """Levels from a level column (``Tingkat``: Program, Kegiatan, Sub Kegiatan, Kode Rekening, Tagging, …): ``levels``
    is each row's level as its word names it, None where the word names none of them. A row whose word names no level,
    right under a row of the deepest level present or under another such row, is detail below it (an export that also
    prints the accounts of each sub-kegiatan and their splits): an ``account`` when its code is a kode rekening, else
    ``detail``. Any other row without a level (a blank or unknown word among the levels, a typo of one) is
    ``unknown``: it stays a question.

    Example:
        >>> words = ["Program", "Kegiatan", "Sub Kegiatan", "Kode Rekening", "Tagging", "Sub Kegiatan", "Rekening"]
        >>> levels = ["program", "kegiatan", "sub_kegiatan", None, None, "sub_kegiatan", None]
        >>> codes = ["1.02.01", "1.02.01.2.02", "1.02.01.2.02.0001", "5.1.01.01.01.0001", "Rutin", "1.02.01.2.02.0002", None]
        >>> column_levels(levels, words, codes).roles
        ['level', 'level', 'level', 'account', 'detail', 'level', 'detail']
        >>> column_levels(["program", None, "kegiatan", "sub_kegiatan"], ["Program", "Kegiatn", "Kegiatan", "Sub Kegiatan"],
        ...               [None] * 4).roles
        ['level', 'unknown', 'level', 'level']
    """
    deepest = max((LEVELS.index(level) for level in levels if level is not None), default=None)
    roles: list[str] = []
    for level, word, code in zip(levels, words, codes):
        if level is not None:
            roles.append("level")
        elif not is_no_value(word) and roles and (roles[-1] in ("account", "detail") or roles[-1] == "level"
                                                  and deepest is not None and levels[len(roles) - 1] == LEVELS[deepest]):
            roles.append("account" if isinstance(code, str) and _ACCOUNT.match(code.strip()) else "detail")
        else:
            roles.append("unknown")
    return Levels(list(levels), roles, LEVEL_COLUMN)


def split_code_levels(parts: list[list[object]]) -> Levels:
    """Levels from codes split over columns: the rightmost filled cell, counted from the right.

    Example:
        >>> split_code_levels([["5", None, None], ["5", "02", None], ["5", "02", "01"]]).levels
        ['program', 'kegiatan', 'sub_kegiatan']
    """
    width = max((len(p) for p in parts), default=0)
    levels: list[str | None] = []
    roles: list[str] = []
    for row in parts:
        filled = [i for i, v in enumerate(row) if not is_no_value(v)]
        if not filled:
            levels.append(None)
            roles.append("heading")
            continue
        from_right = width - 1 - filled[-1]
        if from_right < len(LEVELS):
            levels.append(LEVELS[len(LEVELS) - 1 - from_right])
            roles.append("level")
        else:
            levels.append(None)
            roles.append("above")
    return Levels(levels, roles, "split codes")


def outline_codes(parts: list[list[str | None]]) -> list[str | None]:
    """Each row's whole code from an outline over columns (:mod:`.outline`): each row states one code, its own part
    (``SAC.811``, ``302``) or its parent's code extended (``DL.2376`` under ``DL``); a code further right than the one
    above, or in the same column extending it, is its child, and its whole code is its parent's with its own part
    added. Rows without a code get None.

    Example:
        >>> outline_codes([["DL", None, None], ["DL.2376", None, None], [None, "SAC", None], [None, "SAC.811", None],
        ...                [None, None, "302"], [None, None, None], ["WA", None, None]])
        ['DL', 'DL.2376', 'DL.2376.SAC', 'DL.2376.SAC.811', 'DL.2376.SAC.811.302', None, 'WA']
    """
    return [None if row is None else row[0] for row in _outline(parts)]


#: how the levels of an outline whose whole codes no scheme places were told (:func:`outline_levels`)
OUTLINED = "outlined codes"


def outline_levels(parts: list[list[str | None]]) -> Levels:
    """Levels of an outline over columns (:func:`outline_codes`) by each row's depth in it, for codes of no scheme
    :func:`code_levels` knows: the outermost rows are programs, their children kegiatan, theirs sub-kegiatan, deeper
    rows ``account`` rows under them; rows without a code are headings.

    Example:
        >>> outline_levels([["A", None, None], ["A.1", None, None], [None, "01", None], [None, None, "001"]]).levels
        ['program', 'kegiatan', 'sub_kegiatan', None]
    """
    depths = [None if row is None else row[1] for row in _outline(parts)]
    levels = [LEVELS[d] if d is not None and d < len(LEVELS) else None for d in depths]
    roles = ["heading" if d is None else "level" if d < len(LEVELS) else "account" for d in depths]
    return Levels(levels, roles, OUTLINED)


def _outline(parts: list[list[str | None]]) -> list[tuple[str, int] | None]:
    """Each row's whole code and depth in an outline over columns (:func:`outline_codes`), None without a code."""
    stack: list[tuple[int, str, str]] = []  # (column, code as printed, whole code) of the row's ancestors
    found: list[tuple[str, int] | None] = []
    for row in parts:
        filled = [(k, v) for k, v in enumerate(row) if v]
        if not filled:
            found.append(None)
            continue
        column, code = filled[0]
        while stack and not (stack[-1][0] < column or stack[-1][0] == column and code.startswith(stack[-1][1] + ".")):
            stack.pop()
        if not stack:
            full = code
        elif code.startswith(stack[-1][1] + "."):
            full = stack[-1][2] + code[len(stack[-1][1]):]
        else:
            full = f"{stack[-1][2]}.{code}"
        found.append((full, len(stack)))
        stack.append((column, code, full))
    return found


def split_levels_by_words(levels: Levels, names: list[object]) -> Levels:
    """Split-code levels moved to agree with the level words of the names: a SIMDA code split over Kd_Urusan … Kd_Prog,
    Kd_Keg ends at the kegiatan (Permendagri 13/2006 has no sub-kegiatan), so counted from the right its program rows
    fall one level too deep; when every row whose name starts with a level word ("Program …") is off by the same
    number of levels, every row moves by it. Levels moved off the scale are no budget rows (``above``).

    Example:
        >>> split = split_code_levels([[4, 1, None], [4, 1, 2], [4, 1, 10]])
        >>> split_levels_by_words(split, ["Program Pelayanan Administrasi", "Penyediaan Jasa", "Penyediaan ATK"]).levels
        ['program', 'kegiatan', 'kegiatan']
    """
    shifts = {LEVELS.index(word) - LEVELS.index(level) for level, name in zip(levels.levels, names)
              if level is not None and (word := level_word(name)) is not None}
    if len(shifts) != 1 or (shift := shifts.pop()) == 0:
        return levels
    moved, roles = [], []
    for level, role in zip(levels.levels, levels.roles):
        index = None if level is None else LEVELS.index(level) + shift
        inside = index is not None and 0 <= index < len(LEVELS)
        moved.append(LEVELS[index] if inside else None)
        roles.append(role if level is None or inside else "above")
    return Levels(moved, roles, f"{levels.how} and level words")


def code_levels(codes: list[str | None]) -> tuple[Levels | None, str]:
    """Levels from the codes by the first scheme of :data:`SCHEMES` that places the rows with codes; (None, the depths
    of the codes) when none does.

    A joined scheme places a row at one of its levels by the code's depth or
    pattern; Kepmendagri, Permendagri 13 and POK codes of other depths are
    ``above`` the program (urusan, bidang, organisasi) or ``account`` rows
    below the sub-kegiatan; under the other joined schemes such a row rejects
    the scheme. Account codes extending their group's, Permendagri 90 accounts
    alone and an LRA's belanja accounts have their own rules.

    Example:
        >>> code_levels(["5.03.02", "5.03.02.1.01", "5.03.02.1.01.0005"])[0].levels
        ['program', 'kegiatan', 'sub_kegiatan']
        >>> code_levels(["054.01.WA", "5286", "5286.EBA.962"])[0].how
        'ministry codes'
        >>> code_levels(["QIB 002", "BIF U11"])[0].levels, code_levels(["RSU DAN", "QIB 002"])[0] is None
        (['sub_kegiatan', 'sub_kegiatan'], True)
        >>> code_levels(["5.2", "5.2.2", "5.2.2.01.01"])[0].how, code_levels(["5.1.02", "5.2.02.05.01.0005"])
        ('the belanja accounts of an LRA', (None, '3, 6'))
    """
    codes = [c if isinstance(c, str) and c else None for c in codes]
    coded = [c for c in codes if c]
    if not coded:
        return None, "no codes"
    for place, only in SCHEMES.values():
        if only is not None and not only(coded):
            continue
        if (found := place(codes)) is not None:
            return found, ""
        if only is not None:
            break  # codes of that scheme alone are never another's (accounts are no programs of a scheme as deep)
    return None, ", ".join(str(d) for d in sorted({c.count(".") + 1 for c in coded}))


def _joined_levels(scheme: str, codes: list[str | None]) -> Levels | None:
    """Levels of ``codes`` (None where a row has none) under the joined scheme ``scheme`` of :data:`_JOINED`; None
    when it does not place them.

    Example:
        >>> _joined_levels("numbered", ["1", "1.1", None]).levels, _joined_levels("numbered", ["2.1"]) is None
        (['program', 'kegiatan', None], True)
    """
    by_depth, patterns, aside = _JOINED[scheme]
    coded = [c for c in codes if c]
    depths = [c.count(".") + 1 if c else 0 for c in codes]
    present = sorted({d for d in depths if d})
    levels: list[str | None] = []
    roles: list[str] = []
    for code, depth in zip(codes, depths):
        if not code:
            levels.append(None)
            roles.append("heading")
            continue
        if patterns is not None:
            level = next((LEVELS[i] for i, p in enumerate(patterns) if p.match(code)), None)
            first = 3 if scheme == "kepmendagri" else 1
        else:
            level = LEVELS[by_depth.index(depth)] if depth in by_depth else None
            first = by_depth[0]
        if level is not None and scheme == "permendagri13" and code.split(".")[5] == "00":
            levels.append(None)
            roles.append("above")  # program 00: pendapatan and belanja tidak langsung, outside every program
        elif level is not None:
            levels.append(level)
            roles.append("level")
        elif aside and scheme == "kepmendagri" and _ORGANISATION.match(code):
            levels.append(None)
            roles.append("above")  # an SKPD's own code (1.02.0.00.0.00.01.0000) heads its programs
        else:
            levels.append(None)
            roles.append(("above" if depth < first else "account") if aside else "unplaced")
    if "unplaced" in roles or "level" not in roles:
        return None
    placed = {d for d, r in zip(depths, roles) if r == "level"}
    if scheme in ("permendagri13", "numbered") and by_depth[0] not in placed:
        return None  # these schemes start at the program
    if scheme == "rka-k/l" and (not all(_POK.match(c) for c in coded) or len({lv for lv in levels if lv}) < 2):
        return None  # two capitals alone ('IV') code no program without a kegiatan under one
    if scheme == "output" and (levels[codes.index(coded[0])] != "program" or len({lv for lv in levels if lv}) < 2):
        return None  # a komponen or akun code alone ('051', '521211') is no output's: it must open under one
    if scheme == "numbered" and (min(present) != 1 or len(present) > 3 or not all(_DIGITS.match(c) for c in coded)):
        return None
    return Levels(levels, roles, f"{scheme} codes")


def _accounts_alone(coded: list[str]) -> bool:
    """Whether every code is a Permendagri 90 account or account group and one at least an account: a budget of
    accounts alone (:func:`account_levels`)."""
    return all(_ACCOUNT.match(c) or _ACCOUNT_GROUP.match(c) for c in coded) and any(_ACCOUNT.match(c) for c in coded)


def account_levels(codes: list[str | None]) -> Levels | None:
    """Levels of a table whose rows are Permendagri 90 accounts alone (a pagu per kode rekening, no program above
    them): the accounts are its only rows, read as the top level; a jenis over its objek (``5.1.02`` over
    ``5.1.02.01.01.0024``) one level up, as nested account codes are. None when the accounts run more than three
    depths deep or a deeper account is under none of its group.

    Example:
        >>> account_levels(["5.1.02.01.01.0024", "5.1.02.04.01.0001"]).levels
        ['program', 'program']
        >>> account_levels(["5.1.02", "5.1.02.01.01.0024", "5.2.02", "5.2.02.05.01.0005"]).levels
        ['program', 'kegiatan', 'program', 'kegiatan']
        >>> account_levels(["5.1.02", "5.2.02.05.01.0005"]) is None
        True
    """
    if any(c and c.count(".") == 1 for c in codes):
        return kelompok_levels(codes)  # a kelompok row (5.1): the accounts nest as an LRA's, from the akun down
    return _nested_by_depth(codes, ACCOUNTS)


def _nested_by_depth(codes: list[str | None], how: str) -> Levels | None:
    """Levels of dotted account codes by their depth: the shallowest are the top level, each deeper code one level
    under the nearest shorter code above it, which must be its group; a row without a code is a heading. None when the
    codes run more than three depths deep or a deeper code is under none of its group."""
    depths = sorted({c.count(".") for c in codes if c})
    if len(depths) > len(LEVELS):
        return None
    above: list[str] = []
    for code in filter(None, codes):
        shorter = [c for c in above if c.count(".") < code.count(".")]
        if code.count(".") > depths[0] and not (shorter and code.startswith(shorter[-1] + ".")):
            return None
        above.append(code)
    levels = [LEVELS[depths.index(c.count("."))] if c else None for c in codes]
    return Levels(levels, ["level" if c else "heading" for c in codes], how)


#: how the levels of an LRA by Permendagri 90 belanja accounts nested from their kelompok were told (:func:`kelompok_levels`)
KELOMPOK_ACCOUNTS = "the Permendagri 90 belanja accounts of an LRA"


def kelompok_levels(codes: list[str | None]) -> Levels | None:
    """Levels of the spending of an LRA by Permendagri 90 kode rekening printed from its kelompok (``5`` BELANJA DAERAH,
    ``5.1`` BELANJA OPERASI, ``5.1.02`` Belanja Barang dan Jasa, ``5.1.02.01`` Belanja Barang, ``5.1.02.01.01`` …,
    ``5.1.02.01.01.0024``), where no program stands: read as an LRA's accounts are (:func:`lra_levels`) and as the
    Bagan Akun Standar's of a satker (kelompok ``51`` over jenis ``511``): the kelompok are the programs, the jenis the
    kegiatan, the objek the sub-kegiatan; the akun, the whole of the spending, is ``above`` them, the rincian objek and
    sub rincian objek ``account`` rows under them. The akun is not the one program: the kelompok are the first
    breakdown of the spending. None unless every code is a belanja account (revenue and financing are no spending) and
    each deeper code stands under its group (the nearest shorter code above it is its parent).

    Example:
        >>> found = kelompok_levels(["5", "5.1", "5.1.02", "5.1.02.01", "5.1.02.01.01", "5.1.02.01.01.0024", "5.2"])
        >>> found.levels
        [None, 'program', 'kegiatan', 'sub_kegiatan', None, None, 'program']
        >>> found.roles[0], found.roles[4], found.roles[5]
        ('above', 'account', 'account')
        >>> kelompok_levels(["5.1", "5.1.02.01.01.0024", "5.2.02"]) is None, kelompok_levels(["4.1", "4.1.01"]) is None
        (True, True)
    """
    coded = [c for c in codes if c]
    if not coded or not all(c[0] == "5" for c in coded):
        return None
    parents: list[str] = []  # the codes the current row may stand under, outermost first
    for code in coded:
        while parents and not code.startswith(parents[-1] + "."):
            parents.pop()
        if code.count(".") > 1 and not (parents and parents[-1].count(".") == code.count(".") - 1):
            return None
        parents.append(code)
    return _belanja_levels(codes, KELOMPOK_ACCOUNTS)


def _nested_digit_levels(codes: list[str | None]) -> Levels | None:
    """Levels of undotted digit codes that extend the code of their group (the Bagan Akun Standar's jenis ``51``,
    kelompok ``5111``, akun ``511111``): each code longer than the shortest starts with the nearest shorter code above
    it; the shortest codes are programs, the next length kegiatan, the next sub-kegiatan. None when the codes do not
    nest so (a numbering 1 … 9, 10 does not: ``10`` does not start with ``9``).

    Example:
        >>> _nested_digit_levels(["51", "511111", "511119", "52", "521211"]).levels
        ['program', 'kegiatan', 'kegiatan', 'program', 'kegiatan']
        >>> _nested_digit_levels(["1", "2", "9", "10", "11"]) is None
        True
    """
    coded = [c for c in codes if c]
    lengths = sorted({len(c) for c in coded})
    if not all(c.isdigit() for c in coded) or not 2 <= len(lengths) <= len(LEVELS):
        return None
    above: list[str] = []
    for code in coded:
        shorter = [c for c in above if len(c) < len(code)]
        if len(code) > lengths[0] and not (shorter and code.startswith(shorter[-1])):
            return None
        above.append(code)
    levels = [LEVELS[lengths.index(len(c))] if c else None for c in codes]
    return Levels(levels, ["level" if c else "heading" for c in codes], "nested account codes")


#: a belanja akun of the Bagan Akun Standar (PMK 214/PMK.05/2013 and its amendments): six undotted digits, the
#: kelompok 51 … 58 first (``521211`` Belanja Bahan, ``537112`` Belanja Modal Peralatan dan Mesin)
_BAS_AKUN = re.compile(r"^5[1-8]\d{4}$")
#: how the levels of a list of Bagan Akun Standar belanja akun alone were told (:func:`bas_akun_levels`)
BAS_AKUN = "the Bagan Akun Standar belanja akun"


def _bas_akun_alone(coded: list[str]) -> bool:
    """Whether every code is a six-digit Bagan Akun Standar belanja akun, two at least: codes no other scheme reads."""
    return len(coded) >= 2 and all(_BAS_AKUN.match(c) for c in coded)


def bas_akun_levels(codes: list[str | None]) -> Levels:
    """Levels of a satker's list of belanja akun of the Bagan Akun Standar (an RKA-K/L, a pagu or realisation per akun:
    ``521211`` Belanja Bahan, ``524111`` Belanja Perjalanan Dinas Biasa): the akun is one level of the chart, none the
    sum of another, so each is a top-level row of a flat list; a row without a code is a heading. Such six digits are no
    report's numbering 1, 2, 3, which the numbered scheme would take them for.

    Example:
        >>> bas_akun_levels(["521211", "524111", None, "537112"]).levels
        ['program', 'program', None, 'program']
        >>> code_levels(["521211", "524111"])[0].how, code_levels(["1", "2"])[0].how, code_levels(["412111", "521211"])[0].how
        ('the Bagan Akun Standar belanja akun', 'numbered codes', 'numbered codes')
    """
    return Levels(["program" if c else None for c in codes], ["level" if c else "heading" for c in codes], BAS_AKUN)


#: a Permendagri 13/2006 kode rekening (akun . kelompok . jenis . objek . rincian objek: ``5.2.2.01.01``), from the akun
#: (4 pendapatan, 5 belanja, 6 pembiayaan) down
_LRA_ACCOUNT = re.compile(r"^[456](?:\.\d(?:\.\d(?:\.\d{2}(?:\.\d{2})?)?)?)?$")
#: a Permendagri 13/2006 belanja account from the objek down (``5.2.2.01`` Belanja Bahan Pakai Habis, ``5.2.2.01.01``):
#: one digit for the kelompok and the jenis, two for the objek and the rincian objek; the one-digit jenis tells it from
#: a Permendagri 90 account (``5.1.02.01``), the two-digit objek from a report's numbering (``5.2.2.1``)
_LRA_OBJEK = re.compile(r"^5\.\d\.\d\.\d{2}(?:\.\d{2})?$")
#: how the levels of a list of Permendagri 13/2006 belanja objek alone were told (:func:`objek_levels`)
LRA_OBJEK = "Permendagri 13/2006 belanja objek"


def _objek_alone(coded: list[str]) -> bool:
    """Whether every code is a Permendagri 13/2006 belanja objek or rincian objek, two at least: no kelompok or jenis
    among them (those are an LRA's, :func:`lra_levels`)."""
    return len(coded) >= 2 and all(_LRA_OBJEK.match(c) for c in coded)


def objek_levels(codes: list[str | None]) -> Levels | None:
    """Levels of a table whose rows are Permendagri 13/2006 belanja objek alone (a pagu or realisation per kode
    rekening, ``5.2.2.01`` Belanja Bahan Pakai Habis Kantor, ``5.2.2.03`` Belanja Jasa Kantor), no program above them:
    each objek is a top-level row of a flat list, as Permendagri 90 accounts alone are (:func:`account_levels`); a
    rincian objek under its objek one level down. None when a rincian objek stands under no objek of its own.

    Example:
        >>> objek_levels(["5.2.1.02", "5.2.2.01", None, "5.2.3.26"]).levels
        ['program', 'program', None, 'program']
        >>> objek_levels(["5.2.2.01", "5.2.2.01.01", "5.2.2.03"]).levels
        ['program', 'kegiatan', 'program']
        >>> objek_levels(["5.2.2.01", "5.2.2.03.01"]) is None
        True
    """
    return _nested_by_depth(codes, LRA_OBJEK)
#: how the levels of a realisation report by kode rekening were told (:func:`lra_levels`)
LRA_ACCOUNTS = "the belanja accounts of an LRA"


def lra_levels(codes: list[str | None]) -> Levels | None:
    """Levels of the spending of a Laporan Realisasi Anggaran by Permendagri 13/2006 kode rekening (``5`` BELANJA,
    ``5.1`` BELANJA TIDAK LANGSUNG, ``5.2.2`` Belanja Barang dan Jasa, ``5.2.2.01.01`` an account), where no program
    stands: its kelompok are the programs, its jenis the kegiatan, its objek the sub-kegiatan; the akun itself is
    ``above`` them, a rincian objek an ``account`` under them. None unless every code is a belanja account (the
    revenue and financing sections are set aside by their headings before) and some kelompok is among them.

    Example:
        >>> found = lra_levels(["5", "5.1", "5.1.1", "5.2", "5.2.2", "5.2.2.01.01", None])
        >>> found.levels
        [None, 'program', 'kegiatan', 'program', 'kegiatan', None, None]
        >>> found.roles
        ['above', 'level', 'level', 'level', 'level', 'account', 'heading']
        >>> lra_levels(["1", "1.1", "1.1.1"]) is None, lra_levels(["4.1", "4.1.2", "5.1"]) is None
        (True, True)
    """
    codes = [c if isinstance(c, str) and c else None for c in codes]
    coded = [c for c in codes if c]
    if not coded or not all(_LRA_ACCOUNT.match(c) and c[0] == "5" for c in coded) or not any(c.count(".") == 1 for c in coded):
        return None
    return _belanja_levels(codes, LRA_ACCOUNTS)


def _belanja_levels(codes: list[str | None], how: str) -> Levels:
    """The levels of belanja account codes by their depth: the kelompok (``5.1``) programs, the jenis kegiatan, the
    objek sub-kegiatan; the akun (``5``) ``above`` them, deeper codes ``account`` rows, a row without a code a heading.

    Example:
        >>> _belanja_levels(["5", "5.1", "5.1.02", None, "5.1.02.01.01"], LRA_ACCOUNTS).roles
        ['above', 'level', 'level', 'heading', 'account']
    """
    levels: list[str | None] = []
    roles: list[str] = []
    for code in codes:
        depth = code.count(".") if code else None
        if depth is None:
            levels.append(None)
            roles.append("heading")
        elif 1 <= depth <= len(LEVELS):
            levels.append(LEVELS[depth - 1])
            roles.append("level")
        else:
            levels.append(None)
            roles.append("above" if depth == 0 else "account")
    return Levels(levels, roles, how)


#: the code schemes :func:`code_levels` tries, in this order: how their levels are told → (what places the rows, None
#: when it does not; the codes it alone may place, or None when it may try any): the first that places the rows wins,
#: and codes one scheme alone may place are tried by no later one
SCHEMES: dict[str, tuple[Callable[[list[str | None]], Levels | None], Callable[[list[str]], bool] | None]] = {
    "nested account codes": (_nested_digit_levels, None),
    ACCOUNTS: (account_levels, _accounts_alone),
    BAS_AKUN: (bas_akun_levels, _bas_akun_alone),
    LRA_OBJEK: (objek_levels, _objek_alone),
    **{f"{name} codes": (partial(_joined_levels, name), None) for name in _JOINED},
    LRA_ACCOUNTS: (lra_levels, None),
}


#: a heading that names what stands above the programs (an urusan, the organisation), never a level of the budget
_ABOVE_PROGRAMS = re.compile(r"^\s*(?:urusan|organisasi|unit\s+organisasi|skpd|opd|perangkat\s+daerah)\b", re.IGNORECASE)


def heading_parents(levels: Levels, codes: list[str | None], names: list[object],
                    amounts: list[bool]) -> tuple[Levels, dict[int, tuple[str, list[int]]]] | None:
    """Levels of a flat list of coded rows grouped under uncoded headings, each heading made the parent of its group
    one level up: when every coded row is a program under a heading (a name, no code, no amount), at least two headings
    head rows, the codes under each share their first part and each heading's first part is its own (an APBDes's
    'Bidang Penyelenggaraan Pemerintahan Desa' over the kegiatan 1.1.01, 1.1.02: the bidang's number is the codes'
    first part, the export left the bidang uncoded). Also each heading → (that first part, its rows). None otherwise:
    a list numbered 1, 2 under each category shares no first part, a coded row under no heading has no parent, and
    rows already at more than one level have their hierarchy. A heading naming an urusan or the organisation stays one.

    Example:
        >>> found = Levels([None, "program", "program", None, "program"], ["heading", "level", "level", "heading", "level"],
        ...                "kepmendagri codes")
        >>> codes = [None, "1.1.01", "1.1.02", None, "2.2.04"]
        >>> names = ["Bidang Pemerintahan", "Penghasilan Tetap", "Operasional", "Bidang Pembangunan", "Posyandu"]
        >>> parents, heads = heading_parents(found, codes, names, [False, True, True, False, True])
        >>> parents.levels, heads
        (['program', 'kegiatan', 'kegiatan', 'program', 'kegiatan'], {0: ('1', [1, 2]), 3: ('2', [4])})
        >>> heading_parents(found, [None, "1", "2", None, "1"], names, [False, True, True, False, True]) is None
        True
    """
    runs: dict[int, list[int]] = {}
    head: int | None = None
    for i, (level, role) in enumerate(zip(levels.levels, levels.roles)):
        if role == "heading":
            if amounts[i]:
                return None
            if isinstance(names[i], str) and names[i].strip():
                if _ABOVE_PROGRAMS.match(names[i]):
                    return None
                head = i
                runs[head] = []
        elif role == "level":
            if head is None or level != LEVELS[0] or not isinstance(codes[i], str):
                return None
            runs[head].append(i)
    runs = {h: rows for h, rows in runs.items() if rows}
    if len(runs) < 2:
        return None
    firsts: dict[int, str] = {}
    for h, rows in runs.items():
        parts = {codes[i].split(".")[0] for i in rows}
        if len(parts) != 1:
            return None
        firsts[h] = parts.pop()
    if len(set(firsts.values())) != len(firsts) or set(firsts.values()) & {c for c in codes if c}:
        return None
    moved, roles = list(levels.levels), list(levels.roles)
    for h, rows in runs.items():
        moved[h], roles[h] = LEVELS[0], "level"
        for i in rows:
            moved[i] = LEVELS[1]
    return Levels(moved, roles, f"{HEADINGS_OVER}{levels.how}"), {h: (firsts[h], rows) for h, rows in runs.items()}


def group_blocks(levels: Levels, codes: list[str | None], names: list[object],
                 amounts: list[bool]) -> tuple[Levels, list[int | None]] | None:
    """Rows heading blocks of a grouping that is no level of the budget (a source of funds: '01 Rupiah murni', '04
    Pinjaman luar negeri', each over programs and their kegiatan; a jenis belanja) set aside as ``group`` rows, and
    each row's block (None above the first). A block heading is named, states no amount, is a program or an uncoded
    heading, and the next placed row is a program, not a child of it. They are block headings when at least two head
    every placed row, each block states each code once, and a program's code and name are stated under two blocks: a
    program repeated under two headings is what says the headings are no programs (a row number starting again at 1
    under each heading numbers other rows). None otherwise.

    Example:
        >>> found = Levels(["program", "program", "kegiatan", "program", "program", "kegiatan"], ["level"] * 6,
        ...                "nested account codes")
        >>> codes = ["01", "02", "0211", "04", "02", "0216"]
        >>> names = ["Rupiah murni", "Program sarana", "BMN", "Pinjaman luar negeri", "Program sarana", "Alutsista"]
        >>> blocks, block = group_blocks(found, codes, names, [False, True, True, False, True, True])
        >>> blocks.roles, block
        (['group', 'level', 'level', 'group', 'level', 'level'], [0, 0, 0, 1, 1, 1])
        >>> group_blocks(found, ["01", "02", "0211", "04", "03", "0316"], names, [False, True, True, False, True, True]) is None
        True
    """
    top = LEVELS[0]
    placed = [i for i, role in enumerate(levels.roles) if role == "level"]
    heads = [i for i, (level, role) in enumerate(zip(levels.levels, levels.roles))
             if not amounts[i] and isinstance(names[i], str) and names[i].strip()
             and (role == "heading" or role == "level" and level == top)
             and (after := next((j for j in placed if j > i), None)) is not None and levels.levels[after] == top]
    rows = [i for i in placed if i not in heads]
    if len(heads) < 2 or not rows or rows[0] < heads[0]:
        return None
    block = [None if i < heads[0] else sum(h <= i for h in heads) - 1 for i in range(len(codes))]
    keys = [(block[i], codes[i]) for i in rows]
    if not all(isinstance(codes[i], str) for i in rows) or len(set(keys)) != len(keys):
        return None
    under: dict[str, tuple[set[int | None], set[str]]] = {}
    for i in rows:
        if levels.levels[i] == top:
            blocks, named = under.setdefault(codes[i], (set(), set()))
            blocks.add(block[i])
            named.add(" ".join(str(names[i]).split()).casefold())
    if not any(len(blocks) > 1 and len(named) == 1 for blocks, named in under.values()):
        return None
    moved, roles = list(levels.levels), list(levels.roles)
    for h in heads:
        moved[h], roles[h] = None, "group"
    return Levels(moved, roles, levels.how), block


#: a name that says it is a program, or a bidang of an APBDes (which stands where a program would; not a 'Bidang Urusan',
#: which stands above the programs)
_PROGRAM_NAME = re.compile(r"^\s*(?:program|bidang(?!\s+urusan))\b", re.IGNORECASE)


def names_programs(names: list[object]) -> bool:
    """Whether every one of ``names`` (some at least) says it is a program or an APBDes's bidang.

    Example:
        >>> names_programs(["Bidang Pelaksanaan Pembangunan Desa", "Program Penunjang"]), names_programs(["Bidang Urusan Kesehatan"])
        (True, False)
    """
    texts = [n for n in names if not is_no_value(n)]
    return bool(texts) and all(isinstance(n, str) and _PROGRAM_NAME.match(_NUMBERING.sub("", n)) for n in texts)


def word_levels(names: list[object], amounts: list[bool] | None = None) -> Levels | None:
    """Levels from level words in the names and label rows (a bare ``Kegiatan :`` without amounts); None unless
    every named row gets one.

    Example:
        >>> word_levels(["Program A", "Kegiatan B", "1. Sub Kegiatan C", "2.Sub Kegiatan D"]).levels
        ['program', 'kegiatan', 'sub_kegiatan', 'sub_kegiatan']
        >>> word_levels(["Kegiatan :", "Koordinasi", "Sub-Kegiatan :", "Penyusunan"]).levels
        [None, 'kegiatan', None, 'sub_kegiatan']
    """
    levels: list[str | None] = []
    roles: list[str] = []
    announced: str | None = None
    for i, name in enumerate(names):
        label = label_row(name)
        if label is not None and not (amounts and amounts[i]):
            announced = label
            levels.append(None)
            roles.append("heading")
            continue
        level = level_word(name) or announced
        levels.append(level)
        roles.append("level" if level else "heading" if not isinstance(name, str) else "unplaced")
    if "unplaced" in roles or not any(levels):
        return None
    return Levels(levels, roles, "level words")


#: characters that indent a name: spaces, and the no-break spaces an HTML print indents with (&nbsp;) that a paste keeps
_INDENT = " \u00a0"


def indent_levels(raw_names: list[object]) -> Levels | None:
    """Levels from the indentation of the names (leading spaces): the shallowest is the program. None when the
    names are not indented in two or three steps.

    Example:
        >>> indent_levels(["Program A", "  Kegiatan B", "    Sub C"]).levels
        ['program', 'kegiatan', 'sub_kegiatan']
        >>> indent_levels(["Program A", "\u00a0\u00a0Kegiatan B"]).levels  # an HTML print's &nbsp; indent
        ['program', 'kegiatan']
    """
    indents = [len(n) - len(n.lstrip(_INDENT)) if isinstance(n, str) and n.strip() else None for n in raw_names]
    steps = sorted({i for i in indents if i is not None})
    if not 2 <= len(steps) <= 3:
        return None
    offset = len(LEVELS) - len(steps) if steps[0] > 0 else 0
    levels = [LEVELS[steps.index(i) + offset] if i is not None else None for i in indents]
    return Levels(levels, ["level" if lv else "heading" for lv in levels], "indentation")


#: how the levels of a list without any mark of them were told (:attr:`Levels.how`): none, each row a program
FLAT = "a flat list"


def flat_levels(names: list[object], amounts: list[float]) -> Levels | None:
    """Every row a program, for a list with no mark of levels whose rows are each named and have an amount, none of
    them the sum of a run of the rows right below or right above it (a parent's amount is its children's sum). None
    otherwise: a hierarchy the export left unmarked is the reader's to mark, never read flat.

    Example:
        >>> flat_levels(["Bidang 1", "Bidang 2", "Bidang 3"], [100.0, 250.0, 80.0]).levels
        ['program', 'program', 'program']
        >>> flat_levels(["Pelayanan", "Rapat", "Perjalanan"], [300.0, 100.0, 200.0]) is None
        True
    """
    if len(names) < 2 or any(not isinstance(n, str) or not n.strip() for n in names) \
            or any(a != a for a in amounts):  # NaN: a row without its amount
        return None
    for i, amount in enumerate(amounts):
        for run in (amounts[i + 1:], amounts[:i][::-1]):
            total = 0.0
            for value in run:
                total += value
                if abs(total - amount) <= 0.5:
                    return None
    return Levels(["program"] * len(names), ["level"] * len(names), FLAT)


#: the code schemes whose codes write out their parent's (``5.03.02`` over ``5.03.02.1.01``, ``1`` over ``1.1``): a
#: deeper row's code extends the code of the row it stands under
NESTED_CODES = frozenset({"kepmendagri codes", "rka-k/l codes", "permendagri13 codes", "numbered codes", LRA_ACCOUNTS})
#: how the levels were told when uncoded headings were made the parents of such codes (:func:`heading_parents`)
HEADINGS_OVER = "uncoded headings over "


def nested_parents(codes: list[str | None], levels: list[str | None]) -> tuple[list[str | None], list[tuple[int, int]]]:
    """Each row's parent under a scheme of :data:`NESTED_CODES`, and the rows whose code continues none: a deeper row
    stands under the nearest shallower row above it when its code extends that row's; else under the last row one level
    up whose code it extends (``1.2`` after ``2``: program 1's kegiatan, as its code says); else it is a misfit,
    (its index, the index of the row above it), never read as an orphan ('2094.036.002' under the program '051': a code
    of another scheme among numbered ones). Rows at no level, and programs, have no parent.

    Example:
        >>> nested_parents(["1", "1.1", "2", "1.2", "2.1"], ["program", "kegiatan", "program", "kegiatan", "kegiatan"])
        ([None, '1', None, '1', '2'], [])
        >>> nested_parents(["051", "2094.036.002"], ["program", "sub_kegiatan"])
        ([None, None], [(1, 0)])
    """
    parents: list[str | None] = []
    misfits: list[tuple[int, int]] = []
    for n, (code, level) in enumerate(zip(codes, levels)):
        depth = LEVELS.index(level) if level in LEVELS else None
        if not depth or not isinstance(code, str):
            parents.append(None)
            continue
        above = next((k for k in range(n - 1, -1, -1) if levels[k] in LEVELS and LEVELS.index(levels[k]) < depth), None)
        if above is None:
            parents.append(None)
            continue
        if _extends(code, codes[above]):
            parents.append(codes[above] if LEVELS.index(levels[above]) == depth - 1 else None)
            continue
        earlier = next((k for k in range(n - 1, -1, -1) if levels[k] == LEVELS[depth - 1] and _extends(code, codes[k])), None)
        parents.append(None if earlier is None else codes[earlier])
        if earlier is None:
            misfits.append((n, above))
    return parents, misfits


def _extends(code: str, parent: object) -> bool:
    """Whether ``code`` writes out ``parent`` and goes on after a dot."""
    return isinstance(parent, str) and code.startswith(parent + ".")
