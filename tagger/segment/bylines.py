"""Bylines, datelines and photo captions: who wrote, reported or photographed an article."""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple

from ..zh.chars import HAN as _HAN
from ..zh.names import surname_len
from ..zh.roles import ALL_ROLES, PADDED_NAME_PAIR, REPORT_ENDINGS, role_pattern
from ..zh.words import is_common_word, word_pos

NAME = rf"[{_HAN}][{_HAN}·]{{1,4}}"
# role word -> article meta key (one table for all stages: tagger.zh.roles)
ROLES: Dict[str, str] = ALL_ROLES
ROLE_RE = role_pattern(ROLES)
# one-character roles (文, 图) only before a separator, so 郑文涛 and 龚文密 stay names
_ROLE_SPLIT = re.compile(
    "(" + "|".join(re.escape(r) if len(r) > 1 or r in "□◇" else rf"{re.escape(r)}(?=[\s\u3000/／:：])"
                   for r in sorted(ROLES, key=len, reverse=True)) + ")")
_SEP = re.compile(r"[\s\u3000/／:：、，,]+")

_S = r"[\s\u3000]"
DATELINE = re.compile(
    rf"^(?P<dateline>本报讯|本报[{_HAN}]{{1,6}}讯|(?:新华社|中新社|人民网|新华网|央视网)[{_HAN}]{{0,8}}"
    rf"(?:\d{{1,2}}月\d{{1,2}}日)?电|[{_HAN}]{{2,8}}(?:社|网|台)[{_HAN}]{{0,8}}\d{{1,2}}月\d{{1,2}}日电"
    # another paper's abbreviation (南都讯, 羊城晚报讯) before a byline; a dated 消息/讯/电
    rf"|[{_HAN}]{{2,5}}讯(?={_S}*(?:[（(]|{ROLE_RE}))|(?:本报)?\d{{1,2}}月\d{{1,2}}日(?:消息|讯|电)(?={_S}*[（(]))"
    rf"{_S}*(?:[（(](?P<byline>[^）)]{{1,80}})[）)]"
    # or an unbracketed byline: role, then names of two to four characters each followed by a space
    rf"|(?P<bare>(?:(?:{ROLE_RE}){_S}*(?:[{_HAN}]{{2,4}}{_S}+)+)+))?")
_BYLINE = (rf"(?:[□◇][\s\u3000]*{NAME}(?:[\s\u3000]+{NAME})*"
           rf"|(?:(?:{ROLE_RE})[\s\u3000/／:：]+{NAME}(?:[\s\u3000、]+{NAME})*[\s\u3000]*)+)")
#: A byline alone on its line, or in brackets under a short comment's headline or body (（文/罗成）).
BYLINE_LINE = re.compile(rf"^(?:{_BYLINE}|[（(]{_BYLINE}[)）])$")
#: A role of two characters or more and one name straight after it, alone on a line, as a byline
#: printed vertically comes out once its characters are joined (记者龚晓燕): a byline where the
#: name begins with a surname (:func:`joined_byline`).
_JOINED_BYLINE = re.compile(rf"^(?P<role>{ROLE_RE})(?P<name>[{_HAN}]{{2,4}})$")


def joined_byline(text: str) -> bool:
    """Whether ``text`` is a role and one name with no space between them (记者龚晓燕, not
    记者节快乐 or 文明城市: the role has two characters or more, the name a surname and a given
    name, and no dictionary word but a name)."""
    m = _JOINED_BYLINE.match(text)
    if m is None or len(m.group("role")) < 2:
        return False
    name = m.group("name")
    return 0 < surname_len(name, 0) < len(name) and (not is_common_word(name) or word_pos(name) == "nr")


CAPTION = re.compile(
    rf"^(?P<caption>.*?\S)[\s\u3000]+(?:[（(])?(?P<byline>(?:(?:{ROLE_RE})[\s\u3000]*)?{NAME}"
    rf"(?:[\s\u3000]+{NAME})*)[\s\u3000]*/?[\s\u3000]*摄(?:影)?[）)]?$")
# the same with no space before the photographer, as a PDF's characters join: after a
# sentence's end, a bracketed credit （龚晓燕 摄） or one that opens with a role, perhaps
# after the paper's or agency's name (本报记者周立新摄, 南都记者马骁摄, 新华社记者 张三摄);
# in a block already known to be a caption, a bare name too (……一个月。卢毅摄)
_CREDIT_NAMES = rf"[{_HAN}]{{2,4}}(?:[\s\u3000、]+[{_HAN}]{{2,4}})*"
_TAKEN = r"[\s\u3000]*/?[\s\u3000]*摄(?:影)?"
_JOINED = (rf"^(?P<caption>.*?[。！？”])[\s\u3000]*(?:[（(](?P<bracketed>(?:(?:{ROLE_RE})[\s\u3000]*)?"
           rf"{_CREDIT_NAMES}){_TAKEN}[）)]|(?:[{_HAN}]{{2,4}}?)??(?P<byline>(?:{ROLE_RE})[\s\u3000]*"
           rf"{_CREDIT_NAMES}){_TAKEN}")
CAPTION_JOINED = re.compile(_JOINED + ")$")
CAPTION_BLOCK = re.compile(_JOINED + rf"|(?P<bare>{_CREDIT_NAMES}){_TAKEN})$")


def parse_byline(text: str) -> List[Tuple[str, str]]:
    """``(role, name)`` pairs of a byline: ``记者 樊国庆 公维同 通讯员 纪鹤`` → 记者/樊国庆, …

    A name without a role before it gets role ``""``. Tokens that are not 2–5 Han
    characters are skipped, and so are those that say where the report was made (北京报道);
    two one-character tokens in a row are one name set with a space (常 钦).
    """
    pairs: List[Tuple[str, str]] = []
    role = ""
    for part in _ROLE_SPLIT.split(text):
        if not part:
            continue
        if part in ROLES:
            role = part
            continue
        part = PADDED_NAME_PAIR.sub(lambda m: m.group().replace(" ", ""), part)  # 常 钦 → 常钦
        for token in (t.strip("（）()") for t in _SEP.split(part)):
            if re.fullmatch(NAME, token) and token not in ROLES and token != "摄" \
                    and not token.endswith(REPORT_ENDINGS):  # 北京报道: where, not who
                pairs.append((role, token))
    return pairs


def byline_meta(pairs: List[Tuple[str, str]], *, default: str = "reporters") -> Dict[str, List[str]]:
    """Group ``(role, name)`` pairs by meta key (reporters, correspondents, …)."""
    out: Dict[str, List[str]] = {}
    for role, name in pairs:
        key = ROLES.get(role, default)
        out.setdefault(key, [])
        if name not in out[key]:
            out[key].append(name)
    return out


def parse_dateline(text: str) -> Tuple[Optional[str], List[Tuple[str, str]]]:
    """The dateline (本报讯, 新华社北京10月22日电) of a lead paragraph and its bracketed byline."""
    m = DATELINE.match(text)
    if not m:
        return None, []
    byline = m.group("byline") or m.group("bare")
    return m.group("dateline"), parse_byline(byline) if byline else []


def parse_caption(text: str, *, block: bool = False) -> Optional[Tuple[str, List[Tuple[str, str]]]]:
    """``(caption, pairs)`` of a photo caption ``论坛上项目集中签约 记者 庄毅 摄`` (or
    ``……年级。（龚晓燕摄）``, ``……一个月。本报记者周立新摄``), else None. ``block``: the
    text is known to be a caption (a PDF's caption block), so a bare name before 摄 is its
    photographer too."""
    m = (CAPTION_BLOCK if block else CAPTION_JOINED).match(text) or CAPTION.match(text)
    if not m or "。" in m.group("caption")[:-1] and len(m.group("caption")) > 80:
        return None
    pairs = parse_byline(m.group("byline") or m.group("bracketed") or m.groupdict().get("bare"))
    if not pairs:
        return None
    return m.group("caption").strip(), pairs
