"""List bullets before a sentence: "- Zelenskyy said Ukraine needed more Patriot systems."

Live blogs and "key events" summaries put each item on its own line behind a dash, an
en or em dash, a bullet or an asterisk. The sentence splitter keeps the marker, so the
attribution parser saw "- Zelenskyy" and found no subject: every statement of a bullet
list was lost. The speaker-facing view of a document drops the marker from the sentence
(its start moves past it; the body and the sentence indices stay the same), so a bullet
item is read exactly as the same sentence without the bullet.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.model import Document, Sentence

_MARKER = re.compile(r"[-–—•*·▪►][ \t]+(?=[\"“‘«„A-Z0-9])")
"""A list marker with the spacing after it, before the item's first word or quote."""
_FIRST = frozenset("-–—•*·▪►")


def _bare(body: str, sentence: Sentence) -> Sentence:
    """The sentence without a list marker opening its line (itself when it has none)."""
    if sentence.start and body[sentence.start - 1] not in "\n\r":
        return sentence  # "... said. - Not a bullet" inside a line
    found = _MARKER.match(sentence.text)
    if found is None:
        return sentence
    cut = found.end()
    return replace(sentence, start=sentence.start + cut, text=sentence.text[cut:])


def unbulleted(doc: Document) -> Document:
    """``doc`` with list markers cut from the sentences that open with one."""
    body = doc.body
    if not any(s.text[:1] in _FIRST for s in doc.sentences):
        return doc
    return replace(doc, sentences=tuple(_bare(body, s) for s in doc.sentences))
