"""Inline SVG charts for the report: bar charts, a timeline and a network (no JS, no CDN)."""

from __future__ import annotations

import math
from html import escape
from typing import Dict, List, Optional, Sequence, Tuple

import numpy

LABEL_COLORS = {
    "PERSON": "#aa9cfc",
    "ORG": "#7aecec",
    "LOC": "#ff9561",
    "SLOGAN": "#f2c94c",
}
DEFAULT_COLOR = "#c8c8c8"
SERIES_COLORS = ("#e15759", "#4e79a7", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2")


def label_color(label: str) -> str:
    """The colour of a label in charts and highlighted spans."""
    return LABEL_COLORS.get(label, DEFAULT_COLOR)


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def bar_chart(title: str, items: Sequence[Tuple[str, int]], *, color: str = DEFAULT_COLOR,
              width: int = 440, bar_height: int = 18, label_width: int = 150,
              chart_id: str = "") -> str:
    """A horizontal bar chart of ``(name, value)`` items, largest first as given."""
    gap = 6
    top = 28
    height = top + max(len(items), 1) * (bar_height + gap) + 8
    scale = (width - label_width - 60) / max((v for _, v in items), default=1)
    parts = [f'<svg class="chart bar-chart" id="{_attr(chart_id)}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" aria-label="{_attr(title)}">',
             f'<text class="chart-title" x="0" y="16">{escape(title)}</text>']
    if not items:
        parts.append(f'<text class="empty" x="0" y="{top + 12}">no data</text>')
    for i, (name, value) in enumerate(items):
        y = top + i * (bar_height + gap)
        w = max(value * scale, 1.0)
        parts.append(
            f'<text class="bar-label" x="{label_width - 6}" y="{y + bar_height - 5}" '
            f'text-anchor="end">{escape(_clip(name, 12))}</text>'
            f'<rect class="bar" x="{label_width}" y="{y}" width="{w:.1f}" '
            f'height="{bar_height}" fill="{_attr(color)}" data-name="{_attr(name)}" '
            f'data-value="{value}"><title>{escape(name)}: {value}</title></rect>'
            f'<text class="bar-value" x="{label_width + w + 4:.1f}" '
            f'y="{y + bar_height - 5}">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)


def line_chart(title: str, xs: Sequence[str], series: Dict[str, Sequence[int]], *,
               width: int = 900, height: int = 300, chart_id: str = "") -> str:
    """Lines of counts over ordered x values (dates), one per series, with a legend."""
    left, right, top, bottom = 40, 180, 28, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max((max(v) for v in series.values() if len(v)), default=1) or 1
    step = plot_w / max(len(xs) - 1, 1)

    def point(i: int, v: int) -> Tuple[float, float]:
        x = left + (i * step if len(xs) > 1 else plot_w / 2)
        return x, top + plot_h - v / peak * plot_h

    parts = [f'<svg class="chart line-chart" id="{_attr(chart_id)}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" aria-label="{_attr(title)}">',
             f'<text class="chart-title" x="0" y="16">{escape(title)}</text>',
             f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" '
             f'y2="{top + plot_h}" stroke="#888"/>',
             f'<line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" '
             f'stroke="#888"/>',
             f'<text class="tick" x="{left - 4}" y="{top + 4}" text-anchor="end">{peak}</text>',
             f'<text class="tick" x="{left - 4}" y="{top + plot_h}" text-anchor="end">0</text>']
    every = max(1, math.ceil(len(xs) / 8))
    for i, x_value in enumerate(xs):
        if i % every == 0 or i == len(xs) - 1:
            x, _ = point(i, 0)
            parts.append(f'<text class="tick" x="{x:.1f}" y="{top + plot_h + 16}" '
                         f'text-anchor="middle">{escape(x_value)}</text>')
    for n, (name, values) in enumerate(series.items()):
        color = SERIES_COLORS[n % len(SERIES_COLORS)]
        points = [point(i, v) for i, v in enumerate(values)]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        parts.append(f'<polyline class="series" data-name="{_attr(name)}" points="{path}" '
                     f'fill="none" stroke="{color}" stroke-width="2"/>')
        for (x, y), v, x_value in zip(points, values, xs):
            parts.append(f'<circle class="point" cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{color}">'
                         f'<title>{escape(name)} {escape(x_value)}: {v}</title></circle>')
        ly = top + 14 + n * 18
        parts.append(f'<rect x="{width - right + 12}" y="{ly - 9}" width="10" height="10" '
                     f'fill="{color}"/><text class="legend" x="{width - right + 26}" '
                     f'y="{ly}">{escape(_clip(name, 10))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def force_layout(n_nodes: int, edges: Sequence[Tuple[int, int, float]], *,
                 iterations: int = 300, seed: int = 0) -> numpy.ndarray:
    """Fruchterman-Reingold positions in the unit square, deterministic for a given seed."""
    if n_nodes == 0:
        return numpy.zeros((0, 2))
    angles = numpy.linspace(0.0, 2.0 * math.pi, n_nodes, endpoint=False)
    rng = numpy.random.default_rng(seed)
    pos = numpy.stack([numpy.cos(angles), numpy.sin(angles)], axis=1) * 0.5
    pos += rng.normal(scale=0.01, size=pos.shape)
    k = math.sqrt(1.0 / n_nodes)
    weights = numpy.zeros((n_nodes, n_nodes))
    for a, b, w in edges:
        weights[a, b] = weights[b, a] = w
    if weights.max() > 0:
        weights = weights / weights.max()
    temperature = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = numpy.sqrt((delta ** 2).sum(axis=2)) + 1e-9
        repulse = (k * k / dist ** 2)[:, :, None] * delta
        attract = (weights * dist / k)[:, :, None] * delta
        disp = (repulse - attract).sum(axis=1)
        length = numpy.sqrt((disp ** 2).sum(axis=1))[:, None] + 1e-9
        pos += disp / length * numpy.minimum(length, temperature)
        temperature = max(temperature * 0.98, 0.002)
    pos -= pos.min(axis=0)
    span = pos.max(axis=0)
    span[span == 0] = 1.0
    return pos / span


def network_chart(title: str, nodes: Sequence[Tuple[str, str, int]],
                  edges: Sequence[Tuple[int, int, int]], *, width: int = 900,
                  height: int = 600, chart_id: str = "") -> str:
    """A co-occurrence network: nodes ``(name, label, articles)``, edges ``(i, j, count)``."""
    margin = 60
    pos = force_layout(len(nodes), [(a, b, float(c)) for a, b, c in edges])
    xy = [(margin + x * (width - 2 * margin), 30 + margin / 2 + y * (height - 30 - margin))
          for x, y in pos]
    top_node = max((n[2] for n in nodes), default=1) or 1
    top_edge = max((e[2] for e in edges), default=1) or 1
    parts = [f'<svg class="chart network" id="{_attr(chart_id)}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" aria-label="{_attr(title)}">',
             f'<text class="chart-title" x="0" y="16">{escape(title)}</text>']
    if not nodes:
        parts.append('<text class="empty" x="0" y="44">no co-occurring entities</text>')
    for a, b, count in edges:
        (x1, y1), (x2, y2) = xy[a], xy[b]
        parts.append(f'<line class="edge" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" '
                     f'y2="{y2:.1f}" stroke="#999" stroke-opacity="0.6" '
                     f'stroke-width="{0.5 + 4.5 * count / top_edge:.2f}">'
                     f'<title>{escape(nodes[a][0])} – {escape(nodes[b][0])}: {count}</title>'
                     f'</line>')
    for (name, label, count), (x, y) in zip(nodes, xy):
        radius = 5 + 15 * math.sqrt(count / top_node)
        parts.append(f'<g class="node" data-label="{_attr(label)}" data-name="{_attr(name)}">'
                     f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" '
                     f'fill="{label_color(label)}" stroke="#555"><title>{escape(name)} '
                     f'({escape(label)}): {count}</title></circle>'
                     f'<text x="{x:.1f}" y="{y - radius - 3:.1f}" text-anchor="middle">'
                     f'{escape(_clip(name, 10))}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def _clip(text: str, size: int) -> str:
    return text if len(text) <= size else text[:size - 1] + "…"


def legend_html(labels: Optional[List[str]] = None) -> str:
    """A colour legend of labels as HTML."""
    labels = labels or list(LABEL_COLORS)
    return "".join(f'<span class="legend-item"><span class="swatch" style="background:'
                   f'{label_color(l)}"></span>{escape(l)}</span>' for l in labels)
