"""Weight averaging: one NER whose weights lie between two trained ones of the same shape.

A NER continued from another (same config, same initial weights) can be averaged with it,
weight by weight ("model soup"): the average keeps most of what the continuation learned
while giving back less of what its starting point knew. The two pipelines must hold the
same components with models of the same shape; the output is ``new`` with its
``components`` (default ``tok2vec`` and ``ner``) set to ``(1 - weight) * old + weight * new``,
ready for ``tagger assemble --paths.ner``::

    python -m tagger.training.average tagger/models/zh_news_tagger training/ner_self/model-best \\
        -o training/ner_self_avg --weight 0.5
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import List, Optional, Sequence

from ..errors import Errors, TaggerError

COMPONENTS = ("tok2vec", "ner")


def average_into(old, new, *, weight: float, components: Sequence[str] = COMPONENTS) -> int:
    """Set each parameter of ``new``'s ``components`` to ``(1 - weight) * old + weight * new``;
    returns how many parameter arrays were averaged. E039 when the two differ in shape."""
    if not 0.0 <= weight <= 1.0:
        raise TaggerError(Errors.E039.format(reason=f"weight {weight} is outside 0..1"))
    n = 0
    for name in components:
        if name not in old.pipe_names or name not in new.pipe_names:
            raise TaggerError(Errors.E039.format(reason=f"component {name!r} is missing"))
        nodes_old, nodes_new = list(old.get_pipe(name).model.walk()), list(new.get_pipe(name).model.walk())
        if len(nodes_old) != len(nodes_new):
            raise TaggerError(Errors.E039.format(reason=f"{name}: the models have different layers"))
        for a, b in zip(nodes_old, nodes_new):
            for param in b.param_names:
                if not (a.has_param(param) and b.has_param(param)):
                    continue
                x, y = a.get_param(param), b.get_param(param)
                if x.shape != y.shape:
                    raise TaggerError(Errors.E039.format(
                        reason=f"{name}.{b.name}.{param}: shapes {x.shape} and {y.shape}"))
                b.set_param(param, (1.0 - weight) * x + weight * y)
                n += 1
    return n


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("old", type=Path, help="pipeline the new NER was continued from")
    parser.add_argument("new", type=Path, help="trained pipeline (e.g. training/…/model-best)")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--weight", type=float, default=0.5, help="share of the new weights (0..1)")
    parser.add_argument("--components", default=",".join(COMPONENTS))
    args = parser.parse_args(argv)

    import spacy

    from .. import register  # noqa: F401  (the project's factories)

    old, new = spacy.load(args.old), spacy.load(args.new)
    n = average_into(old, new, weight=args.weight, components=args.components.split(","))
    new.to_disk(args.output)
    print(f"{n} weight arrays averaged ({args.weight:g} new) -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
