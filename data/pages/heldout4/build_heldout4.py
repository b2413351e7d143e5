"""Typeset the fourth held-out set: three more layouts no page-reading rule was written for.

    python data/pages/heldout4/build_heldout4.py --corpus ../shared/corpora/raw_news

Uses the typesetting, key and extraction code of ``data/pages/typeset/build_pages.py``
(``build_set``; same fonts, styles and key format). Article texts come from
``news_001.jsonl`` lines ``FIRST_LINE`` to ``LAST_LINE`` — a stretch no other set draws from
(``typeset/`` and ``heldout/`` use that file's lines up to 1,136 and lines 5,864 and 5,960;
``heldout2/`` and ``heldout3/`` use ``news_000.jsonl``, whose lines past theirs hold too few
long articles) — leaving out the articles the gold set was drawn from. Deterministic: the
same inputs give byte-identical PDFs.

Each page is checked as it is written (``check_page`` of the shared builder): every string drawn is found in the
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

CORPUS_FILE = "news_001.jsonl"
#: the corpus lines this set draws from, ``FIRST_LINE <= line < LAST_LINE`` (no other set's)
FIRST_LINE, LAST_LINE = 1200, 5800
#: characters a vertical headline is not set with (the layouts keep such titles horizontal)
NOT_VERTICAL = set("“”《》：，（）、？！")
#: more words the name filters let through on these pages, found by reading their sentences
#: (钱库 "money store", 吾曹州县吏, 科技范儿...); added here only, so the other sets' keys stay
#: as they were
bp.NOT_NAMES.update({"钱库", "曹州", "范儿", "高端化", "高素质", "通江", "朱张会"})
#: bold subheads inside a body (fake bold, a little larger than the body)
BOLD_SUB = bp.Style("Hei", 10.4, 16, bold=0.3, indent=0)


def _vertical_ok(src) -> bool:
    """A title that can be set vertically in one run (no space, no marks that turn)."""
    return " " not in src.title and not any(ch in NOT_VERTICAL for ch in src.title)


def _two_subheads(src) -> bool:
    """Two subheads within the first 1,400 characters, and a title without a space."""
    seen = subs = 0
    for kind, text in src.paras:
        if seen > 1400:
            break
        subs += kind == "sub"
        seen += len(text)
    return subs >= 2 and " " not in src.title


def vertical_left(sh, pool, cr, variant: int) -> None:
    """5 columns (page 1) or 6 (page 2): a lead whose kicker and horizontal byline line run
    across its top, its headline set VERTICALLY at the LEFT edge of its body columns; under
    a rule, two short articles side by side with horizontal titles above them; a photo with
    a …摄 caption under it (in the lower band on page 1, over the lead's last columns on
    page 2)."""
    ncol = [5, 6][variant]
    body_st = [bp.BODY_SONG, bp.Style("MicroHei", 9.0, 13.8)][variant]
    top = bp.inside_header(sh, f"第{6 + variant}版  要闻·基层", "北湾日报",
                           f"2024年4月{9 + variant}日 星期{'二三'[variant]}")
    w = sh.w - 72
    lead = pool.take(2400, max_title=20, where=_vertical_ok)
    kicker = ["蹲点调研·一线见闻", "高质量发展在基层"][variant]
    y = sh.title(kicker, 36, top - 6, w, bp.head(13, font="MicroHei"), align="left")
    r1, r2 = cr.next(), cr.next()
    byline = f"本报记者 {r1} {r2}"
    sh.line(36, y - 14, byline, bp.BYLINE)
    body_top = y - 26
    lead_h = [520, 500][variant]
    vst = [bp.head(28, bold=0.7), bp.head(24, bold=0.6, font="MicroHei")][variant]
    per_col = int((lead_h - 10) // (vst.size * 1.08))
    vcols = bp.vertical_columns(lead.title, per_col)
    strip = len(vcols) * vst.leading
    sh.vertical(lead.title, 36 + (len(vcols) - 1) * vst.leading, body_top, vst, max_chars=per_col)
    sh.rule(36 + strip + 4, body_top, 36 + strip + 4, body_top - lead_h, 0.4)
    bx = 36 + strip + 12
    lead_cols = bp.columns(bx, body_top, sh.w - 36 - bx, lead_h, ncol - 1, 10)
    if variant == 1:   # the photo over the lead's last two columns, caption under it
        px = lead_cols[-2].x
        pw = lead_cols[-1].x + lead_cols[-1].w - px
        p, = cr.wrapping(f"{bp.CAPTION_TEXTS[7]}本报记者 {{}} 摄", "", pw, bp.CAPTION)
        under = sh.photo(px, body_top, pw, 170, f"{bp.CAPTION_TEXTS[7]}本报记者 {p} 摄", bp.CAPTION, [p])
        lead_cols = lead_cols[:-2] + [bp.Frame(c.x, under - 6, c.w, lead_h - (body_top - under) - 6)
                                      for c in lead_cols[-2:]]
    printed, _ = sh.body(lead.paras, lead_cols, body_st, sub=bp.SUBHEAD)
    sh.article(lead, printed, title=lead.title, kicker=kicker, byline=byline, people=[r1, r2])
    y = body_top - lead_h - 12
    sh.rule(36, y, sh.w - 36, y, 1.2)
    cols = bp.columns(36, y - 10, w, 0, ncol, 10)
    low = 62
    halves = [(cols[0:2], cols[2:4]), (cols[0:3], cols[3:6])][variant]
    for k, half in enumerate(halves):
        src = pool.take(1000, max_title=18, subheads=False)
        x0, hw = half[0].x, half[-1].x + half[-1].w - half[0].x
        ty = sh.title(src.title, x0, y - 10, hw, bp.head([20, 18][k], bold=0.5))
        inline = (k == 0) == (variant == 0)
        if inline:
            fmt = "本报讯（记者 {}）" if variant == 0 else "本报讯（通讯员 {} 记者 {}）"
            who = cr.wrapping(fmt, src.paras[0][1], half[0].w, body_st, fmt.count("{}"))
            lead_in = fmt.format(*who)
            printed, _ = sh.body(src.paras, [bp.Frame(c.x, ty - 8, c.w, ty - 8 - low) for c in half],
                                 body_st, lead_in=lead_in)
            sh.article(src, printed, title=src.title, byline=lead_in, people=who)
        else:
            who = cr.next()
            line = [f"本报记者 {who}", f"□通讯员 {who}"][variant]
            sh.line(x0 + (hw - bp.width(line, bp.BYLINE)) / 2, ty - 12, line, bp.BYLINE)
            printed, _ = sh.body(src.paras, [bp.Frame(c.x, ty - 24, c.w, ty - 24 - low) for c in half],
                                 body_st)
            sh.article(src, printed, title=src.title, byline=line, people=[who])
        if k == 0:
            sh.rule(half[-1].x + half[-1].w + 5, y - 6, half[-1].x + half[-1].w + 5, low, 0.4)
    if variant == 0:   # the photo in the last column of the lower band
        c = cols[4]
        sh.rule(c.x - 5, y - 6, c.x - 5, low, 0.4)
        p, = cr.wrapping(f"{bp.CAPTION_TEXTS[5]}（{{}} 摄）", "", c.w, bp.CAPTION)
        sh.photo(c.x, y - 10, c.w, 200, f"{bp.CAPTION_TEXTS[5]}（{p} 摄）", bp.CAPTION, [p])
    bp.footer(sh, f"责任编辑：{cr.next()}  美术编辑：{cr.next()}", "北湾日报社出版")


def twin_columns_bottom_titles(sh, pool, cr, variant: int) -> None:
    """Two articles side by side parted by a rule, each headline set BELOW its body: page 1
    on 4 columns (2 + 2), the byline line between body and headline, the left headline with
    a ——subtitle under it; page 2 on 5 columns (3 + 2), the byline （本报记者 …） right after
    the body's last line, then the headline. Footer with 责任编辑/版式 line and a folio."""
    ncol = [4, 5][variant]
    body_st = [bp.BODY_SONG, bp.Style(bp.SONG, 10.5, 15.5)][variant]
    top = bp.inside_header(sh, "南屏晚报", "周末·观察", f"2024年5月{11 + variant}日  星期{'六日'[variant]}")
    cols = bp.columns(36, top - 8, sh.w - 72, 0, ncol, 14)
    body_h = [930, 900][variant]
    groups = [(cols[0:2], cols[2:4]), (cols[0:3], cols[3:5])][variant]
    for k, group in enumerate(groups):
        src = pool.take(2300, subtitle=True if (variant == 0 and k == 0) else None)
        x0, gw = group[0].x, group[-1].x + group[-1].w - group[0].x
        frames = [bp.Frame(c.x, top - 8, c.w, body_h) for c in group]
        printed, low = sh.body(src.paras, frames, body_st, sub=bp.SUBHEAD)
        r = cr.next()
        ty = low - 8
        if variant == 0:
            byline = f"本报记者 {r}" if k == 0 else f"□记者 {r} 通讯员 {cr.next()}"
            people = [r] if k == 0 else [r, byline.rsplit(" ", 1)[1]]
            sh.line(x0 + (gw - bp.width(byline, bp.BYLINE)) / 2, ty - 4, byline, bp.BYLINE)
            ty -= 16
        else:
            byline = f"（本报记者 {r}）"
            people = [r]
            by_y = sh.last_line_y - 16
            sh.line(group[-1].x + group[-1].w - bp.width(byline, bp.BYLINE), by_y, byline, bp.BYLINE)
            ty = min(ty, by_y - 8)
        tst = bp.head([26, 22][variant], bold=0.6)
        # a headline too wide for its columns breaks after its first comma
        shown = src.title.replace("，", "， ", 1) if bp.width(src.title, tst) > gw else src.title
        ty = sh.title(shown, x0, ty - 6, gw, tst)
        sub = src.subtitle if (variant == 0 and k == 0) else None
        if sub:
            sh.title(sub, x0, ty - 4, gw, bp.head(13, font="MicroHei"))
        sh.article(src, printed, title=src.title, subtitle=sub, byline=byline, people=people)
        if k == 0:
            gx = group[-1].x + group[-1].w + 7
            sh.rule(gx, top - 8, gx, 60, 0.6)
    bp.footer(sh, f"责任编辑：{cr.next()}  版式：{cr.next()}", "南屏晚报社", y=34)
    sh.furniture_text(f"{14 + variant}", sh.w / 2, 16, bp.head(13), "center")


def boxed_commentary(sh, pool, cr, variant: int) -> None:
    """4 columns (page 1) or 5 (page 2): a main article under a justified, letter-spaced,
    fake-bold headline (one line, or two on page 2) with two bold subheads in its body; a
    framed commentary box (rules on all four sides: left column on page 1, the right two on
    page 2) holding a title, a ——subtitle line, a （评论员 …） byline and the body; under a
    rule, a third article across the page with a fake-bold headline and a byline line."""
    ncol = [4, 5][variant]
    body_st = [bp.BODY_SONG, bp.BODY_HEI][variant]
    top = bp.inside_header(sh, f"2024年6月{17 + variant}日 星期{'一二'[variant]}", "评论·时事",
                           f"凌江时报  第{3 + variant}版")
    cols = bp.columns(36, top - 6, sh.w - 72, 0, ncol, 12)
    box_cols = [cols[:1], cols[3:]][variant]
    main = [cols[1:], cols[:3]][variant]
    upper_h = [640, 600][variant]
    # the main article
    mx, mw = main[0].x, main[-1].x + main[-1].w - main[0].x
    art = pool.take(1500, max_title=16, subheads=True, where=_two_subheads)
    ty = sh.title(art.title, mx + 6, top - 8, mw - 12, bp.head([30, 28][variant], bold=0.7),
                  align="justify", max_chars=[None, (len(art.title) + 1) // 2][variant])
    r1 = cr.next()
    byline = f"本报记者 {r1}"
    sh.line(mx + (mw - bp.width(byline, bp.BYLINE)) / 2, ty - 12, byline, bp.BYLINE)
    frames = [bp.Frame(c.x, ty - 26, c.w, upper_h - (top - 6 - (ty - 26))) for c in main]
    printed, _ = sh.body(art.paras, frames, body_st, sub=BOLD_SUB)
    if sum(kind == "sub" for kind, _ in printed) < 2:
        raise SystemExit(f"{sh.page_id}: fewer than two subheads printed")
    sh.article(art, printed, title=art.title, byline=byline, people=[r1])
    # the framed commentary
    bx0 = box_cols[0].x
    bw = box_cols[-1].x + box_cols[-1].w - bx0
    box_top, box_low = top - 6, top - 6 - upper_h
    com = pool.take(700, max_title=16, subtitle=True, subheads=False)
    inner = bx0 + 8, bw - 16
    y = sh.title(com.title, inner[0], box_top - 12, inner[1], bp.head([18, 20][variant], bold=0.4))
    y = sh.title(com.subtitle, inner[0], y - 4, inner[1], bp.head(11, font="MicroHei"))
    who = cr.next()
    sign = f"（评论员 {who}）"
    sh.line(inner[0] + (inner[1] - bp.width(sign, bp.BYLINE)) / 2, y - 12, sign, bp.BYLINE)
    cst = [bp.Style("MicroHei", 9.4, 14.4), bp.Style(bp.SONG, 9.5, 14.5)][variant]
    ncom = [1, 2][variant]
    ctop = y - 24
    cframes = bp.columns(inner[0], ctop, inner[1], ctop - box_low - 8, ncom, 12)
    printed, _ = sh.body(com.paras, cframes, cst)
    sh.article(com, printed, title=com.title, subtitle=com.subtitle, byline=sign, people=[who])
    for x1, y1, x2, y2 in ((bx0 - 4, box_top, bx0 + bw + 4, box_top), (bx0 - 4, box_low, bx0 + bw + 4, box_low),
                           (bx0 - 4, box_top, bx0 - 4, box_low), (bx0 + bw + 4, box_top, bx0 + bw + 4, box_low)):
        sh.rule(x1, y1, x2, y2, 1.0)
    # the third article across the page
    y = box_low - 12
    sh.rule(36, y, sh.w - 36, y, 1.2)
    third = pool.take(1000, max_title=20, subheads=False)
    ty = sh.title(third.title, 36, y - 10, sh.w - 72, bp.head(22, bold=0.6))
    r3, r4 = cr.next(), cr.next()
    byline3 = f"本报记者 {r3} 实习生 {r4}"
    sh.line(36 + (sh.w - 72 - bp.width(byline3, bp.BYLINE)) / 2, ty - 12, byline3, bp.BYLINE)
    printed, _ = sh.body(third.paras, [bp.Frame(c.x, ty - 24, c.w, ty - 24 - 62) for c in cols], body_st)
    sh.article(third, printed, title=third.title, byline=byline3, people=[r3, r4])
    bp.footer(sh, f"本版编辑：{cr.next()}  校对：{cr.next()}", "凌江时报社")


LAYOUTS = [
    ("vertical_left", vertical_left, "北湾日报",
     "5 columns (page 1) or 6 (page 2); lead with kicker and horizontal byline line across its "
     "top and a vertical headline at the left edge of its body; two short articles side by "
     "side under a rule, horizontal titles above, one with 本报讯（…） inline, one with a byline "
     "line; photo with …摄 caption (lower band on page 1, over the lead's last columns on page 2)"),
    ("twin_columns_bottom_titles", twin_columns_bottom_titles, "南屏晚报",
     "two articles side by side parted by a rule (2 + 2 columns on page 1, 3 + 2 on page 2), "
     "each headline set below its body; byline line between body and headline (page 1, left "
     "headline with ——subtitle under it) or （本报记者…） right after the body's last line "
     "(page 2); footer with 责任编辑/版式 line and a folio"),
    ("boxed_commentary", boxed_commentary, "凌江时报",
     "4 columns (page 1) or 5 (page 2); main article under a justified letter-spaced "
     "fake-bold headline (one or two lines) with two bold subheads in its body; framed "
     "commentary box (left column, or right two columns) with title, ——subtitle and （评论员…） "
     "byline; third article across the page under a rule"),
]


def build(corpus: Path, pages_per_layout: int = 2) -> None:
    bp.build_set(corpus, HERE, LAYOUTS, corpus_file=CORPUS_FILE, first_names=27, first_line=FIRST_LINE,
                 last_line=LAST_LINE, pages_per_layout=pages_per_layout,
                 tidy_breaks=True, check=bp.check_page)


def main() -> None:
    bp.set_main(__doc__, build)


if __name__ == "__main__":
    main()
