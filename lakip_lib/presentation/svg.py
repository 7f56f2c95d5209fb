"""A figure as an ``<svg>`` element to put inline in the report's page.

Apart from :mod:`~lakip_lib.presentation.charts` so that a report rendered again from its stored model (whose figures
are the images they were rendered to, :class:`~lakip_lib.presentation.stored.StoredFigure`) puts them in its page
without importing matplotlib: a build after a narrative edit spends most of its time on imports.
"""

from __future__ import annotations

import re
from typing import Any
from xml.etree import ElementTree

from ..errors import ChartDataError, UnsafePathError
from ..messages import said

#: a figure's key or an id prefix: a plain file name
KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def svg_of(fig: Any) -> bytes:
    """The figure's SVG file, rendered once (a stored figure holds it already)."""
    cached = getattr(fig, "_lakip_svg", None)
    if cached is None:
        from .charts import _render  # a figure not rendered yet is drawn by matplotlib; a stored one never is

        cached = fig._lakip_svg = _render(fig, "svg", metadata={"Date": None})
    return cached


#: what an SVG of the report may not hold: anything that runs, fetches or embeds another document
_UNSAFE_SVG_TAGS = {"script", "foreignobject", "iframe", "object", "embed", "image", "a", "animate", "set"}
_SVG_NS = "{http://www.w3.org/2000/svg}"


def figure_svg(fig: Any, prefix: str) -> str:
    """The figure as an ``<svg>`` element to put inline in an HTML page: no XML prolog, sized by its ``viewBox``
    alone (the page's CSS sets its width), every ``id`` and reference to one prefixed with ``prefix`` so that
    several figures in a page never share an id; its text is real text, escaped by matplotlib.

    Raises :class:`~lakip_lib.errors.UnsafePathError` for a ``prefix`` that is no plain name, and
    :class:`~lakip_lib.errors.ChartDataError` if the SVG held an element or attribute that could run or fetch
    anything (a script, an event handler, a link out): the report's page must stay script-free.

    Example:
        >>> import pandas as pd
        >>> from lakip_lib.presentation.charts import chart_by_grade
        >>> fig = chart_by_grade(pd.DataFrame({"category": ["III/d"], "count": [33], "share_pct": [100.0]}))
        >>> svg = figure_svg(fig, "gambar-1-4")
        >>> svg.startswith("<svg "), 'width="' in svg.split(">", 1)[0], 'id="gambar-1-4-' in svg
        (True, False, True)
    """
    if not KEY.fullmatch(prefix) or ".." in prefix:
        raise UnsafePathError(said("svg_prefix", prefix=repr(prefix)))
    text = svg_of(fig).decode("utf-8")
    text = text[text.index("<svg"):]
    text = re.sub(r'\A<svg([^>]*?) width="[^"]*" height="[^"]*"', r"<svg\1", text, count=1)
    text = re.sub(r'(\bid="|url\(#|href="#)', lambda m: f"{m.group(1)}{prefix}-", text)
    # the file's metadata says nothing to a reader; its <style> (stroke joins) would apply to the whole page
    text = re.sub(r"\s*<metadata>.*?</metadata>", "", text, count=1, flags=re.S)
    text = re.sub(r"\s*<defs>\s*<style[^>]*>[^<]*</style>\s*</defs>", "", text, count=1)
    root = ElementTree.fromstring(text)
    for element in root.iter():
        tag = element.tag.removeprefix(_SVG_NS).lower() if isinstance(element.tag, str) else ""
        hrefs = [v for k, v in element.attrib.items() if k.rsplit("}", 1)[-1] == "href"]
        if (tag in _UNSAFE_SVG_TAGS or any(k.rsplit("}", 1)[-1].lower().startswith("on") for k in element.attrib)
                or any(not v.startswith("#") for v in hrefs)):
            raise ChartDataError(said("svg_active", key=repr(getattr(fig, "lakip_key", "?")), tag=tag))
    return text.strip()
