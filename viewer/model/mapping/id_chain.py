"""Claim ids of an arrow: its flows' id lists one after another, joined only when someone reads them all."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, islice


class IdChain(Sequence):
    """The id lists of a few flows read as one list (len, index, slice, iterate, ``+``, ==) without copying
    them: an arrow over half a million claims costs nothing per edit until a click reads them all, and a
    tooltip reads its first few alone."""

    def __init__(self, parts: list):
        self._parts = [part for part in parts if len(part)]
        self._len = sum(len(part) for part in self._parts)

    def __len__(self) -> int:
        return self._len

    def __iter__(self):
        return chain.from_iterable(self._parts)

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(self._len)
            return list(islice(iter(self), start, stop, step)) if step > 0 else list(self)[index]
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError(index)
        for part in self._parts:
            if index < len(part):
                return part[index]
            index -= len(part)
        raise IndexError(index)

    def __add__(self, other) -> list:
        return list(self) + list(other)

    def __radd__(self, other) -> list:
        return list(other) + list(self)

    def __eq__(self, other) -> bool:
        if isinstance(other, IdChain) and len(other._parts) == len(self._parts) and all(
                a is b for a, b in zip(self._parts, other._parts)):
            return True
        return len(self) == len(other) and list(self) == list(other)

    __hash__ = None

    def __repr__(self) -> str:
        return f"IdChain({self._len} ids)"
