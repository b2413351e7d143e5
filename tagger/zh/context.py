"""Words around a name that decide what it is or where it ends: games names, sports events,
counted lists, company endings, words after a name, prepositions, determiners, title marks.

Read by the merge policy ``tagger.merge_policy.v2`` (pipeline/boundaries.py). Each table
serves one rule there; the rule's docstring says which.
"""

from __future__ import annotations

import re
from typing import Dict, Optional, Tuple

from .chars import HAN

GAMES_NAME = re.compile("[亚奥冬夏残全青]*(?:运|奥)(?:会|村)")
"""Names of multi-sport games and their villages (亚运会, 亚残运会, 冬残奥会, 奥运会, 亚运村):
a one-character place inside one (亚, 奥) abbreviates the games, not a place."""

GAMES_STEM = re.compile("[亚奥冬夏残全青]+(?:运|奥)")
"""A games name without 会 (亚残运 of 亚残运金牌, 冬奥): no place."""

EVENT_ENDINGS: Tuple[str, ...] = ("党代会", "全会", "会议", "峰会", "论坛", "博览会", "运动会", "座谈会",
                                  "研讨会", "发布会", "推进会", "动员会", "大会")
"""Endings of meeting and event names, which docs/annotation-guidelines.md leaves unmarked
(the 1998 corpora label congresses as ORG; the bodies inside stay marked by rules): a model
ORG with one is dropped by the merge (every policy version)."""

EVENT_NAME_ENDINGS: Tuple[str, ...] = (*EVENT_ENDINGS, "日", "月", "节", "周", "季", "赛", "庙会", "议事会",
                                       "报告会", "晚会")
"""Endings of the names of events, days and weeks that a text may quote (“中国日”, “安全生产月”,
“金秋购物节”, “新春欢庆周”, “专题研讨会”): events, which docs/annotation-guidelines.md leaves
unmarked, so a quote the slogan patterns would take as a formula is none when it ends so."""

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

PLACE_LIST_CLOSER = "等地"
"""The words that close a list of places before a count (武汉、荆州等地十家医院): no list of bodies."""

COUNT_NUMERALS = "0123456789０１２３４５６７８９一二两三四五六七八九十百"
"""The characters of a count before 家 (6家, 十二家)."""

ORDINAL_MEASURES = "批届次期轮个家名季代"
"""Measure words after an ordinal (第二批, 第三届): an ORG or LOC ending in one gives it back, and
one beginning with one is no name (merge policy v13's ``ordinals``)."""

COUNTED_BODIES = re.compile(
    rf"(?:{LIST_CLOSER})?[{COUNT_NUMERALS}]+家[{HAN}]{{0,4}}?"
    "(?:企业|公司|车企|厂商|厂家|银行|机构|单位|高校|医院|院校|品牌|平台)")
"""What follows a list of organizations counted by 家 (……、长安、安凯6家整车企业,
……等3家银行): the items before it are organizations."""

KIND_LISTED_BODIES = re.compile(
    rf"{LIST_CLOSER}(?!方面|领域|环节)[{HAN}]{{0,6}}?(?:企业|车企|厂商|厂家|公司|巨头)")
"""What follows a list of companies closed by 等 and their kind without a count (吉利、赣锋等
动力电池企业, 腾讯、国药等行业巨头): the items are companies where none is a common word or a
place (钢铁、化工等重点企业 and 江苏、浙江等地企业 are no lists of names); a list of aspects is
none either (疫情防控、供应链建设等方面给予企业)."""

LIST_ITEM_MAX = 8
"""The longest item of such a list, in characters."""

LIST_ITEM = re.compile(rf"[{HAN}A-Za-z]{{2,{LIST_ITEM_MAX}}}")
"""One item of such a list: two to eight Han or Latin letters (比亚迪, 蔚来, TCL)."""

LIST_SEPARATORS = "、"
"""The separator between the items of an enumeration."""

LIST_JOINERS = "及和与"
"""Words that join the last item of an enumeration (……、全应科技及瓦时智能)."""

CUT_BODY_ENDINGS: Tuple[str, ...] = ("驻",)
"""Endings of an organization's name cut before its host (中国驻 | 格林纳达大使): no name."""

CUT_BODY_WORDS: Tuple[str, ...] = ("部门", "部分", "处分", "科幻", "府军")
"""Words that begin with an organization's last character and make no name with it: a name
that ends just before the rest of one is letters of it (民政部|门 is 民政部门, "the
civil-affairs departments", no ministry; 浙江省民政部|门 is the province's, no body of its
own; 政务撤职处|分, 中国科|幻小说; 也门政府|军, "government troops", is the country's army)."""


UNIT_TITLES: Tuple[str, ...] = ("董事会主席", "董事会副主席", "董事会秘书", "董事会成员", "监事会主席")
"""Titles that begin with a unit of the body before them: the body's name ends before them
(腾讯公司 + 董事会主席 马化腾, 阿里巴巴集团 + 董事会主席)."""


def unit_title_cut(text: str, start: int, end: int) -> int:
    """Where a body's name ``text[start:end]`` ends if its last characters begin one of
    :data:`UNIT_TITLES` (阿里巴巴集团董事会|主席 → 阿里巴巴集团); ``end`` if none."""
    for title in UNIT_TITLES:
        for k in range(1, len(title)):
            if end - k >= start and text.startswith(title, end - k) and text.endswith(title[:k], start, end):
                return end - k
    return end


def cuts_body_word(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` of ``text`` ends inside one of
    :data:`CUT_BODY_WORDS` (民政部 before 门)."""
    return end > 0 and any(text.startswith(word, end - 1) for word in CUT_BODY_WORDS)

MISSION_UNITS: Tuple[str, ...] = (
    "经济商务参赞处", "经济商务处", "经商参处", "经商处", "教育处", "文化处", "科技处", "武官处",
    "新闻处", "新闻文化处", "领事部", "领侨处", "政治处")
"""Sections of an embassy or consulate written after it (中国驻新加坡大使馆 + 经济商务参赞处)."""
MISSION_NAME = re.compile(
    f"驻[{HAN}]{{1,12}}?(?:大使馆|总领事馆|领事馆|使馆|代表处|代表团|联络处)"
    f"(?:{'|'.join(MISSION_UNITS)})?")
"""What follows a country in the name of its mission abroad (中国 + 驻意大利使馆), with the
section of it a text names (:data:`MISSION_UNITS`): the whole is one ORG, the places inside
nested."""

OPEN_BRACKETS = "（("
CLOSE_BRACKETS = "）)"
"""Brackets around an abbreviation after the words it abbreviates (环境空气质量（AQI）)."""

BARE_TEAMS: Tuple[str, ...] = ("女足", "男足", "女篮", "男篮", "女排", "男排")
"""Short forms of a team that also name its sport (女足 = women's football)."""

SPORT_FOLLOWERS: Tuple[str, ...] = ("运动", "世界杯", "文化", "联赛", "比赛", "赛事", "项目",
                                    "事业", "发展", "球员", "人口", "水平")
"""Words after a bare team word that make it the sport, no team (女足运动, 女足世界杯)."""

TEAM_LEAGUE_FOLLOWERS: Tuple[str, ...] = ("超级联赛", "联赛", "超级")
"""Words after a place and a team word that make them a league, the place alone a name
(中国女排超级联赛, 泰国女排联赛 → 中国, 泰国)."""

TEAM_PLAYER_FOLLOWERS: Tuple[str, ...] = ("球员", "运动员", "球")
"""Words after a country and a team word that make them the country's players, the country
alone a name (中国女排球员, 中国女排运动员; a province's team is a club: 山东女排球员)."""

TOUR_STOP = "站"
"""A tour's stop after a foreign place (世界杯巴库站, 多哈站): the place alone is a name."""

TOUR_WORDS: Tuple[str, ...] = ("世界杯", "大奖赛", "巡回赛", "分站", "系列赛", "公开赛", "大师赛", "挑战赛",
                               "锦标赛", "比赛", "摘金", "夺冠", "火炬传递", "巡演")
"""Words near a place's 站 that make it a stop of a tour or a series of events (单项世界杯巴库站,
在墨尔本站摘金, 火炬传递成都站), not a railway station."""
TOUR_WINDOW = (16, 6)
"""Characters before and after a place's 站 searched for :data:`TOUR_WORDS`."""

BUSINESS_WORDS: Tuple[str, ...] = (
    "地产", "置业", "科技", "集团", "股份", "传媒", "珠宝", "证券", "银行", "财富", "智能", "医疗",
    "生物", "医药", "制药", "汽车", "电子", "网络", "能源", "新能源", "控股", "投资", "资本", "物流",
    "电器", "食品", "材料", "新材料", "航空", "动力", "机器人", "半导体", "光电", "数据", "软件",
    "重工", "环保", "光伏", "影业", "娱乐", "通信", "电气", "装备", "保险", "信托", "实业", "商贸",
    "厨具", "家居", "服饰", "纺织", "化工", "家电", "酒业", "乳业", "物业", "建材", "钢铁",
    "矿业", "机械", "光学", "精密", "电池", "储能", "芯片", "微电子", "互联网", "体育", "游戏", "音乐",
    "视频", "影视", "出版", "电商", "快递", "航运", "水务", "燃气", "电力", "制造", "智造", "信息",
    "通讯", "安防", "文旅", "农牧", "环境",
)
"""Words of a company's business after its short name (润泽地产, 通灵珠宝, 微创医疗), read before a
title of a company (:data:`COMPANY_TITLES`) by the gazetteer's ``titled_companies``."""
COMPANY_TITLES: Tuple[str, ...] = (
    "董事长", "副董事长", "总裁", "副总裁", "总经理", "副总经理", "常务副总", "副总", "首席执行官",
    "CEO", "创始人", "联合创始人", "执行董事", "董事会", "董秘", "总监",
)
"""Titles that only a company gives: the words before them name one (润泽地产 + 总经理)."""
HEADED_TITLES: Tuple[str, ...] = tuple(sorted({
    *(t for t in COMPANY_TITLES if len(t) >= 3), "总工程师", "秘书长",
    "理事长", "副主任", "副书记", "副主席", "副会长", "副院长", "副校长", "副局长", "副部长"},
    key=lambda title: (-len(title), title)))
"""Titles of three characters or more whose first characters a name may have taken from the
words after it (森亿智能联|合创始人): the merge's ``title_heads`` gives them back. Longest first,
then in code-point order, so that the first that fits is the same in every process."""
FUNCTION_WORDS: Tuple[str, ...] = (
    "人力资源", "战略合作", "市场营销", "市场", "销售", "财务", "研发", "品牌", "运营", "公关",
    "法务", "行政", "采购", "客服",
)
"""Functions a company's department is named by; before :data:`FUNCTION_TITLES` they name the
department, not the company (三禾公司人力资源|总监 → 三禾公司): the merge's ``function_heads``."""
FUNCTION_TITLES: Tuple[str, ...] = ("总监", "经理", "主管", "负责人", "副总裁", "副总经理", "总经理")
"""Titles written after a department's function (人力资源总监, 市场经理)."""
GENERIC_TAILS: Tuple[Tuple[str, str, Optional[Tuple[str, ...]]], ...] = (
    ("LOC", "地区", None),
    ("ORG", "实验室", ("学院", "大学", "研究所", "研究院", "医院", "系")),
)
"""``(label, generic word, endings before it)``: a model span of that label ending in the word
after a name ending so gives the word back (中山大学物理学院|实验室); ``None``: after a world
region the rules found (中东|地区)."""
CAPITAL_LEADS: Tuple[str, ...] = ("首都", "首府")
"""Words after which a name the NER reads as a person is a city (首都萨那): the merge's
``capitals``."""
PLACE_TRAILS: Tuple[str, ...] = ("一日游", "附近", "市区", "郊区", "老城区", "境内", "沿岸")
"""Words before which a name the NER reads as a person is a place (罗威纳一日游, 苏米龙附近, 马久邑附近):
the merge's ``place_trails``. Not 周边 (a star's merchandise) or 之旅 (a person's journey). 附近
follows a person's name only in turns news seldom takes (坐在李华附近): of 900 raw_news articles
and 2,500 CLUENER sentences, every model PERSON before 附近 names a place."""
LANGUAGE_EDITIONS: Tuple[str, ...] = ("文版", "语版")
"""Endings of a book's edition in a language (阿拉伯文版): no person, whatever the NER reads."""
PEOPLE_ENDING = "人"
"""The ending of a people's or a species' name after a transliteration (尼安德特人, 丹尼索瓦人)."""
NAME_DETERMINERS = "各该这那每某本此其诸多几数两一全我你他她它贵"
"""Characters of determiners, counts and pronouns that begin no company's short name (各大银行,
多家银行, 该银行, 我们银行)."""
SHORT_NAME_MAX_FREQ = 200
"""How often jieba's dictionary may count a company's short name (润泽 60, 微创 25, 长线 129): more
common words are kinds of company, not names (外资 2363, 民营 540, 商业 6280)."""

PLAYER_POSITIONS: Tuple[str, ...] = ("前锋", "中锋", "边锋", "后卫", "中卫", "边卫", "门将")
"""A footballer's positions, which may stand before the player's name as a title (门将王大雷).
Not 中场, which is half-time too (中场休息)."""
FOOTBALL_ROLES: Tuple[str, ...] = ("主帅", "主教练", *PLAYER_POSITIONS, "国脚", "球员")
"""The people of a football team: words of a match near a city's club (:data:`MATCH_WORDS`) and
roles before a player's or coach's name (:data:`TEAM_ROLES`)."""
TEAM_ROLES: Tuple[str, ...] = (*FOOTBALL_ROLES, "中场", "教练", "队长", "射手", "外援", "新援", "球星",
                               "名将", "老将", "小将", "选手")
"""Roles in a team, written straight before a player's or a coach's name (主帅马扎里, 中场阿奎拉尼):
the gazetteer patterns' ``team_roles``."""

MATCH_WORDS: Tuple[str, ...] = (
    "vs", "VS", "Vs", "主场", "客场", "战胜", "击败", "逼平", "战平", "负于", "不敌", "输给", "完胜",
    "大胜", "力克", "小胜", "赢下", "让球", "赔率", "盘口", "英超", "西甲", "意甲", "德甲", "法甲",
    "荷甲", "葡超", "欧冠", "欧联", "联盟杯", "足总杯", "球迷", "进球", "破门",
    "射门", "转会", "保级", "降级", "积分榜", "出线", "客胜", "主胜", "平局", "首发", "替补",
    "交锋", "做客", "客战", "主队", "客队", "赛季", "联赛", "球队", "豪门", "对手", "本轮", "上轮",
    "首回合", "次回合", "任意球", "点球", "绝杀", "扳平", "伤病", "阵中", "主强客弱", "热身赛",
    "比分", "连胜", "连败", "轮不胜", "场不胜", "告负", "落败", *FOOTBALL_ROLES,
)
"""Words of a football match or league near a club named after its city (利物浦 vs 阿森纳,
不来梅主场, 桑德兰保级): with one in the same sentence, the name is the club, an ORG. Not words
of other shows too (阵容, 中场 of 中场休息), and 不胜 only after a count of rounds or games (连续7轮不胜,
not 不胜枚举)."""
PLACE_LEADS: Tuple[str, ...] = ("在", "于", "到", "赴", "抵达", "前往", "来自", "位于")
"""Words before a city's name that make it the place, whatever the clause says (在罗马战胜…)."""

CHINESE_PLACE_KINDS = frozenset({"province", "prefecture", "county", "town"})
"""Lexicon kinds of China's own divisions, whose 站 is a railway station (北京站), no stop of a tour."""

TIME_STANDARDS: Tuple[str, ...] = ("时间",)
"""Words after a place that make it a time standard, no place (北京时间, 东京时间)."""

PLACES_IN_WORDS: Tuple[Tuple[str, str, str], ...] = (
    ("中华", "", ""), ("中国", "发展", "家"), ("华", "", "人"), ("华", "", "侨"), ("华", "", "裔"),
    ("京", "", "剧"), ("中", "", "医"), ("中", "", "药"), ("中", "", "西医"), ("中", "", "西药"),
    ("中", "", "成药"), ("中", "", "草药"), ("范县", "示", ""), ("范县", "模", ""))
"""``(place, before, after)``: a LOC with this text, after ``before`` and before ``after`` ("" is
anything), that is part of a common word and names no place: bare 中华 (中华文明, 中华优秀传统
文化: docs/annotation-guidelines.md leaves 中华 of 中华民族 unmarked), 中国 of 发展中国家 ("developing countries"),
华 of 华人, 华侨, 华裔 (people of Chinese descent, wherever they live), 京 of 京剧 (Peking opera),
中 of 中医, 中药, 中西医 (traditional Chinese medicine) and 范县 of 示范县 and 模范县 (a model county:
49 of the 52 范县 in raw_news; the county is named alone)."""

NOT_PLACES: Tuple[str, ...] = (
    "地球", "月球", "太阳", "月亮", "火星", "金星", "木星", "土星", "水星", "银河系", "宇宙",
    "博物馆", "纪念馆", "美术馆", "图书馆", "科技馆", "体育馆", "沿江", "沿海", "沿边",
    "金山银山", "绿水青山", "空间站", "城中村", "深水港", "台站", "山海", "防沙", "盘古",
    "南大门", "北大门", "东大门", "西大门", "澳网", "法网", "美网", "温网")
"""Words that as a LOC alone name no place: celestial objects, which data/gold/MODERN.md leaves
unmarked (人造地球卫星, 火星探测), a kind of institution without its name (实现博物馆高质量发展),
沿江/沿海 as "along the river/coast" (沿江省市), the hills of a slogan (把金山银山做得更大), the
space station, a device (返回空间站), kinds of place (城中村改造, 现代化深水港, 通信台站), 山海 of
山海相连, 防沙 of 防沙治沙, 盘古 of 盘古大模型, a province's "gate" (湖南的南大门) and the tennis
Grand Slams (澳网, 法网: events)."""

ABSTRACT_ENDINGS: Tuple[str, ...] = ("文化", "文明", "关系", "合作", "友谊", "友好", "精神", "传统")
"""Nouns after a place or a pair of countries' one-character forms that make no body of them:
a model ORG over 中华文化 or 中俄关系 names no organization (中 + 俄 are the places)."""

DEVICE_MARK = "号"
"""The ending of the names of spacecraft, ships, trains and computers (东方红一号, 太行号, 天河一号,
复兴号): devices, which data/gold/MODERN.md leaves unmarked."""

NOT_DEVICE_ENDINGS: Tuple[str, ...] = ("信号", "口号", "称号", "字号", "型号", "账号", "记号", "符号",
                                       "暗号", "编号", "序号", "番号", "代号", "挂号")
"""Words ending in 号 that make no device's name (《每日信号》, 广东老字号)."""

PRODUCT_KINDS: Tuple[str, ...] = (
    "新能源汽车", "新能源车", "新能源", "国产汽车", "电动汽车", "燃油汽车", "燃油车", "智能网联汽车",
    "智能汽车", "智能手机", "国产手机", "动力电池", "国产芯片", "国产大飞机", "科幻")
"""Kinds of products, industries and genres that the model reads as companies (新能源汽车 as an
ORG 24 times in 1,500 raw_news articles, 广东新能源, 中国科幻 18 times): alone or after a place
they name no body."""

LATIN_PRODUCTS: Tuple[str, ...] = (
    "iPhone", "iPad", "iPod", "iMac", "MacBook", "AirPods", "Apple Watch", "Vision Pro", "Windows",
    "Android", "iOS", "HarmonyOS", "ChatGPT", "GPT", "Galaxy", "PlayStation", "Xbox", "Kindle", "Mate")
"""Products named in Latin script that the model reads as companies or people (苹果将扩大iPhone生产):
a product is no body. A model span that is one of them, with a model number or name after it
(iPhone 15, Mate 60 Pro, GPT-4), goes."""

GENERIC_COMPANY_ENDING = "公司"
"""The word that names a company by its kind after :data:`GENERIC_COMPANY_KINDS`."""

GENERIC_COMPANY_KINDS: Tuple[str, ...] = (
    "科技", "通信", "网络", "互联网", "电商", "软件", "游戏", "传媒", "影视", "文化", "旅游", "旅行",
    "保险", "商业保险", "财险", "寿险", "证券", "基金", "投资", "咨询", "中介", "金融", "银行",
    "水务", "供水", "自来水", "电力", "供电", "燃气", "热力", "公交", "出租车", "客运", "货运",
    "运输", "物流", "快递", "外卖", "航空", "铁路", "物业", "房地产", "地产", "建筑", "建材",
    "装修", "家政", "保安", "医药", "制药", "食品", "服装", "农业", "园艺", "化工", "钢铁", "能源",
    "石油", "汽车", "外贸", "贸易", "工程")
"""Kinds of business before 公司 that name no company of their own: an ORG of one of them
and 公司, alone or after a determiner, is none (当地通信公司, 商业保险公司;
:func:`~tagger.pipeline.boundaries.drop_generic_companies`)."""

GENERIC_COMPANY_LEADS: Tuple[str, ...] = ("当地", "本地", "该", "这家", "那家", "一家", "多家")
"""Words before a kind of company that make it none in particular (当地通信公司, 一家科技公司)."""

IDIOM_POS = "i"
"""jieba's POS tag of idioms: a one-character LOC inside one is a letter of it (与日俱增, 美中不足)."""

BARE_BODY_WORDS: Tuple[str, ...] = ("公司", "集团")
"""Words that as an ORG alone name no particular body (乘坐公司专车, 公司总经理): unlike 区委 or
村委会, which the guidelines mark where the text's own body is meant (data/gold/MODERN.md)."""

CHINA_VISITS = "访来在驻赴对离抵"
"""Characters before 华 that make it China even before 人 (访华人员, 在华人数)."""

FAMILIAR_PREFIXES = "老小"
"""Prefixes of a surname in a familiar form (老廖, 小王), which data/gold/MODERN.md makes one PERSON."""

ADDRESS_FORMS: Tuple[str, ...] = ("先生", "女士", "小姐", "师傅", "阿姨", "大妈", "大爷", "大姐", "大哥",
                                  "大叔", "阿伯", "老伯", "阿婆", "爷爷", "奶奶")
"""Forms of address after a surname, which data/gold/MODERN.md leaves out of the PERSON (谭 of
谭先生, 马 of 马师傅, 沈 of 沈大妈)."""

LIST_LEADS = "由在从对向把被将与和及如为是有让"
"""One-character words that may stand right before the first item of an enumeration
(由商汤科技、旷视科技……): not part of the item."""

COMPANY_NAME_WORDS: Tuple[str, ...] = (
    "科技", "智能", "机器人", "纳米", "股份", "控股", "集团", "汽车", "电子", "医药", "生物",
    "网络", "信息", "能源", "材料", "电气", "电器", "通信", "软件", "数据", "传媒", "物流",
    "置业", "证券", "航空", "重工", "实业", "食品", "药业", "制药", "光电", "半导体", "微电子",
    "动力", "装备", "精工", "技术", "云", "芯", "资本", "基金", "医疗", "咨询")
"""Business words a company's short name ends in (澜舟科技, 思灵机器人, 纳研纳米): after a name
of its own, not after a common word (生物科技, 工业机器人 and 信息技术 are industries)."""

TRAILING_FOLLOWERS: Tuple[str, ...] = ("说", "在", "等", "已", "则", "也", "都", "还", "又")
"""One-character words that follow a name (words the name rules' followers, pipeline/patterns.py
``NAME_FOLLOWERS``, and adverbs: 已, 则, 也, 都, 还, 又) and that end no three-character name: a
PERSON that ends with one has taken the next word's character (陆昕说 → 陆昕, 李健在 → 李健,
王晨都 → 王晨). Not 曾, which does end names (唐师曾)."""
NAME_PARTICLES: Tuple[str, ...] = ("的",)
"""Particles after a name that end none: a PERSON of three or more characters that ends with one
has taken it (郭菲的 → 郭菲)."""
TRANSLITERATION_FOLLOWERS = "才颇便却竟仍就将曾正亦"
"""Adverbs that end Chinese names (李英才, 廉颇, 唐师曾) but no transliteration: a transliterated
name that ends with one has taken the word after it (佩恩才是, 贝雷塔颇见功力)."""

COMPETITION_SHORT_NAMES: Tuple[str, ...] = (
    "欧冠", "欧联", "欧战", "欧赔", "亚冠", "亚赔", "英超", "英冠", "英甲", "德甲", "德乙",
    "意甲", "意乙", "西甲", "西乙", "法甲", "法乙", "葡超", "荷甲", "荷乙", "苏超", "土超", "俄超",
    "比甲", "中超", "中甲", "中乙", "日职", "韩职", "美职", "澳超", "欧锦赛", "世预赛")
"""Short names of leagues and competitions and of their odds (欧冠, 德甲, 欧赔) that begin with
a country's or a continent's one-character form or a surname: no span is one of them or begins
with one (欧冠连平 is no person, 德甲 no place); the merge's ``general_news``."""
WEEK_WORDS: Tuple[str, ...] = ("周中", "周末", "周内", "周一", "周二", "周三", "周四", "周五",
                               "周六", "周日")
"""Words of the week: a PERSON that ends in their 周 has taken it from the word after the name
(切尔西周|中 → 切尔西)."""
LIST_FOLLOWERS: Tuple[str, ...] = ("均", "皆", "亦")
"""Adverbs after the last of several subjects (姚刚和李超均透露): a PERSON of three characters
or more that ends with one, after a list joiner or separator in its clause, has taken it; a
name may end in them elsewhere (王志均)."""
ARMY_ENDING = "军"
"""An army after a country's one-character form (德军, 俄军): the country is the place; a
two-character model PERSON of the two is that LOC."""
ARMY_COUNTRIES = "德美俄日英法苏以印朝越意伊"
"""Countries' one-character forms whose army the NER reads as a person's name (德军); not 韩,
a common surname (韩军)."""
TEAM_ENDING = "队"
"""A team's ending: no person's name ends in it (a model PERSON 维冈队 is the team, an ORG)."""
MATCH_SIDE_MARKS: Tuple[str, ...] = ("vs", "VS", "Vs", "v.s.")
"""What stands between the two sides of a match (费内巴vs波尔图): a name the NER reads as a
person's right beside one is a team, an ORG."""
LINE_ENDINGS: Tuple[str, ...] = ("高速铁路", "高速公路", "城际铁路", "高铁", "高速", "铁路", "城际", "公路")
"""Endings of a railway's or a motorway's name after its ends' one-character forms (京沪高铁,
京津城际, 广深港高铁): the line is one place, a LOC."""
LINE_END_FORMS = "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵云滇藏陕秦甘陇青宁新港澳台" \
    "张雄石广深杭汉成兰包呼乌哈昆拉银郑合济唐沈厦福南长大西太"
"""One-character forms of provinces and cities that name a line's ends (京 of 京张高铁, 贵 and 南
of 贵南高铁)."""
LINE_NEW = "新"
"""A form that begins no line's name: 新成昆铁路 is the new 成昆铁路 (新 of 兰新高铁 ends one)."""
HOME_AWAY: Tuple[str, ...] = ("主场", "客场")
"""Words after a team's name (莫斯巴主场与荷兰球队5胜2平): a person has no home ground (梅西的主场首秀
is his first game there, so not after 的)."""
AWAY_LEADS: Tuple[str, ...] = ("客战", "主场迎战", "客场迎战", "客场挑战", "主场对阵", "客场对阵")
"""Words before the team a side plays at home or away (利物浦客战布莱克本): a person is met
without a ground (战胜德约科维奇 is a player)."""

SENDING_VERBS: Dict[str, Tuple[str, ...]] = {"致": ("电", "信", "函", "辞", "以", "慰问", "贺", "唁", "答谢")}
"""One-character verbs of sending a message after a name, with what may follow them: a
PERSON of three characters or more that ends with one before these has taken it
(向巴基斯坦总统阿尔维致|慰问电 → 阿尔维)."""

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

COLLECTIVE_BODIES: Tuple[str, ...] = ("两委", "四套班子", "四家班子")
"""Words for a place's leading bodies taken together (村两委: the village's party branch and
committee; 县四套班子): no one body, so no ORG (data/gold/HELDOUT.md); a place written before
them is marked alone (鸿鹤村两委 → 鸿鹤村)."""

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

AUTHOR_WORKS: Tuple[str, ...] = ("诗文集", "文集", "诗集", "文选", "选集", "全集", "自传", "传", "年谱",
                                 "日记", "回忆录", "书信集", "手稿", "画集", "作品集", "谈", "论")
"""Words after a person's name in a work's title that make the person its author or subject, a
real person (《李中贤诗文集》, 《习近平谈治国理政》), not a character (《哪吒之魔童降世》)."""

DOCUMENT_ENDINGS: Tuple[str, ...] = (
    "法", "条例", "规例", "规定", "办法", "细则", "纲要", "规划", "方案", "计划", "意见", "决定", "决议",
    "通知", "公告", "公报", "公约", "条约", "协定", "议定书", "宣言", "声明", "报告", "白皮书", "章程",
    "守则", "准则", "指南", "备忘录", "同胞书")
"""Endings of a document's title (《禁止蒙面规例》, 《长江经济带发展规划纲要》, 《告台湾同胞书》): a
title in book-title marks that ends in one is a document, not a body or a place."""

TITLE_MARKS = "《》〈〉"
"""Book-title marks, which docs/annotation-guidelines.md keeps outside every span."""

GENERIC_PLACE_ENDINGS: Tuple[str, ...] = ("地区",)
"""Place endings that make no name of one-character places before them (非洲地区 is 非洲 in a
region, 新马地区 the region of two countries): a run of one-character LOCs is not joined to
them."""

COMPANY_ENDINGS: Tuple[str, ...] = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "律师事务所",
                                    "会计师事务所")
"""Endings of a company's registered name (贝泰妮生物科技有限公司): the name runs from the
model's span before them over the words between (:data:`COMPANY_GAP_POS`)."""

COMPANY_GAP_POS: Tuple[str, ...] = ("n", "un", "eng", "j", "b", "m", "q", "x", "nz", "vn", "an", "l")
"""jieba part-of-speech prefixes of the words between a company's name and its ending (生物科技,
数字技术, 股份; ``un``: a word jieba does not know, such as 威视); a verb, preposition or
other function word ends the search. ``x`` only for Latin letters and digits (the caller
checks)."""

COUNTRY_ABBREVIATIONS = {
    "中": "中国", "美": "美国", "俄": "俄罗斯", "日": "日本", "英": "英国", "法": "法国", "德": "德国",
    "意": "意大利", "印": "印度", "巴": "巴基斯坦", "非": "非洲", "阿": "阿拉伯国家", "朝": "朝鲜",
    "韩": "韩国", "越": "越南", "老": "老挝", "泰": "泰国", "柬": "柬埔寨", "缅": "缅甸", "蒙": "蒙古国",
    "哈": "哈萨克斯坦", "埃": "埃及", "古": "古巴", "智": "智利", "拉": "拉丁美洲",
    "塞": "塞尔维亚", "哥": "哥伦比亚", "菲": "菲律宾", "新": "新加坡", "马": "马来西亚", "澳": "澳大利亚",
    "加": "加拿大", "西": "西班牙", "葡": "葡萄牙", "荷": "荷兰", "瑞": "瑞士", "波": "波兰", "匈": "匈牙利",
    "捷": "捷克", "希": "希腊", "土": "土耳其", "伊": "伊朗", "沙": "沙特阿拉伯", "乌": "乌克兰",
    "白": "白俄罗斯", "吉": "吉尔吉斯斯坦", "塔": "塔吉克斯坦", "尼": "尼泊尔", "肯": "肯尼亚",
    "坦": "坦桑尼亚", "赞": "赞比亚", "秘": "秘鲁",
    "委": "委内瑞拉", "墨": "墨西哥", "芬": "芬兰", "挪": "挪威", "丹": "丹麦", "比": "比利时",
    "欧": "欧洲",
}
"""One-character forms of countries and regions as the press pairs them (中美关系, 中阿峰会, 中塞
两国, 中日韩): each character is a LOC there (the 1998 corpora and data/gold mark them one by
one). Read by :func:`~tagger.pipeline.patterns.country_pairs`, only before a word of
:data:`COUNTRY_PAIR_WORDS`, which keeps 中古时期, 中意的 and 中老年 out. Characters that are
common words on their own before a noun (以, 文, 南) are not listed."""

COUNTRY_PAIR_NOT: Tuple[str, ...] = ("美德",)
"""Words spelt with two such forms that are no pair (美德 "virtue")."""

COUNTRY_AFTER_TO = "对"
"""The preposition before one country's one-character form in trade and policy phrases (对美加征
关税, 对非合作, 对华投资): see :data:`COUNTRY_POLICY_WORDS`."""

COUNTRY_POLICY_WORDS: Tuple[str, ...] = (
    "加征", "关税", "出口", "进口", "投资", "贸易", "经贸", "合作", "政策", "工作", "援助", "制裁", "外交",
    "友好", "开放", "交往", "关系")
"""Words after 对 and a one-character country form that make it the country (对美加征关税)."""

MODAL_SUFFIX_CHARS = "会"
"""One-character ORG suffixes that are also a modal verb after a body's name (特区政府|会充分把握,
故宫博物院|会加强, 自然资源部|会商研判): no part of the name where a word cutter reads the modal."""

MODAL_FOLLOWER_POS: Tuple[str, ...] = ("v", "d", "ad", "p")
"""jieba parts of speech of the word after a modal verb: a verb (not a verbal noun), an adverb
or a preposition (会|赔偿, 会|始终, 会|按照)."""


def is_modal(pos: str, next_pos: str) -> bool:
    """Whether a one-character word of :data:`MODAL_SUFFIX_CHARS` tagged ``pos`` is the modal
    verb before a word tagged ``next_pos`` (:data:`MODAL_FOLLOWER_POS`, not a verbal noun)."""
    return pos == "v" and next_pos.startswith(MODAL_FOLLOWER_POS) and next_pos != "vn"


NATIONWIDE = "全国"
"""The first word of a country's nationwide body (全国人大, 全国渔业协会联合会): the name does not
carry the country, so a country written before it is a place of its own (中国 + 全国人大,
日本 + 全国渔业协会联合会), as data/gold/MODERN.md splits a location before an institution."""

SIDE = "方"
"""After a country's one-character form, a party to talks (中方, 布方 "the Burundian side"):
no place, no person."""

CHINA_SHORT = "华"
"""China's one-character form after 对 (对华投资); never paired, so 中华人民共和国 stays whole."""

COUNTRY_PAIR_WORDS: Tuple[str, ...] = (
    "关系", "两国", "双方", "两党", "两军", "合作", "友好", "友谊", "建交", "峰会", "战略", "全面", "伙伴",
    "自贸", "自由贸易", "经贸", "贸易", "同为", "都是", "均为", "是", "共建", "之间", "高水平",
    "元首", "领导人", "外长", "会晤", "会谈", "人文", "交流", "友城", "边境", "联合", "人民", "各领域",
    "务实", "互利", "双边", "外交", "对话", "磋商", "谈判", "携手", "共同", "团结", "传统友谊", "投资",
    "资金", "产能", "民心", "青年", "媒体", "企业", "友协", "班列", "足球", "医疗")
"""Words after a pair of one-character country forms that make the pair two countries (中塞
全面战略伙伴关系, 中古同为…, 中智资金融通): see :data:`COUNTRY_ABBREVIATIONS`. Not 命运共同体:
中阿命运共同体 is a SLOGAN whole (data/gold marks it so), and so is 中阿友好精神."""

COUNTRY_PAIR_BODIES = re.compile(
    "(?:合作)?(?:论坛|组织|委员会|理事会|协会|商会|中心|基金|银行|大学|学院|医院|公园|广场|精神)")
"""What after a pair and its word makes them a name of a body or a place, or a slogan (中非合作
论坛, 中俄友协…中心, 乌中友谊公园, 中阿友好精神), whose pair the rule leaves to the model and the
slogan rules."""

COUNTRY_PAIR_ROUTES = re.compile("(?:跨境)?(?:铁路|高铁|经济走廊|公路|大桥)")
"""What after a pair makes the pair and it one place (中老铁路, 中蒙俄经济走廊, 匈塞铁路)."""

PERIODICAL_LEADS: Tuple[str, ...] = ("期刊", "杂志", "刊物")
"""Words right before a title in book-title marks that make it a periodical (国际期刊《自然》)."""

PERIODICAL_FOLLOWERS: Tuple[str, ...] = ("杂志", "期刊", "周刊", "月刊", "学报", "审稿人", "在线发表",
                                         "刊登", "刊发", "上发表", "发表", "主编", "编辑部",
                                         "影响因子")
"""Words right after a title in book-title marks that make it a periodical (《柳叶刀》刊登,
《自然》审稿人, 《细胞—干细胞》杂志, 《光：科学与应用》影响因子): journals and media are ORG (data/gold/MODERN.md)."""
