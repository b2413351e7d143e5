"""A progress line for long runs: records, articles, characters per second and ETA.

On a terminal the line is redrawn in place twice a second; otherwise (a log file, a
batch job) a full line is printed every ``interval`` seconds (default 30), so logs show
that a run is alive without flooding them.
"""

from __future__ import annotations

import sys
import time
from typing import IO, Optional

TTY_INTERVAL = 0.5
LOG_INTERVAL = 30.0


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class Progress:
    """Count work with :meth:`advance`; the line is written when the interval has passed.

    total: input records expected (for the percentage and ETA; None: unknown).
    enabled: False writes nothing (``--quiet``). interval: seconds between lines (default
    0.5 on a terminal, 30 otherwise). clock: a time function (tests pass a fake one).
    """

    def __init__(self, *, total: Optional[int] = None, stream: Optional[IO[str]] = None,
                 enabled: bool = True, interval: Optional[float] = None,
                 label: str = "tagging", clock=time.monotonic) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.enabled = enabled
        self.interval = interval if interval is not None else (
            TTY_INTERVAL if self.tty else LOG_INTERVAL)
        self.total = total
        self.label = label
        self.clock = clock
        self.records = self.articles = self.chars = 0
        self.start = self._last = clock()
        self._shown = False

    def advance(self, *, records: int = 0, articles: int = 0, chars: int = 0) -> None:
        """Add done work; write the line if ``interval`` seconds passed since the last."""
        self.records += records
        self.articles += articles
        self.chars += chars
        now = self.clock()
        if self.enabled and now - self._last >= self.interval:
            self._last = now
            self._write(self.line(now))

    def line(self, now: Optional[float] = None) -> str:
        """The progress line: ``tagging: 1,200/5,000 records (24%), 1,180 articles,
        15,300 chars/s, ETA 0:04:10``."""
        elapsed = max((now if now is not None else self.clock()) - self.start, 1e-9)
        parts = [f"{self.records:,}" + (f"/{self.total:,}" if self.total else "") + " records"]
        if self.total:
            parts[0] += f" ({min(100, 100 * self.records // max(self.total, 1))}%)"
        parts.append(f"{self.articles:,} articles")
        parts.append(f"{self.chars / elapsed:,.0f} chars/s")
        if self.total and self.records:
            remaining = max(self.total - self.records, 0) * elapsed / self.records
            parts.append(f"ETA {_duration(remaining)}")
        else:
            parts.append(f"{_duration(elapsed)} elapsed")
        return f"{self.label}: " + ", ".join(parts)

    def _write(self, line: str) -> None:
        if self.tty:
            self.stream.write("\r" + line + "\x1b[K")
        else:
            self.stream.write(line + "\n")
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        """End the in-place line on a terminal (the caller prints its summary next)."""
        if self._shown and self.tty:
            self.stream.write("\n")
            self.stream.flush()
