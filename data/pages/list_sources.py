"""Write the ids of the raw news articles typeset into the page sets (every key's
``meta.sources``), so that tables built from the raw news corpus can leave them out::

    python data/pages/list_sources.py --corpus ../shared/corpora > data/pages/sources.txt
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def source_ids(corpus: Path) -> list:
    """The ids of the articles at the ``file:line`` sources of every key under data/pages."""
    wanted = defaultdict(set)
    for key in sorted(HERE.glob("*/*.key.json")):
        for ref in json.loads(key.read_text(encoding="utf-8")).get("meta", {}).get("sources", []):
            name, line = ref.rsplit(":", 1)
            wanted[name].add(int(line))
    ids = []
    for name, lines in sorted(wanted.items()):
        with open(corpus / name, encoding="utf-8") as fh:
            ids += [json.loads(text)["id"] for lineno, text in enumerate(fh, 1) if lineno in lines]
    return ids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="the shared corpora folder")
    args = parser.parse_args()
    print("# raw news articles typeset into data/pages (python data/pages/list_sources.py)")
    print("\n".join(source_ids(args.corpus)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
