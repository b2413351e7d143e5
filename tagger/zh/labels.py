"""Entity labels and span provenances, with the ranks the merge policy breaks ties by."""

from __future__ import annotations

from typing import Dict, Tuple

SLOGAN_LABEL = "SLOGAN"
ENT_LABELS: Tuple[str, ...] = ("PERSON", "ORG", "LOC")
"""Labels of names (the NER's labels, and the gazetteers')."""
LABELS: Tuple[str, ...] = (SLOGAN_LABEL, "ORG", "LOC", "PERSON")
"""All output labels, in rank order."""
ANNOTATION_LABELS: Tuple[str, ...] = (*ENT_LABELS, SLOGAN_LABEL)
"""All output labels in the order annotation tools show them: PERSON, ORG, LOC, SLOGAN."""
LABEL_RANK: Dict[str, int] = {label: rank for rank, label in enumerate(LABELS)}
"""Tie-break order of labels: SLOGAN before ORG before LOC before PERSON."""

PROVENANCES: Tuple[str, ...] = ("model", "lexicon", "pattern", "user")
"""Where a span came from (``Span._.source``, the output's span ``source``), from weakest
to strongest: the trained NER, a packaged lexicon, a pattern rule, the user's lexicon.
Not to be confused with a record's input ``source`` (the file it was read from)."""
PROVENANCE_RANK: Dict[str, int] = {"user": 0, "lexicon": 1, "pattern": 2, "model": 3}
"""Tie-break order of provenances (lower first): user, lexicon, pattern, model."""
RULE_PROVENANCES: Tuple[str, ...] = ("user", "lexicon", "pattern")
"""Provenances of rule spans (everything but the model)."""


def provenance_rank(provenance: str) -> int:
    """The rank of a provenance (unknown ones last)."""
    return PROVENANCE_RANK.get(provenance, len(PROVENANCE_RANK))


def label_rank(label: str) -> int:
    """The rank of a label (unknown ones last)."""
    return LABEL_RANK.get(label, len(LABEL_RANK))

JIEBA_TAG_LABELS: Dict[str, str] = {"nr": "PERSON", "nrfg": "PERSON", "nrt": "PERSON", "ns": "LOC",
                                    "nt": "ORG", "slogan": SLOGAN_LABEL}
"""jieba part-of-speech tags that name an entity (a user dictionary's ``word freq tag``);
any other tag is a plain word."""
LABEL_JIEBA_TAGS: Dict[str, str] = {"PERSON": "nr", "ORG": "nt", "LOC": "ns"}
"""The jieba tag a name of each label gets in a jieba dictionary (习近平 nr, 巴斯夫 nt)."""
