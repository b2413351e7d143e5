"""NER feature ablation: train each variant of configs/ner.cfg for the same number of
steps and report the best dev F1 (People's Daily dev).

    python benchmarks/ner_ablation.py --steps 5000 --out training/ablation

Variants, each adding to the one before: characters only; + character bigrams; + jieba
word position/POS (joint HMM) and word; POS looked up in the dictionary instead; + the
lattice of dictionary words; + gazetteer names in the dictionary; + CLUENER names and
organizations in the training data. These use spaCy's default encoder (four CNN layers
of three-piece maxout); the last two variants change the encoder of the gazetteer-names
variant: two pieces, then a fifth layer (= configs/ner.cfg). Results go to
``<out>/ablation.json`` and stdout.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

WORD_ATTRS = ["ORTH", "NORM", "SHAPE", "TAG", "LEMMA"]
WORD_ROWS = [5000, 15000, 100, 1000, 15000]
NO_LEXICON = {"initialize.components.tagger_word_features": {"words": None}}
#: spaCy's default encoder shape, which the feature variants were measured with.
FOUR_LAYERS_THREE_PIECES = {"components.tok2vec.model.encode.depth": 4,
                            "components.tok2vec.model.encode.maxout_pieces": 3}
NO_LATTICE = {"components.tagger_word_features.lattice": False,
              "components.tok2vec.model.embed.attrs": WORD_ATTRS,
              "components.tok2vec.model.embed.rows": WORD_ROWS, **NO_LEXICON}

VARIANTS = {
    "chars (ORTH+SHAPE)": {
        "nlp.pipeline": ["tok2vec", "ner"],
        "training.annotating_components": [],
        "components.tok2vec.model.embed.attrs": ["ORTH", "SHAPE"],
        "components.tok2vec.model.embed.rows": [5000, 100],
        **NO_LEXICON, **FOUR_LAYERS_THREE_PIECES,
    },
    "+ bigrams (NORM)": {
        "nlp.pipeline": ["tok2vec", "ner"],
        "training.annotating_components": [],
        "components.tok2vec.model.embed.attrs": ["ORTH", "NORM", "SHAPE"],
        "components.tok2vec.model.embed.rows": [5000, 15000, 100],
        **NO_LEXICON, **FOUR_LAYERS_THREE_PIECES,
    },
    "+ jieba word/POS, joint HMM (TAG, LEMMA)": {
        "components.tagger_word_features.pos": "viterbi", **NO_LATTICE, **FOUR_LAYERS_THREE_PIECES,
    },
    "POS by dictionary lookup": {**NO_LATTICE, **FOUR_LAYERS_THREE_PIECES},
    "+ lattice of dictionary words (MORPH)": {**NO_LEXICON, **FOUR_LAYERS_THREE_PIECES},
    "+ gazetteer names in the dictionary": {**FOUR_LAYERS_THREE_PIECES},
    "+ CLUENER names/organizations in training": {
        "paths.train": "../shared/corpora/msra/train.bio,../shared/corpora/cluener/train.jsonl",
        **FOUR_LAYERS_THREE_PIECES,
    },
    "gazetteer names, CNN with 2 maxout pieces": {"components.tok2vec.model.encode.depth": 4},
    "+ a fifth CNN layer: configs/ner.cfg": {},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default="configs/ner.cfg")
    parser.add_argument("--steps", type=int, default=5000)
    parser.add_argument("--out", default="training/ablation")
    parser.add_argument("--only", default=None, help="run only the variant whose name contains this")
    parser.add_argument("--limit", type=int, default=0, help="training sentences (0: all)")
    args = parser.parse_args()

    from spacy.cli.train import train

    from tagger import register  # noqa: F401

    out = Path(args.out)
    results = {}
    results_path = out / "ablation.json"
    if results_path.exists():
        results = json.loads(results_path.read_text())
    for i, (name, overrides) in enumerate(VARIANTS.items()):
        if args.only and args.only not in name:
            continue
        run_dir = out / f"variant{i}"
        config = {"training.max_steps": args.steps, "training.eval_frequency": min(1000, args.steps),
                  "corpora.train.limit": args.limit, "corpora.dev.limit": args.limit, **overrides}
        train(args.config, run_dir, overrides=config)
        meta = json.loads((run_dir / "model-best" / "meta.json").read_text())
        perf = meta.get("performance", {})
        results[name] = {"steps": args.steps, "dev_ents_f": perf.get("ents_f"),
                         "dev_ents_p": perf.get("ents_p"), "dev_ents_r": perf.get("ents_r")}
        out.mkdir(parents=True, exist_ok=True)
        results_path.write_text(json.dumps(results, ensure_ascii=False, indent=2))
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
