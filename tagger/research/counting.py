"""Compact counters for streaming statistics: interned keys and numpy-backed code counts.

A Python ``Counter`` costs about 100 bytes per distinct key; co-occurrence pairs and
(date, entity) cells number in the hundreds of thousands, so they are counted as int64
codes in a buffer that is folded into sorted ``(codes, counts)`` arrays (16 bytes per
distinct code) whenever it fills.
"""

from __future__ import annotations

from array import array
from typing import (Callable, Dict, Generic, Hashable, Iterable, Iterator, List, Optional,
                    Sequence, Tuple, TypeVar, Union, overload)

import numpy

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")

SHIFT = 32
LOW_MASK = (1 << SHIFT) - 1


class KeyIndex(Generic[K]):
    """Intern keys to consecutive ints (first seen: 0, 1, 2...)."""

    def __init__(self) -> None:
        self.ids: Dict[K, int] = {}
        self.keys: List[K] = []

    def id(self, key: K) -> int:
        """The id of ``key``, assigned on first sight."""
        found = self.ids.get(key)
        if found is None:
            found = self.ids[key] = len(self.keys)
            self.keys.append(key)
        return found

    def __len__(self) -> int:
        return len(self.keys)


class CodeCounter:
    """Counts of non-negative int64 codes; memory grows with distinct codes only.

    flush_size: codes buffered before they are folded into the sorted arrays.
    max_codes: when more distinct codes are held after a fold, the least frequent are
        dropped until a quarter of the room is free (lossy counting: memory stays bounded,
        counts of dropped codes restart from zero; ``dropped`` counts them). None: exact.
    """

    def __init__(self, *, flush_size: int = 1 << 18, max_codes: Optional[int] = None) -> None:
        self.flush_size = flush_size
        self.max_codes = max_codes
        self.dropped = 0
        self._buffer = array("q")
        self._codes = numpy.empty(0, dtype=numpy.int64)
        self._counts = numpy.empty(0, dtype=numpy.int64)

    def extend(self, codes: Iterable[int]) -> None:
        """Count each code once."""
        self._buffer.extend(codes)
        if len(self._buffer) >= self.flush_size:
            self.flush()

    def flush(self) -> None:
        """Fold the buffer into the sorted arrays."""
        if not self._buffer:
            return
        new_codes, new_counts = numpy.unique(numpy.frombuffer(self._buffer, dtype=numpy.int64),
                                             return_counts=True)
        self._buffer = array("q")
        if not self._codes.size:
            self._codes, self._counts = new_codes, new_counts.astype(numpy.int64)
            return
        # Both arrays are sorted and unique: add the counts of known codes in place and
        # insert the others at their sorted positions (one new array each, no full re-sort).
        pos = numpy.searchsorted(self._codes, new_codes)
        known = pos < self._codes.size
        known[known] = self._codes[pos[known]] == new_codes[known]
        self._counts[pos[known]] += new_counts[known]
        fresh = ~known
        if fresh.any():
            self._codes = numpy.insert(self._codes, pos[fresh], new_codes[fresh])
            self._counts = numpy.insert(self._counts, pos[fresh], new_counts[fresh])
        if self.max_codes is not None and self._codes.size > self.max_codes:
            self._drop_rarest()

    def _drop_rarest(self) -> None:
        room = self.max_codes * 3 // 4
        # The count at rank `room` (descending) is the threshold; ties at it go too.
        threshold = numpy.partition(self._counts, self._counts.size - room - 1)[
            self._counts.size - room - 1]
        keep = self._counts > threshold
        self.dropped += int(self._codes.size - keep.sum())
        self._codes, self._counts = self._codes[keep], self._counts[keep]

    def arrays(self) -> Tuple[numpy.ndarray, numpy.ndarray]:
        """``(codes, counts)``, codes sorted ascending."""
        self.flush()
        return self._codes, self._counts

    def get(self, code: int) -> int:
        """The count of ``code`` (0 when unseen)."""
        codes, counts = self.arrays()
        i = int(numpy.searchsorted(codes, code))
        return int(counts[i]) if i < codes.size and codes[i] == code else 0

    def __len__(self) -> int:
        return int(self.arrays()[0].size)


class LazyRows(Sequence[T]):
    """A read-only sequence whose items are built on access (for large result tables)."""

    def __init__(self, length: int, row: Callable[[int], T]) -> None:
        self._length = length
        self._row = row

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> List[T]: ...

    def __getitem__(self, index: Union[int, slice]):
        if isinstance(index, slice):
            return [self._row(i) for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        return self._row(index)

    def __iter__(self) -> Iterator[T]:
        return (self._row(i) for i in range(self._length))
