"""The argument arena: memory the harness shares with one sandbox for array arguments.

The harness writes each array argument of a call into the arena and sends an
:class:`~grader.codec.ArenaRef` in its place; the sandbox's worker turns the
reference into an ndarray *view* of the shared memory and passes it to the
student's function. After the call the harness reads its own mapping:

- an argument whose bytes changed was modified in place by the call, which
  the harness mirrors into the test's array (so a suite checks "inputs left
  unchanged" exactly as it would in-process);
- to learn whether a returned array shares memory with an argument, the
  harness overwrites the arguments' bytes and asks for the result again: a
  view of an argument changes with it, a new array does not.

Both judgements come from memory the harness owns and values it received:
whatever the sandbox says about itself decides nothing.
"""

from __future__ import annotations

import mmap
import os

import numpy as np

from grader.codec import ARRAY_DTYPES, ArenaRef

ARENA_BYTES = 64 * 1024 * 1024
_ALIGN = 64


def _placeable(value) -> bool:
    return (
        type(value) is np.ndarray
        and value.dtype.fields is None
        and value.dtype.str in ARRAY_DTYPES
        and value.ndim <= 32
    )


class Arena:
    """The harness's side: a memfd of ``size`` bytes, mapped shared."""

    def __init__(self, size: int = ARENA_BYTES):
        self.size = size
        self.fd = os.memfd_create("la4ml-arguments", os.MFD_CLOEXEC)
        os.ftruncate(self.fd, size)
        self.map = mmap.mmap(self.fd, size, mmap.MAP_SHARED, mmap.PROT_READ | mmap.PROT_WRITE)
        self.placed: list[tuple[np.ndarray, ArenaRef]] = []

    def close(self) -> None:
        self.placed = []
        self.map.close()
        os.close(self.fd)

    def place(self, args: list, kwargs: dict) -> tuple[list, dict]:
        """The call's arguments with every placeable array moved into the arena."""
        self.placed = []
        self._used = 0
        return [self._swap(a) for a in args], {k: self._swap(v) for k, v in kwargs.items()}

    def place_batch(self, calls: list[tuple[list, dict]]) -> tuple[list, list[list]]:
        """Several calls' arguments in the arena at once; also each call's placements."""
        self.placed = []
        self._used = 0
        placed, each = [], []
        for args, kwargs in calls:
            start = len(self.placed)
            swapped = [self._swap(a) for a in args], {k: self._swap(v) for k, v in kwargs.items()}
            placed.append(list(swapped))
            each.append(self.placed[start:])
        return placed, each

    def changed_among(self, placements) -> list[tuple[np.ndarray, np.ndarray]]:
        """Like :meth:`changed`, for one call's placements of a batch."""
        saved, self.placed = self.placed, placements
        try:
            return self.changed()
        finally:
            self.placed = saved

    def _swap(self, value):
        if isinstance(value, np.ndarray):
            return self._put(value) if _placeable(value) else value
        if isinstance(value, list):
            return [self._swap(item) for item in value]
        if isinstance(value, tuple):
            return tuple(self._swap(item) for item in value)
        if isinstance(value, dict):
            return {key: self._swap(item) for key, item in value.items()}
        return value

    def _put(self, array: np.ndarray):
        offset = -(-self._used // _ALIGN) * _ALIGN
        if offset + array.nbytes > self.size:
            return array  # too large: sent inline, read-only in the sandbox
        self._used = offset + array.nbytes
        reference = ArenaRef(offset, array.dtype.str, tuple(int(s) for s in array.shape))
        self.view(reference)[...] = array
        self.placed.append((array, reference))
        return reference

    def view(self, reference: ArenaRef) -> np.ndarray:
        return np.ndarray(
            reference.shape, np.dtype(reference.dtype), buffer=self.map, offset=reference.offset
        )

    def changed(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """(the test's array, its bytes now in the arena) for every argument the call changed."""
        changes = []
        for original, reference in self.placed:
            now = self.view(reference)
            if now.tobytes() != np.ascontiguousarray(original).tobytes():
                changes.append((original, now.copy()))
        return changes

    def scramble(self) -> None:
        """Flip every bit of the last call's arguments: any view of them changes."""
        for _, reference in self.placed:
            raw = self.view(reference).view(np.uint8)
            np.bitwise_not(raw, out=raw)


def views(value, arena_map: mmap.mmap | None):
    """The worker's side: ArenaRefs replaced by writable ndarray views of the arena.

    Arrays that came inline (not in the arena) are made read-only, so that an
    in-place change to an input the harness cannot see fails loudly instead.
    """
    if isinstance(value, ArenaRef):
        if arena_map is None:
            raise ValueError("an arena reference arrived but no arena was shared")
        dtype = np.dtype(value.dtype)
        end = value.offset + int(np.prod(value.shape, dtype=np.int64)) * dtype.itemsize
        if end > len(arena_map):
            raise ValueError("an arena reference points outside the arena")
        return np.ndarray(value.shape, dtype, buffer=arena_map, offset=value.offset)
    if isinstance(value, np.ndarray):
        value.flags.writeable = False
        return value
    if isinstance(value, list):
        return [views(item, arena_map) for item in value]
    if isinstance(value, tuple):
        return tuple(views(item, arena_map) for item in value)
    if isinstance(value, dict):
        return {key: views(item, arena_map) for key, item in value.items()}
    return value
