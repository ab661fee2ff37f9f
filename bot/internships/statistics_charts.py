"""Bar charts of the statistics as SVG, drawn on the server by matplotlib (Agg, no network,
the DejaVu Sans that matplotlib ships, text as paths, fixed hash salt: the same figures give
the same bytes).

The SVG is ready to be put inline into a page with a strict content security policy (no
`style` attributes or elements: presentation attributes instead), carries role="img", an
aria-label and a <title> with the numbers, and its ids are prefixed per chart. Suppressed
values are not drawn: "< 5" stands where the bar would be.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from io import StringIO
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from bot.internships import statistics_texts as words
from bot.internships.statistics import Table

INK, BAR, MUTED = "#1b1f24", "#0b5cad", "#4a5360"  # the staff pages' colours
SETTINGS: dict[str, Any] = {"svg.hashsalt": "lotse-statistik", "svg.fonttype": "path",
            "font.family": "DejaVu Sans", "font.size": 10, "axes.edgecolor": MUTED,
            "text.color": INK, "xtick.color": INK, "ytick.color": INK}
_LOCK = threading.Lock()  # matplotlib's settings are global: one chart at a time


@dataclass(frozen=True, slots=True)
class Chart:
    key: str
    title: str
    summary: str  # the numbers in words, for screen readers
    svg: str  # inline-ready <svg …>…</svg>


def chart(table: Table) -> Chart:
    """The table's chart (`statistics_texts.CHARTS` says which column) as inline SVG."""
    title, column = words.CHARTS[table.key]
    rows = [(name, cells[column]) for name, cells in table.rows
            if not (cells[column].value is None and not cells[column].suppressed)]
    summary = words.CHART_SUMMARY.format(
        title=title, values="; ".join(f"{name}: {cell.text}" for name, cell in rows))
    # matplotlib only when a chart is drawn: its import is half a second of every process start
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    with _LOCK, matplotlib.rc_context(SETTINGS):  # type: ignore[arg-type]
        figure = Figure(figsize=(6, 0.9 + 0.38 * max(len(rows), 1)))
        FigureCanvasSVG(figure)
        axes = figure.add_subplot()
        scale = 100 if rows and rows[0][1].kind == "share" else 1
        values = [(cell.value or 0) * scale for _, cell in rows]
        positions = list(range(len(rows)))[::-1]  # first row on top
        drawn = [(y, v) for y, (_, c), v in zip(positions, rows, values, strict=True)
                 if not c.suppressed]
        axes.barh([y for y, _ in drawn], [v for _, v in drawn], color=BAR, height=0.6)
        top = max(values, default=0) or 1
        for y, (_, cell), v in zip(positions, rows, values, strict=True):
            axes.text((0 if cell.suppressed else v) + top * 0.02, y,
                      words.CHART_NOT_DRAWN if cell.suppressed else cell.text,
                      va="center", color=MUTED if cell.suppressed else INK)
        axes.set_yticks(positions, [name for name, _ in rows])
        axes.set_xlim(0, top * 1.25)
        axes.spines[["top", "right"]].set_visible(False)
        figure.tight_layout()
        out = StringIO()
        figure.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    return Chart(table.key, title, summary, inline(out.getvalue(), key=table.key,
                                                   title=title, summary=summary))


_STYLE_ATTR = re.compile(r'\sstyle="([^"]*)"')


def inline(svg: str, *, key: str, title: str, summary: str) -> str:
    """matplotlib's SVG file as an inline element: no prolog, metadata or style, ids
    prefixed with `key`, role="img" with the summary as aria-label and <title>."""
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    svg = re.sub(r"<style[^>]*>.*?</style>\s*", "", svg, flags=re.S)
    svg = _STYLE_ATTR.sub(lambda m: "".join(
        f' {name.strip()}="{value.strip()}"' for name, value in
        (part.split(":", 1) for part in m.group(1).split(";") if ":" in part)), svg)
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{key}-\1"', svg)
    svg = re.sub(r'href="#([^"]+)"', rf'href="#{key}-\1"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{key}-\1)", svg)
    head = svg.index(">")
    return (svg[:head] + f' role="img" aria-label={quoteattr(summary)}'
            ' stroke-linejoin="round" stroke-linecap="butt">'
            f"<title>{escape(title)}</title>" + svg[head + 1:])
