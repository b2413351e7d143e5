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
from typing import Any, Dict, List, Optional

from ..about import DEFAULT_MODEL
from ..errors import Errors, TaggerError

#: Models installed with the package (tagger/models/<name>).
MODELS_DIR = Path(__file__).resolve().parents[1] / "models"
#: The components of the statistical NER alone (word features, encoder, NER), as
#: ``--ner-only`` scoring and self-training select them.
NER_PIPES = ("tagger_word_features", "tok2vec", "ner")


@dataclass
class PipelineOptions:
    """Per-run settings: keyword settings become config overrides at ``spacy.load``
    (:func:`config_overrides`), user lexicons are added to the loaded pipeline's rule
    components (also in worker processes)."""

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


def config_overrides(options: PipelineOptions, pipe_names: List[str]) -> Dict[str, Any]:
    """The config overrides (dot notation) that ``options`` call for, for the components
    among ``pipe_names``: keyword method and top-k. Bad values raise before loading."""
    from ..keywords.extract import check_method, check_top_k

    check_method(options.keywords)
    check_top_k(options.top_k)
    overrides: Dict[str, Any] = {}
    if "tagger_keywords" in pipe_names:
        overrides["components.tagger_keywords.method"] = options.keywords
        overrides["components.tagger_keywords.top_k"] = options.top_k
    return overrides


def load_pipeline(options: Optional[PipelineOptions] = None):
    """Load the model (default: the shipped one) with ``options``: settings as config
    overrides at ``spacy.load``, then the user lexicons."""
    import spacy
    from spacy.util import load_config

    options = options or PipelineOptions()
    path = model_path(options)
    pipe_names = list(load_config(path / "config.cfg", interpolate=False)["nlp"]["pipeline"])
    nlp = spacy.load(path, config=config_overrides(options, pipe_names))
    for lexicon in options.lexicons:
        add_user_lexicon(nlp, lexicon)
    return nlp


def configure_pipeline(nlp, options: PipelineOptions) -> None:
    """Apply ``options`` to a pipeline loaded without them (prefer :func:`load_pipeline`,
    which passes the settings as config overrides)."""
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
    components (user entries win over the model), every word to the word-cutting
    components (:func:`tagger.zh.words.add_pipeline_words`) so that jieba keeps it whole.
    The file is read and validated once."""
    from ..lexicons import read_user_lexicon
    from ..zh.words import add_pipeline_words, user_lexicon_words
    from .lexicon_io import apply_user_lexicon

    records = read_user_lexicon(path)
    apply_user_lexicon(nlp, path, records=records)
    add_pipeline_words(nlp, user_lexicon_words(records))
