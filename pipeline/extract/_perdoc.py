"""One-slot memo for per-document analyses that several passes ask for."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from pipeline.extract.model import Document

T = TypeVar("T")


def per_document(fn: Callable[[Document], T]) -> Callable[[Document], T]:
    """Remember ``fn``'s result for the last document it saw.

    The passes run one after another on the same document, so one slot is enough;
    it is keyed by identity because hashing a Document walks every sentence. The
    result is shared: callers must not mutate it.
    """
    last: list[tuple[Document, T]] = []

    def cached(doc: Document) -> T:
        if last and last[0][0] is doc:
            return last[0][1]
        result = fn(doc)
        last[:] = [(doc, result)]
        return result

    return cached
