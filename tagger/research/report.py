"""A self-contained HTML report of tagged articles: charts, a network, highlighted articles.

Everything is inline (SVG charts, CSS, a small script for the label filter and search),
so the file opens offline. Articles are rendered with displaCy's entity style.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from html import escape
from html import unescape as html_unescape
from pathlib import Path
from typing import Dict, List, Sequence, Tuple, Union

from ..errors import Errors, TaggerError
from .records import PathLike, article_id, article_meta, article_spans
from .stats import Stats, compute_stats
from ..write import write_text
from .svg import LABEL_COLORS, bar_chart, label_color, legend_html, line_chart, network_chart

CHART_LABELS = (("PERSON", "People"), ("ORG", "Organizations"), ("LOC", "Places"),
                ("SLOGAN", "Slogans"))

_CSS = """
body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0 2em 4em;
color:#222}
h1{margin-top:1em}section{margin-top:2em}
.charts{display:flex;flex-wrap:wrap;gap:1.5em}
.chart text{font-size:12px}.chart .chart-title{font-size:14px;font-weight:bold}
#controls{position:sticky;top:0;background:#fff;padding:.6em 0;border-bottom:1px solid #ddd;
z-index:2}
#search{width:20em;padding:.3em}.label-toggle{margin-left:1em;cursor:pointer;padding:.1em .4em;
border-radius:.3em}
article.doc{border-bottom:1px solid #eee;padding:1em 0}article.doc h3{margin:.2em 0}
.meta,.keywords{color:#666;font-size:.9em}
mark.entity.off{background:none!important;padding:0!important}
mark.entity.off>span{display:none}
.legend-item{margin-right:1em}.swatch{display:inline-block;width:.8em;height:.8em;
margin-right:.3em;border-radius:.2em}
.empty{color:#888}
"""

# Runs at load: labels every highlighted span (data-label), builds the label filter with
# counts, wires the search box, applies a view preset from the URL hash
# (#labels=SLOGAN,PERSON&q=text) and marks the page ready (data-ready) for tests.
_JS = """
(function () {
  var marks = Array.prototype.slice.call(document.querySelectorAll('#articles mark.entity'));
  var counts = {};
  marks.forEach(function (m) {
    var tag = m.querySelector('span');
    var label = tag ? tag.textContent.trim() : '';
    m.setAttribute('data-label', label);
    counts[label] = (counts[label] || 0) + 1;
  });
  var docs = Array.prototype.slice.call(document.querySelectorAll('#articles article.doc'));
  var filter = document.getElementById('label-filter');
  var search = document.getElementById('search');
  var status = document.getElementById('match-count');
  Object.keys(counts).sort().forEach(function (label) {
    var item = document.createElement('label');
    item.className = 'label-toggle';
    item.setAttribute('data-label', label);
    item.style.background = (window.TAGGER_COLORS || {})[label] || '#ddd';
    var box = document.createElement('input');
    box.type = 'checkbox'; box.checked = true; box.value = label;
    box.addEventListener('change', apply);
    item.appendChild(box);
    item.appendChild(document.createTextNode(' ' + label + ' (' + counts[label] + ')'));
    filter.appendChild(item);
  });
  search.addEventListener('input', apply);
  // A link can preset the view: report.html#labels=SLOGAN,PERSON&q=text
  var hash = {};
  location.hash.replace(/^#/, '').split('&').forEach(function (part) {
    var kv = part.split('=');
    if (kv[0]) { hash[kv[0]] = decodeURIComponent(kv.slice(1).join('=')); }
  });
  if (hash.labels) {
    var wanted = hash.labels.split(',');
    Array.prototype.forEach.call(filter.querySelectorAll('input'), function (b) {
      b.checked = wanted.indexOf(b.value) >= 0;
    });
  }
  if (hash.q) { search.value = hash.q; }
  function apply() {
    var active = {};
    Array.prototype.forEach.call(filter.querySelectorAll('input:checked'), function (b) {
      active[b.value] = true;
    });
    var query = search.value.trim().toLowerCase();
    marks.forEach(function (m) {
      m.classList.toggle('off', !active[m.getAttribute('data-label')]);
    });
    var shown = 0;
    docs.forEach(function (doc) {
      var labels = (doc.getAttribute('data-labels') || '').toLowerCase().split(' ');
      var ok = !query || labels.indexOf(query) >= 0 ||
               doc.textContent.toLowerCase().indexOf(query) >= 0;
      doc.hidden = !ok;
      if (ok) { shown += 1; }
    });
    var on = marks.filter(function (m) { return !m.classList.contains('off'); }).length;
    status.textContent = shown + ' / ' + docs.length + ' articles, ' + on + ' highlighted spans';
    status.setAttribute('data-shown', shown);
    status.setAttribute('data-highlighted', on);
  }
  apply();
  document.body.setAttribute('data-ready', '1');
})();
"""


def render_article(record: Dict) -> str:
    """One article as HTML: heading, meta line, displaCy-highlighted text, keywords."""
    from spacy import displacy

    text = record.get("text") or ""
    ents = []
    end = 0
    for span in sorted(article_spans(record), key=lambda s: (s.get("start", 0), -s.get("end", 0))):
        start, stop = span.get("start"), span.get("end")
        if not isinstance(start, int) or not isinstance(stop, int):
            continue
        if start < end or not 0 <= start < stop <= len(text):
            continue  # displaCy needs sorted, non-overlapping spans inside the text
        # displaCy escapes the text but not labels: escape them here.
        ents.append({"start": start, "end": stop, "label": escape(str(span.get("label")))})
        end = stop
    html = displacy.render({"text": text, "ents": ents, "title": None}, style="ent",
                           manual=True, page=False, minify=True, jupyter=False,
                           options={"colors": dict(LABEL_COLORS)})
    doc_id = article_id(record)
    title = article_meta(record, "title") or doc_id
    meta = " · ".join(v for v in (doc_id, article_meta(record, "date"),
                                  article_meta(record, "page"),
                                  article_meta(record, "section")) if v)
    labels = " ".join(sorted({html_unescape(e["label"]) for e in ents}))
    keywords = [kw.get("text") for kw in record.get("keywords") or [] if isinstance(kw, dict)]
    keyword_html = (f'<p class="keywords">keywords: {escape("、".join(map(str, keywords)))}</p>'
                    if keywords else "")
    return (f'<article class="doc" data-id="{escape(doc_id, quote=True)}" '
            f'data-labels="{escape(labels, quote=True)}"><h3>{escape(title)}</h3>'
            f'<p class="meta">{escape(meta)}</p>{html}{keyword_html}</article>')


def slogan_timeline(stats: Stats, *, size: int = 5) -> Tuple[List[str], Dict[str, List[int]]]:
    """Dates and the mentions per date of the ``size`` most frequent slogans."""
    per_form: Dict[str, Counter] = defaultdict(Counter)
    for (date, label, form), count in stats.by_meta["date"].items():
        if label == "SLOGAN":
            per_form[form][date] += count
    dates = sorted({d for c in per_form.values() for d in c})
    best = sorted(per_form, key=lambda f: (-sum(per_form[f].values()), f))[:size]
    return dates, {form: [per_form[form][d] for d in dates] for form in best}


def network_data(stats: Stats, *, size: int = 30, min_count: int = 1
                 ) -> Tuple[List[Tuple[str, str, int]], List[Tuple[int, int, int]]]:
    """Nodes ``(form, label, articles)`` of the most frequent co-occurring entities, and edges."""
    top = [k for k, _ in sorted(stats.form_articles.items(), key=lambda kc: (-kc[1], kc[0]))]
    pairs = stats.pairs(min_count=min_count, among=top[:size])
    linked = {key for pair in pairs for key in (pair.a, pair.b)}
    keys = [key for key in top[:size] if key in linked]
    index = {key: i for i, key in enumerate(keys)}
    edges = [(index[p.a], index[p.b], p.count) for p in pairs]
    nodes = [(form, label, stats.form_articles[(label, form)]) for label, form in keys]
    return nodes, edges


def build_report(paths: Sequence[PathLike], *, title: str = "tagger report",
                 max_articles: int = 200, top: int = 15, network_size: int = 30,
                 timeline_size: int = 5, min_pair_count: int = 1) -> str:
    """The report of tagged JSONL files as one HTML string (one pass over the input).

    max_articles: articles rendered with highlights (the first ones; charts count all).
    top: bars per chart. network_size: entities in the network. timeline_size: slogans in
    the timeline. min_pair_count: articles a pair needs to be an edge.
    """
    for option, value in (("--max-articles", max_articles), ("--top", top),
                          ("--network-size", network_size)):
        if value < 0:
            raise TaggerError(Errors.E402.format(option=option, constraint="an integer >= 0",
                                                 value=value))
    rendered: List[str] = []

    def keep(record: Dict) -> None:
        if len(rendered) < max_articles:
            rendered.append(render_article(record))

    stats = compute_stats(paths, on_article=keep)
    charts = "".join(bar_chart(f"{name} ({label})", [(form, count) for (_, form), count
                                                      in stats.top_forms(label, limit=top)],
                               color=label_color(label), chart_id=f"chart-{label.lower()}")
                     for label, name in CHART_LABELS)
    dates, series = slogan_timeline(stats, size=timeline_size)
    timeline = (line_chart("Slogan mentions by date", dates, series, chart_id="chart-timeline")
                if dates and series else
                '<p class="empty" id="chart-timeline">No slogan mentions with a date in '
                'meta.date.</p>')
    nodes, edges = network_data(stats, size=network_size, min_count=min_pair_count)
    network = network_chart("Entities that occur in the same articles", nodes, edges,
                            chart_id="chart-network")
    total_mentions = sum(stats.labels.values())
    summary = (f"{stats.n_articles} articles, {total_mentions} tagged spans "
               f"({', '.join(f'{l} {c}' for l, c in sorted(stats.labels.items()))}); "
               f"{len(rendered)} articles shown below.")
    colors = ",".join(f'"{escape(l)}":"{c}"' for l, c in LABEL_COLORS.items())
    return "".join([
        '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f'<header><h1>{escape(title)}</h1><p class="summary">{escape(summary)}</p>',
        f'<p class="legend">{legend_html()}</p></header>',
        f'<section id="charts"><h2>Most frequent entities and slogans</h2>'
        f'<div class="charts">{charts}</div>',
        f'<h2>Slogans over time</h2>{timeline}',
        f'<h2>Co-occurrence network</h2>{network}</section>',
        '<section id="articles"><h2>Articles</h2><div id="controls">',
        '<input id="search" type="search" placeholder="search text or label (e.g. SLOGAN)">',
        '<span id="label-filter"></span> <span id="match-count"></span></div>',
        "".join(rendered),
        f"</section><script>window.TAGGER_COLORS={{{colors}}};{_JS}</script></body></html>",
    ])


def write_report(paths: Sequence[PathLike], output: Union[str, Path], **options) -> Path:
    """Write :func:`build_report` to ``output`` and return its path."""
    html = build_report(paths, **options)
    return write_text(output, html, inputs=[str(p) for p in paths])
