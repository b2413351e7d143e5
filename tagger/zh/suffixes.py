"""Endings of place and organization names: admin divisions, place and organization suffixes.

The two long suffix lists live in data files (``tagger/data/lexicons/loc_suffixes.txt``
and ``org_suffixes.txt``): the gazetteer reads them at ``initialize`` (and saves them with
the model), and the merge's relabelling tables below are built from the same files, so
the lists cannot drift apart. The short tables here are choices of a rule, each a subset
of its data file (tests/test_zh.py checks that).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Tuple

SUFFIX_LISTS = ("org_suffixes", "loc_suffixes")

ADMIN_ENDINGS: Tuple[str, ...] = ("省", "市", "区", "县", "镇", "乡", "街道", "旗", "州", "盟")
"""Endings of admin division names: such a name takes no further place suffix (上海市 + 开发区)."""
COUNTY_ENDINGS: Tuple[str, ...] = ("区", "县", "市", "新区")
"""Endings that a county-level name drops in its short form (金山区 → 金山, 昆山市 → 昆山)."""
COMMUNITY_ENDINGS: Tuple[str, ...] = ("居民区", "社区", "小区", "村")
"""Endings of villages and residential communities."""
ADMIN_LEVEL_CHARS = "省市区县镇"
"""One-character admin levels that start a local body's name (区委, 市政府, 镇党委)."""
TOWN_LAST_CHARS = "镇乡道木"
"""Last characters of township names (镇, 乡, 街道, 苏木)."""

PERSON_PLACE_SUFFIXES: Tuple[str, ...] = (
    "镇", "乡", "省", "县", "村", "区", "市", "泾", "浜", "街道", "社区", "居民区", "小区", "公园",
    "广场", "大道", "公路", "高速", "新城", "开发区", "工业区", "工业园区", "新区", "园区", "湾区",
    "保税区", "综合保税区", "合作区", "示范区", "试验区", "自贸区", "片区", "科学城", "科技城", "滨江",
    "景区", "风景区", "度假区", "古镇", "老街", "水库", "大桥", "机场", "码头", "火车站",
    "海滩", "沙滩", "峡湾", "峡谷", "雪山", "火山", "瀑布", "雨林", "半岛", "群岛", "城堡", "古堡",
    "古城", "故居", "故里", "旧居", "度假村", "艺术村",
)
"""Place endings that make a model PERSON a place (枫泾镇, 余村, 新城公园). Only unambiguous
ones: single characters common at the end of given names (江, 山, 林, 河, 华, 平, 明,
港, 湖 …) are left out, so 李春江 stays a PERSON. A model PERSON followed by one of two
characters or more is a place with it (艾尔利|海滩, 卡莱梅格丹|城堡: the gazetteer's suffixes)."""

LONG_NAME_PLACE_SUFFIXES: Tuple[str, ...] = ("港", "站", "湾", "岛")
"""Place endings that make a model PERSON of four or more characters without a separator a
place (比雷埃夫斯港, 莫索湾站): common at the end of two- and three-character given names, they end
no transliterated name."""
LANDMARK_SUFFIXES: Tuple[str, ...] = ("宫", "寺", "庙", "祠", "殿")
"""Endings of temples and palaces: no person's name ends so (the 1998 corpora and CLUENER train
mark 252 names so ending, none a PERSON), so a model PERSON that does is the landmark, a LOC
(雍和宫, 孔庙)."""
MEMORIAL_ENDINGS: Tuple[str, ...] = ("园", "陵", "墓", "亭", "楼", "阁", "堂")
"""One-character endings of places named after a person (朱熹园, 中山陵, 李白墓, 醉翁亭) that the
place endings leave out, being common at the end of words (家园, 高楼): after a person the
lexicon lists, a model LOC so ending is the place."""
BODY_SITE_SUFFIXES: Tuple[str, ...] = ("工业园区", "产业园区", "体育场", "体育馆", "工业园", "产业园",
                                       "科技园", "生态园", "剧场", "剧院", "新馆")
"""Words that make a body's name with them a site, a LOC (杭州奥体中心|体育场, OPPO|工业园,
四川大学博物馆|新馆): the merge's ``sites``. Longest first."""

CAMPUS_ENDINGS: Tuple[str, ...] = ("校区", "院区", "分校", "分院")
"""A school's or hospital's campus or branch after its name (武汉协和医院 + 西院区); org_suffixes.txt
lists them too."""

ORG_NAME_SUFFIXES: Tuple[str, ...] = (
    "委员会", "常委会", "管委会", "居委会", "村委会", "人民政府", "政府", "人大", "政协", "党委", "党组",
    "党工委", "党支部", "党总支", "纪委", "监委", "公司", "集团", "银行", "支行", "分行", "信用社",
    "大学", "学院", "中学", "小学", "幼儿园", "医院", "卫生院", *CAMPUS_ENDINGS,
    "日报", "晚报", "报社", "杂志社", "出版社", "通讯社", "电视台", "广播电台", "研究院", "研究所",
    "研究中心", "实验室", "科学院",
    "协会", "学会", "商会", "联合会", "办公室", "办公厅", "办事处", "法院", "检察院", "公安局",
    "派出所", "管理局", "宣传部", "组织部", "统战部", "部队", "合作社", "基金会", "事务所",
    "融媒体中心", "服务中心", "博物馆", "美术馆", "艺术馆", "纪念馆", "图书馆", "文化馆", "科技馆",
)
"""Organization endings of two or more characters that make a model LOC an ORG
(南方日报, 金山区人民政府); one-character ones (局, 部 …) are too ambiguous for that."""

BODY_ENDINGS: Tuple[str, ...] = (
    "集团", "公司", "银行", "大学", "学院", "医院", "研究院", "研究所", "协会", "委员会", "政府", "党委",
    "党总支", "党支部")
"""Endings that close a body's name: a model ORG that runs on past one into words that end no
body (:data:`SUB_BODY_ENDINGS` and the ORG suffixes do) has taken the words after the name
(华彬集团|勇担社会责任, 国防科技大学|开启…建设, 兰州宏彬新能源发展有限公司|人事)."""
SUB_BODY_ENDINGS: Tuple[str, ...] = ("系", "室", "台", "段", "车间", "平台")
"""Endings of a body's parts that the ORG suffixes lack (复旦大学|化学系, 中国科学院|国家天文台,
南昌局集团公司|漳州车务段): after :data:`BODY_ENDINGS` they are the body's sub-unit."""

ORG_CHAR_SUFFIXES: Tuple[str, ...] = (
    "局", "厅", "署", "部", "委", "办", "院", "所", "社", "会", "队", "站", "馆", "行", "司", "处",
    "科", "团", "中心", "盟",
)
"""Short organization endings: they only block ORG → LOC (a 火车站 the model calls ORG).
盟 ends leagues of Inner Mongolia (a place suffix) and alliances (联盟, 东盟, 民盟): the
model's ORG stays."""


@lru_cache(maxsize=None)
def read_suffix_file(name: str) -> Tuple[str, ...]:
    """A packaged suffix list (``org_suffixes`` or ``loc_suffixes``), read once, by
    :func:`tagger.lexicons.load_suffixes` (file order, no duplicates)."""
    from ..lexicons import load_suffixes

    return tuple(load_suffixes(name))


def loc_suffixes() -> Tuple[str, ...]:
    """The packaged place suffixes (loc_suffixes.txt)."""
    return read_suffix_file("loc_suffixes")


def org_suffixes() -> Tuple[str, ...]:
    """The packaged organization suffixes (org_suffixes.txt)."""
    return read_suffix_file("org_suffixes")


@lru_cache(maxsize=1)
def org_endings() -> Tuple[str, ...]:
    """Every ending of an organization's name: the packaged suffixes (org_suffixes.txt),
    :data:`ORG_NAME_SUFFIXES` and :data:`ORG_CHAR_SUFFIXES`."""
    return org_suffixes() + ORG_NAME_SUFFIXES + ORG_CHAR_SUFFIXES


@lru_cache(maxsize=1)
def org_place_suffixes() -> Tuple[str, ...]:
    """Place endings that make a model ORG a LOC (新丰港, 新城公园): every packaged place
    suffix and the PERSON → LOC endings, unless the name also ends with an organization
    suffix (the caller checks :data:`ORG_NAME_SUFFIXES` and :data:`ORG_CHAR_SUFFIXES`)."""
    return tuple(dict.fromkeys(PERSON_PLACE_SUFFIXES + loc_suffixes()))


@lru_cache(maxsize=1)
def place_endings() -> Tuple[str, ...]:
    """Endings of a named place, longest first (天安门|广场, 蒙山北|路, 余|村)."""
    return tuple(sorted(set(PERSON_PLACE_SUFFIXES) | set(org_place_suffixes()),
                        key=len, reverse=True))
