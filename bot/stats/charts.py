"""Server-rendered SVG charts for the dashboard; counts below five are never drawn. Each chart
is decorative beside its table (aria-hidden): screen readers read the table."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

from bot.stats.dashboard import WEEKDAYS, Line
from bot.stats.export import SUPPRESS_BELOW


def bars(rows: Sequence[Line], *, width: int = 420) -> Markup:
    """Horizontal bars, this period dark and the period before light."""
    visible = [r for r in rows if r.visible]
    if not visible:
        return Markup("")
    def before(r: Line) -> int:  # the period before, as far as it may be drawn
        return r.before if r.before >= SUPPRESS_BELOW and not r.hidden_before else 0

    top = max(max(r.count, before(r)) for r in visible) or 1
    label_w, row_h, bar_w = 170, 26, width - 170 - 50
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" aria-hidden="true" '
             f'focusable="false" width="{width}" height="{row_h * len(visible) + 6}" '
             f'viewBox="0 0 {width} {row_h * len(visible) + 6}">']
    for i, r in enumerate(visible):
        y = i * row_h + 4
        now_w = round(bar_w * r.count / top)
        before_w = round(bar_w * before(r) / top)
        parts.append(f'<text x="0" y="{y + 14}" font-size="12">{escape(r.label[:28])}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{before_w}" height="8" '
                     f'fill="#9db7d5"/>')
        parts.append(f'<rect x="{label_w}" y="{y + 9}" width="{now_w}" height="10" '
                     f'fill="#1d4f91"/>')
        parts.append(f'<text x="{label_w + now_w + 4}" y="{y + 18}" font-size="11">'
                     f'{r.count}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def heat(grid: Sequence[Sequence[int]], closed: Sequence[Sequence[int]] = ()) -> Markup:
    """A 7 × 24 heat map of messages by weekday and hour; cells below five stay blank. An
    orange frame marks an hour in which at least five recommendations found every fitting
    offer closed (`closed`, the same grid of the hour_closed counters)."""
    cell, left, head = 16, 28, 16
    top = max((n for row in grid for n in row), default=0) or 1
    width, height = left + 24 * cell, head + 7 * cell
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" aria-hidden="true" '
             f'focusable="false" width="{width}" height="{height}" viewBox="0 0 {width} {height}">']
    for hour in range(0, 24, 3):
        parts.append(f'<text x="{left + hour * cell}" y="11" font-size="10">{hour}</text>')
    for d, row in enumerate(grid):
        y = head + d * cell
        parts.append(f'<text x="0" y="{y + 12}" font-size="11">{WEEKDAYS[d]}</text>')
        for hour, n in enumerate(row):
            shade = 0.0 if n < SUPPRESS_BELOW else 0.15 + 0.85 * n / top
            parts.append(f'<rect x="{left + hour * cell}" y="{y}" width="{cell - 1}" '
                         f'height="{cell - 1}" fill="#1d4f91" fill-opacity="{shade:.2f}" '
                         f'stroke="#ccd" stroke-width="0.5"/>')
            if d < len(closed) and closed[d][hour] >= SUPPRESS_BELOW:
                parts.append(f'<rect class="closed" x="{left + hour * cell + 1}" y="{y + 1}" '
                             f'width="{cell - 3}" height="{cell - 3}" fill="none" '
                             f'stroke="#c25400" stroke-width="2"/>')
    parts.append("</svg>")
    return Markup("".join(parts))
