"""Text pages of other papers: doubled lines from offset fake bold, other datelines."""

from __future__ import annotations

import json

import pytest

from tagger.repair import repair_text
from tagger.segment.bylines import parse_dateline

RELINE_CASES = [
    ("overlapping wrapped pieces", "2018\n2018年\n年5月1\n1日\n", "2018年5月1日"),
    ("title drawn twice, wrapped", "新使命：\n新使命\n：中国共产党的历史担当\n", "新使命：中国共产党的历史担当"),
    ("whole line doubled", "用吹气球解释宇宙膨胀、\n用吹气球解释宇宙膨胀、\n", "用吹气球解释宇宙膨胀、"),
    ("vertical headline, each character doubled", "守守\n护护\n安安\n全全\n", "守护安全"),
    ("vertical headline, one character a line", "解\n\n决\n\n好\n\n科\n\n技\n", "解决好科技"),
    ("vertical headline in two columns written row by row, read right to left",
     "今日8版 第212期\n\n守履\n护职\n安尽\n全责\n", "今日8版 第212期\n履职尽责守护安全"),
    ("two-character names one a line left alone", "王明\n李华\n张强\n刘洋\n", "王明\n李华\n张强\n刘洋"),
    ("vertical headline and the name beside it", "准\n确\n把\n握\n\n严\n书\n翰\n", "准确把握\n严书翰"),
    ("three one-character lines left alone", "甲\n乙\n丙\n", "甲\n乙\n丙"),
    ("real reduplication left alone", "常常\n来这里看看\n", "常常\n来这里看看"),
    ("doubled lines of two columns sharing one character by chance",
     "在各大视频平台，许多极具\n在各大视频平台，许多极具\n具有重要意义。中国空间站\n具有重要意义。中国空间站\n",
     "在各大视频平台，许多极具\n具有重要意义。中国空间站"),
    ("a repeated word at a line break left alone", "他说的\n的确如此\n", "他说的\n的确如此"),
    ("two different short lines left alone", "一线调研\n党建引领释放产业新活力\n", "一线调研\n党建引领释放产业新活力"),
    ("a name printed vertically, one character a line", "要清醒认识\n\n肖\n凌\n之\n\n“大的风范”。\n",
     "要清醒认识\n肖凌之\n“大的风范”。"),
    ("a surname under the headline, the given name among the body lines",
     "抓好就业这个最大民生工程\n莫\n就业是最大的民生。党的十九大\n报告提出\n荣\n政策。\n",
     "抓好就业这个最大民生工程\n莫荣\n就业是最大的民生。党的十九大\n报告提出\n政策。"),
    ("a lone character under running text is not a surname of a byline",
     "就业是最大的民生。\n莫\n这是报告提出的。\n荣\n政策。\n", "就业是最大的民生。\n莫\n这是报告提出的。\n荣\n政策。"),
    ("a lone non-surname under a headline is left alone", "抓好就业\n甲\n这是报告提出的。\n荣\n",
     "抓好就业\n甲\n这是报告提出的。\n荣"),
]


@pytest.mark.parametrize("name,raw,expected", RELINE_CASES, ids=[c[0] for c in RELINE_CASES])
def test_repair_relines(name, raw, expected):
    repaired = repair_text(raw)
    lines = [ln for ln in repaired.text.split("\n") if ln.strip()]
    assert "\n".join(lines) == expected
    # every character still maps to the same character of the raw text
    for k, ch in enumerate(repaired.text):
        if ch.strip():
            start, end = repaired.offsets.to_raw(k, k + 1)
            assert ch in raw[start:end]


CUT_OVERLAP_CASES = [
    # (name, lines in reading order, lines after cut_overlaps)
    ("a wrapped line's copy repeating its end",
     ["的土壤中，相信在足球场上，就会有更多努力奔跑的美丽身", "相信在足球场上，就会有更多努力奔跑的美丽身影。"],
     ["的土壤中，相信在足球场上，就会有更多努力奔跑的美丽身", "影。"]),
    ("a pull quote drawn over the text it repeats",
     ["亟待相关部门、机构以及社会组织的", "协同配合、联合发力，实现从治标", "的协同配合、联合发力，实现从治", "到治本的有效治理。"],
     ["亟待相关部门、机构以及社会组织的", "协同配合、联合发力，实现从治标", "", "到治本的有效治理。"]),
    ("a short repeat across a break is running text",
     ["我们要坚持不懈，坚持", "坚持不懈地抓好落实。"],
     ["我们要坚持不懈，坚持", "坚持不懈地抓好落实。"]),
]


@pytest.mark.parametrize("name,lines,expected", CUT_OVERLAP_CASES, ids=[c[0] for c in CUT_OVERLAP_CASES])
def test_repair_cut_overlaps(name, lines, expected):
    from tagger.repair.buffer import Chars
    from tagger.repair.relines import cut_overlaps

    raw = "\n".join(lines)
    bufs, pos = [], 0
    for line in lines:
        bufs.append(Chars.from_raw(raw, pos, pos + len(line)))
        pos += len(line) + 1
    out = cut_overlaps(bufs)
    assert [b.text for b in out] == expected
    for b in out:  # what is kept still maps onto the same raw characters
        assert all(raw[start:end] == ch for ch, start, end in zip(b.chars, b.starts, b.ends))


@pytest.mark.parametrize("a,b,joined", [
    ("申请贷款的门槛仍然不低，不少小微", "企业融资仍然面临困难", True),
    ("这是新时代的精神源泉。", "习近平总书记在讲话中指出", False),  # across a full stop: a new paragraph
    ("会议要求各地", "。", False),
])
def test_repair_lines_run_on_by_the_character_model(a, b, joined):
    from tagger.repair.lines import runs_on

    assert runs_on(a, b) == joined


DATELINE_CASES = [
    ("南都讯 见习记者 欧阳晓峰 通讯员 司马琳 日方早已预设", "南都讯", [("见习记者", "欧阳晓峰"), ("通讯员", "司马琳")]),
    ("7月5日消息（记者 彭丽）对于孩子们来说", "7月5日消息", [("记者", "彭丽")]),
    ("本报5月3日讯（记者 王五）今天", "本报5月3日讯", [("记者", "王五")]),
    ("本报讯（记者 韩梅梅 通讯员 杜子腾）中国式", "本报讯", [("记者", "韩梅梅"), ("通讯员", "杜子腾")]),
    ("喜讯传来，大家都很高兴", None, []),
    ("5月3日，天气晴朗", None, []),
]


@pytest.mark.parametrize("text,dateline,pairs", DATELINE_CASES, ids=[c[0][:8] for c in DATELINE_CASES])
def test_segment_other_datelines(text, dateline, pairs):
    assert parse_dateline(text) == (dateline, pairs)


def test_segment_author_under_title_and_affiliation_in_body():
    from tagger.segment import segment_page

    raw = ("新使命：中国共产党的历史担当\n李忠杰\n"
           "党的十九大指出中国特色社会主义进入新时代，并鲜明地提出新时代中国共产党的历史使命。\n"
           "（作者为中央党史研究室原副主任）\n")
    records = [r for r in segment_page(repair_text(raw)) if r.kind == "article"]
    assert len(records) == 1
    article = records[0]
    assert article.meta["title"] == "新使命：中国共产党的历史担当"
    assert "李忠杰" in article.meta["authors"] + article.meta["reporters"]
    assert article.text.endswith("（作者为中央党史研究室原副主任）")
    assert "李忠杰" not in article.text


def test_segment_vertical_author_name_is_the_byline():
    from tagger.segment import segment_page

    raw = ("抓好就业这个最大民生工程\n莫\n就业是最大的民生。党的十九大报告提出，要坚持就业优先战略和积极\n"
           "就业政策，实现更高质量和更充分就业。\n荣\n这是解决就业矛盾必须长期坚持的重大战略。\n")
    article = next(r for r in segment_page(repair_text(raw)) if r.kind == "article")
    assert article.meta["title"] == "抓好就业这个最大民生工程"
    assert "莫荣" in article.meta["authors"] + article.meta["reporters"]
    assert "荣" not in article.text.replace("光荣", "")
    assert "更充分就业。" in article.text and article.text.endswith("重大战略。")


def test_segment_comma_title_before_subtitle():
    from tagger.segment import segment_page

    raw = ("乘势而上，巩固回升向好态势\n——从半年报里读懂中国信心\n"
           "近日，国家统计局发布2023年上半年经济数据。怎样读懂这份半年报，是各方关注的话题。\n")
    records = [r for r in segment_page(repair_text(raw)) if r.kind == "article"]
    assert [r.meta["title"] for r in records] == ["乘势而上，巩固回升向好态势"]
    assert records[0].meta["subtitle"].endswith("从半年报里读懂中国信心")


@pytest.mark.parametrize("text,pairs", [
    ("龚文密", [("", "龚文密")]),
    ("张幼文", [("", "张幼文")]),
    ("文/郑文涛", [("文", "郑文涛")]),
    ("图 张三", [("图", "张三")]),
])
def test_segment_one_character_roles_need_a_separator(text, pairs):
    from tagger.segment.bylines import parse_byline

    assert parse_byline(text) == pairs


def test_segment_folio_with_section_next_to_date_header():
    from tagger.segment import segment_page

    raw = ("2018 年 1 月 22 日 星期一\n\n7 理论\n\n高质量发展迈出一大步\n"
           "党的十九大报告明确指出，我国经济已由高速增长阶段转向高质量发展阶段。\n")
    records = segment_page(repair_text(raw))
    page = records[0]
    assert (page.meta["date"], page.meta["page"], page.meta["section"]) == ("2018-01-22", "7", "理论")
    assert [r.meta["title"] for r in records if r.kind == "article"] == ["高质量发展迈出一大步"]


@pytest.mark.parametrize("loose,furniture", [
    # a page number and section set loose among the headlines is page furniture and opens no page
    ("7 理论", True),
    # a number that counts something is a headline's
    ("5 大亮点", False),
])
def test_segment_loose_folio_among_headlines(loose, furniture):
    from tagger.segment import segment_page

    raw = ("2018 年 1 月 23 日 星期二\n\n本报讯 各地各部门认真学习贯彻党的十九大精神，推动工作落实。\n\n"
           f"划时代的思想火炬\n{loose}\n肖伟光\n"
           "唯物主义认识论告诉我们，每个时代的思想理论都是这个时代的产物，都是一定社会历史活动的结果。\n")
    records = segment_page(repair_text(raw))
    pages = [r for r in records if r.kind == "page"]
    assert len(pages) == 1
    squeezed = loose.replace(" ", "")
    assert (squeezed in pages[0].meta["furniture"]) is furniture
    if furniture:
        assert (pages[0].meta["page"], pages[0].meta["section"]) == ("7", "理论")
        assert all(squeezed not in (r.meta.get("title") or "") + (r.meta.get("subtitle") or "")
                   for r in records if r.kind == "article")


def test_repair_vertical_forms_of_text_dumps():
    # a vertical headline's presentation forms are written as the usual ones, offsets kept
    repaired = repair_text("准确理 解﹃不 平衡不充分的发 展﹄\n")
    assert "『不" in repaired.text and "﹃" not in repaired.text
    start = repaired.text.index("『")
    assert repaired.offsets.to_raw(start, start + 1) == (5, 6)


@pytest.mark.parametrize("raw,kicker,title", [
    ("防风险 严监管 活实体 促发展\n全面把握现代金融发展要义\n", "防风险 严监管 活实体 促发展", "全面把握现代金融发展要义"),
    ("聚焦城市更新\n任何报告都无法洗白排海错误决定\n", "聚焦城市更新", "任何报告都无法洗白排海错误决定"),
    ("不忘初心走在\n时代前列\n", None, "不忘初心走在"),
])
def test_segment_kicker_over_title(raw, kicker, title):
    from tagger.segment import segment_page

    raw += "本报讯 党的十九大报告明确指出，我国经济已由高速增长阶段转向高质量发展阶段。\n"
    article = next(r for r in segment_page(repair_text(raw)) if r.kind == "article")
    assert (article.meta.get("kicker"), article.meta["title"]) == (kicker, title)


@pytest.mark.parametrize("raw,expected", [
    ("新使命新使命：：中国共产党的历史担当", "新使命：中国共产党的历史担当"),
    ("2018年1月17日 星期三77理论理论", "2018年1月17日 星期三7理论"),
    ("高高兴兴地研究研究再说", "高高兴兴地研究研究再说"),
    ("谢谢谢谢你", "谢谢谢谢你"),
    ("编号为001001的文件", "编号为001001的文件"),
])
def test_repair_doubled_run_inside_a_token(raw, expected):
    repaired = repair_text(raw)
    assert repaired.text == expected
    start, end = repaired.offsets.to_raw(0, len(repaired.text))
    assert (start, end) == (0, len(raw))


def _columns(n_rows: int, n_cols: int):
    """``n_cols`` columns of ``n_rows`` lines whose line breaks fall inside two-character
    words (each column its own words), plus the set of those words."""
    words, columns = set(), []
    code = 0x4E00
    for _ in range(n_cols):
        pairs = [(chr(code + 2 * i), chr(code + 2 * i + 1)) for i in range(n_rows)]
        code += 2 * n_rows
        words |= {a + b for a, b in pairs}
        column = []
        for i in range(n_rows):
            head = pairs[i - 1][1] if i else "起"
            column.append(head + "的" * 16 + pairs[i][0])
        columns.append(column)
    return columns, words


def _junction(words):
    """A character score that knows the synthetic columns' words (and nothing else)."""
    return lambda a, b: 3.0 if a[-1] + b[0] in words else -1.0


@pytest.mark.parametrize("n_cols", [2, 3, 4, 6])
def test_repair_columns_read_in_rotation_are_read_column_by_column(n_cols):
    from tagger.repair.columns import reading_order

    columns, words = _columns(18, n_cols)
    dump = [columns[c][r] for r in range(18) for c in range(n_cols)]  # row by row across
    order = reading_order(dump, words.__contains__, _junction(words))
    assert [dump[i] for i in order] == [line for column in columns for line in column]


def test_repair_columns_rotation_changes_where_a_column_ends():
    from tagger.repair.columns import reading_order

    columns, words = _columns(24, 3)
    columns[2] = columns[2][:10]  # the third column ends early: rows of three, then of two
    dump = [col[r] for r in range(24) for col in columns if r < len(col)]
    order = reading_order(dump, words.__contains__, _junction(words))
    assert [dump[i] for i in order] == [line for column in columns for line in column]


def test_repair_columns_text_in_order_is_left_alone():
    from tagger.repair.columns import reading_order

    columns, words = _columns(36, 1)
    assert reading_order(columns[0], words.__contains__, _junction(words)) == list(range(36))


def test_repair_columns_headline_set_aside_stays_over_its_column():
    from tagger.repair.columns import reading_order

    columns, words = _columns(18, 2)
    dump = [columns[c][r] for r in range(18) for c in range(2)]
    dump.insert(6, "标题")  # a short headline line in the dump, before the first column's 4th line
    order = [dump[i] for i in reading_order(dump, words.__contains__, _junction(words))]
    assert order.index("标题") == order.index(columns[0][3]) - 1
    assert [ln for ln in order if ln != "标题"] == columns[0] + columns[1]


def test_repair_columns_real_text_read_in_rotation(news_columns):
    """Two columns of news text in rotation come back column by column with the packaged
    character model alone (no dictionary)."""
    from tagger.repair.columns import reading_order

    left, right = news_columns
    dump = [col[r] for r in range(len(left)) for col in (left, right) if r < len(col)]
    order = reading_order(dump, lambda word: False)
    assert [dump[i] for i in order] == left + right


@pytest.mark.parametrize("a,b,runs_on", [
    ("各地区各部门要深入贯彻落实，各", "地抓住机遇推动高质量发展", True),
    ("各地区各部门要深入贯彻落实，各", "北京市朝阳区人民法院今天", False),
    ("近年来，他带领团队开发了煤基二甲醚制乙醇技术，在全球", "首次实现了煤经二甲醚羰基化", True),
    ("近年来，他带领团队开发了煤基二甲醚制乙醇技术，在全球", "。", False),
])
def test_charlm_junction_says_which_line_runs_on(a, b, runs_on):
    from tagger.zh.charlm import news_lm

    assert (news_lm().junction(a, b) > 0) == runs_on


def test_charlm_build_counts_within_paragraphs(tmp_path):
    from tagger.zh.charlm import CharLM, build, iter_paragraphs

    src = tmp_path / "news.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in
                             [("a", "中国人民\n人民日报"), ("b", "人民日报"), ("gold", "人民人民")]),
                   encoding="utf-8")
    lm = build(iter_paragraphs([src], exclude=["gold"]), min_count=2)
    assert (lm.count("人"), lm.count("人民"), lm.count("人民日"), lm.count("民人")) == (3, 3, 2, 0)
    assert lm.count("中国") == 0  # seen once: below min_count
    lm.save(tmp_path / "lm.npz")
    again = CharLM.load(tmp_path / "lm.npz")
    assert (again.count("人民"), again.total) == (3, lm.total)


# Headlines paired with bodies by their words (segment/titles.py)
HEADLINE_WORD_CASES = [
    # (name, headline lines, body texts, expected headline line index per body or None)
    ("each headline repeats words of its own body",
     ["实施健康中国战略", "提高国民信息化素养刻不容缓"],
     ["必须实施健康中国战略，完善国民健康政策。", "提高国民信息化素养，学校教育责无旁贷。"],
     [0, 1]),
    ("a headline that fits two bodies alike is not placed by its words",
     ["推进绿色发展"],
     ["推进绿色发展是大势所趋。", "推进绿色发展需要树立新理念。"],
     [None, None]),
    ("a headline sharing only common words is not placed",
     ["党的建设的伟大工程"],
     ["党的十九大报告指出，要坚持和发展。", "党的十九大以来，改革不断深化。"],
     [None, None]),
]


@pytest.mark.parametrize("name,heads,bodies,expected", HEADLINE_WORD_CASES,
                         ids=[c[0] for c in HEADLINE_WORD_CASES])
def test_segment_headlines_paired_by_words(name, heads, bodies, expected):
    from tagger.segment.layout import Group, Run
    from tagger.segment.lines import BODY, TITLE, Line
    from tagger.segment.titles import match_titles

    lines = [Line(10 * i, 10 * i + len(h), h, kind=TITLE) for i, h in enumerate(heads)]
    runs = [Run([Line(1000 + 100 * j, 1000 + 100 * j + len(b), b, kind=BODY)]) for j, b in enumerate(bodies)]
    items, left = match_titles(list(runs), [Group(titles=[ln]) for ln in lines])
    got = [heads.index(r.group.titles[0].text) if r.group else None for r in runs]
    assert got == expected
    placed = {r.group.titles[0].text for r in runs if r.group}
    assert sorted(ln.text for g in left for ln in g.titles) == sorted(h for h in heads if h not in placed)


def test_segment_headline_scores_weigh_words_every_body_has_less():
    from tagger.segment.titles import headline_scores

    scores = headline_scores(["党的十九大精神", "绿色消费"], ["党的十九大提出绿色消费。", "党的十九大以来"])
    assert scores[1] == [1.0, 0.0]
    assert scores[0][0] == scores[0][1] < 1.0  # 党的十九大 is in both bodies: no preference


def test_segment_cluster_of_headlines_after_the_bodies():
    """Headlines printed together after the bodies (a text dump's order) go to the bodies
    whose words they repeat; a byline under a headline goes with it."""
    from tagger.segment import segment_page

    raw = ("习近平同志在党的十九大报告中提出实施健康中国战略，这是一项重要战略安排。"
           "人民健康是民族昌盛和国家富强的重要标志。\n（作者为某大学教授）\n"
           "文化是一个国家、一个民族的灵魂。铸就中华文化新辉煌，首先需要深入研究中华文化。\n"
           "（作者为某研究院学部委员）\n"
           "不断铸就中华文化新辉煌\n杨义\n实施健康中国战略\n李斌\n")
    articles = [r for r in segment_page(repair_text(raw)) if r.kind == "article"]
    by_title = {a.meta["title"]: a for a in articles}
    assert set(by_title) == {"实施健康中国战略", "不断铸就中华文化新辉煌"}
    assert by_title["实施健康中国战略"].text.startswith("习近平同志")
    assert by_title["不断铸就中华文化新辉煌"].text.startswith("文化是一个国家")
    meta = by_title["不断铸就中华文化新辉煌"].meta
    assert "杨义" in meta["authors"] + meta["reporters"]


@pytest.mark.parametrize("raw,texts", [
    # （作者为…） closes an article: the next paragraph is another body
    ("甲说，今年的收成很好。\n（作者为某大学教授）\n乙说，明年的收成会更好。\n",
     ["甲说，今年的收成很好。\n（作者为某大学教授）", "乙说，明年的收成会更好。"]),
    # a short title-like line after a body that stops inside a sentence is running text
    ("我们要坚持全民共治、源头防治，加快构建科学适度有序的国土空间布局体系和绿色循环\n"
     "低碳发展的产业体系\n"
     "以及激励和约束并举的生态文明制度体系。\n",
     ["我们要坚持全民共治、源头防治，加快构建科学适度有序的国土空间布局体系和绿色循环\n"
      "低碳发展的产业体系\n以及激励和约束并举的生态文明制度体系。"]),
])
def test_segment_article_boundaries(raw, texts):
    from tagger.segment import segment_page

    articles = [r for r in segment_page(repair_text(raw)) if r.kind == "article"]
    assert [a.text for a in articles] == texts


@pytest.mark.parametrize("raw,expected", [
    ("推进绿色发展的三大抓手\n韩秀华\n", ["推进绿色发展的三大抓手", "韩秀华"]),
    ("加快制造业服务化转型\n汪涛 吴光胜 胡查平\n", ["加快制造业服务化转型", "汪涛 吴光胜 胡查平"]),
    ("划时代的思想火炬\n7 理论\n", ["划时代的思想火炬", "7理论"]),
    ("让历史文化的灯火照耀当代\n记者林晓夕\n", ["让历史文化的灯火照耀当代", "记者林晓夕"]),
    ("科普的另一种打开方式（金台随笔）\n用吹气球解释宇宙膨胀、\n", ["科普的另一种打开方式（金台随笔）", "用吹气球解释宇宙膨胀、"]),
])
def test_repair_headline_not_joined_to_name_or_folio_under_it(raw, expected):
    from tagger.repair.lines import RawLine, join_separator

    first, second = raw.strip().split("\n")
    # measured as if both filled a column of their width: only the rule keeps them apart
    a = RawLine(first, float(len(first)), column=float(len(first)))
    b = RawLine(second, float(len(second)), column=float(len(first)))
    assert join_separator(first, first, a, b) is None
    assert [ln for ln in repair_text(raw).text.split("\n") if ln] == expected


WORDS = {"联合", "重点", "原初", "论坛"}.__contains__


@pytest.mark.parametrize("first,second,widths,joined", [
    # a full line that ends inside a word runs on into the running text under it
    ("教育部中国特色社会主义理论体系研究中心和嘉兴学院等单位联", "合举办的研讨会近日在浙江嘉兴举行。", (28, 30), True),
    ("党的十九大报告紧盯环境保护重", "点领域、关键问题和薄弱环节，提出加", (16, 17), True),
    # ... measured without the spaces of a letter-spaced line under it (点 领 域 、关 键 …)
    ("党的十九大报告紧盯环境保护重", "点 领 域 、关 键 问 题 和 薄 弱 环 节 ，提 出 加", (14, 24), True),
    # a headline shorter than the text under it forms a word with it only by chance
    ("纵马张掖草原", "初秋一个午夜，我再次住进张掖。一入张掖", (6, 19), False),
    # two lines without running-text punctuation are left to the headline rules
    ("中非合作", "论坛召开", (4, 4), False),
    # no word across the break
    ("教育部中国特色社会主义理论体系研究中心和嘉兴学院等单位", "举办的研讨会近日在浙江嘉兴举行。", (27, 30), False),
])
def test_repair_word_across_the_break_joins_running_text(first, second, widths, joined):
    from tagger.repair.lines import RawLine, join_separator

    # no column measured: only the word rule can join them
    a = RawLine(first, float(widths[0]))
    b = RawLine(second, float(widths[1]), justified=" " in second)
    assert (join_separator(first, first, a, b, WORDS) is not None) is joined
    assert join_separator(first, first, a, b) is None  # without a dictionary, kept apart


@pytest.mark.parametrize("text,byline", [
    ("记者龚晓燕", True),      # a byline printed vertically, its characters joined
    ("本报记者龚晓燕", True),
    ("记者王明", True),        # a name jieba knows as a name
    ("记者节快乐", False),     # no surname
    ("记者会上", False),
    ("文明城市", False),       # a one-character role only before a separator
])
def test_segment_joined_byline(text, byline):
    from tagger.segment.bylines import joined_byline
    from tagger.segment.lines import BYLINE, Line, classify

    assert joined_byline(text) is byline
    assert (classify(Line(0, len(text), text, width=float(len(text)))).kind == BYLINE) is byline


@pytest.mark.parametrize("line,after,headline", [
    # a headline over its own byline, set under another column's last line by the dump
    ("扩大开放，推动外贸稳中提质（人民时评）", "本报记者 上官云", True),
    ("第七届中国—南亚博览会将于8月举办", "记者 罗成", True),
    # running text, or a line over no byline, is not
    ("同做好单位清查底册编制、“地毯式”清查", "本报记者 上官云", False),
    ("在外需收缩的背景下，中国外贸顶住了压力，稳住", "本报记者 上官云", False),
    ("扩大开放，推动外贸稳中提质（人民时评）", "在外需收缩的背景下，中国外贸", False),
    ("扩大开放，推动外贸稳中提质", "本报记者王浩、李明、张华报道", False),
    # a headline broken over two lines, then its byline
    ("奋力谱写中国式现", "代化三峡新篇章\n本报记者 卢毅", True),
    # too many lines before the byline: running text
    ("奋力谱写中国式现", "代化三峡\n新篇章\n再一行\n本报记者 卢毅", False),
])
def test_repair_headline_over_byline(line, after, headline):
    from tagger.repair.lines import RawLine, headline_over_byline, join_separator

    after = after.split("\n")
    assert headline_over_byline(line, after) is headline
    body = "查机构要会同审批登记、行业主管等部门共同做好单位清查底册编制、“地毯式”清查"
    a, b = RawLine(body, float(len(body))), RawLine(line, float(len(line)))
    if headline:  # kept apart though a word seems to run across the break (清查|扩大)
        assert join_separator(body, body, a, b, WORDS, after=[RawLine(t, float(len(t))) for t in after]) is None


SUBHEAD = ["紧紧抓住中国特色社", "会主义进入新时代这个重", "大政治论断，深入学习领", "会习近平新时代中国特色",
           "社会主义思想的时代背景", "和实践基础"]


@pytest.mark.parametrize("lines,adjacent,blocks", [
    # a subhead of clauses broken over the narrow lines of one block: every break inside it
    (SUBHEAD, [True] * 5, [True] * 5),
    # ... not across a blank line
    (SUBHEAD, [True, True, False, True, True], [True, True, False, False, False]),
    (SUBHEAD[:3], [True, False], [False, False]),
    # a headline without a comma, a headline over a name and running text, lines of running text
    (["充分认识全面建", "成多层次社会保障体", "系的重大意义"], [True, True], [False, False]),
    (["我国地方政府债务风险总体可控", "陈", "当前，有一种观点夸大我国地方政"], [True, True], [False, False]),
    (["笃定信心、稳中求进，", "实现既定目标", "文/本报记者 冯志远"], [True, True], [False, False]),
    (["新时代，我国发展站到了新的历史起点上，我", "们有了更好的基础和更有利的发展条件，"], [True], [False]),
])
def test_repair_narrow_blocks(lines, adjacent, blocks):
    from tagger.repair.lines import RawLine, narrow_blocks

    raw = [RawLine(t, float(len(t)), column=20.0) for t in lines]
    assert narrow_blocks(raw, adjacent, WORDS) == blocks
    assert narrow_blocks(raw, adjacent, None) == [False] * len(blocks)  # no column layout


def test_repair_joins_a_subhead_broken_over_one_block():
    from tagger.repair import repair_text

    body = "党的十九大作出中国特色社会主义进入新时代的重大政治论断，“新时代”不是一个简单的概念表述，而"
    lines = [body[i:i + 20] for i in range(0, 60, 20)] * 3
    raw = "\n".join(lines) + "\n\n" + "\n".join(SUBHEAD) + "\n\n" + "\n".join(lines) + "\n"
    text = repair_text(raw).text
    assert "".join(SUBHEAD) in text.split("\n")


@pytest.mark.parametrize("second,justified,joined", [
    # a letter-spaced line wider than the column only by its spaces runs on into running text
    ("忠 诚 。 马 克 思 主 义 政 党 是 具 有 共 产 主", True, True),
    ("忠诚。马克思主义政党是具有共产主", False, True),
    # ... but not into a headline under it
    ("使党永葆旺盛生命力和强大战斗力", False, False),
])
def test_repair_letter_spaced_line_wider_by_its_spaces(second, justified, joined):
    from tagger.repair.lines import RawLine, join_separator

    first = "马 克 思 主 义 政 党 的 性 质 要 求 对 党"
    a = RawLine(first, 20.5, column=17.5, justified=True)
    b = RawLine(second, 23.5 if justified else 16.0, column=17.5, justified=justified)
    assert (join_separator(first, first, a, b) is not None) is joined


@pytest.mark.parametrize("second,joined", [
    ("（人民论坛）", True),   # a column rubric alone on its line closes the headline over it
    ("（新华社发）", False),  # a picture's credit does not
])
def test_repair_rubric_line_joins_its_headline(second, joined):
    from tagger.repair.lines import RawLine, join_separator

    first = "激发呵护生态环境的内生动力"
    a, b = RawLine(first, 13.0), RawLine(second, 6.0)
    assert (join_separator(first, first, a, b) == "") is joined


@pytest.mark.parametrize("second,kept", [
    ("走近走亲 牵手连心（短评）", True),          # a headline closed by its rubric starts a new block
    ("科普的另一种“打开方式”（金台随笔）", True),
    ("农民在田间收割水稻（新华社发）", False),    # a picture's credit does not
    ("开展专项消费监督（见下图）", False),         # nor a pointer to a picture
    ("并通过了相关规定（试行）。", False),         # running text ending a sentence
])
def test_repair_full_line_not_joined_to_rubric_headline_under_it(second, kept):
    from tagger.repair.lines import RawLine, join_separator

    first = "诺、开展专项消费监督等维权工作，"
    # both fill the column: only the rubric rule keeps them apart
    a = RawLine(first, float(len(first)), column=float(len(first)))
    b = RawLine(second, float(len(first)), column=float(len(first)))
    assert (join_separator(first, first, a, b) is None) is kept


def test_segment_byline_over_body_kept_when_words_choose_its_headline():
    """A body with only a byline over it, whose headline stands elsewhere in the dump and is
    paired with it by words, keeps that byline."""
    from tagger.segment.layout import Group, Run
    from tagger.segment.lines import BODY, BYLINE, TITLE, Line
    from tagger.segment.titles import match_titles

    heads = ["摸清社情民意解决实际问题", "推进国际发展合作"]
    bodies = ["调查研究要摸清社情民意、解决实际问题。", "要推进国际发展合作高质量发展。"]
    titles = [Line(10 * i, 10 * i + len(h), h, kind=TITLE) for i, h in enumerate(heads)]
    byline = Line(900, 915, "本报记者 杜子恒 实习生 上官云", kind=BYLINE)
    runs = [Run([Line(1000 + 100 * j, 1000 + 100 * j + len(b), b, kind=BODY)]) for j, b in enumerate(bodies)]
    runs[0].group = Group(bylines=[byline])
    match_titles(list(runs), [Group(titles=[t]) for t in titles])
    assert [r.group.titles[0].text for r in runs] == heads
    assert [ln.text for ln in runs[0].group.bylines] == ["本报记者 杜子恒 实习生 上官云"]
    assert runs[1].group.bylines == []


def test_segment_bare_name_under_title_stays_its_byline():
    from tagger.segment.layout import Block, groups_of
    from tagger.segment.lines import BYLINE, TITLE, Line

    block = Block([Line(0, 8, "新使命：中国共产党的历史担当", kind=TITLE), Line(9, 12, "李忠杰", kind=BYLINE),
                   Line(13, 19, "不忘初心走在时代前列", kind=TITLE)])
    groups = groups_of(block)
    assert [[ln.text for ln in g.titles] for g in groups] == [["新使命：中国共产党的历史担当"], ["不忘初心走在时代前列"]]
    assert [ln.text for ln in groups[0].bylines] == ["李忠杰"]


@pytest.mark.parametrize("head,title", [
    ("激发呵护生态环\n境的内生动力\n（人民论坛）\n", "激发呵护生态环境的内生动力（人民论坛）"),
    ("及时科学解答\n时代新课题\n（人民观点）\n", "及时科学解答时代新课题（人民观点）"),
    ("让农耕文明在新时代绽\n放新光芒（今日谈）\n", "让农耕文明在新时代绽放新光芒（今日谈）"),
    # a 本报… line over the headline is its byline, not a piece of it
    ("本报评论员\n科普的另一种“打开\n方式”（金台随笔）\n", "科普的另一种“打开方式”（金台随笔）"),
    # a vertical label's single characters over it (简 / 报) are no piece of it
    ("简\n\n报\n\n切不可松劲（今日谈）\n", "切不可松劲（今日谈）"),
    # without a rubric closing it, a two-line stack stays title and subtitle
    ("不忘初心走在\n时代前列\n", "不忘初心走在"),
    # ... unless a word runs across the breaks (改|革, 发|展)
    ("供给侧结构性改\n革抓住了建设协同发\n展产业体系的关键\n", "供给侧结构性改革抓住了建设协同发展产业体系的关键"),
    ("充分认识着力解\n决突出环境问题的重\n大意义\n", "充分认识着力解决突出环境问题的重大意义"),
])
def test_segment_headline_broken_in_a_narrow_box(head, title):
    from tagger.segment import segment_page

    raw = head + "本报讯 党的十九大报告明确指出，我国经济已由高速增长阶段转向高质量发展阶段。\n"
    article = next(r for r in segment_page(repair_text(raw)) if r.kind == "article")
    assert article.meta["title"] == title
    start, end = article.meta["title_raw"]
    assert raw[start:end].replace("\n", "").endswith(title[-4:])


@pytest.mark.parametrize("lines,body,kickers,title,subtitles", [
    # a page banner and a kicker over the title, which repeats its body's words
    (["深入学习贯彻习近平新时代中国特色社会主义思想", "决定党的建设方向和效果", "把党的政治建设摆在首位"],
     "新时代党的建设要把党的政治建设摆在首位。", ["深入学习贯彻习近平新时代中国特色社会主义思想", "决定党的建设方向和效果"],
     "把党的政治建设摆在首位", []),
    # a kicker longer than the title under it
    (["树立自然价值和自然资本的理念", "加深对绿色发展的理解"], "加深对绿色发展的理解，树立自然价值和自然资本的理念。",
     ["树立自然价值和自然资本的理念"], "加深对绿色发展的理解", []),
    # a title broken where its break forms a word (现代化)
    (["奋力谱写中国式现", "代化三峡新篇章"], "三峡集团奋力谱写中国式现代化新篇章。", [], "奋力谱写中国式现代化三峡新篇章", []),
    # a kicker over the title is never joined to it (新任 is a word by chance)
    (["聚焦城市更新", "任何报告都无法洗白排海错误决定"], "日方的做法完全是自欺欺人。", ["聚焦城市更新"],
     "任何报告都无法洗白排海错误决定", []),
    # a line closed by its rubric is a whole title; what follows is not a title over it
    (["赴汤蹈火保平安", "强化科技支撑端牢能源饭碗（快评）", "深厚山海情合作促多赢（纵横）"], "能源饭碗端在自己手里。",
     ["赴汤蹈火保平安"], "强化科技支撑端牢能源饭碗（快评）", ["深厚山海情合作促多赢（纵横）"]),
    # a long title over a subtitle printed without ——, both in the body
    (["第五届金水湖论坛暨2021全球AMOLED生态链峰会举行", "加快建设新型显示创新引领区"],
     "第五届金水湖论坛暨2021全球AMOLED生态链峰会举行，加快建设新型显示创新引领区。", [],
     "第五届金水湖论坛暨2021全球AMOLED生态链峰会举行", ["加快建设新型显示创新引领区"]),
    # a kicker row broken over lines, each piece clearly shorter than the title
    (["绿色规划", "绿色产业", "绿色消费", "推进绿色发展的三大抓手"], "推进绿色发展，绿色规划是前提。",
     ["绿色规划", "绿色产业", "绿色消费"], "推进绿色发展的三大抓手", []),
    # a picture's credit in brackets is not a column rubric
    (["消费升级翟桂溪作（新华社发）", "社会主要矛盾新变化与民族复兴新境界"], "社会主要矛盾新变化开辟民族复兴新境界。",
     ["消费升级翟桂溪作（新华社发）"], "社会主要矛盾新变化与民族复兴新境界", []),
    # two whole words across the break (战略 / 建设) do not make a broken title
    (["不断铸就中华文化新辉煌实施健康中国战略", "建设网络强国的重要基础"], "不断铸就中华文化新辉煌。",
     [], "不断铸就中华文化新辉煌实施健康中国战略", ["建设网络强国的重要基础"]),
    # words not in the body do not say: the first line stays the title
    (["不忘初心走在", "时代前列"], "党的十九大报告明确指出。", [], "不忘初心走在", ["时代前列"]),
    # a line ending in a character that ends no headline goes on in the next (将|于 is no word)
    (["第七届中国—南亚博览会将", "于8月举办"], "第七届中国—南亚博览会将于8月16日在昆明举办。", [],
     "第七届中国—南亚博览会将于8月举办", []),
    (["关于加快建设全国统一大市场的", "实施意见"], "意见提出加快建设全国统一大市场。", [],
     "关于加快建设全国统一大市场的实施意见", []),
])
def test_segment_headline_stack(lines, body, kickers, title, subtitles):
    from tagger.repair.columns import dictionary_words
    from tagger.segment.layout import headline_stack
    from tagger.segment.titles import headline_scores

    others = ["国务院常务会议研究部署推进经济工作。"]
    k, t, s = headline_stack(lines, dictionary_words(), lambda text: headline_scores([text], [body, *others])[0][0])
    join = lambda unit: "".join(lines[i] for i in unit)  # noqa: E731
    assert ([join(u) for u in k], join(t), [join(u) for u in s]) == (kickers, title, subtitles)


@pytest.mark.parametrize("text,pairs", [
    ("（文/罗成）", [("文", "罗成")]),
    ("(文/郑文涛)", [("文", "郑文涛")]),
    ("（作者为中央党史研究室原副主任）", None),
    ("（人民论坛）", None),
])
def test_segment_bracketed_byline_line(text, pairs):
    from tagger.segment.bylines import BYLINE_LINE, parse_byline

    assert bool(BYLINE_LINE.match(text)) == (pairs is not None)
    if pairs is not None:
        assert parse_byline(text) == pairs


_ROW = "每天天微亮，内蒙古乌兰浩 带，有力践行了共抓大保护"
_BODY = "在全国生态环境保护大会上，习近平总书记强调要激发起全社会共同呵护生态环境的内生动力。"


@pytest.mark.parametrize("name,texts,split", [
    ("rows of two columns printed side by side", [_ROW] * 6 + [_BODY] * 6,
     [["每天天微亮，内蒙古乌兰浩", "带，有力践行了共抓大保护"]] * 6 + [[_BODY]] * 6),
    ("three columns, one a paragraph's short last line", ["史料，文艺创作者对其观照 两大元素，通过实地探访的 力不断增强。"] * 5,
     [["史料，文艺创作者对其观照", "两大元素，通过实地探访的", "力不断增强。"]] * 5),
    ("too few rows on the page: titles with phrases set apart",
     ["弘扬伟大建党精神 做好转型发展文章"] * 2 + [_BODY] * 30, None),
    ("a space next to digits", ["于财政总支出的一部分 70%和当年度新增财力"] * 6, None),
    ("a space inside a byline's brackets", ["本报讯（记者 王强林晓夕）每天天微亮，内蒙古"] * 6, None),
])
def test_repair_columns_side_by_side(name, texts, split):
    from tagger.repair.columns import side_by_side

    got = [[t[a:b] for a, b in parts] for t, parts in zip(texts, side_by_side(texts))]
    assert got == (split if split is not None else [[t] for t in texts])


def test_repair_columns_side_by_side_parts_are_lines_of_their_own():
    raw = "\n".join([_ROW] * 6) + "\n"
    repaired = repair_text(raw)
    assert "每天天微亮，内蒙古乌兰浩 带" not in repaired.text
    for i, char in enumerate(repaired.text):  # every character still maps onto the raw text
        start, end = repaired.offsets.starts[i], repaired.offsets.ends[i]
        if char.strip():
            assert char in raw[start:end]
