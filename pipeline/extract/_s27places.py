"""Bodies placed by a glued dateline in finished statements (statement round 27).

The shared sample's layout glues the place a report was filed from to its lead sentence
("Berlin The Bundestag has approved ...", "Kharkiv, Odesa Russian attacks on ..."). Two
speakers went wrong for it in ``dev_articles58``:

- "According to the Defence Ministry" after "Defence Minister NAME": the capitalised body was
  left bare (no set labels a bare "Defence Ministry"), while
  :func:`pipeline.extract._ministers.ministry` already places "the defence ministry" by the
  minister's country, now also from a glued one-place dateline
  (:func:`pipeline.extract._s27dateline.glued_capital`);
- "Kharkiv, Odesa Russian attacks ..., according to the regional authorities": the second
  place was read as the region of "the regional authorities", where a list of regions places
  no regional body (tests/data/README.md, "Speaker naming conventions"); the places are no
  part of the reported clause either.

Called from :mod:`pipeline.extract._s27post` behind literal tests.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract._ministers import PORTFOLIOS, ministry
from pipeline.extract._regionback import region_of
from pipeline.extract._s17dateline import past_pair
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Statement

__all__ = ["paired", "portfolio"]


def portfolio(body: str, statements: list[Statement]) -> None:
    """ "According to the Defence Ministry" after "Defence Minister NAME": that minister's
    ministry, of the country :func:`pipeline.extract._ministers.ministry` finds."""
    for i, s in enumerate(statements):
        words = s.speaker.split()
        if len(words) != 2 or words[1] != "Ministry" or words[0].lower() not in PORTFOLIOS:
            continue
        owner = ministry(body, s.evidence.start, [words[0].lower(), "ministry"])
        if owner is not None:
            statements[i] = replace(s, speaker=f"{owner.split()[0]} {s.speaker}")


def paired(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "Kharkiv, Odesa Russian attacks ..., according to the regional authorities": the
    glued two-place dateline is a list of regions, which places no regional body."""
    for i, s in enumerate(statements):
        region, _, rest = s.speaker.partition(" ")
        if not rest.startswith("regional ") or not region[:1].isupper():
            continue
        sentence = doc.sentences[speakers.sentence_at(s.evidence.start)]
        second = past_pair(sentence.text, 0)
        if second == 0 or not sentence.text.startswith(region, second):
            continue
        if f"{region} " in sentence.text[second + len(region) :]:
            continue  # the region named again in the sentence itself
        if region_of(doc.body[: sentence.start]) is None:
            places = sentence.text[: second + len(region) + 1]  # "Kharkiv, Odesa "
            quote = s.quote[len(places) :] if s.quote.startswith(places) else s.quote
            statements[i] = replace(s, speaker=rest, quote=quote)
