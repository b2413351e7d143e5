"""What each context rule of merge policy v2 and the team suffixes add, on gold files.

    python benchmarks/merge_rules_ablation.py data/gold/modern_dev.jsonl data/gold/modern_test.jsonl

Scores PERSON/ORG/LOC (strict F1) with the shipped model as it is ("all"), with model 0.3.0's
rule layer (merge policy v1, without the sports team suffixes of org_suffixes.txt), without
the team suffixes, and with each setting of ``tagger.merge_policy.v2`` switched off in turn.
One JSON line per configuration.
"""

from __future__ import annotations

import argparse
import json
from typing import Dict, List

TEAM_BLOCK = "# sports delegations and teams"
FLAGS = ("events", "split_places", "counted_lists", "companies", "name_followers", "edges",
         "place_bodies")


def team_suffixes() -> List[str]:
    """The suffixes listed under the sports block of org_suffixes.txt."""
    from tagger.lexicons import DATA_DIR

    out: List[str] = []
    inside = False
    for line in (DATA_DIR / "org_suffixes.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            inside = line.startswith(TEAM_BLOCK)
            continue
        if inside and line.strip():
            out.append(line.strip())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    from tagger.pipeline import PipelineOptions, load_pipeline
    from tagger.pipeline.merge import make_merge_policy, make_merge_policy_v2
    from tagger.training.evaluate import evaluate

    nlp = load_pipeline(PipelineOptions(model=args.model, keywords="none"))
    gazetteer, merge = nlp.get_pipe("tagger_gazetteer"), nlp.get_pipe("tagger_merge")
    shipped_policy = merge.merge_policy
    org, loc = list(gazetteer.org_suffixes), list(gazetteer.loc_suffixes)
    teams = set(team_suffixes())
    without_teams = [s for s in org if s not in teams]

    def run(name: str) -> None:
        row: Dict[str, object] = {"config": name}
        for path in args.gold:
            scores = evaluate(path, nlp, labels=["PERSON", "ORG", "LOC"])
            row[path] = {"micro": scores["micro"]["f"],
                         **{label: s["f"] for label, s in scores["per_label"].items()}}
        print(json.dumps(row, ensure_ascii=False), flush=True)

    run("all")
    gazetteer.set_suffixes(org=without_teams, loc=loc)
    merge.merge_policy = make_merge_policy()
    run("model 0.3.0 rules (merge policy v1, no team suffixes)")
    merge.merge_policy = shipped_policy
    run("all but team suffixes")
    gazetteer.set_suffixes(org=org, loc=loc)
    for flag in FLAGS:
        merge.merge_policy = make_merge_policy_v2(**{flag: False})
        run(f"all but {flag}")


if __name__ == "__main__":
    main()
