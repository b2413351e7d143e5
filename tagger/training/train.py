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
from typing import Any, Dict, List, Optional

from ..errors import Errors, TaggerError
from ..zh.labels import LABELS


def train_model(config: Path, output: Optional[Path], *, overrides: Optional[Dict[str, Any]] = None,
                use_gpu: int = -1) -> Optional[Path]:
    """Train from ``config`` into ``output`` (``model-best``/``model-last``); return model-best."""
    from spacy.cli.train import train

    if not Path(config).exists():
        raise TaggerError(Errors.E035.format(path=config))
    train(config, output, use_gpu=use_gpu, overrides=overrides or {})
    return Path(output) / "model-best" if output else None


def label_strings(nlp) -> List[str]:
    """The strings a tagging model needs: its components' labels.

    Features are hashed from the text at run time, so the saved string store only
    needs the labels; the character bigrams, words and tags that training left in the
    vocab are not saved (:func:`save_pruned_strings`), which keeps the model small.
    """
    keep = set(LABELS)
    for name in nlp.pipe_names:
        keep.update(getattr(nlp.get_pipe(name), "labels", ()) or ())
    return sorted(keep)


def save_pruned_strings(nlp, output: Path) -> int:
    """Replace the saved model's ``vocab/strings.json`` by :func:`label_strings` (public
    ``StringStore`` API only); returns the number of strings kept."""
    from spacy.strings import StringStore

    keep = label_strings(nlp)
    StringStore(keep).to_disk(Path(output) / "vocab" / "strings.json")
    return len(keep)


def assemble_model(config: Path, output: Path, *, overrides: Optional[Dict[str, Any]] = None,
                   meta: Optional[Dict[str, Any]] = None) -> Path:
    """Assemble and initialize the tagging pipeline of ``config``; save it to ``output``."""
    from spacy import util
    from spacy.training.initialize import get_sourced_components

    if not Path(config).exists():
        raise TaggerError(Errors.E035.format(path=config))
    cfg = util.load_config(config, overrides=overrides or {}, interpolate=False)
    nlp = util.load_model_from_config(cfg, auto_fill=True)
    sourced = get_sourced_components(cfg.interpolate())
    # add_pipe has linked the sourced tok2vec to its listeners; initialize only the rest
    with nlp.select_pipes(disable=[*sourced]):
        nlp.initialize()
    nlp.meta.update(meta or {})
    nlp.meta.setdefault("date", datetime.date.today().isoformat())
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    save_pruned_strings(nlp, output)
    return output
