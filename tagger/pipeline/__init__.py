"""The spaCy pipeline: loading the shipped model and configuring it for one run.

Components (each a class with a registered factory, configured in configs/*.cfg):

* ``tagger_word_features`` — jieba word position/POS features on character tokens;
* ``tok2vec`` + ``ner`` — the trained PERSON/ORG/LOC model;
* ``tagger_slogans`` — SLOGAN lexicon and pattern rules (``doc.spans["slogans"]``);
* ``tagger_gazetteer`` — places, organizations, people, suffix/title rules;
* ``tagger_merge`` — the one merge policy that builds the flat layer ``doc.ents``;
* ``tagger_keywords`` — TF-IDF / TextRank keywords (``doc._.keywords``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

from ..about import DEFAULT_MODEL
from ..errors import Errors, TaggerError

#: Models installed with the package (tagger/models/<name>).
MODELS_DIR = Path(__file__).resolve().parents[1] / "models"


@dataclass
class PipelineOptions:
    """Per-run settings applied to a loaded pipeline (also in worker processes)."""

    model: Optional[str] = None
    keywords: str = "tfidf"
    top_k: int = 10
    lexicons: List[str] = field(default_factory=list)


def default_model_path() -> Path:
    """The model installed with the package (``tagger/models/zh_news_tagger``)."""
    return MODELS_DIR / DEFAULT_MODEL


def model_path(options: Optional[PipelineOptions] = None) -> Path:
    """The model directory ``options`` name (default: the shipped one); E010 if missing."""
    options = options or PipelineOptions()
    path = Path(options.model) if options.model else default_model_path()
    if not (path / "config.cfg").exists():
        raise TaggerError(Errors.E010.format(path=path, name=DEFAULT_MODEL))
    return path


def model_meta(options: Optional[PipelineOptions] = None) -> dict:
    """The model's meta.json, without loading the model."""
    import srsly

    meta_path = model_path(options) / "meta.json"
    return dict(srsly.read_json(meta_path)) if meta_path.exists() else {}


def load_pipeline(options: Optional[PipelineOptions] = None):
    """Load the model (default: the shipped one) and apply ``options``."""
    import spacy

    options = options or PipelineOptions()
    nlp = spacy.load(model_path(options))
    configure_pipeline(nlp, options)
    return nlp


def configure_pipeline(nlp, options: PipelineOptions) -> None:
    """Set keyword method/top-k and add user lexicons to the rule components."""
    from ..keywords.extract import check_method, check_top_k

    check_method(options.keywords)
    check_top_k(options.top_k)
    if "tagger_keywords" in nlp.pipe_names:
        keywords = nlp.get_pipe("tagger_keywords")
        keywords.method = options.keywords
        keywords.top_k = options.top_k
    for path in options.lexicons:
        add_user_lexicon(nlp, path)


def add_user_lexicon(nlp, path: str) -> None:
    """Add a user dictionary to this pipeline only: names and slogans to the rule
    components (user entries win over the model), every word to the word-feature
    segmenter so that jieba keeps it whole."""
    from ..lexicons import read_user_lexicon
    from .lexicon_io import apply_user_lexicon

    apply_user_lexicon(nlp, path)
    words = {e.get("text") or e.get("canonical"): e.get("pos") or "" for e in read_user_lexicon(path)}
    if "tagger_word_features" in nlp.pipe_names:
        nlp.get_pipe("tagger_word_features").add_words({w: p for w, p in words.items() if w})
    if "tagger_keywords" in nlp.pipe_names:
        nlp.get_pipe("tagger_keywords").add_words([w for w in words if w])
