"""Typeset the second held-out set: two layouts no page-reading rule was written for.

    python data/pages/heldout2/build_heldout2.py --corpus ../shared/corpora/raw_news

Uses the typesetting, key and extraction code of ``data/pages/typeset/build_pages.py``
(same fonts, styles and key format) with article texts from the corpus's other file
(``news_000.jsonl``, which no other set draws from), leaving out the articles the gold set
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


def grid_briefs(sh, pool, cr, variant: int) -> None:
    """4 columns: a lead over all four with a photo, then rows of briefs, each over two
    columns with its title set right under the row above (no rules), some opening with
    本报讯（记者 …）, some without a dateline."""
    top = bp.inside_header(sh, f"2024年3月{6 + variant}日 星期{'三四'[variant]}", "县域·简讯",
                           f"松原晚报  第{9 + variant}版")
    cols = bp.columns(36, top - 6, sh.w - 72, 0, 4, 12)
    w = sh.w - 72
    lead = pool.take(900, 1600, max_title=20, subheads=False)
    y = sh.title(lead.title, 36, top - 8, w, bp.head(24, bold=0.5))
    r1 = cr.next()
    byline = f"本报记者 {r1}"
    sh.line(36 + (w - bp.width(byline, bp.BYLINE)) / 2, y - 12, byline, bp.BYLINE)
    y -= 26
    ph = cols[3] if variant == 0 else cols[0]
    p, = cr.wrapping(f"{bp.CAPTION_TEXTS[(5 + variant) % 8]}（记者 {{}} 摄）", "", ph.w, bp.CAPTION)
    under = sh.photo(ph.x, y, ph.w, 130, f"{bp.CAPTION_TEXTS[(5 + variant) % 8]}（记者 {p} 摄）",
                     bp.CAPTION, [p])
    body_h = 240
    frames = [bp.Frame(c.x, y if c is not ph else under - 6, c.w, body_h if c is not ph else body_h - (y - under) - 6)
              for c in cols]
    printed, _ = sh.body(lead.paras, frames, bp.BODY_SONG)
    sh.article(lead, printed, title=lead.title, byline=byline, people=[r1])
    y -= body_h + 14
    sh.rule(36, y + 6, sh.w - 36, y + 6, 1.2)
    row_h = [150, 170, 150][variant:] + [160]
    k = 0
    while y - 60 > 100:
        h = min(row_h[k % len(row_h)], y - 100)
        low = y
        for half in (cols[:2], cols[2:]):
            brief = pool.take(250, 700, max_title=14, subheads=False)
            x0, bw = half[0].x, half[1].x + half[1].w - half[0].x
            ty = sh.title(brief.title, x0, y, bw, bp.head(14, bold=0.4), align="left")
            lead_in = ""
            people: List[str] = []
            if (k + (half is not cols[:2])) % 2 == 0:
                who, = cr.wrapping("本报讯（记者 {}）", brief.paras[0][1], half[0].w, bp.BODY_SONG)
                lead_in = f"本报讯（记者 {who}）"
                people = [who]
            printed, end = sh.body(brief.paras, [bp.Frame(c.x, ty - 4, c.w, h) for c in half],
                                   bp.BODY_SONG, lead_in=lead_in)
            sh.article(brief, printed, title=brief.title, byline=lead_in or None, people=people)
            low = min(low, end)
        y = low - 8
        k += 1
    bp.footer(sh, f"责任编辑：{cr.next()}  校对：{cr.next()}", "松原晚报社")


def magazine_right(sh, pool, cr, variant: int) -> None:
    """Magazine-like page: a feature with a large vertical title and a vertical kicker at the
    right edge, its body in three columns to the left; below, a photo at the left with its
    caption beside it and a short article whose headline block stands right of its two
    body columns, set low."""
    top = bp.inside_header(sh, "青禾周末", "人物·风尚", f"2024年4月{13 + variant}日  第{21 + variant}版")
    feature = pool.take(1500, max_title=11, subheads=True)
    while " " in feature.title or any(ch in feature.title for ch in "“”《》：，（）()—"):
        feature = pool.take(1500, max_title=11, subheads=True)
    vt = bp.head(34, bold=0.8)
    x_title = sh.w - 36 - 36
    sh.vertical(feature.title, x_title, top - 10, vt)
    kicker = ["封面故事", "本期关注"][variant]
    kst = bp.Style("MicroHei", 13, 14, indent=0)
    sh.vertical(kicker, x_title - 24, top - 10, kst)
    r1 = cr.next()
    sh.vertical(f"文/{r1}", x_title - 24, top - 10 - 13 * 1.08 * len(kicker) - 16, bp.Style("MicroHei", 9, 10, indent=0))
    body_w = x_title - 24 - 16 - 36
    cols = bp.columns(36, top - 6, body_w, 560, 3, 14)
    printed, _ = sh.body(feature.paras, cols, bp.BODY_HEI, sub=bp.SUBHEAD)
    sh.article(feature, printed, title=feature.title, kicker=kicker, byline=f"文/{r1}", people=[r1])
    y = top - 580
    sh.rule(36, y, sh.w - 36, y, 0.8)
    pw = 200
    p, = cr.wrapping(f"{bp.CAPTION_TEXTS[(7 + variant) % 8]}（{{}} 摄）", "", 120, bp.CAPTION)
    cap = f"{bp.CAPTION_TEXTS[(7 + variant) % 8]}（{p} 摄）"
    sh.c.setFillGray(0.72)
    sh.c.rect(36, y - 12 - 220, pw, 220, stroke=0, fill=1)
    sh.c.setFillGray(0)
    cy = y - 12 - bp.CAPTION.size
    for text in bp.break_lines(cap, 110, bp.CAPTION):
        sh.line(36 + pw + 10, cy, text, bp.CAPTION)
        cy -= bp.CAPTION.leading
    sh.captions.append(cap)
    sh.names.append(p)
    second = pool.take(900, max_title=16, subheads=False)
    bx = 36 + pw + 10 + 110 + 16
    hcol_w = 150
    bcols = bp.columns(bx, y - 12, sh.w - 36 - hcol_w - 14 - bx, 420, 2, 12)
    hx = sh.w - 36 - hcol_w
    ty = sh.title(second.title, hx, y - 12 - [90, 140][variant], hcol_w, bp.head(22, bold=0.5),
                  align="left", max_chars=6)
    c1, c2 = cr.next(), cr.next()
    byline = f"□记者 {c1} 实习生 {c2}"
    for i, part in enumerate([f"□记者 {c1}", f"实习生 {c2}"]):
        sh.line(hx, ty - 14 - i * 13, part, bp.BYLINE)
    printed, _ = sh.body(second.paras, bcols, bp.BODY_SONG)
    sh.article(second, printed, title=second.title, byline=byline, people=[c1, c2])
    bp.footer(sh, f"主编：{cr.next()}  美编：{cr.next()}", "青禾周末")


LAYOUTS = [
    ("grid_briefs", grid_briefs, "松原晚报",
     "4 columns; lead over all four with photo; rows of briefs over two columns each, titles "
     "set right under the row above without rules, some with 本报讯（记者…）, some without"),
    ("magazine_right", magazine_right, "青禾周末",
     "magazine-like; feature with large vertical title, vertical kicker and 文/ byline at the "
     "right edge, body in 3 columns left of it; photo with caption beside it; short article "
     "with its headline block right of its 2 body columns, set low, 2-line byline under it"),
]


def build(corpus: Path, pages_per_layout: int = 2) -> None:
    bp.build_set(corpus, HERE, LAYOUTS, corpus_file=CORPUS_FILE, first_names=7,
                 pages_per_layout=pages_per_layout)


def main() -> None:
    bp.set_main(__doc__, build)


if __name__ == "__main__":
    main()
