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
import marshal
import os
import tempfile
import threading
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, Optional, Tuple

_LOCK = threading.Lock()

# (word, frequency or None for jieba's suggestion, POS tag or None)
Entry = Tuple[str, Optional[int], Optional[str]]


@lru_cache(maxsize=1)
def base_dictionary() -> Tuple[Dict[str, int], int, Dict[str, str]]:
    """jieba's prefix-frequency table, its total, and the word → POS table (read once)."""
    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    with _LOCK:
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()  # jieba caches this table in the temp folder itself
        tags = _word_tags(tokenizer)
    return tokenizer.FREQ, tokenizer.total, tags


def _word_tags(tokenizer) -> Dict[str, str]:
    """jieba's word → POS table, cached in the temp folder as jieba caches its own table.

    Parsing the dictionary's text takes about a second per process; the marshalled
    table loads in a fraction of that. The cache is keyed by the dictionary file's
    path, size and time, and written atomically; any failure falls back to parsing.
    """
    import jieba.posseg

    dict_path = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME \
        if tokenizer.dictionary == jieba.DEFAULT_DICT else Path(tokenizer.dictionary)
    try:
        stat = dict_path.stat()
        key = f"{dict_path}:{stat.st_size}:{stat.st_mtime_ns}"
        cache = Path(tempfile.gettempdir()) / f"tagger-jieba-tags-{zlib.crc32(key.encode()):08x}.marshal"
        if cache.exists():
            return marshal.loads(cache.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        cache = None
    tags = jieba.posseg.POSTokenizer(tokenizer).word_tag_tab
    if cache is not None:
        try:
            with tempfile.NamedTemporaryFile(dir=cache.parent, delete=False) as tmp:
                tmp.write(marshal.dumps(tags))
            os.replace(tmp.name, cache)
        except OSError:
            pass
    return tags


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
