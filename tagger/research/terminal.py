"""Print :class:`~tagger.research.stats.Stats` as terminal tables (rich)."""

from __future__ import annotations

from typing import Optional

from rich.console import Console
from rich.table import Table as RichTable
from rich.text import Text

from ..write import printable
from .stats import Stats, Table

def plain(value: object) -> Text:
    """``value`` as terminal text: no rich markup (``[/b]`` is text), no control characters."""
    return Text(printable(str(value)).replace("\n", "\ufffd"))


def _rich(title: str, table: Table, limit: Optional[int]) -> RichTable:
    out = RichTable(title=title, title_justify="left")
    for column in table.columns:
        out.add_column(column, justify="right" if column in ("mentions", "articles", "pmi",
                                                               "start") else "left")
    rows = table.rows if limit is None else table.rows[:limit]
    for row in rows:
        out.add_row(*(plain(v) for v in row))
    if limit is not None and len(table.rows) > limit:
        out.caption = f"{limit} of {len(table.rows)} rows; -o DIR writes all"
    return out


def print_stats(stats: Stats, *, console: Optional[Console] = None, top: int = 20,
                min_pair_count: int = 2) -> None:
    """Print the summary, the frequency tables (``top`` rows each), pairs and KWIC lines."""
    console = console or Console()
    read = stats.read
    console.print(f"{read.articles} articles ({read.other} page/error records skipped, "
                  f"{read.bad_lines} bad lines)")
    if stats.cooccurrence.dropped:
        console.print(f"co-occurrence counts are lower bounds: {stats.cooccurrence.dropped} "
                      f"rare pairs were dropped to stay under --max-pairs")
    tables = stats.tables(min_pair_count=min_pair_count)
    titles = {"labels": "Mentions by label", "forms": "Entities and slogans by form",
              "by_date": "By date", "by_page": "By page", "by_section": "By section",
              "cooccurrence": f"Co-occurring pairs (>= {min_pair_count} articles)",
              "keywords": "Keywords (articles)"}
    for name, title in titles.items():
        if tables[name].rows:
            console.print(_rich(title, tables[name], top))
    if stats.kwic_term is not None:
        kwic = RichTable(title=plain(f"KWIC: {stats.kwic_term} ({stats.kwic_total} hits)"),
                         title_justify="left", show_header=True)
        # Contexts are cropped to the terminal here (rich would squeeze the term away).
        from rich.cells import cell_len, set_cell_size

        term_width = max([cell_len(line.term) for line in stats.kwic] + [4])
        id_width = min(28, max([cell_len(line.id) for line in stats.kwic] + [2]))
        side = max(6, (console.width - term_width - id_width - 13) // 2)
        kwic.add_column("left", justify="right", no_wrap=True)
        kwic.add_column("term", style="bold", no_wrap=True)
        kwic.add_column("right", no_wrap=True)
        kwic.add_column("id", no_wrap=True)
        for line in stats.kwic:
            left = line.left
            while cell_len(left) > side:
                left = left[1:]
            doc_id = line.id if cell_len(line.id) <= id_width else set_cell_size(line.id, id_width - 1) + "…"
            kwic.add_row(plain(left), plain(line.term), plain(set_cell_size(line.right, side).rstrip()),
                         plain(doc_id))
        if stats.kwic_total > len(stats.kwic):
            kwic.caption = f"{len(stats.kwic)} of {stats.kwic_total} lines (--kwic-limit)"
        console.print(kwic)
