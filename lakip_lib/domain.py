"""Domain tables shipped as CSV under ``lakip_lib/data/``, each read once.

The tables are data, not code, so an analyst can review them in a
spreadsheet: golongan and pangkat, education levels, ordinal scales (SAKIP
grades, public-information categories), achievement categories, retirement
ages (BUP), header aliases, value aliases and the report's wording.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import pandas as pd

from .errors import ConfigError
from .messages import said


def _read(name: str, **kwargs) -> pd.DataFrame:
    with files("lakip_lib").joinpath("data", name).open("rb") as handle:
        return pd.read_csv(handle, keep_default_na=False, na_values=[""], **kwargs)


@cache
def golongan_table() -> pd.DataFrame:
    """Golongan/ruang of PNS (``I/a`` … ``IV/e``) and PPPK grades, indexed by code.

    Example:
        >>> golongan_table().loc["IV/d", "pangkat"]
        'Pembina Utama Madya'
    """
    return _read("golongan.csv", dtype={"pangkat": "object"}).set_index("code")


@cache
def golongan_order() -> tuple[str, ...]:
    """Every golongan code in report order: PNS IV/e … I/a, then PPPK XVII … I.

    Example:
        >>> golongan_order()[:3]
        ('IV/e', 'IV/d', 'IV/c')
    """
    table = golongan_table().reset_index()
    table["pns_first"] = (table["scale"] != "PNS").astype(int)
    return tuple(table.sort_values(["pns_first", "rank"], ascending=[True, False])["code"])


#: Golongan groups in report order (for summaries that give only the group).
GROUP_ORDER = ("IV", "III", "II", "I")
#: Genders in report order (Tabel 1.3), as the loaders spell them.
GENDER_ORDER = ("Laki-laki", "Perempuan")

#: the category of staff whose value is missing (a roster's empty cell, a summary's ``Belum Terdata`` row), listed last
UNKNOWN = "Tidak diketahui"
#: Position types (jenis jabatan) in report order (Tabel 1.2).
POSITION_TYPE_ORDER = ("Struktural", "Fungsional", "Pelaksana")


@cache
def education_order() -> tuple[str, ...]:
    """Education levels, lowest first.

    Example:
        >>> education_order()
        ('SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3')
    """
    return tuple(_read("education_levels.csv").sort_values("rank")["code"])


@cache
def value_aliases(field: str) -> dict[str, str]:
    """Spellings (as :func:`lakip_lib.loading.parse.alias_key`) of one field's values.

    Example:
        >>> value_aliases("gender")["pria"]
        'Laki-laki'
    """
    table = _read("value_aliases.csv", dtype=str)
    table = table[table["field"] == field]
    return dict(zip(table["alias"], table["canonical"]))


@cache
def ordinal_scales() -> dict[str, dict[str, int]]:
    """Ordinal scales by name: value → rank (higher is better).

    Example:
        >>> ordinal_scales()["sakip"]["A"] > ordinal_scales()["sakip"]["BB"]
        True
    """
    table = _read("ordinal_scales.csv")
    return {name: dict(zip(group["value"], group["rank"].astype(int))) for name, group in table.groupby("scale")}


def ordinal_scale(name: str) -> dict[str, int]:
    """One ordinal scale by name, with a clear error for an unknown name."""
    scales = ordinal_scales()
    if name not in scales:
        raise ConfigError(said("unknown_scale", name=repr(name), scales=", ".join(sorted(scales))))
    return scales[name]


@cache
def lower_is_better() -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """The lexicon of lower-is-better indicators (``lower_is_better.csv``): each entry's phrase as its words in order,
    and the words that cancel it (``Penurunan angka kematian`` is measured as a reduction, higher is better).

    Example:
        >>> phrase, unless = lower_is_better()[0]
        >>> phrase, "penurunan" in unless
        (('angka', 'kematian'), True)
    """
    table = _read("lower_is_better.csv", dtype=str).fillna("")
    return tuple((tuple(phrase.lower().split()), frozenset(unless.lower().split()))
                 for phrase, unless in zip(table["phrase"], table["unless"]))


@cache
def reduced_states() -> frozenset[str]:
    """Words naming a state of reduction reached (``reduced_states.csv``: ``berkurangnya``, ``menurunnya``): in a
    lower-is-better indicator's name they cancel its lexicon phrase only when its figures may be a share of reduction,
    never when they are counted in a unit of their own ('Berkurangnya jumlah keluhan' '60 kali').

    Example:
        >>> "berkurangnya" in reduced_states(), "penurunan" in reduced_states()
        (True, False)
    """
    return frozenset(word.lower() for word in _read("reduced_states.csv", dtype=str)["word"])


@cache
def commentary_words() -> tuple[tuple[frozenset[str], str | None], ...]:
    """Words of a header over text about the figures (``commentary_words.csv``: an analysis, its causes, the follow-up,
    a remark): each entry's words, and the text field they name (None for a remark of no field, ``Keterangan``).

    Example:
        >>> words, field = commentary_words()[0]
        >>> sorted(words), field
        (['analisa'], 'analysis')
    """
    table = _read("commentary_words.csv", dtype=str)
    return tuple((frozenset(words.lower().split()), field if isinstance(field, str) else None)
                 for words, field in zip(table["words"], table["field"]))


@cache
def staff_needs_words() -> tuple[frozenset[str], ...]:
    """Words of a staff count's header, or of a band above it, that make it the staff NEEDED rather than those in post
    (``staff_needs_words.csv``): each entry's words, all of which the header must have.

    Example:
        >>> frozenset({"abk"}) in staff_needs_words()
        True
    """
    return tuple(frozenset(words.lower().split()) for words in _read("staff_needs_words.csv", dtype=str)["words"])


@cache
def not_measured_rules() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Token rules of a value cell saying the value is not measured yet in this period (``not_measured.csv``): a cell
    says so when it has one of an entry's ``words`` and one of its ``with`` (``Diukur di TW IV``, ``Belum ada data``).

    Example:
        >>> words, with_ = not_measured_rules()[0]
        >>> sorted(words), "tw" in with_
        (['diukur'], True)
    """
    table = _read("not_measured.csv", dtype=str).fillna("")
    return tuple((frozenset(words.lower().split()), frozenset(with_.lower().split()))
                 for words, with_ in zip(table["words"], table["with"]))


@cache
def yes_no_answers() -> frozenset[str]:
    """Value cells that answer yes or no instead of giving a number (``yes_no.csv``: ``ada``, ``tidak ada``, ``Ya``,
    ``sudah``, ``belum`` …), lower case, words separated by one space.

    Example:
        >>> "tidak ada" in yes_no_answers(), "90" in yes_no_answers()
        (True, False)
    """
    return frozenset(" ".join(answer.lower().split()) for answer in _read("yes_no.csv", dtype=str)["answer"])


@cache
def unit_words() -> tuple[str, ...]:
    """Kinds of unit a table may give one row each (``unit_words.csv``: ``satker``, ``puskesmas``, ``kecamatan`` …),
    lower case, the longer first so that ``unit kerja`` is found before ``unit``.

    Example:
        >>> "satker" in unit_words(), unit_words().index("unit kerja") < unit_words().index("unit")
        (True, True)
    """
    words = (" ".join(word.lower().split()) for word in _read("unit_words.csv", dtype=str)["word"])
    return tuple(sorted(words, key=len, reverse=True))


@cache
def units_of_measure() -> frozenset[str]:
    """Units an indicator is measured in (``units_of_measure.csv``: ``%``, ``orang``, ``dokumen``, ``menit`` …), lower
    case: a value cell holding one of them alone holds no figure, only the unit.

    Example:
        >>> "%" in units_of_measure(), "dokumen" in units_of_measure(), "bb" in units_of_measure()
        (True, True, False)
    """
    return frozenset(" ".join(word.lower().split()) for word in _read("units_of_measure.csv", dtype=str)["word"])


@cache
def service_ranks() -> frozenset[str]:
    """The ranks of Polri and TNI members (``service_ranks.csv``: ``AKP``, ``Bripka``, ``Mayor`` …), lower case: a
    grade of its own scale, neither a golongan ruang nor a PPPK grade.

    Example:
        >>> "bripka" in service_ranks(), "penata" in service_ranks()
        (True, False)
    """
    return frozenset(rank.lower() for rank in _read("service_ranks.csv", dtype=str)["rank"])


@cache
def unknown_labels() -> frozenset[str]:
    """Row labels of a summary table that say the value is not known (``unknown_labels.csv``: ``Belum Terdata``,
    ``Tidak Diketahui`` …), lower case, words separated by one space: such a row counts under :data:`UNKNOWN`.

    Example:
        >>> "belum terdata" in unknown_labels()
        True
    """
    return frozenset(" ".join(phrase.lower().split()) for phrase in _read("unknown_labels.csv", dtype=str)["phrase"])


@cache
def empty_list_phrases() -> frozenset[str]:
    """What a table prints in place of its rows when it has none (``empty_lists.csv``: ``Kosong``, ``Nihil``, ``Tidak
    ada data`` …), lower case, words separated by one space.

    Example:
        >>> "kosong" in empty_list_phrases(), "baik" in empty_list_phrases()
        (True, False)
    """
    return frozenset(" ".join(phrase.lower().split()) for phrase in _read("empty_lists.csv", dtype=str)["phrase"])


@cache
def jabatan_patterns() -> tuple[tuple[str, str, tuple[str, ...], frozenset[str]], ...]:
    """How a jabatan's name tells its position type (``jabatan_names.csv``), in the file's order: each entry's type,
    where its words must stand in the name (``start``, ``end`` or ``whole``), the words, and words that rule it out.

    Example:
        >>> jabatan_patterns()[0][:3]
        ('Fungsional', 'end', ('ahli', 'pertama'))
    """
    table = _read("jabatan_names.csv", dtype=str)
    return tuple((kind, where, tuple(words.lower().split()), frozenset(str(unless).lower().split()) if isinstance(unless, str) else frozenset())
                 for kind, where, words, unless in zip(table["position_type"], table["match"], table["words"], table["unless"]))


@cache
def non_asn_statuses() -> tuple[tuple[frozenset[str], str], ...]:
    """Words that name staff outside the ASN (``non_asn.csv``): each entry's words, and the kind it names.

    PNS and PPPK are the ASN (UU 20/2023); honorer, PTT, PPNPN, THL and contract
    rows in a staff table are counted apart from them.

    Example:
        >>> dict((" ".join(sorted(words)), kind) for words, kind in non_asn_statuses())["honorer"]
        'Honorer'
    """
    table = _read("non_asn.csv", dtype=str)
    return tuple((frozenset(phrase.lower().split()), kind) for phrase, kind in zip(table["phrase"], table["kind"]))


@cache
def lost_conditions() -> tuple[frozenset[str], ...]:
    """The words of an inventory's condition cell saying an item is lost (``lost_conditions.csv``: Hilang, Tidak
    ditemukan): each entry's words. Such an item is still on the register but neither good nor damaged.

    Example:
        >>> frozenset({"hilang"}) in lost_conditions()
        True
    """
    table = _read("lost_conditions.csv", dtype=str)
    return tuple(frozenset(phrase.lower().split()) for phrase in table["phrase"])


@cache
def on_loan_words() -> tuple[frozenset[str], ...]:
    """The header words of an asset table's column counting the units out on loan (``on_loan_words.csv``: Dipinjam,
    Sedang Dipinjam): each entry's words. Such units are the agency's and in use, so they are counted good unless the
    table's own total says they are among its good ones already.

    Example:
        >>> frozenset({"dipinjam"}) in on_loan_words()
        True
    """
    table = _read("on_loan_words.csv", dtype=str)
    return tuple(frozenset(phrase.lower().split()) for phrase in table["phrase"])


@cache
def inactive_statuses() -> tuple[tuple[frozenset[str], bool, str], ...]:
    """Words a roster's status or keterangan writes of its people (``inactive_status.csv``): each entry's words,
    whether the person is still counted as staff, and the kind of leaving it names (empty for the counted ones).

    Pensiun, meninggal, diberhentikan, mutasi keluar or nonaktif say the person is no longer staff; masa persiapan
    pensiun, tugas belajar, pemberhentian sementara or CLTN say they still are.

    Example:
        >>> kinds = {" ".join(sorted(words)): (counted, kind) for words, counted, kind in inactive_statuses()}
        >>> kinds["pensiun"], kinds["belajar tugas"]
        ((False, 'Pensiun'), (True, ''))
    """
    table = _read("inactive_status.csv", dtype=str).fillna("")
    return tuple((frozenset(phrase.lower().split()), counted == "yes", kind)
                 for phrase, counted, kind in zip(table["phrase"], table["counted"], table["kind"]))


@cache
def achievement_categories() -> pd.DataFrame:
    """Default achievement category bands: a capaian above ``above_pct`` gets the category.

    Example:
        >>> top = achievement_categories().iloc[0]
        >>> float(top["above_pct"]), top["category_id"], top["category_en"]
        (90.0, 'Sangat Tinggi', 'Very high')
    """
    return _read("achievement_categories.csv", dtype={"above_pct": float})


@cache
def retirement_ages() -> pd.DataFrame:
    """Retirement age (BUP) by position type, with jabatan keywords for exceptions."""
    return _read("retirement_age.csv", dtype={"keyword": "object"})


@cache
def labels(lang: str) -> dict[str, str]:
    """The report's wording in one language (``id`` or ``en``), by key.

    Example:
        >>> labels("en")["report_title"]
        'Government Agency Performance Accountability Report (LAKIP)'
    """
    table = _read("labels.csv", dtype=str)
    return dict(zip(table["key"], table[lang]))


@cache
def header_alias_table() -> pd.DataFrame:
    """Header spellings by dataset and canonical column (``header_aliases.csv``), as written.

    Example:
        >>> header_alias_table().query("dataset == 'staff' and column == 'nip'")["alias"].iloc[0]
        'NIP'
    """
    return _read("header_aliases.csv", dtype=str)


@cache
def header_rule_table() -> pd.DataFrame:
    """Token rules naming a column by the words of its header (``header_rules.csv``): ``words`` all present,
    none of ``unless``.

    Example:
        >>> rules = header_rule_table()
        >>> rules[(rules["dataset"] == "budget") & (rules["column"] == "budget")]["words"].tolist()[:2]
        ['anggaran', 'pagu']
    """
    return _read("header_rules.csv", dtype=str).fillna("")


@cache
def stand_in_headers() -> dict[str, tuple[tuple[str, str], ...]]:
    """Headers that name a row's item only when no column is headed by the item's own word (``stand_in_headers.csv``):
    dataset → (field, the header's words) pairs. A table of rencana aksi with no Indikator column measures each action
    plan; beside an Indikator column the rencana aksi is only its description.

    Example:
        >>> ("indicator", "rencana aksi") in stand_in_headers()["indicators"]
        True
    """
    table = _read("stand_in_headers.csv", dtype=str)
    found: dict[str, list[tuple[str, str]]] = {}
    for dataset, column, words in zip(table["dataset"], table["column"], table["words"]):
        found.setdefault(dataset, []).append((column, " ".join(words.lower().split())))
    return {dataset: tuple(pairs) for dataset, pairs in found.items()}


@cache
def measure_words() -> frozenset[str]:
    """The words an indicator's name starts with and a sasaran's never does (``measure_words.csv``): an indicator names
    what it counts or rates ('Persentase …', 'Jumlah …'), a sasaran the state reached ('Meningkatnya …').

    Example:
        >>> "persentase" in measure_words(), "meningkatnya" in measure_words()
        (True, False)
    """
    return frozenset(_read("measure_words.csv", dtype=str)["word"].str.lower().str.strip())


def header_datasets() -> frozenset[str]:
    """The datasets that have header spellings (``staff``, ``summary``, ``indicators``, ``budget``, ``assets``)."""
    return frozenset(header_alias_table()["dataset"])


def header_alias_examples(dataset: str, columns: tuple[str, ...], per_column: int = 3) -> str:
    """A few header spellings of the given columns, for error messages.

    Example:
        >>> header_alias_examples("staff", ("golongan",))
        "'GOL AKHIR NAMA', 'GOL', 'GOL. RUANG'"
    """
    table = _read("header_aliases.csv", dtype=str)
    table = table[(table["dataset"] == dataset) & table["column"].isin(columns)]
    spellings = table.groupby("column", sort=False)["alias"].apply(lambda s: list(s)[:per_column])
    return ", ".join(f"'{alias}'" for column in columns if column in spellings for alias in spellings[column])
