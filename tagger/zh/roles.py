"""Byline role words: who wrote, reported or photographed an article (记者 樊国庆).

One table for every stage: repair (which joins and undoubles byline lines), page
segmentation (which reads bylines into article meta) and the gazetteer's byline rule
(names after a role word are people).
"""

from __future__ import annotations

import re
from typing import Dict, Iterable, Tuple

from .chars import HAN

BYLINE_ROLES: Dict[str, str] = {
    "见习记者": "reporters", "特约记者": "reporters", "实习记者": "reporters",
    "首席记者": "reporters", "本报记者": "reporters", "融媒体记者": "reporters",
    "摄影记者": "reporters", "记者": "reporters",
    "特约通讯员": "correspondents", "通讯员": "correspondents",
    "实习生": "interns", "摄影": "photographers",
}
"""Role words that introduce names in a byline, and the article meta key of those names."""
SHORT_CREDITS: Dict[str, str] = {"图": "photographers", "文": "authors", "作者": "authors",
                                 "撰稿": "authors"}
"""Credit words read only inside a byline: too common to start one (图, 文)."""
BYLINE_MARKS: Dict[str, str] = {"□": "authors", "◇": "authors"}
"""Marks that stand for an author's name in a byline (□李金龙)."""
EDITOR_ROLES: Tuple[str, ...] = ("责任编辑",)
"""Role words of page furniture (an editor's name follows them)."""

PADDED_NAME_PAIR = re.compile(f"(?<![{HAN}])[{HAN}] [{HAN}](?![{HAN}])")
"""A two-character name set with a space between its characters, as bylines set short names
to the width of longer ones (（本报记者 常 钦））."""

REPORT_ENDINGS: Tuple[str, ...] = ("报道",)
"""Endings of the words after a reporter's name that say where or how the report was made
(本报记者 公培佳 北京报道, 综合报道): never a name."""

ALL_ROLES: Dict[str, str] = {**BYLINE_ROLES, **SHORT_CREDITS, **BYLINE_MARKS}
"""Every byline role and mark, with its meta key."""


def role_pattern(roles: Iterable[str]) -> str:
    """A regex alternation of ``roles``, longest first (so 见习记者 is not read as 记者)."""
    return "|".join(sorted((re.escape(r) for r in dict.fromkeys(roles)), key=len, reverse=True))
