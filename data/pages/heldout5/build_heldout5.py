"""Typeset the fifth held-out set: three more layouts no page-reading rule was written for.

    python data/pages/heldout5/build_heldout5.py --corpus ../shared/corpora/raw_news

Uses the typesetting, key, extraction and self-check code of
``data/pages/typeset/build_pages.py`` (``build_set``, ``check_page``; same fonts, styles and
key format). Article texts come from ``news_000.jsonl`` lines ``FIRST_LINE`` to
``LAST_LINE`` — a stretch no other set draws from (``heldout2/`` stops before line 3,400 of
that file, ``heldout3/`` starts at line 5,000; ``typeset/``, ``heldout/`` and ``heldout4/``
use ``news_001.jsonl``) — leaving out the articles the gold set was drawn from.
Deterministic: the same inputs give byte-identical PDFs.

Each page is checked as it is written (``check_page``): every string drawn is found in the
page's ``pdftotext`` dump (whitespace removed), the key holds exactly the characters drawn
(no more, no fewer), and each body is the run of lines drawn for it, in the order drawn.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "typeset"))
import build_pages as bp  # noqa: E402  (the shared page builder)

CORPUS_FILE = "news_000.jsonl"
#: the corpus lines this set draws from, ``FIRST_LINE <= line < LAST_LINE`` (no other set's)
FIRST_LINE, LAST_LINE = 3400, 5000

#: captions of this set (invented)
CAPTIONS = [
    "7月2日，游客在湿地公园栈道上观赏荷花。近年来，当地持续推进湿地生态修复，园内鸟类增至120余种。",
    "村民在合作社的育苗大棚里移栽蔬菜苗。合作社今年带动周边农户400多户，户均增收逾万元。",
    "工人在港区集装箱码头装卸货物。今年上半年，港口集装箱吞吐量同比增长一成以上。",
]
#: short editor's notes in boxes (invented), with their titles
EDITOR_NOTES = [
    ("编后", "这组报道记录的，是基层干部群众一点一滴的努力。把小事办实、把实事办好，"
            "群众的获得感就藏在这些细节里。我们期待更多这样的故事。"),
    ("编辑点评", "好的做法贵在坚持，也贵在推广。本版今天刊发这组报道，希望为各地提供可资借鉴的经验，"
              "也欢迎读者来信谈谈身边的新变化。"),
]


def _box(sh, x1: float, y1: float, x2: float, y2: float, lw: float = 0.9) -> None:
    """Rules on all four sides of a box (top left, bottom right corners)."""
    for a, b, c, d in ((x1, y1, x2, y1), (x1, y2, x2, y2), (x1, y1, x1, y2), (x2, y1, x2, y2)):
        sh.rule(a, b, c, d, lw)


def _span(frames) -> tuple:
    """Left x and width of a run of columns."""
    return frames[0].x, frames[-1].x + frames[-1].w - frames[0].x


def l_shaped_wrap(sh, pool, cr, variant: int) -> None:
    """5 columns (page 1) or 4 (page 2): a lead whose body wraps in an L around a large photo
    — full columns on one side, short columns under the photo (photo on the right of the
    lead, caption under it, on page 1; on the left, caption inside the photo, on page 2) —
    under a headline over the whole L and a byline line; a one-column article with its title
    on top down the other edge of the page (right, or left), parted by a rule; under a rule,
    a third article across the lead's columns."""
    ncol = [5, 4][variant]
    body_st = [bp.BODY_SONG, bp.Style("MicroHei", 10.0, 15.2)][variant]
    top = bp.inside_header(sh, f"2024年7月{3 + variant}日 星期{'三四'[variant]}", "区域·发展",
                           f"西陵日报  第{5 + variant}版")
    cols = bp.columns(36, top - 6, sh.w - 72, 0, ncol, 12)
    side, lead_cols = [(cols[-1], cols[:-1]), (cols[0], cols[1:])][variant]
    lx, lw = _span(lead_cols)
    lead_h = [640, 610][variant]
    lead = pool.take(1500, max_title=20)
    ty = sh.title(lead.title, lx, top - 8, lw, bp.head([30, 28][variant], bold=0.7,
                                                        font=["Hei", "MicroHei"][variant]))
    r1, r2 = cr.next(), cr.next()
    byline = f"本报记者 {r1} {r2}"
    sh.line(lx + (lw - bp.width(byline, bp.BYLINE)) / 2, ty - 12, byline, bp.BYLINE)
    body_top = ty - 26
    body_h = lead_h - (top - 6 - body_top)
    photo_cols = [lead_cols[-2:], lead_cols[:2]][variant]
    px, pw = _span(photo_cols)
    p = cr.next()
    caption = f"{CAPTIONS[variant]}（本报记者 {p} 摄）"
    under = sh.photo(px, body_top, pw, [300, 280][variant], caption, bp.CAPTION, [p],
                     caption_inside=variant == 1)
    frames = [bp.Frame(c.x, under - 8, c.w, body_h - (body_top - under) - 8) if c in photo_cols
              else bp.Frame(c.x, body_top, c.w, body_h) for c in lead_cols]
    printed, _ = sh.body(lead.paras, frames, body_st, sub=bp.SUBHEAD)
    sh.article(lead, printed, title=lead.title, byline=byline, people=[r1, r2])
    # the one-column article down the other edge
    gx = side.x - 6 if variant == 0 else side.x + side.w + 6
    sh.rule(gx, top - 6, gx, 60, 0.5)
    src = pool.take(800, max_title=16, subheads=False)
    sty = sh.title(src.title, side.x, top - 10, side.w, bp.head(17, bold=0.4))
    who = cr.next()
    sline = f"□记者 {who}"
    sh.line(side.x, sty - 12, sline, bp.BYLINE)
    printed, _ = sh.body(src.paras, [bp.Frame(side.x, sty - 26, side.w, sty - 26 - 62)], body_st)
    sh.article(src, printed, title=src.title, byline=sline, people=[who])
    # the third article under the L
    y = top - 6 - lead_h - 10
    sh.rule(lx, y, lx + lw, y, 1.2)
    third = pool.take(900, max_title=20, subheads=False)
    ty = sh.title(third.title, lx, y - 10, lw, bp.head(22, bold=0.5))
    r3, r4 = cr.next(), cr.next()
    byline3 = f"本报通讯员 {r3} 记者 {r4}"
    sh.line(lx + (lw - bp.width(byline3, bp.BYLINE)) / 2, ty - 12, byline3, bp.BYLINE)
    printed, _ = sh.body(third.paras, [bp.Frame(c.x, ty - 24, c.w, ty - 24 - 62) for c in lead_cols],
                         body_st)
    sh.article(third, printed, title=third.title, byline=byline3, people=[r3, r4])
    bp.footer(sh, f"责任编辑：{cr.next()}  校对：{cr.next()}", "西陵日报社出版")


def two_deck_headline(sh, pool, cr, variant: int) -> None:
    """4 columns (page 1) or 3 (page 2): a lead with a two-deck headline (a kicker above in
    a Song face, the main title, a smaller second deck under it) and a 记者 … 通讯员 … byline
    line, its body across all columns, continued under a horizontal rule in the columns below
    (the left two, or the left one); beside the continuation a second article with its own
    two-deck headline and byline line, and under it a short editor's note (编后 / 编辑点评) in
    a box framed by rules on all four sides."""
    ncol = [4, 3][variant]
    body_st = [bp.BODY_SONG, bp.BODY_HEI][variant]
    top = bp.inside_header(sh, f"东沅晚报  第{8 + variant}版", "民生·调查",
                           f"2024年7月{15 + variant}日 星期{'一二'[variant]}")
    w = sh.w - 72
    cols = bp.columns(36, top - 6, w, 0, ncol, 14)
    kick_st = bp.Style(bp.SONG, [14, 13][variant], [18, 17][variant], indent=0)
    lead = pool.take(1500, max_title=20, subtitle=True)
    kicker = ["深度关注", "蹲点日记"][variant]
    y = sh.title(kicker, 36, top - 8, w, kick_st)
    y = sh.title(lead.title, 36, y - 4, w, bp.head([32, 30][variant], bold=0.7))
    deck = lead.subtitle.lstrip("—")
    y = sh.title(deck, 36, y - 4, w, bp.head([17, 16][variant], font="MicroHei"))
    r1, r2 = cr.next(), cr.next()
    byline = f"记者 {r1} 通讯员 {r2}"
    sh.line(36 + (w - bp.width(byline, bp.BYLINE)) / 2, y - 12, byline, bp.BYLINE)
    upper_top = y - 26
    upper_h = [330, 250][variant]
    upper = [bp.Frame(c.x, upper_top, c.w, upper_h) for c in cols]
    band = upper_top - upper_h - 10
    sh.rule(36, band, sh.w - 36, band, 1.0)
    low = 62
    jump_cols = [cols[:2], cols[:1]][variant]
    lower = [bp.Frame(c.x, band - 10, c.w, band - 10 - low) for c in jump_cols]
    printed, _ = sh.body(lead.paras, upper + lower, body_st, sub=bp.SUBHEAD)
    if sh.last_line_y > band:
        raise SystemExit(f"{sh.page_id}: the lead does not continue under the rule")
    sh.article(lead, printed, title=lead.title, kicker=kicker, subtitle=deck, byline=byline,
               people=[r1, r2])
    # the second article beside the continuation
    right = [cols[2:], cols[1:]][variant]
    gx = right[0].x - 7
    sh.rule(gx, band - 6, gx, low, 0.5)
    rx, rw = _span(right)
    second = pool.take(700, max_title=20, subtitle=True, subheads=False)
    kicker2 = ["记者手记", "走进新社区"][variant]
    y = sh.title(kicker2, rx, band - 10, rw, bp.Style(bp.SONG, 12, 15, indent=0))
    y = sh.title(second.title, rx, y - 4, rw, bp.head(22, bold=0.5))
    deck2 = second.subtitle.lstrip("—")
    y = sh.title(deck2, rx, y - 4, rw, bp.head(13, font="MicroHei"))
    r3, r4 = cr.next(), cr.next()
    byline2 = f"记者 {r3} 通讯员 {r4}"
    sh.line(rx + (rw - bp.width(byline2, bp.BYLINE)) / 2, y - 12, byline2, bp.BYLINE)
    box_h = [74, 74][variant]
    box_top = low + box_h
    printed, _ = sh.body(second.paras, [bp.Frame(c.x, y - 24, c.w, y - 24 - box_top - 10) for c in right],
                         body_st)
    sh.article(second, printed, title=second.title, kicker=kicker2, subtitle=deck2, byline=byline2,
               people=[r3, r4])
    # the editor's note in a box
    note_title, note = EDITOR_NOTES[variant]
    ny = sh.title(note_title, rx + 8, box_top - 8, rw - 16, bp.head(13, bold=0.3), align="left")
    note_st = bp.Style("MicroHei", 9.0, 13.6)
    printed, _ = sh.body([("p", note)], [bp.Frame(rx + 8, ny - 6, rw - 16, ny - 6 - low - 4)], note_st)
    if printed[0][1] != note:
        raise SystemExit(f"{sh.page_id}: the editor's note does not fit its box")
    sh.article(None, printed, title=note_title)
    _box(sh, rx, box_top, rx + rw, low, 0.9)
    bp.footer(sh, f"本版编辑：{cr.next()}  美编：{cr.next()}", "东沅晚报社")


def _short_lead(width: float, style, lines: int = 2):
    """``where`` for a teaser: its first sentence fits in ``lines`` lines of a column
    ``width`` wide."""
    def ok(src) -> bool:
        first = bp.sentences(src.paras[0][1])[0]
        return len(bp.break_lines(first, width, style, style.indent * style.size)) <= lines
    return ok


def index_page(sh, pool, cr, variant: int) -> None:
    """A front page: masthead with issue lines; a column of teasers (今日导读: title, a
    summary of at most two lines, 详见第X版) down the right side (page 1) or the left (page
    2); a lead story with kicker, headline, byline line and a photo over its columns (3, or
    4 on page 2); a second story under a rule; a framed weather/date box (beside the
    masthead, or under the teasers)."""
    paper = "东岚日报"
    mast = bp.head([58, 52][variant], bold=1.0, font=["Hei", "MicroHei"][variant])
    mx = [36, sh.w / 2 - bp.width(paper, mast) / 2][variant]
    sh.furniture_text(paper, mx, 1105, mast)
    issue = [f"第{8123}期  今日12版", f"第{15214}期  今日16版"][variant]
    date = ["2024年7月8日  星期一  农历六月初三", "2024年7月9日  星期二  农历六月初四"][variant]
    sh.furniture_text("DONGLAN DAILY", mx if variant == 0 else sh.w / 2,
                      1084, bp.SMALL, ["left", "center"][variant])
    sh.furniture_text(issue, [36, 36][variant], 1062, bp.SMALL)
    sh.furniture_text(date, sh.w - 36 - (216 if variant == 0 else 0), 1062, bp.SMALL,
                      ["right", "right"][variant])
    sh.rule(36, 1054, sh.w - 36, 1054, 2.0)
    sh.rule(36, 1050, sh.w - 36, 1050, 0.5)
    weather = [["今日天气", "多云转晴", "22～31℃", "东南风2级"], ["明日天气", "阵雨转多云", "21～28℃", "空气质量 良"]][variant]
    wst = bp.Style("MicroHei", 10, 14, indent=0)
    tcol_w = 200
    body_st = [bp.BODY_SONG, bp.Style(bp.SONG, 10.0, 15.0)][variant]
    if variant == 0:   # weather box beside the masthead, right
        bx, btop = sh.w - 36 - 200, 1140
        _box(sh, bx, btop, bx + 200, btop - 70, 0.8)
        sh.furniture_text(weather[0], bx + 10, btop - 18, bp.head(12, bold=0.3))
        for i, text in enumerate(weather[1:]):
            sh.furniture_text(text, bx + 10 + (i % 2) * 95, btop - 40 - (i // 2) * 18, wst)
    # the teaser column
    tx = [sh.w - 36 - tcol_w, 36][variant]
    area_top = 1040
    lx = [36, 36 + tcol_w + 16][variant]
    lw = sh.w - 72 - tcol_w - 16
    gx = [tx - 8, tx + tcol_w + 8][variant]
    sh.rule(gx, area_top, gx, 60, 0.6)
    sh.c.setFillGray(0.88)
    sh.c.rect(tx, area_top - 24, tcol_w, 24, stroke=0, fill=1)
    sh.c.setFillGray(0)
    sh.furniture_text("今日导读", tx + tcol_w / 2, area_top - 17, bp.head(14, bold=0.4), "center")
    y = area_top - 34
    tst = [bp.Style("MicroHei", 9.2, 13.8), bp.Style(bp.SONG, 9.5, 14.2)][variant]
    pages = [[2, 3, 5, 6, 9, 11], [3, 4, 6, 7, 10]][variant]
    for k, page_no in enumerate(pages):
        src = pool.take(300, max_title=18, subheads=False, where=_short_lead(tcol_w, tst))
        y = sh.title(src.title, tx, y - 2, tcol_w, bp.head(14, bold=0.3), align="left")
        h = tst.size + 2 * tst.leading + 1
        printed, low = sh.body(src.paras, [bp.Frame(tx, y - 6, tcol_w, h)], tst, tail=[f"详见第{page_no}版"])
        if len(printed) < 2:
            raise SystemExit(f"{sh.page_id}: teaser without a summary: {src.title}")
        sh.article(src, printed, title=src.title)
        y = y - 6 - h - 8
        if k < len(pages) - 1:
            sh.rule(tx, y + 2, tx + tcol_w, y + 2, 0.4)
            y -= 8
    if variant == 1:   # weather box under the teasers
        btop = y - 14
        _box(sh, tx, btop, tx + tcol_w, btop - 96, 0.8)
        sh.furniture_text(date.split("  ")[0], tx + 10, btop - 16, wst)
        sh.furniture_text(weather[0], tx + 10, btop - 36, bp.head(12, bold=0.3))
        for i, text in enumerate(weather[1:]):
            sh.furniture_text(text, tx + 10, btop - 54 - i * 14, wst)
    # the lead story
    ncol = [3, 4][variant]
    lead = pool.take(1400, max_title=20)
    kicker = ["一线观察", "聚焦高质量发展"][variant]
    y = sh.title(kicker, lx, area_top - 2, lw, bp.head(13, font="MicroHei"))
    y = sh.title(lead.title, lx, y - 4, lw, bp.head([34, 30][variant], bold=0.8))
    r1 = cr.next()
    byline = f"本报记者 {r1}"
    sh.line(lx + (lw - bp.width(byline, bp.BYLINE)) / 2, y - 12, byline, bp.BYLINE)
    y -= 26
    p = cr.next()
    caption = f"{CAPTIONS[2]}{p} 摄"
    under = sh.photo(lx, y, lw, [230, 200][variant], caption, bp.CAPTION, [p])
    lead_low = [430, 400][variant]
    frames = bp.columns(lx, under - 10, lw, under - 10 - lead_low, ncol, 12)
    printed, _ = sh.body(lead.paras, frames, body_st, sub=bp.SUBHEAD)
    sh.article(lead, printed, title=lead.title, kicker=kicker, byline=byline, people=[r1])
    # the second story
    y = lead_low - 10
    sh.rule(lx, y, lx + lw, y, 1.0)
    second = pool.take(600, max_title=20, subheads=False)
    y = sh.title(second.title, lx, y - 10, lw, bp.head(20, bold=0.5))
    r2 = cr.next()
    line2 = f"本报讯（记者 {r2}）"
    printed, _ = sh.body(second.paras, bp.columns(lx, y - 10, lw, y - 10 - 62, ncol, 12), body_st,
                         lead_in=line2)
    sh.article(second, printed, title=second.title, byline=line2, people=[r2])
    bp.footer(sh, f"{paper}社出版  值班编辑：{cr.next()}", "零售价：1.50元")


LAYOUTS = [
    ("l_shaped_wrap", l_shaped_wrap, "西陵日报",
     "5 columns (page 1) or 4 (page 2); lead body wrapping in an L around a large photo (full "
     "columns on one side, short columns under the photo; caption under the photo, or inside "
     "it), headline and byline line over the whole L; a one-column article with its title on "
     "top down the other edge, parted by a rule; a third article across the lead's columns "
     "under a rule"),
    ("two_deck_headline", two_deck_headline, "东沅晚报",
     "4 columns (page 1) or 3 (page 2); lead with a two-deck headline (Song kicker above, "
     "main title, smaller second deck under it) and a 记者 … 通讯员 … byline line, its body "
     "continued across a horizontal rule into the columns below; a second article with a "
     "two-deck headline beside the continuation; a short editor's note (编后 / 编辑点评) "
     "framed in a box"),
    ("index_page", index_page, "东岚日报",
     "front page: masthead with issue and date lines; a 今日导读 column of teasers (title, "
     "summary of at most two lines, 详见第X版) down the right (page 1) or left (page 2) side; "
     "lead story with kicker, headline, byline line and photo over its 3 (or 4) columns; "
     "second story under a rule with 本报讯（记者 …）; framed weather/date box beside the "
     "masthead or under the teasers"),
]


def build(corpus: Path, pages_per_layout: int = 2) -> None:
    bp.build_set(corpus, HERE, LAYOUTS, corpus_file=CORPUS_FILE, first_names=5, first_line=FIRST_LINE,
                 last_line=LAST_LINE, pages_per_layout=pages_per_layout,
                 tidy_breaks=True, check=bp.check_page)


def main() -> None:
    bp.set_main(__doc__, build)


if __name__ == "__main__":
    main()
