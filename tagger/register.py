"""Import every module that registers spaCy factories, readers and extensions.

Imported by ``tagger/__init__.py`` and named in the package's ``spacy_factories``,
``spacy_misc`` and ``spacy_readers`` entry points, so ``spacy.load`` finds the
components after ``pip install`` without further imports.
"""

from .pipeline import extensions, gazetteer, keywords, merge, ner, patterns, slogans, word_features  # noqa: F401
from .training import corpus  # noqa: F401
