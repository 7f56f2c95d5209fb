"""The report's analysis per indicator (Bab III) and its Ringkasan Eksekutif and Kata Pengantar, as the templates
``indicator_sections_<lang>.html.j2`` and ``summary_<lang>.html.j2`` print them.

The numbers come from :mod:`lakip_lib.analysis.profiles` and
:mod:`lakip_lib.analysis.summary`; this module pairs each indicator with the
analyst's text and formats values. An indicator's text is
``narasi/indikator/<name>.md`` (or ``narasi/<year>/indikator/<name>.md``),
``<name>`` being the indicator's name in lower case with dashes
(``indeks-profesionalitas-asn``), its code when no other indicator of the
Perjanjian Kinerja has that code (``1.2``), or the kit's id (``i01``); without
a file, the sheet's ``Analisis``/``Kendala``/``Upaya`` cells. A text still
missing is listed in :attr:`~lakip_lib.presentation.report.Report.missing_texts`
and shown as a visible placeholder.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

import mistune
import numpy as np
from markupsafe import Markup

from ..analysis.profiles import IndicatorProfile
from ..loading.inputs import INDICATOR_NARRATIVE
from ..formatting import Formatter

#: the Kata Pengantar's file in ``narasi/`` (its stem, as :func:`~lakip_lib.loading.inputs.narrative_files` keys it)
FOREWORD = "kata-pengantar"
#: units that only say "a number": the value is printed without them
_BARE_UNITS = {"angka", "indeks", "nilai", "skor", "poin"}


@dataclass
class IndicatorSection:
    """One indicator's analysis section: its profile, its number in Bab III, the narrative file it reads (or would
    read: the name to create), the analyst's text (Markdown from the file) if any, and its data source."""

    number: int
    profile: IndicatorProfile
    narrative_file: str
    narrative: str | None
    #: the indicator's data source (its ``Sumber Data`` cell), printed under its table; None when the sheet names none
    source: str | None = None

    @property
    def anchor(self) -> str:
        """The section's id in the HTML (``indikator-indeks-profesionalitas-asn``)."""
        return f"indikator-{slug(self.profile.indicator) or self.profile.id.lower()}"

    @property
    def has_text(self) -> bool:
        """Whether the analyst explained this indicator (a narrative file, or the sheet's text columns)."""
        return bool(self.narrative and self.narrative.strip()) or bool(self.profile.texts)


def slug(text: str) -> str:
    """A file-name form of an indicator's name: lower case ASCII words joined by dashes.

    Example:
        >>> slug("Persentase ASN yang sesuai dengan Standar Kompetensi Jabatan")
        'persentase-asn-yang-sesuai-dengan-standar-kompetensi-jabatan'
        >>> slug("Jumlah Pembangunan/Pengembangan Aplikasi (SIMPEG)")
        'jumlah-pembangunan-pengembangan-aplikasi-simpeg'
    """
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def indicator_sections(profiles: list[IndicatorProfile], narratives: dict[str, tuple[str, str]]) -> list[IndicatorSection]:
    """Each profile with the analyst's text: ``narratives`` maps a lower-case file stem to the file as the report
    names it and its text (:func:`~lakip_lib.loading.inputs.indicator_narrative_files`); a file named by the
    indicator's name is looked for first, then one named by its unique code, then by its id.

    Example:
        >>> from lakip_lib.analysis.profiles import IndicatorProfile
        >>> p = IndicatorProfile("I01", "tujuan", "1", None, "Indeks Profesionalitas ASN", "Angka", "positive", 63.0, "63",
        ...                      64.23, "64,23", 101.95, 100.0, "Sangat Tinggi", "achieved", None, [], float("nan"), None,
        ...                      None, float("nan"), None)
        >>> s = indicator_sections([p], {"1": ("narasi/indikator/1.md", "Naik karena ...")})[0]
        >>> s.narrative_file, s.narrative
        ('narasi/indikator/1.md', 'Naik karena ...')
        >>> indicator_sections([p], {})[0].narrative_file
        'narasi/indikator/indeks-profesionalitas-asn.md'
    """
    codes = Counter(str(p.code).lower() for p in profiles if p.code)
    sections = []
    for number, profile in enumerate(profiles, start=1):
        names = [slug(profile.indicator)]
        if profile.code and codes[str(profile.code).lower()] == 1:
            names.append(str(profile.code).lower())
        names.append(profile.id.lower())
        found = next((name for name in names if name and name in narratives), None)
        file, text = narratives[found] if found else (f"narasi/{INDICATOR_NARRATIVE}/{names[0] or names[-1]}.md", None)
        sections.append(IndicatorSection(number, profile, file, text))
    return sections


def value_text(fmt: Formatter, value: float, text: str | None, unit: str | None, polarity: str) -> str:
    """A target or realisation as the analysis prints it: a grade as written, a percentage with ``%``, a count with
    its unit in lower case (``4 aplikasi``), an index without one; ``-`` for no value.

    Example:
        >>> f = Formatter("id")
        >>> value_text(f, 88.3, "88,30 %", "%", "positive"), value_text(f, 4.0, "4 Aplikasi", "Aplikasi", "positive")
        ('88,30%', '4 aplikasi')
        >>> value_text(f, 64.23, "64,23", "Angka", "positive"), value_text(f, float("nan"), "A", "Predikat", "ordinal")
        ('64,23', 'A')
        >>> value_text(f, 86.0, "86", float("nan"), "positive")  # no Satuan anywhere: a column of NaN, not of None
        '86'
    """
    unit = unit if isinstance(unit, str) else None
    if polarity == "ordinal" or value is None or not np.isfinite(value):
        return text if polarity == "ordinal" and text else "-"
    if unit and unit.strip() in ("%", "persen", "Persen"):
        return fmt.percent(value, 2)
    number = fmt.number(value, 2, trailing_zeros=False)
    if not unit or unit.strip().lower() in _BARE_UNITS:
        return number
    return f"{number} {unit.strip().lower()}"


def difference_text(fmt: Formatter, difference: float, unit: str | None) -> str:
    """The size of a change, without its sign: percentage points for a percentage, else the number and its unit.

    Example:
        >>> difference_text(Formatter("id"), -1.7, "%"), difference_text(Formatter("id"), 2.0, "Aplikasi")
        ('1,70 poin persen', '2 aplikasi')
    """
    size = abs(difference)
    if isinstance(unit, str) and unit.strip().lower() in ("%", "persen"):
        return f"{fmt.number(size, 2)} {'poin persen' if fmt.locale == 'id' else 'percentage points'}"
    return value_text(fmt, size, None, unit, "positive")


class _BlockRenderer(mistune.HTMLRenderer):
    """An analyst's Markdown inside an indicator's section: headings become bold lines (the section has its own
    heading), images their alt text (the page fetches nothing)."""

    def heading(self, text: str, level: int, **attrs) -> str:
        return f"<p><strong>{text}</strong></p>\n"

    def image(self, text: str, url: str, title: str | None = None) -> str:
        return text


# escape=True: any HTML in the analyst's files is shown as text, never run
_BLOCK_MARKDOWN = mistune.create_markdown(escape=True, renderer=_BlockRenderer(escape=True))


def block_markdown(text: str) -> Markup:
    """An analyst's Markdown as HTML for a section of the report, escaped; headings as bold lines.

    Example:
        >>> str(block_markdown("## Kendala\\n\\nData <b>terlambat</b>."))
        '<p><strong>Kendala</strong></p>\\n<p>Data &lt;b&gt;terlambat&lt;/b&gt;.</p>\\n'
    """
    return Markup(_BLOCK_MARKDOWN(text))
