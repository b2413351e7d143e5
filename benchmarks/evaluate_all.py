"""Score a model on every evaluation set, as published tables and JSON.

    python benchmarks/evaluate_all.py --model tagger/models/zh_news_tagger --out docs/scores.json --update-meta

Sets: MSRA NER test, People's Daily test and dev, CLUENER dev (name → PERSON;
company/government/organization → ORG; address/scene → LOC) from ../shared/corpora,
the project's recent-news gold sets (data/gold: the development set and the held-out
set) and the modern news gold set's dev and test splits (built from the shared corpora with
data/gold/build_modern.py into a temporary folder), and the general news gold set's dev and test
splits (CLUENER sentences annotated again by the project's guidelines; data/gold/build_general.py).
Each is scored twice: the whole
shipped pipeline (rules and merge included) and the statistical NER alone
(``--ner-only``), strict and overlap, per label. Gold text is tagged as given.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SETS = {
    "msra_test": "msra/test.bio",
    "peoples_daily_test": "peoples_daily/test.bio",
    "peoples_daily_dev": "peoples_daily/dev.bio",
    "cluener_dev": "cluener/dev.jsonl",
}

#: Gold sets built from the shared corpora by data/gold/build_<name>.py: name, splits, and
#: whether SLOGAN is scored on them too.
BUILT_GOLD = (("modern", ("dev", "test", "dev2", "test2", "dev3", "test3"), True),
              ("general", ("dev", "test"), False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None)
    parser.add_argument("--corpora", default="../shared/corpora")
    parser.add_argument("--gold", default="data/gold/recent_news.jsonl")
    parser.add_argument("--heldout", default="data/gold/heldout_news.jsonl")
    parser.add_argument("--out", default=None, help="write all scores here as JSON")
    parser.add_argument("--update-meta", action="store_true", help="store scores in the model's meta.json")
    args = parser.parse_args()

    from tagger.pipeline import NER_PIPES, PipelineOptions, default_model_path, load_pipeline
    from tagger.training.evaluate import evaluate

    model = Path(args.model) if args.model else default_model_path()
    nlp = load_pipeline(PipelineOptions(model=str(model), keywords="none"))
    jobs = [(name, Path(args.corpora) / rel, None) for name, rel in SETS.items()]
    jobs.append(("recent_news_gold", Path(args.gold), None))
    jobs.append(("recent_news_gold_PER_ORG_LOC", Path(args.gold), ["PERSON", "ORG", "LOC"]))
    jobs.append(("heldout_gold", Path(args.heldout), None))
    jobs.append(("heldout_gold_PER_ORG_LOC", Path(args.heldout), ["PERSON", "ORG", "LOC"]))
    built_dir = Path(tempfile.mkdtemp(prefix="tagger-modern-gold-"))
    for name, splits, slogans in BUILT_GOLD:
        built = subprocess.run([sys.executable, f"data/gold/build_{name}.py", "--corpora", args.corpora,
                                "--out", str(built_dir)], capture_output=True, text=True)
        if built.returncode != 0:
            print(f"{name} gold set not built: {built.stderr.strip()}", file=sys.stderr)
            continue
        for split in splits:
            path = built_dir / f"{name}_{split}.jsonl"
            jobs.append((f"{name}_{split}", path, ["PERSON", "ORG", "LOC"]))
            if slogans:
                jobs.append((f"{name}_{split}_SLOGAN", path, ["SLOGAN"]))
    results = {}
    for name, path, labels in jobs:
        if not path.exists():
            continue
        pipeline_only = name in ("recent_news_gold", "heldout_gold") or name.endswith("_SLOGAN")
        modes = ["pipeline"] if pipeline_only else ["pipeline", "ner_only"]
        for mode in modes:
            if mode == "ner_only":
                with nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in NER_PIPES]):
                    scores = evaluate(path, nlp, labels=["PERSON", "ORG", "LOC"])
            else:
                scores = evaluate(path, nlp, labels=labels)
            results[f"{name}/{mode}"] = scores
            m = scores["micro"]
            per = "  ".join(f"{k} {v['f']:.3f}" for k, v in scores["per_label"].items())
            print(f"{name:30s} {mode:9s} P {m['p']:.4f} R {m['r']:.4f} F {m['f']:.4f}  "
                  f"overlap F {scores['overlap_f']:.4f}  |  {per}", flush=True)
    if args.out:
        Path(args.out).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.update_meta:
        meta_path = model / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["performance"] = {key: {"micro": s["micro"], "per_label": s["per_label"],
                                     "overlap_f": s["overlap_f"]} for key, s in results.items()}
        meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
