"""Page furniture: folio (page number, editor), date header, masthead items; and page meta.

Furniture lines are short, stand alone and do not end a sentence. Each recogniser below
names the kind of furniture; :func:`page_meta` reads the page metadata out of them.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional

from ..zh.chars import HAN as _HAN

_S = r"[\s\u3000]*"

FOLIO = re.compile(
    rf"^(?:第?(?P<page>[A-Z]{{0,2}}\d{{1,2}}){_S}版?{_S})?(?:责任编辑|责编|编辑){_S}[:：]?{_S}"
    rf"(?P<editor>[{_HAN}]{{2,4}}(?:[\s\u3000、]+[{_HAN}]{{2,4}})*)"
    rf"|^第?(?P<page2>[A-Z]{{0,2}}\d{{1,2}}){_S}版{_S}(?P<section2>[{_HAN}·]{{2,8}})?$")
DATE_HEADER = re.compile(
    rf"^(?:(?P<paper>[{_HAN}]{{1,6}}(?:日报|晚报|报)){_S})?(?P<y>(?:19|20)\d{{2}}){_S}年{_S}(?P<m>\d{{1,2}}){_S}月{_S}(?P<d>\d{{1,2}}){_S}日"
    rf"(?:{_S}(?:星期|周)(?P<weekday>[一二三四五六日天]))?"
    rf"(?:{_S}第?{_S}(?P<page3>[A-Z]{{0,2}}\d{{1,2}}){_S}版)?"
    rf"(?:{_S}(?P<section>[{_HAN}·]{{2,8}}))?{_S}$")
#: A section label printed in the header (城事·民生, 评论·理论) or a bare page code (A05).
SECTION_LABEL = re.compile(rf"^[{_HAN}]{{2,4}}[·・][{_HAN}]{{2,4}}$")
PAGE_CODE = re.compile(r"^[A-Z]\d{2}$")
#: A page number with its section (7 理论, A3 要闻): furniture only next to a date header.
FOLIO_SECTION = re.compile(rf"^(?P<page>[A-Z]?\d{{1,2}}){_S}(?P<section>[{_HAN}]{{2,4}})$")
MASTHEAD = {
    "registration": re.compile(r"(报字第\s*\d+\s*号|CN\s?\d{2}-\d{4}|刊号|出版物号|邮发代号)"),
    "issue": re.compile(r"第\s*\d+\s*期"),
    "website": re.compile(r"(网址|https?://|www\.)"),
    "weekday": re.compile(r"^星期[一二三四五六日天]"),
    "frequency": re.compile(r"(每周|每日|逢[一二三四五六日、]+).{0,8}出版|今日\s*\d+\s*版"),
    "lunar_date": re.compile(r"^农历"),
    "address": re.compile(r"(地址|邮\s*编|热线|电话|传真)\s*[:：]"),
    "masthead": re.compile(r"^[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)+$"),
    "newspaper": re.compile(rf"^[{_HAN}]{{1,6}}(?:日报|晚报|报)$"),
}
NEWSPAPER = re.compile(rf"(?:^|[\s\u3000])(?P<name>[{_HAN}]{{1,6}}?(?:日报|晚报|报))(?:数字报|电子报|电子版|网址|社|$)")
PAGES_TODAY = re.compile(r"今日\s*(\d+)\s*版")
CONTINUATION = re.compile(
    rf"[（(]{_S}(?P<marker>(?P<dir>下转|上接|转|接)第?{_S}(?P<page>[A-Z]{{0,2}}\d{{1,2}}){_S}版)"
    rf"{_S}[)）]$")


def furniture_kind(text: str) -> Optional[str]:
    """``folio``, ``date`` or a masthead kind (``registration``, ``website``…) for a furniture line."""
    if FOLIO.search(text) and len(text) <= 30:
        return "folio"
    if DATE_HEADER.match(text):
        return "date"
    if SECTION_LABEL.match(text):
        return "section"
    if PAGE_CODE.match(text):
        return "folio"
    for kind, pattern in MASTHEAD.items():
        if pattern.search(text):
            return kind
    return None


def page_meta(lines: List[str]) -> Dict[str, Any]:
    """Page metadata read from the page's furniture lines (see docs/output-format.md)."""
    meta: Dict[str, Any] = {"newspaper": None, "date": None, "page": None, "section": None,
                            "editor": None}
    for text in lines:
        m = FOLIO.search(text)
        if m and len(text) <= 30:
            meta["page"] = meta["page"] or m.group("page") or m.group("page2")
            if m.group("editor"):
                meta["editor"] = meta["editor"] or m.group("editor")
            if m.group("section2"):
                meta["section"] = meta["section"] or m.group("section2")
            continue
        m = DATE_HEADER.match(text)
        if m:
            if not meta["date"]:
                meta["date"] = f"{int(m.group('y')):04d}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
            if m.group("weekday"):
                meta.setdefault("weekday", "星期" + m.group("weekday"))
            if m.group("section"):
                meta["section"] = meta["section"] or m.group("section")
            if m.group("page3"):
                meta["page"] = meta["page"] or m.group("page3")
            if m.group("paper"):
                meta["newspaper"] = meta["newspaper"] or m.group("paper")
            continue
        if SECTION_LABEL.match(text):
            meta["section"] = meta["section"] or text
            continue
        if PAGE_CODE.match(text):
            meta["page"] = meta["page"] or text
            continue
        m = FOLIO_SECTION.match(text)
        if m:
            meta["page"] = meta["page"] or m.group("page")
            meta["section"] = meta["section"] or m.group("section")
            continue
        m = NEWSPAPER.search(text)
        if m and not meta["newspaper"]:
            meta["newspaper"] = m.group("name")
        kind = furniture_kind(text)
        if kind == "weekday":
            meta.setdefault("weekday", text[:3])
            pages = PAGES_TODAY.search(text)
            if pages:
                meta["pages_today"] = int(pages.group(1))
        elif kind == "frequency" and PAGES_TODAY.search(text):
            meta["pages_today"] = int(PAGES_TODAY.search(text).group(1))
        if kind in ("registration", "issue", "website", "lunar_date", "address", "masthead", "frequency"):
            meta.setdefault(kind, text)
    return meta
