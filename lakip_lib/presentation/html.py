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

import nbformat

# A build exports in its own process, beside the kernels: nothing here imports pandas or matplotlib.
_TEMPLATES = Path(str(files("lakip_lib").joinpath("presentation", "templates", "nbconvert")))


@cache
def _exporter():
    from nbconvert import HTMLExporter

    return HTMLExporter(template_name="lakip", extra_template_basedirs=[str(_TEMPLATES)],
                        exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)


def export_html(notebook: str | Path, lang: str = "id", title: str | None = None) -> str:
    """The HTML page of an executed report notebook.

    Example:
        >>> html = export_html("outputs/2024/notebooks/04-report.ipynb")  # doctest: +SKIP
        >>> "<script" in html  # doctest: +SKIP
        False
    """
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

    Example:
        >>> report_page(report.html(), 2024) == Path("outputs/2024/lakip-2024.html").read_text()  # doctest: +SKIP
        True
    """
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
