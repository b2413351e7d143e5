"""The rule layer's effect commit by commit: the code of each commit around one NER.

    python benchmarks/rules_by_commit.py --ner training/ner_modern_half/model-best \\
        --sets data/gold/modern_dev.jsonl data/gold/recent_news.jsonl --commits 845c8e6 56da433 HEAD

For each commit: a detached git worktree of it (in a temporary folder), ``tagger assemble
configs/tagger.cfg`` from that worktree around the given NER (``--paths.ner``), and ``tagger
evaluate SET --labels PERSON,ORG,LOC`` with that worktree's code for every set. Prints one
line per commit with PERSON, ORG, LOC and micro strict F1 per set, so each row differs from
the one above by that commit's rules alone. Set and NER paths are taken from the current
checkout (made absolute).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROW = re.compile(r"^(PERSON|ORG|LOC|micro)\s+\S+\s+\S+\s+(\S+)", re.MULTILINE)


def run(args, cwd: Path) -> str:
    env = dict(os.environ, PYTHONPATH=str(cwd))
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, args))} failed in {cwd}:\n{done.stderr[-2000:]}")
    return done.stdout + done.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", nargs="+", required=True)
    parser.add_argument("--ner", required=True, help="pipeline whose NER every commit is assembled around")
    parser.add_argument("--sets", nargs="+", required=True, help="gold JSONL files to score")
    args = parser.parse_args()
    repo = Path(__file__).resolve().parents[1]
    ner = Path(args.ner).resolve()
    sets = [Path(s).resolve() for s in args.sets]
    with tempfile.TemporaryDirectory() as tmp:
        tree, model = Path(tmp) / "tree", Path(tmp) / "model"
        for commit in args.commits:
            subprocess.run(["git", "worktree", "add", "-q", "--detach", str(tree), commit], cwd=repo, check=True)
            try:
                run([sys.executable, "-m", "tagger", "assemble", "configs/tagger.cfg", str(model),
                     "--paths.ner", str(ner), "--meta", "configs/model_meta.json"], tree)
                cells = []
                for path in sets:
                    out = run([sys.executable, "-m", "tagger", "evaluate", str(path), "--model", str(model),
                               "--labels", "PERSON,ORG,LOC"], tree)
                    scores = " ".join(f"{label}={f}" for label, f in ROW.findall(out))
                    cells.append(f"{path.stem}: {scores}")
                print(f"{commit} | " + " | ".join(cells), flush=True)
            finally:
                subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=repo, check=True)


if __name__ == "__main__":
    main()
