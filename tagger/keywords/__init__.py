"""Keywords: an IDF table built from news text, and phrase-aware TF-IDF/TextRank extraction."""

from .extract import (DEFAULT_ALLOW_POS, KINDS, METHODS, EntityMention, Keyword,
                      KeywordExtractor, is_content_text, is_number, norm_key)
from .resources import (DEFAULT_IDF_PATH, DEFAULT_STOPWORDS_PATH, IdfTable, load_idf,
                        load_stopwords)
from ..zh.words import WordCutter, pipeline_lexicon_words
from .wordlists import read_lexicon_words
from .textrank import textrank_scores

__all__ = [
    "DEFAULT_ALLOW_POS", "DEFAULT_IDF_PATH", "DEFAULT_STOPWORDS_PATH", "EntityMention",
    "IdfTable", "KINDS", "Keyword", "KeywordExtractor", "METHODS", "WordCutter",
    "is_content_text", "is_number", "load_idf", "load_stopwords", "norm_key",
    "pipeline_lexicon_words", "read_lexicon_words", "textrank_scores",
]
