"""Typeset the third held-out set: two more layouts no page-reading rule was written for.

    python data/pages/heldout3/build_heldout3.py --corpus ../shared/corpora/raw_news

Uses the typesetting, key and extraction code of ``data/pages/typeset/build_pages.py``
(same fonts, styles and key format). Article texts come from ``news_000.jsonl`` from line
``FIRST_LINE`` on — past every line another set draws from (``heldout2/`` stops before
line 3,400; the other sets use ``news_001.jsonl``) — leaving out the articles the gold set
was drawn from. Deterministic: the same inputs give byte-identical PDFs.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import List

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "typeset"))
import build_pages as bp  # noqa: E402  (the shared page builder)

CORPUS_FILE = "news_000.jsonl"
#: first corpus line this set may draw from (no other set reaches it)
FIRST_LINE = 5000
#: a subhead set in headline sizes (bold, 1.25 body sizes): told from a title only by where it sits
BIG_SUBHEAD = bp.Style("Hei", 11.8, 17, bold=0.3, indent=0)


def pyramid(sh, text: str, x: float, top: float, w: float, style) -> float:
    """A headline in inverted-pyramid lines (each line shorter than the one above, centred);
    returns the y under it."""
    n = len(text)
    cut = max(1, round(n * 0.6)) if n > 6 else n
    lines = [text[:cut], text[cut:]] if cut < n else [text]
    while len(lines) > 1 and lines[1] and lines[1][0] in bp.NO_START:
        lines = [lines[0] + lines[1][0], lines[1][1:]]
    y = top - style.size
    for line in (l for l in lines if l):
        lw = bp.width(line, style)
        sh.line(x + (w - lw) / 2, y, line, style)
        y -= style.leading
    return y + style.leading - style.size * 0.4


def tabloid_front(sh, pool, cr, variant: int) -> None:
    """Tabloid front page: masthead, one big photo across the page with its caption, then
    three stories stacked in bands, each with its headline block (title, byline) in a column
    at the left of its body's three columns; bands parted by rules (first page) or by
    whitespace only (second page)."""
    mast = bp.Style("Hei", 54, 60, bold=1.0, indent=0)
    sh.furniture_text("东岸都市报", 36, 1112, mast)
    for i, t in enumerate([f"2024年5月{20 + variant}日 星期{'一二'[variant]}",
                           f"第{4410 + variant}期  今日24版", "东岸都市报社出版"]):
        sh.furniture_text(t, sh.w - 36, 1150 - i * 14, bp.SMALL, "right")
    sh.rule(36, 1098, sh.w - 36, 1098, 2.4)
    w = sh.w - 72
    p, = cr.wrapping(f"{bp.CAPTION_TEXTS[(3 + variant) % 8]}（记者 {{}} 摄）", "", w, bp.CAPTION)
    y = sh.photo(36, 1088, w, 330, f"{bp.CAPTION_TEXTS[(3 + variant) % 8]}（记者 {p} 摄）",
                 bp.CAPTION, [p])
    y -= 14
    band_h = (y - 70) / 3
    head_w = 170
    for k in range(3):
        if variant == 0 and k:
            sh.rule(36, y + 7, sh.w - 36, y + 7, 0.8)
        story = pool.take(500, 1200, max_title=16, subheads=False)
        ty = sh.title(story.title, 36, y - 2, head_w, bp.head([22, 20, 20][k], bold=0.5),
                      align="left", max_chars=7)
        r = cr.next()
        byline = f"本报记者 {r}"
        sh.line(36, ty - 14, byline, bp.BYLINE)
        bx = 36 + head_w + 16
        frames = bp.columns(bx, y - 2, sh.w - 36 - bx, band_h - 22, 3, 12)
        printed, _ = sh.body(story.paras, frames, bp.BODY_SONG)
        sh.article(story, printed, title=story.title, byline=byline, people=[r])
        y -= band_h
    bp.footer(sh, f"值班主任：{cr.next()}  本版编辑：{cr.next()}", "东岸都市报  新闻热线 000-00000000")


def sidebar_6col(sh, pool, cr, variant: int) -> None:
    """Six columns: a main article over four columns, title above, with bold subheads in
    headline sizes inside its columns; a second article over the same four columns below a
    rule, title above, photo in its last column; a ruled box over the two columns at the
    side (left on the first page, right on the second) under a 简讯 label, holding briefs
    whose titles are set in inverted-pyramid lines, each brief's body across the box."""
    top = bp.inside_header(sh, f"2024年6月{3 + variant}日 星期{'一二'[variant]}", "综合新闻",
                           f"西津日报  第{5 + variant}版")
    cols = bp.columns(36, top - 6, sh.w - 72, 0, 6, 10)
    side = cols[:2] if variant == 0 else cols[4:]
    main = cols[2:] if variant == 0 else cols[:4]
    mx, mw = main[0].x, main[-1].x + main[-1].w - main[0].x
    art = pool.take(1600, max_title=20, subheads=True)
    while not any(k == "sub" for k, _ in art.paras[:6]):
        art = pool.take(1600, max_title=20, subheads=True)
    ty = sh.title(art.title, mx, top - 8, mw, bp.head(26, bold=0.6))
    r1, r2 = cr.next(), cr.next()
    byline = f"本报记者 {r1} {r2}"
    sh.line(mx + (mw - bp.width(byline, bp.BYLINE)) / 2, ty - 12, byline, bp.BYLINE)
    main_h = 560
    frames = [bp.Frame(c.x, ty - 24, c.w, main_h) for c in main]
    printed, low = sh.body(art.paras, frames, bp.BODY_SONG, sub=BIG_SUBHEAD)
    sh.article(art, printed, title=art.title, byline=byline, people=[r1, r2])
    y = ty - 24 - main_h - 12
    sh.rule(mx, y, mx + mw, y, 1.0)
    second = pool.take(600, subheads=False)
    ty = sh.title(second.title, mx, y - 8, mw, bp.head(20, bold=0.5))
    r3 = cr.next()
    lead_in = f"本报讯（记者 {r3}）"
    ph = main[-1]
    p, = cr.wrapping(f"{bp.CAPTION_TEXTS[(6 + variant) % 8]}{{}} 摄", "", ph.w, bp.CAPTION)
    sh.photo(ph.x, ty - 8, ph.w, 150, f"{bp.CAPTION_TEXTS[(6 + variant) % 8]}{p} 摄", bp.CAPTION, [p])
    printed, _ = sh.body(second.paras, [bp.Frame(c.x, ty - 8, c.w, ty - 8 - 70) for c in main[:-1]],
                         bp.BODY_SONG, lead_in=lead_in)
    sh.article(second, printed, title=second.title, byline=lead_in, people=[r3])
    # the ruled sidebar of briefs
    sx, sw = side[0].x, side[1].x + side[1].w - side[0].x
    box_top, box_low = top - 6, 70
    sh.rule(sx - 4, box_top, sx + sw + 4, box_top, 0.8)
    sh.rule(sx - 4, box_low, sx + sw + 4, box_low, 0.8)
    sh.rule(sx - 4, box_top, sx - 4, box_low, 0.8)
    sh.rule(sx + sw + 4, box_top, sx + sw + 4, box_low, 0.8)
    sh.c.setFillGray(0.85)
    sh.c.rect(sx, box_top - 26, sw, 20, stroke=0, fill=1)
    sh.c.setFillGray(0)
    sh.furniture_text("简 讯", sx + sw / 2, box_top - 21, bp.head(13), "center")
    by = box_top - 36
    for k in range(8):
        if by - box_low < 130:
            break
        brief = pool.take(200, 600, max_title=18, subheads=False)
        by = pyramid(sh, brief.title, sx, by, sw, bp.head(14, bold=0.4))
        people: List[str] = []
        lead_in = ""
        if k % 2 == 0:
            who, = cr.wrapping("本报讯（通讯员 {}）", brief.paras[0][1], sw, bp.BODY_SONG)
            lead_in = f"本报讯（通讯员 {who}）"
            people = [who]
        printed, by = sh.body(brief.paras, [bp.Frame(sx, by - 4, sw, min(150, by - 4 - box_low - 8))],
                              bp.BODY_SONG, lead_in=lead_in)
        sh.article(brief, printed, title=brief.title, byline=lead_in or None, people=people)
        by -= 14
    bp.footer(sh, f"责任编辑：{cr.next()}  美术编辑：{cr.next()}", "西津日报社")


LAYOUTS = [
    ("tabloid_front", tabloid_front, "东岸都市报",
     "tabloid front; masthead; one big photo across the page with caption; three stories "
     "stacked in bands, each with its headline and byline in a column left of its 3 body "
     "columns; bands parted by rules (page 1) or whitespace (page 2)"),
    ("sidebar_6col", sidebar_6col, "西津日报",
     "6 columns; main article over 4 columns with title above and bold headline-size "
     "subheads inside its columns; second article below a rule with photo; a ruled box over "
     "2 columns (left on page 1, right on page 2) of briefs under a 简讯 label, titles in "
     "inverted-pyramid lines, bodies across the box, every other one with 本报讯（通讯员…）"),
]


def build(corpus: Path, pages_per_layout: int = 2) -> None:
    bp.build_set(corpus, HERE, LAYOUTS, corpus_file=CORPUS_FILE, first_names=17, first_line=FIRST_LINE,
                 pages_per_layout=pages_per_layout)


def main() -> None:
    bp.set_main(__doc__, build)


if __name__ == "__main__":
    main()
