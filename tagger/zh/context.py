"""Words around a name that decide what it is or where it ends: games names, sports events,
counted lists, company endings, words after a name, prepositions, determiners, title marks.

Read by the merge policy ``tagger.merge_policy.v2`` (pipeline/boundaries.py). Each table
serves one rule there; the rule's docstring says which.
"""

from __future__ import annotations

import re
from typing import Tuple

from .chars import HAN

GAMES_NAME = re.compile("[亚奥冬夏残全青]*(?:运|奥)(?:会|村)")
"""Names of multi-sport games and their villages (亚运会, 亚残运会, 冬残奥会, 奥运会, 亚运村):
a one-character place inside one (亚, 奥) abbreviates the games, not a place."""

EVENT_ENDINGS: Tuple[str, ...] = ("党代会", "全会", "会议", "峰会", "论坛", "博览会", "运动会", "座谈会",
                                  "研讨会", "发布会", "推进会", "动员会", "大会")
"""Endings of meeting and event names, which docs/annotation-guidelines.md leaves unmarked
(the 1998 corpora label congresses as ORG; the bodies inside stay marked by rules): a model
ORG with one is dropped by the merge (every policy version)."""

SPORTS_EVENT_ENDINGS: Tuple[str, ...] = ("世锦赛", "锦标赛", "联赛", "世界杯", "大奖赛", "公开赛",
                                         "运会", "奥会", "冠军赛")
"""Endings of sports events, which docs/annotation-guidelines.md leaves unmarked like other
events (斯图加特世锦赛): a model ORG with one is dropped, as the merge's meeting endings are;
a model LOC keeps the place before it (斯图加特)."""

EVENT_HEAD_STOPS = "全本各历首届该第"
"""First characters of what comes before an event's ending that is no place (全国锦标赛,
历届世锦赛, 本届联赛)."""

LIST_CLOSER = "等"
"""The word that may close a list before its count (……、建设银行等3家银行)."""

COUNT_NUMERALS = "0123456789０１２３４５６７８９一二两三四五六七八九十百"
"""The characters of a count before 家 (6家, 十二家)."""

COUNTED_BODIES = re.compile(
    rf"(?:{LIST_CLOSER})?[{COUNT_NUMERALS}]+家[{HAN}]{{0,4}}?"
    "(?:企业|公司|车企|厂商|厂家|银行|机构|单位|高校|医院|院校|品牌|平台)")
"""What follows a list of organizations counted by 家 (……、长安、安凯6家整车企业,
……等3家银行): the items before it are organizations."""

LIST_ITEM_MAX = 8
"""The longest item of such a list, in characters."""

LIST_ITEM = re.compile(rf"[{HAN}A-Za-z]{{2,{LIST_ITEM_MAX}}}")
"""One item of such a list: two to eight Han or Latin letters (比亚迪, 蔚来, TCL)."""

LIST_SEPARATORS = "、"
"""The separator between the items of an enumeration."""

LIST_JOINERS = "及和与"
"""Words that join the last item of an enumeration (……、全应科技及瓦时智能)."""

MISSION_NAME = re.compile(
    f"驻[{HAN}]{{1,12}}?(?:大使馆|总领事馆|领事馆|使馆|代表处|代表团|联络处)")
"""What follows a country in the name of its mission abroad (中国 + 驻意大利使馆): the whole is
one ORG, the places inside nested."""

OPEN_BRACKETS = "（("
CLOSE_BRACKETS = "）)"
"""Brackets around an abbreviation after the words it abbreviates (环境空气质量（AQI）)."""

BARE_TEAMS: Tuple[str, ...] = ("女足", "男足", "女篮", "男篮", "女排", "男排")
"""Short forms of a team that also name its sport (女足 = women's football)."""

SPORT_FOLLOWERS: Tuple[str, ...] = ("运动", "世界杯", "文化", "联赛", "比赛", "赛事", "项目",
                                    "事业", "发展", "球员", "人口", "水平")
"""Words after a bare team word that make it the sport, no team (女足运动, 女足世界杯)."""

TIME_STANDARDS: Tuple[str, ...] = ("时间",)
"""Words after a place that make it a time standard, no place (北京时间, 东京时间)."""

LIST_LEADS = "由在从对向把被将与和及如为是有让"
"""One-character words that may stand right before the first item of an enumeration
(由商汤科技、旷视科技……): not part of the item."""

COMPANY_NAME_WORDS: Tuple[str, ...] = (
    "科技", "智能", "机器人", "纳米", "股份", "控股", "集团", "汽车", "电子", "医药", "生物",
    "网络", "信息", "能源", "材料", "电气", "电器", "通信", "软件", "数据", "传媒", "物流",
    "置业", "证券", "航空", "重工", "实业", "食品", "药业", "制药", "光电", "半导体", "微电子",
    "动力", "装备", "精工", "技术", "云", "芯")
"""Business words a company's short name ends in (澜舟科技, 思灵机器人, 纳研纳米): after a name
of its own, not after a common word (生物科技, 工业机器人 and 信息技术 are industries)."""

TRAILING_FOLLOWERS: Tuple[str, ...] = ("说", "在", "等")
"""One-character words that follow a name (a subset of the name rules' followers,
pipeline/patterns.py ``NAME_FOLLOWERS``) and that end no three-character name: a PERSON
that ends with one has taken the next word's character (陆昕说 → 陆昕, 李健在 → 李健)."""

SPLIT_PLACE_POS: Tuple[str, ...] = ("nrt",)
"""jieba part of speech of a dictionary word that is a transliterated name: one-character
places the model cut out of one (斯 + 图 of 斯图加特) are that word. Not ``ns``: jieba's
lattice tags phrases of places such as 港人治港 or 港澳同胞 so, and their places are apart."""

BUSINESS_ENDINGS: Tuple[str, ...] = ("公司", "集团", "厂", "银行", "商店", "超市", "酒店", "宾馆")
"""Endings of businesses: a place before one (江苏省 + 苏州宝碟激光电子有限公司) describes
where it is, and is not joined to it as a local body's name is."""

LEADING_PREPOSITIONS: Tuple[str, ...] = ("在", "从", "到", "于", "赴", "至")
"""Prepositions before a place (在湾桥镇): a model span that starts with one, where the
rest is a rule span, is that rule span."""

GENERIC_DETERMINERS: Tuple[str, ...] = ("各", "每个", "每", "一些", "有些", "部分")
"""Words that make the body after them a class, not one body (各村党支部, 一些村党组织):
docs/annotation-guidelines.md marks nothing there (各级党委)."""

GENERIC_SCOPES: Tuple[str, ...] = ("两级", "三级", "各级", "全市", "全省", "全区", "全县", "全镇")
"""Words that make the bodies after them all of a kind in a place (武汉两级法院, 武汉全市法院):
no one body, and only the place before them is marked."""

INSTITUTION_ENDINGS: Tuple[str, ...] = ("大学", "学院", "研究所", "研究院", "研究中心", "医院", "博物馆",
                                        "图书馆", "美术馆", "基金会")
"""Endings of institutions with names of their own: after a foreign country (肯尼亚 +
内罗毕大学, 美国 + 康奈尔大学) the country is where they are, not part of the name."""

GENERIC_PLACE_CLASSES: Tuple[str, ...] = ("农村", "乡村", "山村", "乡镇", "城镇", "街镇", "村镇",
                                          "城市", "城乡", "县市", "市县", "省市", "县乡")
"""Words for a class of places: a body whose name begins inside one (农|村党组织, 乡|镇党委)
is that class's bodies, no particular one, and is not marked either."""

IDEOLOGY_ENDING = "主义"
"""What makes a name before it an -ism (列宁主义, 马克思列宁主义), which is no PERSON."""

BRAND_LIST = re.compile(r"(?:[、和与及][^、和与及\s，,。；;：:！!？?]{1,8}?)*等?(?:品牌|牌子|商标|老字号|旗舰店|专卖店)")
"""What follows a brand, or a list of brands (王老吉、老干妈、李宁等品牌): names there are
brands, not people. An item holds no separator, so a run of 和 cannot be split many ways."""

TITLE_MARKS = "《》〈〉"
"""Book-title marks, which docs/annotation-guidelines.md keeps outside every span."""

GENERIC_PLACE_ENDINGS: Tuple[str, ...] = ("地区",)
"""Place endings that make no name of one-character places before them (非洲地区 is 非洲 in a
region, 新马地区 the region of two countries): a run of one-character LOCs is not joined to
them."""

COMPANY_ENDINGS: Tuple[str, ...] = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司")
"""Endings of a company's registered name (贝泰妮生物科技有限公司): the name runs from the
model's span before them over the words between (:data:`COMPANY_GAP_POS`)."""

COMPANY_GAP_POS: Tuple[str, ...] = ("n", "un", "eng", "j", "b", "m", "q", "x", "nz", "vn", "an", "l")
"""jieba part-of-speech prefixes of the words between a company's name and its ending (生物科技,
数字技术, 股份; ``un``: a word jieba does not know, such as 威视); a verb, preposition or
other function word ends the search. ``x`` only for Latin letters and digits (the caller
checks)."""
