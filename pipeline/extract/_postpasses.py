"""The statement post-passes, in the order they run.

Each statement round (``_rolepost`` and the ``_sNNpost`` modules) re-reads the finished
statements of a document: it renames a speaker, adds a clause or drops a misreading. A
later pass sees the earlier ones' corrections, so the order is part of the behaviour; it
is kept here, in one place, and a new round adds one line here rather than to
:mod:`pipeline.extract.statements`.
"""

from __future__ import annotations

from pipeline.extract import (
    _rolepost,
    _s15post,
    _s16post,
    _s17post,
    _s18post,
    _s19post,
    _s20post,
    _s21post,
    _s23post,
    _s24post,
    _s25post,
    _s26post,
    _s27post,
    _s28post,
    _s29post,
    _s30post,
    _s31post,
    _s32post,
    _s33post,
    _s34post,
    _s35post,
    _s36post,
    _s38post,
    _s39post,
    _s40post,
    _s41post,
    _s42post,
    _s43post,
    _s44detect,
    _s45post,
    _s46post,
)
from pipeline.extract.model import Document, Finding
from pipeline.extract.speakers import Speakers


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` after every post-pass, in order (findings other than statements untouched)."""
    found = _rolepost.revise(doc, speakers, found)  # "the Brazilian head of state said"
    found = _s15post.revise(doc, speakers, found)  # "X presented figures: C, he wrote"
    found = _s16post.revise(doc, speakers, found)  # "the service's press office informed"
    found = _s17post.revise(doc, speakers, found)  # "The head of state said", "she said"
    found = _s18post.revise(doc, speakers, found)  # "the military department", "Kyiv's X"
    found = _s19post.revise(doc, speakers, found)  # "So said X", "For X, C", "- he said -"
    found = _s20post.revise(doc, speakers, found)  # "C, affirmed on Friday the minister, X"
    found = _s21post.revise(doc, speakers, found)  # "the president said", "; C, it said"
    found = _s23post.revise(doc, speakers, found)  # "«C», VERB the head of the Elysée"
    found = _s24post.revise(doc, speakers, found)  # "“Q,” the head of state said", "!” – X"
    found = _s25post.revise(doc, speakers, found)  # "The MApN specifies that C" (Agerpres)
    found = _s26post.revise(doc, speakers, found)  # "C, X passed on", "„Q”, the minister said"
    found = _s27post.revise(doc, speakers, found)  # "X: “C,” said the Pontiff", "For the X, C"
    found = _s29post.revise(doc, speakers, found)  # "In the opinion of the X, NAME, C" (UA/RU)
    found = _s28post.revise(doc, speakers, found)  # "that A «F» and that B", "through its NAME"
    found = _s30post.revise(doc, speakers, found)  # "Paris - “Q,” said X", "the SANA agency"
    found = _s31post.revise(doc, speakers, found)  # "NATO, in a note, VERB that", "tenant of"
    found = _s32post.revise(doc, speakers, found)  # "C, a source in PLACE told X", epithets
    found = _s33post.revise(doc, speakers, found)  # "the General Staff's update", "X's NAME"
    found = _s34post.revise(doc, speakers, found)  # "continued the Finnish president", "he"
    found = _s35post.revise(doc, speakers, found)  # "«C», wrote on X the NAME", "From Moscow, X"
    found = _s36post.revise(doc, speakers, found)  # "«Q», VERB-ed X", ", assuring that C"
    found = _s38post.revise(doc, speakers, found)  # glued dateline, "With these words X"
    found = _s39post.revise(doc, speakers, found)  # "has assured that", "This was made known by"
    found = _s40post.revise(doc, speakers, found)  # "X of Moscow", "and confirmed that C"
    found = _s41post.revise(doc, speakers, found)  # "X, in his message, has affirmed that"
    found = _s42post.revise(doc, speakers, found)  # "which assured having", "About this informed X"
    found = _s43post.revise(doc, speakers, found)  # "C, as X on Facebook announced", "For X, who"
    found = _s45post.revise(doc, speakers, found)  # apposed NAME, "S, VERB the X, PRED"
    found = _s46post.revise(doc, speakers, found)  # "and has recalled that C", "For the ROLE X, C"
    found = _s44detect.revise(doc, speakers, found)  # any "S VERB that C" / "C, VERB S" left
    return found
