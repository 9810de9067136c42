"""Placeholder: who is speaking in each sentence (issue 3, being written)."""

from __future__ import annotations

from pipeline.extract.model import Document


class Speakers:
    """Speaker resolution for one document: canonical names and per-sentence attribution."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc

    def reported_by(self, index: int) -> str | None:
        """Canonical name of whoever the facts in ``doc.sentences[index]`` are attributed to."""
        return None

    def canonical(self, name: str) -> str:
        """The canonical form of a name or description as used in this document."""
        return name
