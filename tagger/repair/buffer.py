"""A text under repair: characters with the raw span each one came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, List

from ..offsets import OffsetMap


@dataclass
class Chars:
    """Characters plus, per character, the raw span ``[starts[i], ends[i])`` it came from."""

    chars: List[str] = field(default_factory=list)
    starts: List[int] = field(default_factory=list)
    ends: List[int] = field(default_factory=list)

    @classmethod
    def from_raw(cls, raw: str, start: int, end: int) -> "Chars":
        """The unchanged copy of ``raw[start:end]``."""
        return cls(list(raw[start:end]), list(range(start, end)), list(range(start + 1, end + 1)))

    @property
    def text(self) -> str:
        return "".join(self.chars)

    def __len__(self) -> int:
        return len(self.chars)

    def add(self, char: str, start: int, end: int) -> None:
        """Append one character that came from ``raw[start:end]``."""
        self.chars.append(char)
        self.starts.append(start)
        self.ends.append(end)

    def extend(self, other: "Chars", start: int = 0, end: int | None = None) -> None:
        """Append ``other[start:end]`` with its raw spans."""
        end = len(other) if end is None else end
        self.chars.extend(other.chars[start:end])
        self.starts.extend(other.starts[start:end])
        self.ends.extend(other.ends[start:end])

    def slice(self, start: int, end: int) -> "Chars":
        return Chars(self.chars[start:end], self.starts[start:end], self.ends[start:end])

    def keep(self, indices: Iterable[int]) -> "Chars":
        """The characters at ``indices`` (ascending), each with its own raw span."""
        out = Chars()
        for i in indices:
            out.add(self.chars[i], self.starts[i], self.ends[i])
        return out

    def offsets(self) -> OffsetMap:
        return OffsetMap(list(self.starts), list(self.ends))
