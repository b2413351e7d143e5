"""Train the NER model with spaCy's own training loop, and assemble the shipped model.

``train_model`` runs ``spacy train`` on a config from configs/ (readers and
components of this package are registered on import). ``assemble_model`` builds
the full tagging pipeline from configs/tagger.cfg: it sources the trained
``tok2vec``/``ner`` and initializes the rule, merge and keyword components, whose
data (lexicons, IDF table) is read once here and saved inside the model.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any, Dict, Optional

from ..errors import Errors, TaggerError


def train_model(config: Path, output: Optional[Path], *, overrides: Optional[Dict[str, Any]] = None,
                use_gpu: int = -1) -> Optional[Path]:
    """Train from ``config`` into ``output`` (``model-best``/``model-last``); return model-best."""
    from spacy.cli.train import train


    if not Path(config).exists():
        raise TaggerError(Errors.E023.format(path=config))
    train(config, output, use_gpu=use_gpu, overrides=overrides or {})
    return Path(output) / "model-best" if output else None


def prune_strings(nlp) -> int:
    """Drop the strings training left in the vocab (character bigrams, words, tags).

    Features are hashed from the text at run time, so the saved string store only
    needs the labels; this keeps the model directory small. Returns strings kept.
    """
    keep = set()
    for name in nlp.pipe_names:
        keep.update(getattr(nlp.get_pipe(name), "labels", ()) or ())
    keep.update(("PERSON", "ORG", "LOC", "SLOGAN"))
    nlp.vocab.strings._reset_and_load(sorted(keep))
    return len(keep)


def assemble_model(config: Path, output: Path, *, overrides: Optional[Dict[str, Any]] = None,
                   meta: Optional[Dict[str, Any]] = None) -> Path:
    """Assemble and initialize the tagging pipeline of ``config``; save it to ``output``."""
    from spacy import util
    from spacy.training.initialize import get_sourced_components


    if not Path(config).exists():
        raise TaggerError(Errors.E023.format(path=config))
    cfg = util.load_config(config, overrides=overrides or {}, interpolate=False)
    nlp = util.load_model_from_config(cfg, auto_fill=True)
    sourced = get_sourced_components(cfg.interpolate())
    nlp._link_components()
    with nlp.select_pipes(disable=[*sourced]):
        nlp.initialize()
    prune_strings(nlp)
    nlp.meta.update(meta or {})
    nlp.meta.setdefault("date", datetime.date.today().isoformat())
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    return output
