"""PDF input: glyph dedupe, lines, blocks, titles; real e-paper pages; generated bad PDFs."""

from __future__ import annotations

import io
from pathlib import Path
from typing import List

import pytest

from tagger.read.pdf.articles import BODY, HEADING, layout_page
from tagger.read.pdf.chars import Char, dedupe
from tagger.read.pdf.lines import build_blocks, build_lines, spaced_text
from tagger.segment.pdf import byline_names

from conftest import SHARED

PDF_DIR = SHARED / "samples" / "pdf"
WQY = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


def row(text: str, x: float, y: float, size: float = 10.0, pitch: float = 0.0, vertical: bool = False) -> List[Char]:
    """Characters of ``text`` set from (x, y) along a row (or down a column)."""
    step = pitch or size
    out = []
    for k, ch in enumerate(text):
        cx, cy = (x, y + k * step) if vertical else (x + k * step, y)
        out.append(Char(ch, cx, cy, cx + size, cy + size, size, "Song"))
    return out


def shifted(chars: List[Char], dx: float, dy: float) -> List[Char]:
    return [Char(c.text, c.x0 + dx, c.y0 + dy, c.x1 + dx, c.y1 + dy, c.size, c.font) for c in chars]


# ---------------------------------------------------------------------------------
# fake-bold dedupe: (characters, expected kept text, expected number dropped)

DEDUPE_CASES = [
    ("each glyph drawn twice at +0.5 pt", row("记者庄毅", 0, 0) + shifted(row("记者庄毅", 0, 0), 0.5, 0.2), "记者庄毅", 4),
    ("glyph drawn three times", row("摄", 0, 0) + shifted(row("摄", 0, 0), 0.4, 0) + shifted(row("摄", 0, 0), 0.8, 0), "摄", 2),
    ("real reduplication one em apart is kept", row("常常", 0, 0), "常常", 0),
    ("same character in the next line is kept", row("人", 0, 0) + row("人", 0, 12), "人人", 0),
    ("same character, other size, same place is kept", row("大", 0, 0) + row("大", 0, 0, size=30), "大大", 0),
]


@pytest.mark.parametrize("name,chars,kept,dropped", DEDUPE_CASES, ids=[c[0] for c in DEDUPE_CASES])
def test_pdf_dedupe_fake_bold(name, chars, kept, dropped):
    out, n = dedupe(chars)
    assert "".join(c.text for c in out) == kept
    assert n == dropped


# ---------------------------------------------------------------------------------
# lines: (characters, expected line texts sorted, vertical flags sorted)

LINE_CASES = [
    ("one row", row("新时代新征程", 0, 0), ["新时代新征程"], [False]),
    ("letter-spaced row stays one line", row("国人民的伟大", 0, 0, pitch=15), ["国人民的伟大"], [False]),
    ("two columns on one baseline are two lines", row("左栏正文", 0, 0) + row("右栏正文", 100, 0), ["右栏正文", "左栏正文"], [False, False]),
    ("row drawn in two pieces is one line", row("中国", 0, 0) + row("共产党", 20, 0)[::-1], ["中国共产党"], [False]),
    ("vertical headline", row("历史永远眷顾奋进者", 500, 100, size=30, vertical=True), ["历史永远眷顾奋进者"], [True]),
    ("two rows", row("第一行", 0, 0) + row("第二行", 0, 14), ["第一行", "第二行"], [False, False]),
    ("last line spread over the measure", row("热情迎客。", 0, 0, pitch=35), ["热情迎客。"], [False]),
    ("uneven wide gaps stay apart", row("甲乙", 0, 0, pitch=35) + row("丙", 110, 0), ["丙", "乙", "甲"], [False] * 3),
]


@pytest.mark.parametrize("name,chars,texts,vertical", LINE_CASES, ids=[c[0] for c in LINE_CASES])
def test_pdf_lines_build(name, chars, texts, vertical):
    lines = build_lines(chars)
    assert sorted(ln.text for ln in lines) == texts
    assert sorted(ln.vertical for ln in lines) == vertical


def test_pdf_lines_spaced_text_keeps_word_gaps():
    chars = row("胡鞍钢", 0, 0) + row("张", 42, 0) + row("新", 63, 0)
    line = build_lines(chars)[0]
    assert line.text == "胡鞍钢张新"
    assert spaced_text(line) == "胡鞍钢 张 新"
    assert byline_names(spaced_text(line)) == "胡鞍钢 张新"


def column(text: str, x: float, y: float, width: int = 10, size: float = 10.0) -> List[Char]:
    """A column of body text: ``width`` characters a line, first line indented two ems."""
    text = "\u3000\u3000" + text
    out: List[Char] = []
    for k in range(0, len(text), width):
        chunk = text[k:k + width]
        lead = len(chunk) - len(chunk.lstrip("\u3000"))
        out += row(chunk.lstrip("\u3000"), x + lead * size, y + (k // width) * size * 1.4, size=size)
    return out


BODY_A = "党的十九大报告明确指出，我国经济已由高速增长阶段转向高质量发展阶段。" * 3
BODY_B = "实现伟大梦想，必须进行伟大斗争。没有现成经验可供借鉴，必须发扬斗争精神。" * 3


def test_pdf_blocks_columns():
    blocks = build_blocks(build_lines(column(BODY_A, 0, 100) + column(BODY_B, 130, 100)))
    assert len(blocks) == 2
    left, right = sorted(blocks, key=lambda b: b.x0)
    assert left.text == BODY_A and right.text == BODY_B


# ---------------------------------------------------------------------------------
# titles: where the headline sits -> which article gets which body

def _layout(chars, height=800.0):
    return layout_page(build_blocks(build_lines(chars)), height=height)


def test_pdf_title_above_two_columns():
    chars = row("高质量发展迈出一大步", 20, 100, size=24) + column(BODY_A, 0, 140) + column(BODY_B, 130, 140)
    layout = _layout(chars)
    assert len(layout.articles) == 1
    article = layout.articles[0]
    assert article.title.text == "高质量发展迈出一大步"
    assert "".join(b.text for b in article.body) == BODY_A + BODY_B


def test_pdf_vertical_title_beside_body():
    chars = (row("解决好科技体系问题", 150, 120, size=24, vertical=True)
             + column(BODY_A, 0, 120) + row("上方另一篇文章标题", 300, 40, size=24))
    layout = _layout(chars)
    titled = {a.title.text: a for a in layout.articles if a.title is not None and a.body}
    assert "解决好科技体系问题" in titled
    assert titled["解决好科技体系问题"].body[0].text == BODY_A
    assert [g.blocks[0].text for g in layout.banners] == ["上方另一篇文章标题"]


def test_pdf_title_kicker_byline_and_subhead():
    chars = (row("防风险严监管", 40, 60, size=14) + row("全面把握现代金融发展要义", 20, 80, size=24)
             + row("刘宾", 100, 110, size=10.5) + column(BODY_A, 0, 140)
             + row("小标题在栏内", 8, 304, size=14) + column(BODY_B, 0, 328))
    layout = _layout(chars)
    article = next(a for a in layout.articles if a.title is not None)
    parts = article.parts()
    assert article.title.text == "全面把握现代金融发展要义"
    assert [b.text for b in parts["kicker"]] == ["防风险严监管"]
    assert [b.text for b in parts["byline"]] == ["刘宾"]
    assert [b.role for b in article.body] == [BODY, HEADING, BODY]
    assert sum(1 for a in layout.articles if a.title is not None) == 1


def test_pdf_untitled_body_is_kept_whole():
    layout = _layout(column(BODY_A, 0, 100))
    assert len(layout.articles) == 1 and layout.articles[0].title is None
    assert layout.articles[0].body[0].text == BODY_A


# ---------------------------------------------------------------------------------
# real e-paper pages (skipped when the samples are not there)

REAL_PAGES = [
    ("renmin_ribao_2018-01-03_p07.pdf",
     {"新使命：中国共产党的历史担当": ("党的十九大指出中国特色社会主义进入新时代", "（作者为中央党史研究室原副主任）", ["李忠杰"]),
      "历史永远眷顾奋进者": ("历史上、现实中，很多人以顽强拼搏为人生信条", "书写中华民族伟大复兴的新传奇。", ["何民捷"]),
      "履行历史使命：伟大工程起决定性作用": ("习近平同志在党的十九大报告中深入阐述了", "研究中心研究员）", ["唐洲雁"])}),
    ("renmin_ribao_2018-01-22_p07.pdf",
     {"高质量发展迈出一大步": ("党的十九大报告明确指出，我国经济已由高速增长阶段转向高质量发展阶段。", "（作者单位：清华大学国情研究院）", ["胡鞍钢", "张新"]),
      "全面把握现代金融发展要义": ("党的十八大以来，习近平同志对金融发展作出一系列重要论述", "（作者单位：河北金融学院）", ["刘宾", "胡瑞华"])}),
]


@pytest.fixture(scope="module")
def read_real():
    from tagger.read.pdf import read_pdf
    from tagger.segment.pdf import segment_pdf_page

    def read(name):
        path = PDF_DIR / name
        if not path.exists():
            pytest.skip(f"sample PDF not found: {path}")
        docs = list(read_pdf(path))
        assert len(docs) == 1 and docs[0].layout is not None
        return docs[0], segment_pdf_page(docs[0].layout)
    return read


@pytest.mark.parametrize("name,expected", REAL_PAGES, ids=[p[0] for p in REAL_PAGES])
def test_pdf_real_page_articles(read_real, name, expected):
    doc, records = read_real(name)
    page, articles = records[0], [r for r in records[1:] if r.meta["genre"] != "caption"]
    assert page.kind == "page" and page.meta["date"] == name.split("_")[2]
    assert (page.meta["page"], page.meta["section"]) == ("7", "理论")
    by_title = {a.meta["title"]: a for a in articles}
    for title, (start, end, people) in expected.items():
        article = by_title[title]
        assert article.text.startswith(start)
        assert article.text.endswith(end)
        assert article.meta["authors"] == people
        assert article.meta["pdf_page"] == 1 and len(article.meta["bbox"]) == 4
        assert title not in article.text  # the title is meta, not body
    # no fake-bold or layout doubling: each body line appears once
    for article in articles:
        assert article.text.count(article.text[:30]) == 1


REAL_TITLES = [
    ("renmin_ribao_2018-01-11_p07.pdf", "准确理解『不平衡不充分的发展』"),  # vertical, ﹃﹄ forms
    ("renmin_ribao_2018-01-11_p07.pdf", "推进绿色发展的三大抓手"),
    ("renmin_ribao_2018-01-17_p07.pdf", "关于我国经济高质量发展的几点认识"),
    ("renmin_ribao_2018-01-26_p07.pdf", "运用辩证思维推动高质量发展"),
]


@pytest.mark.parametrize("name,title", REAL_TITLES, ids=[t for _, t in REAL_TITLES])
def test_pdf_real_page_titles(read_real, name, title):
    _, records = read_real(name)
    article = next(r for r in records if r.meta.get("title") == title)
    assert len(article.text) > 500 and article.meta["authors"]


def test_pdf_real_page_offsets_trace_back(read_real):
    doc, records = read_real("renmin_ribao_2018-01-03_p07.pdf")
    article = next(r for r in records if r.meta.get("title") == "历史永远眷顾奋进者")
    for a, b in [(0, 10), (100, 130), (len(article.text) - 16, len(article.text))]:
        start, end = article.offsets.to_raw(a, b)
        assert doc.text[start:end].replace("\n", "") == article.text[a:b].replace("\n", "")
    t0, t1 = article.meta["title_raw"]
    assert doc.text[t0:t1] == "历史永远眷顾奋进者"


def test_pdf_real_page_subheads_in_body(read_real):
    _, records = read_real("renmin_ribao_2018-01-03_p07.pdf")
    lead = next(r for r in records if r.meta.get("title") == "新使命：中国共产党的历史担当")
    assert lead.meta["headings"] == ["不忘初心走在时代前列", "勇担重任回应人民期待", "接续奋斗迈向复兴未来"]
    assert "\n不忘初心走在时代前列\n" in lead.text


# ---------------------------------------------------------------------------------
# generated PDFs: a good page through `tagger tag`, and bad PDFs as error records

def _canvas(buf, **kwargs):
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    return canvas.Canvas(buf, pagesize=A4, **kwargs)


def _register_font():
    if not WQY.exists():
        pytest.skip(f"CJK font not found: {WQY}")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", str(WQY), subfontIndex=0))


def _good_pdf(path: Path, *, fake_bold: bool = True) -> None:
    _register_font()
    c = _canvas(str(path))
    height = c._pagesize[1]
    c.setFont("WQY", 26)
    for dx in ((0, 0.6) if fake_bold else (0,)):
        c.drawString(60 + dx, height - 80, "城市更新让老街区焕发新活力")
    c.setFont("WQY", 10)
    c.drawString(200, height - 110, "记者 王晓明")
    y = height - 140
    text = "本报讯（记者 王晓明）近日，老城区更新改造工程全面完工，居民生活环境明显改善。" * 6
    for k in range(0, len(text), 40):
        c.drawString(60, y, text[k:k + 40])
        y -= 14
    c.showPage()
    c.save()


def test_pdf_generated_page_read(tmp_path):
    from tagger.read.pdf import read_pdf
    from tagger.segment.pdf import segment_pdf_page

    path = tmp_path / "page.pdf"
    _good_pdf(path)
    doc = next(iter(read_pdf(path)))
    # the title is drawn twice at +0.6 pt: one copy is left (PDFium or our dedupe drops the other)
    assert doc.text.count("城市更新让老街区焕发新活力") == 1
    assert "城城" not in doc.text
    records = segment_pdf_page(doc.layout)
    article = records[1]
    assert article.meta["title"] == "城市更新让老街区焕发新活力"
    assert article.meta["dateline"] == "本报讯"
    assert article.meta["reporters"] == ["王晓明"]
    assert article.text.startswith("本报讯（记者 王晓明）近日") or article.text.startswith("本报讯（记者王晓明）近日")


def _not_pdf(path: Path) -> None:
    path.write_text("这不是PDF文件", encoding="utf-8")


def _truncated(path: Path) -> None:
    good = path.with_name("good.pdf")
    _good_pdf(good, fake_bold=False)
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _encrypted(path: Path) -> None:
    _register_font()
    c = _canvas(str(path), encrypt="secret")
    c.setFont("WQY", 12)
    c.drawString(60, 700, "加密的页面")
    c.showPage()
    c.save()


def _scanned(path: Path) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    image = Image.new("RGB", (200, 100), "white")
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    buf.seek(0)
    c = _canvas(str(path))
    c.drawImage(ImageReader(buf), 50, 500, width=400, height=200)
    c.showPage()
    c.save()


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _garbage(path: Path) -> None:
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)


BAD_PDFS = [
    ("empty", _empty, "E004", "empty"),
    ("garbage_after_header", _garbage, "E122", "damaged or truncated"),
    ("not_a_pdf", _not_pdf, "E120", "not a PDF"),
    ("truncated", _truncated, "E122", "damaged or truncated"),
    ("encrypted", _encrypted, "E121", "password"),
    ("scanned", _scanned, "E123", "OCR"),
]


@pytest.mark.parametrize("name,make,code,words", BAD_PDFS, ids=[b[0] for b in BAD_PDFS])
def test_pdf_bad_file_is_error_record_and_run_goes_on(tmp_path, shipped_nlp, name, make, code, words):
    from tagger.tagging import TagSettings, TagSummary, tag_inputs

    bad = tmp_path / f"{name}.pdf"
    make(bad)
    good = tmp_path / "page.pdf"
    _good_pdf(good)
    summary = TagSummary()
    records = list(tag_inputs([str(bad), str(good)], nlp=shipped_nlp, settings=TagSettings(), summary=summary))
    errors = [r for r in records if r["kind"] == "error"]
    assert len(errors) == 1 and code in errors[0]["error"] and words in errors[0]["error"]
    assert str(bad) in errors[0]["error"]
    titles = [r["meta"].get("title") for r in records if r["kind"] == "article"]
    assert "城市更新让老街区焕发新活力" in titles
    assert summary.errors == 1


def test_pdf_directory_of_pdfs(tmp_path, shipped_nlp):
    from tagger.tagging import tag_inputs

    for name in ("a.pdf", "b.pdf"):
        _good_pdf(tmp_path / name)
    records = list(tag_inputs([str(tmp_path)], nlp=shipped_nlp))
    articles = [r for r in records if r["kind"] == "article"]
    assert [r["meta"]["source"] for r in articles] == [str(tmp_path / "a.pdf"), str(tmp_path / "b.pdf")]
    article = articles[0]
    assert article["meta"]["pdf_page"] == 1 and article["id"] == f"{tmp_path / 'a.pdf'}#p1#1"
    person = next(s for s in article["spans"] if s["text"] == "王晓明")
    doc_text = next(iter(__import__("tagger.read.pdf", fromlist=["read_pdf"]).read_pdf(tmp_path / "a.pdf"))).text
    assert doc_text[person["raw_start"]:person["raw_end"]] == "王晓明"


def test_pdf_multi_page(tmp_path):
    from tagger.read.pdf import read_pdf
    from tagger.segment.pdf import segment_pdf_page

    _register_font()
    path = tmp_path / "two.pdf"
    c = _canvas(str(path))
    height = c._pagesize[1]
    for title in ("第一版的头条新闻标题", "第二版的头条新闻标题"):
        c.setFont("WQY", 24)
        c.drawString(60, height - 80, title)
        c.setFont("WQY", 10)
        y = height - 120
        text = f"本报讯 这是{title}下面的正文，写满几行，好让版面有正文栏。" * 4
        for k in range(0, len(text), 40):
            c.drawString(60, y, text[k:k + 40])
            y -= 14
        c.showPage()
    c.save()
    docs = list(read_pdf(path))
    assert [d.meta["pdf_page"] for d in docs] == [1, 2]
    assert [d.id for d in docs] == [f"{path}#p1", f"{path}#p2"]
    titles = [[r.meta.get("title") for r in segment_pdf_page(d.layout) if r.kind == "article"] for d in docs]
    assert titles == [["第一版的头条新闻标题"], ["第二版的头条新闻标题"]]


def test_pdf_cli_tag_and_page_text(tmp_path):
    """`tagger tag page.pdf` writes page and article records whose raw offsets index the page
    text that `python -m tagger.read.pdf` prints."""
    import json
    import subprocess
    import sys

    from typer.testing import CliRunner

    from tagger.cli import app

    page = tmp_path / "page.pdf"
    _good_pdf(page)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["tag", str(page), "-o", str(out), "--keywords", "none"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["kind"] for r in records] == ["page", "article"]
    article = records[1]
    assert article["meta"]["title"] == "城市更新让老街区焕发新活力"
    printed = subprocess.run([sys.executable, "-m", "tagger.read.pdf", str(page), "--page", "1"],
                             capture_output=True, text=True, check=True).stdout
    start, end = article["meta"]["raw_start"], article["meta"]["raw_end"]
    assert printed[start:end].replace("\n", "").startswith("本报讯（记者")
    t0, t1 = article["meta"]["title_raw"]
    assert printed[t0:t1] == "城市更新让老街区焕发新活力"
