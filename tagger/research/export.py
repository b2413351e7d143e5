"""Write :class:`~tagger.research.stats.Stats` tables as CSV or Parquet files."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Dict, List, Union

from ..errors import Errors, TaggerError
from ..write import write_text
from .stats import Table

FORMATS = ("csv", "parquet")


def write_tables(tables: Dict[str, Table], out_dir: Union[str, Path], *,
                 fmt: str = "csv") -> List[Path]:
    """Write each table to ``out_dir/<name>.<fmt>``; return the paths written.

    fmt: "csv" (UTF-8 with header) or "parquet" (needs pyarrow).
    """
    if fmt not in FORMATS:
        raise TaggerError(Errors.E013.format(value=fmt, option="--format",
                                             options=", ".join(FORMATS)))
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise TaggerError(Errors.E027.format(path=out_dir, reason=err.strerror or err)) from None
    writer = _write_parquet if fmt == "parquet" else _write_csv
    if fmt == "parquet":
        _require_pyarrow()
    written = []
    for name, table in tables.items():
        path = out_dir / f"{name}.{fmt}"
        writer(table, path)
        written.append(path)
    return written


#: A cell starting with one of these is a formula to a spreadsheet (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_cell(value: object) -> object:
    """``value`` safe for a spreadsheet: a text starting like a formula gets a leading
    ``'`` (OWASP's advice), which spreadsheets show as text; numbers are kept."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _write_csv(table: Table, path: Path) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([csv_cell(c) for c in table.columns])
    writer.writerows([csv_cell(c) for c in row] for row in table.rows)
    write_text(path, buffer.getvalue())


def _require_pyarrow():
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise TaggerError(Errors.E017.format(package="pyarrow",
                                             feature="--format parquet")) from None
    return pyarrow


def _write_parquet(table: Table, path: Path) -> None:
    import pyarrow
    import pyarrow.parquet

    columns = {name: [row[i] for row in table.rows] for i, name in enumerate(table.columns)}
    pyarrow.parquet.write_table(pyarrow.table(columns), path)
