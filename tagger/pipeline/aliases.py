"""Short names a text defines for itself: 中国长城资产管理股份有限公司（以下简称“长城资产”）.

News writes an organization's or a place's full name once and gives the short name it goes
on to use in brackets after it (（简称国开行）, （以下简称“成都高新区”）). The short name is
then that entity wherever the text uses it, though nothing else says so: 长城资产 or 芜职院
are in no lexicon, and the model reads many of them as nothing or as a person.

:func:`defined_aliases` reads those definitions from the merge's flat layer: the short name
takes the label of the name directly before the brackets and is tagged there and at every
other mention, over whatever the model or the rules found inside it (成都 of 成都高新区, a
PERSON 儿基会). A short name that is only a kind of body (基金会 of 复旦管理学奖励基金会, 机构 of
国际原子能机构, a dictionary word) names nothing and is left alone; so are titles in book-title
marks (《规划纲要》), except a periodical's: 《光：科学与应用》（以下简称《光》） makes 《光》 the
journal wherever it stands in the marks.

A name given again in Latin script in brackets straight after it is the same entity and takes
its label: 苏帕蒂（Subodhi）, 威廉姆斯（haroldwilliams）, 首尔国际贸易会展中心（setec）, and so is
one in Latin script before brackets that hold a name: nfa（美国国家期货协会）
(:func:`glossed_names`), lower-case as some sources write it.
"""

from __future__ import annotations

import re
from typing import Dict, List, Sequence

from spacy.tokens import Doc, Span

from ..zh.words import is_common_word
from .extensions import set_span_attrs
from .textview import doc_text

#: Labels whose names a text gives a short form of.
ALIAS_LABELS = ("ORG", "LOC")
#: A definition straight after a name: （以下简称“X”）, （简称X）, （下称X）, with or without quotes.
ALIAS_DEFINITION = re.compile(
    r"[（(](?:以下|下文)?(?:简称|下称)[为：:]?[“\"「‘']?"
    r"(?P<alias>[^“”\"「」‘’'《》（）()，,。、；;：:\s]{2,12})[”\"」’']?[）)]")
#: A periodical's short title after its full one: 《光：科学与应用》（以下简称《光》）.
TITLED_ALIAS_DEFINITION = re.compile(
    r"》[（(](?:以下|下文)?(?:简称|下称)[为：:]?《(?P<alias>[^《》（）()，,。、\s]{1,12})》[）)]")
#: A name in Latin script: words of letters, an initial's full stop only before a space (John F.
#: Kennedy), not WE.PJ (a team's tag).
_LATIN_WORDS = r"[A-Za-z][A-Za-z'-]*(?:\.? [A-Za-z][A-Za-z'-]*)*"
#: A name in Latin script in brackets (a gloss of the name before them).
LATIN_GLOSS = re.compile(rf"[（(](?P<gloss>{_LATIN_WORDS})[）)]")
#: A name in Latin script straight before brackets that hold its Chinese name
#: (nfa（美国国家期货协会）, IMF（国际货币基金组织）).
LATIN_BEFORE_GLOSS = re.compile(rf"(?<![A-Za-z0-9.&'-]){_LATIN_WORDS}$")
#: Labels whose names a text glosses in Latin script.
GLOSSED_LABELS = ("PERSON", "ORG", "LOC")
#: Fewest letters of a person's gloss: shorter ones are roles or studios' tags (张三（CEO）,
#: 池磊（ovs）).
MIN_PERSON_GLOSS = 4
#: A short name this long or shorter that only repeats the full name's ending is a kind of
#: body (电厂 of 胡努特鲁电厂, 护理中心 of 富山市城区综合护理中心), not a name.
MAX_BARE_ENDING = 4
#: First characters of a short name that points rather than names (本公司, 该院, 我会, 甲方).
POINTING_STARTS = "本该我此其甲乙丙丁双各"


def is_bare_alias(alias: str, full: str) -> bool:
    """Whether ``alias`` names no entity of its own: a dictionary word, a pointing word
    (本公司, 甲方), a count (5省份和兵团) or the bare ending of ``full`` (基金会, 机构, 护理中心)."""
    return (is_common_word(alias) or alias[0].isdigit()
            or (len(alias) <= 3 and alias[0] in POINTING_STARTS)
            or (len(alias) <= MAX_BARE_ENDING and full.endswith(alias)))


def glossed_names(doc: Doc, flat: Sequence[Span]) -> List[Span]:
    """``flat`` with each name in Latin script that stands in brackets straight after a flat
    span tagged with that span's label (苏帕蒂（subodhi）: PERSON; 世界知识产权组织（WIPO）: ORG),
    and each one straight before brackets that hold nothing but a flat span (nfa（美国国家期货协会）),
    where no flat span holds any of it. A span of ``pattern`` source and category ``gloss``
    whose canonical form is the Chinese name; a person's role (张三（CEO）) is left
    (:data:`MIN_PERSON_GLOSS`)."""
    text = doc_text(doc)
    taken = [(s.start_char, s.end_char) for s in flat]
    added: List[Span] = []
    for name in flat:
        if name.label_ not in GLOSSED_LABELS:
            continue
        m = LATIN_GLOSS.match(text, name.end_char)
        if m is not None:
            start, end = m.span("gloss")
        elif name.start_char and text[name.start_char - 1] in "（(" \
                and text[name.end_char:name.end_char + 1] in ("）", ")"):
            m = LATIN_BEFORE_GLOSS.search(text, max(0, name.start_char - 41), name.start_char - 1)
            if m is None:
                continue
            start, end = m.span()
        else:
            continue
        if name.label_ == "PERSON" and end - start < MIN_PERSON_GLOSS:
            continue
        span = doc.char_span(start, end, label=name.label_)
        if span is not None and not any(a < end and start < b for a, b in taken):
            set_span_attrs(span, source="pattern", canonical=name.text, category="gloss")
            added.append(span)
            taken.append((start, end))
    return sorted(list(flat) + added, key=lambda s: (s.start_char, -s.end_char)) if added else list(flat)


def defined_aliases(doc: Doc, flat: Sequence[Span]) -> List[Span]:
    """``flat`` with the short names defined in ``doc`` (module docstring) tagged at their
    definitions and at every other mention.

    A mention replaces the flat spans inside it (成都 of 成都高新区, a PERSON 儿基会) and is
    skipped where a flat span runs across its edge. A new span is a ``pattern`` span of
    category ``alias`` whose canonical form is the full name.
    """
    text = doc_text(doc)
    by_end = {s.end_char: s for s in flat if s.label_ in ALIAS_LABELS}
    defined: Dict[str, Span] = {}
    for m in ALIAS_DEFINITION.finditer(text):
        full = by_end.get(m.start())
        alias = m.group("alias")
        if full is not None and alias != full.text and not is_bare_alias(alias, full.text):
            defined.setdefault(alias, full)
    periodicals = {s.text: s for s in reversed(flat) if s._.category == "periodical"}
    for m in TITLED_ALIAS_DEFINITION.finditer(text):  # the periodical named at any mention
        full = periodicals.get(text[text.rfind("《", 0, m.start()) + 1:m.start()])
        if full is not None and m.group("alias") != full.text:
            defined.setdefault(f"《{m.group('alias')}》", full)
    if not defined:
        return list(flat)
    kept = list(flat)
    for mention in sorted(defined, key=lambda a: (-len(a), a)):
        full = defined[mention]
        alias = mention.strip("《》")
        skip = (len(mention) - len(alias)) // 2
        pos = text.find(mention)
        while pos >= 0:
            pos, end = pos + skip, pos + skip + len(alias)
            inside = [s for s in kept if s.start_char < end and pos < s.end_char]
            span = doc.char_span(pos, end, label=full.label_)
            if span is not None and all(pos <= s.start_char and s.end_char <= end
                                        and s._.category != "alias" for s in inside):
                set_span_attrs(span, source="pattern", canonical=full.text, category="alias")
                kept = [s for s in kept if all(s is not i for i in inside)] + [span]
            pos = text.find(mention, end)
    return sorted(kept, key=lambda s: (s.start_char, -s.end_char))
