"""The ``tagger_ner`` component: spaCy's entity recognizer with a faster greedy decoder.

The model, the transition system, training and serialization are spaCy's own
(:class:`spacy.pipeline.EntityRecognizer`); a model saved with the ``ner`` factory
and one saved with ``tagger_ner`` hold the same files and weights. Only greedy
decoding on CPU differs in how it runs, not in what it decides.

spaCy 3.8's compiled greedy loop releases the GIL and then, built with Cython 3,
takes it back in every state lookup made while checking which moves are valid
(``StateC.B_`` and friends acquire it for their exception checks). On one core that
hand-over costs about two thirds of the NER's time. :meth:`NewsEntityRecognizer.greedy_parse`
takes the same steps from Python while holding the GIL: per step the precomputed
hidden features of every unfinished state, the output layer, and spaCy's own
``transition_states`` (which validates the moves and applies the best one). Same
weights, same scores, same moves: the entities are those of spaCy's loop
(``tests/test_ner_decoder.py`` compares them), about three times as fast
(``benchmarks/bench_components.py``). Training (``update``), beam search and GPU
models take spaCy's path unchanged.

With ``clause_breaks`` (characters such as 。！？；，、) no entity runs over one of them: while
the NER decodes, each of them and the token after it begin a sentence, across which spaCy's
own transition system opens or continues no entity (a model span such as
光明食品集团合作发展特色农业。村党总支 cannot be formed). The marks are taken away again
after decoding, and training is left as it is.

Each step costs about the same however many states it advances, so fewer than
:data:`MIN_DOCS` docs take spaCy's loop, and :meth:`NewsEntityRecognizer.pipe`
parses a batch in as few groups as its token budget allows (spaCy's ``pipe`` parses
quarters of a batch): the docs sorted by length, up to :data:`GROUP_TOKENS` tokens a
group, which bounds the precomputed features a group holds (about 50 MB).
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, List, Optional

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.pipeline.ner import DEFAULT_NER_MODEL
from spacy.tokens import Doc
from spacy.util import minibatch
from thinc.api import CupyOps, Model


#: Tokens (characters) per group the greedy decoder parses together; a doc longer than
#: this is a group of its own.
GROUP_TOKENS = 32768

#: Fewer docs than this go to spaCy's compiled loop: its cost is per state and step, this
#: decoder's mostly per step (one process, 1,000-character articles, chars/s: 1 doc 43,500
#: against 17,800; 4 docs 52,600 against 50,700; 6 docs 54,300 against 67,400).
MIN_DOCS = 5


def mark_clause_breaks(doc: Doc, breaks: str) -> Optional[numpy.ndarray]:
    """Mark each token of ``breaks`` and the token after it as a sentence start where the doc
    has no sentence boundaries of its own (in one array write: a token's own setter reads the
    whole doc each time). Returns the sentence starts as they were, to put back, or None where
    nothing was marked."""
    if len(doc) < 2 or doc.has_annotation("SENT_START"):
        return None
    strings = doc.vocab.strings
    ids = numpy.array([strings.add(c) for c in breaks], dtype="uint64")
    orth, space = doc.to_array([ORTH, IS_SPACE]).T
    at = numpy.flatnonzero(numpy.isin(orth, ids))
    if "\n" in breaks:  # runs of line breaks and spaces are one token (\n\n)
        lines = [i for i in numpy.flatnonzero(space) if "\n" in doc[int(i)].text]
        at = numpy.union1d(at, numpy.array(lines, dtype=at.dtype))
    if not len(at):
        return None
    before = doc.to_array([SENT_START])
    starts = before.copy()
    starts[at] = 1
    starts[at[at + 1 < len(doc)] + 1] = 1
    doc.from_array([SENT_START], starts)
    return before


def length_groups(docs: List[Doc], max_tokens: int = GROUP_TOKENS) -> Iterator[List[Doc]]:
    """``docs`` sorted by length, in consecutive groups of at most ``max_tokens`` tokens."""
    group: List[Doc] = []
    tokens = 0
    for doc in sorted(docs, key=len):
        if group and tokens + len(doc) > max_tokens:
            yield group
            group, tokens = [], 0
        group.append(doc)
        tokens += len(doc)
    if group:
        yield group


class NewsEntityRecognizer(EntityRecognizer):
    """:class:`spacy.pipeline.EntityRecognizer` whose greedy decoding keeps the GIL and
    opens no entity across ``clause_breaks``."""

    clause_breaks: str = ""

    def predict(self, docs):
        if not self.clause_breaks:
            return super().predict(docs)
        saved = [mark_clause_breaks(doc, self.clause_breaks) for doc in docs]
        try:
            return super().predict(docs)
        finally:
            for doc, starts in zip(docs, saved):
                if starts is not None:
                    doc.from_array([SENT_START], starts)

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        """Docs in order, annotated; each batch of ``batch_size`` is parsed in
        :func:`length_groups`."""
        error_handler = self.get_error_handler()
        for batch in minibatch(docs, size=batch_size):
            batch = list(batch)
            try:
                for group in length_groups(batch):
                    self.set_annotations(group, self.predict(group))
                yield from batch
            except Exception as err:
                error_handler(self.name, self, batch, err)

    def greedy_parse(self, docs, drop: float = 0.0):
        if drop or isinstance(self.model.ops, CupyOps) or len(docs) < MIN_DOCS:
            return super().greedy_parse(docs, drop=drop)
        self._ensure_labels_are_added(docs)
        step_model = self.model.predict(docs)
        batch = self.moves.init_batch(docs)
        states = [state for state in batch if not state.is_final()]
        while states:
            states = self.transition_states(states, step_model.predict(states))
        step_model.clear_memory()
        return batch


@Language.factory(
    "tagger_ner",
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    default_config={
        "moves": None,
        "update_with_oracle_cut_size": 100,
        "model": DEFAULT_NER_MODEL,
        "incorrect_spans_key": None,
        "scorer": {"@scorers": "spacy.ner_scorer.v1"},
        "clause_breaks": "",
    },
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_ner(nlp: Language, name: str, model: Model, moves, update_with_oracle_cut_size: int,
             incorrect_spans_key: Optional[str], scorer: Optional[Callable],
             clause_breaks: str = "") -> NewsEntityRecognizer:
    """The ``ner`` factory's settings, building a :class:`NewsEntityRecognizer`; with
    ``clause_breaks``, characters no entity runs over."""
    ner = NewsEntityRecognizer(nlp.vocab, model, name=name, moves=moves,
                               update_with_oracle_cut_size=update_with_oracle_cut_size,
                               incorrect_spans_key=incorrect_spans_key, scorer=scorer)
    ner.clause_breaks = clause_breaks
    return ner
