"""Showing results in a notebook: tables formatted the Indonesian way, charts as images."""

from __future__ import annotations

import html

import pandas as pd
from matplotlib.figure import Figure

from .charts import figure_to_data_uri
from .formatting import Formatter


def show(item: object, title: str | None = None, fmt: Formatter = Formatter("id")) -> None:
    """Display a result frame (numbers formatted, no index) or a chart (as PNG) in Jupyter.

    Example:
        >>> show(pd.DataFrame({"category": ["Laki-laki"], "count": [45]}))  # doctest: +SKIP
    """
    from IPython.display import HTML, Image, display

    if title:
        # HTML, escaped: a title holds text of lakip.yml (the agency's name), which Markdown would pass on as markup
        display(HTML(f"<p><strong>{html.escape(title)}</strong></p>"))
    if isinstance(item, Figure):
        import base64

        display(Image(data=base64.b64decode(figure_to_data_uri(item).split(",", 1)[1]), format="png"))
    elif isinstance(item, pd.DataFrame):
        display(HTML(_styled(item, fmt)))
    else:
        display(item)


def _styled(frame: pd.DataFrame, fmt: Formatter) -> str:
    formats = {}
    for column in frame.columns:
        if pd.api.types.is_float_dtype(frame[column]):
            formats[column] = (lambda v: fmt.number(v, 2)) if not str(column).endswith("pct") else (lambda v: fmt.percent(v))
        elif pd.api.types.is_integer_dtype(frame[column]):
            formats[column] = fmt.count
    # escape="html": names come from input files
    return frame.style.format(formats, na_rep="-", escape="html").hide(axis="index").to_html()
