"""Pattern rules for spans no lexicon can list: slogan shapes, titles and bylines.

Rules run on the joined :class:`~tagger.pipeline.textview.TextView` text and
return :class:`Hit` objects in view offsets. The rule sets are registered
functions (``tagger.slogan_patterns.v1``, ``tagger.gazetteer_patterns.v2``) so a
config can switch rules off or change their word lists; a behaviour change gets
a new version and the old one stays loadable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Collection, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from spacy.util import registry

from ..zh import labels as zh_labels
from ..zh.chars import HAN, HAN_RE
from ..zh.roles import BYLINE_ROLES, EDITOR_ROLES, PADDED_NAME_PAIR, REPORT_ENDINGS
from ..zh.names import (LATIN_NOT_NAME_WORDS, NAME_SEPARATORS, SURNAMES_1, SURNAMES_2, latin_given_names,
                        separated_name_pattern, surname_len, transliteration_chars)
from ..zh.context import (CHINA_SHORT, COUNTRY_ABBREVIATIONS, COUNTRY_AFTER_TO,
                          COUNTRY_PAIR_BODIES, COUNTRY_PAIR_NOT, COUNTRY_PAIR_ROUTES,
                          COUNTRY_PAIR_WORDS, COUNTRY_POLICY_WORDS, PERIODICAL_FOLLOWERS,
                          PERIODICAL_LEADS, PLAYER_POSITIONS, TEAM_ROLES, TRANSLITERATION_FOLLOWERS)
from ..zh.suffixes import ADMIN_LEVEL_CHARS
from ..zh.words import is_common_word, word_frequency, word_pos
from .textview import OPEN_QUOTES

NUM = "一二三四五六七八九十两"
NUM_ANY = "一二三四五六七八九十百千万亿零〇两0-9"
#: An item of a quoted N+N formula: a number (with 天/年/个), a letter or a short word
#: (“3+2+X”, “6天+365天”, “科创+产业”).
PLUS_ITEM = f"(?:\\d{{1,3}}[天年个]?|[A-Za-z]|[{HAN}]{{2,4}})"
SENTENCE_PUNCT = "。！？!?：:"


@dataclass(frozen=True)
class Hit:
    """A rule match in view offsets, with the attributes the span will carry."""

    start: int
    end: int
    label: str
    canonical: str
    category: Optional[str] = None
    expansion: Tuple[str, ...] = ()
    provenance: str = "pattern"


# Quoted segments: “…”, 「…」, 『…』, "…", ‘…’ (content without line breaks, ≤ 64 chars).
_QUOTED = re.compile(r"“([^“”\n]{1,64})”|「([^「」\n]{1,64})」|『([^『』\n]{1,64})』"
                     r"|\"([^\"\n]{1,64})\"|‘([^‘’\n]{1,64})’")
_SPLIT = re.compile(r"[，,、；; ]+")
_HAN_ONLY = re.compile(f"^[{HAN}]+$")


@dataclass(frozen=True)
class Quote:
    """A quoted segment: ``open``/``close`` are the quote mark positions, content in between."""

    open: int
    close: int
    content: str
    start: int  # content start (spaces trimmed)
    end: int    # content end (spaces trimmed)

    @property
    def compact(self) -> str:
        """The content without spaces when they are layout (every part one character)."""
        parts = [p for p in self.content.split(" ") if p]
        if len(parts) > 1 and all(len(p) == 1 for p in parts):
            return "".join(parts)
        return self.content.strip()


def find_quotes(text: str) -> List[Quote]:
    """All quoted segments of ``text`` in order."""
    out: List[Quote] = []
    for m in _QUOTED.finditer(text):
        group = next(g for g in range(1, 6) if m.group(g) is not None)
        content = m.group(group)
        lead = len(content) - len(content.lstrip())
        trail = len(content) - len(content.rstrip())
        if not content.strip():
            continue
        out.append(Quote(m.start(), m.end() - 1, content, m.start(group) + lead,
                         m.end(group) - trail))
    return out


def _parts(content: str) -> List[str]:
    return [p for p in _SPLIT.split(content.strip()) if p]


DEFAULT_CAMPAIGN_HEADS = (
    "城市品牌", "品牌", "战略定位", "战略", "工作", "专项行动", "行动", "系列活动", "主题活动", "活动",
    "产业园", "机制", "工程", "计划", "改革", "模式", "理念", "格局", "体系", "示范区", "创建",
)
DEFAULT_CAMPAIGN_VERBS = (
    "打响", "推进", "落实", "开展", "深化", "实施", "推动", "打造", "擦亮", "践行", "弘扬",
    "创建", "争创", "助推", "启动", "深入推进",
)
DEFAULT_SPIRIT_STEMS = (
    "建党", "长征", "延安", "井冈山", "西柏坡", "红船", "沂蒙", "抗战", "抗美援朝", "抗疫", "抗洪",
    "抗震救灾", "脱贫攻坚", "载人航天", "探月", "北斗", "两弹一星", "大庆", "铁人", "焦裕禄", "雷锋",
    "红旗渠", "北大荒", "塞罕坝", "浦东", "特区", "女排", "劳模", "劳动", "工匠", "科学家",
    "企业家", "老西藏", "丝路", "苏区", "张思德", "孔繁森", "谷文昌", "右玉", "城市",
)
DEFAULT_SPIRIT_PLACE_CHARS = "山岭关坡船岛湾峰村"
# Characters that do not start a place name before 精神 (verbs and function words).
SPIRIT_LEFT_STOP = set("的和与及是了在把将对为传承弘扬发继学习践行大种")
DEFAULT_SPIRIT_EXCLUDE = ("江山", "河山", "靠山", "大山", "高山", "深山", "上山", "下山", "关山")
DEFAULT_NUMBERED_IDIOMS = (
    "一心一意", "一草一木", "一生一世", "一朝一夕", "一言一行", "一针一线", "一点一滴", "一举一动",
    "三心二意", "五颜六色", "七上八下", "四面八方", "三番五次", "七嘴八舌", "四平八稳", "五湖四海",
    "三长两短", "九牛一毛", "三令五申", "七零八落", "一干二净", "一清二楚", "一穷二白", "一五一十",
    "三三两两", "一来二去", "十全十美", "五花八门", "六神无主", "一石二鸟", "两全其美",
)


@dataclass
class SloganPatterns:
    """The slogan rule set: numbered formulas, plan periods, N+N formulas, quoted
    parallel phrases, quoted campaign or brand names and named spirits."""

    numbered: bool = True
    plan_periods: bool = True
    plus_formulas: bool = True
    parallel: bool = True
    campaigns: bool = True
    spirits: bool = True
    communities: bool = False
    campaign_heads: Sequence[str] = DEFAULT_CAMPAIGN_HEADS
    campaign_verbs: Sequence[str] = DEFAULT_CAMPAIGN_VERBS
    spirit_stems: Sequence[str] = DEFAULT_SPIRIT_STEMS
    spirit_place_chars: str = DEFAULT_SPIRIT_PLACE_CHARS
    spirit_exclude: Sequence[str] = DEFAULT_SPIRIT_EXCLUDE
    numbered_idioms: Sequence[str] = DEFAULT_NUMBERED_IDIOMS
    _compiled: Dict[str, "re.Pattern[str]"] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        heads = "|".join(sorted(map(re.escape, self.campaign_heads), key=len, reverse=True))
        verbs = "|".join(sorted(map(re.escape, self.campaign_verbs), key=len, reverse=True))
        self._compiled = {
            "numbered_quoted": re.compile(f"^(?:[{NUM}]个[{HAN}]{{1,6}}|[{NUM}][{HAN}][{NUM}][{HAN}])$"),
            # “两山”, “双区”, “三区联动”, “一网通办”: new coinages, not dictionary words (一线, 一马当先)
            "numbered_coined": re.compile(f"^[{NUM}双](?:[{HAN}]|[{HAN}]{{3}})$"),
            "numbered_list": re.compile(f"[{NUM}]个[{HAN}]{{2}}(?:[、，和及与][{NUM}]个[{HAN}]{{2}})+"),
            "numbered_item": re.compile(f"[{NUM}]个[{HAN}]{{2}}"),
            "plan": re.compile(f"(?<![{NUM_ANY}])十[一二三四五六七八九]五(?![个万亿年岁名人元%])"),
            "plus_quoted": re.compile(f"^{PLUS_ITEM}(?:\\+{PLUS_ITEM})+$"),
            "plus_free": re.compile(r"(?<![\d.+])\d{1,2}(?:\+\d{1,2})+(?=的?(?:产业|模式|格局|体系|工作|机制))"),
            "head": re.compile(f"^的?(?:{heads})") if heads else re.compile(r"(?!)"),
            "verb": re.compile(f"(?:{verbs})[{HAN}]{{0,4}}$") if verbs else re.compile(r"(?!)"),
            "spirit": re.compile("精神"),
            "community": re.compile(f"([{HAN}—－-]{{1,12}})命运共同体"),
        }

    def __call__(self, text: str, *, is_key: Callable[[str], bool],
                 is_fragment: Callable[[str], bool],
                 is_word: Callable[[str], bool] = lambda s: False) -> List[Hit]:
        """All rule hits in ``text`` (a joined view).

        ``is_key(s)`` says whether ``s`` is a lexicon surface, ``is_fragment(s)``
        whether it is a proper part of a longer one (a truncated formula), ``is_word(s)``
        whether it is a word of the general dictionary (一线, 一马当先: not a coined formula).
        """
        quotes = find_quotes(text)
        hits: List[Hit] = []
        if self.numbered:
            hits.extend(self._numbered(text, quotes))
        if self.plan_periods:
            hits.extend(Hit(m.start(), m.end(), "SLOGAN", m.group(), "plan period")
                        for m in self._compiled["plan"].finditer(text))
        if self.plus_formulas:
            hits.extend(self._plus(text, quotes))
        if self.parallel:
            hits.extend(self._parallel(quotes, is_key, is_fragment))
        if self.campaigns:
            hits.extend(self._campaigns(text, quotes))
        if self.spirits:
            hits.extend(self._spirits(text))
        if self.communities:
            hits.extend(self._communities(text))
        if self.numbered:  # last: another rule's reading of the same quote comes first
            hits.extend(self._coined(quotes, is_word))
        return hits

    def _numbered(self, text: str, quotes: List[Quote]) -> Iterable[Hit]:
        rx = self._compiled["numbered_quoted"]
        for q in quotes:
            c = q.compact
            if rx.match(c) and c not in self.numbered_idioms:
                yield Hit(q.start, q.end, "SLOGAN", c, "numbered formula")
        for m in self._compiled["numbered_list"].finditer(text):
            items = list(self._compiled["numbered_item"].finditer(m.group()))
            if {item.group()[0] for item in items} == {"一"}:
                continue  # 一部手机、一个支架、一个麦克风: single things, no formula
            for item in items:
                yield Hit(m.start() + item.start(), m.start() + item.end(), "SLOGAN",
                          item.group(), "numbered formula")

    def _coined(self, quotes: List[Quote], is_word: Callable[[str], bool]) -> Iterable[Hit]:
        rx = self._compiled["numbered_coined"]
        for q in quotes:
            c = q.compact
            if rx.match(c) and c not in self.numbered_idioms and not is_word(c):
                yield Hit(q.start, q.end, "SLOGAN", c, "numbered formula")

    def _plus(self, text: str, quotes: List[Quote]) -> Iterable[Hit]:
        rx = self._compiled["plus_quoted"]
        for q in quotes:
            c = q.content.replace(" ", "")
            if rx.match(c):
                yield Hit(q.start, q.end, "SLOGAN", c, "numbered formula")
        for m in self._compiled["plus_free"].finditer(text):
            if not (m.start() > 0 and text[m.start() - 1] in OPEN_QUOTES):
                yield Hit(m.start(), m.end(), "SLOGAN", m.group(), "numbered formula")

    def _parallel(self, quotes: List[Quote], is_key: Callable[[str], bool],
                  is_fragment: Callable[[str], bool]) -> Iterable[Hit]:
        for q in quotes:
            content = q.content.strip()
            if any(ch in SENTENCE_PUNCT for ch in content):
                continue
            parts = _parts(content)
            if len(parts) < 2 or len({len(p) for p in parts}) != 1:
                continue
            if not 4 <= len(parts[0]) <= 8 or not all(_HAN_ONLY.match(p) for p in parts):
                continue
            key = "、".join(parts)
            if is_key(key) or is_fragment(key) or all(is_key(p) for p in parts):
                continue
            yield Hit(q.start, q.end, "SLOGAN", re.sub(r" +", " ", content),
                      "parallel formula", tuple(parts))

    def _campaigns(self, text: str, quotes: List[Quote]) -> Iterable[Hit]:
        groups: List[List[Quote]] = []
        for q in quotes:
            if groups and q.open - groups[-1][-1].close in (1, 2) and \
                    text[groups[-1][-1].close + 1:q.open] in ("", "、"):
                groups[-1].append(q)
            else:
                groups.append([q])
        confirmed = set()
        for group in groups:
            after = text[group[-1].close + 1:group[-1].close + 9]
            before = text[max(0, group[0].open - 8):group[0].open]
            if not (self._compiled["head"].match(after) or self._compiled["verb"].search(before)):
                continue
            for q in group:
                if self._is_term(q.compact):
                    confirmed.add(q.compact)
        for q in quotes:  # a confirmed name is a campaign at every quoted use in the doc
            if q.compact in confirmed:
                yield Hit(q.start, q.end, "SLOGAN", q.compact, "campaign")

    @staticmethod
    def _is_term(content: str) -> bool:
        return 3 <= len(content) <= 6 and bool(_HAN_ONLY.match(content))

    def _spirits(self, text: str) -> Iterable[Hit]:
        stems = set(self.spirit_stems)
        for m in self._compiled["spirit"].finditer(text):
            p = m.start()
            stem_len = 0
            for n in (5, 4, 3, 2):  # a listed stem, longest first
                if n <= p and text[p - n:p] in stems:
                    stem_len = n
                    break
            for n in (3, 2) if not stem_len else ():  # a place name: 井冈山, 西柏坡
                stem = text[max(0, p - n):p]
                if (len(stem) == n and _HAN_ONLY.match(stem) and stem[0] not in SPIRIT_LEFT_STOP
                        and stem[-1] in self.spirit_place_chars and stem not in self.spirit_exclude):
                    stem_len = n
                    break
            if not stem_len:
                continue
            start = p - stem_len
            canonical = text[start:m.end()]
            if text[max(0, start - 3):start] == "伟大的":
                start -= 3
                canonical = "伟大" + canonical
            elif text[max(0, start - 2):start] == "伟大":
                start -= 2
                canonical = "伟大" + canonical
            yield Hit(start, m.end(), "SLOGAN", canonical, "named spirit")

    def _communities(self, text: str) -> Iterable[Hit]:
        """Communities with a shared future named by whom they join (中阿命运共同体, 中国—东盟
        命运共同体, 上合组织命运共同体, 新时代中非命运共同体): the name before 命运共同体 from
        after the last verb, 的 or conjunction (构建|人类, 共建|中马, 面向新时代的|中阿), two to
        eight characters that begin with no count (人类是一个命运共同体 is no name)."""
        for m in self._compiled["community"].finditer(text):
            run = m.group(1)
            cut = max((run.rfind(w) + len(w) for w in COMMUNITY_CUTS if w in run), default=0)
            stem = run[cut:]
            if 2 <= len(stem) <= 8 and stem[0] not in NUM and stem[0] not in "—－-":
                yield Hit(m.start(1) + cut, m.end(), "SLOGAN", stem + "命运共同体", "community")


#: Words before the name of a community with a shared future that are no part of it.
COMMUNITY_CUTS = (
    "的", "构建", "推动", "打造", "建设", "共建", "丰富", "推进", "建立", "携手", "迈向", "面向", "构筑",
    "践行", "谱写", "深化", "成为", "和", "与", "同", "及", "是", "为", "将", "把", "对", "在", "向", "从",
    "到", "了", "这", "那", "该", "各", "个", "紧密", "更加", "更为")


@registry.misc("tagger.slogan_patterns.v1")
def make_slogan_patterns(
    numbered: bool = True,
    plan_periods: bool = True,
    plus_formulas: bool = True,
    parallel: bool = True,
    campaigns: bool = True,
    spirits: bool = True,
    campaign_heads: Optional[List[str]] = None,
    campaign_verbs: Optional[List[str]] = None,
    spirit_stems: Optional[List[str]] = None,
) -> SloganPatterns:
    """The v1 slogan rules; None word lists mean the built-in defaults."""
    return SloganPatterns(
        numbered=numbered, plan_periods=plan_periods, plus_formulas=plus_formulas,
        parallel=parallel, campaigns=campaigns, spirits=spirits,
        campaign_heads=tuple(campaign_heads) if campaign_heads is not None else DEFAULT_CAMPAIGN_HEADS,
        campaign_verbs=tuple(campaign_verbs) if campaign_verbs is not None else DEFAULT_CAMPAIGN_VERBS,
        spirit_stems=tuple(spirit_stems) if spirit_stems is not None else DEFAULT_SPIRIT_STEMS,
    )


@registry.misc("tagger.slogan_patterns.v2")
def make_slogan_patterns_v2(
    numbered: bool = True,
    plan_periods: bool = True,
    plus_formulas: bool = True,
    parallel: bool = True,
    campaigns: bool = True,
    spirits: bool = True,
    campaign_heads: Optional[List[str]] = None,
    campaign_verbs: Optional[List[str]] = None,
    spirit_stems: Optional[List[str]] = None,
    communities: bool = True,
) -> SloganPatterns:
    """v1 plus communities with a shared future named by whom they join (中阿命运共同体,
    上合组织命运共同体: :meth:`SloganPatterns._communities`)."""
    patterns = make_slogan_patterns(numbered, plan_periods, plus_formulas, parallel, campaigns,
                                    spirits, campaign_heads, campaign_verbs, spirit_stems)
    patterns.communities = communities
    return patterns


# ---------------------------------------------------------------- people and bodies

DEFAULT_TITLES = (
    "总书记", "书记", "区长", "市长", "县长", "镇长", "省长", "主任", "秘书长", "理事长", "局长", "部长",
    "董事长", "总经理", "院长", "校长", "主席", "处长", "所长", "社长", "总编辑", "会长", "行长", "组长",
    "委员", "常委", "总裁", "主编", "馆长", "站长", "队长", "厅长", "村长", "总工程师", "总会计师", "总监",
    "副总", "董事", "执行董事", "首席执行官", "创始人", "联合创始人", "合伙人",
    "市领导", "区领导", "县领导", "省领导", "镇领导",
    "经济学家", "分析师", "发言人", "主教练",
)
"""Titles of an office or post before a name (区长, 董事长, 发言人): the title rules' words up to
``tagger.gazetteer_patterns.v10``, and the titles that end a body's name or follow it in the
gazetteer (研究所|所长, 党委|书记)."""
OCCUPATION_TITLES = (
    "画家", "诗人", "歌手", "演员", "书法家", "收藏家", "主持人", "评论员", "编剧", "制片人", "设计师",
    "工程师", "主帅", *PLAYER_POSITIONS, "国脚",
)
"""Occupations and a team's roles before a name (诗人高适, 高级工程师范深厚, 门将王大雷): title words
of ``tagger.gazetteer_patterns.v11``'s ``occupations``. The gazetteer never reads them after a
body's name, where their first characters would hide a word's (部|门 of 部门 beside 门将). Not
艺术家, 企业家, 科学家 or 作家, which name groups (艺术家齐聚成都)."""
DEFAULT_BODIES = (
    "区委", "市委", "县委", "省委", "镇党委", "街道党工委", "区政府", "市政府", "县政府", "镇政府",
    "区人大常委会", "区政协", "区纪委", "区监委", "区委办", "区府办", "居委会", "村委会",
)
DEFAULT_DEPARTMENTS = (
    "公安局", "公安分局", "教育局", "财政局", "民政局", "司法局", "审计局", "统计局", "税务局", "水务局",
    "林业局", "农业农村委", "农业农村局", "商务委", "商务局", "交通委", "交通局", "卫生健康委", "卫健委",
    "卫生健康局", "生态环境局", "规划资源局", "住房城乡建设管理委", "住建委", "住建局",
    "人力资源社会保障局", "人社局", "市场监管局", "市场监督管理局", "应急管理局", "退役军人事务局",
    "文化旅游局", "文旅局", "体育局", "科委", "科技局", "经委", "经信委", "发展改革委", "发改委", "国资委",
    "医保局", "城管执法局", "房管局", "绿化市容局", "民防办", "侨办", "台办", "信访办", "合作交流办",
    "投资促进办公室", "地区办", "工商联", "总工会", "团委", "妇联", "残联", "科协", "文联", "红十字会",
    "融媒体中心", "气象局", "人民法院", "人民检察院", "法院", "检察院", "委组织部", "委宣传部",
    "委统战部", "委政法委", "委办公室", "政府办公室", "人大常委会", "政协",
    "住房和城乡建设委员会", "住房和城乡建设局", "人力资源和社会保障局", "发展和改革委员会",
    "工业和信息化局", "文化和旅游局", "自然资源和规划局",
)
"""Government departments that are an ORG after an admin level (市公安局, 区卫生健康委)."""
#: Characters before 市公安局 that leave the level its own (a list, a verb, a preposition).
DEPARTMENT_LEADS = "、，,；;：:。和与及同由对在经向到"
DEFAULT_BYLINE_ROLES = (*BYLINE_ROLES, *EDITOR_ROLES)
#: Words that close a bracketed credit after its names (（记者温馨、张骁报道）).
CREDIT_ENDINGS = ("报道", "采写", "摄影", "摄", "整理", "采访整理", "采访")
#: What joins the names of a list after a title (市领导诸葛宇杰、华源; 区领导 胡卫国 刘健).
LIST_SEPARATORS = "、 "
#: A two-character name spaced out to the width of three in a list (李 杰、张园).
PADDED_NAME = re.compile(f"[{HAN}] [{HAN}](?=[、，,；;。]|$)")
#: Any list item of two or three characters followed by the next separator.
LIST_ITEM = re.compile(f"[{HAN}]{{2,3}}(?=、)")
NAME_FOLLOWERS = (
    "在", "表示", "指出", "主持", "出席", "强调", "说", "认为", "介绍", "要求", "参加", "会见", "调研",
    "讲话", "提出", "一行", "同志", "等", "代表", "宣布", "希望", "带队", "率队", "为", "对", "向",
    "与", "和", "作", "做", "带着", "带领", "率领", "已", "则", "也", "都", "还", "又",
)


@dataclass
class GazetteerPatterns:
    """Title and byline rules for people (and the body named in a title), and, with
    ``departments``, local government departments after an admin level (区卫生健康委)."""

    titles: bool = True
    bylines: bool = True
    title_words: Sequence[str] = DEFAULT_TITLES
    bodies: Sequence[str] = DEFAULT_BODIES
    byline_roles: Sequence[str] = DEFAULT_BYLINE_ROLES
    departments: Sequence[str] = ()
    anonymized: bool = False
    transliterated: bool = False
    latin: bool = False
    abbreviations: bool = False
    periodicals: bool = False
    word_names: bool = True
    credits: bool = False
    role_edges: bool = False
    given_names: bool = False
    joined_bylines: bool = False
    honorifics: bool = False
    time_followers: bool = False
    latin_bodies: bool = False
    latin_given_names: bool = False
    team_roles: bool = False
    _compiled: Dict[str, "re.Pattern[str]"] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        def alt(words: Iterable[str]) -> str:
            return "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        unit = f"(?:{alt(self.bodies)})?(?:常务)?(?:副)?(?:代理)?(?:{alt(self.title_words)})"
        self._compiled = {
            "chain": re.compile(f"(?:{unit}[、，]?)*{unit}"),
            "body": re.compile(f"({alt(self.bodies)})(?=(?:常务)?(?:副)?(?:代理)?(?:{alt(self.title_words)}))"),
            "byline": re.compile(f"(?:{alt(self.byline_roles)})((?: +[{HAN}]{{2,4}}"
                                 f"(?:(?![{HAN}])|(?={alt(self.byline_roles)})))+)"),
            "square": re.compile(f"□ ?([{HAN}]{{2,4}})(?![{HAN}])"),
            "credit": re.compile(f"[（(]((?:[{HAN}]{{2,12}} +)*[{HAN}]{{2,4}})[）)][ 　]*(?=\n|$)"),
            "before_gsj": re.compile("总书记"),
            "joined_byline": re.compile(f"(?:{alt(self.byline_roles)})(?=[{HAN}])"),
            "joined_after": re.compile(f"(?![{HAN}])|(?:{alt((*self.byline_roles, *CREDIT_ENDINGS))})"
                                       f"|([{HAN}]{{2,4}}?)(?:{alt(REPORT_ENDINGS)})"),
            "roles": re.compile(alt((*self.byline_roles, "摄"))),
            "credit_list": re.compile(
                f"[（(][^（）()\n]{{0,12}}?(?:{alt(self.byline_roles)}) *"
                f"((?:(?:[{HAN}]{{2,4}}|{PADDED_NAME_PAIR.pattern})[、，, ]+|(?:{alt(self.byline_roles)}) *)*"
                f"(?:[{HAN}]{{2,4}}?|{PADDED_NAME_PAIR.pattern}))(?:{alt(CREDIT_ENDINGS)})?[）)]"),
        }
        if self.departments:
            self._compiled["department"] = re.compile(
                f"(?:(?<![{HAN}])|(?<=[{DEPARTMENT_LEADS}]))[{ADMIN_LEVEL_CHARS}](?:{alt(self.departments)})")

    def __call__(self, text: str) -> List[Hit]:
        """Title and byline hits in ``text`` (a joined view)."""
        hits: List[Hit] = []
        if self.titles:
            hits.extend(self._titles(text))
        if self.bylines:
            hits.extend(self._bylines(text))
        if self.bylines and self.joined_bylines:
            hits.extend(self._joined_bylines(text))
        if self.honorifics:
            hits.extend(honorific_names(text))
        if self.departments:
            hits.extend(Hit(m.start(), m.end(), "ORG", m.group(), "department")
                        for m in self._compiled["department"].finditer(text))
        if self.anonymized:
            hits.extend(anonymized_names(text, given_names=self.given_names))
        if self.transliterated:
            roles = (*self.title_words, *LATIN_NAME_ROLES, *NAME_ROLE_ENDS) if self.role_edges else ()
            hits.extend(separated_names(text, roles))
        if self.transliterated and self.team_roles:
            hits.extend(role_transliterations(text))
        if self.latin:
            hits.extend(latin_names(text, self.title_words,
                                    given=latin_given_names() if self.latin_given_names else frozenset()))
        if self.abbreviations:
            hits.extend(country_pairs(text))
        if self.periodicals:
            hits.extend(periodicals(text))
        if self.credits:
            hits.extend(self._credit_lists(text))
        return hits

    def line_bylines(self, line_text: str) -> List[Hit]:
        """Author lines found on a view that keeps line breaks: ``□李金龙`` lines and
        credits in brackets at the end of a paragraph (（区融媒体中心 任可 戚壮波）,
        （张海伦）), where each name with a listed surname is a person."""
        if not self.bylines:
            return []
        hits = [Hit(m.start(1), m.end(1), "PERSON", m.group(1), "byline")
                for m in self._compiled["square"].finditer(line_text)]
        for m in self._compiled["credit"].finditer(line_text):
            for start, token in _spaced_tokens(line_text, m):
                if len(token) <= 4 and name_after(token, 0) == len(token):
                    hits.append(Hit(start, start + len(token), "PERSON", token, "byline"))
        return hits

    def _titles(self, text: str) -> Iterable[Hit]:
        for m in self._compiled["chain"].finditer(text):
            start = _skip_spaces(text, m.end())
            name = name_after(text, start, TIME_FOLLOWERS if self.time_followers else ())
            if name is None or (not self.word_names and is_word_not_name(text[start:start + name])):
                continue
            yield Hit(start, start + name, "PERSON", text[start:start + name], "title")
            yield from self._listed_names(text, start + name)
            for b in self._compiled["body"].finditer(m.group()):
                yield Hit(m.start() + b.start(1), m.start() + b.end(1), "ORG", b.group(1), "title")
        for m in self._compiled["before_gsj"].finditer(text):
            name = name_before(text, m.start())
            if name:
                yield Hit(m.start() - name, m.start(), "PERSON", text[m.start() - name:m.start()], "title")
        yield from speaking_people(text)

    @staticmethod
    def _listed_names(text: str, pos: int) -> Iterable[Hit]:
        """Names listed after a titled one, joined by 、 or spaces (市领导诸葛宇杰、华源参加).

        An item of two or three characters whose surname is not on the list (戎中卿) is
        passed over, and the list goes on after it."""
        while pos < len(text) and text[pos] in LIST_SEPARATORS:
            start = _skip_spaces(text, pos + 1)
            name = name_after(text, start)
            if name is None and surname_len(text, start):
                padded = PADDED_NAME.match(text, start)  # 李 杰: a two-character name set in three
                name = padded.end() - start if padded else None
            if name is None:
                item = LIST_ITEM.match(text, start)
                if item is None:
                    return
                pos = item.end()
                continue
            yield Hit(start, start + name, "PERSON", text[start:start + name].replace(" ", ""), "title")
            pos = start + name

    def _credit_lists(self, text: str) -> Iterator[Hit]:
        """Reporters listed in a bracketed credit (（本报记者胡婧怡、王昊男、方圆、张云河报道）,
        （记者温馨、张骁）, （记者甲，通讯员乙）): each item of two to four characters that begins
        with a listed surname is a person, common word or not."""
        separators = f"[、，, ]+|{self._compiled['roles'].pattern}"
        for m in self._compiled["credit_list"].finditer(text):
            for start, end in _padded_pairs(list(_spaced_tokens(text, m, separators)), text):
                name = text[start:end].replace(" ", "")
                if 2 <= len(name) <= 4 and surname_len(name, 0) and len(name) > surname_len(name, 0):
                    yield Hit(start, end, "PERSON", name, "byline")

    def _joined_bylines(self, text: str) -> Iterator[Hit]:
        """A reporter's name written straight after the role, without a space (本报记者公培佳北京报道,
        记者王明摄, 本报记者玺润 at a line's end): two or three characters that begin with a listed
        surname, followed by no Han character, a role, a credit's ending, or where the report was
        made before 报道, which must be a dictionary word (北京; 王明哈尔滨报道 is no 王明哈 +
        尔滨). The three-character reading is tried first, unless a role or a credit's ending
        follows the first two (记者王明摄); a dictionary word that is no name (采访, 了解), one
        that begins with such a word (连日来) or whose given name is one (时表示) is none."""
        after = self._compiled["joined_after"]
        credit = self._compiled["roles"]
        for m in self._compiled["joined_byline"].finditer(text):
            start = m.end()
            credited = credit.match(text, start + 2) or text.startswith(CREDIT_ENDINGS, start + 2)
            for n in ((2,) if credited else (3, 2)):  # 记者王明摄 is no 王明摄
                end = start + n
                name = text[start:end]
                if len(name) < n or not HAN_RE.fullmatch(name[-1]) or not HAN_RE.fullmatch(name[1]) \
                        or not 0 < surname_len(name, 0) < n or is_word_not_name(name) \
                        or _begins_with_word(name) or (n == 3 and is_word_not_name(name[1:])):
                    continue  # 记者连日来, 会见记者时表示
                follow = after.match(text, end)
                if follow is None or (follow.group(1) and not word_frequency(follow.group(1))):
                    continue
                yield Hit(start, end, "PERSON", name, "byline")
                break

    def _bylines(self, text: str) -> Iterable[Hit]:
        roles = self._compiled["roles"]
        for m in self._compiled["byline"].finditer(text):
            for start, token in _spaced_tokens(text, m):
                if not roles.search(token) and not token.endswith(REPORT_ENDINGS):
                    yield Hit(start, start + len(token), "PERSON", token, "byline")


def _padded_pairs(tokens: List[Tuple[int, str]], text: str) -> Iterator[Tuple[int, int]]:
    """``(start, end)`` of each token, two one-character tokens that make a name set with a
    space (:data:`~tagger.zh.roles.PADDED_NAME_PAIR`: 常 钦) taken as one."""
    i = 0
    while i < len(tokens):
        start, token = tokens[i]
        pair = PADDED_NAME_PAIR.match(text, start) if len(token) == 1 else None
        yield (start, pair.end()) if pair else (start, start + len(token))
        i += 2 if pair else 1


def _spaced_tokens(text: str, m: "re.Match[str]", separators: str = " ") -> Iterator[Tuple[int, str]]:
    """``(start, token)`` for the tokens of group 1 of ``m`` in ``text``, split by spaces or
    by the regex ``separators``."""
    pos = m.start(1)
    for token in re.split(separators, m.group(1)):
        if token:
            pos = text.index(token, pos)
            yield pos, token
            pos += len(token)


def _skip_spaces(text: str, i: int) -> int:
    while i < len(text) and text[i] == " ":
        i += 1
    return i


def ends_name(text: str, j: int) -> bool:
    """Whether a personal name may end at ``text[j]`` (non-Han or a word such as 表示 follows)."""
    if j >= len(text) or not re.match(f"[{HAN}]", text[j]):
        return True
    return text.startswith(NAME_FOLLOWERS, j)


#: How often jieba's dictionary must count the word that a three-character name's last character
#: begins with the next for the name to be two characters (成都 2,770, 正在 5,041; 南向 191).
NAME_CROSSING_FREQ = 1000


def name_after(text: str, i: int, followers: Tuple[str, ...] = ()) -> Optional[int]:
    """Length of a Chinese personal name starting at ``text[i]``, or None.

    A name is a surname plus one or two characters, and must be followed by a
    non-Han character or a word that typically follows a name (表示, 指出, 在…, or one of
    ``followers``); the three-character reading is tried first, and taken unless its last
    character begins a frequent word with the next (one jieba counts :data:`NAME_CROSSING_FREQ`
    times or more: 齐聚成|都 of 艺术家齐聚成都, 陈浩正|在; not 曹舟南|向, 南向 counting 191).
    """
    s = surname_len(text, i)
    if not s:
        return None
    for given in (2, 1):
        j = i + s + given
        if given == 2 and j < len(text) and word_frequency(text[j - 1:j + 1]) >= NAME_CROSSING_FREQ:
            continue
        if j <= len(text) and re.match(f"^[{HAN}]+$", text[i:j]) and (
                ends_name(text, j) or (followers and text.startswith(followers, j))):
            return j - i
    return None


#: Words of time that follow a titled name as its sentence goes on (主任李华近日表示,
#: 局长王明昨天说), and a form of address (总经理上官建华先生): read after a title only
#: (``time_followers``), where a name stands.
TIME_FOLLOWERS = ("昨天", "昨日", "今天", "今日", "明天", "近日", "日前", "此前", "上月", "本月",
                  "上周", "本周", "近期", "当天", "当日", "上午", "下午", "晚上", "随后",
                  "去年", "今年", "曾经", "一直", "正在", "已经", "首先", "最后", "同时",
                  "先生", "女士")


#: Words for the people news quotes, written straight before the name of one of them who speaks
#: (居民何国荣说, 村民丛日升回忆): read as titles only where a verb of saying follows the name.
PEOPLE_WORDS = ("居民", "村民", "市民", "游客", "群众", "老人", "工人", "农民", "农户", "职工", "员工",
                "党员", "志愿者", "患者", "家长", "业主", "司机", "店主", "摊主", "种植户", "养殖户", "村干部",
                "教师", "医生", "护士", "民警", "消费者", "乘客", "观众", "队员", "球员", "运动员", "学生")
#: Any of :data:`PEOPLE_WORDS` at any place, overlapping ones too (a lookahead).
_PEOPLE_WORD = re.compile("(?=(%s))" % "|".join(sorted(PEOPLE_WORDS, key=len, reverse=True)))


def speaking_people(text: str) -> Iterator[Hit]:
    """Names of people who speak, written after a word for them (:data:`PEOPLE_WORDS`) and
    before a verb of saying (:data:`SPEAKING_VERBS`): 居民何国荣说, 村民李明表示. A surname and
    one or two characters, the longer reading first, no dictionary word that is no name
    (居民|何时说)."""
    for m in _PEOPLE_WORD.finditer(text):
        i = m.end(1)
        s = surname_len(text, i)
        for given in (2, 1) if s else ():
            j = i + s + given
            name = text[i:j]
            if len(name) == s + given and all(HAN_RE.match(c) for c in name) \
                    and text.startswith(SPEAKING_VERBS, j) and not is_word_not_name(name):
                yield Hit(i, j, "PERSON", name, "title")
                break


#: jieba POS tags of dictionary words that are no name after a title: 书记|周六 (t), 总书记|关于
#: (p), 主席|时隔 (n), 民警|成为 (v); names jieba knows as words are tagged nr (高峰, 钟声).
WORD_NOT_NAME_POS = ("n", "v", "vn", "a", "ad", "an", "d", "p", "t", "c", "r", "u", "f", "m", "q")


def is_word_not_name(text: str) -> bool:
    """Whether ``text`` is a dictionary word that jieba tags as no name (关于, 时隔, 周六)."""
    return is_common_word(text) and word_pos(text) in WORD_NOT_NAME_POS


def name_before(text: str, j: int) -> Optional[int]:
    """Length of a personal name ending at ``text[j]`` (before a title such as 总书记)."""
    for n in (3, 2):
        i = j - n
        if i >= 0 and re.match(f"^[{HAN}]+$", text[i:j]) and surname_len(text, i):
            return n
    return None


@registry.misc("tagger.gazetteer_patterns.v1")
def make_gazetteer_patterns(
    titles: bool = True,
    bylines: bool = True,
    title_words: Optional[List[str]] = None,
    bodies: Optional[List[str]] = None,
    byline_roles: Optional[List[str]] = None,
) -> GazetteerPatterns:
    """The v1 title and byline rules; None word lists mean the built-in defaults."""
    return make_gazetteer_patterns_v2(titles, bylines, title_words, bodies, byline_roles,
                                      departments=[])


@registry.misc("tagger.gazetteer_patterns.v2")
def make_gazetteer_patterns_v2(
    titles: bool = True,
    bylines: bool = True,
    title_words: Optional[List[str]] = None,
    bodies: Optional[List[str]] = None,
    byline_roles: Optional[List[str]] = None,
    departments: Optional[List[str]] = None,
) -> GazetteerPatterns:
    """v1 plus local government departments after an admin level (区卫生健康委, 市公安局
    at the start of a clause or after 、和由在 …); None word lists mean the built-in defaults."""
    def words(given: Optional[List[str]], default: Tuple[str, ...]) -> Tuple[str, ...]:
        return tuple(given) if given is not None else default

    return GazetteerPatterns(
        titles=titles, bylines=bylines, title_words=words(title_words, DEFAULT_TITLES),
        bodies=words(bodies, DEFAULT_BODIES), byline_roles=words(byline_roles, DEFAULT_BYLINE_ROLES),
        departments=words(departments, DEFAULT_DEPARTMENTS),
    )


@registry.misc("tagger.gazetteer_patterns.v3")
def make_gazetteer_patterns_v3(
    titles: bool = True,
    bylines: bool = True,
    title_words: Optional[List[str]] = None,
    bodies: Optional[List[str]] = None,
    byline_roles: Optional[List[str]] = None,
    departments: Optional[List[str]] = None,
    anonymized: bool = True,
    transliterated: bool = True,
) -> GazetteerPatterns:
    """v2 plus anonymized names as written in court and police news (王某, 陈某某) and
    transliterated names joined by separators (安东尼奥·古特雷斯)."""
    patterns = make_gazetteer_patterns_v2(titles, bylines, title_words, bodies, byline_roles,
                                          departments)
    patterns.anonymized = anonymized
    patterns.transliterated = transliterated
    return patterns


@registry.misc("tagger.gazetteer_patterns.v4")
def make_gazetteer_patterns_v4(
    titles: bool = True,
    bylines: bool = True,
    title_words: Optional[List[str]] = None,
    bodies: Optional[List[str]] = None,
    byline_roles: Optional[List[str]] = None,
    departments: Optional[List[str]] = None,
    anonymized: bool = True,
    transliterated: bool = True,
    latin: bool = True,
) -> GazetteerPatterns:
    """v3 plus names in Latin script where a title or role stands before them or a verb of
    saying after them (德国总理Olaf Scholz, Sam Altman表示)."""
    patterns = make_gazetteer_patterns_v3(titles, bylines, title_words, bodies, byline_roles,
                                          departments, anonymized, transliterated)
    patterns.latin = latin
    return patterns


@registry.misc("tagger.gazetteer_patterns.v5")
def make_gazetteer_patterns_v5(
    titles: bool = True,
    bylines: bool = True,
    title_words: Optional[List[str]] = None,
    bodies: Optional[List[str]] = None,
    byline_roles: Optional[List[str]] = None,
    departments: Optional[List[str]] = None,
    anonymized: bool = True,
    transliterated: bool = True,
    latin: bool = True,
    abbreviations: bool = True,
    periodicals: bool = True,
    word_names: bool = True,
) -> GazetteerPatterns:
    """v4 plus countries' one-character forms in pairs and after 对 (中塞关系, 中老铁路,
    对美加征关税: :func:`country_pairs`) and periodicals in book-title marks (国际期刊《自然》:
    :func:`periodicals`). ``word_names = false`` keeps dictionary words that are no name out of
    the names after a title (总书记|关于, 主席|时隔: :func:`is_word_not_name`)."""
    patterns = make_gazetteer_patterns_v4(titles, bylines, title_words, bodies, byline_roles,
                                          departments, anonymized, transliterated, latin)
    patterns.abbreviations = abbreviations
    patterns.periodicals = periodicals
    patterns.word_names = word_names
    return patterns


@registry.misc("tagger.gazetteer_patterns.v6")
def make_gazetteer_patterns_v6(
    titles: bool = True,
    bylines: bool = True,
    title_words: Optional[List[str]] = None,
    bodies: Optional[List[str]] = None,
    byline_roles: Optional[List[str]] = None,
    departments: Optional[List[str]] = None,
    anonymized: bool = True,
    transliterated: bool = True,
    latin: bool = True,
    abbreviations: bool = True,
    periodicals: bool = True,
    word_names: bool = True,
    credits: bool = True,
) -> GazetteerPatterns:
    """v5 plus the reporters listed in a bracketed credit (（本报记者胡婧怡、方圆、张云河报道）:
    :meth:`GazetteerPatterns._credit_lists`), names that are also words among them (方圆, 温馨)."""
    patterns = make_gazetteer_patterns_v5(titles, bylines, title_words, bodies, byline_roles,
                                          departments, anonymized, transliterated, latin,
                                          abbreviations, periodicals, word_names)
    patterns.credits = credits
    return patterns


@registry.misc("tagger.gazetteer_patterns.v7")
def make_gazetteer_patterns_v7(
    titles: bool = True,
    bylines: bool = True,
    title_words: Optional[List[str]] = None,
    bodies: Optional[List[str]] = None,
    byline_roles: Optional[List[str]] = None,
    departments: Optional[List[str]] = None,
    anonymized: bool = True,
    transliterated: bool = True,
    latin: bool = True,
    abbreviations: bool = True,
    periodicals: bool = True,
    word_names: bool = True,
    credits: bool = True,
    role_edges: bool = True,
) -> GazetteerPatterns:
    """v6 plus ``role_edges``: a name with separators does not begin with the last character
    of a title or role written before it (总理|纳瓦兹·谢里夫, not 理纳瓦兹·谢里夫:
    :func:`separated_names`)."""
    patterns = make_gazetteer_patterns_v6(titles, bylines, title_words, bodies, byline_roles,
                                          departments, anonymized, transliterated, latin,
                                          abbreviations, periodicals, word_names, credits)
    patterns.role_edges = role_edges
    return patterns


@registry.misc("tagger.gazetteer_patterns.v8")
def make_gazetteer_patterns_v8(
    titles: bool = True,
    bylines: bool = True,
    title_words: Optional[List[str]] = None,
    bodies: Optional[List[str]] = None,
    byline_roles: Optional[List[str]] = None,
    departments: Optional[List[str]] = None,
    anonymized: bool = True,
    transliterated: bool = True,
    latin: bool = True,
    abbreviations: bool = True,
    periodicals: bool = True,
    word_names: bool = True,
    credits: bool = True,
    role_edges: bool = True,
    given_names: bool = True,
) -> GazetteerPatterns:
    """v7 plus ``given_names``: an anonymized name keeps the one character of given name that
    court and police news leave after 某 (商某检, 何某春, 王某军; not 张某|进入, 李某|将:
    :func:`anonymized_names`)."""
    patterns = make_gazetteer_patterns_v7(titles, bylines, title_words, bodies, byline_roles,
                                          departments, anonymized, transliterated, latin,
                                          abbreviations, periodicals, word_names, credits,
                                          role_edges)
    patterns.given_names = given_names
    return patterns


@registry.misc("tagger.gazetteer_patterns.v9")
def make_gazetteer_patterns_v9(
    titles: bool = True,
    bylines: bool = True,
    title_words: Optional[List[str]] = None,
    bodies: Optional[List[str]] = None,
    byline_roles: Optional[List[str]] = None,
    departments: Optional[List[str]] = None,
    anonymized: bool = True,
    transliterated: bool = True,
    latin: bool = True,
    abbreviations: bool = True,
    periodicals: bool = True,
    word_names: bool = True,
    credits: bool = True,
    role_edges: bool = True,
    given_names: bool = True,
    joined_bylines: bool = True,
    honorifics: bool = True,
    time_followers: bool = True,
    latin_bodies: bool = True,
) -> GazetteerPatterns:
    """v8 plus ``joined_bylines``: a reporter's name written straight after the role
    (本报记者公培佳北京报道: :meth:`GazetteerPatterns._joined_bylines`); ``honorifics``: a name
    before 先生, 女士 or 小姐 (田申申小姐, Berg先生: :func:`honorific_names`; the gazetteer
    also makes a model place or body right before 先生 or 女士 a person, 布伦特兰女士, and a
    transliterated one right before a verb of saying, 德斯坦说: :func:`addressed_model_names`);
    ``time_followers``: a titled name followed by a word of time (局长王明昨天说:
    :data:`TIME_FOLLOWERS`); and ``latin_bodies``: the gazetteer makes a place the model read in
    Latin script a body (Keep: :func:`latin_model_bodies`)."""
    patterns = make_gazetteer_patterns_v8(titles, bylines, title_words, bodies, byline_roles,
                                          departments, anonymized, transliterated, latin,
                                          abbreviations, periodicals, word_names, credits,
                                          role_edges, given_names)
    patterns.joined_bylines = joined_bylines
    patterns.honorifics = honorifics
    patterns.time_followers = time_followers
    patterns.latin_bodies = latin_bodies
    return patterns


@registry.misc("tagger.gazetteer_patterns.v10")
def make_gazetteer_patterns_v10(
    titles: bool = True,
    bylines: bool = True,
    title_words: Optional[List[str]] = None,
    bodies: Optional[List[str]] = None,
    byline_roles: Optional[List[str]] = None,
    departments: Optional[List[str]] = None,
    anonymized: bool = True,
    transliterated: bool = True,
    latin: bool = True,
    abbreviations: bool = True,
    periodicals: bool = True,
    word_names: bool = True,
    credits: bool = True,
    role_edges: bool = True,
    given_names: bool = True,
    joined_bylines: bool = True,
    honorifics: bool = True,
    time_followers: bool = True,
    latin_bodies: bool = True,
    latin_given_names: bool = True,
) -> GazetteerPatterns:
    """v9 plus ``latin_given_names``: two or three capitalized words that begin with a given
    name are a person's name without a title or verb around them (Jeff Bezos和Bill Gates:
    :func:`latin_names`, tagger/data/lexicons/latin_given_names.txt)."""
    patterns = make_gazetteer_patterns_v9(titles, bylines, title_words, bodies, byline_roles,
                                          departments, anonymized, transliterated, latin,
                                          abbreviations, periodicals, word_names, credits,
                                          role_edges, given_names, joined_bylines, honorifics,
                                          time_followers, latin_bodies)
    patterns.latin_given_names = latin_given_names
    return patterns


@registry.misc("tagger.gazetteer_patterns.v11")
def make_gazetteer_patterns_v11(
    titles: bool = True,
    bylines: bool = True,
    title_words: Optional[List[str]] = None,
    bodies: Optional[List[str]] = None,
    byline_roles: Optional[List[str]] = None,
    departments: Optional[List[str]] = None,
    anonymized: bool = True,
    transliterated: bool = True,
    latin: bool = True,
    abbreviations: bool = True,
    periodicals: bool = True,
    word_names: bool = True,
    credits: bool = True,
    role_edges: bool = True,
    given_names: bool = True,
    joined_bylines: bool = True,
    honorifics: bool = True,
    time_followers: bool = True,
    latin_bodies: bool = True,
    latin_given_names: bool = True,
    occupations: bool = True,
    team_roles: bool = True,
) -> GazetteerPatterns:
    """v10 plus ``occupations``: with the default title words, occupations and a team's roles are
    titles too (诗人高适, 门将王大雷: :data:`OCCUPATION_TITLES`); and ``team_roles``: with
    ``transliterated``, a transliterated name straight after a role in a team (主帅马扎里:
    :func:`role_transliterations`)."""
    if title_words is None and occupations:
        title_words = [*DEFAULT_TITLES, *OCCUPATION_TITLES]
    patterns = make_gazetteer_patterns_v10(titles, bylines, title_words, bodies, byline_roles,
                                           departments, anonymized, transliterated, latin,
                                           abbreviations, periodicals, word_names, credits,
                                           role_edges, given_names, joined_bylines, honorifics,
                                           time_followers, latin_bodies, latin_given_names)
    patterns.team_roles = team_roles
    return patterns


#: Characters after 某 that make it a determiner (某项, 某年某月, 投资于某两家公司), not part of a
#: name. Not 一 or 多: 王某一审, 张某多次 are the name and the word after it.
ANONYMIZED_NOT_BEFORE = "年月日时天处地项种个些位家人件次方面类样区县市省镇村单公企部门单机两几"
#: Words that end in a surname character before 某 (担任某职, 提高某项, 于某日).
ANONYMIZED_NOT_AFTER = ("担任", "主任", "责任", "信任", "兼任", "出任", "继任", "前任", "现任", "提高",
                        "对于", "由于", "关于", "至于", "属于", "等于", "位于", "处于", "用于", "在于",
                        "基于", "鉴于", "出于", "限于", "归于", "向")
#: Characters after 李某 that are the word after the name, not a given name (李某将, 王某在, 张某说,
#: 雷某犯…罪, 李某便).
ANONYMIZED_NOT_GIVEN = "的了是也都就又还将曾已被把从于及同跟给让在对向与和为等说称表讲以因由所并而或犯便即再才均亦仍却竟皆"
#: Marks after an anonymized name with a given name that list it among others (刘某强、史某进、).
ANONYMIZED_LIST_MARKS: Tuple[str, ...] = ("、",)
_ANONYMIZED = re.compile(f"(?:{'|'.join(SURNAMES_2)}|[{SURNAMES_1}])某某?(?!某)")


def anonymized_names(text: str, *, given_names: bool = False) -> Iterator[Hit]:
    """Anonymized names as the press writes them (李某, 冯某, 陈某某): a listed surname and
    某 or 某某, unless 某 is a determiner there (于某日, 担任某职, 某项). With ``given_names``,
    a Han character after a single 某 is the given name left (商某检, 尹某军) where the text
    writes the three characters again or lists them (刘某强、史某进、), unless it is a word
    after the name (:data:`ANONYMIZED_NOT_GIVEN`: 李某将, 王某说) or begins a word of the
    dictionary (张某|进入, 陈某|团伙, 雷某|辩称). Once, before a verb, it is as often the verb
    (丁某窜至, 汪某到某银行) as a given name, so it is left out."""
    for m in _ANONYMIZED.finditer(text):
        start, end = m.span()
        if end < len(text) and text[end] in ANONYMIZED_NOT_BEFORE:
            continue
        if any(text[max(0, start - len(word) + 1):start + 1] == word for word in ANONYMIZED_NOT_AFTER):
            continue
        if start and text[start - 1] == "某":
            continue
        if given_names and text[end - 2] != "某" and _given_name_after(text, end) and (
                text.count(text[start:end + 1]) >= 2 or text.startswith(ANONYMIZED_LIST_MARKS, end + 1)):
            end += 1
        yield Hit(start, end, "PERSON", text[start:end], "anonymized")


def _given_name_after(text: str, end: int) -> bool:
    """Whether the character at ``end``, after an anonymized surname and 某, is a given name."""
    char = text[end:end + 1]
    return (bool(char) and HAN_RE.fullmatch(char) is not None and char not in ANONYMIZED_NOT_GIVEN
            and not any(word_frequency(text[end:end + n]) for n in (2, 3) if end + n <= len(text)))


_TEAM_ROLE = re.compile("|".join(sorted(TEAM_ROLES, key=len, reverse=True)))
#: Parts of speech of a dictionary word that may be a transliterated name (马拉多纳 nr).
NAME_POS = ("nr", "nrt", "nrfg")


def role_transliterations(text: str) -> Iterator[Hit]:
    """Transliterated names straight after a role in a team (:data:`~tagger.zh.context.TEAM_ROLES`):
    主帅马扎里并未, 中场阿奎拉尼等伤员. The run of two to six characters of transliterations there, unless a
    dictionary word begins inside it and runs past its end (主帅里皮安排 → 里皮, 主帅贝尼特斯坦言
    → 贝尼特斯), and only where a word ends it: no Han character, a word that follows names
    (:data:`NAME_FOLLOWERS`), an adverb that ends no transliteration
    (:data:`~tagger.zh.context.TRANSLITERATION_FOLLOWERS`: 戈麦尔斯基将) or a dictionary word;
    not a dictionary word that is no name (外援巴西人 holds the country)."""
    chars = transliteration_chars()
    for m in _TEAM_ROLE.finditer(text):
        start = run = m.end()
        while run < len(text) and run - start < 6 and text[run] in chars:
            run += 1
        end = next((e for e in range(run - 1, start + 1, -1)
                    if any(e + k > run and e + k <= len(text) and is_common_word(text[e:e + k]) for k in (2, 3))), run)
        name = text[start:end]
        if end - start < 2 or not (ends_name(text, end) or text[end:end + 1] in TRANSLITERATION_FOLLOWERS
                                   or any(is_common_word(text[end:end + k]) for k in (2, 3))):
            continue  # 球员恩蒂巴|宗基扎 is no name that ends at 巴
        if not (is_common_word(name) and word_pos(name) not in NAME_POS):
            yield Hit(start, end, "PERSON", name, "team role")


def separated_names(text: str, roles: Sequence[str] = ()) -> Iterator[Hit]:
    """Transliterated names written with separators (安东尼奥·古特雷斯, 埃隆・马斯克,
    让-保罗·萨特): every part made of transliteration characters, the name ending
    where such characters end (特雷莎·梅带着 → 特雷莎·梅). A first character that ends one
    of ``roles`` written before it is that word's, not the name's (总理|纳瓦兹·谢里夫,
    总经理|罗伯特·马尔登)."""
    for m in separated_name_pattern().finditer(text):
        start = m.start()
        if text[start + 1] not in NAME_SEPARATORS and any(
                text.startswith(role, start + 1 - len(role)) for role in roles):
            start += 1
        yield Hit(start, m.end(), "PERSON", text[start:m.end()], "transliterated")


_COUNTRY_RUN = re.compile(f"[{''.join(COUNTRY_ABBREVIATIONS)}]{{2,}}")
_COUNTRY_TO = re.compile(f"(?<={COUNTRY_AFTER_TO})[{''.join(COUNTRY_ABBREVIATIONS)}{CHINA_SHORT}]")


def country_pairs(text: str) -> Iterator[Hit]:
    """One-character forms of countries paired as the press writes them, each a LOC (中塞
    全面战略伙伴关系 → 中 + 塞, 中日韩合作 → 中 + 日 + 韩; :data:`~tagger.zh.context.COUNTRY_ABBREVIATIONS`),
    a pair and a railway or corridor after it one place (中老铁路, 中蒙俄经济走廊), and one form
    after 对 in trade and policy phrases (对美加征关税, 对华投资).

    A pair needs one of :data:`~tagger.zh.context.COUNTRY_PAIR_WORDS` after it, and a
    character that makes a word with the one before it is no form (其中|美方, 节日|中美 →
    中美); a pair inside a body's name (中非合作论坛) and the letters of a country's own
    name (古巴, 巴西: the gazetteer's) are left to the model and the gazetteer."""
    for m in _COUNTRY_RUN.finditer(text):
        start, end = m.span()
        while start < end and start > 0 and is_common_word(text[start - 1:start + 1]):
            start += 1
        start = max(start, end - 3)
        if end - start < 2 or text[start:end] in COUNTRY_PAIR_NOT:
            continue
        route = COUNTRY_PAIR_ROUTES.match(text, end)
        if route:
            surface = text[start:route.end()]
            yield Hit(start, route.end(), "LOC", surface, "abbreviation")
            continue
        word = next((w for w in COUNTRY_PAIR_WORDS if text.startswith(w, end)), None)
        if word is None or any(COUNTRY_PAIR_BODIES.match(text, at) for at in (end, end + len(word))):
            continue
        for i in range(start, end):
            yield Hit(i, i + 1, "LOC", COUNTRY_ABBREVIATIONS[text[i]], "abbreviation")
    for m in _COUNTRY_TO.finditer(text):
        if text.startswith(COUNTRY_POLICY_WORDS, m.end()):
            country = COUNTRY_ABBREVIATIONS.get(m.group(), "中国")  # 华 is China's
            yield Hit(m.start(), m.end(), "LOC", country, "abbreviation")


_TITLED = re.compile(f"《([{HAN}A-Za-z·—-](?:[{HAN}A-Za-z·—：-]{{0,14}}[{HAN}A-Za-z])?)》")


def periodicals(text: str) -> Iterator[Hit]:
    """Journals and other periodicals named in book-title marks, as ORG without the marks:
    the title after 期刊, 杂志 or 刊物 or before 杂志, 刊登, 审稿人 … (国际期刊《自然》,
    《柳叶刀》刊登, :data:`~tagger.zh.context.PERIODICAL_FOLLOWERS`). A document (《通知》指出)
    has neither."""
    for m in _TITLED.finditer(text):
        if text.endswith(PERIODICAL_LEADS, 0, m.start()) or \
                text.startswith(PERIODICAL_FOLLOWERS, m.end()):
            yield Hit(m.start(1), m.end(1), "ORG", m.group(1), "periodical")


#: A name in Latin script: two or three capitalized words, an initial allowed before the
#: last (Olaf Scholz, Sam Altman, John F. Kennedy, Jean-Paul Sartre, Conan O'Brien).
_LATIN_WORD = r"(?:Mc|Mac|[A-Z]')?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
#: A transliterated name just before a bracket (乔·拜登（Joe Biden）).
_GLOSSED_AFTER = re.compile(f"[{re.escape(NAME_SEPARATORS)}][{HAN}]+$")
_LATIN_NAME = re.compile(rf"(?<![A-Za-z0-9.&@#_'-]){_LATIN_WORD}(?: {_LATIN_WORD}){{0,1}}(?: [A-Z]\.)?"
                         rf" {_LATIN_WORD}(?![A-Za-z0-9&@#_'-])")
#: Roles that, written straight before a name in Latin script, make it a person's (besides
#: the title words).
LATIN_NAME_ROLES = (
    "总统", "总理", "首相", "外长", "大使", "议员", "发言人", "首席执行官", "CEO", "创始人", "联合创始人",
    "教授", "博士", "研究员", "科学家", "经济学家", "分析师", "专家", "记者", "作者", "作家", "导演",
    "演员", "歌手", "球员", "选手", "运动员", "教练", "主教练", "负责人", "合伙人", "先生", "女士",
)
#: More words written straight before a transliterated name whose last character is also
#: one of such a name's (助理|安东尼奥, 警察|艾热提·马木提).
NAME_ROLE_ENDS = ("助理", "经理", "警察", "人士", "模范", "院士", "护士", "战士", "参赞")
#: Verbs of saying after a name in Latin script (Sam Altman表示); 说 and 称 only before
#: punctuation, not in 说明 or 称为.
LATIN_NAME_VERBS = ("表示", "指出", "说，", "说：", "说:", "说道", "称，", "称：", "称:", "认为", "强调",
                    "告诉", "透露", "坦言", "回应", "宣布", "补充说", "解释说", "写道")


def latin_names(text: str, title_words: Sequence[str] = DEFAULT_TITLES,
                given: Collection[str] = frozenset()) -> Iterator[Hit]:
    """Names in Latin script (Olaf Scholz), which the statistical model never learned:
    two or three capitalized words with a title or role straight before them (德国总理Olaf
    Scholz, CEO Sam Altman), a verb of saying after them (Sam Altman表示), or in brackets
    after a transliterated name (乔·拜登（Joe Biden）); or, with ``given`` names, whose first
    word is one of them (Jeff Bezos和Bill Gates), unless a later word names an institution,
    place or brand (George Washington University:
    :data:`~tagger.zh.names.LATIN_NOT_NAME_WORDS`). Brands and products (Apple Watch,
    Model Y, Mate 60) have none of these."""
    roles = tuple(title_words) + LATIN_NAME_ROLES
    for m in _LATIN_NAME.finditer(text):
        before = text[max(0, m.start() - 40):m.start()].rstrip(" ")
        after = text[m.end():m.end() + 4].lstrip(" ")
        glossed = before.endswith(("（", "(")) and after.startswith(("）", ")")) and \
            _GLOSSED_AFTER.search(before[:-1]) is not None
        words = m.group().split()
        named = words[0] in given and not any(w in LATIN_NOT_NAME_WORDS for w in words[1:])
        if before.endswith(roles) or after.startswith(LATIN_NAME_VERBS) or glossed or named:
            yield Hit(m.start(), m.end(), "PERSON", m.group(), "latin")


#: Forms of address written after a name (布伦特兰女士, 田申申小姐, Berg先生). Not 夫人: 李鹏和夫人
#: is "Li Peng and his wife".
HONORIFICS = ("先生", "女士", "小姐")
#: The forms of address that make a model place or body before them a person: not 小姐
#: (香港小姐 and 环球小姐 are pageants' titles).
PERSON_HONORIFICS = ("先生", "女士")
#: Characters that end no name before a form of address: conjunctions (王明和先生们).
HONORIFIC_NOT_LAST = "和与及同跟"
_LATIN_BEFORE_HONORIFIC = re.compile(rf"(?<![A-Za-z0-9.&@#_'-])(?:{_LATIN_WORD} ){{0,2}}{_LATIN_WORD}$")


def honorific_names(text: str) -> Iterator[Hit]:
    """Names written before a form of address (:data:`HONORIFICS`): one to three capitalized
    words in Latin script (你好，Berg先生), or three Han characters that begin with a listed
    surname (刚才田申申小姐说), unless a dictionary word runs across their start (对于王先生
    is no name: 于王), their first two characters are a word that is no name (江苏王先生) or
    the last is a conjunction (王明和先生们). A
    surname alone before the form (王先生) is the model's: the guidelines mark 王."""
    for m in re.finditer("|".join(HONORIFICS), text):
        j = m.start()
        latin = _LATIN_BEFORE_HONORIFIC.search(text, max(0, j - 40), j)
        if latin:
            yield Hit(latin.start(), j, "PERSON", latin.group(), "honorific")
            continue
        i = j - 3
        name = text[i:j] if i >= 0 else ""
        if len(name) < 3 or not all(HAN_RE.fullmatch(c) for c in name) or surname_len(name, 0) != 1 \
                or name[-1] in HONORIFIC_NOT_LAST:
            continue
        if _begins_with_word(name):
            continue  # 江苏王先生
        if i and any(is_common_word(text[k:i + 1]) for k in (i - 1, i - 2) if k >= 0):
            continue  # a word runs across the name's start
        yield Hit(i, j, "PERSON", name, "honorific")


_LATIN_SPAN = re.compile(r"[A-Za-z][A-Za-z0-9&.' -]*")


def latin_model_bodies(text: str, model_spans: Sequence[Tuple[int, int, str]],
                       listed: Collection[Tuple[int, int]] = ()) -> Iterator[Hit]:
    """A place the model read in Latin script is a body (Keep, a sports platform, read as a LOC
    five times in the modern train split): Chinese news writes places in Han characters and
    companies, brands and agencies in letters. Capitalized only, and not before a form of
    address (Berg先生 is a person); not where a gazetteer lists the span."""
    for start, end, label in model_spans:
        if label == "LOC" and (start, end) not in listed and text[start].isupper() \
                and _LATIN_SPAN.fullmatch(text, start, end) and not text.startswith(HONORIFICS, end):
            yield Hit(start, end, "ORG", text[start:end], "latin body")


def _begins_with_word(name: str) -> bool:
    """Whether the first two characters of ``name`` are a dictionary word that is no name
    (江苏 of 江苏王, 连日 of 连日来)."""
    return is_common_word(name[:2]) and word_pos(name[:2]) != "nr"


#: Verbs of saying right after a transliterated name the model read as a place or body that
#: make it a person's (德斯坦说, 韦斯特伍表示, 库利科娃回忆道).
SPEAKING_VERBS = ("表示", "说", "认为", "指出", "透露", "坦言", "称", "告诉", "强调", "回忆", "介绍")
#: Words right after a transliterated name the model read as a place or body that only a player
#: or a coach does (温德尔射入致胜的任意球, 巴顿因伤, 德科的远射): in CLUENER's train split, all 31
#: transliterated names so followed are people's. Not 打入, 攻入 or 回归, which teams do too.
PLAYER_VERBS = ("射入", "破门", "梅开二度", "上演帽子戏法", "助攻", "受伤", "伤愈", "复出", "因伤",
                "首发", "替补", "转会", "主罚", "禁赛", "停赛", "伤停", "缺阵", "的远射", "的头球",
                "的射门", "执教", "下课", "入主")


def addressed_model_names(text: str, model_spans: Sequence[Tuple[int, int, str]],
                          listed: Collection[Tuple[int, int]] = ()) -> Iterator[Hit]:
    """A place or body the model read right before 先生 or 女士 is a person (布伦特兰女士), unless a
    gazetteer lists the same span (a country: 中国先生 is no name of a person). 小姐 and
    夫人 are left out: 香港小姐 and 环球小姐 are titles of pageants. So is one of three or more
    characters of transliterations only that a verb of saying follows (德斯坦说,
    :data:`SPEAKING_VERBS`): a place or body the lexicons do not list that speaks is a person;
    and one of two or more that a player's or coach's deed follows (温德尔射入, 巴顿因伤:
    :data:`PLAYER_VERBS`)."""
    chars = transliteration_chars()
    for start, end, label in model_spans:
        if label not in ("LOC", "ORG") or (start, end) in listed:
            continue
        if text.startswith(PERSON_HONORIFICS, end):
            yield Hit(start, end, "PERSON", text[start:end], "honorific")
        elif end - start >= 2 and all(c in chars for c in text[start:end]):
            if end - start >= 3 and text.startswith(SPEAKING_VERBS, end):
                yield Hit(start, end, "PERSON", text[start:end], "speaker")
            elif text.startswith(PLAYER_VERBS, end):
                yield Hit(start, end, "PERSON", text[start:end], "player")


#: jieba POS tag written for gazetteer words in the word features (see ``lexicon_words``).
LABEL_JIEBA_TAGS = zh_labels.LABEL_JIEBA_TAGS


@registry.misc("tagger.lexicon_words.v1")
def lexicon_words(gazetteers: Optional[List[str]] = None) -> Dict[str, str]:
    """Gazetteer names as ``{word: jieba POS}`` for ``tagger_word_features``.

    Given at ``initialize`` (training and assembly alike), they keep current names whole
    in the word cutting and mark them in the lattice feature with their class (习近平 nr,
    巴斯夫 nt, 金山区 ns), correcting jieba's dictionary where it disagrees.
    None means the packaged gazetteers.
    """
    from ..lexicons import GAZETTEERS, load_gazetteer

    words: Dict[str, str] = {}
    for name in gazetteers if gazetteers is not None else GAZETTEERS:
        for entry in load_gazetteer(name):
            tag = LABEL_JIEBA_TAGS.get(entry["label"])
            if tag and len(entry["text"]) >= 2:
                words[entry["text"]] = tag
    return words
