"""The report's structure: lettered section headings and numbered tables and figures, decided once for every output.

The report model (:class:`~lakip_lib.presentation.report.Report`) lists, chapter
by chapter and in the order the page prints them, its section headings and its
tables and figures (:func:`number`). Each section heading of Bab I–IV is
lettered A, B, C … in its chapter, the narrative files' own ``##`` headings
included (a letter written in the file, ``## A. Dasar Hukum``, is replaced, so
the lettering never jumps); each table and figure is numbered in its chapter
(``Tabel 3.7``, ``Gambar 1.2``). The HTML, its PDF print and the Word document
all print these, and the Daftar Isi, Daftar Tabel and Daftar Gambar list them.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import mistune
from markupsafe import escape

#: a letter the narrative file wrote before its heading (``A. Dasar Hukum``): the kit letters headings itself
_WRITTEN_LETTER = re.compile(r"^\s*[A-Z]\s*[.)]\s+")
#: figure numbers a chapter keeps free: Gambar 1.1 is the organisation chart the agency adds (README, Word)
RESERVED_FIGURES = {"1": 1}


@dataclass(frozen=True)
class Caption:
    """A numbered table or figure: ``label`` is what precedes its title (``Tabel 3.7``)."""

    key: str
    kind: str  # "table" or "figure"
    chapter: str  # "1" … "4"
    number: int
    label: str
    title: str

    @property
    def text(self) -> str:
        """The caption as printed.

        Example:
            >>> Caption("tabel-3-7", "table", "3", 7, "Tabel 3.7", "Anggaran").text
            'Tabel 3.7 Anggaran'
        """
        return f"{self.label} {self.title}"


@dataclass(frozen=True)
class Heading:
    """A section heading of a chapter (h3), lettered in its chapter; ``key`` is its id in the HTML."""

    key: str
    chapter: str  # the chapter's id: bab-1 … bab-4
    letter: str
    title: str

    @property
    def text(self) -> str:
        """The heading as printed.

        Example:
            >>> Heading("bab-1-f", "bab-1", "F", "Sumber Daya Manusia").text
            'F. Sumber Daya Manusia'
        """
        return f"{self.letter}. {self.title}"


def letter(index: int) -> str:
    """The ``index``-th section letter of a chapter, from 0: ``A`` … ``Z``, then ``AA`` ….

    Example:
        >>> letter(0), letter(5), letter(26)
        ('A', 'F', 'AA')
    """
    letters, index = "", index + 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def unlettered(title: str) -> str:
    """A narrative heading without the letter its writer gave it.

    Example:
        >>> unlettered("A. Dasar Hukum"), unlettered("Latar Belakang"), unlettered("B) Tugas")
        ('Dasar Hukum', 'Latar Belakang', 'Tugas')
    """
    return _WRITTEN_LETTER.sub("", title, count=1)


class Chapter:
    """Collects one chapter's headings and its tables and figures in print order, lettering and numbering them."""

    def __init__(self, key: str, number: str, table_word: str, figure_word: str):
        self.key, self.number = key, number
        self.words = {"table": table_word, "figure": figure_word}
        self.headings: list[Heading] = []
        self.captions: list[Caption] = []
        self._counts = {"table": 0, "figure": RESERVED_FIGURES.get(number, 0)}

    def heading(self, title: str) -> Heading:
        """The next lettered heading of this chapter.

        Example:
            >>> chapter = Chapter("bab-4", "4", "Tabel", "Gambar")
            >>> chapter.heading("Kesimpulan").text, chapter.heading("B. Saran").text
            ('A. Kesimpulan', 'B. Saran')
        """
        mark = letter(len(self.headings))
        heading = Heading(f"{self.key}-{mark.lower()}", self.key, mark, unlettered(title))
        self.headings.append(heading)
        return heading

    def caption(self, kind: str, key: str, title: str) -> Caption:
        """The next number of a table or a figure of this chapter.

        Example:
            >>> chapter = Chapter("bab-1", "1", "Tabel", "Gambar")
            >>> chapter.caption("table", "t", "Pegawai").text, chapter.caption("figure", "g", "Pegawai").text
            ('Tabel 1.1 Pegawai', 'Gambar 1.2 Pegawai')
        """
        self._counts[kind] += 1
        number = self._counts[kind]
        caption = Caption(key, kind, self.number, number, f"{self.words[kind]} {self.number}.{number}", title)
        self.captions.append(caption)
        return caption

    def narrative(self, text: str) -> str:
        """A narrative file's Markdown as the chapter's HTML, escaped: its top headings (``#``, ``##``) become this
        chapter's next lettered headings (h3, with their ids), deeper ones h4 … unlettered; images their alt text.

        Example:
            >>> chapter = Chapter("bab-1", "1", "Tabel", "Gambar")
            >>> chapter.narrative("## A. Dasar Hukum\\n\\nUU <b>5</b>.\\n\\n### Pasal 1\\n")
            '<h3 id="bab-1-a">A. Dasar Hukum</h3>\\n<p>UU &lt;b&gt;5&lt;/b&gt;.</p>\\n<h4>Pasal 1</h4>\\n'
        """
        # escape=True: any HTML in the narrative files is shown as text, never run
        return mistune.create_markdown(escape=True, renderer=_NarrativeRenderer(self))(text)


class _NarrativeRenderer(mistune.HTMLRenderer):
    """Narrative Markdown inside a chapter: sections start at ``##`` in the files and sit one level below the chapter;
    images become their alt text, so the page fetches nothing."""

    def __init__(self, chapter: Chapter):
        super().__init__(escape=True)
        self.chapter = chapter

    def heading(self, text: str, level: int, **attrs) -> str:
        if level <= 2:
            # the heading's text arrives as escaped HTML: the model keeps it plain, as the contents list it
            heading = self.chapter.heading(html.unescape(re.sub(r"<[^>]*>", "", text)))
            return f'<h3 id="{heading.key}">{escape(heading.text)}</h3>\n'
        return super().heading(text, min(level + 1, 6), **attrs)

    def image(self, text: str, url: str, title: str | None = None) -> str:
        return text
