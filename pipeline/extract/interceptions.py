"""Placeholder: the interceptions detector is being written (issue 3)."""

from __future__ import annotations

from pipeline.extract.model import Document, Finding
from pipeline.extract.speakers import Speakers


def find(doc: Document, speakers: Speakers) -> list[Finding]:
    """Return the interceptions found in doc."""
    return []
