"""An update that raises the dead by moving wounded among them, and the deaths it explains.

Split from :mod:`pipeline.extract._casualty_update` (new rules of the eleventh session's third
casualty round, ``dev_articles43``). Agency updates often raise the dead while the injured
fall by the same people: "Late at night the ministry raised the toll to 18 dead and 51
injured: one of the wounded had died in hospital" after "17 killed ... 52 injured". The new
toll replaces the old one although one figure fell (:func:`moved_to_dead`), and the death
told as its reason ("one of the wounded had died") is part of the new toll, no record of
its own (:func:`drop_inner_deaths`). An update opened by its later hour may give the new
toll with "put the number of dead at" and no verb of rising ("By evening, the State
Emergency Service put the number of dead at 23"): :func:`put_toll` is that cue.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.extract._headfigs import restated_heads
from pipeline.extract.model import Casualty, Document, Finding, Sentence

_PUT = re.compile(
    r"\b(?:put|set|gave|placed)\s+the\s+(?:death\s+)?(?:toll|number\s+of\s+(?:the\s+)?"
    r"(?:dead|killed|deaths|fatalities|injured|wounded))\b",
    re.IGNORECASE,
)
# The cue of an update told in the same sentence before the inner death.
_RAISED = re.compile(
    r"\b(?:raised|updated|revised|corrected)\b|\b(?:rose|risen|grew|grown|climbed|increased|"
    r"jumped)\s+to\b",
    re.IGNORECASE,
)
# "one of the wounded had died in hospital", "two of the injured had succumbed to their
# wounds": the dead who came from the injured.
_INNER = re.compile(
    r"^\s*(?:(?:saying|adding|explaining|because)\s+(?:that\s+)?)?"  # ", saying one of ..."
    r"[\w-]+\s+of\s+(?:the|them|those)\s*(?:injured|wounded|hurt)?\b[^.;:]{0,30}?\b"
    r"(?:had\s+|has\s+|have\s+)?(?:died|succumbed|passed\s+away)\b",
    re.IGNORECASE,
)


def put_toll(before: str) -> bool:
    """True when ``before`` gives a toll by "put the number of dead at" (an update's verb
    when the sentence opens with its later hour)."""
    return "the" in before and _PUT.search(before) is not None


# "three of the wounded are in serious condition", "among them two children": a share of a
# toll, never the earlier toll an update replaces.
_SHARE = re.compile(
    r"\W*(?:[\w-]+\s+of\s+(?:the|them|whom|those)|among|including|of\s+(?:whom|them))\b",
    re.IGNORECASE,
)


def is_share(old: Casualty) -> bool:
    """True when the record ``old`` is told as a share of a toll."""
    return _SHARE.match(old.evidence.text) is not None


def moved_to_dead(old: Casualty, new: Casualty) -> bool:
    """True when ``new`` has more dead than ``old`` and fewer injured by no more than the
    dead it gained: wounded who died since the first report."""
    if None in (old.killed, new.killed, old.injured, new.injured):
        return False
    assert old.killed is not None and new.killed is not None
    assert old.injured is not None and new.injured is not None
    gained = new.killed - old.killed
    return gained > 0 and 0 < old.injured - new.injured <= gained


def drop_inner_deaths(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without "N of the wounded had died" records told after an update of both
    figures in the same sentence (the update's reason, counted in its new toll)."""
    starts = [s.start for s in doc.sentences]
    drop: set[int] = set()
    last: tuple[int, Casualty] | None = None  # (sentence, record) of the last update
    for i, f in enumerate(found):
        if not isinstance(f, Casualty):
            continue
        at = max(0, bisect_right(starts, f.evidence.start) - 1)
        sent = doc.sentences[at]
        if (
            last is not None
            and (last[0] == at or _next_in_par(doc, last[0], at, f))
            and f.injured is None
            and f.killed is not None
            and last[1].killed is not None
            and f.killed <= last[1].killed
            and _INNER.match(f.evidence.text)
        ):
            drop.add(i)
            continue
        head = doc.body[sent.start : f.evidence.end]
        if (
            f.killed is not None
            and f.injured is not None
            and (_RAISED.search(head) or put_toll(head))
        ):
            last = (at, f)
    return [f for i, f in enumerate(found) if i not in drop]


def _next_in_par(doc: Document, at: int, idx: int, f: Casualty) -> bool:
    """True when the record ``f`` opens sentence ``idx``, the next one of sentence ``at``'s
    paragraph ("... gave the toll as two dead and five injured. One of the injured women had
    died in hospital, it said.", ``dev_numeric54``)."""
    if idx != at + 1 or doc.sentences[idx].paragraph != doc.sentences[at].paragraph:
        return False
    return f.evidence.start - doc.sentences[idx].start <= 1


# "Thus the toll rose to four dead", "With that the toll grew to": the update told as the
# consequence of the sentence before it.
_CONSEQUENCE = re.compile(
    r"\s*(?:thus|so|with\s+(?:that|this)|as\s+a\s+result|this\s+(?:brought|raised|took))\b",
    re.IGNORECASE,
)


def consequence_of_later(doc: Document, sent: Sentence, later: re.Pattern[str]) -> bool:
    """True when ``sent`` opens as the consequence ("Thus the toll rose to ...") of the
    sentence before it in its paragraph, and that one opens with a later hour (``later``:
    "In the afternoon Sadovyi informed that rescuers had found another body")."""
    if _CONSEQUENCE.match(sent.text) is None:
        return False
    at = doc.sentences.index(sent)
    if at == 0 or doc.sentences[at - 1].paragraph != sent.paragraph:
        return False
    return later.match(doc.sentences[at - 1].text) is not None


def story_toll(found: list[Finding], fits: list[int], new: Casualty) -> int:
    """The index among ``fits`` (records ``new`` could replace, nearest first) of the toll
    it updates: with both figures stated, the nearest earlier toll of both kinds ("raised
    the toll to 18 dead and 51 injured" replaces "17 killed ... 52 injured", not "In the
    village of X, four persons died" between them), else the nearest."""
    if new.killed is not None and new.injured is not None:
        for j in fits:
            old = found[j]
            if isinstance(old, Casualty) and old.killed is not None and old.injured is not None:
                return j
    return fits[0]


def restated_headlines(doc: Document, found: list[Finding], gone: list[Casualty]) -> list[Finding]:
    """``found`` without headline records (a line with no closing stop) restating a toll an
    update replaced ("..., at least eleven dead" over "eleven civilians were killed and seven
    wounded", raised later in the day to twelve)."""
    if not gone:
        return found
    starts = [s.start for s in doc.sentences]
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Casualty):
            sent = doc.sentences[max(0, bisect_right(starts, f.evidence.start) - 1)]
            line = sent.text.rstrip()
            if line[-1:] not in '.!?"”»' and any(_restates(f, g) for g in gone):
                continue
        out.append(f)
    return out


def _restates(f: Casualty, old: Casualty) -> bool:
    """True when every figure ``f`` states equals ``old``'s."""
    pairs = ((f.killed, old.killed), (f.injured, old.injured))
    return any(a is not None for a, _ in pairs) and all(a is None or a == b for a, b in pairs)


def lone_heads(doc: Document) -> frozenset[int]:
    """Headlines in a paragraph of their own whose every figure the story restates ("Three
    firefighters killed in double-tap strike on Kharkiv, toll in region rises to seven"
    over "killed seven civilians ... Three firefighters died"): no casualty of their own,
    as the conventions read a restated headline. A ticker entry's heading stays read (its
    record is the one the entry's next sentence completes)."""
    sents = doc.sentences
    return frozenset(
        i
        for i in restated_heads(doc)
        if i + 1 < len(sents) and sents[i + 1].paragraph != sents[i].paragraph
    )
