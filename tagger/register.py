"""Import every module that registers spaCy factories, readers and extensions.

Imported by ``tagger.pipeline.load_pipeline`` and named in the package's
``spacy_factories``/``spacy_readers`` entry points, so ``spacy.load`` finds the
components after ``pip install`` without further imports.
"""

from .pipeline import word_features  # noqa: F401
from .training import corpus  # noqa: F401
