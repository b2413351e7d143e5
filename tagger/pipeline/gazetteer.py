"""The ``tagger_gazetteer`` component: names from gazetteers, suffixes, titles and bylines.

Gazetteer entries (admin divisions, organizations, people, user entries) are
matched on characters, leftmost-longest, so 上海 is not reported inside 上海市
when 上海市 is an entry. A LOC or ORG span (from the model or a gazetteer) that
is followed by an organization suffix gets an extended ORG candidate
(金海岸 + 居委会 → 金海岸居委会); title and byline rules add people. All
candidates go to ``doc.spans[spans_key]``; ``tagger_merge`` picks the flat layer.

Suffix extension is kept from running on into ordinary words: a one-character
suffix is not taken when it starts a word with the next characters (部 in 部分,
部署, 部长; checked on the list :data:`SUFFIX_WORDS` and a private jieba
dictionary), the words between a name and a suffix must be nouns (联合, 组建 stop
it), and a place suffix never follows an admin division name (上海市 + 开发区) or a
one-character base (美 + 乡).
"""

from __future__ import annotations

import re
from typing import (Any, Callable, Collection, Dict, Iterable, Iterator, List, Optional, Sequence,
                    Set, Tuple)

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span
from spacy.training import Example

from ..errors import Warnings, warn
from ..zh.chars import HAN, HAN_RE, latin_word_bounds
from ..zh.context import (CLOSE_BRACKETS, COMPANY_ENDINGS, COUNT_NUMERALS, EVENT_ENDINGS, GAMES_STEM,
                          BUSINESS_WORDS, COMPANY_TITLES, MATCH_WORDS, MODAL_SUFFIX_CHARS,
                          NAME_DETERMINERS, PLACE_LEADS, SHORT_NAME_MAX_FREQ, UNIT_TITLES,
                          cuts_body_word, is_modal)
from ..zh.labels import provenance_rank
from ..zh.words import Word, WordCutter, is_common_word, word_frequency, word_pos
from ..zh.suffixes import (ADMIN_ENDINGS, ADMIN_LEVEL_CHARS, CAMPUS_ENDINGS, COMMUNITY_ENDINGS,
                           COUNTY_ENDINGS, PERSON_PLACE_SUFFIXES, TOWN_LAST_CHARS)
from . import lexicon_io
from .extensions import (SPAN_ATTRS, SPAN_GROUP_SCORER, SpanGroupScoring, register_extensions,
                         set_span_attrs)
from .patterns import (DEFAULT_TITLES, GazetteerPatterns, Hit, addressed_model_names, ends_name,
                       latin_model_bodies)
from .textview import CharTrie, TextView, leftmost_longest, normalize_key
from .textview import doc_text
from .textview import key_text as to_key_text

DEFAULT_GAZETTEERS = ("admin_divisions", "towns", "regions", "countries", "organizations", "people")
_TOWN_LAST = re.compile(f"[{TOWN_LAST_CHARS}]")
# Gazetteer kinds whose names are complete: they never take a LOC suffix (上海市 + 开发区).
COMPLETE_KINDS = frozenset({"province", "prefecture", "county", "town", "region", "new area", "zone",
                            "country", "world region"})
# Gazetteer kinds whose short names also occur as letters of other words (相当于|城镇, 增加|纳税,
# 徐徐|向前): a match is dropped where a dictionary word runs across its start, unless the model
# or a pattern found the same span (会见|习近平 holds 见习).
WORD_CHECKED_KINDS = frozenset({"town", "county", "country", "world city", "leader", "historical leader",
                                "foreign leader", "provincial leader", "regional leader",
                                "model figure", "international official", "public figure"})
#: Kinds of place whose names of two characters are not taken where a common word runs across
#: their end (欧中|环保 holds no 中环): every county and town of two characters (Hong Kong's
#: districts and areas, Taiwan's sights, mainland counties such as 和县). Not countries: 中国|人民
#: is China.
END_CHECKED_KINDS = frozenset({"county", "town"})
#: jieba tags of a word that can be a body's short name: nouns, names and abbreviations, not
#: the verb 联想 (使我联想到) or an adjective.
NAME_WORD_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "nrt", "j", "eng"})
# Kinds of body whose short names are common words (快船, 热火, 马刺): listed as ``strict``, they
# match only where they stand alone; other strict bodies also between words (到工行网点).
WORD_NAMED_KINDS = frozenset({"sports club"})
# Kinds of body named after a place (利物浦, 不来梅): the body only where a match or league is
# spoken of in the same sentence (:data:`~tagger.zh.context.MATCH_WORDS`) or where the NER read the
# name as a person's or a body's (锡耶纳的战斗力尚可: a city is neither), else the model's place.
CITY_NAMED_KINDS = frozenset({"city club"})
# The kind of generic local bodies (区委, 镇党委, 村党支部: organizations.jsonl).
LOCAL_BODY_KIND = "local body"
# Characters before a village's generic body that make it a plural (各村党支部, 每村村委会).
PLURAL_MARKS = "各每"
_SENTENCE_BREAK = re.compile("[。；！？;!?\n]")
#: Characters read on each side of a city's club for its sentence's match words.
MATCH_WINDOW = 80
# Characters that end a name: function words never inside a suffix-extended name, where
# they stand as words of their own (not 和平 of 中国和平发展基金会, 对外 of 中国对外承包工程商会,
# 就业 of …就业服务中心).
GAP_STOP = set("的和与及在是了将被对为把以等从由向到给并而或也都就这那其之各该每")
# Words that end a name's gap however they are tagged, as the function words do (黄石舰|所在|支队).
GAP_STOP_WORDS = frozenset(("所在", "所属"))
_HAN_CHAR = HAN_RE
_HAN_RUN = re.compile(f"{HAN_RE.pattern}+")
# Characters that start an ORG suffix naming its admin level (区委, 市政府, 镇党委, 乡政府).
ADMIN_LEVELS = frozenset(ADMIN_LEVEL_CHARS + "乡")
SUFFIX_WORDS = frozenset((
    "部分", "部署", "部长", "部门", "部位", "部件", "部队", "部属", "局长", "局面", "局部", "局势",
    "委员", "委托", "委屈", "办法", "办理", "办事", "办好", "办学", "办案", "处长", "处理", "处于",
    "处置", "处在", "院长", "院士", "院校", "所长", "所有", "所以", "所在", "所属", "所谓", "站长",
    "站在", "站点", "队长", "队伍", "队员", "厅长", "署长", "署名", "社会", "社长", "社区", "会议",
    "会长", "会上", "会同", "会见", "会谈", "会后", "会员", "馆长", "行动", "行业", "行长", "行政",
    "行为", "司长", "司法", "科技", "科学", "科长", "科研", "团结", "团队", "团长", "团体",
    "科级", "处级", "局级", "司级", "团级", "馆藏", "院藏", "科幻", "科普", "科创", "科教",
    "科考", "科目", "会务", "会费", "会期",
))
"""Words that a one-character ORG suffix starts (部分, 局长, 所有, 馆藏 …): before such a
word the character is not a suffix. jieba's dictionary covers the rest."""
SUFFIX_ENDED_WORDS = frozenset(("省会",))
"""Words that a one-character ORG suffix ends with the name's last character (云南省|会泽县 is
云南省 + 会泽县, not 云南省会): there the character is not a suffix either."""
CHINA_FORM = "中"
"""China's one-character form in a pair of countries (中欧班列, 巴中两国)."""
TOWN_ENDINGS = ("镇", "乡", "街道")
"""With ``villages``: endings of the towns and streets whose villages and communities follow them
in an address (洗马镇 + 落掌村, 河北街道 + 三一八社区)."""
VILLAGE_KINDS = ("老旧", "贫困", "美丽", "文明", "示范", "试点", "重点", "中心", "先进", "安置", "城中",
                 "行政", "自然", "新型", "所辖", "下辖", "各")
"""With ``villages``: words before a community ending that make a kind of village, no name
(洗马镇 + 老旧小区改造, 贫困村, 行政村)."""
_VILLAGE = re.compile(f"[{HAN}]{{1,5}}?(?:{'|'.join(COMMUNITY_ENDINGS)})")
CITY_ZONES = frozenset(("高新区", "经开区", "经济技术开发区", "高新技术产业开发区", "自贸区",
                        "自贸试验区", "自由贸易试验区", "综合保税区", "综保区", "软件园"))
"""Place suffixes that an admin division takes without a name of their own: kinds of zone a city
has one of and named parks (西安 + 经开区, 成都 + 高新区, 中关村 + 软件园), unlike 开发区 or 新城
(上海市 + 开发区 is any of them)."""
PLACE_GOVERNMENTS = frozenset(("政府", "人民政府"))
"""ORG suffixes that only a place takes (金山区 + 政府; not 国务院 + 政府 in 国务院政府特殊津贴)."""
PARTICLE_SUFFIX_CHARS = frozenset("所")
"""One-character ORG suffixes that are also a particle before a verb (中国所取得的成就, 我们所做):
there they are no suffix."""
GAP_POS = ("n", "j", "b", "f", "s", "an", "vn", "m", "q", "eng", "l")
"""jieba POS tag prefixes allowed for the words between a name and an ORG suffix
(液晶 in 中国光学光电子行业协会液晶分会), plus plain adjectives (``a``: 新 in 新材料);
verbs and function words stop the gap."""
CLAUSE_VERBS = frozenset((
    "成立", "组建", "联合", "召开", "举办", "举行", "设立", "建立", "依托", "携手", "联手", "指导",
    "参加", "走访", "前往", "来到", "考察", "调研", "委托", "邀请", "组织", "协调", "会同", "牵头",
    "支持", "授予", "发布", "签约", "签署", "部署", "落实", "推进", "开展", "启动", "入驻", "成为",
))
"""Verbs that begin a clause, never part of a name even inside the gap (other verbs
may be: 上海碳纤维复合材料创新研究院, 区委党史学习教育领导小组)."""
UNIT_NAME_VERBS = frozenset(("组织", "协调", "指导", "支持", "发布", "落实", "推进", "联合"))
"""Clause verbs that do occur inside a department's name after its first word (社会组织登记科,
运行监测协调局, 市政设施指导部): with ``sub_units``, allowed there."""
# Names of academic bodies, whose sub-units may be named with 与 (清华大学 + 计算机科学与技术系,
# 乌普萨拉大学 + 和平与冲突研究所) and end in a unit that is no ORG suffix alone (系).
ACADEMIC_BASES = ("大学", "学院", "科学院", "研究院")
_ACADEMIC_UNIT = re.compile("(.{2,12}?)(?:学院|系|研究所|研究院|研究中心|医学部)")
# Units that are a name only with words of their own before them: 中山大学物理学院实验室 is the
# school's laboratory, not a body (模式识别国家重点实验室 is one).
UNNAMED_UNITS = frozenset({"实验室"})
# A body's site described in words after its name: the body's name alone is the name
# (小米 + 手机智能工厂, 苏州三星半导体 + 工厂; not 化工厂, 加工厂, words of their own).
DESCRIBED_SITES = frozenset({"工厂"})
# What may follow a department named after its body with a one-character unit (辽宁省发展改革委
# + 地区经济处 + 处长, 国家市场监督管理总局 + 食品抽检司 + 相关负责人): a title or a
# spokesperson's words. Without one, a gap before 处/司/科 … is not taken (某处, 专科).
UNIT_HEADS = (*DEFAULT_TITLES, "司长", "科长", "副", "负责人", "相关负责人", "有关负责人", "首席",
              "党支部")
# With ``sub_units``: one-character units that close a department named after its body without
# a title after it (香港特区政府 + 统计处, 宝山区民政局 + 社会组织登记科, 国家卫健委 + 妇幼司,
# 晋察冀边区革命纪念馆 + 宣讲团), unless the character ends a common word of the gap (好处, 外科).
SUB_UNIT_CHARS = frozenset("司处科局团")
# Numerals of numbered units, which make words with the unit's character (一处, 三局) and are
# still part of a department's name (监察执法一处, 干部三局).
UNIT_NUMERALS = frozenset("一二三四五六七八九十")
# Endings of teams, which have no departments (中国队 + 组合连赢两|局 is a score).
TEAM_ENDINGS = ("队",)
# With ``sub_units``: words of people that end a department's name before them (孔子学院 + 教师秦|司,
# 村党支部 + 书记联合分管|科): the titles and these.
UNIT_GAP_PEOPLE = frozenset((*UNIT_HEADS, "教师", "老师", "干部", "成员", "人员", "员工", "职工",
                             "护士", "医生", "专家", "研究员", "主帅", "教练", "主教练", "球员",
                             "队员", "选手", "门将", "前锋", "后卫", "中场"))
# Conjunctions inside a body's name: with ``sub_units``, in a department's name, taken only where
# a title follows the unit (工信部 + 信息化和软件服务业司 + 司长, 香港特区政府 + 民政及青年事务局 +
# 局长); between two nouns after a place, before an ORG suffix of two or more characters
# (云南省 + 林业和草原科学院, 美国 + 国家标准与技术研究所); in a phrase before a named body's ending.
UNIT_CONJUNCTIONS = frozenset("和与及")
# A county's or city's short form (金山 of 金山区) is taken only where the text names it in
# full, and only if jieba knows it as a name (ns, nr …) less often than this, or not at all
# (长安, 江北 are also common words or names of other things).
SHORT_FORM_KINDS = frozenset({"county", "prefecture"})
_COUNTY_ENDINGS_LONGEST_FIRST = tuple(sorted(COUNTY_ENDINGS, key=len, reverse=True))
SHORT_FORM_MAX_FREQ = 1000
# With ``villages``: the ending of a village the model names whose name before it is then a
# place wherever the text writes it alone (后川村 … 后川), unless jieba knows it as a word or it
# names games (亚残运村 is no village of 亚残运).
VILLAGE_SHORT_ENDING = "村"
# With ``task_forces``: endings of bodies set up for a task, whose names are a phrase of nouns
# and verbs before them (国务院根治拖欠农民工工资工作领导小组, 大理州洱海保护治理及流域转型发展指挥部,
# 全国区块链和分布式记账技术标准化委员会).
TASK_FORCE_ENDINGS = ("领导小组", "指挥部", "委员会")
TASK_FORCE_MAX_CHARS = 24
"""The most characters of a task force's name before its ending."""
# With ``counted_gaps``: a count of things between a name and an ORG suffix (北京|一家科技|公司,
# 武汉|多所|医院, 中科院|多个|研究所) says that the name is where those things are, not part of
# one body's name; an ordinal (执勤第六|支队) is a name's part.
COUNTED_GAP = re.compile("(?<!第)[一两二三四五六七八九十几多数百千万]+[家所座个批位支名间栋种类项只条]")
TASK_FORCE_STOP_POS = ("p", "r", "u", "d", "m", "q", "c", "y", "e", "o", "x", "t", "z")
"""jieba POS tag prefixes that end a task force's name on its left (向, 其, 的, 已, 十二届 …);
a conjunction (和, 及, 与) only where no name ends before it (区委和, 四部门及)."""
TASK_FORCE_OPENERS = CLAUSE_VERBS | frozenset((
    "观察", "参与", "拟订", "出席", "担任", "任", "兼任", "兼", "是", "有", "为", "经", "通过", "包括",
    "设", "下设", "隶属于", "隶属", "加入", "领导", "组成", "负责", "主持", "看望", "慰问", "致",
    "致电", "获悉", "会见", "提交", "报送", "发挥", "提出", "审议", "修改", "现行", "相关", "走进",
    "充分发挥", "严格执行", "后任", "前任", "新一届", "本届", "上一届", "好",
    "改为", "更名为", "改名为", "改组为", "改称", "并入",
))
"""Words that open the clause a task force's name stands in (成立, 召开, 观察, 会见 …); other
verbs are part of the name (国务院 + 根治拖欠…, 中央 + 全面深化改革…)."""
TASK_FORCE_FIRST_VERBS = frozenset((
    "应对", "推进", "推动", "保障", "防治", "根治", "深化", "支援", "保护", "治理", "防控", "防范",
    "处置", "整治", "抗击",
))
"""Verbs that may begin a task force's name (应对疫情工作领导小组); another verb there is the
clause's (了市 as jieba cuts 成立了市…, 提出修改…)."""
TASK_FORCE_GENERIC_WORDS = ("部门", "单位", "机构", "机关", "企业", "组织")
"""Words of classes of bodies, which a conjunction does not join to a task force's name
(省级水利部门和 + 长江水利委员会)."""
TASK_FORCE_NOT_BEFORE = ("法", "条例", "章程", "门")
"""What makes an ending part of a law's title or of a longer word after it (城市居民委员会组织法,
指挥部门)."""
_TASK_FORCE_ENDING = re.compile("(?:%s)(?!%s)" % ("|".join(TASK_FORCE_ENDINGS),
                                                  "|".join(TASK_FORCE_NOT_BEFORE)))
"""A task force's ending, not where it is part of a law's title or a longer word (城市居民委员会组织法,
指挥部门)."""
COMPANY_STOP_POS = ("p", "r", "u", "d", "c", "y", "e", "o", "x")
"""jieba POS tag prefixes that end a company's name on its left (与, 该, 的, 已 …); numerals,
times, status words and verbs' letters may be part of one (万中建筑劳务, 黄海湿地文化发展)."""
_BRACKETED_PLACE = re.compile(f"（[{HAN}]{{2,5}}）")
"""A place in full-width brackets inside a company's name (斯微（上海）生物科技有限公司)."""
COMPANY_MAX_CHARS = 20
"""The most characters of a company's name before its ending (names before it aside)."""
COMPANY_LEADS = frozenset(("当地", "本地", "国内", "境内", "省内", "县里", "村里", "市里", "镇里", "省里"))
"""Words of where that stand before a company's name, no part of it (县里 + 红星米业有限公司)."""
NAMED_BODY_ENDINGS = ("研究所", "研究院", "研究中心", "重点实验室", "基金会", "协会", "学会", "商会",
                      "联合会", "促进会")
"""With ``named_bodies``: endings of bodies whose names are a phrase of words before them
(国际应用系统分析研究所, 中华思源工程扶贫基金会, 美中青少年学生交流协会)."""
NAMED_BODY_VERBS = frozenset((
    "扶贫", "促进", "保护", "控制", "传承", "创新", "推进", "保障", "治理", "开发", "应用", "防治",
    "救助", "协调", "转化", "孵化", "防控", "监督", "传播", "互助", "救援", "振兴", "合作", "交流",
))
"""With ``named_bodies``: verbs that occur inside such a name (中华思源工程扶贫基金会, 文化传承与
创新研究院); any other verb opens the clause the name stands in (进入|敦煌研究院)."""
CONJOINED_BODY_WORDS = (*NAMED_BODY_ENDINGS, *TASK_FORCE_GENERIC_WORDS, "政府", "企业")
"""Endings of a word before 和/与/及 that make it a body of its own, joined to the next one
(奥地利政府|和|国际应用系统分析研究所), not a word of its name."""
OFFICE_WORDS = frozenset(("现任", "时任", "历任", "曾任", "原任", "前任", "兼任"))
"""Words of an office held, which stand before the body's name (现任|华南国家植物园…研究中心)."""
_NAMED_BODY_ENDING = re.compile("|".join(NAMED_BODY_ENDINGS))
_COMPANY_ENDING = re.compile("|".join(sorted(COMPANY_ENDINGS, key=len, reverse=True)))
TITLED_UNIT_ENDINGS = ("研究中心", "中心", "研究室", "实验室", "研究所", "研究院", "办公室", "办", "司",
                       "党委", "党总支", "党支部", "党组", "处", "科", "室", "庭", "组", "部", "院", "所",
                       "局", "公司")
"""With ``titled_units``: endings of a body whose name the words before it give, when a person's
title follows it (国家卫星定位系统工程技术研究中心 + 主任, 应对气候变化司 + 有关负责人, 北京互联网法院
综合审判三庭 + 法官). An ordinal may stand before the ending (审判三庭)."""
TITLED_UNIT_HEADS = (*UNIT_HEADS, "研究员", "副研究员", "工程师", "高级工程师", "法官", "教授", "副教授",
                     "副总经理", "副院长", "副所长")
"""With ``titled_units``: the titles that make the words before them a body's name."""
TITLED_UNIT_GENERIC_WORDS = frozenset((*TASK_FORCE_GENERIC_WORDS, "公司"))
"""With ``titled_units``: words of classes of bodies, which make no body's name (公司业务部)."""
TITLED_UNIT_LEADS = frozenset("的在是了将被对为把以从由向到给并据经")
"""With ``titled_units``: function words after which a body's name may begin (该|中心, 某|卫生院
and 和|… do not)."""
_TITLED_UNIT = re.compile("(?:[%s]?(?:%s))(?=%s)" % (
    "".join(UNIT_NUMERALS), "|".join(sorted(TITLED_UNIT_ENDINGS, key=len, reverse=True)),
    "|".join(sorted(TITLED_UNIT_HEADS, key=len, reverse=True))))

SHORT_NAME_STOP_POS = ("v", "p", "c", "d", "r", "m", "q", "u", "f", "t")
"""With ``titled_companies``: jieba POS of words that are in no company's short name (verbs but
nouns of action, prepositions, conjunctions, adverbs, pronouns, counts, particles, places and
times of a clause)."""
_TITLED_COMPANY = re.compile("(?:%s)(?=(%s))" % (
    "|".join(sorted(BUSINESS_WORDS, key=len, reverse=True)),
    "|".join(sorted(COMPANY_TITLES, key=len, reverse=True))))

register_extensions()


@Language.factory(
    "tagger_gazetteer",
    assigns=["doc.spans", *SPAN_ATTRS],
    requires=["doc.ents"],
    default_config={
        "spans_key": "gazetteer",
        "patterns": {"@misc": "tagger.gazetteer_patterns.v2"},
        "extend_suffixes": True,
        "max_suffix_gap": 10,
        "sub_units": False,
        "task_forces": False,
        "counted_gaps": False,
        "titled_units": False,
        "villages": False,
        "companies": False,
        "named_bodies": False,
        "titled_companies": False,
        "place_named_short_forms": False,
        "person_places": False,
        "min_length": 2,
        "scorer": SPAN_GROUP_SCORER,
    },
    default_score_weights={"spans_gazetteer_f": 0.0, "spans_gazetteer_p": 0.0,
                           "spans_gazetteer_r": 0.0},
)
def make_gazetteer(nlp: Language, name: str, spans_key: str, patterns: GazetteerPatterns,
                   extend_suffixes: bool, max_suffix_gap: int, sub_units: bool,
                   task_forces: bool, min_length: int,
                   scorer: Optional[Callable], counted_gaps: bool = False,
                   titled_units: bool = False, villages: bool = False,
                   companies: bool = False, named_bodies: bool = False,
                   titled_companies: bool = False, place_named_short_forms: bool = False,
                   person_places: bool = False) -> "GazetteerTagger":
    """Create the gazetteer tagger (entries and suffixes are added at initialize).

    It reads the model's ``doc.ents`` (bases for suffix extension), so it runs after the NER.
    """
    return GazetteerTagger(nlp, name, spans_key=spans_key, patterns=patterns,
                           extend_suffixes=extend_suffixes, max_suffix_gap=max_suffix_gap,
                           sub_units=sub_units, task_forces=task_forces, min_length=min_length,
                           scorer=scorer, counted_gaps=counted_gaps, titled_units=titled_units,
                           villages=villages, companies=companies, named_bodies=named_bodies,
                           titled_companies=titled_companies, place_named_short_forms=place_named_short_forms,
                           person_places=person_places)


class GazetteerTagger(SpanGroupScoring, lexicon_io.SavedEntries, Pipe):
    """Marks PERSON/ORG/LOC candidates in ``doc.spans[spans_key]``.

    ``_.source`` is ``lexicon`` or ``user`` for gazetteer entries and ``pattern``
    for suffix extensions, titles, bylines and local departments (市公安局; ``_.category``
    says which).
    """

    entry_key = ("text", "label", "source")  # saved entries (lexicon_io.SavedEntries)
    extra_tables = ("suffixes",)

    def __init__(self, nlp: Language, name: str = "tagger_gazetteer", *,
                 spans_key: str = "gazetteer", patterns: Optional[GazetteerPatterns] = None,
                 extend_suffixes: bool = True, max_suffix_gap: int = 10, sub_units: bool = False,
                 task_forces: bool = False, min_length: int = 2,
                 scorer: Optional[Callable] = None, counted_gaps: bool = False,
                 titled_units: bool = False, villages: bool = False,
                 companies: bool = False, named_bodies: bool = False,
                 titled_companies: bool = False, place_named_short_forms: bool = False,
                 person_places: bool = False) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.scorer = scorer
        self.patterns = patterns if patterns is not None else GazetteerPatterns()
        self.extend_suffixes = extend_suffixes
        self.max_suffix_gap = max_suffix_gap
        self.sub_units = sub_units
        self.task_forces = task_forces
        self.counted_gaps = counted_gaps
        self.titled_units = titled_units
        self.villages = villages
        self.companies = companies
        self.named_bodies = named_bodies
        self.titled_companies = titled_companies
        self.place_named_short_forms = place_named_short_forms
        self.person_places = person_places
        self._shorts: Optional[Dict[str, Hit]] = None
        self._short_lengths: Tuple[int, ...] = ()
        self.min_length = min_length
        self.entries: Dict[str, List[Dict[str, Any]]] = {}
        self.org_suffixes: List[str] = []
        self.loc_suffixes: List[str] = []
        self._trie = CharTrie()
        self._towns: frozenset = frozenset()
        self._town_lengths: Tuple[int, ...] = ()
        self._org_trie = CharTrie()
        self._loc_trie = CharTrie()
        self._loc_set: frozenset = frozenset()
        self._word_cutter: Optional[WordCutter] = None

    @property
    def word_cutter(self) -> WordCutter:
        """A private jieba word cutter without extra words (:class:`tagger.zh.words.WordCutter`),
        loaded on first use; never jieba's global dictionary."""
        if self._word_cutter is None:
            self._word_cutter = WordCutter()
        return self._word_cutter

    def _kept_by_cut(self, text: str, start: int, end: int) -> bool:
        """Whether the word cutter, reading four characters either side, cuts ``text[start:end]``
        as one word that it tags as a noun or an abbreviation (:data:`NAME_WORD_TAGS`):
        网易|发布 (易发 is a word too), 而且|央行|同时, but not 加工|行业, 东北大学 or the verb of
        使我联想到; nor after the last character of a level of places, where the name is every
        such place's body (各省、自治区、直辖市妇联), nor a doubled character (一滴滴汗珠 is no 滴滴)."""
        if start and text[start - 1] in ADMIN_LEVELS or len(set(text[start:end])) == 1:
            return False
        lo = max(0, start - 4)
        return any(word.start == start and word.end == end and word.pos in NAME_WORD_TAGS
                   for word in self.word_cutter.cut(text[lo:end + 4], offset=lo))

    def _starts_word(self, text: str, j: int) -> bool:
        """Whether ``text[j]`` begins a word with the characters after it (部 in 部署)."""
        if text[j:j + 2] in SUFFIX_WORDS or text[j - 1:j + 1] in SUFFIX_ENDED_WORDS:
            return True
        return any(is_common_word(text[j:j + n]) for n in (2, 3) if j + n <= len(text))

    def _cut_by_words(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is not a name of its own but letters of words around
        it: a dictionary word runs across its start (相当于|城镇, 上山|下乡, 其中|城镇), a
        township ending 乡 begins 乡镇/乡村 (发展乡|镇企业), or the name is a people's
        (朝鲜|族, 俄罗斯|族)."""
        if text[end - 1:end + 1] in ("乡镇", "乡村") or text[end:end + 1] == "族":
            return True
        return any(is_common_word(text[start - back:start - back + n])
                   for n in (2, 3) for back in range(1, n) if start - back >= 0)

    def _nominal_gap(self, text: str, start: int, end: int, *, unit: bool = False,
                     joined: bool = False, company: bool = False) -> bool:
        """Whether ``text[start:end]`` (the words between a name and an ORG suffix) can
        be part of the name: noun-like words (:data:`GAP_POS`), and verbs only inside
        it, not as its first word (a name followed by a verb is a subject: 居委会|联合…)
        and not one of :data:`CLAUSE_VERBS` (创新 in 上海碳纤维复合材料创新研究院).
        A department's name before a one-character unit (``unit``) may also start with
        a verb, hold :data:`UNIT_NAME_VERBS` after its first word, :data:`UNIT_CONJUNCTIONS` and
        words jieba tags as times (统计|处, 社会组织登记|科, 民政及青年事务|局), but no
        word of people (:data:`UNIT_GAP_PEOPLE`: 教师秦|司). With ``counted_gaps``, no count
        of things (:data:`COUNTED_GAP`: 北京|一家科技|公司). A name ``joined`` by a conjunction
        holds it with nouns after it (林业|和|草原); before a company's ending (``company``:
        :data:`~tagger.zh.context.COMPANY_ENDINGS`, any words make its name) a verb or a time
        may be the first word too (执御|信息技术, 东来|制造)."""
        if self.counted_gaps and COUNTED_GAP.search(text, start, end):
            return False
        window = text[start:min(len(text), end + 4)]
        after_conjunction = False
        for word in self.word_cutter.cut(window, offset=start):
            if word.start >= end:
                break
            if after_conjunction and not word.pos.startswith(GAP_POS):
                return False  # nouns only after the conjunction (林业和|草原), no clause (与人|合作开)
            after_conjunction = after_conjunction or (joined and word.text in UNIT_CONJUNCTIONS)
            if word.text in CLAUSE_VERBS and not (unit and word.start > start
                                                  and word.text in UNIT_NAME_VERBS):
                return False
            if unit and word.text in UNIT_GAP_PEOPLE:
                return False
            if word.pos.startswith(GAP_POS) or word.pos == "a" or \
                    (unit and (word.text in UNIT_CONJUNCTIONS or word.pos == "t")) or \
                    (joined and word.text in UNIT_CONJUNCTIONS) or (company and word.pos == "t"):
                continue
            if not (word.pos.startswith("v") and (word.start > start or unit or company)):
                return False
        return True

    # ------------------------------------------------------------------ data
    def initialize(self, get_examples: Optional[Callable[[], Iterable[Example]]] = None, *,
                   nlp: Optional[Language] = None,
                   gazetteers: Optional[List[str]] = None,
                   gazetteer_paths: Optional[List[str]] = None,
                   org_suffixes_path: Optional[str] = None,
                   loc_suffixes_path: Optional[str] = None,
                   user_lexicon_path: Optional[str] = None) -> None:
        """Load gazetteers, suffix lists and an optional user dictionary.

        gazetteers: names of packaged gazetteers (None: admin_divisions,
            organizations, people; [] for none).
        gazetteer_paths: extra gazetteer JSONL files.
        org_suffixes_path, loc_suffixes_path: suffix lists; None reads the packaged
            ``org_suffixes.txt`` / ``loc_suffixes.txt`` when suffix extension is on.
        user_lexicon_path: a user dictionary; its entries get source ``user``.
        """
        self.clear()
        names = DEFAULT_GAZETTEERS if gazetteers is None else gazetteers
        for gname in names:
            self.add_entries(lexicon_io.read_gazetteer(gname), source="lexicon")
        for path in gazetteer_paths or []:
            self.add_entries(lexicon_io.read_gazetteer(path), source="lexicon")
        self.set_suffixes(org=self._suffix_list(org_suffixes_path, "org_suffixes"),
                          loc=self._suffix_list(loc_suffixes_path, "loc_suffixes"))
        if user_lexicon_path:
            _, gaz = lexicon_io.read_user_entries(user_lexicon_path)
            self.add_entries(gaz, source="user")
        if not self.entries:
            warn(Warnings.W300.format(name=self.name, option="gazetteers or gazetteer_paths"))

    def _suffix_list(self, path: Optional[str], packaged: str) -> List[str]:
        """Suffixes from ``path``, else the packaged list when suffix extension is on."""
        if path:
            return lexicon_io.read_suffixes(path)
        return lexicon_io.read_suffixes(packaged) if self.extend_suffixes else []

    def clear(self) -> None:
        """Remove all entries and suffixes (pattern rules stay)."""
        self.entries = {}
        self.set_suffixes(org=[], loc=[])
        self._rebuild()

    def set_suffixes(self, *, org: Sequence[str], loc: Sequence[str]) -> None:
        """Replace the organization and location suffix lists."""
        self.org_suffixes = list(dict.fromkeys(s.strip() for s in org if s.strip()))
        self.loc_suffixes = list(dict.fromkeys(s.strip() for s in loc if s.strip()))
        self._loc_set = frozenset(self.loc_suffixes)
        self._org_trie, self._loc_trie = CharTrie(), CharTrie()
        for s in self.org_suffixes:
            self._org_trie.add(normalize_key(s), s)
        for s in self.loc_suffixes:
            self._loc_trie.add(normalize_key(s), s)

    def add_entries(self, entries: Iterable[Dict[str, Any]], *, source: str = "user") -> None:
        """Add ``{"text", "label", "canonical", "kind"}`` entries. Entries with source
        ``user`` replace every existing entry with the same normalized surface."""
        lexicon_io.check_source(source)
        checked = lexicon_io.gazetteer_entries(
            [{k: v for k, v in e.items() if k != "source"} for e in entries], source=source)
        replaced: Set[str] = set()
        for entry in checked:
            key = normalize_key(entry["text"])
            if len(key) < self.min_length:
                continue
            if source == "user" and key not in replaced:
                self.entries[key] = [x for x in self.entries.get(key, []) if x["source"] == "user"]
                replaced.add(key)
            bucket = self.entries.setdefault(key, [])
            if entry not in bucket:
                bucket.append(entry)
        self._rebuild()

    def _rebuild(self) -> None:
        """Index the entries: township names in a set (30,000 of them, all ending in one
        of :data:`TOWN_LAST_CHARS`: a trie of them would take tens of MB), the rest in a trie."""
        self._trie = CharTrie()
        towns = set()
        for key, bucket in self.entries.items():
            bucket.sort(key=lambda e: provenance_rank(e["source"]))
            if bucket[0].get("kind") == "town" and key[-1] in TOWN_LAST_CHARS:
                towns.add(key)
            else:
                self._trie.add(key, key)
        self._towns = frozenset(towns)
        self._shorts = None  # counties' and cities' short forms: indexed again at first use
        self._town_lengths = tuple(sorted({len(k) for k in towns}, reverse=True))

    def _town_matches(self, key_text: str) -> Iterator[Tuple[int, int, List[str]]]:
        """``(start, end, [key])`` for every township name in ``key_text``."""
        for m in _TOWN_LAST.finditer(key_text):
            end = m.end()
            for n in self._town_lengths:
                key = key_text[end - n:end] if end >= n else ""
                if key in self._towns:
                    yield end - n, end, [key]

    # ------------------------------------------------------------------ run
    def __call__(self, doc: Doc) -> Doc:
        """Find gazetteer, suffix, title and byline candidates in ``doc``."""
        text = doc_text(doc)
        view = TextView.of(text)
        hits = self.find(view.text, model_spans=self._model_spans(doc, view),
                         joins=view.line_joins() if self.task_forces or self.titled_units
                         or self.companies or self.named_bodies else ())
        found: List[Tuple[Span, Hit]] = self._county_short_forms(doc)
        for hit in hits:
            span = view.span(doc, hit.start, hit.end, hit.label)
            if span is not None:
                found.append((span, hit))
        if self.patterns.bylines:
            lines = TextView.of(text, join_lines=False)
            for hit in self.patterns.line_bylines(lines.text):
                span = lines.span(doc, hit.start, hit.end, hit.label)
                if span is not None:
                    found.append((span, hit))
        spans: List[Span] = []
        seen = set()
        for span, hit in found:
            ident = (span.start_char, span.end_char, hit.label)
            if ident in seen:
                continue
            seen.add(ident)
            set_span_attrs(span, source=hit.provenance, canonical=hit.canonical, category=hit.category)
            spans.append(span)
        spans.sort(key=lambda s: (s.start, -s.end, s.label_))
        doc.spans[self.spans_key] = spans
        return doc

    def _county_short_forms(self, doc: Doc) -> List[Tuple[Span, Hit]]:
        """LOC for a two-character model PERSON that is a county-level division's short
        form (金山 of 金山区, 昆山 of 昆山市, 浦东 of 浦东新区).

        Counties get no short forms in the gazetteer (too many are common words), but
        where the model calls one a person it is the place: a person's name is rarely a
        county's, and a local paper names its district on every page.
        """
        out: List[Tuple[Span, Hit]] = []
        for ent in doc.ents:
            if ent.label_ != "PERSON" or len(ent.text) != 2 or not _HAN_CHAR.match(ent.text[0]):
                continue
            for ending in COUNTY_ENDINGS:
                county = [e for e in self.entries.get(normalize_key(ent.text + ending), [])
                          if e["label"] == "LOC" and e.get("kind") == "county"]
                if county:
                    hit = Hit(ent.start_char, ent.end_char, "LOC", county[0]["canonical"],
                              "county short form", (), county[0]["source"])
                    out.append((Span(doc, ent.start, ent.end, label="LOC"), hit))
                    break
        return out

    @staticmethod
    def _model_spans(doc: Doc, view: TextView) -> List[Tuple[int, int, str]]:
        """The model's PERSON/ORG/LOC ents as view offsets (ORG and LOC are bases for suffix
        extension; each confirms a gazetteer match over the same characters)."""
        ents = [ent for ent in doc.ents if ent.label_ in ("PERSON", "ORG", "LOC")]
        if not ents:
            return []
        starts = {o: i for i, o in enumerate(view.offsets)}
        out: List[Tuple[int, int, str]] = []
        for ent in ents:
            a = starts.get(ent.start_char)
            b = starts.get(ent.end_char - 1)
            if a is not None and b is not None:
                out.append((a, b + 1, ent.label_))
        return out

    def find(self, text: str, *, model_spans: Sequence[Tuple[int, int, str]] = (),
             joins: Collection[int] = ()) -> List[Hit]:
        """Gazetteer, suffix-extension, title, byline and department hits in a view text.
        ``joins``: view offsets where the original text broke a line (:meth:`TextView.line_joins`;
        a task force's name does not run across one: a headline's last word before it)."""
        hits: List[Hit] = []
        pattern_hits = self.patterns(text)
        confirmed = {(h.start, h.end) for h in pattern_hits} | {(s, e) for s, e, _ in model_spans}
        read_as_actors = {(s, e) for s, e, label in model_spans if label in ("PERSON", "ORG")}
        key_text = to_key_text(text)
        matches = [*self._trie.iter_matches(key_text, min_len=self.min_length),
                   *self._town_matches(key_text)]
        name_ends = set()
        for start, end, keys in leftmost_longest(matches):
            entry = self.entries[keys[0]][0]
            if entry.get("strict") and (start, end) not in confirmed and not _stands_alone(text, start, end) \
                    and (not _between_words(entry)
                         or (_crossed_by_words(text, start, end)
                             and not self._kept_by_cut(text, start, end))):
                continue  # 加|工行|业; a body's short name stands between words (到工行网点, 网易|发布)
            if entry.get("kind") in WORD_CHECKED_KINDS and (start, end) not in confirmed \
                    and start not in name_ends and (self._cut_by_words(text, start, end) or (
                        entry.get("kind") in END_CHECKED_KINDS and _run_on_by_word(text, start, end))):
                continue  # 首任|县委 is no 任县; 昭通市|镇雄县 is a name after a name; 欧中|环保
            if entry["label"] == "ORG" and cuts_body_word(text, end):
                continue  # 民政部|门 is no ministry
            if _latin_cut(text, start, end):
                continue  # NBA of WNBA or NBA2K
            if entry.get("kind") in CITY_NAMED_KINDS and not _in_match_sentence(text, start, end) \
                    and (start, end) not in read_as_actors:
                continue  # 利物浦 the city, not the club (unless the NER read the name as a person's)
            if entry.get("kind") == LOCAL_BODY_KIND and _named_community_body(text, start, model_spans):
                continue  # 青苗|村党支部, 水电居民区|党总支: a named village's body, named whole
            name_ends.add(end)
            hits.append(Hit(start, end, entry["label"], entry["canonical"], entry.get("kind"),
                            (), entry["source"]))
        names = [(h.start, h.end) for h in hits
                 if h.category == "country" or CHINA_FORM not in text[h.start:h.end]]
        pairs = [h for h in pattern_hits if h.category == "abbreviation"]
        pairs = [h for h in pairs if not any(s < h.end and h.start < e for s, e in names)]
        if pairs:  # 古巴 is no 古 + 巴; a region or a city with China's form in it is (中欧班列, 巴中两国)
            hits = [h for h in hits if not any(p.start < h.end and h.start < p.end for p in pairs)]
        listed = {(h.start, h.end) for h in hits}
        if self.patterns.honorifics:  # 布伦特兰女士: before the rules' own hits join the list
            hits.extend(addressed_model_names(text, model_spans, listed))
        if self.patterns.latin_bodies:
            hits.extend(latin_model_bodies(text, model_spans, listed))
        hits.extend(h for h in pattern_hits if h.category != "abbreviation")
        hits.extend(pairs)
        hits.extend(self._short_forms(text, hits, model_spans))
        if self.villages:  # before the suffixes: 落掌村 + 党支部
            hits.extend(self._villages(text, hits, model_spans))
        if self.extend_suffixes and (self.org_suffixes or self.loc_suffixes):
            hits.extend(self._extensions(text, hits, model_spans))
        if self.task_forces:
            forces = self._task_forces(text, hits, model_spans, joins)
            hits.extend(forces)
            if self.extend_suffixes and forces:  # 国务院…领导小组 + 办公室
                hits.extend(_within_lines(self._extensions(text, forces, ()), joins))
        if self.titled_units:
            hits.extend(self._titled_units(text, hits, model_spans, joins))
        if self.titled_companies:
            hits.extend(self._titled_companies(text, hits, model_spans))
        named: List[Hit] = []
        if self.named_bodies:
            named += self._named_bodies(text, hits, model_spans, joins)
        if self.companies:
            named += self._companies(text, [*hits, *named], model_spans, joins)
        hits.extend(named)
        if self.extend_suffixes and named:  # …有限公司 + 资财中心, …研究院 + 金融科技研究中心
            hits.extend(_within_lines(self._extensions(text, named, ()), joins))
        hits.sort(key=lambda h: (h.start, -h.end, provenance_rank(h.provenance)))
        return hits

    def _short_forms(self, text: str, hits: Sequence[Hit],
                     model_spans: Sequence[Tuple[int, int, str]]) -> List[Hit]:
        """LOC hits for the short form of a county or city that the text names in full
        (金山 once 金山区 is named, 余杭 after 余杭区; with ``place_named_short_forms``, once a
        longer place that begins with it is named: :meth:`_place_named_shorts`) and, with
        ``villages``, of a village the model names (后川 after 后川村), at its occurrences outside
        every other hit and model ORG or LOC (a model PERSON there is the place: 乌兰浩特; a
        one-letter LOC inside it is no bar), not cut by the words around it and not the start
        of a longer word (朝阳产业)."""
        shorts: Dict[str, Hit] = {}
        placed: Set[str] = set()  # established by a longer place only
        for hit in hits:
            if hit.label == "LOC" and hit.category in SHORT_FORM_KINDS:
                short = self._short_form(text[hit.start:hit.end])
                if short:
                    shorts.setdefault(short, hit)
        if self.place_named_short_forms:  # 金山 where the text names 金山铁路
            for short, full in self._place_named_shorts(text, hits, model_spans).items():
                if short not in shorts:
                    shorts[short] = full
                    placed.add(short)
        villages: Set[str] = set()
        if self.villages:  # 后川 once 后川村 is named
            for start, end, label in model_spans:
                short = text[start:end - 1]
                if label == "LOC" and text[end - 1] == VILLAGE_SHORT_ENDING and 2 <= len(short) <= 3 \
                        and _HAN_RUN.fullmatch(short) and not word_frequency(short) \
                        and normalize_key(short) not in self.entries and not GAMES_STEM.fullmatch(short) \
                        and not _in_title_marks(text, start, end):
                    shorts.setdefault(short, Hit(start, end, "LOC", text[start:end], "village", (), "pattern"))
                    villages.add(short)
        if not shorts:
            return []
        taken = bytearray(len(text) + 1)
        for start, end in [(h.start, h.end) for h in hits]:
            taken[start:end] = b"\x01" * (end - start)
        bodies = [(s, e) for s, e, label in model_spans if label != "PERSON"]
        out: List[Hit] = []
        for short, full in shorts.items():
            # a short form known from a longer place only: no mention of a name of the model's
            # that begins with it holds the place (龙潭水乡, 黄梅戏)
            longer = tuple({text[s:e] for s, e in bodies if e - s > len(short) and text.startswith(short, s)}
                           if short in placed else ())
            for m in re.finditer(re.escape(short), text):
                start, end = m.span()
                if any(s < end and start < e and not (start <= s and e <= end) for s, e in bodies):
                    continue  # in a body or place of the model's (a letter of it inside is no bar)
                if longer and text.startswith(longer, start):
                    continue
                if short in villages and any(word_frequency(text[end - 1:end + n]) >= CROSSING_WORD_FREQ
                                             for n in (1, 2)):
                    continue  # 竹艺|品: a village's short name is no letters of a word
                if any(taken[start:end]) or self._cut_by_words(text, start, end) or \
                        self._starts_word(text, end - 1) or \
                        any(is_common_word(text[start:end + n]) for n in (1, 2)):
                    continue  # 朝阳|产业 is a word of its own
                out.append(Hit(start, end, "LOC", full.canonical, "short form", (), full.provenance))
        return out

    def _short_form(self, surface: str) -> str:
        """The short form of a county's or city's full name (金山 of 金山区), or "" where it
        has none that may stand alone: shorter than two characters, listed as a name of its
        own, or a word jieba knows as no place or person's name, or too often
        (:data:`SHORT_FORM_MAX_FREQ`)."""
        ending = next((e for e in _COUNTY_ENDINGS_LONGEST_FIRST if surface.endswith(e)), "")
        short = surface[:-len(ending)] if ending else ""
        if len(short) < 2 or not _HAN_RUN.fullmatch(short) or normalize_key(short) in self.entries:
            return ""
        freq, pos = word_frequency(short), word_pos(short)
        return short if not freq or (pos.startswith(("ns", "nr")) and freq < SHORT_FORM_MAX_FREQ) else ""

    def _place_named_shorts(self, text: str, hits: Sequence[Hit],
                            model_spans: Sequence[Tuple[int, int, str]]) -> Dict[str, Hit]:
        """Short forms of counties and cities (:meth:`_short_form`) that begin a longer place
        the text names (金山 of 金山铁路 or 金山工业区, 昆山 of 昆山开发区: the text is about
        that county), each with a hit of its full name; not one that two places share (金山
        is 金山区 only; 通州 of two 通州区 is one)."""
        if self._shorts is None:
            found: Dict[str, Dict[str, Hit]] = {}
            for bucket in self.entries.values():
                for e in bucket:
                    if e["label"] == "LOC" and e.get("kind") in SHORT_FORM_KINDS:
                        short = self._short_form(e["text"])
                        if short:
                            found.setdefault(short, {})[e["canonical"]] = Hit(
                                0, len(e["text"]), "LOC", e["canonical"], e["kind"], (), e["source"])
            self._shorts = {k: next(iter(v.values())) for k, v in found.items() if len(v) == 1}
            self._short_lengths = tuple(sorted({len(k) for k in self._shorts}))
        places = [(h.start, h.end) for h in hits if h.label == "LOC"]
        places += [(start, end) for start, end, label in model_spans if label == "LOC"]
        out: Dict[str, Hit] = {}
        for start, end in places:
            for n in self._short_lengths:
                if n < end - start and text[start:start + n] in self._shorts:
                    out.setdefault(text[start:start + n], self._shorts[text[start:start + n]])
        return out

    def _task_forces(self, text: str, hits: Sequence[Hit], model_spans: Sequence[Tuple[int, int, str]],
                     joins: Collection[int] = ()) -> List[Hit]:
        """ORG hits for bodies set up for a task (:data:`TASK_FORCE_ENDINGS`): the ending and the
        words before it back to the verb or function word that opens the clause
        (:data:`TASK_FORCE_OPENERS`, :data:`TASK_FORCE_STOP_POS`), at most
        :data:`TASK_FORCE_MAX_CHARS` of them, or back to a name (a hit or a model span), which
        begins it (江苏省 + 推进长三角一体化发展 + 领导小组; a PERSON does not). Two words or more
        and four characters or more: a bare 村民委员会 or 中央委员会 is left to the lexicon and the
        suffixes, and so is a name that the lexicon, a suffix or the model already reads as long
        or longer (中国共产党中央委员会, 国务院 + 第七次全国人口普查 + 领导小组)."""
        return self._phrase_named(text, hits, model_spans, joins, _TASK_FORCE_ENDING, "task force")

    def _companies(self, text: str, hits: Sequence[Hit], model_spans: Sequence[Tuple[int, int, str]],
                   joins: Collection[int] = ()) -> List[Hit]:
        """ORG hits for companies named in full (:data:`COMPANY_ENDINGS`: 港腾供应链管理有限公司,
        联滔电子有限公司), found as a task force's are: the words before the ending back to the
        clause's verb or function word (只见|港腾…, 位于谯城区的|联滔…) or to the nearest name,
        which begins it (南阳市 + 雅民农牧有限公司)."""
        return self._phrase_named(text, hits, model_spans, joins, _COMPANY_ENDING, "company",
                                  self._company_start)

    def _named_bodies(self, text: str, hits: Sequence[Hit], model_spans: Sequence[Tuple[int, int, str]],
                      joins: Collection[int] = ()) -> List[Hit]:
        """ORG hits for bodies named by a phrase before :data:`NAMED_BODY_ENDINGS`, found as a
        task force's are (:meth:`_named_body_start`), where the phrase says which body it is.
        Not where a dictionary word runs across the ending's edges (协|商会, 密码学会|议) or a
        name found otherwise holds the ending."""
        covered = [(h.start, h.end) for h in hits] + [(s, e) for s, e, _ in model_spans]

        def stands(m: "re.Match[str]") -> bool:  # not 协|商会, nor inside 北大王选计算机研究所
            return not (_crossed_by_words(text, m.start(), m.end())
                        or any(s <= m.start() and m.end() <= e for s, e in covered))

        return self._phrase_named(text, hits, model_spans, joins, _NAMED_BODY_ENDING, "named body",
                                  self._named_body_start, stands)

    def _phrase_named(self, text: str, hits: Sequence[Hit], model_spans: Sequence[Tuple[int, int, str]],
                      joins: Collection[int], endings: "re.Pattern[str]", kind: str,
                      find_start: Optional[Callable[..., Optional[int]]] = None,
                      stands: Optional[Callable[["re.Match[str]"], bool]] = None) -> List[Hit]:
        """ORG hits of ``kind`` for each match of ``endings`` that ``stands`` (every one by
        default) and the words before it (``find_start``, by default :meth:`_task_force_start`),
        unless the lexicon, a suffix or the model already reads a name there as long or longer."""
        _, ends, known = _name_index(hits, model_spans)
        find_start = find_start or self._task_force_start
        out: List[Hit] = []
        for m in endings.finditer(text):
            if stands is not None and not stands(m):
                continue
            start = find_start(text, m.start(), ends)
            if start is not None:  # from a line break within it (贺电 | 载人航天…总指挥部)
                start = max((j for j in joins if start < j <= m.start()), default=start)
            if start is not None and m.start() - start >= 4 and known.get(m.end(), m.end()) > start:
                out.append(Hit(start, m.end(), "ORG", text[start:m.end()], kind))
        return out

    def _titled_units(self, text: str, hits: Sequence[Hit],
                      model_spans: Sequence[Tuple[int, int, str]],
                      joins: Collection[int] = ()) -> List[Hit]:
        """ORG hits for bodies named before a person's title (:data:`_TITLED_UNIT`): the ending
        and the words before it, found as a task force's are (:meth:`_task_force_start`). Not
        where a person's name lies within, where a place begins it (乐平镇 + 新旗村党委: a
        hierarchical address is split into its parts) or where a name found otherwise is as long."""
        names, ends, known = _name_index(hits, model_spans)
        out: List[Hit] = []
        for m in _TITLED_UNIT.finditer(text):
            if m.end() in known:  # a body found otherwise: only a body named before it joins it
                # (中国一重 + 天津研发中心 + 工程师; not 日电 + 国务院 + 副总理)
                start = min((s for s, label in ends.get(known[m.end()], ()) if label == "ORG"),
                            default=None)
            else:
                start = self._task_force_start(text, m.start(), ends, conjunctions=False)
                if start is not None:
                    start = max((j for j in joins if start < j <= m.start()), default=start)
                if start is not None and (not self._opens_name(text, start) or any(
                        label == "LOC" and s < m.end() and start < e for s, e, label in names)):
                    continue  # 粮食和|物资储备局, 明月|镜片股份有限公司, 中交二航局 + 平陆运河 …
            if start is None or m.start() - start < 2:
                continue
            if start and text[start - 1] in CLOSE_BRACKETS + COUNT_NUMERALS:
                continue  # the name goes on before: 地上铁租车（深圳）| 有限公司资财中心, 三五八 | 旅直属队
            if any(w.start < m.end() < w.start + len(w.text)
                   for w in self.word_cutter.cut(text[start:m.end() + 4], offset=start)):
                continue  # the ending and the title make a word of their own (社科院学|部委员)
            if any(w.text in TITLED_UNIT_GENERIC_WORDS
                   for w in self.word_cutter.cut(text[start:m.start()])):
                continue  # 伙同 + 公司业务部: a class of bodies is no name's word
            if any(s < m.end() and start < e and (label == "PERSON" or (label == "LOC" and s == start))
                   for s, e, label in names):
                continue
            out.append(Hit(start, m.end(), "ORG", text[start:m.end()], "titled unit"))
        return out

    def _titled_companies(self, text: str, hits: Sequence[Hit],
                          model_spans: Sequence[Tuple[int, int, str]]) -> List[Hit]:
        """ORG hits for companies named by a short name and a word of their business before a
        title of a company (润泽地产 + 总经理, 通灵珠宝 + 总裁, 中博传媒 + 董事长, 微创医疗 + 董事长:
        :data:`~tagger.zh.context.BUSINESS_WORDS`, :data:`~tagger.zh.context.COMPANY_TITLES`).
        The name is two to four Han characters that a clause may open with (:meth:`_opens_name`),
        not cut from a word before it, with no determiner, count or function word first (各大银行,
        多家银行, 据同心医疗), no verb or function word of two characters or more in it (担任企业科技副总:
        :data:`SHORT_NAME_STOP_POS`) and no common word of news (外资, 商业 of 商业银行: jieba counts it
        more than :data:`~tagger.zh.context.SHORT_NAME_MAX_FREQ` times), and the name and the
        business word no dictionary word together. Not where a name found otherwise or a model
        span of two characters or more lies over it (a model's one-character place inside is
        letters of the name: 中 of 中博传媒; a model span that runs on into the title is cut
        there: 森亿智能联|合创始人; a model place or person of the name's very letters is the
        company misread: 润泽地产 before 常务副总)."""
        spans = [(h.start, h.end) for h in hits] + [(s, e) for s, e, _ in model_spans if e - s > 1]
        misread = {(s, e) for s, e, label in model_spans if label != "ORG"}  # 润泽地产 read as a place
        out: List[Hit] = []
        for m in _TITLED_COMPANY.finditer(text):
            title_end = m.end(1)
            blocking = [(s, e) for s, e in spans if not m.end() < e <= title_end]  # 森亿智能联|合创始人
            for n in (4, 3, 2):
                start = m.start() - n
                name = text[start:m.start()] if start >= 0 else ""
                if len(name) < n or not _HAN_RUN.fullmatch(name) or name[0] in NAME_DETERMINERS \
                        or any(c in GAP_STOP for c in name):
                    continue
                if word_frequency(name) > SHORT_NAME_MAX_FREQ or word_frequency(name + m.group()) \
                        or not self._opens_name(text, start):
                    continue
                if name[0] in TITLED_UNIT_LEADS or any(
                        w.text in TASK_FORCE_OPENERS
                        or (len(w.text) > 1 and w.pos.startswith(SHORT_NAME_STOP_POS) and w.pos != "vn")
                        for w in self.word_cutter.cut(name)):
                    continue  # 担任|企业科技副总, 据|同心医疗; one letter of a name may be any (极米)
                bounds = {w.start for w in self.word_cutter.cut(text[max(0, start - 4):m.end()],
                                                                offset=max(0, start - 4))}
                if start not in bounds:
                    continue  # a word runs across the name's start
                if not any(s < m.end() and start < e and not ((s, e) == (start, m.end()) and (s, e) in misread)
                           for s, e in blocking):
                    out.append(Hit(start, m.end(), "ORG", text[start:m.end()], "titled company"))
                break
        return out

    def _villages(self, text: str, hits: Sequence[Hit],
                  model_spans: Sequence[Tuple[int, int, str]]) -> List[Hit]:
        """LOC hits for the village or community named right after a town or street in an
        address (洗马镇 + 落掌村, 梓山镇 + 潭头村, 河北街道 + 三一八社区): one to five Han characters
        and a community ending, cut from the words around them (not 新建|村民) and no common word
        (农村). Not where another name or a model span lies over it; a generic local body that
        begins at the community's ending is no such name (团结坝 + 社区党委 is 团结坝社区's body)."""
        spans = [(h.start, h.end) for h in hits
                 if not (h.category == LOCAL_BODY_KIND and text.startswith(COMMUNITY_ENDINGS, h.start))]
        spans += [(s, e) for s, e, _ in model_spans]
        out: List[Hit] = []
        for hit in hits:
            if hit.label != "LOC" or not text.endswith(TOWN_ENDINGS, hit.start, hit.end):
                continue
            m = _VILLAGE.match(text, hit.end)
            if not m or is_common_word(m.group()) or any(c in GAP_STOP for c in m.group()) \
                    or m.group().startswith(VILLAGE_KINDS):
                continue
            start, end = m.span()
            if any(s < end and start < e and (s, e) != (hit.start, hit.end) for s, e in spans):
                continue
            bounds = {w.start for w in self.word_cutter.cut(text[start:end + 3], offset=start)}
            if end < len(text) and end not in bounds:
                continue  # 新建 | 村民服务中心
            out.append(Hit(start, end, "LOC", m.group(), "village"))
        return out

    def _opens_name(self, text: str, start: int) -> bool:
        """Whether a name may begin at ``start`` by what stands before it: the start of the text,
        punctuation or a space, a word that opens the clause (担任, 成立), a verb, or a function word
        (的, 在, 由 …: :data:`TITLED_UNIT_LEADS`). Before another word (粮食和|物资储备局, 明月|镜片,
        干部三|局) the name is cut."""
        if start == 0 or not _HAN_CHAR.match(text[start - 1]):
            return not text[start - 1:start].isalnum()
        words = list(self.word_cutter.cut(text[max(0, start - 6):start]))
        word = words[-1] if words else None
        return word is not None and (word.text in TASK_FORCE_OPENERS or word.text in TITLED_UNIT_LEADS
                                     or (word.pos.startswith("v") and word.pos != "vn"))

    def _task_force_start(self, text: str, end: int, ends: Dict[int, List[Tuple[int, str]]], *,
                          conjunctions: bool = True) -> Optional[int]:
        """Where the name of a task force whose ending starts at ``end`` begins, or None.
        ``conjunctions``: whether 和/及/与 may join words of the name."""
        lo = max(0, end - TASK_FORCE_MAX_CHARS)
        words = list(self.word_cutter.cut(text[lo:end], offset=lo))[1 if lo else 0:]  # the first may be cut
        pos = kept = end  # kept: where the name begins, never at a conjunction or most verbs
        count = words_in = 0
        while words:
            if any(lo <= s < pos for s, _ in ends.get(pos, ())):
                break
            word = words.pop()
            if not _HAN_RUN.fullmatch(word.text) or word.text in TASK_FORCE_OPENERS or \
                    word.text in UNIT_GAP_PEOPLE:
                break
            if word.text in UNIT_CONJUNCTIONS:
                if not conjunctions or word.start in ends or not words \
                        or words[-1].pos.startswith(TASK_FORCE_STOP_POS) \
                        or words[-1].text.endswith(TASK_FORCE_GENERIC_WORDS):
                    break  # 区委和, 四部门及, 水利部门和
                pos = word.start
                continue
            if word.pos.startswith(TASK_FORCE_STOP_POS) or word.text in GAP_STOP:
                break
            if len(word.text) == 1 and words and words[-1].pos.startswith("m"):
                break  # 33|名 (jieba tags a classifier after digits as a noun)
            pos = word.start
            words_in += 1
            if not word.pos.startswith("v") or word.pos == "vn" or word.text in TASK_FORCE_FIRST_VERBS:
                kept, count = pos, words_in  # a verb only inside the name, or one of the first verbs
        while True:  # a name there begins it, with the names written right before it (大理州 + 洱海)
            named = [(s, label) for s, label in ends.get(kept, ()) if lo <= s < kept]
            if not named or min(named)[1] == "PERSON":
                break
            kept = min(named)[0]
            count += 1
        if count < 2 or end - kept < 4:
            return None
        return kept

    def _company_start(self, text: str, end: int, ends: Dict[int, List[Tuple[int, str]]]
                       ) -> Optional[int]:
        """Where the name of a company whose ending starts at ``end`` begins, or None
        (:meth:`_phrase_start`; a verb or a time word only inside the name or right after a
        name: 北京 + 保障|房中心, not 只见|港腾…)."""
        return self._phrase_start(text, end, ends, COMPANY_MAX_CHARS)

    def _named_body_start(self, text: str, end: int, ends: Dict[int, List[Tuple[int, str]]]
                          ) -> Optional[int]:
        """Where the name of a body whose ending (:data:`NAMED_BODY_ENDINGS`) starts at ``end``
        begins, or None (:meth:`_phrase_start`): a verb that is none of
        :data:`NAMED_BODY_VERBS` ends the name (进入|敦煌研究院, 来自|项目协会), and so does a
        word of an office held (现任, 时任); 和/与/及 join two words of it, not two bodies
        (商会|与|企业联合会)."""
        return self._phrase_start(text, end, ends, TASK_FORCE_MAX_CHARS, verbs=NAMED_BODY_VERBS)

    def _phrase_start(self, text: str, end: int, ends: Dict[int, List[Tuple[int, str]]],
                      max_chars: int, *, verbs: Optional[Collection[str]] = None) -> Optional[int]:
        """Where a name that a phrase of words before an ending at ``end`` makes begins, or
        None. Its words may be of any kind (联|滔|电子, 湿地, 万|中|建筑): the name runs back to a
        character that is no Han letter, a function word (also in a word jieba's HMM made up:
        青溪|区的|联滔), a pronoun, a count (一家), a word that opens a clause
        (:data:`TASK_FORCE_OPENERS`) or a name, which begins it (南阳市 + 雅民农牧; a name
        before that one is an address: 河南省). A place in brackets after words of the name is
        the name's (斯微 + （上海） + 生物科技). ``verbs``: the verbs a name may hold, any other
        ending it; without them, a verb or a time word only inside the name or right after a
        name. None where the name is only common words (建筑劳务有限公司 says what the company
        does, not which it is) or shorter than two characters."""
        lo = max(0, end - max_chars)
        words = list(self.word_cutter.cut(text[lo:end], offset=lo))[1 if lo else 0:]
        pos = kept = end
        kept_words: List[Word] = []
        bracketed = False
        while words:
            if any(lo <= s < pos for s, _ in ends.get(pos, ())):
                kept = pos  # a verb right after a name is the name's (北京 + 保障|房中心)
                break
            word = words.pop()
            place = _BRACKETED_PLACE.search(text, max(lo, word.start - 7), word.end) \
                if word.text == "）" else None
            if place and place.end() == word.end:  # 斯微 + （上海） + 生物科技, 丰田金融服务 + （中国）
                while words and words[-1].start >= place.start():
                    words.pop()
                pos, bracketed = place.start(), True
                continue
            if verbs is not None and word.text in UNIT_CONJUNCTIONS and kept_words and words \
                    and words[-1].pos.startswith("n") \
                    and not words[-1].text.endswith(CONJOINED_BODY_WORDS):
                pos = word.start  # 林业|和|草原, not 商会|与|企业联合会, 政府|和|…研究所
                continue
            if not _HAN_RUN.fullmatch(word.text) or word.text in TASK_FORCE_OPENERS \
                    or word.text in GAP_STOP or word.text in GAP_STOP_WORDS or word.text in COMPANY_LEADS \
                    or (not is_common_word(word.text) and any(c in GAP_STOP for c in word.text)) \
                    or word.pos.startswith(COMPANY_STOP_POS) or COUNTED_GAP.match(word.text) \
                    or (verbs is not None and (word.text in OFFICE_WORDS or (
                        word.pos.startswith("v") and word.pos != "vn" and len(word.text) > 1
                        and word.text not in verbs))):
                break
            pos = word.start
            if verbs is not None or len(word.text) == 1 or not (
                    word.pos.startswith(("v", "t")) and word.pos != "vn"):
                kept = pos
                kept_words.append(word)
        before = [(s, label) for s, label in ends.get(kept, ()) if lo <= s < kept]
        named = bracketed
        if before and (min(before)[1] != "PERSON" or bracketed):  # the nearest name only: 河南省
            kept, named = min(before)[0], True  # + 南阳市雅民农牧有限公司 is an address and a name
        if end - kept < 2 or not (named or len(kept_words) >= 3 or any(
                len(w.text) == 1 or not is_common_word(w.text) for w in kept_words)):
            return None
        return kept

    def _extensions(self, text: str, hits: List[Hit],
                    model_spans: Sequence[Tuple[int, int, str]]) -> List[Hit]:
        """ORG (or LOC) candidates: a LOC/ORG base followed by a chain of suffixes.

        Bases are names of two or more characters. After an admin division name a
        place suffix must carry a specific name of its own (上海 + 化学工业区, not
        上海市 + 开发区: see :meth:`_specific_loc_suffix`)."""
        bases = [(h.start, h.end, h.label, h.category not in COMPLETE_KINDS)
                 for h in hits if h.label in ("ORG", "LOC")]
        bodies = [(s, e, label) for s, e, label in model_spans if label in ("ORG", "LOC")]
        bases.extend((s, e, label, True) for s, e, label in bodies)
        starts = {h.start for h in hits} | {s for s, e, _ in bodies if not _campus(text, s, e)}
        person_starts = {s for s, _, label in model_spans if label == "PERSON"} if self.sub_units \
            else set()
        out: List[Hit] = []
        for start, end, label, loc_ok in sorted(set(bases)):
            if end - start < 2:
                continue
            loc_base = label == "LOC" and loc_ok
            admin = loc_base and self._is_admin_name(text[start:end])
            new_end, is_org = self._extend(text, end, loc_base, starts, admin_base=admin,
                                           org_base=label == "ORG", person_starts=person_starts)
            if new_end > end:
                new_label = "ORG" if is_org or label == "ORG" else "LOC"
                if new_label == "ORG" and cuts_body_word(text, new_end):
                    continue  # 也门政府|军 is the country's troops
                surface = text[start:new_end]
                out.append(Hit(start, new_end, new_label, surface, "suffix"))
        for h in (h for h in hits if h.label == "PERSON"):
            # a body or a place named after a listed person: 徐悲鸿 + 研究会, 朱熹 + 园, 鲁迅 + 公园
            for trie, label in ((self._org_trie, "ORG"), (self._loc_trie, "LOC")):
                n = _longest_prefix(trie, text, h.end)
                if (n >= 2 and not self._suffix_in_word(text, h.end, n)) or \
                        (n == 1 and label == "LOC" and not self._starts_word(text, h.end)):
                    out.append(Hit(h.start, h.end + n, label, text[h.start:h.end + n], "suffix"))
                    break
        found = {(h.start, h.end) for h in out}
        for start, end, label in model_spans if self.person_places else ():
            # a place the NER read as a person's name before its place word: 艾尔利 + 海滩
            n = _person_place_word(text, end) if label == "PERSON" and end - start >= 2 else 0
            if n and (start, end + n) not in found and not self._suffix_in_word(text, end, n):
                out.append(Hit(start, end + n, "LOC", text[start:end + n], "suffix"))
        return out

    def _is_admin_name(self, surface: str) -> bool:
        """Whether ``surface`` is an admin division: a listed complete name or one with
        an admin ending (省, 市, 区, 县, 镇, 街道 …)."""
        if surface.endswith(ADMIN_ENDINGS):
            return True
        return any(e.get("kind") in COMPLETE_KINDS
                   for e in self.entries.get(normalize_key(surface), []))

    def _specific_loc_suffix(self, suffix: str) -> bool:
        """Whether a place suffix is two or more characters of name before a generic
        place suffix of two or more (化学|工业区, 经济技术|开发区), not a bare one
        (开发区, 新区, 居民区)."""
        return any(suffix[k:] in self._loc_set for k in range(2, len(suffix) - 1))

    def _extend(self, text: str, pos: int, loc_base: bool, starts: Set[int], *,
                admin_base: bool = False, org_base: bool = False,
                person_starts: Set[int] = frozenset()) -> Tuple[int, bool]:
        """Follow suffixes from ``pos``: LOC suffixes right after a LOC base, ORG
        suffixes after a gap of up to ``max_suffix_gap`` Han characters that holds
        no function word, no other name and only noun-like words. A one-character
        ORG suffix only right after the name, and not when it starts a word (部署).
        A suffix that names its own admin level (区委, 市政府) only follows a place:
        after an organization it is a second body (区委 + 区政府). With ``sub_units``, a
        one-character unit after a gap too (:meth:`_sub_unit`: 统计|处), unless a model
        PERSON starts in the gap or at the unit (``person_starts``: 研究所 + 陈国科)."""
        is_org = org_base
        place_base = not org_base
        first = True
        while True:
            if first and loc_base:
                loc = _longest_prefix(self._loc_trie, text, pos)
                if loc and admin_base and not self._specific_loc_suffix(text[pos:pos + loc]) \
                        and text[pos:pos + loc] not in CITY_ZONES:
                    loc = 0
                if loc and not (loc == 1 and (self._starts_word(text, pos) or _begins_word(text, pos))):
                    pos += loc
                    first = False
                    continue
            if is_org and text.startswith(UNIT_TITLES, pos):
                return pos, is_org
            step = self._academic_unit(text, pos) if is_org else None
            conjunction = named = False
            word_end = 0
            gap_words = _LazyWords(self, text, pos)
            for gap in range(0, self.max_suffix_gap + 1) if step is None else ():
                j = pos + gap
                if j >= len(text):
                    break
                if gap and self._unit_conjunction(text, pos, j - 1, is_org):
                    conjunction = True
                elif gap and self._name_conjunction(text, pos, j - 1, is_org, gap_words):
                    conjunction = named = True
                    word_end = max(word_end, gap_words.after(j - 1))
                elif gap and ((text[j - 1] in GAP_STOP and gap_words.alone(j - 1))
                              or not _HAN_CHAR.match(text[j - 1]) or (j - 1) in starts):
                    break
                elif gap and text[j - 1] in GAP_STOP:
                    word_end = max(word_end, gap_words.around(j - 1))
                n = _longest_prefix(self._org_trie, text, j)
                if is_org and any(len(t) > n and text.startswith(t, j)
                                  and not _longest_prefix(self._org_trie, text, j + len(t))
                                  for t in DEFAULT_TITLES):
                    break  # a title ends the body's name (研究所|所长秦尊文…), unless a unit
                    # follows the title (校长办公室)
                headed = text.startswith(UNIT_HEADS, j + n) if n else False
                unit = self.sub_units and is_org and (n == 1 or conjunction)
                if unit and n == 1 and gap and (
                        (is_common_word(text[j - 1:j + 1]) and text[j - 1] not in UNIT_NUMERALS)
                        or j in starts or any(k in person_starts for k in range(pos, j + 1))):
                    continue  # the unit's character ends a word (执行|院长, 好处; not 执法一处), or a
                    # name starts in the gap or at it (科摩罗, 研究所 + 陈国科)
                if n and conjunction and not (headed or (named and n >= 2)):
                    continue
                if n and j < word_end:
                    continue  # inside the word that holds a function word (党和|政府) or
                    # that follows a conjunction (与|当地政府): no suffix of a name there
                if n == 1 and (gap or self._starts_word(text, j)) and \
                        not (gap and is_org and (headed or self._sub_unit(text, pos, j))):
                    continue
                if n and is_org and (text[j] in ADMIN_LEVELS or text[j:j + n] in PLACE_GOVERNMENTS):
                    break  # a place's own body after a body: 区委 + 区政府, 国务院 + 政府
                if n == 1 and text[j] in PARTICLE_SUFFIX_CHARS and self._verb_at(text, j + 1):
                    continue  # the particle before a verb: 中国|所取得的成就
                if n == 1 and text[j] in MODAL_SUFFIX_CHARS and self._modal_at(text, j):
                    break  # the body's name ends before a modal verb: 日本政府|会赔偿
                if n and not gap and is_org and text[j:j + n] in UNNAMED_UNITS:
                    break
                if n and gap and is_org and text[j:j + n] in DESCRIBED_SITES \
                        and not is_common_word(text[j - 1:j + 1]):
                    break
                if n and not (unit and headed) and self._suffix_in_word(text, j, n):
                    continue  # the suffix begins a longer word: 中国|大学生, 中国|银行业
                if n and any(len(t) >= min(n + 2, 2 * n) and text.startswith(t, j) for t in DEFAULT_TITLES):
                    continue  # the suffix begins a title: …股份有限公司 + 总会计师, 中国室 + 室长
                if n and gap and not self._nominal_gap(text, pos, j, unit=unit,
                                                       joined=named,
                                                       company=text.startswith(COMPANY_ENDINGS, j)):
                    break  # a verb or function word in between: a longer gap holds it too
                if n and gap and place_base and _ends_community(text[pos:j]):
                    break  # a place of its own in between: 石化街道|蒙山居民区党总支
                if n:
                    step = j + n
                    break
            if step is None:
                return pos, is_org
            pos, is_org, first = step, True, False

    def _name_conjunction(self, text: str, pos: int, k: int, is_org: bool,
                          words: "_LazyWords") -> bool:
        """Whether ``text[k]`` joins two nouns of a body's name after a place (林业|和|草原科学院):
        a conjunction alone between two noun words, at least two characters after the place."""
        if is_org or text[k] not in UNIT_CONJUNCTIONS or k - pos < 2 \
                or not words.alone(k):
            return False
        before = [w for w in words.get() if w.end == k]
        after = [w for w in words.get() if w.start == k + 1]
        return bool(before and after) and all(
            w.pos.startswith("n") and w.end - w.start > 1 for w in (before[0], after[0]))

    def _verb_at(self, text: str, j: int) -> bool:
        """Whether the word that begins at ``text[j]`` is a verb (not a verbal noun)."""
        words = list(self.word_cutter.cut(text[j:j + 6]))
        return bool(words) and words[0].pos.startswith("v") and words[0].pos != "vn"

    def _modal_at(self, text: str, j: int) -> bool:
        """Whether ``text[j]`` is a modal verb, not a one-character suffix: cut with the words
        around it, it is a verb of its own before a verb, an adverb or a preposition
        (:func:`~tagger.zh.context.is_modal`: 政府|会|充分把握, 中国|会|在), or begins a longer word (会商);
        not the end of one (亚马孙|峰会|呼吁)."""
        start = max(0, j - 4)
        words = [w for w in self.word_cutter.cut(text[start:j + 8], offset=start) if w.end > j]
        if not words or words[0].start < j:
            return False
        if len(words[0].text) > 1:
            return True
        return len(words) > 1 and is_modal(words[0].pos, words[1].pos)

    def _unit_conjunction(self, text: str, pos: int, k: int, is_org: bool) -> bool:
        """With ``sub_units``: whether ``text[k]`` is a conjunction between two words of a
        department's name after an organization (信息化|和|软件服务业司)."""
        return (self.sub_units and is_org and text[k] in UNIT_CONJUNCTIONS and k - pos >= 2
                and bool(_HAN_CHAR.match(text[k + 1:k + 2])))

    def _sub_unit(self, text: str, pos: int, j: int) -> bool:
        """With ``sub_units``: whether the one-character suffix at ``j`` closes a department
        named by the two or more characters from ``pos`` (统计|处, 社会组织登记|科): a unit
        character that starts no word (处理); one that ends a word of the gap (好处, 外科)
        is skipped by the caller."""
        return (self.sub_units and text[j] in SUB_UNIT_CHARS and j - pos >= 2
                and not text.endswith(TEAM_ENDINGS, 0, pos) and not self._starts_word(text, j))

    def _suffix_in_word(self, text: str, j: int, n: int) -> bool:
        """Whether the suffix ``text[j:j + n]`` begins a longer common word (大学|生, 银行|业)
        that is not the suffix and a title (党委|书记, 公司|经理)."""
        for k in (1, 2):
            extra = text[j + n:j + n + k]
            if len(extra) == k and is_common_word(text[j:j + n + k]) and \
                    not any(t.startswith(extra) for t in DEFAULT_TITLES):
                return True
        return False

    def _academic_unit(self, text: str, pos: int) -> Optional[int]:
        """End of a sub-unit named after the academic body that ends at ``pos`` (清华大学 +
        计算机科学与技术系): two to twelve characters of noun-like words, 与 allowed between
        two of them, then a unit ending; None if there is none."""
        if not text[:pos].endswith(ACADEMIC_BASES):
            return None
        m = _ACADEMIC_UNIT.match(text, pos)
        if m is None or "大学" in m.group(1) or not _HAN_RUN.fullmatch(m.group(1)):
            return None
        if m.end() - m.end(1) == 1 and self._starts_word(text, m.end(1)):
            return None  # 系 of 系统
        words = list(self.word_cutter.cut(m.group(1)))
        for k, word in enumerate(words):
            if word.text == "与" and 0 < k < len(words) - 1:
                continue
            if not (word.pos.startswith(GAP_POS) or word.pos in ("a", "nz")):
                return None
        return m.end()

    # ------------------------------------------------------------------ serialization
    def _extra_tables_state(self) -> Dict[str, Any]:
        return {"suffixes": {"org": self.org_suffixes, "loc": self.loc_suffixes}}

    def _set_extra_tables(self, tables: Dict[str, Any]) -> None:
        suffixes = tables["suffixes"]
        self.set_suffixes(org=suffixes.get("org", []), loc=suffixes.get("loc", []))


def _within_lines(hits: Sequence[Hit], joins: Collection[int]) -> List[Hit]:
    """``hits`` without those that run across a line break of the original text (a headline's
    or a list's line: 中小城市发展战略研究院 | 国信中小城市指数研究院)."""
    return [h for h in hits if not any(h.start < j < h.end for j in joins)]


class _LazyWords:
    """jieba's words of the text after ``pos`` as far as a suffix may follow a gap, cut on
    first use (most gaps hold no function-word character)."""

    def __init__(self, gazetteer: "GazetteerTagger", text: str, pos: int) -> None:
        self._args = (gazetteer, text, pos)
        self._words: Optional[List[Word]] = None

    def get(self) -> List[Word]:
        if self._words is None:
            gazetteer, text, pos = self._args
            window = text[pos:pos + gazetteer.max_suffix_gap + 8]
            self._words = list(gazetteer.word_cutter.cut(window, offset=pos))
        return self._words

    def alone(self, k: int) -> bool:
        """Whether ``text[k]`` is a word of its own (和, not 和 of 和平), or a word that is a
        function word however long (所在 of 黄石舰|所在|支队). Without a dictionary word of two
        or three characters over it, it is one, and nothing is cut."""
        text = self._args[1]
        if not any(is_common_word(text[a:a + n]) for n in (2, 3)
                   for a in range(max(0, k - n + 1), k + 1) if a + n <= len(text)):
            return True
        word = self.at(k)
        return word.end - word.start <= 1 or word.text in GAP_STOP_WORDS

    def at(self, k: int) -> Word:
        """The word that holds character ``k``."""
        return next(w for w in self.get() if w.start <= k < w.end)

    def around(self, k: int) -> int:
        """End of the word that holds character ``k``."""
        return self.at(k).end

    def after(self, k: int) -> int:
        """End of the word after the one that holds character ``k`` (``k + 1`` if none)."""
        end = self.around(k)
        return next((w.end for w in self.get() if w.start == end), k + 1)


def _begins_word(text: str, j: int) -> bool:
    """Whether ``text[j]`` begins an event's name (峰 of 峰会 in 撒马尔罕峰会:
    :data:`~tagger.zh.context.EVENT_ENDINGS`) or a word of the dictionary of three characters,
    however rare (村 of 村支书, 镇 of 镇国寺): a one-character place suffix is none there. Rare
    two-character words are too often the suffix and the next word (村|学校, 江|畔)."""
    return text.startswith(EVENT_ENDINGS, j) or (j + 3 <= len(text) and word_frequency(text[j:j + 3]) > 0)


def _name_index(hits: Sequence[Hit], model_spans: Sequence[Tuple[int, int, str]]
                ) -> Tuple[List[Tuple[int, int, str]], Dict[int, List[Tuple[int, str]]], Dict[int, int]]:
    """The names found so far (model spans and hits) as ``(start, end, label)``, their
    ``(start, label)`` by end, and for each end the first start of an ORG ending there."""
    names = [(s, e, label) for s, e, label in model_spans] + \
        [(h.start, h.end, h.label) for h in hits]
    ends: Dict[int, List[Tuple[int, str]]] = {}
    known: Dict[int, int] = {}
    for s, e, label in names:
        ends.setdefault(e, []).append((s, label))
        if label == "ORG":
            known[e] = min(s, known.get(e, s))
    return names, ends, known


def _campus(text: str, start: int, end: int) -> bool:
    """Whether a model span ``text[start:end]`` is a campus or branch named right after a
    body (武汉协和医院 + 西院区): three to six characters ending in
    :data:`~tagger.zh.suffixes.CAMPUS_ENDINGS`, which the body's suffix chain may then run over."""
    return 2 < end - start <= 6 and text.endswith(CAMPUS_ENDINGS, start, end)


def _ends_community(words: str) -> bool:
    """Whether ``words`` name a village or residential community (蒙山居民区, 中华村): after
    a place it is the next part of an address, and the body after it is that community's
    (石化街道 + 蒙山居民区党总支), not the place's."""
    return any(words.endswith(s) and len(words) > len(s) for s in COMMUNITY_ENDINGS)


def _named_community_body(text: str, start: int,
                          model_spans: Sequence[Tuple[int, int, str]] = ()) -> bool:
    """Whether a generic local body's name starting at ``text[start]`` is the end of a named village's
    or community's body, or of a plural: it begins with a village's or community's ending (村党支部,
    社区党委) inside a model span that began before it (青苗|村党支部) or after 各 or 每 (各|村党支部),
    or it follows such an ending (水电居民区|党总支). The village's body is named whole by the
    model or the suffix rules, or not at all; 推进|村委会 is the body of no village in particular."""
    if text.endswith(COMMUNITY_ENDINGS, 0, start):
        return True
    if not text.startswith(COMMUNITY_ENDINGS, start) or not start:
        return False
    return text[start - 1] in PLURAL_MARKS or any(s < start < e for s, e, _ in model_spans)


def _latin_cut(text: str, start: int, end: int) -> bool:
    """Whether a name that begins or ends in a Latin letter or digit runs on into more of them
    (NBA of WNBA, CNN of CNNIC, NBA2K): letters of a longer word, no name."""
    return latin_word_bounds(text, start, end) != (start, end)


def _in_match_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence of ``text[start:end]`` speaks of a match or a league (利物浦 vs 阿森纳,
    不来梅主场挽颓, 汉堡最近很是糟糕，上轮做客…) and no word of place comes right before the name
    (在罗马战胜…)."""
    if text[max(0, start - 4):start].endswith(PLACE_LEADS):
        return False
    lo, hi = max(0, start - MATCH_WINDOW), min(len(text), end + MATCH_WINDOW)
    breaks = [m.start() for m in _SENTENCE_BREAK.finditer(text, lo, hi)]
    left = max([b + 1 for b in breaks if b < start], default=lo)
    right = min([b for b in breaks if b >= end], default=hi)
    sentence = text[left:right]
    return any(word in sentence for word in MATCH_WORDS)


def _between_words(entry: dict) -> bool:
    """Whether a strict entry is taken between words too, not only standing alone: a body's
    short name (到工行网点) other than a club's that is a common word (快船), and a place's
    short form (在高雄中转, not 出台|北京: the strict short forms of Taiwan's cities and
    counties), not a full name that is a generic word (城区)."""
    if entry["label"] == "LOC":
        return entry["canonical"] != entry["text"]
    return entry["label"] == "ORG" and entry.get("kind") not in WORD_NAMED_KINDS


#: Place words of two characters or more that a name read as a person's may stand before.
_PERSON_PLACE_WORDS = tuple(sorted((w for w in PERSON_PLACE_SUFFIXES if len(w) >= 2), key=len, reverse=True))


def _run_on_by_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a name of two characters that a common word runs across
    the end of (中环 of 欧中环保, where 环保 is the word)."""
    return end - start == 2 and end < len(text) and any(
        is_common_word(text[end - back:end - back + n]) for n in (2, 3) for back in range(1, n + 1)
        if end - back >= start and end - back + n > end and end - back + n <= len(text))


def _person_place_word(text: str, pos: int) -> int:
    """Length of a place word of two characters or more (:data:`~tagger.zh.suffixes.PERSON_PLACE_SUFFIXES`)
    at ``text[pos]`` (海滩 of 艾尔利海滩, 城堡 of 卡莱梅格丹城堡), 0 if none."""
    return next((len(w) for w in _PERSON_PLACE_WORDS if text.startswith(w, pos)), 0)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is delimited: no Han character before it, and a
    non-Han character or a name-ending word (等, 表示, 同志…) after it."""
    return (start == 0 or not _HAN_CHAR.match(text[start - 1])) and ends_name(text, end)


#: How often jieba's dictionary must count a word that runs across a short name's edge for
#: the name to be letters of it: any word it lists (小|米粥 counts 30, 气贯|长虹 6).
CROSSING_WORD_FREQ = 3


def _in_title_marks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands inside book-title marks (《岁朝村庆图》)."""
    opening = text.rfind("《", 0, start)
    return opening >= 0 and text.find("》", opening, start) < 0 and text.find("》", end) >= 0


def _crossed_by_words(text: str, start: int, end: int) -> bool:
    """Whether a dictionary word of two to four characters runs across the start or the end
    of ``text[start:end]`` (东|北大|学, 集|中共|享, 加|工行|业, 气贯|长虹, 小米|粥)."""
    for edge in (start, end):
        for n in (2, 3, 4):
            for a in range(max(0, edge - n + 1), edge):
                if a + n <= len(text) and word_frequency(text[a:a + n]) >= CROSSING_WORD_FREQ:
                    return True
    return False


def _longest_prefix(trie: CharTrie, text: str, i: int) -> int:
    """Length of the longest trie key that starts at ``text[i]`` (0 if none)."""
    node = trie.root
    best = 0
    j = i
    while j < len(text):
        node = node.get(text[j])
        if node is None:
            break
        j += 1
        if "" in node:
            best = j - i
    return best

