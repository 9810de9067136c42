"""What the statement post-passes may ask of a document's speakers.

The passes that revise finished statements (:mod:`pipeline.extract._rolepost` and the
``_s1*post`` modules) only read the document's speaker state; this narrow interface is
all they see of :class:`pipeline.extract.speakers.Speakers`, so they stay testable with
any object that answers these four questions.
"""

from __future__ import annotations

from typing import Protocol


class SpeakerLookup(Protocol):
    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding body offset ``offset``."""
        ...

    def person_before(self, index: int, offset: int) -> str | None:
        """The person named last before ``offset`` in sentence ``index`` or before it."""
        ...

    def named(self, name: str, offset: int) -> str | None:
        """The canonical person or body ``name`` stands for at ``offset``, or None."""
        ...

    def subject(self, index: int) -> str | None:
        """The canonical speaker-like subject sentence ``index`` opens with."""
        ...
