"""The project's Chinese vocabulary and resources, defined once for every stage.

Like spaCy's ``spacy/lang/<code>/``, this package owns the language knowledge that the
stages share: entity labels and span provenances with their ranks (:mod:`.labels`),
character classes (:mod:`.chars`), byline role words (:mod:`.roles`), place and
organization suffixes read from ``tagger/data/lexicons`` (:mod:`.suffixes`) and the jieba
dictionary service that every word-cutting component builds on (:mod:`.words`).
Repair, segment, the pipeline components and keywords import from here; none keeps a
copy of its own. It imports nothing from the stages.
"""
