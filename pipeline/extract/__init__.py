"""The pure extractor: article text in, conflict events out.

This package imports nothing of Kafka or faust. The stages are

1. :func:`document.parse` drops boilerplate as spans and splits sentences,
   keeping every offset in the original body;
2. one detector per event family (:mod:`strikes`, :mod:`interceptions`,
   :mod:`casualties`, :mod:`statements`) reads the sentences;
3. :func:`_repeats.drop_restated` keeps one event per figure the article restates;
4. :func:`events.to_events` adds provenance and a deterministic ``event_id``.
"""

from __future__ import annotations

from pipeline.extract import _loader

COMPILED = _loader.choose(__path__)
"""Whether the mypyc-compiled modules run (a fresh ``make native`` build) or the sources."""

# The submodules are imported after the choice above, hence E402.
from pipeline.extract import _cues, _numback, casualties, interceptions, statements, strikes  # noqa: E402
from pipeline.extract._repeats import drop_restated  # noqa: E402
from pipeline.extract.document import parse  # noqa: E402
from pipeline.extract.model import Document, Finding  # noqa: E402
from pipeline.extract.speakers import Speakers  # noqa: E402

EXTRACTOR_VERSION = "0.22.0"
"""Bumped whenever a change can alter what is extracted from the same text."""

__all__ = ["COMPILED", "EXTRACTOR_VERSION", "clear_memo", "extract", "extract_document"]


def extract(body: str) -> list[Finding]:
    """Every event found in ``body``, in order of appearance."""
    return extract_document(parse(body))


def extract_document(doc: Document) -> list[Finding]:
    """Every event found in an already parsed document, in order of appearance."""
    speakers = Speakers(doc)
    found: list[Finding] = []
    found.extend(strikes.find(doc, speakers))
    found.extend(interceptions.find(doc, speakers))
    found.extend(casualties.find(doc, speakers))
    found.extend(statements.find(doc, speakers))
    found.sort(key=lambda f: (f.evidence.start, f.evidence.end))
    return drop_restated(found, doc.sentences)


def clear_memo() -> None:
    """Forget the sentences remembered across articles (benchmarks measure the cold cost)."""
    _cues.clear_memo()
    _numback.clear_memo()
