"""Exporting an executed report notebook to one self-contained HTML file.

nbconvert renders the notebook with the kit's own template
(``templates/nbconvert/lakip``): only the report's HTML outputs are kept
(no code, prompts or logs), the stylesheet is inlined, and there is no
script and no link to anything outside the file, so it opens offline and
fetches nothing. The HTML outputs were escaped at their source (the report
templates autoescape); nbconvert's own sanitiser would mangle tables.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path

# A build exports in its own process, beside the kernels: nothing here imports pandas or matplotlib, and a report
# rendered again from its stored model (a narrative edit) is framed without nbconvert or nbformat (:func:`framed_page`).
_TEMPLATES = Path(str(files("lakip_lib").joinpath("presentation", "templates", "nbconvert")))
#: the page around a year's report (:func:`page_frame`), kept beside the build record: a build that renders the report
#: from its stored model frames it with no nbconvert to import (hidden: the preview never serves it)
FRAME_NAME = ".lakip-page.json"
#: where the report goes in the frame: text that no template escapes or changes
_BODY = "LAKIPREPORTBODY"


@cache
def _exporter():
    from nbconvert import HTMLExporter
    from nbconvert.exporters.templateexporter import TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML
    from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

    class Exporter(HTMLExporter):
        """nbconvert's HTML export without its last pass, in which BeautifulSoup parses the whole page and writes it
        again to give images alt text and JupyterLab's cells a tab index: the report's HTML, escaped at its source,
        has its alt texts and no such cell, and the pass took most of a narrative edit's rebuild. What the page holds
        is then the template's output, which :func:`framed_page` repeats without nbconvert."""

        def from_notebook_node(self, nb, resources=None, **kw):
            language = nb.metadata.get("language_info", {})
            lexer = language.get("pygments_lexer", language.get("name", None))
            self.register_filter("highlight_code", self.filters.get("highlight_code",
                                                                    Highlight2HTML(pygments_lexer=lexer, parent=self)))
            resources = self._init_resources(resources)
            self.register_filter("filter_data_type", WidgetsDataTypeFilter(notebook_metadata=self._nb_metadata,
                                                                           parent=self, resources=resources))
            return TemplateExporter.from_notebook_node(self, nb, resources, **kw)

    return Exporter(template_name="lakip", extra_template_basedirs=[str(_TEMPLATES)],
                    exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)


def export_html(notebook: str | Path, lang: str = "id", title: str | None = None) -> str:
    """The HTML page of an executed report notebook.

    Example (not run as a test: it needs a build's executed notebook):
        >>> html = export_html("outputs/2024/notebooks/04-report.ipynb")  # doctest: +SKIP
        >>> "<script" in html  # doctest: +SKIP
        False
    """
    import nbformat

    nb = nbformat.read(str(notebook), as_version=4)
    parameters = next((c for c in nb.cells if "injected-parameters" in c.get("metadata", {}).get("tags", [])), None)
    lang = _parameter(parameters, "lang") or lang
    year = _parameter(parameters, "year")
    title = title or f"LAKIP {year or ''}".strip()
    body, _ = _exporter().from_notebook_node(nb, resources={"lakip_lang": lang, "lakip_title": title})
    return body


def report_page(body: str, year: int, lang: str = "id") -> str:
    """The page :func:`export_html` makes of an executed report notebook whose report shows ``body``
    (``Report.html()``), made without the notebook: what the report notebook displays, exported the same way.

    Example (not run as a test: it needs a build's outputs):
        >>> report_page(report.html(), 2024) == Path("outputs/2024/lakip-2024.html").read_text()  # doctest: +SKIP
        True
    """
    return framed_page(page_frame(year, lang), body)


@cache
def page_frame(year: int, lang: str = "id") -> dict[str, object]:
    """What :func:`report_page` puts around a report of ``year`` in ``lang``, as nbconvert renders it: the text
    before and after the report, to be stored (:data:`FRAME_NAME`) and given to :func:`framed_page`.

    Example:
        >>> frame = page_frame(2024)
        >>> frame["before"].startswith("<!DOCTYPE html>"), frame["after"].rstrip().endswith("</html>")
        (True, True)
    """
    before, found, after = _nbconvert_page(_BODY, year, lang).partition(_BODY)
    if not found:
        raise ValueError("the page template dropped the report")  # the kit's own template: a bug, never the user's data
    return {"year": int(year), "lang": lang, "before": before, "after": after}


def framed_page(frame: dict[str, object], body: str) -> str:
    """The page :func:`report_page` makes of ``body``, from a :func:`page_frame`: the export's bytes, without importing
    nbconvert.

    Example:
        >>> framed_page(page_frame(2024), "<p>Isi</p>") == _nbconvert_page("<p>Isi</p>", 2024, "id")
        True
    """
    return f"{frame['before']}{body}{frame['after']}"


def _nbconvert_page(body: str, year: int, lang: str) -> str:
    """:func:`report_page` as nbconvert makes it, from a notebook that displays ``body``."""
    import nbformat

    notebook = nbformat.v4.new_notebook()
    parameters = nbformat.v4.new_code_cell(f"year = {int(year)}\nlang = {json.dumps(lang)}",
                                           metadata={"tags": ["injected-parameters"]})
    shown = nbformat.v4.new_code_cell("", outputs=[nbformat.v4.new_output("display_data", data={"text/html": body})])
    notebook.cells = [parameters, shown]
    page, _ = _exporter().from_notebook_node(notebook, resources={"lakip_lang": lang, "lakip_title": f"LAKIP {int(year)}"})
    return page


def _parameter(cell, name: str) -> str | None:
    """A parameter's value as papermill injected it (``name = value``), without evaluating it."""
    if cell is None:
        return None
    for line in cell.source.splitlines():
        key, _, value = line.partition("=")
        if key.strip() == name:
            return value.strip().strip("\"'")
    return None
