"""Private jieba tokenizers over one shared copy of jieba's dictionary.

Three components segment with jieba (word features, the gazetteer's suffix check,
keywords), each with its own extra words, so none may use jieba's global dictionary.
Building a ``jieba.Tokenizer`` and a ``jieba.posseg.POSTokenizer`` from scratch reads the
dictionary twice (about two seconds and 100 MB each time). Here the dictionary is read
once per process; a tokenizer without extra words uses it as is, and one with extra words
gets its own copies of the two tables (a dictionary copy, tens of milliseconds).
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache
from typing import Dict, Iterable, Optional, Tuple

_LOCK = threading.Lock()

# (word, frequency or None for jieba's suggestion, POS tag or None)
Entry = Tuple[str, Optional[int], Optional[str]]


@lru_cache(maxsize=1)
def base_dictionary() -> Tuple[Dict[str, int], int, Dict[str, str]]:
    """jieba's prefix-frequency table, its total, and the word → POS table (read once)."""
    import jieba
    import jieba.posseg

    logging.getLogger("jieba").setLevel(logging.WARNING)
    with _LOCK:
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        tags = jieba.posseg.POSTokenizer(tokenizer).word_tag_tab
    return tokenizer.FREQ, tokenizer.total, tags


def pos_tokenizer(entries: Iterable[Entry] = ()):
    """A ``jieba.posseg.POSTokenizer`` with ``entries`` added, private to the caller.

    Entries with a space are skipped: jieba splits at spaces whatever its dictionary says.
    """
    import jieba
    import jieba.posseg

    freq, total, tags = base_dictionary()
    entries = [e for e in entries if e[0] and " " not in e[0]]
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ = dict(freq) if entries else freq
    tokenizer.total = total
    tokenizer.initialized = True
    posseg = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    posseg.tokenizer = tokenizer
    posseg.word_tag_tab = dict(tags) if entries else tags
    for word, word_freq, tag in entries:
        tokenizer.add_word(word, freq=word_freq, tag=tag or None)
        if tag:
            posseg.word_tag_tab[word] = tag
    tokenizer.user_word_tag_tab = {}
    return posseg
