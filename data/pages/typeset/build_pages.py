"""Typeset newspaper test pages with reportlab and write each page's key (deterministic).

    python data/pages/typeset/build_pages.py --corpus ../shared/corpora/raw_news

Writes ``<page_id>.pdf`` and ``<page_id>.key.json`` (format: data/pages/README.md) for the
tuning layouts into data/pages/typeset/ and for the held-out layouts into
data/pages/heldout/, then the two text extractions of each PDF: ``pdftotext <pdf>
<page_id>.pdftotext.txt`` (poppler-utils, no -layout) and pdfminer.six's ``extract_text``
(``<page_id>.pdfminer.txt``). The keys come from the same data the pages are drawn from,
so they are exact: every printed line of a body is the key's body text, in order.

Article texts are taken in file order from the raw news corpus (``news_001.jsonl``; each
key's ``meta.sources`` gives file:line), cut at a sentence end where a frame is full.
Headlines, kickers, bylines, captions, newspaper names and furniture are invented here.
Names in ``names`` are the byline and caption names plus the person (nr) and place (ns)
words jieba's tagger finds in the printed text, filtered by the lists below.

Fonts: WenQuanYi Zen Hei / Micro Hei (Debian fonts-wqy-zenhei, fonts-wqy-microhei; the
.ttc files, subsets embedded) and Adobe's STSong-Light CID font (not embedded: viewers
substitute a Song face). Noto CJK .ttc files are CFF-based and reportlab cannot load them.
PDFs are written with reportlab's ``invariant`` mode (no dates or random ids), so the
same inputs give byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
PAGES = HERE.parent
REPO = PAGES.parent.parent
CORPUS_FILE = "news_001.jsonl"

FONT_FILES = {
    "Hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "MicroHei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
}
SONG = "STSong-Light"

NO_START = set("，。、；：？！）》」』”’…%,.;:?!)·")
NO_END = set("（《「『“‘(")
_TOKEN = re.compile(r"[A-Za-z0-9.%+/\-]+|.", re.S)
_SENTENCE = re.compile(r"[^。！？]*[。！？]+[”’」』]?|[^。！？]+$")

SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
    "邵万钱严覃武戴孔向汤习")
#: Countries and continents (jieba tags them ns, but so it does 城市, 美丽, 深度...).
COUNTRIES = set("""中国 日本 美国 韩国 朝鲜 法国 英国 德国 俄罗斯 意大利 西班牙 葡萄牙 希腊 土耳其 印度
    巴基斯坦 孟加拉国 泰国 越南 老挝 柬埔寨 缅甸 马来西亚 新加坡 印度尼西亚 菲律宾 蒙古 哈萨克斯坦
    乌兹别克斯坦 伊朗 伊拉克 沙特阿拉伯 埃及 南非 尼日利亚 肯尼亚 埃塞俄比亚 莫桑比克 坦桑尼亚
    赞比亚 安哥拉 巴西 阿根廷 智利 秘鲁 墨西哥 古巴 巴拿马 牙买加 加拿大 澳大利亚 新西兰 巴巴多斯
    爱尔兰 荷兰 比利时 瑞士 瑞典 挪威 芬兰 丹麦 波兰 匈牙利 塞尔维亚 乌克兰 白俄罗斯 亚洲 欧洲
    非洲 美洲 北美 南美 拉美 中美洲 大洋洲 英格兰 苏格兰""".split())
#: Place words whose last character says "place" (a mountain, river, lake, island, village...).
PLACE_ENDS = "山河湖江岛港湾村镇乡峡海岭峰堆"
#: Characters that end a phrase, not a name: 朱呈镕已 → 朱呈镕.
NOT_NAME_END = set("已在说是和的了也就将对被把为向与等曾又都")
#: Words the filters above still let through, checked by reading their sentences on these pages.
NOT_NAMES = {"杨艳正", "何长", "田镇园", "青山", "金白银", "唐服唐", "古城", "滨海", "高水平", "海港",
             "江西人", "新城", "东至", "毛南族"}
_PLACES: Optional[set] = None
_JIEBA_FREQ: Optional[Dict[str, Tuple[int, str]]] = None


def _gazetteers() -> Tuple[set, Dict[str, Tuple[int, str]]]:
    """Place names of the project's gazetteers (with their short forms) and jieba's
    dictionary (frequency, tag)."""
    global _PLACES, _JIEBA_FREQ
    if _PLACES is None:
        import jieba
        lexicons = REPO / "tagger" / "data" / "lexicons"
        places = set(COUNTRIES)
        for name in ("admin_divisions", "regions", "towns"):
            with (lexicons / f"{name}.jsonl").open(encoding="utf-8") as f:
                for line in f:
                    text = json.loads(line)["text"]
                    places.add(text)
                    if name == "towns":   # 大桥镇 → 大桥 would make every bridge a place
                        continue
                    short = re.sub(r"(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|县|区|镇|乡)$", "", text)
                    if len(short) >= 2:
                        places.add(short)
        _PLACES = places
        _JIEBA_FREQ = {}
        with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
            for line in f:
                word, freq, tag = line.split()
                _JIEBA_FREQ[word] = (int(freq), tag)
    return _PLACES, _JIEBA_FREQ


# ---------------------------------------------------------------------------------
# Sources


@dataclass
class Source:
    """One corpus article: title, optional subtitle, paragraphs (kind, text)."""

    ref: str
    title: str
    subtitle: Optional[str]
    paras: List[Tuple[str, str]]
    id: str = ""

    @property
    def chars(self) -> int:
        return sum(len(t) for _, t in self.paras)


_SKIP = re.compile(r"(本报记者|新华社|记者|责任编辑|图为|人民日报|电（|电 （|http|[<>＜＞@#]|编者按|"
                   r"制图|摄|来源：|（作者|作者：|（本文)")


def parse_source(text: str, ref: str) -> Optional[Source]:
    """A corpus article as title, subtitle and paragraphs, or None if it has credits,
    datelines or odd lines (those are invented per layout instead)."""
    lines = [l.strip() for l in text.split("\n") if l.strip()]
    if len(lines) < 3:
        return None
    title, rest = lines[0], lines[1:]
    subtitle = None
    if rest[0].startswith("——"):
        subtitle, rest = rest[0], rest[1:]
    if not 6 <= len(title) <= 22 or not rest or len(rest[0]) < 40:
        return None
    if _SKIP.search(title) or any(_SKIP.search(l) for l in rest):
        return None
    paras = []
    for line in rest:
        heading = len(line) <= 16 and line[-1] not in "。！？”"
        paras.append(("sub" if heading else "p", line))
    if paras[-1][0] == "sub" or sum(k == "sub" for k, _ in paras) > 3:
        return None
    return Source(ref, title, subtitle, paras)


class Pool:
    """Corpus articles handed out in file order, each used once."""

    def __init__(self, corpus: Path, font_chars: set, corpus_file: str = CORPUS_FILE):
        self.items: List[Source] = []
        #: corpus ids not to hand out (set before drawing the pages that must avoid them)
        self.exclude: set = set()
        seen = set()    # the corpus holds some articles twice (two crawls): use each once
        path = corpus / corpus_file
        with path.open(encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                record = json.loads(line)
                src = parse_source(record["text"], f"raw_news/{corpus_file}:{lineno}")
                if src is None:
                    continue
                src.id = record.get("id", "")
                ids = (src.title.replace(" ", ""), src.paras[0][1][:30])
                if ids[0] in seen or ids[1] in seen:
                    continue
                seen.update(ids)
                if all(ch in font_chars for _, t in src.paras for ch in t) \
                        and all(ch in font_chars for ch in src.title):
                    self.items.append(src)
        self.used = 0

    def take(self, min_chars: int, max_chars: int = 10_000, max_title: int = 22,
             subtitle: Optional[bool] = None, subheads: bool = True,
             where: Optional[Callable[[Source], bool]] = None) -> Source:
        """The next unused article that fits the slot's needs (and ``where``, if given)."""
        for i in range(self.used, len(self.items)):
            src = self.items[i]
            if (src.id not in self.exclude and min_chars <= src.chars <= max_chars and len(src.title) <= max_title
                    and (subtitle is None or (src.subtitle is not None) == subtitle)
                    and (subheads or all(k == "p" for k, _ in src.paras))
                    and (where is None or where(src))):
                self.items.pop(i)
                self.items.insert(self.used, src)
                self.used += 1
                return src
        raise SystemExit(f"corpus has no article left with {min_chars}-{max_chars} characters")


_POSSEG = None


def find_names(text: str) -> List[str]:
    """Person and place names of ``text``: jieba's person (nr) and place (ns) words, kept
    only where they are names — places in the project's gazetteers (or ending in a place
    character and unknown to jieba's dictionary), persons with a common surname that
    jieba's dictionary does not list as a frequent word."""
    global _POSSEG
    if _POSSEG is None:
        import jieba.posseg as posseg
        _POSSEG = posseg
    places, dictionary = _gazetteers()
    names = []
    for pair in _POSSEG.cut(text):
        word, flag = pair.word, pair.flag
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", word) or word in NOT_NAMES:
            continue
        freq, tag = dictionary.get(word, (0, ""))
        if flag == "ns":
            if word in places or (len(word) >= 3 and word[-1] in PLACE_ENDS and not freq):
                names.append(word)
        elif flag == "nr" and word[0] in SURNAMES and word[-1] not in NOT_NAME_END:
            if (len(word) == 3 and (not freq or (tag == "nr" and freq <= 100))) or \
                    (len(word) == 2 and not freq):
                names.append(word)
    return list(dict.fromkeys(names))


# ---------------------------------------------------------------------------------
# Typesetting


def vertical_columns(text: str, max_chars: Optional[int] = None) -> List[str]:
    """The columns of a vertical headline, right one first: one per space-separated part,
    a part longer than ``max_chars`` cut evenly (no closing mark at a column top)."""
    cols: List[str] = []
    for part in text.split(" "):
        if not max_chars or len(part) <= max_chars:
            cols.append(part)
            continue
        n = -(-len(part) // max_chars)
        size = -(-len(part) // n)
        pieces = [part[i:i + size] for i in range(0, len(part), size)]
        for i in range(len(pieces) - 1):
            while pieces[i + 1] and pieces[i + 1][0] in NO_START:
                pieces[i], pieces[i + 1] = pieces[i] + pieces[i + 1][0], pieces[i + 1][1:]
        cols += [p for p in pieces if p]
    return cols


@dataclass
class Style:
    """Font, size, leading and extras of a kind of line."""

    font: str
    size: float
    leading: float = 0.0
    bold: float = 0.0          # fake-bold offset in points (the line drawn twice); 0 = none
    tracking: float = 0.0      # extra space after each character
    indent: int = 2            # first-line indent, in characters
    justify: bool = True
    justify_last: float = 0.0  # force-justify a paragraph's last line if it fills this share

    def __post_init__(self):
        if not self.leading:
            self.leading = self.size * 1.45


def width(text: str, style: Style) -> float:
    return pdfmetrics.stringWidth(text, style.font, style.size) + style.tracking * len(text)


def break_lines(text: str, avail: float, style: Style, first_indent: float = 0.0, *,
                marks_together: bool = False) -> List[str]:
    """Greedy CJK line breaking: Latin/digit runs stay whole, no closing punctuation
    at a line start (it squeezes into the line before), no opening one at a line end.
    ``marks_together`` keeps a second closing mark with the first (。” squeezed in
    together; off for the pages drawn before it, which set the ” alone on a line)."""
    tokens = _TOKEN.findall(text)
    lines: List[str] = []
    cur: List[str] = []
    limit = avail - first_indent
    used = 0.0
    for tok in tokens:
        if marks_together and not cur and lines and tok in NO_START:
            lines[-1] += tok   # a second closing mark (。” after a full line) stays with the first
            continue
        w = width(tok, style)
        if cur and used + w > limit + 0.01:
            if tok in NO_START:
                cur.append(tok)
                lines.append("".join(cur))
                cur, used, limit = [], 0.0, avail
                continue
            carry: List[str] = []
            while cur and cur[-1] in NO_END:
                carry.insert(0, cur.pop())
            lines.append("".join(cur))
            cur = carry + [tok]
            used = sum(width(t, style) for t in cur)
            limit = avail
        else:
            cur.append(tok)
            used += w
    if cur:
        lines.append("".join(cur))
    return [l for l in lines if l]


@dataclass
class Frame:
    """A column box: left x, top y, width, height (points, origin bottom left)."""

    x: float
    top: float
    w: float
    h: float


@dataclass
class Placed:
    frame: int
    y: float
    x: float
    text: str
    width: float
    justify: bool
    style: Style


def columns(x: float, top: float, w: float, h: float, n: int, gap: float = 12.0) -> List[Frame]:
    """``n`` equal columns filling the box."""
    cw = (w - gap * (n - 1)) / n
    return [Frame(x + i * (cw + gap), top, cw, h) for i in range(n)]


def sentences(text: str) -> List[str]:
    return [s for s in _SENTENCE.findall(text) if s]


class Sheet:
    """One page being drawn, and the key gathered while drawing it."""

    def __init__(self, page_id: str, out_dir: Path, paper: str, layout: str,
                 size: Tuple[float, float] = (842, 1191)):
        self.page_id = page_id
        self.out_dir = out_dir
        self.pdf_path = out_dir / f"{page_id}.pdf"
        self.w, self.h = size
        self.c = canvas.Canvas(str(self.pdf_path), pagesize=size, invariant=1)
        self.c.setTitle(page_id)
        self.paper = paper
        self.layout = layout
        self.articles: List[Dict] = []
        self.captions: List[str] = []
        self.furniture: List[str] = []
        self.names: List[str] = []
        self.sources: List[str] = []
        self.wrapped: List[str] = []
        #: squeeze a paragraph's last line into the column when a closing mark that may not
        #: start a line pushed it past the edge (as typesetters do); off for the first pages
        #: drawn, which stay as they were
        self.squeeze_overhang = False
        #: every string drawn, once (fake-bold copies not repeated), for a builder's self-check
        self.drawn: List[str] = []
        #: tidier breaks: consecutive closing marks kept together at a line end
        #: (``break_lines``), a subhead's lines kept in one column with a body line under
        #: them; off for the pages drawn before these rules, which stay as they were
        self.tidy_breaks = False
        #: baseline of the last line the latest ``body`` call set (a closing byline goes under it)
        self.last_line_y = 0.0

    # --- drawing primitives -------------------------------------------------------

    def line(self, x: float, y: float, text: str, style: Style, char_space: Optional[float] = None,
             gray: float = 0.0) -> None:
        cs = style.tracking if char_space is None else char_space
        self.drawn.append(text)
        offsets = [(0.0, 0.0)] + ([(style.bold, -style.bold * 0.3)] if style.bold else [])
        for dx, dy in offsets:
            t = self.c.beginText(x + dx, y + dy)
            t.setFont(style.font, style.size)
            t.setCharSpace(cs)
            t.setFillGray(gray)
            t.textOut(text)
            self.c.drawText(t)

    def spread(self, x: float, y: float, text: str, style: Style, w: float) -> None:
        """Draw ``text`` letter-spaced to fill ``w`` (justified short lines)."""
        nat = pdfmetrics.stringWidth(text, style.font, style.size)
        cs = (w - nat) / (len(text) - 1) if len(text) > 1 else 0.0
        self.line(x, y, text, style, char_space=cs)

    def rule(self, x1: float, y1: float, x2: float, y2: float, lw: float = 0.6) -> None:
        self.c.setLineWidth(lw)
        self.c.line(x1, y1, x2, y2)

    def furniture_text(self, text: str, x: float, y: float, style: Style, align: str = "left",
                       spread_to: Optional[float] = None) -> None:
        """Header, footer, folio or masthead text; recorded in the key's furniture."""
        if spread_to:
            self.spread(x, y, text, style, spread_to)
        else:
            w = width(text, style)
            x = {"left": x, "center": x - w / 2, "right": x - w}[align]
            self.line(x, y, text, style)
        self.furniture.append(text)

    def photo(self, x: float, top: float, w: float, h: float, caption: str, style: Style,
              names: Sequence[str] = (), caption_inside: bool = False) -> float:
        """A grey photo box with its caption below (or, ``caption_inside``, on a light band
        across the bottom of the box); returns the y under the caption (or the box)."""
        self.c.setFillGray(0.72)
        self.c.rect(x, top - h, w, h, stroke=0, fill=1)
        self.c.setFillGray(0.55)
        self.c.circle(x + w * 0.35, top - h * 0.45, min(w, h) * 0.18, stroke=0, fill=1)
        self.c.rect(x + w * 0.55, top - h * 0.95, w * 0.3, h * 0.55, stroke=0, fill=1)
        lines = break_lines(caption, w - (12 if caption_inside else 0), style)
        if caption_inside:
            band = len(lines) * style.leading + 8
            self.c.setFillGray(0.93)
            self.c.rect(x, top - h, w, band, stroke=0, fill=1)
            self.c.setFillGray(0)
            y = top - h + band - 4 - style.size
            for text in lines:
                self.line(x + 6, y, text, style)
                y -= style.leading
            self.captions.append(caption)
            self.names += list(names)
            return top - h
        self.c.setFillGray(0)
        y = top - h - style.size - 3
        for text in lines:
            self.line(x, y, text, style)
            y -= style.leading
        self.captions.append(caption)
        self.names += list(names)
        return y + style.leading - style.size - 4

    def title(self, text: str, x: float, top: float, w: float, style: Style, align: str = "center",
              max_chars: Optional[int] = None) -> float:
        """A horizontal headline (broken at its space, or evenly, if too wide); returns the
        y under it. ``align="justify"`` letter-spaces every line of two or more characters
        over the whole width ``w``."""
        parts = text.split(" ")
        lines: List[str] = []
        for part in parts:
            if width(part, style) <= w and (not max_chars or len(part) <= max_chars):
                lines.append(part)
            else:
                per = max(1, int(w // (style.size + style.tracking)))
                if max_chars:
                    per = min(per, max_chars)
                n = -(-len(part) // per)
                size = -(-len(part) // n)
                lines += [part[i:i + size] for i in range(0, len(part), size)]
        for i in range(len(lines) - 1):
            while lines[i] and lines[i][-1] in NO_END:
                lines[i], lines[i + 1] = lines[i][:-1], lines[i][-1] + lines[i + 1]
            while lines[i + 1] and lines[i + 1][0] in NO_START:
                lines[i], lines[i + 1] = lines[i] + lines[i + 1][0], lines[i + 1][1:]
        lines = [l for l in lines if l]
        if len(parts) > 1 and not max_chars and width(" ".join(parts), style) <= w:
            lines = [" ".join(parts)]   # a two-part headline that fits stays on one line
        y = top - style.size
        for line in lines:
            if align == "justify" and len(line) > 1:
                self.spread(x, y, line, style, w)
            else:
                lw = width(line, style)
                lx = {"left": x, "center": x + (w - lw) / 2, "right": x + w - lw,
                      "justify": x + (w - lw) / 2}[align]
                self.line(lx, y, line, style)
            y -= style.leading
        return y + style.leading - style.size * 0.4

    def vertical(self, text: str, x: float, top: float, style: Style,
                 max_chars: Optional[int] = None) -> float:
        """A vertical headline, one character under the other (two columns at a space,
        the right one first; a part longer than ``max_chars`` is cut evenly into more
        columns); returns the lowest y."""
        cols = vertical_columns(text, max_chars)
        low = top
        for i, col in enumerate(cols):
            cx = x - i * style.leading
            y = top - style.size
            for ch in col:
                self.line(cx, y, ch, style)
                y -= style.size * 1.08
            low = min(low, y)
        return low

    # --- body text ----------------------------------------------------------------

    def _layout(self, paras: List[Tuple[str, str]], frames: List[Frame], style: Style,
                sub: Style, lead_in: str) -> Optional[List[Placed]]:
        placed: List[Placed] = []
        fi = 0
        y = frames[0].top - style.size
        for pi, (kind, text) in enumerate(paras):
            st = sub if kind == "sub" else style
            if pi == 0 and lead_in:
                text = lead_in + text
            avail = frames[fi].w
            indent = 0.0 if kind == "sub" else style.indent * style.size
            lines = break_lines(text, avail, st, indent, marks_together=self.tidy_breaks)
            if kind == "sub":
                y -= style.leading * 0.3
                need = st.leading * len(lines) + style.leading * 0.3
                if self.tidy_breaks and y - need < frames[fi].top - frames[fi].h and fi + 1 < len(frames):
                    fi += 1
                    y = frames[fi].top - style.size
            for li, text_line in enumerate(lines):
                while y < frames[fi].top - frames[fi].h:
                    fi += 1
                    if fi >= len(frames):
                        return None
                    y = frames[fi].top - style.size
                f = frames[fi]
                x = f.x + (indent if li == 0 else 0.0)
                lw = f.w - (indent if li == 0 else 0.0)
                if kind == "sub":
                    x = f.x + max(0.0, (f.w - width(text_line, st)) / 2)
                last = li == len(lines) - 1
                spread = not last or (st.justify_last and len(text_line) > 1
                                      and width(text_line, st) >= st.justify_last * lw)
                if self.squeeze_overhang and last and width(text_line, st) > lw + 0.01:
                    spread = True
                placed.append(Placed(fi, y, x, text_line, lw, st.justify and spread and kind != "sub", st))
                y -= st.leading
            if kind == "sub":
                y -= style.leading * 0.3
        return placed

    def body(self, paras: List[Tuple[str, str]], frames: List[Frame], style: Style, *,
             sub: Optional[Style] = None, lead_in: str = "",
             tail: Sequence[str] = ()) -> Tuple[List[Tuple[str, str]], float]:
        """Flow paragraphs through ``frames``, cut at the last sentence that fits (``tail``
        paragraphs are always kept at the end); return the printed paragraphs and the y
        under the last line."""
        sub = sub or Style("Hei", style.size, style.leading, indent=0)
        tail_p = [("p", t) for t in tail]
        units = [(i, s) for i, (_, t) in enumerate(paras) for s in sentences(t)]

        def cut(n: int) -> List[Tuple[str, str]]:
            out: Dict[int, str] = {}
            for i, s in units[:n]:
                out[i] = out.get(i, "") + s
            kept = [(paras[i][0], out[i]) for i in sorted(out)]
            while kept and kept[-1][0] == "sub":
                kept.pop()
            return kept + tail_p

        lo, hi = 0, len(units)
        if self._layout(cut(hi), frames, style, sub, lead_in) is None:
            while lo < hi - 1:
                mid = (lo + hi) // 2
                if self._layout(cut(mid), frames, style, sub, lead_in) is None:
                    hi = mid
                else:
                    lo = mid
            hi = lo
        kept = cut(hi)
        placed = self._layout(kept, frames, style, sub, lead_in)
        if not kept or placed is None:
            raise SystemExit(f"{self.page_id}: frames too small for any text")
        for p in placed:
            if p.justify:
                nat = pdfmetrics.stringWidth(p.text, p.style.font, p.style.size)
                cs = (p.width - nat) / (len(p.text) - 1) if len(p.text) > 1 else 0.0
                self.line(p.x, p.y, p.text, p.style, char_space=cs)
            else:
                self.line(p.x, p.y, p.text, p.style)
        self._note_wrapped(kept, lead_in, placed)
        self.last_line_y = placed[-1].y
        return kept, min(p.y for p in placed) - style.size * 0.5

    def _note_wrapped(self, kept, lead_in, placed) -> None:
        lines = [p.text for p in placed]
        joined = "".join(lines)
        for name in find_names(joined) + [n for n in CREDIT_NAMES if n in joined]:
            if not any(name in l for l in lines) and name in joined:
                self.wrapped.append(name)

    # --- key ----------------------------------------------------------------------

    def article(self, src: Optional[Source], printed: List[Tuple[str, str]], *, title: str,
                kicker: Optional[str] = None, subtitle: Optional[str] = None,
                byline: Optional[str] = None, people: Sequence[str] = ()) -> None:
        body = "\n".join(t for _, t in printed)
        self.articles.append({
            "title": title.replace(" ", ""), "kicker": kicker, "subtitle": subtitle,
            "byline": byline, "people": list(people), "body": body})
        self.names += list(people) + find_names(title + "\n" + body)
        if src is not None:
            self.sources.append(src.ref)

    def save(self, pdf_path_in_key: str) -> Dict:
        self.c.showPage()
        self.c.save()
        key = {
            "page_id": self.page_id,
            "pdf": pdf_path_in_key,
            "newspaper": self.paper,
            "layout": self.layout,
            "articles": self.articles,
            "captions": self.captions,
            "furniture": self.furniture,
            "names": list(dict.fromkeys(self.names)),
            "meta": {"generator": "data/pages/typeset/build_pages.py", "sources": self.sources,
                     "names_wrapped_across_lines": list(dict.fromkeys(self.wrapped))},
        }
        everything = "\n".join(
            [a[f] or "" for a in self.articles for f in ("title", "kicker", "subtitle", "byline", "body")]
            + self.captions + self.furniture).replace(" ", "")
        missing = [n for n in key["names"] if n not in everything]
        if missing:
            raise SystemExit(f"{self.page_id}: names not on the page: {missing}")
        return key


# ---------------------------------------------------------------------------------
# Styles shared by the layouts

BODY_SONG = Style(SONG, 9.5, 14.5)
BODY_FORCED = Style(SONG, 9.5, 14.5, justify_last=0.3)   # every line justified, short last lines spread
BODY_HEI = Style("MicroHei", 9.2, 14.2)
SUBHEAD = Style("Hei", 9.8, 15, indent=0)
BYLINE = Style("MicroHei", 9, 13, indent=0)
CAPTION = Style("MicroHei", 8, 11.5, indent=0)
SMALL = Style("MicroHei", 8, 11, indent=0)


def head(size: float, bold: float = 0.0, font: str = "Hei", tracking: float = 0.0) -> Style:
    return Style(font, size, size * 1.25, bold=bold, tracking=tracking, indent=0)


def inside_header(sh: Sheet, left: str, mid: str, right: str, top: float = 1160) -> float:
    """Header band of an inside page: date / section / page, with a double rule under it."""
    st = Style("Hei", 11, 14, indent=0)
    sh.furniture_text(left, 36, top, SMALL)
    sh.furniture_text(mid, sh.w / 2, top - 2, st, "center")
    sh.furniture_text(right, sh.w - 36, top, SMALL, "right")
    sh.rule(36, top - 8, sh.w - 36, top - 8, 1.6)
    sh.rule(36, top - 11, sh.w - 36, top - 11, 0.4)
    return top - 20


def footer(sh: Sheet, left: str, right: str, y: float = 30) -> None:
    sh.rule(36, y + 12, sh.w - 36, y + 12, 0.5)
    sh.furniture_text(left, 36, y, SMALL)
    sh.furniture_text(right, sh.w - 36, y, SMALL, "right")


# ---------------------------------------------------------------------------------
# Layouts. Each draws one page from corpus articles and invented credits.


#: Invented names for bylines and captions.
CREDIT_NAMES = [
    "周立新", "欧阳晓峰", "司马琳", "陈思远", "黄嘉怡", "刘晓敏", "赵一鸣", "孙宇航", "马骁",
    "吴婧", "郑文涛", "诸葛明轩", "梁静怡", "何振邦", "谢雨桐", "罗成", "韩梅", "杜子恒",
    "上官云", "林晓夕", "邓超群", "彭丽", "曾国平", "唐晓芸", "许嵩岳", "冯志远", "蒋文静",
    "范晓东", "沈一帆", "邱少华", "贺新", "龚晓燕", "卢毅", "段君", "侯佳琪", "雷鸣远"]


@dataclass
class Credits:
    """Invented people for bylines and captions, handed out in order."""

    names: List[str] = field(default_factory=lambda: list(CREDIT_NAMES))
    i: int = 0

    def next(self) -> str:
        name = self.names[self.i % len(self.names)]
        self.i += 1
        return name

    def wrapping(self, fmt: str, after: str, avail: float, style: Style, n: int = 1) -> List[str]:
        """``n`` names for the ``{}`` slots of ``fmt`` such that, set as ``fmt + after`` in a
        column ``avail`` wide, one of them is cut by a line break (bylines whose names wrap,
        as they do on real pages); the next names if no choice does that."""
        size = len(self.names)
        for k in range(size):
            picks = [self.names[(self.i + k + m) % size] for m in range(n)]
            text = fmt.format(*picks) + after[:60]
            lines = break_lines(text, avail, style, style.indent * style.size)
            ends = set()
            pos = 0
            for line in lines[:-1]:
                pos += len(line)
                ends.add(pos)
            start = 0
            cut = False
            for name in picks:
                start = text.index(name, start)
                cut |= any(start < e < start + len(name) for e in ends)
                start += len(name)
            if cut:
                for m in range(n):  # move the picks to the front of the queue
                    a, b = (self.i + m) % size, (self.i + k + m) % size
                    self.names[a], self.names[b] = self.names[b], self.names[a]
                break
        return [self.next() for _ in range(n)]


CAPTION_TEXTS = [
    "8月12日傍晚，市民在新落成的滨江公园里散步休闲。滨江公园沿江而建，全长约3.5公里，是今年城市更新的重点项目。",
    "9月5日，工作人员在园区一家企业的生产线上检查产品质量。今年以来，园区新签约项目27个，总投资逾百亿元。",
    "金秋时节，村民在田间收割成熟的水稻。今年全县粮食种植面积稳定在45万亩以上，秋粮丰收已成定局。",
    "国庆假期，游客在古镇老街上参观游览。老街修缮后保留了明清时期的街巷格局，吸引了大批外地游客。",
    "志愿者在社区服务中心为老人测量血压、讲解健康知识。社区今年已组织义诊活动12场，服务居民3000多人次。",
    "学生们在学校新建的实验室里动手做实验。这所学校今年新增科创课程8门，覆盖全校所有年级。",
    "施工人员在跨江大桥建设现场进行主塔施工作业。大桥建成后，两岸通行时间将由40分钟缩短到10分钟。",
    "观众在展馆内观看非遗技艺展示。本次展览共展出剪纸、刺绣、木雕等非遗作品300余件，展期一个月。",
]


def metro_3col(sh: Sheet, pool: Pool, cr: Credits, variant: int) -> None:
    """City paper inside page: 3 columns, lead with kicker/fake-bold title/subtitle above,
    photo across two columns, 南都讯-style inline byline; second article below with a
    □通讯员 byline line."""
    top = inside_header(sh, "2023年8月15日 星期二", "城事·民生", f"A0{5 + variant}")
    lead = pool.take(1500, subheads=True)
    kicker = ["聚焦城市更新", "民生调查"][variant]
    y = sh.title(kicker, 36, top - 4, sh.w - 72, head(13, font="MicroHei"))
    y = sh.title(lead.title, 36, y - 2, sh.w - 72, head(30, bold=0.6))
    sub = lead.subtitle or None
    if sub:
        y = sh.title(sub, 36, y - 4, sh.w - 72, head(14, font="MicroHei"))
    sh.rule(36, y - 4, sh.w - 36, y - 4, 0.4)
    y -= 12
    cols = columns(36, y, sh.w - 72, 560, 3, 14)
    ph_w = cols[0].w * 2 + 14
    px = cols[1].x if variant == 0 else cols[0].x
    cap_names = cr.wrapping(f"{CAPTION_TEXTS[variant]}南都记者 {{}} 摄", "", ph_w, CAPTION)
    cap = f"{CAPTION_TEXTS[variant]}南都记者 {cap_names[0]} 摄"
    under = sh.photo(px, y, ph_w, 190, cap, CAPTION, cap_names)
    frames = []
    for i, c in enumerate(cols):
        covered = (variant == 0 and i >= 1) or (variant == 1 and i <= 1)
        frames.append(Frame(c.x, under - 6, c.w, c.h - (y - under) - 6) if covered else c)
    frames.sort(key=lambda f: f.x)
    fmt = "南都讯 见习记者 {} 通讯员 {} " if variant == 0 else "南都讯 记者 {} 实习生 {} "
    r1, r2 = cr.wrapping(fmt, lead.paras[0][1], frames[0].w, BODY_SONG, 2)
    lead_in = fmt.format(r1, r2)
    printed, _ = sh.body(lead.paras, frames, BODY_SONG, sub=SUBHEAD, lead_in=lead_in)
    sh.article(lead, printed, title=lead.title, kicker=kicker, subtitle=sub,
               byline=lead_in.strip(), people=[r1, r2])
    y2 = y - 560 - 14
    sh.rule(36, y2 + 6, sh.w - 36, y2 + 6, 1.2)
    second = pool.take(700, subheads=False)
    ty = sh.title(second.title, 36, y2 - 4, sh.w - 72, head(22, bold=0.5))
    c1, c2 = cr.next(), cr.next()
    byline = f"□通讯员 {c1} 记者 {c2}"
    sh.line(36 + (sh.w - 72 - width(byline, BYLINE)) / 2, ty - 12, byline, BYLINE)
    frames = columns(36, ty - 24, sh.w - 72, ty - 24 - 60, 3, 14)
    printed, _ = sh.body(second.paras, frames, BODY_SONG)
    sh.article(second, printed, title=second.title, byline=byline, people=[c1, c2])
    editor = cr.next()
    footer(sh, f"责任编辑：{editor}  美编：{cr.next()}  校对：{cr.next()}",
           "南岭都市报 热线：020-12345678")
    sh.furniture_text(f"A0{5 + variant}", sh.w / 2, 18, SMALL, "center")


def county_5col(sh: Sheet, pool: Pool, cr: Credits, variant: int) -> None:
    """County paper front page: masthead, 5 narrow justified columns (wide letter-spacing
    where numbers do not break), lead with inline 本报讯（记者 …）, photo, a column of
    briefs with letter-spaced short titles."""
    mast = Style("Hei", 64, 70, bold=1.2, indent=0)
    sh.furniture_text("北原县报", 36, 1100, mast)
    info = [f"2023年{9 + variant}月{12 + variant}日 星期{'二三'[variant]}",
            f"第{316 + variant}期（总第{5021 + variant}期）", "国内统一连续出版物号 CN 00-0000",
            "今日4版"]
    for i, t in enumerate(info):
        sh.furniture_text(t, sh.w - 36, 1150 - i * 14, SMALL, "right")
    sh.rule(36, 1085, sh.w - 36, 1085, 2.2)
    cols = columns(36, 1072, sh.w - 72, 1000, 5, 10)
    lead = pool.take(1000)
    span = 4
    lead_top = 1072
    y = sh.title(lead.title, cols[0].x, lead_top, cols[span - 1].x + cols[0].w - cols[0].x,
                 head(28, bold=0.7))
    if lead.subtitle:
        y = sh.title(lead.subtitle, cols[0].x, y - 2, cols[span - 1].x + cols[0].w - cols[0].x,
                     head(13, font="MicroHei"))
    y -= 10
    r1, r2 = cr.wrapping("本报讯（记者 {} 通讯员 {}）", lead.paras[0][1], cols[0].w, BODY_FORCED, 2)
    lead_in = f"本报讯（记者 {r1} 通讯员 {r2}）"
    photo_x = cols[2].x if variant == 0 else cols[0].x
    cap_name, = cr.wrapping(f"{CAPTION_TEXTS[2 + variant]}（记者 {{}} 摄）", "",
                            cols[0].w * 2 + 10, CAPTION)
    under = sh.photo(photo_x, y, cols[0].w * 2 + 10, 150,
                     f"{CAPTION_TEXTS[2 + variant]}（记者 {cap_name} 摄）", CAPTION, [cap_name])
    frames = []
    for i in range(span):
        c = cols[i]
        covered = (i in (2, 3)) if variant == 0 else (i in (0, 1))
        fr_top = under - 6 if covered else y
        frames.append(Frame(c.x, fr_top, c.w, fr_top - 560))
    printed, _ = sh.body(lead.paras, frames, BODY_FORCED, lead_in=lead_in)
    sh.article(lead, printed, title=lead.title, subtitle=lead.subtitle, byline=lead_in,
               people=[r1, r2])
    lower = min(f.top - f.h for f in frames) - 10
    # brief column on the right: a letter-spaced banner and short items
    bc = cols[4]
    sh.c.setFillGray(0.9)
    sh.c.rect(bc.x, 1050, bc.w, 22, stroke=0, fill=1)
    sh.c.setFillGray(0)
    sh.furniture_text("要闻简报", bc.x + 8, 1056, head(13), spread_to=bc.w - 16)
    by = 1040.0
    for _ in range(4):
        if by - lower < 120:
            break
        brief = pool.take(180, 420, max_title=14, subheads=False)
        st = head(11.5, font="Hei")
        if len(brief.title) * st.size > 0.55 * bc.w:
            sh.spread(bc.x, by - st.size, brief.title, st, bc.w)
            by -= st.leading
        else:
            by = sh.title(brief.title, bc.x, by, bc.w, st)
        who, = cr.wrapping("本报讯（通讯员 {}）", brief.paras[0][1], bc.w, BODY_FORCED)
        lead_in = f"本报讯（通讯员 {who}）"
        printed, by = sh.body(brief.paras, [Frame(bc.x, by - 4, bc.w, by - 4 - lower - 8)],
                              BODY_FORCED, lead_in=lead_in)
        sh.article(brief, printed, title=brief.title, byline=lead_in, people=[who])
        by -= 12
        sh.rule(bc.x, by + 6, bc.x + bc.w, by + 6, 0.4)
    # lower half: two articles across the columns, titles above
    y = lower
    sh.rule(36, y + 4, sh.w - 36, y + 4, 1.2)
    second = pool.take(700, subheads=False)
    ty = sh.title(second.title, cols[0].x, y - 4, cols[2].x + cols[2].w - cols[0].x, head(20, bold=0.5))
    r, = cr.wrapping("本报讯（记者 {}）", second.paras[0][1], cols[0].w, BODY_FORCED)
    lead_in = f"本报讯（记者 {r}）"
    printed, _ = sh.body(second.paras, [Frame(c.x, ty - 8, c.w, ty - 8 - 60) for c in cols[:3]],
                         BODY_FORCED, lead_in=lead_in)
    sh.article(second, printed, title=second.title, byline=lead_in, people=[r])
    third = pool.take(500, subheads=False)
    x3, w3 = cols[3].x, cols[4].x + cols[4].w - cols[3].x
    sh.rule(x3 - 5, y, x3 - 5, 60, 0.4)
    ty = sh.title(third.title, x3, y - 4, w3, head(16, bold=0.4))
    c1 = cr.next()
    byline = f"□通讯员 {c1}"
    sh.line(x3, ty - 10, byline, BYLINE)
    printed, _ = sh.body(third.paras, [Frame(c.x, ty - 20, c.w, ty - 20 - 60) for c in cols[3:]],
                         BODY_FORCED)
    sh.article(third, printed, title=third.title, byline=byline, people=[c1])
    footer(sh, f"本报地址：北原县文化路88号  邮编：000000  值班编辑：{cr.next()}", "每周二、四、六出版")


def side_title(sh: Sheet, pool: Pool, cr: Credits, variant: int) -> None:
    """Titles beside the body: lead with a multi-line headline in the left column and body
    in three columns to its right; second article with a vertical headline at the right
    edge and an X月X日消息（记者…） dateline; third article with title above and photo."""
    top = inside_header(sh, f"第{7 + variant}版", "经济·观察", "江城晚报  2023年10月20日")
    cols = columns(36, top - 6, sh.w - 72, 420, 4, 12)
    lead = pool.take(1200, max_title=18)
    kicker = ["一线调研", "观察·产业"][variant]
    tx, tw = cols[0].x, cols[0].w
    y = sh.title(kicker, tx, top - 10, tw, head(12, font="MicroHei"), align="left")
    y = sh.title(lead.title, tx, y - 8, tw, head(26, bold=0.6), align="left", max_chars=6)
    r1 = cr.next()
    byline = f"本报记者 {r1}"
    sh.line(tx, y - 16, byline, BYLINE)
    sh.rule(cols[1].x - 6, top - 6, cols[1].x - 6, top - 426, 0.5)
    printed, _ = sh.body(lead.paras, cols[1:], BODY_SONG, sub=SUBHEAD)
    sh.article(lead, printed, title=lead.title, kicker=kicker, byline=byline, people=[r1])
    y = top - 440
    sh.rule(36, y, sh.w - 36, y, 1.2)
    second = pool.take(800, max_title=12, subheads=False)
    while " " in second.title or any(ch in second.title for ch in "“”《》：，（）"):
        second = pool.take(800, max_title=12, subheads=False)
    vst = head(24, bold=0.5)
    sh.vertical(second.title, sh.w - 36 - 26, y - 10, vst)
    month = [10, 9][variant]
    frames = columns(36, y - 10, sh.w - 72 - 40, 300, 3, 12)
    r2, = cr.wrapping(f"{month}月19日消息（记者 {{}}）", second.paras[0][1], frames[0].w, BODY_HEI)
    lead_in = f"{month}月19日消息（记者 {r2}）"
    printed, _ = sh.body(second.paras, frames, BODY_HEI, lead_in=lead_in)
    sh.article(second, printed, title=second.title, byline=lead_in, people=[r2])
    y -= 320
    sh.rule(36, y, sh.w - 36, y, 1.2)
    third = pool.take(600, subheads=False)
    cols3 = columns(36, y - 8, sh.w - 72, y - 8 - 60, 4, 12)
    ty = sh.title(third.title, cols3[0].x, y - 8, cols3[2].x + cols3[2].w - cols3[0].x,
                  head(20, bold=0.4))
    r3, r4 = cr.next(), cr.next()
    byline = f"本报记者 {r3} 通讯员 {r4}"
    sh.line(cols3[0].x, ty - 10, byline, BYLINE)
    printed, _ = sh.body(third.paras, [Frame(c.x, ty - 20, c.w, ty - 20 - 60) for c in cols3[:3]],
                         BODY_SONG)
    sh.article(third, printed, title=third.title, byline=byline, people=[r3, r4])
    p, = cr.wrapping(f"{CAPTION_TEXTS[4 + variant]}本报记者 {{}} 摄", "", cols3[3].w, CAPTION)
    sh.photo(cols3[3].x, y - 8, cols3[3].w, 140, f"{CAPTION_TEXTS[4 + variant]}本报记者 {p} 摄",
             CAPTION, [p])
    footer(sh, f"责任编辑 {cr.next()}  版式设计 {cr.next()}", "江城晚报社出版")
    sh.furniture_text(f"{7 + variant}", sh.w - 36, 1175, head(14), "right")


def opinion_title_below(sh: Sheet, pool: Pool, cr: Credits, variant: int) -> None:
    """Opinion page: commentaries with 作者： lines and （作者为…） affiliation paragraphs,
    a boxed short comment whose title sits below its body, a photo with caption."""
    top = inside_header(sh, "滨海时报", "评论·理论", f"2023年11月{2 + variant}日  第{11 + variant}版")
    affil = ["（作者为滨海大学公共管理学院教授）", "（作者为市社会科学院研究员）",
             "（作者为省委党校经济学教研部副主任）", "（作者为滨海理工大学马克思主义学院副教授）"]
    cols = columns(36, top, sh.w - 72, 0, 3, 16)
    # left: a two-column commentary, title above, 作者： line
    a = pool.take(1100)
    aw = cols[1].x + cols[1].w - cols[0].x
    y = sh.title(a.title, cols[0].x, top - 6, aw, head(24, bold=0.5))
    if a.subtitle:
        y = sh.title(a.subtitle, cols[0].x, y - 2, aw, head(12, font="MicroHei"))
    author = cr.next()
    byline = f"作者：{author}"
    sh.line(cols[0].x + (aw - width(byline, BYLINE)) / 2, y - 12, byline, BYLINE)
    frames = [Frame(c.x, y - 24, c.w, y - 24 - 560) for c in cols[:2]]
    printed, _ = sh.body(a.paras, frames, BODY_SONG, sub=SUBHEAD, tail=[affil[2 * variant]])
    sh.article(a, printed, title=a.title, subtitle=a.subtitle, byline=byline, people=[author])
    # right: a boxed short comment, body first, title and signature below it
    b = pool.take(400, 900, subheads=False)
    bx, bw = cols[2].x, cols[2].w
    box_top = top - 6
    printed, low = sh.body(b.paras, [Frame(bx + 6, box_top - 8, bw - 12, 330)], BODY_HEI)
    ty = sh.title(b.title, bx + 6, low - 6, bw - 12, head(17, bold=0.4))
    sign = cr.next()
    sig = f"（文/{sign}）"
    sh.line(bx + bw - 6 - width(sig, BYLINE), ty - 12, sig, BYLINE)
    sh.c.setLineWidth(0.8)
    sh.c.rect(bx, ty - 22, bw, box_top - ty + 22, stroke=1, fill=0)
    sh.article(b, printed, title=b.title, byline=sig, people=[sign])
    p, = cr.wrapping(f"{CAPTION_TEXTS[(6 + variant) % 8]}（{{}} 摄）", "", bw, CAPTION)
    sh.photo(bx, ty - 34, bw, 150, f"{CAPTION_TEXTS[(6 + variant) % 8]}（{p} 摄）",
                     CAPTION, [p])
    # bottom: a full-width commentary in three columns, title above, 作者： line
    y = top - 620
    sh.rule(36, y, sh.w - 36, y, 1.2)
    c = pool.take(900, subheads=False)
    ty = sh.title(c.title, 36, y - 8, sh.w - 72, head(22, bold=0.5))
    author2 = cr.next()
    byline2 = f"□{author2}"
    sh.line(sh.w / 2 - width(byline2, BYLINE) / 2, ty - 12, byline2, BYLINE)
    frames = columns(36, ty - 26, sh.w - 72, ty - 26 - 60, 3, 16)
    printed, _ = sh.body(c.paras, frames, BODY_SONG, tail=[affil[2 * variant + 1]])
    sh.article(c, printed, title=c.title, byline=byline2, people=[author2])
    footer(sh, f"本版责编：{cr.next()}  来稿邮箱：pinglun@example.cn", "滨海时报")


def fakebold_6col(sh: Sheet, pool: Pool, cr: Credits, variant: int) -> None:
    """Six columns: an editorial whose body lines are fake bold (each line drawn twice at a
    small offset), an article with a vertical title on the left and a photo, and two briefs
    across the bottom."""
    mast = Style("Hei", 40, 44, bold=1.0, indent=0)
    sh.furniture_text("青川日报", 36, 1135, mast)
    sh.furniture_text(f"QINGCHUAN DAILY  2023年7月{8 + variant}日  星期{'六日'[variant]}",
                      sh.w - 36, 1140, SMALL, "right")
    sh.furniture_text(f"今日8版  第{211 + variant}期", sh.w - 36, 1126, SMALL, "right")
    sh.rule(36, 1118, sh.w - 36, 1118, 2.0)
    cols = columns(36, 1108, sh.w - 72, 0, 6, 9)
    # editorial: 2 columns at the left, boxed, fake-bold body
    ed = pool.take(900, 1800, subheads=False)
    ew = cols[1].x + cols[1].w - cols[0].x
    y = sh.title("本报评论员", cols[0].x, 1104, ew, head(11, font="MicroHei"), align="left")
    y = sh.title(ed.title, cols[0].x, y - 4, ew, head(20, bold=0.6), align="left", max_chars=9)
    bold_body = Style("Hei", 9.4, 14.4, bold=0.35)
    brief_y = 420.0
    printed, _ = sh.body(ed.paras, [Frame(c.x, y - 6, c.w, y - 6 - brief_y - 12)
                                      for c in cols[:2]], bold_body)
    sh.article(ed, printed, title=ed.title, byline="本报评论员")
    # right: article with vertical title in its first column and photo above the body
    art = pool.take(1500, max_title=14, subheads=True)
    while any(ch in art.title for ch in "“”《》：，（）"):
        art = pool.take(1500, max_title=14, subheads=True)
    vx = cols[2].x + 4
    sh.vertical(art.title, vx + (30 if " " in art.title else 0), 1104, head(26, bold=0.7))
    r = cr.next()
    by_v = Style("MicroHei", 9, 10, indent=0)
    sh.vertical(f"记者 {r}".replace(" ", ""), vx + 66, 1104, by_v)
    body_x = cols[3].x
    bw = cols[5].x + cols[5].w - body_x
    p, = cr.wrapping(f"{CAPTION_TEXTS[(1 + variant) % 8]}通讯员 {{}} 摄", "", bw, CAPTION)
    under = sh.photo(body_x, 1104, bw, 200, f"{CAPTION_TEXTS[(1 + variant) % 8]}通讯员 {p} 摄",
                     CAPTION, [p])
    frames = [Frame(c.x, under - 6, c.w, under - 6 - brief_y - 12) for c in cols[3:]]
    printed, _ = sh.body(art.paras, frames, BODY_SONG, sub=SUBHEAD)
    sh.article(art, printed, title=art.title, byline=f"记者{r}", people=[r])
    y = brief_y
    sh.rule(36, y, sh.w - 36, y, 1.2)
    half = [cols[:3], cols[3:]]
    for k in range(2):
        b = pool.take(400, 1000, subheads=False)
        x0 = half[k][0].x
        w = half[k][-1].x + half[k][-1].w - x0
        ty = sh.title(b.title, x0, y - 8, w, head(17, bold=0.5))
        pre = f"{7 + k}月{5 + variant}日消息（记者 "
        who, = cr.wrapping(pre + "{}）", b.paras[0][1], half[k][0].w, BODY_SONG)
        lead_in = f"{pre}{who}）"
        printed, _ = sh.body(b.paras, [Frame(c.x, ty - 6, c.w, ty - 6 - 60) for c in half[k]],
                             BODY_SONG, lead_in=lead_in)
        sh.article(b, printed, title=b.title, byline=lead_in, people=[who])
    footer(sh, f"总编辑：{cr.next()}  值班副总编：{cr.next()}", "青川日报社  地址：青川市人民路1号")


# --- tuning layouts for headlines set right of or inside their bodies -------------


def title_right(sh: Sheet, pool: Pool, cr: Credits, variant: int) -> None:
    """Headlines to the right of their bodies: lead body in three columns with its headline
    block (kicker or subtitle, byline under it) in the fourth; second article with two body
    columns, its headline right of them and a photo at an edge; third with title above."""
    top = inside_header(sh, f"2023年12月{4 + variant}日 星期{'一二'[variant]}", "区域·聚焦",
                        f"第{3 + variant}版  东湖晨报")
    cols = columns(36, top - 6, sh.w - 72, 430, 4, 12)
    lead = pool.take(1300, max_title=18)
    hx, hw = cols[3].x, cols[3].w
    kicker = "走基层·看变化" if variant == 0 else None
    y = top - 10 if variant == 0 else top - 140   # top-aligned, or set at mid-height
    if kicker:
        y = sh.title(kicker, hx, y, hw, head(12, font="MicroHei"), align="left") - 8
    y = sh.title(lead.title, hx, y, hw, head(26, bold=0.6), align="left", max_chars=6)
    sub = lead.subtitle if variant == 1 else None
    if sub:
        y = sh.title(sub, hx, y - 6, hw, head(12, font="MicroHei"), align="left", max_chars=11)
    r1 = cr.next()
    byline = f"本报记者 {r1}"
    sh.line(hx, y - 16, byline, BYLINE)
    printed, _ = sh.body(lead.paras, cols[:3], BODY_SONG, sub=SUBHEAD)
    sh.article(lead, printed, title=lead.title, kicker=kicker, subtitle=sub, byline=byline,
               people=[r1])
    y = top - 446
    sh.rule(36, y, sh.w - 36, y, 1.2)
    second = pool.take(700, max_title=18, subheads=False)
    body_cols = cols[0:2] if variant == 0 else cols[1:3]
    hcol, pcol = (cols[2], cols[3]) if variant == 0 else (cols[3], cols[0])
    frames = [Frame(c.x, y - 10, c.w, 290) for c in body_cols]
    ty = sh.title(second.title, hcol.x, y - 14, hcol.w, head(22, bold=0.5), align="left", max_chars=6)
    c1 = cr.next()
    byline2 = f"□通讯员 {c1}"
    sh.line(hcol.x, ty - 14, byline2, BYLINE)
    printed, _ = sh.body(second.paras, frames, BODY_SONG)
    sh.article(second, printed, title=second.title, byline=byline2, people=[c1])
    p, = cr.wrapping(f"{CAPTION_TEXTS[(3 + variant) % 8]}（记者 {{}} 摄）", "", pcol.w, CAPTION)
    sh.photo(pcol.x, y - 10, pcol.w, 150, f"{CAPTION_TEXTS[(3 + variant) % 8]}（记者 {p} 摄）",
             CAPTION, [p])
    y -= 310
    sh.rule(36, y, sh.w - 36, y, 1.2)
    third = pool.take(600, subheads=False)
    ty = sh.title(third.title, 36, y - 8, sh.w - 72, head(20, bold=0.4))
    r3 = cr.next()
    byline3 = f"本报记者 {r3}"
    sh.line(36 + (sh.w - 72 - width(byline3, BYLINE)) / 2, ty - 10, byline3, BYLINE)
    printed, _ = sh.body(third.paras, [Frame(c.x, ty - 22, c.w, ty - 22 - 60) for c in cols],
                         BODY_SONG)
    sh.article(third, printed, title=third.title, byline=byline3, people=[r3])
    footer(sh, f"责任编辑：{cr.next()}  美术编辑：{cr.next()}", "东湖晨报社出版")


def center_title(sh: Sheet, pool: Pool, cr: Credits, variant: int) -> None:
    """Headlines inside their bodies: a lead whose headline block (kicker, title, subtitle,
    文/ byline) runs across the page between the upper and lower bands of its three body
    columns (read band by band); a second article whose headline sits inside one of its
    columns, the text of that column running above and below it."""
    top = inside_header(sh, "湖西日报", "深度·特稿", f"2023年12月{11 + variant}日  第{5 + variant}版")
    w = sh.w - 72
    lead = pool.take(2200, max_title=20)
    upper_h = [190, 150][variant]
    upper = columns(36, top - 6, w, upper_h, 3, 14)
    y = top - 6 - upper_h - 10
    kicker = ["特别策划", "记者调查"][variant]
    y = sh.title(kicker, 36, y, w, head(13, font="MicroHei"))
    y = sh.title(lead.title, 36, y - 2, w, head(30, bold=0.6))
    sub = lead.subtitle
    if sub:
        y = sh.title(sub, 36, y - 4, w, head(14, font="MicroHei"))
    r1 = cr.next()
    byline = f"文/本报记者 {r1}"
    sh.line(36 + (w - width(byline, BYLINE)) / 2, y - 12, byline, BYLINE)
    lower_top = y - 26
    lower = columns(36, lower_top, w, 250, 3, 14)
    printed, _ = sh.body(lead.paras, upper + lower, BODY_SONG, sub=SUBHEAD)
    sh.article(lead, printed, title=lead.title, kicker=kicker, subtitle=sub, byline=byline,
               people=[r1])
    y = lower_top - 250 - 12
    sh.rule(36, y, sh.w - 36, y, 1.2)
    second = pool.take(2300, max_title=16, subheads=False)
    cols = columns(36, y - 10, w, y - 10 - 60, 3, 14)
    k = [1, 2][variant]   # the column holding the headline
    c = cols[k]
    gap_top = c.top - [120, 90][variant]
    ty = sh.title(second.title, c.x, gap_top - 8, c.w, head(20, bold=0.5), max_chars=8)
    c2 = cr.next()
    byline2 = f"本报记者 {c2}"
    sh.line(c.x + (c.w - width(byline2, BYLINE)) / 2, ty - 12, byline2, BYLINE)
    gap_bottom = ty - 26
    frames: List[Frame] = []
    for i, col in enumerate(cols):
        if i == k:
            frames += [Frame(col.x, col.top, col.w, col.top - gap_top),
                       Frame(col.x, gap_bottom, col.w, gap_bottom - 60)]
        else:
            frames.append(col)
    printed, _ = sh.body(second.paras, frames, BODY_SONG)
    sh.article(second, printed, title=second.title, byline=byline2, people=[c2])
    footer(sh, f"本版编辑：{cr.next()}  校对：{cr.next()}", "湖西日报社")


# --- held-out layouts -------------------------------------------------------------


def feature_center_title(sh: Sheet, pool: Pool, cr: Credits, variant: int) -> None:
    """Feature page (held out): 2 wide columns; the lead's headline block sits in the middle
    of the page between the upper and lower halves of its body; a grey sidebar article;
    文/记者 bylines."""
    top = inside_header(sh, "周末·人物", "远山周刊", f"2023年12月{1 + variant}日  第{17 + variant}版")
    lead = pool.take(2300)
    cols = columns(36, top - 6, sh.w - 72, 0, 2, 22)
    upper = [Frame(c.x, top - 6, c.w, 330) for c in cols]
    mid_top = top - 6 - 346
    kicker = ["人物·匠心", "乡村·振兴"][variant]
    y = sh.title(kicker, 36, mid_top, sh.w - 72, head(13, font="MicroHei"))
    y = sh.title(lead.title, 36, y - 4, sh.w - 72, head(34, bold=0.8))
    r = cr.next()
    byline = f"文/记者 {r}"
    y = sh.title(byline, 36, y - 4, sh.w - 72, BYLINE)
    lower = [Frame(c.x, y - 12, c.w, y - 12 - 330) for c in cols]
    sh.rule(36, mid_top + 6, sh.w - 36, mid_top + 6, 0.5)
    sh.rule(36, y - 4, sh.w - 36, y - 4, 0.5)
    printed, _ = sh.body(lead.paras, upper + lower, BODY_SONG, sub=SUBHEAD)
    sh.article(lead, printed, title=lead.title, kicker=kicker, byline=byline, people=[r])
    sy = 310.0
    sh.c.setFillGray(0.9)
    sh.c.rect(36, 60, sh.w - 72, sy - 60 + 6, stroke=0, fill=1)
    sh.c.setFillGray(0)
    side = pool.take(500, 1200, subheads=False)
    ty = sh.title(side.title, 48, sy - 6, sh.w - 96, head(16, bold=0.4), align="left")
    w2 = cr.next()
    byline2 = f"作者：{w2}"
    sh.line(sh.w - 48 - width(byline2, BYLINE), sy - 20, byline2, BYLINE)
    frames = columns(48, ty - 8, sh.w - 96, ty - 8 - 70, 3, 14)
    printed, _ = sh.body(side.paras, frames, BODY_HEI)
    sh.article(side, printed, title=side.title, byline=byline2, people=[w2])
    footer(sh, f"主编 {cr.next()}  责编 {cr.next()}", f"远山周刊  第{17 + variant}版", y=36)


def right_titles(sh: Sheet, pool: Pool, cr: Credits, variant: int) -> None:
    """Held-out grid: each article's headline sits to the RIGHT of its body in a narrow
    column; a photo with its caption beside it; 2-column and 3-column bodies; a folio at
    the left edge."""
    top = inside_header(sh, f"B{2 + variant}", "文体·健康", "晨江商报  2024年1月16日  星期二")
    sh.furniture_text(f"B{2 + variant}", 14, 600, head(12), "left")
    cols = columns(36, top - 6, sh.w - 72, 0, 5, 12)
    y = top - 6
    plan = [(3, 1, 320), (2, 1, 260), (3, 1, 380)]
    for k, (nbody, _, h) in enumerate(plan):
        src = pool.take(900 if nbody == 3 else 600, max_title=16, subheads=False)
        frames = [Frame(c.x, y - 4, c.w, h) for c in cols[:nbody]]
        tcol = cols[nbody]
        ty = sh.title(src.title, tcol.x, y - 4, tcol.w, head(19, bold=0.5), align="left", max_chars=7)
        who = (cr.wrapping("晨江讯 见习记者 {} ", src.paras[0][1], cols[0].w, BODY_SONG)[0]
               if k == 2 else cr.next())
        byline = [f"本报记者 {who}", f"□通讯员 {who}", f"晨江讯 见习记者 {who}"][k]
        if k == 2:
            printed, _ = sh.body(src.paras, frames, BODY_SONG, lead_in=byline + " ")
            byline = byline.strip()
        else:
            for i, part in enumerate(byline.split(" ")):
                sh.line(tcol.x, ty - 12 - i * 12, part, BYLINE)
            printed, _ = sh.body(src.paras, frames, BODY_SONG)
        sh.article(src, printed, title=src.title, byline=byline, people=[who])
        if nbody == 2:
            p, = cr.wrapping(f"{CAPTION_TEXTS[(3 + variant) % 8]}记者 {{}} 摄", "", 62, CAPTION)
            px = cols[3].x
            pw = cols[4].x + cols[4].w - px - 70
            sh.c.setFillGray(0.72)
            sh.c.rect(px, y - 4 - 200, pw, 200, stroke=0, fill=1)
            sh.c.setFillGray(0)
            cap = f"{CAPTION_TEXTS[(3 + variant) % 8]}记者 {p} 摄"
            cy = y - 4 - CAPTION.size
            for line in break_lines(cap, 62, CAPTION):
                sh.line(px + pw + 6, cy, line, CAPTION)
                cy -= CAPTION.leading
            sh.captions.append(cap)
            sh.names.append(p)
        y -= h + 18
        sh.rule(36, y + 8, sh.w - 36, y + 8, 0.8)
    footer(sh, f"晨江商报  本版编辑：{cr.next()}", f"校对：{cr.next()}")


TUNING = [
    ("metro_3col", metro_3col, "南岭都市报",
     "3 columns; lead with kicker, fake-bold headline and subtitle above, photo across two "
     "columns with caption, 南都讯 inline byline; second article below with □通讯员 byline line"),
    ("county_5col", county_5col, "北原县报",
     "front page, masthead; 5 narrow justified columns (wide letter-spacing); lead over 4 "
     "columns with 本报讯（记者…） inline byline and photo; brief column with letter-spaced "
     "titles; two lower articles"),
    ("side_title", side_title, "江城晚报",
     "4 columns; lead headline beside the body (left column, multi-line); second article with "
     "a vertical headline at the right edge and X月X日消息（记者…）; third with title above and photo"),
    ("opinion_title_below", opinion_title_below, "滨海时报",
     "opinion page; 2-column commentary with 作者： line and （作者为…）; boxed short comment "
     "with its title below the body; photo; 3-column commentary below"),
    ("fakebold_6col", fakebold_6col, "青川日报",
     "6 columns, masthead; editorial with fake-bold body lines; article with vertical headline "
     "and vertical byline beside a photo and body; two briefs with X月X日消息 datelines"),
]
#: Tuning layouts added later; drawn after the held-out pages, so earlier pages keep their texts.
TUNING_RIGHT_CENTER = [
    ("title_right", title_right, "东湖晨报",
     "4 columns; lead body in 3 columns with its headline block (kicker or subtitle, byline) "
     "in the 4th, top-aligned or at mid-height; second article with 2 body columns, headline "
     "right of them and a photo; third with title above"),
    ("center_title", center_title, "湖西日报",
     "3 columns; lead headline block (kicker, title, subtitle, 文/ byline) across the page "
     "between the upper and lower bands of its body; second article's headline inside one of "
     "its columns, text above and below it"),
]
HELDOUT = [
    ("feature_center_title", feature_center_title, "远山周刊",
     "2 wide columns; headline block in the middle of the page between the upper and lower "
     "halves of the body; grey sidebar article in 3 columns with 作者： line"),
    ("right_titles", right_titles, "晨江商报",
     "5-column grid; each headline to the right of its body; photo with caption beside it; "
     "byline under the headline, or inline 晨江讯"),
]


def gold_ids() -> set:
    """Corpus ids of the articles the gold set was drawn from (data/gold/modern_sources.txt)."""
    path = REPO / "data" / "gold" / "modern_sources.txt"
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def extract(pdf: Path, out_dir: Path, page_id: str) -> None:
    """Write the page's pdftotext and pdfminer text files."""
    from pdfminer.high_level import extract_text

    subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), str(out_dir / f"{page_id}.pdftotext.txt")],
                   check=True)
    (out_dir / f"{page_id}.pdfminer.txt").write_text(extract_text(str(pdf)), encoding="utf-8")


# ---------------------------------------------------------------------------------
# Self-check of a page against its key (held-out builders)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _in_dump(text: str, dump: str) -> bool:
    """Whether ``text`` is in the dump: whole, or — a widely letter-spaced headline that
    pdftotext reads character by character, down its lines — its characters in order
    within a stretch of at most four times its length."""
    if text in dump:
        return True
    start = dump.find(text[0])
    while start >= 0:
        pos, ok = start, True
        for ch in text[1:]:
            pos = dump.find(ch, pos + 1, start + 4 * len(text))
            if pos < 0:
                ok = False
                break
        if ok:
            return True
        start = dump.find(text[0], start + 1)
    return False


def _run_from(drawn: List[str], i: int, want: str) -> bool:
    """Whether ``drawn[i:j]`` joined is ``want`` for some ``j``."""
    got = ""
    for piece in drawn[i:]:
        got += piece
        if not want.startswith(got):
            return False
        if got == want:
            return True
    return False


def check_page(sheet, key: Dict) -> None:
    """Stop the build if the key and the page disagree: every drawn string must be in the
    pdftotext dump, the key must hold exactly the drawn characters, and each article's
    (inline byline and) body must be a run of consecutive drawn strings."""
    dump = _squeeze((sheet.out_dir / f"{sheet.page_id}.pdftotext.txt").read_text(encoding="utf-8"))
    problems: List[str] = []
    drawn = [_squeeze(t) for t in sheet.drawn if _squeeze(t)]
    problems += [f"drawn, not in pdftotext: {t}" for t in drawn if not _in_dump(t, dump)]
    fields = [a[f] or "" for a in key["articles"] for f in ("title", "kicker", "subtitle", "byline", "body")]
    in_key = Counter(_squeeze("".join(fields + key["captions"] + key["furniture"])))
    on_page = Counter("".join(drawn))
    if in_key != on_page:
        problems.append(f"key and page differ: key only {dict(in_key - on_page)}, "
                        f"page only {dict(on_page - in_key)}")
    for article in key["articles"]:
        inline = article["byline"] if article["byline"] and article["byline"].startswith("本报讯") else ""
        want = _squeeze(inline + article["body"])
        if not any(_run_from(drawn, i, want) for i in range(len(drawn))):
            problems.append(f"body not drawn in order: {article['title']}")
        for f in ("title", "kicker", "subtitle", "byline", "people"):
            values = article[f] if f == "people" else [article[f]] if article[f] else []
            for value in values:
                # whole in the dump, or drawn as a run of strings each found in it above (a
                # vertical title, which pdftotext reads row by row; a title over two widely
                # spaced lines, read down their characters; a byline wrapped inside a body)
                if not _in_dump(_squeeze(value), dump) and \
                        not any(_run_from(drawn, i, _squeeze(value)) for i in range(len(drawn))):
                    problems.append(f"{f} neither in pdftotext nor drawn in one run: {value}")
    if problems:
        raise SystemExit(f"{sheet.page_id}: " + "; ".join(problems))


def build_set(corpus: Path, here: Path, layouts, *, corpus_file: str, first_names: int,
              first_line: int = 0, last_line: Optional[int] = None, pages_per_layout: int = 2,
              tidy_breaks: bool = False,
              check: Optional[Callable[["Sheet", Dict], None]] = None) -> None:
    """Typeset a held-out set: each layout of ``layouts`` (name, draw, paper, description)
    ``pages_per_layout`` times into ``here``, with keys, from ``corpus_file`` lines at or after
    ``first_line`` and before ``last_line`` (gold articles excluded); ``first_names`` skips the invented names other
    sets use first; ``tidy_breaks`` sets the sheets' ``tidy_breaks``. Extractions are
    made again only for pages that changed. ``check``, if given, is called with each page's
    sheet and key once its files are written."""
    for name, (path, index) in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
    pdfmetrics.registerFont(UnicodeCIDFont(SONG))
    zen = pdfmetrics.getFont("MicroHei").face
    font_chars = {chr(c) for c in zen.charToGlyph} - {"·"}
    pool = Pool(corpus, font_chars, corpus_file)
    pool.items = [s for s in pool.items if first_line <= int(s.ref.rsplit(":", 1)[1])
                  and (last_line is None or int(s.ref.rsplit(":", 1)[1]) < last_line)]
    pool.exclude = gold_ids()
    credits = Credits()
    credits.i = first_names
    set_dir = here.relative_to(REPO).as_posix()
    for name, draw, paper, description in layouts:
        for variant in range(pages_per_layout):
            page_id = f"{name}_{variant + 1}"
            sheet = Sheet(page_id, here, paper, f"{name}: {description}")
            sheet.squeeze_overhang = True
            sheet.tidy_breaks = tidy_breaks
            before = sheet.pdf_path.read_bytes() if sheet.pdf_path.exists() else None
            draw(sheet, pool, credits, variant)
            key = sheet.save(f"{set_dir}/{page_id}.pdf")
            key["meta"]["generator"] = f"{set_dir}/build_{here.name}.py"
            key_path = here / f"{page_id}.key.json"
            key_path.write_text(json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            texts = [here / f"{page_id}.{route}.txt" for route in ("pdftotext", "pdfminer")]
            if before != sheet.pdf_path.read_bytes() or not all(t.exists() for t in texts):
                extract(sheet.pdf_path, here, page_id)
            if check is not None:
                check(sheet, key)
            print(f"{key_path.relative_to(REPO)}: {len(key['articles'])} articles, "
                  f"{sum(len(a['body']) for a in key['articles'])} body characters, {len(key['names'])} names")


def build(corpus: Path, pages_per_layout: int = 2) -> List[Path]:
    """Draw every page of both sets; return the key paths written."""
    for name, (path, index) in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
    pdfmetrics.registerFont(UnicodeCIDFont(SONG))
    zen = pdfmetrics.getFont("MicroHei").face
    # U+00B7 comes out of STSong-Light as a space (pdftotext, pdfminer): leave such texts out
    font_chars = {chr(c) for c in zen.charToGlyph} - {"·"}
    pool = Pool(corpus, font_chars)
    credits = Credits()
    written = []
    titles: set = set()
    for set_name, layouts in (("typeset", TUNING), ("heldout", HELDOUT), ("typeset", TUNING_RIGHT_CENTER)):
        out_dir = PAGES / set_name
        if layouts is TUNING_RIGHT_CENTER:
            # later pages also keep clear of the articles the gold set was drawn from
            pool.exclude = gold_ids()
        for name, draw, paper, description in layouts:
            for variant in range(pages_per_layout):
                page_id = f"{name}_{variant + 1}"
                sheet = Sheet(page_id, out_dir, paper, f"{name}: {description}")
                sheet.squeeze_overhang = layouts is TUNING_RIGHT_CENTER
                before = sheet.pdf_path.read_bytes() if sheet.pdf_path.exists() else None
                draw(sheet, pool, credits, variant)
                key = sheet.save(f"data/pages/{set_name}/{page_id}.pdf")
                key_path = out_dir / f"{page_id}.key.json"
                key_path.write_text(json.dumps(key, ensure_ascii=False, indent=2) + "\n",
                                    encoding="utf-8")
                texts = [out_dir / f"{page_id}.{route}.txt" for route in ("pdftotext", "pdfminer")]
                # pdfminer orders some text boxes by object identity, so its output can change
                # from run to run: extract again only when the PDF changed
                if before != sheet.pdf_path.read_bytes() or not all(t.exists() for t in texts):
                    extract(sheet.pdf_path, out_dir, page_id)
                written.append(key_path)
                for article in key["articles"]:
                    if article["title"] in titles:
                        raise SystemExit(f"{page_id}: article used twice: {article['title']}")
                    titles.add(article["title"])
                print(f"{key_path.relative_to(REPO)}: {len(key['articles'])} articles, "
                      f"{sum(len(a['body']) for a in key['articles'])} body characters, "
                      f"{len(key['names'])} names ({len(key['meta']['names_wrapped_across_lines'])} "
                      f"wrapped across lines)")
    return written


def set_main(doc: str, build_fn: Callable[[Path, int], None]) -> None:
    """The command line of a set's builder (``doc``: its module docstring): ``--corpus``,
    ``--pages-per-layout``, then ``build_fn(corpus, pages_per_layout)``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpora" / "raw_news")
    parser.add_argument("--pages-per-layout", type=int, default=2)
    args = parser.parse_args()
    build_fn(args.corpus, args.pages_per_layout)


def main() -> None:
    set_main(__doc__, build)


if __name__ == "__main__":
    main()
