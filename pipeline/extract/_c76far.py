"""Round c76's far wounded (helper h_gen_c76, ``dev_numeric126``), asked by
:func:`pipeline.extract._c76cas.revise`.

``_c72cas`` joins a toll's dead and its wounded told sentences or paragraphs later only when
both carry one group name and the group has no other lone figure. Stories name the two
halves differently or tell a second toll after the wounded; the conventions still make one
record (``dev_numeric30``: plain people after a plain toll are one group; ``dev_numeric56``:
"N more GROUP were injured" completes "N GROUP were killed"). Examples are this module's own
words:

- "At least 19 Palestinians were killed ... Its spokesman added that about 60 people had
  been wounded" (a national group's dead, plain wounded: 19/60);
- "One person was killed in a strike on X." then a quote "14 residents were injured";
- "Besides the dead, 28 people were wounded" paragraphs after "... killed at least 16
  people, including three children", another town's toll told after it;
- "killed three dock workers ... Four more dock workers were wounded".

The dead are the nearest record before the wounded (past their own sentence's subgroups);
the join is refused when another record, harm or superseded figure lies between, when the
dead's sentence is one incident of several ("Another strike ... killed seven"), when the
wounded clause is placed elsewhere ("In the region Ternopil, ...", "in the attack on X"),
counts a hospital's intake ("had received 61 wounded") or a share ("Two of the people
wounded ..."), and on ``_c72cas``'s checks for another attack, day or place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _c72cas
from pipeline.extract._n25update import is_sub
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding

__all__ = ["revise"]

_PLAIN: frozenset[str] = frozenset({"people", "persons", "civilians", "residents", "villagers"})
# a share ("11 of the dead were killed", "Two of the people wounded ...", "Three of its
# soldiers": never completed by "N more GROUP", as dnum18-001 labels)
_SHARE = re.compile(
    r"^\W*[\w,.-]+\s+of\s+(?:the|those|them|whom|its|his|her|their|our)\b"
    r"|\bof\s+the\s+(?:dead|killed|victims|wounded|injured)\b",
    re.IGNORECASE,
)
# the dead's sentence is one item of several incidents ("Another strike ... killed seven")
_ITEM = re.compile(
    r"\b(?:[Aa]nother|[Aa]\s+second|[Aa]\s+separate|[Oo]ne)\s+(?:\w+\s+)?"
    r"(?:strike|attack|raid|airstrike|shelling|drone|missile|blast|explosion)\b"
)
# a fronted place of the wounded sentence: "In the region Ternopil, ...", "At Al-Shifa, ..."
_FRONT = re.compile(
    r"^\W*(?:In|At|Near)\s+(?:the\s+)?(?:(?:region|city|town|village|district|oblast|province)"
    r"\s+(?:of\s+)?)?([A-Z][\w'’-]+)"
)
# the wounded clause counts a hospital's intake or names its own attack's place
_OWN_CLAUSE = re.compile(
    r"\b(?:received|admitted|treated|brought\s+in|took\s+in|arrived)\b"
    r"|\b(?:attack|strike|shelling|raid|bombing)\s+(?:on|of|in)\s+(?:the\s+)?([A-Z][\w'’-]+)"
)
_HARM = re.compile(r"\b(?:killed|died|dead|wounded|injured|hurt)\b", re.IGNORECASE)
# a superseded figure told between the dead and the wounded: the wounded stand apart
_SUPERSEDED = re.compile(
    r"\b(?:earlier|previously|initially|at\s+first|had\s+been\s+talk|there\s+had\s+been)\b",
    re.IGNORECASE,
)
# the wounded sentence points back to the toll: "Besides the dead, 28 people were wounded"
_BESIDES = re.compile(
    r"^\W*(?:Besides|Apart\s+from|In\s+addition\s+to|Beyond)\s+the\s+(?:dead|fatalities)\b"
)
_MORE_GROUP = re.compile(r"\b(?:more|further)\b", re.IGNORECASE)
_GAP = 2500  # characters between a toll's dead and its later wounded


def class_of(group: str) -> str:
    """ "plain" for plain people, the group itself for a national group ("Palestinians"),
    else ""."""
    if group in _PLAIN:
        return "plain"
    return group if " " not in group and group[:1].isupper() else ""


def _injured_only(f: Finding) -> bool:
    """A record of wounded and no dead."""
    return isinstance(f, Casualty) and f.killed is None and f.injured is not None


def _skipped(doc: Document, f: Finding) -> bool:
    """Walking back from a wounded figure: not a record, or a subgroup of the dead."""
    return not isinstance(f, Casualty) or is_sub(doc, f)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """A later plain wounded figure completes the nearest plain or national toll of dead
    before it; "N more GROUP were wounded" a named group's dead."""
    full = {
        class_of(f.group)
        for f in found
        if isinstance(f, Casualty) and f.killed is not None and f.injured is not None
    }
    full.discard("")
    out = list(found)
    drop: set[int] = set()
    for j, b in enumerate(found):
        if not isinstance(b, Casualty) or not _injured_only(b) or is_sub(doc, b):
            continue
        k = j - 1
        while k >= 0 and _skipped(doc, found[k]):
            k -= 1  # past the subgroups of the dead's sentence ("including five children")
        a = found[k] if k >= 0 and k not in drop else None
        if not isinstance(a, Casualty) or a.killed is None or a.injured is not None:
            continue
        if is_sub(doc, a) or _SHARE.search(a.evidence.text) or _SHARE.search(b.evidence.text):
            continue
        if a.group == b.group and a.group not in _PLAIN:
            if _MORE_GROUP.search(b.evidence.text) is None:
                continue  # a named group joins only "N more GROUP" here (c72 joins the rest)
        elif b.group not in _PLAIN or not class_of(a.group) or class_of(a.group) in full:
            continue
        if _joins(doc, found, k, j, a, b):
            out[k] = replace(a, injured=b.injured)
            drop.add(j)
    return [f for i, f in enumerate(out) if i not in drop] if drop else found


def _joins(doc: Document, found: list[Finding], k: int, j: int, a: Casualty, b: Casualty) -> bool:
    """Whether the wounded ``b`` may complete the dead ``a`` told before it: a later
    sentence, near, and nothing between or in the wounded clause telling another event."""
    if b.evidence.start - a.evidence.end > _GAP:
        return False
    hs, ts = sentence_of(doc, a.evidence.start), sentence_of(doc, b.evidence.start)
    if hs < 0 or ts <= hs:
        return False
    for f in found[k + 1 : j]:
        if isinstance(f, Casualty) and sentence_of(doc, f.evidence.start) != hs:
            return False  # another record between: the figure may be its
    for i in range(hs + 1, ts):
        if _HARM.search(doc.sentences[i].text) is not None:
            return False  # another harm told between ("a soldier was killed by gunfire")
    body = doc.body
    tail = doc.sentences[ts]
    head = doc.sentences[hs].text
    if _ITEM.search(head) is not None:
        return False  # one incident of several: a later figure may be any one's
    front = _FRONT.match(tail.text)
    if front is not None and front.group(1) not in head:
        return False  # "In the region Ternopil, five people were injured"
    if _BESIDES.match(tail.text) is None and (
        _c72cas.apart(body, a.evidence.end, tail.end)
        or _SUPERSEDED.search(body, a.evidence.end, b.evidence.start) is not None
    ):
        return False
    if _c72cas.dated(body, a.evidence.end, b.evidence.end) or _c72cas.elsewhere(a, b):
        return False
    return not _placed(doc, hs, ts, b)


def _placed(doc: Document, hs: int, ts: int, b: Casualty) -> bool:
    """The wounded figure's clause names a place the dead's sentence does not, an intake or
    its own further harm ("also ... others", "five more people")."""
    sent = doc.sentences[ts]
    lo = b.evidence.start - sent.start
    cut = [i for i in (sent.text.find(", and ", lo), sent.text.find(";", lo)) if i >= 0]
    clause = sent.text[: min(cut)] if cut else sent.text
    head = doc.sentences[hs].text
    for m in _OWN_CLAUSE.finditer(clause):
        if m.group(1) is None or m.group(1) not in head:
            return True  # "its hospital had received 61 wounded", "in the attack on X"
    return _c72cas.placed_text(clause, head)
