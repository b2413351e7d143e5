"""Print the page text of a PDF page (what raw offsets of its records index)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import read_pdf
from ...records import Document


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tagger.read.pdf", description=__doc__)
    parser.add_argument("pdf", type=Path)
    parser.add_argument("--page", type=int, default=1, help="page number, from 1")
    args = parser.parse_args()
    for item in read_pdf(args.pdf):
        if isinstance(item, Document) and item.meta.get("pdf_page") == args.page:
            sys.stdout.write(item.text)
            return 0
        if not isinstance(item, Document) and item.line in (None, args.page):
            sys.stderr.write(str(item) + "\n")
            return 1
    sys.stderr.write(f"{args.pdf}: no page {args.page}\n")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
