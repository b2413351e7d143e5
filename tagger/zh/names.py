"""Personal names: surnames, name separators and the characters of transliterated names.

Read by the title, byline and name rules (pipeline/patterns.py) and by distillation
(training/distill.py). The transliteration characters and the given names in Latin script live
in data files (``tagger/data/lexicons/transliteration_chars.txt`` and ``latin_given_names.txt``,
where their derivation is noted).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

SURNAMES_2 = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "端木")
SURNAMES_1 = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万"
    "钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝"
    "包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾"
    "尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬"
    "师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝封习公"
    "亓仝逄冼蔺鞠晁帅禹劳逯权钮荆阎綦郗"
    "冀慕蔚粟揭茅邰郦雍阙缑訾昝薄伏戈桓濮扈郏茹庾衡弘匡禄殳沃夔阚乜蒯竺巢宦鄢荀贲隗仉亢邸邴"
)
"""One-character surnames: the common ones, then rarer ones the name rules read too (慕豪, 冀岩;
not 暨 or 况, which are words of their own); two-character ones are :data:`SURNAMES_2`."""


JAPANESE_SURNAMES = frozenset("""
田中 山本 佐藤 铃木 高桥 渡边 伊藤 中村 小林 山田 加藤 吉田 山口 松本 井上 木村 斋藤 清水 山崎 池田
桥本 阿部 石川 山下 中岛 石井 小川 前田 冈田 长谷川 藤田 后藤 近藤 村上 远藤 青木 坂本 福田 太田
西村 藤井 金子 冈本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 内田 柴田
酒井 宫崎 横山 高木 安藤 宫本 大野 小岛 谷口 今井 工藤 高田 增田 丸山 杉山 村田 大塚 新井 小山 平野
藤本 河野 上野 野口 武田 松井 千叶 岩崎 菅原 木下 久保 佐野 野村 松尾 菊地 杉本 市川 古川 大西 岛田
水野 樱井 高野 吉川 山内 西田 饭田 岸田 安倍 麻生 石破 鸠山 小泉 细川 宫泽 竹下 桥下 二阶 茂木
矶谷 芥川 夏目 川端 大江 东野 黑泽 北野 羽生 大谷 锦织 福原 石原 浅田 松冈 本田 香川 冈崎 长友
""".split())
"""Common Japanese surnames as Chinese text writes them (田中, 岸田, 矶谷): one that the NER read alone
as a place or name, with a given name of Japanese endings after it, is the person's whole name
(田村 + 泰次郎, :data:`JAPANESE_GIVEN_ENDINGS`)."""
JAPANESE_GIVEN_ENDINGS = "郎介助夫雄彦树太男美惠香也哉司治吉造藏之弘宏信浩博隆昭茂吾人"
"""Last characters of Japanese given names (泰次郎, 廉介, 文雄, 春树, 圭吾); numerals are left out,
since a place's count follows a village's name (中村二组)."""


def surname_len(text: str, i: int) -> int:
    """The length of the surname that begins at ``text[i]``: 2 for one of :data:`SURNAMES_2`,
    1 for one of :data:`SURNAMES_1`, 0 for none."""
    if text[i:i + 2] in SURNAMES_2:
        return 2
    return 1 if i < len(text) and text[i] in SURNAMES_1 else 0

NAME_SEPARATORS = "·•・‧-－"
"""Separators between the parts of a transliterated name (安东尼奥·古特雷斯, 让-保罗·萨特)."""
NAME_DASH = "—"
"""A dash between the parts of a name the NER started (迪亚斯—卡内尔); also between places (西安—塔什干),
so never a separator on its own."""

TRANSLITERATION_CHARS_FILE = Path(__file__).resolve().parents[1] / "data" / "lexicons" / "transliteration_chars.txt"
LATIN_GIVEN_NAMES_FILE = TRANSLITERATION_CHARS_FILE.with_name("latin_given_names.txt")

LATIN_NOT_NAME_WORDS = frozenset(
    "University College Institute School Academy Hospital Foundation Fund Group Inc Corp Corporation "
    "Company Co Ltd Bank Capital Partners Holdings Motors Airlines Airways Hotel Center Centre Museum "
    "Gallery Library Club Team Band Brand Studio Studios Records Media News Times Post Journal Magazine "
    "Review Press Prize Award Awards Cup Festival Street Avenue Road Square Park Bridge Building Tower "
    "Harbour Harbor Island Bay River Lake Mountain Stadium Arena Hall Theatre Theater Church Station "
    "Airport Port City County State Foods Pharma Labs Lab Technologies Technology Systems Secret".split())
"""Words that, after a given name in Latin script, name an institution, a place, a brand or a
work (George Washington University, Victoria Harbour, Victoria's Secret): no person's name."""


@lru_cache(maxsize=1)
def latin_given_names() -> frozenset:
    """Given names in Latin script (Jeff, Satya, Olaf), from their data file."""
    text = LATIN_GIVEN_NAMES_FILE.read_text(encoding="utf-8")
    return frozenset(word for line in text.splitlines() if not line.startswith("#") for word in line.split())


@lru_cache(maxsize=1)
def transliteration_chars() -> str:
    """Characters of transliterated foreign names, from their data file."""
    text = TRANSLITERATION_CHARS_FILE.read_text(encoding="utf-8")
    return "".join(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


#: Characters of transliterations that are common words too (让 lets, 保 keeps): taken only
#: at the start of a part of a name with separators, where they begin a name (保罗·萨特,
#: 米歇尔·保罗), and 让 only as a whole first part (让-保罗·萨特, 让-克洛德: Jean), so that a
#: name does not run on into the verb after it (马斯克保持).
PART_STARTS = "保"
SEPARATED_FIRST_PARTS = "让"
#: Characters of transliterations that are common words or letters of other words too (各, 南,
#: 道, 华 …): taken only inside a part of a name with separators, between two of its letters
#: (雅各布, 费尔南多, 鲁道夫, 霍华德, 阿方索), never at a part's start or end, so
#: that a name does not run on into the word after it (…史密斯南下).
PART_INNER = "各南道当华方扬门文连考则"


@lru_cache(maxsize=1)
def separated_name_pattern() -> "re.Pattern[str]":
    """Runs of transliteration characters joined by name separators, not preceded by one."""
    chars = re.escape(transliteration_chars())
    seps = re.escape(NAME_SEPARATORS)
    inner = re.escape(PART_INNER)
    part = f"[{chars}{PART_STARTS}](?:[{chars}]|[{inner}](?=[{chars}])){{0,7}}"
    first = f"(?:{part}|[{SEPARATED_FIRST_PARTS}](?=[{seps}]))"
    return re.compile(f"(?<![{chars}]){first}(?:[{seps}]{part})+")

