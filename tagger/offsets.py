"""Character offset maps from a derived text back to the raw input.

Every character of a derived text (repaired page, article) knows which raw
characters it came from: ``starts[i]``..``ends[i]`` (end-exclusive). A span
``[a, b)`` of the derived text maps to ``[starts[a], ends[b-1])`` of the raw
text. Maps compose (``compose``) and slice (``slice``), so an article cut out
of a repaired page still points into the raw file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, List, Sequence, Tuple


@dataclass
class OffsetMap:
    """Per-character map from a derived text into a raw text."""

    starts: List[int] = field(default_factory=list)
    ends: List[int] = field(default_factory=list)

    @classmethod
    def identity(cls, length: int, *, offset: int = 0) -> "OffsetMap":
        """The map of a text that is an unchanged copy of ``raw[offset:offset+length]``."""
        starts = list(range(offset, offset + length))
        return cls(starts, [s + 1 for s in starts])

    def __len__(self) -> int:
        return len(self.starts)

    def append(self, raw_start: int, raw_end: int) -> None:
        """Record that the next derived character came from ``raw[raw_start:raw_end]``."""
        self.starts.append(raw_start)
        self.ends.append(raw_end)

    def to_raw(self, start: int, end: int) -> Tuple[int, int]:
        """Project the derived span ``[start, end)`` onto the raw text."""
        if not 0 <= start <= end <= len(self.starts):
            raise IndexError(f"span [{start}, {end}) outside map of length {len(self)}")
        if start == end:
            pos = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return pos, pos
        return min(self.starts[start:end]), max(self.ends[start:end])

    def slice(self, start: int, end: int) -> "OffsetMap":
        """The map of ``derived[start:end]``."""
        return OffsetMap(self.starts[start:end], self.ends[start:end])

    def compose(self, inner: "OffsetMap") -> "OffsetMap":
        """Map through ``inner`` first: ``self`` maps text B -> A, ``inner`` maps C -> B; result C -> A."""
        out = OffsetMap()
        for s, e in zip(inner.starts, inner.ends):
            a, b = self.to_raw(s, max(e, s + 1) if s < len(self) else s)
            out.append(a, b)
        return out

    @classmethod
    def concat(cls, parts: Iterable["OffsetMap"]) -> "OffsetMap":
        """The map of texts joined end to end."""
        out = cls()
        for part in parts:
            out.starts.extend(part.starts)
            out.ends.extend(part.ends)
        return out

    def shifted(self, delta: int) -> "OffsetMap":
        """The same map with raw offsets moved by ``delta`` (a text cut from a larger raw)."""
        return OffsetMap([s + delta for s in self.starts], [e + delta for e in self.ends])


def project_spans(spans: Sequence[dict], offsets: OffsetMap) -> None:
    """Add ``raw_start``/``raw_end`` to each span dict in place."""
    for span in spans:
        span["raw_start"], span["raw_end"] = offsets.to_raw(span["start"], span["end"])
