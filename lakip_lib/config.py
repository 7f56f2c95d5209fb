"""The project file ``lakip.yml``: the agency's profile and the report's rules.

Read with YAML's safe loader only, and refused when its aliases (``*name``)
would make it hold more than :data:`MAX_VALUES` values: five kilobytes of
nested aliases (a "billion laughs") expand to billions of values, which cost
minutes and gigabytes wherever they are walked. Every setting has a default, so a missing
file or key falls back to the rules named in the README (and ``domain.md``).
A value of the wrong kind (a mapping where text belongs, a word where a
number belongs, a negative limit) is a :class:`ConfigError` naming
``lakip.yml`` and the key, never a crash further on.

Several years share one file: the settings under ``years: {2025: {...}}``
are laid over the shared ones for that year's report (a mapping merged key
by key, anything else replaced), and ``{year}``, ``{prev_year}`` and
``{next_year}`` in any text become the report's year, the one before and the
one after (:func:`fill_years`). A signing date that belongs to neither the
report's year nor the next (a 2025 report under a date of January 2025 kept
from the 2024 report) is not printed; :attr:`Project.notes` says so.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from .errors import ConfigError
from .messages import number, said
from .safety import visible_controls

#: Negative-polarity formulas in use (target t, realisation r), by setting name.
NEGATIVE_FORMULAS = {
    "2t-r": "(2·target − realisasi) / target × 100",
    "t/r": "target / realisasi × 100",
    "(t-r)/t": "(target − realisasi) / target × 100",
}


#: most values (mappings, lists, texts, numbers) lakip.yml may hold, each alias counted as the values it repeats
MAX_VALUES = 100_000


@dataclass(frozen=True)
class CategoryBand:
    """A capaian strictly above ``above_pct`` (and not in a higher band) gets this category."""

    above_pct: float
    category_id: str
    category_en: str


def _default_bands() -> tuple[CategoryBand, ...]:
    from .domain import achievement_categories  # pandas: not for a build that only checks it is up to date

    table = achievement_categories()
    return tuple(CategoryBand(float(r.above_pct), r.category_id, r.category_en) for r in table.itertuples())


@dataclass(frozen=True)
class ReportRules:
    """How capaian and efficiency are computed.

    Example:
        >>> rules = ReportRules(cap=100)
        >>> rules.negative_formula, rules.bands[0].category_id
        ('2t-r', 'Sangat Tinggi')
    """

    #: cap on the reported capaian (None, 100, 120, …); the uncapped value is always kept
    cap: float | None = None
    negative_formula: str = "2t-r"
    bands: tuple[CategoryBand, ...] = field(default_factory=_default_bands)
    #: efficiency: capaian% − serapan% above +band is efisien, below −band tidak efisien
    efficiency_band: float = 5.0


@dataclass(frozen=True)
class Signatory:
    """The head of the agency as printed under the report (never a NIP)."""

    name: str = ""
    rank: str = ""
    title: str = ""
    place: str = ""
    date: str = ""


@dataclass(frozen=True)
class Acknowledgement:
    """An ``error`` finding the agency explains instead of fixing (``acknowledgements`` in ``lakip.yml``).

    It names the finding by its check id and location, as ``lakip check`` prints them; the explanation is printed as
    the table note of the cells the finding names, and the report is no longer a draft because of it.
    """

    check: str
    location: str
    explanation: str


@dataclass(frozen=True)
class Project:
    """Everything ``lakip.yml`` says; see ``data/raw/lakip.yml`` for a commented example."""

    agency: str = "Instansi Pemerintah"
    agency_short: str = ""
    region: str = ""
    renstra_start: int | None = None
    renstra_end: int | None = None
    vision: str = ""
    missions: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    signatory: Signatory = field(default_factory=Signatory)
    rules: ReportRules = field(default_factory=ReportRules)
    #: extra header spellings: dataset → column → [aliases]
    header_aliases: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    #: the position type of jabatan names that tell none ('Analis Kebijakan'): name, casefolded → Struktural,
    #: Fungsional or Pelaksana; read for a roster without a position-type column
    position_types: dict[str, str] = field(default_factory=dict)
    #: "Sumber" line of each report table, by table key (``staff``, ``budget``, …)
    sources: dict[str, str] = field(default_factory=dict)
    #: safety limits on input files
    limits: dict[str, float] = field(default_factory=dict)
    #: what the settings of a year leave out, as (check, Indonesian, English) for the year's findings
    notes: tuple[tuple[str, str, str], ...] = ()
    #: the agency's Word template for ``lakip build --docx``, relative to the folder of ``lakip.yml``; "" for the kit's own
    docx_template: str = ""
    #: error findings the agency explains instead of fixing: they no longer make the report a draft
    acknowledgements: tuple[Acknowledgement, ...] = ()
    #: the kit's bundled sample, whose report stays a draft on purpose (it keeps the reference report's own mistakes)
    bundled_sample: bool = False
    #: the agency's logo for the report's cover (``agency.logo``), a PNG or JPEG relative to the folder of ``lakip.yml``;
    #: "" for none. Checked when the file is read: it exists and is an image (:func:`check_logo`)
    logo: str = ""


#: the placeholders :func:`fill_years` replaces, by their offset from the report's year
YEAR_PLACEHOLDERS = {"{prev_year}": -1, "{year}": 0, "{next_year}": 1}


def fill_years(text: str, year: int | None) -> str:
    """``text`` with ``{year}``, ``{prev_year}`` and ``{next_year}`` replaced; other braces are left as they are.

    Example:
        >>> fill_years("Perjanjian Kinerja Tahun {year} ({prev_year}: {x})", 2025)
        'Perjanjian Kinerja Tahun 2025 (2024: {x})'
        >>> fill_years("Tahun {year}", None)
        'Tahun {year}'
    """
    if year is None:
        return text
    for placeholder, offset in YEAR_PLACEHOLDERS.items():
        text = text.replace(placeholder, str(year + offset))
    return text


def load_project(path: str | Path | None, year: int | None = None) -> Project:
    """Read ``lakip.yml`` for the report of ``year``; a missing file gives the defaults.

    With ``year``, the settings under ``years: {<year>: ...}`` override the
    shared ones and the year placeholders are filled (:func:`fill_years`);
    without, the shared settings are read as written.

    Example:
        >>> load_project(None).rules.cap is None
        True
        >>> load_project("data/raw/lakip.yml", 2025).sources["indicators"]
        'Perjanjian Kinerja dan realisasi Tahun 2025'
    """
    if path is None:
        return Project()
    path = Path(path)
    if not path.exists():
        return Project()
    try:
        raw = _safe_yaml(path.read_text(encoding="utf-8"), path.name) or {}
    except yaml.YAMLError as err:
        raise ConfigError(said("yaml_invalid", file=path.name, error=err)) from None
    except UnicodeDecodeError:
        raise ConfigError(said("not_utf8", file=path.name)) from None
    if not isinstance(raw, dict):
        raise ConfigError(said("settings_mapping", file=path.name))
    raw, own_date = _for_year(raw, year, path.name)
    project = _project(raw, path.name)
    if project.logo:
        check_logo(path.parent / project.logo, f"{path.name}: agency.logo")
    return project if year is None or own_date else _dated(project, year, path.name)


def _for_year(raw: dict[str, Any], year: int | None, name: str) -> tuple[dict[str, Any], bool]:
    """The settings of ``year``: ``years.<year>`` laid over the rest, then the year placeholders filled; and whether
    the year gives its own signing date."""
    years = raw.pop("years", None) or {}
    if not isinstance(years, dict):
        raise ConfigError(said("years_mapping", file=name))
    for key, settings in years.items():
        if isinstance(key, bool) or not isinstance(key, int) or not 1900 < key < 2200:
            raise ConfigError(said("years_key", file=name, key=key))
        if not isinstance(settings, dict):
            raise ConfigError(said("years_settings", file=name, key=key))
        if "years" in settings:
            raise ConfigError(said("years_nested", file=name, key=key))
    if year is None:
        return raw, False
    own = years.get(year, {})
    return _filled(_merged(raw, own), year), isinstance(own.get("signatory"), dict) and "date" in own["signatory"]


def _merged(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """``over`` laid on ``base``: mappings merged key by key, anything else (text, lists) replaced."""
    merged = dict(base)
    for key, value in over.items():
        merged[key] = _merged(base[key], value) if isinstance(value, dict) and isinstance(base.get(key), dict) else value
    return merged


def _filled(value: Any, year: int) -> Any:
    if isinstance(value, str):
        return fill_years(value, year)
    if isinstance(value, dict):
        return {key: _filled(item, year) for key, item in value.items()}
    if isinstance(value, list):
        return [_filled(item, year) for item in value]
    return value


def _dated(project: Project, year: int, name: str) -> Project:
    """``project`` without a shared signing date that belongs to another year's report, and a note saying so.

    A LAKIP of ``year`` reports up to 31 December and is signed early in the
    next year, so a shared date in any other year was written for another
    report (a year's own date, ``years: {<year>: {signatory: {date: ...}}}``,
    is printed as written).
    """
    date = project.signatory.date
    # ISO as the sample writes it, or a date as printed ("29 Januari 2025"): its year is what matters
    found = re.search(r"(?<!\d)(19|20|21)\d\d(?!\d)", date)
    signed = int(found.group()) if found else None
    if signed is None or signed == year + 1:
        return project
    note = ("signing_date_other_year",
            f"Tanggal penandatanganan {date} di {name} bukan tahun {year + 1}, saat laporan {year} ditandatangani, jadi "
            f"tidak dicetak: isi years: {year}: signatory: date di {name}",
            f"The signing date {date} in {name} is not in {year + 1}, when the {year} report is signed, so it is not "
            f"printed: set years: {year}: signatory: date in {name}")
    return replace(project, signatory=replace(project.signatory, date=""), notes=project.notes + (note,))


def _safe_yaml(text: str, name: str) -> object:
    r"""``yaml.safe_load(text)``, refused (a :class:`ConfigError` naming ``name``) before anything is built from it
    when its aliases would expand it past :data:`MAX_VALUES` values, or make a value hold itself.

    Example:
        >>> _safe_yaml("a: &x [1, 2]\nb: *x", "lakip.yml")
        {'a': [1, 2], 'b': [1, 2]}
        >>> bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        ...     f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]\n" for p, n in zip("abcde", "bcdef"))
        >>> _safe_yaml(bomb, "lakip.yml")
        Traceback (most recent call last):
        lakip_lib.errors.ConfigError: lakip.yml: alias (*nama) di dalamnya membuatnya memuat lebih dari 100.000 nilai, baris 5: tulis pengaturannya lengkap tanpa alias
    """
    # a build reads lakip.yml and its sections several times a year: each text is parsed once, each caller gets its copy
    return copy.deepcopy(_parsed_yaml(text, name))


@functools.lru_cache(maxsize=16)
def _parsed_yaml(text: str, name: str) -> object:
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None
        _check_expansion(root, name)
        return loader.construct_document(root)
    finally:
        loader.dispose()


def _check_expansion(root: yaml.Node, name: str) -> None:
    """Count the values under ``root`` as if every alias were written out, each shared node once (memoised), so a
    bomb is measured in time linear in its text; refuse past :data:`MAX_VALUES` and a value that holds itself."""
    sizes: dict[int, int] = {}
    ancestors: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        if finished:
            ancestors.discard(id(node))
            sizes[id(node)] = 1 + sum(sizes[id(child)] for child in _children(node))
            if sizes[id(node)] > MAX_VALUES:
                raise ConfigError(said("aliases_too_many", file=name, count=number(MAX_VALUES), line=node.start_mark.line + 1))
        elif id(node) in ancestors:
            raise ConfigError(said("alias_cycle", file=name, line=node.start_mark.line + 1))
        elif id(node) not in sizes:
            ancestors.add(id(node))
            stack.append((node, True))
            stack.extend((child, False) for child in _children(node))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


def _project(raw: dict[str, Any], name: str) -> Project:
    agency = _mapping(raw, "agency", name)
    renstra = _mapping(raw, "renstra", name)
    head = _mapping(raw, "signatory", name)
    report = _mapping(raw, "report", name)
    return Project(
        agency=_text(agency.get("name", Project.agency), f"{name}: agency.name"),
        agency_short=_text(agency.get("short_name", ""), f"{name}: agency.short_name"),
        region=_text(agency.get("region", ""), f"{name}: agency.region"),
        renstra_start=_year(renstra.get("start"), f"{name}: renstra.start"),
        renstra_end=_year(renstra.get("end"), f"{name}: renstra.end"),
        vision=_text(renstra.get("vision", ""), f"{name}: renstra.vision"),
        missions=tuple(_text(m, f"{name}: renstra.missions[{i}]") for i, m in enumerate(_list(renstra.get("missions"), f"{name}: renstra.missions"))),
        goals=tuple(_text(m, f"{name}: renstra.goals[{i}]") for i, m in enumerate(_list(renstra.get("goals"), f"{name}: renstra.goals"))),
        signatory=Signatory(**{k: _text(head.get(k, ""), f"{name}: signatory.{k}") for k in ("name", "rank", "title", "place", "date")}),
        rules=_rules(_mapping(report, "capaian", name, "report."), report, name),
        header_aliases=_aliases(raw.get("header_aliases") or {}, name),
        position_types=_position_types(_mapping(raw, "position_types", name), name),
        sources={str(k): _text(v, f"{name}: report.sources.{k}") for k, v in _mapping(report, "sources", name, "report.").items()},
        limits=_limits(_mapping(raw, "limits", name), name),
        docx_template=_template(report.get("docx_template"), f"{name}: report.docx_template"),
        acknowledgements=_acknowledgements(raw.get("acknowledgements"), name),
        bundled_sample=_flag(raw.get("bundled_sample", False), f"{name}: bundled_sample"),
        logo=_logo(agency.get("logo"), f"{name}: agency.logo"),
    )


#: the keys of one acknowledgement, all required
ACKNOWLEDGEMENT_KEYS = ("check", "location", "explanation")


def _acknowledgements(raw: object, name: str) -> tuple[Acknowledgement, ...]:
    """The ``acknowledgements:`` list: each a mapping of a finding's ``check`` and ``location`` and the agency's ``explanation``.

    Example:
        >>> _acknowledgements([{"check": "over_budget", "location": "anggaran.xlsx:Realisasi!row 16",
        ...                     "explanation": "sesuai SP2D"}], "lakip.yml")[0].check
        'over_budget'
        >>> _acknowledgements([{"check": "over_budget", "explanation": "sesuai SP2D"}], "lakip.yml")
        Traceback (most recent call last):
        lakip_lib.errors.ConfigError: lakip.yml: acknowledgements[0] memerlukan location: lokasi temuan seperti yang dicetak lakip check, misalnya "anggaran.xlsx:Realisasi!row 16"
    """
    acknowledged = []
    for index, item in enumerate(_list(raw, f"{name}: acknowledgements")):
        where = f"{name}: acknowledgements[{index}]"
        if not isinstance(item, dict):
            raise ConfigError(said("acknowledgement_mapping", where=where, value=repr(item)))
        unknown = [str(key) for key in item if key not in ACKNOWLEDGEMENT_KEYS]
        if unknown:
            raise ConfigError(said("acknowledgement_key", where=where, key=unknown[0], keys=", ".join(ACKNOWLEDGEMENT_KEYS)))
        values = {key: _text(item.get(key), f"{where}.{key}") for key in ACKNOWLEDGEMENT_KEYS}
        for key in ACKNOWLEDGEMENT_KEYS:
            if not values[key]:
                raise ConfigError(said(f"acknowledgement_{key}", where=where))
        acknowledged.append(Acknowledgement(**values))
    return tuple(acknowledged)


def _flag(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(said("flag", where=where, value=repr(value)))
    return value


#: what a Word template may be named: a document or a template without macros
TEMPLATE_SUFFIXES = (".docx", ".dotx")


def _template(value: object, where: str) -> str:
    """The ``report.docx_template`` setting: a plain relative path inside the data folder to a ``.docx`` or ``.dotx``.

    Example:
        >>> _template("templat/lakip.docx", "lakip.yml: report.docx_template")
        'templat/lakip.docx'
        >>> _template("kop.docm", "lakip.yml: report.docx_template")
        Traceback (most recent call last):
        lakip_lib.errors.ConfigError: lakip.yml: report.docx_template: 'kop.docm' adalah file bermakro, dan kit tidak pernah menyimpan makro: di Word, simpan sebagai Word Document (.docx)
    """
    text = _text(value, where)
    if not text:
        return ""
    path = PurePosixPath(text.replace("\\", "/"))
    suffix = path.suffix.lower()
    if suffix in (".docm", ".dotm"):
        raise ConfigError(said("template_macros", where=where, name=repr(text)))
    if suffix not in TEMPLATE_SUFFIXES:
        raise ConfigError(said("template_not_word", where=where, name=repr(text)))
    if path.is_absolute() or ".." in path.parts or ":" in text:
        raise ConfigError(said("template_outside", where=where, name=repr(text)))
    return path.as_posix()


#: what a logo may be: the image formats every renderer of the report (browser, PDF, Word) shows, by file suffix
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")
#: the first bytes of each, by the MIME type the report embeds the logo as
LOGO_SIGNATURES = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}
#: largest logo file: it is embedded in every page of the report, as text
MAX_LOGO_BYTES = 2 * 1024 * 1024


def _logo(value: object, where: str) -> str:
    """The ``agency.logo`` setting: a plain relative path inside the data folder to a PNG or JPEG file.

    Example:
        >>> _logo("gambar/logo.png", "lakip.yml: agency.logo")
        'gambar/logo.png'
        >>> _logo("https://example.org/logo.png", "lakip.yml: agency.logo")
        Traceback (most recent call last):
        lakip_lib.errors.ConfigError: lakip.yml: agency.logo: 'https://example.org/logo.png' harus berupa file di dalam folder lakip.yml, seperti logo.png: logo disematkan di laporan, tidak pernah diunduh
    """
    text = _text(value, where)
    if not text:
        return ""
    path = PurePosixPath(text.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or ":" in text:
        raise ConfigError(said("logo_outside", where=where, name=repr(text)))
    if path.suffix.lower() not in LOGO_SUFFIXES:
        raise ConfigError(said("logo_not_image", where=where, name=repr(text)))
    return path.as_posix()


def check_logo(path: Path, where: str) -> str:
    """The MIME type of the logo file ``path``; a :class:`ConfigError` naming ``where`` (``lakip.yml: agency.logo``)
    when it is missing, too large, or not a PNG or JPEG image that opens.

    Example:
        >>> check_logo(Path("data/raw/no-such-logo.png"), "lakip.yml: agency.logo")
        Traceback (most recent call last):
        lakip_lib.errors.ConfigError: lakip.yml: agency.logo menyebut no-such-logo.png, yang tidak ada di folder data: letakkan logo di samping lakip.yml, atau hapus pengaturannya
    """
    if not path.is_file():
        raise ConfigError(said("logo_missing", where=where, name=path.name))
    size = path.stat().st_size
    if size > MAX_LOGO_BYTES:
        raise ConfigError(said("logo_too_large", where=where, name=path.name, size=number(size / 1024 / 1024, 1),
                                limit=MAX_LOGO_BYTES // 1024 // 1024))
    with path.open("rb") as handle:
        head = handle.read(8)
    mime = next((kind for kind, signature in LOGO_SIGNATURES.items() if head.startswith(signature)), None)
    if mime is not None:
        from PIL import Image  # only when there is a logo to check

        try:
            with Image.open(path) as image:
                image.verify()
        except Exception:  # noqa: BLE001 (Pillow raises many kinds for a damaged file: each means "not an image")
            mime = None
    if mime is None:
        raise ConfigError(said("logo_unreadable", where=where, name=path.name))
    return mime


def logo_file(data_dir: str | Path) -> Path | None:
    """The logo ``lakip.yml`` in ``data_dir`` names (``agency.logo``), or None; it may not exist.

    Reads only the YAML (no pandas), for the build's record of what a year was built from.

    Example:
        >>> logo_file("data/raw") is None
        True
    """
    return _named_file(Path(data_dir), "agency", "logo", _logo)


def raw_settings(path: Path) -> object:
    """The settings of ``path`` (``lakip.yml``) as YAML reads them, checked for nothing but alias bombs
    (:class:`ConfigError`); for a record of what a build used, not for building (that is :func:`load_project`).

    Example:
        >>> sorted(raw_settings(Path("data/raw/lakip.yml")))[:2]
        ['agency', 'bundled_sample']
    """
    return _safe_yaml(path.read_text(encoding="utf-8"), path.name)


def docx_template(data_dir: str | Path) -> Path | None:
    """The Word template ``lakip.yml`` in ``data_dir`` names (``report.docx_template``), or None; it may not exist yet.

    Reads only the YAML (no pandas), for the build's record of what a year was built from.

    Example:
        >>> docx_template("data/raw") is None
        True
    """
    return _named_file(Path(data_dir), "report", "docx_template", _template)


def _named_file(data_dir: Path, section: str, key: str, check: Callable[[object, str], str]) -> Path | None:
    """The file ``section.key`` of ``data_dir/lakip.yml`` names, checked by ``check``, or None when it names none."""
    values = _raw_section(data_dir, section)
    name = check(values.get(key), f"lakip.yml: {section}.{key}") if values else ""
    return data_dir / name if name else None


def _raw_section(data_dir: Path, key: str) -> dict[str, Any]:
    """The mapping ``key`` of ``data_dir/lakip.yml`` as YAML reads it, or ``{}``: :func:`load_project` says what is
    wrong with a file that cannot be read, where the build reads it."""
    path = data_dir / "lakip.yml"
    if not path.is_file():
        return {}
    try:
        raw = _safe_yaml(path.read_text(encoding="utf-8"), path.name) or {}
    except (yaml.YAMLError, UnicodeDecodeError):
        return {}
    section = raw.get(key) if isinstance(raw, dict) else None
    return section if isinstance(section, dict) else {}


def _limits(raw: dict[str, Any], name: str) -> dict[str, float]:
    """The ``limits:`` settings: known names, each a positive number (a typo or a word would silently change nothing)."""
    from .loading.workbook import DEFAULT_LIMITS  # the Excel readers: imported only when a project file is read

    limits = {}
    for key, value in raw.items():
        where = f"{name}: limits.{key}"
        if key not in DEFAULT_LIMITS:
            raise ConfigError(said("limit_unknown", where=where, limits=", ".join(DEFAULT_LIMITS)))
        # the example as it is typed in lakip.yml: no thousands separator
        limits[str(key)] = _positive(value, "limit_positive", where=where, example=f"{DEFAULT_LIMITS[key]:.0f}")
    return limits


def _positive(value: object, key: str, **fields: object) -> float:
    """``value`` as a positive number, else the error ``key`` (its ``value`` field: what was given)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise ConfigError(said(key, value=repr(value), **fields))
    return float(value)


def _rules(capaian: dict[str, Any], report: dict[str, Any], name: str) -> ReportRules:
    cap = capaian.get("cap")
    if cap in (None, "none", "None") or cap is False:
        cap = None
    else:
        cap = _positive(cap, "cap_positive", file=name)
    formula = str(capaian.get("negative_formula", "2t-r"))
    if formula not in NEGATIVE_FORMULAS:
        raise ConfigError(said("negative_formula", file=name, formulas=", ".join(NEGATIVE_FORMULAS)))
    bands = _default_bands()
    if "categories" in capaian:
        bands = _bands(capaian["categories"], name)
    band = report.get("efficiency_band", 5.0)
    if isinstance(band, bool) or not isinstance(band, (int, float)) or not math.isfinite(band) or band < 0:
        raise ConfigError(said("efficiency_band", file=name, value=repr(band)))
    return ReportRules(cap=cap, negative_formula=formula, bands=bands, efficiency_band=float(band))


def _bands(raw: object, name: str) -> tuple[CategoryBand, ...]:
    if not isinstance(raw, list) or not raw:
        raise ConfigError(said("categories_list", file=name))
    bands = []
    for index, item in enumerate(raw):
        where = f"{name}: report.capaian.categories[{index}]"
        if not isinstance(item, dict) or "id" not in item:
            raise ConfigError(said("category_keys", where=where))
        above = item.get("above")
        if above is not None and (isinstance(above, bool) or not isinstance(above, (int, float)) or math.isnan(above)):
            raise ConfigError(said("category_above", where=where, value=repr(above)))
        bands.append(CategoryBand(-math.inf if above is None else float(above), _text(item["id"], f"{where}.id"),
                                  _text(item.get("en", item["id"]), f"{where}.en")))
    bands.sort(key=lambda b: b.above_pct, reverse=True)
    if bands[-1].above_pct != -math.inf:
        raise ConfigError(said("lowest_category", file=name))
    return tuple(bands)


def _aliases(raw: object, name: str) -> dict[str, dict[str, list[str]]]:
    if not isinstance(raw, dict):
        raise ConfigError(said("aliases_mapping", file=name))
    out: dict[str, dict[str, list[str]]] = {}
    for dataset, columns in raw.items():
        if not isinstance(columns, dict):
            raise ConfigError(said("aliases_dataset", file=name, dataset=dataset))
        out[str(dataset)] = {str(c): [_text(a, f"{name}: header_aliases.{dataset}.{c}") for a in _list(v, f"{name}: header_aliases.{dataset}.{c}")]
                             for c, v in columns.items()}
    return out


def _position_types(raw: dict[str, Any], name: str) -> dict[str, str]:
    """The ``position_types:`` settings: jabatan name → Struktural, Fungsional or Pelaksana, keyed by the name casefolded
    with its spaces made single, as a roster's cells are matched.

    Example:
        >>> _position_types({"Analis  Kebijakan": "fungsional"}, "lakip.yml")
        {'analis kebijakan': 'Fungsional'}
    """
    if not raw:
        return {}
    from .domain import POSITION_TYPE_ORDER  # pandas comes with it: a year skipped as up to date reads lakip.yml without

    out = {}
    for jabatan, kind in raw.items():
        where = f"{name}: position_types.{jabatan}"
        stated = next((t for t in POSITION_TYPE_ORDER if isinstance(kind, str) and kind.strip().casefold() == t.casefold()), None)
        if stated is None:
            raise ConfigError(said("position_type_setting", where=where, value=kind, types=", ".join(POSITION_TYPE_ORDER)))
        out[" ".join(unicodedata.normalize("NFKC", _text(jabatan, where)).split()).casefold()] = stated
    return out


def _mapping(raw: dict[str, Any], key: str, name: str, parent: str = "") -> dict[str, Any]:
    value = raw.get(key) or {}
    if not isinstance(value, dict):
        raise ConfigError(said("section_mapping", file=name, section=f"{parent}{key}"))
    return value


def _list(value: object, where: str) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list):
        raise ConfigError(said("setting_list", where=where))
    return value


def _text(value: object, where: str) -> str:
    """A setting shown as text: a string, or a number or date that YAML read as one; a mapping, list or yes/no is a mistake.

    Example:
        >>> _text(2024, "lakip.yml: agency.region"), _text(dt.date(2025, 1, 29), "lakip.yml: signatory.date")
        ('2024', '2025-01-29')
        >>> _text({"a": 1}, "lakip.yml: agency.name")
        Traceback (most recent call last):
        lakip_lib.errors.ConfigError: lakip.yml: agency.name harus berupa teks, berisi pemetaan {'a': 1}: tulis teksnya, dalam tanda kutip jika memuat ':' atau '#'
    """
    if value is None:
        return ""
    if isinstance(value, (str, int, float, dt.date)) and not isinstance(value, bool):
        return visible_controls(str(value).strip())  # shown in every output: no control may reorder it
    kind = {dict: said("a_mapping"), list: said("a_list")}.get(type(value), "")
    raise ConfigError(said("setting_text", where=where, kind=kind, value=repr(value)))


def _year(value: object, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, int) and 1900 < value < 2200:
        return value
    raise ConfigError(said("setting_year", where=where, value=repr(value)))
