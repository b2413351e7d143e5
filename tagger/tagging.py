"""Run the whole job: read → repair → segment → spaCy pipeline → records.

``tag_inputs`` streams output records (articles, page records, error records) in
input order and counts what it did. With ``n_process > 1`` articles are tagged in
worker processes, each holding its own copy of the pipeline; memory stays flat
because work is submitted in bounded batches (two ahead of the writer).
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Deque, Dict, Iterable, Iterator, List, Optional, Tuple, Union

from . import interrupt
from .about import __version__
from .errors import Errors, InputError
from .offsets import OffsetMap, project_spans
from .pipeline import PipelineOptions, load_pipeline, model_meta
from .pipeline.script import model_text
from .pipeline.textview import make_doc
from .read import read_inputs
from .records import Article, Document
from .repair import Repaired, repair_text
from .segment import segment_page
from .segment.pdf import segment_pdf_page

#: Texts longer than this are tagged in pieces split at sentence ends. The piece size
#: bounds a process's memory whatever the article's length (4 pieces of 5,000
#: characters per batch: about 600 MB with the model; see docs/reliability.md).
MAX_CHUNK_CHARS = 5000
_SENTENCE_ENDS = "。！？!?；;\n"


@dataclass
class TagSummary:
    """Counts of one run, printed as the closing summary line."""

    documents: int = 0
    articles: int = 0
    pages: int = 0
    spans: int = 0
    errors: int = 0

    def line(self) -> str:
        return (f"{self.documents} documents, {self.articles} articles, {self.spans} spans, "
                f"{self.errors} errors")


@dataclass
class TagSettings:
    """How inputs become articles."""

    repair: bool = True
    segment: bool = True
    encoding: Optional[str] = None
    n_process: int = 1
    batch_size: int = 64
    simplify: bool = True


# ---------------------------------------------------------------------------------
# document -> articles


def document_articles(doc: Document, settings: TagSettings) -> List[Article]:
    """Repair and (for pages) segment one document into articles and page records."""
    if doc.layout is not None:  # a PDF page: articles come from its layout, no repair needed
        if settings.segment:
            return [a for a in segment_pdf_page(doc.layout) if _worth_writing(a)]
        return [Article(text=doc.text, offsets=OffsetMap.identity(len(doc.text)),
                        meta={"pdf_page": doc.meta.get("pdf_page")})]
    segment = doc.is_page and settings.segment
    if settings.repair:
        repaired = repair_text(doc.text)
    elif segment:  # segmentation needs joined lines, nothing else is changed
        repaired = repair_text(doc.text, undouble=False, despace=False)
    else:
        repaired = Repaired(doc.text, OffsetMap.identity(len(doc.text)))
    if segment:
        articles = segment_page(repaired, source=doc.source)
        kept = [a for a in articles if _worth_writing(a)]
        if not kept and doc.text.strip():  # a page is never lost: keep what segmentation found
            kept = ([a for a in articles if a.kind == "article"]
                    or [Article(text=repaired.text, offsets=repaired.offsets)])
        return kept
    return [Article(text=repaired.text, offsets=repaired.offsets, meta=dict(doc.meta))]


def _worth_writing(article: Article) -> bool:
    """Articles with text, and page records that hold furniture or page metadata."""
    if article.kind != "page":
        return bool(article.text.strip())
    return bool(article.text.strip()) or any(v for k, v in article.meta.items() if k != "source")


def article_id(doc: Document, index: int) -> str:
    """Stable ids: the JSONL record's own id, else ``path:line``; pages ``path#index``."""
    if not doc.is_page:
        return doc.id
    return f"{doc.id}#{index}"


# ---------------------------------------------------------------------------------
# tagging one text (runs in workers)


def split_text(text: str, max_chars: int = MAX_CHUNK_CHARS) -> List[Tuple[int, str]]:
    """``(offset, piece)`` pieces of at most ``max_chars``, cut after sentence ends if possible."""
    pieces = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start:start + max_chars]
        cut = max(window.rfind(ch) for ch in _SENTENCE_ENDS)
        end = start + (cut + 1 if cut > max_chars // 2 else max_chars)
        pieces.append((start, text[start:end]))
        start = end
    pieces.append((start, text[start:]))
    return pieces


def span_dict(span, offset: int = 0) -> Dict[str, Any]:
    """A spaCy span as an output span (raw offsets are added by :func:`build_record`)."""
    underscore = span._
    out: Dict[str, Any] = {"start": span.start_char + offset, "end": span.end_char + offset,
                           "label": span.label_, "text": span.text,
                           "source": underscore.source or "model"}
    for name in ("canonical", "category", "expansion"):
        value = getattr(underscore, name)
        if value:
            out[name] = list(value) if name == "expansion" else value
    if out["label"] == "SLOGAN":  # the schema promises both on every slogan
        out.setdefault("canonical", span.text)
        out.setdefault("category", "slogan")
    return out


#: Docs per batch of the transition-based NER: its greedy parse steps through a batch's
#: docs together (in groups bounded by tokens, :func:`tagger.pipeline.ner.length_groups`),
#: so bigger batches than the CNN's four cost less per character (``tagger_ner`` on 192
#: articles of ~1,000 characters: 52,500 chars/s in batches of 4, 155,000 in batches of 64).
NER_BATCH_SIZE = 256


def _component_batches(nlp, n_docs: int) -> Dict[str, Dict[str, int]]:
    """``component_cfg`` for ``nlp.pipe``: the NER takes all docs of the call at once, up to
    :data:`NER_BATCH_SIZE`."""
    return {"ner": {"batch_size": max(1, min(n_docs, NER_BATCH_SIZE))}} if "ner" in nlp.pipe_names else {}


def tag_text(nlp, text: str) -> Dict[str, Any]:
    """Spans, nested spans and keywords of one article text."""
    return tag_texts(nlp, [text])[0]


def tag_texts(nlp, texts: List[str], *, batch_size: int = 4,
              simplify: bool = True) -> List[Dict[str, Any]]:
    """:func:`tag_text` for many texts, batched through ``nlp.pipe``.

    Small batches suit the CNN on CPU (measured: 4 docs of ~1,000 characters tag
    faster than 16 or 64); the NER takes bigger ones (:data:`NER_BATCH_SIZE`). Texts longer
    than :data:`MAX_CHUNK_CHARS` are tagged in pieces whose spans are shifted back and whose
    keyword weights are averaged. With
    ``simplify``, mostly traditional texts are tagged on a same-length simplified copy
    (:func:`tagger.pipeline.script.model_text`) and spans keep the original text.
    """
    seen = [model_text(t) if simplify else t for t in texts]
    pieces = [(index, offset, piece) for index, text in enumerate(seen)
              for offset, piece in split_text(text)]
    results = [{"spans": [], "nested": [], "keywords": {}} for _ in texts]
    n_pieces = [0] * len(texts)
    docs = nlp.pipe((make_doc(nlp, piece) for _, _, piece in pieces), batch_size=batch_size,
                    component_cfg=_component_batches(nlp, len(pieces)))
    for (index, offset, _), doc in zip(pieces, docs):
        result = results[index]
        n_pieces[index] += 1
        result["spans"].extend(span_dict(s, offset) for s in doc.ents)
        result["nested"].extend(span_dict(s, offset) for s in doc.spans.get("nested", []))
        for kw in getattr(doc._, "keywords", None) or []:
            key = (kw["text"], kw.get("kind", "word"))
            result["keywords"][key] = result["keywords"].get(key, 0.0) + float(kw["weight"])
    for index, (text, shown) in enumerate(zip(texts, seen)):
        if shown is not text:
            for span in results[index]["spans"] + results[index]["nested"]:
                span["text"] = text[span["start"]:span["end"]]
    top_k = _top_k(nlp)
    for result, n in zip(results, n_pieces):
        ranked = sorted(result["keywords"].items(), key=lambda kv: (-kv[1], kv[0]))
        result["keywords"] = [{"text": t, "weight": round(w / max(n, 1), 6), "kind": k}
                              for (t, k), w in ranked[:top_k]]
    return results


def _top_k(nlp) -> int:
    if "tagger_keywords" in nlp.pipe_names:
        return int(getattr(nlp.get_pipe("tagger_keywords"), "top_k", 10))
    return 10


_WORKER_NLP = None
_WORKER_SIMPLIFY = True


def _init_worker(options: PipelineOptions, simplify: bool) -> None:
    global _WORKER_NLP, _WORKER_SIMPLIFY
    # Ctrl-C reaches the whole process group: the main process stops the pool, and the
    # workers stay quiet instead of each printing a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the pool stops its workers with SIGTERM
    _WORKER_NLP = load_pipeline(options)
    _WORKER_SIMPLIFY = simplify
    gc.freeze()  # the worker lives as long as the run: see _frozen_gc


@contextmanager
def _frozen_gc():
    """Keep the objects that exist now (the loaded pipeline, its dictionaries) out of the
    garbage collector's passes while tagging, and give them back afterwards.

    Full collections otherwise walk the whole model again and again (measured: about 3 %
    of tagging time).
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _tag_in_worker(texts: List[str]) -> List[Dict[str, Any]]:
    return tag_texts_safely(_WORKER_NLP, texts, simplify=_WORKER_SIMPLIFY)


def tag_texts_safely(nlp, texts: List[str], *, simplify: bool = True) -> List[Dict[str, Any]]:
    """:func:`tag_texts`, but a text the pipeline fails on gets ``{"error": reason}`` as its
    result (written as an error record, E034) instead of ending the run: the batch is
    tagged again text by text to find it."""
    try:
        return tag_texts(nlp, texts, simplify=simplify)
    except Exception as err:  # a pipeline bug on one text must not lose the others
        if len(texts) == 1:
            return [{"error": f"{type(err).__name__}: {err}"}]
        return [tag_texts_safely(nlp, [text], simplify=simplify)[0] for text in texts]


def _submit_to_pool(pool, texts: List[str], n_process: int) -> Callable[[], List[Dict[str, Any]]]:
    """Start tagging ``texts`` in the pool (contiguous chunks, order kept); return a getter."""
    size = max(1, -(-len(texts) // (n_process * 2)))
    chunks = [texts[i:i + size] for i in range(0, len(texts), size)]
    pending = pool.map_async(_tag_in_worker, chunks)
    return lambda: [result for chunk in pending.get() for result in chunk]


# ---------------------------------------------------------------------------------
# the run


def model_info(meta: Dict[str, Any]) -> Dict[str, str]:
    """The ``tagger`` field of every record: package version and model name-version."""
    return {"version": __version__, "model": f"{meta.get('name', 'unknown')}-{meta.get('version', '0')}"}


def build_record(doc: Document, article: Article, index: int,
                 tagged: Optional[Dict[str, Any]], info: Dict[str, str]) -> Dict[str, Any]:
    """The output record of one article or page (see docs/output-format.md)."""
    meta: Dict[str, Any] = {"source": doc.source, "line": doc.line, "index": index}
    meta.update(doc.meta if not doc.is_page else {})
    meta.update(article.meta)
    if len(article.offsets):
        meta["raw_start"], meta["raw_end"] = article.offsets.to_raw(0, len(article.offsets))
    else:
        meta["raw_start"] = meta["raw_end"] = 0
    tagged = tagged or {"spans": [], "nested": [], "keywords": []}
    project_spans(tagged["spans"] + tagged["nested"], article.offsets)
    return {"id": article_id(doc, index), "kind": article.kind, "text": article.text,
            "meta": meta, "spans": tagged["spans"], "nested": tagged["nested"],
            "keywords": tagged["keywords"], "tagger": info}


def tag_inputs(inputs: Iterable[str], *, options: Optional[PipelineOptions] = None,
               settings: Optional[TagSettings] = None, summary: Optional[TagSummary] = None,
               nlp=None) -> Iterator[Dict[str, Any]]:
    """Output records for all inputs, in input order; ``summary`` is filled as it goes."""
    settings = settings or TagSettings()
    items = read_inputs(inputs, encoding=settings.encoding)
    yield from tag_documents(items, options=options, settings=settings, summary=summary, nlp=nlp)


def tag_documents(items: Iterable[Union[Document, InputError]], *,
                  options: Optional[PipelineOptions] = None,
                  settings: Optional[TagSettings] = None, summary: Optional[TagSummary] = None,
                  nlp=None) -> Iterator[Dict[str, Any]]:
    """Output records for documents already read (and input errors, passed through)."""
    options = options or PipelineOptions()
    settings = settings or TagSettings()
    summary = summary if summary is not None else TagSummary()
    if settings.n_process > 1:
        # Workers load the model; the main process only checks that it is there.
        info = model_info(nlp.meta if nlp is not None else model_meta(options))
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(settings.n_process, initializer=_init_worker,
                      initargs=(options, settings.simplify)) as pool:
            # Two batches stay in flight, so workers tag the next batch while this
            # process reads, repairs and writes, and no batch waits on its slowest chunk.
            yield from _run(items, lambda texts: _submit_to_pool(pool, texts, settings.n_process),
                            settings, summary, info, in_flight=2)
    else:
        yield from tag_documents_here(items, nlp or load_pipeline(options), settings=settings,
                                      summary=summary)


def tag_documents_here(items: Iterable[Union[Document, InputError]], nlp, *,
                       settings: Optional[TagSettings] = None,
                       summary: Optional[TagSummary] = None) -> Iterator[Dict[str, Any]]:
    """Output records of documents already read (and read errors), tagged in this process
    with the loaded pipeline ``nlp``, in order; ``summary`` is filled as it goes."""
    settings = settings or TagSettings()
    summary = summary if summary is not None else TagSummary()
    info = model_info(nlp.meta)

    def tag_now(texts: List[str]) -> Callable[[], List[Dict[str, Any]]]:
        results = tag_texts_safely(nlp, texts, simplify=settings.simplify)
        return lambda: results

    with _frozen_gc():
        yield from _run(items, tag_now, settings, summary, info, in_flight=0)


Entry = Union[Tuple[Document, Article, int], InputError]


def _run(items, submit: Callable[[List[str]], Callable[[], List[Dict[str, Any]]]],
         settings: TagSettings, summary: TagSummary, info: Dict[str, str], *,
         in_flight: int) -> Iterator[Dict[str, Any]]:
    """Records in input order; batches of articles go to ``submit``, which returns a
    getter of their results; up to ``in_flight`` batches are tagged ahead of the writer."""
    pending: Deque[Tuple[List[Entry], Callable[[], List[Dict[str, Any]]]]] = deque()
    batch: List[Entry] = []

    def send() -> None:
        texts = [e[1].text for e in batch if not isinstance(e, InputError) and e[1].kind == "article"]
        pending.append((list(batch), submit(texts) if texts else list))
        batch.clear()

    def records(entries: List[Entry], results_of: Callable[[], List[Dict[str, Any]]]
                ) -> Iterator[Dict[str, Any]]:
        results = iter(results_of())
        for entry in entries:
            if isinstance(entry, InputError):
                yield entry.to_record()
                continue
            doc, article, index = entry
            tagged = next(results) if article.kind == "article" else None
            if tagged is not None and "error" in tagged:
                where = doc.source + (f" line {doc.line}" if doc.line else "")
                summary.errors += 1
                yield InputError(Errors.E034.format(where=where, id=article_id(doc, index),
                                                    reason=tagged["error"]),
                                 path=doc.source, line=doc.line).to_record()
                continue
            record = build_record(doc, article, index, tagged, info)
            if article.kind == "article":
                summary.articles += 1
                summary.spans += len(record["spans"])
            else:
                summary.pages += 1
            yield record

    for item in items:
        interrupt.check()  # a stop whose exception Python swallowed
        if not isinstance(item, InputError):
            summary.documents += 1
            try:
                articles = document_articles(item, settings)
            except Exception as err:  # a repair/segment bug must not lose the document
                where = item.source + (f" line {item.line}" if item.line else "")
                item = InputError(Errors.E020.format(where=where, reason=repr(err)),
                                  path=item.source, line=item.line)
        if isinstance(item, InputError):
            summary.errors += 1
            batch.append(item)
        else:
            batch.extend((item, article, index) for index, article in enumerate(articles))
        if len(batch) >= settings.batch_size:
            send()
            while len(pending) > in_flight:
                yield from records(*pending.popleft())
    if batch:
        send()
    while pending:
        yield from records(*pending.popleft())
